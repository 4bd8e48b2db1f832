"""Saved SPARQL queries (``queries/*.rq``) run over a built folder or any SPARQL endpoint.

A built folder is loaded into pyoxigraph (``graph.nq``, else ``graph.trig``...): about 17x faster than
rdflib on these queries (notes/performance.md). Queries see the union of the dataset's graphs, since a
document's statements and the labels of the people it names live in different named graphs; against an
endpoint, the server decides what its default graph is (Oxigraph: ``--union-default-graph``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import urllib.error
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from chancery.config import Settings
from chancery.errors import ConfigError, EndpointError, QueryError, SourceError
from chancery.graph.namespaces import PREFIXES
from chancery.resources import resource_dir

log = logging.getLogger(__name__)

# The dumps of a built folder, fastest to load first.
DUMPS: tuple[tuple[str, ox.RdfFormat], ...] = (
    ("graph.nq", ox.RdfFormat.N_QUADS),
    ("graph.trig", ox.RdfFormat.TRIG),
    ("graph.nt", ox.RdfFormat.N_TRIPLES),
    ("graph.ttl", ox.RdfFormat.TURTLE),
)
FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Term:
    """One value of a result row, as the SPARQL 1.1 JSON results format describes it."""

    kind: str  # uri | literal | bnode
    value: str
    datatype: str | None = None
    lang: str | None = None

    def to_json(self) -> dict[str, str]:
        out = {"type": self.kind, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype:
            out["datatype"] = self.datatype
        return out


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None  # for ASK

    def values(self) -> list[dict[str, str | None]]:
        """The rows as plain strings (None where unbound): what tests and scripts compare."""
        return [{v: (row[v].value if v in row else None) for v in self.variables} for row in self.rows]


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str

    @property
    def description(self) -> str:
        """The comment header's first line: what the query answers."""
        for line in self.text.splitlines():
            if line.startswith("#"):
                return line.lstrip("# ").strip()
        return ""


def saved_queries(settings: Settings | None = None) -> list[SavedQuery]:
    folder = _queries_dir(settings)
    return [_read(path) for path in sorted(folder.glob("*.rq"))]


def find_query(name: str, settings: Settings | None = None) -> SavedQuery:
    """A saved query by name (``distribution-list``) or a path to a ``.rq`` file."""
    path = Path(name)
    if path.suffix == ".rq" and path.is_file():
        return _read(path)
    candidate = _queries_dir(settings) / f"{path.stem if path.suffix == '.rq' else name}.rq"
    if candidate.is_file():
        return _read(candidate)
    known = ", ".join(q.name for q in saved_queries(settings))
    raise ConfigError(f"no saved query named {name!r}", path=name, hint=f"saved queries: {known}")


def _queries_dir(settings: Settings | None) -> Path:
    return Path(settings.queries_dir) if settings and settings.queries_dir else resource_dir("queries")


def _read(path: Path) -> SavedQuery:
    try:
        return SavedQuery(path.stem, path, path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query: {exc}", path=path) from exc


# --- running ------------------------------------------------------------------------------------------


def load_store(folder: Path) -> ox.Store:
    """An in-memory pyoxigraph store with the dump of a built folder."""
    folder = Path(folder)
    for name, fmt in DUMPS:
        path = folder / name
        if path.is_file():
            store = ox.Store()
            try:
                store.bulk_load(path=str(path), format=fmt)
            except (SyntaxError, ValueError, OSError) as exc:
                raise SourceError(f"cannot load the graph: {exc}", path=path) from exc
            log.info("loaded %s: %d quads", path, len(store))
            return store
    raise SourceError(
        "not a built folder (no graph.nq, graph.trig, graph.nt or graph.ttl)",
        path=folder,
        hint="build one with: chancery build PATH... --out DIR",
    )


def run_query(
    query: SavedQuery, *, store: ox.Store | None = None, endpoint: str | None = None
) -> QueryResult:
    """Run ``query`` over a store (its graphs' union) or a SPARQL endpoint."""
    if endpoint:
        return run_on_endpoint(query, endpoint)
    if store is None:
        raise ConfigError("a query needs a built folder (--data) or an endpoint (--endpoint)")
    try:
        answer = store.query(query.text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"not valid SPARQL: {exc}", path=query.path) from exc
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult([], boolean=bool(answer))
    if not isinstance(answer, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries can be printed as a table", path=query.path)
    variables = [v.value for v in answer.variables]
    rows = [{v: _term(solution[v]) for v in variables if solution[v] is not None} for solution in answer]
    return QueryResult(variables, rows)


def _term(node: object) -> Term:
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        return Term("literal", node.value, node.datatype.value, node.language)
    return Term("literal", str(node))


def run_on_endpoint(query: SavedQuery, endpoint: str) -> QueryResult:
    """Run ``query`` through SPARQLWrapper against any SPARQL 1.1 endpoint (JSON results)."""
    from SPARQLWrapper import ASK, JSON, POST, POSTDIRECTLY, SELECT, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    empty = run_query(query, store=ox.Store())  # checks the syntax here, and tells SELECT from ASK
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setRequestMethod(POSTDIRECTLY)  # the query as an application/sparql-query body
    client.setQuery(query.text)
    # SPARQLWrapper guesses the form with a regular expression that words in comments fool ("copy")
    client.queryType = ASK if empty.boolean is not None else SELECT
    client.setReturnFormat(JSON)
    try:
        answer = client.queryAndConvert()
    except SPARQLWrapperException as exc:
        raise QueryError(f"the endpoint refused the query: {exc}", path=endpoint) from exc
    except urllib.error.HTTPError as exc:
        exc.close()
        raise EndpointError(f"the endpoint answered {exc.code} {exc.reason}", path=endpoint) from exc
    except OSError as exc:  # URLError, connection refused, timeouts
        raise EndpointError(f"cannot reach the endpoint: {exc}", path=endpoint) from exc
    if not isinstance(answer, dict):
        raise EndpointError("the endpoint did not answer with SPARQL JSON results", path=endpoint)
    return result_from_json(answer)


def result_from_json(answer: dict) -> QueryResult:
    if "boolean" in answer:
        return QueryResult([], boolean=bool(answer["boolean"]))
    variables = list(answer.get("head", {}).get("vars", []))
    rows = []
    for binding in answer.get("results", {}).get("bindings", []):
        row = {}
        for var, value in binding.items():
            kind = "literal" if value["type"] == "typed-literal" else value["type"]
            row[var] = Term(kind, value["value"], value.get("datatype"), value.get("xml:lang"))
        rows.append(row)
    return QueryResult(variables, rows)


# --- rendering ----------------------------------------------------------------------------------------


def render(result: QueryResult, fmt: str) -> str:
    """The result as ``csv`` (SPARQL 1.1 CSV), ``json`` (SPARQL 1.1 JSON results) or a ``table``."""
    if fmt == "json":
        return json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"
    if result.boolean is not None:
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "csv":
        return to_csv(result)
    if fmt == "table":
        return to_table(result)
    raise ConfigError(f"unknown result format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")


def to_json(result: QueryResult) -> dict:
    if result.boolean is not None:
        return {"head": {}, "boolean": result.boolean}
    bindings = [{v: t.to_json() for v, t in row.items()} for row in result.rows]
    return {"head": {"vars": result.variables}, "results": {"bindings": bindings}}


def to_csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.values():
        writer.writerow(["" if value is None else value for value in row.values()])
    return out.getvalue()


def to_table(result: QueryResult, width: int = 60) -> str:
    """An aligned text table; IRIs in prefixed form, long values cut to ``width`` characters."""
    header = result.variables
    cells = [[_short(row.get(v), width) for v in header] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(term: Term | None, width: int) -> str:
    if term is None:
        return ""
    text = term.value
    if term.kind == "uri":
        for prefix, namespace in PREFIXES.items():
            if text.startswith(namespace):
                text = f"{prefix}:{text[len(namespace) :]}"
                break
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
