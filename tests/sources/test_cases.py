"""Golden pages: ``cases/<name>/page.txt`` read by the page reader, scored against ``expected.json``.

The pages were written apart from the reader's rules (archives, document types, title grammars, header
forms and credits beyond the dev corpus), so their score estimates the reader's accuracy on pages it has
not seen. Scoring uses the project's own scorer (``eval/score.py``), per case and over all cases.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chancery.sources.page import PageReader

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.name for p in CASES.iterdir() if (p / "page.txt").exists())
MIN_CASE = 0.9  # every page, on its own
MIN_ALL = 0.97  # micro F1 over every case
# Pages the reader still gets wrong, and why (strict: a fix shows up as an unexpected pass).
KNOWN_GAPS = {
    "letter_dear_sir_no_signer": "archive: a fonds named 'Archive of X' before its holding institution",
}


def _record(name: str) -> dict:
    path = CASES / name / "page.txt"
    (record,) = PageReader().read(path, path.read_bytes())
    out = record.to_json()
    out["id"] = name
    return out


def _score(shared: Path, names: list[str], tmp_path: Path) -> tuple[float, str]:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in names:
        (gold / f"{name}.json").write_text((CASES / name / "expected.json").read_text(encoding="utf-8"))
    predicted = tmp_path / "predicted.json"
    predicted.write_text(json.dumps([_record(n) for n in names]), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(predicted), str(gold), "--verbose"],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(re.search(r"F1=([0-9.]+)\s*$", run.stdout).group(1)), run.stdout


def test_there_are_enough_cases():
    assert len(NAMES) >= 25


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[n])) if n in KNOWN_GAPS else n
        for n in NAMES
    ],
)
def test_case(shared, name, tmp_path):
    f1, report = _score(shared, [name], tmp_path)
    assert f1 >= MIN_CASE, report


def test_all_cases(shared, tmp_path):
    f1, report = _score(shared, NAMES, tmp_path)
    assert f1 >= MIN_ALL, report


@pytest.mark.parametrize("name", NAMES)
def test_case_read_the_same_with_crlf_and_bom(name, tmp_path):
    """Line ends and a byte-order mark change nothing a page states."""
    page = (CASES / name / "page.txt").read_bytes()
    path = tmp_path / "page.txt"
    (plain,) = PageReader().read(path, page)
    try:
        bom = page.decode("utf-8") and b"\xef\xbb\xbf"
    except UnicodeDecodeError:
        bom = b""  # a page in an 8-bit code page has no UTF-8 mark
    (messy,) = PageReader().read(path, bom + page.replace(b"\n", b"\r\n"))
    keep = ("title", "date", "authors", "recipients", "participants", "places", "classification", "citation")
    assert {k: plain.to_json()[k] for k in keep} == {k: messy.to_json()[k] for k in keep}
