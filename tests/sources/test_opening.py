"""The opening of a document's own text: heading, date line, receipt line."""

from __future__ import annotations

from chancery.sources.page.opening import read_opening


def test_a_date_line_broken_over_two_lines():
    lines = [
        "The Acting Secretary of State to the Chargé in the Soviet Union (Kennan)",
        "Washington, October 5,",
        "1945—8 p.m.",
        "2102. Five Soviet pouches have reached Washington in circumstances like those of the 47 pouches.",
    ]
    opening = read_opening(lines)
    assert opening.dateline is not None and opening.dateline.moment == "1945-10-05T20:00"
    assert opening.dateline.place == "Washington"
    assert (opening.dateline_at, opening.dateline_more) == (1, [2])
    whole = read_opening(
        ["Moscow, October 9, 1939.", "Text of the telegram follows here and goes on at length."]
    )
    assert whole.dateline is not None and whole.dateline_more == []
