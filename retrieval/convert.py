"""Turn a UN document as received (PDF, Word .docx or an HTML page) into the plain text the corpus holds.

`to_text(path)` returns text in the layout retrieval/parsing.py reads: one printed paragraph per line, a blank line
between paragraphs, "12. Text" for numbered paragraphs, markdown emphasis for bold and italic words (the parser takes
a wholly bold line as a heading, a wholly italic one as a procedural note and a bold name at a paragraph's start as the
speaker) and footnote references as Unicode superscript digits ("observations,¹"), which the parser strips from the
text and records as the paragraph's footnotes (pass footnote_marks="drop" to remove them instead).

What is dropped: page furniture (the running header with the document symbol, "GE.22-12345(E)" job numbers, barcode
lines, bare page numbers, "Page 3 of 20", and any line repeated at the top or bottom of most pages), footnote bodies
(PDF: the block under the footnote separator at a page's foot; DOCX: the footnotes part is never read; HTML: footnote
sections), Word headers and footers, hidden and deleted text, scripts and site navigation. What is mended: words
hyphenated at line ends are joined (the hyphen is kept when the document spells the word with it elsewhere or both
halves are words), and a paragraph that runs across a page break is joined back into one.

The file type comes from its first bytes (the extension only decides between HTML and unknown text). A file that is
not PDF, DOCX or HTML, or cannot be read, raises ConversionError (a ValueError) with a one-line message.

Libraries: pdfminer.six (MIT) for PDF, python-docx (MIT) for DOCX, the standard library's html.parser for HTML.
`prepbot add FILE` (retrieval/adding.py) uses it; `python -m prepbot.retrieval.convert FILE` prints the text.
"""

from __future__ import annotations

import logging
import re
import statistics
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from prepbot.core.errors import CorpusError
from prepbot.core.numbering import number_order, steps_between

FootnoteMarks = Literal["superscript", "drop"]

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
CHARACTER_FIXES = str.maketrans(
    {
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,
        "\ufeff": None,
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\uf0b7": "•",  # Symbol-font bullet
        "\uf0a7": "▪",
        "\t": " ",
        # control characters print nothing (LibreOffice writes U+0001 after a content control in its HTML): those
        # Python counts as white space part words, the others are dropped
        **{chr(code): " " if chr(code).isspace() else None for code in [*range(32), 127] if chr(code) not in "\t\n\r"},
    }
)

# Page furniture, matched against a whole line (whitespace collapsed, emphasis removed), wherever it stands.
# a job number: Geneva's "GE.24-04512(E)", or New York's, without the prefix and with five digits ("24-04512 (E)")
JOB_NUMBER = r"(?:GE\.\d{2}-\d{4,6}|\d{2}-\d{5}\b)\s*(?:\(\s*[A-Z]\s*\))?"
PAGE_OF = r"\d{1,4}(?:/\d{1,4})?"  # a page number beside the job number: "3", or New York's "3/19" (page 3 of 19)
# a document symbol ("A/HRC/57/44", "E/C.12/GC/25/Rev.1"): its first part in capitals, also inside the patterns that
# ignore case, where a web address's tail at a page's top ("procedures/wg-arbitrary-detention.") read as one
UN_SYMBOL = r"(?-i:[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+)"
FURNITURE_LINE = re.compile(
    # "GE.22-12345(E)  161222  050123", "2  GE.22-12345", "GE.22-12345  3", New York's "2/19  24-04512"
    rf"^(?:{PAGE_OF}\s+)?{JOB_NUMBER}(?:\s+\d{{6}}){{0,2}}(?:\s+{PAGE_OF})?$"
    r"|^\d{1,4}$"  # bare page number
    r"|^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$"  # - 3 -
    r"|^Page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"
    r"|^\*\d{5,9}\*$"  # barcode text
    r"|^Please recycle$",
    re.IGNORECASE,
)
# What a first page's foot prints beside each other on one line: the job number, the barcode's digits, the symbol,
# "Please recycle", dates, page numbers; a line of nothing else is furniture when it holds one of the FOOT_MARKS in a
# page margin, two of them anywhere (a web page made from the document keeps its foot as a paragraph)
FURNITURE_TOKENS = re.compile(
    rf"(?:{JOB_NUMBER}|\b\d{{7}}\b|\b\d{{6}}\b|{UN_SYMBOL}|Please recycle|\b\d{{1,4}}\b)", re.IGNORECASE
)
RECYCLE = re.compile(r"Please\s*recycle", re.IGNORECASE)
FOOT_MARKS = [re.compile(mark, re.IGNORECASE) for mark in (JOB_NUMBER, r"\b\d{7}\b", UN_SYMBOL, "Please recycle")]
# A running header in a page's top or bottom margin: the symbol, alone or with "United Nations" or a page number.
RUNNING_HEADER = re.compile(rf"^(?:United Nations\s+|\d{{1,4}}\s+)?{UN_SYMBOL}(?:\s+\d{{1,4}})?$")
# "12. Text" (up to 9999 paragraphs); "12, Text" only as the number expected next (_starts_block): a line that opens
# with "14, adopted ..." or "9, paragraph 1" carries on a sentence broken after "No." or "article"
NUMBERED_START = re.compile(r"^(\d{1,4})[.,]\s")
NUMBER_AND_COMMA = re.compile(r"^\d{1,4},\s")
# "2.3 The author ...": a decimal paragraph number at a line start, as Views on communications print theirs; a paragraph
# starts there only when the number comes next (or one further) after the last one taken (_starts_block), so that a
# figure at a line start ("2.5 million ...") stays in its sentence
DECIMAL_START = re.compile(r"^(\d{1,3}\.\d{1,2})\.?\s")
# A paragraph number set apart by markup instead of a space: in its own table cell ("1. | The Committee ...") or its
# own HTML element with nothing between ("1.The Committee ...")
NUMBER_APART = re.compile(r"^(\d{1,4}\.)(?:\s*\|\s*|(?=[A-ZА-ЯЁ“\"(]))")
LIST_ITEM_START = re.compile(r"^(?:[–—•·▪‒-]\s|\(?[a-z]{1,4}\)\s|\(?\d{1,2}\)\s|\([ivx]+\)\s)")
SENTENCE_END = re.compile(r"[.!?…:;]['’”\")\]]?[*⁰¹²³⁴⁵⁶⁷⁸⁹]*$")
# what a number follows, abbreviated: a line ending so ends no sentence ("... and No." / "14, adopted by ...")
BEFORE_A_NUMBER = re.compile(
    r"(?:\b(?:No|Nos)|(?i:\b(?:arts?|paras?|subparas?|pp?|vols?|chaps?|sects?|fn|footnotes?|cf)))\.$"
)
# An endnote's mark as Word prints it, a small roman numeral ("as,ⁱ a matter of course"): dropped like a footnote's
# mark (it is no number the parser can record), not left in the text as "as i a matter"
ENDNOTE_MARK = re.compile(r"[ivx]+")
# a footnote's own number opening its text at a page's foot: "3 See ...", "* Adopted ...", an endnote's "iv See ..."
FOOTNOTE_NUMBER_START = re.compile(r"^(?:[\d*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]|[ivx]+\s)")
UNMAPPED = "\ufffd"  # a glyph whose font gives no Unicode character
HYPHEN_KEEPING_PREFIXES = {
    "non", "self", "ex", "anti", "cross", "well", "long", "short", "all", "half", "quasi", "co", "ill",
}  # fmt: skip
# A Russian compound adjective: an adverb in -о and an adjective ("социально-экономических", "научно-технический");
# a word broken by hyphenation leaves no such pair of whole words ("законо-/дательства", "необходимо-/сти"; the second
# half of a word may start without a vowel in its first four letters, a word does not: "межведо-/мственной")
_RUSSIAN_COMPOUND_ADJECTIVE = re.compile(
    r"^[а-яё]{4,}о-(?=[а-яё]{0,3}[аеёиоуыэюя])[а-яё]{5,}"
    r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими)$"
)


class ConversionError(CorpusError, ValueError):
    """The file cannot be converted: unknown type, damaged, encrypted, or without text. The message is one line
    (a CorpusError, so the CLI prints it as `Error: ...` and exits 2)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(" ".join(f"{Path(path).name}: {reason}".split()))


@dataclass(frozen=True)
class Span:
    """A run of text with its emphasis; `mark` is a footnote reference (printed superscript)."""

    text: str
    bold: bool = False
    italic: bool = False
    mark: bool = False


Block = list[Span]  # one printed paragraph


def to_text(path: Path | str, *, footnote_marks: FootnoteMarks = "superscript") -> str:
    """The document's text in the corpus layout (see the module docstring); raises ConversionError."""
    path = Path(path)
    kind = detect_format(path)
    try:
        with _libraries_quiet():
            if kind == "pdf":
                blocks = pdf_blocks(path)
            elif kind == "docx":
                blocks = docx_blocks(path)
            else:
                blocks = html_blocks(path)
    except ConversionError:
        raise
    except Exception as error:  # the libraries raise many kinds on damaged or encrypted files
        raise ConversionError(path, _unreadable(kind, error)) from error
    text = render(blocks, footnote_marks)
    if not re.search(r"[^\W\d_]{2}", text):
        hint = " (a scanned PDF needs OCR first)" if kind == "pdf" else ""
        raise ConversionError(path, f"no text found{hint}")
    return text


@contextmanager
def _libraries_quiet() -> Iterator[None]:
    """pdfminer logs what it repairs in a damaged file ("Not adding object 6 to xref ...", with raw bytes) and what
    it ignores ("should not allow text extraction"): the maintainer gets one line, the verdict, not the library's."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "docx")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _unreadable(kind: str, error: Exception) -> str:
    """One line saying why the file cannot be read, in a maintainer's words where we know them."""
    name = type(error).__name__
    if "Password" in name or "Encrypt" in name:
        return f"this {kind.upper()} file is password-protected: save a copy without the password and add that"
    detail = " ".join(str(error).encode("ascii", "backslashreplace").decode().split())[:120]
    said = f"{name}: {detail}" if detail else name
    return f"cannot read this {kind.upper()} file, it may be damaged or cut short ({said})"


def detect_format(path: Path) -> Literal["pdf", "docx", "html"]:
    """pdf | docx | html from the file's first bytes (the extension only helps with HTML)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise ConversionError(path, f"cannot open the file ({error.strerror or error})") from error
    if not head.strip():
        raise ConversionError(path, "the file is empty (a download that failed?)")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ConversionError(
            path, "old binary Word/Office file: save it as .docx (soffice --headless --convert-to docx)"
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise ConversionError(path, "RTF is not supported: save it as .docx or PDF")
    if _looks_like_html(head) or (path.suffix.lower() in (".html", ".htm", ".xhtml") and b"\x00" not in head):
        return "html"
    # a file named as a PDF or a .docx that is neither inside (a renamed file, a download cut to other bytes): say
    # so, not that the type is unsupported
    named = {".pdf": "PDF", ".docx": "Word .docx"}.get(path.suffix.lower())
    if named:
        raise ConversionError(path, f"named {path.suffix.lower()} but not a {named} file inside (damaged or renamed?)")
    plain = (
        " (a text copy goes into corpus/ by hand: see README, Adding a document)"
        if path.suffix.lower() in (".txt", ".md")
        else ""
    )
    raise ConversionError(path, f"unsupported file type: expected a PDF, a Word .docx or an HTML page{plain}")


def _zip_format(path: Path) -> Literal["docx"]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise ConversionError(path, f"damaged zip/DOCX file ({error})") from error
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        raise ConversionError(path, "OpenDocument files are not supported: save it as .docx")
    raise ConversionError(path, "a zip archive that is not a Word .docx file")


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<?xml") and b"<html" in start)


# --- rendering: blocks to corpus text ------------------------------------------------------------------------------


def render(blocks: Iterable[Block], footnote_marks: FootnoteMarks = "superscript") -> str:
    """One line per block, blank lines between, furniture lines dropped."""
    lines = []
    for block in blocks:
        line = render_block(block, footnote_marks)
        if line and not is_furniture(line):
            lines.append(line)
    return "\n\n".join(lines) + "\n"


Style = tuple[bool, bool]  # (bold, italic)


@dataclass
class _Word:
    """A word split for emphasis: punctuation outside the emphasis before and after it, and the emphasised core."""

    lead: list[Span]
    core: list[Span]
    tail: list[Span]
    style: Style | None  # None: punctuation alone, which takes the emphasis around it


def render_block(block: Block, footnote_marks: FootnoteMarks = "superscript") -> str:
    """The block's text with markdown emphasis around whole words ("**Mr. Soh**,") and its footnote marks."""
    out: list[str] = []
    open_style: Style = (False, False)
    tail = ""  # the previous word's trailing punctuation: outside its emphasis if the emphasis ends there
    for index, word in enumerate(_words(block)):
        separator = " " if index else ""
        lead, core = _chars(word.lead, footnote_marks), _chars(word.core, footnote_marks)
        if word.style is not None and word.style != open_style:
            out.append(_marker(open_style) + tail + separator + lead + _marker(word.style))
            open_style = word.style
        else:
            out.append(tail + separator + lead)
        out.append(core)
        tail = _chars(word.tail, footnote_marks)
    out.append(_marker(open_style) + tail)
    text = "".join(out)
    if footnote_marks == "superscript":
        text = re.sub(r"\s+([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", r"\1", text)
    return NUMBER_APART.sub(r"\1 ", re.sub(r"\s+", " ", text).strip())


def _words(block: Block) -> list[_Word]:
    """The block's words (whitespace-separated), each with the emphasis most of its letters have."""
    chars = [
        Span(ch, span.bold, span.italic, span.mark) for span in block for ch in span.text.translate(CHARACTER_FIXES)
    ]
    words: list[_Word] = []
    current: list[Span] = []
    for char in [*chars, Span(" ")]:
        if char.text.isspace() and not char.mark:
            if current:
                words.append(_split_word(current))
                current = []
        else:
            current.append(char)
    return words


def _split_word(chars: list[Span]) -> _Word:
    letters = [char for char in chars if char.text.isalnum() and not char.mark]
    if not letters:
        return _Word([], chars, [], None)
    bold = sum(char.bold for char in letters) * 2 > len(letters)
    italic = sum(char.italic for char in letters) * 2 > len(letters)
    style = (bold, italic)

    def outside(char: Span) -> bool:  # punctuation printed without the word's emphasis, or a footnote mark
        return char.mark or (not char.text.isalnum() and (char.bold, char.italic) != style)

    start, end = 0, len(chars)
    while start < end and outside(chars[start]):
        start += 1
    while end > start and outside(chars[end - 1]):
        end -= 1
    lead, core, tail = chars[:start], chars[start:end], chars[end:]
    if all(char.mark for char in tail):  # a mark alone stays inside: "**Article 2⁷**"
        core, tail = core + tail, []
    if all(char.mark for char in lead):
        core, lead = lead + core, []
    return _Word(lead, core, tail, style)


def _chars(chars: list[Span], footnote_marks: FootnoteMarks) -> str:
    text = ""
    for char in chars:
        if not char.mark:
            text += char.text
        elif footnote_marks == "superscript" and not ENDNOTE_MARK.fullmatch(char.text):
            text += char.text.translate(SUPERSCRIPT_DIGITS)
    return text


def _marker(style: Style) -> str:
    return {(True, False): "**", (False, True): "*", (True, True): "***"}.get(style, "")


def is_furniture(line: str, in_margin: bool = False) -> bool:
    """Page furniture: a job number, barcode or page number; in a page margin also a running header, and a line of
    the first page's foot that sets several of them side by side ("*2404512* CCPR/C/GC/97 Please recycle")."""
    squashed = " ".join(line.replace(" | ", " ").split())  # a header and page number far apart read as two cells
    plain = squashed.replace("*", "")
    if FURNITURE_LINE.match(squashed) or FURNITURE_LINE.match(plain):
        return True
    if in_margin and RUNNING_HEADER.match(plain) is not None:
        return True
    if FURNITURE_TOKENS.sub(" ", RECYCLE.sub(" ", plain)).strip():  # "CCPR/C/KAZ/QPR/4Please recycle": set apart
        return False
    return sum(kind.search(plain) is not None for kind in FOOT_MARKS) >= (1 if in_margin else 2)


def _ends_sentence(text: str) -> bool:
    text = re.sub(r"\*+$", "", text.rstrip())
    return SENTENCE_END.search(text) is not None and BEFORE_A_NUMBER.search(text) is None


# --- PDF ---------------------------------------------------------------------------------------------------------


@dataclass
class _Line:
    """One printed line of a PDF page."""

    chars: list[dict]
    page: int
    size: float = 0.0  # the size most of its characters have
    baseline: float = 0.0  # from the page top
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    spans: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The line's text, footnote marks as superscript digits."""
        return "".join(
            span.text.translate(SUPERSCRIPT_DIGITS) if span.mark else span.text for span in self.spans
        ).strip()

    @property
    def first_word_width(self) -> float:
        visible = [char for char in self.chars if char["text"].strip()]
        if not visible:
            return 0.0
        width = 0.0
        for char, following in zip(visible, [*visible[1:], None], strict=True):
            width = char["x1"] - self.x0
            if following is None or following["x0"] - char["x1"] > 0.18 * self.size:
                break
        return width

    @property
    def table_row(self) -> bool:
        return any(span.text == TABLE_CELLS for span in self.spans)

    @property
    def mostly_bold(self) -> bool:
        """A heading line, allowing for a plain "A." label before it; a line with no letters by its figures (a
        heading's last line "3456/2019")."""
        printed = [span for span in self.spans if span.text.strip() and not span.mark]
        letters = [span for span in printed if span.text.isalpha()] or printed
        return bool(letters) and sum(span.bold for span in letters) >= 0.8 * len(letters)

    @property
    def wholly_italic(self) -> bool:
        letters = [span for span in self.spans if span.text.strip() and not span.mark]
        return bool(letters) and all(span.italic for span in letters)


@dataclass
class _PageLines:
    lines: list[_Line]
    width: float
    height: float
    separators: list[float]  # tops of short horizontal rules (footnote separators)


def pdf_blocks(path: Path) -> list[Block]:
    """The PDF's paragraphs, furniture and footnotes dropped, page breaks and hyphenation mended."""
    raw_pages = list(_read_pdf(path))
    page_rows = [_cluster_rows(page.chars) for page in raw_pages]
    gutters = [_gutter(rows, page.width) for rows, page in zip(page_rows, raw_pages, strict=True)]
    # a page of a two-column document too short to show its own gutter (the last one) is set like the others: at
    # theirs, when most of its rows leave it white
    found = [gutter for gutter in gutters if gutter is not None]
    usual = Counter(round(gutter) for gutter in found).most_common(1)[0][0] if found else None
    pages = [
        _page_lines(page, index, _in_reading_order(rows, gutter if gutter is not None else _kept(rows, usual)))
        for index, (page, rows, gutter) in enumerate(zip(raw_pages, page_rows, gutters, strict=True))
    ]
    chars = [char["text"] for page in pages for line in page.lines for char in line.chars]
    if chars.count(UNMAPPED) > 0.2 * len(chars):
        raise ConversionError(path, "its fonts carry no Unicode mapping, so its text cannot be read: OCR it instead")
    body_size = _body_size(pages)
    furniture = _repeated_furniture(pages)
    body_pages = _without_repeated_headers([_body_lines(page, body_size, furniture) for page in pages])
    all_body = [line for lines in body_pages for line in lines]
    if not all_body:
        return []
    layout = _layout(body_pages, body_size)
    hyphenation = _Hyphenation(all_body)
    blocks: list[list[_Line]] = []
    for lines in body_pages:
        page_blocks = _page_blocks(lines, layout)
        if page_blocks and blocks and _continues_across_pages(blocks[-1], page_blocks[0], layout.right, body_size):
            blocks[-1].extend(page_blocks.pop(0))
        blocks.extend(page_blocks)
    return [_join_lines(block, hyphenation) for block in blocks]


@dataclass
class _RawPage:
    chars: list[dict]  # text, fontname, size, x0, x1, top, bottom (from the page top)
    rules: list[dict]  # thin horizontal lines and rectangles: x0, x1, top, bottom
    width: float
    height: float


def _read_pdf(path: Path) -> Iterator[_RawPage]:
    """Characters and ruled lines of each page, straight from pdfminer.six (no layout analysis)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer, LTCurve
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    with open(path, "rb") as handle:
        for pdf_page in PDFPage.get_pages(handle):
            interpreter.process_page(pdf_page)
            layout = device.get_result()
            height = layout.height
            page = _RawPage([], [], layout.width, height)
            stack: list[Any] = [layout]
            while stack:
                for item in stack.pop():
                    if isinstance(item, LTChar):
                        if item.upright and item.get_text():
                            page.chars.append(_char(item, height))
                    elif isinstance(item, LTCurve):
                        page.rules.append(
                            {"x0": item.x0, "x1": item.x1, "top": height - item.y1, "bottom": height - item.y0}
                        )
                    elif isinstance(item, LTContainer):
                        stack.append(item)  # a form XObject or figure holding more text
            yield page


def _char(item, page_height: float) -> dict:
    text = item.get_text()
    return {
        "text": UNMAPPED if text.startswith("(cid:") else text,
        "fontname": item.fontname,
        "size": item.size,
        "x0": item.x0,
        "x1": item.x1,
        "top": page_height - item.y1,
        "bottom": page_height - item.y0,
    }


def _page_lines(page: _RawPage, index: int, rows: list[list[dict]] | None = None) -> _PageLines:
    """The page's printed lines, from its rows in reading order (default: its rows top to bottom)."""
    lines = [_make_line(group, index) for group in (rows if rows is not None else _cluster_rows(page.chars))]
    _as_table_rows(lines)
    flat = [rule for rule in page.rules if rule["bottom"] - rule["top"] < 2.5]
    separators = [
        rule["top"]
        for rule in flat
        if 0.08 * page.width < rule["x1"] - rule["x0"] < 0.9 * page.width and not _rules_a_table(rule, flat)
    ]
    return _PageLines([line for line in lines if line.spans], page.width, page.height, separators)


def _rules_a_table(rule: dict, flat: list[dict]) -> bool:
    """Whether a horizontal rule is drawn again across the same width higher or lower on its page, as a ruled table's
    lines are (above and under its header, between its rows): a footnote separator is drawn once. A row's rule was
    taken for the separator, and the rows under it, beside a footnote below, for footnotes."""
    return any(
        abs(other["top"] - rule["top"]) > 2.5
        and abs(other["x0"] - rule["x0"]) <= CELL_ALIGNMENT
        and abs(other["x1"] - rule["x1"]) <= CELL_ALIGNMENT
        for other in flat
    )


def _cluster_rows(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped into printed lines; a raised footnote mark stays with the line it belongs to."""
    rows: list[list[dict]] = []
    size = bottom = 0.0  # the current row's largest size and lowest bottom
    for char in sorted(chars, key=lambda c: (c["bottom"], c["x0"])):
        if rows and (char["bottom"] <= bottom + 0.15 * size or char["top"] < bottom - 0.5 * size):
            rows[-1].append(char)
            size, bottom = max(size, char["size"]), max(bottom, char["bottom"])
            continue
        rows.append([char])
        size, bottom = char["size"], char["bottom"]
    return _merge_raised_rows(rows)


COLUMN_ROWS = 0.4  # a page is set in two columns when this share of its rows has text on both sides of one gap,
COLUMN_MIN_ROWS = 8  # and this many rows at least
GUTTER = 4.0  # points of white a column gap leaves, at least, on each side of the line it is found at
# Columns whose lines do not share baselines (a heading or paragraph spacing in one column shifts its lines against
# the other's) give rows with text on one side of the gap only, left then right then left: a row printed wholly left
# of the gap and one wholly right of it make a pair, counted as this many rows with text on both sides. One-column
# text has short last lines left of the middle but almost no line starting right of it, so its pairs are few.
COLUMN_PAIR = 2


def _in_reading_order(rows: list[list[dict]], gutter: float | None) -> list[list[dict]]:
    """A two-column page's rows as they are read: a run of rows split at the gutter (_gutter) gives its left halves,
    then its right halves; a row that crosses the gutter (a title, a running header) stays where it is. A page with
    no gutter (one column) is returned as it is."""
    if gutter is None:
        return rows
    ordered: list[list[dict]] = []
    left: list[list[dict]] = []
    right: list[list[dict]] = []
    for row in rows:
        if any(char["x0"] < gutter < char["x1"] for char in row if char["text"].strip()):  # printed across it
            ordered += left + right + [row]
            left, right = [], []
            continue
        for half, part in (
            (left, [c for c in row if c["x1"] <= gutter]),
            (right, [c for c in row if c["x0"] >= gutter]),
        ):
            if part:
                half.append(part)
    return ordered + left + right


def _kept(rows: list[list[dict]], x: float | None) -> float | None:
    """Another page's gutter `x`, when this page keeps it: text on both sides of it in three rows at least, and
    printed across it in at most a fifth of its rows (a title, a running header); else None."""
    if x is None:
        return None
    visible = [[char for char in row if char["text"].strip()] for row in rows]
    visible = [row for row in visible if row]
    across = sum(1 for row in visible if any(char["x0"] < x < char["x1"] for char in row))
    both = sum(
        1 for row in visible if min(c["x0"] for c in row) < x - GUTTER and max(c["x1"] for c in row) > x + GUTTER
    )
    return x if both - across >= 3 and across <= 0.2 * len(visible) else None


def _gutter(rows: list[list[dict]], width: float) -> float | None:
    """The x of a column gap that many rows share, or None: a row with text on both sides of
    one vertical band of white, or a pair of rows printed one on each side of it (COLUMN_PAIR), in many rows, marks it;
    one-column text runs across the middle of the page in almost every row."""
    import numpy as np

    spans = [[(char["x0"], char["x1"]) for char in row if char["text"].strip()] for row in rows if len(row) > 1]
    spans = [row for row in spans if row]
    if len(spans) < COLUMN_MIN_ROWS:
        return None
    xs = np.arange(int(0.3 * width), int(0.7 * width) + 1, 1.0)
    counts = np.zeros(len(xs), dtype=int)
    left_only = np.zeros(len(xs), dtype=int)  # rows printed wholly left of x, and wholly right of it
    right_only = np.zeros(len(xs), dtype=int)
    for row in spans:
        lefts = np.array([x0 for x0, _ in row]) - GUTTER
        rights = np.array([x1 for _, x1 in row]) + GUTTER
        order = np.argsort(lefts, kind="stable")
        lefts, reach = lefts[order], np.maximum.accumulate(rights[order])
        # x is printed over (within GUTTER) when a character starting before it reaches past it
        before = np.searchsorted(lefts, xs, side="left") - 1
        covered = (before >= 0) & (reach[np.clip(before, 0, None)] > xs)
        sides = (lefts[0] + 2 * GUTTER < xs) & (xs < reach[-1] - 2 * GUTTER)  # text on both sides of x
        counts += sides & ~covered
        left_only += reach[-1] <= xs
        right_only += lefts[0] >= xs
    counts += COLUMN_PAIR * np.minimum(left_only, right_only)  # the two columns' lines on rows of their own
    most = int(counts.max())
    if most < max(COLUMN_MIN_ROWS, COLUMN_ROWS * len(spans)):
        return None
    widest = xs[counts == most]
    gutter = float(widest[len(widest) // 2])  # the middle of the white band
    return None if _tabulated(rows, gutter) else gutter


def _tabulated(rows: list[list[dict]], gutter: float) -> bool:
    """Whether the rows with text on both sides of a gutter are mostly a table's (a side that is a figure alone, or
    a cell set apart by white wider than TABULATED_GAP x the type size, as a table has and a column of prose has
    not): a table across a page is no second column (a 45-row table of regions was read column by column)."""
    both = tabulated = 0
    for row in rows:
        visible = sorted((char for char in row if char["text"].strip()), key=lambda char: char["x0"])
        left = [char for char in visible if char["x1"] <= gutter]
        right = [char for char in visible if char["x0"] >= gutter]
        near = any(char["x0"] < gutter + GUTTER and char["x1"] > gutter - GUTTER for char in visible)
        if not left or not right or near:  # only the rows that leave the gutter white, as _gutter counts them
            continue
        both += 1
        size = statistics.median(char.get("size", 0.0) for char in visible)
        figure = any(_FIGURE_CELL.match("".join(char["text"] for char in side)) for side in (left, right))
        tabulated += figure or any(
            size > 0 and after["x0"] - before["x1"] > TABULATED_GAP * size
            for side in (left, right)
            for before, after in zip(side, side[1:], strict=False)
        )
    return both > 0 and tabulated > 0.5 * both


TABULATED_GAP = 3.0


def _merge_raised_rows(rows: list[list[dict]]) -> list[list[dict]]:
    """A row holding only small raised characters (a mark above the line's baseline) joins the row below it."""
    merged: list[list[dict]] = []
    for index, row in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following and _only_marks_for(row, following):
            following.extend(row)
            continue
        merged.append(row)
    return merged


def _only_marks_for(row: list[dict], following: list[dict]) -> bool:
    size = statistics.median(c["size"] for c in following)
    small = all(c["size"] < 0.8 * size for c in row if c["text"].strip())
    overlaps = min(c["bottom"] for c in following) - 0.1 * size < max(c["bottom"] for c in row)
    return small and overlaps


def _make_line(chars: list[dict], page: int) -> _Line:
    chars = _dedupe(sorted(chars, key=lambda c: c["x0"]))
    sizes = Counter(round(c["size"], 1) for c in chars if c["text"].strip())
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    body = [c for c in chars if c["text"].strip() and c["size"] >= 0.8 * size]
    baseline = statistics.median(c["bottom"] for c in body) if body else 0.0
    line = _Line(chars, page, size, baseline)
    visible = [c for c in chars if c["text"].strip()]
    if visible:
        line.x0, line.x1 = visible[0]["x0"], max(c["x1"] for c in visible)
        line.top = min(c["top"] for c in visible)
    line.spans = _line_spans(chars, size, baseline)
    return line


def _as_table_rows(lines: list[_Line]) -> None:
    """Set a table's rows cell by cell ("2021 | 1,204 | 311"), in place: lines whose text stands in cells
    (_table_cells) next to a line whose cells line up with theirs. A justified line stretched wide has gaps as wide,
    but not where the line above or below has its own."""
    cells = [_table_cells(line.chars, line.size) for line in lines]
    # a two-column table's header ("Region      Women"): two cells of words, a row when the row below lines up with it
    for at, line in enumerate(lines[:-1]):
        below = cells[at + 1]
        if cells[at] is not None or below is None:
            continue
        header = _header_cells(line.chars, line.size)
        if header is not None and _aligned(_cell_edges(header), _cell_edges(below)):
            cells[at] = header
    edges = [_cell_edges(found) if found is not None else set() for found in cells]
    # a header cell's second line ("Persons with" / "disabilities"): text under one of a row's later cells alone
    wrapped = [at > 0 and _wraps_a_cell(lines[at - 1], cells[at - 1], line, cells[at]) for at, line in enumerate(lines)]
    for at, line in enumerate(lines):
        found = cells[at]
        if found is None:
            continue
        # the rows above and below, and past a wrapped cell's second line the row beyond it
        near = [at + step for step in (-1, 1) if 0 <= at + step < len(lines)]
        near += [other + (other - at) for other in near if wrapped[other] and 0 <= other + (other - at) < len(lines)]
        beside = [edges[other] for other in near]
        if not any(_aligned(edges[at], other) for other in beside):
            continue
        under = lines[at + 1] if at + 1 < len(lines) and wrapped[at + 1] else None
        carried = _cell_under(found, under) if under is not None else None
        spans: list[Span] = []
        for number, cell in enumerate(found):
            cell_spans = _line_spans(cell, line.size, line.baseline)
            if number == carried and under is not None:
                cell_spans += [Span(" "), *under.spans]
                under.spans = []  # read into the row above
            while cell_spans and cell_spans[0].text.isspace():
                cell_spans.pop(0)
            while cell_spans and cell_spans[-1].text.isspace():
                cell_spans.pop()
            spans += [Span(TABLE_CELLS)] * (number > 0) + cell_spans
        line.spans = spans


def _wraps_a_cell(row: _Line, row_cells: list[list[dict]] | None, line: _Line, line_cells: list | None) -> bool:
    """Whether a line with no cells of its own, right below a row (within 1.5 lines of its type), stands under one
    of its later cells alone: that cell's text wrapped onto a second line."""
    if row_cells is None or line_cells is not None or line.baseline - row.baseline > 1.5 * row.size:
        return False
    return _cell_under(row_cells, line) is not None


def _cell_under(cells: list[list[dict]], line: _Line) -> int | None:
    """Which of a row's cells (not its first) a line stands under alone: it starts at or after that cell's start
    and ends before the next cell's."""
    starts = [
        min(char["x0"] for char in cell if char["text"].strip())
        for cell in cells
        if any(char["text"].strip() for char in cell)
    ]
    if len(starts) != len(cells) or line.x0 < starts[1] - CELL_ALIGNMENT:
        return None
    for number in range(1, len(cells)):
        following = starts[number + 1] if number + 1 < len(starts) else float("inf")
        if starts[number] - CELL_ALIGNMENT <= line.x0 and line.x1 < following:
            return number
    return None


def _cell_edges(cells: list[list[dict]]) -> set[tuple[str, int]]:
    """Where a row's cells start and end (the first cell's start left out: every line starts at the margin)."""
    edges: set[tuple[str, int]] = set()
    for number, cell in enumerate(cells):
        visible = [char for char in cell if char["text"].strip()]
        if not visible:
            continue
        if number:
            edges.add(("start", round(visible[0]["x0"])))
        edges.add(("end", round(max(char["x1"] for char in visible))))
    return edges


def _aligned(mine: set[tuple[str, int]], theirs: set[tuple[str, int]]) -> bool:
    """Two rows share a column: a cell of each starts (left-aligned) or ends (right-aligned figures) within
    CELL_ALIGNMENT points of the other's."""
    return any(
        kind == other_kind and abs(x - other_x) <= CELL_ALIGNMENT for kind, x in mine for other_kind, other_x in theirs
    )


# A table's row in a PDF is a line whose text stands in cells set apart by wide white (CELL_GAP × the type size,
# where a paragraph number's tab leaves about 1.9 and words about 0.3): three cells or more, or two when the second
# is a figure and the white between them wider still (WIDE_CELL_GAP: "Pretrial detention centres      37"), beside
# a row whose cells line up with its own (_as_table_rows); two cells of words so far apart only right above such a
# row (a two-column table's header: "Institution      Visits", _header_cells). Its cells are joined by " | ", as a
# Word or HTML table's are, so the parser keeps the row with its paragraph.
CELL_GAP = 1.5
WIDE_CELL_GAP = 3.0
TABLE_CELLS = " | "  # between a row's cells
CELL_ALIGNMENT = 2
_FIGURE_CELL = re.compile(r"^[\d.,%()+\-–— ]+$")


def _table_cells(chars: list[dict], size: float) -> list[list[dict]] | None:
    """The line's characters cell by cell when the line is a table's row, else None."""
    cells, gaps = _cells_apart(chars, size)
    if len(cells) >= 3:
        return cells
    if len(cells) == 2 and gaps[0] >= WIDE_CELL_GAP * size and _is_figure(cells[1]):
        return cells
    return None


def _header_cells(chars: list[dict], size: float) -> list[list[dict]] | None:
    """The line's two cells when they are set apart as a row's figure is (WIDE_CELL_GAP) but the second is words
    (the header of a two-column table: "Region      Women" above "Akmola Region      184"), else None. Such a line is
    a row only right above a row whose cells line up with it (_as_table_rows)."""
    cells, gaps = _cells_apart(chars, size)
    if len(cells) == 2 and gaps[0] >= WIDE_CELL_GAP * size and not _is_figure(cells[1]):
        return cells
    return None


def _is_figure(cell: list[dict]) -> bool:
    """Whether a cell's text is a figure ("1,204", "37%", "(12)"), with a digit in it."""
    text = "".join(char["text"] for char in cell).strip()
    return bool(text) and _FIGURE_CELL.match(text) is not None and any(char.isdigit() for char in text)


def _cells_apart(chars: list[dict], size: float) -> tuple[list[list[dict]], list[float]]:
    """The line's characters cut where white of CELL_GAP x the type size sets them apart, and the widths of that
    white."""
    cells: list[list[dict]] = [[]]
    gaps: list[float] = []
    last_visible: dict | None = None
    for char in chars:
        if char["text"].strip():
            if last_visible is not None and char["x0"] - last_visible["x1"] >= CELL_GAP * size and size > 0:
                gaps.append(char["x0"] - last_visible["x1"])
                cells.append([])
            last_visible = char
        cells[-1].append(char)
    return cells, gaps


def _dedupe(chars: list[dict]) -> list[dict]:
    """Drop characters printed twice at the same place (fake bold)."""
    kept: list[dict] = []
    for char in chars:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and char["text"] == previous["text"]
            and abs(char["x0"] - previous["x0"]) < 0.5
            and abs(char["top"] - previous["top"]) < 0.5
        ):
            continue
        kept.append(char)
    return kept


def _line_spans(chars: list[dict], size: float, baseline: float) -> list[Span]:
    spans: list[Span] = []
    previous: dict | None = None
    for char in chars:
        text = char["text"]
        if text.isspace():
            spans.append(Span(" "))
            previous = None
            continue
        mark = _is_mark(char, size, baseline)
        if previous is not None and not mark:
            gap = char["x0"] - previous["x1"]
            if gap > 0.18 * min(size, max(char["size"], previous["size"])):
                spans.append(Span(" "))
        font = char.get("fontname", "")
        bold = re.search(r"bold|black|heavy|semibold|demi", font, re.I) is not None
        italic = re.search(r"italic|oblique|,I$", font, re.I) is not None
        spans.append(Span(text, bold, italic, mark))
        previous = char
    return spans


def _is_mark(char: dict, size: float, baseline: float) -> bool:
    """A footnote reference: a small digit or asterisk (or an endnote's roman numeral, ENDNOTE_MARK) printed above
    the line's baseline."""
    raised = baseline - char["bottom"] > 0.2 * size
    reference = char["text"].isdigit() or char["text"] in "*†‡" or ENDNOTE_MARK.fullmatch(char["text"]) is not None
    return char["size"] < 0.8 * size and raised and reference


def _body_size(pages: list[_PageLines]) -> float:
    """The size of the body text: that of the lines opening a numbered paragraph ("12. The Committee ..."), when
    there are a few (a General Comment's footnotes can outweigh its text, and were then read as the body); else that
    of most characters."""
    numbered = Counter(
        round(line.size, 1) for page in pages for line in page.lines if NUMBERED_START.match(line.text) is not None
    )
    if sum(numbered.values()) >= BODY_SIZE_LINES:
        return numbered.most_common(1)[0][0]
    sizes = Counter(
        round(c["size"], 1) for page in pages for line in page.lines for c in line.chars if c["text"].strip()
    )
    return sizes.most_common(1)[0][0] if sizes else 10.0


BODY_SIZE_LINES = 3  # numbered lines enough to tell the body's type size by


def _normalised(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


def _repeated_furniture(pages: list[_PageLines]) -> set[str]:
    """Texts (digits as #) of lines at the very top or bottom of most pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        edge = {_normalised(line.text) for line in [*page.lines[:2], *page.lines[-2:]]}
        seen.update(edge)
    return {text for text, count in seen.items() if count >= max(3, 0.5 * len(pages)) and text}


def _body_lines(page: _PageLines, body_size: float, furniture: set[str]) -> list[_Line]:
    """The page's lines without headers, footers and the footnote block."""
    lines = [line for line in page.lines if not _is_page_furniture(line, page, furniture)]
    return _without_footnotes(lines, page, body_size)


def _is_page_furniture(line: _Line, page: _PageLines, furniture: set[str]) -> bool:
    in_margin = line.top < 0.12 * page.height or line.baseline > 0.88 * page.height
    at_edge = any(line is edge for edge in [*page.lines[:2], *page.lines[-2:]])
    if at_edge and _normalised(line.text) in furniture:
        return True
    return in_margin and is_furniture(line.text, in_margin=True)


def _without_repeated_headers(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages' body lines without a table's header row printed again at the top of each page the table runs onto
    (Word's "repeat as header row"): it came between two of the table's rows in the paragraph's text. A page's first
    line is dropped when it is a row reading exactly as the first row of the table the page before ended with."""
    header: str | None = None  # the first row of the table the page before ended with
    kept: list[list[_Line]] = []
    for lines in pages:
        if header is not None and lines and lines[0].table_row and lines[0].text == header:
            lines = lines[1:]
        rows = 0  # the table rows this page ends with
        while rows < len(lines) and lines[len(lines) - 1 - rows].table_row:
            rows += 1
        if rows < len(lines) or header is None:  # a table that starts on this page, or none; else the same one
            header = lines[len(lines) - rows].text if rows else None
        kept.append(lines)
    return kept


def _without_footnotes(lines: list[_Line], page: _PageLines, body_size: float) -> list[_Line]:
    for top in sorted(page.separators):
        below = [line for line in lines if line.top > top]
        if top > 0.35 * page.height and below and _small_text(below, body_size):
            return [line for line in lines if line.top <= top]
    # no separator: a run of small-type lines at the page foot that starts with a footnote number
    cut = len(lines)
    while cut > 0 and lines[cut - 1].size < body_size - 0.4:
        cut -= 1
    if cut < len(lines) and FOOTNOTE_NUMBER_START.match(lines[cut].text):
        return lines[:cut]
    return lines


def _small_text(lines: list[_Line], body_size: float) -> bool:
    sizes = [c["size"] for line in lines for c in line.chars if c["text"].strip()]
    return bool(sizes) and sum(size < body_size - 0.4 for size in sizes) > 0.6 * len(sizes)


def _line_pitch(pages: list[list[_Line]], body_size: float) -> float:
    steps = [
        round(b.baseline - a.baseline, 1)
        for lines in pages
        for a, b in zip(lines, lines[1:], strict=False)
        if abs(a.size - body_size) < 0.5
        and abs(b.size - body_size) < 0.5
        and 0.9 * body_size < b.baseline - a.baseline < 2.5 * body_size
    ]
    return Counter(steps).most_common(1)[0][0] if steps else 1.2 * body_size


def _right_margin(lines: list[_Line], body_size: float) -> float:
    ends = Counter(round(line.x1) for line in lines if abs(line.size - body_size) < 0.5)
    return float(ends.most_common(1)[0][0]) if ends else max(line.x1 for line in lines)


@dataclass
class _Layout:
    """How the document sets its body text."""

    pitch: float  # baseline to baseline inside a paragraph
    right: float  # the right margin of full lines
    tight: bool  # no extra space between paragraphs: line ends tell where paragraphs end
    next_number: int = 1  # the paragraph number expected next
    last_number: str = "0"  # the last paragraph number taken at a line start, whole ("12") or decimal ("2.3")


def _layout(pages: list[list[_Line]], body_size: float) -> _Layout:
    pitch = _line_pitch(pages, body_size)
    steps = [b.baseline - a.baseline for lines in pages for a, b in zip(lines, lines[1:], strict=False)]
    spaced = sum(pitch * 1.25 + 0.5 < step < 4 * pitch for step in steps)
    right = _right_margin([line for lines in pages for line in lines], body_size)
    return _Layout(pitch, right, tight=spaced < 0.03 * max(len(steps), 1))


def _page_blocks(lines: list[_Line], layout: _Layout) -> list[list[_Line]]:
    blocks: list[list[_Line]] = []
    for line in lines:
        if blocks and not _starts_block(blocks[-1][-1], line, layout):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _starts_block(previous: _Line, line: _Line, layout: _Layout) -> bool:
    numbered = NUMBERED_START.match(line.text)
    step = line.baseline - previous.baseline
    expected = (layout.next_number, layout.next_number + 1)
    if numbered and int(numbered.group(1)) in expected and not _wraps_onto(previous, step, layout):
        layout.next_number = int(numbered.group(1)) + 1
        layout.last_number = numbered.group(1)
        return True  # the next paragraph number at a line start
    decimal = DECIMAL_START.match(line.text)
    if (
        decimal
        and steps_between(layout.last_number, decimal.group(1)) in (1, 2)
        and not _wraps_onto(previous, step, layout)
    ):
        layout.next_number = number_order(decimal.group(1))[0] + 1  # "2.3" may be followed by a whole "3."
        layout.last_number = decimal.group(1)
        return True  # the next decimal paragraph number at a line start ("2.3" after "2.2", "3.1" after "2.4")
    if step > layout.pitch * 1.25 + 0.5 or step < 0:
        return True
    if abs(line.size - previous.size) > 1.0 or previous.mostly_bold != line.mostly_bold:
        return True
    if line.text.startswith("(") and not _ends_sentence(previous.text):
        return False  # "(continued)" after "...article 40 of the Covenant": no paragraph starts with a bracket
    if layout.tight and layout.right - previous.x1 > line.first_word_width + 0.5 * line.size:
        return True  # the line's first word would have fitted at the end of the line before: a new paragraph
    starts_item = (numbered and not NUMBER_AND_COMMA.match(line.text)) or LIST_ITEM_START.match(line.text)
    return bool(starts_item) and _ends_sentence(previous.text) and line.x0 <= previous.x0 + 1


def _wraps_onto(previous: _Line, step: float, layout: _Layout) -> bool:
    """Whether a line that starts with a number carries on the sentence of a full line before it ("...rose from 2 in
    2019 to" / "4. The Committee also notes ..."): the line before runs to the margin without ending a sentence, in
    the same paragraph's line spacing and type. A paragraph never ends in mid-sentence at the margin."""
    return (
        0 <= step <= layout.pitch * 1.25 + 0.5
        and previous.x1 >= layout.right - 0.5 * previous.size
        and not _ends_sentence(previous.text)
        and not previous.mostly_bold
        and not previous.table_row  # a table's last row ("Total | 9,044,691") runs to the margin, ending nothing
    )


def _continues_across_pages(block: list[_Line], following: list[_Line], right: float, body_size: float) -> bool:
    """Does the first block of a page carry on the paragraph the previous page ended with?"""
    last, first = block[-1], following[0]
    if NUMBER_AND_COMMA.match(first.text) and not _ends_sentence(last.text):
        return True  # "... the requirements of article" / "9, paragraph 1 ..."
    if NUMBERED_START.match(first.text) or LIST_ITEM_START.match(first.text):
        return False
    if (
        first.mostly_bold != last.mostly_bold
        or first.wholly_italic != last.wholly_italic
        or abs(first.size - last.size) > 1
    ):
        return False
    if re.search(r"\w[-\u00ad]$", last.text):
        return True
    if right - last.x1 > first.first_word_width + 0.5 * first.size:
        return False  # the next word would have fitted on the last line: the paragraph ended there
    if first.text[:1].islower() or not _ends_sentence(last.text):
        return True
    return last.x1 >= right - 0.5 * body_size  # the last line runs to the margin: the paragraph goes on


class _Hyphenation:
    """Decides whether a hyphen at a line end splits a word ("implemen-" / "tation") or belongs to it ("non-" /
    "governmental"): the document's own spellings decide; with no evidence the hyphen is dropped only in a document
    that is evidently hyphenated (UN documents are not: their line-end hyphens belong to the words)."""

    def __init__(self, lines: list[_Line]) -> None:
        self.vocabulary = self._vocabulary(lines)
        # hyphenated compounds printed whole, by their stems: an inflected language prints a compound in other
        # endings elsewhere ("государство-участник", "государства-участника")
        self.compound_stems = {
            (_stem(parts[0]), _stem(parts[1]))
            for parts in (word.split("-") for word in self.vocabulary)
            if len(parts) == 2 and all(parts)
        }
        # the stems of words printed whole, for a word the document prints in another ending ("cooperative")
        self.stems = {stem for word in self.vocabulary for stem in _without_ending(word)}
        verdicts = [self._evidence(left, right) for left, right in self._breaks(lines)]
        split, kept = verdicts.count(True), verdicts.count(False)
        self.hyphenated_document = split >= 2 and split >= kept

    def drop_hyphen(self, left: str, right: str) -> bool:
        verdict = self._evidence(left.lower(), right.lower())
        return self.hyphenated_document if verdict is None else verdict

    def _evidence(self, left: str, right: str) -> bool | None:
        joined, hyphenated = left + right in self.vocabulary, f"{left}-{right}" in self.vocabulary
        if joined and hyphenated:  # the document prints both ("co-operation", "cooperation"): its hyphenation decides
            return None
        if joined:
            return True
        if not hyphenated and self._in_another_ending(left + right) and not self._in_another_ending(f"{left}-{right}"):
            return True  # "co-/operatives" beside "cooperative" and "co-operative" nowhere: the document's spelling
        if hyphenated or left in HYPHEN_KEEPING_PREFIXES:
            return False
        if min(len(left), len(right)) >= 3 and left in self.vocabulary and right in self.vocabulary:
            return False
        if (_stem(left), _stem(right)) in self.compound_stems:  # "государства-/участника" beside "государство-участник"
            return False
        if _RUSSIAN_COMPOUND_ADJECTIVE.match(f"{left}-{right}"):  # "социально-/экономических", "военно-/промышленный"
            return False
        # no evidence in the document: English words by bge's WordPiece vocabulary (a common word is one piece)
        from prepbot.retrieval.embeddings import word_pieces

        if min(len(left), len(right)) >= 4 and word_pieces(left) == word_pieces(right) == 1 < word_pieces(left + right):
            return False  # "decision-/making": two whole words that make no one word ("super-/vision" does)
        if word_pieces(left + right) == 1 and not word_pieces(left) == word_pieces(right) == 1:
            return True  # "compl-/aints", "transp-/arency": one common word broken where no word ends
        return None

    def _in_another_ending(self, word: str) -> bool:
        """Whether the document prints the word whole in another ending ("cooperative" for "cooperatives")."""
        return not self.stems.isdisjoint(_without_ending(word))

    @staticmethod
    def _vocabulary(lines: list[_Line]) -> set[str]:
        """Words and compounds printed whole: a line's words, but not a word broken at its end nor the first word
        after such a break (the second half of a word)."""
        words: set[str] = set()
        broken_before = False
        for line in lines:
            tokens = line.text.split()
            broken = bool(tokens) and re.search(r"\w[-\u00ad]$", tokens[-1]) is not None
            for token in tokens[1 if broken_before else 0 : -1 if broken else None]:
                token = token.strip(".,;:()[]“”\"'’!?*⁰¹²³⁴⁵⁶⁷⁸⁹").lower()
                parts = token.split("-")
                # the word, its parts and each run of them ("vis-à-vis": "vis-à", "à-vis"), for a break inside it
                words.update(
                    "-".join(parts[start:end])
                    for start in range(len(parts))
                    for end in range(start + 1, len(parts) + 1)
                )
            broken_before = broken
        return words

    @staticmethod
    def _breaks(lines: list[_Line]) -> Iterator[tuple[str, str]]:
        for line, following in zip(lines, lines[1:], strict=False):
            broken = re.search(r"([^\W\d_]+)-$", line.text)
            right = _lower_word_start(following.text)
            if broken and right:
                yield broken.group(1).lower(), right


def _join_lines(lines: list[_Line], hyphenation: _Hyphenation) -> Block:
    """A block's lines as one run of spans: a space between lines, or the halves of a word joined."""
    spans: list[Span] = []
    for line in lines:
        line_spans = list(line.spans)
        while line_spans and line_spans[0].text.isspace():
            line_spans.pop(0)
        while spans and spans[-1].text.isspace():
            spans.pop()
        if spans:
            joint = _joint(spans, line_spans, hyphenation)
            if joint == "unhyphenate":
                spans.pop()
            elif joint == "space":
                spans.append(Span(" "))
        spans.extend(line_spans)
    return spans


def _joint(spans: list[Span], following: list[Span], hyphenation: _Hyphenation) -> str:
    """space | glue (keep the hyphen, no space) | unhyphenate (drop the hyphen, join the word)."""
    end = spans[-1].text
    if end == "\u00ad":
        return "unhyphenate"
    if end in "–—/" and len(spans) > 1 and not spans[-2].text.isspace():
        return "glue"  # "2020–" / "2023", "and/" / "or": a line may break after a dash or slash
    if end not in "-\u2010" or len(spans) < 2 or not spans[-2].text.isalnum():
        return "space"
    next_text = "".join(span.text for span in following[:40])
    right = _lower_word_start(next_text)
    left = _last_word(spans)
    if right and left and hyphenation.drop_hyphen(left, right):
        return "unhyphenate"
    return "glue"


def _stem(word: str) -> str:
    """A word without its last two letters when it is long enough to have an ending."""
    return word[:-2] if len(word) >= 6 else word


def _without_ending(word: str) -> set[str]:
    """The word less none, one or two of its last letters, keeping ENDING_STEM letters at least: two words that
    share one are one word in other endings ("cooperatives", "cooperative"; "законодательства", "законодательство")."""
    return {word[: len(word) - cut] for cut in range(3) if len(word) - cut >= ENDING_STEM}


ENDING_STEM = 6  # letters a stem keeps at least: a shorter one makes different words one ("status", "statue": "stat")


def _lower_word_start(text: str) -> str | None:
    """The word a line starts with when it starts in lower case, in any script ("tation", "ления"); None before a
    capital ("Nur-" / "Sultan" keeps its hyphen), a digit or a sign."""
    word = re.match(r"[^\W\d_]+", text)
    return word.group(0) if word and word.group(0)[0].islower() else None


def _last_word(spans: list[Span]) -> str:
    letters = ""
    for span in reversed(spans[:-1]):  # before the hyphen
        if not span.text.isalpha():
            break
        letters = span.text + letters
    return letters


# --- DOCX --------------------------------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Inline containers whose runs are read; everything else inside a paragraph is not: deleted text (w:del, w:moveFrom),
# drawings and text boxes, field instructions (w:instrText), comments.
RECURSED_CONTAINERS = {
    f"{W}{name}"
    for name in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "bdo", "dir")
}


def docx_blocks(path: Path) -> list[Block]:
    """The body's paragraphs (tables row by row), list numbers written out; headers, footers, footnotes left out."""
    import docx

    document = docx.Document(str(path))
    styles = _StyleSheet(document)
    numbering = _Numbering(document, styles)
    state = {"footnotes": 0}
    blocks: list[Block] = []
    for element in _body_items(document.element.body):
        if element.tag == f"{W}tbl":
            blocks.extend(_table_blocks(element, styles, numbering, state))
            continue
        block = _paragraph_block(element, styles, numbering, state)
        if any(span.text.strip() for span in block):
            blocks.append(block)
    return blocks


def _body_items(container) -> Iterator:
    """Paragraphs and tables in reading order, looking inside content controls."""
    for child in container:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _body_items(child)


def _table_blocks(table, styles: _StyleSheet, numbering: _Numbering, state: dict) -> list[Block]:
    """Each table row as one block, its cells separated by " | "."""
    blocks: list[Block] = []
    for row in table.iter(f"{W}tr"):
        cells: list[Block] = []
        for cell in row.findall(f"{W}tc"):
            cell_spans: Block = []
            for paragraph in _body_items(cell):
                if paragraph.tag == f"{W}p":
                    cell_spans.extend([*_paragraph_block(paragraph, styles, numbering, state), Span(" ")])
            if any(span.text.strip() for span in cell_spans):
                cells.append(cell_spans)
        if cells:
            row_spans: Block = []
            for index, cell in enumerate(cells):
                row_spans.extend(([Span(" | ")] if index else []) + cell)
            blocks.append(row_spans)
    return blocks


def _paragraph_block(paragraph, styles: _StyleSheet, numbering: _Numbering, state: dict) -> Block:
    style_id = _val(paragraph.find(f"{W}pPr/{W}pStyle")) or styles.default_paragraph
    label = numbering.label(paragraph, style_id)
    spans: Block = [Span(label + " ")] if label else []
    base = styles.emphasis(style_id)
    spans.extend(_inline_spans(paragraph, styles, base, state))
    return spans


def _inline_spans(container, styles: _StyleSheet, base: Style, state: dict) -> list[Span]:
    spans: list[Span] = []
    for child in container:
        if child.tag == f"{W}r":
            spans.extend(_run_spans(child, styles, base, state))
        elif child.tag in RECURSED_CONTAINERS:
            spans.extend(_inline_spans(child, styles, base, state))
    return spans


def _run_spans(run, styles: _StyleSheet, base: Style, state: dict) -> list[Span]:
    props = run.find(f"{W}rPr")
    if props is not None and _on(props.find(f"{W}vanish")):
        return []
    bold, italic = styles.emphasis(_val(props.find(f"{W}rStyle")) if props is not None else None, base)
    if props is not None:
        bold = _toggle(props.find(f"{W}b"), bold)
        italic = _toggle(props.find(f"{W}i"), italic)
    raised = props is not None and _val(props.find(f"{W}vertAlign")) == "superscript"
    spans: list[Span] = []
    custom_mark = False
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            text = child.text or ""
            is_mark = custom_mark or (raised and re.fullmatch(r"\s*[\d*†‡]+\s*", text) is not None)
            spans.append(Span(text.strip() if is_mark else text, bold, italic, is_mark))
        elif tag in (f"{W}tab", f"{W}cr") or tag == f"{W}br" and _val(child, "type") not in ("page", "column"):
            spans.append(Span(" "))
        elif tag == f"{W}noBreakHyphen":
            spans.append(Span("-", bold, italic))
        elif tag == f"{W}footnoteReference":
            custom_mark = child.get(f"{W}customMarkFollows", "0") in ("1", "true", "on")
            if not custom_mark:
                state["footnotes"] += 1
                spans.append(Span(str(state["footnotes"]), bold, italic, mark=True))
    return spans


def _val(element, name: str = "val") -> str | None:
    return None if element is None else element.get(f"{W}{name}")


def _on(element, name: str = "val") -> bool:
    """A switch such as w:b or w:vanish: on when present, unless its value says "false"/"0"/"off"."""
    if element is None:
        return False
    return element.get(f"{W}{name}", "true") not in ("0", "false", "off")


def _toggle(element, inherited: bool) -> bool:
    return inherited if element is None else _on(element)


class _StyleSheet:
    """Bold/italic and numbering of paragraph and character styles, following basedOn."""

    def __init__(self, document) -> None:
        self.styles: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        for style in document.styles.element.findall(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            self.styles[style_id] = style
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true", "on"):
                self.default_paragraph = style_id

    def _chain(self, style_id: str | None) -> Iterator:
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _val(style.find(f"{W}basedOn"))

    def emphasis(self, style_id: str | None, base: Style = (False, False)) -> Style:
        bold = italic = None
        for style in self._chain(style_id):
            props = style.find(f"{W}rPr")
            if props is None:
                continue
            if bold is None and props.find(f"{W}b") is not None:
                bold = _on(props.find(f"{W}b"))
            if italic is None and props.find(f"{W}i") is not None:
                italic = _on(props.find(f"{W}i"))
        return (base[0] if bold is None else bold), (base[1] if italic is None else italic)

    def numbering(self, style_id: str | None) -> tuple[str, str] | None:
        for style in self._chain(style_id):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                return _val(num_pr.find(f"{W}numId")) or "0", _val(num_pr.find(f"{W}ilvl")) or "0"
        return None


class _Numbering:
    """Word list numbers ("1.", "(a)", "•") as Word would print them, counted through the document."""

    def __init__(self, document, styles: _StyleSheet) -> None:
        self.styles = styles
        self.nums: dict[str, tuple[str, dict[str, int]]] = {}
        self.levels: dict[tuple[str, str], tuple[int, str, str]] = {}
        # a level's w:lvlRestart: it starts again after a number of this level or above (1-based), never with 0;
        # without it, after a number of any level above it
        self.restarts: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except Exception:  # a document without a numbering part
            return
        for abstract in root.findall(f"{W}abstractNum"):
            abstract_id = abstract.get(f"{W}abstractNumId")
            for level in abstract.findall(f"{W}lvl"):
                start = int(_val(level.find(f"{W}start")) or 1)
                fmt = _val(level.find(f"{W}numFmt")) or "decimal"
                text = _val(level.find(f"{W}lvlText")) or ""
                self.levels[(abstract_id, level.get(f"{W}ilvl"))] = (start, fmt, text)
                restart = _val(level.find(f"{W}lvlRestart"))
                if restart is not None and restart.isdigit():
                    self.restarts[(abstract_id or "", int(level.get(f"{W}ilvl") or 0))] = int(restart)
        for num in root.findall(f"{W}num"):
            overrides = {
                override.get(f"{W}ilvl") or "0": int(_val(override.find(f"{W}startOverride")) or 0)
                for override in num.findall(f"{W}lvlOverride")
                if override.find(f"{W}startOverride") is not None
            }
            self.nums[num.get(f"{W}numId") or ""] = (_val(num.find(f"{W}abstractNumId")) or "", overrides)

    def label(self, paragraph, style_id: str | None) -> str:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, level = _val(num_pr.find(f"{W}numId")), _val(num_pr.find(f"{W}ilvl")) or "0"
        else:
            from_style = self.styles.numbering(style_id)
            if from_style is None:
                return ""
            num_id, level = from_style
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        return self._next(num_id, int(level))

    def _next(self, num_id: str, level: int) -> str:
        abstract_id, overrides = self.nums[num_id]
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for ilvl, start in overrides.items():
                counters[int(ilvl)] = start - 1
        start, fmt, text = self.levels.get((abstract_id, str(level)), (1, "decimal", f"%{level + 1}."))
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            restart = self.restarts.get((abstract_id, deeper), deeper)
            if restart and level < restart:  # "I. Heading" / "8. ..." goes on from 7 where the level never restarts
                del counters[deeper]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def number(match: re.Match) -> str:
            ilvl = int(match.group(1)) - 1
            lvl_start, lvl_fmt, _ = self.levels.get((abstract_id, str(ilvl)), (1, "decimal", ""))
            return _format_number(counters.get(ilvl, lvl_start), lvl_fmt)

        return re.sub(r"%(\d)", number, text)


# an HTML list's numbering type: a list of letters or small roman numerals is a paragraph's sub-items, printed
# "(a)", "(i)" in UN documents (a web page made from one by LibreOffice keeps only the type)
HTML_LIST_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _list_item_label(value: int, kind: str) -> str:
    fmt = HTML_LIST_TYPES.get(kind, "decimal")
    number = _format_number(value, fmt)
    return f"({number}) " if kind in ("a", "i") else f"{number}. "


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip
    out = ""
    for amount, letters in numerals:
        while value >= amount:
            out += letters
            value -= amount
    return out


# --- HTML --------------------------------------------------------------------------------------------------------

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote",
    "pre", "table", "tr", "ul", "ol", "dl", "hr", "figure", "figcaption", "address", "center", "body",
}  # fmt: skip
SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "svg", "button", "form",
                "select", "iframe", "object", "aside"}  # fmt: skip
VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "embed", "param"}
# A class or id naming a footnote section or one footnote: "footnotes", "endnotes", "footnote-3", "sdfootnote3"
# (LibreOffice), "ftn3" / "_edn3" (Word), "fn-list", "notes".
FOOTNOTE_CONTAINER = re.compile(
    r"^(?:(?:sd)?(?:foot|end)notes?(?:-?\d+|-list|-section|-area)?|fn-?list|_?(?:ftn|edn)\d+|notes)$", re.I
)
FOOTNOTE_LINK = re.compile(r"^#(?:_?ftn|_?edn|sdfootnote|sdendnote|fn|footnote|note)", re.I)


def html_blocks(path: Path) -> list[Block]:
    """The page's text blocks: navigation, scripts and footnote sections left out, list numbers written out."""
    parser = _HtmlText()
    parser.feed(_decode_html(path.read_bytes()))
    parser.close()
    return parser.finish()


def _decode_html(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", data[:4096], re.I)
    encodings = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*encodings, "utf-8", "cp1252"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


class _HtmlText(HTMLParser):
    """Collects the blocks of an HTML page as the parser walks its tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block = []
        self.skip_depth = 0  # inside a skipped element (counted by tag nesting)
        self.skip_tag: str | None = None
        self.bold = 0
        self.italic = 0
        self.sup = 0
        self.footnote_link = 0
        self.pre = 0
        self.lists: list[list] = []  # [tag, next number]
        self.label = ""  # a list item's number, waiting for the item's first text
        self.breaks = 0  # consecutive <br>
        self.cells = 0  # inside a table cell: its paragraphs (Word's export puts each cell's text in a <p>) are one

    def _breaks_block(self, tag: str) -> bool:
        return tag in BLOCK_TAGS and (not self.cells or tag in ("table", "tr"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if self.skip_tag is not None:
            if tag == self.skip_tag and tag not in VOID_TAGS:
                self.skip_depth += 1
            return
        if tag in SKIPPED_TAGS or (tag in BLOCK_TAGS and _is_footnote_container(attributes)):
            if tag not in VOID_TAGS:
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag == "br":
            self.breaks += 1
            if self.breaks >= 2:
                self._flush()
            else:
                self.current.append(Span(" "))
            return
        if self._breaks_block(tag):
            self._flush()
        elif tag in BLOCK_TAGS and self.current:
            self.current.append(Span(" "))  # a cell's second paragraph: a word apart from its first
        self.breaks = 0
        if tag in ("ol", "ul"):
            start = attributes.get("start") or "1"
            self.lists.append([tag, int(start) if start.isdigit() else 1, attributes.get("type") or "1"])
        elif tag == "li":
            self._list_label(attributes)
        elif tag in ("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.bold += 1
        elif tag in ("i", "em", "cite", "dfn", "var"):
            self.italic += 1
        elif tag == "sup":
            self.sup += 1
        elif tag == "a" and FOOTNOTE_LINK.match(attributes.get("href", "")):
            self.footnote_link += 1
        elif tag == "pre":
            self.pre += 1
        elif tag in ("td", "th"):
            # a cell after one with text; the white LibreOffice writes between <tr> and the first cell is none
            if any(span.text.strip() for span in self.current):
                self.current.append(Span(" | "))
            self.cells += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in ("td", "th"):
            self.cells = max(0, self.cells - 1)
        elif tag == "tr":
            self.cells = 0
        if self._breaks_block(tag):
            self._flush()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        elif tag in ("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("i", "em", "cite", "dfn", "var"):
            self.italic = max(0, self.italic - 1)
        elif tag == "sup":
            self.sup = max(0, self.sup - 1)
        elif tag == "a" and self.footnote_link:
            self.footnote_link -= 1
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip_tag is not None or not data:
            return
        if data.strip():
            self.breaks = 0
        if self.sup or self.footnote_link:
            marks = re.fullmatch(r"\s*\[?\s*([\d*†‡]+|[ivx]+)\s*\]?\s*", data)
            # a roman numeral only as a link to an endnote (ENDNOTE_MARK): "x" raised alone is no mark
            if marks and (self.footnote_link or not ENDNOTE_MARK.fullmatch(marks.group(1))):
                self.current.append(Span(marks.group(1), mark=True))
                return
        text = data if self.pre else re.sub(r"\s+", " ", data)
        if self.label and text.strip():
            self.current.append(Span(self.label))
            self.label = ""
        self.current.append(Span(text, self.bold > 0, self.italic > 0))

    def _list_label(self, attributes: dict[str, str]) -> None:
        if not self.lists:
            return
        kind = self.lists[-1]
        if kind[0] == "ul":
            self.label = "• "
            return
        if attributes.get("value", "").isdigit():
            kind[1] = int(attributes["value"])
        self.label = _list_item_label(kind[1], kind[2])
        kind[1] += 1

    def _flush(self) -> None:
        if any(span.text.strip() and not span.mark for span in self.current):
            self.blocks.append(self.current)
        self.current = []

    def finish(self) -> list[Block]:
        self._flush()
        return self.blocks


def _is_footnote_container(attributes: dict[str, str]) -> bool:
    if attributes.get("role", "") in ("doc-endnotes", "doc-footnotes", "doc-footnote", "doc-endnote"):
        return True
    if "mso-element:footnote" in attributes.get("style", "").replace(" ", "").lower():
        return True
    names = [*attributes.get("class", "").split(), attributes.get("id", "")]
    return any(FOOTNOTE_CONTAINER.match(name) for name in names if name)


def main() -> None:
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--footnote-marks", choices=("superscript", "drop"), default="superscript")
    args = parser.parse_args()
    try:
        sys.stdout.write(to_text(args.file, footnote_marks=args.footnote_marks))
    except ConversionError as error:
        sys.exit(f"error: {error}")


if __name__ == "__main__":
    main()
