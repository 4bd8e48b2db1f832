"""Records -> RDF: an rdflib Dataset with one named graph per page document, the shared entities
graph and the provenance graph. :mod:`chancery.graph.iris` mints every IRI; every term comes from
:mod:`chancery.graph.namespaces`. ``docs/rdf-model.md`` describes the model."""

from __future__ import annotations

from chancery.graph.build import build_graph

__all__ = ["build_graph"]
