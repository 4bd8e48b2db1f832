"""A built dataset, the app over it, and the same app served by uvicorn on 127.0.0.1 for real clients."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from chancery.serve.app import ServeOptions, create_app
from chancery.serve.pages import SavedQuery, saved_queries
from chancery.serve.store import ServedDataset, load_dataset

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "sample.trig"


def real_build(seeds: Path, out: Path) -> None:
    """Build the seeds with ``chancery build``, as a user would; a failed build fails the tests."""
    cmd = [sys.executable, "-m", "chancery", "build", str(seeds), "--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (out / "graph.nq").is_file() and (out / "build.json").is_file()


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory, seeds_dir) -> Path:
    """A real build of data/seeds."""
    out = tmp_path_factory.mktemp("build")
    real_build(seeds_dir, out)
    return out


@pytest.fixture(scope="session")
def dataset(build_dir) -> ServedDataset:
    return load_dataset(build_dir)


@pytest.fixture(scope="session")
def queries() -> list[SavedQuery]:
    found = saved_queries()
    assert found, "no saved queries found in queries/"
    return found


@pytest.fixture(scope="session")
def app(dataset, queries):
    return create_app(dataset, ServeOptions(queries=queries))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str  # ends with '/'
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.server.config.app.state.runner.close()


def start_server(app) -> LiveServer:
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "sparql", timeout=1)
            return LiveServer(url, server, thread)
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the server did not start")


@pytest.fixture(scope="session")
def live(app) -> Iterator[LiveServer]:
    server = start_server(app)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client(live) -> Iterator[httpx.Client]:
    """httpx over real HTTP to the live server."""
    with httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="session")
def document_iri(dataset) -> str:
    row = next(
        iter(
            dataset.store.query(
                "SELECT ?d WHERE { ?d a <https://w3id.org/chancery/ns#Document> ; "
                "<https://w3id.org/chancery/ns#hasDistributionEntry> ?e } ORDER BY ?d LIMIT 1",
                use_default_graph_as_union=True,
            )
        )
    )
    return row["d"].value


@pytest.fixture(scope="session")
def person_iri(dataset) -> str:
    row = next(
        iter(
            dataset.store.query(
                "SELECT ?p (COUNT(?r) AS ?n) WHERE { ?p a <https://w3id.org/chancery/ns#Person> . "
                "?r <https://w3id.org/chancery/ns#agent> ?p } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1",
                use_default_graph_as_union=True,
            )
        )
    )
    return row["p"].value


@pytest.fixture(scope="session")
def serve_app() -> Iterator:
    """Start more apps on free ports: ``serve_app(app) -> LiveServer``; all are stopped at the end."""
    started: list[LiveServer] = []

    def start(app) -> LiveServer:
        server = start_server(app)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="session")
def hostile_url(serve_app) -> str:
    """A server over the sample with markup and script in titles, summaries, names and page text."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(SAMPLE), format=ox.RdfFormat.TRIG)
    base = "https://example.org/chancery/"
    doc, person = ox.NamedNode(base + "document/000_x"), ox.NamedNode(base + "person/stalin")
    graph = ox.NamedNode(base + "graph/document/000_x")
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    for subject, predicate in [
        (doc, "http://purl.org/dc/terms/title"),
        (doc, "http://purl.org/dc/terms/abstract"),
        (doc, label),
        (doc, "https://schema.org/text"),
        (person, label),
        (doc, "https://w3id.org/chancery/ns#editorialNote"),
    ]:
        store.add(ox.Quad(subject, ox.NamedNode(predicate), ox.Literal(HOSTILE), graph))
    return serve_app(create_app(ServedDataset(store), ServeOptions(queries=[]))).url
