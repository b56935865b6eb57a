"""The topics the documents raise: each document's section headings, cleaned ("Prohibition of torture and other cruel,
inhuman or degrading treatment"), with the paragraphs under them. A heading that only continues the one before
("Reply to the issues raised in paragraph 16") belongs to the titled heading above it.

Used two ways: how close a paragraph's section is to a topic someone names (follow-ups draw on whole sections, not
only on the paragraphs a search ranks first), and the list of the dialogue's topics for the briefing pack (the State
report's titled sections, each with the UN, NGO and Committee paragraphs whose own sections say the same)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from prepbot.answering.text import terms
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.retrieval.sentence_vectors import SentenceScorer

# A replies document's heading under a titled one: "Reply to the issues raised in paragraph 16" (of the list of issues)
_REPLY_HEADING = r"reply to the issues raised in paragraphs?\s[\d, and]+"
_CONTINUATION = re.compile(rf"^(?:{_REPLY_HEADING}|\(?continued\)?)$", re.I)
_REPLIES_TO = re.compile(rf"\b{_REPLY_HEADING}", re.I)
_NUMBERING = re.compile(r"^(?:[A-Z]{1,2}\d*|\d+|[IVX]+)\.\s+")
_ARTICLES = re.compile(r"\s*\((?:arts?\.|articles?)[^)]*\)\s*", re.IGNORECASE)
MIN_SECTION_SHARE = 0.6  # a "section" holding more of a document than this says nothing about any topic


def clean_heading(heading: str) -> str:
    """The topic a heading names: numbering, article lists and "Reply to the issues raised in paragraph N" dropped."""
    parts = [part.strip() for part in heading.split(" — ")]
    titled = [p for p in parts if p and not _CONTINUATION.match(p)]
    text = titled[-1] if titled else ""
    text = _ARTICLES.sub(" ", _NUMBERING.sub("", text)).strip(" .;:")
    return re.sub(r"\s+", " ", text)


def replied_paragraphs(heading: str) -> set[str]:
    """The paragraph numbers of the list of issues a section's heading says it replies to ("Violence against women —
    Reply to the issues raised in paragraph 10": {"10"}); empty for any other heading."""
    return {number for match in _REPLIES_TO.finditer(heading) for number in re.findall(r"\d+", match.group(0))}


@dataclass
class Section:
    """A titled stretch of one document."""

    doc_id: str
    title: str
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def side(self) -> str:
        return self.paragraphs[0].author_type if self.paragraphs else ""


def sections_of(paragraphs: Sequence[Paragraph], documents: Mapping[str, DocumentEntry]) -> list[Section]:
    """Every document's titled sections in document order (summary records and untitled stretches left out)."""
    by_doc: dict[str, list[Paragraph]] = {}
    for paragraph in paragraphs:
        by_doc.setdefault(paragraph.doc_id, []).append(paragraph)
    found: list[Section] = []
    for doc_id, items in by_doc.items():
        document = documents.get(doc_id)
        if document is not None and "summary" in document.document_type.lower():
            continue
        current: Section | None = None
        for paragraph in items:
            title = clean_heading(paragraph.section or "")
            if title and (current is None or title != current.title):
                current = Section(doc_id, title)
                found.append(current)
            if current is not None:
                current.paragraphs.append(paragraph)
        for section in [s for s in found if s.doc_id == doc_id]:
            if len(section.paragraphs) > MIN_SECTION_SHARE * len(items) and len(items) > 10:
                found.remove(section)
    return found


class TopicIndex:
    """Section headings and how close each is to a topic. Safe to share between threads after construction."""

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        documents: Mapping[str, DocumentEntry],
        scorer: SentenceScorer | None,
        idf,
    ) -> None:
        self.sections = sections_of(paragraphs, documents)
        self.scorer = scorer
        self.idf = idf
        self.section_of: dict[str, Section] = {p.key: s for s in self.sections for p in s.paragraphs}
        self._vectors: Any = None

    def _heading_vectors(self):
        if self._vectors is None and self.scorer is not None:
            try:
                import numpy as np

                self._vectors = np.stack([self.scorer.encode_question(s.title) for s in self.sections])
            except Exception:  # the encoder is a refinement; headings still match by shared words
                self._vectors = False
        return self._vectors

    def fit(self, topic: str) -> list[float]:
        """How well each section's heading names the topic (0..1): meaning, and the topic's weighted words in it."""
        weights = {t: self.idf(t) for t in terms(topic)}
        total = sum(weights.values()) or 1.0
        vectors = self._heading_vectors()
        dense = None
        if vectors is not None and vectors is not False and self.scorer is not None:
            dense = vectors @ self.scorer.encode_question(topic)
        scores = []
        for index, section in enumerate(self.sections):
            heading_terms = set(terms(section.title))
            lexical = sum(w for t, w in weights.items() if t in heading_terms) / total
            value = lexical
            if dense is not None:
                value = max(lexical, float(dense[index])) * 0.7 + 0.3 * min(lexical, float(dense[index]))
            scores.append(value)
        return scores

    def relevance(self, topic: str, *, margin: float = 0.12, floor: float = 0.35) -> dict[str, float]:
        """Per paragraph key, how well its section fits the topic, for the sections of each document that fit best
        (within `margin` of that document's best, and above `floor`)."""
        scores = self.fit(topic)
        best_per_doc: dict[str, float] = {}
        for section, score in zip(self.sections, scores, strict=True):
            best_per_doc[section.doc_id] = max(best_per_doc.get(section.doc_id, 0.0), score)
        relevance: dict[str, float] = {}
        for section, score in zip(self.sections, scores, strict=True):
            if score < floor or score < best_per_doc[section.doc_id] - margin:
                continue
            for paragraph in section.paragraphs:
                relevance[paragraph.key] = max(relevance.get(paragraph.key, 0.0), score)
        return relevance
