"""Lists of those present: ranks' headings between blank lines, sides by a body spelled out, offices first."""

from __future__ import annotations

from chancery.sources.page.present import _flat_row, label_of, participant, present


def names(text: str) -> list[str]:
    return [a.name for a in present(text)]


def test_a_ranks_heading_after_a_blank_line_goes_on_with_the_list():
    text = (
        "Present:\n"
        "\n"
        "Comrade Antonín Novotný, President of the Republic,\n"
        "\n"
        "Comrade Viliam Široký, Chairman of the Government,\n"
        "\n"
        "\n"
        "Deputy ministers\n"
        "\n"
        "Comrade Jiří Hájek, First Deputy Minister of Foreign Affairs,\n"
        "\n"
        "Invited in absentia of their ministers\n"
        "\n"
        "Comrade Otakar Šimůnek, Chairman of the State Planning Commission\n"
        "\n"
        "1. The government approved the agenda."
    )
    assert names(text) == ["Antonín Novotný", "Viliam Široký", "Jiří Hájek", "Otakar Šimůnek"]


def test_a_side_by_a_body_spelled_out_in_brackets():
    assert label_of("from the MfS [Ministry for State Security]:") is not None
    assert label_of("For the StB [State Security]:") is not None
    text = (
        "from the KGB:\n\nComrade Army General Andropov\n\nComrade Major General Ivanov\n\n\n"
        "for the StB [State Security]:\n\nComrade Colonel Novák\n\nComrade Major Dvořák\n\n\n"
        "The talks began at 10 a.m."
    )
    assert names(text) == ["Andropov", "Ivanov", "Novák", "Dvořák"]
    assert label_of("From the Sea [of Japan]: we saw ships.") is None


def test_an_office_then_its_holder_after_a_comma():
    assert names("Chinese in Attendance: Director-General, Huang Hua; Pu Shouchang (interpreter)") == [
        "Huang Hua", "Pu Shouchang",
    ]  # fmt: skip
    agent = participant("Ambassador, Anatoly F. Dobrynin")
    assert agent is not None and agent.name == "Anatoly F. Dobrynin"
    agent = participant("Kennedy, John F.")  # a name turned round is still one
    assert agent is not None and agent.name == "John F. Kennedy"
    assert participant("Director, Office of Soviet Union Affairs") is None


def test_two_men_each_with_his_office_after_a_comma():
    text = "Present: Ri Jong-ok, Premier of the Administrative Council, and Kim Yong-nam, Foreign Minister"
    assert names(text) == ["Ri Jong-ok", "Kim Yong-nam"]
    assert names("Participants: The Secretary and Mr. Walter Dowling, SE") == ["Walter Dowling"]


def test_an_office_described_with_an_article_names_no_one():
    assert participant("the Cs. Ambassador to the DPRK") is None
    agent = participant("the Soviet Ambassador c. Moskovskyi")
    assert agent is not None and agent.name == "Moskovskyi"


def test_sides_by_their_capitals():
    text = "From Seoul: Chung Hong-jin, Song Chong-yong\nFrom Pyongyang: Kim Tok-hyon, Ri Hyok\n\nText."
    assert names(text) == ["Chung Hong-jin", "Song Chong-yong", "Kim Tok-hyon", "Ri Hyok"]
    text = "From Hanoi:\nXuan Thuy, Minister\nHa Van Lau\n\nFrom Vientiane:\nPhoumi Vongvichit\n\nText."
    assert names(text) == ["Xuan Thuy", "Ha Van Lau", "Phoumi Vongvichit"]
    assert names("From Moscow: the situation remains tense.") == []
    assert label_of("From Kim: I agree with it.") is None


def test_a_column_of_participants_run_onto_one_line():
    text = (
        "PARTICIPANTS: The Secretary The Ambassador of Poland Mr. Jan Wiśniewski, Counselor, Embassy of "
        "Poland The Assistant Secretary Mr. Foy D. Kohler, EUR"
    )
    assert names(text) == ["Jan Wiśniewski", "Foy D. Kohler"]
    assert names("Participants: The Secretary The Yugoslav Ambassador Dr. Ales Bebler, SOV") == [
        "Ales Bebler"
    ]
    assert names("Present: Mr. Smith, Director of The Office of Research") == ["Smith"]


def test_an_office_and_its_state_name_no_one():
    assert participant("The Italian Ambassador") is None
    assert participant("Soviet Ambassador") is None
    agent = participant("Soviet Ambassador Dobrynin")
    assert agent is not None and agent.name == "Dobrynin"


def test_an_office_after_a_name_in_lower_case_with_no_comma():
    text = (
        "From the DPRK: Comrade Pak Seong-cheol, premier, Ho Dam [Heo Dam] member of the Political "
        "Committee of the CC, minister of foreign affairs, Kim Yeong-nam, secretary of the CC"
    )
    assert names(text) == ["Pak Seong-cheol", "Ho Dam", "Kim Yeong-nam"]


def test_a_list_item_of_prose_or_a_date_names_no_one():
    from chancery.sources.page.present import participant

    assert participant("17 December 1940 Sir John Maffey") is None
    assert participant("who had recently arrived in Urumchi") is None
    assert participant("Charles de Gaulle").name == "Charles de Gaulle"


def test_others_present_and_also_present_are_headings():
    assert names("OTHERS PRESENT\nMr. John Smith\nMr. Paul Jones\n\nThe meeting began.") == [
        "John Smith",
        "Paul Jones",
    ]
    assert names("Also present\nMr. John Smith\n\nThe meeting began.") == ["John Smith"]


def test_a_run_of_bulleted_persons_without_its_label():
    from chancery.sources.page.people import _bulleted_people

    body = [
        "RECORD OF A MEETING",
        "",
        "• Prime Minister Macmillan",
        "• Sir Norman Brook, Permanent Secretary of the Treasury",
        "• The President",
        "• Mr. Dean Rusk",
        "",
        "The Prime Minister opened the meeting.",
    ]
    assert [a.name for a in _bulleted_people(body)] == ["Macmillan", "Norman Brook", "Dean Rusk"]
    assert _bulleted_people(["• Mr. Dean Rusk", "• Mr. John Smith", "", "Text."]) == []  # two are no list


def test_an_unlabelled_list_of_comrades_with_their_offices():
    from chancery.sources.page.people import _bulleted_people

    body = [
        "Note about a “Club Talk” of the Ambassadors",
        "",
        "Comrade Halasz, Ambassador of the Hungarian People’s Republic",
        "Comrade Kohoušek, Ambassador of the Czechoslovak Socialist Republic",
        "Comrade Yelisavetin, Acting Ambassador of the USSR",
        "2 interpreters",
        "",
        "I. On Relations PR China-Soviet Union, Socialist Countries:",
    ]
    assert [a.name for a in _bulleted_people(body)] == ["Halasz", "Kohoušek", "Yelisavetin"]


def test_a_note_about_a_talk_in_quotes_records_a_conversation():
    from chancery.sources.page.doc_types import doc_type_of

    assert doc_type_of("Note about a “Club Talk” of the Ambassadors") == "record_of_conversation"


def test_attendance_in_sentences_ending_on_a_colon():
    text = (
        "The following Albanian comrades took part in the meeting: Comrade Ramiz Alia, "
        "Comrade Rahman Perllaku.\n\n"
        "The Chinese side was [also] represented by: Comrade Zhou Enlai, Comrade Kang Sheng.\n\n"
        "The talk began at about 4:15 p.m."
    )
    assert names(text) == ["Ramiz Alia", "Rahman Perllaku", "Zhou Enlai", "Kang Sheng"]
    assert names("Present were: Cdes. L. I. Brezhnev, A. N. Kosygin, and A. A. Gromyko.") == [
        "L. I. Brezhnev",
        "A. N. Kosygin",
        "A. A. Gromyko",
    ]


def test_a_receptions_guests_and_its_recording_officials():
    from chancery.sources.page.conversation import note_takers

    text = (
        "Time: Afternoon, 30 September 1962\nPlace: Great Hall of the People\n"
        "Foreign guests: Choe Chang-seok, Delegation Leader; Kim Seok-hyeong, Kim Hyon-suk, Delegation "
        "Members; Ambassador Han Ik-su\nAccompanying persons: Li Dequan, Zhang Zhixiang\n"
        "Interpreter: Han Chang-xi\nRecording officials: Miao Qun, Chen Guozhong"
    )
    names = [a.name for a in present(text)]
    assert {
        "Choe Chang-seok",
        "Kim Seok-hyeong",
        "Han Ik-su",
        "Li Dequan",
        "Miao Qun",
        "Chen Guozhong",
    } <= set(names)
    assert [a.name for a in note_takers(text)] == ["Miao Qun", "Chen Guozhong"]


def test_a_transcripts_head_says_who_took_part_and_who_was_invited():
    from chancery.sources.page.conversation import attendance

    text = (
        "Participating at the meeting are comrades Nicolae Ceausescu, Ion Gheorghe Mauer, Emil Bondaras.\n"
        "Also invited are comrades Stefan Voicu, Vasile Vlad, and Constantin Mitrea.\n"
        "The meeting started at 10:00 am and ended at 12:00 pm."
    )
    assert [a.name for a in attendance(text)] == [
        "Nicolae Ceausescu",
        "Ion Gheorghe Mauer",
        "Emil Bondaras",
        "Stefan Voicu",
        "Vasile Vlad",
        "Constantin Mitrea",
    ]
    assert names("Invited to the meeting : comrades Vasile Musat, Marin Vasile.") == [
        "Vasile Musat",
        "Marin Vasile",
    ]


def test_a_paragraphs_last_sentence_labels_the_list_under_it():
    text = (
        "Today the Prime Minister received the Foreign Minister of Italy, who is paying an official\n"
        "visit to our country. The meeting was attended by:\n"
        "Ivan Bashev[3] – Minister of Foreign Affairs of the PR of Bulgaria;\n"
        "Lambo Teolov[4] – Ambassador Extraordinary and Plenipotentiary of the PR of Bulgaria to Italy;\n"
        "Parvan Chernev[5] – Head of Department IV at the Ministry of Foreign Affairs\n"
        "\n"
        "Comrade Todor Zhivkov: This is your first visit to Bulgaria."
    )
    assert names(text) == ["Ivan Bashev", "Lambo Teolov", "Parvan Chernev"]
    # a sentence that ends on a colon and names no attendance labels nothing
    assert names("We discussed the following. The questions were these:\nLambo Teolov\n") == []


def test_a_councils_attendance_by_office_names_only_the_people_it_names():
    text = (
        "The following were present at the 195th meeting of the National Security Council: The President of "
        "the United States, presiding; the Secretary of State; the Attorney General; the Chairman, Joint "
        "Chiefs of Staff; the Federal Civil Defense Administrator; General Ridgway for the Secretary of the "
        "Army; Robert Cutler, Special Assistant to the President; The Lord Ismay.\n"
    )
    assert names(text) == ["Ridgway", "Robert Cutler", "Ismay"]


def test_a_sides_label_before_a_dash_and_its_people_between_semicolons():
    text = (
        "The talks were attended by:\n"
        "For the Bulgarian side – Ivan Bashev, Minister of Foreign Affairs; Marii Ivanov, Minister of "
        "Machinery construction\n"
        "For the Indian side – Fahrudin Ahmed, Minister of Industry; Surendra Singh, Deputy-Minister, etc.\n"
        "Let me welcome you and your delegation once more and tell you how glad I am to see you.\n"
    )
    assert names(text) == ["Ivan Bashev", "Marii Ivanov", "Fahrudin Ahmed", "Surendra Singh"]
    assert label_of("For the Bulgarian side –") is None  # a dash ending the line labels nothing


def test_the_verb_first_then_each_sides_people_after_a_colon():
    from chancery.sources.page.conversation import attendance

    text = (
        "Taking part in the conversation were, from the Cuban side: Ambassador of Cuba in the USSR Arnoldo "
        "Peres Pinto, and interpreters, and from our side: deputy trade representative Hishigsuren and "
        "interpreters Ilyin and Erdene."
    )
    assert [a.name for a in attendance(text)] == ["Arnoldo Peres Pinto", "Hishigsuren", "Ilyin", "Erdene"]


def test_a_sides_label_in_a_sentences_last_clause_over_a_bulleted_list():
    text = (
        "The CSSR Minister of National Defense received the USSR Defense Minister at his request. Besides "
        "Minister Grechko, the Soviet side was represented by:\n\n"
        "-- Col. Gen. [Alexandr] Maiorov, commander of the Central group of forces in the CSSR,\n\n"
        "-- Maj. Gen. [S. M.] Zolotov, head of the political administration and member of the Military "
        "Council of the Central group of forces in the CSSR.\n\n"
        "Besides the minister of national defense, the Czechoslovak side was represented by:\n\n"
        "-- Col. Gen. M[iroslav] Šmoldas, inspector general of the Czechoslovak People’s Army, deputy "
        "minister.\n\n"
        "Minister [Dzúr]: opened the talks by saying that he had called the army command together.\n"
    )
    assert names(text) == ["Alexandr Maiorov", "S. M. Zolotov", "Miroslav Šmoldas"]


def test_a_cabinets_letter_spaced_present_heading_over_members_in_mixed_case():
    text = (
        "P R E S E N T .\n"
        "The Rt. Hon. Neville Chamberlain, M.P., Prime Minister. (In the Chair)\n"
        "The Right Hon. Sir John Simon, G.C.S.I., G.C.V.O., Chancellor of the Exchequer.\n"
        "The Right Hon. Viscount Halifax, K.G., Secretary of State for Foreign Affairs.\n"
        "The following were also present:\n"
        "The Right Hon. Sir Thomas Inskip, C.B.E., K.C., Secretary of State for Dominion Affairs.\n"
        "1. The Cabinet had before them the situation in Poland and the statement to be made.\n"
    )
    assert names(text)[:3] == ["Neville Chamberlain", "John Simon", "Viscount Halifax"]


def test_a_flattened_table_of_delegations_one_row_a_line(read_record):
    page = "\n".join(
        [
            "Council of Foreign Ministers Files: Lot M–88: CFM London Minutes",
            "Record of Decisions of the Twenty-Ninth Meeting of the Council of Foreign Ministers, Lancaster "
            "House, London, September 30, 1945, 3 p.m.",
            "Present",
            "U.K. U.S.A U.S.S.R",
            "Mr. Bevin Mr. Byrnes (Chairman) M. Molotov",
            "Sir R. I. Campbell Mr. J. Dunn M. F. T. Gousev",
            "France China",
            "M. Couve de Murville Dr. Wellington Koo",
            "General Catroux Dr. Victor Hoo",
            "1. Austria: Ration Scales",
            "The Council asked the Governments to send their representatives telegrams.",
        ]
    )
    record = read_record(page)
    assert (record.doc_type, record.date.value) == ("minutes", "1945-09-30")
    assert [p.name for p in record.participants] == [
        "Bevin", "Byrnes", "Molotov", "R. I. Campbell", "J. Dunn", "F. T. Gousev",
        "Couve de Murville", "Wellington Koo", "Catroux", "Victor Hoo",
    ]  # fmt: skip


def test_a_rank_of_two_words_and_a_middle_initial_split_no_row():
    assert _flat_row("Comrade Lieutenant General Grigorenko") == []
    assert _flat_row("Georgi M. Kornienko, Counselor, Soviet Embassy") == []
    assert _flat_row("Mr. J. M. Smith") == []
    assert _flat_row("Comrade Zimyanin M. V.") == []  # his initials after his name, no second man


def test_each_sides_attendees_labelled_so():
    assert label_of("Chinese side attendees: Comrade Wang Guangmei, Vice Premier Chen Yi").kind == "attending"
    assert label_of("Attendees").kind == "attending"


def test_bulleted_sides_each_over_its_bulleted_people():
    lines = [
        "Participants:",
        "",
        "  • Department of State:",
        "    • Acting Secretary Walter Bedell Smith",
        "    • Mr. Frazer Wilkins, S/P",
        "  • Central Intelligence Agency:",
        "    • Lt. General C. P. Cabell, Deputy Director (with four advisers)",
        "  • Dorr, Hammond, Hand and Dawson:",
        "    • Mr. Goldthwaite H. Dorr",
        "",
        "[The meeting convened at 10:05 a.m.]",
    ]
    names = [p.name for p in present("\n".join(lines))]
    assert names == ["Walter Bedell Smith", "Frazer Wilkins", "C. P. Cabell", "Goldthwaite H. Dorr"]
