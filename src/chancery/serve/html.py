"""HTML rendering shared by the server and the static site: one Jinja environment, autoescaped.

Every value from the data goes through Jinja's escaping; the pages carry no inline script, so the
server can also forbid any with a Content-Security-Policy.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from chancery.serve.views import ROLE_HEADINGS, Page

# The RDF formats a resource is offered in, besides HTML: media type -> (file suffix, name).
RDF_SUFFIXES: dict[str, tuple[str, str]] = {
    "text/turtle": (".ttl", "Turtle"),
    "application/ld+json": (".jsonld", "JSON-LD"),
    "application/n-triples": (".nt", "N-Triples"),
    "application/rdf+xml": (".rdf", "RDF/XML"),
}


@dataclass(frozen=True)
class Site:
    """How pages link: ``root`` is the URL path the site lives under; ``endpoint`` the SPARQL endpoint
    the query page asks (None: no query page); ``search`` whether a /search page exists (not on a
    static site)."""

    title: str = "chancery"
    root: str = "/"
    base: str = ""
    endpoint: str | None = "/sparql"
    search: bool = True


class Renderer:
    def __init__(self, site: Site):
        self.site = site
        self.env = Environment(
            loader=PackageLoader("chancery.serve", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, template: str, **context) -> str:
        defaults: dict[str, object] = {
            "root": self.site.root,
            "site_title": self.site.title,
            "endpoint": self.site.endpoint,
            "search": self.site.search,
            "base": self.site.base,
            "alternates": [],
            "iri": None,
            "role_names": ROLE_HEADINGS,
        }
        return self.env.get_template(template).render({**defaults, **context})

    def page(self, page: Page, path: str | None = None) -> str:
        """``path``: where the page is served, when its IRI is not under the base (``ns/role/author``)."""
        href = self.site.root + (path if path is not None else page.iri[len(self.site.base) :])
        alternates = [
            {"type": t, "href": href + suffix, "name": name} for t, (suffix, name) in RDF_SUFFIXES.items()
        ]
        template = "document.html" if page.kind == "document" else "resource.html"
        return self.render(template, page=page, title=page.title, iri=page.iri, alternates=alternates)
