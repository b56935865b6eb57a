"""The cross-encoder re-ranker (retrieval/rerank.py) with its real packaged model, and where the searcher uses it:
questions about the standards only, a Russian one read as its English gloss."""

from __future__ import annotations

import re

import numpy as np

from prepbot.core.records import Paragraph
from prepbot.retrieval import routing
from prepbot.retrieval.rerank import RERANK_CANDIDATES, CrossEncoderReranker


def _paragraph(number: str, text: str) -> Paragraph:
    return Paragraph(doc_id="gc-test", symbol="CCPR/C/GC/99", number=number, text=text, author_type="standard")


NOTICE = _paragraph(
    "1",
    "Spontaneous assemblies, which are a direct response to current events, should be exempted from any requirement "
    "of prior notification, as notice cannot be given in time.",
)
REDRESS = _paragraph("2", "States parties shall ensure that victims of torture obtain redress, including compensation.")


def test_the_paragraph_that_answers_scores_higher_and_the_same_each_time() -> None:
    reranker = CrossEncoderReranker()
    question = "Do organisers of a spontaneous protest have to notify the authorities beforehand?"
    first = reranker.score(question, [NOTICE, REDRESS])
    assert first[0] > first[1] + 3  # logits: far apart
    fresh = CrossEncoderReranker().score(question, [REDRESS, NOTICE])  # another instance, the other order
    assert np.array_equal(fresh[::-1], first)
    assert reranker.reorder(question, [REDRESS, NOTICE], np.array([1.0, 0.0])) == [1, 0]


def test_pairs_run_two_at_a_time_score_as_one_after_another_and_only_the_first_candidates_move() -> None:
    question = "What redress must States give to victims of torture?"
    paragraphs = [
        NOTICE,
        REDRESS,
        *(_paragraph(str(n), f"Paragraph {n} on reporting to the Committee.") for n in range(3, 12)),
    ]
    together, alone = CrossEncoderReranker(workers=2), CrossEncoderReranker(workers=1)
    assert np.array_equal(together.score(question, paragraphs), alone.score(question, paragraphs))  # to the bit
    fused = np.linspace(1.0, 0.0, len(paragraphs))
    order = together.reorder(question, paragraphs, fused)
    assert sorted(order[:RERANK_CANDIDATES]) == list(range(RERANK_CANDIDATES)) and order[0] == 1  # redress first
    assert order[RERANK_CANDIDATES:] == list(range(RERANK_CANDIDATES, len(paragraphs)))  # the rest in fused order


def test_questions_about_the_standards_and_english_ones_leaning_neither_way_are_reranked(searcher) -> None:
    import dataclasses

    from prepbot.retrieval.search import LATIN_BLEND, FusionConfig

    # the fused ranking alone: without the cross-encoder a question gets its closest sentence's term instead
    fused_only = FusionConfig(latin=dataclasses.replace(LATIN_BLEND, sentence_weight=0.0))
    on, off = searcher.variant(fused_only, rerank=True), searcher.variant(fused_only, rerank=False)
    standards = [
        "Must States allow spontaneous assemblies without prior notification?",
        "What redress must States give to victims of torture?",
    ]
    for question in standards:
        assert routing.lean(question) == routing.STANDARD
        reranked, fused = on.search(question, k=RERANK_CANDIDATES), off.search(question, k=RERANK_CANDIDATES)
        assert {hit.paragraph.key for hit in reranked} == {hit.paragraph.key for hit in fused}  # same candidates
        assert [hit.score for hit in reranked] == [hit.score for hit in fused]  # each place keeps its score
    moved = [
        [hit.paragraph.key for hit in on.search(question, k=5)] != [hit.paragraph.key for hit in off.search(question)]
        for question in standards
    ]
    assert any(moved)
    for question in standards:  # a passage used as a query (follow-ups, the briefing pack) is never re-ranked
        passage = [hit.paragraph.key for hit in on.search(question, k=5, rerank=False)]
        assert passage == [hit.paragraph.key for hit in off.search(question, k=5)]
    about_this_review = "How many complaints of torture did the delegation report?"
    keys = [[hit.paragraph.key for hit in variant.search(about_this_review, k=8)] for variant in (on, off)]
    assert keys[0] == keys[1]
    reading = _Reading()
    reader = searcher.variant(fused_only, rerank=True)
    reader._reranker = reading
    neutral = "Can police disperse a spontaneous assembly held without notice?"
    assert routing.lean(neutral) == routing.NEUTRAL
    reader.search(neutral, k=5)
    assert reading.read == [neutral]  # English, leaning neither way, General Comments among its candidates: re-ranked
    dialogue_only = "Can protesters be punished under vaguely worded offences?"
    assert routing.lean(dialogue_only) == routing.NEUTRAL
    fused = off.search(dialogue_only, k=RERANK_CANDIDATES)
    assert all(hit.paragraph.author_type != "standard" for hit in fused)
    reader.search(dialogue_only, k=5)
    assert reading.read == [neutral]  # its candidates are all the dialogue's: kept in the fused order
    russian_neutral = "Разгоняет ли полиция стихийные собрания без уведомления?"
    assert routing.lean(russian_neutral) == routing.NEUTRAL
    assert any(hit.paragraph.author_type == "standard" for hit in off.search(russian_neutral, k=RERANK_CANDIDATES))
    reader.search(russian_neutral, k=5)
    assert reading.read == [neutral]  # a Russian one only when it leans to the standards


class _Reading(CrossEncoderReranker):
    """The real re-ranker, noting what it was given to read as the question."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def score(self, question: str, paragraphs) -> np.ndarray:
        self.read.append(question)
        return super().score(question, paragraphs)


def test_a_russian_question_about_the_standards_is_reranked_as_its_english_gloss(searcher) -> None:
    question = "Должны ли государства разрешать стихийные собрания без уведомления?"
    assert routing.lean(question) == routing.STANDARD
    on, off = searcher.variant(rerank=True), searcher.variant(rerank=False)
    reading = _Reading()
    on._reranker = reading
    reranked, fused = on.search(question, k=RERANK_CANDIDATES), off.search(question, k=RERANK_CANDIDATES)
    assert len(reading.read) == 1
    read = reading.read[0]  # the index's English words for its subject: the model reads English only
    assert not re.search("[а-яё]", read, re.IGNORECASE) and {"assemble", "spontaneous"} <= set(read.split()), read
    assert {hit.paragraph.key for hit in reranked} == {hit.paragraph.key for hit in fused}


def test_a_search_kept_to_one_side_of_the_dialogue_is_not_reranked(searcher) -> None:
    question = "Must States allow spontaneous assemblies without prior notification?"
    on = searcher.variant(rerank=True)
    reading = _Reading()
    on._reranker = reading
    on.search(question, k=5, source="state")  # what the State said: no General Comment can be among them
    assert reading.read == []
    on.search(question, k=5, source="standard")
    on.search(question, k=5)
    assert reading.read == [question, question]
    # the same pairs again (an answer searches its question several times) are taken from the cache, to the bit
    candidates = [hit.paragraph for hit in on.search(question, k=RERANK_CANDIDATES, rerank=False)]
    first = reading.score(question, candidates)
    assert np.array_equal(first, CrossEncoderReranker().score(question, candidates))
    assert np.array_equal(reading.score(question, candidates), first)
