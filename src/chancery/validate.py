"""Validate a graph against the SHACL shapes of ``shapes/``: a :class:`ValidationReport`, not an exception.

pyshacl needs one plain rdflib Graph, so a Dataset is validated as the union of its graphs (a document's
statements live in its own graph, the labels of the people it names in the entities graph). Inference is
off: the data states every class it uses (notes/performance.md: ``rdfs`` inference costs about 5x).

Each result says where the focus node came from: the source file of the document graph it lives in,
read from the provenance graph. :func:`load_rdf` reads a file of any of our dump formats.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import PROV, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from chancery.config import Settings
from chancery.excerpt import document_excerpt, document_graphs
from chancery.graph.namespaces import CHANCERY, PREFIXES
from chancery.rdffile import load_rdf
from chancery.rdffile import quiet_literals as quiet_literals  # re-exported
from chancery.resources import resource_dir
from chancery.shapes import CHS, compiled_shapes, load_shapes, targeted_shapes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ValidationResult:
    """One thing wrong (or worth a warning) in the graph."""

    focus: str  # the node that breaks the shape
    label: str | None  # its rdfs:label, or that of the resource it belongs to
    path: str | None  # the property path, in prefixed form
    message: str
    severity: str  # Violation, Warning, Info
    shape: str  # the named shape that reported it (chs:DocumentShape...)
    value: str | None = None  # the offending value, when there is one
    source_file: str | None = None  # the page the focus node was read from

    def text(self) -> str:
        lines = [f"{self.severity}: {self.message}", f"  focus:  {self.focus}"]
        if self.label:
            lines.append(f"  label:  {self.label}")
        if self.path:
            lines.append(f"  path:   {self.path}")
        if self.value is not None:
            lines.append(f"  value:  {self.value}")
        lines.append(f"  shape:  {self.shape}")
        if self.source_file:
            lines.append(f"  source: {self.source_file}")
        return "\n".join(lines)


@dataclass
class ValidationReport:
    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    shapes_dir: str = ""

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "Violation"]

    def text(self) -> str:
        """The report as a person reads it: a verdict line, then one block per result."""
        verdict = "Conforms" if self.conforms else "Does not conform"
        head = (
            f"{verdict}: {len(self.violations)} violation(s), {len(self.warnings)} warning(s) "
            f"in {self.triples} triples ({self.seconds:.2f} s, shapes: {self.shapes_dir})"
        )
        return "\n\n".join([head, *(r.text() for r in self.results)]) + "\n"


def validate(
    data: Graph,
    settings: Settings | None = None,
    *,
    focus_nodes: Iterable[Node] | None = None,
    focus_documents: Iterable[Node | str] | None = None,
) -> ValidationReport:
    """Validate ``data`` (an rdflib Dataset or Graph) against the shapes of ``settings.shapes_dir``.

    ``focus_documents`` (IRIs of documents or of their named graphs) validates those documents alone, with
    the entities, archival units, concepts and provenance they reference (:mod:`chancery.excerpt`): the
    report says of them what a full validation says, at a cost that does not grow with the dataset.
    """
    settings = settings or Settings()
    shapes_dir = Path(settings.shapes_dir or resource_dir("shapes"))
    started = time.perf_counter()
    excerpt = document_excerpt(data, focus_documents) if focus_documents is not None else None
    if excerpt is not None:
        data = excerpt.dataset
    union = union_graph(data)
    results = check(union, data, shapes_dir, list(focus_nodes) if focus_nodes is not None else None)
    if excerpt is not None:
        foreign = {str(node) for node in excerpt.foreign}
        results = [r for r in results if r.focus not in foreign]
    conforms = not any(r.severity == "Violation" for r in results)
    seconds = time.perf_counter() - started
    log.info("validated %d triples in %.2f s: %d results", len(union), seconds, len(results))
    return ValidationReport(conforms, results, len(union), seconds, str(shapes_dir))


def check(
    union: Graph, data: Graph, shapes_dir: Path, focus_nodes: list[Node] | None
) -> list[ValidationResult]:
    """pyshacl's results on ``union``. Should pyshacl raise (it did on values it cannot compare), each
    shape is checked alone: a shape that raises is one readable violation, the others report as usual."""
    shapes = compiled_shapes(shapes_dir)
    try:
        report = run_pyshacl(union, shapes, focus_nodes=focus_nodes)
    except Exception as exc:  # pyshacl raises TypeError, ReportableRuntimeError...: a report, never a crash
        log.warning("pyshacl failed (%s: %s); checking the shapes one by one", type(exc).__name__, exc)
    else:
        return read_results(report, shapes, union, data)
    shapes = load_shapes(shapes_dir)  # as written: each named shape with its property shapes
    results: list[ValidationResult] = []
    for shape in targeted_shapes(shapes):
        try:
            report = run_pyshacl(union, shapes, use_shapes=[str(shape)])
        except Exception as exc:
            results.append(unchecked(shapes, shape, exc))
            continue
        results += read_results(report, shapes, union, data)
    if focus_nodes is not None:
        wanted = {str(n) for n in focus_nodes}
        results = [r for r in results if r.focus in wanted or r.focus == UNCHECKED]
    return sorted(results, key=lambda r: (r.source_file or "", r.focus, r.path or "", r.message))


def run_pyshacl(
    union: Graph, shapes: Graph, *, focus_nodes: list[Node] | None = None, use_shapes: list[str] | None = None
) -> Graph:
    with warnings.catch_warnings():
        # rdflib's Literal ordering returns NotImplemented for values it cannot order, with this warning
        warnings.filterwarnings("ignore", "NotImplemented should not be used", DeprecationWarning)
        _, report_graph, _ = shacl_validate(
            union,
            shacl_graph=shapes,
            inference="none",
            advanced=True,  # SHACL-AF, for the sh:SPARQLTargets (shapes/distribution.ttl, shapes/dates.ttl)
            inplace=True,  # no rules and no inference: nothing is added, so no need for pyshacl's copy
            allow_warnings=True,
            allow_infos=True,
            focus_nodes=focus_nodes,  # type: ignore[arg-type]
            use_shapes=use_shapes,
        )
    return report_graph


UNCHECKED = "(not checked)"


def unchecked(shapes: Graph, shape: Node, exc: Exception) -> ValidationResult:
    return ValidationResult(
        focus=UNCHECKED,
        label=None,
        path=None,
        message=f"{shape_name(shapes, shape)} could not be checked: pyshacl raised {type(exc).__name__}: "
        f"{exc}. A value of an unexpected type (a date or a number) is the usual cause.",
        severity="Violation",
        shape=shape_name(shapes, shape),
    )


def validate_file(path: Path, settings: Settings | None = None) -> ValidationReport:
    """Read an RDF file of any of our formats and validate it."""
    return validate(load_rdf(path), settings)


def union_graph(data: Graph) -> Graph:
    """A plain Graph with every triple of ``data``; each named graph holding a document is typed
    ``chs:DocumentGraph`` so that the provenance shape can require its source."""
    if not isinstance(data, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph in rdflib 7
        return data
    union = CachingGraph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    union.bind("chs", CHS)
    union.addN((s, p, o, union) for s, p, o, _ in data.quads((None, None, None, None)))
    # one scan for the typed documents: asking each graph whether it holds one took quadratic time
    for name in set(document_graphs(data).values()):
        if isinstance(name, URIRef):
            union.add((name, RDF.type, CHS.DocumentGraph))
    return union


class CachingGraph(Graph):
    """A Graph that parses each SPARQL text once: pyshacl hands the SPARQL targets to ``query`` as text
    on every validation, and rdflib took about 110 ms to parse them (shapes/dates.ttl's the most)."""

    def query(self, query_object, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=64)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


def named_graphs(data: ConjunctiveGraph) -> list[Graph]:
    """The graphs of a Dataset (default graph included) without rdflib's deprecated calls."""
    return list(data.graphs()) if isinstance(data, Dataset) else list(data.contexts())


# --- reading pyshacl's report graph -----------------------------------------------------------------


def read_results(report: Graph, shapes: Graph, union: Graph, data: Graph) -> list[ValidationResult]:
    homes = SourceFiles(data, union)
    results = []
    for node in report.objects(None, SH.result):  # top-level results; nested ones hang off sh:detail
        focus = report.value(node, SH.focusNode)
        path = report.value(node, SH.resultPath)
        value = report.value(node, SH.value)
        severity = report.value(node, SH.resultSeverity)
        anchor = owner_of(union, focus) if isinstance(focus, Literal) else focus  # a bad date: its node
        results.append(
            ValidationResult(
                focus=str(focus),
                label=label_of(union, anchor),
                path=path_text(report, path) if path is not None else None,
                message=_message(report, node),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                shape=shape_name(shapes, report.value(node, SH.sourceShape)),
                value=str(value) if value is not None else None,
                source_file=homes.of(anchor),
            )
        )
    return sorted(results, key=lambda r: (r.source_file or "", r.focus, r.path or "", r.message))


def _message(report: Graph, node: Node) -> str:
    messages = sorted(str(m) for m in report.objects(node, SH.resultMessage))
    if messages:
        return messages[0]
    component = report.value(node, SH.sourceConstraintComponent)
    return f"breaks {qname(component)}" if component else "breaks a shape"


def owner_of(graph: Graph, value: Node | None) -> Node | None:
    """The first (in IRI order) resource that has ``value`` as the object of a statement."""
    return min(graph.subjects(None, value), key=str, default=None) if value is not None else None


def label_of(graph: Graph, node: Node | None) -> str | None:
    """The node's rdfs:label, else the label of a labelled resource that points to it (a role's document)."""
    if node is None:
        return None
    label = graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    for owner in sorted(graph.subjects(None, node), key=str):
        label = graph.value(owner, RDFS.label)
        if label is not None:
            return f"(part of) {label}"
    return None


def shape_name(shapes: Graph, shape: Node | None) -> str:
    """The named shape a result comes from: a blank property shape is named by the node shape holding it
    (or, lifted to the top by :func:`chancery.shapes.compiled_shapes`, the one it was lifted from)."""
    seen = 0
    while isinstance(shape, BNode) and seen < 8:
        parent = min(shapes.subjects(SH.property, shape), key=str, default=None)
        if parent is None:
            parent = shapes.value(shape, RDFS.isDefinedBy)
        if parent is None:
            break
        shape, seen = parent, seen + 1
    return qname(shape) if shape is not None else "(unknown shape)"


def qname(node: Node) -> str:
    text = str(node)
    for prefix, namespace in (("chs", str(CHS)), ("sh", str(SH)), *PREFIXES.items()):
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>" if isinstance(node, URIRef) else text


def path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL's notation: ``^p``, ``p/q``, ``p|q``, ``p*``."""
    if isinstance(path, URIRef):
        return qname(path)
    if (path, RDF.first, None) in graph:
        return "/".join(path_text(graph, step) for step in graph.items(path))
    for predicate, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return template.format(_grouped(graph, inner))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(path_text(graph, step) for step in graph.items(alternatives)) + ")"
    return str(path)


def _grouped(graph: Graph, path: Node) -> str:
    text = path_text(graph, path)
    return text if isinstance(path, URIRef) or text.startswith("(") else f"({text})"


class SourceFiles:
    """Which source file a node was read from: the source of the document graph it is a subject in.

    The map is made on the first question, so a conforming graph never pays for it."""

    def __init__(self, data: Graph, union: Graph):
        self.data = data
        self.union = union
        self.home: dict[Node, str] | None = None

    def of(self, node: Node | None) -> str | None:
        if self.home is None:
            self.home = self._map()
        return self.home.get(node) if node is not None else None

    def _map(self) -> dict[Node, str]:
        home: dict[Node, str] = {}
        if not isinstance(self.data, ConjunctiveGraph):
            return home
        for graph in sorted(named_graphs(self.data), key=lambda g: str(g.identifier), reverse=True):
            source = self.union.value(graph.identifier, PROV.wasDerivedFrom)
            path = self.union.value(source, CHANCERY.sourcePath) if source is not None else None
            if path is not None:
                home.update(dict.fromkeys(graph.subjects(unique=True), str(path)))
        return home
