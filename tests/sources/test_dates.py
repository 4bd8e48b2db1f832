"""Dates layer."""

from __future__ import annotations

import pytest

from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.dates import editor_date, find_dates, is_date_line, parse_date, without_marker


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("November 3, 1945", "1945-11-03"),
        ("September 28,1939", "1939-09-28"),  # a copy lost the space after the comma
        ("3 November 1945", "1945-11-03"),
        ("August 1st, 1978", "1978-08-01"),
        ("Sept. 3, 1950", "1950-09-03"),
        ("July 1945", "1945-07"),
        ("1974", "1974"),
        ("24.III.50", "1950-03-24"),
        ("10.30.1962", "1962-10-30"),
        ("1945-11-03", "1945-11-03"),
        ("12 [January] 1947", "1947-01-12"),
        ("[date not filled in] August 1949", "1949-08"),
    ],
)
def test_single_dates(text, value):
    date = parse_date(text)
    assert date is not None and date.value == value and date.as_written == text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1949-1950", "1949", "1950"),
        ("January-December 1978", "1978-01", "1978-12"),
        ("3-5 May 1950", "1950-05-03", "1950-05-05"),
        ("December 1949 - January 1950", "1949-12", "1950-01"),
    ],
)
def test_ranges(text, start, end):
    date = parse_date(text)
    assert (date.start, date.end) == (start, end)
    assert date.to_json() == {"start": start, "end": end}


def test_circa():
    date = parse_date("c. 1950")
    assert (date.value, date.qualifier) == ("1950", "circa")
    assert parse_date("Circa March 1953").qualifier == "circa"


def test_not_a_date_line():
    assert parse_date("Telegram from Stalin to Mao") is None
    assert parse_date("On 3 July I met him in Ghulja") is None
    assert not is_date_line("Some random heading")
    assert is_date_line("Undated")


def test_dates_in_text_with_brackets():
    found = find_dates("beginning 3 October 19[4]5")
    assert [d.value.value for d in found] == ["1945-10-03"]
    assert parse_date("31 February 1945") is None or parse_date("31 February 1945").value


def test_seasons_and_decades():
    assert parse_date("Spring 1953").value == "1953"
    assert parse_date("1950s").to_json() == {"start": "1950", "end": "1959"}
    assert parse_date("Telegram 1950") is None


@pytest.mark.parametrize(
    ("text", "start", "end", "qualifier"),
    [
        ("between 3 and 5 May 1951", "1951-05-03", "1951-05-05", None),
        ("3 May - 5 June 1951", "1951-05-03", "1951-06-05", None),
        ("October 1949-January 1950", "1949-10", "1950-01", None),
        ("late 1960s", "1960", "1969", None),
        ("c. 1950s", "1950", "1959", "circa"),
    ],
)
def test_more_ranges(text, start, end, qualifier):
    date = parse_date(text)
    assert (date.start, date.end, date.qualifier) == (start, end, qualifier)


def test_undated_lines_and_doubtful_dates():
    assert all(is_date_line(t) for t in ("[no date]", "n.d.", "Undated", "[Date unknown]"))
    assert parse_date("[no date]") is None
    assert (parse_date("1958?").value, parse_date("1958?").qualifier) == ("1958", "circa")
    assert parse_date("Sofia-Moscow 1950") is None and not is_date_line("Kim Il Sung")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("05.06.1963", "1963-06-05"),  # dots: day first when both numbers can be the month
        ("6/5/1963", "1963-06-05"),  # slashes: month first
        ("10.30.1962", "1962-10-30"),  # only one number can be the month
        ("30/10/1962", "1962-10-30"),
    ],
)
def test_numeric_order(text, value):
    assert parse_date(text).value == value


def test_editor_date():
    assert editor_date("[5 July 1950]") == "5 July 1950"
    assert editor_date("[date not filled in]") is None and editor_date("5 July 1950") is None
    assert parse_date("[5 July 1950]").value == "1950-07-05"
    assert parse_date("[c. 1950]").qualifier == "circa"


@pytest.mark.parametrize(
    ("line", "value", "place"),
    [
        ("13th December, 1954", "1954-12-13", None),  # date first: no place before it
        ("6th October, 1954, Prague", "1954-10-06", "Prague"),
        ("March, 1949", "1949-03", None),
        ("Hong Kong, Sunday, 18th December, 1940", "1940-12-18", "Hong Kong"),  # weekday
        ("Wednesday, 17th February, 1954", "1954-02-17", None),
        ("Urumqi, [5 July 1950]", "1950-07-05", "Urumqi"),  # editor's date
        ("[13 November 1960], Hanoi", "1960-11-13", "Hanoi"),
        ("Hanoi, 01.10.1953", "1953-10-01", "Hanoi"),  # numeric order
        ("Moscow, undated", None, "Moscow"),  # undated
        ("Ghulja [Yining], [no date]", None, "Ghulja [Yining]"),
        ("n.d.", None, None),
        ("PMM(48) 12th Meeting (extract) LONDON, 20 October 1948", "1948-10-20", "LONDON"),  # meeting
        ("R. 7.33 a.m. 2nd August 1949.", "1949-08-02", None),  # time first
        ("Recd. 241100 Sep 45.", "1945-09-24", None),  # a day-time group with no zone
    ],
)
def test_dateline_rules(line, value, place):
    found = read_dateline(line)
    assert found is not None and (found.date.value, found.place) == (value, place)


def test_undated_dateline_keeps_genre_and_is_not_prose():
    found = read_dateline("Memorandum, undated")
    assert found is not None and (found.genre, found.place, found.date.value) == ("Memorandum", None, None)
    assert read_dateline("It was left undated") is None and read_dateline("Some text, undated") is None


def test_a_british_telegrams_despatch_and_receipt_lines():
    sent, got = read_dateline("D. 8.45 p.m. 1st August 1949"), read_dateline("R. 7.33 a.m. 2nd August 1949.")
    assert sent is not None and (sent.event, sent.moment) == ("sent", "1949-08-01T20:45")
    assert got is not None and (got.event, got.moment) == ("received", "1949-08-02T07:33")
    assert read_dateline("D. Smith 1st August 1949") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10. August 1953", "1953-08-10"),  # German: the day's full stop
        ("4. Febr. 1959", "1959-02-04"),
        ("am Mittwoch, den 10. November 1954", "1954-11-10"),  # article and weekday before the date
        ("le 3 mars 1939", "1939-03-03"),  # French
        ("1er août 1914", "1914-08-01"),
        ("19 OCTOBRE 1956", "1956-10-19"),
        ("24.8.1918 (Saturday)", "1918-08-24"),  # a weekday after the date
        ("11/VII-27.", "1927-07-11"),  # a Roman month between a slash and a dash
        ("1/IX - 36", "1936-09-01"),
        ("13.6.51", "1951-06-13"),  # a cipher clerk's two-digit year
        ("3/15/62", "1962-03-15"),
    ],
)
def test_dates_in_other_languages_and_hands(text, value):
    assert parse_date(text).value == value


@pytest.mark.parametrize(
    ("line", "value", "place"),
    [
        ("Bonn, den 10. November 1954", "1954-11-10", "Bonn"),
        ("Paris, le lundi 3 mars 1939", "1939-03-03", "Paris"),
        ("Großes Hauptquartier, 30. September 1918.", "1918-09-30", "Großes Hauptquartier"),
        ("Москва, 11 июля 1927 г.", "1927-07-11", "Москва"),
        ("New York, 1 November 19561", "1956-11-01", "New York"),  # a note's marker glued to the year
        ("London, August 3, 19142.", "1914-08-03", "London"),
    ],
)
def test_datelines_in_other_languages_and_glued_markers(line, value, place):
    found = read_dateline(line)
    assert found is not None and (found.date.value, found.place) == (value, place)


def test_a_glued_marker_needs_a_day_and_month_before_it():
    assert without_marker("Procès-verbal de la séance du 9 février 19181") == (
        "Procès-verbal de la séance du 9 février 1918"
    )
    assert without_marker("Telegram No. 19561") == "Telegram No. 19561"


def test_a_marking_before_the_date_line_and_a_place_the_editor_supplies():
    found = read_dateline("CONFIDENTIAL [Ottawa], June 15, 1961")
    assert found is not None and (found.marking, found.place, found.date.value) == (
        "Confidential",
        "[Ottawa]",
        "1961-06-15",
    )
    russian = read_dateline("Воронцовский дворец, 11 февраля 1945 года")  # a building's noun in lower case
    assert russian is not None and russian.place == "Воронцовский дворец"
    assert read_dateline("Сегодня я передал, 16 апреля 1936 г.") is None


@pytest.mark.parametrize(
    ("line", "place", "value"),
    [
        ("Signed at Moscow, 19 October 1956.", "Moscow", "1956-10-19"),
        ("SIGNÉE À MOSCOU, LE 19 OCTOBRE 1956", "MOSCOU", "1956-10-19"),
        ("Geschehen zu Bonn am 26. Mai 1952", "Bonn", "1952-05-26"),
    ],
)
def test_an_instruments_signing_line_is_its_date_line(line, place, value):
    found = read_dateline(line)
    assert found is not None and (found.place, found.date.value, found.event) == (place, value, "written")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1979年8月17日", "1979-08-17"),
        ("昭和54年8月17日", "1979-08-17"),  # the era of Japan's emperor: Showa 54 is 1979
        ("平成元年1月8日", "1989-01-08"),  # an era's first year
        ("1950年6月", "1950-06"),
    ],
)
def test_japanese_dates(text, value):
    assert parse_date(text).value == value
    assert find_dates(f"本使は、{text}にジュネーヴで")[0].value.value == value  # no space around it


@pytest.mark.parametrize(
    ("line", "place", "value", "time"),
    [
        ("T. nos 345 à 348. Moscou, 3 mars 1939, 22 h. 15.", "Moscou", "1939-03-03", "22:15"),  # DDF's form
        ("Paris, le 3 mars 1939, 14 h 30", "Paris", "1939-03-03", "14:30"),
        ("Bonn, den 10. November 1954, 14 Uhr", "Bonn", "1954-11-10", "14:00"),
    ],
)
def test_french_and_german_hours_and_a_french_editions_telegram_numbers(line, place, value, time):
    found = read_dateline(line)
    assert found is not None and (found.place, found.date.value, found.time) == (place, value, time)


@pytest.mark.parametrize(
    ("line", "place", "value"),
    [
        ("Washington, D.C., May 3, 1950", "Washington, D.C.", "1950-05-03"),  # a known city's state
        ("Москва, Кремль, 11 июля 1927 г.", "Москва", "1927-07-11"),  # a known city's building, read past
        ("г. Москва, 11 июля 1927 г.", "Москва", "1927-07-11"),  # the word "city" before its name
        ("Москва. 11.VII.27", "Москва", "1927-07-11"),  # a known city before a full stop
        ("Washington. May 3, 1950.", "Washington", "1950-05-03"),
    ],
)
def test_a_known_citys_forms_on_a_date_line(line, place, value):
    found = read_dateline(line)
    assert found is not None and (found.place, found.date.value) == (place, value)
    assert read_dateline("AMERICAN EMBASSY, London, August 3, 1914, 10 p. m.") is None  # no city first


@pytest.mark.parametrize(
    ("line", "value", "time"),
    [
        ("(Reçu : le 4 mars, 1 h. 30.)", "1939-03-04", "01:30"),  # the year the date line gives
        ("Ankunft: 4. Mai 1939, 1 Uhr 30", "1939-05-04", "01:30"),
        ("Получена 4 мая 1939 г.", "1939-05-04", None),
    ],
)
def test_receipt_lines_in_the_editions_languages(line, value, time):
    found = read_dateline(line, 1939)
    assert found is not None and (found.event, found.date.value, found.time) == ("received", value, time)


def test_year_first_dates_padded_or_not_in_any_one_separator():
    for text in ("1973-3-15", "1973.3.15", "1973/03/15", "1973-03-15"):
        assert parse_date(text).value == "1973-03-15", text
    assert parse_date("1973-13-15") is None and parse_date("1973-3/15") is None
    line = read_dateline("1973-3-15                   Ulaanbaatar")
    assert (line.date.value, line.place) == ("1973-03-15", "Ulaanbaatar")


def test_date_lines_with_the_place_after_in_a_typists_ordinal_and_a_city_before_figures():
    line = read_dateline("In Prague on 6th September 1963")
    assert (line.date.value, line.place) == ("1963-09-06", "Prague")
    assert read_dateline("Pyongyang, 28 th September, 1955").date.value == "1955-09-28"
    line = read_dateline("Pyongyang 08/24/63")
    assert (line.date.value, line.place) == ("1963-08-24", "Pyongyang")
    assert read_dateline("In the morning 5 officers came") is None


def test_date_lines_of_european_editions():
    line = read_dateline("(Telegraphic.) Berlin, August 30, 1939.")
    assert (line.date.value, line.place, line.genre) == ("1939-08-30", "Berlin", "telegram")
    assert read_dateline("Bern, 18. März 1919 (Ankunft: 19. März., 10 h)").date.value == "1919-03-18"
    assert read_dateline("Roma, 30 luglio 1936 - XIV").date.value == "1936-07-30"
    assert read_dateline("Wien, am 28. 3. 1955").date.value == "1955-03-28"
    assert parse_date("5 de mayo de 1962").value == "1962-05-05"
    assert parse_date("28 września 1939").value == "1939-09-28"


def test_a_letters_place_and_worded_date_with_no_comma():
    from chancery.sources.page.datelines import read_dateline

    for line, place in (
        ("Mount Vernon 4th March 1798", "Mount Vernon"),
        ("Philadelphia March 4th 1798", "Philadelphia"),
    ):
        found = read_dateline(line)
        assert found is not None and (found.place, found.date.value) == (place, "1798-03-04")
    found = read_dateline("FROM BAKU 26 November 1945")
    assert found is None or found.place != "FROM BAKU"
    found = read_dateline("Cablegram unnumbered OTTAWA, 6 September 1939, 6 p.m.")
    assert found is not None and (found.place, found.date.value, found.time) == (
        "OTTAWA",
        "1939-09-06",
        "18:00",
    )


def test_a_message_dated_by_its_receipt_alone(read_record):
    record = read_record(
        "No. 219\n\nReceived on January 1, 1944\n\n"
        "Personal Message from Mr W. Churchill to Marshal Stalin\n\n"
        "Many thanks. I am passing your congratulations to Admiral Fraser, his officers and men, who will be "
        "glad of the tribute from a gallant and honoured Ally.\n",
    )
    assert record.date is not None and record.date.value == "1944-01-01"


def test_the_editors_supplied_place_and_a_note_marker_in_a_date_line():
    from chancery.sources.page.datelines import read_dateline

    for line, place, value in [
        ("[London,] 14 November 1864", "London", "1864-11-14"),
        ("[London, 22 March 1859]", "London", "1859-03-22"),
        ("[London,] 13 août[1] 1866", "London", "1866-08-13"),
    ]:
        found = read_dateline(line)
        assert (found.place, found.date.value) == (place, value)
    assert read_dateline("[Signed] 14 May 1950") is None
    assert read_dateline("[Date] September 8, 1951").place is None


def test_a_dfat_date_line_with_an_editors_series_letters_a_note_marker_and_an_extract():
    from chancery.sources.page.datelines import read_dateline

    undated = read_dateline("Cablegram S[L] [1] 1 (extract) CANBERRA, n.d.")
    assert (undated.genre, undated.number, undated.place, undated.date.value) == (
        "Cablegram",
        "S[L] 1",
        "CANBERRA",
        None,
    )
    dated = read_dateline("Cablegram 128 (extract) CANBERRA, 3 March 1942")
    assert (dated.number, dated.date.value) == ("128", "1942-03-03")


def test_a_verbs_words_before_a_date_are_no_place():
    from chancery.sources.page.datelines import read_dateline

    assert read_dateline("Drafted on November 8, 1986").place is None
    assert read_dateline("Washington, November 8, 1986").place == "Washington"


def test_a_marking_typed_after_the_date_and_a_part_of_a_month():
    from chancery.sources.page.datelines import read_dateline

    found = read_dateline("July 8, 1939 top secret")
    assert (found.date.value, found.marking) == ("1939-07-08", "Top Secret")
    assert parse_date("in the middle of November 1913").value == "1913-11"


def test_a_day_in_both_styles_is_the_new_styles():
    assert parse_date("April 16-28, 1865").value == "1865-04-28"  # Old Style 16, New Style 28 April
    assert parse_date("May 1-14, 1917").value == "1917-05-14"
    assert parse_date("April 10-22, 1950").start == "1950-04-10"  # no Old Style after 1918: a range


def test_the_public_papers_bracket_released_then_dated():
    from chancery.sources.page.datelines import read_dateline

    assert read_dateline("[ Released April 19, 1960. Dated April 13, 1960 ]").date.value == "1960-04-13"


def test_a_date_lines_building_street_number_and_dotted_day():
    from chancery.sources.page.datelines import read_dateline

    cases = {
        "34, Great George Street, August, 1839.": ("1839-08", "34, Great George Street"),
        "Government House, Auckland, 5th August, 1841.": ("1841-08-05", "Auckland"),
        "Paris Feb. 20. 1787.": ("1787-02-20", "Paris"),
        "Downing Street, 4th December, 1839.": ("1839-12-04", "Downing Street"),
    }
    for line, (value, place) in cases.items():
        found = read_dateline(line)
        assert found is not None and (found.date.value, found.place) == (value, place), line
    assert read_dateline("34 men, 5 May 1950") is None


def test_a_notes_marker_glued_to_a_day_without_its_year() -> None:
    assert without_marker("Telegram 4608 to London, February 281") == "Telegram 4608 to London, February 28"
    assert without_marker("Letter of May 310") == "Letter of May 31"
    assert without_marker("Report of May 1945") == "Report of May 1945"  # four figures: a year
    assert without_marker("London, February 28") == "London, February 28"


def test_a_date_line_under_a_catalogues_label_for_place_and_date():
    from chancery.sources.page.datelines import read_dateline

    found = read_dateline("Location and date: Berlin, 29.08.1939")
    assert found is not None and (found.place, found.date.value) == ("Berlin", "1939-08-29")
