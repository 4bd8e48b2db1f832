"""The page reader: one archival page (plain text) -> one :class:`~chancery.model.Record`.

The layers, in the order the data flows:
text (decode) -> sections -> title -> header -> closing -> distribution -> conversation -> enclosures
-> credits/citation. Each layer reads what the page states; this module only decides which statement wins
when two layers speak of the same fact (a title's organisation vs the person who signed).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from chancery.errors import SourceError
from chancery.lexicon.countries import is_country_or_post
from chancery.lexicon.honorifics import address_pattern
from chancery.model import (
    Agent,
    Citation,
    Copies,
    CopyNote,
    DateValue,
    DistributionEntry,
    Place,
    Record,
    Source,
)
from chancery.sources import sha256_of
from chancery.sources.page import layouts
from chancery.sources.page.cables import read_addresses
from chancery.sources.page.citation import (
    edition_reference,
    parse_citation,
    periodical_issue,
    without_copy_note,
)
from chancery.sources.page.closing import Closing, read_closing
from chancery.sources.page.conversation import present_lines
from chancery.sources.page.copies import numbered_copies, read_copies
from chancery.sources.page.credits import read_credits
from chancery.sources.page.datelines import Dateline, read_dateline
from chancery.sources.page.dates import find_dates, parse_date
from chancery.sources.page.distribution import (
    Block,
    addressed_repeats,
    cipher_list,
    distribution,
    read_blocks,
    sent_in_prose,
    unlabelled_list,
)
from chancery.sources.page.doc_types import BODY_HEADING, DECISION_EXTRACT, doc_type_of
from chancery.sources.page.drafting import (
    Drafting,
    code_agent,
    drafting_statements,
    is_drafting,
    read_drafting,
)
from chancery.sources.page.editorial import editorial_notes
from chancery.sources.page.enclosures import read_enclosures
from chancery.sources.page.fields import LABELS, Field, field_of, read_fields
from chancery.sources.page.genre import genre
from chancery.sources.page.header import Header, read_header
from chancery.sources.page.layouts.frus import sentences
from chancery.sources.page.letters import read_letter, run_on_salutation
from chancery.sources.page.markings import marking_of
from chancery.sources.page.mentions import mentioned_persons
from chancery.sources.page.names import parse_agent, same_person, split_names
from chancery.sources.page.opening import (
    Opening,
    adopted_on,
    foot_dateline,
    heading_date,
    heading_note,
    opening_zone,
    read_opening,
)
from chancery.sources.page.people import field_agents, read_people
from chancery.sources.page.places import is_known_place, make_place
from chancery.sources.page.quotes import as_marks
from chancery.sources.page.reflow import reflow
from chancery.sources.page.sections import NotAPage, Page
from chancery.sources.page.signature import read_signature, strip_marks
from chancery.sources.page.text import NotText, decode
from chancery.sources.page.title import TitleFacts, addressees, read_title
from chancery.sources.page.treaties import read_treaty

log = logging.getLogger(__name__)
_PROSE = 100


class PageReader:
    """Reads ``.txt`` pages of the Digital Archive layout."""

    name = "page"
    suffixes: tuple[str, ...] = (".txt",)

    def read(self, path: Path, data: bytes) -> list[Record]:
        if not data.strip():
            raise SourceError("empty file", path=path)
        try:
            text = decode(data)
            page = layouts.split(text)
        except (NotText, NotAPage) as exc:
            raise SourceError(f"not a document page: {exc}", path=path) from None
        try:
            record = read_page(path.stem, page)
        except Exception as exc:  # a reader bug must not stop the batch; say which file
            log.debug("reading %s failed", path, exc_info=True)
            raise SourceError(f"cannot be read ({type(exc).__name__}: {exc})", path=path) from None
        url = re.search(r"https?://digitalarchive\.wilsoncenter\.org/\S+", text)
        record.source = Source(
            path=path.as_posix(),
            sha256=sha256_of(data),
            url=url.group(0) if url else None,
            line_start=page.body_start,
            line_end=page.body_start + len(page.body),
        )
        return [record]


# A rule across the page between two papers: "###", "***", "* * *", a row of dashes.
_SEPARATOR = re.compile(r"^\s*(?:#{3,}|\*{3,}|(?:\*\s+){2,}\*|[-_=—]{5,})\s*$")
# A notice of a paper attached, alone on its line with its colon: "Attached :", "Attachment:".
_ATTACHED_FORM = re.compile(r"(?i)^\s*(?:attached|attachments?|enclosures?)\s*:\s*$")
# How an attached paper opens: its addressees, its salutation, its genre, an attachment's heading.
_PAPER_HEAD = re.compile(r"(?i)^(?:to|an|à|для|товарищу?|dear|attachment|annex|enclosure|appendix)\b")


def _attachment_at(body: list[str]) -> int | None:
    """The separator after which a second paper begins: the page's paper above it has text of its own, and
    what follows opens as a paper does ("###" / "To the First Secretary of the CPSU CC / ... / Dear
    Comrades,"). A rule between the sections of one paper opens no new paper."""
    for k, line in enumerate(body):
        if not (_SEPARATOR.match(line) or _ATTACHED_FORM.match(line)):
            continue
        after = [a.strip() for a in body[k + 1 :] if a.strip()][:4]
        # "Attached :" over a second form of the same office, its own To and From lines
        if not _SEPARATOR.match(line) and not any(
            (f := field_of(a)) is not None and LABELS[f[0]] in ("authors", "recipients") for a in after
        ):
            continue
        before = [b for b in body[:k] if b.strip()]
        if len(after) < 2 or not any(len(b.split()) >= 8 and b.rstrip()[-1:] in ".:;!" for b in before):
            continue  # above the rule, no paper: a site's or an edition's preamble
        if any(_PAPER_HEAD.match(a) or doc_type_of(a) != "other" and len(a) < 100 for a in after):
            return k
    return None


def read_page(record_id: str, page: Page) -> Record:
    printed = page.body_text  # the text as the page prints it, whatever the rules below read it as
    if (marked := as_marks(page.body)) != page.body:  # "Begin text" ... "End text": quotation marks
        page = replace(page, body=marked)
    if (cut := _attachment_at(page.body)) is not None:
        # two papers on one page: the page's own, then the paper attached below the rule, read as a paper
        attached = read_page(f"{record_id}-enc1", Page(date_line="", title="", body=page.body[cut + 1 :]))
        named = read_title(page.title)
        names_it = any(same_person(a, b) for a in named.recipients for b in attached.recipients)
        if not (
            named.doc_type == attached.doc_type != "other"
            or names_it
            and named.doc_type in ("telegram", "cable", "letter", "note", "memorandum")
        ):  # a title naming the attached paper ("Draft Telegram ... to Matveyev") makes the page one paper
            record = read_page(record_id, replace(page, body=page.body[:cut], body_at=page.body_at[:cut]))
            first = next((a.strip() for a in page.body[cut + 1 :] if a.strip()), "")
            if attached.doc_type == "other" and first in {b.strip() for b in page.body[:cut][:12]}:
                attached.doc_type = record.doc_type  # the same office's form again ("MINISTRY OF ...")
            if not record.enclosed_documents:
                attached.source_layout = None
                record.enclosed_documents = [attached]
            return record
    if page.citation is None and not page.notes:
        _source_line_note(page)
    lines = reflow(page.body_lines())
    opening = read_opening(lines, want_heading=not page.title)
    letter = read_letter(lines, opening.dateline_at if not page.date_line else None)
    title, source, dateline, lines = _title_and_date(page, opening, lines)
    fields = read_fields(lines, opening_zone(lines) + 2)
    subject = next((f.value for f in fields if f.feeds == "subject"), "")
    labelled = next((f.value for f in fields if f.feeds == "title" and f.value), "")
    if not title and labelled:  # a site's record: "[Title] Security Treaty ...", "Title: ..."
        title, source = labelled, "site"
    elif not title and subject:
        title, source = subject, "subject"
    elif source == "site" and _same_words(title, subject):
        source = "subject"  # a catalogue's title that is the memorandum's subject line names no genre
    facts = read_title(title)
    if source == "heading" and re.match(BODY_HEADING, title, flags=re.I):
        facts.doc_type = "minutes"  # "The Cabinet.": the notes of its sitting
    if opening.sender is not None and not facts.authors:  # the name under a telegram form's heading
        facts.authors = [opening.sender]
    received = opening.received
    sent = received or opening.sent  # a despatch or receipt line: a telegram's
    kind = genre(facts, source, page.doc_type or opening.genre, dateline, sent, fields, letter, lines)
    if kind == "other" and page.catalogue_genre:
        kind = page.catalogue_genre  # the text names no genre: the catalogue's content type does
    header = read_header(lines)
    treaty = read_treaty(title, lines)
    annexed = treaty.annexed_at if treaty else set()
    # a form's "Sent to:" field in the head names its addressee when the title names none; under a title
    # that does ("Cable from Stalin to Molotov, ..."), it is the cipher office's copy list
    sent_to = set() if facts.recipients else {k for f in fields if f.label == "sent to" for k in f.at}
    blocks = read_blocks(lines, sent_to)
    claimed = _claimed(lines, fields, blocks)
    closing = read_closing(lines, _closing_start(lines), claimed | annexed)
    closing.signers += _register_signers(lines, blocks, claimed, closing)
    record = Record(
        id=record_id,
        title=title,
        doc_type=kind,
        date=(parse_date(page.date_line) if page.date_line else None)
        or (dateline.date if dateline else None)
        # no date line at all: the day a transcription's heading ends on ("The telegram of ... sent to the
        # People's Commissariat for Foreign Affairs, 18 October 1943")
        or (_heading_day(title) if not page.date_line and page.layout == "plain-document" else None),
        summary=page.summary,
        text=printed,
    )
    if record.date is None:
        log.debug("%s: date line %r gives no date", record_id, page.date_line)
    record.source_layout = page.layout
    _times(record, dateline, opening)
    record.event_date = facts.event_date
    record.classification = (
        page.classification
        or header.marking
        or (dateline.marking if dateline else None)
        or _noted_marking(page.notes)
        or facts.marking
        or page.classification_code
    )
    _drafting(record, lines, closing, page.notes, fields)
    read_people(record, facts, header, closing, page, fields, letter)
    if record.doc_type == "record_of_conversation" and not record.authors:
        record.authors = _first_person_writer(record.participants, page.body_text)
    if not record.authors and letter.verbale_from is not None:  # a note verbale: the body that presents it
        record.authors = [letter.verbale_from]
    if treaty is not None:  # the parties conclude a treaty; who signs for them signs it
        record.authors = treaty.parties or record.authors
        record.signatories = treaty.signers or [s for s in record.signatories if s.kind == "person"]
    if not record.authors and page.listed_authors and record.doc_type != "record_of_conversation":
        log.debug("%s: no author in the title or text; the page's Author(s) field names them", record_id)
        record.authors = [a for a in (parse_agent(x) for x in page.listed_authors) if a]
    record.places = _places(facts, header, closing, dateline)
    # an edition's heading names the addressee's seat last: "Telegram from Boland to Murphy (Dublin)"
    seat = _SEAT_IN_BRACKETS.search(title)
    went = make_place(seat.group("p"), "sent_to") if seat and is_known_place(seat.group("p")) else None
    if went is not None and all(went.name != p.name for p in record.places):
        record.places.append(went)
    record.places += [
        p for p in _cable_places(fields) + _desk_places(lines) if all(p.name != q.name for q in record.places)
    ]
    # where it was received: "Received Moscow, August 4, 1939-4:30 a. m." under a telegram from Berlin
    if (
        opening.received is not None
        and opening.received.place
        and (went := make_place(opening.received.place, "sent_to"))
        and all(went.name != q.name for q in record.places)
    ):
        record.places.append(went)
    for mission in (
        f for f in fields if f.feeds == "sent_from" and f.value
    ):  # "Place of mission: New York City"
        if (post := make_place(mission.value.strip(" ."), "sent_from")) and all(
            post.name != q.name for q in record.places
        ):
            record.places.append(post)
    for note in page.notes:  # an edition's note on a letter: "Sent from Paris to Berlin."
        if route := _SENT_FROM_TO.search(note):
            for name, role in ((route.group("a"), "sent_from"), (route.group("b"), "sent_to")):
                if (place := make_place(name.strip(), role)) and all(
                    place.name != q.name for q in record.places
                ):
                    record.places.append(place)
    record.precedence = _precedence(fields, dateline)
    if (
        page.place
        and (held := make_place(page.place, "written_at"))
        and all(held.name != p.name for p in record.places)
    ):
        record.places.insert(0, held)
    for went_to, role in (
        (page.sent_from, "sent_from"),  # the edition's note: "Sent from Paris."
        (letter.addressed_to, "sent_to"),  # the inside address's city
        (page.sent_to, "sent_to"),  # the edition's note or heading: "In Manchester"
    ):
        if (
            went_to
            and (went := make_place(went_to, role))
            and all(went.name != p.name for p in record.places)
        ):
            record.places.append(went)
    _distribution(record, lines, header, closing, page.notes, fields, blocks)
    _for_from(record, lines)
    # a post the telegram is repeated to, printed alone among its header's lines, is not where it came from
    repeated = {e.agent.name.lower() for e in record.distribution if e.purpose == "information"}
    record.places = [
        p
        for p in record.places
        if not (
            p.role == "sent_from"
            and (p.as_written or p.name).lower() in repeated
            and p.name not in facts.places
        )
    ]
    record.references = header.references + closing.references
    record.based_on = closing.based_on
    record.folder = header.folder
    record.editorial_notes = editorial_notes(page.body_text)
    record.enclosed_documents = read_enclosures(
        record_id, page.body, facts.transmits, record.authors, record.recipients
    )
    # who signed an enclosed paper signed none of this one ("Comrade Honecker, ... Mengistu Haile Mariam"
    # under the message a telegram passes on; "the original of a letter from Kim Il Sung" over his name)
    for enclosed in record.enclosed_documents:
        theirs = [
            s
            for s in record.signatories
            if not any(same_person(s, a) for a in record.authors)
            and (
                any(same_person(s, a) for a in enclosed.authors)
                or re.search(rf"\bfrom\s+(?:\w+\s+){{0,3}}{re.escape(s.name)}\b", enclosed.title or "")
            )
        ]
        for signer in theirs:
            record.signatories.remove(signer)
            if not enclosed.authors:
                enclosed.authors = [signer]
    # who sat at an attached meeting sat at none of this paper's
    attended = {p.name for enclosed in record.enclosed_documents for p in enclosed.participants}
    if attended and record.doc_type != "minutes":
        record.participants = [p for p in record.participants if p.name not in attended]
    for n, annex in enumerate(treaty.annexes if treaty and not record.enclosed_documents else [], start=1):
        annex.id = f"{record_id}-enc{n}"
        record.enclosed_documents.append(annex)
    _credits(record, page, lines, opening.heading_marker)
    record.mentioned_persons = mentioned_persons(page.body_text, record)
    return record


# (the translator's "[I]" where the Russian leaves the pronoun out: "[I] received the Romanian ambassador")
_FIRST_PERSON = re.compile(
    r"(?:\bI|\[I\])\s+(?:told|said|asked|replied|answered|added|explained|pointed|remarked|stressed|"
    r"received|visited|informed|was\s+present|called\s+on|met\s+with)\b"
)


def _first_person_writer(participants: list[Agent], text: str) -> list[Agent]:
    """A record of a conversation written in the first person ("I told Lee ..."): of its two parties, the
    one the text never names is the "I" who wrote it."""
    if len(participants) != 2 or not _FIRST_PERSON.search(text):
        return []

    def named(agent: Agent) -> bool:  # by any word of the name ("Lee" of "Lee Kuan Yew")
        return any(re.search(rf"\b{re.escape(w)}\b", text) for w in agent.name.split() if len(w) > 2)

    unnamed = [p for p in participants if not named(p)]
    return unnamed if len(unnamed) == 1 else []


def _same_words(a: str, b: str) -> bool:
    """ "MINUTES OF 11 DECEMBER 1978 MEETING" and "Minutes of 11 December 1978 Meeting"."""
    words = [re.findall(r"\w+", x.casefold()) for x in (a, b)]
    return bool(words[0]) and words[0] == words[1]


def _claimed(lines: list[str], fields: list[Field], blocks: list[Block]) -> set[int]:
    """Lines another block holds: distribution lists, drafting lines, header fields."""
    claimed = {k for block in blocks for k in block.at}
    claimed |= {k for at, _ in drafting_statements(lines) for k in at}
    claimed |= {k for found in fields for k in found.at}
    return claimed | present_lines(lines)


def _register_signers(
    lines: list[str], blocks: list[Block], claimed: set[int], closing: Closing
) -> list[Agent]:
    """Who signed right under a copy register, wherever it stands (a cipher form's register certified by
    an officer, before the forwarded letter it carries): "Copy Nº 9 to Cde. Gromyko" / "chief of the 4th
    Department ... [illegible signature]"."""
    out: list[Agent] = []
    for block in blocks:
        after = max(block.at) + 1
        if after >= len(lines) or after in claimed or strip_marks(lines[after]) == lines[after].strip():
            continue  # only a line that bears a signature mark signs a register
        for signer in read_signature(lines, after, claimed).signers:
            if all(signer.name != s.name for s in closing.signers + out):
                out.append(signer)
    return out


_NUMBERED = re.compile(r"^\d{1,2}\.?\s")
_POSTSCRIPT = re.compile(r"^\s*(?:(?:P\.\s?)+S\.|P\.?P\.?S\b|PS\s*[:.-]|Post[- ]?scriptum\b|Nachschrift\b)")


def _closing_start(lines: list[str]) -> int:
    """The closing block begins after the last line of prose; a postscript comes after the signature, and
    what follows it (the postscript, an editor's notes) is no text the signature closes."""
    ps = next((k for k, line in enumerate(lines) if _POSTSCRIPT.match(line)), None)
    if ps:
        lines = lines[:ps]
    # an edition's notes copied under the text, its source note first ("1. Source: Department of State,
    # Central Files, ..."): the text ended above them
    notes = next(
        (k for k, line in enumerate(lines) if k and _NUMBERED.match(line) and _SOURCE_LINE.match(line)), None
    )
    if notes:
        lines = lines[:notes]
    last = None
    for k, line in enumerate(lines):
        # a cable in capitals has short lines: nine words of it are prose there
        long = len(line) > _PROSE or line.isupper() and len(line.split()) >= 9 and len(line) > 50
        if long and not re.search(r"\s{3,}", line) and not line.startswith("["):
            last = k
    if last is None:  # no prose at all: a form, a list; only its last lines can sign it
        return max(0, len(lines) - 4)
    return last + 1


def _title_and_date(
    page: Page, opening: Opening, lines: list[str]
) -> tuple[str, str, Dateline | None, list[str]]:
    """The title, where it came from ("site", "heading" or ""), and the date line: the site's, else the
    document's own (whose lines leave the text)."""
    title, taken = page.title, set()
    source = ("heading" if page.title_is_heading else "site") if title else ""
    if not title and opening.heading:
        title, source = opening.heading, "heading"
        taken |= set(opening.heading_at or [])
    dateline = read_dateline(page.date_line) if page.date_line else None
    if not page.date_line and opening.dateline is not None and opening.dateline_at is not None:
        dateline = opening.dateline
        taken |= {opening.dateline_at, *opening.dateline_more}
    elif dateline is not None and opening.dateline is not None:
        # the site dates it; the text's own line says where, and how it came ("(Telegraphic.) Berlin, ...")
        dateline.place = dateline.place or opening.dateline.place
        dateline.genre = dateline.genre or opening.dateline.genre
    if opening.received_at is not None:
        taken.add(opening.received_at)
    if opening.sender_at is not None:
        taken.add(opening.sender_at)
    if dateline is None:  # dated at its foot (a note verbale, a treaty): the line stays the closing's
        dateline = foot_dateline(lines, _closing_start(lines))
    if dateline is None and title:  # no date line at all: the date its heading gives
        dateline = heading_date(title)
    if dateline is None:  # a resolution's "Adopted by ... on 29 December 1948"
        dateline = adopted_on(lines)
    if dateline is None:  # a letter a scan ran into one line: the last whole date before its salutation
        dateline = _run_on_date(lines)
    if dateline is None and opening.received is not None and opening.received.date.value:
        # an incoming message whose edition dates it by its receipt alone ("Received on January 1, 1944")
        dateline = replace(opening.received, event="written")
    # an editor's introduction before the document is none of its lines (rule *introduction*)
    return (
        title,
        source,
        dateline,
        [line for k, line in enumerate(lines) if k not in taken and k >= opening.start],
    )


# An edition's note that the same text went to other posts: "The same, with the omission of the last
# paragraph, on the same date, to the Embassies in France (No. 647), Germany (No. 376), and Poland (No. 40),
# and at 11 p.m. to the Embassy in the United Kingdom (No. 691)." (FRUS)
_THE_SAME = re.compile(
    r"(?i)^(?:\d{1,2}\.\s+)?(?:the\s+same(?:\s+(?:telegram|message|instruction|note))?|sent\s+also|also\s+sent)"
    r"\b[^.]{0,120}?\bto\s+(?P<to>the\s+(?-i:[A-Z]).+?)\.?$"
)
# The edition's note on a circular telegram's posts: "1. Sent to the Embassies in Ankara, Belgrade, and
# Tehran, the Legations in Saigon and Vienna, .... It was also repeated, as routine, to the Embassies in
# Seoul, London, ..."
_SENT_TO_POSTS = re.compile(
    r"(?i)^\d{1,2}\.\s+(?:sent|repeated)\s+to\s+(?=the\s+(?:chiefs?\s+of\s+)?(?:embass|legation|consul|mission|diplomatic))"
)
_ALSO_REPEATED = re.compile(
    r"(?i)\b(?:it\s+was\s+)?(?:also\s+)?(?:repeated|sent)(?:\s+also)?(?:,\s*as\s+\w+,)?\s+to\s+"
    r"(?=the\s+(?:embass|legation|consul|mission))"
)


# A circular's posts named by their heads' office and their cities: "the diplomatic representatives at
# Athens, Brussels, Cairo, ..."
_REPRESENTATIVES_AT = re.compile(
    r"(?i)^the\s+(?:[\w-]+\s+){0,2}?(?:representatives|officers(?:\s+in\s+charge)?)\s+(?:at|in)\s+(?P<cities>.+)$"
)


def _posts(text: str) -> list[Agent]:
    """The posts a note's phrase names, each once: the editors' numbers and hours aside."""
    to = re.sub(r"\s*\((?:Nos?\.?|numbers?)[^)]*\)", "", text)
    to = re.sub(r"(?i),?\s+(?:and\s+)?at\s+\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.\s+to\s+", ", and to ", to)
    # "the Embassies in A and B, the Legations in C; the ...": a group of posts each
    # (a city's own article stays: "..., The Hague, Manila")
    groups = re.split(r"[,;]\s+(?:(?i:and)\s+)?(?:(?i:to)\s+)?(?=the\s)", to.strip(" .;"))
    found = []
    for group in (g.strip(" ,;") for g in groups if g.strip(" ,;")):
        if at := _REPRESENTATIVES_AT.match(
            group
        ):  # "the diplomatic representatives at Athens, Brussels, ..."
            found += [
                Agent(name=c, as_written=c, kind="organization") for c in split_names(at.group("cities"))
            ]
        else:
            found += addressees(group)
    return [a for a in found if a.kind == "organization" or is_country_or_post(a.name)]


def _sent_the_same(lines: list[str]) -> list[Agent]:
    for line in lines:
        if m := _THE_SAME.match(line.strip()):
            return _posts(m.group("to"))
        if m := _SENT_TO_POSTS.match(line.strip()):
            # each sentence sending or repeating it to posts ("... It was also repeated ... to the Embassies")
            rest = line.strip()[m.end() :]
            parts = _ALSO_REPEATED.split(rest)
            found: list[Agent] = []
            for part in parts:
                for agent in _posts(re.split(r"(?<=[a-z])\.\s+(?=[A-Z])", part)[0]):
                    if all(agent.name != a.name for a in found):
                        found.append(agent)
            return found
    return []


def _run_on_date(lines: list[str]) -> Dateline | None:
    for line in lines[:3]:
        if (at := run_on_salutation(line)) is not None:
            whole = [d.value for d in find_dates(line[:at]) if len(d.value.value or "") == 10]
            return Dateline(whole[-1]) if whole else None
    return None


_MINUTES_EXCERPT = re.compile(
    r"(?i)^(?:an?\s+)?(?:excerpts?|extracts?)\s+(?:from|of)\s+(?:the\s+)?(?:minutes|protocol|proceedings)\b"
)
_SENT_FROM_TO = re.compile(
    r"\bSent\s+from\s+(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+to\s+(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\b"
)
_SEAT_IN_BRACKETS = re.compile(r"\((?P<p>[A-ZÀ-ÞА-Я][^()]{2,30})\)$")
_SEAT = re.compile(r"(?:\bin\b|\bat\b|,)\s*(?:[A-Z]\.\s*)*(?P<p>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?$")


def _heading_day(title: str) -> DateValue | None:
    """The full day a heading ends on, before an edition's note in brackets ("..., describing public's
    reaction in Moscow to Stalin's death, 16 March 1953", "..., 18 October 1943 (received on 19
    October).")."""
    head = re.sub(r"\s*\([^()]*\)\s*\.?$", "", title).rstrip(" .")
    days = [d for d in find_dates(head) if d.value.value and len(d.value.value) == 10]
    return days[-1].value if days and head.endswith(days[-1].value.as_written) else None


def _cable_places(fields: list[Field]) -> list[Place]:
    """Where a cable went from and to: the cities of its FM and TO addresses."""
    out: list[Place] = []
    for found in fields:
        role = {"authors": "sent_from", "recipients": "sent_to"}.get(found.feeds)
        addresses = read_addresses(found.value) if role else []
        for address in addresses:
            if address.city and (place := make_place(address.city, role)):  # type: ignore[arg-type]
                out.append(place)
        # an office at its post: "C. in C. Hong Kong.", "Ambassador in Moscow", "High Commissioner, Ottawa"
        seat = _SEAT.search(found.value)
        if role and not addresses and seat and is_known_place(seat.group("p")):
            out += [p for p in [make_place(seat.group("p"), role)] if p]  # type: ignore[arg-type]
        elif (
            role
            and not addresses
            and is_known_place(city := re.split(r"\s+[-–—]\s+|\s*\(", found.value)[0].strip(" ."))
        ):
            # "Sender: Sofia", "Recipient: Berlin – Mielke": the city, then the man in it
            out += [p for p in [make_place(city, role)] if p]  # type: ignore[arg-type]
    return out


# A cable office's word of the post a wire came from, in its head: "From the Moscow Desk", "From Moscow
# Station"
_DESK = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:desk|station)\b")


def _desk_places(lines: list[str]) -> list[Place]:
    """The post the desk or station a cable came from is at (in the first lines of its head)."""
    out: list[Place] = []
    for line in lines[:25]:
        if "desk" not in (low := line.lower()) and "station" not in low:
            continue  # most lines name neither
        for m in _DESK.finditer(line):
            if (
                m.group("p")[:1].isupper()
                and is_known_place(m.group("p"))
                and (place := make_place(m.group("p"), "sent_from"))
            ):
                out.append(place)
    return out


def _precedence(fields: list[Field], dateline: Dateline | None) -> str | None:
    """The handling precedence a cable's address ("TO SECSTATE WASHDC IMMEDIATE") or date-time group gives."""
    for found in fields:
        for address in read_addresses(found.value) if found.feeds == "recipients" else []:
            if address.precedence:
                return address.precedence
    return dateline.precedence if dateline is not None else None


def _times(record: Record, dateline: Dateline | None, opening: Opening) -> None:
    if dateline is not None and dateline.time:
        record.dispatched = DateValue(dateline.date.as_written, value=dateline.moment)
    if opening.received is not None:
        record.received = DateValue(opening.received.date.as_written, value=opening.received.moment)


def _places(facts: TitleFacts, header: Header, closing: Closing, dateline: Dateline | None) -> list[Place]:
    found: list[Place] = [p for p in (make_place(name, "sent_from") for name in facts.places) if p]
    found += [p for p in (make_place(name, "sent_to") for name in facts.sent_to) if p]
    if dateline is not None and dateline.place and (place := make_place(dateline.place, "sent_from")):
        found.insert(0, place)
    found += header.places + closing.places
    out: list[Place] = []
    for place in sorted(found, key=lambda p: p.role != "sent_from"):
        if all(place.name != p.name for p in out):
            out.append(place)
    return out


_ROUTING_TALLY = re.compile(r"\b[A-Z]{2,6}-\d{2}\b")


def _distribution(
    record: Record,
    lines: list[str],
    header: Header,
    closing: Closing,
    notes: list[str],
    fields: list[Field],
    blocks: list[Block],
) -> None:
    entries, copy_notes = numbered_copies(lines)
    blocks = blocks + read_blocks(notes)
    # "/-/ Rapacki" under a telegram from Rapacki: the writer's own mark, his signature, not a reader's
    blocks = [
        b
        for b in blocks
        if not (
            b.cue == "readers"
            and b.entries
            and all(e.agent and any(same_person(e.agent, a) for a in record.authors) for e in b.entries)
        )
    ]
    if not entries and (repeats := addressed_repeats(lines)):  # a telegram's address line: its whole list
        entries = [
            DistributionEntry(e.agent, k + 1, purpose="information") for k, e in enumerate(repeats) if e.agent
        ]
    if not entries:
        entries = distribution(blocks) or cipher_list(lines, header.end)
    if not entries:  # no list: a sentence on where copies went, or a bulleted list heading a memorandum
        listed = sent_in_prose(lines + notes) or unlabelled_list(lines, header.end)
        entries = [DistributionEntry(e.agent, k + 1, e.copy_number) for k, e in enumerate(listed) if e.agent]
    if not entries:  # an edition's note: "The same, on the same date, to the Embassies in France ..."
        entries = [DistributionEntry(a, k + 1) for k, a in enumerate(_sent_the_same(lines + notes))]
    for info in (f for f in fields if f.feeds == "information"):  # a cable's INFO, a form's copy line
        if _ROUTING_TALLY.search(info.value):
            continue  # "INFO OCT-01 ISO-00 SSO-00 /011 R": the offices' copy counts, not addressees
        for agent in [a.agent for a in read_addresses(info.value)] or field_agents(info.value):
            if all(e.agent.name != agent.name for e in entries):
                entries.append(DistributionEntry(agent, len(entries) + 1, purpose="information"))
    # a "To:" line over an extract none of whose people the title addresses: those the extract went to
    # ("Telegram from Gromyko to Shtykov, approved by CC Politburo" / "To: Cmrds Bulganin, Gromyko")
    comrades = re.compile(r"(?i)^" + address_pattern())  # "To: Cmrds Bulganin, Gromyko", "To Cdes. ..."
    for to in (f for f in fields if f.label == "to" and comrades.match(f.value) and record.recipients):
        sent = field_agents(to.value)
        if sent and not any(same_person(a, r) for a in sent for r in record.recipients):
            entries += [
                DistributionEntry(a, len(entries) + k + 1)
                for k, a in enumerate(sent)
                if all(e.agent.name != a.name for e in entries)
            ]
    # a body's decision sent out in extracts names those it goes to over the extract's heading: "Comrades
    # Suslov, Molotov (MFA), V. Kuznetsov; CPSU CC Secretariat." over "Extract from Protocol No. 142 ..."
    if not entries and (
        heading := next((k for k, x in enumerate(lines[:20]) if DECISION_EXTRACT.search(x)), 0)
    ):
        row = next((m for x in lines[:heading] if (m := comrades.match(x.strip()))), None)
        sent = field_agents(row.string[row.end() :]) if row else []
        entries = [DistributionEntry(a, k + 1) for k, a in enumerate(sent) if len(sent) >= 2]
    # an excerpt of a body's minutes goes to those it concerns: "to Cdes. Brezhnev, Kosygin, ..." over
    # "Excerpt from Minutes Nº 80 of the CPSU CC Politburo" is the excerpt's distribution, not its addressees
    if not entries and record.recipients and _MINUTES_EXCERPT.match(record.title or ""):
        entries = [DistributionEntry(a, k + 1) for k, a in enumerate(record.recipients)]
        record.recipients = []
    record.distribution = entries
    record.copies = read_copies("\n".join(lines), entries, header.this_copy, closing.printed)
    files = [
        CopyNote(number=e.copy_number or 0, destination=e.file) for b in blocks for e in b.entries if e.file
    ]
    copy_notes += [n for n in files if n.number]
    if copy_notes:
        if record.copies is None:
            record.copies = Copies(this_copy=header.this_copy)
        known = {c.number for c in record.copies.copies}
        record.copies.copies += [n for n in copy_notes if n.number not in known]
        record.copies.copies.sort(key=lambda c: c.number)


def _drafting(
    record: Record, lines: list[str], closing: Closing, notes: list[str], fields: list[Field]
) -> None:
    """Drafted, cleared, approved, typed by, signed for: from the text's own lines, its header fields
    ("DRAFTED BY 傅参事") and the site's notes."""
    drafting = Drafting(roles={k: list(v) for k, v in closing.attested.items()})
    statements = [statement for _, statement in drafting_statements(lines)]
    for text in statements + [n for n in notes if is_drafting(n)]:
        read_drafting(text, drafting)
    for found in fields:
        if found.feeds in ("drafted_by", "typed_by") and found.value:
            drafting.add(found.feeds, [a for a in [code_agent(found.value) or parse_agent(found.value)] if a])
    for role in ("drafted_by", "authenticated_by", "cleared_by", "approved_by", "typed_by", "translated_by"):
        setattr(record, role, drafting.roles.get(role, []))
    record.signed_for = drafting.signed_for


def _noted_marking(notes: list[str]) -> str | None:
    """A source note's classification sentence ("Secret; Exdis.")."""
    for note in notes:
        if mark := marking_of(note.strip().rstrip(".")):
            return mark
    return None


# A source line of a transcription or an edition's page, in the page's language, its label after a colon or
# in brackets: "Source: Nazi-Soviet relations 1939-1941. ...", "Archive: RGASPI F. 558. ...", "Quelle: ...",
# "Источник: ...", "[Source] Joyakushu, ..."
_SOURCE_LINE = re.compile(
    # (the note's number before it, as the older FRUS pages set it: "/1/Source: ...")
    r"(?i)^(?:[-•*]\s*|\d{1,2}\.?\s+|/\d{1,2}/\s*)?"
    r"(?:(?:archival\s+)?(?:source|sources|citation|reference|archive|quelle|fonte|источник|архив)\s*:"
    r"|\[(?:source|sources|quelle|источник)\])\s*(?P<c>\S.{5,})$"
)


# What a source note says of the document after its citation: a marking, who drafted or cleared it, when it
# came in, where copies went
_NOTE_SENTENCE = re.compile(
    r"(?i)^(?:drafted|cleared|approved|received|repeated|sent|transmitted|transcribed|pouched|also sent|"
    r"the source text"
    r"|a copy|copies|printed from|no classification)\b"
)


# The FRUS microfiche supplement's note on a paper: "1. Passes on the President's wish that Taylor talk with
# McNamara. No classification marking. 1 p. Kennedy Library, National Security Files, ..."
_FICHE_NOTE = re.compile(r"^\d{1,2}\.?\s+(?P<notes>.+?\.)\s+\d{1,3}\s+pp?\.\s+(?P<c>[A-Z][^\n]{5,})$")


def _source_line_note(page: Page) -> None:
    """Rule *source note in the text*: a page that copied an edition's document keeps its source note on a
    line of its own ("Source: Department of State, Central Files, 761.00/10-3162. Secret; Niact; Limit
    Distribution. Received in the Department of State at 7:20 a.m. ..."): its first sentence is the
    citation, the others say what the edition's own source note says (markings, drafting, routing)."""
    for line in reversed(page.body):
        if (fiche := _FICHE_NOTE.match(line.strip())) and parse_citation(fiche.group("c")) is not None:
            # the microfiche supplement's note: what the paper says, its marking, its pages, its source
            page.citation, page.notes = fiche.group("c").rstrip("."), sentences(fiche.group("notes"))
            return
        m = _SOURCE_LINE.match(line.strip())
        if m is None:
            continue
        parts = sentences(m.group("c"))
        rest = parts[1:]
        if rest and any(
            marking_of(p.strip().rstrip(".").split(";")[0]) or _NOTE_SENTENCE.match(p) for p in rest
        ):
            page.citation, page.notes = parts[0], rest
        return


# A line that is an archive's name and nothing else: its words capitalised but for the little ones
_ARCHIVE_ALONE = re.compile(
    r"^(?:[A-ZА-Я][\w'’-]*|of|the|for|and|de|des|du|la|le|di|der|für|und)(?:\s+(?:[A-ZА-Я(][\w'’()-]*|of|the|"
    r"for|and|de|des|du|la|le|di|der|für|und)){1,11}$"
)


# A telegram's text opening with whom it is for and from whom, and whom the Department is to pass it on to:
# "1579. For Secretary from McCloy. Department pass White House."
_FOR_FROM = re.compile(
    r"^(?:\d{1,5}\.\s+)?(?:(?:eyes\s+only|personal|literally\s+eyes\s+only)\s+)?for\s+(?P<to>[A-Z][^.;]{1,60}?)\s+"
    r"from\s+(?P<by>[A-Z][^.;]{1,60}?)\.(?:\s+Department\s+(?:please\s+)?pass\s+(?:to\s+)?(?P<pass>[A-Z][^.;]{1,60}?)\.)?",
    re.I,
)
# ... or only for whom, behind its handling words: "Eyes only for Ambassador Bruce."
_EYES_ONLY_FOR = re.compile(
    r"^(?:\d{1,5}\.\s+)?(?:literally\s+)?(?:eyes\s+only|personal)\s+for\s+(?P<to>[A-Z][^.;]{1,60}?)\.", re.I
)


def _for_from(record: Record, lines: list[str]) -> None:
    """Rule *for and from*: a telegram's first words name for whom it is and from whom ("For Secretary from
    McCloy"): the man who sent it through the post and the man it is for; "Department pass White House":
    a copy the Department passes on."""
    if record.doc_type not in ("telegram", "cable"):
        return
    m = next((m for line in lines[:12] if (m := _FOR_FROM.match(line))), None)
    if m is None and not record.recipients:  # "Eyes only for the Secretary" under a title naming the post
        m = next((m for line in lines[:12] if (m := _EYES_ONLY_FOR.match(line))), None)
    if m is None:
        return
    to = (
        "Secretary of State"
        if m.group("to").strip().lower() in ("secretary", "the secretary")
        else m.group("to")
    )
    by = m.groupdict().get("by") or ""
    for name, role in ((by, record.authors), (to, record.recipients)):
        agent = parse_agent(name.strip())
        if agent is not None and not any(same_person(agent, a) or agent.name == a.name for a in role):
            role.append(agent)
    passed = m.groupdict().get("pass")
    passed = parse_agent(passed.strip(), kind="organization") if passed else None
    if passed is not None and all(e.agent.name != passed.name for e in record.distribution):
        record.distribution.append(DistributionEntry(passed, position=len(record.distribution) + 1))


def _reference_line(lines: list[str]) -> Citation | None:
    """A line of the text that is an archival reference and nothing else ("AMSZ, z. 9, w. 53, t. 702"):
    an archive and the parts of its reference, short, no sentence."""
    for line in reversed(lines):
        if len(line) > 120 or len(re.findall(r"\b[a-z]{4,}\b", line)) > 3:
            continue
        if line[:1] in "N№0123456789" and (numbered := edition_reference(line)):
            return numbered  # "No. 459 NAI TSCH/3/S16113/A": the edition's number, then the reference
        bracketed = line[:1] == "[" and line.rstrip(".")[-1:] == "]" and ":" in line  # "[PRO: FO 371/23966]"
        cite = parse_citation(without_copy_note(line.rstrip(".").strip("[]") if bracketed else line))
        if cite is not None and (
            cite.archive
            and (len(cite.parts) >= 3 or bracketed and len(cite.parts) >= 2)
            or {"fond", "opis", "delo"} <= set(cite.parts)
        ):
            return cite  # an archive and its parts, or a fond, inventory and file the edition's archive holds
        if (
            cite is not None
            and cite.archive
            and set(cite.parts) == {"archive"}
            and _ARCHIVE_ALONE.match(line)
            and not line.isupper()  # a letterhead: "THE NATIONAL SECURITY ARCHIVE"
            and cite.archive != line.strip()  # a known archive, told by the short name it is cited by
            and f"({cite.archive})" not in line  # "On the Composition of the Government (Mikoyan)": a speaker
        ):
            return cite  # "Archive of Foreign Policy of the Russian Federation": a portal's line naming it
    return None


# Where an edition printed the document: the label, its value on the line or among the next lines ("Printed
# in" / "Jacques Freymond et al. (ed.)" / "Diplomatic Documents of Switzerland, vol. 6, doc. 442")
_PRINTED_IN = re.compile(
    r"(?i)^(?:printed in|published in|abgedruckt in|veröffentlicht in|publié dans|опубликовано(?: в)?)"
    r"\s*:?\s*(?P<v>.*)$"
)
_VOLUME = re.compile(r"(?i)\b(?:vol\.|volume|bd\.|band|tome|t\.|том)\s*[\dIVXL]+")


def _printed_in(lines: list[str]) -> str | None:
    """The edition a site's "Printed in" label names: the line that cites its volume."""
    for k, line in enumerate(lines):
        if line[:1] in "PpAaVvOo" and (m := _PRINTED_IN.match(line)):
            values = [m.group("v")] + lines[k + 1 : k + 4]
            return next((v for v in values if v and _VOLUME.search(v)), None)
    return None


def _source_note(note: str | None) -> Citation | None:
    """Rule *heading's note*: the note an edition hangs on the document's heading is its source note; its
    first sentence, when it is an archival reference, is the citation ("E 1004 1/267. Etaient absents:
    ...")."""
    first = re.split(r"(?<=\.)\s+(?=[A-ZÀ-ÞА-Я])", note.strip(), maxsplit=1)[0] if note else ""
    cite = parse_citation(first) if first and len(first) < 120 else None
    return cite if cite is not None and (cite.archive or cite.parts.get("delo")) else None


def _credits(record: Record, page: Page, lines: list[str], marker: str | None = None) -> None:
    citation = page.citation
    if not citation and not page.info:
        citation = next((m.group("c") for m in map(_SOURCE_LINE.match, reversed(lines)) if m), None)
    if not citation and not page.info:
        citation = _printed_in(lines)
    if citation and not page.info:
        record.citation = parse_citation(without_copy_note(citation), archive=page.archive)
        return
    if not page.info:
        record.citation = _reference_line(lines)  # the editor's reference under the text
        if record.citation is None and marker:  # the heading's note: an edition's source note
            record.citation = _source_note(heading_note(lines, marker))
        if record.citation is None:  # a periodical's issue under the text: "Известия ЦК КПСС 1990 № II"
            record.citation = next((c for c in map(periodical_issue, reversed(lines[-6:])) if c), None)
        if record.citation is None:
            log.debug("%s: no Document Information line; no citation or credits", record.id)
        return
    credits = read_credits(page.info)
    # the site's translator of the page, after a translation office's named under the text
    record.translated_by += [
        a
        for a in credits.roles.get("translated_by", [])
        if all(a.name != b.name for b in record.translated_by)
    ]
    record.obtained_by = credits.roles.get("obtained_by", [])
    record.contributed_by = credits.roles.get("contributed_by", [])
    cite: Citation | None = parse_citation(credits.citation_text) if credits.citation_text else None
    record.citation = cite
