"""Distribution layer: labelled lists, numbered copies, cipher lists, copies and their fate."""

from __future__ import annotations

from chancery.sources.page.copies import numbered_copies, read_copies
from chancery.sources.page.distribution import addressed_repeats, cipher_list, distribution, read_blocks


def labelled_list(lines):
    return distribution(read_blocks(lines))


COPIES = """A total of six copies were printed;
copies 1 to 5 were distributed to the
above addressees. Nº 6 [went to] the
NKVD Secretariat file.
[handwritten note: Cde. Vyshinsky's copy was returned and destroyed 5 June 1946]"""


def test_labelled_list_and_copies():
    entries = labelled_list(
        [
            "Authenticated by X",
            "Distributed to:",
            "Cde. I. V. Stalin",
            "Cde. V. M. Molotov",
            "Cde. A. Ya. Vyshinsky",
            "3 November 1945",
            "Cde. Nobody",
        ]
    )
    assert [e.agent.name for e in entries] == ["I. V. Stalin", "V. M. Molotov", "A. Ya. Vyshinsky"]
    copies = read_copies(COPIES, entries, this_copy=6, printed=None)
    assert [e.copy_number for e in entries] == [1, 2, 3]
    assert copies.printed == 6 and copies.this_copy == 6
    by_number = {c.number: c for c in copies.copies}
    assert by_number[3].fate == "returned and destroyed" and by_number[3].fate_date.value == "1946-06-05"
    assert by_number[6].destination == "NKVD Secretariat file"


def test_numbered_copies_in_columns():
    lines = [
        "Copy Nº 1 Distribution list          Copy Nº 8 to Kaganovich        Copy Nº 15 copy",
        "Copy Nº 2 to Stalin                  Copy Nº 9 to Bulganin          Copy Nº 16 to the 10th Department",  # noqa: E501
        "Copy Nº 3 to Stalin                  Copy Nº 10 to Kosygin          Copy Nº 17 to file",
    ]
    entries, notes = numbered_copies(lines)
    assert [(e.agent.name, e.copy_number) for e in entries] == [
        ("Stalin", 2),
        ("Kaganovich", 8),
        ("Bulganin", 9),
        ("Kosygin", 10),
        ("10th Department", 16),
    ]
    assert entries[-1].agent.kind == "organization"
    assert [(n.number, n.destination) for n in notes] == [(17, "file")]


def test_cipher_list():
    lines = [
        "Ciphergram No. 16053",
        "To: KRAJEWSKI, EYES ONLY",
        "From: [Ambassador Boleslaw] JELEN",
        "Politburo",
        "Czesak",
        "[?]",
        "Milnikiel",
        "[Handwritten text:] Pass this on",
    ]
    assert [e.agent.name for e in cipher_list(lines, 8)] == ["Politburo", "Czesak", "Milnikiel"]
    assert cipher_list(["From: X", "One long sentence of prose follows here."], 2) == []


def test_numbered_entries_under_the_label():
    entries = labelled_list(
        ["Distribution:", "1. Cde. Stalin", "2. Cde. Malenkov", "3) Cde. Mikoyan", "24 March 1950"]
    )
    assert [(e.agent.name, e.copy_number) for e in entries] == [
        ("Stalin", 1),
        ("Malenkov", 2),
        ("Mikoyan", 3),
    ]


def test_inline_lists_and_numbered_dashes():
    assert [e.agent.name for e in labelled_list(["Sent to: Stalin, Molotov, Beria"])] == [
        "Stalin",
        "Molotov",
        "Beria",
    ]
    entries = labelled_list(["Distribution list:", "1 - Cde. Stalin", "2 - to Cde. Molotov", "3 - file"])
    assert [(e.agent.name, e.copy_number) for e in entries] == [("Stalin", 1), ("Molotov", 2)]


def test_copy_lines_in_other_forms():
    for lines in (
        ["Copy No. 1 - Stalin", "Copy No. 2 - Molotov"],
        ["Copy №1 — to Cde. Stalin", "Copy №2 — to Cde. Molotov"],
        ["1st copy to Stalin", "2nd copy to Molotov"],
    ):
        entries, _ = numbered_copies(lines)
        assert [(e.agent.name, e.copy_number) for e in entries] == [("Stalin", 1), ("Molotov", 2)]
    assert numbered_copies(["Copy No. 2 - Secret"]) == ([], [])


def test_counts_of_copies_before_names():
    entries = labelled_list(["Distribution:", "1x Comrade Honecker", "2x Comrade Axen", "1x Archive"])
    assert [(e.agent.name, e.copy_number) for e in entries] == [("Honecker", None), ("Axen", None)]


def test_a_british_telegrams_address_line():
    lines = [
        "Addressed to Foreign Office telegram No. 1140 of 1st August repeated for information to Singapore, "
        "Hong Kong and Canton.",
        "Singapore telegram No.546 to you: Anti-Communist propaganda from Hong Kong.",
    ]
    assert [e.agent.name for e in addressed_repeats(lines)] == ["Singapore", "Hong Kong", "Canton"]
    assert addressed_repeats(["Repeated to Singapore"]) == []


def test_a_war_office_copies_register_of_office_codes():
    lines = [
        "Copies to:-",
        "P.U.S.",
        "D.D.C.A. (M.G.).",
        "C.4.1, 4, 9, 17.",
        "Foreign Office (Mr. Scott F.E.Dept). Colonial Office (Mr.Gont).",
        "C.A.Staff (Hong Kong) 2 Park St. W.1.",
    ]
    entries = distribution(read_blocks(lines))
    assert [e.agent.as_written for e in entries] == [
        "P.U.S",
        "D.D.C.A. (M.G.)",
        "C.4.1, 4, 9, 17",
        "Foreign Office (Mr. Scott F.E.Dept)",
        "Colonial Office (Mr.Gont)",
        "C.A.Staff (Hong Kong) 2 Park St. W.1",
    ]


def test_offices_symbols_a_space_apart():
    lines = ["COPIES TO: S S/S S/S-PR EUR EE", "His Excellency called on me today at some length."]
    assert [e.agent.as_written for e in distribution(read_blocks(lines))] == [
        "S",
        "S/S",
        "S/S-PR",
        "EUR",
        "EE",
    ]
    lines = ["Copies to: KIM IL SUNG", "His Excellency called on me today at some length."]
    assert [e.agent.name for e in distribution(read_blocks(lines))] == ["Kim Il Sung"]  # a name in capitals


def test_a_reading_rooms_stamp_ends_the_list():
    lines = [
        "Distribution:",
        "OIG",
        "Charles Briggs",
        "Sanitized Copy Approved for Release 2010/07/26: CIA-RDP91 G01 170R003505680020-9",
        "Minutes of the",
    ]
    assert [e.agent.name for e in distribution(read_blocks(lines))] == ["Oig", "Charles Briggs"]


def test_a_bulleted_list_ends_at_its_first_line_without_a_bullet_and_own_is_a_file_copy():
    entries = labelled_list(
        ["Made in 5 copies for:", "• Comrade Kovacs", "• Comrade Dr. Nagy", "• Belgrade", "• Own",
         "Re: The ambassador's visit", "On 3 May I received the ambassador."]
    )  # fmt: skip
    assert [(e.agent.name, e.agent.kind) for e in entries] == [
        ("Kovacs", "person"), ("Nagy", "person"), ("Belgrade", "organization")  # the post in Belgrade
    ]  # fmt: skip
    blocks = read_blocks(["Made in 2 copies for:", "• Comrade Kovacs", "• Own"])
    assert [e.file for e in blocks[0].entries] == [None, "Own"]  # the writer's own copy: no addressee


def test_a_form_field_ends_a_copy_list_and_the_writers_own_post_keeps_a_file_copy():
    entries = labelled_list(
        ["Written: in four copies", "three to Center", "one to Embassy", "Official: János Beck"]
    )
    assert [e.agent.name for e in entries] == ["Center"]  # "one to Embassy": the embassy's own copy


def test_a_ciphergrams_readers_initialled_under_the_mark():
    entries = labelled_list(
        ["/-/ Michałowski", "Politburo", "[??]", "Krajewski", "The talks went on all day."]
    )
    assert [e.agent.name for e in entries] == ["Michałowski", "Politburo", "Krajewski"]


def test_a_register_numbered_by_its_copies_alone():
    lines = ["Copy No. 1 – DISTRIBUTION LIST", "No. 2 – to Beria", "No. 3 – to Beria",
             "No. 4 – to Kaganovich", "No. 5 - Copy", "No. 6 - to the 2nd Department", "No. 7 – to file",
             "from ANKARA"]  # fmt: skip
    entries, notes = numbered_copies(lines)
    assert [(e.agent.name, e.copy_number) for e in entries] == [
        ("Beria", 2),
        ("Kaganovich", 4),
        ("2nd Department", 6),
    ]
    assert [(n.number, n.destination) for n in notes] == [(5, "Copy"), (7, "file")]
    # an enclosures list numbered the same way sends no copies
    assert numbered_copies(["No. 1 – Memorandum on the talks", "No. 2 – Draft reply"]) == ([], [])


def test_a_typists_initials_after_the_cue_leave_the_list_below_it():
    lines = ["Four copies printed ak", "1 - Cde. A. A. Gromyko", "2 - Cde. V. V. Kuznetsov", "3 - to file"]
    assert [e.agent.name for e in labelled_list(lines)] == ["A. A. Gromyko", "V. V. Kuznetsov"]


def test_a_sentence_on_a_cables_dispatch_is_no_copy_list():
    from chancery.sources.page.distribution import sent_in_prose
    from chancery.sources.page.names import split_names

    assert (
        sent_in_prose(["This cable was sent to the embassy in the Soviet Union on March 5th at 6:00pm"]) == []
    )
    assert split_names("Division of Soviet and East European Affairs") == [
        "Division of Soviet and East European Affairs"
    ]
    assert split_names("Minister of Defence and Minister of Foreign Affairs") == [
        "Minister of Defence", "Minister of Foreign Affairs"
    ]  # fmt: skip


def test_a_forms_printed_address_before_a_file_copy_names_no_one():
    from chancery.sources.page.entries import read_entry

    entry = read_entry("5. Comr. Copy")
    assert (entry.agent, entry.file, entry.copy_number) == (None, "Copy", 5)


def test_a_register_repeating_its_preposition_line_by_line():
    from chancery.sources.page.distribution import distribution, read_blocks

    lines = [
        "Copies to Cde. Stalin",
        "to Cde. Stalin",
        "to Cde. Molotov",
        "to Cde. Beria",
        "from [BEIJING] received at 1940 24 October 1951",
    ]
    entries = distribution(read_blocks(lines))
    assert [(e.agent.name, e.copies) for e in entries] == [("Stalin", 2), ("Molotov", None), ("Beria", None)]


def test_fyi_in_brackets_a_cue_in_a_forms_cell_and_the_cue_after_the_names():
    from chancery.sources.page.distribution import distribution, read_blocks

    def names(lines):
        return [e.agent.name for e in distribution(read_blocks(lines))]

    assert names(["(FYI: Thee, Maneli)"]) == ["Thee", "Maneli"]
    assert names(["FYI: Trojanowski, Thee, Chodorek"]) == ["Trojanowski", "Thee", "Chodorek"]
    assert names(["Qiao reviewed before sending    Sent to Ji Pengfei"]) == ["Ji Pengfei"]
    assert names(["Ambassadors Zhu Qiwen, Liu Fang, Xu Jianguo, Hao Deqing also copied"])[1:] == [
        "Liu Fang",
        "Xu Jianguo",
        "Hao Deqing",
    ]
    assert names(["All the files were copied."]) == []


def test_a_translators_note_giving_the_distribution():
    lines = [
        "[Translator’s note: Distribution for this cable is as follows: Brezhnev, Voronov, Kirilenko, Kozlov]"
    ]
    assert [e.agent.name for e in labelled_list(lines)] == ["Brezhnev", "Voronov", "Kirilenko", "Kozlov"]
    assert [e.agent.name for e in labelled_list(["Copies: Stalin [2], Molotov"])][:1] == ["Stalin"]


def test_a_hungarian_telegrams_readers_seen_by():
    lines = [
        "– 160 – charge d’affaires –",
        "To be seen by",
        "Comrade Szabó F.",
        "Seen by",
        "Comrade Bényei",
        "Comrade Rátkai",
    ]
    assert [e.agent.name for e in labelled_list(lines)] == ["Szabó F", "Bényei", "Rátkai"]


def test_the_writers_own_mark_under_his_telegram_is_no_reader(read_record):
    page = (
        "Secret Telegram from Rapacki (Warsaw) to Jaszczuk (Moscow)\n\n"
        "Warsaw, 15 February, 1963\n\n"
        "We trust they understand that we hinted nothing beyond making them aware that the matter "
        "was important.\n\n"
        "[Deciphered on] 15.II.63 at 13:00 hours\n\n"
        "/-/ Rapacki\n"
    )
    record = read_record(page)
    assert [a.name for a in record.authors] == ["Rapacki"]
    assert record.distribution == []
    readers = page.replace("/-/ Rapacki", "/-/ Michałowski\nWiniewicz")
    assert [e.agent.name for e in read_record(readers).distribution] == ["Michałowski", "Winiewicz"]


def test_copies_transmitted_in_a_sentence():
    from chancery.sources.page.distribution import sent_in_prose

    found = sent_in_prose(
        ["Copies of this memorandum were transmitted to Dulles, Conant, Merchant, and Morris."]
    )
    assert [e.agent.name for e in found] == ["Dulles", "Conant", "Merchant", "Morris"]


def test_a_copy_sent_to_your_embassy_names_no_addressee():
    from chancery.sources.page.distribution import sent_in_prose

    assert (
        sent_in_prose(["The letter will appear tomorrow; a copy will be sent to your Embassy on his orders."])
        == []
    )
    found = sent_in_prose(
        ["A copy of the document was sent to minister Rapacki and to the ambassador in London."]
    )
    assert len(found) == 2


def test_the_comrades_an_excerpt_of_minutes_goes_to_are_its_distribution(read_record):
    page = (
        "Excerpt from Minutes Nº 80 of the CPSU CC Politburo Meeting of 2 March 1973\n\n"
        "[CPSU CC letterhead]\n\nTOP SECRET\n\nNº P80/12\n\n"
        "to Cdes. Brezhnev, Kosygin, Kirilenko, and Gromyko\n\n"
        "Excerpt from Minutes Nº 80 of the CPSU CC Politburo meeting of 2 March 1973\n\n"
        "1. Approve the draft instructions to the Soviet Ambassador in London (attached).\n\n"
        "CC SECRETARY\n"
    )
    record = read_record(page)
    assert [e.agent.name for e in record.distribution] == ["Brezhnev", "Kosygin", "Kirilenko", "Gromyko"]
    assert record.recipients == []
    # the same line over a letter names its addressees
    letter = read_record(page.replace("Excerpt from Minutes", "Letter of the CC to the Ministers, Minutes"))
    assert [a.name for a in letter.recipients][:2] == ["Brezhnev", "Kosygin"]


def test_a_telegrams_repeat_as_the_sender_bids_it_and_a_copy_for_information(read_record):
    record = read_record(
        "893.51/3041: Telegram\nThe Secretary of State to the Ambassador in Great Britain (Davis)\n"
        "1137. Your 1584, November 6, 1 p.m. Department learns by telegram from Tokyo that the Minister has "
        "formally approved the proposed public announcement.\n"
        "Repeat to Paris as No. 1628, referring to its No. 1896 November 6th, 9 p.m.\nColby\n"
    )
    assert [(e.agent.name, e.purpose) for e in record.distribution] == [("Paris", "information")]
    record = read_record(
        "310.2/5–150: Circular telegram\nThe Secretary of State to All Diplomatic Missions\n"
        "The Department wishes you to know the position taken on the proposal before the United Nations.\n"
        "Transmitted for info only to AmEmb Moscow.\n"
    )
    assert [(e.agent.name, e.purpose) for e in record.distribution] == [("AmEmb Moscow", "information")]


def test_an_editions_note_that_the_same_telegram_went_to_other_posts(read_record):
    record = read_record(
        "760C.62/1088c: Telegram\n\nThe Secretary of State to the Ambassador in Italy (Phillips)49\n\n"
        "78. The President has just sent messages to the Chancellor of the German Reich and to the President "
        "of Poland. They will be given to the press at 10 p.m. Washington time.\n\n"
        "  1. The same, with the omission of the last paragraph, on the same date, to the Embassies in "
        "France (No. 647), Germany (No. 376), and Poland (No. 40), and at 11 p.m. to the Embassy in the "
        "United Kingdom (No. 691).\n"
    )
    assert [e.agent.name for e in record.distribution] == [
        "Embassy in France",
        "Embassy in Germany",
        "Embassy in Poland",
        "Embassy in the United Kingdom",
    ]


def test_an_editions_note_on_a_circulars_posts_sent_and_repeated(read_record):
    lines = [
        "661.00/6–2550: Circular telegram",
        "The Secretary of State to Certain Diplomatic and Consular Offices 1",
        "JUNE 26, 1950",
        "Since the invasion of Korea may be the first of a series of coordinated moves, please stay most "
        "watchful and report any evidence, however fragmentary, on the situation in your country.",
        "  1. Sent to the Embassies in Ankara, Belgrade, and Tehran, the Legations in Saigon and Vienna. It "
        "was also repeated, as routine, to the Embassies in Seoul and London; the Legation in Helsinki.",
    ]
    record = read_record("\n".join(lines) + "\n")
    assert [e.agent.name for e in record.distribution][:3] == [
        "Embassy in Ankara",
        "Embassy in Belgrade",
        "Embassy in Tehran",
    ]
    names = [e.agent.name for e in record.distribution]
    assert {"Embassy in Seoul", "Embassy in London", "Legation in Helsinki"} <= set(names)


def test_an_editions_note_repeated_to_a_post_as_a_numbered_telegram():
    line = (
        "1. Repeated to London as telegram 5972. It was drafted by William C. Burdett, Officer in Charge, "
        "Egypt and Anglo-Egyptian Sudan Affairs, and was approved by Hart."
    )
    assert [e.agent.name for b in read_blocks([line]) for e in b.entries] == ["London"]


def test_a_circulars_chiefs_of_missions_in_an_editions_note(read_record):
    lines = [
        "740.00/1053a: Circular telegram",
        "The Secretary of State to the Chiefs of Certain American Diplomatic Missions in Europe 25",
        "Please see the appropriate official and, after informally leaving him a copy of the President's "
        "message, suggest that a statement welcoming it would help.",
        "  1. Sent to the Chiefs of Missions in Belgium (No. 19), Bulgaria (No. 9), Denmark (No. 9), "
        "Egypt (No. 21), Estonia (No. 5), Finland (No. 29), Iran (No. 18), and Yugoslavia (No. 1).",
    ]
    names = [e.agent.name for e in read_record("\n".join(lines) + "\n").distribution]
    assert names[:2] == ["Chiefs of Mission in Belgium", "Chiefs of Mission in Bulgaria"] and len(names) == 8


def test_a_circulars_posts_named_by_their_heads_office_and_their_cities(read_record):
    lines = [
        "The Secretary of State to Certain Diplomatic Representatives 1",
        "When you pass the above to the Foreign Office, please convey the Department's thanks.",
        "  1. Sent to the diplomatic representatives at Athens, Brussels, Cairo, The Hague, Manila, and "
        "Vienna.",
    ]
    names = [e.agent.name for e in read_record("\n".join(lines) + "\n").distribution]
    assert names == ["Athens", "Brussels", "Cairo", "The Hague", "Manila", "Vienna"]
