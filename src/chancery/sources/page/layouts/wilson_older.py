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
from chancery.sources.page.layouts.furniture import is_furniture, take_text
from chancery.sources.page.layouts.wilson import FUNDER
from chancery.sources.page.sections import NotAPage, Page

_MARKERS = {
    "digital archive international history declassified": 3,
    "citation share download-": 3,
    "get citation": 1,
    "share document": 1,
    "english html": 1,
    "view document in": 1,
    "search in": 1,
    "citation": 1,
}
_CITATION = re.compile(
    r'[“"](?P<title>[^“”"]+?),?[”"],?\s*(?P<date>[^"”]*?\d{4}|undated|n\.d\.),\s*'
    r"(?:Wilson Center\s+)?(?:History and Public Policy Program|Cold War International History Project)?"
    r"\s*Digital Archive,?\s*(?P<info>.*)$"
)
_TAIL = re.compile(r"\s*(?:https?://\S+)?\s*(?:-\s*)?(?:Share|Download)?\s*$")


class WilsonOlder:
    name = "wilson-center-older"

    def recognise(self, lines: list[str]) -> int:
        # the quoted citation sentence naming the Digital Archive is the site's own, whatever chrome a
        # rendering kept around it (a stripped copy: date, summary, citation sentence, text)
        sentence = any("Digital Archive" in line and _CITATION.search(line.strip()) for line in lines[:40])
        return sum(_MARKERS.get(_bare(line), 0) for line in lines[:40]) + (3 if sentence else 0)

    def split(self, lines: list[str]) -> Page:
        chrome: dict[int, str] = {}
        page = Page(date_line="", title="")
        body_from, summary, in_summary, heading = None, [], False, ""
        loose: list[int] = []  # lines before the citation that no label claimed
        for k, line in enumerate(lines):
            bare, text = _bare(line), line.strip().lstrip("•").strip()
            if not bare:
                continue
            if body_from is not None:
                break
            if m := _CITATION.search(text):
                page.title, chrome[k] = m.group("title"), "site: citation"
                page.info = _TAIL.sub("", m.group("info")) or None
                page.date_line = page.date_line or m.group("date")
                if before := text[: m.start()].strip():
                    summary.append(before)  # the summary ran into the citation
                elif not summary and loose:
                    # no "get citation" label: the sentences over the citation are its summary, unless they
                    # are the title the citation quotes
                    said = [lines[j].strip() for j in loose]
                    if _fold(" ".join(said)) != _fold(page.title) and said[-1].endswith((".", ")", "”", '"')):
                        summary += said
                        chrome.update({j: "site: summary" for j in loose})
                        heading = ""
                in_summary = False
            elif bare == "english html":
                chrome[k], body_from = "site: furniture", k + 1
            elif bare in _MARKERS or bare in ("- download", "share document") or is_furniture(line):
                chrome[k] = "site: furniture"
                in_summary = bare == "get citation"
            elif FUNDER.match(text):
                chrome[k], page.funder = "site: funder", FUNDER.match(text).group("funder")  # type: ignore[union-attr]
            elif not page.date_line and is_date_line(text):
                page.date_line, chrome[k] = text, "site: date line"
            elif in_summary:
                summary.append(text)
                chrome[k] = "site: summary"
            elif not heading and not page.title:
                heading, chrome[k] = text, "site: title"
                loose.append(k)
            elif not page.title:
                loose.append(k)
        if body_from is None:
            body_from = max(chrome, default=-1) + 1
        page.title = page.title or heading
        if not page.title:
            raise NotAPage("an older Wilson Center page without its citation")
        page.summary = " ".join(summary) or None
        return take_text(page, lines, body_from, chrome)


LAYOUT = WilsonOlder()


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _bare(line: str) -> str:
    return line.strip().lstrip("•").strip().lower()
