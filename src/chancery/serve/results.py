"""Writing evaluated queries and RDF graphs in the formats clients ask for.

Solutions are written as SPARQL JSON here; the other result formats (XML, CSV, TSV) are produced by
pyoxigraph's own writers from that JSON, so every format follows its W3C note exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyoxigraph as ox

from chancery.graph.namespaces import PREFIXES
from chancery.publish import jsonld
from chancery.serve.query import QueryOutcome

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
BOOLEAN_TYPES = [t for t in RESULT_TYPES if t not in ("text/csv", "text/tab-separated-values")]
RDF_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
GRAPH_TYPES = [t for t in RDF_TYPES if t not in ("application/n-quads", "application/trig", "text/plain")]
# ?format=... short names, as many endpoints accept them
SHORT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
}
SERIALIZE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("xsd",)}


def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = ("subject", "predicate", "object")
        return {"type": "triple", "value": {p: term_json(getattr(term, p)) for p in parts}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
        out["datatype"] = term.datatype.value
    return out


def solutions_json(outcome: QueryOutcome) -> dict:
    if outcome.kind == "boolean":
        return {"head": {}, "boolean": outcome.boolean}
    bindings = []
    for row in outcome.rows:
        binding = {}
        for name in outcome.variables:
            value = row.get(name)
            if value is not None:
                binding[name] = term_json(value)
        bindings.append(binding)
    return {"head": {"vars": outcome.variables}, "results": {"bindings": bindings}}


def write_results(outcome: QueryOutcome, media_type: str) -> bytes:
    """A boolean or solutions in ``media_type`` (one of RESULT_TYPES)."""
    data = outcome.encoded or json.dumps(solutions_json(outcome), ensure_ascii=False).encode("utf-8")
    fmt = RESULT_TYPES[media_type]
    if fmt == ox.QueryResultsFormat.JSON:
        return data
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=fmt) or b""


def _key(term: object) -> tuple[str, str, str]:
    """A term as chancery's JSON-LD writer takes it: (value, language, datatype); an IRI has no datatype."""
    if isinstance(term, ox.Literal):
        return (term.value, term.language or "", term.datatype.value)
    if isinstance(term, ox.NamedNode):
        return (term.value, "", "")
    raise TypeError(f"no blank nodes in chancery's graphs: {term!r}")


def write_jsonld(triples: Iterable[ox.Triple], context: dict | None) -> bytes:
    """Compact JSON-LD under the build's context (inlined: the answer reads offline); expanded without one."""
    triples = list(triples)
    if context is None or any(
        isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples
    ):
        return write_graph(triples, "application/ld+json")
    none = ("", "", "")
    quads = [(none, _key(t.subject), _key(t.predicate), _key(t.object)) for t in triples]
    return json.dumps(jsonld.document(quads, context), ensure_ascii=False, indent=1).encode("utf-8")


def write_graph(triples: Iterable[ox.Triple], media_type: str) -> bytes:
    """Triples in ``media_type`` (one of RDF_TYPES), grouped by subject, with the usual prefixes."""
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    fmt = RDF_TYPES[media_type]
    prefixes = (
        SERIALIZE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    )
    return ox.serialize(ordered, format=fmt, prefixes=prefixes) or b""
