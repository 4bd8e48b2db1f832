"""``chancery extract FILE --explain`` on every page of both development corpora: every line explained."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from chancery.sources.page.explain import explain

ROOT = Path(__file__).resolve().parents[2]


def _pages(shared: Path) -> list[Path]:
    return sorted((shared / "dev-corpus").glob("*.txt")) + sorted((shared / "dev-corpus-2").glob("*.txt"))


def test_every_line_of_every_dev_page_is_explained(shared):
    pages = _pages(shared)
    assert len(pages) == 35
    for path in pages:
        page, record, lines = explain(path, path.read_bytes())
        filled = [k + 1 for k, text in enumerate(page.lines) if text.strip()]
        assert [e.number for e in lines] == filled, path
        assert all(e.block and e.rule for e in lines), path
        assert {e.block for e in lines if e.number - 1 in page.chrome} <= {"site"}
        if record.date is not None:  # the line that gave the date says so
            assert any("date" in e.fed for e in lines), path


def test_blocks_and_fields_of_the_seed_telegram(shared):
    path = shared / "seeds" / "000_309a8ed843226cda.txt"
    _, _, lines = explain(path, path.read_bytes())
    by_text = {}
    for e in lines:
        by_text.setdefault(e.text, e)  # the first line of each text (the marking recurs in the site's field)
    assert by_text["Distributed to:"].block == "distribution"
    assert by_text["Cde. V. M. Molotov"].fed == ["distribution[2]"]
    assert by_text["Authenticated by [illegible signature]"].block == "drafting"
    assert by_text["Top Secret"].block == "marking" and "classification" in by_text["Top Secret"].fed
    assert by_text["November 3, 1945"].block == "site"


@pytest.mark.parametrize("corpus", ["dev-corpus", "dev-corpus-2"])
def test_the_cli_explains_a_page_of_each_corpus(shared, corpus):
    page = sorted((shared / corpus).glob("*.txt"))[0]
    run = subprocess.run(
        [sys.executable, "-m", "chancery", "extract", str(page), "--explain"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert re.search(r": layout [\w-]+ \(evidence:", run.stdout)
    assert "lines no block claimed:" in run.stdout.splitlines()[-1]
