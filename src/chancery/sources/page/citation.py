"""Archival citations: which archive, and the parts of the reference (fond, opis, delo, sheets...).

Each archive family is a row of data in :mod:`~chancery.sources.page.archives`: the patterns that name the
archive, the short name the collection uses for it, and the patterns of its reference parts.
The citation keeps its text as written; ``parts`` holds what the patterns recognised, nothing more.
One rule works across the fond/opis/delo families: *bare sheets* (a number range closing the citation
right after the file or its folder, "Delo 100, 270-272", "D. 712. 16-22", is the sheets). The generator
``tests/sources/generators/citation.py`` composes each family's forms.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from chancery.lexicon.cyrillic import latin
from chancery.model import Citation
from chancery.sources.page.archives import (
    FAMILIES,
    LAST_PARTS,
    OFFICE_FILE,
    RUSSIAN_PARTS,
    SWISS_FILE,
    US_FILE,
    Family,
)
from chancery.sources.page.memo import remembered

log = logging.getLogger(__name__)

# A published source: a bulletin, a volume, a publisher and year ("(Beijing: ... chubanshe, 1987)").
_PUBLICATION = re.compile(
    r"(?i)\b(?:bulletin|review|journal|issue|vol\.|volume|edition|ed\.|eds\.|press|chubanshe|verlag|"
    r"publishing|publishers|publication|wenxuan|wengao|wenji|nianpu|selected works)\b|\([^()]*:[^()]*\d{4}\)"
)
_ACRONYM = re.compile(r"\((?P<a>[A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*)*)\)")
_LATIN_ACRONYM = re.compile(
    r"^(?P<a>[A-Z]{2,8}(?:[ -][A-Z]{2,4})?)[.,]?\s+"
    r"(?=(?i:fond|f|op|opis|inv|d|delo|dosar)\b\.?\s*[A-Za-z]{0,3}-?\d)"
)
_CYRILLIC_ACRONYM = re.compile(r"^(?P<a>[А-ЯЁ]{2,8}(?:\s[А-ЯЁ]{2})?)[.,]?\s+(?=[ФфОоДд]|[Фф]онд)")


@dataclass
class _Found:
    family: Family | None
    archive: str
    start: int
    end: int = 0


def _short_name(family: Family, rx: str, m: re.Match[str], text: str) -> str:
    """The archive as the citation abbreviates it: the family's acronym (written with or without spaces,
    "AVP RF" is AVPRF; or one of its aliases, "IPN" is AIPN), another acronym as written ("MNL OL", the
    newer name of MOL; "PolA AA"), or "(ACRONYM)" after the name."""
    if not rx.startswith("(?i)"):
        written = m.group(0)
        same = written in family.aliases or (
            re.sub(r"[\s/-]", "", written).upper() == re.sub(r"[\s/-]", "", family.archive).upper()
        )
        return (
            family.archive
            if same or not re.fullmatch(r"[A-Z][A-Za-z]*(?:[ /-][A-Z][A-Za-z]*)*", written)
            else written
        )
    if acro := re.match(
        r"(?:,\s*[A-Z][\w'’-]+)?\s*\((?P<a>[A-Z][\w -]*)\)", text[m.end() :]
    ):  # ", Warsaw (AAN)"
        written = acro.group("a")
        return (
            family.archive
            if re.sub(r"[\s-]", "", written) == re.sub(r"[\s-]", "", family.archive)
            else written
        )
    if family.common:
        return family.archive
    return m.group(0)


@remembered()
def _archive_mentions(text: str) -> tuple[_Found, ...]:
    """Each family named in ``text``, at the place it is first named (shared: not to be changed)."""
    hits: list[_Found] = []
    for family in FAMILIES:
        found = [(m, rx) for pattern, rx in family.patterns if (m := pattern.search(text))]
        if found:  # the family's name that comes first in the text
            m, rx = min(found, key=lambda f: f[0].start())
            hits.append(_Found(family, _short_name(family, rx, m, text), m.start(), m.end()))
    # a name inside another's ("BArch" in "SAPMO-BArch") is that other archive's
    return tuple(
        h
        for h in hits
        if not any(
            o is not h and o.start <= h.start < o.end and o.end - o.start > h.end - h.start for o in hits
        )
    )


def _find_archive(text: str) -> _Found | None:
    if hits := _archive_mentions(text):
        return min(hits, key=lambda h: h.start)
    if m := _LATIN_ACRONYM.match(text):  # "AOSPRM, fond. 51, inv. 56, dosar 7": an archive, by its acronym
        return _Found(None, m.group("a"), m.start())
    if _PUBLICATION.search(text):
        log.debug("citation %r: a publication, not an archive", text)
        return None
    if m := _ACRONYM.search(text):
        return _Found(None, m.group("a"), m.start())
    if m := _CYRILLIC_ACRONYM.match(text):  # "ЦАОДМ, ф. 3, оп. 52": a Russian archive, by its acronym
        return _Found(None, latin(m.group("a")), m.start())
    if m := re.search(
        r"(?i)[^,;]*\b(?:archives?|archiv\w*|library|arhiv\w*|archivum|levéltár)\b[^,;]*", text
    ):
        # (after a quoted file's title its closing quote goes: '“...,” Ministry of ... Archives')
        name = m.group(0).strip().lstrip("”\"’' ")
        after = text[m.end() :]
        # ", Warsaw" after the name is its city; "Eisenhower Library, Dulles Papers" names a holding in it
        city = re.match(r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,|\.|$)", after)
        if city and not _COLLECTION_WORD.search(city.group(1)):
            name = f"{name}, {city.group(1)}"
        elif _GENERIC.fullmatch(name):
            name = _with_owner(name, after)
        return _Found(None, name, m.start())
    return None


# What a holding's name ends on: "Dulles Papers", "Rusk Files", a collection, not the archive's city
_COLLECTION_WORD = re.compile(r"(?i)\b(?:papers|files?|collections?|records|series|fonds?|documents)$")

# An archive's name that needs its owner to name anything: "Diplomatic Archives", "Central State Archive".
_GENERIC = re.compile(
    r"(?i)(?:the\s+)?(?:(?:central|state|national|diplomatic|historical|main|general|party|foreign policy)"
    r"\s+)*archives?"
)


def _with_owner(name: str, after: str) -> str:
    """ "Diplomatic Archives" + ", Ministry of Foreign Affairs, Republic of Korea, 2006-...": owner joined."""
    for segment in re.split(r",\s*", after.lstrip(", "))[:2]:
        segment = segment.strip().rstrip(".")
        if not segment or re.search(r"\d", segment) or not segment[:1].isupper():
            break
        name = f"{name}, {segment}"
    return name


def _parts(family: Family | None, text: str) -> dict[str, str]:
    specs = family.parts if family else RUSSIAN_PARTS
    parts: dict[str, str] = {}
    for key, rx in specs:
        if key in parts:
            continue  # the first pattern of a key that matches wins
        if m := re.search(rx, text, flags=re.I if family is None or family.ignore_case else 0):
            parts[key] = m.group("v").strip().rstrip(".,; ")
    if family is None and not {"fond", "delo"} & set(parts):
        parts.pop("list_or_pages", None)  # a page number alone, in a free form, is not reliably ours
    bare = (family is None or family.bare_pages) and "delo" in parts and "list_or_pages" not in parts
    if bare and (sheets := _bare_sheets(text, specs)):
        parts["list_or_pages"] = sheets
    return parts


_TRAILING_NUMBER = re.compile(r"[,.]\s*(?P<v>\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$")


def _bare_sheets(text: str, specs: tuple[tuple[str, str], ...]) -> str | None:
    """Rule *bare sheets*: a number or range closing a fond/opis/delo citation, right after its file or the
    file's folder and without a word of its own, is the sheets: "GARF, Fond R-9401ss, Opis' 2, Delo 100,
    270-272.", "AVPRF, fond 06, opis 65, delo 1168, papka 86, 87-99.", "RGASPI. F. 89. Op. 2. D. 712. 16-22."
    """
    if not (m := _TRAILING_NUMBER.search(text)):
        return None
    before = text[: m.start()]
    closes = any(re.search(rx + r"$", before, flags=re.I) for key, rx in specs if key in LAST_PARTS)
    return m.group("v") if closes else None


def _segments(text: str) -> list[str]:
    """One citation line may cite several archives: "APRF, ...; and AVPRF, ...", "APRF, Fond 45, ... and
    AVPRF, Fond 059a, ...", "... A copy was subsequently found in RGASPI, f. 558, ...": each archive's
    parts go with it."""
    starts = sorted({h.start for h in _archive_mentions(text)})
    pieces = [text[a:b] for a, b in zip([0, *starts[1:]], [*starts[1:], len(text)], strict=True)]
    pieces = [re.sub(r"(?:;|,|\band)\s*$", "", p.strip()).strip() for p in pieces if p.strip()]
    pieces = [q for p in pieces for q in re.split(r";\s*(?:and\s+)?(?=[A-Z])", p)]
    out: list[str] = []
    for piece in pieces:
        if out and _find_archive(piece) is None:
            out[-1] = f"{out[-1]}; {piece}"
        else:
            out.append(piece)
    return out


# What an edition says of its copy after the reference: "Подлинник." (the original), "Копия.", "Машинописный
# текст.", "Original.", "Copy." -- not part of the reference
_COPY_NOTE = re.compile(
    r"(?i)(?<=[.,;])\s*(?:подлинник|копия|машинописный\s+текст|машинопись|автограф|original|copy|typescript)\b.*$"
)


def without_copy_note(text: str) -> str:
    """ "Ф. П. Оп. 1. Д. 37. Л. 14. Подлинник." -> "Ф. П. Оп. 1. Д. 37. Л. 14."."""
    return _COPY_NOTE.sub("", text).strip()


# An edition's number of the document before its archival reference: "No. 459 NAI TSCH/3/S16113/A", "618.
# DEA/12447-40", "Nr. 17 PA AA, R 2345"
_EDITION_NUMBER = re.compile(r"^(?:(?:No|Nr|Doc)\.?\s*\d{1,4}[a-z]?\.?|№\s*\d{1,4}\.?|\d{1,4}\.)\s+(?=\S)")


def edition_reference(line: str) -> Citation | None:
    """The archival reference an edition prints beside the document's number, when a known archive's
    family reads a file in it ("No. 160  NAI DFA 305/392" -> NAI, delo "DFA 305/392"); None for any other
    line."""
    m = _EDITION_NUMBER.match(line)
    if m is None or len(line) > 100:
        return None
    cite = parse_citation(line[m.end() :])
    if cite is None or cite.archive is None or "delo" not in cite.parts or cite.also:
        return None
    return cite


# A periodical's issue, as Russian editions cite their source under the text: the title, the year, "№" and
# the issue, perhaps the pages ("Известия ЦК КПСС 1990 № II", "Вопросы истории, 1992, № 2, с. 5-7")
_ISSUE = re.compile(
    r"^(?P<pub>[^\W\d_][^\d№]{3,80}?)[.,]?\s+(?:19|20)\d\d[.,]?\s*№\s*[\dIVXІ]+"
    r"(?:[.,]\s*(?:[Сс]|[Pp]p?)\.\s*\d+(?:\s*[-–]\s*\d+)?)?\.?$"
)


def periodical_issue(line: str) -> Citation | None:
    """A line that cites a periodical's issue and nothing else (rule *issue line*), or None."""
    m = _ISSUE.match(line) if "№" in line and len(line) < 140 else None
    if m is None:
        return None
    return Citation(as_written=line, parts={"publication": m.group("pub").strip(" .,")})


def parse_citation(text: str, archive: str | None = None) -> Citation | None:
    """The citation of ``text`` (the archival part of the Document Information line); ``archive`` is the
    archive a site itself is, for a reference that does not name it ("CAB/128/5" on TNA's pages)."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text or not re.search(r"\w", text):
        return None
    segments = _segments(text)
    cites = [_one(seg) for seg in segments]
    if archive and cites[0].archive is None:
        family = next((f for f in FAMILIES if f.archive == archive), None)
        parts = _parts(family, segments[0]) if family else {}
        cites[0] = Citation(as_written=segments[0], archive=archive, parts={"archive": archive, **parts})
    main = cites[0]
    main.as_written = text
    main.also = cites[1:]
    return main


def _one(text: str) -> Citation:
    # a file number alone: the State Department's ("393.1115/7–1249", "740.0011 PW (Peace)/12–947"), a Swiss
    # signature ("E 1004 1/267"); its words name no archive
    file = (
        re.fullmatch(US_FILE + r"\.?", text.strip())
        or re.fullmatch(SWISS_FILE + r"\.?", text.strip())
        or re.fullmatch(OFFICE_FILE + r"\.?", text.strip())  # "IO Files: US/A/2285"
    )
    if file:
        return Citation(as_written=text, parts={"delo": file.group("v")})
    found = _find_archive(text)
    if found is None:
        log.debug("citation %r: no archive recognised", text)
        parts = _parts(None, text)  # a fond, inventory and file without their archive ("Ф. П. Оп. 1. Д. 37.")
        return Citation(as_written=text, parts=parts if {"fond", "opis", "delo"} <= set(parts) else {})
    parts = _parts(found.family, text)
    parts = {"archive": found.archive, **parts}
    # a file's title in quotes before the archive: '“ANEXO Secreto—600—OUTUBRO DE 1962///,” Ministry of ...'
    if "delo" not in parts and (
        quoted := re.match(r"^[“\"](?P<t>[^”\"]{3,200}?),?[”\"],?\s+\S", text.strip())
    ):
        parts["delo"] = quoted.group("t").strip(" ,")
    return Citation(as_written=text, archive=found.archive, parts=parts)
