"""The Wilson Center Digital Archive's current layout.

```
Skip to content
<date line>
<title>
[This document was made possible with support from <funder>]
<body ...>
<summary>
[Author(s): / Associated Places]
Document Information
<citation and credits>       (or the bare labels Source / Original Archive / Rights)
<rights boilerplate, Original Uploaded Date, Record ID>
[Original Classification / <marking>]
[<funder>]
```

The parts are found by their labels; nothing here reads their content.
"""

from __future__ import annotations

import logging
import re
from itertools import islice

from chancery.sources.page.dates import is_date_line
from chancery.sources.page.sections import NotAPage, Page, next_filled

log = logging.getLogger(__name__)

SKIP = re.compile(r"^\s*skip to (main )?content\s*$", re.I)
FUNDER = re.compile(r"^\s*This document was made possible with support from\s+(?P<funder>.+?)\s*$", re.I)
TAIL_LABELS = (
    "document information",
    "author(s):",
    "associated places",
    "associated topics",
    "subjects discussed",
    "related documents",
    "associated people & organizations",
)
INFO_LABELS = {
    "source",
    "original archive",
    "rights",
    "author(s):",
    "associated places",
    "original uploaded date",
    "record id",
    "original classification",
    "document information",
    "language",
    "subjects",
    "associated people & organizations",
    "associated topics",
    "keywords",
    "associated people",
}
_FIELD = re.compile(
    r"(?i)^(?:original classification|original language|language|contents|document type|type|subjects?|"
    r"themes?|keywords?|associated (?:people|topics|places)[^:]*)\b\s*(?::|$)"
)
_BOILERPLATE_OPENINGS = (
    "The History and Public Policy Program welcomes",
    "To enquire about this document",
    "Original Uploaded Date",
    "Record ID",
)
BOILERPLATE = re.compile("^(" + "|".join(map(re.escape, _BOILERPLATE_OPENINGS)) + ")", re.I)


def _cut_boilerplate(line: str) -> bool:
    """The rights text's opening cut short by the copy's end ("The History an")."""
    low = line.strip().lower()
    return len(low) >= 5 and any(o.lower().startswith(low) for o in _BOILERPLATE_OPENINGS)


MARKING = re.compile(
    r"secret|confidential|classified|restricted|official use|sensitive|noforn|limdis|exdis|"
    r"nodis",
    re.I,
)


# The site's labels that tell its page (the document information's heading scores most), and what the
# funder's line opens with: all looked for in the whole text at once before the lines are read one by one
_INFO_HEADING = "document information"
_RECORD_LABELS = ("original uploaded date", "record id", "original classification")
_FUNDER_WORDS = "this document was made possible with support from"


# A paragraph of the page above: sentences, a full stop at the end
_STRAY_SUMMARY = re.compile(r"^[A-Z].{60,}[a-z)\]]\.$")
# The site's own date line ("July 24, 1968") and an archive's title under it: capitalised words, no sentence,
# no label ("P. Shelest Reports on a Meeting Between Ukrainian and Slovak Party Officials")
_SITE_DATE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+"
    r"(?:1[89]|20)\d\d$"
)
_TITLE_LINE = re.compile(
    r"^(?!(?:dear|my dear|sir|to|from|subject)\b)(?i:[\w\[(‘'\"“][^:]{12,250})(?<![.:,;])$"
)


class WilsonCenter:
    name = "wilson-center"

    def recognise(self, lines: list[str]) -> int:
        score = 0
        text = "\n".join(lines).lower()
        if any(label in text for label in (_INFO_HEADING, _FUNDER_WORDS, *_RECORD_LABELS)):  # else: 0
            for line in lines:
                low = line.strip().lower()
                if low == _INFO_HEADING or FUNDER.match(line):
                    score += 3
                elif low in _RECORD_LABELS:
                    score += 1
        filled = list(islice((line.strip() for line in lines if line.strip()), 3))
        head = len(filled) > 2 and is_date_line(filled[1]) and not is_date_line(filled[2])
        if filled and SKIP.match(filled[0]):
            score += 1
            if head:
                score += 2  # the skip link, the date line, the title: this layout's head even cut short
        elif head and _STRAY_SUMMARY.match(filled[0]) and not _STRAY_SUMMARY.match(filled[2]):
            score += 3  # a copy that begins on the summary of the document above, then the date and title
        elif len(filled) > 2 and _SITE_DATE.match(filled[0]) and _TITLE_LINE.match(filled[1]):
            score += 3  # the site's date line, then a title in its words: the head, with no skip link
        return score

    def split(self, lines: list[str]) -> Page:
        return split_page(lines)


LAYOUT = WilsonCenter()


def _has_page_labels(lines: list[str]) -> bool:
    """An undated page still has the archive's labels: its funder line or its Document Information."""
    return any(FUNDER.match(line) or line.strip().lower() == "document information" for line in lines)


def _tail_start(lines: list[str], start: int) -> int:
    for i in range(start, len(lines)):
        if lines[i].strip().lower() in TAIL_LABELS:
            return i
    for i in range(start, len(lines)):
        if BOILERPLATE.match(lines[i].strip()):
            return i
    # a copy cut inside the first label of the tail ("Author(", "Document Inf"): the tail starts there
    last = lines[-1].strip().lower() if len(lines) > start else ""
    if len(last) >= 3 and _cut_mid_line(lines) and any(label.startswith(last) for label in TAIL_LABELS):
        return len(lines) - 1
    return len(lines)


def _without_cut_end(body: list[str]) -> list[str]:
    """The text without what the cut left unfinished: a short last line ("Puz", "Naturally, the") whole, or
    the last word of a long one ("..., Comrade Zawadzki, Comrad"): no fact is read from a broken word."""
    if not body or not body[-1].strip():
        return body
    last = body[-1].rstrip()
    if len(last.strip()) < 40:
        return body[:-1]
    return [*body[:-1], re.sub(r"[,;]?\s*\S+$", "", last)]


def _cut_mid_line(lines: list[str]) -> bool:
    """The file ends inside a line (no final newline) that does not close a sentence: bytes were lost."""
    last = lines[-1].strip()
    return bool(last) and not last.endswith((".", "!", "?", ")", "]", '"', "\u201d", "'", ":", ";"))


def _past_stray_text(lines: list[str], i: int, chrome: dict[int, str]) -> int:
    """A copy may begin with a stray line of the page above the date (another document's summary):
    the date line follows within two lines, then the title."""
    if is_date_line(lines[i].strip()):
        return i
    k = i
    for _ in range(2):
        k = next_filled(lines, k + 1)
        if k < len(lines) and is_date_line(lines[k].strip()):
            for stray in range(i, k):
                if lines[stray].strip():
                    chrome[stray] = "site: stray text above the date"
            return k
    return i


def split_page(lines: list[str]) -> Page:
    """The sections of a page of this layout; :class:`NotAPage` when it has no title."""
    chrome: dict[int, str] = {}
    i = next_filled(lines, 0)
    if i < len(lines) and SKIP.match(lines[i]):
        chrome[i] = "site: skip link"
        i = next_filled(lines, i + 1)
    if i >= len(lines):
        raise NotAPage("no text")
    i = _past_stray_text(lines, i, chrome)
    date_line = lines[i].strip()
    if is_date_line(date_line):
        chrome[i] = "site: date line"
        i = next_filled(lines, i + 1)
    elif _has_page_labels(lines):
        log.debug("no date line: the page starts with its title %r", date_line[:60])
        date_line = ""
    else:
        raise NotAPage(f"no date line (the page starts with {date_line[:60]!r})")
    if i >= len(lines) or FUNDER.match(lines[i]) or lines[i].strip().lower() in TAIL_LABELS:
        raise NotAPage("no title after the date line")
    page = Page(date_line=date_line, title=lines[i].strip())
    chrome[i] = "site: title"
    i += 1
    j = next_filled(lines, i)
    if j < len(lines) and (m := FUNDER.match(lines[j])):
        page.funder = m.group("funder")
        chrome[j] = "site: funder"
        i = j + 1
    tail = _tail_start(lines, i)
    body = lines[i:tail]
    if tail < len(lines):
        body = take_summary(page, body)
        for k in range(i + len(body), tail):
            if lines[k].strip():
                chrome[k] = "site: summary"
        for k in range(tail, len(lines)):
            if lines[k].strip():
                chrome[k] = "site: document information"
        _read_tail(page, lines[tail:])
    elif _cut_mid_line(lines):
        log.warning("the text stops mid-line (%r), before its Document Information", lines[-1].strip()[-40:])
        body = _without_cut_end(body)
    else:
        log.debug("no 'Document Information' section: the page is cut short; no summary or citation")
    page.body = body
    page.body_start = i + 1
    page.body_at = list(range(i, i + len(body)))
    page.chrome = chrome
    return page


def take_summary(page: Page, body: list[str]) -> list[str]:
    """The summary is the last paragraph before the tail: take it off the body. A rendering with single
    line breaks has no blank lines between paragraphs: there each line is one."""
    end = len(body)
    while end and not body[end - 1].strip():
        end -= 1
    start = end
    single = all(line.strip() for line in body[:end])
    while start and body[start - 1].strip() and not (single and start < end):
        start -= 1
    if end == 0 or start == 0 and end == len(body):
        return body
    summary = " ".join(line.strip() for line in body[start:end])
    if len(summary.split()) < 6:
        log.debug("no summary: the last paragraph %r is a signature or a date, not a sentence", summary[:60])
        return body
    page.summary = summary
    return body[:start]


def _read_tail(page: Page, tail: list[str]) -> None:
    filled = [line.strip() for line in tail if line.strip()]
    for k, line in enumerate(filled):
        low = line.lower()
        if low == "document information":
            info: list[str] = []
            for nxt in filled[k + 1 :]:
                if BOILERPLATE.match(nxt) or _FIELD.match(nxt) or _cut_boilerplate(nxt):
                    break  # the rights text, or another field of the page ("Original Language: Russian")
                if nxt.lower() in INFO_LABELS:
                    if info:
                        break
                    continue  # a label before its value ("Source")
                info.append(nxt)
            if info and page.info is None:
                page.info = " ".join(info)
        elif low == "author(s):":
            for nxt in filled[k + 1 :]:
                if nxt.lower() in INFO_LABELS or BOILERPLATE.match(nxt) or _FIELD.match(nxt) or len(nxt) > 80:
                    break
                page.listed_authors.append(nxt)  # the archive's catalogue: "Shtykov, Terentii Fomich"
        elif low == "original classification" and k + 1 < len(filled):
            marking = filled[k + 1]
            if MARKING.search(marking) and len(marking) < 60:
                page.classification = marking
