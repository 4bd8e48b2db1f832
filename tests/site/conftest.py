"""A built dataset (the real build of data/seeds when the builder works, else the sample of the model)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chancery.config import DEFAULT_BASE

SAMPLE = Path(__file__).resolve().parent.parent / "serve" / "data" / "sample.trig"


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, seeds_dir) -> Path:
    out = tmp_path_factory.mktemp("site-build")
    cmd = [sys.executable, "-m", "chancery", "build", str(seeds_dir), "--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if done.returncode not in (0, 1) or not (out / "graph.nq").is_file():
        shutil.copy(SAMPLE, out / "graph.trig")
        (out / "build.json").write_text(json.dumps({"base": DEFAULT_BASE}))
    return out
