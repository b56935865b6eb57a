"""Build and keep up to date the search index: Chroma collections of paragraph windows plus a bm25s lexical index.

Layout under PREPBOT_DATA_DIR (nothing else there is touched, so session logs survive a rebuild):

    chroma/                    embedded Chroma (PersistentClient), unless CHROMA_HOST names a server (HttpClient)
    retrieval/state.json       what the index holds: per-document content hash, embedding set-up, store identity
    retrieval/corpus.json      the documents and their paragraphs, as parsed (what search returns and cites)
    retrieval/bm25/            the bm25s index over the same paragraphs, in corpus.json order

Three local models, each in its own Chroma collection ("<CHROMA_COLLECTION>-<model>"): bge-small-en-v1.5
(English), USE and e5 (multilingual). Each embeds every paragraph whole (MODEL_UNITS). A model may instead embed
40-word windows of each paragraph (a long paragraph then scores as its best-matching passage); bench/bench_retrieval.py
measures that as a lever (bge on windows: standards questions R@5 0.77-0.80 against 0.85-0.87 whole, at about the
same cost), and MiniLM's windows were the index's English model until bge replaced it. A unit's id is
"<paragraph key>#<window number>". Each vector's Chroma document is its paragraph's citation ("CCPR/C/GC/37 ¶14"),
not its text: the text is in corpus.json, which search reads, and Chroma indexes every document for full-text search,
half of the write's cost with whole paragraphs (full ingest with the standards: 25 s of Chroma writes -> 13 s).

`ingest` is incremental and idempotent: documents whose hash (file bytes + manifest entry + parser version) is
unchanged are skipped, a changed one is replaced, one gone from the manifest is deleted. Everything is parsed and
validated, and every new vector computed, before the store is touched, so a bad manifest or document leaves the
existing index as it was. state.json is written last: an interrupted ingest is redone by the next one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from prepbot.core.errors import CorpusError, IndexMissing
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.settings import Settings

INDEX_FORMAT = 4  # 4: bge-small-en-v1.5 paragraphs instead of MiniLM windows
WINDOW_WORDS = 40  # words per embedded window
# A new window every 40 words (no overlap): two thirds of the windows of the former half overlap (stride 20), with
# the standards indexed probe English R@5 0.933 either way, MRR 0.806 vs 0.818 (bench --levers speed).
WINDOW_STRIDE = 40
DENSE_MODELS = ("bge", "use", "e5")
MODEL_UNITS = {"bge": "paragraph", "use": "paragraph", "e5": "paragraph"}  # what each model embeds
# Chroma builds an HNSW graph on every add. Search scores exactly while a collection fits in memory
# (search.EXACT_MAX_WINDOWS), so the graph only serves much bigger corpora: a light one (ef_construction 64,
# 16 neighbours) costs a third of the CPU of the former 256/32 at this size; queries still use ef_search 256.
HNSW = {"space": "cosine", "ef_construction": 64, "ef_search": 256, "max_neighbors": 16}
EMBED_TASK_PARAGRAPHS = 16  # paragraphs per embedding task (all three models), one task per worker at a time


class IndexDamaged(IndexMissing):
    """The index files exist but cannot be read: the user must rebuild."""


SUMMARY_NAMES = 8  # doc ids a summary line names before "and N more" (`--json` lists them all)


@dataclass
class IngestReport:
    """What one `ingest` did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    documents: int = 0
    paragraphs: int = 0
    windows_embedded: int = 0
    paragraphs_embedded: int = 0
    vectors_computed: int = 0  # the rest of the embedded units came from the embedding cache
    vectors_cached: int = 0
    rebuilt: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed or self.rebuilt)

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"seconds": round(self.seconds, 3)}

    def summary(self) -> str:
        def names(items: list[str]) -> str:  # a phone-width line, not 175 doc ids after an importer change
            shown = items[:SUMMARY_NAMES]
            more = f" and {len(items) - len(shown)} more" if len(items) > len(shown) else ""
            return f" ({', '.join(shown)}{more})" if items else ""

        lines = [
            f"Index: {self.documents} documents, {self.paragraphs} paragraphs"
            + (" (rebuilt from scratch)" if self.rebuilt else ""),
            f"  added {len(self.added)}{names(self.added)}",
            f"  replaced {len(self.replaced)}{names(self.replaced)}",
            f"  removed {len(self.removed)}{names(self.removed)}",
            f"  unchanged {len(self.unchanged)}",
            f"  embedded {self.paragraphs_embedded} paragraphs"
            + (f" and {self.windows_embedded} windows" if self.windows_embedded else "")
            + f" ({self.vectors_computed} vectors computed, {self.vectors_cached} from the embedding cache)"
            f" in {self.seconds:.1f} s",
        ]
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------- what gets embedded


def context_prefix(paragraph: Paragraph) -> str:
    """Speaker prefix for summary-record paragraphs, so "what did Ms. X ask" reaches continuation paragraphs too."""
    return f"{paragraph.speaker}: " if paragraph.speaker else ""


def paragraph_windows(paragraph: Paragraph, words: int = WINDOW_WORDS, stride: int = WINDOW_STRIDE) -> list[str]:
    """Overlapping word windows of a paragraph, each with the paragraph's context prefix."""
    tokens = paragraph.text.split()
    prefix = context_prefix(paragraph)
    if len(tokens) <= words:
        return [prefix + " ".join(tokens)]
    windows = []
    for start in range(0, len(tokens), stride):
        windows.append(prefix + " ".join(tokens[start : start + words]))
        if start + words >= len(tokens):
            break
    return windows


def lexical_text(paragraph: Paragraph) -> str:
    return context_prefix(paragraph) + paragraph.text


def paragraph_units(paragraph: Paragraph, unit: str) -> list[str]:
    """The texts a model of MODEL_UNITS kind `unit` embeds for one paragraph."""
    return paragraph_windows(paragraph) if unit == "window" else [lexical_text(paragraph)]


def embedding_setup() -> dict[str, Any]:
    """Everything that decides the vectors; when it changes, every document is re-embedded."""
    functions = {model: embedding_function(model) for model in DENSE_MODELS}
    return {
        "models": {
            key: {"name": f.name(), "config": f.get_config(), "unit": MODEL_UNITS[key]} for key, f in functions.items()
        },
        "window": [WINDOW_WORDS, WINDOW_STRIDE],
        "prefix": "speaker",
    }


def embedding_function(model: str):
    from prepbot.retrieval.embeddings import BGEEmbeddingFunction, E5EmbeddingFunction, USEEmbeddingFunction

    return {"bge": BGEEmbeddingFunction, "use": USEEmbeddingFunction, "e5": E5EmbeddingFunction}[model]()


def expected_count(model: str, counts: dict[str, Any]) -> int:
    """How many vectors a model's collection holds, given a state's "windows" and "paragraphs" counts."""
    return int(counts.get("windows" if MODEL_UNITS[model] == "window" else "paragraphs", -1))


# --------------------------------------------------------------------------------------------------- files


def retrieval_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "retrieval"


def state_path(settings: Settings) -> Path:
    return retrieval_dir(settings) / "state.json"


def corpus_path(settings: Settings) -> Path:
    return retrieval_dir(settings) / "corpus.json"


def bm25_dir(settings: Settings) -> Path:
    return retrieval_dir(settings) / "bm25"


def collection_name(settings: Settings, model: str) -> str:
    return f"{settings.chroma_collection}-{model}"


def store_identity(settings: Settings) -> str:
    if settings.chroma_host:
        return f"http://{settings.chroma_host}:{settings.chroma_port}/{settings.chroma_collection}"
    return f"local:{settings.chroma_collection}"  # the Chroma dir lives in the data dir and moves with it


def damaged(settings: Settings, what: str) -> IndexDamaged:
    return IndexDamaged(
        f"The search index in {settings.data_dir} is damaged ({what}). "
        "Rebuild it with `prepbot ingest --rebuild` (session logs are kept)."
    )


def read_state(settings: Settings) -> dict[str, Any] | None:
    """state.json, None when there is no index yet; IndexDamaged when it cannot be read."""
    path = state_path(settings)
    if not path.exists():
        return None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise damaged(settings, f"cannot read {path}: {error}") from error
    if not isinstance(state, dict) or not isinstance(state.get("documents"), dict):
        raise damaged(settings, f"{path} is not an index state file")
    return state


def _write_json_atomic(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def paragraph_to_json(paragraph: Paragraph) -> dict[str, Any]:
    data = asdict(paragraph)
    data["footnotes"] = list(paragraph.footnotes)
    return data


def paragraph_from_json(data: dict[str, Any]) -> Paragraph:
    return Paragraph(**{**data, "footnotes": tuple(data.get("footnotes") or ())})


def read_corpus_file(settings: Settings) -> tuple[list[DocumentEntry], list[Paragraph]]:
    path = corpus_path(settings)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        documents = [DocumentEntry(**entry) for entry in data["documents"]]
        paragraphs = [paragraph_from_json(item) for item in data["paragraphs"]]
    except FileNotFoundError as error:
        raise damaged(settings, f"{path} is missing") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise damaged(settings, f"cannot read {path}: {error}") from error
    return documents, paragraphs


# --------------------------------------------------------------------------------------------------- lexical


def lexical_tokens(text: str) -> list[str]:
    """Lower-cased word tokens without English stop words (the same for paragraphs and queries)."""
    import re

    from bm25s.stopwords import STOPWORDS_EN

    stop = _stopwords(STOPWORDS_EN)
    return [token for token in re.findall(r"\w+", text.lower()) if token not in stop]


_STOP: frozenset[str] | None = None


def _stopwords(words: Any) -> frozenset[str]:
    global _STOP
    if _STOP is None:
        _STOP = frozenset(words)
    return _STOP


def build_lexical(settings: Settings, paragraphs: list[Paragraph]) -> None:
    """Build the bm25s index over the paragraphs and swap it in atomically."""
    import bm25s

    retriever = bm25s.BM25()
    retriever.index([lexical_tokens(lexical_text(p)) or ["\u2205"] for p in paragraphs], show_progress=False)
    target = bm25_dir(settings)
    tmp = target.with_name("bm25.tmp")
    old = target.with_name("bm25.old")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    retriever.save(str(tmp), show_progress=False)
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)


def load_lexical(settings: Settings, expected: int):
    import bm25s

    path = bm25_dir(settings)
    if not path.is_dir():
        raise damaged(settings, f"{path} is missing")
    try:
        retriever = bm25s.BM25.load(str(path), show_progress=False)
        docs = int(retriever.scores["num_docs"])
    except Exception as error:  # bm25s raises many kinds on bad files
        raise damaged(settings, f"cannot load the lexical index {path}: {type(error).__name__}: {error}") from error
    if docs != expected:
        raise damaged(settings, f"the lexical index holds {docs} paragraphs, the corpus file {expected}")
    return retriever


# --------------------------------------------------------------------------------------------------- Chroma


def chroma_client(settings: Settings):
    """PersistentClient under settings.chroma_dir, or HttpClient when CHROMA_HOST is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
            client.heartbeat()
            return client
        except Exception as error:
            raise IndexMissing(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} "
                f"(CHROMA_HOST/CHROMA_PORT): {error}"
            ) from error
    Path(settings.chroma_dir).mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as error:
        forget_local_clients()  # Chroma caches the half-open system per path; drop it so a rebuild starts clean
        raise damaged(settings, f"Chroma cannot open {settings.chroma_dir}: {type(error).__name__}: {error}") from error


def forget_local_clients() -> None:
    """Drop embedded Chroma's cached client per folder: the next client opens afresh and sees what was written."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _get_or_create_collection(client: Any, settings: Settings, model: str):
    return client.get_or_create_collection(
        name=collection_name(settings, model),
        configuration={"hnsw": dict(HNSW)},
        embedding_function=embedding_function(model),
        metadata={"prepbot_index_format": INDEX_FORMAT},
    )


def open_collection(client: Any, settings: Settings, model: str):
    """An existing collection, with our registered embedding function (never Chroma's downloading default)."""
    return client.get_collection(name=collection_name(settings, model), embedding_function=embedding_function(model))


_SEGMENT_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def remove_orphan_segments(settings: Settings) -> int:
    """Delete the embedded Chroma's vector-segment folders that no collection uses any more; how many.

    Chroma 1.x removes a deleted collection from its database but leaves its HNSW folder on disk (chroma-core/chroma
    issues 5259 and 5520), so each rebuild would add one folder per collection for good. A folder is removed only
    when its name is a segment id and chroma.sqlite3 lists no segment by that id."""
    chroma_dir = Path(settings.chroma_dir)
    database = chroma_dir / "chroma.sqlite3"
    if settings.chroma_host or not database.is_file():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
            in_use = {str(row[0]) for row in conn.execute("SELECT id FROM segments")}
    except sqlite3.Error:
        return 0  # not a database we can read: leave everything as it is
    removed = 0
    for folder in chroma_dir.iterdir():
        if folder.is_dir() and _SEGMENT_DIR.match(folder.name) and folder.name not in in_use:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _delete_collections(client: Any, settings: Settings) -> None:
    existing = {getattr(c, "name", c) for c in client.list_collections()}
    for model in DENSE_MODELS:
        name = collection_name(settings, model)
        if name in existing:
            client.delete_collection(name)


# --------------------------------------------------------------------------------------------------- ingest


def _progress(total: int, enabled: bool, desc: str, unit: str = "paragraph"):
    """A progress bar on stderr with counts, rate and ETA (nothing when disabled or nothing to do)."""
    from tqdm import tqdm

    return tqdm(
        total=total, desc=desc, unit=unit, file=sys.stderr, disable=not enabled or total == 0, dynamic_ncols=True,
        smoothing=0.1,
    )  # fmt: skip


def _validate(documents: list[tuple[DocumentEntry, list[Paragraph]]]) -> None:
    for entry, paragraphs in documents:
        if not paragraphs:
            raise CorpusError(
                f"document {entry.doc_id!r} ({entry.file}) has no numbered paragraphs; fix it or remove it from the "
                "manifest"
            )
        seen: set[str] = set()
        for paragraph in paragraphs:
            if paragraph.key in seen:
                raise CorpusError(f"document {entry.doc_id!r} has paragraph {paragraph.number} twice")
            seen.add(paragraph.key)


@dataclass
class _Units:
    """What one kind of unit (MODEL_UNITS) adds to a collection: ids, texts (what is embedded), labels (what Chroma
    stores as each vector's document) and metadata, in step."""

    ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    metadatas: list[dict[str, Any]] = field(default_factory=list)


def _units(to_embed: list[tuple[DocumentEntry, list[Paragraph]]], unit: str) -> _Units:
    units = _Units()
    for _, paragraphs in to_embed:
        for paragraph in paragraphs:
            for position, text in enumerate(paragraph_units(paragraph, unit)):
                units.ids.append(f"{paragraph.key}#{position}")
                units.texts.append(text)
                units.labels.append(paragraph.citation)
                units.metadatas.append(
                    {
                        "key": paragraph.key,
                        "doc_id": paragraph.doc_id,
                        "number": paragraph.number,
                        "author_type": paragraph.author_type,
                        "window": position,
                    }
                )
    return units


EMBEDDING_DIMS = {"bge": 384, "use": 512, "e5": 384}


def setup_id(model: str) -> str:
    """What decides a model's vectors for a given text: its registered name and config (runtime included)."""
    function = embedding_function(model)
    return f"{function.name()}:{json.dumps(function.get_config(), sort_keys=True)}"


def embed_workers() -> int:
    """Embedding tasks run side by side, one per core (each encoder runs single-threaded)."""
    return max(1, min(4, os.cpu_count() or 1))


def _embed(units: dict[str, _Units], progress: bool, cache: Any) -> tuple[dict[str, Any], int, int]:
    """Every model's vectors for its kind of unit, and (computed, from cache) counts.

    Units the cache holds are looked up; the rest are embedded in tasks of EMBED_TASK_PARAGRAPHS paragraphs (every
    model's units of those paragraphs), embed_workers() tasks at a time, and stored in the cache as they finish."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    import numpy as np

    vectors: dict[str, Any] = {}
    todo: dict[str, dict[str, list[int]]] = {}  # paragraph key -> model -> unit positions to compute
    setups = {model: setup_id(model) for model in DENSE_MODELS}
    cached = 0
    for model in DENSE_MODELS:
        kind = units[MODEL_UNITS[model]]
        found, missing = cache.get(setups[model], kind.texts, EMBEDDING_DIMS[model])
        matrix = np.zeros((len(kind.texts), EMBEDDING_DIMS[model]), dtype=np.float32)
        for position, vector in found.items():
            matrix[position] = vector
        vectors[model] = matrix
        cached += len(found)
        for position in missing:
            todo.setdefault(kind.metadatas[position]["key"], {}).setdefault(model, []).append(position)

    # Paragraphs of similar length share a task, longest first: each model pads a batch to its longest text, and
    # in corpus order a batch of 16 paragraphs pads e5's input to 2.2 times its real tokens (paragraphs run from 10
    # to 500+ words). Longest first also leaves the short tasks to even out the workers at the end.
    def length(key: str) -> int:
        return sum(len(units[MODEL_UNITS[model]].texts[p]) for model, found in todo[key].items() for p in found)

    keys = sorted(todo, key=length, reverse=True)
    tasks = [keys[start : start + EMBED_TASK_PARAGRAPHS] for start in range(0, len(keys), EMBED_TASK_PARAGRAPHS)]

    def run(task: list[str]) -> tuple[int, dict[str, tuple[list[int], Any]]]:
        out = {}
        for model in DENSE_MODELS:
            positions = [p for key in task for p in todo[key].get(model, [])]
            if positions:
                texts = units[MODEL_UNITS[model]].texts
                out[model] = (positions, embedding_function(model).encode([texts[p] for p in positions]))
        return len(task), out

    computed = 0
    with _progress(len(keys), progress, "Embedding") as bar, ThreadPoolExecutor(embed_workers()) as pool:
        for future in as_completed([pool.submit(run, task) for task in tasks]):
            count, out = future.result()
            for model, (positions, matrix) in out.items():
                vectors[model][positions] = matrix
                texts = units[MODEL_UNITS[model]].texts
                cache.put(setups[model], [texts[p] for p in positions], matrix)
                computed += len(positions)
            bar.update(count)
    return vectors, computed, cached


def _batches(total: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(total, start + size)


def ingest(
    settings: Settings, progress: bool = True, rebuild: bool = False, corpus_dir: Path | None = None
) -> IngestReport:
    """Bring the index in settings.data_dir up to date with the corpus; see the module docstring."""
    from prepbot.retrieval.parsing import document_hash, load_corpus

    started = time.perf_counter()
    corpus_dir = Path(corpus_dir or settings.corpus_dir)

    # 1. Read and validate everything before touching the store.
    documents = load_corpus(corpus_dir, settings.standards)
    _validate(documents)
    hashes = {entry.doc_id: document_hash(corpus_dir, entry) for entry, _ in documents}
    setup = embedding_setup()
    identity = store_identity(settings)

    state = None if rebuild else read_state(settings)
    report = IngestReport(rebuilt=rebuild)
    client: Any = None  # a Chroma client: opened here, or on a rebuild by _reset_index below
    if not rebuild:
        client = chroma_client(settings)
    elif settings.chroma_host:
        chroma_client(settings)  # fail now, not after embedding, when the server is unreachable
    full = (
        state is None
        or state.get("format") != INDEX_FORMAT
        or state.get("embedding") != setup
        or state.get("store") != identity
    )
    old_docs: dict[str, Any] = {} if full else state["documents"]  # type: ignore[index]
    if not full:
        full = not _store_matches(client, settings, old_docs)
        if full:
            old_docs = {}

    listed: dict[str, Any] = state["documents"] if state else {}  # what the index said it held
    current = {entry.doc_id for entry, _ in documents}
    to_embed: list[tuple[DocumentEntry, list[Paragraph]]] = []
    for entry, paragraphs in documents:
        previous = old_docs.get(entry.doc_id)
        if previous is not None and previous.get("hash") == hashes[entry.doc_id]:
            report.unchanged.append(entry.doc_id)
            continue
        (report.replaced if entry.doc_id in listed else report.added).append(entry.doc_id)
        to_embed.append((entry, paragraphs))
    report.removed = [doc_id for doc_id in listed if doc_id not in current]
    report.documents = len(documents)
    report.paragraphs = sum(len(paragraphs) for _, paragraphs in documents)

    if not report.changed and not full and bm25_dir(settings).is_dir() and corpus_path(settings).is_file():
        report.seconds = time.perf_counter() - started
        return report

    # 2. Compute the new vectors (the slow part) while the old index is still whole.
    from prepbot.retrieval.vector_cache import VectorCache

    used = set(MODEL_UNITS.values())  # a kind no model embeds stays empty (and is counted as none)
    units = {unit: _units(to_embed, unit) if unit in used else _Units() for unit in ("window", "paragraph")}
    windows_per_doc = Counter(metadata["doc_id"] for metadata in units["window"].metadatas)
    cache = VectorCache(settings.embedding_cache_path)
    try:
        vectors, report.vectors_computed, report.vectors_cached = _embed(units, progress, cache)
    finally:
        cache.close()
    report.windows_embedded = len(units["window"].ids)
    report.paragraphs_embedded = len(units["paragraph"].ids)

    # 3. Write: Chroma first, then the lexical index and corpus file, state last.
    if rebuild:
        client = _reset_index(settings)
    try:
        if full and not rebuild:
            _delete_collections(client, settings)
        collections = {model: _get_or_create_collection(client, settings, model) for model in DENSE_MODELS}
        stale = [] if full else report.replaced + report.removed
        batch = max(1, min(5000, int(client.get_max_batch_size())))
        for model, collection in collections.items():
            for doc_id in stale:
                collection.delete(where={"doc_id": doc_id})
            added = units[MODEL_UNITS[model]]
            for start, end in _batches(len(added.ids), batch):
                collection.add(
                    ids=added.ids[start:end],
                    embeddings=vectors[model][start:end],
                    documents=added.labels[start:end],
                    metadatas=added.metadatas[start:end],
                )
    except IndexMissing:
        raise
    except Exception as error:
        raise damaged(settings, f"Chroma write failed: {type(error).__name__}: {error}") from error

    all_paragraphs = [paragraph for _, paragraphs in documents for paragraph in paragraphs]
    retrieval_dir(settings).mkdir(parents=True, exist_ok=True)
    build_lexical(settings, all_paragraphs)
    _write_json_atomic(
        corpus_path(settings),
        {
            "documents": [asdict(entry) for entry, _ in documents],
            "paragraphs": [paragraph_to_json(p) for p in all_paragraphs],
        },
    )
    new_docs = {}
    for entry, paragraphs in documents:
        windows = windows_per_doc.get(entry.doc_id, old_docs.get(entry.doc_id, {}).get("windows", 0))
        new_docs[entry.doc_id] = {
            "hash": hashes[entry.doc_id],
            "symbol": entry.symbol,
            "paragraphs": len(paragraphs),
            "windows": windows,
        }
    _write_json_atomic(
        state_path(settings),
        {
            "format": INDEX_FORMAT,
            "embedding": setup,
            "store": identity,
            "documents": new_docs,
            "windows": sum(item["windows"] for item in new_docs.values()),
            "paragraphs": report.paragraphs,
            "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        },
    )
    if rebuild or full:  # collections were deleted and made anew
        remove_orphan_segments(settings)
    report.seconds = time.perf_counter() - started
    return report


def _store_matches(client: Any, settings: Settings, docs: dict[str, Any]) -> bool:
    """True when every collection holds exactly the units state.json lists (else everything is re-embedded)."""
    totals = {name: sum(int(item.get(name, -1)) for item in docs.values()) for name in ("windows", "paragraphs")}
    try:
        for model in DENSE_MODELS:
            if open_collection(client, settings, model).count() != expected_count(model, totals):
                return False
    except Exception:
        return False
    return True


def _reset_index(settings: Settings):
    """Remove our index (Chroma collections, retrieval/); never anything else in the data dir."""
    shutil.rmtree(retrieval_dir(settings), ignore_errors=True)
    if settings.chroma_host:
        client = chroma_client(settings)
        _delete_collections(client, settings)
        return client
    try:
        client = chroma_client(settings)
        _delete_collections(client, settings)
        return client
    except Exception:
        # Chroma's own files are unreadable: start its directory afresh.
        forget_local_clients()
        shutil.rmtree(settings.chroma_dir, ignore_errors=True)
        return chroma_client(settings)
