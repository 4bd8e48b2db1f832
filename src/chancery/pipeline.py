"""The order of the steps, and nothing else: read -> resolve -> link -> build graph -> validate -> dump."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chancery.config import Settings
from chancery.sources import Outcome, read_sources


def extract(paths: Iterable[str | Path]) -> Outcome:
    """Records of every source under ``paths`` (errors per file in the outcome)."""
    return read_sources(paths)


@dataclass
class BuildResult:
    outcome: Outcome
    report: object | None = None  # chancery.validate.ValidationReport
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the user should know (linking skipped...)

    @property
    def conforms(self) -> bool:
        return self.report is None or bool(getattr(self.report, "conforms", True))


def build(paths: Iterable[str | Path], out: Path, settings: Settings) -> BuildResult:
    """Read, resolve, link, build the graph, validate it, and write the dumps when it conforms."""
    from chancery.graph import build_graph
    from chancery.publish.dumps import dump
    from chancery.resolve import resolve
    from chancery.validate import validate

    outcome = read_sources(paths)
    result = BuildResult(outcome)
    resolution = resolve(outcome.records)
    dataset = build_graph(outcome.records, resolution, settings)
    if settings.validate:
        result.report = validate(dataset, settings)
    if result.conforms:
        result.written = dump(dataset, out, settings)
    return result
