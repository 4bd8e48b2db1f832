"""Citation layer: archive families and their parts."""

from __future__ import annotations

import pytest

from chancery.sources.page.archives import FAMILIES
from chancery.sources.page.citation import edition_reference, parse_citation, periodical_issue


@pytest.mark.parametrize(
    ("text", "archive", "parts"),
    [
        (
            "GARF, Fond R-9401ss, Opis' 2, Delo 100, 270-272.",
            "GARF",
            {"fond": "R-9401ss", "opis": "2", "delo": "100", "list_or_pages": "270-272"},
        ),
        (
            "RGASPI F. 17, Op. 162, D. 37, ll. 76-78.",
            "RGASPI",
            {"fond": "17", "opis": "162", "delo": "37", "list_or_pages": "ll. 76-78"},
        ),
        (
            "RGANI, fond 5, opis 49, delo 130, listy 48.",
            "RGANI",
            {"fond": "5", "opis": "49", "delo": "130", "list_or_pages": "listy 48"},
        ),
        (
            "AVP RF, f. 0100, op. 46, d. 12, p. 362, ll. 1-5.",
            "AVPRF",
            {"fond": "0100", "opis": "46", "delo": "12", "papka": "362", "list_or_pages": "ll. 1-5"},
        ),
        (
            "Archive of the President of the Russian Federation (APRF), fond 45, opis 1, delo 329, "
            "listy 54-72",
            "APRF",
            {"fond": "45", "opis": "1", "delo": "329", "list_or_pages": "listy 54-72"},
        ),
        ("PRC FMA 109-00004-03, 10.", "PRC FMA", {"delo": "109-00004-03", "list_or_pages": "10"}),
        (
            "MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955.",
            "MOL",
            {"fond": "XIX-J-1-j Korea", "box": "4. doboz", "delo": "5/a", "list_or_pages": "004076/ 1955"},
        ),
        (
            "Central State Archive, Tirana, F14/ L14/ D7/ Viti 1962.",
            "Central State Archive, Tirana",
            {"fond": "F14", "opis": "L14", "delo": "D7", "year": "1962"},
        ),
        (
            "Szyfrogramy from Hawana 1962, 6/77 w-82 t-1264, Polish Foreign Ministry Archive (AMSZ), Warsaw.",
            "AMSZ",
            {"delo": "6/77 w-82 t-1264", "collection": "Szyfrogramy from Hawana 1962"},
        ),
        (
            "National Archives, RG 59, Central Decimal File 1950-54, box 4268",
            "NARA",
            {"record_group": "59", "box": "4268"},
        ),
        ("SAPMO-BArch, DY 30/3386.", "SAPMO-BArch", {"delo": "DY 30/3386"}),
        (
            "Central State Archive, Sofia, Fond 1-B, Opis 64, a.e. 338.",
            "TsDA",
            {"fond": "1-B", "opis": "64", "delo": "338"},
        ),
        (
            "National Archives, Nixon Presidential Materials Project, NSC Files, Box 98, Country Files.",
            "NARA",
            {"box": "98"},
        ),
        (
            "Record Group 59, Entry 1234, Box 5, National Archives at College Park.",
            "NARA",
            {"record_group": "59", "entry": "1234", "box": "5"},
        ),
        (
            "National Archive, Prague, Archive of the CC KSČ, fond 02/1, sv. 12, ar.j. 15.",
            "National Archive, Prague",
            {"fond": "02/1", "volume": "12", "delo": "15"},
        ),
        (
            "Archive of the Mongolian Ministry of Foreign Affairs, fond 2, dans 1, kh/n 221, khuudas 5-9.",
            "Archive of the Mongolian Ministry of Foreign Affairs",
            {"fond": "2", "opis": "1", "delo": "221"},
        ),
        (
            "AMSZ, z. 6, w. 77, t. 1264, k. 12-14.",
            "AMSZ",
            {"fond": "6", "papka": "77", "delo": "1264", "list_or_pages": "k. 12-14"},
        ),
        (
            "AAN, KC PZPR, XI A/10, k. 23-25.",
            "AAN",
            {"fond": "KC PZPR", "delo": "XI A/10", "list_or_pages": "k. 23-25"},
        ),
        (
            "SAPMO-BArch, DY 30/J IV 2/2/755, Bl. 1-5.",
            "SAPMO-BArch",
            {"delo": "DY 30/J IV 2/2/755", "list_or_pages": "Bl. 1-5"},
        ),
        (
            "Political Archive of the Federal Foreign Office (PA AA), MfAA, A 13929, Bl. 23-27.",
            "PA AA",
            {"delo": "A 13929", "list_or_pages": "Bl. 23-27"},
        ),
        ("BArch, Signatur: DVW 1/39571, Bl. 4.", "BArch", {"delo": "DVW 1/39571", "list_or_pages": "Bl. 4"}),
        (
            "MOL, XIX-J-1-j China, 1958, 4. doboz, 5/b tétel, 001543/1958.",
            "MOL",
            {"fond": "XIX-J-1-j China", "box": "4. doboz", "delo": "5/b", "list_or_pages": "001543/1958"},
        ),
        (
            "ANIC, fond CC of the RCP – Chancellery, file 133/1968, pp. 2-10.",
            "ANIC",
            {"fond": "CC of the RCP – Chancellery", "delo": "133/1968", "list_or_pages": "pp. 2-10"},
        ),
        ("The National Archives of the UK (TNA), FO 371/103840.", "TNA", {"delo": "FO 371/103840"}),
        (
            "Bundesarchiv-Militärarchiv (BA-MA), Freiburg, DVW 1/39571, Bl. 31-48.",
            "BA-MA",
            {"delo": "DVW 1/39571", "list_or_pages": "Bl. 31-48"},
        ),
        ("Archives of Yugoslavia (AJ), KPR I-3-a/ SSSR.", "AJ", {}),
        (  # a holding after a library is no city of it; the folder closes the citation
            "Eisenhower Library, Dulles Papers, Meetings with the President.",
            "Eisenhower Library",
            {"delo": "Meetings with the President"},
        ),
        (
            "W. A. Harriman Papers, Library of Congress.",
            "Library of Congress",
            {"collection": "W. A. Harriman Papers"},
        ),
    ],
)
def test_families(text, archive, parts):
    cite = parse_citation(text)
    assert cite.as_written == text.strip()
    assert cite.archive == archive
    assert cite.parts == {"archive": archive, **parts}


def test_two_archives_in_one_line():
    cite = parse_citation(
        "APRF, Listy 146-147, Fond and Opis not given; and AVPRF, Fond 059a, Opis 5a, Delo 3, "
        "Papka 11, Listy 96-97."
    )
    assert cite.parts == {"archive": "APRF", "list_or_pages": "Listy 146-147"}
    assert cite.also[0].parts == {
        "archive": "AVPRF",
        "fond": "059a",
        "opis": "5a",
        "delo": "3",
        "papka": "11",
        "list_or_pages": "Listy 96-97",
    }


def test_unknown_archive_keeps_text_only():
    cite = parse_citation("Private collection of the family.")
    assert cite.archive is None and cite.parts == {}
    assert parse_citation("  ") is None


def test_every_family_has_a_short_name():
    assert all(f.archive and f.names for f in FAMILIES)


def test_publications_have_no_archive():
    assert (
        parse_citation("Cold War International History Project (CWIHP) Bulletin, Issue 6-7, p. 156.").archive
        is None
    )
    cite = parse_citation(
        "Jianguo yilai Mao Zedong wengao, vol. 1 (Beijing: Zhongyang wenxian chubanshe, 1987)."
    )
    assert cite.archive is None and cite.as_written.startswith("Jianguo")
    assert (
        parse_citation("P. N. Haksar Papers, Nehru Memorial Museum and Library (NMML), New Delhi.").archive
        == "NMML"
    )


@pytest.mark.parametrize(
    ("text", "sheets"),
    [
        ("GARF, Fond R-9401ss, Opis' 2, Delo 100, 270-272.", "270-272"),
        ("AVPRF, fond 06, opis 65, delo 1168, papka 86, 87-99.", "87-99"),  # after the folder
        ("RGASPI. F. 89. Op. 2. D. 712. 16-22.", "16-22"),  # the dotted form
        ("TsAMO F. 52. Op. 23a. D. 121. 19.", "19"),
        ("Central State Archive, Sofia, Fond 1-B, Opis 64, a.e. 338, 5-7.", "5-7"),
    ],
)
def test_bare_sheets_close_the_file(text, sheets):
    assert parse_citation(text).parts["list_or_pages"] == sheets


def test_bare_number_not_after_the_file_is_not_sheets():
    assert "list_or_pages" not in parse_citation("RGASPI, f. 17, op. 162, 1950.").parts
    assert "list_or_pages" not in parse_citation("PA AA, MfAA, A 7137, 14.").parts  # no bare sheets there


def test_cyrillic_papka_of_the_foreign_policy_archive():
    cite = parse_citation("АВП РФ, ф. 0102, оп. 53, п. 414, д. 867, лл. 290-296.")
    assert cite.parts == {"archive": "AVPRF", "fond": "0102", "opis": "53", "papka": "414", "delo": "867",
                          "list_or_pages": "лл. 290-296"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "delo"),
    [
        ("BStU, MfS, ZAIG 5382, Bl. 1-23.", "ZAIG 5382"),
        ("BStU, MfS, HA XX 4567.", "HA XX 4567"),
        ("BStU, MfS, AP 1234/56, Bl. 3.", "AP 1234/56"),
        ("BStU, MfS, ZAIG, Nr. 4567, Bl. 1-12.", "ZAIG, Nr. 4567"),
    ],
)
def test_bstu_signature_is_the_file(text, delo):
    """A file of the MfS: its signature is the delo, without the "MfS" (as PA AA's "A 7137" is)."""
    cite = parse_citation(text)
    assert cite.archive == "BStU" and cite.parts["delo"] == delo


def test_a_reference_without_its_archive_and_a_fond_named_by_a_letter():
    from chancery.sources.page.citation import without_copy_note

    text = without_copy_note("Ф. П. Оп. 1. Д. 37. Л. 14. Подлинник.")
    assert text == "Ф. П. Оп. 1. Д. 37. Л. 14."
    cite = parse_citation(text)
    assert cite.archive is None
    assert cite.parts == {"fond": "П", "opis": "1", "delo": "37", "list_or_pages": "Л. 14"}
    assert parse_citation("Д. 37. Л. 14.").parts == {}  # no fond and inventory: no reference read


@pytest.mark.parametrize(
    ("line", "archive", "delo"),
    [
        # the department's fonds apart from its file, as four of six dev sets annotate DIFP's references
        ("No. 459 NAI TSCH/3/S16113/A", "NAI", "3/S16113/A"),
        ("No. 160  NAI DFA 305/392", "NAI", "305/392"),
        ("No. 370 NAI DFA Secretary's Files A2", "NAI", "Secretary's Files A2"),
        ("618. DEA/12447-40", "DEA", "12447-40"),
    ],
)
def test_an_editions_number_before_its_archival_reference(line, archive, delo):
    cite = edition_reference(line)
    assert cite is not None and (cite.archive, cite.parts["delo"]) == (archive, delo)


def test_a_number_before_no_reference_is_none():
    assert edition_reference("No. 17 Telegram from Boland to Murphy") is None
    assert edition_reference("NAI DFA 305/392") is None  # no edition's number: another rule's line


def test_a_periodicals_issue_under_the_text():
    cite = periodical_issue("Известия ЦК КПСС 1990 № II")
    assert cite is not None and cite.parts == {"publication": "Известия ЦК КПСС"} and cite.archive is None
    assert periodical_issue("Вопросы истории, 1992, № 2, с. 5-7") is not None
    assert periodical_issue("Он писал об этом в 1936 году в письме № 5 своему другу") is None


@pytest.mark.parametrize(
    "file",
    ["462.00 R 29/647", "740.00112A European War 1939/479a", "840.50/2539", "393.1115/7–1249", "711.5611"],
)
def test_a_state_department_decimal_file_alone_with_its_subjects_words(file):
    cite = parse_citation(file)
    assert cite is not None and cite.archive is None and cite.parts == {"delo": file}


def test_a_swiss_federal_archives_signature_alone_is_a_file():
    cite = parse_citation("E 1004 1/267.")
    assert cite is not None and cite.archive is None and cite.parts == {"delo": "E 1004 1/267"}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Polish Foreign Ministry Archive, DV Z12 T404 W17.", {"fond": "Z12", "opis": "W17", "delo": "T404"}),
        (
            "AMSZ, Departament II, Z8 W44 T560, k. 3-7.",
            {"fond": "Z8", "opis": "W44", "delo": "T560", "list_or_pages": "k. 3-7"},
        ),
        (
            "Archive of the Polish Ministry of Foreign Affairs, z23, w5, t71",
            {"fond": "z23", "opis": "w5", "delo": "t71"},
        ),
        (
            "AMSZ, z. 11, w. 9, t. 98, k. 40-42.",  # spaced: the bundle stays the folder, as before
            {"fond": "11", "papka": "9", "delo": "98", "list_or_pages": "k. 40-42"},
        ),
    ],
)
def test_polish_parts_with_their_letter_glued_in_any_order(text, parts):
    cite = parse_citation(text)
    assert cite.archive == "AMSZ"
    assert {k: v for k, v in cite.parts.items() if k != "archive"} == parts


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        ("MNL OL XIX-J-1-j É-Korea, 1972, 60. doboz, 81-146, 00394.", "XIX-J-1-j É-Korea"),
        ("MOL, XIX-J-1-j ENSZ, 1977, 154. doboz, V-73, 005665/1977.", "XIX-J-1-j ENSZ"),
        (
            "MOL, XIX-J-1-k Német Demokratikus Köztársaság, 1961, 3. doboz, 2, 001/1961.",
            "XIX-J-1-k Német Demokratikus Köztársaság",
        ),
        ("MOL, XIX-J-1-j Dél-Vietnam, 4. doboz, 5/a, 004076/1967.", "XIX-J-1-j Dél-Vietnam"),
        ("MOL, XIX-J-1-j, 1958, 4. doboz, 5/b tétel, 001543/1958.", "XIX-J-1-j"),
    ],
)
def test_hungarian_series_with_its_country_or_body_in_any_letters(text, fond):
    assert parse_citation(text).parts["fond"] == fond


@pytest.mark.parametrize(
    ("text", "archive", "fond"),
    [
        (
            "Political Affairs Fond, Telegrams from Pyongyang, TOP SECRET, 1968, Archive of the Romanian "
            "Ministry of Foreign Affairs.",
            "AMAE",
            "Political Affairs Fond",
        ),
        ("AMAE, Telegrams Fond, Folder 12/1970, Matter 220/F.", "AMAE", "Telegrams Fond"),
        (
            "Romanian National Archives, Foreign Relations Section Fond, File 12/1965.",
            "ANIC",
            "Foreign Relations Section Fond",
        ),
        (
            "Central Committee of the CPSU Fond, opis 3, delo 12, RGASPI.",
            "RGASPI",
            "Central Committee of the CPSU Fond",
        ),
    ],
)
def test_a_fond_named_by_its_words_before_the_word_fond(text, archive, fond):
    cite = parse_citation(text)
    assert (cite.archive, cite.parts.get("fond")) == (archive, fond)


def test_a_fond_word_that_names_nothing_before_it_is_no_fond():
    assert (
        "fond"
        not in parse_citation("Archive of the Romanian Ministry of Foreign Affairs, Fond, Folder 3").parts
    )
    assert parse_citation("RGASPI, Fond 17, Opis 162, Delo 37.").parts["fond"] == "17"


@pytest.mark.parametrize(
    ("text", "archive", "parts"),
    [
        ("State Central Archive in Prague.", "SÚA", {}),
        (
            "Central State Archive, Prague, fond 02/2, sv. 125, ar.j. 160.",
            "SÚA",
            {"fond": "02/2", "volume": "125", "delo": "160"},
        ),
        ("Státní ústřední archiv, fond 100/24, a.j. 4.", "SÚA", {"fond": "100/24", "delo": "4"}),
        ("SUA, fond 1261/0/44, inv. č. 12.", "SÚA", {"fond": "1261/0/44", "delo": "12"}),
        ("AIPN, 2602/7974.", "AIPN", {"delo": "2602/7974"}),
        ("IPN BU 2602/7974, k. 5-9.", "AIPN", {"delo": "2602/7974", "list_or_pages": "k. 5-9"}),
        (
            "Archive of the Institute of National Remembrance, Warsaw, IPN BU 0296/149, t. 2.",
            "AIPN",
            {"delo": "0296/149", "volume": "2"},
        ),
        ("Archiwum Instytutu Pamięci Narodowej, 01521/1234.", "AIPN", {"delo": "01521/1234"}),
    ],
)
def test_archives_named_in_full_by_their_short_name(text, archive, parts):
    cite = parse_citation(text)
    assert cite.archive == archive
    assert cite.parts == {"archive": archive, **parts}


@pytest.mark.parametrize(
    ("text", "delo"),
    [
        ("Kennedy Library, National Security Files, Countries Series, Germany, Berlin.", "Germany, Berlin"),
        ("Department of State, Rusk Files: Lot 72 D 192, Chron.", "Chron"),
        ("Department of State, S/P Files: Lot 67 D 548, Soviet Union.", "Soviet Union"),
        (
            "Johnson Library, National Security File, Rostow Files, Trip to Soviet Union.",
            "Trip to Soviet Union",
        ),
        ("Truman Library, Acheson Papers, Memoranda of Conversations.", "Memoranda of Conversations"),
        (
            "National Archives, Nixon Presidential Materials, NSC Files, Box 292, Agency Files, Rogers "
            "Bilateral Talks at UN, 9/15/69–10/7/69.",
            "Rogers Bilateral Talks at UN, 9/15/69–10/7/69",
        ),
    ],
)
def test_a_us_folder_closes_the_citation_after_its_series(text, delo):
    assert parse_citation(text).parts["delo"] == delo


@pytest.mark.parametrize(
    "text",
    [
        "Dwight D. Eisenhower Presidential Library, Ann Whitman File, International Series, Box 29.",
        "National Archives, Nixon Presidential Materials Project, NSC Files, Box 1032, Polo II.",
        "Richard Nixon Presidential Library, NSC Files, Presidential/HAK Correspondence, Box 495.",
        "National Archives, RG 59, Central Files, 1964-66.",
    ],
)
def test_no_us_folder_after_a_box_or_a_year(text):
    assert "delo" not in parse_citation(text).parts


def test_the_department_of_state_as_a_record_groups_name_is_no_second_archive():
    cite = parse_citation(
        "National Archives and Records Administration, RG 59, General Records of the Department of State, "
        "Central Files, 1964-66, POL 7 US."
    )
    assert cite.archive == "NARA" and not cite.also and cite.parts["delo"] == "POL 7 US"


@pytest.mark.parametrize(
    ("text", "archive", "delo"),
    [
        (
            "AMAE, Folder 784/1978, Issue 220: Features of political-diplomatic relations.",
            "AMAE",
            "Issue 220",
        ),
        ("AMAE, Folder 12/1965, Problem 20/1965, p. 3.", "AMAE", "Problem 20/1965"),
        ("MZV Teritoriální odbory – Tajné 1955-1959, ČLR, krabice 2, obal 10.", "MZV", "obal 10"),
        ("AMZV, TO-T 1960-1964, Vietnam, krabice 4, obal 3", "AMZV", "obal 3"),
        ("BStU, ZA, HA X, 245, p. 50-51.", "BStU", "245"),
        ("BStU, MfS, Abt. X, 1234/75, Bl. 3.", "BStU", "1234/75"),
    ],
)
def test_the_file_of_other_archives(text, archive, delo):
    cite = parse_citation(text)
    assert (cite.archive, cite.parts.get("delo")) == (archive, delo)


@pytest.mark.parametrize(
    ("text", "sheets"),
    [
        ("TsKhSD, F. 3, Op. 12, D. 1006, unnumbered page.", "unnumbered page"),
        ("RGANI, fond 5, opis 30, delo 12, unnumbered sheets.", "unnumbered sheets"),
        (
            "AOSPRM, fond. 51, inv. 56, dosar 7, fila 8; Document No. 81 in a journal, vol. 16, p. 254.",
            "fila 8",
        ),
    ],
)
def test_sheets_of_the_file_not_of_a_publication_after_it(text, sheets):
    assert parse_citation(text).parts["list_or_pages"] == sheets


def test_a_portals_line_naming_a_known_archive_alone(read_record):
    record = read_record(
        "Cipher telegram from Joseph Stalin to Ivan Maisky\n\n19 October 1942\n"
        "Archive of Foreign Policy of the Russian Federation\n\n"
        "Here in Moscow all of us have the impression that the ally does not mean to keep his word to us.\n\n"
        "THE NATIONAL SECURITY ARCHIVE\n",
    )
    assert record.citation is not None and record.citation.archive == "AVPRF"


def test_a_decimal_file_with_an_em_dash_in_its_date():
    from chancery.sources.page.citation import parse_citation

    assert (
        parse_citation("Department of State, Central Files, 611.4112/9—2357").parts["delo"]
        == "611.4112/9—2357"
    )


def test_university_college_dublin_archives_by_collection_and_item():
    from chancery.sources.page.citation import edition_reference, parse_citation

    assert parse_citation("UCDA P150/2179").parts == {"archive": "UCDA", "fond": "P150", "delo": "2179"}
    assert edition_reference("No. 175 UCDA P104/4453").archive == "UCDA"


def test_an_offices_files_and_the_papers_number_in_them(read_record):
    cite = parse_citation("IO Files: US/A/2285")
    assert cite is not None and cite.archive is None and cite.parts == {"delo": "US/A/2285"}
    record = read_record(
        "IO Files: US/A/762\n\nMemorandum of Conversation, by Mr. G. Hayden Raynor\n\n"
        "Participants: Mr. H. M. G. Jebb, United Kingdom Delegation\n\n"
        "Mr. Jebb called to talk over the arrangements for the next meeting in Europe and the agenda.\n"
    )
    assert (record.source_layout, record.citation.as_written) == ("frus", "IO Files: US/A/762")


def test_a_files_title_in_quotes_before_the_archive():
    cite = parse_citation(
        "“ANEXO Secreto—600. (24h)—SITUAÇÃO POLITICA—OUTUBRO DE 1962///,” Ministry of External Relations "
        "Archives, Brasilia, Brazil."
    )
    assert cite is not None
    assert cite.parts == {
        "archive": "Ministry of External Relations Archives, Brasilia",
        "delo": "ANEXO Secreto—600. (24h)—SITUAÇÃO POLITICA—OUTUBRO DE 1962///",
    }


def test_a_russian_reference_in_capitals_its_inventory_read_as_latin_letters():
    cite = parse_citation("RTSKHIDNI. F. 558. On. 1. D. 5397. L. 2. Autograph.")
    assert cite is not None and cite.archive == "RTSKHIDNI"
    assert (cite.parts["fond"], cite.parts["opis"], cite.parts["delo"]) == ("558", "1", "5397")
