"""The query runner without HTTP: SERVICE allow-list, deadline, result cap, the protocol's dataset."""

from __future__ import annotations

import asyncio
import time

import pyoxigraph as ox
import pytest

from chancery.serve.query import (
    QueryLimits,
    QueryRefused,
    QueryRequest,
    QueryRunner,
    QueryTimeout,
)

CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # |triples|^3 solutions, produced lazily


def test_deadline_fails_the_query_and_stops_the_worker(dataset):
    runner = QueryRunner(dataset.store, QueryLimits(timeout=0.3, max_results=10**12, workers=1))
    try:
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="did not finish within 0.3 s"):
            asyncio.run(runner.run(QueryRequest(CROSS)))
        assert time.monotonic() - started < 2
        # the worker noticed the cancellation and is free for the next query
        outcome = asyncio.run(runner.run(QueryRequest("ASK { ?s ?p ?o }")))
        assert outcome.boolean is True
    finally:
        runner.close()


def test_result_cap_says_truncated(dataset):
    runner = QueryRunner(dataset.store, QueryLimits(max_results=5))
    try:
        outcome = runner.evaluate(QueryRequest("SELECT * { ?s ?p ?o }"))
        assert (len(outcome.rows), outcome.truncated) == (5, True)
        outcome = runner.evaluate(QueryRequest("SELECT * { ?s ?p ?o } LIMIT 5"))
        assert (len(outcome.rows), outcome.truncated) == (5, False)
    finally:
        runner.close()


def test_dataset_from_protocol_then_from_then_union():
    store = ox.Store()
    g1, g2 = ox.NamedNode("http://g/1"), ox.NamedNode("http://g/2")
    store.add(ox.Quad(ox.NamedNode("http://s/1"), ox.NamedNode("http://p"), ox.Literal("1"), g1))
    store.add(ox.Quad(ox.NamedNode("http://s/2"), ox.NamedNode("http://p"), ox.Literal("2"), g2))
    runner = QueryRunner(store)
    count = "SELECT (COUNT(*) AS ?n) {query_from} {{ ?s ?p ?o }}"

    def n(request: QueryRequest) -> int:
        return int(runner.evaluate(request).rows[0]["n"].value)

    try:
        assert n(QueryRequest(count.format(query_from=""))) == 2  # union of the graphs
        assert n(QueryRequest(count.format(query_from="FROM <http://g/1>"))) == 1
        assert (
            n(QueryRequest(count.format(query_from="FROM <http://g/1>"), default_graphs=("http://g/2",))) == 1
        )
        assert n(QueryRequest(count.format(query_from=""), named_graphs=("http://g/1",))) == 0
    finally:
        runner.close()


def test_syntax_error_is_refused(dataset):
    runner = QueryRunner(dataset.store)
    try:
        with pytest.raises(QueryRefused, match="syntax"):
            runner.evaluate(QueryRequest("SELECT * {"))
    finally:
        runner.close()


def test_update_dataset_becomes_using_clauses():
    from chancery.serve.egress import prepare
    from chancery.serve.updates import UpdateDatasetError, with_dataset

    update = (
        'PREFIX e: <http://e/> # WHERE in a comment\nINSERT { ?s a e:C } WHERE { ?s ?p "WHERE" '
        "{ SELECT ?s WHERE { ?s ?p ?o } } } ; DELETE WHERE { ?a ?b ?c }"
    )
    out = with_dataset(prepare(update, None), ("http://g/1",), ("http://g/2",))
    assert out.count("USING <http://g/1> USING NAMED <http://g/2> WHERE") == 1
    assert "WHERE in a comment" not in out and "DELETE WHERE { ?a" in out
    assert with_dataset(prepare(update, None), (), ()) == prepare(update, None).text
    with pytest.raises(UpdateDatasetError):
        with_dataset(
            prepare("WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", None), ("http://g/1",), ()
        )
    with pytest.raises(ValueError):
        with_dataset(prepare("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", None), ("not an iri",), ())
