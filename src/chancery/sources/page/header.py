"""The header block of a page body: markings, copy number, From/To lines, places, references, folder.

The header is the run of short lines before the first paragraph of prose. Lines laid out in columns
are read cell by cell (cells are separated by two or more spaces).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from chancery.lexicon.countries import CABLE_CITIES, CABLE_POSTS
from chancery.lexicon.given_names import is_common_given_name
from chancery.lexicon.honorifics import address_pattern
from chancery.lexicon.numbers import NUMBER_WORDS
from chancery.model import Agent, DateValue, Folder, Place, Reference
from chancery.sources.page.dates import WEEKDAYS, find_dates, parse_date
from chancery.sources.page.fields import JOURNAL_HEADING, without_empty_label
from chancery.sources.page.markings import LETTER_SPACED, PRECEDENCE_WORDS, in_english, marking_in, marking_of
from chancery.sources.page.memo import remembered
from chancery.sources.page.names import is_office, parse_agent, parse_agents
from chancery.sources.page.places import city_of_address, is_known_place, make_place

log = logging.getLogger(__name__)

NO = r"(?:N[º°o]\.?|№|No\.?|Nr\.?|#)"
_PROSE = 120  # a line this long is prose, not header


@dataclass
class Header:
    marking: str | None = None
    this_copy: int | None = None
    authors: list[Agent] = field(default_factory=list)
    recipients: list[Agent] = field(default_factory=list)
    recipients_affiliation: str | None = None
    places: list[Place] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    folder: Folder | None = None
    end: int = 0  # index (in the body's non-blank lines) where prose begins
    addressed: bool = False  # the line read last was a heading "A TO B": an "IN <city>" line may follow


def cells(line: str) -> list[str]:
    """The cells of a line set in columns (two spaces or more between them)."""
    return list(_cells(line))


_COLUMN_GAP = re.compile(r"\s{2,}")


@remembered()
def _cells(line: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in _COLUMN_GAP.split(line.strip()) if c.strip())


# The notice a telegram form prints on every copy: "This message will not be distributed outside British
# Government Departments ... without being paraphrased." Form text, not the document's prose.
_FORM_NOTICE = re.compile(
    r"(?i)^\(?this\s+(?:message|telegram|document|cable)\s+(?:will|must|should|is|may)\s+not\s+be\s+"
    r"(?:distributed|communicated|re-?transmitted|passed|copied|reproduced)\b"
    # a routing form's printed boxes, whatever the OCR made of them ("ROUTING AND TRANSMITTAL SLIP em" ...")
    r"|^(?-i:ROUTING\s+AND\s+(?:TRANSMITTAL\s+SLIP|RECORD\s+SHEET))\b"
)


# A cipher office's note of a telegram's receipt, long as a sentence but the header's: "Entered the Central
# Committee of the All-Union Communist Party of Bolsheviks for interpretation on January 15, 1936, 15–55.",
# "Поступила в ЦК ВКП(б) на расшифровку 15 января 1936 г."
_DECIPHERED = re.compile(
    r"(?i)^(?:entered|received|deciphered|decoded)\b.{0,200}\bfor\s+(?:interpretation|deciphering|decoding|"
    r"decipherment)\b|^поступил[аио]?\b.{0,200}\bна\s+расшифровку\b"
)


@remembered()
def is_prose(line: str) -> bool:
    if LETTER_SPACED.fullmatch(line.strip()):
        return False  # a stamp set letter by letter ("H i g h l y c l a s s i f i e d !")
    if _FORM_NOTICE.match(line) or line[:1] in "ERDerdПп" and _DECIPHERED.match(line):
        return False
    if re.search(r"\s{3,}", line) or re.match(r"^(?:[A-Za-z]+|[A-Z][A-Z ]{1,30}):\s", line) or line.isupper():
        return False  # columns, "To: ..." and "DATE AND TIME: ..." lines, cable headers in capitals
    if len(line) > _PROSE and not _sentences(line):
        return False  # a long line of codes and names (a scan's stamp), not sentences
    return len(line) > _PROSE or len(line.split()) >= 12 and line.rstrip().endswith((".", "!", "?"))


def _sentences(line: str) -> bool:
    """Whether a line reads as sentences: a good share of its words are written in lower case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return not words or sum(1 for w in words if w[0].islower()) >= 0.3 * len(words)


def header_lines(lines: list[str]) -> list[str]:
    for k, line in enumerate(lines):
        if is_prose(line):
            return lines[:k]
    return lines[: min(len(lines), 25)]


# An addressee by his office, his name on the line under it: "To the First Secretary of the CPSU CC" /
# "Comrade L. I. Brezhnev" is one man, Brezhnev, of that office.
_TO_OFFICE = re.compile(r"(?i)^to\s+(?:the\s+)?(?P<office>[^,]{3,100}?)[,:]?$")
_HOLDER = re.compile(rf"(?i)^(?P<who>{address_pattern()}\s+[A-ZА-Я][^,;:]{{1,50}}?)[,.:]?$")


def _holders(head: list[str]) -> list[str]:
    out: list[str] = []
    for line in head:
        office = _TO_OFFICE.match(out[-1]) if out else None
        if office and (holder := _HOLDER.match(line)) and is_office(office.group("office")):
            out[-1] = f"To {holder.group('who')}, {office.group('office')}"
            continue
        out.append(line)
    return out


# The grades of secrecy, lowest first: a paper stamped with two is of the higher.
_RANK = {
    "restricted": 1,
    "confidential": 2,
    "secret": 3,
    "strictly secret": 4,
    "highly secret": 4,
    "top secret": 4,
}


# A telegram form's heading: the post it comes from, then the genre ("Addis Abeba Instant Message")
_CITY_GENRE = re.compile(
    r"(?i)^(?P<city>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+(?:instant\s+message|(?:ciphered\s+|coded\s+)?"
    r"telegram|cable|ciphergram)\.?$"
)


_PRECEDENCE = "|".join(PRECEDENCE_WORDS)
_MARKING_THEN_PRECEDENCE = re.compile(rf"(?i)(?P<m>.+?)\s+(?:{_PRECEDENCE})(?:\s+(?:{_PRECEDENCE}))*\.?")


def _parts(line: str) -> list[str]:
    """A line's cells, and its bracketed notes when it is nothing else ("(No. 34) (Secret) (Copy)")."""
    if re.fullmatch(r"(?:\s*\([^()]{1,40}\))+\s*", line):
        return [f"({n})" for n in re.findall(r"\(([^()]{1,40})\)", line)]
    # a telegram's handling line, its parts set off by dashes and colons: "Flash: Secret. – For Ambassador
    # Stadelhofer.", "FLASH To Ambassador [Emil A.] Stadelhofer. – Top Secret"
    # a marking and the precedence after it: "top secret priority", "SECRET NIACT"
    if bare := _MARKING_THEN_PRECEDENCE.fullmatch(line.strip()):
        return [*cells(line), bare.group("m")]
    pieces = re.split(r"\s[–—]\s", line)
    if one_word := re.match(r"^(\w+):\s+(.+)$", pieces[0]):  # "Flash: Secret.": a precedence, its marking
        pieces[:1] = [one_word.group(1), one_word.group(2)]
    dashed = [p.strip(" .") for p in pieces if p.strip(" .")]
    return cells(line) + (dashed if len(dashed) > 1 else [])


def read_header(lines: list[str]) -> Header:
    """Facts of the header block; ``lines`` are the body's non-blank, stripped lines."""
    header = Header()
    head = header_lines(lines)
    header.end = len(head)
    # an editor's words supplied at the head of an address: "[To the] CPSU CC" reads "To the CPSU CC"
    head = [re.sub(r"(?i)^\[((?:to|an|à)(?:\s+the)?)\]\s*(?=\S)", r"\1 ", line) for line in head]
    for line in _holders(head):
        for cell in cells(line):
            _read_cell(header, cell)
        _read_line(header, line)
    header.folder = read_folder(head)
    # the highest marking the head prints, on a line of its own or in capitals inside one ("SOVIET EMBASSY IN
    # THE DPRK TOP SECRET" and a stamp's "SECRET"; "Nº 135 SECRET Incoming" and "TOP SECRET"): the paper's
    found = [m for line in head for m in [*(marking_of(c) for c in _parts(line)), marking_in(line)] if m]
    # a marking alone on its line right under a routing paragraph ("Already transmitted to ..." / "(Top
    # Secret)" / the notice's title): the paper's
    for line in [] if found else lines[len(head) : len(head) + 3]:
        if len(re.findall(r"\w+", line)) <= 4 and (mark := marking_of(line)):
            found = [mark]
            break
    if found:
        header.marking = max(found, key=lambda m: (_RANK.get(in_english(m).lower(), 0), -found.index(m)))
    for line in head:
        if city := city_of_address(line):
            _add_place(header, city, "sent_from")
        elif (sent := _CITY_GENRE.match(line)) and is_known_place(sent.group("city")):
            _add_place(header, sent.group("city"), "sent_from")  # "Addis Abeba Instant Message"
    # the letterhead's first city is the seat; later ones are branches ("PARIS, 22 RUE DES CAPUCINES")
    if city := next((c for c in map(_letterhead_city, head) if c), None):
        _add_place(header, city, "sent_from")
    return header


# A letterhead's or a form's line naming where the writer sits: "CHINESE EMBASSY, WASHINGTON D.C.",
# "NEW YORK 22, N.Y.", "LONDON. 14 OLD BOND STREET", "from 23 October 1962 from Washington".
_POSTAL = re.compile(r"(?:,?\s*(?:[A-Z]\.\s?){2,3}|\s+\d{1,5}(?:\s+\d{1,5})?)+$|[.,]\s+\d.*$")


def _letterhead_city(line: str) -> str | None:
    if m := re.search(r"(?i)\bfrom\s+[^,]*\d{4}\s+from\s+(?P<p>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\.?$", line):
        return m.group("p") if is_known_place(m.group("p")) else None
    if re.search(r"(?i)\b(?:to|for|via|from|dear)\b", line) or not line.isupper():
        return None
    for part in reversed(line.split(",")):
        city = _POSTAL.sub("", part.strip()).strip(" .,")
        if city and is_known_place(city):
            return city.title() if city.isupper() else city
    return None


def _add_place(header: Header, text: str, role: str) -> None:
    place = make_place(text, role)
    if place and all(p.name != place.name for p in header.places):
        header.places.append(place)


# the hour a cable was sent, after its date: ", 1 p.m.", ", 10:30 a.m.", ", noon", ", 1400 hours"
_CLOCK = re.compile(
    r"(?i),?\s*(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}[.:]?\d\d\s*hours?|noon|midnight)\s*$"
)


def _read_cell(header: Header, cell: str) -> None:
    if header.marking is None and (mark := marking_of(cell)):
        header.marking = mark
    if m := re.fullmatch(rf"(?i)copy\s*{NO}?\s*(?P<n>\d+)\.?", cell):
        header.this_copy = header.this_copy or int(m.group("n"))
    if m := re.fullmatch(
        r"(?:[Dd]ispatched |[Ss]ent )?(?:[Ff]rom|FROM)\s+(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)"
        r"{0,2}(?:\s*\[[^\]]+\])?)\.?(?:\s+on\s.*)?",
        cell,
    ):
        _place_unless_person(header, m.group("place"))
    m = re.fullmatch(
        r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s*\[[^\]]+\])?),\s+(?P<date>.*\d.*)", cell
    )
    if m and parse_date(_CLOCK.sub("", m.group("date"))) and m.group("place").lower() not in WEEKDAYS:
        # "Moscow, 16 December 1949", "Saigon, May 3, 1963, 1 p.m."
        _add_place(header, m.group("place"), "sent_from")
    if m := re.fullmatch(
        rf"(?i)(?P<kind>incoming|outgoing|spets\.?|cipher|ref\.?)?\s*{NO}\s*(?P<n>[\w/.-]+)", cell
    ):
        kind = (m.group("kind") or "registry").lower().rstrip(".")
        header.references.append(Reference(kind=kind, number=m.group("n"), as_written=cell))


_CABLE_FROM = re.compile(r"(?i),?\s+from\s+(?P<place>[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?)\s*$")


def _place_unless_person(header: Header, text: str) -> None:
    if parse_date(text) or JOURNAL_HEADING.match(text):
        return
    agent = parse_agent(text)
    if agent and (agent.honorifics or agent.office or agent.kind == "organization"):
        return
    if (
        agent is not None
        and not is_known_place(text)
        and (
            re.search(r"\b[A-Z]\.", text)
            or len(agent.name.split()) >= 3
            or len(agent.name.split()) == 2
            and is_common_given_name(agent.name.split()[0])
        )
    ):
        # "From Apostol M. Apostolov" over "First Secretary at the Embassy", "From Thomas Jefferson": the
        # writer, no place
        header.authors = header.authors or [agent]
        return
    _add_place(header, text, "sent_from")


# A cipher telegram's route: "From BEIJING No. 1309 20 hours 05", "From Pyongyang.Sent 31.8.50 11:32",
# "from SOCHI sent at 0140 ... to the VKP(b) CC", "Destination: PEKING", "Place of dispatch: Moscow",
# "Received in Moscow on 10/14/50 at 01:38 a.m.".
_ROUTE = re.compile(
    r"^(?:(?P<from>(?i:from|place\s+of\s+(?:dispatch|origin))):?|(?P<to>(?i:destination|to):|(?i:received\s+in)))\s*"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?!(?i:no|n[º°o]|sent|at|on|to|received)\b)[A-Z][\w'’-]+)?)"
    r"(?=$|[.,:;]|\s{2,}|\s+(?i:no\b|n[º°o]|№|sent|at|on|to|\d))"
)


def _route(header: Header, line: str) -> bool:
    m = _ROUTE.match(line)
    if not m or not is_known_place(m.group("place")):
        return False
    place = m.group("place")
    _add_place(
        header, place.title() if place.isupper() else place, "sent_from" if m.group("from") else "sent_to"
    )
    return True


# A telegram's address: the addressee's city, then the addressee ("Sochi. Tov. Stalin.", "Moscow. Central
# Committee of the CPSU (b). Tov. Stalin", "СВЕРДЛОВСК, УРАЛМАШЗАВОД.")
_ADDRESSED = re.compile(
    r"^(?P<p>[A-ZА-Я][^\W\d_]+(?:[ -][A-ZА-Я][^\W\d_]+)?)(?:\.\s+|,\s+(?=.*[.,]$))(?=[A-ZА-Я])(?!.*\d{4})"
)


# A letter's heading in an edition of correspondence, writer to addressee, then where the addressee was:
# "MARX TO ENGELS" / "IN MANCHESTER", "Engels To Marx" / "In London".
PERSON_TO_PERSON = re.compile(
    r"(?P<a>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:TO|To|to) "
    r"(?P<b>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\.?"
)
ADDRESSEE_IN = re.compile(r"(?:IN|In) (?P<p>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\.?")


def _person_to_person(header: Header, line: str) -> bool:
    addressed, header.addressed = header.addressed, False
    if m := ADDRESSEE_IN.fullmatch(line):
        if addressed or is_known_place(m.group("p").title()):  # under "A TO B", any city: "IN MANCHESTER"
            _add_place(header, m.group("p").title() if m.group("p").isupper() else m.group("p"), "sent_to")
            return True
        return False
    if not (m := PERSON_TO_PERSON.fullmatch(line)):
        return False
    a, b = (parse_agent(m.group(g).title() if m.group(g).isupper() else m.group(g)) for g in ("a", "b"))
    if (
        a is None
        or b is None
        or not all(
            x.kind == "person" and not is_office(x.name) and not is_known_place(x.name) for x in (a, b)
        )
        or re.match(r"(?i)(?:copy|copies|sent|forwarded|reply|answer|letter|note|telegram|cable)\b", line)
        or re.search(r"\w['’]s\b", line)  # "Albania’s Reactions to Khrushchev’s Removal": a subject
    ):
        return False
    header.authors = header.authors or [a]
    header.recipients += [b] if all(b.name != r.name for r in header.recipients) else []
    header.addressed = True
    return True


# Where a wire went or came from, in a form's field: "From: Tokyo", a cipher form's "to NEW YORK" (the post
# in capitals, no colon), "Sender   Maputo     No. 053597" (the next cell after wide space)
_POST_FIELD = re.compile(
    r"(?i)^(?P<dir>from|to|sender)(?::\s*|\s+(?=(?-i:[A-Z]{3,})\b)|\s{2,})(?P<place>.+?)\.?(?:\s{3,}.*)?$"
)


# A cipher form's times after the post: "From: Rio de Janeiro dispatched on 02.27.1962 at 20:00 and ..."
_DISPATCH_AFTER = re.compile(r"(?i)\s+(?:dispatched|sent|received|transmitted)\s+(?:on|at)\b.*$")


# How many copies went to an addressee, after it: "To Center: two copies", "To Embassy: one copy"
_COPIES_TO_IT = re.compile(r"(?i)\s*[:,–-]\s*(?:\d+|a|" + "|".join(NUMBER_WORDS) + r")\s+cop(?:y|ies)\.?$")


def _read_line(header: Header, line: str) -> None:
    if _route(header, line) or _person_to_person(header, line):
        return
    if (to := _ADDRESSED.match(line)) and is_known_place(to.group("p")) and not is_known_place(line):
        _add_place(header, to.group("p"), "sent_to")
    line = re.sub(r"\s*[-–—]{2,}$|\s*—$", "", line)  # a cable's address line: "BEIJING--"
    seat = re.fullmatch(r"(?P<p>[^,]+),\s*(?!.*\bto\b)[A-Z][A-Za-z'’ .]{1,30}", line)  # "Moscow, Kremlin"
    if is_known_place(line) or seat and is_known_place(seat.group("p")):
        # a city alone: the letterhead's or the cable address's
        _add_place(header, seat.group("p") if seat and not is_known_place(line) else line, "sent_from")
    elif m := re.match(
        r"(?i)^(?:place|location|venue|city)(?: of (?:the )?(?:meeting|conversation|talks))?:\s*(?P<p>.+)$",
        line,
    ):
        city = next((p for p in reversed(m.group("p").split(",")) if is_known_place(p)), None)
        if city:
            _add_place(header, city.strip(), "written_at")  # "PLACE: Great Hall of the People, Peking"
    elif (m := _POST_FIELD.match(_DISPATCH_AFTER.sub("", line))) and is_known_place(m.group("place")):
        _add_place(header, m.group("place"), "sent_to" if m.group("dir").lower() == "to" else "sent_from")
    elif m := re.match(r"(?i)^(?:from|sender):\s*(?P<who>.+)$", line):
        who = _city_apart(header, m.group("who"), "sent_from")
        who = re.sub(r"^[A-Z/]{2,8}\s+[-–]\s+", "", who)  # "EUR - Foy D. Kohler": the bureau first
        if place := re.search(r"\s+in\s+(?P<p>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*$", who):
            _add_place(header, place.group("p"), "sent_from")
        header.authors = parse_agents(who)
    elif (
        # ("TO BE RETURNED TO THE ...": a stamp's instruction, no addressee)
        (m := re.match(r"(?i)^(?:to:?(?!\s+be\s)|addressee:|memorandum for:?)\s+(?P<who>.+?)[.:!]?$", line))
        and len(line) < 200
        and not re.fullmatch(r"(?i)(?:the\s+)?record", m.group("who"))  # "MEMORANDUM FOR THE RECORD"
        and not m.group("who").startswith("(")  # a form's caption: "TO: (Officer designation, room number"
    ):
        who = _COPIES_TO_IT.sub("", _city_apart(header, without_empty_label(m.group("who")), "sent_to"))
        found = [a for a in _recipients(who) if a.name[:1].isupper() and not _cable_address(a.as_written)]
        header.recipients += [a for a in found if all(a.name != b.name for b in header.recipients)]
    elif m := re.match(
        r"^(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s*(?P<org>[^-–]+?)\s*[-–]+\s*to\s+(?P<who>.+)$", line
    ):
        _add_place(header, m.group("place"), "sent_to")
        header.recipients = _recipients(m.group("who"))
        header.recipients_affiliation = m.group("org").strip()
    elif m := re.match(r"^FROM\s+(?P<who>[A-Z][A-Z .'-]+?),.*?\bFOR\s+(?P<to>.+?):?$", line):
        header.authors = parse_agents(m.group("who"))
        header.recipients = _recipients(m.group("to"))
    elif (m := _CABLE_FROM.search(line)) and re.search(
        r"(?i)\b(?:cable|telegram|ciphergram|paraphrase|message)\b", line
    ):
        _add_place(header, m.group("place"), "sent_from")
    elif (
        (post := re.match(r"(?P<p>[^,\d–-]+?)(?:,|\s+[-–]\s+)[^\d]+$", line))
        and is_known_place(post.group("p"))
        and len(line) < 120
    ):  # "Beijing, Soviet Ambassador, for Comrade Mao", "BEIJING - SOVIET AMBASSADOR": where the wire goes
        _add_place(header, post.group("p").strip(), "sent_to")


_HANDLING = re.compile(
    r"(?i),?\s*\b(?:eyes only|personal|urgent|immediate|priority|top secret|secret|"
    r"strictly secret|confidential)\b.*$"
)


def _city_apart(header: Header, who: str, role: str) -> str:
    """ "Ministry of External Relations, Rio de Janeiro", "[Ambassador Edward] DROŻNIAK - WASHINGTON [D.C.]":
    the city is a place, the rest the addressee."""
    if (
        dash := re.match(r"^(?P<who>.+?)\s+[-–]\s+(?P<city>[^-–]+?)(?:\s*\[[^\]]*\])?$", who)
    ) and is_known_place(dash.group("city")):
        _add_place(
            header, dash.group("city").title() if dash.group("city").isupper() else dash.group("city"), role
        )
        return dash.group("who").strip()
    head, sep, tail = who.rpartition(",")
    if sep and head.strip() and is_known_place(tail):
        _add_place(header, tail.strip(" ."), role)
        return head.strip()
    return who


def _cable_address(text: str) -> bool:
    """ "SECSTATE WASHDC 1102", "AMEMBASSY MOSCOW": a cable's routing, not a name."""
    return bool(re.search(r"\d", text)) or any(
        w.lower() in CABLE_POSTS or w.lower() in CABLE_CITIES or w.lower() in PRECEDENCE_WORDS
        for w in re.findall(r"[A-Za-z]+", text)
    )


def _recipients(text: str) -> list[Agent]:
    """ "the Ministry (to comrade X; to comrade Y)" -> X, Y; handling words ("EYES ONLY") dropped."""
    if m := re.search(r"\((?P<inner>(?:to\s+)?[^()]+)\)\s*$", text):
        inner = [re.sub(r"(?i)^to\s+", "", p.strip()) for p in re.split(r";|,\s*to\s+", m.group("inner"))]
        people = [a for a in (parse_agent(p) for p in inner) if a and a.kind == "person"]
        if people:
            return people
    text = _HANDLING.sub("", text).strip(" ,.:")
    return parse_agents(text) if text else []


def read_folder(head: list[str]) -> Folder | None:
    """A file (delo) header: "DELO Nº Op 1-1", its title, "beginning ... ending ...", sheets, volume."""
    start = next((k for k, line in enumerate(head) if re.match(rf"(?i)^delo\s*{NO}", line)), None)
    if start is None:
        return None
    block = head[start : start + 8]
    designation = re.sub(rf"(?i)^delo\s*{NO}\s*", "", block[0])
    designation = re.sub(r"\s*\[[^\]]*\]\s*", " ", designation).strip()
    folder = Folder(designation=designation, as_written="\n".join(block))
    dates: dict[str, DateValue] = {}
    for line in block[1:]:
        if m := re.match(r"(?i)^(?P<k>beginning|begun|start(?:ed)?|ending|ended|end)\s+(?P<d>.+)$", line):
            found = find_dates(m.group("d"))
            if found:
                dates[
                    "start"
                    if m.group("k").lower().startswith("beg") or m.group("k").lower().startswith("start")
                    else "end"
                ] = found[0].value
        elif m := re.search(r"(?i)number of sheets:?\s*(?P<n>\d+)|(?P<n2>\d+)\s+sheets", line):
            folder.sheets = int(m.group("n") or m.group("n2"))
        elif m := re.match(rf"(?i)^vol(?:ume)?\.?\s*{NO}?\s*(?P<v>\w+)", line):
            folder.volume = m.group("v")
        elif (
            folder.title is None
            and not re.search(r"\d", line)
            and not marking_of(line)
            and line[:1].islower()
        ):
            folder.title = line
    if "start" in dates and "end" in dates:
        s, e = dates["start"], dates["end"]
        written = " ".join(line for line in block if re.match(r"(?i)^(?:beg|start|end)", line))
        folder.date = DateValue(written, start=s.value, end=e.value)
    return folder
