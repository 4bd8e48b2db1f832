"""Drafting blocks: the rules of the grammar, one family of written forms each."""

from __future__ import annotations

import pytest

from chancery.sources.page.drafting import Drafting, drafting_statements, is_drafting, read_drafting


def _roles(*lines: str) -> dict[str, list[tuple[str, str | None]]]:
    drafting = Drafting()
    for _, statement in drafting_statements(list(lines)):
        read_drafting(statement, drafting)
    return {role: [(a.name, a.office) for a in agents] for role, agents in drafting.roles.items() if agents}


def test_an_office_in_brackets_after_a_name_is_the_persons():
    assert _roles("Drafted by Crawford (G); cleared by Sisco, Hewitt (L/NEA), and Strong.") == {
        "drafted_by": [("Crawford", "G")],
        "cleared_by": [("Sisco", None), ("Hewitt", "L/NEA"), ("Strong", None)],
    }


@pytest.mark.parametrize(
    "line",
    [
        "Drafted by: EUR:SOV:JMcSweeney:ek 3/15/62",
        "EUR:SOV:JMcSweeney:ek 3/15/62",
        "Drafted by EUR:SOV:JMcSweeney",
    ],
)
def test_a_drafting_code_alone_or_after_a_label(line: str):
    assert _roles(line) == {"drafted_by": [("J. McSweeney", "EUR:SOV")]}


def test_how_a_clearance_was_given_is_not_a_name():
    assert _roles(
        "Drafted by Kohler; cleared in draft by Crawford and Tyler; and cleared in substance with Ball."
    ) == {
        "drafted_by": [("Kohler", None)],
        "cleared_by": [("Crawford", None), ("Tyler", None), ("Ball", None)],
    }


def test_a_verbs_names_in_parts_each_with_its_own_preposition():
    assert _roles("Drafted by Wilkins; cleared by Hart (NEA) and in S/S-S; and approved by Murphy.") == {
        "drafted_by": [("Wilkins", None)],
        "cleared_by": [("Hart", "NEA"), ("S/S-S", None)],
        "approved_by": [("Murphy", None)],
    }
    assert _roles("Drafted by Hughes; cleared in draft by Tyler and Ball and in substance by Kohler.") == {
        "drafted_by": [("Hughes", None)],
        "cleared_by": [("Tyler", None), ("Ball", None), ("Kohler", None)],
    }


def test_verbs_joined_share_the_names_after_them():
    assert _roles("Drafted and approved by Holdridge (L/NEA) and Zurhellen; and cleared with Sneider.") == {
        "drafted_by": [("Holdridge", "L/NEA"), ("Zurhellen", None)],
        "approved_by": [("Holdridge", "L/NEA"), ("Zurhellen", None)],
        "cleared_by": [("Sneider", None)],
    }
    # a verb of no role of its own gives none, and takes no name
    assert _roles("Drafted and initialed by Creel and approved in the White House on October 26.") == {
        "drafted_by": [("Creel", None)],
        "approved_by": [("White House", None)],
    }


def test_approved_in_an_office_keeps_its_code_as_written():
    drafting = read_drafting("Drafted by Bacon; and approved in NEA on July 12.")
    (office,) = drafting.roles["approved_by"]
    assert (office.name, office.kind) == ("NEA", "organization")


def test_a_forms_clearances_continue_on_the_lines_below_in_the_shape_of_their_items():
    lines = [
        "EUR:SOV:BLZurhellen:ek",
        "Clearances: S/P - Mr. Merchant",
        "INR - Mr. Herter",
        "S/S-O – Mr. Harriman",
        "Telegraphic transmission and classification approved by: EUR - Foy D. Kohler",
        "G - Mr. Hughes",  # below an approval, which names one person: a list of its own, not read
    ]
    assert [at for at, _ in drafting_statements(lines)] == [[0], [1, 2, 3], [4]]
    assert _roles(*lines) == {
        "drafted_by": [("B. L. Zurhellen", "EUR:SOV")],
        "cleared_by": [("Merchant", "S/P"), ("Herter", "INR"), ("Harriman", "S/S-O")],
        "approved_by": [("Foy D. Kohler", "EUR")],
    }


def test_a_label_alone_takes_the_items_below_it():
    assert _roles("Cleared:", "S/S - Mr. Rusk", "EUR - Mr. Tyler") == {
        "cleared_by": [("Rusk", "S/S"), ("Tyler", "EUR")]
    }


def test_a_line_of_an_office_and_a_name_alone_is_no_drafting_line():
    assert _roles("Drafted by Troxel.", "EUR - Mr. Tyler") == {"drafted_by": [("Troxel", None)]}
    assert drafting_statements(["EUR - Mr. Tyler"]) == []


@pytest.mark.parametrize(
    ("line", "role", "name"),
    [
        ("Typed by Sík", "typed_by", "Sík"),
        ("Drafted by J. Kádár", "drafted_by", "J. Kádár"),
        ("Certified true copy: Gy. Kállai", "authenticated_by", "Gy. Kállai"),
        ("Prepared by Cde. Gomułka", "drafted_by", "Gomułka"),
    ],
)
def test_names_in_any_alphabet(line: str, role: str, name: str):
    assert _roles(line) == {role: [(name, None)]}


@pytest.mark.parametrize(
    "line",
    [
        "Approved For Release 2008/11/07: CIA-RDP78B02992A000100070002-9",  # a declassification stamp
        "Typed on 21 October at 1325",  # when, not by whom
        "EUR - Mr. Tyler",
    ],
)
def test_not_drafting_lines(line: str):
    assert not is_drafting(line)


def test_who_signed_for_another():
    drafting = read_drafting("Drafted by Troxel; and approved by Burdett, who signed for Dulles.")
    assert [a.name for a in drafting.roles["approved_by"]] == ["Burdett"]
    assert [a.name for a in drafting.signed_for] == ["Burdett"]


def test_drafting_codes_without_an_office_and_in_capitals_and_true_copy_stamps():
    def roles(text):
        return {k: [(a.name, a.as_written) for a in v] for k, v in read_drafting(text).roles.items()}

    assert is_drafting("FJMeehan:mak") and roles("FJMeehan:mak") == {
        "drafted_by": [("F. J. Meehan", "FJMeehan")]
    }
    assert roles("DRAFTED BY IO/HDC:RANDREW:DD") == {"drafted_by": [("Randrew", "RANDREW")]}  # no typist
    assert roles("(True Copy- INR/CS/FP Feb. 10, 1961)") == {"authenticated_by": [("INR/CS/FP", "INR/CS/FP")]}
    assert not is_drafting("True copy of the letter follows") and not is_drafting("Moscow:abc")
