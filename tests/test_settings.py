"""Malformed settings: every entry point (prepbot …, `make run`'s launcher) says in one `Error:` line which setting is
wrong and what it expects, never echoes its value (ids, tokens, keys), never prints a traceback, and exits 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from prepbot.core.settings import get_settings

SECRET_ID = "555000101"
SECRET = "sk-do-not-print-me-0123456789"

MALFORMED = [
    (f"MEMBER_IDS=12,abc,{SECRET_ID}\n", "MEMBER_IDS", "comma-separated Telegram user ids"),
    (f"ADMIN_IDS=-{SECRET_ID}\n", "ADMIN_IDS", "comma-separated Telegram user ids"),
    (f"COORDINATOR_IDS={SECRET_ID}.5\n", "COORDINATOR_IDS", "comma-separated Telegram user ids"),
    ("RATE_LIMIT_QUESTIONS=-5\n", "RATE_LIMIT_QUESTIONS", "greater than or equal to 0"),
    ("RATE_LIMIT_WINDOW_SECONDS=0\n", "RATE_LIMIT_WINDOW_SECONDS", "greater than or equal to 1"),
    ("LOG_RETENTION_DAYS=0\n", "LOG_RETENTION_DAYS", "greater than or equal to 1"),
    ("LOG_RETENTION_DAYS=99999999999999\n", "LOG_RETENTION_DAYS", "less than or equal to 3650"),
    ("INVITE_TTL_HOURS=-1\n", "INVITE_TTL_HOURS", "greater than or equal to 1"),
    ("PREPBOT_RERANK=always\n", "PREPBOT_RERANK", "'standards' or 'off'"),
    ("CHROMA_PORT=eighty\n", "CHROMA_PORT", "valid integer"),
    ("CHROMA_PORT=70000\n", "CHROMA_PORT", "less than or equal to 65535"),
    ("CHROMA_HOST=http://127.0.0.1:8000\n", "CHROMA_HOST", "host name or address only"),
    ("CHROMA_COLLECTION=x\n", "CHROMA_COLLECTION", "3-512 letters"),
    (f"OPENAI_BASE_URL=localhost:{SECRET}\n", "OPENAI_BASE_URL", "http(s) URL"),
    (f"OPENAI_BASE_URL=http://{SECRET}@host:99999/v1\n", "OPENAI_BASE_URL", "valid port"),
    ("OPENAI_TIMEOUT_SECONDS=nan\n", "OPENAI_TIMEOUT_SECONDS", "finite number"),
    ("OPENAI_MAX_RETRIES=1000\n", "OPENAI_MAX_RETRIES", "less than or equal to 10"),
    (f"TELEGRAM_API_BASE_URL=ftp://{SECRET}\n", "TELEGRAM_API_BASE_URL", "http(s) URL"),
]


def clean_env(**values: str) -> dict[str, str]:
    """This process's environment without any prepbot setting (they come from the test's .env), plus these."""
    prefixes = ("TELEGRAM_", "LOG_", "MEMBER_IDS", "COORDINATOR_IDS", "ADMIN_IDS", "PREPBOT_", "OPENAI_", "CHROMA_")
    prefixes += ("RATE_LIMIT_", "INVITE_")
    return {name: value for name, value in os.environ.items() if not name.startswith(prefixes)} | values


@pytest.fixture
def in_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name not in clean_env():
            monkeypatch.delenv(name)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def assert_one_clear_line(returncode: int, stdout: str, stderr: str, setting: str, expected: str) -> None:
    assert returncode == 2, stderr
    assert stdout == "" and "Traceback" not in stderr
    [line] = stderr.splitlines()
    assert line.startswith("Error: ") and setting in line and expected in line, line
    assert SECRET_ID not in stderr and SECRET not in stderr and "abc" not in stderr


@pytest.mark.parametrize("content, setting, expected", MALFORMED, ids=[case[1] for case in MALFORMED])
def test_a_malformed_setting_is_one_line_naming_it(in_dir: Path, content, setting, expected, capsys) -> None:
    from prepbot.cli.main import main

    (in_dir / ".env").write_text(content, encoding="utf-8")
    original = sys.argv
    sys.argv = ["prepbot", "logs", "stats"]
    try:
        with pytest.raises(SystemExit) as exit_:
            main()
    finally:
        sys.argv = original
    captured = capsys.readouterr()
    assert_one_clear_line(exit_.value.code, captured.out, captured.err, setting, expected)


def test_the_same_setting_from_the_environment_is_refused_the_same_way(in_dir: Path, capsys) -> None:
    from prepbot.cli.main import main

    os.environ["MEMBER_IDS"] = f"12,abc,{SECRET_ID}"
    original = sys.argv
    sys.argv = ["prepbot", "logs"]
    try:
        with pytest.raises(SystemExit) as exit_:
            main()
    finally:
        sys.argv = original
        del os.environ["MEMBER_IDS"]
    captured = capsys.readouterr()
    assert_one_clear_line(exit_.value.code, captured.out, captured.err, "MEMBER_IDS", "Telegram user ids")


ENTRY_POINTS = {
    "prepbot run": [sys.executable, "-m", "prepbot.cli.main", "run"],
    "prepbot chat": [sys.executable, "-m", "prepbot.cli.main", "chat"],
    "prepbot ask": [sys.executable, "-m", "prepbot.cli.main", "ask", "torture"],
    "prepbot search": [sys.executable, "-m", "prepbot.cli.main", "search", "torture"],
    "prepbot ingest": [sys.executable, "-m", "prepbot.cli.main", "ingest"],
    "make run (launcher)": [sys.executable, "-m", "prepbot.cli.launch"],
}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("env_file", ["bad ids", "not UTF-8"])
def test_every_entry_point_refuses_a_malformed_env_in_one_line(tmp_path: Path, entry: str, env_file: str) -> None:
    env_path = tmp_path / ".env"
    if env_file == "bad ids":
        content = f"TELEGRAM_BOT_TOKEN=123:{SECRET}\nMEMBER_IDS=12,abc,{SECRET_ID}\n".encode()
        setting, expected = "MEMBER_IDS", "Telegram user ids"
    else:
        content = f"TELEGRAM_BOT_TOKEN=123:{SECRET}\nMEMBER_IDS={SECRET_ID}\nNOTE=caf\xe9\n".encode("latin-1")
        setting, expected = ".env", "not UTF-8"
    env_path.write_bytes(content)
    finished = subprocess.run(
        ENTRY_POINTS[entry], cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=120
    )
    assert_one_clear_line(finished.returncode, finished.stdout, finished.stderr, setting, expected)
    assert env_path.read_bytes() == content  # the launcher wrote nothing (no key appended to a broken file)
