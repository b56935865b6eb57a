"""Ingest and search through a real Chroma server (`chroma run` on 127.0.0.1) with CHROMA_HOST/CHROMA_PORT; at full
size (the whole standards layer), the server path returns the embedded path's top 5."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import make_settings

from prepbot.core.errors import IndexMissing
from prepbot.retrieval import index
from prepbot.retrieval.index import ingest
from prepbot.retrieval.search import Searcher

pytestmark = pytest.mark.index  # every test here builds an index

SUICIDES = "How many of the 189 suicides in the penal correction system in 2016-2024 were women?"  # sr4227 ¶7


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _chroma_cli() -> str:
    candidate = Path(sys.executable).with_name("chroma")
    return str(candidate) if candidate.exists() else (shutil.which("chroma") or "chroma")


@pytest.fixture
def chroma_server(tmp_path):
    port = _free_port()
    log = (tmp_path / "chroma.log").open("wb")
    process = subprocess.Popen(
        [_chroma_cli(), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chroma run did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_ingest_and_search_through_a_chroma_server(tmp_path, small_corpus, chroma_server):
    settings = make_settings(tmp_path / "data", small_corpus, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma_server))
    report = ingest(settings, progress=False)
    assert report.added == ["sr4227", "cat-loi"] and report.paragraphs_embedded > 0
    assert not Path(settings.chroma_dir).exists()  # nothing embedded locally: the server holds the vectors

    client = index.chroma_client(settings)
    assert type(client).__name__ != "PersistentClient"
    counts = {model: index.open_collection(client, settings, model).count() for model in index.DENSE_MODELS}
    paragraphs = report.paragraphs_embedded
    assert counts == {"bge": paragraphs, "use": paragraphs, "e5": paragraphs} and paragraphs == 30 + 57

    searcher = Searcher.open(settings)
    hits = searcher.search(SUICIDES, k=3)
    assert hits[0].paragraph.key == "sr4227:7"
    assert {h.paragraph.doc_id for h in searcher.search("torture", k=5, doc_id="cat-loi")} == {"cat-loi"}
    both = searcher.search("torture complaints", k=8, doc_ids=("cat-loi", "sr4227"))  # Chroma's "$in"
    assert {h.paragraph.doc_id for h in both} == {"cat-loi", "sr4227"}
    assert "sr4227:7" in [h.paragraph.key for h in searcher.search("Сколько самоубийств в тюрьмах?", k=5)]

    again = ingest(settings, progress=False)
    assert again.unchanged == ["sr4227", "cat-loi"] and again.paragraphs_embedded == 0


def test_unreachable_server_is_a_clear_error(tmp_path, small_corpus):
    settings = make_settings(tmp_path / "data", small_corpus, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(_free_port()))
    with pytest.raises(IndexMissing, match="Chroma server"):
        ingest(settings, progress=False)


FULL_CACHE = os.environ.get("PREPBOT_TEST_FULL_CACHE")


@pytest.mark.slow
@pytest.mark.skipif(
    not FULL_CACHE,
    reason="full size: set PREPBOT_TEST_FULL_CACHE to an embedding cache holding the whole corpus's vectors "
    "(<data dir>/embedding-cache.sqlite after `python bench/bench_retrieval.py --keep DIR`); bounded: no model runs",
)
def test_server_path_returns_the_embedded_top_5_at_full_size(tmp_path, chroma_server):
    """All 7,236 paragraphs (dialogue + every General Comment) into embedded Chroma and into a `chroma run` server
    from the same embedding cache: the same top 5 for English and Russian questions, with and without filters."""
    cache = tmp_path / "embedding-cache.sqlite"
    shutil.copy(FULL_CACHE, cache)
    common = {"PREPBOT_STANDARDS": "all", "PREPBOT_EMBEDDING_CACHE": str(cache)}
    embedded = make_settings(tmp_path / "embedded", **common)
    served = make_settings(tmp_path / "served", CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma_server), **common)
    for settings in (embedded, served):
        report = ingest(settings, progress=False)
        assert report.paragraphs == 7236 and report.vectors_computed == 0, report.summary()
    local, remote = Searcher.open(embedded), Searcher.open(served)
    cases = [
        (SUICIDES, {}),
        ("What does the Human Rights Committee say about spontaneous assemblies?", {}),
        ("Что НПО говорят о мирных собраниях?", {}),
        ("Может ли государство высылать человека, если ему грозят пытки?", {}),
        ("pretrial detention", {"source": "standard"}),
        ("torture investigations", {"source": "ngo"}),
        ("torture", {"doc_id": "cat-loi", "source": "committee"}),
        (
            "What does General Comment 36 say about the death penalty?",
            {"doc_ids": ("ccpr-gc36-life", "cerd-gr36-profiling")},
        ),
    ]
    for question, filters in cases:
        assert [h.paragraph.key for h in remote.search(question, k=5, **filters)] == [
            h.paragraph.key for h in local.search(question, k=5, **filters)
        ], question
