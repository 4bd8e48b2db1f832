"""Layout profiles: how each site's page is split into its chrome and the document."""

from __future__ import annotations

from chancery.sources.page import layouts


def _split(text: str):
    return layouts.split(text)


def test_frus_heading_loses_its_number_and_note_marker_glued_or_spaced():
    volume = "Foreign Relations of the United States, 1964–1968, Volume XIV, Soviet Union"
    head = f"Historical Documents\n\n{volume}\n\n"
    page = _split(
        head + "221. Memorandum From Secretary of Defense McNamara to President Johnson 1\n\nText.\n"
    )
    assert (page.layout, page.title) == (
        "frus",
        "Memorandum From Secretary of Defense McNamara to President Johnson",
    )
    page = _split(head + "177. Telegram From the Department of State to the Embassy in Jordan1\n\nText.\n")
    assert page.title == "Telegram From the Department of State to the Embassy in Jordan"
    page = _split(head + "12. Circular Telegram 5\n\nText.\n")  # a number the heading calls for stays
    assert page.title == "Circular Telegram 5"
