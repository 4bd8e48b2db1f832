"""Entities of the collection: one per person, organisation and place, whatever the page wrote.

:func:`resolve` reads the mentions of every record (:mod:`chancery.resolve.mentions`), groups them
(:mod:`chancery.resolve.clusters`), applies the curators' ``merge`` and ``split`` decisions
(:mod:`chancery.resolve.decisions`) and gives each group a display label and a stable key.
Merges that only romanisation folding supports are not made but held for review
(:meth:`Resolution.held_merges`). Authority links are added later by :mod:`chancery.link`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chancery.model import Record
from chancery.resolve.clusters import Cluster, HeldMerge, group_by_name, group_persons, neighbours
from chancery.resolve.decisions import Decisions
from chancery.resolve.mentions import AFFILIATION, Mention, MentionKey, mentions
from chancery.resolve.names import clean, fold, parse, slug

__all__ = ["Entity", "HeldMerge", "LinkEvidence", "MentionKey", "Resolution", "fold", "resolve", "slug"]


@dataclass
class LinkEvidence:
    """Why an entity is linked to an authority record: a small provenance record."""

    authority: str  # "wikidata", "geonames"
    id: str  # "Q855", "524901"
    score: float  # 0..1
    features: dict[str, Any] = field(default_factory=dict)  # name, type, lifespan, context...
    source: str = ""  # the endpoint asked, or the decisions file
    method: str = "score"  # "score" (the linker decided) | "curator" (a decision)
    matched: str = ""  # the authority's name the entity matched
    description: str = ""  # the authority's description of the record


@dataclass
class Entity:
    """One person, organisation or place of the collection."""

    key: str  # stable slug, unique within its kind: "stalin-i-v"
    kind: str  # "person" | "organization" | "place"
    label: str  # display label
    forms: set[str] = field(default_factory=set)  # every form as written
    authority: dict[str, str] = field(default_factory=dict)  # {"wikidata": "Q855", "geonames": ...}
    coordinates: tuple[float, float] | None = None  # places: (lat, long)
    names: set[str] = field(default_factory=set)  # forms without titles and editorial marks
    documents: set[str] = field(default_factory=set)  # ids of the top-level records naming it
    years: set[int] = field(default_factory=set)  # years of those records
    roles: set[str] = field(default_factory=set)  # roles it plays ("authors", "places"...)
    link_evidence: list[LinkEvidence] = field(default_factory=list)

    def matches(self, name: str) -> bool:
        """Whether a curator's name designates this entity (a form, the label or the key)."""
        wanted = fold(name)
        return name == self.key or any(fold(n) == wanted for n in (self.label, *self.forms, *self.names))


@dataclass
class Resolution:
    entities: list[Entity] = field(default_factory=list)
    mentions: dict[MentionKey, Entity] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    held: list[HeldMerge] = field(default_factory=list)  # merges only folding supports, not made

    def of(self, record_id: str, role: str, index: int) -> Entity | None:
        return self.mentions.get((record_id, role, index))

    def held_merges(self) -> list[tuple[Entity, Entity, str]]:
        """The held merges as they stand now (a curator's merge, or one authority id, may since have
        made the two entities one): each pair of entities once, with its reason."""
        out: dict[tuple[int, int], tuple[Entity, Entity, str]] = {}
        for merge in self.held:
            one, other = self.mentions.get(merge.mention), self.mentions.get(merge.other)
            if one is not None and other is not None and one is not other:
                out.setdefault((id(one), id(other)), (one, other, merge.reason))
        return sorted(out.values(), key=lambda t: (t[0].key, t[1].key))

    def affiliation_of(self, record_id: str, role: str, index: int) -> Entity | None:
        """The organisation an agent mention is named with ("USSR NKVD" beside Beria)."""
        return self.mentions.get((record_id, role + AFFILIATION, index))


def resolve(records: Iterable[Record], decisions: Decisions | None = None) -> Resolution:
    """One entity per person, organisation and place named in ``records``."""
    decisions = decisions or Decisions()
    found = [m for r in records for m in mentions(r) if m.identifiable]
    blocked = _splits(decisions, found)
    held: list[HeldMerge] = []
    clusters = group_persons([m for m in found if m.kind == "person"], blocked, neighbours(found), held)
    for kind in ("organization", "place"):
        clusters += group_by_name([m for m in found if m.kind == kind], kind, blocked)
    clusters = _merges(decisions, clusters)
    resolution = Resolution(held=held)
    for cluster in clusters:
        entity = _entity(cluster)
        for mention in cluster.mentions:
            resolution.mentions[mention.key] = entity
    resolution.entities = _unique_keys(resolution.mentions.values())
    kinds = Counter(e.kind for e in resolution.entities)
    resolution.notes.append(
        f"resolution: {len(resolution.mentions)} mentions -> {kinds['person']} persons, "
        f"{kinds['organization']} organisations, {kinds['place']} places"
    )
    for one, other, reason in resolution.held_merges():
        resolution.notes.append(
            f"resolution: {one.label!r} and {other.label!r} kept apart for review: {reason}"
        )
    return resolution


def _entity(cluster: Cluster) -> Entity:
    entity = Entity(slug(""), cluster.kind, "")
    for m in cluster.mentions:
        entity.forms.add(m.form)
        entity.forms.update(m.variants)
        entity.names.add(m.name)
        entity.documents.add(m.document)
        entity.roles.add(m.key[1])
        for name, value in sorted(m.authority.items()):
            entity.authority.setdefault(name, value)
        if m.year:
            entity.years.add(m.year)
    entity.label = display_label([m.name for m in cluster.mentions], cluster.kind)
    entity.key = slug(entity.label)
    return entity


def display_label(names: list[str], kind: str) -> str:
    """The fullest clean form; mixed case before capitals; the most used; then alphabetical."""
    counts = Counter(names)

    def rank(name: str) -> tuple[int, int, int, int, str]:
        parsed = parse(name) if kind == "person" else None
        full = len(parsed.full) if parsed else len(fold(name).split())
        total = len(parsed.tokens) if parsed else len(name)
        return (-full, -total, int(name.isupper()), -counts[name], name)

    best = min(counts, key=rank)
    if best.isupper() and kind == "person":
        return " ".join(w.capitalize() if len(w) > 1 and w.isalpha() else w for w in best.split())
    return best


def _splits(decisions: Decisions, found: list[Mention]) -> Any:
    """A predicate: may this mention join this cluster, given the ``split`` decisions?"""
    rules = [(fold(clean(d.subject)), fold(clean(d.other or "")) or None, d) for d in decisions.of("split")]
    for subject, other, decision in rules:
        if any(_named(m, subject) for m in found) and (other is None or any(_named(m, other) for m in found)):
            decisions.mark(decision)

    def blocked(mention: Mention, cluster: Cluster) -> bool:
        return any(_split_applies(mention, cluster, subject, other) for subject, other, _ in rules)

    return blocked


def _named(mention: Mention, name: str) -> bool:
    return name in (fold(mention.form), fold(mention.name))


def _split_applies(mention: Mention, cluster: Cluster, subject: str, other: str | None) -> bool:
    if other is None:  # the subject's mentions stand apart from every other name
        if _named(mention, subject):
            return any(not _named(m, subject) for m in cluster.mentions)
        return any(_named(m, subject) for m in cluster.mentions)
    pairs = ((subject, other), (other, subject))
    return any(_named(mention, a) and any(_named(m, b) for m in cluster.mentions) for a, b in pairs)


def _merges(decisions: Decisions, clusters: list[Cluster]) -> list[Cluster]:
    for decision in decisions.of("merge"):
        sides = [_named_clusters(clusters, name) for name in (decision.subject, decision.other or "")]
        chosen = {id(c): c for side in sides for c in side}
        if not sides[0] or not sides[1] or len({c.kind for c in chosen.values()}) != 1:
            continue
        decisions.mark(decision)
        first, *rest = chosen.values()
        for cluster in rest:
            first.absorb(cluster)
            clusters.remove(cluster)
    return clusters


def _named_clusters(clusters: list[Cluster], name: str) -> list[Cluster]:
    wanted = fold(clean(name))
    return [c for c in clusters if any(_named(m, wanted) for m in c.mentions)]


def _unique_keys(entities: Iterable[Entity]) -> list[Entity]:
    """Every entity once, sorted, with slugs made unique within a kind."""
    unique = sorted({id(e): e for e in entities}.values(), key=lambda e: (e.kind, e.key, sorted(e.forms)))
    taken = {
        (e.kind, e.key) for e in unique
    }  # a suffixed key never takes another entity's ("O" -> "o-2" vs "O:2")
    seen: set[tuple[str, str]] = set()
    for entity in unique:
        base = entity.key
        if (entity.kind, base) in seen:
            n = 2
            while (entity.kind, f"{base}-{n}") in taken:
                n += 1
            entity.key = f"{base}-{n}"
            taken.add((entity.kind, entity.key))
        seen.add((entity.kind, entity.key))
    return unique
