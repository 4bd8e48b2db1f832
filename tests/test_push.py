"""chancery push DIR --to URL against a real Oxigraph server on 127.0.0.1, read back with SPARQLWrapper;
chancery query --endpoint against the same server; credentials and failures against a recording server."""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib.plugins.sparql import prepareUpdate
from SPARQLWrapper import JSON, SPARQLWrapper

from chancery.cli import main
from chancery.config import Settings
from chancery.pipeline import build
from chancery.publish.push import graph_url, push
from chancery.query import load_store

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph did not answer at {url}")


@pytest.fixture(scope="module")
def oxigraph() -> Iterator[str]:
    """An in-memory Oxigraph server whose default graph is the union of its graphs; yields its base URL."""
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query?query=ASK%7B%7D", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def seeds_build(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-build")
    build([seeds_dir], out, Settings())
    return out


def sparql(endpoint: str, query: str) -> list[dict[str, str]]:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    answer = client.queryAndConvert()
    assert isinstance(answer, dict)
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


def counts_on_server(base: str) -> dict[str, int]:
    rows = sparql(f"{base}/query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


def local_counts(folder: Path) -> dict[str, int]:
    store = load_store(folder)
    return {g.value: len(list(store.quads_for_pattern(None, None, None, g))) for g in store.named_graphs()}


def test_push_sends_every_graph(oxigraph: str, seeds_build: Path) -> None:
    result = CliRunner().invoke(main, ["push", str(seeds_build), "--to", f"{oxigraph}/store"])
    assert result.exit_code == 0, result.output
    expected = local_counts(seeds_build)
    assert counts_on_server(oxigraph) == expected
    assert result.output.startswith(f"Pushed {len(expected)} graphs, {sum(expected.values())} triples")


def test_push_twice_replaces_not_duplicates(oxigraph: str, seeds_build: Path) -> None:
    push(seeds_build, f"{oxigraph}/store", env={})
    push(seeds_build, f"{oxigraph}/store", env={})
    assert counts_on_server(oxigraph) == local_counts(seeds_build)


def test_push_over_sparql_update(oxigraph: str, seeds_build: Path) -> None:
    update = f"{oxigraph}/update"
    result = CliRunner().invoke(main, ["push", str(seeds_build), "--to", update, "--protocol", "update"])
    assert result.exit_code == 0, result.output
    push(seeds_build, update, env={}, protocol="update")  # again: graphs replaced, not doubled
    assert counts_on_server(oxigraph) == local_counts(seeds_build)


def test_query_endpoint_gives_the_same_answer(oxigraph: str, seeds_build: Path) -> None:
    push(seeds_build, f"{oxigraph}/store", env={})
    runner = CliRunner()
    for name in ("distribution-list", "signatories-of-enclosed", "correspondence-network"):
        remote = runner.invoke(main, ["query", name, "--endpoint", f"{oxigraph}/query", "--format", "json"])
        local = runner.invoke(main, ["query", name, "--data", str(seeds_build), "--format", "json"])
        assert remote.exit_code == 0, remote.output
        remote_rows = [
            {k: v["value"] for k, v in b.items()} for b in json.loads(remote.output)["results"]["bindings"]
        ]
        local_rows = [
            {k: v["value"] for k, v in b.items()} for b in json.loads(local.output)["results"]["bindings"]
        ]
        assert remote_rows == local_rows and remote_rows


def test_query_endpoint_unreachable() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(main, ["query", "credits", "--endpoint", url])
    assert result.exit_code == 4
    assert f"Error: {url}: cannot reach the endpoint" in result.output


# --- credentials and failures, against a server that records what it is sent ---------------------------


class Recorder(BaseHTTPRequestHandler):
    requests: list[dict] = []
    status = 204

    def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).requests.append(
            {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
        )
        self.send_response(self.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, type[Recorder]]]:
    handler = type("Handler", (Recorder,), {"requests": [], "status": 204})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", handler
    finally:
        server.shutdown()
        server.server_close()


def test_put_per_graph_as_ntriples(recorder, seeds_build: Path) -> None:
    url, handler = recorder
    push(seeds_build, url, env={})
    graphs = sorted(local_counts(seeds_build))
    assert [r["path"] for r in handler.requests] == [graph_url("/store", g) for g in graphs]
    assert all(r["headers"]["Content-Type"] == "application/n-triples" for r in handler.requests)
    assert all("Authorization" not in r["headers"] for r in handler.requests)
    triples = ox.parse(handler.requests[0]["body"], ox.RdfFormat.N_TRIPLES)
    assert len(list(triples)) == local_counts(seeds_build)[graphs[0]]


def test_update_requests(recorder, seeds_build: Path) -> None:
    url, handler = recorder
    push(seeds_build, url, env={"CHANCERY_PUSH_TOKEN": "t"}, protocol="update")
    graphs = sorted(local_counts(seeds_build))
    assert [(r["method"], r["path"]) for r in handler.requests] == [("POST", "/store")] * len(graphs)
    first = handler.requests[0]
    assert first["headers"]["Content-Type"] == "application/sparql-update"
    assert first["headers"]["Authorization"] == "Bearer t"
    text = first["body"].decode()
    assert text.startswith(f"DROP SILENT GRAPH <{graphs[0]}> ;\nINSERT DATA {{ GRAPH <{graphs[0]}> {{\n")
    prepareUpdate(text)  # an independent parser accepts it


def test_bearer_token_from_the_environment(recorder, seeds_build: Path) -> None:
    url, handler = recorder
    result = CliRunner().invoke(
        main, ["push", str(seeds_build), "--to", url], env={"CHANCERY_PUSH_TOKEN": "s3cret"}
    )
    assert result.exit_code == 0, result.output
    assert {r["headers"]["Authorization"] for r in handler.requests} == {"Bearer s3cret"}
    assert "s3cret" not in result.output


def test_basic_auth_from_the_environment(recorder, seeds_build: Path) -> None:
    url, handler = recorder
    push(seeds_build, url, env={"CHANCERY_PUSH_USER": "curator", "CHANCERY_PUSH_PASSWORD": "pw"})
    expected = "Basic " + base64.b64encode(b"curator:pw").decode()
    assert {r["headers"]["Authorization"] for r in handler.requests} == {expected}


def test_refused_credentials(recorder, seeds_build: Path) -> None:
    url, handler = recorder
    handler.status = 401
    result = CliRunner().invoke(main, ["push", str(seeds_build), "--to", url])
    assert result.exit_code == 4
    assert "the triplestore answered 401" in result.output
    assert "Hint: check CHANCERY_PUSH_TOKEN" in result.output
    assert len(handler.requests) == 1  # stops at the first refusal


def test_unreachable_store(seeds_build: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(main, ["push", str(seeds_build), "--to", url])
    assert result.exit_code == 4 and "cannot reach the triplestore" in result.output


def test_not_an_http_url(seeds_build: Path) -> None:
    result = CliRunner().invoke(main, ["push", str(seeds_build), "--to", "ftp://example.org/store"])
    assert result.exit_code == 2 and "http:// or https://" in result.output


def test_user_without_password(seeds_build: Path) -> None:
    result = CliRunner().invoke(
        main, ["push", str(seeds_build), "--to", "http://127.0.0.1:1/store"], env={"CHANCERY_PUSH_USER": "x"}
    )
    assert result.exit_code == 2 and "CHANCERY_PUSH_PASSWORD is not" in result.output


def test_graph_url_keeps_the_endpoint_query() -> None:
    assert graph_url("http://h/ds?x=1", "urn:g") == "http://h/ds?x=1&graph=urn%3Ag"
    assert graph_url("http://h/store", "default") == "http://h/store?default"
