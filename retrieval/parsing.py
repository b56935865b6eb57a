"""Split corpus documents into their numbered paragraphs exactly as printed: the paragraph number is the citation.

One generic parser reads the formats the corpus holds (markdown-ish summary records, tab-numbered replies, OCR'd
line-wrapped text with stray footnote marks, web pages). It works on blocks of lines and decides for each block
whether it starts a numbered paragraph, continues the current one (page break, list item, sub-paragraph (a)),
is a heading, or is page furniture / a footnote body to be dropped. Numbering must run 1, 2, 3...: a numbered line
that breaks the sequence (002's "1. Women") is a heading, not a paragraph. A document numbered decimally, as Views on
individual communications are ("1.1 The author ...", "1.2", "2.1", a whole "8." between sections), runs so: the next
sub-number, the next section's first one or the next whole number (prepbot/core/numbering.py); the number is kept as
printed ("2.3") and is the citation.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from prepbot.core.errors import CorpusError
from prepbot.core.numbering import first_missing, is_decimal, missing_between, number_order, steps_between
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.vocabulary import CHAIR_ROLE, COMMITTEE_ROLES, DELEGATION_ROLE, MEMBER_ROLE
from prepbot.retrieval.manifest import load_manifest

# Bump when parsing output changes, so incremental ingest re-parses every document.
# 2: the Chair named from the record's header ("The Chair (Mr. Soh)"); 3: a table joins the paragraph before it;
# 4: recommendations in bold (their items, a number in bold, no speaker), paragraph numbers of four digits, a heading
# after a list, text under a heading after the last paragraph (an annex's), a table's caption in its paragraph;
# 5: a quoted article's own numbered lines in the paragraph that quotes it, a contents table's entries no paragraphs;
# 6: decimal paragraph numbers ("2.3 The author ...", Views on communications), which no document parsed before
# (the whole-number documents parse as before; a text once refused is read now); 7: a numbered quotation opened on
# the line that introduces it ("... provides: “1. Everyone ...") keeps its "2." (the corpus's texts parse as before)
PARSER_VERSION = "7"

# "12. Text", "12.\tText", "44,  Text" (an OCR slip for "44.")
MAX_NUMBERING_GAP = 50  # a paragraph number further ahead than this is taken for something else
# "1000. Text": four digits with a full stop only; such a number that is not the next paragraph's is read as text
NUMBERED_LINE = re.compile(r"^(?P<number>\d{1,3}(?=[.,])|\d{4}(?=\.))[.,][ \t]+(?P<rest>\S.*)$")
# "2.3 The author ...", "2.3.\tThe author ...": a decimal paragraph number (section 2, its third paragraph), read only
# in a document whose numbering is decimal (_decimal_numbering); elsewhere such a line is text ("2.5 million ...")
DECIMAL_NUMBERED_LINE = re.compile(r"^(?P<number>\d{1,3}\.\d{1,2})\.?[ \t]+(?P<rest>\S.*)$")
# a paragraph number inside bold type ("**3. The State party should:**", "**3.** The State party ..."), as concluding
# observations print their recommendations: the number is set before the emphasis
BOLD_NUMBER = re.compile(r"^(?P<indent>\s*)\*\*(?P<number>\d{1,4}\.)(?P<closed>\*\*)?[ \t]+(?!\*\*)")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
SUPERSCRIPT_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
FOOTNOTE_BODY_START = re.compile(f"^(?:[{SUPERSCRIPT_DIGITS}]+|\\*)\\s")
LIST_ITEM_START = re.compile(r"^(?:[–—•·▪‒-]\s|\(?[a-z]{1,4}\)\s|\(?\d{1,2}\)\s|\([ivx]+\)\s)")
# A quotation set out under a paragraph that numbers its own paragraphs: a block opening with a quotation mark and
# "1." ("“1. Everyone shall have the right ..."), as a treaty article quoted whole is printed; its "2.", "3." are the
# article's, up to the block that closes the quotation ("... or of public health or morals.”")
NUMBERED_QUOTATION_START = re.compile(r"^[“\"‘]\s*1\.\s")
# ... or opening inside the block that introduces it ("... provides: “1. Everyone shall ...", as a tight PDF or a
# drafter sets it on the introducing line)
NUMBERED_QUOTATION_INSIDE = re.compile(r":\s*[“\"‘]\s*1\.\s")
QUOTATION_END = re.compile(r"[”\"’][.,;)]?$")
# A contents table's entry ("1. Equality and non-discrimination ........ 14–17 5"): dot leaders, or the range of its
# paragraphs and its page at the end; no paragraph reads so
CONTENTS_ENTRY = re.compile(r"\.{5}|\d{1,4}\s*[–-]\s*\d{1,4}\s+\d{1,4}$")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
MARKDOWN_BULLET = re.compile(r"^\*\s+")
WHOLLY_BOLD = re.compile(r"^\*\*(?!\*)(.+?)\*\*$", re.S)
WHOLLY_ITALIC = re.compile(r"^\*(?!\*)(.+?)\*$", re.S)
BOLD_SPEAKER = re.compile(r"^\*\*(?P<name>[^*]{2,80}?)\*\*")
CHAIR_TITLES = r"chair|chairperson|chairman|chairwoman|president"  # how a record names who presides
# "*Chair:* Mr. Soh" in a summary record's header: who presided, whom its paragraphs call only "The Chair"
PRESIDING_LINE = re.compile(
    rf"^\W*(?:{CHAIR_TITLES})\W*:\W*(?P<name>(?:Mr|Ms|Mrs|Mme|Dr|Sir|Dame)\.?\s+[^*\n(]{{2,60}}?)\W*$",
    re.IGNORECASE,
)
THE_CHAIR = re.compile(rf"^(?:the\s+)?(?:{CHAIR_TITLES})$", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
MARKDOWN_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.S)

# Page furniture: UN job numbers ("GE.24-01234 (E)"), bare page numbers, "Page 3 of 20".
# A line holding only the document's own symbol is its running header and is dropped too.
PAGE_FURNITURE_LINES = (
    re.compile(r"^GE\.\d{2}-\d{4,6}\b.*$"),
    re.compile(r"^\d{1,4}$"),
    re.compile(r"^Page\s*\d{1,4}(?:\s+of\s+\d{1,4})?$", re.I),
)

# OCR'd footnote marks glued after a sentence's full stop: "review.! It", "2023.1", "control.*4", "consent.®> The"
OCR_MARK_CHARS = r"!?%*®©™°º>'’”\"$#&@^~|\\"
# A sentence (or clause) end, allowing for up to three OCR'd footnote marks after it: "rights.", "review.!", "2023.1"
SENTENCE_END = re.compile(rf"[.!?…]['’”\")]?[{OCR_MARK_CHARS}\d]{{0,3}}$")
# a table's or figure's caption in a paragraph ("Table 1. Number of complaints, by category", "Figure II"): no heading
CAPTION = re.compile(r"^(?:Table|Figure|Chart|Graph)\s+(?:\d+|[IVXL]+)\b")
TABLE_ROW = re.compile(r"\S \| \S")  # a table row as the converter writes it: its cells joined by " | "
FIGURE_WORD = re.compile(r"[(\[]?[-–+]?\d[\d,.\u00a0]*%?[)\]]?[.,;:]?")
CLAUSE_END = re.compile(rf"[.!?…:;]['’”\")]?[{OCR_MARK_CHARS}\d]{{0,3}}$")
OCR_MARK_AFTER_STOP = re.compile(rf"(?<=[\w)\]”’])\.([{OCR_MARK_CHARS}\d]{{1,4}})(?=\s+[A-Z“\"(]|\s*$)")
OCR_LETTER_MARK_AT_END = re.compile(r"(?<=[a-z]{2})\.[a-z]$")
OCR_SPACED_MARK_AT_END = re.compile(rf"(?<=\.)\s+\d{{1,3}}[{OCR_MARK_CHARS}]*$")
OCR_SYMBOL_MARK = re.compile(rf"[®©™°º][{OCR_MARK_CHARS}\d]*")

TEXT_NORMALISATION = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2011": "-",  # non-breaking hyphen
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte-order mark
        "\r": None,
    }
)


@dataclass
class _Block:
    """Lines that belong together: a paragraph start with its wrapped lines, a heading, a footnote..."""

    lines: list[str]
    indented: bool  # first line began with whitespace (a page-break line in OCR text, a heading in tab format)

    @property
    def first(self) -> str:
        return self.lines[0]

    def joined(self) -> str:
        return _join_lines(self.lines)


@dataclass
class _ParagraphDraft:
    number: str
    pieces: list[str]
    section: str | None
    speaker: str | None
    speaker_role: str | None

    def raw_text(self) -> str:
        return " ".join(self.pieces)


def parse_document(entry: DocumentEntry, text: str) -> list[Paragraph]:
    """The document's numbered paragraphs, in order; raises CorpusError if it has none."""
    lines = [line.rstrip() for line in text.translate(TEXT_NORMALISATION).split("\n")]
    lines = [line for line in lines if not _is_page_furniture(line.strip(), entry.symbol)]
    lines = [_number_before_emphasis(line) for line in lines]
    decimal = _decimal_numbering(lines)
    blocks = _blocks(lines, decimal)
    wrapped = _looks_line_wrapped(blocks, decimal)

    drafts: list[_ParagraphDraft] = []
    heading_group: list[str] = []  # the last two consecutive headings
    section: str | None = None
    last_was_heading = False
    headed = False  # a heading came after the last paragraph began: what follows it is not that paragraph's text
    in_footnotes = False  # inside a run of footnote bodies
    speaker: str | None = None
    speaker_role: str | None = None

    quoted: int | None = None  # inside a numbered quotation (NUMBERED_QUOTATION_START): the number it reached

    next_numbers = _next_numbers(blocks, decimal)
    presiding = _presiding_officer(lines)
    for index, block in enumerate(blocks):
        current = drafts[-1] if drafts else None
        first = block.first.strip()
        numbered = _numbered_line(first, decimal)
        paragraph_text = _join_lines([numbered.group("rest"), *block.lines[1:]]) if numbered else ""
        if quoted is not None and current is not None and numbered:
            number = numbered.group("number")
            if not is_decimal(number) and int(number) == quoted + 1:  # the quotation's own "2. Everyone ...": its text
                current.pieces.append(block.joined())
                quoted = None if QUOTATION_END.search(_plain(block.joined())) else quoted + 1
                continue
            quoted = None  # the document's own numbering: the quotation ended where no closing mark showed it
        if numbered and _accepts_number(numbered.group("number"), paragraph_text, drafts, next_numbers[index]):
            speaker_match = BOLD_SPEAKER.match(paragraph_text)
            # a speaker's name in bold is followed by what was said ("**Ms. Bassim** said that ..."); a paragraph
            # in bold throughout is a recommendation ("**The State party should:**"), no one's name
            if speaker_match and paragraph_text[speaker_match.end() :].strip():
                speaker = speaker_match.group("name").strip().rstrip(",:;").strip()
                speaker_role = _speaker_role(speaker)
                if presiding and THE_CHAIR.match(speaker):  # "The Chair (Mr. Soh)": a question may name him
                    speaker = f"{speaker} ({presiding})"
            drafts.append(
                _ParagraphDraft(
                    number=numbered.group("number"),
                    pieces=[paragraph_text],
                    section=section,
                    speaker=speaker,
                    speaker_role=speaker_role,
                )
            )
            quoted = _quotation_opened(paragraph_text)
            in_footnotes = False
            last_was_heading = False
            headed = False
            continue

        # "2023. The ..." is no paragraph number (more than 50 ahead of the last): text, not a numbered heading; nor is
        # a figure that starts a wrapped line of a paragraph cut mid-sentence ("... a demonstration of" / "2.5 million")
        number = numbered.group("number") if numbered else ""
        numbered_heading = bool(number) and len(number.split(".")[0]) < 4
        if numbered_heading and is_decimal(number) and _cut_mid_sentence(current, wrapped):
            numbered_heading = False
        kind = _classify(block, numbered_heading, current, wrapped, in_footnotes)
        if kind == "continuation" and headed and _ended(current, block, wrapped):
            kind = "preamble"  # text under a heading after the last paragraph ("Annex", its prose): no paragraph's
        if kind == "continuation" and current is not None:
            quoted = _quotation_after(block, quoted, current)
            current.pieces.append(MARKDOWN_BULLET.sub("", block.joined()))
            in_footnotes = False
            last_was_heading = False
        elif kind == "heading":
            quoted = None
            heading = _clean_heading(block.joined())
            headed = headed or bool(heading)
            if heading:
                # a heading under a heading keeps its parent: "B. Rights of specific persons or groups — 1. Women"
                heading_group = [*heading_group[-1:], heading] if last_was_heading else [heading]
                section = " — ".join(heading_group)
                last_was_heading = True
            in_footnotes = False
        elif kind == "footnote":
            in_footnotes = True
        else:
            last_was_heading = False
        # "note" (procedural italics such as "The meeting rose at 1 p.m.") and preamble text are dropped

    if not drafts:
        raise CorpusError(
            f"document {entry.doc_id!r} ({entry.file}) has no numbered paragraphs "
            '(expected lines such as "1. Text" or "1.<tab>Text")'
        )
    return [_finish(entry, draft, wrapped) for draft in drafts]


def load_corpus(corpus_dir: Path, standards: str = "all") -> list[tuple[DocumentEntry, list[Paragraph]]]:
    """Every manifest document with its paragraphs, in manifest order, then the General Comments of the standards
    layer that `standards` selects (PREPBOT_STANDARDS: all | none | doc_id/symbol patterns)."""
    return load_corpus_with_notes(corpus_dir, standards)[0]


def load_corpus_with_notes(
    corpus_dir: Path, standards: str = "all"
) -> tuple[list[tuple[DocumentEntry, list[Paragraph]]], list[str]]:
    """load_corpus, and the standards importer's notes on flaws in its data (retrieval/standards.py)."""
    from prepbot.retrieval.manifest import standards_folder
    from prepbot.retrieval.standards import load_standards

    corpus_dir = Path(corpus_dir)
    documents = []
    for entry in load_manifest(corpus_dir):
        documents.append((entry, parse_document(entry, read_document_text(corpus_dir, entry))))
    if (standards or "all").strip().lower() == "none":  # the folder is not needed, nor even read
        return documents, []
    folder = standards_folder(corpus_dir)
    if folder is None:
        return documents, []
    imported = load_standards(folder, standards, corpus_dir)
    taken = {entry.doc_id for entry, _ in documents}
    for entry, _ in imported.documents:
        if entry.doc_id in taken:
            raise CorpusError(f"standards: doc_id {entry.doc_id!r} is also a manifest document's; rename one of them")
    return documents + imported.documents, imported.notes


def read_document_text(corpus_dir: Path, entry: DocumentEntry) -> str:
    path = Path(corpus_dir) / entry.file
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise CorpusError(f"document {entry.doc_id!r}: file {path} is missing") from error
    except UnicodeDecodeError as error:
        raise CorpusError(f"document {entry.doc_id!r}: {path} is not UTF-8 text ({error})") from error


def document_hash(corpus_dir: Path, entry: DocumentEntry) -> str:
    """Content hash for incremental ingest: file bytes + manifest entry + parser version."""
    from prepbot.retrieval.standards import IMPORTER_VERSION, STANDARD

    digest = hashlib.sha256()
    digest.update(f"parser={PARSER_VERSION}\n".encode())
    if entry.author_type == STANDARD:
        digest.update(f"standards-importer={IMPORTER_VERSION}\n".encode())
    for name in ("doc_id", "symbol", "title", "mechanism", "document_type", "author_type", "date", "language", "file"):
        digest.update(f"{name}={getattr(entry, name)}\n".encode())
    try:
        digest.update((Path(corpus_dir) / entry.file).read_bytes())
    except FileNotFoundError as error:
        raise CorpusError(f"document {entry.doc_id!r}: file {entry.file} is missing from {corpus_dir}") from error
    return digest.hexdigest()


@dataclass(frozen=True)
class NumberingReport:
    """How a document's paragraph numbers run: first, last, missing numbers and repeated numbers."""

    count: int
    first: str | None
    last: str | None
    gaps: list[str]
    duplicates: list[str]


def numbering_report(paragraphs: list[Paragraph]) -> NumberingReport:
    """Whole numbers: every number from 1 to the highest that no paragraph has is a gap. Decimal numbers (2.1, 2.3):
    the numbers missing before the first and between each paragraph and the next (2.2; a section none of whose
    paragraphs is printed by its whole number)."""
    printed = [paragraph.number for paragraph in paragraphs]
    seen: set[tuple[int, int]] = set()
    duplicates: list[str] = []
    for number in printed:
        whole, sub = number_order(number)
        shown = f"{whole}.{sub}" if is_decimal(number) else str(whole)
        if (whole, sub) in seen and shown not in duplicates:
            duplicates.append(shown)
        seen.add((whole, sub))
    if any(is_decimal(number) for number in printed):
        following = [gap for last, number in pairwise(printed) for gap in missing_between(last, number)]
        gaps = list(dict.fromkeys(first_missing(printed[0]) + following))
    else:
        numbers = [int(number) for number in printed]
        gaps = [str(n) for n in range(1, max(numbers) + 1) if (n, 0) not in seen] if numbers else []
    return NumberingReport(
        count=len(paragraphs),
        first=paragraphs[0].number if paragraphs else None,
        last=paragraphs[-1].number if paragraphs else None,
        gaps=gaps,
        duplicates=duplicates,
    )


def numbered_paragraphs_left_out(text: str, paragraphs: list[Paragraph]) -> list[str]:
    """The numbers of lines printed as numbered paragraphs ("1. Grade A means that the reply ...": a number, then a
    sentence) whose words are in none of the parsed paragraphs: numbering that starts again (an annex numbered from
    1) or runs backwards. The parser takes the numbering 1..N once; these would be left out of the index unseen."""

    def letters(text: str) -> str:  # footnote marks, emphasis and spacing aside
        return "".join(char for char in text.lower() if char.isalpha())

    held = "".join(letters(paragraph.text) for paragraph in paragraphs)
    lines = text.translate(TEXT_NORMALISATION).split("\n")
    decimal = _decimal_numbering(lines)  # as parse_document reads the numbering: "2.1" in a whole-numbered text too
    left_out = []
    for line in lines:
        numbered = _numbered_line(line.strip(), decimal)
        if numbered is None:
            continue
        rest = numbered.group("rest").strip()
        if len(rest) >= 40 and CLAUSE_END.search(rest) and letters(rest)[:50] not in held:
            left_out.append(numbered.group("number"))
    return left_out


# --- blocks -----------------------------------------------------------------------------------------------------


def _is_page_furniture(line: str, symbol: str) -> bool:
    if not line:
        return False
    if line == symbol:
        return True
    return any(pattern.match(line) for pattern in PAGE_FURNITURE_LINES)


def _decimal_numbering(lines: list[str]) -> bool:
    """Whether the document numbers its paragraphs decimally (DECIMAL_NUMBERED_LINE): two lines so numbered, the
    second coming right after the first in that numbering ("1.1 ..." then "1.2 ..." or "2.1 ...", whole-numbered
    lines between them aside), each opening a paragraph rather than a numbered heading ("1.1 Background", as some
    reports number their sections). A figure at a line start ("2.5 million ...") leaves a document whole-numbered."""
    # each decimal-numbered line's number and its text up to a blank or numbered line
    opened: list[tuple[str, str]] = []
    open_text = False
    for line in lines:
        stripped = line.strip()
        decimal = DECIMAL_NUMBERED_LINE.match(stripped)
        if decimal is not None:
            opened.append((decimal.group("number"), decimal.group("rest")))
            open_text = True
        elif not stripped or NUMBERED_LINE.match(stripped):
            open_text = False
        elif open_text:
            opened[-1] = (opened[-1][0], _join_lines([opened[-1][1], stripped]))
    return any(
        steps_between(number, next_number) == 1 and not _is_heading_like(text) and not _is_heading_like(next_text)
        for (number, text), (next_number, next_text) in pairwise(opened)
    )


def _numbered_line(line: str, decimal: bool) -> re.Match[str] | None:
    """The line's paragraph number and the text after it ("12. Text"; in a decimally numbered document "2.3 Text"
    too), None when it opens with none."""
    numbered = NUMBERED_LINE.match(line)
    if numbered is None and decimal:
        return DECIMAL_NUMBERED_LINE.match(line)
    return numbered


def _blocks(lines: list[str], decimal: bool) -> list[_Block]:
    """Group lines: a blank line, an indented line, a numbered line or a footnote body starts a new block."""
    blocks: list[_Block] = []
    current: _Block | None = None
    for line in lines:
        if not line.strip():
            current = None
            continue
        stripped = line.strip()
        starts_new = (
            line[0].isspace()
            or _numbered_line(stripped, decimal) is not None
            or FOOTNOTE_BODY_START.match(stripped) is not None
            or MARKDOWN_HEADING.match(stripped) is not None
        )
        if current is None or starts_new:
            current = _Block(lines=[stripped], indented=line[0].isspace())
            blocks.append(current)
        else:
            current.lines.append(stripped)
    return blocks


def _looks_line_wrapped(blocks: list[_Block], decimal: bool) -> bool:
    """OCR'd/PDF text: most paragraphs run over several hard-wrapped lines."""
    numbered = [
        block for block in blocks if _numbered_line(block.first, decimal) and not _is_heading_like(block.joined())
    ]
    if not numbered:
        return False
    multi_line = sum(1 for block in numbered if len(block.lines) > 1)
    return multi_line > len(numbered) / 2


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = line.strip()
        if not text:
            text = line
        elif re.search(r"[A-Za-z]-$", text) and line[:1].islower():
            text += line  # "community-\nbased" -> "community-based"
        else:
            text += " " + line
    return text


def _next_numbers(blocks: list[_Block], decimal: bool) -> list[str | None]:
    """For each block, the number on the next numbered block after it (None at the end)."""
    following: list[str | None] = []
    upcoming: str | None = None
    for block in reversed(blocks):
        following.append(upcoming)
        numbered = _numbered_line(block.first, decimal)
        if numbered:
            upcoming = numbered.group("number")
    return following[::-1]


def _accepts_number(number: str, rest: str, drafts: list[_ParagraphDraft], next_number: str | None) -> bool:
    """Is this numbered line the next paragraph? Numbering runs 1..N (or 1.1, 1.2, 2.1 ..., with whole numbers
    between: prepbot/core/numbering.py); a gap or a number printed twice is taken (and reported by numbering_report)
    when the line is a paragraph and the numbering goes on from it; anything else is a numbered heading or a list
    inside a paragraph."""
    on_to_next = None if next_number is None else steps_between(number, next_number)  # how far the next line goes on
    if on_to_next == 0 and _is_heading_like(rest):
        return False  # "1. Women" directly followed by "1. The Committee ...": the first is a heading
    opens_section = next_number is not None and number_order(next_number) == (number_order(number)[0], 1)
    if opens_section and not is_decimal(number) and _is_heading_like(rest):
        return False  # "2. The facts" directly followed by "2.1 The author ...": the first is the section's heading
    if CONTENTS_ENTRY.search(_plain(rest)):
        return False  # a contents table's entry (CONTENTS_ENTRY), read as a numbered heading
    if not drafts:
        start = steps_between("0", number)  # how far into the numbering it starts: "1" and "1.1" at once
        return start == 1 or (start is not None and start <= 5 and _is_prose(rest))
    steps = steps_between(drafts[-1].number, number)
    if steps is None:
        return False  # backwards, or beside the last number ("2.1" after a whole "2")
    if steps == 1:
        return True
    # the next numbered line follows this one, or repeats its number (printed twice), or there is none
    goes_on = next_number is None or on_to_next == 1 or (on_to_next == 0 and not _is_heading_like(rest))
    if steps == 0 and on_to_next == 2:  # "6, 6, 8": printed twice where 7 was meant, reported
        goes_on = True
    sentence = CLAUSE_END.search(rest.rstrip()) is not None
    if 1 < steps <= 3:  # one or two numbers missing (lost to OCR, or not printed)
        return _is_prose(rest) or (goes_on and sentence)
    if steps == 0:  # printed twice: kept and reported when it reads as a paragraph, not a heading
        return goes_on and (_is_prose(rest) or (sentence and not _is_heading_like(rest)))
    if 3 < steps <= MAX_NUMBERING_GAP:  # a longer gap
        return goes_on and _is_prose(rest)
    return False


def _is_prose(text: str) -> bool:
    return len(text) >= 120 and bool(CLAUSE_END.search(text.rstrip()))


def _classify(block: _Block, numbered: bool, current: _ParagraphDraft | None, wrapped: bool, in_footnotes: bool) -> str:
    """continuation | heading | footnote | note | preamble, for a block that does not start a paragraph."""
    first = block.first
    text = block.joined()
    current_text = _settled_text(current.raw_text(), wrapped) if current is not None else ""
    if FOOTNOTE_BODY_START.match(first):
        # "* item" after "... as follows:" is a markdown bullet, not the "* Adopted by ..." footnote
        return "continuation" if first[0] == "*" and current_text.endswith((":", ";")) else "footnote"
    if current is not None and not in_footnotes and (TABLE_ROW.search(text) or _mostly_figures(text)):
        return "continuation"  # a table's row after a paragraph ("2023 | 1,356 | 402"): its figures belong to it
    if current is not None and not in_footnotes and CAPTION.match(_plain(text)):
        return "continuation"  # "Table 1. Number of complaints, by category": the table's title, in its paragraph
    if WHOLLY_BOLD.match(text) and current is not None and not in_footnotes and _bold_item(text, current_text):
        return "continuation"  # "(a) Ensure that ...;" in bold, under "The State party should:"
    if MARKDOWN_HEADING.match(first) or WHOLLY_BOLD.match(text):
        return "heading"
    if WHOLLY_ITALIC.match(text):
        return "note" if current is not None else "heading"
    if numbered:
        # "1. Women": a numbered line out of the paragraph sequence (among footnotes: a footnote's own number)
        return "footnote" if in_footnotes else "heading"

    if first[:1].islower():
        if current is None:
            return "preamble"
        # lowercase text after a finished sentence, among footnotes or at an OCR page break, is a footnote body
        if SENTENCE_END.search(current_text) and (in_footnotes or (wrapped and block.indented)):
            return "footnote"
        return "continuation"
    if in_footnotes:
        return "heading" if _is_heading_like(text) else "footnote"
    if current is not None and LIST_ITEM_START.match(first):
        return "continuation"
    if current is not None and not CLAUSE_END.search(current_text) and not _heading_after_items(current, text):
        return "continuation"  # the paragraph stopped mid-sentence at a page break
    if _is_heading_like(text):
        return "heading"
    if wrapped and block.indented and current is not None and _looks_like_footnote(text):
        return "footnote"
    return "continuation" if current is not None else "preamble"


def _quotation_after(block: _Block, quoted: int | None, current: _ParagraphDraft) -> int | None:
    """Where a numbered quotation stands after a block of the paragraph's text (NUMBERED_QUOTATION_START): opened by
    "“1. ..." right after the paragraph's words that introduce it ("Article 19 of the Covenant provides:"), closed by
    a block ending in a closing quotation mark, else as it was."""
    text = _plain(block.joined())
    if QUOTATION_END.search(text):
        return None
    introduced = _plain(current.pieces[-1]).endswith(":") if current.pieces else False
    return 1 if introduced and NUMBERED_QUOTATION_START.match(text) else _quotation_opened(text) or quoted


def _quotation_opened(text: str) -> int | None:
    """1 when a block opens a numbered quotation after the words that introduce it, on one line ("... provides: “1.
    Everyone shall ...") and does not close it; else None."""
    plain = _plain(text)
    return 1 if NUMBERED_QUOTATION_INSIDE.search(plain) and not QUOTATION_END.search(plain) else None


def _ended(current: _ParagraphDraft | None, block: _Block, wrapped: bool) -> bool:
    """The paragraph ended at a full sentence and the block does not go on with it in lower case: text under a
    heading after it is not its own (a paragraph cut mid-sentence by a stray heading-like line still is)."""
    if current is None or block.first[:1].islower():
        return False
    return CLAUSE_END.search(_settled_text(current.raw_text(), wrapped)) is not None


def _cut_mid_sentence(current: _ParagraphDraft | None, wrapped: bool) -> bool:
    """The paragraph so far stops where no clause ends ("... at a demonstration of"): what follows goes on with it."""
    return current is not None and CLAUSE_END.search(_settled_text(current.raw_text(), wrapped)) is None


def _heading_after_items(current: _ParagraphDraft, text: str) -> bool:
    """A heading under a paragraph that ends in a list or a table ("• Ministry of Health" / "Supported
    decision-making"): its last item ends without a full stop, as items and table rows do, not mid-sentence."""
    last = _plain(current.pieces[-1]) if current.pieces else ""
    ends_in_items = len(current.pieces) > 1 and (LIST_ITEM_START.match(last) is not None or TABLE_ROW.search(last))
    return bool(ends_in_items) and _is_heading_like(text) and not text[:1].islower()


def _bold_item(text: str, current_text: str) -> bool:
    """A block in bold type that goes on with the paragraph before it rather than heading what follows: an item of the
    list the paragraph opens ("The State party should:" / "(a) Ensure that ...;") or of a list, read as a sentence
    (it is no heading: headings end in no clause end). Concluding observations print their recommendations so."""
    plain = _plain(text)
    opens_list = current_text.rstrip().endswith((":", ";"))
    return not _is_heading_like(text) and (opens_list or LIST_ITEM_START.match(plain) is not None)


def _number_before_emphasis(line: str) -> str:
    """The number of a line in bold set before the emphasis: "**3. Text**" -> "3. **Text**", "**3.** Text" -> "3. Text"
    (BOLD_NUMBER)."""
    match = BOLD_NUMBER.match(line)
    if match is None:
        return line
    emphasis = "" if match.group("closed") else "**"
    return f"{match.group('indent')}{match.group('number')} {emphasis}{line[match.end() :]}"


def _mostly_figures(text: str) -> bool:
    """A line of a table laid out as text ("Year Notifications Refusals 2022 1,204 311 2023 1,356 402"): at least
    three figures, two of them of three digits or more, and at least half its words figures. No heading reads so
    ("Counter-terrorism measures (arts. 2, 7, 9-10, 14, 19, 21 and 22)" has article numbers only)."""
    words = _plain(text).split()
    figures = [word for word in words if FIGURE_WORD.fullmatch(word)]
    large = [word for word in figures if sum(char.isdigit() for char in word) >= 3]
    return len(figures) >= 3 and len(large) >= 2 and 2 * len(figures) >= len(words)


def _is_heading_like(text: str) -> bool:
    if len(text) > 400:  # markup cannot shrink a long block to heading length
        return False
    plain = _plain(text).strip()
    if not plain or len(plain) > 220:
        return False
    if plain.endswith(",") or CLAUSE_END.search(plain):
        return False
    return plain[0].isupper() or plain[0].isdigit() or plain[0] in '(“"•.'


def _looks_like_footnote(text: str) -> bool:
    references = len(re.findall(r"\bparas?\.\s*\d|\b[A-Z]{2,}[A-Za-z]*/[A-Z]|https?://|\bIbid\b", text))
    return references >= 2 or text.startswith(("See ", "Ibid"))


def _presiding_officer(lines: list[str]) -> str:
    """The name the header gives the meeting's Chair ("*Chair:* Mr. Soh" -> "Mr. Soh"), read before the first
    numbered paragraph; "" when there is none (every document but a summary record)."""
    for line in lines:
        if NUMBERED_LINE.match(line.strip()):
            return ""
        match = PRESIDING_LINE.match(_plain(line))
        if match:
            return match.group("name").strip()
    return ""


def _speaker_role(speaker: str) -> str:
    lowered = speaker.lower()
    if re.search(r"\b(representative|delegation|delegate|minister|ambassador|permanent mission)\b", lowered):
        return DELEGATION_ROLE
    if re.match(rf"^(the\s+)?({CHAIR_TITLES}|vice-chair)\b", lowered):
        return CHAIR_ROLE
    return MEMBER_ROLE


# --- text cleaning -----------------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Markup and footnote marks removed, whitespace normalised: the text people read and quote."""
    text = MARKDOWN_LINK.sub(r"\1", text)
    text = MARKDOWN_BOLD.sub(r"\1", text)
    text = MARKDOWN_ITALIC.sub(r"\1", text)
    text = MARKDOWN_HEADING.sub("", text)
    text = SUPERSCRIPT_RUN.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _settled_text(text: str, wrapped: bool) -> str:
    plain = _plain(text)
    return _strip_ocr_marks(plain) if wrapped else plain


def _clean_heading(text: str) -> str:
    return re.sub(r"^[^\w“\"(]+", "", _plain(text)).strip(" *")  # ". Background" (OCR lost the "I")


def _strip_ocr_marks(text: str) -> str:
    def after_stop(match: re.Match) -> str:
        marks = match.group(1)
        if "”" in marks:
            before = text[: match.start()]
            if before.count("“") > before.count("”"):  # a real closing quote after the full stop
                return "." + marks[: marks.index("”") + 1]
        return "."

    text = OCR_MARK_AFTER_STOP.sub(after_stop, text)
    text = OCR_SYMBOL_MARK.sub("", text)
    text = OCR_LETTER_MARK_AT_END.sub(".", text)
    text = OCR_SPACED_MARK_AT_END.sub("", text)
    return text


def _finish(entry: DocumentEntry, draft: _ParagraphDraft, wrapped: bool) -> Paragraph:
    raw = draft.raw_text()
    footnotes = tuple(run.translate(SUPERSCRIPT_TO_ASCII) for run in SUPERSCRIPT_RUN.findall(raw))
    text = _plain(raw)
    if wrapped:
        text = _strip_ocr_marks(text)
    text = re.sub(r"\s+([,;:.])(?=\s|$)", r"\1", text)  # "report ,"  left by a removed mark
    text = re.sub(r"\s+", " ", text).strip()
    author_type = entry.author_type
    if draft.speaker_role == DELEGATION_ROLE:
        author_type = "state"
    elif draft.speaker_role in COMMITTEE_ROLES:
        author_type = "committee"
    return Paragraph(
        doc_id=entry.doc_id,
        symbol=entry.symbol,
        number=draft.number,
        text=text,
        section=draft.section,
        author_type=author_type,
        speaker=draft.speaker,
        speaker_role=draft.speaker_role,
        footnotes=footnotes,
    )
