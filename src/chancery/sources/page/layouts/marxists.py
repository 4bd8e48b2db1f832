"""The Marxists Internet Archive (marxists.org) and its mirrors: a work's page opens with the archive's
labelled notes on it, then the text.

```
V. I.   Lenin                                          (the author, on some pages)
Written: Written on July 28, 1914                      (when: the document's date)
Published: First published in 1933 ... Sent from Paris to Berlin. Printed from the original.
Source: Lenin Collected Works, Progress Publishers, [1976], Moscow, Volume 35, page 154.
Translated: Andrew Rothstein
Transcription\\Markup: R. Cymbala
Public Domain: Lenin Internet Archive (2005). You may freely copy ... Please credit "Marxists Internet
Archive" as your source.
Other Formats: Text • README
<the text>
```

A label's value may run over the next lines (the copy breaks it at every comma); the notes end with the
licence's last words. The date is the "Written" note's, the citation the "Source" note's, the translators
the "Translated" note's; "Sent from A to B" says where the letter went from and to; a source that is
someone's "Collected Works" names its author.
"""

from __future__ import annotations

import re

from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.header import ADDRESSEE_IN, PERSON_TO_PERSON
from chancery.sources.page.layouts.plain import document_page
from chancery.sources.page.letters import SALUTATION
from chancery.sources.page.sections import Page

_ONE_LABEL = (
    r"written|(?:first\s+)?published|source|translated|translated\s+by|transcription|(?:html\s+)?markup|"
    r"proofread|public\s+domain|copyleft|other\s+formats|online\s+version"
)
# labels joined for one note: "First Published/Source:", "Transcription/HTML Markup:", "Transcription\Markup:"
LABEL_WORDS = rf"(?:{_ONE_LABEL})(?:\s*[\\/]\s*(?:{_ONE_LABEL}))*"
_LABEL = re.compile(rf"(?i)^(?P<label>{LABEL_WORDS})\s*:\s*(?P<value>.*)$")
_A_LABEL = re.compile(rf"(?im)^\s*(?:{LABEL_WORDS})\s*:")  # a line that opens with a label, anywhere
# the archive named, or its edition of Marx and Engels cited by its short name ("Source: MECW Volume 42")
_SITE = re.compile(r"(?i)marxists\s+internet\s+archive|lenin\s+internet\s+archive|marxists\.org|\bMECW\b")
_LICENCE_END = re.compile(r"(?i)\bas\s+your\s+source\.?(?:\s*•?\s*README)?$")
WRITTEN = re.compile(r"(?i)^(?:written\s+)?(?:on|in|at|between|about|c\.)?\s*")
_CITY = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
_SENT = re.compile(rf"\bSent\s+(?:from\s+(?P<a>{_CITY}))?\s*(?:to\s+(?P<b>{_CITY}))?\s*\.")
COLLECTED_WORKS = re.compile(r"^(?P<who>[A-Z][\w.'’ -]{1,40}?)\s+(?:Collected|Selected)\s+Works\b")


def _opens_text(line: str) -> bool:
    """A date line, a salutation or a paragraph: the text begins, no note's value goes on."""
    dated = read_dateline(line)  # a day or a place with it: a year alone ("[1976],") is a note's value
    return bool(
        dated
        and (dated.place or len(dated.date.value or "") >= 7)
        or SALUTATION.match(line)
        or len(line) > 160
    )


def _keys(label: str) -> list[str]:
    """The notes a label gives: "First Published/Source" -> published, source; "Transcription" ->
    transcription."""
    parts = re.split(r"\s*[\\/]\s*", label.lower())
    return [re.sub(r"^(?:first|html)\s+", "", part).split()[0] for part in parts]


class MarxistsArchive:
    name = "marxists-internet-archive"

    def recognise(self, lines: list[str]) -> int:
        labels = (
            {
                key
                for line in lines[:60]
                if (m := _LABEL.match(line.strip()))
                for key in _keys(m.group("label"))
            }
            if _A_LABEL.search("\n".join(lines[:60]))
            else set()
        )
        site = bool(labels) and any(_SITE.search(line) for line in lines[:80])
        return (len(labels) if len(labels) >= 2 else 0) + (2 if site and labels else 0)

    def split(self, lines: list[str]) -> Page:
        notes: dict[str, str] = {}
        first = last = None
        current = None
        for k, line in enumerate(lines[:80]):
            text = line.strip()
            if m := _LABEL.match(text):
                first = k if first is None else first
                keys = _keys(m.group("label"))
                current = keys[0]
                for key in keys:
                    notes[key] = m.group("value").strip()
                last = k
            elif current is not None and text and _opens_text(text):
                break  # "[London,] 14 November 1864", "Dear Engels,": the letter, past the notes
            elif current is not None and text and current not in ("other",):
                if current == "public" and last is not None and _LICENCE_END.search(notes[current]):
                    break
                notes[current] = f"{notes[current]} {text}".strip()
                last = k
            elif current == "other" and text and (len(text.split()) <= 2 or text.startswith("•")):
                last = k
            elif current == "other" and text:
                break
        start = (last + 1) if last is not None else 0
        # bullets and stray words after the notes are the site's; a date in one word ("9/VIII.1921")
        # is the letter's own date line
        while start < len(lines) and (
            not lines[start].strip()
            or lines[start].strip().startswith("•")
            or len(lines[start].split()) <= 1
            and not read_dateline(lines[start].strip())
        ):
            start += 1
        page = document_page(lines, start)
        for k in range(start):
            if lines[k].strip():
                page.chrome[k] = "site: the archive's notes on the work"
        # (an item's number alone, "309", is the volume's, no line of the heading)
        above = [line.strip() for line in lines[: first or 0] if line.strip() and not line.strip().isdigit()]
        author = " ".join(above[0].split()) if len(above) in (1, 2) and len(above[0]) <= 40 else ""
        if len(above) == 2 and author and not re.search(r"\d", author):
            page.title = above[1]  # "V. I. Lenin" / "TO MAXIM GORKY": the author, then the work's title
        # a letter of the Correspondence headed above the notes: "Marx To Engels" / "In Manchester"
        for k, line in enumerate(above):
            if PERSON_TO_PERSON.fullmatch(line):
                page.title = line
                if k + 1 < len(above) and (there := ADDRESSEE_IN.fullmatch(above[k + 1])):
                    page.sent_to = there.group("p")  # where the addressee was
                break
        if written := notes.get("written"):
            page.date_line = WRITTEN.sub("", written).strip(" .")
        if source := notes.get("source"):
            page.citation = re.sub(r"\s+", " ", source).strip(" ;,")  # "MECW Volume 42, p. 22;"
            if not author and (works := COLLECTED_WORKS.match(page.citation)):
                author = works.group("who")
        if translated := notes.get("translated"):
            page.info = f"{page.citation or ''} Translated by {translated.rstrip('.')}.".strip()
        if author and not re.search(r"\d|:", author):
            page.listed_authors = [author]
        # "Sent from Paris to Berlin.": read as the edition's note on the letter (the reader's places)
        # "Sent from Cracow to Capri.", "Sent from Paris.", "Sent to Petrograd.": where the letter was written
        # and where it went (found in the note's text: "... Lenin Miscellany I. Sent ..." has no sentence cut)
        if sent := _SENT.search(notes.get("published", "")):
            page.sent_from = page.sent_from or sent.group("a")
            page.sent_to = page.sent_to or sent.group("b")
            page.catalogue_genre = page.catalogue_genre or "letter"  # what was sent, when its text names none
        page.layout = self.name
        return page


LAYOUT = MarxistsArchive()
