"""Names as written -> comparable forms: titles, inversions, initials, romanisations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.resolve.names import (
    ROMANISATION_RULES,
    agreement,
    clean,
    honorifics_of,
    key,
    parse,
    transliterate,
)


@pytest.mark.parametrize(
    ("written", "name", "titles"),
    [
        ("Cde. I. V. Stalin", "I. V. Stalin", ["Cde."]),
        ("Commander-in-Chief Marshal Stalin", "Stalin", ["Commander-in-Chief", "Marshal"]),
        ("his Excellency Stalin", "Stalin", ["his", "Excellency"]),
        ("Mr. Murphy", "Murphy", ["Mr."]),
        ("HASHIM SHAH [sic]", "HASHIM SHAH", []),
        ("V[asily]. Pisarev", "Vasily Pisarev", []),
        ("George B. Murphy, Jr.", "George B. Murphy", []),
        ("THE PRESIDENT", "THE PRESIDENT", []),  # a title standing for a person stays whole
        ("President of the United States", "President of the United States", []),
    ],
)
def test_clean_drops_titles_and_editorial_marks(written: str, name: str, titles: list[str]) -> None:
    assert clean(written) == name
    assert honorifics_of(written) == titles


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("STALIN", "I. V. Stalin", "family"),  # case folded; a bare family name
        ("I. V. Stalin", "Iosif Vissarionovich Stalin", "initials"),
        ("Stalin, Iosif V.", "I. V. Stalin", "initials"),  # inverted form
        ("Nehru, Jawaharlal", "Jawaharlal Nehru", "full"),
        ("Alihan Tore", "Alikhan Tura", "full"),  # Turkic through Russian
        ("Mao Zedong", "Mao Tse-tung", "full"),  # pinyin / Wade-Giles
        ("Teng Hsiao-p'ing", "Deng Xiaoping", "full"),
        ("Kim Il Sung", "Kim Il-sung", "full"),  # Korean, hyphenated given name
        ("Pak Heon-yeong", "Pak Hon Yong", "full"),  # Revised / McCune-Reischauer
        ("Kim", "Kim Il Sung", "family"),  # family name first
        ("Vyshinskyy", "Vishinsky", "family"),
        ("Wyschinski", "Vyshinsky", "family"),  # German romanisation of Cyrillic
        ("Сталин", "Stalin", "family"),  # across scripts
        ("G.M. Malenkov", "G. M. MALENKOV", "initials"),
        ("A. Ia. Vyshinskii", "Andrey Yanuaryevich Vyshinsky", "initials"),  # Я as Ia.
        ("Iu. V. Andropov", "Yuri Vladimirovich Andropov", "initials"),  # Ю as Iu.
    ],
)
def test_compatible_names(a: str, b: str, level: str) -> None:
    assert agreement(parse(a), parse(b)) == level
    assert agreement(parse(b), parse(a)) == level


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I. V. Stalin", "V. M. Stalin"),  # initials conflict
        ("A. Ya. Vyshinsky", "A. I. Vyshinsky"),  # Я is not И
        ("A. I. Mikoyan", "S. A. Mikoyan"),  # two Mikoyans
        ("Deng Liqun", "Deng Xiaoping"),  # same family name, other given name
        ("Joseph Brandt", "Joseph Stalin"),
        ("John M. Murphy", "George B. Murphy"),
    ],
)
def test_conflicting_names(a: str, b: str) -> None:
    assert agreement(parse(a), parse(b)) == ""


def test_transliteration_of_cyrillic() -> None:
    assert transliterate("Иосиф Виссарионович Сталин") == "Iosif Vissarionovich Stalin"
    assert transliterate("Политбюро ЦК ВКП(б)") == "Politbyuro TsK VKP(b)"


def test_every_rule_names_its_script_family() -> None:
    families = {family for family, _, _ in ROMANISATION_RULES}
    assert {"cyrillic", "chinese", "korean", "turkic", "german"} <= families


@given(st.text(max_size=60))
def test_name_functions_never_crash(text: str) -> None:
    assert isinstance(clean(text), str)
    assert isinstance(key(text), str)
    name = parse(text)
    assert agreement(name, name) in ("", "family", "initials", "full")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20))
def test_key_is_stable_under_case(word: str) -> None:
    assert key(word) == key(word.upper())


@pytest.mark.parametrize(
    ("written", "drop", "name"),
    [
        ("General Staff of the Red Army", "articles", "General Staff of the Red Army"),
        ("the Central Committee of the CPSU", "articles", "Central Committee of the CPSU"),
        ("The Hague", "nothing", "The Hague"),
        ("Ghulja [Yining]", "nothing", "Ghulja"),
    ],
)
def test_bodies_and_places_keep_their_leading_words(written: str, drop: str, name: str) -> None:
    assert clean(written, drop) == name
