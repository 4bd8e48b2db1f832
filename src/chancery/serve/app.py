"""The web application: ``create_app`` builds it from a loaded dataset (testable without a port);
``serve`` runs it with uvicorn."""

from __future__ import annotations

import contextlib
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from chancery.publish.describe import Publication, describe_dataset, prefixes, statistics
from chancery.serve.catalog import SECTIONS, listing
from chancery.serve.html import Renderer, Site
from chancery.serve.pages import Pages, SavedQuery, saved_queries
from chancery.serve.query import QueryLimits, QueryRunner
from chancery.serve.results import GRAPH_TYPES, RDF_TYPES
from chancery.serve.sparql import (
    TRUNCATED_HEADER,
    ProtocolError,
    SparqlEndpoint,
    UpdatePolicy,
    choose,
    error_response,
)
from chancery.serve.store import ServedDataset, find_dump
from chancery.serve.workers import ProcessRunner

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
CACHE_FILES = "public, max-age=86400"


@dataclass
class ServeOptions:
    limits: QueryLimits = field(default_factory=QueryLimits)
    updates: UpdatePolicy = field(default_factory=UpdatePolicy)
    queries: list[SavedQuery] | None = None  # default: the shipped queries/
    license: str | None = None
    processes: bool = False  # evaluate queries in worker processes (a late one is killed), if read-only


def make_runner(dataset: ServedDataset, options: ServeOptions) -> QueryRunner | ProcessRunner:
    """Worker processes when asked for and possible (a build folder, no updates), else threads."""
    if options.processes and dataset.directory is not None and not options.updates.enabled:
        dump, fmt = find_dump(dataset.directory)
        return ProcessRunner(dataset.store, dump, fmt, options.limits)
    if options.processes:
        log.warning("queries run in threads: worker processes need a build folder and a read-only server")
    return QueryRunner(dataset.store, options.limits)


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response (pure ASGI, so streaming responses are untouched)."""

    def __init__(self, app):
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.headers
            await send(message)

        return await self.app(scope, receive, send_with_headers)


class DatasetFiles:
    """The dumps, the JSON-LD context, VoID/DCAT and the sitemap."""

    def __init__(self, dataset: ServedDataset, pages: Pages, options: ServeOptions):
        self.dataset, self.pages, self.options = dataset, pages, options
        self._stats: dict | None = None

    def file(self, path: Path, request: Request, media_type: str) -> Response:
        stat = path.stat()
        etag = '"' + hashlib.sha1(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest() + '"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag, "Cache-Control": CACHE_FILES})
        return FileResponse(path, media_type=media_type, headers={"ETag": etag, "Cache-Control": CACHE_FILES})

    async def dump(self, request: Request) -> Response:
        name = request.path_params["name"]
        files = {p.name: p for p in self.dataset.dump_files()}
        if name not in files:
            return error_response(404, f"no dump named {name}")
        media_type = next(
            (t for t, f in RDF_TYPES.items() if f.file_extension == Path(name).suffix[1:]), None
        )
        return self.file(files[name], request, media_type or "application/octet-stream")

    async def context(self, request: Request) -> Response:
        path = self.dataset.context_file()
        if path is None:
            return error_response(404, "this build has no JSON-LD context")
        return self.file(path, request, "application/ld+json")

    def void(self, request: Request) -> Response:
        try:
            media_type = choose(request, GRAPH_TYPES)
        except ProtocolError as exc:
            return error_response(exc.status, exc.message)
        if self._stats is None or self.options.updates.enabled:  # the data may have changed
            self._stats = statistics(self.dataset.store)
        root = str(request.base_url)
        pub = Publication(
            self.dataset.base,
            root + "dumps/",
            root + "sparql",
            self.dataset.title,
            license=self.options.license or self.dataset.license,
        )
        docs = listing(self.pages.views, SECTIONS[0], limit=1)
        example = self.dataset.iri_of(docs[0]["link"].href) if docs else None
        triples = describe_dataset(
            self.dataset.store, pub, self.dataset.dump_files(), self._stats, example, self.dataset.checksums()
        )
        turtle = media_type == "text/turtle"
        body = ox.serialize(triples, format=RDF_TYPES[media_type], prefixes=prefixes() if turtle else None)
        return Response(
            body, media_type=media_type, headers={"Vary": "Accept", "Cache-Control": "public, max-age=3600"}
        )

    def sitemap(self, request: Request) -> Response:
        root = str(request.base_url)
        urls = [root] + [root + s.path for s in SECTIONS]
        for section in SECTIONS:
            urls += [root + item["link"].href.lstrip("/") for item in listing(self.pages.views, section)]
        body = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls[:50_000])
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
        return Response(xml, media_type="application/xml")


def create_app(dataset: ServedDataset, options: ServeOptions | None = None) -> Starlette:
    options = options or ServeOptions()
    runner = make_runner(dataset, options)
    renderer = Renderer(Site(title=dataset.title, root="/", base=dataset.base, endpoint="/sparql"))
    queries = options.queries if options.queries is not None else saved_queries()
    pages = Pages(dataset, renderer, queries, None if options.updates.enabled else dataset.version())
    files = DatasetFiles(dataset, pages, options)
    sparql = SparqlEndpoint(runner, options.updates)
    methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
    routes = [
        Route("/sparql", sparql.handle, methods=methods),
        Route("/sparql/", sparql.handle, methods=methods),
        Route("/query", pages.query_page, name="query_page"),
        Route("/search", pages.search),
        Route("/.well-known/void", files.void),
        Route("/dataset", files.void),
        Route("/sitemap.xml", files.sitemap),
        Route("/context.jsonld", files.context),
        Route("/dumps/{name}", files.dump),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
        Route("/{path:path}", pages.resource, methods=["GET", "HEAD"]),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Accept", "Content-Type"],
            expose_headers=[TRUNCATED_HEADER, "Content-Location"],
        ),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        runner.close()

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.dataset, app.state.runner = dataset, runner
    return app


def serve(app: Starlette, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve_build(
    directory: Path,
    *,
    base: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    options: ServeOptions | None = None,
) -> None:
    """Load a build folder and serve it until interrupted."""
    from chancery.serve.store import load_dataset

    serve(create_app(load_dataset(directory, base), options), host=host, port=port)
