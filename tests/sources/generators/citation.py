"""Archival citations of each archive family, composed from independent choices.

Choices: the family (Russian fond/opis/delo/list archives in Latin or Cyrillic script, AVPRF with its
papka, PRC FMA file numbers, NARA's record group/entry/box/decimal or subject-numeric file, the Department
of State's central files, TNA's department/series/piece, NAA's series and control symbol, SAPMO-BArch,
BA-MA, PA AA, BStU, AAN, AMSZ, MOL and MNL OL, AMAE, ANIC, the Albanian, Bulgarian and Czech archives);
the archive's name (acronym, acronym with spaces, spelled out, spelled out with the acronym after it);
the words for the parts ("f." "Fond" "fond" "F." "ф."), the separators ("," or "."), which optional parts
appear (papka, sheets, box, entry, folder), sheets with or without their word ("ll. 5-7", "Listy 5-7",
"5-7"), the number forms, and a closing full stop.

Exact recovery: ``parse_citation(text)`` gives the composed archive (the family's short name; an archive
the family cites as the page spells it, as written; another acronym of the family as written, "PRO" as
"MNL OL") and ``parts`` equal to the composed ones, ``archive``
included: each value as the family's patterns take it (fond "R-9401ss", sheets with their word "ll.
354-357" or bare "270-272"; PRC FMA sheets without "pp."; NARA's record group, entry and box as numbers).
A BStU signature ("MfS, ZAIG 5382") is its ``delo`` without the MfS, as PA AA's "A 7137" is without MfAA.
"""

from __future__ import annotations

import random

from chancery.sources.page.citation import parse_citation

from .case import Case

KIND = "citation"

Parts = dict[str, str]

RUSSIAN_NAMES = {
    "GARF": ("GARF", "State Archive of the Russian Federation", "ГАРФ"),
    "RGASPI": ("RGASPI", "Russian State Archive of Socio-Political History", "РГАСПИ"),
    "RGANI": ("RGANI", "Russian State Archive of Contemporary History", "РГАНИ"),
    "APRF": ("APRF", "Archive of the President of the Russian Federation", "АП РФ"),
    "AVPRF": ("AVPRF", "Archive of Foreign Policy of the Russian Federation", "АВП РФ"),
    "TsAMO": ("TsAMO", "Central Archive of the Ministry of Defense", None),
    "RGVA": ("RGVA", "Russian State Military Archive", None),
}
SPACED = {"APRF": "AP RF", "AVPRF": "AVP RF"}
# the words of the parts in each style: fond, opis, delo, papka, sheet(s)
STYLES = {
    "abbrev": ("f.", "op.", "d.", "p.", ("l.", "ll.")),
    "full": ("Fond", "Opis", "Delo", "Papka", ("List", "Listy")),
    "lower": ("fond", "opis", "delo", "papka", ("list", "listy")),
    "dotted": ("F.", "Op.", "D.", "P.", ("L.", "Ll.")),
    "cyrillic": ("ф.", "оп.", "д.", "п.", ("л.", "лл.")),
}


def _fond(rng: random.Random, archive: str) -> str:
    if archive == "GARF":
        return rng.choice(["R-9401ss", "R-5446", "9401", "R-9401", "5283"])
    if archive == "AVPRF":
        return rng.choice(["0100", "059a", "07", "0111", "0102", "06"])
    return str(rng.choice([3, 5, 17, 45, 52, 82, 89, 558, 644, 4459]))


def _sheets(rng: random.Random) -> tuple[int, int | None]:
    a = rng.randint(1, 400)
    return a, (a + rng.randint(1, 12) if rng.random() < 0.6 else None)


def _russian(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    archive = rng.choice(list(RUSSIAN_NAMES))
    acronym, spelled, cyrillic = RUSSIAN_NAMES[archive]
    style = rng.choices(list(STYLES), weights=[45, 25, 12, 8, 10], k=1)[0]
    if style == "cyrillic" and cyrillic is None:
        style = "abbrev"
    choices["style"] = style
    if style == "cyrillic":
        name = cyrillic
        naming = "cyrillic"
    else:
        naming = rng.choices(
            ["acronym", "spaced", "spelled", "spelled+acronym"], weights=[70, 6, 10, 14], k=1
        )[0]
        if naming == "spaced" and archive not in SPACED:
            naming = "acronym"
        name = {"acronym": acronym, "spaced": SPACED.get(archive, acronym), "spelled": spelled,
                "spelled+acronym": f"{spelled} ({acronym})"}[naming]  # fmt: skip
    choices["naming"] = naming
    f_w, o_w, d_w, p_w, (l1, l2) = STYLES[style]
    sep = ". " if style == "dotted" else ", "
    fond = _fond(rng, archive)
    opis = rng.choice(["1", "2", "5a", "11", "12", "23a", "42", "49", "53", "65", "162"])
    delo = str(rng.randint(1, 1500))
    if style == "full" and archive == "GARF" and rng.random() < 0.5:
        o_w = "Opis'"
    parts: Parts = {"archive": archive, "fond": fond, "opis": opis}
    pieces = [f"{f_w} {fond}", f"{o_w} {opis}"]
    if archive == "AVPRF" and rng.random() < 0.7:
        papka = str(rng.randint(1, 500))
        parts["papka"] = papka
        if rng.random() < 0.5:
            pieces.append(f"{p_w} {papka}")
            pieces.append(f"{d_w} {delo}")
        else:
            pieces.append(f"{d_w} {delo}")
            pieces.append(f"{p_w} {papka}")
        choices["papka"] = "yes"
    else:
        pieces.append(f"{d_w} {delo}")
    parts["delo"] = delo
    if rng.random() < 0.85:
        a, b = _sheets(rng)
        number = f"{a}-{b}" if b else f"{a}"
        bare = style != "cyrillic" and rng.random() < 0.12
        choices["sheets"] = "bare" if bare else "word"
        # "Delo 100, 270-272": sheets after the file without their word
        sheets = number if bare else f"{l2 if b else l1} {number}"
        pieces.append(sheets)
        parts["list_or_pages"] = sheets
    text = f"{name}{sep}{sep.join(pieces)}"
    if style == "dotted" and rng.random() < 0.5:
        text = f"{name} {sep.join(pieces)}"
    return text + rng.choice([".", "", "."]), archive if naming != "cyrillic" else archive, parts


def _prc(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    series = rng.choice([102, 105, 106, 109, 110, 117, 204])
    number = f"{series}-{rng.randint(1, 4000):05d}-{rng.randint(1, 12):02d}"
    parts: Parts = {"archive": "PRC FMA", "delo": number}
    naming = rng.choices(["acronym", "spelled"], weights=[80, 20], k=1)[0]
    choices["naming"] = naming
    name = "PRC FMA " if naming == "acronym" else "Chinese Foreign Ministry Archive, "
    text = f"{name}{number}"
    if rng.random() < 0.8:
        a, b = _sheets(rng)
        pages = f"{a}-{b}" if b else f"{a}"
        written = pages if rng.random() < 0.8 else f"pp. {pages}"
        choices["pages"] = "bare" if written == pages else "pp"
        text += f", {written}"
        parts["list_or_pages"] = pages
    return text + ".", "PRC FMA", parts


DECIMALS = ("611.3722/10-2562", "793.00/1-1050", "684A.85322/3–1062", "120.1580/7–2455", "661.941/2-1558")
SUBJECTS = ("POL 23-9 CHICOM", "POL 19 RYU IS", "POL JAPAN-US", "DEF 19-8 US-IND", "POL 7 USSR")


def _nara(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    naming = rng.choice(
        ["NARA", "National Archives", "U.S. National Archives", "National Archives at College Park"]
    )
    choices["naming"] = naming
    rg = rng.choice(["59", "84", "218", "273", "330", "469"])
    parts: Parts = {"archive": "NARA", "record_group": rg}
    pieces = [f"{rng.choice(['RG', 'RG', 'Record Group'])} {rg}"]
    kind = rng.choice(["decimal", "subject", "entry"])
    choices["file"] = kind
    if kind == "decimal":
        f = rng.choice(DECIMALS)
        pieces += ["Central Decimal File 1960-63", f]
        parts["delo"] = f
    elif kind == "subject":
        f = rng.choice(SUBJECTS)
        pieces += ["Central Foreign Policy Files, 1967-69", f]
        parts["delo"] = f
    else:
        entry = rng.choice(["3051B", "A1 5536", "1195", "UD-07D 1"])
        entry = entry if " " not in entry else "1195"
        pieces.append(f"Entry {entry}")
        parts["entry"] = entry
    if rng.random() < 0.7:
        box = str(rng.randint(1, 3000))
        pieces.append(f"Box {box}")
        parts["box"] = box
    if naming == "National Archives at College Park":
        return f"{', '.join(pieces)}, {naming}.", "NARA", parts
    return f"{naming}, {', '.join(pieces)}.", "NARA", parts


def _state(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    f = rng.choice(DECIMALS)
    return (
        f"Department of State, Central Files, {f}.",
        "Department of State",
        {"archive": "Department of State", "delo": f},
    )


def _tna(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    dept = rng.choice(["CAB 128", "CAB 129", "FO 371", "PREM 11", "DEFE 4", "FO 800"])
    piece = f"{dept}/{rng.randint(1, 180000)}"
    written = piece if rng.random() < 0.85 else piece.replace(" ", "/")
    naming = rng.choice(
        ["TNA", "TNA", "PRO", "The National Archives, Kew", "The National Archives of the UK (TNA)"]
    )
    choices["naming"] = naming
    tail = f", {rng.choice(['C 1016/45', 'CC (61) 12', 'F 1052/3'])}" if rng.random() < 0.3 else ""
    archive = "PRO" if naming == "PRO" else "TNA"  # another acronym of the family is kept as written
    return f"{naming}, {written}{tail}.", archive, {"archive": archive, "delo": written}


def _naa(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    series = rng.choice(["A1838", "A3196", "A11782", "A5954", "A1209"])
    control = rng.choice(["3107/38/12/2", "1948, O.11218", "1950/1", "TS852/10/4/2", "250/9/7"])
    name = rng.choice(["NAA", "AA"])
    colon = rng.choice([" : ", ": "])
    text = f"{name}{colon}{series}, {control}"
    bracketed = rng.random() < 0.5
    choices["bracketed"] = str(bracketed)
    return (f"[{text}]" if bracketed else text), "NAA", {"archive": "NAA", "series": series, "delo": control}


def _german(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    family = rng.choice(["SAPMO-BArch", "BA-MA", "PA AA", "BStU"])
    choices["family"] = family
    a, b = _sheets(rng)
    sheets = f"Bl. {a}-{b}" if b else f"Bl. {a}"
    with_sheets = rng.random() < 0.7
    if family == "SAPMO-BArch":
        delo = rng.choice(["DY 30/J IV 2/202/130", "DY 30/3386", "DY 30/J IV 2/2/755", "NY 4182/1206"])
        text = f"SAPMO-BArch, {delo}"
    elif family == "BA-MA":
        delo = rng.choice(["DVW 1/39571", "DVW 1/25735", "AZN 32612"])
        text = f"{rng.choice(['BA-MA', 'Bundesarchiv-Militärarchiv (BA-MA), Freiburg'])}, {delo}"
    elif family == "PA AA":
        delo = f"A {rng.randint(100, 19999)}"
        name = rng.choice(["PA AA", "Political Archive of the Federal Foreign Office (PA AA)"])
        text = f"{name}, MfAA, {delo}"
    else:
        delo = rng.choice(["ZAIG 5382", "HA XX 4567", "AP 1234/56", "ZAIG 4567"])
        text = f"BStU, MfS, {delo}"
    parts: Parts = {"archive": family, "delo": delo}
    if with_sheets:
        text += f", {sheets}"
        parts["list_or_pages"] = sheets
    return text + ".", family, parts


def _polish(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    a, b = _sheets(rng)
    k = f"k. {a}-{b}" if b else f"k. {a}"
    if rng.random() < 0.5:
        choices["family"] = "AAN"
        delo = rng.choice(["XI A/10", "XI A/1", "V/82", "XIA/44"])
        parts: Parts = {"archive": "AAN", "fond": "KC PZPR", "delo": delo}
        text = f"AAN, KC PZPR, {delo}"
    else:
        choices["family"] = "AMSZ"
        z, w, t = rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 2000)
        if rng.random() < 0.4:  # the letters glued to the numbers, in any order: "DV Z12 T404 W17"
            glued = [("fond", f"Z{z}"), ("opis", f"W{w}"), ("delo", f"T{t}")]
            rng.shuffle(glued)
            if rng.random() < 0.5:
                glued = [(k, v.lower()) for k, v in glued]
            name = rng.choice(["AMSZ", "Polish Foreign Ministry Archive"])
            parts = {"archive": "AMSZ", **dict(glued)}
            text = f"{name}, DV {' '.join(v for _, v in glued)}"
        else:
            parts = {"archive": "AMSZ", "fond": str(z), "papka": str(w), "delo": str(t)}
            text = f"AMSZ, z. {z}, w. {w}, t. {t}"
    if rng.random() < 0.7:
        text += f", {k}"
        parts["list_or_pages"] = k
    return text + ".", parts["archive"], parts


def _hungarian(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    if rng.random() < 0.65:
        choices["family"] = "MOL"
        country = rng.choice(
            [
                "Korea",
                "China",
                "Vietnam",
                "Mongolia",
                "É-Korea",
                "ENSZ",
                "Dél-Vietnam",
                "Német Demokratikus Köztársaság",
            ]
        )
        y = rng.randint(1953, 1975)
        box = f"{rng.randint(1, 20)}. doboz"
        item = f"{rng.randint(1, 30)}/{rng.choice('abcdf')}"
        number = f"{rng.randint(1, 9999):06d}/{y}"
        tetel = rng.random() < 0.3
        year = f"{y}, " if rng.random() < 0.4 else ""
        text = f"MOL, XIX-J-1-j {country}, {year}{box}, {item}{' tétel' if tetel else ''}, {number}."
        parts: Parts = {"archive": "MOL", "fond": f"XIX-J-1-j {country}", "box": box, "delo": item,
                        "list_or_pages": number}  # fmt: skip
        return text, "MOL", parts
    choices["family"] = "MNL OL"
    unit = f"{rng.randint(1, 5)}/{rng.randint(1, 400)}"
    text = f"MNL OL, M-KS 288. f. {unit}. ő.e."
    parts = {"archive": "MNL OL", "fond": "288", "delo": unit}
    if rng.random() < 0.5:
        a, b = _sheets(rng)
        pages = f"pp. {a}-{b}" if b else f"p. {a}"
        text += f", {pages}."
        parts["list_or_pages"] = pages
    return text, "MNL OL", parts


def _romanian(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    if rng.random() < 0.5:
        choices["family"] = "AMAE"
        folder = f"{rng.randint(100, 999)}/{rng.randint(1955, 1980)}"
        name = rng.choice(["AMAE", "Archive of the Romanian Ministry of Foreign Affairs (AMAE)"])
        text = f"{name}, Folder {folder}"
        parts: Parts = {"archive": "AMAE", "folder": folder}
        if rng.random() < 0.6:
            matter = f"Matter {rng.randint(1, 400)}/{rng.choice('FABC')}"
            text += f", {matter}"
            parts["delo"] = matter
        if rng.random() < 0.4:
            text += ", Telegrams from Beijing"
        return text + ".", "AMAE", parts
    choices["family"] = "ANIC"
    y = rng.randint(1955, 1989)
    file = f"{rng.randint(1, 300)}/{y}"
    text = f"ANIC, fond CC of the RCP – Chancellery, file {file}"
    parts = {"archive": "ANIC", "fond": "CC of the RCP – Chancellery", "delo": file}
    if rng.random() < 0.7:
        a, b = _sheets(rng)
        pages = f"pp. {a}-{b}" if b else f"p. {a}"
        text += f", {pages}"
        parts["list_or_pages"] = pages
    return text + ".", "ANIC", parts


def _other(rng: random.Random, choices: dict[str, str]) -> tuple[str, str, Parts]:
    which = rng.choice(["AQSH", "TsDA", "AMVnR", "Prague"])
    choices["family"] = which
    if which == "AQSH":
        f, l_, d, y = rng.randint(10, 20), rng.randint(1, 30), rng.randint(1, 40), rng.randint(1950, 1978)
        dot = rng.choice(["", "."])
        text = f"Central State Archive, Tirana, F{f}/ L{dot}{l_}/ D{d}/ Viti {y}."
        archive = "Central State Archive, Tirana"
        return text, archive, {"archive": archive, "fond": f"F{f}", "opis": f"L{dot}{l_}", "delo": f"D{d}",
                               "year": str(y)}  # fmt: skip
    if which == "TsDA":
        opis, ae = rng.randint(1, 80), rng.randint(1, 900)
        name = rng.choice(["TsDA", "Central State Archive, Sofia"])
        text = f"{name}, Fond 1-B, Opis {opis}, a.e. {ae}"
        return text + ".", "TsDA", {"archive": "TsDA", "fond": "1-B", "opis": str(opis), "delo": str(ae)}
    if which == "AMVnR":
        opis, ae, sheet = rng.randint(1, 40), rng.randint(1, 900), rng.randint(1, 200)
        text = f"AMVnR, Opis {opis}, a.e. {ae}, l. {sheet}."
        return (
            text,
            "AMVnR",
            {"archive": "AMVnR", "opis": str(opis), "delo": str(ae), "list_or_pages": f"l. {sheet}"},
        )
    fond = f"02/{rng.randint(1, 6)}"
    sv, aj = rng.randint(1, 200), rng.randint(1, 300)
    text = f"National Archive, Prague, Archive of the CC KSČ, fond {fond}, sv. {sv}, ar.j. {aj}."
    archive = "National Archive, Prague"
    return text, archive, {"archive": archive, "fond": fond, "volume": str(sv), "delo": str(aj)}


FAMILY_COMPOSERS = {
    "russian": (_russian, 40), "prc": (_prc, 10), "nara": (_nara, 8), "state": (_state, 3), "tna": (_tna, 5),
    "naa": (_naa, 4), "german": (_german, 10), "polish": (_polish, 6), "hungarian": (_hungarian, 6),
    "romanian": (_romanian, 4), "other": (_other, 4),
}  # fmt: skip


def compose(rng: random.Random) -> Case:
    group = rng.choices(list(FAMILY_COMPOSERS), weights=[w for _, w in FAMILY_COMPOSERS.values()], k=1)[0]
    choices: dict[str, str] = {"group": group}
    text, archive, parts = FAMILY_COMPOSERS[group][0](rng, choices)
    return Case(text, (archive, parts), choices)


def recover(case: Case) -> tuple[str | None, Parts] | None:
    citation = parse_citation(str(case.text))
    return (citation.archive, dict(citation.parts)) if citation else None
