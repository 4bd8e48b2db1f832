"""Closing layer: signers, attestations, place under the date, references."""

from __future__ import annotations

from chancery.sources.page.closing import read_closing


def test_signer_with_office_date_and_place():
    closing = read_closing(
        [
            "Head of the East Turkestan Government - ALIHAN TORE [SHAKIRJAN]",
            "22 April 1945",
            "Ghulja [Yining]",
            "Authenticated by: V. Popova",
        ],
        0,
    )
    assert [(a.name, a.office) for a in closing.signers] == [
        ("Alihan Tore", "Head of the East Turkestan Government")
    ]
    assert [(p.name, p.variants) for p in closing.places] == [("Ghulja", ["Yining"])]
    assert [a.name for a in closing.attested["authenticated_by"]] == ["V. Popova"]


def test_signers_in_columns_and_with_dates():
    closing = read_closing(
        [
            "20 October 1949 SAVEL'YEV",
            "17 copies. vg",
            "Issued by Nekipelov  Authenticated by: [illegible signature]",
        ],
        0,
    )
    assert [a.name for a in closing.signers] == ["Savel'yev"] and closing.printed == 17
    assert closing.attested["authenticated_by"][0].kind == "unknown"
    assert [a.name for a in closing.attested["issued_by"]] == ["Nekipelov"]
    closing = read_closing(
        ["Ambassador of the USSR in the MPR          [Signature]          V[asily]. Pisarev"], 0
    )
    assert [a.name for a in closing.signers] == ["Vasily Pisarev"]


def test_offices_under_names_are_not_signers():
    closing = read_closing(
        [
            "Sincerely yours,",
            "George B. Murphy, Jr.",
            "Fred J. Carrier",
            "Co-Chairmen, AKFIC",
            "Editor, Korea Focus",
        ],
        0,
    )
    assert [a.name for a in closing.signers] == ["George B. Murphy, Jr.", "Fred J. Carrier"]


def test_references_and_basis():
    closing = read_closing(
        [
            "3 November 1945",
            "Nº 1248/b",
            "Drafted by Cde. Mamulov",
            "Basis: coded message of Sergey and Jim [SIC - Dzhim],",
            "incoming Nº 3452 and 3453",
            "Signature number 373 of 1 November, Index 54.",
        ],
        0,
    )
    assert [(r.kind, r.number) for r in closing.references] == [
        ("outgoing", "1248/b"),
        ("incoming", "3452"),
        ("incoming", "3453"),
        ("signature", "373"),
        ("index", "54"),
    ]
    assert [a.name for a in closing.attested["drafted_by"]] == ["Mamulov"]
    assert closing.based_on == ["coded message of Sergey and Jim [SIC - Dzhim], incoming Nº 3452 and 3453"]
    assert not closing.places and not closing.signers


def test_a_city_under_the_signature():
    closing = read_closing(["Yours sincerely,", "Jawaharlal Nehru", "New Delhi"], 0)
    assert [a.name for a in closing.signers] == ["Jawaharlal Nehru"]
    assert [p.name for p in closing.places] == ["New Delhi"]
    closing = read_closing(["Kim Il Sung", "Pyongyang, March 1949"], 0)
    assert [p.name for p in closing.places] == ["Pyongyang"]


def test_signature_marks_before_the_name():
    for line, name in [
        ("(signed) A. Gromyko", "A. Gromyko"),
        ("/s/ Dean Rusk", "Dean Rusk"),
        ("Signed: Zhou Enlai", "Zhou Enlai"),
        ("(Signature) Kim Il Sung", "Kim Il Sung"),
    ]:
        assert [a.name for a in read_closing([line], 0).signers] == [name]


def test_an_office_label_and_a_date_before_the_place():
    assert [a.name for a in read_closing(["Ambassador: Grigor Grigorov"], 0).signers] == ["Grigor Grigorov"]
    assert [p.name for p in read_closing(["Zhou Enlai", "20 August, Moscow"], 0).places] == ["Moscow"]
    assert read_closing(["Subject: Talks"], 0).signers == []


def test_a_city_and_its_building_under_the_text():
    closing = read_closing(["Sincerely,", "L. Brezhnev", "Moscow, Kremlin"], 0)
    assert [a.name for a in closing.signers] == ["L. Brezhnev"]
    assert [p.name for p in closing.places] == ["Moscow"]


def test_complimentary_closes_are_not_signers():
    for close in ("Fraternally,", "Very respectfully,", "With communist greetings,", "Cordially yours,"):
        closing = read_closing([close, "Raúl Valdés Vivó", "Ambassador"], 0)
        assert [a.name for a in closing.signers] == ["Raúl Valdés Vivó"], close
