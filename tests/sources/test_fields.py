"""Header fields."""

from __future__ import annotations

from chancery.sources.page.fields import read_fields


def test_a_colon_and_a_dash_and_the_value_on_the_next_line():
    fields = read_fields(
        ["From: -", "C. in C. Hong Kong.", "JO 221134.", "To:-", "The er office.", "INMEDIATA"]
    )
    assert [(f.feeds, f.value) for f in fields] == [
        ("authors", "C. in C. Hong Kong."),
        ("recipients", "The er office."),
    ]


def test_a_cables_info_posts_and_subject_over_two_lines():
    lines = [
        "FM SECSTATE WASHDC",
        "TO AMEMBASSY MANILA",
        "AMEMBASSY CANBERRA",
        "INFO USLO PEKING",
        "AMEMBASSY BANGKOK",
        "LIMITED OFFICIAL USE STATE 062521",
        "SUBJECT: WHO REGIONAL MEETING ON ASSISTANCE TO NORTH",
        "AND SOUTH VIETNAM",
        "REF: MANILA 3056 (NOTAL)",
    ]
    fields = {f.feeds: f.value for f in read_fields(lines)}
    assert fields["information"] == "USLO PEKING; AMEMBASSY BANGKOK"
    assert fields["subject"] == "WHO REGIONAL MEETING ON ASSISTANCE TO NORTH AND SOUTH VIETNAM"
    assert {f.feeds: f.value for f in read_fields(["SUBJECT: TALKS IN MOSCOW", "REF: A"])}["subject"] == (
        "TALKS IN MOSCOW"
    )
