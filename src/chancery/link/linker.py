"""The linker: candidates for every entity, scored, decided, explained.

Persons, organisations and places are looked up in Wikidata (labels and aliases, or the search
API); places Wikidata does not give are looked up in GeoNames. A curator's ``same-as``/``accept``
decision links without asking; ``not-same-as``/``reject`` removes a candidate. Scores are made twice:
the second time with the context of what the first pass linked in the same documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from chancery.lexicon.particles import CONNECTIVES, PARTICLES
from chancery.lexicon.titles import QUALIFIER_WORDS, TITLE_WORDS
from chancery.link.candidates import Candidate
from chancery.link.features import HIGH, LOW, Assessment, assess, decide
from chancery.link.geonames import fetch_features, search_features
from chancery.link.sparql import SparqlEndpoint
from chancery.link.wikidata import fetch_items
from chancery.resolve import Decisions, Entity, LinkEvidence
from chancery.resolve.names import clean


class CandidateSearch(Protocol):
    def search(
        self, names: Iterable[str], words: Iterable[str] = (), stems: Iterable[str] = ()
    ) -> list[str]: ...


@dataclass
class Outcome:
    """What the linker made of one entity."""

    entity: Entity
    verdict: str  # "link" | "review" | "none" | "curator" (a decision) | "given" (by the source)
    best: Assessment | None = None
    others: list[Assessment] = field(default_factory=list)


@dataclass
class Linker:
    endpoint: SparqlEndpoint
    search: CandidateSearch
    decisions: Decisions = field(default_factory=Decisions)
    geonames: bool = True  # also look places up in GeoNames' own shape at the same endpoint
    high: float = HIGH  # link at or above (see chancery.link.features)
    low: float = LOW  # drop below; review in between

    def run(self, entities: list[Entity]) -> list[Outcome]:
        candidates = {e.key + e.kind: self._candidates(e) for e in entities}
        first = {id(e): self._judge(e, candidates[e.key + e.kind]) for e in entities}
        linked = {id(e) for e in entities if first[id(e)].verdict in ("link", "curator", "given")}
        outcomes = []
        for entity in entities:
            context = sum(
                1 for o in entities if id(o) in linked and o is not entity and o.documents & entity.documents
            )
            outcome = self._judge(entity, candidates[entity.key + entity.kind], context)
            outcomes.append(outcome)
        return outcomes

    def _candidates(self, entity: Entity) -> list[Candidate]:
        refused = self.refused(entity)
        qids = self.search.search(query_names(entity), *words_and_stems(entity))
        qids += [value for authority, value in self._decided(entity) if authority == "wikidata"]
        items = [c for c in fetch_items(self.endpoint, qids).values() if c.id not in refused]
        if entity.kind == "place" and self.geonames:
            ids = search_features(self.endpoint, query_names(entity))
            items += [c for c in fetch_features(self.endpoint, ids).values() if c.id not in refused]
        return items

    def _decided(self, entity: Entity) -> list[tuple[str, str]]:
        """Authority ids a curator or the source itself gives for the entity."""
        given = [d.authority for d in self.decisions.of("same-as", "accept") if entity.matches(d.subject)]
        return [a for a in given if a] + sorted(entity.authority.items())

    def refused(self, entity: Entity) -> set[str]:
        refused = set()
        for decision in self.decisions.of("not-same-as", "reject"):
            if entity.matches(decision.subject) and decision.authority:
                self.decisions.mark(decision)
                refused.add(decision.authority[1])
        return refused

    def _judge(self, entity: Entity, candidates: list[Candidate], context: int = 0) -> Outcome:
        """Score the candidates; ``context``: entities of the same documents the first pass linked."""
        settled = self.settled(entity, candidates)
        if settled:
            return settled
        wikidata = [assess(entity, c, context) for c in candidates if c.authority == "wikidata"]
        verdict, best = decide(wikidata, self.high, self.low)
        if verdict == "none" and entity.kind == "place":
            geo = [c for c in candidates if c.authority == "geonames"]
            scored = [assess(entity, c, context, prominence(entity, c, geo)) for c in geo]
            verdict, best = decide(scored, self.high, self.low)
            wikidata = []
        others = sorted((a for a in wikidata if a is not best), key=lambda a: -a.score)[:3]
        return Outcome(entity, verdict, best, others)

    def settled(self, entity: Entity, candidates: list[Candidate]) -> Outcome | None:
        """A curator's same-as (or accept) decision, or an id the source gave: no scoring needed."""
        for decision in self.decisions.of("same-as", "accept"):
            if entity.matches(decision.subject) and decision.authority:
                self.decisions.mark(decision)
                where = f"{self.decisions.path or 'decisions'}:{decision.line}"
                return self._given(entity, candidates, decision.authority, "curator", where)
        for authority in ("wikidata", "geonames"):
            if authority in entity.authority:
                pair = (authority, entity.authority[authority])
                return self._given(entity, candidates, pair, "given", "the source")
        return None

    @staticmethod
    def _given(
        entity: Entity, candidates: list[Candidate], pair: tuple[str, str], verdict: str, where: str
    ) -> Outcome:
        authority, value = pair
        known = next((c for c in candidates if c.authority == authority and c.id == value), None)
        candidate = known or Candidate(authority, value)
        features = {"decision": where}
        return Outcome(entity, verdict, Assessment(candidate, 1.0, features, candidate.label))


def prominence(entity: Entity, feature: Candidate, features: list[Candidate]) -> float:
    """The feature's share of the population of the features named like the entity."""
    from chancery.link.features import name_similarity

    named = [f for f in features if name_similarity(entity, f)[0] >= 0.9]
    total = sum(f.population or 0 for f in named)
    return (feature.population or 0) / total if total else 0.0


def query_names(entity: Entity) -> list[str]:
    """The entity's names as a label scan looks them up (lower case, several spellings)."""
    out: set[str] = set()
    for name in entity.names | entity.forms | {clean(f) for f in entity.forms}:
        for text in (name, name.replace(",", ""), " ".join(name.split())):
            out.add(text.lower().strip())
        if entity.kind == "person" and "," not in name:
            tokens = name.split()
            if len(tokens) > 1:
                out.add(f"{tokens[-1]}, {' '.join(tokens[:-1])}".lower())
    return sorted(n for n in out if n)


def words_and_stems(entity: Entity) -> tuple[list[str], list[str]]:
    """Whole words a label must have (family and given names; the longer words of a body), and stems
    it may contain instead (the first letters of long names, whose endings romanisations vary)."""
    words: set[str] = set()
    stems: set[str] = set()
    for name in entity.names:
        if entity.kind == "person":
            tokens = [t for t in re.findall(r"[^\W\d_]+", name.lower()) if len(t) > 1]
            words.update(t for t in tokens if not _is_title(t))
            stems.update(t[:5] for t in tokens if len(t) >= 6)
        elif entity.kind == "organization":
            words.update(w for w in re.findall(r"[^\W\d_]{5,}", name.lower()))
    return sorted(words), sorted(stems)


def _is_title(word: str) -> bool:
    """A title, an office or a small word: not a word a label must have."""
    return any(word in words for words in (TITLE_WORDS, QUALIFIER_WORDS, CONNECTIVES, PARTICLES))


def evidence(outcome: Outcome, source: str) -> LinkEvidence | None:
    best = outcome.best
    if best is None or outcome.verdict not in ("link", "curator", "given"):
        return None
    method = {"link": "score", "curator": "curator", "given": "source"}[outcome.verdict]
    features = dict(best.features)
    source = str(features.pop("decision", source))
    return LinkEvidence(best.candidate.authority, best.candidate.id, best.score, features,
                        source, method, best.matched, best.candidate.description)  # fmt: skip
