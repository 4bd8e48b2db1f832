"""Numbered copies of a document: how many were printed, which one the page is, where each went."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef

from chancery.graph.context import BuildContext
from chancery.graph.dates import add_date
from chancery.graph.namespaces import CHANCERY, RDF, RDFS, RICO
from chancery.model import CopyNote, Record


def add_copies(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record, named: Iterable[int]) -> None:
    """Copy nodes for every copy the page numbers: its notes, this copy, the distribution's copies."""
    copies = record.copies
    notes: dict[int, CopyNote] = {c.number: c for c in copies.copies} if copies else {}
    numbers = set(named) | set(notes)
    if copies and copies.this_copy is not None:
        numbers.add(copies.this_copy)
        graph.add((doc, CHANCERY.thisCopy, ctx.iris.copy(record.id, copies.this_copy)))
    if copies and copies.printed is not None:
        graph.add((doc, CHANCERY.copiesPrinted, Literal(copies.printed)))
    label = _document_label(graph, doc)
    for number in sorted(numbers):
        node = ctx.iris.copy(record.id, number)
        graph.add((doc, RICO.hasOrHadInstantiation, node))
        graph.add((node, RDF.type, CHANCERY.Copy))
        graph.add((node, RDF.type, RICO.Instantiation))
        graph.add((node, RDFS.label, Literal(f"Copy {number} of {label}")))
        graph.add((node, CHANCERY.copyNumber, Literal(number)))
        graph.add((node, RICO.isOrWasInstantiationOf, doc))
        if number in notes:
            _describe_note(ctx, graph, node, record.id, notes[number])


def _describe_note(ctx: BuildContext, graph: Graph, node: URIRef, doc_id: str, note: CopyNote) -> None:
    if note.destination:
        graph.add((node, CHANCERY.destination, Literal(note.destination)))
    if note.fate:
        graph.add((node, CHANCERY.copyFate, Literal(note.fate)))
    if note.fate_date is not None:
        date = ctx.iris.copy_fate_date(doc_id, note.number)
        if add_date(ctx, graph, date, note.fate_date):
            graph.add((node, CHANCERY.copyFateDate, date))


def _document_label(graph: Graph, doc: URIRef) -> str:
    label = graph.value(doc, RDFS.label)
    return str(label) if label is not None else str(doc)
