"""The records every layer shares: documents, paragraphs and search hits (retrieval), and the citations, answers,
follow-ups and briefing packs the answering layer hands to the shells (console chat, Telegram, CLI JSON)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentEntry:
    """One document as the manifest (corpus/manifest.toml) describes it."""

    doc_id: str
    symbol: str
    title: str
    mechanism: str
    document_type: str
    author_type: str
    date: str
    language: str
    file: str


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph exactly as printed: the unit people cite."""

    doc_id: str
    symbol: str
    number: str  # as printed: "36"
    text: str  # the full paragraph text, page furniture and footnote bodies removed
    section: str | None = None  # nearest heading above it
    author_type: str = "state"  # state|committee|un|ngo; in a summary record, the speaker's side
    speaker: str | None = None  # summary record only: "Ms. Bassim", "A representative of Kazakhstan"
    speaker_role: str | None = None  # summary record only: "committee member" | "state delegation" | "chair"
    footnotes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        """Stable id used in the index, logs and LLM prompts: "<doc_id>:<number>"."""
        return f"{self.doc_id}:{self.number}"

    @property
    def citation(self) -> str:
        return f"{self.symbol} ¶{self.number}"

    @property
    def readable_footnotes(self) -> tuple[str, ...]:
        """The footnotes that say something: not a bare mark or number the conversion kept without its text ("22")."""
        return tuple(note for note in self.footnotes if any(char.isalpha() for char in note))


@dataclass(frozen=True)
class Hit:
    """A paragraph returned by search, with its fused score (higher is better; its scale is the fusion's, so it
    only orders the hits of one query) and, when the search computed it, `similarity`: the cosine of question and
    paragraph under the reference model (prepbot.retrieval.search.SIMILARITY_MODEL), comparable across questions."""

    paragraph: Paragraph
    score: float
    similarity: float | None = None


@dataclass(frozen=True)
class Citation:
    """A verbatim quote from one paragraph. Only quotes that passed `prepbot.answering.verify` are ever built into
    an Answer."""

    doc_id: str
    symbol: str
    paragraph: str
    quote: str
    attribution: str = ""  # who said it, for display: "The delegation told the Committee", "NGOs report"
    side: str = ""  # whose words (vocabulary.SIDES): the cited paragraph's author_type ("state" for the delegation)

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "symbol": self.symbol,
            "paragraph": self.paragraph,
            "side": self.side,
            "quote": self.quote,
        }

    @property
    def label(self) -> str:
        return f"{self.symbol} ¶{self.paragraph}"

    @property
    def key(self) -> str:
        """The cited paragraph's key, "<doc_id>:<number>" (Paragraph.key)."""
        return f"{self.doc_id}:{self.paragraph}"


@dataclass
class ContrastSide:
    """One side of a contrast answer: its strongest passage on the sub-point the sides are set against each other on,
    or none (`citations` empty) when that side is silent on it."""

    side: str  # vocabulary.SIDES
    label: str  # as shown: "NGOs", "НПО"
    citations: list[Citation] = field(default_factory=list)
    note: str | None = None  # shown instead of a quote when the side is silent on the point

    def to_json(self) -> dict:
        return {
            "side": self.side,
            "silent": not self.citations,
            "citations": [c.to_json() for c in self.citations],
            "note": self.note,
        }


@dataclass
class Answer:
    question: str
    text: str  # plain-text answer; quotes appear in `citations`, each rendered by the shell with its label
    citations: list[Citation]
    mode: str  # "extractive" | "llm"
    grounded: bool
    note: str | None = None  # e.g. why an LLM answer fell back to the extractive one
    abstain_reason: str | None = None  # when not grounded: why (answerability.ABSTAIN_REASONS)
    # a chat turn read with the question before it: how ("Read with your previous question, as: “...”."), shown first
    reading: str | None = None
    related: list[Citation] = field(default_factory=list)  # when not grounded: the nearest passages, not an answer
    contrast: list[ContrastSide] = field(default_factory=list)  # a question setting sides against each other
    hits: list[Hit] = field(default_factory=list)  # what retrieval returned, for the session log
    prompt_id: str | None = None
    prompt_hash: str | None = None
    model: str | None = None
    # why a configured model's answer was not used (prepbot.answering.llm.FALLBACK_REASONS); None when it was used or
    # no model is configured
    fallback_reason: str | None = None

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answer": self.text,
            "citations": [citation.to_json() for citation in self.citations],
            "mode": self.mode,
            "grounded": self.grounded,
            "abstain_reason": self.abstain_reason,
            "related": [citation.to_json() for citation in self.related],
            "contrast": [side.to_json() for side in self.contrast],
            "model": self.model,
            "note": self.note,
            "reading": self.reading,
            "fallback_reason": self.fallback_reason,
        }


@dataclass
class FollowupQuestion:
    text: str
    basis: str  # "state-vs-critic" | "unanswered" | "missing-data"
    citations: list[Citation]

    def to_json(self) -> dict:
        return {"text": self.text, "basis": self.basis, "citations": [c.to_json() for c in self.citations]}


@dataclass
class Followups:
    topic: str
    mode: str  # "template" | "llm"
    questions: list[FollowupQuestion]
    note: str | None = None
    prompt_id: str | None = None
    prompt_hash: str | None = None
    model: str | None = None
    fallback_reason: str | None = None  # as Answer.fallback_reason

    def to_json(self) -> dict:
        return {
            "topic": self.topic,
            "mode": self.mode,
            "questions": [q.to_json() for q in self.questions],
            "model": self.model,
            "note": self.note,
            "fallback_reason": self.fallback_reason,
        }


@dataclass
class BriefTopic:
    """One topic of a briefing pack: the anticipated questions (most likely first), the State's position, the UN and
    NGO concerns, and what the State left unanswered, each quoted."""

    title: str
    questions: list[FollowupQuestion]
    state: list[Citation] = field(default_factory=list)
    concerns: list[Citation] = field(default_factory=list)
    unanswered: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "questions": [q.to_json() for q in self.questions],
            "state": [c.to_json() for c in self.state],
            "concerns": [c.to_json() for c in self.concerns],
            "unanswered": [c.to_json() for c in self.unanswered],
        }


@dataclass
class Brief:
    """A briefing pack over the whole dialogue (or one topic of it), grouped into the topics the documents raise."""

    role: str | None  # "delegation" | "ngo" | None
    mode: str  # "template" | "llm"
    topics: list[BriefTopic]
    title: str = ""
    note: str | None = None
    prompt_hash: str | None = None
    model: str | None = None

    @property
    def question_count(self) -> int:
        return sum(len(topic.questions) for topic in self.topics)

    def to_json(self) -> dict:
        return {"role": self.role, "mode": self.mode, "topics": [topic.to_json() for topic in self.topics]}
