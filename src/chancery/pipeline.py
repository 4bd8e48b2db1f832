"""The order of the steps, and nothing else: read -> resolve -> link -> build graph -> validate -> dump."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from chancery.config import Settings
from chancery.sources import Outcome, read_sources

if TYPE_CHECKING:
    from chancery.link import LinkReport
    from chancery.model import Record
    from chancery.resolve import Resolution


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
    from chancery.validate import validate

    outcome = read_sources(paths)
    result = BuildResult(outcome)
    resolution, linking = resolve_and_link(outcome.records, settings, out)
    result.notes += linking.notes
    dataset = build_graph(outcome.records, resolution, settings)
    if settings.validate:
        result.report = validate(dataset, settings)
    if result.conforms:
        result.written = dump(dataset, out, settings)
    return result


def resolve_and_link(
    records: list[Record], settings: Settings, out: Path | None = None
) -> tuple[Resolution, LinkReport]:
    """Entities of the records, linked to authorities; the curators' decisions applied to both steps.

    Returns the :class:`~chancery.resolve.Resolution` and the :class:`~chancery.link.LinkReport`
    (whose notes say whether linking was skipped and which decisions no longer apply).
    """
    from chancery.link import link
    from chancery.resolve import read_decisions, resolve

    decisions = read_decisions(settings.decisions_file)
    resolution = resolve(records, decisions)
    report = link(resolution, settings, decisions, out)
    report.notes = resolution.notes + report.notes + decisions.report()
    return resolution, report


def link_sources(
    paths: Iterable[str | Path], settings: Settings, out: Path | None = None
) -> tuple[Outcome, Resolution, LinkReport]:
    """Read, resolve and link, without building a graph (``chancery link``)."""
    outcome = read_sources(paths)
    resolution, report = resolve_and_link(outcome.records, settings, out)
    return outcome, resolution, report
