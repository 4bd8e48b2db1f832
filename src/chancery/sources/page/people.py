"""Who wrote a document, to whom, who signed it and who took part: the title's people, the header's
and the closing's, weighed against one another.

The title usually names author and addressee; when it names a body or an office and a person signs
at the foot of the text, the person wrote it, unless the body is a ministry at home whose telegrams go
out in its minister's name (then the signer is a signatory). Header fields (FROM/TO, MEMORANDUM FOR)
name the people a title leaves out.
"""

from __future__ import annotations

import re

from chancery.lexicon.countries import POST_NOUNS, is_state_word
from chancery.lexicon.honorifics import COMRADE_FORMS
from chancery.lexicon.office_holders import OFFICE_ALONE, holder
from chancery.model import Agent, Record
from chancery.sources.page.cables import read_addresses
from chancery.sources.page.closing import Closing
from chancery.sources.page.conversation import (
    caps_speakers,
    met,
    met_by_writer,
    note_takers,
    present,
    speakers,
)
from chancery.sources.page.conversation import parties as talk_parties
from chancery.sources.page.distribution import cue_of
from chancery.sources.page.doc_types import doc_type_of
from chancery.sources.page.fields import Field, field_of
from chancery.sources.page.header import Header, is_prose
from chancery.sources.page.honorifics import HONORIFICS, OFFICE_WORDS, ROLE_NOUNS
from chancery.sources.page.letters import Letter
from chancery.sources.page.markings import marking_of, strip_handling
from chancery.sources.page.names import is_office, is_organization, parse_agent, parse_agents, split_names
from chancery.sources.page.names import same_person as _same
from chancery.sources.page.places import BUILDING, is_known_place
from chancery.sources.page.present import label_of, office_alone, participant
from chancery.sources.page.sections import Page
from chancery.sources.page.title import TitleFacts

_BODY_ACTS = {
    "resolution",
    "decree",
    "minutes",
    "diary",
    "speech",
}  # acts of a body: its signer is not the author


def persons(agents: list[Agent]) -> list[Agent]:
    """People named as people: not bodies, and not an office alone ("the Soviet Ambassador")."""
    return [a for a in agents if a.kind == "person" and not _office_only(a)]


def _office_only(agent: Agent) -> bool:
    name = agent.name
    if (seat := re.search(r"\s+(?:in|to|at)\s+(?:the\s+)?(?P<p>[^,]+)$", name)) and is_known_place(
        seat.group("p")
    ):
        name = name[: seat.start()]  # "General in Hong Kong": an office and its city
    words = [w.lower().strip(".,") for w in name.split()]
    return all(w in OFFICE_WORDS or w in HONORIFICS or is_state_word(w) for w in words)


# Papers that record no meeting of their own: a body's act, a telegram, a letter, a speech, a diary. Who is
# listed in them ("Members of the Politburo:" over its signers, "Present:" in a telegram on talks elsewhere)
# did not meet in them.
_NO_MEETING = frozenset({"resolution", "decree", "telegram", "cable", "letter", "speech", "diary"})


# A letter or a telegram that carries the record of a talk: "Message from Bagirov to Stalin and Molotov
# Containing a Record of a Conversation between Rossow and Pishevari"
_CARRIED_TALK = re.compile(
    r"(?i)\b(?:containing|enclosing|transmitting|forwarding)\s+(?P<talk>(?:an?|the)\s+(?:record|memorandum|"
    r"minutes|notes?|transcript)\s+of\s+(?:an?\s+|the\s+)?(?:conversation|talks?|meeting)\s+(?:between|with)\s.+)$"
)


# A body's own formal record of what it concluded: "CONCLUSIONS of a Meeting of the Cabinet", "War Cabinet
# Minute 4452": the body issues it.
_BODYS_OWN_RECORD = re.compile(
    r"(?i)^(?:conclusions\b|(?:[\w-]+\s+){0,3}(?:cabinet|committee|council)\s+minutes?\b)"
)


def read_people(
    record: Record,
    facts: TitleFacts,
    header: Header,
    closing: Closing,
    page: Page,
    fields: list[Field],
    letter: Letter,
) -> None:
    record.authors = list(facts.authors)
    record.recipients = list(facts.recipients)
    _from_fields(record, fields)
    if not record.recipients and letter.addressee is not None:
        record.recipients = [letter.addressee]
    if letter.greeted and (
        not record.recipients
        or len(letter.greeted) > len(record.recipients)
        and all(any(_same(r, g) for g in letter.greeted) for r in record.recipients)
    ):  # "Comrades Kamenev and Stalin" over the text; all of them when the title names one "and Others"
        record.recipients = list(letter.greeted)
    closing.signers = _distinct(letter.signature + closing.signers)
    if letter.addressee is not None:  # the addressee printed under the signature signs nothing
        closing.signers = [s for s in closing.signers if not _same(s, letter.addressee)]
    # a note on a talk ("Note on a Conversation with ... Comrade Sverev") is read as the talk's record is
    if (
        record.doc_type == "record_of_conversation"
        or record.doc_type == "note"
        and (
            facts.grammar == "conversation"
            # "Aleksander Zawadzki’s Notes from the ... Polish-Soviet Talks": notes of a sitting
            or re.search(r"(?i)\bnotes\b.*\b(?:talks|meetings?|sessions?)\b", record.title or "")
        )
    ):
        _conversation(record, facts, closing, page)
        return
    if record.doc_type == "minutes":
        # "Minutes of Conversation between Todor Zhivkov and Samora Machel": the two who met, then those the
        # record shows present ("Present: A, B, C")
        parties = [p for p in facts.participants if p.kind == "person" and not BUILDING.search(p.name)]
        record.participants = parties + [a for a in _met(page) if not any(_same(a, p) for p in parties)]
        keepers = note_takers(page.body_text)  # "Protokoll: Pühl": who kept the minutes wrote them
        if keepers and not persons(record.authors):
            record.authors = keepers
        elif not _BODYS_OWN_RECORD.match(record.title or ""):
            # minutes, a transcript, working notes of a body's sitting: its secretary wrote them, unnamed;
            # the body is who met, not who wrote ("Transcript of CPSU CC Politburo Meeting")
            record.authors = persons(record.authors)
        record.participants += [k for k in keepers if not any(_same(k, p) for p in record.participants)]
    elif record.doc_type not in _NO_MEETING:  # a note or a report on a meeting that lists who took part
        record.participants = present("\n".join(page.body).strip("\n"))
        if not record.participants and len(speakers(page.body)) >= 2:
            record.participants = _met(page)  # a report that keeps the meeting's turns keeps its record
    if record.doc_type in _NO_MEETING and (carried := _CARRIED_TALK.search(record.title or "")):
        record.participants = talk_parties(carried.group("talk"))  # the talk the letter carries: its parties
    if record.doc_type == "diary":
        _diary_meetings(record, facts, page)
    home = _home_office(record.authors) or _heads(closing.signers, record.authors)
    by_order = closing.on_behalf is not None  # "By order of the Minister": the body stays the author
    if (
        not persons(record.authors)
        and record.doc_type not in _BODY_ACTS
        and not facts.issued
        and not (home or by_order)
    ):
        # an office or body in the title, a person at the foot of the text: the person wrote it
        person = (
            persons(header.authors) or persons(closing.signers)[:3] or _relayer(page) or _copies_writer(page)
        )
        if not person and _embassy(record.authors):
            person = _ambassador(page.summary)
        record.authors = person or record.authors or _letterhead(page) or _reporting_post(page.summary)
    elif not record.authors and record.doc_type in _BODY_ACTS and len(persons(closing.signers)) == 1:
        record.authors = persons(closing.signers)  # minutes no body is named for, signed by one man: his
    elif not record.authors and record.doc_type in ("resolution", "decree", "directive", "order"):
        record.authors = _letterhead(page, bodies=True)  # "Ministry of Interior, Socialist Republic of ..."
    if not record.recipients and (addressee := _for_line(page) or _over_the_sender(page)) is not None:
        record.recipients = [addressee]
    if named := _for_comrades(page):
        # the men the paper is for: in place of the leaders the title names as one ("the Hungarian
        # Leadership"), beside the body it names ("the Yugoslav Foreign Ministry")
        kept = [r for r in record.recipients if r.name.split()[-1].lower() not in _COLLECTIVE]
        record.recipients = kept + [a for a in named if not any(_same(a, r) for r in kept)]
    if not record.recipients:
        record.recipients = _dative_addressees(page)
    if record.doc_type != "minutes":  # the title's addressees and the text's: both are kept
        hailed = _hailed_row(page)
        if record.recipients and all(h.kind == "organization" for h in hailed):
            hailed = []  # a body hailed is the title's addressee named again in other words
        record.recipients += [h for h in hailed if not any(_same(h, r) for r in record.recipients)]
    # the people a title's body was addressed through; a body named again in other words stays the title's
    if (
        header.recipients
        and not persons(record.recipients)
        and (persons(header.recipients) or not record.recipients)
    ):
        record.recipients = header.recipients
    to = next((f for f in fields if f.feeds == "recipients" and f.value), None)
    if to is not None and not persons(record.recipients):
        # the title names the ministry, the form's To line the man in it too ("To: the Romanian Ministry of
        # Foreign Affairs, to comrade Ion Ciubotaru")
        named = [a for a in persons(field_agents(to.value)) if a.honorifics and not is_known_place(a.name)]
        record.recipients += [a for a in named if not any(_same(a, r) for r in record.recipients)]
    for agent in record.recipients:
        if header.recipients_affiliation and any(_same(agent, h) for h in header.recipients):
            agent.affiliation = header.recipients_affiliation
    issued = facts.issued or home or by_order
    # who signed, and who signed named by his office alone ("chief of the 4th Department ... [illegible
    # signature]": the signature grammar gives such a name only for a line that bears a signature mark)
    signers = [s for s in closing.signers if s.kind == "person" and (s in persons([s]) or is_office(s.name))]
    # "Sukharev / Shevardnadze / Kriuchkov": a block of signers by their surnames; a word the text also
    # writes in lower case is a word, not a name ("Record / Copy / Conclusions")
    words = set(re.findall(r"\b[a-z]+\b", page.body_text))
    several = len(persons(signers)) >= 2 and not any(
        s.name.lower() in words or s.as_written.isupper()
        for s in signers  # "RECORD / COPY": headings
    )
    if facts.et_al and any(_same(a, s) for a in record.authors for s in persons(signers)):
        # "Sukharev et al.": he and the others who sign with him wrote it
        record.authors = persons(signers)
    record.signatories = [s for s in signers if _cosigner(s, record, issued, several)]
    # signers an archivist's description names ("Подписи – автографы ..."): they signed, whoever wrote it
    # and those the title says signed ("Letter from the HSWP CC [signed by Janos Kadar]")
    for signer in [parse_agent(name) for name in page.signatures] + facts.signed:
        if signer is not None and all(not _same(signer, a) for a in record.signatories):
            record.signatories.append(signer)
    for agent in record.authors:
        for signer in closing.signers:
            if _same(agent, signer) and signer.office:
                agent.office = agent.office or signer.office
                agent.as_written = re.sub(r"^.*?\s[-–]\s", "", signer.as_written)


# The Department of State at home: its telegrams go out in the Secretary's name, the signer signs for it
# (FRUS). Other ministries' telegrams are their signers' ("From: [Director General ...] Ogrodziński").
_HOME = re.compile(r"(?i)^(?:the\s+)?(?:U\.?S\.?\s+)?(?:department of state|state department)$")


def _home_office(agents: list[Agent]) -> bool:
    return bool(agents) and all(a.kind == "organization" and _HOME.match(a.name) for a in agents)


def _heads(signers: list[Agent], authors: list[Agent]) -> bool:
    """Whether the signer heads the body the title names as the writer, and so signs for it: "Chief of the
    Principal Directorate for Foreign Tourism, S. S. Nikitin" under a letter of the "Principal Directorate
    for Foreign Tourism at the USSR Council of Ministers"."""
    bodies = [a.name.lower() for a in authors if a.kind == "organization"]
    offices = [s.office.lower() for s in persons(signers) if s.office]
    for office in offices:
        m = re.search(r"\bof\s+(?:the\s+)?(?P<body>\w+(?:\s+\w+){1,})", office)
        if m and any(re.sub(r"^the\s+", "", b).startswith(m.group("body")) for b in bodies):
            return True
    return False


def _distinct(agents: list[Agent]) -> list[Agent]:
    """One agent per person named ("Charles R. Henschel" signed and typed under the close)."""
    out: list[Agent] = []
    for agent in agents:
        if all(re.sub(r"\W", "", agent.name.lower()) != re.sub(r"\W", "", a.name.lower()) for a in out):
            out.append(agent)
    return out


def _from_fields(record: Record, fields: list[Field]) -> None:
    """FROM and TO / MEMORANDUM FOR fields name the people a title leaves out (the first of each).
    "FROM HARRIMAN, TOP SECRET AND PERSONAL FOR THE PRESIDENT": what follows FOR is the addressee."""
    sender = next((f for f in fields if f.feeds == "authors" and f.value), None)
    to = next((f for f in fields if f.feeds == "recipients" and f.value), None)
    by, _, also_to = sender.value.partition(" FOR ") if sender else ("", "", "")
    # "Sender: Pyongyang": a city names where the telegram came from (a post the page leaves unnamed), no
    # writer, as a title's "from Pyongyang to Bucharest" does
    if not record.authors and by and not is_known_place(by.strip(" .,;:")):
        record.authors = field_agents(by)
    addressed = to.value if to else also_to
    # "FOR THE PRESIDENT FROM THE FORMER NAVAL PERSON": the addressee, then the writer, on the one line
    addressed, _, sent_by = addressed.partition(" FROM ") if addressed else ("", "", "")
    if not record.authors and sent_by and not is_known_place(sent_by.strip(" .,;:")):
        record.authors = field_agents(sent_by)
    if not record.recipients and addressed:
        record.recipients = field_agents(addressed)


def _addressees(value: str) -> list[str]:
    """A field's value cut into its addressees: at ";", and at "FOR" unless it names an office's domain
    ("PETER RODMAN FOR SECRETARY KISSINGER", but "ASSISTANT SECRETARY FOR EUROPEAN AFFAIRS")."""
    out: list[str] = []
    for part in value.split(";"):
        pieces = re.split(r"\s+FOR\s+", part)
        for piece in pieces:
            before = out[-1].split()[-1:] if out and len(pieces) > 1 and piece is not pieces[0] else []
            if before and before[0].lower() in ROLE_NOUNS:
                out[-1] = f"{out[-1]} FOR {piece}"
            else:
                out.append(piece)
    return out


def field_agents(value: str) -> list[Agent]:
    """ "DDCI; Mr. Duckett", "PETER RODMAN FOR SECRETARY KISSINGER", "THE SITUATION ROOM //TOHAK 003//"."""
    value = re.sub(r"//[^/]*//|\([^)]*\d[^)]*\)", " ", value)
    value = re.split(r"\s+FROM\s+", value)[
        0
    ]  # "THE PRESIDENT FROM THE FORMER NAVAL PERSON": the writer after
    value = re.sub(r"(?i),\s*to\s+(?=comrades?\b|cde\b|cdes\b)", "; ", value)  # "the Ministry, to comrade X"
    out: list[Agent] = []
    parts = _addressees(value)
    for k, part in enumerate(parts):
        part = part.strip()
        bare = re.sub(r"\s*\[[^\]]*\]", "", part).strip(" ,.:")
        below = k + 1 < len(parts) and parts[k + 1].startswith("\n")  # the next on a line of its own
        if below and is_office(bare) and (held := _holder(parts[k + 1])) is not None:
            # "To: The Ambassador of NRB" / "Comrade Yancho Georgiev": the office, then its holder
            held.office = held.office or re.sub(r"(?i)^the\s+", "", bare)
            if all(held.name != a.name for a in out):
                out.append(held)
            continue
        if k > 0 and out and (held := _holder(part)) is not None and out[-1].name == held.name:
            continue  # the holder, read with his office
        addresses = [a.agent for a in read_addresses(part)]  # "AMEMBASSY BUENOS AIRES": a post
        part = re.sub(r"(?i)^\s*(?:and\s+)?to\s+(?=\S)", "", part)  # "..., to comrade Ion Ciubotaru"
        for agent in addresses or parse_agents(strip_handling(part.strip(" ,.:"))):
            if all(agent.name != a.name for a in out):
                out.append(agent)
    return out


def _holder(line: str) -> Agent | None:
    """The person a line under an office names as its holder, by the party's form of address ("Comrade
    Yancho Georgiev"); a memorandum's addressees one a line ("The Under Secretary" / "Mr. Kohler") are
    several."""
    agent = parse_agent(strip_handling(line.strip(" ,.:")))
    if agent is None or agent.kind != "person" or is_office(agent.name) or is_known_place(agent.name):
        return None
    return agent if any(h.lower() in COMRADE_FORMS for h in agent.honorifics) else None


def _cosigner(signer: Agent, record: Record, issued: bool = False, several: bool = False) -> bool:
    """A signer beyond the authors: a full name (or a surname in capitals) that is no author or addressee.
    When a body is the author, the people who sign for it: under its act (a resolution, a decree, minutes
    signed by its secretary), a communiqué or declaration of bodies, a home ministry's telegram. Initials
    alone ("McG. B.") are a writer's mark on his own paper, not another signer. A surname alone signs a
    telegram, or stands in a block of several signers ("Sukharev / Shevardnadze / Kriuchkov")."""
    if any(_same(signer, a) for a in record.authors + record.recipients):
        return False
    if all(len(w.strip(".")) <= 3 for w in signer.name.split()) and "." in signer.as_written:
        return False
    if not persons(record.authors) and not issued and record.doc_type not in _BODY_ACTS:
        return False
    bare = re.sub(r"\[[^\]]*\]", "", signer.as_written).strip()
    telegram = record.doc_type in ("telegram", "cable")  # a telegram is signed with a surname alone
    if not persons(record.authors) and len(signer.name.split()) < 2 and not (telegram or several):
        return False  # who signs a body's act gives a name in full ("Yu. Tsedenbal", "I. STALIN")
    return len(signer.name.split()) >= 2 or bool(signer.honorifics) or bare.isupper() or telegram or several


_POST_WORD = re.compile(r"(?i)\b(?:" + "|".join(sorted(POST_NOUNS)) + r")\b")


def _embassy(agents: list[Agent]) -> bool:
    return any(_POST_WORD.search(a.name) for a in agents)


def _ambassador(summary: str | None) -> list[Agent]:
    """An embassy's report is the ambassador's when the summary names him ("ambassador in Y, NAME, ...")."""
    if not summary:
        return []
    m = re.search(
        r"\bambassador(?:\s+(?:in|to)\s+[A-Z][\w ]*?)?,\s*(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),",
        summary,
    )
    agent = parse_agent(m.group("who")) if m else None
    agent = agent if agent and agent.kind == "person" else None
    return [agent] if agent else []


# A post the summary makes the subject of a verb of reporting: "The Embassy of Romania in the DPRK passes on
# the views of ...", "The Hungarian Legation in Beijing reports on ...": the post sent it.
_REPORTING = (
    r"(?:passes\s+on|reports?|relays?|informs?|transmits?|conveys?|forwards?|describes?|summari[sz]es?|"
    r"sends?|notes?|recounts?|analy[sz]es?|discusses?|writes?|sums?\s+up|outlines?|relates?)"
)


def _reporting_post(summary: str | None) -> list[Agent]:
    if not summary:
        return []
    first = re.split(r"(?<=[a-z)])\.\s", summary.strip(), maxsplit=1)[0]
    # "After a meeting with East German Embassy staff, the Embassy of Romania in the DPRK sums up ..."
    opening = re.match(r"^(?:After|Following|Before|During|In|On)\b[^,]{3,120},\s*", first)
    m = re.match(
        r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?i:" + "|".join(sorted(POST_NOUNS)) + r")\b"
        r"(?:\s+(?:of|in|to|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){0,2})\s+"
        + _REPORTING
        + r"\b",
        first[opening.end() :] if opening else first,
    )
    agent = parse_agent(m.group("who")) if m else None
    # "The embassy reports": which embassy, the summary does not say
    named = agent is not None and len(agent.name.split()) >= 2 and agent.kind == "organization"
    return [agent] if agent is not None and named else []


# A post heading its own paper: "The Embassy of the SFRY", "Embassy of the GDR in the PR China".
_POST_HEAD = re.compile(r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:" + "|".join(sorted(POST_NOUNS)) + r")\b")


# The writer who passes on what he learnt, at the head of the text: "Comrade Olszowski relays the following:",
# "Com. Stachowiak informs in his telegram No 424 ..."
_COMRADE = "|".join(re.escape(f) for f in sorted(COMRADE_FORMS, key=len, reverse=True))
_RELAYS = re.compile(
    rf"^(?i:{_COMRADE})\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})\s+"
    r"(?:relays|reports|informs|communicates|transmits|passes\s+on)\b"
)


def _relayer(page: Page) -> list[Agent]:
    """The comrade the text's first lines say relays or reports what follows: he wrote it."""
    for line in [x.strip() for x in page.body if x.strip()][:8]:
        if (m := _RELAYS.match(line)) and (agent := parse_agent(m.group("who"))) is not None:
            return [agent] if agent.kind == "person" else []
    return []


def _copies_writer(page: Page) -> list[Agent]:
    """The name over a Hungarian report's copy count, its marking between ("Barity Miklós" / "Top
    Secret!" / "Produced in 8 copies for:"): the writer."""
    lines = [x.strip() for x in page.body if x.strip()][:10]
    at = next(
        (k for k, line in enumerate(lines) if (cue := cue_of(line)) and cue[0].name == "produced-for"), None
    )
    for line in reversed(lines[max(0, (at or 0) - 3) : at or 0]):
        if marking_of(line) or field_of(line):
            continue  # a marking, or a form's field ("Typed by: OE"), between
        agent = parse_agent(line) if len(line.split()) <= 4 and not re.search(r"\d", line) else None
        return [agent] if agent is not None and agent.kind == "person" else []
    return []


# The motto a communist party's papers bear over their letterhead, as translated: "Proletarians of all
# countries, unite!", "Workers of all countries, unite!"
_MOTTO = re.compile(r"(?i)\ball\s+(?:the\s+)?(?:countries|lands),?\s+unite\b")


def _letterhead(page: Page, bodies: bool = False) -> list[Agent]:
    """The post whose letterhead opens the text, when nothing else names a writer; an editor's bracket
    above it ("[SED Central Committee / ... / SAPMO-BA, archival signature missing]") is passed over."""
    lines = [line.strip() for line in page.body if line.strip()]
    k = 0
    if lines and lines[0].startswith("["):
        end = next((j for j in range(min(len(lines), 6)) if lines[j].endswith("]")), None)
        k = end + 1 if end is not None else 0
    while k < min(len(lines), 4) and (_MOTTO.search(lines[k]) or marking_of(lines[k])):
        k += 1  # a party's motto and a marking over the letterhead: "Workers of all countries, unite!"
    first = lines[k] if k < len(lines) else ""
    # (a form's field, "Place of mission: New York City", is no letterhead)
    if (
        len(first.split()) > 10
        or field_of(first)
        or not (_POST_HEAD.match(first) or bodies and is_organization(first.split(",")[0]))
    ):
        return []  # a post's letterhead; for a body's act, the body's ("Ministry of Interior, ...")
    agent = parse_agent(strip_handling(first))  # "Embassy of the USSR in the DPRK Top Secret": its marking
    return [agent] if agent is not None and agent.kind == "organization" else []


def _over_the_sender(page: Page) -> Agent | None:
    """Rule *addressee over the sender*: a cipher form names its addressee alone on the line above the
    sender's field ("Krajewski" / "From: Ambassador JELEN")."""
    lines = [x.strip() for x in page.body[:30] if x.strip()]
    for k, line in enumerate(lines[1:], start=1):
        if not re.match(r"(?i)from\s*:\s*\S", line):
            continue
        above = lines[k - 1]
        if (
            len(above.split()) > 3
            or re.search(r"[\d:]", above)
            or not all(w[:1].isupper() for w in above.split())  # "Telegram received": a form's heading
            or marking_of(above)
            or field_of(above)
            or doc_type_of(above) != "other"
        ):
            return None
        agent = parse_agent(above)
        return agent if agent is not None and agent.kind == "person" and not agent.office else None
    return None


# The addressee a short line under the letterhead names: "For Comrade Veljko Micunovic", "To Comrade X".
_FOR_LINE = re.compile(
    r"^(?:For|To)\s+(?P<who>(?i:comrade|cde\.?|mr\.?|mrs\.?|dr\.?|ambassador)\s+[A-Z][^,.;:]{2,50})$"
)


# The addressee hailed on a line of its own before the text: "[To the] [Chinese] Embassy in Mali:",
# "To the Ministry of Foreign Affairs:".
_HAILED = re.compile(r"^(?:\[?to\s+(?:the\s+)?\]?\s*)?(?P<who>[^:]{4,80}):$", re.I)


# Addressees named in the dative at the head of a Russian telegram: "ДИРЕКТОРУ МУЗРУКОВУ,", "ГЛАВНОМУ
# ИНЖЕНЕРУ РЫЖКОВУ", "Тов. Сталину": an office or a title, then the surname.
_RU_ADDRESSEE = re.compile(
    r"^(?P<office>(?:[А-ЯЁа-яё.]+\s+){1,4})(?P<name>[А-ЯЁ][А-ЯЁа-яё-]+(?:У|Ю|у|ю))[,.]?$"
)


def _dative_addressees(page: Page) -> list[Agent]:
    out: list[Agent] = []
    for line in [x.strip() for x in page.body if x.strip()][:10]:
        m = _RU_ADDRESSEE.match(line)
        if not m:
            continue
        office = m.group("office").strip()
        if not any(w.lower().strip(".") in ROLE_NOUNS or w.lower().startswith("тов") for w in office.split()):
            continue
        name = re.sub(r"(ов|ев|ин|ын)[уУ]$|([^аеиоуыэюяАЕИОУЫЭЮЯ])[уУюЮ]$", r"\1\2", m.group("name"))
        agent = parse_agent(name)
        if agent is not None:
            agent.as_written, agent.office = line.rstrip(",."), office
            out.append(agent)
    return out


# What a telegram's opening line may say before its addressees: "and report to the Central Committee".
_HAIL_WORDS = re.compile(r"(?i)^(?:and\s+)?(?:(?:report(?:ed)?|copy|copied)\s+to\s+|to\s+)")


def _hailed_row(page: Page) -> list[Agent]:
    """The addressees a telegram or letter hails on its opening line, before any prose: "Chairman [Mao
    Zedong], Comrade [Liu] Shaoqi, and report to the Central Committee:", "Comrades Khrushchev and
    Bulganin:". Each is a person by a form of address or an office, or a body; anything else is no hail."""
    lines = [x.strip() for x in page.body if x.strip()][:16]
    for k, line in enumerate(lines):
        if (hailed := _addressee_line(line, lines[k - 1] if k else "")) is not None:
            return [hailed]
        if k < 10 and (body := _CENTRAL_BODY.fullmatch(line.strip(" .,:"))):
            # rule *the central body addressed*: "CPSU CC", "CC CPSU", "CPSU CENTRAL COMMITTEE" alone over
            # the text, as a department's or a man's paper to it is headed
            return [Agent(name=body.group("body"), as_written=line.strip(), kind="organization")]
        if k >= 10:
            continue
        if is_prose(line) and not line.endswith(":") or line[:1] in "\"“„«'‘":
            return []  # the text has begun, or a quoted text (whose hails are its own)
        if line.endswith(":") and re.search(r"\b(?:I|[Ww]e)\b", line):
            return []  # "I am sending you the telegram of Comrade Peng Dehuai of 19 January:"
        if not line.endswith(":") or len(line) > 160 or re.search(r"\d", line):
            continue
        if re.match(r"(?i)^(?:my\s+)?dear\b", line):
            return []  # a letter's salutation: the letter grammar's
        agents: list[Agent] = []
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", line[:-1]):
            agent = parse_agent(_HAIL_WORDS.sub("", part.strip()))
            if agent is None or agent.kind == "unknown":
                return []
            if (
                agent.kind == "person"
                and not (agent.honorifics or agent.office)
                or is_known_place(agent.name)
                or agent.name.lower() in HONORIFICS
                or is_office(agent.name)
            ):
                return []  # no name, or no form of address: "Comrades:", "Hoan:"
            agent.as_written = part.strip()
            agents.append(agent)
        # a body hailed: "Ministry of Foreign Affairs:", "To the Ministry of Foreign Affairs and the Unified
        # Military Department:" (a Chinese cable's addressees)
        bodies = all(a.kind == "organization" and _ADDRESSED_BODY.search(a.name) for a in agents) and not (
            re.search(r"(?i)\bstamp\b|[\[\]]", line)  # a registry stamp's columns run into one line
        )
        return agents if any(a.kind == "person" for a in agents) or agents and bodies else []
    return []


# Rule *the comrade addressed*: a line over the text, before it begins, that names the one man it is to by
# "Comrade" and his office ("[Foreign Affairs] Minister, Cde. Ioan Stoian,", "Cde. Constantin Oancea, Deputy
# Minister"), or his name over "Comrade Foreign Minister", or that hails him in a sentence of its own before
# the text goes on on the line ("Comrade [Foreign Minister] Koča [Popović]. Talks with ...").
_COMRADE_HAIL = re.compile(
    rf"(?i)^(?:[^,]{{3,60}},\s*)?(?:{_COMRADE})\s+[^.,:;]{{3,80}}?(?:,\s*[^.:;]{{3,80}})?$"
)
_COMRADE_OFFICE = re.compile(rf"(?i)^(?:{_COMRADE})\s+(?P<office>[^,.:;]{{3,60}})$")
_FIRST_SENTENCE = re.compile(r"^(?P<s>[^.]{6,120}?[\]\w]{2})\.\s+(?=[A-Z])")


_PARTY = r"(?-i:(?!The\b)[A-Z][A-Za-z]{1,5}(?:\([a-z]\))?)"  # "CPSU", "SED", "CPCz", "VKP(b)"
_LEADING_BODY = r"(?:CC|Central\s+Committee|Politburo|Political\s+Bureau|Presidium|Secretariat)"
_CENTRAL_BODY = re.compile(
    rf"(?i)(?:to\s+)?(?:the\s+)?(?P<body>{_PARTY}\s+{_LEADING_BODY}|{_LEADING_BODY}\s+(?:of\s+the\s+)?{_PARTY})"
)


def _addressee_line(line: str, previous: str) -> Agent | None:
    """Rule *the comrade addressed*: the man a line over the text hails by "Comrade", with his office."""
    text = line.rstrip(" ,")
    if (m := _FIRST_SENTENCE.match(text)) and re.match(rf"(?i)(?:{_COMRADE})\s", m.group("s")):
        text = m.group("s")  # "Comrade X. Talks with ...": the hail, then the text
    elif is_prose(text):
        return None
    if re.search(r"\d", text) or re.search(r"(?i)\s(?:and|or|of|to)$", text):
        return None  # a number; a line that goes on on the next ("Comrade Arpad Pulai and")
    if (m := _COMRADE_OFFICE.match(text)) and is_office(m.group("office")):
        named = parse_agent(previous) if previous and not re.search(r"[\d:,]", previous) else None
        if named is not None and named.kind == "person" and len(named.name.split()) >= 2 and not named.office:
            named.office, named.as_written = m.group("office"), f"{previous} / {text}"
            return named  # "Frigyes Puja" over "Comrade Foreign Minister"
        return None
    if not _COMRADE_HAIL.match(text):
        return None
    agent = parse_agent(text)
    if (
        agent is None
        or agent.kind != "person"
        or len(agent.name.split()) < 2
        or not all(w[:1].isupper() for w in agent.name.split()[-1:])  # "Comrade ad interim chargé": no name
        or not any(h.lower() in COMRADE_FORMS for h in agent.honorifics)
    ):
        return None
    return agent


_ADDRESSED_BODY = re.compile(r"(?i)\b(?:ministry|committee|department|embassy|legation|government|council)\b")


def _for_comrades(page: Page) -> list[Agent]:
    """A paper's addressee line under its heading, several by name: "for Comrades János Kádár, Károly
    Németh, Imre Gyori and Frigyes Puja", "For the President [Tito], [Foreign Minister] Koča [Popović]."."""
    for line in [x.strip() for x in page.body if x.strip()][:20]:
        if (m := _FOR_COMRADES.match(line)) and len(line.split()) <= 30:
            agents = parse_agents(m.group("who"))
            if len(agents) > 1 and all(a.kind == "person" for a in agents):
                return agents
    return []


_COLLECTIVE = {"leadership", "leaders", "comrades", "members"}  # an addressee that is its men
_FOR_COMRADES = re.compile(
    # ("to Cdes. A, B" over an excerpt of minutes is its distribution's)
    r"^(?i:for)\s+(?:(?i:comrades|cdes\.)\s+)?(?P<who>(?:the\s+)?[A-Z\[].{5,400}?)\.?$"
)


def _for_line(page: Page) -> Agent | None:
    for line in [x.strip() for x in page.body if x.strip()][:8]:
        if m := _FOR_LINE.match(line):
            agent = parse_agent(m.group("who"))
            return agent if agent is not None and agent.kind == "person" else None
    filled = [x.strip() for x in page.body if x.strip()]
    for k, line in enumerate(filled[:25]):
        m = _HAILED.match(re.sub(r"\[(?i:to the|to|chinese|soviet)\]\s*", "", line).strip())
        if m and k + 1 < len(filled) and is_prose(filled[k + 1]):  # right before the text
            agent = parse_agent(m.group("who"))
            if agent is not None and agent.kind == "organization" and _POST_WORD.search(agent.name):
                return agent
    return None


def _met(page: Page) -> list[Agent]:
    """Who a record of a meeting shows at it (:func:`~chancery.sources.page.conversation.met`)."""
    return met(page.body)


_BULLET_ITEM = re.compile(r"^\s*[•·▪*–-]\s+(?P<item>\S.*)$")


# An entry of a list with no bullets, a man by his form of address and his office: "Comrade Halasz,
# Ambassador of the Hungarian People's Republic"
_ADDRESSED_ENTRY = re.compile(
    r"^(?:comrade|cde\.?|comr\.|mr\.?|mrs\.?|ambassador|minister|general|sir)\s+[A-Z][^,]{1,40},\s*\S", re.I
)
_OFFICE_COUNT = re.compile(
    r"^(?:\d+|two|three|four)\s+(?:interpreters?|translators?|note-?takers?)\.?$", re.I
)


def _bulleted_people(body: list[str]) -> list[Agent]:
    """A record's list of those present that lost its label in the copy: a run of three bullets or more
    near its head, or of lines each a man by his form of address and his office; each a person ("• Prime
    Minister Macmillan", "• Sir Norman Brook, Permanent Secretary of the Treasury", "• The President" is
    an office and no one named)."""
    lines = [line for line in body if line.strip()][:60]
    best: list[Agent] = []
    run: list[Agent] = []
    for line in lines + [""]:
        m = _BULLET_ITEM.match(line)
        item = m.group("item") if m else line.strip() if _ADDRESSED_ENTRY.match(line.strip()) else None
        side = item is not None and is_state_word(
            item.strip(" :")
        )  # "• Germans", "• Americans": a side's heading
        agent = participant(item) if item and not side else None
        if item and (agent is not None or side or office_alone(item) or run and _OFFICE_COUNT.match(item)):
            run += [agent] if agent is not None else []
            continue
        if len(run) >= 3 and len(run) > len(best):
            best = run
        run = []
        if best:
            break
    return best


def _conversation(record: Record, facts: TitleFacts, closing: Closing, page: Page) -> None:
    """Who wrote the record: a person the title names, the note-taker (who sat in), the drafter (who
    need not have: a telephone call's memorandum), the signer; a body only as a last resort."""
    labelled = note_takers(page.body_text)
    present_takers = persons(facts.authors) + labelled
    takers = present_takers + persons(record.drafted_by) + persons(closing.signers)
    author = takers[0] if takers else (facts.authors[0] if facts.authors else None)
    record.authors = (
        labelled if len(labelled) > 1 and not persons(facts.authors) else [author] if author else []
    ) or _letterhead(page)  # "GDR Embassy in DPRK" over the date line: the post's note
    listed, bulleted = _met(page), _bulleted_people(page.body)
    if len(bulleted) > len(listed):  # the list under the heading, and any the text shows speaking
        listed = bulleted + [a for a in listed if not any(_same(a, b) for b in bulleted)]
    visits = met_by_writer(page.body_text)  # "X called on me", "I received X": the writer was there
    listed += [v for v in visits if not any(_same(v, b) for b in listed)]
    people: list[Agent] = [p for p in facts.participants if p.kind == "person" or not listed]
    sat_in = (
        author is not None
        and author.kind == "person"
        and (author in present_takers or not listed or bool(visits))
    )
    for agent in (record.authors if author and sat_in else []) + listed + _offices_present(record, page):
        if not any(_same(agent, p) for p in people):
            people.append(agent)
    record.participants = people


def _diary_meetings(record: Record, facts: TitleFacts, page: Page) -> None:
    """A journal's entry that records a meeting: those the title says the keeper talked with ("Tsedenbal's
    diary on his conversation with Mikoyan"), whom he received or called on ("I visited Pak Seong-cheol"),
    those the entry says were present; the keeper with them. An entry that meets no one has none."""
    met_there = [p for p in facts.participants if p.kind == "person"]
    met_there += met_by_writer(page.body_text) + _met(page)
    if not met_there:
        return
    keeper = persons(record.authors)[:1] or [p for p in facts.participants if p.kind == "person"][:1]
    people: list[Agent] = []
    for agent in keeper + met_there:
        if not any(_same(agent, p) for p in people):
            people.append(agent)
    record.participants = people


_BULLET_LEAD = re.compile(r"^\s*(?:[•·▪*–-]\s+)?")
_WITH_OFFICE = re.compile(
    r"(?i)\b(?:conference|conversation|meeting|talk)\s+with\s+(?P<office>the\s+president)\b"
)
_AMERICAN = re.compile(
    r"(?i)\b(?:White House|Department of State|State Department|Washington|U\.\s?S\.|United States)\b"
)


def _offices_present(record: Record, page: Page) -> list[Agent]:
    """Rule *office by the day*: an American record's list of those present names "The President", "The
    Secretary", "The Under Secretary" with no name, and its title a conference "With the President": the
    holder of the office on the record's day (:mod:`chancery.lexicon.office_holders`)."""
    text = "\n".join(page.body[:80])
    if not _AMERICAN.search(f"{record.title or page.title}\n{text}"):
        return []
    offices = [m.group("office") for m in [_WITH_OFFICE.search(record.title or page.title or "")] if m]
    offices += [
        line for raw in page.body[:80] if OFFICE_ALONE.match(line := _BULLET_LEAD.sub("", raw).strip(" .,;"))
    ]
    # ... or among the names of a list's label ("Participants: The President, the Secretary of State, ..."),
    # or as a speaker in capitals ("THE PRESIDENT asked ...")
    labelled = [label.value for line in page.body[:80] if (label := label_of(line)) is not None]
    offices += [x for x in (*split_names("; ".join(labelled)), *caps_speakers(text)) if OFFICE_ALONE.match(x)]
    out: list[Agent] = []
    for office in offices:
        if (name := holder(office, record.date.value if record.date else None)) is not None and not any(
            a.name == name for a in out
        ):
            out.append(Agent(name=name, as_written=office, kind="person", office=office.strip()[4:].strip()))
    return out
