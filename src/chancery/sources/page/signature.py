"""Signature blocks: who signed a letter or a telegram, each with the office written with the name::

    Sincerely yours,                With fraternal greetings,
    /s/ Dean Rusk                   Chairman of the Central People's Government    Premier of the State ...
    Secretary of State              MAO ZEDONG                                     ZHOU ENLAI

The block is a run of lines under the text, each of them one of:

- a name line: a signer's name, perhaps after a signature mark ("(signed)", "/s/", "[signature]",
  "Signed:"; :data:`~chancery.lexicon.signatures.SIGNATURE_MARKS`), with the office written on the same
  line before it ("Minister of Foreign Affairs of the USSR - A. Gromyko", "Counsellor: I. Kovalev",
  "Prime Minister HAROLD MACMILLAN", "Ambassador Dean Rusk");
- an office line: an office alone ("Secretary of State"), the office of a name next to it;
- a row of columns: signers side by side ("I. Stalin    V. Molotov"), or their offices, each office the
  name's in its column (in order when the rows have as many cells); a comma list of signers ("Signed:
  Yu. Tsedenbal, D. Damba, L. Tsend").

One block is written one way: when it opens with an office, each office stands above its name; when it
opens with a name, below it. What is none of these ends the block: a date, a place, a reference number,
an attestation ("Authenticated by: V. Popova" vouches for the copy; the witness signed nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.lexicon.signatures import LEADING_MARKS, MARK_WORDS, SIGNATURE_MARKS
from chancery.model import Agent
from chancery.sources.page.dates import fill_brackets, find_dates
from chancery.sources.page.honorifics import HONORIFICS, OFFICE_WORDS, ROLE_NOUNS
from chancery.sources.page.markings import marking_of
from chancery.sources.page.names import is_office, parse_agent
from chancery.sources.page.places import is_known_place

# an editor's note in brackets, of a few words, one of them a word for a signature ("[signature illegible]")
_NOTE_MARK = (
    r"[\[(](?:[^\[\]()]{0,30}?\s)?(?:"
    + "|".join(re.escape(w) for w in MARK_WORDS)
    + r")(?:\s[^\[\]()]{0,30}?)?[\])]"
)
_MARK = re.compile(
    r"(?i)(?<!\S)(?:" + "|".join(re.escape(m) for m in SIGNATURE_MARKS) + "|" + _NOTE_MARK + r")(?![^\s\[])"
)
_LEADING_MARK = re.compile(r"(?i)^(?:" + "|".join(re.escape(m) for m in LEADING_MARKS) + r")(?:\s+|$)")
_LABEL = re.compile(r"^(?P<office>[^:]{3,60}?):\s*(?=\S)")  # "Counsellor: SUSLOV"
_SLASHED = re.compile(r"^/\s*(?P<name>[^/\d]{3,60}?)\s*/$")
_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a row: words parted by single spaces
_PARTING = re.compile(r"\s+[-–—](?:\s+[-–—])*\s+|\s{2,}")  # a dash or wide space between office and name
_NUMBER = re.compile(r"\d(?!\d*(?:st|nd|rd|th)\b)")
# What a line under the text may be besides a name: a notice of attachments, copies or pages.
_NOTICE = re.compile(r"(?i)\b(?:attachments?|enclosures?|annex(?:es)?|appendix|appendices|copies|pages?)\b")
_OPEN_END = re.compile(r"(?i)\b(?:of|the|of the|in|for|to|and)$")  # an office that goes on below
_NAME_AFTER = re.compile(
    r"^(?P<office>[^()]{3,}?)\s*\((?P<name>[^()]{3,40})\)$"
)  # "USSR MFA DVO (B. VERESHCHAGIN)"  # a digit, not an ordinal's ("1st Department")


# The form of address that opens an addressee's lines, never a signer's: "The Honorable" / "Cordell Hull,"
# The greeting that opens a Central European letter's addressee block at its foot, under the signature:
# "Esteemed Comrade" / "Jiri Hendrych" / "Deputy of the Central Committee" / "Prague"
SALUTED = re.compile(
    r"(?i)(?:my\s+)?(?:dear|esteemed|respected|honou?red)\s+(?:comrade|cde\.|friend|colleague)[,!]?"
)
ADDRESSED = re.compile(
    r"(?i)(?:the\s+)?(?:hono(?:u)?rable|right\s+hono(?:u)?rable|his\s+excellency)\.?,?|" + SALUTED.pattern[4:]
)


def strip_marks(text: str) -> str:
    """ "(signed) A. Gromyko" -> "A. Gromyko"; a mark between an office and a name parts them with wide
    space, as a typist would ("Ambassador [Signature] V. Pisarev" -> "Ambassador  V. Pisarev"); a name
    between slashes, as Central European copies mark a signature ("/András Gyenes/"), is the name."""
    text = _SLASHED.sub(r"\g<name>", text.strip())
    text = _MARK.sub("  ", text).strip()
    return _LEADING_MARK.sub("", text).strip()


# The last words of a despatch's close, on the signer's line: "Humble Servant A. Musgrave"
_SERVANT = re.compile(
    r"(?i)^(?:your\s+)?(?:(?:most|very|and|obedient|humble|faithful),?\s+){0,4}servants?[,.]?\s+(?=[A-Z])"
)


# The close of a Hungarian ciphered telegram: its number between dashes, then the signer ("– 152 – János
# Barabás –", "-43- V.")
_NUMBERED_CLOSE = re.compile(r"[–—-]\s*\d{1,5}\s*[–—-]\s*(?P<name>[^–—\d-][^–—\d]{0,40}?)\s*[–—-]?")


def name_line(text: str) -> Agent | None:
    """A short line that is only a signer's name, with its mark, its office or a date around it:
    "(signed) A. Gromyko", "20 October 1949 SAVEL'YEV", "Counsellor: I. V. Kovalev", "Head of the East
    Turkestan Government - ALIHAN TORE". The office on the line is the agent's ``office``; a title that is
    an office ("Ambassador Dean Rusk") is the signer's office too: no one signs with a form of address."""
    marked = strip_marks(text) != text.strip()
    text = _SERVANT.sub("", strip_marks(text))  # "Humble Servant A. Musgrave": the close's last words
    if marked and is_office(text) and not re.search(r"[:;!?]", text):
        # "chief of the 4th Department of the 8th Directorate ... [illegible signature]": someone signed
        # whom the copy names by his office alone
        return Agent(name=text[:1].upper() + text[1:], as_written=text, kind="person")
    if bracketed := re.fullmatch(r"\((?P<name>[^()]{3,40})\)", text):
        text = bracketed.group("name")  # "(Adenauer)", "(A. Puzanov)": the typed name under a signature
    if numbered := _NUMBERED_CLOSE.fullmatch(text):
        text = numbered.group("name")  # a Hungarian cipher's close: "– 152 – János Barabás –"
    after = _NAME_AFTER.match(text)
    if after and any(w.lower().strip(".,") in ROLE_NOUNS for w in after.group("office").split()):
        agent = parse_agent(after.group("name"))  # the Soviet way: the office, the name in brackets after it
        if agent is not None and agent.kind == "person" and _signer(agent, after.group("name")):
            agent.office = agent.office or after.group("office").strip()
            return agent
    label = _LABEL.match(text)
    office = label.group("office").strip() if label and is_office(label.group("office")) else None
    if label and office:
        text = text[label.end() :]  # "Counsellor: SUSLOV"; not "Authenticated by: V. Popova"
    for d in reversed(find_dates(text)):
        if d.value.value or d.value.start:
            text = fill_brackets(text)[: d.start] + fill_brackets(text)[d.end :]
    text = _PARTING.sub(" - ", text.strip()).strip(" -–—")
    if not text or len(text.split()) > 20 or re.search(r"[:;!?]", text) or _NUMBER.search(text):
        return None
    if _NOTICE.search(text):
        return None  # "Two Attachments", "3 copies": a notice under the text, no one's name
    agent = None if marking_of(text) else parse_agent(text)
    if (
        agent is not None
        and agent.office
        and re.search(r"\b(?:also|was|were|has|had|is|are)\b", agent.office)
    ):
        return None  # "Pak Jung-guk, the DPRK ambassador to Bucharest also attended.": a sentence
    if agent is None or not _signer(agent, text):
        return None
    if office:
        agent.office = office
    elif agent.office is None and agent.honorifics and is_office(" ".join(agent.honorifics)):
        agent.office, agent.honorifics = " ".join(agent.honorifics), []
    return agent


# A name as a typist sets it under a signature: initials before the surname ("S. S. Nikitin", "A. GROMYKO"),
# or the given name before the surname in capitals ("Dean RUSK"); a word in capitals alone may be a body's
# acronym ("Co-Chairmen, AKFIC")
_TYPED_NAME = re.compile(
    r"(?:(?:[A-ZА-Я][a-zа-я]?\.\s?){1,3}[A-ZА-Я]|(?:[A-Z][a-z]+\s+)+[A-Z]{2,}[A-Z'’-]*$)"
)


def _signer(agent: Agent, text: str) -> bool:
    """Whether ``agent``, read from ``text``, is a person's name of a few words: not a place, nor an office
    alone ("Ambassador", "Executive Secretary"), nor an office and its body under a name ("Editor, Korea
    Focus"); a name and its office after a comma is a signer's ("Dean Rusk, Secretary of State"), and so is
    an office and a typed name after it ("Chief of the Principal Directorate, S. S. Nikitin")."""
    if (
        agent.kind != "person"
        or agent.office
        and agent.office in text.split(",")[0]
        and "," in text
        and not _TYPED_NAME.match(text.split(",")[-1].strip())
        or is_known_place(text)
        or is_known_place(text.split(",")[0])
        or is_office(agent.name)  # "Permanent Representative" under the name
    ):
        return False
    words = agent.name.split()
    if len(words) > 4 or not all(
        w[:1].isupper() or w.lower() in {"de", "van", "von", "al", "bin"} for w in words
    ):
        return False
    return agent.name.lower().strip(".") not in HONORIFICS and not all(  # "Under-Secretary" is an office
        p in OFFICE_WORDS for w in words for p in w.lower().split("-")
    )


def office_line(text: str) -> str | None:
    """An office alone on its line, as written: "Secretary of State", "Head of the 1st Far Eastern
    Department"."""
    text = strip_marks(text).strip(" ,.")
    if not text or len(text.split()) > 12 or re.search(r":|\s{2,}", text) or not is_office(text):
        return None
    return text


@dataclass
class _Cell:
    start: int
    end: int
    value: Agent | str


@dataclass
class _Part:
    """One line of the block: its names, or its offices, each in its cell."""

    kind: str  # "names" or "offices"
    cells: list[_Cell]


@dataclass
class Signature:
    signers: list[Agent] = field(default_factory=list)
    at: list[int] = field(default_factory=list)  # the block's lines


# A telegram's end mark: "(End)", "END", "Ends.", "End of message": no signer's line
END_MARK = re.compile(r"(?i)^[(\[]?\s*(?:end|ends|end\s+of\s+(?:text|message|telegram))\s*[)\]]?\.?$")
# The heading of an edition's notes under the text ("Notes", "Footnotes", "Примечания"): no signer's line
NOTES_HEADING = re.compile(
    r"(?i)^(?:notes|footnotes|endnotes|editor['’]s notes?|references|примечания|anmerkungen)\s*:?$"
)


def read_signature(lines: list[str], start: int, claimed: set[int] | None = None) -> Signature:
    """The signature block that opens at ``lines[start]`` (it may be empty); ``claimed`` lines belong to
    another block and end this one."""
    if 0 < start <= len(lines) and ADDRESSED.fullmatch(strip_marks(lines[start - 1]).strip()):
        return Signature()  # "The Honorable" / "Cordell Hull,": the addressee, under the signature
    parts: list[_Part] = []
    at: list[int] = []
    k = start
    while k < len(lines):
        line, used = lines[k], [k]
        while _OPEN_END.search(strip_marks(line)) and used[-1] + 1 < len(lines):
            line = (
                f"{strip_marks(line)} {lines[used[-1] + 1]}"  # "COUNSELLOR OF THE [signature]" / "USSR MFA"
            )
            used.append(used[-1] + 1)
        if ADDRESSED.fullmatch(strip_marks(line).strip()):
            break  # "The Honorable" / "Cordell Hull,": the addressee's lines under the signature
        if NOTES_HEADING.match(line.strip()) or END_MARK.match(line.strip()):
            break  # "Notes": the edition's notes under the letter; "(End)": the telegram's end mark
        part = None if claimed and any(j in claimed for j in used) else _part(line)
        if part is None and line.strip() and not strip_marks(line) and not (claimed and k in claimed):
            at.append(k)  # "[signed]" alone on its line, the typed name under it: the block goes on
            k += 1
            continue
        if part is None:
            break
        parts.append(part)
        at += used
        k = used[-1] + 1
    while parts and parts[-1].kind == "offices" and parts[0].kind == "offices":
        parts.pop()  # offices above their names: one under the last name is no signer's
        at.pop()
    if not any(p.kind == "names" for p in parts):
        return Signature()
    _give_offices(parts)
    return Signature([c.value for p in parts for c in p.cells if isinstance(c.value, Agent)], at)


def _part(line: str) -> _Part | None:
    """A line of a signature block: a row of names or of offices, a name line, or an office line."""
    cells = [(m.start(), m.end(), m.group(0)) for m in _CELL.finditer(line) if strip_marks(m.group(0))]
    if len(cells) >= 2:
        names = [name_line(text) for _, _, text in cells]
        if all(a is not None and a.office is None for a in names):
            return _Part("names", [_Cell(i, j, a) for (i, j, _), a in zip(cells, names, strict=True) if a])
        offices = [office_line(text) for _, _, text in cells]
        if all(offices):
            return _Part(
                "offices", [_Cell(i, j, o) for (i, j, _), o in zip(cells, offices, strict=True) if o]
            )
    # several signers by initials and surname on one line ("V. Molotov, G. Malenkov"): the comma parts them
    if "," in line and all(_INITIALLED.fullmatch(p.strip(" .")) for p in strip_marks(line).split(",")):
        return _Part("names", [_Cell(k, k + 1, a) for k, a in enumerate(_listed_signers(line))])
    if agent := name_line(line):
        return _Part("names", [_Cell(0, len(line), agent)])
    if signers := _listed_signers(line):
        return _Part("names", [_Cell(k, k + 1, a) for k, a in enumerate(signers)])
    if office := office_line(line):
        return _Part("offices", [_Cell(0, len(line), office)])
    return None


def _give_offices(parts: list[_Part]) -> None:
    """Each office line or row to the names next to it: below them, or above them when the block opens
    with an office."""
    above = parts[0].kind == "offices"
    for k, part in enumerate(parts):
        j = k + 1 if above else k - 1
        if part.kind != "offices" or not 0 <= j < len(parts) or parts[j].kind != "names":
            continue
        names = parts[j].cells
        for n, office in enumerate(part.cells):
            agent = (names[n] if len(names) == len(part.cells) else _column_of(office, names)).value
            if isinstance(agent, Agent) and agent.office is None:
                agent.office = str(office.value)


def _column_of(office: _Cell, names: list[_Cell]) -> _Cell:
    """The name an office stands over or under when the rows have not as many cells: the cell that
    overlaps the office most, the nearest start on a tie."""
    return max(
        names,
        key=lambda c: (min(c.end, office.end) - max(c.start, office.start), -abs(c.start - office.start)),
    )


# Several signers on one line: "Signed: Yu. Tsedenbal, D. Damba, L. Tsend", "I. Stalin and V. Molotov".
_FULL_NAME = re.compile(
    r"(?:[A-ZА-Я][a-zа-я]{0,2}\.\s?){1,3}[A-ZА-Я][\w'’-]+|[A-Z][a-z]+\s+[A-Z][A-Za-z'’-]+"
)


_INITIALLED = re.compile(r"(?:[A-ZА-Я][a-zа-я]?\.\s?){1,3}[A-ZА-Я][\w'’-]+")


def _listed_signers(line: str) -> list[Agent]:
    text = strip_marks(line)
    parts = [p.strip(" .") for p in re.split(r",\s*|;\s*|\s{2,}|\s+and\s+", text) if p.strip(" .")]
    if len(parts) < 2 or not all(_FULL_NAME.fullmatch(p) for p in parts):
        return []
    agents = [parse_agent(p) for p in parts]
    return [a for a in agents if a is not None and a.kind == "person"]
