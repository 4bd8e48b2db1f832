"""Dereferencing: every IRI under the base answers at its path, as HTML or RDF by content negotiation,
and the index, search and query pages."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from chancery.errors import ChanceryError
from chancery.resources import resource_dir
from chancery.serve.catalog import PAGE_SIZE, SECTIONS, Section, count, listing, search, section_of
from chancery.serve.html import RDF_SUFFIXES, Renderer
from chancery.serve.negotiation import negotiate
from chancery.serve.resources import describe, exists
from chancery.serve.results import write_graph, write_jsonld
from chancery.serve.store import ServedDataset
from chancery.serve.views import Views
from chancery.serve.vocabulary import PATH as VOCABULARY
from chancery.serve.vocabulary import Vocabulary, local_path, vocabulary_iri

log = logging.getLogger(__name__)

HTML = "text/html"
OFFERS = [HTML, *RDF_SUFFIXES]
SUFFIXES = {suffix: media_type for media_type, (suffix, _) in RDF_SUFFIXES.items()} | {".html": HTML}
HOME_ITEMS = 25
CACHE_PAGES = "public, max-age=3600"


Represent = Callable[[str, str, bool], Response]  # (iri, media type, negotiated) -> response


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    text: str


def saved_queries(folder: Path | None = None) -> list[SavedQuery]:
    """The ``*.rq`` files of ``folder`` (default: the queries shipped), titled by their first comment."""
    try:
        folder = folder or resource_dir("queries")
    except ChanceryError:
        return []
    queries = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
        queries.append(SavedQuery(path.stem, next((c for c in comments if c), ""), text))
    return queries


def split_suffix(path: str) -> tuple[str, str | None]:
    """``document/x.ttl`` -> (``document/x``, ``text/turtle``); no known suffix -> (path, None)."""
    for suffix, media_type in SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], media_type
    return path, None


class Pages:
    """Page handlers. They are plain functions: Starlette runs them in its thread pool, so a long page
    does not hold up the event loop (pyoxigraph releases the GIL while it reads)."""

    def __init__(
        self,
        dataset: ServedDataset,
        renderer: Renderer,
        queries: list[SavedQuery],
        version: str | None = None,
    ):
        self.dataset, self.renderer, self.queries = dataset, renderer, queries
        self.views = Views(dataset.store, dataset.base, renderer.site.root, local_vocabulary=True)
        self.vocabulary = Vocabulary(dataset.store, renderer, self.views)
        self.version = version  # of the data, for ETags; None when the data may change (updates)

    def html(self, body: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(body, status_code=status, headers={"Vary": "Accept"})

    def not_found(self, path: str) -> Response:
        body = self.renderer.render(
            "error.html", title="Not found", message=f"Nothing is published at /{path}."
        )
        return self.html(body, 404)

    def resource(self, request: Request) -> Response:
        path = request.path_params.get("path", "")
        if path == "" or section_of(path):
            page = request.query_params.get("page", "1")
            return self.index(path, int(page) if page.isdigit() else 1)
        if path.startswith(VOCABULARY + "/") or split_suffix(path)[0] == VOCABULARY:
            return self.vocabulary_resource(request, path)
        iri = self.dataset.iri_of(path)
        fixed = None
        if not exists(self.dataset.store, iri):
            stem, fixed = split_suffix(path)
            iri = self.dataset.iri_of(stem)
            if fixed is None or not exists(self.dataset.store, iri):
                return self.canonical_path(path) or self.not_found(path)
        return self.answer(request, iri, fixed, self.represent)

    def vocabulary_resource(self, request: Request, path: str) -> Response:
        """The ontology at ``/ns``, its concepts under it (:mod:`chancery.serve.vocabulary`)."""
        iri, fixed = vocabulary_iri(path), None
        if iri is None or not self.vocabulary.knows(iri):
            stem, fixed = split_suffix(path)
            iri = vocabulary_iri(stem)
            if iri is None or fixed is None or not self.vocabulary.knows(iri):
                return self.not_found(path)
        return self.answer(request, iri, fixed, self.represent_vocabulary)

    def represent_vocabulary(self, iri: str, media_type: str, negotiated: bool) -> Response:
        path = local_path(iri) or VOCABULARY
        if media_type != HTML:
            return self.rdf(self.vocabulary.triples(iri), path, media_type, negotiated)
        body = self.vocabulary.html(iri)
        if body is None:
            return self.not_found(path)
        return HTMLResponse(body, headers={"Vary": "Accept"} if negotiated else {})

    def answer(self, request: Request, iri: str, fixed: str | None, represent: Represent) -> Response:
        """The representation of ``iri`` the request asks for (``fixed``: by a suffix), with ETags."""
        media_type = fixed or negotiate(request.headers.get("accept"), OFFERS)
        if media_type is None:
            return Response(
                "Error: none of the formats accepted is available; this resource can be: "
                + ", ".join(OFFERS)
                + "\n",
                status_code=406,
                media_type="text/plain",
                headers={"Vary": "Accept"},
            )
        etag = self.etag(iri, media_type)
        if etag and etag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers={"ETag": etag, "Vary": "Accept"})
        response = represent(iri, media_type, fixed is None)
        if etag and response.status_code == 200:
            response.headers["ETag"] = etag
            response.headers["Cache-Control"] = CACHE_PAGES
        return response

    def etag(self, iri: str, media_type: str) -> str | None:
        if self.version is None:
            return None
        return '"' + hashlib.sha1(f"{self.version} {iri} {media_type}".encode()).hexdigest()[:20] + '"'

    def canonical_path(self, path: str) -> Response | None:
        """A path that still carries the base's own path (``/chancery/document/x`` for the base
        ``https://example.org/chancery/``) is redirected to where this server serves the resource."""
        prefix = urlsplit(self.dataset.base).path.lstrip("/")
        if (
            prefix
            and path.startswith(prefix)
            and exists(self.dataset.store, self.dataset.iri_of(path[len(prefix) :]))
        ):
            return RedirectResponse(self.renderer.site.root + path[len(prefix) :], status_code=301)
        return None

    def represent(self, iri: str, media_type: str, negotiated: bool) -> Response:
        if media_type == HTML:
            page = self.views.page(iri)
            if page is None:
                return self.not_found(self.dataset.path_of(iri))
            headers = {"Vary": "Accept"} if negotiated else {}
            return HTMLResponse(self.renderer.page(page), headers=headers)
        triples = describe(self.dataset.store, iri)
        return self.rdf(triples, self.dataset.path_of(iri), media_type, negotiated)

    def rdf(self, triples: list[ox.Triple], path: str, media_type: str, negotiated: bool) -> Response:
        """``triples`` in an RDF syntax; ``path``: where the resource is served, without a suffix."""
        headers = {"Vary": "Accept"} if negotiated else {}
        if negotiated:
            headers["Content-Location"] = self.renderer.site.root + path + RDF_SUFFIXES[media_type][0]
        if media_type == "application/ld+json":
            body = write_jsonld(triples, self.dataset.context())
        else:
            body = write_graph(triples, media_type)
        charset = "; charset=utf-8" if media_type.startswith("text/") else ""
        return Response(body, media_type=media_type + charset, headers=headers)

    def index(self, path: str, page: int = 1) -> Response:
        section = section_of(path)
        if section is not None:
            return self.html(
                self.renderer.render(
                    "listing.html", title=section.title, sections=[self.section_page(section, page)]
                )
            )
        sections = []
        for section in SECTIONS:
            total = count(self.views, section)
            more = self.renderer.site.root + section.path if total > HOME_ITEMS else None
            items = listing(self.views, section, limit=HOME_ITEMS)
            sections.append({"title": section.title, "items": items, "more": more, "count": total})
        intro = f"{len(self.dataset.store)} statements about archival documents."
        body = self.renderer.render("listing.html", title=self.dataset.title, sections=sections, intro=intro)
        return self.html(body)

    def section_page(self, section: Section, page: int) -> dict:
        """One page of a section's listing, with links to the pages before and after."""
        total, page = count(self.views, section), max(page, 1)
        items = listing(self.views, section, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        here = self.renderer.site.root + section.path
        return {
            "title": section.title,
            "items": items,
            "count": total,
            "previous": f"{here}?page={page - 1}" if page > 1 else None,
            "next": f"{here}?page={page + 1}" if page * PAGE_SIZE < total else None,
        }

    def search(self, request: Request) -> Response:
        q = request.query_params.get("q", "")
        items = search(self.views, q)
        body = self.renderer.render(
            "listing.html",
            title=f"Search: {q}" if q else "Search",
            q=q,
            sections=[{"title": "Results", "items": items}] if q else [],
        )
        return self.html(body)

    async def query_page(self, request: Request) -> Response:
        initial = request.query_params.get("query")
        if initial is None and self.queries:
            initial = self.queries[0].text
        body = self.renderer.render("query.html", title="Query", queries=self.queries, initial=initial or "")
        return self.html(body)
