"""The New Zealand Electronic Text Collection (nzetc.victoria.ac.nz): a printed collection's documents, one
a page, under the site's links and the collection's title.

```
Other formats                                           (the site's links: formats, sharing)
    Adobe Portable Document Format file (facsimile images)   TEI XML file   ePub eBook file
Connect
    mail icontwitter iconBlogspot iconrss icon
An Epitome of Official Documents Relative to Native Affairs ...        (the collection's title)
No. 12. — Copy of a Despatch from Governor Hobson to the ...           (the page's title: number — heading,
                                                                        or the number alone: "[No. 15.]")
No. 12.                                                                (the document's number and heading,
Copy of a Despatch from Governor Hobson to the ... .                    printed again over its text)
<text>                                                                 ("page 160": the book's page breaks)
```

The heading is the title, without the notes' numbers glued to its words ("Dominion Affairs1 to the
Governor-General of New Zealand2").
"""

from __future__ import annotations

import re

from chancery.sources.page.layouts.furniture import is_furniture, take_text
from chancery.sources.page.opening import ITEM_NUMBER
from chancery.sources.page.sections import NotAPage, Page, next_filled

_FORMATS = re.compile(r"(?i)\b(?:TEI XML file|ePub eBook file|Portable Document Format file)\b")
_SITE_LINE = re.compile(r"(?i)^(?:other formats|connect|(?:\w+\s?icon)+)$")
# the page's title: the document's number in the collection, a dash, its heading
# (a section's word may come first: "Enclosures. — (No. 1.) — The Rev. Robert Maunsell, B.A., to ...")
_TITLE = re.compile(
    rf"^(?:[A-Z][\w .]{{2,30}}\s+—\s+)?(?P<n>{ITEM_NUMBER})\s+[—–-]\s+(?P<title>\S.*)$"
    r"|^\[(?P<alone>No\.\s*\d{1,4}\.?)\]$"
)
_NUMBER = re.compile(rf"^{ITEM_NUMBER}$")
_GLUED_NOTE = re.compile(r"(?<=[^\W\d_]{2})\d{1,2}\b")  # "Affairs1", "Zealand2"


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", _GLUED_NOTE.sub("", text)).strip().lower()


class Nzetc:
    name = "nzetc"

    def recognise(self, lines: list[str]) -> int:
        head = [line.strip() for line in lines[:15]]
        score = 2 if any(_FORMATS.search(line) for line in head) else 0
        score += 1 if "Other formats" in head else 0
        return score + (1 if any(_TITLE.match(line) for line in head) else 0) if score else 0

    def split(self, lines: list[str]) -> Page:
        chrome: dict[int, str] = {}
        at = next((k for k in range(min(len(lines), 25)) if _TITLE.match(lines[k].strip())), None)
        if at is None:
            return self._untitled(lines)
        for k in range(at):
            if not lines[k].strip():
                continue
            text = lines[k].strip()
            site = _FORMATS.search(text) or _SITE_LINE.match(text) or is_furniture(text)
            chrome[k] = "site: links" if site else "site: the collection's title"
        named = _TITLE.match(lines[at].strip())
        chrome[at] = "site: the page's title"
        i = next_filled(lines, at + 1)
        if named and named.group("title"):
            title = _GLUED_NOTE.sub("", named.group("title")).strip()
        else:  # "[No. 15.]": the page's title is the number alone, the heading the one under it
            while i < len(lines) and _NUMBER.match(lines[i].strip()):
                chrome[i], i = "site: heading", next_filled(lines, i + 1)
            title = _GLUED_NOTE.sub("", lines[i].strip() if i < len(lines) else "").strip().rstrip(".")
        # the document's section, number and heading, printed again over its text
        parts = {_fold(p) for p in lines[at].split(" — ")} - {""}
        while i < len(lines) and (
            _NUMBER.match(lines[i].strip())
            or _fold(lines[i]) == _fold(title)
            and _fold(title)
            or _fold(lines[i]) in parts
        ):
            chrome[i] = "site: heading"
            i = next_filled(lines, i + 1)
        if i >= len(lines):
            raise NotAPage("no text")
        return take_text(Page(date_line="", title=title, title_is_heading=True), lines, i, chrome)

    def _untitled(self, lines: list[str]) -> Page:
        """A page whose title is no numbered heading: the line under the collection's title, printed again
        over the text ("Downing Street, December 9, 1840" / "Downing Street, December 9, 1840.", the
        despatch's own date line)."""
        chrome: dict[int, str] = {}
        k = next_filled(lines, 0)
        while k < len(lines) and (
            _FORMATS.search(t := lines[k].strip()) or _SITE_LINE.match(t) or is_furniture(t)
        ):
            chrome[k], k = "site: links", next_filled(lines, k + 1)
        titled = next_filled(lines, k + 1)
        again = next_filled(lines, titled + 1)
        if again >= len(lines) or not _fold(lines[titled]) or _fold(lines[titled]) != _fold(lines[again]):
            raise NotAPage("no document heading under the collection's title")
        chrome[k], chrome[titled] = "site: the collection's title", "site: the page's title"
        title = lines[titled].strip().rstrip(".")
        return take_text(Page(date_line="", title=title, title_is_heading=True), lines, again, chrome)


LAYOUT = Nzetc()
