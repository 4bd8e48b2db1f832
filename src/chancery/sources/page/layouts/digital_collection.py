"""An item page of a digital collection (Omeka, CONTENTdm and their like): the item's catalogue record in
Dublin Core's labels, a label and its value on one line or the value on the next, then the transcribed text.

```
Page 21                                             (the item's name)
Parent Collaboration Between Japan, Germany and Italy - Volume II
Date 25 November 1941
Collection Tavenner Papers & IMTFE Official Records
Box Box 15
Folder Japan, Germany, Italy Collaboration Vol 2
Repository University of Virginia Law Library
<text>
```

or, label over value: "- Title" / "- Reel 17425 - Page 2266" / "- Date" / "- 1941/1945" / ... / "- Text" /
<text>. The title is the item's; the date the record's when it is a day (a range of years is the
collection's, and the text's own date line says the day); the repository is the archive, and collection,
box and folder make the citation.
"""

from __future__ import annotations

import re

from chancery.sources.page.dates import parse_date
from chancery.sources.page.layouts.plain import document_page
from chancery.sources.page.sections import Page

# Dublin Core's elements and the holding's labels, as item pages print them
_LABELS = (
    "title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format",
    "identifier", "source", "language", "relation", "coverage", "rights", "collection", "box", "folder",
    "repository", "parent", "text", "item type metadata", "dublin core", "original format", "files",
)  # fmt: skip
_LABEL = re.compile(r"(?i)^[-•]?\s*(?P<label>" + "|".join(_LABELS) + r")\b\s*:?\s*(?P<value>.*)$")
# What only a catalogue's record says: a reader of a text's own lines ("Date: 5 May" in a memorandum) is no
# catalogue's
_CATALOGUE = {
    "collection",
    "box",
    "folder",
    "repository",
    "rights",
    "format",
    "language",
    "dublin core",
    "parent",
}


class DigitalCollection:
    name = "digital-collection-item"

    def recognise(self, lines: list[str]) -> int:
        found = {m.group("label").lower() for line in lines[:40] if (m := _LABEL.match(line.strip()))}
        return (
            len(found & _CATALOGUE) + (1 if {"title", "date"} & found else 0)
            if len(found & _CATALOGUE) >= 2
            else 0
        )

    def split(self, lines: list[str]) -> Page:
        record: dict[str, str] = {}
        last = -1
        pending: str | None = None  # a label whose value is on the next line
        first = next((k for k, line in enumerate(lines) if line.strip()), 0)
        for k in range(first, min(len(lines), 60)):
            text = lines[k].strip()
            if not text:
                continue
            m = _LABEL.match(text)
            if m and (m.group("value") == "" or m.group("label").lower() in _CATALOGUE or k > first):
                label = m.group("label").lower()
                if label == "text":  # "- Text": the transcription follows
                    last = k
                    break
                if m.group("value"):
                    record.setdefault(label, m.group("value").strip())
                    pending = None
                else:
                    pending = label
                last = k
                continue
            if pending is not None:
                record.setdefault(pending, text.lstrip("-• ").strip())
                pending = None
                last = k
                continue
            if k == first:
                record.setdefault("name", text)  # the item's name over its record
                last = k
                continue
            if re.match(
                r"(?i)^(?:needs review|ocr confidence|character count|word count|quality score)\b", text
            ):
                last = k
                continue
            if last >= 0 and k - last > 1 and len(text.split()) > 8:
                break
            if len(text.split()) > 8:
                break
        start = last + 1
        page = document_page(lines, start)
        for k in range(start):
            if lines[k].strip():
                page.chrome[k] = "site: the item's catalogue record"
        page.title = record.get("title") or record.get("name") or ""
        date = record.get("date", "")
        found = parse_date(date) if date else None
        if found is not None and found.value and re.fullmatch(r"\d{4}-\d\d-\d\d", found.value):
            page.date_line = date  # a day; a range of years is the collection's ("1941/1945")
        page.archive = record.get("repository")
        held = [record[k] for k in ("collection", "box", "folder") if record.get(k)]
        if held:
            page.citation = ", ".join(held)
        page.layout = self.name
        return page


LAYOUT = DigitalCollection()
