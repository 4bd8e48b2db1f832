"""SPARQL Update through the protocol: the protocol's dataset (``using-graph-uri``,
``using-named-graph-uri``) becomes USING clauses of each operation that has a WHERE.

pyoxigraph's ``Store.update`` takes no dataset, so the clauses are written into the update text, at
the operation level (outside any braces), after comments and strings are blanked out so that
nothing inside them is mistaken for a keyword. An update that names its own dataset (USING, WITH)
as well as the protocol's is refused, as the protocol requires.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from chancery.serve.query import _TOKENS

_KEYWORDS = re.compile(r"[{}]|(?<![?$\w:])(WHERE|USING|WITH|DELETE)(?![\w:])", re.IGNORECASE)


class UpdateDatasetError(ValueError):
    """The protocol's dataset cannot be applied to this update."""


def _blanked(text: str) -> str:
    """``text`` with comments and string literals replaced by as many spaces (IRIs kept)."""
    return _TOKENS.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " " * len(m.group(0)), text)


def with_dataset(update: str, default: tuple[str, ...], named: tuple[str, ...]) -> str:
    """``update`` with ``USING <g>`` / ``USING NAMED <g>`` before every operation-level WHERE."""
    if not default and not named:
        return update
    for graph in (*default, *named):
        ox.NamedNode(graph)  # raises ValueError for anything but an absolute IRI
    clauses = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named]) + " "
    pieces, depth, last, previous = [], 0, 0, ""
    for match in _KEYWORDS.finditer(_blanked(update)):
        token = match.group(0).upper()
        if token in "{}":
            depth += 1 if token == "{" else -1
        elif depth == 0 and token in ("USING", "WITH"):
            raise UpdateDatasetError(f"the update has its own {token} and the request gives using-graph-uri")
        elif depth == 0 and token == "WHERE" and previous != "DELETE":  # DELETE WHERE takes no USING
            pieces += [update[last : match.start()], clauses]
            last = match.start()
        previous = token
    return "".join(pieces) + update[last:]
