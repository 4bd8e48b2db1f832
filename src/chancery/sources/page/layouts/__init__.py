"""Layout profiles: a page is a site's chrome around a document.

Each module of this package is one profile: it says how sure it is that a page is of its layout
(:meth:`Layout.recognise`, a score from the layout's own labels) and splits such a page into a
:class:`~chancery.sources.page.sections.Page`: the site's metadata (title, date line, summary,
citation, credits, classification...) in fields, the document's own text in ``body``, and what each
line of chrome is for (``chrome``, shown by ``--explain``). The document reader never sees the site.

A page no profile recognises is read by the ``plain`` profile as a document with no site around it,
so a page that holds text is never refused. Adding a site is one new module here defining a class with
``name``, ``recognise`` and ``split`` and a module-level ``LAYOUT`` instance; it is found on import.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import Protocol

from chancery.sources.page.sections import NotAPage, Page

log = logging.getLogger(__name__)

SURE = 3  # a profile must score at least this to take a page from the plain reading


class Layout(Protocol):
    name: str

    def recognise(self, lines: list[str]) -> int:
        """Evidence that ``lines`` are a page of this layout (0: none)."""
        ...

    def split(self, lines: list[str]) -> Page:
        """The page's parts."""
        ...


def _profiles() -> list[Layout]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if (layout := getattr(module, "LAYOUT", None)) is not None:
            found.append(layout)
    return found


PROFILES: list[Layout] = _profiles()
PLAIN = next(p for p in PROFILES if p.name == "plain-document")


def recognise(lines: list[str]) -> Layout:
    """The profile with the strongest evidence, or the plain reading when none is sure."""
    scores = [(p.recognise(lines), p.name, p) for p in PROFILES if p is not PLAIN]
    score, name, best = max(scores, key=lambda s: (s[0], s[1]), default=(0, "", PLAIN))
    if score < SURE:
        log.debug("no layout recognised (best %s at %d): read as a plain document", name or "-", score)
        return PLAIN
    return best


def split(text: str) -> Page:
    """The page's parts, by the profile that recognises it."""
    lines = [line.replace("\u00a0", " ").rstrip() for line in text.split("\n")]
    layout = recognise(lines)
    try:
        page = layout.split(lines)
    except NotAPage as exc:
        if layout is PLAIN:
            raise
        log.info(
            "the page looks like %s but lacks its parts (%s): read as a plain document", layout.name, exc
        )
        layout = PLAIN
        page = layout.split(lines)
    page.layout = layout.name
    page.lines = lines
    page.title = _once(page.title)
    return page


def _once(title: str) -> str:
    """A title a site printed twice, run together ("... and MalenkovTelegram from Baku ... and Malenkov"):
    once."""
    half = len(title) // 2
    for cut in (half, half + 1):
        if title and title[:cut].strip() == title[cut:].strip():
            return title[:cut].strip()
    return title
