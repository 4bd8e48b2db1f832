from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.resolve import resolve

sys.path.insert(0, str(Path(__file__).parent))
from hand_records import seed_records  # noqa: E402


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def seed_dataset(settings: Settings) -> Dataset:
    records = seed_records()
    return build_graph(records, resolve(records), settings)
