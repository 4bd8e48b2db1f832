"""Closing layer: signers, attestations, place under the date, references."""

from __future__ import annotations

from chancery.sources.page.closing import read_closing
from chancery.sources.page.letters import read_letter


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


def _signers(lines: list[str]) -> list[tuple[str, str | None]]:
    return [(a.name, a.office) for a in read_closing(lines, 0).signers]


def test_signature_marks_are_not_names():
    """ "(signed)", "/s/", "[signature]", "Signed:" before a name, or between an office and a name."""
    assert _signers(["(signed) A. Gromyko", "/s/ Dean Rusk", "Signed: Zhou Enlai"]) == [
        ("A. Gromyko", None),
        ("Dean Rusk", None),
        ("Zhou Enlai", None),
    ]
    assert _signers(["First Secretary of the SED CC - Signed: W. Ulbricht"]) == [
        ("W. Ulbricht", "First Secretary of the SED CC")
    ]
    assert _signers(["Ambassador of the Hungarian People's Republic – [signature] ENDRE SÍK"]) == [
        ("Endre Sík", "Ambassador of the Hungarian People's Republic")
    ]


def test_office_as_a_label_or_a_title_is_the_signers():
    """ "Office: Name", and an office before the name ("Ambassador Dean Rusk") in a signature block."""
    assert _signers(["Chargé d'Affaires: L[avrentiy]. Beria", "Counsellor: SUSLOV"]) == [
        ("Lavrentiy Beria", "Chargé d'Affaires"),
        ("Suslov", "Counsellor"),
    ]
    assert _signers(["Ambassador Dean Rusk", "Secretary of State Livingston T. Merchant"]) == [
        ("Dean Rusk", "Ambassador"),
        ("Livingston T. Merchant", "Secretary of State"),
    ]
    assert _signers(["Head of the 1st Far Eastern Department - N. A. Bulganin"]) == [
        ("N. A. Bulganin", "Head of the 1st Far Eastern Department")
    ]
    assert _signers(["Chairman of the Presidium of the Supreme People's Assembly KIM IL SUNG"]) == [
        ("Kim Il Sung", "Chairman of the Presidium of the Supreme People's Assembly")
    ]


def test_an_office_after_a_name_and_a_comma_is_the_signers():
    """ "Dean Rusk, Secretary of State"; an office before the comma names a body, not a signer."""
    assert _signers(["Dean Rusk, Secretary of State", "Editor, Korea Focus"]) == [
        ("Dean Rusk", "Secretary of State")
    ]


def test_office_lines_go_with_the_names_above_or_below_them():
    """A block that opens with an office has its offices above the names; opening with a name, below."""
    above = [
        "Ambassador of the Hungarian People's Republic",
        "/s/ János Kádár",
        "First Secretary of the HSWP CC",
        "/s/ Mátyás Rákosi",
        "Mátyás Gerő",
    ]
    assert _signers(above) == [
        ("János Kádár", "Ambassador of the Hungarian People's Republic"),
        ("Mátyás Rákosi", "First Secretary of the HSWP CC"),
        ("Mátyás Gerő", None),
    ]
    below = [
        "Signed: E. Honecker",
        "Ambassador of the GDR in the PRC",
        "Signed: K. Hager",
        "First Secretary of the SED CC",
        "Signed: A. Norden",
        "Nº 1248/b",
    ]
    closing = read_closing(below, 0)
    assert [(a.name, a.office) for a in closing.signers] == [
        ("E. Honecker", "Ambassador of the GDR in the PRC"),
        ("K. Hager", "First Secretary of the SED CC"),
        ("A. Norden", None),
    ]
    assert [r.number for r in closing.references] == ["1248/b"]


def test_offices_in_columns_go_with_the_names_in_their_columns():
    offices = "Chairman of the Central People's Government       Minister of Foreign Affairs of the PRC"
    names = "PENG ZHEN                                         LIU SHAOQI"
    expected = [
        ("Peng Zhen", "Chairman of the Central People's Government"),
        ("Liu Shaoqi", "Minister of Foreign Affairs of the PRC"),
    ]
    assert _signers([offices, names]) == expected
    assert _signers([names, offices]) == expected
    # three signers, two offices: each office stands in its name's column
    names = "J. Michałowski                            Marian Naszkowski                         Z. Kliszko"
    offices = "First Secretary of the CC PZPR            Chairman of the Council of Ministers"
    assert _signers([names, offices, "Pyongyang, 30 July 1953"]) == [
        ("J. Michałowski", "First Secretary of the CC PZPR"),
        ("Marian Naszkowski", "Chairman of the Council of Ministers"),
        ("Z. Kliszko", None),
    ]


def test_an_attestation_after_the_signature_signs_nothing():
    lines = [
        "Dear Mr. Rostow,",
        "We thank you for your letter and for the help your government has given us in these months.",
        "Very truly yours,",
        "Assistant Secretary for Far Eastern Affairs",
        "Signed: Marshall Green",
        "Authenticated by: V. Popova",
    ]
    closing = read_closing(lines, 2)
    assert [(a.name, a.office) for a in closing.signers] == [
        ("Marshall Green", "Assistant Secretary for Far Eastern Affairs")
    ]
    assert [a.name for a in closing.attested["authenticated_by"]] == ["V. Popova"]
    letter = read_letter(lines)
    assert letter.close_at == 2 and [a.name for a in letter.signature] == ["Marshall Green"]
    assert letter.at[3] == letter.at[4] == "signature" and 5 not in letter.at


def test_an_office_then_a_typed_name_after_a_comma():
    closing = read_closing(
        ["Chief of the Principal Directorate for Foreign Tourism, S. S. Nikitin (signature)"], 0
    )
    assert [(a.name, a.office) for a in closing.signers] == [
        ("S. S. Nikitin", "Chief of the Principal Directorate for Foreign Tourism")
    ]


def test_a_romanian_copys_ss_mark_before_the_editors_office():
    from chancery.sources.page.signature import name_line

    agent = name_line("(ss)[Ambassador] Gheorghe Caranfil")
    assert agent is not None and (agent.name, agent.office) == ("Gheorghe Caranfil", "Ambassador")


def test_a_signature_mark_alone_on_its_line_over_the_typed_name():
    from chancery.sources.page.letters import read_letter

    lines = [
        "Dear Comrade Axen!",
        "I ask for your approval.",
        "With socialist greetings",
        "[signed]",
        "Oskar Fischer",
    ]
    assert [a.name for a in read_letter(lines).signature] == ["Oskar Fischer"]


def test_the_honorable_addressee_under_the_signature_signs_nothing():
    from chancery.sources.page.signature import read_signature

    lines = ["(Signed) L. Lothian", "Washington, D. C.", "The Honorable", "Cordell Hull,"]
    assert [a.name for a in read_signature(lines, 0).signers] == ["L. Lothian"]
    assert read_signature(lines, 3).signers == []


def test_signers_by_initials_two_a_line():
    from chancery.sources.page.signature import read_signature

    block = read_signature(["V. Molotov, G. Malenkov", "L. Beria, A. Mikoyan"], 0)
    assert [a.name for a in block.signers] == ["V. Molotov", "G. Malenkov", "L. Beria", "A. Mikoyan"]


def test_a_telegrams_end_mark_is_no_signer():
    from chancery.sources.page.closing import read_closing

    lines = ["This telegram only passed to Kuwait.", "(End)"]
    assert read_closing(lines, 1).signers == []
    assert [a.name for a in read_closing(["The talks went well.", "(End)", "Kato"], 1).signers] == ["Kato"]
