"""A SPARQL endpoint on 127.0.0.1 over a pyoxigraph store (standard library HTTP server), GET and POST.

Used by the fixtures of ``conftest.py`` and by ``evaluate.py`` run as a script.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pyoxigraph

SLICES = ("wikidata-slice.ttl", "geonames-slice.ttl")


class Requests:
    """Counts the queries the endpoint answered (to show a cached rebuild asks nothing)."""

    def __init__(self) -> None:
        self.count = 0


def serve(store: pyoxigraph.Store, requests: Requests, *, post: bool = True) -> ThreadingHTTPServer:
    """Serve ``store``; with ``post=False`` the endpoint refuses POST (405), as some do."""

    class Handler(BaseHTTPRequestHandler):
        def answer(self, query: str) -> None:
            requests.count += 1
            try:
                body = store.query(query).serialize(format=pyoxigraph.QueryResultsFormat.JSON)
            except SyntaxError as exc:  # a bad query is the client's fault: 400, as a real endpoint says
                self.send_error(400, str(exc))
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            self.answer(parse_qs(urlparse(self.path).query)["query"][0])

        def do_POST(self) -> None:  # noqa: N802
            if not post:
                self.send_error(405, "POST not allowed")
                return
            raw = self.rfile.read(int(self.headers["Content-Length"])).decode()
            sparql_body = self.headers.get("Content-Type", "").startswith("application/sparql-query")
            self.answer(raw if sparql_body else parse_qs(raw)["query"][0])

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
