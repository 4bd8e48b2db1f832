"""Lists of resources for the index pages and the search box (labels, by class)."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from chancery.graph.namespaces import CHANCERY, DCTERMS, RDFS, SKOS
from chancery.serve.resources import select, value
from chancery.serve.views import Link, Views


@dataclass(frozen=True)
class Section:
    path: str  # the folder under the base: "document/"
    title: str
    classes: tuple[str, ...]


SECTIONS = [
    Section("document/", "Documents", (str(CHANCERY.Document),)),
    Section("person/", "People", (str(CHANCERY.Person),)),
    Section("organization/", "Organisations", (str(CHANCERY.Organization),)),
    Section("place/", "Places", (str(CHANCERY.Place),)),
    Section("archive/", "Archives and archival units", (str(CHANCERY.Archive), str(CHANCERY.ArchivalUnit))),
]

LISTING = f"""
SELECT ?s (SAMPLE(?l) AS ?label) (MIN(?d) AS ?date) ?base WHERE {{
  VALUES ?class {{ %s }}
  ?s a ?class .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base))
  OPTIONAL {{ ?s <{RDFS.label}> ?l }}
  OPTIONAL {{ ?s <{DCTERMS.date}> ?d }}
}} GROUP BY ?s ?base ORDER BY ?date LCASE(STR(?label)) ?s"""
COUNT = """
SELECT (COUNT(DISTINCT ?s) AS ?n) ?base WHERE {
  VALUES ?class { %s }
  ?s a ?class .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base))
} GROUP BY ?base"""
PAGE_SIZE = 500

SEARCH = f"""
SELECT ?s (SAMPLE(?l) AS ?label) ?q ?base WHERE {{
  VALUES ?p {{ <{RDFS.label}> <{SKOS.prefLabel}> <{SKOS.altLabel}> <{DCTERMS.title}> }}
  ?s ?p ?l .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base) && CONTAINS(LCASE(STR(?l)), LCASE(?q)))
}} GROUP BY ?s ?q ?base ORDER BY LCASE(STR(?label)) LIMIT 200"""


def section_of(path: str) -> Section | None:
    return next((s for s in SECTIONS if s.path == path), None)


def _classes(section: Section) -> str:
    return " ".join(f"<{c}>" for c in section.classes)


def listing(views: Views, section: Section, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Members of the section's classes under the base: documents by date, the others by name."""
    query = LISTING % _classes(section)
    if limit is not None:
        query += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = select(views.store, query, substitutions={ox.Variable("base"): ox.Literal(views.base)})
    items = []
    for row in rows:
        iri = value(row["s"])
        label = value(row["label"]) if row["label"] is not None else views.labels(iri)
        date = value(row["date"]) if row["date"] is not None else None
        items.append({"link": Link(label, views.href(iri)), "note": date})
    return items


def count(views: Views, section: Section) -> int:
    rows = select(
        views.store, COUNT % _classes(section), substitutions={ox.Variable("base"): ox.Literal(views.base)}
    )
    return sum(int(value(row["n"])) for row in rows)


def search(views: Views, text: str) -> list[dict]:
    text = text.strip()
    if not text:
        return []
    found = select(
        views.store,
        SEARCH,
        substitutions={ox.Variable("q"): ox.Literal(text), ox.Variable("base"): ox.Literal(views.base)},
    )
    return [{"link": Link(value(row["label"]), views.href(value(row["s"]))), "note": None} for row in found]
