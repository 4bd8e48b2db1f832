"""What the HTML pages show, as plain data built from the store: a document as a historian reads it,
an agent or place with the documents it appears in, and any other resource as a table of statements."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import URIRef

from chancery.errors import ChanceryError
from chancery.graph.namespaces import CHANCERY, DCTERMS, OWL, RDF, RICO, ROLE, SCHEMA, SKOS
from chancery.resources import resource_dir
from chancery.serve.resources import Description, Labels, describe, local_name, select, value
from chancery.serve.vocabulary import local_path

log = logging.getLogger(__name__)

# The roles of the role scheme (concept local names) in the order a document page lists them, each with
# its heading; the last three are the publication's credits.
ROLE_HEADINGS = {
    "author": "authors",
    "recipient": "recipients",
    "participant": "participants",
    "signatory": "signatories",
    "proxy-signatory": "signed for the author by",
    "drafter": "drafted by",
    "clearer": "cleared by",
    "approver": "approved by",
    "typist": "typed by",
    "authenticator": "authenticated by",
    "mentioned": "mentioned",
    "translator": "translated by",
    "obtainer": "obtained by",
    "contributor": "contributed by",
}
CREDIT_ROLES = {"translator", "obtainer", "contributor"}
PLACE_PROPERTIES = [CHANCERY.sentFrom, CHANCERY.sentTo, CHANCERY.writtenAt, CHANCERY.mentionsPlace]


@dataclass
class Link:
    """A term as the page shows it: ``href`` is set for IRIs (local path or external IRI)."""

    text: str
    href: str | None = None
    external: bool = False


@dataclass
class Row:
    label: str
    values: list[Link]


@dataclass
class Page:
    """Everything a template needs; ``kind`` picks the template."""

    kind: str
    iri: str
    title: str
    types: list[Link] = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    incoming: list[Row] = field(default_factory=list)


def vocabulary_labels() -> dict[str, str]:
    """English labels of the ontology's terms, for property names and concepts."""
    try:
        path = resource_dir("ontology") / "chancery.ttl"
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (ChanceryError, OSError, SyntaxError) as exc:
        log.warning("ontology labels unavailable: %s", exc)
        return {}
    labels: dict[str, str] = {}
    for predicate in (str(SKOS.prefLabel), "http://www.w3.org/2000/01/rdf-schema#label"):
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            obj = quad.object
            if (
                isinstance(quad.subject, ox.NamedNode)
                and isinstance(obj, ox.Literal)
                and obj.language in (None, "", "en")
            ):
                labels[quad.subject.value] = obj.value
    return labels


def words(name: str) -> str:
    """``sentFrom`` -> ``sent from``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


class Views:
    """Builds :class:`Page` objects. ``link`` maps an IRI to the href the page uses for it."""

    def __init__(
        self,
        store: ox.Store,
        base: str,
        root: str = "/",
        local_vocabulary: bool = False,
        vocabulary: dict[str, str] | None = None,
    ):
        """``local_vocabulary``: link the ontology's terms and concepts to ``/ns`` (the server serves
        them, :mod:`chancery.serve.vocabulary`) rather than to their w3id IRIs."""
        self.store, self.base, self.root = store, base, root
        self.local_vocabulary = local_vocabulary
        self.labels = Labels(store, vocabulary if vocabulary is not None else vocabulary_labels())

    def href(self, iri: str) -> str:
        if iri.startswith(self.base):
            return self.root + iri[len(self.base) :]
        path = local_path(iri) if self.local_vocabulary else None
        return self.root + path if path is not None else iri

    def link(self, term) -> Link:
        if isinstance(term, ox.NamedNode):
            href = self.href(term.value)
            return Link(self.labels(term.value), href, href == term.value)
        if isinstance(term, ox.Literal):
            return Link(term.value)
        return Link(str(term))

    def property_label(self, iri: str) -> str:
        label = self.labels.vocabulary.get(iri)
        return label or words(local_name(iri))

    def page(self, iri: str) -> Page | None:
        description = Description(iri, describe(self.store, iri))
        if not description.index.get(iri):
            return None
        if str(CHANCERY.Document) in description.types:
            from chancery.serve.document import document_page

            return document_page(self, description)
        return self.resource_page(description)

    def resource_page(self, d: Description) -> Page:
        kind = "agent" if d.types & AGENT_TYPES else "resource"
        page = Page(
            kind, d.iri, self.labels(d.iri), types=[self.link(ox.NamedNode(t)) for t in sorted(d.types)]
        )
        for predicate, objects in d.index[d.iri].items():
            if predicate != str(RDF.type):
                page.rows.append(Row(self.property_label(predicate), [self.link(o) for o in objects]))
        page.fields["same_as"] = [self.link(o) for o in d.values(str(OWL.sameAs))]
        page.fields["alt_labels"] = sorted(o.value for o in d.values(str(SKOS.altLabel)))
        page.fields["latitude"] = d.text(str(SCHEMA.latitude))
        page.fields["longitude"] = d.text(str(SCHEMA.longitude))
        page.fields["appearances"] = self.appearances(d.iri)
        page.fields["authority_links"] = self.authority_links(d.iri)
        if kind == "resource":
            page.incoming = self.incoming(d.iri)
        return page

    def appearances(self, iri: str) -> list[dict]:
        """The documents an entity appears in, with the role(s) it has there, by date."""
        found: dict[str, set[str]] = {}
        for row in select(self.store, APPEARANCES, substitutions={ox.Variable("x"): ox.NamedNode(iri)}):
            how = value(row["role"])
            name = (
                self.labels(how)
                if how.startswith(str(ROLE))
                else APPEARANCE_NAMES.get(how) or self.property_label(how)
            )
            found.setdefault(value(row["doc"]), set()).add(name)
        docs = []
        for doc, roles in found.items():
            date = next(
                iter(
                    self.store.quads_for_pattern(
                        ox.NamedNode(doc), ox.NamedNode(str(DCTERMS.date)), None, None
                    )
                ),
                None,
            )
            docs.append(
                {
                    "link": self.link(ox.NamedNode(doc)),
                    "date": value(date.object) if date else "",
                    "roles": sorted(roles),
                }
            )
        return sorted(docs, key=lambda d: (d["date"] or "9999", d["link"].text))

    def authority_links(self, iri: str) -> list[dict]:
        """Why the entity is the same as each authority record: score, method, source and features."""
        quads = self.store.quads_for_pattern(None, LINK_SUBJECT, ox.NamedNode(iri), None)
        nodes = sorted({q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)})
        return [self.authority_link(Description(node, describe(self.store, node))) for node in nodes]

    def authority_link(self, d: Description) -> dict:
        def text(predicate: URIRef, subject: str | None = None) -> str:
            return d.text(str(predicate), subject) or ""

        features = sorted(
            f"{text(CHANCERY.featureName, f.value)}: {text(CHANCERY.featureValue, f.value)}"
            for f in d.values(str(CHANCERY.linkFeature))
        )
        target = d.value(str(CHANCERY.linkTarget))
        return {
            "record": Link("details", self.href(d.iri)),
            "target": self.link(target) if target is not None else Link("?"),
            "score": text(CHANCERY.linkScore),
            "method": METHODS.get(text(CHANCERY.linkMethod), text(CHANCERY.linkMethod)),
            "source": text(CHANCERY.linkSource),
            "matched": text(CHANCERY.matchedName),
            "description": text(CHANCERY.targetDescription),
            "features": features,
        }

    def incoming(self, iri: str, limit: int = 500) -> list[Row]:
        rows: dict[str, list[Link]] = {}
        for n, quad in enumerate(self.store.quads_for_pattern(None, None, ox.NamedNode(iri), None)):
            if n >= limit:
                break
            links = rows.setdefault(self.property_label(quad.predicate.value), [])
            link = self.link(quad.subject)
            if link not in links:
                links.append(link)
        return [Row(label, links) for label, links in sorted(rows.items())]


APPEARANCE_NAMES = {
    str(CHANCERY.hasDistributionEntry): "distribution list",
    str(RICO.isOrWasIncludedIn): "kept in",
}
LINK_SUBJECT = ox.NamedNode(str(CHANCERY.linkSubject))
METHODS = {  # chancery:linkMethod, as the page says it
    "score": "scored by the linker",
    "curator": "a curator's decision",
    "source": "given by the source",
}
AGENT_TYPES = {str(CHANCERY.Person), str(CHANCERY.Organization), str(CHANCERY.Place), str(CHANCERY.Archive)}

APPEARANCES = f"""
SELECT DISTINCT ?doc ?role ?x WHERE {{
  {{ ?doc <{CHANCERY.hasAgentRole}> ?r . ?r <{CHANCERY.agent}> ?x ; <{CHANCERY.roleType}> ?role . }}
  UNION {{ ?doc <{CHANCERY.hasDistributionEntry}> ?e . ?e <{CHANCERY.recipient}> ?x .
           BIND(<{CHANCERY.hasDistributionEntry}> AS ?role) }}
  UNION {{ VALUES ?role {{ {" ".join(f"<{p}>" for p in PLACE_PROPERTIES)} <{RICO.isOrWasIncludedIn}> }}
           ?doc ?role ?x . ?doc a <{CHANCERY.Document}> . }}
}}"""
