"""Header layer: markings, copy number, From/To lines, places, folder header."""

from __future__ import annotations

from chancery.sources.page.header import is_prose, read_folder, read_header


def test_cipher_header():
    header = read_header(
        [
            "Top Secret",
            "Copy Nº 6",
            "from Alma-Ata",
            "Moscow, USSR NKVD - to Cde. BERIA",
            "We are sending a translation of a letter which is long enough to be prose and not a "
            "header line at all, as it goes on and on about the matter at hand for a while.",
        ]
    )
    assert header.marking == "Top Secret" and header.this_copy == 6
    assert [(p.name, p.role) for p in header.places] == [("Alma-Ata", "sent_from"), ("Moscow", "sent_to")]
    assert [a.name for a in header.recipients] == ["Beria"] and header.recipients_affiliation == "USSR NKVD"
    assert header.end == 4


def test_from_to_lines_with_people_in_parentheses():
    header = read_header(
        [
            "TELEGRAM 066.808",
            "To: the Romanian Ministry of Foreign Affairs (to comrade Deputy Foreign Minister "
            "Constantin Oancea; to comrade Director Vasile Sandru)",
            "From: the Romanian Embassy in Pyongyang",
        ]
    )
    assert [a.name for a in header.recipients] == ["Constantin Oancea", "Vasile Sandru"]
    assert header.authors[0].kind == "organization"
    assert [p.name for p in header.places] == ["Pyongyang"]


def test_handling_words_and_dispatch_place():
    header = read_header(["Dispatched from Havana on 10.30.1962 at 15:00", "To: KRAJEWSKI, EYES ONLY"])
    assert [a.name for a in header.recipients] == ["Krajewski"]
    assert [p.name for p in header.places] == ["Havana"]


def test_cable_header_in_capitals_and_columns():
    header = read_header(
        [
            "PARAPHRASE OF NAVY CABLE JULY 5, 1945, FROM MOSCOW",
            "TOP SECRET",
            "FROM HARRIMAN, TOP SECRET AND PERSONAL FOR THE PRESIDENT AND THE SECRETARY OF STATE:",
            "Cable                             Strictly Secret",
        ]
    )
    assert header.marking == "Top Secret"
    assert [a.name for a in header.authors] == ["Harriman"]
    assert len(header.recipients) == 2
    assert [p.name for p in header.places] == ["Moscow"]


def test_letterhead_address():
    header = read_header(["DEPARTMENT OF STATE", "Washington, D.C. 20520"])
    assert [p.name for p in header.places] == ["Washington, D.C."]


def test_folder_header():
    folder = read_folder(
        [
            "DELO Nº Op [Osobaya Papka, Special Folder] 1-1",
            "correspondence with Cde. I. V. Stalin",
            "beginning 3 October 19[4]5",
            "ending 20 October 19[4]5",
            "number of sheets: 492",
            "Vol. Nº 17",
        ]
    )
    assert folder.to_json() == {
        "designation": "Op 1-1",
        "title": "correspondence with Cde. I. V. Stalin",
        "date": {"start": "1945-10-03", "end": "1945-10-20"},
        "date_as_written": "beginning 3 October 19[4]5 ending 20 October 19[4]5",
        "sheets": 492,
        "volume": "17",
    }
    assert read_folder(["Top Secret"]) is None


def test_from_and_to_a_city_are_places():
    header = read_header(["From: Beijing", "To: Moscow", "To Comrade Stalin"])
    assert [(p.name, p.role) for p in header.places] == [("Beijing", "sent_from"), ("Moscow", "sent_to")]
    assert [a.name for a in header.recipients] == ["Stalin"] and header.authors == []


def test_places_of_letterheads_cable_addresses_and_meetings():
    header = read_header(["Embassy of the Hungarian People's Republic", "Beijing", "Top Secret"])
    assert [p.name for p in header.places] == ["Beijing"]
    header = read_header(
        [
            "DATE AND TIME: Saturday, July 10, 1971, 12:10 p.m. - 6:00 p.m.",
            "PLACE: Great Hall of the People, Peking",
        ]
    )
    # the name the edition prints, today's name beside it for the resolver
    assert [(p.name, p.role, p.variants) for p in header.places] == [("Peking", "written_at", ["Beijing"])]
    assert read_header(["PLACE: Secretary's Office"]).places == []


def test_the_city_after_an_addressee():
    header = read_header(
        ["From: Brazilian Embassy, Havana", "To: Ministry of External Relations, Rio de Janeiro"]
    )
    assert [(p.name, p.role) for p in header.places] == [
        ("Havana", "sent_from"),
        ("Rio de Janeiro", "sent_to"),
    ]
    assert [a.name for a in header.recipients] == ["Ministry of External Relations"]


def test_city_and_building():
    assert [p.name for p in read_header(["DECREE No. GOKO-6896ss", "Moscow, Kremlin"]).places] == ["Moscow"]
    assert [p.name for p in read_header(["Washington, D.C. 20520"]).places] == ["Washington, D.C."]


def test_us_memorandum_header_and_russian_addressee():
    header = read_header(["MEMORANDUM FOR: The President", "FROM: EUR - Foy D. Kohler", "SUBJECT: Berlin"])
    assert [a.name for a in header.authors] == ["Foy D. Kohler"]
    assert [a.name for a in header.recipients] == ["President"]
    assert [a.name for a in read_header(["To Comrade Stalin I. V."]).recipients] == ["I. V. Stalin"]
    assert [a.name for a in read_header(["Addressee: Comrade Stalin", "Sender: Shtykov"]).authors] == [
        "Shtykov"
    ]


def test_a_cable_address_city_first():
    header = read_header(["Strictly Secret", "Beijing, Soviet Ambassador, for Comrade Mao Zedong."])
    assert [(p.name, p.role) for p in header.places] == [("Beijing", "sent_to")]


def test_place_and_date_with_the_hour_sent():
    assert [p.name for p in read_header(["Saigon, August 24, 1963, 1 p.m."]).places] == ["Saigon"]
    assert [p.name for p in read_header(["Hanoi, 3 May 1965, 10:30 a.m."]).places] == ["Hanoi"]


def test_a_telegram_forms_notice_is_no_prose():
    notice = (
        "This message will not be distributed outside British Government Departments or Headquarters or "
        "re-transmitted, even in cipher, without being paraphrased."
    )
    assert not is_prose(notice)
    header = read_header(
        ["CIPHER TELEGRAM", notice, "From: -", "C. in C. Hong Kong.", "RESTRICTED,", "x " * 80]
    )
    assert header.marking == "Restricted"


def test_a_routing_forms_heading_is_no_prose():
    assert not is_prose(
        'ROUTING AND TRANSMITTAL SLIP em" syn1w is App "Mm numOw, EXO/DDA 7 Jan 36 In Web Gab ' * 2
    )
    assert read_header(["MEMORANDUM FOR THE RECORD", "x " * 80]).recipients == []


def test_a_telegrams_address_names_the_addressees_city():
    header = read_header(["СВЕРДЛОВСК, УРАЛМАШЗАВОД.", "ДИРЕКТОРУ МУЗРУКОВУ,", "Требую от вас " * 12])
    assert [(p.name, p.role) for p in header.places] == [("Свердловск", "sent_to")]
    assert read_header(["Smith, John", "Text " * 30]).places == []


def test_a_cipher_offices_receipt_note_is_the_headers_not_prose():
    note = (
        "Entered the Central Committee of the All-Union Communist Party of Bolsheviks for interpretation on "
        "January 15, 1936, 15–55."
    )
    assert not is_prose(note)
    header = read_header(
        ["Sent 9-00 15.1.1936", note, "In. No. 37/sh.", "Moscow. Tov. Stalin.", "Text " * 30]
    )
    assert [p.name for p in header.places] == ["Moscow"]


def test_an_editors_words_at_the_head_of_an_address():
    from chancery.sources.page.header import read_header

    head = ["[To the] CPSU CC", "Concerning the complete withdrawal of Soviet troops from Mongolia"]
    header = read_header(
        head + ["The Mongolian leadership has asked that the question of a withdrawal be examined."]
    )
    assert [a.name for a in header.recipients] == ["CPSU CC"]


def test_a_telegram_forms_heading_of_its_post_and_genre():
    from chancery.sources.page.header import read_header

    head = [
        "[GDR Embassy in Ethiopia]",
        "Addis Abeba Instant Message",
        "vvs-t-b 7/111- 21/88 First copy 1 page",
    ]
    header = read_header(
        head + ["On 30 March at 8:00 hours I told Comrade Mengistu how the answer had come."]
    )
    assert [p.name for p in header.places] == ["Addis Ababa"]


def test_a_writer_from_line_in_mixed_case_and_the_city_label():
    head = read_header(
        [
            "To: The Ambassador of NRB",
            "Comrade Yancho Georgiev",
            "City: Pyongyang",
            "From Apostol M. Apostolov",
            "First Secretary at the Embassy",
            "Comrade Ambassador,",
            "As you instructed, I asked for a meeting and was received today by the Deputy Chief.",
        ]
    )
    assert [p.name for p in head.places] == ["Pyongyang"]
    assert [a.name for a in head.authors] == ["Apostol M. Apostolov"]
    assert [
        p.name for p in read_header(["From Moscow", "The text begins here and runs on as prose."]).places
    ] == ["Moscow"]


def test_an_office_then_its_holder_in_a_to_field_is_one_addressee():
    from chancery.sources.page.fields import read_fields
    from chancery.sources.page.people import field_agents

    def to(*lines):
        return field_agents(read_fields([*lines, "The text begins here, in a sentence of its own."])[0].value)

    (agent,) = to("To: The Ambassador of NRB [People's Republic of Bulgaria]", "Comrade Yancho Georgiev")
    assert (agent.name, agent.office) == ("Yancho Georgiev", "Ambassador of NRB")
    # a memorandum's addressees one a line, and two on one line, are several
    assert [a.name for a in to("TO: The Secretary of State", "Mr. Foy D. Kohler")] == [
        "Secretary of State",
        "Foy D. Kohler",
    ]
    assert len(to("To: The Ambassador of NRB; Comrade Yancho Georgiev")) == 2


def test_from_the_journal_is_a_heading_not_a_sender_or_a_place():
    from chancery.sources.page.closing import _place_line
    from chancery.sources.page.fields import read_fields

    head = read_header(
        ["FROM THE JOURNAL", "OF I. S. SHCHERBAKOV", "The Ambassador received me at noon today."]
    )
    assert head.places == [] and head.authors == []
    assert [f.value for f in read_fields(["FROM THE JOURNAL", "The text."]) if f.label == "from"] == [""]
    assert _place_line("Nº [left blank]") is None


def test_an_editions_letter_heading_writer_to_addressee_and_where_he_was():
    head = read_header(
        ["MARX TO ENGELS", "IN MANCHESTER", "Dear Engels,", "Herewith Eccarius' letter, as you asked."]
    )
    assert ([a.name for a in head.authors], [a.name for a in head.recipients]) == (["Marx"], ["Engels"])
    assert [(p.name, p.role) for p in head.places] == [("Manchester", "sent_to")]
    assert read_header(["COPY TO MOLOTOV", "The text begins here, and goes on."]).authors == []
