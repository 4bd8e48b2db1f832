"""Drafting blocks: who drafted, cleared, approved, typed or signed a document for someone.

One grammar for the sentences and lines of the family::

    Drafted by Troxel; cleared with Barnes, Ludlow, Wilkins, and Allen; and approved by Burdett,
        who signed for Dulles.
    Drafted by Crawford on March 8; cleared by Sisco, Hewitt (L/NEA), and Strong; and approved by Talbot.
    Drafted by Sneider and approved in S on November 27.
    Drafted and approved by Rusk; cleared in draft with Ball.
    Drafted by: EUR:SOV:JMcSweeney:ek 3/15/62      Cleared: S/S - Mr. Rusk      Typed by Mrs. Smith
    Clearances: S/P - Mr. Merchant
                INR - Mr. Herter
    Prepared by Cde. Mamulov            Signed for the Ambassador by X

A statement is cut into clauses at ";" and at "and" before a verb; each clause is a verb (or a form's
label, "Clearances:"), how it was done ("in draft"), "by"/"with"/"in", the names, and what follows them
("on March 8", "who signed for Dulles"). Verbs with no names of their own share the next verb's ("Drafted
and approved by Rusk"). An office is the person's, not part of the name, whether its code stands before
the name ("S/S - Mr. Rusk"), in brackets after it ("Hewitt (L/NEA)") or is the State Department's
drafting code ("EUR:SOV:JMcSweeney:ek 3/15/62", alone or after a label). "approved in S": approved in an
office, written as the page writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from chancery.model import Agent
from chancery.sources.page.names import parse_agent, split_names

# The verbs that open a drafting clause, and the role each gives.
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
    "translated": "translated_by",  # a translation office's line under the text: "Translated [by] S. Sychev"
    "transcribed": "drafted_by",  # who took down a telephone call: "Transcribed by Bernau" (FRUS)
}
# The labels a form gives a role, always followed by a colon: "Clearances: S/S - Mr. Rusk",
# "Telegraphic transmission and classification approved by: EUR - Foy D. Kohler" (State's telegram form).
LABELS = {
    "clearance": "cleared_by",
    "clearances": "cleared_by",
    "telegraphic transmission and classification approved by": "approved_by",
}

_VERB = "(?:" + "|".join(v for v in ROLES if v != "certified") + r"|certified(?: true copy)?)"
# Verbs joined share the names after the last: "Drafted and approved by", "Drafted and initialed by" (a
# verb of no role of its own gives none).
_VERBS = rf"{_VERB}(?:\s*(?:,|,?\s+and|&)\s+(?:{_VERB}|[a-z]+ed)\b)*"
_LABEL = (
    "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(LABELS, key=len, reverse=True)) + ")"
)
_WAY = r"in\s+(?:draft|substance)"  # how it was cleared: "cleared in draft with", "in substance by"
_MANNER = rf"(?:\s+{_WAY})"
# Names follow the verb without a preposition ("Cleared S/S - Mr. Rusk"), but not a date or a purpose:
# "Typed on 21 October", "Approved For Release 2008/11/07" (a declassification stamp).
_NOT_NAMES = r"(?:for|on|at|to|from|as|under|the|an?|and|or|in)\b"
_CLAUSE_START = re.compile(
    rf"(?i)(?:^|;\s*(?:and\s+)?|,?\s+and\s+|,\s+(?={_VERB}{_MANNER}?\s+(?:by|with|in)\b))(?={_VERB}\b)"
)
_CLAUSE = re.compile(
    rf"(?i)^(?:(?P<verb>{_VERBS}){_MANNER}?\s*"
    # not a count of copies: "Prepared in: 24 copies", "Typed in 2 copies"
    rf"(?:(?P<prep>by|\[by\]|with|in|:)\s*[:.]?\s*(?![\s:.]*(?:\d+|[a-z]+)\s*cop(?:y|ies)\b)|(?=[^\W\d_]|\[)(?!{_NOT_NAMES}))"
    rf"|(?P<label>{_LABEL})\s*:\s*)(?P<rest>.*)$"
)
# Another part of a verb's names, with its own preposition: "cleared by Hart and in S/S".
_PART_START = re.compile(rf"(?i),?\s+and\s+(?=(?:{_WAY}\s+)?(?:by|with)\s|in\s+(?-i:[A-Z]))")
_PART = re.compile(rf"(?i)^(?:{_WAY}\s+)?(?P<prep>by|with|in)\s+(?P<names>.*)$")
_VERBS_ALONE = re.compile(rf"(?i)^{_VERBS}$")  # "Drafted" of "Drafted and approved by Rusk", cut at "and"
_SIGNED_FOR = re.compile(r"(?i),?\s*(?:who\s+)?sign(?:ed|s)\s+(?:it\s+)?for\s+(?P<who>.+?)\s*$")
_TAIL = re.compile(
    r"(?i),?\s+(?:on|in|at)\s+(?:[A-Z][a-z]+\s+\d|\d|the\s)[^;]*$|,?\s+(?:on|dated)\s+[^;]*\d[^;]*$"
)

# An office's code: "S", "S/S", "L/NEA", "S/S-O", "EUR:SOV".
_OFFICE = r"[A-Z][A-Z/]{0,12}(?:[-–][A-Z]{1,3})?(?::[A-Z][A-Z/]{0,12}(?:[-–][A-Z]{1,3})?)*"
_OFFICE_BEFORE = re.compile(rf"^(?P<code>{_OFFICE})\s*(?:[-–—:]\s*|\s+[-–—]\s+)(?=\S)")  # "S/S - Mr. Rusk"
_OFFICE_AFTER = re.compile(rf"\s*\((?P<code>{_OFFICE})\)$")  # "Hewitt (L/NEA)"
# An item of a form's list, office and name: the shape of the lines that continue the list.
_ITEM = re.compile(rf"^(?P<code>{_OFFICE})\s+[-–—]\s+[^\W\d_][^;:]*$")
_LAST_ITEM = re.compile(rf"(?:^|[:;]\s*){_OFFICE}\s+[-–—]\s+[^;:]+$")


@dataclass
class Drafting:
    roles: dict[str, list[Agent]] = field(default_factory=dict)  # drafted_by, cleared_by, ... -> agents
    signed_for: list[Agent] = field(default_factory=list)  # who signed on the author's behalf

    def add(self, role: str, agents: list[Agent]) -> None:
        have = self.roles.setdefault(role, [])
        have.extend(a for a in agents if all(a.name != h.name for h in have))

    def __bool__(self) -> bool:
        return bool(self.roles or self.signed_for)


# The State Department's drafting code: offices, the drafter's initials run into his surname, the typist,
# the date: "S:LDBattle:mlm", "EUR:SOV:JMcSweeney:ek 3/15/62".
_CODE = re.compile(
    rf"^(?P<office>{_OFFICE}):(?P<initials>[A-Z]{{1,3}}?)(?P<surname>[A-Z][a-z](?:[^\W\d_]|['’-])+)"
    r"(?::(?P<typist>[a-z]{2,4}))?(?:\s+[\d/.-]+)?$"
    # an embassy's code without the office: the drafter, then the typist ("FJMeehan:mak")
    r"|^(?P<initials2>[A-Z]{1,3})(?P<surname2>[A-Z][a-z](?:[^\W\d_]|['’-])+):(?P<typist2>[a-z]{2,4})$"
)
# The code as a telegram prints it, in capitals after its verb: "DRAFTED BY IO/HDC:RANDREW:DD" (the drafter's
# initials and surname run together, then the typist's initials)
_CAPITAL_CODE = re.compile(rf"^(?P<office>{_OFFICE}):(?P<name>[A-Z]{{4,}})(?::(?P<typist>[A-Z]{{2,3}}))?$")


# A copy's stamp that it is true, by the office that made it: "(True Copy- INR/CS/FP Feb. 10, 1961)" (an
# office's code, not a name's initial: "Certified true copy: V. David" is the clause's)
_TRUE_COPY = re.compile(
    rf"(?i)^\(?\s*(?:certified\s+)?true\s+copy\s*[-–—:]?\s*(?P<office>(?-i:{_OFFICE}))(?![.\w])"
)


def is_drafting(text: str) -> bool:
    """Whether ``text`` opens with a drafting verb ("Drafted by ...", "Cleared: ...") or a form's label
    ("Clearances: ..."), or is a drafting code line ("S:LDBattle:mlm") or a true-copy stamp."""
    return bool(_CLAUSE.match(text.strip()) or _CODE.match(text.strip()) or _TRUE_COPY.match(text.strip()))


def drafting_statements(lines: list[str]) -> list[tuple[list[int], str]]:
    """The drafting statements among a page's lines, each with the numbers of its lines: every line
    :func:`is_drafting` accepts, with the lines below it that continue its list in the shape of its
    items, an office and a name::

        Cleared: S/P - Mr. Merchant         ->  "Cleared: S/P - Mr. Merchant; INR - Mr. Herter"
        INR - Mr. Herter
    """
    out: list[tuple[list[int], str]] = []
    for k, line in enumerate(lines):
        text = line.strip()
        if is_drafting(text):
            out.append(([k], text))
        elif out and out[-1][0][-1] == k - 1 and _ITEM.match(text) and _continues(out[-1][1]):
            at, statement = out[-1]
            out[-1] = ([*at, k], f"{statement} {text}" if statement.endswith(":") else f"{statement}; {text}")
    return out


def _continues(statement: str) -> bool:
    """Whether a statement's list may go on below: a form's clearances, the one role it lists, ending
    with their label or with an item of office and name ("Clearances:", "Cleared: S/P - Mr. Merchant").
    A drafter or an approval names one person, and what is below it is not theirs."""
    last = re.split(r"\s{2,}", statement)[-1]
    m = _CLAUSE.match(last)
    if not m or _clause_roles(m) != ["cleared_by"]:
        return False
    return last.endswith(":") or bool(_LAST_ITEM.search(last))


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
    if coded := _coded(text):
        drafting.add("drafted_by", [coded])
        return drafting
    if stamp := _TRUE_COPY.match(text):  # the office that certified the copy authenticates it
        office = stamp.group("office")
        drafting.add("authenticated_by", [Agent(name=office, as_written=office, kind="organization")])
        return drafting
    verbs: list[str] = []  # verbs waiting for names: "Drafted and approved by Rusk"
    for piece in [p.strip(" ;,") for p in _CLAUSE_START.split(text) if p and p.strip(" ;,")]:
        if _VERBS_ALONE.match(piece):
            verbs += _roles(piece)
            continue
        m = _CLAUSE.match(piece)
        if not m:
            continue
        roles, verbs = [*verbs, *_clause_roles(m)], []
        rest = m.group("rest")
        signed = _SIGNED_FOR.search(rest)
        if signed:
            rest = rest[: signed.start()]
        agents = []
        for prep, names in _clause_parts(m.group("prep") or "", rest):
            # "approved in S": in an office, by no one named
            agents += _agents(_TAIL.sub("", names), office=prep.lower() == "in")
        for k, role in enumerate(roles):  # each role its own agents: "Drafted and approved by Rusk"
            drafting.add(role, agents if k == 0 else [replace(a) for a in agents])
        if signed:  # "approved by Burdett, who signed for Dulles": Burdett signed on Dulles's behalf
            drafting.signed_for += [a for a in agents if all(a.name != s.name for s in drafting.signed_for)]
    return drafting


def _clause_parts(prep: str, rest: str) -> list[tuple[str, str]]:
    """The names of one verb (after ``prep``) given in parts, each with its own way and preposition:
    "cleared by Hart (NEA) and in S/S" -> ("by", "Hart (NEA)"), ("in", "S/S"); "cleared in draft by
    Tyler and in substance by Kohler" -> ("by", "Tyler"), ("by", "Kohler")."""
    parts = _PART_START.split(rest)
    out = [(prep, parts[0])]
    for part in parts[1:]:
        if m := _PART.match(part):
            out.append((m.group("prep"), m.group("names")))
    return out


def _clause_roles(clause: re.Match[str]) -> list[str]:
    """The roles a clause's verbs or its label give."""
    if label := clause.group("label"):
        return [LABELS[re.sub(r"\s+", " ", label).lower()]]
    return _roles(clause.group("verb"))


def _roles(verbs: str) -> list[str]:
    """ "Drafted and approved" -> drafted_by, approved_by; "Drafted and initialed" -> drafted_by."""
    return [ROLES[v.split()[0].lower()] for v in re.findall(rf"(?i)\b{_VERB}\b", verbs)]


def _coded(text: str) -> Agent | None:
    """ "EUR:SOV:JMcSweeney:ek 3/15/62" -> J. McSweeney of EUR:SOV (the initials spaced)."""
    code = _CODE.match(text.strip())
    if not code:
        return None
    initials = code.group("initials") or code.group("initials2")
    surname = code.group("surname") or code.group("surname2")
    name = " ".join([*(f"{c}." for c in initials), surname])
    return Agent(name=name, as_written=initials + surname, office=code.group("office"))


def code_agent(text: str) -> Agent | None:
    """The drafter a drafting code names, in either case ("EUR:SOV:JMcSweeney:ek", "IO/HDC:RANDREW:DD")."""
    return _coded(text) or _capital_code(text)


def _capital_code(text: str) -> Agent | None:
    """ "IO/HDC:RANDREW:DD" -> RANDREW of IO/HDC, as written (where the initials end is not printed)."""
    code = _CAPITAL_CODE.match(text.strip())
    if not code:
        return None
    return Agent(name=code.group("name").title(), as_written=code.group("name"), office=code.group("office"))


def _agents(text: str, *, office: bool = False) -> list[Agent]:
    """The people (or, ``office``, the offices: "S", "S/S-S", "the White House") of a clause: a drafting
    code, or a list of names each with its office's code before it or in brackets after it."""
    if coded := _coded(text) or _capital_code(text):
        return [coded]
    out = []
    for part in split_names(text.strip(" ,;")):
        if office and re.fullmatch(_OFFICE, part):  # an office's code, as written
            out.append(Agent(name=part, as_written=part, kind="organization"))
            continue
        code = None
        if m := _OFFICE_BEFORE.match(part):
            code, part = m.group("code"), part[m.end() :]
        if m := _OFFICE_AFTER.search(part):
            code, part = code or m.group("code"), part[: m.start()]
        if not part or not re.search(r"[^\W\d_]{2}|^[^\W\d_]$", part):
            continue
        agent = parse_agent(part, kind="organization" if office else None)
        if agent is not None:
            if office:
                agent.honorifics = []
            agent.office = agent.office or code
            out.append(agent)
    return out
