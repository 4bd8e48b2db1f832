"""The reader's memos answer as the functions do, and hand each caller its own object to change."""

from __future__ import annotations

from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.dates import find_dates, parse_date
from chancery.sources.page.header import is_prose
from chancery.sources.page.memo import forget


def test_a_changed_date_does_not_change_the_next_answer() -> None:
    first = parse_date("November 3, 1945")
    assert first is not None and first.value == "1945-11-03"
    first.as_written, first.value = "changed", "1999"
    again = parse_date("November 3, 1945")
    assert again is not None and (again.as_written, again.value) == ("November 3, 1945", "1945-11-03")


def test_a_changed_date_line_does_not_change_the_next_answer() -> None:
    line = "Washington, March 10, 1962, 11:46 a.m."
    first = read_dateline(line)
    assert first is not None and first.place == "Washington"
    first.place = "Moscow"
    first.date.value = "1999"
    again = read_dateline(line)
    assert again is not None and again.place == "Washington" and again.moment == "1962-03-10T11:46"


def test_found_dates_are_each_callers_own() -> None:
    text = "the letters of 5 May 1951 and of 7 June 1952"
    first = find_dates(text)
    assert [d.value.value for d in first] == ["1951-05-05", "1952-06-07"]
    first[0].value.value = "1999"
    first.clear()
    assert [d.value.value for d in find_dates(text)] == ["1951-05-05", "1952-06-07"]


def test_forget_empties_the_memos_and_the_answers_stay() -> None:
    line = "The Soviet delegation then raised the question of the German peace treaty at length."
    assert is_prose(line)
    forget()
    assert is_prose.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert is_prose(line)
    assert is_prose.cache_info().hits == 0  # type: ignore[attr-defined]
