"""Who was at a meeting: the lists of those present, their labels and layouts, and attendance in sentences."""

from __future__ import annotations

from chancery.sources.page.conversation import attendance, met
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
