"""Header fields."""

from __future__ import annotations

from chancery.sources.page.fields import read_fields


def test_a_colon_and_a_dash_and_the_value_on_the_next_line():
    fields = read_fields(
        ["From: -", "C. in C. Hong Kong.", "JO 221134.", "To:-", "The er office.", "INMEDIATA"]
    )
    assert [(f.feeds, f.value) for f in fields] == [
        ("authors", "C. in C. Hong Kong."),
        ("recipients", "The er office."),
    ]
