"""The authority slices served from a real SPARQL endpoint on 127.0.0.1 (stdlib HTTP + pyoxigraph).

The linker reaches it over HTTP through SPARQLWrapper, as it reaches Wikidata in real use.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from authority_server import SLICES, Requests, serve


@pytest.fixture(scope="session")
def slice_store(shared: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    for name in SLICES:
        store.load(path=str(shared / "authorities" / name), format=pyoxigraph.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="session")
def endpoint_requests() -> Requests:
    return Requests()


@pytest.fixture(scope="session")
def authority_endpoint(slice_store: pyoxigraph.Store, endpoint_requests: Requests) -> Iterator[str]:
    """URL of a SPARQL endpoint on 127.0.0.1 holding both authority slices."""
    server = serve(slice_store, endpoint_requests)
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()
    server.server_close()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def oxigraph_endpoint(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same slices behind the Oxigraph server itself (``oxigraph serve-read-only``)."""
    import shutil
    import subprocess
    import sys
    import time
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed")
    location = tmp_path_factory.mktemp("oxigraph")
    files = [arg for name in SLICES for arg in ("--file", str(shared / "authorities" / name))]
    subprocess.run([binary, "load", "--location", str(location), *files], check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
