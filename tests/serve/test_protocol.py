"""The SPARQL 1.1 Protocol over real HTTP: methods, media types, result formats, errors, limits."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from chancery.serve.app import ServeOptions, create_app
from chancery.serve.query import QueryLimits
from chancery.serve.sparql import TRUNCATED_HEADER, UpdatePolicy
from chancery.serve.store import ServedDataset

DOCUMENT = "<https://w3id.org/chancery/ns#Document>"
DOCS = (
    f"SELECT ?d ?label WHERE {{ ?d a {DOCUMENT} ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }} "
    "ORDER BY ?d"
)
CONSTRUCT = f"CONSTRUCT {{ ?d a {DOCUMENT} }} WHERE {{ ?d a {DOCUMENT} }}"


def documents(dataset) -> set[str]:
    q = "SELECT ?d WHERE { ?d a <https://w3id.org/chancery/ns#Document> }"
    return {r["d"].value for r in dataset.store.query(q, use_default_graph_as_union=True)}


def test_get_json(client, dataset):
    r = client.get("sparql", params={"query": DOCS})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/sparql-results+json"
    assert {b["d"]["value"] for b in r.json()["results"]["bindings"]} == documents(dataset)


@pytest.mark.parametrize("how", ["form", "direct"])
def test_post(client, dataset, how):
    if how == "form":
        r = client.post("sparql", data={"query": DOCS})
    else:
        r = client.post("sparql", content=DOCS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == len(documents(dataset))


def test_select_formats(client, dataset):
    expected = documents(dataset)
    xml = client.get("sparql", params={"query": DOCS}, headers={"Accept": "application/sparql-results+xml"})
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert {
        u.text for u in ET.fromstring(xml.content).findall(".//s:binding[@name='d']/s:uri", ns)
    } == expected
    text = client.get("sparql", params={"query": DOCS}, headers={"Accept": "text/csv"}).text
    assert {row["d"] for row in csv.DictReader(io.StringIO(text))} == expected
    tsv = client.get("sparql", params={"query": DOCS}, headers={"Accept": "text/tab-separated-values"})
    lines = tsv.text.splitlines()
    assert lines[0] == "?d\t?label" and {line.split("\t")[0].strip("<>") for line in lines[1:]} == expected


def test_ask(client):
    r = client.get(
        "sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert (
        r.headers["content-type"] == "application/sparql-results+xml"
        and b"<boolean>true</boolean>" in r.content
    )
    assert client.get("sparql", params={"query": "ASK { <x:nothing> ?p ?o }"}).json()["boolean"] is False


@pytest.mark.parametrize(
    ("accept", "media_type", "fmt"),
    [
        (None, "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_construct_formats(client, dataset, accept, media_type, fmt):
    headers = {"Accept": accept} if accept else {}
    r = client.get("sparql", params={"query": CONSTRUCT}, headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type
    if fmt == "json-ld":  # rdflib's JSON-LD parser warns (ConjunctiveGraph); pyoxigraph reads it
        subjects = {t.subject.value for t in ox.parse(r.content, format=ox.RdfFormat.JSON_LD)}
    else:
        subjects = {str(s) for s in rdflib.Graph().parse(data=r.content, format=fmt).subjects()}
    assert subjects == documents(dataset)


def test_describe(client, document_iri):
    r = client.get(
        "sparql", params={"query": f"DESCRIBE <{document_iri}>"}, headers={"Accept": "text/turtle"}
    )
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef(document_iri), None, None) in graph


def test_not_acceptable(client):
    r = client.get("sparql", params={"query": DOCS}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.text


def test_service_description(client):
    r = client.get("sparql", headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = graph.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert graph.value(service, sd.endpoint) == rdflib.URIRef(str(client.base_url) + "sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in graph


def test_cors(client):
    r = client.get("sparql", params={"query": "ASK {}"}, headers={"Origin": "http://elsewhere.example"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert TRUNCATED_HEADER.lower() in r.headers["access-control-expose-headers"].lower()
    pre = client.options(
        "sparql",
        headers={
            "Origin": "http://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("GET", {"params": {"query": "SELECT * {"}}, 400),
        ("GET", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
        ("POST", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
        (
            "POST",
            {
                "content": "ASK {}".encode("utf-16"),
                "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"},
            },
            415,
        ),
        ("PUT", {"params": {"query": "ASK {}"}}, 405),
        ("GET", {"params": {"update": "CLEAR ALL"}}, 405),
        ("POST", {"data": {"update": "CLEAR ALL"}}, 403),
        ("POST", {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403),
    ],
)
def test_errors(client, dataset, method, kwargs, status):
    before = len(dataset.store)
    r = client.request(method, "sparql", **kwargs)
    assert r.status_code == status and r.text.startswith("Error: ")
    assert len(dataset.store) == before


def test_service_refused(client):
    r = client.get(
        "sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"}
    )
    assert r.status_code == 400 and "SERVICE <http://127.0.0.1:1/sparql> refused" in r.text


def limited_client(dataset, serve_app, processes: bool = False, **limits) -> httpx.Client:
    app = create_app(dataset, ServeOptions(limits=QueryLimits(**limits), queries=[], processes=processes))
    return httpx.Client(base_url=serve_app(app).url, timeout=30)


@pytest.fixture(scope="module")
def limited(dataset, serve_app):
    """The same data behind a cap of 7 results."""
    with limited_client(dataset, serve_app, max_results=7) as c:
        yield c


@pytest.fixture(scope="module")
def slow(dataset, serve_app):
    """The same data behind a deadline of 0.5 s, queries in threads (stopped between solutions)."""
    with limited_client(dataset, serve_app, timeout=0.5, max_results=10**12, workers=1) as c:
        yield c


@pytest.fixture(scope="module")
def isolated(dataset, serve_app):
    """The same data behind a deadline of 1 s, queries in one worker process (killed when late)."""
    with limited_client(dataset, serve_app, processes=True, timeout=1, workers=1) as c:
        yield c


CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_timeout_is_an_error_not_a_cut_body(slow):
    r = slow.get("sparql", params={"query": CROSS})
    assert r.status_code == 503
    assert r.headers["content-type"].startswith("text/plain") and "did not finish within 0.5 s" in r.text
    assert slow.get("sparql", params={"query": "ASK {}"}).status_code == 200


@pytest.mark.parametrize(
    "query", [CROSS + " ORDER BY ?a ?i", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"]
)
def test_a_late_worker_process_is_killed(isolated, query):
    """Sorting or counting happens inside one pyoxigraph call: only killing the worker stops it."""
    r = isolated.get("sparql", params={"query": query})
    assert r.status_code == 503 and "did not finish within 1 s" in r.text
    for _ in range(100):  # the replacement worker starts in the background
        again = isolated.get("sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 2"})
        if again.status_code == 200:
            break
    assert again.status_code == 200 and len(again.json()["results"]["bindings"]) == 2


def test_truncated_results_say_so(limited):
    r = limited.get("sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert r.status_code == 200 and r.headers[TRUNCATED_HEADER] == "7"
    assert len(r.json()["results"]["bindings"]) == 7
    r = limited.get("sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 3"})
    assert TRUNCATED_HEADER not in r.headers


def test_updates_need_the_option_and_the_token(serve_app):
    store = ox.Store()
    app = create_app(ServedDataset(store), ServeOptions(updates=UpdatePolicy(True, "s3cret"), queries=[]))
    server = serve_app(app)
    if True:
        with httpx.Client(base_url=server.url) as c:
            update = "INSERT DATA { <http://a> <http://b> <http://c> }"
            assert c.post("sparql", data={"update": update}).status_code == 401
            assert (
                c.post(
                    "sparql", data={"update": update}, headers={"Authorization": "Bearer nope"}
                ).status_code
                == 401
            )
            ok = c.post("sparql", data={"update": update}, headers={"Authorization": "Bearer s3cret"})
            assert ok.status_code == 204 and len(store) == 1
            sd = rdflib.Graph().parse(
                data=c.get("sparql", headers={"Accept": "text/turtle"}).text, format="turtle"
            )
            assert any("SPARQL11Update" in str(o) for o in sd.objects())


def test_app_without_a_port(app):
    """The factory's app answers in-process (ASGI), no server needed."""
    import asyncio

    async def ask() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://local") as c:
            return await c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})

    assert json.loads(asyncio.run(ask()).content)["boolean"] is True


def test_a_graph_that_is_not_an_iri_is_a_client_error(client):
    r = client.get("sparql", params={"query": "ASK {}", "default-graph-uri": "ntriples"})
    assert r.status_code == 400 and "not an absolute IRI" in r.text


def test_service_to_an_allowed_host(live, dataset, serve_app):
    """A federating server whose allow-list names 127.0.0.1 reaches the live server through SERVICE."""
    options = ServeOptions(limits=QueryLimits(service_hosts=frozenset({"127.0.0.1"})), queries=[])
    federating = serve_app(create_app(ServedDataset(ox.Store()), options))
    query = f"SELECT ?d WHERE {{ SERVICE <{live.url}sparql> {{ ?d a {DOCUMENT} }} }}"
    r = httpx.get(federating.url + "sparql", params={"query": query})
    assert r.status_code == 200
    found = {b["d"]["value"] for b in r.json()["results"]["bindings"]}
    expected = dataset.store.query(f"SELECT ?d {{ ?d a {DOCUMENT} }}", use_default_graph_as_union=True)
    assert found == {row["d"].value for row in expected}
