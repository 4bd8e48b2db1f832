"""A real build of data/seeds, loaded once for the query tests."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from chancery.config import Settings
from chancery.pipeline import build
from chancery.query import find_query, load_store, run_query


@pytest.fixture(scope="session")
def seeds_build(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-build")
    result = build([seeds_dir], out, Settings())
    assert result.conforms, result.report.text() if result.report else "no report"
    return out


@pytest.fixture(scope="session")
def seeds_store(seeds_build: Path) -> ox.Store:
    return load_store(seeds_build)


@pytest.fixture(scope="session")
def answer(seeds_store: ox.Store):
    """answer(name) -> the rows of a saved query on the seeds, as plain strings."""

    def run(name: str) -> list[dict[str, str | None]]:
        return run_query(find_query(name), store=seeds_store).values()

    return run


@pytest.fixture(scope="session")
def truth(shared: Path) -> dict[str, dict]:
    """The seeds' ground truth (../shared/seeds/*.json), by record id."""
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((shared / "seeds").glob("*.json"))
    }
