"""The link step of the pipeline: settings -> endpoint, cache and search -> linked entities.

Which candidate search filled a cache is written beside it (``search.txt``), so that an offline
rebuild asks the cache the same questions the online build asked; and which endpoint answered
(``endpoint.txt``), so that the offline rebuild's links name the same source.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from chancery.config import Settings
from chancery.errors import EndpointError
from chancery.link.cache import ResponseCache
from chancery.link.linker import CandidateSearch, Linker, Outcome, evidence
from chancery.link.sparql import OfflineMiss, SparqlEndpoint
from chancery.link.wikidata import LabelScan, WikidataSearch
from chancery.resolve import Decisions, Entity, Resolution
from chancery.resolve.entities import display_label

log = logging.getLogger(__name__)

WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql"
SEARCHES = ("label-scan", "wikidata-api")
SEARCH_FILE = "search.txt"  # beside the cache: which candidate search filled it
ENDPOINT_FILE = "endpoint.txt"  # and which endpoint answered (the source of the links it gives)


@dataclass
class LinkReport:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: str | None = None  # why linking did not happen
    notes: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def links(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.verdict in ("link", "curator", "given")]

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
    report = LinkReport(source=url or _recorded(folder, ENDPOINT_FILE) or f"cache {folder}")
    if url is None and (folder is None or not folder.is_dir()):
        report.skipped = "no --link-endpoint and no link cache: linking skipped"
    else:
        try:
            report.outcomes = _linker(url, folder, settings, decisions).run(resolution.entities)
        except OfflineMiss:
            report.skipped = f"the link cache in {folder} does not answer for these entities: linking skipped"
        except EndpointError as exc:
            report.skipped = f"{exc}: linking skipped (the answers received are cached)"
    if report.skipped:
        report.notes.append(report.skipped)
        report.outcomes = _curated_only(resolution, decisions)
    for outcome in report.links:
        apply(outcome, report.source)
    report.notes += merge_linked(resolution)
    if not report.skipped:
        unlinked = len(report.outcomes) - len(report.links) - len(report.review)
        report.notes.append(
            f"linking: {len(report.links)} linked, {len(report.review)} to review "
            f"(scores {settings.link_low:.2f}-{settings.link_high:.2f}), {unlinked} not linked"
        )
    return report


def _linker(url: str | None, folder: Path | None, settings: Settings, decisions: Decisions) -> Linker:
    cache = ResponseCache(folder)
    endpoint = SparqlEndpoint(url, cache, refresh=settings.link_refresh)
    live = url is not None and url.rstrip("/") == WIKIDATA_QUERY_SERVICE
    kind = SEARCHES[1] if live else SEARCHES[0] if url else _search_of(folder)
    if url and folder:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / SEARCH_FILE).write_text(kind + "\n", encoding="utf-8")
        (folder / ENDPOINT_FILE).write_text(url + "\n", encoding="utf-8")
    search: CandidateSearch = LabelScan(endpoint)
    if kind == SEARCHES[1]:
        search = WikidataSearch(cache, refresh=settings.link_refresh, offline=url is None)
    return Linker(endpoint, search, decisions, kind == SEARCHES[0], settings.link_high, settings.link_low)


def _search_of(folder: Path | None) -> str:
    kind = _recorded(folder, SEARCH_FILE) or SEARCHES[0]
    return kind if kind in SEARCHES else SEARCHES[0]


def _recorded(folder: Path | None, name: str) -> str | None:
    """What the online build wrote beside its cache: the search it used, the endpoint it asked."""
    if folder is None or not (folder / name).is_file():
        return None
    return (folder / name).read_text(encoding="utf-8").strip() or None


def _curated_only(resolution: Resolution, decisions: Decisions) -> list[Outcome]:
    """Offline and uncached: the curators' decisions and the sources' own ids still hold."""
    linker = Linker(
        SparqlEndpoint(None, ResponseCache(None)), LabelScan(SparqlEndpoint(None, ResponseCache(None)))
    )
    linker.decisions = decisions
    for entity in resolution.entities:
        linker.refused(entity)  # a not-same-as still applies, even when nothing is asked
    return [o for e in resolution.entities if (o := linker.settled(e, []))]


def apply(outcome: Outcome, source: str) -> None:
    """Write a link onto its entity: authority ids, coordinates, evidence."""
    entity: Entity = outcome.entity
    best = outcome.best
    found = evidence(outcome, source)
    if best is None or found is None:
        return
    candidate = best.candidate
    entity.authority[candidate.authority] = candidate.id
    for name, value in sorted(candidate.ids.items()):
        entity.authority.setdefault(name, value)
    if candidate.coordinates and entity.kind == "place" and entity.coordinates is None:
        entity.coordinates = candidate.coordinates
    entity.link_evidence.append(found)


def merge_linked(resolution: Resolution) -> list[str]:
    """Entities of one kind linked to the same Wikidata item (or GeoNames feature) become one."""
    notes = []
    survivors: dict[tuple[str, str, str], Entity] = {}
    for entity in list(resolution.entities):
        ids = [
            (entity.kind, a, entity.authority[a]) for a in ("wikidata", "geonames") if a in entity.authority
        ]
        first = next((survivors[i] for i in ids if i in survivors), None)
        if first is None:
            survivors.update((i, entity) for i in ids)
            continue
        _absorb(first, entity)
        resolution.entities.remove(entity)
        for key, value in resolution.mentions.items():
            if value is entity:
                resolution.mentions[key] = first
        notes.append(f"one entity: {first.label!r} and {entity.label!r} (both {ids[0][1]} {ids[0][2]})")
    return notes


def _absorb(into: Entity, other: Entity) -> None:
    into.forms |= other.forms
    into.names |= other.names
    into.documents |= other.documents
    into.years |= other.years
    into.roles |= other.roles
    for name, value in sorted(other.authority.items()):
        into.authority.setdefault(name, value)
    into.coordinates = into.coordinates or other.coordinates
    known = {(e.authority, e.id) for e in into.link_evidence}
    into.link_evidence += [e for e in other.link_evidence if (e.authority, e.id) not in known]
    into.label = display_label(sorted(into.names), into.kind)
