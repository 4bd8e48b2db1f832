"""Who held an office on a day: the offices American records name with no name."""

from __future__ import annotations

from chancery.lexicon.office_holders import holder


def test_the_holder_on_the_day():
    assert holder("The President", "1957-10-25") == "Dwight D. Eisenhower"
    assert holder("The Secretary", "1957-10-25") == "John Foster Dulles"
    assert holder("The Under Secretary of State", "1957-10-25") == "Christian A. Herter"
    assert holder("the President", "1961-01-20") == "John F. Kennedy"  # the day of the handover: the new man
    assert holder("The President", "1961-01-19") == "Dwight D. Eisenhower"


def test_no_one_for_a_day_too_vague_or_out_of_the_lists_or_another_office():
    assert holder("The President", "1961-01") is None  # a month may span two terms
    assert holder("The President", "1905-06-01") is None
    assert holder("The President", None) is None
    assert holder("The Ambassador", "1957-10-25") is None
    assert holder("The Secretary of Defense", "1957-10-25") is None
