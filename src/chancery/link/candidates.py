"""What an authority says about a record that might be one of our entities."""

from __future__ import annotations

from dataclasses import dataclass, field

HUMAN = "Q5"

# Wikidata classes that say a record is a place or a body (a small table; unknown classes say nothing).
PLACE_CLASSES = frozenset(
    {"Q515", "Q6256", "Q3624078", "Q1549591", "Q174844", "Q5119", "Q486972", "Q3024240", "Q10711424",
     "Q51929311", "Q108178728", "Q1637706", "Q3957", "Q532", "Q4022", "Q23397", "Q7930989", "Q183342",
     "Q4442912", "Q250811", "Q748149", "Q1208802", "Q27554677", "Q97379400", "Q112099", "Q5255892",
     "Q118365", "Q465613", "Q842112", "Q849866", "Q859563", "Q1520223", "Q1309121", "Q3303230"}
)  # fmt: skip
# States: places, and bodies too (a page may have "the USSR" write or receive a note).
STATE_CLASSES = frozenset({"Q6256", "Q3624078", "Q3024240", "Q7275", "Q1520223", "Q10711424"})
ORGANISATION_CLASSES = frozenset(
    {"Q43229", "Q7278", "Q327333", "Q1551763", "Q6589202", "Q3238445", "Q4146825", "Q4229700", "Q192350",
     "Q2659904", "Q7210356", "Q484652", "Q176799"}
)  # fmt: skip


@dataclass(frozen=True)
class Name:
    text: str
    lang: str = ""  # "en", "ru", "zh"... ("" when the authority gives none)
    how: str = "label"  # "label" | "alias" | "name" (GeoNames' main name) | "alternate"


@dataclass
class Candidate:
    authority: str  # "wikidata" | "geonames"
    id: str  # "Q855" | "524901"
    names: list[Name] = field(default_factory=list)
    description: str = ""
    types: set[str] = field(default_factory=set)  # Wikidata P31 ids
    born: int | None = None  # year of birth (persons) or inception (bodies, places)
    died: int | None = None  # year of death or dissolution
    ids: dict[str, str] = field(default_factory=dict)  # {"geonames": "524901", "viaf": ...}
    coordinates: tuple[float, float] | None = None  # (lat, long)
    population: int | None = None  # GeoNames
    feature_class: str = ""  # GeoNames "P" (populated place), "A" (administrative)...
    country: str = ""  # GeoNames country code

    @property
    def label(self) -> str:
        """The English label, else any label, else the id."""
        labels = [n for n in self.names if n.how in ("label", "name")]
        english = [n for n in labels if n.lang == "en"]
        return (english or labels or [Name(self.id)])[0].text

    def kind(self) -> str:
        """ "person", "place", "organization" as the authority's classes say, else ""."""
        if HUMAN in self.types:
            return "person"
        if self.authority == "geonames" or self.types & PLACE_CLASSES:
            return "place"
        if self.types & ORGANISATION_CLASSES:
            return "organization"
        return ""
