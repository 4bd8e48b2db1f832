"""The curators' decisions file: parsed, applied by every build, stale ones reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import ConfigError
from chancery.model import Agent, DateValue, Record
from chancery.resolve import read_decisions, resolve
from chancery.resolve.decisions import authority_of


def record(rid: str, *names: str) -> Record:
    rec = Record(id=rid, date=DateValue("1945", "1945"))
    rec.authors = [Agent(name=n, as_written=n) for n in names]
    return rec


def decisions(tmp_path: Path, text: str):  # noqa: ANN201
    path = tmp_path / "decisions.txt"
    path.write_text(text, encoding="utf-8")
    return read_decisions(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.wikidata.org/entity/Q855", ("wikidata", "Q855")),
        ("http://www.wikidata.org/entity/Q855", ("wikidata", "Q855")),
        ("wd:Q855", ("wikidata", "Q855")),
        ("Q855", ("wikidata", "Q855")),
        ("https://sws.geonames.org/524901/", ("geonames", "524901")),
        ("http://viaf.org/viaf/101787139", ("viaf", "101787139")),
        ("http://id.loc.gov/authorities/names/n79031843", ("lcnaf", "n79031843")),
        ("https://d-nb.info/gnd/118616862", ("gnd", "118616862")),
        ("Stalin", None),
    ],
)
def test_authority_iris(text: str, expected: tuple[str, str] | None) -> None:
    assert authority_of(text) == expected


def test_merge_joins_what_names_cannot(tmp_path: Path) -> None:
    recs = [record("a", "I. V. Stalin", "Koba")]
    assert len(resolve(recs).entities) == 2
    found = decisions(tmp_path, "# Koba is Stalin's party name\nmerge Koba | I. V. Stalin\n")
    (stalin,) = resolve(recs, found).entities
    assert stalin.forms == {"I. V. Stalin", "Koba"} and found.unused() == []


def test_split_keeps_a_form_apart(tmp_path: Path) -> None:
    recs = [record("a", "John M. Murphy", "Murphy")]
    assert len(resolve(recs).entities) == 1
    found = decisions(tmp_path, "split Murphy | John M. Murphy\n")
    assert len(resolve(recs, found).entities) == 2
    found = decisions(tmp_path, "split Murphy\n")
    assert len(resolve(recs, found).entities) == 2


def test_decisions_that_no_longer_apply_are_reported(tmp_path: Path) -> None:
    found = decisions(tmp_path, "merge Koba | I. V. Stalin\nsplit Nobody\nsame-as Nobody | Q1\n")
    resolve([record("a", "I. V. Stalin")], found)
    notes = found.report()
    assert len(notes) == 3 and notes[0].endswith(":1: decision no longer applies: merge Koba | I. V. Stalin")


@pytest.mark.parametrize("line", ["merge Koba", "frobnicate A | B", "same-as Stalin | not an iri", "accept"])
def test_a_bad_line_is_a_config_error_with_its_number(tmp_path: Path, line: str) -> None:
    with pytest.raises(ConfigError, match="line 2"):
        decisions(tmp_path, f"# header\n{line}\n")


def test_no_file_no_decisions() -> None:
    assert read_decisions(None).items == []
