"""The chancery vocabulary on the local server.

Document types, classifications, roles, levels and date qualifiers are concepts of the ontology, with
IRIs under ``https://w3id.org/chancery/ns`` rather than under the base, so nothing local would answer
for them. The server maps that namespace to ``/ns``: ``/ns`` is the ontology itself (an HTML list of
its terms, or the Turtle of ``ontology/chancery.ttl`` and the other RDF syntaxes), ``/ns#Document`` a
term on that page, ``/ns/doc-type/telegram`` a concept, with what the data says of it (the documents of
that type) and what the ontology says (its definition).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from chancery.errors import ChanceryError
from chancery.graph.namespaces import DCTERMS, ONTOLOGY_IRI, OWL, RDF, RDFS, SKOS
from chancery.resources import resource_dir
from chancery.serve.resources import describe, exists

if TYPE_CHECKING:
    from chancery.serve.pages import Pages

log = logging.getLogger(__name__)

NAMESPACE = str(ONTOLOGY_IRI)  # https://w3id.org/chancery/ns
PATH = "ns"  # where the server answers for it
TERM_KINDS = [  # sections of the /ns page: (rdf:type, heading)
    (str(OWL.Class), "Classes"),
    (str(OWL.ObjectProperty), "Object properties"),
    (str(OWL.DatatypeProperty), "Datatype properties"),
    (str(SKOS.ConceptScheme), "Concept schemes"),
    (str(SKOS.Concept), "Concepts"),
]
ABOUT = {"title": DCTERMS.title, "description": DCTERMS.description, "version": OWL.versionInfo}


def local_path(iri: str) -> str | None:
    """``https://w3id.org/chancery/ns/doc-type/telegram`` -> ``ns/doc-type/telegram``; None outside."""
    rest = iri[len(NAMESPACE) :] if iri.startswith(NAMESPACE) else None
    return PATH + rest if rest is not None and (rest == "" or rest[0] in "/#") else None


def vocabulary_iri(path: str) -> str | None:
    """The inverse of :func:`local_path`, for a request path (no fragment ever reaches the server)."""
    if path == PATH or path.startswith(PATH + "/"):
        return NAMESPACE + path[len(PATH) :]
    return None


@functools.cache
def ontology_store() -> ox.Store:
    """``ontology/chancery.ttl`` in a store of its own (empty when the ontology is not installed)."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(resource_dir("ontology") / "chancery.ttl"), format=ox.RdfFormat.TURTLE)
    except (ChanceryError, OSError, SyntaxError) as exc:
        log.warning("the ontology is not served: %s", exc)
    return store


class VocabularyPages:
    """Answers for ``/ns`` and what is under it; the HTTP side (negotiation, ETags) is ``Pages``'."""

    def __init__(self, pages: Pages):
        self.pages = pages
        self.store = ontology_store()

    def serves(self, path: str) -> bool:
        from chancery.serve.pages import split_suffix

        return vocabulary_iri(path) is not None or vocabulary_iri(split_suffix(path)[0]) == NAMESPACE

    def resource(self, request: Request, path: str) -> Response:
        from chancery.serve.pages import split_suffix

        iri, fixed = vocabulary_iri(path), None
        if iri is None or not self.knows(iri):
            stem, fixed = split_suffix(path)
            iri = vocabulary_iri(stem)
            if iri is None or fixed is None or not self.knows(iri):
                return self.pages.not_found(path)
        return self.pages.answer(request, iri, fixed, self.represent)

    def knows(self, iri: str) -> bool:
        return iri == NAMESPACE or exists(self.pages.dataset.store, iri) or exists(self.store, iri)

    def triples(self, iri: str) -> list[ox.Triple]:
        """The whole ontology for ``/ns``; for a concept, what the data and the ontology say of it."""
        if iri == NAMESPACE:
            return sorted({q.triple for q in self.store}, key=lambda t: (str(t.subject), str(t.predicate)))
        found = set(describe(self.pages.dataset.store, iri)) | set(describe(self.store, iri))
        return sorted(found, key=lambda t: (str(t.subject), t.predicate.value, str(t.object)))

    def represent(self, iri: str, media_type: str, negotiated: bool) -> Response:
        path = local_path(iri) or PATH
        if media_type != "text/html":
            return self.pages.rdf(self.triples(iri), path, media_type, negotiated)
        headers = {"Vary": "Accept"} if negotiated else {}
        if iri == NAMESPACE:
            return HTMLResponse(self.ontology_page(), headers=headers)
        page = self.pages.views.page(iri) if exists(self.pages.dataset.store, iri) else None
        if page is None:
            from chancery.serve.views import Views

            views = Views(self.store, self.pages.dataset.base, self.pages.renderer.site.root, True)
            page = views.page(iri)
        if page is None:
            return self.pages.not_found(path)
        definition = self.text(iri, SKOS.definition)
        if definition:
            page.fields["definition"] = definition
        return HTMLResponse(self.pages.renderer.page(page, path), headers=headers)

    def text(self, iri: str, predicate: object) -> str:
        quads = self.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(predicate)), None, None)
        return min((q.object.value for q in quads if isinstance(q.object, ox.Literal)), default="")

    def ontology_page(self) -> str:
        sections = []
        for kind, heading in TERM_KINDS:
            quads = self.store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(kind), None)
            terms = sorted({q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)})
            sections.append({"title": heading, "terms": [self.term(t) for t in terms]})
        about = {name: self.text(NAMESPACE, term) for name, term in ABOUT.items()}
        return self.pages.renderer.render(
            "vocabulary.html", title=self.text(NAMESPACE, RDFS.label) or "chancery ontology",
            iri=NAMESPACE, sections=sections, about=about, namespace=NAMESPACE,
        )  # fmt: skip

    def term(self, iri: str) -> dict:
        root = self.pages.renderer.site.root
        return {
            "id": iri[len(NAMESPACE) :].lstrip("#/"),
            "iri": iri,
            "href": root + (local_path(iri) or PATH),
            "label": self.text(iri, RDFS.label),
            "definition": self.text(iri, SKOS.definition) or self.text(iri, RDFS.comment),
        }
