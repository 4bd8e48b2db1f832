"""Entities of the collection and the first, conservative resolver.

Two mentions are one person when their surnames agree (case and accents folded, honorifics
dropped) and their given names or initials do not conflict; a surname alone joins the one
fuller name it is compatible with, and nothing when it is compatible with several.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from chancery.model import ROLES, Agent, Place, Record

MentionKey = tuple[str, str, int]  # (record id, role, index)


@dataclass
class Entity:
    """One person, organisation or place of the collection."""

    key: str  # stable slug, unique within its kind: "stalin-i-v"
    kind: str  # "person" | "organization" | "place"
    label: str  # display label
    forms: set[str] = field(default_factory=set)  # every form as written
    authority: dict[str, str] = field(default_factory=dict)  # {"wikidata": "Q855"}
    coordinates: tuple[float, float] | None = None  # places: (lat, long)


@dataclass
class Resolution:
    entities: list[Entity] = field(default_factory=list)
    mentions: dict[MentionKey, Entity] = field(default_factory=dict)

    def of(self, record_id: str, role: str, index: int) -> Entity | None:
        return self.mentions.get((record_id, role, index))


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, editorial brackets dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"[^\w\s-]", " ", text.lower()).replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "unnamed"


def _name_parts(name: str) -> tuple[str, list[str]]:
    words = fold(name).split()
    if not words:
        return "", []
    return words[-1], words[:-1]


def _compatible(a: list[str], b: list[str]) -> bool:
    """Given names / initials of two mentions do not conflict."""
    return all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y) for x, y in zip(a, b))


def _agent_mentions(record: Record) -> Iterator[tuple[MentionKey, Agent]]:
    for role in ROLES:
        for i, agent in enumerate(record.agents(role)):
            yield (record.id, role, i), agent
    for i, entry in enumerate(record.distribution):
        yield (record.id, "distribution", i), entry.agent
    for enclosed in record.enclosed_documents:
        yield from _agent_mentions(enclosed)


def _place_mentions(record: Record) -> Iterator[tuple[MentionKey, Place]]:
    for i, place in enumerate(record.places):
        yield (record.id, "places", i), place
    for enclosed in record.enclosed_documents:
        yield from _place_mentions(enclosed)


def _identifiable(agent: Agent) -> bool:
    return bool(fold(agent.name)) and not agent.name.strip().startswith("[")


def resolve(records: Iterable[Record]) -> Resolution:
    records = list(records)
    resolution = Resolution()
    people: list[tuple[str, list[str], Entity]] = []
    by_key: dict[tuple[str, str], Entity] = {}

    mentions = [m for r in records for m in _agent_mentions(r) if _identifiable(m[1])]
    # fuller names first, so that a bare surname finds the person it belongs to
    mentions.sort(key=lambda m: (-len(fold(m[1].name).split()), m[0]))
    for key, agent in mentions:
        if agent.kind == "organization":
            entity = by_key.get(("organization", fold(agent.name)))
            if entity is None:
                entity = Entity(slug(agent.name), "organization", agent.name)
                by_key[("organization", fold(agent.name))] = entity
        else:
            surname, given = _name_parts(agent.name)
            matches = [e for s, g, e in people if s == surname and _compatible(g, given)]
            if len({id(e) for e in matches}) == 1:
                entity = matches[0]
            else:
                entity = Entity(slug(agent.name), "person", agent.name)
            people.append((surname, given, entity))
        entity.forms.add(agent.as_written or agent.name)
        resolution.mentions[key] = entity

    for key, place in (m for r in records for m in _place_mentions(r)):
        entity = by_key.get(("place", fold(place.name)))
        if entity is None:
            entity = Entity(slug(place.name), "place", place.name)
            by_key[("place", fold(place.name))] = entity
        entity.forms.add(place.as_written or place.name)
        entity.forms.update(place.variants)
        resolution.mentions[key] = entity

    resolution.entities = _unique_keys(resolution.mentions.values())
    return resolution


def _unique_keys(entities: Iterable[Entity]) -> list[Entity]:
    """Every entity once, sorted, with slugs made unique within a kind."""
    unique = sorted({id(e): e for e in entities}.values(), key=lambda e: (e.kind, e.key, sorted(e.forms)))
    seen: dict[tuple[str, str], int] = {}
    for entity in unique:
        n = seen.get((entity.kind, entity.key), 0)
        seen[(entity.kind, entity.key)] = n + 1
        if n:
            entity.key = f"{entity.key}-{n + 1}"
    return unique
