"""Historical documents of Australia's Department of Foreign Affairs and Trade (dfat.gov.au).

```
Skip to main content
Historical documents
295 Burton to Watt                               (the volume's document number, the heading)
Cablegram 128, CANBERRA, 10 August 1948          (genre, number, place, date)
<text>
[matter omitted]
1 <the editors' footnotes>
[AA : A3196, 1948, O.11218]                      (the archival reference)
Last Updated: 11 September 2013
Back to top
```
"""

from __future__ import annotations

import re
from itertools import islice

from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.layouts.furniture import is_furniture
from chancery.sources.page.sections import NotAPage, Page, next_filled

_HOLDERS = r"(?:N?AA|FA|AWM|NLA|DFAT)"  # "FA": the older pages' NAA
_REFERENCE = re.compile(rf"^\[(?P<ref>{_HOLDERS}\s*:\s*[^\]]+)\]$")
_A_REFERENCE = re.compile(rf"\[{_HOLDERS}\s*:")  # the reference's opening, anywhere
_HEADING = re.compile(r"^(?P<n>\d{1,4})\s+(?P<title>\S.*)$")
_FOOTNOTE = re.compile(r"^\d{1,2}\s+[A-Z\[]")
_NUMBER = re.compile(r"^\d{1,4}$")  # a mirror prints the document's number on a line of its own
# The date line under the heading: "[Genre number,] PLACE, 19 September 1945" (day, month, year)
_DATE_LINE = re.compile(
    r"^(?:[\w()]+(?:\s+[\w()]+){0,5}[,\s]\s*)?[A-Z][A-Za-z ]+,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$"
)


class Dfat:
    name = "dfat"

    def recognise(self, lines: list[str]) -> int:
        score = 0
        whole = "\n".join(lines)
        marked = "Historical documents" in whole or "Last Updated:" in whole or _A_REFERENCE.search(whole)
        for line in lines if marked else ():  # a page without any of the marks scored below: none read
            text = line.strip()
            if text == "Historical documents":
                score += 2
            elif _REFERENCE.match(text):
                score += 3
            elif text.startswith("Last Updated:"):
                score += 1
        return score + _numbered_heading(lines)

    def split(self, lines: list[str]) -> Page:
        chrome: dict[int, str] = {}
        i = next_filled(lines, 0)
        while i < len(lines) and (is_furniture(lines[i]) or lines[i].strip() == "Historical documents"):
            chrome[i] = "site: furniture"
            i = next_filled(lines, i + 1)
        if i >= len(lines):
            raise NotAPage("no text")
        if _NUMBER.match(lines[i].strip()) and (j := next_filled(lines, i + 1)) < len(lines):
            chrome[i], i = "site: document number", j  # "265" / "Savingram from Critchley to Canberra"
        heading = _HEADING.match(lines[i].strip())
        title = heading.group("title") if heading else lines[i].strip()
        dated = read_dateline(lines[i].strip()) if not heading else None
        if dated is not None and dated.date is not None and (dated.genre or dated.place):
            title, i = "", i - 1  # a copy cut above the heading opens on the date line: the text's own
        else:
            chrome[i] = "site: heading"
        end = next((k for k in range(i + 1, len(lines)) if _REFERENCE.match(lines[k].strip())), len(lines))
        page = Page(date_line="", title=title, title_is_heading=True)
        if end < len(lines):
            page.citation = _REFERENCE.match(lines[end].strip()).group("ref")  # type: ignore[union-attr]
            chrome[end] = "site: archival reference"
        stop = end
        while stop > i + 1 and (not lines[stop - 1].strip() or _FOOTNOTE.match(lines[stop - 1].strip())):
            if lines[stop - 1].strip():
                chrome[stop - 1] = "site: footnote"
            stop -= 1
        for k in range(end + 1, len(lines)):
            if lines[k].strip():
                chrome[k] = "site: furniture"
        at = [k for k in range(i + 1, stop) if not is_furniture(lines[k])]
        page.body, page.body_at, page.body_start, page.chrome = [lines[k] for k in at], at, i + 2, chrome
        return page


LAYOUT = Dfat()


def _numbered_heading(lines: list[str]) -> int:
    """The volume's layout where a copy lost the site's labels: the document's number ("265", or "86
    Cablegram to Canberra"), its heading, then the date line ("Kuala Lumpur, 14 April 1965")."""
    filled = list(islice((line.strip() for line in lines if line.strip() and not is_furniture(line)), 4))
    if (
        len(filled) >= 3
        and _NUMBER.match(filled[0])
        and not _NUMBER.match(filled[1])
        and _DATE_LINE.match(filled[2])
    ):
        return 3
    if len(filled) >= 2 and (m := _HEADING.match(filled[0])) and not m.group("title")[:1].isdigit():
        return 3 if _DATE_LINE.match(filled[1]) else 0
    if len(filled) >= 3 and filled[0] == "Historical documents" and _HEADING.match(filled[1]):
        return 1
    return 0
