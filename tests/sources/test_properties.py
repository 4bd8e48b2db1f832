"""Property tests: the page reader never crashes; it returns a record or raises SourceError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chancery.errors import SourceError
from chancery.sources.page import PageReader, read_page
from chancery.sources.page.charsets import best_reading
from chancery.sources.page.citation import parse_citation
from chancery.sources.page.conversation import note_taker, present
from chancery.sources.page.credits import read_credits
from chancery.sources.page.dates import find_dates, parse_date
from chancery.sources.page.layouts import split
from chancery.sources.page.markings import marking_of
from chancery.sources.page.names import parse_agent, split_names
from chancery.sources.page.text import decode
from chancery.sources.page.title import read_title
from chancery.sources.page.transliteration import name_key

PATH = Path(tempfile.gettempdir()) / "hypothesis-page.txt"
WORDS = st.sampled_from(
    [
        "Telegram",
        "from",
        "to",
        "Cde.",
        "Stalin",
        "and",
        "[sic]",
        "Nº",
        "Copy",
        "1945",
        "May",
        "3,",
        "Distributed",
        "to:",
        "Top",
        "Secret",
        "Document Information",
        "GARF,",
        "f.",
        "\n",
        "\n\n",
        "(",
        ")",
        "[",
        "]",
        "Authenticated",
        "by",
        '"',
        ",",
        "Enclosures:",
        "1.",
    ]
)
PAGE_LIKE = st.lists(WORDS, max_size=80).map(" ".join).map(lambda body: f"May 3, 1945\n\nTelegram {body}")


def read(data: bytes) -> None:
    try:
        records = PageReader().read(PATH, data)
    except SourceError:
        return
    for record in records:
        record.to_json()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_never_crashes_on_bytes(data):
    read(data)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_never_crashes_on_text(text):
    read(text.encode("utf-8", errors="replace"))


@settings(max_examples=300, deadline=None)
@given(PAGE_LIKE)
def test_never_crashes_on_page_like_text(text):
    read(text.encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_layers_never_crash(text):
    read_title(text)
    parse_agent(text)
    split_names(text)
    parse_date(text)
    find_dates(text)
    read_credits(text)
    parse_citation(text)
    marking_of(text)
    present(text)
    note_taker(text)
    name_key(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500))
def test_a_code_page_is_always_chosen(data):
    name, text = best_reading(data)
    assert name in ("cp1252", "cp1250", "cp1251", "latin-1") and isinstance(text, str)


FRAGMENTS = st.sampled_from(
    [
        "Copy Nº 2 to Stalin",
        "Distributed to:",
        "Cde. X",
        "From: A",
        "To: B",
        "Moscow, 3 May 1950",
        "[sic]",
        "Enclosures:",
        "1. Reply.",
        "Dear Mr. X,",
        '"To the leader, his Excellency Stalin.',
        "a letter of A to B which he passed in the Consulate on 3 May 1950",
        "Chairman of the government A B, members of the government C D, and E F.",
        "Authenticated by: X",
        "Basis: x",
        "incoming Nº 3",
        "six copies were printed",
        "copies 1 to 5 were distributed to the above",
        "Nº 6 went to the file",
        "X's copy was returned 5 June 1946",
        "Present: comrade A, x; comrade B",
        "PARTICIPANTS:",
        "Dean Rusk, Secretary of State",
        "William D. Krimer, Interpreter (notetaker)",
        "USSR",
        "PLACE: Great Hall of the People, Peking",
        "Present: A B, C D and E F",
        "Nehru, Jawaharlal",
        "Sovershenno sekretno [Top Secret]",
        "TOP SECRET/SENSITIVE",
        "1. Cde. Stalin",
        "New Delhi",
        "Moscow, Kremlin",
        "From: Brazilian Embassy, Havana",
        "Author(s):",
        "took the notes",
        "DELO Nº 1-1",
        "beginning 3 October 1945",
        "\n",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(FRAGMENTS, max_size=40),
    st.sampled_from(["Telegram from A to B", "Record of Conversation with A"]),
)
def test_layers_never_raise_on_page_fragments(parts, title):
    """Without the reader's safety net: every layer copes with any arrangement of the page's parts."""
    text = (
        f"May 3, 1945\n\n{title}\n\n"
        + "\n".join(parts)
        + "\n\nSummary.\n\nDocument Information\n\nGARF, f. 1."
    )
    read_page("x", split(decode(text.encode()))).to_json()
