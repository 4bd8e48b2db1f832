"""Title grammars: the document type and the people a page title names.

Tried in order, first match wins:
- conversations: "Record/Memorandum/Minutes of (a) Conversation between A and B [with C] [on DATE]",
  "... Conversation with A" -> participants;
- excerpts of minutes: "Excerpt ... from Minutes No. 40 of X Meetings" -> a resolution of X;
- "Resolution/Decree/Decision/Minutes/Diary/Protocol of X", "Speech/Report/Statement by X" -> author X;
- "Memorandum for A[, body], from B";
- "<Type>[ No. N] from A (and B) [in PLACE] to/for C (and to D)", "<Type>, A to B", "A to B".
Trailing dates (", 30 October 1962"), "(fragments)", bracketed notes and quoted subjects are set apart first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chancery.lexicon.countries import POST_NOUNS, is_country_or_post, is_state_word
from chancery.lexicon.organisations import ORGANISATION_WORDS
from chancery.lexicon.particles import PARTICLES
from chancery.model import Agent, DateValue
from chancery.sources.page.dates import MONTH_WORDS, MONTHS, WEEKDAYS, find_dates
from chancery.sources.page.doc_types import (
    DISCUSSING,
    GENRE_QUALIFIERS,
    MEETING_NOUNS,
    MEETING_VERBS,
    PART_OF,
    POSSESSED,
    doc_type_of,
)
from chancery.sources.page.header import NO
from chancery.sources.page.honorifics import HONORIFICS, OFFICE_WORDS, ROLE_NOUNS
from chancery.sources.page.markings import (
    PRECEDENCE_WORDS,
    marking_in,
    marking_of,
    precedence_of,
    strip_handling,
)
from chancery.sources.page.names import (
    is_office,
    is_organization,
    parse_agent,
    parse_agents,
    same_person,
    split_names,
)
from chancery.sources.page.places import BUILDING, is_known_place

log = logging.getLogger(__name__)

_TYPE_WORDS = (
    rf"(?:{GENRE_QUALIFIERS} )*"
    r"(?:telegram|ciphergram|telex|cable|airgram|radiogram|cablegram|savingram|letter|memorandum|memo|report|note|"
    r"message|information|estimate|"
    r"instruction|directive|request|appeal|reply|answer|response|statement|dispatch|despatch|bulletin|"
    r"communication)s?"
)
_NUMBER = r"(?:\s+(?:No\.?|Nº|N|#)\s*[\w./-]+|\s+\d[\d./-]*)?"
# how a paper went to its addressee, between its genre and "to": "Directive Sent to the Soviet Ambassador"
_PASSED = (
    r"(?:sent|addressed|delivered|handed(?:\s+over)?|transmitted|forwarded|dispatched|despatched|issued|"
    r"given|presented|passed)"
)


@dataclass
class TitleFacts:
    doc_type: str = "other"
    authors: list[Agent] = field(default_factory=list)
    recipients: list[Agent] = field(default_factory=list)
    participants: list[Agent] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # "from A in PLACE": where A wrote
    sent_to: list[str] = field(default_factory=list)  # "Cablegram to Canberra": a capital for its government
    event_date: DateValue | None = None
    grammar: str = ""
    issued: bool = False  # a communiqué or declaration of bodies: who signs it signs for them
    defaulted: bool = False  # the type is a guess ("A to B" reads as a letter), not the title's word
    transmits: str | None = None  # what the document passes on: "message from Kim Il Sung to I.V. Stalin"
    marking: str | None = None  # a classification the title prints ("Telegram ..., Urgent, SECRET")
    signed: list[Agent] = field(default_factory=list)  # "Letter from the HSWP CC [signed by Janos Kadar]"
    et_al: bool = False  # "Sukharev et al., ...": the writer and others, who sign with him


_NOT_GERUNDS = {
    "beijing",
    "nanjing",
    "nanking",
    "chongqing",
    "kunming",
    "meeting",
    "building",
    "wellington",
    "reading",
    "harbing",
    "qing",
    "kaesong",
    "pyongyang",
}


_FINALS = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|"
    r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u|ü)"
)
_INITIALS = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
# Syllables of pinyin: only the first may lack an initial (later ones would need an apostrophe: Xi'an).
_PINYIN = re.compile(rf"{_INITIALS}?{_FINALS}(?:{_INITIALS}{_FINALS})*")


def _chinese_name(surname: str, word: str) -> bool:
    """ "Deng Xiaoping", "Ma Zhongying": a one-syllable surname and a given name of pinyin syllables."""
    surname = surname.strip(",.;:").lower()
    return bool(re.fullmatch(rf"{_INITIALS}?{_FINALS}", surname) and _PINYIN.fullmatch(word.lower()))


def _cut_gerund(text: str) -> str:
    """ "Resolution of the Presidium Approving a Plan" -> "Resolution of the Presidium"."""
    words = text.split(" ")
    for k, word in enumerate(words[1:], start=1):
        bare = word.strip(",.;:").lower()
        if (
            bare.endswith("ing")
            and len(bare) > 5
            and bare not in _NOT_GERUNDS
            and bare not in OFFICE_WORDS  # "The Acting Secretary of State": an office's word
            and word[:1].isupper()
            and not _chinese_name(words[k - 1], bare)
        ):
            return " ".join(words[:k]).rstrip(" ,")
    return text


# "about" opens a subject, unless a meeting follows ("Note about a Conversation of ...": the genre)
_ABOUT = rf"about(?!\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{MEETING_NOUNS}\b)"


def _cut_subject(text: str) -> str:
    """ "Letter from Mao to Stalin on the Korean War" -> "Letter from Mao to Stalin"."""
    marker = re.search(r"\s(?:from|to|for|between|with|by)\s|,\s", text)
    if not marker:
        return text
    subject = re.compile(
        rf"\s+(?:on|{_ABOUT}|regarding|concerning|re:?|in connection with|with regard to)\s+(?!\d)"
    )
    cut = subject.search(text, marker.end())
    return text[: cut.start()] if cut else text


_TIME_OF_DAY = re.compile(
    # an hour, or the hours a sitting lasted: ", 6 p.m.", ", 9-10:15 a.m."
    r"(?i)(?:,\s*(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*[-–—]\s*)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}[.:]\d\d(?:\s*hours?)?|noon|midnight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night))+\s*$"
)


# The hours a talk lasted, and where it was held, after its day: "from 11:00 a.m. to 12:40 p.m. at the Soviet
# Embassy in Hanoi"
_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?|hours?|h\b)?"
_HOURS_AND_PLACE = re.compile(
    rf"(?i),?\s+(?:from|between)\s+{_CLOCK}\s*(?:to|until|till|and|[–—-])\s*{_CLOCK}(?:[,]?\s+(?:at|in)\s+.*)?$"
)


# "..., transmitting message from Kim Il Sung to I.V. Stalin": a document passed on inside this one
_TRANSMITTING = re.compile(
    r"(?i),?\s+(?:transmitting|forwarding|enclosing|attaching|conveying|passing on|with)\s+"
    r"(?P<what>(?:an?\s+|the\s+)?"
    r"(?:[\w\d]+\s+){0,4}?(?:message|letter|telegram|note|memorandum|report|cable|appeal|statement|request|"
    r"congratulations|greetings)\b.*)$"
)


def transmitted(title: str) -> str | None:
    """What a title says its document passes on ("message from Kim Il Sung to I.V. Stalin")."""
    m = _TRANSMITTING.search(re.sub(r"\s*\[[^\]]*\]", "", title))
    return m.group("what").strip(" .") if m else None


# A day without its year after a comma at a title's end, the year the edition's ("..., February 28")
_DAY_WITHOUT_YEAR = re.compile(
    rf"(?i),\s+(?:(?:{MONTH_WORDS})\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS}))\.?$"
)


# A part of a date between a title's last commas, up to its year: "..., July, Before the 17th, 1921",
# "..., Beginning of August, 1916"
_DATE_PART = re.compile(
    rf"(?i)^(?:(?:beginning|end|middle|early|late|mid|before|after|about|circa|not\s+later\s+than)\s+"
    rf"(?:of\s+)?(?:the\s+)?)?(?:{MONTH_WORDS}|\d{{1,2}}(?:st|nd|rd|th)|[0-3]?\d\s+{MONTH_WORDS}|"
    rf"{MONTH_WORDS}\s+[0-3]?\d)$"
)


def _without_dated_parts(text: str) -> str:
    """``text`` without the date its last comma-parts spell, when they end on a year."""
    parts = text.split(", ")
    # after the date, the telegram's number and its marking: "..., January 21, 1980, 057026, Secret"
    end = len(parts)
    while end > 3 and (
        re.fullmatch(r"(?:No\.?\s*)?(?!(?:1[5-9]|20)\d\d\.?$)[\d./-]{3,}", parts[end - 1].strip())
        or marking_of(parts[end - 1].strip())
    ):
        end -= 1
    parts = parts[:end]
    if len(parts) < 3 or not re.fullmatch(r"\d{4}\.?", parts[-1].strip()):
        return text
    k = len(parts) - 1
    while k > 1 and _DATE_PART.match(parts[k - 1].strip()):
        k -= 1
    return ", ".join(parts[:k]) if k < len(parts) - 1 else text


def core(title: str) -> tuple[str, DateValue | None]:
    """The title without quoted subjects, notes and a trailing date; that date as an event date."""
    # editors' brackets go, but for the name they give the writer's "myself [Kadri Hazbiu]" and a name's
    # completion ("Comrade Minister [Mielke]", "Zhou [Enlai]")
    text = re.sub(
        r"(?i)(?<!myself)(?<!myself\s)(?<!undersigned)(?<!undersigned\s)\s*"
        r"(?!\[(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\])\[[^\]]*\]",  # a name's completion stays
        "",
        title,
    )
    text = PART_OF.sub("", text)
    text = re.sub(
        r"\s*\((?:fragments?|excerpts?|extract|draft|summary|abridged|translation)\)\.?", "", text, flags=re.I
    )
    text = _TIME_OF_DAY.sub("", text)  # ", 6 p.m., Monday"
    text = _HOURS_AND_PLACE.sub("", text)  # "... on 8 July 1966 from 11:00 a.m. to 12:40 p.m. at the Embassy"
    text = re.sub(r",?\s*[\"“‘][^\"”’]*[\"”’]?\s*$", "", text)
    text = re.sub(r",\s+['‘].*$", "", text)
    text = re.sub(r",?\s+'[^']{3,}'?\s*$", "", text)
    text = _TRANSMITTING.sub("", text)
    # a clause after a comma that opens on a participle says what befell the paper, not who wrote or got
    # it: "..., approved by CC Politburo", "..., containing a Message from Mao Zedong"
    # (a delegation "led by" or "headed by" someone names him: that clause stays)
    text = re.sub(
        r",\s+(?!(?:led|headed)\s+by\b)(?:[a-z]+ed|[a-z]+ing)\s+(?:by|a|an|the|his|her|their|in|on|to|with)\b.*$",
        "",
        text,
    )
    text = _cut_gerund(re.sub(r"\s+via\s+.*$", "", text))
    text = re.sub(
        rf",?\s+(?:regarding|concerning|re:|{_ABOUT}|"
        r"on the (?:question|subject|issue|situation|matter) of|in (?:response|reply|answer) to|"
        # "..., reply to Zhou Enlai's cable of ...": what it answers
        r"(?<=,\s)(?:an?\s+)?(?:response|reply|answer)\s+to)\s.*$",
        "",
        text,
        flags=re.I,
    )
    text = _without_dated_parts(text)
    event = None
    dates = find_dates(text)
    if dates and dates[-1].end >= len(re.sub(r"\s+", " ", text).strip(" .")) - 1:
        last = dates[-1]
        head = re.sub(r"\s+", " ", text).strip()[: last.start]
        if re.search(r"(?:,|\bon|\bof|\bdated)\s*$", head):
            event = last.value
            text = re.sub(r"\s*(?:,|\bon|\bof|\bdated)\s*$", "", head)
    text = _DAY_WITHOUT_YEAR.sub("", text)  # "Telegram 4608 to London, February 28": the volume's year
    text = _cut_subject(text).strip(" ,:;")
    if not re.search(r"(?:\bJr|\bSr|\b[A-Z])\.$", text):
        text = text.rstrip(" .")
    return text, event


# Posts of one country named together, one city each: "Yugoslav Embassies in Washington, Havana, Mexico, and
# La Paz", "the Soviet Embassies in London and Paris"
_POSTS_IN = re.compile(
    r"(?i)^(?:the\s+)?(?P<state>(?:[A-Z][\w-]*\s+){0,2}?)(?P<posts>Embassies|Legations|Consulates|Missions)\s+in\s+"
    r"(?P<cities>.+)$"
)
_ONE_POST = {
    "embassies": "Embassy",
    "legations": "Legation",
    "consulates": "Consulate",
    "missions": "Mission",
}


def _posts_in(text: str) -> list[Agent] | None:
    groups = re.split(
        r"(?i),?\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,2}(?:Embassies|Legations|Consulates|Missions)\b)", text
    )
    out: list[Agent] = []
    state = ""
    for group in groups:
        m = _POSTS_IN.match(group.strip())
        if m is None:
            return None
        state = m.group("state").strip() or state
        post = _ONE_POST[m.group("posts").lower()]
        cities = [
            c.strip(" .") for c in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("cities")) if c.strip(" .")
        ]
        for city in cities:
            city = re.sub(r"\s*\(.*$", "", city)  # "New York City (U...": a note the copy cut
            if not city or not city[0].isupper():
                return None
            out.append(
                Agent(name=f"{state} {post} in {city}".strip(), as_written=group.strip(), kind="organization")
            )
    return out or None


def addressees(text: str) -> list[Agent]:
    """The people, offices and posts a phrase addresses, one each ("the Embassies in France, Germany, and
    Poland, and to the Embassy in the United Kingdom": four posts)."""
    return _agents(text)


def _agents(text: str) -> list[Agent]:
    """Names joined by and/commas; an organisation or an office with its holder in parentheses is the
    holder ("The Ambassador in China (Stuart)", "Embassy of Hungary (Szarvas)")."""
    if len(parts := re.split(r",?\s+and\s+to\s+", text)) > 1:
        # "to the Legations in Paris, Rome and Madrid and to the Permanent Delegate in Geneva": each in turn
        return [a for part in parts for a in _agents(part)]
    if len(parts := re.split(r"(?<=\)),\s+(?:and\s+)?(?=the\s|[A-Z])", text)) > 1:
        # offices each with its holder: "the Acting Secretary of Defense (Anderson), the Chairman of the ...
        # (Strauss), and the Director of Central Intelligence (Dulles)"
        return [a for part in parts for a in _agents(part)]
    if re.search(r"(?i)\b(?:Embassies|Legations|Consulates|Missions)\s+in\b", text) and (
        posts := _posts_in(text)
    ):
        return posts  # "Yugoslav Embassies in Washington, Havana, ...": one post each
    text = re.sub(r"(?i),?\s+(?:and\s+others|et\s+al\.?)$", "", text.strip(" ,."))  # "Mao Zedong and Others"
    # "the PUWP CC, attention Stanislaw Kania": a body and the man it goes to
    text = re.sub(r"(?i)(?:,\s*|\b)(?:for\s+the\s+)?(?:attention|attn\.?)(?:\s+of)?\s+", ", ", text).strip(
        " ,"
    )
    # an office, its body and the city it sits in: "The Secretary, General Post Office, Wellington", "the
    # Consul for Portugal, Wellington": one office, named by no one's name
    if (
        seated := re.fullmatch(
            r"(?P<office>[^,]{3,80}?)(?:,\s*(?P<body>[^,]{3,80}?))?,\s*(?P<city>[A-Z][\w'’ -]+)", text
        )
    ) and (
        is_known_place(seated.group("city"))
        and _is_office(re.sub(r"(?i)^the\s+", "", seated.group("office")))
        and not is_known_place(seated.group("office"))
    ):
        office = re.sub(r"(?i)^the\s+", "", seated.group("office"))
        body = seated.group("body")
        return [Agent(name=f"{office}, {body}" if body else office, as_written=text, kind="organization")]
    # a post and the city it sits in: "Mexican Embassy, Prague" -> the Mexican Embassy in Prague
    if (
        (
            posted := re.fullmatch(
                r"(?P<body>[^,]{3,80}?),\s*(?P<city>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)", text
            )
        )
        and is_known_place(posted.group("city"))
        and is_organization(posted.group("body"))
        and not is_known_place(posted.group("body"))
    ):
        body = re.sub(r"(?i)^the\s+", "", posted.group("body"))
        return [Agent(name=f"{body} in {posted.group('city')}", as_written=text, kind="organization")]
    if (m := re.fullmatch(r"(?P<org>.+?)\s+\((?P<who>[^)]*[A-Z][\w'’-]+[^)]*)\)", text)) and is_known_place(
        m.group("who")
    ):
        return [a for a in [parse_agent(m.group("org"))] if a]  # "Ministry of Foreign Affairs (Moscow)"
    if m:
        who = parse_agent(m.group("who"))
        org = m.group("org").strip()
        if who and who.kind == "person" and is_organization(org):
            who.affiliation = org
            return [who]
        if who and who.kind == "person" and any(w.lower().strip(".,") in OFFICE_WORDS for w in org.split()):
            who.office = re.sub(r"(?i)^the\s+", "", org)
            who.as_written = text
            return [who]
    # "the President, Mr F. Roosevelt", "MCP Central Committee Secretary, Petric": an office, then its holder
    if m := re.fullmatch(r"(?P<office>(?:the\s+)?[A-Z][^,]+),\s*(?P<who>[A-Z][^,]+)", text):
        who = parse_agent(m.group("who"))
        if (
            who
            and who.kind == "person"
            and who.office is None
            and not is_known_place(m.group("who"))
            and not _is_office(m.group("who"))
            and _is_office(re.sub(r"(?i)^the\s+", "", m.group("office")))
        ):
            who.office, who.as_written = re.sub(r"(?i)^the\s+", "", m.group("office")), text
            return [who]
    text = re.sub(r"\band to\b", "and", text)
    if m := re.fullmatch(
        r"(?P<who>[^,]+),\s*(?P<office>[^,]+)", text
    ):  # "Dr R. Asmis, German Consul-General"
        who, office = parse_agent(m.group("who")), m.group("office").strip()
        if who and who.kind == "person" and _is_office(office):
            who.office, who.as_written = office, text
            return [who]
    if is_organization(text) and not re.search(r",| and ", text):
        agent = parse_agent(text)
        return [agent] if agent else []
    return parse_agents(text)


def _is_office(text: str) -> bool:
    """ "German Consul-General in Sydney", "High Commissioner in the United Kingdom", "Prime Minister": words
    of an office, around a place."""
    words = re.sub(r"\s+(?:in|at|to|of)\s+(?:the\s+)?[A-Z][\w'’ -]+$", "", text).split()
    return (
        bool(words)
        and any(w.lower() in ROLE_NOUNS for w in re.split(r"[-\s]", " ".join(words)))
        and all(w[0].isupper() or w.lower() in OFFICE_WORDS for w in words)
    )


def _addressee_body(text: str) -> bool:
    """ "the Foreign Ministry", "the President", "His Special Assistant (Richards)": a body or an office,
    not "the DPRK A.M. Puzanov"."""
    last = text.split()[-1].lower() if text.split() else ""
    # "the Department of State" (a state is no body: "the Soviet Union"); the holder in brackets aside
    whole = re.sub(r"\s*\([^)]*\)", "", re.sub(r"(?i)^(?:the|his|her|their)\s+", "", text)).strip()
    return (
        bool(re.match(r"(?i)(?:the|his|her|their)\s", text))
        and bool(whole)
        and (
            is_organization(" ".join(text.split()[-2:]))
            or last in ROLE_NOUNS
            or whole.split()[0].lower() in ORGANISATION_WORDS
            and is_organization(whole)
            and not is_country_or_post(whole)
            or is_office(whole)  # "the President to the Secretary of State": an office to an office
        )
    )


def _split_to(rest: str) -> tuple[str, str | None]:
    """ "A to B" at the first " to "/" for " that does not belong to an office ("Ambassador to China"); in a
    heading set in capitals or with every word capitalised, "TO" and "To" ("MARX TO ENGELS", "Marx To
    Engels", as the Collected Works head their letters)."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    sides = re.split(r"\s+(?:TO|To)\s+", rest)  # two short names either side: "MARX TO ENGELS"
    headed = (
        len(sides) == 2
        and len(sides[0].split()) <= 3
        and len(sides[1].split()) <= 4
        and (rest.isupper() or all(w[:1].isupper() for w in words))
    )
    for m in re.finditer(r"\s+(?:to|for|TO|To)\s+" if headed else r"\s+(?:to|for)\s+", rest):
        left, right = rest[: m.start()], rest[m.end() :]
        later = re.search(r"\s(?:to|for)\s", right)
        last = left.split()[-1].lower() if left.split() else ""
        if (last in ROLE_NOUNS or last in POST_NOUNS) and (later or not _addressee_body(right)):
            continue  # "Ambassador to China Yudin to Moscow", "Assistant for ... (Bundy) to": the office's
        if m.group(0).strip() == "for" and (
            later
            and (last in ORGANISATION_WORDS or is_office(left) or is_office(left.split(",")[-1].strip()))
            or last in ORGANISATION_WORDS
            and re.match(r"[A-Z]", right)  # "Ministry for State Security": a body's domain, no article
        ):
            # "Principal Directorate for Foreign Tourism ... to", "The Secretary of State for Dominion Affairs
            # to ...": the body's or the office's name goes on
            continue
        return left, right
    return rest, None


# A message named by its markings alone: "Personal and Secret from Premier J. V. Stalin to the President"
_MARKS = r"(?:personal|private|(?:top\s+)?secret|confidential)"
_MARKED = rf"{_MARKS}(?:\s+and\s+{_MARKS})?"


def _from_to(facts: TitleFacts, text: str) -> bool:
    first, _, after = text.partition(" ")
    if is_state_word(first) and re.match(rf"(?i){_TYPE_WORDS}\b", after):
        text = after  # "Soviet Telegram from Molotov to Stalin": whose, not who wrote it
    m = re.match(
        # (a code's name before its qualifier is no writer: "Dearg code telegram from A to B")
        rf"(?i)^(?:(?-i:[A-Z][\w'’-]+)\s+(?={GENRE_QUALIFIERS}\s))?{_TYPE_WORDS}{_NUMBER},?(?:\s+dated\s+[^,]+?\d{{4}})?"
        rf"(?:\s+(?!to\b)[\w'’-]+){{0,5}}?\s+from\s+(?P<rest>.+)$",
        text,
    )
    if marked := None if m else re.match(rf"(?i)^(?P<marks>{_MARKED})\s+from\s+(?P<rest>.+)$", text):
        m, facts.marking = marked, marking_in(marked.group("marks").upper())
    if not m:
        return False
    rest = m.group("rest")
    # "from Baku to Moscow, M.D. Bagirov and I.I. Maslennikov to Cdes. Stalin, ...": city to city, then
    # the people who wrote to the people
    if (
        (route := re.match(r"^(?P<a>[^,]+?)\s+to\s+(?P<b>[^,]+?),\s+(?P<who>.+\sto\s.+)$", rest))
        and is_known_place(route.group("a"))
        and is_known_place(route.group("b"))
    ):
        facts.places += [route.group("a"), route.group("b")]
        rest = route.group("who")
    if addressed := re.search(r"\s+addressed\s+to\s+", rest):  # "from the Permanent Representative of X to
        left, right = rest[: addressed.start()], rest[addressed.end() :]  # the United Nations addressed to Y"
    else:
        left, right = _split_to(rest)
    place = re.search(r"\s+in\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)$", left)
    if place and not is_organization(left[: place.start()]):
        facts.places.append(place.group("place"))
        left = left[: place.start()]
    left = _NUMBERED.sub("", left)
    if marking := marking_in(left.upper()) if re.search(r"\b(?:SECRET|CONFIDENTIAL)\b", left) else None:
        facts.marking = marking
    left = strip_handling(left)
    if is_known_place(left.split(",")[0].strip()):  # "from Washington, DC": where from, not who
        facts.places.append(left.split(",")[0].strip())
        left = ""
    elif (
        "," in left
        and is_known_place(seat := left.rsplit(",", 1)[1].strip())
        and not is_organization(left.rsplit(",", 1)[0])  # "Mexican Embassy, Prague" is one post
    ):
        facts.places.append(seat)  # "from East German Ambassador, Moscow, to ...": the writer, then his post
        left = left.rsplit(",", 1)[0]
    facts.authors = _agents(left) if left else []
    facts.recipients = _agents(right) if right else []
    return True


_NUMBERED = re.compile(r",?\s*\bNo\.?\s*[\d.]+[\w/-]*", re.I)


# What goes to a place or people without writing to them, the subject of a title: a visit, a trip, aid, arms.
_GOING = (
    r"(?i)\b(?:visits?|trips?|journeys?|tours?|travels?|arrivals?|return|aid|assistance|deliver(?:y|ies)|"
    r"shipments?|exports?|supplies|supply|transfers?|access|flights?|expeditions?|approach(?:es)?|attitudes?|"
    r"polic(?:y|ies)|relations|threats?|routes?)$"
)


def _genre_only(text: str) -> bool:
    """A genre's words and nothing else ("Report", "Note", "Information Note", "Ciphered Telegram")."""
    return (
        len(text.split()) <= 3 and doc_type_of(text) != "other" and not re.search(r"\b(?:to|from|by)\b", text)
    )


# One word that names what the paper does, not who wrote it: "Assignment to Secretary", "Greetings to the
# Workers of Hungary" (no surname is one of them)
_ABSTRACT_NOUN = re.compile(
    r"(?i)(?:assignment|instruction|greeting|request|proposal|suggestion|question|answer|reply|advice|"
    r"condolence|congratulation|thank|warning|reminder|inquiry|enquiry|invitation|recommendation)s?"
)


def _to_only(facts: TitleFacts, text: str) -> bool:
    m = re.match(rf"(?i)^(?:{_TYPE_WORDS}{_NUMBER}(?:,|\s+of)?\s+)?(?P<rest>.+)$", text)
    rest = m.group("rest") if m else text
    # an edition's title of a letter by its addressee alone: "TO MAXIM GORKY", "To David Humphreys"
    addressee = r"(?P<to>(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4})"  # capitalised words only
    if (
        (bare := re.fullmatch(rf"(?i)to:?\s+{addressee}", rest.strip()))
        and (people := _agents(bare.group("to")))
        and all(a.kind == "person" and not is_office(a.name) and not is_known_place(a.name) for a in people)
    ):
        facts.recipients = people
        facts.doc_type = "letter" if facts.doc_type == "other" else facts.doc_type
        return True
    # an edition's letter titles: "To John Adams from Thomas Jefferson", "From Thomas Jefferson to ..."
    if reverse := re.fullmatch(r"To\s+(?P<to>[A-Z].+?)\s+from\s+(?P<by>[A-Z].+)", rest):
        facts.recipients, facts.authors = _agents(reverse.group("to")), _agents(reverse.group("by"))
        return True
    rest = re.sub(r"^From\s+(?=[A-Z])", "", rest)
    left, right = _split_to(rest)
    # "Ivan Budinov, Minister of Foreign Trade, Report to Todor Zhivkov, Chairman ..., Report on Granting a
    # Credit to Cuba": the writer, then his paper's genre; after the addressee, the paper's subject
    if (
        right is not None
        and len(pieces := [p.strip() for p in left.split(",")]) > 1
        and _genre_only(pieces[-1])
    ):
        left = ", ".join(pieces[:-1])
        after = [p.strip() for p in right.split(",")]
        cut = next((k for k, p in enumerate(after) if k and _genre_only(p.split(" ")[0])), len(after))
        right = ", ".join(after[:cut])
    if re.match(
        r"(?i)(?:protocol|agreement|treaty|communiqu[ée]|declaration|annex|supplement|amendment)\b", left
    ):
        return False  # "Protocol to the Agreement ...": a text attached to another, not a writer
    # the writer, then the genre's word: "Hungarian Embassy Report to Budapest"; a state's word alone before
    # it names no writer ("Soviet Communication to the Hungarian Leadership")
    if right is not None and (
        tail := re.match(rf"(?i)^(?P<who>.+?)\s+{_TYPE_WORDS}{_NUMBER}$", left.strip())
    ):
        if all(is_state_word(w) for w in tail.group("who").split()):
            facts.recipients = _agents(right)
            return True
        left = tail.group("who")
    if right is None or re.match(
        rf"(?i)^(?:{_TYPE_WORDS}{_NUMBER}(?:\s+{_PASSED})?|{_PASSED})$", left.strip()
    ):
        if right is not None and re.match(rf"(?i)^{_TYPE_WORDS}", text):
            facts.recipients = _agents(right)
            return True
        return False
    if re.search(r"(?i)\b(?:summary|meeting|conversation|excerpt|on|about|regarding)\b", left):
        return False
    if re.match(r"(?i)(?:be|have|make|take|give|read|send|set)\b", right):
        return False  # "Text of a Statement to be Read Out to ...": a verb's "to", no addressee
    if re.search(_GOING, left):
        return False  # "... Minister of Foreign Affairs' Official Visit to the DPRK": a subject, no writer
    if _ABSTRACT_NOUN.fullmatch(left.strip()):
        facts.recipients = _agents(right)  # "Assignment to Secretary": what the paper is, not who wrote it
        return True
    facts.authors = _agents(_NUMBERED.sub("", left))  # "Directorate ..., No. 53/492, to": its reference
    # "Engels to Marx in London": where the letter went, when a person (not a body: "Embassy in Moscow")
    # ... or where the addressee was for a while ("(Hopkins), Temporarily at Tehran")
    if (
        (
            there := re.fullmatch(
                r"(?P<who>.+?)(?P<away>,\s+(?i:temporarily\s+)?(?:at|in))?\s+(?(away)|in\s+)"
                r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)",
                right,
            )
        )
        and (is_known_place(there.group("place")) or there.group("away"))
        and (who := parse_agent(there.group("who"))) is not None
        and who.kind == "person"
    ):
        facts.places.append(there.group("place"))
        right = there.group("who")
    facts.recipients = _agents(right)
    return True


# A British telegram form's heading: "FROM NANKING TO FOREIGN OFFICE", "FROM FOREIGN OFFICE TO WASHINGTON"
_POST_TO_POST = re.compile(r"^FROM\s+(?P<a>[A-Z][A-Z .'’-]+?)\s+TO\s+(?P<b>[A-Z][A-Z .'’-]+?)\.?$")


def _post_to_post(facts: TitleFacts, text: str) -> bool:
    """ "FROM NANKING TO FOREIGN OFFICE": a post to a post; a post named by its city is where the telegram
    went from or to, one named by its office (the Foreign Office) is its sender or addressee."""
    m = _POST_TO_POST.match(text)
    if not m:
        return False
    for side, role in (("a", "from"), ("b", "to")):
        name = m.group(side).title()
        if is_known_place(name):
            (facts.places if role == "from" else facts.sent_to).append(name)
        elif agent := parse_agent(name, kind="organization"):
            (facts.authors if role == "from" else facts.recipients).append(agent)
    return True


def _type_to(facts: TitleFacts, text: str) -> bool:
    """ "Letter to Congress", "Appeal to the United Nations": an addressee and no author."""
    m = re.match(rf"(?i)^{_TYPE_WORDS}{_NUMBER}\s+to\s+(?P<to>.+)$", text)
    if not m:
        return False
    to, by = (re.split(r"\s+(?i:from)\s+", m.group("to"), maxsplit=1) + [""])[:2]  # "LETTER TO X FROM Y"
    # "Letter to Minister X, Report on '...'": a second paper's genre after a comma ends the addressee
    to = re.split(rf",\s+(?i:{_TYPE_WORDS})\b", to, maxsplit=1)[0]
    facts.recipients = _agents(to)
    facts.authors = _agents(by) if by else []
    return True


# "by telephone", "by pouch": how a document went, not who wrote it
_MEANS = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:tele)?phone|telegraph|telegram|cable|wire|radio|teletype|telex|hand|courier|pouch|"
    r"(?:diplomatic\s+)?bag|mail|post|air\s?mail|messenger)$"
)


def _by(facts: TitleFacts, text: str) -> bool:
    """ "Report on Vietnam by the Polish Delegation": the author after a final "by"."""
    m = re.match(rf"(?i)^{_TYPE_WORDS}\b.*?\s+by\s+(?P<who>.+)$", text)
    if not m or _MEANS.match(m.group("who").strip(" .")):
        return False
    # "Memorandum, by L.D. Battle, Executive Secretary, to McGeorge Bundy, ..., 'Subject'": the addressee
    # after "to", the subject in quotes after him
    who = re.sub(r",\s*['‘\"“].*$", "", m.group("who"))
    left, right = _split_to(who)
    facts.authors = _agents(left)
    if right:
        facts.recipients = _agents(right)
    return True


def _memo_for(facts: TitleFacts, text: str) -> bool:
    m = re.match(rf"(?i)^{_TYPE_WORDS}\s+for\s+(?P<to>.+?),?\s+from\s+(?P<by>.+)$", text)
    if not m:
        return False
    to = re.sub(
        r",\s*(?:the\s+)?(?:White House|[A-Z][\w ]*(?:Department|Ministry|Office))\s*,?$", "", m.group("to")
    )
    facts.recipients = _agents(to)
    facts.authors = _agents(m.group("by"))
    return True


def _dashed_pair(text: str) -> list[str]:
    """ "Todor Zhivkov – Leonid I. Brezhnev": two people a dash joins (a dash before an office is the
    office's: "Comrade Jae – 3rd Embassy Secretary")."""
    parts = re.split(r"\s+[–—-]\s+", text)
    if len(parts) == 2 and not any(is_office(p) for p in parts):
        agents = [parse_agent(p) for p in parts]
        if all(a is not None and a.kind == "person" and a.office is None for a in agents):
            return parts
    return [text]


_MYSELF = re.compile(r"(?i)^(?:myself|me|the\s+undersigned)\s*\[(?P<who>[^\]]+)\]")


_NOTE_OF_WITH = re.compile(
    r"(?i)^(?:\w+\s+)?notes?\s+of\s+(?P<a>(?:comrade|cde\.?|mr\.?|ambassador)\s[^;]+?),?\s+with\s+(?P<b>[^;]+)$"
)


# Where the parties met, after them: "... between Tito and Nasser in Brijuni, Croatia", "... in Sofia"
_MET_IN = re.compile(
    r"\s+in\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?:,\s*(?P<country>[A-Z][\w'’ -]+?))?\.?$"
)


def _conversation(facts: TitleFacts, text: str) -> bool:
    if (met_in := _MET_IN.search(text)) and (
        is_country_or_post(met_in.group("country"))
        if met_in.group("country")
        else is_known_place(met_in.group("place"))
    ):
        facts.places.append(met_in.group("place"))
        text = text[: met_in.start()]
    found = _conversation_parties(facts, text)
    # what a title names beside the people: a city, a country, the talk itself, an office with no holder
    facts.participants = [p for p in facts.participants if _someone(p)]
    return found


def _named_in_full(who: str, after: str) -> bool:
    """ "Comrade Mao Zedong, Hangzhou": a full name, then one word that is no office or rank of his: where
    they met ("Kennedy, John" turns one name round; "Zhou Enlai, Premier" gives his office)."""
    agent = parse_agent(who)
    return (
        agent is not None
        and agent.kind == "person"
        and len(agent.name.split()) >= 2
        and after.lower() not in {*OFFICE_WORDS, *HONORIFICS}
        and not is_office(after)
    )


_MONTHS_RX = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + ")"


def _someone(agent: Agent) -> bool:
    name = agent.name.strip()
    if name[:1].islower() and name.split()[0] in ROLE_NOUNS:
        return False  # "head of NLFSV delegation at the Paris negotiations": an office in lower case
    if digit := re.search(r"(?<![^\W\d_])\d", name):
        # "Mao Zedong, 22 January": the name before the day; "October 25", "2:40 p.m." alone: no one
        name = re.sub(rf"[\s,]+(?:{_MONTHS_RX})?[\s,]*$", "", name[: digit.start()], flags=re.I).strip(" ,")
        if not name or re.fullmatch(rf"(?i){_MONTHS_RX}", name):
            return False
        agent.name = name
    if (
        is_known_place(name)
        or is_country_or_post(name)
        or re.fullmatch(rf"(?i){MEETING_NOUNS}", name)
        or name.lower() in WEEKDAYS
    ):
        return False  # (a weekday before the day: "..., Monday, 3 April 1972")
    if agent.kind == "person" and not agent.honorifics and BUILDING.search(name):
        return False  # "Voden Residence": where they met
    nameless = {*OFFICE_WORDS, *HONORIFICS, "the", "of"}
    if (
        of := re.match(r"(?i)^(?P<office>.+?)\s+of\s+(?:the\s+)?(?P<state>.+)$", name)
    ) and is_country_or_post(of.group("state")):
        name = of.group("office")  # "the Foreign Minister of North Korea": an office of a state, no one named
    words = [re.sub(r"['’]s$", "", w.lower().strip(".,")) for w in name.split()]
    return not all(w in nameless or is_state_word(w) or is_country_or_post(w) for w in words)


# FRUS's memorandum of a conversation by its writer: "Memorandum of Conversation, by the Counselor of the
# Department of State (MacArthur)": he wrote it and took part
_WRITTEN_BY = re.compile(rf"(?i)^(?P<head>.*?\b{MEETING_NOUNS}),\s+by\s+(?P<who>.+)$")


# the two who met joined by a dash before the meeting's noun: "Minutes of Todor Zhivkov – Indira Gandhi
# Meeting, Delhi", "Minutes of Todor Zhivkov – Robert Mugabe Conversation, Sofia"
_DASHED_PARTIES = re.compile(
    rf"(?i)^(?:[\w-]+\s+)?(?:minutes|record|notes|transcript|protocol)\s+of\s+(?:the\s+)?"
    rf"(?P<a>(?-i:[A-Z])[^–—,]+?)\s+[–—-]\s+(?P<b>(?-i:[A-Z])[^,]+?)\s+{MEETING_NOUNS}\b"
)


# "... the Personal Conversation that took place between A and B": the clause between the talk and its parties
_TOOK_PLACE = r"(?:\s+(?:that\s+|which\s+)?(?:took\s+place|was\s+held|held))?"
_TALK_AGAIN = re.compile(
    rf"(?i)(?:the\s+)?(?:[\w-]+\s+){{0,2}}{MEETING_NOUNS}{_TOOK_PLACE}\s+(?:between|with)\s+"
)


def _conversation_parties(facts: TitleFacts, text: str) -> bool:
    # the parties in brackets after the talk: "Rough Notes from a Conversation (Gromyko, Khrushchev, and
    # Gomulka) on the International Situation"
    if (listed := re.search(rf"(?i)\b{MEETING_NOUNS}\s*\((?P<who>[^()]{{3,160}})\)", text)) and len(
        people := [a for a in _agents(listed.group("who")) if a.kind == "person"]
    ) >= 2:
        facts.participants += people
        return True
    if noted := _NOTE_OF_WITH.match(text):
        # "Note of Comrade Bergold, East German Ambassador, with the Polish Ambassador in North Vietnam,
        # Comrade Siedliecky": the embassy's man wrote the note of his talk with the other
        ours, theirs = parse_agent(noted.group("a")), parse_agent(noted.group("b"))
        if ours is not None and theirs is not None and ours.kind == theirs.kind == "person":
            facts.authors.append(ours)
            facts.participants += [ours, theirs]
            return True
    if dashed := _DASHED_PARTIES.match(text):
        facts.participants += [a for g in ("a", "b") for a in _agents(dashed.group(g))]
        return True
    if written := _WRITTEN_BY.match(text):
        writers = _agents(written.group("who"))
        facts.authors += writers
        facts.participants += [w for w in writers if w.kind == "person"]
        return True
    m = re.search(
        rf"(?i)\b{MEETING_NOUNS}{_TOOK_PLACE}(?:\s+(?P<kind>between|with|of|for)|,)\s+(?P<who>.+)$", text
    )
    # "Minutes of Conversation of the Separate Discussion between A and B": the talk named again, its parties
    # after it
    if m and (again := _TALK_AGAIN.match(m.group("who"))):
        m = re.search(
            rf"(?i)(?P<kind>between|with)\s+(?P<who>{re.escape(m.group('who')[again.end() :])})$", text
        )
    # "Record of Conversation at the Military Attaché Office and with the Ambassador ..., Comrade Sudarikov":
    # where it took place, then with whom
    m = m or re.search(
        rf"(?i)\b{MEETING_NOUNS}\s+(?:at|in)\s+[^,;]+?\s+(?:and\s+)?(?P<kind>with|between)\s+(?P<who>.+)$",
        text,
    )
    if not m:
        return _meeting_verb(facts, text) or _discussing(facts, text)
    # "From the Journal of ...", "Journal Entry of Ambassador Zhukov: ...", "Excerpt from the Diary of ...":
    # the keeper wrote it and sat in
    keeper = re.match(
        r"(?i)^(?:(?:excerpts?|entry|entries|notes?)\s+)?(?:from\s+)?(?:the\s+)?(?:diary|journal)"
        r"(?:\s+entr(?:y|ies))?\s+of\s+(?P<who>.+?)\s*[,:]",
        text,
    )
    diarist = parse_agent(keeper.group("who")) if keeper else None
    if diarist:
        facts.authors.append(diarist)
        facts.participants.append(diarist)
    # "Mao's Conversation with ...", "Minutes of Chairman Mao Zedong and Chairman Liu Shaoqi's Meeting with
    # ...": the talk's owners, each
    owner = re.match(
        r"^(?:\w+,\s+)?(?:(?i:minutes|record|notes?|memorandum|transcript|summary)\s+of\s+"
        rf"(?:(?i:{MEETING_NOUNS})\s+(?:from|of|at)\s+)?(?:the\s+)?)?"
        rf"(?P<who>[A-Z][\w .'-]+?)['’]s\s+(?i:{MEETING_NOUNS})",
        text,
    )
    for name in split_names(owner.group("who")) if owner else []:
        if agent := parse_agent(name):
            facts.participants.append(agent)
    if by_line := re.search(
        r"\bby\s+(?P<who>[A-Z][\w .'’-]+?)\s+(?:of|on)\s+(?:a\s+|the\s+|his\s+)?" + MEETING_NOUNS, text
    ):
        # "Memorandum by Joseph P. Walshe of meeting with Sir John Maffey": he wrote it and sat in
        by = parse_agent(by_line.group("who"))
        if by is not None and by.kind == "person":
            facts.authors.append(by)
            facts.participants.append(by)
    text_who = re.split(r"\s+(?:during|in the course of|on the occasion of)\s+", m.group("who"))[0]
    for found in reversed(find_dates(text_who)):  # "with Comrade Mao Zedong, Hangzhou, 7 June 1960": the
        at = re.search(r",\s*(?:[A-Z][\w'’-]+\s*){1,2},\s*$", text_who[: found.start])  # place and day
        if found.end >= len(text_who.rstrip(" .")) and at:
            text_who = text_who[: at.start()]
            break
    if (place := re.search(r",\s*[A-Z][\w'’-]+$", text_who)) and (
        re.search(r" and | [–—-] ", text_who)
        or is_organization(text_who[: place.start()])
        or _named_in_full(text_who[: place.start()], text_who[place.start() :].strip(" ,"))
    ):
        if is_known_place(text_who[place.start() :].strip(" ,")):
            facts.places.append(text_who[place.start() :].strip(" ,"))
        text_who = text_who[: place.start()]  # "..., Beijing": where they met, not who
    if (
        (seat := re.search(r",?\s+(?:in|at)\s+(?P<p>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)$", text_who))
        and is_known_place(seat.group("p"))
        or (
            seat := re.search(r"\s+(?:at|in)\s+the\s+(?P<p>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3})$", text_who)
        )
    ):
        text_who = text_who[: seat.start()]  # "..., Comrade Chebrikov, in Moscow": where they met, not who
    for found in reversed(find_dates(text_who)):  # "between A and B on 16 June 1970 with C"
        if re.search(r"\s(?:on|of|dated)\s*$", text_who[: found.start]):
            text_who = re.sub(r"\s+(?:on|of|dated)\s*$", "", text_who[: found.start]) + text_who[found.end :]
    who = re.split(
        r"(?i)(?:,?\s+(?:led|headed))?\s+(?:with|and|by)\s+(?=(?:[A-Z]|the\s|an?\s|c(?:omra)?de\.?\s))",
        text_who,
    )
    who = [piece for part in who for piece in _dashed_pair(part)]
    for part in who:
        if me := _MYSELF.match(part.strip()):  # "with myself [Kadri Hazbiu]": the writer sat in
            if (writer := parse_agent(me.group("who"))) is not None:
                facts.authors.append(writer)
                facts.participants.append(writer)
            continue
        whole = parse_agent(part)
        if whole and whole.office and "," in whole.as_written:
            facts.participants.append(whole)
            continue
        for name in split_names(part):
            agent = parse_agent(name)
            if agent:
                facts.participants.append(agent)
    return True


def _discussing(facts: TitleFacts, text: str) -> bool:
    """ "Transcript of Vice Premier Chen Yi and Soviet Ambassador S.V. Chervonenko discussing the Laos
    Issue": those named before the gerund talked."""
    m = re.match(
        rf"(?i)^(?:\w+\s+)?(?:record|memorandum|minutes|notes?|transcript|summary)\s+of\s+"
        rf"(?P<who>[^;]{{3,120}}?\s+and\s+[^;]{{3,60}}?)\s+{DISCUSSING}\b",
        text,
    )
    if not m:
        return False
    for part in re.split(r"(?i),?\s+and\s+|,\s+", m.group("who")):
        agent = parse_agent(part)
        if agent and agent.kind == "person" and all(agent.name != p.name for p in facts.participants):
            facts.participants.append(agent)
    return bool(facts.participants)


def _meeting_verb(facts: TitleFacts, text: str) -> bool:
    """ "Comrade Zhou Enlai, Comrade Peng Zhen Receive Tran Tu Binh, Vietnam's Ambassador to China; Nesti
    Nase, Albania's Ambassador to China; and Pak Se-chang, ...": who received and whom, each with an office
    perhaps."""
    m = re.match(rf"(?i)^(?P<a>[^.;:]{{3,120}}?)\s+{MEETING_VERBS}\s+(?P<b>.+)$", text)
    if not m:
        return False
    for side in (m.group("a"), m.group("b")):
        for item in re.split(r"\s*;\s*(?:and\s+)?", side):
            for name in split_names(item):
                agent = parse_agent(name)
                if agent and agent.kind == "person" and all(agent.name != p.name for p in facts.participants):
                    facts.participants.append(agent)
    return bool(facts.participants)


# "Joint Communiqué of the Government of A and the Government of B": bodies that issue it; only bodies count.
_ISSUED_BY = re.compile(
    r"(?i)^(?:\w+ )?(?:communiqu[ée]|declaration|proclamation)\s+(?:by|of)\s+(?:the\s+)?(?P<who>.+)$"
)

_SITTING_WORDS = r"(?:meetings?|sessions?|sittings?|plenums?|plenary sessions?)"
# "X Meetings": X sat; "the Cabinet held at 10 Downing Street": where it sat
_SITTING = rf"(?:\s+{_SITTING_WORDS})?(?:,?\s+held\s+(?:at|in|on)\s+.+)?"


def _of_body(facts: TitleFacts, text: str) -> bool:
    m = re.search(
        rf"(?i)\bfrom (?:the )?(?:minutes|protocol)(?: {NO} ?[\w/-]+)? of (?:the )?(?P<who>.+?)"
        rf"{_SITTING}$",
        text,
    )
    m = m or re.match(
        r"(?i)^(?:\w+ )?(?:resolution|decree|decision|directive|order|minutes|conclusions|protocol|diary|"
        r"journal|transcript|stenographic record|record|stenogram)"
        rf"(?: {NO} ?[\w/-]+)? of (?:the )?(?P<who>.+?){_SITTING}$",
        text,
    )
    m = m or re.match(
        # (and an embassy's "Information": "Information of the Bulgarian Embassy in Havana Regarding ...")
        r"(?i)^(?:\w+ )?(?:speech|address|remarks|report|statement|notes?|diary|information)\s+(?:by|of)\s+"
        r"(?P<who>.+)$"
        # FRUS's heads: "Memorandum by the Secretary of State (Dulles) to the President"
        r"|^(?:\w+ )?(?:memorandum|memo|minute)\s+by\s+(?P<by>.+)$",
        text,
    )
    issued = None if m else _ISSUED_BY.match(text)
    if issued:
        agents = _agents(issued.group("who"))
        if not agents or any(a.kind != "organization" for a in agents):
            return False  # "Declaration of Independence": what is declared, not who declares
        facts.authors = agents
        facts.issued = True
        return True
    if not m:
        return False
    if m.groupdict().get("by"):  # a paper handed by its writer: "Memorandum by A to B", no sitting's body
        who, to = _split_to(m.group("by"))
        facts.authors = _agents(who)
        facts.recipients = _agents(to) if to else []
        return bool(facts.authors)
    who = re.sub(
        r"(?i)^(?:the\s+|an?\s+)?(?:\d+(?:st|nd|rd|th)\s+|[a-z]+(?:st|nd|rd|th)\s+)?"  # "the 517th ..."
        r"(?:(?:joint|extraordinary|enlarged|regular|plenum|plenary)\s+)?(?:meeting|session|sitting|plenum|"
        r"conference)s?\s+of\s+(?:the\s+)?",
        "",
        m.group("who"),
    )
    who = re.split(r"(?i)\s+(?:on|at|before|concerning|regarding|about|for)\s+", who)[0]
    who = re.sub(rf"(?i)(?<=\w){_SITTING}$", "", who)  # "CPSU CC Politburo Meeting [on Ethiopia]": the body
    if re.fullmatch(rf"(?i)(?:the\s+)?{_SITTING_WORDS}", who):
        return False  # "Minutes of the Meeting on Poland": no body named
    if re.search(r",\s+(?:decision|resolution|item|point|no\.|with)\b", who, flags=re.I):
        who = who.split(",")[0]  # "the Politburo, Decision P84/422, with Instruction to ...": the body alone
    if re.fullmatch(rf"(?i){MEETING_NOUNS}", who.strip()):
        return False  # "Record of Conversation at ...": the talk, no body
    if find_dates(who) and find_dates(who)[0].start == 0:
        return False  # "Minutes of 11 December 1978 Meeting": of a day's meeting, no body named
    # "a Cabinet Meeting, The White House, Washington": the body that sat, then where
    if sat := re.match(rf"(?i)^(?:an?\s+|the\s+)?(?P<body>[^,]+?)\s+{_SITTING_WORDS}\s*,\s*(?P<at>.+)$", who):
        facts.places += [p.strip() for p in sat.group("at").split(",") if is_known_place(p.strip())]
        who = sat.group("body")
    who, to = _split_to(who)
    if to and re.match(r"(?i)^(?:\w+ )?(?:report|note|memorandum)\s+by\s", text):
        facts.recipients = _agents(to)  # "Note by A to the Chief Ministers": what is handed to someone
    if inverted := re.fullmatch(
        r"(?P<last>[A-Z][\w'’-]+),\s*(?P<first>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)", who
    ):
        who = f"{inverted.group('first')} {inverted.group('last')}"  # "Nehru, Jawaharlal"
    # "... of the Secretaries of State, War, and Navy, Washington": where the body sat, after it
    if (at := re.search(r",\s*(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*$", who)) and is_known_place(
        at.group("place")
    ):
        facts.places.append(at.group("place"))
        who = who[: at.start()]
    facts.authors = _agents(who)
    return True


def _seat(agent: Agent) -> str | None:
    """ "Chinese Embassy in Moscow" -> "Moscow", "Bulgarian Ambassador in Pyongyang, Misho Nikolov" ->
    "Pyongyang": where a body or an envoy writing from abroad sits (known cities only)."""
    body = agent.name if agent.kind == "organization" else agent.affiliation or agent.office or ""
    m = re.search(r"\s+in\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)$", body)
    if not m or not is_known_place(m.group("place")):
        return None
    return m.group("place")


_WRITER_FIRST = re.compile(
    # (his office may come first: "Soviet Ambassador to Ethiopia A.P. Ratanov, Memorandum of Meeting ...")
    # (not the keeper's words: "From the Diary of S. V. Chervonenko, ...")
    r"^(?P<writer>(?:(?!(?:From|Diary|Journal|Notes|Record|Memorandum)\b)[A-Z][\w'’-]*\s+(?:(?:to|in|of|the)\s+)?)"
    r"{0,6}?(?:[A-ZА-Я][a-zа-я]?\.\s?){1,3}[A-ZА-Я][\w'’-]+),\s+"
    r"(?P<rest>\S.+)$"
)
# The writers by their surnames before the genre, with no comma: "Ivanov and Prikhodov Report on the Mongolian
# Referendum", "Gromyko Memorandum to the CC CPSU"
_WRITERS_BEFORE_GENRE = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]+){0,4}?)\s+"
    rf"(?P<rest>(?i:{_TYPE_WORDS})\s+(?:on|about|to|of|for|regarding|concerning)\s.+)$"
)


def _writers_before_genre(text: str) -> tuple[list[Agent], str]:
    """The people named before the genre word of ``text`` (:data:`_WRITERS_BEFORE_GENRE`), when each is a
    person's name: no state, place, office or body among them ("Soviet Report on ..." names no one); and the
    title from the genre word on (``text`` itself when no one is named)."""
    m = _WRITERS_BEFORE_GENRE.match(text)
    if not m or any(
        is_state_word(w)
        or w.lower() in ORGANISATION_WORDS
        or marking_of(w)  # "Secret Report on ...", "Final Report on ...": words of the paper, no one's name
        or w.lower() == "top"  # "Top Secret Memorandum to ..."
        or re.fullmatch(GENRE_QUALIFIERS, w, flags=re.I)
        for w in m.group("who").split()
    ):
        return [], text
    people = [parse_agent(n) for n in split_names(m.group("who"))]
    if not people or any(
        p is None or p.kind != "person" or p.office or is_office(p.name) or is_known_place(p.name)
        for p in people
    ):
        return [], text
    return [p for p in people if p is not None], m.group("rest")


def _issuer_first(facts: TitleFacts, text: str) -> bool:
    """ "Central Intelligence Agency, Intelligence Report": a body, then the type of what it issued."""
    issuer, sep, rest = text.partition(", ")
    if (
        not sep
        or not is_organization(issuer)
        or doc_type_of(issuer) != "other"
        or doc_type_of(rest) == "other"
    ):
        return False
    agent = parse_agent(issuer, kind="organization")
    facts.authors = [agent] if agent else []
    return bool(agent)


_MARKING_END = re.compile(r"(?i)\s+(?:top\s+)?(?:secret|confidential|urgent)$")


def _possessor(facts: TitleFacts, text: str) -> bool:
    """ "Tsedenbal's diary on ...", "Mao Zedong's Letter to Stalin": the writer before the paper."""
    m = POSSESSED.match(PART_OF.sub("", text))
    if not m:
        return False
    head = PART_OF.sub("", text)
    writer = parse_agent(re.sub(r"['’]s\s+(?:\w+\s+)?$", "", head[: m.end()]).strip())
    if writer is None:
        return False
    facts.authors = [writer]
    rest = head[m.end() :]
    if to := re.match(r"(?i)\w+\s+to\s+(?P<to>.+)$", rest):
        facts.recipients = _agents(_cut_subject(to.group("to")))
    return True


def _body_decides(facts: TitleFacts, text: str) -> bool:
    """ "Politburo Decision to Confirm the Following Directive to the Soviet Ambassador in Korea"."""
    m = re.match(
        r"(?P<who>[A-Z][^,]*?)\s+(?i:decision|resolution|decree|directive|order|instructions?|cable|telegram|minute)\b"
        r"(?P<rest>.*)$",
        text,
    )
    who = _MARKING_END.sub("", m.group("who")) if m else ""  # "... Politburo Secret Resolution"
    if (
        not m
        or not is_organization(who)
        or re.search(r"(?i)\b(?:from|by)\b", who)
        or doc_type_of(who) != "other"
    ):
        return False
    agent = parse_agent(re.sub(r"(?i)^(?:top\s+)?secret\s+", "", who), kind="organization")
    facts.authors = [agent] if agent else []
    if to := re.search(
        r"(?i)\b(?:directive|instructions?|letter|telegram|message|order)\s+to\s+(?P<to>.+)$", m.group("rest")
    ):
        facts.recipients = _agents(to.group("to"))
    return bool(agent)


# Russian titles: a body's act ("Постановление Политбюро ЦК ВКП(б) «...»") or a person's paper ("Из доклада
# Первого секретаря МК и МГК ВКП(б) А. С. Щербакова на пленуме ...": the writer in the genitive).
_RU_ACT = re.compile(
    r"^(?:Из\s+)?(?:Постановлени[ея]|Решени[ея]|Выписка\s+из\s+протокола(?:\s+№\s*\S+)?|Протокол(?:\s+№\s*\S+)?)"
    r"\s+(?:заседания\s+)?(?P<who>[^«\"„]+?)\s*(?:[«\"„]|\s(?:об?|по|о\s+мерах)\s|$)"
)
_RU_PAPER = re.compile(
    r"(?:доклад[а]?|записк[аи]|письм[оа]|выступлени[ея]|речь|речи|(?:шифро)?телеграмм[аы]|донесени[ея]|справк[аи])\s+"
    r"(?:(?:[а-яё()-]+|[А-ЯЁ]{2,}\S*|[А-ЯЁ][а-яё]+)\s+)*?(?P<who>[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё-]+)"
)


# A Russian paper from one to another, the writer in the genitive, the addressee in the dative: "Телеграмма
# Литвинова Карахану", "Нота Народного Комиссариата ... Посольству Франции", "Письмо В.М. Молотову",
# and an edition's "Каганович — Сталину".
_RU_GENRE = (
    r"(?:телеграмм[аы]|шифротелеграмм[аы]|письм[оа]|записк[аи]|нот[аы]|донесени[ея]|послани[ея]|директив[аы])"
)
_RU_DATIVE = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ.-]*(?:ому|ему|ову|еву|ину|у|ю|ам|ям)$")
_RU_DASH = re.compile(
    r"^(?P<by>[А-ЯЁ][\w.]*(?:\s+[А-ЯЁ][\w.]*){0,2})\s+[—–-]\s+(?P<to>[А-ЯЁ][\w.]*(?:\s+[А-ЯЁ][\w.]*){0,2})$"
)
# ... or without the dash when each is initials and a surname, as the edition of Stalin's correspondence
# heads its letters: "Ф. РУЗВЕЛЬТ И. В. СТАЛИНУ", "И. В. СТАЛИН У. ЧЕРЧИЛЛЮ"
_RU_INITIALS_PAIR = re.compile(
    r"^(?P<by>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][А-ЯЁа-яё-]+)\s+(?P<to>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][А-ЯЁа-яё-]+)\*?$"
)


# A Russian surname in the genitive or the dative back in the nominative: "Литвинова" -> "Литвинов",
# "Молотову" -> "Молотов", "Карахану" -> "Карахан", "Вышинского" -> "Вышинский".
_RU_CASES = (
    (r"(ов|ев|ин|ын)(?:а|у)$", r"\1"),
    (r"ск(?:ого|ому)$", "ский"),
    (r"([бвгджзклмнпрстфхцчшщ])(?:а|у)$", r"\1"),
    (r"([бвгджзклмнпрстфхцчшщ])(?:я|ю)$", r"\1ь"),  # "Черчиллю" -> "Черчилль"
)


def _title_cased(word: str) -> str:
    """A word set in capitals as a heading sets names ("СТАЛИНУ"), as a sentence writes it ("Сталину")."""
    return word.title() if word.isupper() else word


def _nominative(agent: Agent | None) -> Agent | None:
    if agent is None or agent.kind != "person" or not re.search(r"[а-яёА-ЯЁ]$", agent.name):
        return agent
    words = agent.name.split()
    capitals = words[-1].isupper()
    for pattern, repl in _RU_CASES:
        if re.search(pattern, _title_cased(words[-1])):
            words[-1] = re.sub(pattern, repl, _title_cased(words[-1]))
            words[-1] = words[-1].upper() if capitals else words[-1]
            break
    agent.name = " ".join(words)
    return agent


def writer_to_addressee(line: str) -> bool:
    """A heading that is only who wrote to whom: in Russian, the addressee in the dative ("Каганович —
    Сталину", "Ф. РУЗВЕЛЬТ И. В. СТАЛИНУ"); in a translation, two names by their initials and a dash ("J. V.
    Stalin - V. I. Lenin")."""
    m = _RU_DASH.match(line.strip()) or _RU_INITIALS_PAIR.match(line.strip())
    return bool(m and _RU_DATIVE.match(_title_cased(m.group("to").split()[-1]))) or bool(
        _INITIALS_DASH.match(line.strip())
    )


# An edition of correspondence heads each letter with its writer and addressee, initials first, a dash
# between: "J. V. Stalin - V. I. Lenin"
_INITIALS_DASH = re.compile(
    r"^(?P<by>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)\s+[–—-]\s+(?P<to>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)$"
)


def _initials_dash(facts: TitleFacts, text: str) -> bool:
    if not (m := _INITIALS_DASH.match(text.strip())):
        return False
    facts.authors = [a for a in [parse_agent(m.group("by"))] if a]
    facts.recipients = [a for a in [parse_agent(m.group("to"))] if a]
    if facts.authors and facts.recipients and facts.doc_type == "other":
        facts.doc_type = "letter"  # the edition heads its letters so: the form says the genre, no guess
    return bool(facts.authors and facts.recipients)


def _russian_to(facts: TitleFacts, text: str) -> bool:
    m = _RU_DASH.match(text.strip()) or _RU_INITIALS_PAIR.match(text.strip())
    if m and _RU_DATIVE.match(_title_cased(m.group("to").split()[-1])):
        facts.authors = [a for a in [parse_agent(m.group("by"))] if a]
        facts.recipients = [a for a in [_nominative(parse_agent(m.group("to")))] if a]
        return bool(facts.authors)
    m = re.match(rf"(?i)^{_RU_GENRE}\s+(?P<rest>.+)$", text.strip())
    if not m:
        return False
    words = re.sub(r"\s+\d.*$", "", m.group("rest")).split()  # "Письмо В.М. Молотову 11 июля 1927 года"
    cut = next((k for k, w in enumerate(words) if _RU_DATIVE.match(w.strip(",."))), None)
    if cut is None:
        return False
    start = cut  # the addressee's initials and office come before the word in the dative
    while start > 0 and (
        re.fullmatch(r"(?:[А-ЯЁ]\.\s?){1,2}", words[start - 1]) or _RU_DATIVE.match(words[start - 1])
    ):
        start -= 1
    by, to = " ".join(words[:start]).strip(" ,"), " ".join(words[start:]).strip(" ,.")
    if by:
        facts.authors = [a for a in [_nominative(parse_agent(by))] if a]
    facts.recipients = [a for a in [_nominative(parse_agent(to))] if a]
    return bool(facts.recipients)


# A Russian conversation with someone, named in the instrumental: "Беседа с Ф. Рузвельтом в Тегеране",
# "Запись беседы с товарищем Мао Цзэдуном".
_RU_TALK = re.compile(
    r"(?i)^(?:из\s+)?(?:запись\s+)?(?:бесед[аыу]|встреч[аи]|разговора?)\s+(?:[\w.]+\s+){0,6}?с\s+"
    r"(?:(?:товарищем|тов\.|господином|г-ном)\s+)?(?P<who>[^,]+?)(?:\s+в\s+[А-ЯЁ][\w-]+)?\s*$"
)
_RU_INSTRUMENTAL = ((r"(ов|ев|ин|ын)ым$", r"\1"), (r"ским$", "ский"), (r"ом$", ""), (r"ем$", "й"))


def _russian_talk(facts: TitleFacts, text: str) -> bool:
    m = _RU_TALK.match(text.strip())
    if not m or not re.search(r"[А-ЯЁа-яё]", m.group("who")):
        return False
    words = m.group("who").split()
    for pattern, repl in _RU_INSTRUMENTAL:
        if re.search(pattern, words[-1], flags=re.I):
            words[-1] = re.sub(pattern, repl, words[-1], flags=re.I)
            break
    agent = parse_agent(" ".join(words))
    if agent is not None and agent.kind == "person":
        agent.as_written = m.group("who")
        facts.participants.append(agent)
    return bool(facts.participants)


def _russian(facts: TitleFacts, text: str) -> bool:
    if _russian_to(facts, text) or _russian_talk(facts, text):
        return True
    if m := _RU_ACT.match(text):
        agent = parse_agent(m.group("who").strip(" ,."), kind="organization")
        facts.authors = [agent] if agent else []
        return bool(agent)
    if m := _RU_PAPER.search(text):
        agent = parse_agent(m.group("who"))
        facts.authors = [agent] if agent else []
        return bool(agent)
    return False


# A paper from one to another in German or French: "Brief Eisenhowers an Adenauer über ...", "Schreiben an
# Dwight D. Eisenhower", "Telegramm des Gesandten von Lersner an das Auswärtige Amt", "La Légation de Suisse
# à Pétrograd à la Division des Affaires étrangères" (an "à" before an article or a title: the addressee's).
_DE_GENRE = (
    r"(?:schreiben|brief|telegramm|fernschreiben|aufzeichnung|note|vermerk|erlass|weisung|"
    r"drahtbericht|bericht)"
)
_DE_TO = re.compile(
    rf"(?i)^(?:{_DE_GENRE}\s+)?(?:(?:des|der|von)\s+)?(?P<by>[^,]*?)\s*\ban\s+"
    r"(?:das|den|die|dem|der)?\s*(?P<to>.+)$"
)
_FR_TO = re.compile(r"^(?P<by>.+?)\s+à\s+(?P<to>(?:la|le|les|l['’]|M\.|Mme|Monsieur|Son\s+Excellence)\s*.+)$")


def _german_or_french(facts: TitleFacts, text: str) -> bool:
    m = _DE_TO.match(text) if re.search(r"\ban\s", text) else None
    # an edition's heading names the writer by his office with its article: "Der Kais. Legationsrat an
    # Auswärtiges Amt", "Der Reichskanzler an den Botschafter in Moskau"
    office = (
        m is not None
        and re.match(r"^(?:Der|Die)\s", text)
        and re.fullmatch(r"(?:[A-ZÄÖÜ][\w.-]*\s*){1,3}", m.group("by").strip())  # nouns: no verb between
        and len(text.split()) <= 12
    )
    if m and (m.group("by") == "" or re.match(rf"(?i){_DE_GENRE}\b", text) or office):
        to = re.split(r"(?i)\s+(?:über|betreffend|betr\.|zur|zum|wegen|vom|\()\s*", m.group("to"))[0]
        to = to.rstrip(" .")
        head, _, seat = to.partition(",")
        facts.recipients = [a for a in [parse_agent(head)] if a]
        if seat.strip() and is_known_place(re.sub(r"\s+D\.C\.$", "", seat.strip())):
            facts.places.append(re.sub(r"\s+D\.C\.$", "", seat.strip()))
        by = re.sub(r"(?<=[a-zäöü])s$", "", m.group("by").strip())  # "Eisenhowers": the genitive
        if by:
            facts.authors = [a for a in [parse_agent(by)] if a]
        return bool(facts.recipients)
    if (m := _FR_TO.match(text)) and not re.search(r"(?i)\b(?:from|to)\b", text):
        article = r"^(?i:la|le|les|l['’])\s*"
        facts.authors = [a for a in [parse_agent(re.sub(article, "", m.group("by")))] if a]
        facts.recipients = [a for a in [parse_agent(re.sub(article, "", m.group("to")))] if a]
        return bool(facts.authors and facts.recipients)
    return False


# An edition's heading for a paper a body drew up: "Paper Prepared in the Central Intelligence Agency",
# "Memorandum Prepared by the Joint Chiefs of Staff for the President"
_PREPARED = re.compile(
    r"^(?:[\w-]+\s+){1,3}?(?:Prepared|Drafted|Drawn\s+Up|Compiled|Written)\s+(?:in|by)\s+(?:the\s+)?"
    r"(?P<who>[A-Z].+?)(?:\s+for\s+(?:the\s+)?(?P<for>[A-Z].+))?$"
)


def _prepared(facts: TitleFacts, text: str) -> bool:
    m = _PREPARED.match(text)
    if not m:
        return False
    for group, into in (("who", facts.authors), ("for", facts.recipients)):
        if not (text := m.group(group)):
            continue
        # one body, "and" and "of" within its name ("Bureau of Intelligence and Research")
        whole = parse_agent(text, kind="organization") if is_organization(text) else None
        into += [whole] if whole is not None else _agents(text)
    return bool(facts.authors)


GRAMMARS: tuple[tuple[str, Callable[[TitleFacts, str], bool]], ...] = (
    ("russian", _russian),
    ("dash-pair", _initials_dash),
    ("possessor", _possessor),
    ("conversation", _conversation),
    ("issuer-first", _issuer_first),
    ("of-body", _of_body),
    ("body-decides", _body_decides),
    ("prepared", _prepared),
    ("memo-for-from", _memo_for),
    ("post-to-post", _post_to_post),
    ("from-to", _from_to),
    ("type-to", _type_to),
    ("by", _by),
    ("to", _to_only),
    ("german-french", _german_or_french),
)


# "Embassy of the GDR in the PR China, 'Note about a Conversation of ...'": a body, and the title its
# document gives itself, quoted.
# The issuer may hold an apostrophe inside a word ("S.I. Divil'kovsky", "O'Neill") or after a plural's s
# ("Hungarian Socialist Workers' Party"): it opens no quotation
_QUOTED_TITLE = re.compile(
    r"^(?P<issuer>(?:[^'‘’“\"]|(?<=\w)['’](?=\w)|(?<=[a-z]s)['’](?=\s)){3,120}?),\s*['‘“\"](?P<title>.{8,}?)"
    r"['’”\"]?\s*$"
)


def _issuer_and_subject(issuer: str) -> TitleFacts | None:
    """The part before a quoted subject that names no genre: "Report, István Kádas, 'Information on ...'"
    (a genre, the writer), "Sukharev et al., CPSU Central Committee, 'On the Question of Katyn'" (the
    writers, then the body they wrote to)."""
    parts = [p.strip() for p in issuer.split(",") if p.strip()]
    kind = "other"
    if parts and (genre := doc_type_of(parts[0])) != "other":
        kind, parts = genre, parts[1:]  # "Report, István Kádas", "National Intelligence Estimate 13-7-66"
    # "From the Journal of N.G. Sudarikov, 'General Secretary ..., Kim Il Sung'": the keeper's record of a
    # talk with the man the quotation names
    keeper = (
        re.match(r"(?i)^(?:from\s+)?(?:the\s+)?(?:journal|diary)\s+of\s+(?=\S)", parts[0]) if parts else None
    )
    if keeper:
        parts[0] = parts[0][keeper.end() :]
        kind = "record_of_conversation" if kind == "other" else kind
    if parts:
        parts[0] = re.sub(r"^by\s+(?=[A-Z])", "", parts[0])  # "Memorandum, by L.D. Battle, ..., to ..."
    if not parts or re.search(r"\b(?:to|from)\b", parts[0]):
        return None  # "A to B, 'subject'" is the other grammars'
    writers = [a for a in parse_agents(re.sub(r"(?i)\s+et\s+al\.?", "", parts[0])) if a.kind == "person"]
    if not writers:
        return None
    facts = TitleFacts(doc_type=kind, transmits=None)
    facts.authors = writers
    if keeper:
        facts.participants = list(writers)
    facts.et_al = bool(re.search(r"(?i)\bet\s+al\b", parts[0]))
    to = next(
        (p for p in parts[1:] if p.startswith("to ")), None
    )  # "..., Executive Secretary, to McGeorge Bundy"
    facts.recipients = [a for a in [parse_agent(to[3:]) if to else None] if a is not None] or [
        a for a in (parse_agent(p) for p in parts[1:]) if a is not None and a.kind == "organization"
    ]
    facts.grammar = "issuer-subject"
    return facts


# Who signed for the writer, as the title says: "Letter from the HSWP CC [signed by Janos Kadar] to ...",
# "Appeal of the Government (signed by A and B)", "Treaty ..., signed by Molotov and Ribbentrop".
_SIGNED_BY = re.compile(r"(?i)(?:[\[(]|,\s+)signed\s+by\s+(?P<who>[^\]),;]+?)\s*(?:[\])]|,\s|;|$)")


# What trails a telegram's title after commas, as its form prints it: "Telegram from Pyongyang to
# Bucharest, TOP SECRET, No. 76.022, Urgent": its marking, its number, its precedence.
_TRAILER = re.compile(r",\s*(?P<item>[^,]{2,30})$")


def _trailers(title: str) -> tuple[str, str | None]:
    marking = None
    while (m := _TRAILER.search(title)) and (
        (found := marking_of(m.group("item")))
        or precedence_of(m.group("item")) in PRECEDENCE_WORDS
        or re.fullmatch(r"(?i)(?:no\.?|nº|№|#)\s*[\d./-]+\w*", m.group("item").strip())
    ):
        marking = marking or found or None
        title = title[: m.start()]
    return title, marking


def read_title(title: str) -> TitleFacts:
    title, marking = _trailers(title)
    facts = _read_title(title)
    facts.marking = facts.marking or marking
    if m := _SIGNED_BY.search(title):
        names = [a for a in parse_agents(m.group("who")) if a.kind == "person"]
        facts.signed = [a for a in names if not any(a.name == b.name for b in facts.authors)]
    return facts


def _read_title(title: str) -> TitleFacts:
    quoted = _QUOTED_TITLE.match(title)
    if (
        quoted
        and doc_type_of(quoted.group("title")) != "other"
        and doc_type_of(quoted.group("issuer")) == "other"
    ):
        facts = _read_title(quoted.group("title"))
        # "From the Journal of S.M. Kudryavtsev, 'Record of ...'": the journal's keeper
        keeper = re.sub(
            r"(?i)^(?:from\s+)?(?:the\s+)?(?:journal|diary|notes|papers)\s+of\s+", "", quoted.group("issuer")
        )
        issuer = parse_agent(keeper)
        if (
            issuer is not None
            and issuer.kind == "person"
            and any(w[:1].islower() and w not in PARTICLES for w in issuer.name.split())
        ):
            issuer = None  # words in lower case: no one's name
        if issuer is not None and not facts.authors:
            facts.authors = [issuer]  # "Col. Mieczysław Białek, 'Record of Conversation ...'": who wrote it
        return facts
    if quoted and (issued := _issuer_and_subject(quoted.group("issuer"))) is not None:
        return issued
    facts = TitleFacts(doc_type=doc_type_of(title), transmits=transmitted(title))
    if quoted and (named := doc_type_of(quoted.group("issuer"))) != "other":
        # "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation
        # with ...)'": the genre before the quoted subject is the paper's, not a word of its subject
        facts.doc_type = named
    text, event = core(title)
    # the writer by his initials and surname, then what he wrote ("V.A. Zorin, Memorandum of Conversation with
    # ..."): the rest is read as a title of its own, and he wrote it (and sat in the talk he records)
    writer = None
    if (first := _WRITER_FIRST.match(text)) and doc_type_of(first.group("rest")) != "other":
        writer = parse_agent(first.group("writer"))
        if writer is not None and writer.kind == "person":
            text = first.group("rest")
        else:
            writer = None
    # the genre, a colon, then what it records: "Memorandum of Conversation: Premier Zhou Enlai Receives ..."
    if (headed := re.match(r"^(?P<genre>[^:]{3,60}):\s+(?P<rest>[A-Z].{8,})$", text)) and (
        _genre_only(headed.group("genre"))
        or re.fullmatch(
            rf"(?i)(?:memorandum|record|minutes|notes?|transcript)\s+of\s+{MEETING_NOUNS}",
            headed.group("genre"),
        )
    ):
        text = headed.group("rest")
    writers: list[Agent] = []
    if writer is None:  # "Ivanov and Prikhodov Report on ...": the rest is read as a title of its own
        writers, text = _writers_before_genre(text)
    if writers:
        facts.doc_type = doc_type_of(text)
    for name, grammar in GRAMMARS:
        if name == "conversation" and not (
            facts.doc_type == "record_of_conversation"
            # "Excerpts from Tsedenbal's diary on his conversation with ... Mikoyan": a diary's talk
            or facts.doc_type in ("diary", "note")
            and re.search(
                rf"(?i)\b(?:conversations?|talks?|meeting){_TOOK_PLACE}\s+(?:with|between)\b", title
            )
            or facts.doc_type == "minutes"
            # "Minutes of Conversation", "... of the Meeting between A and B", "Minutes of A – B Meeting"
            # (not a body's sitting: "Conclusions of a Meeting of the Cabinet")
            and re.search(
                r"(?i)\bconversations?\b|\b(?:meeting|talks)\s+(?:between|with)\b"
                r"|\s[–—-]\s.*\b(?:meeting|talks)\b|\bmeeting\s+of\s+(?!the\b|a\b)[^,]+\s+and\s+",
                title,
            )
        ):
            continue
        if grammar(facts, text) or (
            # "Note regarding the Personal Conversation that took place between A and B": the talk the
            # subject cut away is what the note records
            name == "conversation"
            and facts.doc_type == "note"
            and len(text.split()) <= 2  # the genre alone is left ("Note"): the rest was all subject
            and text != title
            and grammar(facts, title)
        ):
            facts.grammar = name
            break
    else:
        log.debug("title %r: no grammar names its people", title)
    if facts.doc_type == "diary" and not facts.participants and facts.grammar != "conversation":
        # "Excerpts from Tsedenbal's diary on his conversation with ... Mikoyan": who the keeper talked with
        talk = TitleFacts(doc_type="record_of_conversation")
        if re.search(r"(?i)\b(?:conversations?|talks?|meeting)\s+with\b", text) and _conversation(talk, text):
            facts.participants = [p for p in talk.participants if p.kind == "person"]
    if writers:
        facts.authors = writers
    # "... Session of the CPSU CC Presidium ..., with Participation by J. Kadar, F. Munnich, and I. Horvath":
    # those who sat in with the body
    if with_them := re.search(
        r"(?i),?\s+with\s+(?:the\s+)?participation\s+(?:by|of)\s+(?P<who>[A-Z].+)$", text
    ):
        facts.participants += [
            a for a in _agents(with_them.group("who")) if a.kind == "person" and a not in facts.participants
        ]
    if writer is not None:
        facts.authors = [writer] + [a for a in facts.authors if not same_person(a, writer)]
        if facts.doc_type == "record_of_conversation" and not any(
            same_person(writer, p) for p in facts.participants
        ):
            facts.participants.insert(0, writer)
    # "... to the Romanian Ministry of Foreign Affairs, Pol Pot’s Visit to the DPRK": a subject after a comma
    facts.recipients = [a for a in facts.recipients if not re.search(r"\w[’']s\s+[A-Z]?\w+", a.name)]
    # "Memorandum for the Record": written to the files, to no one
    facts.recipients = [a for a in facts.recipients if not re.fullmatch(r"(?i)(?:the\s+)?record", a.name)]
    for agent in facts.authors + facts.recipients:
        if (seat := _seat(agent)) and seat not in facts.places:
            facts.places.append(seat)
    # "from Maneli (Saigon) to Spasowski (Warsaw)": the city in brackets after a side's name is where it sat
    for m in re.finditer(r"(?P<who>[\w'’-]+)\s+\((?P<place>[^()]{2,40})\)", text):
        place = m.group("place").strip()
        if not is_known_place(place):
            continue
        if any(a.name.split()[-1:] == [m.group("who")] for a in facts.authors) and place not in facts.places:
            facts.places.append(place)
        elif (
            any(a.name.split()[-1:] == [m.group("who")] for a in facts.recipients)
            and place not in facts.sent_to
        ):
            facts.sent_to.append(place)
    # a city addressed ("Telegram from Pyongyang to Bucharest", "Cablegram to Canberra") is where the paper
    # went; it stands for a ministry seated there that the title does not name, so it is no addressee
    facts.sent_to += [
        a.name for a in facts.recipients if is_known_place(a.name) and a.name not in facts.sent_to
    ]
    facts.recipients = [a for a in facts.recipients if not is_known_place(a.as_written.strip(" ,."))]
    if facts.doc_type == "record_of_conversation":
        facts.event_date = event
    # "A to B", "Ф. РУЗВЕЛЬТ И. В. СТАЛИНУ" (the addressee in the dative): a letter, when no word says
    if facts.doc_type == "other" and (
        facts.grammar == "to" or facts.grammar == "russian" and facts.recipients and not facts.participants
    ):
        facts.doc_type, facts.defaulted = "letter", True
    return facts
