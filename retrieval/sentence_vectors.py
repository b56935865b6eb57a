"""Meaning-level similarity between a question and each sentence of a paragraph, from the multilingual sentence
encoder (so a Russian question finds the English sentence that answers it), with the sentence vectors cached in
memory and, when given one, in the index's content-addressed embedding cache (a restart reads them, not re-encodes)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from prepbot.core.records import Paragraph
from prepbot.core.sentences import split_sentences
from prepbot.core.settings import Settings
from prepbot.retrieval.vector_cache import VectorCache

# Paragraphs whose sentence vectors are kept: all of a corpus with the General Comments (7,236 paragraphs, ~30,000
# sentences, ~60 MB of float32 vectors), so warming up encodes each once. At 5,000 the warm-up's last batches emptied
# the cache, and every answer about the standards encoded its paragraphs' sentences again (~50 ms).
MAX_CACHED_PARAGRAPHS = 20_000


class SentenceScorer:
    """Similarity in meaning between a question and each sentence of a paragraph, from a multilingual sentence
    encoder (so a Russian question finds the English sentence that answers it). Sentence vectors are cached per
    paragraph; safe to share between threads."""

    def __init__(
        self, encode: Callable[[list[str]], Any], *, max_cached_paragraphs: int = MAX_CACHED_PARAGRAPHS
    ) -> None:
        self._encode = encode
        self._cache: dict[tuple[str, int], Any] = {}
        self._questions: dict[str, Any] = {}  # the same question asked again (retries, follow-ups) costs nothing
        self._lock = threading.Lock()
        self._max = max_cached_paragraphs
        self._store: tuple[VectorCache, str, int] | None = None  # (cache, the encoder's set-up, its dimension)
        self._store_lock = threading.Lock()  # a VectorCache is used from one thread at a time

    def keep_vectors_in(self, store: VectorCache, setup: str, dim: int) -> None:
        """Look sentence vectors up in this embedding cache before encoding them, and add the ones encoded: the warm-up
        of a corpus with the General Comments (about 24,000 sentences) then encodes them once, not at every start."""
        with self._lock:
            self._store = (store, setup, dim) if store.enabled else None

    @classmethod
    def default(cls) -> SentenceScorer | None:
        """The process-wide scorer over the project's multilingual encoder (prepbot.retrieval.embeddings), or None when
        it cannot be loaded. Shared, so every Answerer in a process reuses the cached sentence vectors."""
        return _default_scorer()

    def encode_question(self, question: str) -> Any:
        import numpy as np

        with self._lock:
            cached = self._questions.get(question)
        if cached is not None:
            return cached
        vector = np.asarray(self._encode([question]), dtype=np.float32)[0]
        vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        with self._lock:
            if len(self._questions) >= 512:
                self._questions.clear()
            self._questions[question] = vector
        return vector

    def similarities(self, question_vector: Any, paragraphs: Sequence[Paragraph]) -> dict[str, Any]:
        """For each paragraph key, the cosine similarity of every sentence (split_sentences order) to the question."""
        return {key: matrix @ question_vector for key, matrix in self.sentence_vectors(paragraphs).items()}

    def sentence_vectors(self, paragraphs: Sequence[Paragraph]) -> dict[str, Any]:
        """For each paragraph key, the unit vectors of its sentences (split_sentences order), one row a sentence."""
        import numpy as np

        with self._lock:
            matrices = {p.key: self._cache.get(_cache_key(p)) for p in paragraphs}
        missing = [p for p in paragraphs if matrices[p.key] is None]
        if missing:
            texts: list[str] = []
            owners: list[tuple[tuple[str, int], int, int]] = []  # (cache key, first sentence, past the last)
            for paragraph in missing:
                sentences = [span.text for span in split_sentences(paragraph.text)] or [paragraph.text]
                owners.append((_cache_key(paragraph), len(texts), len(texts) + len(sentences)))
                texts.extend(sentences)
            vectors = self._encoded(texts)
            vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
            with self._lock:
                if len(self._cache) + len(owners) > self._max:
                    self._cache.clear()
                for key, start, end in owners:
                    self._cache[key] = vectors[start:end]
            for paragraph, (_key, start, end) in zip(missing, owners, strict=True):
                matrices[paragraph.key] = vectors[start:end]  # even when the cache was just emptied
        return {key: matrix for key, matrix in matrices.items() if matrix is not None}

    def closest(self, question_vector: Any, paragraphs: Sequence[Paragraph]) -> Any:
        """Per paragraph (in order), the cosine of its sentence closest to the question (0.0 for one without text)."""
        import numpy as np

        similarities = self.similarities(question_vector, paragraphs)
        return np.array(
            [
                float(found.max()) if (found := similarities.get(p.key)) is not None and found.size else 0.0
                for p in paragraphs
            ]
        )

    def _encoded(self, texts: list[str]) -> Any:
        """The encoder's vectors of these texts (float32, as it gives them), from the embedding cache where it has
        them."""
        import numpy as np

        with self._lock:
            store = self._store
        if store is None:
            return np.asarray(self._encode(texts), dtype=np.float32)
        cache, setup, dim = store
        with self._store_lock:
            found, missing = cache.get(setup, texts, dim)
        vectors = np.zeros((len(texts), dim), dtype=np.float32)
        for position, vector in found.items():
            vectors[position] = vector
        if missing:
            fresh = np.asarray(self._encode([texts[i] for i in missing]), dtype=np.float32)
            vectors[missing] = fresh
            with self._store_lock:
                cache.put(setup, [texts[i] for i in missing], fresh)
        return vectors


def index_scorer(settings: Settings) -> SentenceScorer | None:
    """The process-wide scorer (SentenceScorer.default), its sentence vectors kept in the index's embedding cache: the
    encoder is the index's "use" model, so the vectors share that cache. None when the encoder cannot be loaded."""
    scorer = SentenceScorer.default()
    if scorer is not None and settings.embedding_cache_path is not None:
        from prepbot.retrieval.index import EMBEDDING_DIMS, setup_id

        scorer.keep_vectors_in(VectorCache(settings.embedding_cache_path), setup_id("use"), EMBEDDING_DIMS["use"])
    return scorer


def _cache_key(paragraph: Paragraph) -> tuple[str, int]:
    return paragraph.key, hash(paragraph.text)


@lru_cache(maxsize=1)
def _default_scorer() -> SentenceScorer | None:
    try:
        from prepbot.retrieval.embeddings import USEEmbeddingFunction

        function = USEEmbeddingFunction()
        function.encode(["warm-up"])  # load the model now, not inside someone's first answer
        return SentenceScorer(function.encode)
    except Exception:  # an optional refinement: without it, sentences are scored by shared words only
        return None
