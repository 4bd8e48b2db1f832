"""JSON-LD output, compacted with chancery's context, one ``@graph`` object per named graph.

Written directly (not through a JSON-LD processor) so that the output is small, readable and the same
bytes every run: graphs, nodes, keys and values are sorted. The compaction stays on the safe side of
the JSON-LD algorithms: every IRI value is an explicit ``{"@id": ...}``, every literal whose term
coerces values is an explicit value object, so expanding the output gives back exactly the quads.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from chancery.graph.namespaces import RDF, XSD

Quad = tuple[Node, Node, Node, Node | None]

_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,14})")  # canonical, and exact as a JSON number


class Compactor:
    """Turns IRIs and literals into their compact JSON-LD form under one context."""

    def __init__(self, context: dict[str, Any]):
        self.prefixes = sorted(
            ((name, iri) for name, iri in context.items() if isinstance(iri, str) and iri[-1:] in "/#"),
            key=lambda item: (-len(item[1]), item[0]),
        )
        self.terms: dict[str, str] = {}  # property or class IRI -> term
        self.coerced: set[str] = set()  # terms whose definition sets @type
        for name, definition in sorted(context.items()):
            if name.startswith("@") or (isinstance(definition, str) and definition[-1:] in "/#@"):
                continue
            iri = self._expand(definition["@id"] if isinstance(definition, dict) else definition)
            if iri.startswith("@"):
                continue
            self.terms.setdefault(iri, name)
            if isinstance(definition, dict) and "@type" in definition:
                self.coerced.add(name)

    def _expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        for name, iri in self.prefixes:
            if sep and name == prefix:
                return iri + rest
        return value

    def iri(self, iri: str) -> str:
        """An IRI as a CURIE when a prefix fits, else absolute (for ``@id`` values: no terms)."""
        for name, namespace in self.prefixes:
            if iri.startswith(namespace):
                rest = iri[len(namespace) :]
                if rest and not rest.startswith("//"):
                    return f"{name}:{rest}"
        return iri

    def vocab(self, iri: str) -> str:
        """A property or class IRI: its term if it has one, else a CURIE or the IRI."""
        return self.terms.get(iri) or self.iri(iri)

    def value(self, key: str, term: Node) -> Any:
        if isinstance(term, URIRef):
            return self.vocab(str(term)) if key == "@type" else {"@id": self.iri(str(term))}
        assert isinstance(term, Literal), term
        if term.language:
            return {"@value": str(term), "@language": term.language}
        datatype = term.datatype
        if datatype is None or datatype == XSD.string:
            return str(term) if key not in self.coerced else {"@value": str(term)}
        if datatype == XSD.integer and _INTEGER.fullmatch(str(term)):
            return int(str(term))
        return {"@value": str(term), "@type": self.iri(str(datatype))}


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _node(compactor: Compactor, subject: str, props: dict[str, list[Node]]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": compactor.iri(subject)}
    keys = {("@type" if p == str(RDF.type) else compactor.vocab(p)): p for p in props}
    for key in sorted(keys, key=lambda k: (k != "@type", k)):
        values = sorted((compactor.value(key, o) for o in props[keys[key]]), key=_sort_key)
        node[key] = values[0] if len(values) == 1 else values
    return node


def document(quads: Iterable[Quad], context: dict[str, Any]) -> dict[str, Any]:
    """The JSON-LD document of ``quads``: ``{"@context": ..., "@graph": [{"@id": g, "@graph": [...]}]}``."""
    compactor = Compactor(context)
    graphs: dict[str, dict[str, dict[str, list[Node]]]] = defaultdict(lambda: defaultdict(dict))
    for s, p, o, g in quads:
        name = "" if g is None or str(g) == "urn:x-rdflib:default" else str(g)
        graphs[name][str(s)].setdefault(str(p), []).append(o)
    top: list[dict[str, Any]] = []
    for name in sorted(graphs):
        nodes = [_node(compactor, s, graphs[name][s]) for s in sorted(graphs[name])]
        if name:
            top.append({"@id": compactor.iri(name), "@graph": nodes})
        else:
            top.extend(nodes)
    return {"@context": context, "@graph": top}


def dumps(quads: Iterable[Quad], context: dict[str, Any]) -> bytes:
    text = json.dumps(document(quads, context), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")
