"""Round trips: corpus text -> UN-like DOCX, PDF or HTML -> to_text -> the parser finds the same paragraphs."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from prepbot.retrieval.convert import to_text


class Case(NamedTuple):
    file: str  # a corpus text
    fmt: str  # docx | pdf | html
    numbering: str = "typed"  # typed "1.<tab>" numbers, or Word list numbering ("auto")
    hyphenate: bool = False  # long words hyphenated at line ends
    spacing: float = 6  # points after each paragraph; 0: paragraphs known only by numbers and line ends

    @property
    def id(self) -> str:
        extras = [self.numbering == "auto" and "autonum", self.hyphenate and "hyphenated", not self.spacing and "tight"]
        return "-".join([self.file.removesuffix(".txt"), self.fmt, *[extra for extra in extras if extra]])


CASES = [
    Case("cat-c-kaz-q-4.txt", "docx"),
    Case("cat-c-kaz-q-4.txt", "pdf"),
    Case("cat-c-kaz-q-4.txt", "pdf", hyphenate=True),
    Case("cat-c-kaz-q-4.txt", "pdf", spacing=0),
    Case("cat-c-kaz-q-4.txt", "html"),
    Case("ccpr-c-sr-4227.txt", "docx", numbering="auto"),
    Case("ccpr-c-sr-4227.txt", "pdf", numbering="auto"),
    Case("ccpr-c-sr-4227.txt", "pdf", spacing=0),
    Case("ccpr-c-sr-4227.txt", "html"),
    Case("ccpr-c-kaz-3-replies.txt", "docx"),
    Case("ccpr-c-kaz-3-replies.txt", "pdf"),
    Case("ngo-kaz-loipr-2022.txt", "html"),
]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def either_spelling(source: str):
    """A comparison that lets a word the source prints both with and without its hyphen ("Co-operation" beside
    "cooperation") come back in either spelling: when a line breaks at its hyphen, the converted file cannot tell
    which one this occurrence was (retrieval/convert.py: _Hyphenation), and which line breaks there depends on the
    fonts of the machine that lays the test file out."""
    words = {word.lower() for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", source)}
    both = {word for word in words if re.search(rf"\b{re.escape(word.replace('-', ''))}\b", source, re.IGNORECASE)}

    def comparable(text: str) -> str:
        for word in both:
            text = re.sub(rf"\b{re.escape(word)}\b", word.replace("-", ""), text, flags=re.IGNORECASE)
        return squash(text).lower() if both else squash(text)

    return comparable


def parsed_pair(entries, built, case, footnote_marks="superscript"):
    from conftest import CORPUS_DIR

    from prepbot.retrieval.parsing import parse_document

    entry = entries[case.file]
    original = parse_document(entry, (CORPUS_DIR / case.file).read_text(encoding="utf-8"))
    converted_text = to_text(built(*case), footnote_marks=footnote_marks)
    return original, parse_document(entry, converted_text), converted_text


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_round_trip_gives_the_same_paragraphs(entries, built, case):
    from prepbot.retrieval.parsing import numbering_report

    original, converted, _ = parsed_pair(entries, built, case)
    assert len(converted) == len(original)
    assert [p.number for p in converted] == [p.number for p in original]
    comparable = either_spelling(" ".join(p.text for p in original))
    for before, after in zip(original, converted, strict=True):
        assert comparable(after.text) == comparable(before.text), f"paragraph {before.number}"
    # what the parser derives from layout and emphasis survives too: headings, speakers, footnote references
    assert [p.section for p in converted] == [p.section for p in original]
    assert [(p.speaker, p.speaker_role) for p in converted] == [(p.speaker, p.speaker_role) for p in original]
    assert [p.footnotes for p in converted] == [p.footnotes for p in original]
    report = numbering_report(converted)
    assert (report.count, report.gaps, report.duplicates) == (len(original), [], [])


def test_footnote_marks_can_be_dropped(entries, built):
    original, converted, text = parsed_pair(entries, built, CASES[1], footnote_marks="drop")
    assert not re.search("[⁰¹²³⁴⁵⁶⁷⁸⁹]", text)
    assert [squash(p.text) for p in converted] == [squash(p.text) for p in original]
    assert all(p.footnotes == () for p in converted)


def pdf_page_lines(path) -> list[list[str]]:
    """Each page's printed lines, top to bottom (the converter's own reading, before it drops anything)."""
    from prepbot.retrieval.convert import _page_lines, _read_pdf

    return [[line.text for line in _page_lines(page, index).lines] for index, page in enumerate(_read_pdf(path))]


def test_pdf_has_the_furniture_and_page_breaks_the_converter_must_handle(built):
    """The built PDF is realistic: running headers, job numbers, footnotes at page feet, paragraphs across pages."""
    pdf_path = built("cat-c-kaz-q-4.txt", "pdf")
    pages = pdf_page_lines(pdf_path)
    assert len(pages) >= 5
    assert all(page[0] == "CAT/C/KAZ/Q/4" for page in pages[1:])
    assert all(any(re.search(r"GE\.22-\d{5}", line) for line in page) for page in pages)
    assert any("Adopted by the Committee at its seventy-fifth session" in line for line in pages[0])  # a footnote
    assert any(page[1][:1].islower() for page in pages[1:]), "no paragraph runs across a page break"

    text = to_text(pdf_path)
    assert "CAT/C/KAZ/Q/4\n" not in text and "GE.22-" not in text and "Please recycle" not in text
    assert "Adopted by the Committee" not in text
    assert not re.search(r"^\d+$", text, re.M)


def test_hyphenated_pdf_really_breaks_words_at_line_ends(built):
    pages = pdf_page_lines(built("cat-c-kaz-q-4.txt", "pdf", hyphenate=True))
    assert sum(bool(re.search(r"[a-z]-$", line)) for page in pages for line in page) >= 20


VIEWS = (
    "views-decimal.txt"  # tests/texts: Views on a communication, numbered 1.1, 1.2, 2.1 ... with whole numbers between
)
VIEWS_SYMBOL = "CCPR/C/141/D/3456/2019"


@pytest.fixture(scope="module")
def views_built(tmp_path_factory):
    """build(fmt, spacing=6) -> the Views as a UN-like file (tests/un_like.py prints "2.3<tab>Text"), built once."""
    import un_like

    from prepbot import PROJECT_ROOT

    cache: dict[tuple, object] = {}

    def build(fmt: str, spacing: float = 6):
        if (fmt, spacing) not in cache:
            if fmt == "pdf" and un_like.soffice() is None:
                pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
            out_dir = tmp_path_factory.mktemp(f"views-{fmt}-{spacing:g}")
            source = PROJECT_ROOT / "tests" / "texts" / VIEWS
            cache[(fmt, spacing)] = un_like.build(source, VIEWS_SYMBOL, out_dir, (fmt,), spacing=spacing)[fmt]
        return cache[(fmt, spacing)]

    return build


@pytest.mark.parametrize(("fmt", "spacing"), [("docx", 6), ("pdf", 6), ("pdf", 0), ("html", 6)])
def test_views_numbered_decimally_round_trip(views_built, fmt, spacing):
    """Views as the UN prints them ("2.3<tab>The author ...", a whole "8." between sections), in Word, in a PDF laid
    out by LibreOffice (with space between paragraphs, and without: a tight PDF ran 9.1 and 9.2 together) and as a
    web page, give the paragraphs of the text they were made from, decimal numbers and all."""
    from prepbot import PROJECT_ROOT
    from prepbot.core.records import DocumentEntry
    from prepbot.retrieval.parsing import numbering_report, parse_document

    entry = DocumentEntry("views", VIEWS_SYMBOL, "Views", "Human Rights Committee", "views", "committee", "2024",
                          "en", "views.txt")  # fmt: skip
    original = parse_document(entry, (PROJECT_ROOT / "tests" / "texts" / VIEWS).read_text(encoding="utf-8"))
    converted = parse_document(entry, to_text(views_built(fmt, spacing)))
    assert [p.number for p in converted] == [p.number for p in original]
    assert original[0].number == "1.1" and original[6].number == "3" and original[-1].number == "10"
    for before, after in zip(original, converted, strict=True):
        assert squash(after.text) == squash(before.text), f"paragraph {before.number}"
    assert [p.section for p in converted] == [p.section for p in original]
    assert [p.footnotes for p in converted] == [p.footnotes for p in original]
    report = numbering_report(converted)
    assert (report.count, report.gaps, report.duplicates) == (len(original), [], [])
