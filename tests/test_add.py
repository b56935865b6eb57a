"""`prepbot add`: a UN-like Word file goes into the corpus with its paragraphs as printed, is reported before it is
indexed, and is then indexed incrementally; a file without numbered paragraphs is refused and changes nothing."""

from __future__ import annotations

import pytest
from conftest import CORPUS_DIR, read_manifest

from prepbot.core.errors import BadInput, CorpusError
from prepbot.retrieval.adding import add_document, doc_id_from_symbol
from prepbot.retrieval.index import ingest
from prepbot.retrieval.parsing import parse_document
from prepbot.retrieval.search import Searcher

NGO_FILE = "ngo-kaz-loipr-2022.txt"  # 96 paragraphs, not in the small corpus


@pytest.fixture
def ngo_docx(built):
    return built(NGO_FILE, "docx")


def _original_paragraphs(entries):
    entry = entries[NGO_FILE]
    return parse_document(entry, (CORPUS_DIR / NGO_FILE).read_text(encoding="utf-8"))


def test_add_writes_text_and_entry_and_reports_before_indexing(small_corpus, ngo_docx, entries):
    before = (small_corpus / "manifest.toml").read_text(encoding="utf-8")
    dry = add_document(small_corpus, ngo_docx, symbol="NGO-KAZ-LOIPR-2022", author_type="ngo", dry_run=True)
    assert (dry.count, dry.gaps, dry.duplicates, dry.written) == (96, [], [], False)
    assert (small_corpus / "manifest.toml").read_text(encoding="utf-8") == before  # a dry run writes nothing

    report = add_document(
        small_corpus, ngo_docx, symbol="NGO-KAZ-LOIPR-2022", author_type="ngo", title="NGO submission",
        date="2022-12-18", mechanism="Human Rights Committee", document_type="NGO submission",
    )  # fmt: skip
    assert report.written and report.entry.doc_id == "ngo-kaz-loipr-2022" and report.count == 96
    assert "96 numbered paragraphs, ¶1 to ¶96; numbering runs without gaps or duplicates" in report.summary()
    added = read_manifest(small_corpus)[-1]
    assert added == {"doc_id": "ngo-kaz-loipr-2022", "symbol": "NGO-KAZ-LOIPR-2022", "title": "NGO submission",
                     "mechanism": "Human Rights Committee", "document_type": "NGO submission", "author_type": "ngo",
                     "date": "2022-12-18", "language": "en", "file": "ngo-kaz-loipr-2022.txt"}  # fmt: skip
    converted = [(p.number, " ".join(p.text.split())) for p in report.paragraphs]
    assert converted == [(p.number, " ".join(p.text.split())) for p in _original_paragraphs(entries)]

    with pytest.raises(CorpusError, match="already in the corpus") as raised:
        add_document(small_corpus, ngo_docx, symbol="NGO-KAZ-LOIPR-2022", author_type="ngo")
    assert str(small_corpus / "manifest.toml") in str(raised.value)  # the manifest of the corpus added to
    with pytest.raises(CorpusError, match="doc_id 'ngo-kaz-loipr-2022' is already NGO-KAZ-LOIPR-2022's"):
        add_document(small_corpus, ngo_docx, symbol="X/11", author_type="ngo", doc_id="ngo-kaz-loipr-2022")


def test_a_file_without_numbered_paragraphs_is_refused_and_nothing_changes(small_corpus, tmp_path):
    import un_like

    layout = un_like.read_layout("Press release\n\nThe Committee met today in Geneva to review the report.\n")
    press = un_like.write_docx(layout, "PR/2025/1", tmp_path / "press.docx")
    before = sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()
    with pytest.raises(CorpusError, match="press.docx: no numbered paragraphs found .* nothing was added"):
        add_document(small_corpus, press, symbol="PR/2025/1", author_type="un")
    assert (sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()) == before
    forbidden = tmp_path / "CCPR_C_KAZ_CO_4.pdf"  # what a failed download saves under the name the link promised
    forbidden.write_text("<!DOCTYPE html><html><body><h1>403 Forbidden</h1></body></html>", encoding="utf-8")
    with pytest.raises(CorpusError, match="no numbered paragraphs found .*it is a web page, not a PDF"):
        add_document(small_corpus, forbidden, symbol="CCPR/C/KAZ/CO/4", author_type="committee")
    with pytest.raises(BadInput, match="author-type"):
        add_document(small_corpus, press, symbol="PR/2025/1", author_type="press")
    with pytest.raises(BadInput, match="--date '2025-02-30' is not a date"):
        add_document(small_corpus, press, symbol="PR/2025/1", author_type="un", date="2025-02-30", dry_run=True)
    with pytest.raises(BadInput, match="--language 'klingon'"):
        add_document(small_corpus, press, symbol="PR/2025/1", author_type="un", language="klingon")
    assert (sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()) == before


def test_added_document_is_indexed_incrementally(small_index, ngo_docx):
    corpus = small_index.corpus_dir
    add_document(corpus, ngo_docx, symbol="NGO-KAZ-LOIPR-2022", author_type="ngo")
    report = ingest(small_index, progress=False)
    assert report.added == ["ngo-kaz-loipr-2022"] and report.unchanged == ["sr4227", "cat-loi"]
    assert report.paragraphs_embedded == 96
    hit = Searcher.open(small_index).search("peaceful assembly", k=3, doc_id="NGO-KAZ-LOIPR-2022")[0]
    assert hit.paragraph.doc_id == "ngo-kaz-loipr-2022"


def test_doc_ids_from_symbols():
    assert doc_id_from_symbol("CCPR/C/KAZ/CO/3") == "ccpr-c-kaz-co-3"
    assert doc_id_from_symbol("A/HRC/WG.6/48/KAZ/2") == "a-hrc-wg6-48-kaz-2"


def test_a_number_printed_twice_is_refused_before_anything_is_written(small_corpus, tmp_path):
    """ "¶6" printed twice would cite two paragraphs, and the index keeps one paragraph a number: the file is refused
    (dry run or not) with its numbering report, and nothing is written, so no later ingest is blocked. "6, 6, 8" (the
    second 6 where 7 was meant) is found as a number printed twice, not read into the first ¶6."""
    import un_like

    body = "".join(
        f"{number}. The Committee notes paragraph {label} of the report on the situation of human rights defenders, "
        f"with the figures given for {2010 + index} and the measures announced for the following years.\n\n"
        for index, (number, label) in enumerate([(1, "one"), (2, "two"), (3, "three"), (4, "four"), (5, "five"),
                                                 (6, "six"), (6, "seven"), (8, "eight"), (9, "nine")])
    )  # fmt: skip
    twice = un_like.write_docx(un_like.read_layout(body), "KAZ/DUP/1", tmp_path / "dup.docx")
    before = sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()
    for dry_run in (True, False):
        with pytest.raises(CorpusError, match=r"duplicates ¶6.*printed twice.*nothing was added"):
            add_document(small_corpus, twice, symbol="KAZ/DUP/1", author_type="un", dry_run=dry_run)
    assert (sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()) == before


def test_an_annex_numbered_from_1_again_is_reported_not_left_out_unseen(small_corpus, tmp_path):
    """An annex whose paragraphs are numbered from 1 again would be in no paragraph the index holds: the file is
    refused with what would be left out, and nothing is written."""
    import un_like

    def paragraphs(numbers: range, about: str) -> str:
        return "".join(
            f"{number}. The Committee sets out {about} number {number}, with the reasons given by the State party "
            "and the information it requested for its next periodic report.\n\n"
            for number in numbers
        )

    annex = "Annex\n\nAssessment criteria\n\n"
    body = paragraphs(range(1, 5), "the decision") + annex + paragraphs(range(1, 4), "criterion")
    annexed = un_like.write_docx(un_like.read_layout(body), "CAT/C/84/3", tmp_path / "annex.docx")
    before = sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()
    refused = r"4 numbered paragraphs.*3 more numbered paragraph\(s\) after ¶4.*¶1, ¶2, ¶3"
    with pytest.raises(CorpusError, match=refused):
        add_document(small_corpus, annexed, symbol="CAT/C/84/3", author_type="committee", dry_run=True)
    assert (sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()) == before


def test_a_general_comment_s_symbol_is_refused(small_corpus, ngo_docx):
    """A citation must name one document: a symbol (or doc_id) a General Comment of corpus/standards is cited by."""
    import json

    standards = small_corpus / "standards"
    standards.mkdir()
    record = {"Signature": "CCPR/C/GC/37", "File PATH": "json_data/Annotated_CCPR_GC37_assembly.json"}
    (standards / "GC-info.json").write_text(json.dumps([record]), encoding="utf-8")
    manifest = small_corpus / "manifest.toml"
    manifest.write_text('[standards]\ndir = "standards"\n\n' + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(CorpusError, match=f"CCPR/C/GC/37 is already a General Comment's symbol .* in {standards}:"):
        add_document(small_corpus, ngo_docx, symbol="CCPR/C/GC/37", author_type="committee", dry_run=True)


def test_the_mechanism_defaults_to_the_symbol_s_series_and_missing_metadata_is_noted(small_corpus, ngo_docx):
    from prepbot.retrieval.adding import mechanism_of

    assert mechanism_of("CAT/C/KAZ/CO/4") == "Committee against Torture"
    assert mechanism_of("E/C.12/KAZ/CO/3") == "Committee on Economic, Social and Cultural Rights"
    assert mechanism_of("A/HRC/WG.6/48/KAZ/1") == "Universal Periodic Review"
    assert mechanism_of("NGO-XYZ-2025") == "unspecified"
    report = add_document(small_corpus, ngo_docx, symbol="CAT/C/KAZ/CO/9", author_type="committee", dry_run=True)
    assert report.entry.mechanism == "Committee against Torture"
    assert "no --title" in report.summary() and "no --mechanism" not in report.summary()
    report = add_document(small_corpus, ngo_docx, symbol="NGO-XYZ-2025", author_type="ngo", title="Shadow report",
                          dry_run=True)  # fmt: skip
    assert "no --mechanism" in report.summary() and "no --title" not in report.summary()


def test_without_the_standards_their_folder_is_not_needed(small_corpus, ngo_docx):
    """A manifest naming a standards folder that is not there: with PREPBOT_STANDARDS=none the corpus still loads
    and documents can be added (a maintainer's scratch copy of the corpus without the 180 General Comments)."""
    from prepbot.retrieval.parsing import load_corpus_with_notes

    manifest = small_corpus / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + '\n[standards]\ndir = "standards"\n', encoding="utf-8")
    documents, notes = load_corpus_with_notes(small_corpus, standards="none")
    assert {entry.doc_id for entry, _ in documents} == {"cat-loi", "sr4227"} and notes == []
    with pytest.raises(CorpusError, match="standards"):
        load_corpus_with_notes(small_corpus, standards="all")
    assert add_document(small_corpus, ngo_docx, symbol="NGO/9", author_type="ngo", dry_run=True).count == 96


VIEWS_PARAGRAPHS = {  # paragraphs of a Views document, as printed: decimal numbers, a whole one between sections
    "1.1": "The author of the communication is A.B., a national of Ruritania born in 1980, who claims violations.",
    "1.2": "On 12 May 2019, the Committee decided not to issue a request for interim measures in this case.",
    "2.1": "On 3 March 2018, the author took part in a peaceful demonstration and was arrested by the police.",
    "2.2": "On 4 March 2018, the district court sentenced him to 15 days of administrative detention for it.",
    "2.3": "The author appealed against that decision to the City Court, which upheld it on 2 April 2018.",
    "2": "The author claims that his arrest and detention violated his rights under articles 9 and 14.",
    "3": "The author claims that his arrest and detention violated his rights under articles 9 and 19.",
    "4.1": "In a note verbale of 15 October 2019, the State party submitted that the claims are inadmissible.",
}


def views_docx(tmp_path, numbers: list[str], symbol: str = "CCPR/C/141/D/3456/2019"):
    """A Word file of Views whose paragraphs carry these numbers, in this order (tests/un_like.py prints "2.3<tab>")."""
    import un_like

    text = "**The facts as submitted by the author**\n\n" + "".join(
        f"{number}{'' if '.' in number else '.'} {VIEWS_PARAGRAPHS[number]}\n\n" for number in numbers
    )
    return un_like.write_docx(un_like.read_layout(text), symbol, tmp_path / "views.docx")


def test_views_numbered_decimally_are_added_with_their_gaps_reported(small_corpus, tmp_path):
    """Views numbered 1.1, 1.2, 2.1 ... were refused ("no numbered paragraphs"); now they are read, and the report
    names the missing number as a decimal one (2.1, 2.3: 2.2 missing)."""
    views = views_docx(tmp_path, ["1.1", "1.2", "2.1", "2.3", "3", "4.1"])
    report = add_document(small_corpus, views, symbol="CCPR/C/141/D/3456/2019", author_type="committee", dry_run=True)
    assert [p.number for p in report.paragraphs] == ["1.1", "1.2", "2.1", "2.3", "3", "4.1"]
    assert (report.count, report.gaps, report.duplicates) == (6, ["2.2"], [])
    assert report.headline() == (
        "CCPR/C/141/D/3456/2019 (ccpr-c-141-d-3456-2019): 6 numbered paragraphs, ¶1.1 to ¶4.1; numbering gaps at ¶2.2"
    )
    assert report.paragraphs[3].text == VIEWS_PARAGRAPHS["2.3"]


def test_whole_and_decimal_numbers_mixed_beyond_reading_are_refused_in_one_line(small_corpus, tmp_path):
    """A whole "2." then "2.1", "2.2": a number cannot be a paragraph and a section of them at once, and the decimal
    ones would be left out unseen; the file is refused in one line and nothing is written."""
    views = views_docx(tmp_path, ["1.1", "1.2", "2", "2.1", "2.2"])
    before = sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()
    for dry_run in (True, False):
        with pytest.raises(CorpusError) as refused:
            add_document(small_corpus, views, symbol="CCPR/C/141/D/3456/2019", author_type="committee", dry_run=dry_run)
        message = str(refused.value)
        assert "\n" not in message and "¶2.1, ¶2.2" in message and "whole and decimal numbers are mixed" in message
        assert message.endswith("nothing was added: correct the numbering in the file and add it again")
    assert (sorted(p.name for p in small_corpus.iterdir()), (small_corpus / "manifest.toml").read_bytes()) == before
