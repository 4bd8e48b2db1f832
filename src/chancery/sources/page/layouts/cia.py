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

import difflib
import re

from chancery.sources.page.doc_types import catalogue_genre
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
# the file row, and a Markdown copy's table of it ("Attachment | Size |", "---|---|", "X.pdf | 1.34 MB |")
_ATTACHMENT = re.compile(
    r"(?i)^(?:attachmentsize|pdf icon\s.*|attachment\s*\|\s*size\s*\|?|[-|\s]{3,}|\S+\.pdf\s*\|.*)$"
)
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
        pieces = [(k, piece) for k in at for piece in _run_on(lines[k])]
        pieces[:40] = [(k, _ocr_label(piece)) for k, piece in pieces[:40]]  # the memorandum's head
        page = Page(
            date_line=fields.get("publication date", ""),
            title=title,
            body=[piece for _, piece in pieces],
            body_at=[k for k, _ in pieces],
            body_start=body_from + 1,
            chrome=chrome,
            archive="CIA CREST",
            citation=fields.get("document number (foia) /esdn (crest)") or _number_in(lines),
        )
        page.classification_code = fields.get("original classification") or None
        page.catalogue_genre = catalogue_genre(fields.get("content type"))
        return page


LAYOUT = ReadingRoom()


# An OCR that ran the pages into one line: cut after each release stamp ("Approved For Release 2009/04/10:
# CIA-RDP80B01676R001500060187-6"), around "MEMORANDUM FOR THE RECORD", before a note's "NOTE TO:" and its
# subject, and before the forms' headings; the labels of a memorandum's head are ``reflow``'s to cut.
_STAMP_END = re.compile(
    r"(?i)(?:sanitized\s+copy\s+)?approved\s+for\s+(?:release|ease)\s+\d{4}/\d\d/\d\d\s*:\s*"
    r"CIA-RDP[\w -]*?-\d\b"
)
_RUN_ON_CUTS = re.compile(
    r"\s(?=MEMORANDUM\s+FOR\s+THE\s+RECORD\b|NOTE\s+TO\s*:|ROUTING\s+AND\s+(?:TRANSMITTAL\s+SLIP|RECORD\s+SHEET))"
    r"|(?<=MEMORANDUM FOR THE RECORD)\s"
)
_NOTE_SUBJECT = re.compile(r"^(?P<note>NOTE\s+TO\s*:.{3,200}?)\s+(?P<subject>SUBJECT\s*:.*)$")


def _run_on(line: str) -> list[str]:
    """A line as the document has it: a run-on page cut at its stamps and the heads of its papers."""
    if len(line) < 200:
        return [line]
    pieces: list[str] = []
    start = 0
    for m in _STAMP_END.finditer(line):
        pieces += [line[start : m.start()], line[m.start() : m.end()]]
        start = m.end()
    pieces.append(line[start:])
    out: list[str] = []
    for cut in (c.strip() for piece in pieces for c in _RUN_ON_CUTS.split(piece) if c.strip()):
        note = _NOTE_SUBJECT.match(cut)
        out += [note.group("note"), note.group("subject")] if note else [cut]
    return out


def _number_in(lines: list[str]) -> str | None:
    """The record's number where its field is empty: the PDF's name ("CIA-RDP80B01676R000200020045-1")."""
    for line in lines:
        # (its job number may hold a hyphen of its own: "CIA-RDP72-00337R000200030006-8")
        if m := re.search(r"\b(CIA-RDP[0-9A-Z]+(?:-[0-9A-Z]+)*-\d)\b", line):
            return m.group(1)
    return None


# Rule *misread label*: the OCR of a memorandum's head drops or mistakes letters of its labels ("RANDUM ?OR
# TEE DIRECTOR", "8UBJBCT. Request by ..."): a line's opening words in capitals, each close to the label's
# word letter for letter, are that label
_HEAD_LABELS = (
    "MEMORANDUM FOR THE RECORD",
    "MEMORANDUM FOR THE",
    "MEMORANDUM FOR",
    "SUBJECT",
    "REFERENCE",
    "THROUGH",
)


def _ocr_label(line: str) -> str:
    words = line.split()
    if (
        not words
        or not re.match(r"[A-Z0-9$?][A-Z0-9$?.:]{2,}$", words[0])
        or any(line.startswith(label) for label in _HEAD_LABELS)
    ):
        return line
    for label in _HEAD_LABELS:
        wanted = label.split()
        if len(words) < len(wanted):
            continue
        got = [w.strip(".:,") for w in words[: len(wanted)]]
        if any(not w.isupper() and not re.fullmatch(r"[^a-z]+", w) for w in got):
            continue  # the label is in capitals; "Request by" is the subject's text
        ratios = [difflib.SequenceMatcher(None, g, w).ratio() for g, w in zip(got, wanted, strict=True)]
        last = (0.8 if len(wanted[-1]) > 3 else 0.66) if len(wanted) > 1 else 0.7
        if min(ratios) >= 0.66 and ratios[-1] >= last:
            rest = " ".join(words[len(wanted) :]).lstrip(".: ")
            return f"{label}: {rest}" if label in ("SUBJECT", "REFERENCE") else f"{label} {rest}".strip()
    return line
