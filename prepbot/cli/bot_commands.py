"""`prepbot run`: start the Telegram bot (long polling) with the services built from settings."""

from __future__ import annotations

import logging

import click


@click.command()
def run() -> None:
    """Run the Telegram bot (needs TELEGRAM_BOT_TOKEN and LOG_PSEUDONYM_KEY; see .env.example)."""
    from prepbot.bot.app import check_bot_settings
    from prepbot.core.settings import get_settings

    settings = get_settings()
    check_bot_settings(settings)  # fail fast, before loading the index

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    from prepbot.bot.app import build_application, run_polling
    from prepbot.engine import Engine
    from prepbot.services import build_services

    services = build_services(settings)
    services.answerer.warm_up()  # load the models and sentence vectors now, not on the first member's question
    application = build_application(settings, Engine(services))
    log = logging.getLogger("bot")
    log.info("starting the Telegram bot (long polling) over %d documents", len(services.searcher.documents()))
    run_polling(application)
    log.info("the Telegram bot stopped")
