"""What `make run` does: make sure a pseudonym key exists, bring the index up to date, then start the right shell.

The Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the console chat on the bundled corpus.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

ENV_FILE = Path(".env")
KEY_NAME = "LOG_PSEUDONYM_KEY"


def ensure_pseudonym_key(env_file: Path = ENV_FILE) -> bool:
    """Append a fresh random LOG_PSEUDONYM_KEY to .env unless one is set; True when one was written."""
    import os

    if os.environ.get(KEY_NAME):
        return False
    existing = env_file.read_text(encoding="utf-8") if env_file.exists() else ""
    for line in existing.splitlines():
        name, _, value = line.partition("=")
        if name.strip() == KEY_NAME and value.strip():
            return False
    prefix = "" if not existing or existing.endswith("\n") else "\n"
    with env_file.open("a", encoding="utf-8") as handle:
        handle.write(f"{prefix}{KEY_NAME}={secrets.token_hex(32)}\n")
    env_file.chmod(0o600)
    return True


def main() -> int:
    from prepbot.cli.main import main as cli_main
    from prepbot.core.errors import PrepbotError
    from prepbot.core.settings import get_settings

    try:
        get_settings()  # a malformed setting or .env: one clear line, before anything is written to .env
    except PrepbotError as error:
        print(f"Error: {error}", file=sys.stderr)
        return error.exit_code
    if ensure_pseudonym_key():
        print(f"Generated {KEY_NAME} into {ENV_FILE} (keep it: it makes the session-log pseudonyms).", file=sys.stderr)
    get_settings.cache_clear()
    settings = get_settings()
    from prepbot.services import standards_pending

    command = ["prepbot", "run" if settings.telegram_bot_token else "chat"]
    if standards_pending(settings):
        # First run: the dialogue alone is indexed now (about a minute on 2 cores), the shell starts on it, and the
        # standards layer follows in the background (services.add_standards_later).
        print("First run: indexing the dialogue documents (about a minute on 2 cores, with a progress bar); the "
              "standards layer is added in the background once the chat answers...", file=sys.stderr)  # fmt: skip
        steps = [(["prepbot", "ingest"], "none"), ([*command, "--standards-later"], None)]
    else:
        print("Bringing the index up to date (seconds when nothing changed)...", file=sys.stderr)
        steps = [(["prepbot", "ingest"], None), (command, None)]
    for argv, standards in steps:
        code = _run_cli(cli_main, argv, standards)
        if code:
            return code
    return 0


def _run_cli(cli_main, argv: list[str], standards: str | None) -> int:
    """One `prepbot` command in this process, with PREPBOT_STANDARDS set to `standards` for it when given."""
    import os

    from prepbot.core.settings import get_settings

    saved = os.environ.get("PREPBOT_STANDARDS")
    if standards is not None:
        os.environ["PREPBOT_STANDARDS"] = standards
        get_settings.cache_clear()
    sys.argv = argv
    try:
        cli_main()
    except SystemExit as exit_:
        if exit_.code not in (0, None):
            return int(exit_.code) if isinstance(exit_.code, int) else 1
    finally:
        if standards is not None:
            if saved is None:
                os.environ.pop("PREPBOT_STANDARDS", None)
            else:
                os.environ["PREPBOT_STANDARDS"] = saved
            get_settings.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
