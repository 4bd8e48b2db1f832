"""Credits layer."""

from __future__ import annotations

from chancery.sources.page.credits import read_credits


def roles(text):
    c = read_credits(text)
    return c.citation_text, {k: [a.name for a in v] for k, v in c.roles.items()}


def test_obtained_and_translated():
    assert roles(
        "GARF, Fond R-9401ss, Opis' 2, Delo 100, 270-272. Obtained by Jamil Hasanli and translated by "
        "Gary Goldberg."
    ) == (
        "GARF, Fond R-9401ss, Opis' 2, Delo 100, 270-272.",
        {"obtained_by": ["Jamil Hasanli"], "translated_by": ["Gary Goldberg"]},
    )


def test_affiliations_dropped_and_initials_kept():
    _, found = roles(
        "AMSZ, Warsaw. Obtained by James G. Hershberg (George Washington University) and translated by "
        "Margaret K. Gnoinska (Troy University)."
    )
    assert found == {"obtained_by": ["James G. Hershberg"], "translated_by": ["Margaret K. Gnoinska"]}


def test_one_person_two_roles_and_for_project():
    _, found = roles("AMAE, Folder 782/1978. Obtained and translated for NKIDP by Eliza Gheorghe.")
    assert found == {"obtained_by": ["Eliza Gheorghe"], "translated_by": ["Eliza Gheorghe"]}
    _, found = roles("MOL, 4. doboz. Translated for NKIDP by Balazs Szalontai.")
    assert found == {"translated_by": ["Balazs Szalontai"]}


def test_several_people_and_contributed():
    _, found = roles("X, 1. Translated by Sergey Radchenko and Gary Goldberg.")
    assert found == {"translated_by": ["Sergey Radchenko", "Gary Goldberg"]}
    text, found = roles("Obtained and contributed by Bernd Schaefer.")
    assert text is None and found == {"obtained_by": ["Bernd Schaefer"], "contributed_by": ["Bernd Schaefer"]}


def test_citation_without_credits():
    assert roles("W. A. Harriman Papers, Library of Congress.") == (
        "W. A. Harriman Papers, Library of Congress.",
        {},
    )


def test_translation_nouns_helpers_and_bodies():
    credits = read_credits("APRF. Translated by Kathryn Weathersby with Mark Kramer.")
    assert [a.name for a in credits.roles["translated_by"]] == ["Kathryn Weathersby", "Mark Kramer"]
    credits = read_credits("SAPMO-BArch, DY 30/3386. Translation from German by Christian F. Ostermann.")
    assert credits.citation_text == "SAPMO-BArch, DY 30/3386."
    assert [a.name for a in credits.roles["translated_by"]] == ["Christian F. Ostermann"]
    credits = read_credits("RGASPI, f. 17. Obtained by CWIHP and translated by Sergey Radchenko.")
    assert [(a.name, a.kind) for a in credits.roles["obtained_by"]] == [("CWIHP", "organization")]
