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

_NAVIGATION = re.compile(r"(?i)\bprevious document\b.*\bnext document\b")
_SITE = re.compile(
    r"(?i)avalon project|lillian goldman law library|yale law school|127 wall street, new haven"
)
_ADDRESS = re.compile(
    r"^\d+\s+[A-Z][\w ]+(?:Street|Avenue|Road|Place),\s*[A-Z][\w ]+,\s*[A-Z]{2}\s+\d{5}\.?$"
)


class Avalon:
    name = "avalon"

    def recognise(self, lines: list[str]) -> int:
        navigation = sum(1 for line in lines if _NAVIGATION.search(line))
        site = sum(1 for line in lines if _SITE.search(line))
        return 2 * min(navigation, 2) + 2 * min(site, 1)

    def split(self, lines: list[str]) -> Page:
        end = len(lines)
        while end and (not lines[end - 1].strip() or _ADDRESS.match(lines[end - 1].strip())):
            end -= 1
        page = document_page(lines, 0, end)
        for k in range(end, len(lines)):
            if lines[k].strip():
                page.chrome[k] = "site: address"
        return page


LAYOUT = Avalon()
