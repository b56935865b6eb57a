"""The interfaces between layers that have more than one implementation: what the answering layer and the engine need
of a searcher (prepbot.retrieval.search.Searcher; tests/fake_corpus.FakeSearcher for the offline unit tests)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from prepbot.core.records import DocumentEntry, Hit, Paragraph


class Retriever(Protocol):
    """Search over the corpus paragraphs, and the corpus itself."""

    def search(
        self,
        query: str,
        k: int = 5,
        source: str | None = None,
        doc_id: str | None = None,
        rerank: bool = True,
        doc_ids: Sequence[str] = (),
    ) -> list[Hit]:
        """The k best paragraphs for the query, best first; `source` one of vocabulary.SIDES; `doc_id` one document,
        `doc_ids` several. `rerank` False: the query is a passage, not a person's question (no question re-ranking)."""
        ...

    def documents(self) -> list[DocumentEntry]: ...

    def paragraphs(self) -> list[Paragraph]: ...

    def resolve_document(self, ref: str) -> str | None:
        """The doc_id of the document a user names by doc_id or symbol (case-insensitive); None if unknown."""
        ...

    def paragraph(self, ref: str, number: str | int) -> Paragraph | None: ...

    def warm_up(self) -> None: ...
