"""chancery build: defaults, summary on stderr, exit codes 0 / 1 / 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.publish.dumps import FORMATS

OUTPUTS = sorted([*FORMATS, "context.jsonld", "build.json"])


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def test_builds_the_sample_data_by_default(tmp_path: Path) -> None:
    code, err = run("build", "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == OUTPUTS
    assert "2 files read, 0 failed; 3 documents" in err
    assert "conforms" in err and "wrote" in err


def test_a_bad_input_is_reported_and_the_others_built(tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    code, err = run("build", str(seeds_dir), str(bad), "--out", str(tmp_path / "out"))
    assert code == 3
    assert f"Error: {bad}: " in err
    assert "2 files read, 1 failed" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == OUTPUTS


def test_a_graph_that_does_not_conform_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import chancery.validate

    class Report:
        conforms = False
        triples = 1
        violations = ["x"]

        def text(self) -> str:
            return "Does not conform: 1 violation(s)\n"

    monkeypatch.setattr(chancery.validate, "validate", lambda dataset, settings: Report())
    code, err = run("build", "--out", str(tmp_path / "out"))
    assert code == 1
    assert "does not conform" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_base_iri_and_no_validate(tmp_path: Path) -> None:
    code, err = run("build", "--out", str(tmp_path), "--base", "http://data.test/", "--no-validate")
    assert code == 0, err
    assert "not validated (--no-validate): " in err and " statements written" in err
    assert "<http://data.test/document/000_309a8ed843226cda>" in (tmp_path / "graph.nt").read_text()


def test_help_documents_exit_codes() -> None:
    result = CliRunner().invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    assert "--out" in result.output and "--base" in result.output and "--no-validate" in result.output


def test_a_bad_base_iri_is_a_usage_error(tmp_path: Path) -> None:
    code, err = run("build", "--out", str(tmp_path), "--base", "not an iri")
    assert code == 2
    assert "Error: base IRI 'not an iri/' is not an absolute IRI" in err
    assert not any(tmp_path.iterdir())


def test_an_unwritable_output_is_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, err = run("build", "--out", str(blocker / "out"))
    assert code == 4
    assert f"Error: {blocker / 'out'}: cannot create the output folder" in err
