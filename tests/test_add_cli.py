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
