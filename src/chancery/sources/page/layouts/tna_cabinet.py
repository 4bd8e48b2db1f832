"""UK Cabinet papers from The National Archives (CAB 128 conclusions, CAB 129 memoranda), as their
OCR is copied from TNA's viewer or a document-sharing site.

```
(c) crown copyright  Catalogue Reference:CAB/128/27  Image Reference:0009
[the sharing site's furniture: "Upload: others", "6 views", "TRANSCRIPT", "Page 1: ..."]
THIS DOCUMENT IS THE PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT
Printed for the Cabinet. March 1954
SECRET                Copy No.
C.C. (54) 9th Conclusions
CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Wednesday, 17th February,
1954, at 11 a.m.
Present: The Right Hon. Sir WINSTON CHURCHILL, M.P., Prime Minister. ...
```

The catalogue reference is the citation. The heading ("CONCLUSIONS of a Meeting of the Cabinet held at
PLACE on DATE"), often broken over lines, gives the title, where the Cabinet met and when.
"""

from __future__ import annotations

import re

from chancery.sources.page.dates import find_dates
from chancery.sources.page.layouts.furniture import is_furniture
from chancery.sources.page.sections import NotAPage, Page

# (a piece within the volume may follow: "CAB/128/53/9")
_REFERENCE = re.compile(
    r"Catalogue Reference\s*:\s*(?P<ref>[A-Z]{2,5}\s*/\s*\d+\s*/\s*\d+(?:\s*/\s*\d+)?)", re.I
)
_PROPERTY = re.compile(
    r"(?i)\bD\s?O\s?C\s?U\s?M\s?E\s?N\s?T\s+I\s?S\s+T\s?H\s?E\s+P\s?R\s?O\s?P\s?E\s?R\s?T\s?Y\b"
)
_SHARING = re.compile(
    r"(?i)^(?:\(c\) crown copyright.*|upload:.*|post on .*|\d+\s+views?|category:?|documents|"
    r"\d+\s+downloads?|transcript|page \d+:.*|advertisement|image reference:.*|catalogue reference:.*|"
    r"report|embed|share)$"
)
_HEADING = re.compile(r"^(?P<what>CONCLUSIONS|MINUTES|MEMORANDUM)\b(?P<rest>.*)$")
# the heading inside a copy that ran the page into one paragraph: "... 66th Conclusions CABINET CONCLUSIONS of
# a Meeting of the Cabinet held at Admiralty House, ..."
# A copy that ran the page into one paragraph is cut again before the heading, the "Present:" list and
# those "also present" (the members' styles, "The Right Hon.", show it is a Cabinet's list).
_STYLES = re.compile(r"\bThe\s+Right\.?\s+Hon\b")
# ("Present" may have lost its colon in the copy: "Present The Right Hon. C. R. ATTLEE, ...")
_PRESENT = r"Present\s*(?::|(?=\s+The\s+Right\b))"
_CUTS = re.compile(
    rf"\s(?=(?:CABINET\s+)?CONCLUSIONS\s+of\s+a\s+Meeting\b|{_PRESENT}|The\s+following\s+were\s+also\s+present\b)"
)
_HEADING_INSIDE = re.compile(r"\b(?:CONCLUSIONS|MINUTES|Minutes)\s+of\s+(?:a|the)\s+(?:Meeting|Conference)\b")
_VIEWER_HEAD = re.compile(
    r"(?i)^\s*\(c\)\s*crown\s+copyright\s+(?=Catalogue)|(?<=\d)\s+Image\s+Reference\s*:\s*\d+\s+(?=\S)"
)
_HELD = re.compile(
    r"(?i)^(?P<title>.*?)\s+held\s+(?:at|in)\s+(?P<place>.+?)(?:,\s*S\.?\s?W\.?\s?1\.?)?,?\s+on\s+"
    r"(?P<date>(?:\w+day,\s*)?\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})"
)


class CabinetPapers:
    name = "tna-cabinet-papers"

    def recognise(self, lines: list[str]) -> int:
        head = "\n".join(lines[:40]).lower()
        score = 3 if "catalogue reference" in head and _REFERENCE.search(head) else 0
        score += 1 if "crown copyright" in head else 0
        more = "\n".join(lines[:80]).lower()
        return score + (2 if "printed for the cabinet" in more or "meeting of the cabinet" in more else 0)

    def split(self, lines: list[str]) -> Page:
        # a copy that ran the whole page into one paragraph keeps the viewer's line at its head: the
        # reference stays the citation, the rest is the page
        citation = next(
            (re.sub(r"\s+", "", m.group("ref")) for line in lines if (m := _REFERENCE.search(line))), None
        )
        lines = [
            _REFERENCE.sub("", _VIEWER_HEAD.sub("", line)).strip()
            if len(line) > 300 and not _PROPERTY.search(line)
            else line
            for line in lines
        ]
        chrome: dict[int, str] = {}
        start = None
        for k, line in enumerate(lines):
            text = line.strip()
            if m := _REFERENCE.search(text):
                citation = citation or re.sub(r"\s+", "", m.group("ref"))
            if start is None and _PROPERTY.search(text):
                start = k
            if (
                start is None
                and text
                and len(text) < 300  # (a page run into one paragraph is the page, its reference aside)
                and (_SHARING.match(text) or is_furniture(text) or _REFERENCE.search(text))
            ):
                chrome[k] = "site: furniture"
        if start is None:
            start = next((k for k in range(len(lines)) if lines[k].strip() and k not in chrome), len(lines))
        at = [k for k in range(start, len(lines)) if k not in chrome and not is_furniture(lines[k])]
        if not at:
            raise NotAPage("no text")
        page = Page(date_line="", title="", chrome=chrome, citation=citation, archive="TNA")
        pieces = [(k, piece) for k in at for piece in _run_on(lines[k])]
        page.body, page.body_at, page.body_start = [p for _, p in pieces], [k for k, _ in pieces], at[0] + 1
        _heading(page, [lines[k].strip() for k in at])
        return page


LAYOUT = CabinetPapers()


def _run_on(line: str) -> list[str]:
    """A line as the document has it: a paragraph holding the heading and the members' list, cut into them."""
    if len(line) < 200 or len(_STYLES.findall(line)) < 3 or not re.search(rf"\b{_PRESENT}", line):
        return [line]
    pieces = [piece.strip() for piece in _CUTS.split(line) if piece.strip()]
    return [re.sub(r"^Present\s+(?=The\s+Right\b)", "Present: ", piece) for piece in pieces]


def _heading(page: Page, lines: list[str]) -> None:
    """ "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Monday, 15th April,
    1946, at 11 a.m.", gathered from the lines it is broken over."""
    for k, line in enumerate(lines):
        inside = None if _HEADING.match(line) else _HEADING_INSIDE.search(line)
        if not _HEADING.match(line) and inside is None:
            continue
        text = line[inside.start() :] if inside else line
        for more in lines[k + 1 : k + 5]:
            if _HELD.match(text) or re.match(r"(?i)^present\b", more):
                break
            text = f"{text} {more}"
        text = re.sub(
            r"\s+,", ",", re.sub(r"(?<=\d) (?=\d)", "", text)
        )  # the OCR's "1 4 , 1 9 1 8": "14, 1918"
        if m := _HELD.match(text):
            page.title = re.sub(r"\s+", " ", m.group("title")).strip(" ,")
            page.date_line, page.place = m.group("date"), re.sub(r"\s+", " ", m.group("place")).strip(" ,")
            page.title_is_heading = True
            return
        # the OCR scrambled its lines ("held at Admiralty" / "Tuesday, 13th June, 1961, at 10.30 a.m." /
        # "House, S.W. 1, on"): the title before "held", the day it names
        held = re.search(r"\s+held\s+(?:at|in)\s+", text)
        days = [d for d in find_dates(text) if d.value.value and len(d.value.value) == 10]
        if held and days:
            # (the sitting's number the OCR moved inside: "Minutes of a Meeting 485. of the War Cabinet")
            title = re.sub(r"\s\d{1,4}\.(?=\s+of\b)", "", text[: held.start()])
            page.title = re.sub(r"\s+", " ", title).strip(" ,")
            page.date_line = days[0].value.as_written
            page.title_is_heading = True
            return
