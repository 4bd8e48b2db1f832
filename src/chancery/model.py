"""Plain records: what a reader gets out of one archival document, before any RDF.

These dataclasses mirror ``record.schema.json`` (the contract of ``chancery extract --format json``).
Nothing here knows about rdflib; :func:`Record.to_json` gives the contract's dictionary.
Keys the schema does not name (``copies``, ``folder``, ``references``, ``delivery``...) are extra
facts the graph uses; the schema allows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

AgentKind = Literal["person", "organization", "unknown"]
DateQualifier = Literal["circa", "before", "after"]

DOC_TYPES = (
    "letter",
    "telegram",
    "cable",
    "memorandum",
    "record_of_conversation",
    "minutes",
    "report",
    "resolution",
    "decree",
    "note",
    "diary",
    "speech",
    "other",
)

# The role an agent plays in a document; the record key that holds it.
ROLES = (
    "authors",
    "recipients",
    "participants",
    "signatories",
    "translated_by",
    "obtained_by",
    "contributed_by",
    "drafted_by",
    "authenticated_by",
    "cleared_by",
    "approved_by",
    "typed_by",
    "signed_for",
    "mentioned_persons",
)
# What a distribution entry was sent for: action ("Sent to", the addressees of a circular) or
# information ("Repeated to", "Info", "cc", "pouched to"); None when the page does not say.
PURPOSES = ("action", "information")
# Handling precedence, as telegrams mark it (highest first); the page's own word is kept.
PRECEDENCES = ("flash", "niact", "immediate", "operational immediate", "priority", "routine", "deferred")


@dataclass
class Agent:
    """A person or organisation as one document names it."""

    name: str  # display form without honorifics: "I. V. Stalin"
    as_written: str = ""  # the page's text: "Cde. I. V. Stalin"
    kind: AgentKind = "person"
    honorifics: list[str] = field(default_factory=list)  # "Cde.", "Marshal"
    office: str | None = None  # "Chairman of the government" (the office the page gives)
    affiliation: str | None = None  # "USSR NKVD" when the page names the body beside the person
    authority: dict[str, str] = field(default_factory=dict)  # {"wikidata": "Q855"}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "as_written": self.as_written or self.name,
            "kind": self.kind,
            "honorifics": list(self.honorifics),
        }
        if self.office:
            out["office"] = self.office
        if self.affiliation:
            out["affiliation"] = self.affiliation
        if self.authority:
            out["authority"] = dict(sorted(self.authority.items()))
        return out


@dataclass
class DateValue:
    """A date as the page gives it, with an ISO value (``1945-11-03``, ``1945-07``, ``1974``) or a range."""

    as_written: str
    value: str | None = None  # ISO date, year-month or year
    start: str | None = None  # for ranges
    end: str | None = None
    qualifier: DateQualifier | None = None

    def to_json(self) -> str | dict[str, str] | None:
        if self.start and self.end:
            return {"start": self.start, "end": self.end}
        return self.value


@dataclass
class Place:
    name: str  # display form: "Ghulja"
    as_written: str = ""  # "Ghulja [Yining]"
    role: str = "sent_from"  # "sent_from" | "sent_to" | "written_at"
    variants: list[str] = field(default_factory=list)  # ["Yining"] from editorial brackets

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "as_written": self.as_written or self.name,
            "role": self.role,
        }
        if self.variants:
            out["variants"] = list(self.variants)
        return out


@dataclass
class CopyNote:
    """One numbered copy of a document: where it went and what became of it."""

    number: int
    destination: str | None = None  # "NKVD Secretariat file"
    fate: str | None = None  # "returned and destroyed"
    fate_date: DateValue | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"number": self.number}
        if self.destination:
            out["destination"] = self.destination
        if self.fate:
            out["fate"] = self.fate
        if self.fate_date:
            out["fate_date"] = self.fate_date.to_json()
        return out


@dataclass
class DistributionEntry:
    agent: Agent
    position: int
    copy_number: int | None = None
    purpose: str | None = None  # one of PURPOSES, or None
    copies: int | None = None  # how many copies this entry received ("Stalin (2)", "2x Honecker")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"agent": self.agent.to_json(), "position": self.position}
        out["copy_number"] = self.copy_number
        if self.purpose:
            out["purpose"] = self.purpose
        if self.copies is not None:
            out["copies"] = self.copies
        return out


@dataclass
class Copies:
    """Copy numbering: how many were printed, which one this page is, where each went."""

    printed: int | None = None
    this_copy: int | None = None
    copies: list[CopyNote] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "printed": self.printed,
            "this_copy": self.this_copy,
            "copies": [c.to_json() for c in self.copies],
        }


@dataclass
class Citation:
    """An archival citation: the text as written and its parts.

    ``parts`` keeps the keys of the schema (archive, fond, opis, delo, papka, list_or_pages) and may hold
    others a family needs (box, folder, collection, year...); ``also`` holds further citations when one
    line cites two archives.
    """

    as_written: str
    archive: str | None = None
    parts: dict[str, str] = field(default_factory=dict)
    also: list[Citation] = field(default_factory=list)

    def parts_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.parts)
        if self.also:
            out["also"] = [c.parts_json() for c in self.also]
        return out


@dataclass
class Reference:
    """A registry or reference number on the page: outgoing Nº 1248/b, incoming Nº 3452."""

    kind: str  # "outgoing", "incoming", "cipher", "signature", "index", "registry"
    number: str
    as_written: str = ""

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "value": self.number, "as_written": self.as_written or self.number}


@dataclass
class Folder:
    """A file (delo) header printed on the page: special folder 1-1, correspondence with Stalin..."""

    designation: str  # "Op 1-1"
    title: str | None = None
    date: DateValue | None = None
    sheets: int | None = None
    volume: str | None = None
    as_written: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "designation": self.designation,
            "title": self.title,
            "date": self.date.to_json() if self.date else None,
            "date_as_written": self.date.as_written if self.date else None,
            "sheets": self.sheets,
            "volume": self.volume,
        }


@dataclass
class Delivery:
    """When and where a document was handed over (not when it was written)."""

    date: DateValue | None = None
    place: str | None = None  # "the Consulate"
    by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.to_json() if self.date else None,
            "date_as_written": self.date.as_written if self.date else None,
            "place": self.place,
            "by": self.by,
        }


@dataclass
class Source:
    """Where a record was read from."""

    path: str
    sha256: str
    url: str | None = None
    line_start: int | None = None
    line_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "sha256": self.sha256}
        if self.url:
            out["url"] = self.url
        if self.line_start is not None:
            out["lines"] = [self.line_start, self.line_end]
        return out


@dataclass
class Record:
    """One document. Enclosed documents are records too, with their own ids (``<id>-enc1``)."""

    id: str
    title: str | None = None
    doc_type: str = "other"
    date: DateValue | None = None
    event_date: DateValue | None = None
    summary: str | None = None
    authors: list[Agent] = field(default_factory=list)
    recipients: list[Agent] = field(default_factory=list)
    participants: list[Agent] = field(default_factory=list)
    signatories: list[Agent] = field(default_factory=list)
    distribution: list[DistributionEntry] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    classification: str | None = None
    citation: Citation | None = None
    translated_by: list[Agent] = field(default_factory=list)
    obtained_by: list[Agent] = field(default_factory=list)
    contributed_by: list[Agent] = field(default_factory=list)
    drafted_by: list[Agent] = field(default_factory=list)
    authenticated_by: list[Agent] = field(default_factory=list)
    cleared_by: list[Agent] = field(default_factory=list)
    approved_by: list[Agent] = field(default_factory=list)
    typed_by: list[Agent] = field(default_factory=list)
    signed_for: list[Agent] = field(default_factory=list)  # who signed on behalf of the author
    dispatched: DateValue | None = None  # when sent: value an ISO date or date-time ("1955-07-28T18:37")
    received: DateValue | None = None  # when received, the same way
    precedence: str | None = None  # as printed: "NIACT", "Priority", "OP IMMED"
    source_layout: str | None = None  # the layout profile the page was read with
    copies: Copies | None = None
    editorial_notes: list[str] = field(default_factory=list)
    enclosed_documents: list[Record] = field(default_factory=list)
    mentioned_places: list[str] = field(default_factory=list)
    mentioned_persons: list[Agent] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    based_on: list[str] = field(default_factory=list)  # "coded message Nº 3452"
    folder: Folder | None = None
    delivery: Delivery | None = None
    language_note: str | None = None
    text: str = ""  # the page's body text, for the site and full-text search
    source: Source | None = None

    def agents(self, role: str) -> list[Agent]:
        """The agents a record holds under one of :data:`ROLES`."""
        return list(getattr(self, role))

    def to_json(self) -> dict[str, Any]:
        """The record as ``record.schema.json`` describes it: every required key present."""
        cite = self.citation
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "doc_type": self.doc_type,
            "date": self.date.to_json() if self.date else None,
            "date_qualifier": self.date.qualifier if self.date else None,
            "date_as_written": self.date.as_written if self.date else None,
            "event_date": self.event_date.to_json() if self.event_date else None,
            "summary": self.summary,
            "classification": self.classification,
            "archive": cite.archive if cite else None,
            "citation": cite.as_written if cite else None,
            "citation_parts": cite.parts_json() if cite else {},
            "places": [p.to_json() for p in self.places],
            "distribution": [d.to_json() for d in self.distribution],
            "copies": self.copies.to_json() if self.copies else None,
            "editorial_notes": list(self.editorial_notes),
            "mentioned_places": list(self.mentioned_places),
            "reference_numbers": [r.to_json() for r in self.references],
            "information_addressees": [
                d.agent.to_json() for d in self.distribution if d.purpose == "information"
            ],
            "dispatched": self.dispatched.value if self.dispatched else None,
            "received": self.received.value if self.received else None,
            "precedence": self.precedence,
            "source_layout": self.source_layout,
            "based_on": list(self.based_on),
            "folder": self.folder.to_json() if self.folder else None,
            "delivery": self.delivery.to_json() if self.delivery else None,
            "enclosed_documents": [e.to_json() for e in self.enclosed_documents],
        }
        for role in ROLES:
            out[role] = [a.to_json() for a in self.agents(role)]
        if self.source:
            out["source"] = self.source.to_json()
        return out
