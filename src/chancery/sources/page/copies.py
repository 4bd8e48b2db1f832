"""Copies: numbered copy lines ("Copy Nº 2 to Stalin", often in columns), how many were printed, which
copy this page is, where the file copies went and what became of a copy ("Cde. Vyshinsky's copy was
returned and destroyed 5 June 1946")."""

from __future__ import annotations

import re

from chancery.lexicon.honorifics import address_pattern
from chancery.model import Copies, CopyNote, DistributionEntry
from chancery.sources.page.dates import find_dates
from chancery.sources.page.entries import count, read_entry
from chancery.sources.page.header import NO, cells
from chancery.sources.page.markings import marking_of

_COPY_TO = re.compile(
    # (the Russian "Экз.N 3—тов.Молотову": экземпляр, a copy)
    rf"(?i)^(?:(?:copy|экз(?:емпляр)?\.?)\s*(?:{NO}|N\b)?\s*(?P<n>\d+)|(?P<nth>\d+)(?:st|nd|rd|th)\s+copy"
    # several copies to one: "copies NºNº 1-2 to Cde. Poskrebyshev", "Copies Nos. 3 and 4 – to ..."
    rf"|copies\s*(?:{NO}|Nos\.?){{0,2}}\s*(?P<first>\d+)\s*(?:[-–,]|and)\s*\d+)"
    r"\s*(?:\s+to|\s*[-–—:]\s*(?:to\s+)?)\s*(?P<who>\S.*)$"
)


# A register's line by its number alone, "Nº 2 – to Stalin", "No. 12 - to the 10th Department": a copy line
# where several of them send copies "to" someone (not an enclosure list's "No. 1 – Memorandum ...")
_NUMBER_TO = re.compile(rf"^{NO}\s*(?P<n>\d+)\s*[-–—]\s*(?P<who>\S.*)$")
# What the register's own copy says it holds: "Copy Nº 1 – DISTRIBUTION LIST"
_THE_LIST = re.compile(r"(?i)^(?:the\s+)?(?:distribution|copy|mailing)\s+(?:list|register)\.?$")


def numbered_copies(lines: list[str]) -> tuple[list[DistributionEntry], list[CopyNote]]:
    """ "Copy Nº 2 to Stalin" cells, in copy-number order, one entry per recipient; file copies apart."""
    found: list[tuple[int, str]] = []
    bare = [m for line in lines if (m := _NUMBER_TO.match(line.strip()))]
    if sum(bool(re.match(r"(?i)to\s", m.group("who"))) for m in bare) >= 2:
        found += [(int(m.group("n")), m.group("who")) for m in bare if not marking_of(m.group("who"))]
    for line in lines:
        for cell in cells(line):
            if (m := _COPY_TO.match(cell)) and not marking_of(m.group("who")):
                found.append((int(m.group("n") or m.group("nth") or m.group("first")), m.group("who")))
    found = [(n, re.sub(r"(?i)^to\s+", "", who)) for n, who in found if not _THE_LIST.match(who.strip())]
    entries: list[DistributionEntry] = []
    notes: list[CopyNote] = []
    seen: set[str] = set()
    for number, who in sorted(found):
        entry = read_entry(re.sub(r"(?i)^the\s+", "", who))
        agent = entry.agent if entry else None
        if agent is None:
            notes.append(CopyNote(number=number, destination=who.strip(" .")))
            continue
        if agent.name.lower() in seen:
            continue
        seen.add(agent.name.lower())
        entries.append(DistributionEntry(agent, position=len(entries) + 1, copy_number=number))
    return entries, notes


# "Five copies printed", "a total of 3 copies were made"
_PRINTED = re.compile(r"(?i)\b(?:a total of\s+)?(?P<n>\w+)\s+copies\s+(?:were\s+)?(?:printed|made|typed)")
# "Copies 1-4 were distributed to the above"
_TO_THE_ABOVE = re.compile(
    r"(?i)\bcopies\s+(?P<a>\d+)\s*(?:to|-|–)\s*(?P<b>\d+)\s+(?:were\s+)?(?:distributed|sent|went)\s+to"
    r"\s+the\s+above"
)
# "Nº 5 went to the 8th Department's file"
_TO_FILE = re.compile(
    rf"(?i){NO}\s*(?P<n>\d+)\s*(?:\[?went to\]?|to|was sent to)\s*(?:the\s+)?"
    r"(?P<dest>(?:(?!N[º°o]|Copy)[^.;\]]){1,60}?file)\b"
)
# "Cde. Molotov's copy was destroyed on 5 May 1950"
_FATE = re.compile(
    r"(?i)(?:" + address_pattern() + r")?\s*(?P<who>[A-Z][\w'’-]+)['’]s copy (?:was|has been)\s+"
    r"(?P<fate>[a-z ,]+?)\s+(?P<date>(?:on\s+)?\d{1,2} \w+ \d{4})"
)


def read_copies(
    text: str, entries: list[DistributionEntry], this_copy: int | None, printed: int | None
) -> Copies | None:
    """Copies printed, copy numbers of the listed addressees, file copies and their fate."""
    copies = Copies(printed=printed, this_copy=this_copy)
    flat = re.sub(r"\s+", " ", text)
    low = flat.lower()  # what each form must hold, looked for before the form itself
    if "copies" in low and (m := _PRINTED.search(flat)):
        copies.printed = count(m.group("n")) or copies.printed
    if "copies" in low and (m := _TO_THE_ABOVE.search(flat)):
        numbers = range(int(m.group("a")), int(m.group("b")) + 1)
        for entry, number in zip(entries, numbers, strict=False):
            entry.copy_number = entry.copy_number or number
            copies.copies.append(CopyNote(number=number))
    for m in _TO_FILE.finditer(flat) if "file" in low else ():
        _note(copies, int(m.group("n"))).destination = m.group("dest").strip()
    for m in _FATE.finditer(flat) if "copy" in low else ():
        copy_number = _copy_of(entries, m.group("who"))
        if copy_number is None:
            continue
        note = _note(copies, copy_number)
        note.fate = m.group("fate").strip()
        dates = find_dates(m.group("date"))
        note.fate_date = dates[0].value if dates else None
    if copies.printed is None and copies.this_copy is None and not copies.copies:
        return None
    copies.copies.sort(key=lambda c: c.number)
    return copies


def _note(copies: Copies, number: int) -> CopyNote:
    for note in copies.copies:
        if note.number == number:
            return note
    note = CopyNote(number=number)
    copies.copies.append(note)
    return note


def _copy_of(entries: list[DistributionEntry], surname: str) -> int | None:
    for entry in entries:
        if entry.agent.name.split()[-1].lower() == surname.lower():
            return entry.copy_number
    return None
