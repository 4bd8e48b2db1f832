"""Grouping mentions into clusters, one per person, organisation or place.

Persons: the fullest names go first; a mention joins the one cluster whose every name it is
compatible with (:func:`chancery.resolve.names.compatible`), preferring clusters of its own document
when a bare family name could join several; when it could join several and nothing tells them
apart, it stays on its own. Organisations and places join on their folded, romanisation-keyed name
(a place's bracketed variants count as its names). Persons, organisations and places never join
each other: a place named Molotov is not the man.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chancery.resolve.mentions import Mention
from chancery.resolve.names import PARTICLES, PersonName, compatible, fold, key, parse

# Abbreviations that official names use for the same words, folded to one spelling.
NAME_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\bcentral committee\b|\btsk\b", "cc"),  # ЦК = Центральный Комитет
    (r"\bunion of soviet socialist republics\b|\bsssr\b|\bsoviet union\b", "ussr"),
    (r"\bkpss\b", "cpsu"),
    (r"\bvkp\s*b\b", "vkpb"),  # ВКП(б)
)

Blocked = Callable[[Mention, "Cluster"], bool]


@dataclass
class Cluster:
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    parsed: list[PersonName] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.documents.add(mention.document)
        if self.kind == "person":
            self.parsed.append(parse(mention.name))

    def absorb(self, other: Cluster) -> None:
        self.mentions += other.mentions
        self.parsed += other.parsed
        self.documents |= other.documents


def families(name: PersonName) -> set[str]:
    """Keys of the family name in every reading: two compatible names share one."""
    return {key(family) for family, _ in name.readings()}


def phrase_key(text: str) -> str:
    """Folded, abbreviation-normalised, romanisation-keyed words of a name, particles dropped."""
    text = fold(text)
    for pattern, replacement in NAME_ABBREVIATIONS:
        text = re.sub(pattern, replacement, text)
    return " ".join(key(w) for w in text.split() if w not in PARTICLES)


def neighbours(mentions: list[Mention]) -> dict[str, set[str]]:
    """Per document, the keys of the names it gives (family names of persons, whole names of the rest)."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        tokens = parse(m.name).full if m.kind == "person" else ()
        word = key(tokens[-1]) if tokens else phrase_key(m.name)
        if word:
            out.setdefault(m.document, set()).add(word)
    return out


def group_persons(mentions: list[Mention], blocked: Blocked, context: dict[str, set[str]]) -> list[Cluster]:
    """Fullest names first; a bare family name joins a person of another document only when the two
    documents share another name (a correspondent, a place): two Murphys of unrelated pages stay two."""

    def fullness(m: Mention) -> tuple[int, int, tuple[str, str, int]]:
        name = parse(m.name)
        return (-len(name.full), -len(name.tokens), m.key)

    def related(mention: Mention, name: PersonName, cluster: Cluster) -> bool:
        if mention.document in cluster.documents or len(name.tokens) > 1:
            return True
        own = context.get(mention.document, set()) - {key(t) for t in name.tokens}
        return any(own & context.get(d, set()) for d in cluster.documents)

    clusters: list[Cluster] = []
    by_family: dict[str, list[Cluster]] = {}
    for mention in sorted(mentions, key=fullness):
        name = parse(mention.name)
        near = {id(c): c for f in sorted(families(name)) for c in by_family.get(f, [])}
        fits = [c for c in near.values() if all(compatible(name, n) for n in c.parsed)]
        fits = [c for c in fits if not blocked(mention, c) and related(mention, name, c)]
        if len(fits) > 1:
            fits = [c for c in fits if mention.document in c.documents]
        if len(fits) == 1:
            chosen = fits[0]
        else:
            chosen = Cluster("person")
            clusters.append(chosen)
        chosen.add(mention)
        for family in families(name):
            if chosen not in by_family.setdefault(family, []):
                by_family[family].append(chosen)
    return clusters


def group_by_name(mentions: list[Mention], kind: str, blocked: Blocked) -> list[Cluster]:
    """Organisations and places: one cluster per keyed name (variants included)."""
    clusters: list[Cluster] = []
    index: dict[str, Cluster] = {}
    for mention in sorted(mentions, key=lambda m: m.key):
        keys = [phrase_key(n) for n in [mention.name, *mention.variants] if fold(n)]
        found = next((index[k] for k in keys if k in index and not blocked(mention, index[k])), None)
        if found is None:
            found = Cluster(kind)
            clusters.append(found)
        found.add(mention)
        for k in keys:
            index.setdefault(k, found)
    return clusters
