"""chancery link and chancery build --link-endpoint, end to end over the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main

SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"


@pytest.fixture
def seeds(shared: Path) -> Path:
    return shared / "seeds"


def test_link_prints_links_and_writes_the_review_file(
    seeds: Path, shared: Path, authority_endpoint: str, tmp_path: Path
) -> None:
    review = tmp_path / "review.txt"
    args = ["link", str(seeds), str(shared / "dev-corpus"), "--link-endpoint", authority_endpoint,
            "--cache", str(tmp_path / "cache"), "--review", str(review)]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Q855" in result.stdout and "Joseph Stalin" in result.stdout
    assert review.read_text(encoding="utf-8").startswith("# chancery link review")
    assert "to review written to" in result.stderr


def test_build_links_then_rebuilds_offline_byte_identical(
    seeds: Path, authority_endpoint: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    online = CliRunner().invoke(
        main, ["build", str(seeds), "--out", str(out), "--link-endpoint", authority_endpoint]
    )
    if online.exit_code != 0 and "does not conform" in online.stderr:
        pytest.skip("the graph of the seeds does not conform yet (not the linker's doing)")
    assert online.exit_code == 0, online.output
    triples = (out / "graph.nt").read_text(encoding="utf-8")
    assert f"{SAME_AS} <http://www.wikidata.org/entity/Q855>" in triples
    assert f"{SAME_AS} <http://www.wikidata.org/entity/Q141829>" in triples
    assert f"{SAME_AS} <https://sws.geonames.org/524901/>" in triples
    offline = CliRunner().invoke(main, ["build", str(seeds), "--out", str(out)])
    assert offline.exit_code == 0, offline.output
    assert "skipped" not in offline.stderr
    assert (out / "graph.nt").read_text(encoding="utf-8") == triples


def test_build_without_endpoint_or_cache_says_linking_was_skipped(seeds: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(tmp_path / "out")])
    assert "linking skipped" in result.stderr


def test_build_applies_the_decisions_file(seeds: Path, tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.txt"
    decisions.write_text("same-as Alihan Tore | Q1000\nmerge Nobody | Somebody\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(out), "--decisions", str(decisions)])
    assert f"{decisions}:2: decision no longer applies: merge Nobody | Somebody" in result.stderr
    if result.exit_code == 0:
        assert f"{SAME_AS} <http://www.wikidata.org/entity/Q1000>" in (out / "graph.nt").read_text(
            encoding="utf-8"
        )


def test_link_json_carries_scores_and_features(seeds: Path, authority_endpoint: str, tmp_path: Path) -> None:
    import json

    args = ["link", str(seeds), "--link-endpoint", authority_endpoint, "--cache", str(tmp_path)]
    args += ["--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["Q855"]["verdict"] == "link" and rows["Q855"]["features"]["type"] == "agrees"
    assert rows["1529435"]["authority"] == "geonames"
