"""The chancery vocabulary on the local server.

Document types, classifications, roles, levels, date qualifiers, precedences and distribution purposes
are concepts of the ontology, with IRIs under ``https://w3id.org/chancery/ns`` rather than under the base,
so nothing local would answer for them. The server maps that namespace to ``/ns``: ``/ns`` is the
ontology itself (an HTML list of its terms, or the Turtle of ``ontology/chancery.ttl`` and the other RDF
syntaxes), ``/ns#Document`` a term on that page, ``/ns/doc-type/telegram`` a concept, with what the data
says of it (the documents of that type) and what the ontology says (its definition).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

import pyoxigraph as ox

from chancery.errors import ChanceryError
from chancery.graph.namespaces import DCTERMS, ONTOLOGY_IRI, OWL, RDF, RDFS, SKOS
from chancery.resources import resource_dir
from chancery.serve.resources import describe, exists

if TYPE_CHECKING:
    from chancery.serve.html import Renderer
    from chancery.serve.views import Views

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
TYPE = ox.NamedNode(str(RDF.type))
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


class Vocabulary:
    """What ``/ns`` and the paths under it show, for the server (``Pages``, which does the HTTP side)
    and the static site. ``views`` are the data's, linking the vocabulary locally."""

    def __init__(self, data: ox.Store, renderer: Renderer, views: Views):
        from chancery.serve.views import Views

        self.data, self.renderer, self.views = data, renderer, views
        self.store = ontology_store()
        labels = views.labels.vocabulary
        self.ontology_views = Views(
            self.store, views.base, views.root, local_vocabulary=True, vocabulary=labels
        )

    def knows(self, iri: str) -> bool:
        return iri == NAMESPACE or exists(self.data, iri) or exists(self.store, iri)

    def iris(self) -> list[str]:
        """The ontology and every concept of the ontology or the data (what a static site writes)."""
        concept = ox.NamedNode(str(SKOS.Concept))
        quads = [q for store in (self.data, self.store) for q in store.quads_for_pattern(None, TYPE, concept)]
        found = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}
        return [NAMESPACE, *sorted(iri for iri in found if local_path(iri))]

    def triples(self, iri: str) -> list[ox.Triple]:
        """The whole ontology for ``/ns``; for a concept, what the data and the ontology say of it."""
        if iri == NAMESPACE:
            found = {q.triple for q in self.store}
        else:
            found = set(describe(self.data, iri)) | set(describe(self.store, iri))
        return sorted(found, key=lambda t: (str(t.subject), t.predicate.value, str(t.object)))

    def html(self, iri: str) -> str | None:
        if iri == NAMESPACE:
            return self.ontology_page()
        page = self.views.page(iri) if exists(self.data, iri) else self.ontology_views.page(iri)
        if page is None:
            return None
        definition = self.text(iri, SKOS.definition)
        if definition:
            page.fields["definition"] = definition
        return self.renderer.page(page, local_path(iri))

    def text(self, iri: str, predicate: object) -> str:
        quads = self.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(predicate)), None, None)
        return min((q.object.value for q in quads if isinstance(q.object, ox.Literal)), default="")

    def ontology_page(self) -> str:
        sections = []
        for kind, heading in TERM_KINDS:
            quads = self.store.quads_for_pattern(None, TYPE, ox.NamedNode(kind))
            terms = sorted({q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)})
            sections.append({"title": heading, "terms": [self.term(t) for t in terms]})
        about = {name: self.text(NAMESPACE, term) for name, term in ABOUT.items()}
        return self.renderer.render(
            "vocabulary.html", title=self.text(NAMESPACE, RDFS.label) or "chancery ontology",
            iri=NAMESPACE, sections=sections, about=about, namespace=NAMESPACE,
        )  # fmt: skip

    def term(self, iri: str) -> dict:
        return {
            "id": iri[len(NAMESPACE) :].lstrip("#/"),
            "iri": iri,
            "href": self.views.root + (local_path(iri) or PATH),
            "label": self.text(iri, RDFS.label),
            "definition": self.text(iri, SKOS.definition) or self.text(iri, RDFS.comment),
        }
