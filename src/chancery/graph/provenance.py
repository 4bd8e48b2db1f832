"""The provenance graph: each document graph derives from a source file (path and SHA-256), read with
a layout profile, and is attributed to this version of chancery. No timestamps, so that the same
input gives the same bytes."""

from __future__ import annotations

from rdflib import Literal, URIRef

from chancery import __version__
from chancery.graph.context import BuildContext
from chancery.graph.iris import web_iri
from chancery.graph.namespaces import CHANCERY, DCTERMS, PROV, RDF, RDFS, SCHEMA
from chancery.model import Record


def software(ctx: BuildContext) -> URIRef:
    graph = ctx.dataset.graph(ctx.iris.provenance_graph())
    agent = ctx.iris.software(__version__)
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"chancery {__version__}")))
    graph.add((agent, SCHEMA.softwareVersion, Literal(__version__)))
    return agent


def add_provenance(ctx: BuildContext, record: Record) -> None:
    """Where the graph of ``record`` comes from."""
    graph = ctx.dataset.graph(ctx.iris.provenance_graph())
    named = ctx.iris.document_graph(record.id)
    graph.add((named, RDF.type, PROV.Entity))
    graph.add((named, RDFS.label, Literal(f"Graph of document {record.id}")))
    graph.add((named, PROV.wasAttributedTo, software(ctx)))
    if record.source_layout and record.source_layout.strip():
        graph.add((named, CHANCERY.sourceLayout, Literal(record.source_layout.strip())))
    source = record.source
    if source is None:
        return
    node = ctx.iris.source(source.sha256)
    graph.add((named, PROV.wasDerivedFrom, node))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, RDF.type, CHANCERY.SourceFile))
    graph.add((node, RDFS.label, Literal(f"Source file {source.path}")))
    graph.add((node, CHANCERY.sourcePath, Literal(source.path)))
    graph.add((node, CHANCERY.sha256, Literal(source.sha256)))
    url = web_iri(source.url) if source.url else None
    if url is not None:
        graph.add((node, DCTERMS.source, url))


def add_entities_provenance(ctx: BuildContext) -> None:
    graph = ctx.dataset.graph(ctx.iris.provenance_graph())
    named = ctx.iris.entities_graph()
    graph.add((named, RDF.type, PROV.Entity))
    graph.add((named, RDFS.label, Literal("Entities of the collection")))
    graph.add((named, PROV.wasAttributedTo, software(ctx)))
