"""SPARQL SELECT against an authority endpoint (SPARQLWrapper), through the response cache.

Without an endpoint only the cache answers; a request it has never seen raises
:class:`OfflineMiss`, which the linker turns into "linking skipped" rather than a failure.
"""

from __future__ import annotations

import logging
from typing import Any

from chancery import __version__
from chancery.errors import EndpointError
from chancery.link.cache import ResponseCache

log = logging.getLogger(__name__)

Row = dict[str, dict[str, str]]  # a SPARQL JSON binding: {"item": {"type": "uri", "value": ...}}
USER_AGENT = f"chancery/{__version__} (archival knowledge graphs; entity linking)"


class OfflineMiss(Exception):
    """A request the cache does not hold, and no endpoint to ask."""


class SparqlEndpoint:
    def __init__(self, url: str | None, cache: ResponseCache, *, refresh: bool = False):
        self.url = url
        self.cache = cache
        self.refresh = refresh
        self.asked = 0  # requests sent over the network
        self.cached = 0  # requests answered by the cache

    @property
    def service(self) -> str:
        """The name responses are cached under: the same for every endpoint of a slice or a mirror."""
        return "sparql"

    def select(self, query: str) -> list[Row]:
        if not self.refresh or self.url is None:
            hit = self.cache.get(self.service, query)
            if hit is not None:
                self.cached += 1
                return list(hit)
        if self.url is None:
            raise OfflineMiss(query)
        rows = self._ask(self.url, query)
        self.asked += 1
        self.cache.put(self.service, query, rows)
        return rows

    @staticmethod
    def _ask(url: str, query: str) -> list[Row]:
        """POST (long queries fit); an endpoint that refuses POST (405) is asked with GET."""
        from urllib.error import HTTPError

        from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper

        for method in (POST, GET):
            client = SPARQLWrapper(url, agent=USER_AGENT)
            client.setMethod(method)
            client.setReturnFormat(JSON)
            client.setTimeout(60)
            client.setQuery(query)
            try:
                result: Any = client.query().convert()
                return list(result["results"]["bindings"])
            except HTTPError as exc:
                if exc.code != 405 or method == GET:
                    raise EndpointError(f"authority endpoint failed: {exc}", path=url) from exc
            except Exception as exc:  # SPARQLWrapper raises urllib's and its own errors
                raise EndpointError(f"authority endpoint failed: {exc}", path=url) from exc
        raise EndpointError("authority endpoint refused GET and POST", path=url)
