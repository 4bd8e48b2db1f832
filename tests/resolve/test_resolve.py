"""One entity per person, organisation and place across documents; never on a surname alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chancery.model import Agent, DateValue, DistributionEntry, Place, Record
from chancery.resolve import resolve


def person(written: str, name: str | None = None, **more: object) -> Agent:
    return Agent(name=name or written, as_written=written, **more)  # type: ignore[arg-type]


def record(rid: str, year: str = "1945", **roles: list) -> Record:
    rec = Record(id=rid, date=DateValue(year, year))
    for role, values in roles.items():
        setattr(rec, role, values)
    return rec


def labels(resolution) -> list[tuple[str, str]]:  # noqa: ANN001
    return sorted((e.kind, e.label) for e in resolution.entities)


def test_forms_of_one_person_across_documents_are_one_entity() -> None:
    cde_stalin = person("Cde. I. V. Stalin", "I. V. Stalin")
    first = record("a", authors=[person("Alihan Tore")], recipients=[cde_stalin])
    first.mentioned_persons = [person("STALIN")]
    second = record("b", authors=[person("ALIHAN TORE")],
                    recipients=[person("Commander-in-Chief Marshal Stalin", "Stalin")])  # fmt: skip
    resolution = resolve([first, second])
    stalin = resolution.of("a", "recipients", 0)
    assert stalin is not None and stalin.label == "I. V. Stalin"
    assert stalin.forms == {"Cde. I. V. Stalin", "STALIN", "Commander-in-Chief Marshal Stalin"}
    assert resolution.of("b", "recipients", 0) is stalin
    assert len(resolution.entities) == 2


def test_a_bare_name_in_an_unrelated_document_stays_apart() -> None:
    one = record(
        "a", authors=[person("George B. Murphy, Jr.", "George B. Murphy"), person("Fred J. Carrier")]
    )
    two = record("b", authors=[person("Theodore L. Eliot")], recipients=[person("Mr. Murphy", "Murphy")])
    resolution = resolve([one, two])
    assert resolution.of("b", "recipients", 0) is not resolution.of("a", "authors", 0)


def test_transliteration_variants_and_inverted_forms_join() -> None:
    rec = record(
        "a",
        authors=[person("Alihan Tore"), person("Mao Zedong"), person("Nehru, Jawaharlal")],
        mentioned_persons=[person("Alikhan Tura"), person("Mao Tse-tung"), person("Jawaharlal Nehru")],
    )
    assert len(resolve([rec]).entities) == 3


def test_a_bare_surname_shared_by_two_people_joins_neither() -> None:
    rec = record(
        "a",
        distribution=[
            DistributionEntry(person("A. I. Mikoyan"), 1),
            DistributionEntry(person("S. A. Mikoyan"), 2),
        ],
    )
    other = record("b", mentioned_persons=[person("Mikoyan")])
    resolution = resolve([rec, other])
    assert len({id(e) for e in resolution.mentions.values()}) == 3


def test_a_bare_name_prefers_the_person_of_its_own_document() -> None:
    one = record("a", authors=[person("John M. Murphy")], mentioned_persons=[person("Mr. Murphy", "Murphy")])
    two = record("b", authors=[person("George B. Murphy, Jr.", "George B. Murphy")])
    resolution = resolve([one, two])
    assert resolution.of("a", "mentioned_persons", 0) is resolution.of("a", "authors", 0)
    assert resolution.of("b", "authors", 0) is not resolution.of("a", "authors", 0)


def test_conflicting_initials_never_merge() -> None:
    rec = record("a", authors=[person("I. V. Stalin"), person("V. M. Stalin")])
    assert len(resolve([rec]).entities) == 2


def test_a_place_named_molotov_is_not_the_man_and_bodies_are_not_people() -> None:
    rec = record("a", authors=[person("V. M. Molotov"), person("Molotov", kind="organization")])
    rec.places = [Place("Molotov", "Molotov", "sent_from")]
    assert labels(resolve([rec])) == [
        ("organization", "Molotov"),
        ("person", "V. M. Molotov"),
        ("place", "Molotov"),
    ]


def test_affiliations_are_organisations_and_join_by_name() -> None:
    one = record("a", recipients=[person("Cde. BERIA", "BERIA", affiliation="USSR NKVD")])
    two = record("b", authors=[person("USSR NKVD", kind="organization")])
    resolution = resolve([one, two])
    assert resolution.affiliation_of("a", "recipients", 0) is resolution.of("b", "authors", 0)


def test_places_join_through_their_bracketed_variants() -> None:
    one = record("a")
    one.places = [Place("Ghulja", "Ghulja [Yining]", "written_at", ["Yining"])]
    two = record("b")
    two.places = [Place("Yining", "Yining", "sent_from")]
    resolution = resolve([one, two])
    (place,) = resolution.entities
    assert place.forms == {"Ghulja [Yining]", "Yining"} and place.label == "Ghulja"


def test_unknown_kind_reads_bodies_by_their_words() -> None:
    names = ["CC of the CPSU", "Hungarian Foreign Ministry", "Zhou Enlai"]
    rec = record("a", recipients=[person(n, kind="unknown") for n in names])
    assert [e.kind for e in sorted(resolve([rec]).entities, key=lambda e: e.label)] == [
        "organization", "organization", "person"]  # fmt: skip


def test_label_prefers_the_fullest_clean_form_in_mixed_case() -> None:
    rec = record("a", authors=[person("ALIHAN TORE")], recipients=[person("HENRY A. KISSINGER")],
                 mentioned_persons=[person("Henry A. Kissinger"), person("Kissinger")])  # fmt: skip
    assert labels(resolve([rec])) == [("person", "Alihan Tore"), ("person", "Henry A. Kissinger")]


def test_keys_are_unique_and_deterministic() -> None:
    recs = [record("a", authors=[person("I. V. Stalin"), person("V. M. Stalin")])]
    first = [(e.kind, e.key) for e in resolve(recs).entities]
    assert first == [(e.kind, e.key) for e in resolve(recs).entities]
    assert len(set(first)) == len(first)


def test_a_suffixed_key_never_takes_another_entitys_slug() -> None:
    """Two people written "O" and one "O:2": the second "O" is not keyed "o-2" (found by hypothesis)."""
    names = ["O", "O", "0:O", "O:2"]
    rec = record("a", authors=[Agent(name=n, as_written=n, kind="person") for n in names])
    keys = [(e.kind, e.key) for e in resolve([rec]).entities]
    assert len(set(keys)) == len(keys)


@given(
    st.lists(
        st.tuples(st.text(max_size=30), st.sampled_from(["person", "organization", "unknown"])), max_size=8
    )
)
def test_resolve_never_crashes_and_addresses_every_named_mention(names: list[tuple[str, str]]) -> None:
    rec = record("a", authors=[Agent(name=n, as_written=n, kind=k) for n, k in names])  # type: ignore[arg-type]
    resolution = resolve([rec])
    assert all(isinstance(e.label, str) for e in resolution.entities)
    assert len({(e.kind, e.key) for e in resolution.entities}) == len(resolution.entities)


def test_thousands_of_mentions_resolve() -> None:
    """Every mention of a large batch gets an entity (how fast: benchmarks/resolve.py)."""
    import random

    rng = random.Random(1)
    given = ["Ivan", "Petr", "Anna", "Boris", "Oleg", "Maria", "Lev", "Yuri"]
    families = [f"Fam{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}ov" for i in range(600)]
    records = []
    for d in range(500):
        names = []
        for _ in range(5):
            f, g = rng.choice(families), rng.choice(given)
            names.append(person(rng.choice([f"{g} {f}", f"{g[0]}. {f}", f, f"Cde. {f}"])))
        records.append(record(f"d{d}", authors=names))
    resolution = resolve(records)
    assert len(resolution.mentions) == 2500
