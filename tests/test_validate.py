"""chancery.validate and `chancery validate FILE`: real builds of the seeds, then broken copies of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Dataset, Literal, URIRef

from chancery.cli import main
from chancery.config import Settings
from chancery.errors import ConfigError
from chancery.graph import build_graph
from chancery.graph.namespaces import CHANCERY
from chancery.model import DateValue, Folder, Record, Source
from chancery.pipeline import build
from chancery.resolve.entities import resolve
from chancery.validate import UNCHECKED, load_rdf, quiet_literals, validate

TELEGRAM = "000_309a8ed843226cda"
DUMPS = ("graph.ttl", "graph.nt", "graph.trig", "graph.nq", "graph.jsonld")


@pytest.fixture(scope="module")
def seeds_build(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-build")
    build([seeds_dir], out, Settings())
    return out


@pytest.fixture
def seeds_dataset(seeds_build: Path) -> Dataset:
    return load_rdf(seeds_build / "graph.trig")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_the_seeds_conform(seeds_dataset: Dataset) -> None:
    report = validate(seeds_dataset)
    assert report.conforms and not report.results, report.text()
    assert report.text().startswith("Conforms: 0 violation(s), 0 warning(s)")


@pytest.mark.parametrize("name", DUMPS)
def test_every_dump_conforms(seeds_build: Path, name: str) -> None:
    result = run("validate", str(seeds_build / name))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Conforms")


def test_a_violation_names_focus_label_path_message_and_source(seeds_dataset: Dataset) -> None:
    entry = URIRef(f"https://example.org/chancery/document/{TELEGRAM}/distribution/5")
    graph = seeds_dataset.graph(URIRef(f"https://example.org/chancery/graph/document/{TELEGRAM}"))
    graph.remove((entry, CHANCERY.position, None))
    report = validate(seeds_dataset)
    assert not report.conforms
    [result] = report.results
    assert result.focus == str(entry)
    assert result.label and "Vyshinsky" in result.label
    assert result.path == "chancery:position"
    assert result.shape == "chs:DistributionEntryShape"
    assert result.severity == "Violation"
    assert "position" in result.message
    assert (result.source_file or "").endswith(f"data/seeds/{TELEGRAM}.txt")  # the path as given to build
    text = report.text()
    assert text.startswith("Does not conform: 1 violation(s)")
    assert f"source: {result.source_file}" in text


def test_an_entity_without_label(seeds_dataset: Dataset) -> None:
    entities = seeds_dataset.graph(URIRef("https://example.org/chancery/graph/entities"))
    person = min(s for s in entities.subjects(RDFS.label, None) if "/person/" in str(s))
    entities.remove((person, RDFS.label, None))
    report = validate(seeds_dataset)
    assert [(r.focus, r.path, r.shape) for r in report.results] == [
        (str(person), "rdfs:label", "chs:PersonShape")
    ]
    assert report.results[0].source_file is None  # entities come from no one page


def test_a_document_graph_without_provenance(seeds_dataset: Dataset) -> None:
    provenance = seeds_dataset.graph(URIRef("https://example.org/chancery/graph/provenance"))
    doc_graph = URIRef(f"https://example.org/chancery/graph/document/{TELEGRAM}")
    provenance.remove((doc_graph, None, None))
    report = validate(seeds_dataset)
    assert {(r.focus, r.shape) for r in report.results} == {(str(doc_graph), "chs:DocumentGraphShape")}


def test_cli_exit_1_and_a_readable_report(seeds_build: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.nq"
    lines = (seeds_build / "graph.nq").read_text(encoding="utf-8").splitlines(keepends=True)
    broken.write_text("".join(line for line in lines if "ns#documentType>" not in line), encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 1
    assert result.output.startswith("Does not conform: 3 violation(s)")
    assert "chancery:documentType" in result.output and "DocumentTypeScheme" in result.output
    assert f"data/seeds/{TELEGRAM}.txt" in result.output


def test_cli_other_shapes(seeds_build: Path, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<urn:s> a sh:NodeShape ; sh:targetClass <https://w3id.org/chancery/ns#Document> ;\n"
        "  sh:property [ sh:path <https://w3id.org/chancery/ns#nope> ; sh:minCount 1 ] .\n"
    )
    result = run("validate", str(seeds_build / "graph.nt"), "--shapes", str(shapes))
    assert result.exit_code == 1 and "3 violation(s)" in result.output


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.ttl", "<a> <b> .\n", "not valid Turtle: Parser error at line 1"),
        (
            "bad.nq",
            "<urn:a> <urn:b> <urn:c> <urn:g> <urn:h> .\n",
            "not valid N-Quads: Parser error at line 1",
        ),
        ("bad.jsonld", "{ not json", "not valid JSON-LD"),
        ("empty.trig", "", "holds no RDF statements"),
        ("data.csv", "a,b\n", "unknown RDF format '.csv'"),
    ],
)
def test_cli_bad_input(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 3, result.output
    assert f"Error: {path}: {message}" in result.output


def test_cli_missing_file(tmp_path: Path) -> None:
    assert run("validate", str(tmp_path / "none.ttl")).exit_code == 2


def test_incremental_validation_of_one_document(seeds_dataset: Dataset) -> None:
    doc = URIRef(f"https://example.org/chancery/document/{TELEGRAM}")
    report = validate(seeds_dataset, focus_nodes=[doc])
    assert report.conforms


def test_a_bad_date_value_is_placed_in_its_document(seeds_dataset: Dataset) -> None:
    date = URIRef(f"https://example.org/chancery/document/{TELEGRAM}/date")
    graph = seeds_dataset.graph(URIRef(f"https://example.org/chancery/graph/document/{TELEGRAM}"))
    graph.set((date, CHANCERY.dateValue, Literal("3 November 1945")))
    [result] = validate(seeds_dataset).results
    assert (result.shape, result.focus) == ("chs:DateLiteralShape", "3 November 1945")
    assert result.label == "November 3, 1945"  # the date node's label: the date as the page writes it
    assert (result.source_file or "").endswith(f"data/seeds/{TELEGRAM}.txt")


# --- validation never crashes ---------------------------------------------------------------------------


def test_a_shape_pyshacl_cannot_check_is_a_readable_violation(tmp_path: Path) -> None:
    """pyshacl raises TypeError comparing an ill-formed xsd:integer with sh:lessThanOrEquals; the shape
    that raised becomes one violation, and the other shapes still report."""
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "mine.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <urn:ex:> .\n"
        "ex:Compare a sh:NodeShape ; sh:targetSubjectsOf ex:low ;\n"
        "  sh:property [ sh:path ex:low ; sh:lessThanOrEquals ex:high ] .\n"
        "ex:Named a sh:NodeShape ; sh:targetSubjectsOf ex:low ;\n"
        "  sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message 'needs a name' ] .\n",
        encoding="utf-8",
    )
    data = Dataset()
    data.graph(URIRef("urn:ex:graph")).parse(
        data='<urn:ex:a> <urn:ex:low> "x"^^<http://www.w3.org/2001/XMLSchema#integer> ;'
        ' <urn:ex:high> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        format="turtle",
    )
    with quiet_literals():
        report = validate(data, Settings(shapes_dir=str(shapes)))
    assert not report.conforms
    by_shape = {r.shape: r for r in report.results}
    assert by_shape["<urn:ex:Named>"].message == "needs a name"
    unchecked = by_shape["<urn:ex:Compare>"]
    assert (
        unchecked.focus == UNCHECKED and "could not be checked: pyshacl raised TypeError" in unchecked.message
    )
    assert "could not be checked" in report.text()


@pytest.mark.parametrize(
    ("start", "end", "reversed_"),
    [
        ('"6266"^^xsd:gYear', '"2252"^^xsd:gYear', True),  # pyshacl raised TypeError here
        ('"1945"^^xsd:gYear', '"1946-03-01"^^xsd:date', False),  # and called this honest range reversed
        ('"1946-03"^^xsd:gYearMonth', '"1946"^^xsd:gYear', False),
        ('"1946-03-02"^^xsd:date', '"1946-03"^^xsd:gYearMonth', False),
        ('"1947"^^xsd:gYear', '"1946-12-31"^^xsd:date', True),
        ('"-0044-03"^^xsd:gYearMonth', '"-0044"^^xsd:gYear', False),
        ('"0044"^^xsd:gYear', '"-0044"^^xsd:gYear', True),
    ],
)
def test_date_ranges_of_any_granularity(
    seeds_dataset: Dataset, start: str, end: str, reversed_: bool
) -> None:
    date = URIRef(f"https://example.org/chancery/document/{TELEGRAM}/date")
    graph = seeds_dataset.graph(URIRef(f"https://example.org/chancery/graph/document/{TELEGRAM}"))
    graph.remove((date, CHANCERY.dateValue, None))
    prefix = "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    graph.parse(
        data=f"{prefix}<{date}> <{CHANCERY.dateStart}> {start} ; <{CHANCERY.dateEnd}> {end} .",
        format="turtle",
    )
    report = validate(seeds_dataset)
    assert [(r.shape, r.focus) for r in report.results] == (
        [("chs:DateRangeShape", str(date))] if reversed_ else []
    )
    assert report.conforms is not reversed_


@pytest.mark.parametrize(
    ("folder", "header"),
    [
        (Folder(""), False),  # nothing printed: no header node
        (Folder("", sheets=492), True),  # sheets alone name a header
        (
            Folder(
                "", volume="17", date=DateValue("3-20 October 1945", start="1945-10-03", end="1945-10-20")
            ),
            True,
        ),
        (Folder("1-1", title="correspondence with Stalin"), True),
    ],
)
def test_a_folder_header_without_designation_or_title_conforms(folder: Folder, header: bool) -> None:
    record = Record("p1", "Telegram", "telegram", folder=folder, source=Source("pages/p1.txt", "0" * 64))
    dataset = build_graph([record], resolve([record]), Settings())
    headers = list(dataset.quads((None, CHANCERY.folderHeader, None, None)))
    assert bool(headers) is header
    report = validate(dataset)
    assert report.conforms and not report.results, report.text()


# --- incremental validation: some documents and what they reference -------------------------------------

B = "https://example.org/chancery/"
LETTER = "001_2383f93aa2bbb290"


def key(result) -> tuple:
    return (result.focus, result.path, result.shape, result.message, result.source_file)


def break_the_seeds(dataset: Dataset) -> URIRef:
    """A fault in each page's graph, and in the entities graph a person only the telegram names."""
    telegram = dataset.graph(URIRef(f"{B}graph/document/{TELEGRAM}"))
    telegram.remove((URIRef(f"{B}document/{TELEGRAM}/distribution/5"), CHANCERY.position, None))
    telegram.set((URIRef(f"{B}document/{TELEGRAM}/date"), CHANCERY.dateValue, Literal("3 November 1945")))
    letter = dataset.graph(URIRef(f"{B}graph/document/{LETTER}"))
    letter.remove((URIRef(f"{B}document/{LETTER}"), CHANCERY.documentType, None))
    beria = next(o for _, _, o, _ in dataset.quads((None, CHANCERY.agent, None, None)) if "beria" in str(o))
    dataset.graph(URIRef(f"{B}graph/entities")).remove((beria, RDFS.label, None))
    return beria


def test_incremental_validation_finds_what_a_full_one_finds_on_those_documents(
    seeds_dataset: Dataset,
) -> None:
    beria = break_the_seeds(seeds_dataset)
    full = validate(seeds_dataset)
    telegram = validate(seeds_dataset, focus_documents=[URIRef(f"{B}document/{TELEGRAM}")])
    letter = validate(seeds_dataset, focus_documents=[f"{B}graph/document/{LETTER}"])  # a graph's IRI too
    on_page = {
        page: {key(r) for r in full.results if (r.source_file or "").endswith(f"{page}.txt")}
        for page in (TELEGRAM, LETTER)
    }
    on_beria = {key(r) for r in full.results if r.focus == str(beria)}
    assert on_page[TELEGRAM] and on_page[LETTER] and on_beria
    assert {key(r) for r in telegram.results} == on_page[
        TELEGRAM
    ] | on_beria  # Beria: named by the telegram only
    assert {key(r) for r in letter.results} == on_page[LETTER]
    assert not telegram.conforms and not letter.conforms
    assert telegram.triples < full.triples


def test_incremental_validation_sees_other_pages_pointing_in(seeds_dataset: Dataset) -> None:
    """The letter's page claims to enclose the telegram's enclosure: a fault of the enclosure (enclosed by
    two documents), found when the telegram's page is validated alone, as by a full validation."""
    enclosure = URIRef(f"{B}document/{TELEGRAM}-enc1")
    seeds_dataset.graph(URIRef(f"{B}graph/document/{LETTER}")).add(
        (URIRef(f"{B}document/{LETTER}"), CHANCERY.encloses, enclosure)
    )
    full = validate(seeds_dataset)
    assert [(r.focus, r.shape) for r in full.results] == [(str(enclosure), "chs:EnclosedDocumentShape")]
    telegram = validate(seeds_dataset, focus_documents=[URIRef(f"{B}document/{TELEGRAM}")])
    assert [key(r) for r in telegram.results] == [key(r) for r in full.results]
    letter = validate(seeds_dataset, focus_documents=[URIRef(f"{B}document/{LETTER}")])
    assert letter.conforms and not letter.results, letter.text()  # the enclosure is checked with its page


def test_incremental_validation_of_a_conforming_document(seeds_dataset: Dataset) -> None:
    report = validate(seeds_dataset, focus_documents=[URIRef(f"{B}document/{TELEGRAM}-enc1")])
    assert report.conforms and not report.results, report.text()


def test_incremental_validation_of_an_unknown_document(seeds_dataset: Dataset) -> None:
    with pytest.raises(ConfigError, match="no document and no document graph"):
        validate(seeds_dataset, focus_documents=[URIRef(f"{B}document/nope")])
