"""Every name a record gives for a person, organisation or place, as one :class:`Mention`.

A mention is addressed by ``(record_id, role, index)``: ``role`` is a key of
:data:`chancery.model.ROLES`, ``"distribution"`` or ``"places"``. The body an agent is named
with ("Moscow, USSR NKVD - to Cde. BERIA") is a mention of its own, under ``"<role>/affiliation"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from chancery.lexicon.countries import is_country_or_post
from chancery.lexicon.organisations import ORGANISATION_WORDS
from chancery.model import ROLES, Agent, Record
from chancery.resolve.names import clean, fold

MentionKey = tuple[str, str, int]  # (record id, role, index)
AFFILIATION = "/affiliation"


@dataclass
class Mention:
    key: MentionKey
    kind: str  # "person" | "organization" | "place"
    form: str  # as written
    name: str  # cleaned: no titles, no editorial marks
    document: str  # id of the top-level record (enclosures share their carrier's)
    year: int | None = None  # the document's year, for lifespans
    variants: list[str] = field(default_factory=list)  # places: names in editorial brackets
    authority: dict[str, str] = field(default_factory=dict)  # ids the source itself gives

    @property
    def identifiable(self) -> bool:
        return bool(fold(self.name)) and not self.name.strip().startswith("[")


def year_of(record: Record) -> int | None:
    date = record.date
    text = (date.value or date.start or "") if date else ""
    found = re.match(r"(\d{4})", text)
    return int(found.group(1)) if found else None


def kind_of(agent: Agent) -> str:
    """The reader's kind; for "unknown", a body when a word or an acronym beside small words says so.

    A country or a diplomatic post ("Indonesia", "USUN", "Embassy Moscow") is a body whatever the
    reader said, unless a title makes a person of it ("Mr. Jordan")."""
    if is_country_or_post(agent.name) and not agent.honorifics:
        return "organization"
    if agent.kind in ("person", "organization"):
        return agent.kind
    words = agent.name.split()
    if set(fold(agent.name).split()) & ORGANISATION_WORDS:
        return "organization"
    acronym = any(len(w) > 1 and w.isupper() for w in words)
    return "organization" if acronym and any(w.islower() for w in words) else "person"


def mentions(record: Record, document: str | None = None, year: int | None = None) -> Iterator[Mention]:
    """The mentions of a record and its enclosures, in a stable order."""
    document = document or record.id
    year = year_of(record) or year
    for role, index, agent in _agents(record):
        form = agent.as_written or agent.name
        kind = kind_of(agent)
        name = clean(agent.name, "titles" if kind == "person" else "articles")
        mention = Mention((record.id, role, index), kind, form, name, document, year)
        mention.authority = dict(agent.authority)
        yield mention
        if agent.affiliation:
            name = clean(agent.affiliation, "articles")
            key = (record.id, role + AFFILIATION, index)
            yield Mention(key, "organization", agent.affiliation, name, document, year)
    for index, place in enumerate(record.places):
        form = place.as_written or place.name
        key = (record.id, "places", index)
        yield Mention(key, "place", form, clean(place.name, "nothing"), document, year, list(place.variants))
    for enclosed in record.enclosed_documents:
        yield from mentions(enclosed, document, year)


def _agents(record: Record) -> Iterator[tuple[str, int, Agent]]:
    for role in ROLES:
        for index, agent in enumerate(record.agents(role)):
            yield role, index, agent
    for index, entry in enumerate(record.distribution):
        yield "distribution", index, entry.agent
