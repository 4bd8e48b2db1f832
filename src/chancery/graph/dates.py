"""Dates: a node that keeps the page's form and a typed value (xsd:date, gYearMonth or gYear)."""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Graph, Literal, URIRef

from chancery.graph.context import BuildContext
from chancery.graph.namespaces import CHANCERY, DCTERMS, QUALIFIER, RDF, RDFS, RICO, XSD
from chancery.model import DateValue, Record


def date_literal(iso: str | None) -> Literal | None:
    """``1945-11-03`` -> xsd:date, ``1945-07`` -> xsd:gYearMonth, ``1974`` -> xsd:gYear; None if invalid."""
    if not iso:
        return None
    iso = iso.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        try:
            dt.date.fromisoformat(iso)
        except ValueError:
            return None
        return Literal(iso, datatype=XSD.date)
    if iso.startswith("0000"):  # no year zero in xsd:gYear (XML Schema 1.0) or in Python's dates
        return None
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", iso):
        return Literal(iso, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", iso):
        return Literal(iso, datatype=XSD.gYear)
    return None


def first_value(date: DateValue) -> Literal | None:
    """The value of a date, or the start of a range: the document's ``dcterms:date``."""
    return date_literal(date.value) or date_literal(date.start)


def add_date(ctx: BuildContext, graph: Graph, node: URIRef, date: DateValue) -> bool:
    """Describe ``date`` at ``node``; False (and nothing written) when the date says nothing."""
    value, start, end = date_literal(date.value), date_literal(date.start), date_literal(date.end)
    if not ((date.as_written or "").strip() or value or start or end):
        return False
    # the page's form; when a reader gives only the value, the value is the form we have
    written = (date.as_written or "").strip() or (
        str(value) if value is not None else f"{start or ''}/{end or ''}"
    )
    graph.add((node, RDF.type, CHANCERY.DocumentDate))
    graph.add((node, RDF.type, RICO.Date))
    graph.add((node, RDFS.label, Literal(written)))
    graph.add((node, RICO.expressedDate, Literal(written)))
    for prop, literal in ((CHANCERY.dateValue, value), (CHANCERY.dateStart, start), (CHANCERY.dateEnd, end)):
        if literal is not None:
            graph.add((node, prop, literal))
    if date.qualifier:
        graph.add((node, CHANCERY.dateQualifier, ctx.use(QUALIFIER[date.qualifier])))
    return True


def add_document_dates(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record) -> None:
    """The document's own date (and its ``dcterms:date``), its event date, its hand-over date."""
    dates = (
        ("date", CHANCERY.hasDate, record.date),
        ("event-date", CHANCERY.hasEventDate, record.event_date),
        ("handed-over-date", CHANCERY.handedOverOn, record.delivery.date if record.delivery else None),
    )
    for which, prop, date in dates:
        if date is None:
            continue
        node = ctx.iris.date(record.id, which)
        if add_date(ctx, graph, node, date):
            graph.add((doc, prop, node))
    if record.date is not None and (literal := first_value(record.date)) is not None:
        graph.add((doc, DCTERMS.date, literal))
