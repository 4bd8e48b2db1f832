"""Header fields: the labelled lines at the head of memoranda, cables and forms.

One table of labels (:data:`LABELS`: the words, and the record field each feeds) and one grammar for
the ways pages lay them out::

    LABEL: value                    "MEMORANDUM FOR: Helene Boatner", "FROM: THE SITUATION ROOM"
    LABEL value                     "FM THE SITUATION ROOM //TOHAK 003//",
                                    "TO PETER RODMAN FOR SECRETARY KISSINGER"
    LABEL                           "DRAFTED BY" on its own line, the value on the next ("傅参事")
    value
    LABEL value | LABEL value |     a form flattened into one line ("TO 叶部长 | DRAFTED BY 蔡秘书 | ...")
    LABEL: first value              "MEMORANDUM FOR: DDCI" and a name a line after it
           more values

OCR spellings of a label ("MEMORANDUM F'OR") are read as the label. Labels are matched in capitals, or
with a colon in any case, so that "To the Ambassador" opening a sentence is no field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.lexicon.organisations import ORGANISATION_WORDS
from chancery.sources.page.doc_types import doc_type_of
from chancery.sources.page.markings import marking_of, precedence_of
from chancery.sources.page.names import strip_honorifics
from chancery.sources.page.text import unspaced

# label words -> the field they feed
LABELS: dict[str, str] = {
    "memorandum for": "recipients",
    "memorandum to": "recipients",
    "memo for": "recipients",
    "memo to": "recipients",
    "note to": "recipients",  # a CIA note's head ("NOTE TO: EXO/DDA ADDA DDA Chief, DA Plans Staff")
    "to": "recipients",
    "sent to": "recipients",  # an outgoing cable form's addressee ("Sent to: Chinese Embassy in India")
    "addressee": "recipients",
    "addressees": "recipients",
    "recipient": "recipients",  # a telegram form's addressees ("Recipients: gen. Axen, member politburo")
    "recipients": "recipients",
    "attention": "recipients",
    "attn": "recipients",
    "for": "recipients",
    "from": "authors",
    "fm": "authors",
    "sender": "authors",
    "sending": "authors",  # a Yugoslav telegram form's sending post ("Sending: Rio")
    "place of mission": "sent_from",  # a Hungarian telegram form's post ("Place of mission: New York City")
    "info": "information",  # a cable's information addressees ("INFO AMEMBASSY LONDON, USUN NEW YORK")
    "reference (copy)": "information",  # a form's copy for reference (Korean 참조)
    "via": "via",
    "through": "via",
    "thru": "via",
    "subject": "subject",
    "subj": "subject",
    "re": "subject",
    "reference": "reference",
    "ref": "reference",
    "references": "reference",
    "date": "date",
    "drafted by": "drafted_by",
    "official": "drafted_by",  # a Hungarian form's case officer (ügyintéző), who drew the paper up
    "typed by": "typed_by",
    "dispatched": "dispatched",
    "received": "received",
    "participants": "participants",
    "precedence": "precedence",
    "classification": "classification",
    # a site's labelled record, with a colon or in brackets ("[Title] Security Treaty ...", "Titel: ...")
    "title": "title",
    "titel": "title",
    "titre": "title",
}
# Labels read only with a colon or in brackets: in capitals alone they open headings ("TITLE OF THE TREATY")
_MARKED_ONLY = {"title", "titel", "titre"}
_OCR = {"memorandum f'or": "memorandum for", "memorandum fcr": "memorandum for", "subiect": "subject"}
_WORDS = sorted(set(LABELS) | set(_OCR), key=len, reverse=True)
_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS)
_ALT_CAPS = "|".join(re.escape(w.upper()).replace(r"\ ", r"\s+") for w in _WORDS if w not in _MARKED_ONLY)
# "MEMORANDUM FOR:" in any case with a colon; "FROM ..." without one only in capitals
_WITH_COLON = re.compile(rf"(?i)^(?P<label>{_ALT})\s*:\s*(?P<value>.*)$")
_BRACKETED = re.compile(rf"(?i)^\[(?P<label>{_ALT})\]\s*(?P<value>.*)$")  # "[Place] San Francisco"
_CAPITALS = re.compile(rf"^(?P<label>{_ALT_CAPS})(?:\s*:)?(?:\s+(?P<value>\S.*))?$")
# A scan's comma for a long label's colon: "FROM, Herbert E. Hetu, Chairman"
_OCR_COMMA = re.compile(r"^(?P<label>FROM|SUBJECT|MEMORANDUM\s+FOR|ATTENTION|REFERENCE),\s+(?P<value>\S.*)$")
_PIPES = re.compile(r"\s*\|\s*")
# A label of several words left empty at the end of a form's row ("To: Minister Reference (Copy)")
_TRAILING_LABEL = re.compile(
    r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS if " " in w) + r")\s*:?\s*$",
    re.I,
)
_BARE_LABEL = re.compile(r"^\s*[A-Z][\w .'/&()-]{1,30}:\s*$")  # a form's label with no value ("Read By:")
_PIPED_COLON = re.compile(r"\s*\|\s*:\s*(?:\|\s*)?")
# the next label on the row, its colon after it, in capitals or not ("To: The Foreign Minister From: ...")
_NEXT_LABEL = re.compile(r"\s(?:SUBJECT|FROM|TO|VIA|REFERENCE|DATE|Subject|From|To|Via|Reference|Date)\s*:")


@dataclass
class Field:
    label: str  # the label's words, lower case and normalised ("memorandum for")
    feeds: str  # the record field: recipients, authors, subject...
    value: str
    at: list[int] = field(default_factory=list)  # indices of its lines


def _label(words: str) -> str:
    key = re.sub(r"\s+", " ", words.lower())
    return _OCR.get(key, key)


def without_empty_label(value: str) -> str:
    """ "Minister Reference (Copy)" -> "Minister", "The Foreign Minister From: Ambassador Katori" -> "The
    Foreign Minister": the row's next label, empty or not, ends the value."""
    if (nxt := _NEXT_LABEL.search(value)) and nxt.start() > 0:
        value = value[: nxt.start()].strip()
    return _TRAILING_LABEL.sub("", value)


def field_of(line: str) -> tuple[str, str] | None:
    """(label, value) when ``line`` is a labelled field ("FROM: X", "SUBJECT X", "DRAFTED BY")."""
    text = line.strip()
    if comma := _OCR_COMMA.match(text):
        return _label(comma.group("label")), comma.group("value").strip()
    m = _WITH_COLON.match(text) or _CAPITALS.match(text) or text[:1] == "[" and _BRACKETED.match(text)
    if not m:
        return None
    label = _label(m.group("label"))
    if label not in LABELS:
        return None
    if label == "to" and re.match(r"(?i)be\s", m.group("value") or ""):
        return None  # "TO BE RETURNED TO THE [illegible]": a stamp's instruction, no addressee
    value = re.sub(r"^[-–]\s*", "", (m.group("value") or "").strip())  # "From:-", "To: -": the colon's dash
    if nxt := _NEXT_LABEL.search(value):  # "Classification Review Division SUBJECT: Declassification ..."
        value = value[: nxt.start()].strip()
    value = value.rstrip(" |")  # a table's row: "Ort: Haus des Bundeskanzlers |"
    value = without_empty_label(value)
    if not m.re.pattern.startswith("(?i)") and value and not _caps_value(label, value):
        return None
    return label, value


def _caps_value(label: str, value: str) -> bool:
    """Without a colon, "TO ..." is a field only when it reads as one: capitals, or a short value."""
    return value.isupper() or not re.search(r"[a-z]{3}", value) or len(value.split()) <= 6 and label != "for"


def read_fields(lines: list[str], limit: int | None = None) -> list[Field]:
    """The labelled fields among ``lines[:limit]`` (non-blank, stripped), with their continuations."""
    lines = lines[: limit if limit is not None else len(lines)]
    found: list[Field] = []
    k = 0
    while k < len(lines):
        line = _PIPED_COLON.sub(
            ": ", lines[k]
        )  # a table flattened: "To | : Minister | Reference (Copy) | : X"
        if "|" in line:
            cells = [c for c in _PIPES.split(line.strip(" |")) if c]
        else:  # two labels on one row: "To: The Foreign Minister From: Ambassador Katori" ("COPIES TO:": one)
            cuts = (
                [m.start() for m in _NEXT_LABEL.finditer(line) if ":" in line[: m.start()]]
                if len(line) < 160
                else []
            )
            cells = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        parsed = [field_of(c) for c in cells]
        if not any(parsed):
            k += 1
            continue
        for got in parsed:
            if got:
                found.append(Field(got[0], LABELS[got[0]], got[1], [k]))
        last = found[-1]
        k += 1
        if _no_addressee(last):
            last.value = ""
            continue
        if (
            not last.value
            and k < len(lines)
            and field_of(lines[k]) is None
            and not _BARE_LABEL.match(lines[k])
        ):
            last.value, k = lines[k].strip(), k + 1  # the label alone, its value on the next line
            last.at.append(k - 1)
        if last.feeds in ("recipients", "participants", "information"):  # a cable's TO and INFO posts
            while k < len(lines) and _more_names(lines[k]):
                nxt, tail = lines[k].strip(), last.value.rsplit(";\n", 1)[-1]
                if _goes_on(tail, nxt):  # "TO CC BCP" / "“Foreign Policy and" / "International Relations”"
                    last.value, k = f"{last.value} {nxt}", k + 1
                else:
                    last.value, k = f"{last.value};\n{nxt}", k + 1  # a line of its own
                last.at.append(k - 1)
            last.value = _symbols_apart(last.value) if last.feeds == "recipients" else last.value
        if last.feeds == "subject" and k < len(lines) and _subject_goes_on(last.value, lines[k]):
            last.value, k = f"{last.value} {lines[k].strip()}", k + 1  # "...TO NORTH" / "AND SOUTH VIETNAM"
            last.at.append(k - 1)
    return found


def _goes_on(tail: str, line: str) -> bool:
    """An addressee's line goes on onto the next: a body's quoted name open at its end, a joining word
    ending it ("“Foreign Policy and"), a body's noun alone after it ("Department"), or its department's
    quoted name under it ("TO CC BCP" / "“Foreign Policy and ...")."""
    quoted = tail.count("“") > tail.count("”") or tail.count('"') % 2 == 1
    return (
        quoted
        or line.startswith(("“", '"'))
        or bool(re.search(r"(?i)\b(?:and|of|for)$", tail))
        or line.strip(" .").lower() in ORGANISATION_WORDS
    )


_JOINS = r"(?:AND|OR|OF|TO|IN|ON|FOR|WITH|THE|AT|BY|FROM)"


def _subject_goes_on(value: str, line: str) -> bool:
    """A cable's subject in capitals broken over two lines: the next line, in capitals too, goes on from a
    joining word at either side of the break ("SUBJECT: WHO REGIONAL MEETING ON ASSISTANCE TO NORTH" / "AND
    SOUTH VIETNAM")."""
    text = line.strip()
    if not value.isupper() or not text.isupper() or field_of(text) or marking_of(text) or len(text) > 70:
        return False
    return bool(re.match(rf"{_JOINS}\b", text) or re.search(rf"\b{_JOINS}$", value))


# "FROM THE JOURNAL OF ...", "From the diary of": what the paper was taken from, no sender or place
JOURNAL_HEADING = re.compile(r"(?i)(?:the\s+)?(?:journal|diary|notes|records?|files?)\b")


def _no_addressee(found: Field) -> bool:
    """ "MEMORANDUM FOR THE RECORD"; a form's printed caption in place of a value ("TO: (Officer
    designation, room number, and", "SUBJECT: (Optional)"); "FROM THE JOURNAL OF ...": a heading."""
    if found.label == "from" and JOURNAL_HEADING.match(found.value):
        return True
    if found.feeds == "recipients" and re.match(
        r"(?i)(?:see\s+)?(?:attached\s+)?distribution\b", found.value
    ):
        return True  # "MEMORANDUM FOR: See Distribution": the list below names them
    if found.label.startswith("memo") and re.fullmatch(
        r"(?i)(?:the\s+)?record\.?(?:\s+from\s.*)?", found.value
    ):
        return True
    return found.value.startswith("(") and not re.search(r"\b[A-Z]{2,}", found.value)


_SYMBOL = r"[A-Z]{1,5}(?:/[A-Z]{1,5})*"
_LEADING_SYMBOLS = re.compile(rf"^(?P<run>{_SYMBOL}(?:\s+{_SYMBOL})+)(?=\s+[A-Z][a-z]|\s*$)")


def _symbols_apart(value: str) -> str:
    """Offices' symbols a space apart before the other addressees ("EXO/DDA ADDA DDA Chief, DA Plans
    Staff"): each its own addressee ("EXO/DDA; ADDA; DDA; Chief, DA Plans Staff"), when a slash shows
    them symbols, or none is over three letters (not a name in capitals, "PETER RODMAN")."""
    m = _LEADING_SYMBOLS.match(value)
    words = m.group("run").split() if m else []
    if not m or "/" not in m.group("run") and any(len(w) > 3 for w in words):
        return value
    rest = value[m.end() :].strip()
    return "; ".join([*words, rest] if rest else words)


def _more_names(line: str) -> bool:
    """A line under "MEMORANDUM FOR:" that adds an addressee ("Mr. Duckett", "Gen. Wilson")."""
    text = line.strip()
    if field_of(text) or len(text.split()) > 8 or text.endswith((".", ":")) and len(text.split()) > 3:
        return False
    if _BARE_LABEL.match(text) or re.match(r"^[A-Z][\w .'/&()-]{1,30}:\s", text):
        return False  # a form's next label ("Read By:", "Approved By: Chen Zhongjing")
    if (
        re.search(r"\d", text)
        or marking_of(text)
        or precedence_of(text)  # "INMEDIATA": the precedence, misread by the scan
        or len(text.split()) <= 12
        and doc_type_of(unspaced(text)) != "other"  # "R E P O R T": a heading
        or re.search(r"(?i)\b(?:secret|confidential|codeword)\b", text)
    ):
        return False
    words = text.split()
    lower = [w for w in words if not re.match(r"^[^\w]*[A-Z(]", w) and w not in _SMALL]
    titled = len(words) <= 4 and strip_honorifics(text)[0]  # "Mr. Brec inridge": OCR split a name
    return not lower or bool(titled) and len(lower) == 1


_SMALL = {"of", "the", "and", "for", "de", "van", "von", "der", "du", "la", "al", "in", "-", "–"}
