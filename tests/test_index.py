"""Ingest: the real index is built, re-ingest is a no-op, changed/removed documents are replaced/deleted, bad input
and a damaged data dir give clear errors and leave the index as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_prepbot
from conftest import TEST_STANDARDS_COUNTS, make_settings, read_manifest, write_manifest

from prepbot.core.errors import CorpusError, IndexMissing
from prepbot.retrieval import index
from prepbot.retrieval.index import IndexDamaged, ingest
from prepbot.retrieval.search import Searcher

pytestmark = pytest.mark.index  # every test here builds an index

SUICIDES = "How many of the 189 suicides in the penal correction system in 2016-2024 were women?"  # sr4227 ¶7

DIALOGUE_COUNTS = {"sr4227": 57, "kaz3-replies": 489, "upr-compilation": 76, "ngo-loipr": 96, "cat-loi": 30}
EXPECTED_COUNTS = DIALOGUE_COUNTS | TEST_STANDARDS_COUNTS  # the test index: the dialogue and three General Comments
TOTAL = sum(EXPECTED_COUNTS.values())  # 748 + 216


def _windows(settings, model: str, doc_id: str | None = None) -> int:
    client = index.chroma_client(settings)
    collection = index.open_collection(client, settings, model)
    if doc_id is None:
        return collection.count()
    return len(collection.get(where={"doc_id": doc_id}, include=[])["ids"])


def _snapshot(settings) -> dict[str, bytes]:
    return {name: path.read_bytes() for name, path in (("state", index.state_path(settings)),
                                                        ("corpus", index.corpus_path(settings)))}  # fmt: skip


run_cli = run_prepbot


def test_full_index_holds_every_paragraph(settings_with_index, searcher):
    state = json.loads(index.state_path(settings_with_index).read_text())
    assert {doc: item["paragraphs"] for doc, item in state["documents"].items()} == EXPECTED_COUNTS
    assert state["paragraphs"] == TOTAL == 964
    assert len(searcher.paragraphs()) == TOTAL
    assert [d.doc_id for d in searcher.documents()] == list(EXPECTED_COUNTS)
    for model in index.DENSE_MODELS:
        assert _windows(settings_with_index, model) == index.expected_count(model, state)
    assert _windows(settings_with_index, "e5") == TOTAL  # e5 embeds whole paragraphs
    # every paragraph has at least one window in each collection
    client = index.chroma_client(settings_with_index)
    keys = {m["key"] for m in index.open_collection(client, settings_with_index, "use").get(include=["metadatas"])[
        "metadatas"]}  # fmt: skip
    assert keys == {p.key for p in searcher.paragraphs()}


@pytest.mark.parametrize("model", index.DENSE_MODELS)
def test_reopened_collection_uses_our_embedding_function(settings_with_index, model):
    import chromadb

    client = index.chroma_client(settings_with_index)
    # Reopen by name without passing a function: Chroma must rebuild ours from the stored config, not its default.
    collection = client.get_collection(index.collection_name(settings_with_index, model))
    assert collection.configuration["embedding_function"].name() == index.embedding_function(model).name()
    assert collection.configuration["hnsw"]["space"] == "cosine"
    question = "suicide in prisons between 2016 and 2024"
    by_text = collection.query(query_texts=[question], n_results=5, include=["distances"])
    ours = index.embedding_function(model).encode_query([question])[0]  # e5 embeds questions with its query prefix
    by_vector = collection.query(query_embeddings=[ours], n_results=5, include=["distances"])
    assert by_text["ids"] == by_vector["ids"]
    assert by_text["distances"][0] == pytest.approx(by_vector["distances"][0], abs=1e-5)
    assert isinstance(client, chromadb.api.ClientAPI)


def test_reingest_with_nothing_changed_is_a_no_op(settings_with_index):
    before = _snapshot(settings_with_index)
    report = ingest(settings_with_index, progress=False)
    assert report.unchanged == list(EXPECTED_COUNTS)
    assert (report.added, report.replaced, report.removed, report.paragraphs_embedded) == ([], [], [], 0)
    assert not report.changed
    assert _snapshot(settings_with_index) == before


def test_changed_document_is_replaced_and_removed_one_deleted(tmp_path, small_corpus):
    settings = make_settings(tmp_path / "data", small_corpus)
    first = ingest(settings, progress=False)
    assert first.added == ["sr4227", "cat-loi"] and first.paragraphs == 30 + 57
    cat_vectors = _windows(settings, "bge", "cat-loi")
    sr_vectors = _windows(settings, "bge", "sr4227")
    assert (cat_vectors, sr_vectors) == (30, 57)

    # Change one paragraph of the CAT list of issues.
    path = small_corpus / "cat-c-kaz-q-4.txt"
    text = path.read_text(encoding="utf-8")
    marker = "deprivation of liberty"
    assert marker in text
    path.write_text(text.replace(marker, "zanzibar marmalade quotas", 1), encoding="utf-8")
    second = ingest(settings, progress=False)
    assert second.replaced == ["cat-loi"] and second.unchanged == ["sr4227"] and second.added == []
    assert second.paragraphs_embedded == 30
    assert _windows(settings, "bge") == cat_vectors + sr_vectors  # old vectors gone, not duplicated
    searcher = Searcher.open(settings)
    hits = searcher.search("zanzibar marmalade quotas", k=1)
    assert hits[0].paragraph.doc_id == "cat-loi" and "zanzibar marmalade quotas" in hits[0].paragraph.text

    # Remove the summary record from the manifest.
    write_manifest(small_corpus, [e for e in read_manifest(small_corpus) if e["doc_id"] != "sr4227"])
    third = ingest(settings, progress=False)
    assert third.removed == ["sr4227"] and third.unchanged == ["cat-loi"] and third.paragraphs_embedded == 0
    for model in index.DENSE_MODELS:
        assert _windows(settings, model, "sr4227") == 0
        assert _windows(settings, model) == index.expected_count(model, {"windows": 0, "paragraphs": 30})
    searcher = Searcher.open(settings)
    assert [d.doc_id for d in searcher.documents()] == ["cat-loi"]
    assert all(h.paragraph.doc_id == "cat-loi" for h in searcher.search("delegation suicide prisons", k=10))
    assert searcher.paragraph("sr4227", "7") is None


def _assert_intact(settings, before: dict[str, bytes]) -> None:
    assert _snapshot(settings) == before
    searcher = Searcher.open(settings)
    assert len(searcher.paragraphs()) == 87
    assert searcher.search(SUICIDES, k=1)[0].paragraph.key == "sr4227:7"


def test_manifest_entry_with_missing_file_leaves_index_intact(small_index, small_corpus):
    before = _snapshot(small_index)
    entries = read_manifest(small_corpus)
    entries.append(dict(entries[0], doc_id="ghost", symbol="GHOST/1", file="ghost.txt"))
    write_manifest(small_corpus, entries)
    with pytest.raises(CorpusError, match="ghost"):
        ingest(small_index, progress=False)
    _assert_intact(small_index, before)


def test_document_without_numbered_paragraphs_leaves_index_intact(small_index, small_corpus):
    before = _snapshot(small_index)
    (small_corpus / "cat-c-kaz-q-4.txt").write_text(
        "A heading\n\nSome prose without any numbered paragraph at all.\n", encoding="utf-8"
    )
    with pytest.raises(CorpusError, match="cat-loi"):
        ingest(small_index, progress=False)
    _assert_intact(small_index, before)


def test_unreadable_manifest_via_cli_exits_2_and_keeps_index(small_index, small_corpus, cli_settings):
    before = _snapshot(small_index)
    (small_corpus / "manifest.toml").write_text("[[documents]\nthis is not toml", encoding="utf-8")
    cli_settings(small_index)
    code, _, message = run_cli("ingest", "--quiet")
    assert code == 2 and "manifest" in message
    _assert_intact(small_index, before)


def test_ingest_cli_prints_report(small_index, cli_settings):
    cli_settings(small_index)
    code, out, _ = run_cli("ingest")
    assert code == 0 and "unchanged 2" in out and "87 paragraphs" in out
    code, out, _ = run_cli("ingest", "--json")
    report = json.loads(out)
    assert code == 0 and report["unchanged"] == ["sr4227", "cat-loi"] and report["paragraphs_embedded"] == 0


def test_no_index_says_run_ingest(tmp_path, cli_settings):
    settings = make_settings(tmp_path / "empty")
    with pytest.raises(IndexMissing, match="prepbot ingest"):
        Searcher.open(settings)
    cli_settings(settings)
    code, _, message = run_cli("search", "torture")
    assert code == 3 and "prepbot ingest" in message


def test_damaged_state_file_gives_clear_error_and_rebuild_repairs(small_index, cli_settings):
    index.state_path(small_index).write_text("{ not json", encoding="utf-8")
    with pytest.raises(IndexDamaged, match="ingest --rebuild"):
        Searcher.open(small_index)
    with pytest.raises(IndexDamaged, match="ingest --rebuild"):
        ingest(small_index, progress=False)
    cli_settings(small_index)
    code, _, message = run_cli("search", "torture")
    assert code == 3 and "damaged" in message and "--rebuild" in message
    sessions = Path(small_index.data_dir) / "sessions.db"
    sessions.write_bytes(b"kept")
    code, out, _ = run_cli("ingest", "--rebuild", "--quiet")
    assert code == 0, out
    assert sessions.read_bytes() == b"kept"  # a rebuild touches only the index
    assert Searcher.open(small_index).search(SUICIDES, k=1)[0].paragraph.key == "sr4227:7"


def test_damaged_chroma_files_give_clear_error_and_rebuild_repairs(small_index):
    settings = small_index
    database = Path(settings.chroma_dir) / "chroma.sqlite3"
    database.write_bytes(b"this is not a database" * 500)
    with pytest.raises(IndexDamaged, match="ingest --rebuild"):
        Searcher.open(settings)
    report = ingest(settings, progress=False, rebuild=True)
    assert report.rebuilt and report.added == ["sr4227", "cat-loi"]
    assert Searcher.open(settings).search(SUICIDES, k=1)[0].paragraph.key == "sr4227:7"


def test_missing_lexical_index_is_reported(small_index):
    import shutil

    shutil.rmtree(index.bm25_dir(small_index))
    with pytest.raises(IndexDamaged, match="rebuild"):
        Searcher.open(small_index)
    report = ingest(small_index, progress=False)  # a plain ingest restores the derived files
    assert report.paragraphs_embedded == 0
    assert len(Searcher.open(small_index).paragraphs()) == 87


def test_windows_cover_every_word():
    from prepbot.core.records import Paragraph

    words = [f"w{i}" for i in range(97)]
    paragraph = Paragraph("d", "D/1", "1", " ".join(words), speaker="Ms. X")
    windows = index.paragraph_windows(paragraph)
    assert all(w.startswith("Ms. X: ") for w in windows)
    covered = {token for w in windows for token in w.removeprefix("Ms. X: ").split()}
    assert covered == set(words)
    assert all(len(w.removeprefix("Ms. X: ").split()) <= index.WINDOW_WORDS for w in windows)
    short = Paragraph("d", "D/1", "2", "only a few words")
    assert index.paragraph_windows(short) == ["only a few words"]


def test_rebuilds_leave_no_vector_folders_behind(small_index):
    """Chroma keeps a deleted collection's HNSW folder on disk (chroma-core/chroma issues 5259, 5520): without
    index.remove_orphan_segments every rebuild would add one folder per collection for good."""
    chroma_dir = Path(small_index.chroma_dir)

    def folders() -> set[str]:
        return {p.name for p in chroma_dir.iterdir() if p.is_dir()}

    before = folders()
    stray = chroma_dir / "00000000-0000-4000-8000-000000000000"  # a segment folder no collection lists
    stray.mkdir()
    keep = chroma_dir / "notes"  # not a segment id: never touched
    keep.mkdir()
    for _ in range(2):
        ingest(small_index, progress=False, rebuild=True)
        assert len(folders()) == len(before | {"notes"})
    assert not stray.exists() and keep.exists()
    assert Searcher.open(small_index).search(SUICIDES, k=1)[0].paragraph.key == "sr4227:7"


def test_the_summary_names_a_few_documents_and_counts_the_rest() -> None:
    report = index.IngestReport(documents=175, paragraphs=6488)
    report.replaced = [f"gc{n}" for n in range(1, 176)]
    report.removed = ["escr-gc5-nondisc"]
    lines = report.summary().splitlines()
    assert lines[2] == "  replaced 175 (gc1, gc2, gc3, gc4, gc5, gc6, gc7, gc8 and 167 more)"
    assert lines[3] == "  removed 1 (escr-gc5-nondisc)"
    assert len(report.to_json()["replaced"]) == 175  # --json lists them all
