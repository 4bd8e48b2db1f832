"""Drafting blocks: who drafted, cleared, approved, typed or signed a document for someone.

One grammar for the sentences and lines of the family::

    Drafted by Troxel; cleared with Barnes, Ludlow, Wilkins, and Allen; and approved by Burdett,
        who signed for Dulles.
    Drafted by Crawford on March 8; cleared by Sisco, Hewitt (L/NEA), and Strong; and approved by Talbot.
    Drafted by Sneider and approved in S on November 27.
    Drafted by: EUR:SOV:JMcSweeney      Cleared: S/S - Mr. Rusk      Typed by Mrs. Smith
    Prepared by Cde. Mamulov            Signed for the Ambassador by X

A statement is cut into clauses at ";" and at "and" before a verb; each clause is a verb, "by"/"with"/
"in", the names, and what follows them ("on March 8", "who signed for Dulles"). Office codes before a
name ("S/S - Mr. Rusk", "EUR:SOV:JMcSweeney") are offices, not parts of the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.model import Agent
from chancery.sources.page.names import parse_agent, split_names

ROLES = {
    "drafted": "drafted_by",
    "prepared": "drafted_by",
    "written": "drafted_by",
    "cleared": "cleared_by",
    "concurred": "cleared_by",
    "approved": "approved_by",
    "typed": "typed_by",
    "authenticated": "authenticated_by",
    "certified": "authenticated_by",
    "issued": "issued_by",
}
_VERB = (
    r"(?:drafted|prepared|written|cleared|concurred|approved|typed|authenticated|certified(?: true copy)?|"
    r"issued)"
)
_CLAUSE_START = re.compile(
    rf"(?i)(?:^|;\s*(?:and\s+)?|,?\s+and\s+|,\s+(?={_VERB}\s+(?:by|with|in)\b))(?={_VERB}\b)"
)
_CLAUSE = re.compile(rf"(?i)^(?P<verb>{_VERB})\s*(?:(?P<prep>by|with|in|:)\s*:?\s*|(?=[A-Z]))(?P<rest>.*)$")
_SIGNED_FOR = re.compile(r"(?i),?\s*(?:who\s+)?sign(?:ed|s)\s+(?:it\s+)?for\s+(?P<who>.+?)\s*$")
_TAIL = re.compile(
    r"(?i),?\s+(?:on|in|at)\s+(?:[A-Z][a-z]+\s+\d|\d|the\s)[^;]*$|,?\s+(?:on|dated)\s+[^;]*\d[^;]*$"
)
_OFFICE_CODE = re.compile(r"^(?P<code>[A-Z][A-Z/]{0,12}(?::[A-Z/]+)*)\s*(?:[-–:]\s*|\s+-\s+)(?=\S)")


@dataclass
class Drafting:
    roles: dict[str, list[Agent]] = field(default_factory=dict)  # drafted_by, cleared_by, ... -> agents
    signed_for: list[Agent] = field(default_factory=list)  # who signed on the author's behalf

    def add(self, role: str, agents: list[Agent]) -> None:
        have = self.roles.setdefault(role, [])
        have.extend(a for a in agents if all(a.name != h.name for h in have))

    def __bool__(self) -> bool:
        return bool(self.roles or self.signed_for)


# The State Department's drafting line: offices, the drafter's initials run into his surname, the typist:
# "S:LDBattle:mlm", "EUR:SOV:JMcSweeney:ek 3/15/62".
_CODE = re.compile(
    r"^(?P<office>[A-Z][A-Z/]{0,9}(?::[A-Z][A-Z/]{0,9})*):(?P<who>[A-Z]{1,3}[A-Z][a-z][A-Za-z'’-]+)"
    r"(?::(?P<typist>[a-z]{2,4}))?(?:\s+[\d/.-]+)?$"
)


def is_drafting(text: str) -> bool:
    """Whether ``text`` opens with a drafting verb ("Drafted by ...", "Cleared: ...") or is a drafting
    code line ("S:LDBattle:mlm")."""
    return bool(_CLAUSE.match(text.strip()) or _CODE.match(text.strip()))


def read_drafting(text: str, drafting: Drafting | None = None) -> Drafting:
    """The roles one statement (a sentence or a line) gives; a line in columns (two spaces or more
    between "Issued by Nekipelov" and "Authenticated by: [illegible signature]") is read by column."""
    drafting = Drafting() if drafting is None else drafting
    columns = [c for c in re.split(r"\s{2,}", text.strip()) if c]
    if len(columns) > 1:
        for column in columns:
            read_drafting(column, drafting)
        return drafting
    text = re.sub(r"\s+", " ", text).strip().rstrip(".")
    if code := _CODE.match(text):
        initials, surname = re.match(r"([A-Z]+)([A-Z][a-z].*)", code.group("who")).groups()  # type: ignore[union-attr]
        name = " ".join(f"{c}." for c in initials) + f" {surname}"
        drafting.add(
            "drafted_by", [Agent(name=name, as_written=code.group("who"), office=code.group("office"))]
        )
        return drafting
    pieces = [p for p in _CLAUSE_START.split(text) if p and p.strip(" ;,")]
    for piece in pieces:
        m = _CLAUSE.match(piece.strip(" ;,"))
        if not m:
            continue
        role = ROLES[m.group("verb").split()[0].lower()]
        rest = m.group("rest")
        signed = _SIGNED_FOR.search(rest)
        if signed:
            rest = rest[: signed.start()]
        agents = _agents(_TAIL.sub("", rest))
        if (m.group("prep") or "").lower() == "in":  # "approved in S": in an office, by no one named
            for agent in agents:
                agent.kind, agent.honorifics = "organization", []
        drafting.add(role, agents)
        if signed:  # "approved by Burdett, who signed for Dulles": Burdett signed on Dulles's behalf
            drafting.signed_for += [a for a in agents if all(a.name != s.name for s in drafting.signed_for)]
    return drafting


def _agents(text: str) -> list[Agent]:
    out = []
    for part in split_names(text.strip(" ,;")):
        office = None
        if m := _OFFICE_CODE.match(part):
            office, part = m.group("code"), part[m.end() :]
        part = re.sub(r"\s*\([A-Z/]{1,12}\)$", "", part)  # "Hewitt (L/NEA)": the office in brackets
        if not part or not re.search(r"[A-Za-z]{2}|^[A-Z]$", part):
            continue
        agent = parse_agent(part)
        if agent is not None:
            agent.office = agent.office or office
            out.append(agent)
    return out
