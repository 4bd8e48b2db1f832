"""Sections layer."""

from __future__ import annotations

import pytest

from chancery.sources.page.layouts.wilson import split_page as split_lines
from chancery.sources.page.sections import NotAPage


def split_page(text: str):
    return split_lines(text.split("\n"))


def test_parts(page_text):
    page = split_page(
        page_text(
            "July 1945",
            "Telegram from A to B",
            "Body line one.\n\nBody line two.",
            summary="The ambassador reports on the talks in Moscow.",
            info="GARF, f. 1. Translated by X Y.",
            classification="Top Secret",
        ),
    )
    assert (page.date_line, page.title, page.funder) == ("July 1945", "Telegram from A to B", "X")
    assert page.body_lines() == ["Body line one.", "Body line two."]
    assert page.summary == "The ambassador reports on the talks in Moscow."
    assert page.info == "GARF, f. 1. Translated by X Y."
    assert page.classification == "Top Secret"


def test_labels_only_information_block():
    text = (
        "Skip to content\n\nMay 1950\n\nNote\n\nBody.\n\nA summary of the note in a sentence.\n\n"
        "Author(s):\n\nAssociated Places\n\n"
        "Document Information\n\nSource\n\nOriginal Archive\n\nRights\n"
    )
    page = split_page(text)
    assert (
        page.info is None
        and page.summary == "A summary of the note in a sentence."
        and page.body_lines() == ["Body."]
    )


def test_page_without_its_tail_has_no_summary():
    """A page whose sections stop early (at the end of a line) is read for what it has."""
    page = split_page("1950\n\nLetter from A to B\n\nDear B,\nthe text stops.\n")
    assert page.summary is None and page.body_lines() == ["Dear B,", "the text stops."]


def test_page_cut_mid_line_is_read_for_what_it_has():
    """A page that stops inside a line (a copy cut short) still holds text: it is read, not refused; the
    broken end is not read (a short last line goes, a long one loses its broken word)."""
    page = split_page("1950\n\nLetter from A to B\n\nDear B,\nthe text sto")
    assert page.body_lines() == ["Dear B,"] and page.summary is None
    listed = "Copies: Comrade Gomulka, Comrade Cyrankiewicz, Comrade Gierek, Comrad"
    page = split_page(f"1950\n\nLetter from A to B\n\nDear B,\n{listed}")
    assert page.body_lines() == ["Dear B,", "Copies: Comrade Gomulka, Comrade Cyrankiewicz, Comrade Gierek"]


@pytest.mark.parametrize(
    "text", ["", "\n\n", "Just some text\nwith lines", "Skip to content\n\nMay 3, 1950\n"]
)
def test_not_a_page(text):
    with pytest.raises(NotAPage):
        split_page(text)


def test_undated_page_keeps_its_title(page_text):
    text = page_text("May 3, 1950", "Letter from A to B", "Body.").replace("May 3, 1950\n\n", "")
    page = split_page(text)
    assert (page.date_line, page.title) == ("", "Letter from A to B")


def test_information_block_stops_at_other_fields():
    text = (
        "May 1950\n\nNote\n\nBody.\n\nSummary.\n\nDocument Information\n\nSource\n\n"
        "GARF, f. 1, op. 2, d. 3.\n"
        "Translated by A B.\n\nOriginal Language:\n\nRussian\n\nOriginal Classification\n\nTop Secret\n"
    )
    page = split_page(text)
    assert page.info == "GARF, f. 1, op. 2, d. 3. Translated by A B."
    assert page.classification == "Top Secret"


def test_a_signature_is_not_a_summary():
    text = (
        "May 1950\n\nLetter from A to B\n\nDear B, we write.\n\nKim Il Sung\n\nDocument Information\n\nGARF\n"
    )
    page = split_page(text)
    assert page.summary is None and page.body_lines()[-1] == "Kim Il Sung"


def test_page_cut_after_its_title_keeps_its_title():
    page = split_page(
        "Skip to content\n\nMay 3, 1950\n\nLetter from A to B\n\nThis document was made possible with "
        "support from X\n",
    )
    assert (page.title, page.date_line, page.body_lines()) == ("Letter from A to B", "May 3, 1950", [])


def test_author_field_of_the_page():
    text = (
        "Skip to content\n\nMarch 12, 1970\n\nA Memorandum\n\n"
        "Some body text of the memorandum that runs on.\n\n"
        "The State Department advises against support for the appeal, for fear of harming relations.\n\n"
        "Author(s):\n\nEliot, Theodore L.\n\nAssociated Places\n\nXinjiang\n\n"
        "Document Information\n\nSource\n\n"
        "Original Archive\n\nRights\n\nThe History and Public Policy Program welcomes reuse.\n"
    )
    assert split_page(text).listed_authors == ["Eliot, Theodore L."]
