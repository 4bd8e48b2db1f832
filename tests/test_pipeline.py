"""The pipeline over a batch: duplicate files and duplicate ids."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from chancery.cli import main
from chancery.sources import read_sources


def test_a_second_file_with_the_same_id_is_refused_not_merged(tmp_path, seeds_dir):
    page = next(seeds_dir.glob("000_*.txt"))
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(page, tmp_path / folder / page.name)
    outcome = read_sources([tmp_path])
    assert [r.id for r in outcome.records] == [page.stem]
    assert outcome.files_read == 1 and outcome.files_failed == 1
    message = str(outcome.errors[0])
    assert message.startswith(str(tmp_path / "b" / page.name)) and "already read from" in message


def test_build_goes_on_past_a_duplicate_and_exits_3(tmp_path, seeds_dir):
    src = tmp_path / "src"
    src.mkdir()
    for page in seeds_dir.glob("*.txt"):
        shutil.copy(page, src / page.name)
    (src / "again").mkdir()
    shutil.copy(next(seeds_dir.glob("001_*.txt")), src / "again" / "001_2383f93aa2bbb290.txt")
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3, result.output
    assert "already read from" in result.output
    assert "2 files read, 1 failed" in result.output
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_identical_files_under_two_names_still_conform(tmp_path, seeds_dir):
    page = next(seeds_dir.glob("001_*.txt"))
    shutil.copy(page, tmp_path / page.name)
    shutil.copy(page, tmp_path / "copy_of_the_letter.txt")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
