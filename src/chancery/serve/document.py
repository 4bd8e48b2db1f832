"""The page of a document: what a historian looks for first, in the order of a catalogue entry."""

from __future__ import annotations

import pyoxigraph as ox

from chancery.graph.namespaces import CHANCERY, DCTERMS, PROV, RDFS, RICO, SCHEMA
from chancery.serve.resources import Description, value
from chancery.serve.views import CREDIT_ROLES, PLACE_PROPERTIES, ROLE_HEADINGS, Link, Page, Views


def _position(d: Description, node: str) -> int:
    value = d.text(str(CHANCERY.position), node)
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _date(d: Description, node: str | None) -> dict | None:
    if node is None:
        return None
    value = d.text(str(CHANCERY.dateValue), node)
    start, end = d.text(str(CHANCERY.dateStart), node), d.text(str(CHANCERY.dateEnd), node)
    qualifier = d.value(str(CHANCERY.dateQualifier), node)
    return {
        "written": d.text(str(RICO.expressedDate), node),
        "value": value or (f"{start or '…'} – {end or '…'}" if start or end else None),
        "qualifier": qualifier.value.rsplit("/", 1)[-1] if qualifier is not None else None,
    }


def roles(v: Views, d: Description) -> dict[str, list[dict]]:
    """Mentions grouped by role (author, recipient ...), each in the order of the page."""
    grouped: dict[str, list[dict]] = {}
    for node in d.values(str(CHANCERY.hasAgentRole)):
        n = node.value
        role = d.value(str(CHANCERY.roleType), n)
        agent = d.value(str(CHANCERY.agent), n)
        grouped.setdefault(role.value.rsplit("/", 1)[-1] if role else "mentioned", []).append(
            {
                "position": _position(d, n),
                "agent": v.link(agent) if agent is not None else None,
                "written": d.text(str(CHANCERY.nameAsWritten), n),
                "honorifics": [h.value for h in d.values(str(CHANCERY.honorific), n)],
                "office": d.text(str(CHANCERY.office), n),
                "affiliation": d.text(str(CHANCERY.affiliation), n),
                "affiliated_with": _optional_link(v, d.value(str(CHANCERY.affiliatedWith), n)),
            }
        )
    order = {name: i for i, name in enumerate(ROLE_HEADINGS)}
    return {
        k: sorted(grouped[k], key=lambda m: m["position"])
        for k in sorted(grouped, key=lambda k: order.get(k, 99))
    }


def distribution(v: Views, d: Description) -> list[dict]:
    entries = []
    for node in d.values(str(CHANCERY.hasDistributionEntry)):
        n = node.value
        recipient, copy = d.value(str(CHANCERY.recipient), n), d.value(str(CHANCERY.copy), n)
        entries.append(
            {
                "position": _position(d, n),
                "recipient": v.link(recipient) if recipient is not None else None,
                "written": d.text(str(CHANCERY.nameAsWritten), n),
                "purpose": _optional_link(v, d.value(str(CHANCERY.sentFor), n)),
                "copies": d.text(str(CHANCERY.copiesReceived), n),
                "copy_number": d.text(str(CHANCERY.copyNumber), copy.value) if copy is not None else None,
                "destination": d.text(str(CHANCERY.destination), copy.value) if copy is not None else None,
                **(_copy(d, copy.value) if copy is not None else {}),
            }
        )
    return sorted(entries, key=lambda e: e["position"])


def _optional_link(v: Views, node: object) -> Link | None:
    return v.link(node) if node is not None else None


def _copy(d: Description, node: str) -> dict:
    """A numbered copy: where it went and what became of it (and when)."""
    fate_date = d.value(str(CHANCERY.copyFateDate), node)
    return {
        "copy_number": d.text(str(CHANCERY.copyNumber), node),
        "destination": d.text(str(CHANCERY.destination), node),
        "fate": d.text(str(CHANCERY.copyFate), node),
        "fate_date": _date(d, value(fate_date)) if fate_date is not None else None,
    }


def copies(d: Description) -> dict:
    """How many copies were printed, which one this page is, and the copies that went to no one listed."""
    this = d.value(str(CHANCERY.thisCopy))
    distributed = {
        d.value(str(CHANCERY.copy), entry.value) for entry in d.values(str(CHANCERY.hasDistributionEntry))
    }
    others = [
        _copy(d, node.value)
        for node in d.values(str(RICO.hasOrHadInstantiation))
        if node not in distributed
        and (d.text(str(CHANCERY.destination), node.value) or d.text(str(CHANCERY.copyFate), node.value))
    ]
    return {
        "printed": d.text(str(CHANCERY.copiesPrinted)),
        "this": d.text(str(CHANCERY.copyNumber), this.value) if this is not None else None,
        "others": sorted(others, key=lambda c: int(c["copy_number"] or 0)),
    }


def transmission(v: Views, d: Description) -> dict:
    """How the document travelled: its precedence, when it was dispatched and when received."""
    concept = d.value(str(CHANCERY.precedence))
    written = d.text(str(CHANCERY.precedenceAsWritten))
    sent, came = d.value(str(CHANCERY.dispatchedOn)), d.value(str(CHANCERY.receivedOn))
    return {
        "precedence": {"concept": _optional_link(v, concept), "written": written}
        if concept is not None or written
        else None,
        "dispatched": _date(d, value(sent)) if sent is not None else None,
        "received": _date(d, value(came)) if came is not None else None,
    }


def handed_over(v: Views, d: Description) -> dict | None:
    node = d.value(str(CHANCERY.handedOverOn))
    at, by = d.text(str(CHANCERY.handedOverAt)), d.values(str(CHANCERY.handedOverBy))
    if node is None and at is None and not by:
        return None
    return {
        "date": _date(d, value(node)) if node is not None else None,
        "at": at,
        "by": [v.link(b) for b in by],
    }


def folder(d: Description) -> dict | None:
    """The folder header the page shows (title, number, dates, sheets, volume)."""
    node = d.value(str(CHANCERY.folderHeader))
    if node is None:
        return None
    n = value(node)
    when = d.value(str(CHANCERY.hasDate), n)
    return {
        "title": d.text(str(RICO.title), n) or d.text(str(RDFS.label), n),
        "identifier": d.text(str(RICO.identifier), n),
        "date": _date(d, value(when)) if when is not None else None,
        "sheets": d.text(str(CHANCERY.sheetCount), n),
        "volume": d.text(str(CHANCERY.volume), n),
    }


def archival_path(v: Views, unit: object) -> list[Link]:
    """The archival unit and the units above it, top first (archive, fond, opis, delo)."""
    chain, seen = [], set()
    while isinstance(unit, ox.NamedNode) and unit.value not in seen:
        seen.add(unit.value)
        chain.append(v.link(unit))
        parent = next(
            iter(v.store.quads_for_pattern(unit, ox.NamedNode(str(RICO.isOrWasIncludedIn)), None, None)), None
        )
        holder = next(
            iter(v.store.quads_for_pattern(unit, ox.NamedNode(str(RICO.hasOrHadHolder)), None, None)), None
        )
        unit = parent.object if parent else holder.object if holder else None
    return list(reversed(chain))


def enclosing(v: Views, iri: str) -> list[Link]:
    quads = v.store.quads_for_pattern(None, ox.NamedNode(str(CHANCERY.encloses)), ox.NamedNode(iri), None)
    return [v.link(q.subject) for q in quads]


def _document_graph(iri: str) -> ox.NamedNode:
    """The named graph a document (or the page enclosing it) was built in."""
    return ox.NamedNode(iri.replace("/document/", "/graph/document/", 1).split("-enc")[0])


def layouts(v: Views, iri: str) -> list[str]:
    """The layout profiles the document's page was read with (provenance graph)."""
    layout = ox.NamedNode(str(CHANCERY.sourceLayout))
    return sorted(
        {value(q.object) for q in v.store.quads_for_pattern(_document_graph(iri), layout, None, None)}
    )


def sources(v: Views, iri: str) -> list[str]:
    """The source files the document's graph was read from (provenance graph)."""
    graph = _document_graph(iri)
    derived = ox.NamedNode(str(PROV.wasDerivedFrom))
    path = ox.NamedNode(str(CHANCERY.sourcePath))
    paths = []
    for q in v.store.quads_for_pattern(graph, derived, None, None):
        if isinstance(q.object, ox.NamedNode):
            paths += [value(p.object) for p in v.store.quads_for_pattern(q.object, path, None, None)]
    return sorted(set(paths))


def document_page(v: Views, d: Description) -> Page:
    iri = d.iri
    doc_type, marking = d.value(str(CHANCERY.documentType)), d.value(str(CHANCERY.securityClassification))
    unit = d.value(str(RICO.isOrWasIncludedIn))
    all_roles = roles(v, d)
    places = {v.property_label(str(p)): [v.link(o) for o in d.values(str(p))] for p in PLACE_PROPERTIES}
    fields = {
        "identifier": d.text(str(DCTERMS.identifier)),
        "type": v.link(doc_type) if doc_type is not None else None,
        "date": _date(d, (d.value(str(CHANCERY.hasDate)) or ox.NamedNode(iri + "/date")).value),
        "event_date": _date(d, getattr(d.value(str(CHANCERY.hasEventDate)), "value", None)),
        "transmission": transmission(v, d),
        "classification": v.link(marking) if marking is not None else None,
        "roles": {k: m for k, m in all_roles.items() if k not in CREDIT_ROLES},
        "credits": {k: m for k, m in all_roles.items() if k in CREDIT_ROLES},
        "distribution": distribution(v, d),
        "copies": copies(d),
        "places": {k: links for k, links in places.items() if links},
        "encloses": [v.link(o) for o in d.values(str(CHANCERY.encloses))],
        "enclosed_in": enclosing(v, iri),
        "citation": d.text(str(DCTERMS.bibliographicCitation)),
        "sheets": d.text(str(CHANCERY.sheets)),
        "archival_path": archival_path(v, unit if isinstance(unit, ox.NamedNode) else None),
        "summary": d.text(str(DCTERMS.abstract)),
        "text": d.text(str(SCHEMA.text)),
        "notes": [n.value for n in d.values(str(CHANCERY.editorialNote))],
        "basis": d.text(str(CHANCERY.basisNote)),
        "references": [v.labels(r.value) for r in d.values(str(RICO.hasOrHadIdentifier))],
        "sources": sources(v, iri),
        "layouts": layouts(v, iri),
        "handed_over": handed_over(v, d),
        "folder": folder(d),
    }
    title = d.text(str(DCTERMS.title)) or v.labels(iri)
    return Page(
        "document", iri, title, types=[v.link(ox.NamedNode(t)) for t in sorted(d.types)], fields=fields
    )
