"""The W3C SPARQL 1.1 Protocol tests, replayed from the manifest.

Against the read-only endpoint (the default): every query test and every 'bad_*' test (a read-only
endpoint must refuse bad updates too). Against an endpoint started with updates allowed (the runner
adds the bearer token to every request): the 'update_*' tests and the 'bad_*' tests again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.collection import Collection

from chancery.serve.app import ServeOptions, create_app
from chancery.serve.results import GRAPH_TYPES, RESULT_TYPES
from chancery.serve.sparql import UpdatePolicy
from chancery.serve.store import ServedDataset

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
STATUS = "http://www.w3.org/2011/http-statusCodes#StatusCode"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]  # "2", "3", "4", "5"
    fmt: str | None
    boolean: bool | None


@dataclass
class ProtocolTest:
    name: str
    requests: list[Request] = field(default_factory=list)
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> data file


def read_request(g: rdflib.Graph, node) -> Request:
    headers = {}
    if (h := g.value(node, HT.headers)) is not None:
        for header in Collection(g, h):
            headers[str(g.value(header, HT.fieldName))] = str(g.value(header, HT.fieldValue))
    body = g.value(node, HT.body)
    chars = str(g.value(body, CNT.chars)).encode("utf-8") if body is not None else None
    resp = g.value(node, HT.resp)
    statuses = {str(s).removeprefix(STATUS)[0] for s in g.objects(resp, MF.expectedStatus)}
    fmt, boolean = g.value(resp, MF.expectedFormat), g.value(resp, MF.expectedBoolean)
    return Request(
        str(g.value(node, HT.methodName)),
        str(g.value(node, HT.absolutePath)),
        headers,
        chars,
        statuses,
        str(fmt) if fmt is not None else None,
        boolean.toPython() if boolean is not None else None,
    )


def read_manifest(path) -> list[ProtocolTest]:
    g = rdflib.Graph().parse(path, format="turtle")
    manifest = g.value(predicate=rdflib.RDF.type, object=MF.Manifest)
    entries = Collection(g, g.value(manifest, MF.entries))
    tests = []
    for entry in entries:
        name = str(entry).rsplit("#", 1)[1]
        test = ProtocolTest(name)
        for data in g.objects(entry, UT.graphData):
            test.graphs[str(g.value(data, rdflib.RDFS.label))] = str(g.value(data, UT.graph))
        action = g.value(entry, MF.action)
        test.requests = [read_request(g, r) for r in Collection(g, g.value(action, HT.requests))]
        tests.append(test)
    return tests


def applies(test: ProtocolTest) -> bool:
    return not test.name.startswith("update_")


@pytest.fixture(scope="module")
def w3c(shared):
    folder = shared / "w3c" / "sparql11-protocol"
    tests = read_manifest(folder / "manifest.ttl")
    store = ox.Store()
    for test in tests:
        for graph, data in test.graphs.items():
            store.bulk_load(
                path=data.removeprefix("file://"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph)
            )
    return tests, store


@pytest.fixture(scope="module")
def w3c_client(w3c, serve_app):
    app = create_app(ServedDataset(w3c[1]), ServeOptions(queries=[]))
    with httpx.Client(base_url=serve_app(app).url.rstrip("/"), timeout=30) as c:
        yield c


TOKEN = "w3c-test-token"


@pytest.fixture(scope="module")
def w3c_update_client(serve_app):
    """An endpoint that accepts updates, over a store of its own; every request carries the token."""
    app = create_app(ServedDataset(ox.Store()), ServeOptions(queries=[], updates=UpdatePolicy(True, TOKEN)))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=serve_app(app).url.rstrip("/"), timeout=30, headers=headers) as c:
        yield c


def replay(client: httpx.Client, test: ProtocolTest) -> None:
    for request in test.requests:
        response = client.request(request.method, request.path, headers=request.headers, content=request.body)
        check(response, request)


def check(response: httpx.Response, request: Request) -> None:
    assert str(response.status_code)[0] in request.statuses, response.text
    media_type = response.headers.get("content-type", "").split(";")[0]
    if request.fmt == "boolean":
        assert media_type in ("application/sparql-results+json", "application/sparql-results+xml")
        if request.boolean is not None:
            answer = ox.parse_query_results(
                response.content, format=ox.QueryResultsFormat.from_media_type(media_type)
            )
            assert bool(answer) is request.boolean
    elif request.fmt == "tabular":
        assert media_type in RESULT_TYPES
    elif request.fmt == "RDF":
        assert media_type in GRAPH_TYPES


def test_manifest_is_read(w3c):
    tests, _ = w3c
    assert len(tests) == 34 and sum(applies(t) for t in tests) == 27


@pytest.mark.parametrize("index", range(34))
def test_w3c_protocol(w3c, w3c_client, index):
    test = w3c[0][index]
    if not applies(test):
        pytest.skip(f"{test.name}: an update test, for endpoints that accept updates")
    replay(w3c_client, test)


@pytest.mark.parametrize("index", range(34))
def test_w3c_protocol_with_updates(w3c, w3c_update_client, index):
    test = w3c[0][index]
    if not (test.name.startswith("update_") or test.name.startswith("bad_")):
        pytest.skip(f"{test.name}: a query test, run against the read-only endpoint")
    replay(w3c_update_client, test)


SD_TERMS = {  # the SPARQL 1.1 Service Description vocabulary (classes, properties, instances)
    "Service",
    "Language",
    "Function",
    "Aggregate",
    "EntailmentRegime",
    "EntailmentProfile",
    "GraphCollection",
    "Dataset",
    "Graph",
    "NamedGraph",
    "Feature",
    "endpoint",
    "feature",
    "defaultEntailmentRegime",
    "entailmentRegime",
    "defaultSupportedEntailmentProfile",
    "supportedEntailmentProfile",
    "extensionFunction",
    "extensionAggregate",
    "languageExtension",
    "supportedLanguage",
    "propertyFeature",
    "defaultDataset",
    "availableGraphs",
    "resultFormat",
    "inputFormat",
    "defaultGraph",
    "namedGraph",
    "name",
    "graph",
    "SPARQL10Query",
    "SPARQL11Query",
    "SPARQL11Update",
    "DereferencesURIs",
    "UnionDefaultGraph",
    "RequiresDataset",
    "EmptyGraphs",
    "BasicFederatedQuery",
}


def test_w3c_service_description(shared, client):
    """The three tests of ../shared/w3c/sparql11-service-description: a plain GET returns RDF, with an
    sd:endpoint triple naming the endpoint, using the vocabulary as its schema defines it."""
    manifest = rdflib.Graph().parse(shared / "w3c" / "sparql11-service-description" / "manifest.ttl")
    names = {str(o) for o in manifest.objects(None, MF.name)}
    assert len(names) == 3
    r = client.get("sparql")  # no Accept header
    graph = rdflib.Graph().parse(data=r.text, format=r.headers["content-type"].split(";")[0])  # returns-rdf
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    endpoint = rdflib.URIRef(str(client.base_url) + "sparql")
    assert (None, sd.endpoint, endpoint) in graph  # has-endpoint-triple
    used = {str(t).removeprefix(str(sd)) for triple in graph for t in triple if str(t).startswith(str(sd))}
    assert used <= SD_TERMS  # conforms-to-schema
    service = graph.value(predicate=sd.endpoint, object=endpoint)
    assert (service, rdflib.RDF.type, sd.Service) in graph


def test_a_browser_on_the_endpoint_gets_the_query_page(client):
    r = client.get("sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 303 and r.headers["location"].endswith("/query")
