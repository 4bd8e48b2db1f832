"""Security markings in English, in the original language, with handling after them."""

from __future__ import annotations

import pytest

from chancery.sources.page.markings import marking_of


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("TOP SECRET", "Top Secret"),
        ("Strictly secret.", "Strictly Secret"),
        ("Sovershenno sekretno [Top Secret]", "Top Secret"),
        ("Совершенно секретно", "Совершенно секретно"),
        ("Streng geheim!", "Strictly Secret"),
        ("TOP SECRET/SENSITIVE/EXCLUSIVELY EYES ONLY", "Top Secret"),
        ("Secret, Copy No. 2", "Secret"),
        ("[Stamp: Secret]", "Secret"),
        ("SECRET - NOFORN", "Secret"),
        ("LIMITED OFFICIAL USE", "Limited Official Use"),
        ("Top Secret (Special Folder)", "Top Secret"),
        ("Secretary of State", None),
        ("Secret meeting of the Politburo", None),
        ("EYES ONLY", None),
        ("16 . Secret", "Secret"),  # the document's number before its marking
        ("12 Secret agents", None),
    ],
)
def test_markings(line, marking):
    assert marking_of(line) == marking


def test_precedence_read_through_a_scans_misreading():
    from chancery.sources.page.markings import precedence_of

    assert precedence_of("INMEDIATA") == "immediate" and precedence_of("PRIORITY") == "priority"
    assert precedence_of("SECSTATE") is None and precedence_of("Roberts") is None


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("(Most Secret)", "Most Secret"),  # the British grade of the Second World War
        ("Confidentiel", "Confidential"),
        ("TRÈS SECRET", "Top Secret"),
        ("Streng vertraulich!", "Strictly Confidential"),
        ("Geheime Reichssache", "Top Secret"),
        ("Строго секретно", "Строго секретно"),
    ],
)
def test_markings_in_the_archives_languages(line, marking):
    assert marking_of(line) == marking


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("VS-Vertraulich", "Confidential"),
        ("Nur für den Dienstgebrauch!", "For Official Use Only"),
        ("Diffusion restreinte", "Restricted"),
        ("Для служебного пользования", "Для служебного пользования"),
        ("204-80.00/94.19/1234/59 geheim", "Secret"),  # a file number before its marking
    ],
)
def test_lower_grades_in_the_archives_languages(line, marking):
    assert marking_of(line) == marking


def test_a_marking_after_a_reference_and_the_heads_first_marking():
    from chancery.sources.page.header import read_header
    from chancery.sources.page.markings import marking_in, marking_of

    assert marking_of("#P253/P Top Secret") == "Top Secret"
    assert marking_in("THE SECRETARY OF STATE FOR EXTERNAL AFFAIRS") is None
    head = ["SOVIET EMBASSY IN THE DPRK TOP SECRET", "Nº 196 Copy Nº 1", "31 August 1957", "SECRET"]
    assert read_header(
        head + ["The journal of the ambassador, for the days of August, follows below."]
    ).marking == ("Top Secret")


def test_the_heads_highest_marking_is_the_papers():
    from chancery.sources.page.header import read_header

    head = ["Nº 135 SECRET Incoming", "TOP SECRET", "12 May 1950"]
    assert read_header(head + ["The ambassador reports as follows in his letter."]).marking == "Top Secret"
    head = ["CONFIDENTIAL", "SECRET", "12 May 1950"]
    assert read_header(head + ["The ambassador reports as follows in his letter."]).marking == "Secret"


def test_a_russian_pages_marking_as_printed_is_the_ontologys_concept():
    from chancery.graph.concepts import marking
    from chancery.graph.namespaces import MARKING
    from chancery.sources.page.header import read_header

    assert marking("Совершенно секретно") == (MARKING["top-secret"], True)
    assert marking("СЕКРЕТНО") == (MARKING["secret"], True)
    head = ["СЕКРЕТНО", "ВЕСЬМА СЕКРЕТНО", "15 мая 1922 г."]
    assert read_header(head + ["Суд переносим на неделю, ускорьте отъезд и сообщите дату."]).marking == (
        "ВЕСЬМА СЕКРЕТНО"
    )


def test_an_office_under_the_signers_name_is_no_second_signer():
    from chancery.sources.page.signature import read_signature

    block = read_signature(["(Signed) Bashar Ja’afari", "Ambassador", "Permanent Representative"], 0)
    assert [a.name for a in block.signers] == ["Bashar Ja’afari"]


def test_a_marking_before_the_genre_it_marks():
    assert marking_of("Foreign Ministry Top Secret Telegram") == "Top Secret"


def test_a_labelled_marking_with_words_after_it():
    line = "Classification level and register number: Confidential classified material 7/7 -16/82 four pages"
    assert marking_of(line) == "Confidential"
    assert marking_of("Classification: Secret") == "Secret"


def test_a_russian_registry_number_before_the_marking():
    assert marking_of("К № 27/5с Совершенно секретно") == "Совершенно секретно"


def test_a_stamp_set_letter_by_letter():
    from chancery.sources.page.header import is_prose, read_header

    assert marking_of("H i g h l y c l a s s i f i e d !") == "Highly Classified"
    assert marking_of("S E C R E T") == "Secret" and marking_of("A G E N D A") is None
    assert not is_prose("H i g h l y c l a s s i f i e d !")
    head = ["8. 28. 1962", "H i g h l y c l a s s i f i e d !", "Record of c. Durcak's conversation"]
    assert read_header(
        head + ["On 25 August this year I paid an official visit to the new ambassador."]
    ).marking


def test_a_marking_among_an_editions_bracketed_notes():
    from chancery.sources.page.header import read_header

    head = [
        "Confidential report from John W. Dulanty to Joseph P. Walshe (Dublin)",
        "(No. 34) (Secret) (Copy)",
    ]
    assert read_header(
        head + ["Following my minute of 3rd February the Duke has several times raised it."]
    ).marking == ("Secret")


def test_a_marking_with_its_copy_number_beside_it_and_no_stop():
    from chancery.sources.page.markings import marking_of

    assert marking_of("Secret Copy Nº 2") == "Secret"
    assert marking_of("TOP SECRET COPY NO. 1") == "Top Secret"
    assert marking_of("Secret copy of the letter") is None


def test_a_marking_beside_the_copy_number_inside_a_stamp_line():
    from chancery.sources.page.markings import marking_in

    assert marking_in("[CPSU CC General Secret Copy Nº 1") == "Secret"
    assert marking_in("The secretary kept a copy of it.") is None


def test_a_marking_beside_a_precedence_word_or_in_brackets_closing_a_line():
    from chancery.sources.page.markings import marking_in

    assert marking_in("Number 1361 Top Secret Top Urgent Q36RA") == "Top Secret"
    assert marking_in("To Ambassador Jiao [Ruoyu]: (Secret)") == "Secret"
    assert marking_in("The secret urgent matter was raised") is None


def test_a_telegrams_handling_line_and_a_marking_under_its_routing(read_record):
    record = read_record(
        "Telegram no.50\n26.10.1962 11h00\nEmbassy of Switzerland\n"
        "Flash: Secret. – For Ambassador Stadelhofer.\n"
        "Your 34 and 35. Yesterday the Cuban Ambassador handed the Head of Department a written statement.\n"
    )
    assert record.classification == "Secret"
    record = read_record(
        "Fujian Province Telegram Received\nFrom:  Ministry of Foreign Affairs\n"
        "Already transmitted to Provincial Party Standing Committee, department and committee offices, "
        "Fuzhou Military District, Provincial Military District\n(Top Secret)\n"
        "Notice on Holding Vice Foreign Minister Level Talks Between China and Vietnam\n"
        "On April 14 Comrade Han Nianlong led our government delegation to Hanoi for talks with Vietnam.\n"
    )
    assert record.classification == "Top Secret"


def test_the_soviet_blocs_highest_grade_in_either_translation():
    from chancery.sources.page.markings import marking_of

    assert marking_of("Of Special Significance") == "Of Special Significance"
    assert marking_of("Of special importance") == "Of Special Importance"
