"""The records retrieval hands to the rest of prepbot: documents, paragraphs and search hits."""

from __future__ import annotations

from dataclasses import dataclass, field

AUTHOR_TYPES = ("state", "committee", "un", "ngo")


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


@dataclass(frozen=True)
class Hit:
    """A paragraph returned by search, with its fused score (higher is better; its scale is the fusion's, so it
    only orders the hits of one query) and, when the search computed it, `similarity`: the cosine of question and
    paragraph under the reference model (retrieval.search.SIMILARITY_MODEL), comparable across questions."""

    paragraph: Paragraph
    score: float
    similarity: float | None = None
