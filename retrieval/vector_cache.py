"""A content-addressed cache of embedding vectors, so that no text is embedded twice by the same model set-up.

Key: sha256 of the model's set-up (its registered name and config, runtime included) and the exact text embedded;
value: the float32 vector. Ingest looks every unit up before embedding and stores what it computed, so rebuilding
the index (`ingest --rebuild`), moving it to a Chroma server, re-adding a document that was removed, or a test that
builds several indexes of the same documents costs lookups, not model time. The vectors are the ones the model
gave (float32, not rounded), so an index built from the cache is the index built without it.

One SQLite file (settings.embedding_cache_path, by default `embedding-cache.sqlite` in the data dir, outside
retrieval/ so that a rebuild keeps it). It only ever grows; deleting it is always safe. A cache that cannot be read
or written is skipped with a warning rather than stopping an ingest.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    key BLOB PRIMARY KEY,   -- sha256(setup + NUL + text)
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL    -- float32, little-endian
) WITHOUT ROWID
"""
_LOOKUP_BATCH = 500


def cache_key(setup: str, text: str) -> bytes:
    return hashlib.sha256(setup.encode("utf-8") + b"\0" + text.encode("utf-8")).digest()


class VectorCache:
    """Vectors by (model set-up, text). Use from one thread at a time."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path else None
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._db.commit()
        except sqlite3.Error as error:
            log.warning("embedding cache %s unusable (%s); embedding without it", self.path, error)
            self._db = None

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get(self, setup: str, texts: Sequence[str], dim: int) -> tuple[dict[int, np.ndarray], list[int]]:
        """({position: vector} for the texts found, [positions not found])."""
        found: dict[int, np.ndarray] = {}
        if self._db is None:
            self.misses += len(texts)
            return found, list(range(len(texts)))
        keys = [cache_key(setup, text) for text in texts]
        by_key: dict[bytes, np.ndarray] = {}
        try:
            for start in range(0, len(keys), _LOOKUP_BATCH):
                chunk = list(set(keys[start : start + _LOOKUP_BATCH]))
                marks = ",".join("?" * len(chunk))
                for key, stored_dim, blob in self._db.execute(
                    f"SELECT key, dim, vector FROM vectors WHERE key IN ({marks})", chunk
                ):
                    vector = np.frombuffer(blob, dtype="<f4")
                    if stored_dim == dim and vector.size == dim:
                        by_key[key] = vector
        except sqlite3.Error as error:
            log.warning("embedding cache %s unreadable (%s); embedding without it", self.path, error)
            self._db = None
            self.misses += len(texts)
            return {}, list(range(len(texts)))
        missing: list[int] = []
        for position, key in enumerate(keys):
            cached = by_key.get(key)
            if cached is None:
                missing.append(position)
            else:
                found[position] = cached
        self.hits += len(found)
        self.misses += len(missing)
        return found, missing

    def put(self, setup: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        if self._db is None or not len(texts):
            return
        rows = [
            (cache_key(setup, text), int(vector.size), np.asarray(vector, dtype="<f4").tobytes())
            for text, vector in zip(texts, vectors, strict=True)
        ]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vectors (key, dim, vector) VALUES (?, ?, ?)", rows)
        except sqlite3.Error as error:
            log.warning("embedding cache %s not written (%s)", self.path, error)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
