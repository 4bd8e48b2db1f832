"""Title grammars."""

from __future__ import annotations

import pytest

from chancery.sources.page.title import read_title


def names(agents):
    return [a.name for a in agents]


def test_from_and_to():
    facts = read_title("Telegram from Cde. Yegnarov and Cde. Langvang to Cde. Beria")
    assert facts.doc_type == "telegram"
    assert names(facts.authors) == ["Yegnarov", "Langvang"] and names(facts.recipients) == ["Beria"]


def test_from_for_and_place():
    facts = read_title("Ciphered Telegram No. 32616 from Savel'yev in Urumchi")
    assert (facts.doc_type, names(facts.authors), facts.places) == ("telegram", ["Savel'yev"], ["Urumchi"])
    assert names(read_title("Telegram from Cde. Yegnarov for Cde. Beria").recipients) == ["Beria"]


def test_comma_form_and_bare_to():
    facts = read_title("Telegram, Shtykov to Vyshinskyy")
    assert names(facts.authors) == ["Shtykov"] and names(facts.recipients) == ["Vyshinskyy"]
    facts = read_title("Liu Shaoqi to Cde. G.M. Malenkov")
    assert facts.doc_type == "letter" and names(facts.recipients) == ["G.M. Malenkov"]
    facts = read_title(
        "Note, M. Zimianin to the Central Committee of the CPSU and to Comrade Iu. V. Andropov"
    )
    assert facts.doc_type == "note"
    assert names(facts.recipients) == ["Central Committee of the CPSU", "Iu. V. Andropov"]
    assert facts.recipients[0].kind == "organization"


def test_conversation_participants_and_event_date():
    facts = read_title(
        "Record of a Conversation between Soviet Ambassador in China A. A. Petrov and "
        "General Zhang Zhizhong on 7 January 1947"
    )
    assert facts.doc_type == "record_of_conversation"
    assert names(facts.participants) == ["A. A. Petrov", "Zhang Zhizhong"]
    assert facts.event_date.value == "1947-01-07"
    assert not facts.authors


def test_conversation_with_and():
    facts = read_title(
        "Memorandum of Conversation between First Vice Premier Hysni Kapo and Albanian Labor Party "
        "Politburo Member Ramiz Alia with PRC Premier Zhou Enlai"
    )
    assert names(facts.participants) == ["Hysni Kapo", "Ramiz Alia", "Zhou Enlai"]


def test_body_of_and_by():
    facts = read_title("Excerpt on Xinjiang from Minutes No. 40 of the VKP(b) CC Politburo Meetings")
    assert facts.doc_type == "resolution" and names(facts.authors) == ["VKP(b) CC Politburo"]
    assert names(read_title("Speech by Mao Zedong at the Supreme State Conference").authors) == ["Mao Zedong"]
    diary = read_title("Diary of Nehru, Jawaharlal")
    assert diary.doc_type == "diary" and names(diary.authors) == ["Jawaharlal Nehru"]
    assert read_title("Resolution of the CPSU CC Presidium on Korea").authors[0].kind == "organization"


def test_memo_for_from_and_parenthesised_person():
    facts = read_title("Memorandum for Mr. Henry A. Kissinger, the White House, from Theodore L. Eliot, Jr.")
    assert names(facts.recipients) == ["Henry A. Kissinger"] and facts.authors[0].name.startswith(
        "Theodore L. Eliot"
    )
    facts = read_title("Telegram from Polish Embassy in Havana (Jeleń), 30 October 1962")
    assert names(facts.authors) == ["Jeleń"] and facts.authors[0].affiliation == "Polish Embassy in Havana"


def test_quoted_subject_and_no_people():
    facts = read_title('Cable from Zhou Enlai to Kim Il Sung, "On the armistice"')
    assert names(facts.recipients) == ["Kim Il Sung"]
    facts = read_title("Cable, Summary of Averell Harriman Meeting with T. V. Soong")
    assert facts.doc_type == "cable" and not facts.authors and not facts.recipients
    assert read_title("Letter to Congress").recipients[0].name == "Congress"


def test_order_and_offices_with_to():
    facts = read_title("Telegram to Mao Zedong from Stalin")
    assert names(facts.authors) == ["Stalin"] and names(facts.recipients) == ["Mao Zedong"]
    facts = read_title("Report on the Situation in Korea from the Soviet Embassy to the Foreign Ministry")
    assert names(facts.authors) == ["Soviet Embassy"] and names(facts.recipients) == ["Foreign Ministry"]
    facts = read_title("Telegram from Soviet Ambassador to China Roshchin")
    assert names(facts.authors) == ["Roshchin"] and not facts.recipients
    facts = read_title("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 June 1957")
    assert facts.doc_type == "diary" and names(facts.authors) == ["A.M. Puzanov"]


def test_subjects_after_the_names():
    facts = read_title("Letter from Mao Zedong to Stalin on the Korean War")
    assert names(facts.recipients) == ["Stalin"]
    assert names(read_title("Report on Vietnam by the Polish Delegation").authors) == ["Polish Delegation"]


def test_parts_of_documents():
    facts = read_title("Excerpt from a Letter from Mao Zedong to Stalin")
    assert facts.doc_type == "letter" and names(facts.authors) == ["Mao Zedong"]
    assert read_title("Notes from a Conversation between Mao and Nehru").doc_type == "record_of_conversation"


def test_inverted_names_and_seats_of_bodies():
    facts = read_title("Letter from Nehru, Jawaharlal to Zhou Enlai")
    assert [(a.name, a.as_written) for a in facts.authors] == [("Jawaharlal Nehru", "Nehru, Jawaharlal")]
    facts = read_title(
        "Report, Czechoslovak Embassy in Beijing to the Ministry of Foreign Affairs, "
        "'Chinese Policy toward India'"
    )
    assert [a.name for a in facts.authors] == ["Czechoslovak Embassy in Beijing"]
    assert facts.places == ["Beijing"]
    assert read_title("Report, Embassy of Hungary in North Korea to the Foreign Ministry").places == []
    facts = read_title("Minutes of the Meeting of the SED Politburo, 12 March 1961")
    assert (facts.doc_type, [a.name for a in facts.authors]) == ("minutes", ["SED Politburo"])
    facts = read_title("Transcript of the Meeting between Deng Xiaoping and Kim Il Sung")
    assert [a.name for a in facts.participants] == ["Deng Xiaoping", "Kim Il Sung"]


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("Excerpt from a Report by the British Military Government in Berlin", "report"),
        ("CIA Information Report on Tibet", "report"),
        ("Information from Todor Zhivkov to the BCP CC Politburo", "report"),
        ("Radiogram from Mao Zedong to Peng Dehuai", "telegram"),
        ("Appeal of the Tibetan Women to the United Nations", "letter"),
        ("Transcript of the CPSU CC Plenum", "minutes"),
        ("Stenographic Record of the Session of the Polish Politburo, 5 May 1956", "minutes"),
        ("Record of the Meeting of Comrade Kim Il Sung with the Soviet Ambassador", "record_of_conversation"),
        ("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 2 June 1957", "diary"),
        ("Directive from the CC CPSU Presidium to Soviet Ambassador in Beijing P. F. Yudin", "decree"),
        ("Statement of the Government of the People's Republic of China", "other"),
        ("Instructions from the CPSU CC to the Soviet Ambassador in Hungary", "decree"),
        ("Protocol to the Agreement between the USSR and the PRC", "other"),
        ("Protocol No. 12 of the Meeting of the Politburo", "minutes"),
        ("Notes of the Meeting of the Politburo, 5 May 1956", "minutes"),
    ],
)
def test_document_types(title, doc_type):
    assert read_title(title).doc_type == doc_type


def test_bodies_that_sat():
    assert [a.name for a in read_title("Transcript of the CPSU CC Plenum").authors] == ["CPSU CC"]
    facts = read_title("Record of the Meeting of the Presidium of the CC CPSU")
    assert [a.name for a in facts.authors] == ["Presidium of the CC CPSU"]


def test_time_of_day_after_the_names():
    facts = read_title("Telegram from the Brazilian Embassy in Havana (Bastian Pinto), 6 p.m., Monday")
    assert [a.name for a in facts.authors] == ["Bastian Pinto"] and facts.places == ["Havana"]
    facts = read_title("Note from the Meeting of the PZPR CC Politburo with the CPSU CC Delegation")
    assert facts.doc_type == "record_of_conversation"


def test_places_of_meetings_and_addressed_bodies():
    assert read_title(
        "Discussion between N.S. Khrushchev and Mao Zedong, Beijing, 2 October 1959"
    ).places == ["Beijing"]
    facts = read_title("Cable No. 58-112, Chinese Foreign Ministry to the Chinese Embassy in Pyongyang")
    assert facts.places == ["Pyongyang"]


def test_issuer_before_the_type():
    facts = read_title("Central Intelligence Agency, Intelligence Report, 'The Sino-Soviet Struggle'")
    assert facts.doc_type == "report" and [a.name for a in facts.authors] == ["Central Intelligence Agency"]
    assert read_title("Report, Kovalev to Stalin").grammar != "issuer-first"


def test_conversation_of_and_excerpts_of_diaries():
    facts = read_title("Conversation of Mao Zedong with Soviet Ambassador Yudin")
    assert facts.doc_type == "record_of_conversation"
    assert [a.name for a in facts.participants] == ["Mao Zedong", "Yudin"]
    facts = read_title("Excerpt from the Diary of Ambassador Ignatiev")
    assert (facts.doc_type, [a.name for a in facts.authors]) == ("diary", ["Ignatiev"])


def test_texts_attached_to_treaties_have_no_writer():
    facts = read_title("Protocol to the Agreement between the USSR and the PRC")
    assert facts.authors == [] and facts.recipients == []
    assert [a.name for a in read_title("Notes of the Meeting of the Politburo, 5 May 1956").authors] == [
        "Politburo"
    ]


def test_a_body_before_its_act():
    facts = read_title("USSR Council of Ministers Decree No. 123 on Aid to China")
    assert (facts.doc_type, [a.name for a in facts.authors]) == ("decree", ["USSR Council of Ministers"])
    facts = read_title(
        "Politburo Decision to Confirm the Following Directive to the Soviet Ambassador in Korea"
    )
    assert (facts.doc_type, [a.name for a in facts.authors]) == ("resolution", ["Politburo"])
    assert read_title("Speech on the Resolution").doc_type == "speech"


def test_airgrams_estimates_and_consulates_in_two_word_cities():
    facts = read_title("Airgram from the American Consulate General in Hong Kong to the Department of State")
    assert facts.doc_type == "telegram" and facts.places == ["Hong Kong"]
    assert [a.name for a in facts.authors] == ["American Consulate General in Hong Kong"]
    assert (
        read_title("National Intelligence Estimate 13-7-66, 'Communist China's Foreign Policy'").doc_type
        == "report"
    )


def test_communiques_and_declarations_of_bodies():
    facts = read_title(
        "Joint Communiqué of the Government of the People's Republic of China and the Government of the "
        "Democratic Republic of Viet-Nam"
    )
    assert (facts.doc_type, facts.issued) == ("other", True)
    assert [a.kind for a in facts.authors] == ["organization", "organization"]
    assert read_title("Declaration of Independence").authors == []  # what is declared, not who declares


def test_a_note_by_someone_to_someone():
    facts = read_title("Note by Jawaharlal Nehru to the Chief Ministers on the Situation in Tibet")
    assert [a.name for a in facts.authors] == ["Jawaharlal Nehru"]
    assert [a.name for a in facts.recipients] == ["Chief Ministers"]
    assert read_title("Speech by Kim Il Sung to the Graduates of the Academy").recipients == []


def test_an_office_word_in_ing_is_no_gerund():
    facts = read_title("The Acting Secretary of State to the Chargé in the Soviet Union (Kennan)")
    assert names(facts.authors) == ["Acting Secretary of State"] and names(facts.recipients) == ["Kennan"]


def test_a_message_named_by_its_markings():
    facts = read_title("Personal and Secret from Premier J. V. Stalin to the President, Mr F. Roosevelt")
    assert (facts.doc_type, facts.marking) == ("letter", "Secret")
    assert names(facts.authors) == ["J. V. Stalin"] and names(facts.recipients) == ["F. Roosevelt"]
    assert facts.recipients[0].office == "President"  # an office, then its holder after a comma


def test_dfat_headings():
    facts = read_title("Savingram from Critchley to Canberra")
    assert (facts.doc_type, names(facts.authors), facts.sent_to) == ("cable", ["Critchley"], ["Canberra"])
    facts = read_title("War Cabinet Minute 4452")  # a body's record of its decision
    assert (facts.doc_type, names(facts.authors)) == ("minutes", ["War Cabinet"])
    assert read_title("Minute by the Secretary").doc_type == "other"


def test_a_british_telegrams_heading_post_to_post():
    facts = read_title("FROM NANKING TO FOREIGN OFFICE")
    assert (facts.places, names(facts.recipients), facts.authors) == (["Nanking"], ["Foreign Office"], [])
    facts = read_title("FROM FOREIGN OFFICE TO WASHINGTON")
    assert (names(facts.authors), facts.sent_to) == (["Foreign Office"], ["Washington"])


def test_minutes_of_a_days_meeting_name_no_body():
    facts = read_title("MINUTES OF 11 DECEMBER 1978 MEETING")
    assert facts.doc_type == "minutes" and facts.authors == []


def test_a_body_named_with_for_and_its_reference_number():
    facts = read_title(
        "Principal Directorate for Foreign Tourism at the USSR Council of Ministers, No. 53/492, to MCP "
        "Central Committee Secretary, Petric, 'Regarding the Arrival of Romanian Tourists'"
    )
    assert [a.name for a in facts.authors] == [
        "Principal Directorate for Foreign Tourism at the USSR Council of Ministers"
    ]
    assert [(a.name, a.office) for a in facts.recipients] == [("Petric", "MCP Central Committee Secretary")]


def test_a_telegrams_trailing_marking_number_and_precedence():
    facts = read_title("Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.022, Urgent")
    assert (facts.doc_type, facts.marking, facts.sent_to) == ("telegram", "Top Secret", ["Bucharest"])
    # a city addressed is where it went; the ministry it stands for is not named, so no addressee
    assert facts.recipients == []
    assert read_title("Letter from Kim Il Sung to Mao Zedong, 1950").marking is None


def test_people_named_before_what_they_talk_over():
    facts = read_title(
        "Transcript of Vice Premier Chen Yi and Soviet Ambassador S.V. Chervonenko discussing Laos"
    )
    assert facts.doc_type == "record_of_conversation" and facts.authors == []
    assert [(a.name, a.office) for a in facts.participants] == [
        ("Chen Yi", "Vice Premier"), ("S.V. Chervonenko", "Soviet Ambassador")
    ]  # fmt: skip
    facts = read_title("Record of Mao Zedong and Kim Il Sung exchanging views on the armistice")
    assert names(facts.participants) == ["Mao Zedong", "Kim Il Sung"]
    # one body at its business is no conversation
    assert read_title("Notes of the committee discussing the budget").doc_type != "record_of_conversation"


def test_a_bodys_sitting_names_the_body_and_a_sitting_alone_no_one():
    assert names(read_title("Transcript of CPSU CC Politburo Meeting on Ethiopia").authors) == [
        "CPSU CC Politburo"
    ]
    assert names(read_title("Minutes of the Presidium Session on Hungary").authors) == ["Presidium"]
    assert read_title("Minutes of the Meeting on Poland").authors == []


def test_what_goes_somewhere_without_writing_is_a_subject():
    subjects = ("The Hungarian Foreign Minister's Official Visit to the DPRK", "Soviet Military Aid to Egypt")
    for title in (*subjects, "Arms Shipments to Indonesia", "Chinese Policy to Tibet"):
        facts = read_title(title)
        assert (facts.authors, facts.recipients) == ([], []), title
    assert names(read_title("Ambassador Puzanov to Gromyko").authors) == ["Puzanov"]


def test_a_genres_qualifier_before_its_noun():
    facts = read_title("Official Note from the Embassy of the Polish Republic in Korea")
    assert (facts.doc_type, names(facts.authors)) == ("note", ["Embassy of the Polish Republic in Korea"])
    facts = read_title("Oral Message from Kim Il Sung to Mao Zedong")
    assert (facts.doc_type, names(facts.recipients)) == ("letter", ["Mao Zedong"])


def test_an_editions_german_heading_office_an_addressee():
    facts = read_title("Der Kais. Legationsrat an Auswärtiges Amt.")
    assert (names(facts.authors), names(facts.recipients)) == (["Kais. Legationsrat"], ["Auswärtiges Amt"])
    assert names(read_title("Der Reichskanzler an den Botschafter in Moskau").recipients) == [
        "Botschafter in Moskau"
    ]
    # a sentence, not a heading: its verb is written in lower case
    assert read_title("Die Regierung denkt an Frieden und Krieg").recipients == []


def test_frus_headings_of_papers_a_body_prepared_and_of_numbered_meetings():
    facts = read_title("Intelligence Note Prepared in the Bureau of Intelligence and Research")
    assert (facts.doc_type, names(facts.authors)) == ("note", ["Bureau of Intelligence and Research"])
    facts = read_title("Memorandum Prepared by the Joint Chiefs of Staff for the President")
    assert (names(facts.authors), names(facts.recipients)) == (["Joint Chiefs of Staff"], ["President"])
    facts = read_title("Summary Record of the 517th Meeting of the National Security Council")
    assert names(facts.authors) == ["National Security Council"]
    facts = read_title("Backchannel Message From the Ambassador to Vietnam (Bunker) to the President")
    assert (facts.doc_type, names(facts.authors)) == ("letter", ["Bunker"])


def test_a_conversations_title_names_people_not_places_talks_or_offices_alone():
    facts = read_title(
        "Record of Conversation between the Foreign Minister of North Korea and the First Secretary of the "
        "Mongolian People's Republic"
    )
    assert facts.participants == []  # offices of states: no one named
    assert read_title("Minutes of the Talks on Laos").participants == []
    facts = read_title("Memorandum of Conversation with Comrade Mao Zedong, Hangzhou, 7 June 1960")
    assert names(facts.participants) == ["Mao Zedong"]  # where they met is no one
    assert names(read_title("Conversation with Zhou Enlai, Premier").participants) == ["Zhou Enlai"]


def test_a_writer_before_his_quoted_record_of_a_conversation_held_somewhere():
    facts = read_title(
        "Col. Mieczysław Białek, 'Record of Conversation at the Military Attaché Office and with the "
        "Ambassador of Soviet Union in Pyongyang, Comrade Sudarikov'"
    )
    assert (facts.doc_type, names(facts.authors)) == ("record_of_conversation", ["Mieczysław Białek"])
    assert names(facts.participants) == ["Sudarikov"]
    facts = read_title("From the Journal of S.M. Kudryavtsev, 'Record of a Conversation with Fidel Castro'")
    assert names(facts.authors) == ["S.M. Kudryavtsev"]


def test_city_to_city_then_people_to_people():
    facts = read_title(
        "Telegram from Tbilisi to Moscow, K. Charkviani and A. Antonov to Cdes. Stalin and Beria"
    )
    assert (names(facts.authors), names(facts.recipients)) == (
        ["K. Charkviani", "A. Antonov"],
        ["Stalin", "Beria"],
    )
    assert facts.places == ["Tbilisi", "Moscow"]


def test_a_title_the_site_printed_twice_run_together():
    from chancery.sources.page.layouts import _once

    assert _once("Cable from X to YCable from X to Y") == "Cable from X to Y"
    assert (
        _once("Note on Note on") == "Note on" and _once("Minutes of the meeting") == "Minutes of the meeting"
    )


def test_a_conversation_of_two_comrades_at_a_place_and_a_plenums_session():
    facts = read_title("Conversation of Cde. Nicolae Ceausescu and Cde. Zhou Enlai at the Embassy")
    assert facts.doc_type == "record_of_conversation"
    assert names(facts.participants) == ["Nicolae Ceausescu", "Zhou Enlai"]
    facts = read_title(
        "Transcript of the Plenum Session of the Central Committee of the Bulgarian Communist Party"
    )
    assert names(facts.authors) == ["Central Committee of the Bulgarian Communist Party"]


def test_a_un_letters_heading_dated_from_addressed_to():
    facts = read_title(
        "Letter dated 15 February 2008 from the Permanent Representative of Syria to the United Nations "
        "addressed to the Secretary-General"
    )
    assert facts.doc_type == "letter" and names(facts.recipients) == ["Secretary-General"]


def test_a_conversations_day_and_occasion_are_no_party():
    facts = read_title("Memorandum of Conversation with October 25")
    assert names(facts.participants) == []
    facts = read_title("Record of a Conversation with Chairman Mao Zedong during the visit of the delegation")
    assert names(facts.participants) == ["Mao Zedong"]
    assert read_title("Memorandum of a Conference With the President").doc_type == "record_of_conversation"


def test_the_city_in_brackets_after_each_side():
    facts = read_title("Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 7237]")
    assert (facts.places, facts.sent_to) == (["Saigon"], ["Warsaw"])


def test_a_partys_name_before_the_day_of_the_talk():
    facts = read_title("Record of Conversation with Mao Zedong, 22 January")
    assert names(facts.participants) == ["Mao Zedong"]


def test_a_memorandum_for_the_record_goes_to_no_one():
    facts = read_title("MEMORANDUM FOR THE RECORD FROM L. K. WHITE")
    assert names(facts.recipients) == []


def test_a_high_commissioner_in_the_united_kingdom_is_the_addressees_office():
    facts = read_title(
        "Dr H. V. Evatt, Minister for External Affairs, to Mr S. M. Bruce, "
        "High Commissioner in the United Kingdom"
    )
    assert [(a.name, a.office) for a in facts.recipients] == [
        ("S. M. Bruce", "High Commissioner in the United Kingdom")
    ]


def test_a_telegram_passing_on_congratulations():
    from chancery.sources.page.title import transmitted

    title = (
        "Cipher telegram from Vyacheslav Molotov to the Soviet ambassador in Washington with congratulations "
        "from Joseph Stalin and Mikhail Kalinin to Franklin D. Roosevelt on his re-election"
    )
    assert names(read_title(title).recipients) == ["Soviet ambassador in Washington"]
    assert transmitted(title).startswith("congratulations from Joseph Stalin")


def test_a_countrys_posts_named_together_one_city_each():
    facts = read_title(
        "Telegram from Yugoslav Foreign Ministry to Yugoslav Embassies in Washington, Havana, and La Paz, "
        "and Missions in Montevideo and New York City"
    )
    assert names(facts.recipients) == [
        "Yugoslav Embassy in Washington",
        "Yugoslav Embassy in Havana",
        "Yugoslav Embassy in La Paz",
        "Yugoslav Mission in Montevideo",
        "Yugoslav Mission in New York City",
    ]


def test_the_writer_before_his_record_and_an_office_with_no_name():
    facts = read_title(
        "V.A. Zorin, Memorandum of Conversation with the head of the DRV delegation and the head of NLFSV "
        "delegation at the Paris negotiations"
    )
    assert facts.doc_type == "record_of_conversation"
    assert names(facts.authors) == ["V.A. Zorin"] and names(facts.participants) == ["V.A. Zorin"]


def test_an_apostrophe_inside_the_keepers_name_opens_no_quotation():
    facts = read_title(
        "From the Journal of S.I. Divil'kovsky, 'Record of a Conversation with Tran Hmu Dyk, 1 August 1969'"
    )
    assert names(facts.authors) == ["S.I. Divil'kovsky"]
    assert names(facts.participants) == ["Tran Hmu Dyk"]


def test_frus_heads_a_paper_by_its_writers_office_and_name():
    facts = read_title("Memorandum by the Secretary of State (Dulles) to the President")
    assert (facts.doc_type, names(facts.authors), names(facts.recipients)) == (
        "memorandum",
        ["Dulles"],
        ["President"],
    )
    facts = read_title("Memorandum of Conversation, by the Counselor of the Department of State (MacArthur)")
    assert (facts.doc_type, names(facts.authors), names(facts.participants)) == (
        "record_of_conversation",
        ["MacArthur"],
        ["MacArthur"],
    )


def test_the_genre_before_a_quoted_subject_is_the_papers():
    facts = read_title(
        "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China "
        "(Conversation with Chairman Deng Xiaoping)'"
    )
    assert (facts.doc_type, names(facts.authors)) == ("cable", ["Katori"])


def test_a_reception_of_a_delegation_led_by_someone_by_its_host():
    facts = read_title(
        "Record of the Reception of the Government Delegation of the Mongolian People's Republic, led by "
        "Prime Minister Yu. Tsedenbal, by the Chairman of the People's Central Government of the People's "
        "Republic of China Mao Zedong"
    )
    assert names(facts.participants) == ["Yu. Tsedenbal", "Mao Zedong"]


def test_an_envoys_seat_is_where_he_wrote_from():
    facts = read_title(
        "Memo from Bulgarian Ambassador in Pyongyang, Misho Nikolov, to the International Department"
    )
    assert facts.places == ["Pyongyang"]


def test_a_city_addressed_is_where_the_paper_went_not_an_addressee():
    facts = read_title("Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.022, Urgent")
    assert (facts.recipients, facts.places, facts.sent_to) == ([], ["Pyongyang"], ["Bucharest"])
    facts = read_title(
        "Letter to Irish Legations in Paris, Rome, Berlin and Madrid and to the Permanent Delegate to the "
        "League of Nations in Geneva from Michael Rynne"
    )
    assert names(facts.recipients) == [
        "Irish Legation in Paris",
        "Irish Legation in Rome",
        "Irish Legation in Berlin",
        "Irish Legation in Madrid",
        "Permanent Delegate to the League of Nations in Geneva",
    ]


def test_an_offices_for_and_a_despatch_excerpted():
    from chancery.sources.page.title import read_title

    facts = read_title("The Secretary of State for Dominion Affairs to the Governor-General of New Zealand")
    assert [a.name for a in facts.authors] == ["Secretary of State for Dominion Affairs"]
    assert [a.name for a in facts.recipients] == ["Governor-General of New Zealand"]
    facts = read_title("Extract of a Despatch from Lord John Russell to Governor Sir George Gipps")
    assert facts.doc_type == "letter"
    assert ([a.name for a in facts.authors], [a.name for a in facts.recipients]) == (
        ["John Russell"],
        ["George Gipps"],
    )
    memo = read_title("Memorandum from the Secretary of State for the President")
    assert [a.name for a in memo.recipients] == ["President"]


def test_an_editions_letter_titles_addressee_first_or_from_first():
    from chancery.sources.page.title import read_title

    for title in (
        "To John Adams from Thomas Jefferson, 20 February 1787",
        "From Thomas Jefferson to John Adams",
    ):
        facts = read_title(title)
        assert ([a.name for a in facts.authors], [a.name for a in facts.recipients]) == (
            ["Thomas Jefferson"],
            ["John Adams"],
        ), title


def test_the_writer_then_his_papers_genre_to_the_addressee_then_the_subject():
    from chancery.sources.page.title import read_title

    facts = read_title(
        "Ivan Budinov, Minister of Foreign Trade, Report to Todor Zhivkov, Chairman of the Council of "
        "Ministers, Report on Granting a Credit to Cuba"
    )
    assert ([a.name for a in facts.authors], [a.name for a in facts.recipients]) == (
        ["Ivan Budinov"],
        ["Todor Zhivkov"],
    )
    facts = read_title("Bulgarian Defense Minister, Note to Zhivkov Regarding Invitation to Raul Castro")
    assert [a.name for a in facts.authors] == ["Bulgarian Defense Minister"]


def test_the_two_who_met_joined_by_a_dash_before_the_meeting():
    from chancery.sources.page.title import read_title

    facts = read_title("Minutes of Todor Zhivkov – Indira Gandhi Meeting, Delhi")
    assert [a.name for a in facts.participants] == ["Todor Zhivkov", "Indira Gandhi"]


def test_minutes_numbered_with_the_numero_sign_name_their_body():
    from chancery.sources.page.title import read_title

    for sign in ("No.", "Nº", "№"):
        facts = read_title(f"Excerpt from Minutes {sign} 80 of the CPSU CC Politburo Meeting of 2 March 1973")
        assert [a.name for a in facts.authors] == ["CPSU CC Politburo"], sign


def test_a_transcript_of_a_meeting_of_two_with_its_of_left_out():
    from chancery.sources.page.title import read_title

    facts = read_title(
        "Transcript, Meeting of East German leader Erich Honecker and Soviet leader Leonid Brezhnev, Crimea, "
        "25 July 1978 (excerpt)"
    )
    assert (facts.doc_type, [a.name for a in facts.participants]) == (
        "minutes",
        ["Erich Honecker", "Leonid Brezhnev"],
    )


def test_a_bodys_sitting_and_where_it_was_held():
    from chancery.sources.page.title import read_title

    facts = read_title(
        "Conclusions of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Thursday"
    )
    assert [a.name for a in facts.authors] == ["Cabinet"]


def test_an_office_writes_to_an_office_or_to_his_own_assistant():
    from chancery.sources.page.title import read_title

    facts = read_title("Letter From the President to the Secretary of State")
    assert ([a.name for a in facts.authors], [a.name for a in facts.recipients]) == (
        ["President"],
        ["Secretary of State"],
    )
    facts = read_title("Letter From the President to His Special Assistant (Richards)")
    assert [a.name for a in facts.recipients] == ["Richards"]
    # an embassy's country goes with its office, not to the addressee
    facts = read_title("The Ambassador to the Soviet Union (Kennan) to the Secretary of State")
    assert [a.name for a in facts.authors] == ["Kennan"]


def test_a_memorandum_to_three_offices_each_with_its_holder(read_record):
    from chancery.sources.page.title import read_title

    title = (
        "Memorandum by the Secretary of State to the Acting Secretary of Defense (Anderson), the Chairman "
        "of the United States Atomic Energy Commission (Strauss), and the Director of Central Intelligence "
        "(Dulles)"
    )
    assert [a.name for a in read_title(title).recipients] == ["Anderson", "Strauss", "Dulles"]
    record = read_record(
        f"{title}\ntop secret\n[Washington,] May 26, 1954.\n"
        "So that our Committee can put a recommendation to the President, I have dictated four questions.\n"
    )
    assert (record.title, record.doc_type, record.date.value) == (title, "memorandum", "1954-05-26")


def test_an_editions_title_of_a_letter_by_its_addressee_alone():
    from chancery.sources.page.title import read_title

    for title in ("TO MAXIM GORKY", "To:   MAXIM GORKY", "To David Humphreys"):
        facts = read_title(title)
        assert (facts.doc_type, len(facts.recipients)) == ("letter", 1), title
    for title in ("To the Secretary of State", "To Moscow", "To Be or Not"):
        assert read_title(title).doc_type == "other", title


def test_a_code_telegrams_genre_is_no_part_of_its_senders_name():
    facts = read_title("Code telegram from Joseph P. Walshe to John J. Hearne (Ottawa)")
    assert facts.doc_type == "telegram"
    assert [a.name for a in facts.authors] == ["Joseph P. Walshe"]
    assert [a.name for a in facts.recipients] == ["John J. Hearne"]


def test_a_russian_heading_initials_and_surname_to_the_addressee_in_the_dative():
    facts = read_title("Ф. РУЗВЕЛЬТ И. В. СТАЛИНУ")
    assert facts.doc_type == "letter"
    assert [(a.name, a.as_written) for a in facts.authors] == [("Ф. Рузвельт", "Ф. РУЗВЕЛЬТ")]
    assert [(a.name, a.as_written) for a in facts.recipients] == [("И. В. Сталин", "И. В. СТАЛИНУ")]
    assert [a.name for a in read_title("И. В. СТАЛИН У. ЧЕРЧИЛЛЮ").recipients] == ["У. Черчилль"]


def test_an_embassys_note_of_its_man_with_another_records_their_conversation():
    facts = read_title(
        "Note of Comrade Bergold, East German Ambassador, with the Polish Ambassador in North Vietnam, "
        "Comrade Siedliecky"
    )
    assert facts.doc_type == "record_of_conversation"
    assert [a.name for a in facts.authors] == ["Bergold"]
    assert [a.name for a in facts.participants] == ["Bergold", "Siedliecky"]
    on_a_talk = read_title(
        "Note by the East German Embassy in Hanoi on a Conversation of Comrade Jarck with X"
    )
    assert on_a_talk.doc_type == "record_of_conversation"


def test_an_editions_letter_headed_writer_dash_addressee_by_initials():
    facts = read_title("J. V. Stalin - V. I. Lenin")
    assert (facts.doc_type, facts.grammar) == ("letter", "dash-pair")
    assert ([a.name for a in facts.authors], [a.name for a in facts.recipients]) == (
        ["J. V. Stalin"],
        ["V. I. Lenin"],
    )


def test_a_titles_date_then_the_telegrams_number_and_marking_name_no_addressee():
    facts = read_title(
        "Telegram from the Romanian Embassy in Pyongyang to the Ministry of Foreign Affairs, January 21, "
        "1980, 057026, Secret"
    )
    assert [a.name for a in facts.recipients] == ["Ministry of Foreign Affairs"]
    assert [
        a.name for a in read_title("Assignment to Secretary, July, Before the 17th, 1921").recipients
    ] == ["Secretary"]


def test_the_owners_of_a_meeting_named_by_a_possessive_after_the_genre():
    facts = read_title(
        "Minutes of Chairman Mao Zedong and Chairman Liu Shaoqi’s Meeting with the Indonesian Delegation"
    )
    assert [a.name for a in facts.participants][:2] == ["Mao Zedong", "Liu Shaoqi"]


def test_the_owners_of_a_reception_after_the_records_genre_and_its_talk():
    facts = read_title(
        "Record of Conversation from Chairman Mao and Comrade Jiang Qing’s Reception of Mme. Hartini Sukarno"
    )
    assert [(a.name, a.as_written) for a in facts.participants][:2] == [
        ("Mao", "Chairman Mao"),
        ("Jiang Qing", "Comrade Jiang Qing"),
    ]
