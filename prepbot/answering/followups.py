"""Follow-up question drafting: 3-5 questions in a Committee member's style on a topic, each grounded in cited
paragraphs and labelled with its basis (state-vs-critic, unanswered, missing-data).

Template mode (offline) searches the topic per side, pairs a State claim with a UN or NGO concern on the same point,
finds Committee questions that no State paragraph answers and figures requested but not given, and words the
questions with prompts/followup_templates.toml. Model mode (prepbot.answering.answerer) has the model write them;
either way every citation passes prepbot.answering.verify.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from prepbot.answering.extractive import ExtractiveAnswerer
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.text import Span, paragraph_terms, split_sentences, terms
from prepbot.answering.verify import verified_citations
from prepbot.core.contracts import Retriever
from prepbot.core.records import DocumentEntry, FollowupQuestion, Followups, Hit, Paragraph
from prepbot.core.vocabulary import CRITIC_SIDES, SIDES

MIN_QUESTIONS = 3
MAX_QUESTIONS = 5

_CONCERN = re.compile(
    r"\b(concern\w*|not|no|lack\w*|fail\w*|despite|however|remain\w*|continu\w*|alleg\w*|report\w*|"
    r"restrict\w*|violat\w*|criticis\w*|absence|insufficient|only|never|impunity|denied|refus\w*)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(please|asked|wished to know|would like to know|wanted to know|enquired|inquired|wondered|"
    r"requested|clarify|indicate|explain)\b|\?",
    re.IGNORECASE,
)
_DATA_REQUEST = re.compile(
    r"\b(provide|share|submit|give)\b[^.;]*?\b(data|statistic\w*|figures|number of|numbers|disaggregated)\b",
    re.IGNORECASE,
)
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|wished to know|would like to know|wanted to know|enquired|inquired|wondered)\s+"
    r"(whether|if|how|why|what|when|which|who)\b\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_REPORTING_PREFIX = re.compile(
    r"^[^;:]{0,160}?\b(?:(?:was|were|is|are|remained)\s+)?(?:concerned|noted|reported|stated|observed|indicated|"
    r"found|expressed concern|regretted|said|added|explained)\s+(?:that|about|at)\s+"
    r"(?:(?:the\s+)?reports?\s+(?:suggesting\s+|indicating\s+)?that\s+)?",
    re.IGNORECASE,
)
_KEEP_CAPITALISED = frozenset(
    """Committee Kazakhstan State Government Ombudsman Constitution Constitutional Council Court Parliament President
    Ministry Procurator Prosecutor United Special Office Covenant Convention Code Law Act Rapporteur Commissioner
    Republic Senate Majilis Supreme January February March April May June July August September October November
    December Almaty Astana I""".split()
)


def as_clause(sentence: str, *, max_words: int = 45) -> str:
    """A sentence made to fit after "that ...": reporting prefix dropped, first word lowered when safe, no final
    stop, cut at a comma or semicolon when very long."""
    text = sentence.strip()
    prefix = _REPORTING_PREFIX.match(text)
    if prefix and len(text) - prefix.end() > 40:
        text = text[prefix.end() :]
    first = text.split(" ", 1)[0]
    if (
        first[:1].isupper()
        and (first[1:].islower() or len(first) == 1)
        and first.isalpha()
        and first not in _KEEP_CAPITALISED
    ):
        text = first.lower() + text[len(first) :]
    words = text.split()
    if len(words) > max_words:
        cut = " ".join(words[:max_words])
        boundary = max(cut.rfind(", "), cut.rfind("; "))
        text = (cut[:boundary] if boundary > len(cut) // 2 else cut) + " …"
    return text.rstrip(" .;:")


def as_request(sentence: str) -> str:
    """A Committee request as a direct question: "Please indicate whether ...", from "... please indicate ..." or
    from reported speech ("He wished to know whether X" -> "Please explain whether X")."""
    text = sentence.strip().rstrip(" .;:?")
    please = re.search(r"\bplease\b", text, re.IGNORECASE)
    if please:
        text = "Please" + text[please.end() :]
    else:
        reported = _REPORTED_QUESTION.search(text)
        if reported:
            text = f"Please explain {reported.group(1).lower()} {reported.group(2)}"
    if text.startswith("Please"):
        return _shorten(text, 55)
    clause = as_clause(text, max_words=55)
    return clause[:1].upper() + clause[1:]


def as_data_request(sentence: str) -> str | None:
    """What was asked for, from "... provide statistical data on X ..." -> "statistical data on X"."""
    match = re.search(r"\b(?:provide|share|submit|give)\s+(?:the Committee with\s+|updated\s+)?", sentence, re.I)
    if not match:
        return None
    request = sentence[match.end() :].strip().rstrip(" .;:?")
    return _shorten(request, 45) if len(request.split()) >= 3 else None


def _shorten(text: str, max_words: int) -> str:
    words = text.split()
    if len(words) <= max_words:
        return text.rstrip(" .;:")
    cut = " ".join(words[:max_words])
    boundary = max(cut.rfind(", "), cut.rfind("; "))
    return (cut[:boundary] if boundary > len(cut) // 2 else cut) + " …"


@dataclass
class Candidate:
    basis: str
    score: float
    variables: dict[str, Any]
    pairs: list[tuple[Paragraph, Span]]
    paragraphs: set[str] = field(default_factory=set)


class FollowupDrafter:
    """Template-mode follow-up questions. Safe to share between threads."""

    def __init__(
        self,
        searcher: Retriever,
        extractive: ExtractiveAnswerer,
        prompts: PromptRegistry,
        documents: Mapping[str, DocumentEntry],
    ) -> None:
        self.searcher = searcher
        self.extractive = extractive
        self.prompts = prompts
        self.documents = documents

    # -- retrieval per side

    def side_hits(self, topic: str, *, k: int = 6) -> dict[str, list[Hit]]:
        """The topic searched in each side's paragraphs, keeping those that speak to it."""
        by_side: dict[str, list[Hit]] = {}
        for side in SIDES:
            hits = self.searcher.search(topic, k=k, source=side)
            relevance = self.extractive.relevance(topic, hits)
            if not relevance.grounded:
                by_side[side] = []
                continue
            topic_terms = self.extractive.question_terms(topic)
            kept = []
            for rank, hit in enumerate(hits):
                cover = self.extractive.coverage(topic_terms, paragraph_terms(hit.paragraph))
                if cover >= max(0.3, 0.6 * relevance.lexical) or (relevance.lexical == 0 and rank < 2):
                    kept.append(hit)
            by_side[side] = kept
        return by_side

    def _best_sentence(
        self, paragraph: Paragraph, weights: Mapping[str, float], marker: re.Pattern | None
    ) -> tuple[Span | None, float]:
        best: tuple[Span | None, float] = (None, -1.0)
        for span in split_sentences(paragraph.text):
            if span.words < 6:
                continue
            score = self.extractive.coverage(weights, set(terms(span.text)))
            if marker is not None and marker.search(span.text):
                score += 0.2
            if span.words > 70:
                score -= 0.1
            if score > best[1]:
                best = (span, score)
        return best

    def _label(self, paragraph: Paragraph) -> str:
        return paragraph.citation

    def _asker(self, paragraph: Paragraph) -> str:
        if paragraph.speaker and (paragraph.speaker_role or "").lower() in ("committee member", "chair"):
            return paragraph.speaker
        document = self.documents.get(paragraph.doc_id)
        if document and document.mechanism:
            return f"the {document.mechanism}"
        return "the Committee"

    def _answered_by_state(self, request: str) -> tuple[float, Hit | None]:
        """How well the State's paragraphs answer a request (share of its weighted terms in the best one)."""
        hits = self.searcher.search(request, k=3, source="state")
        weights = self.extractive.question_terms(request)
        best: tuple[float, Hit | None] = (0.0, None)
        for hit in hits:
            cover = self.extractive.coverage(weights, paragraph_terms(hit.paragraph))
            if cover > best[0]:
                best = (cover, hit)
        return best

    # -- candidates per basis

    def _state_vs_critic(self, topic: str, by_side: Mapping[str, list[Hit]]) -> list[Candidate]:
        topic_weights = self.extractive.question_terms(topic)
        phrases = self.prompts.get("followup_templates")
        candidates = []
        for side in CRITIC_SIDES:
            for hit in by_side.get(side, [])[:5]:
                concern_span, concern_score = self._best_sentence(hit.paragraph, topic_weights, _CONCERN)
                if concern_span is None:
                    continue
                query = f"{topic} {concern_span.text}"
                weights = self.extractive.question_terms(query)
                topical_state = by_side.get("state", [])
                state_hits = [
                    h
                    for h in self.searcher.search(query, k=4, source="state")
                    if h in topical_state or self._on_topic(h.paragraph, topic_weights)
                ] + topical_state[:2]
                meaning = self._sentence_similarities(concern_span.text, [h.paragraph for h in state_hits])
                best: tuple[float, Paragraph | None, Span | None] = (0.0, None, None)
                for state_hit in state_hits:
                    sentences = split_sentences(state_hit.paragraph.text)
                    similarities = meaning.get(state_hit.paragraph.key)
                    for index, span in enumerate(sentences):
                        if span.words < 6:
                            continue
                        # "on the same point": shared words with the topic and the concern, and closeness in meaning
                        same_point = self.extractive.coverage(weights, set(terms(span.text)))
                        if similarities is not None and len(similarities) == len(sentences):
                            same_point = 0.5 * same_point + float(similarities[index])
                        if span.words > 70:
                            same_point -= 0.1
                        if same_point > best[0]:
                            best = (same_point, state_hit.paragraph, span)
                same_point, state_paragraph, state_span = best
                if state_paragraph is None or state_span is None or same_point < (0.35 if meaning else 0.15):
                    continue
                candidates.append(
                    Candidate(
                        "state-vs-critic",
                        concern_score + same_point,
                        {
                            "claim": as_clause(state_span.text),
                            "claim_label": self._label(state_paragraph),
                            "concern": as_clause(concern_span.text),
                            "concern_label": self._label(hit.paragraph),
                            "concern_source": phrases.phrase(f"source_{side}"),
                        },
                        [(state_paragraph, state_span), (hit.paragraph, concern_span)],
                        {state_paragraph.key, hit.paragraph.key},
                    )
                )
        return candidates

    def _on_topic(self, paragraph: Paragraph, topic_weights: Mapping[str, float]) -> bool:
        return self.extractive.coverage(topic_weights, paragraph_terms(paragraph)) >= 0.5

    def _sentence_similarities(self, text: str, paragraphs: list[Paragraph]) -> dict[str, Any]:
        """Meaning-level similarity of `text` to each sentence of the paragraphs ({} without a sentence encoder)."""
        scorer = self.extractive.scorer
        if scorer is None:
            return {}
        try:
            return scorer.similarities(scorer.encode_question(text), paragraphs)
        except Exception:  # a refinement only: shared words still pair the passages
            return {}

    def _committee_requests(self, topic: str, by_side: Mapping[str, list[Hit]]) -> list[Candidate]:
        topic_weights = self.extractive.question_terms(topic)
        candidates = []
        for hit in by_side.get("committee", [])[:4]:
            paragraph = hit.paragraph
            if (paragraph.speaker_role or "").lower() == "state delegation":
                continue
            for basis, marker in (("missing-data", _DATA_REQUEST), ("unanswered", _REQUEST)):
                span, score = self._best_sentence(paragraph, topic_weights, marker)
                if span is None or not marker.search(span.text):
                    continue
                answered, state_hit = self._answered_by_state(span.text)
                if basis == "missing-data":
                    request = as_data_request(span.text)
                    if request is None:
                        continue
                    state_has_figures = bool(
                        state_hit and answered >= 0.35 and re.search(r"\d", state_hit.paragraph.text)
                    )
                    if state_has_figures:
                        continue
                    pairs = [(paragraph, span)]
                    variables = {"request": request, "request_label": self._label(paragraph), "claim_label": ""}
                    if state_hit is not None and answered >= 0.35:
                        state_span, _ = self._best_sentence(state_hit.paragraph, topic_weights, None)
                        if state_span is not None:
                            pairs.append((state_hit.paragraph, state_span))
                            variables["claim_label"] = self._label(state_hit.paragraph)
                    candidates.append(Candidate(basis, score + 0.1, variables, pairs, {p.key for p, _ in pairs}))
                    break
                if answered >= 0.45:
                    continue
                candidates.append(
                    Candidate(
                        basis,
                        score * (1.0 - answered),
                        {
                            "request": as_request(span.text),
                            "request_label": self._label(paragraph),
                            "asker": self._asker(paragraph),
                        },
                        [(paragraph, span)],
                        {paragraph.key},
                    )
                )
                break
        return candidates

    # -- assembling

    def _select(self, candidates: list[Candidate]) -> list[Candidate]:
        candidates = sorted(candidates, key=lambda c: c.score, reverse=True)
        chosen: list[Candidate] = []
        used: set[str] = set()
        per_basis: dict[str, int] = {}
        for round_limit in (1, 2, MAX_QUESTIONS):  # spread over the bases first
            for candidate in candidates:
                if len(chosen) >= MAX_QUESTIONS:
                    break
                if candidate in chosen or per_basis.get(candidate.basis, 0) >= round_limit:
                    continue
                if candidate.paragraphs & used and candidate.basis != "state-vs-critic":
                    continue
                if candidate.basis == "state-vs-critic" and any(
                    c.basis == candidate.basis and c.paragraphs & candidate.paragraphs for c in chosen
                ):
                    continue  # each State claim and each concern is used once
                chosen.append(candidate)
                used |= candidate.paragraphs
                per_basis[candidate.basis] = per_basis.get(candidate.basis, 0) + 1
        for candidate in candidates:  # short of the minimum: a State claim may answer a second concern
            if len(chosen) >= MIN_QUESTIONS:
                break
            new = candidate not in chosen and not any(c.paragraphs == candidate.paragraphs for c in chosen)
            if new and (candidate.basis == "state-vs-critic" or not candidate.paragraphs & used):
                chosen.append(candidate)
                used |= candidate.paragraphs
        return chosen

    def draft(
        self,
        topic: str,
        *,
        role: str | None = None,
        source: str | None = None,
        by_side: Mapping[str, list[Hit]] | None = None,
    ) -> Followups:
        phrases = self.prompts.get("followup_templates")
        attribution = self.extractive.attributor.for_language("en")
        if by_side is None:
            by_side = self.side_hits(topic)
        candidates = self._state_vs_critic(topic, by_side) + self._committee_requests(topic, by_side)
        if source:
            candidates = [c for c in candidates if any(p.author_type == source for p, _ in c.pairs)]
        questions: list[FollowupQuestion] = []
        for candidate in self._select(candidates):
            offered = {p.key: p for p, _ in candidate.pairs}
            citations, _dropped = verified_citations(
                [(p.key, span.text) for p, span in candidate.pairs], offered, attribution=attribution
            )
            if not citations:
                continue
            values = {
                "topic": topic, "claim": "", "concern": "", "claim_label": "", "concern_label": "",
                "concern_source": "", "request": "", "request_label": "", "asker": "", "role": role or "",
            }  # fmt: skip
            values.update(candidate.variables)
            name = candidate.basis.replace("-", "_")
            questions.append(
                FollowupQuestion(text=phrases.phrase(name, **values), basis=candidate.basis, citations=citations)
            )
        values = {"topic": topic, "role": role or ""}
        note = (
            phrases.phrase("intro", **_blank(values)) if questions else phrases.phrase("none_found", **_blank(values))
        )
        return Followups(
            topic=topic,
            mode="template",
            questions=questions,
            note=note,
            prompt_id="followup_templates",
            prompt_hash=self.prompts.combined_hash(["followup_templates", "attributions"]),
        )


def _blank(values: dict[str, Any]) -> dict[str, Any]:
    """Every template variable, blank unless given (templates may use any declared variable)."""
    names = ("topic", "claim", "concern", "claim_label", "concern_label", "concern_source", "request",
             "request_label", "asker", "role")  # fmt: skip
    return {name: values.get(name, "") for name in names}
