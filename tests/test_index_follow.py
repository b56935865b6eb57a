"""A running shell answers from documents `prepbot add` puts in from another process, without a restart."""

from __future__ import annotations

import os
import subprocess
import sys

from prepbot import services as services_module
from prepbot.engine import CONSOLE_USER_ID, Caller, Engine
from prepbot.services import build_services

QUESTION = "How many judges did the Judicial Assembly dismiss in 2024?"
NEW_DOCUMENT = """<html><body>
<p>A/HRC/99/KAZ/9</p>
<p>1. The Judicial Assembly reported that 27 judges were dismissed in 2024 for breaches of judicial ethics.</p>
<p>2. The Assembly also reported that 12 disciplinary cases against judges were closed without sanction.</p>
</body></html>
"""


def add_in_another_process(settings, html) -> None:
    env = dict(os.environ, PREPBOT_DATA_DIR=str(settings.data_dir), PREPBOT_CORPUS_DIR=str(settings.corpus_dir))
    env.pop("CHROMA_HOST", None)
    command = [sys.executable, "-m", "prepbot.cli.main", "add", str(html), "--symbol", "A/HRC/99/KAZ/9"]
    done = subprocess.run([*command, "--author-type", "un"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_document_added_while_the_chat_runs_is_answered_from(small_index, tmp_path, monkeypatch):
    monkeypatch.setattr(services_module, "INDEX_CHECK_SECONDS", 0.0)
    services = build_services(small_index, with_log=False)
    engine = Engine(services, console_user=CONSOLE_USER_ID)
    me = Caller(CONSOLE_USER_ID, "console")
    before = engine.ask(me, QUESTION).answer
    assert not any(citation.symbol == "A/HRC/99/KAZ/9" for citation in before.citations)

    html = tmp_path / "assembly.html"
    html.write_text(NEW_DOCUMENT, encoding="utf-8")
    add_in_another_process(small_index, html)
    reopening = services.follow_index(engine._alert)  # what the next request, or the shell between requests, does
    assert reopening is not None
    reopening.join(timeout=300)

    assert engine.drain_alerts() == [
        "The index changed (added A/HRC/99/KAZ/9): answering now from 3 documents, "
        f"{len(services.searcher.paragraphs()):,} paragraphs."
    ]
    after = engine.ask(me, QUESTION).answer
    assert after.grounded and after.citations[0].symbol == "A/HRC/99/KAZ/9" and "27 judges" in after.citations[0].quote
    assert services.follow_index(engine._alert) is None  # followed: nothing more to do
