"""The entities graph: people, organisations and places of the collection (one resource each,
whatever the page), with their forms as written, authority links and coordinates; and the SKOS
concepts the data uses."""

from __future__ import annotations

import logging
import math

from rdflib import Graph, Literal, URIRef

from chancery.graph import concepts
from chancery.graph.context import BuildContext
from chancery.graph.iris import authority_iri
from chancery.graph.namespaces import CHANCERY, OWL, RDF, RDFS, RICO, SCHEMA, SKOS, XSD
from chancery.resolve.entities import Entity

log = logging.getLogger(__name__)

CLASSES: dict[str, tuple[URIRef, ...]] = {
    "person": (CHANCERY.Person, RICO.Person),
    "organization": (CHANCERY.Organization, RICO.CorporateBody),
    "place": (CHANCERY.Place, RICO.Place),
}


def add_entities(ctx: BuildContext) -> None:
    """Every entity of the resolution, and those met only through mentions."""
    for entity in ctx.resolution.entities:
        ctx.entity_iri(entity)
    seen: set[URIRef] = set()
    for entity in list(ctx.extra_entities):
        iri = ctx.entity_iri(entity)
        if iri in seen:
            continue
        seen.add(iri)
        add_entity(ctx.entities, iri, entity)
        for name, idents in sorted(ctx.authorities.get(iri, {}).items()):
            for ident in sorted(idents):
                _same_as(ctx.entities, iri, name, ident)


def add_entity(graph: Graph, iri: URIRef, entity: Entity) -> None:
    for cls in CLASSES.get(entity.kind, CLASSES["person"]):
        graph.add((iri, RDF.type, cls))
    label = entity.label.strip() or entity.key
    graph.add((iri, RDFS.label, Literal(label)))
    graph.add((iri, SKOS.prefLabel, Literal(label)))
    for form in sorted(f.strip() for f in entity.forms):
        if form and form != label:
            graph.add((iri, SKOS.altLabel, Literal(form)))
    for name, ident in sorted(entity.authority.items()):
        _same_as(graph, iri, name, ident)
    if entity.coordinates is not None and all(math.isfinite(c) for c in entity.coordinates):
        lat, long = entity.coordinates
        graph.add((iri, SCHEMA.latitude, Literal(decimal(lat), datatype=XSD.decimal)))
        graph.add((iri, SCHEMA.longitude, Literal(decimal(long), datatype=XSD.decimal)))


def decimal(value: float, places: int = 6) -> str:
    """A float as a canonical-looking xsd:decimal lexical form (no exponent), to ``places`` places."""
    text = format(float(value), f".{places}f").rstrip("0")
    return text + "0" if text.endswith(".") else text


def _same_as(graph: Graph, iri: URIRef, authority: str, identifier: str) -> None:
    target = authority_iri(authority, identifier)
    if target is None:
        log.warning("%s: authority %s:%s not recognised, no link made", iri, authority, identifier)
        return
    graph.add((iri, OWL.sameAs, target))


def add_concepts(ctx: BuildContext) -> None:
    """Copy the concepts the data uses from the ontology (minted markings from their text)."""
    for concept in sorted(ctx.concepts):
        concepts.describe(ctx.entities, concept, ctx.minted_markings.get(concept))
