"""The closing block of a page body: signers, date and place of signing, attestations, references.

"Authenticated by: V. Popova", "Drafted by Cde. Mamulov", "Issued by Nekipelov", a signature block
("Head of the East Turkestan Government - ALIHAN TORE", "20 October 1949 SAVEL'YEV",
"Ambassador of the USSR in the MPR  [Signature]  V[asily]. Pisarev", offices over their names: its grammar
is :mod:`~chancery.sources.page.signature`'s), the place written under the date ("22 April 1945 / Ghulja
[Yining]"), outgoing and incoming numbers, and what the document was based on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.model import Agent, Place, Reference
from chancery.sources.page.dates import WEEKDAYS, parse_date
from chancery.sources.page.distribution import cue_of
from chancery.sources.page.drafting import is_drafting, read_drafting
from chancery.sources.page.header import NO, cells
from chancery.sources.page.letters import ADDRESS_FORM, CLOSE, SALUTATION
from chancery.sources.page.markings import DECLASSIFICATION_STAMP, marking_of
from chancery.sources.page.places import is_known_place, make_place
from chancery.sources.page.quotes import passed_on, quoted_lines
from chancery.sources.page.signature import END_MARK, NOTES_HEADING, SALUTED, name_line, read_signature

# Where the closing ends: an attached text's heading ("Attachment", "Enclosure 1:", "Annex No. 2"), or another
# page; "Attachment: a translation of Ri Sang-jo's letter." is a notice under the text, and the signature
# may follow it.
_STOP = re.compile(
    r"(?i)^(?:enclosures?|attachments?|appendix|annex)(?:\s+(?:no\.?|nº|№)?\s*[\dIVX]+)?\s*[.:]?$"
    r"|^\[page \d+\]$"
    r"|^minutes?\s+(?:by|of)\s+(?:the\s+)?(?:CO|FO|colonial\s+office|foreign\s+office|office)\b"
)


@dataclass
class Closing:
    signers: list[Agent] = field(default_factory=list)
    attested: dict[str, list[Agent]] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    based_on: list[str] = field(default_factory=list)
    printed: int | None = None
    on_behalf: str | None = None  # "By order of the Minister": by whose order the signers sign


# A line before a signature saying the signer acts by another's order: "By order of the Minister", "On the
# instructions of ...", "Im Auftrag". The body stays the author, the signer signs for it (a signatory);
# "For the Consul General:" is no order: who signs for him wrote it.
_ON_BEHALF = re.compile(
    r"(?i)^(?:by\s+order\s+of|on\s+(?:the\s+)?instructions?\s+of|im\s+auftrag\b|i\.\s?a\.)"
    r"\s*(?P<whom>[^.;]{0,60}?)\s*:?$"
)


# The telegraph office's record under a telegram's signature, or the editor's word of it: "Sent 1750 20 April
# 1946" / "OPS Duty Officer Kupryazhina", "[transmission and receipt blocks at the bottom:": none signs
_TRANSMISSION = re.compile(
    r"(?i)^\[?(?:sent|received|dispatched|despatched|deciphered|transmitted)\s*:?\s*\d|^\[(?:transmission|receipt)"
)


def read_closing(lines: list[str], start: int, claimed: set[int] | None = None) -> Closing:
    """Facts of ``lines[start:]`` (the lines after the last paragraph of prose); ``claimed`` lines belong to
    another block (a distribution list, a drafting line, a header field) and sign nothing."""
    closing = Closing()
    after_date = False
    in_list = False
    signed_to = start  # lines before it were a signature block's
    quoted = quoted_lines(lines)
    passed = passed_on(lines)
    if passed and SALUTATION.match(lines[min(passed)].lstrip('"“«„')):
        quoted |= passed  # a letter passed on, hailing its addressee, its closing mark lost by the copy
    for k, line in enumerate(lines[start:], start=start):
        if k < signed_to or k in quoted:
            continue  # a block's line, or a line of a text quoted whole (its signature is the quote's)
        if _STOP.match(line) or NOTES_HEADING.match(line) or _TRANSMISSION.match(line.strip()):
            break  # what follows is an enclosure, another page, the edition's notes or the office's record
        if END_MARK.match(line.strip()) or DECLASSIFICATION_STAMP.match(line.strip()):
            continue  # "(End)": the telegram's end mark; "DECLASSIFIED": a stamp on the copy; no signer
        if claimed and k in claimed or re.search(r"[”\"»]\s*\.?$", line):
            after_date = False
            continue  # another block's line, or the end of a quoted text (its signature is the quote's)
        if (cue := cue_of(line)) and not cue[1] or in_list and name_line(line):
            in_list = True
            continue  # a distribution list: its entries are not signers
        in_list = False
        if SALUTED.fullmatch(line.strip()):
            break  # "Esteemed Comrade" under the signature: the addressee's block at the foot, no signer
        if re.match(r"(?i)^dear\b", line) or ADDRESS_FORM.match(line):
            continue  # a salutation, or the close's form of address ("My Lord Duke"): no one who signs
        if behalf := _ON_BEHALF.match(line):
            closing.on_behalf = behalf.group("whom") or line
            continue
        attested = _attestations(closing, line)
        if attested or CLOSE.match(line):
            after_date = False
        elif parse_date(line):
            after_date = True
        elif place := _place_and_date(line) or (
            _place_line(line) if after_date or is_known_place(line.split(",")[0]) else None
        ):
            closing.places.append(place)
            after_date = False
        else:
            after_date = False
            signed_to = _statement(closing, lines, k, claimed)
    return closing


def _attestations(closing: Closing, line: str) -> bool:
    """ "Authenticated by: V. Popova", "Drafted by Cde. Mamulov", "Issued by Nekipelov" (the drafting
    grammar), in any cell of the line; whether there was one."""
    found = False
    for cell in cells(line):
        if is_drafting(cell):
            found = True
            for role, agents in read_drafting(cell).roles.items():
                closing.attested.setdefault(role, []).extend(agents)
    return found


def _place_and_date(line: str) -> Place | None:
    """ "Moscow, 16 December 1949": where the document was written."""
    m = re.fullmatch(
        r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s*\[[^\]]+\])?),\s+(?P<date>.*\d.*)", line
    )
    if not m or not parse_date(m.group("date")) or m.group("place").lower() in WEEKDAYS:
        after = re.fullmatch(r"(?P<date>.*\d.*?),\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\.?", line)
        if after and is_known_place(after.group("place")) and re.search(r"[A-Za-z]{3}", after.group("date")):
            return make_place(after.group("place"), "sent_from")  # "20 August, Moscow"
        return None
    return make_place(m.group("place"), "sent_from")


def _statement(closing: Closing, lines: list[str], k: int, claimed: set[int] | None) -> int:
    """A closing line that is a reference, a basis, or opens a signature block; the line after it (after
    the block)."""
    line = lines[k]
    _references(closing, line)
    if re.match(r"(?i)^(?:basis|based on|on the basis of):?\s", line):
        closing.based_on.append(
            re.sub(r"(?i)^(?:basis|based on|on the basis of):?\s*", "", line).strip(" ,.")
        )
        return k + 1
    block = read_signature(lines, k, claimed)
    closing.signers += block.signers
    return max(block.at, default=k) + 1


def _place_line(line: str) -> Place | None:
    """ "New Delhi", "Ghulja [Yining]", "Moscow, Kremlin": a city alone (with its building) under the text."""
    if marking_of(line) or line.strip(" .").lower() in WEEKDAYS or re.match(rf"{NO}(?:\s|\[|$)", line):
        return None  # "Nº [left blank]": a number's place, no city
    if seat := re.fullmatch(r"(?P<p>[^,]+),\s*[A-Z][A-Za-z'’ .]{1,30}", line):
        return make_place(seat.group("p"), "sent_from") if is_known_place(seat.group("p")) else None
    if not re.fullmatch(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s*\[[^\]]+\])?\.?", line):
        return None
    return make_place(line, "sent_from")


def _references(closing: Closing, line: str) -> None:
    if m := re.fullmatch(rf"{NO}\s*(?P<n>[\w/.-]+)", line):
        closing.references.append(Reference(kind="outgoing", number=m.group("n"), as_written=line))
    if m := re.search(rf"(?i)\bincoming\s*{NO}\s*(?P<ns>\d[\w/-]*(?:\s*(?:,|and)\s*\d[\w/-]*)*)", line):
        for n in re.findall(r"\d[\w/-]*", m.group("ns")):
            closing.references.append(Reference(kind="incoming", number=n, as_written=m.group(0)))
        if closing.based_on:
            closing.based_on[-1] = f"{closing.based_on[-1]}, {line.strip(' ,.')}"
    if m := re.search(r"(?i)\bsignature number\s*(?P<n>[\w/-]+)", line):
        closing.references.append(Reference(kind="signature", number=m.group("n"), as_written=m.group(0)))
    if m := re.search(r"(?i)\bindex\s*(?P<n>[\w/-]+)", line):
        closing.references.append(
            Reference(kind="index", number=m.group("n").rstrip("."), as_written=m.group(0))
        )
    if m := re.match(r"(?i)^(?P<n>\d+)\s+copies\b", line):
        closing.printed = int(m.group("n"))
