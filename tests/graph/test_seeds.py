"""End to end on the shipped sample pages (data/seeds): read -> resolve -> graph -> validate -> dumps."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from chancery.config import Settings
from chancery.graph.iris import Iris
from chancery.pipeline import BuildResult, build
from chancery.publish.dumps import FORMATS

TELEGRAM, LETTER = "000_309a8ed843226cda", "001_2383f93aa2bbb290"
IRIS = Iris(Settings().base_iri)
PREFIXES = """
PREFIX chancery: <https://w3id.org/chancery/ns#>
PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
FORMATS_OX = {
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.nt": ox.RdfFormat.N_TRIPLES,
    "graph.trig": ox.RdfFormat.TRIG,
    "graph.nq": ox.RdfFormat.N_QUADS,
    "graph.jsonld": ox.RdfFormat.JSON_LD,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[BuildResult, Path]:
    out = tmp_path_factory.mktemp("seeds")
    return build([seeds_dir], out, Settings()), out


@pytest.fixture(scope="module")
def store(built: tuple[BuildResult, Path]) -> ox.Store:
    store = ox.Store()
    store.load(path=str(built[1] / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    rows = store.query(PREFIXES + query, use_default_graph_as_union=True)
    return [tuple(term.value if term is not None else None for term in row) for row in rows]


def test_conforms_and_writes_every_dump(built: tuple[BuildResult, Path]) -> None:
    result, out = built
    assert result.outcome.files_read == 2 and not result.outcome.errors
    assert result.conforms, result.report.text() if result.report else ""
    assert sorted(p.name for p in result.written) == sorted([*FORMATS, "context.jsonld", "build.json"])


def test_five_dumps_hold_the_same_triples(built: tuple[BuildResult, Path]) -> None:
    out = built[1]
    parsed = {name: set(ox.parse(path=str(out / name), format=fmt)) for name, fmt in FORMATS_OX.items()}
    quads = parsed["graph.nq"]
    triples = {q.triple for q in quads}
    for name, got in parsed.items():
        if name in ("graph.trig", "graph.jsonld"):
            assert got == quads, name
        else:
            assert {q.triple for q in got} == triples, name


def test_stalin_is_one_resource_on_both_pages(store: ox.Store) -> None:
    rows = select(
        store,
        f"""SELECT DISTINCT ?who WHERE {{
        {{ <{IRIS.document(LETTER)}> rico:hasAddressee ?who }}
        UNION {{ <{IRIS.document(TELEGRAM + "-enc1")}> rico:hasAddressee ?who }}
        UNION {{ <{IRIS.distribution(TELEGRAM, 1)}> chancery:recipient ?who }} }}""",
    )
    assert len(rows) == 1


def test_distribution_in_order_with_copy_numbers(store: ox.Store) -> None:
    rows = select(
        store,
        f"""SELECT ?pos ?n WHERE {{
        <{IRIS.document(TELEGRAM)}> chancery:hasDistributionEntry ?e .
        ?e chancery:position ?pos ; chancery:copy/chancery:copyNumber ?n }} ORDER BY ?pos""",
    )
    assert [(int(p), int(n)) for p, n in rows] == [(i, i) for i in range(1, 6)]
    names = select(
        store,
        f"""SELECT ?name WHERE {{
        <{IRIS.document(TELEGRAM)}> chancery:hasDistributionEntry ?e .
        ?e chancery:position ?pos ; chancery:recipient/rdfs:label ?name }} ORDER BY ?pos""",
    )
    surnames = [name.split()[-1] for (name,) in names]
    assert surnames == ["Stalin", "Molotov", "Malenkov", "Mikoyan", "Vyshinsky"]


def test_copies_printed_this_copy_and_the_secretariat_file(store: ox.Store) -> None:
    doc = IRIS.document(TELEGRAM)
    assert select(store, f"SELECT ?n WHERE {{ <{doc}> chancery:copiesPrinted ?n }}") == [("6",)]
    assert select(store, f"SELECT ?n WHERE {{ <{doc}> chancery:thisCopy/chancery:copyNumber ?n }}") == [
        ("6",)
    ]
    rows = select(store, f"SELECT ?d WHERE {{ <{IRIS.copy(TELEGRAM, 6)}> chancery:destination ?d }}")
    assert rows and "Secretariat" in rows[0][0]


def test_both_pages_share_the_archival_hierarchy(store: ox.Store) -> None:
    rows = select(
        store,
        f"""SELECT DISTINCT ?opis WHERE {{
        VALUES ?doc {{ <{IRIS.document(TELEGRAM)}> <{IRIS.document(LETTER)}> }}
        ?doc rico:isOrWasIncludedIn/rico:isOrWasIncludedIn ?opis }}""",
    )
    assert len(rows) == 1 and rows[0][0].endswith("/archive/garf/fond/r-9401ss/opis/2")


def test_enclosed_letter_and_its_signatories(store: ox.Store) -> None:
    enclosed = IRIS.document(TELEGRAM + "-enc1")
    query = f"ASK {{ <{IRIS.document(TELEGRAM)}> chancery:encloses <{enclosed}> }}"
    assert bool(store.query(PREFIXES + query, use_default_graph_as_union=True))
    rows = select(store, f"SELECT ?s WHERE {{ <{enclosed}> chancery:hasSignatory ?s }}")
    assert len(rows) >= 10


def test_every_document_agent_and_place_has_a_label(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?x WHERE {
        VALUES ?class { chancery:Document chancery:Person chancery:Organization chancery:Place }
        ?x a ?class FILTER NOT EXISTS { ?x rdfs:label ?label } }""",
    )
    assert rows == []
