"""What kind of document a page holds: the genre word of its title, else the evidence of the text.

In order, the first that speaks decides:

1. the genre word of a title ("Telegram From ...", "Memorandum of Conversation"); a subject line taken
   for a title names no genre ("ADDITIONAL INFORMATION ITEMS" is no report);
2. the genre a site prints beside the title ("393.1115/7–1249: Telegram"), the date line names
   ("Cablegram 128, CANBERRA, ...") or a form's classification field gives ("Received Telegram"); a short
   line of the head that names a genre alone; the heading of an extract of a body's decisions in the
   text's head ("Extract from Protocol No. 142 of the meeting of the CC Presidium") -> resolution;
3. a cable's header: FM and TO lines, or a date-time group ("O 071304Z FEB 74") -> cable;
4. an hour of dispatch or a receipt line ("MOSCOW, October 9, 1939-12:30 a. m.", "Received ...") ->
   telegram: letters and memoranda are not timed to the minute;
5. a memorandum's header (MEMORANDUM FOR / MEMORANDUM TO) -> memorandum;
6. a note verbale's formula ("The Embassy ... presents its compliments to the Ministry ...") -> note; a
   salutation and a complimentary close, or addressee lines over a salutation -> letter; a despatch's
   formula in the first person ("I have the honour to ...") -> letter;
7. a site's title "A to B" reads as a letter; a heading "A to B" from the text itself does not (a
   circular or an instruction has the same form);
8. a scan run into one line: the first genre heading in capitals in its head (:func:`_run_on_heading`),
   else a salutation inside it with a close after it -> letter;
9. (in the reader) a catalogue's content type ("Content Type: MFR"), when the text names no genre.
"""

from __future__ import annotations

import re

from chancery.sources.page.datelines import WIRED, Dateline
from chancery.sources.page.doc_types import DECISION_EXTRACT, doc_type_of
from chancery.sources.page.fields import Field
from chancery.sources.page.header import is_prose
from chancery.sources.page.letters import Letter, run_on_salutation
from chancery.sources.page.places import is_known_place
from chancery.sources.page.title import TitleFacts

_DTG = re.compile(r"^[ZOPRFM]{1,2}\s+[0-3]\d[0-2]\d[0-5]\dZ\s+[A-Z]{3}\s+\d{2}(?:\s+[A-Z0-9]{2,6})?$")


def genre(
    facts: TitleFacts,
    title_source: str,
    site_genre: str | None,
    dateline: Dateline | None,
    received: Dateline | None,
    fields: list[Field],
    letter: Letter,
    lines: list[str],
) -> str:
    """The record's doc_type; ``title_source`` is "site", "heading", "subject" or ""."""
    if facts.doc_type != "other" and not facts.defaulted and title_source != "subject":
        return facts.doc_type
    form = next(
        (f.value for f in fields if f.feeds == "classification"), None
    )  # "Classification: Received Telegram"
    for word in (site_genre, dateline.genre if dateline else None, form):
        if word and (kind := doc_type_of(word)) != "other":
            return kind
    if named := _genre_line(lines):
        return named
    if any(DECISION_EXTRACT.search(line) for line in lines[:20]):
        return (
            "resolution"  # "Extract from Protocol No. 142 of the meeting of the CC Presidium": its decision
        )
    labels = {f.label for f in fields}
    if {"fm", "to"} <= labels or any(_DTG.match(line) for line in lines[:12]):
        return "cable"
    # the hour a telegram was sent or came in; a day of receipt alone is an edition's note on a letter too
    # ("Получено 30 сентября 1941 года." over "Уважаемый г-н Сталин, ... Искренне Ваш")
    if (
        dateline is not None
        and dateline.time
        or received is not None
        and (received.time or not letter.is_letter)
    ):
        return "telegram"
    places = {f.label: f.value.split(";")[0] for f in fields if f.label in ("from", "to")}
    if len(places) == 2 and all(
        is_known_place(re.sub(r"\s*\([^)]*\)", "", v).strip(" .")) for v in places.values()
    ):
        return "telegram"  # "From: Tokyo" / "To: Washington (Nomura)": post to post
    if _WIRE_REPLY.match(_first_text(lines)):
        return "telegram"  # "Your telegram of 1 September (No. 1).": a telegram answers one by its number
    if any(WIRED.match(line) for line in lines[:12]):
        return "telegram"  # "(Telegraphic.) Berlin, August 30, 1939.": the edition says how it came
    if any(label.startswith("memo") for label in labels):
        return "memorandum"
    if "note to" in labels:  # "NOTE TO: EXO/DDA ..."
        return "note"
    if letter.verbale_from is not None:
        return "note"  # a note verbale
    if letter.is_letter:
        return "letter"
    if letter.salutation_at is not None and any(
        re.match(r"(?i)^(?:to|an|à)\s+\S", line) for line in lines[: letter.salutation_at]
    ):
        return "letter"  # addressees over a salutation, its close cut off: a speech greets no one by line
    if letter.close_at is not None and any(re.match(r"(?i)^(?:to|an|à)\s+\S", line) for line in lines[:6]):
        # "To the Foreign Minister" / "From the Prime Minister" ... "With friendly greetings,"
        return "letter"
    if facts.defaulted and title_source == "site" and facts.doc_type != "other":
        return facts.doc_type
    if any(_HONOUR.search(line) for line in lines[:15]):
        return "letter"  # "I have the honour to inform you ...": a despatch or a letter, in the first person
    if any(_ADDRESSED_RUN_ON.match(line) for line in lines[:10]):
        return (
            "letter"  # "Sir: Your despatch No. 86 of the 5th ultimo has reached me, ...": the text hails him
        )
    if heading := _run_on_heading(lines):
        return heading
    if any(run_on_salutation(line) is not None for line in lines[:3]):
        return "letter"  # a scan run into one line: a salutation inside it and a close after it
    return "other"


# A word in capitals, as a heading is set, and what follows it: where a run-on scan's heading may start.
_CAPITAL_WORD = re.compile(r"^[A-Z][A-Z-]{3,}$")


def _run_on_heading(lines: list[str]) -> str | None:
    """Rule *run-on heading*: a scan whose OCR ran the whole document into one line keeps its heading in
    capitals among the letterhead and markings ("DEPARTMENT OF STATE ACTION MEMORANDUM S/S LIMITED OFFICIAL
    USE", "... TESTS NOTE BY THE PRIME MINISTER ..."). The first word in capitals that, with the words
    after it, names a genre gives the type; only the head of such a line is read."""
    if len(lines) > 40 or not any(len(line) > 400 for line in lines[:3]):
        return None
    words = " ".join(lines[:3])[:500].split()
    for k, word in enumerate(words):
        if _CAPITAL_WORD.match(word) and (kind := doc_type_of(" ".join(words[k : k + 6]))) != "other":
            return kind
    return None


# A diplomatic letter's form of address run into its first sentence, as editions print it: "Sir: Your
# despatch No. 86 ...", "My Lord,—I have ...", "Excellency: I am ..."
_ADDRESSED_RUN_ON = re.compile(
    r"^(?:Sir|Sire|Madam|My Lord(?: Duke)?|Excellency|Your Excellency|Monsieur le \w+)\s*[:,]\s*[-—–]*\s*"
    r"(?:I|We|Your|The|In|With|On|At|My|As|It|This|Having)\b"
)


# The formula a despatch or a formal letter opens with, in the first person (a note verbale's is in the
# third: "The Embassy ... has the honour to")
_HONOUR = re.compile(r"(?i)\b(?:I|we)\s+have\s+(?:had\s+)?the\s+hono(?:u)?r\s+to\b")
_ADDRESS = re.compile(r"(?i)\b(?:cable|telegraphic|telegram|telex)\s+address(?:es)?\b")


# The first words of a telegram's text cite the telegram it answers or follows, as telegraphese does: "Your
# telegram of 1 September (No. 1).", "My immediately preceding telegram (No. 206).", "Reference your cable
# 2033.", "Your No. 57."
_WIRE_REPLY = re.compile(
    r"(?i)^(?:(?:with\s+)?re(?:ference|ferring)?(?:\s+to)?:?\s+)?(?:your|my|our)\s+(?:(?:immediately\s+)?"
    r"(?:preceding|previous|earlier|last)\s+)?(?:most\s+secret\s+|secret\s+|personal\s+)?(?:telegrams?|cables?|cablegrams?|wires?)\b"
)


def _first_text(lines: list[str]) -> str:
    """The first paragraph of prose among ``lines`` (its opening words are what telegraphese cites)."""
    return next((line for line in lines[:15] if is_prose(line)), "")


_NUMBERED_GENRE = re.compile(
    r"^(?P<g>[A-Za-z]{4,})\s+(?:[A-Z]{0,4}\d[\w./-]*|\[[A-Za-z]{0,8}\s?\d[\w./-]*\]|unnumbered|UNNUMBERED)(?:[\s,]|$)"
)


def _genre_line(lines: list[str]) -> str | None:
    """Rule *genre line*: a short line of the document's head that names its genre and nothing else
    ("Meeting, record of conversation" under an embassy's letterhead), before the first paragraph."""
    seen_head = False  # an editor's paragraph above the document is passed over, the document's is not
    for line in lines[:10]:
        if is_prose(line):
            if seen_head:
                return None
            continue
        seen_head = True
        # "CIPHER TELEGRAM No. 7739": the form's heading with its number
        text = re.sub(r"\s+(?:No\.?|Nr\.?|№|#)\s*[\w./-]*\d[\w./-]*$", "", line.strip(" .:[]"))
        # "Cablegram A39", "Cablegram unnumbered SS DOMINION MONARCH, 24 December 1948": the form's genre and
        # its number, the post and day after them
        if (numbered := _NUMBERED_GENRE.match(text)) and (
            kind := doc_type_of(numbered.group("g"))
        ) != "other":
            return kind
        short = len(text) <= 60 and len(text.split()) <= 6 and not re.search(r"\d", text)
        # "CABLE ADDRESSES", "Telegraphic address": a letterhead's, no genre
        if short and not _ADDRESS.search(text) and (kind := doc_type_of(text)) != "other":
            return kind
    return None
