"""Generators of page blocks: each composes realistic variants of one block kind from independent choices.

A generator module has ``KIND``, ``compose(rng) -> Case`` (the block's lines or text, with what a reader
must recover from it) and ``recover(case)`` (what today's reader recovers, in the same shape). Its
docstring says what "exact recovery" means for the kind. Case ``i`` of a kind is composed from its own
``random.Random(f"{kind}/{seed}/{i}")``, so any case can be composed again alone.

    from sources.generators import measure     # tests/ on sys.path, as pytest puts it
    result = measure("distribution", 2000)      # result.rate, result.failures[:10], result.by_choice()
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from . import citation, dateline, distribution, drafting, header, participants, signature
from .case import Case

__all__ = ["GENERATORS", "KINDS", "Case", "Failure", "Measure", "case", "cases", "measure"]


GENERATORS: dict[str, ModuleType] = {
    m.KIND: m for m in (distribution, header, signature, drafting, dateline, citation, participants)
}
KINDS = tuple(GENERATORS)


@dataclass
class Failure:
    index: int
    case: Case
    got: Any

    def __str__(self) -> str:
        text = self.case.text if isinstance(self.case.text, str) else "\n    | ".join(self.case.text)
        return (
            f"#{self.index} {self.case.choices}\n    | {text}\n"
            f"    expected {self.case.expected!r}\n    got      {self.got!r}"
        )


@dataclass
class Measure:
    kind: str
    cases: int
    exact: int
    failures: list[Failure]
    tried: Counter[tuple[str, str]]

    @property
    def rate(self) -> float:
        return self.exact / self.cases if self.cases else 1.0

    def by_choice(self) -> list[tuple[str, str, int, int]]:
        """(choice, value, failures, cases) for each choice value that failed, worst share first."""
        failed: Counter[tuple[str, str]] = Counter()
        for f in self.failures:
            failed.update(f.case.choices.items())
        rows = [(k, v, n, self.tried[(k, v)]) for (k, v), n in failed.items()]
        return sorted(rows, key=lambda r: (-r[2] / r[3], -r[2]))


def case(kind: str, index: int, seed: int = 0) -> Case:
    c: Case = GENERATORS[kind].compose(random.Random(f"{kind}/{seed}/{index}"))
    return c


def cases(kind: str, n: int, seed: int = 0) -> Iterator[Case]:
    for i in range(n):
        yield case(kind, i, seed)


def measure(kind: str, n: int, seed: int = 0) -> Measure:
    """Compose ``n`` cases of ``kind`` and count those today's reader recovers exactly."""
    module = GENERATORS[kind]
    failures: list[Failure] = []
    tried: Counter[tuple[str, str]] = Counter()
    for i, c in enumerate(cases(kind, n, seed)):
        tried.update(c.choices.items())
        try:
            got = module.recover(c)
        except Exception as exc:  # a crash is a failure to recover, not an error of the measure
            got = f"{type(exc).__name__}: {exc}"
        if got != c.expected:
            failures.append(Failure(i, c, got))
    return Measure(kind, n, n - len(failures), failures, tried)
