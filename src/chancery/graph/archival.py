"""Where a document is kept: the citation's archive -> fond -> opis -> delo (shared, in the entities
graph), the sheets (on the document), and the file header a page may print (in its own graph)."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from chancery.graph.context import BuildContext
from chancery.graph.dates import add_date
from chancery.graph.namespaces import CHANCERY, DCTERMS, LEVEL, RDF, RDFS, RICO
from chancery.model import Citation, Folder

# The levels a citation may name, from the top; a citation's other parts stay in its text.
LEVELS = ("collection", "fond", "series", "opis", "box", "papka", "delo", "folder")
_TITLES = {"opis": "Opis'"}


def add_citation(ctx: BuildContext, graph: Graph, doc: URIRef, citation: Citation) -> None:
    """The citation text and sheets on the document, and its lowest archival unit(s)."""
    if citation.as_written.strip():
        graph.add((doc, DCTERMS.bibliographicCitation, Literal(citation.as_written.strip())))
    sheets = citation.parts.get("list_or_pages")
    if sheets:
        graph.add((doc, CHANCERY.sheets, Literal(sheets)))
    for cite in (citation, *citation.also):
        unit = archival_unit(ctx, cite)
        if unit is not None:
            graph.add((doc, RICO.isOrWasIncludedIn, unit))


def archival_unit(ctx: BuildContext, citation: Citation) -> URIRef | None:
    """The lowest unit a citation names, with the units above it, in the entities graph.

    None when the citation names no archive or no level: a fond number without its archive
    identifies nothing shared.
    """
    archive = (citation.archive or citation.parts.get("archive") or "").strip()
    levels = [(level, str(citation.parts[level]).strip()) for level in LEVELS if citation.parts.get(level)]
    levels = [(level, ident) for level, ident in levels if ident]
    if not archive or not levels:
        return None
    graph = ctx.entities
    holder = ctx.iris.archive(archive)
    graph.add((holder, RDF.type, CHANCERY.Archive))
    graph.add((holder, RDF.type, RICO.CorporateBody))
    graph.add((holder, RDFS.label, Literal(archive)))
    parent: URIRef | None = None
    label = archive
    for depth, (level, ident) in enumerate(levels, start=1):
        unit = ctx.iris.archival_unit(archive, levels[:depth])
        label = f"{label}, {_TITLES.get(level, level.capitalize())} {ident}"
        graph.add((unit, RDF.type, CHANCERY.ArchivalUnit))
        graph.add((unit, RDF.type, RICO.RecordSet))
        graph.add((unit, RDFS.label, Literal(label)))
        graph.add((unit, RICO.identifier, Literal(ident)))
        graph.add((unit, CHANCERY.level, ctx.use(LEVEL[level])))
        if parent is None:
            graph.add((unit, RICO.hasOrHadHolder, holder))
        else:
            graph.add((unit, RICO.isOrWasIncludedIn, parent))
        parent = unit
    return parent


def add_folder(ctx: BuildContext, graph: Graph, doc: URIRef, doc_id: str, folder: Folder) -> None:
    """The file header printed on the page: an archival unit of level folder, in the page's graph.
    A header with nothing in it (no designation, title, date, sheets or volume) is no header."""
    printed = (folder.designation.strip(), folder.title, folder.date, folder.sheets, folder.volume)
    if not any(x is not None and x != "" for x in printed):
        return
    node = ctx.iris.folder(doc_id)
    graph.add((doc, CHANCERY.folderHeader, node))
    graph.add((node, RDF.type, CHANCERY.ArchivalUnit))
    graph.add((node, RDF.type, RICO.RecordSet))
    graph.add((node, CHANCERY.level, ctx.use(LEVEL.folder)))
    designation = folder.designation.strip()
    label = " ".join(x for x in ("Folder", designation) if x)
    if folder.title:
        label = f"{label}: {folder.title}"
        graph.add((node, RICO.title, Literal(folder.title)))
    graph.add((node, RDFS.label, Literal(label)))
    if designation:
        graph.add((node, RICO.identifier, Literal(designation)))
    if folder.date is not None:
        date = ctx.iris.date(doc_id, "folder/date")
        if add_date(ctx, graph, date, folder.date):
            graph.add((node, CHANCERY.hasDate, date))
    if folder.sheets is not None:
        graph.add((node, CHANCERY.sheetCount, Literal(folder.sheets)))
    if folder.volume:
        graph.add((node, CHANCERY.volume, Literal(folder.volume)))
