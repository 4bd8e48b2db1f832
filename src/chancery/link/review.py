"""The review file: what the resolver and the linker would neither do nor drop, for a curator to decide.

Two kinds of question: persons kept apart because only romanisation folding joins their family names
("Zhu" and "Zhou Enlai": :meth:`chancery.resolve.Resolution.held_merges`), and candidate links scored
between the thresholds. It is written in the decisions file's own syntax, every decision commented
out: a curator keeps the ``merge`` or ``split`` line of each pair, the ``accept`` or ``reject`` line of
each candidate, uncommented, in the decisions file, and every later build applies it.
"""

from __future__ import annotations

from pathlib import Path

from chancery.link.features import HIGH, LOW
from chancery.link.linker import Outcome
from chancery.resolve import Entity

IRIS = {
    "wikidata": "http://www.wikidata.org/entity/{}",
    "geonames": "https://sws.geonames.org/{}/",
}


def subject(entity: Entity, entities: list[Entity]) -> str:
    """The label when no other entity answers to it, else the entity's unique key."""
    clash = [e for e in entities if e is not entity and e.matches(entity.label)]
    return entity.key if clash else entity.label


Merge = tuple[Entity, Entity, str]  # two entities kept apart, and why


def merges_text(merges: list[Merge]) -> list[str]:
    """The held merges, each with its reason and a merge and a split line to choose from."""
    if not merges:
        return []
    lines = [
        "",
        "# Persons kept apart: their names agree only when romanisations are folded. Copy the merge line",
        "# to make them one, or the split line to keep them apart without asking again.",
    ]
    for one, other, reason in merges:
        lines += ["", f"# {_about(one)} and {_about(other)}", f"#   {reason}"]
        lines += [f"# merge {one.label} | {other.label}", f"# split {one.label} | {other.label}"]
    return lines


def _about(entity: Entity) -> str:
    return f"{entity.label} ({entity.kind}; in {', '.join(sorted(entity.documents))})"


def review_text(outcomes: list[Outcome], entities: list[Entity], merges: list[Merge] | None = None) -> str:
    lines = [
        f"# chancery link review: candidates scored between {LOW:.2f} and {HIGH:.2f}, or too close to",
        "# another candidate. Copy the accept or the reject line of each into the decisions file, without",
        "# its '#'; every later build applies it.",
    ]
    lines += merges_text(merges or [])
    for outcome in sorted(outcomes, key=lambda o: (o.entity.kind, o.entity.key)):
        if outcome.verdict != "review" or outcome.best is None:
            continue
        entity, name = outcome.entity, subject(outcome.entity, entities)
        lines += ["", f"# {_about(entity)}"]
        lines.append(f"#   forms: {'; '.join(sorted(entity.forms))}")
        for assessment in [outcome.best, *outcome.others]:
            if assessment.score < LOW:
                continue
            candidate = assessment.candidate
            iri = IRIS[candidate.authority].format(candidate.id)
            lines.append(f"#   {candidate.id} {candidate.label!r}: {candidate.description}")
            lines.append(f"#     {assessment.explain()}; matched {assessment.matched!r}")
            lines.append(f"# accept {name} | {iri}")
            lines.append(f"# reject {name} | {iri}")
    return "\n".join(lines) + "\n"


def write_review(
    path: Path, outcomes: list[Outcome], entities: list[Entity], merges: list[Merge] | None = None
) -> int:
    """Write the review file; the number of questions it asks (entities to link, merges to decide)."""
    Path(path).write_text(review_text(outcomes, entities, merges), encoding="utf-8")
    return sum(1 for o in outcomes if o.verdict == "review") + len(merges or [])
