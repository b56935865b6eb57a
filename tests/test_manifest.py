"""The corpus manifest: the bundled one loads and matches the documents' own headers; broken ones fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from prepbot import PROJECT_ROOT
from prepbot.core.errors import CorpusError
from prepbot.retrieval.manifest import load_manifest

CORPUS_DIR = PROJECT_ROOT / "corpus"

ENTRY = """
[[documents]]
doc_id = "{doc_id}"
symbol = "X/Y/1"
title = "A test document"
mechanism = "Human Rights Committee"
document_type = "list of issues"
author_type = "{author_type}"
date = "{date}"
language = "{language}"
file = "{file}"
"""


def write_corpus(tmp_path: Path, *entries: dict, files: tuple[str, ...] = ("a.txt",)) -> Path:
    for name in files:
        (tmp_path / name).write_text("1. A paragraph.\n", encoding="utf-8")
    defaults = {"doc_id": "doc-a", "author_type": "state", "file": "a.txt", "date": "2024-01-01", "language": "en"}
    manifest = "".join(ENTRY.format(**{**defaults, **e}) for e in entries)
    (tmp_path / "manifest.toml").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_bundled_manifest_lists_the_five_documents_with_their_symbols():
    entries = load_manifest(CORPUS_DIR)
    assert [(e.doc_id, e.symbol, e.author_type) for e in entries] == [
        ("sr4227", "CCPR/C/SR.4227", "committee"),
        ("kaz3-replies", "CCPR/C/KAZ/3", "state"),
        ("upr-compilation", "A/HRC/WG.6/48/KAZ/2", "un"),
        ("ngo-loipr", "NGO-KAZ-LOIPR-2022", "ngo"),
        ("cat-loi", "CAT/C/KAZ/Q/4", "committee"),
    ]
    for entry in entries:
        assert (CORPUS_DIR / entry.file).is_file()
        assert entry.title and entry.mechanism and entry.document_type and entry.date and entry.language == "en"


def test_bundled_documents_match_their_own_headers():
    by_id = {e.doc_id: e for e in load_manifest(CORPUS_DIR)}
    record = (CORPUS_DIR / by_id["sr4227"].file).read_text(encoding="utf-8")
    assert "Summary record of the 4227th meeting" in record and "25 June 2025" in record
    replies = (CORPUS_DIR / by_id["kaz3-replies"].file).read_text(encoding="utf-8")
    assert replies.lstrip().startswith("Replies to the list of issues (CCPR/C/KAZ/QPR/3)")
    submission = (CORPUS_DIR / by_id["ngo-loipr"].file).read_text(encoding="utf-8")
    assert by_id["ngo-loipr"].title in submission and "18.12.2022" in submission
    cat = (CORPUS_DIR / by_id["cat-loi"].file).read_text(encoding="utf-8")
    assert "List of issues in relation to the fourth periodic report of Kazakhstan" in cat


def test_valid_manifest_loads(tmp_path):
    entries = load_manifest(write_corpus(tmp_path, {}))
    assert [e.doc_id for e in entries] == ["doc-a"]


def test_missing_manifest_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="no corpus manifest"):
        load_manifest(tmp_path)


def test_missing_file_names_the_entry(tmp_path):
    corpus = write_corpus(tmp_path, {}, {"doc_id": "doc-b", "file": "b.txt"})
    with pytest.raises(CorpusError, match=r"'doc-b'.*'b\.txt'.*missing"):
        load_manifest(corpus)


def test_duplicate_doc_id_is_rejected(tmp_path):
    corpus = write_corpus(tmp_path, {}, {"file": "b.txt"}, files=("a.txt", "b.txt"))
    with pytest.raises(CorpusError, match="duplicate doc_id 'doc-a'"):
        load_manifest(corpus)


def test_unknown_author_type_names_the_entry(tmp_path):
    corpus = write_corpus(tmp_path, {"author_type": "government"})
    with pytest.raises(CorpusError, match=r"'doc-a'.*author_type 'government'"):
        load_manifest(corpus)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "2025-02-30", "date '2025-02-30' is not a date"),
        ("date", "yesterday", "date 'yesterday' is not a date"),
        ("language", "klingon", "language 'klingon' is not a two-letter ISO 639-1 code"),
    ],
)
def test_an_impossible_date_or_language_names_the_entry(tmp_path, field: str, value: str, message: str):
    corpus = write_corpus(tmp_path, {field: value})
    with pytest.raises(CorpusError, match=rf"'doc-a': {message}"):
        load_manifest(corpus)


@pytest.mark.parametrize("date", ["2025", "2025-06", "2025-06-25", "undated"])
def test_a_year_a_month_a_day_or_undated_is_a_date(tmp_path, date: str):
    assert load_manifest(write_corpus(tmp_path, {"date": date}))[0].date == date


def test_missing_field_names_the_entry(tmp_path):
    (tmp_path / "a.txt").write_text("1. Text.\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text('[[documents]]\ndoc_id = "doc-a"\nfile = "a.txt"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"'doc-a' lacks symbol, title"):
        load_manifest(tmp_path)


def test_unreadable_toml_is_a_corpus_error(tmp_path):
    (tmp_path / "manifest.toml").write_text("[[documents]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="cannot read"):
        load_manifest(tmp_path)


def test_file_outside_the_corpus_folder_is_rejected(tmp_path):
    corpus = write_corpus(tmp_path, {"file": "../a.txt"})
    with pytest.raises(CorpusError, match="plain file name"):
        load_manifest(corpus)
