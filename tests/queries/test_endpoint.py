"""Every saved query gives the same answer through `chancery serve`'s SPARQL endpoint (over HTTP, with
SPARQLWrapper) as over the built folder."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from chancery.query import run_query, saved_queries


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(seeds_build: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "chancery",
            "serve",
            str(seeds_build),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    endpoint = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"chancery serve exited: {process.stderr.read().decode() if process.stderr else ''}"
                )
            try:
                with urllib.request.urlopen(f"{endpoint}?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("chancery serve did not answer within 30 s")
                time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


@pytest.mark.parametrize("query", saved_queries(), ids=lambda q: q.name)
def test_same_answer_over_http(query, served: str, seeds_store) -> None:
    local = run_query(query, store=seeds_store).values()
    remote = run_query(query, endpoint=served).values()
    assert remote == local and remote
