"""The seeds' people, places and bodies as the pages write them (hand-made records, no reader)."""

from __future__ import annotations

from chancery.model import Agent, DateValue, DistributionEntry, Place, Record


def agent(as_written: str, name: str, honorifics: list[str], **more: str) -> Agent:
    return Agent(name=name, as_written=as_written, honorifics=honorifics, **more)  # type: ignore[arg-type]


def seed_records() -> list[Record]:
    cde = ["Cde."]
    telegram = Record(
        id="000_309a8ed843226cda", doc_type="telegram", date=DateValue("3 November 1945", "1945-11-03")
    )
    telegram.authors = [agent("Cde. Yegnarov", "Yegnarov", cde), agent("Cde. Langvang", "Langvang", cde)]
    telegram.recipients = [agent("Cde. BERIA", "BERIA", cde, affiliation="USSR NKVD")]
    distribution = ["I. V. Stalin", "V. M. Molotov", "G. M. Malenkov", "A. I. Mikoyan", "A. Ya. Vyshinsky"]
    telegram.distribution = [
        DistributionEntry(agent(f"Cde. {n}", n, cde), i + 1, i + 1) for i, n in enumerate(distribution)
    ]
    telegram.drafted_by = [agent("Cde. Mamulov", "Mamulov", cde)]
    telegram.places = [Place("Alma-Ata", "from Alma-Ata", "sent_from"), Place("Moscow", "Moscow", "sent_to")]
    telegram.translated_by = [agent("Gary Goldberg", "Gary Goldberg", [])]
    telegram.obtained_by = [agent("Jamil Hasanli", "Jamil Hasanli", [])]
    letter = Record(id="000_309a8ed843226cda-enc1", doc_type="letter")
    letter.authors = [agent("ALIHAN TORE", "ALIHAN TORE", [], office="Chairman of the government")]
    letter.recipients = [agent("his Excellency Stalin", "Stalin", ["his Excellency"])]
    telegram.enclosed_documents = [letter]
    second = Record(
        id="001_2383f93aa2bbb290", doc_type="letter", date=DateValue("22 April 1945", "1945-04-22")
    )
    second.authors = [agent("Alihan Tore", "Alihan Tore", [], office="Head of the East Turkestan Government")]
    second.recipients = [
        agent("Commander-in-Chief Marshal Stalin", "Stalin", ["Commander-in-Chief", "Marshal"])
    ]
    second.places = [Place("Ghulja", "Ghulja [Yining]", "written_at", ["Yining"])]
    second.authenticated_by = [agent("V. Popova", "V. Popova", [])]
    second.mentioned_persons = [agent("Petr Andreyevich", "Petr Andreyevich", [])]
    return [telegram, second]
