"""Which paragraph of a held document a question asks for by number ("What does CCPR/C/KAZ/3 ¶206 say?",
"paragraph 15 of CCPR/C/GC/37", "пункт 44 CCPR/C/SR.4227"): such a question is answered with that paragraph, quoted
whole, or told that the document has no such paragraph, never with other paragraphs that share its words. And which
paragraph of a list of issues a question asks the reply to ("How did the State reply to paragraph 10 of
CCPR/C/KAZ/QPR/3?"): the State's written reply under that paragraph's heading then leads."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from prepbot.answering.entities import document_symbols
from prepbot.core.numbering import NUMBER_PATTERN

# "¶206", "paragraph 206", "para. 206", "paras 12", "пункт 206", "п. 206", "параграф 206", "абзац 206"; a decimal
# number whole ("¶2.3" of Views numbered 1.1, 1.2, 2.1 ...: never read as "¶2")
_NUMBER = re.compile(
    r"(?:¶\s*|\bparagraphs?\s+|\bparas?\.?\s+|(?<![\w-])(?:пункт\w*|параграф\w*|абзац\w*)\s+|(?<![\w-])п\.\s*)"
    rf"({NUMBER_PATTERN})(?!\d)(?![.,]\d)(?!\s*(?:and|to|or|и|или|по|-|–|,)\s*\d)",  # one, not "12 and 13", "12-14"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParagraphAsked:
    """A paragraph named by number in a document the corpus holds: its doc_id, its symbol as written, the number."""

    doc_id: str
    symbol: str
    number: str


def paragraph_asked(question: str, resolve: Callable[[str], str | None]) -> ParagraphAsked | None:
    """The one paragraph the question names by number, in the one held document it names by symbol (`resolve`: a
    symbol to its doc_id, None when the corpus does not hold it); None when it names no such pair, or several
    paragraphs or documents (that is a question to search, not a reference to look up)."""
    held = [(symbol, doc_id) for symbol in document_symbols(question) if (doc_id := resolve(symbol)) is not None]
    numbers = {match.group(1).lstrip("0") or "0" for match in _NUMBER.finditer(question)}
    if len({doc_id for _, doc_id in held}) != 1 or len(numbers) != 1:
        return None
    (symbol, doc_id), number = held[0], numbers.pop()
    return ParagraphAsked(doc_id, symbol, number)


# "How did the State reply to paragraph 10 ...", "respond to para. 16", "Что ответило государство на пункт 23" ("2.3"
# whole, not "2")
_REPLY_TO_PARAGRAPH = re.compile(
    r"\b(?:repl\w*|respon\w*|answer\w*)\b[^?]*?\b(?:paragraph|para\.?|¶)\s*(\d+(?:\.\d+)?)\b"
    r"|\bответ\w*[^?]*?\b(?:пункт\w*|п\.|¶)\s*(\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def paragraph_replied_to(question: str) -> str | None:
    """The number of the paragraph the question asks the reply to (a word of replying before it); None otherwise."""
    match = _REPLY_TO_PARAGRAPH.search(question)
    return None if match is None else match.group(1) or match.group(2)
