"""Generated graphs (dates, ranges, counts, positions and coordinates with odd literals) through validate():
a report every time, never an exception, and no shape that pyshacl fails to check.

pyshacl once raised TypeError on a range of two xsd:gYear values (6266 to 2252) and called the range
xsd:gYear 1945 to xsd:date 1946-03-01 reversed; chs:DateRangeShape now orders ranges by one SPARQL query.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

from chancery.validate import UNCHECKED, ValidationReport, validate

CASES = Path(__file__).parent / "cases"
BASE = "https://example.org/chancery/"
CHANCERY = Namespace("https://w3id.org/chancery/ns#")
RICO = Namespace("https://www.ica.org/standards/RiC/ontology#")
SCHEMA = Namespace("https://schema.org/")
BACKGROUND = Graph().parse(
    data=(CASES / "prefixes.ttl").read_text(encoding="utf-8")
    + (CASES / "background.ttl").read_text(encoding="utf-8"),
    format="turtle",
)
DOC = URIRef(f"{BASE}document/d1")
DATATYPES = [XSD.gYear, XSD.gYearMonth, XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.string, None]

years = st.integers(-9999, 99999).map(lambda y: f"{'-' if y < 0 else ''}{abs(y):04d}")
zones = st.sampled_from(["", "Z", "+03:00", "-05:00"])
well_formed = st.one_of(
    st.builds(lambda y, z: Literal(y + z, datatype=XSD.gYear), years, zones),
    st.builds(
        lambda y, m, z: Literal(f"{y}-{m:02d}{z}", datatype=XSD.gYearMonth), years, st.integers(1, 12), zones
    ),
    st.builds(lambda d: Literal(d.isoformat(), datatype=XSD.date), st.dates()),
    st.integers(-10, 10**6).map(Literal),
)
odd = st.builds(
    lambda text, datatype: Literal(text, datatype=datatype) if datatype else Literal(text),
    st.one_of(st.text(max_size=12), st.from_regex(r"-?[0-9]{1,6}(-[0-9]{1,3}){0,3}", fullmatch=True)),
    st.sampled_from(DATATYPES),
)
literals = st.one_of(well_formed, odd, st.text(max_size=8).map(lambda t: Literal(t, lang="en")))


def node(path: str) -> URIRef:
    return URIRef(f"{BASE}document/d1/{path}")


def graph_with(values: dict[str, Literal | None]) -> Graph:
    """The background's complete document with a date range, a copy and a distribution entry."""
    graph = Graph()
    graph += BACKGROUND
    date, copy, entry = node("date"), node("copy/1"), node("distribution/1")
    graph.add((DOC, CHANCERY.hasDate, date))
    graph += [(date, RDF.type, CHANCERY.DocumentDate), (date, RDF.type, RICO.Date)]
    graph.add((date, RICO.expressedDate, Literal("as written")))
    graph += [(copy, RDF.type, CHANCERY.Copy), (copy, RDF.type, RICO.Instantiation)]
    graph += [(copy, RDFS_LABEL, Literal("Copy 1")), (copy, RICO.isOrWasInstantiationOf, DOC)]
    graph += [(DOC, RICO.hasOrHadInstantiation, copy), (DOC, CHANCERY.hasDistributionEntry, entry)]
    graph += [
        (entry, RDF.type, CHANCERY.DistributionEntry),
        (entry, CHANCERY.nameAsWritten, Literal("Cde. X")),
    ]
    subjects = {
        "date": date,
        "copy": copy,
        "doc": DOC,
        "entry": entry,
        "place": URIRef(f"{BASE}place/moscow"),
    }
    for key, value in values.items():
        if value is not None:
            where, predicate = key.split(":")
            graph.add((subjects[where], PREDICATES[predicate], value))
    return graph


RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
PREDICATES = {
    "dateStart": CHANCERY.dateStart,
    "dateEnd": CHANCERY.dateEnd,
    "dateValue": CHANCERY.dateValue,
    "copyNumber": CHANCERY.copyNumber,
    "copiesPrinted": CHANCERY.copiesPrinted,
    "position": CHANCERY.position,
    "latitude": SCHEMA.latitude,
}
FIELDS = [
    "date:dateStart",
    "date:dateEnd",
    "date:dateValue",
    "copy:copyNumber",
    "doc:copiesPrinted",
    "entry:position",
    "place:latitude",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: st.one_of(st.none(), literals) for k in FIELDS}))
def test_validate_returns_a_report_and_never_raises(values: dict[str, Literal | None]) -> None:
    report = validate(graph_with(values))
    assert isinstance(report, ValidationReport)
    assert not [r for r in report.results if r.focus == UNCHECKED], report.text()
    assert report.text()
