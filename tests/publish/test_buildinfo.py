"""DIR/build.json: written with the dumps (base, version, each file's size and SHA-256, sorted keys), and
what the server makes of it (base, stable ETags, DCAT checksums)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from pathlib import Path

import httpx
import pytest
import rdflib
from test_dumps import seed_dataset

from chancery import __version__
from chancery.config import Settings
from chancery.errors import ConfigError
from chancery.publish.buildinfo import FileInfo, build_info, read_build_info
from chancery.publish.dumps import FORMATS, dump
from chancery.serve.app import ServeOptions, create_app
from chancery.serve.store import load_dataset

BASE = "http://data.test/kg/"
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("build")
    dump(seed_dataset(), folder, Settings(base_iri=BASE))
    return folder


def test_build_json_records_base_version_and_every_file(out: Path) -> None:
    text = (out / "build.json").read_text(encoding="utf-8")
    info = json.loads(text)
    assert info["base"] == BASE and info["chancery"] == __version__
    assert set(info["files"]) == {*FORMATS, "context.jsonld"}
    for name, entry in info["files"].items():
        data = (out / name).read_bytes()
        assert entry == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert text == json.dumps(info, sort_keys=True, indent=2, ensure_ascii=False) + "\n"  # keys sorted


def test_build_info_bytes_depend_only_on_what_they_record() -> None:
    files = {"b.nt": FileInfo.of(b"x"), "a.nt": FileInfo.of(b"yy")}
    first = build_info(BASE, files, "1.0")
    assert first == build_info(BASE, dict(reversed(files.items())), "1.0")
    assert list(json.loads(first)["files"]) == ["a.nt", "b.nt"]


def test_the_server_takes_the_base_and_the_checksums(out: Path) -> None:
    dataset = load_dataset(out)
    assert dataset.base == BASE
    assert dataset.checksums() == {n: e.sha256 for n, e in read_build_info(out).files.items()}


def test_the_version_is_the_digests_not_the_file_times(out: Path) -> None:
    before = load_dataset(out).version()
    for path in out.iterdir():
        os.utime(path, (1_000_000, 1_000_000))
    assert load_dataset(out).version() == before


def test_a_file_changed_after_the_build_is_hashed_again(tmp_path: Path) -> None:
    dump(seed_dataset(), tmp_path, Settings(base_iri=BASE))
    with (tmp_path / "graph.nt").open("ab") as handle:
        handle.write(b"\n")
    dataset = load_dataset(tmp_path)
    assert "graph.nt" not in dataset.checksums() and "graph.nq" in dataset.checksums()


def test_dcat_gives_the_recorded_checksums(out: Path) -> None:
    app = create_app(load_dataset(out), ServeOptions(queries=[]))

    async def get() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://local") as c:
            return await c.get("/.well-known/void", headers={"Accept": "text/turtle"})

    void = rdflib.Graph().parse(data=asyncio.run(get()).text, format="turtle")
    found = {str(v) for v in void.objects(None, SPDX.checksumValue)}
    recorded = {e.sha256 for n, e in read_build_info(out).files.items() if n != "context.jsonld"}
    assert found == recorded


def test_odd_build_json(tmp_path: Path) -> None:
    (tmp_path / "build.json").write_text(
        json.dumps({"base": BASE, "files": {"a.nt": {"bytes": "3", "sha256": "x"}, "b.nt": [1]}})
    )
    info = read_build_info(tmp_path)
    assert info.texts == {"base": BASE} and info.files == {}
    (tmp_path / "build.json").write_text("[1, 2]")
    with pytest.raises(ConfigError):
        read_build_info(tmp_path)
    assert read_build_info(tmp_path / "nowhere").files == {}
