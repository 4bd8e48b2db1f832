"""The static site: the server's pages written as files for any static host.

For every resource under the base: ``path.html``, ``.ttl``, ``.jsonld``, ``.nt`` and ``.rdf``; the same
for the ontology (``ns``) and its concepts (``ns/doc-type/telegram``), which the pages link; index
pages per section; the dumps, the JSON-LD context, VoID/DCAT, a sitemap; and content-negotiation
rules for Apache (``.htaccess``) and nginx (``nginx-map.conf`` + ``nginx-site.conf``).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph as ox

from chancery.errors import OutputError
from chancery.publish.describe import Publication, describe_dataset, prefixes
from chancery.serve.catalog import SECTIONS, listing
from chancery.serve.html import RDF_SUFFIXES, Renderer, Site
from chancery.serve.pages import saved_queries
from chancery.serve.resources import describe, select, value
from chancery.serve.results import write_graph, write_jsonld
from chancery.serve.store import ServedDataset
from chancery.serve.views import Views
from chancery.serve.vocabulary import PATH as VOCABULARY
from chancery.serve.vocabulary import Vocabulary, local_path

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent.parent / "serve" / "static"
TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = {suffix: media_type for media_type, (suffix, _) in RDF_SUFFIXES.items()}


@dataclass(frozen=True)
class SiteOptions:
    site_url: str | None = None  # where OUT is published (default: the base IRI)
    endpoint: str | None = None  # a SPARQL endpoint serving the same data, for the DCAT description
    license: str | None = None


@dataclass
class SiteReport:
    out: Path
    resources: int = 0
    files: int = 0


def resource_iris(dataset: ServedDataset) -> list[str]:
    """Every IRI under the base that is the subject of a statement, in a stable order."""
    query = "SELECT DISTINCT ?s ?base { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) } ORDER BY ?s"
    rows = select(dataset.store, query, substitutions={ox.Variable("base"): ox.Literal(dataset.base)})
    iris = [value(row["s"]) for row in rows]
    return [iri for iri in iris if dataset.path_of(iri).strip("/")]


def target(out: Path, relative: str) -> Path:
    """``out/relative``, refusing paths that would leave ``out``."""
    path = (out / relative).resolve()
    if not path.is_relative_to(out.resolve()):
        raise OutputError(f"resource path {relative!r} leaves the site folder", path=out)
    return path


class SiteWriter:
    def __init__(self, dataset: ServedDataset, out: Path, options: SiteOptions):
        self.dataset, self.out, self.options = dataset, out, options
        site = Site(title=dataset.title, root="/", base=dataset.base, endpoint=options.endpoint, search=False)
        self.renderer = Renderer(site)
        self.views = Views(dataset.store, dataset.base, "/", local_vocabulary=True)
        self.vocabulary = Vocabulary(dataset.store, self.renderer, self.views)
        self.report = SiteReport(out)

    def write(self, relative: str, data: bytes | str) -> None:
        path = target(self.out, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.report.files += 1

    def resource(self, iri: str) -> None:
        relative = self.dataset.path_of(iri).rstrip("/")
        page = self.views.page(iri)
        if page is not None:
            self.write(relative + ".html", self.renderer.page(page))
        self.formats(relative, describe(self.dataset.store, iri))
        self.report.resources += 1

    def formats(self, relative: str, triples: list[ox.Triple]) -> None:
        for suffix, media_type in FORMATS.items():
            if media_type == "application/ld+json":
                self.write(relative + suffix, write_jsonld(triples, self.dataset.context()))
            else:
                self.write(relative + suffix, write_graph(triples, media_type))

    def vocabulary_files(self) -> None:
        """The ontology at ``ns`` and its concepts under ``ns/``, where the pages link them."""
        for iri in self.vocabulary.iris():
            relative = local_path(iri) or VOCABULARY
            page = self.vocabulary.html(iri)
            if page is not None:
                self.write(relative + ".html", page)
            self.formats(relative, self.vocabulary.triples(iri))
            self.report.resources += 1

    def indexes(self) -> None:
        home = []
        for section in SECTIONS:
            items = listing(self.views, section)
            home.append({"title": section.title, "items": items[:25], "more": "/" + section.path})
            body = self.renderer.render(
                "listing.html", title=section.title, sections=[{"title": section.title, "items": items}]
            )
            self.write(section.path + "index.html", body)
        intro = f"{len(self.dataset.store)} statements about archival documents."
        self.write(
            "index.html",
            self.renderer.render("listing.html", title=self.dataset.title, sections=home, intro=intro),
        )

    def dataset_files(self) -> None:
        for path in self.dataset.dump_files():
            target_dir = "" if path.name == "context.jsonld" else "dumps/"
            self.write(target_dir + path.name, path.read_bytes())
        site_url = self.options.site_url or self.dataset.base
        pub = Publication(
            self.dataset.base,
            site_url + "dumps/",
            self.options.endpoint,
            self.dataset.title,
            license=self.options.license or self.dataset.license,
        )
        dumps = [p for p in self.dataset.dump_files() if p.name != "context.jsonld"]
        triples = describe_dataset(self.dataset.store, pub, dumps)
        turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes()) or b""
        self.write(".well-known/void", turtle)
        self.write("dataset.ttl", turtle)
        for name in ("chancery.css", "query.js"):
            self.write("static/" + name, (STATIC / name).read_bytes())
        if self.options.endpoint:
            queries = saved_queries()
            initial = queries[0].text if queries else ""
            self.write(
                "query.html",
                self.renderer.render("query.html", title="Query", queries=queries, initial=initial),
            )

    def sitemap(self, iris: list[str]) -> None:
        site_url = self.options.site_url or self.dataset.base
        paths = [self.dataset.path_of(i) for i in iris]
        main = [p for p in paths if p.count("/") == 1 or p.startswith("archive/")]
        urls = [site_url] + [site_url + s.path for s in SECTIONS] + [site_url + p for p in main]
        body = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls[:50_000])
        self.write(
            "sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n',
        )

    def rules(self) -> None:
        for name in ("htaccess", "nginx-map.conf", "nginx-site.conf"):
            self.write(
                ("." + name) if name == "htaccess" else name, (TEMPLATES / name).read_text(encoding="utf-8")
            )


def write_site(dataset: ServedDataset, out: Path, options: SiteOptions | None = None) -> SiteReport:
    """Write the static site of ``dataset`` into ``out`` (emptied first if it is an earlier site)."""
    options = options or SiteOptions()
    if out.exists() and any(out.iterdir()) and not (out / "nginx-site.conf").is_file():
        raise OutputError(
            "the folder is not empty and holds no earlier site", path=out, hint="Give a new or empty folder."
        )
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    writer = SiteWriter(dataset, out, options)
    iris = resource_iris(dataset)
    for iri in iris:
        writer.resource(iri)
    writer.vocabulary_files()
    writer.indexes()
    writer.dataset_files()
    writer.sitemap(iris)
    writer.rules()
    log.info("site: %d resources, %d files in %s", writer.report.resources, writer.report.files, out)
    return writer.report


def publish_site(
    directory: Path, out: Path, *, base: str | None = None, options: SiteOptions | None = None
) -> SiteReport:
    """Load a build folder and write its static site into ``out``."""
    from chancery.serve.store import load_dataset

    return write_site(load_dataset(directory, base), out, options)
