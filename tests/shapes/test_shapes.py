"""Every shape of shapes/ has a conforming and a violating example, in cases/<ShapeName>/.

``ok*.ttl|trig`` must conform to all the shapes (no result at all); each ``bad*.ttl|trig`` must break the
shape its folder is named after, and no other. Cases are loaded with ``prefixes.ttl`` and
``background.ttl`` (concepts, a few entities, an archival chain, one complete document) as TriG.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from chancery.graph.namespaces import CHANCERY_NS
from chancery.resources import resource_dir
from chancery.shapes import CHS, load_shapes
from chancery.validate import load_rdf, read_results, run_pyshacl, union_graph, validate

CASES = Path(__file__).parent / "cases"
PREFIXES = (CASES / "prefixes.ttl").read_text(encoding="utf-8")
BACKGROUND = (CASES / "background.ttl").read_text(encoding="utf-8")
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def case_files(kind: str) -> list[Path]:
    return sorted(p for p in CASES.glob(f"*/{kind}*") if p.suffix in (".ttl", ".trig"))


def load_case(path: Path, tmp_path: Path) -> Graph:
    trig = tmp_path / f"{path.parent.name}-{path.stem}.trig"
    trig.write_text(PREFIXES + BACKGROUND + path.read_text(encoding="utf-8"), encoding="utf-8")
    return load_rdf(trig)


def case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def targeted_shapes() -> list[str]:
    shapes = load_shapes(resource_dir("shapes"))
    names = {s for p in TARGETS for s in shapes.subjects(p, None)}
    return sorted(str(s)[len(str(CHS)) :] for s in names)


def test_background_conforms(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    report = validate(load_case(empty, tmp_path))
    assert report.conforms and not report.results, report.text()


@pytest.mark.parametrize("path", case_files("ok"), ids=case_id)
def test_conforming_example(path: Path, tmp_path: Path) -> None:
    report = validate(load_case(path, tmp_path))
    assert report.conforms and not report.results, report.text()


@pytest.mark.parametrize("path", case_files("bad"), ids=case_id)
def test_violating_example(path: Path, tmp_path: Path) -> None:
    report = validate(load_case(path, tmp_path))
    assert report.results, f"{case_id(path)} breaks nothing"
    shapes = {r.shape for r in report.results}
    assert shapes == {f"chs:{path.parent.name}"}, report.text()


@pytest.mark.parametrize("shape", targeted_shapes())
def test_every_shape_has_both_examples(shape: str) -> None:
    folder = CASES / shape
    assert list(folder.glob("ok*")), f"no conforming example in {folder}"
    assert list(folder.glob("bad*")), f"no violating example in {folder}"


def test_shapes_are_core_shacl_but_three_targets() -> None:
    """A SHACL-SPARQL constraint runs a query per focus node (notes/performance.md: about 4x): none here.
    Three SPARQL targets, one query each over the whole graph: the documents whose distribution list
    repeats a position or that number a copy above the count printed, and the date ranges that end before
    they start (pyshacl's sh:lessThanOrEquals raised TypeError on values Python cannot order)."""
    shapes = load_shapes(resource_dir("shapes"))
    assert not list(shapes.subjects(SH.sparql, None))
    assert not list(shapes.subjects(RDF.type, SH.SPARQLRule))
    assert {str(s) for s in shapes.subjects(SH.target, None)} == {
        str(CHS.DistributionPositionsShape),
        str(CHS.DateRangeShape),
        str(CHS.CopyNumberShape),
    }
    assert not list(shapes.subjects(SH.lessThanOrEquals, None)), "pyshacl raises on values it cannot order"


def test_each_constraint_of_a_unit_reports_its_own_message(tmp_path: Path) -> None:
    """A node-level sh:message is shown for every node-level constraint: the name of a unit is checked by
    a property shape, so that its failure does not read "must also be a rico:RecordSet"."""
    report = validate(load_case(CASES / "ArchivalUnitShape" / "bad.ttl", tmp_path))
    messages = {(r.path, r.message) for r in report.results}
    assert (None, "A chancery:ArchivalUnit must also be a rico:RecordSet.") in messages
    [named] = [m for p, m in messages if p and "rico:identifier" in p]
    assert named.startswith("An archival unit needs a rico:identifier or a rico:title")
    assert sum("RecordSet" in m for _, m in messages) == 1


def test_every_term_the_shapes_use_is_in_the_ontology() -> None:
    ontology = Graph().parse(resource_dir("ontology") / "chancery.ttl")
    defined = {str(s) for s in ontology.subjects()}
    shapes = load_shapes(resource_dir("shapes"))
    used = {
        str(t) for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(CHANCERY_NS)
    }
    assert used - defined == set()


@pytest.mark.parametrize("path", case_files("bad"), ids=case_id)
def test_compiled_shapes_report_what_the_shapes_as_written_report(path: Path, tmp_path: Path) -> None:
    """validate() checks compiled shapes (property shapes lifted to the top with their node shape's
    targets, chancery.shapes): each case gives the same results as with the shapes as written."""
    data = load_case(path, tmp_path)
    union = union_graph(data)
    written = load_shapes(resource_dir("shapes"))
    expected = read_results(run_pyshacl(union, written), written, union, data)
    assert validate(data).results == expected
