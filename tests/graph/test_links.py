"""Authority links in the entities graph: one chancery:AuthorityLink per piece of link evidence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.graph.iris import Iris
from chancery.graph.links import feature_literal
from chancery.graph.namespaces import CHANCERY, DCTERMS, OWL, PROV, RDF, XSD
from chancery.model import Agent, Record, Source
from chancery.publish.dumps import dumps
from chancery.resolve.entities import Entity, LinkEvidence, Resolution
from chancery.validate import validate

IRIS = Iris(Settings().base_iri)
ENDPOINT = "http://127.0.0.1:8890/sparql"
Q855 = URIRef("http://www.wikidata.org/entity/Q855")


def linked_build(*evidence: LinkEvidence):  # noqa: ANN201
    stalin = Entity("stalin", "person", "I. V. Stalin", {"Cde. I. V. Stalin"}, {"wikidata": "Q855"})
    stalin.link_evidence = list(evidence)
    source = Source("x.txt", "0" * 64)
    record = Record("x", "A letter", recipients=[Agent("Cde. I. V. Stalin")], source=source)
    resolution = Resolution([stalin], {("x", "recipients", 0): stalin})
    return build_graph([record], resolution, Settings())


SCORED = LinkEvidence(
    "wikidata", "Q855", 0.9512345, {"name": 0.95, "type": "agrees", "lifespan": "alive", "context": 2},
    ENDPOINT, "score", "Joseph Stalin", "Soviet politician",
)  # fmt: skip


def test_a_scored_link_carries_score_features_and_source() -> None:
    graph = linked_build(SCORED).graph(IRIS.entities_graph())
    person = IRIS.entity("person", "stalin")
    node = IRIS.link("person", "stalin", "wikidata", "Q855")
    assert str(node) == "https://example.org/chancery/link/person/stalin/wikidata-Q855"
    assert (person, OWL.sameAs, Q855) in graph
    assert set(graph.objects(node, RDF.type)) == {CHANCERY.AuthorityLink, PROV.Entity}
    assert graph.value(node, CHANCERY.linkSubject) == person
    assert graph.value(node, CHANCERY.linkTarget) == Q855
    assert graph.value(node, CHANCERY.linkScore) == Literal("0.951", datatype=XSD.decimal)
    assert graph.value(node, CHANCERY.linkMethod) == Literal("score")
    assert graph.value(node, CHANCERY.matchedName) == Literal("Joseph Stalin")
    assert graph.value(node, CHANCERY.targetDescription) == Literal("Soviet politician")
    assert graph.value(node, DCTERMS.source) == URIRef(ENDPOINT)
    features = {
        str(graph.value(f, CHANCERY.featureName)): graph.value(f, CHANCERY.featureValue)
        for f in graph.objects(node, CHANCERY.linkFeature)
    }
    assert features == {
        "name": Literal("0.95", datatype=XSD.decimal),
        "type": Literal("agrees"),
        "lifespan": Literal("alive"),
        "context": Literal("2", datatype=XSD.integer),
    }
    assert IRIS.link_feature(node, "name") in set(graph.objects(node, CHANCERY.linkFeature))


def test_a_curators_link_names_the_decision_and_has_no_endpoint() -> None:
    curated = LinkEvidence("wikidata", "Q855", 1.0, {}, "data/decisions.txt:3", "curator")
    graph = linked_build(curated).graph(IRIS.entities_graph())
    node = IRIS.link("person", "stalin", "wikidata", "Q855")
    assert graph.value(node, CHANCERY.linkSource) == Literal("data/decisions.txt:3")
    assert graph.value(node, DCTERMS.source) is None
    assert graph.value(node, CHANCERY.linkMethod) == Literal("curator")
    assert graph.value(node, CHANCERY.linkFeature) is None


def test_the_same_link_twice_is_one_node_and_an_unknown_authority_none() -> None:
    odd = LinkEvidence("nowhere", "x1", 0.9)
    graph = linked_build(SCORED, SCORED, odd).graph(IRIS.entities_graph())
    links = set(graph.subjects(RDF.type, CHANCERY.AuthorityLink))
    assert links == {IRIS.link("person", "stalin", "wikidata", "Q855")}
    assert len(set(graph.objects(None, CHANCERY.linkScore))) == 1


def test_the_links_conform_to_the_shapes() -> None:
    report = validate(linked_build(SCORED))
    assert report.conforms and not report.results, report.text()


def test_deterministic_bytes() -> None:
    first, second = dumps(linked_build(SCORED)), dumps(linked_build(SCORED))
    assert first == second and b"/link/person/stalin/wikidata-Q855/feature/name>" in first["graph.nq"]


@given(st.one_of(st.floats(allow_nan=True), st.integers(), st.booleans(), st.text()))
def test_every_feature_value_is_a_literal_that_round_trips(value: object) -> None:
    literal = feature_literal(value)
    if literal.datatype == XSD.decimal:
        assert "e" not in str(literal).lower()  # a decimal never has an exponent
    assert Literal(str(literal), datatype=literal.datatype) == literal
