"""Enclosures layer and editorial notes."""

from __future__ import annotations

from chancery.sources.page.editorial import editorial_notes
from chancery.sources.page.enclosures import read_enclosures

FORWARDED = "\n".join(
    [
        "We are sending a translation of a letter of ALIHAN TORE [Shakirjan] to Cde. Stalin which he passed "
        "in the Consulate on 31 October 1945.",
        "",
        '"To the leader of the great Soviet Union, the good, benevolent, his Excellency Stalin.',
        "",
        "We ask for help.",
        "",
        "Chairman of the government ALIHAN TORE, Deputy Chairman of the government HASHIM SHAH [sic], "
        "members of the government KASYMOV [sic], and MOSKHAZHEV [sic].",
        "",
        "Authenticated by [illegible signature]",
    ]
)


def test_forwarded_letter():
    [enc] = read_enclosures("doc", FORWARDED.split("\n"))
    assert enc.id == "doc-enc1" and enc.doc_type == "letter" and enc.date is None
    assert [(a.name, a.office) for a in enc.authors] == [("Alihan Tore", "Chairman of the government")]
    assert [(a.name, a.as_written) for a in enc.recipients] == [("Stalin", "his Excellency Stalin")]
    assert [(a.name, a.office) for a in enc.signatories] == [
        ("Hashim Shah", "Deputy Chairman of the government"),
        ("Kasymov", "Member of the government"),
        ("Moskhazhev", "Member of the government"),
    ]
    assert enc.delivery.place == "the Consulate" and enc.delivery.date.value == "1945-10-31"


def test_enclosure_list_with_reply_further_down():
    body = [
        "Text.",
        "Enclosures:",
        "1. Suggested reply.",
        "2. Copy of correspondence.",
        "[page 2]",
        "SUGGESTED REPLY",
        "Dear Mr. Murphy,",
        "[The draft.]",
    ]
    encs = read_enclosures("m", body)
    assert [(e.title, e.doc_type) for e in encs] == [
        ("Suggested reply", "letter"),
        ("Copy of correspondence", "other"),
    ]
    assert [a.name for a in encs[0].recipients] == ["Murphy"]


def test_named_enclosures():
    [enc] = read_enclosures("l", ['Below is the "Letter to Congress" that we have sent to every member.'])
    assert (enc.title, enc.doc_type, [a.name for a in enc.recipients]) == (
        "Letter to Congress",
        "letter",
        ["Congress"],
    )
    [enc] = read_enclosures(
        "n",
        [
            "Enclosed are memoranda on talks that the Consul-General in Ürümchi, Comrade "
            "G. S. Dobashin, and the head of the consulate in Ghulja, Comrade G. P. Blokin, held."
        ],
    )
    assert enc.doc_type == "memorandum"
    assert [a.name for a in enc.authors] == ["G. S. Dobashin", "G. P. Blokin"]
    assert [p.name for p in enc.places] == ["Urumqi", "Ghulja"]
    assert read_enclosures("x", ["Nothing is enclosed here."]) == []


def test_editorial_notes():
    text = (
        "[handwritten: classified] we [will] achieve [Translator's note: three words missing] "
        "Ghulja [Yining] "
        "SHAH [sic], KASYMOV [sic] [illegible signature] […]"
    )
    assert editorial_notes(text) == [
        "[handwritten: classified]",
        "[Translator's note: three words missing]",
        "[sic]",
        "[illegible signature]",
        "[…]",
    ]


def test_single_enclosure_on_its_label_line():
    [enc] = read_enclosures("x", ["Text.", "Enclosure: Memorandum of conversation with Zhou Enlai."])
    assert enc.title == "Memorandum of conversation with Zhou Enlai"
    assert enc.doc_type == "record_of_conversation"


def test_a_forwarded_letter_named_with_from():
    body = [
        "I forward herewith a letter from Kim Il Sung to Comrade Stalin, which he gave me on 3 May 1950.",
        "",
        '"Dear Comrade Stalin, we ask for help."',
        "",
        "Kim Il Sung",
    ]
    (enc,) = read_enclosures("x", body)
    assert (enc.title, enc.doc_type) == ("a letter from Kim Il Sung to Comrade Stalin", "letter")
    assert [a.name for a in enc.authors] == ["Kim Il Sung"]


def test_a_reading_rooms_routing_form_and_attached_minutes():
    stamp = "Sanitized Copy Approved for Release 2010/07/26: CIA-RDP91 G01 170R003505680020-9"
    body = [
        stamp,
        "ROUTING AND RECORD SHEET",
        "SUBJECT: (Optional)",
        "FROM: EA/ExDir",
        "15 December 1978",
        "MEMORANDUM FOR: Members, Public Affairs Advisory Group",
        "1. The Minutes of the December meeting of the Public Affairs Advisory Group are attached.",
        "Herbert E. Hetu",
        "Attachment",
        "Minutes",
        "Distribution:",
        "OIG",
        stamp,
        stamp,
        "Minutes of the",
        "Public Affairs Advisory Group",
        "11 December 1978",
        "Attending: OPA - Herbert Hetu, Chairman",
        "OIG - Charles Briggs",
        "OLC",
        "Absent: OGC",
        "Minutes",
        "1. Introductory Remarks",
    ]
    form, minutes = read_enclosures("x", body)
    assert (form.title, form.doc_type, [a.name for a in form.authors]) == (
        "ROUTING AND RECORD SHEET",
        "other",
        ["EA/ExDir"],
    )
    assert (minutes.title, minutes.doc_type, minutes.date.value) == (
        "Minutes of the Public Affairs Advisory Group",
        "minutes",
        "1978-12-11",
    )
    assert [a.name for a in minutes.authors] == ["Public Affairs Advisory Group"]
    assert [a.as_written for a in minutes.participants] == [
        "OPA - Herbert Hetu",
        "OIG - Charles Briggs",
        "OLC",
    ]
    # without a page of its own, an item of the list under "Attachment" is no attached paper's heading
    found = read_enclosures("y", ["Attachment", "2. Draft letter of reply", "1964"])
    assert [(r.title, r.date) for r in found] == [("Draft letter of reply", None)]


def test_a_forwarded_telegrams_own_salutation_and_foot():
    body = [
        "I received the following telegram from MAO ZEDONG:",
        "",
        '"To Comrade FILIPPOV.',
        "",
        "We have received your telegram.",
        "",
        "MAO ZEDONG",
        '13.6.51"',
    ]
    [enc] = read_enclosures("doc", body)
    assert [a.name for a in enc.recipients] == ["Filippov"]
    assert [a.name for a in enc.authors] == ["Mao Zedong"]
    assert enc.date.value == "1951-06-13"


def test_a_forwarded_telegrams_own_copy_line_and_salutation_stay_its_own(read, page_text):
    body = "\n".join(
        [
            "Copies: Stalin (2), Molotov, Malenkov", "From BEIJING", "To FILIPPOV [Stalin].",
            "I am sending you the telegram of Comrade Peng Dehuai of 19 January:",
            '"Copy: To Comrade GAO GANG', "Chairman Mao:",
            "The enemy has pulled back along the whole front and we shall rest the troops for a month.",
            'PENG DEHUAI"', "MAO ZEDONG",
        ]
    )  # fmt: skip
    title = "Telegram, Mao Zedong to I.V. Stalin, Conveying 19 January 1951 Telegram from Peng Dehuai to Mao"
    r = read(page_text("January 27, 1951", title, body))
    assert [a["name"] for a in r["recipients"]] == ["I.V. Stalin"]  # "Chairman Mao:" hails in the quote
    [telegram] = r["enclosed_documents"]
    assert [e["agent"]["name"] for e in telegram["distribution"]] == ["Gao Gang"]


def test_the_writers_own_answer_he_has_passed_on(read, page_text):
    body = "\n".join(
        [
            "Transmit to Comrade KIM IL SUNG the following answer:", "“Comrade KIM IL SUNG.",
            "We regard your position in the negotiations as entirely correct and see no need to change it.",
            "3 August 1952”", "Telegraph the fulfillment.",
        ]
    )  # fmt: skip
    r = read(page_text("August 4, 1952", "Ciphered telegram, Filippov (Stalin) to Razuvaev", body))
    [answer] = r["enclosed_documents"]
    assert [a["name"] for a in answer["recipients"]] == ["Kim Il Sung"] and answer["date"] == "1952-08-03"
    assert [a["name"] for a in answer["authors"]] == [a["name"] for a in r["authors"]]


def test_a_message_quoted_whole_hailing_its_addressee_and_signed_inside_the_quotes(read, page_text):
    body = "\n".join(
        ["SPECIAL", "For Kim Il Sung.", "“Cde. Kim Il Sung!", "We agree with your proposal.",
         "Filippov [Stalin].”", "Telegraph the fulfillment.", "VYSHINSKY"]
    )  # fmt: skip
    r = read(page_text("May 14, 1950", "Ciphered Telegram No. 8601, Vyshinsky to Kim Il Sung", body))
    [message] = r["enclosed_documents"]
    assert [a["name"] for a in message["recipients"]] == ["Kim Il Sung"]
    assert [a["name"] for a in message["authors"]] == ["Stalin"]


def test_the_writers_words_for_someone_quoted_in_a_sentence(read, page_text):
    body = (
        "To Terebin:\nIn answer, tell Mao Zedong that “The government will be glad to see him.”\nKuznetsov\n"
    )
    r = read(page_text("December 16, 1947", "Cable, Kuznetsov to Terebin", body))
    [message] = r["enclosed_documents"]
    assert [a["name"] for a in message["recipients"]] == ["Mao Zedong"]


def test_a_paper_appended_under_the_text_past_a_handwritten_minute():
    from chancery.sources.page.enclosures import read_enclosures

    body = [
        "A draft of the statement is attached.",
        "I ask for your approval.",
        "With socialist greetings",
        "[signed]",
        "Oskar Fischer",
        "Appendix",
        "[Handwritten comment]",
        "Comrade Fischer",
        "See [my] comments.",
        "Text of a Statement to be Read Out to the Counselor of the Embassy of the PR China to the GDR",
        "In view of current events the Ministry for Foreign Affairs considers it necessary to set out its "
        "position on the status of West Berlin.",
    ]
    (enc,) = read_enclosures("x", body)
    assert enc.title.startswith("Text of a Statement") and enc.doc_type == "other"
    assert enc.authors == [] and enc.recipients == []


def test_a_paper_sent_on_to_the_addressee_unquoted():
    from chancery.model import Agent
    from chancery.sources.page.enclosures import read_enclosures

    body = [
        "I am sending you a telegram of Cde. MAO ZEDONG.",
        "We plan to fly one division from LANZHOU to URUMCHI so that XINJIANG can be occupied quickly.",
    ]
    stalin = Agent(name="Filippov", as_written="Filippov [Stalin]", kind="person")
    (enc,) = read_enclosures("x", body, None, [], [stalin])
    assert enc.doc_type == "telegram" and [a.name for a in enc.authors] == ["Mao Zedong"]
    assert [a.name for a in enc.recipients] == ["Filippov"]


def test_a_personal_and_secret_message_announced_by_the_title():
    from chancery.sources.page.enclosures import _announced

    (enc,) = _announced("a personal and secret message from Franklin D. Roosevelt to Joseph Stalin")
    assert (enc.doc_type, enc.authors[0].name, enc.recipients[0].name) == (
        "letter",
        "Franklin D. Roosevelt",
        "Joseph Stalin",
    )


def test_an_attached_form_of_the_same_office_is_an_enclosed_paper_of_the_same_genre(read_record):
    page = "\n".join(
        [
            "Telegram from the Ambassador to the United States Regarding a Hearing",
            "",
            "MINISTRY OF FOREIGN AFFAIRS",
            "Number: USW-07421 Date: 301500",
            "To: Minister Reference (Copy)",
            "From: Ambassador to the United States of America",
            "Today at 11:30 in the morning the Minister talked with the Deputy Assistant Secretary, who had "
            "taken office earlier that morning.",
            "Attached :",
            "MINISTRY OF FOREIGN AFFAIRS",
            "Number: WUS-0826 Date: 021630",
            "To: Ambassador to the United States of America",
            "From: Minister",
            "On July 22nd Mr. Thomas J. Coolidge, Jr. sent the President a message about public sentiment.",
        ]
    )
    record = read_record(page)
    assert record.doc_type == "telegram"
    assert "Copy" not in [a.name for a in record.recipients]
    (enclosed,) = record.enclosed_documents
    assert enclosed.doc_type == "telegram"
    assert [a.name for a in enclosed.recipients] == ["Ambassador to the United States of America"]


def test_a_telegram_delivering_a_message_in_telegraphese(read_record):
    page = "\n".join(
        [
            "Telegram From the Department of State to the Embassy in the United Kingdom",
            "2305. Please deliver following personal message from President to Prime Minister. Confirm date "
            "and hour of delivery.",
            "“September 23, 1957.",
            "Dear Harold:",
            "Your letter on disarmament has reached me. I talked about it briefly with Foster this morning.",
            "With warm personal regard,",
            "As ever, Ike”",
            "Dulles",
        ]
    )
    record = read_record(page)
    (enclosed,) = record.enclosed_documents
    assert enclosed.date.value == "1957-09-23"
    # announced by his office, the message is signed with his name: "As ever, Ike"
    assert [a.name for a in enclosed.authors] == ["Ike"]
    assert [a.name for a in enclosed.recipients] == ["Prime Minister"]
    assert [s.name for s in record.signatories] == ["Dulles"]


def test_the_words_for_quotation_marks_frame_the_letter_a_telegram_passes_on(read_record):
    page = "\n".join(
        [
            "233. Telegram From the Department of State to the Embassy in India0",
            "2692. Ambassador is asked to deliver following letter from the President to Prime Minister "
            "Nehru.",
            "Verbatim Text.",
            "Dear Mr. Prime Minister:",
            "Since receiving your letters I have given much thought to the problems of defending the region.",
            "Sincerely,",
            "John F. Kennedy",
            "End Verbatim Text.",
            "In accordance usual custom this letter is not to be published.",
            "Rusk",
            "1. Source: Department of State, Central Files, 691.93/12-2262. Secret; Niact. Drafted by Grant.",
            "2. Galbraith delivered Kennedy’s letter to Nehru on the morning of December 27 at home.",
        ]
    )
    record = read_record(page)
    assert [s.name for s in record.signatories] == ["Rusk"]  # the telegram's; the letter's signer is not
    assert "Verbatim Text." in record.text  # the text as printed
    (enclosed,) = record.enclosed_documents
    assert enclosed.doc_type == "letter"
    assert [a.name for a in enclosed.authors] == ["John F. Kennedy"]  # named by his office, signed by name
    assert [a.name for a in enclosed.recipients] == ["Nehru"]  # the salutation's office is the named man


def test_text_of_a_telegram_announced_in_telegraphese(read_record):
    page = "\n".join(
        [
            "The Acting Secretary of State to the Embassy in Egypt",
            "1781. Below is text of telegram Eden sent Foreign Office after talk with Secretary referred to "
            "Deptel 1776 Mar 7.",
            "Verbatim text. I have talked the point over again with Mr. Dulles. We agree the best course is "
            "for our ambassadors to call together.",
            "Nothing should be done on this telegram until further instructions. End verbatim text.",
        ]
    )
    (enclosed,) = read_record(page).enclosed_documents
    assert enclosed.doc_type == "telegram"
    assert [a.name for a in enclosed.authors] == ["Eden"]
    assert [a.name for a in enclosed.recipients] == ["Foreign Office"]


def test_a_quoted_letter_cut_by_the_copy_whose_writer_is_named_by_a_possessive(read_record):
    page = "\n".join(
        [
            "86. Telegram 4608 to London, February 281",
            "Eyes only for Ambassador Bruce. There follows text of President’s letter to Prime Minister for "
            "delivery soonest:",
            "QUOTE February 28, 1962",
            "Dear Mr. Prime Minister:",
            "Many thanks for your letter of February 28th. Your grasp of the central issue gives me heart.",
        ]
    )
    record = read_record(page)
    assert record.title == "Telegram 4608 to London, February 28"  # the note's marker glued to the day
    assert [a.name for a in record.recipients] == ["Bruce"]  # not the letter's "Mr. Prime Minister"
    (enclosed,) = record.enclosed_documents
    assert (enclosed.doc_type, enclosed.date.value) == ("letter", "1962-02-28")
    assert [a.name for a in enclosed.authors] == ["President"]
    assert [a.name for a in enclosed.recipients] == ["Prime Minister"]


def test_who_signed_the_enclosed_message_signed_none_of_the_telegram(read_record):
    page = "\n".join(
        [
            "Telegram from Ambassador Bayerlacher to Erich Honecker, 29 March 1988",
            "Addis Ababa, 29 March 1988",
            "Chairman Mengistu asked me to pass on the following message to Comrade Honecker:",
            "“Dear Comrade Honecker,",
            "I ask your help with the arms we need for the defence of our revolution.",
            "With fraternal greetings,",
            "Mengistu Haile Mariam”",
            "Bayerlacher",
        ]
    )
    record = read_record(page)
    assert [a.name for a in record.signatories] == []
    assert [a.name for a in record.enclosed_documents[0].authors] == ["Mengistu Haile Mariam"]
