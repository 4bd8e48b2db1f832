"""The part of a dataset that some documents need to be validated alone: incremental validation.

An excerpt holds the named graphs of the chosen documents whole, and from every graph that is not a
document graph (entities, provenance...) the statements about the nodes they reference, followed onwards
(a person's description; a delo, its opis, fond and archive; a concept and its scheme; the source file
and the software a document graph comes from). Validating it costs what the chosen documents cost,
whatever the size of the dataset (notes/performance.md: about 1 ms per document).

Two kinds of statements give context and nothing else, so that a constraint that looks beyond the
chosen documents sees what a full validation sees: the types of a document of another page that a chosen
one points to (``chancery:encloses`` checks its class), and the statements of other pages that point
into a chosen document (a document enclosed by two pages). Their subjects are ``foreign``: what pyshacl
says of them is not about the chosen documents, and :func:`chancery.validate.validate` drops it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF, BNode, Dataset, Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.term import Node

from chancery.errors import ConfigError
from chancery.graph.namespaces import CHANCERY


@dataclass
class Excerpt:
    dataset: Dataset
    graphs: list[URIRef]  # the document graphs it holds whole
    foreign: set[Node] = field(default_factory=set)  # context only: results about them are dropped


def document_excerpt(data: Graph, documents: Iterable[Node | str]) -> Excerpt:
    """The excerpt of ``data`` for ``documents``: IRIs of documents or of their named graphs."""
    if not isinstance(data, ConjunctiveGraph):
        raise ConfigError("validating some documents needs a Dataset with one named graph per document")
    homes = document_graphs(data)
    chosen = sorted({_graph_name(homes, URIRef(str(d))) for d in documents})
    excerpt = Excerpt(Dataset(), chosen)
    inside: set[Node] = set()
    for name in chosen:
        graph = Graph(store=data.store, identifier=name)
        target = excerpt.dataset.graph(name)
        target += graph
        inside.update(graph.subjects(unique=True))
    start = {n for s, _, o, _ in excerpt.dataset.quads() for n in (s, o) if isinstance(n, URIRef | BNode)}
    _add_shared(data, excerpt, set(homes.values()), start | set(chosen))
    _add_context(data, excerpt, homes, inside)
    return excerpt


def document_graphs(data: ConjunctiveGraph) -> dict[Node, Node]:
    """Each document (a ``chancery:Document``) -> the named graph that types it."""
    return {
        s: name for s, _, _, name in _quads(data, (None, RDF.type, CHANCERY.Document)) if name is not None
    }


def _quads(data: ConjunctiveGraph, pattern: tuple) -> Iterator[tuple[Node, Node, Node, Node | None]]:
    """(s, p, o, graph name) over every graph; None for the default graph."""
    default = data.default_graph.identifier if isinstance(data, Dataset) else data.default_context.identifier
    for s, p, o, g in data.quads((*pattern, None)):
        name = g.identifier if isinstance(g, Graph) else g
        yield s, p, o, (None if name == default else name)


def _graph_name(homes: dict[Node, Node], node: URIRef) -> URIRef:
    if node in homes:
        return URIRef(str(homes[node]))
    if node in set(homes.values()):
        return node
    raise ConfigError(f"no document and no document graph named {node} in the dataset", path=str(node))


def _target(dataset: Dataset, name: Node | None) -> Graph:
    if name is None:
        return dataset.default_graph
    return dataset.graph(name if isinstance(name, URIRef | BNode) else URIRef(str(name)))


def _add_shared(
    data: ConjunctiveGraph, excerpt: Excerpt, document_graphs: set[Node], start: set[Node]
) -> None:
    """From the graphs that are no document's, the statements about ``start`` and what they lead to."""
    todo, seen = list(start), set(start)
    while todo:
        node = todo.pop()
        for s, p, o, name in _quads(data, (node, None, None)):
            if name in document_graphs:
                continue
            _target(excerpt.dataset, name).add((s, p, o))
            if isinstance(o, URIRef | BNode) and o not in seen:
                seen.add(o)
                todo.append(o)


def _add_context(
    data: ConjunctiveGraph, excerpt: Excerpt, homes: dict[Node, Node], inside: set[Node]
) -> None:
    """Types of other pages' documents the chosen ones point to, and other pages' links into them."""
    chosen, others = set(excerpt.graphs), set(homes.values()) - set(excerpt.graphs)
    stubs = excerpt.dataset.default_graph
    for _, _, o, _ in list(excerpt.dataset.quads()):
        if o in homes and homes[o] not in chosen and o not in inside:
            _add_types(data, stubs, o)
            excerpt.foreign.add(o)
    for node in inside:
        for s, p, _, name in _quads(data, (None, None, node)):
            if name in others and s not in inside:
                stubs.add((s, p, node))
                _add_types(data, stubs, s)
                excerpt.foreign.add(s)


def _add_types(data: ConjunctiveGraph, graph: Graph, node: Node) -> None:
    for s, p, o, _ in _quads(data, (node, RDF.type, None)):
        graph.add((s, p, o))
