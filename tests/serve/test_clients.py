"""Independent clients against the live server: SPARQLWrapper, rdflib's SPARQLStore, roqet (rasqal),
rapper (raptor) fetching resources by content negotiation."""

from __future__ import annotations

import shutil
import subprocess

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

DOCS = (
    "PREFIX chancery: <https://w3id.org/chancery/ns#> SELECT ?d WHERE { ?d a chancery:Document } ORDER BY ?d"
)


def documents(dataset) -> list[str]:
    q = "SELECT ?d WHERE { ?d a <https://w3id.org/chancery/ns#Document> } ORDER BY ?d"
    return [r["d"].value for r in dataset.store.query(q, use_default_graph_as_union=True)]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select(live, dataset, method):
    sparql = SPARQLWrapper(live.url + "sparql")
    sparql.setMethod(method)
    sparql.setQuery(DOCS)
    sparql.setReturnFormat(JSON)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [r["d"]["value"] for r in rows] == documents(dataset)
    sparql.setReturnFormat(XML)
    assert len(sparql.queryAndConvert().getElementsByTagName("result")) == len(documents(dataset))
    sparql.setReturnFormat(CSV)
    assert sparql.queryAndConvert().decode().splitlines()[1:] == documents(dataset)


def test_sparqlwrapper_ask_and_construct(live, document_iri):
    sparql = SPARQLWrapper(live.url + "sparql")
    sparql.setQuery(f"ASK {{ <{document_iri}> ?p ?o }}")
    sparql.setReturnFormat(JSON)
    assert sparql.queryAndConvert()["boolean"] is True
    sparql.setQuery(f"CONSTRUCT WHERE {{ <{document_iri}> ?p ?o }}")
    sparql.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=sparql.queryAndConvert(), format="turtle")
    assert (rdflib.URIRef(document_iri), None, None) in graph


def test_rdflib_sparqlstore(live, dataset, person_iri):
    graph = rdflib.Graph(store=SPARQLStore(live.url + "sparql", returnFormat="json"))
    rows = list(graph.query(DOCS))
    assert [str(r.d) for r in rows] == documents(dataset)
    labels = list(graph.objects(rdflib.URIRef(person_iri), rdflib.RDFS.label))
    assert labels and all(isinstance(label, rdflib.Literal) for label in labels)


@pytest.mark.skipif(shutil.which("roqet") is None, reason="roqet (rasqal-utils) is not installed")
def test_roqet(live, dataset):
    done = subprocess.run(
        ["roqet", "-q", "-p", live.url + "sparql", "-e", DOCS, "-r", "csv"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1:] == documents(dataset)


@pytest.mark.skipif(shutil.which("roqet") is None, reason="roqet (rasqal-utils) is not installed")
def test_roqet_literals(live, document_iri, dataset):
    """roqet reads SPARQL XML results (the only kind it asks for over the protocol; it reads no booleans)."""
    query = f"SELECT ?label WHERE {{ <{document_iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"
    done = subprocess.run(
        ["roqet", "-q", "-p", live.url + "sparql", "-e", query, "-r", "tsv"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    expected = [
        q.object.value
        for q in dataset.store.quads_for_pattern(
            ox.NamedNode(document_iri), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None
        )
    ]
    assert [line.strip('"') for line in done.stdout.splitlines()[1:]] == expected


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")
@pytest.mark.parametrize("syntax", ["turtle", "rdfxml", "ntriples", "guess"])
def test_rapper_dereferences(live, dataset, document_iri, syntax):
    url = live.url + dataset.path_of(document_iri)
    done = subprocess.run(
        ["rapper", "-q", "-i", syntax, "-o", "ntriples", url], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert f"<{document_iri}>" in done.stdout
