"""The reader's memos: pure functions of one line that a page asks about many times.

A page's opening is looked at by several rules, each asking whether a line is a date line, prose or a
marking; about half of those questions were asked before on the same page. :func:`remembered` keeps the
answers (bounded, per process) and :func:`forget` empties every memo, for a benchmark that wants each
page to cost what a new one would. What a memo returns is shared between callers: a memo that answers
with a changeable object is wrapped by a function that hands each caller its own copy.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMOS: list[Any] = []


def remembered(maxsize: int = 4096) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, registered so that :func:`forget` can empty it."""

    def wrap(function: F) -> F:
        memo = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(memo)
        return memo  # type: ignore[return-value]

    return wrap


def forget() -> None:
    """Empty every memo of the reader."""
    for memo in _MEMOS:
        memo.cache_clear()
