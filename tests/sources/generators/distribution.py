"""Distribution blocks: who else got the document, composed from independent choices.

Choices: the layout (a list under its cue, columns, an inline list wrapping over lines, a comma list under
the cue, a telegram's routing statement, "Copy Nº 3 – ..." lines), the cue's wording, the numbering
("1.", "1)", "(1)", "1 –", "1x", "No. 1 –", none) and where it starts, the nation and the form of the
names (honorifics, initials before or after, brackets, capitals, office prefixes "S/S - Mr. Rusk"), bodies
and posts, copy counts ("Stalin (2)", "2 copies – Stalin"), file copies, illegible entries, handwritten
marks, separators and wraps, and the lines around the block.

Exact recovery: the ordered list of ``(display name, copy number, copies, purpose)`` the page reader gives
(``numbered_copies`` first, else ``distribution(read_blocks(lines))``, as ``reader._distribution`` does)
equals the composed one. File copies are not entries; an illegible entry is one ("[illegible]", the
reader's unknown agent); numbered copy lines give one entry per recipient, at its first copy. A list
numbered in columns is in copy-number order; an unnumbered one in reading order (row by row).
"""

from __future__ import annotations

import random

from chancery.sources.page.copies import numbered_copies
from chancery.sources.page.distribution import distribution, read_blocks

from .case import Case
from .people import HONORIFICS, Person, forms_of, nation_of_list, pick_people, write

KIND = "distribution"

Entry = tuple[str, int | None, int | None, str | None]

# (cue as written, purpose); "{n}" is the number of copies made
LIST_CUES: tuple[tuple[str, str | None], ...] = (
    ("Distributed to:", None),
    ("Distribution:", None),
    ("Distribution list:", None),
    ("Distribution list – {n} copies:", None),
    ("Distribution list - {n} copies:", None),
    ("Produced in {n} copies for:", None),
    ("Printed in {n} copies:", None),
    ("Written: in {n} copies", None),  # a Hungarian embassy's register ("Készült: 4 példányban")
    ("Five copies printed", None),
    ("Copied to:", None),  # a Chinese cable form's row
    ("Copies:", None),
    ("Copies to:", None),
    ("Copies sent to:", None),
    ("Copy to:", None),
    ("Distributed among:", None),
    ("cc:", "information"),
    ("CC:", "information"),
    ("Info:", "information"),
    ("Sent to:", "action"),
)
INLINE_CUES: tuple[tuple[str, str | None], ...] = (
    ("Distributed to:", None),
    ("Distribution:", None),
    ("Copies:", None),
    ("Copies to:", None),
    ("Copy to:", None),
    ("Copies sent to", None),
    ("cc:", "information"),
    ("Info:", "information"),
    ("Sent to:", "action"),
    ("Telegram sent to", "action"),
)
NUMBERINGS = ("{k}.", "{k})", "({k})", "{k} –", "{k} -", "{k}x", "No. {k} –", "{nth} -")
COUNTS = ("({c})", "({c} copies)", " – {c} copies", " - {c}", ", {c} copies", "{c} copies – ", "{w} to ")
FILES = (
    "File",
    "file",
    "to file",
    "on file",
    "File of 8th Department",
    "File of the 1st Far Eastern Department",
    "file ({c} copies)",
    "to the Secretariat's file",
    "NKVD Secretariat file",
    "Archive",
    "Registry",
    "the Department's file",
)
BODIES: dict[str, tuple[str, ...]] = {
    "soviet": ("10th Department", "1st Far Eastern Department", "Secretariat of the CC", "Politburo"),
    "american": ("CIA", "USIA", "White House", "Defense Department"),
    "german": ("Department for International Relations", "Politburo"),
    "chinese": ("Central Committee", "General Office"),
}
OFFICE_CODES = ("S/S", "EUR", "S/P", "INR", "FE", "G", "U", "IO", "EUR/SOV", "White House", "L", "NEA")
POSTS = (
    "Amman", "Beirut", "Cairo", "Damascus", "Tel Aviv", "Jidda", "Baghdad", "London", "Paris", "Moscow",
    "Bonn", "Saigon", "Vientiane", "Bangkok", "Tokyo", "New Delhi", "Karachi", "Hong Kong", "Taipei",
    "Shanghai", "Nanking", "USUN", "Department", "CINCPAC", "Geneva", "Rome", "Ankara", "Tehran", "Rangoon",
)  # fmt: skip
BEFORE = ("V. Molotov", "3 November 1945", "Nº 1248/b", "(signed) A. Gromyko", "Top Secret", "Dean Rusk")
AFTER = (
    "12 June 1946",
    "24.III.1950",
    "Nº 1248/b",
    "Drafted by Cde. Mamulov",
    "[Handwritten: Cde. Molotov – please read. V. M.]",
    "[Handwritten text:] Pass this on",
    "[handwritten note: Cde. Vyshinsky's copy was returned and destroyed 5 June 1946]",
    "The Soviet consul general reports that the troops entered the city on 20 October.",
    "Top Secret",
    "Authenticated by: V. Popova",
    "Drafted by: EUR:SOV:JMcSweeney",
    "Enclosure: as stated.",
)


def _choice(
    rng: random.Random, options: tuple[str, ...] | list[str], weights: list[float] | None = None
) -> str:
    return rng.choices(list(options), weights=weights, k=1)[0]


def _person(rng: random.Random, person: Person, form: str, honorific: str) -> tuple[str, str]:
    if form not in forms_of(person):
        form = "honorific+family" if honorific else "family"
    return write(person, form, honorific)


def _names(rng: random.Random, nation: str, n: int, choices: dict[str, str]) -> list[tuple[str, str]]:
    """(as written, display) of ``n`` people and bodies of one nation, in one list-wide style."""
    people = pick_people(rng, nation, n)
    honorifics = HONORIFICS[nation]
    honorific = honorifics[0] if rng.random() < 0.6 else _choice(rng, honorifics)
    forms = sorted({f for p in people for f in forms_of(p)})
    form = _choice(rng, forms)
    office_prefix = nation == "american" and rng.random() < 0.3
    choices.update(nation=nation, form="office-prefix" if office_prefix else form, honorific=honorific)
    out = []
    for person in people:
        others = [f for f in forms_of(person) if (f == "capitals") == (form == "capitals")]
        this = form if rng.random() < 0.9 or not others else _choice(rng, others)
        if office_prefix:
            written, display = write(person, "honorific+family", "Mr.")
            written = f"{_choice(rng, OFFICE_CODES)} {_choice(rng, ('-', '–'))} {written}"
        else:
            written, display = _person(rng, person, this, honorific)
        out.append((written, display))
    if nation in BODIES and rng.random() < 0.15:
        body = _choice(rng, BODIES[nation])
        out.insert(rng.randrange(len(out) + 1), (body, body))
        choices["body"] = "yes"
    return out


def _items(
    rng: random.Random, nation: str, choices: dict[str, str], counts: bool, inline: bool = False
) -> list[tuple[str, str | None, int | None]]:
    """The list's items: (as written, display or None for a file copy, copies)."""
    n = rng.choices([2, 3, 4, 5, 6, 7, 8, 10], weights=[8, 14, 14, 12, 10, 6, 4, 2], k=1)[0]
    items: list[tuple[str, str | None, int | None]] = [
        (w, d, None) for w, d in _names(rng, nation, n, choices)
    ]
    if counts and rng.random() < 0.25:
        style = _choice(rng, [c for c in COUNTS if not (inline and c.startswith(","))])
        choices["count"] = style
        for k in rng.sample(range(len(items)), rng.randint(1, max(1, len(items) // 2))):
            written, display, _ = items[k]
            c = rng.randint(2, 5)
            mark = style.format(c=c, w=("two", "three", "four", "five")[c - 2])  # "three to Center"
            written = (
                f"{mark}{written}"
                if mark.endswith(("– ", " to "))
                else f"{written}{'' if mark[0] in ' ,' else ' '}{mark}"
            )
            items[k] = (written, display, c)
    if rng.random() < 0.04:
        items.insert(rng.randrange(len(items) + 1), ("[illegible]", "[illegible]", None))
        choices["illegible"] = "yes"
    if rng.random() < 0.03:
        k = rng.randrange(len(items))
        items[k] = (f"{items[k][0]} [handwritten]", items[k][1], items[k][2])
        choices["handwritten"] = "entry"
    if rng.random() < 0.3:
        f = _choice(rng, FILES).format(c=rng.randint(2, 3))
        at = len(items) if rng.random() < 0.7 else rng.randrange(len(items) + 1)
        items.insert(at, (f, None, None))
        choices["file"] = "end" if at == len(items) - 1 else "inside"
    return items


def _cue(
    rng: random.Random, cues: tuple[tuple[str, str | None], ...], choices: dict[str, str]
) -> tuple[str, str | None]:
    text, purpose = cues[rng.randrange(len(cues))]
    choices["cue"] = text
    n = rng.randint(3, 12)
    return text.format(
        n=n if rng.random() < 0.8 else ["three", "four", "five", "six", "nine"][n % 5]
    ), purpose


def _ordinal(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def _list(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Entry]]:
    cue, purpose = _cue(rng, LIST_CUES, choices)
    nation = nation_of_list(rng)
    numbering = _choice(rng, [*NUMBERINGS, ""], [10, 4, 4, 6, 3, 4, 1, 3, 20])
    choices["numbering"] = numbering or "none"
    items = _items(rng, nation, choices, counts=not numbering)
    start = 1 if rng.random() < 0.85 else rng.randint(2, 4)
    rows: list[tuple[str, Entry | None]] = []
    for k, (written, display, copies) in enumerate(items, start):
        number = None
        if numbering == "{k}x":
            copies = rng.choice([1, 1, 1, 2, 3])
            prefix = f"{copies}x "
        elif numbering:
            number = k
            prefix = numbering.format(k=k, nth=_ordinal(k)) + " "  # "3rd - to Cde. ..."
        else:
            prefix = ""
        if (
            numbering in ("{k} –", "{k} -", "{nth} -")
            and rng.random() < 0.3
            and display
            and " - " not in written
        ):
            written = f"to {written}"
        rows.append((prefix + written, (display, number, copies, purpose) if display else None))
    layout = "columns" if len(rows) >= 4 and rng.random() < 0.2 else "list"
    choices["layout"] = layout
    if layout == "list":
        lines = [cue, *(text for text, _ in rows)]
        return lines, [e for _, e in rows if e]
    ncols = rng.choice([2, 3]) if len(rows) >= 6 else 2
    nrows = -(-len(rows) // ncols)
    by_column = numbering not in ("", "{k}x") and rng.random() < 0.5
    choices["columns"] = "column-major" if by_column else "row-major"
    grid: list[list[str]] = [[] for _ in range(nrows)]
    order: list[Entry | None] = []
    for i, (text, entry) in enumerate(rows):
        r = i % nrows if by_column else i // ncols
        grid[r].append(text)
        if not by_column:
            order.append(entry)
    width = max(len(t) for t, _ in rows) + rng.randint(3, 8)
    lines = [cue, *("".join(c.ljust(width) for c in row).rstrip() for row in grid)]
    expected = [e for _, e in rows if e] if by_column else [e for e in order if e]
    return lines, expected


def _wrap(rng: random.Random, head: str, parts: list[str], seps: list[str], end: str) -> list[str]:
    lines, line = [], head
    for i, part in enumerate(parts):
        line = f"{line}{part}"
        if i < len(parts) - 1:
            sep = seps[i]
            if len(line) > 25 and rng.random() < 0.35:
                lines.append(line + sep.rstrip())
                line = ""
            else:
                line += sep
    lines.append(line + end)
    return lines


def _separators(rng: random.Random, n: int, choices: dict[str, str]) -> list[str]:
    style = _choice(rng, ["comma", "semicolon", "comma-and", "comma-comma-and"], [10, 3, 5, 2])
    choices["separator"] = style
    if style == "semicolon":
        return ["; "] * (n - 1)
    last = {"comma": ", ", "comma-and": " and ", "comma-comma-and": ", and "}[style]
    return [", "] * (n - 2) + [last] if n >= 2 else []


def _inline(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Entry]]:
    cue, purpose = _cue(rng, INLINE_CUES, choices)
    choices["layout"] = "inline"
    nation = nation_of_list(rng)
    items = _items(rng, nation, choices, counts=purpose != "action", inline=True)
    first, display, copies = items[0]
    if cue == "Telegram sent to" and nation == "soviet" and display and copies is None:
        bare = first.split(" ", 1)[-1] if first.startswith(("Cde", "Comr", "tov")) else first
        items[0] = (f"comrs. {bare}", display, copies)  # "Telegram sent to comrs. Khrushchev, Kozlov"
    parts = [w for w, _, _ in items]
    seps = _separators(rng, len(parts), choices)
    lines = _wrap(rng, f"{cue} ", parts, seps, _choice(rng, [".", ""]))
    return lines, [(d, None, c, purpose) for _, d, c in items if d]


def _under(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Entry]]:
    """A comma list on the line under its cue: "Distributed to:" / "Stalin, Molotov, Malenkov, Beria."."""
    cue, purpose = _cue(rng, LIST_CUES, choices)
    choices["layout"] = "under"
    items = [i for i in _items(rng, nation_of_list(rng), choices, counts=False) if "," not in i[0]]
    while len(items) < 3:
        items.append(("Beria", "Beria", None) if len(items) % 2 else ("Malenkov", "Malenkov", None))
    text = ", ".join(w for w, _, _ in items) + _choice(rng, [".", ""])
    return [cue, text], [(d, None, c, purpose) for _, d, c in items if d]


def _routing(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Entry]]:
    """A telegram's routing: "Sent to Amman, Beirut and Cairo and repeated to Tel Aviv."."""
    choices["layout"] = "routing"
    posts = rng.sample(POSTS, rng.randint(2, 7))
    split = rng.randint(1, len(posts) - 1)
    sent, repeated = posts[:split], posts[split:]
    form = _choice(rng, ["sent-repeated", "sent;repeated", "repeated-pouched", "sent-only", "repeated-only"])
    choices["form"] = form
    numbered = form == "sent;repeated" or rng.random() < 0.3  # "Sent Shanghai 830": no "to", a number
    choices["numbered"] = str(numbered)

    def clause(names: list[str]) -> str:
        names = [f"{p} {rng.randint(10, 1600)}" if numbered else p for p in names]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + _choice(rng, [" and ", ", and "]) + names[-1]

    if form == "sent-repeated":
        text = f"Sent to {clause(sent)} and repeated to {clause(repeated)}."
        expected = [(p, None, None, "action") for p in sent] + [
            (p, None, None, "information") for p in repeated
        ]
    elif form == "sent;repeated":
        text = f"Sent {clause(sent)}; repeated {clause(repeated)}."
        expected = [(p, None, None, "action") for p in sent] + [
            (p, None, None, "information") for p in repeated
        ]
    elif form == "repeated-pouched":
        text = f"Repeated to {clause(sent)}, and pouched to {clause(repeated)}."
        expected = [(p, None, None, "information") for p in posts]
    elif form == "sent-only":
        text = f"Sent to {clause(posts)}."
        expected = [(p, None, None, "action") for p in posts]
    else:
        text = f"Repeated to {clause(posts)}."
        expected = [(p, None, None, "information") for p in posts]
    lines = _wrap(rng, "", [text], [], "") if len(text) < 70 else _split_line(rng, text)
    return lines, expected


def _split_line(rng: random.Random, text: str) -> list[str]:
    """Break a long statement after a comma, as a page's line ends."""
    commas = [i for i, ch in enumerate(text) if ch == "," and 20 < i < len(text) - 10]
    if not commas or rng.random() < 0.5:
        return [text]
    at = rng.choice(commas) + 1
    return [text[:at].strip(), text[at:].strip()]


COPY_FORMS = ("Copy Nº {k} to {who}", "Copy No. {k} - {who}", "Copy №{k} — to {who}", "Copy Nº {k} – {who}")


def _ordinal(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def _copy_lines(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], list[Entry]]:
    """ "Copy Nº 3 to Stalin" lines, one a line or in columns; file copies among them."""
    choices["layout"] = "copy-lines"
    form = _choice(rng, [*COPY_FORMS, "{nth} copy to {who}"])
    choices["form"] = form
    people = pick_people(rng, "soviet", rng.randint(2, 9))
    honorific = _choice(rng, ["", "Cde. ", "Comrade "])
    cells: list[tuple[int, str, str | None]] = []
    k = rng.choice([1, 1, 2, 3])
    for person in people:
        cells.append((k, f"{honorific}{person.family}", person.family))
        k += 1
        if rng.random() < 0.15:
            f = _choice(rng, ["file", "the NKVD Secretariat file", "the 8th Department's file"])
            cells.append((k, f, None))
            choices["file"] = "yes"
            k += 1
    texts = [form.format(k=n, nth=_ordinal(n), who=who).replace("to to ", "to ") for n, who, _ in cells]
    expected: list[Entry] = [(d, n, None, None) for n, _, d in cells if d]
    if len(texts) >= 4 and rng.random() < 0.4:
        choices["columns"] = "yes"
        nrows = -(-len(texts) // 2)
        width = max(map(len, texts)) + rng.randint(3, 10)
        lines = [
            "".join(t.ljust(width) for t in (texts[r], *(texts[r + nrows : r + nrows + 1]))).rstrip()
            for r in range(nrows)
        ]
    else:
        lines = texts
    return lines, expected


LAYOUTS = {"list": _list, "inline": _inline, "under": _under, "routing": _routing, "copy-lines": _copy_lines}


def compose(rng: random.Random) -> Case:
    choices: dict[str, str] = {}
    layout = _choice(rng, list(LAYOUTS), [55, 20, 5, 10, 10])
    lines, expected = LAYOUTS[layout](rng, choices)
    before = [_choice(rng, BEFORE)] if rng.random() < 0.3 else []
    after = [_choice(rng, AFTER)] if rng.random() < 0.6 else []
    if after:
        choices["after"] = after[0][:24]
    return Case(before + lines + after, expected, choices)


def recover(case: Case) -> list[Entry]:
    lines = list(case.text)
    entries, _ = numbered_copies(lines)
    if not entries:
        entries = distribution(read_blocks(lines))
    return [(e.agent.name, e.copy_number, e.copies, e.purpose) for e in entries]
