"""A built dataset: the real build of data/seeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, seeds_dir) -> Path:
    """A real build of data/seeds; a failed build fails the tests."""
    out = tmp_path_factory.mktemp("site-build")
    cmd = [sys.executable, "-m", "chancery", "build", str(seeds_dir), "--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out
