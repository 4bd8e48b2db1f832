"""Queries evaluated in worker processes, so that one past its deadline is stopped for good.

A thread cannot be stopped while pyoxigraph sorts or aggregates inside one call; a process can. Each
worker loads the build's dump into its own in-memory store (an on-disk store shared read-only by the
workers was measured 3x slower per query, so memory is traded for speed). A worker that misses the
deadline is killed and replaced; the client gets a 503 with a clear message, never a partial result.
Results cross the pipe already encoded (SPARQL JSON, or N-Triples for graphs), not as term objects.

Used by ``chancery serve`` (read-only); the in-process :class:`QueryRunner` serves the other cases.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from chancery.serve.query import (
    QueryFailed,
    QueryLimits,
    QueryOutcome,
    QueryRefused,
    QueryRequest,
    QueryRunner,
    QueryTimeout,
    prepare_query,
)
from chancery.serve.results import solutions_json
from chancery.serve.sandbox import forbid_network

log = logging.getLogger(__name__)


def encode(outcome: QueryOutcome) -> QueryOutcome:
    """The outcome with its rows replaced by their encoding, ready to cross a pipe cheaply."""
    if outcome.kind == "graph":
        data = ox.serialize(outcome.rows, format=ox.RdfFormat.N_TRIPLES)
    else:
        data = json.dumps(solutions_json(outcome), ensure_ascii=False).encode("utf-8")
    return QueryOutcome(outcome.kind, outcome.boolean, outcome.variables, [], outcome.truncated, data)


def worker_main(dump: str, media_type: str, limits: QueryLimits, union: bool, conn: Connection) -> None:
    """A worker's loop: load the dump, answer requests until the pipe closes.

    With no SERVICE allow-list the worker first gives up the network for good (``sandbox``).
    """
    if not limits.service_hosts:
        forbid_network()
    store = ox.Store()
    store.bulk_load(path=dump, format=ox.RdfFormat.from_media_type(media_type))
    runner = QueryRunner(store, limits, union)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", encode(runner.evaluate(request))))
        except QueryRefused as exc:
            conn.send(("refused", str(exc)))
        except Exception as exc:  # noqa: BLE001 - reported to the client, the worker lives on
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))


@dataclass(eq=False)  # hashed by identity
class Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class ProcessRunner:
    """Evaluates queries in ``limits.workers`` processes; same interface as :class:`QueryRunner`."""

    def __init__(
        self,
        store: ox.Store,
        dump: Path,
        fmt: ox.RdfFormat,
        limits: QueryLimits | None = None,
        union_default_graph: bool = True,
    ):
        self.store, self.limits, self.union = store, limits or QueryLimits(), union_default_graph
        self.dump, self.media_type = str(dump), fmt.media_type  # RdfFormat does not pickle
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.limits.workers):
            self._idle.put(self._start())

    def _start(self) -> Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=worker_main,
            args=(self.dump, self.media_type, self.limits, self.union, theirs),
            name="chancery-sparql",
            daemon=True,
        )
        process.start()
        theirs.close()
        worker = Worker(process, ours)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _replace(self, worker: Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.stop()
        if not self._closed:
            threading.Thread(target=lambda: self._idle.put(self._start()), daemon=True).start()

    async def run(self, request: QueryRequest) -> QueryOutcome:
        prepare_query(request, self.limits.service_hosts)  # refused before it takes a worker
        deadline = time.monotonic() + self.limits.timeout
        return await asyncio.to_thread(self._call, request, deadline)

    def _call(self, request: QueryRequest, deadline: float) -> QueryOutcome:
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(
                f"the server is busy: no worker was free within {self.limits.timeout:g} s"
            ) from None
        try:
            worker.conn.send(request)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise QueryTimeout(
                    f"the query did not finish within {self.limits.timeout:g} s and was stopped; "
                    "narrow it down (a LIMIT, more specific patterns) and try again"
                )
            status, payload = worker.conn.recv()
            if status == "ok" and payload.kind == "graph":
                payload.rows = list(ox.parse(payload.encoded, format=ox.RdfFormat.N_TRIPLES))
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise QueryFailed(
                f"the query worker died ({exc or 'no answer'}); it has been restarted"
            ) from None
        self._idle.put(worker)
        if status == "refused":
            raise QueryRefused(payload)
        if status == "failed":
            raise QueryFailed(payload)
        return payload

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            worker.stop()
