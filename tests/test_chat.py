"""`prepbot chat` as a user runs it: a subprocess with piped stdin, no OpenAI key, no Telegram token."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PREPBOT = [sys.executable, "-c", "from prepbot.cli.main import main; main()"]


def chat_env(settings, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TELEGRAM_BOT_TOKEN", "LOG_PSEUDONYM_KEY", "CHROMA_HOST")
    }
    env.update(
        PREPBOT_DATA_DIR=str(data_dir),
        PREPBOT_CORPUS_DIR=str(Path(settings.corpus_dir).resolve()),
        PREPBOT_PROMPTS_DIR=str(Path(settings.prompts_dir).resolve()),
        CHROMA_COLLECTION=settings.chroma_collection,
        **extra,
    )
    return env


@pytest.fixture
def data_dir(settings_with_index, tmp_path) -> Path:
    """A data dir that shares the built index (symlinked) but has its own session log."""
    index_dir = Path(settings_with_index.data_dir).resolve()
    linked = tmp_path / "data"
    linked.mkdir()
    for entry in index_dir.iterdir():
        if not entry.name.startswith("sessions.db"):
            (linked / entry.name).symlink_to(entry)
    return linked


def run_chat(stdin: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*PREPBOT, "chat"], input=stdin, env=env, cwd=cwd, capture_output=True, text=True, timeout=240
    )


def test_piped_session_answers_with_quotes_and_runs_the_commands(settings_with_index, data_dir, tmp_path):
    stdin = (
        "/followups\n"
        "What did Ms. Donders ask about AI?\n"
        "/docs\n"
        "/source CCPR/C/SR.4227 48\n"
        "/source CCPR/C/SR.4227 999\n"
        "/source CCPR/C/NOPE/1 1\n"
        "/filter bananas\n"
        "/role ngo\n"
        "/filter un\n"
        "/status\n"
        "/followups prison suicides\n"
        "/new\n"
        "/offrecord\n"
        "/nonsense\n"
        "/quit\n"
        "this line is never read\n"
    )
    result = run_chat(stdin, chat_env(settings_with_index, data_dir), tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("Ask a question first") < out.index("CCPR/C/SR.4227 ¶48")  # /followups before any question
    assert "Ms. Donders" in out and "“" in out and "”" in out  # an attributed quote ...
    assert "— CCPR/C/SR.4227 ¶48" in out  # ... with its citation
    for symbol in ("CCPR/C/KAZ/3", "A/HRC/WG.6/48/KAZ/2", "NGO-KAZ-LOIPR-2022", "CAT/C/KAZ/Q/4"):
        assert symbol in out  # /docs
    assert "privacy and the potential biases" in out and "spontaneous protests" in out  # all of ¶48
    assert "No paragraph 999 in CCPR/C/SR.4227" in out
    assert "No document CCPR/C/NOPE/1 in the corpus" in out
    assert "Filter must be one of" in out
    assert "filter: un" in out and "role: ngo" in out
    assert "Follow-up questions on: prison suicides" in out
    assert "New session" in out and "Off the record" in out
    assert "Unknown command /nonsense" in out
    assert "never read" not in out
    assert "Traceback" not in result.stderr
    assert not (data_dir / "sessions.db").exists()  # no pseudonym key: the console does not log


def test_a_setting_changed_is_confirmed_in_the_language_of_the_last_question(settings_with_index, data_dir, tmp_path):
    """Stop 77, a new user's trial: a member writing only Russian set /role ngo and /filter and was told so in
    English ("Follow-up questions are now drafted for the NGO side.")."""
    stdin = "/filter ngo\nСколько жалоб на пытки зарегистрировано в 2023 году?\n/filter ngo\n/role ngo\n/filter all\n"
    english = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}
    result = run_chat(stdin, chat_env(settings_with_index, data_dir, **english), tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Quoting only from NGOs." in out  # before any question: the terminal's language
    assert "Цитирую только: НПО." in out and "Цитирую все источники." in out
    assert "Дополнительные вопросы теперь готовятся для НПО" in out
    # stop 78's trial: /role ngo typed first was confirmed in English to a member of a Russian terminal
    russian = {**english, "LANG": "ru_RU.UTF-8"}
    result = run_chat("/role ngo\n", chat_env(settings_with_index, data_dir, **russian), tmp_path)
    assert "Дополнительные вопросы теперь готовятся для НПО" in result.stdout


def test_what_a_command_does_typed_in_words_runs_the_command(settings_with_index, data_dir, tmp_path):
    """Stop 74, a new user's trial: "Which documents do you have?" and "Draft three follow-up questions on January
    2022 accountability" were answered as questions, with passages sharing their words ("The second phase ... began
    on 1 January 2022"): they are what /docs and /followups do."""
    stdin = "Which documents do you have?\nDraft three follow-up questions on prison suicides\n"
    result = run_chat(stdin, chat_env(settings_with_index, data_dir), tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "CAT/C/KAZ/Q/4 (2022-12-16) [committee]" in out  # the list /docs prints
    assert "Follow-up questions on: prison suicides" in out
    assert "The documents answer this" not in out


def test_eof_ends_the_chat_and_a_key_turns_logging_on(settings_with_index, data_dir, tmp_path):
    env = chat_env(settings_with_index, data_dir, LOG_PSEUDONYM_KEY="chat-test-key")
    result = run_chat(
        "/help\nHow many prisoners took their own lives between 2016 and 2024?\n/offrecord\n/status\n", env, tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "/followups" in result.stdout and "session log" in result.stdout
    assert "(logged as exchange 1)" in result.stdout
    status = result.stdout[result.stdout.rindex("Session ") :]  # off the record, /status says so and nothing else
    assert "off the record" in status and "not logged until /onrecord" in status and "are logged to" not in status
    conn = sqlite3.connect(data_dir / "sessions.db")
    try:
        assert conn.execute("SELECT chat_kind, role FROM exchanges").fetchall() == [("console", "admin")]
    finally:
        conn.close()


def test_missing_index_is_a_clear_error(settings_with_index, tmp_path):
    empty = tmp_path / "empty-data"
    empty.mkdir()
    result = run_chat("hello\n", chat_env(settings_with_index, empty), tmp_path)
    assert result.returncode == 3
    assert "prepbot ingest" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_prompt_copy_is_reported_once_per_line_and_answers_still_come(settings_with_index, data_dir, tmp_path):
    """A maintainer's copy with a broken file: the chat starts and answers (the shipped file stands in), and /reload
    says which version is in use once per problem, not again in its heading."""
    import shutil

    prompts = tmp_path / "prompts"
    shutil.copytree(Path(settings_with_index.prompts_dir), prompts)
    extractive = prompts / "extractive.toml"
    extractive.write_text(
        extractive.read_text(encoding="utf-8").replace('found = "The documents', 'found = """The documents', 1),
        encoding="utf-8",
    )
    env = {**chat_env(settings_with_index, data_dir), "PREPBOT_PROMPTS_DIR": str(prompts)}
    asked = "How many suicides were there in penal institutions between 2016 and 2024?\n/reload\n"
    result = run_chat(asked, env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "CCPR/C/SR.4227 ¶7" in result.stdout
    assert "Prompt edit refused (each line says which version is in use):" in result.stdout
    assert "extractive.toml" in result.stdout and result.stdout.count("stays in use") <= 1
