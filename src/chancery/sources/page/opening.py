"""The opening of a document's own text: its heading, its date line and its receipt line.

A site gives a page's title and date apart from the document; a transcription, or a site whose
profile leaves them in the text, does not. Then they are read from the lines before the first
paragraph of prose: the first line that reads as a date line (``datelines``), a "Received ..." line,
and a heading: a line that names a kind of document or says who wrote to whom ("The Ambassador in
China (Stuart) to the Secretary of State", "MEMORANDUM OF CONVERSATION BY TELEPHONE"), broken over two
lines when the first ends with "to", "from", "and" or "of".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.model import Agent
from chancery.sources.page.archives import DECIMAL_FILE
from chancery.sources.page.datelines import Dateline, read_dateline
from chancery.sources.page.dates import MONTH_WORDS, find_dates, parse_date, without_marker
from chancery.sources.page.doc_types import BODY_HEADING, doc_type_of
from chancery.sources.page.header import is_prose
from chancery.sources.page.letters import ADDRESS_LINE, SALUTATION
from chancery.sources.page.markings import marking_of, strip_handling
from chancery.sources.page.names import parse_agent
from chancery.sources.page.title import writer_to_addressee
from chancery.sources.page.treaties import is_instrument

# A heading line that breaks off on a little word goes on on the next: "to", and in the editions' other
# languages "à", "an", "de", "der", "di"
_OPEN_END = re.compile(
    r"(?i)(?:^|\s)(?:to|from|and|of|for|with|between|in|the|à|a|au|aux|an|de|du|des|der|die|den|di|del|della)$"
)
# A line that may stand between a heading and its date line: an item's number, an editor's bracket
# An edition's number for the document, alone on its line: "12.", "No. 15.", "(No. 32.)"
ITEM_NUMBER = r"\(?(?:No\.\s*)?\d{1,4}\.?\)?"
_ITEM_OR_NOTE = re.compile(ITEM_NUMBER + r"\]?|\[[^\]]{2,30}\]\.?")
# A who-to-whom heading cut after the addressee's first name: "... External Affairs to Robert"
_BROKEN_NAME = re.compile(r"\s(?:to|from)\s+[A-Z][a-z]+$")
_NOT_HEADING = re.compile(
    r"(?i)^(?:subject|re|from|to|fm|via|memorandum for|dear|my dear|repeated|addressed|sent|copies|copy)"
    r"\b[:\s]"
)
# A form's printed heading: the body's name in capitals, then the genre ("DEPARTMENT OF STATE Memorandum of
# Conversation"); the title is the genre's words
_LETTERHEAD_FIRST = re.compile(r"^(?P<body>[A-Z][A-Z.,&' -]{3,60}[A-Z.])\s+(?P<rest>[A-Z][a-z].*)$")
# A British telegram form's heading, a post to a post, in capitals: "FROM NANKING TO FOREIGN OFFICE"
_POST_TO_POST = re.compile(r"^FROM\s+[A-Z][A-Z .'’-]+?\s+TO\s+[A-Z][A-Z .'’-]+?\.?$")


@dataclass
class Opening:
    heading: str | None = None
    heading_at: list[int] | None = None  # indices (in the lines given) of the heading's lines
    dateline: Dateline | None = None
    dateline_at: int | None = None
    received: Dateline | None = None
    received_at: int | None = None
    dateline_more: list[int] = field(default_factory=list)  # the date line's next line, when it is broken
    genre: str | None = None  # a genre word alone on a line under the heading ("Telegram")
    sender: Agent | None = None  # the name under a telegram form's heading ("Sir R. Stevenson")
    sender_at: int | None = None
    start: int = 0  # where the document begins, after an editor's introduction (rule *introduction*)
    sent: Dateline | None = None  # a despatch line under the date line ("Sent 9-00 15.1.1936")
    heading_marker: str | None = None  # the note marker glued to the heading ("... 19181": note 1)


# A genre word standing alone on its line, as editions print it under or over the heading ("Telegram", "Note
# Verbale", "Despatch No. 12", "Telegramm.", "[Telegram]", a catalogue's "Telegram (T)")
_GENRE_LINE = re.compile(
    r"(?i)\[?(?:telegram|cablegram|cable|savingram|airgram|despatch|dispatch|memorandum|letter|note(?:\s+verbale)?|"
    r"aide[- ]m[ée]moire|minute|telegramm|t[ée]l[ée]gramme|lettre|schreiben|телеграмма|письмо|нота|"
    r"in\s+(?:code|cipher))"
    r"(?:\s+(?:No\.?\s*|Nr\.?\s*|№\s*)?\d[\w/.-]*|\s+\([A-Z]{1,3}\))?\.?\]?"
    # a British edition's abbreviation with the telegram's number in brackets: "Tel. (No. 468.)" (a
    # letterhead's "Tel. 555-1234" is a telephone's)
    r"|(?i:tel\.\s+\(No\.\s*\d[\w/.-]*\))\.?"
)


def _broken_dateline(lines: list[str], k: int, zone: int) -> Dateline | None:
    """A date line broken over two lines after a comma ("Washington, October 5," / "1945—8 p.m."): the two
    read as one date line, and the first alone reads as none or as a date without its year."""
    line = lines[k]
    # broken after a comma, or between the month and its day ("Moscow, February" / "1, 1947—10 a. m.")
    after = lines[k + 1] if k + 1 < len(lines) else ""
    month_last = bool(re.search(r",\s*[A-Z][a-z]{2,8}\.?$", line) and re.match(r"\d{1,2},?\s", after))
    if not (line.endswith(",") or month_last) or k + 1 >= zone or len(after) > 40:
        return None
    whole = read_dateline(f"{line} {lines[k + 1]}")
    if whole is None or whole.event == "received" or not whole.date.value:
        return None
    alone = read_dateline(line.rstrip(","))
    if alone is not None and alone.date.value and len(alone.date.value) >= len(whole.date.value):
        return None
    return whole


# The edition's note before the document ("Editor's Note: The following content is a transcription ..."):
# its apparatus, not the text's first paragraph
_APPARATUS = re.compile(r"(?i)^\s*\[?(?:editor|editorial|translator|transcriber|publisher)['’]?s?\s+note\b")


def opening_zone(lines: list[str]) -> int:
    """How many lines come before the first paragraph of prose (after the date line, when a stray
    paragraph of the page above stands before it)."""
    start = next((k + 1 for k, line in enumerate(lines[:4]) if read_dateline(line)), 0)
    headed = False  # one long heading at most: the first line that reads as prose
    for k in range(start, len(lines)):
        if not is_prose(lines[k]) or _heading_and_dateline(lines[k]) or _APPARATUS.match(lines[k]):
            continue
        if not headed and _long_heading(lines, k):
            headed = True
            continue
        return k
    return len(lines)


def _long_heading(lines: list[str], k: int) -> bool:
    """Rule *long heading*: the first line of the opening that reads as prose, long as a sentence but with
    no sentence's stop, that names its genre ("Letter dated 15 February 2008 from the Permanent
    Representative of the Syrian Arab Republic to the United Nations addressed to the Secretary-General"),
    or who wrote to whom over the date line ("No. 75. The Secretary, General Post Office, Wellington, to the
    Consul for Portugal, Wellington."), heads the text."""
    line = lines[k]
    dated_next = k + 1 < len(lines) and read_dateline(lines[k + 1]) is not None
    return (
        len(line) <= 250
        and not PRONOUN.match(line)  # "I enclose a letter for the President which ...": the text's first line
        and (
            not line.endswith((".", "!", "?", ":", ",", ";"))
            or bool(_DATED_TITLE.match(line))
            or dated_next
            and line.endswith(".")
            and _names_a_sender(_ITEM.sub("", line[:-1]))
        )
        and bool(_heading(lines, k, min(k + 2, len(lines))))
    )


# What names a collection of papers, not one paper: "Selected Secret Documents from ... Archives"
_COLLECTION = re.compile(r"(?i)\b(?:documents|papers|archives?|collection|correspondence|selected|volume)\b")


def read_opening(lines: list[str], want_heading: bool = True, nested: bool = False) -> Opening:
    """Heading, date line and receipt line among the opening lines of ``lines`` (non-blank, stripped);
    ``nested``: read past an introduction already, not looked past again."""
    opening = Opening()
    zone = min(opening_zone(lines), 30)
    letterhead = _letterhead(lines[:zone])
    bare = None  # a genre word alone on its line, before any heading
    # rule *printed twice*: a site prints its page's title and then the document's heading, the same words
    # ("БЕСЕДА С Ф. РУЗВЕЛЬТОМ В ТЕГЕРАНЕ" over a site's counters, and again over the text): the heading is
    # that line, not another genre line above it (a book's title)
    head = lines[:zone]
    twice = {
        line
        for n, line in enumerate(head)
        if line in head[n + 1 :] and _heading(lines, n, zone) and not _COLLECTION.search(line)
    }  # a site's banner printed twice ("Selected Secret Documents from ... Archives") is no heading
    saluted = next((k for k, line in enumerate(lines[:zone]) if SALUTATION.match(line)), None)
    for k, line in enumerate(lines[:zone]):
        if k in opening.dateline_more:
            continue
        if opening.dateline is None and opening.heading is None and (both := _heading_and_dateline(line)):
            opening.heading, opening.heading_at = both[0], [k]
            opening.dateline, opening.dateline_at = both[1], k
            continue
        if opening.dateline is None and (broken := _broken_dateline(lines, k, zone)):
            opening.dateline, opening.dateline_at, opening.dateline_more = broken, k, [k + 1]
            continue
        if opening.dateline is None and (d := read_dateline(line)) and d.event != "received":
            opening.dateline, opening.dateline_at = d, k
            continue
        if opening.dateline is None and (d := _dated_last_sentence(line)):
            # the subject's line ends on the place and date: "Bay of Islands.Report of Proceedings of Major
            # Bunbury. Government House, Sydney, 24th July, 1840."
            opening.dateline, opening.dateline_at = d, k
            continue
        year = (
            int(opening.dateline.date.value[:4]) if opening.dateline and opening.dateline.date.value else None
        )
        if opening.received is None and (d := read_dateline(line, year)) and d.event == "received":
            opening.received, opening.received_at = d, k
            continue
        if opening.sent is None and d is not None and d.event == "sent":
            opening.sent = d  # the line stays in the text: the despatch's record, not the date line
            continue
        if opening.dateline is None and opening.received is not None and opening.received.date.value:
            # a date line without its year under a receipt that has one ("Recd. 241100 Sep 45." / "No 8
            # cipher 22 Sep."): the year the receipt gives
            got = int(opening.received.date.value[:4])
            if (d := read_dateline(line, got)) and d.event == "written" and d.date.value:
                opening.dateline, opening.dateline_at = d, k
                continue
        if _GENRE_LINE.fullmatch(line):
            # under the heading, or over a heading to come ("Nr. 17." / "Telegramm." / date line / "Der Kais.
            # Legationsrat an Auswärtiges Amt."): the genre; the heading itself when no other comes
            opening.genre = opening.genre or line.strip("[].")
            if want_heading and opening.heading is None and bare is None and not re.match(r"(?i)in\s", line):
                bare = k  # (not "In code": how it went, no title)
            continue
        if (
            opening.heading_at
            and opening.sender is None
            and _POST_TO_POST.match(opening.heading or "")
            and k - opening.heading_at[-1] <= 3
            and (sender := _sender(line)) is not None
        ):
            opening.sender, opening.sender_at = sender, k
            continue
        if (
            want_heading
            and opening.heading is None
            and not letterhead[0] <= k < letterhead[1]
            and (not twice or line in twice)
            and (saluted is None or k < saluted)  # after "My dear Mr. Attorney General:" the letter runs
            and (heading := _heading(lines, k, zone))
        ):
            opening.heading, opening.heading_at = heading
            marker = _HEADING_MARKER.search(lines[heading[1][-1]])
            opening.heading_marker = marker.group(0) if marker else None
    if want_heading and opening.heading is None and bare is not None:
        opening.heading, opening.heading_at, opening.genre = lines[bare].rstrip("."), [bare], None
    if opening.dateline is None and zone < len(lines) and (d := _dated_last_sentence(lines[zone])):
        opening.dateline, opening.dateline_at = d, zone  # the first paragraph's line is the subject's
    _dated_under_heading(opening, lines, zone)
    if want_heading and opening.heading is None and opening.dateline is None and not nested:
        return _after_introduction(lines, zone) or opening
    # paragraphs before the heading are the page's (an editor's introduction, a stray paragraph of the page
    # above): the document begins after the last of them
    first = opening.heading_at[0] if opening.heading_at else 0
    opening.start = next((j + 1 for j in range(first - 1, -1, -1) if is_prose(lines[j])), 0)
    return opening


def _address_then_date(lines: list[str], k: int, zone: int) -> bool:
    """The writer's address broken over short lines, then the date line ("American" / "Legation," /
    "Vienna," / "April 11, 1873. (Received May 9.)")."""
    for j in range(k, min(zone, k + 5)):
        if read_dateline(lines[j]) is not None:
            return j > k
        if len(lines[j].split()) > 3 or not lines[j][:1].isupper():
            return False
    return False


def _dated_last_sentence(line: str) -> Dateline | None:
    """The date line a line's last sentence is, with its place and a whole date ("... Government House,
    Sydney, 24th July, 1840."), when sentences come before it."""
    if len(line) < 40 or line.rstrip()[-1:] not in ".0123456789":
        return None
    # (no sentence ends on an initial: "... and Frank A. Esterkin, September 27, 1948")
    last = re.split(r"(?<=[.”\"])(?<!\b[A-Z]\.)\s*(?=[A-Z][^.]{3,60},\s)", line.strip())[-1]
    if last == line.strip():
        return None
    found = read_dateline(last)
    return found if found and found.place and found.date.value and len(found.date.value) == 10 else None


def _dated_under_heading(opening: Opening, lines: list[str], zone: int) -> None:
    """Rule *dated under its heading*: a date line above the heading is the page's (the period an edition's
    page covers, "23 July - 5 September 1914"); the one in the heading's next lines, after its number or
    the writer's address, is the document's ("Count de Salis to Sir Edward Grey." / "(No. 32.)" /
    "Cettinje, July 23, 1914.")."""
    if not opening.heading_at or opening.dateline_at is None or opening.dateline_at > opening.heading_at[0]:
        return
    after = opening.heading_at[-1]
    for j in range(after + 1, min(after + 4, zone, len(lines))):
        if (d := read_dateline(lines[j])) is not None and d.event == "written" and d.date.value:
            opening.dateline, opening.dateline_at, opening.dateline_more = d, j, []
            return


def _after_introduction(lines: list[str], zone: int) -> Opening | None:
    """Rule *introduction*: a page that opens with an editor's paragraphs (a chapter's introduction) and no
    heading or date line before them has its document begin at the first heading with its date among the
    next lines ("Kaganovich to Stalin January 15, 1936"), or at a date line alone over the text."""
    for j in range(zone, min(zone + 6, len(lines))):
        if is_prose(lines[j]):
            continue
        # a heading with its date on its line, or a heading over a date line (not looked past again)
        found = read_opening(lines[j:], nested=True)
        # or a date line alone over the text: a note or letter dated at its head, under a catalogue's
        # description ("Longhand Note of President ..." / "Sept. 17, 1946" / "At my request ...")
        dated = found.dateline_at == 0 and j + 1 < len(lines) and is_prose(lines[j + 1])
        if _heading_and_dateline(lines[j]) or found.heading and found.dateline or dated:
            found.start = j
            found.heading_at = [k + j for k in found.heading_at or []]
            found.dateline_more = [k + j for k in found.dateline_more]
            for name in ("dateline_at", "received_at", "sender_at"):
                if (at := getattr(found, name)) is not None:
                    setattr(found, name, at + j)
            return found
    return None


def _sender(line: str) -> Agent | None:
    """The name a telegram form prints under its heading: a person by honorific and initials ("Sir R.
    Stevenson", "Mr. Bevin"), nothing else on the line."""
    if re.search(r"\d", line) or marking_of(line) or len(line.split()) > 5:
        return None
    agent = parse_agent(line)
    if agent is None or agent.kind != "person" or not (agent.honorifics or re.search(r"\b[A-Z]\.", line)):
        return None
    return agent


def foot_dateline(lines: list[str], start: int) -> Dateline | None:
    """A date line at the foot of the text, where notes verbales, treaties and heads of government's
    messages are dated ("Moscow, January 25, 1961.", "January 1, 1945"): the first line after ``start``
    (where the closing begins) that reads as a dated date line and nothing else."""
    for line in lines[start:]:
        dateline = read_dateline(line)
        if dateline is not None and dateline.event == "written" and dateline.date.value:
            return dateline
    for line in lines[start:]:  # a transcription's source line: "Taken from C.C. 1(57) - Meeting held on ..."
        if (held := _HELD_ON.search(line)) and (dateline := read_dateline(held.group("date"))):
            return dateline
    return None


def heading_date(heading: str) -> Dateline | None:
    """Rule *heading's date*: a document with no date line of its own (a cabinet's sitting, a site's
    record) is of the date its heading ends with, alone or in brackets ("..., 30 October 1962", "Procès-verbal
    de la séance du 9 février 1918", "Kaganovich to Stalin September 1, 1936", "(25. Juli 1953)"): a full
    date, day, month and year."""
    if dated := re.search(
        r"(?i)\bdated\s+(?P<d>\d{1,2}\s+[^\W\d_]+\s+\d{4}|[^\W\d_]+\s+\d{1,2},\s+\d{4})", heading
    ):
        found_dated = parse_date(dated.group("d"))  # "Letter dated 15 February 2008 from ..."
        if found_dated is not None and len(found_dated.value or "") == 10:
            return Dateline(found_dated)
    # the hour after the date, and the edition's note marker ("..., October 25, 1957, 2:40 p.m.1")
    # (or the hours of a sitting: "..., April 12, 1957, 9-10:15 a.m.1")
    heading = re.sub(
        r",?\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.\s?m\.)?\s*[-–—]\s*)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.\s?m\.\d?$",
        "",
        heading.strip(),
    )
    if not heading[-4:].strip(" .)]")[-1:].isdigit():
        return None  # the cheap test: a heading ending with a year
    text = without_marker(heading.strip()).rstrip(" .)]")
    found = find_dates(text)
    if not found or found[-1].end < len(text) or not found[-1].value.value:
        return None
    last = found[-1].value
    # a month with its part before it: "..., Beginning of August, 1916", "End of May 1950"
    part = re.search(
        r"(?i)\b(?:beginning|end|middle|first half|second half)\s+of\s*$|\b(?:early|late|mid-?)\s*$",
        text[: found[-1].start],
    )
    return Dateline(last) if len(last.value or "") == 10 or part and len(last.value or "") == 7 else None


# An act's adoption line: "Adopted by the Security Council at its 396th meeting, ... on 29 December 1948",
# "Approved by the General Assembly on ...", "Adoptée le ...", "Angenommen am ...", "Принята ..."
_ADOPTED = re.compile(r"(?i)^(?:adopted|approved|passed|adopté|adoptée|angenommen|принят[ао]?)\b")


# An international body's document header: the original's language, then the date ("ORIGINAL: ENGLISH 2nd May
# 1963", "Original: French / 3 March 1952")
_ORIGINAL = re.compile(
    r"(?i)\boriginal\s*:\s*(?:english|french|russian|spanish|chinese|arabic|german|anglais|français|russe)\s+"
)


def adopted_on(lines: list[str]) -> Dateline | None:
    """Rule *adoption*: a resolution or an act with no date line is of the date its adoption line ends
    with, among its first lines; a body's document, of the date after its header's "ORIGINAL: ENGLISH"."""
    for line in lines[:12]:
        found = find_dates(line) if line[-1:].isdigit() and _ADOPTED.match(line) else []
        if found and found[-1].end == len(line) and found[-1].value.value:
            return Dateline(found[-1].value)
        if ":" in line and (original := _ORIGINAL.search(line)):
            dateline = read_dateline(line[original.end() :])
            if dateline is not None and dateline.date.value:
                return dateline
    return None


# The meeting a transcription's notes were taken at: "Meeting held on 15 January 1957."
_HELD_ON = re.compile(
    r"(?i)\bmeeting\s+held\s+on\s+(?P<date>(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})"
)


# An edition's number of the document, often with its archival reference ("No. 459 NAI TSCH/3/S16113/A",
# "618. DEA/12447-40", "Nr. 17."): no street address, whatever numbers it holds
# An edition's number before its heading with no stop, when the heading names who wrote to whom: "7 Prime
# Minister's Department to Mr F. K. Officer, ..." (the DFAT volumes)
_BARE_NUMBER = r"\d{1,4}\s+(?=[A-Z][\w'’.]*(?:\s+[\w'’.]+){0,8}\s+to\s+(?:the\s+)?[A-Z])"
# an edition's number before a heading, no stop after it: "264 Note of Meeting of ...", "7 Prime Minister ..."
_LEADING_NUMBER = re.compile(r"^\d{1,4}\s+(?=[A-Z][a-z])")
_EDITION_NUMBER = re.compile(
    rf"^(?:(?:No|Nr|Doc)\.?\s*\d{{1,4}}\.?|№\s*\d{{1,4}}\.?|\d{{1,4}}\.)(?:\s|$)|^{_BARE_NUMBER}"
)


# days of a month without its year, as an edition's page heads the period it covers ("1-2 August")
_DAYS_OF_MONTH = re.compile(
    rf"(?i)[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?\s+{MONTH_WORDS}\.?(?:\s*[-–]\s*[0-3]?\d\s+{MONTH_WORDS}\.?)?"
)


def _letterhead(lines: list[str]) -> tuple[int, int]:
    """Where a letterhead begins and ends: from its first address line to the date line (a heading above
    it heads the page: "БЕСЕДА С Ф. РУЗВЕЛЬТОМ" over a site's file size "2.89 Mb."); (0, 0) for none."""
    date_at = next((k for k, line in enumerate(lines) if read_dateline(line)), None)
    if date_at is None:
        return 0, 0
    first = next(
        (
            k
            for k in range(date_at)
            # "Mr F.K. Officer, Australian Counsellor at British Embassy in Washington, to Department of
            # External Affairs" names an embassy, but who writes to whom is the heading, no letterhead
            if ADDRESS_LINE.search(lines[k])
            and not _EDITION_NUMBER.match(lines[k])
            and not re.fullmatch(rf"(?:File\s+No\.\s*)?(?:{DECIMAL_FILE})\.?", lines[k])  # "026 China/7–1849"
            and not _DAYS_OF_MONTH.fullmatch(lines[k])  # "1-2 August": a period, not a street's number
            and not _TO_FROM.fullmatch(lines[k])  # "To John Adams from Thomas Jefferson, 20 February 1787"
            and not _names_a_sender(lines[k])
            and doc_type_of(lines[k]) == "other"  # "Cipher telegram from ... in Washington ...": a heading
        ),
        None,
    )
    return (0, 0) if first is None else (first, date_at)


# Rule *dated title*: a portal's title with the document's date as its last sentence ("Шифротелеграмма
# секретаря ЦБ КПБ В. А. Богуцкого ... в Белоруссии. 15 мая 1922 г."); the title keeps its date
_DATED_TITLE = re.compile(
    r"^(?P<head>.{10,250}?[^\W\d_]{2}[)»”\"]?)\.\s+(?P<date>\d{1,2}\s+\S+\s+\d{4}\s*(?:г\.?|года\.?)?)$"
)


_TO_ALONE = re.compile(r"To\s+(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){1,4}")
_TO_FROM = re.compile(r"To\s+[A-Z][^,]{2,80}?\s+from\s+[A-Z][^,]{2,80}(?:,\s+[^,]{4,30}\d{4})?\.?")
# the day or hour of receipt an edition prints after a heading: "... Sir Edward Grey. (Received August 5.)"
_RECEIPT_AFTER = re.compile(r"(?<=\.)\s+\((?:Received|Recd\.?|Rec'd\.?)\s[^()]{1,40}\)$")


def _long_title_ok(line: str) -> bool:
    """A long line that is still a heading: a genre's, with no sentence's stop inside ("Memorandum by
    the Secretary of State to the Acting Secretary of Defense (Anderson), the Chairman ... (Strauss),
    and ...")."""
    return doc_type_of(line) != "other" and not re.search(r"[a-z]\.\s+[A-Z]", line)


# The form's notice on how to handle the paper: "This telegram must be paraphrased before being communicated
# to anyone (SC)": no heading
_NOTICE = re.compile(
    r"(?i)^(?:this|the)\s+(?:telegram|message|cable|document|paper)\s+(?:must|should|is\s+to)\b"
)


def _heading(lines: list[str], k: int, zone: int) -> tuple[str, list[int]] | None:
    line = lines[k]
    if _NOTICE.match(line) or line[:1] in '"“«„':
        return None  # a notice, or the text's first words, quoted
    if _POST_TO_POST.match(line):
        return line, [k]
    if k == 0 and re.match(BODY_HEADING, line, flags=re.I):  # "The Cabinet." heading its sitting's notes
        return line.rstrip("."), [k]
    # an edition's heading may end with a full stop when a date line stands beside it ("Großes Hauptquartier,
    # 30. September 1918." / "Der Kais. Legationsrat an Auswärtiges Amt.")
    # (an item's number or an editor's bracket may stand between: "Mr. Crosby to Mr. Seward." / "No. 1.]" /
    # "Guatemala, June 1, 1861.", "The Minister of Belgium to Mr. Clay." / "[Translation.]" / date line)
    between = next(
        (j for j in range(k + 1, min(zone, k + 3)) if not _ITEM_OR_NOTE.fullmatch(lines[j])), k + 1
    )
    # or the writer's address over the date line ("58, Cadogan Gardens, S.W.," / "August 1, 1914.")
    addressed = between + 1 if between < len(lines) and lines[between].endswith(",") else None
    line = _RECEIPT_AFTER.sub("", line)  # "Count de Salis to Sir Edward Grey. (Received August 5.)"
    dotted = line.endswith(".") and (
        any(j is not None and 0 <= j < zone and read_dateline(lines[j]) for j in (k - 1, between, addressed))
        or _address_then_date(lines, k + 1, zone)
    )
    if len(line) > 200 and (head := _run_into_text(line)):
        return head, [k]
    if (
        (dated := _DATED_TITLE.match(line))
        and read_dateline(dated.group("date"))
        and (doc_type_of(dated.group("head")) != "other")
    ):
        return line, [k]  # an archive portal's title, its date the last sentence
    # an edition's letter title, addressee first: "To John Adams from Thomas Jefferson, 20 February 1787"; or
    # the addressee alone over the letter's date line ("To David Humphreys" / "Mount Vernon, 26 June 1797")
    if _TO_FROM.fullmatch(line) or (
        _TO_ALONE.fullmatch(line) and k + 1 < len(lines) and read_dateline(lines[k + 1]) is not None
    ):
        return _clean_heading(line), [k]
    if (
        _NOT_HEADING.match(line)
        or marking_of(line)
        or len(line) > (300 if _long_title_ok(line) else 200)  # a genre's heading may name three addressees
        or line.endswith((",", ";"))
        or line.endswith(".")
        and not dotted
        or line.startswith("[")  # an editor's note ("[Transcription of paragraphs 1 and 2 only]")
    ):
        return None
    if dotted:
        bare = line if re.search(r"\b[A-Z]\.$", line) else line[:-1]  # "Washington D.C." keeps its stop
        return (_clean_heading(bare), [k]) if _names_a_sender(_ITEM.sub("", line[:-1])) else None
    at = [k]
    broken = (
        _BROKEN_NAME.search(line)
        and k + 1 < zone
        and re.match(r"[A-Z][\w'’-]+(?:\s|$)", lines[k + 1])
        and read_dateline(lines[k + 1]) is None  # "Bajpai to Gollan" / "NEW DELHI, 27 January 1949"
    )
    if (_OPEN_END.search(line) or broken) and k + 1 < zone and len(lines[k + 1]) < 120:
        # "... to the" / "USSR"; "... to Robert" / "Brennan (Washington)": a heading broken inside a name
        line, at = f"{line} {lines[k + 1]}", [k, k + 1]
    # a heading broken over lines that go on in lower case ("I. Нота" / "министра иностранных дел
    # Великобритании" / "на имя народного комиссара иностранных дел СССР")
    while len(at) < 3 and at[-1] + 1 < zone and _GOES_ON.fullmatch(nxt := lines[at[-1] + 1]):
        if re.match(r"(?:from|to)\s", nxt) and re.search(r"\s(?:from|to)\s", line) or marking_of(nxt):
            break  # "Memo from A to B" / "from Misho Nikolov – ...": the paper's own line; "top secret"
        if not strip_handling(nxt):
            break  # "eyes only": how it is handled
        line, at = f"{line} {nxt}", [*at, at[-1] + 1]
    if (letterhead := _LETTERHEAD_FIRST.match(line)) and doc_type_of(letterhead.group("rest")) != "other":
        return letterhead.group("rest").strip(), at  # "DEPARTMENT OF STATE Memorandum of Conversation"
    if (
        doc_type_of(line) != "other"
        or _names_a_sender(line)
        or is_instrument(line)
        or writer_to_addressee(line)
        or _LEADING_NUMBER.match(line)
        and _names_a_sender(_ITEM.sub("", line))  # "7 Prime Minister's Department to Mr F. K. Officer, ..."
    ):
        return _clean_heading(line), at
    return None


# A heading's first sentence, run into the text by a copy that lost the break after it: a stop after a word
# (no initial), then a capital
_FIRST_SENTENCE = re.compile(r"^(?P<h>.{10,160}?[^\W\d_]{3})\.\s+(?=[A-ZА-ЯЁÀ-Þ])")


def _run_into_text(line: str) -> str | None:
    """Rule *run-in heading*: a page's title run into the first sentence of its text ("Нота Народного
    Комиссариата Иностранных Дел СССР Посольству Франции в СССР. Народный Комиссариат ... свидетельствует
    ..."): the first sentence, when it names a genre and is no sentence itself (no verb's stop, short)."""
    m = _FIRST_SENTENCE.match(line)
    if m is None or len(m.group("h").split()) > 16:
        return None
    head = m.group("h")
    kind = doc_type_of(head)
    return head if kind != "other" and not head.endswith((",", ";")) and not PRONOUN.match(head) else None


_GOES_ON = re.compile(r"[a-zà-öø-ÿа-яё][^\d]{0,120}")  # no date, no number: words only
# An edition's item number in Roman figures before a heading ("I. Нота ..."); an Arabic one may be the
# sitting's own ordinal and stays ("58. Kabinettssitzung")
# an item's number before a heading: "II. ", an edition's "334. Memorandum of a Conversation, ..." (not the
# ordinal of a one-word heading: "58. Kabinettssitzung")
_ITEM = re.compile(
    r"^(?:(?:No\.\s*)?[IVXLC]{1,6}\.\s+(?=\S)|(?:No\.\s*)?\d{1,4}\.\s+(?=[A-ZА-Я]\S*\s+\S+\s+\S)|"
    + _BARE_NUMBER
    + ")"
)  # "221. ", "IV. ", a parliamentary paper's "No. 75. " and "No. I. "
# A note's marker glued to a heading's last word ("... du Département politique1")
# (or to the bracket closing it, as FRUS heads its papers: "... of State (MacArthur)1", "Conversation1 2")
_WORD_MARKER = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]\)))\d{1,2}(?:\s\d{1,2})?$")


# The marker itself: after a word's letters or a year ("politique1", "9 février 19181")
_HEADING_MARKER = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]\))|(?<=\b(?:1[5-9]|20)\d\d)|(?<=\b[ap]\.m\.))\d{1,2}$"
)


def heading_note(lines: list[str], marker: str) -> str | None:
    """The note the heading's marker calls, at the foot of the text: its number alone on a line and the
    note on the next ("1" / "E 1004 1/267. Etaient absents: ..."), or both on one line ("1 E 1004 1/267.")."""
    for k in range(len(lines) - 1, 0, -1):
        line = lines[k]
        if line == marker and k + 1 < len(lines):
            return lines[k + 1]
        if line.startswith(f"{marker} ") and len(line) > len(marker) + 3:
            return line[len(marker) + 1 :]
    return None


def _clean_heading(line: str) -> str:
    """The heading without an item number before it and a note marker glued to its end."""
    line = without_marker(_ITEM.sub("", line.strip())).rstrip("*")  # "... СТАЛИНУ*": the note's star
    # an edition's number without its stop before a genre's heading: "264 Note of Meeting of U.K. and ..."
    if (bare := _LEADING_NUMBER.match(line)) and doc_type_of(line[bare.end() :]) != "other":
        line = line[bare.end() :]
    line = re.sub(r"(?<=\w)/\d{1,2}/$", "", line)  # "... to President Johnson/1/": the old state.gov's marker
    if re.search(r"\s(?:to|à|an)\s", line):  # "A à B à Paris 1": the edition's note marker after who to whom
        line = re.sub(r"(?<=[^\W\d_]{3})\s+[1-9]$", "", line)
    line = re.sub(r"(?i)(?<=\b[ap]\.m\.)\d{1,2}$", "", line)  # "October 25, 1957, 2:40 p.m.1": its note
    return _WORD_MARKER.sub("", line) if line[-1:].isdigit() else line


# A stretch of a heading: no sentence's stop, but the full stops of initials and abbreviations ("J. V.
# Stalin", "M. PAYART", "Mr. Bonnet", a title's short form before a capital: "Der Kais. Legationsrat")
_PHRASE = (
    r"(?:[^.;:!?]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\bNo)\.(?=\s\d)"
    r"|(?:(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.(?=\s[A-Z][a-z]))"
)
# who to whom in English, German and French: "A to B", "Der Kais. Legationsrat an Auswärtiges Amt", "La
# Légation de Suisse à Pétrograd à la Division des Affaires étrangères" (the side after the last "à")
_SENDER_TO = re.compile(
    rf"(?P<a>[A-ZÀ-ÞА-Я]{_PHRASE}{{1,90}}?)\s+(?:to|an|à)\s+"
    rf"(?P<b>(?:the\s+|den\s+|die\s+|das\s+|la\s+|le\s+|les\s+|l['’])?[A-ZÀ-Þ]{_PHRASE}{{1,90}})"
)


PRONOUN = re.compile(
    r"(?i)^(?:I|he|she|we|they|it|this|that|please|ich|er|sie|wir|es|je|il|elle|nous|on|ils)\s"
)


_PARTICLES = {
    "of", "the", "in", "at", "for", "and", "on", "to", "de", "du", "des", "la", "le", "les", "à",
    "von", "van", "der", "den", "dem", "zu", "und", "y", "del", "am", "im", "et", "en", "di", "da",
}  # fmt: skip


def _names_a_sender(line: str) -> bool:
    """ "The German Ambassador in the Soviet Union (Schulenburg) to the German Foreign Office",
    "Burton to Watt", "M. PAYART, French Chargé d'Affaires in Moscow, to M. Georges Bonnet, Minister for
    Foreign Affairs": who to whom, and nothing else on the line. A side ending on its holder's name in
    brackets may name a long office ("The Counselor of Embassy of the German Embassy in the Soviet Union
    (Tippelskirch)")."""
    line = _RECEIVED_NOTE.sub("", line.strip())  # "Sir N. Henderson to Viscount Halifax (Received 1 p. m.)"
    if _INITIALS_TO.fullmatch(line):
        return True  # "G. A. Astakhov to the peopleʹs commissariat of foreign affairs of the USSR"
    m = _SENDER_TO.fullmatch(line)
    if not m or re.search(r"\d{3,}", line) or PRONOUN.match(line):  # "He gave it to Smith"
        return False
    # who sends is named, not told: one word in lower case at most besides the particles of names and
    # offices ("Document disclosed under the Access to Information Act" is a stamp)
    words = m.group("a").split()
    lower = [w for w in words if w[:1].islower() and w not in _PARTICLES]
    # French and Italian names of bodies write their adjectives small ("La Division des Affaires étrangères du
    # Département politique"): a few, among capitalised nouns
    if len(lower) > 1 and not (len(lower) <= len(words) // 3 and words[0] in ("La", "Le", "Les", "Il", "Lo")):
        return False
    return all(
        len(part.split()) <= (16 if re.search(r"\([A-Z][^()]*\)$", part) else 12)
        for part in (m.group("a"), m.group("b"))
    )


# A man by his initials and surname to a body written small, as a transcription may lower-case it
_INITIALS_TO = re.compile(r"(?:[A-ZА-Я]\.\s?){1,3}[A-ZА-Я][\w'’-]+\s+to\s+(?:the\s+)?[\w'’ʹ,. -]{5,100}")
_RECEIVED_NOTE = re.compile(r"(?i)\s*\((?:received|recd\.?|reçu|ankunft)\b[^()]*\)\.?$")
# A parliamentary paper's (a Blue Book's) label of the item before its heading: "Translation of No. 2",
# "Enclosure 1 in No. 5"
_BLUE_BOOK_ITEM = re.compile(
    r"^(?:(?:Enclosure|Inclosure|Annex)(?:\s+\d+)?\s+in|Translation of|Copy of)\s+No\.\s*\d+\.?\s+"
)
# The writer's office at the head of a date line, run into the heading: "... Ministry of Foreign Affairs"
_ADDRESS_AFTER = re.compile(
    r"\s+(?:Ministry|Department|Embassy|Legation|Foreign Office|Ministère|Ministerium|Auswärtiges Amt)"
    r"\b[^,]*$"
)


def _heading_and_dateline(line: str) -> tuple[str, Dateline] | None:
    """A heading and its date line run into one line after a full stop, as editions of despatches print
    them ("M. PAYART, French Chargé d'Affaires in Moscow, to M. Georges Bonnet, Minister for Foreign
    Affairs. Moscow, March 19, 1939.")."""
    if len(line) > 250:
        return None
    # (a stop after an initial ends no sentence: "... and Frank A. Esterkin, September 27, 1948")
    stops = list(re.finditer(r"(?<!\b[A-Z])\.\s+(?=[A-ZÀ-Þ])", line))
    for n in reversed(range(len(stops))):
        m = stops[n]
        dateline = read_dateline(line[m.end() :])
        if dateline is None and n + 1 < len(stops):  # a sentence after the date line: "... No. 3768"
            dateline = read_dateline(line[m.end() : stops[n + 1].start()])
        if dateline is None or not dateline.place or not dateline.date.value:
            continue
        head = line[: m.start()].strip()
        if _names_a_sender(head) or doc_type_of(head) != "other" or is_instrument(head):
            return head, dateline
    # who to whom, then the writer's place and date after a comma ("Mr. Robert Schuman to Miss Jean McKenzie
    # Ministry of Foreign Affairs, Paris, 13 January, 1950.")
    if line.endswith(".") and line[-2:-1].isdigit():
        for m in reversed(list(re.finditer(r",\s+(?=[A-ZÀ-Þ])", line))):
            dateline = read_dateline(line[m.end() :])
            if dateline is not None and dateline.place and dateline.date.value:
                head = _BLUE_BOOK_ITEM.sub("", line[: m.start()].strip())
                head = _ADDRESS_AFTER.sub("", head)  # the writer's office heads the date line
                return (head, dateline) if _names_a_sender(head) else None
    # who to whom, the date after a space ("Kaganovich to Stalin January 15, 1936"): a heading over a date
    # run into one line by the copy
    if line[-1:].isdigit() and (found := find_dates(line)) and found[-1].end == len(line):
        head = line[: found[-1].start]
        # (a date with its qualifier stays whole: "Letter to Moisei Kharitonov, Beginning of August, 1916")
        qualified = re.search(r"\b(?i:of|in|on|early|late|mid|before|after|about|circa|c\.)\s*$", head)
        if (
            head.endswith(" ")
            and not head.rstrip().endswith(",")
            and not qualified
            and _names_a_sender(head.strip())
        ):
            dateline = read_dateline(line[found[-1].start :])
            if dateline is not None and dateline.date.value:
                return head.strip(), dateline
    return None
