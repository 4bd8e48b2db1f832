"""Grouping mentions into clusters, one per person, organisation or place.

Persons: the fullest names go first; a mention joins the one cluster whose every name it is
compatible with (:func:`chancery.resolve.names.compatible`: family names the same or one name in two
spellings), preferring clusters of its own document when a bare family name could join several; when
it could join several and nothing tells them apart, it stays on its own. A mention that would join a
cluster only because romanisation folding makes two family names alike ("Zhu" and "Zhou Enlai") stays
on its own, and the merge is held for a curator (:class:`HeldMerge`). Organisations and places join on
their folded, romanisation-keyed name (a place's bracketed variants count as its names). Persons,
organisations and places never join each other: a place named Molotov is not the man.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chancery.lexicon.chinese import readings as chinese_readings
from chancery.lexicon.organisations import ABBREVIATIONS
from chancery.lexicon.particles import CONNECTIVES, PARTICLES
from chancery.resolve.mentions import Mention, MentionKey
from chancery.resolve.names import PersonName, agreement, fold, folded_surnames, key, parse, surname_agreement

Blocked = Callable[[Mention, "Cluster"], bool]
SMALL_WORDS = CONNECTIVES | PARTICLES  # left out of the key of a body's or place's name


@dataclass(frozen=True)
class HeldMerge:
    """Two persons the names alone would make one, though only romanisation folding joins their family
    names ("Zhu" and "Zhou Enlai"): kept apart, for a curator to merge or split."""

    mention: MentionKey  # the mention kept apart
    other: MentionKey  # a mention of the person it would have joined
    reason: str


@dataclass
class Cluster:
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    parsed: list[PersonName] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)  # persons: the family name of every reading

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.documents.add(mention.document)
        if self.kind == "person":
            name = parse(mention.name)
            self.parsed.append(name)
            self.surnames.update(family for family, _ in name.readings())

    def absorb(self, other: Cluster) -> None:
        self.mentions += other.mentions
        self.parsed += other.parsed
        self.documents |= other.documents
        self.surnames |= other.surnames

    def folds_with(self, name: PersonName) -> bool:
        """Whether a family name of ``name`` is alike one of the cluster's only when folded."""
        return any(surname_agreement(f, s) == "folded" for f, _ in name.readings() for s in self.surnames)


def families(name: PersonName) -> set[str]:
    """Keys of the family name in every reading, and its pinyin readings when it is a Chinese syllable
    ("jen" and "ren"): two compatible names share one."""
    out = set()
    for family, _ in name.readings():
        out.add(key(family))
        out.update(f"pinyin:{s}" for s in chinese_readings(family))
    return out


def phrase_key(text: str) -> str:
    """Folded, abbreviation-normalised, romanisation-keyed words of a name, particles dropped."""
    text = fold(text)
    for pattern, replacement in ABBREVIATIONS:
        text = re.sub(pattern, replacement, text)
    return " ".join(key(w) for w in text.split() if w not in SMALL_WORDS)


def neighbours(mentions: list[Mention]) -> dict[str, set[str]]:
    """Per document, the keys of the names it gives (family names of persons, whole names of the rest)."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        tokens = parse(m.name).full if m.kind == "person" else ()
        word = key(tokens[-1]) if tokens else phrase_key(m.name)
        if word:
            out.setdefault(m.document, set()).add(word)
    return out


def group_persons(
    mentions: list[Mention],
    blocked: Blocked,
    context: dict[str, set[str]],
    held: list[HeldMerge] | None = None,
) -> list[Cluster]:
    """Fullest names first; a bare family name joins a person of another document only when the two
    documents share another name (a correspondent, a place): two Murphys of unrelated pages stay two.
    A join only folding supports is appended to ``held`` instead of made."""

    def fullness(m: Mention) -> tuple[int, int, tuple[str, str, int]]:
        name = parse(m.name)
        return (-len(name.full), -len(name.tokens), m.key)

    def related(mention: Mention, name: PersonName, cluster: Cluster) -> bool:
        if mention.document in cluster.documents or len(name.tokens) > 1:
            return True
        own = context.get(mention.document, set()) - {key(t) for t in name.tokens}
        return any(own & context.get(d, set()) for d in cluster.documents)

    def choice(mention: Mention, name: PersonName, near: list[Cluster], loose: bool) -> Cluster | None:
        fits = [c for c in near if all(agreement(name, n, loose) for n in c.parsed)]
        fits = [c for c in fits if not blocked(mention, c) and related(mention, name, c)]
        if len(fits) > 1:
            fits = [c for c in fits if mention.document in c.documents]
        return fits[0] if len(fits) == 1 else None

    clusters: list[Cluster] = []
    by_family: dict[str, list[Cluster]] = {}
    for mention in sorted(mentions, key=fullness):
        name = parse(mention.name)
        near = list({id(c): c for f in sorted(families(name)) for c in by_family.get(f, [])}.values())
        chosen = choice(mention, name, near, loose=False)
        if chosen is None and any(c.folds_with(name) for c in near):
            would = choice(mention, name, near, loose=True)
            if would is not None and held is not None:
                held.append(_held(mention, name, would))
        if chosen is None:
            chosen = Cluster("person")
            clusters.append(chosen)
        chosen.add(mention)
        for family in families(name):
            if chosen not in by_family.setdefault(family, []):
                by_family[family].append(chosen)
    return clusters


def _held(mention: Mention, name: PersonName, cluster: Cluster) -> HeldMerge:
    """The merge held, with the two family names that only folding joins."""
    for other, parsed in zip(cluster.mentions, cluster.parsed, strict=True):
        if pair := folded_surnames(name, parsed):
            ours, theirs = (p.capitalize() for p in pair)
            reason = (
                f"the family names {ours} and {theirs} are alike only when romanisations are folded "
                f"(both {key(pair[0])!r}), not one name in two spellings"
            )
            return HeldMerge(mention.key, other.key, reason)
    return HeldMerge(mention.key, cluster.mentions[0].key, "the names are alike only when folded")


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
