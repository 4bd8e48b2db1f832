"""Benchmark of the page reader: pages per second on one core.

    .venv/bin/python benchmarks/reader.py [--runs 7] [--repeat 5]

Reads every page the project has (the golden cases of tests/sources/cases, data/seeds, and the shared
development corpora when ../shared is beside the checkout), each --repeat times per run, in this process,
pinned to one core. Prints the median and spread of the runs in pages per second and milliseconds per
page, and the slowest pages. Figures, not a test; the target is 300 pages/s on one core. The reader's memos
(of names and of lines) are emptied before each page, so a repeated page costs what a new one would.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from chancery.sources.page import PageReader
from chancery.sources.page.memo import forget  # the reader's memos of names and lines read

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pages() -> list[tuple[Path, bytes]]:
    found = sorted((ROOT / "tests" / "sources" / "cases").glob("*/page.txt"))
    found += sorted((ROOT / "data" / "seeds").glob("*.txt"))
    for corpus in ("dev-corpus", "dev-corpus-2"):
        found += sorted((SHARED / corpus).glob("*.txt"))
    return [(p, p.read_bytes()) for p in found]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    reader, batch = PageReader(), pages()
    for path, data in batch:  # warm up: compile every pattern once
        reader.read(path, data)
    rates, slowest = [], {}
    for _ in range(args.runs):
        started = time.perf_counter()
        for _ in range(args.repeat):
            for path, data in batch:
                forget()  # a page never seen: no name it holds is remembered from an earlier reading
                t0 = time.perf_counter()
                reader.read(path, data)
                slowest[path] = max(slowest.get(path, 0.0), time.perf_counter() - t0)
        rates.append(len(batch) * args.repeat / (time.perf_counter() - started))
    median = statistics.median(rates)
    print(f"pages: {len(batch)} x {args.repeat} per run, {args.runs} runs, one core")
    print(f"pages/s: median {median:.0f} (min {min(rates):.0f}, max {max(rates):.0f}); "
          f"{1000 / median:.2f} ms/page")  # fmt: skip
    for path, seconds in sorted(slowest.items(), key=lambda kv: -kv[1])[:3]:
        print(f"slowest: {seconds * 1000:.1f} ms  {path.relative_to(path.parents[1])}")


if __name__ == "__main__":
    main()
