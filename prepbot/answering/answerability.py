"""Whether the retrieved paragraphs answer the question at all: the thresholds, calibrated on the question files
against off-topic questions, and the decision they give."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Relevance:
    """How well the hits answer the question (for the "not found" decision)."""

    lexical: float  # best IDF-weighted share of the question's terms found in one paragraph (0..1)
    dense: float | None  # best meaning-level similarity of one sentence to the question (None: no encoder)
    similarity: float | None  # best question-paragraph similarity the searcher reported (Hit.similarity), if any
    grounded: bool


@dataclass(frozen=True)
class Thresholds:
    """When the retrieved paragraphs count as answering the question. Calibrated on the dev questions against
    off-topic ones (see the tests over the real index): a sentence close in meaning to the question, or, without a
    sentence encoder, enough of the question's weighted words in one paragraph."""

    min_dense: float = 0.30  # best sentence similarity (multilingual USE, cosine)
    min_lexical_alone: float = 0.6  # enough on its own even when the sentence similarity is lower
    min_dense_with_lexical: float = 0.25  # together with `min_lexical_with_dense`
    min_lexical_with_dense: float = 0.35
    # The searcher's question-paragraph similarity (Hit.similarity: e5 cosine, the same scale for every question,
    # unlike the fused score) backs a weaker sentence match, and below a floor vetoes any match (shared words alone
    # do not make "Who is the president of the United States?" answerable). Calibrated on dev.jsonl and
    # bench/probe.jsonl against bench/offtopic.jsonl (the tests hold other off-topic questions).
    min_dense_with_search: float = 0.18
    min_similarity: float = 0.835
    min_similarity_cyrillic: float = 0.795
    similarity_floor: float = 0.81
    similarity_floor_cyrillic: float = 0.775
    min_lexical_without_encoder: float = 0.34


DEFAULT_THRESHOLDS = Thresholds()
