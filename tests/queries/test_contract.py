"""Contract: every saved query says what it answers, parses with two parsers, and runs on the seeds."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from chancery.query import find_query, run_query, saved_queries

QUERIES = saved_queries()


def test_the_questions_of_issue_2_have_queries() -> None:
    names = {q.name for q in QUERIES}
    assert {
        "distribution-list",
        "addressed-to-stalin",
        "signatories-of-enclosed",
        "originals-location",
        "credits",
        "correspondence-network",
    } <= names


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_has_a_header(query) -> None:
    assert query.text.startswith("#"), f"{query.path} must open with a comment saying what it answers"
    assert query.description


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_parses_in_rdflib(query) -> None:
    prepareQuery(query.text)  # an independent parser: raises on a syntax error


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_runs_on_an_empty_store(query) -> None:
    result = run_query(query, store=ox.Store())
    assert result.rows == []


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_answers_on_the_seeds(query, seeds_store) -> None:
    result = run_query(query, store=seeds_store)
    assert result.rows, f"{query.name} finds nothing in the seeds"
    assert len(result.variables) == len(set(result.variables))


def test_a_query_is_found_by_name_or_path(tmp_path) -> None:
    by_name = find_query("credits")
    assert find_query("credits.rq").path == by_name.path
    copy = tmp_path / "mine.rq"
    copy.write_text(by_name.text, encoding="utf-8")
    assert find_query(str(copy)).text == by_name.text


def test_every_term_the_queries_use_is_in_the_ontology() -> None:
    import re

    from rdflib import Graph

    from chancery.graph.namespaces import PREFIXES
    from chancery.resources import resource_dir

    ontology = Graph().parse(resource_dir("ontology") / "chancery.ttl")
    defined = {str(s) for s in ontology.subjects()}
    ours = ("chancery", "role", "level", "doctype", "qualifier")
    used = {
        PREFIXES[prefix] + local
        for query in QUERIES
        for prefix, local in re.findall(r"\b(" + "|".join(ours) + r"):([A-Za-z][\w-]*)", query.text)
    }
    assert used and used - defined == set()
