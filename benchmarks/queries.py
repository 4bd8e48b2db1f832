"""Benchmark of the saved queries (``queries/*.rq``) in plain pyoxigraph, over N copies of the seeds.

    .venv/bin/python benchmarks/queries.py [DIR] [--copies 200 1000] [--runs 20] [--queries a.rq ...]

DIR is a build folder (default: build data/seeds into a temporary folder). Each ``--copies N`` repeats
every document graph N times under new IRIs, people, places and archival units shared (the scaled data
of ``benchmarks/serve.py``, whose ``build`` and ``multiply`` this reuses). Each query runs over the union
of the graphs, as ``chancery query`` runs it, two warm-up runs and then ``--runs`` timed ones; a query
slower than ``--limit`` seconds once is not run again. Prints figures, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chancery.query import SavedQuery, find_query, load_store, run_query, saved_queries  # noqa: E402
from serve import build, multiply, percentile  # noqa: E402  (benchmarks/serve.py)

COUNT_DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/chancery/ns#Document> }"


def timings(query: SavedQuery, store, runs: int, limit: float) -> tuple[list[float], list[float], int]:
    """Milliseconds per run (warm-ups excluded) of the engine alone (the solutions read, every value
    touched) and of ``run_query`` (the rows as ``chancery query`` makes them), and the number of rows."""
    engine: list[float] = []
    total: list[float] = []
    rows = 0
    for i in range(runs + 2):
        started = time.perf_counter()
        solutions = store.query(query.text, use_default_graph_as_union=True)
        rows = len([tuple(solution) for solution in solutions])
        solved = time.perf_counter()
        run_query(query, store=store)
        done = time.perf_counter()
        if i >= 2 or done - started > limit:
            engine.append((solved - started) * 1000)
            total.append((done - solved) * 1000)
        if done - started > limit:
            break
    return engine, total, rows


def report(build_dir: Path, copies: int, queries: list[SavedQuery], args: argparse.Namespace) -> None:
    store = load_store(build_dir)
    documents = next(iter(store.query(COUNT_DOCUMENTS, use_default_graph_as_union=True)))[0].value
    print(f"\n{copies} copies: {len(store)} quads, {documents} documents ({args.runs} runs per query)")
    print(f"  {'':28} {'engine (ms)':>18} {'run_query (ms)':>18}")
    print(f"  {'query':28} {'median':>9} {'p95':>8} {'median':>9} {'p95':>8} {'rows':>6}")
    for query in queries:
        engine, total, rows = timings(query, store, args.runs, args.limit)
        figures = (
            statistics.median(engine),
            percentile(engine, 95),
            statistics.median(total),
            percentile(total, 95),
        )
        print(
            f"  {query.name:28} "
            + " ".join(f"{x:{w}.1f}" for x, w in zip(figures, (9, 8, 9, 8), strict=True))
            + f" {rows:6}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dir", nargs="?", type=Path, help="a build folder (default: build data/seeds)")
    parser.add_argument("--copies", type=int, nargs="+", default=[200], help="dataset sizes (copies)")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query")
    parser.add_argument("--limit", type=float, default=5.0, help="stop a query after a run this slow (s)")
    parser.add_argument("--queries", type=Path, nargs="*", help=".rq files (default: the saved queries)")
    args = parser.parse_args()
    queries = [find_query(str(p)) for p in args.queries] if args.queries else saved_queries()
    with tempfile.TemporaryDirectory() as tmp:
        build_dir = args.dir or build(Path(tmp) / "build")
        for copies in args.copies:
            scaled = multiply(build_dir, copies, Path(tmp) / f"x{copies}") if copies > 1 else build_dir
            report(scaled, copies, queries, args)


if __name__ == "__main__":
    main()
