"""The two conversation shells around the engine: `prepbot chat` (the console) and `prepbot run` (the Telegram bot).

Each builds the services from settings (prepbot.services) and hands an Engine to its shell; the shells themselves live
in prepbot.console and prepbot.bot. Heavy imports happen inside the commands so that `prepbot --help` stays fast.
"""

from __future__ import annotations

import logging
import sys

import click

# `make run` on a first run: the index holds the dialogue only; add the standards layer in the background.
STANDARDS_LATER = click.option("--standards-later", is_flag=True, hidden=True)


@click.command()
@STANDARDS_LATER
def chat(standards_later: bool) -> None:
    """Chat with prepbot in the console: the same conversation engine as the Telegram bot, offline."""
    from prepbot.console.chat import ConsoleChat
    from prepbot.core.settings import get_settings
    from prepbot.engine import CONSOLE_USER_ID, Engine
    from prepbot.services import add_standards_later, build_services, standards_pending

    interactive = sys.stdin.isatty()
    if interactive:
        click.echo("Loading the index…", err=True)
    settings = get_settings()
    services = build_services(settings, with_log=bool(settings.log_pseudonym_key))
    engine = Engine(services, console_user=CONSOLE_USER_ID)
    background = None
    if standards_later and standards_pending(settings):
        background = add_standards_later(services, settings, lambda line: click.echo(f"[index] {line}", err=True))
    ConsoleChat(engine).run(sys.stdin, interactive=interactive)
    if background is not None and background.is_alive():
        click.echo("[index] The standards layer was still being indexed; the next start resumes it (the vectors "
                   "computed so far are kept in the embedding cache).", err=True)  # fmt: skip


@click.command()
@STANDARDS_LATER
def run(standards_later: bool) -> None:
    """Run the Telegram bot (needs TELEGRAM_BOT_TOKEN and LOG_PSEUDONYM_KEY; see .env.example)."""
    from prepbot.bot.app import check_token
    from prepbot.core.settings import get_settings

    settings = get_settings()
    check_token(settings)  # fail fast, before loading the index: the settings, then Telegram's getMe

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    from prepbot.bot.app import build_application, run_polling
    from prepbot.engine import Engine
    from prepbot.services import add_standards_later, build_services, standards_pending

    services = build_services(settings)
    services.answerer.warm_up()  # load the models and sentence vectors now, not on the first member's question
    application = build_application(settings, Engine(services))
    log = logging.getLogger("bot")
    if standards_later and standards_pending(settings):
        add_standards_later(services, settings, log.info)
    log.info("starting the Telegram bot (long polling) over %d documents", len(services.searcher.documents()))
    run_polling(application)
    log.info("the Telegram bot stopped")
