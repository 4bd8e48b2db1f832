"""One table of name words: the reader, the resolver and the linker read the same tables and agree."""

from __future__ import annotations

import pytest

from chancery.lexicon import cyrillic, honorifics, offices, romanisation
from chancery.lexicon.countries import COUNTRIES, is_country_or_post
from chancery.lexicon.honorifics import HONORIFICS, INITIAL_LIKE
from chancery.lexicon.offices import OFFICE_QUALIFIERS, OFFICE_WORDS, ROLE_NOUNS
from chancery.lexicon.titles import is_title
from chancery.model import Agent, DateValue, Record
from chancery.resolve import names as resolver
from chancery.resolve import resolve
from chancery.sources.page import honorifics as reader_words
from chancery.sources.page import transliteration as reader_letters
from chancery.sources.page.names import parse_agent


def test_the_reader_imports_the_lexicons_tables() -> None:
    assert reader_words.HONORIFICS is honorifics.HONORIFICS
    assert reader_words.OFFICE_WORDS is offices.OFFICE_WORDS
    assert reader_words.ROLE_NOUNS is offices.ROLE_NOUNS
    assert reader_letters._CYRILLIC is cyrillic.CYRILLIC
    assert reader_letters.latin is cyrillic.latin is resolver.transliterate
    assert resolver.fold is romanisation.fold
    assert resolver.ROMANISATION_RULES is romanisation.ROMANISATION_RULES


def _titled(honorific: str) -> str:
    return " ".join(w.capitalize() for w in honorific.split()) + " Ivan Petrov"


@pytest.mark.parametrize("honorific", sorted(set(HONORIFICS) - INITIAL_LIKE))
def test_every_honorific_the_reader_strips_the_resolver_drops(honorific: str) -> None:
    written = _titled(honorific)
    agent = parse_agent(written)
    assert agent is not None and agent.name == "Ivan Petrov"
    assert resolver.clean(written) == "Ivan Petrov"


@pytest.mark.parametrize("honorific", sorted(INITIAL_LIKE))
def test_an_honorific_that_is_also_an_initial_is_kept_by_the_resolver(honorific: str) -> None:
    """ "C. E. Bohlen", "M. S. Kapitsa": the resolver, which does not see the page, keeps them."""
    assert resolver.clean(_titled(honorific)) == _titled(honorific)


def test_office_words_before_a_name_are_dropped_by_the_resolver() -> None:
    assert all(is_title(noun) for noun in ROLE_NOUNS)
    assert all(is_title(word) for word in OFFICE_QUALIFIERS)
    assert resolver.clean("First Deputy Foreign Minister A. A. Gromyko") == "A. A. Gromyko"
    assert resolver.clean("Vice-Chairman Zhou Enlai") == "Zhou Enlai"
    assert resolver.clean("General de Gaulle") == "de Gaulle"  # a particle is not a connective
    assert resolver.clean("Central Committee of the CPSU") == "Central Committee of the CPSU"


def test_the_tables_are_lower_case_and_without_repeats() -> None:
    assert len(set(HONORIFICS)) == len(HONORIFICS)
    assert [len(h) for h in HONORIFICS] == sorted((len(h) for h in HONORIFICS), reverse=True)
    for table in (HONORIFICS, ROLE_NOUNS, OFFICE_WORDS, COUNTRIES):
        assert all(word == word.lower() == word.strip() for word in table)


@pytest.mark.parametrize(
    "name", ["Indonesia", "INDONESIA", "USUN", "Embassy Moscow", "AMEMBASSY MOSCOW", "the U.S.",
             "Soviet Embassy in Pyongyang", "Consulate General Hong Kong", "SECSTATE WASHDC"]
)  # fmt: skip
def test_countries_and_posts_are_never_persons(name: str) -> None:
    assert is_country_or_post(name)
    rec = Record(id="a", date=DateValue("1960", "1960"))
    rec.authors = [Agent(name=name, as_written=name, kind="person")]
    (entity,) = resolve([rec]).entities
    assert entity.kind == "organization"


@pytest.mark.parametrize("name", ["Molotov", "Kim Il Sung", "Mr. Jordan", "Jordan Smith"])
def test_persons_stay_persons(name: str) -> None:
    agent = parse_agent(name)
    assert agent is not None
    rec = Record(id="a", date=DateValue("1960", "1960"))
    rec.authors = [agent]
    assert [e.kind for e in resolve([rec]).entities] == ["person"]


def test_reader_and_resolver_agree_on_russian_spellings() -> None:
    assert reader_letters.name_key("Василевский") == reader_letters.name_key("Vasilevskiy")
    assert resolver.surname_agreement("vasilevsky", "vasilevskii") == "variant"
