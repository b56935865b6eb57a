"""Answerer: turns a question (or a follow-up topic) into an Answer (or Followups) from retrieved paragraphs.

With a model configured (OPENAI_API_KEY) the model drafts, behind the quote gate; whenever its draft does not pass
(quotes that do not verify, figures its citations do not support, timeouts, 429/5xx after retries, any error) the
offline answer is returned instead, with a short note. Without a model, answers are extractive and follow-ups come
from templates. Also: `verification_summary`, the re-check of every quote used by `prepbot eval`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from prepbot.answering.extractive import ExtractiveAnswerer
from prepbot.answering.followups import MAX_QUESTIONS, MIN_QUESTIONS, FollowupDrafter
from prepbot.answering.llm import ChatModel, LLMFailure, draft_answer, draft_followups, paragraph_inputs
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.sentences import SentenceScorer
from prepbot.answering.text import TermWeights, question_language
from prepbot.answering.verify import verify_quote
from prepbot.core.contracts import Retriever
from prepbot.core.errors import BadInput
from prepbot.core.records import Answer, DocumentEntry, FollowupQuestion, Followups, Hit, Paragraph
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import FRAMINGS, SIDES, STANDARD_SIDE

log = logging.getLogger(__name__)

ASK_HITS = 8  # paragraphs retrieved for a question (the model sees all of them; extractive quotes the best)
FOLLOWUP_PARAGRAPHS = 12  # paragraphs the model sees when drafting follow-ups


@dataclass(frozen=True)
class ModelOutcome:
    """What became of asking the model: its answer when it passed the gate; otherwise the note for the extractive
    fallback, and whether the model cited nothing at all (then a note is shown only if the fallback answers)."""

    answer: Answer | None = None
    note: str | None = None
    cited_nothing: bool = False


@dataclass
class _Parts:
    documents: dict[str, DocumentEntry]
    extractive: ExtractiveAnswerer
    drafter: FollowupDrafter


class Answerer:
    """Answers questions and drafts follow-ups. Safe to call from several threads at once."""

    def __init__(
        self,
        settings: Settings,
        searcher: Retriever,
        prompts: PromptRegistry,
        *,
        chat: ChatModel | None = None,
        use_sentence_encoder: bool = True,
    ) -> None:
        self.settings = settings
        self.use_sentence_encoder = use_sentence_encoder
        self.searcher = searcher
        self.prompts = prompts
        self.chat = chat if chat is not None else (ChatModel(settings) if settings.llm_enabled else None)
        self._lock = threading.Lock()
        self._parts: _Parts | None = None

    # -- shared, built once

    def parts(self) -> _Parts:
        with self._lock:
            if self._parts is None:
                documents = {d.doc_id: d for d in self.searcher.documents()}
                paragraphs = self.searcher.paragraphs()
                scorer = SentenceScorer.default() if self.use_sentence_encoder else None
                # Term weights come from the dialogue's paragraphs: the standards layer (ten times their number)
                # would otherwise reweigh every term and shift the thresholds tuned on the dialogue.
                dialogue = [p for p in paragraphs if p.author_type != STANDARD_SIDE] or paragraphs
                extractive = ExtractiveAnswerer(self.prompts, documents, TermWeights(dialogue), scorer=scorer)
                drafter = FollowupDrafter(self.searcher, extractive, self.prompts, documents)
                self._parts = _Parts(documents, extractive, drafter)
            return self._parts

    def warm_up(self) -> None:
        """Load the models and encode every paragraph's sentences now (a few seconds), so that no answer pays for
        it later. Optional: without it the first answers touching a paragraph encode its sentences then."""
        self.searcher.warm_up()
        extractive = self.parts().extractive
        if extractive.scorer is not None:
            paragraphs = self.searcher.paragraphs()
            vector = extractive.scorer.encode_question("warm up")
            for start in range(0, len(paragraphs), 64):
                extractive.scorer.similarities(vector, paragraphs[start : start + 64])

    def _searched(self, source: str | None, doc_id: str | None) -> list[DocumentEntry]:
        documents = list(self.parts().documents.values())
        if doc_id:
            return [d for d in documents if d.doc_id == doc_id]
        if source:
            # a summary record holds every side's speakers, so it is searched for every side
            return [d for d in documents if d.author_type == source or "summary" in d.document_type.lower()]
        return documents

    @staticmethod
    def _check_filters(source: str | None, role: str | None) -> None:
        if source is not None and source not in SIDES:
            raise BadInput(f"Unknown source {source!r}: use one of {', '.join(SIDES)}.")
        if role is not None and role not in FRAMINGS:
            raise BadInput(f"Unknown role {role!r}: use one of {', '.join(FRAMINGS)}.")

    @staticmethod
    def _clean(text: str) -> str:
        from prepbot.retrieval.search import clean_query

        return clean_query(text)

    # -- answers

    def ask(self, question: str, *, source: str | None = None, doc_id: str | None = None,
            role: str | None = None) -> Answer:  # fmt: skip
        """Answer one question. Raises BadInput for an unusable question or filter; never fails for model trouble."""
        self._check_filters(source, role)
        self.prompts.reload_if_changed()
        query = self._clean(question)
        parts = self.parts()
        if doc_id is not None and doc_id not in parts.documents:
            raise BadInput(f"Unknown document {doc_id!r}: use one of {', '.join(sorted(parts.documents))}.")
        hits = self.searcher.search(query, k=ASK_HITS, source=source, doc_id=doc_id)
        language = question_language(query)
        outcome = ModelOutcome()
        if self.chat is not None and hits:
            try:
                outcome = self._llm_answer(query, hits, role=role, language=language)
                if outcome.answer is not None:
                    return outcome.answer
            except LLMFailure as failure:
                log.warning("model answer unavailable (%s); answering extractively", failure.kind)
                unanswered = failure.kind in ("timeout", "rate_limited", "server_error", "connection")
                note = self.prompts.get("extractive").phrase(
                    "llm_unavailable" if unanswered else "llm_fallback", language
                )
                outcome = ModelOutcome(note=note)
            except Exception as error:  # never let model trouble cost the user an answer
                log.warning("model answer failed (%s); answering extractively", type(error).__name__)
                outcome = ModelOutcome(note=self.prompts.get("extractive").phrase("llm_fallback", language))
        answer = parts.extractive.answer(
            query, hits, searched=self._searched(source, doc_id), language=language, note=None
        )
        note = outcome.note
        if outcome.cited_nothing and answer.grounded:
            note = self.prompts.get("extractive").phrase("llm_fallback", language)
        answer.note = note
        return answer

    def _llm_answer(self, question: str, hits: Sequence[Hit], *, role: str | None,
                    language: str) -> ModelOutcome:  # fmt: skip
        """The model's answer if it passed the gate, else why not."""
        assert self.chat is not None
        parts = self.parts()
        attribution = parts.extractive.attributor.for_language("en")
        offered = {hit.paragraph.key: hit.paragraph for hit in hits}
        variables = {
            "question": question,
            "paragraphs": paragraph_inputs(list(offered.values()), attribution),
            "role": role or "",
            "language": language,
        }
        messages = self.prompts.get("system").render(role=role or "") + self.prompts.get("answer").render(**variables)
        display_attribution = parts.extractive.attributor.for_language(language)
        gated = draft_answer(self.chat, messages, offered, question=question, attribution=display_attribution)
        phrases = self.prompts.get("extractive")
        passed = (
            bool(gated.citations)
            and bool(gated.text)
            and not gated.unsupported
            and len(gated.dropped) <= len(gated.citations)
        )
        if not passed:
            log.info(
                "model answer refused: %d kept, %d dropped, %d unsupported figures",
                len(gated.citations), len(gated.dropped), len(gated.unsupported),
            )  # fmt: skip
            if gated.offered_count == 0:
                return ModelOutcome(cited_nothing=True)  # the model found nothing to quote
            return ModelOutcome(note=phrases.phrase("llm_fallback", language))
        note = phrases.phrase("quotes_removed", language, count=len(gated.dropped)) if gated.dropped else None
        return ModelOutcome(
            answer=Answer(
                question=question,
                text=gated.text,
                citations=gated.citations,
                mode="llm",
                grounded=True,
                note=note,
                hits=list(hits),
                prompt_id="answer",
                prompt_hash=self.prompts.combined_hash(["system", "answer", "attributions"]),
                model=self.chat.name,
            )
        )

    # -- follow-ups

    def followups(self, topic: str, *, source: str | None = None, role: str | None = None) -> Followups:
        """Draft 3-5 follow-up questions on a topic. Raises BadInput for an unusable topic or filter."""
        self._check_filters(source, role)
        self.prompts.reload_if_changed()
        topic = self._clean(topic)
        drafter = self.parts().drafter
        by_side = drafter.side_hits(topic)
        note = None
        if self.chat is not None and any(by_side.values()):
            try:
                drafted = self._llm_followups(topic, by_side, role=role, source=source)
                if drafted is not None:
                    return drafted
            except LLMFailure as failure:
                log.warning("model follow-ups unavailable (%s); using templates", failure.kind)
            except Exception as error:
                log.warning("model follow-ups failed (%s); using templates", type(error).__name__)
            note = self.prompts.get("followup_templates").phrase("llm_fallback")
        drafted = drafter.draft(topic, role=role, source=source, by_side=by_side)
        if note:
            drafted.note = f"{drafted.note} {note}" if drafted.note else note
        return drafted

    def _llm_followups(self, topic: str, by_side: dict[str, list[Hit]], *, role: str | None,
                       source: str | None) -> Followups | None:  # fmt: skip
        assert self.chat is not None
        parts = self.parts()
        attribution = parts.extractive.attributor.for_language("en")
        offered: dict[str, Paragraph] = {}
        for rank in range(max((len(h) for h in by_side.values()), default=0)):  # interleave the sides
            for side in SIDES:
                hits = by_side.get(side, [])
                if rank < len(hits) and len(offered) < FOLLOWUP_PARAGRAPHS:
                    offered.setdefault(hits[rank].paragraph.key, hits[rank].paragraph)
        variables = {
            "topic": topic,
            "paragraphs": paragraph_inputs(list(offered.values()), attribution),
            "role": role or "",
            "min_questions": MIN_QUESTIONS,
            "max_questions": MAX_QUESTIONS,
        }
        messages = self.prompts.get("system").render(role=role or "") + self.prompts.get("followups").render(
            **variables
        )
        drafted = draft_followups(self.chat, messages, offered, topic=topic, attribution=attribution)
        questions: list[FollowupQuestion] = []
        for item in drafted:
            if not item.citations or not item.text or item.unsupported or not item.basis:
                continue
            if len(item.dropped) > len(item.citations):
                continue
            if item.basis == "state-vs-critic" and not ("state" in item.sides and item.sides & {"un", "ngo"}):
                continue  # the basis claims a State claim beside a critic: both must be cited
            if source and source not in item.sides:
                continue
            questions.append(FollowupQuestion(text=item.text, basis=item.basis, citations=item.citations))
        if len(questions) < MIN_QUESTIONS:
            log.info("model follow-ups refused: %d of %d passed the gate", len(questions), len(drafted))
            return None
        phrases = self.prompts.get("followup_templates")
        blank = {name: "" for name in self.prompts.get("followup_templates").variables}
        return Followups(
            topic=topic,
            mode="llm",
            questions=questions[:MAX_QUESTIONS],
            note=phrases.phrase("intro", **{**blank, "topic": topic, "role": role or ""}),
            prompt_id="followups",
            prompt_hash=self.prompts.combined_hash(["system", "followups", "attributions"]),
            model=self.chat.name,
        )


# ---------------------------------------------------------------- evaluation support


def verification_summary(answers: Iterable[Answer], searcher: Retriever) -> dict:
    """Re-verify every citation of every answer against the stored paragraph; shares per answer mode.

    Returns {"modes": {mode: {"answers", "grounded", "grounded_share", "quotes", "verified", "verified_share"}},
             "answers", "quotes", "verified", "verified_share"}. A share is None when there is nothing to count.
    """
    modes: dict[str, dict[str, Any]] = {}
    for answer in answers:
        row = modes.setdefault(answer.mode, {"answers": 0, "grounded": 0, "quotes": 0, "verified": 0})
        row["answers"] += 1
        row["grounded"] += 1 if answer.grounded else 0
        for citation in answer.citations:
            row["quotes"] += 1
            try:
                paragraph = searcher.paragraph(citation.doc_id, citation.paragraph)
            except Exception:  # an unknown paragraph is simply unverified
                paragraph = None
            if paragraph is not None and verify_quote(citation.quote, paragraph):
                row["verified"] += 1
    for row in modes.values():
        row["grounded_share"] = row["grounded"] / row["answers"] if row["answers"] else None
        row["verified_share"] = row["verified"] / row["quotes"] if row["quotes"] else None
    quotes = sum(row["quotes"] for row in modes.values())
    verified = sum(row["verified"] for row in modes.values())
    return {
        "modes": modes,
        "answers": sum(row["answers"] for row in modes.values()),
        "quotes": quotes,
        "verified": verified,
        "verified_share": verified / quotes if quotes else None,
    }
