"""The briefing pack as a document: Markdown and DOCX (python-docx), worded by prompts/brief.toml. Citations read
`SYMBOL ¶N` and every quote is the verified, verbatim span (prepbot.core.records.Brief holds only those). A DOCX opens
in Word or LibreOffice for a coordinator to edit and print."""

from __future__ import annotations

import io
from collections.abc import Iterable

from prepbot.answering.prompts import PromptRegistry, basis_label, heading_label
from prepbot.core.records import Brief, Citation

FORMATS = ("md", "docx")


def _phrases(prompts: PromptRegistry, brief: Brief, language: str):
    prompt = prompts.get("brief")
    values = {"topic": brief.title, "role": brief.role or "", "questions": brief.question_count,
              "topics": len(brief.topics)}  # fmt: skip
    return lambda name: prompt.phrase(name, language, **values)


def _quote_line(citation: Citation) -> str:
    lead = f"{citation.attribution}: " if citation.attribution else ""
    return f"{lead}“{citation.quote}” ({citation.label})"


def render_markdown(brief: Brief, prompts: PromptRegistry, language: str = "en") -> str:
    """The pack as Markdown: a heading per topic, the questions numbered with their basis and quotes under them."""
    phrase = _phrases(prompts, brief, language)
    lines = [f"# {phrase('title')}", ""]
    if not brief.topics:
        return "\n".join([*lines, phrase("empty"), ""])
    lines += [phrase("intro"), ""]
    if brief.note:
        lines += [f"*{brief.note}*", ""]

    def quotes(heading: str, citations: Iterable[Citation]) -> None:
        lines.extend([f"### {heading}", ""])
        listed = [f"> {_quote_line(c)}" for c in citations]
        for line in listed or [phrase("nothing")]:
            lines.extend([line, ""])

    for number, topic in enumerate(brief.topics, start=1):
        title = heading_label(prompts.get("headings"), topic.title, language)
        lines += [f"## {number}. {title}", "", f"### {phrase('questions_heading')}", ""]
        if not topic.questions:  # a topic is in the pack for its questions or its issues: the limit took these
            lines += [phrase("questions_elsewhere"), ""]
        for index, question in enumerate(topic.questions, start=1):
            lines.append(f"{index}. **{question.text}**  ")
            lines.append(f"   *{phrase('basis')}: {basis_label(prompts.get('frame'), question.basis, language)}*")
            for citation in question.citations:
                lines.append(f"   - {_quote_line(citation)}")
            lines.append("")
        quotes(phrase("state_heading"), topic.state)
        quotes(phrase("concerns_heading"), topic.concerns)
        quotes(phrase("unanswered_heading"), topic.unanswered)
    return "\n".join(lines).rstrip() + "\n"


def render_docx(brief: Brief, prompts: PromptRegistry, language: str = "en") -> bytes:
    """The pack as a Word document (bytes): title, a heading per topic, numbered questions with their basis and
    quotes, then the State's position, the concerns and what was left unanswered."""
    from docx import Document
    from docx.shared import Pt

    phrase = _phrases(prompts, brief, language)
    document = Document()
    document.core_properties.title = phrase("title")
    document.core_properties.author = "prepbot"
    document.add_heading(phrase("title"), level=0)
    if not brief.topics:
        document.add_paragraph(phrase("empty"))
        return _bytes(document)
    document.add_paragraph(phrase("intro"))
    if brief.note:
        document.add_paragraph().add_run(brief.note).italic = True

    def quote(citation: Citation, *, indent: float = 0.0) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(18 + indent)
        paragraph.paragraph_format.space_after = Pt(4)
        if citation.attribution:
            paragraph.add_run(f"{citation.attribution}: ")
        paragraph.add_run(f"“{citation.quote}”").italic = True
        paragraph.add_run(f" ({citation.label})").bold = True

    def quotes(heading: str, citations: list[Citation]) -> None:
        document.add_heading(heading, level=2)
        if not citations:
            document.add_paragraph(phrase("nothing"))
        for citation in citations:
            quote(citation)

    for number, topic in enumerate(brief.topics, start=1):
        document.add_heading(f"{number}. {heading_label(prompts.get('headings'), topic.title, language)}", level=1)
        document.add_heading(phrase("questions_heading"), level=2)
        if not topic.questions:  # as in render_markdown
            document.add_paragraph(phrase("questions_elsewhere"))
        for index, question in enumerate(topic.questions, start=1):
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.add_run(f"{index}. ").bold = True
            paragraph.add_run(question.text).bold = True
            basis = document.add_paragraph()
            basis.paragraph_format.left_indent = Pt(18)
            label = basis_label(prompts.get("frame"), question.basis, language)
            basis.add_run(f"{phrase('basis')}: {label}").italic = True
            for citation in question.citations:
                quote(citation, indent=6)
        quotes(phrase("state_heading"), topic.state)
        quotes(phrase("concerns_heading"), topic.concerns)
        quotes(phrase("unanswered_heading"), topic.unanswered)
    return _bytes(document)


def _bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(brief: Brief, prompts: PromptRegistry, fmt: str, language: str = "en") -> bytes:
    """The pack in `fmt` ("md" or "docx") as bytes (Markdown in UTF-8)."""
    if fmt == "docx":
        return render_docx(brief, prompts, language)
    if fmt == "md":
        return render_markdown(brief, prompts, language).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
