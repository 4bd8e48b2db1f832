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

from chancery.graph.namespaces import RDF, XSD

Key = tuple[str, str, str]  # (value, language, datatype); an IRI has datatype ""
Quad = tuple[Key, Key, Key, Key]  # graph ("" value for the default graph), subject, predicate, object
_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_RDF_TYPE = str(RDF.type)

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

    def value(self, key: str, term: Key) -> Any:
        value, language, datatype = term
        if not datatype:  # an IRI
            return self.vocab(value) if key == "@type" else {"@id": self.iri(value)}
        if language:
            return {"@value": value, "@language": language}
        if datatype == _XSD_STRING:
            return value if key not in self.coerced else {"@value": value}
        if datatype == _XSD_INTEGER and _INTEGER.fullmatch(value):
            return int(value)
        return {"@value": value, "@type": self.iri(datatype)}


def _node(compactor: Compactor, subject: str, props: dict[str, list[Key]]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": compactor.iri(subject)}
    keys = {("@type" if p == _RDF_TYPE else compactor.vocab(p)): p for p in props}
    for key in sorted(keys, key=lambda k: (k != "@type", k)):
        values = [compactor.value(key, o) for o in sorted(props[keys[key]])]
        node[key] = values[0] if len(values) == 1 else values
    return node


def graphs(quads: Iterable[Quad], context: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(compact graph name, nodes) per graph, sorted; the default graph's name is ""."""
    compactor = Compactor(context)
    by_graph: dict[str, dict[str, dict[str, list[Key]]]] = defaultdict(lambda: defaultdict(dict))
    for g, s, p, o in quads:
        by_graph[g[0]][s[0]].setdefault(p[0], []).append(o)
    return [
        (compactor.iri(name) if name else "", [_node(compactor, s, nodes[s]) for s in sorted(nodes)])
        for name, nodes in sorted(by_graph.items())
    ]


def document(quads: Iterable[Quad], context: dict[str, Any]) -> dict[str, Any]:
    """The JSON-LD document of ``quads``: ``{"@context": ..., "@graph": [{"@id": g, "@graph": [...]}]}``."""
    top: list[dict[str, Any]] = []
    for name, nodes in graphs(quads, context):
        if name:
            top.append({"@id": name, "@graph": nodes})
        else:
            top.extend(nodes)
    return {"@context": context, "@graph": top}


_encode = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder, ~10x faster


def _node_text(node: dict[str, Any], indent: str) -> str:
    """A node with one property per line (values on that line): readable, and fast to write."""
    inner = indent + "  "
    lines = ",\n".join(f"{inner}{_encode(key)}: {_encode(value)}" for key, value in node.items())
    return f"{indent}{{\n{lines}\n{indent}}}"


def dumps(quads: Iterable[Quad], context: dict[str, Any]) -> bytes:
    """The document as text: the context pretty-printed, then a node per block, a property per line."""
    context_text = json.dumps(context, indent=2, ensure_ascii=False).replace("\n", "\n  ")
    blocks: list[str] = []
    for name, nodes in graphs(quads, context):
        body = ",\n".join(_node_text(node, "        ") for node in nodes)
        if name:
            blocks.append(
                f'    {{\n      "@id": {_encode(name)},\n      "@graph": [\n{body}\n      ]\n    }}'
            )
        else:
            blocks.append(",\n".join(_node_text(node, "    ") for node in nodes))
    text = '{\n  "@context": ' + context_text + ',\n  "@graph": [\n' + ",\n".join(blocks) + "\n  ]\n}\n"
    return text.encode("utf-8")
