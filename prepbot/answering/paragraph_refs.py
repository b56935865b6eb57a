"""Which paragraph of a held document a question asks for by number ("What does CCPR/C/KAZ/3 ¶206 say?",
"paragraph 15 of CCPR/C/GC/37", "пункт 44 CCPR/C/SR.4227"): such a question is answered with that paragraph, quoted
whole, or told that the document has no such paragraph, never with other paragraphs that share its words. And which
paragraph of a list of issues a question asks the reply to ("How did the State reply to paragraph 10 of
CCPR/C/KAZ/QPR/3?"): the State's written reply under that paragraph's heading then leads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from prepbot.answering.entities import document_symbols
from prepbot.core.numbering import NUMBER_PATTERN
from prepbot.core.records import DocumentEntry

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


# A held document named by its kind rather than its symbol ("paragraph 253 of the State report", "пункт 31 перечня
# вопросов Комитета против пыток"), by the manifest's document_type: the kind's words, English and Russian
_KIND_NAMES = {
    "summary record": r"\bsummary record\b|(?<![\w-])кратк\w+\s+отч[её]т\w*",
    "state report": r"\b(?:state(?:\s+party)?|kazakhstan|government)['’]?s?\s+(?:written\s+|periodic\s+)?"
    r"(?:report|replies)\b"
    r"|(?<![\w-])доклад\w*\s+(?:государств\w*|казахстан\w*|правительств\w*|рк)(?![\w-])",
    "compilation": r"\bcompilation\b|(?<![\w-])(?:компиляци|подборк)\w*",
    "ngo submission": r"\bngo\s+(?:submission|report)\b|(?<![\w-])(?:доклад|представлени)\w*\s+нпо(?![\w-])",
    "list of issues": r"\blist of issues\b|(?<![\w-])переч\w*\s+вопрос\w*",
}
_KIND_PATTERNS = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _KIND_NAMES.items()}


def documents_of_kind(question: str, documents: Iterable[DocumentEntry]) -> list[DocumentEntry]:
    """The held documents of the kinds the question names ("the State report": the one whose document_type is a
    State report), among those given."""
    kinds = [kind for kind, pattern in _KIND_PATTERNS.items() if pattern.search(question)]
    return [document for document in documents if any(kind in document.document_type.lower() for kind in kinds)]


def paragraph_asked(
    question: str, resolve: Callable[[str], str | None], documents: Iterable[DocumentEntry] = ()
) -> ParagraphAsked | None:
    """The one paragraph the question names by number, in the one held document it names by symbol (`resolve`: a
    symbol to its doc_id, None when the corpus does not hold it) or, naming none, by its kind (`documents`: those
    held); None when it names no such pair, or several paragraphs or documents (that is a question to search, not a
    reference to look up)."""
    held = [(symbol, doc_id) for symbol in document_symbols(question) if (doc_id := resolve(symbol)) is not None]
    if not held and not document_symbols(question) and paragraph_replied_to(question) is None:
        # (not "How did the State reply to paragraph 10 of the list of issues?": the reply is asked, under its heading)
        held = [(document.symbol, document.doc_id) for document in documents_of_kind(question, documents)]
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
