"""Cyrillic and Latin forms of one name compare equal."""

from __future__ import annotations

from chancery.sources.page.transliteration import latin, name_key


def test_romanisation():
    assert latin("Товарищу Сталину И. В.") == "Tovarishchu Stalinu I. V."
    assert latin("Jeleń") == "Jeleń"


def test_name_keys_agree_across_scripts_and_romanisations():
    assert name_key("Василевский") == name_key("Vasilevsky") == name_key("Vasilevskiy")
    assert name_key("Хрущёв") == name_key("Khrushchev")
    assert name_key("En-lai") == name_key("Enlai")
    assert name_key("Molotov") != name_key("Malenkov")
