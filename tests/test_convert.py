"""The converter's contract on small hand-made files: errors, DOCX and HTML details, markup, no numbered paragraphs."""

from __future__ import annotations

import zipfile

import pytest

from prepbot.retrieval.convert import ConversionError, Span, detect_format, render_block, to_text

# --- unknown and unreadable files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.txt", b"1. Just some text\n", "unsupported file type.*a text copy goes into corpus/ by hand"),
        ("fake.pdf", b"1. Just some text\n", "named .pdf but not a PDF file inside"),
        ("fake.docx", b"1. Just some text\n", "named .docx but not a Word .docx file inside"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "unsupported file type"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old binary Word"),
        ("letter.rtf", b"{\\rtf1\\ansi Hello}", "RTF is not supported"),
        ("broken.docx", b"PK\x03\x04" + b"garbage" * 10, "damaged zip"),
        ("broken.pdf", b"%PDF-1.7\n" + b"garbage " * 20, "cannot read this PDF file"),
        ("empty.pdf", b"", "the file is empty"),
    ],
)
def test_unknown_or_unreadable_files_raise_a_one_line_value_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message) as raised:
        to_text(path)
    assert isinstance(raised.value, ConversionError)
    assert "\n" not in str(raised.value) and str(raised.value).startswith(name)


def test_a_missing_file_is_a_conversion_error(tmp_path):
    with pytest.raises(ConversionError, match="cannot open the file"):
        to_text(tmp_path / "absent.pdf")


def test_other_zip_files_are_refused(tmp_path):
    odt = tmp_path / "report.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ConversionError, match="OpenDocument files are not supported"):
        to_text(odt)
    other = tmp_path / "data.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    with pytest.raises(ConversionError, match="not a Word .docx"):
        to_text(other)


def test_a_pdf_without_text_says_it_needs_ocr(tmp_path):
    blank = tmp_path / "scanned.pdf"
    blank.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(ConversionError, match=r"no text found \(a scanned PDF needs OCR first\)"):
        to_text(blank)


def test_the_format_comes_from_the_bytes_not_the_name(tmp_path):
    disguised = tmp_path / "page.pdf"
    disguised.write_text("<!DOCTYPE html><html><body><p>1. Text</p></body></html>")
    assert detect_format(disguised) == "html"


# --- a document without numbered paragraphs -----------------------------------------------------------------------


def test_a_file_without_numbered_paragraphs_is_reported_clearly(tmp_path):
    import un_like as make_un_like

    from prepbot.core.errors import CorpusError
    from prepbot.core.records import DocumentEntry
    from prepbot.retrieval.parsing import parse_document

    layout = make_un_like.read_layout(
        "Press release\n\nThe Committee met today in Geneva to review the report of Kazakhstan.\n\n"
        "The delegation answered questions on the national preventive mechanism and on detention.\n"
    )
    docx_path = make_un_like.write_docx(layout, "PR/2025/1", tmp_path / "press.docx")
    text = to_text(docx_path)
    assert "The Committee met today in Geneva" in text
    entry = DocumentEntry(
        "press", "PR/2025/1", "Press release", "HRC", "press release", "un", "2025", "en", "press.txt"
    )
    with pytest.raises(CorpusError, match="has no numbered paragraphs"):
        parse_document(entry, text)


# --- DOCX details -------------------------------------------------------------------------------------------------


def test_docx_tracked_changes_hidden_text_lists_and_styles(tmp_path):
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    document.add_paragraph("Reply to the issues", style="Heading 2")
    paragraph = document.add_paragraph("1.\tThe State ")
    paragraph._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>never </w:delText></w:r></w:del>')
    )
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>always </w:t></w:r></w:ins>'))
    hidden = paragraph.add_run("secret ")
    hidden.font.hidden = True
    paragraph.add_run("replied")
    mark = paragraph.add_run("3")
    mark.font.superscript = True
    paragraph.add_run(" on time 10")
    ordinal = paragraph.add_run("th")
    ordinal.font.superscript = True
    paragraph.add_run(":")
    for item in ("first point;", "second point."):
        document.add_paragraph(item, style="List Bullet")
    path = tmp_path / "details.docx"
    document.save(str(path))

    lines = to_text(path).split("\n\n")
    assert lines[0] == "**Reply to the issues**"
    assert lines[1] == "1. The State always replied³ on time 10th:"
    assert lines[2:] == ["• first point;", "• second point.\n"]


def test_docx_word_list_numbering_is_written_out(tmp_path):
    import un_like as make_un_like

    layout = make_un_like.read_layout(
        "Heading\n\n1. First paragraph of the report.\n\n2. Second paragraph, with a list:\n\n"
        "(a) first item;\n\n(b) second item.\n\n3. Third paragraph.\n"
    )
    path = make_un_like.write_docx(layout, "X/1", tmp_path / "auto.docx", numbering="auto")
    text = to_text(path)
    assert "1. First paragraph" in text and "2. Second paragraph" in text and "3. Third paragraph" in text
    assert "(a) first item;" in text


@pytest.mark.parametrize(
    ("restart", "labels"), [("", ["I.", "1.", "2.", "II.", "1."]), ("0", ["I.", "1.", "2.", "II.", "3."])]
)
def test_a_word_list_level_that_never_restarts_runs_on_under_each_heading(restart, labels):
    """One multilevel list for headings ("I.") and paragraphs ("1."), the paragraphs' level set never to restart
    (w:lvlRestart 0): the paragraphs under "II." went on from 1 again, and the file was refused as numbered twice."""
    from types import SimpleNamespace

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from prepbot.retrieval.convert import _Numbering

    never = f'<w:lvlRestart w:val="{restart}"/>' if restart else ""
    numbering = parse_xml(
        f'<w:numbering {nsdecls("w")}><w:abstractNum w:abstractNumId="5">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/>{never}<w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num></w:numbering>'
    )
    document = SimpleNamespace(part=SimpleNamespace(numbering_part=SimpleNamespace(element=numbering)))
    words = _Numbering(document, None)
    assert [words._next("1", level) for level in (0, 1, 1, 0, 1)] == labels


# --- HTML details -------------------------------------------------------------------------------------------------


def test_html_word_export_footnotes_breaks_and_lists(tmp_path):
    page = tmp_path / "export.htm"
    page.write_bytes(
        "<html><head><meta charset='windows-1252'><style>p{}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><div class='content has-footnotes'><h2>Article 2</h2>"
        "<p>1. The State party\u2019s report<a href='#_ftn1' name='_ftnref1'><sup>[1]</sup></a> was"
        " <b>late</b>.</p>"
        "Old-style text<br><br>2. A paragraph after two line breaks<br>that goes on."
        "<ol start='3'><li>Third paragraph.</li><li value='7'><p>Seventh paragraph.</p></li></ol>"
        "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id='ftn1'>"
        "<p>[1] CAT/C/KAZ/4, para. 3.</p></div></div></div></body></html>".encode("cp1252")
    )
    lines = to_text(page).strip().split("\n\n")
    assert lines == [
        "**Article 2**",
        "1. The State party\u2019s report¹ was **late**.",
        "Old-style text",
        "2. A paragraph after two line breaks that goes on.",
        "3. Third paragraph.",
        "7. Seventh paragraph.",
    ]


def test_a_word_export_table_whose_cells_hold_paragraphs_is_one_row_a_line(tmp_path):
    """Word's web export puts each cell's text in a <p>: each cell was a block of its own, the figures were read as
    headings and the table was lost from the paragraph it belongs to."""
    page = tmp_path / "table.htm"
    page.write_text(
        "<html><body><p>4. The figures are:</p><table><tr><td><p>Year</p></td><td><p>Complaints</p></td></tr>"
        "<tr><td><p>2022</p></td><td><p class=MsoNormal>1,204</p><p>(provisional)</p></td></tr></table>"
        "<p>5. The Committee notes.</p></body></html>",
        encoding="utf-8",
    )
    assert to_text(page).strip().split("\n\n") == [
        "4. The figures are:", "Year | Complaints", "2022 | 1,204 (provisional)", "5. The Committee notes.",
    ]  # fmt: skip


def test_an_html_list_of_letters_or_roman_numerals_keeps_its_sub_item_labels(tmp_path):
    """A web page LibreOffice makes from a UN document keeps a list's type, not its "(a)": sub-items were numbered
    "1.", "2.", read as paragraphs printed twice, and the file was refused."""
    page = tmp_path / "lists.html"
    page.write_text(
        "<html><body><p>1. The State party should:</p><ol type='a'><li>Ratify the Protocol;</li>"
        "<li>Report on it:<ol type='i'><li>by 2026.</li></ol></li></ol><p>2. The Committee notes.</p>"
        "<ol type='A' start='2'><li>Heading</li></ol></body></html>",
        encoding="utf-8",
    )
    lines = to_text(page).strip().split("\n\n")
    assert lines == [
        "1. The State party should:", "(a) Ratify the Protocol;", "(b) Report on it:", "(i) by 2026.",
        "2. The Committee notes.", "B. Heading",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "markup",
    [
        "<p><span class='num'>1.</span><span>The Committee notes the report.</span></p>",  # nothing between
        "<table><tr><td>1.</td><td>The Committee notes the report.</td></tr></table>",  # its own cell
    ],
)
def test_a_paragraph_number_set_apart_by_markup_is_a_paragraph_number(tmp_path, markup):
    page = tmp_path / "page.html"
    page.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    assert to_text(page).strip() == "1. The Committee notes the report."


# --- markup -------------------------------------------------------------------------------------------------------


def test_emphasis_is_marked_on_whole_words_and_marks_stay_glued():
    """Emphasis opens and closes at word edges; plain punctuation after an emphasised word stays outside it."""
    block = [
        Span("2. "),
        Span("A representative of Kazakhstan", bold=True),
        Span(", responding"),
        Span("12", mark=True),
        Span(" said "),
        Span("Ashim Rakishev v. Kazakhstan", italic=True),
        Span("."),
    ]
    expected = "2. **A representative of Kazakhstan**, responding¹² said *Ashim Rakishev v. Kazakhstan*."
    assert render_block(block) == expected
    assert render_block(block, footnote_marks="drop").count("12") == 0


def test_a_heading_keeps_its_footnote_mark_inside_the_emphasis():
    block = [Span("Article 2", bold=True), Span("7", bold=True, mark=True)]
    assert render_block(block) == "**Article 2⁷**"
    assert render_block([Span("Kazakhstan", bold=True), Span("*", mark=True)]) == "**Kazakhstan***"


# --- PDF page breaks and line-end hyphens (the heuristics, on hand-made lines) ------------------------------------


def pdf_line(text: str, x1: float = 480.0, bold: bool = False, baseline: float = 100.0):
    from prepbot.retrieval.convert import _Line

    spans = [Span(char, bold=bold) for char in text]
    return _Line(chars=[], page=0, size=10.0, baseline=baseline, x0=113.0, x1=x1, top=baseline - 10, spans=spans)


@pytest.mark.parametrize(
    "last, first, joined",
    [
        (pdf_line("to the transfer of authority for"), pdf_line("detention facilities."), True),  # mid-sentence
        (pdf_line("of the Convention. The State party"), pdf_line("Criminal Code, article 146."), True),
        (pdf_line("as set out in article 4 (2) of the Convention."), pdf_line("In this connection, specify"), True),
        (pdf_line("the laws in conformity with the Convention.", x1=300), pdf_line("In this connection."), False),
        (pdf_line("paragraph ends at the margin."), pdf_line("4. With reference to the"), False),
        (pdf_line("paragraph ends at the margin."), pdf_line("(b) That law enforcement"), False),
        (pdf_line("paragraph ends at the margin."), pdf_line("Article 11", x1=160, bold=True), False),
        # a sentence broken before a number: "... the requirements of article" / "9, paragraph 1, ..."
        (pdf_line("the requirements of article"), pdf_line("9, paragraph 1, of the Covenant."), True),
        (pdf_line("adopted as General Comment No."), pdf_line("14, at its twenty-third session."), True),
    ],
)
def test_a_paragraph_running_over_a_page_break_is_joined(last, first, joined):
    from prepbot.retrieval.convert import _continues_across_pages

    assert _continues_across_pages([last], [first], right=480.0, body_size=10.0) is joined


def test_a_bold_heading_s_last_line_of_figures_stays_in_the_heading():
    """A title wrapped before its number ("... concerning communication No." / "3456/2019") was cut in two: a line with
    no letters read as not bold, so the type changed there. Its figures tell its emphasis."""
    from prepbot.retrieval.convert import _Layout, _starts_block

    title = pdf_line("the Optional Protocol, concerning communication No.", x1=478.0, bold=True)
    number = pdf_line("3456/2019", x1=185.0, bold=True, baseline=112.0)
    assert number.mostly_bold and not pdf_line("3456/2019").mostly_bold
    assert not _starts_block(title, number, _Layout(pitch=12.0, right=481.0, tight=True))


def test_line_end_hyphens_follow_the_documents_own_spelling():
    from prepbot.retrieval.convert import _Hyphenation, _join_lines, render_block

    context = [
        pdf_line("the implementation of the plan and community-based services for non-governmental groups,"),
        pdf_line("in cooperation with the follow-up mechanism and the State-run shelters of the region"),
    ]
    hyphenation = _Hyphenation(context)

    def joined(first: str, second: str) -> str:
        return render_block(_join_lines([pdf_line(first), pdf_line(second, baseline=112)], hyphenation))

    assert joined("on the implemen-", "tation of it") == "on the implementation of it"  # spelt whole elsewhere
    assert joined("a community-", "based service") == "a community-based service"  # spelt hyphenated elsewhere
    assert joined("by non-", "governmental bodies") == "by non-governmental bodies"  # a prefix that keeps it
    assert joined("the Non-", "Governmental bodies") == "the Non-Governmental bodies"  # capital: never a break
    assert joined("in 2020–", "2023 alone") == "in 2020–2023 alone"
    assert joined("high-speed fibre-", "optic lines") == "high-speed fibre-optic lines"  # no evidence: kept
    assert joined("in decision-", "making") == "in decision-making"  # two whole English words: a compound


def test_a_word_printed_whole_in_another_ending_loses_its_line_end_hyphen():
    """ "co-" / "operatives" in a document that prints "cooperative" and "cooperation" (and nowhere "co-operative"):
    "co", a prefix that keeps its hyphen, kept it, and the document's "cooperatives" was printed "co-operatives"."""
    from prepbot.retrieval.convert import _Hyphenation, _join_lines, render_block

    def joined(context: list[str], first: str, second: str) -> str:
        hyphenation = _Hyphenation([pdf_line(text) for text in context])
        return render_block(_join_lines([pdf_line(first), pdf_line(second, baseline=112)], hyphenation))

    unhyphenated = ["to work in a cooperative or a social enterprise, in cooperation with the State"]
    assert joined(unhyphenated, "such as co-", "operatives.") == "such as cooperatives."
    hyphenated = [*unhyphenated, "and a co-operative bank"]  # printed both ways: the prefix keeps its hyphen
    assert joined(hyphenated, "such as co-", "operatives.") == "such as co-operatives."
    russian = ["нормы законодательство о труде и о занятости населения"]
    assert joined(russian, "нормы законо-", "дательства о труде") == "нормы законодательства о труде"


def test_line_end_hyphens_in_a_russian_document():
    from prepbot.retrieval.convert import _Hyphenation, _join_lines, render_block

    context = [
        pdf_line("доклад государства-участника и меры по осуществлению рекомендаций Комитета в"),
        pdf_line("рамках упрощённой процедуры представления докладов о ходе осуществления прав"),
    ]
    hyphenation = _Hyphenation(context)

    def joined(first: str, second: str) -> str:
        return render_block(_join_lines([pdf_line(first), pdf_line(second, baseline=112)], hyphenation))

    assert joined("в рамках упро-", "щённой процедуры") == "в рамках упрощённой процедуры"  # spelt whole elsewhere
    assert joined("доклад государство-", "участник") == "доклад государство-участник"  # the compound, another ending
    assert joined("развития социально-", "экономических прав") == "развития социально-экономических прав"
    assert hyphenation._evidence("законо", "дательства") is None  # a broken word: no compound adjective
    assert hyphenation._evidence("межведо", "мственной") is None


def test_a_compound_printed_whole_at_a_line_end_is_evidence_and_ill_keeps_its_hyphen():
    from prepbot.retrieval.convert import _Hyphenation, _join_lines, render_block

    # an evidently hyphenated document (two words split where no word ends) that prints "cross-checked" whole only
    # at a line end, the place the vocabulary used to skip
    context = [
        pdf_line("the compl-", baseline=100), pdf_line("aints were examined and the transp-", baseline=112),
        pdf_line("arency of the process was cross-checked", baseline=124),
        pdf_line("by the inspectors", baseline=136),
    ]  # fmt: skip
    hyphenation = _Hyphenation(context)

    def joined(first: str, second: str) -> str:
        return render_block(_join_lines([pdf_line(first), pdf_line(second, baseline=112)], hyphenation))

    assert hyphenation.hyphenated_document
    assert joined("and cross-", "checked again") == "and cross-checked again"
    assert joined("torture and ill-", "treatment were") == "torture and ill-treatment were"


def test_a_number_starting_a_line_inside_a_sentence_is_no_new_paragraph():
    from prepbot.retrieval.convert import _Layout, _starts_block

    layout = _Layout(pitch=12.0, right=480.0, tight=True, next_number=4)
    full = pdf_line("the number of complaints rose from 2 in 2019 to")
    assert not _starts_block(full, pdf_line("4. The Committee also notes", baseline=112), layout)
    assert layout.next_number == 4
    ended = pdf_line("the number of complaints rose from 2 in 2019.", x1=300)
    assert _starts_block(ended, pdf_line("4. The Committee also notes", baseline=112), layout)
    assert layout.next_number == 5


def test_a_number_and_a_comma_after_no_or_art_at_a_line_end_goes_on_with_the_sentence():
    """The lines "... and No." / "14, adopted ...": a number the line before ends by asking for ("No.", "art.",
    "para.") is no paragraph number, even where the line before ends at a full stop; the whole document was refused
    for the paragraph the misread line cut short."""
    from prepbot.retrieval.convert import _ends_sentence, _Layout, _starts_block

    layout = _Layout(pitch=12.0, right=480.0, tight=False, next_number=2)
    for before in ("(1982), and No.", "as set out in art.", "see paras.", "as in the report, p."):
        assert not _ends_sentence(before)
        assert not _starts_block(
            pdf_line(before, x1=300), pdf_line("14, adopted by the Committee", baseline=112), layout
        )
    assert _ends_sentence("The answer was no.") and _ends_sentence("See CCPR/C/GC/36, para. 12.")
    # after a full sentence a number with a full stop still starts an item; with a comma it does not
    ended = pdf_line("The Committee notes the report.", x1=300)
    assert _starts_block(ended, pdf_line("14. The Committee also notes", baseline=112), layout)
    assert not _starts_block(ended, pdf_line("14, The Committee also notes", baseline=112), layout)


@pytest.mark.parametrize(
    ("line", "in_margin", "furniture"),
    [
        ("*2404512* CCPR/C/GC/97 Please recycle", True, True),  # the first page's foot, set on one line
        ("GE.24-04512(E) 120324 130324", True, True),
        ("2404512 CCPR/C/RUR/FCO/5", True, True),
        ("2404512 CCPR/C/GC/97 Please recycle", False, True),  # a web page's last paragraph
        ("*2404512* CCPR/C/KAZ/QPR/4Please recycle", True, True),  # the symbol and "Please" run together
        ("See CCPR/C/GC/97.", False, False),
        ("CCPR/C/GC/97", False, False),  # the symbol alone is a running header only in a margin
        ("The State party should report by 2024.", True, False),
        ("2019 2020 2021", True, False),  # a table's header row is no furniture
    ],
)
def test_a_line_of_first_page_furniture_side_by_side_is_dropped(line, in_margin, furniture):
    from prepbot.retrieval.convert import is_furniture

    assert is_furniture(line, in_margin=in_margin) is furniture


def _pdf_row(cells: list[tuple[float, str]], baseline: float, size: float = 10.0):
    """A printed line from (x where the text starts, text) pieces, each character 5 points wide."""
    from prepbot.retrieval.convert import _make_line

    chars = []
    for x, text in cells:
        for offset, char in enumerate(text):
            left = x + 5 * offset
            chars.append({"text": char, "x0": left, "x1": left + 5, "top": baseline - size, "bottom": baseline,
                          "size": size, "fontname": "Times"})  # fmt: skip
    return _make_line(chars, 0)


def test_a_pdf_table_s_rows_are_read_cell_by_cell_and_a_stretched_justified_line_is_not():
    """A table of small figures in a PDF lost its rows (read as headings); its cells are now joined by " | ", as a
    Word or HTML table's are. A justified line whose words are stretched far apart is no row: no line beside it has
    cells where it has them."""
    from prepbot.retrieval.convert import _as_table_rows

    rows = [
        _pdf_row([(100, "Region"), (200, "Women"), (300, "Men"), (400, "Total")], 100),
        _pdf_row([(100, "North"), (200, "12"), (300, "40"), (400, "52")], 112),
        _pdf_row([(100, "Capital city"), (200, "21"), (300, "66"), (400, "87")], 124),
        _pdf_row([(100, "Pretrial centres"), (400, "37")], 136),  # two cells: a figure far apart
        _pdf_row([(100, "Inhuman"), (160, "or"), (200, "Degrading"), (275, "Treatment")], 160),
        _pdf_row([(100, "the State party should take"), (255, "measures"), (330, "now.")], 172),
    ]
    _as_table_rows(rows)
    assert [row.text for row in rows] == [
        "Region | Women | Men | Total", "North | 12 | 40 | 52", "Capital city | 21 | 66 | 87",
        "Pretrial centres | 37", "Inhuman or Degrading Treatment", "the State party should take measures now.",
    ]  # fmt: skip


def test_a_header_cell_wrapped_onto_a_second_line_stays_in_its_cell():
    """ "Persons with" / "disabilities": the header row, whose only neighbour with cells was past that second line,
    was no row at all, and "disabilities" came after the whole header."""
    from prepbot.retrieval.convert import _as_table_rows

    rows = [
        _pdf_row([(100, "Year"), (200, "Women"), (300, "Persons with"), (420, "Men")], 100),
        _pdf_row([(300, "disabilities")], 111),
        _pdf_row([(100, "2012"), (200, "409"), (300, "29"), (420, "419")], 124),
        _pdf_row([(100, "2013"), (200, "659"), (300, "748"), (420, "845")], 136),
    ]
    _as_table_rows(rows)
    assert [row.text for row in rows if row.spans] == [
        "Year | Women | Persons with disabilities | Men", "2012 | 409 | 29 | 419", "2013 | 659 | 748 | 845",
    ]  # fmt: skip


def test_a_two_column_table_s_header_of_words_is_a_row_above_its_rows():
    """ "Region      Women" over "Akmola Region      184": two cells of words far apart were no row (only a figure
    so set apart made one), and the header ran into the text as "Region Women". A line of prose so spaced, with no
    row below it lined up with it, stays a line."""
    from prepbot.retrieval.convert import _as_table_rows

    rows = [
        _pdf_row([(100, "Region"), (300, "Women")], 100),
        _pdf_row([(100, "Akmola Region"), (300, "184")], 112),
        _pdf_row([(100, "Aktobe Region"), (300, "675")], 124),
        _pdf_row([(100, "Subtotal"), (200, "for the regions")], 148),  # words far apart over the row below
        _pdf_row([(100, "Almaty Region"), (300, "403")], 160),
        _pdf_row([(100, "Atyrau Region"), (300, "147")], 172),
        _pdf_row([(100, "Source:"), (200, "Ministry of Labour")], 196),  # under the rows, not above them
    ]
    _as_table_rows(rows)
    assert [row.text for row in rows] == [
        "Region | Women", "Akmola Region | 184", "Aktobe Region | 675", "Subtotal for the regions",
        "Almaty Region | 403", "Atyrau Region | 147", "Source: Ministry of Labour",
    ]  # fmt: skip


def test_a_ruled_table_s_rows_at_a_page_foot_are_no_footnotes():
    """A table ruled between its rows, ending just above the page's footnote: a row's rule was taken for the
    footnote separator (the first under which most type was small), and the rows under it were dropped with the
    footnote. A rule drawn again at the same width is a table's; the separator is drawn once."""
    from prepbot.retrieval.convert import _body_lines, _page_lines, _RawPage

    def chars(x: float, text: str, bottom: float, size: float = 10.0) -> list[dict]:
        return [
            {"text": char, "x0": x + 5 * at, "x1": x + 5 * at + 5, "top": bottom - size, "bottom": bottom,
             "size": size, "fontname": "Times"}
            for at, char in enumerate(text)
        ]  # fmt: skip

    def rule(x0: float, x1: float, top: float) -> dict:
        return {"x0": x0, "x1": x1, "top": top, "bottom": top}

    regions = ["Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region"]
    page = _RawPage([], [rule(51, 550, 598)], 612.0, 792.0)
    for at, region in enumerate(regions):
        page.chars += chars(57, region, 610 + 12 * at) + chars(306, str(184 + at), 610 + 12 * at)
        page.rules.append(rule(51, 550, 610 + 12 * at))
    page.chars += chars(57, "* The present document is being issued without formal editing.", 700, 8.0)
    page.rules.append(rule(57, 181, 690))  # the footnote separator
    body = _body_lines(_page_lines(page, 0), 10.0, set())
    assert [line.text for line in body] == [f"{region} | {184 + at}" for at, region in enumerate(regions)]


def test_a_table_s_header_row_repeated_at_the_top_of_the_next_pages_is_dropped():
    """Word repeats a table's header row at the top of each page the table runs onto: the repeated header came
    between two of the table's rows in the paragraph's text. Only a page's first line that reads exactly as the
    header of the table the page before ended with goes; a new table's header stays."""
    from prepbot.retrieval.convert import _as_table_rows, _without_repeated_headers

    def page(*rows: list[tuple[float, str]]) -> list:
        lines = [_pdf_row(cells, 100 + 12 * at) for at, cells in enumerate(rows)]
        _as_table_rows(lines)
        return lines

    header = [(100, "Region"), (200, "Women"), (300, "Men")]
    pages = [
        page([(100, "as follows:")], header, [(100, "Akmola"), (200, "72"), (300, "848")]),
        page(header, [(100, "Aktobe"), (200, "49"), (300, "116")], [(100, "Almaty"), (200, "33"), (300, "607")]),
        page(header, [(100, "Atyrau"), (200, "14"), (300, "639")], [(100, "These figures show a decrease.")]),
        page(header, [(100, "Abai"), (200, "96"), (300, "695")]),  # a new table, after the paragraph
    ]
    assert [[line.text for line in lines] for lines in _without_repeated_headers(pages)] == [
        ["as follows:", "Region | Women | Men", "Akmola | 72 | 848"],
        ["Aktobe | 49 | 116", "Almaty | 33 | 607"],
        ["Atyrau | 14 | 639", "These figures show a decrease."],
        ["Region | Women | Men", "Abai | 96 | 695"],
    ]


def test_the_paragraph_after_a_table_s_last_row_starts_at_its_number():
    """A table's last row runs to the right margin without ending a sentence ("Total | 9,044,691"): the next
    paragraph's number was read as a number inside that row's sentence, and the paragraph glued onto the table."""
    from prepbot.retrieval.convert import _as_table_rows, _Layout, _starts_block

    rows = [
        _pdf_row([(100, "2015"), (300, "787"), (445, "348")], 100),
        _pdf_row([(100, "Total"), (300, "9,044,691"), (435, "6,774,726")], 112),
    ]
    _as_table_rows(rows)
    assert rows[1].text == "Total | 9,044,691 | 6,774,726" and rows[1].x1 == 480
    layout = _Layout(pitch=12.0, right=480.0, tight=False, next_number=23)
    assert _starts_block(rows[1], _pdf_row([(100, "23. Older women are particularly vulnerable")], 124), layout)


def test_the_body_s_type_size_is_that_of_its_numbered_paragraphs_when_footnotes_outweigh_them():
    """A General Comment's footnotes can hold more characters than its text: their 8 points were read as the body's
    size, and every footnote body was kept in the paragraphs."""
    from prepbot.retrieval.convert import _body_size, _PageLines

    body = [_pdf_row([(100, f"{n}. The Committee recalls.")], 100 + 12 * n) for n in range(1, 4)]
    notes = [_pdf_row([(100, f"{n} " + "European Court of Human Rights, judgment of 12 May 2005. " * 3)], 700, 8.0)
             for n in range(1, 9)]  # fmt: skip
    assert _body_size([_PageLines([*body, *notes], 595.0, 842.0, [])]) == 10.0
    assert _body_size([_PageLines(notes, 595.0, 842.0, [])]) == 8.0  # no numbered line: most characters' size


def test_a_password_protected_file_is_named_so():
    from prepbot.retrieval.convert import _unreadable

    class PDFPasswordIncorrect(Exception):  # the name pdfminer.six gives it
        pass

    assert "password-protected" in _unreadable("pdf", PDFPasswordIncorrect())
    assert _unreadable("pdf", ValueError("bad \x82 byte\nhere")) == (
        "cannot read this PDF file, it may be damaged or cut short (ValueError: bad \\x82 byte here)"
    )


def test_a_two_column_page_is_read_column_by_column_and_a_short_last_page_keeps_the_gutter():
    from prepbot.retrieval.convert import _gutter, _in_reading_order, _kept

    def row(top: float, *texts: tuple[float, str]) -> list[dict]:
        chars = []
        for x, text in texts:
            for offset, char in enumerate(text):
                chars.append(
                    {"text": char, "x0": x + 6 * offset, "x1": x + 6 * offset + 5, "top": top, "bottom": top + 9}
                )
        return chars

    title = row(40, (150, "A title printed across the whole page width"))
    rows = [title] + [
        row(60 + 12 * n, (60, f"left line {n:02d} of text"), (330, f"right line {n:02d} here")) for n in range(10)
    ]
    text = [
        "".join(char["text"] for char in sorted(r, key=lambda c: c["x0"]))
        for r in _in_reading_order(rows, _gutter(rows, 595))
    ]
    assert text[0].startswith("A title")
    assert text[1:11] == [f"left line {n:02d} of text" for n in range(10)]
    assert text[11:] == [f"right line {n:02d} here" for n in range(10)]
    gutter = _gutter(rows, 595)
    assert gutter is not None and 220 < gutter < 330
    short = [row(60 + 12 * n, (60, f"left {n}"), (330, f"right {n}")) for n in range(4)]
    assert _gutter(short, 595) is None  # too few rows to tell on its own
    ordered = [
        "".join(c["text"] for c in sorted(r, key=lambda c: c["x0"]))
        for r in _in_reading_order(short, _kept(short, gutter))
    ]
    assert ordered == ["left 0", "left 1", "left 2", "left 3", "right 0", "right 1", "right 2", "right 3"]
    one_column = [
        row(60 + 12 * n, (60, "a justified line of one-column text running across the middle")) for n in range(12)
    ]
    assert _gutter(one_column, 595) is None and _in_reading_order(one_column, _kept(one_column, gutter)) == one_column


def test_a_table_of_figures_down_a_page_is_no_second_column():
    """A 45-row table of regions and figures leaves a white band down the page, as two columns of text do: the page
    was read column by column (all the regions, then all the figures) and the paragraph after it lost its number."""
    from prepbot.retrieval.convert import _gutter

    def row(top: float, *texts: tuple[float, str]) -> list[dict]:
        return [
            {"text": char, "x0": x + 6 * at, "x1": x + 6 * at + 5, "top": top, "bottom": top + 9, "size": 10.0}
            for x, text in texts
            for at, char in enumerate(text)
        ]

    regions = [row(60 + 12 * n, (60, f"Region number {n:02d}"), (330, f"{100 + 37 * n:,}")) for n in range(30)]
    assert _gutter(regions, 595) is None
    columns = [
        row(60 + 12 * n, (60, f"left line {n:02d} of text"), (330, f"right line {n:02d} here")) for n in range(30)
    ]
    assert _gutter(columns, 595) is not None


def test_two_columns_whose_lines_do_not_share_baselines_are_read_column_by_column():
    """A continuous two-column section under one-column text, its columns' lines offset (a heading in the left
    column shifts them): no row had text on both sides of the gap, the page was read as one column and the columns'
    lines interleaved into one paragraph (¶9-¶20 swallowed by ¶8, unreported)."""
    from prepbot.retrieval.convert import _gutter, _in_reading_order

    def row(top: float, x: float, text: str) -> list[dict]:
        return [
            {"text": char, "x0": x + 6 * at, "x1": x + 6 * at + 5, "top": top, "bottom": top + 9, "size": 10.0}
            for at, char in enumerate(text)
        ]

    across = [row(60 + 12 * n, 60, f"one-column line {n:02d} that runs across the whole page width") for n in range(10)]
    left = [row(200 + 12 * n, 60, f"left line {n:02d} of text") for n in range(15)]
    right = [row(206 + 12 * n, 330, f"right line {n:02d} here") for n in range(15)]
    rows = across + [line for pair in zip(left, right, strict=True) for line in pair]
    gutter = _gutter(rows, 595)
    assert gutter is not None and 220 < gutter < 330
    text = ["".join(char["text"] for char in r) for r in _in_reading_order(rows, gutter)]
    assert text[10:25] == [f"left line {n:02d} of text" for n in range(15)]
    assert text[25:] == [f"right line {n:02d} here" for n in range(15)]
    # one column whose paragraphs end in short lines left of the middle: no line starts right of it
    short_ends = [row(60 + 12 * n, 60, "a full line of one-column text across the page" if n % 3 else "its end.")
                  for n in range(30)]  # fmt: skip
    assert _gutter(short_ends, 595) is None


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("24-04512 (E) 120324 *2404512*", True),  # a New York first page's foot: the job number without "GE."
        ("2/19 24-04512", True),  # a later page's foot: page 2 of 19, the job number
        ("24-04512 3/19", True),
        ("See resolution 24-04512 of the Council.", False),
        ("2018-2020", False),
    ],
)
def test_a_new_york_job_number_is_furniture_so_the_footnote_above_it_is_dropped(line, furniture):
    """A New York document's first page prints "24-04512 (E) 120324 *2404512*" under its footnotes: the line was
    read as text, the block under the footnote separator was no longer small type, and the footnote ("1 Ibid.") stayed
    in ¶5 while the next page's first line ("1(4)), taking into account ...") was lost with it."""
    from prepbot.retrieval.convert import is_furniture

    assert is_furniture(line, in_margin=True) is furniture


def test_a_web_address_s_tail_at_a_page_s_top_is_no_running_header():
    """ "procedures/wg-arbitrary-detention." (a URL broken at the page end) was read as a document symbol in the top
    margin, because the foot's patterns ignore case, and dropped from the paragraph."""
    from prepbot.retrieval.convert import is_furniture

    assert not is_furniture("procedures/wg-arbitrary-detention.", in_margin=True)
    assert not is_furniture("www.ohchr.org/en/special-procedures", in_margin=True)
    assert is_furniture("A/HRC/57/44", in_margin=True) and is_furniture("*2404512* A/HRC/57/44 Please recycle")


def test_word_endnote_marks_in_roman_numerals_leave_the_text(tmp_path):
    """Word numbers endnotes i, ii, iii: the marks stayed in the text ("as i a matter of course", "appointediii")
    in a PDF and in LibreOffice's HTML, and the PDF's endnotes ran into the last paragraph."""
    from prepbot.retrieval.convert import _is_mark, _Line, _PageLines, _without_footnotes

    mark = {"text": "i", "size": 6.5, "bottom": 96.0}
    assert _is_mark(mark, 10.0, 100.0) and not _is_mark({**mark, "size": 10.0, "bottom": 100.0}, 10.0, 100.0)
    block = [Span("and, as"), Span("i", mark=True), Span(" a matter of course, appointed"), Span("iii", mark=True)]
    assert render_block(block) == "and, as a matter of course, appointed"
    page = tmp_path / "endnotes.html"
    page.write_text(
        "<html><body><p>2. And, as<sup><a class='sdendnoteanc' href='#sdendnote1sym'><sup>i</sup></a></sup> a matter "
        "of course, to consult.<sup><a href='#sdendnote2sym'>ii</a></sup> The x<sup>v</sup> stays.</p>"
        "<div id='sdendnote1'><p>i A/HRC/55/32.</p></div></body></html>",
        encoding="utf-8",
    )
    assert to_text(page).strip() == "2. And, as a matter of course, to consult. The xv stays."

    def small(text: str, baseline: float) -> _Line:
        spans = [Span(char) for char in text]
        return _Line(chars=[], page=1, size=8.0, baseline=baseline, x0=85.0, x1=400.0, top=baseline - 8, spans=spans)

    endnotes = [small("i A/HRC/55/32, paras. 21–24.", 67.0), small("iv Information provided by the State.", 80.0)]
    assert _without_footnotes(endnotes, _PageLines(endnotes, 595.0, 842.0, []), 11.0) == []


def test_control_characters_do_not_reach_the_text(tmp_path):
    """LibreOffice's HTML writes U+0001 after a content control: it stayed in the paragraph's text."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>1. Deprivation of liberty\x01 and non-refoulement\x0b here.</p></body></html>")
    assert to_text(page).strip() == "1. Deprivation of liberty and non-refoulement here."


def test_white_between_a_table_row_and_its_first_cell_is_no_cell(tmp_path):
    """LibreOffice's HTML writes a newline between <tr> and the first <td>: it was read as an empty first cell
    (" | 1. | The Committee ..."), and a document numbered in its own cells had "no numbered paragraphs"."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><table><tr valign='top'>\n  <td><p>1.</p></td><td><p>The Committee notes the report.</p></td>"
        "</tr>\n<tr>\n  <td><p>2.</p></td><td><p>It welcomes the dialogue.</p></td></tr></table></body></html>",
        encoding="utf-8",
    )
    assert to_text(page).split("\n\n") == ["1. The Committee notes the report.", "2. It welcomes the dialogue.\n"]
