"""The Marxists-en wiki (wikirouge.net and its copies): the Marxists Internet Archive's texts as wiki pages.
The page's title, the wiki's tagline and skip links, the archive's notes as labels (with or without their
colon), then the text.

```
Telegram to Leon Trotsky, October 18, 1919            (the page's title)
From Marxists-en                                       (the tagline; a copy may keep only the skip links)
Jump to navigation Jump to search
Author(s) Lenin                                        (the author)
Written 17 July 1921                                   (when: the document's date)
Published: First published in October 1958 ...
Source: Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 45, page 213a.
Collection(s): Pravda
Keywords : Communism, Letter                           (the wiki's keywords: a genre among them)
<the text>
```

The date is the "Written" note's, the citation the "Source" note's, the author the "Author(s)" note's (or
whose "Collected Works" the source is); a genre among the keywords is the document's when its text names
none.
"""

from __future__ import annotations

import re

from chancery.sources.page.doc_types import doc_type_of
from chancery.sources.page.layouts.marxists import COLLECTED_WORKS, LABEL_WORDS, WRITTEN
from chancery.sources.page.layouts.plain import document_page
from chancery.sources.page.sections import NotAPage, Page

_TAGLINE = "From Marxists-en"
_SKIP = re.compile(r"^Jump to (?:navigation|search)(?:\s+Jump to (?:navigation|search))?$")
# the archive's own labels, and the wiki's ("Author(s)", "Keywords", "Collection(s)", ...)
_LABEL = re.compile(
    rf"^(?P<label>(?i:{LABEL_WORDS})|Author\(s\)|Dictated|First published|Collection\(s\)|Keywords|Printed)"
    r"(?=[\s:]|$)\s*:?\s*(?P<value>.*)$"
)


class MarxistsWiki:
    name = "marxists-wiki"

    def recognise(self, lines: list[str]) -> int:
        head = [line.strip() for line in lines[:60]]
        if _TAGLINE in head:
            return 4
        skips = any(_SKIP.match(line) for line in head)
        labelled = {m.group("label") for line in head if (m := _LABEL.match(line))}
        return 4 if skips and "Keywords" in labelled and "Source" in labelled else 0

    def split(self, lines: list[str]) -> Page:
        head = [line.strip() for line in lines[:60]]
        anchor = next((k for k, line in enumerate(head) if line == _TAGLINE or _SKIP.match(line)), None)
        if anchor is None:
            raise NotAPage("no tagline")
        title_at = next(
            (
                k
                for k in range(anchor - 1, -1, -1)
                if head[k] and "|" not in head[k] and not head[k].endswith(":")
            ),
            None,
        )
        notes: dict[str, str] = {}
        start = anchor
        for k in range(anchor, len(lines)):
            text = lines[k].strip()
            if not text or text == _TAGLINE or _SKIP.match(text):
                start = k + 1
                continue
            if (m := _LABEL.match(text)) is None:
                break
            notes.setdefault(m.group("label").split("(")[0].split()[0].lower(), m.group("value").strip())
            start = k + 1
        page = document_page(lines, start)
        for k in range(start):
            if lines[k].strip():
                page.chrome[k] = "site: the wiki's title, links and notes on the work"
        page.title = head[title_at] if title_at is not None else ""
        if written := notes.get("written"):
            page.date_line = WRITTEN.sub("", written).strip(" .")
        if source := notes.get("source"):
            page.citation = re.sub(r"\s+", " ", source).strip(" ;,")
        author = (
            notes.get("author")
            or ((m := COLLECTED_WORKS.match(page.citation or "")) and m.group("who"))
            or ""
        )
        if author and not re.search(r"\d|:", author):
            page.listed_authors = [author]
        kinds = [doc_type_of(word) for word in notes.get("keywords", "").split(",")]
        page.catalogue_genre = next((kind for kind in kinds if kind != "other"), None)
        page.layout = self.name
        return page


LAYOUT = MarxistsWiki()
