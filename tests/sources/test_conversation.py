"""Who was at a meeting: the lists of those present, their labels and layouts, and attendance in sentences."""

from __future__ import annotations

from chancery.sources.page.conversation import attendance, met, parties
from chancery.sources.page.present import label_of, present


def names(text: str) -> list[str]:
    return [a.name for a in present(text)]


def test_labels_of_chairs_ranks_and_sides_by_state():
    text = (
        "Chaired by: Cde. L. I. BREZHNEV\n"
        "Attended by:\n"
        "Members of the Politburo of the CC CPSU: Cdes. Yu. V. Andropov, A. A. Gromyko and A. N. Kosygin\n"
        "Candidate members of the Politburo: P. N. Demichev\n"
        "Secretaries of the CC: K. V. Rusakov\n"
        "Absent: Cde. M. A. Suslov (ill)."
    )
    assert names(text) == [
        "L. I. Brezhnev", "Yu. V. Andropov", "A. A. Gromyko", "A. N. Kosygin", "P. N. Demichev",
        "K. V. Rusakov",
    ]  # fmt: skip
    text = "For the GDR:\nComrade Erich Mielke – Minister for State Security\n\nFor the USSR: V. A. Kryuchkov"
    assert names(text) == ["Erich Mielke", "V. A. Kryuchkov"]
    assert names("For the HPR: J. Kádár\nInterpreter(s): Zhang Wentian and Ye Jianying") == [
        "J. Kádár", "Zhang Wentian", "Ye Jianying",
    ]  # fmt: skip


def test_a_speakers_turn_is_no_label():
    assert label_of("Chairman: I declare the session of the Politburo open.") is None
    assert label_of("For the rest: we shall see what the Americans do.") is None
    assert label_of("(Interpreter: Yan Mingfu)").value == "Yan Mingfu"


def test_names_hanging_under_the_label_and_sides_apart():
    text = (
        "PARTICIPANTS:     Dean Rusk, Secretary of State\n"
        "                  Llewellyn E. Thompson\n"
        "\n"
        "                  Anatoly F. Dobrynin, Ambassador of the USSR\n"
        "\n"
        "SUBJECT: Cuba"
    )
    assert names(text) == ["Dean Rusk", "Llewellyn E. Thompson", "Anatoly F. Dobrynin"]


def test_two_sides_in_columns_are_read_a_column_at_a_time():
    text = (
        "PARTICIPANTS:\n"
        "U.S.                      USSR\n"
        "The Secretary             Foreign Minister Gromyko\n"
        "Ambassador Thompson       Ambassador Dobrynin\n"
        "Mr. Akalovsky\n"
        "\n"
        "DATE: July 2, 1962"
    )
    assert names(text) == ["Thompson", "Akalovsky", "Gromyko", "Dobrynin"]


def test_a_wrapped_list_and_names_that_share_an_office():
    text = "Present: Cde. E. Mielke, Minister; Cde. W. Stoph,\nMember of the Politburo; and Cde. A. Norden"
    assert names(text) == ["E. Mielke", "W. Stoph", "A. Norden"]
    text = (
        "– from the Chinese side: Qiao Guanhua, Vice Minister; Ding Yuanhong and Deng Gaozhong, translators"
    )
    assert names(text) == ["Qiao Guanhua", "Ding Yuanhong", "Deng Gaozhong"]


def test_a_list_of_surnames_is_no_inverted_name():
    assert names("Interpreters: Mielke, Ulbricht") == ["Mielke", "Ulbricht"]
    assert names("Participants: Sonnenfeldt, Mao Zedong") == ["Sonnenfeldt", "Mao Zedong"]
    assert names("Participants: Kennedy, John F.") == ["John F. Kennedy"]  # one name turned round


def test_titles_offices_alone_and_the_words_of_ranks():
    assert names("Participants: Vice Premier Zhang, The Vice President, Amb. George W. Ball") == [
        "Zhang", "George W. Ball",
    ]  # fmt: skip
    assert names("Present:     The Secretary\n             Amb. Lord\n\nSUBJECT: China") == ["Lord"]
    assert names("Guinean side in attendance: Ibrahim Youla, deputy engineer, Ministry of Posts") == [
        "Ibrahim Youla"
    ]


def test_cabinet_members_and_those_also_present():
    text = (
        "Present: The Right Hon. C. R. ATTLEE, M.P., Prime Minister (in the Chair).\n"
        "The Right Hon. HERBERT MORRISON, M.P., Lord President of the Council.\n"
        "The Right Hon. ERNEST BEVIN, M.P., Secretary of State for Foreign Affairs.\n"
        "The following were also present:\n"
        "The Right Hon. J. P. L. THOMAS, M.P., First Lord of the Admiralty."
    )
    assert names(text) == ["C. R. Attlee", "Herbert Morrison", "Ernest Bevin", "J. P. L. Thomas"]


def test_attendance_in_sentences_with_initials_and_marks():
    text = "F. Puja, E. Sík and Gy. Kállai (interpreter) were also present."
    assert [a.name for a in attendance(text)] == ["F. Puja", "E. Sík", "Gy. Kállai"]
    text = "Present at the talks was Comr. Y[uri]. Andropov.\n\nThe talks were attended by Foy D. Kohler."
    assert [a.name for a in attendance(text)] == ["Yuri Andropov", "Foy D. Kohler"]
    text = (
        "Attended:\nChairman [Liu Shaoqi]\nWang Jiaxiang\n\nComrade Zhu [De] and Kang [Sheng] were present."
    )
    assert [a.name for a in attendance(text)] == ["Zhu De", "Kang Sheng"]


def test_two_entries_of_a_list_are_two_people():
    lines = [
        "PARTICIPANTS:",
        "Dean, Private Secretary",
        "Dean Rusk, Secretary of State",
        "",
        "Comrade Dean: Yes.",
    ]
    assert [a.name for a in met(lines)] == ["Dean", "Dean Rusk"]


def test_the_parties_a_heading_or_a_sentence_names():
    def parties_of(text: str) -> list[str]:
        return [a.name for a in parties(text)]

    assert parties_of("Talks between Comrade Gustáv Husák and Comrade Erich Honecker at Hubertusstock") == [
        "Gustáv Husák", "Erich Honecker",
    ]  # fmt: skip
    assert parties_of("Part 3: Record of Conversation of Marshal Ye and Ustinov") == ["Ye", "Ustinov"]
    text = (
        "Minutes of the conversation between comrades Nicolae Ceausescu, General Secretary of the RCP, and\n"
        "Emil Bodnaras, RCP CC Executive Committee member, [and] with Kim Il Sung, General Secretary of\n"
        "the WPK, and Pak Seong-cheol, Minister of Foreign Affairs."
    )
    assert parties_of(text) == ["Nicolae Ceausescu", "Emil Bodnaras", "Kim Il Sung", "Pak Seong-cheol"]
    text = "In the evening a conversation between Comrades Honecker and Brezhnev was held in the Kremlin."
    assert parties_of(text) == ["Honecker", "Brezhnev"]
    # the place and the date after the last of them are neither
    assert parties_of("Meeting between Kim Il Sung and Todor Zhivkov, Sofia, 3 June 1975") == [
        "Kim Il Sung", "Todor Zhivkov",
    ]  # fmt: skip
    assert parties_of("Conversation between Ho Chi Minh and Zhou Enlai, Hangzhou, 5 July 1963") == [
        "Ho Chi Minh", "Zhou Enlai",
    ]  # fmt: skip
    assert parties_of("Meeting of Enver Hoxha with Mao Zedong\n12 January 1957, Beijing") == [
        "Enver Hoxha", "Mao Zedong",
    ]  # fmt: skip
    # an office in a city is no party's end; an office alone names no one
    assert parties_of(
        "Record of a meeting of c. Novak with the Ambassador of the USSR in Hanoi, Comrade Shcherbakov."
    ) == ["Novak", "Shcherbakov"]
    assert parties_of("Record of conversation between the First Secretary and the Soviet Ambassador") == []
    # a conversation recalled, or one with no parties, is not the record's
    text = "Speaking of his conversation in Moscow with A. Kosygin, Premier Zhou said the talks went badly."
    assert parties_of(text) == []
    assert parties_of("The meeting of the Politburo began at ten.") == []


def test_attendance_in_a_sentence_of_any_subject_and_sentences_that_open_with_it():
    def attending(text: str) -> list[str]:
        return [a.name for a in attendance(text)]

    text = "The dinner took place in the Kremlin and was attended by Comrades Suslov, Ponomarev and Rusakov."
    assert attending(text) == ["Suslov", "Ponomarev", "Rusakov"]
    assert attending("Attended by Cdes. Hoxha, Shehu and Kapo.\n\nThe meeting opened.") == [
        "Hoxha", "Shehu", "Kapo",
    ]  # fmt: skip
    text = "The talks began at ten. In attendance were Le Duan, First Secretary, and Truong Chinh."
    assert attending(text) == ["Le Duan", "Truong Chinh"]
    assert attending("Also present was Mr. Llewellyn E. Thompson.") == ["Llewellyn E. Thompson"]
    assert attending("Those present included Ambassador Bohlen and Mr. Akalovsky.") == ["Bohlen", "Akalovsky"]
    # a label's list is present()'s; a crowd names no one
    assert attending("Present: The Right Hon. C. R. ATTLEE, M.P., Prime Minister.") == []
    assert attending("The congress was attended by 300 delegates from 40 countries.") == []
    assert attending("Present at the opening was the whole diplomatic corps.") == []


def test_those_who_came_with_a_man_by_their_titles():
    text = "Col. Nowak paid a farewell call on the Attaché, together with Maj. Lis (Kaesong) and Capt. Bor."
    assert [a.name for a in attendance(text)] == ["Lis", "Bor"]
    assert [a.name for a in attendance("Together with the Soviet Union and Poland we shall act.")] == []


def test_a_man_by_his_title_speaking_at_the_meeting():
    from chancery.sources.page.conversation import speech_subjects

    text = (
        "The deputy attaché, Lt. Col. Pyotr Semyonov, asked about the line. Capt. Hruby described the "
        "incidents.\nMR. MENZIES said that the note was useful.\nDR. EVATT suggested a change."
    )
    assert [a.name for a in speech_subjects(text)] == ["Pyotr Semyonov", "Hruby", "Menzies", "Evatt"]
    # an office may be quoted, not present; a comrade doing something else is no list of names
    assert speech_subjects("President Eisenhower said in 1955 that the matter was closed.") == []
    assert speech_subjects("Comrade Shehu opened the session and spoke about the plan.") == []


def test_a_speakers_heading_over_his_words_and_the_apparatus():
    from chancery.sources.page.conversation import speakers

    turn = ["Cde. Molotov:", "[Proposes to wait.]", "Editor's Note:", "1 [A fragment.]"]
    lines = ["(Bulganin, Kaganovich, Mikoyan)", *turn, *turn]
    assert [a.name for a in speakers(lines)] == ["Molotov"]
    assert speakers(["Comrade Kim: we agree with it.", "The rest is prose."]) == []


def test_a_speakers_initials_once_his_name_is_known_are_no_one_new():
    from chancery.sources.page.conversation import speakers

    lines = [
        "Cde. N. Ceausescu: [spoke of the fund for the parties.]", "Cde. Zhou Enlai: [answered at length.]",
        "Cde. NC: [asked about Pakistan.]", "Cde. ZE: [said the situation was tense.]", "Cde. NC: [agreed.]",
    ]  # fmt: skip
    assert [a.name for a in speakers(lines)] == ["N. Ceausescu", "Zhou Enlai"]


def test_a_delegation_received_named_by_those_who_led_it_or_were_in_it():
    from chancery.sources.page.conversation import attendance

    text = (
        "On September 6, President Kim Il Sung received the state-party delegation led by Comrade Cvijetin "
        "Mijatović together with the delegation of the Yugoslav People's Army led by the Chief of General "
        "Staff, Comrade Potočar. He then received separately the state-party delegation of Comrade C. "
        "Mijatović, Dr. D. Dragosavac and Ambassador Vardžinski."
    )
    assert [a.name for a in attendance(text)][1:] == [
        "Potočar",
        "C. Mijatović",
        "D. Dragosavac",
        "Vardžinski",
    ]


def test_the_writer_spoke_with_someone():
    from chancery.sources.page.conversation import met_by_writer

    found = met_by_writer(
        "I spoke with Tran Hmu Dyk at a lunch the Vietnamese gave for a departing engineer."
    )
    assert [a.name for a in found] == ["Tran Hmu Dyk"]
    assert [
        a.name for a in met_by_writer("We had a conversation with Comrade Pak Seong-cheol in his office.")
    ] == ["Pak Seong-cheol"]


def test_each_sides_people_with_their_offices_between_semicolons():
    text = (
        "Pham Kia Diam [sic; translator's note: spelling unconfirmed], Chief of the Directorate for Foreign "
        "Specialist Matters; Ta Khmu Kan, official of the Department of the USSR and the European Socialist "
        "Countries of the DRV MFA; and others were present from the Vietnamese side. From our side were: "
        "Cdes. V. V. Lysenko; I. K. Ishchenko, Deputy Counsellor for Economic Questions; V. I. Samodin, "
        "newly-arrived representative of the GIU GKEhS in the DRV."
    )
    assert [a.name for a in attendance(text)] == [
        "Pham Kia Diam",
        "Ta Khmu Kan",
        "V. V. Lysenko",
        "I. K. Ishchenko",
        "V. I. Samodin",
    ]


def test_both_sides_listed_before_the_verb_with_their_offices_in_the_plural():
    text = (
        "Discussion began at 16 hours 30 minutes. From the DPRK side deputy minister Jeon Myeong-su, "
        "head of department Choe Sang-muk, deputy heads of department Pae En Je and Kim En Jeb, and from "
        "the MPR side Ambassador O. Tsend, acting heads of department L. Badamragchaa and B. Nachaa, "
        "participated in the discussions."
    )
    assert [a.name for a in attendance(text)] == [
        "Jeon Myeong-su",
        "Choe Sang-muk",
        "Pae En Je",
        "Kim En Jeb",
        "O. Tsend",
        "L. Badamragchaa",
        "B. Nachaa",
    ]
    assert (
        attendance("The reception was attended by representatives of the Institute of Agrarian Reform.") == []
    )


def test_two_people_who_met_in_the_records_first_sentence():
    from chancery.sources.page.conversation import met_by_writer

    text = (
        "On November 16, 1981 Embassy counselor Ts. Narkhuu met, on his own initiative, the Deputy Head "
        "of the USSR MFA Boris Nikolaevich Vereshchagin.\nThey spoke about trade."
    )
    assert [a.name for a in met_by_writer(text)] == ["Ts. Narkhuu", "Boris Nikolaevich Vereshchagin"]
    assert met_by_writer("The delegation met the workers of the plant.") == []


def test_the_headings_second_line_names_the_parties_by_office_and_name():
    text = (
        "with the head of the DRV delegation Comrade Xuan Thuy and the head of the NLFSV delegation Comrade "
        "Tran Buu Kiem at the Paris negotiations"
    )
    assert [a.name for a in parties(text)] == ["Xuan Thuy", "Tran Buu Kiem"]
    assert parties("With the approval of the Politburo the delegation left on Monday.") == []


def test_minutes_of_a_conversation_name_the_two_who_met(read_record):
    record = read_record(
        "Minutes of Conversation between Todor Zhivkov and Aldo Moro, Sofia, 1970\n\nApril 27th, 1970\n"
        "/Stenographic Notes/\n\nToday the Prime Minister of Bulgaria received the Foreign Minister "
        "of Italy, who is paying an official visit to our country. The meeting was attended by:\n"
        "Ivan Bashev – Minister of Foreign Affairs of the PR of Bulgaria;\n\n"
        "Comrade Todor Zhivkov: This is your first visit to Bulgaria. We value your coming very much.\n"
    )
    assert record.doc_type == "record_of_conversation"  # the talk it keeps, as a memorandum of conversation
    assert [a.name for a in record.participants] == ["Todor Zhivkov", "Aldo Moro", "Ivan Bashev"]
    record = read_record(
        "Minutes of Conversation between Todor Zhivkov – Leonid I. Brezhnev, Voden Residence "
        "[Bulgaria]\n\n"
        "Comrade Todor Zhivkov: We are glad to welcome you here again, and to talk over what lies ahead.\n"
    )
    assert "Voden Residence" not in [a.name for a in record.participants]


def test_the_journals_keeper_named_after_the_entrys_date_and_before_its_number(read_record, page_text):
    page = page_text(
        "January 30, 1968",
        "Record of a Conversation with Canadian Ambassador to the USSR R. Ford",
        "from the journal 30 January 1968\n\nof S. P. Kozyrev Nº 128/GS-ns\n\n"
        "Record of a conversation with Canadian Ambassador to the USSR R. Ford\n\n29 January 1968\n\n"
        "I received Ford at his request. Acting on his government's instructions, the Ambassador brought up "
        "the detention of the American ship.",
    )
    record = read_record(page)
    assert [a.name for a in record.authors] == ["S. P. Kozyrev"]


def test_a_chinese_records_minutes_label_over_one_name_is_its_recorder(read_record, page_text):
    page = page_text(
        "September 18, 1956",
        "Summary of Conversation from Chairman Mao Zedong's Reception of the Indonesian Ambassador to China "
        "Soekardjo Wiriopranoto",
        "Foreign Ministry Document\n\nDate: 22 October 1956\n\nMinutes: Xu Cunyao\n\n"
        "On 18 September 1956 Chairman Mao Zedong received Soekardjo Wiriopranoto, the Indonesian Ambassador "
        "to China. The main points of their talk were recorded as below.",
    )
    record = read_record(page)
    assert [a.name for a in record.authors] == ["Xu Cunyao"]
    assert "Xu Cunyao" in [p.name for p in record.participants]
