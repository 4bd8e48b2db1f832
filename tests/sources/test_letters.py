"""Letters' parts, and the note verbale's formula."""

from __future__ import annotations

from chancery.sources.page.letters import read_letter


def test_a_note_verbale_names_its_sender_and_addressee():
    lines = [
        "No. 720",
        "The Embassy of the United States of America presents its compliments to the Ministry of Foreign "
        "Affairs of the Union of Soviet Socialist Republics and has the honor to draw its attention to it.",
        "Embassy of the United States of America,",
        "Moscow, January 25, 1961.",
    ]
    letter = read_letter(lines)
    assert letter.verbale_from is not None and letter.addressee is not None
    assert letter.verbale_from.name == "Embassy of the United States of America"
    assert letter.addressee.name == "Ministry of Foreign Affairs of the Union of Soviet Socialist Republics"
    assert (
        read_letter(["Dear Sir,", "I write to you.", "Yours sincerely,", "John Smith"]).verbale_from is None
    )


def test_an_irish_departments_salutation_close_and_office():
    from chancery.sources.page.letters import read_letter

    lines = [
        "A Chara,",
        "It is the wish of the Minister that despatches be circulated little.",
        "Mise, le meas,",
        "[signed] J.P. Walshe",
        "Rúnaí",
    ]
    letter = read_letter(lines)
    assert letter.is_letter and [(a.name, a.office) for a in letter.signature] == [("J.P. Walshe", "Rúnaí")]


def test_the_inside_addresss_city_is_where_the_letter_went():
    from chancery.sources.page.letters import read_letter

    lines = [
        "Munsin-dong 2,",
        "Pyongyang, D.P.R.K.",
        "Mr. Juan Antonio Samaranch",
        "International Olympic Committee",
        "1007 Lausanne, Switzerland",
        "July 7th, 1988",
        "Esteemed Mr. President,",
        "Your telex of June 29th reached me and pleased me.",
        "Yours sincerely,",
    ]
    assert read_letter(lines).addressed_to == "Lausanne"
    berlin = [
        "Comrade Hegen",
        "104 Berlin",
        "Luisenstraße 56",
        "Stamped: Confidential",
        "Dear Comrade Hegen!",
    ]
    assert (
        read_letter([*berlin, "Here I only want to touch briefly on a few questions."]).addressed_to
        == "Berlin"
    )
    assert read_letter(["Dear Sir,", "I write to you from here."]).addressed_to is None


def test_salutations_run_into_the_text_or_by_name_and_patronymic():
    run_on = read_letter(
        ["Dear Moffat: Herewith a copy of the latest telegram we have had.", "Yours sincerely,"]
    )
    assert run_on.is_letter and run_on.addressee is not None and run_on.addressee.name == "Moffat"
    for greeting in ("Alexei Maximovich:", "Vladimir Ilyich!", "Comrade Stalin!"):
        letter = read_letter([greeting, "I have passed your letter on.", "Yours,", "Lenin"])
        assert letter.salutation_at == 0 and letter.is_letter, greeting
    # a hall greeted, a label over its text: no letter's salutation
    for line in ("Comrades!", "Summary:", "Present:"):
        assert read_letter([line, "The meeting opened at noon.", "Yours,"]).salutation_at is None, line


def test_a_despatchs_close_in_full_and_its_form_of_address():
    lines = [
        "My Lord Duke,—",
        "I have the honor to report that the Blue Books have come to hand, and I beg to thank your Grace.",
        "I have the honor to be",
        "My Lord Duke",
        "Your Graces most obedient",
        "humble Servant James Douglas",
    ]
    letter = read_letter(lines)
    assert letter.salutation_at == 0 and letter.is_letter
    assert [a.name for a in letter.signature] == ["James Douglas"]
    lines[-1] = "humble Servant,"
    lines.append("W. Hobson.")
    assert [a.name for a in read_letter(lines).signature] == ["W. Hobson"]


def test_the_closes_form_of_address_signs_nothing(read_record):
    record = read_record(
        "No. 22\n25 March 1861\nI have the honor to report that the following Blue Books have come to hand, "
        "and I beg to thank your Grace for furnishing me with them.\nI have the honor to be\nMy Lord Duke\n"
        "Your Graces most obedient\nhumble Servant James Douglas\n"
    )
    assert [a.name for a in record.authors] == ["James Douglas"]


def test_a_clerks_abbreviated_close_and_the_office_under_the_name():
    letter = read_letter(
        [
            "Dear Sir:",
            "Your favor of yesterday has come to hand. The Bureau's old records are all in the Archives.",
            "Yours Respty",
            "R.M. Manly",
            "Supt Education",
        ]
    )
    assert letter.close_at == 2
    assert [(a.name, a.office) for a in letter.signature] == [("R.M. Manly", "Supt Education")]


def test_a_salutation_with_my_and_no_stop_after_it():
    letter = read_letter(
        ["My Dear Prime Minister", "I feel bound to write and ask for your guidance about my own position."]
    )
    assert letter.salutation_at == 0 and letter.is_letter


def test_a_despatchs_close_its_signer_and_its_addressee_under_him(read_record):
    page = "\n".join(
        [
            "No. 30",
            "20th July 1854",
            "My Lord Duke",
            "I have the honor to acknowledge having received your Grace's Circular Despatch of the 31st of "
            "March, which sends copies of the declaration.",
            "I have the honor to be",
            "Your Grace's most obedient",
            "Humble Servant James Douglas",
            "The Right Honorable The Duke of Newcastle",
            "Her Majesty's principal Secretary of State",
            "For the Colonial Department",
            "Minutes by CO staff",
            "Mr Herbert",
            "Put by. It was repeated. It was enough for me to know that the office had the message.",
        ]
    )
    record = read_record(page)
    assert [a.name for a in record.authors] == ["James Douglas"]  # not "Humble Servant James Douglas"
    assert [a.name for a in record.recipients] == ["Duke of Newcastle"]
    assert record.distribution == []  # "repeated." ends a sentence: no cue


def test_a_russian_letter_received_on_a_day_is_a_letter(read_record):
    page = "\n".join(
        [
            "№ 3",
            "Получено 30 сентября 1941 года.",
            "Ф. РУЗВЕЛЬТ И. В. СТАЛИНУ*",
            "Уважаемый г-н Сталин,",
            "Это письмо передаст Вам мой друг Аверелл Гарриман, которого я попросил возглавить делегацию.",
            "Искренне Ваш",
            "Франклин Д. РУЗВЕЛЬТ",
        ]
    )
    record = read_record(page)
    assert (record.title, record.doc_type, record.date.value) == (
        "Ф. РУЗВЕЛЬТ И. В. СТАЛИНУ",
        "letter",
        "1941-09-30",
    )
    assert [a.name for a in record.recipients] == ["И. В. Сталин"]
    assert "Искренне Ваш" not in [a.name for a in record.authors + record.signatories]


def test_an_ambassadors_note_in_the_third_person_his_compliments(read_record):
    page = "\n".join(
        [
            "The British Ambassador (Halifax) to the Secretary of State",
            "His Majesty's Ambassador presents his compliments to the Secretary of State and, referring to "
            "the Department's notes of December 2nd, has the honour to inform him of his Government's views.",
        ]
    )
    assert read_record(page).doc_type == "note"


def test_a_microfiche_supplements_note_its_pages_then_its_source(read_record):
    page = "\n".join(
        [
            "258. Memorandum from Kaysen to Gen. Taylor, January 231",
            "The President passed your memorandum to the Secretary and telephoned him as well. The Secretary "
            "has become a little more receptive to this idea.",
            "Carl Kaysen",
            "  1. Passes on the President's wish that Taylor talk with McNamara. No classification marking. "
            "1 p. Kennedy Library, National Security Files, Departments and Agencies Series, DOD 1/62–3/62.",
        ]
    )
    record = read_record(page)
    assert record.citation.archive == "Kennedy Library"
    assert record.citation.as_written.endswith("DOD 1/62–3/62")


def test_a_diplomatic_letters_form_of_address_run_into_its_first_sentence(read_record):
    page = "\n".join(
        [
            "The Japanese Chargé to the Secretary of State.",
            "Washington, February 3, 1906.",
            "Sir: I am to let you know that telegraphic instructions have reached me from His Majesty's "
            "minister for foreign affairs.",
            "Accept, etc.,",
        ]
    )
    assert read_record(page).doc_type == "letter"
