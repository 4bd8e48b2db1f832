"""Dates: a node that keeps the page's form and a typed value (xsd:dateTime, date, gYearMonth or gYear)."""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Graph, Literal, URIRef

from chancery.graph.context import BuildContext
from chancery.graph.namespaces import CHANCERY, DCTERMS, QUALIFIER, RDF, RDFS, RICO, XSD
from chancery.model import DateValue, Record

# An ISO date with a time: 1955-07-28T18:37, 1955-07-28T18:37:05.5Z, 1955-07-28 18:37+03:00.
_DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


def date_literal(iso: str | None) -> Literal | None:
    """``1945-11-03`` -> xsd:date, ``1945-07`` -> xsd:gYearMonth, ``1974`` -> xsd:gYear,
    ``1955-07-28T18:37`` -> xsd:dateTime ``1955-07-28T18:37:00``; None if invalid."""
    if not iso:
        return None
    iso = iso.strip()
    if (timed := _DATE_TIME.fullmatch(iso)) is not None:
        return _date_time(*timed.groups())
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


def _date_time(day: str, hour: str, minute: str, second: str | None, zone: str | None) -> Literal | None:
    """An xsd:dateTime from the parts of :data:`_DATE_TIME` (seconds added when the page gives none)."""
    text = f"{day}T{hour}:{minute}{second or ':00'}{zone or ''}"
    try:
        dt.datetime.fromisoformat(text)  # a real day and time (no year zero, no hour 25)
    except ValueError:
        return None
    return Literal(text, datatype=XSD.dateTime, normalize=False)


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
    """The document's own date (and its ``dcterms:date``), its event date, its hand-over date,
    when it was dispatched and received."""
    dates = (
        ("date", CHANCERY.hasDate, record.date),
        ("event-date", CHANCERY.hasEventDate, record.event_date),
        ("handed-over-date", CHANCERY.handedOverOn, record.delivery.date if record.delivery else None),
        ("dispatched-date", CHANCERY.dispatchedOn, record.dispatched),
        ("received-date", CHANCERY.receivedOn, record.received),
    )
    for which, prop, date in dates:
        if date is None:
            continue
        node = ctx.iris.date(record.id, which)
        if add_date(ctx, graph, node, date):
            graph.add((doc, prop, node))
    if record.date is not None and (literal := first_value(record.date)) is not None:
        graph.add((doc, DCTERMS.date, literal))
