"""Places, conversations and mentioned people: the smaller layers."""

from __future__ import annotations

from chancery.model import Agent, Record
from chancery.sources.page.conversation import note_taker, present
from chancery.sources.page.mentions import mentioned_persons
from chancery.sources.page.places import city_of_address, make_place, place_name


def test_place_names_and_variants():
    place = make_place("Ghulja [Yining]", "sent_from")
    assert (place.name, place.as_written, place.variants) == ("Ghulja", "Ghulja [Yining]", ["Yining"])
    assert place_name("URUMCHI") == "Urumqi" and place_name("Alma-Ata") == "Alma-Ata"
    assert make_place("1945", "sent_from") is None
    # a letterhead's post before its city on a date line: the city
    assert make_place("Polish Embassy Beijing", "sent_from").name == "Beijing"
    assert make_place("Consulate General in Hue", "sent_from").name == "Hue"


def test_address_lines():
    assert city_of_address("160 Fifth Avenue, Room 809, New York, N.Y. 10010") == "New York"
    assert city_of_address("Washington, D.C. 20520") == "Washington, D.C."
    assert city_of_address("Moscow") is None


def test_note_taker_and_present():
    text = (
        "(Our ambassador to the People's Republic of China, comrade Reis Malile, also attended for our side "
        "and took the notes below.)\nPresent for the Chinese side: comrade Chen Yi, Deputy Chairman of the "
        "Council of State; comrade Zhou Enlai, Premier; and comrade Luo Shigao, ambassador."
    )
    assert note_taker(text).name == "Reis Malile"
    assert [a.name for a in present(text)] == ["Chen Yi", "Zhou Enlai", "Luo Shigao"]
    assert note_taker("Recorded by: Li Yueran").name == "Li Yueran"
    assert note_taker("From the diary of\nP. F. YUDIN\n").name == "P. F. Yudin"
    assert note_taker("Nobody wrote this down.") is None


def test_mentioned_persons_skip_the_people_in_roles():
    record = Record(id="x", authors=[Agent(name="Liu Shaoqi")])
    text = (
        "Cde. Deng Liqun leads the group with Cde. Peng Dehuai; "
        "I have sent wishes to dear Petr Andreyevich. Cde. Liu Shaoqi"
    )
    found = mentioned_persons(text, record)
    assert [a.name for a in found] == ["Deng Liqun", "Peng Dehuai", "Petr Andreyevich"]


def test_participants_under_their_label():
    text = (
        "PARTICIPANTS: Zhou Enlai, Premier\nHenry A. Kissinger, Assistant to the President\n\nSUBJECT: Talks"
    )
    assert [a.name for a in present(text)] == ["Zhou Enlai", "Henry A. Kissinger"]


US_MEMCON = """DATE AND TIME: October 18, 1962, 10:30 p.m.
PLACE: Secretary's Office

PARTICIPANTS:
United States
Dean Rusk, Secretary of State
William D. Krimer, Interpreter (notetaker)

USSR
Anatoly F. Dobrynin, Ambassador of the USSR
Georgi M. Kornienko, Counselor, Soviet Embassy

SUBJECT: Soviet Statements on Cuba

The Ambassador said he had been instructed to give the Secretary an account of the talk."""


def test_participants_block_with_two_sides_and_a_notetaker():
    assert [a.name for a in present(US_MEMCON)] == [
        "Dean Rusk",
        "William D. Krimer",
        "Anatoly F. Dobrynin",
        "Georgi M. Kornienko",
    ]
    assert note_taker(US_MEMCON).name == "William D. Krimer"


def test_present_as_a_list_of_names():
    text = (
        "Present: Walter Ulbricht, Otto Grotewohl, Erich Honecker and Willi Stoph\n\nChair: Walter Ulbricht"
    )
    assert [a.name for a in present(text)] == [
        "Walter Ulbricht",
        "Otto Grotewohl",
        "Erich Honecker",
        "Willi Stoph",
    ]
    assert [a.name for a in present("Korean side present: Choe Yong-geon, Pak Kum-chol")] == [
        "Choe Yong-geon",
        "Pak Kum-chol",
    ]
    assert [a.name for a in present("Present: Comrade Kim, Chairman of the Cabinet")] == ["Kim"]


def test_participants_block_after_a_blank_line_and_offices_alone():
    text = "Participants:\n\nPolish side:\nWładysław Gomułka\nEdward Ochab\n\n"
    text += "Soviet side:\nNikita Khrushchev\n\n"
    text += "Comrade Khrushchev: We have come because we are worried about what is happening in Poland today."
    assert [a.name for a in present(text)] == ["Władysław Gomułka", "Edward Ochab", "Nikita Khrushchev"]
    text = "PARTICIPANTS:     The President\n                  Prime Minister Eisaku Sato\n\nDATE: today"
    assert [a.name for a in present(text)] == ["Eisaku Sato"]


def test_present_sides_apart_by_a_semicolon():
    text = "Present: Liu Shaoqi, Zhou Enlai, Zhu De; M.A. Suslov, A.A. Gromyko"
    assert [a.name for a in present(text)] == [
        "Liu Shaoqi",
        "Zhou Enlai",
        "Zhu De",
        "M.A. Suslov",
        "A.A. Gromyko",
    ]


def test_sides_named_on_their_lines():
    text = "Japanese side: Prime Minister Tanaka, Foreign Minister Ohira\n"
    text += "Chinese side: Premier Zhou Enlai, Liao Chengzhi"
    assert [a.name for a in present(text)] == ["Tanaka", "Ohira", "Zhou Enlai", "Liao Chengzhi"]


def test_a_posts_city_as_its_telegrams_wrote_it_and_the_sending_field(read_record):
    from chancery.sources.page.places import is_known_place

    assert is_known_place("Rio") and is_known_place("Addis Abeba") and is_known_place("La Paz")
    record = read_record(
        "October 30, 1962\n\nTelegram from Yugoslav Embassy in Rio (Barišić) to Yugoslav Foreign Ministry\n\n"
        "Ministry of Foreign Affairs, FPRY\n\nSending: Rio\n\nNo. 412\n\n"
        "The Brazilian side is very pleased with the message, which helped the President act decisively.\n",
    )
    assert "Rio de Janeiro" in [p.name for p in record.places]


def test_a_posts_letterhead_under_an_editors_bracket_writes_a_note_on_a_conversation(read_record):
    record = read_record(
        "Skip to content\n\nDecember 21, 1961\n\n"
        "Note about a Conversation with Comrade Kohousek, Ambassador of Czechoslovakia\n\n"
        "This document was made possible with support from ROK Ministry of Unification\n\n"
        "[SED Central Committee\nDepartment of International Relations\n"
        "SAPMO-BA, archival signature missing]\n"
        "GDR Embassy in DPRK\nPyongyang, 21 December 1961\n"
        "about a Conversation with Comrade Kohousek, Ambassador of Czechoslovakia,\non 19 December 1961\n"
        "Comrade Kohousek had invited me to this conversation to learn more about our Plenum.\n"
    )
    assert [a.name for a in record.authors] == ["GDR Embassy in DPRK"]


def test_the_comrade_who_relays_what_follows_wrote_the_telegram(read_record):
    record = read_record(
        "Secret Telegram No. 3638/IV\nFrom Moscow to Warsaw, December 18, 1980\n"
        "To [Foreign Minister] Comrade Czyrek:\nComrade Olszowski relays the following:\n"
        "Based on the talks with Oleg Rakhmanin, the Soviets know that the unions have travelled to China.\n"
    )
    assert [a.name for a in record.authors] == ["Olszowski"]
    assert [a.name for a in record.recipients] == ["Czyrek"]


def test_a_bodys_letterhead_over_its_resolution_is_its_author(read_record):
    record = read_record(
        "Skip to content\n\nDecember 15, 1980\n\n"
        "Resolution on Policy Guidelines for the Struggle against Spies in the New Situation\n\n"
        "This document was made possible with support from Leon Levy Foundation\n\n"
        "[Page 39]\nMinistry of Interior, Socialist Republic of Vietnam\nIndependence - Freedom - Happiness\n"
        "No. 01/BNV\nHanoi, 15 December 1980\nResolution\n"
        "on Policy Guidelines for the Struggle against Spies in the New Situation\n"
        "I-Situation and Missions\n"
        "1) Over the past few years spies have worked on vicious and cunning plans to undermine our work.\n"
        "2) They have tried to sow division among the people, and to gather information on our defence.\n"
    )
    assert [a.name for a in record.authors] == ["Ministry of Interior, Socialist Republic of Vietnam"]


def test_the_name_over_a_hungarian_reports_copy_count_is_its_writer(read_record):
    record = read_record(
        "Barity Miklós\nTop Secret!\nProduced in 8 copies for:\n- Comrade Puja\n- Comrade Marjai\n- Own\n"
        "Subject: Visit of the Korean ambassador\n"
        "On August 10, at his request, I received the DPRK's ambassador, who handed over a resolution.\n"
        "He also thanked us for our help and asked for further help in their struggle for unification.\n"
    )
    assert [a.name for a in record.authors] == ["Miklós Barity"]
