"""Composition root: builds the long-lived services (search index, answerer, session log, prompts) from Settings.

The CLI commands, the console chat and the Telegram bot all get their services here, so each is built one way only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from prepbot.core.settings import Settings

if TYPE_CHECKING:
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.retrieval.search import Searcher
    from prepbot.sessionlog.store import LogStore


log = logging.getLogger(__name__)

INDEX_CHECK_SECONDS = 5.0  # how often a request looks whether `prepbot add` or `ingest` has changed the index
INDEX_RETRY_SECONDS = 30.0  # after a changed index could not be opened (still being written), when to try again


@dataclass
class Services:
    settings: Settings
    searcher: Searcher
    prompts: PromptRegistry
    answerer: Answerer
    log_store: LogStore | None
    # the index as these services opened it: what a later `prepbot add` changes
    index_follower: IndexFollower = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index_follower = IndexFollower(self)

    def follow_index(self, notify: Callable[[str], None]) -> threading.Thread | None:
        """Answer from the index as `prepbot add` or `prepbot ingest` in another process leaves it (see
        IndexFollower); the engine calls this with each request. None when nothing is to be done."""
        return self.index_follower.check(notify)


@dataclass
class IndexFollower:
    """Swaps a shell's searcher and answerer over to the index another process has changed.

    A maintainer adds a document (`prepbot add FILE`) while the bot runs: without this, members were answered from
    the index as it was when the bot started until someone restarted it. A request looks at the index's state file
    at most every INDEX_CHECK_SECONDS (one stat); when its documents changed, a background thread opens the new
    index, warms it up and swaps it in, and `notify` gets one line for admins. Members are answered from the old
    index meanwhile. An index still being written (its files disagree) is tried again after INDEX_RETRY_SECONDS.

    Embedded Chroma caches one client per folder, which does not see what another process wrote: the cache is
    dropped before the new index is opened. The old searcher never queries Chroma again at this size (it reads its
    vectors into memory when it opens). The background standards indexing (add_standards_later) holds `swapping`
    while it writes, so no reopening runs beside it.
    """

    services: Services
    swapping: threading.Lock = field(default_factory=threading.Lock)
    _documents: Any = None  # the documents of state.json (doc_id -> hash, ...) the services answer from
    _stamp: tuple[int, int] | None = None  # (mtime_ns, size) of state.json when last read
    _next_check: float = 0.0

    def __post_init__(self) -> None:
        self._stamp, self._documents = self._read()

    def check(self, notify: Callable[[str], None]) -> threading.Thread | None:
        now = time.monotonic()
        if now < self._next_check or not self.swapping.acquire(blocking=False):
            return None
        try:
            self._next_check = now + INDEX_CHECK_SECONDS
            stamp = self._file_stamp()
            if stamp != self._stamp:
                stamp, documents = self._read()
                if documents == self._documents or documents is None:  # rewritten unchanged, or removed
                    self._stamp = stamp
                else:
                    thread = threading.Thread(target=self._reopen, args=(notify,), name="prepbot-reopen-index")
                    thread.daemon = True
                    thread.start()  # it releases `swapping`
                    return thread
        except BaseException:
            self.swapping.release()
            raise
        self.swapping.release()
        return None

    def settled(self) -> None:
        """The index has just been written and reopened by this process (add_standards_later): nothing to follow."""
        self._stamp, self._documents = self._read()

    def _reopen(self, notify: Callable[[str], None]) -> None:
        from prepbot.answering.answerer import Answerer
        from prepbot.retrieval import index
        from prepbot.retrieval.search import Searcher

        settings = self.services.settings
        try:
            try:
                stamp, documents = self._read()
                before = {entry.symbol for entry in self.services.searcher.documents()}
                if not settings.chroma_host:
                    index.forget_local_clients()
                searcher = Searcher.open(settings)
                answerer = Answerer(settings, searcher, self.services.prompts)
                answerer.warm_up()
            except Exception as error:  # still being written, or damaged: keep answering from the old index
                log.info("the changed index could not be opened yet (%s); trying again later", type(error).__name__)
                self._next_check = time.monotonic() + INDEX_RETRY_SECONDS
                return
            self.services.searcher, self.services.answerer = searcher, answerer  # the engine reads both per request
            self._stamp, self._documents = stamp, documents
        finally:
            self.swapping.release()
        after = {entry.symbol for entry in searcher.documents()}
        notify(
            _index_change_line(len(after), len(searcher.paragraphs()), sorted(after - before), sorted(before - after))
        )

    def _file_stamp(self) -> tuple[int, int] | None:
        from prepbot.retrieval import index

        try:
            status = index.state_path(self.services.settings).stat()
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    def _read(self) -> tuple[tuple[int, int] | None, Any]:
        from prepbot.retrieval import index

        stamp = self._file_stamp()
        try:
            state = index.read_state(self.services.settings)
        except Exception:  # half written or damaged: looked at again on a later request
            return None, self._documents
        return stamp, None if state is None else state.get("documents")


def _index_change_line(documents: int, paragraphs: int, added: list[str], removed: list[str]) -> str:
    changes = [f"added {', '.join(added)}"] if added else []
    changes += [f"removed {', '.join(removed)}"] if removed else []
    return (
        f"The index changed ({'; '.join(changes) or 'documents updated'}): answering now from {documents} "
        f"document{'' if documents == 1 else 's'}, {paragraphs:,} paragraphs."
    )


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

    follower = services.index_follower
    follower.swapping.acquire()  # held until the swap: no request reopens the index while this thread writes it

    def work() -> None:
        try:
            from prepbot.answering.answerer import Answerer
            from prepbot.retrieval.search import Searcher

            report = index.ingest(settings, progress=False)
            searcher = Searcher.open(settings)
            answerer = Answerer(settings, searcher, services.prompts)
            answerer.warm_up()
        except Exception as error:  # the shell keeps answering from the dialogue
            follower.swapping.release()
            notify(f"Could not add the standards layer ({type(error).__name__}: {error}); run `prepbot ingest` later.")
            return
        services.searcher, services.answerer = searcher, answerer  # the engine reads both per request
        follower.settled()
        follower.swapping.release()
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
