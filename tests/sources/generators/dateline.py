"""Date lines: where and when a document was written, sent or received, composed from independent choices.

Choices: the date's form ("March 10, 1962", "10 March 1962", "10th March, 1962", "10.III.1962",
"10.III.62", "10.03.1962", "3/10/1962", "March 1962", "1962", Russian "10 марта 1962 г.", German "10. März
1962" (after "Bonn, den", "am Mittwoch, den"), French "10 mars 1962" (after "Paris, le"), the Soviet hand's
"10/III-62", a weekday
before it, an editor's brackets "[10 March 1962]" or "19[6]2", a qualifier "c.", ranges "3-5 May 1950",
"January-March 1978", "1949-1950", "undated"); the place (none, before the date, after it, in capitals,
with an editor's bracket "Ghulja [Yining]"); the hour after the date ("—6 p.m.", ", 11:46 a.m.", "-12:30
a. m.", "—noon", ", 1400 hours"); a genre and number before it ("Cablegram 128,", "Telegram No. 374,"), a
file number ("Pol. VI 2651 Berlin, ..."); an event ("[Received July 12—7:11 a. m.]", the year from the
document's date line); a cable's date-time group ("O 071304Z FEB 74"); a closing full stop.

A case's text is the line and the year of the document's own date line ("" when there is none).

Exact recovery: ``read_dateline(line, year)`` gives ``(value, start, end, qualifier, place, time, event,
genre, number, file_number)`` as composed: ISO value (or start and end for a range), the place as
written, the time as "HH:MM". A dotted numeric date is day first ("10.03.1962" is 10 March), as the
archives of the bloc write it; a slashed one month first ("3/10/1962" is March 10), as American clerks
write it (the dates layer's rule ``numeric_order``). An undated line gives no date but keeps its place:
("undated", place) is what "Moscow, undated" must give (the reader's ``is_date_line`` for a bare
"Undated").
"""

from __future__ import annotations

import datetime
import random

from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.dates import is_date_line

from .case import Case

KIND = "dateline"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
GERMAN = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")  # fmt: skip
FRENCH = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")  # fmt: skip
RUSSIAN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PLACES = ("Washington", "Moscow", "Peking", "Beijing", "Pyongyang", "Warsaw", "Budapest", "Berlin",
          "Prague", "Bucharest", "Sofia", "Hanoi", "Ulan Bator", "New Delhi", "Tokyo", "London", "Paris",
          "Bonn", "Saigon", "Nanking", "Canberra", "Tel Aviv", "Rio de Janeiro", "Hong Kong", "Urumqi",
          "Port Arthur", "Havana", "Belgrade", "Tirana", "Seoul")  # fmt: skip
BRACKETED_PLACES = ("Ghulja [Yining]", "Peiping [Beijing]", "Dairen [Dalian]", "Mukden [Shenyang]")
DTG_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

Read = tuple[object, ...]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _day(rng: random.Random, y: int, m: int) -> int:
    return rng.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def _date(
    rng: random.Random, choices: dict[str, str]
) -> tuple[str, tuple[str | None, str | None, str | None, str | None]]:
    """(written, (value, start, end, qualifier)) of one date."""
    y = rng.randint(1939, 1979)
    m = rng.randint(1, 12)
    d = _day(rng, y, m)
    iso = f"{y:04d}-{m:02d}-{d:02d}"
    form = rng.choices(
        ["mdy", "dmy", "dmy-ordinal", "mdy-short", "roman", "roman-short", "dotted", "my", "y", "russian",
         "weekday", "bracketed", "bracket-digit", "circa", "range-days", "range-months", "range-years",
         "slashed", "german", "french", "soviet"],
        weights=[20, 18, 3, 4, 5, 2, 4, 4, 2, 2, 2, 3, 2, 3, 4, 2, 2, 2, 3, 3, 1],
        k=1,
    )[0]  # fmt: skip
    choices["date"] = form
    month = MONTHS[m - 1]
    if form == "mdy":
        return f"{month} {d}, {y}", (iso, None, None, None)
    if form == "dmy":
        return f"{d} {month} {y}", (iso, None, None, None)
    if form == "dmy-ordinal":
        return f"{_ordinal(d)} {month}, {y}", (iso, None, None, None)
    if form == "mdy-short":
        return f"{SHORT[m - 1]} {d}, {y}", (iso, None, None, None)
    if form == "roman":
        return f"{d}.{ROMAN[m - 1]}.{y}", (iso, None, None, None)
    if form == "roman-short":
        return f"{d}.{ROMAN[m - 1]}.{y % 100:02d}", (iso, None, None, None)
    if form == "dotted":
        return f"{d:02d}.{m:02d}.{y}", (iso, None, None, None)
    if form == "slashed":  # an American clerk's "6/5/1963": month first
        return f"{m}/{d}/{y}", (iso, None, None, None)
    if form == "my":
        return f"{month} {y}", (f"{y:04d}-{m:02d}", None, None, None)
    if form == "y":
        return f"{y}", (f"{y:04d}", None, None, None)
    if form == "russian":
        return f"{d} {RUSSIAN[m - 1]} {y} г.", (iso, None, None, None)
    if form == "german":  # "10. November 1954", after "den" or "am Mittwoch, den" when a place stands before
        return f"{d}. {GERMAN[m - 1]} {y}", (iso, None, None, None)
    if form == "french":  # "3 mars 1939", "1er août 1914"
        return f"{'1er' if d == 1 else d} {FRENCH[m - 1]} {y}", (iso, None, None, None)
    if form == "soviet":  # the Soviet hand: "11/VII-27"
        y = rng.randint(1920, 1939)
        return f"{d}/{ROMAN[m - 1]}-{y % 100:02d}", (f"{y:04d}-{m:02d}-{d:02d}", None, None, None)
    if form == "weekday":  # "Wednesday, 17th February, 1954"
        weekday = WEEKDAYS[datetime.date(y, m, d).weekday()]
        return f"{weekday}, {_ordinal(d)} {month}, {y}", (iso, None, None, None)
    if form == "bracketed":  # the editor supplies the whole date
        return f"[{d} {month} {y}]", (iso, None, None, None)
    if form == "bracket-digit":  # the editor supplies a digit the copy lacks: "19[6]2"
        return f"{month} {d}, {str(y)[:2]}[{str(y)[2]}]{str(y)[3]}", (iso, None, None, None)
    if form == "circa":
        return f"{rng.choice(['c.', 'ca.', 'circa'])} {y}", (f"{y:04d}", None, None, "circa")
    if form == "range-days":
        d2 = min(d + rng.randint(1, 5), 28)
        if d2 == d:
            d = d2 - 1
        dash = rng.choice(["-", "–"])
        start, end = f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}-{m:02d}-{d2:02d}"
        written = f"{d}{dash}{d2} {month} {y}" if rng.random() < 0.6 else f"{month} {d}{dash}{d2}, {y}"
        return written, (None, start, end, None)
    if form == "range-months":
        m2 = min(m + rng.randint(1, 6), 12)
        m = m2 - 1 if m2 == m else m
        return f"{MONTHS[m - 1]}-{MONTHS[m2 - 1]} {y}", (None, f"{y:04d}-{m:02d}", f"{y:04d}-{m2:02d}", None)
    y2 = y + rng.randint(1, 3)
    return f"{y}{rng.choice(['-', '–'])}{y2}", (None, f"{y:04d}", f"{y2:04d}", None)


def _time(rng: random.Random, choices: dict[str, str]) -> tuple[str, str | None]:
    form = rng.choice(["pm-dash", "hm-comma", "am-spaced", "noon", "hours"])
    choices["time"] = form
    h = rng.randint(1, 12)
    mi = rng.randint(0, 59)
    if form == "pm-dash":
        ap = rng.choice(["a.m.", "p.m.", "p. m."])
        return f"—{h} {ap}", f"{h % 12 + (12 if ap.startswith('p') else 0):02d}:00"
    if form == "hm-comma":
        ap = rng.choice(["a.m.", "p.m."])
        return f", {h}:{mi:02d} {ap}", f"{h % 12 + (12 if ap.startswith('p') else 0):02d}:{mi:02d}"
    if form == "am-spaced":
        return f"-{h}:{mi:02d} a. m.", f"{h % 12:02d}:{mi:02d}"
    if form == "noon":
        return "—noon", "12:00"
    hh = rng.randint(0, 23)
    return f", {hh:02d}{mi:02d} hours", f"{hh:02d}:{mi:02d}"


def _dtg(rng: random.Random, choices: dict[str, str]) -> tuple[str, Read]:
    choices["form"] = "dtg"
    prec = rng.choice(["O", "P", "R", "Z"])
    y = rng.randint(1965, 1979)
    m = rng.randint(1, 12)
    d = _day(rng, y, m)
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    text = f"{prec} {d:02d}{hh:02d}{mi:02d}Z {DTG_MONTHS[m - 1]} {y % 100:02d}"
    if rng.random() < 0.3:
        text += f" {rng.choice(['ZFF4', 'ZFF1', 'ZFF6'])}"
    return text, (
        f"{y:04d}-{m:02d}-{d:02d}",
        None,
        None,
        None,
        None,
        f"{hh:02d}:{mi:02d}",
        "sent",
        None,
        None,
        None,
    )


def _received(rng: random.Random, choices: dict[str, str]) -> tuple[str, Read, int]:
    """ "[Received July 12—7:11 a. m.]": the day and hour a cable came in, its year the date line's."""
    choices["form"] = "received"
    y = rng.randint(1939, 1969)
    m = rng.randint(1, 12)
    d = _day(rng, y, m)
    h, mi = rng.randint(1, 12), rng.randint(0, 59)
    ap = rng.choice(["a. m.", "p. m.", "a.m.", "p.m."])
    with_year = rng.random() < 0.3
    choices["year"] = str(with_year)
    date = f"{MONTHS[m - 1]} {d}, {y}" if with_year else f"{MONTHS[m - 1]} {d}"
    time = f"{h % 12 + (12 if ap.startswith('p') else 0):02d}:{mi:02d}"
    text = f"[Received {date}—{h}:{mi:02d} {ap}]"
    return text, (f"{y:04d}-{m:02d}-{d:02d}", None, None, None, None, time, "received", None, None, None), y


def compose(rng: random.Random) -> Case:
    choices: dict[str, str] = {}
    kind = rng.choices(["line", "dtg", "received", "undated"], weights=[84, 5, 6, 5], k=1)[0]
    if kind == "dtg":
        text, expected = _dtg(rng, choices)
        return Case([text], expected, choices)
    if kind == "received":
        text, expected, year = _received(rng, choices)
        return Case([text, str(year)], expected, choices)
    if kind == "undated":
        choices["form"] = "undated"
        place = rng.choice(PLACES) if rng.random() < 0.5 else None
        word = rng.choice(["undated", "Undated", "[undated]", "n.d."])
        text = f"{place}, {word}" if place else word
        choices["place"] = "before" if place else "none"
        return Case([text, ""], ("undated", place), choices)
    choices["form"] = "line"
    date, (value, start, end, qualifier) = _date(rng, choices)
    where = rng.choices(
        ["before", "none", "after", "capitals", "bracketed"], weights=[55, 20, 8, 12, 5], k=1
    )[0]
    if where == "after" and (value is None or len(value) < 10):
        where = "before"  # "20 August 1950, Moscow": a full date, then the place
    russian = choices["date"] in ("russian", "german", "french", "soviet")
    if russian:
        where = rng.choice(["none", "russian"])
    choices["place"] = where
    place = None
    if where == "russian":
        place = {
            "german": rng.choice(["Bonn", "Großes Hauptquartier", "Berlin"]),
            "french": rng.choice(["Paris", "Berne", "Genève"]),
        }.get(choices["date"], rng.choice(["Москва", "Пекин", "Пхеньян"]))
    elif where == "bracketed":
        place = rng.choice(BRACKETED_PLACES)
    elif where != "none":
        place = rng.choice(PLACES)
        place = place.upper() if where == "capitals" else place
    time_text, time = ("", None)
    exact_day = value is not None and len(value) == 10 and choices["date"] not in ("bracketed",)
    if exact_day and not russian and where != "after" and rng.random() < 0.25:
        time_text, time = _time(rng, choices)
    genre = number = file_number = None
    head = ""
    if place and where not in ("after", "russian") and rng.random() < 0.12:
        genre = rng.choice(["Cablegram", "Telegram", "Despatch", "Airgram"])
        number = str(rng.randint(1, 1999))
        head = f"{genre} {number}, " if rng.random() < 0.6 else f"{genre} No. {number}, "
        choices["genre"] = "yes"
    elif place and where == "before" and rng.random() < 0.05:
        file_number = f"Pol. {rng.choice(ROMAN)} {rng.randint(100, 9999)}"
        head = f"{file_number} "
        choices["file-number"] = "yes"
    if place and choices["date"] in ("german", "french") and rng.random() < 0.6:
        date = f"{'den' if choices['date'] == 'german' else 'le'} {date}"  # "Bonn, den 10. November 1954"
    elif not place and choices["date"] == "german" and rng.random() < 0.3:
        weekday = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
        day = datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        date = f"am {weekday[day.weekday()]}, den {date}"
    if where == "after":
        text = f"{date}{time_text}, {place}"
    elif place:
        text = f"{head}{place}, {date}{time_text}"
    else:
        text = f"{date}{time_text}"
    if rng.random() < 0.2 and not text.endswith((".", "]")):
        text += "."
        choices["stop"] = "yes"
    expected = (value, start, end, qualifier, place, time, "written", genre, number, file_number)
    return Case([text, ""], expected, choices)


def recover(case: Case) -> object:
    line, year = case.text[0], case.text[1] if len(case.text) > 1 else ""
    found = read_dateline(line, int(year) if year.isdigit() else None)
    if case.choices.get("form") == "undated":
        if found is not None:
            return (found.date.value or "undated", found.place)
        return ("undated", None) if is_date_line(line) else None
    if found is None:
        return None
    d = found.date
    return (d.value, d.start, d.end, d.qualifier, found.place, found.time, found.event, found.genre,
            found.number, found.file_number)  # fmt: skip
