"""Document pages of editions on the web such as the Avalon Project (Yale Law School): the document's
heading and text between navigation lines, and the site's postal address at the foot.

```
The German Ambassador in the Soviet Union (Schulenburg) to the German Foreign Office
Previous Document Nazi-Soviet Relations Page Next Document
<date line, text>
Previous Document Nazi-Soviet Relations Page Next Document
127 Wall Street, New Haven, CT 06511.
```
Everything but the navigation and the address is the document (read as a plain document).
"""

from __future__ import annotations

import re

from chancery.sources.page.layouts.plain import document_page
from chancery.sources.page.sections import Page

# "Previous Document Nazi-Soviet Relations Page Next Document", and copies that glue its links together
# ("Previous DocumentNazi-Soviet Relations PageNext Document")
_NAVIGATION = re.compile(r"(?i)\bprevious\s*document.*next\s*document\b")
# A partner's copy of the edition says whose it is: "The following document is courtesy of Encyclopaedia
# Britannica's publishing partnership with the Lillian Goldman Law Library's Avalon Project ..."
_COURTESY = re.compile(r"(?i)^the following document is (?:courtesy of|reproduced|provided)\b.*$")
_SITE = re.compile(
    r"(?i)avalon project|lillian goldman law library|yale law school|127 wall street, new haven"
)
_SITE_WORDS = ("avalon", "goldman", "yale", "wall street")  # one of them in every name of the site
_ADDRESS = re.compile(
    r"^\d+\s+[A-Z][\w ]+(?:Street|Avenue|Road|Place),\s*[A-Z][\w ]+,\s*[A-Z]{2}\s+\d{5}\.?$"
)


class Avalon:
    name = "avalon"

    def recognise(self, lines: list[str]) -> int:
        # neither pattern crosses a line: the whole text answers whether any line has it, and what it must
        # hold says whether to look
        text = "\n".join(lines).lower()
        navigation = (
            sum(1 for line in lines if _NAVIGATION.search(line))
            if "next" in text and _NAVIGATION.search(text)
            else 0
        )
        site = any(word in text for word in _SITE_WORDS) and _SITE.search(text)
        return 2 * min(navigation, 2) + (2 if site else 0)

    def split(self, lines: list[str]) -> Page:
        end = len(lines)
        while end and (not lines[end - 1].strip() or _ADDRESS.match(lines[end - 1].strip())):
            end -= 1
        start = 0
        for k in _page_title_and_courtesy(lines[:end]):
            start = k + 1
        page = document_page(lines, start, end)
        for k in range(start):
            if lines[k].strip():
                page.chrome[k] = (
                    "site: page title" if not _COURTESY.match(lines[k].strip()) else "site: credit"
                )
        for k in range(end, len(lines)):
            if lines[k].strip():
                page.chrome[k] = "site: address"
        for k, line in enumerate(lines):
            if _NAVIGATION.search(line):
                page.chrome[k] = "site: navigation"
        page.body_at = [k for k in page.body_at if k not in page.chrome]
        page.body = [lines[k] for k in page.body_at]
        page.body_start = page.body_at[0] + 1 if page.body_at else page.body_start
        return page


def _page_title_and_courtesy(lines: list[str]) -> list[int]:
    """The lines a partner's copy prints above the document: the page's title, the collection's name before
    the document's heading ("Nazi-Soviet Relations 1939-1941: German-Soviet Boundary and Friendship
    Treaty", the heading printed again below), and its courtesy line. Their indices, in order."""
    filled = [k for k, line in enumerate(lines[:12]) if line.strip()]
    courtesy = next((k for k in filled if _COURTESY.match(lines[k].strip())), None)
    if courtesy is None:
        return []
    found = [k for k in filled if k < courtesy]
    heading = next((lines[k].strip() for k in filled if k > courtesy), "")
    if not heading or not all(lines[k].strip().endswith(heading) for k in found):
        return []
    return [*found, courtesy]


LAYOUT = Avalon()
