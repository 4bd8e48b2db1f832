"""Block grammars: how exactly the page reader recovers blocks composed by the generators.

    .venv/bin/python benchmarks/blocks.py [--cases 2000] [--seed 0] [--kinds distribution header ...]
                                          [--failures 3] [--choices 5] [--write]

Each generator of ``tests/sources/generators/`` composes realistic variants of one block kind
(distribution lists, header fields, signature blocks, drafting lines, date lines, archival citations) from
independent choices; a case counts when the reader gives back exactly what was composed (each generator's
docstring says what that is). Prints per kind the cases, the exact recoveries and their share, and the
choices the failures share most (a choice's failures / its cases). ``--write`` puts the table into
``benchmarks/RESULTS.md`` under its own heading. To measure another state of the reader, put its ``src``
first on the path: ``PYTHONPATH=/tmp/reader/src .venv/bin/python benchmarks/blocks.py``.
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the generators live with the tests, imported as pytest does

from sources.generators import KINDS, Measure, measure  # noqa: E402

HEADING = "## Block grammars (`benchmarks/blocks.py`)"
TARGET = 0.99


def _state() -> str:
    """Which reader was measured: the commit of the checkout the chancery package comes from."""
    import chancery

    where = Path(chancery.__file__).resolve().parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(where), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(where), "status", "--porcelain", "--", "."], capture_output=True, text=True
        ).stdout.strip()
        return f"{commit}{' with uncommitted changes' if dirty else ''}"
    except (OSError, subprocess.CalledProcessError):
        return f"the reader at {where}"


def _table(results: list[tuple[Measure, float]], choices: int) -> list[str]:
    lines = [
        "| kind | cases | exact | share | seconds | failures share most |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for result, seconds in results:
        worst = "; ".join(f"{k}={v} {n}/{total}" for k, v, n, total in result.by_choice()[:choices])
        figures = f"{result.cases} | {result.exact} | {result.rate:.3f} | {seconds:.1f}"
        lines.append(f"| {result.kind} | {figures} | {worst} |")
    return lines


def _write(
    table: list[str], results: list[tuple[Measure, float]], args: argparse.Namespace, state: str
) -> None:
    path = ROOT / "benchmarks" / "RESULTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    missed = [f"{r.kind} {r.rate:.3f}" for r, _ in results if r.rate < TARGET]
    verdict = (
        f"Target {TARGET} exact recovery per kind: met by every kind."
        if not missed
        else f"Target {TARGET} exact recovery per kind: met by {len(results) - len(missed)} of "
        f"{len(results)}; missed by {', '.join(missed)}."
    )
    about = textwrap.fill(
        f"`.venv/bin/python benchmarks/blocks.py --cases {args.cases} --seed {args.seed} --write`, "
        f"{datetime.date.today().isoformat()}, reader {state}. Each generator of `tests/sources/generators/` "
        "composes blocks from independent choices; a case counts when the reader gives back exactly what was "
        "composed (each generator's docstring says what that is). The last column lists the choices the "
        "failures share most, as failures/cases with that choice.",
        width=105,
    )
    section = "\n".join([HEADING, "", about, "", *table, "", textwrap.fill(verdict, width=105), ""])
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = f"{text.rstrip()}\n\n{section}"
    path.write_text(text.rstrip() + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--failures", type=int, default=0, help="show this many failures of each kind")
    parser.add_argument("--choices", type=int, default=4, help="show this many of the failures' choices")
    parser.add_argument("--write", action="store_true", help="write the table into benchmarks/RESULTS.md")
    parser.add_argument("--label", help="name the reader measured (default: its checkout's commit)")
    args = parser.parse_args()
    state = args.label or _state()
    print(f"reader: {state}")
    results = []
    for kind in args.kinds:
        started = time.perf_counter()
        result = measure(kind, args.cases, args.seed)
        results.append((result, time.perf_counter() - started))
        print(f"{kind:>13}: {result.exact:>6}/{result.cases} = {result.rate:.3f}")
        for failure in result.failures[: args.failures]:
            print(f"  {failure}")
    table = _table(results, args.choices)
    print("\n".join(table))
    if args.write:
        _write(table, results, args, state)


if __name__ == "__main__":
    main()
