"""The ontology: every term labelled and defined; every chancery term the code, shapes, queries and
the model page use exists; the JSON-LD context is generated from it and current."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from chancery.graph.namespaces import CHANCERY, CHANCERY_NS
from chancery.model import DOC_TYPES, PRECEDENCES, PURPOSES, ROLES
from chancery.publish.context import context_document

ROOT = Path(__file__).resolve().parent.parent
OURS = "https://w3id.org/chancery/ns"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "chancery.ttl", format="turtle")


def our_terms(graph: Graph) -> set[URIRef]:
    return {s for s in set(graph.subjects()) if isinstance(s, URIRef) and str(s).startswith(OURS)}


def test_is_an_owl_ontology(ontology: Graph) -> None:
    assert (URIRef(OURS), RDF.type, OWL.Ontology) in ontology


def test_every_term_has_a_label_and_a_definition(ontology: Graph) -> None:
    missing = [
        str(term)
        for term in sorted(our_terms(ontology))
        if ontology.value(term, RDFS.label) is None
        or (ontology.value(term, SKOS.definition) is None and ontology.value(term, RDFS.comment) is None)
    ]
    assert not missing


def test_every_term_is_typed(ontology: Graph) -> None:
    kinds = {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        SKOS.ConceptScheme,
        SKOS.Concept,
        OWL.Ontology,
    }
    untyped = [str(t) for t in our_terms(ontology) if not set(ontology.objects(t, RDF.type)) & kinds]
    assert not untyped


def test_concepts_are_in_a_scheme_of_the_ontology(ontology: Graph) -> None:
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        scheme = ontology.value(concept, SKOS.inScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology, concept


@pytest.mark.parametrize(
    ("scheme", "values"),
    [
        (CHANCERY.DocumentTypeScheme, DOC_TYPES),
        (CHANCERY.RoleScheme, ROLES),
        (CHANCERY.PrecedenceScheme, PRECEDENCES),
        (CHANCERY.DistributionPurposeScheme, PURPOSES),
    ],
    ids=lambda v: str(v).rsplit("#", 1)[-1] if isinstance(v, URIRef) else "",
)
def test_schemes_notate_the_model_tables(ontology: Graph, scheme: URIRef, values: tuple[str, ...]) -> None:
    """Each concept's skos:notation is a value of the model's table, and each value has its concept."""
    notations = [str(ontology.value(c, SKOS.notation)) for c in ontology.subjects(SKOS.inScheme, scheme)]
    assert sorted(notations) == sorted(values)


def used_terms() -> dict[str, set[str]]:
    """chancery: terms named in the code (CHANCERY.x), shapes, queries and docs/rdf-model.md."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        for name in re.findall(r"\bCHANCERY\.([A-Za-z_]\w*)", path.read_text(encoding="utf-8")):
            found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    files = [ROOT / "docs" / "rdf-model.md"]
    for folder in ("shapes", "queries"):
        files += sorted((ROOT / folder).rglob("*.ttl")) + sorted((ROOT / folder).rglob("*.rq"))
    for path in files:
        if path.is_file():
            for name in re.findall(r"(?<![\w/])chancery:([A-Za-z_][\w]*)", path.read_text(encoding="utf-8")):
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_chancery_term_used_exists(ontology: Graph) -> None:
    defined = {str(t)[len(CHANCERY_NS) :] for t in our_terms(ontology) if str(t).startswith(CHANCERY_NS)}
    unknown = {name: sorted(where) for name, where in used_terms().items() if name not in defined}
    assert not unknown, f"terms used but not in ontology/chancery.ttl: {unknown}"


def test_context_is_current() -> None:
    assert (ROOT / "ontology" / "context.jsonld").read_bytes() == context_document(), (
        "regenerate: python -m chancery.publish.context > ontology/context.jsonld"
    )
