"""Treaties: parties, signers, annexed instruments."""

from __future__ import annotations

from chancery.sources.page.treaties import is_instrument, read_treaty

TREATY = [
    "28 Sep 1939ww2dbaseThe Government of the German Reich and the Government of the U.S.S.R. regard it as "
    "exclusively their task to restore peace and order in these territories.",
    "ARTICLE I. The Government of the German Reich and the Government of the USSR fix the boundary.",
    "Done in duplicate, in the German and Russian languages.",
    "Moscow, September 28, 1939.",
    "For the Government of the German Reich: J. RIBBENTROP",
    "By authority of the Government of the USSR:",
    "V. MOLOTOV",
    "Confidential Protocol",
    "The Government of the USSR shall place no obstacle in the way of Reich nationals.",
]


def test_parties_signers_and_annexes():
    treaty = read_treaty("German-Soviet Treaty of Friendship, Cooperation and Demarcation", TREATY)
    assert treaty is not None
    assert [a.name for a in treaty.parties] == [
        "Government of the German Reich",
        "Government of the U.S.S.R",
    ]
    assert all(a.kind == "organization" for a in treaty.parties)
    assert [a.name for a in treaty.signers] == ["J. Ribbentrop", "V. Molotov"]
    assert [(r.title, r.doc_type) for r in treaty.annexes] == [("Confidential Protocol", "other")]
    assert treaty.annexed_at == {7, 8}


def test_signature_lines_without_names_sign_nothing():
    lines = ["For the Government of the German Reich:", "By authority of the Government of the U.S.S.R.:"]
    treaty = read_treaty("German-Soviet Boundary and Friendship Treaty", lines)
    assert treaty is not None and treaty.signers == [] and treaty.annexes == []


def test_only_an_instruments_heading_is_a_treaty():
    assert is_instrument("German-Soviet Boundary and Friendship Treaty")
    assert is_instrument("Confidential Protocol")
    assert not is_instrument("Protocol of the Meeting of the Politburo")  # minutes
    assert not is_instrument("The treaty was signed in Moscow.")  # a sentence
    assert read_treaty("Telegram from A to B", TREATY) is None


def test_the_parties_a_title_names_when_the_preamble_names_none():
    treaty = read_treaty(
        "Security Treaty Between Japan and the United States of America",
        ["Japan has today signed a Treaty of Peace with the Allied Powers.", "Article I"],
    )
    assert treaty is not None and [a.name for a in treaty.parties] == ["Japan", "United States of America"]
    french = read_treaty(
        "DÉCLARATION COMMUNE DE L'UNION DES RÉPUBLIQUES SOCIALISTES SOVIÉTIQUES ET DU JAPON",
        ["Du 13 au 19 octobre 1956, des négociations se sont déroulées à Moscou."],
    )
    assert french is not None
    assert [a.name for a in french.parties] == ["UNION DES RÉPUBLIQUES SOCIALISTES SOVIÉTIQUES", "JAPON"]
    subject = read_treaty("Agreement between India and Pakistan concerning the Indus Waters", [])
    assert subject is not None and [a.name for a in subject.parties] == ["India", "Pakistan"]
