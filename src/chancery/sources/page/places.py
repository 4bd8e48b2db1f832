"""Place names as pages write them -> display names, with bracketed variants kept apart.

"Ghulja [Yining]" -> Place("Ghulja", variants=["Yining"]). A small table maps old romanisations to the
names the collection uses ("Urumchi" -> "Urumqi"); the page's form stays in ``as_written``.
"""

from __future__ import annotations

import re

from chancery.lexicon.countries import POST_NOUNS
from chancery.model import Place
from chancery.sources.page.memo import remembered

# English names of the period the editions keep as written ("Peking"): the record keeps them, with today's
# name as a variant the resolver joins them by.
KEPT_EXONYMS = {"peking": "Beijing", "peiping": "Beijing", "beiping": "Beijing"}
# Romanisations of the period -> the display name used across the collection.
VARIANTS = {
    "urumchi": "Urumqi",
    "ürümchi": "Urumqi",
    "urumtsi": "Urumqi",
    "tihwa": "Urumqi",
    "dihua": "Urumqi",
    "canton": "Guangzhou",
    "mukden": "Shenyang",
    "alma ata": "Alma-Ata",
    "hawana": "Havana",
    "la habana": "Havana",
    "ulan bator": "Ulaanbaatar",
    "ulan-bator": "Ulaanbaatar",
    "ulaan baatar": "Ulaanbaatar",
    "port arthur": "Lüshun",
    # the French and German names of the capitals ("SIGNÉE À MOSCOU", "Moskau, den 3. Mai")
    "moscou": "Moscow", "moskau": "Moscow", "varsovie": "Warsaw", "warschau": "Warsaw", "londres": "London",
    "pékin": "Beijing", "prag": "Prague", "wien": "Vienna", "vienne": "Vienna", "genève": "Geneva",
    # as the posts wrote them
    "rio": "Rio de Janeiro", "addis abeba": "Addis Ababa", "addis-abeba": "Addis Ababa",
    "genf": "Geneva", "rom": "Rome", "bruxelles": "Brussels", "brüssel": "Brussels", "la haye": "The Hague",
    "den haag": "The Hague", "belgrad": "Belgrade", "bukarest": "Bucharest", "athènes": "Athens",
    "athen": "Athens", "lisbonne": "Lisbon", "lissabon": "Lisbon", "copenhague": "Copenhagen",
    "kopenhagen": "Copenhagen", "berne": "Bern", "pétrograd": "Petrograd",
}  # fmt: skip
# Capitals and cities these pages are sent from and to: a line naming one of them names a place, not a person.
KNOWN_PLACES = {
    "moscow",
    "beijing",
    "peking",
    "pyongyang",
    "seoul",
    "tokyo",
    "washington",
    "london",
    "paris",
    "berlin",
    "warsaw",
    "prague",
    "budapest",
    "bucharest",
    "sofia",
    "tirana",
    "belgrade",
    "ulaanbaatar",
    "ulan bator",
    "hanoi",
    "havana",
    "new delhi",
    "delhi",
    "urumqi",
    "urumchi",
    "ghulja",
    "yining",
    "kashgar",
    "alma-ata",
    "almaty",
    "tashkent",
    "shanghai",
    "nanjing",
    "nanking",
    "harbin",
    "dalian",
    "port arthur",
    "vladivostok",
    "geneva",
    "new york",
    "bonn",
    "vienna",
    "rome",
    "ottawa",
    "jakarta",
    "rangoon",
    "kabul",
    "tehran",
    "ankara",
    "cairo",
    "hong kong",
    "taipei",
    "saigon",
    "phnom penh",
    "vientiane",
    "karachi",
    "colombo",
    "helsinki",
    "stockholm",
    "bern",
    "brussels",
    "the hague",
    "athens",
    "madrid",
    "lisbon",
    "copenhagen",
    "oslo",
    "east berlin",
    "kaesong",
    "panmunjom",
    "khabarovsk",
    "chita",
    "irkutsk",
    "novosibirsk",
    "lanzhou",
    "xi'an",
    "chongqing",
    "leningrad",
    "minsk",
    "kiev",
    "kyiv",
    "odessa",
    "riga",
    "tallinn",
    "vilnius",
    "baku",
    "tbilisi",
    "yerevan",
    "sochi",
    "yalta",
    "murmansk",
    "sverdlovsk",
    "ulan-ude",
    "dushanbe",
    "frunze",
    "ashkhabad",
    "dresden",
    "leipzig",
    "karlshorst",
    "potsdam",
    "hamburg",
    "munich",
    "frankfurt",
    "cologne",
    "zurich",
    "bratislava",
    "brno",
    "krakow",
    "kraków",
    "gdansk",
    "gdańsk",
    "poznan",
    "poznań",
    "wroclaw",
    "wrocław",
    "lodz",
    "łódź",
    "szczecin",
    "debrecen",
    "zagreb",
    "ljubljana",
    "sarajevo",
    "skopje",
    "varna",
    "plovdiv",
    "cluj",
    "constanta",
    "constanța",
    "dublin",
    "reykjavik",
    "luxembourg",
    "valletta",
    "nicosia",
    "baghdad",
    "damascus",
    "beirut",
    "amman",
    "jerusalem",
    "tel aviv",
    "bombay",
    "calcutta",
    "islamabad",
    "rawalpindi",
    "dacca",
    "dhaka",
    "kathmandu",
    "bangkok",
    "singapore",
    "kuala lumpur",
    "manila",
    "canberra",
    "wellington",
    "mexico city",
    "buenos aires",
    "lima",
    "brasilia",
    "rio de janeiro",
    "caracas",
    "la paz",
    "montevideo",
    "santiago de chile",
    "quito",
    "asuncion",
    "asunción",
    "bogota",
    "addis ababa",
    "accra",
    "conakry",
    "algiers",
    "tunis",
    "rabat",
    "khartoum",
    "dar es salaam",
    "nairobi",
    "leopoldville",
    "kinshasa",
    "lusaka",
    "luanda",
    "maputo",
    "haiphong",
    "da nang",
    "wuhan",
    "guangzhou",
    "canton",
    "shenyang",
    "mukden",
    "lhasa",
    "hohhot",
    "tianjin",
    "qingdao",
    "wonsan",
    "hamhung",
    "sinuiju",
    "chongjin",
    "pusan",
    "busan",
    "inchon",
    "incheon",
    "taejon",
    "kyoto",
    "osaka",
    "macau",
    "san francisco",
    "los angeles",
    "chicago",
    "boston",
    "honolulu",
    "washington, d.c.",
    "peiping",
    "tihwa",
    "dihua",
    "ulan-bator",
    "ulaan baatar",
    "la habana",
    "hawana",
    "santiago de cuba",
    "warszawa",
    "praha",
    "bucureşti",
    "bucurești",
    "beograd",
    "moskva",
    # in Russian, as telegrams and date lines write them ("СВЕРДЛОВСК, УРАЛМАШЗАВОД.", "Москва, 11 июля")
    "москва", "ленинград", "петроград", "свердловск", "сочи", "киев", "харьков", "одесса", "минск", "горький",
    "куйбышев", "сталинград", "новосибирск", "омск", "томск", "челябинск", "казань", "баку", "тбилиси",
    "ереван", "ташкент", "хабаровск", "владивосток", "иркутск", "мурманск", "севастополь", "ялта", "рига",
    "таллин", "вильнюс", "берлин", "лондон", "париж", "вашингтон", "токио", "пекин", "варшава", "прага",
    "будапешт", "бухарест", "софия", "белград", "анкара", "тегеран", "женева", "вена", "рим", "нью-йорк",
}  # fmt: skip


# A building, a street or a seat, by its last word: "Government House", "Great George Street", "Voden
# Residence" (a place where people write and meet, no one's name)
BUILDING = re.compile(
    r"(?i)\b(?:house|street|office|palace|hall|square|gardens|road|buildings?|castle|embassy|legation|"
    r"consulate|residence|camp|headquarters|villa|dacha|kremlin)$"
)


@remembered()
def is_known_place(text: str) -> bool:
    key = re.sub(r"\s*\[[^\]]*\]", "", text).strip(" .,;:").lower()
    return key in KNOWN_PLACES or key in VARIANTS or key in KEPT_EXONYMS


def place_name(text: str) -> str:
    """The display form of a place written on the page."""
    if text.startswith("[") and text.endswith("]"):  # a place the editor supplies whole: "[Ottawa]"
        text = text[1:-1]
    bare = re.sub(r"\s*\[[^\]]*\]", "", text).strip(" ,;:")
    if not re.search(r"\b[A-Z]\.$", bare):
        bare = bare.rstrip(" .")
    words = bare.split()
    if words and all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        bare = " ".join(
            w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words
        )
    return VARIANTS.get(bare.lower(), bare)


# A letterhead's post before its city on a date line: "Polish Embassy Beijing", "Consulate General in Hue"
_POST_AND_CITY = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(POST_NOUNS)) + r")(?:\s+general)?"
    r"(?:\s+(?:in|at))?\s+(?P<city>(?-i:[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?))$"
)


def make_place(text: str, role: str) -> Place | None:
    written = re.sub(r"\s+", " ", text).strip(" ,;:")
    if not re.search(r"\b[A-Z]\.$", written):
        written = written.rstrip(" .")
    if post := _POST_AND_CITY.match(written):  # "Polish Embassy Beijing, ...": the post's city
        written = post.group("city")
    name = place_name(written)
    if not name or not re.search(r"[^\W\d_]", name):
        return None
    variants = [v.strip() for v in re.findall(r"\[([^\]]+)\]", written) if v.strip()]
    if (today := KEPT_EXONYMS.get(name.lower())) and today not in variants:
        variants.append(today)
    return Place(name=name, as_written=written, role=role, variants=variants)


def city_of_address(line: str) -> str | None:
    """The city of a postal address line.

    "160 Fifth Avenue, Room 809, New York, N.Y. 10010" -> "New York";
    "Washington, D.C. 20520" -> "Washington, D.C.".
    """
    m = re.search(
        r"(?:^|,\s*)(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s*(?P<state>[A-Z]\.\s?[A-Z]\.|[A-Z]{2})\s*"
        r"\d{5}\b",
        line,
    )
    if not m:
        return None
    city = m.group("city")
    return f"{city}, D.C." if m.group("state").replace(" ", "") == "D.C." else city
