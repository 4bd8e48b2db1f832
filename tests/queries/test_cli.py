"""chancery query NAME --data DIR: the three output formats and the errors."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from chancery.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_csv(seeds_build) -> None:
    result = run("query", "distribution-list", "--data", str(seeds_build), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["copyNumber"] for r in rows] == ["1", "2", "3", "4", "5", "6"]


def test_json_is_sparql_results(seeds_build) -> None:
    result = run("query", "credits", "--data", str(seeds_build), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["head"]["vars"][:3] == ["document", "title", "credit"]
    assert data["results"]["bindings"][0]["document"]["type"] == "uri"


def test_table(seeds_build) -> None:
    result = run("query", "correspondence-network", "--data", str(seeds_build))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:2] == ["author", "authorName"]
    assert "(3 rows)" in result.output


def test_a_query_file(seeds_build, tmp_path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("# How many documents.\nSELECT (COUNT(*) AS ?n) WHERE { ?d a ?type }\n")
    result = run("query", str(rq), "--data", str(seeds_build), "--format", "csv")
    assert result.output.splitlines()[0] == "n" and int(result.output.splitlines()[1]) > 3


def test_list() -> None:
    result = run("query", "list")
    assert result.exit_code == 0 and "distribution-list" in result.output


def test_unknown_query(seeds_build) -> None:
    result = run("query", "nope", "--data", str(seeds_build))
    assert result.exit_code == 2
    assert "Error: nope: no saved query named 'nope'" in result.output


def test_bad_sparql(seeds_build, tmp_path) -> None:
    rq = tmp_path / "bad.rq"
    rq.write_text("SELEKT * WHERE { ?s ?p ?o }")
    result = run("query", str(rq), "--data", str(seeds_build))
    assert result.exit_code == 4 and "not valid SPARQL" in result.output


def test_not_a_built_folder(tmp_path) -> None:
    result = run("query", "credits", "--data", str(tmp_path))
    assert result.exit_code == 3 and "not a built folder" in result.output


def test_data_or_endpoint() -> None:
    assert run("query", "credits").exit_code == 2
