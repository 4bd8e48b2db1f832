"""One entry of a distribution list, whatever the list's form.

An entry is made of independent parts, each optional but the addressee::

    [numbering] [copies before] [to] [office prefix -] ADDRESSEE [copies after]

    numbering      "1." "1)" "(1)" "1 –" "1x" "No. 3 -" "Copy Nº 3 –" "3rd copy to" "3rd - to"
    copies         "2 copies –", "Stalin (2)", "Stalin (2 copies)", "Stalin – 2 copies", "2x Honecker"
    office prefix  "S/S - Mr. Rusk", "EUR - Mr. Tyler", "White House - Mr. Bundy"
    addressee      a person ("Cde. I. V. Stalin", "Zhou [Enlai]", "Chairman [Mao Zedong]"), an office
                   ("Secretary of State"), a body or a post ("Politburo", "USUN", "Embassy Moscow")

A file copy ("File", "file (2 copies)", "File of 8th Department", "to the Secretariat's file") is a copy
that went to no one: :func:`read_entry` says so in ``file`` and gives no agent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chancery.lexicon.honorifics import address_pattern
from chancery.lexicon.numbers import NUMBER_WORDS
from chancery.model import Agent
from chancery.sources.page.header import NO
from chancery.sources.page.names import is_organization, parse_agent
from chancery.sources.page.places import is_known_place

_COUNT = r"(?P<{}>\d{{1,2}}|" + "|".join(NUMBER_WORDS) + r")"
_DASH = r"\s*[-–—:]\s*"
# numbering before the addressee; a number before "x" counts copies, any other numbers the entry
_NUMBERING = re.compile(
    rf"(?i)^(?:copy\s*{NO}?\s*(?P<copy>\d{{1,3}})|(?P<nth>\d{{1,3}})(?:st|nd|rd|th)(?:\s+copy|(?={_DASH}))|"
    rf"{NO}\s*(?P<no>\d{{1,3}})|\(?(?P<n>\d{{1,3}})(?:\)|\.(?!\d)|(?={_DASH}))|(?P<x>\d{{1,2}})\s*[x×])"
    rf"(?:{_DASH}|\s+(?=\S))"
)
_COPIES_BEFORE = re.compile(rf"(?i)^{_COUNT.format('a')}\s+cop(?:y|ies)(?:{_DASH}|\s+)")
_COPIES_AFTER = re.compile(
    rf"(?i)(?:\s*\(\s*{_COUNT.format('a')}(?:\s*cop(?:y|ies))?\s*\)|{_DASH}{_COUNT.format('b')}(?:\s+cop(?:y|ies))?"
    rf"|,\s*{_COUNT.format('c')}\s+cop(?:y|ies))\.?$"
)
_COUNT_TO = re.compile(rf"(?i)^{_COUNT.format('a')}\s+(?=(?:to|for)\s)")  # "three to Center"
_TO = re.compile(r"(?i)^(?:to|for|an|à)\s+(?=\S)")
BULLET = re.compile(r"^[-–—•·▪*]\s+")
_OFFICE_PREFIX = re.compile(
    r"^(?P<office>[A-Z][A-Za-z/&.]{0,15}(?:\s+[A-Z][A-Za-z]+){0,2})\s+[-–—]\s+(?P<who>\S.*)$"
)
# The writer's own office or post, named by its noun alone: "Department", "one to Embassy".
_OWN = r"(?:department|section|office|secretariat|embassy|legation|consulate|mission)"
# A copy kept rather than sent: the file, the archive, the registry (with whose file it is).
_FILE = re.compile(
    r"(?i)^(?:(?:the|on|to|in)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:files?|archives?|registry|records?|dossier|reserve|"
    r"spare|copy|stock|original|own(?:\s+use)?)(?:\s+(?:of|at|in)\s+.+)?$"
    rf"|^(?:the\s+)?{_OWN}$"  # the sender's own office's or post's copy
)
# ... but in a telegram's routing "Department" is the State Department, a post ("repeated Department")
_OWN_OFFICE = re.compile(rf"(?i)^(?:the\s+)?{_OWN}$")
_UNREADABLE = re.compile(r"^\[[^\]]*\]$|^\?+$")
# What qualifies the entry before it, cut off by a comma: "..., with reference to their u.o. No. D. 12397",
# "dated the 21st August 1965"
_QUALIFIER = re.compile(
    r"(?i)^(?:with\s+reference\s+to|in\s+(?:reply|response|answer)\s+to|dated|of\s+(?:the\s+)?\d)\b"
)
_HEADING_LINE = re.compile(rf"(?i)^(?:{NO}\s*\d[\w/.-]*|(?:on|of|about|concerning|regarding)\s+the\s.*)$")
_REFERENCE = re.compile(
    rf"(?i)^(?:ref(?:erence)?|reg(?:istration)?|file|our|your)\.?\s*(?:{NO}|number)\s*:?\s*\S*\d"
)


@dataclass
class Entry:
    agent: Agent | None = None
    copy_number: int | None = None
    copies: int | None = None
    file: str | None = None  # a file copy's destination ("File of 8th Department")
    as_written: str = ""
    purpose: str | None = None  # set by a routing clause: "action" or "information"


def count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def read_entry(text: str, post: bool = False) -> Entry | None:
    """One entry; None when ``text`` holds no addressee at all. ``post``: a telegram's routing names
    posts and offices ("repeated Department"): a bare office word there is a post, not the file copy."""
    written = BULLET.sub("", re.sub(r"\s+", " ", text).strip(" ,;.:"))
    if _REFERENCE.match(written) or _HEADING_LINE.match(written) or _QUALIFIER.match(written):
        # "Ref. No. 001254/1/1963", "No. 21": the paper's own number among its copy lines; "On the situation
        # in Cyprus", "Of the meeting of the Politburo on ...": its subject or heading, no addressee
        return None
    entry, rest = Entry(as_written=written), written
    if m := _NUMBERING.match(rest):
        if m.group("x"):
            entry.copies = int(m.group("x"))
        else:
            entry.copy_number = int(next(g for g in m.group("copy", "nth", "no", "n") if g))
        rest = rest[m.end() :]
    if m := _COPIES_BEFORE.match(rest) or _COUNT_TO.match(rest):
        entry.copies, rest = count(m.group("a")), rest[m.end() :]
    if m := _COPIES_AFTER.search(rest):
        entry.copies, rest = count(next(g for g in m.group("a", "b", "c") if g)), rest[: m.start()]
    rest = _TO.sub("", rest.strip(" ,;.:"))
    if not rest or _UNREADABLE.match(rest) and not re.search(r"(?i)illegible|signature", rest):
        return None
    bare = re.sub(rf"(?i)^{address_pattern()}\s+", "", rest)  # "5. Comr. Copy": a form's column, no one
    if bare != rest and re.fullmatch(r"(?i)(?:the\s+)?(?:copy|file|files|archive|registry|dossier)", bare):
        entry.file = bare
        return entry
    if _FILE.match(rest) and not _names_someone(rest) and not (post and _OWN_OFFICE.match(rest)):
        entry.file = rest
        return entry
    office = None
    if (m := _OFFICE_PREFIX.match(rest)) and _is_person(m.group("who")):
        office, rest = m.group("office"), m.group("who")
    agent = parse_agent(rest)
    if agent is None:
        return None
    if office:
        agent.office = agent.office or office
        agent.as_written = written
    if agent.kind == "person" and not agent.honorifics and is_known_place(agent.name):
        agent.kind = "organization"  # a copy "- Pyongyang": the post in that city, not a man
    entry.agent = agent
    return entry


def _names_someone(text: str) -> bool:
    """ "Records of Cde. Stalin" is a file; "Archive Director Petrov" or "Copy for Molotov" is a person."""
    return bool(_ADDRESSED.search(text))


_ADDRESSED = re.compile(r"(?i)\b" + address_pattern() + r"(?!\w)|\bfor\s+[A-Z]")


def _is_person(text: str) -> bool:
    agent = parse_agent(text)
    return agent is not None and agent.kind == "person" and not is_organization(text)
