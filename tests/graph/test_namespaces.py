"""The DefinedNamespace classes are exactly the ontology's terms; typos fail loudly."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from chancery.graph.namespaces import CHANCERY, DOCTYPE, LEVEL, PRECEDENCE, PURPOSE, QUALIFIER, RICO, ROLE
from chancery.resources import resource


def ontology_terms(namespace: str) -> set[str]:
    graph = Graph().parse(resource("ontology", "chancery.ttl"))
    return {str(s)[len(namespace) :] for s in set(graph.subjects()) if str(s).startswith(namespace)}


def members(ns: type) -> set[str]:
    return {name for name in ns.__annotations__} | set(getattr(ns, "_extras", []))


@pytest.mark.parametrize(
    "ns", [CHANCERY, DOCTYPE, ROLE, LEVEL, QUALIFIER, PRECEDENCE, PURPOSE], ids=lambda n: n.__name__
)
def test_members_are_the_ontology_terms(ns: type) -> None:
    assert members(ns) == ontology_terms(str(ns._NS))


def test_typos_fail() -> None:
    with pytest.raises(AttributeError):
        CHANCERY.hasAuthr  # noqa: B018
    with pytest.raises(AttributeError):
        RICO.hasAuthr  # noqa: B018
    assert CHANCERY.Document == URIRef("https://w3id.org/chancery/ns#Document")
    assert DOCTYPE["record-of-conversation"].endswith("/doc-type/record-of-conversation")
