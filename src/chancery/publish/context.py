"""The JSON-LD context of chancery data, generated from the ontology.

``ontology/context.jsonld`` is this module's output (``python -m chancery.publish.context``); a test
checks that the file is current. Each ``chancery:`` term gets a short name (its local name);
object properties are coerced to IRIs and integer properties to xsd:integer. A term whose
name is a prefix (``level``) keeps its CURIE (``chancery:level``).
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from typing import Any

from rdflib import Graph, URIRef

from chancery.graph.namespaces import CHANCERY_NS, OWL, PREFIXES, RDF, RDFS, SKOS, XSD
from chancery.resources import resource

# Short names for the most common terms of other vocabularies.
ALIASES: dict[str, Any] = {
    "id": "@id",
    "type": "@type",
    "label": "rdfs:label",
    "prefLabel": "skos:prefLabel",
    "altLabel": "skos:altLabel",
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
}


def _term(graph: Graph, iri: URIRef) -> str | dict[str, str]:
    curie = "chancery:" + str(iri)[len(CHANCERY_NS) :]
    if (iri, RDF.type, OWL.ObjectProperty) in graph:
        return {"@id": curie, "@type": "@id"}
    if (iri, RDFS.range, XSD.integer) in graph:
        return {"@id": curie, "@type": "xsd:integer"}
    return curie


def context_from(graph: Graph) -> dict[str, Any]:
    """The context object (the value of ``@context``) for an ontology graph."""
    context: dict[str, Any] = dict(PREFIXES)
    context.update(ALIASES)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme)
    terms = sorted(
        {s for k in kinds for s in graph.subjects(RDF.type, k) if str(s).startswith(CHANCERY_NS)}, key=str
    )
    for iri in terms:
        assert isinstance(iri, URIRef)
        name = str(iri)[len(CHANCERY_NS) :]
        if name not in context:  # a prefix of the same name wins (chancery:level vs level:)
            context[name] = _term(graph, iri)
    return context


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The context of the ontology shipped with this installation."""
    return context_from(Graph().parse(resource("ontology", "chancery.ttl"), format="turtle"))


def context_document() -> bytes:
    """``context.jsonld``: the context as a JSON-LD document."""
    return (json.dumps({"@context": context()}, indent=2, ensure_ascii=False) + "\n").encode()


if __name__ == "__main__":  # python -m chancery.publish.context > ontology/context.jsonld
    sys.stdout.buffer.write(context_document())
