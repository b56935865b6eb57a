"""Shared test fixtures: the real index over the bundled corpus, built once per test session.

- `settings_with_index`: Settings whose PREPBOT_DATA_DIR is a session temp dir holding the real index (embedded
  Chroma + bm25s) of corpus/: the five dialogue documents and a sample of the standards layer (TEST_STANDARDS:
  three General Comments; the whole layer is ten times the dialogue, see test_standards.py for the test at full
  size). Build it once; never mutate it (copy the corpus into tmp_path to test changes).
- Every test process (and the CLI subprocesses it starts) gets PREPBOT_STANDARDS=TEST_STANDARDS and one shared
  embedding cache (PREPBOT_EMBEDDING_CACHE), so the several indexes the tests build embed each text once. The
  session indexes are built one worker at a time (`one_builder_at_a_time`): under `pytest -n 2` both workers would
  otherwise embed the same corpus side by side on an empty cache, each at half speed; the second now finds every
  vector cached.
- `searcher`: a warmed-up prepbot.retrieval.search.Searcher over that index, shared by every test.
  Set PREPBOT_TEST_INDEX_DIR to a directory to keep that index between runs while developing.
- `make_settings(data_dir, corpus_dir=None, **overrides)`: Settings for a test's own data dir, ignoring .env.
- `small_corpus`: a temp copy of two of the corpus documents (with their manifest), for ingest tests that change,
  break or remove documents; `small_index`: settings over a fresh copy of an index of those two documents, whose
  corpus dir is `small_corpus` (the same tmp_path/corpus).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from prepbot import PROJECT_ROOT

CORPUS_DIR = PROJECT_ROOT / "corpus"
SHARED_DIR = PROJECT_ROOT.parent / "shared"
# The General Comments the test index holds: on peaceful assembly (cited by the NGO submission), on liberty and
# security of person, and the Committee against Torture's on redress (216 paragraphs in all).
TEST_STANDARDS = "ccpr-gc37-*,ccpr-gc35-*,cat-gc3-*"
TEST_STANDARDS_COUNTS = {"ccpr-gc37-assembly": 102, "ccpr-gc35-article9": 68, "cat-gc3-art-14": 46}
os.environ.setdefault("PREPBOT_STANDARDS", TEST_STANDARDS)
os.environ.setdefault(
    "PREPBOT_EMBEDDING_CACHE",
    str(
        Path(os.environ.get("PREPBOT_TEST_INDEX_DIR") or tempfile.mkdtemp(prefix="prepbot-tests-"))
        / "embedding-cache.sqlite"
    ),
)
DEV_QUESTIONS = SHARED_DIR / "eval" / "dev.jsonl"
MANIFEST_FIELDS = ("doc_id", "symbol", "title", "mechanism", "document_type", "author_type", "date", "language", "file")


def make_settings(data_dir: Path, corpus_dir: Path | None = None, **overrides):
    """Settings for a test: its own data dir, the given corpus, no .env, embedded Chroma unless overridden."""
    from prepbot.core.settings import Settings

    values = {"PREPBOT_DATA_DIR": str(data_dir), "PREPBOT_CORPUS_DIR": str(corpus_dir or CORPUS_DIR)}
    values.setdefault("CHROMA_HOST", None)
    values.setdefault("PREPBOT_STANDARDS", os.environ["PREPBOT_STANDARDS"])
    values.setdefault("PREPBOT_EMBEDDING_CACHE", os.environ["PREPBOT_EMBEDDING_CACHE"])
    values.update(overrides)
    return Settings(_env_file=None, **values)


def write_manifest(corpus_dir: Path, entries: list[dict]) -> None:
    """Write corpus_dir/manifest.toml with these [[documents]] tables."""
    lines = []
    for entry in entries:
        lines.append("[[documents]]")
        for name in MANIFEST_FIELDS:
            value = str(entry[name]).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{name} = "{value}"')
        lines.append("")
    (corpus_dir / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")


def read_manifest(corpus_dir: Path) -> list[dict]:
    return tomllib.loads((corpus_dir / "manifest.toml").read_text(encoding="utf-8"))["documents"]


def copy_corpus(target: Path, doc_ids: list[str] | None = None) -> Path:
    """Copy the bundled corpus (or only these documents) into target; returns target."""
    target.mkdir(parents=True, exist_ok=True)
    entries = [e for e in read_manifest(CORPUS_DIR) if doc_ids is None or e["doc_id"] in doc_ids]
    for entry in entries:
        shutil.copy(CORPUS_DIR / entry["file"], target / entry["file"])
    write_manifest(target, entries)
    return target


@contextlib.contextmanager
def one_builder_at_a_time() -> Iterator[None]:
    """Hold the lock beside the shared embedding cache: one test process embeds at a time, the others wait and then
    find the vectors it made in the cache."""
    cache = os.environ.get("PREPBOT_EMBEDDING_CACHE")
    if not cache:  # no shared cache: nothing to wait for
        yield
        return
    lock_path = Path(cache).with_name("index-build.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def settings_with_index(tmp_path_factory):
    """Settings pointing at a data dir with the real index of the bundled corpus (built once per session)."""
    from prepbot.retrieval.index import ingest

    # PREPBOT_TEST_INDEX_DIR keeps the index between runs while developing (ingest is then a no-op); CI leaves it unset.
    kept = os.environ.get("PREPBOT_TEST_INDEX_DIR")
    data_dir = Path(kept) if kept else tmp_path_factory.mktemp("index-data")
    settings = make_settings(data_dir)
    with one_builder_at_a_time():
        ingest(settings, progress=False)
    return settings


@pytest.fixture(scope="session")
def searcher(settings_with_index):
    from prepbot.retrieval.search import Searcher

    opened = Searcher.open(settings_with_index)
    opened.warm_up()
    return opened


@pytest.fixture(scope="module")
def real_answerer(settings_with_index, searcher):
    """The offline answerer over the real index (no model even when a key is set), warmed up; one a test module."""
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry

    settings = settings_with_index.model_copy(update={"openai_api_key": None})
    answerer = Answerer(settings, searcher, PromptRegistry(settings.prompts_dir))
    answerer.warm_up()
    return answerer


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """Two short documents of the corpus (the CAT list of issues and the summary record) in a temp corpus dir."""
    return copy_corpus(tmp_path / "corpus", ["cat-loi", "sr4227"])


@pytest.fixture(scope="session")
def _small_index_template(tmp_path_factory) -> Path:
    from prepbot.retrieval.index import ingest

    root = tmp_path_factory.mktemp("small-index")
    corpus = copy_corpus(root / "corpus", ["cat-loi", "sr4227"])
    with one_builder_at_a_time():
        ingest(make_settings(root / "data", corpus), progress=False)
    return root


@pytest.fixture
def small_index(tmp_path, _small_index_template):
    """Settings over this test's own copy of an index of `small_corpus` (built once, copied per test)."""
    shutil.copytree(_small_index_template / "data", tmp_path / "data")
    corpus = tmp_path / "corpus"
    if not corpus.exists():
        shutil.copytree(_small_index_template / "corpus", corpus)
    return make_settings(tmp_path / "data", corpus)


@pytest.fixture
def cli_settings(monkeypatch):
    """Point `get_settings()` (what the CLI uses) at the given settings."""
    from prepbot.core.settings import get_settings

    def use(settings):
        monkeypatch.setenv("PREPBOT_DATA_DIR", str(settings.data_dir))
        monkeypatch.setenv("PREPBOT_CORPUS_DIR", str(settings.corpus_dir))
        monkeypatch.delenv("CHROMA_HOST", raising=False)
        get_settings.cache_clear()

    yield use
    get_settings.cache_clear()


# --- UN-like files for the converter's round trips (tests/un_like.py lays corpus texts out as DOCX, PDF, HTML) ---


@pytest.fixture(scope="session")
def entries():
    """The manifest's dialogue documents by file name."""
    from prepbot.retrieval.manifest import load_manifest

    return {entry.file: entry for entry in load_manifest(CORPUS_DIR)}


@pytest.fixture(scope="session")
def built(tmp_path_factory, entries):
    """build(file, fmt, numbering="typed", hyphenate=False, spacing=6) -> path of the UN-like file, built once.
    PDF cases skip when LibreOffice (soffice) is missing: apt-get install libreoffice-writer-nogui."""
    import un_like

    cache: dict[tuple, Path] = {}

    def build(file: str, fmt: str, numbering: str = "typed", hyphenate: bool = False, spacing: float = 6) -> Path:
        key = (file, fmt, numbering, hyphenate, spacing)
        if key not in cache:
            if fmt == "pdf" and un_like.soffice() is None:
                pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
            out_dir = tmp_path_factory.mktemp(Path(file).stem)
            written = un_like.build(CORPUS_DIR / file, entries[file].symbol, out_dir, (fmt,), numbering, hyphenate,
                                    spacing)  # fmt: skip
            cache[key] = written[fmt]
        return cache[key]

    return build


# Tests that need a built index (the real one or the small one) carry the `index` marker, so that the quick tier
# (`make test-fast`: `pytest -m "not index"`) runs everything else in well under a minute.
INDEX_FIXTURES = frozenset({"settings_with_index", "searcher", "small_index", "_small_index_template"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if INDEX_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.index)
