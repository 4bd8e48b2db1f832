"""Benchmark of ``chancery serve``: latency of the saved queries, requests per second for resource pages.

    .venv/bin/python benchmarks/serve.py [DIR] [--copies N] [--runs 20] [--requests 400]

DIR is a build folder (default: build data/seeds into a temporary folder). ``--copies N`` makes the
dataset N times larger by repeating every document under new IRIs (people, places and archival
units stay shared, as in a real collection). The server runs as a separate process, exactly as
``chancery serve`` (worker processes for queries); the clients are httpx. Prints figures, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
ACCEPTS = {"html": "text/html", "turtle": "text/turtle", "json-ld": "application/ld+json"}


def build(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "chancery", "build", str(ROOT / "data" / "seeds"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def multiply(build_dir: Path, copies: int, out: Path) -> Path:
    """A build with every document graph repeated ``copies`` times under new document IRIs."""
    out.mkdir(parents=True, exist_ok=True)
    lines = (build_dir / "graph.nq").read_text(encoding="utf-8").splitlines()
    shared = [line for line in lines if "/graph/entities>" in line]
    per_document = [line for line in lines if "/graph/entities>" not in line]
    pattern = re.compile(r"(/document/)([^/>\s]+?)(?=[/>])")
    with (out / "graph.nq").open("w", encoding="utf-8") as handle:
        handle.write("\n".join(shared) + "\n")
        for k in range(copies):
            handle.write(
                "\n".join(pattern.sub(lambda m, k=k: f"{m[1]}{m[2]}-c{k}", line) for line in per_document)
            )
            handle.write("\n")
    if (build_dir / "build.json").is_file():
        (out / "build.json").write_bytes((build_dir / "build.json").read_bytes())
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(build_dir: Path, args: argparse.Namespace) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "chancery",
        "serve",
        str(build_dir),
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--timeout",
        str(args.timeout),
    ] + (["--threads"] if args.threads else [])
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(600):
        try:
            httpx.get(url + "sparql", timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def query_latency(url: str, runs: int) -> list[tuple[str, float, float, int]]:
    from chancery.serve.pages import saved_queries

    rows = []
    with httpx.Client(timeout=120) as client:
        for saved in saved_queries():
            timings, size = [], 0
            for i in range(runs + 2):
                started = time.perf_counter()
                r = client.post(
                    url + "sparql",
                    data={"query": saved.text},
                    headers={"Accept": "application/sparql-results+json"},
                )
                if r.status_code != 200:
                    rows.append(
                        (saved.name, float("nan"), float("nan"), f"{r.status_code}: {r.text.strip()[:60]}")
                    )
                    break
                if i >= 2:  # two warm-up runs
                    timings.append((time.perf_counter() - started) * 1000)
                size = len(r.json().get("results", {}).get("bindings", []))
            else:
                rows.append((saved.name, statistics.median(timings), percentile(timings, 95), size))
    return rows


def resource_paths(url: str) -> list[str]:
    with httpx.Client() as client:
        paths = []
        for section in ("document/", "person/", "place/"):
            html = client.get(url + section).text
            paths += re.findall(r'href="/(' + section + r'[^"#?]+)"', html)
    return sorted(set(paths))


async def fetch(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str, accept: str
) -> int:
    """One GET on a kept-alive connection; a minimal HTTP/1.1 client, so that the load generator costs
    little next to the server (httpx's pool slows down with tens of connections)."""
    writer.write(f"GET /{path} HTTP/1.1\r\nHost: {host}\r\nAccept: {accept}\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = int(re.search(rb"(?i)content-length: *(\d+)", head)[1])
    await reader.readexactly(length)
    return status


async def load(
    url: str, paths: list[str], concurrency: int, total: int, accept: str
) -> tuple[float, float, int]:
    """``total`` requests from ``concurrency`` clients, each on its own kept-alive connection."""
    host, port = url.split("//")[1].rstrip("/").split(":")
    latencies: list[float] = []
    errors = 0
    todo = iter(range(total))

    async def client() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        for i in todo:
            started = time.perf_counter()
            status = await fetch(reader, writer, f"{host}:{port}", paths[i % len(paths)], accept)
            latencies.append((time.perf_counter() - started) * 1000)
            errors += status != 200
        writer.close()
        await writer.wait_closed()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return total / (time.perf_counter() - started), percentile(latencies, 95), errors


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dir", nargs="?", type=Path, help="a build folder (default: build data/seeds)")
    parser.add_argument("--copies", type=int, default=1, help="repeat every document N times")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per saved query")
    parser.add_argument("--requests", type=int, default=400, help="page requests per concurrency level")
    parser.add_argument("--workers", type=int, default=2, help="query worker processes of the server")
    parser.add_argument("--timeout", type=float, default=30, help="the server's query time limit (s)")
    parser.add_argument("--threads", action="store_true", help="the server evaluates queries in threads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build_dir = args.dir or build(Path(tmp) / "build")
        if args.copies > 1:
            build_dir = multiply(build_dir, args.copies, Path(tmp) / f"x{args.copies}")
        process, url = start(build_dir, args)
        try:
            report(url, args)
        finally:
            process.terminate()
            process.wait(10)


def report(url: str, args: argparse.Namespace) -> None:
    count = httpx.post(url + "sparql", data={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}).json()
    documents = httpx.post(
        url + "sparql",
        data={"query": "SELECT (COUNT(*) AS ?n) { ?d a <https://w3id.org/chancery/ns#Document> }"},
    ).json()
    print(
        f"dataset: {count['results']['bindings'][0]['n']['value']} triples, "
        f"{documents['results']['bindings'][0]['n']['value']} documents; server {url}, queries in "
        + ("threads" if args.threads else f"{args.workers} worker processes")
    )
    print(f"\nsaved queries ({args.runs} runs each, POST, SPARQL JSON):")
    print(f"  {'query':32} {'median ms':>10} {'p95 ms':>8} {'rows':>6}")
    for name, median, p95, rows in query_latency(url, args.runs):
        print(f"  {name:32} {median:10.1f} {p95:8.1f} {rows!s:>6}")
    paths = resource_paths(url)
    print(f"\nresource pages ({len(paths)} distinct paths, {args.requests} requests per level):")
    print(f"  {'format':8} {'clients':>7} {'req/s':>8} {'p95 ms':>8} {'errors':>6}")
    for name, accept in ACCEPTS.items():
        for concurrency in (1, 10, 50):
            rate, p95, errors = asyncio.run(load(url, paths, concurrency, args.requests, accept))
            print(f"  {name:8} {concurrency:7} {rate:8.0f} {p95:8.1f} {errors:6}")


if __name__ == "__main__":
    main()
