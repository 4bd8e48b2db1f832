"""Header fields."""

from __future__ import annotations

from chancery.sources.page.fields import field_of, read_fields


def test_a_colon_and_a_dash_and_the_value_on_the_next_line():
    fields = read_fields(
        ["From: -", "C. in C. Hong Kong.", "JO 221134.", "To:-", "The er office.", "INMEDIATA"]
    )
    assert [(f.feeds, f.value) for f in fields] == [
        ("authors", "C. in C. Hong Kong."),
        ("recipients", "The er office."),
    ]


def test_a_cables_info_posts_and_subject_over_two_lines():
    lines = [
        "FM SECSTATE WASHDC",
        "TO AMEMBASSY MANILA",
        "AMEMBASSY CANBERRA",
        "INFO USLO PEKING",
        "AMEMBASSY BANGKOK",
        "LIMITED OFFICIAL USE STATE 062521",
        "SUBJECT: WHO REGIONAL MEETING ON ASSISTANCE TO NORTH",
        "AND SOUTH VIETNAM",
        "REF: MANILA 3056 (NOTAL)",
    ]
    fields = {f.feeds: f.value for f in read_fields(lines)}
    assert fields["information"] == "USLO PEKING;\nAMEMBASSY BANGKOK"  # a line of its own each
    assert fields["subject"] == "WHO REGIONAL MEETING ON ASSISTANCE TO NORTH AND SOUTH VIETNAM"
    assert {f.feeds: f.value for f in read_fields(["SUBJECT: TALKS IN MOSCOW", "REF: A"])}["subject"] == (
        "TALKS IN MOSCOW"
    )


def test_heads_of_crest_memoranda_and_notes():
    def read(lines):
        return [(f.label, f.value) for f in read_fields(lines)]

    assert read(
        ["MEMORANDUM FOR: Members, Public Affairs Advisory Group", "FROM, Herbert E. Hetu, Chairman"]
    ) == [
        ("memorandum for", "Members, Public Affairs Advisory Group"),
        ("from", "Herbert E. Hetu, Chairman"),  # the scan's comma for the colon
    ]
    assert read(["NOTE TO: EXO/DDA ADDA DDA Chief, DA Plans Staff"]) == [
        ("note to", "EXO/DDA; ADDA; DDA; Chief, DA Plans Staff")  # offices' symbols a space apart
    ]
    assert read(["TO PETER RODMAN FOR SECRETARY KISSINGER"]) == [
        ("to", "PETER RODMAN FOR SECRETARY KISSINGER")
    ]
    assert read(["MEMORANDUM FOR THE RECORD", "Morning Meeting"]) == [("memorandum for", "")]
    assert read(["TO: (Officer designation, room number, and", "ildi"]) == [("to", "")]  # a form's caption


def test_a_sites_labelled_record_in_brackets_or_with_a_colon():
    assert field_of("[Title] Security Treaty Between Japan and the United States of America") == (
        "title",
        "Security Treaty Between Japan and the United States of America",
    )
    assert field_of("Titel: Schreiben an Eisenhower |") == ("titel", "Schreiben an Eisenhower")
    assert field_of("TITLE OF THE TREATY") is None  # in capitals alone a heading, no label
    assert field_of("[Full text]") is None


def test_an_outgoing_cable_forms_sent_to_and_its_empty_labels():
    fields = read_fields(["Sent to: Chinese Embassy in Burma", "Approved by: Zhang Wenjin", "Level: Urgent"])
    assert [(f.feeds, f.value) for f in fields][0] == ("recipients", "Chinese Embassy in Burma")
    # a label left blank on the form: the next label is no addressee
    fields = read_fields(["Sent To:", "Read By:", "Approved By: Chen Zhongjing", "The committee replies."])
    assert [(f.label, f.value) for f in fields] == [("sent to", "")]


def test_a_forms_next_label_left_empty_ends_the_row():
    from chancery.sources.page.fields import field_of

    assert field_of("To: Minister Reference (Copy)") == ("to", "Minister")
    assert field_of("To: Secretary of State") == ("to", "Secretary of State")


def test_two_labels_on_one_row():
    from chancery.sources.page.fields import read_fields

    def fields(*lines):
        return [(f.label, f.value) for f in read_fields([*lines, "The text begins here, in a sentence."])]

    assert fields("To: The Foreign Minister From: Ambassador Katori") == [
        ("to", "The Foreign Minister"),
        ("from", "Ambassador Katori"),
    ]
    assert fields("COPIES TO: S S/S S/S-PR EUR EE") == []


def test_see_distribution_names_no_addressee():
    from chancery.sources.page.fields import read_fields

    found = read_fields(
        ["MEMORANDUM FOR: See Distribution", "FROM: Director of Performance Evaluation", "Text."]
    )
    assert [(f.label, f.value) for f in found if f.feeds == "recipients"] == [("memorandum for", "")]


def test_a_city_as_sender_names_where_the_telegram_came_from_no_writer(read_record, page_text):
    page = page_text(
        "February 21, 1974",
        "Telegram from Pyongyang to Bucharest, SECRET, Urgent, No. 060.076",
        "TELEGRAM\n\nSender: Pyongyang\n\nCLASSIFICATION: SECRET\n\nDate: 21.02.1974\n\n"
        "To: First Direction – Relations; Second Direction – Relations\n\n"
        "On the consequences of the February 15th incident between the two parts of Korea, we wish to report "
        "the following points.",
    )
    record = read_record(page)
    assert record.authors == []
    assert "Pyongyang" in [p.name for p in record.places]


def test_a_telegram_forms_place_of_mission_is_where_it_came_from(read_record, page_text):
    page = page_text(
        "December 19, 1986",
        "Telegram, 'Re: Chinese Expectations before Comrade Havasi's Visit'",
        "Place of mission: New York City\n\nStrictly confidential!\n\n"
        "Receipt of telegram: at 21:10 on 19 / 12 / 1986\n\n"
        "I was in contact with the source of information in 1974-76; the contact was taken up again lately.",
    )
    record = read_record(page)
    assert record.authors == []
    assert [(p.name, p.role) for p in record.places] == [("New York City", "sent_from")]
