"""Running SPARQL queries for the endpoint: a deadline, a result cap, and a SERVICE allow-list
(``egress``: the engine runs the canonical text of what was checked).

A query is evaluated *completely* in a worker thread before any byte of the response is sent, so a
query that runs out of time fails with a clear error instead of a 200 with a cut body. pyoxigraph
releases the GIL while it evaluates, so the event loop keeps serving other requests meanwhile.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from chancery.serve.egress import EgressRefused, Prepared, prepare


class QueryRefused(Exception):
    """The query is not run: bad syntax, a SERVICE outside the allow-list, an update on a read-only server."""

    status = 400


class QueryTimeout(Exception):
    status = 503


class QueryFailed(Exception):
    """The query could not be evaluated for a reason that is not the client's."""

    status = 500


@dataclass(frozen=True)
class QueryLimits:
    timeout: float = 30.0  # seconds, from the request's arrival to the last solution
    max_results: int = 10_000  # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE)
    workers: int = 4  # queries evaluated at once; the others wait (and their clock runs)
    service_hosts: frozenset[str] = frozenset()  # hosts a SERVICE clause may call


@dataclass(frozen=True)
class QueryRequest:
    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None  # relative IRIs in the query resolve against it (the endpoint's URL)


@dataclass
class QueryOutcome:
    """A fully evaluated query: a boolean, solutions (with their variables) or triples."""

    kind: str  # "boolean" | "solutions" | "graph"
    boolean: bool = False
    variables: list[str] = field(default_factory=list)
    rows: list = field(default_factory=list)  # {variable: term} or Triple
    truncated: bool = False
    encoded: bytes | None = None  # SPARQL JSON of a boolean or solutions, when computed elsewhere


def prepare_query(request: QueryRequest, allowed_hosts: frozenset[str]) -> Prepared:
    """The query's canonical text, checked: :class:`QueryRefused` for bad syntax or a refused SERVICE."""
    try:
        return prepare(request.query, request.base_iri, allowed_hosts)
    except EgressRefused as exc:
        raise QueryRefused(str(exc)) from None


class Cancelled(Exception):
    pass


class QueryRunner:
    """Evaluates queries against one store within :class:`QueryLimits`."""

    def __init__(self, store: ox.Store, limits: QueryLimits | None = None, union_default_graph: bool = True):
        self.store = store
        self.limits = limits or QueryLimits()
        self.union_default_graph = union_default_graph
        self._pool = ThreadPoolExecutor(max_workers=self.limits.workers, thread_name_prefix="sparql")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, request: QueryRequest) -> QueryOutcome:
        """Evaluate ``request`` fully, or raise :class:`QueryTimeout` when the deadline passes first."""
        prepare_query(request, self.limits.service_hosts)  # refused before it takes a worker
        cancel = threading.Event()
        future = self._pool.submit(self.evaluate, request, cancel)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.limits.timeout)
        except TimeoutError:
            cancel.set()
            raise QueryTimeout(
                f"the query did not finish within {self.limits.timeout:g} s and was stopped; "
                "narrow it down (a LIMIT, more specific patterns) and try again"
            ) from None

    def evaluate(self, request: QueryRequest, cancel: threading.Event | None = None) -> QueryOutcome:
        """Evaluate in the calling thread; stops early (raising Cancelled) once ``cancel`` is set.

        pyoxigraph's result iterators must be dropped on the thread that made them, so they never
        leave this function (not even in a traceback): rows are copied out as plain terms.
        """
        cancel = cancel or threading.Event()
        if cancel.is_set():
            raise Cancelled()
        prepared = prepare_query(request, self.limits.service_hosts)
        try:
            dataset = self._dataset(request, prepared)
        except ValueError as exc:
            raise QueryRefused(f"a graph of the dataset is not an absolute IRI: {exc}") from None
        try:
            result = self.store.query(prepared.text, base_iri=request.base_iri, **dataset)
        except SyntaxError as exc:
            raise QueryRefused(f"query syntax error: {exc}") from None
        except (OSError, RuntimeError) as exc:
            raise QueryRefused(_failure(exc, prepared)) from None
        if isinstance(result, ox.QueryBoolean):
            return QueryOutcome("boolean", boolean=bool(result))
        kind = "solutions" if isinstance(result, ox.QuerySolutions) else "graph"
        variables = [v.value for v in result.variables] if isinstance(result, ox.QuerySolutions) else []
        rows, truncated, problem = self._collect(result, variables if kind == "solutions" else None, cancel)
        del result
        if problem == "cancelled":
            raise Cancelled()
        if problem:
            raise QueryRefused(_failure(problem, prepared))
        return QueryOutcome(kind, variables=variables, rows=rows, truncated=truncated)

    def _dataset(self, request: QueryRequest, prepared: Prepared) -> dict:
        """The protocol's dataset wins over the query's FROM, which wins over the union default graph."""
        if request.default_graphs or request.named_graphs:
            return {
                "default_graph": [ox.NamedNode(g) for g in request.default_graphs],
                "named_graphs": [ox.NamedNode(g) for g in request.named_graphs],
            }
        if prepared.names_dataset():
            return {}
        return {"use_default_graph_as_union": self.union_default_graph}

    def _collect(
        self, result, variables: list[str] | None, cancel: threading.Event
    ) -> tuple[list, bool, str | None]:
        """Up to max_results rows (solutions as {variable: term}), whether more were cut, and any problem."""
        cap, rows = self.limits.max_results, list[Any]()
        try:
            for row in result:
                if len(rows) == cap:
                    return rows, True, None
                rows.append({v: row[v] for v in variables} if variables is not None else row)
                if len(rows) % 512 == 0 and cancel.is_set():
                    return [], False, "cancelled"
        except (OSError, RuntimeError) as exc:
            return [], False, str(exc)
        return rows, False, None


def _failure(problem: object, prepared: Prepared) -> str:
    """What a failed query tells its client; nothing of a remote endpoint's answer (no port scanning)."""
    if prepared.targets:
        return "query failed: a SERVICE call did not succeed (its error is not shown)"
    return f"query failed: {problem}"
