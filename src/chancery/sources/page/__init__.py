"""Reader for archival document pages (plain text in the Digital Archive layout).

Layers, each its own module and tested on its own:
``text`` (decode) -> ``sections`` -> ``title`` -> ``header`` -> ``closing`` -> ``distribution`` ->
``conversation`` -> ``enclosures`` -> ``credits`` -> ``citation``; ``names``, ``dates``, ``places`` and
``editorial`` serve them all; ``reader`` puts the record together.
"""

from __future__ import annotations

from chancery.sources import register
from chancery.sources.page.reader import PageReader, read_page

__all__ = ["PageReader", "read_page"]

register(PageReader())
