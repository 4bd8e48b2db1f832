"""Authority links in the entities graph: why each ``owl:sameAs`` was made.

Each :class:`~chancery.resolve.entities.LinkEvidence` the linker left on an entity becomes one
``chancery:AuthorityLink`` (``B/link/{kind}/{key}/{authority}-{id}``): the entity, the authority
record, the score, how the link was made, from which source, the name matched, and one
``chancery:LinkFeature`` per feature the linker read (``.../feature/{name}``). No blank nodes and no
floats: scores and numeric features are decimals rounded to 3 places, so the bytes are stable.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from rdflib import Graph, Literal, URIRef

from chancery.graph.context import BuildContext
from chancery.graph.entities import decimal
from chancery.graph.iris import Iris, authority_iri, web_iri
from chancery.graph.namespaces import CHANCERY, DCTERMS, PROV, RDF, RDFS, XSD
from chancery.resolve.entities import Entity, LinkEvidence

log = logging.getLogger(__name__)

PLACES = 3  # decimal places of scores and numeric features


def add_links(ctx: BuildContext) -> None:
    """One authority link per piece of evidence of every entity of the graph, each once."""
    done: set[URIRef] = set()
    for entity in ctx.extra_entities:
        subject = ctx.entity_iri(entity)
        for found in entity.link_evidence:
            node = ctx.iris.link(entity.kind, entity.key, found.authority, found.id)
            if node not in done:
                done.add(node)
                add_link(ctx.entities, ctx.iris, node, subject, entity, found)


def add_link(
    graph: Graph, iris: Iris, node: URIRef, subject: URIRef, entity: Entity, found: LinkEvidence
) -> None:
    target = authority_iri(found.authority, found.id)
    if target is None:
        log.warning("%s: authority %s:%s not recognised, no link made", subject, found.authority, found.id)
        return
    graph.add((node, RDF.type, CHANCERY.AuthorityLink))
    graph.add((node, RDF.type, PROV.Entity))
    label = f"Link of {entity.label or entity.key} to {found.authority} {found.id}"
    graph.add((node, RDFS.label, Literal(label)))
    graph.add((node, CHANCERY.linkSubject, subject))
    graph.add((node, CHANCERY.linkTarget, target))
    graph.add((node, CHANCERY.linkScore, Literal(decimal(found.score, PLACES), datatype=XSD.decimal)))
    graph.add((node, CHANCERY.linkMethod, Literal(found.method)))
    if found.source:
        graph.add((node, CHANCERY.linkSource, Literal(found.source)))
        endpoint = web_iri(found.source)
        if endpoint is not None:
            graph.add((node, DCTERMS.source, endpoint))
    if found.matched:
        graph.add((node, CHANCERY.matchedName, Literal(found.matched)))
    if found.description:
        graph.add((node, CHANCERY.targetDescription, Literal(found.description)))
    for name, value in sorted(found.features.items()):
        add_feature(graph, iris.link_feature(node, name), node, name, value)


def add_feature(graph: Graph, node: URIRef, link: URIRef, name: str, value: Any) -> None:
    shown = feature_literal(value)
    graph.add((link, CHANCERY.linkFeature, node))
    graph.add((node, RDF.type, CHANCERY.LinkFeature))
    graph.add((node, RDFS.label, Literal(f"{name}: {shown}")))
    graph.add((node, CHANCERY.featureName, Literal(name)))
    graph.add((node, CHANCERY.featureValue, shown))


def feature_literal(value: Any) -> Literal:
    """A feature's value as a literal: decimals for fractions, integers for counts, else text."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    if isinstance(value, float) and math.isfinite(value):
        return Literal(decimal(value, PLACES), datatype=XSD.decimal)
    return Literal(str(value))
