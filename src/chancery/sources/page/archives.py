"""Archive families: how citations name each archive, its usual short name, and the patterns of its parts.

Each archive is one row of :data:`FAMILIES`; adding an archive is a few lines here. The parts a family
knows are (key, regex) pairs whose group ``v`` is the value; the first pattern of a key that matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_V = r"(?P<v>[A-Za-zА-Яа-я]{0,3}-?\d[\w/.-]*?)(?=[,;.]?(?:\s|$))"
PAGES = (
    r"(?P<v>(?:listy|listov|list|ll|l|pages|page|pp|p|sheets?|fols?|folios?|filele|fila|str|s|листы|лист|лл|л)\.?\s*"
    r"\d[\d\s,–-]*\d|(?:listy|list|ll|l|pages|page|pp|p|sheets?|fila|str|s|листы|лист|лл|л)\.?\s*\d+|"
    # a sheet the file leaves without its number
    r"\b(?:unnumbered|unpaginated|not numbered)\s+(?:pages?|sheets?|listy?)\b)"
)

# Sheets in German and Polish: Blatt, karta (and pages).
_SHEETS = r"(?<![\w.])(?P<v>(?:Bl|k|pp?|S)\.\s*\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?)"
# German signatures: "Signatur: ...", "A 13929", "DY 30/3386".
_GERMAN_PARTS: tuple[tuple[str, str], ...] = (
    ("delo", r"\bSignatur:?\s*(?P<v>[^,;]+)"),
    ("list_or_pages", _SHEETS),
)

# Polish: zespół (fond), wiązka (bundle), teczka (file), karta (sheets).
_POLISH_PARTS: tuple[tuple[str, str], ...] = (
    ("fond", r"\b(?:z|zesp(?:ół)?)\.?\s*(?P<v>\d+\w*)(?=[,;]|\s+w)"),
    ("papka", r"\b(?:w|wiązka|wiaz)\.\s*(?P<v>\d+\w*)"),
    ("delo", r"\b(?:t|teczka|teka)\.\s*(?P<v>\d+[\w/]*)"),
    ("list_or_pages", _SHEETS),
)
# The same parts with the letter glued to the number, in any order: "DV Z12 T404 W17" (zespół Z12, wiązka
# W17, teczka T404); the value keeps its letter as written. The bundle is the inventory here.
_POLISH_GLUED: tuple[tuple[str, str], ...] = tuple(
    (key, rf"(?<![\w/.-])(?P<v>[{letter}]\d+[a-z]?)(?=[,;.]?(?:\s|$))")
    for key, letter in (("fond", "Zz"), ("opis", "Ww"), ("delo", "Tt"))
)
# Czech: fond, svazek (volume), archivní jednotka / inventární číslo (the unit).
_CZECH_PARTS: tuple[tuple[str, str], ...] = (
    ("fond", r"\bfond\.?\s*(?P<v>[\w/.-]*\d[\w/-]*)"),
    ("volume", r"\b(?:sv|svazek)\.?\s*(?P<v>\d+\w*)"),
    ("delo", r"\b(?:ar\.\s?j|a\.\s?j|inv\.\s?č|i\.\s?č)\.?\s*(?P<v>\d+[\w/]*)"),
    # the envelope (obal) within the ministry's box (krabice), kept with its word as the page writes it
    ("delo", r"\b(?P<v>obal\s+\d+\w*)"),
    ("box", r"\b(?:karton|kart|box)\.?\s*(?P<v>\d+\w*)"),
    ("box", r"\b(?P<v>krabice\s+\d+\w*)"),
    ("list_or_pages", _SHEETS),
)

# A fond named by its words before the word Fond, as a part of its own: "Political Affairs Fond, Telegrams
# from Pyongyang, ..."; "Fond of the Central Committee" is not one, nor "Fond 17" (numbered)
NAMED_FOND = (
    r"(?:^|[,;]\s*)(?P<v>(?-i:[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w'’-]*))*\s+Fonds?))"
    r"(?=\s*[,;.]|$)"
)

# The folder (papka) of the fond/opis/delo family, in either script ("papka 86", "p. 317", "п. 414").
_PAPKA = r"papka|pap|папка|п"
# Parts of the fond/opis/delo family (Russian and Soviet-style archives, and free forms that use its words).
RUSSIAN_PARTS: tuple[tuple[str, str], ...] = (
    ("fond", r"\b(?:fond|f|фонд|ф)\.?\s*" + _V),
    # the inventory and the file as Romanian and Moldovan archives write them: "inv. 56, dosar 7, fila 8"
    # ... and "On. 1.", the Cyrillic "Оп." read as Latin letters by a scan or a copy
    ("opis", r"\b(?:opis['’]?|op|dans|опись|оп|inv|inventar|on(?=\.\s*\d))\.?\s*" + _V),
    ("delo", r"(?:\b(?:delo|d|kh/n|khn|дело|д|dosar)\.?|\ba\.\s?e\.)\s*" + _V),
    ("papka", rf"\b(?:{_PAPKA})\.?\s*" + _V),
    ("list_or_pages", r"(?<![\w.])" + PAGES),
    # a fond named by a letter, before its inventory ("Ф. П. Оп. 1. Д. 37."); after the others, which the
    # families take by position
    ("fond", r"\b(?:fond|фонд|ф)\.?\s*(?P<v>[A-ZА-Я])(?=\.?\s+(?:op|оп)\b)"),
    ("fond", NAMED_FOND),
)
# The parts a bare number range after them closes (rule *bare sheets* of ``citation``): the file, its folder.
LAST_PARTS = ("delo", "papka")


# US government file numbers: decimal ("120.1580/7–2455", "684A.85322/3–1062") and subject-numeric
# ("POL 19 RYU IS", "POL JAPAN–US", "DEF 19-8 US-IND") files of the Department of State.
# a decimal file with its subject's words or numbers before the slash ("462.00 R 29/647", "740.00112A European
# War 1939/479a", "740.00119 Potsdam/8–745", "740.0011 PW (Peace)/12–947"), or without a slash ("711.5611")
DECIMAL_FILE = (
    # subject words after the number: "462.00 R 29/647", "740.0011 PW (Peace)/12–947", "740.00111 A.R./1318"
    r"\d{3}[A-Za-z]?\.[\dA-Za-z]+(?:[–-][A-Z]{2,4})?"
    # ... and a subject's date: "711.00 Statement July 16, 1937/84a"
    r"(?:\s+(?:[A-Z][a-z]+|[A-Z]{1,3}|(?:[A-Z]\.){1,4}|\d{1,4},?|\([A-Z][a-z]+\))){0,4}?"
    r"/[\dA-Za-z]+(?:[–—-]\d+)?"
    # the class and its subject with no decimal point, then the date: "026 China/7–1849"
    r"|\d{3}\s+[A-Z][a-z]+/\d{1,2}[–—-]\d{3,4}"
    r"|\d{3}[A-Za-z]?\.[\dA-Z]+(?:[–-][A-Z]{2,4})?(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)
US_FILE = (
    r"(?P<v>\b(?:" + DECIMAL_FILE + r")|\b(?:POL|DEF|ECON|FN|FT|AID|ORG|PER|SOC|CSM|INCO|E|"
    r"ED|PET|POW|CUL|SCI|TEL|AV|INT|CFA|IA|AGR|LAB|PS|PR|ST|TP|TRV|STR|SP|E)(?:\s+(?:\d+(?:-\d+)*|"
    r"[A-Z]{2,}(?:[–-][A-Z]+)*))+)"
)


# The folder of a US series, as FRUS cites it: what closes the citation after its last series (a segment
# ending in Files, File, Papers, Series or Materials, or a Lot file's number), when it is no box: "Kennedy
# Library, National Security Files, Countries Series, Germany, Berlin.", "Department of State, Rusk Files:
# Lot 72 D 192, Chron.", "Eisenhower Library, Dulles Papers, Meetings with the President."
_SERIES_END = r"(?:Files?|Papers|Series|Materials(?: Project)?|Lot(?: File)?\s+\d+\s*D\s*\d+)"
US_FOLDER = (
    rf"(?-i:\b{_SERIES_END}),\s*(?P<v>(?=(?-i:[A-Z]))(?:(?!(?-i:\b(?:Box|{_SERIES_END})\b))[^;])+?)\.?$"
)

# An office's files and a paper's number in them, as FRUS cites the UN delegation's: "IO Files: US/A/2285"
OFFICE_FILE = r"(?:[A-Z][\w/&]*\s+){1,3}Files?:\s*(?P<v>[A-Z]{1,4}/[\w/.-]+)"

# A Swiss Federal Archives signature as the Diplomatic Documents of Switzerland cite it: the series letter and
# the holding's number, then the accession and the volume ("E 1004 1/267", "E 2001 (E) 1/12", "J I.131 1/2")
SWISS_FILE = r"(?P<v>\b[EJKM]\s?\d{1,4}(?:\.\d+)?(?:\s?\([A-Z]\))?\s+\d{1,4}/\d{1,5}\b)"


# An acronym a transliteration writes in mixed case ("RTsKhIDNI", "TsKhSD"), set in capitals by other pages
# ("RTSKHIDNI")
_MIXED_ACRONYM = re.compile(r"^\\b(?P<a>[A-Z][A-Za-z]*[a-z][A-Za-z]*[A-Z])\\b$")


@cache
def _compiled(names: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for rx in names:
        out.append((re.compile(rx), rx))
        if mixed := _MIXED_ACRONYM.match(rx):
            out.append((re.compile(rf"\b{mixed.group('a').upper()}\b"), rx))
    return tuple(out)


@dataclass(frozen=True)
class Family:
    """One archive: how citations name it, its short name, and the patterns of its parts."""

    archive: str
    names: tuple[str, ...]  # regexes (case-sensitive for acronyms, (?i) inline for spelled-out names)
    parts: tuple[tuple[str, str], ...] = RUSSIAN_PARTS
    bare_pages: bool = True  # a trailing number range after the last part is the sheets
    common: bool = True  # a spelled-out name is cited by this short name (else as the page spells it)
    ignore_case: bool = True  # the part patterns ignore case
    aliases: tuple[str, ...] = ()  # other acronyms the collection cites by the short name ("IPN" for AIPN)

    @property
    def patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """The name patterns compiled, each with its source."""
        return _compiled(self.names)


FAMILIES: tuple[Family, ...] = (
    Family("GARF", (r"\bGARF\b", r"\bГАРФ\b", r"(?i)State Archives? of the Russian Federation")),
    Family(
        "RGASPI",
        (
            r"\bRGASPI\b",
            r"\bРГАСПИ\b",
            r"\bRTsKhIDNI\b",
            r"(?i)Russian State Archive of Soci(?:o-|al and )Political History",
        ),
    ),
    Family(
        "RGANI",
        (r"\bRGANI\b", r"\bРГАНИ\b", r"\bTsKhSD\b", r"(?i)Russian State Archive of Contemporary History"),
    ),
    Family(
        "APRF",
        (
            r"\bAPRF\b",
            r"\bAP RF\b",
            r"\bАП РФ\b",
            r"(?i)Archive of the President of the Russian Federation",
            r"(?i)Presidential Archive",
        ),
    ),
    Family(
        "AVPRF",
        (
            r"\bAVPRF\b",
            r"\bAVP RF\b",
            r"\bАВП РФ\b",
            r"(?i)Archive of Foreign Policy,? (?:of )?the Russian Federation",
            r"(?i)Foreign Policy Archive of the Russian Federation",
        ),
        parts=RUSSIAN_PARTS[:3]
        + (
            ("papka", rf"\b(?:{_PAPKA}|p)\.?\s*" + _V),  # the Ministry's "p." is the papka, not a page
            ("list_or_pages", r"(?<![\w.])" + PAGES.replace("|pp|p|", "|")),
        ),
    ),
    Family("TsAMO", (r"\bTsAMO\b", r"(?i)Central Archives? of the (?:Russian )?Ministry of Defen[cs]e")),
    Family("RGAE", (r"\bRGAE\b", r"(?i)Russian State Archive of the Economy")),
    Family("RGVA", (r"\bRGVA\b", r"(?i)Russian State Military Archive")),
    Family(
        "PRC FMA",
        (
            r"\bPRC FMA\b",
            r"(?i)Chinese Foreign Ministry Archives?",
            r"(?i)Foreign Ministry Archives?,? PRC",
            r"(?i)PRC (?:Foreign Ministry|MFA) Archives?",
            r"(?i)Archives? of the (?:Chinese )?(?:Ministry of Foreign Affairs|Foreign Ministry),? "
            r"(?:of )?(?:the )?(?:PRC|People's Republic of China)",
        ),
        parts=(
            ("delo", r"(?P<v>\b\d{3}-[A-Z]?\d{4,5}(?:-\d{1,3})?)"),
            (
                "list_or_pages",
                r"\b\d{3}-[A-Z]?\d{4,5}(?:-\d{1,3})?,\s*(?:pp?\.\s*)?(?P<v>\d[\d\s,–-]*?)"
                r"(?=\.?$|\.\s)",
            ),
        ),
    ),
    Family(
        "Department of State",
        (
            # not the name of a record group ("RG 59, General Records of the Department of State")
            r"(?i)(?<!Records of the )\bDepartment of State\b"
            r"(?=,?\s+(?:Central|Decimal|Lot|[\w/]+ Files|Files|S/S|Conference|"
            r"Executive Secretariat|Presidential|Records|INR|Office))",
        ),
        parts=(("delo", US_FILE), ("delo", US_FOLDER)),
        bare_pages=False,
    ),
    Family(
        "NAA",
        # the older DFAT pages cite its series with "FA:" ("[FA: A3196, 0.3001]")
        (r"\bNAA\b", r"(?i)National Archives of Australia", r"^\[?(?:AA|FA)\s*:", r"\bAustralian Archives\b"),
        parts=(
            ("series", r"^\[?(?:N?AA|FA)\s*:\s*(?P<v>[A-Z]{1,4}\d+\w*)"),
            ("delo", r"^\[?(?:N?AA|FA)\s*:\s*[A-Z]{1,4}\d+\w*,\s*(?P<v>[^\]]+?)\]?\s*$"),
        ),
        bare_pages=False,
    ),
    Family(
        "NARA",
        (
            r"\bNARA\b",
            r"(?i)National Archives? (?:and Records Administration|II|at College Park)",
            r"(?i)U\.?S\.? National Archives",
            # spelled out without "U.S.": a US record group, box, presidential library or decimal file follows
            r"(?i)\bNational Archives?\b(?!,? (?:Prague|of\b|Kew|\(TNA))(?=.*\b(?:RG ?\d|Record Group|"
            r"Box ?\d|Presidential|NSC|Central (?:Decimal|Foreign Policy) Files?|"
            r"College Park|Nixon|Lot File))",
        ),
        parts=(
            ("delo", US_FILE),
            ("delo", US_FOLDER),
            ("record_group", r"\b(?:RG|Record Group)\s*(?P<v>\d+)"),
            ("entry", r"\b(?:Entry|Lot(?: File)?)\s*(?P<v>[\w-]*\d[\w-]*)"),
            ("entry", r"\b[Ee]ntry\s*(?P<v>[\w-]+)"),
            ("box", r"\b[Bb]ox\s*(?P<v>[\w-]+)"),
            ("folder", r"\b[Ff]older\s*(?P<v>[^,;.]+)"),
        ),
        bare_pages=False,
    ),
    Family(
        "SAPMO-BArch",
        (r"\bSAPMO[- ]?(?:BArch|BA)\b", r"(?i)Stiftung Archiv der Parteien"),
        parts=(
            *_GERMAN_PARTS,
            ("delo", r"\b(?P<v>(?:DY|NY|DC|DE|DO|J IV)\s*[\w/ .-]*?\d)(?=[,;.]?(?:\s|$))"),
        ),
        bare_pages=False,
        ignore_case=False,
    ),
    Family(
        "BA-MA",
        (
            r"\bBA-MA\b",
            r"(?i)Bundesarchiv[- ]Milit[äa]rarchiv",
            r"(?i)(?:German )?Federal Military Archives?",
        ),
        parts=(*_GERMAN_PARTS, ("delo", r"\b(?P<v>[A-Z]{1,3}\s*\d+[\w/ -]*?\d)(?=[,;.]?(?:\s|$))")),
        bare_pages=False,
        ignore_case=False,
    ),
    Family(
        "BArch",
        (r"\bBArch\b", r"\bBundesarchiv\b"),
        parts=(*_GERMAN_PARTS, ("delo", r"\b(?P<v>[A-Z]{1,3}\s*\d+[\w/ -]*?\d)(?=[,;.]?(?:\s|$))")),
        bare_pages=False,
        ignore_case=False,
    ),
    Family(
        "PA AA",
        (
            r"\bPA AA\b",
            r"\bPA/AA\b",
            r"(?i)Politisches Archiv des Ausw",
            r"(?i)Political Archives? of the (?:German )?(?:Federal )?Foreign Office",
        ),
        parts=(*_GERMAN_PARTS, ("delo", r"\b(?P<v>[A-Z]{1,3} \d{1,6}[a-z]?)(?=[,;.]?(?:\s|$))")),
        bare_pages=False,
    ),
    Family(
        "BStU",
        (r"\bBStU\b",),
        # the signature is the file, as PA AA's "A 7137" is: a unit of the MfS and its number ("MfS, ZAIG
        # 5382", "HA XX 4567", "AP 1234/56", "AIM 1234/75", "ZAIG, Nr. 4567"), without the "MfS"
        parts=(
            (
                "delo",
                r"(?<![\w-])(?P<v>[A-Z]{1,5}(?:\s[IVX]+)?(?:/\d+)?(?:,?\sNr\.)?\s\d+(?:/\d+)?)(?=[,;.]?(?:\s|$))",
            ),
            # the units apart by commas, the file's number its own segment: "BStU, ZA, HA X, 245, p. 50-51."
            ("delo", r"(?:,\s*)(?P<v>\d+(?:/\d+)?)(?=\s*,|\.?$)"),
            ("list_or_pages", _SHEETS),
        ),
        bare_pages=False,
        ignore_case=False,
    ),
    Family(
        "MOL",
        (
            r"\bMOL\b",
            r"\bMNL[- ]OL\b",
            r"(?i)Hungarian National Archives",
            r"(?i)Magyar Orsz[aá]gos Lev[eé]lt[aá]r",
        ),
        parts=(
            # the series and its subseries of a country or body, in whatever letters ("XIX-J-1-j Korea",
            # "XIX-J-1-j É-Korea", "XIX-J-1-j ENSZ", "XIX-J-1-k Német Demokratikus Köztársaság")
            (
                "fond",
                r"(?P<v>\b[XIV]+-[A-Z](?:-[\w]+)*(?:\s+(?!doboz\b)[^\W\d_][\w'-]*)*)(?=\s*[,;.(]|\s+\d|$)",
            ),
            ("fond", r"\b(?P<v>\d+)\.\s*f\."),  # party archive: "M-KS 288. f. 5/317. ő.e."
            ("box", r"(?P<v>\d+\.\s*doboz)"),
            ("delo", r"(?P<v>[\w/-]+)\.?\s+t[ée]tel\b"),
            ("delo", r"\bf\.\s*(?P<v>[\d/]+)\.?\s*ő\.\s?e\."),
            ("delo", r"doboz,\s*(?P<v>[^,]+?)(?=,)"),
            ("list_or_pages", r"doboz,\s*[^,]+,\s*(?P<v>[^,]+?)\.?$"),
            ("list_or_pages", r"(?<![\w.])" + PAGES),
        ),
        bare_pages=False,
        ignore_case=False,
    ),
    Family(
        "AMSZ",
        (
            r"\bAMSZ\b",
            r"(?i)Polish (?:Foreign Ministry|Ministry of Foreign Affairs) Archives?",
            r"(?i)Archives? of the Polish (?:Foreign Ministry|Ministry of Foreign Affairs)",
            r"(?i)Archiwum Ministerstwa Spraw Zagranicznych",
            # "Archive of Ministry of Foreign Affairs, Republic of Poland"
            r"(?i)Archives? of (?:the )?(?:Ministry of Foreign Affairs|Foreign Ministry),? (?:of )?(?:the )?"
            r"(?:Republic of )?Poland",
        ),
        parts=(
            ("delo", r"(?P<v>\d+/\d+\s+w-\d+(?:\s+t-\d+)?)"),
            # a department's file designation, then the sheet: "D-I-R-0-2413-6-72, 1"
            ("delo", r"(?P<v>\b[A-Z](?:-[A-Z0-9]+){3,})(?=,|\s|$)"),
            ("list_or_pages", r"\b[A-Z](?:-[A-Z0-9]+){3,},\s*(?:p\.\s*|k\.\s*)?(?P<v>\d+(?:[-–]\d+)?)\b"),
            ("collection", r"^(?P<v>Szyfrogramy[^,]*)"),
            *_POLISH_GLUED,
            *_POLISH_PARTS,
        ),
        bare_pages=False,
    ),
    # the archive of Poland's Institute of National Remembrance, by its signature ("AIPN, 2602/7974", "IPN BU
    # 2602/7974", the branch's letters before it); "t." there is a volume (tom)
    Family(
        "AIPN",
        (
            r"\bAIPN\b",
            r"\bIPN\b",
            r"(?i)Institute of National Remembrance",
            r"(?i)(?:Archiwum )?Instytut(?:u)? Pami[ęe]ci Narodowej",
        ),
        parts=(
            ("delo", r"(?<![\w/.-])(?P<v>\d+/\d+(?:/\d+)*)(?![\w/])"),
            ("volume", r"\bt\.\s*(?P<v>\d+)"),
            ("list_or_pages", _SHEETS),
        ),
        bare_pages=False,
        aliases=("IPN",),
    ),
    Family(
        "AAN",
        (r"\bAAN\b", r"(?i)Archiwum Akt Nowych", r"(?i)Archive of Modern Records"),
        parts=(
            ("fond", r"(?:^|,\s*)(?P<v>KC PZPR)\b"),
            ("delo", r"\b(?P<v>[XVIL]+\s*[A-Z]?[/-]\d+)"),  # "XI A/14", "LXXVI-1027"
            *_POLISH_PARTS,
        ),
        bare_pages=False,
        common=False,
        ignore_case=False,
    ),
    Family(
        "AMAE",
        (
            r"\bAMAE\b",
            r"(?i)Archives? of the Romanian Ministry of Foreign Affairs",
            r"(?i)Romanian (?:Ministry of Foreign Affairs|Foreign Ministry) Archives?",
        ),
        parts=(
            ("folder", r"\bFolder\s+(?:no\.?\s*)?(?P<v>\d[\w/.-]*)"),  # "Folder 784/1978", "Folder no. 1495"
            # the matter (problema) of the folder, as the translations call it: "Matter 20/1964", "Issue 220"
            (
                "delo",
                r"\b(?P<v>(?:Matter|Issue|Problem|Problema)\s+(?:no\.?\s*)?\d[\w/.-]*?)(?=[,;.:]?(?:\s|$))",
            ),
            ("fond", NAMED_FOND),
        ),
        bare_pages=False,
    ),
    Family(
        "ANIC",
        (r"\bANIC\b", r"(?i)Romanian National Archives", r"(?i)Arhivele Na[tţț]ionale"),
        parts=(
            ("fond", r"\b[Ff]ond(?:ul)?\s+(?P<v>[^,;]+)"),
            ("fond", NAMED_FOND),
            ("delo", r"\b(?:[Ff]ile|[Dd]osar)\s+(?P<v>[\w/.-]+)"),
            ("list_or_pages", r"(?<![\w.])" + PAGES),
        ),
        bare_pages=False,
    ),
    Family(
        "AQSH",
        (r"\bAQSH\b", r"(?i)Albanian (?:Central )?State Archives?", r"(?i)Central State Archives?, Tirana"),
        parts=(
            ("fond", r"(?P<v>\bF\.?\s*\d+\w*)\s*/"),
            ("opis", r"/\s*(?P<v>L\.?\s*\d+\w*)\s*/"),
            ("delo", r"/\s*(?P<v>D\.?\s*\d+\w*)"),
            ("year", r"\bViti\s*(?P<v>\d{4})"),
        ),
        bare_pages=False,
        common=False,
        ignore_case=False,
    ),
    Family("TsDA", (r"\bTsDA\b", r"\bCDA\b", r"\bTsDA\b", r"(?i)Central State Archives?,? (?:in )?Sofia")),
    Family("AMVnR", (r"\bAMVnR\b", r"(?i)Archive of the (?:Bulgarian )?Ministry of Foreign Affairs,? Sofia")),
    Family(
        "National Archive, Prague",
        (r"(?i)National Archives?,? (?:in )?Prague", r"(?i)N[áa]rodn[íi] archiv"),
        parts=_CZECH_PARTS,
        bare_pages=False,
        common=False,
    ),
    # the State Central Archive, Prague (Státní ústřední archiv), the National Archive's name until 2005
    Family(
        "SÚA",
        (
            r"\bS[ÚU]A\b",
            r"(?i)St[áa]tn[íi] [úu]st[řr]edn[íi] archiv",
            r"(?i)(?:State Central|Central State) Archives?,? (?:in )?(?:Prague|Praha)",
        ),
        parts=_CZECH_PARTS,
        bare_pages=False,
        aliases=("SUA",),
    ),
    Family(
        "AMZV",
        (
            r"\bAMZV\b",
            r"\bMZV\b",
            r"(?i)Archives? of the (?:Czech(?:oslovak)? )?(?:Ministry of Foreign Affairs|Foreign Ministry)"
            r"(?: of the Czech Republic)?,? Prague",
        ),
        parts=_CZECH_PARTS,
        bare_pages=False,
    ),
    Family(
        "TNA",
        (
            r"\bTNA\b",
            r"\bPRO\b",
            r"(?i)The National Archives(?: of the (?:UK|United Kingdom)|,? Kew)",
            r"(?i)Public Record Office",
        ),
        # the department's letters, series and piece: "CAB 128/35", "CAB/128/5", "FO 371/135928"
        parts=(("delo", r"(?P<v>\b[A-Z]{1,5}\s*/?\s*\d{1,4}\s*/\s*\d+[A-Z]?\b)"),),
        bare_pages=False,
    ),
    # Ireland's National Archives, cited by the department's file after the name: "NAI DFA 305/392", "NAI
    # TSCH/3/S16113/A", "NAI DFA Secretary's Files A2"
    Family(
        "NAI",
        (r"\bNAI\b", r"(?i)National Archives of Ireland"),
        # the department's fonds by its letters, then its file: "NAI DFA 305/392", "NAI DFA/6/417/128/1",
        # "NAI DT S6318", "NAI DFA Secretary's Files A53"
        parts=(
            ("fond", r"\bNAI,?\s+(?P<v>[A-Z]{2,5})(?=[\s/]+\S)"),
            ("delo", r"\bNAI,?\s+(?:[A-Z]{2,5}[\s/]+(?=\S))?(?P<v>[^;]*?\w)\.?$"),
        ),
        bare_pages=False,
    ),
    # University College Dublin Archives, a private collection by its number, then the item: "UCDA P150/2179"
    Family(
        "UCDA",
        (r"\bUCDA\b", r"(?i)University College Dublin Archives"),
        parts=(
            ("fond", r"\bUCDA,?\s+(?P<v>P\d+[A-Z]?)(?=/)"),
            ("delo", r"\bUCDA,?\s+P\d+[A-Z]?/(?P<v>[\w/.-]*\w)"),
        ),
        bare_pages=False,
    ),
    # Canada's Department of External Affairs, by its file number: "DEA/12447-40"
    Family("DEA", (r"\bDEA\b",), parts=(("delo", r"\bDEA\s*/\s*(?P<v>[\w/.-]*\w)"),), bare_pages=False),
    Family(
        "AJ",
        (r"\bAJ\b", r"(?i)Archives? of Yugoslavia", r"(?i)Arhiv Jugoslavije"),
        parts=(),
        bare_pages=False,
    ),
    # the presidential libraries, as the page names them ("Kennedy Library", "Dwight D. Eisenhower
    # Presidential Library"); their folder closes the citation
    Family(
        "Presidential Library",
        (
            r"(?i)(?-i:\b(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s*)*)?)(?:Hoover|Roosevelt|Truman|Eisenhower|Kennedy|"
            r"Johnson|Nixon|Ford|Carter|Reagan|Bush|Clinton)\s+(?:Presidential\s+)?Library",
        ),
        parts=(("delo", US_FOLDER),),
        bare_pages=False,
        common=False,
    ),
    Family(
        "Library of Congress",
        (r"(?i)Library of Congress",),
        parts=(("collection", r"^(?P<v>[^,]*Papers[^,]*)"),),
        bare_pages=False,
    ),
)
