"""Parsing documents into the numbered paragraphs people cite: counts, joins, speakers, clean text, generic rules."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from prepbot import PROJECT_ROOT
from prepbot.core.errors import CorpusError
from prepbot.core.records import DocumentEntry
from prepbot.retrieval.parsing import document_hash, load_corpus, numbering_report, parse_document

CORPUS_DIR = PROJECT_ROOT / "corpus"
DEV_QUESTIONS = PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl"
EXPECTED_COUNTS = {"sr4227": 57, "kaz3-replies": 489, "upr-compilation": 76, "ngo-loipr": 96, "cat-loi": 30}


@pytest.fixture(scope="module")
def corpus():
    """The dialogue documents (the manifest's [[documents]]; the standards layer is tested in test_standards.py)."""
    return load_corpus(CORPUS_DIR, standards="none")


@pytest.fixture(scope="module")
def paragraph(corpus):
    by_key = {p.key: p for _, paragraphs in corpus for p in paragraphs}
    return lambda key: by_key[key]


def entry(doc_id: str = "doc", author_type: str = "committee", symbol: str = "X/C/1") -> DocumentEntry:
    return DocumentEntry(doc_id, symbol, "Title", "Mechanism", "list of issues", author_type, "2024", "en", "doc.txt")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


# --- the bundled corpus ------------------------------------------------------------------------------------------


def test_paragraph_counts_match_the_printed_documents(corpus):
    assert {e.doc_id: len(paragraphs) for e, paragraphs in corpus} == EXPECTED_COUNTS
    assert sum(len(paragraphs) for _, paragraphs in corpus) == 748


def test_numbering_runs_one_to_n_without_gaps_or_duplicates(corpus):
    for entry_, paragraphs in corpus:
        report = numbering_report(paragraphs)
        assert [p.number for p in paragraphs] == [str(n) for n in range(1, len(paragraphs) + 1)], entry_.doc_id
        assert (report.first, report.last, report.gaps, report.duplicates) == ("1", str(len(paragraphs)), [], [])


def test_every_paragraph_carries_its_document(corpus):
    for entry_, paragraphs in corpus:
        for p in paragraphs:
            assert (p.doc_id, p.symbol) == (entry_.doc_id, entry_.symbol)
            assert p.section, p.key
            assert p.author_type in ("state", "committee", "un", "ngo")
            if entry_.doc_id != "sr4227":
                assert p.author_type == entry_.author_type and p.speaker is None


def test_first_and_last_paragraphs(paragraph):
    assert paragraph("sr4227:1").text == (
        "At the invitation of the Chair, the delegation of Kazakhstan joined the meeting."
    )
    assert paragraph("sr4227:57").text.startswith("The Chair said that the dialogue had highlighted")
    assert paragraph("kaz3-replies:1").text.startswith("Kazakhstan is continuing to implement a package")
    assert paragraph("kaz3-replies:489").text.startswith("A law passed on 14 July 2022")
    assert paragraph("upr-compilation:1").text == (
        "The present report was prepared pursuant to Human Rights Council resolutions 5/1 and 16/21, taking into "
        "consideration the outcome of the previous review. It is a compilation of information contained in relevant "
        "United Nations documents, presented in a summarized manner owing to word-limit constraints."
    )
    assert paragraph("upr-compilation:76").text.endswith("did not result in statelessness.")
    assert paragraph("ngo-loipr:96").text.endswith("no information about the real results of its activities.")
    assert paragraph("cat-loi:30").text.endswith("for persons with intellectual or psychosocial disabilities.")


def test_page_break_fragments_join_their_paragraph(paragraph):
    assert "insulted others could be punished under articles 123, 125 and 131" in paragraph("sr4227:6").text
    assert "Religious Activity and Religious Associations and the amendments" in paragraph("sr4227:14").text
    assert "(compared with 622 deaths for the period 2018–2022) were recorded" in paragraph("kaz3-replies:219").text
    assert "monitoring mandate. It highlighted the need" in paragraph("upr-compilation:16").text
    assert paragraph("cat-loi:5").text.endswith("from the Ministry of Internal Affairs to the Ministry of Justice.")
    assert "remand centres (SIZOs), receive adequate" in paragraph("cat-loi:19").text


def test_summary_record_speakers_and_their_side(paragraph):
    member = paragraph("sr4227:11")
    assert (member.speaker, member.speaker_role, member.author_type) == ("Ms. Bassim", "committee member", "committee")
    assert member.text.startswith("Ms. Bassim said that she would like to know")
    continuation = paragraph("sr4227:12")  # "She would be grateful..." - no name printed
    assert (continuation.speaker, continuation.speaker_role, continuation.author_type) == (
        "Ms. Bassim",
        "committee member",
        "committee",
    )
    delegation = paragraph("sr4227:2")
    assert (delegation.speaker, delegation.speaker_role, delegation.author_type) == (
        "A representative of Kazakhstan",
        "state delegation",
        "state",
    )
    assert delegation.text.startswith("A representative of Kazakhstan, responding to questions raised at the previous")
    assert (paragraph("sr4227:3").speaker_role, paragraph("sr4227:3").author_type) == ("state delegation", "state")
    assert paragraph("sr4227:18").speaker == "Mr. Helfer"  # "The Committee welcomed ..." continues Mr. Helfer
    chair = paragraph("sr4227:57")
    # the record calls him "The Chair"; its header ("*Chair:* Mr. Soh") says who he is
    assert (chair.speaker, chair.speaker_role, chair.author_type) == ("The Chair (Mr. Soh)", "chair", "committee")
    assert paragraph("sr4227:1").speaker is None


def test_ocr_comma_slip_is_paragraph_44_and_numbered_headings_are_not_paragraphs(paragraph):
    assert paragraph("upr-compilation:44").text.startswith(
        "The Committee on the Elimination of Discrimination against Women recommended ensuring access to social"
    )
    women = paragraph("upr-compilation:53")
    assert women.section == "B. Rights of specific persons or groups — 1. Women"
    assert women.text.startswith("The Committee against Torture expressed concern that domestic violence")
    assert paragraph("upr-compilation:49").section == "12. Right to education"


def test_sub_paragraphs_stay_inside_their_parent(paragraph):
    text = paragraph("cat-loi:6").text
    positions = [text.index(f"({letter}) ") for letter in "abcde"]
    assert positions == sorted(positions)
    assert "(e) Any steps taken by the State party to ensure that all persons deprived" in text
    assert paragraph("cat-loi:7").text.startswith("With reference to paragraphs 156 and 157")
    assert "– whether steps have been taken or are being taken to adopt" in paragraph("ngo-loipr:11").text
    assert "2) reorganization or liquidation of the facility;" in paragraph("ngo-loipr:59").text


def test_sections_are_the_nearest_headings(paragraph):
    assert paragraph("kaz3-replies:26").section == (
        "Constitutional and legal framework within which the Covenant is implemented — "
        "Reply to the issues raised in paragraph 2"
    )
    assert paragraph("ngo-loipr:95").section == "Safety of human rights defenders"
    assert paragraph("cat-loi:3").section == "Article 2"  # footnote mark removed from "Article 2⁷"
    assert paragraph("upr-compilation:1").section == "Background"


def test_no_markup_furniture_or_footnote_bodies_left(corpus):
    for _, paragraphs in corpus:
        for p in paragraphs:
            text = p.text
            assert text == re.sub(r"\s+", " ", text).strip(), p.key
            assert not re.search(r"\*|#|\]\(|GE\.\d|[⁰¹²³⁴⁵⁶⁷⁸⁹®©™°]|\.[!?%>*]", text), p.key
            assert not re.search(r"(^|\s)\d{1,4}(\s|$)\s*$", text), p.key  # a stray page number at the end
            assert "Ibid." not in text and "para. 42 (d)" not in text, p.key
            assert not text.startswith(p.number + "."), p.key


def test_ocr_footnote_marks_are_removed_without_losing_words(paragraph):
    assert "previous review. It is a compilation" in paragraph("upr-compilation:1").text
    assert paragraph("upr-compilation:10").text.endswith("visited Kazakhstan in March 2023.")
    marked = paragraph("upr-compilation:48").text  # "services® and the" in the OCR text
    assert "accessible sexual and reproductive health services and the Committee" in marked
    assert "referred to as “guests”. It recommended" in paragraph("upr-compilation:67").text  # a real closing quote
    assert paragraph("cat-loi:2").footnotes == ("5", "6")


def test_dev_gold_phrases_land_in_their_paragraph(corpus):
    if not DEV_QUESTIONS.is_file():
        pytest.skip(f"{DEV_QUESTIONS} is absent (it lives outside the repository, in ../shared/eval)")
    by_seed = {f"{i:03d}": {p.number: p for p in paragraphs} for i, (_, paragraphs) in enumerate(corpus)}
    missing = []
    checked = 0
    for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        question = json.loads(line)
        for gold in question["gold"]:
            checked += 1
            found = by_seed[gold["seed"]].get(gold["paragraph"])
            if found is None or squash(gold["phrase"]) not in squash(found.text):
                missing.append((question["id"], gold["seed"], gold["paragraph"], gold["phrase"]))
    assert checked > 0
    assert missing == []


# --- generic rules on small documents ------------------------------------------------------------------------------


def test_document_without_numbered_paragraphs_is_a_corpus_error():
    with pytest.raises(CorpusError, match=r"'doc' \(doc\.txt\) has no numbered paragraphs"):
        parse_document(entry(), "A title\n\nSome prose without any paragraph numbers.\n")


def test_load_corpus_names_the_file_without_paragraphs(tmp_path):
    (tmp_path / "empty.txt").write_text("Just a heading\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[documents]]\ndoc_id = "empty-doc"\nsymbol = "E/1"\ntitle = "t"\nmechanism = "m"\n'
        'document_type = "list of issues"\nauthor_type = "un"\ndate = "2024"\nlanguage = "en"\nfile = "empty.txt"\n',
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"'empty-doc' \(empty\.txt\) has no numbered paragraphs"):
        load_corpus(tmp_path)


PROSE = (
    "The Committee notes with concern the reports it received on this matter and asks the State party to explain "
    "what it has done about them."
)


def test_a_gap_and_a_number_printed_twice_are_kept_and_reported():
    numbers = [1, 2, 3, 3, 4, 8, 9]
    text = "".join(f"{number}. {PROSE}\n\n" for number in numbers)
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs] == [str(number) for number in numbers]  # nothing dropped, nothing renumbered
    report = numbering_report(paragraphs)
    assert report.gaps == ["5", "6", "7"] and report.duplicates == ["3"] and report.count == 7


def test_a_short_paragraph_after_a_gap_is_a_paragraph_and_a_numbered_heading_is_not():
    text = f"1. {PROSE}\n\n2. {PROSE}\n\n4. The Committee takes note.\n\n5. {PROSE}\n\n6. Women\n\n6. {PROSE}\n"
    paragraphs = parse_document(entry(), text)
    assert [(p.number, p.section) for p in paragraphs] == [
        ("1", None),
        ("2", None),
        ("4", None),
        ("5", None),
        ("6", "6. Women"),
    ]
    assert paragraphs[2].text == "The Committee takes note."


def test_page_furniture_between_page_fragments_is_dropped():
    text = (
        "Heading\n\n1. The first paragraph starts here and runs on to the\n\n"
        "GE.24-01234(E)\n\n7\n\nX/C/1\n\nnext page where it ends.\n\n2. The second paragraph.\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [p.text for p in paragraphs] == [
        "The first paragraph starts here and runs on to the next page where it ends.",
        "The second paragraph.",
    ]


def test_markdown_record_speakers_and_procedural_notes():
    text = (
        "**Opening of the meeting**\n\n"
        "1. **Ms. Smith** asked about prisons.\n"
        "2. She also asked about courts.\n\n"
        "*The meeting was suspended at 11 a.m.*\n\n"
        "3. **A representative of Utopia**, replying, said that prisons were fine.\n"
        "4. **The Chair** closed the meeting.\n"
    )
    paragraphs = parse_document(entry("rec"), text)
    assert [(p.number, p.speaker, p.speaker_role, p.author_type) for p in paragraphs] == [
        ("1", "Ms. Smith", "committee member", "committee"),
        ("2", "Ms. Smith", "committee member", "committee"),
        ("3", "A representative of Utopia", "state delegation", "state"),
        ("4", "The Chair", "chair", "committee"),
    ]
    assert paragraphs[2].text == "A representative of Utopia, replying, said that prisons were fine."
    assert paragraphs[1].text == "She also asked about courts."  # the italic note is not glued on
    assert paragraphs[0].section == "Opening of the meeting"


@pytest.mark.parametrize(
    ("header", "chair"),
    [
        ("*Chair:* Ms. Tigroudja\n\n", "The Chair (Ms. Tigroudja)"),
        ("Chairperson: Mr. Heller Rouassant\n\n", "The Chair (Mr. Heller Rouassant)"),
        ("", "The Chair"),  # no header: the paragraphs' own word
    ],
)
def test_the_chair_is_named_from_the_records_header(header: str, chair: str) -> None:
    text = header + "1. **The Chair** opened the meeting.\n2. **Ms. Smith** asked about prisons.\n"
    paragraphs = parse_document(entry("rec"), text)
    assert [(p.speaker, p.speaker_role) for p in paragraphs] == [(chair, "chair"), ("Ms. Smith", "committee member")]


def test_a_chair_named_only_after_the_first_paragraph_is_not_the_presiding_one() -> None:
    text = "1. **The Chair** opened the meeting.\n\nChair: Mr. Late\n\n2. **The Chair** closed it.\n"
    assert {p.speaker for p in parse_document(entry("rec"), text)} == {"The Chair"}


def test_short_paragraphs_around_a_gap_and_a_number_printed_twice_are_all_kept() -> None:
    # the first ¶4 used to become a heading because the next numbered line repeats its number
    text = "1. First para.\n\n2. Second para.\n\n4. Fourth para after a gap.\n\n4. Fourth printed twice.\n\n5. Fifth.\n"
    paragraphs = parse_document(entry("rec"), text)
    assert [(p.number, p.text) for p in paragraphs] == [
        ("1", "First para."), ("2", "Second para."), ("4", "Fourth para after a gap."),
        ("4", "Fourth printed twice."), ("5", "Fifth."),
    ]  # fmt: skip
    report = numbering_report(paragraphs)
    assert (report.gaps, report.duplicates) == (["3"], ["4"])


def test_a_numbered_heading_before_a_paragraph_of_the_same_number_stays_a_heading() -> None:
    paragraphs = parse_document(entry("rec"), "1. Women\n\n1. The Committee notes the progress made.\n")
    assert [(p.number, p.section) for p in paragraphs] == [("1", "1. Women")]


def test_ocr_wrapped_text_numbered_headings_and_trailing_footnotes():
    text = (
        "1. Women\n\n"
        "1. The first paragraph was wrapped\nover two lines.!\n\n"
        "2. Rights of children\n\n"
        "2,  The second paragraph, whose number\nwas misread, cites a family- and community-\nbased approach.>\n"
        " 3. The third paragraph ends the text.3\n"
        " see CAT/C/X/1, para. 4; CRC/C/X/2, para. 5.\n\n"
        "Ibid., para. 6.\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [(p.number, p.section, p.text) for p in paragraphs] == [
        ("1", "1. Women", "The first paragraph was wrapped over two lines."),
        (
            "2",
            "2. Rights of children",
            "The second paragraph, whose number was misread, cites a family- and community-based approach.",
        ),
        ("3", "2. Rights of children", "The third paragraph ends the text."),
    ]


def test_tab_numbered_replies_with_indented_headings():
    text = (
        "\tA.\tGeneral information\n"
        "\t\tReply to the issues raised in paragraph 1\n"
        "1.\tThe State has done the following:\n"
        "Built schools\n"
        "Opened clinics\n"
        "2.\tFigures for the period\n"
        "2018–2022) were recorded.\n"
        "\t\tReply to the issues raised in paragraph 2\n"
        "3.\tMore text.\n"
    )
    paragraphs = parse_document(entry(author_type="state"), text)
    assert [p.text for p in paragraphs] == [
        "The State has done the following: Built schools Opened clinics",
        "Figures for the period 2018–2022) were recorded.",
        "More text.",
    ]
    assert paragraphs[0].section == "A. General information — Reply to the issues raised in paragraph 1"
    assert paragraphs[2].section == "Reply to the issues raised in paragraph 2"


def test_superscript_footnotes_become_metadata_and_their_bodies_are_dropped():
    text = (
        "Article 2¹\n\n"
        "1. Please explain the reform,² and indicate whether the\n\n"
        "¹ A footnote body.\n\n"
        "² Another footnote, para. 3.\n\n"
        "* Adopted by the Committee.\n\n"
        "transfer has happened.³\n\n"
        "(a) A first sub-point;\n\n"
        "(b) A second sub-point.\n"
    )
    [only] = parse_document(entry(), text)
    assert only.section == "Article 2"
    assert only.text == (
        "Please explain the reform, and indicate whether the transfer has happened. "
        "(a) A first sub-point; (b) A second sub-point."
    )
    assert only.footnotes == ("2", "3")


def test_markdown_bullets_after_a_colon_continue_the_paragraph():
    text = "1. The State should:\n\n* do this;\n* do that.\n\n* Adopted at the 75th session.\n\n2. Next paragraph.\n"
    assert [p.text for p in parse_document(entry(), text)] == [
        "The State should: do this; do that.",
        "Next paragraph.",
    ]


def test_document_hash_follows_file_bytes_and_manifest_entry(tmp_path):
    (tmp_path / "doc.txt").write_text("1. Text.\n", encoding="utf-8")
    first = document_hash(tmp_path, entry())
    assert first == document_hash(tmp_path, entry())
    assert document_hash(tmp_path, entry(symbol="X/C/2")) != first
    (tmp_path / "doc.txt").write_text("1. Text changed.\n", encoding="utf-8")
    assert document_hash(tmp_path, entry()) != first


# --- the command line --------------------------------------------------------------------------------------------


def run_prepbot(*args: str, corpus_dir: Path = CORPUS_DIR) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "PREPBOT_CORPUS_DIR": str(corpus_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "prepbot.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=60,
    )


def test_corpus_stats_json_gives_the_counts():
    result = run_prepbot("corpus", "stats", "--json")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    dialogue = documents[: len(EXPECTED_COUNTS)]
    assert [(d["doc_id"], d["paragraphs"], d["first"], d["last"], d["gaps"], d["duplicates"]) for d in dialogue] == [
        (doc_id, count, "1", str(count), [], []) for doc_id, count in EXPECTED_COUNTS.items()
    ]
    assert documents[2]["symbol"] == "A/HRC/WG.6/48/KAZ/2"
    # then the standards layer, whose data has real gaps it reports as they are
    standards = {d["doc_id"]: d for d in documents[len(EXPECTED_COUNTS) :]}
    assert len(standards) == 175 and sum(d["paragraphs"] for d in standards.values()) == 6488
    assert standards["ccpr-gc37-assembly"]["symbol"] == "CCPR/C/GC/37"
    assert standards["cerd-gr37-health"]["gaps"] == ["51"]


def test_corpus_stats_table_and_broken_manifest(tmp_path):
    table = run_prepbot("corpus", "stats")
    assert table.returncode == 0 and "180 documents, 7236 paragraphs" in table.stdout
    broken = run_prepbot("corpus", "stats", corpus_dir=tmp_path)
    assert broken.returncode == 2
    assert "Error: no corpus manifest" in broken.stderr


def test_a_table_after_a_paragraph_is_part_of_it_and_article_numbers_stay_a_heading():
    """Its figures are what a question asks for ("How many notifications were refused in 2023?"): a table laid out
    as rows of cells (" | ", from Word) or as a line of figures (from a PDF) goes into the paragraph before it."""
    paragraph = (
        "The Committee notes the figures on notifications of assemblies provided by the delegation, which are set out "
        "in the table below for the two years concerned:"
    )
    cells = "Year | Notifications | Refusals\n\n2022 | 1,204 | 311\n\n2023 | 1,356 | 402"
    line = "Year Notifications Refusals 2022 1,204 311 2023 1,356 402"
    following = "The Committee is concerned that the refusals were not explained to the organisers of the assemblies."
    for table in (cells, line):
        text = f"Freedom of assembly (arts. 19, 21 and 22)\n\n1. {paragraph}\n\n{table}\n\n2. {following}\n"
        first, second = parse_document(entry(), text)
        assert "2023 | 1,356 | 402" in first.text or "2023 1,356 402" in first.text
        assert first.section == second.section == "Freedom of assembly (arts. 19, 21 and 22)"
        assert second.text == following


def test_recommendations_in_bold_keep_their_items_and_are_nobody_s_words():
    """Concluding observations print their recommendations in bold, often the number too: "**3. The State party
    should:**" then "**(a) ...;**". The items were taken for headings and dropped (the number in bold: the whole
    paragraph), and a paragraph in bold throughout was read as a speaker's name."""
    text = (
        "1. The Committee welcomes the report of the State party and the replies to the list of issues.\n\n"
        "**Redress for victims**\n\n"
        "2. The State party should:\n\n"
        "**(a) Ensure that all victims obtain redress, including fair and adequate compensation;**\n\n"
        "**(b) Report on the measures taken.**\n\n"
        "**3. The State party should ratify the Optional Protocol to the Convention.**\n\n"
        "**4.** The Committee requests the State party to submit its next report by 2028.\n\n"
        "**Follow-up procedure**\n\n"
        "5. **Ms. Bassim** said that the follow-up procedure had been explained.\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs] == ["1", "2", "3", "4", "5"]
    assert paragraphs[1].text == (
        "The State party should: (a) Ensure that all victims obtain redress, including fair and adequate "
        "compensation; (b) Report on the measures taken."
    )
    assert paragraphs[2].text == "The State party should ratify the Optional Protocol to the Convention."
    assert paragraphs[3].text.startswith("The Committee requests")
    assert [p.speaker for p in paragraphs[:4]] == [None] * 4
    assert [p.section for p in paragraphs] == [None, *["Redress for victims"] * 3, "Follow-up procedure"]
    assert paragraphs[4].speaker == "Ms. Bassim"  # a name in bold followed by what was said is a speaker


def test_paragraph_one_thousand_follows_nine_hundred_and_ninety_nine_and_a_year_is_no_number():
    text = "".join(f"{number}. {PROSE}\n\n" for number in range(1, 1002))
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs][-3:] == ["999", "1000", "1001"]
    # a page-break fragment opening with a year and a full stop stays its paragraph's text
    text = f"1. {PROSE}\n\n2. The figures were published in\n\n2023. The Committee noted them.\n\n3. {PROSE}\n"
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert paragraphs[1].text == "The figures were published in 2023. The Committee noted them."


def test_a_heading_after_a_list_and_prose_under_an_annex_heading_are_not_the_paragraph_s_text():
    """Round trips of new UN-like files: a plain heading under a paragraph that ends in a list ("• Ministry of
    Health" / "Supported decision-making") was glued to it, the list's last item having no full stop; so was an
    annex's unnumbered prose and its table, under their headings after the last paragraph. A paragraph cut
    mid-sentence by a heading-like line still goes on after it."""
    text = (
        f"1. {PROSE}\n\n2. The following ministries are responsible:\n\n• Ministry of Justice\n\n• Ministry of Health"
        f"\n\nSupported decision-making\n\n3. {PROSE}\n\n4. The State party should take measures in the\n\n"
        "**Box 1**\n\nfield of justice.\n\n5. The last paragraph ends here.\n\n**Annex**\n\n"
        "The State party provided the following figures on children in detention.\n\nYear | Boys | Girls\n\n"
        "2021 | 1,204 | 311\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs] == ["1", "2", "3", "4", "5"]
    assert paragraphs[1].text == "The following ministries are responsible: • Ministry of Justice • Ministry of Health"
    assert paragraphs[2].section == "Supported decision-making"
    assert paragraphs[3].text == "The State party should take measures in the field of justice."
    assert paragraphs[4].text == "The last paragraph ends here."


def test_a_table_s_caption_inside_a_paragraph_keeps_the_table_there():
    """ "Table 1. Number of complaints, by category" read as a heading took the table's rows out of the paragraph (and
    out of every paragraph, as text under a heading), in every format, with the numbering report clean."""
    text = (
        "1. The data for the period under review are as follows:\n\nTable 1. Number of complaints, by category\n\n"
        "Year | Women | Men\n\n2012 | 409 | 419\n\nSource: Ministry of Internal Affairs.\n\n2. The Committee notes.\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs] == ["1", "2"]
    assert paragraphs[0].text == (
        "The data for the period under review are as follows: Table 1. Number of complaints, by category "
        "Year | Women | Men 2012 | 409 | 419 Source: Ministry of Internal Affairs."
    )
    assert paragraphs[1].section is None


def test_a_quoted_article_s_own_numbers_are_not_paragraphs():
    """A treaty article quoted in ¶2 with its own "2." and "3." was read as paragraphs 2 and 3 again (duplicates, the
    document refused). A quotation the paragraph introduces ("provides:") that opens with "“1." keeps its numbered
    lines until it closes; the document's own numbering after it goes on."""
    quote = (
        "1. The Committee adopts this general comment.\n\n2. Article 19 of the Covenant provides:\n\n"
        "“1. Everyone shall have the right to hold opinions without interference.\n\n"
        "2. Everyone shall have the right to freedom of expression.\n\n"
        "3. The exercise of these rights may be subject to certain restrictions:\n\n"
        "(a) For respect of the rights or reputations of others;\n\n(b) For the protection of public order.”\n\n"
        "This general comment explains it.\n\n3. While States are entitled to regulate migration, they must do so.\n"
    )
    paragraphs = parse_document(entry(), quote)
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert paragraphs[1].text.startswith("Article 19 of the Covenant provides: “1. Everyone shall have the right")
    assert "2. Everyone shall have the right to freedom" in paragraphs[1].text
    assert paragraphs[1].text.endswith("public order.” This general comment explains it.")
    # the closing mark lost: the document's "3." is not the quotation's next number (4), and is the paragraph
    unclosed = quote.replace("public order.”", "public order.").replace("This general comment explains it.\n\n", "")
    assert [p.number for p in parse_document(entry(), unclosed)] == ["1", "2", "3"]
    # the quotation opened on the introducing line ("provides: “1. Everyone ..."), as a PDF set without space between
    # paragraphs prints it: its "2." and "3." are still the article's
    inline = parse_document(entry(), quote.replace("provides:\n\n“1.", "provides: “1."))
    assert [p.number for p in inline] == ["1", "2", "3"]
    assert "2. Everyone shall have the right to freedom" in inline[1].text


def test_a_contents_table_s_numbered_entries_are_no_paragraphs():
    """ "1. Equality and non-discrimination ........ 14–17 5" in a contents table was read as ¶1, and the document's
    own ¶1 as printed twice (refused). An entry with dot leaders, or its paragraphs and page at the end, is none."""
    text = (
        "Contents\n\nI. Introduction 1–4 3\n\n1. Equality and non-discrimination 14–17 5\n\n"
        "2. Right to life, liberty and security of person..........................18–22 5\n\n"
        "I. Introduction\n\n1. This report is submitted under resolution 5/1.\n\n"
        "2. It covers the period 2019–2023 5.\n\n3. The State party reported.\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert paragraphs[0].text == "This report is submitted under resolution 5/1."
    assert paragraphs[1].text == "It covers the period 2019–2023 5."


# --- decimal numbering (Views on individual communications) ------------------------------------------------------

VIEWS_TEXT = PROJECT_ROOT / "tests" / "texts" / "views-decimal.txt"  # numbered 1.1, 1.2, 2.1 ..., a whole 3., 8., 10.
VIEWS_NUMBERS = ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3", "4.1", "4.2", "4.3", "5.1", "5.2", "6.1", "6.2", "6.3",
                 "6.4", "7.1", "7.2", "7.3", "8", "9.1", "9.2", "10"]  # fmt: skip


def test_views_numbered_decimally_keep_each_number_as_printed():
    """Views are numbered 1.1, 1.2, 2.1 ... with whole numbers between ("8. The Committee, acting under article 5
    (4) ..."): each number as printed is the citation; items (a), (b), a quoted article's own "1." and "2.",
    footnotes and headings are read as in a whole-numbered document. The file was refused ("no numbered paragraphs")."""
    paragraphs = parse_document(entry("views", symbol="CCPR/C/141/D/3456/2019"), VIEWS_TEXT.read_text("utf-8"))
    by_number = {p.number: p for p in paragraphs}
    assert [p.number for p in paragraphs] == VIEWS_NUMBERS
    assert by_number["1.1"].footnotes == ("1",) and "general comment No. 34" not in by_number["1.1"].text
    assert by_number["2.2"].text.endswith("on the following grounds: (a) Participation in an assembly for which no "
                                          "notification had been given to the local executive authorities; (b) "
                                          "Disobedience to a lawful order of the police to disperse.")  # fmt: skip
    assert "provides: “1. Everyone shall have the right to hold opinions" in by_number["2.4"].text
    assert by_number["2.4"].text.endswith("ideas of all kinds.”")
    assert by_number["3"].section == "The complaint" and by_number["3"].text.startswith("The author claims that")
    assert by_number["8"].text.startswith("The Committee, acting under article 5 (4) of the Optional Protocol")
    assert by_number["4.1"].section == "State party's observations on admissibility and the merits"
    report = numbering_report(paragraphs)
    assert (report.count, report.first, report.last, report.gaps, report.duplicates) == (23, "1.1", "10", [], [])


def test_decimal_numbering_runs_by_section_with_its_gaps_reported():
    """Next comes the section's next sub-number, the next section's first one or a whole number: 2.1 -> 2.3 is a gap
    (2.2), reported; a numbered heading over its section ("2. The facts" before "2.1") stays a heading; a figure at a
    line start ("2.5 million") is text, and a number printed twice is reported."""
    text = (
        "1.1 The author is A.B., a national of Ruritania.\n\n1.2 The communication was registered on 5 May 2019.\n\n"
        "2. The facts\n\n2.1 The author was arrested on 3 March 2018 at a demonstration of\n"
        "2.5 million people, he says, in the capital.\n\n"
        "2.3 He appealed, without success, to the City Court.\n\n3. The author claims a violation of article 19.\n\n"
        "4.1 The State party contests admissibility.\n\n4.1 The State party adds that the author did not appeal.\n"
    )
    paragraphs = parse_document(entry("views"), text)
    assert [(p.number, p.section) for p in paragraphs] == [
        ("1.1", None), ("1.2", None), ("2.1", "2. The facts"), ("2.3", "2. The facts"), ("3", "2. The facts"),
        ("4.1", "2. The facts"), ("4.1", "2. The facts"),
    ]  # fmt: skip
    assert paragraphs[2].text.endswith("of 2.5 million people, he says, in the capital.")
    report = numbering_report(paragraphs)
    assert (report.gaps, report.duplicates) == (["2.2"], ["4.1"])


def test_a_whole_numbered_document_with_decimal_section_headings_stays_whole():
    """Guard, passes before and after decimal numbering was read: a report whose sections are numbered "1.1
    Background" (headings, not paragraphs) and whose paragraphs are numbered 1, 2, 3 is read as before."""
    text = (
        "1.1 Background\n\n1. The report covers the years 2019 to 2023 and was prepared by the ministry.\n\n"
        "1.2 Method\n\n2. The ministry consulted civil society in 2023.\n\n3. It held six public hearings.\n"
    )
    paragraphs = parse_document(entry(), text)
    assert [(p.number, p.section) for p in paragraphs] == [
        ("1", "1.1 Background"),
        ("2", "1.2 Method"),
        ("3", "1.2 Method"),
    ]
