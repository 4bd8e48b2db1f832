"""Authority links: entities of the collection -> Wikidata (and through it VIAF, LCNAF, GND,
GeoNames), GeoNames for places Wikidata does not give.

:func:`link` is the step the pipeline runs between :func:`chancery.resolve.resolve` and the graph:
it fills each linked :class:`~chancery.resolve.Entity`'s ``authority``, ``coordinates`` and
``link_evidence`` and returns a :class:`LinkReport` (links, candidates to review, notes). Responses
are cached on disk; without an endpoint the cache answers, and without either linking is skipped.

Modules, in the order the data goes: :mod:`.wikidata` and :mod:`.geonames` (candidate search and
statements over SPARQL, through :mod:`.sparql` and :mod:`.cache`), :mod:`.features` (what a person
can read, and the score), :mod:`.linker` (decide), :mod:`.review` (the file curators decide from),
:mod:`.step` (settings in, linked entities out).
"""

from __future__ import annotations

from chancery.link.features import HIGH, LOW
from chancery.link.linker import Outcome
from chancery.link.step import LinkReport, link

__all__ = ["HIGH", "LOW", "LinkReport", "Outcome", "link"]
