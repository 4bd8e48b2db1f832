"""Rule *words for quotation marks*: a telegram's spelt-out marks are the marks."""

from __future__ import annotations

from chancery.sources.page.quotes import as_marks, passed_on, quoted_lines


def test_words_alone_on_their_lines_mark_the_nearest_filled_lines() -> None:
    body = [
        "Verbatim Text.",
        "",
        "Dear Mr. Prime Minister:",
        "Sincerely,",
        "John F. Kennedy",
        "",
        "End Verbatim Text.",
        "Rusk",
    ]
    assert as_marks(body) == [
        "",
        "",
        "“Dear Mr. Prime Minister:",
        "Sincerely,",
        "John F. Kennedy”",
        "",
        "",
        "Rusk",
    ]


def test_words_at_the_head_and_end_of_lines() -> None:
    body = [
        "QUOTE February 28, 1962",
        "Begin text: We agree.",
        "Nothing until further instructions. End text.",
        "UNQUOTE",
    ]
    assert as_marks(body) == ["“February 28, 1962", "“We agree.", "Nothing until further instructions.”", ""]


def test_the_words_in_running_prose_are_no_marks() -> None:
    body = ["Quote me on this, he said.", "The end text was long.", "He began the text follows a pattern."]
    assert as_marks(body) == body


def test_a_quotation_never_closed_runs_to_the_end_only_when_asked() -> None:
    lines = ["Heading", "“Dear Sir:", "The text goes on."]
    assert quoted_lines(lines) == set()
    assert quoted_lines(lines, to_the_end=True) == {1, 2}


def test_a_text_passed_on_follows_the_sentence_announcing_it() -> None:
    announced = [
        "Telegram",
        "There follows text of President's letter to Prime Minister for delivery:",
        "“Dear Sir:",
        "Yours, X”",
    ]
    assert passed_on(announced) == {2, 3}
    headed = ["Letter from X to Y", "“Dear Sir:", "Yours, X”"]  # a page quoting its paper whole
    assert passed_on(headed) == set()
