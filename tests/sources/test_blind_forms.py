"""Forms of the genre first met on blind sets of unseen pages, each read by a general rule (not a page's
pattern): the title grammars, the participants of records, distribution cues, names, credits and the edges
of a cut copy. The pages here are made up; the forms are the archives'."""

from __future__ import annotations

from chancery.sources.page.conversation import speakers, speech_subjects
from chancery.sources.page.credits import read_credits
from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.distribution import distribution, read_blocks
from chancery.sources.page.names import offices_apart, parse_agent, same_person, split_names
from chancery.sources.page.title import read_title


def names(agents):
    return [a.name for a in agents]


# titles


def test_a_journal_entry_names_its_keeper_who_sat_in():
    facts = read_title("Journal Entry of Ambassador Petrov: Record of Conversation with the Minister, Hasan")
    assert names(facts.authors) == ["Petrov"]
    assert names(facts.participants) == ["Petrov", "Hasan"]


def test_a_paper_sent_to_someone_names_no_writer():
    facts = read_title("Directive Sent to the Soviet Ambassador, Havana")
    assert facts.authors == [] and names(facts.recipients) == ["Soviet Ambassador"]


def test_writers_before_the_genre_word_wrote_it():
    facts = read_title("Orlov and Belov Report on the Harvest in Mongolia")
    assert (facts.doc_type, names(facts.authors)) == ("report", ["Orlov", "Belov"])
    assert read_title("Secret Report on the Harvest").authors == []  # a marking, no one's name
    assert names(read_title("Kennedy Letter to Khrushchev").authors) == ["Kennedy"]


def test_a_state_word_before_the_genre_names_no_writer():
    facts = read_title("Soviet Communication to the Hungarian Leadership on the Events")
    assert facts.doc_type == "report" and facts.authors == []
    assert names(read_title("Hungarian Embassy Report to Budapest").authors) == ["Hungarian Embassy"]


def test_after_the_genre_and_a_colon_the_title_reads_on():
    facts = read_title(
        "Memorandum of Conversation: Premier Zhou Enlai Receives Ambassador Stepan Chervonenko"
    )
    assert names(facts.participants) == ["Zhou Enlai", "Stepan Chervonenko"]


def test_a_post_and_its_city_are_one_post():
    facts = read_title("Telegram from Mexican Embassy, Prague")
    assert [(a.name, a.kind) for a in facts.authors] == [("Mexican Embassy in Prague", "organization")]


def test_the_parties_in_brackets_after_the_talk():
    facts = read_title("Rough Notes from a Conversation (Gromyko, Khrushchev, and Gomulka) on Berlin")
    assert names(facts.participants) == ["Gromyko", "Khrushchev", "Gomulka"]


def test_those_who_sat_in_with_the_body():
    facts = read_title(
        "Working Notes from the Session of the CPSU CC Presidium, with Participation by J. Kadar"
    )
    assert names(facts.participants) == ["J. Kadar"]


def test_the_writer_first_with_his_office():
    facts = read_title("Soviet Ambassador to Ethiopia A.P. Ratanov, Memorandum of Meeting with Mengistu")
    assert [(a.name, a.office) for a in facts.authors] == [("A.P. Ratanov", "Soviet Ambassador to Ethiopia")]
    assert names(facts.participants) == ["A.P. Ratanov", "Mengistu"]


def test_a_note_on_a_conversation_is_a_note():
    assert read_title("Note on a Conversation with the First Secretary, Comrade Sverev").doc_type == "note"
    assert read_title("Note by the Embassy on a Conversation of Comrade Jarck with X").doc_type == (
        "record_of_conversation"
    )


# records of meetings


def test_speakers_by_their_bare_names_when_two_take_turns():
    text = "Nasution says that he is glad.\n\nSubandrio notes that the visit is short.\n\nWe said nothing."
    assert names(speech_subjects(text)) == ["Nasution", "Subandrio"]
    assert speech_subjects("Nasution says that he is glad.") == []  # one voice: no dialogue


def test_three_speakers_in_capitals_each_once_are_a_transcript():
    lines = ["GORBACHEV. We must decide.", "", "SHEVARDNADZE. We will.", "", "GROMYKO.But they asked."]
    assert names(speakers(lines)) == ["Gorbachev", "Shevardnadze", "Gromyko"]


def test_a_journal_entry_that_records_a_meeting_has_participants(read_record, page_text):
    record = read_record(
        page_text(
            "March 7, 1960",
            "Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 7 March 1960",
            "7 March 1960\n\nI visited Kim Il Sung and informed him of the talks at some length.\n\n"
            "USSR AMBASSADOR IN THE DPRK\n\n(A. PUZANOV)",
        )
    )
    assert record.doc_type == "diary"
    assert names(record.participants)[-1] == "Kim Il Sung" and len(record.participants) == 2


def test_each_sides_people_said_in_a_sentence(read_record, page_text):
    record = read_record(
        page_text(
            "July 24, 1965",
            "Transcript of the Reception of a Delegation at the Central Committee",
            "The Romanian participants at the reception were comrades: Nicolae Ceausescu and Ion Maurer. "
            "The delegation of the Workers Party was composed of comrades: Le Duc Tho, Politburo member, "
            "and Hoang Tu.\n\nCde. Le Duc Tho: We are grateful.",
        )
    )
    assert {"Nicolae Ceausescu", "Ion Maurer", "Le Duc Tho", "Hoang Tu"} <= set(names(record.participants))


# distribution


def test_a_chinese_cable_forms_forwarding_lines():
    lines = ["Forward to: Chen [Jiakang], Gong [Peng]", "Already Forwarded to: Mao [Zedong], Liu [Shaoqi]"]
    assert names(e.agent for e in distribution(read_blocks(lines))) == [
        "Chen Jiakang",
        "Gong Peng",
        "Mao Zedong",
        "Liu Shaoqi",
    ]


def test_an_east_german_register_counts_before_each_addressee():
    lines = ["Acting Ambassador", "1 x Comrade Schneidewind", "1 x Central Committee, Comrade Markowski"]
    got = distribution(read_blocks(lines))
    assert [(e.agent.name, e.agent.affiliation, e.copies) for e in got] == [
        ("Schneidewind", None, 1),
        ("Markowski", "Central Committee", 1),
    ]


def test_a_count_of_copies_over_a_numbered_list():
    lines = ["5 copies", "14 May 1950", "1. Comr. Stalin", "2. Comr. Molotov"]
    assert names(e.agent for e in distribution(read_blocks(lines))) == ["Stalin", "Molotov"]


def test_recipients_alone_on_its_line_heads_a_list_but_a_form_field_does_not():
    assert names(e.agent for e in distribution(read_blocks(["Recipients:", "Com. Kucza", "Com. Sulek"]))) == [
        "Kucza",
        "Sulek",
    ]
    assert distribution(read_blocks(["Recipients: gen. Axen, member politburo"])) == []


# names


def test_names_written_surname_first_in_a_list():
    assert split_names("Coms. Andropov, Iu.V., Kulakov, F.D.") == ["Coms. Iu.V. Andropov", "F.D. Kulakov"]


def test_two_offices_run_together_are_two():
    assert offices_apart("Director of Central Intelligence Deputy Director of Central Intelligence") == [
        "Director of Central Intelligence",
        "Deputy Director of Central Intelligence",
    ]
    assert offices_apart("Assistant Secretary of State for European Affairs") == [
        "Assistant Secretary of State for European Affairs"
    ]


def test_offices_of_several_domains_said_once_are_one_entry():
    assert split_names("the Secretaries of State, War, and Navy") == [
        "the Secretaries of State, War, and Navy"
    ]


def test_an_office_symbol_keeps_its_capitals():
    assert parse_agent("SA/DCI/IA").name == "SA/DCI/IA"


def test_a_double_surname_alone_is_the_whole_name():
    a, b = parse_agent("Bastian Pinto"), parse_agent("LUIZ LEIVAS BASTIAN PINTO")
    assert a is not None and b is not None and same_person(a, b)


# credits, dates


def test_a_scholars_notes_cited_before_the_reference():
    credits = read_credits("Notes by O.A. Westad at TsKhSD, f. 5, op. 76, d. 1045, ll. 94-97.")
    assert credits.citation_text == "TsKhSD, f. 5, op. 76, d. 1045, ll. 94-97."
    assert names(credits.roles["obtained_by"]) == ["O.A. Westad"]


def test_a_credits_clause_after_the_names_and_an_abbreviated_translator():
    credits = read_credits(
        "AVP RF; copy obtained by NHK, provided to CWIHP, and on file; trans. J. Henriksen"
    )
    assert credits.citation_text == "AVP RF"
    assert names(credits.roles["obtained_by"]) == ["NHK"]
    assert names(credits.roles["translated_by"]) == ["J. Henriksen"]


def test_a_marking_or_a_time_of_day_before_a_date_is_no_place():
    secret = read_dateline("SECRET 21 June 1983")
    assert secret is not None and (secret.place, secret.marking) == (None, "Secret")
    assert (
        read_dateline("Evening 5 November 1962") is None
        or read_dateline("Evening 5 November 1962").place is None
    )


def test_a_typewriters_hyphen_in_the_hour():
    dated = read_dateline("Cablegram E21 LONDON, 26 October 1948, 1-50 p.m.")
    assert dated is not None and (dated.place, dated.date.value, dated.time) == (
        "LONDON",
        "1948-10-26",
        "13:50",
    )


def test_an_entrys_office_wrapped_onto_the_lines_under_it_is_his():
    from chancery.sources.page.present import present

    text = (
        "PARTICIPANTS: The President\n"
        "Dr. Henry A. Kissinger, Special Assistant\n"
        "to the President for National Security\n"
        "Affairs\n"
        "General Alexander M. Haig, Jr., Deputy\n"
        "Special Assistant to the President for\n"
        "National Security Affairs\n"
        "\n"
        "Nguyen Phu Duc, Special Advisor to\n"
        "President Thieu\n"
        "Tran Kim Phuong, Ambassador to the\n"
        "United States\n"
        "\n"
        "PLACE: The Oval Office\n"
    )
    # the second side after a blank line, as far in as the first; no "President Thieu" from a wrapped office
    assert names(present(text)) == [
        "Henry A. Kissinger",
        "Alexander M. Haig",
        "Nguyen Phu Duc",
        "Tran Kim Phuong",
    ]


def test_who_sat_in_for_an_office_and_its_body():
    from chancery.sources.page.present import participant

    agent = participant("Mr. Morrison for the Director, Bureau of the Budget")
    assert agent is not None and agent.name == "Morrison"


def test_a_sentence_whose_subject_says_who_attended():
    from chancery.sources.page.conversation import attendance

    text = (
        "Those participating in the talks on the Yugoslav side are: Edvard Kardelj, Vladimir Bakaric and "
        "Marko Nikezic. On the Egyptian side were the Minister of Foreign Affairs Mahmoud Riad and the "
        "Ambassador in Belgrade Hamdi M. Abuzeid. The Soviet side was ready to help."
    )
    assert names(attendance(text)) == [
        "Edvard Kardelj", "Vladimir Bakaric", "Marko Nikezic", "Mahmoud Riad", "Hamdi M. Abuzeid"
    ]  # fmt: skip
    assert (
        attendance("On our side was the feeling that we must go. The participants were Soviet officials.")
        == []
    )


def test_a_transcripts_roll_with_no_colon_and_surnames_in_capitals():
    from chancery.sources.page.present import present

    text = (
        "Chaired comrade BREZHNEV L.Y.\n\n"
        "Present C.C. Andropov Y.V.; Gorbachev M.S.; Grishin V.V.;\nDolgih V.I.\n\n"
        "I. About the measures of increase of goods production.\n"
    )
    assert names(present(text)) == [
        "L.Y. Brezhnev",
        "Y.V. Andropov",
        "M.S. Gorbachev",
        "V.V. Grishin",
        "V.I. Dolgih",
    ]
    assert parse_agent("BREZHNEV L. I.").name == "L. I. Brezhnev"
    assert parse_agent("USSR A.B.").kind == "organization"  # a body's letters are no surname


def test_an_addressee_block_at_the_foot_opened_by_a_greeting(read_record, page_text):
    record = read_record(
        page_text(
            "July 26, 1960",
            "Letter from the Czechoslovak Embassy in Pyongyang",
            "Dear Comrade,\n\nI attach 4 copies of a record of conversation.\n\n"
            "With comradely greetings\n\n[Signature: illegible]\n"
            "Esteemed Comrade\n\nJiri H e n d r y c h\nDeputy of the Central Committee\n\nP r a g u e\n",
        )
    )
    assert names(record.recipients) == ["Jiri Hendrych"]  # the name set letter by letter, solid
    assert names(record.authors) == ["Czechoslovak Embassy in Pyongyang"]  # the title's, not the greeting
    assert record.signatories == []


def test_a_stamp_repeated_on_each_sheet_opens_no_turns():
    lines = ["Reason: file no. 267 261/01", "Signature: (illegible)", "The text.",
             "Reason: file no. 267 261/01", "Signature: (illegible)"]  # fmt: skip
    assert speakers(lines) == []


def test_a_title_abbreviated_before_the_name_does_not_end_the_sentence():
    from chancery.sources.page.conversation import met_by_writer

    assert names(met_by_writer("I received Ambassador Cde. Yadamjav at his request. He spoke.")) == [
        "Yadamjav"
    ]
    assert names(met_by_writer("We met with A. Gromyko.")) == ["A. Gromyko"]


def test_initials_alone_name_no_one():
    from chancery.sources.page.present import participant

    assert participant("Ambassador of the Chinese P. R.") is None
    assert participant("Liu Fang") is not None


def test_who_came_escorting_the_visitor_by_his_office():
    from chancery.sources.page.conversation import attendance

    text = "The Minister received Ambassador Ha Dong-yun, who was escorted by the Press Attaché Kim Sung-nam."
    assert names(attendance(text)) == ["Kim Sung-nam"]
    assert attendance("The convoy was escorted by two destroyers.") == []


def test_a_message_sent_as_several_numbered_cables_is_one_of_its_genre():
    from chancery.sources.page.doc_types import doc_type_of

    assert doc_type_of("Cablegrams 87, 284 CANBERRA, 10 March 1947") == "cable"
    assert doc_type_of("Telegrams Nos. 12 and 13") == "telegram"
    assert read_dateline("Cablegrams 87, 284 CANBERRA, 10 March 1947, 4.15 p.m.").date.value == "1947-03-10"


def test_a_list_wrapped_after_a_comma_over_a_doubled_line_break_and_an_open_bracket():
    from chancery.sources.page.present import present

    text = (
        "Others present: Secretary Herter, Secretary Dillon,\n\n"
        "Secretary Murphy, Mr. Kohler,\nSecretary Anderson (first few minutes\nonly), General Persons\n\n"
        "Secretary Anderson said he had wanted to express his concern.\n"
    )
    assert names(present(text)) == ["Herter", "Dillon", "Murphy", "Kohler", "Anderson", "Persons"]


def test_a_declassification_stamp_under_the_text_signs_nothing(read_record, page_text):
    record = read_record(
        page_text("September 14, 1959", "Memorandum for the Record", "The meeting was brief.\n\nDECLASSIFIED")
    )
    assert record.signatories == [] and all(a.name != "Declassified" for a in record.authors)


def test_a_codes_name_or_a_state_word_before_the_genre_writes_nothing():
    facts = read_title("Dearg code telegram from Joseph P. Walshe to Robert Brennan (Washington)")
    assert (names(facts.authors), names(facts.recipients)) == (["Joseph P. Walshe"], ["Robert Brennan"])
    assert names(read_title("Soviet Telegram from Molotov to Stalin").authors) == ["Molotov"]


def test_a_forms_pointer_to_the_header_names_no_one():
    assert parse_agent("See header") is None and parse_agent("as above") is None
    assert parse_agent("Ditto") is None and parse_agent("Seeheader") is not None


def test_a_report_that_keeps_the_meetings_turns_names_who_met(read_record, page_text):
    record = read_record(
        page_text(
            "February 25, 1961",
            "Report on the Second Meeting with the CCP Delegation",
            "The meeting was held at the office of Comrade Enver Hoxha. "
            "Comrade Mehmet Shehu was also present.\n\n"
            "Comrade Enver Hoxha: We finished our party's congress with success.\n\n"
            "Comrade Li Xiannian: Well, we saw that your leadership holds the same positions.\n\n"
            "Comrade Enver Hoxha: No, you are further ahead than us.\n\n"
            "Comrade Li Xiannian: The leadership is fully on the right course.\n",
        )
    )
    assert record.doc_type == "report"
    assert sorted(names(record.participants)) == ["Enver Hoxha", "Li Xiannian", "Mehmet Shehu"]


def test_a_long_office_before_the_last_name_of_a_list_and_a_digraph_initial_in_capitals():
    from chancery.sources.page.conversation import parties
    from chancery.sources.page.present import listed

    side = (
        "Senator M. Sa'ed, Adjutant General of the Shah Yazdan Panah, and Iranian Ambassador in the USSR "
        "A. G. Masoud Ansari"
    )
    assert names(listed(side)) == ["M. Sa'ed", "Yazdan Panah", "A. G. Masoud Ansari"]
    heading = "PROTOCOL OF THE DISCUSSIONS BETWEEN K. YE. VOROSHILOV, N. A. BULGANIN AND THE SHAH OF IRAN"
    assert names(parties(heading))[:2] == ["K. Ye. Voroshilov", "N. A. Bulganin"]


def test_a_stamps_instruction_to_return_the_copy_addresses_no_one():
    from chancery.sources.page.fields import field_of

    assert field_of("TO BE RETURNED TO THE [illegible]") is None
    assert field_of("TO THE CPSU CENTRAL COMMITTEE") == ("to", "THE CPSU CENTRAL COMMITTEE")


def test_copies_of_other_letters_the_text_tells_of_are_no_distribution():
    from chancery.sources.page.distribution import sent_in_prose

    told = ["He will send open letters. At the same time, copies of the letters will be sent to the heads of "
            "various Asian and African nations."]  # fmt: skip
    assert sent_in_prose(told) == []
    assert [e.agent.name for e in sent_in_prose(["Copies of the telegram were sent to Gromyko."])] == [
        "Gromyko"
    ]


def test_a_second_close_on_the_signers_line_is_not_his_name():
    from chancery.sources.page.letters import read_letter

    lines = ["Dear Mr. Prime Minister:", "We look forward to your visit.", "With warm regards.",
             "Sincerely, Lyndon B. Johnson"]  # fmt: skip
    assert names(read_letter(lines).signature) == ["Lyndon B. Johnson"]


def test_cabinet_members_set_side_by_side_in_two_columns_and_peers_by_their_titles():
    from chancery.sources.page.present import present

    text = (
        "PRESENT:\n"
        "The Rt. Hon. Neville Chamberlain, M.P., Prime Minister. (In the Chair)\n"
        "The Rt. Hon. The Right Hon. Sir John Simon, G.C.S.I., Viscount Runciman, O.B.E., Chancellor Lord\n"
        "The Right Hon. The Most Hon. Sir Thomas Inskip, K.C., The Marquess of Zetland, M.P., Secretary\n"
    )
    assert names(present(text)) == [
        "Neville Chamberlain", "John Simon", "Viscount Runciman", "Thomas Inskip", "Marquess of Zetland"
    ]  # fmt: skip


def test_a_genre_by_its_writer_to_its_addressee_then_the_subject_in_quotes():
    facts = read_title(
        "Memorandum, by L.D. Battle, Executive Secretary, to McGeorge Bundy, Special Assistant to the "
        "President for National Security Affairs, 'American Scientists’ Visit to Israel’s Dimona Reactor'"
    )
    assert (names(facts.authors), names(facts.recipients)) == (["L.D. Battle"], ["McGeorge Bundy"])
    shorter = read_title(
        "Memorandum, by L.D. Battle, Executive Secretary, to McGeorge Bundy, 'American Scientists’ Visit'"
    )
    assert (names(shorter.authors), names(shorter.recipients)) == (["L.D. Battle"], ["McGeorge Bundy"])


def test_the_stasi_is_a_body():
    assert parse_agent("Stasi").kind == "organization"
    facts = read_title(
        "Stasi Note on Meeting Between Minister Mielke and Head of the KGB 5th Directorate Abramov"
    )
    assert "Stasi" not in names(facts.participants)


def test_a_soviet_journals_keeper_over_its_period_and_a_letterheads_marking():
    from chancery.sources.page.conversation import note_taker

    head = "Ambassador of the USSR in the DPRK, Cde. Ivanov V.I.\n\nFor the period from 24 May to 11 June.\n"
    keeper = note_taker(head)
    assert keeper is not None and keeper.name == "V.I. Ivanov"
    assert note_taker("The talks went on.\n\nFor the period from May to June the plan holds.") is None


def test_a_count_of_copies_in_words_and_a_list_already_copied_to():
    four = ["Soviet Ambassador [signature] (V. Ivanov)", "Four copies", "1 - to Cde. Molotov",
            "2 - to Cde. Fedorenko", "3 - to file", "drafted by Ivanov"]  # fmt: skip
    assert [e.agent.name for e in distribution(read_blocks(four)) if e.agent] == ["Molotov", "Fedorenko"]
    already = ["Already Copied To: Chairman, Zhu De, Chen Yun, Propaganda Department", "", "The text."]
    assert [e.agent.name for e in distribution(read_blocks(already)) if e.agent][1:3] == [
        "Zhu De",
        "Chen Yun",
    ]


def test_a_bulletin_written_in_one_copy_for_comrades_by_name(read_record):
    record = read_record(
        "December 28, 1979\nSoviet Communication to the Hungarian Leadership on the Events in Afghanistan\n"
        "TOP SECRET!\nWritten in one copy\nBudapest, 28 Dec. 1979\nSeen by Comrade János Kádár\nBULLETIN\n"
        "for Comrades János Kádár, Károly Németh, Imre Gyori and Frigyes Puja\n"
        "In the name of the CPSU CC Political Committee, the Soviet ambassador informed Comrade Imre Gyori "
        "about the following concerning the events in Afghanistan.\n"
    )
    assert record.distribution == []  # one copy: no list; the date line and the genre's heading end any
    assert names(record.recipients) == ["János Kádár", "Károly Németh", "Imre Gyori", "Frigyes Puja"]


def test_a_hungarian_date_year_first_and_its_place_at_the_foot():
    assert read_dateline("Budapest, 1972 September 6.").place == "Budapest"
    assert read_dateline("Budapest, 1980 October 31").date.value == "1980-10-31"


def test_where_the_parties_met_after_them_in_a_title():
    facts = read_title(
        "Minutes of Conversation between Yugoslav President Josip Broz Tito and UAR President Gamal Abdel "
        "Nasser in Brijuni, Croatia"
    )
    assert facts.places == ["Brijuni"] and names(facts.participants) == [
        "Josip Broz Tito",
        "Gamal Abdel Nasser",
    ]
    assert read_title("Record of Conversation between L. I. Brezhnev and N. Ceausescu in Sofia").places == [
        "Sofia"
    ]


def test_a_count_of_copies_is_no_one():
    assert parse_agent("in 8 copies") is None and parse_agent("Copy number") is None
    assert parse_agent("Copeland") is not None


def test_the_editors_word_for_what_the_paper_lacks_is_no_writer():
    facts = read_title("Untitled memorandum on the situation of Soviet troops in North Korea")
    assert (facts.doc_type, facts.authors) == ("memorandum", [])
    assert read_title("Unsigned letter to Stalin").authors == []


def test_an_editors_office_and_completion_around_a_given_name():
    agent = parse_agent("[Foreign Minister] Koča [Popović]")
    assert (agent.name, agent.office) == ("Koča Popović", "Foreign Minister")
    assert parse_agent("ALIHAN TORE [SHAKIRJAN]").name == "Alihan Tore"  # an alias after a whole name


def test_the_men_a_telegram_is_for_beside_the_ministry(read_record):
    record = read_record(
        "October 27, 1962\nTelegram from Yugoslav Embassy in Havana (Vidaković) to Yugoslav Foreign "
        "Ministry\nVery urgent\nTO THE MINISTRY OF FOREIGN AFFAIRS\nFor the President [Tito], [Foreign "
        "Minister] Koča [Popović].\nVisited Dorticos at 3 PM. At 2 PM they received information that they "
        "would be attacked.\nVidaković\n"
    )
    assert names(record.recipients) == ["Yugoslav Foreign Ministry", "Tito", "Koča Popović"]


def test_a_forms_caption_a_stamp_or_an_editions_ibid_is_no_one():
    for text in [
        "Ibid.",
        "Participants",
        "Signature",
        "Approved For Rejse 2002/02/06 : CIA-RDP93B01194R0001",
    ]:
        assert parse_agent(text) is None, text
    assert parse_agent("Stationery") is not None and parse_agent("Namely Smith") is not None


def test_a_name_between_slashes_is_the_signature():
    from chancery.sources.page.closing import read_closing

    closing = read_closing(["The Department has approved of this proposal.", "/András Gyenes/"], 1)
    assert names(closing.signers) == ["András Gyenes"]


def test_a_message_carrying_the_record_of_a_talk(read_record, page_text):
    record = read_record(
        page_text(
            "February 7, 1946",
            "Message from Bagirov to Stalin and Molotov Containing a Record of a Conversation between Rossow "
            "and Pishevari",
            "to Cde. Stalin\n\nto Cde. Molotov\n\nOn 4 February the consul Rossow visited Pishevari.",
        )
    )
    assert record.doc_type == "letter" and names(record.participants) == ["Rossow", "Pishevari"]


def test_a_note_that_opens_on_the_comrades_it_is_to():
    from chancery.sources.page.letters import read_letter

    letter = read_letter(
        ["Comrades Kamenev and Stalin", "It is quite ridiculous to say that you are at fault or anything."]
    )
    assert letter.is_letter and names(letter.greeted) == ["Kamenev", "Stalin"]
    assert not read_letter(["Comrade Stalin", "Agreed."]).is_letter  # a name over one word: no letter's text


def test_a_notes_return_mark_after_a_name_is_no_part_of_it():
    assert parse_agent("John S. D. Eisenhower.↩").name == "John S. D. Eisenhower"


def test_an_offices_domain_goes_on_after_and():
    assert split_names("Director of Performance Evaluation and Improvement") == [
        "Director of Performance Evaluation and Improvement"
    ]
    assert split_names("Minister of Foreign Affairs and Trade") == ["Minister of Foreign Affairs and Trade"]
    assert split_names("Director of Central Intelligence and Helms") == [
        "Director of Central Intelligence",
        "Helms",
    ]


def test_an_embassys_information_names_its_writer_and_post():
    facts = read_title(
        "Information of the Bulgarian Embassy in Havana Regarding the Situation in Cuba in 1963"
    )
    assert (names(facts.authors), facts.places) == (["Bulgarian Embassy in Havana"], ["Havana"])


def test_a_wires_post_in_a_forms_field_without_a_colon():
    from chancery.sources.page.header import read_header

    places = [p.name for p in read_header(["to NEW YORK", "Sender   Maputo     No. 053597"]).places]
    assert sorted(places) == ["Maputo", "New York"]


def test_the_writers_post_after_his_office_in_a_from_to_title():
    facts = read_title(
        "Telegram from East German Ambassador, Moscow, to East German Secretary of State Otto Winzer"
    )
    assert (facts.places, names(facts.authors)) == (["Moscow"], ["East German Ambassador"])


def test_an_issuer_with_a_plurals_apostrophe_before_a_quoted_title():
    facts = read_title(
        "Central Committee of the Polish United Workers' Party, 'Report on the Visit to Hanoi'"
    )
    assert (facts.doc_type, names(facts.authors)) == (
        "report",
        ["Central Committee of the Polish United Workers' Party"],
    )


def test_a_grade_in_capitals_is_read_whole():
    from chancery.sources.page.markings import marking_in

    assert marking_in("STRICTLY CONFIDENTIAL!") == "Strictly Confidential"
    assert marking_in("Budapest STRICTLY SECRET") == "Strictly Secret"
    assert marking_in("CONFIDENTIAL") == "Confidential"


def test_a_journal_dated_in_its_heading_names_its_keeper_below():
    from chancery.sources.page.conversation import note_taker

    text = "From the journal of 3 May 1961\nSokolov, I.V. Original No. 77\n\nI received the Minister."
    assert note_taker(text).name == "I.V. Sokolov"
    assert note_taker("From the diary of Kozyrev S.P.\n\nToday I met him.").name == "S.P. Kozyrev"


def test_a_wires_post_before_a_dash_and_its_addressee():
    from chancery.sources.page.header import read_header

    assert [p.name for p in read_header(["BEIJING - SOVIET AMBASSADOR"]).places] == ["Beijing"]
    assert [p.name for p in read_header(["Beiping [sic]"]).places] == ["Beiping"]  # its name of 1928-49


def test_several_copies_to_one_reader():
    from chancery.sources.page.copies import numbered_copies

    entries, _ = numbered_copies(["copies NºNº 1-2 to Cde. Orlov", "copy Nº 3 – to Cde. Belov"])
    assert [(e.agent.name, e.copy_number) for e in entries] == [("Orlov", 1), ("Belov", 3)]


def test_an_extract_of_a_bodys_decision_names_those_it_went_to(read, page_text):
    body = (
        "[cut off] all countries, unite!\n\nStrictly Secret\n\n"
        "Communist Party of the Soviet Union. Central Committee\n\n"
        "Comrades Orlov, Belov (MFA), V. Sokolov; CPSU CC Secretariat.\n\n"
        "Extract from Protocol No. 12 of the meeting of the CC Presidium from 2 May 1955.\n\n"
        "On help to the Chinese friends in the study of hydrology.\n\n"
        "1. Satisfy the request of the government of the PRC on help in hydrology.\n\nCC Secretary"
    )
    record = read(
        page_text("May 2, 1955", "Proposal of the Ministry of Education on Help in Hydrology", body)
    )
    assert record["doc_type"] == "resolution"
    assert [e["agent"]["name"] for e in record["distribution"]] == [
        "Orlov", "Belov", "V. Sokolov", "CPSU CC Secretariat"
    ]  # fmt: skip
    assert [a["name"] for a in record["authors"]] == [
        "Communist Party of the Soviet Union. Central Committee"
    ]


def test_a_copy_that_begins_on_the_summary_of_the_document_above(read):
    text = (
        "A short excerpt from a list of the questions the Presidium took up at its sessions in the spring.\n"
        "April 24, 1953\nMemorandum of the Ministry of Internal Affairs on the Former Advisers\n"
        "1. The ministry reports on the results of the investigation.\n2. The findings are attached.\n"
    )
    record = read(text)
    assert (record["source_layout"], record["title"], record["doc_type"]) == (
        "wilson-center",
        "Memorandum of the Ministry of Internal Affairs on the Former Advisers",
        "memorandum",
    )


def test_speakers_in_capitals_and_offices_in_a_labelled_list_sat_in(read):
    text = (
        "DEPARTMENT OF STATE Memorandum of Conversation\n\nDATE: June 27, 1950\n\n"
        "SUBJECT: Meeting in the Cabinet Room\n\n"
        "Participants: The President, the Secretary of State, Congressional leaders\n\n"
        "THE PRESIDENT asked the Secretary of State to summarize the developments.\n\n"
        "SENATOR WILEY asked what forces had been sent.\n\n"
        "GENERAL VANDENBERG supplied details.\n\n"
        "NATO forces were not discussed.\n"
    )
    names = [a["name"] for a in read(text)["participants"]]
    assert names == ["Wiley", "Vandenberg", "Harry S. Truman", "Dean Acheson"]
    from chancery.sources.page.conversation import caps_speakers

    assert caps_speakers("SENATOR WILEY asked.\n\nThe rest.") == []  # one such paragraph: a heading's word


def test_a_marking_after_how_it_went_completed_by_the_editor_or_before_a_file_number():
    from chancery.sources.page.markings import marking_of

    assert marking_of("By courier, Secret") == "Secret"
    assert marking_of("CONFI[DENTIAL]") == "Confidential"
    assert marking_of("Strictly Confidential -t- b7/1 - 2/89 two pages") == "Strictly Confidential"
    assert marking_of("BY COURIER.") is None and marking_of("Secret protocol of 1939") is None


def test_a_reports_copy_lines_name_no_writer_and_no_reference_number(read, page_text):
    body = (
        "The Embassy of the Hungarian People’s Republic\n\nTOP SECRET!\n\nPrague, 25 June 1963.\n\n"
        "Official: L. Balassa\n\nTyped by: OE\n\nWritten in three copies\n\nRef. No. 001254/1/1963.\n\n"
        "To Center: two copies\n\nTo Embassy: one copy\n\n"
        "Based on the above order, the deputy head of the department reported the following at length."
    )
    record = read(page_text("June 25, 1963", "Report from Hungarian Embassy, Prague, on Relations", body))
    assert [a["name"] for a in record["authors"]] == ["Hungarian Embassy in Prague"]
    assert [a["name"] for a in record["recipients"]] == ["Center", "Embassy"]
    assert record["distribution"] == []


def test_what_a_title_answers_names_no_addressee():
    facts = read_title(
        "Draft Letter from Willi Stoph to President Hafez al-Assad in response to his letters to Stoph"
    )
    assert (names(facts.authors), names(facts.recipients)) == (["Willi Stoph"], ["Hafez al-Assad"])


def test_an_addressees_department_quoted_under_its_body_is_one_addressee():
    from chancery.sources.page.fields import read_fields
    from chancery.sources.page.people import field_agents

    (found,) = read_fields(["TO CC BCP", "“Foreign Policy and", "International Relations”", "Department"])
    assert names(field_agents(found.value)) == [
        "CC BCP “Foreign Policy and International Relations” Department"
    ]
    assert split_names("“Workers and Peasants” Committee, Orlov") == [
        "“Workers and Peasants” Committee",
        "Orlov",
    ]


def test_an_addressees_lines_stop_at_a_letter_spaced_genre_heading():
    from chancery.sources.page.fields import read_fields
    from chancery.sources.page.people import field_agents

    lines = ["To: First Secretary of CC BCP", "Comrade Todor Zhivkov", "R E P O R T", "of GEORGI KUMBILIEV"]
    (found,) = read_fields(lines)
    assert names(field_agents(found.value)) == ["Todor Zhivkov"]


def test_a_date_line_with_its_hour_between_place_and_date():
    line = read_dateline("New York, 10.46pm, 5 November 1956")
    assert (line.place, line.time, line.date.value) == ("New York", "22:46", "1956-11-05")


def test_a_dfat_copy_cut_above_its_heading_opens_on_its_date_line(read):
    text = (
        "Cablegram 18 WELLINGTON, 5 February 1944, 2.05 p.m.\nIMMEDIATE MOST SECRET\n"
        "I saw the Prime Minister today concerning the American note handed to him yesterday.\n"
        "[AA : A989, 1944/735/168]\n"
    )
    record = read(text)
    assert (record["source_layout"], record["title"], record["doc_type"]) == ("dfat", "", "cable")
    assert (record["classification"], [p["name"] for p in record["places"]]) == (
        "Most Secret",
        ["Wellington"],
    )


def test_a_conversation_record_and_a_counted_group_of_office_holders():
    from chancery.sources.page.doc_types import doc_type_of

    assert doc_type_of("Conversation Record of Premier Zhou Enlai’s Meeting with the Ambassadors") == (
        "record_of_conversation"
    )
    assert parse_agent("the Five Ambassadors").kind == "organization"
    assert parse_agent("Ambassador Five").kind == "person"  # a name after the title


def test_a_reply_clause_a_consultation_and_a_bodys_domain_after_for():
    facts = read_title("Cable from the CCP Central Committee, reply to Zhou Enlai’s cable of 3 June 1954")
    assert (names(facts.authors), facts.recipients) == (["CCP Central Committee"], [])
    facts = read_title("East German Ministry for State Security, 'Consultations with KGB 21-24 April 1987'")
    assert (facts.doc_type, names(facts.authors)) == (
        "record_of_conversation",
        ["East German Ministry for State Security"],
    )
    facts = read_title("Letter from the Ministry for State Security to the KGB")
    assert (names(facts.authors), names(facts.recipients)) == (["Ministry for State Security"], ["KGB"])


def test_a_journals_keeper_in_a_heading_set_in_columns_or_under_his_office():
    from chancery.sources.page.conversation import note_taker

    text = (
        "from the journal SECRET Copy Nº 1\n\nUSSR Ambassador  Nº 378\n\nof P. F. YUDIN 1 November 1957\nText"
    )
    assert note_taker(text).name == "P. F. Yudin"
    text = (
        "From the Diary of the Ambassador of the USSR in the DPRK,\nComrade Ivanov V.I.\n29 August\n\nText."
    )
    assert note_taker(text).name == "V.I. Ivanov"


def test_a_papers_number_or_subject_under_a_copy_line_is_no_entry():
    from chancery.sources.page.entries import read_entry

    assert read_entry("No. 21") is None and read_entry("On the situation in Cyprus and Greece") is None
    assert read_entry("Of the meeting of the Politburo on October 8, 1963") is None
    assert read_entry("No. 2 – Cde. Orlov").agent.name == "Orlov"


def test_an_agenda_items_speaker_and_commenters_sat_in():
    from chancery.sources.page.present import present

    text = (
        "Agenda\n1. Presentation on international questions\nSpeaker: Comrade Zoltán Komócsin\n"
        "Commenters. Comrades Sándor Nógrádi, István Friss and János Kádár\n"
    )
    assert names(present(text)) == ["Zoltán Komócsin", "Sándor Nógrádi", "István Friss", "János Kádár"]


def test_a_cipher_forms_addressee_over_the_senders_field(read, page_text):
    body = "Ciphergram No. 16889\n\nKrajewski\n\nFrom: Ambassador JELEN\n\nMikoyan's arrival is postponed."
    record = read(page_text("November 16, 1962", "Telegram from Polish Embassy in Havana (Jeleń)", body))
    assert [a["name"] for a in record["recipients"]] == ["Krajewski"]
    body = (
        "Telegram received\n\nFrom: Embassy in Ottawa\n\nThe government should support Brazil on the issue."
    )
    record = read(page_text("February 11, 1977", "Telegram on Argentina's Stance", body))
    assert record["recipients"] == []  # a form's heading over the sender, no addressee


def test_a_delegations_members_among_their_offices_and_an_attended_by_with_a_colon():
    from chancery.sources.page.conversation import attendance

    text = (
        "On 26 February, N.S. Khrushchev received the government delegation of the Iraqi Republic, "
        "consisting "
        "of the Minister of Economics, Dr. Ibrahim Kubba, and members of the delegation, the Minister of "
        "Health, Dr. Farid al-Ahmar. From the Soviet side, the meeting was attended by: I.I. Kuzmin and "
        "S.A. Skachkov."
    )
    assert names(attendance(text)) == ["Ibrahim Kubba", "Farid al-Ahmar", "I.I. Kuzmin", "S.A. Skachkov"]


def test_a_meeting_held_with_someone_in_the_passive():
    from chancery.sources.page.conversation import met_by_writer

    text = "I asked for a meeting.\n\nA meeting was held with Kim Chang-man during the day in the KWP CC."
    assert names(met_by_writer(text)) == ["Kim Chang-man"]


def test_a_heading_in_capitals_before_its_day_is_no_date_line():
    heading = "RECEPTION OF THE PARTY DELEGATION OF THE CUBA GOVERNMENT AT THE PRIME MINISTER, ON 28.11.1964"
    assert read_dateline(heading) is None
    assert read_dateline("Moscow, on 28.11.1964").place == "Moscow"


def test_a_ruling_partys_acronym_is_a_body():
    assert parse_agent("PUWP").kind == "organization" and parse_agent("HSWP").kind == "organization"


def test_a_participle_opening_a_turn_qualifiers_after_a_copy_entry_and_a_translators_grade():
    from chancery.sources.page.conversation import speech_subjects
    from chancery.sources.page.entries import read_entry
    from chancery.sources.page.markings import marking_of

    text = (
        "Having noted the request, Ri Sang-jo said he would wait.\n\nFedorenko replied that he would report."
    )
    assert "Having" not in names(speech_subjects(text))
    assert read_entry("with reference to their u.o. No. D. 12397/C/65") is None
    assert read_entry("dated the 21st August 1965") is None
    assert marking_of("Completely Secret") == "Completely Secret"


def test_a_cipher_forms_post_before_its_times():
    from chancery.sources.page.header import read_header

    line = "From: Rio de Janeiro dispatched on 02.27.1962 at 20:00 and received on 02.28.1962 at 07:10"
    assert [(p.name, p.role) for p in read_header([line]).places] == [("Rio de Janeiro", "sent_from")]


def test_a_list_in_two_columns_one_space_apart():
    lines = [
        "Received by:",
        "Comrade Gomulka Comrade Winiewicz",
        "Comrade Cyrankiewicz Comrade Wierna",
        "Comrade Ochab",
    ]
    entries = distribution(read_blocks(lines))
    assert [e.agent.name for e in entries] == ["Gomulka", "Winiewicz", "Cyrankiewicz", "Wierna", "Ochab"]
    one = distribution(read_blocks(["Distribution:", "1. Cde. Stalin", "2. Cde. Malenkov"]))
    assert [e.agent.name for e in one] == ["Stalin", "Malenkov"]


def test_a_grade_closing_a_heading_that_repeats_the_title():
    from chancery.sources.page.markings import marking_in

    line = "Telegram to the Romanian Embassy in Teheran, No. 05/003865, 7 August 1967, Top Secret"
    assert marking_in(line) == "Top Secret"
    assert marking_in("the matter was kept, top secret") is None  # running words in lower case


def test_a_russian_copy_register_and_a_title_glued_to_its_name():
    from chancery.sources.page.copies import numbered_copies

    entries, _ = numbered_copies(["Экз.N 1—тов.Сталину", "Экз.N 2—тов.Молотову"])
    assert [(e.agent.name, e.copy_number) for e in entries] == [("Сталину", 1), ("Молотову", 2)]
    assert parse_agent("Cde.Stalin").name == "Stalin"


def test_a_wires_number_then_its_day_or_the_editors_date():
    line = read_dateline("Cablegram 58, 7 June 1941")
    assert (line.number, line.date.value) == ("58", "1941-06-07")
    line = read_dateline("Cablegram 185 [25 February 1949], 8.08 p.m.")
    assert (line.number, line.date.value, line.time) == ("185", "1949-02-25", "20:08")
    assert read_dateline("Cablegrams 87, 284 CANBERRA, 10 March 1947").number == "87, 284"


def test_a_day_is_no_ones_name():
    assert parse_agent("October 8") is None and parse_agent("18 July 1977") is None
    assert parse_agent("Makins2").name == "Makins"  # a note's number glued to a name stays a name


def test_a_hungarian_ciphers_close_its_number_between_dashes_then_the_signer():
    from chancery.sources.page.signature import name_line

    assert name_line("– 152 – János Barabás –").name == "János Barabás"
    assert name_line("-43- Orlov-").name == "Orlov"


def test_an_editors_office_over_a_whole_name_and_a_second_label_after_a_semicolon():
    from chancery.sources.page.conversation import note_takers
    from chancery.sources.page.present import participant

    assert parse_agent("[Private Adviser to Prince Sihanouk] Penn Nouth").name == "Penn Nouth"
    assert parse_agent("[Foreign Minister Adam] RAPACKI").name == "Adam Rapacki"
    assert participant("Yang Lin (Assistant Bureau Director, General Bureau)").name == "Yang Lin"
    assert names(note_takers("Interpreter:  He Zhenliang; Notetakers:  Zhang Duanji, Feng Kexiang")) == [
        "Zhang Duanji",
        "Feng Kexiang",
    ]


def test_a_transcriptions_heading_gives_the_day_when_no_date_line_does(read):
    text = (
        "Report from the British Ambassador, Sir Alvary Gascoigne, to the Secretary of State, describing the "
        "public's reaction in Moscow, 16 March 1953\n\nCONFIDENTIAL\n\nSir,\n\nIn my despatch No. 33 of 12th "
        "March I had the honour to report on the funeral.\n"
    )
    assert read(text)["date"] == "1953-03-16"


def test_comrades_hailed_with_completions_and_a_body_name_all_the_addressees(read, page_text):
    body = (
        "Comrades Chairman [Mao Zedong], [Liu] Shaoqi, and the Central Committee,\n\n"
        "Eden came to visit me on the morning of the 19th, mainly to discuss the proposal on Laos."
    )
    title = "Telegram, Zhou Enlai to Mao Zedong and Others, Regarding Eden"
    record = read(page_text("June 22, 1954", title, body))
    assert [a["name"] for a in record["recipients"]] == ["Mao Zedong", "Liu Shaoqi", "Central Committee"]


def test_a_journal_names_those_who_told_the_keeper_or_talked_with_him(read, page_text):
    body = (
        "JOURNAL\nof Soviet Ambassador in the DPRK I. P. Sokolov for the period 1 through 30 May 1959\n"
        "Pyongyang\n\n12 May 1959\n"
        "Ri Sang-ho confidentially informed [me] that the delegation had returned from Moscow.\n"
        "In a conversation with me Kang Il-bok said that the harvest would be late.\n"
        "In a conversation with Polish Ambassador Jan Kowal, I asked about the trade talks.\n"
        "By previous agreement I went fishing with Mongolian Ambassador Cde. Dorj.\n"
        "Yesterday the minister told me nothing new.\n"
    )
    title = "Journal of Soviet Ambassador in the DPRK I. P. Sokolov for 12 May 1959"
    record = read(page_text("May 12, 1959", title, body))
    assert record["doc_type"] == "diary"
    assert [a["name"] for a in record["participants"]] == [
        "I. P. Sokolov",
        "Ri Sang-ho",
        "Kang Il-bok",
        "Jan Kowal",
        "Dorj",
    ]


def test_companions_by_an_office_in_the_plural_and_a_role_in_brackets():
    from chancery.sources.page.conversation import attendance, met_by_writer
    from chancery.sources.page.present import participant

    text = (
        "I was at a dinner given by the minister together with Counsellors V. I. Orlov, M. Ye. Belov, and "
        "N. M. Sergeev, Military Attaché A. A. Titov and [our] wives.\n"
    )
    assert names(attendance(text)) == ["V. I. Orlov", "M. Ye. Belov", "N. M. Sergeev", "A. A. Titov"]
    # a body is no company, whatever office its clause names
    assert attendance("I returned together with a delegation which had met Marshal A. B. Grechko.\n") == []
    assert names(met_by_writer("I visited Pak Tong-su with Counsellor Orlov and an instructor.")) == [
        "Pak Tong-su",
        "Orlov",
    ]
    assert participant("Deputy Chief of the Department Choe Won-sik (as interpreter)").name == "Choe Won-sik"


def test_a_cabinets_list_of_members_run_into_one_line_with_those_also_present():
    from chancery.sources.page.conversation import present

    text = (
        "SECRET C.M. (57) 3rd Conclusions CABINET CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing "
        "Street, S.W.1, on Tuesday, 8th January, 1957, at 11 a.m. Present: The Right Hon. HAROLD MACMILLAN, "
        "M.P., Prime Minister (in the Chair). The Most Hon. the MARQUESS OF SALISBURY, Lord President of the "
        "Council. The Right Hon. R. A. BUTLER, M.P., Secretary of State for the Home Department. The Right "
        "Hon. SELWYN LLOYD, Q.C., M.P., Secretary of State for Foreign Affairs. The following were also "
        "present: The Right Hon. EDWARD HEATH, M.P., Parliamentary Secretary, Treasury. Secretariat: Sir "
        "NORMAN BROOK. CONTENTS Minute No. 1 Foreign Affairs."
    )
    assert names(present(text)) == [
        "Harold Macmillan",
        "Marquess of Salisbury",
        "R. A. Butler",
        "Selwyn Lloyd",
        "Edward Heath",
    ]


def test_a_title_attaching_a_draft_and_a_qualifier_before_the_genre_name_no_one():
    facts = read_title("Telegram from Orlov and Belov to Stalin, attaching draft cable to Ivanov")
    assert (names(facts.authors), names(facts.recipients)) == (["Orlov", "Belov"], ["Stalin"])
    assert read_title("Explanatory Report on the Visit of the Chairman").authors == []
    facts = read_title("USSR Embassy in Mexico, 'Informational Letter on Mexican-American Relations'")
    assert names(facts.authors) == ["USSR Embassy in Mexico"]


def test_the_comrade_a_paper_is_addressed_to_over_its_text():
    from chancery.sources.page.people import _addressee_line

    hailed = _addressee_line("[Foreign Affairs] Minister, Cde. Ion Marin,", "")
    assert (hailed.name, hailed.office) == ("Ion Marin", "Foreign Affairs Minister")
    assert _addressee_line("Cde. Vasile Dinu, Deputy Minister", "").name == "Vasile Dinu"
    over = _addressee_line("Comrade Foreign Minister", "Janos Kiss")
    assert (over.name, over.office) == ("Janos Kiss", "Foreign Minister")
    hail = _addressee_line("Comrade [Foreign Minister] Ante [Horvat]. Talks with Silva on the 26th.", "")
    assert hail.name == "Ante Horvat"
    assert _addressee_line("Comrade Arpad Pulai and", "") is None  # the line goes on
    assert _addressee_line("Comrade ad interim chargé d'affaires", "") is None  # an office, no name
    assert _addressee_line("Comrade Kim said that the talks went well.", "") is None  # the text


def test_a_second_papers_genre_after_the_addressee_and_an_initial_glued_to_its_name():
    facts = read_title("Letter to Minister of Interior Jan Novak, Report on 'Business Trip to Guyana'")
    assert names(facts.recipients) == ["Jan Novak"]
    assert parse_agent("T.Zhivkov").name == "T. Zhivkov"
    assert same_person(parse_agent("T.Zhivkov"), parse_agent("COMRADE TODOR ZHIVKOV"))


def test_a_numbered_form_line_an_issuers_words_and_a_hand_name_the_genre(read):
    from chancery.sources.page.genre import _genre_line

    assert _genre_line(["Cablegram A39", "TOP SECRET PERSONAL", "Reference our telegram A36."]) == "cable"
    assert _genre_line(["Cablegram [Johcu 28] [1] CANBERRA, 20 March 1942", "I told you ..."]) == "cable"
    assert _genre_line(["Cablegram unnumbered SS ORONSAY, 4 May 1950"]) == "cable"
    assert _genre_line(["Report 12 of the Committee was read and the members agreed to it."]) is None
    assert read_title("Foreign Office Memorandum (1)").doc_type == "memorandum"
    assert read_title("Longhand Note of President Harry S. Truman, June 1, 1951").doc_type == "note"


def test_where_a_wire_came_from_and_was_received(read, page_text):
    body = (
        "Level: Urgent / From the Moscow Desk / Received (65) No. 524\n\n"
        "The Vietnamese students said that the incident had laid bare the reality of revisionism.\n"
    )
    record = read(page_text("March 7, 1965", "Cable from the Chinese Embassy, 'Vietnamese Students'", body))
    assert [(p["name"], p["role"]) for p in record["places"]] == [("Moscow", "sent_from")]
    body = (
        "Telegram\n\nBERLIN, August 3, 1939-3:47 p. m.\nReceived Moscow, August 4, 1939-4:30 a. m.\n\n"
        "No. 166 of August 3\n\nFor the Ambassador personally. I spoke with the chargé today.\n"
    )
    record = read(page_text("August 3, 1939", "The Reich Foreign Minister to the German Embassy", body))
    assert [(p["name"], p["role"]) for p in record["places"]] == [
        ("Berlin", "sent_from"),
        ("Moscow", "sent_to"),
    ]


def test_an_office_at_a_post_of_two_words_before_the_name_and_the_translators_bracketed_i(read, page_text):
    agent = parse_agent("Soviet Ambassador to North Korea Vasily Orlov")
    assert (agent.name, agent.office) == ("Vasily Orlov", "Soviet Ambassador to North Korea")
    assert parse_agent("Ambassador to the United States John Smith").name == "John Smith"
    body = (
        "4 September 1963\n\n[I] was present at the reception given by the First Deputy Chairman, Kim Il.\n\n"
        "Kim Il said that the friendship between the two peoples has great meaning.\n"
    )
    title = "Record of Conversation between Soviet Ambassador to North Korea Vasily Orlov and Kim Il"
    record = read(page_text("September 4, 1963", title, body))
    assert [a["name"] for a in record["authors"]] == ["Vasily Orlov"]


def test_a_wilson_copy_stripped_of_its_skip_link_starts_on_the_sites_date_line_and_title(read):
    text = (
        "July 24, 1968\nP. Orlov Reports on a Meeting Between Ukrainian and Slovak Party Officials\n"
        "C P S U C C\nThe Oblast party committee reported that on 16 July a meeting along the border took "
        "place between the second secretaries of the two committees.\n"
    )
    record = read(text)
    assert record["source_layout"] == "wilson-center"
    assert record["title"] == "P. Orlov Reports on a Meeting Between Ukrainian and Slovak Party Officials"
    # a letter dated at its head is no archive's page: its salutation is no title
    letter = read("July 24, 1968\nDear Sir,\nI write to thank you for the books you sent me last week.\n")
    assert letter["source_layout"] != "wilson-center"


def test_a_writer_who_reports_on_something_wrote_a_report():
    facts = read_title("P. Orlov Reports on a Meeting Between Ukrainian and Slovak Party Officials")
    assert (facts.doc_type, names(facts.authors)) == ("report", ["P. Orlov"])


def test_a_copy_count_list_ends_at_the_papers_genre_set_alone_even_letter_spaced():
    lines = ["5 Copies", "1st Copy - Comrade Mielke", "M E M O R A N D U M", "Regarding a meeting"]
    assert [e.agent.name for e in distribution(read_blocks(lines))] == ["Mielke"]
    assert distribution(read_blocks(["5 Copies", "Note", "On a Meeting of Minister X"])) == []


def test_a_partys_central_body_alone_over_the_text_is_its_addressee(read, page_text):
    body = "CC CPSU\nThe USSR Ambassador to the DRV reports that the advisers have arrived in Hanoi.\n"
    record = read(page_text("May 4, 1955", "Telegram from V. Orlov on Chinese-Vietnamese Relations", body))
    assert [a["name"] for a in record["recipients"]] == ["CC CPSU"]
    # a department's letterhead names its sender, not the body it belongs to
    body = "CPSU Central Committee International Department\nThe delegation arrived on 3 May.\n"
    record = read(page_text("May 4, 1955", "Memorandum on the Delegation", body))
    assert record["recipients"] == []


def test_a_journals_heading_set_beside_its_marking_has_its_keeper_on_a_later_line():
    from chancery.sources.page.conversation import note_taker

    text = "From the diary of Top Secret\nN. V. Orlov 6 May 1951\nNo. 65\nMemorandum of Conversation\n"
    assert note_taker(text).name == "N. V. Orlov"
    text = (
        "FROM THE JOURNAL OF [stamp of N. T.   SECRET\n1st Secretary Popov's   Copy Nº 1\n"
        "I. S. Belov Secretariat:\n"
    )
    assert note_taker(text).name == "I. S. Belov"


def test_an_evaluation_an_overview_and_a_summation_are_reports():
    assert (
        read_title("GDR Embassy in Sofia, 'Evaluation on the Visit of the Delegation'").doc_type == "report"
    )
    assert read_title("Summation of Informers from the Oblast").doc_type == "report"


def test_an_editions_heading_run_into_its_date_line_with_the_hour_after_the_years_stop(read):
    text = (
        "No. 248 :\nM. Durand, French Ambassador in Berlin, to M. Georges Martin, Minister for Foreign "
        "Affairs. Berlin, August 26, 1939. 1.40 a.m.\n\n(Received at 9.55 a.m.)\n\nMY British colleague has "
        "left for England to explain the overtures verbally.\n"
    )
    record = read(text)
    assert record["date"] == "1939-08-26"
    assert record["title"].startswith("M. Durand, French Ambassador in Berlin, to M. Georges Martin")
    assert [p["name"] for p in record["places"]][:1] == ["Berlin"]
    assert read_dateline("Paris, September 3, 1939. 10.20 a.m.").time == "10:20"


def test_a_numbered_cipher_and_a_telephone_message_are_telegrams():
    assert read_title("Cipher No. 6247").doc_type == "telegram"
    assert read_title("Telephone Message via VCh, Kim Il Sung to Stalin").doc_type == "telegram"
    assert read_title("Telephonogram from Beria to Molotov").doc_type == "telegram"


def test_a_talk_that_took_place_between_two_and_the_talk_named_again_before_its_parties():
    facts = read_title(
        "Note regarding the Personal Conversation that took place between Ion Popa and Anwar Ali, Monday, "
        "3 April 1972, in Cairo"
    )
    assert names(facts.participants) == ["Ion Popa", "Anwar Ali"] and facts.places == ["Cairo"]
    facts = read_title(
        "Minutes of Conversation of the Separate Discussion between Ion Popa and Anwar Ali, in Cairo"
    )
    assert names(facts.participants) == ["Ion Popa", "Anwar Ali"]
    facts = read_title(
        "Note from N. Orlov to the CPSU CC Presidium regarding conversations with Yugoslav leaders"
    )
    assert names(facts.authors) == ["N. Orlov"] and facts.participants == []


def test_companions_by_an_office_before_or_after_the_name():
    from chancery.sources.page.conversation import attendance

    text = (
        "Marshal Zhu De, accompanied by the PRC Ambassador to the Soviet Union, Liu Xiao, and CCP Politburo "
        "member Kang Sheng, arrived at the Kremlin.\n\nThe ambassador arrived, accompanied by Hoa Tu Truc, "
        "the second secretary of that embassy.\n"
    )
    assert names(attendance(text)) == ["Liu Xiao", "Kang Sheng", "Hoa Tu Truc"]
    assert attendance("The minister arrived, accompanied by his wife.\n") == []
