"""The SPARQL 1.1 Protocol at ``/sparql``: GET, POST (form or direct), the protocol's dataset, results
by content negotiation, a service description, and updates only when explicitly enabled."""

from __future__ import annotations

import asyncio
import hmac
from dataclasses import dataclass
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from chancery.serve.egress import prepare
from chancery.serve.negotiation import negotiate
from chancery.serve.query import (
    QueryFailed,
    QueryOutcome,
    QueryRefused,
    QueryRequest,
    QueryRunner,
    QueryTimeout,
)
from chancery.serve.results import (
    BOOLEAN_TYPES,
    GRAPH_TYPES,
    RESULT_TYPES,
    SHORT_NAMES,
    write_graph,
    write_results,
)
from chancery.serve.servicedesc import service_description
from chancery.serve.updates import with_dataset
from chancery.serve.workers import ProcessRunner

TRUNCATED_HEADER = "Chancery-Result-Truncated"
FORM = "application/x-www-form-urlencoded"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@dataclass(frozen=True)
class UpdatePolicy:
    """Updates are refused unless ``enabled``; then a request must carry ``Authorization: Bearer token``."""

    enabled: bool = False
    token: str | None = None


@dataclass(frozen=True)
class Operation:
    kind: str  # "query" | "update" | "describe-service"
    text: str
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter")
    return values[0] if values else None


def _media_type(request: Request) -> tuple[str, str | None]:
    header = request.headers.get("content-type", "")
    kind, *params = [p.strip() for p in header.split(";")]
    charset = next(
        (p.partition("=")[2].strip('"').lower() for p in params if p.lower().startswith("charset")), None
    )
    return kind.lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(415, f"the request body must be UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, "the request body is not valid UTF-8") from exc


def _operation(params: dict[str, list[str]], direct: tuple[str, str] | None) -> Operation:
    query, update = _one(params, "query"), _one(params, "update")
    if direct:
        query, update = (direct[1], update) if direct[0] == "query" else (query, direct[1])
    if query is not None and update is not None:
        raise ProtocolError(400, "a request carries either a query or an update, not both")
    default = tuple(params.get("default-graph-uri", []) + params.get("using-graph-uri", []))
    named = tuple(params.get("named-graph-uri", []) + params.get("using-named-graph-uri", []))
    if query is not None:
        return Operation("query", query, default, named)
    if update is not None:
        return Operation("update", update, default, named)
    return Operation("describe-service", "", default, named)


async def read_operation(request: Request) -> Operation:
    """What the request asks for, per the protocol's rules on methods and media types."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method in ("GET", "HEAD"):
        if "update" in params:
            raise ProtocolError(405, "updates must be sent with POST", {"Allow": "POST"})
        return _operation(params, None)
    if request.method != "POST":
        raise ProtocolError(405, f"{request.method} is not a SPARQL protocol method", {"Allow": "GET, POST"})
    kind, charset = _media_type(request)
    body = _decode(await request.body(), charset)
    if kind == FORM:
        for name, values in parse_qs(body, keep_blank_values=True).items():
            params.setdefault(name, []).extend(values)
        return _operation(params, None)
    if kind == "application/sparql-query":
        return _operation(params, ("query", body))
    if kind == "application/sparql-update":
        return _operation(params, ("update", body))
    raise ProtocolError(
        415,
        "POST a query as application/sparql-query or application/x-www-form-urlencoded, "
        "an update as application/sparql-update",
    )


# Clients that ask for results in a family the answer is not in (roqet asks for SPARQL XML results
# for a CONSTRUCT) get the same family's RDF format, as most endpoints do.
FAMILIES = {
    "application/sparql-results+xml": "application/rdf+xml",
    "application/xml": "application/rdf+xml",
    "application/sparql-results+json": "application/ld+json",
    "application/json": "application/ld+json",
}


def choose(request: Request, offers: list[str], default_format: str | None = None) -> str:
    """The media type to answer with: an explicit ?format=, else the Accept header; 406 if none fits."""
    wanted = request.query_params.get("format") or default_format
    if wanted:
        media_type = SHORT_NAMES.get(wanted, wanted)
        if media_type in offers:
            return media_type
    accept = request.headers.get("accept")
    chosen = negotiate(accept, offers)
    if chosen is None:
        chosen = negotiate(accept, [r for r, graph in FAMILIES.items() if graph in offers])
        chosen = FAMILIES.get(chosen) if chosen else None
    if chosen is None:
        raise ProtocolError(
            406, "none of the formats accepted is available; this answer can be: " + ", ".join(offers)
        )
    return chosen


def outcome_response(request: Request, outcome: QueryOutcome, cap: int) -> Response:
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers[TRUNCATED_HEADER] = str(cap)
    if outcome.kind == "graph":
        media_type = choose(request, GRAPH_TYPES)
        body = write_graph(outcome.rows, media_type)
    else:
        media_type = choose(request, list(RESULT_TYPES) if outcome.kind == "solutions" else BOOLEAN_TYPES)
        body = write_results(outcome, media_type)
    charset = "; charset=utf-8" if media_type.startswith("text/") else ""
    return Response(body, headers=headers, media_type=media_type + charset)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(f"Error: {message}\n", status_code=status, headers=headers)


class SparqlEndpoint:
    """The ``/sparql`` handler; :meth:`handle` is a Starlette endpoint."""

    def __init__(self, runner: QueryRunner | ProcessRunner, updates: UpdatePolicy | None = None):
        self.runner = runner
        self.updates = updates or UpdatePolicy()

    async def handle(self, request: Request) -> Response:
        try:
            operation = await read_operation(request)
            if operation.kind == "describe-service":
                return self.describe_service(request)
            if operation.kind == "update":
                return await self.update(request, operation)
            endpoint = str(request.url.replace(query=""))
            query = QueryRequest(operation.text, operation.default_graphs, operation.named_graphs, endpoint)
            outcome = await self.runner.run(query)
            return outcome_response(request, outcome, self.runner.limits.max_results)
        except ProtocolError as exc:
            return error_response(exc.status, exc.message, exc.headers)
        except (QueryRefused, QueryTimeout, QueryFailed) as exc:
            return error_response(exc.status, str(exc))

    def describe_service(self, request: Request) -> Response:
        """The service description in RDF; a browser (asking for HTML first) goes to the query page."""
        if negotiate(request.headers.get("accept"), [*GRAPH_TYPES, "text/html"]) == "text/html":
            return RedirectResponse(
                str(request.url_for("query_page")), status_code=303, headers={"Vary": "Accept"}
            )
        media_type = choose(request, GRAPH_TYPES)
        endpoint = str(request.url.replace(query=""))
        triples = service_description(endpoint, updates=self.updates.enabled)
        return Response(write_graph(triples, media_type), media_type=media_type, headers={"Vary": "Accept"})

    async def update(self, request: Request, operation: Operation) -> Response:
        if not self.updates.enabled or not self.updates.token:
            raise ProtocolError(
                403, "this endpoint is read-only (start it with --allow-update to accept updates)"
            )
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.updates.token.encode()):
            raise ProtocolError(
                401, "an update needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
            )
        endpoint = str(request.url.replace(query=""))
        try:
            prepared = prepare(operation.text, endpoint, self.runner.limits.service_hosts)
            text = with_dataset(prepared, operation.default_graphs, operation.named_graphs)
        except ValueError as exc:  # EgressRefused, UpdateDatasetError, a graph that is not an IRI
            raise ProtocolError(400, str(exc)) from exc
        try:
            await asyncio.to_thread(self.runner.store.update, text, base_iri=endpoint)
        except SyntaxError as exc:
            raise ProtocolError(400, f"update syntax error: {exc}") from exc
        except (OSError, RuntimeError) as exc:
            detail = "a LOAD or SERVICE call did not succeed" if prepared.targets else str(exc)
            raise ProtocolError(500, f"update failed: {detail}") from exc
        return Response(status_code=204)
