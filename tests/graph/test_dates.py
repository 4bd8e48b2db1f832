"""Typed date values: only real days, months and years get a datatype."""

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
