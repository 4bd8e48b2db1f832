"""Benchmark of build_graph and the dumps on synthetic records of the seeds' kind.

    .venv/bin/python benchmarks/build.py [--documents 10000] [--people 2000]

Each document: a title, a date, a 300-character summary, a classification, a citation (archive,
fond, opis, delo, sheets), 1-3 authors, 1-3 recipients, a translator and a distribution list of 0-6
with copy numbers, people drawn from a shared pool (the shape of ../shared/notes/performance.md's
benchmark, with chancery's qualified roles, about 117 quads per document). Resolution is given, so
the figures are the graph builder's and the dumps' alone. Prints figures, not a test.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.model import Agent, Citation, DateValue, DistributionEntry, Record, Source
from chancery.publish.dumps import dump
from chancery.resolve.entities import Entity, Resolution


def records(n: int, people: int, seed: int = 1) -> tuple[list[Record], Resolution]:
    rnd = random.Random(seed)
    pool = [Entity(f"p{i}", "person", f"Person {i}", {f"Cde. Person {i}"}) for i in range(people)]
    out, mentions = [], {}
    for i in range(n):
        rid = f"doc{i:07d}"
        parts = {"fond": "R-1", "opis": str(i % 50), "delo": str(i % 500), "list_or_pages": "1-2"}
        record = Record(
            rid,
            f"Telegram {i}",
            "telegram",
            DateValue("3 November 1945", "1945-11-03"),
            summary="x" * 300,
            classification="Top Secret",
            citation=Citation("GARF, Fond R-1, ...", "GARF", parts),
            source=Source(f"pages/{rid}.txt", f"{i:064x}"),
        )
        for role, count in (
            ("authors", rnd.randint(1, 3)),
            ("recipients", rnd.randint(1, 3)),
            ("translated_by", 1),
        ):
            for j in range(count):
                person = rnd.choice(pool)
                getattr(record, role).append(Agent(person.label, f"Cde. {person.label}", honorifics=["Cde."]))
                mentions[(rid, role, j)] = person
        for j in range(rnd.randint(0, 6)):
            person = rnd.choice(pool)
            record.distribution.append(DistributionEntry(Agent(person.label), j + 1, j + 1))
            mentions[(rid, "distribution", j)] = person
        out.append(record)
    return out, Resolution(pool, mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=2_000)
    args = parser.parse_args()
    batch, resolution = records(args.documents, args.people)
    started = time.perf_counter()
    dataset = build_graph(batch, resolution, Settings())
    built = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        written = dump(dataset, Path(folder))
        dumped = time.perf_counter()
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in written)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6  # kB on Linux -> GB
    print(f"{args.documents} documents, {len(dataset)} quads")
    print(f"build_graph {built - started:.1f} s, dump {dumped - built:.1f} s, peak memory {peak:.2f} GB")
    print(sizes)


if __name__ == "__main__":
    main()
