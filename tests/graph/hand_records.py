"""Records as the page reader gives them for the two seed pages, and for a State Department telegram of
another archive (:func:`cable`), built by hand, so that the graph builder, the dumps and the pages can be
tested whatever the state of the reader."""

from __future__ import annotations

from chancery.model import (
    Agent,
    Citation,
    Copies,
    CopyNote,
    DateValue,
    Delivery,
    DistributionEntry,
    Folder,
    Place,
    Record,
    Reference,
    Source,
)

TELEGRAM_ID = "000_309a8ed843226cda"
LETTER_ID = "001_2383f93aa2bbb290"


def cde(name: str) -> Agent:
    return Agent(name, f"Cde. {name}", honorifics=["Cde."])


def telegram() -> Record:
    enclosed = Record(
        id=f"{TELEGRAM_ID}-enc1",
        doc_type="letter",
        authors=[Agent("Alihan Tore", "ALIHAN TORE", office="Chairman of the government")],
        recipients=[Agent("Stalin", "his Excellency Stalin", honorifics=["his Excellency"])],
        signatories=[
            Agent("Hashim Shah", "HASHIM SHAH [sic]", office="Deputy Chairman of the government"),
            Agent("Muhamidzhan Makhsum", "MUHAMIDZHAN MAKHSUM [sic]", office="members of the government"),
            Agent("Abdul Kadr", "ABDUL KADR [sic]", office="members of the government"),
        ],
        delivery=Delivery(DateValue("31 October 1945", "1945-10-31"), place="the Consulate"),
        text='"To the leader of the great Soviet Union..."',
    )
    return Record(
        id=TELEGRAM_ID,
        title="Telegram from Cde. Yegnarov and Cde. Langvang to Cde. Beria",
        doc_type="telegram",
        date=DateValue("November 3, 1945", "1945-11-03"),
        summary="Yegnarov forwards to Stalin a letter from Alihan Tore Shakirjan.",
        authors=[cde("Yegnarov"), cde("Langvang")],
        recipients=[Agent("Beria", "Cde. BERIA", honorifics=["Cde."], affiliation="USSR NKVD")],
        distribution=[
            DistributionEntry(cde(name), i, i)
            for i, name in enumerate(
                ["I. V. Stalin", "V. M. Molotov", "G. M. Malenkov", "A. I. Mikoyan", "A. Ya. Vyshinsky"], 1
            )
        ],
        places=[Place("Alma-Ata", "Alma-Ata", "sent_from"), Place("Moscow", "Moscow", "sent_to")],
        classification="Top Secret",
        citation=Citation(
            "GARF, Fond R-9401ss, Opis' 2, Delo 100, 270-272.",
            "GARF",
            {"archive": "GARF", "fond": "R-9401ss", "opis": "2", "delo": "100", "list_or_pages": "270-272"},
        ),
        translated_by=[Agent("Gary Goldberg")],
        obtained_by=[Agent("Jamil Hasanli")],
        drafted_by=[cde("Mamulov")],
        authenticated_by=[Agent("[illegible signature]", kind="unknown")],
        copies=Copies(
            printed=6,
            this_copy=6,
            copies=[
                CopyNote(5, fate="returned and destroyed", fate_date=DateValue("5 June 1946", "1946-06-05")),
                CopyNote(6, destination="NKVD Secretariat file"),
            ],
        ),
        editorial_notes=["[handwritten: classified sheets: 34-41, 470-473, 474-480]", "[sic]"],
        enclosed_documents=[enclosed],
        references=[
            Reference("outgoing", "1248/b", "Nº 1248/b"),
            Reference("incoming", "3452", "incoming Nº 3452"),
            Reference("incoming", "3453", "3453"),
        ],
        based_on=["coded message of Sergey and Jim [SIC - Dzhim], incoming Nº 3452 and 3453"],
        folder=Folder(
            "Op 1-1",
            "correspondence with Cde. I. V. Stalin",
            DateValue(
                "beginning 3 October 19[4]5 ending 20 October 19[4]5", start="1945-10-03", end="1945-10-20"
            ),
            sheets=492,
            volume="17",
        ),
        text="Top Secret\nCopy Nº 6\n\nfrom Alma-Ata\n...",
        source=Source(
            f"data/seeds/{TELEGRAM_ID}.txt",
            "d1b52ec2" * 8,
            url="https://digitalarchive.wilsoncenter.org/document/121739",
        ),
    )


def letter() -> Record:
    return Record(
        id=LETTER_ID,
        title="Letter from Alihan Tore to Commander-in-Chief Marshal Stalin",
        doc_type="letter",
        date=DateValue("22 April 1945", "1945-04-22"),
        authors=[
            Agent("Alihan Tore", "ALIHAN TORE [SHAKIRJAN]", office="Head of the East Turkestan Government")
        ],
        recipients=[
            Agent("Stalin", "Commander-in-Chief Marshal Stalin", honorifics=["Commander-in-Chief", "Marshal"])
        ],
        mentioned_persons=[Agent("Petr Andreyevich"), Agent("Vladimir Stepanovich")],
        places=[Place("Ghulja", "Ghulja [Yining]", "written_at", ["Yining"])],
        classification="Top Secret",
        citation=Citation(
            "GARF, Fond R-9401ss, Opis' 2, Delo 95, ll. 352-359.",
            "GARF",
            {"archive": "GARF", "fond": "R-9401ss", "opis": "2", "delo": "95", "list_or_pages": "352-359"},
        ),
        translated_by=[Agent("Gary Goldberg")],
        obtained_by=[Agent("Jamil Hasanli")],
        authenticated_by=[Agent("V. Popova", "Authenticated by: V. Popova")],
        source=Source(f"data/seeds/{LETTER_ID}.txt", "95a56f25" * 8),
    )


def seed_records() -> list[Record]:
    return [telegram(), letter()]


CABLE_ID = "frus_1955_042"


def cable() -> Record:
    """A State Department telegram as another archive's page gives it: precedence, the time it went out
    and came in, who drafted, cleared, approved, typed and signed it for the Secretary, and a distribution
    list for action and for information."""
    return Record(
        id=CABLE_ID,
        title="Telegram From the Department of State to the Embassy in the Soviet Union",
        doc_type="telegram",
        date=DateValue("July 28, 1955", "1955-07-28"),
        authors=[Agent("Dulles", "DULLES", office="Secretary of State")],
        recipients=[Agent("Embassy in Moscow", "AMEMBASSY MOSCOW", kind="organization")],
        drafted_by=[Agent("W. Stoessel", "EE:WStoessel")],
        cleared_by=[Agent("L. Merchant", "EUR - Mr. Merchant"), Agent("R. Murphy", "G - Mr. Murphy")],
        approved_by=[Agent("H. Hoover", "Hoover", office="Under Secretary")],
        typed_by=[Agent("mt", "mt", kind="unknown")],
        signed_for=[Agent("H. Hoover", "Hoover", office="Acting")],
        distribution=[
            DistributionEntry(
                Agent("Embassy in Moscow", "Sent to Moscow 42", kind="organization"), 1, None, "action"
            ),
            DistributionEntry(
                Agent("Embassy in London", "London 311", kind="organization"), 2, None, "information"
            ),
            DistributionEntry(
                Agent("Embassy in Paris", "Paris 259 (2)", kind="organization"), 3, None, "information", 2
            ),
        ],
        precedence="NIACT",
        dispatched=DateValue("July 28, 1955, 6:37 p.m.", "1955-07-28T18:37"),
        received=DateValue("July 29, 2:10 a.m.", "1955-07-29T02:10"),
        classification="Secret",
        references=[Reference("telegram", "42", "42")],
        text="NIACT\nSECRET\n...",
        source_layout="frus",
        source=Source(f"data/frus/{CABLE_ID}.txt", "0a1b2c3d" * 8),
    )
