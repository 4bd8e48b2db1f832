"""Accept parsing and choice: lists, parameters, q-values, wildcards, ties, nothing acceptable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.serve.negotiation import negotiate, parse_accept, quality

OFFERS = ["text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, "text/html"),
        ("", "text/html"),
        ("*/*", "text/html"),
        (BROWSER, "text/html"),
        ("text/turtle", "text/turtle"),
        ("application/ld+json, text/turtle;q=0.5", "application/ld+json"),
        ("text/turtle;q=0.5, application/ld+json", "application/ld+json"),
        ("text/*;q=0.3, text/turtle;q=0.9, */*;q=0.1", "text/turtle"),
        ("text/*, text/html;q=0", "text/turtle"),
        ("application/rdf+xml;q=1.0, text/turtle;q=0.8, */*;q=0.1", "application/rdf+xml"),
        ("APPLICATION/N-TRIPLES", "application/n-triples"),
        ('text/turtle;charset="utf-8";q=0.7, application/n-triples;q=0.6', "text/turtle"),
        ("image/png", None),
        ("text/turtle;q=0", None),
        ("*/*;q=0", None),
        ("garbage, ;;, text/turtle", "text/turtle"),
        ("text/turtle;q=abc, application/ld+json;q=0.1", "application/ld+json"),
    ],
)
def test_negotiate(accept, chosen):
    assert negotiate(accept, OFFERS) == chosen


def test_most_specific_range_wins():
    ranges = parse_accept("text/*;q=0.2, text/turtle;q=0.9, text/turtle;charset=utf-8;q=0.4")
    assert quality(ranges, "text/turtle") == 0.4
    assert quality(ranges, "text/html") == 0.2
    assert quality(ranges, "application/ld+json") == 0.0


@given(st.text(max_size=200))
def test_any_header_gives_an_offer_or_none(header):
    assert negotiate(header, OFFERS) in [*OFFERS, None]
