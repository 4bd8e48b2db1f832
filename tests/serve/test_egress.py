"""No query or update makes the server reach another host unless allow-listed (SSRF).

Every probe shape of the hardening issue is replayed against a real server on 127.0.0.1, by GET,
POST form and POST direct, with a listener on another local port that logs every connection: a probe
passes when the listener saw none. A positive control (an allow-listed SERVICE that does reach the
listener and returns its marker) shows that the listener and the engine do connect when allowed, so
the zero counts mean something. A differential fuzz checks that the engine, given the canonical text,
never reaches a place the checker did not see; the sandbox test shows a worker cannot open a socket.
"""

from __future__ import annotations

import multiprocessing
import socket

import httpx
import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from listener import MARKER, start_listener

from chancery.serve.app import ServeOptions, create_app
from chancery.serve.egress import EgressRefused, canonical, host_key, prepare, resolve_iri
from chancery.serve.query import QueryLimits
from chancery.serve.sparql import UpdatePolicy
from chancery.serve.store import load_dataset

TOKEN = "egress-test-token"


@pytest.fixture(scope="module")
def listener():
    server = start_listener()
    yield server
    server.close()


def hosts(port: int) -> list[str]:
    """The listener's address in every form the probe used."""
    return [
        f"http://127.0.0.1:{port}/a",
        f"http://localhost:{port}/a",
        f"HTTP://LOCALHOST:{port}/a",
        f"http://2130706433:{port}/a",
        f"http://0x7f.1:{port}/a",
        f"http://0177.0.0.1:{port}/a",
        f"http://127.1:{port}/a",
        f"http://[::ffff:127.0.0.1]:{port}/a",
        f"https://127.0.0.1:{port}/a",
    ]


SHAPES = [
    "SELECT * WHERE {{ SERVICE <{t}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # x\rSERVICE <{t}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # x\rSERVICE SILENT <{t}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<http://x/\\u0041#> AS ?z) SERVICE <{t}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(<http://x/\\u0041#> AS ?z) OPTIONAL {{ SERVICE SILENT <{t}> "
    "{{ ?s ?p ?o }} }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE <{t}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ SELECT * {{ SERVICE <{t}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * {{ BIND(\"\\u0022\" AS ?q) BIND('#' AS ?h) SERVICE <{t}> {{ ?s ?p ?o }} }}",
    "BASE <{t}> SELECT * {{ SERVICE <> {{ ?s ?p ?o }} }}",
    "PREFIX e: <{t}> SELECT * {{ sErViCe e: {{ ?s ?p ?o }} }}",
    "DESCRIBE ?s {{ SERVICE <{t}> {{ ?s ?p ?o }} }}",
]


def escaped(iri: str) -> str:
    """The IRI with its slashes written as \\u escapes, as a probe would."""
    return iri.replace("/", "\\u002F")


def probes(port: int) -> list[str]:
    targets = hosts(port) + [escaped(f"http://127.0.0.1:{port}/a")]
    return [shape.format(t=t) for shape in SHAPES for t in targets]


@pytest.fixture(scope="module")
def read_only(build_dir, serve_app):
    """The shipped configuration: worker processes, no allow-list."""
    return serve_app(create_app(load_dataset(build_dir), ServeOptions(processes=True)))


@pytest.fixture(scope="module")
def allow_localhost(build_dir, serve_app):
    """``--allow-service localhost --allow-update`` with a token (queries then run in threads)."""
    options = ServeOptions(
        limits=QueryLimits(service_hosts=frozenset({"localhost"}), timeout=10),
        updates=UpdatePolicy(True, TOKEN),
    )
    return serve_app(create_app(load_dataset(build_dir), options))


def send(url: str, query: str, how: str, update: bool = False) -> httpx.Response:
    field = "update" if update else "query"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if how == "get":
        return httpx.get(url + "sparql", params={field: query}, headers=headers, timeout=30)
    if how == "form":
        return httpx.post(url + "sparql", data={field: query}, headers=headers, timeout=30)
    kind = "application/sparql-update" if update else "application/sparql-query"
    return httpx.post(
        url + "sparql", content=query.encode(), headers={**headers, "Content-Type": kind}, timeout=30
    )


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_no_probe_reaches_the_listener(read_only, listener, how):
    before = listener.count()
    answers = [send(read_only.url, query, how) for query in probes(listener.port)]
    assert listener.count() == before, listener.connections[before:]
    assert {a.status_code for a in answers} == {400}
    assert not any(MARKER in a.text for a in answers)


def test_allowed_service_reaches_the_listener_and_nothing_else_does(allow_localhost, listener):
    """The control: an allow-listed SERVICE connects (so zero elsewhere is not a broken listener)."""
    before = listener.count()
    allowed = f"SELECT * {{ SERVICE <http://localhost:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    answer = send(allow_localhost.url, allowed, "get")
    assert answer.status_code == 200 and MARKER in answer.text
    assert listener.count() == before + 1
    refused = [
        "PREFIX ev: <http://local> SELECT * { SERVICE ev:host\\.evil\\.example\\/x { ?s ?p ?o } }",
        f"SELECT * {{ SERVICE <http://localhost.evil.example:{listener.port}/x> {{}} }}",
        f"SELECT * {{ SERVICE <http://localhost@127.0.0.1:{listener.port}/x> {{}} }}",
        "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
        *[q for q in probes(listener.port) if "localhost" not in q.lower()],
    ]
    answers = [send(allow_localhost.url, q, "form") for q in refused]
    assert [a.status_code for a in answers] == [400] * len(refused)
    assert "localhost.evil.example" in answers[0].text
    assert listener.count() == before + 1


@pytest.mark.parametrize("how", ["form", "direct"])
def test_updates_cannot_load_or_call_a_service(allow_localhost, listener, how):
    port = listener.port
    updates = [
        f"LOAD <http://127.0.0.1:{port}/data.ttl>",
        f"LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <http://g/x>",
        f"INSERT DATA {{ <http://s> <http://p> 1 }} ; LOAD <http://0x7f.1:{port}/d>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/q> {{ ?s ?p ?o }} }}",
        f"# c\rLOAD <http://127.1:{port}/d>",
        f"DELETE {{ ?s ?p ?o }} WHERE {{ # x\rSERVICE SILENT <http://2130706433:{port}/q> {{ ?s ?p ?o }} }}",
    ]
    before = listener.count()
    answers = [send(allow_localhost.url, u, how, update=True) for u in updates]
    assert [a.status_code for a in answers] == [400] * len(updates), [a.text for a in answers]
    assert listener.count() == before


def test_refusals_say_nothing_of_the_network(read_only, listener):
    """A closed port and an open one give the same answer: nothing was tried."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    texts = [
        send(read_only.url, f"SELECT * {{ SERVICE <http://127.0.0.1:{p}/x> {{}} }}", "get").text.replace(
            str(p), "PORT"
        )
        for p in (listener.port, closed_port)
    ]
    assert texts[0] == texts[1]


@pytest.mark.parametrize(
    ("iri", "host"),
    [
        ("http://127.0.0.1:1/", "127.0.0.1"),
        ("http://2130706433/", "127.0.0.1"),
        ("http://0x7f.1/", "127.0.0.1"),
        ("http://0177.0.0.1/", "127.0.0.1"),
        ("http://127.1/", "127.0.0.1"),
        ("http://0x7F000001/", "127.0.0.1"),
        ("HTTP://LOCALHOST./x", "localhost"),
        ("http://[::ffff:7f00:1]:80/", "127.0.0.1"),
        ("http://[::1]/", "::1"),
        ("http://user@localhost/", None),
        ("ftp://localhost/", None),
        ("http://127.0.0.256/", None),
        ("http://09.1.1.1/", None),
        ("http://%6cocalhost/", "localhost"),
        ("http://bücher.example/", "xn--bcher-kva.example"),
        ("//localhost/", None),
    ],
)
def test_hosts_are_normalised_as_a_url_parser_would(iri, host):
    assert host_key(iri) == host


@pytest.mark.parametrize(
    ("reference", "resolved"),
    [  # RFC 3986 section 5.4's examples against http://a/b/c/d;p?q
        ("g:h", "g:h"),
        ("g", "http://a/b/c/g"),
        ("./g", "http://a/b/c/g"),
        ("/g", "http://a/g"),
        ("//g", "http://g"),
        ("?y", "http://a/b/c/d;p?y"),
        ("#s", "http://a/b/c/d;p?q#s"),
        ("", "http://a/b/c/d;p?q"),
        ("../..", "http://a/"),
        ("../../../g", "http://a/g"),
        ("g/../h", "http://a/b/c/h"),
        ("./../g", "http://a/b/g"),
        ("g;x=1/../y", "http://a/b/c/y"),
    ],
)
def test_iris_resolve_as_rfc_3986_says(reference, resolved):
    assert resolve_iri(reference, "http://a/b/c/d;p?q") == resolved


def test_allow_list_is_compared_on_normalised_hosts():
    prepare(
        "SELECT * { SERVICE <HTTP://WikiData.example./sparql> {} }", None, frozenset({"wikidata.example"})
    )
    with pytest.raises(EgressRefused, match="refused"):
        prepare("SELECT * { SERVICE <http://127.0.0.1:8080/> {} }", None, frozenset({"wikidata.example"}))
    with pytest.raises(EgressRefused, match="variable"):
        prepare("SELECT * { SERVICE ?x {} }", None, frozenset({"wikidata.example"}))
    with pytest.raises(EgressRefused, match="syntax"):
        prepare("SELECT * { SERVICE <http://a/\\u00> {} }", None, frozenset({"a"}))


def _connect_after_sandbox(port: int, queue) -> None:
    from chancery.serve.sandbox import forbid_network

    results = {"sandboxed": forbid_network()}
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        results["socket"] = "connected"
    except OSError as exc:
        results["socket"] = type(exc).__name__
    try:  # the engine, given a SERVICE directly (no egress check in the way)
        list(ox.Store().query(f"SELECT * {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"))
        results["engine"] = "answered"
    except Exception as exc:  # noqa: BLE001 - whatever it is, it is reported
        results["engine"] = type(exc).__name__
    left, right = socket.socketpair()  # the pipe to the server still works
    left.sendall(b"x")
    results["unix"] = right.recv(1).decode()
    queue.put(results)


def test_a_sandboxed_worker_cannot_open_a_network_socket(listener):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_connect_after_sandbox, args=(listener.port, queue))
    before = listener.count()
    process.start()
    results = queue.get(timeout=60)
    process.join(10)
    if not results["sandboxed"]:
        pytest.skip("no seccomp sandbox on this platform")
    assert results == {
        "sandboxed": True,
        "socket": "PermissionError",
        "engine": "PermissionError",
        "unix": "x",
    }
    assert listener.count() == before


# Pieces a hostile query is made of: comments ended by CR or LF, escapes in IRIs and strings, quotes
# of every kind, escaped prefixed names, keywords in any case, comparisons written without spaces;
# most are well-formed, so that many queries do run and do call their SERVICE.
_WELL_FORMED = [
    "# c\r",
    "# c\n",
    "#\r\n",
    " ",
    "\t",
    "\n",
    "BIND(<http://x/\\u0041#> AS ?z) ",
    "BIND(<http://x/\\u003E> AS ?y) ",
    'BIND("\\u0022" AS ?q) ',
    "BIND('\\u0027#' AS ?r) ",
    'BIND("""a"b""" AS ?u) ',
    "BIND('''#''' AS ?v) ",
    'BIND("#" AS ?w) ',
    "FILTER(?a<3&&?b>2) ",
    "OPTIONAL { ?s ?p ?o } ",
    "?s ex:p\\.q ?o . ",
    "BIND(ex:x\\/y AS ?e) ",
    "{ } ",
]
_MALFORMED = ["{SERVICE}", "SERVICE ", "<", ">", "{ ", "} ", '"', "'", "#", "\\u0023", "\\"]
_SERVICE = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "service silent"]


@st.composite
def hostile_queries(draw, port: int):
    prologue = f"PREFIX ex: <http://127.0.0.1:{port}/> PREFIX ev: <http://127.0.0.1:{port}/ev> "
    pieces = st.sampled_from(_WELL_FORMED + _MALFORMED if draw(st.booleans()) else _WELL_FORMED)
    before, after = (draw(st.lists(pieces, max_size=6)) for _ in range(2))
    between = [draw(st.sampled_from([" ", "# c\r", "# c\n", "\t"])) for _ in range(2)]
    target = draw(
        st.sampled_from(
            [f"<{h}>" for h in hosts(port)[:8]]
            + [f"<{escaped(f'http://127.0.0.1:{port}/a')}>", "ex:b", "ex:c\\/d", "ev:e", "<e/f>"]
        )
    )
    service = draw(st.sampled_from(_SERVICE))
    clause = service + between[0] + target + between[1] + "{ ?s ?p ?o }"
    base = draw(st.sampled_from(["", f"BASE <http://127.0.0.1:{port}/> "]))
    return base + prologue + "SELECT * WHERE { " + "".join(before) + clause + " " + "".join(after) + " }"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_engine_reaches_only_what_the_checker_saw(listener, data):
    """Differential: run the canonical text on the engine with no check in the way; every connection
    the listener logs must be to a target the checker found (and so would have judged)."""
    query = data.draw(hostile_queries(listener.port))
    try:
        prepared = canonical(query, "http://server.example/sparql")
    except EgressRefused:
        return
    seen = {host_key(t) and t.split("/", 3)[-1] for _, t in prepared.targets if t}
    before = listener.count()
    try:
        result = ox.Store().query(prepared.text, base_iri="http://server.example/sparql")
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except (SyntaxError, OSError, RuntimeError, ValueError):
        pass
    reached = {path.lstrip("/") for path in listener.paths()[before:]}
    if listener.count() > before:
        assert any(t for _, t in prepared.targets), (query, prepared.text)
    assert reached <= seen, (query, prepared.text, reached, seen)


VALID = [
    'SELECT ?s (COALESCE(?x, "none") AS ?y) WHERE { ?s ?p ?o OPTIONAL { ?s <http://x/p> ?x } } LIMIT 5',
    "SELECT (CONCAT(STR(?s),'#',\"\\u0041\") AS ?c) WHERE { ?s ?p ?o } ORDER BY ?c LIMIT 3",
    "SELECT * WHERE { VALUES ?n { -1 +2 3.5 -.5e1 } BIND(?n-1 AS ?m) FILTER(?m<3&&?n>-2) }",
    'SELECT * WHERE { BIND("a"@en AS ?l) BIND("1"^^<http://www.w3.org/2001/XMLSchema#integer> AS ?i) }',
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s WHERE { ?s rdfs:label ?l } "
    "ORDER BY DESC(?l) LIMIT 3",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(ISIRI(?o) && !BOUND(?x)) } # a comment\r",
    "BASE <https://w3id.org/chancery/> SELECT ?s WHERE { ?s a <ns#Document> } ORDER BY ?s",
    "SELECT ?s WHERE { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/"
    "rdf-schema#label>? ?t } ORDER BY ?s LIMIT 4",
    "ASK { FILTER(BNODE() != BNODE()) }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*)>1) ORDER BY ?g",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (1, 2, <http://x>)) }",
    "SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), '^S', 'i')) } ORDER BY ?s ?p ?o LIMIT 3",
]


def test_canonical_text_answers_as_the_original(dataset, queries):
    """The engine gives the same answers to the canonical text as to the query as written."""

    def answers(text: str):
        result = dataset.store.query(text, base_iri="http://x/sparql", use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [tuple(str(row[n]) for n in names) for row in result]
        return sorted(str(t) for t in result)

    for text in VALID + [q.text for q in queries]:
        assert answers(canonical(text, "http://x/sparql").text) == answers(text), text
