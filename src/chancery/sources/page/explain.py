"""``chancery extract FILE --explain``: why the reader took what it took from a page, line by line.

For every line of the page: the layout profile's label when the line is the site's (chrome), else the
block the document reader puts it in and the rule that decided it, and the record fields whose values
the line holds. Lines no block claimed are listed at the end: where a missing fact usually hides.

The blocks are read with the reader's own grammars, in the order a line is claimed: distribution
lists and routing, header fields, drafting lines, attendance lists, letter parts, date lines, markings,
copy registers and reference numbers, editorial notes and stamps, enclosures, headings, prose, and the
names under the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from chancery.model import Record
from chancery.sources.page import layouts
from chancery.sources.page.closing import name_line
from chancery.sources.page.conversation import present_lines
from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.distribution import read_blocks
from chancery.sources.page.drafting import drafting_statements
from chancery.sources.page.enclosures import ENCLOSURE_LABEL
from chancery.sources.page.fields import read_fields
from chancery.sources.page.header import NO, is_prose
from chancery.sources.page.letters import read_letter
from chancery.sources.page.markings import DECLASSIFICATION_STAMP, marking_of
from chancery.sources.page.reader import read_page
from chancery.sources.page.sections import Page
from chancery.sources.page.text import decode

_FOLDER = re.compile(r"(?i)^(?:fond|opis['’]?|delo|papka|list[y]?|number of sheets|vol\.?)\b")
_COPIES = re.compile(
    r"(?i)^(?:copy\s*(?:n[º°o]\.?|№|no\.?)?\s*\d+|a total of\b|\w+\s+copies\s+(?:were\s+)?(?:printed|made)|"
    r"copies made)"
)


@dataclass
class Explained:
    number: int  # 1-based line number in the file
    text: str
    block: str
    rule: str
    fed: list[str]


def explain(path: Path, data: bytes) -> tuple[Page, Record, list[Explained]]:
    """The page's parts, its record, and every line explained."""
    page = layouts.split(decode(data))
    record = read_page(path.stem, page)
    values = _values(record)
    out: list[Explained] = []
    labels = _body_labels(page)
    for k, text in enumerate(page.lines):
        if not text.strip():
            continue
        if k in page.chrome:
            block, rule = "site", page.chrome[k].removeprefix("site: ")
        else:
            block, rule = labels.get(k, ("unclaimed", "no block's grammar reads it"))
        fed = [name for name, value in values if value and _holds(text, value)]
        out.append(Explained(k + 1, text.strip(), block, rule, fed))
    return page, record, out


def _body_labels(page: Page) -> dict[int, tuple[str, str]]:
    """Page line index -> (block, rule) for the document's own lines."""
    at = [k for k in page.body_at if page.lines[k].strip()]
    lines = [page.lines[k].strip() for k in at]
    found: dict[int, tuple[str, str]] = {}

    def claim(i: int, block: str, rule: str) -> None:
        if 0 <= i < len(at) and at[i] not in found:
            found[at[i]] = (block, rule)

    for block in read_blocks(lines):
        kind = "routing" if block.purpose else "distribution"
        for i in block.at:
            claim(
                i,
                kind,
                f"distribution.CUES '{block.cue}'" + (f", for {block.purpose}" if block.purpose else ""),
            )
    for field in read_fields(lines):
        for i in field.at:
            claim(i, "header field", f"fields.LABELS '{field.label}' -> {field.feeds}")
    for drafted, _ in drafting_statements(lines):
        for i in drafted:
            claim(i, "drafting", "drafting grammar (drafted, cleared, approved, typed, authenticated by)")
    for i in present_lines(lines):
        claim(i, "attendance", "conversation: a Present / Participants list")
    for i, part in read_letter(lines).at.items():
        claim(i, part, f"letters: {part}")
    prose_seen = False
    for i, line in enumerate(lines):
        rule = _line_rule(line, prose_seen)
        prose_seen = prose_seen or rule[0] == "prose"
        claim(i, *rule)
    return found


def _line_rule(line: str, prose_seen: bool) -> tuple[str, str]:
    """The block one line makes by itself."""
    if (d := read_dateline(line)) is not None:
        return ("receipt" if d.event == "received" else "date line"), "datelines grammar"
    if marking_of(line):
        return "marking", "markings.MARKINGS"
    if _COPIES.match(line):
        return "copies", "copies: copy numbers and registers"
    if re.fullmatch(rf"(?i)(?:outgoing|incoming|ref\.?|spets\.?)?\s*{NO}\s*[\w/.-]+\.?", line):
        return "reference", "header: a registry or reference number"
    if line.startswith("[") and line.endswith("]"):
        return "editorial note", "an editor's bracket"
    if DECLASSIFICATION_STAMP.match(line):
        return "stamp", "a release stamp or a redaction code"
    if ENCLOSURE_LABEL.match(line):
        return "enclosure", "enclosures: the label of a list of enclosures"
    if is_prose(line):
        return "prose", "header.is_prose (a sentence, or a line longer than a heading)"
    if prose_seen and name_line(line) is not None:
        return "signature", "closing: a name under the text"
    if _FOLDER.match(line):
        return "folder", "header.read_folder: a file's header (fond, opis, delo, sheets)"
    if not prose_seen:
        return "header", "a line of the header before the text (letterhead, heading, address, routing)"
    return "unclaimed", "no block's grammar reads it"


def _values(record: Record) -> list[tuple[str, str]]:
    """(field, value as written) for every fact the record holds."""
    out: list[tuple[str, str]] = [
        ("title", record.title or ""),
        ("date", record.date.as_written if record.date else ""),
        ("classification", record.classification or ""),
        ("citation", record.citation.as_written if record.citation else ""),
    ]
    for role in ("authors", "recipients", "participants", "signatories", "drafted_by", "authenticated_by",
                 "cleared_by", "approved_by", "typed_by", "signed_for", "translated_by", "obtained_by",
                 "contributed_by"):  # fmt: skip
        out += [(f"{role}[{i + 1}]", a.as_written or a.name) for i, a in enumerate(record.agents(role))]
    out += [(f"distribution[{e.position}]", e.agent.as_written or e.agent.name) for e in record.distribution]
    out += [(f"places[{i + 1}]", p.as_written or p.name) for i, p in enumerate(record.places)]
    out += [(f"enclosed[{i + 1}]", e.title or "") for i, e in enumerate(record.enclosed_documents)]
    return out


def _holds(line: str, value: str) -> bool:
    squeeze = re.sub(r"\s+", " ", value).strip()
    return len(squeeze) > 1 and squeeze.lower() in re.sub(r"\s+", " ", line).lower()


def report(path: Path, data: bytes) -> str:
    """The explanation as text, one line of the page a row."""
    page, record, lines = explain(path, data)
    scores = ", ".join(
        f"{p.name} {p.recognise(page.lines)}" for p in layouts.PROFILES if p is not layouts.PLAIN
    )
    rows = [f"{path}: layout {page.layout} (evidence: {scores})", ""]
    width = max((len(e.block) for e in lines), default=10)
    for e in lines:
        fed = f"  -> {', '.join(e.fed)}" if e.fed else ""
        rows.append(f"{e.number:5}  {e.block:<{width}}  {e.text[:90]}{fed}")
        rows.append(f"{'':5}  {'':<{width}}  ({e.rule})")
    unclaimed = [str(e.number) for e in lines if e.block == "unclaimed"]
    rows.append("")
    rows.append(f"lines no block claimed: {', '.join(unclaimed) if unclaimed else 'none'}")
    return "\n".join(rows)
