"""Block grammars: the reader recovers exactly what each block generator composed.

Each generator (``tests/sources/generators/``) composes realistic variants of one block kind from
independent choices; what "exact recovery" means for a kind is in its module's docstring. The number of
cases per kind is ``CHANCERY_BLOCK_CASES`` (2,000 by default; all kinds together take a few seconds):

    CHANCERY_BLOCK_CASES=10000 .venv/bin/python -m pytest -q tests/sources/test_generated_blocks.py

``benchmarks/blocks.py`` prints the same figures, with the choices the failures share.
"""

from __future__ import annotations

import os

import pytest

from .generators import KINDS, case, cases, measure

CASES = int(os.environ.get("CHANCERY_BLOCK_CASES", "2000"))
THRESHOLD = 0.99

# Exact recovery, 2,000 cases a kind, seed 0 (benchmarks/blocks.py, RESULTS.md): the reader at 5725280,
# header at the commit that read offices beside names and INFO lines (0.999), drafting at the commit that
# read offices in brackets, drafting codes after a label, verbs sharing names and forms' clearances (1.000),
# signature at the commit that read signature blocks (marks, offices as labels, above, below or in columns
# over their names; attestations after them) (1.000), distribution at the commit that read lists in columns
# (cell by cell, numbered down the columns), file copies in routing, counts after a dash and surnames with
# initials last (1.000); dateline and citation after their rules (1.000); participants at the commit that read
# lists of those present by their labels (chairs, ranks, sides by state), hanging and wrapped lists, sides
# in columns, Cabinet members "also present", and attendance told in sentences with initials (1.000).
# A kind below the threshold is expected to fail until the reader's rules for it are fixed; then its
# figure goes here and the mark goes away.
MEASURED = {
    "distribution": 1.000,
    "header": 0.999,
    "signature": 1.000,
    "drafting": 1.000,
    "dateline": 1.000,
    "citation": 1.000,
    "participants": 1.000,
}


def _kind(kind: str) -> object:
    rate = MEASURED[kind]
    if rate >= THRESHOLD:
        return kind
    reason = f"the reader recovers {rate:.3f} of composed {kind} blocks (needs {THRESHOLD})"
    return pytest.param(kind, marks=pytest.mark.xfail(strict=False, reason=reason))


@pytest.mark.parametrize("kind", [_kind(k) for k in KINDS])
def test_reader_recovers_composed_blocks(kind: str) -> None:
    result = measure(kind, CASES)
    shown = "\n".join(str(f) for f in result.failures[:10])
    figure = f"{result.exact}/{result.cases} recovered exactly ({result.rate:.3f})"
    assert result.rate >= THRESHOLD, f"{kind}: {figure}; first failures:\n{shown}"


@pytest.mark.parametrize("kind", KINDS)
def test_generators_are_deterministic_and_varied(kind: str) -> None:
    assert case(kind, 7) == case(kind, 7)
    assert case(kind, 7, seed=1) != case(kind, 7)
    texts = {str(c.text) for c in cases(kind, 300)}
    assert len(texts) >= 250, f"{kind}: only {len(texts)} distinct blocks in 300"
    assert all(c.expected is not None for c in cases(kind, 50))
