"""Dates as pages write them, to ISO values (``1945-11-03``, ``1945-07``, ``1974``) or ranges.

Handles "November 3, 1945", "3 November 1945", "August 1st, 1978", "July 1945", "1974",
"c. 1950" / "circa" / "before" / "after", ranges ("1949-1950", "January-December 1978",
"3-5 May 1950"), numeric forms ("1945-11-03", "24.III.50", "10.30.1962", "05.06.1963": see
:func:`numeric_order`) and editorial brackets ("19[4]5", "12 [January] 1947", and a whole date the
editor supplies, "[5 July 1950]": see :func:`editor_date`), in English, Russian, German and French
("10. November 1954", "le 3 mars 1939", "13 июля 1941 г.", "11/VII-27": :data:`MONTHS`, :data:`WEEKDAYS`,
:data:`DATE_ARTICLES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chancery.model import DateValue
from chancery.sources.page.memo import remembered

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Russian, in the genitive of dates ("8 октября 1941 г.") and the nominative of months ("октябрь 1941")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # German ("10. November 1954", "4. Febr. 1959"): the months English does not share
    "januar": 1, "jänner": 1, "februar": 2, "febr": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French ("le 3 mars 1939", "19 OCTOBRE 1956")
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
    "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
    # Italian and Spanish ("30 luglio 1936", "5 de mayo de 1962")
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9,
    "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Polish, in the genitive of a date ("28 września 1939")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10, "listopada": 11,
    "grudnia": 12,
}  # fmt: skip
ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}
WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
}  # fmt: skip
# The little words a language sets before a date ("on", "le 3 mars", "den 10. November", "am 4. Februar",
# "du 9 février", "от 10 июля"): a date line may open with them
DATE_ARTICLES = {"on", "dated", "the", "le", "du", "den", "dem", "am", "vom", "от"}
QUALIFIERS = {
    "c": "circa",
    "ca": "circa",
    "circa": "circa",
    "approximately": "circa",
    "about": "circa",
    "around": "circa",
    "before": "before",
    "after": "after",
    "not before": "after",
    "not after": "before",
}

MONTH_WORDS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # a month's name, any language
_MONTH_WORDS = MONTH_WORDS
# A month's word: any word of three to nine letters, told a month by :data:`MONTHS` when the date is read
# (one class for the dozens of names the languages give the months: the patterns stay fast)
_MONTH = r"(?P<{n}>[^\W\d_]{{3,9}})\.?"
# a day as languages write it: "1st", the French "1er", the German "10." ("10. November 1954")
_DAY = r"(?P<{n}>[0-3]?\d)(?:\s?(?:st|nd|rd|th)|er|\.)?"  # "28 th": a typist's space before the ordinal
_YEAR = r"(?P<{n}>1[5-9]\d\d|20\d\d)"
_DASH = r"\s*(?:-|–|—|to|until|through)\s*"

_PATTERNS: list[tuple[str, str]] = [
    # the year first, then month and day, padded or not, in any one separator: "1945-11-03", "1973-3-15",
    # "1973.3.15", "1973/03/15" (no one writes the day before the month after the year)
    ("iso", r"{y}(?P<sep>[-./])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)".format(y=_YEAR.format(n="y"))),
    (
        "dmy_range",
        (
            _DAY.format(n="d")
            + _DASH
            + _DAY.format(n="d2")
            + r"\s+"
            + _MONTH.format(n="m")
            + r",?\s+"
            + _YEAR.format(n="y")
        ),
    ),
    (
        "mdy_range",
        (
            _MONTH.format(n="m")
            + r"\s+"
            + _DAY.format(n="d")
            + _DASH
            + _DAY.format(n="d2")
            + r",?\s+"
            + _YEAR.format(n="y")
        ),
    ),
    # "September 28, 1939", and a copy's "September 28,1939" (no space after the comma)
    ("mdy", _MONTH.format(n="m") + r"\s+" + _DAY.format(n="d") + r"(?:[,.]\s*|\s+)" + _YEAR.format(n="y")),
    # "3 November 1945", "the 3rd of November, 1945", "5 de mayo de 1962"
    (
        "dmy",
        _DAY.format(n="d")
        + r"(?:\s+(?:of|de))?\s+"
        + _MONTH.format(n="m")
        + r",?\s+(?:de\s+)?"
        + _YEAR.format(n="y"),
    ),
    # the year first, then the month's name and the day, as Hungarian writes a date: "1972 September 6.",
    # "1980. október 31."
    ("ymd", _YEAR.format(n="y") + r"\.?,?\s+" + _MONTH.format(n="m") + r"\s+" + _DAY.format(n="d")),
    ("my_range", (_MONTH.format(n="m") + _DASH + _MONTH.format(n="m2") + r",?\s+" + _YEAR.format(n="y"))),
    ("my", _MONTH.format(n="m") + r",?\s+" + _YEAR.format(n="y")),
    # "24.III.50", and the Soviet hand's "11/VII-27", "1/IX - 36"
    ("roman", r"(?P<d>[0-3]?\d)[./](?P<m>(?:x|v?i{0,3}|i[xv]|xi{1,2}))(?:\.|\s*[-–]\s*)(?P<y>\d{2}|\d{4})"),
    (
        "numeric",
        r"(?P<a>[0-3]?\d)(?P<sep>[./])\s?(?P<b>[0-3]?\d)[./]\s?" + _YEAR.format(n="y"),
    ),  # "28. 3. 1955"
    # a cipher clerk's or a drafter's two-digit year: "13.6.51", "31.8.50", "3/15/62" (the 1900s)
    ("numeric_short", r"(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)[./](?P<yy>\d{2})"),
    ("y_range", _YEAR.format(n="y") + r"\s*(?:-|–|—|/)\s*" + _YEAR.format(n="y2")),
    ("y", _YEAR.format(n="y")),
]
_COMPILED = [(kind, re.compile(r"(?<![\w-])" + rx + r"(?![\w])", re.I)) for kind, rx in _PATTERNS]
# Japanese (and Chinese) dates, no space around them: "1979年8月17日", and the eras of Japan's emperors
# ("昭和54年8月17日" is 1979): tried first, the words around them being no bar
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989}
_COMPILED.insert(
    0,
    (
        "cjk",
        re.compile(
            r"(?<!\d)(?:(?P<era>"
            + "|".join(ERAS)
            + r")\s*(?P<ey>元|\d{1,2})|"
            + _YEAR.format(n="y")
            + r")\s*年"
            r"\s*(?P<m>[01]?\d)\s*月(?:\s*(?P<d>[0-3]?\d)\s*日)?"
        ),
    ),
)
_A_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_YEARLESS = [(kind, rx) for kind, rx in _COMPILED if kind in ("roman", "numeric_short")]
_QUALIFIER = re.compile(
    r"^(?P<q>c\.|ca\.|circa|approximately|about|around|not before|not after|before|after)\s*", re.I
)


@dataclass
class DateMatch:
    value: DateValue
    start: int
    end: int


_INSERTION = re.compile(r"\[([^\]\s]{1,12})\]")
_NOTE = re.compile(r"\[[^\]]*\]")
_SPACES = re.compile(r"\s+")


_EDITOR_DATE = re.compile(r"\[(?P<date>[^\[\]]*\d[^\[\]]*)\]")


def editor_date(text: str) -> str | None:
    """The inside of a date the editor supplies whole, in brackets, or None.

    Rule *editor's date*: "[5 July 1950]" (a copy that bears no date, dated by the editor) states the date
    "5 July 1950"; a bracketed note without a digit ("[date not filled in]") is no date.
    """
    m = _EDITOR_DATE.fullmatch(text.strip(" ."))
    return m.group("date") if m else None


# Rule *glued marker*: a note's number glued to the year that ends a line ("New York, 1 November 19561",
# "Procès-verbal de la séance du 9 février 19181"): a day and month before a five- or six-digit number
_DAY_MONTH = (
    rf"(?:\b[0-3]?\d(?:st|nd|rd|th|er|\.)?\s+{_MONTH_WORDS}|{_MONTH_WORDS}\s+[0-3]?\d(?:st|nd|rd|th)?)"
)
_GLUED_YEAR = re.compile(rf"(?i)(?P<date>{_DAY_MONTH}\.?,?\s+(?:1[5-9]\d\d|20\d\d))\d{{1,2}}(?P<end>[.)]?)$")


# ... or glued to the day that ends a heading dated without its year ("Telegram 4608 to London, February
# 281"): a month, then three figures (four would be a year), no day, whose first figures are a day
_GLUED_DAY = re.compile(rf"(?i)\b{_MONTH_WORDS}\s+(?:[12]\d|3[01]|[1-9])(?P<marker>\d{{1,2}})$")

# a note's number in brackets after the year: "August 1, 1914.(1)", "12 May 1950 [3]"
_BRACKETED_MARKER = re.compile(r"(?<=\d{4})(?P<end>\.?)\s*(?:\(\d{1,2}\)|\[\d{1,2}\])$")


def without_marker(text: str) -> str:
    """``text`` without a note marker glued to the year it ends with (rule *glued marker*), or set after it
    in brackets."""
    if text.endswith((")", "]")) and (m := _BRACKETED_MARKER.search(text)):
        text = text[: m.start()] + m.group("end")
    if text[-3:].isdigit() and not text[-4:].isdigit() and (day := _GLUED_DAY.search(text)):
        return text[: day.start("marker")] if int(text[-3:]) > 31 else text
    if len(text) < 7 or not text.rstrip(".)")[-5:].isdigit():
        return text  # the cheap test: no five digits at the end
    return _GLUED_YEAR.sub(r"\g<date>\g<end>", text)


def fill_brackets(text: str) -> str:
    """Editorial insertions become text ("19[4]5" -> "1945"); bracketed notes go ("[date not filled in]");
    a typescript's year read with a letter for its first figure is the year ("August 22, l941.")."""
    if "[" in text:
        text = _NOTE.sub(" ", _INSERTION.sub(r"\1", text))
    if "l" in text or "I" in text:
        text = _LETTER_FOR_ONE.sub("1", text)
    return _SPACES.sub(" ", text).strip()


# A year's first figure read as a letter by a scan or a transcriber ("l941", "I862"): after a day or a month
_LETTER_FOR_ONE = re.compile(r"(?:(?<=\d,\s)|(?<=[a-z],\s)|(?<=[a-z]\s))[lI](?=[5-9]\d\d\b)")


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and not 1 <= d <= 31:
        return None
    if m is None:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def numeric_order(a: int, b: int, sep: str) -> tuple[int, int]:
    """(month, day) of a numeric date's first two numbers ``a`` and ``b``, written with ``sep`` between.

    Rule *numeric order*: the number that alone can be a month is the month ("10.30.1962" is October 30,
    "30/10/1962" is 30 October). When both can, the separator decides: dots are the day-first order of
    European and Soviet-bloc chanceries ("05.06.1963" is 5 June, as the Romanian telegram of that day
    writes it), slashes the month-first order of American clerks ("6/5/1963" is June 5).
    """
    if a > 12 >= b:
        return b, a
    if b > 12 >= a or sep != ".":
        return a, b
    return b, a


def _month(text: str) -> int:
    """The month a word names; 0 (no month) for any other word."""
    return MONTHS.get(text.lower().rstrip("."), 0)


def _value(kind: str, m: re.Match[str], written: str) -> DateValue | None:
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") and len(g["y"]) == 4 else None
    if kind == "numeric_short":
        y = 1900 + int(g["yy"])
    if kind == "roman":
        year = int(g["y"]) + (1900 if len(g["y"]) == 2 else 0)
        iso = _iso(year, ROMAN.get(g["m"].lower()), int(g["d"])) if g["m"].lower() in ROMAN else None
        return DateValue(written, value=iso) if iso else None
    if kind == "cjk":
        year = y if y is not None else ERAS[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"])) - 1
        iso = _iso(year, int(g["m"]), int(g["d"]) if g["d"] else None)
        return DateValue(written, value=iso) if iso else None
    if y is None:
        return None
    if kind in ("iso",):
        iso = _iso(y, int(g["m"]), int(g["d"]))
    elif kind in ("mdy", "dmy", "ymd"):
        iso = _iso(y, _month(g["m"]), int(g["d"]))
    elif kind == "my":
        iso = _iso(y, _month(g["m"]))
    elif kind == "y":
        iso = _iso(y)
    elif kind in ("numeric", "numeric_short"):
        month, day = numeric_order(int(g["a"]), int(g["b"]), g["sep"])
        iso = _iso(y, month, day)
    else:
        return _range(kind, g, y, written)
    return DateValue(written, value=iso) if iso else None


def _julian_offset(year: int) -> int | None:
    """Days the Old Style (Julian) calendar ran behind the New Style in ``year``, up to Russia's change."""
    if year < 1700:
        return 10
    return 11 if year < 1800 else 12 if year < 1900 else 13 if year <= 1918 else None


def _range(kind: str, g: dict[str, str], y: int, written: str) -> DateValue | None:
    if kind in ("dmy_range", "mdy_range"):
        m = _month(g["m"])
        start, end = _iso(y, m, int(g["d"])), _iso(y, m, int(g["d2"]))
        if end and int(g["d2"]) - int(g["d"]) == _julian_offset(y):
            # "St. Petersburg, April 16-28, 1865": one day in both styles, Old and New; the New Style's
            return DateValue(written, value=end)
    elif kind == "my_range":
        start, end = _iso(y, _month(g["m"])), _iso(y, _month(g["m2"]))
    else:
        start, end = _iso(y), _iso(int(g["y2"]))
        if int(g["y2"]) < y:
            return None
    if not start or not end:
        return None
    return DateValue(written, start=start, end=end)


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text`` (after filling editorial brackets), longest forms first, no overlaps; each
    caller gets its own values to change."""
    if not any(c.isdigit() for c in text):
        return []  # every date form has a digit (a year at least)
    return [DateMatch(replace(d.value), d.start, d.end) for d in _find_dates(text)]


@remembered()
def _find_dates(text: str) -> tuple[DateMatch, ...]:
    clean = fill_brackets(text)
    # every form but the two-digit years ("24.III.50", "13.6.51") has a four-digit year: without one, only
    # those
    forms = _COMPILED if _A_YEAR.search(clean) or "年" in clean else _YEARLESS
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, rx in forms:
        for m in rx.finditer(clean):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _value(kind, m, m.group(0))
            if value is not None:
                taken.append((m.start(), m.end()))
                found.append(DateMatch(value, m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def parse_date(text: str) -> DateValue | None:
    """The date a whole line states ("November 3, 1945", "c. 1950", "1949-1950"), or None; each caller
    gets its own value to change."""
    value = _parse_date(text)
    return None if value is None else replace(value)


@remembered()
def _parse_date(text: str) -> DateValue | None:
    written = text.strip()
    if not any(c.isdigit() for c in written):
        return None  # every date form has a digit
    clean = fill_brackets(editor_date(written) or written).strip(" .,;:")
    qualifier = None
    if re.search(r"\s*\?$", clean):  # "1958?", "March 5, 1953 [?]": the editor is unsure
        qualifier, clean = "circa", clean.rstrip(" ?")
    if q := _QUALIFIER.match(clean):
        qualifier = QUALIFIERS[q.group("q").lower().rstrip(".")]
        clean = clean[q.end() :]
    clean = re.sub(r"(?i)^between\s+(.+?)\s+and\s+", r"\1 - ", clean)  # "between 3 and 5 May 1951"
    clean = re.sub(r"(?<=\d)\s*([-–—])\s*(?=[A-Za-z])", r" \1 ", clean)  # "1949-January 1950"
    if decade := re.fullmatch(r"(?i)(?:(?:early|mid|late)[- ])?(?P<y>1[5-9]\d0)['’]?s", clean):
        y = int(decade.group("y"))
        return DateValue(written, start=str(y), end=str(y + 9), qualifier=qualifier)  # type: ignore[arg-type]
    dates = find_dates(clean)
    value = _range_of(clean, dates) or _single(clean, dates)
    if value is None:
        return None
    value.as_written = written
    value.qualifier = qualifier  # type: ignore[assignment]
    return value


def _range_of(clean: str, dates: list[DateMatch]) -> DateValue | None:
    """ "1949-1950", "3 May - 5 June 1951", "October 1949-January 1950": the first end may lack a year."""
    if len(dates) == 2 and _between_is_dash(clean, dates[0], dates[1]):
        first, last = dates[0].value, dates[1].value
        start, end = first.value or first.start, last.value or last.end
        return DateValue(clean, start=start, end=end) if start and end else None
    m = re.fullmatch(r"(?P<a>.+?)\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?P<b>.+)", clean)
    if not m or len(dates) != 1 or dates[0].start < m.start("b"):
        return None
    last = dates[0].value
    year = (last.value or last.end or "")[:4]
    part = re.fullmatch(r"(?:[0-3]?\d\s+)?(?P<m>[A-Za-z]+)\.?(?:\s+[0-3]?\d)?", m.group("a"))
    if not year or not part or part.group("m").lower() not in MONTHS:
        return None
    opening = find_dates(f"{m.group('a')} {year}")
    if len(opening) != 1 or not opening[0].value.value or not last.value:
        return None
    return DateValue(clean, start=opening[0].value.value, end=last.value)


def _single(clean: str, dates: list[DateMatch]) -> DateValue | None:
    if len(dates) != 1:
        return None
    rest = _LEAD.sub("", clean[: dates[0].start]) + clean[dates[0].end :].strip(" .,;:()")
    if rest and rest.lower() in WEEKDAYS:  # "24.8.1918 (Saturday)"
        rest = ""
    rest = rest.strip(" .,;:()")
    if rest and not re.fullmatch(
        r"(?i)(on|dated|date:?|undated|г|года|spring|summer|autumn|fall|winter|early|late|mid-?|"
        r"(?:in\s+)?(?:the\s+)?(?:end|beginning|middle|first half|second half|latter half) of)",
        rest,
    ):
        return None
    return dates[0].value


# What may stand before a date on a date line: its article and weekday, in the page's language ("on", "am
# Mittwoch, den", "le lundi", "Saturday,")
_LEAD = re.compile(
    r"(?i)^\s*(?:(?:" + "|".join(sorted(DATE_ARTICLES | WEEKDAYS, key=len, reverse=True)) + r")\b\.?,?\s*)+$"
)


def leads_a_date(text: str) -> bool:
    """Whether ``text`` is only what may stand before a date: nothing, an article, a weekday ("am Mittwoch,
    den", "le")."""
    return not text.strip(" ,.[(") or bool(_LEAD.fullmatch(text))


def _between_is_dash(text: str, a: DateMatch, b: DateMatch) -> bool:
    between = text[a.end : b.start].strip().lower()
    return (
        between in ("-", "–", "—", "to", "until", "through")
        and not text[: a.start].strip()
        and not text[b.end :].strip(" .")
    )


def is_date_line(line: str) -> bool:
    low = line.strip().lower()
    bare = low.strip("[]() .")
    return parse_date(line) is not None or bare in UNDATED


UNDATED = {"undated", "n.d", "n. d", "no date", "date unknown", "not dated", "date not known", "without date"}
