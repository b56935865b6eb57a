"""The records the answering side hands to the shells (console chat, Telegram, CLI JSON): answers, citations, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.model import Hit


@dataclass(frozen=True)
class Citation:
    """A verbatim quote from one paragraph. Only quotes that passed `prepbot.verify` are ever built into an Answer."""

    doc_id: str
    symbol: str
    paragraph: str
    quote: str
    attribution: str = ""  # who said it, for display: "The delegation told the Committee", "NGOs report"

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "symbol": self.symbol, "paragraph": self.paragraph, "quote": self.quote}

    @property
    def label(self) -> str:
        return f"{self.symbol} ¶{self.paragraph}"


@dataclass
class Answer:
    question: str
    text: str  # plain-text answer; quotes appear in `citations`, each rendered by the shell with its label
    citations: list[Citation]
    mode: str  # "extractive" | "llm"
    grounded: bool
    note: str | None = None  # e.g. why an LLM answer fell back to the extractive one
    hits: list[Hit] = field(default_factory=list)  # what retrieval returned, for the session log
    prompt_id: str | None = None
    prompt_hash: str | None = None
    model: str | None = None

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answer": self.text,
            "citations": [citation.to_json() for citation in self.citations],
            "mode": self.mode,
            "grounded": self.grounded,
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

    def to_json(self) -> dict:
        return {"topic": self.topic, "mode": self.mode, "questions": [q.to_json() for q in self.questions]}
