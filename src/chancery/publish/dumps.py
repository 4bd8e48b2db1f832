"""The five dumps of a built graph (Turtle, N-Triples, TriG, N-Quads, JSON-LD) and its JSON-LD context.

The same dataset always gives the same bytes: quads are put in one canonical order before writing,
N-Triples and N-Quads lines are sorted, prefixes are written in one fixed order, and nothing carries
a timestamp. pyoxigraph writes the RDF syntaxes (4.8x faster than rdflib for N-Triples and 39x for
Turtle at 100k documents, ``../shared/notes/performance.md``); fed with sorted quads its Turtle keeps
each subject together, and a blank line between subjects makes it read like rdflib's. JSON-LD is
written by :mod:`chancery.publish.jsonld`. ``build.json`` (:mod:`chancery.publish.buildinfo`) records the
base and each file's size and SHA-256. All files of one build are renamed into place together.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from chancery.config import Settings
from chancery.graph.bulk import collector_paused
from chancery.graph.namespaces import PREFIXES, RDF, XSD
from chancery.publish import jsonld
from chancery.publish.buildinfo import BUILD_INFO, FileInfo, build_info
from chancery.publish.context import context, context_document
from chancery.publish.files import staged

log = logging.getLogger(__name__)

DEFAULT_GRAPH = "urn:x-rdflib:default"
CONTEXT = "context.jsonld"
_RDF_TYPE = str(RDF.type)


Key = tuple[str, str, str]  # a term as strings: (value, language, datatype); an IRI has datatype ""
Row = tuple[Key, Key, Key, Key, Key]  # graph, subject, predicate (sort form), object, predicate
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_NO_GRAPH: Key = ("", "", "")
_TYPE: Key = (_RDF_TYPE, "", "")
_FIRST: Key = ("", "", "")  # stands for rdf:type in the sort, before every other predicate


class Quads:
    """A dataset's quads in canonical order, as sortable keys and as pyoxigraph terms.

    The order is graph, subject, rdf:type first, predicate, object, each compared as strings, so it
    depends on nothing but the quads. Keys are plain strings (cheap to hash and sort, unlike rdflib
    terms) and each distinct term is converted to pyoxigraph once.
    """

    def __init__(self, rows: list[Row]):
        rows.sort()
        self.rows = rows
        self._convert: dict[Key, Any] = {_NO_GRAPH: ox.DefaultGraph()}

    @cached_property
    def quads(self) -> list[ox.Quad]:
        term = self._term
        return [ox.Quad(term(s), term(p), term(o), term(g)) for g, s, _, o, p in self.rows]

    @cached_property
    def triples(self) -> list[ox.Triple]:
        """The union of the graphs: each triple once, in canonical order."""
        keys = [(s, sort, o, p) for _, s, sort, o, p in self.rows]
        keys.sort()  # each graph is already a sorted run: Timsort merges the runs
        term = self._term
        triples, previous = [], None
        for key in keys:
            if key != previous:
                s, _, o, p = previous = key
                triples.append(ox.Triple(term(s), term(p), term(o)))
        return triples

    def _term(self, key: Key) -> Any:
        converted = self._convert.get(key)
        if converted is None:
            converted = self._convert[key] = _ox(key)
        return converted


def _ox(key: Key) -> Any:
    value, language, datatype = key
    if not datatype:
        return ox.NamedNode(value)
    if language:
        return ox.Literal(value, language=language)
    if datatype == _XSD_STRING:
        return ox.Literal(value)
    return ox.Literal(value, datatype=ox.NamedNode(datatype))


def _key(term: Node) -> Key:
    if isinstance(term, Literal):
        if term.language:
            return (str(term), term.language, _LANG_STRING)
        return (str(term), "", str(term.datatype) if term.datatype is not None else _XSD_STRING)
    if isinstance(term, URIRef):
        return (str(term), "", "")
    raise TypeError(f"no blank nodes or other terms in chancery graphs: {term!r}")


def canonical_quads(dataset: Dataset) -> Quads:
    """Every quad of ``dataset`` in canonical order: graph, subject, rdf:type first, predicate, object."""
    rows: list[Row] = []
    keys: dict[Node, Key] = {}  # one key (and one copy of its strings) per distinct term

    def key(term: Node) -> Key:
        found = keys.get(term)
        if found is None:
            found = keys[term] = _key(term)
        return found

    with collector_paused():
        for graph in dataset.graphs():
            name = graph.identifier
            gkey = _NO_GRAPH if str(name) == DEFAULT_GRAPH else key(name)
            for s, p, o in graph:
                pkey = key(p)
                rows.append((gkey, key(s), _FIRST if pkey == _TYPE else pkey, key(o), pkey))
        return Quads(rows)


def _serialize(data: Any, fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    out = ox.serialize(data, format=fmt, prefixes=prefixes)
    assert out is not None  # no output file given: pyoxigraph returns the bytes
    return out


def _sorted_lines(data: bytes) -> bytes:
    lines = data.splitlines()
    del data
    lines.sort()
    out, previous = [], b""
    for line in lines:
        if line != previous:
            out.append(line)
            previous = line
    out.append(b"")
    return b"\n".join(out)


# A string literal (pyoxigraph writes them on one line, escaped) or the separator between two objects.
_STRING_OR_COMMA = re.compile(rb'"(?:[^"\\]|\\.)*"| , ')
_TYPE_HEAD = re.compile(rb"^\t*(?:\S+ )?a \S+$")  # [subject] a Class


def _objects_on_lines(line: bytes, indent: bytes) -> bytes:
    """``p <a> , <b> , <c> ;`` -> one object per line, as rdflib writes them; types stay on one line."""
    cuts = [m.start() for m in _STRING_OR_COMMA.finditer(line) if m.group() == b" , "]
    if not cuts or _TYPE_HEAD.search(line, 0, cuts[0]):
        return line
    starts = [0, *(cut + 3 for cut in cuts)]
    ends = [*cuts, len(line)]
    return (b" ,\n" + indent).join(line[a:b] for a, b in zip(starts, ends, strict=True))


def _tidy(data: bytes, continuation: bytes) -> bytes:
    """Our own prefix header (fixed order), a blank line before each subject and graph, an object per line."""
    header = b"".join(f"@prefix {p}: <{iri}> .\n".encode() for p, iri in PREFIXES.items())
    out = [header]
    previous = b""
    for line in data.splitlines():
        if line.startswith(b"@prefix ") or not line:
            continue
        if not line.startswith(continuation) and line != b"}" and not previous.endswith(b"{"):
            out.append(b"\n")
        if b" , " in line:
            line = _objects_on_lines(line, continuation + b"\t")
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
    return jsonld.dumps(((g, s, p, o) for g, s, _, o, p in quads.rows), context())


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
    with collector_paused():
        quads = canonical_quads(dataset)
        return {name: FORMATS[name](quads) for name in names}


def dump(dataset: Dataset, out: Path, settings: Settings | None = None) -> list[Path]:
    """Write every dump, ``context.jsonld`` and ``build.json`` (their sizes and SHA-256) into ``out``,
    atomically; returns the files written."""
    settings = settings or Settings()
    written: dict[str, FileInfo] = {}
    with staged(Path(out)) as files, collector_paused():
        quads = canonical_quads(dataset)
        for name, render in FORMATS.items():
            log.info("writing %s", name)
            data = render(quads)
            files.write(name, data)
            written[name] = FileInfo.of(data)
            del data  # one dump in memory at a time
        context = context_document()
        files.write(CONTEXT, context)
        written[CONTEXT] = FileInfo.of(context)
        files.write(BUILD_INFO, build_info(settings.base_iri, written))
        return files.commit()
