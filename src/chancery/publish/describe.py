"""The dataset described from the one graph: VoID (with statistics) and DCAT 3 (the dataset, each dump
as a distribution with its byte size and SHA-256, the SPARQL endpoint as a data service)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from chancery.graph.namespaces import PREFIXES
from chancery.serve.resources import select, value

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
SPDX = "http://spdx.org/rdf/terms#"
FOAF = "http://xmlns.com/foaf/0.1/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
}
DESCRIPTION_PREFIXES = {"void": VOID, "dcat": DCAT, "dcterms": DCT, "spdx": SPDX, "foaf": FOAF, "xsd": XSD}


@dataclass(frozen=True)
class Publication:
    """Where the dataset is published: the base of its IRIs, where files and the endpoint are reached."""

    base: str
    files_url: str  # the folder URL the dumps are downloaded from
    endpoint: str | None = None
    title: str = "chancery knowledge graph"
    description: str = "Archival documents (authors, recipients, distribution lists, citations) as RDF."
    license: str | None = None
    rights: str = "The documents keep the terms of their sources; see each document's provenance."
    vocabularies: tuple[str, ...] = field(default=("https://w3id.org/chancery/ns#",))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _count(store: ox.Store, query: str) -> int:
    row = next(iter(select(store, query)))
    return int(value(row[0]))


def statistics(store: ox.Store) -> dict:
    """VoID's numbers over the union of the graphs, with class and property partitions."""
    stats: dict = {
        "triples": _count(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"),
        "distinctSubjects": _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"),
        "distinctObjects": _count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"),
        "properties": _count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"),
        "classes": _count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"),
    }
    q = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c"
    stats["class_partitions"] = [(value(r[0]), int(value(r[1]))) for r in select(store, q)]
    q = "SELECT ?p (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p"
    stats["property_partitions"] = [(value(r[0]), int(value(r[1]))) for r in select(store, q)]
    return stats


class _Graph:
    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []

    def add(self, s: str, p: str, o) -> None:
        obj = o if isinstance(o, ox.NamedNode | ox.Literal) else ox.NamedNode(o)
        self.triples.append(ox.Triple(ox.NamedNode(s), ox.NamedNode(p), obj))


def _int(n: int, datatype: str = "integer") -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + datatype))


def _void(g: _Graph, dataset: str, pub: Publication, stats: dict, example: str | None) -> None:
    g.add(dataset, RDF_TYPE.value, VOID + "Dataset")
    for key in ("triples", "distinctSubjects", "distinctObjects", "properties", "classes"):
        g.add(dataset, VOID + key, _int(stats[key]))
    g.add(dataset, VOID + "uriSpace", ox.Literal(pub.base))
    for vocabulary in pub.vocabularies:
        g.add(dataset, VOID + "vocabulary", vocabulary)
    if example:
        g.add(dataset, VOID + "exampleResource", example)
    if pub.endpoint:
        g.add(dataset, VOID + "sparqlEndpoint", pub.endpoint)
    for n, (cls, count) in enumerate(stats["class_partitions"], 1):
        part = f"{dataset}/class/{n}"
        g.add(dataset, VOID + "classPartition", part)
        g.add(part, VOID + "class", cls)
        g.add(part, VOID + "entities", _int(count))
    for n, (prop, count) in enumerate(stats["property_partitions"], 1):
        part = f"{dataset}/property/{n}"
        g.add(dataset, VOID + "propertyPartition", part)
        g.add(part, VOID + "property", prop)
        g.add(part, VOID + "triples", _int(count))


def _distribution(g: _Graph, dataset: str, pub: Publication, path: Path, digest: str) -> None:
    dist, url = f"{dataset}/distribution/{path.name}", pub.files_url + path.name
    media_type = MEDIA_TYPES.get(path.suffix, "application/octet-stream")
    if path.name == "context.jsonld":
        return
    g.add(dataset, DCAT + "distribution", dist)
    g.add(dataset, VOID + "dataDump", url)
    g.add(dist, RDF_TYPE.value, DCAT + "Distribution")
    g.add(dist, DCT + "title", ox.Literal(f"{path.name} ({media_type})"))
    g.add(dist, DCAT + "downloadURL", url)
    g.add(dist, DCAT + "accessURL", url)
    g.add(dist, DCAT + "mediaType", "https://www.iana.org/assignments/media-types/" + media_type)
    g.add(dist, DCAT + "byteSize", _int(path.stat().st_size, "nonNegativeInteger"))
    checksum = dist + "/checksum"
    g.add(dist, SPDX + "checksum", checksum)
    g.add(checksum, RDF_TYPE.value, SPDX + "Checksum")
    g.add(checksum, SPDX + "algorithm", SPDX + "checksumAlgorithm_sha256")
    g.add(checksum, SPDX + "checksumValue", ox.Literal(digest, datatype=ox.NamedNode(XSD + "hexBinary")))
    if pub.license:
        g.add(dist, DCT + "license", pub.license)


def _service(g: _Graph, dataset: str, pub: Publication) -> None:
    service, dist = f"{dataset}/service", f"{dataset}/distribution/sparql"
    g.add(service, RDF_TYPE.value, DCAT + "DataService")
    g.add(service, DCT + "title", ox.Literal("SPARQL 1.1 endpoint"))
    g.add(service, DCAT + "endpointURL", pub.endpoint)
    g.add(service, DCAT + "endpointDescription", pub.endpoint)
    g.add(service, DCT + "conformsTo", "https://www.w3.org/TR/sparql11-protocol/")
    g.add(service, DCAT + "servesDataset", dataset)
    g.add(dataset, DCAT + "distribution", dist)
    g.add(dist, RDF_TYPE.value, DCAT + "Distribution")
    g.add(dist, DCAT + "accessURL", pub.endpoint)
    g.add(dist, DCAT + "accessService", service)


def describe_dataset(
    store: ox.Store,
    pub: Publication,
    files: list[Path],
    stats: dict | None = None,
    example: str | None = None,
    checksums: dict[str, str] | None = None,
) -> list[ox.Triple]:
    """VoID and DCAT 3 triples for the dataset ``<base>dataset``; ``checksums``: the SHA-256 of files
    already known (from build.json), by file name; the others are hashed."""
    g, dataset = _Graph(), pub.base + "dataset"
    _void(g, dataset, pub, stats or statistics(store), example)
    g.add(dataset, RDF_TYPE.value, DCAT + "Dataset")
    g.add(dataset, DCT + "title", ox.Literal(pub.title, language="en"))
    g.add(dataset, DCT + "description", ox.Literal(pub.description, language="en"))
    g.add(dataset, DCT + "rights", ox.Literal(pub.rights, language="en"))
    g.add(dataset, DCAT + "landingPage", pub.base)
    if pub.license:
        g.add(dataset, DCT + "license", pub.license)
    for path in files:
        _distribution(g, dataset, pub, path, (checksums or {}).get(path.name) or sha256(path))
    if pub.endpoint:
        _service(g, dataset, pub)
    return g.triples


def prefixes() -> dict[str, str]:
    return {**PREFIXES, **DESCRIPTION_PREFIXES}
