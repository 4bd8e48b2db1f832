"""Wikidata: candidate search (swappable) and the statements the linker reads.

Two candidate searches share one interface, ``search(names, words, stems) -> list of Q-ids``:

* :class:`LabelScan` matches labels and aliases in SPARQL. It suits any endpoint of Wikidata's shape
  holding a slice (tests serve one on 127.0.0.1); against the public service it is far too slow.
* :class:`WikidataSearch` asks Wikidata's search API (``wbsearchentities``) — for live Wikidata.

:func:`fetch_items` then reads, in plain SPARQL (no ``SERVICE wikibase:label``), labels, aliases,
descriptions, instance-of, birth and death dates, coordinates and the identifiers of other authorities.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterable

from chancery.errors import EndpointError
from chancery.link.cache import ResponseCache
from chancery.link.candidates import Candidate, Name
from chancery.link.sparql import USER_AGENT, OfflineMiss, Row, SparqlEndpoint

ENTITY = "http://www.wikidata.org/entity/"
PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
"""

# Wikidata properties read for every candidate: property -> what the linker calls it.
PROPERTIES = {
    "P31": "type",
    "P569": "born",
    "P570": "died",
    "P571": "began",  # inception of a body or place (kept as born)
    "P576": "ended",  # dissolution (kept as died)
    "P625": "coordinates",
    "P1566": "geonames",
    "P214": "viaf",
    "P244": "lcnaf",
    "P227": "gnd",
}


def literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class LabelScan:
    """Candidates whose label or alias, in any language, is one of the names, has one of the words
    (whole words, punctuation aside), or contains one of the stems."""

    SEPARATORS = r"[\s,.;:()'’-]+"  # what separates words in a label

    def __init__(self, endpoint: SparqlEndpoint):
        self.endpoint = endpoint

    def search(self, names: Iterable[str], words: Iterable[str] = (), stems: Iterable[str] = ()) -> list[str]:
        names, words, stems = sorted(set(names)), sorted(set(words)), sorted(set(stems))
        tests = [f"LCASE(STR(?label)) IN ({', '.join(literal(n) for n in names)})"] if names else []
        tests += [f"CONTAINS(?padded, {literal(f' {w} ')})" for w in words]
        tests += [f"CONTAINS(LCASE(STR(?label)), {literal(s)})" for s in stems]
        if not tests:
            return []
        separators = literal(self.SEPARATORS)
        query = (
            PREFIXES
            + "SELECT DISTINCT ?item WHERE {\n  ?item rdfs:label|skos:altLabel ?label .\n"
            + f"  BIND(CONCAT(' ', REPLACE(LCASE(STR(?label)), {separators}, ' '), ' ') AS ?padded)\n"
            + f"  FILTER({' || '.join(tests)})\n}}\nORDER BY ?item"
        )
        rows = self.endpoint.select(query)
        return [
            r["item"]["value"].removeprefix(ENTITY) for r in rows if r["item"]["value"].startswith(ENTITY)
        ]


class WikidataSearch:
    """Candidates from Wikidata's search API (for live Wikidata; tests never reach the network)."""

    API = "https://www.wikidata.org/w/api.php"

    def __init__(
        self, cache: ResponseCache, *, refresh: bool = False, offline: bool = False, limit: int = 10
    ):
        self.cache = cache
        self.refresh = refresh
        self.offline = offline
        self.limit = limit

    def search(self, names: Iterable[str], words: Iterable[str] = (), stems: Iterable[str] = ()) -> list[str]:
        """The API's own matching is fuzzy: the names are enough."""
        found: list[str] = []
        for name in sorted(set(names)):
            for qid in self._one(name):
                if qid not in found:
                    found.append(qid)
        return found

    def _one(self, name: str) -> list[str]:
        params = {"action": "wbsearchentities", "search": name, "language": "en", "uselang": "en",
                  "type": "item", "limit": str(self.limit), "format": "json"}  # fmt: skip
        url = f"{self.API}?{urllib.parse.urlencode(params)}"
        hit = None if self.refresh else self.cache.get("wikidata-search", url)
        if hit is None:
            if self.offline:
                raise OfflineMiss(url)
            hit = self._get(url)
            self.cache.put("wikidata-search", url, hit)
        return [entry["id"] for entry in hit.get("search", [])]

    def _get(self, url: str) -> dict:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return dict(json.load(response))
        except (OSError, ValueError) as exc:
            raise EndpointError(f"Wikidata search failed: {exc}", path=self.API) from exc


def fetch_items(endpoint: SparqlEndpoint, qids: Iterable[str]) -> dict[str, Candidate]:
    """The candidates' names and statements, one query for all of them."""
    qids = sorted(set(qids), key=lambda q: int(q[1:]))
    if not qids:
        return {}
    props = ", ".join(f"wdt:{p}" for p in PROPERTIES)
    query = (
        PREFIXES
        + f"SELECT ?item ?p ?o WHERE {{\n  VALUES ?item {{ {' '.join('wd:' + q for q in qids)} }}\n"
        + "  ?item ?p ?o .\n"
        + f"  FILTER(?p IN (rdfs:label, skos:altLabel, schema:description, {props}))\n}}"
    )
    items = {q: Candidate("wikidata", q) for q in qids}
    for row in endpoint.select(query):
        qid = row["item"]["value"].removeprefix(ENTITY)
        if qid in items:
            _read(items[qid], row["p"]["value"], row["o"])
    for item in items.values():
        item.names.sort(key=lambda n: (n.how != "label", n.lang != "en", n.lang, n.text))
    return items


def _read(item: Candidate, prop: str, value: dict[str, str]) -> None:
    text, lang = value["value"], value.get("xml:lang", "")
    name = prop.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    if name in ("label", "altLabel"):
        item.names.append(Name(text, lang, "label" if name == "label" else "alias"))
    elif name == "description":
        if lang == "en" or not item.description:
            item.description = text
    elif PROPERTIES.get(name) == "type":
        item.types.add(text.removeprefix(ENTITY))
    elif PROPERTIES.get(name) in ("born", "died", "began", "ended"):
        found = re.match(r"^([+-]?\d{1,4})-", text)
        if found:
            field = {"began": "born", "ended": "died"}.get(PROPERTIES[name], PROPERTIES[name])
            setattr(item, field, int(found.group(1)))
    elif PROPERTIES.get(name) == "coordinates":
        item.coordinates = point(text)
    elif name in PROPERTIES:
        item.ids.setdefault(PROPERTIES[name], text)


def point(wkt: str) -> tuple[float, float] | None:
    """``Point(37.61781 55.75204)`` (long lat) -> (lat, long)."""
    found = re.search(r"Point\(\s*([-\d.eE+]+)\s+([-\d.eE+]+)\s*\)", wkt)
    return (float(found.group(2)), float(found.group(1))) if found else None


__all__ = ["LabelScan", "OfflineMiss", "Row", "WikidataSearch", "fetch_items", "point"]
