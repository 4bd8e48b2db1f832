"""The SKOS concepts of the ontology (document types, markings, roles, levels, date qualifiers,
precedences, distribution purposes).

The ontology is the one source of their labels and schemes: it is read once, and the concepts a
graph uses are copied from it into the entities graph so that every dump describes itself.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rdflib import Graph, Literal, URIRef

from chancery.graph.iris import slug
from chancery.graph.namespaces import CHANCERY, DOCTYPE, MARKING, PURPOSE, RDF, RDFS, SKOS
from chancery.model import DOC_TYPES, PURPOSES
from chancery.resources import resource

# What a concept brings into the entities graph.
COPIED = (RDF.type, RDFS.label, SKOS.prefLabel, SKOS.inScheme, SKOS.notation)


@lru_cache(maxsize=1)
def ontology() -> Graph:
    return Graph().parse(resource("ontology", "chancery.ttl"), format="turtle")


def doc_type(value: str) -> URIRef:
    """The concept of a record's ``doc_type`` (``other`` for a value outside the schema's list)."""
    if value not in DOC_TYPES:
        value = "other"
    return DOCTYPE[value.replace("_", "-")]


def _fold(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


@cache
def _by_label(scheme: URIRef) -> dict[str, URIRef]:
    """The concepts of ``scheme`` by their folded labels (preferred, alternative) and notation."""
    graph = ontology()
    out: dict[str, URIRef] = {}
    for concept in sorted(graph.subjects(SKOS.inScheme, scheme), key=str):
        assert isinstance(concept, URIRef)
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.notation):
            for label in sorted(graph.objects(concept, prop), key=str):
                out.setdefault(_fold(str(label)), concept)
    return out


def marking(text: str) -> tuple[URIRef, bool]:
    """The concept of a classification marking as written, and whether the ontology defines it.

    Known markings match case- and punctuation-insensitively on their labels (``TOP SECRET``,
    ``Top Secret.``); any other is minted from its text (``marking:eyes-only-for-the-ambassador``).
    """
    known = _by_label(CHANCERY.ClassificationScheme).get(_fold(text))
    if known is not None:
        return known, True
    return MARKING[slug(text)], False


def precedence(text: str) -> URIRef | None:
    """The concept of a precedence as printed (``NIACT``, ``OP IMMED``, ``Priority``); None if unknown.

    Matched like markings, on the scheme's labels and notations (``chancery.model.PRECEDENCES``).
    """
    return _by_label(CHANCERY.PrecedenceScheme).get(_fold(text))


def purpose(value: str) -> URIRef | None:
    """The concept of a distribution entry's purpose (one of ``chancery.model.PURPOSES``); None if other."""
    return PURPOSE[value] if value in PURPOSES else None


def describe(graph: Graph, concept: URIRef, minted_label: str | None = None) -> None:
    """Copy what the ontology says of ``concept`` (type, labels, scheme) into ``graph``."""
    source = ontology()
    if minted_label is not None:
        label = Literal(minted_label.strip())
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, RDFS.label, label))
        graph.add((concept, SKOS.prefLabel, label))
        graph.add((concept, SKOS.inScheme, CHANCERY.ClassificationScheme))
        _describe_scheme(graph, CHANCERY.ClassificationScheme)
        return
    for prop in COPIED:
        for value in source.objects(concept, prop):
            graph.add((concept, prop, value))
    for scheme in source.objects(concept, SKOS.inScheme):
        assert isinstance(scheme, URIRef)
        _describe_scheme(graph, scheme)


def _describe_scheme(graph: Graph, scheme: URIRef) -> None:
    source = ontology()
    for prop in (RDF.type, RDFS.label, SKOS.prefLabel):
        for value in source.objects(scheme, prop):
            graph.add((scheme, prop, value))
