"""A composed block and what a reader must recover from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Case:
    """One composed block: what the page holds, what must be read from it, and the choices behind it."""

    text: list[str] | str  # the page's non-blank, stripped lines (or one line / one statement)
    expected: Any
    choices: dict[str, str] = field(default_factory=dict)
