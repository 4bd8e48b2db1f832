"""Participants blocks: who was present at a conversation or a meeting, as its record or minutes print it.

Choices: the genre (a US memorandum of conversation or FRUS's, a Soviet or East European record, a Chinese
Foreign Ministry record, a Stasi memorandum, a Politburo's minutes, British Cabinet conclusions); the label
("Participants:", "PARTICIPANTS:", "Present:", "Present at the meeting:", "Those attending the meeting:",
"Attended:", "Attending:", "Also present:", "Invited:", "Chaired by:", "Chairman:", "In the chair:",
"Members of the Politburo:", "Candidate members:", "Secretaries of the CC:", "Accompanying Premier Zhou:",
"Our side in attendance:", "Guinean side in attendance:", "Interpreter:", "Translators:", "Note-taker:",
"Recorders:"); the layout (inline after the label with commas, "and" or semicolons, wrapping over lines;
one a line under the label, bulleted or numbered; hanging under a label that holds the first; sides under
one label, by headings "United States" / "USSR" / "Chinese Side:" / "Germans" or by labels "From the Soviet
side:", "For the GDR:", with or without blank lines between; two sides in columns; sides apart by a
semicolon); the people (one hand's form for a side: honorifics "Comrade", "Cde.", a plural "Cdes. A, B and
C", "Mr.", ranks "Colonel General", offices before the name "Foreign Minister Gromyko" or after a comma
"Zhou Enlai, Premier of the State Council" or a dash, initials before or after, Chinese, Korean and
Vietnamese names, capitals, bracketed completions "Zhou [Enlai]", "(interpreter)" / "(notetaker)" marks,
two names sharing an office "A and B, interpreters", offices alone "The President"); attendance told in
running text ("Also present at the conversation were A and B.", "The conversation was attended by ...",
"with the participation of ...", "X was present."); who was absent ("Absent: Cde. X (ill)"); and what
follows: the next field ("Subject:", "Date:", "Place:") or the prose, which may give a listed participant a
turn or show him speaking.

Exact recovery: ``met(lines)`` (``conversation.met``, where the reader's participants of a record of
conversation or of minutes come from: ``people._met``) gives the display names of the participants, in page
order, each once. Columns of sides are read a column at a time, the left side first; a list set in two
columns without sides (a Cabinet's ministers) row by row, as it is printed. An office alone ("The
President") names nobody; the absent are not participants; nor is the principal a label or an opening
sentence names ("Accompanying Premier Zhou:", "On 5 March I called on ..."), whom the record's title gives.
Forms a careful reader could not tell apart are not composed: two people of one family name in a block, a
family name that is a title written alone ("Lord"), a break inside a name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from chancery.lexicon.titles import TITLE_WORDS
from chancery.sources.page.conversation import met

from .case import Case
from .people import HONORIFICS, NATIONS, Person, forms_of, write

KIND = "participants"

# A state's side as the pages name it: its adjective and its names as a state.
ADJECTIVES = {"soviet": "Soviet", "chinese": "Chinese", "chinese-wg": "Chinese", "korean": "Korean",
              "vietnamese": "Vietnamese", "hungarian": "Hungarian", "polish": "Polish", "german": "German",
              "american": "American", "british": "British", "guinean": "Guinean",
              "albanian": "Albanian"}  # fmt: skip
STATES = {"soviet": ("the USSR", "the Soviet Union"), "chinese": ("the PRC", "China"),
          "chinese-wg": ("the PRC", "China"), "korean": ("the DPRK", "Korea"),
          "vietnamese": ("the DRV", "Vietnam"), "hungarian": ("Hungary", "the HPR"),
          "polish": ("Poland", "the PPR"), "german": ("the GDR", "Germany"),
          "american": ("the United States", "the U.S."), "british": ("the United Kingdom", "the UK"),
          "guinean": ("Guinea",), "albanian": ("Albania",)}  # fmt: skip
# Offices written after a name and a comma ("Zhou Enlai, Premier of the State Council").
OFFICES = {
    "soviet": ("Minister of Foreign Affairs of the USSR", "Ambassador of the USSR in the PRC",
               "Deputy Minister of Foreign Affairs", "Member of the Presidium of the CC CPSU",
               "Head of the Far Eastern Department of the MFA USSR", "Counselor, Soviet Embassy",
               "First Secretary of the Embassy", "interpreter"),
    "chinese": ("Premier of the State Council", "Vice Premier", "Minister of Foreign Affairs",
                "Vice Minister of Foreign Affairs", "Director of the Soviet and East European Department",
                "Ambassador to the USSR", "Secretary of the CC of the CPC", "interpreter"),
    "chinese-wg": ("Premier", "Vice Chairman, Military Affairs Commission", "Interpreter",
                   "Director, Western Europe and American Affairs Department, Ministry of Foreign Affairs"),
    "korean": ("Chairman of the Cabinet of Ministers", "Minister of Foreign Affairs of the DPRK",
               "Vice Chairman of the Central Committee of the Korean Workers' Party",
               "Ambassador of the DPRK"),
    "vietnamese": ("Secretary General of the Central Committee", "Prime Minister of the DRV",
                   "Minister of National Defence", "Member of the Politburo"),
    "hungarian": ("First Secretary of the HSWP CC", "Minister of Foreign Affairs", "Member of the Politburo",
                  "Ambassador of the Hungarian People's Republic"),
    "polish": ("First Secretary of the CC PZPR", "Chairman of the Council of Ministers",
               "Minister of Foreign Affairs", "Member of the Politburo"),
    "german": ("General Secretary of the SED Central Committee", "Member of the Politburo",
               "Minister for State Security", "Ambassador of the GDR in the PRC",
               "Head of the International Department"),
    "american": ("Secretary of State", "Assistant Secretary for European Affairs", "Ambassador at Large",
                 "Special Assistant to the President", "Director, Office of Soviet Union Affairs",
                 "Interpreter", "Counselor of Embassy"),
    "british": ("Foreign Secretary", "Ambassador in Moscow", "Private Secretary to the Prime Minister"),
    "guinean": ("Minister of Economic Development", "Ambassador of Guinea in China",
                "Director, Office of Industrial Coordination"),
    "albanian": ("Chairman of the Council of Ministers", "Secretary of the CC", "Ambassador in Beijing"),
}  # fmt: skip
# Offices and ranks written before a name ("Foreign Minister Gromyko", "Colonel General Shtykov").
TITLES = {
    "soviet": ("Foreign Minister", "Deputy Foreign Minister", "Ambassador", "Marshal", "Colonel General",
               "Premier"),
    "chinese": ("Premier", "Vice Premier", "Vice Minister", "Ambassador", "Marshal", "Minister",
                "Deputy Department Director"),
    "chinese-wg": ("Premier", "Vice Premier", "Vice Minister", "General"),
    "korean": ("Premier", "Vice Premier", "Foreign Minister", "General"),
    "vietnamese": ("President", "Premier", "General"),
    "hungarian": ("Foreign Minister", "Ambassador"),
    "polish": ("Premier", "Foreign Minister", "Ambassador"),
    "german": ("Foreign Minister", "Ambassador", "Army General"),
    "american": ("Secretary", "Ambassador", "Under Secretary", "Assistant Secretary", "General"),
    "british": ("Prime Minister", "Foreign Secretary", "Ambassador"),
    "guinean": ("Minister", "Ambassador"),
    "albanian": ("Premier", "Ambassador"),
}  # fmt: skip
CABINET_OFFICES = ("Prime Minister", "Lord President of the Council", "Chancellor of the Exchequer",
                   "Secretary of State for Foreign Affairs", "Lord Privy Seal", "Minister of Defence",
                   "Secretary of State for the Colonies", "Minister of Labour and National Service",
                   "President of the Board of Trade", "Minister of Housing and Local Government")  # fmt: skip
# Offices a US memorandum lists with no name; they name nobody the block names.
OFFICES_ALONE = ("The President", "The Secretary", "The Vice President", "The Under Secretary")
FIELDS = ("Subject: Berlin", "SUBJECT: Soviet Statements on Cuba", "Date: March 10, 1962",
          "DATE AND TIME: October 18, 1962, 10:30 p.m.", "Place: Secretary's Office",
          "PLACE: Kremlin, Moscow", "Time: 10:00-12:30", "Begin: 10:00 a.m.")  # fmt: skip
PROSE = (
    "After an exchange of greetings the conversation turned to the situation in the Far East.",
    "The meeting began at 6:00 p.m. and lasted two hours.",
    "The question of the peace treaty was discussed at length; the text of the agreement is attached.",
    "1. On the situation in Laos. The parties exchanged information on the latest events.",
)
EVENTS = ("conversation", "meeting", "talks", "dinner", "reception")
GENRES = {"memcon": 25, "bloc": 30, "chinese-fm": 12, "stasi": 8, "politburo": 15, "cabinet": 5, "running": 5}
PARTNERS = {
    "memcon": ("soviet", "chinese-wg", "chinese", "german", "british", "polish", "korean", "vietnamese"),
    "bloc": ("chinese", "korean", "vietnamese", "hungarian", "polish", "german", "albanian"),
    "chinese-fm": ("guinean", "albanian", "korean", "vietnamese", "soviet", "polish"),
    "stasi": ("soviet", "polish", "hungarian", "korean", "vietnamese"),
}


@dataclass
class Who:
    """An item of a list: as the page writes it (a name with its honorific or the office before it, then
    ", office", " – office", " (interpreter)"), and the display names of the people it names."""

    text: str
    names: tuple[str, ...]


@dataclass
class Hand:
    """How one list writes its people: one form, one honorific, where offices go."""

    nation: str
    form: str
    honorific: str
    office: str  # "none", "after", "before", "dash", "some-after"
    plural: bool = False  # "Cdes. A, B and C": one honorific for all


def _pick(
    rng: random.Random, options: tuple[str, ...] | list[str], weights: list[float] | None = None
) -> str:
    return rng.choices(list(options), weights=weights, k=1)[0]


# The forms a register writes names in: a US memorandum names the other side as it names its own ("Mr.
# Anatoly F. Dobrynin", "Foreign Minister Gromyko"), never "Cde."; a Chinese Foreign Ministry record gives its
# people's names in full.
WESTERN_FORMS = ("full", "honorific+full", "honorific+family", "initials+family", "family")
FULL_FORMS = ("full", "honorific+full", "capitals", "bracketed", "honorific+bracketed")


def _hand(
    rng: random.Random,
    nation: str,
    people: list[Person],
    inline: bool,
    choices: dict[str, str],
    register: str = "bloc",
) -> Hand:
    forms = sorted({f for p in people for f in forms_of(p)})
    if register == "western":
        forms = [f for f in forms if f in WESTERN_FORMS]
    elif register == "full":
        forms = [f for f in forms if f in FULL_FORMS]
    elif nation == "soviet":
        forms.append("initials+capitals")
    forms = forms or ["full"]
    form = _pick(rng, forms)
    honorific = _pick(rng, HONORIFICS[nation])
    if register == "western" and nation != "american":
        honorific = "Mr."
    office = _pick(rng, ["none", "after", "before", "dash", "some-after"], [10, 6, 3, 1, 3])
    if office == "before" and form.startswith("honorific"):
        form = form.removeprefix("honorific+")  # "Comrade Foreign Minister Gromyko" is no page's
    if office == "dash" and inline:
        office = "after"
    plural = (
        inline
        and office == "none"
        and form.startswith("honorific")
        and honorific in ("Cde.", "Comrade")
        and rng.random() < 0.4
    )
    choices.setdefault("form", form)
    choices.setdefault("office", office)
    if plural:
        choices["honorific"] = "plural"
    return Hand(nation, form, honorific, office, plural)


def _written(person: Person, hand: Hand) -> tuple[str, str]:
    form = hand.form.removeprefix("honorific+") if hand.plural else hand.form
    if form == "family" and person.family.lower() in TITLE_WORDS:
        form = "full"  # "Lord" alone is a title to any reader; a list writes "Winston Lord" or "Mr. Lord"
    if form == "initials+capitals":  # "L. I. BREZHNEV": Politburo minutes print the family name in capitals
        if person.initials:
            return f"{person.initials} {person.family.upper()}", f"{person.initials} {person.family}"
        form = "full"
    if form not in forms_of(person):
        form = "honorific+full" if form.startswith("honorific") else "full"
    return write(person, form, hand.honorific)


def _people(rng: random.Random, nation: str, n: int, taken: set[str]) -> list[Person]:
    """``n`` people of ``nation`` with family names no one else in the block has: "Peng Dehuai" and "Peng
    Zhen" written "Peng" are one name to any reader."""
    pool = [p for p in NATIONS[nation] if p.family not in taken]
    chosen = []
    for p in rng.sample(pool, min(n, len(pool))):
        if p.family not in taken:
            chosen.append(p)
            taken.add(p.family)
    return chosen


def _side(
    rng: random.Random,
    nation: str,
    n: int,
    taken: set[str],
    inline: bool,
    choices: dict[str, str],
    offices: bool = True,
    register: str = "bloc",
    hand: Hand | None = None,
) -> tuple[list[Who], Hand]:
    """One side's people, in one hand (``hand``: the hand of the lists before, as one clerk writes all of
    a minutes' lists)."""
    people = _people(rng, nation, n, taken)
    hand = hand or _hand(rng, nation, people, inline, choices, register)
    if not offices:
        hand.office = "before" if hand.office == "before" else "none"
    out = []
    for k, person in enumerate(people):
        written, display = _written(person, hand)
        office = hand.office
        if office == "some-after":
            office = "after" if rng.random() < 0.5 else "none"
        if office == "before" and rng.random() < 0.8:
            written = f"{_pick(rng, TITLES[nation])} {written}"
        if office in ("after", "dash"):
            written += (", " if office == "after" else _pick(rng, [" – ", " - "])) + _pick(
                rng, OFFICES[nation]
            )
        elif k == len(people) - 1 and len(people) > 1 and rng.random() < 0.12:
            mark = _pick(rng, [" (interpreter)", " (notetaker)", " (Interpreter)"])
            written += mark
            choices["mark"] = mark.strip()
        out.append(Who(written, (display,)))
    return out, hand


def _shared_office(rng: random.Random, whos: list[Who], hand: Hand, choices: dict[str, str]) -> list[Who]:
    """ "Ding Yuanhong and Deng Gaozhong, MFA translators": the last two of a list share an office."""
    if len(whos) < 3 or hand.office not in ("after", "some-after") or rng.random() < 0.8:
        return whos
    a, b = whos[-2], whos[-1]
    if "," in a.text or "," in b.text or "(" in a.text + b.text:
        return whos
    choices["shared"] = "yes"
    office = _pick(rng, ["interpreters", "MFA translators", "members of the Politburo", "advisers"])
    return [*whos[:-2], Who(f"{a.text} and {b.text}, {office}", a.names + b.names)]


def _inline(rng: random.Random, whos: list[Who], hand: Hand, choices: dict[str, str]) -> str:
    """An inline list: by semicolons when offices follow the names, else by commas and "and"."""
    texts = [w.text for w in whos]
    if len(texts) == 1:
        return texts[0]
    if any("," in t for t in texts) or rng.random() < 0.1:
        last = _pick(rng, ["; ", "; and "])
        choices["joint"] = last.strip()
        return "; ".join(texts[:-1]) + last + texts[-1]
    last = _pick(rng, [", ", " and ", ", and "], [3, 5, 1])
    choices["joint"] = last.strip() or "comma"
    body = ", ".join(texts[:-1]) + last + texts[-1]
    if hand.plural:
        body = f"{_pick(rng, ['Cdes.', 'Comrades', 'comrades'])} {body}"
    return body


def _names(whos: list[Who]) -> list[str]:
    return [n for w in whos for n in w.names]


def _wrap(rng: random.Random, line: str, choices: dict[str, str]) -> list[str]:
    """A long inline list wrapped at a joint, as a typed page or its OCR breaks it: after a comma or a
    semicolon, before or after an "and". (A break inside a name, "G. M." over "Malenkov", is a layout a
    reader of plain text cannot tell from a list hanging one name a line; it is not composed.)"""
    if len(line) < 60 or rng.random() < 0.8:
        return [line]
    cuts = [i + 1 for i, c in enumerate(line) if c in ",;" and 20 < i < len(line) - 10]
    cuts += [m for i in range(20, len(line) - 10) if line.startswith(" and ", i) for m in (i, i + 4)]
    if not cuts:
        return [line]
    cut = rng.choice(cuts)
    choices["wrap"] = (
        "and" if line[cut:].lstrip().startswith("and ") or line[:cut].endswith("and") else "comma"
    )
    return [line[:cut].rstrip(), line[cut:].strip()]


def _bullets(rng: random.Random, texts: list[str], choices: dict[str, str]) -> list[str]:
    style = _pick(rng, ["", "•", "-", "–", "{k}.", "{k})"], [14, 2, 2, 1, 2, 1])
    if style:
        choices["bullet"] = style
    return [f"{style.format(k=k)} {t}" if style else t for k, t in enumerate(texts, 1)]


def _side_heading(rng: random.Random, nation: str, colon: bool) -> str:
    """ "United States", "USSR", "Chinese Side:", "Germans", "For the GDR:", "From the Soviet side:"."""
    adjective = ADJECTIVES[nation]
    forms = [f"{adjective} Side", f"{adjective} side", f"From the {adjective} side",
             f"On the {adjective} side", f"For the {adjective} side"]  # fmt: skip
    forms += [f"For {s}" for s in STATES.get(nation, ())]
    if not colon:
        forms = [*(s.removeprefix("the ") for s in STATES.get(nation, ())), f"{adjective} Side"]
        forms += [f"{adjective}s"] if adjective.endswith(("an", "et")) else []  # "Germans", "Soviets"
    heading = _pick(rng, forms)
    return f"{heading}:" if colon else heading


def _after(
    rng: random.Random, whos: list[Who], choices: dict[str, str], field: float = 0.5, turns: bool = True
) -> list[str]:
    """What follows the block: a blank line, then the next field or the prose; a bloc record's prose may
    give a listed participant a turn ("Comrade Khrushchev: ...") or show him speaking ("Comrade Zhou Enlai
    said ...")."""
    r = rng.random()
    if r < field:
        choices["after"] = "field"
        return ["", _pick(rng, FIELDS)]
    names = _names(whos) if turns else []
    if r < field + 0.2 and names:
        name = rng.choice(names)
        choices["after"] = "turn"
        return ["", f"Comrade {name}: We have come because we are worried about what is happening today."]
    if r < field + 0.3 and names:
        name = rng.choice(names)
        choices["after"] = "speech"
        return ["", f"Comrade {name} said that the situation had grown worse since the spring."]
    choices["after"] = "prose"
    return ["", _pick(rng, PROSE)]


def _gap(rng: random.Random, p: float, choices: dict[str, str]) -> list[str]:
    if rng.random() < p:
        choices["gaps"] = "yes"
        return [""]
    return []


def _memcon(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """A US memorandum of conversation: "PARTICIPANTS:" over one a line, sides under headings, hanging,
    inline or in columns."""
    other = _pick(rng, PARTNERS["memcon"])
    choices["partner"] = other
    layout = _pick(rng, ["lines", "headings", "hanging", "columns", "inline", "nested"], [6, 6, 4, 3, 3, 1])
    choices["layout"] = layout
    taken: set[str] = set()
    short = layout in ("columns", "inline")  # no office after a name in a column or an inline list
    inline = layout == "inline"
    us, _ = _side(rng, "american", rng.randint(1, 4), taken, inline, choices, not short, "western")
    them, _ = _side(rng, other, rng.randint(1, 4), taken, inline, choices, not short, "western")
    if rng.random() < 0.25:
        us.insert(0, Who(_pick(rng, OFFICES_ALONE), ()))
        choices["alone"] = "yes"
    sides = [("american", us), (other, them)]
    if rng.random() < 0.3:
        sides.reverse()
    label = _pick(rng, ["Participants:", "PARTICIPANTS:", "PARTICIPANTS", "Present:"])
    if layout in ("inline", "hanging") and not label.endswith(":"):
        label += ":"  # a heading without its colon stands alone on its line
    lines: list[str] = []
    if layout == "inline":
        texts = [w.text for _, side in sides for w in side]
        lines = _wrap(rng, f"{label} {', '.join(texts)}", choices)
    elif layout == "hanging":
        pad = " " * (len(label) + rng.randint(3, 6))
        texts = [w.text for w in sides[0][1]] + [""] * (rng.random() < 0.4) + [w.text for w in sides[1][1]]
        lines = [f"{label}{pad[len(label) :]}{texts[0]}", *(pad + t if t else "" for t in texts[1:])]
    elif layout == "columns":
        left, right = (side for _, side in sides)
        heads = [_side_heading(rng, n, colon=False) for n, _ in sides]
        width = max(len(t) for t in [heads[0], *(w.text for w in left)]) + rng.randint(4, 12)
        rows = [heads] + [
            [left[k].text if k < len(left) else "", right[k].text if k < len(right) else ""]
            for k in range(max(len(left), len(right)))
        ]
        lines = [label, *_gap(rng, 0.3, choices), *(a.ljust(width) + b for a, b in rows)]
        lines = [line.rstrip() for line in lines]
    elif layout == "nested":  # FRUS online: bulleted sides, bulleted people
        lines = [label.rstrip(":"), ""]
        for nation, side in sides:
            lines += [f"  • {_side_heading(rng, nation, colon=False)}", *(f"    • {w.text}" for w in side)]
    else:
        lines = [label, *_gap(rng, 0.3, choices)]
        for k, (nation, side) in enumerate(sides):
            if k:
                lines += _gap(rng, 0.6, choices)
            if layout == "headings":
                lines.append(_side_heading(rng, nation, colon=rng.random() < 0.5))
            lines += (
                _bullets(rng, [w.text for w in side], choices)
                if layout == "lines"
                else [w.text for w in side]
            )
    whos = [w for _, side in sides for w in side]
    return lines + _after(rng, whos, choices, field=0.8, turns=False), _names(whos)


# A sentence that heads the sides' lists and is no label: its colons are the clock's.
LONG_HEAD = (
    "The following individuals were [also] present at the conversation that took place on 11 September 1969 "
    "between 4:50 p.m. and 8:00 p.m.:"
)
BLOC_LABELS = ("Present:", "Participants:", "Present at the meeting:", "Those attending the meeting:",
               "Attended:", "Attending:", "Attended by:", "Participants in the conversation:",
               "Present at the conversation:", "PRESENT:")  # fmt: skip
SIDE_LABELS = ("From the {a} side:", "{a} side:", "On the {a} side:", "Present for the {a} side:",
               "{a} side present:", "For {s}:", "Taking part on the {a} side:",
               "{a} participants:")  # fmt: skip
ROLE_LABELS = ("Interpreter:", "Interpreters:", "Translator:", "Note-taker:", "Notetaker:", "Recorder:",
               "Recorders:", "Interpreter(s):")  # fmt: skip


def _side_label(rng: random.Random, nation: str, ours: bool = False) -> str:
    if ours and rng.random() < 0.5:
        return _pick(rng, ["Present for our side:", "Our side:", "From our side:"])
    state = _pick(rng, STATES.get(nation, (ADJECTIVES[nation],)))
    return _pick(rng, SIDE_LABELS).format(a=ADJECTIVES[nation], s=state)


def _roles(
    rng: random.Random, nations: list[str], taken: set[str], choices: dict[str, str], register: str = "bloc"
) -> tuple[list[str], list[Who]]:
    """ "Interpreter: X", "Recorders: X, Y": the interpreters and note-takers, who were present too."""
    lines: list[str] = []
    whos: list[Who] = []
    for _ in range(rng.choice([1, 1, 2])):
        label = _pick(rng, ROLE_LABELS)
        plural = label.endswith("s:") or "(s)" in label
        n = 2 if plural and rng.random() < 0.6 else 1
        side, hand = _side(rng, rng.choice(nations), n, taken, True, {}, False, register)
        if not side:
            continue
        lines.append(f"{label} {_inline(rng, side, hand, {})}")
        whos += side
        choices["roles"] = label
    return lines, whos


def _running(
    rng: random.Random, nation: str, taken: set[str], choices: dict[str, str], also: bool
) -> tuple[str, list[Who]]:
    """Attendance told in a sentence: "Also present at the conversation were A and the interpreter B.",
    "The talks were attended by ...", "... with the participation of ...", "X was present."."""
    n = rng.choice([1, 1, 2, 3])
    side, hand = _side(rng, nation, n, taken, True, {}, offices=False)
    if not side:
        return "", []
    texts = [w.text for w in side]
    if len(texts) > 1 and "(" not in texts[-1] and hand.office != "before" and rng.random() < 0.3:
        texts[-1] = f"the {_pick(rng, ['interpreter', 'translator'])} {texts[-1]}"
        choices["role-in-list"] = "yes"
    joined = (
        texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + _pick(rng, [" and ", ", and "]) + texts[-1]
    )
    event = _pick(rng, EVENTS)
    were = "was" if len(texts) == 1 else "were"
    sentences = [
        f"{'Also present' if also else 'Present'} at the {event} {were} {joined}.",
        f"The {event} was {'also ' if also else ''}attended by {joined}.",
        f"The {event} took place with the participation of {joined}.",
        f"{joined[0].upper() + joined[1:]} {were} {'also ' if also else ''}present.",
    ]
    k = rng.randrange(len(sentences))
    choices["running"] = ["present-at", "attended-by", "participation", "was-present"][k]
    return sentences[k], side


def _bloc(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """A Soviet or East European record or minutes: "Present:" inline or one a line, the sides by their
    labels, then interpreters, who else was present, who was absent."""
    ours = _pick(rng, ["soviet", "soviet", "hungarian", "polish", "german", "chinese"])
    other = _pick(rng, [n for n in PARTNERS["bloc"] if n != ours])
    choices["partner"] = f"{ours}/{other}"
    layout = _pick(rng, ["inline", "semicolon", "lines", "side-labels", "side-lines"], [6, 2, 3, 4, 2])
    choices["layout"] = layout
    taken: set[str] = set()
    inline = layout in ("inline", "semicolon", "side-labels")
    two = layout != "inline" or rng.random() < 0.3
    a, hand_a = _side(rng, ours, rng.randint(1, 5), taken, inline, choices, offices=layout != "semicolon")
    b, hand_b = _side(rng, other, rng.randint(1, 4), taken, inline, choices, offices=layout != "semicolon")
    sides = [(ours, a, hand_a), (other, b, hand_b)] if two else [(ours, a, hand_a)]
    if rng.random() < 0.4:
        sides.reverse()
    label = _pick(rng, BLOC_LABELS)
    lines: list[str] = []
    whos: list[Who] = []
    if layout in ("inline", "semicolon"):
        parts = []
        for _, side, hand in sides:
            side = _shared_office(rng, side, hand, choices)
            parts.append(_inline(rng, side, hand, choices))
            whos += side
        lines = _wrap(rng, f"{label} {'; '.join(parts)}{_pick(rng, ['', '.'])}", choices)
    elif layout == "lines":
        lines = [label]
        for k, (_, side, _) in enumerate(sides):
            lines += (_gap(rng, 0.5, choices) if k else []) + _bullets(rng, [w.text for w in side], choices)
            whos += side
    else:
        if rng.random() < 0.5:
            lines = [_pick(rng, ["The following took part in the conversation:", label, LONG_HEAD])]
        for k, (nation, side, hand) in enumerate(sides):
            lines += _gap(rng, 0.4, choices) if k else []
            head = _side_label(rng, nation, ours=nation == ours)
            if layout == "side-labels":
                side = _shared_office(rng, side, hand, choices)
                lines += _wrap(
                    rng, f"{_pick(rng, ['', '– '])}{head} {_inline(rng, side, hand, choices)}", choices
                )
            else:
                lines += [head, *_bullets(rng, [w.text for w in side], choices)]
            whos += side
    nations = [n for n, _, _ in sides]
    if rng.random() < 0.3:
        more, people = _roles(rng, nations, taken, choices)
        lines += _gap(rng, 0.3, choices) + more
        whos += people
    if rng.random() < 0.15:
        sentence, people = _running(rng, rng.choice(nations), taken, choices, also=True)
        lines += ["", sentence] if sentence else []
        whos += people
    return lines + _after(rng, whos, choices, field=0.2), _names(whos)


def _chinese_fm(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """A Chinese Foreign Ministry record: "Our side in attendance:", "Guinean side in attendance:",
    "Accompanying Premier Zhou:", "Interpreter:", "Recorders:", a blank line between."""
    other = _pick(rng, PARTNERS["chinese-fm"])
    choices["partner"] = other
    taken = {"Zhou"}  # the Premier, whom the record's title names, is the one they accompany
    ours, hand_o = _side(rng, "chinese", rng.randint(1, 5), taken, True, choices, register="full")
    theirs, hand_t = _side(rng, other, rng.randint(1, 4), taken, True, choices, register="full")
    adjective = ADJECTIVES[other]
    our_label = _pick(rng, ["Our side in attendance:", "Accompanying Premier Zhou:",
                            "Chinese side in attendance:", "Accompanying the delegation:",
                            "Present for our side:"])  # fmt: skip
    their_label = _pick(
        rng, [f"{adjective} side in attendance:", f"{adjective} side:", f"Present for the {adjective} side:"]
    )
    choices["labels"] = f"{our_label} / {their_label.replace(adjective, 'X')}"
    blocks = [(their_label, theirs, hand_t), (our_label, ours, hand_o)]
    if rng.random() < 0.4:
        blocks.reverse()
    lines: list[str] = []
    whos: list[Who] = []
    gap = rng.random() < 0.6
    for label, side, hand in blocks:
        side = _shared_office(rng, side, hand, choices)
        lines += ([""] if gap and lines else []) + [f"{label} {_inline(rng, side, hand, choices)}"]
        whos += side
    if rng.random() < 0.6:
        more, people = _roles(rng, ["chinese"], taken, choices, register="full")
        for line in more:
            lines += ([""] if gap else []) + [line]
        whos += people
    return lines + _after(rng, whos, choices, field=0.1), _names(whos)


def _stasi(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """A GDR memorandum: "For the GDR:" and "For the USSR:" over their people, or inline after them."""
    other = _pick(rng, PARTNERS["stasi"])
    choices["partner"] = other
    taken: set[str] = set()
    inline = rng.random() < 0.4
    choices["layout"] = "inline" if inline else "lines"
    lines = [_pick(rng, ["Participants:", "Present:"])] if rng.random() < 0.4 else []
    whos: list[Who] = []
    order = ["german", other] if rng.random() < 0.7 else [other, "german"]
    for k, nation in enumerate(order):
        side, hand = _side(rng, nation, rng.randint(1, 4), taken, inline, choices)
        head = f"For {_pick(rng, STATES[nation])}:" if rng.random() < 0.7 else _side_label(rng, nation)
        lines += _gap(rng, 0.5, choices) if k else []
        lines += (
            [f"{head} {_inline(rng, side, hand, choices)}"] if inline else [head, *(w.text for w in side)]
        )
        whos += side
    return lines + _after(rng, whos, choices, field=0.3), _names(whos)


POLITBURO = ("soviet", "soviet", "soviet", "german", "hungarian", "polish", "chinese", "korean", "vietnamese")
CHAIR_LABELS = ("Chaired by:", "Chairman:", "In the chair:", "Chair:", "Presiding:")
# The ranks of a Politburo's minutes, each with a longer form ("of the CC CPSU" on a Soviet page).
RANKS = ("Members of the Politburo:", "Members of the Politburo{cc}:", "Candidate members:",
         "Candidate members of the Politburo:", "Secretaries of the CC:",
         "Secretaries of the Central Committee:")  # fmt: skip
ABSENT = ("Absent: {w} (ill).", "Excused: {w}.", "Absent: {w}")


def _politburo(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """A Politburo's minutes: the chair, then the members present, by their ranks ("Members of the
    Politburo: Cdes. ...", "Candidate members: ...", "Secretaries of the CC: ..."), the invited, the
    absent."""
    nation = _pick(rng, POLITBURO)
    choices["partner"] = nation
    taken: set[str] = set()
    chair, chair_hand = _side(rng, nation, 1, taken, True, {}, offices=False)
    chair_line = f"{_pick(rng, CHAIR_LABELS)} {_inline(rng, chair, chair_hand, {})}"
    ranked = rng.random() < 0.5
    choices["layout"] = "ranks" if ranked else "present"
    lines: list[str] = []
    whos: list[Who] = []
    if ranked:
        head = _pick(rng, ["Attended by:", "Present:", "Attended:", ""])
        lines += [head] if head else []
        hand = None
        for rank in RANKS[::2][: rng.randint(1, 3)]:  # in their order of rank
            rank = rng.choice([rank, RANKS[RANKS.index(rank) + 1]]).format(
                cc=" of the CC CPSU" if nation == "soviet" else ""
            )
            side, hand = _side(rng, nation, rng.randint(1, 4), taken, True, choices, False, hand=hand)
            if side:
                lines.append(f"{rank} {_inline(rng, side, hand, choices)}")
                whos += side
    else:
        side, hand = _side(rng, nation, rng.randint(2, 7), taken, True, choices, offices=False)
        label = _pick(rng, ["Present:", "Attended by:", "Participants:"])
        lines += _wrap(rng, f"{label} {_inline(rng, side, hand, choices)}", choices)
        whos += side
    if rng.random() < 0.7:  # the chair heads the minutes, or follows the list ("Chair: Walter Ulbricht")
        lines, whos = [chair_line, *lines], chair + whos
        choices["chair"] = "first"
    else:  # the chair after the list may be one of those present, written as the list writes him
        if not ranked and rng.random() < 0.4:
            chair_line = f"{_pick(rng, CHAIR_LABELS)} {rng.choice(whos).text}"
            chair = []
        lines, whos = [*lines, *_gap(rng, 0.5, choices), chair_line], whos + chair
        choices["chair"] = "last" if chair else "listed"
    side, hand = _side(rng, nation, rng.randint(1, 3), taken, True, {}, offices=rng.random() < 0.5)
    if side and rng.random() < 0.3:
        lines.append(
            f"{_pick(rng, ['Invited:', 'Also present:', 'Also invited:'])} {_inline(rng, side, hand, {})}"
        )
        whos += side
        choices["invited"] = "yes"
    side, hand = _side(rng, nation, 1, taken, True, {}, offices=False)
    if side and rng.random() < 0.15:  # the absent are no participants
        lines.append(_pick(rng, ABSENT).format(w=side[0].text))
        choices["absent"] = "yes"
    return lines + _after(rng, whos, choices, field=0.2), _names(whos)


def _cabinet(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """British Cabinet conclusions: "Present:" over the ministers, each led by his style and named in
    capitals ("The Right Hon. R. A. BUTLER, M.P., Chancellor of the Exchequer."), one a line or two, then
    "The following were also present:"."""
    taken: set[str] = set()
    people = _people(rng, "cabinet", rng.randint(3, 9), taken)
    offices = iter([CABINET_OFFICES[0], *rng.sample(CABINET_OFFICES[1:], len(CABINET_OFFICES) - 1)])
    items: list[Who] = []
    for k, person in enumerate(people):
        written, display = write(person, "capitals")
        style = _pick(rng, HONORIFICS["cabinet"])
        sir = "Sir " if person.family in ("Churchill", "Monckton") else ""
        letters = _pick(rng, [", M.P.,", ", M.P.,", ", Q.C., M.P.,", ","])
        chair = " (in the chair)" if k == 0 and rng.random() < 0.5 else ""
        items.append(Who(f"{style} {sir}{written}{letters} {next(offices, 'Minister')}{chair}.", (display,)))
    also = rng.randint(0, min(2, len(items) - 3))
    main, rest = items[: len(items) - also], items[len(items) - also :]
    two = rng.random() < 0.4  # set in two columns, read row by row
    choices["layout"] = "two-columns" if two else "lines"
    lines = ["Present:"]
    if two:
        width = max(len(w.text) for w in main) + 3
        lines += [
            (main[k].text.ljust(width) + (main[k + 1].text if k + 1 < len(main) else "")).rstrip()
            for k in range(0, len(main), 2)
        ]
    else:
        lines += [w.text for w in main]
    if rest:
        lines += ["The following were also present:", *(w.text for w in rest)]
        choices["also"] = "yes"
    return lines + _after(rng, items, choices, field=0.3, turns=False), _names(items)


def _running_block(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[str]]:
    """Attendance told only in running text, after an opening sentence that may name the principal the
    record is of ("On 5 March I called on Zhou Enlai"): the title's, not the list's."""
    nation = _pick(rng, ["soviet", "chinese", "german", "hungarian", "polish", "american", "korean"])
    choices["partner"] = nation
    taken: set[str] = set()
    host = _people(rng, nation, 1, taken)[0]
    sentence, whos = _running(rng, nation, taken, choices, also=rng.random() < 0.5)
    opening = _pick(rng, ["The conversation took place in the Kremlin.", "The meeting began at 11:00.",
                          "", f"On 5 March I called on {host.full} at his request."])  # fmt: skip
    lines = (
        [f"{opening} {sentence}".strip()]
        if rng.random() < 0.5
        else [opening, sentence]
        if opening
        else [sentence]
    )
    return lines + _after(rng, whos, choices, field=0.2), _names(whos)


COMPOSERS = {"memcon": _memcon, "bloc": _bloc, "chinese-fm": _chinese_fm, "stasi": _stasi,
             "politburo": _politburo, "cabinet": _cabinet, "running": _running_block}  # fmt: skip


def compose(rng: random.Random) -> Case:
    genre = _pick(rng, list(GENRES), list(GENRES.values()))
    choices = {"genre": genre}
    lines, names = COMPOSERS[genre](rng, choices)
    expected: list[str] = []
    for name in names:  # each once, at his first place
        if name not in expected:
            expected.append(name)
    return Case(lines, expected, choices)


def recover(case: Case) -> list[str]:
    return [agent.name for agent in met(list(case.text))]
