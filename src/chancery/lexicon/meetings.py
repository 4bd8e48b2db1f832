"""The words of meetings in the languages the pages come in besides English: who was present, who
chaired, who kept the record.

English forms are the present-list grammar's own (``sources/page/present.py``); these tables add the
labels of German, French and Russian minutes and records ("Teilnehmer:", "Anwesend:", "Présents:",
"Присутствовали:"), each as a regular expression in lower case.
"""

from __future__ import annotations

# Labels of those present.
ATTENDING_WORDS = (
    r"teilnehmer", r"anwesend(?:e)?", r"zugegen", r"ferner\s+anwesend",  # German
    r"pr[ée]sents?", r"[ée]taient\s+pr[ée]sents", r"assistaient", r"participants?",  # French
    r"присутствовали", r"присутствуют", r"участники", r"приглашены",  # Russian
    r"guests", r"hosts", r"visitors",  # a reception's record: "Foreign guests:", "Chinese hosts:"
    # an agenda's item in minutes: who presented it and who spoke to it ("Speaker: Comrade Zoltán Komócsin",
    # "Commenters: Comrades ...")
    r"speakers?", r"rapporteurs?", r"commenters", r"contributors", r"discussants",
    r"recording\s+(?:officials?|officers?|clerks?|secretar(?:y|ies))",  # who kept the record sat in too
)  # fmt: skip
# Labels of the chair.
CHAIR_WORDS = (r"vorsitz", r"pr[ée]sidence", r"pr[ée]sident", r"председательствовал", r"председатель")
# Labels of who kept the record (the record's author, and one of those present).
RECORDER_WORDS = (
    r"protokoll(?:f[üu]hrer(?:in)?)?", r"procès-verbal\s+(?:rédigé|tenu)\s+par", r"secr[ée]taire",
    r"протокол\s+вел(?:а)?", r"записал(?:а)?", r"секретарь",
    r"recording\s+(?:officials?|officers?|clerks?|secretar(?:y|ies))",  # "Recording officials: A, B"
)  # fmt: skip
