"""Features a person can read, and the score the linker makes of them.

* **name**: how well the entity's names match the candidate's labels and aliases, across scripts
  (Cyrillic transliterated, romanisations keyed): 1.0 the same full name; 0.95 the same name in another
  romanisation; 0.9 initials agree with full names; 0.8 a bare family name the authority lists as an
  alias, 0.75 a short form of a body, 0.7 a bare family name it does not list.
  Organisations: the same words, or the same head noun and most words.
* **type**: the candidate's class agrees with the entity's kind, conflicts (a place named Molotov is not
  the man; a person is never a place), or is unknown (many places and bodies have no class).
* **lifespan**: a person was alive and grown up at the document's date; not born, or long dead while
  writing or receiving, rules the candidate out or counts against it.
* **existence** (bodies and places, when the authority dates them): founded after the document rules
  out; dissolved long before it counts against.
* **context**: how many other entities of the same documents are already linked.
* **prominence** (GeoNames only): the feature's share of the population of all features so named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chancery.link.candidates import STATE_CLASSES, Candidate, Name
from chancery.resolve import Entity
from chancery.resolve.clusters import phrase_key
from chancery.resolve.names import agreement, fold, parse, transliterate

HIGH = 0.85  # at or above: link (when no other candidate comes close)
LOW = 0.5  # below: no link; in between: review
MARGIN = 0.1  # the best candidate must beat the next by this much to be linked
ACTIVE_ROLES_EXCLUDED = {"mentioned_persons"}  # roles in which a dead person may be named
LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF.,'’()\-]+$")


@dataclass
class Assessment:
    candidate: Candidate
    score: float
    features: dict[str, Any] = field(default_factory=dict)
    matched: str = ""

    def explain(self) -> str:
        parts = [f"{k} {v}" for k, v in self.features.items()]
        return f"score {self.score:.2f}: " + ", ".join(parts)


def comparable(name: Name) -> str | None:
    """The candidate's name in Latin letters, or None for a script we cannot compare."""
    text = transliterate(name.text)
    return text if LATIN.match(text) else None


def name_similarity(entity: Entity, candidate: Candidate) -> tuple[float, str]:
    """The best match of the entity's names with the candidate's; a form as written that is one of
    the candidate's names, title and all ("Chairman Mao"), is a full match."""
    best, matched = 0.0, ""
    written = {fold(f) for f in entity.forms if len(fold(f).split()) > 1}
    for their in candidate.names:
        if fold(their.text) in written:
            return 1.0, their.text
        text = comparable(their)
        if text is None:
            if any(their.text == ours for ours in entity.names):
                best, matched = max((best, matched), (1.0, their.text))
            continue
        for ours in sorted(entity.names):
            score = _pair(entity.kind, ours, text, their)
            if score > best:
                best, matched = score, their.text
    return best, matched


def _pair(kind: str, ours: str, theirs: str, name: Name) -> float:
    if kind == "person":
        return _person(ours, theirs)
    if kind == "place":
        return _place(ours, theirs, name)
    return _organisation(ours, theirs, name)


def _place(ours: str, theirs: str, name: Name) -> float:
    """Main names and labels count most; a GeoNames alternate of unknown language least."""
    same = fold(ours) == fold(theirs) or fold(ours).replace(" ", "") == fold(theirs).replace(" ", "")
    if same:
        if name.how in ("label", "name"):
            return 1.0
        return 0.8 if name.how == "alternate" and not name.lang else 0.95
    return 0.9 if phrase_key(ours) == phrase_key(theirs) else 0.0


def _person(ours: str, theirs: str) -> float:
    a, b = parse(ours), parse(theirs)
    if a.tokens and a.tokens == b.tokens:
        return 1.0 if len(a.tokens) > 1 else 0.8
    return {"full": 0.95, "initials": 0.9, "family": 0.7}.get(agreement(a, b), 0.0)


def _organisation(ours: str, theirs: str, name: Name) -> float:
    if fold(ours) == fold(theirs):
        return (
            0.75 if name.how == "alias" and len(fold(theirs).split()) == 1 and not theirs.isupper() else 1.0
        )
    a, b = set(phrase_key(ours).split()), set(phrase_key(theirs).split())
    if not a or not b:
        return 0.0
    if a == b:
        return 0.95
    if _head(ours, "en") != _head(theirs, name.lang):
        return 0.0
    shared = len(a & b)
    precision, recall = shared / len(a), shared / len(b)
    return round(0.95 * 2 * precision * recall / (precision + recall), 3) if shared else 0.0


def _head(text: str, lang: str) -> str:
    """The head noun: first word in Russian-like names, else the last word before "of"/"for"."""
    words = fold(transliterate(text)).split()
    if not words:
        return ""
    if lang in ("ru", "uk", "be", "kk", "fr", "es", "it"):
        return phrase_key(words[0])
    for i, word in enumerate(words):
        if word in ("of", "for") and i:
            return phrase_key(words[i - 1])
    return phrase_key(words[-1])


# A document is not written at, sent from or sent to these: what a description opening so says.
NATURAL_FEATURES = frozenset({"river", "lake", "mountain", "mountains", "sea", "ocean", "desert", "glacier"})


def type_agreement(entity: Entity, candidate: Candidate) -> str:
    theirs = candidate.kind()
    opening = fold(candidate.description).split()[:1]
    if entity.kind == "place" and opening and opening[0] in NATURAL_FEATURES:
        return "conflicts"  # "river flowing from Xinjiang...": no one writes from a river
    if not theirs:
        return "unknown"
    if entity.kind == "organization" and candidate.types & STATE_CLASSES:
        return "agrees"  # a state acts as a body
    return "agrees" if theirs == entity.kind else "conflicts"


def existence(entity: Entity, candidate: Candidate) -> str:
    """Bodies and places: founded after the document ("not yet"), or long gone ("ended")."""
    if entity.kind == "person" or not entity.years:
        return "unknown"
    if candidate.born is not None and min(entity.years) < candidate.born:
        return "not yet"
    if candidate.died is not None and max(entity.years) > candidate.died + 1:
        return "ended"
    return "existed" if candidate.born is not None or candidate.died is not None else "unknown"


def lifespan(entity: Entity, candidate: Candidate) -> str:
    if entity.kind != "person":
        return existence(entity, candidate)
    if not entity.years or (candidate.born is None and candidate.died is None):
        return "unknown"
    first, last = min(entity.years), max(entity.years)
    if candidate.born is not None and first < candidate.born:
        return "not born"
    if candidate.born is not None and first - candidate.born < 15:
        return "a child"
    active = entity.roles - ACTIVE_ROLES_EXCLUDED
    if candidate.died is not None and active and last > candidate.died + 1:
        return "dead"
    return "alive"


def assess(
    entity: Entity, candidate: Candidate, context: int = 0, prominence: float | None = None
) -> Assessment:
    name, matched = name_similarity(entity, candidate)
    kind, life = type_agreement(entity, candidate), lifespan(entity, candidate)
    features: dict[str, Any] = {"name": round(name, 3), "type": kind}
    if entity.kind == "person" or life != "unknown":
        features["lifespan" if entity.kind == "person" else "existence"] = life
    features["context"] = context
    if prominence is not None:
        features["prominence"] = round(prominence, 3)
    if kind == "conflicts" or life in ("not born", "not yet") or name == 0:
        return Assessment(candidate, 0.0, features, matched)
    score = name
    if entity.kind == "person":
        score += {"alive": 0.1, "dead": -0.4, "a child": -0.4}.get(life, 0.0)
        score -= 0.1 if kind == "unknown" else 0.0
    elif life == "ended":
        score -= 0.2
    if name >= 0.75:  # context confirms a name; it does not make one
        score += min(0.1, 0.05 * context)
    if prominence is not None:
        score *= 0.6 + 0.4 * prominence
    return Assessment(candidate, round(max(0.0, min(1.0, score)), 3), features, matched)


def decide(
    assessments: list[Assessment], high: float = HIGH, low: float = LOW
) -> tuple[str, Assessment | None]:
    """("link" | "review" | "none", the best assessment)."""
    ranked = sorted(assessments, key=lambda a: (-a.score, a.candidate.id))
    if not ranked or ranked[0].score < low:
        return "none", ranked[0] if ranked else None
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if best.score >= high and best.score - runner_up >= MARGIN:
        return "link", best
    return "review", best
