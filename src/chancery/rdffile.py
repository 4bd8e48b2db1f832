"""Reading an RDF file of any of chancery's dump formats into an rdflib Dataset (chancery validate FILE)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from chancery.errors import SourceError

# Suffix -> (pyoxigraph format, rdflib format). JSON-LD goes through rdflib.
FORMATS: dict[str, tuple[ox.RdfFormat | None, str]] = {
    ".ttl": (ox.RdfFormat.TURTLE, "turtle"),
    ".nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    ".trig": (ox.RdfFormat.TRIG, "trig"),
    ".nq": (ox.RdfFormat.N_QUADS, "nquads"),
    ".jsonld": (None, "json-ld"),
    ".json": (None, "json-ld"),
}
_XSD_STRING = str(XSD.string)


def load_rdf(path: Path) -> Dataset:
    """An RDF file of any of our formats (by suffix: .ttl .nt .trig .nq .jsonld) as an rdflib Dataset.

    Turtle, N-Triples, TriG and N-Quads are parsed by pyoxigraph (strict, and about 13x faster than
    rdflib); JSON-LD by rdflib. An unreadable file raises :class:`SourceError`.
    """
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise SourceError(
            f"unknown RDF format {path.suffix or '(no suffix)'!r}",
            path=path,
            hint="name the file .ttl, .nt, .trig, .nq or .jsonld",
        )
    ox_format, rdflib_format = FORMATS[path.suffix.lower()]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror}", path=path) from exc
    with quiet_literals():
        dataset = (
            _parse_oxigraph(data, ox_format, path) if ox_format else _parse_rdflib(data, rdflib_format, path)
        )
    if not any(True for _ in dataset.quads((None, None, None, None))):
        raise SourceError("holds no RDF statements", path=path)
    return dataset


@contextmanager
def quiet_literals() -> Iterator[None]:
    """Ill-typed literals ("1945-11-31"^^xsd:date) are the shapes' to report: silence rdflib's warning
    and the traceback it logs for each."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _parse_oxigraph(data: bytes, fmt: ox.RdfFormat, path: Path) -> Dataset:
    dataset = Dataset()
    graphs: dict[str, Graph] = {}
    try:
        for quad in ox.parse(data, fmt):
            graph = _graph_for(dataset, graphs, quad.graph_name)
            graph.add((_node(quad.subject), URIRef(quad.predicate.value), _node(quad.object)))
    except (SyntaxError, ValueError) as exc:
        raise SourceError(f"not valid {fmt.name}: {exc}", path=path) from exc
    return dataset


def _graph_for(dataset: Dataset, graphs: dict[str, Graph], name: object) -> Graph:
    key = "" if isinstance(name, ox.DefaultGraph) else str(getattr(name, "value", ""))
    if key not in graphs:
        graphs[key] = dataset.default_graph if not key else dataset.graph(URIRef(key))
    return graphs[key]


def _node(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return (
            Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
        )
    raise SourceError(f"unsupported RDF term {term!r}")


def _parse_rdflib(data: bytes, fmt: str, path: Path) -> Dataset:
    dataset = Dataset()
    try:
        dataset.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib's JSON-LD parser raises many kinds
        raise SourceError(f"not valid JSON-LD: {exc}", path=path) from exc
    return dataset
