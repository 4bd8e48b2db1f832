"""Benchmark of entity resolution: mentions per second on synthetic records.

    .venv/bin/python benchmarks/resolve.py [--documents 500 2000] [--runs 5]

Each document names five people drawn from a pool of family names, written as a page would
("Ivan Famaaov", "I. Famaaov", "Famaaov", "Cde. Famaaov"). Prints the median and the spread of
fresh runs, and the time per mention. Figures, not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from chancery.model import Agent, Record
from chancery.resolve import resolve

GIVEN = ["Ivan", "Petr", "Anna", "Boris", "Oleg", "Maria", "Lev", "Yuri"]


def records(documents: int, seed: int = 1) -> list[Record]:
    rng = random.Random(seed)
    families = [f"Fam{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}ov" for i in range(documents + 100)]
    out = []
    for d in range(documents):
        authors = []
        for _ in range(5):
            family, given = rng.choice(families), rng.choice(GIVEN)
            written = rng.choice([f"{given} {family}", f"{given[0]}. {family}", family, f"Cde. {family}"])
            authors.append(Agent(name=written.removeprefix("Cde. "), as_written=written))
        out.append(Record(id=f"d{d}", authors=authors))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'documents':>10} {'mentions':>9} {'median s':>9} {'min s':>7} {'max s':>7} {'µs/mention':>11}")
    for n in args.documents:
        batch = records(n)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            resolution = resolve(batch)
            times.append(time.perf_counter() - started)
        mentions = len(resolution.mentions)
        median = statistics.median(times)
        print(f"{n:>10} {mentions:>9} {median:>9.3f} {min(times):>7.3f} {max(times):>7.3f} "
              f"{median / mentions * 1e6:>11.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
