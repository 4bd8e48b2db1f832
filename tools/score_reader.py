"""Score the page reader on folders of pages with ground truth, with the project's scorer.

    python tools/score_reader.py [FOLDER...] [--verbose] [--fields]

A folder is either a corpus (``NNN_slug.txt`` beside ``NNN_slug.json``, as ``../shared/dev-corpus``) or
a folder of golden cases (``<name>/page.txt`` and ``<name>/expected.json``, as ``tests/sources/cases``).
Default: the seeds, both dev corpora and the golden cases. Prints one line per folder (and the fields
with ``--fields``); ``--verbose`` passes the scorer's list of errors through.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from chancery.errors import ChanceryError
from chancery.sources.page import PageReader

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT = [
    SHARED / "seeds",
    SHARED / "dev-corpus",
    SHARED / "dev-corpus-2",
    ROOT / "tests" / "sources" / "cases",
]


def pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(id, page, gold) for every page of a corpus or a cases folder."""
    found = [(p.stem, p, p.with_suffix(".json")) for p in sorted(folder.glob("*.txt"))]
    found += [(p.name, p / "page.txt", p / "expected.json") for p in sorted(folder.iterdir()) if p.is_dir()]
    return [(i, page, gold) for i, page, gold in found if page.is_file() and gold.is_file()]


def score(folder: Path, verbose: bool, fields: bool) -> str:
    reader = PageReader()
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        predicted, refused = [], 0
        for doc_id, page, gold in pairs(folder):
            (gold_dir / f"{doc_id}.json").write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
            try:
                records = reader.read(page, page.read_bytes())
            except ChanceryError as exc:
                refused += 1
                print(f"  refused: {exc}", file=sys.stderr)
                continue
            out = records[0].to_json()
            out["id"] = doc_id
            predicted.append(out)
        pred = Path(tmp) / "predicted.json"
        pred.write_text(json.dumps(predicted), encoding="utf-8")
        args = [sys.executable, str(SHARED / "eval" / "score.py"), str(pred), str(gold_dir)]
        run = subprocess.run(
            args + (["--verbose"] if verbose else []), capture_output=True, text=True, check=True
        )
    out = run.stdout
    f1 = re.search(r"F1=([0-9.]+)\s*$", out)
    head = f"{folder.name:14} F1={f1.group(1) if f1 else '?'}  refused={refused}"
    body = out if verbose or fields else ""
    return head + ("\n" + body if body else "")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--fields", action="store_true")
    args = parser.parse_args()
    for folder in args.folders or DEFAULT:
        print(score(folder, args.verbose, args.fields))


if __name__ == "__main__":
    main()
