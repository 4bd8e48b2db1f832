"""Cable addresses."""

from __future__ import annotations

from chancery.sources.page.cables import read_addresses


def test_posts_of_the_seventies():
    found = read_addresses("USLO PEKING; USINT HAVANA; AMCONSUL HONG KONG")
    assert [a.agent.name for a in found] == [
        "Liaison Office in Peking",
        "US Interests Section in Havana",
        "Consulate in Hong Kong",
    ]
