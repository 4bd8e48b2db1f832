"""GeoNames features in GeoNames' own RDF shape, for places Wikidata does not hold.

Names are matched on ``STR(?name)`` (GeoNames' alternate names mostly carry no language tag).
"""

from __future__ import annotations

from collections.abc import Iterable

from chancery.link.candidates import Candidate, Name
from chancery.link.sparql import SparqlEndpoint
from chancery.link.wikidata import literal

FEATURE = "https://sws.geonames.org/"
PREFIXES = """PREFIX gn: <http://www.geonames.org/ontology#>
PREFIX wgs84_pos: <http://www.w3.org/2003/01/geo/wgs84_pos#>
"""
FIELDS = {
    "name": "name",
    "alternateName": "alternate",
    "population": "population",
    "featureClass": "feature_class",
    "countryCode": "country",
    "lat": "lat",
    "long": "long",
}


def feature_id(iri: str) -> str:
    return iri.removeprefix(FEATURE).strip("/")


def search_features(endpoint: SparqlEndpoint, names: Iterable[str]) -> list[str]:
    names = sorted(set(names))
    if not names:
        return []
    query = (
        PREFIXES
        + "SELECT DISTINCT ?f WHERE {\n  ?f gn:name|gn:alternateName ?label .\n"
        + f"  FILTER(LCASE(STR(?label)) IN ({', '.join(literal(n) for n in names)}))\n}}\nORDER BY ?f"
    )
    rows = endpoint.select(query)
    return [feature_id(r["f"]["value"]) for r in rows if r["f"]["value"].startswith(FEATURE)]


def fetch_features(endpoint: SparqlEndpoint, ids: Iterable[str]) -> dict[str, Candidate]:
    ids = sorted(set(ids), key=int)
    if not ids:
        return {}
    values = " ".join(f"<{FEATURE}{i}/>" for i in ids)
    props = ", ".join(("wgs84_pos:" if f in ("lat", "long") else "gn:") + f for f in FIELDS)
    query = (
        PREFIXES
        + f"SELECT ?f ?p ?o WHERE {{\n  VALUES ?f {{ {values} }}\n  ?f ?p ?o .\n"
        + f"  FILTER(?p IN ({props}))\n}}"
    )
    features = {i: Candidate("geonames", i, ids={"geonames": i}) for i in ids}
    coordinates: dict[str, dict[str, float]] = {i: {} for i in ids}
    for row in endpoint.select(query):
        fid = feature_id(row["f"]["value"])
        field = FIELDS.get(row["p"]["value"].rsplit("#", 1)[-1])
        if fid not in features or field is None:
            continue
        _read(features[fid], coordinates[fid], field, row["o"])
    for fid, feature in features.items():
        if {"lat", "long"} <= coordinates[fid].keys():
            feature.coordinates = (coordinates[fid]["lat"], coordinates[fid]["long"])
        feature.names.sort(key=lambda n: (n.how != "name", n.text))
    return features


def _read(feature: Candidate, point: dict[str, float], field: str, value: dict[str, str]) -> None:
    text = value["value"]
    if field in ("name", "alternate"):
        feature.names.append(Name(text, value.get("xml:lang", ""), field))
    elif field == "population":
        feature.population = int(float(text))
    elif field == "feature_class":
        feature.feature_class = text.rsplit("#", 1)[-1]
    elif field == "country":
        feature.country = text
    else:
        point[field] = float(text)
