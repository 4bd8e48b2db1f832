"""The page reader end to end.

Seeds score F1 = 1.0, records validate, bad files are errors, output is stable.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.errors import SourceError
from chancery.sources.page import PageReader

SEED_TELEGRAM = "000_309a8ed843226cda"
SEED_LETTER = "001_2383f93aa2bbb290"


def extract(*paths: Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["extract", *map(str, paths), "--format", "json"])
    out = result.stdout
    return result.exit_code, json.loads(out) if out.strip() else [], result.stderr


def score(shared: Path, records: list[dict], gold: Path, tmp_path: Path) -> float:
    predicted = tmp_path / "predicted.json"
    predicted.write_text(json.dumps(records), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(predicted), str(gold)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(re.search(r"F1=([0-9.]+)\s*$", run.stdout).group(1))


@pytest.fixture(scope="module")
def seed_records(shared: Path) -> dict[str, dict]:
    code, records, _ = extract(shared / "seeds")
    assert code == 0
    return {r["id"]: r for r in records}


def test_seeds_score_one(shared, seed_records, tmp_path):
    assert score(shared, list(seed_records.values()), shared / "seeds", tmp_path) == 1.0


def test_dev_corpus_score(shared, tmp_path):
    code, records, _ = extract(shared / "dev-corpus")
    assert code == 0 and len(records) == 15
    assert score(shared, records, shared / "dev-corpus", tmp_path) >= 0.97


def test_records_validate_against_the_schema(shared, seed_records):
    schema = json.loads((shared / "spec" / "record.schema.json").read_text(encoding="utf-8"))
    _, dev, _ = extract(shared / "dev-corpus")
    for record in list(seed_records.values()) + dev:
        jsonschema.validate(record, schema)


def test_telegram_facts(seed_records):
    r = seed_records[SEED_TELEGRAM]
    assert (r["doc_type"], r["date"], r["classification"]) == ("telegram", "1945-11-03", "Top Secret")
    assert [(p["name"], p["role"]) for p in r["places"]] == [("Alma-Ata", "sent_from"), ("Moscow", "sent_to")]
    assert r["recipients"][0]["affiliation"] == "USSR NKVD"
    assert [(d["agent"]["name"].split()[-1], d["position"], d["copy_number"]) for d in r["distribution"]] == [
        ("Stalin", 1, 1),
        ("Molotov", 2, 2),
        ("Malenkov", 3, 3),
        ("Mikoyan", 4, 4),
        ("Vyshinsky", 5, 5),
    ]
    copies = {c["number"]: c for c in r["copies"]["copies"]}
    assert (r["copies"]["printed"], r["copies"]["this_copy"]) == (6, 6)
    assert copies[6]["destination"] == "NKVD Secretariat file"
    assert (copies[5]["fate"], copies[5]["fate_date"]) == ("returned and destroyed", "1946-06-05")
    assert [a["name"] for a in r["drafted_by"]] == ["Mamulov"]
    refs = {(x["kind"], x["value"]) for x in r["reference_numbers"]}
    assert {
        ("outgoing", "1248/b"),
        ("incoming", "3452"),
        ("incoming", "3453"),
        ("signature", "373"),
        ("index", "54"),
    } <= refs
    assert r["based_on"] and "coded message" in r["based_on"][0]
    assert r["folder"]["date"] == {"start": "1945-10-03", "end": "1945-10-20"}
    assert (r["folder"]["sheets"], r["folder"]["volume"]) == (492, "17")
    assert r["authenticated_by"][0]["kind"] == "unknown"
    assert (
        "[handwritten note: Cde. Vyshinsky's copy was returned and destroyed 5 June 1946]"
        in r["editorial_notes"]
    )
    assert r["summary"].startswith("Yegnarov forwards")


def test_enclosed_letter(seed_records):
    enc = seed_records[SEED_TELEGRAM]["enclosed_documents"][0]
    assert (enc["id"], enc["doc_type"], enc["date"]) == (f"{SEED_TELEGRAM}-enc1", "letter", None)
    assert (enc["authors"][0]["name"], enc["authors"][0]["office"]) == (
        "Alihan Tore",
        "Chairman of the government",
    )
    assert enc["recipients"][0]["as_written"] == "his Excellency Stalin"
    assert len(enc["signatories"]) == 11
    assert enc["signatories"][0]["office"] == "Deputy Chairman of the government"
    assert {s["office"] for s in enc["signatories"][1:]} == {"Member of the government"}
    assert enc["delivery"]["date"] == "1945-10-31" and enc["delivery"]["place"] == "the Consulate"
    assert enc["places"] == [] and enc["citation"] is None


def test_letter_facts(seed_records):
    r = seed_records[SEED_LETTER]
    author = r["authors"][0]
    assert (author["name"], author["office"]) == ("Alihan Tore", "Head of the East Turkestan Government")
    assert author["as_written"] == "ALIHAN TORE [SHAKIRJAN]"
    assert r["places"] == [
        {"name": "Ghulja", "as_written": "Ghulja [Yining]", "role": "sent_from", "variants": ["Yining"]}
    ]
    assert r["recipients"][0]["honorifics"] == ["Commander-in-Chief", "Marshal"]
    assert [m["name"] for m in r["mentioned_persons"]] == ["Petr Andreyevich", "Vladimir Stepanovich"]
    assert [a["name"] for a in r["authenticated_by"]] == ["V. Popova"]
    assert len(r["source"]["sha256"]) == 64


def test_bad_files_are_errors_and_the_batch_goes_on(shared, tmp_path):
    """Files without text are refused one line each; any text is read (as a plain document when no
    site layout is recognised), however little it states."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "furniture.txt").write_text("Skip to content\n\nBack to top\n", encoding="utf-8")
    (tmp_path / "essay.txt").write_text(
        "A random text.\n\nIt has no date line and no title.\n", encoding="utf-8"
    )
    (tmp_path / "cut.txt").write_text("Skip to content\n\nMay 3, 1950\n", encoding="utf-8")
    seed = (shared / "seeds" / f"{SEED_LETTER}.txt").read_bytes()
    (tmp_path / "good.txt").write_bytes(seed.replace(b"\n", b"\r\n"))
    code, records, err = extract(tmp_path)
    assert code == 3
    assert [r["id"] for r in records] == ["cut", "essay", "good"]
    assert [r["source_layout"] for r in records] == ["plain-document", "plain-document", "wilson-center"]
    assert records[0]["date"] == "1950-05-03"
    for name in ("empty", "binary", "furniture"):
        assert re.search(rf"^Error: \S*{name}\.txt: ", err, flags=re.M), err
    assert "3 files read, 3 failed" in err


def test_reader_raises_source_error(tmp_path):
    with pytest.raises(SourceError) as info:
        PageReader().read(tmp_path / "x.txt", b"\x00\x01\x02binary")
    assert info.value.path.endswith("x.txt")


def test_latin1_and_cp1251_pages(read, page_text):
    text = page_text(
        "March 24, 1950", "Letter from Jeleń to Müller", "Body of the letter, with accents: café."
    )
    assert read(text.encode("latin-1", errors="replace"))["authors"][0]["name"].startswith("Jele")
    text = page_text("March 24, 1950", "Письмо Иванова товарищу Петрову", "Совершенно секретно.")
    assert read(text.encode("cp1251"))["title"] == "Письмо Иванова товарищу Петрову"


def test_output_is_deterministic(shared):
    first = extract(shared / "seeds", shared / "dev-corpus")[1]
    second = extract(shared / "seeds", shared / "dev-corpus")[1]
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_messy_copies_of_the_seeds_score_the_same(shared, tmp_path, encoding):
    """CRLF line ends, a BOM or a Windows code page, non-breaking spaces: the same facts come out."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in (shared / "seeds").glob("*.txt"):
        text = page.read_text(encoding="utf-8").replace("\n", "\r\n").replace("  ", " \u00a0")
        (pages / page.name).write_bytes(text.encode(encoding, errors="replace"))
    code, records, _ = extract(pages)
    assert code == 0
    assert score(shared, records, shared / "seeds", tmp_path) == 1.0


def test_signer_names_an_office_in_the_title(read, page_text):
    body = (
        "Strictly Secret\n\nToday Kim Il Sung asked me to pass on to Moscow his request for a meeting, "
        "and I told him that I would report it at once.\n\nT. Shtykov\n"
    )
    r = read(
        page_text(
            "May 4, 1950",
            "Telegram from the Soviet Ambassador in Pyongyang to the Soviet Foreign Ministry",
            body,
        )
    )
    assert [a["name"] for a in r["authors"]] == ["T. Shtykov"]
    assert [a["name"] for a in r["recipients"]] == ["Soviet Foreign Ministry"]
    assert [p["name"] for p in r["places"]] == ["Pyongyang"]
    assert r["classification"] == "Strictly Secret" and r["signatories"] == []


def test_the_head_of_the_writing_body_signs_for_it(read, page_text):
    r = read(
        page_text(
            "February 20, 1981",
            "Principal Directorate for Foreign Tourism at the USSR Council of Ministers to MCP "
            "Central Committee Secretary, Petric, 'Regarding the Arrival of Romanian Tourists'",
            "We inform you that in 1981 the Union Society Intourist will bring 20,000 Romanian tourists "
            "to the city.\n\nChief of the Principal Directorate for Foreign Tourism, S. S. Nikitin\n",
        )
    )
    assert [a["name"] for a in r["authors"]] == [
        "Principal Directorate for Foreign Tourism at the USSR Council of Ministers"
    ]
    assert [a["name"] for a in r["signatories"]] == ["S. S. Nikitin"]


def test_signers_the_title_names(read, page_text):
    r = read(
        page_text(
            "September 17, 1981",
            "Letter from the HSWP CC [signed by Janos Kadar] to the PUWP CC, attention Stanislaw Kania",
            "Dear Comrades,\n\nThe Hungarian Communists have followed the events in Poland with concern and "
            "send you this letter.\n",
        )
    )
    assert [a["name"] for a in r["authors"]] == ["HSWP CC"]
    assert [a["name"] for a in r["recipients"]] == ["PUWP CC", "Stanislaw Kania"]
    assert [a["name"] for a in r["signatories"]] == ["Janos Kadar"]


def test_a_block_of_surnames_signs_and_an_editors_note_is_a_mark(read, page_text):
    title = "Sukharev et al., CPSU Central Committee, 'On the Question of Katyn'"
    text = "The question has been raised again by the Polish side. We think it right to inform them.\n\n"
    # "Sukharev et al.": he and those who sign with him are the writers
    r = read(page_text("April 22, 1989", title, text + "Sukharev\nShevardnadze\nKriuchkov\nFalin\n"))
    assert [a["name"] for a in r["authors"]] == ["Sukharev", "Shevardnadze", "Kriuchkov", "Falin"]
    r = read(page_text("April 22, 1989", title, text + "[Signatures] A. Sukharev, V. Falin, V. Kriuchkov\n"))
    assert [a["name"] for a in r["authors"]] == ["A. Sukharev", "V. Falin", "V. Kriuchkov"]
    # without "et al.", the others sign beside the writer
    r = read(
        page_text("April 22, 1989", title.replace(" et al.", ""), text + "Sukharev\nShevardnadze\nFalin\n")
    )
    assert [a["name"] for a in r["signatories"]] == ["Shevardnadze", "Falin"]
    # words the text writes in lower case are no surnames
    r = read(page_text("April 22, 1989", title, text + "Copy\nRecord\n\nWe keep a copy on record.\n"))
    assert r["signatories"] == []


def test_cut_page_and_body_acts(read):
    r = read(
        "Skip to content\n\nDecember 1956\n\nResolution of the CC CPSU Presidium on Hungary\n\n"
        "1. To approve.\n\nN. Khrushchev\n"
    )
    assert r["doc_type"] == "resolution" and r["date"] == "1956-12"
    assert [a["name"] for a in r["authors"]] == ["CC CPSU Presidium"]
    assert r["citation"] is None and r["archive"] is None and r["summary"] is None


def test_a_body_named_again_in_the_header_stays_the_titles(read, page_text):
    record = read(
        page_text(
            "April 14, 1956",
            "Letter from Mao Zedong, Zhou Enlai and Zhu De to the CPSU Central Committee",
            "To the Central Committee of the Communist Party of the Soviet Union\n\nDear Comrades,\n\n"
            "We have received the materials of the Twentieth Congress and discussed them at length in our "
            "Politburo, and we send you our views on them in this letter.",
        )
    )
    assert [a["name"] for a in record["authors"]] == ["Mao Zedong", "Zhou Enlai", "Zhu De"]
    assert [a["name"] for a in record["recipients"]] == ["CPSU Central Committee"]


def test_a_cable_address_is_no_recipient(read, page_text):
    record = read(
        page_text(
            "October 25, 1962",
            "Telegram from Ambassador Thompson in Moscow to the Department of State",
            "CONFIDENTIAL\n\nFROM: MOSCOW\nTO: SECSTATE WASHDC 1102\n\nSoviet press this morning gives full "
            "text of the reply to Bertrand Russell and stresses readiness for a summit meeting.\n\nTHOMPSON",
        )
    )
    assert [a["name"] for a in record["recipients"]] == ["Department of State"]
    assert [(p["name"], p["role"]) for p in record["places"]] == [
        ("Moscow", "sent_from"),
        ("Washington", "sent_to"),
    ]
    assert record["classification"] == "Confidential"


def test_the_author_field_when_title_and_text_name_nobody(read):
    text = (
        "Skip to content\n\nMarch 12, 1970\n\nA Memorandum on the Appeal\n\n"
        "Some body text of the memorandum.\n\n"
        "The State Department advises against support for the appeal, for fear of harming relations.\n\n"
        "Author(s):\n\nEliot, Theodore L.\n\nDocument Information\n\nSource\n\nRights\n\n"
        "The History and Public Policy Program welcomes reuse.\n"
    )
    record = read(text)
    assert [(a["name"], a["as_written"]) for a in record["authors"]] == [
        ("Theodore L. Eliot", "Eliot, Theodore L.")
    ]


def test_a_second_signer_sharing_a_surname_is_a_signatory(read, page_text):
    record = read(
        page_text(
            "July 30, 1953",
            "Letter from Kim Il Sung to Mao Zedong",
            "Dear Comrade Mao Zedong!\n\nOn the signing of the armistice the Korean people express "
            "their deep gratitude to the Chinese people for their selfless help in the war.\n\n"
            "Kim Il Sung\n\nKim Tu-bong\n\nPyongyang, 30 July 1953",
        )
    )
    assert [a["name"] for a in record["signatories"]] == ["Kim Tu-bong"]
    assert [p["name"] for p in record["places"]] == ["Pyongyang"]


def test_a_first_person_record_of_conversation_is_the_unnamed_partys(read):
    text = (
        "285\n\nRecord of Conversation Between Lee Kuan Yew and Pritchett\n\nSingapore, 21 July 1965\n\n"
        "Confidential\n\nI told Lee that I wanted to discuss what followed from the remarks he made about "
        "Australian troops in Malaysia. Lee gave me his full attention and asked what had been said.\n"
    )
    record = read(text)
    assert record["doc_type"] == "record_of_conversation"
    assert [a["name"] for a in record["authors"]] == ["Pritchett"]


def test_a_post_a_telegram_is_repeated_to_is_not_where_it_came_from(read):
    text = (
        "FROM NANKING TO FOREIGN OFFICE\nSir R. Stevenson\nNo.1140\n1st August 1949\nHong Kong\n"
        "Repeated to Singapore\nSECRET\nCanton\nD. 8.45 p.m. 1st August 1949\nR. 7.33 a.m. 2nd August 1949.\n"
        "Addressed to Foreign Office telegram No. 1140 of 1st August repeated for information to Singapore, "
        "Hong Kong and Canton.\nOn paragraph 2 of the telegram under reference I must repeat the warning in "
        "my telegram No. 362 to Singapore about propaganda from Hong Kong.\n"
    )
    record = read(text)
    assert (record["title"], record["doc_type"]) == ("FROM NANKING TO FOREIGN OFFICE", "telegram")
    assert [p["name"] for p in record["places"]] == ["Nanking"]
    assert [e["agent"]["name"] for e in record["distribution"]] == ["Singapore", "Hong Kong", "Canton"]
    assert [a["name"] for a in record["authors"]] == ["R. Stevenson"]


def test_a_cabinet_secretarys_notebook(read):
    text = (
        "The Cabinet.\n\n\n* First mtg.  Message of affection to A.E.\n"
        "Never was a man so stricken so sadly, but as time passes the greater will his reputn. be.\n"
        "Glad so many old colleagues.  Depend on solid partnership with R.A.B.\n\n"
        "Taken from C.C. 1(57) - Meeting held on 15 January 1957.\n"
    )
    record = read(text)
    assert (record["title"], record["doc_type"], record["date"]) == ("The Cabinet", "minutes", "1957-01-15")


def test_an_editors_introduction_and_a_glued_source_label(read):
    r = read(
        "Stalin and Kaganovich. Correspondence. 1931–1936\n"
        "For the country's industrial development 1936 was the best year of the whole decade, and the "
        "editors say so at length in this introduction to the chapter.\n"
        "Kaganovich to Stalin January 15, 1936Archive: RGASPI F. 17. Op. 163. D. 1091. L. 59. Original. "
        "Typescript.\n"
        "Telegram.\n"
        "Moscow. Tov. Stalin.\n"
        "I have been on the Omsk road and am now on the Tomskaya, in Kuzbass, and things there are bad.\n"
    )
    assert (r["title"], r["date"], r["doc_type"]) == ("Kaganovich to Stalin", "1936-01-15", "telegram")
    assert r["citation"] == "RGASPI F. 17. Op. 163. D. 1091. L. 59."
    assert r["citation_parts"]["delo"] == "1091"


def test_a_source_line_in_the_pages_language(read):
    r = read(
        "Schreiben an Dwight D. Eisenhower, Washington D.C.\n\n"
        "Die Bevölkerung Ostberlins nimmt die Lebensmittelhilfe mit tiefer Dankbarkeit entgegen, und ich "
        "möchte Ihnen dafür nochmals aufrichtig danken.\n\n"
        "Quelle: Konrad Adenauer: Briefe über Deutschland 1945-1955. München 1999, S. 157f.\n"
    )
    assert r["citation"] == "Konrad Adenauer: Briefe über Deutschland 1945-1955. München 1999, S. 157f."


def test_a_labelled_title_and_source_in_brackets(read):
    r = read(
        '"The World and Japan" Database\n\n[Title] Security Treaty Between Japan and the United States of '
        "America\n\n[Place] San Francisco\n[Date] September 8, 1951\n[Source] Joyakushu, 30-6. Japan's "
        "Foreign Relations-Basic Documents Vol.1, pp.444-448.\n[Full text]\n\nJapan has today signed a "
        "Treaty of Peace with the Allied Powers, and wishes a Security Treaty to come into force with it.\n"
    )
    assert r["title"] == "Security Treaty Between Japan and the United States of America"
    assert r["citation"].startswith("Joyakushu, 30-6.") and r["date"] == "1951-09-08"


def test_a_telegrams_route_after_an_introduction_and_its_despatch_line(read):
    r = read(
        "Stalin and Kaganovich. Correspondence. 1931–1936\n"
        "For the country's industrial development 1936 was the best year of the whole decade, and the "
        "editors say so at length in this introduction to the chapter.\n"
        "Kaganovich to Stalin January 15, 1936\n"
        "Sent 9-00 15.1.1936\n"
        "From Moscow 1/IX - 36 at 4 p.m. 25 min.\n"
        "Sochi. Tov. Stalin.\n"
        "I have been on the Omsk road and am now on the Tomskaya, in Kuzbass, and things there are bad.\n"
    )
    assert r["doc_type"] == "telegram"  # a despatch line: a telegram's
    assert [p["name"] for p in r["places"]] == ["Moscow", "Sochi"]


def test_an_editions_heading_names_the_addressees_seat_last(read):
    r = read(
        "No. 459 NAI TSCH/3/S16113/A\n\nTelegram from Frederick H. Boland to Seán Murphy (Dublin)\n\n"
        "New York, 1 November 19561\n\nYour 12 Immediate for Secretary. Propose this line for the Special "
        "Assembly and say so at some length here.\n"
    )
    assert [(p["name"], p["role"]) for p in r["places"]] == [("New York", "sent_from"), ("Dublin", "sent_to")]
    assert (r["date"], r["archive"], r["citation_parts"]["fond"], r["citation_parts"]["delo"]) == (
        "1956-11-01",
        "NAI",
        "TSCH",
        "3/S16113/A",
    )


def test_the_note_on_the_heading_is_the_editions_source_note(read):
    r = read(
        "dodis.ch/43659\nCONSEIL FÉDÉRAL\nProcès-verbal de la séance du 9 février 19181\n\n"
        "357. Geschäfte in Russland\n\nMit Telegramm vom 31. Januar2 meldet die Gesandtschaft in Russland, "
        "die Regierung entsende Salkind als bevollmächtigten Vertreter in die Schweiz, und so weiter.\n\n"
        "1\nE 1004 1/267. Etaient absents: G. Motta et G. Ador.\n"
        "2\nNon reproduit. Cf. E 2001, Archiv-Nr. 1519.\n"
    )
    assert (r["title"], r["date"], r["doc_type"]) == (
        "Procès-verbal de la séance du 9 février 1918",
        "1918-02-09",
        "minutes",
    )
    assert r["citation"] == "E 1004 1/267." and r["citation_parts"] == {"delo": "E 1004 1/267"}


def test_a_sites_printed_in_label_names_the_edition(read):
    r = read(
        "Language: French\n24.8.1918 (Saturday)\n"
        "La Légation de Suisse à Pétrograd à la Division des Affaires étrangères du Département politique\n"
        "Telegram (T)\nPrinted in\n\nJacques Freymond et al. (ed.)\n\n"
        "Diplomatic Documents of Switzerland, vol. 6, doc. 442\n\nvolume link\n\n"
        "Un télégramme de Tchitcherine reçu aujourd'hui nous informe que Berzine et un autre négociateur "
        "sont chargés d'ouvrir avec vous des pourparlers sur un nouveau traité de commerce.\n"
    )
    assert r["citation"] == "Diplomatic Documents of Switzerland, vol. 6, doc. 442"
    assert (r["date"], r["doc_type"]) == ("1918-08-24", "telegram")


def test_a_letter_the_ocr_ran_into_one_paragraph(read):
    r = read(
        "Translation of No. 2 Mr. Robert Schuman to Miss Jean McKenzie Ministry of Foreign Affairs, Paris, "
        "13 January, 1950. Dear Miss McKenzie, To-day you kindly made to me the following statement : — "
        "[As in No. 1.] I have the honour to inform you that the French Government gladly accepts this "
        "generous offer of the New Zealand Government. Please accept, &c. R. SCHUMAN.\n"
    )
    assert (r["title"], r["date"], r["doc_type"]) == (
        "Mr. Robert Schuman to Miss Jean McKenzie",
        "1950-01-13",
        "letter",
    )
    assert [p["name"] for p in r["places"]] == ["Paris"]


def test_addressees_hailed_on_a_telegrams_opening_line(read, page_text):
    r = read(
        page_text(
            "May 19, 1954",
            "Telegram, Zhou Enlai to Mao Zedong and Others, Regarding the Second Restricted Session",
            "Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and report to the Central Committee:\n\n"
            "(1) The whole of yesterday's session was spent on whether Laos and Cambodia should be handled "
            "separately, and we could not accept it.\n\nZhou Enlai\n",
        )
    )
    assert [a["name"] for a in r["recipients"]] == ["Mao Zedong", "Liu Shaoqi", "Central Committee"]
    # a letter's salutation and a form of address alone hail no one
    r = read(
        page_text(
            "May 19, 1954",
            "Letter, Zhou Enlai to Mao Zedong",
            "Dear Comrades:\n\nWe have received your letter and agree with what it says about the session.\n",
        )
    )
    assert [a["name"] for a in r["recipients"]] == ["Mao Zedong"]


def test_a_post_the_summary_says_reports_sent_a_telegram_from_its_city(read, page_text):
    body = "From our talk yesterday with the chargé d'affaires we note the following points of interest.\n"
    r = read(
        page_text(
            "March 2, 1969",
            "Telegram from Hanoi to Budapest, Urgent",
            body,
            summary="The Hungarian Legation in Hanoi reports on a talk with the chargé d'affaires of Laos.",
        )
    )
    assert [(a["name"], a["kind"]) for a in r["authors"]] == [("Hungarian Legation in Hanoi", "organization")]
    summary = "After a talk with the Cuban chargé, the Hungarian Legation in Hanoi sums up his views."
    r = read(page_text("March 2, 1969", "Telegram from Hanoi to Budapest", body, summary=summary))
    assert [a["name"] for a in r["authors"]] == ["Hungarian Legation in Hanoi"]
    # which embassy 'the embassy' is, the summary does not say
    r = read(
        page_text("March 2, 1969", "Telegram from Hanoi to Budapest", body, summary="The embassy reports.")
    )
    assert r["authors"] == []


def test_sent_to_on_a_cable_form_is_its_addressee_unless_the_title_names_one(read, page_text):
    body = (
        "Outgoing Cable\n\nSent to: Chinese Embassy in Burma\nApproved by: Zhang Wenjin\n"
        "Copied to: Premier Zhou, Liao Chengzhi\n\nThe delegation will arrive on the fifth of the month.\n"
    )
    r = read(page_text("May 2, 1961", "Cable from the Chinese Foreign Ministry, 'On the Delegation'", body))
    assert [a["name"] for a in r["recipients"]] == ["Chinese Embassy in Burma"]
    assert [e["agent"]["name"] for e in r["distribution"]] == ["Zhou", "Liao Chengzhi"]
    # under a title that names the addressee, a cipher office's "sent to:" lists the copies
    body = "sent to: Cdes. Molotov, Beria\nCABLE\n\nI have no objection to receiving him here.\n\nSTALIN\n"
    r = read(page_text("October 18, 1945", "Cable from Stalin to Molotov and Beria", body))
    assert [e["agent"]["name"] for e in r["distribution"]] == ["Molotov", "Beria"]


def test_a_to_line_of_comrades_over_an_extract_the_title_addresses_elsewhere_is_its_distribution(
    read, page_text
):
    body = (
        "VKP(b) CC\n# P80/12\nTo: Cmrds Malenkov, Vasilevsky\n\nExtract from Protocol #80 of the Meeting "
        "of the Politburo\n\nThe Politburo approved the attached draft telegram to the Ambassador.\n"
    )
    r = read(page_text("October 9, 1950", "Telegram from Gromyko to Shtykov, approved by CC Politburo", body))
    assert [a["name"] for a in r["recipients"]] == ["Shtykov"]
    assert [e["agent"]["name"] for e in r["distribution"]] == ["Malenkov", "Vasilevsky"]
    # the title's own addressee on the To line is no copy
    body = "To: Cde. Shtykov\n\nThe Politburo approved the attached draft telegram to the Ambassador.\n"
    r = read(page_text("October 9, 1950", "Telegram from Gromyko to Shtykov", body))
    assert r["distribution"] == []


def test_the_texts_own_date_line_says_where_when_the_site_dates_the_page(read, page_text):
    body = "The Record of the conversation\n\n1973-3-15          Ulaanbaatar\n\nThe talk began at noon.\n"
    r = read(page_text("March 15, 1973", "Record of Conversation between Heo Dam and Yu. Tsedenbal", body))
    assert r["date"] == "1973-03-15" and [p["name"] for p in r["places"]] == ["Ulaanbaatar"]


def test_a_postscript_comes_after_the_signature(read):
    text = (
        "Letter 40\n\n[before March 1931]\n\nI read only the section on dumping. The part on dumping is "
        "good, and the part on labour is incomplete and does not satisfy me at all.\n\nJ. Stalin\n\n"
        "P.S. As to the labour of the kulaks: since they are not convicts, they should not be mentioned "
        "at all in the speech.\n\n"
        "1. The reference is to Molotov's speech at the VI Congress of Soviets (Pravda, 11 March 1931).\n"
    )
    assert [a["name"] for a in read(text)["authors"]] == ["J. Stalin"]


def test_a_paper_attached_below_a_rule_is_read_as_a_paper(read, page_text):
    body = "\n".join(
        [
            "RESOLUTION", "of the Political Bureau of the Central Committee", "",
            "The Politburo discussed at length the questions raised by the Soviet side and what follows.", "",
            "1. To send the attached letter.", "", "Members of the Politburo:",
            "Yu. Tsedenbal          J. Sambuu", "D. Molomjamts          L. Tsend", "", "* * *", "",
            "To the First Secretary of the CPSU CC", "Comrade L. I. Brezhnev", "",
            "To the Chairman of the Council of Ministers", "Comrade A. N. Kosygin", "", "Dear Comrades,", "",
            "We write to you about the stationing of troops.",
        ]
    )  # fmt: skip
    r = read(
        page_text("December 1, 1965", "Resolution of the MPRP CC Politburo on the Stationing of Troops", body)
    )
    assert [a["name"] for a in r["signatories"]] == [
        "Yu. Tsedenbal",
        "J. Sambuu",
        "D. Molomjamts",
        "L. Tsend",
    ]
    assert r["participants"] == []  # those who sign a body's act did not meet in it
    [letter] = r["enclosed_documents"]
    assert letter["doc_type"] == "letter"
    assert [(a["name"], a["office"]) for a in letter["recipients"]] == [
        ("L. I. Brezhnev", "First Secretary of the CPSU CC"),
        ("A. N. Kosygin", "Chairman of the Council of Ministers"),
    ]
    # a title that names the attached paper makes the page one paper
    body = "\n".join(
        [
            "To: Cmrds. Malenkov, Bulganin", "", "Extract from Protocol #78 of the Politburo", "",
            "The Politburo approved the attached draft reply to Comrade Matveyev on his telegram.", "",
            "SECRETARY OF THE CC", "", "* * * * *", "", "PYONGYANG", "To MATVEYEV", "",
            "Approves the decisions he took at their meeting.", "", "CHANFU",
        ]
    )  # fmt: skip
    r = read(page_text("September 30, 1950", "Draft Telegram from Chanfu to Matveyev", body))
    assert r["enclosed_documents"] == []


def test_minutes_of_a_bodys_sitting_name_no_writer_but_its_conclusions_are_its_own(read, page_text):
    body = (
        "Present: Comrades Brezhnev, Andropov, Gromyko.\n\nComrade Brezhnev opened the session at length.\n"
    )
    r = read(page_text("August 11, 1977", "Transcript of CPSU CC Politburo Meeting on Ethiopia", body))
    assert r["doc_type"] == "minutes" and r["authors"] == []
    r = read(page_text("May 3, 1945", "CONCLUSIONS of a Meeting of the War Cabinet", body))
    assert [a["name"] for a in r["authors"]] == ["War Cabinet"]


def test_a_writer_et_al_and_the_others_who_sign_with_him_wrote_it(read, page_text):
    body = "Secret\n\nCPSU CENTRAL COMMITTEE\n\nThe commission set out its view at length.\n\n" + "\n".join(
        ["A. Sukharev", "E. Shevardnadze", "V. Kriuchkov", "V. Falin"]
    )
    r = read(page_text("April 22, 1989", "Sukharev et al., CPSU Central Committee, 'On the Question'", body))
    assert [a["name"] for a in r["authors"]] == ["A. Sukharev", "E. Shevardnadze", "V. Kriuchkov", "V. Falin"]
    assert r["signatories"] == []


def test_an_american_records_offices_present_are_their_holders_on_the_day(read_record):
    text = (
        "Memorandum of a Conference With the President, Washington, March 6, 1957\n\n"
        "OTHERS PRESENT\n\n  • Secretary Dulles\n  • General Goodpaster\n\n"
        "The group discussed the letter the President was to send to the Congress, and the amendments the "
        "Senate had made to the resolution; the President asked General Persons to join them.\n"
    )
    assert "Dwight D. Eisenhower" in [a.name for a in read_record(text).participants]
    record = read_record(text.replace("March 6, 1957", "March 6, 1967"))
    assert "Lyndon B. Johnson" in [a.name for a in record.participants]


def test_a_copied_editions_source_note_on_a_line_of_its_own(read_record):
    record = read_record(
        "Telegram From the Embassy in the Soviet Union to the Department of State\n\n"
        "Moscow, October 31, 1962, 2 p.m.\n\n"
        "1149. Gromyko's initiative on Cuba yesterday seems to bear out the estimate that the Soviets intend "
        "to save as much of their Cuban position as they can.\n\n"
        "Source: Department of State, Central Files, 761.00/10-3162. Secret; Niact; Limit Distribution. "
        "Received in the Department of State at 7:20 a.m. The source text notes that a copy of the telegram "
        "was passed to the White House on October 31.\n",
    )
    assert record.citation is not None and record.citation.as_written == (
        "Department of State, Central Files, 761.00/10-3162."
    )
    assert record.classification == "Secret"
    assert [e.agent.name for e in record.distribution] == ["White House"]


def test_a_telegram_forms_sender_city_and_recipients_label(read_record):
    record = read_record(
        "December 15, 1982\n\nTelegram, Reinert to Gen. Axen, Gen. Sieber, and Gen. Krolikowski\n\n"
        "Telegram\n\nSender: Sofia\n\n"
        "Recipients: gen. Axen, member politburo, central committee SED\n\n"
        "On behalf of the Central Committee of the BCP, Comrade Stanischew briefed the ambassadors of the "
        "states on the campaign now being run against Bulgaria.\n",
    )
    assert record.distribution == []
    assert [(p.name, p.role) for p in record.places] == [("Sofia", "sent_from")]


def test_a_forms_city_then_man_fields(read_record):
    record = read_record(
        "February 1, 1983\n\nTelegram, Dimitar Stoyanov to Comrade Mielke\n\n"
        "Sender: Sofia – Stojanow [Dimitar Ivanov Stoyanov]\n\nRecipient: Berlin – Mielke\n\n"
        "Our analysis of the first phase of the campaign launched in the West, which has now gone on for "
        "months, shows beyond doubt that it is directed against us.\n",
    )
    assert {(p.name, p.role) for p in record.places} == {("Sofia", "sent_from"), ("Berlin", "sent_to")}


def test_a_telegrams_for_and_from_opening(read_record):
    record = read_record(
        "Telegram From the Mission to the United Nations to the Department of State\n\n"
        "New York, October 31, 1962, 10 p.m.\n\n"
        "1579. For Secretary from McCloy. Department pass White House. As soon as I had the President's "
        "instructions from you, I asked Akalovsky to inform Kuznetsov along these lines.\n",
    )
    assert [a.name for a in record.authors] == ["Mission to the United Nations", "McCloy"]
    assert [a.name for a in record.recipients] == ["Department of State", "Secretary of State"]
    assert [e.agent.name for e in record.distribution] == ["White House"]


def test_a_copied_frus_page_with_its_footnoted_source_and_a_bare_hour(read_record):
    record = read_record(
        "298. Telegram 934 to Geneva1\nWashington, October 19, 1955, 6:39\n934. For Johnson.\n"
        "Your 896. Use of New York Times editorial Oct. 17 left to your judgment.\n"
        "- Source: Department of State, Central Files, 611.93/10–1955. Secret; Priority; Limit Distribution. "
        "Drafted by McConaughy; cleared by Phleger, Sebald, and Henderson.↩\n",
    )
    assert record.date is not None and record.date.value == "1955-10-19" and record.dispatched is None
    assert record.classification == "Secret"
    assert record.citation is not None and record.citation.as_written.startswith("Department of State")
    assert [a.name for a in record.drafted_by] == ["McConaughy"]


def test_a_forms_to_line_naming_the_man_in_the_ministry_and_a_subject_after_the_title(read_record):
    record = read_record(
        "October 10, 1977\n\nTelegram 066764 from the Romanian Embassy in Pyongyang to the Romanian Ministry "
        "of Foreign Affairs, Pol Pot’s Visit to the DPRK\n\nTELEGRAM 066764\n\n"
        "To: the Romanian Ministry of Foreign Affairs, to comrade Ion Ciubotaru\n\n"
        "From: the Romanian Embassy in Pyongyang\n\n"
        "At the invitation of Comrade Kim Il Sung, General Secretary of the Workers’ Party of Korea, Pol Pot "
        "paid an official visit to the DPRK.\n",
    )
    assert [a.name for a in record.recipients] == ["Romanian Ministry of Foreign Affairs", "Ion Ciubotaru"]


def test_a_parliamentary_papers_telegram_run_into_one_paragraph(read_record):
    page = "\n".join(
        [
            "Page image",
            "3",
            "No. I. The Secretary of State to the Governor of New Zealand. (Sent 7.15 p.m., 6th August, "
            "1914.) Telegram. [Answered by No. 2.] Should your Ministers wish and feel able to seize German "
            "wireless station at Samoa, we should regard this as a great and urgent Imperial service. Other "
            "dominions are acting similarly on the same understanding. —Harcourt.",
        ]
    )
    record = read_record(page)
    assert (record.title, record.doc_type, record.date.value) == (
        "The Secretary of State to the Governor of New Zealand",
        "telegram",
        "1914-08-06",
    )
    assert [a.name for a in record.authors] == ["Harcourt"]
    assert [a.name for a in record.recipients] == ["Governor of New Zealand"]


def test_a_date_line_with_the_salutation_run_onto_it(read_record):
    record = read_record(
        "Page images\nMr. Crosby to Mr. Seward.\nNo. 1.]\nGuatemala, June 1, 1861. SIR:\n"
        "The President of Guatemala and his ministers all declare their warm friendship for us.\n"
        "I have the honor, &c.,\n"
    )
    assert (record.date.value, record.doc_type) == ("1861-06-01", "letter")


def test_an_editions_cablegram_paraphrased_and_its_bracketed_reference_at_the_foot(read_record):
    page = "\n".join(
        [
            "Sir Geoffrey Whiskard, U.K. High Commissioner to Australia, to U.K. Dominions Office",
            "Cablegram 184 (paraphrase) CANBERRA, 6 September 1939",
            "I take it Bruce has told you of Mackenzie King's proposal to appoint a High Commissioner.",
            "1 S.M. Bruce, High Commissioner in London.",
            "[PRO: FO 371/23966]",
        ]
    )
    record = read_record(page)
    assert (record.doc_type, record.date.value) == ("cable", "1939-09-06")
    assert record.citation.as_written == "PRO: FO 371/23966" and record.citation.archive == "PRO"
