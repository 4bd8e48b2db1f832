"""The opening of a document's own text: heading, date line, receipt line."""

from __future__ import annotations

from chancery.sources.page.opening import adopted_on, foot_dateline, heading_date, read_opening


def test_a_date_line_broken_over_two_lines():
    lines = [
        "The Acting Secretary of State to the Chargé in the Soviet Union (Kennan)",
        "Washington, October 5,",
        "1945—8 p.m.",
        "2102. Five Soviet pouches have reached Washington in circumstances like those of the 47 pouches.",
    ]
    opening = read_opening(lines)
    assert opening.dateline is not None and opening.dateline.moment == "1945-10-05T20:00"
    assert opening.dateline.place == "Washington"
    assert (opening.dateline_at, opening.dateline_more) == (1, [2])
    whole = read_opening(
        ["Moscow, October 9, 1939.", "Text of the telegram follows here and goes on at length."]
    )
    assert whole.dateline is not None and whole.dateline_more == []


def test_a_long_heading_names_its_holders_in_brackets():
    heading = (
        "The Counselor of Embassy of the German Embassy in the Soviet Union (Tippelskirch) to the German "
        "Ambassador in the Soviet Union (Schulenburg)"
    )
    opening = read_opening(
        [heading, "BERLIN, JULY 12, 1939.", "MY DEAR MR. AMBASSADOR: Herr Lamla has told you."]
    )
    assert opening.heading == heading and opening.dateline is not None
    assert opening.dateline.date.value == "1939-07-12"


def test_a_heading_and_its_date_line_on_one_line():
    lines = [
        "The French Yellow Book",
        "No. 82 :",
        "M. PAYART, French Chargé d'Affaires in Moscow, to M. Georges Bonnet, Minister for Foreign Affairs. "
        "Moscow, March 19, 1939.",
        "THE Soviet Government yesterday delivered a written protest to the German Government, in answer.",
    ]
    opening = read_opening(lines)
    assert opening.heading == (
        "M. PAYART, French Chargé d'Affaires in Moscow, to M. Georges Bonnet, Minister for Foreign Affairs"
    )
    assert opening.dateline is not None and opening.dateline.place == "Moscow"
    assert (opening.heading_at, opening.dateline_at) == ([2], 2)
    # a sentence ending in a date is no heading
    assert read_opening(["He left. Moscow, March 19, 1939."]).heading is None


def test_a_genre_word_alone_under_the_heading():
    lines = [
        "The Reich Foreign Minister to the German Ambassador in the Soviet Union (Schulenburg)",
        "Telegram",
        "VERY URGENT",
        "BERLIN, October 7, 1939.",
        "No. 518",
        "Reliable reports reaching me from Istanbul indicate that the negotiations might end in a pact.",
    ]
    opening = read_opening(lines)
    assert opening.genre == "Telegram" and opening.heading == lines[0]
    assert (
        read_opening(["Telegram", "Moscow, 1 May 1950", "Text of it goes on here at some length, so."]).genre
        is None
    )


def test_a_date_line_at_the_foot():
    lines = [
        "The Embassy of the United States of America presents its compliments to the Ministry.",
        "Embassy of the United States of America,",
        "Moscow, January 25, 1961.",
        "FJMeehan:mak",
    ]
    dateline = foot_dateline(lines, 1)
    assert dateline is not None and (dateline.date.value, dateline.place) == ("1961-01-25", "Moscow")
    assert foot_dateline(["Text.", "Signed by him"], 1) is None


def test_a_treaty_heading():
    lines = [
        "German-Soviet Treaty of Friendship, Cooperation and Demarcation",
        "Editor's Note: The following content is a transcription of a period document, or a collection.",
    ]
    assert read_opening(lines).heading == lines[0]


def test_a_british_telegram_forms_heading_and_sender():
    lines = [
        "Cypher/OTP",
        "FROM NANKING TO FOREIGN OFFICE",
        ".1",
        "Sir R. Stevenson",
        "No.1140",
        "1st August 1949",
        "Repeated to Singapore",
        "SECRET",
        "On paragraph 2 (a) and (b) of the telegram under reference I must repeat the warning I gave.",
    ]
    opening = read_opening(lines)
    assert (opening.heading, opening.heading_at) == ("FROM NANKING TO FOREIGN OFFICE", [1])
    assert opening.sender is not None and (opening.sender.name, opening.sender_at) == ("R. Stevenson", 3)
    assert opening.dateline is not None and opening.dateline.date.value == "1949-08-01"


def test_a_date_line_without_its_year_takes_the_receipts():
    lines = [
        "CIPHER TELEGRAM",
        "Recd. 241100 Sep 45.",
        "From: -",
        "C. in C. Hong Kong.",
        "No 8 cipher 22 Sep.",
    ]
    opening = read_opening(lines)
    assert opening.received is not None and opening.received.moment == "1945-09-24T11:00"
    assert opening.dateline is not None and (opening.dateline.date.value, opening.dateline_at) == (
        "1945-09-22",
        4,
    )
    assert opening.dateline.number == "8"


def test_a_forms_printed_body_before_the_genre():
    lines = ["DEPARTMENT OF STATE Memorandum of Conversation", "DATE : September 18, 1952"]
    assert read_opening(lines).heading == "Memorandum of Conversation"


def test_a_transcriptions_source_line_dates_the_meeting():
    lines = ["Glad so many old colleagues.", "Taken from C.C. 1(57) - Meeting held on 15 January 1957."]
    dateline = foot_dateline(lines, 0)
    assert dateline is not None and dateline.date.value == "1957-01-15"


def test_a_bodys_name_alone_heads_the_notes_of_its_sitting():
    lines = ["The Cabinet.", "* First mtg.  Message of affection to A.E.", "Glad so many old colleagues."]
    assert read_opening(lines).heading == "The Cabinet"
    assert read_opening(["Text first.", "The Cabinet."]).heading is None  # only heading the text


def test_an_editions_number_with_its_archival_reference_is_no_letterhead():
    lines = [
        "No. 459 NAI TSCH/3/S16113/A",
        "Telegram from Frederick H. Boland to Seán Murphy (Dublin)",
        "New York, 1 November 19561",
        "Your 12 Immediate for Secretary. Propose this line for the Special Assembly and say so at length.",
    ]
    opening = read_opening(lines)
    assert opening.heading == lines[1] and opening.dateline is not None
    assert opening.dateline.date.value == "1956-11-01"


def test_an_editions_heading_under_its_genre_and_date_line():
    lines = [
        "Nr. 17.",
        "Telegramm.",
        "Großes Hauptquartier, 30. September 1918.",
        "Der Kais. Legationsrat an Auswärtiges Amt.",
        "Oberste Heeresleitung bittet, über alle Veröffentlichungen zu unserem Friedensschritt unterrichtet "
        "zu werden, um die Armee rechtzeitig in Kenntnis setzen zu können.",
    ]
    opening = read_opening(lines)
    assert (opening.heading, opening.genre) == ("Der Kais. Legationsrat an Auswärtiges Amt", "Telegramm")
    assert opening.dateline is not None and opening.dateline.place == "Großes Hauptquartier"
    alone = read_opening(["TELEGRAM", "Moscow, 3 May 1950", lines[4]])
    assert alone.heading == "TELEGRAM"  # a genre word alone heads the text when no other heading comes


def test_who_to_whom_in_french_and_no_sentence_for_a_heading():
    heading = (
        "La Légation de Suisse à Pétrograd à la Division des Affaires étrangères du Département politique1"
    )
    opening = read_opening(["24.8.1918 (Saturday)", heading, "Telegram (T)", "D'après Tchitcherine, " * 6])
    assert opening.heading == heading[:-1] and opening.genre == "Telegram (T)"
    assert read_opening(["He gave it to Smith", "Moscow, 3 May 1950."]).heading is None


def test_a_heading_broken_over_lines_in_lower_case():
    lines = [
        "I. Нота",
        "министра иностранных дел Великобритании",
        "на имя народного комиссара иностранных дел СССР",
        "Воронцовский дворец,",
        "11 февраля 1945 года",
        "Ваше Превосходительство,",
    ]
    opening = read_opening(lines)
    assert opening.heading == (
        "Нота министра иностранных дел Великобритании на имя народного комиссара иностранных дел СССР"
    )
    assert opening.heading_at == [0, 1, 2]


def test_a_genre_heading_over_a_sites_counters_is_no_letterhead():
    lines = ["БЕСЕДА С Ф. РУЗВЕЛЬТОМ В ТЕГЕРАНЕ", "өлшемі2.89 Mb.", "1 декабря 1943 года", "15 час. 20 мин."]
    assert read_opening(lines).heading == lines[0]


def test_the_date_a_heading_ends_with():
    assert heading_date("Note from Jean Monnet to Robert Schuman (1 May 1950)").date.value == "1950-05-01"
    assert heading_date("Procès-verbal de la séance du 9 février 19181").date.value == "1918-02-09"
    assert heading_date("Brief Eisenhowers an Adenauer (25. Juli 1953)").date.value == "1953-07-25"
    assert heading_date("Kaganovich to Stalin January 15, 1936").date.value == "1936-01-15"
    assert heading_date("Resolution 66 (1948)") is None and heading_date("Report, July 1950") is None


def test_a_stamp_or_a_request_is_no_sender():
    lines = [
        "Please return all copies to the Registry",
        "Document disclosed under the Access to Information Act",
        "TELETYPE MESSAGE",
        "April 4th, 1951.",
        "Three months have now gone by since the proposal went to you in my letter, and we still wait.",
    ]
    opening = read_opening(lines)
    assert opening.heading == "TELETYPE MESSAGE" and opening.dateline is not None


def test_an_instruments_heading_and_signing_line_in_one_line():
    line = (
        "DÉCLARATION COMMUNE DE L'UNION DES RÉPUBLIQUES SOCIALISTES SOVIÉTIQUES ET DU JAPON. "
        "SIGNÉE À MOSCOU, LE 19 OCTOBRE 1956. Traité des Nations Unies No. 3768"
    )
    opening = read_opening(
        [line, "Du 13 au 19 octobre 1956, des négociations se sont déroulées à Moscou. " * 2]
    )
    assert opening.heading == line.split(". ")[0]
    assert opening.dateline is not None and (opening.dateline.place, opening.dateline.date.value) == (
        "MOSCOU",
        "1956-10-19",
    )


def test_a_resolutions_adoption_line_dates_it():
    lines = [
        "United Nations Security Council Resolution 66",
        "Adopted by the Security Council at its 396th meeting, by 8 votes to none, with 3 abstentions "
        "(Ukrainian SSR, USSR, United States of America) on 29 December 1948",
        "The Security Council,",
    ]
    assert adopted_on(lines).date.value == "1948-12-29"
    assert adopted_on(["The Council adopted it on 29 December 1948"]) is None
    nato = "We apologise for any mistake in the capture. PUBLIC DISCLOSED ORIGINAL: ENGLISH 2nd May 1963"
    assert adopted_on([nato, "Attached is a study."]).date.value == "1963-05-02"


def test_a_title_run_into_the_first_sentence_of_the_text():
    head = "Нота Народного Комиссариата Иностранных Дел СССР Посольству Франции в СССР"
    text = (
        "Народный Комиссариат по Иностранным Делам свидетельствует свое почтение Французскому Посольству и, "
        "ссылаясь на его ноту от 27 минувшего октября, спешит поблагодарить за любезное уведомление"
    )
    opening = read_opening([f"{head}. {text}", "13 ноября 1933 г.", text])
    assert opening.heading == head
    long = "He wrote to the Embassy at once. " + "It was a long letter about the fair and the trade. " * 4
    assert read_opening([long, "13 ноября 1933 г."]).heading is None


def test_a_heading_printed_twice_beats_a_books_title_above_it():
    lines = [
        "Личное послание от премьера сталина",
        "БЕСЕДА С Ф. РУЗВЕЛЬТОМ В ТЕГЕРАНЕ",
        "бет21/45",
        "БЕСЕДА С Ф. РУЗВЕЛЬТОМ В ТЕГЕРАНЕ",
        "1 декабря 1943 года",
        "Рузвельт. В Соединенных Штатах может возникнуть вопрос о вхождении Прибалтийских республик в "
        "Советский Союз, и мировое общественное мнение сочтет это желательным.",
    ]
    opening = read_opening(lines)
    assert opening.heading == lines[1] and opening.dateline is not None


def test_an_editions_heading_in_french_over_two_lines_and_a_telegrams_received_note():
    from chancery.sources.page.opening import read_opening

    lines = [
        "dodis.ch/44005",
        "La Division des Affaires étrangères du Département politique à la Légation de Suisse à",
        "Paris 1",
        "Bern, 18. März 1919 (Ankunft: 19. März., 10 h)",
        "Ihr Telegramm erhalten. Wir ersuchen Sie, die Note sofort zu überreichen und zu berichten.",
    ]
    opening = read_opening(lines, want_heading=True)
    assert opening.heading == (
        "La Division des Affaires étrangères du Département politique à la Légation de Suisse à Paris"
    )
    assert opening.dateline.date.value == "1919-03-18"
    from chancery.sources.page.opening import _names_a_sender

    assert _names_a_sender(
        "Sir N. Henderson to Viscount Halifax (Received 1 p. m.)"
    )  # the receipt is no side


def test_headings_with_an_editions_item_number_a_time_after_the_date_and_a_un_letters_date():
    from chancery.sources.page.opening import _clean_heading, heading_date

    heading = "334. Memorandum of a Conversation, White House, Washington, October 25, 1957, 2:40 p.m.1"
    assert _clean_heading(heading).startswith("Memorandum of a Conversation")
    assert heading_date(heading).date.value == "1957-10-25"
    assert (
        _clean_heading("58. Kabinettssitzung") == "58. Kabinettssitzung"
    )  # an ordinal of a one-word heading
    un = "Letter dated 15 February 2008 from the Representative of Syria addressed to the Secretary-General"
    assert heading_date(un).date.value == "2008-02-15"


def test_a_long_heading_without_a_stop_and_who_to_whom_naming_an_embassy():
    lines = [
        "Letter dated 15 February 2008 from the Permanent Representative of the Syrian Arab Republic to the "
        "United Nations addressed to the Secretary-General",
        "Writing with reference to document S/2008/10 of 11 January 2008, on the matters of which the "
        "Council is seized, I have the honour to inform you of the following.",
    ]
    assert read_opening(lines).heading == lines[0]
    lines = [
        "Mr F.K. Officer, Australian Counsellor at British Embassy in Washington, to Department of External "
        "Affairs",
        "Cablegram 96 WASHINGTON, 20 December 1939, 5.39 p.m.",
        "My telegram No. 920. Agrement now granted. Please tell me proposed text and date of announcement.",
    ]
    opening = read_opening(lines)
    assert opening.heading == lines[0] and opening.dateline and opening.dateline.date.value == "1939-12-20"


def test_a_portals_title_with_its_date_as_last_sentence():
    lines = [
        "Шифротелеграмма секретаря ЦБ КПБ В. А. Богуцкого в ЦК РКП(б) И. В. Сталину об отсрочке суда над "
        "католическими польскими священниками в Белоруссии. 15 мая 1922 г.",
        "15 мая 1922 г.",
        "Суд переносим на неделю. Ускорьте отъезд Лещинского, желательно и других, и сообщите нам о нём.",
    ]
    assert read_opening(lines).heading == lines[0]
    # a date inside brackets is no last sentence: "(25. Juli 1953)"
    line = "Brief Eisenhowers an Adenauer über die Ergebnisse der Washingtoner Konferenz (25. Juli 1953)"
    assert (
        read_opening([line, "Lieber Herr Bundeskanzler, ich danke Ihnen für Ihren Brief vom Juli."]).heading
        == line
    )


def test_a_note_marker_after_the_hour():
    from chancery.sources.page.opening import _clean_heading

    heading = "334. Memorandum of a Conversation, White House, Washington, October 25, 1957, 2:40 p.m.1"
    assert _clean_heading(heading) == (
        "Memorandum of a Conversation, White House, Washington, October 25, 1957, 2:40 p.m."
    )


def test_a_parliamentary_papers_item_run_into_one_paragraph():
    from chancery.sources.page.reflow import reflow

    line = (
        "No. 75. The Secretary, General Post Office, Wellington, to the Consul for Portugal, Wellington. "
        "Sir,— General Post Office, Wellington, 11th April, 1908. I have the honour to let you know that "
        "an invitation was sent through the Portuguese Consul. I have, Ac, D. Robertson, Secretary. John "
        "Duncan, Esq., Consul for Portugal, Wellington."
    )
    lines = reflow(["Page image", "35", line])
    assert lines[2:6] == [
        "No. 75. The Secretary, General Post Office, Wellington, to the Consul for Portugal, Wellington.",
        "General Post Office, Wellington, 11th April, 1908.",
        "Sir,",
        "I have the honour to let you know that an invitation was sent through the Portuguese Consul.",
    ]
    opening = read_opening(lines)
    assert (
        opening.heading
        == "The Secretary, General Post Office, Wellington, to the Consul for Portugal, Wellington"
    )
    assert opening.dateline is not None and (opening.dateline.place, opening.dateline.date.value) == (
        "Wellington",
        "1908-04-11",
    )


def test_a_letters_first_line_in_the_first_person_is_no_heading():
    lines = [
        "British Embassy,",
        "Washington, D. C.,",
        "December 8th, 1940",
        "Dear Mr. Secretary:",
        "I enclose a letter for the President which forwards a secret and personal letter to him from the "
        "Prime Minister. A copy of",
        "Mr. Churchill's letter is also enclosed for your personal information.",
    ]
    assert read_opening(lines).heading is None


def test_a_genre_heading_naming_a_city_is_no_letterhead():
    lines = [
        "The Common Struggle Against Fascism",
        "Geographic index:",
        "Cipher telegram from Vyacheslav Molotov to the Soviet ambassador in Washington with congratulations",
        "10 November 1944",
        "Please accept my congratulations on your re-election, received with great satisfaction.",
    ]
    assert read_opening(lines).heading == lines[2]


def test_a_date_line_broken_between_its_month_and_day():
    lines = [
        "The Ambassador in the Soviet Union (Smith) to the Secretary of State",
        "secret",
        "Moscow, February",
        "1, 1947—10 a. m.",
        "261. As far as Embassy can establish, sole legal footing is an exchange of letters.",
    ]
    opening = read_opening(lines)
    assert opening.dateline is not None and (opening.dateline.place, opening.dateline.date.value) == (
        "Moscow",
        "1947-02-01",
    )


def test_a_note_marker_glued_to_a_headings_closing_bracket():
    from chancery.sources.page.opening import _clean_heading

    assert _clean_heading("Counselor of the Department of State (MacArthur)1") == (
        "Counselor of the Department of State (MacArthur)"
    )
    assert _clean_heading("Memorandum of Conversation1 2") == "Memorandum of Conversation"


def test_a_from_line_under_a_complete_from_to_heading_is_the_papers_own():
    from chancery.sources.page.opening import read_opening

    opening = read_opening(
        [
            "January 26, 1969",
            "Memo from Bulgarian Ambassador in Pyongyang, Misho Nikolov, to the International Department",
            "from Misho Nikolov – Ambassador of PR Bulgaria to DPRK",
            "On 25 January 1969 I was called to the Ministry of Foreign Affairs, where the head said this.",
        ]
    )
    assert opening.heading == (
        "Memo from Bulgarian Ambassador in Pyongyang, Misho Nikolov, to the International Department"
    )


def test_a_marking_under_a_heading_does_not_go_on_with_it():
    from chancery.sources.page.opening import read_opening

    opening = read_opening(
        [
            "Memorandum by the President to the Secretary of State",
            "top secret",
            "I have read the reports of the National Security Council on Germany and Spain and approve them.",
        ]
    )
    assert opening.heading == "Memorandum by the President to the Secretary of State"


def test_a_heading_over_its_date_line_under_a_sites_banner_and_introduction():
    from chancery.sources.page.opening import read_opening

    lines = [
        "Selected Secret Documents from Soviet Foreign Policy Documents Archives - 1919 to 1941",
        "Selected Secret Documents from Soviet Foreign Policy Documents Archives - 1919 to 1941",
        "Concentrated on correspondence and meetings related to Turkey, the Balkans and Iran, with some "
        "additions from Afghanistan and India.",
        "G. A. Astakhov to the peopleʹs commissariat of foreign affairs of the",
        "USSR",
        "July 8, 1939 top secret",
        "The Turkish and French ambassadors who dined with me yesterday say that the visit means nothing.",
    ]
    opening = read_opening(lines)
    assert opening.heading == "G. A. Astakhov to the peopleʹs commissariat of foreign affairs of the USSR"
    assert (opening.dateline.date.value, opening.dateline.marking) == ("1939-07-08", "Top Secret")


def test_a_who_to_whom_heading_broken_inside_the_addressees_name():
    from chancery.sources.page.opening import read_opening

    opening = read_opening(
        [
            "No. 391  NAI DFA Secretary's Files A53",
            "Dearg code telegram from the Department of External Affairs to Robert",
            "Brennan (Washington)",
            "(No. 77)",
            "DUBLIN, 15 March 1944",
            "Your telegram 941 and 95. Main facts from our side are these: the story was not passed here.",
        ]
    )
    assert opening.heading == (
        "Dearg code telegram from the Department of External Affairs to Robert Brennan (Washington)"
    )
    site = read_opening(
        ["Cable No. 121973, Meretskov and Shytkov to Cde. Stalin", "[handwritten: to Cde. Stalin]"]
    )
    assert site.heading == "Cable No. 121973, Meretskov and Shytkov to Cde. Stalin"


def test_a_dotted_heading_over_an_item_number_or_an_editors_bracket_then_its_date_line():
    from chancery.sources.page.opening import read_opening

    for middle in ("No. 1.]", "[Translation.]"):
        opening = read_opening(
            [
                "Mr. Crosby to Mr. Seward.",
                middle,
                "Guatemala, June 1, 1861.",
                "The President of Guatemala and his ministers all declare their warm friendship for us.",
            ]
        )
        assert opening.heading == "Mr. Crosby to Mr. Seward"


def test_a_date_line_alone_over_the_text_after_a_catalogues_description():
    from chancery.sources.page.opening import read_opening

    lines = [
        "Presidential Library & Museum",
        "Wallace, Henry A. (Henry Agard), 1888-1965; Byrnes, James F. (James Francis), 1882-1972",
        "Speeches, addresses, etc.; International relations; Cabinet officers; Reporters and reporting",
        "Longhand Note of the President, September 17, 1946. President's Secretary's Files - Longhand Notes.",
        "Sept. 17, 1946",
        "At my request the Secretary wrote me a memorandum on the foreign situation in the form of a letter.",
    ]
    opening = read_opening(lines)
    assert (opening.dateline.date.value, opening.dateline_at) == ("1946-09-17", 4)
    # a date line over a list, not the text, is no document's head
    assert read_opening([*lines[:4], "Sept. 17, 1946", "Cabinet officers"]).dateline is None


def test_an_editions_page_heads_its_period_and_the_document_is_dated_under_its_heading(read_record):
    page = (
        "Document Numbers 651 - 677\n\n23 July - 5 September 1914\nReturn to Index\nGo to Appendix A\n\n"
        "(36033) No. 651.\nCount de Salis to Sir Edward Grey. (Received August 5.)\n(No. 32.)\n"
        "Cettinje, July 23, 1914.\n\n"
        "Early last June the Belgrade newspaper Pravda printed a bitter attack on the authorities of this "
        "country, and a few days later another paper repeated the same statements.\n"
    )
    record = read_record(page)
    assert (record.title, record.date.value) == ("Count de Salis to Sir Edward Grey", "1914-07-23")
    page = (
        "Document Numbers 446-475\n\n1-2 August\nReturn to Index\nGo to Document Numbers 476-500\n\n"
        "No. 446.\nSir Arthur Nicolson to Sir Edward Grey.\n58, Cadogan Gardens, S.W.,\n"
        "August 1, 1914.(1)\n\n"
        "I take it the enclosed telegram(2) has reached you. What Germany has done plainly makes her the "
        "aggressor, and so there should be no hesitation about our attitude.\n"
    )
    record = read_record(page)
    assert (record.title, record.date.value) == ("Sir Arthur Nicolson to Sir Edward Grey", "1914-08-01")
    assert [a.name for a in record.authors] == ["Arthur Nicolson"]


def test_a_founders_page_its_title_addressee_first_its_writer_and_date(read_record):
    record = read_record(
        "To John Adams from Thomas Jefferson, 20 February 1787\nFrom Thomas Jefferson\nParis Feb. 20. 1787.\n"
        "Dear Sir\nI now acknowledge your favor of Jan. 25. Colonel Franks left Havre for New York in this "
        "month's packet, and this arrangement opens a direct line between us.\n"
    )
    assert record.title == "To John Adams from Thomas Jefferson, 20 February 1787"
    assert (record.date.value, record.doc_type) == ("1787-02-20", "letter")
    assert [a.name for a in record.authors] == ["Thomas Jefferson"]
    assert [a.name for a in record.recipients] == ["John Adams"]
    assert [p.name for p in record.places] == ["Paris"]


def test_a_heading_whose_date_has_its_part_of_the_month(read_record):
    record = read_record(
        "Letter to Moisei Kharitonov, Beginning of August, 1916\nDear Comrade,\n"
        "Nadya is giving you, for Marcu, a secret meeting place, a password and a way of getting in touch.\n"
    )
    assert (record.title, record.date.value) == (
        "Letter to Moisei Kharitonov, Beginning of August, 1916",
        "1916-08",
    )


def test_no_heading_after_the_letters_salutation():
    from chancery.sources.page.opening import read_opening

    opening = read_opening(
        [
            "My dear Mr. Attorney General:",
            "April 21, 1941",
            "Referring to the President's appointment of",
            "Mr. Charles Fahy, Assistant Solicitor General, as a member",
            "of a commission going to London to settle the details of the leases, I enclose a copy.",
        ]
    )
    assert opening.heading is None


def test_the_addressee_alone_over_the_letters_date_line_after_an_editors_quotes(read_record):
    record = read_record(
        "“Presents to me are of all things the most painful; but when I am so well satisfied of the motives "
        "which dictated yours, my scruples are removed.”\n"
        "To David Humphreys\nMount Vernon, 26 June 1797\nMy Dear Humphreys,\n"
        "Since I last had the pleasure of writing to you by Captain O'Brian, your letters have reached me.\n"
    )
    assert (record.title, record.date.value) == ("To David Humphreys", "1797-06-26")
    assert [a.name for a in record.recipients] == ["David Humphreys"]


def test_a_heading_dated_after_a_comma_ends_on_no_initials_stop(read_record):
    record = read_record(
        "Memorandum from Walter J. Rockler to Paul H. Gantt, Norbert G. Barr, and Frank A. Esterkin, "
        "September 27, 1948\n"
    )
    assert record.title.endswith("Frank A. Esterkin, September 27, 1948")
    assert record.date.value == "1948-09-27"
    assert [a.name for a in record.recipients][-1] == "Frank A. Esterkin"
    assert record.places == []  # "Esterkin" is no place


def test_a_date_line_run_into_the_text_after_a_heading_ending_on_a_name(read_record):
    page = "\n".join(
        [
            "142",
            "Bajpai to Gollan",
            "Aide-Memoire NEW DELHI, 27 January 1949 I have the honour to send you an Aide-Memoire setting "
            "out suggestions for future cooperation among the countries at the Conference on Indonesia.",
            "Accept, Excellency, the assurance of my highest consideration.",
        ]
    )
    record = read_record(page)
    assert (record.title, record.date.value) == ("Bajpai to Gollan", "1949-01-27")
    assert [p.name for p in record.places] == ["New Delhi"]


def test_a_typescripts_year_with_a_letter_for_its_first_figure(read_record):
    record = read_record(
        "THE UNDER SECRETARY OF STATE\nAugust 22, l941.\nMy dear Mr. President:\nThe British "
        "Government has asked whether you would object to the broadcast.\nFaithfully yours,\n"
    )
    assert record.date.value == "1941-08-22"


def test_a_despatch_heading_over_the_writers_address_broken_over_short_lines(read_record):
    page = "\n".join(
        [
            "No. 17.",
            "Mr. Jay to Mr. Fish.",
            "American",
            "Legation,",
            "Vienna,",
            "April 11, 1873. (Received May 9.)",
            "No. 582.]",
            "Sir: With reference to my No. 574, of the 2d of April, about the English commission's "
            "space, I have the honor to report.",
        ]
    )
    record = read_record(page)
    assert (record.title, record.date.value) == ("Mr. Jay to Mr. Fish", "1873-04-11")


def test_an_editions_number_without_its_stop_before_a_genres_heading(read_record):
    record = read_record(
        "264 Note of Meeting of U.K. and Dominions Representatives\n"
        "Extract LONDON, 17 September 1938, 6.15 p.m.\n"
        "MR BRUCE wanted to know whether future guarantees for Czechoslovakia had come up at the meeting.\n"
    )
    assert record.title == "Note of Meeting of U.K. and Dominions Representatives"
