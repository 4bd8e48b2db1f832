"""Send a built dataset to an existing triplestore over the SPARQL 1.1 Graph Store Protocol or Update.

Each named graph of the build is replaced on the store with ``PUT URL?graph=<graph IRI>`` (default-graph
triples, if any, with ``PUT URL?default``), as N-Triples; or, for a store that only takes SPARQL Update,
with ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` POSTed to its update endpoint. Both
make a push idempotent: pushing the same build twice leaves the store as after the first push.

Credentials come only from the environment: ``CHANCERY_PUSH_TOKEN`` (a bearer token) or
``CHANCERY_PUSH_USER`` and ``CHANCERY_PUSH_PASSWORD`` (HTTP basic authentication); never from the
command line, where they would end up in shell histories.
"""

from __future__ import annotations

import base64
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from chancery.errors import ConfigError, EndpointError
from chancery.query import load_store

log = logging.getLogger(__name__)

ENV_TOKEN = "CHANCERY_PUSH_TOKEN"
ENV_USER = "CHANCERY_PUSH_USER"
ENV_PASSWORD = "CHANCERY_PUSH_PASSWORD"
CONTENT_TYPE = "application/n-triples"
UPDATE_TYPE = "application/sparql-update"
PROTOCOLS = ("gsp", "update")


@dataclass
class PushResult:
    endpoint: str
    graphs: list[tuple[str, int]] = field(default_factory=list)  # (graph IRI or "default", triples)

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)

    def text(self) -> str:
        lines = [f"  {name}  ({n} triples)" for name, n in self.graphs]
        return "\n".join(
            [f"Pushed {len(self.graphs)} graphs, {self.triples} triples, to {self.endpoint}", *lines]
        )


def push(
    folder: Path,
    endpoint: str,
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    protocol: str = "gsp",
) -> PushResult:
    """Send every graph of the build in ``folder`` to ``endpoint``, replacing what the store had there.

    ``protocol="gsp"``: HTTP PUT to a Graph Store Protocol endpoint; ``"update"``: one SPARQL 1.1 Update
    per graph (``DROP SILENT GRAPH``, then ``INSERT DATA``) POSTed to an update endpoint.
    """
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise ConfigError("the triplestore must be an http:// or https:// URL", path=endpoint)
    if protocol not in PROTOCOLS:
        raise ConfigError(f"unknown protocol {protocol!r}", hint="use gsp or update")
    credentials = auth_headers(os.environ if env is None else env)
    store = load_store(folder)
    result = PushResult(endpoint)
    for name, graph in graphs_of(store):
        triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        if protocol == "gsp":
            send(
                "PUT", graph_url(endpoint, name), body, {"Content-Type": CONTENT_TYPE, **credentials}, timeout
            )
        else:
            update = update_request(name, body)
            send("POST", endpoint, update, {"Content-Type": UPDATE_TYPE, **credentials}, timeout)
        log.info("pushed %s: %d triples", name, len(triples))
        result.graphs.append((name, len(triples)))
    return result


def update_request(name: str, ntriples: bytes) -> bytes:
    """A SPARQL 1.1 Update replacing one graph (N-Triples lines are valid inside INSERT DATA)."""
    if name == "default":
        return b"DROP SILENT DEFAULT ;\nINSERT DATA {\n" + ntriples + b"}\n"
    iri = f"<{name}>".encode()
    return b"DROP SILENT GRAPH " + iri + b" ;\nINSERT DATA { GRAPH " + iri + b" {\n" + ntriples + b"} }\n"


def graphs_of(store: ox.Store) -> list[tuple[str, ox.NamedNode | ox.DefaultGraph]]:
    """The store's named graphs in IRI order, then the default graph if it holds anything."""
    named = sorted(store.named_graphs(), key=lambda g: str(g.value))
    out: list[tuple[str, ox.NamedNode | ox.DefaultGraph]] = [(g.value, g) for g in named]  # type: ignore[misc]
    if any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        out.append(("default", ox.DefaultGraph()))
    return out


def graph_url(endpoint: str, name: str) -> str:
    """``endpoint?graph=<IRI>`` (or ``?default``), keeping any query the endpoint URL already has."""
    parts = urllib.parse.urlsplit(endpoint)
    extra = "default" if name == "default" else urllib.parse.urlencode({"graph": name})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urllib.parse.urlunsplit(parts._replace(query=query))


def auth_headers(env: Mapping[str, str]) -> dict[str, str]:
    token = env.get(ENV_TOKEN)
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if user and password is not None:
        pair = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return {"Authorization": f"Basic {pair}"}
    if user:
        raise ConfigError(f"{ENV_USER} is set but {ENV_PASSWORD} is not")
    return {}


def send(method: str, url: str, body: bytes, headers: Mapping[str, str], timeout: float) -> None:
    request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        with exc:  # an HTTPError holds the open response
            detail = exc.read(300).decode("utf-8", "replace").strip()
        hint = "check CHANCERY_PUSH_TOKEN or CHANCERY_PUSH_USER/PASSWORD" if exc.code in (401, 403) else None
        raise EndpointError(
            f"the triplestore answered {exc.code} {exc.reason}" + (f": {detail}" if detail else ""),
            path=url,
            hint=hint,
        ) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach the triplestore: {reason}", path=url) from exc
