"""Lay a corpus text out the way the UN document system prints it, to test the converter on realistic files.

`read_layout(text)` reads a corpus text file (the layout retrieval/parsing.py takes: one paragraph per line or block,
markdown emphasis, page-break fragments, footnote bodies marked with superscript digits) back into the document it
came from: headings, numbered paragraphs, list items, procedural notes and footnotes attached to their references,
with paragraphs that the text split at a page break joined again. From that layout:

* `write_docx` writes a Word file like an ODS original: A4, Times New Roman 10 pt, justified paragraphs
  "1.<tab>Text" (typed numbers, or Word list numbering with numbering="auto"), bold headings, real Word footnotes
  (a footnotes part; python-docx has no API for it), a different first page with "United Nations" and the symbol, and
  on the other pages a running header with the document symbol and a footer with the "GE.22-12345" job number and
  page number; the first page's footer carries the "GE.22-12345(E)" job line and a "*2212345*" barcode line.
* `write_pdf` turns that DOCX into a PDF with LibreOffice (`soffice --headless --convert-to pdf`); the body is long
  enough that paragraphs run across pages, and footnotes sit at page bottoms under a separator.
* `write_html` writes a web page version: site navigation, the paragraphs, footnote links and a footnotes list.

Options: numbering="auto" (Word list numbers instead of typed ones), hyphenate=True (optional hyphens in long words, so
that lines end in hyphenated words), spacing=0 (no space between paragraphs).

Command line: python tests/un_like.py CORPUS_TEXT SYMBOL OUT_DIR [--formats docx,pdf,html] [--numbering typed|auto]
              [--hyphenate] [--spacing POINTS]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_ASCII = str.maketrans(SUPERSCRIPTS, "0123456789")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.,][ \t]+(?P<rest>\S.*)$", re.S)
# "2.3 The author ...": a decimal paragraph number, as Views on communications print it (tests/texts/views-decimal.txt)
DECIMAL_NUMBERED = re.compile(r"^(?P<number>\d{1,3}\.\d{1,2})\.?[ \t]+(?P<rest>\S.*)$", re.S)
LETTERED_HEADING = re.compile(r"^(?P<label>[A-Z]{1,4}|[IVX]+|\d{1,2})\.\t(?P<rest>.+)$", re.S)
LIST_ITEM = re.compile(r"^(?:[–—•·▪-]\s|\(?[a-z]{1,4}\)\s|\(?\d{1,2}\)\s|\([ivx]+\)\s)")
FOOTNOTE_BODY = re.compile(f"^(?P<mark>[{SUPERSCRIPTS}]+|\\*)\\s+(?P<text>.+)$", re.S)
MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+)$", re.S)
WHOLLY_BOLD = re.compile(r"^\*\*(?!\*)(.+?)\*\*$", re.S)
WHOLLY_ITALIC = re.compile(r"^\*(?!\*)(.+?)\*$", re.S)
CLAUSE_END = re.compile(r"[.!?…:;]['’”\")]?$")
INLINE = re.compile(
    r"\*\*(?P<bold>.+?)\*\*"
    r"|(?<![\w*])\*(?=\S)(?P<italic>.+?)(?<=\S)\*(?![\w*])"
    r"|\[(?P<link>[^\]]*)\]\([^)]*\)"
    r"|<(?P<url>https?://[^>\s]+)>"
    f"|(?P<sup>[{SUPERSCRIPTS}]+)"
    r"|(?<=[\w.)])(?P<star>\*)(?=[\s,.;:]|$)",
    re.S,
)

BODY_INDENT = Cm(2.0)
NUMBER_TAB = Cm(3.0)
TEXT_WIDTH = Cm(17.0)


# --- the layout read back from a corpus text ----------------------------------------------------------------------


@dataclass
class Inline:
    """A piece of running text: plain, bold and/or italic, or a footnote reference (`footnote` holds its mark)."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    footnote: str | None = None


@dataclass
class Element:
    """One printed paragraph: kind is title | heading | paragraph | item | note | text."""

    kind: str
    inlines: list[Inline]
    number: str | None = None
    label: str | None = None  # "A." of a lettered heading
    level: int = 3  # heading size: 1 (title) .. 3 (sub-heading)

    def plain(self) -> str:
        return "".join(piece.text for piece in self.inlines if piece.footnote is None)


@dataclass
class Layout:
    elements: list[Element] = field(default_factory=list)
    footnotes: dict[str, list[Inline]] = field(default_factory=dict)


def read_layout(text: str) -> Layout:
    """The document a corpus text was taken from, page-break fragments joined back to their paragraphs."""
    layout = Layout()
    star_footnotes = re.search(r"^\*\s", text, re.M) is not None
    current: Element | None = None  # the last numbered paragraph: page-break fragments join it
    previous: Element | None = None
    after_blank = True
    for line in _logical_lines(text):
        if not line.strip():
            after_blank = True
            continue
        element = _read_line(line, layout, star_footnotes, current, previous, after_blank)
        after_blank = False
        if element is None:
            continue
        layout.elements.append(element)
        previous = element
        if element.kind == "paragraph":
            current = element
        elif element.kind in ("heading", "title"):
            current = None
    return layout


def _logical_lines(text: str) -> list[str]:
    """Lines, with markdown hard breaks ("two spaces" line ends) kept inside one line as "\n"."""
    lines: list[str] = []
    pending = ""
    for raw in text.replace("\r", "").split("\n"):
        if raw.endswith("  ") and raw.strip():
            pending += raw.rstrip() + "\n"
            continue
        lines.append(pending + raw.rstrip() if raw.strip() or not pending else pending.rstrip("\n"))
        pending = ""
    if pending:
        lines.append(pending.rstrip("\n"))
    return lines


def _read_line(
    line: str,
    layout: Layout,
    star_footnotes: bool,
    current: Element | None,
    previous: Element | None,
    after_blank: bool,
) -> Element | None:
    indented = line[:1].isspace()
    stripped = line.strip()
    if re.fullmatch(r"-{3,}", stripped):
        return None
    footnote = FOOTNOTE_BODY.match(stripped)
    if footnote and (footnote.group("mark") != "*" or star_footnotes):
        layout.footnotes[footnote.group("mark").translate(TO_ASCII)] = parse_inlines(footnote.group("text"))
        return None
    heading = MARKDOWN_HEADING.match(stripped)
    if heading:
        level = min(len(heading.group("hashes")), 3)
        return Element("title" if level == 1 else "heading", parse_inlines(heading.group("text")), level=level)
    numbered = NUMBERED.match(stripped) or DECIMAL_NUMBERED.match(stripped)
    if numbered and not indented:
        return Element("paragraph", parse_inlines(numbered.group("rest")), number=numbered.group("number"))
    if indented:
        lettered = LETTERED_HEADING.match(stripped)
        if lettered:
            return Element("heading", parse_inlines(lettered.group("rest")), label=lettered.group("label"), level=2)
        return Element("heading", parse_inlines(stripped), level=3)
    if WHOLLY_BOLD.match(stripped):
        return Element("heading", parse_inlines(stripped), level=3)
    if WHOLLY_ITALIC.match(stripped):
        return Element("note", parse_inlines(stripped))
    if current is not None and _continues(stripped, current):
        current.inlines.extend([Inline(" "), *parse_inlines(stripped)])
        return None
    if LIST_ITEM.match(stripped) or (
        not after_blank and previous is not None and previous.kind in ("paragraph", "item")
    ):
        return Element("item", parse_inlines(stripped))
    if _heading_like(stripped):
        return Element("heading", parse_inlines(stripped), level=3)
    return Element("text", parse_inlines(stripped))


def _continues(line: str, paragraph: Element) -> bool:
    """A fragment after a page break: it starts in lower case, or the paragraph stopped mid-sentence."""
    if LIST_ITEM.match(line):
        return False
    ending = re.sub(f"[{SUPERSCRIPTS}*]+$", "", paragraph.plain().rstrip())
    return line[:1].islower() or not CLAUSE_END.search(ending)


def _heading_like(line: str) -> bool:
    plain = re.sub(f"[{SUPERSCRIPTS}*]+$", "", line)
    return len(plain) <= 220 and not CLAUSE_END.search(plain) and not plain.endswith(",")


def parse_inlines(text: str, bold: bool = False, italic: bool = False) -> list[Inline]:
    """Markdown emphasis, links and superscript footnote marks as a list of inline pieces."""
    pieces: list[Inline] = []
    position = 0
    for match in INLINE.finditer(text):
        if match.start() > position:
            pieces.append(Inline(text[position : match.start()], bold, italic))
        if match.group("bold") is not None:
            pieces.extend(parse_inlines(match.group("bold"), True, italic))
        elif match.group("italic") is not None:
            pieces.extend(parse_inlines(match.group("italic"), bold, True))
        elif match.group("link") is not None:
            pieces.append(Inline(match.group("link"), bold, italic))
        elif match.group("url") is not None:
            pieces.append(Inline(match.group("url"), bold, italic))
        elif match.group("sup") is not None:
            pieces.append(Inline(footnote=match.group("sup").translate(TO_ASCII)))
        else:
            pieces.append(Inline(footnote="*"))
        position = match.end()
    if position < len(text):
        pieces.append(Inline(text[position:], bold, italic))
    return pieces


# --- DOCX -------------------------------------------------------------------------------------------------------


def job_number(symbol: str, year: str = "22") -> str:
    """A stable, realistic-looking UN job number for the symbol: "GE.22-12345"."""
    digits = int(hashlib.sha1(symbol.encode()).hexdigest(), 16) % 90000 + 10000
    return f"GE.{year}-{digits}"


class _Footnotes:
    """Real Word footnotes: references in the body and a /word/footnotes.xml part written at the end."""

    def __init__(self, layout: Layout) -> None:
        self.bodies = layout.footnotes
        self.xml: list[str] = []

    def reference(self, paragraph: DocxParagraph, mark: str) -> None:
        if mark not in self.bodies:
            paragraph.add_run(mark.translate(str.maketrans("0123456789", SUPERSCRIPTS)))
            return
        footnote_id = len(self.xml) + 1
        custom = not mark.isdigit()
        custom_attr = 'w:customMarkFollows="1" ' if custom else ""
        ref = f'<w:footnoteReference {custom_attr}w:id="{footnote_id}"/>'
        mark_text = f"<w:t>{escape(mark)}</w:t>" if custom else ""  # Word keeps a custom mark in the same run
        paragraph._p.append(
            parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>{ref}{mark_text}</w:r>')
        )
        self.xml.append(self._body(footnote_id, mark, custom))

    def _body(self, footnote_id: int, mark: str, custom: bool) -> str:
        sup = '<w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
        mark_run = f"<w:r>{sup}<w:t>{escape(mark)}</w:t></w:r>" if custom else f"<w:r>{sup}<w:footnoteRef/></w:r>"
        runs = "".join(_run_xml(piece, size=18) for piece in self.bodies[mark] if piece.footnote is None)
        return (
            f'<w:footnote w:id="{footnote_id}"><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>'
            '<w:spacing w:after="0" w:line="220" w:lineRule="exact"/>'
            '<w:ind w:left="1134" w:right="1134" w:hanging="1134"/><w:jc w:val="both"/></w:pPr>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:tab/></w:r>{mark_run}'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:tab/></w:r>{runs}</w:p></w:footnote>'
        )

    def attach(self, document) -> None:
        if not self.xml:
            return
        separators = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            "<w:r><w:separator/></w:r></w:p></w:footnote>"
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        )
        declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        blob = f"{declaration}<w:footnotes {nsdecls('w')}>{separators}{''.join(self.xml)}</w:footnotes>"
        part = Part(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, blob.encode("utf-8"), document.part.package
        )
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _run_xml(piece: Inline, size: int) -> str:
    props = ("<w:b/>" if piece.bold else "") + ("<w:i/>" if piece.italic else "") + f'<w:sz w:val="{size}"/>'
    parts = [f'<w:t xml:space="preserve">{escape(chunk)}</w:t>' if chunk else "" for chunk in piece.text.split("\n")]
    return f"<w:r><w:rPr>{props}</w:rPr>{'<w:br/>'.join(parts)}</w:r>"


def write_docx(
    layout: Layout, symbol: str, path: Path, numbering: str = "typed", hyphenate: bool = False, spacing: float = 6
) -> Path:
    """The layout as a UN-style Word file; numbering="auto" numbers paragraphs with a Word list instead of text;
    hyphenate=True puts optional hyphens into long words, so that lines end in hyphenated words as in a typeset
    document (LibreOffice breaks there and prints a hyphen; no hyphenation dictionary needed); spacing is the space
    after each paragraph in points (0: paragraphs told apart only by their numbers and indents)."""
    document = Document()
    _page_setup(document, symbol)
    footnotes = _Footnotes(layout)
    auto_num_id = _add_paragraph_numbering(document) if numbering == "auto" else None
    for element in layout.elements:
        paragraph = document.add_paragraph()
        _format(paragraph, element, spacing)
        if element.kind == "paragraph":
            if auto_num_id is not None:
                _number_automatically(paragraph, auto_num_id)
            else:
                paragraph.add_run(f"{_printed_number(element.number)}\t")
        elif element.label:
            paragraph.add_run(f"{element.label}.\t")
        for piece in element.inlines:
            if piece.footnote is not None:
                footnotes.reference(paragraph, piece.footnote)
            else:
                _add_text(paragraph, _soft_hyphenated(piece) if hyphenate else piece, element)
    footnotes.attach(document)
    document.save(str(path))
    return path


def _printed_number(number: str | None) -> str:
    """A paragraph number as printed before its text: "12." (whole), "2.3" (decimal, as Views print it: no stop)."""
    return number if number and "." in number else f"{number}."


def _soft_hyphenated(piece: Inline) -> Inline:
    """Optional hyphens (U+00AD) in the middle of words of nine letters or more: "implemen\u00adtation"."""

    def split(match: re.Match) -> str:
        word = match.group(0)
        cut = len(word) // 2
        return word[:cut] + "\u00ad" + word[cut:]

    return Inline(re.sub(r"\b[a-z]{9,}\b", split, piece.text), piece.bold, piece.italic, piece.footnote)


def _page_setup(document, symbol: str) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(12)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.2)
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    job = job_number(symbol)
    barcode = "*" + job[3:].replace("-", "") + "*"

    first_header = section.first_page_header.paragraphs[0]
    _header_line(
        first_header, [("United Nations", True, 14), ("\t", False, 10), (symbol, True, 18)], WD_TAB_ALIGNMENT.RIGHT
    )
    _header_line(section.header.paragraphs[0], [("\t", False, 10), (symbol, True, 9)], WD_TAB_ALIGNMENT.RIGHT)
    _header_line(section.even_page_header.paragraphs[0], [(symbol, True, 9)], None)

    first_footer = section.first_page_footer
    _header_line(first_footer.paragraphs[0], [(f"{job}(E)", False, 9)], None)
    _header_line(
        first_footer.add_paragraph(),
        [(barcode, False, 9), ("\t", False, 9), ("Please recycle", False, 8)],
        WD_TAB_ALIGNMENT.RIGHT,
    )
    odd = section.footer.paragraphs[0]
    _header_line(odd, [(job, True, 8), ("\t", False, 9)], WD_TAB_ALIGNMENT.RIGHT)
    _page_field(odd)
    even = section.even_page_footer.paragraphs[0]
    _page_field(even)
    _header_line(even, [("\t", False, 9), (job, True, 8)], WD_TAB_ALIGNMENT.RIGHT)


def _header_line(paragraph: DocxParagraph, pieces: list[tuple[str, bool, int]], tab: WD_TAB_ALIGNMENT | None) -> None:
    if tab is not None:
        paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, tab)
    for text, bold, size in pieces:
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)


def _page_field(paragraph: DocxParagraph) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:b/><w:sz w:val="18"/></w:rPr>'
            "<w:t>1</w:t></w:r></w:fldSimple>"
        )
    )


def _format(paragraph: DocxParagraph, element: Element, spacing: float) -> None:
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = BODY_INDENT
    fmt.space_after = Pt(spacing)
    if element.kind in ("title", "heading"):
        fmt.keep_with_next = True
        fmt.space_before = Pt(2 * spacing if element.level <= 2 else spacing)
        fmt.left_indent = BODY_INDENT if element.level > 1 else Cm(1.0)
        if element.label:
            fmt.left_indent, fmt.first_line_indent = BODY_INDENT, -Cm(1.0)
            fmt.tab_stops.add_tab_stop(BODY_INDENT)
        return
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if element.kind == "paragraph":
        fmt.tab_stops.add_tab_stop(NUMBER_TAB)
    elif element.kind == "item":
        fmt.first_line_indent = Cm(1.0)
        fmt.tab_stops.add_tab_stop(Cm(4.0))


def _add_text(paragraph: DocxParagraph, piece: Inline, element: Element) -> None:
    heading = element.kind in ("title", "heading")
    for index, chunk in enumerate(piece.text.split("\n")):
        if index:
            paragraph.add_run().add_break()
        if not chunk:
            continue
        run = paragraph.add_run(chunk)
        run.bold = piece.bold or heading
        run.italic = piece.italic or element.kind == "note"
        if heading:
            run.font.size = Pt({1: 17, 2: 12}.get(element.level, 10))


def _add_paragraph_numbering(document) -> str:
    """A Word list "1.<tab>" for the numbered paragraphs; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = num_id = 90
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1701"/></w:tabs></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    return str(num_id)


def _number_automatically(paragraph: DocxParagraph, num_id: str) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


# --- PDF and HTML -------------------------------------------------------------------------------------------------


def soffice() -> str | None:
    """The LibreOffice command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_pdf(docx_path: Path, out_dir: Path, timeout: float = 300) -> Path:
    """Convert the DOCX with LibreOffice (headless, its own throwaway profile) and return the PDF's path."""
    command = soffice()
    if command is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [command, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(docx_path)],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
    pdf = Path(out_dir) / (Path(docx_path).stem + ".pdf")
    if not pdf.is_file():
        raise RuntimeError(f"LibreOffice did not write {pdf}")
    return pdf


def write_html(layout: Layout, symbol: str, path: Path) -> Path:
    """The layout as a web page with navigation, footnote links and a footnotes section."""
    numbers: dict[str, int] = {}
    body = [_html_element(element, layout, numbers) for element in layout.elements]
    notes = "".join(
        f'<li id="fn{number}">{_html_inlines(layout.footnotes[mark], layout, {})} <a href="#fnref{number}">↩</a></li>'
        for mark, number in numbers.items()
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(symbol)}</title>'
        "<style>.footnotes{font-size:small}</style><script>window.dataLayer=[];</script></head><body>"
        '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/documents">Documents</a></li></ul></nav>'
        f'<p class="symbol">{escape(symbol)}</p></header>\n<main>\n' + "\n".join(body) + "\n</main>\n"
        f'<section class="footnotes" role="doc-endnotes"><hr><ol>{notes}</ol></section>'
        "<footer><p>© United Nations</p><p>Page 1 of 1</p></footer></body></html>\n"
    )
    Path(path).write_text(page, encoding="utf-8")
    return Path(path)


def _html_element(element: Element, layout: Layout, numbers: dict[str, int]) -> str:
    content = _html_inlines(element.inlines, layout, numbers)
    if element.kind in ("title", "heading"):
        label = f"{escape(element.label)}. " if element.label else ""
        return f"<h{element.level + 1}>{label}{content}</h{element.level + 1}>"
    if element.kind == "paragraph":
        return f'<p class="para"><span class="num">{_printed_number(element.number)}</span>&nbsp;{content}</p>'
    if element.kind == "note":
        return f"<p><em>{content}</em></p>"
    return f"<p>{content}</p>"


def _html_inlines(inlines: list[Inline], layout: Layout, numbers: dict[str, int]) -> str:
    out = []
    for piece in inlines:
        if piece.footnote is not None:
            if piece.footnote not in layout.footnotes:
                continue
            number = numbers.setdefault(piece.footnote, len(numbers) + 1)
            out.append(f'<sup><a href="#fn{number}" id="fnref{number}">{escape(piece.footnote)}</a></sup>')
            continue
        text = html.escape(piece.text, quote=False).replace("\n", "<br>")
        if piece.italic:
            text = f"<em>{text}</em>"
        if piece.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def build(
    text_path: Path,
    symbol: str,
    out_dir: Path,
    formats: tuple[str, ...] = ("docx", "pdf", "html"),
    numbering: str = "typed",
    hyphenate: bool = False,
    spacing: float = 6,
) -> dict[str, Path]:
    """Write the requested formats of one corpus text into out_dir; returns {format: path}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    layout = read_layout(Path(text_path).read_text(encoding="utf-8"))
    stem = Path(text_path).stem
    written: dict[str, Path] = {}
    if "docx" in formats or "pdf" in formats:
        written["docx"] = write_docx(layout, symbol, out_dir / f"{stem}.docx", numbering, hyphenate, spacing)
    if "pdf" in formats:
        written["pdf"] = write_pdf(written["docx"], out_dir)
    if "html" in formats:
        written["html"] = write_html(layout, symbol, out_dir / f"{stem}.html")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", type=Path, help="a corpus text file")
    parser.add_argument("symbol", help='the document symbol for the running header, e.g. "CAT/C/KAZ/Q/4"')
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--formats", default="docx,pdf,html", help="comma-separated: docx,pdf,html")
    parser.add_argument("--numbering", choices=("typed", "auto"), default="typed")
    parser.add_argument("--hyphenate", action="store_true", help="hyphenate long words at line ends (PDF)")
    parser.add_argument("--spacing", type=float, default=6, help="points of space after each paragraph")
    args = parser.parse_args()
    formats = tuple(args.formats.split(","))
    written = build(args.text, args.symbol, args.out_dir, formats, args.numbering, args.hyphenate, args.spacing)
    for kind, path in written.items():
        print(f"{kind}: {path}")


if __name__ == "__main__":
    main()
