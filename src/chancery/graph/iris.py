"""Every IRI of the graph is minted here, under the configurable base IRI.

IRIs are deterministic (the same input gives the same IRI) and valid: every segment taken from data
(a page id, an entity key, a fond number) is encoded with :func:`segment` or :func:`slug`, so that
no character a parser or a URL router would trip on ever reaches an IRI.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from chancery.errors import ConfigError

# An absolute IRI: a scheme, then no character that IRIs forbid (RFC 3987) and no fragment but a final '#'.
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`#]+#?")

# RFC 3986 unreserved characters are kept; everything else is percent-encoded (UTF-8).
_SAFE = "-._~"


def segment(text: str) -> str:
    """One path segment that keeps ``text`` exactly (case included), percent-encoding the rest.

    ``"000_309a"`` stays as it is; ``"a/b c"`` becomes ``"a%2Fb%20c"``. Injective: two different
    texts never give the same segment. The empty text, ``.`` and ``..`` (which a resolver of
    relative IRIs would swallow) are encoded too.
    """
    text = unicodedata.normalize("NFC", text)
    encoded = quote(text, safe=_SAFE)
    if encoded in ("", ".", ".."):
        encoded = "%2E" * len(text) if text else "_"
    return encoded


def slug(text: str) -> str:
    """A readable, case-folded segment for identifiers of archival units and archives.

    ``"R-9401ss"`` -> ``"r-9401ss"``; ``"PRC FMA"`` -> ``"prc-fma"``; ``"Op' 2"`` -> ``"op-2"``.
    Letters of any script are kept (percent-encoded in the IRI); punctuation and spaces become '-'.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[^\w.]+", "-", text).strip("-.")
    return segment(text) if text else "_"


class Iris:
    """The IRIs of one build, under ``base`` (which ends with '/' or '#')."""

    def __init__(self, base: str):
        if not _ABSOLUTE.fullmatch(base):
            raise ConfigError(
                f"base IRI {base!r} is not an absolute IRI",
                hint="give one like https://example.org/chancery/ (no spaces, <, >, quotes or braces)",
            )
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    # documents and what hangs off them
    def document(self, doc_id: str) -> URIRef:
        return self._iri("document", segment(doc_id))

    def role(self, doc_id: str, role: str, n: int) -> URIRef:
        return self._iri("document", segment(doc_id), "role", f"{segment(role)}-{n}")

    def distribution(self, doc_id: str, position: int) -> URIRef:
        return self._iri("document", segment(doc_id), "distribution", str(position))

    def copy(self, doc_id: str, number: int) -> URIRef:
        return self._iri("document", segment(doc_id), "copy", str(number))

    def date(self, doc_id: str, which: str = "date") -> URIRef:
        """``which``: ``date``, ``event-date``, ``handed-over-date``, ``dispatched-date``, ``received-date``,
        ``folder/date``."""
        return self._iri("document", segment(doc_id), which)

    def copy_fate_date(self, doc_id: str, number: int) -> URIRef:
        return self._iri("document", segment(doc_id), "copy", str(number), "fate-date")

    def reference(self, doc_id: str, kind: str, n: int) -> URIRef:
        return self._iri("document", segment(doc_id), "reference", f"{slug(kind)}-{n}")

    def folder(self, doc_id: str) -> URIRef:
        return self._iri("document", segment(doc_id), "folder")

    # entities
    def entity(self, kind: str, key: str) -> URIRef:
        """``kind``: person, organization or place; ``key`` from the resolver."""
        return self._iri(segment(kind), segment(key))

    def link(self, kind: str, key: str, authority: str, ident: str) -> URIRef:
        """The provenance of one authority link of an entity: ``B/link/person/stalin/wikidata-Q855``."""
        return self._iri("link", segment(kind), segment(key), f"{segment(authority)}-{segment(ident)}")

    def link_feature(self, link: URIRef, name: str) -> URIRef:
        """One feature of a link's score: ``.../wikidata-Q855/feature/name``."""
        return URIRef(f"{link}/feature/{segment(name)}")

    def archive(self, name: str) -> URIRef:
        return self._iri("archive", slug(name))

    def archival_unit(self, archive: str, levels: list[tuple[str, str]]) -> URIRef:
        """``levels``: (level, identifier) pairs from the top, e.g. [("fond", "R-9401ss"), ("opis", "2")]."""
        path = [f"{segment(level)}/{slug(ident)}" for level, ident in levels]
        return self._iri("archive", slug(archive), *path)

    # provenance and graphs
    def source(self, sha256: str) -> URIRef:
        return self._iri("source", segment(sha256))

    def software(self, version: str) -> URIRef:
        return self._iri("agent", "chancery", segment(version))

    def document_graph(self, doc_id: str) -> URIRef:
        return self._iri("graph", "document", segment(doc_id))

    def entities_graph(self) -> URIRef:
        return self._iri("graph", "entities")

    def provenance_graph(self) -> URIRef:
        return self._iri("graph", "provenance")


# Authority links: the canonical IRI of an identifier in each authority file.
_AUTHORITIES: dict[str, tuple[str, str, str]] = {
    # name: (pattern of a valid identifier, IRI prefix, IRI suffix)
    "wikidata": (r"Q[1-9][0-9]*", "http://www.wikidata.org/entity/", ""),
    "viaf": (r"[1-9][0-9]*", "http://viaf.org/viaf/", ""),
    "geonames": (r"[1-9][0-9]*", "https://sws.geonames.org/", "/"),
    "lcnaf": (r"n[a-z]?[0-9]+", "http://id.loc.gov/authorities/names/", ""),
    "gnd": (r"[0-9X-]+", "https://d-nb.info/gnd/", ""),
}
_ALIASES = {"wd": "wikidata", "loc": "lcnaf", "lc": "lcnaf", "lcsh": "lcnaf", "geonames_id": "geonames"}


def web_iri(text: str) -> URIRef | None:
    """An http(s) address taken from data (a page's URL, an endpoint) as an IRI; None when it is not one."""
    if not text.startswith(("http://", "https://")):
        return None
    if any(c in text for c in ' <>"{}|^`\\') or any(ord(c) <= 0x20 for c in text):
        return None
    return URIRef(text)


def authority_iri(authority: str, identifier: str) -> URIRef | None:
    """The canonical IRI of ``identifier`` in ``authority``; None when either is not recognised."""
    name = authority.strip().lower()
    name = _ALIASES.get(name, name)
    if name not in _AUTHORITIES:
        return None
    pattern, prefix, suffix = _AUTHORITIES[name]
    ident = identifier.strip()
    if ident.startswith(prefix):  # already the full IRI
        ident = ident[len(prefix) :].rstrip("/")
    if name == "wikidata":
        ident = ident.upper()
    if not re.fullmatch(pattern, ident):
        return None
    return URIRef(f"{prefix}{ident}{suffix}")
