"""Distribution blocks: who else a document went to, in page order.

A block opens with a cue (:data:`CUES`, one row per family of wordings) and holds its entries in one of
two forms, whatever the cue:

- a list under the cue, an entry a line (or several in columns), numbered or not, until a line that is
  no entry (a date, a marking, prose, another block's cue)::

      Distributed to:            Distribution list – 11 copies:      Copies:
      Cde. I. V. Stalin          1 – to Cde Molotov                  1x Comrade Honecker
      Cde. V. M. Molotov         2 – File of 8th Department          S/S - Mr. Rusk

- inline after the cue, separated by commas, semicolons or "and", wrapping onto the next lines while a
  line ends open (a comma, "and") ::

      Copies: Stalin (2), Malenkov, Beria,          Telegram sent to comrs. Khrushchev, Kozlov,
      Molotov.                                      Malinovskii, Kuznetsov.

Routing statements of telegrams are blocks too, one clause per purpose: "Sent to Amman, Beirut and
Cairo and repeated to Tel Aviv", "Sent Shanghai 830; repeated Department.", "Repeated to Beirut, and
pouched to Jidda" (numbers after a post are the telegram's number there, not part of the post).
Entries are read by ``entries``; file copies are kept apart as copies, not addressees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.lexicon.honorifics import COMRADE_FORMS
from chancery.lexicon.numbers import NUMBER_WORDS
from chancery.model import DistributionEntry
from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.dates import parse_date
from chancery.sources.page.doc_types import doc_type_of
from chancery.sources.page.entries import BULLET, Entry, read_entry
from chancery.sources.page.fields import field_of
from chancery.sources.page.header import cells
from chancery.sources.page.markings import marking_of
from chancery.sources.page.names import parse_agent, split_names
from chancery.sources.page.present import label_of
from chancery.sources.page.text import unspaced


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: str  # the cue's words, at the start of a line
    purpose: str | None = None  # "action" | "information" | None
    needs_colon: bool = False  # the words alone are common in prose: only "Copies:" is a cue


CUES: tuple[Cue, ...] = (
    Cue("distributed-to", r"distributed\s+(?:to|among)"),
    Cue("for-distribution", r"for\s+distribution\s+to"),
    Cue(
        "distribution",
        r"distr(?:ibution|\.)(?:\s+list)?(?:\s*[-–—(]\s*\w+\s+cop(?:y|ies)\)?)?"
        # a translator's sentence: "Distribution for this cable is as follows:"
        r"(?:\s+(?:for|of)\s+(?:this|the)\s+\w+\s+(?:is|was)(?:\s+as\s+follows)?)?",
        needs_colon=False,
    ),
    Cue(
        "produced-for",
        r"(?:produced|printed|typed|made|prepared|executed|drawn\s+up|made\s+out|written)\s*:?\s+in\s+\w+\s+"
        r"cop(?:y|ies)"
        r"\s*(?:for|to)?",
    ),
    Cue(  # "Five copies sent re", "3 copies printed for": a count, then the list
        "copies-sent",
        r"(?:\w+|\d+)\s+cop(?:y|ies)\s+(?:sent|printed|made|produced|typed|prepared)(?:\s+(?:re|to|for))?",
    ),
    Cue(
        "receives",
        r"(?:to\s+be\s+)?(?:receives?|receiving|to\s+receive|recipients\s+of\s+copies)",
        needs_colon=True,
    ),
    Cue(  # "Copies to:", "Extracts to Cdes.:" (a protocol's extracts), "Copy sent to comrades", "Copy: To X"
        "copies-to",
        # (and "Already Copied To:", as a Chinese cable form has it beside its "Copy to:")
        r"(?:already\s+)?(?:copies|copy|copied|extracts?)(?:\s+(?:sent|also|were\s+sent|have\s+been\s+sent|went))?"
        r"(?:\s*:)?\s+"
        r"(?:to|for)"
        r"(?:\s+(?:cdes?|comrades|cmrds|comrs?)\.?)?",
    ),
    Cue("copies", r"copies", needs_colon=True),
    # the count alone on its line over the numbered list, its day between them: "5 copies" / "14 May 1950" /
    # "1. Comr. Stalin"
    Cue(
        "n-copies", r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+cop(?:y|ies)(?=\s*\.?\s*$)"
    ),  # "Four copies"
    Cue("copy", r"copy(?=\s+\S[^:]{0,80}:$)"),  # "Copy [Chinese] Central Committee:": a copy to it
    Cue("cc", r"c\.\s?c\.?|cc|carbon\s+cop(?:y|ies)(?:\s+to)?", purpose="information", needs_colon=True),
    Cue(  # "Info:", "Information copies to:", a Polish ciphergram's "FYI:"
        "info",
        r"(?:info(?:rmation)?(?:\s+cop(?:y|ies))?(?:\s+to)?|fyi|for\s+your\s+information)",
        purpose="information",
        needs_colon=True,
    ),
    Cue("sent-to", r"(?:(?:telegram|letter|message|copy|also|this)\s+)?(?:sent|send)\s+to", purpose="action"),
    Cue("sent", r"sent(?=(?-i:(?:\s+[A-Z][\w'’-]+){1,3}\s+\d))", purpose="action"),  # "Sent Hong Kong 633"
    Cue("received-by", r"received\s+by", needs_colon=True),  # a ciphergram's readers: "Received by:"
    # a Chinese Foreign Ministry cable form's routing: "Forward to: Chen [Jiakang], Gong [Peng]", "Already
    # Forwarded to: Mao [Zedong], Liu [Shaoqi], ...", "Already send to: ..."
    Cue("forwarded-to", r"(?:already\s+)?(?:forward(?:ed)?|send|sent)\s+to", needs_colon=True),
    # a Hungarian cipher telegram's readers, one a line under the words: "To be seen by" / "Seen by"
    Cue("seen-by", r"(?:to\s+be\s+)?seen\s+by(?=\s*:?\s*$)"),
    # a Polish code message's copy list, one a line under the word alone ("Recipients:" with names after it on
    # the line is a telegram form's addressee field)
    Cue("recipients", r"recipients(?=\s*:\s*$)"),
    # "Transmitted for info only to AmEmb Moscow."
    Cue(
        "info-to",
        r"(?:transmitted|repeated|sent|passed)\s+for\s+info(?:rmation)?(?:\s+only)?\s+to",
        purpose="information",
    ),
    # "Repeated to Paris", and as the sender bids it: "Repeat to Paris as No. 1628, referring to its No. 1896"
    Cue("repeated", r"repeat(?:ed)?(?:\s+(?:to|info))?", purpose="information"),
    Cue("pouched", r"pouched\s+to", purpose="information"),
    Cue("addressees", r"addressees?", needs_colon=True),
    # a Polish ciphergram's readers, initialled by hand under its transmission lines: "/-/ Michałowski" and
    # one a line after it
    Cue("readers", r"/-/"),
    # a Czechoslovak telegram form's routing: "Processed: 24.10.62 17:30 Office of the President, G, Ku, 6"
    Cue("processed", r"processed\s*:\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s+\d{1,2}[:.]\d\d"),
)
_CUES = [(cue, re.compile(rf"(?i)^(?:{cue.pattern})(?P<colon>\s*[:.]|\s*[-–—]\s|\s+|$)")) for cue in CUES]
_CLAUSE = re.compile(r"(?i)(?:\s*;\s*|,?\s+)(?:and\s+)?(?=(?:repeated|pouched|sent|info)\b)")
_POST_NUMBER = re.compile(
    r"(?i)(?<![-–—:(\s])\s+(?:as\s+)?(?:\d[\w/-]*|niact|priority|immediate)(?:\s+\d[\w/-]*)?$"
)
_OTHER_BLOCK = re.compile(
    r"(?i)^\[\d{1,2}\]|^(?:drafted|prepared|cleared|approved|typed|authenticated|certified|issued|signed|basis|"
    r"based on|enclosures?|attachments?|a total of|copies\s+\d|copies made|no\.|nº|#|\[?handwritten)\b"
    r"|^(?:sanitized\s+copy\s+)?approved\s+for\s+release\b"  # a reading room's stamp: the page ends
)
_TRAILING = re.compile(r"(?i)\s+only\.?$|\s*\.$")


@dataclass
class Block:
    """One distribution block: its cue, the lines it holds and what they say."""

    cue: str
    purpose: str | None
    at: list[int] = field(default_factory=list)  # indices of its lines
    entries: list[Entry] = field(default_factory=list)


# A moment in a line: "31.8 17:35", "on 5:30 am, 14 May 1950" -- a transmission record, not a list.
_MOMENT = re.compile(
    r"\b\d{1,2}[:.]\d\d\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\s+\d{1,2}:\d\d"
)


_REGISTRY = re.compile(r"^\d{3,6}\s+(?=[A-Za-z])")  # a registration number before the cue: "6430 Extracts to"


# Two columns of a list set one space apart, each entry opening on its form of address: "Comrade Gomulka
# Comrade Winiewicz"
_ADDRESS_FORM = (
    "(?:"
    + "|".join(re.escape(f.capitalize()) for f in sorted(COMRADE_FORMS, key=len, reverse=True))
    + r")\s+[A-Z]"
)
_TWO_COLUMNS = re.compile(rf"(?<=[a-z]{{2}})\s+(?={_ADDRESS_FORM})")


def cue_of(line: str) -> tuple[Cue, str] | None:
    """The cue ``line`` opens with, and what follows it on the line; a form's line of cells ("Qiao reviewed
    before sending    Sent to Ji Pengfei") may hold it in any cell, a line in brackets ("(FYI: Thee,
    Maneli)") inside them."""
    parts = cells(line)
    if len(parts) > 1:
        return next((found for part in parts if (found := _cue_of(part))), None)
    line = line.strip()
    if note := _EDITORS_NOTE.match(line):
        line = line[note.end() : -1]
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        line = line[1:-1]
    return _cue_of(line)


# An editor's or translator's note in brackets around the list: "[Translator's note: Distribution for this
# cable is as follows: Brezhnev, Voronov, ...]"
_EDITORS_NOTE = re.compile(r"(?i)^\[(?:translator|editor)[’']?s\s+note\s*:\s*(?=.*\]$)")


# Where a list's sentence ends and running prose begins: a word's stop, then a capital and a word in lower
# case ("London as telegram 5972. It was drafted by ...")
_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[A-Z][a-z]+\s+[a-z])")
_NOTE_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=(?i:repeated)\s+to\b)")


def _cue_of(line: str) -> tuple[Cue, str] | None:
    line = _REGISTRY.sub("", line.strip())
    # an edition's note on the heading, copied under the text: "1. Repeated to London as telegram 5972."
    line = _NOTE_NUMBER.sub("", line)
    for cue, rx in _CUES:
        m = rx.match(line.strip())
        if not m:
            continue
        colon = m.group("colon").strip()
        rest = re.sub(r"^[-–]\s*", "", line.strip()[m.end() :].strip())  # "Copies to:-": the colon's dash
        if re.fullmatch(r"(?:\d+[-/]?)?[a-zа-я\[\]]{1,6}", rest) and len(rest.strip("[]")) <= 4:
            rest = ""  # a typist's initials after the cue ("Five copies printed v[i]"): the list follows
        if cue.needs_colon and colon != ":" and rest:
            continue
        if colon == "." and len(rest.split()) >= 5 and not re.search(r"[,;]", rest):
            continue  # the cue's word ends a sentence of running prose: "repeated. It was enough for me to"
        if cue.name == "repeated":  # "Paris as No. 1628, referring to its No. 1896 of November 6th": Paris
            rest = re.sub(r"(?i),?\s+(?:referring|with\s+reference|in\s+reply)\b.*$", "", rest)
            rest = re.sub(
                r"(?i)\s+as\s+(?:No\.?\s*|(?:telegram|tel\.?|despatch)\s+(?:No\.?\s*)?)?\d[\w/-]*", "", rest
            )
            # the note goes on after the list: "London as telegram 5972. It was drafted by ..."
            rest = _NEXT_SENTENCE.split(rest)[0]
        # a long list of short items, one sentence: "the Chiefs of Missions in Belgium (No. 19), Bulgaria (No.
        # 9), Denmark (No. 9), ..."
        listed = (
            rest.count(",") >= 5
            and len(rest.split()) <= 6 * (rest.count(",") + 1)
            and not _NEXT_SENTENCE.search(rest)
        )
        if rest and (len(rest.split()) > 40 and not listed or _MOMENT.search(rest)):
            continue  # a paragraph that starts with the words; "Sent to the 8th Department 31.8 17:35"
        return cue, rest
    return None


# An editor's elision with a note marker: "Received by: […]3" -- the list is in note 3.
_ELIDED = re.compile(r"^\[?(?:…|\.\.\.)\]?\s*\[?(?P<n>\d{1,2})\]?$")


def _noted(rest: str, lines: list[str]) -> str:
    """The list an elided cue refers to, from its note ("[3] Comrade Gomulka, Comrade Cyrankiewicz, ...")."""
    m = _ELIDED.match(rest)
    if not m:
        return rest
    note = re.compile(rf"^\[{m.group('n')}\]\s*(?P<text>.+)$")
    return next((n.group("text") for n in map(note.match, lines) if n), rest)


_SINGLE_COPY = re.compile(r"(?i)\bin\s+(?:one|1|a\s+single)\s+copy\s*\.?$")


def read_blocks(lines: list[str], taken: set[int] | None = None) -> list[Block]:
    """Every distribution block of ``lines`` (non-blank, stripped), in page order."""
    taken = set(taken or ())
    blocks: list[Block] = []
    k = 0
    while k < len(lines):
        found = cue_of(lines[k]) if k not in taken else None
        if found is None and k not in taken and (after := _copied_after(lines[k])):
            blocks.append(Block("copied", "information", at=[k], entries=after))
            taken.add(k)
        if found is None:
            k += 1
            continue
        cue, rest = found
        if cue.name == "produced-for" and _SINGLE_COPY.search(lines[k]):
            k += 1  # "Written in one copy": the one copy goes to no list
            continue
        rest = _noted(rest, lines)
        block = Block(cue.name, cue.purpose, at=[k])
        if cue.name == "readers" and rest:  # the first reader on the mark's line, the others under it
            block.entries = [e for e in [read_entry(rest)] if e is not None]
            k = _list(block, lines, k + 1, taken)
        else:
            k = _inline(block, cue, rest, lines, k, taken) if rest else _list(block, lines, k + 1, taken)
        if block.entries:
            blocks.append(block)
            taken |= set(block.at)
    return sorted(blocks + _counted_register(lines, taken), key=lambda b: b.at[0])


# An East German copy register with no cue, the count before each addressee, one a line: "1 x Comrade
# Schneidewind" / "1 x Central Committee, Comrade Markowski" / "1 x Embassy"
_COUNTED = re.compile(r"^\d{1,2}\s?x\s+[A-Z]")


def _counted_register(lines: list[str], taken: set[int]) -> list[Block]:
    """The runs of two counted lines or more that no cued block took, each a block of its own."""
    blocks: list[Block] = []
    run: list[int] = []
    for k in [*range(len(lines)), len(lines)]:
        if k < len(lines) and k not in taken and _COUNTED.match(lines[k].strip()):
            run.append(k)
            continue
        if len(run) >= 2:
            entries = [e for e in (read_entry(lines[j].strip()) for j in run) if e is not None]
            if entries:
                blocks.append(Block("counted", None, at=list(run), entries=entries))
        run = []
    return blocks


# Rule *cue after*: the copies named first, the cue closing the line ("Ambassadors Zhu Qiwen, Liu Fang, Xu
# Jianguo, Hao Deqing also copied", "Smith and Jones cc'd")
_COPIED_AFTER = re.compile(
    r"(?i)^(?P<who>\S.{2,200}?)\s+(?:were\s+|are\s+)?(?:also\s+)?(?:copied|cc'?e?d)\.?$"
)


def _copied_after(line: str) -> list[Entry]:
    m = _COPIED_AFTER.match(line.strip())
    if m is None or not _name_like(m.group("who").replace(",", " ")):
        return []
    entries = [read_entry(part) for part in split_names(m.group("who"))]
    if not entries or any(e is None or e.agent is None or e.agent.kind != "person" for e in entries):
        return []
    return [e for e in entries if e is not None]


def _inline(block: Block, cue: Cue, rest: str, lines: list[str], k: int, taken: set[int]) -> int:
    text = rest
    while re.search(r"(?:,|;|\band)\s*$", text) and k + 1 < len(lines) and k + 1 not in taken:
        if cue_of(lines[k + 1]) or _OTHER_BLOCK.match(lines[k + 1]):
            break
        k += 1
        block.at.append(k)
        text = f"{text} {lines[k]}"
    text = _TRAILING.sub("", text.strip())
    if cue.purpose is not None:  # a routing statement: one clause per purpose
        for clause in _clauses(cue, text):
            block.entries += clause
        return k + 1
    parts = text.split() if _symbols(text) else split_names(text)  # "S S/S S/S-PR EUR EE"
    block.entries = [e for e in (read_entry(part) for part in parts) if e]
    return _register_goes_on(block, lines, k + 1, taken)


# A register's next line, its preposition repeated: "Copies to Cde. Stalin" / "to Cde. Molotov"
_REPEATED_TO = re.compile(r"(?i)^(?:to|for)\s+(?P<who>\S.*)$")


def _register_goes_on(block: Block, lines: list[str], k: int, taken: set[int]) -> int:
    """Rule *repeated preposition*: a copy register written one entry a line, each line opening with the
    cue's preposition again, goes on while its lines do."""
    while k < len(lines) and k not in taken and (m := _REPEATED_TO.match(lines[k].strip())):
        who = m.group("who")
        entry = read_entry(who) if _name_like(who) and not _ends_list(who) else None
        if entry is None or entry.agent is None or len(who.split()) > 6:
            break
        last = block.entries[-1] if block.entries else None
        if last is not None and last.agent is not None and last.agent.name == entry.agent.name:
            last.copies = (last.copies or 1) + 1  # "to Cde. Stalin" twice: his two copies
        else:
            block.entries.append(entry)
        block.at.append(k)
        k += 1
    return k


_SYMBOL = r"[A-Z]{1,4}(?:[/-][A-Z]{1,4})*"


def _symbols(text: str) -> bool:
    """Offices' symbols a space apart, a State memorandum's copy line ("COPIES TO: S S/S S/S-PR EUR EE"),
    not a name in capitals ("JOHN SMITH", "KIM IL SUNG"): a slash among them, or none over three letters."""
    words = text.split()
    return (
        len(words) >= 2
        and all(re.fullmatch(_SYMBOL, w) for w in words)
        and ("/" in text or all(len(w) <= 3 for w in words))
    )


def _clauses(cue: Cue, text: str) -> list[list[Entry]]:
    out = []
    parts = _CLAUSE.split(text)
    purpose = cue.purpose
    for n, part in enumerate(parts):
        if n:
            found = cue_of(part)
            if found is None:
                continue
            purpose, part = found[0].purpose, found[1]
        entries = []
        part = _TRAILING.sub("", part)
        words = [w.strip() for w in part.split(",")]
        # surnames alone, a comma apart ("Thee, Maneli"): two readers, no name turned round
        bare = len(words) > 1 and all(re.fullmatch(r"[A-Z][\w'’-]+", w) for w in words)
        for name in words if bare else split_names(part):
            entry = read_entry(_POST_NUMBER.sub("", name.strip()), post=True)
            if entry is not None and entry.agent is not None:
                entry.purpose = purpose
                entries.append(entry)
        out.append(entries)
    return out


def _list(block: Block, lines: list[str], k: int, taken: set[int]) -> int:
    if block.cue == "n-copies" and k < len(lines) and k not in taken and parse_date(lines[k].strip()):
        k += 1  # "5 copies" / "14 May 1950": the day of the copies, then the list
    numbered = None
    bulleted = None  # a bulleted list ends at its first line without a bullet ("Subject: ...")
    columns = False
    while k < len(lines) and k not in taken:
        line = lines[k]
        if re.fullmatch(r"\[\?+\]|\?+", line.strip()):
            block.at.append(k)  # an entry no one could read: the list goes on
            k += 1
            continue
        if _ends_list(line):
            break
        this_bulleted = bool(BULLET.match(line.strip()))
        if bulleted is None:
            bulleted = this_bulleted
        elif bulleted and not this_bulleted:
            break
        parts = cells(line)
        inline = len(parts) == 1 and line.count(",") >= 2  # an inline list under the cue
        if inline:
            parts = _branches(split_names(_TRAILING.sub("", line)))
            inline = len(parts) > 1  # one office and its branches is one entry, not a list closing
        elif len(parts) == 1 and re.search(
            r"\)\.\s+[A-Z]", line
        ):  # "Foreign Office (Mr. Scott). Colonial Office"
            parts = [p.strip() for p in re.split(r"(?<=\))\.\s+(?=[A-Z])", line)]
        elif (
            len(parts) == 1
            and re.match(_ADDRESS_FORM, line.strip())
            and len(both := _TWO_COLUMNS.split(line.strip())) > 1
        ):
            parts = both  # two columns one space apart, each entry opening on its form of address
        items = [read_entry(c) for c in parts]
        if not items or any(i is None for i in items) or not all(map(_name_like, parts)):
            break
        this_numbered = items[0] is not None and items[0].copy_number is not None  # "1.", "(1)", "No. 1 –"
        if numbered is None:
            numbered = this_numbered
        elif numbered and not this_numbered:
            break  # the numbered list ended
        block.entries += [i for i in items if i is not None]
        block.at.append(k)
        columns = columns or len(parts) > 1 and not inline
        k += 1
        if inline and line.rstrip().endswith("."):
            break  # "Stalin - 2, Molotov - 1, ..., on file - 1." closes the list
    numbers = [e.copy_number for e in block.entries]
    if numbered and columns and None not in numbers and len(set(numbers)) == len(numbers):
        block.entries.sort(key=lambda e: e.copy_number or 0)  # numbered down the columns, read across
    return k


# words an entry may hold in lower case besides names: particles, copy words, honorific abbreviations
_SMALL = {
    "of", "the", "and", "for", "de", "von", "van", "der", "la", "le", "on", "to", "in", "at", "file", "files",
    "copy", "copies", "own", "use", "comr.", "cde.", "tov.", "x", "-", "–", "—", "only",
}  # fmt: skip


def _name_like(text: str) -> bool:
    """An entry's words: names, offices, numbers; prose ("his party left Budapest") is no entry."""
    words = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", text).split()
    lower = [w for w in words if w[:1].islower() and w.lower().strip(".,;:") not in _SMALL]
    return len(lower) <= 1 and len(words) <= 12


def _ends_list(line: str) -> bool:
    text = line.strip()
    heading = unspaced(text)  # "M E M O R A N D U M"
    return bool(
        parse_date(text)
        or (dated := read_dateline(text)) is not None
        and dated.date is not None  # "Budapest, 28 Dec. 1979"
        # the paper's genre, set alone as its heading ("BULLETIN", "INFORMATION", "Note"): the text begins
        or (heading.isupper() and len(heading.split()) <= 2 or len(heading.split()) == 1)
        and doc_type_of(heading) != "other"
        or marking_of(text)
        or re.fullmatch(r"[A-Z][\w .'/&()-]{1,30}:", text)  # a form's next label ("Read By:")
        or (field_of(text) is not None and ":" in text)  # a form's next field ("Official: János Beck")
        or cue_of(text)
        or _OTHER_BLOCK.match(text)
        or any(_sentence(cell) for cell in cells(text))
    )


def _branches(parts: list[str]) -> list[str]:
    """ "C.4.1, 4, 9, 17": an office's branches after its code, one entry (numbers alone go with the code)."""
    out: list[str] = []
    for part in parts:
        if out and re.fullmatch(r"\d{1,3}", part.strip()) and re.search(r"\d$", out[-1]):
            out[-1] = f"{out[-1]}, {part.strip()}"
        else:
            out.append(part)
    return out


def _sentence(text: str) -> bool:
    """A cell of prose: long, or a full stop after several words (an initial's is no full stop); what
    brackets hold ("Foreign Office (Mr. Scott F.E.Dept).") is a note, not words of a sentence."""
    stop = text.endswith(".") and not re.search(r"\b[A-ZА-Я][a-zа-я]?\.$", text)
    words = re.sub(r"\([^()]*\)", " ", text).split()
    return (len(words) > 10 or stop and len(words) > 6) and text.count(",") < 2


def distribution(blocks: list[Block]) -> list[DistributionEntry]:
    """The entries of the blocks as the record's distribution list, in page order; file copies apart."""
    out: list[DistributionEntry] = []
    for block in blocks:
        for entry in block.entries:
            if entry.agent is None:
                continue
            if block.cue == "processed" and re.fullmatch(r"[A-Z]|[A-Z][a-z]", entry.agent.as_written.strip()):
                continue  # a reader's initials on a telegram form's routing ("G", "Ku"): no one it names
            purpose = entry.purpose or block.purpose
            out.append(
                DistributionEntry(
                    entry.agent,
                    position=len(out) + 1,
                    copy_number=entry.copy_number,
                    purpose=purpose,
                    copies=entry.copies,
                )
            )
    return out


def cipher_list(lines: list[str], header_end: int) -> list[DistributionEntry]:
    """Short name lines right under a cipher's "From:"/"To:" lines (Polish ciphergrams)."""
    start = next((k for k, line in enumerate(lines[:header_end]) if re.match(r"(?i)^from:\s", line)), None)
    if start is None:
        return []
    entries: list[DistributionEntry] = []
    for item in lines[start + 1 :]:
        if re.match(r"(?i)^to:\s", item):
            continue
        item = re.sub(r"^/-/\s*", "", item)  # "/-/ Michałowski": a reader's initialled mark
        if not re.fullmatch(r"(?:\[\?+\]|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})", item) or parse_date(item):
            break
        entry = read_entry(item)
        if entry and entry.agent:
            entries.append(DistributionEntry(entry.agent, position=len(entries) + 1))
    return entries if len(entries) >= 2 else []


# A sentence saying where copies went: "A copy of the document was sent to minister Rapacki (to Oslo), to
# deputy minister Naszkowski (to Moscow) and to the ambassador in London.", "A letter of similar content
# has been sent to the Ambassador and ...". Its subject is a copy, or this document or its like.
_SENT_SENTENCE = re.compile(
    # (copies of this paper, or of the one it is about; "copies of the letters": of others it tells of)
    r"(?i)\b(?:(?:an?\s+|the\s+)?cop(?:y|ies)(?:\s+of\s+(?:this|the)\s+\w+(?<!s))?|"
    r"(?:this|the\s+present|an?\s+similar|an?\s+identical|the\s+same)\s+(?:letter|telegram|note|report|"
    r"document|memorandum|cable|record)|an?\s+\w+\s+of\s+(?:similar|the\s+same|identical)\s+content)\s+"
    r"(?:was|were|has\s+been|have\s+been|is\s+being|will\s+be)\s+(?:also\s+)?"
    r"(?:sent|forwarded|transmitted|passed(?:\s+on)?|given|distributed)\s+"
    r"to\s+(?P<list>[^.;]+)"
)


# A British telegram's address line: "Addressed to Foreign Office telegram No. 1140 of 1st August repeated for
# information to Singapore, Hong Kong and Canton."
_ADDRESSED_SENTENCE = re.compile(
    r"(?i)\baddressed\s+to\s+[^;]{3,80}?[,;]?\s+(?:and\s+)?repeated\s+(?:for\s+information\s+)?to\s+"
    r"(?P<list>[^.;]+)"
)


def addressed_repeats(lines: list[str]) -> list[Entry]:
    """The posts a British telegram's address line repeats it to: the whole list, in order (a header's
    "Repeated to" lines may be scrambled by the scan)."""
    m = _ADDRESSED_SENTENCE.search(" ".join(lines))
    if not m:
        return []
    entries = [read_entry(part.strip()) for part in split_names(m.group("list"))]
    return [e for e in entries if e is not None and e.agent is not None]


def sent_in_prose(lines: list[str]) -> list[Entry]:
    """The entries of sentences saying where copies of the document, or its like, were sent."""
    out: list[Entry] = []
    seen: set[str] = set()  # a source note read in the text and again among the page's notes
    for m in _SENT_SENTENCE.finditer(" ".join(lines)):
        if m.group(0) in seen:
            continue
        seen.add(m.group(0))
        if _MOMENT.search(m.group(0)) or re.search(r"(?i)\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", m.group(0)):
            continue  # "This cable was sent to the embassy ... on March 5th at 6:00pm": its dispatch
        text = re.sub(r"\s*\((?:to|in|at)\s[^)]*\)", "", m.group("list"))  # "(to Oslo)": where he was
        text = re.sub(
            r"\s+on\s+(?:\w+\s+)?\d{1,2}(?:\s+\w+)?(?:,?\s+\d{4})?\s*$", "", text
        )  # "on October 31"
        for part in split_names(text):
            if re.match(r"(?i)(?:to\s+)?(?:your|our|my|his|her|their)\s", part.strip()):
                continue  # "to your Embassy on his orders": the reader's or writer's own, named by no one
            entry = read_entry(re.sub(r"(?i)^to\s+", "", part.strip()))
            if entry is not None and entry.agent is not None:
                out.append(entry)
    return out


_BULLETED = re.compile(r"^[-–•·▪*]\s+(?P<item>\S.*)$")


def unlabelled_list(lines: list[str], end: int) -> list[Entry]:
    """A bulleted list of people with no cue in the head of a memorandum, under its writer's name ("Dr.
    Pataki János", "- Comrade Péter", "- Comrade Puja", ...): the addressees of its copies."""
    run: list[str] = []
    before = ""  # the line above the run: the writer's name, not a label ("Participants:") or a side
    for k, line in enumerate(lines[: end + 1]):
        m = _BULLETED.match(line.strip())
        if m:
            before = before if run else (lines[k - 1].strip() if k else "")
            run.append(m.group("item"))
            continue
        if len(run) >= 3:
            break
        run = []
    writer = (
        parse_agent(before)
        if before and not before.endswith(":") and not field_of(before) and label_of(before) is None
        else None
    )  # not "THE FOLLOWING WERE PRESENT" over those present
    if len(run) < 3 or writer is None or writer.kind != "person" or len(before.split()) > 5:
        return []
    entries = [read_entry(item) for item in run]
    people = [e for e in entries if e is not None and e.agent is not None and e.agent.kind == "person"]
    if len(people) < 2 * len(run) / 3:
        return []
    return [e for e in entries if e is not None and e.agent is not None]
