"""Telegram HTML rendering of answers, follow-ups, paragraphs and the document list, split into messages < 4096.

Every string that comes from the corpus or from a user goes through `html.escape`. Each quote is a `<blockquote>`
followed by who said it and its citation (SYMBOL ¶N). Long output is split at block (paragraph) boundaries, never
inside a quote: a quote too long for one message is shortened with "[…]" (the "Full paragraph" button shows it all),
except in a full-paragraph view, where the paragraph is continued in a second blockquote.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prepbot.answering.attribution import unrepeated
from prepbot.answering.prompts import basis_label, shipped_prompts
from prepbot.answering.text import question_language
from prepbot.core.vocabulary import SIDE_LABELS
from prepbot.retrieval.standards import listing

if TYPE_CHECKING:
    from prepbot.answering.prompts import Prompt
    from prepbot.core.records import Answer, Citation, DocumentEntry, Followups, Paragraph

TELEGRAM_LIMIT = 4096
# Budget per message, measured in UTF-16 code units of the HTML source (Telegram counts the parsed text, which is
# never longer than its source), with room to spare.
MESSAGE_BUDGET = 4000
PHONE_SCREEN = 900  # the first message of an answer: what a phone shows without scrolling; the rest sits behind "More"
ELLIPSIS = " […]"
MIN_CONTINUATION = 300  # an oversize block starts in the current message only if this much room is left there
MAX_CITATION_PART = 200  # characters of a speaker or symbol shown in a citation line


def esc(text: object) -> str:
    """Escape any corpus or user string for Telegram HTML (quotes too, so it is safe inside attributes)."""
    return html.escape(str(text), quote=True)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Block:
    """One unit of a message: a run of text (`wrap` = HTML tags around it) or a quote with its citation line."""

    raw: str
    kind: str = "text"  # "text" | "quote"
    wrap: tuple[str, str] = ("", "")
    after: str = ""  # quote only: HTML placed after the blockquote (attribution and citation)
    continuable: bool = False  # quote only: may be continued in another blockquote instead of shortened
    heading: bool = False  # a heading: never the last thing of a message, it goes on with what it heads

    def html(self, raw: str | None = None, *, last_part: bool = True) -> str:
        body = esc(self.raw if raw is None else raw)
        if self.kind == "quote":
            after = f"\n{self.after}" if self.after and last_part else ""
            return f"<blockquote>{body}</blockquote>{after}"
        return f"{self.wrap[0]}{body}{self.wrap[1]}"


def _longest_fitting_prefix(raw: str, fits) -> int:
    """Largest n such that fits(raw[:n]); binary search (fits is monotone in n)."""
    low, high = 0, len(raw)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(raw[:middle]):
            low = middle
        else:
            high = middle - 1
    return low


def _cut_point(raw: str, limit: int) -> int:
    """Where to cut `raw` at or before `limit`: a line break, else a sentence end, else a space, else `limit`."""
    if limit >= len(raw):
        return len(raw)
    for separator in ("\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " "):
        position = raw.rfind(separator, 0, limit)
        if position > limit // 3:
            return position + len(separator)
    return max(limit, 1)


def _split_block(block: Block, budget: int, first_budget: int) -> list[str]:
    """Render a block that is too long for one message as several HTML pieces: the first within `first_budget`
    (what is left of the current message), the others within `budget`."""
    if block.kind == "quote" and not block.continuable:
        # Shorten the quote; the citation line stays after it.
        def fits(candidate: str) -> bool:
            return utf16_len(block.html(candidate.rstrip() + ELLIPSIS)) <= budget

        n = _longest_fitting_prefix(block.raw, fits)
        cut = _cut_point(block.raw, n)
        shortened = block.raw[:cut].rstrip() + ELLIPSIS
        if utf16_len(block.html(shortened)) > budget:  # the citation line alone is huge: drop to a bare cut
            shortened = block.raw[:n].rstrip() + ELLIPSIS
        return [block.html(shortened)]

    pieces: list[str] = []
    rest = block.raw
    while rest:
        room = first_budget if not pieces else budget
        final_html = block.html(rest, last_part=True)
        if utf16_len(final_html) <= room:
            pieces.append(final_html)
            break
        n = _longest_fitting_prefix(
            rest, lambda candidate, room=room: utf16_len(block.html(candidate, last_part=False)) <= room
        )
        cut = _cut_point(rest, n)
        piece, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        if piece:
            pieces.append(block.html(piece, last_part=False))
    return pieces


def pack(blocks: Iterable[Block], budget: int = MESSAGE_BUDGET) -> list[str]:
    """Join blocks into as few messages as fit the budget, breaking only between blocks (or inside an oversize one)."""
    messages: list[str] = []
    current: list[str] = []
    current_len = 0
    separator_len = 2  # "\n\n"

    def flush() -> None:
        nonlocal current, current_len
        if current:
            messages.append("\n\n".join(current))
        current, current_len = [], 0

    heading_last = False  # the last piece of `current` is a heading
    for block in blocks:
        rendered = block.html()
        if utf16_len(rendered) <= budget:
            pieces = [rendered]
        else:
            room = budget - current_len - separator_len if current else budget
            pieces = _split_block(block, budget, room if room >= MIN_CONTINUATION else budget)
        for piece in pieces:
            length = utf16_len(piece)
            if current and current_len + separator_len + length > budget:
                carried = current.pop() if heading_last and len(current) > 1 else None
                if carried is not None:  # a heading goes on to the next message with what it heads
                    current_len -= utf16_len(carried) + separator_len
                flush()
                if carried is not None:
                    current, current_len = [carried], utf16_len(carried)
            current.append(piece)
            current_len += length + (separator_len if len(current) > 1 else 0)
            heading_last = block.heading
    flush()
    return messages or [""]


# ----------------------------------------------------------------------------- answers


def attribution(citation: Citation, answer: Answer | None = None) -> str:
    """Who said it: the citation's own attribution, else the speaker or author side of the retrieved paragraph."""
    if citation.attribution:
        return citation.attribution
    if answer is not None:
        for hit in answer.hits:
            paragraph = hit.paragraph
            if paragraph.doc_id == citation.doc_id and paragraph.number == citation.paragraph:
                if paragraph.speaker:
                    return paragraph.speaker
                return SIDE_LABELS.get(paragraph.author_type, paragraph.author_type)
    return ""


def _clip(text: str, limit: int = MAX_CITATION_PART) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def citation_line(citation: Citation, who: str) -> str:
    label = f"<b>{esc(_clip(citation.label))}</b>"
    return f"— {esc(_clip(who))}, {label}" if who else f"— {label}"


def quote_block(citation: Citation, who: str) -> Block:
    return Block(citation.quote, kind="quote", after=citation_line(citation, who))


def _text_blocks(text: str, wrap: tuple[str, str] = ("", "")) -> list[Block]:
    """One block per paragraph of plain text (blank-line separated)."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [Block(part, wrap=wrap) for part in paragraphs if part]


def frame_words(frame: Prompt | None = None) -> Prompt:
    """The words around the quotes (prompts/frame.toml): the live prompt a shell passes, else as shipped."""
    return frame if frame is not None else shipped_prompts().get("frame")


def answer_blocks(answer: Answer, notice: str | None = None, frame: Prompt | None = None) -> list[Block]:
    """The answer's blocks in reading order: how a chat turn was read; the frame line; the answer itself (the key
    passage, or each contrasted side under its name, a silent side said so); then notes; then the supporting quotes,
    or a declined answer's related passages. The first part (up to the notes) is what `render_answer_screens` puts on
    the first screen."""
    return _lead_blocks(answer, notice, frame) + _rest_blocks(answer)


def _lead_blocks(answer: Answer, notice: str | None, frame: Prompt | None = None) -> list[Block]:
    # a chat turn read with the question before it: what it was read as, first
    blocks = _text_blocks(answer.reading, ("<i>", "</i>")) if answer.reading else []
    blocks += _text_blocks(answer.text)
    if answer.contrast:
        for side in answer.contrast:
            blocks.append(Block(side.label[:1].upper() + side.label[1:], wrap=("<b>", "</b>"), heading=True))
            blocks.extend(_lead_quote(citation, answer) for citation in side.citations)
            if side.note:
                blocks.extend(_text_blocks(side.note, ("<i>", "</i>")))
    elif answer.citations:
        blocks.append(_lead_quote(answer.citations[0], answer))
    for extra in (answer.note, notice):
        if extra:
            blocks.extend(_text_blocks(extra, ("<i>", "</i>")))
    if not blocks:
        blocks.append(Block(frame_words(frame).phrase("no_answer", question_language(answer.question))))
    return blocks


def _lead_quote(citation: Citation, answer: Answer) -> Block:
    """A leading quote may run on into the next message rather than be shortened: it is the answer."""
    block = quote_block(citation, attribution(citation, answer))
    return Block(block.raw, kind="quote", after=block.after, continuable=True)


def _rest_blocks(answer: Answer) -> list[Block]:
    led = {(c.key, c.quote) for side in answer.contrast for c in side.citations}
    led |= set() if answer.contrast or not answer.citations else {(answer.citations[0].key, answer.citations[0].quote)}
    rest = [c for c in answer.citations if (c.key, c.quote) not in led]
    # the lead-in the quote above already showed is not repeated (the lead quote's, for the first of the rest)
    above = attribution(answer.citations[0], answer) if answer.citations and not answer.contrast else ""
    who = unrepeated([attribution(citation, answer) for citation in rest], above)
    blocks = [quote_block(citation, lead_in) for citation, lead_in in zip(rest, who, strict=True)]
    who = unrepeated([attribution(citation, answer) for citation in answer.related])
    return blocks + [quote_block(citation, lead_in) for citation, lead_in in zip(answer.related, who, strict=True)]


def render_answer_screens(
    answer: Answer,
    notice: str | None = None,
    first_budget: int = PHONE_SCREEN,
    budget: int = MESSAGE_BUDGET,
    frame: Prompt | None = None,
) -> tuple[str, list[str]]:
    """The answer as a first message that fits a phone screen (the frame, the answer itself, notes) and the rest
    (supporting or related quotes, and whatever of the first part did not fit) as messages for a "More" button."""
    first, *overflow = pack(_lead_blocks(answer, notice, frame), first_budget)
    rest_blocks = _rest_blocks(answer)  # quotes only, no headings: each added whole or not at all
    while not overflow and rest_blocks:  # room left on the screen: the next supporting quotes, whole
        candidate = f"{first}\n\n{rest_blocks[0].html()}"
        if utf16_len(candidate) > first_budget:
            break
        first, rest_blocks = candidate, rest_blocks[1:]
    more = overflow + (pack(rest_blocks, budget) if rest_blocks else [])
    return first, more


def render_answer(
    answer: Answer, notice: str | None = None, budget: int = MESSAGE_BUDGET, frame: Prompt | None = None
) -> list[str]:
    """The answer as Telegram HTML messages: text, then each quote with attribution and citation, then notes."""
    return pack(answer_blocks(answer, notice, frame), budget)


def render_followups(
    followups: Followups, notice: str | None = None, budget: int = MESSAGE_BUDGET, frame: Prompt | None = None
) -> list[str]:
    words, language = frame_words(frame), question_language(followups.topic)
    blocks = [Block(words.phrase("followups_heading", language, topic=followups.topic), wrap=("<b>", "</b>"))]
    if not followups.questions:
        blocks.append(Block(words.phrase("no_followups", language, topic=followups.topic)))
    for number, question in enumerate(followups.questions, start=1):
        blocks.append(Block(f"{number}. {question.text}", wrap=("<b>", "</b>")))
        label = f"{words.phrase('basis', language)}: {basis_label(words, question.basis, language)}"
        blocks.append(Block(label, wrap=("<i>", "</i>")))
        for citation in question.citations:
            blocks.append(quote_block(citation, citation.attribution))
    for extra in (followups.note, notice):
        if extra:
            blocks.extend(_text_blocks(extra, ("<i>", "</i>")))
    return pack(blocks, budget)


def render_paragraph(paragraph: Paragraph, budget: int = MESSAGE_BUDGET) -> list[str]:
    """A whole paragraph: header (SYMBOL ¶N, speaker, section), the text as a quote, then its footnotes."""
    header = f"<b>{esc(paragraph.citation)}</b>"
    who = paragraph.speaker or SIDE_LABELS.get(paragraph.author_type, "")
    details = [part for part in (who, paragraph.section) if part]
    if details:
        header += "\n" + " · ".join(f"<i>{esc(part)}</i>" for part in details)
    blocks = [Block("", wrap=(header, "")), Block(paragraph.text, kind="quote", continuable=True)]
    if paragraph.readable_footnotes:
        blocks.append(Block("Footnotes: " + "; ".join(paragraph.readable_footnotes), wrap=("<i>", "</i>")))
    return pack(blocks, budget)


def render_documents(
    documents: Iterable[DocumentEntry], budget: int = MESSAGE_BUDGET, standards: bool = False
) -> list[str]:
    """The documents, one block each; the General Comments counted by committee (180 blocks are a dozen messages on
    a phone) unless `standards` (`/docs standards`), which lists them."""
    shown, counts = listing(documents, standards)
    blocks = [Block("Documents I answer from:", wrap=("<b>", "</b>"))]
    for document in shown:
        side = SIDE_LABELS.get(document.author_type, document.author_type)
        date = f", {document.date}" if document.date else ""
        blocks.append(Block(f"{document.title} ({side}{date})", wrap=(f"<b>{esc(document.symbol)}</b>\n", "")))
    if counts:
        heading = f"General Comments ({sum(count for _, count in counts)}; /docs standards lists them)"
        lines = "\n".join(f"{committee}: {count}" for committee, count in counts)
        blocks.append(Block(lines, wrap=(f"<b>{esc(heading)}</b>\n", "")))
    if len(blocks) == 1:
        blocks.append(Block("No documents in the corpus yet."))
    return pack(blocks, budget)
