"""Records -> one rdflib Dataset: a named graph per page document, the entities graph, provenance."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from rdflib import Dataset

from chancery.config import Settings
from chancery.graph.bulk import collector_paused
from chancery.graph.context import BuildContext
from chancery.graph.documents import add_document
from chancery.graph.entities import add_concepts, add_entities
from chancery.graph.links import add_links
from chancery.graph.namespaces import PREFIXES
from chancery.graph.provenance import add_entities_provenance, add_provenance
from chancery.model import Record
from chancery.resolve.entities import Resolution

log = logging.getLogger(__name__)


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


def build_graph(records: Iterable[Record], resolution: Resolution, settings: Settings) -> Dataset:
    """The knowledge graph of ``records``; ``resolution`` says which entity each mention stands for."""
    ctx = BuildContext(new_dataset(), resolution, settings)
    seen: set[str] = set()
    with collector_paused():
        for record in records:
            if record.id in seen:
                log.warning("%s: two records with this id; their statements share one graph", record.id)
            seen.add(record.id)
            graph = ctx.dataset.graph(ctx.iris.document_graph(record.id))
            add_document(ctx, graph, record)
            add_provenance(ctx, record)
        add_entities(ctx)
        add_links(ctx)
        add_concepts(ctx)
        add_entities_provenance(ctx)
    return ctx.dataset
