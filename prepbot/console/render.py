"""Plain-text rendering of answers, follow-ups, paragraphs and the document list, for the console and the CLI. The
words around the quotes come from prompts/frame.toml, in Russian for a Russian question."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

from prepbot.answering.attribution import unrepeated
from prepbot.answering.prompts import basis_label, shipped_prompts
from prepbot.answering.text import question_language
from prepbot.retrieval.standards import listing

if TYPE_CHECKING:
    from prepbot.answering.prompts import Prompt
    from prepbot.core.records import Answer, Citation, DocumentEntry, Followups, Paragraph

WIDTH = 100


def _wrap(text: str, indent: str = "", width: int = WIDTH) -> str:
    """Wrap each line of `text` (blank lines kept) with the given indent."""
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        if not line.strip():
            lines.append(indent.rstrip())
            continue
        lines.extend(textwrap.wrap(line, width=width, initial_indent=indent, subsequent_indent=indent) or [indent])
    return "\n".join(lines)


def render_citation(citation: Citation, indent: str = "", attribution: str | None = None) -> str:
    """Attribution line (`attribution`, else the citation's own), the quote indented in quotation marks, then
    "— SYMBOL ¶N"."""
    parts = []
    who = citation.attribution if attribution is None else attribution
    if who:
        parts.append(_wrap(f"{who}:", indent))
    parts.append(_wrap(f"“{citation.quote}”", indent + "    "))
    parts.append(f"{indent}    — {citation.label}")
    return "\n".join(parts)


def _frame(frame: Prompt | None) -> Prompt:
    return frame if frame is not None else shipped_prompts().get("frame")


def render_answer(answer: Answer, frame: Prompt | None = None) -> str:
    """The answer as the console shows it: the frame line; a contrast side by side (each side under its label), or
    the key passage; notes; then the other quotes; a declined answer's related passages under their warning. `frame`:
    the live prompts/frame.toml (default: as shipped)."""
    words, language = _frame(frame), question_language(answer.question)
    parts = [_wrap(answer.reading)] if answer.reading else []  # a chat turn: what it was read as, first
    parts += [_wrap(answer.text.strip())] if answer.text.strip() else []
    shown: set[tuple[str, str]] = set()
    for side in answer.contrast:
        block = [f"── {side.label} ──"]
        block += [render_citation(citation, indent="  ") for citation in side.citations]
        block += [_wrap(side.note, "  ")] if side.note else []
        shown |= {(citation.key, citation.quote) for citation in side.citations}
        parts.append("\n".join(block))
    rest = [citation for citation in answer.citations if (citation.key, citation.quote) not in shown]
    if answer.contrast and rest:
        parts.append(f"── {words.phrase('more', language)} ──")
    who = unrepeated([citation.attribution for citation in rest])
    quoted = [render_citation(citation, attribution=lead_in) for citation, lead_in in zip(rest, who, strict=True)]
    # the note after the answer itself (the key passage, or the sides), before the supporting quotes, as on Telegram
    lead = 0 if answer.contrast else 1
    parts += quoted[:lead]
    if answer.note:
        parts.append(_wrap(f"{words.phrase('note', language)}: {answer.note}"))
    parts += quoted[lead:]
    who = unrepeated([citation.attribution for citation in answer.related])
    parts += [
        render_citation(citation, indent="  ", attribution=lead_in)
        for citation, lead_in in zip(answer.related, who, strict=True)
    ]
    return "\n\n".join(parts)


def render_followups_plain(followups: Followups, frame: Prompt | None = None) -> str:
    """Numbered questions, each with its basis and citations."""
    words, language = _frame(frame), question_language(followups.topic)
    parts = [words.phrase("followups_heading", language, topic=followups.topic)]
    if not followups.questions and not followups.note:
        parts.append(words.phrase("no_followups", language, topic=followups.topic))
    for number, question in enumerate(followups.questions, start=1):
        block = [textwrap.fill(f"{number}. {question.text}", width=WIDTH, subsequent_indent="   ")]
        block.append(f"   {words.phrase('basis', language)}: {basis_label(words, question.basis, language)}")
        for citation in question.citations:
            block.append(render_citation(citation, indent="   "))
        parts.append("\n".join(block))
    if followups.note:
        parts.append(_wrap(f"{words.phrase('note', language)}: {followups.note}"))
    return "\n\n".join(parts)


render_followups = render_followups_plain


def render_paragraph(paragraph: Paragraph) -> str:
    """Header (SYMBOL ¶N, speaker, section) and the full text."""
    header = [paragraph.citation]
    if paragraph.speaker:
        header.append(paragraph.speaker)
    if paragraph.section:
        header.append(paragraph.section)
    parts = [_wrap(" · ".join(header)), _wrap(paragraph.text)]
    if paragraph.readable_footnotes:
        notes = enumerate(paragraph.readable_footnotes, start=1)
        parts.append("\n".join(_wrap(f"[{n}] {note}", "  ") for n, note in notes))
    return "\n\n".join(parts)


def render_documents(documents: Iterable[DocumentEntry], standards: bool = False) -> str:
    """One line per document: symbol, date, author type and title; the General Comments counted by committee unless
    `standards` (`/docs standards`), which lists them."""
    shown, counts = listing(documents, standards)
    lines = []
    for document in shown:
        date = f" ({document.date})" if document.date else ""
        lines.append(f"{document.symbol}{date} [{document.author_type}] {document.title}")
    if counts:
        lines.append(f"General Comments ({sum(count for _, count in counts)}; /docs standards lists them):")
        lines += [f"  {committee}: {count}" for committee, count in counts]
    return "\n".join(lines) if lines else "No documents in the corpus."
