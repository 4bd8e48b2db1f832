"""The review file: candidates the linker would neither make nor drop, for a curator to decide.

It is written in the decisions file's own syntax, every decision commented out: a curator keeps the
``accept`` or the ``reject`` line of each candidate, uncommented, in the decisions file, and every
later build applies it.
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


def review_text(outcomes: list[Outcome], entities: list[Entity]) -> str:
    lines = [
        f"# chancery link review: candidates scored between {LOW:.2f} and {HIGH:.2f}, or too close to",
        "# another candidate. Copy the accept or the reject line of each into the decisions file, without",
        "# its '#'; every later build applies it.",
    ]
    for outcome in sorted(outcomes, key=lambda o: (o.entity.kind, o.entity.key)):
        if outcome.verdict != "review" or outcome.best is None:
            continue
        entity, name = outcome.entity, subject(outcome.entity, entities)
        lines += ["", f"# {entity.label} ({entity.kind}; in {', '.join(sorted(entity.documents))})"]
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


def write_review(path: Path, outcomes: list[Outcome], entities: list[Entity]) -> int:
    """Write the review file; the number of entities it asks about."""
    Path(path).write_text(review_text(outcomes, entities), encoding="utf-8")
    return sum(1 for o in outcomes if o.verdict == "review")
