"""The five dumps: each parses back with independent parsers (pyoxigraph, and rapper where installed),
all hold the same triples (the same quads where the format keeps graphs), and they are the same bytes
from run to run."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.model import (
    Agent,
    Citation,
    Copies,
    CopyNote,
    DateValue,
    Delivery,
    DistributionEntry,
    Folder,
    Place,
    Record,
    Reference,
)
from chancery.publish import dumps as dumps_module
from chancery.publish.dumps import FORMATS, canonical_quads, dump, dumps
from chancery.resolve import resolve

ROOT = Path(__file__).resolve().parents[2]
RAPPER = shutil.which("rapper") or ("/usr/bin/rapper" if Path("/usr/bin/rapper").exists() else None)
OX_FORMATS = {
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.nt": ox.RdfFormat.N_TRIPLES,
    "graph.trig": ox.RdfFormat.TRIG,
    "graph.nq": ox.RdfFormat.N_QUADS,
    "graph.jsonld": ox.RdfFormat.JSON_LD,
}
KEEPS_GRAPHS = {"graph.trig", "graph.nq", "graph.jsonld"}


def _hand_records():
    """tests/graph/hand_records.py: the seed pages' records built by hand."""
    path = ROOT / "tests" / "graph" / "hand_records.py"
    spec = importlib.util.spec_from_file_location("hand_records", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_dataset() -> Dataset:
    """The seed pages and a State Department telegram (precedence, dispatch times, purposes...)."""
    hand = _hand_records()
    records = [*hand.seed_records(), hand.cable()]
    return build_graph(records, resolve(records), Settings())


def expected(dataset: Dataset) -> tuple[set[ox.Quad], set[ox.Triple]]:
    quads = set(canonical_quads(dataset).quads)
    return quads, {q.triple for q in quads}


def parsed(name: str, data: bytes) -> set[ox.Quad]:
    return set(ox.parse(data, format=OX_FORMATS[name]))


def check_all(dataset: Dataset, files: dict[str, bytes]) -> None:
    quads, triples = expected(dataset)
    for name, data in files.items():
        got = parsed(name, data)
        if name in KEEPS_GRAPHS:
            assert got == quads, (
                f"{name}: {len(got ^ quads)} quads differ: {sorted(map(str, got ^ quads))[:5]}"
            )
        else:
            got_triples = {q.triple for q in got}
            assert got_triples == triples, f"{name}: {sorted(map(str, got_triples ^ triples))[:5]}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, Path]:
    out = tmp_path_factory.mktemp("dumps")
    dataset = seed_dataset()
    dump(dataset, out, Settings())
    return dataset, out


def test_writes_five_dumps_the_context_and_build_json(built: tuple[Dataset, Path]) -> None:
    _, out = built
    assert sorted(p.name for p in out.iterdir()) == sorted([*FORMATS, "context.jsonld", "build.json"])
    assert (out / "context.jsonld").read_bytes() == (ROOT / "ontology" / "context.jsonld").read_bytes()


def test_every_dump_parses_back_to_the_same_graph(built: tuple[Dataset, Path]) -> None:
    dataset, out = built
    check_all(dataset, {name: (out / name).read_bytes() for name in FORMATS})


def test_jsonld_is_compacted_and_keeps_named_graphs(built: tuple[Dataset, Path]) -> None:
    import json

    _, out = built
    doc = json.loads((out / "graph.jsonld").read_text())
    assert isinstance(doc["@context"], dict)
    names = [g["@id"] for g in doc["@graph"]]
    assert names == sorted(names) and len(names) == 5
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    telegram = next(n for n in nodes if n["@id"].endswith("/document/000_309a8ed843226cda"))
    assert telegram["documentType"] == {"@id": "doctype:telegram"}
    assert telegram["copiesPrinted"] == 6
    assert "Document" in telegram["@type"]
    cable = next(n for n in nodes if n["@id"].endswith("/document/frus_1955_042"))
    assert cable["chancery:precedence"] == {"@id": "precedence:niact"}
    assert cable["precedenceAsWritten"] == "NIACT"
    entry = next(n for n in nodes if n["@id"].endswith("/document/frus_1955_042/distribution/3"))
    assert entry["sentFor"] == {"@id": "purpose:information"} and entry["copiesReceived"] == 2
    sent = next(n for n in nodes if n["@id"].endswith("/document/frus_1955_042/dispatched-date"))
    assert sent["dateValue"] == {"@value": "1955-07-28T18:37:00", "@type": "xsd:dateTime"}


@pytest.mark.skipif(RAPPER is None, reason="rapper (raptor2-utils) is not installed")
@pytest.mark.parametrize(
    ("name", "syntax"),
    [("graph.ttl", "turtle"), ("graph.nt", "ntriples"), ("graph.trig", "trig"), ("graph.nq", "nquads")],
)
def test_rapper_reads_the_same_graph(built: tuple[Dataset, Path], name: str, syntax: str) -> None:
    dataset, out = built
    result = subprocess.run(
        [RAPPER, "-q", "-i", syntax, "-o", "nquads", str(out / name)], capture_output=True, check=True
    )
    got = set(ox.parse(result.stdout, format=ox.RdfFormat.N_QUADS))
    quads, triples = expected(dataset)
    if name in KEEPS_GRAPHS:
        assert got == quads
    else:
        assert {q.triple for q in got} == triples


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    """Fresh processes with different hash seeds write the same bytes."""
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, 'tests/publish');"
        "from test_dumps import seed_dataset; from chancery.publish.dumps import dump;"
        "dump(seed_dataset(), Path(sys.argv[1]))"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, check=True)
        outs.append(out)
    for name in [*FORMATS, "context.jsonld", "build.json"]:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_nt_and_nq_lines_are_sorted(built: tuple[Dataset, Path]) -> None:
    _, out = built
    for name in ("graph.nt", "graph.nq"):
        lines = (out / name).read_bytes().splitlines()
        assert lines == sorted(set(lines))


def test_an_interrupted_dump_leaves_the_old_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dataset = seed_dataset()
    (tmp_path / "graph.ttl").write_bytes(b"old")

    def broken(quads: object) -> bytes:
        raise KeyboardInterrupt

    monkeypatch.setitem(dumps_module.FORMATS, "graph.nq", broken)
    with pytest.raises(KeyboardInterrupt):
        dump(dataset, tmp_path, Settings())
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_bytes() == b"old"


def test_written_files_are_readable_by_others(built: tuple[Dataset, Path]) -> None:
    _, out = built
    assert (out / "graph.ttl").stat().st_mode & 0o044


# -- property: dump -> parse gives the same quads, for arbitrary records ------------------------------

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20) | st.text(
    ' ,;."\\\n{}a<>', max_size=12
)
name = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=15)
iso = st.one_of(
    st.none(),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
    st.from_regex(r"\A[0-9]{4}(-[0-9]{2})?\Z"),
    text,
)
dates = st.builds(DateValue, text, iso, iso, iso, st.sampled_from([None, "circa", "before", "after"]))
agents = st.lists(
    st.builds(
        Agent,
        name,
        text,
        st.sampled_from(["person", "organization", "unknown"]),
        st.lists(text, max_size=2),
        st.none() | text,
        st.none() | text,
    ),
    max_size=3,
)
citations = st.builds(
    Citation,
    text,
    st.none() | text,
    st.dictionaries(
        st.sampled_from(["archive", "fond", "opis", "delo", "box", "list_or_pages"]), name, max_size=5
    ),
)
copies = st.builds(
    Copies,
    st.none() | st.integers(0, 99),
    st.none() | st.integers(1, 9),
    st.lists(
        st.builds(CopyNote, st.integers(1, 9), st.none() | text, st.none() | text, st.none() | dates),
        max_size=3,
    ),
)
folders = st.builds(
    Folder, text, st.none() | text, st.none() | dates, st.none() | st.integers(0, 999), st.none() | text
)
references = st.lists(
    st.builds(Reference, st.sampled_from(["outgoing", "Incoming", "", "cipher nº"]), text, text), max_size=3
)
deliveries = st.builds(Delivery, st.none() | dates, st.none() | text, st.none() | text)
enclosures = st.lists(
    st.builds(
        Record,
        id=name,
        title=st.none() | text,
        doc_type=st.just("letter"),
        authors=agents,
        signatories=agents,
    ),
    max_size=1,
)
records = st.builds(
    Record,
    id=name,
    event_date=st.none() | dates,
    signatories=agents,
    folder=st.none() | folders,
    references=references,
    delivery=st.none() | deliveries,
    enclosed_documents=enclosures,
    based_on=st.lists(text, max_size=1),
    title=st.none() | text,
    doc_type=st.sampled_from(["letter", "telegram", "record_of_conversation", "other", "bogus"]),
    date=st.none() | dates,
    summary=st.none() | text,
    authors=agents,
    recipients=agents,
    distribution=st.lists(
        st.builds(
            DistributionEntry,
            st.builds(Agent, name),
            st.integers(0, 5),
            st.none() | st.integers(1, 9),
            st.sampled_from([None, "action", "information", "other"]),
            st.none() | st.integers(1, 9),
        ),
        max_size=3,
    ),
    cleared_by=agents,
    signed_for=agents,
    dispatched=st.none() | dates,
    received=st.none() | dates,
    precedence=st.none() | st.sampled_from(["NIACT", "Op Immed", "Most Immediate"]) | text,
    source_layout=st.none() | text,
    places=st.lists(
        st.builds(Place, name, text, st.sampled_from(["sent_from", "sent_to", "written_at", "x"])), max_size=2
    ),
    classification=st.none() | text,
    citation=st.none() | citations,
    copies=st.none() | copies,
    editorial_notes=st.lists(text, max_size=2),
    mentioned_places=st.lists(text, max_size=2),
    text=text,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records, min_size=1, max_size=3, unique_by=lambda r: r.id))
def test_dump_then_parse_gives_the_same_quads(batch: list[Record]) -> None:
    dataset = build_graph(batch, resolve(batch), Settings())
    check_all(dataset, dumps(dataset))


@pytest.mark.parametrize(("name", "syntax"), [("graph.jsonld", "json-ld"), ("graph.trig", "trig")])
def test_rdflib_reads_the_same_quads(built: tuple[Dataset, Path], name: str, syntax: str) -> None:
    """A third parser, rdflib's own JSON-LD processor included (pyoxigraph's is the first)."""
    import warnings

    dataset, out = built
    parsed = Dataset()
    with warnings.catch_warnings(), (out / name).open("rb") as handle:
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's Dataset.parse uses its own old API
        parsed.parse(handle, format=syntax)

    def quads(ds: Dataset) -> set[tuple[str, ...]]:
        return {(s.n3(), p.n3(), o.n3(), g.n3()) for s, p, o, g in ds.quads((None, None, None, None))}

    assert quads(parsed) == quads(dataset)
