"""build_graph on hand-made records mirroring the two seed pages."""

from __future__ import annotations

from hand_records import LETTER_ID, TELEGRAM_ID, seed_records
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.graph.iris import Iris
from chancery.graph.namespaces import CHANCERY, DCTERMS, MARKING, OWL, RDF, RDFS, RICO, SCHEMA, XSD
from chancery.model import Agent, Citation, DateValue, Record
from chancery.resolve import resolve
from chancery.resolve.entities import Entity, Resolution

IRIS = Iris(Settings().base_iri)
TELEGRAM = IRIS.document(TELEGRAM_ID)
LETTER = IRIS.document(LETTER_ID)
PREFIX = """
PREFIX chancery: <https://w3id.org/chancery/ns#>
PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def union(dataset: Dataset):
    from rdflib import Graph

    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def test_named_graphs_one_per_page_plus_entities_and_provenance(seed_dataset: Dataset) -> None:
    names = {g.identifier for g in seed_dataset.graphs() if len(g)}
    assert names == {
        IRIS.document_graph(TELEGRAM_ID),
        IRIS.document_graph(LETTER_ID),
        IRIS.entities_graph(),
        IRIS.provenance_graph(),
    }
    telegram_graph = seed_dataset.graph(IRIS.document_graph(TELEGRAM_ID))
    assert (TELEGRAM, CHANCERY.encloses, IRIS.document(f"{TELEGRAM_ID}-enc1")) in telegram_graph
    assert (IRIS.document(f"{TELEGRAM_ID}-enc1"), RDF.type, CHANCERY.Document) in telegram_graph


def test_no_blank_nodes(seed_dataset: Dataset) -> None:
    for quad in seed_dataset.quads((None, None, None, None)):
        assert not any(isinstance(term, BNode) for term in quad), quad


def test_same_person_on_both_pages_is_one_resource(seed_dataset: Dataset) -> None:
    graph = union(seed_dataset)
    stalin_letter = set(graph.objects(LETTER, RICO.hasAddressee))
    stalin_enclosure = set(graph.objects(IRIS.document(f"{TELEGRAM_ID}-enc1"), RICO.hasAddressee))
    first = graph.value(IRIS.distribution(TELEGRAM_ID, 1), CHANCERY.recipient)
    assert stalin_letter == stalin_enclosure == {first}
    forms = {str(f) for f in graph.objects(first, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert {"Cde. I. V. Stalin", "Commander-in-Chief Marshal Stalin"} <= forms


def test_every_document_agent_place_archive_has_a_label(seed_dataset: Dataset) -> None:
    graph = union(seed_dataset)
    kinds = [
        CHANCERY.Document,
        CHANCERY.Person,
        CHANCERY.Organization,
        CHANCERY.Place,
        CHANCERY.Archive,
        CHANCERY.ArchivalUnit,
        CHANCERY.AgentRole,
        CHANCERY.DistributionEntry,
        CHANCERY.Copy,
    ]
    for kind in kinds:
        for node in graph.subjects(RDF.type, kind):
            assert graph.value(node, RDFS.label) is not None, node


def test_distribution_in_order_with_copies(seed_dataset: Dataset) -> None:
    rows = union(seed_dataset).query(
        PREFIX
        + """SELECT ?pos ?name ?n WHERE {
            ?doc chancery:hasDistributionEntry ?e . ?e chancery:position ?pos ; chancery:recipient ?p ;
               chancery:copy ?c . ?c chancery:copyNumber ?n . ?p rdfs:label ?name } ORDER BY ?pos""",
        initBindings={"doc": TELEGRAM},
    )
    assert [(int(p), str(name), int(n)) for p, name, n in rows] == [
        (1, "I. V. Stalin", 1),
        (2, "V. M. Molotov", 2),
        (3, "G. M. Malenkov", 3),
        (4, "A. I. Mikoyan", 4),
        (5, "A. Ya. Vyshinsky", 5),
    ]


def test_copies_fate_and_destination(seed_dataset: Dataset) -> None:
    graph = seed_dataset.graph(IRIS.document_graph(TELEGRAM_ID))
    copy5, copy6 = IRIS.copy(TELEGRAM_ID, 5), IRIS.copy(TELEGRAM_ID, 6)
    assert graph.value(TELEGRAM, CHANCERY.copiesPrinted) == Literal(6)
    assert graph.value(TELEGRAM, CHANCERY.thisCopy) == copy6
    assert graph.value(copy6, CHANCERY.destination) == Literal("NKVD Secretariat file")
    assert graph.value(copy5, CHANCERY.copyFate) == Literal("returned and destroyed")
    fate = graph.value(copy5, CHANCERY.copyFateDate)
    assert graph.value(fate, CHANCERY.dateValue) == Literal("1946-06-05", datatype=XSD.date)
    assert (copy5, RDF.type, RICO.Instantiation) in graph
    assert len(set(graph.objects(TELEGRAM, RICO.hasOrHadInstantiation))) == 6


def test_unresolved_mention_keeps_its_role_node(seed_dataset: Dataset) -> None:
    graph = seed_dataset.graph(IRIS.document_graph(TELEGRAM_ID))
    node = IRIS.role(TELEGRAM_ID, "authenticator", 1)
    assert graph.value(node, CHANCERY.nameAsWritten) == Literal("[illegible signature]")
    assert graph.value(node, CHANCERY.agent) is None
    assert graph.value(TELEGRAM, CHANCERY.authenticatedBy) is None


def test_roles_direct_and_qualified(seed_dataset: Dataset) -> None:
    graph = union(seed_dataset)
    authors = {str(graph.value(a, RDFS.label)) for a in graph.objects(TELEGRAM, RICO.hasAuthor)}
    assert authors == {"Yegnarov", "Langvang"}
    assert set(graph.objects(TELEGRAM, RICO.hasSender)) == set(graph.objects(TELEGRAM, RICO.hasAuthor))
    beria = IRIS.role(TELEGRAM_ID, "recipient", 1)
    assert graph.value(beria, CHANCERY.affiliation) == Literal("USSR NKVD")
    nkvd = graph.value(beria, CHANCERY.affiliatedWith)
    assert (nkvd, RDF.type, CHANCERY.Organization) in graph
    assert graph.value(nkvd, RDFS.label) == Literal("USSR NKVD")
    signatory = IRIS.role(f"{TELEGRAM_ID}-enc1", "signatory", 1)
    assert graph.value(signatory, CHANCERY.office) == Literal("Deputy Chairman of the government")
    assert graph.value(signatory, CHANCERY.position) == Literal(1)


def test_archival_hierarchy_shared_and_sheets_on_document(seed_dataset: Dataset) -> None:
    graph = union(seed_dataset)
    delo100 = graph.value(TELEGRAM, RICO.isOrWasIncludedIn)
    delo95 = graph.value(LETTER, RICO.isOrWasIncludedIn)
    assert str(delo100).endswith("/archive/garf/fond/r-9401ss/opis/2/delo/100")
    opis = graph.value(delo100, RICO.isOrWasIncludedIn)
    assert opis == graph.value(delo95, RICO.isOrWasIncludedIn)
    fond = graph.value(opis, RICO.isOrWasIncludedIn)
    assert graph.value(fond, RICO.hasOrHadHolder) == IRIS.archive("GARF")
    assert graph.value(TELEGRAM, CHANCERY.sheets) == Literal("270-272")
    assert graph.value(delo100, RDFS.label) == Literal("GARF, Fond R-9401ss, Opis' 2, Delo 100")
    entities = seed_dataset.graph(IRIS.entities_graph())
    assert (delo100, RDF.type, CHANCERY.ArchivalUnit) in entities


def test_dates_typed_and_as_written(seed_dataset: Dataset) -> None:
    graph = union(seed_dataset)
    assert graph.value(TELEGRAM, DCTERMS.date) == Literal("1945-11-03", datatype=XSD.date)
    node = graph.value(TELEGRAM, CHANCERY.hasDate)
    assert graph.value(node, RICO.expressedDate) == Literal("November 3, 1945")
    enclosure = IRIS.document(f"{TELEGRAM_ID}-enc1")
    assert graph.value(enclosure, CHANCERY.hasDate) is None  # the letter itself is undated
    handed = graph.value(enclosure, CHANCERY.handedOverOn)
    assert graph.value(handed, CHANCERY.dateValue) == Literal("1945-10-31", datatype=XSD.date)
    folder_date = graph.value(graph.value(TELEGRAM, CHANCERY.folderHeader), CHANCERY.hasDate)
    assert graph.value(folder_date, CHANCERY.dateStart) == Literal("1945-10-03", datatype=XSD.date)


def test_references_classification_and_provenance(seed_dataset: Dataset) -> None:
    graph = union(seed_dataset)
    numbers = {
        str(graph.value(r, RICO.textualValue)) for r in graph.objects(TELEGRAM, RICO.hasOrHadIdentifier)
    }
    assert numbers == {"1248/b", "3452", "3453"}
    marking = graph.value(TELEGRAM, CHANCERY.securityClassification)
    assert marking == MARKING["top-secret"]
    assert graph.value(marking, RDFS.label) is not None
    prov = seed_dataset.graph(IRIS.provenance_graph())
    source = prov.value(IRIS.document_graph(TELEGRAM_ID), URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert prov.value(source, CHANCERY.sha256) == Literal("d1b52ec2" * 8)
    assert prov.value(source, CHANCERY.sourcePath) == Literal(f"data/seeds/{TELEGRAM_ID}.txt")


def test_authority_links_and_coordinates() -> None:
    stalin = Entity(
        "stalin",
        "person",
        "I. V. Stalin",
        {"Cde. I. V. Stalin"},
        {"wikidata": "Q855", "viaf": "101787139", "lcnaf": "n80017285", "gnd": "118616889", "unknown": "x"},
    )
    moscow = Entity("moscow", "place", "Moscow", {"Moscow"}, {"geonames": "524901"}, (55.75222, 37.61556))
    record = Record("x", "A letter", recipients=[Agent("I. V. Stalin", authority={"wikidata": "Q855"})])
    resolution = Resolution([stalin, moscow], {("x", "recipients", 0): stalin})
    dataset = build_graph([record], resolution, Settings())
    graph = dataset.graph(IRIS.entities_graph())
    person, place = IRIS.entity("person", "stalin"), IRIS.entity("place", "moscow")
    assert set(graph.objects(person, OWL.sameAs)) == {
        URIRef("http://www.wikidata.org/entity/Q855"),
        URIRef("http://viaf.org/viaf/101787139"),
        URIRef("http://id.loc.gov/authorities/names/n80017285"),
        URIRef("https://d-nb.info/gnd/118616889"),
    }
    assert graph.value(place, OWL.sameAs) == URIRef("https://sws.geonames.org/524901/")
    assert graph.value(place, SCHEMA.latitude) == Literal("55.75222", datatype=XSD.decimal)
    assert (place, RDFS.label, Literal("Moscow")) in graph


def test_base_iri_is_configurable() -> None:
    records = seed_records()
    dataset = build_graph(records, resolve(records), Settings(base_iri="http://data.test/x"))
    subjects = {s for s, _, _, g in dataset.quads((None, None, None, None))}
    ours = [s for s in subjects if "w3id.org/chancery" not in str(s)]
    assert ours and all(str(s).startswith("http://data.test/x/") for s in ours)


def test_deterministic(settings: Settings) -> None:
    def nquads() -> list[str]:
        records = seed_records()
        dataset = build_graph(records, resolve(records), settings)
        return sorted(" ".join(t.n3() for t in quad) for quad in dataset.quads((None, None, None, None)))

    assert nquads() == nquads()


def test_odd_values_do_not_break_the_graph(settings: Settings) -> None:
    record = Record(
        "odd id/with space",
        None,
        doc_type="not-a-type",
        classification="Eyes Only for the Ambassador",
        date=DateValue("31 February 1945", "1945-02-31"),
        citation=Citation("Box 3", None, {"box": "3"}),
    )
    dataset = build_graph([record], resolve([record]), settings)
    graph = union(dataset)
    doc = IRIS.document("odd id/with space")
    assert str(doc).endswith("/document/odd%20id%2Fwith%20space")
    assert graph.value(doc, RDFS.label) == Literal("Untitled document odd id/with space")
    assert str(graph.value(doc, CHANCERY.documentType)).endswith("/doc-type/other")
    minted = graph.value(doc, CHANCERY.securityClassification)
    assert minted == MARKING["eyes-only-for-the-ambassador"]
    assert graph.value(minted, RDFS.label) == Literal("Eyes Only for the Ambassador")
    assert graph.value(doc, DCTERMS.date) is None  # no such day: the date keeps only its text
    assert graph.value(doc, RICO.isOrWasIncludedIn) is None  # no archive: no shared unit


def test_building_twice_is_isomorphic(settings: Settings) -> None:
    records = seed_records()
    a = union(build_graph(records, resolve(records), settings))
    b = union(build_graph(seed_records(), resolve(seed_records()), settings))
    assert isomorphic(a, b)


def test_a_date_without_its_text_keeps_the_value_as_its_form(settings: Settings) -> None:
    from chancery.model import Reference

    record = Record("d", "A note", date=DateValue("", "1974"), references=[Reference("outgoing", " ", "Nº")])
    graph = union(build_graph([record], resolve([record]), settings))
    node = graph.value(IRIS.document("d"), CHANCERY.hasDate)
    assert graph.value(node, RICO.expressedDate) == Literal("1974")
    assert graph.value(IRIS.document("d"), RICO.hasOrHadIdentifier) is None  # a number with no number
