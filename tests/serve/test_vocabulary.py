"""The vocabulary served locally: concepts (document types, classifications, roles...) have w3id IRIs
that nothing else serves; the server maps https://w3id.org/chancery/ns to /ns, the ontology itself
included, with the same content negotiation as every other resource."""

from __future__ import annotations

import re

import rdflib

from chancery.serve.vocabulary import NAMESPACE, local_path, vocabulary_iri

TELEGRAM = "https://w3id.org/chancery/ns/doc-type/telegram"
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")


def test_the_namespace_maps_to_ns_and_back() -> None:
    assert local_path(TELEGRAM) == "ns/doc-type/telegram"
    assert local_path(NAMESPACE + "#Document") == "ns#Document"
    assert local_path(NAMESPACE) == "ns"
    assert local_path("https://w3id.org/chancery/nsx/a") is None
    assert local_path("https://example.org/chancery/document/x") is None
    assert vocabulary_iri("ns/doc-type/telegram") == TELEGRAM
    assert vocabulary_iri("ns") == NAMESPACE
    assert vocabulary_iri("nsfoo") is None and vocabulary_iri("document/x") is None


def test_the_document_page_links_its_type_to_the_local_concept(client, dataset, document_iri) -> None:
    page = client.get("/" + dataset.path_of(document_iri), headers={"Accept": "text/html"})
    hrefs = set(re.findall(r'href="(/ns/[^"]+)"', page.text))
    assert "/ns/doc-type/telegram" in hrefs
    assert not re.search(r'href="https://w3id\.org/chancery/ns/', page.text)


def test_a_concept_page_has_its_definition_and_the_documents_of_that_type(client, dataset) -> None:
    page = client.get("/ns/doc-type/telegram", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "Accept" in page.headers["vary"]
    assert "A message sent by telegraph" in page.text  # skos:definition, from the ontology
    incoming = page.text.split('id="incoming"', 1)[1]
    assert 'href="/document/' in incoming  # the documents of that type, from the data


def test_a_concept_in_rdf_by_negotiation_and_by_suffix(client) -> None:
    for response in (
        client.get("/ns/doc-type/telegram", headers={"Accept": "text/turtle"}),
        client.get("/ns/doc-type/telegram.ttl"),
    ):
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
        graph = rdflib.Graph().parse(data=response.text, format="turtle")
        concept = rdflib.URIRef(TELEGRAM)
        assert graph.value(concept, SKOS.inScheme) == rdflib.URIRef(NAMESPACE + "#DocumentTypeScheme")
        assert graph.value(concept, SKOS.definition) is not None
    negotiated = client.get("/ns/doc-type/telegram", headers={"Accept": "text/turtle"})
    assert negotiated.headers["content-location"] == "/ns/doc-type/telegram.ttl"


def test_a_concept_the_data_does_not_use_still_answers(client) -> None:
    page = client.get("/ns/level/box", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<h1>box</h1>" in page.text


def test_the_ontology_at_ns(client, root) -> None:
    page = client.get("/ns", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200
    assert 'id="Document"' in page.text and 'href="/ns/doc-type/telegram"' in page.text
    turtle = client.get("/ns", headers={"Accept": "text/turtle"})
    served = rdflib.Graph().parse(data=turtle.text, format="turtle")
    shipped = rdflib.Graph().parse(root / "ontology" / "chancery.ttl", format="turtle")
    assert set(served) == set(shipped)
    assert client.get("/ns.nt").headers["content-type"].startswith("application/n-triples")


def test_nothing_else_under_ns(client) -> None:
    assert client.get("/ns/doc-type/no-such-type").status_code == 404
    assert client.get("/ns/doc-type/telegram.xyz").status_code == 404
    assert client.get("/ns", headers={"Accept": "image/png"}).status_code == 406
