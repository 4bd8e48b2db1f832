"""Typed date values: only real days, months, years and times of day get a datatype."""

from __future__ import annotations

import pytest
from rdflib import Literal

from chancery.graph.dates import date_literal
from chancery.graph.namespaces import XSD


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("1945-11-03", Literal("1945-11-03", datatype=XSD.date)),
        ("1944-02-29", Literal("1944-02-29", datatype=XSD.date)),
        ("1945-07", Literal("1945-07", datatype=XSD.gYearMonth)),
        ("1974", Literal("1974", datatype=XSD.gYear)),
        (" 1974 ", Literal("1974", datatype=XSD.gYear)),
        ("1955-07-28T18:37", Literal("1955-07-28T18:37:00", datatype=XSD.dateTime)),
        ("1955-07-28 18:37:05", Literal("1955-07-28T18:37:05", datatype=XSD.dateTime)),
        ("1955-07-28T18:37Z", Literal("1955-07-28T18:37:00Z", datatype=XSD.dateTime, normalize=False)),
        ("1955-07-28T18:37+03:00", Literal("1955-07-28T18:37:00+03:00", datatype=XSD.dateTime)),
        ("1955-07-28T24:30", None),
        ("1955-02-29T10:00", None),
        ("0000-01-01T10:00", None),
        ("1955-07-28T18", None),
        ("1945-02-29", None),
        ("1945-13", None),
        ("0000", None),
        ("0000-01-01", None),
        ("19[4]5", None),
        ("", None),
        (None, None),
    ],
)
def test_date_literal(iso: str | None, expected: Literal | None) -> None:
    got = date_literal(iso)
    assert got == expected
    if got is not None:
        assert got.datatype == expected.datatype  # type: ignore[union-attr]
