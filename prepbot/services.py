"""Composition root: builds the long-lived services (search index, answerer, session log, prompts) from Settings.

The CLI commands, the console chat and the Telegram bot all get their services here, so each is built one way only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from prepbot.core.settings import Settings

if TYPE_CHECKING:
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.retrieval.search import Searcher
    from prepbot.sessionlog.store import LogStore


@dataclass
class Services:
    settings: Settings
    searcher: Searcher
    prompts: PromptRegistry
    answerer: Answerer
    log_store: LogStore | None


def build_answering(settings: Settings) -> tuple[Searcher, PromptRegistry, Answerer]:
    """What `ask`, `followups` and `eval` need: no session log."""
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.retrieval.search import Searcher

    searcher = Searcher.open(settings)
    prompts = PromptRegistry(settings.prompts_dir)
    return searcher, prompts, Answerer(settings, searcher, prompts)


def open_log_store(settings: Settings) -> LogStore:
    """The session log a conversation shell writes. A database that cannot be opened now (locked, corrupt, a
    read-only data directory) does not stop the shell: the store starts unavailable, tells admins through
    `drain_alerts`, and tries again every few seconds; answers go out meanwhile."""
    from prepbot.sessionlog.store import LogStore

    return LogStore(settings.sessions_db_path, settings.log_pseudonym_key or "", defer_open_errors=True)


def build_services(settings: Settings, *, with_log: bool = True) -> Services:
    """Everything a conversation shell (console chat, Telegram bot) needs."""
    searcher, prompts, answerer = build_answering(settings)
    log_store = open_log_store(settings) if with_log else None
    return Services(settings=settings, searcher=searcher, prompts=prompts, answerer=answerer, log_store=log_store)
