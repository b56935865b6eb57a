"""`prepbot add` from the command line: report, then index."""

from __future__ import annotations

import json

import pytest
from cli_runner import run_prepbot

NGO_FILE = "ngo-kaz-loipr-2022.txt"


@pytest.fixture
def ngo_docx(built):
    return built(NGO_FILE, "docx")


def test_add_command_reports_then_indexes(small_index, ngo_docx, cli_settings):
    cli_settings(small_index)
    code, out, _ = run_prepbot(
        "add", str(ngo_docx), "--symbol", "NGO-KAZ-LOIPR-2022", "--author-type", "ngo", "--json"
    )  # fmt: skip
    assert code == 0, out
    result = json.loads(out)
    assert result["add"]["paragraphs"] == 96 and result["add"]["gaps"] == [] and result["add"]["written"]
    assert result["ingest"]["added"] == ["ngo-kaz-loipr-2022"]


def test_add_command_refuses_a_file_without_numbered_paragraphs(small_index, cli_settings, tmp_path):
    import un_like

    layout = un_like.read_layout("Press release\n\nThe Committee met today in Geneva to review the report.\n")
    press = un_like.write_docx(layout, "PR/2025/1", tmp_path / "press.docx")
    cli_settings(small_index)
    code, _, message = run_prepbot("add", str(press), "--symbol", "PR/2025/1", "--author-type", "un")
    assert code == 2 and "no numbered paragraphs" in message and "nothing was added" in message


VIEWS_SYMBOL = "CCPR/C/141/D/3456/2019"


@pytest.mark.index
def test_views_numbered_decimally_are_added_and_their_paragraphs_cited_by_number(small_index, cli_settings, tmp_path):
    """Views numbered 1.1, 1.2, 2.1 ... go in through `prepbot add` (they were refused: "no numbered paragraphs"), and
    "What does ... ¶2.3 say?" quotes ¶2.3 whole, verified; "¶2" is not read as ¶2.3 (the document has none); a search
    in the document shows its paragraphs by their decimal numbers."""
    import un_like
    from conftest import PROJECT_ROOT

    from prepbot.answering.verify import verify_quote
    from prepbot.retrieval.search import Searcher

    views = un_like.build(PROJECT_ROOT / "tests" / "texts" / "views-decimal.txt", VIEWS_SYMBOL, tmp_path, ("docx",))
    cli_settings(small_index)
    code, out, message = run_prepbot("add", str(views["docx"]), "--symbol", VIEWS_SYMBOL, "--author-type", "committee")
    assert code == 0, message
    assert "23 numbered paragraphs, ¶1.1 to ¶10; numbering runs without gaps or duplicates" in out

    code, out, _ = run_prepbot("ask", f"What does {VIEWS_SYMBOL} ¶2.3 say?", "--json")
    answer = json.loads(out)
    [citation] = answer["citations"]
    paragraph = Searcher.open(small_index).paragraph(VIEWS_SYMBOL, "2.3")
    assert code == 0 and answer["grounded"] and citation["paragraph"] == "2.3" and citation["quote"] == paragraph.text
    assert paragraph.text.startswith("The author appealed against that decision") and verify_quote(
        citation["quote"], paragraph
    )

    code, out, _ = run_prepbot("ask", f"What does {VIEWS_SYMBOL} ¶2 say?", "--json")
    answer = json.loads(out)
    assert (answer["grounded"], answer["abstain_reason"], answer["citations"]) == (False, "absent_paragraph", [])
    assert f"There is no {VIEWS_SYMBOL} ¶2: that document's paragraphs run ¶1.1–10." in answer["answer"]

    code, out, _ = run_prepbot("search", "supervisory review", "--doc", VIEWS_SYMBOL, "--k", "3", "--json")
    numbers = [hit["paragraph"] for hit in json.loads(out)["results"]]
    assert code == 0 and len(numbers) == 3 and set(numbers) <= {"2.3", "4.1", "5.1", "6.3"}


def test_add_command_refuses_whole_and_decimal_numbers_mixed_in_one_line(small_corpus, cli_settings, tmp_path):
    from conftest import make_settings
    from test_add import views_docx

    views = views_docx(tmp_path, ["1.1", "1.2", "2", "2.1", "2.2"])
    cli_settings(make_settings(tmp_path / "data", small_corpus))
    code, _, message = run_prepbot("add", str(views), "--symbol", VIEWS_SYMBOL, "--author-type", "committee")
    assert code == 2 and "\n" not in message and "whole and decimal numbers are mixed" in message
    assert not (small_corpus / "ccpr-c-141-d-3456-2019.txt").exists()
