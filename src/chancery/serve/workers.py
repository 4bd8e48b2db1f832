"""Queries evaluated in worker processes, so that one past its deadline is stopped for good.

A thread cannot be stopped while pyoxigraph sorts or aggregates inside one call; a process can. The
build is bulk-loaded once into an on-disk store in a temporary folder, which every worker opens
read-only (RocksDB shares it through the page cache). A worker that misses the deadline is killed
and replaced; the client gets a 503 with a clear message, never a partial result.

Used by ``chancery serve`` (read-only); the in-process :class:`QueryRunner` serves the other cases.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import shutil
import tempfile
import threading
import time
import weakref
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
    check_services,
)

log = logging.getLogger(__name__)


def worker_main(path: str, limits: QueryLimits, union: bool, conn: Connection) -> None:
    """A worker's loop: open the store read-only, answer requests until the pipe closes."""
    runner = QueryRunner(ox.Store.read_only(path), limits, union)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", runner.evaluate(request)))
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

    def __init__(self, store: ox.Store, dump: Path, fmt: ox.RdfFormat, limits: QueryLimits | None = None,
                 union_default_graph: bool = True):
        self.store, self.limits, self.union = store, limits or QueryLimits(), union_default_graph
        self.folder = tempfile.mkdtemp(prefix="chancery-store-")
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.folder, True)
        disk = ox.Store(self.folder)
        disk.bulk_load(path=str(dump), format=fmt)
        disk.flush()
        del disk
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.limits.workers):
            self._idle.put(self._start())

    def _start(self) -> Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=worker_main, args=(self.folder, self.limits, self.union, theirs),
                                        name="chancery-sparql", daemon=True)
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
        check_services(request.query, self.limits.service_hosts)
        deadline = time.monotonic() + self.limits.timeout
        return await asyncio.to_thread(self._call, request, deadline)

    def _call(self, request: QueryRequest, deadline: float) -> QueryOutcome:
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(f"the server is busy: no worker was free within {self.limits.timeout:g} s") from None
        try:
            worker.conn.send(request)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise QueryTimeout(
                    f"the query did not finish within {self.limits.timeout:g} s and was stopped; "
                    "narrow it down (a LIMIT, more specific patterns) and try again")
            status, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise QueryFailed(f"the query worker died ({exc or 'no answer'}); it has been restarted") from None
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
        self._cleanup()
