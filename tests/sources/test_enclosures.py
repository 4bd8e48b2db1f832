"""Enclosures layer and editorial notes."""

from __future__ import annotations

from chancery.sources.page.editorial import editorial_notes
from chancery.sources.page.enclosures import read_enclosures

FORWARDED = "\n".join(
    [
        "We are sending a translation of a letter of ALIHAN TORE [Shakirjan] to Cde. Stalin which he passed "
        "in the Consulate on 31 October 1945.",
        "",
        '"To the leader of the great Soviet Union, the good, benevolent, his Excellency Stalin.',
        "",
        "We ask for help.",
        "",
        "Chairman of the government ALIHAN TORE, Deputy Chairman of the government HASHIM SHAH [sic], "
        "members of the government KASYMOV [sic], and MOSKHAZHEV [sic].",
        "",
        "Authenticated by [illegible signature]",
    ]
)


def test_forwarded_letter():
    [enc] = read_enclosures("doc", FORWARDED.split("\n"))
    assert enc.id == "doc-enc1" and enc.doc_type == "letter" and enc.date is None
    assert [(a.name, a.office) for a in enc.authors] == [("Alihan Tore", "Chairman of the government")]
    assert [(a.name, a.as_written) for a in enc.recipients] == [("Stalin", "his Excellency Stalin")]
    assert [(a.name, a.office) for a in enc.signatories] == [
        ("Hashim Shah", "Deputy Chairman of the government"),
        ("Kasymov", "Member of the government"),
        ("Moskhazhev", "Member of the government"),
    ]
    assert enc.delivery.place == "the Consulate" and enc.delivery.date.value == "1945-10-31"


def test_enclosure_list_with_reply_further_down():
    body = [
        "Text.",
        "Enclosures:",
        "1. Suggested reply.",
        "2. Copy of correspondence.",
        "[page 2]",
        "SUGGESTED REPLY",
        "Dear Mr. Murphy,",
        "[The draft.]",
    ]
    encs = read_enclosures("m", body)
    assert [(e.title, e.doc_type) for e in encs] == [
        ("Suggested reply", "letter"),
        ("Copy of correspondence", "other"),
    ]
    assert [a.name for a in encs[0].recipients] == ["Murphy"]


def test_named_enclosures():
    [enc] = read_enclosures("l", ['Below is the "Letter to Congress" that we have sent to every member.'])
    assert (enc.title, enc.doc_type, [a.name for a in enc.recipients]) == (
        "Letter to Congress",
        "letter",
        ["Congress"],
    )
    [enc] = read_enclosures(
        "n",
        [
            "Enclosed are memoranda on talks that the Consul-General in Ürümchi, Comrade "
            "G. S. Dobashin, and the head of the consulate in Ghulja, Comrade G. P. Blokin, held."
        ],
    )
    assert enc.doc_type == "memorandum"
    assert [a.name for a in enc.authors] == ["G. S. Dobashin", "G. P. Blokin"]
    assert [p.name for p in enc.places] == ["Urumqi", "Ghulja"]
    assert read_enclosures("x", ["Nothing is enclosed here."]) == []


def test_editorial_notes():
    text = (
        "[handwritten: classified] we [will] achieve [Translator's note: three words missing] "
        "Ghulja [Yining] "
        "SHAH [sic], KASYMOV [sic] [illegible signature] […]"
    )
    assert editorial_notes(text) == [
        "[handwritten: classified]",
        "[Translator's note: three words missing]",
        "[sic]",
        "[illegible signature]",
        "[…]",
    ]


def test_single_enclosure_on_its_label_line():
    [enc] = read_enclosures("x", ["Text.", "Enclosure: Memorandum of conversation with Zhou Enlai."])
    assert enc.title == "Memorandum of conversation with Zhou Enlai"
    assert enc.doc_type == "record_of_conversation"


def test_a_forwarded_letter_named_with_from():
    body = [
        "I forward herewith a letter from Kim Il Sung to Comrade Stalin, which he gave me on 3 May 1950.",
        "",
        '"Dear Comrade Stalin, we ask for help."',
        "",
        "Kim Il Sung",
    ]
    (enc,) = read_enclosures("x", body)
    assert (enc.title, enc.doc_type) == ("a letter from Kim Il Sung to Comrade Stalin", "letter")
    assert [a.name for a in enc.authors] == ["Kim Il Sung"]
