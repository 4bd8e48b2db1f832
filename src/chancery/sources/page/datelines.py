"""Date lines: the line that says where and when a document was written, sent or received.

One grammar for the family of forms archives print::

    [genre [number],] [PLACE,] DATE [time]          "Washington, July 28, 1955—6:37 p.m."
                                                    "Cablegram 128, CANBERRA, 10 August 1948"
                                                    "MOSCOW, October 9, 1939-12:30 a. m."
    [file number] PLACE, DATE                       "Pol. VI 2651 Berlin, December 2, 1939."
    [meeting] PLACE, DATE                           "PMM(48) 12th Meeting (extract) LONDON, 20 October 1948"
    DATE, PLACE                                     "20 August 1950, Moscow"
    [Received|Sent|Dispatched] DATE [time]          "[Received July 12—7:11 a. m.]",
    D.|R. TIME DATE                                 "R. 7.33 a.m. 2nd August 1949." (time first)
    Recd. DAYTIME MON YY                            "Recd. 241100 Sep 45." (a day-time group, no zone)
    No N cipher DAY MON                             "No 8 cipher 22 Sep." (the year from the receipt)
                                                    "DISPATCHED June 29, 1950"
    precedence DAY HHMMZ MON YY                     "O 071304Z FEB 74" (a date-time group)

Its rules, each for a family of forms (the generator ``tests/sources/generators/dateline.py`` composes
them):

- *date first*: a line that opens with a date has no file number or place before it ("13th December,
  1954", "6th October, 1954, Prague"); its place, if any, follows the date.
- *weekday*: a weekday before the date is the date's, after the place or without one ("Hong Kong,
  Sunday, 18th December, 1940").
- *editor's date*: a date the editor supplies whole, in brackets, is the date ("Urumqi, [5 July 1950]";
  :func:`~chancery.sources.page.dates.editor_date`).
- *undated*: an undated line is a date line with no date value, and keeps its place ("Moscow,
  undated", "Berlin, [undated]", "n.d.").
- *languages*: German, French and Russian lines read as English ones do, the article and weekday before
  the date included ("Bonn, den 10. November 1954", "Paris, le 3 mars 1939", "am Mittwoch, den 10.
  November 1954", "Москва, 11 июля 1927 г."): the months and little words are the dates layer's tables.
- *glued marker*: a note's number glued to the year is no part of it ("New York, 1 November 19561").
- the numeric order of "01.10.1953" (day first) and "10/30/1962" (month first) is the dates layer's
  rule :func:`~chancery.sources.page.dates.numeric_order`.

:func:`read_dateline` returns what the line states and ``None`` for a line that is something else
(a sentence that merely contains a date is not a date line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chancery.model import DateValue
from chancery.sources.page.dates import (
    MONTHS,
    UNDATED,
    WEEKDAYS,
    editor_date,
    fill_brackets,
    find_dates,
    leads_a_date,
    parse_date,
    without_marker,
)
from chancery.sources.page.doc_types import doc_type_of
from chancery.sources.page.markings import marking_of
from chancery.sources.page.memo import remembered
from chancery.sources.page.places import BUILDING, is_known_place

# The hour after a date: "—6:37 p.m.", ", 11:46 a.m.", "-12:30 a. m.", "—4 p. m.", "noon", "1400 hours",
# "22 h. 15", "14 Uhr".
_TIME = re.compile(
    # (a typewriter's hyphen between hour and minutes before a.m. or p.m.: "1-50 p.m.")
    r"(?i)^\s*(?:[,;—–-]|\bat\b)?\s*(?P<time>(?P<h>[0-2]?\d)(?:[.:-](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\.?"
    r"|(?P<h24>[0-2]\d)[.:]?(?P<m24>[0-5]\d)\s*(?:hours?|hrs?\.?|h\b|z\b)|(?P<word>noon|midnight)"
    # the French and German hour: "22 h. 15", "14 Uhr 30"
    r"|(?P<hf>[0-2]?\d)\s?h\.?\s?(?P<mf>[0-5]\d)\b|(?P<hr>[0-2]?\d)\s?Uhr(?:\s?(?P<mr>[0-5]\d))?)"
)
# The hour as Soviet registers write it before the date of a despatch line: "Sent 9-00 15.1.1936"
_DASHED_TIME = re.compile(r"^(?P<h>[0-2]?\d)[-–](?P<m>[0-5]\d)\s+(?=\d)")
# A French edition's telegram or despatch numbers before the place ("T. nos 345 à 348. Moscou, 3 mars 1939")
_FRENCH_NUMBERS = re.compile(
    r"^(?P<genre>T|D|Tél|Dép)\.\s*n(?:os?|°s?)\s*(?P<number>\d+(?:\s*(?:à|et|-)\s*\d+)?)\.?\s+(?=[A-ZÀ-Þ])"
)
_MONTH_WORDS = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_COPY_KIND = r"(?:\s+\((?:copy|draft|extract|excerpt|paraphrase)\))?"  # what the edition prints of it
_GENRE = re.compile(
    r"(?i)^(?P<genre>cablegram|telegram|cable|despatch|dispatch|airgram|savingram|teleprinter message|"
    # (several numbered as one: "Cablegrams 87, 284 CANBERRA, 10 March 1947")
    r"memorandum|letter|note|minute|radiogram|ciphergram|telex)(?:s|es)?\.?"
    + _COPY_KIND
    +
    # the number, an editor's letters in it ("S[L] 1": the series' letters, then the number), and what the
    # edition prints of it after ("Cablegram 184 (paraphrase) CANBERRA, ...")
    # (a number after a comma that a month follows is the date's day: "Cablegram 58, 7 June 1941")
    r"(?:\s+(?:Nos?\.?\s*)?(?P<number>[\w./\[\]-]*\d[\w./\[\]-]*(?:(?:\s*,\s*|\s+and\s+)\d+(?!\s+(?:"
    + _MONTH_WORDS
    + r")\b))*|"
    r"[A-Z][\w\[\]]{0,5}\s\d+[\w./-]*)|\s+unnumbered)?"
    + _COPY_KIND
    +
    # a note's marker after it, then the place or, with none, the date: "Cablegram [226] [1] 16 May 1940,"
    # (or the editor's date in brackets: "Cablegram 185 [25 February 1949], 8.08 p.m.")
    r"(?:\s*\[\d{1,2}\])?(?:\s*,\s*|\s+(?=[A-Z]{3,}\b)|\s+(?=\[?[0-3]?\d\s+[A-Z][a-z]{2,}\.?\s+\d{4}))"
)
# Rule *signed at*: an instrument's signing line is its date line ("Signed at Moscow, 19 October 1956",
# "SIGNÉE À MOSCOU, LE 19 OCTOBRE 1956", "Done at Washington, ...", "Geschehen zu Bonn am ...")
_SIGNED_AT = re.compile(
    r"(?i)^(?:signed|done|sign[ée]e?s?|fait|faite|geschehen|unterzeichnet|подписан[аоы]?|совершено)\s+"
    r"(?:at|in|à|a|zu|in|в)\s+(?=\S)"
)
# The receipt and despatch lines, in the editions' languages ("(Reçu : le 4 mars, 1 h. 30.)", "Ankunft: 4. Mai
# 1939", "Получена 4 мая 1939 г."): the received words are :data:`_RECEIVED`
_EVENT = re.compile(
    r"(?i)^[\[(]?\s*(?P<event>received|recd\.?|rec['’]d\.?|sent|dispatched|despatched|transmitted|reçue?|"
    r"expédiée?|ankunft|eingegangen|abgesandt|abgang|получен[аоы]?|отправлен[аоы]?)(?!\w)\s*[:.]?\s*(?:le\s+|am\s+)?"
)
_RECEIVED = ("rec", "reç", "ankunft", "eingegangen", "получ")
# Rule *time first*: a British telegram's despatch and receipt lines, the hour before the date ("D. 8.45 p.m.
# 1st August 1949", "R. 7.33 a.m. 2nd August 1949.")
_EVENT_LETTER = re.compile(r"^(?P<event>[DR])\.\s*(?=[0-2]?\d[.:][0-5]\d\s*[ap]\.?\s?m)")
# A receipt stamped with a day-time group and no zone letter: "Recd. 241100 Sep 45."
_DAY_TIME = re.compile(
    r"^(?P<d>[0-3]\d)(?P<h>[0-2]\d)(?P<mi>[0-5]\d)Z?\s+(?P<mon>[A-Za-z]{3})\.?\s+(?P<y>\d{2}|\d{4})\.?$"
)
# A cipher series' number before the genre: "No 8 cipher 22 Sep." (the War Office's telegram form)
_NUMBERED_GENRE = re.compile(r"(?i)^No\.?\s*(?P<number>\d+)\s+(?P<genre>cipher|telegram|cable)\s+")
# A place: capitalised words and the particles of names ("Rio de Janeiro"); Russian lower-cases the noun of a
# named building ("Воронцовский дворец"); an editor may supply the place in brackets ("[Ottawa]")
_PLACE = r"[A-ZА-Я][\w'’.-]*(?:[ -](?:[A-ZА-Я][\w'’.-]*|on|upon|am|de|la|del|sur|[а-яё]{4,}))*"
_PLACE_FIRST = re.compile(rf"^(?P<place>{_PLACE}(?:\s*\[[^\]]+\])?|\[[A-ZА-Я][^\]]*\])\s*,\s*(?=\S)")
_PLACE_STOP = re.compile(rf"^(?P<place>{_PLACE})\.\s+(?=\d|[^\W\d_]{{3,9}}\.?\s+\d)")
WIRED = re.compile(r"(?i)^\((?:telegraphic|by\s+telegraph|by\s+wire|telegram|cipher|en\s+clair)\.?\)\s*")
RECEIPT_AFTER = re.compile(
    r"(?i)\s*\((?:received|recd|ankunft|eingegangen|eingang|reçu|arrivée?|получен[ао]?)\b[^()]*\)\.?$"
)
_ERA_AFTER = re.compile(r"\s*[-–]\s*(?:E\.\s?F\.\s*)?[XVI]{1,6}\.?$")  # "1936 - XIV": the Fascist era's year
# "In Prague on 6th September 1963", "At Moscow, 3 May 1950": the place after its preposition
_IN_PLACE = re.compile(
    r"^(?:In|At)\s+(?P<place>[A-ZА-Я][\w'’.-]*(?:[ -][A-ZА-Я][\w'’.-]*)*)\s*,?\s+(?:on\s+|the\s+)?(?=[\d\[])"
)
# A known city and a date in figures with no comma between: "Pyongyang 08/24/63"
_CITY_FIGURES = re.compile(rf"^(?P<place>{_PLACE})\s+(?=\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}$)")
# Rule *place, no comma*: a letter's place and a date in words, no comma between ("Mount Vernon 4th March
# 1798", "Philadelphia March 4th 1798"); the place's words are no month, weekday or genre
_CITY_WORDS = re.compile(
    rf"^(?P<place>{_PLACE})\s+(?=(?:\d{{1,2}}(?:st|nd|rd|th|d)?\s+[A-Z][a-z]{{2,8}}\.?,?\s+1\d{{3}}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th|d)?[,.]?\s+1\d{3})\.?$)"  # "Paris Feb. 20. 1787."
)
_PLACE_MORE = re.compile(rf"^(?P<more>(?:[A-Z]\.\s?){{2,3}}|{_PLACE})\s*,\s*(?=\S)")
_CITY_WORD = re.compile(r"^г\.\s*(?=[А-Я])")
# Rule *marking first*: a classification before the place and date ("CONFIDENTIAL [Ottawa], June 15, 1961")
_MARKING_FIRST = re.compile(
    r"^(?P<m>(?i:TOP SECRET|MOST SECRET|SECRET|CONFIDENTIAL|RESTRICTED))[.,]?\s+(?=\S)"
)
_FILE_NUMBER = re.compile(r"^(?P<file>(?:[A-Z][\w.]*\.?\s+)*[IVX]*\s*\d[\w./-]*)\s+(?=[A-Z])")
# Rule *meeting reference*: the meeting whose minutes these are, before the place ("PMM(48) 12th Meeting
# (extract) LONDON, 20 October 1948")
_MEETING = re.compile(
    r"^(?P<file>[A-Z][\w.()/-]*\s+\d+(?:st|nd|rd|th)\s+Meeting(?:\s+\((?:extract|excerpt)s?\))?)\s+(?=[A-Z])"
)
_DTG = re.compile(
    r"^(?P<prec>[ZOPRFM]{1,2})\s+(?P<d>[0-3]\d)(?P<h>[0-2]\d)(?P<mi>[0-5]\d)Z\s+(?P<mon>[A-Z]{3})\s+(?P<y>\d{2})"
    r"(?:\s+[A-Z0-9]{2,6})?$"  # a trailing routing indicator ("ZFF4")
)
# Rule *weekday*: "Sunday, " before the date ("Hong Kong, Sunday, 18th December, 1940").
_WEEKDAY = re.compile(r"(?i)^(?:" + "|".join(sorted(WEEKDAYS)) + r")\b\.?\s*,?\s*(?=\S)")
# Rule *undated*: the whole date part says there is none ("Moscow, undated", "[undated]", "n.d.").
_UNDATED_ENDS = tuple(UNDATED)
_UNDATED = re.compile(
    r"(?i)^\[?\s*(?:"
    + "|".join(re.escape(u).replace(r"\ ", r"\s?") for u in sorted(UNDATED))
    + r")\.?\s*\]?$"
)
_PRECEDENCE = {"Z": "Flash", "O": "Immediate", "P": "Priority", "R": "Routine", "M": "Deferred"}


@dataclass
class Dateline:
    """What a date line states."""

    date: DateValue
    place: str | None = None  # as written
    time: str | None = None  # "18:37"
    event: str = "written"  # "written" | "received" | "sent"
    genre: str | None = None  # "Cablegram"
    number: str | None = None  # "128"
    file_number: str | None = None  # "Pol. VI 2651"
    precedence: str | None = None  # from a date-time group
    marking: str | None = None  # a classification printed before it ("CONFIDENTIAL [Ottawa], ...")

    @property
    def moment(self) -> str | None:
        """The ISO date, with the time when the line gives one ("1955-07-28T18:37")."""
        value = self.date.value
        if value and self.time and len(value) == 10:
            return f"{value}T{self.time}"
        return value


def clock(match: re.Match[str]) -> str | None:
    """ "6:37 p.m." -> "18:37"; "noon" -> "12:00"."""
    if word := match.group("word"):
        return "12:00" if word.lower() == "noon" else "00:00"
    if match.group("h24"):
        hour, minute = int(match.group("h24")), int(match.group("m24"))
    elif match.group("hf") or match.group("hr"):  # the French and German hour: "22 h. 15", "14 Uhr 30"
        hour = int(match.group("hf") or match.group("hr"))
        minute = int(match.group("mf") or match.group("mr") or 0)
    else:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        if hour > 12:
            return None
        hour = hour % 12 + (12 if match.group("ap").lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 else None


_MONTH_DAY = re.compile(
    r"(?i)^(?P<a>(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+[0-3]?\d|[0-3]?\d\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?)(?=\W|$)"
)


_NOT_PLACE_WORDS = {
    "morning",  # "Evening 5 November 1962": the time of day, no place
    "afternoon",
    "evening",
    "night",
    "received",
    "sent",
    "dated",
    "recd",
    "written",
    "signed",
    "from",
    "to",
    "copy",
    "no",
    "nr",
}


def _a_place(words: str) -> bool:
    """Whether the words before a date may be its place: no month, weekday or genre among them."""
    low = [w.lower().strip(".") for w in words.split()]
    return (
        len(low) <= 3
        and not re.search(r"\b[A-Z]\.|\.$", words)  # "D. Smith 1st August 1949": a man's initials
        and not any(w in MONTHS or w in WEEKDAYS for w in low)
        and doc_type_of(words) == "other"
        and not any(w in _NOT_PLACE_WORDS for w in low)
        and marking_of(words) is None  # "SECRET 21 June 1983": the paper's marking, then its day
    )


# The Public Papers of the Presidents' bracket: when it was released, then when it was dated (the paper's day)
_RELEASED_DATED = re.compile(r"(?i)\[?\s*released\s+[^.\]]{4,40}\.\s*dated\s+(?P<d>[^.\]]{4,40})\.?\s*\]?")
_SUPPLIED_PLACE = re.compile(r"^\[(?P<p>[A-Z][^\[\]\d,]{1,40}?)(?P<comma>,?)\]\s*,?\s*(?=\d|\w+\s+\d)")


# A catalogue's or an edition's label for the date line: "Location and date: Berlin, 29.08.1939"
_PLACE_AND_DATE_LABEL = re.compile(
    r"(?i)^(?:(?:location|place)\s+and\s+date|date\s+and\s+(?:place|location))\s*:\s*"
)


def read_dateline(line: str, year: int | None = None) -> Dateline | None:
    """The date line ``line`` is, or None; ``year`` completes a date printed without one
    ("[Received July 12—7:11 a. m.]" under a date line of 1949). Each caller gets its own to change."""
    dateline = _read_dateline(line, year)
    return None if dateline is None else replace(dateline, date=replace(dateline.date))


_HOUR_AFTER_STOP = re.compile(r"(?P<y>\b1[6-9]\d\d|\b20\d\d)\.\s+(?=\d{1,2}[.:]\d\d\s*[ap]\.?\s?m\.?$)", re.I)


@remembered()
def _read_dateline(line: str, year: int | None = None) -> Dateline | None:
    # a note's marker glued to a word ("13 août[1] 1866") or standing alone ("S[L] [1] 1"), and what the
    # edition prints of an extract ("(extract)"); an editor's digit inside a year ("19[4]5") stays
    text = re.sub(r"(?<=[^\W\d_])\[\d{1,2}\]|(?<=\s)\[\d{1,2}\]\s|\s\((?i:extracts?|excerpts?)\)", " ", line)
    text = _PLACE_AND_DATE_LABEL.sub("", without_marker(re.sub(r"\s+", " ", text).strip()))
    # the hour after the year's full stop, as the Yellow and Blue Books print it: "Berlin, August 26, 1939.
    # 1.40 a.m."
    text = _HOUR_AFTER_STOP.sub(r"\g<y>, ", text)
    if not text or len(text) > 120:
        return None
    if (both := _RELEASED_DATED.fullmatch(text)) is not None:
        return read_dateline(both.group("d"), year)  # "[ Released April 19, 1960. Dated April 13, 1960 ]"
    # the editor's supplied place, in brackets: "[London,] 14 November 1864", "[Moscow, 1 May 1945]"
    if (supplied := _SUPPLIED_PLACE.match(text)) and (
        supplied.group("comma") and _a_place(supplied.group("p")) or is_known_place(supplied.group("p"))
    ):  # "[London,] ..." (the editor's comma), "[Moscow] 5 May 1945"; no "[Date] September 8, 1951"
        text = f"{supplied.group('p')}, {text[supplied.end() :]}"
    if text[:1] == "[" and text[-1:] == "]" and text.count("[") == 1 and re.match(r"\[[A-Z][^\d\]]*,", text):
        text = text[1:-1]
    if not any(c.isdigit() for c in text) and not text.rstrip(" .]").lower().endswith(_UNDATED_ENDS):
        return None  # every date has a digit; an undated line ends with its word
    if dtg := _DTG.match(text):
        return _from_dtg(dtg)
    # the edition's note of how it came, before the place ("(Telegraphic.) Berlin, August 30, 1939."), the
    # receipt after the date ("Bern, 18. März 1919 (Ankunft: 19. März., 10 h)"), the regime's era after the
    # year ("Roma, 30 luglio 1936 - XIV")
    wired = WIRED.match(text)
    if wired:
        text = text[wired.end() :]
    text = _ERA_AFTER.sub("", text)
    timed_receipt = False
    if (receipt := RECEIPT_AFTER.search(text)) and receipt.start() > 0:  # not a receipt line of its own
        # the hour it came in ("(Ankunft: 19. März., 10 h)", "(Received 4.21 p.m.)"): a telegram's
        timed_receipt = bool(re.search(r"(?i)\d\s*(?:h\b|uhr\b|[ap]\.\s?m\.|[:.]\d\d)", receipt.group(0)))
        text = text[: receipt.start()]
    event = "written"
    if text[:1] in "SsDdFfGgUuПпСс" and (signed := _SIGNED_AT.match(text)):
        # the place may go without its comma before the date's article: "Geschehen zu Bonn am 26. Mai 1952"
        text = re.sub(rf"^({_PLACE})\s+(?=(?:am|on|le|den|the|this)\s)", r"\1, ", text[signed.end() :])
    placed = text[:1] in "IA" and _IN_PLACE.match(text)
    if not placed and (figures := _CITY_FIGURES.match(text)) and is_known_place(figures.group("place")):
        placed = figures
    if (
        not placed
        and text[:1].isupper()
        and (worded := _CITY_WORDS.match(text))
        and _a_place(worded.group("place"))
    ):
        placed = worded
    if placed:
        text = f"{placed.group('place')}, {text[placed.end() :]}"
    if m := _EVENT.match(text):
        event = "received" if m.group("event").lower().startswith(_RECEIVED) else "sent"
        text = text[m.end() :].rstrip("]) .")
    elif m := _EVENT_LETTER.match(text):
        event = "received" if m.group("event") == "R" else "sent"
        text = text[m.end() :]
    if event != "written" and (dt := _DAY_TIME.match(text)):
        return _day_time(dt, event)
    first_time = None
    if event != "written" and (t := _TIME.match(text)):  # rule *time first*
        first_time, text = clock(t), text[t.end() :].strip()
    elif event != "written" and (t := _DASHED_TIME.match(text)):  # "Sent 9-00 15.1.1936"
        first_time, text = f"{int(t.group('h')):02d}:{t.group('m')}", text[t.end() :]
    genre = number = file_number = place = marking = None
    if text[:1] in "CMRST" and (m := _MARKING_FIRST.match(text)):
        marking, text = m.group("m").title(), text[m.end() :]
    if m := _GENRE.match(text) or _NUMBERED_GENRE.match(text) or _FRENCH_NUMBERS.match(text):
        genre, number, text = m.group("genre"), m.group("number"), text[m.end() :]
    opening = _opening_date(text)
    date, rest = opening or (None, text)
    if date is None:  # not rule *date first*: a file number, a place, a weekday may come before the date
        file_number, place, text = _head(text)
        if place and first_time is None and (t := _TIME.match(text)) and _date_and_rest(text[t.end() :])[0]:
            first_time, text = clock(t), text[t.end() :].lstrip(" ,")  # "New York, 10.46pm, 5 November 1956"
        if _UNDATED.match(text):  # rule *undated*: no date value, the place kept
            return Dateline(DateValue(text), place, None, event, genre, number, file_number)
        date, rest = opening if opening and text == rest else _date_and_rest(text)
    if date is None and year and (m := _MONTH_DAY.match(text)):
        date, rest = parse_date(f"{m.group('a')} {year}"), text[m.end() :]
        if date is not None:
            date.as_written = m.group("a")
    if date is None:
        return None
    time = first_time
    if time is None and (t := _TIME.match(rest)):
        time, rest = clock(t), rest[t.end() :]
    rest = rest.strip(" .,;]")
    if rest and marking is None and (trailing := marking_of(rest)):
        marking, rest = trailing, ""  # "July 8, 1939 top secret": the marking typed after the date
    if rest and place is None and (after := re.fullmatch(rf",?\s*(?P<place>{_PLACE})", rest)):
        place, rest = after.group("place"), ""  # "20 August 1950, Moscow"
    if time is None and re.fullmatch(r"\s*[,—–-]?\s*[0-2]?\d:[0-5]\d\.?\s*", rest):
        rest = ""  # "Washington, October 19, 1955, 6:39": an hour whose a.m. or p.m. the copy lost, not kept
    if rest:
        return None
    if place and re.search(r"\s(?i:on|at|in|by|of|am|le)$", place):
        place = None  # "Drafted on November 8, 1986": a verb's words, no place
    if place and len(place.split()) > 6 and not is_known_place(place):
        return None  # "RECEPTION OF THE PARTY DELEGATION ... AT THE PRIME MINISTER, ON 28.11.1964": a heading
    return Dateline(
        date,
        place,
        time,
        event,
        genre or ("telegram" if wired or timed_receipt else None),
        number,
        file_number,
        marking=marking,
    )


def _opening_date(text: str) -> tuple[DateValue | None, str] | None:
    """Rule *date first*: the date ``text`` opens with and what follows it ("13th December, 1954",
    "December, 1939", "[5 July 1950], Hanoi"): no file number or place stands before such a date.
    None when ``text`` cannot open with a date (a cheap test: it starts with a place or a file number)."""
    first = text.split(" ", 1)[0].strip(",.").lower()
    if not (text[:1].isdigit() or text[:1] == "[" or first in MONTHS):
        return None
    return _date_and_rest(text)


# the street's number before it in a date line ("34, Great George Street, August, 1839."; a building before
# the city, "Government House, Auckland, 5th August, 1841.", is ``places.BUILDING``'s)
_HOUSE_NUMBER = re.compile(
    r"^(?P<n>\d{1,4}[a-z]?),?\s+(?=[A-Z][^,]{2,40}\b(?i:street|road|square|gardens|place|"
    r"terrace|avenue|lane|row|crescent),)"
)


def _head(text: str) -> tuple[str | None, str | None, str]:
    """(file number, place, what follows) of "Pol. VI 2651 Berlin, December 2, 1939": what stands before
    the date. Rule *weekday*: a weekday is the date's, not a place, and goes ("Hong Kong, Sunday, 18th
    December, 1940")."""
    file_number = place = None
    if (m := _FILE_NUMBER.match(text) or _MEETING.match(text)) and _PLACE_FIRST.match(text[m.end() :]):
        file_number, text = m.group("file").strip(), text[m.end() :]
    text = _CITY_WORD.sub("", text)  # "г. Москва, ...": the word "city" before the city's name
    number = _HOUSE_NUMBER.match(text)
    if number:
        text = text[number.end() :]
    m = _PLACE_FIRST.match(text) or _PLACE_STOP.match(text)
    if m and m.re is _PLACE_STOP and not is_known_place(m.group("place")):
        m = None  # "Moscow. 11.VII.27": a known city's name before a full stop
    if m and m.group("place").lower() not in WEEKDAYS and not parse_date(m.group("place")):
        place, text = m.group("place"), text[m.end() :]
        # the building before its city ("General Post Office, Wellington, 11th April, 1908", "Government
        # House, Wellington, ..."): the city
        # (not a letterhead in capitals: "AMERICAN EMBASSY, London, August 3, 1914" is no date line)
        city = _PLACE_FIRST.match(text) if not is_known_place(place) and not place.isupper() else None
        building = city and BUILDING.search(place) and city.group("place").lower().rstrip(".") not in MONTHS
        if city and (is_known_place(city.group("place")) or building):
            place, text = city.group("place"), text[city.end() :]
        # a known city's second part: the state's initials ("Washington, D.C., May 3, 1950"), kept; the
        # building ("Moscow, Kremlin, 3 May 1950", "Москва, Кремль, ..."), read past
        more = _PLACE_MORE.match(text) if is_known_place(place) else None
        if more and more.group("more").lower() not in WEEKDAYS:
            place = f"{place}, {more.group('more')}" if more.group("more")[-1:] == "." else place
            text = text[more.end() :]
    if number and place:
        place = f"{number.group('n')}, {place}"
    if m := _WEEKDAY.match(text):
        text = text[m.end() :]
    return file_number, place, text


def _date_and_rest(text: str) -> tuple[DateValue | None, str]:
    """The date at the start of ``text`` and what follows it."""
    end = text.find("]") if text.startswith("[") else -1
    if end > 0 and editor_date(text[: end + 1]) and (editor := parse_date(text[: end + 1])):
        return editor, text[end + 1 :]  # rule *editor's date*: "[5 July 1950], Hanoi"
    clean = fill_brackets(text)
    whole = parse_date(clean.rstrip(" ."))
    if whole:
        return whole, ""
    dates = find_dates(clean)
    if not dates or dates[0].start > 0 and not leads_a_date(clean[: dates[0].start]):
        return None, text
    first = dates[0]
    value = first.value
    value.as_written = clean[: first.end].strip()
    return value, clean[first.end :]


def _day_time(m: re.Match[str], event: str) -> Dateline | None:
    month = MONTHS.get(m.group("mon").lower())
    if month is None or not 1 <= int(m.group("d")) <= 31:
        return None
    year = int(m.group("y")) if len(m.group("y")) == 4 else 1900 + int(m.group("y"))
    value = f"{year:04d}-{month:02d}-{int(m.group('d')):02d}"
    return Dateline(
        DateValue(m.group(0).rstrip("."), value=value), time=f"{m.group('h')}:{m.group('mi')}", event=event
    )


def _from_dtg(m: re.Match[str]) -> Dateline | None:
    month = MONTHS.get(m.group("mon").lower())
    if month is None:
        return None
    year = 1900 + int(m.group("y")) if int(m.group("y")) > 30 else 2000 + int(m.group("y"))
    value = f"{year:04d}-{month:02d}-{int(m.group('d')):02d}"
    date = DateValue(m.group(0), value=value)
    return Dateline(
        date,
        time=f"{m.group('h')}:{m.group('mi')}",
        event="sent",
        precedence=_PRECEDENCE.get(m.group("prec")[0]),
    )
