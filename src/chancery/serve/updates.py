"""SPARQL Update through the protocol: the protocol's dataset (``using-graph-uri``,
``using-named-graph-uri``) becomes USING clauses of each operation that has a WHERE.

pyoxigraph's ``Store.update`` takes no dataset, so the clauses are written into the update's canonical
text (see ``egress.prepare``), at the operation level (outside any braces), found on tokens so that
nothing inside a comment, string or IRI is mistaken for a keyword. An update that names its own
dataset (USING, WITH) as well as the protocol's is refused, as the protocol requires.
"""

from __future__ import annotations

import pyoxigraph as ox

from chancery.serve.egress import Prepared


class UpdateDatasetError(ValueError):
    """The protocol's dataset cannot be applied to this update."""


def with_dataset(update: Prepared, default: tuple[str, ...], named: tuple[str, ...]) -> str:
    """The update's text with ``USING <g>`` / ``USING NAMED <g>`` before every operation-level WHERE."""
    if not default and not named:
        return update.text
    for graph in (*default, *named):
        ox.NamedNode(graph)  # raises ValueError for anything but an absolute IRI
    clauses = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    pieces, depth, previous = [], 0, ""
    for token, piece in zip(update.tokens, update.pieces, strict=True):
        if token.kind == "PUNCT" and token.text in ("{", "{|"):
            depth += 1
        elif token.kind == "PUNCT" and token.text in ("}", "|}"):
            depth -= 1
        elif depth == 0 and token.word in ("USING", "WITH"):
            raise UpdateDatasetError(
                f"the update has its own {token.word} and the request gives using-graph-uri"
            )
        elif depth == 0 and token.word == "WHERE" and previous != "DELETE":  # DELETE WHERE takes no USING
            pieces.append(" " + clauses)
        pieces.append(piece)
        previous = token.word
    return "".join(pieces)
