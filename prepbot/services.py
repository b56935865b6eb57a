"""Composition root: builds the long-lived services (search index, answerer, session log, prompts) from Settings.

The CLI commands, the console chat and the Telegram bot all get their services here, so each is built one way only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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

    store = LogStore(settings.sessions_db_path, settings.log_pseudonym_key or "", defer_open_errors=True)
    apply_retention(store, settings)
    return store


def apply_retention(store: LogStore, settings: Settings) -> int:
    """LOG_RETENTION_DAYS, applied when a shell or a `prepbot logs` command opens the log, so that no expired
    exchange is shown or exported whether or not the bot's daily job has run; how many were deleted (0 when the log
    cannot be written now: the next opening or the bot's job tries again)."""
    from prepbot.sessionlog.store import RETENTION_ACTOR, LogStoreUnavailable

    if not store.available:
        return 0
    try:
        return store.purge_older_than(settings.log_retention_days, actor=RETENTION_ACTOR, audit_none=False)
    except LogStoreUnavailable:
        return 0


def build_services(settings: Settings, *, with_log: bool = True) -> Services:
    """Everything a conversation shell (console chat, Telegram bot) needs."""
    searcher, prompts, answerer = build_answering(settings)
    log_store = open_log_store(settings) if with_log else None
    return Services(settings=settings, searcher=searcher, prompts=prompts, answerer=answerer, log_store=log_store)


def standards_pending(settings: Settings) -> bool:
    """True when the settings ask for the standards layer and the index holds none of it yet (a first run, or an
    index built with PREPBOT_STANDARDS=none): `make run` then indexes the dialogue first and the standards while
    the shell already answers (add_standards_later)."""
    from prepbot.core.vocabulary import STANDARD_SIDE
    from prepbot.retrieval import index

    if settings.standards.strip().lower() == "none":
        return False
    if index.read_state(settings) is None:
        return True
    try:
        documents, _ = index.read_corpus_file(settings)
    except Exception:  # a damaged index: the foreground ingest deals with it
        return False
    return not any(entry.author_type == STANDARD_SIDE for entry in documents)


def add_standards_later(services: Services, settings: Settings, notify: Callable[[str], None]) -> threading.Thread:
    """Index the standards layer in a background thread while the shell answers from the dialogue index, then swap
    the answering services over to the full index; `notify` gets one line when it starts, ends or fails.

    Safe with embedded Chroma: this thread is the index's only writer (the shell's searcher read its vectors into
    memory when it opened, and at this size never queries Chroma again), and nothing else writes in this process;
    the vectors computed go to the embedding cache as they finish, so an interrupted run resumes where it stopped.
    The cost: while it runs (minutes) answers wait for a core, and questions about the standards find none."""
    from prepbot.retrieval import index

    def work() -> None:
        try:
            from prepbot.answering.answerer import Answerer
            from prepbot.retrieval.search import Searcher

            report = index.ingest(settings, progress=False)
            searcher = Searcher.open(settings)
            answerer = Answerer(settings, searcher, services.prompts)
            answerer.warm_up()
        except Exception as error:  # the shell keeps answering from the dialogue
            notify(f"Could not add the standards layer ({type(error).__name__}: {error}); run `prepbot ingest` later.")
            return
        services.searcher, services.answerer = searcher, answerer  # the engine reads both per request
        added = len(report.added) + len(report.replaced)
        notify(
            f"Standards layer added: {added} document{'' if added == 1 else 's'} indexed in {report.seconds:.0f} s; "
            "answers now draw on the treaty bodies' General Comments too."
        )

    notify(
        "Answering from the dialogue now. The standards layer (the treaty bodies' General Comments) is being "
        "indexed in the background: a few minutes, answers are slower meanwhile; a line here says when it is in."
    )
    thread = threading.Thread(target=work, name="prepbot-standards", daemon=True)
    thread.start()
    return thread
