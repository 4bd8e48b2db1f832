"""Security markings: "TOP SECRET", "Strictly secret.", "Sovershenno sekretno [Top Secret]" -> "Top Secret".

A marking stands alone on its line (or in its cell). What follows it after a slash, a comma or a dash is
handling ("/SENSITIVE/EYES ONLY", ", Copy No. 2"). Markings in the page's original language are read
through :data:`FOREIGN`, and an editor's translation in brackets wins over the table.
"""

from __future__ import annotations

import difflib
import re

from chancery.sources.page.memo import remembered

MARKINGS = (
    "top secret",
    "most secret",  # the British grade above Secret in the Second World War
    "strictly secret",
    "strictly confidential",
    "completely secret",  # a translator's English of "sovershenno sekretno"
    "highly classified",  # the translators' English of a Czechoslovak grade
    "secret",
    "confidential",
    "restricted",
    "limited official use",
    "for official use only",
    "of special importance",
    "special importance",
    "of special significance",  # the same Soviet-bloc grade, as other translators give it
)  # "eyes only" is handling
# Markings in the original languages, with the English the archive's translators give them.
FOREIGN = {
    "sovershenno sekretno": "Top Secret",
    "sov. sekretno": "Top Secret",
    "sekretno": "Secret",
    "sovershenno sekretno (osobaya papka)": "Top Secret",
    "osoboi vazhnosti": "Of Special Importance",
    "osoboy vazhnosti": "Of Special Importance",
    "совершенно секретно": "Top Secret",
    "сов. секретно": "Top Secret",
    "секретно": "Secret",
    "особой важности": "Of Special Importance",
    "streng geheim": "Strictly Secret",
    "geheime verschlusssache": "Secret",
    "geheim": "Secret",
    "vertraulich": "Confidential",
    "vertrauliche verschlusssache": "Confidential",
    "streng vertraulich": "Strictly Confidential",
    "vs-vertraulich": "Confidential",
    "nur für den dienstgebrauch": "For Official Use Only",
    "vs-nur für den dienstgebrauch": "For Official Use Only",
    "diffusion restreinte": "Restricted",
    "для служебного пользования": "For Official Use Only",
    "geheime reichssache": "Top Secret",
    "geheime kommandosache": "Top Secret",
    "très secret": "Top Secret",
    "secret": "Secret",
    "strictement confidentiel": "Strictly Confidential",
    "très confidentiel": "Strictly Confidential",
    "confidentiel": "Confidential",
    "строго секретно": "Strictly Secret",
    "весьма секретно": "Highly Secret",
    "строго конфиденциально": "Strictly Confidential",
    "конфиденциально": "Confidential",
}
# Handling words beside a marking or an addressee: who may read it and how fast it must go.
HANDLING = (
    "eyes only",
    "personal",
    "private",
    "urgent",
    "most urgent",
    "immediate",
    "operational immediate",
    "priority",
    "niact",
    "flash",
    "routine",
    "exdis",
    "nodis",
    "limdis",
    "noforn",
    "sensitive",
    "contains codeword",
    "codeword",
    "for information",
    "by courier",  # how it went: "BY COURIER.", "By courier, Secret"
    "by diplomatic bag",
    "by bag",
)
# Words of handling precedence (the record's ``precedence``), as the handling table writes them.
PRECEDENCE_WORDS = (
    "flash",
    "niact",
    "most urgent",
    "operational immediate",
    "immediate",
    "urgent",
    "priority",
    "routine",
)


def precedence_of(text: str) -> str | None:
    """The precedence word a line is, read through a scan's misreadings ("INMEDIATA" is IMMEDIATE): one
    or two words alone, close enough to the word."""
    word = re.sub(r"[^a-z ]", "", text.lower()).strip()
    if not word or len(word.split()) > 2:
        return None
    if word in PRECEDENCE_WORDS:
        return word
    if len(word) < 6:
        return None
    ratio, best = max((difflib.SequenceMatcher(None, word, w).ratio(), w) for w in PRECEDENCE_WORDS)
    return best if ratio >= 0.75 else None


# A declassification stamp or a reading room's mark on a copy ("DECLASSIFIED", "Approved For Release
# 2003/01/29", "Sanitized Copy Approved for Release", "25X1", "STAT"): no part of the document
DECLASSIFICATION_STAMP = re.compile(
    # (the OCR's misreadings of it too: "Approved For Rejse 2002/02/06")
    r"(?i)^(?:sanitized\s+copy\s+)?(?:approved\s+for\s+(?:release|ease|re\w{1,6}\s+\d{4})|declassified|sanitized\s+copy|"
    r"no\s+objection\s+to\s+declassification|25x1\w*|stat)\b"
)
_WORDS = "|".join(sorted(HANDLING + MARKINGS, key=len, reverse=True))
# A line set letter by letter, as stamps are ("H i g h l y c l a s s i f i e d !")
LETTER_SPACED = re.compile(r"(?:\w ){4,}\w\s?[!.]?")
# Handling trailing an addressee: "KRAJEWSKI, EYES ONLY", "HARRIMAN, TOP SECRET AND PERSONAL".
_TRAILING_HANDLING = re.compile(rf"(?i)[,;]?\s*\b(?:{_WORDS})\b(?:\s*(?:and|,|/)\s*\b(?:{_WORDS})\b)*\s*$")


def strip_handling(text: str) -> str:
    """``text`` without the markings and handling words that trail it."""
    return _TRAILING_HANDLING.sub("", text).strip(" ,;:")


_LEADING_MARKING = re.compile(rf"(?i)^(?:{_WORDS})\b[.,;]?\s+")
_COPY_NUMBER = re.compile(r"(?i)[,;]?\s*\bcopy(?:\s+(?:n[º°o]?\.?|#|№)?\s*\d+)?\s*$")


def without_markings(text: str) -> str:
    """``text`` without the marking and the copy number a header's other column ran into it: "From the
    journal of TOP SECRET A. P. RATANOV Copy no. 2" -> "A. P. RATANOV"."""
    return strip_handling(_COPY_NUMBER.sub("", _LEADING_MARKING.sub("", text.strip())))


# Markings kept as printed: the collections print no translation of them.
AS_PRINTED = {"绝密", "機密", "机密", "秘密", "極秘", "极秘", "극비", "비밀", "대외비", "3급비밀", "2급비밀"}
# The grades a stamp's line may hold among other words, the longer first ("STRICTLY CONFIDENTIAL" is not
# "CONFIDENTIAL")
_GRADES = "top secret|most secret|strictly secret|strictly confidential|secret|confidential"
# A marking in capitals among other text in a header line ("... CIA-RDP89B00423R0001 CONFIDENTIAL ULi ..."):
_IN_CAPITALS = re.compile(
    r"(?<![A-Za-z])(" + _GRADES.upper() + r"|RESTRICTED)(?![A-Za-z])"  # not "SECRETARY"
)


# A marking beside the copy number inside a stamp's line, in any case: "[CPSU CC General Secret Copy Nº 1"
_BEFORE_COPY = re.compile(r"(?i)(?<![A-Za-z])(?P<m>" + _GRADES + r")[.,]?\s+copy\s+(?:N[º°o]|№|#|\d)")


# ... beside a precedence word ("Number 1361 Top Secret Top Urgent Q36RA"), or in brackets at the end of an
# addressee's line ("To Ambassador Jiao [Ruoyu]: (Secret)")
_BESIDE_PRECEDENCE = re.compile(
    r"(?i)(?<![A-Za-z])(?P<m>" + _GRADES + r")[,.]?\s+(?:top\s+|most\s+)?"
    r"(?:urgent|immediate|priority|flash)\b"
    r"|\((?P<b>" + _GRADES + r")\)\.?$"
    # ... or after the last comma of a heading that repeats the title: "Telegram to the Romanian Embassy in
    # Teheran, No. 05/003865, 7 August 1967, Top Secret"
    r"|,\s+(?P<c>" + _GRADES + r")\.?$"
)


def marking_in(line: str) -> str | None:
    """A marking printed in capitals inside a header line (a scan's stamp line, "TOP SECRET-SENSITIVE"), or
    in any case beside the copy's number ("... General Secret Copy Nº 1"), beside a precedence word or in
    brackets closing the line."""
    if m := _IN_CAPITALS.search(line):
        return m.group(1).title()
    m = _BEFORE_COPY.search(line) or _BESIDE_PRECEDENCE.search(line)
    found = m.group("m") or m.groupdict().get("b") or m.groupdict().get("c") if m else None
    if not found or found[:1].islower():
        return None  # "the secret urgent matter": running words, no marking
    return " ".join(w.capitalize() for w in found.split())


_MARKING = re.compile(r"^(?:(?P<m>" + "|".join(MARKINGS) + r"))[.!]?(?:\s*\(?special folder\)?)?$", re.I)
# "Secret. Copy Nº 2", and the copy number set beside it with no stop ("Secret Copy Nº 2")
_HANDLING = re.compile(r"\s*(?:/|,|;|\s[-–—]\s|\.\s)\s*|\s+(?=(?i:copy)\s+(?:N|#|\d))")


def _english(text: str) -> str | None:
    m = _MARKING.match(text.strip())
    if not m:
        return None
    return " ".join(w.capitalize() for w in m.group("m").split())


# The furniture around a marking: a label before it ("Classification: Secret", "Level: Top Secret"), what
# it marks after it ("Secret Document 838", "Foreign Ministry Top Secret File", "Top Secret Document 87",
# "Foreign Ministry Top Secret Telegram").
_LABEL = re.compile(
    r"(?i)^(?:(?:security\s+)?classification(?:\s+(?:level|grade|mark)(?:\s+and\s+[\w ]{3,30})?)?"
    r"|level|grading|marking)\s*:\s*"
)
# A marking at the head of a label's value, words after it ("Confidential classified material 7/7 -16/82")
_MARKING_HEAD = re.compile(r"(?i)^(?P<m>" + "|".join(sorted(MARKINGS, key=len, reverse=True)) + r")\b")
# The document's number before its marking on one line: "16 . Secret" (a DFAT savingram), "No. 5 SECRET"
_NUMBER_FIRST = re.compile(r"^(?:No\.?\s*)?\d{1,5}[a-z]?\s*[.:]?\s+(?=[A-Za-z])")
# A file number before its marking, as German and French offices write it: "204-80.00/94.19/1234/59 geheim"
_FILE_FIRST = re.compile(
    r"^(?:(?=\S*\d)[#№\w./-]{4,40}|(?:[A-ZА-Я]\s+)?(?:№|No\.?)\s*\d[\w./-]*)\s+(?=[A-Za-zÀ-ÿА-Яа-яЁё])"
)  # "204-80.00/94.19/1234/59 geheim", "К № 27/5с Совершенно секретно"
# A file or registration number after the marking, no word of prose first: "-t- b7/1 - 2/89", "27/5 c"
_FILE_AFTER = re.compile(r"^[\s.,!]*(?:[-–]\w{1,3}[-–]\s*)?[\w-]*\d[\w/.-]*(?:\s+\S+){0,5}$")
_MARKS = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}?(?P<m>(?i:"
    + "|".join(MARKINGS)
    + r"))\s+(?i:document|file|dossier|telegram|cable|ciphergram)\b[\w\s.№#:/-]{0,20}$"
)


@remembered()
def marking_of(text: str) -> str | None:
    """The marking a line (or a cell) consists of, in English; None when the line is something else."""
    text = re.sub(r"(?i)^\[(?:stamp:?\s*)?([^\]]+)\]$", r"\1", text.strip())
    text = re.sub(
        r"(?<=[A-Za-z])\[([A-Za-z]+)\]", r"\1", text
    )  # the editor's end of a word: "CONFI[DENTIAL]"
    if LETTER_SPACED.fullmatch(text):
        # a stamp set letter by letter ("H i g h l y c l a s s i f i e d !"): its letters make a marking
        squeezed = re.sub(r"[^\w]", "", text).lower()
        return next((_english(m) for m in MARKINGS if m.replace(" ", "") == squeezed), None)
    if (label := _LABEL.match(text)) and (first := _MARKING_HEAD.match(text[label.end() :])):
        return _english(first.group("m"))  # the label says what follows is the marking, whatever trails it
    text = _LABEL.sub("", re.sub(r"^\((?P<m>[^()]+)\)\.?$", r"\g<m>", text))  # "(Top Secret)"
    if (numbered := _NUMBER_FIRST.match(text) or _FILE_FIRST.match(text)) and (
        found := _english(text[numbered.end() :]) or _foreign(text[numbered.end() :])
    ):
        return found
    if m := _MARKS.match(text):
        return _english(m.group("m"))
    if text in AS_PRINTED:
        return text
    m = re.fullmatch(r"(?P<orig>[^\[\]]+?)\s*\[(?P<en>[^\]]+)\]\.?", text)
    orig = m.group("orig").strip(" .!").lower() if m else ""
    if m and (orig in FOREIGN or _english(orig)):
        return _english(m.group("en")) or FOREIGN.get(orig) or _english(orig)
    if found := _english(text):
        return found
    if (first := _MARKING_HEAD.match(text)) and _FILE_AFTER.match(text[first.end() :]):
        return _english(first.group("m"))  # "Strictly Confidential -t- b7/1 - 2/89 two pages"
    for part in _HANDLING.split(text):  # "Secret, Copy Nº 2", and after how it went: "By courier, Secret"
        if found := _english(part) or _foreign(part):
            return found
        if part.strip(" .").lower() not in HANDLING:
            break
    return None


def _foreign(text: str) -> str | None:
    """A marking in another language, in English by :data:`FOREIGN`; but as printed on a page in Cyrillic,
    as the Chinese and Korean are kept (:data:`AS_PRINTED`): a Russian page's marking is "Совершенно
    секретно", and the ontology knows it by that label."""
    bare = text.strip(" .!")
    found = FOREIGN.get(bare.lower())
    return bare if found and re.search(r"[А-Яа-яЁё]", bare) else found


def in_english(marking: str) -> str:
    """A marking as :func:`marking_of` gives it, in English (to rank it against another)."""
    return FOREIGN.get(marking.lower(), marking)
