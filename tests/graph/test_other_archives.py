"""What other archives' documents carry, built from a hand-made State Department telegram: the roles of
clearing, approving, typing and signing for the author, precedence, dispatch and receipt times, a
distribution list for action and for information with copy counts, and the layout the page was read with."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from hand_records import CABLE_ID, cable
from rdflib import Dataset, Graph, Literal, URIRef

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.graph.iris import Iris
from chancery.graph.namespaces import CHANCERY, PRECEDENCE, PROV, PURPOSE, RDF, RDFS, RICO, ROLE, SKOS, XSD
from chancery.model import DistributionEntry, Record
from chancery.resolve import resolve
from chancery.validate import validate

IRIS = Iris(Settings().base_iri)
CABLE = IRIS.document(CABLE_ID)


def build(*records: Record) -> Dataset:
    return build_graph(list(records), resolve(list(records)), Settings())


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build(cable())


@pytest.fixture(scope="module")
def graph(dataset: Dataset) -> Graph:
    return union(dataset)


def test_the_new_roles_are_qualified_and_direct(graph: Graph) -> None:
    expected = {
        "clearer": (CHANCERY.clearedBy, ["EUR - Mr. Merchant", "G - Mr. Murphy"]),
        "approver": (CHANCERY.approvedBy, ["Hoover"]),
        "typist": (CHANCERY.typedBy, ["mt"]),
        "proxy-signatory": (CHANCERY.signedOnBehalfBy, ["Hoover"]),
    }
    for role, (direct, written) in expected.items():
        nodes = [IRIS.role(CABLE_ID, role, n) for n in range(1, len(written) + 1)]
        assert [str(graph.value(n, CHANCERY.nameAsWritten)) for n in nodes] == written
        assert all(graph.value(n, CHANCERY.roleType) == ROLE[role] for n in nodes)
        agents = {graph.value(n, CHANCERY.agent) for n in nodes} - {None}
        assert agents and agents <= set(graph.objects(CABLE, direct)), role
    assert graph.value(ROLE["proxy-signatory"], SKOS.prefLabel) == Literal("proxy signatory", lang="en")


def test_precedence_is_a_concept_and_the_word_as_printed(graph: Graph) -> None:
    assert graph.value(CABLE, CHANCERY.precedence) == PRECEDENCE.niact
    assert graph.value(CABLE, CHANCERY.precedenceAsWritten) == Literal("NIACT")
    assert graph.value(PRECEDENCE.niact, SKOS.inScheme) == CHANCERY.PrecedenceScheme
    assert (CHANCERY.PrecedenceScheme, RDF.type, SKOS.ConceptScheme) in graph


@pytest.mark.parametrize(
    ("written", "concept"),
    [
        ("Niact", PRECEDENCE.niact),
        ("NIACT IMMEDIATE", PRECEDENCE.niact),
        ("OP IMMED", PRECEDENCE["operational-immediate"]),
        ("Operational Immediate.", PRECEDENCE["operational-immediate"]),
        ("PRIORITY", PRECEDENCE.priority),
        ("Most Immediate", None),
    ],
)
def test_precedences_match_on_the_scheme_labels(written: str, concept: URIRef | None) -> None:
    graph = union(build(replace(cable(), precedence=written)))
    assert graph.value(CABLE, CHANCERY.precedence) == concept
    assert graph.value(CABLE, CHANCERY.precedenceAsWritten) == Literal(written)


def test_dispatch_and_receipt_are_date_nodes_with_times(graph: Graph) -> None:
    sent, came = graph.value(CABLE, CHANCERY.dispatchedOn), graph.value(CABLE, CHANCERY.receivedOn)
    assert sent == IRIS.date(CABLE_ID, "dispatched-date") and came == IRIS.date(CABLE_ID, "received-date")
    assert (sent, RDF.type, CHANCERY.DocumentDate) in graph and (sent, RDF.type, RICO.Date) in graph
    assert graph.value(sent, RICO.expressedDate) == Literal("July 28, 1955, 6:37 p.m.")
    assert graph.value(sent, CHANCERY.dateValue) == Literal("1955-07-28T18:37:00", datatype=XSD.dateTime)
    assert graph.value(came, CHANCERY.dateValue) == Literal("1955-07-29T02:10:00", datatype=XSD.dateTime)


def test_a_dispatch_date_without_a_time_is_a_day() -> None:
    record = replace(cable(), dispatched=replace(cable().dispatched, value="1955-07-28"), received=None)
    graph = union(build(record))
    sent = graph.value(CABLE, CHANCERY.dispatchedOn)
    assert graph.value(sent, CHANCERY.dateValue) == Literal("1955-07-28", datatype=XSD.date)
    assert graph.value(CABLE, CHANCERY.receivedOn) is None


def test_distribution_for_action_and_information_with_copies(graph: Graph) -> None:
    entries = [IRIS.distribution(CABLE_ID, n) for n in (1, 2, 3)]
    assert [graph.value(e, CHANCERY.sentFor) for e in entries] == [
        PURPOSE.action,
        PURPOSE.information,
        PURPOSE.information,
    ]
    assert [graph.value(e, CHANCERY.copiesReceived) for e in entries] == [None, None, Literal(2)]
    assert graph.value(PURPOSE.information, RDFS.label) == Literal("for information", lang="en")


def test_an_unknown_purpose_is_left_out(caplog: pytest.LogCaptureFixture) -> None:
    record = cable()
    record.distribution = [DistributionEntry(record.distribution[0].agent, 1, purpose="urgent")]
    with caplog.at_level(logging.WARNING, logger="chancery"):  # a CLI test may have quietened it
        graph = union(build(record))
    assert graph.value(IRIS.distribution(CABLE_ID, 1), CHANCERY.sentFor) is None
    assert "'urgent'" in caplog.text


def test_the_layout_is_on_the_provenance_of_the_document_graph(dataset: Dataset) -> None:
    provenance = dataset.graph(IRIS.provenance_graph())
    named = IRIS.document_graph(CABLE_ID)
    assert provenance.value(named, CHANCERY.sourceLayout) == Literal("frus")
    assert provenance.value(named, PROV.wasDerivedFrom) == IRIS.source("0a1b2c3d" * 8)
    assert (CABLE, CHANCERY.sourceLayout, None) not in union(dataset)


def test_the_cable_conforms(dataset: Dataset) -> None:
    report = validate(dataset)
    assert report.conforms and not report.results, report.text()


def test_nothing_new_when_the_page_says_nothing() -> None:
    record = replace(cable(), precedence=" ", dispatched=None, received=None, source_layout=None)
    record.distribution = [replace(e, purpose=None, copies=None) for e in record.distribution]
    dataset = build(record)
    graph = union(dataset)
    for prop in (
        CHANCERY.precedence,
        CHANCERY.precedenceAsWritten,
        CHANCERY.dispatchedOn,
        CHANCERY.receivedOn,
    ):
        assert (CABLE, prop, None) not in graph
    assert not list(graph.subject_objects(CHANCERY.sentFor)) + list(
        graph.subject_objects(CHANCERY.copiesReceived)
    )
    assert (None, CHANCERY.sourceLayout, None) not in dataset.graph(IRIS.provenance_graph())
