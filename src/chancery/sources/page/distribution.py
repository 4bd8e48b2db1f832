"""Distribution lists and copy numbering.

Three layouts: a labelled list ("Distributed to:" then one name a line), numbered copies
("Copy Nº 2 to Stalin", often in columns), and the short list under a cipher's From/To lines.
File copies and unreadable entries are not distribution entries; a copy's destination and fate
("Nº 6 [went to] the NKVD Secretariat file", "Cde. Vyshinsky's copy was returned and destroyed 5 June 1946")
go to :class:`~chancery.model.Copies`.
"""

from __future__ import annotations

import re

from chancery.model import Agent, Copies, CopyNote, DistributionEntry
from chancery.sources.page.dates import find_dates, parse_date
from chancery.sources.page.header import NO, cells
from chancery.sources.page.markings import marking_of
from chancery.sources.page.names import parse_agent, split_names

_LABEL = re.compile(
    r"(?i)^(?:distributed to|distribution(?: list)?|copies (?:sent )?to|sent to|cc|copy to):?$"
)
_INLINE = re.compile(
    r"(?i)^(?:distributed to|distribution(?: list)?|copies (?:sent )?to|sent to|copy to|cc):"
    r"\s*(?P<list>[^:]{3,150})$"
)
_COPY_TO = re.compile(
    rf"(?i)^(?:copy\s*{NO}?\s*(?P<n>\d+)|(?P<nth>\d+)(?:st|nd|rd|th)\s+copy)\s*(?:\s+to|\s*[-–—:]\s*(?:to\s+)?)\s*(?P<who>\S.*)$"
)
_NOT_RECIPIENT = re.compile(
    r"(?i)^(?:the\s+)?(?:file|files|copy|archive|records?|[\w\s]*\bfile)$|^\[\?*\]$|^\?$"
)
_COUNT = re.compile(r"^\d{1,2}\s*[x×]\s+(?=\D)")
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word.lower())


def _entry_agent(text: str) -> Agent | None:
    text = text.strip(" .,;")
    if not text or _NOT_RECIPIENT.match(text) or re.fullmatch(r"\[[^\]]*\]", text):
        return None
    return parse_agent(text)


def labelled_list(lines: list[str]) -> list[DistributionEntry]:
    """Names under "Distributed to:" until a line that is not a name."""
    for k, line in enumerate(lines):
        if (inline := _INLINE.match(line)) and not _LABEL.match(line):
            agents = [_entry_agent(part) for part in split_names(inline.group("list"))]
            return [DistributionEntry(a, position=i + 1) for i, a in enumerate(x for x in agents if x)]
        if _LABEL.match(line):
            return _entries_under(lines[k + 1 :])
    return []


def _entries_under(items: list[str]) -> list[DistributionEntry]:
    """One entry a line, up to a line that is not a name; "1. Cde. Stalin" gives its copy number."""
    entries: list[DistributionEntry] = []
    for item in items:
        item = _COUNT.sub("", item)  # "1x Comrade Honecker": how many copies, not which
        numbered = re.match(r"(?P<n>\d{1,2})\s*(?:[.)]|[-–]\s*(?:to\s+)?)\s*(?=\D)", item)
        item = item[numbered.end() :] if numbered else item
        if parse_date(item) or re.search(r"\d", item) or len(item.split()) > 8 or marking_of(item):
            break
        if agent := _entry_agent(item):
            number = int(numbered.group("n")) if numbered else None
            entries.append(DistributionEntry(agent, position=len(entries) + 1, copy_number=number))
    return entries


def numbered_copies(lines: list[str]) -> tuple[list[DistributionEntry], list[CopyNote]]:
    """ "Copy Nº 2 to Stalin" cells, in copy-number order, one entry per recipient; file copies apart."""
    found: list[tuple[int, str]] = []
    for line in lines:
        for cell in cells(line):
            if (m := _COPY_TO.match(cell)) and not marking_of(m.group("who")):
                found.append((int(m.group("n") or m.group("nth")), m.group("who")))
    entries: list[DistributionEntry] = []
    notes: list[CopyNote] = []
    seen: set[str] = set()
    for number, who in sorted(found):
        agent = _entry_agent(re.sub(r"(?i)^the\s+", "", who))
        if agent is None:
            notes.append(CopyNote(number=number, destination=who.strip(" .")))
            continue
        if agent.name.lower() in seen:
            continue
        seen.add(agent.name.lower())
        entries.append(DistributionEntry(agent, position=len(entries) + 1, copy_number=number))
    return entries, notes


def cipher_list(lines: list[str], header_end: int) -> list[DistributionEntry]:
    """Short name lines right under a cipher's "From:"/"To:" lines (Polish ciphergrams)."""
    start = next((k for k, line in enumerate(lines[:header_end]) if re.match(r"(?i)^from:\s", line)), None)
    if start is None:
        return []
    entries: list[DistributionEntry] = []
    for item in lines[start + 1 :]:
        if re.match(r"(?i)^to:\s", item):
            continue
        if not re.fullmatch(r"(?:\[\?\]|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})", item) or parse_date(item):
            break
        if agent := _entry_agent(item):
            entries.append(DistributionEntry(agent, position=len(entries) + 1))
    return entries if len(entries) >= 2 else []


def read_copies(
    text: str, entries: list[DistributionEntry], this_copy: int | None, printed: int | None
) -> Copies | None:
    """Copies printed, copy numbers of the listed addressees, file copies and their fate."""
    copies = Copies(printed=printed, this_copy=this_copy)
    flat = re.sub(r"\s+", " ", text)
    if m := re.search(
        r"(?i)\b(?:a total of\s+)?(?P<n>\w+)\s+copies\s+(?:were\s+)?(?:printed|made|typed)", flat
    ):
        copies.printed = _number(m.group("n")) or copies.printed
    if m := re.search(
        r"(?i)\bcopies\s+(?P<a>\d+)\s*(?:to|-|–)\s*(?P<b>\d+)\s+(?:were\s+)?(?:distributed|sent|went)\s+to"
        r"\s+the\s+above",
        flat,
    ):
        numbers = range(int(m.group("a")), int(m.group("b")) + 1)
        for entry, number in zip(entries, numbers, strict=False):
            entry.copy_number = entry.copy_number or number
            copies.copies.append(CopyNote(number=number))
    for m in re.finditer(
        rf"(?i){NO}\s*(?P<n>\d+)\s*(?:\[?went to\]?|to|was sent to)\s*(?:the\s+)?"
        r"(?P<dest>(?:(?!N[º°o]|Copy)[^.;\]]){1,60}?file)\b",
        flat,
    ):
        _note(copies, int(m.group("n"))).destination = m.group("dest").strip()
    for m in re.finditer(
        r"(?i)(?:cde\.?|comrade)?\s*(?P<who>[A-Z][\w'’-]+)['’]s copy (?:was|has been)\s+"
        r"(?P<fate>[a-z ,]+?)\s+(?P<date>(?:on\s+)?\d{1,2} \w+ \d{4})",
        flat,
    ):
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
