"""`make run` on a first run: the dialogue is indexed first and the shell answers from it while the standards layer
is indexed in the background (prepbot.services.add_standards_later), then the answering services swap over."""

from __future__ import annotations

from conftest import CORPUS_DIR, make_settings

from prepbot.core.vocabulary import STANDARD_SIDE
from prepbot.engine import Engine
from prepbot.retrieval.index import ingest
from prepbot.services import add_standards_later, build_services, standards_pending


def test_the_standards_are_added_in_the_background_while_the_dialogue_answers(tmp_path):
    dialogue_only = make_settings(tmp_path / "data", CORPUS_DIR, PREPBOT_STANDARDS="none")
    wanted = make_settings(tmp_path / "data", CORPUS_DIR, PREPBOT_STANDARDS="cat-gc3-*")
    assert standards_pending(wanted)  # no index at all yet
    ingest(dialogue_only, progress=False)
    assert standards_pending(wanted) and not standards_pending(dialogue_only)

    services = build_services(wanted, with_log=False)
    engine = Engine(services)
    first_answerer = services.answerer
    assert services.searcher.search("redress for victims of torture", source=STANDARD_SIDE) == []

    messages: list[str] = []
    thread = add_standards_later(services, wanted, messages.append)
    assert messages and messages[0].startswith("Answering from the dialogue now")
    thread.join(timeout=600)
    assert not thread.is_alive()

    assert messages[-1].startswith("Standards layer added: 1 document "), messages
    assert services.answerer is not first_answerer and engine.services is services
    hits = services.searcher.search("redress for victims of torture", source=STANDARD_SIDE)
    assert hits and {hit.paragraph.doc_id for hit in hits} == {"cat-gc3-art-14"}
    assert {entry.doc_id for entry in services.searcher.documents()} >= {"sr4227", "cat-gc3-art-14"}
    assert not standards_pending(wanted)


def test_a_failed_background_step_is_reported_and_the_dialogue_stays(tmp_path):
    dialogue_only = make_settings(tmp_path / "data", CORPUS_DIR, PREPBOT_STANDARDS="none")
    ingest(dialogue_only, progress=False)
    services = build_services(dialogue_only, with_log=False)
    before = services.answerer
    broken = make_settings(tmp_path / "data", tmp_path / "no-corpus", PREPBOT_STANDARDS="all")
    messages: list[str] = []
    add_standards_later(services, broken, messages.append).join(timeout=120)
    assert messages[-1].startswith("Could not add the standards layer")
    assert "prepbot ingest" in messages[-1] and services.answerer is before


def _launch_steps(monkeypatch, tmp_path, standards: str) -> list[tuple[list[str], str | None]]:
    """The `prepbot` commands `make run`'s launcher runs, each with the PREPBOT_STANDARDS it saw."""
    import os
    import sys

    import prepbot.cli.main
    from prepbot.cli import launch
    from prepbot.core.settings import get_settings

    steps: list[tuple[list[str], str | None]] = []
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PREPBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PREPBOT_STANDARDS", standards)
    monkeypatch.setenv("LOG_PSEUDONYM_KEY", "test-key")
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setattr(
        prepbot.cli.main, "main", lambda: steps.append((list(sys.argv), os.environ.get("PREPBOT_STANDARDS")))
    )
    get_settings.cache_clear()
    try:
        assert launch.main() == 0
    finally:
        get_settings.cache_clear()
    assert os.environ["PREPBOT_STANDARDS"] == standards  # restored after the dialogue-only step
    return steps


def test_the_first_run_indexes_the_dialogue_first_and_the_standards_later(monkeypatch, tmp_path):
    assert _launch_steps(monkeypatch, tmp_path, "cat-gc3-*") == [
        (["prepbot", "ingest"], "none"),
        (["prepbot", "chat", "--standards-later"], "cat-gc3-*"),
    ]


def test_without_the_standards_the_launcher_ingests_then_chats(monkeypatch, tmp_path):
    assert _launch_steps(monkeypatch, tmp_path, "none") == [
        (["prepbot", "ingest"], "none"),
        (["prepbot", "chat"], "none"),
    ]
