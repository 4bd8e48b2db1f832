"""What a resource IRI dereferences to: its own triples and those of the nodes minted under it.

A document's roles, distribution entries, copies and dates have IRIs under the document's
(``B/document/{id}/role/author-1``): they come with the document, so one answer is the whole record.
Each of them also dereferences on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pyoxigraph as ox

from chancery.graph.namespaces import PREFIXES, RDF, RDFS, SKOS

LABEL = ox.NamedNode(str(RDFS.label))
PREF_LABEL = ox.NamedNode(str(SKOS.prefLabel))
MAX_DEPTH = 3


def triples_of(store: ox.Store, subject: ox.NamedNode) -> list[ox.Triple]:
    """The triples about ``subject`` in any graph, each once, in a stable order."""
    seen = {quad.triple for quad in store.quads_for_pattern(subject, None, None, None)}
    return sorted(seen, key=lambda t: (t.predicate.value, str(t.object)))


def describe(store: ox.Store, iri: str) -> list[ox.Triple]:
    """The triples of ``iri`` and of every node under it that it links to (to MAX_DEPTH links)."""
    out: list[ox.Triple] = []
    todo, done = [(ox.NamedNode(iri), 0)], set()
    prefix = iri + "/"
    while todo:
        node, depth = todo.pop()
        if node.value in done:
            continue
        done.add(node.value)
        triples = triples_of(store, node)
        out.extend(triples)
        for t in triples:
            obj = t.object
            if isinstance(obj, ox.NamedNode) and obj.value.startswith(prefix) and depth < MAX_DEPTH:
                todo.append((obj, depth + 1))
    return out


def exists(store: ox.Store, iri: str) -> bool:
    node = ox.NamedNode(iri)
    return next(iter(store.quads_for_pattern(node, None, None, None)), None) is not None


def select(store: ox.Store, query: str, **options) -> ox.QuerySolutions:
    """The solutions of a SELECT query over the union of the graphs (unless ``options`` say otherwise)."""
    options.setdefault("use_default_graph_as_union", True)
    result = store.query(query, **options)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("not a SELECT query")
    return result


def literals(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> list[ox.Literal]:
    quads = store.quads_for_pattern(subject, predicate, None, None)
    return [q.object for q in quads if isinstance(q.object, ox.Literal)]


def value(term: object) -> str:
    """The lexical value of a term (an IRI, a blank node id, a literal's text)."""
    return term.value if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal) else str(term)


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri.rstrip("/"):
            return iri.rstrip("/").rsplit(sep, 1)[1]
    return iri


def compact(iri: str) -> str:
    """``prefix:local`` for a term of a known vocabulary, else the IRI."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and "/" not in iri[len(ns) :]:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


class Labels:
    """Human-readable names of IRIs: rdfs:label, else skos:prefLabel (English first), else the local name."""

    def __init__(self, store: ox.Store, vocabulary: dict[str, str] | None = None):
        self.store = store
        self.vocabulary = vocabulary or {}
        self._cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        if iri not in self._cache:
            self._cache[iri] = self._find(iri)
        return self._cache[iri]

    def _find(self, iri: str) -> str:
        if iri in self.vocabulary:
            return self.vocabulary[iri]
        node = ox.NamedNode(iri)
        for predicate in (LABEL, PREF_LABEL):
            found = literals(self.store, node, predicate)
            if found:
                english = [lit for lit in found if lit.language in (None, "", "en")]
                return min(english or found, key=lambda lit: lit.value).value
        return local_name(iri)


@dataclass
class Description:
    """A resource's triples, indexed by subject and predicate, for the HTML views."""

    iri: str
    triples: list[ox.Triple]
    index: dict[str, dict[str, list]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.triples:
            self.index.setdefault(str(getattr(t.subject, "value", t.subject)), {}).setdefault(
                t.predicate.value, []
            ).append(t.object)

    def values(self, predicate: str, subject: str | None = None) -> list:
        return self.index.get(subject or self.iri, {}).get(str(predicate), [])

    def value(self, predicate: str, subject: str | None = None):
        found = self.values(predicate, subject)
        return found[0] if found else None

    def text(self, predicate: str, subject: str | None = None) -> str | None:
        found = self.value(predicate, subject)
        return found.value if found is not None else None

    @cached_property
    def types(self) -> set[str]:
        return {t.value for t in self.values(str(RDF.type))}
