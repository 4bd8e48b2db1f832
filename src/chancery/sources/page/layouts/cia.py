"""The CIA FOIA Electronic Reading Room: CREST record pages (also in their printer-friendly form).

```
[Published on CIA FOIA (foia.cia.gov) (https://www.cia.gov/readingroom)]
[<RECORD TITLE>]
Document Type:                                   label, then its value on the next line
CREST [1]                                        (or nothing: the next label)
Document Number (FOIA) /ESDN (CREST):
CIA-RDP78B02992A000100070002-9
Release Decision: / Original Classification: / Document Page Count: / ... / Publication Date: / Content Type:
File:
AttachmentSize
PDF icon CIA-RDP78B02992A000100070002-9.pdf900.24 KB
Body:
<the document's OCR text>
```

The document number is the citation, the reading room the archive, the publication date the date,
the title line the title. The original classification is a one-letter code (T, S, C, U); a marking in
the document's own text wins over it.
"""

from __future__ import annotations

import re

from chancery.sources.page.layouts.furniture import is_furniture
from chancery.sources.page.sections import NotAPage, Page

LABELS = (
    "document type",
    "collection",
    "document number (foia) /esdn (crest)",
    "release decision",
    "original classification",
    "document page count",
    "document creation date",
    "document release date",
    "sequence number",
    "case number",
    "publication date",
    "content type",
    "file",
    "body",
)
_LABEL = re.compile(r"(?i)^(?P<label>" + "|".join(re.escape(x) for x in LABELS) + r"):\s*(?P<value>.*)$")
_ATTACHMENT = re.compile(r"(?i)^(?:attachmentsize|pdf icon\s.*)$")
_LINK = re.compile(r"\s*\[\d+\]")  # printer-friendly pages number their links: "CREST [1]"


class ReadingRoom:
    name = "cia-reading-room"

    def recognise(self, lines: list[str]) -> int:
        labels = sum(1 for line in lines[:60] if _LABEL.match(line.strip()))
        return labels if labels >= 3 else 0

    def split(self, lines: list[str]) -> Page:
        chrome: dict[int, str] = {}
        fields: dict[str, str] = {}
        title, body_from, label = "", None, None
        for k, raw in enumerate(lines):
            line = raw.strip()
            if not line:
                continue
            if m := _LABEL.match(line):
                label, chrome[k] = m.group("label").lower(), f"site: {m.group('label')}"
                if label == "body":
                    body_from = k + 1
                    break
                if value := _LINK.sub("", m.group("value")).strip():
                    fields[label] = value
                continue
            if is_furniture(line) or _ATTACHMENT.match(line):
                chrome[k] = "site: furniture"
                if line.lower().startswith("pdf icon") and label in (None, "content type", "file"):
                    body_from = k + 1  # a capture with no "Body:" label: the text follows the file row
                continue
            if label is None and not title:
                title, chrome[k] = line, "site: title"
            elif label is not None and label not in fields:
                fields[label], chrome[k] = _LINK.sub("", line).strip(), f"site: {label} value"
            elif body_from is not None:
                break
        if body_from is None:
            raise NotAPage("a reading-room record with no text")
        at = [k for k in range(body_from, len(lines)) if not is_furniture(lines[k])]
        page = Page(
            date_line=fields.get("publication date", ""),
            title=title,
            body=[lines[k] for k in at],
            body_at=at,
            body_start=body_from + 1,
            chrome=chrome,
            archive="CIA CREST",
            citation=fields.get("document number (foia) /esdn (crest)") or _number_in(lines),
        )
        page.classification_code = fields.get("original classification") or None
        return page


LAYOUT = ReadingRoom()


def _number_in(lines: list[str]) -> str | None:
    """The record's number where its field is empty: the PDF's name ("CIA-RDP80B01676R000200020045-1")."""
    for line in lines:
        if m := re.search(r"\b(CIA-RDP[0-9A-Z]+-\d)\b", line):
            return m.group(1)
    return None
