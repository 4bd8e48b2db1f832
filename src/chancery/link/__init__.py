"""Authority links: entities of the collection -> Wikidata (and through it VIAF, LCNAF, GND,
GeoNames), GeoNames for places Wikidata does not give.

:func:`link` is the step the pipeline runs between :func:`chancery.resolve.resolve` and the graph:
it fills each linked :class:`~chancery.resolve.Entity`'s ``authority``, ``coordinates`` and
``link_evidence`` and returns a :class:`LinkReport` (links, candidates to review, notes). Responses
are cached on disk; without an endpoint the cache answers, and without either linking is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from chancery.config import Settings
from chancery.link.cache import ResponseCache
from chancery.link.features import HIGH, LOW
from chancery.link.linker import Linker, Outcome, evidence
from chancery.link.sparql import OfflineMiss, SparqlEndpoint
from chancery.link.wikidata import LabelScan, WikidataSearch
from chancery.resolve import Decisions, Entity, Resolution

log = logging.getLogger(__name__)

WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql"

__all__ = ["HIGH", "LOW", "LinkReport", "Outcome", "link"]


@dataclass
class LinkReport:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: str | None = None  # why linking did not happen
    notes: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def links(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.verdict in ("link", "curator")]

    @property
    def review(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.verdict == "review"]


def cache_dir(settings: Settings, out: Path | None) -> Path | None:
    if settings.link_cache_dir:
        return Path(settings.link_cache_dir)
    return Path(out) / ".cache" if out else None


def link(
    resolution: Resolution, settings: Settings, decisions: Decisions | None = None, out: Path | None = None
) -> LinkReport:
    """Link the entities of ``resolution`` in place; what happened is in the report."""
    decisions = decisions or Decisions()
    folder = cache_dir(settings, out)
    url = settings.link_endpoint
    report = LinkReport(source=url or f"cache {folder}")
    if url is None and (folder is None or not folder.is_dir()):
        report.skipped = "no --link-endpoint and no link cache: linking skipped"
    else:
        cache = ResponseCache(folder)
        endpoint = SparqlEndpoint(url, cache, refresh=settings.link_refresh)
        linker = Linker(endpoint, _search(url, endpoint, cache, settings), decisions)
        try:
            report.outcomes = linker.run(resolution.entities)
        except OfflineMiss:
            report.skipped = f"the link cache in {folder} does not answer for these entities: linking skipped"
            report.outcomes = []
    if report.skipped:
        report.notes.append(report.skipped)
        report.outcomes = _curated_only(resolution, decisions)
    for outcome in report.links:
        apply(outcome, report.source)
    if report.skipped:
        return report
    unlinked = len(report.outcomes) - len(report.links) - len(report.review)
    report.notes.append(
        f"linking: {len(report.links)} linked, {len(report.review)} to review "
        f"(scores {LOW:.2f}-{HIGH:.2f}), {unlinked} not linked"
    )
    return report


def _search(url: str | None, endpoint: SparqlEndpoint, cache: ResponseCache, settings: Settings) -> object:
    if url and url.rstrip("/") == WIKIDATA_QUERY_SERVICE:
        return WikidataSearch(cache, refresh=settings.link_refresh)
    return LabelScan(endpoint)


def _curated_only(resolution: Resolution, decisions: Decisions) -> list[Outcome]:
    """Offline and uncached: the curators' same-as decisions still hold."""

    class Nowhere:
        def select(self, query: str) -> list[dict[str, dict[str, str]]]:
            raise OfflineMiss(query)

    linker = Linker(Nowhere(), LabelScan(Nowhere()), decisions)  # type: ignore[arg-type]
    return [o for e in resolution.entities if (o := linker._curated(e, []))]


def apply(outcome: Outcome, source: str) -> None:
    """Write a link onto its entity: authority ids, coordinates, evidence."""
    entity: Entity = outcome.entity
    best = outcome.best
    found = evidence(outcome, source)
    if best is None or found is None:
        return
    candidate = best.candidate
    entity.authority[candidate.authority] = candidate.id
    for name, value in candidate.ids.items():
        entity.authority.setdefault(name, value)
    if candidate.coordinates and entity.kind == "place":
        entity.coordinates = candidate.coordinates
    entity.link_evidence.append(found)
