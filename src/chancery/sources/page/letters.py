"""The parts a letter has and a telegram has not: salutation, complimentary close, signature block,
and the addressee's address, printed above the salutation or at the foot of the letter::

    February 14, 1947.                       DEPARTMENT OF STATE
    Mr. Germain Seligmann,                   ...
    c/o Jacque Seligmann & Company,          My dear Mr. President:
    New York 22, New York.                   <text>
    Dear German:                             Faithfully yours,
    <text>                                   Summer Welles
    Sincerely yours,                         Enclosures: ...
    Charles R. Henschel                      The President,
    Charles R. Henschel.                     The White House.

The addressee is the first line of the inside address, else of the foot address, else the salutation's
words; the signature block's first name line is the writer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.lexicon.countries import COUNTRIES
from chancery.model import Agent
from chancery.sources.page.names import parse_agent, parse_agents
from chancery.sources.page.places import is_known_place
from chancery.sources.page.quotes import passed_on
from chancery.sources.page.signature import ADDRESSED, SALUTED, read_signature

SALUTATION = re.compile(
    r"(?i)^(?:my\s+)?(?:(?:very\s+)?dear(?:est)?|honou?red|respected|esteemed|most\s+\w+)\b(?P<who>[^:!]*)[:,!]$"
    # "Dear Colleague", with no comma after it
    r"|^(?-i:(?:My\s+[Dd]ear|Dear))\s+(?P<plain>(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2})$"
    r"|^(?P<bare>sir|madam|gentlemen|excellency|your\s+excellency|monsieur\s+le\s+\w+|my\s+lord(?:\s+duke)?|"
    r"ваше\s+превосходительство|(?:глубоко)?уважаем\w+(?:\s+[\w.-]+){0,3}|дорог\w+(?:\s+[\w.-]+){0,3}|"
    # German and French: "Sehr verehrter Herr Präsident!", "Lieber Freund,", "Monsieur le Ministre,"
    r"sehr\s+(?:geehrte|verehrte)[rs]?(?:\s+\w+){1,3}|liebe[rs]?(?:\s+\w+){1,3}|"
    r"(?:mon\s+)?cher(?:e)?(?:\s+\w+){1,3}|madame(?:\s+\w+){0,2}|messieurs|monsieur(?:\s+\w+){0,3}|"
    # Irish, as the Department of External Affairs wrote it: "A Chara," (dear friend), "A Dhuine Uasail,"
    r"a\s+chara|a\s+dhuine\s+uasail)[:,!]—?$"
    # in capitals with the text after it on the line: "MY ESTEEMED STATE SECRETARY: Concerning my talk ..."
    r"|^(?-i:(?:MY\s+(?:DEAR|ESTEEMED|HONOU?RED)|DEAR)\s+(?P<shout>[^:!,a-z]{2,40})):\s+\S"
    # run into the first sentence, as editions set a short letter: "Dear Moffat: Herewith a copy ..."
    r"|^(?-i:(?:My\s+)?Dear\s+(?P<run>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})):\s+(?-i:[A-Z])"
    # a Russian letter greets by name and patronymic, or a comrade by name with a cry: "Alexei Maximovich:",
    # "Comrade Stalin!"
    r"|^(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna))[:!,]$"
    r"|^(?-i:(?:Comrade|Cde\.)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})!$"
)
# (a word of a name, or the editor's completion of it: "Chairman [Mao Zedong], [Liu] Shaoqi, and the Central
# Committee")
_HAILED_WORD = r"(?:\[[^\]]{1,30}\]|[A-Z][\w.'’-]*)"
_HAILED_ITEM = rf"(?:the\s+)?{_HAILED_WORD}(?:\s+{_HAILED_WORD}){{0,3}}"
_COMRADES_HAILED = re.compile(
    rf"(?:To\s+)?(?:Comrades?|Cdes?\.)\s+(?P<who>{_HAILED_ITEM}"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+){_HAILED_ITEM}){{0,4}})\s*[!,:]?"
)
_RESPECTFULLY = (
    r"resp(?:ec)?t?(?:full)?y|resp['’]y"  # as a clerk abbreviates it: "Yours Respty", "Very Resp'y"
)
CLOSE = re.compile(
    r"(?i)^(?:(?:very\s+)?(?:sincerely|faithfully|cordially|truly|respectfully|affectionately|fraternally|"
    + _RESPECTFULLY
    + r")(?:\s+yours)?"
    r"|yours(?:\s+(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|fraternally|ever|"
    + _RESPECTFULLY
    + r"))?"
    r"|with\s+(?:\w+\s+){0,5}(?:greetings|regards|respect|wishes|esteem|consideration)"
    r"|(?:best|kind|warm)\s+regards|regards|as\s+ever"
    r"|i\s+(?:am|remain),?\s+(?:\w+\s+){0,4}yours(?:\s+\w+)?"
    r"|i\s+have[,.]?\s*(?:the\s+honou?r\s+to\s+be[^&]{0,60}?)?(?:&c|ac)\.?[.,]*"  # a despatch's "I have, &c."
    # a despatch's close in full: "I have the honour to be, Sir, / Your most obedient humble Servant,"
    r"|i\s+have\s+the\s+honou?r\s+to\s+be(?:[,\s]+(?:sir|madam|my\s+lord(?:\s+duke)?|your\s+excellency))?"
    r"|(?:your\s+(?:[\w'’]+\s+){0,2}|sir,?\s+)?(?:most\s+|very\s+)?(?:obedient|humble|faithful)"
    r"(?:,?\s+(?:and\s+)?(?:most\s+)?(?:obedient|humble|faithful))*(?:\s+servants?)?"
    # German and French: "Mit freundlichen Grüßen", "Hochachtungsvoll", "Genehmigen Sie ... den Ausdruck
    # meiner ... Hochachtung.", "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute
    # considération."
    r"|mit\s+(?:\w+\s+){0,2}gr[üu](?:ß|ss)en|hochachtungsvoll|genehmigen\s+sie\b.*\bhochachtung"
    r"|(?:veuillez|je\s+vous\s+prie\s+d)\b.*\b(?:assurance|expression|considération|sentiments)\b.*"
    r"|с\s+(?:\w+\s+){0,2}(?:приветом|уважением)|искренне\s+ваш[аи]?|преданный\s+вам"
    r"|(?:is\s+)?mise,?\s+le\s+meas)[,.!]?$"  # Irish: "Mise, le meas," (I am, with respect)
)
ADDRESS_LINE = re.compile(
    r"(?i)\b(?:c/o|street|st\.|avenue|ave\.|road|rd\.|square|place|house|building|box\s+\d+|p\.\s?o\.)\b"
    r"|\b\d{1,5}\s+[A-Z]|,\s*(?:[A-Z]\.\s?){2}$|\b[A-Z]{2}\s+\d{5}\b|\b(?:New York|Washington|London|Paris)\b"
)


# How a despatch's close addresses its reader between "I have the honour to be" and "your most obedient
# servant": "Sir,", "My Lord Duke", "Your Excellency" (no signer's name)
ADDRESS_FORM = re.compile(
    r"(?i)^(?:sir|madam|my\s+lord(?:\s+duke)?|your\s+(?:excellency|grace|lordship|majesty|highness)|"
    r"excellency|monsieur\s+le\s+\w+)[,.]?$"
)


# Salutations to anyone at all: they name no addressee.
_GENERIC = re.compile(
    r"(?i)(?:(?:my|our|esteemed|respected)\s+)?(?:friends?|colleagues?|sirs?|madam|comrades?|members?|readers?|all|"
    r"everyone|gentlemen|brothers|sisters|brothers and sisters|ladies and gentlemen)"
)


_ONE = re.compile(r"(?i)(?:my\s+)?(?:comrade|colleague|friend|sir|madam)")


@dataclass
class Letter:
    salutation_at: int | None = None
    close_at: int | None = None
    signature: list[Agent] = field(default_factory=list)
    addressee: Agent | None = None
    at: dict[int, str] = field(default_factory=dict)  # line index -> part (for --explain)

    salutation_names: bool = False  # the salutation names someone ("My dear Mr. President:"), not "Comrades!"
    verbale_from: Agent | None = None  # a note verbale's sender: "The Embassy of X presents its compliments"
    addressed_to: str | None = None  # the city of the inside address: "Lausanne, Switzerland", "104 Berlin"
    greeted: list[Agent] = field(default_factory=list)  # "Comrades Kamenev and Stalin" heading the text

    @property
    def is_letter(self) -> bool:
        """A salutation and a complimentary close; or a salutation to someone alone (a page cut before the
        close): speeches greet everyone ("Dear comrades!"), memoranda and telegrams no one."""
        return self.salutation_at is not None and (self.close_at is not None or self.salutation_names)


# A note verbale, in the third person: "The Embassy of the United States of America presents its compliments
# to the Ministry of Foreign Affairs of the Union of Soviet Socialist Republics and has the honor to ..."
_VERBALE = re.compile(
    r"^(?:No\.?\s*\d+\.?\s+)?(?:The\s+)?(?P<by>[A-Z][^,;]{3,120}?)\s+presents\s+(?:its|his|her)\s+(?:compliments|respects)\s+"
    r"to\s+(?:the\s+)?(?P<to>[A-Z][^,;]{3,140}?)(?:\s+and\s+(?:has|have|is|begs|wishes)\b|[,;.])"
)


def _verbale(letter: Letter, lines: list[str]) -> None:
    """A note verbale's sender and addressee, from its opening formula (in its first lines)."""
    for line in lines[:8]:
        if m := _VERBALE.match(line):
            letter.verbale_from = parse_agent(m.group("by"), kind="organization")
            letter.addressee = letter.addressee or parse_agent(m.group("to"), kind="organization")
            return


def read_letter(lines: list[str], date_at: int | None = None) -> Letter:
    """The letter parts of ``lines`` (non-blank, stripped); ``date_at`` is the date line's index."""
    letter = Letter()
    theirs = passed_on(lines)  # a text passed on has its own salutation and close
    letter.salutation_at = next(
        (k for k, line in enumerate(lines) if k not in theirs and SALUTATION.match(line)), None
    )
    if letter.salutation_at is not None:
        letter.at[letter.salutation_at] = "salutation"
        m = SALUTATION.match(lines[letter.salutation_at])
        named = m.group("who") or m.group("shout") or m.group("plain") or m.group("run") if m else ""
        named = (named or "").strip(" ,") or (lines[letter.salutation_at].rstrip(":!,") if m else "")
        # "Dear Comrade," "Dear Colleague": one man, unnamed, as a letter greets; "Dear comrades!" a hall
        one = bool(named) and not _GENERIC.fullmatch(named) or bool(_ONE.fullmatch(named))
        letter.salutation_names = one or bool(m and m.group("bare"))
        letter.salutation_names = letter.salutation_names and letter.salutation_at < max(10, len(lines) // 3)
    if letter.salutation_at is None and len(lines) > 1 and (hailed := _COMRADES_HAILED.fullmatch(lines[0])):
        # a note that opens on those it is to, by their form of address, the text under them ("Comrades
        # Kamenev and Stalin" / "It is quite ridiculous ..."), as the Collected Works print Lenin's notes
        letter.greeted = [
            a for a in parse_agents(hailed.group("who")) if a.kind in ("person", "organization")
        ]
        if letter.greeted and len(lines[1].split()) > 8:
            letter.salutation_at, letter.salutation_names, letter.at[0] = 0, True, "salutation"
    # a close broken after its first word ("With" / "friendly greetings,") is read across the break
    closes = [
        k
        for k, line in enumerate(lines)
        if k not in theirs
        and (
            CLOSE.match(line)
            or _SERVANT_NAME.search(line)
            and CLOSE.match(line[: _SERVANT_NAME.search(line).start("name")].strip())  # type: ignore[union-attr]
            or len(line.split()) == 1
            and k + 1 < len(lines)
            and len(lines[k + 1].split()) <= 4
            and CLOSE.match(f"{line} {lines[k + 1]}")
        )
    ]
    letter.close_at = closes[-1] if closes else None
    if letter.close_at is not None:
        letter.at[letter.close_at] = "complimentary close"
        _signature(letter, lines)
    inside = _inside_address(lines, letter.salutation_at, date_at)
    foot = _foot_address(lines, letter.close_at) or _addressed_under(lines, letter)
    for k in inside + foot:
        letter.at[k] = "address"
    for block in (inside, foot):
        first = lines[block[0]].rstrip(",.") if block else ""
        if block and SALUTED.fullmatch(first) and len(block) > 1:
            first = lines[block[1]].rstrip(",.")  # "Esteemed Comrade" / "Jiri Hendrych"
        elif block and ADDRESSED.fullmatch(first) and len(block) > 1:
            first = f"{first} {lines[block[1]].rstrip(',.')}"  # "The Honorable" / "Cordell Hull,"
        if block and (agent := parse_agent(first)) is not None:
            letter.addressee = agent
            break
    if letter.addressee is None and letter.salutation_at is not None:
        m = SALUTATION.match(lines[letter.salutation_at])
        who = (m.group("who") or m.group("plain") or m.group("run") or "").strip(" ,") if m else ""
        if who and not _GENERIC.fullmatch(who) and (agent := parse_agent(who)) is not None:
            agent.as_written = who
            letter.addressee = agent
    _verbale(letter, lines)
    letter.addressed_to = _address_city(lines, letter.salutation_at)
    return letter


# The last line of an inside address: its city, with the country or before it the postcode ("1007 Lausanne,
# Switzerland", "Lausanne, Switzerland", "104 Berlin")
_CITY_LINE = re.compile(
    r"^(?:(?P<code>\d{3,5})\s+)?(?P<city>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
    r"(?:,\s*(?P<country>[A-Z][\w .'’-]+?))?\.?$"
)


def _address_city(lines: list[str], salutation: int | None) -> str | None:
    """The city of the address right above the salutation (a date line between them passed over); the
    writer's own letterhead, further up, is not read."""
    if salutation is None:
        return None
    for k in range(salutation - 1, max(-1, salutation - 7), -1):
        m = _CITY_LINE.fullmatch(lines[k].strip())
        if m is None:
            continue
        known = is_known_place(m.group("city"))
        country = (m.group("country") or "").strip(" .").lower()
        if known and (m.group("code") or country) or country in COUNTRIES:
            return m.group("city")
    return None


# the name a despatch's close runs on to: "humble Servant James Douglas"
_SERVANT_NAME = re.compile(r"(?i:\bservants?)[,.]?\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\.?$")


def _signature(letter: Letter, lines: list[str]) -> None:
    """The signature block right under the close (:mod:`~chancery.sources.page.signature`): its signers,
    once each (the signature and the typed name under it are the same person)."""
    assert letter.close_at is not None
    if (named := _SERVANT_NAME.search(lines[letter.close_at])) and (
        agent := parse_agent(named.group("name"))
    ):
        letter.signature.append(agent)
    block = read_signature(lines, letter.close_at + 1)
    for k in block.at:
        letter.at[k] = "signature"
    for agent in block.signers:
        close, comma, rest = (agent.as_written or agent.name).partition(", ")
        if comma and CLOSE.match(close) and (signer := parse_agent(rest)) is not None:
            agent = signer  # "With warm regards." / "Sincerely, Lyndon B. Johnson": a second close, then him
        if all(_key(agent) != _key(a) for a in letter.signature):
            letter.signature.append(agent)


def _key(agent: Agent) -> str:
    return re.sub(r"\W", "", agent.name.lower())


def _inside_address(lines: list[str], salutation: int | None, date_at: int | None) -> list[int]:
    """The lines between the date line and the salutation that read as a name and its address."""
    if salutation is None or date_at is None or date_at > salutation:
        return []  # without the date line above it, a letterhead could pass for an address
    block = list(range(date_at + 1, salutation))
    if not block or len(block) > 7:
        return []
    first = lines[block[0]]
    if not first.endswith(",") and not any(ADDRESS_LINE.search(lines[k]) for k in block[1:]):
        return []
    return block


def _foot_address(lines: list[str], close: int | None) -> list[int]:
    """An addressee printed at the foot ("The President," / "The White House."): after the signature."""
    if close is None:
        return []
    k = len(lines) - 1
    block: list[int] = []
    while (
        k > close
        and len(block) < 4
        and (re.fullmatch(r"[A-Z][\w .'’&-]{1,60}[,.]", lines[k]) or ADDRESSED.fullmatch(lines[k]))
    ):
        block.insert(0, k)
        k -= 1
    if len(block) < 2 or not (lines[block[0]].endswith(",") or ADDRESSED.fullmatch(lines[block[0]])):
        return []
    return block


def _addressed_under(lines: list[str], letter: Letter) -> list[int]:
    """A despatch's addressee under its signer, in his form of address, his office on the next lines ("The
    Right Honorable The Duke of Newcastle" / "Her Majesty's principal Secretary of State" / "For the
    Colonial Department"), whatever follows (the office's minutes on it)."""
    if letter.close_at is None:
        return []
    k = 1 + max((j for j, label in letter.at.items() if label == "signature"), default=letter.close_at)
    while k < len(lines) and re.fullmatch(r"\[[^\]]*\]|\([^)]*\)", lines[k]):
        k += 1  # "[Signature: illegible]": the editor's word for the signature
    if k >= len(lines) or not ADDRESSED.match(lines[k]):
        return []
    if ADDRESSED.fullmatch(lines[k]) and not (k + 1 < len(lines) and SALUTED.fullmatch(lines[k])):
        return []  # "The Honorable" alone: the foot address's (``_foot_address``)
    block = [k]
    while (
        len(block) < 4
        and block[-1] + 1 < len(lines)
        and re.fullmatch(r"(?:[A-Z]|For\s|Of\s)[\w .,'’&-]{1,60}", lines[block[-1] + 1])
        and not re.search(r"[.:;]\S|\.\s+[A-Z]", lines[block[-1] + 1])
    ):
        block.append(block[-1] + 1)
    return block


# A scan whose OCR ran the letter into one line: its salutation inside the line ("... Rome, November 9, 1944.
# Dear Mr. President: M. Nabucco, ...") and its close further on ("... Sincerely yours, ...")
_RUN_ON_SALUTATION = re.compile(
    r"(?<![\w,])(?-i:(?:My\s+)?Dear\s+(?:(?:Mr|Mrs|Dr|Sir|Madam|Monsieur)\.?|[A-Z][a-z]+)[^.:,;]{0,30}?)[:,]\s+(?-i:[A-Z])"
)
_RUN_ON_CLOSE = re.compile(
    r"(?i)\b(?:yours\s+(?:very\s+)?(?:sincerely|faithfully|truly|respectfully)|(?:very\s+)?(?:sincerely|"
    r"faithfully|respectfully|cordially)\s+yours)\b"
)


def run_on_salutation(line: str) -> int | None:
    """Where a letter's salutation stands in a line a scan ran the whole letter into (a close after it), or
    None: the lines of a letter set out as lines have their own rules."""
    if len(line) < 400 or (m := _RUN_ON_SALUTATION.search(line[:800])) is None:
        return None
    return m.start() if _RUN_ON_CLOSE.search(line, m.end()) else None
