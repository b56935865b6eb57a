"""`prepbot run` (bot/commands.py): refuses to start without its settings, and serves members through a real polling
loop in its own process against the local Bot API test server until interrupted."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys

from tests.servers.botapi_server import BotApiServer

PREPBOT = [sys.executable, "-m", "prepbot.cli.main"]
TOKEN = "515151:AAF-run_command_test_token_0123456789"
KEY = "pseudonym-key-for-the-run-command-test-0123"
MEMBER = 4242


def clean_env(**values: str) -> dict[str, str]:
    """The test process's environment without any prepbot/Telegram settings, plus these."""
    names = ("TELEGRAM_", "LOG_", "MEMBER_IDS", "COORDINATOR_IDS", "ADMIN_IDS", "PREPBOT_", "OPENAI_", "CHROMA_")
    env = {name: value for name, value in os.environ.items() if not name.startswith(names)}
    return {**env, **values}


def test_run_without_a_token_says_so_and_fails(tmp_path):
    result = subprocess.run(
        PREPBOT + ["run"],
        cwd=tmp_path,
        env=clean_env(LOG_PSEUDONYM_KEY=KEY),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr


def test_run_without_a_pseudonym_key_says_so_and_fails(tmp_path):
    result = subprocess.run(
        PREPBOT + ["run"],
        cwd=tmp_path,
        env=clean_env(TELEGRAM_BOT_TOKEN=TOKEN, LOG_PSEUDONYM_KEY=""),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "LOG_PSEUDONYM_KEY is not set" in result.stderr
    assert TOKEN not in result.stderr + result.stdout


async def test_run_serves_a_member_and_stops_cleanly_on_interrupt(settings_with_index, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(settings_with_index.data_dir, data_dir, ignore=shutil.ignore_patterns("sessions.db*"))
    async with BotApiServer(token=TOKEN) as server:
        env = clean_env(
            PREPBOT_DATA_DIR=str(data_dir),
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=server.root_url,
            MEMBER_IDS=str(MEMBER),
            LOG_PSEUDONYM_KEY=KEY,
        )
        process = await asyncio.create_subprocess_exec(
            *PREPBOT, "run", cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        try:
            await server.wait_for(lambda call: call.method == "deleteWebhook", timeout=180)
            server.message(MEMBER, "What did the delegation say about torture complaints?")
            [answer] = await server.wait_for(
                lambda call: (
                    call.method == "sendMessage"
                    and call.chat_id == MEMBER
                    and "inline_keyboard" in (call.params.get("reply_markup") or {})
                ),
                timeout=120,
            )
            assert "<blockquote>" in answer.text
            process.send_signal(signal.SIGINT)
            stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    assert process.returncode == 0, stderr.decode()[-2000:]
    log = (stdout + stderr).decode()
    assert "starting the Telegram bot" in log and "the Telegram bot stopped" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert "torture" not in log and str(MEMBER) not in log
    assert (data_dir / "sessions.db").exists()


async def test_a_token_telegram_rejects_is_one_line_without_the_token(tmp_path):
    """Telegram answers getMe with 401: python-telegram-bot raises InvalidToken, whose message (and traceback, which
    it also logs) holds the token. prepbot says it in one line without the token and exits 2, before it opens the
    index (the data dir holds none) or loads a model: within seconds, not after the start-up's half minute."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    rejected = "616161:AAG-rejected_token_that_must_not_be_printed"
    async with BotApiServer(token=TOKEN) as server:  # knows only TOKEN: any other gets 401 Unauthorized
        env = clean_env(
            PREPBOT_DATA_DIR=str(data_dir),
            TELEGRAM_BOT_TOKEN=rejected,
            TELEGRAM_API_BASE_URL=server.root_url,
            MEMBER_IDS=str(MEMBER),
            LOG_PSEUDONYM_KEY=KEY,
        )
        process = await asyncio.create_subprocess_exec(
            *PREPBOT, "run", cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=300)
    output = (stdout + stderr).decode()
    assert process.returncode == 2, output[-3000:]
    assert rejected not in output and rejected.split(":")[1] not in output
    assert "Traceback" not in output and "InvalidToken" not in output
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert errors == [
        "Error: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather."
    ]


async def test_a_bot_api_out_of_reach_is_one_line_without_the_token(tmp_path):
    """Nothing listens at TELEGRAM_API_BASE_URL: getMe fails with a NetworkError at start-up, which
    python-telegram-bot also logs with its traceback. prepbot says it in one line and exits 2, before it opens the
    index (the data dir holds none)."""
    import socket

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = clean_env(PREPBOT_DATA_DIR=str(data_dir), TELEGRAM_BOT_TOKEN=TOKEN, MEMBER_IDS=str(MEMBER),
                    TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}", LOG_PSEUDONYM_KEY=KEY)  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        *PREPBOT, "run", cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=300)
    output = (stdout + stderr).decode()
    assert process.returncode == 2, output[-3000:]
    assert TOKEN not in output and TOKEN.split(":")[1] not in output and "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: Cannot reach the Telegram Bot API at 127.0.0.1:{port}")


def test_the_token_guard_keeps_the_token_out_of_every_log_line(caplog):
    import logging

    from telegram.error import InvalidToken

    from prepbot.bot.app import token_guard

    caplog.set_level(logging.INFO)
    with token_guard(TOKEN):
        try:
            raise RuntimeError(f"Client error '404' for url 'https://api.telegram.org/bot{TOKEN}/getMe'")
        except RuntimeError:
            logging.getLogger("prepbot.bot.handlers").exception("request to /bot%s/getMe failed", TOKEN)
        try:
            raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
        except InvalidToken:
            logging.getLogger("telegram.ext").exception("Bootstrap Initialize Application: Invalid token.")
    logging.getLogger("prepbot.bot.handlers").info("after the guard: %s", "nothing secret")
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text
    assert "request to /bot<token>/getMe failed" in caplog.text and "bot<token>/getMe'" in caplog.text
    assert "Invalid token" not in caplog.text  # prepbot says that itself, in one line
