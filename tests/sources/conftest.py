"""Fixtures for the reader tests: a page built from parts, and the page reader itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.sources.page import PageReader

TAIL = """
Document Information


{info}


The History and Public Policy Program welcomes reuse of Digital Archive materials for research.

Original Uploaded Date


Record ID

{classification}
"""


def make_page(
    date: str,
    title: str,
    body: str,
    summary: str = "The writer reports on the matter at some length.",
    info: str = "GARF, Fond R-9401ss, Opis' 2, Delo 100, 1-2.",
    classification: str = "",
) -> str:
    """A page in the Digital Archive layout."""
    tail = TAIL.format(
        info=info, classification=f"Original Classification\n\n{classification}" if classification else ""
    )
    return (
        f"Skip to content\n\n{date}\n\n{title}\n\nThis document was made possible with support from X\n\n"
        f"{body}\n\n{summary}\n{tail}"
    )


@pytest.fixture
def page_text():
    return make_page


@pytest.fixture
def read_record(tmp_path: Path):
    """Read page text (str or bytes) with the page reader; returns its one record."""

    def run(text: str | bytes, name: str = "page.txt"):
        path = tmp_path / name
        data = text.encode("utf-8") if isinstance(text, str) else text
        path.write_bytes(data)
        records = PageReader().read(path, data)
        assert len(records) == 1
        return records[0]

    return run


@pytest.fixture
def read(read_record):
    """Read page text (str or bytes) with the page reader; returns the record's JSON."""

    def run(text: str | bytes, name: str = "page.txt") -> dict:
        return read_record(text, name).to_json()

    return run
