"""Foreign Relations of the United States on history.state.gov.

```
Historical Documents
Foreign Relations of the United States, 1955–1957, ..., Volume XIV      (the volume)
[393.1115/7–1249: Telegram]                                          (1940s volumes: the file, the genre)
177. Telegram From the Department of State to the Embassy in Jordan1  (number, heading, note marker)
Washington, July 28, 1955—6:37 p.m.                                   (date line)
[[Received July 12—7:11 a. m.]]
<text, signature>
Footnotes
1. Source: Department of State, Central Files, 120.1580/7–2455. Confidential. Drafted by ...
2. ...
```

The heading is the document's own title (a FRUS editor's, in the genre's "A to B" form); the source
note gives the citation (its first sentence) and sentences about the document (classification,
drafting, routing), which the document reader reads like its own closing lines. Other footnotes are
the editors' and feed nothing.
"""

from __future__ import annotations

import re

from chancery.sources.page.archives import DECIMAL_FILE, OFFICE_FILE
from chancery.sources.page.dates import without_marker
from chancery.sources.page.layouts.furniture import is_furniture
from chancery.sources.page.sections import NotAPage, Page, next_filled

_VOLUME = re.compile(r"^Foreign Relations of the United States,")
_FILE_LINE = re.compile(
    # the decimal file, its subject words and numbers with it ("462.00 R 29/647", "740.00112A European War
    # 1939/479a", "740.00119 Potsdam/8–745")
    rf"^(?P<file>{DECIMAL_FILE}):\s*"
    r"(?P<genre>[A-Z][a-z]+(?: [A-Za-z]+)?)$"
    # a collection's papers for the file ("Roosevelt Papers: Telegram"), and the older volumes' "File No.
    # 861.731/81" over the heading, the genre under it ("[Telegram]")
    # (a lot's number between: "Council of Foreign Ministers Files: Lot M–88: CFM London Minutes")
    r"|^(?P<papers>(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,4}(?:Papers|Files)(?::\s*Lot\s+[\w–-]+)?):\s*"
    r"(?P<genre2>[A-Z][a-z]+(?: [A-Za-z]+)?|[A-Z]{2,5}(?: [A-Z][a-z]+){1,2})$"
    rf"|^File\s+No\.\s*(?P<decimal>{DECIMAL_FILE})$"
    # the file alone, no genre printed ("840.50/2539", "462.00 R 296/21"), and a lot file's ("Conference
    # files, lot 60 D 627, CF 359")
    rf"|^(?=[^/]+/)(?P<bare>{DECIMAL_FILE})$"  # (alone, a file has its slash: "123.45" is a figure)
    r"|^(?P<lot>(?:[A-Z][\w/&]*\s+){1,3}[Ff]iles?,\s+[Ll]ot\s+\d+\s*D\s*\d+(?:,\s*[A-Z]{1,4}\s*\d+)?)$"
    # an office's files and the paper's number in them: "IO Files: US/A/2285"
    rf"|^(?P<office>{OFFICE_FILE.replace('(?P<v>', '(?:')})$"
)
# the note marker glued to the heading's last word ("Jordan1") or set apart by a space ("Johnson 1"), but
# no number of the heading's own ("Telegram No. 5", "Secto 68")
_HEADING = re.compile(
    r"^(?:(?P<n>\d{1,4})\.\s+)?(?P<title>[A-Z].+?)(?<=[A-Za-z.)\]])"
    # the marker glued, spaced, or between slashes as the old state.gov pages print it ("Johnson/1/")
    r"(?:(?P<marker>\d{1,2}|/\d{1,2}/)|\s(?P<spaced>\d{1,2}))?$"
)
_OPEN_END = re.compile(r"\s(?:the|to|of|by|and|for|from|in|at)$")
_NUMBERED_WORD = re.compile(r"(?i)\b(?:no\.|number|telegram|circular|secto|tosec|part|volume|annex)$")
_FOOTNOTE = re.compile(r"^(?P<n>\d{1,2})\.?\s+(?P<text>\S.*)$")
_SOURCE = re.compile(r"^Source:\s*")


class Frus:
    name = "frus"

    def recognise(self, lines: list[str]) -> int:
        score = 0
        for line in lines[:20]:  # a viewer's or a forum's lines may come first
            text = line.strip()
            if text == "Historical Documents":
                score += 2
            elif _VOLUME.match(text) or _FILE_LINE.match(text):
                score += 3
        if any(line.strip() == "Footnotes" for line in lines) and any(
            _SOURCE.match(_FOOTNOTE.sub(r"\g<text>", line.strip())) for line in lines
        ):
            score += 2
        return score

    def split(self, lines: list[str]) -> Page:
        chrome: dict[int, str] = {}
        i = next_filled(lines, 0)
        file_number = genre = None
        # a viewer's words above the file line ("Lapas attēli", "PDF", "ePub"): the site's, in any language
        filed = next((k for k in range(min(len(lines), 20)) if _FILE_LINE.match(lines[k].strip())), None)
        while i < len(lines):
            text = lines[i].strip()
            if filed is not None and i < filed:
                chrome[i] = "site: furniture"
            elif text == "Historical Documents" or _VOLUME.match(text) or is_furniture(text):
                chrome[i] = "site: volume" if _VOLUME.match(text) else "site: furniture"
            elif m := _FILE_LINE.match(text):
                file_number = (
                    m.group("file")
                    or m.group("papers")
                    or m.group("decimal")
                    or m.group("bare")
                    or m.group("lot")
                    or m.group("office")
                )
                genre = m.group("genre") or m.group("genre2")
                chrome[i] = "site: file number and genre"
            elif file_number and re.fullmatch(r"(?:No\.\s*)?\d{1,4}\.?", text):
                chrome[i] = "site: the volume's number for the document"  # "No. 1246" under the file line
            else:
                break
            i = next_filled(lines, i + 1)
        if i >= len(lines):
            raise NotAPage("no text")
        title = _heading(lines[i].strip())
        chrome[i] = "site: heading"
        # a heading broken after its last article or preposition: "The British Ambassador (Lindsay) to the" /
        # "Chief of the Division of European Affairs (Moffat)"
        while (
            _OPEN_END.search(title) and (j := next_filled(lines, i + 1)) < len(lines) and len(lines[j]) < 120
        ):
            title, i = f"{title} {_heading(lines[j].strip())}", j
            chrome[i] = "site: heading"
        end = next((k for k in range(i + 1, len(lines)) if lines[k].strip() == "Footnotes"), len(lines))
        page = Page(date_line="", title=title, title_is_heading=True, doc_type=genre)
        body_at = [k for k in range(i + 1, end) if not is_furniture(lines[k])]
        page.body = [lines[k] for k in body_at]
        page.body_at, page.body_start = body_at, i + 2
        for k in range(end, len(lines)):
            if lines[k].strip():
                chrome[k] = "site: footnotes"
        source = _source_note(lines[end + 1 :])
        if source:
            page.citation, page.notes = source[0], source[1:]
        elif file_number:
            page.citation = file_number
        page.chrome = chrome
        return page


LAYOUT = Frus()


def _heading(line: str) -> str:
    """The heading without the editors' number before it ("221. ") and the note marker after it, glued
    ("Jordan1") or spaced ("Johnson 1"); a number the heading's last word calls for stays ("Secto 68")."""
    line = without_marker(line)  # "..., January 23, 19541": the note's number glued to the year
    m = _HEADING.match(line)
    if not m:
        return line
    title = m.group("title").strip()
    if m.group("spaced") and _NUMBERED_WORD.search(title):
        return f"{title} {m.group('spaced')}"
    return title


def _source_note(lines: list[str]) -> list[str]:
    """The source footnote as sentences: the citation first, then what it says of the document."""
    for line in lines:
        m = _FOOTNOTE.match(line.strip())
        if m and _SOURCE.match(m.group("text")):
            return sentences(_SOURCE.sub("", m.group("text")))
    return []


# Where a full stop does not end a sentence: abbreviations, initials, and the dots of file numbers.
_NOT_AN_END = re.compile(
    r"(?i)(?:\b(?:no|nos|vol|p|pp|dept|doc|docs|mr|mrs|dr|gen|col|adm|amb|st|ibid|ca|cf|ed|eds|jr|sr|inc|"
    r"co|corp|ltd|u\.s|u\.k|d\.c|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])$"
)


def sentences(text: str) -> list[str]:
    """``text`` cut at the full stops that end a sentence (one followed by a space and a capital)."""
    out, start = [], 0
    for m in re.finditer(r"\.(?=\s+[\"“(]?[A-Z])", text):
        if _NOT_AN_END.search(text[start : m.start()]):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out
