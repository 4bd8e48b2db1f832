"""The five dumps of a built graph (Turtle, N-Triples, TriG, N-Quads, JSON-LD) and its JSON-LD context.

The same dataset always gives the same bytes: quads are put in one canonical order before writing,
N-Triples and N-Quads lines are sorted, prefixes are written in one fixed order, and nothing carries
a timestamp. pyoxigraph writes the RDF syntaxes (4.8x faster than rdflib for N-Triples and 39x for
Turtle at 100k documents, ``../shared/notes/performance.md``); fed with sorted quads its Turtle keeps
each subject together, and a blank line between subjects makes it read like rdflib's. JSON-LD is
written by :mod:`chancery.publish.jsonld`. All files of one build are renamed into place together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from chancery.config import Settings
from chancery.graph.namespaces import PREFIXES, RDF
from chancery.publish import jsonld
from chancery.publish.context import context, context_document
from chancery.publish.files import staged

log = logging.getLogger(__name__)

DEFAULT_GRAPH = "urn:x-rdflib:default"
_RDF_TYPE = str(RDF.type)


@dataclass(frozen=True)
class Quads:
    """A dataset's quads, in canonical order, as pyoxigraph terms (and the rdflib ones for JSON-LD)."""

    quads: list[ox.Quad]
    rdflib: list[tuple[Node, Node, Node, Node | None]]

    @property
    def triples(self) -> list[ox.Triple]:
        """The union of the graphs: each triple once, in canonical order."""
        seen: set[ox.Triple] = set()
        out = []
        for quad in self.quads:
            triple = quad.triple
            if triple not in seen:
                seen.add(triple)
                out.append(triple)
        out.sort(key=_triple_key)
        return out


def _ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"no blank nodes or other terms in chancery graphs: {term!r}")


def _term_key(term: object) -> tuple[str, str, str]:
    if isinstance(term, ox.Literal):
        return (term.value, term.language or "", term.datatype.value)
    if isinstance(term, ox.NamedNode):
        return (term.value, "", "")
    if isinstance(term, ox.DefaultGraph):
        return ("", "", "")
    raise TypeError(f"no blank nodes or quoted triples in chancery graphs: {term!r}")


def _triple_key(triple: ox.Triple) -> tuple[object, ...]:
    p = triple.predicate.value
    return (_term_key(triple.subject), p != _RDF_TYPE, p, _term_key(triple.object))


def _quad_key(quad: ox.Quad) -> tuple[object, ...]:
    return (_term_key(quad.graph_name), *_triple_key(quad.triple))


def canonical_quads(dataset: Dataset) -> Quads:
    """Every quad of ``dataset`` in canonical order: graph, subject, rdf:type first, predicate, object."""
    pairs = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = ox.DefaultGraph() if g is None or str(g) == DEFAULT_GRAPH else ox.NamedNode(str(g))
        pairs.append((ox.Quad(_ox(s), _ox(p), _ox(o), graph), (s, p, o, g)))
    pairs.sort(key=lambda pair: _quad_key(pair[0]))
    return Quads([q for q, _ in pairs], [r for _, r in pairs])


def _serialize(data: Any, fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    out = ox.serialize(data, format=fmt, prefixes=prefixes)
    assert out is not None  # no output file given: pyoxigraph returns the bytes
    return out


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.splitlines()))
    return b"".join(line + b"\n" for line in lines if line)


def _tidy(data: bytes, continuation: bytes) -> bytes:
    """Our own prefix header (fixed order) and a blank line before each subject and graph."""
    header = b"".join(f"@prefix {p}: <{iri}> .\n".encode() for p, iri in PREFIXES.items())
    out = [header]
    previous = b""
    for line in data.splitlines():
        if line.startswith(b"@prefix ") or not line:
            continue
        if not line.startswith(continuation) and line != b"}" and not previous.endswith(b"{"):
            out.append(b"\n")
        out.append(line + b"\n")
        previous = line
    return b"".join(out)


def turtle(quads: Quads) -> bytes:
    data = _serialize(quads.triples, ox.RdfFormat.TURTLE, PREFIXES)
    return _tidy(data, b"\t")


def trig(quads: Quads) -> bytes:
    data = _serialize(quads.quads, ox.RdfFormat.TRIG, PREFIXES)
    return _tidy(data, b"\t\t")


def ntriples(quads: Quads) -> bytes:
    return _sorted_lines(_serialize(quads.triples, ox.RdfFormat.N_TRIPLES))


def nquads(quads: Quads) -> bytes:
    return _sorted_lines(_serialize(quads.quads, ox.RdfFormat.N_QUADS))


def json_ld(quads: Quads) -> bytes:
    return jsonld.dumps(quads.rdflib, context())


# One entry per file a build publishes; a new format is one function and one line here.
FORMATS: dict[str, Callable[[Quads], bytes]] = {
    "graph.ttl": turtle,
    "graph.nt": ntriples,
    "graph.trig": trig,
    "graph.nq": nquads,
    "graph.jsonld": json_ld,
}


def dumps(dataset: Dataset, names: Iterable[str] = FORMATS) -> dict[str, bytes]:
    """The bytes of each dump, by file name."""
    quads = canonical_quads(dataset)
    return {name: FORMATS[name](quads) for name in names}


def dump(dataset: Dataset, out: Path, settings: Settings | None = None) -> list[Path]:
    """Write every dump and ``context.jsonld`` into ``out``, atomically; returns the files written."""
    quads = canonical_quads(dataset)
    with staged(Path(out)) as files:
        for name, render in FORMATS.items():
            log.info("writing %s", name)
            files.write(name, render(quads))
        files.write("context.jsonld", context_document())
        return files.commit()
