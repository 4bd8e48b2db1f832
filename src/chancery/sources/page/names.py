"""Names as pages write them -> :class:`~chancery.model.Agent` (display name, honorifics, office, kind).

A name on these pages comes wrapped: honorifics ("Cde.", "Comrade", "Marshal", "Mr."), offices
("Soviet Ambassador in China", "Head of the East Turkestan Government"), editorial brackets ("[sic]",
"V[asily]."), shouting capitals ("ALIHAN TORE") and affiliations in parentheses. :func:`parse_agent` keeps
the literal text as ``as_written`` and returns a clean display ``name``; :func:`split_names` cuts a list
("A, B, and C", "A and B et al.") into its names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chancery.lexicon.chinese import readings
from chancery.lexicon.countries import COUNTRIES, is_country_or_post, is_state_word
from chancery.lexicon.given_names import surname_first
from chancery.lexicon.honorifics import ADDRESS_FORMS, INITIAL_LIKE
from chancery.lexicon.numbers import NUMBER_WORDS
from chancery.lexicon.offices import OFFICE_QUALIFIERS
from chancery.lexicon.organisations import ORGANISATION_ACRONYMS, ORGANISATION_NAMES, ORGANISATION_WORDS
from chancery.lexicon.particles import CONNECTIVES, PARTICLE_FREE_FAMILIES, PARTICLES, POST_NOMINALS
from chancery.lexicon.particles import SUFFIXES as LEXICON_SUFFIXES
from chancery.model import Agent
from chancery.sources.page.dates import MONTHS
from chancery.sources.page.honorifics import HONORIFICS, OFFICE_WORDS, ROLE_NOUNS
from chancery.sources.page.markings import DECLASSIFICATION_STAMP
from chancery.sources.page.memo import remembered
from chancery.sources.page.places import is_known_place
from chancery.sources.page.text import unspaced
from chancery.sources.page.transliteration import name_key


def _words_pattern() -> re.Pattern[str]:
    """The lexicon's words, acronyms and names of bodies as one pattern ("vkpb" is written "VKP(b)";
    a word may take its plural or British spelling: "organisations", "centres")."""
    words = sorted(ORGANISATION_WORDS | ORGANISATION_NAMES, key=len, reverse=True)
    alternatives = [re.escape(w).replace(r"\ ", r"\s+") + r"(?:s|es)?" for w in words]
    # short acronyms in capitals only ("UN", not the "Un" of "Kim Jong Un"; "TsK" as Russian writes it)
    alternatives += [
        re.escape(a) if len(a) > 3 else "(?-i:" + re.escape(a.upper()) + ")"
        for a in sorted(ORGANISATION_ACRONYMS - {"vkpb"})
    ]
    alternatives += [r"(?-i:TsK)", r"vkp\(b\)", r"organi[sz]ation"]
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b", re.I)


ORG_WORDS = _words_pattern()
SUFFIXES = {*LEXICON_SUFFIXES, *(f"{s}." for s in LEXICON_SUFFIXES)}  # "jr", "jr."
_INITIAL = re.compile(r"^(?:[A-ZА-Я][a-zа-я]?\.){1,3}$")
_PARTICLES = PARTICLES
_SIC = re.compile(r"\[\s*sic[^\]]*\]", re.I)


_ROMAN = {s for s in LEXICON_SUFFIXES if set(s) <= set("ivx")}  # the suffixes that are numerals


def title_case(word: str) -> str:
    """ "SAVEL'YEV" -> "Savel'yev", "HEON-YEONG" -> "Heon-Yeong"; mixed-case words stay as they are."""
    if not word.isupper() or len(word) < 2 or _INITIAL.match(word) or word.strip(".,").lower() in _ROMAN:
        return word  # "MacArthur II": a numeral stays in capitals
    if "/" in word:
        return word  # an office's symbol, "SA/DCI/IA", no one's name
    parts = re.split(r"(-)", word.lower())
    return "".join(p[:1].upper() + p[1:] for p in parts)


_ALIAS = re.compile(r"^(?P<before>.*\w)\s+\[(?P<inside>[^\]]*)\]\s*$")


def _alias_or_completion(m: re.Match[str]) -> str:
    """A bracket after a whole name is an alias ("ALIHAN TORE [SHAKIRJAN]": dropped); after a lone
    surname or a title it completes the name ("Zhu [De]" -> "Zhu De", "Chairman [Mao Zedong]")."""
    before, inside = m.group("before"), m.group("inside")
    words = [  # (an editor's office before the name is no word of it: "[Foreign Minister] Koča [Popović]")
        w
        for w in re.sub(r"\[[^\]]*\]", " ", before).split()
        if w.lower().strip(".,") not in HONORIFICS and w.lower() not in OFFICE_WORDS
    ]
    if len(words) <= 1 and re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}", inside.strip()):
        if words and _SURNAME.search(words[0]) and _SURNAME.search(inside.strip()):
            # a code name and the man the editor knows behind it: "Filippov [Stalin]", "Kozlov [Mikoyan]"
            return " ".join([*before.split()[:-1], inside.strip()])
        return f"{before} {inside.strip()}"
    return before


# A Slavic family name by its ending ("Filippov", "Stalin", "Mikoyan", "Vyshinsky"), which no given name
# of the languages that put the family name first has.
_SURNAME = re.compile(r"(?:ov|ev|ova|eva|in|ina|sky|skii|skiy|ski|enko|ich|yan|ian)$")


_SIC_IN_WORD = re.compile(r"\s*\[\s*sic[^\]]*\](?=\w)", re.I)  # ZHDA0 [sic]Y -> ZHDA0Y
_SUPPLIED = re.compile(r"(\w)\[(\w+)\]\.?")  # V[asily]. -> Vasily
_SUPPLIED_WORDS = re.compile(r"\[([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\]")  # [Boleslaw] -> Boleslaw
_BRACKET = re.compile(r"\[[^\]]*\]?")
_ZERO_FOR_O = re.compile(r"(?<=[A-Za-z])0(?=[A-Za-z]|\b)")  # ZHDA0Y: a zero typed for an O
_WHITESPACE = re.compile(r"\s+")


# An editor's bracket before a surname giving his office and given names: "[Director General in the
# Foreign Ministry Przemysław] Ogrodziński", "[Ambassador Edward] DROŻNIAK": read as written out.
_SUPPLIED_OFFICE = re.compile(r"\[(?P<inside>[^\]]*\s[^\]]*)\](?=\s+[^\W\d_])")
# A note's number glued to a name: "Ogrodziński1", "DROŻNIAK2".
_NOTE_NUMBER = re.compile(r"(?<=[^\W\d_]{3})\d{1,2}(?=\s|$|[,;:.)\]])")


def _given_after_office(m: re.Match[str]) -> str:
    office, name = split_office(m.group("inside"))
    if office and re.match(r"\s+[A-Z][\w'’-]+\s+[A-Z]", m.string[m.end() :]):
        return " "  # "[Private Adviser to Prince Sihanouk] Penn Nouth": the editor's note on a whole name
    return f"{office} {name}" if office and name and name[:1].isupper() else m.group(0)


def strip_editorial(text: str) -> str:
    """Drop [sic] and other notes; keep supplied letters of a name ("V[asily]." -> "Vasily")."""
    if "[" in text:
        text = _SUPPLIED_OFFICE.sub(_given_after_office, text)
        text = _SIC.sub(" ", _SIC_IN_WORD.sub("", text))
        text = _SUPPLIED.sub(r"\1\2", text)
        text = _ALIAS.sub(_alias_or_completion, text)
        text = _BRACKET.sub(" ", _SUPPLIED_WORDS.sub(r"\1", text))
    if "0" in text:
        text = _ZERO_FOR_O.sub("O", text)
    if any(c.isdigit() for c in text):
        text = _NOTE_NUMBER.sub("", text)
    return _WHITESPACE.sub(" ", text).strip(" ,;:")


def is_organization(text: str) -> bool:
    return bool(ORG_WORDS.search(strip_editorial(text)))


_HONORIFICS_BY_INITIAL: dict[str, list[str]] = {}  # the table's order kept, by first letter (speed)
for _h in HONORIFICS:
    _HONORIFICS_BY_INITIAL.setdefault(_h[:1], []).append(_h)


def strip_honorifics(text: str, *, after_honorific: bool = False) -> tuple[list[str], str]:
    """The honorifics ``text`` opens with, and the rest. An honorific that is also an initial ("M.",
    "C.") is one only first and before a full name: "M. Dejean", but "Cde. M. A. Suslov", "C. E. Bohlen"
    (``after_honorific``: the text followed honorifics already taken off, "Comrade M. Rákosi")."""
    found: list[str] = []
    changed = True
    while changed:
        changed = False
        low = text.lower()
        for h in _HONORIFICS_BY_INITIAL.get(low[:1], ()):
            if low.startswith(h) and (
                len(text) == len(h) or not (text[len(h)].isalnum() or text[len(h)] == "-")
            ):
                rest = text[len(h) :].lstrip(" ,")
                if not rest or re.match(r"(?i)(of|in|to|for|at)\b", rest) or ORG_WORDS.fullmatch(rest):
                    break  # "General Office", "General Staff": the word names the body
                if h in INITIAL_LIKE and (found or after_honorific or _INITIAL.match(rest.split()[0])):
                    break
                if h != "the":
                    found.append(text[: len(h)].strip())
                text = rest
                changed = True
                break
    return found, text


def _is_name_token(tok: str) -> bool:
    bare = tok.strip(',;:()"“”')
    if not bare or bare.isupper() and bare.lower() in ORGANISATION_ACRONYMS:
        return False  # "PZPR" in "First Secretary of the CC PZPR Zenon Kliszko": the body's, not the name's
    if bare.lower() in SUFFIXES or bare.lower() in _PARTICLES or _INITIAL.match(bare):
        return True
    parts = bare.lower().split("-")  # "Under-Secretary": an office's word in parts
    return (
        bare[0].isupper() and bare.lower() not in OFFICE_WORDS and not all(p in OFFICE_WORDS for p in parts)
    )


def split_office(text: str) -> tuple[str | None, str]:
    """ "Soviet Ambassador in China A. A. Petrov" -> ("Soviet Ambassador in China", "A. A. Petrov")."""
    tokens = text.split()
    if len(tokens) < 2 or not any(t.lower().strip(",") in ROLE_NOUNS for t in tokens[:-1]):
        return None, text
    last = -2 if re.fullmatch(r"[IVXL]+|[A-Z]|\d+[a-z]?", tokens[-1].strip(",;:.")) else -1  # "Department X"
    if tokens[last].lower().strip(",;:.") in ORGANISATION_WORDS:
        return None, text  # "Deputy Head of 1st Main Directorate": a body's noun ends it, no name does
    k = len(tokens)
    while k > 0 and _is_name_token(tokens[k - 1]):
        if k >= 2 and tokens[k - 2].lower() in CONNECTIVES:
            break
        k -= 1
    while k < len(tokens) and tokens[k].lower().strip(",;:") in ORGANISATION_WORDS:
        k += 1  # "... of the Supreme People's Assembly KIM IL SUNG": a body's noun ends an office, no name
    if (
        k == len(tokens)
        or k == 0
        or any(
            is_known_place(" ".join(tokens[j:])) or " ".join(tokens[j:]).lower() in COUNTRIES
            for j in (k - 1, k)
        )
    ):
        return None, text  # "Consul General in Hong Kong", "Governor of New Zealand": a place ends it
    # "Ambassador to North Korea Vasily Moskovsky": the post's name of two or three words after "to", "in",
    # ends the office (the name starts after it)
    for j, n in ((j, n) for j in (k - 1, k) for n in (3, 2)):
        post = " ".join(tokens[j : j + n]).strip(",")
        if (
            0 < j < k + 1
            and j + n < len(tokens)
            and tokens[j - 1].lower() in ("to", "in", "at", "for", "of", "the")
            and (is_known_place(post) or post.lower() in COUNTRIES)
        ):
            k = j + n
            break
    first_initial = next((i for i in range(k, len(tokens)) if _INITIAL.match(tokens[i])), None)
    if (
        first_initial is not None
        and first_initial > k
        and (
            all(t.isupper() for t in tokens[k:first_initial])
            and not tokens[-1].isupper()
            or any(
                is_known_place(place) or is_country_or_post(place)
                for place in (" ".join(tokens[k - 1 : first_initial]), " ".join(tokens[k:first_initial]))
            )
        )
    ):  # "to the DPRK A.M. Puzanov", "in North Korea V. Puzanov": the name starts at the initials (not
        k = first_initial  # "Livingston T. Merchant")
    office = " ".join(tokens[:k]).strip(" ,-–")
    return office or None, " ".join(tokens[k:])


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@remembered()
def is_office(text: str) -> bool:
    """ "Ambassador", "Assistant Secretary for European Affairs", "Vietnam's Ambassador to China", "3rd
    Embassy Secretary", "RCP CC Permanent Presidium Executive Committee member": an office alone, no name
    in it. Either the words before its first connective are words of offices or of states and name a role
    (what follows a connective is its domain: "of Central Intelligence"), or it ends with a role noun;
    and no name ends it ("Head of Delegation Sijaona" is an office and a name)."""
    words = re.sub(r"^(?i:the)\s+", "", text.strip(" .,;:")).split()
    if not words or split_office(" ".join(words))[0] is not None:
        return False
    head: list[str] = []
    for word in words:
        if word.lower() in CONNECTIVES:
            break
        head.append(re.sub(r"['’]s$", "", word.lower().strip(".,")))
    head = [
        part for w in head for part in (w.split("-") if w not in OFFICE_WORDS else [w])
    ]  # "under-secretary"
    return bool(head) and (
        any(w in ROLE_NOUNS for w in head)
        and all(
            w in OFFICE_WORDS or w in ORGANISATION_WORDS or is_state_word(w) or _ORDINAL.fullmatch(w)
            for w in head
        )  # "Division Head in Main Department ...": a body's noun may qualify the office
        or len(words) > 1
        and words[-1].lower().strip(".,").split("-")[-1] in ROLE_NOUNS
    )


# An office's code or an office before a dash ("EUR - Foy D. Kohler", "S/P – Patrick Dean"), or after it
# ("Comrade Jae – 3rd Embassy Secretary").
_DASHED = re.compile(r"^(?P<a>(?:(?!\s[-–—]\s).)+?)\s+[-–—]\s+(?P<b>(?:(?!\s[-–—]\s).)+)$")
_OFFICE_CODE = re.compile(r"[A-Z][A-Z/&]{0,7}")


def _office_by_dash(text: str) -> tuple[str | None, str]:
    m = _DASHED.match(text)
    if not m:
        return None, text
    a, b = m.group("a").strip(), m.group("b").strip()
    if _OFFICE_CODE.fullmatch(a) and not _OFFICE_CODE.fullmatch(b) or is_office(a) and not is_office(b):
        return a, b
    if is_office(b) and not is_office(a):
        return b, a
    return None, text


def _office_before_comma(text: str) -> tuple[str | None, str]:
    """ "Premier of the MPR, Comrade Tsedenbal" -> ("Premier of the MPR", "Comrade Tsedenbal")."""
    head, sep, tail = text.rpartition(",")
    if not sep or tail.strip().lower() in SUFFIXES or not head.strip():
        return None, text
    if not any(w.lower() in ROLE_NOUNS for w in head.split()):
        return None, text
    return head.strip(), tail.strip()


def _office_after_comma(text: str) -> tuple[str | None, str]:
    """ "Zhou Enlai, Premier" -> ("Premier", "Zhou Enlai"): a name, then its office (a role noun first)."""
    head, sep, tail = text.partition(",")
    words = tail.split()
    if not sep or not head.strip() or not words or tail.strip().lower() in SUFFIXES:
        return None, text
    if (words[0].lower().strip(".") not in ROLE_NOUNS | set(OFFICE_WORDS) and not is_office(tail)) or any(
        w.lower() in ROLE_NOUNS for w in head.split()
    ):
        return None, text
    return tail.strip(), head.strip()


def _display(name: str) -> str:
    """A name as displayed: one written in capitals in title case, its particles in lower case ("Charles
    de Gaulle"), unless the particle ends the name ("Zhu De") or follows a family name whose particles are
    names ("Pham Van Dong")."""
    words = name.split()
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1) >= max(1, len(words) // 2)
    if shouting:
        free = bool(words) and words[0].lower() in PARTICLE_FREE_FAMILIES
        words = [
            title_case(w)
            if k == 0 or k == len(words) - 1 or free or w.lower() not in _PARTICLES | CONNECTIVES
            else w.lower()
            for k, w in enumerate(words)
        ]
    return " ".join(words).strip(" ,.;:") + ("." if name.endswith(("Jr.", "Sr.")) else "")


def parse_agent(text: str, *, kind: str | None = None, office: str | None = None) -> Agent | None:
    """One name as written -> Agent; None when nothing name-like is left. The same text is read once
    (a page names the same people in many blocks); each call gets its own copy to change."""
    agent = _parse_agent(text, kind, office)
    if agent is None:
        return None
    return replace(agent, honorifics=list(agent.honorifics), authority=dict(agent.authority))


_BODY_THEN_ADDRESSED = re.compile(
    rf"^(?P<body>[^,]{{2,80}}),\s*(?P<who>(?i:{'|'.join(re.escape(f) for f in ADDRESS_FORMS)})\s+[A-Z].*)$"
)


# A form's pointer to where the entry is given: "See header", "see above", "as above", "ditto", and an
# edition's to the note before ("Ibid.")
_CROSS_REFERENCE = re.compile(
    r"(?i)(?:see|vide)\s+(?:the\s+)?(?:header|heading|above|below|over(?:leaf)?|attached|list|text)|"
    r"as\s+(?:above|below)|ditto|idem|same|ibid\.?|ibidem"
)
# A form's captions and a list's labels, alone where a name should be
_FORM_WORDS = frozenset(
    {"name", "address", "signature", "participants", "present", "subject", "date", "initials", "remarks"}
)


_COPY_COUNT = re.compile(
    r"(?i)(?:in\s+)?(?:\d+|a\s+single|" + "|".join(NUMBER_WORDS) + r")\s+cop(?:y|ies)\b|"
    r"cop(?:y|ies)\s+(?:number|no\.?|n[º°])"
)


_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_A_DAY = re.compile(
    rf"(?i)(?:\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?|(?:{_MONTH})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
_GLUED_TITLE = re.compile(r"^(\w{2,5}\.)(?=[A-ZА-ЯЁ][a-zа-яё])")


_GLUED_INITIAL = re.compile(r"(?<=\b[A-ZА-Я])\.(?=[A-ZА-Я][a-zа-я])")


@remembered(maxsize=8192)
def _parse_agent(text: str, kind: str | None, office: str | None) -> Agent | None:
    written = re.sub(r"\s+", " ", text.replace("↩", " ")).strip(' ,;:"“”')  # "Eisenhower.↩": a note's return
    if not re.search(r"(?:\bJr|\bSr|\b[A-Z]|\b[A-Z][a-z])\.$", written):
        written = written.rstrip(" .")
    if not written:
        return None
    if _CROSS_REFERENCE.fullmatch(written):
        return None  # "Sent to: See header": where the name is, not a name
    if _COPY_COUNT.match(written):
        return None  # "Written: in 8 copies", "Copy number: 1": how many copies, no one
    if DECLASSIFICATION_STAMP.match(written) or written.lower() in _FORM_WORDS:
        return None  # "Approved For Release 2002/02/06 : CIA-RDP...", a form's caption ("Name", "Signature")
    if re.fullmatch(r"\[[^\]]*\]", written):  # "[illegible signature]"
        return Agent(name=written, as_written=written, kind="unknown")
    clean = re.sub(r"\s+\([^)]*\)", " ", strip_editorial(unspaced(written))).strip()
    clean = _GLUED_INITIAL.sub(". ", clean)  # "T.Zhivkov", "I.V.Stalin": an initial's space lost
    if (glued := _GLUED_TITLE.match(clean)) and glued.group(1).lower() in HONORIFICS:
        clean = (
            f"{glued.group(1)} {clean[glued.end() :]}"  # "тов.Молотову", "Cde.Stalin": the title's space lost
        )
    if kind != "organization" and (straight := inverted(clean)):
        clean = straight  # the name in its usual order; as_written keeps the page's
    # a body, then its man by his form of address: "Central Committee, Comrade Markowski", "MfAA, Comrade X"
    if (
        kind != "organization"
        and (aff := _BODY_THEN_ADDRESSED.match(clean))
        and not any(w.lower().strip(".,") in ROLE_NOUNS for w in aff.group("body").split())  # an office's
        and (is_organization(aff.group("body")) or re.fullmatch(r"[A-Z][A-Za-z]{1,7}", aff.group("body")))
    ):
        person = _parse_agent(aff.group("who"), kind, office)
        if person is not None and person.kind == "person":
            return replace(person, as_written=written, affiliation=aff.group("body"))
    found_office, clean = _office_by_dash(clean)
    honorifics, rest = strip_honorifics(clean)
    if found_office is None:
        found_office, rest = _office_before_comma(rest)
    if found_office is None:
        found_office, rest = _office_after_comma(rest)
    if found_office is None:
        found_office, rest = split_office(rest)
    if kind is None and (member := _member_of(rest, titled=bool(honorifics))) is not None:
        return Agent(name=member[0], as_written=written, kind="person", honorifics=honorifics,
                     office=office or found_office, affiliation=member[1])  # fmt: skip
    org = kind == "organization" or (kind is None and (is_organization(rest) or is_country_or_post(clean)))
    if kind is None and not org and _plural_office(clean):
        group = re.sub(r"^(?i:the|all)\s+", "", clean).strip(" .,")
        return Agent(name=group, as_written=written, kind="organization", honorifics=[])
    if org:
        whole = clean if found_office else rest
        whole = re.sub(r"^(?i:the|an?)\s+", "", whole)
        return Agent(name=whole.strip(" .,"), as_written=written, kind="organization", honorifics=[])
    more, rest = strip_honorifics(rest, after_honorific=bool(honorifics))
    honorifics += more
    rest = inverted(rest) or rest  # "Cde. Molotov V. M." -> "V. M. Molotov"
    rest = surname_first(rest) or rest  # "Barity Miklós" -> "Miklós Barity": Hungarian order turned round
    name = _display(rest)
    if not name or not re.search(r"[^\W\d_]", name) or _A_DAY.fullmatch(name):
        return None  # no letters, or a day ("October 8", "18 July 1977"): no name
    return Agent(
        name=name, as_written=written, kind="person", honorifics=honorifics, office=office or found_office
    )


_MEMBER_OF = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?(?P<body>[A-Z].+)$"
)


def _member_of(text: str, titled: bool) -> tuple[str, str] | None:
    """ "Harold Saunders of the National Security Council Staff": a person's full name, then the body he
    belongs to (not "Bank of England", "Central Committee of the CPSU", "Duke of Edinburgh")."""
    m = _MEMBER_OF.match(text)
    if not m or not is_organization(m.group("body")):
        return None
    who = m.group("who")
    words = [w.lower().strip(".,") for w in who.split()]
    if len(words) < 2 and not titled:  # "Bank of England"; but "Mr. Smith of the Department of State"
        return None
    if (
        is_organization(who)
        or is_known_place(who)
        or any(w in OFFICE_WORDS or w in HONORIFICS for w in words)
    ):
        return None
    return who, m.group("body")


def _plural_office(text: str) -> bool:
    """ "the Chief Ministers", "Ambassadors", "Foreign Ministers of North Korea and Mongolia": the holders of
    an office as a group, not one person (the words after a connective are the office's domain)."""
    words = re.split(r"\s+(?:of|for|to|in|at)\s+", text, maxsplit=1)[0].split()
    if not words or not all(
        w.lower().strip(".") in {*OFFICE_WORDS, *HONORIFICS, *NUMBER_WORDS, "the", "all", "both"}
        or w.isdigit()
        for w in words[:-1]
    ):
        return False  # "Jules Ministers": a given name before it, a person (not "the Five Ambassadors")
    last = words[-1].lower().strip(".,")
    singular = {last[:-3] + "y", last[:-3] + "man", last[:-1], last[:-2]} if last.endswith("s") else set()
    if last.endswith("men"):
        singular.add(last[:-3] + "man")
    return bool(singular & ROLE_NOUNS)


_INVERTED = re.compile(
    r"(?P<last>[A-Z][\w'’-]+),\s*(?P<first>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w'’-]*))?)"
)


_SURNAME_INITIALS = re.compile(  # the surname in capitals too, as minutes print it: "BREZHNEV L.I."
    r"(?P<last>[A-Z][a-z][\w'’-]+|[A-Z]{3,}(?:-[A-Z]{2,})?),?\s+"  # "Ratanov, A.P."
    r"(?P<initials>(?:[A-Z][a-z]?\.\s?){1,3}|(?:[A-Z][a-z]?\.\s?){1,2}[A-Z][a-z]?)"
)


_SURNAME_END = re.compile(r"(?:ov|ev|ova|eva|sky|skiy|skii|ski|enko|yan|dze|shvili|vich)$")


@remembered()
def inverted(text: str) -> str | None:
    """ "Nehru, Jawaharlal" -> "Jawaharlal Nehru", "Stalin I. V." -> "I. V. Stalin": a surname first, then
    given names (after a comma) or initials, and nothing else."""
    m = _SURNAME_INITIALS.fullmatch(text.strip())
    last = m.group("last").lower() if m else ""
    if m and last not in OFFICE_WORDS and last not in HONORIFICS and last not in ORGANISATION_ACRONYMS:
        initials = m.group("initials").strip()
        return f"{initials}{'' if initials.endswith('.') else '.'} {m.group('last')}"
    m = _INVERTED.fullmatch(re.sub(r"(?<=[a-z])\.$", "", text.strip(" ,;")))
    if not m:
        return None
    given = m.group("first").split()
    words = [w.lower() for w in given + m.group("last").split()]
    if len(words) == 2 and all(readings(w) for w in words):
        return None  # "Chou, Ch'en", "Chu, Wang": two surnames in a list; a given name is no syllable alone
    if any(w in OFFICE_WORDS or w in HONORIFICS or w.rstrip(".") in SUFFIXES for w in words):
        return None  # "Stalin, Chairman", "Murphy, Jr."
    if (
        is_organization(text)
        or _SURNAME_END.search(m.group("first").split()[0])
        or is_known_place(m.group("last"))
    ):
        return None  # "Stalin, Molotov": two surnames in a list, not one inverted name
    return f"{m.group('first')} {m.group('last')}"


def _rejoin_suffixes(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and part.strip().lower() in SUFFIXES:
            out[-1] = f"{out[-1]}, {part.strip()}"
        else:
            out.append(part)
    return out


def _inverted_in_list(text: str) -> list[str] | None:
    """ "Hershberg, James G. and Sergey Radchenko": an inverted name among full names, each part kept whole.

    Only when every other part is a full name of two words or more (in "Mao, Zhou and Liu" the lone
    surnames show a list of surnames, not "Zhou Mao"), and the inverted form is beyond doubt: initials or
    two given names ("Hershberg, James G."), or every part inverted ("Gromyko, Andrei and Dobrynin, Anatoly").
    """
    if re.search(r"[\[\]()]", text):
        return None
    parts = [p.strip() for p in re.split(r"\s+(?:and|AND|&)\s+|\s*;\s*", text) if p.strip()]
    flipped = [p for p in parts if "," in p]
    if len(parts) < 2 or not flipped or not all(inverted(p) for p in flipped):
        return None
    if any(len(p.split()) < 2 for p in parts if "," not in p):
        return None
    sure = [p for p in flipped if len(p.partition(",")[2].split()) >= 2 or re.search(r"\b[A-Z]\.", p)]
    # "Tito, Kardelj and Aleksandar Rankovic" reads either way: one given name alone does not decide
    return parts if len(flipped) >= 2 or sure else None


# a name's degrees and honours after a comma, written with their stops: ", B.A.", ", M.P.", ", K.C.M.G."
_POST_NOMINAL = re.compile(
    r",\s*(?:"
    + "|".join(r"\.?".join(map(re.escape, p.upper())) for p in sorted(POST_NOMINALS, key=len, reverse=True))
    + r")\.?(?=\s*(?:,|$))"
)


_KINDS_OF_ONE_OFFICE = re.compile(
    r"(?P<a>\b[A-Z][a-z]{3,}) and "
    r"(?=[A-Z][a-z]{3,} (?:Representatives|Officers|Offices|Posts|Missions|Agents|Officials)\b)"
)


# Holders of one office in several domains, the office said once in the plural: "the Secretaries of State,
# War, and Navy", "Ministers of Defence and Interior"
_OFFICE_OF_DOMAINS = re.compile(
    r"\b(?P<office>[A-Z][a-z]+(?:ies|s)) of (?P<list>[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+)\b"
)


def _domains_joined(m: re.Match[str]) -> str:
    office = m.group("office")
    single = office[:-3] + "y" if office.endswith("ies") else office[:-1]
    if single.lower() not in ROLE_NOUNS:
        return m.group(0)
    return f"{office} of " + m.group("list").replace(",", "\0").replace(" and ", "\1")


_DOMAIN_GOES_ON = re.compile(
    r"\b(?P<office>[A-Z][a-z]+) of (?P<domain>(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*) and "
    r"(?P<more>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*(?:,|;|$))"
)
_DOMAIN_WORD = re.compile(r"(?:ment|tion|sion|ance|ence|ity|ics|logy|ure|ing|ness)$")


def _domain_joined(m: re.Match[str]) -> str:
    words = m.group("more").split()
    if m.group("office").lower() not in ROLE_NOUNS or not all(
        _DOMAIN_WORD.search(w) or w.lower() in OFFICE_QUALIFIERS for w in words
    ):
        return m.group(0)
    return f"{m.group('office')} of {m.group('domain')}\1{m.group('more')}"


def split_names(text: str) -> list[str]:
    """ "A, B, and C" / "A and B" / "A & B et al." -> ["A", "B", "C"]; brackets never split; a name's letters
    after it ("Robert Maunsell, B.A.") are none."""
    text = re.sub(r"\bet\.? al\.?", "", text, flags=re.I).strip(" ,")
    text = _POST_NOMINAL.sub("", text)
    if inverted(text):
        return [text]
    if whole := _inverted_in_list(text):
        return whole
    protected = re.sub(  # brackets, and a body's name in quotation marks ("“Foreign Policy and ...”")
        r"\[[^\]]*\]|\([^)]*\)|“[^”]*”",
        lambda m: m.group(0).replace(",", "\0").replace(" and ", "\1").replace(";", "\2"),
        text,
    )
    # "Worker's and Peasant's Government": possessives joined by "and" name one body
    protected = re.sub(r"(?<=['’]s) and (?=[A-Z][\w]*['’]s\b)", "\1", protected)
    # "Division of Soviet and East European Affairs": two domains of one body's name, joined by "and"
    protected = re.sub(
        r"(?<=\bof )(?P<a>[A-Z][\w-]*) and (?=(?:[A-Z][\w-]*\s+){0,2}(?:Affairs|Relations|Questions|Matters|"
        r"Countries|Department|Division|Section|Studies|Research)\b)",
        lambda m: m.group("a") + "\1",
        protected,
    )
    # "Certain Diplomatic and Consular Representatives": two kinds of one plural office
    protected = _KINDS_OF_ONE_OFFICE.sub(lambda m: m.group("a") + "\1", protected)
    protected = _OFFICE_OF_DOMAINS.sub(_domains_joined, protected)
    # "Director of Performance Evaluation and Improvement", "Minister of Foreign Affairs and Trade": the
    # office's domain goes on after "and" with a domain's word, no one's name
    protected = _DOMAIN_GOES_ON.sub(_domain_joined, protected)
    # "Chiefs of Mission in the American Republics Except Brazil and Uruguay": what an exception leaves out
    # belongs to the one addressee it qualifies
    protected = re.sub(
        r"(?i)\b(?:except|excepting|other than)\s+[^,;]+",
        lambda m: m.group(0).replace(" and ", "\1").replace(",", "\0"),
        protected,
    )
    if ";" in protected:
        # entries between semicolons: each one person with the office after his name ("B, official of the
        # Department of the USSR and the European Socialist Countries; C, ..."), or a list of its own
        return [p for piece in protected.split(";") for p in _entry_or_list(piece)]
    parts = re.split(r"\s*(?:,\s*(?:and|AND)\s+|,\s*&\s*|\s+(?:and|AND)\s+|\s+&\s+|,)\s*", protected)
    parts = [_unprotect(p).strip() for p in parts]
    return [
        p
        for p in _rejoin_offices(_rejoin_initials(_rejoin_suffixes([p for p in parts if p])))
        if p.strip(" .")
    ]


_INITIALS_ONLY = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}")


def _rejoin_initials(parts: list[str]) -> list[str]:
    """A list of names written surname first: "Andropov, Iu.V., Kulakov, F.D." -> "Iu.V. Andropov",
    "F.D. Kulakov": initials alone are the name before them."""
    if not any(_INITIALS_ONLY.fullmatch(p.strip()) for p in parts[1:]):
        return parts
    out: list[str] = []
    for part in parts:
        if out and _INITIALS_ONLY.fullmatch(part.strip()) and not _INITIALS_ONLY.fullmatch(out[-1].strip()):
            titles, surname = strip_honorifics(out[-1].strip())  # "Coms. Andropov, Iu.V.": the title first
            out[-1] = " ".join([*titles, part.strip(), surname])
        else:
            out.append(part)
    return out


def _entry_or_list(piece: str) -> list[str]:
    """One entry of a semicolon list: "Name, office" whole when what follows the name is an office (in
    lower case, of office words, or with a connective: "Deputy Counsellor for Economic Questions"), else the
    names it lists."""
    piece = re.sub(r"^\s*(?:and|AND)\s+", "", piece).strip()
    name, comma, office = piece.partition(",")
    office = _unprotect(office).strip()
    head = office.split(",")[0]
    if comma and (
        office[:1].islower() or is_office(head) or re.search(r"\s(?:of|for|in|to|at|under)\s", head)
    ):
        return [f"{_unprotect(name).strip()}, {office}"]
    return split_names(_unprotect(piece))


def _unprotect(text: str) -> str:
    """``text`` with the commas, "and"s and semicolons inside brackets that :func:`split_names` hid back."""
    return text.replace("\0", ",").replace("\1", " and ").replace("\2", ";")


def _rejoin_offices(parts: list[str]) -> list[str]:
    """ "W. Averell Harriman, Ambassador": an office after a person's name is his, not another addressee;
    after an office alone ("The President, the Secretary of State") it is one of its own."""
    out: list[str] = []
    for part in parts:
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", part)  # "... Choe Won-sik (as interpreter)": his role's note
        if out and is_office(bare) and not is_office(out[-1]) and "," not in out[-1]:
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def parse_agents(text: str, *, kind: str | None = None) -> list[Agent]:
    parts = [office for part in split_names(text) for office in offices_apart(part)]
    agents = [parse_agent(part, kind=kind) for part in parts]
    return [a for a in agents if a is not None]


def offices_apart(text: str) -> list[str]:
    """Two offices run together, as a copy that lost its line breaks gives an addressee block: "Director of
    Central Intelligence Deputy Director of Central Intelligence" -> both. The second begins with a word of
    offices after a word that is none (its domain's last word); each side is an office alone."""
    words = text.split()
    if len(words) < 4:
        return [text]
    low = [w.lower().strip(".,") for w in words]
    for k in range(3, len(words) - 1):
        if (
            words[k][:1].isupper()
            and low[k] in ROLE_NOUNS
            and low[k - 1] not in CONNECTIVES | ROLE_NOUNS
            and any(w in CONNECTIVES for w in low[1 : k - 1])  # the first is whole: "Director of ..."
            and is_office(left := " ".join(words[:k]))
            and is_office(right := " ".join(words[k:]))
        ):
            return [left, *offices_apart(right)]
    return [text]


def same_person(a: Agent, b: Agent) -> bool:
    """The same person: surnames (or long first words) agree, in any script ("Василевский", "Vasilevsky")."""
    sa = [name_key(w) for w in a.name.replace(",", "").split()]
    sb = [name_key(w) for w in b.name.replace(",", "").split()]
    if not sa or not sb:
        return False
    short, long = (sa, sb) if len(sa) < len(sb) else (sb, sa)
    if len(short) >= 2 and long[-len(short) :] == short:
        return True  # a double surname alone: "Bastian Pinto" is "Luiz Leivas Bastian Pinto"
    if sa[-1] == sb[-1]:
        # the given names must not contradict: "Raul Castro" is not "Fidel Castro", nor "Wu Qing" "Lin Qing";
        # an initial agrees with the names it can stand for ("Yu. Tsedenbal", "Yumjaagiin Tsedenbal")
        x, y = (sa[0], sb[0]) if len(sa) > 1 and len(sb) > 1 else ("", "")
        full = len(x) > 2 and len(y) > 2 and not (x.startswith(y) or y.startswith(x))  # "Cheny" is "Chen"
        return not (x and y and (x[0] != y[0] or full))
    # a Spanish name's two surnames, the first alone in the short form: "F. Castro" is "Fidel Castro Ruz"
    short, long = (sa, sb) if len(sa) < len(sb) else (sb, sa)
    if len(long) == 3 and len(short) == 2 and short[-1] == long[1] and len(short[-1]) > 2:
        return short[0][:1] == long[0][:1]
    # a surname written first ("Zhou" for "Zhou Enlai"), but "Kim Tu-bong" is not "Kim Il Sung"
    return sa[0] == sb[0] and len(sa[0]) > 2 and min(len(sa), len(sb)) == 1
