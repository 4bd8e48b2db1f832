"""Header blocks: the labelled lines at the head of memoranda, letters of the bloc's ministries and cables.

Choices: the layout (a US memorandum's MEMORANDUM FOR/THROUGH/FROM/SUBJECT/DATE, a bloc ministry's
"To:"/"From:"/"Subject:", a cable's FM/TO/INFO addresses, a Chinese form flattened into one line with
"|"), the labels' spelling (capitals with or without a colon, title case with one), their order, the
people (honorifics, an office before a name "EUR - Foy D. Kohler" or after it "W. Averell Harriman,
Ambassador", offices alone "The Secretary"), addressees continued on the next lines, cable posts, cities,
precedence, telegram numbers and routing indicators ("RUEHC/SECSTATE WASHDC"), and the prose after.

Exact recovery: ``read_fields(lines)`` gives the composed fields in order, each as ``(feeds, value)``
where the value is, for the fields that name people (recipients, authors, via), the tuple of display
names ``field_agents`` gives (an office alone by its words: "The Secretary" -> "Secretary"; a person's
office is not part of the name) and the tuple of ``(city, precedence, number)`` of its cable addresses;
for the others the value as written. An INFO line of a cable is a field of its own feeding
"information" (the cables module's information addressees).
"""

from __future__ import annotations

import random

from chancery.sources.page.cables import read_addresses
from chancery.sources.page.fields import read_fields
from chancery.sources.page.people import field_agents

from .case import Case
from .people import AMERICAN, BRITISH, NATIONS, Person, write

KIND = "header"

SUBJECTS = (
    "Berlin Contingency Planning",
    "Conversation with Ambassador Dobrynin",
    "Soviet Missiles in Cuba",
    "ADDITIONAL INFORMATION ITEMS",
    "Visit of Prime Minister Sato",
    "Chinese Communist Intentions in Laos",
    "On the question of the Chinese Eastern Railway",
    "Transfer of the Port of Dalny",
    "Jordan Waters",
    "Repatriation of American Citizens from Shanghai",
)
DATES = ("3 November 1945", "February 7, 1974", "March 10, 1962", "October 24, 1962", "12 June 1946")
REFERENCES = ("Your telegram No. 1486", "Deptel 1102", "Embtel 830 of July 12", "Our conversation of 3 May")
OFFICES_ALONE = (
    ("The Secretary", "Secretary"),
    ("The President", "President"),
    ("The Under Secretary", "Under Secretary"),
    ("The Secretary of State", "Secretary of State"),
    ("The Director of Central Intelligence", "Director of Central Intelligence"),
)
OFFICE_AFTER = ("Ambassador", "Assistant Secretary for European Affairs", "Special Assistant", "Counselor")
OFFICE_CODES = ("EUR", "FE", "S/P", "INR", "IO", "NEA")
POSTS = (
    ("AMEMBASSY", "Embassy in {}"),
    ("AMCONSUL", "Consulate in {}"),
    ("AMCONGEN", "Consulate General in {}"),
    ("USMISSION", "US Mission in {}"),
)
CITIES = ("MOSCOW", "LONDON", "PARIS", "BONN", "SAIGON", "TOKYO", "NEW DELHI", "TEL AVIV", "BUENOS AIRES",
          "HONG KONG", "VIENTIANE", "WARSAW", "PRAGUE", "BELGRADE", "TAIPEI", "SEOUL", "GENEVA")  # fmt: skip
PRECEDENCES = ("IMMEDIATE", "PRIORITY", "NIACT IMMEDIATE", "ROUTINE", "FLASH")
PROSE = (
    "1. Ambassador Sayre reports that the government has prepared a warm welcome for the visit.",
    "On 2 January I visited Zhou Enlai at his request and we spoke for about an hour about the railway.",
    "In accordance with your instructions I called on the Foreign Minister this morning to discuss the note.",
)

Field = tuple[str, object]


def _label(words: str, style: str) -> str:
    if style == "caps-colon":
        return f"{words.upper()}:"
    if style == "caps":
        return words.upper()
    return f"{words.capitalize()}:"


def _written(rng: random.Random, person: Person) -> tuple[str, str]:
    form = rng.choice(["honorific+full", "full", "honorific+family"])
    return write(person, form, "Mr.")


def _agents(
    names: list[str], addresses: list[tuple[str | None, str | None, str | None]] | None = None
) -> object:
    return (tuple(names), tuple(addresses or ()))


def _shouted(display: str) -> str:
    """The display name of a name written in capitals: title case, the small words of offices lower."""
    words = display.split()
    return " ".join(
        w.lower()
        if k and w.lower() in ("of", "the", "and", "in", "for")
        else "-".join(p[:1].upper() + p[1:].lower() if not p.endswith(".") else p for p in w.split("-"))
        for k, w in enumerate(words)
    )


def _memo(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Field]]:
    """MEMORANDUM FOR / THROUGH / FROM / SUBJECT / DATE / REFERENCE, in capitals or title case."""
    style = rng.choice(["caps-colon", "caps-colon", "caps", "title"])
    choices["labels"] = style
    caps = style == "caps"  # a label without its colon: the whole line in capitals, as cable forms print
    pool = AMERICAN + BRITISH if rng.random() < 0.2 else AMERICAN

    def name(written: str, display: str) -> tuple[str, str]:
        return (written.upper(), _shouted(display)) if caps else (written, display)

    offices = iter(rng.sample(OFFICES_ALONE, 3))
    people = iter(rng.sample(pool, 4))
    names = [
        name(*(next(offices) if rng.random() < 0.4 else _written(rng, next(people))))
        for _ in range(rng.choice([1, 1, 1, 2, 3]))
    ]
    more_lines = len(names) > 1 and rng.random() < 0.6
    choices["addressees"] = f"{len(names)}{'-lines' if more_lines else ''}"
    label = _label(rng.choice(["memorandum for", "to"]), style)
    if more_lines:
        to_lines = [f"{label} {names[0][0]}", *(w for w, _ in names[1:])]
    else:
        to_lines = [f"{label} {'; '.join(w for w, _ in names)}"]
    to = (to_lines, ("recipients", _agents([d for _, d in names])))
    written, display = _written(rng, next(people))
    author = rng.choice(["plain", "plain", "office-before", "office-after"])
    choices["author"] = author
    if author == "office-before":
        written = f"{rng.choice(OFFICE_CODES)} - {written}"
    elif author == "office-after":
        written = f"{written}, {rng.choice(OFFICE_AFTER)}"
    written, display = name(written, display)
    sender = ([f"{_label('from', style)} {written}"], ("authors", _agents([display])))
    blocks = [to, sender] if rng.random() < 0.7 else [sender, to]
    choices["order"] = "to-first" if blocks[0] is to else "from-first"
    if rng.random() < 0.25:
        via_w, via_d = name(*rng.choice(OFFICES_ALONE))
        blocks.insert(
            blocks.index(to) + 1, ([f"{_label('through', style)} {via_w}"], ("via", _agents([via_d])))
        )
    subject = rng.choice(SUBJECTS).upper() if caps else rng.choice(SUBJECTS)
    blocks.append(([f"{_label('subject', style)} {subject}"], ("subject", subject)))
    if rng.random() < 0.3:
        date = rng.choice(DATES).upper() if caps else rng.choice(DATES)
        blocks.insert(rng.randrange(len(blocks) + 1), ([f"{_label('date', style)} {date}"], ("date", date)))
    if rng.random() < 0.15:
        ref = rng.choice(REFERENCES).upper() if caps else rng.choice(REFERENCES)
        blocks.append(([f"{_label('reference', style)} {ref}"], ("reference", ref)))
    return [line for lines, _ in blocks for line in lines], [found for _, found in blocks]


def _bloc(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Field]]:
    nation = rng.choice(["soviet", "hungarian", "polish", "german", "bloc"])
    choices["nation"] = nation
    pool = NATIONS[nation]
    a, b = rng.sample(pool, 2)
    honorific = rng.choice(["Comrade", "Cde."])
    to_w, to_d = write(b, rng.choice(["honorific+family", "honorific+initials+family"]), honorific)
    fr_w, fr_d = write(a, rng.choice(["honorific+initials+family", "initials+family", "full"]), honorific)
    subject = rng.choice(SUBJECTS)
    rows = [
        (f"To: {to_w}", ("recipients", _agents([to_d]))),
        (f"From: {fr_w}", ("authors", _agents([fr_d]))),
    ]
    if rng.random() < 0.5:
        rows.reverse()
    rows.append((f"Subject: {subject}", ("subject", subject)))
    if rng.random() < 0.4:
        date = rng.choice(DATES)
        rows.append((f"Date: {date}", ("date", date)))
    return [r[0] for r in rows], [r[1] for r in rows]


Address = tuple[str, tuple[str | None, str | None, str | None]]  # display name, (city, precedence, number)


def _address(rng: random.Random, department: bool, extras: bool) -> tuple[str, Address]:
    """A cable address as written, and what it names: "AMEMBASSY MOSCOW PRIORITY 0345"."""
    if department:
        written, name, city = "SECSTATE WASHDC", "Department of State", "Washington"
    elif rng.random() < 0.12:
        written, name, city = "USUN NEW YORK", "US Mission to the United Nations", "New York"
    else:
        post, template = rng.choice(POSTS)
        place = rng.choice(CITIES)
        written, name, city = f"{post} {place}", template.format(place.title()), place.title()
    precedence = rng.choice(PRECEDENCES) if extras and rng.random() < 0.5 else None
    number = f"{rng.randint(1, 9999):04d}" if extras and rng.random() < 0.6 else None
    written = " ".join(w for w in (written, precedence, number) if w)
    return written, (name, (city, precedence.split()[0] if precedence else None, number))


def _cable(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Field]]:
    outgoing = rng.random() < 0.5  # from the Department to a post, or from a post to the Department
    choices["direction"] = "outgoing" if outgoing else "incoming"
    indicator = "RUEHC/" if rng.random() < 0.15 else ""  # a routing indicator before the Department
    choices["routing-indicator"] = str(bool(indicator))
    fm, (fm_name, fm_addr) = _address(rng, department=outgoing, extras=False)
    to, (to_name, to_addr) = _address(rng, department=not outgoing, extras=True)
    lines = []
    if rng.random() < 0.3:
        lines.append(f"O {rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z FEB 74")
    lines += [f"FM {indicator if outgoing else ''}{fm}", f"TO {indicator if not outgoing else ''}{to}"]
    fields: list[Field] = [
        ("authors", _agents([fm_name], [fm_addr])),
        ("recipients", _agents([to_name], [to_addr])),
    ]
    if rng.random() < 0.4:
        infos: list[tuple[str, Address]] = []
        for _ in range(rng.randint(1, 3)):  # a cable informs each post once
            info = _address(rng, department=False, extras=rng.random() < 0.5)
            if all(info[1][0] != n for _, (n, _) in infos + [("", (to_name, to_addr))]):
                infos.append(info)
        if not infos:
            return lines, fields
        lines.append("INFO " + ", ".join(w for w, _ in infos))
        fields.append(("information", _agents([n for _, (n, _) in infos], [a for _, (_, a) in infos])))
        choices["info"] = str(len(infos))
    return lines, fields


CHINESE_ROWS = (
    ("TO", "叶部长", "recipients"),
    ("TO", "周总理", "recipients"),
    ("DRAFTED BY", "蔡秘书", "drafted_by"),
    ("DRAFTED BY", "傅参事", "drafted_by"),
)


def _form(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Field]]:
    """A Chinese telegram's form flattened into one line: "TO 叶部长 | DRAFTED BY 蔡秘书 | DISPATCHED ..."."""
    to = rng.choice(CHINESE_ROWS[:2])
    by = rng.choice(CHINESE_ROWS[2:])
    date = rng.choice(("Oct. 23, 1951", "Nov. 2, 1950", "Jan. 5, 1954"))
    cells = [f"TO {to[1]}", f"DRAFTED BY {by[1]}", f"DISPATCHED {date}"]
    fields: list[Field] = [("recipients", _agents([to[1]])), ("drafted_by", by[1]), ("dispatched", date)]
    return [" | ".join(cells) + rng.choice([" |", ""])], fields


LAYOUTS = {"memo": _memo, "bloc": _bloc, "cable": _cable, "form": _form}


def compose(rng: random.Random) -> Case:
    choices: dict[str, str] = {}
    layout = rng.choices(list(LAYOUTS), weights=[50, 20, 25, 5], k=1)[0]
    choices["layout"] = layout
    lines, fields = LAYOUTS[layout](rng, choices)
    return Case([*lines, rng.choice(PROSE)], fields, choices)


def recover(case: Case) -> list[Field]:
    out: list[Field] = []
    for found in read_fields(list(case.text)):
        if found.feeds in ("recipients", "authors", "via", "information"):
            names = [a.name for a in field_agents(found.value)]
            addresses = [(a.city, a.precedence, a.number) for a in read_addresses(found.value)]
            out.append((found.feeds, _agents(names, addresses)))
        else:
            out.append((found.feeds, found.value))
    return out
