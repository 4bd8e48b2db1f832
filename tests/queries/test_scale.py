"""The saved queries at 600 documents (the seeds copied 200 times, as benchmarks/serve.py scales them)
give the same answers per copy. How fast they are is benchmarks/queries.py's business, not a test's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest

from chancery.query import find_query, load_store, run_query

COPIES = 200
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def multiply(build_dir: Path, copies: int, out: Path) -> Path:
    """benchmarks/serve.py's multiply: every document graph repeated under new document IRIs."""
    spec = importlib.util.spec_from_file_location("chancery_benchmark_serve", BENCHMARKS / "serve.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.multiply(build_dir, copies, out)


@pytest.fixture(scope="module")
def scaled_store(seeds_build: Path, tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    return load_store(multiply(seeds_build, COPIES, tmp_path_factory.mktemp("scaled")))


@pytest.mark.parametrize("name", ["distribution-list", "credits", "signatories-of-enclosed"])
def test_each_copy_answers_as_the_seeds(name: str, seeds_store, scaled_store) -> None:
    once = run_query(find_query(name), store=seeds_store).values()
    scaled = run_query(find_query(name), store=scaled_store).values()
    assert len(scaled) == COPIES * len(once)
    copy_7 = [r for r in scaled if (r.get("document") or "").endswith("-c7")]
    assert [{k: v and v.replace("-c7", "") for k, v in r.items()} for r in copy_7] == once
