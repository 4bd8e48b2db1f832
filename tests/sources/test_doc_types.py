"""Document types: the genre word of a title or heading, in the languages of the archives."""

from __future__ import annotations

import pytest

from chancery.sources.page.doc_types import doc_type_of


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("58. Kabinettssitzung", "minutes"),  # a sitting's ordinal before the genre word
        ("Procès-verbal de la séance du 9 février 1918", "minutes"),
        ("Schreiben an Dwight D. Eisenhower, Washington D.C.", "letter"),
        ("Brief Eisenhowers an Adenauer über die Ergebnisse der Washingtoner Konferenz", "letter"),
        ("Lettre de M. Bonnet à M. Payart", "letter"),
        ("Telegramm.", "telegram"),
        ("Télégramme de M. Naggiar", "telegram"),
        ("TELETYPE MESSAGE", "telegram"),
        ("Aufzeichnung über ein Gespräch mit Dulles", "record_of_conversation"),
        ("Aufzeichnung des Staatssekretärs", "memorandum"),
        ("Compte rendu de l'entretien avec M. Molotov", "record_of_conversation"),
        ("Memorandum by Joseph P. Walshe of meeting with Sir John Maffey (Dublin)", "record_of_conversation"),
        ("Memorandum of Conversation", "record_of_conversation"),
        ("I. Нота", "note"),
        ("Brief history of the negotiations", "other"),  # English "brief" is no letter
        ("日本国政府とアメリカ合衆国政府との間の取極に関する交換公文", "note"),  # Japanese: the genre last
        ("Bericht des Botschafters in Moskau", "report"),
        ("Drahtbericht Nr. 5", "telegram"),
        ("Gesprächsaufzeichnung", "record_of_conversation"),
        ("Runderlass des Auswärtigen Amts", "decree"),
        ("Rapport de M. Coulondre", "report"),
        ("Discours de M. Schuman", "speech"),
        ("Личное послание Сталина Черчиллю", "letter"),
        ("Памятная записка", "memorandum"),
        ("Berichtigung der Liste", "other"),
        (
            "Fifth Official Meeting Between the Delegation of the Albanian Labor Party and the CCP",
            "record_of_conversation",
        ),
        (
            "Stenographic Protocol of the Meeting between Todor Zhivkov and Raul Castro",
            "record_of_conversation",
        ),
        ("Protocol No. 129, Meeting of the Polish Politburo", "minutes"),
        ("Memorandum of Discussion at the 195th Meeting of the National Security Council", "minutes"),
        ("Record of discussion between Zhou Enlai and Nehru", "record_of_conversation"),
    ],
)
def test_genre_words(title, kind):
    assert doc_type_of(title) == kind


def test_a_genre_line_in_the_documents_head():
    from chancery.sources.page.genre import _genre_line

    assert _genre_line(["MPR Embassy in the Soviet Union", "Meeting, record of conversation"]) == (
        "record_of_conversation"
    )
    assert _genre_line(["M. KNOEDLER & CO., Inc.", "CABLE ADDRESSES", '"KNOEDLER"']) is None
    assert (
        _genre_line(
            ["On November 16, 1981 the counselor met the Deputy Head of the Department at his office."]
        )
        is None
    )


def test_telegrams_known_by_their_receipt_hour_and_their_posts(read_record):
    from chancery.sources.page.datelines import read_dateline

    found = read_dateline("Bern, 18. März 1919 (Ankunft: 19. März., 10 h)")
    assert found is not None and found.genre == "telegram"
    record = read_record(
        "[Secret]\n\nFrom: Tokyo\nTo: Washington\n5 November 1941\n(Purple-CA)\n#736\n\n"
        "For a number of reasons it is absolutely essential that every arrangement for signing this "
        "agreement be completed by the 25th of this month.\n",
    )
    assert record.doc_type == "telegram"


def test_a_letters_salutation_under_a_letterhead_on_a_cut_page():
    from chancery.sources.page.letters import read_letter

    lines = [
        "C",
        "STICYA",
        "BRITISH EMBASSY,",
        "ALGIERS.",
        "24 April, 1969",
        "(14/4)",
        "Dear Child,",
        "In my letter of 18 December I put to you a question about the terminology of Notes Verbales.",
    ]
    assert read_letter(lines).is_letter


def test_a_polish_cryptogram_is_a_telegram():
    assert doc_type_of("Polish Cryptogram No 1144 from Beijing") == "telegram"
    assert doc_type_of("Szyfrogram nr 12") == "telegram"


def test_a_scan_run_into_one_line_keeps_its_genre_heading_in_capitals():
    from chancery.sources.page.genre import _run_on_heading

    prose = "The Secretary asked that the transcripts be kept in the Department and not released. " * 8
    run_on = (
        "DEPARTMENT OF STATE ACTION MEMORANDUM S/S LIMITED OFFICIAL USE December 23 1976 TO The Secretary "
    )
    assert _run_on_heading([run_on + prose]) == "memorandum"
    assert _run_on_heading(["PRINTED FOR THE CABINET. NOTE BY THE PRIME MINISTER " + prose]) == "note"
    assert _run_on_heading(["DEPARTMENT OF STATE " + prose]) is None
    assert _run_on_heading(["ACTION MEMORANDUM", "short lines", "are no scan run into one line"]) is None


def test_a_letters_evidence_without_a_salutation(read_record):
    honour = read_record(
        "1 Dec. 1997\n\nDated 1 December 1997 from the President of the Security Council\n\n"
        "I have the honour to inform you that your letter dated 26 November 1997 has been brought to the "
        "attention of the members of the Council.\n\n(Signed) Fernando BERROCAL SOTO\n"
    )
    assert honour.doc_type == "letter"
    broken_close = read_record(
        "Hakirya,\n17 February 1956\nTo the Foreign Minister\nFrom the Prime Minister\n"
        "Replying to your letter of 15.2.56, I must begin by explaining what I said to the correspondent.\n"
        "With\nfriendly greetings,\nD. Ben Gurion\n"
    )
    assert broken_close.doc_type == "letter"
    verbale = read_record(
        "The Embassy of the United States presents its compliments to the Ministry of Foreign Affairs and "
        "has the honor to refer to the Ministry's note of May 2.\n\nMoscow, May 5, 1947.\n"
    )
    assert verbale.doc_type == "note"


def test_telegrams_known_by_telegraphese_a_post_in_brackets_and_a_numbered_form_heading(read_record):
    reply = read_record(
        "The Governor-General of New Zealand to the Secretary of State for Dominion Affairs\n"
        "2 September 1939\n"
        "Your telegram of 1 September (No. 1). The acting Prime Minister asks me to tell you that New "
        "Zealand has adopted the precautionary stage.\n"
    )
    assert reply.doc_type == "telegram"
    intercept = read_record(
        "[Secret]\nFrom: Washington (Nomura)\nTo: Tokyo\nNovember 20, 1941\n#1144\n"
        "At noon on the 20th I called on Secretary HULL at the State Department with Ambassador KURUSU.\n"
    )
    assert intercept.doc_type == "telegram"
    form = read_record(
        "This page translates an enciphered telegram the ambassador sent to the Foreign Office, with notes.\n"
        "TOP SECRET\nCIPHER TELEGRAM No. 7739\nFrom LONDON\n"
        "I am transmitting the contents of telegram No. 2142 from the embassy in Tokyo, dated 28 October.\n"
    )
    assert form.doc_type == "telegram"
    letter = read_record(
        "Dublin, 3 May 1923\nDear Mr. Smiddy,\n"
        "Your letter of 1 May reached me today, and I have seen the Minister about it.\n"
        "Yours sincerely,\nJoseph P. Walshe\n"
    )
    assert letter.doc_type == "letter"


def test_a_catalogues_content_type_types_a_record_whose_text_names_no_genre(read_record):
    from chancery.sources.page.doc_types import catalogue_genre

    assert [catalogue_genre(c) for c in ("MFR", "MF", "MEMO", "REPORT", "MISC", "", None)] == [
        "memorandum",
        "memorandum",
        "memorandum",
        "report",
        None,
        None,
        None,
    ]
    head = (
        "TRAVEL PLANS\nDocument Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\n"
        "CIA-RDP85B00236R000100110019-1\nRelease Decision:\nRIPPUB\nOriginal Classification:\nK\n"
        "Publication Date:\nJanuary 26, 1982\nContent Type:\n{code}\nFile:\nBody:\n"
        "26 January 1982\nChief, Intelligence Branch\n"
        "1. On 21 January 1982 I telephoned the National Archives about our plan to send review teams.\n"
    )
    assert read_record(head.format(code="MFR")).doc_type == "memorandum"
    assert read_record(head.format(code="MISC")).doc_type == "other"
    # the text's own genre wins over the catalogue's code
    cable = head.format(code="MFR").replace("26 January 1982\n", "CABLE\n26 January 1982\n", 1)
    assert read_record(cable).doc_type != "memorandum"


def test_a_british_editions_telegram_abbreviation_with_its_number(read_record):
    record = read_record(
        "(35517) No. 522.\nMr. Beaumont to Sir Edward Grey.\nConstantinople, August 3, 1914.\nD. 9:30 A.M.\n"
        "Tel. (No. 468.)\nR. 12:15 P.M.\n\nFollowing from military attaché for Director of Military "
        "Operations: the mobilisation is general and the army will be ready in a fortnight.\n"
    )
    assert record.doc_type == "telegram"
    # a letterhead's telephone is no telegram's
    assert doc_type_of("Tel. 555-1234") == "other"


def test_a_letter_a_scan_ran_into_one_line(read_record):
    body = (
        "THE PERSONAL REPRESENTATIVE OF THE PRESIDENT OF THE UNITED STATES OF AMERICA TO HIS HOLINESS "
        "THE POPE Rome, November 9, 1944. Dear Mr. President: M. Nabucco, the Brazilian Ambassador to the "
        "Holy See, "
        "called on me this morning to say that his Government had learnt with great satisfaction of your "
        "re-election and wished me to convey its congratulations to you, which I do with much pleasure. "
        "Sincerely yours, Myron C. Taylor"
    )
    record = read_record(body + "\n")
    assert (record.doc_type, record.date.value) == ("letter", "1944-11-09")
    # a note in capitals over a letter it quotes stays a note
    note = read_record(
        "Printed for the Cabinet. October 1963 C. (63) 180 9th October, 1963 CABINET NUCLEAR TESTS NOTE "
        "BY THE PRIME MINISTER My colleagues may like to see the text of a message I received to-day from "
        "the "
        "President. Dear Friend, As I signed the instrument of ratification this morning, I could not help "
        "thinking how far your steady commitment made this Treaty possible and how much we owe to it. "
        "Sincerely, JOHN F. KENNEDY. In return I sent the following reply: Dear Friend, Many thanks.\n"
    )
    assert note.doc_type == "note"
