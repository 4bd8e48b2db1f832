"""Curators' decisions: a small text file, committed with the data, that every build applies.

One decision a line; ``#`` starts a comment; a name is any form of the entity as written, its
display label, or its key::

    merge Cde. I. V. Stalin | Joseph Stalin      # these names are one entity
    split Murphy                                 # mentions written "Murphy" are an entity of their own
    split Murphy | John M. Murphy                # ... or are never joined with that entity
    same-as Alihan Tore | https://www.wikidata.org/entity/Q1234    # link it to this authority record
    not-same-as Politburo | http://www.wikidata.org/entity/Q842008  # never link it to that one
    accept Beria | Q141829                       # a reviewed candidate link, kept (same as same-as)
    reject Politburo | Q842008                   # a reviewed candidate link, refused (= not-same-as)

Authority records may be written as canonical IRIs (Wikidata, VIAF, GeoNames, LCNAF, GND) or as
bare Wikidata ids. A build reports the decisions that no longer apply to any entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chancery.errors import ConfigError

VERBS = ("merge", "split", "same-as", "not-same-as", "accept", "reject")
LINK_VERBS = {"same-as": True, "accept": True, "not-same-as": False, "reject": False}

# canonical IRI patterns -> authority name (the keys of Entity.authority)
AUTHORITY_IRIS: tuple[tuple[str, str], ...] = (
    ("wikidata", r"^(?:https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/|wd:)?(Q\d+)$"),
    ("viaf", r"^https?://viaf\.org/viaf/(\d+)/?$"),
    ("geonames", r"^https?://(?:sws\.|www\.)?geonames\.org/(\d+)/?.*$"),
    ("lcnaf", r"^https?://id\.loc\.gov/authorities/names/(\w+?)(?:\.html)?$"),
    ("gnd", r"^https?://d-nb\.info/gnd/([\w-]+)/?$"),
)


def authority_of(text: str) -> tuple[str, str] | None:
    """``("wikidata", "Q855")`` for ``https://www.wikidata.org/entity/Q855``, ``wd:Q855`` or ``Q855``."""
    for name, pattern in AUTHORITY_IRIS:
        found = re.match(pattern, text.strip())
        if found:
            return name, found.group(1)
    return None


@dataclass(frozen=True)
class Decision:
    verb: str
    subject: str
    other: str | None
    line: int
    text: str

    @property
    def authority(self) -> tuple[str, str] | None:
        return authority_of(self.other) if self.other else None


@dataclass
class Decisions:
    items: list[Decision] = field(default_factory=list)
    path: Path | None = None
    applied: set[int] = field(default_factory=set)  # line numbers of decisions that took effect

    def of(self, *verbs: str) -> list[Decision]:
        return [d for d in self.items if d.verb in verbs]

    def mark(self, decision: Decision) -> None:
        self.applied.add(decision.line)

    def unused(self) -> list[Decision]:
        return [d for d in self.items if d.line not in self.applied]

    def report(self) -> list[str]:
        """One note per decision that no longer applies."""
        where = self.path or "decisions"
        return [f"{where}:{d.line}: decision no longer applies: {d.text}" for d in self.unused()]


def read_decisions(path: Path | None) -> Decisions:
    """The decisions of ``path`` (none when ``path`` is ``None``); a bad line raises ConfigError."""
    if path is None:
        return Decisions()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read decisions: {exc.strerror}", path=path) from exc
    return Decisions([d for n, line in enumerate(text.splitlines(), 1) if (d := _parse(line, n, path))], path)


def _parse(line: str, number: int, path: Path) -> Decision | None:
    text = re.sub(r"(^|\s)#.*$", "", line).strip()
    if not text:
        return None
    verb, _, rest = text.partition(" ")
    verb = verb.lower()
    subject, bar, other = (part.strip() for part in rest.partition("|"))
    if verb not in VERBS or not subject:
        raise ConfigError(f"line {number}: expected one of {', '.join(VERBS)} and a name", path=path)
    if verb != "split" and not bar:
        raise ConfigError(f"line {number}: {verb} needs two sides: NAME | OTHER", path=path)
    decision = Decision(verb, subject, other or None, number, text)
    if verb in LINK_VERBS and decision.authority is None:
        raise ConfigError(f"line {number}: not an authority IRI or Wikidata id: {other}", path=path)
    return decision
