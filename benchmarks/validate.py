"""Benchmark of ``chancery.validate``: full validation against incremental validation of a few documents.

    .venv/bin/python benchmarks/validate.py [DIR] [--documents 1000 3000] [--changed 10] [--profile]

DIR is a build folder (default: build data/seeds into a temporary folder). Each size repeats the seeds'
document graphs until there are at least that many documents (``benchmarks/serve.py``'s ``multiply``:
new document IRIs, people, places and archival units shared). A full validation checks the whole
dataset; an incremental one (``validate(..., focus_documents=...)``) the graphs of ``--changed`` pages and
what they reference. Times are medians of ``--runs`` runs in this process. ``--profile`` prints where
pyshacl spends the full validation, shape by shape. Prints figures, not a test.
"""

from __future__ import annotations

import argparse
import collections
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pyshacl import shape as pyshacl_shape  # noqa: E402
from rdflib import Dataset  # noqa: E402

from chancery.excerpt import document_graphs  # noqa: E402
from chancery.resources import resource_dir  # noqa: E402
from chancery.shapes import compiled_shapes  # noqa: E402
from chancery.validate import ValidationReport, load_rdf, shape_name, validate  # noqa: E402
from serve import build, multiply  # noqa: E402  (benchmarks/serve.py)


def median_seconds(run: Callable[[], ValidationReport], runs: int) -> tuple[float, ValidationReport]:
    times, report = [], None
    for _ in range(runs):
        started = time.perf_counter()
        report = run()
        times.append(time.perf_counter() - started)
    assert report is not None
    return statistics.median(times), report


def changed_pages(dataset: Dataset, count: int) -> list:
    """``count`` page graphs spread over the dataset (every n-th in IRI order)."""
    graphs = sorted(set(document_graphs(dataset).values()), key=str)
    step = max(1, len(graphs) // count)
    return graphs[::step][:count]


@contextmanager
def shape_times() -> Iterator[collections.Counter]:
    """Seconds spent in each top-level shape of pyshacl (nested shapes count in the shape that calls them;
    property shapes lifted by chancery.shapes.compiled_shapes count in their node shape)."""
    shapes = compiled_shapes(resource_dir("shapes"))
    times: collections.Counter = collections.Counter()
    depth = [0]
    original = pyshacl_shape.Shape.validate

    def timed(self, executor, graph, focus=None, _evaluation_path=None):  # type: ignore[no-untyped-def]
        depth[0] += 1
        started = time.perf_counter()
        try:
            return original(self, executor, graph, focus=focus, _evaluation_path=_evaluation_path)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                times[shape_name(shapes, self.node)] += time.perf_counter() - started

    pyshacl_shape.Shape.validate = timed  # type: ignore[method-assign]
    try:
        yield times
    finally:
        pyshacl_shape.Shape.validate = original  # type: ignore[method-assign]


def report_size(seeds: Path, documents: int, args: argparse.Namespace, tmp: Path) -> None:
    dataset = load_rdf(multiply(seeds, math.ceil(documents / 3), tmp / f"d{documents}") / "graph.nq")
    count = len(document_graphs(dataset))
    pages = changed_pages(dataset, args.changed)
    changed = sum(1 for g in document_graphs(dataset).values() if g in set(pages))
    full, report = median_seconds(lambda: validate(dataset), args.runs)
    part, partial = median_seconds(lambda: validate(dataset, focus_documents=pages), args.runs)
    print(f"\n{count} documents, {len(dataset)} quads; conforms: {report.conforms} / {partial.conforms}")
    print(f"  full validation         {full:8.2f} s  {full / count * 1000:7.2f} ms per document")
    print(
        f"  incremental ({len(pages)} pages, {changed} documents, {partial.triples} triples) "
        f"{part:6.3f} s  {part / changed * 1000:7.2f} ms per document"
    )
    ratio = full / count / (part / changed)
    print(f"  full / incremental: {full / part:.0f}x the time, {ratio:.1f}x per document")
    if args.profile:
        with shape_times() as times:
            validate(dataset)
        print("  pyshacl time per shape (full validation):")
        for name, seconds in times.most_common(12):
            print(f"    {name:32} {seconds:6.2f} s  {seconds / count * 1000:6.2f} ms per document")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dir", nargs="?", type=Path, help="a build folder (default: build data/seeds)")
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 3000], help="dataset sizes")
    parser.add_argument("--changed", type=int, default=10, help="pages validated incrementally")
    parser.add_argument("--runs", type=int, default=3, help="runs of each validation (median)")
    parser.add_argument("--profile", action="store_true", help="time each shape of the full validation")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        seeds = args.dir or build(tmp / "build")
        for documents in args.documents:
            report_size(seeds, documents, args, tmp)


if __name__ == "__main__":
    main()
