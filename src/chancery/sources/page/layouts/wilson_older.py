"""The Wilson Center Digital Archive's older layout: the citation at the top.

```
Search in
Digital Archive International History Declassified
October 24, 1962
  • Citation
    get citation
    <summary>
    "<title>," October 24, 1962, History and Public Policy Program Digital Archive, <archive>, <credits>
  • share document
English HTML
<text>
```
The title is only inside the quoted citation; what follows "Digital Archive," is the archive and the
credits, read like the current layout's Document Information.
"""

from __future__ import annotations

import re

from chancery.sources.page.dates import is_date_line
from chancery.sources.page.layouts.furniture import is_furniture
from chancery.sources.page.sections import NotAPage, Page

_MARKERS = {
    "digital archive international history declassified": 3,
    "get citation": 1,
    "share document": 1,
    "english html": 1,
    "search in": 1,
    "citation": 1,
}
_CITATION = re.compile(
    r'^[“"](?P<title>.+?),?[”"],?\s*(?P<date>[^"”]*?\d{4}|undated|n\.d\.),\s*'
    r"(?:Wilson Center\s+)?(?:History and Public Policy Program|Cold War International History Project)?"
    r"\s*Digital Archive,?\s*(?P<info>.*)$"
)
_CHROME = ("digital archive international history declassified", "get citation", "citation", "search in")


class WilsonOlder:
    name = "wilson-center-older"

    def recognise(self, lines: list[str]) -> int:
        return sum(_MARKERS.get(_bare(line), 0) for line in lines[:40])

    def split(self, lines: list[str]) -> Page:
        chrome: dict[int, str] = {}
        page = Page(date_line="", title="")
        body_from, summary = None, []
        for k, line in enumerate(lines):
            bare = _bare(line)
            if not bare:
                continue
            if body_from is not None:
                break
            if m := _CITATION.match(line.strip().lstrip("•").strip()):
                page.title, page.info, chrome[k] = m.group("title"), m.group("info"), "site: citation"
            elif not page.date_line and is_date_line(line.strip()):
                page.date_line, chrome[k] = line.strip(), "site: date line"
            elif bare in ("english html", "share document"):
                chrome[k] = "site: furniture"
                body_from = k + 1 if bare == "english html" else None
            elif bare in _CHROME or is_furniture(line):
                chrome[k] = "site: furniture"
            elif page.date_line and not page.title:
                summary.append(line.strip())
                chrome[k] = "site: summary"
        if body_from is None:
            body_from = max(chrome, default=-1) + 1
        if not page.title:
            raise NotAPage("an older Wilson Center page without its citation")
        page.summary = " ".join(summary) or None
        at = [k for k in range(body_from, len(lines)) if not is_furniture(lines[k])]
        page.body, page.body_at, page.body_start, page.chrome = (
            [lines[k] for k in at],
            at,
            body_from + 1,
            chrome,
        )
        return page


LAYOUT = WilsonOlder()


def _bare(line: str) -> str:
    return line.strip().lstrip("•").strip().lower()
