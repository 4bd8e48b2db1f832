"""A document and everything only its page says: type, title, dates, classification, precedence, text,
notes, citation, roles, distribution, copies, places, reference numbers, file header, enclosures."""

from __future__ import annotations

import logging
from dataclasses import replace

from rdflib import Graph, Literal, URIRef

from chancery.graph import archival, concepts, copies, dates, roles
from chancery.graph.context import BuildContext
from chancery.graph.namespaces import CHANCERY, DCTERMS, RDF, RDFS, RICO, SCHEMA
from chancery.model import Record

log = logging.getLogger(__name__)

PLACE_ROLES = {"sent_from": CHANCERY.sentFrom, "sent_to": CHANCERY.sentTo, "written_at": CHANCERY.writtenAt}


def label_of(record: Record, enclosed_in: str | None = None) -> str:
    """The title; for an untitled enclosure its type and what encloses it; else 'Untitled document'."""
    if record.title and record.title.strip():
        return record.title.strip()
    if enclosed_in is not None:
        kind = record.doc_type.replace("_", " ") if record.doc_type != "other" else "document"
        return f"{kind.capitalize()} enclosed in: {enclosed_in}"
    return f"Untitled document {record.id}"


def add_document(ctx: BuildContext, graph: Graph, record: Record, enclosed_in: str | None = None) -> URIRef:
    """Describe ``record`` (and, recursively, its enclosures) in ``graph``; returns its IRI."""
    doc = ctx.iris.document(record.id)
    label = label_of(record, enclosed_in)
    _add_core(ctx, graph, doc, record, label)
    dates.add_document_dates(ctx, graph, doc, record)
    _add_texts(graph, doc, record)
    if record.citation is not None:
        archival.add_citation(ctx, graph, doc, record.citation)
    roles.add_roles(ctx, graph, doc, record)
    named_copies = roles.add_distribution(ctx, graph, doc, record)
    copies.add_copies(ctx, graph, doc, record, named_copies)
    _add_places(ctx, graph, doc, record)
    _add_references(ctx, graph, doc, record)
    if record.folder is not None:
        archival.add_folder(ctx, graph, doc, record.id, record.folder)
    _add_delivery(graph, doc, record)
    for n, enclosed in enumerate(record.enclosed_documents, start=1):
        if not enclosed.id:
            enclosed = replace(enclosed, id=f"{record.id}-enc{n}")
        graph.add((doc, CHANCERY.encloses, add_document(ctx, graph, enclosed, label)))
    return doc


def _add_core(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record, label: str) -> None:
    graph.add((doc, RDF.type, CHANCERY.Document))
    graph.add((doc, RDF.type, RICO.Record))
    graph.add((doc, RDFS.label, Literal(label)))
    graph.add((doc, DCTERMS.identifier, Literal(record.id)))
    if record.title and record.title.strip():
        graph.add((doc, DCTERMS.title, Literal(record.title.strip())))
    graph.add((doc, CHANCERY.documentType, ctx.use(concepts.doc_type(record.doc_type))))
    if record.classification and record.classification.strip():
        concept, known = concepts.marking(record.classification)
        if not known:
            ctx.minted_markings.setdefault(concept, record.classification.strip())
        graph.add((doc, CHANCERY.securityClassification, ctx.use(concept)))
    _add_precedence(ctx, graph, doc, record)


def _add_precedence(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record) -> None:
    """The precedence as printed, and its concept when the scheme knows the word."""
    written = (record.precedence or "").strip()
    if not written:
        return
    graph.add((doc, CHANCERY.precedenceAsWritten, Literal(written)))
    concept = concepts.precedence(written)
    if concept is None:
        log.info("%s: precedence %r is not in the precedence scheme; kept as written", record.id, written)
        return
    graph.add((doc, CHANCERY.precedence, ctx.use(concept)))


def _add_texts(graph: Graph, doc: URIRef, record: Record) -> None:
    if record.summary:
        graph.add((doc, DCTERMS.abstract, Literal(record.summary)))
    if record.text:
        graph.add((doc, SCHEMA.text, Literal(record.text)))
    for note in record.editorial_notes:
        graph.add((doc, CHANCERY.editorialNote, Literal(note)))
    for basis in record.based_on:
        graph.add((doc, CHANCERY.basisNote, Literal(basis)))
    if record.language_note:
        graph.add((doc, CHANCERY.languageNote, Literal(record.language_note)))


def _add_places(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record) -> None:
    for index, place in enumerate(record.places):
        entity = ctx.mention(record.id, "places", index)
        if entity is None:
            entity = ctx.entity_iri(ctx.place_named(place.name))
        graph.add((doc, PLACE_ROLES.get(place.role, CHANCERY.mentionsPlace), entity))
    for name in record.mentioned_places:
        if name.strip():
            graph.add((doc, CHANCERY.mentionsPlace, ctx.entity_iri(ctx.place_named(name))))


def _add_references(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record) -> None:
    counts: dict[str, int] = {}
    for ref in record.references:
        if not ref.number.strip():
            log.warning("%s: a reference number without a number (%r), left out", record.id, ref.as_written)
            continue
        kind = ref.kind.strip().lower() or "reference"
        counts[kind] = counts.get(kind, 0) + 1
        node = ctx.iris.reference(record.id, kind, counts[kind])
        graph.add((doc, RICO.hasOrHadIdentifier, node))
        graph.add((node, RDF.type, CHANCERY.ReferenceNumber))
        graph.add((node, RDF.type, RICO.Identifier))
        graph.add((node, RICO.textualValue, Literal(ref.number.strip())))
        graph.add((node, CHANCERY.referenceKind, Literal(kind)))
        graph.add((node, RDFS.label, Literal((ref.as_written or ref.number).strip() or kind)))


def _add_delivery(graph: Graph, doc: URIRef, record: Record) -> None:
    """Where and by whom it was handed over (the date is among the document's dates)."""
    delivery = record.delivery
    if delivery is None:
        return
    if delivery.place:
        graph.add((doc, CHANCERY.handedOverAt, Literal(delivery.place)))
    if delivery.by:
        graph.add((doc, CHANCERY.handedOverBy, Literal(delivery.by)))
