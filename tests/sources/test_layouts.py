"""Layout profiles: how each site's page is split into its chrome and the document."""

from __future__ import annotations

import pytest

from chancery.sources.page import layouts
from chancery.sources.page.layouts.furniture import is_furniture


def _split(text: str):
    return layouts.split(text)


def test_frus_heading_loses_its_number_and_note_marker_glued_or_spaced():
    volume = "Foreign Relations of the United States, 1964–1968, Volume XIV, Soviet Union"
    head = f"Historical Documents\n\n{volume}\n\n"
    page = _split(
        head + "221. Memorandum From Secretary of Defense McNamara to President Johnson 1\n\nText.\n"
    )
    assert (page.layout, page.title) == (
        "frus",
        "Memorandum From Secretary of Defense McNamara to President Johnson",
    )
    page = _split(head + "177. Telegram From the Department of State to the Embassy in Jordan1\n\nText.\n")
    assert page.title == "Telegram From the Department of State to the Embassy in Jordan"
    page = _split(head + "12. Circular Telegram 5\n\nText.\n")  # a number the heading calls for stays
    assert page.title == "Circular Telegram 5"


def test_avalon_copy_of_a_partner_keeps_the_heading_not_the_page_title():
    text = (
        "Nazi-Soviet Relations 1939-1941: German-Soviet Boundary and Friendship Treaty\n\n"
        "The following document is courtesy of Encyclopaedia Britannica's publishing partnership with the "
        "Lillian Goldman Law Library's Avalon Project at Yale Law School.\n"
        "German-Soviet Boundary and Friendship Treaty\n"
        "Previous DocumentNazi-Soviet Relations PageNext Document\n\n"
        "The Government of the German Reich and the Government of the U.S.S.R. regard it as their task.\n\n"
        "Previous DocumentNazi-Soviet Relations PageNext Document\n"
    )
    page = _split(text)
    assert page.layout == "avalon"
    assert [line.strip() for line in page.body if line.strip()] == [
        "German-Soviet Boundary and Friendship Treaty",
        "The Government of the German Reich and the Government of the U.S.S.R. regard it as their task.",
    ]
    assert page.chrome[0] == "site: page title" and page.chrome[2] == "site: credit"


def test_dfat_volume_layout_without_the_sites_labels():
    page = _split(
        "265\n\nSavingram from Critchley to Canberra\n\nKuala Lumpur, 14 April 1965\n\n16 . Secret\n\nText.\n"
    )
    assert (page.layout, page.title) == ("dfat", "Savingram from Critchley to Canberra")
    page = _split("86 Cablegram to Canberra\n\nLisbon, 14 February 1975\n\nText of it.\n")
    assert (page.layout, page.title) == ("dfat", "Cablegram to Canberra")
    page = _split(
        "Skip to main content\n\nHistorical documents\n\n85 Minutes of meeting of Prime Ministers\n\n"
        "PMM(48) 12th Meeting (extract) LONDON, 20 October 1948\nSECRET\nText.\n"
    )
    assert (page.layout, page.title) == ("dfat", "Minutes of meeting of Prime Ministers")
    assert layouts.recognise(["265", "", "Dear Sir,", "I write to you."]).name == "plain-document"


def test_tna_cabinet_conclusions_run_into_one_paragraph():
    members = " ".join(
        f"The Right Hon. {name}, M.P., {office}"
        for name, office in [("HAROLD MACMILLAN", "Prime Minister"), ("R. A. BUTLER", "Home Secretary")]
    )
    text = (
        "(C) Crown Copyright Catalogue Reference:CAB/128/35 Image\n\n"
        "(c) crown copyright Catalogue Reference:CAB/128/35 Image Reference:0066 SECRET THIS DOCUMENT IS THE "
        "PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT Printed for the use of the Cabinet November 1961 "
        "CC. (61) 66th Conclusions CABINET CONCLUSIONS of a Meeting of the Cabinet held at Admiralty House, "
        f"S.W.1, on Thursday, 30th November, 1961 at 10.30 am. Present: - {members} The Right Hon. JOHN "
        "HARE, M.P., Minister of Labour The following were also present : The Right Hon. JULIAN AMERY, M.P.\n"
    )
    page = _split(text)
    assert page.layout == "tna-cabinet-papers" and page.title == "CONCLUSIONS of a Meeting of the Cabinet"
    assert (page.date_line, page.place) == ("Thursday, 30th November, 1961", "Admiralty House")
    assert [line[:20] for line in page.body if line.strip()][-3:] == [
        "CONCLUSIONS of a Mee",
        "Present: - The Right",
        "The following were a",
    ]


def test_cia_reading_room_run_on_ocr_cut_at_stamps_and_heads():
    stamp = "Approved For Release 2009/04/10: CIA-RDP80B01676R001500060187-6"
    text = (
        "MORNING MEETING OF 22 OCTOBER 1965\nDocument Type:\nCollection:\n"
        "Document Number (FOIA) /ESDN (CREST):\nCIA-RDP80B01676R001500060187-6\nRelease Decision:\nRIPPUB\n"
        "Original Classification:\nS\nPublication Date:\nOctober 22, 1965\nContent Type:\nMEMO\nFile:\n"
        "Attachment | Size |\n---|---|\nCIA-RDP80B01676R001500060187-6.pdf | 138.58 KB |\nBody:\n"
        f"{stamp} 22 October 1965 MEMORANDUM FOR THE RECORD Morning Meeting of 22 October 1965 Smith gave "
        f"background in reply to an earlier question. {stamp} NOTE TO: EXO/DDA ADDA SUBJECT: Background\n"
    )
    page = _split(text)
    assert page.layout == "cia-reading-room"
    assert [line[:25] for line in page.body if line.strip()] == [
        stamp[:25],
        "22 October 1965",
        "MEMORANDUM FOR THE RECORD",
        "Morning Meeting of 22 Oct",
        stamp[:25],
        "NOTE TO: EXO/DDA ADDA",
        "SUBJECT: Background",
    ]
    assert all(page.chrome[k] == "site: furniture" for k in (14, 15, 16))  # the file's table


def test_a_pages_xml_export_keeps_the_text_and_leaves_the_markup_to_the_site():
    page = layouts.split(
        '<?xml version="1.0" encoding="UTF-8"?>\n<item itemId="217523">\n  <file fileId="194874">\n'
        "    <src>https://example.org/files/original/137b.pdf</src>\n    <name>PDF Text</name>\n"
        "    <description/>\n      <text>TELETYPE MESSAGE\nTOP SECRET.\nFollowing for Heeney &amp; Pearson."
    )
    assert page.layout == "plain-document"
    assert page.body_lines() == ["TELETYPE MESSAGE", "TOP SECRET.", "Following for Heeney & Pearson."]
    assert set(page.chrome.values()) == {"site: markup"} and len(page.chrome) == 6


def test_a_wikis_lines_around_the_page_are_furniture():
    page = layouts.split(
        "Page:Déclaration Commune, 1956.djvu/1\n\nCette page n’a pas encore été corrigée\n\n"
        "United Nations Security Council Resolution 66\n\nFrom Wikisource\n"
        "Jump to navigation Jump to search\n"
        "The Security Council,\n"
    )
    assert page.body_lines() == ["United Nations Security Council Resolution 66", "The Security Council,"]


def test_back_to_top_and_web_counters_in_the_pages_language_are_furniture():
    page = layouts.split(
        "И. СТАЛИН\n\n17 сентября 1941 года\n\nперейти к началу страницы\n\n"
        "3W.SU ©® 2015 Яндекс.Метрика Рейтинг@Mail.ruРейтинг@Mail.ru\n"
    )
    assert page.body_lines() == ["И. СТАЛИН", "17 сентября 1941 года"]


@pytest.mark.parametrize(
    "line",
    [
        "Marx-Engels | Lenin | Stalin | Home Page",  # a row of links with the home page's
        "Электронная библиотека книг » Иосиф Сталин (Джугашвили) » Том 17 » Текст книги (страница 17)",
        "Druckfassung     Dokumenten-Liste vorheriges Dokument      nächstes Dokument",
        "Seite 1 von 2",
        "1   ...   17   18   19   20   21   22   23   24   ...   45",
        "Текущая страница: 17 (всего у книги 39 страниц)",
        "How to cite: Copy",
        "This document is also available in…",
        "GHDI logo",
        "![]() |",
        "File Type:pdf, Size:1020Kb",
        "Updated: 20-Mar-2002 | NATO Archives |",
        "Website design and developed by FUSIO",
        "Drucken | Teilen | Seitenanfang",  # a row of the page's links
        "Главная > Документы > 1941",
        "• Текст добавлен: 7 октября 2016, 14:52",  # when the site posted it: no date of the document's
        "Posted on May 3, 2010",
        "Просмотров: 1234",
        "© 2015 Example Archive",
        "Leave a comment",
    ],
)
def test_the_chrome_every_site_prints_in_its_languages(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Beginn: 9.30 Uhr | Ende: 14.05 Uhr |",  # a table of the document, no link row
        "The previous government's note of 3 May was answered in the next session.",
        "Er sagte »Ja« und »Nein« zugleich.",
        "1. To approve the draft.",
        "TAGS: ASEC, PINS, AR",  # a cable's field
        "Telegram",
        "Published in: Foreign Relations of the United States, 1950, vol. VII",
    ],
)
def test_document_lines_are_no_chrome(line):
    assert not is_furniture(line)


def test_the_digital_archives_citation_sentence_without_the_sites_labels():
    page = _split(
        "March 3, 1958\n\n\n    The ambassador reports on his talk with the Foreign Minister on the border."
        "\n"
        '    "Memorandum of Conversation, Ambassador Smith and Foreign Minister Jones," March 3, 1958, '
        "History and Public Policy Program Digital Archive, AVPRF, f. 0102, op. 14, d. 8. Translated by "
        "A. B.\n"
        "(Secret)\n\nThe Foreign Minister received me at noon.\n"
    )
    assert page.layout == "wilson-center-older"
    assert page.title == "Memorandum of Conversation, Ambassador Smith and Foreign Minister Jones"
    assert page.summary == "The ambassador reports on his talk with the Foreign Minister on the border."
    assert page.body[0] == "(Secret)"
    # a heading that is the quoted title is no summary
    page = _split(
        "Memorandum of Conversation, Smith and Jones\n\nMarch 3, 1958\n"
        '"Memorandum of Conversation, Smith and Jones," March 3, 1958, History and Public Policy Program '
        "Digital Archive, AVPRF, f. 0102.\n\nThe Foreign Minister received me at noon.\n"
    )
    assert (page.title, page.summary) == ("Memorandum of Conversation, Smith and Jones", None)


def test_the_marxists_internet_archives_notes_on_a_letter(read_record):
    record = read_record(
        "Written: Written in March 1911\nPublished:\nFirst published in 1933 in Lenin Miscellany XXV.\n"
        "Sent from Paris to Berlin.\nPrinted from the original.\nSource:\nLenin\nCollected Works,\n"
        "Progress Publishers,\n[1977],\nMoscow,\nVolume 43,\npage 276.\n"
        "Translated: Martin Parker and Bernard Isaacs\nTranscription\\Markup:\nR. Cymbala\nPublic Domain:\n"
        "Lenin Internet Archive\n(2005).\nYou may freely copy, distribute,\ndisplay and perform this work.\n"
        "Please credit “Marxists Internet\nArchive” as your source.\n• README\nDear Comrade,\n"
        "Two letters come with this one. The first is from Poletayev, the second from Negorev.\n",
    )
    assert record.source_layout == "marxists-internet-archive" and record.doc_type == "letter"
    assert record.date is not None and record.date.value == "1911-03"
    assert record.citation is not None and record.citation.as_written.startswith("Lenin Collected Works,")
    assert [a.name for a in record.translated_by] == ["Martin Parker", "Bernard Isaacs"]
    assert [a.name for a in record.authors] == ["Lenin"]
    assert [(p.name, p.role) for p in record.places] == [("Paris", "sent_from"), ("Berlin", "sent_to")]


def test_a_salutation_to_one_unnamed_comrade_makes_a_letter():
    from chancery.sources.page.letters import read_letter

    assert read_letter(["Dear Comrade,", "Two letters come with this one."]).is_letter
    assert read_letter(["Dear Colleague", "A few days ago I wrote to you."]).is_letter
    assert not read_letter(["Dear comrades!", "We are gathered here today."]).is_letter


def test_a_digital_collections_item_record_in_dublin_core_labels():
    page = _split(
        "Page 21\n\nParent Collaboration Between Japan, Germany and Italy - Volume II\n"
        "Date 25 November 1941\n"
        "Language English\nCollection Tavenner Papers & IMTFE Official Records\nBox Box 15\n"
        "Folder Japan, Germany, Italy Collaboration Vol 2\nRepository University of Virginia Law Library\n"
        'Article 2 "The contracting parties will together invite any third nation whose internal peace is '
        'threatened to take defensive measures."\n'
    )
    assert page.layout == "digital-collection-item" and page.title == "Page 21"
    assert page.date_line == "25 November 1941" and page.archive == "University of Virginia Law Library"
    assert (
        page.citation
        == "Tavenner Papers & IMTFE Official Records, Box 15, Japan, Germany, Italy Collaboration Vol 2"
    )
    assert page.body_lines()[0].startswith("Article 2")
    page = _split(
        "Reel 17425 - Page 2266\n- Title\n- Reel 17425 - Page 2266\n- Date\n- 1941/1945\n- Rights\n"
        "- Public Domain\n- Language\n- fra\nDublin Core\n- Text\nFrom: Paris\nTo: Moscow\n"
        "Dated: March 15, 1945\nMerci de votre télégramme ; je vous prie de continuer à me tenir informé.\n"
    )
    assert page.title == "Reel 17425 - Page 2266" and page.date_line == ""  # a range of years: the text's day
    assert page.body_lines()[0] == "From: Paris"


def test_a_reading_room_ocrs_misread_head_labels():
    from chancery.sources.page.layouts.cia import _ocr_label

    assert _ocr_label("RANDUM ?OR TEE DIRECTOR") == "MEMORANDUM FOR THE DIRECTOR"
    assert _ocr_label("8UBJBCT. Request by Ban H. Ba tikian") == "SUBJECT: Request by Ban H. Ba tikian"
    for line in (
        "SUBMIT the report",
        "TOP SECRET",
        "MEMORANDUM FOR THE RECORD",
        "1. This is for information.",
    ):
        assert _ocr_label(line) == line


def test_cabinet_conclusions_whose_heading_the_ocr_scrambled():
    page = _split(
        "(c) crown copyright\nCatalogue Reference:CAB/128/35\nImage Reference:0031\n"
        "THIS DOCUMENT IS THE PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT\nPrinted for the Cabinet.\n"
        "June 1961\nC.C. (61)\nSIst Conclusions\nCABINET\nCONCLUSIONS\n"
        "of a Meeting of the Cabinet held at Admiralty\nTuesday, 13th June, 1961, at 10.30 a.m.\n"
        "House, S.W. 1, on\nPresent:\nThe Right Hon. HAROLD MACMILLAN, M.P., Prime Minister\n"
    )
    assert page.layout == "tna-cabinet-papers"
    assert (page.title, page.date_line) == ("CONCLUSIONS of a Meeting of the Cabinet", "13th June, 1961")


def test_a_letter_of_the_marx_engels_correspondence_on_a_mirror(read_record):
    page = "\n".join(
        [
            "Marx-Engels Correspondence 1864",
            "Marx To Engels",
            "In Manchester",
            "Source: MECW Volume 42, p. 22;",
            "First published: in Der Briefwechsel zwischen F. Engels und K. Marx, Bd. 3, Stuttgart, 1913.",
            "[London,] 14 November 1864",
            "Dear Engels,",
            "For almost a week the carbuncle has kept me mostly in bed. It is healing now, but I still "
            "find it hard to lean forward to write.",
        ]
    )
    record = read_record(page)
    assert (record.source_layout, record.title, record.date.value) == (
        "marxists-internet-archive",
        "Marx To Engels",
        "1864-11-14",
    )
    assert record.citation.as_written == "MECW Volume 42, p. 22"
    assert ([a.name for a in record.authors], [a.name for a in record.recipients]) == (["Marx"], ["Engels"])
    assert sorted(p.name for p in record.places) == ["London", "Manchester"]


def test_frus_file_lines_of_papers_and_of_the_older_volumes(read_record):
    papers = read_record(
        "Roosevelt Papers: Telegram\nPrime Minister Churchill to President Roosevelt 1\nmost secret\n"
        "Your No. 326. Many thanks for your news, which the Lord President has read.\n"
    )
    assert (papers.source_layout, papers.doc_type, papers.title) == (
        "frus",
        "telegram",
        "Prime Minister Churchill to President Roosevelt",
    )
    assert papers.citation.as_written == "Roosevelt Papers"
    older = read_record(
        "Lapas attēli\nPDF\nFile No. 861.731/81\n"
        "The Ambassador in Russia ( Francis ) to the Secretary of State\n[Telegram]\n"
        "149. Filed to-day my telegram No. 140, refused May 2. Following delivered to all missions.\n"
    )
    assert (older.source_layout, older.title, older.citation.as_written) == (
        "frus",
        "The Ambassador in Russia ( Francis ) to the Secretary of State",
        "861.731/81",
    )


def test_a_lenin_letter_on_a_marxists_mirror_with_its_author_and_title_above_the_notes(read_record):
    page = "\n".join(
        [
            "V. I.   Lenin",
            "TO MAXIM GORKY",
            "Written: Written in the middle of November 1913",
            "Published: First published in 1924 in Lenin Miscellany I. Sent from Cracow to Capri. "
            "Printed from the original.",
            "Source: Lenin Collected Works, Progress Publishers, 1971, Moscow, Volume 36, page 266.",
            "Translated: Andrew Rothstein",
            "Dear A. M.,",
            "Your letter and the novel have both reached me. I think the novel had better be put aside.",
            "Yours,",
            "Lenin",
            "Notes",
            "[1] Voitinsky's manuscript.",
        ]
    )
    record = read_record(page)
    assert (record.title, record.date.value) == ("TO MAXIM GORKY", "1913-11")
    assert [a.name for a in record.authors][0].endswith("Lenin")
    assert sorted((p.name, p.role) for p in record.places) == [("Capri", "sent_to"), ("Cracow", "sent_from")]


def test_a_frus_page_with_the_volumes_number_and_the_classification_under_the_heading(read_record):
    record = read_record(
        "740.00119 Potsdam/8–745: Telegram\nNo. 1246\nThe President to the Ambassador in China (Hurley)1\n"
        "top secret\nPersonal and Top Secret for Ambassador Hurley from the President. Number 311.\n"
        "Please tell Chiang Kai-Shek that we intend shortly to issue the following message to Japan.\n"
    )
    assert (record.source_layout, record.title, record.doc_type) == (
        "frus",
        "The President to the Ambassador in China (Hurley)",
        "telegram",
    )
    assert is_furniture("Link to University of Wisconsin Digital Collections")


def test_an_editions_shop_link_is_furniture():
    assert is_furniture("Purchase Volumes Online")
    assert not is_furniture("Purchase of arms from the United States")


def test_a_wiki_mirrors_line_naming_itself_is_furniture():
    assert is_furniture("From Marxists-en") and is_furniture("From Wikisource")
    assert not is_furniture("From Thomas Jefferson")


def test_an_editions_links_among_its_pages_are_furniture():
    for line in (
        "Return to Index",
        "Go to Document Numbers 476-500",
        "Go to Appendix A",
        "Document Numbers 651 - 677",
    ):
        assert is_furniture(line), line
    for line in ("Go to the embassy at once and tell them.", "Return to Moscow", "Document No. 5"):
        assert not is_furniture(line), line


def test_a_frus_file_line_with_a_lower_case_letter_below_a_viewers_lines(read_record):
    viewer = [f"Viewer line {k}" for k in range(12)]
    record = read_record(
        "\n".join(
            [
                *viewer,
                "860c.00/7-3145: Telegram",
                "The Appointed Ambassador to Poland to the Acting Secretary of State",
                "Babelsberg, July 31, 1945",
                "Secret",
                "444. Had a talk this afternoon with President Bierut and Deputy Prime Minister Mikolajczyk.",
            ]
        )
    )
    assert (record.source_layout, record.doc_type, record.citation.as_written) == (
        "frus",
        "telegram",
        "860c.00/7-3145",
    )


def test_a_marxists_letter_dated_in_one_word_under_the_notes(read_record):
    page = (
        "V. I.   Lenin\nTo:   MAXIM GORKY\n"
        "Published: First published in 1924 in the magazine Russky Sovremennik No. 1.\n"
        "Source: Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 45, page 249b.\n"
        "Translated: Yuri Sdobnikov\nOther Formats:   TextREADME\n\n9/VIII.1921\n\nAlexei Maximovich:\n"
        "I have passed your letter on to L. B. Kamenev. I am so worn out that I can get nothing done.\n"
        "Yours,\nLenin\n"
    )
    record = read_record(page)
    assert (record.date.value, record.date.as_written, record.doc_type) == (
        "1921-08-09",
        "9/VIII.1921",
        "letter",
    )


def test_a_frus_file_line_whose_file_has_subject_words_and_numbers(read_record):
    for file, genre in (
        ("462.00 R 29/647", "Telegram"),
        ("740.00112A European War 1939/479a", "Circular telegram"),
        ("740.00111 A.R./1318", "Circular telegram"),  # the subject's letters with their stops
    ):
        record = read_record(
            f"{file}: {genre}\nThe Commissioner at Berlin (Dresel) to the Secretary of State\n"
            "[Received 5:16 p.m.]\n421. Was asked to see Simons yesterday about the message.\n"
        )
        assert (record.source_layout, record.citation.as_written, record.title) == (
            "frus",
            file,
            "The Commissioner at Berlin (Dresel) to the Secretary of State",
        )


def test_an_nzetc_page_the_collections_title_over_the_documents_heading(read_record):
    page = (
        "Other formats\n\n    TEI XML file   ePub eBook file  \n\nConnect\n\n"
        "    mail icontwitter iconrss icon\n\n"
        "Documents Relating to New Zealand's Participation in the Second World War 1939–45: Volume I\n\n"
        "1 — The Secretary of State for Dominion Affairs1 to the Governor-General of New Zealand2\n\n1\n"
        "The Secretary of State for Dominion Affairs1 to the Governor-General of New Zealand2\n"
        "1 September 1939\n\nDefence. Precautionary stage3 adopted against Germany and Italy.\n\npage 160\n"
    )
    record = read_record(page)
    assert (record.source_layout, record.title, record.date.value) == (
        "nzetc",
        "The Secretary of State for Dominion Affairs to the Governor-General of New Zealand",
        "1939-09-01",
    )
    assert [a.name for a in record.authors] == ["Secretary of State for Dominion Affairs"]
    assert [a.name for a in record.recipients] == ["Governor-General of New Zealand"]
    assert is_furniture("page 160") and not is_furniture("page 160 of the report shows")


def test_a_frus_page_with_its_file_alone_and_its_heading_broken(read_record):
    for file in ("840.50/2539", "462.00 R 296/21", "Conference files, lot 60 D 627, CF 359"):
        record = read_record(
            f"{file}\nThe British Embassy to the\nDepartment of State\nAide-Mémoire\n"
            "His Majesty's Government were much gratified by the United States Government's acceptance, "
            "in the Department of State's Aide-Mémoire of August 17, of the proposal for talks in "
            "Washington.\n"
        )
        assert (record.source_layout, record.citation.as_written) == ("frus", file), file
        assert record.title == "The British Embassy to the Department of State"
        assert [a.name for a in record.authors] == ["British Embassy"]
        assert [a.name for a in record.recipients] == ["Department of State"]
    record = read_record(
        "Hopkins Papers: Telegram\nThe Minister in Egypt (Kirk) to the Presidents Special Assistant "
        "(Hopkins), Temporarily at Tehran1\nFurther to my message of yesterday the Chinese Chargé has "
        "just called on me.\n"
    )
    assert [a.name for a in record.recipients] == ["Hopkins"]
    assert [p.name for p in record.places] == ["Tehran"]


def test_frus_files_of_a_department_a_decimal_file_with_its_subject_and_the_old_sites_marker(read_record):
    record = read_record(
        "Department of the Army Files: Telegram\n"
        "The Secretary of State to the Ambassador in France (Caffery)\n"
        "top secret priority\nVictory 116. Please pass the following to the Foreign Minister at once.\n"
    )
    assert (record.citation.as_written, record.doc_type, record.classification) == (
        "Department of the Army Files",
        "telegram",
        "Top Secret",
    )
    assert [a.name for a in record.recipients] == ["Caffery"]
    record = read_record(
        "740.0011 PW (Peace)/12–947\n"
        "The Secretary of State to the Acting Political Adviser in Japan (Sebald)\n"
        "The Department has received your despatch on the peace studies and replies as follows.\n"
    )
    assert record.citation.parts == {"delo": "740.0011 PW (Peace)/12–947"}
    record = read_record(
        "67. Message From the Soviet Government to President Johnson/1/\nMoscow, November 3, 1964.\n"
        "The Soviet Government wishes to set out its views on the questions of peace.\n"
    )
    assert (record.title, [a.name for a in record.recipients]) == (
        "Message From the Soviet Government to President Johnson",
        ["Johnson"],
    )


def test_an_nzetc_page_titled_by_its_number_alone_and_dated_at_the_end_of_its_subject(read_record):
    page = (
        "Other formats\n\n    Adobe Portable Document Format file (facsimile images)   TEI XML file   "
        "ePub eBook file  \n\nAn Epitome of Official Documents Relative to Native Affairs\n\n"
        "[No. 15.]\n\nNo. 15.\n\n"
        "Copy of a Despatch from Governor Sir George Gipps to Lord John Russell.\n\n"
        'Bay of Islands.Report of Proceedings of Major Bunbury, in H.M.S. "Herald." Government House, '
        "Sydney, 24th July, 1840.\n\nMy Lord,—\n\nReferring to my despatch of the 15th June last, in which I "
        "reported that the Herald had sailed, I have the honour to report her return.\n"
    )
    record = read_record(page)
    assert record.title == "Copy of a Despatch from Governor Sir George Gipps to Lord John Russell"
    assert (record.date.value, [p.name for p in record.places]) == ("1840-07-24", ["Sydney"])
    assert ([a.name for a in record.authors], record.doc_type) == (["George Gipps"], "letter")


def test_an_older_dfat_page_its_fa_reference_and_a_cablegram_numbered_in_brackets(read_record):
    record = read_record(
        "246 Mr R. G. Menzies, Prime Minister, to Lord Caldecote, U.K. Secretary of State for Dominion "
        "Affairs\n"
        "Cablegram [226] [1] 16 May 1940,\n"
        "Thank you for your telegram of 15th May telling me that His Majesty has entrusted the Seals of the "
        "Dominions Office to you.\n"
        "1 The number has been taken from the Prime Minister's Dept outward cable register.\n"
        "[FA: A3196, 0.3001]\n"
    )
    assert (record.source_layout, record.date.value, record.doc_type) == ("dfat", "1940-05-16", "cable")
    assert (record.citation.archive, record.citation.parts.get("delo")) == ("NAA", "0.3001")
    record = read_record(
        "235 Mr A. Eden, U.K. Secretary of State for Dominion Affairs, to Mr R. G. Menzies, Prime Minister\n"
        "Cablegram 144 LONDON, 13 May 1940, 12.45 a.m.\n"
        "Following for the Prime Minister from Mr. Winston Churchill on accepting the office.\n"
        "[FA: A3195, 1.3179]\n"
    )
    assert ([a.name for a in record.authors], [a.name for a in record.recipients]) == (
        ["A. Eden"],
        ["R. G. Menzies"],
    )


def test_an_nzetc_enclosure_titled_by_its_section_and_number(read_record):
    page = (
        "Other formats\n\n    TEI XML file   ePub eBook file  \n\n"
        "An Epitome of Official Documents Relative to Native Affairs\n\n"
        "Enclosures. — (No. 1.) — The Rev. Robert Maunsell, B.A., to the Hon. the Colonial Secretary\n\n"
        "Enclosures.\n(No. 1.)\nThe Rev. Robert Maunsell, B.A., to the Hon. the Colonial Secretary.\n\n"
        "Waikato, 14th April, 1840.\n\nSir,—\n\nI have the honour to report to His Excellency the state of "
        "the natives of this district since the arrival of the Governor.\n"
    )
    record = read_record(page)
    assert record.title == "The Rev. Robert Maunsell, B.A., to the Hon. the Colonial Secretary"
    assert ([a.name for a in record.authors], [a.name for a in record.recipients]) == (
        ["Robert Maunsell"],
        ["Colonial Secretary"],
    )


def test_a_cabinet_page_run_into_one_paragraph_with_the_viewers_line_at_its_head(read_record):
    page = " ".join(
        [
            "(c) crown copyright Catalogue Reference:CAB/23/8 Image Reference:0006 [This Document is",
            "the'Property,of His Britannic Majesty's Government^ Printed for the War Cabinet. October 1918.",
            "SECRET. W A R CABINET, Minutes of a Meeting 485. of the War Cabinet held at 1 0 , Downing",
            "Monday, October 1 4 , 1 9 1 8 , at 1 2 noon. Street, S.W., on Present : The P R I M E MINISTER",
            "(in the The Right Hon. the E A R L CURZON OF KEDLESTON, K G . , G.C.S.I. The Right Hon. A.",
            "BONAR L A W , M . P . Chair). The Right Hon. A. CHAMBERLAIN, M . P . The following were also",
            "present:—",
            "The Right Hon. A. J . BALFOUR, O.M., M.P., Secretary of State for Foreign Affairs. 1. IT was",
            "proposed that some of the enemy guns lately taken by our troops could advertise the War Bonds.",
        ]
    )
    record = read_record(page)
    assert (record.source_layout, record.citation.as_written) == ("tna-cabinet-papers", "CAB/23/8")
    assert (record.title, record.date.value, record.doc_type) == (
        "Minutes of a Meeting of the War Cabinet",
        "1918-10-14",
        "minutes",
    )


def test_a_cabinet_pages_present_list_whose_label_lost_its_colon(read_record):
    page = " ".join(
        [
            "(c) crown copyright Catalogue Reference:CAB/128/16 Image Reference:0029 THIS DOCUMENT I S T",
            "H E PROPERTY OF H I S BRITANNIC Printed for the Cabinet. GOVERNMENT December 1 9 4 9 Copy N",
            "o . SECRET CM. (49) 72nd Conclusions CABINET 72 (49) CONCLUSIONS of a Meeting of the Cabinet",
            "held at 1 0 Downing Street, S.W.1, on Thursday, 15th December, 1 9 4 9 , at 9 4 5 a.m.",
            "Present The Right Hon. C. R. ATTLEE, M. P., Prime Minister (in the Chair)., The Right Hon.",
            "ERNEST BEVIN, M.P., The Right Hon. HUGH DALTON, M.P., Chancellor of the Duchy of Lancaster.",
            "The Right Hon. VISCOUNT ADDISON, Lord Privy Seal. 1. The Cabinet discussed the situation in",
            "the Far East at some length.",
        ]
    )
    record = read_record(page)
    assert [a.name for a in record.participants][:3] == ["C. R. Attlee", "Ernest Bevin", "Hugh Dalton"]


def test_a_cabinet_papers_reference_to_a_piece_within_the_volume(read_record):
    record = read_record(
        "(c) crown copyright Catalogue Reference:CAB/128/53/9 Image Reference:0001\n"
        "THIS DOCUMENT IS THE PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT\nPrinted for the Cabinet.\n"
        "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street on Thursday, 18th October, 1973\n"
        "1. The Cabinet discussed the situation in the Middle East and agreed on the line to be taken.\n"
    )
    assert record.citation.as_written == "CAB/128/53/9"


def test_a_reading_room_records_number_from_its_pdf_with_a_hyphen_in_its_job_number():
    from chancery.sources.page.layouts.cia import _number_in

    assert (
        _number_in(["PDF icon CIA-RDP72-00337R000200030006-8.pdf102.79 KB"])
        == "CIA-RDP72-00337R000200030006-8"
    )
    assert (
        _number_in(["PDF icon CIA-RDP80B01676R000200020045-1.pdf112.41 KB"])
        == "CIA-RDP80B01676R000200020045-1"
    )


def test_the_marxists_en_wiki_its_title_labels_without_colons_and_keywords(read_record):
    page = "\n".join(
        [
            "Assignment to Secretary, July, Before the 17th, 1921",
            "",
            "From Marxists-en",
            "Jump to navigation Jump to search",
            "Author(s) Lenin",
            "Written 17 July 1921",
            "",
            "Published: First published in October 1958 in the magazine World Marxist Review No. 2.",
            "Source: Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 45, page 213a.",
            "Keywords : Communism, Letter",
            "",
            "Get me a run of the newspaper Rude Pravo of the Czech Communist Party covering the Congress.",
        ]
    )
    record = read_record(page)
    assert record.source_layout == "marxists-wiki"
    assert (record.title, record.doc_type, record.date.value) == (
        "Assignment to Secretary, July, Before the 17th, 1921",
        "letter",
        "1921-07-17",
    )
    assert [a.name for a in record.authors] == ["Lenin"]  # the notes' author, not "Assignment"
    assert [a.name for a in record.recipients] == ["Secretary"]  # not "July", "Before the 17th"
    assert record.citation.as_written.startswith("Lenin Collected Works")


def test_an_nzetc_page_titled_by_its_date_line_printed_again_over_the_text(read_record):
    page = "\n".join(
        [
            "Other formats",
            "    Adobe Portable Document Format file (facsimile images)   TEI XML file   ePub eBook file  ",
            "Connect",
            "    mail icontwitter iconBlogspot iconrss icon",
            "A compendium of official documents relative to native affairs in the South Island, Volume One.",
            "Downing Street, December 9, 1840",
            "Downing Street, December 9, 1840.",
            "Sir,—",
            "With this I send you a charter under the Great Seal for governing the Colony.",
        ]
    )
    record = read_record(page)
    assert record.source_layout == "nzetc"
    assert (record.title, record.date.value) == ("Downing Street, December 9, 1840", "1840-12-09")


def test_a_frus_file_lines_subject_may_carry_a_date(read_record):
    record = read_record(
        "711.00 Statement July 16, 1937/84a: Circular telegram\n"
        "The Secretary of State to Certain Diplomatic and Consular Representatives\n"
        "Please report the replies of the governments to which you are accredited to the statement.\n"
    )
    assert (record.source_layout, record.title) == (
        "frus",
        "The Secretary of State to Certain Diplomatic and Consular Representatives",
    )
