"""People as the genre names them: pools by nation, and the ways a page writes one person.

Each :class:`Person` is one real figure of the period with the parts a page may use: family name, given
names, initials. :func:`write` picks one written form and returns it with the display name the reader
gives (``names.py``: honorifics dropped, "Cde. Stalin I. V." -> "I. V. Stalin", "Zhou [Enlai]" -> "Zhou
Enlai", "V[asily]. Pisarev" -> "Vasily Pisarev", a name in capitals in title case, hyphen parts each
capitalised: "PAK HON-YONG" -> "Pak Hon-Yong").
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    family: str
    given: str = ""  # "Iosif", "Enlai", "Llewellyn E."
    initials: str = ""  # "I. V." (Russian style: given name and patronymic)
    eastern: bool = False  # family name first ("Zhou Enlai", "Kim Il Sung")
    nation: str = ""

    @property
    def full(self) -> str:
        if not self.given:
            return self.family
        return f"{self.family} {self.given}" if self.eastern else f"{self.given} {self.family}"


def _people(nation: str, rows: str, eastern: bool = False) -> tuple[Person, ...]:
    out = []
    for row in rows.strip().splitlines():
        family, given, initials = (p.strip() for p in row.split("|"))
        out.append(Person(family, given, initials, eastern, nation))
    return tuple(out)


SOVIET = _people(
    "soviet",
    """
    Stalin | Iosif | I. V.
    Molotov | Vyacheslav | V. M.
    Malenkov | Georgy | G. M.
    Beria | Lavrentiy | L. P.
    Mikoyan | Anastas | A. I.
    Kaganovich | Lazar | L. M.
    Bulganin | Nikolai | N. A.
    Voroshilov | Kliment | K. E.
    Khrushchev | Nikita | N. S.
    Vyshinsky | Andrei | A. Ya.
    Gromyko | Andrei | A. A.
    Zorin | Valerian | V. A.
    Kosygin | Aleksei | A. N.
    Suslov | Mikhail | M. A.
    Ponomarev | Boris | B. N.
    Andropov | Yuri | Yu. V.
    Kuznetsov | Vasily | V. V.
    Fedorenko | Nikolai | N. T.
    Puzanov | Aleksandr | A. M.
    Shtykov | Terentii | T. F.
    Lavrent'yev | Anatolii | A. I.
    Pisarev | Vasily | V. I.
    Tsarapkin | Semyon | S. K.
    Malinovsky | Rodion | R. Ya.
    Kozlov | Frol | F. R.
    Brezhnev | Leonid | L. I.
    Zhdanov | Andrei | A. A.
    Dekanozov | Vladimir | V. G.
    Zimyanin | Mikhail | M. V.
    Kovalev | Ivan | I. V.
    """,
)
CHINESE = _people(
    "chinese",
    """
    Mao | Zedong |
    Zhou | Enlai |
    Liu | Shaoqi |
    Zhu | De |
    Chen | Yi |
    Deng | Xiaoping |
    Peng | Dehuai |
    Li | Fuchun |
    Wang | Jiaxiang |
    Zhang | Wentian |
    Kang | Sheng |
    Peng | Zhen |
    Ye | Jianying |
    Li | Kenong |
    """,
    eastern=True,
)
WADE_GILES = _people(
    "chinese-wg",
    """
    Mao | Tse-tung |
    Chou | En-lai |
    Liu | Shao-ch'i |
    Chu | Teh |
    Ch'en | Yi |
    Teng | Hsiao-p'ing |
    P'eng | Te-huai |
    Chiang | Kai-shek |
    Yeh | Kung-chao |
    Wang | Ping-nan |
    """,
    eastern=True,
)
KOREAN = _people(
    "korean",
    """
    Kim | Il Sung |
    Pak | Hon-yong |
    Kim | Tu-bong |
    Choe | Yong-gon |
    Nam | Il |
    Pak | Chong-ae |
    Kim | Chaek |
    Ho | Ka-i |
    Pak | Kum-chol |
    Yi | Sung-yop |
    """,
    eastern=True,
)
VIETNAMESE = _people(
    "vietnamese",
    """
    Ho | Chi Minh |
    Pham | Van Dong |
    Le | Duan |
    Vo | Nguyen Giap |
    Truong | Chinh |
    """,
    eastern=True,
)
HUNGARIAN = _people(
    "hungarian",
    """
    Kádár | János | J.
    Nagy | Imre | I.
    Gerő | Ernő | E.
    Rákosi | Mátyás | M.
    Apró | Antal | A.
    Münnich | Ferenc | F.
    Sík | Endre | E.
    Puja | Frigyes | F.
    Péter | János | J.
    Kállai | Gyula | Gy.
    """,
)
POLISH = _people(
    "polish",
    """
    Gomułka | Władysław | W.
    Cyrankiewicz | Józef | J.
    Ochab | Edward | E.
    Rapacki | Adam | A.
    Kliszko | Zenon | Z.
    Naszkowski | Marian | M.
    Michałowski | Jerzy | J.
    Bierut | Bolesław | B.
    Jędrychowski | Stefan | S.
    Spychalski | Marian | M.
    """,
)
GERMAN = _people(
    "german",
    """
    Ulbricht | Walter | W.
    Honecker | Erich | E.
    Axen | Hermann | H.
    Hager | Kurt | K.
    Mittag | Günter | G.
    Winzer | Otto | O.
    Mielke | Erich | E.
    Norden | Albert | A.
    Stoph | Willi | W.
    Grotewohl | Otto | O.
    """,
)
OTHER_BLOC = _people(
    "bloc",
    """
    Novotný | Antonín | A.
    David | Václav | V.
    Zhivkov | Todor | T.
    Gheorghiu-Dej | Gheorghe | Gh.
    Ceaușescu | Nicolae | N.
    Maurer | Ion Gheorghe | I. Gh.
    Hoxha | Enver | E.
    Shehu | Mehmet | M.
    Tsedenbal | Yumjaagiin | Yu.
    Castro | Fidel | F.
    """,
)
AMERICAN = _people(
    "american",
    """
    Rusk | Dean |
    Bundy | McGeorge |
    Tyler | William R. |
    Kohler | Foy D. |
    Thompson | Llewellyn E. |
    Johnson | U. Alexis |
    Harriman | W. Averell |
    Ball | George W. |
    Hilsman | Roger |
    Rostow | Walt W. |
    Bohlen | Charles E. |
    Dulles | John Foster |
    Kissinger | Henry A. |
    Lord | Winston |
    Sonnenfeldt | Helmut |
    Green | Marshall |
    Herter | Christian A. |
    Murphy | Robert D. |
    Merchant | Livingston T. |
    Hughes | Thomas L. |
    """,
)
BRITISH = _people(
    "british",
    """
    Macmillan | Harold |
    Douglas-Home | Alec |
    Lloyd | Selwyn |
    Roberts | Frank |
    Trevelyan | Humphrey |
    Dean | Patrick |
    Shuckburgh | Evelyn |
    Caccia | Harold |
    """,
)
# The Chinese Foreign Ministry's interlocutors of the non-aligned world and Albania, as its records of
# conversation name them ("Guinean side in attendance: ...", "Present for our side: comrade Mehmet Shehu").
GUINEAN = _people(
    "guinean",
    """
    Touré | Sékou |
    Beavogui | Louis Lansana |
    Diallo | Saïfoulaye |
    Keïta | Fodéba |
    Diané | Lansana |
    Barry | Diawadou |
    """,
)
ALBANIAN = _people(
    "albanian",
    """
    Hoxha | Enver |
    Shehu | Mehmet |
    Kapo | Hysni |
    Alia | Ramiz |
    Balluku | Beqir |
    Malile | Reis |
    Lazri | Sofokli |
    """,
)
# Ministers of a British Cabinet, as its conclusions list them.
CABINET = _people(
    "cabinet",
    """
    Churchill | Winston |
    Eden | Anthony |
    Butler | R. A. |
    Macmillan | Harold |
    Lloyd | Selwyn |
    Thorneycroft | Peter |
    Monckton | Walter |
    Lyttelton | Oliver |
    Stuart | James |
    Sandys | Duncan |
    Crookshank | H. F. C. |
    Heathcoat-Amory | Derick |
    """,
)
NATIONS: dict[str, tuple[Person, ...]] = {
    "soviet": SOVIET,
    "chinese": CHINESE,
    "chinese-wg": WADE_GILES,
    "korean": KOREAN,
    "vietnamese": VIETNAMESE,
    "hungarian": HUNGARIAN,
    "polish": POLISH,
    "german": GERMAN,
    "bloc": OTHER_BLOC,
    "american": AMERICAN,
    "british": BRITISH,
    "guinean": GUINEAN,
    "albanian": ALBANIAN,
    "cabinet": CABINET,
}
# Honorifics each nation's pages put before names (as translations print them).
HONORIFICS: dict[str, tuple[str, ...]] = {
    "soviet": ("Cde.", "Comrade", "Cde", "Comr.", "tov."),
    "chinese": ("Comrade",),
    "chinese-wg": ("Mr.", "General", "Dr."),
    "korean": ("Comrade",),
    "vietnamese": ("Comrade",),
    "hungarian": ("Comrade", "Cde."),
    "polish": ("Comrade", "Cde."),
    "german": ("Comrade", "Cde."),
    "bloc": ("Comrade", "Cde."),
    "american": ("Mr.", "Amb.", "Ambassador"),
    "british": ("Mr.", "Sir"),
    "guinean": ("Mr.", "Comrade"),
    "albanian": ("comrade", "Comrade"),
    "cabinet": ("The Right Hon.", "The Rt. Hon."),
}

# Leaders a page may name by their title, the editor completing the name: "Chairman [Mao Zedong]".
TITLES = {"Mao Zedong": "Chairman", "Zhou Enlai": "Premier", "Liu Shaoqi": "Chairman",
          "Kim Il Sung": "Premier", "Ho Chi Minh": "President", "Chen Yi": "Marshal"}  # fmt: skip

# Written forms: a name for each; the display name the reader gives is computed with it.
FORMS = ("honorific+family", "family", "honorific+initials+family", "initials+family", "full",
         "honorific+full", "family+initials", "honorific+family+initials", "capitals", "bracketed",
         "honorific+bracketed", "titled")  # fmt: skip


def _capital_display(written: str) -> str:
    """The reader's title case for a name in capitals: each word and each hyphen part capitalised."""
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in written.split())


def forms_of(person: Person) -> tuple[str, ...]:
    """The forms a page can use for ``person``."""
    out = ["full", "honorific+full"]
    if person.nation not in ("korean", "vietnamese"):  # "Kim", "Pak" alone name no one in particular
        out += ["family", "honorific+family"]
    if person.initials:
        out += ["honorific+initials+family", "initials+family"]
        if person.nation == "soviet":
            out += ["family+initials", "honorific+family+initials"]
    if person.given and not any(c in person.full for c in "'’") and person.nation != "american":
        out.append("capitals")
    if person.given and (person.eastern or person.nation == "soviet") and " " not in person.given:
        out += ["bracketed", "honorific+bracketed"]
    if person.full in TITLES:
        out.append("titled")
    return tuple(out)


def write(person: Person, form: str, honorific: str = "") -> tuple[str, str]:
    """(as written, display name) of ``person`` in ``form``, with ``honorific`` where the form has one."""
    hon = f"{honorific} " if honorific and form.startswith("honorific") else ""
    bare = form.removeprefix("honorific+")
    p = person
    if bare == "family":
        return f"{hon}{p.family}", p.family
    if bare == "full":
        return f"{hon}{p.full}", p.full
    if bare == "initials+family":
        if not hon and p.initials in ("M.", "C."):  # "M. Rákosi" alone reads as "Monsieur Rákosi": a
            return p.full, p.full  # page that means the initial writes the given name or an honorific
        return f"{hon}{p.initials} {p.family}", f"{p.initials} {p.family}"
    if bare == "family+initials":
        return f"{hon}{p.family} {p.initials}", f"{p.initials} {p.family}"
    if bare == "capitals":
        written = p.full.upper()
        return f"{hon}{written}", _capital_display(written)
    if bare == "titled":  # "Chairman [Mao Zedong]": the page gives the title, the editor the name
        return f"{TITLES[p.full]} [{p.full}]", p.full
    if bare == "bracketed":
        if p.eastern:  # "Zhou [Enlai]": the editor completes a name the page gives by its family name
            return f"{hon}{p.family} [{p.given}]", p.full
        # "V[asily]. Pisarev": the editor spells out an initial
        return f"{hon}{p.given[0]}[{p.given[1:]}]. {p.family}", f"{p.given} {p.family}"
    raise ValueError(form)


def pick_people(rng: random.Random, nation: str, n: int) -> list[Person]:
    pool = NATIONS[nation]
    return rng.sample(pool, min(n, len(pool)))


# How often each nation's pages carry lists, roughly as the archives' holdings go.
LIST_WEIGHTS = {"soviet": 30, "chinese": 8, "chinese-wg": 3, "korean": 6, "vietnamese": 3, "hungarian": 6,
                "polish": 6, "german": 8, "bloc": 5, "american": 18, "british": 7}  # fmt: skip


def nation_of_list(rng: random.Random) -> str:
    """A list's nation, weighted as the archives' holdings are."""
    return rng.choices(list(LIST_WEIGHTS), weights=list(LIST_WEIGHTS.values()), k=1)[0]
