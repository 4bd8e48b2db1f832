"""Agents in a document: a qualified role node per mention, direct properties for resolved ones,
and the distribution list as ordered entries (with what each was sent for and how many copies)."""

from __future__ import annotations

import logging

from rdflib import Graph, Literal, URIRef

from chancery.graph import concepts
from chancery.graph.context import BuildContext
from chancery.graph.namespaces import CHANCERY, RDF, RDFS, RICO, ROLE
from chancery.model import ROLES, Agent, DistributionEntry, Record

log = logging.getLogger(__name__)

# record key -> (role concept, direct property from the document to the agent)
ROLE_TERMS: dict[str, tuple[URIRef, URIRef]] = {
    "authors": (ROLE.author, RICO.hasAuthor),
    "recipients": (ROLE.recipient, RICO.hasAddressee),
    "participants": (ROLE.participant, CHANCERY.hasParticipant),
    "signatories": (ROLE.signatory, CHANCERY.hasSignatory),
    "translated_by": (ROLE.translator, CHANCERY.translatedBy),
    "obtained_by": (ROLE.obtainer, CHANCERY.obtainedBy),
    "contributed_by": (ROLE.contributor, CHANCERY.contributedBy),
    "drafted_by": (ROLE.drafter, CHANCERY.draftedBy),
    "authenticated_by": (ROLE.authenticator, CHANCERY.authenticatedBy),
    "cleared_by": (ROLE.clearer, CHANCERY.clearedBy),
    "approved_by": (ROLE.approver, CHANCERY.approvedBy),
    "typed_by": (ROLE.typist, CHANCERY.typedBy),
    "signed_for": (ROLE["proxy-signatory"], CHANCERY.signedOnBehalfBy),
    "mentioned_persons": (ROLE.mentioned, CHANCERY.mentions),
}
assert set(ROLE_TERMS) == set(ROLES)

# Document types whose authors are also their senders (rico:hasSender).
SENT_TYPES = frozenset({"letter", "telegram", "cable", "note", "memorandum", "report"})


def local_name(concept: URIRef) -> str:
    return str(concept).rsplit("/", 1)[-1]


def add_roles(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record) -> None:
    """Every mention of every role: a role node always, direct properties when resolved."""
    for role in ROLES:
        concept, direct = ROLE_TERMS[role]
        for index, agent in enumerate(record.agents(role)):
            node = ctx.iris.role(record.id, local_name(concept), index + 1)
            graph.add((doc, CHANCERY.hasAgentRole, node))
            graph.add((node, RDF.type, CHANCERY.AgentRole))
            graph.add((node, CHANCERY.roleType, ctx.use(concept)))
            graph.add((node, CHANCERY.position, Literal(index + 1)))
            graph.add((node, RDFS.label, Literal(f"{local_name(concept)} {index + 1}: {_written(agent)}")))
            _describe_mention(graph, node, agent)
            if (organization := ctx.affiliation(record.id, role, index)) is not None:
                graph.add((node, CHANCERY.affiliatedWith, organization))
            entity = ctx.mention(record.id, role, index)
            if entity is None:
                continue
            ctx.note_authority(entity, agent.authority)
            graph.add((node, CHANCERY.agent, entity))
            graph.add((doc, direct, entity))
            if role == "authors" and record.doc_type in SENT_TYPES:
                graph.add((doc, RICO.hasSender, entity))


def _written(agent: Agent) -> str:
    return (agent.as_written or agent.name).strip() or "(no name)"


def _describe_mention(graph: Graph, node: URIRef, agent: Agent) -> None:
    """What the page says of an agent in this one mention."""
    graph.add((node, CHANCERY.nameAsWritten, Literal(_written(agent))))
    for honorific in agent.honorifics:
        graph.add((node, CHANCERY.honorific, Literal(honorific)))
    if agent.office:
        graph.add((node, CHANCERY.office, Literal(agent.office)))
    if agent.affiliation:
        graph.add((node, CHANCERY.affiliation, Literal(agent.affiliation)))


def _describe_receipt(
    ctx: BuildContext, graph: Graph, node: URIRef, doc_id: str, entry: DistributionEntry
) -> None:
    """What an entry's recipient got the document for (action, information) and how many copies."""
    if entry.purpose:
        concept = concepts.purpose(entry.purpose)
        if concept is None:
            log.warning(
                "%s: distribution purpose %r is not action or information, left out", doc_id, entry.purpose
            )
        else:
            graph.add((node, CHANCERY.sentFor, ctx.use(concept)))
    if entry.copies is not None:
        graph.add((node, CHANCERY.copiesReceived, Literal(entry.copies)))


def distribution_positions(entries: list[DistributionEntry]) -> list[int]:
    """The entries' own positions when they are distinct and positive, else 1, 2, 3..."""
    given = [e.position for e in entries]
    if all(p > 0 for p in given) and len(set(given)) == len(given):
        return given
    return list(range(1, len(entries) + 1))


def add_distribution(ctx: BuildContext, graph: Graph, doc: URIRef, record: Record) -> list[int]:
    """The distribution list; returns the copy numbers it names (their copy nodes come from copies)."""
    copy_numbers: list[int] = []
    positions = distribution_positions(record.distribution)
    for index, (entry, position) in enumerate(zip(record.distribution, positions, strict=True)):
        node = ctx.iris.distribution(record.id, position)
        graph.add((doc, CHANCERY.hasDistributionEntry, node))
        graph.add((node, RDF.type, CHANCERY.DistributionEntry))
        graph.add((node, CHANCERY.position, Literal(position)))
        graph.add((node, RDFS.label, Literal(f"distribution {position}: {_written(entry.agent)}")))
        graph.add((node, CHANCERY.nameAsWritten, Literal(_written(entry.agent))))
        for honorific in entry.agent.honorifics:
            graph.add((node, CHANCERY.honorific, Literal(honorific)))
        if entry.copy_number is not None:
            graph.add((node, CHANCERY.copy, ctx.iris.copy(record.id, entry.copy_number)))
            copy_numbers.append(entry.copy_number)
        _describe_receipt(ctx, graph, node, record.id, entry)
        if (organization := ctx.affiliation(record.id, "distribution", index)) is not None:
            graph.add((node, CHANCERY.affiliatedWith, organization))
        entity = ctx.mention(record.id, "distribution", index)
        if entity is not None:
            ctx.note_authority(entity, entry.agent.authority)
            graph.add((node, CHANCERY.recipient, entity))
            graph.add((doc, CHANCERY.distributedTo, entity))
    return copy_numbers
