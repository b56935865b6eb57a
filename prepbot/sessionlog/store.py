"""The session log: answered exchanges, feedback, members and invites, off-record flags, retention and audit in SQLite.

Reprisal-safe by construction: a person is only ever stored as a keyed HMAC-SHA256 of their user id
(`LOG_PSEUDONYM_KEY`), shown as a pseudonym like `member-7f3a9c`; never the id, username or name. The file is mode
0600; deleted rows are overwritten (`secure_delete`) and the full-text index is compacted after a forget or a purge,
so what was removed is gone from the file's bytes too. Text is cleaned of control and format characters before it is
stored (prepbot.core.userinput.clean_text).

A fault in the database never takes the process down and never silently drops a privacy choice:
- Rollback journal (`journal_mode=TRUNCATE`), no WAL, and `mmap_size=0`: nothing of the database is memory-mapped.
  WAL keeps its index in a memory-mapped `-shm` file, and a write to that mapping after the file became unwritable
  (`chattr +i`, a truncation by another process) is a SIGBUS, which kills the process before any handler runs. With
  a rollback journal every fault is an I/O error SQLite reports, and the store raises `LogStoreUnavailable`.
- A database that cannot be opened (locked, corrupt, a directory in its place, a read-only data directory) makes
  the store unavailable, not the program: with `defer_open_errors` (how the bot opens it) the store is created anyway
  and retries the file every `retry_seconds`; until then each call raises `LogStoreUnavailable`.
- Before each use the store checks that the path still names the file it opened (device and inode). When the file
  was deleted or replaced, it opens (or creates) the file now at the path, carries over every off-record choice it
  knows, and queues an alert for admins (`drain_alerts`), instead of writing on into a file nobody will read again.
- An off-record choice the database cannot take goes to a small durable file beside it
  (prepbot.sessionlog.fallback), is honoured from there, and is merged into the database by the next write.

Thread-safe: each thread gets its own connection; every write is one `BEGIN IMMEDIATE` transaction with a modest
busy timeout, so a locked, full or unwritable database raises `LogStoreUnavailable` quickly and leaves nothing half
written. The schema lives in `prepbot.sessionlog.migrations`, reading and stats in `prepbot.sessionlog.query`,
renderings in `prepbot.sessionlog.format`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from prepbot.core.errors import BadInput, PrepbotError
from prepbot.core.records import Answer, Followups
from prepbot.core.userinput import MAX_DURATION_DAYS, clean_text
from prepbot.core.vocabulary import CHAT_KINDS, EXCHANGE_KINDS, FEEDBACK_KINDS, LOG_FORMATS, LOGGED_ROLES
from prepbot.sessionlog.fallback import OffRecordFallback, fallback_path
from prepbot.sessionlog.migrations import migrate
from prepbot.sessionlog.query import (
    PSEUDONYM_HEX,
    PSEUDONYM_PREFIX,
    LogFilter,
    LoggedExchange,
    LogStats,
    compute_stats,
    count_off_record,
    find_exchanges,
    normalize_pseudonym,
    utc_now,
    utc_text,
)

DEFAULT_BUSY_TIMEOUT_SECONDS = 3.0
DEFAULT_RETRY_SECONDS = 10.0  # how often an unavailable database is tried again
# How long a write may wait for its turn behind this process's other writers. Longer than the busy timeout: a queue of
# healthy writes (a rollback-journal commit takes ~25 ms with its fsyncs) must not be dropped; a database locked from
# outside still fails each writer after the busy timeout, so the queue drains.
DEFAULT_QUEUE_TIMEOUT_SECONDS = 30.0
JOURNAL_MODE = "truncate"
SIDE_FILE_SUFFIXES = ("-journal", "-wal", "-shm")
MAX_COMMENT_CHARS = 2000

# One writer at a time per database file within this process: threads queue on a lock instead of polling SQLite's
# busy handler, which starves some of 50 concurrent writers. Other processes still meet the SQLite busy timeout.
# Reentrant, because a write may first have to (re)open the file, which takes the same turn.
_WRITE_LOCKS: dict[str, threading.RLock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()

_INVITE_CODE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


RETENTION_ACTOR = "retention-job"  # the audit's actor for a purge by LOG_RETENTION_DAYS (the daily job, or at opening)


class LogStoreUnavailable(PrepbotError):
    """The session log cannot be written or read right now (locked, full, unwritable). The answer still goes out."""


class NoSessionLog(PrepbotError):
    """No session-log database exists yet at the configured path (reading never creates one)."""


class PseudonymKeyMissing(PrepbotError):
    """LOG_PSEUDONYM_KEY is empty: without it no user can be stored pseudonymously."""


class PseudonymKeyChanged(LogStoreUnavailable):
    """LOG_PSEUDONYM_KEY is not the key the session log was written with: nobody's pseudonym or off-the-record choice
    would be recognised, so the log is not opened (a member's privacy choice must never lapse silently)."""


class FeedbackRefused(BadInput):
    """Feedback for an exchange that is gone, or from someone other than the person who asked."""


@dataclass
class ExchangeRecord:
    """What the conversation engine hands over after an answer was delivered."""

    user_id: int  # raw Telegram (or console) user id: never stored, hashed by the store
    role: str  # "member" | "coordinator" | "admin"
    session_id: str
    chat_kind: str  # "private" | "group" | "console"
    answer: Answer | Followups  # follow-ups are stored with their questions rendered as the answer text
    latency_ms: int
    kind: str = "ask"  # "ask" | "followups"


def _as_answer(answer: Answer | Followups) -> Answer:
    """Follow-up drafts are logged like answers: the topic as the question, the drafted questions as the text."""
    if isinstance(answer, Answer):
        return answer
    lines, citations, seen = [], [], set()
    for number, question in enumerate(answer.questions, start=1):
        lines.append(f"{number}. {question.text} [{question.basis}]")
        for citation in question.citations:
            if (citation.doc_id, citation.paragraph, citation.quote) not in seen:
                seen.add((citation.doc_id, citation.paragraph, citation.quote))
                citations.append(citation)
    return Answer(
        question=answer.topic,
        text="\n".join(lines),
        citations=citations,
        mode=answer.mode,
        grounded=bool(answer.questions),
        note=answer.note,
        prompt_id=answer.prompt_id,
        prompt_hash=answer.prompt_hash,
        model=answer.model,
        fallback_reason=answer.fallback_reason,
    )


FileIdentity = tuple[int, int]  # (st_dev, st_ino)


class LogStore:
    """The session-log database. One object per process is enough; it may be shared by many threads."""

    def __init__(
        self,
        path: Path,
        pseudonym_key: str | None,
        *,
        busy_timeout_seconds: float = DEFAULT_BUSY_TIMEOUT_SECONDS,
        clock: Callable[[], datetime] = utc_now,
        create: bool = True,
        defer_open_errors: bool = False,
        retry_seconds: float = DEFAULT_RETRY_SECONDS,
        queue_timeout_seconds: float = DEFAULT_QUEUE_TIMEOUT_SECONDS,
    ) -> None:
        """Open (and with `create`, make) the log at `path`, applying pending migrations.

        Writing needs the pseudonym key: with `create` (how the bot opens it) an empty key is refused. A reader of an
        existing log (`create=False`, the CLI) may go without; only the methods that hash a user id then refuse.
        With `defer_open_errors` a database that cannot be opened now does not raise here: the store starts
        unavailable, says so in `drain_alerts()`, and tries again at most every `retry_seconds`.
        """
        self.path = Path(path)
        self._key = pseudonym_key.encode("utf-8") if pseudonym_key else None
        self._busy_timeout = busy_timeout_seconds
        self._clock = clock
        self._create = create
        self._retry_seconds = retry_seconds
        self._queue_timeout = max(queue_timeout_seconds, busy_timeout_seconds)
        self._local = threading.local()
        self._connections: list[Database] = []
        self._lock = threading.Lock()  # guards _connections, _alerts, _known_off_record
        self._closed = False
        self._ready = False  # the file is open, migrated and is the one at the path
        self._generation = 0  # bumped at each (re)open: a thread's connection from an older one is not used again
        self._identity: FileIdentity | None = None
        self._next_attempt = 0.0
        self._last_error: LogStoreUnavailable | None = None
        self._alerts: list[str] = []
        self._known_off_record: set[str] = set()  # user hashes off the record (carried over if the file is replaced)
        if create and not self._key:
            raise PseudonymKeyMissing(
                "LOG_PSEUDONYM_KEY is empty: set it in .env (`make run` generates one) so the session log can "
                "store people under pseudonyms"
            )
        if not create and not self.path.exists():
            raise NoSessionLog(f"no session log yet at {self.path}")
        self._fallback = OffRecordFallback(fallback_path(self.path)) if create else None
        if self._fallback is not None and self._fallback.problem:
            self._alert(f"Session log: {self._fallback.problem}.")
        self._write_lock = _write_lock_for(self.path)
        try:
            with self._writer_turn():
                self._open()
        except PseudonymKeyChanged:  # not a passing fault to retry: the shell must not start on the wrong key
            self.close()
            raise
        except LogStoreUnavailable as error:
            if not defer_open_errors:
                self.close()
                raise
            self._opening_failed(error)

    @classmethod
    def open_existing(cls, path: Path, pseudonym_key: str | None = None, **options) -> LogStore:
        """Open a log that must already exist (raises NoSessionLog otherwise): reading never creates a file."""
        return cls(path, pseudonym_key, create=False, **options)

    # ---- opening, reopening, connections and transactions ----------------------------------------------------

    @property
    def available(self) -> bool:
        """True when the database is open (a call may still fail if it is locked or full right now)."""
        return self._ready and not self._closed

    def _open(self) -> None:
        """Open the file at the path (creating it with `create`), migrate it, carry over off-record choices.

        Called with the writer turn held. Raises LogStoreUnavailable."""
        try:
            if self._create:
                self._create_file()
            identity = self._identity_of_path()
            if identity is None:
                raise LogStoreUnavailable(f"the session log at {self.path} does not exist")
            self._generation += 1
            self._identity = identity
            db = self._db(check=False)
            migrate(db)
            self._check_key(db)
            self._tighten_side_files()
            in_file = {row[0] for row in db.execute("SELECT user_hash FROM off_record").fetchall()}
            carried = self._carry_off_record(db, in_file)
        except sqlite3.Error as error:
            self._ready = False
            raise LogStoreUnavailable(f"the session log at {self.path} cannot be opened: {_reason(error)}") from error
        except OSError as error:
            self._ready = False
            raise LogStoreUnavailable(f"the session log at {self.path} cannot be opened: {_reason(error)}") from error
        except LogStoreUnavailable:
            self._ready = False
            raise
        with self._lock:
            self._known_off_record = in_file | carried
        self._ready = True
        self._clear_fallback(carried)

    def _check_key(self, db: Database) -> None:
        """The first key that opens the log is recorded as a keyed hash (`key_check`); another key is refused with
        PseudonymKeyChanged. A reader without a key (the CLI's listings) is not checked: it looks nobody up."""
        if not self._key:
            return
        fingerprint = self._hash("key-check", "prepbot session log")
        row = db.execute("SELECT fingerprint FROM key_check WHERE id = 1").fetchone()
        if row is None:
            try:
                db.conn.execute("BEGIN IMMEDIATE")
                db.conn.execute(
                    "INSERT OR IGNORE INTO key_check (id, fingerprint, since) VALUES (1, ?, ?)",
                    (fingerprint, utc_text(self._now())),
                )
                db.conn.execute("COMMIT")
            except sqlite3.Error:  # read-only or locked: recorded by the next opening that can write
                _rollback(db)
        elif not hmac.compare_digest(row[0], fingerprint):
            raise PseudonymKeyChanged(
                f"LOG_PSEUDONYM_KEY is not the key the session log at {self.path} was written with, so members' "
                "pseudonyms and off-the-record choices would not be recognised: restore the old key in .env, or "
                "move that file away to start a new log"
            )

    def _carry_off_record(self, db: Database, in_file: set[str]) -> set[str]:
        """Write into the database the off-record choices it lacks: those this store knew (from a file since deleted
        or replaced) and those waiting in the fallback file. Returns what the database now holds from them."""
        with self._lock:
            wanted = dict.fromkeys(self._known_off_record - in_file, utc_text(self._now()))
        if self._fallback is not None:
            wanted.update({key: since for key, since in self._fallback.entries().items() if key not in in_file})
        if not wanted:
            return set(self._fallback.entries()) if self._fallback is not None else set()
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            db.conn.executemany(
                "INSERT INTO off_record (user_hash, since) VALUES (?, ?) ON CONFLICT(user_hash) DO NOTHING",
                [(key, since or utc_text(self._now())) for key, since in wanted.items()],
            )
            db.conn.execute("COMMIT")
        except sqlite3.Error:
            # read-only, locked or full: the database still opens for reading; the choices wait in the fallback file
            # (honoured from there, merged by the next write that succeeds)
            _rollback(db)
            if self._fallback is not None:
                self._fallback.add_or_remember(wanted)
            return set()
        return set(wanted) | (set(self._fallback.entries()) if self._fallback is not None else set())

    def _clear_fallback(self, merged: set[str]) -> None:
        """The fallback file no longer needs what the database now holds (kept, and retried later, if unwritable)."""
        if self._fallback is None or not merged or not len(self._fallback):
            return
        try:
            self._fallback.remove(merged)
        except OSError as error:
            self._alert(
                f"Session log: the off-record fallback file {self._fallback.path} cannot be emptied "
                f"({_reason(error)}); its choices are in the database and stay honoured."
            )

    def _opening_failed(self, error: LogStoreUnavailable) -> None:
        self._ready = False
        self._last_error = error
        self._next_attempt = time.monotonic() + self._retry_seconds
        self._alert(
            f"Session log unavailable: {error}. Answers are still delivered but not logged; "
            f"prepbot tries again every {self._retry_seconds:g} s."
        )

    def _identity_of_path(self) -> FileIdentity | None:
        """(device, inode) of the regular file at the path; None when there is none; LogStoreUnavailable when the
        path holds something else (a directory, a socket) or cannot be looked at."""
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise LogStoreUnavailable(f"the session log at {self.path} cannot be checked: {_reason(error)}") from error
        if not stat.S_ISREG(status.st_mode):
            raise LogStoreUnavailable(f"the session log at {self.path} is not a regular file")
        return status.st_dev, status.st_ino

    def _ensure_current(self) -> None:
        """Raise LogStoreUnavailable unless the database is open and still the file at the path: reopen (at most
        every retry_seconds) after a failure, and reopen at once when the file was deleted or replaced."""
        if self._closed:
            raise LogStoreUnavailable("the session log is closed")
        if self._ready:
            identity = self._identity_of_path()
            if identity == self._identity:
                return
            self._file_changed(identity)
        with self._writer_turn():
            if self._ready:
                return
            if time.monotonic() < self._next_attempt and self._last_error is not None:
                raise LogStoreUnavailable(str(self._last_error))
            was_down = self._last_error is not None
            try:
                self._open()
            except LogStoreUnavailable as error:
                self._last_error = error
                self._next_attempt = time.monotonic() + self._retry_seconds
                raise
            self._last_error = None
        if was_down:
            self._alert(f"Session log available again at {self.path}.")

    def _file_changed(self, identity: FileIdentity | None) -> None:
        """The path no longer names the file this store opened: stop using it and say so."""
        with self._writer_turn():
            if not self._ready or identity == self._identity:
                return
            self._ready = False
            self._next_attempt = 0.0
            with self._lock:
                known = set(self._known_off_record)
            if known and self._fallback is not None:
                # durable first: should the new file not open, the choices still survive a restart (and when the
                # fallback cannot be written either, they are still honoured from memory and carried over)
                self._fallback.add_or_remember(dict.fromkeys(known, utc_text(self._now())))
            what = "deleted" if identity is None else "replaced by another file"
            self._alert(
                f"Session log: {self.path} was {what} while prepbot was running. Logging continues in the file now "
                f"at that path; {len(known)} off-record choices were carried over. Exchanges stored before are only "
                "in the old file (if it still exists elsewhere), and members invited before must be invited again."
            )

    def _create_file(self) -> None:
        """Make the file (mode 0600) unless it exists; tighten an existing one. An existing file on a read-only
        file system is left as it is: it can still be read."""
        if self._identity_of_path() is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):  # another store made it first
                os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
        if self.path.stat().st_mode & 0o777 != 0o600:
            try:
                os.chmod(self.path, 0o600)
            except OSError as error:
                self._alert(
                    f"Session log: {self.path} is not private (mode 0600) and cannot be made so ({_reason(error)})."
                )

    def _tighten_side_files(self) -> None:
        for suffix in SIDE_FILE_SUFFIXES:
            side = self.path.with_name(self.path.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                if side.stat().st_mode & 0o077:
                    os.chmod(side, 0o600)

    def _db(self, *, check: bool = True) -> Database:
        """This thread's connection to the current file (made on first use)."""
        if check:
            self._ensure_current()
        local = self._local
        db = getattr(local, "db", None)
        if db is not None and getattr(local, "generation", None) == self._generation:
            return db
        if db is not None:  # a connection to a file that is no longer the one at the path
            self._forget_connection(db)
        db = self._connect()
        local.db, local.generation = db, self._generation
        return db

    def _connect(self) -> Database:
        with self._lock:
            if self._closed:
                raise LogStoreUnavailable("the session log is closed")
        if self._create:
            conn = sqlite3.connect(str(self.path), timeout=self._busy_timeout, check_same_thread=False)
        else:
            uri = self.path.resolve().as_uri() + "?mode=rw"
            conn = sqlite3.connect(uri, uri=True, timeout=self._busy_timeout, check_same_thread=False)
        try:
            mode = conn.execute(f"PRAGMA journal_mode={JOURNAL_MODE}").fetchone()[0]
            if str(mode).lower() != JOURNAL_MODE:  # a WAL file still open elsewhere: WAL maps -shm into memory
                raise LogStoreUnavailable(
                    f"the session log at {self.path} is in {mode} mode and another process has it open; "
                    "stop that process (an older prepbot) so it can be switched to a rollback journal"
                )
            conn.execute("PRAGMA mmap_size=0")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA secure_delete=ON")
        except BaseException:
            conn.close()
            raise
        db = Database(conn, execute_plugins=False)
        with self._lock:
            self._connections.append(db)
        return db

    def _forget_connection(self, db: Database) -> None:
        with self._lock:
            if db in self._connections:
                self._connections.remove(db)
        with contextlib.suppress(sqlite3.Error):
            db.close()

    @contextmanager
    def _writer_turn(self) -> Iterator[None]:
        if not self._write_lock.acquire(timeout=self._queue_timeout):
            raise LogStoreUnavailable(f"the session log at {self.path} is busy: too many writers waiting")
        try:
            yield
        finally:
            self._write_lock.release()

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction, holding SQLite's write lock from its first statement (BEGIN IMMEDIATE).

        Off-record choices waiting in the fallback file go into the database first, in the same transaction."""
        with self._writer_turn():
            try:
                db = self._db()
                db.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._unavailable(error) from error
            merged: set[str] = set()
            try:
                merged = self._merge_fallback(db)
                yield db
                db.conn.execute("COMMIT")
            except sqlite3.Error as error:
                _rollback(db)
                raise self._unavailable(error) from error
            except BaseException:
                _rollback(db)
                raise
        if merged:
            with self._lock:
                self._known_off_record |= merged
            self._clear_fallback(merged)

    def _merge_fallback(self, db: Database) -> set[str]:
        if self._fallback is None or not len(self._fallback):
            return set()
        entries = self._fallback.entries()
        db.conn.executemany(
            "INSERT INTO off_record (user_hash, since) VALUES (?, ?) ON CONFLICT(user_hash) DO NOTHING",
            [(key, since or utc_text(self._now())) for key, since in entries.items()],
        )
        return set(entries)

    @contextmanager
    def _read(self) -> Iterator[Database]:
        try:
            yield self._db()
        except sqlite3.Error as error:
            raise self._unavailable(error) from error

    def _unavailable(self, error: sqlite3.Error) -> LogStoreUnavailable:
        return LogStoreUnavailable(f"the session log at {self.path} is unavailable: {_reason(error)}")

    def _now(self) -> datetime:
        return self._clock()

    def _alert(self, message: str) -> None:
        with self._lock:
            if message not in self._alerts:
                self._alerts.append(message)

    def drain_alerts(self) -> list[str]:
        """Messages for admins since the last call: the file was replaced, could not be opened, is back, the
        fallback file was used or damaged. Never user text, never a user id."""
        with self._lock:
            alerts, self._alerts = self._alerts, []
        return alerts

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for db in connections:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        self._local = threading.local()

    def __enter__(self) -> LogStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- pseudonyms ------------------------------------------------------------------------------------------

    def _hash(self, purpose: str, value: str) -> str:
        if not self._key:
            raise PseudonymKeyMissing("LOG_PSEUDONYM_KEY is empty: it is needed to look people up in the session log")
        return hmac.new(self._key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def _user_hash(self, user_id: int) -> str:
        return self._hash("user", str(int(user_id)))

    @staticmethod
    def _pseudonym_of(user_hash: str) -> str:
        return PSEUDONYM_PREFIX + user_hash[:PSEUDONYM_HEX]

    def pseudonym(self, user_id: int) -> str:
        """The name coordinators see for this person: a keyed HMAC-SHA256 of the id, like "member-7f3a9c"."""
        return self._pseudonym_of(self._user_hash(user_id))

    # ---- exchanges and feedback ------------------------------------------------------------------------------

    def record_exchange(self, record: ExchangeRecord) -> int | None:
        """Store one answered exchange; return its id, or None when the person is off the record (count only)."""
        if record.role not in LOGGED_ROLES:
            raise ValueError(f"role must be one of {LOGGED_ROLES}, not {record.role!r}")
        if record.chat_kind not in CHAT_KINDS:
            raise ValueError(f"chat_kind must be one of {CHAT_KINDS}, not {record.chat_kind!r}")
        if record.kind not in EXCHANGE_KINDS:
            raise ValueError(f"kind must be one of {EXCHANGE_KINDS}, not {record.kind!r}")
        answer = _as_answer(record.answer)
        user_hash = self._user_hash(record.user_id)
        answered = self._now()
        latency_ms = max(0, int(record.latency_ms))
        if self._fallback is not None and user_hash in self._fallback:
            # off the record by a choice still waiting beside the database: count it if the database can (only a
            # count is lost if it cannot; the exchange itself is never stored)
            with contextlib.suppress(LogStoreUnavailable):
                self._count_off_record(answered)
            return None
        with self._write() as db:
            if self._off_record(db, user_hash):
                db.execute(
                    "INSERT INTO off_record_counts (day, exchanges) VALUES (?, 1) "
                    "ON CONFLICT(day) DO UPDATE SET exchanges = exchanges + 1",
                    [utc_text(answered)[:10]],
                )
                return None
            # ids are never used twice, not even after a purge emptied the table: an old message's 👎 button or an
            # audit row names its exchange by id (exchange_ids, m010)
            (last,) = db.execute(
                "SELECT max(coalesce((SELECT last FROM exchange_ids WHERE id = 1), 0), "
                "coalesce((SELECT max(id) FROM exchanges), 0))"
            ).fetchone()
            db.execute(
                "INSERT INTO exchange_ids (id, last) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET last = excluded.last",
                [last + 1],
            )
            row = {
                "id": last + 1,
                "kind": record.kind,
                "session_id": str(record.session_id),
                "user_hash": user_hash,
                "pseudonym": self._pseudonym_of(user_hash),
                "role": record.role,
                "chat_kind": record.chat_kind,
                "question": clean_text(answer.question),
                "answer": clean_text(answer.text, multiline=True),
                "citations": json.dumps(
                    [dict(citation.to_json(), attribution=citation.attribution) for citation in answer.citations],
                    ensure_ascii=False,
                ),
                "quotes": " ".join(citation.quote for citation in answer.citations) or None,  # searchable text
                "mode": answer.mode,
                "grounded": int(bool(answer.grounded)),
                "quotes_verified": len(answer.citations),
                "note": clean_text(answer.note) or None,
                "prompt_id": answer.prompt_id,
                "prompt_hash": answer.prompt_hash,
                "model": answer.model,
                "fallback_reason": clean_text(answer.fallback_reason, max_chars=40) or None,
                "hits": json.dumps([{"key": h.paragraph.key, "score": round(float(h.score), 6)} for h in answer.hits]),
                "latency_ms": latency_ms,
                "asked_at": utc_text(answered - timedelta(milliseconds=latency_ms)),
                "answered_at": utc_text(answered),
            }
            return db.table("exchanges").insert(row).last_pk

    def record_feedback(self, exchange_id: int, user_id: int, kind: str, comment: str | None = None) -> None:
        """👍/👎 (the latest vote counts) or "wrong_citation" with an optional comment; only from the asker."""
        if kind not in FEEDBACK_KINDS:
            raise BadInput(f"feedback must be one of {', '.join(FEEDBACK_KINDS)}, not {kind!r}")
        comment = clean_text(comment, multiline=True, max_chars=MAX_COMMENT_CHARS) or None
        exchange_id = int(exchange_id)
        user_hash = self._user_hash(user_id)
        with self._write() as db:
            row = db.execute("SELECT user_hash FROM exchanges WHERE id = ?", [exchange_id]).fetchone()
            if row is None:
                raise FeedbackRefused("That answer is no longer in the session log.")
            if not hmac.compare_digest(row[0], user_hash):
                raise FeedbackRefused("Only the person who asked can give feedback on this answer.")
            created_at = utc_text(self._now())
            if kind in ("up", "down"):
                db.execute("DELETE FROM feedback WHERE exchange_id = ? AND kind IN ('up', 'down')", [exchange_id])
            else:
                existing = db.execute(
                    "SELECT id FROM feedback WHERE exchange_id = ? AND kind = 'wrong_citation'", [exchange_id]
                ).fetchone()
                if existing is not None:
                    if comment:
                        db.execute(
                            "UPDATE feedback SET comment = ?, created_at = ? WHERE id = ?",
                            [comment, created_at, existing[0]],
                        )
                    return
            db.execute(
                "INSERT INTO feedback (exchange_id, kind, comment, created_at) VALUES (?, ?, ?, ?)",
                [exchange_id, kind, comment, created_at],
            )

    # ---- off the record, forget, retention -------------------------------------------------------------------

    def _count_off_record(self, answered: datetime) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO off_record_counts (day, exchanges) VALUES (?, 1) "
                "ON CONFLICT(day) DO UPDATE SET exchanges = exchanges + 1",
                [utc_text(answered)[:10]],
            )

    @staticmethod
    def _off_record(db: Database, user_hash: str) -> bool:
        return db.execute("SELECT 1 FROM off_record WHERE user_hash = ?", [user_hash]).fetchone() is not None

    def set_off_record(self, user_id: int, off: bool) -> bool:
        """Go off (or back on) the record. Returns True when the choice is in the database, False when it is in the
        fallback file (the database could not take it; it is honoured and merged later).

        Raises LogStoreUnavailable when neither can keep the choice (nothing changed then). Going back on the record
        is never written to the fallback: while the database is away the person stays off the record."""
        user_hash = self._user_hash(user_id)
        since = utc_text(self._now())
        try:
            with self._write() as db:
                if off:
                    db.execute(
                        "INSERT INTO off_record (user_hash, since) VALUES (?, ?) ON CONFLICT(user_hash) DO NOTHING",
                        [user_hash, since],
                    )
                else:
                    db.execute("DELETE FROM off_record WHERE user_hash = ?", [user_hash])
        except LogStoreUnavailable as error:
            if not off or self._fallback is None:
                raise
            try:
                self._fallback.add(user_hash, since)
            except OSError as fallback_error:
                raise LogStoreUnavailable(
                    f"{error}; and the off-record fallback file {self._fallback.path} cannot be written either "
                    f"({_reason(fallback_error)})"
                ) from error
            self._alert(
                f"Session log: an off-record choice was kept in {self._fallback.path} because the database could not "
                "take it; it is honoured, and moves into the database with the next write that succeeds."
            )
            return False
        with self._lock:
            (self._known_off_record.add if off else self._known_off_record.discard)(user_hash)
        return True

    def is_off_record(self, user_id: int) -> bool:
        """True when the person is off the record, in the database or in the fallback file (which is read even when
        the database is unavailable)."""
        user_hash = self._user_hash(user_id)
        if self._fallback is not None and user_hash in self._fallback:
            return True
        with self._read() as db:
            return self._off_record(db, user_hash)

    def off_record_count(self, since: datetime | None = None, until: datetime | None = None) -> int:
        """How many exchanges went unrecorded (the only trace off-the-record questions leave)."""
        with self._read() as db:
            return count_off_record(db, since, until)

    def forget(self, user_id: int) -> int:
        """Delete all of this person's exchanges and their feedback (search index included); return how many."""
        user_hash = self._user_hash(user_id)
        with self._write() as db:
            db.execute(
                "DELETE FROM feedback WHERE exchange_id IN (SELECT id FROM exchanges WHERE user_hash = ?)", [user_hash]
            )
            deleted = db.execute("DELETE FROM exchanges WHERE user_hash = ?", [user_hash]).rowcount
            if deleted:
                _compact_search_index(db)
        return deleted

    def count_older_than(self, days: float) -> int:
        """How many exchanges `purge_older_than(days)` would delete now (said before a coordinator's purge asks)."""
        cutoff = utc_text(self._now() - timedelta(days=self._purge_age(days)))
        with self._read() as db:
            return db.execute("SELECT COUNT(*) FROM exchanges WHERE answered_at < ?", [cutoff]).fetchone()[0]

    @staticmethod
    def _purge_age(days: float) -> float:
        if not 0 <= days <= MAX_DURATION_DAYS:  # also NaN
            raise BadInput(f"the age to purge must be from 0 to {MAX_DURATION_DAYS:,} days, not {days:g}")
        return days

    def purge_older_than(self, days: float, actor: str, *, audit_none: bool = True) -> int:
        """Retention: delete exchanges (and their feedback) answered more than `days` ago; audit it; return how many.

        The bot's daily job calls this with LOG_RETENTION_DAYS; `prepbot logs purge --older-than 30d` by hand; each
        opening of the log (`services.apply_retention`) with `audit_none` False, so that it audits only a deletion.
        """
        now = self._now()
        cutoff = utc_text(now - timedelta(days=self._purge_age(days)))
        with self._write() as db:
            db.execute(
                "DELETE FROM feedback WHERE exchange_id IN (SELECT id FROM exchanges WHERE answered_at < ?)", [cutoff]
            )
            deleted = db.execute("DELETE FROM exchanges WHERE answered_at < ?", [cutoff]).rowcount
            db.execute("DELETE FROM invites WHERE expires_at < ?", [cutoff])
            if deleted:
                _compact_search_index(db)
            if deleted or audit_none:
                self._audit(db, now, actor, "purge", None, cutoff, {"older_than_days": days, "exchanges": deleted})
        return deleted

    # ---- members and invites ---------------------------------------------------------------------------------

    def create_invite(self, created_by: int, ttl_hours: int) -> str:
        """A one-time code for `/start CODE`: single use, expires after ttl_hours. Only its keyed hash is stored."""
        if ttl_hours <= 0:
            raise BadInput(f"an invite must live a positive number of hours, not {ttl_hours}")
        code = secrets.token_urlsafe(12)
        now = self._now()
        creator = self.pseudonym(created_by)
        with self._write() as db:
            db.execute(
                "INSERT INTO invites (code_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)",
                [self._hash("invite", code), creator, utc_text(now), utc_text(now + timedelta(hours=ttl_hours))],
            )
        return code

    def redeem_invite(self, code: str, user_id: int) -> bool:
        """Make the sender a member if the code exists, is unused and unexpired; False otherwise."""
        code = (code or "").strip()
        if not _INVITE_CODE_RE.match(code):
            return False
        user_hash = self._user_hash(user_id)
        now = utc_text(self._now())
        code_hash = self._hash("invite", code)
        with self._write() as db:
            claimed = db.execute(
                "UPDATE invites SET redeemed_at = ?, redeemed_by = ? "
                "WHERE code_hash = ? AND redeemed_at IS NULL AND expires_at > ?",
                [now, self._pseudonym_of(user_hash), code_hash, now],
            ).rowcount
            if claimed != 1:
                return False
            db.execute(
                "INSERT INTO members (user_hash, pseudonym, joined_at, invite_hash) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(user_hash) DO NOTHING",
                [user_hash, self._pseudonym_of(user_hash), now, code_hash],
            )
        return True

    def is_member(self, user_id: int) -> bool:
        """A member onboarded by invite (members listed in MEMBER_IDS are the engine's business)."""
        user_hash = self._user_hash(user_id)
        with self._read() as db:
            return db.execute("SELECT 1 FROM members WHERE user_hash = ?", [user_hash]).fetchone() is not None

    def revoke_member(self, who: str, actor: str = "admin") -> bool:
        """Remove an invited member, named by pseudonym ("member-7f3a9c") or numeric user id; False if not one."""
        who = clean_text(who, max_chars=100)
        if re.fullmatch(r"[0-9]{1,20}", who):
            where, value = "user_hash = ?", self._user_hash(int(who))
        else:
            where, value = "pseudonym = ?", normalize_pseudonym(who)
        with self._write() as db:
            rows = db.execute(f"SELECT user_hash, pseudonym FROM members WHERE {where}", [value]).fetchall()
            if len(rows) > 1:
                raise BadInput(f"{who} matches {len(rows)} members; revoke by numeric user id instead")
            if not rows:
                return False
            db.execute("DELETE FROM members WHERE user_hash = ?", [rows[0][0]])
            self._audit(db, self._now(), actor, "revoke", None, None, {"member": rows[0][1]})
        return True

    # ---- reading, export, stats, audit -----------------------------------------------------------------------

    def exchanges(self, **filters: Any) -> list[LoggedExchange]:
        """The matching exchanges, oldest first, with their feedback. Reading only: no audit row.

        `filters` are LogFilter.build's: since, until, user, session, search, cites, flagged, limit.
        """
        log_filter = LogFilter.build(now=self._now(), **filters)
        with self._read() as db:
            return find_exchanges(db, log_filter)

    def export(self, *, fmt: str = "md", actor: str, **filters: Any) -> str:
        """Render the matching exchanges as table | jsonl | csv | md and write an audit row (who, when, what range).

        `filters` are LogFilter.build's (since, until, user, session, search, cites, flagged, limit); `since`/`until`
        take datetimes or the CLI's strings ("2025-03-01", "7d"); the bot's `/export 7` is
        `export(since="7d", actor=store.pseudonym(coordinator_id))`.
        """
        from prepbot.sessionlog.format import render_exchanges

        if fmt not in LOG_FORMATS:
            raise BadInput(f"unknown format {fmt!r}: use one of {', '.join(LOG_FORMATS)}")
        now = self._now()
        log_filter = LogFilter.build(now=now, **filters)
        with self._read() as db:
            found = find_exchanges(db, log_filter)
        text = render_exchanges(found, fmt, log_filter=log_filter, exported_at=now)
        described = log_filter.describe()
        with self._write() as db:
            details = {"format": fmt, "filters": described, "exchanges": len(found)}
            self._audit(db, now, actor, "export", described.get("since"), described.get("until"), details)
        return text

    def stats(
        self, *, since: datetime | str | None = None, until: datetime | str | None = None, actor: str, top: int = 10
    ) -> LogStats:
        """What coordinators want at a glance; audited like an export (it lists questions that found nothing)."""
        now = self._now()
        log_filter = LogFilter.build(now=now, since=since, until=until)
        with self._read() as db:
            figures = compute_stats(db, log_filter, top=top)
        with self._write() as db:
            self._audit(db, now, actor, "stats", figures.since, figures.until, {"exchanges": figures.exchanges})
        return figures

    def audit_rows(self) -> list[dict]:
        """The audit trail, oldest first: {at, actor, action, range_since, range_until, details}."""
        with self._read() as db:
            rows = list(db.query("SELECT at, actor, action, range_since, range_until, details FROM audit ORDER BY id"))
        for row in rows:
            row["details"] = json.loads(row["details"]) if row["details"] else {}
        return rows

    @staticmethod
    def _audit(
        db: Database,
        now: datetime,
        actor: str,
        action: str,
        range_since: str | None,
        range_until: str | None,
        details: dict,
    ) -> None:
        if not actor:
            raise ValueError("an audited action needs an actor")
        db.execute(
            "INSERT INTO audit (at, actor, action, range_since, range_until, details) VALUES (?, ?, ?, ?, ?, ?)",
            [utc_text(now), actor, action, range_since, range_until, json.dumps(details, ensure_ascii=False)],
        )


def _write_lock_for(path: Path) -> threading.RLock:
    key = os.path.realpath(path)
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.RLock())


def _reason(error: BaseException) -> str:
    """What went wrong, for an alert or a log line: the error's own short text (SQLite's or the OS's), never data."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


def _rollback(db: Database) -> None:
    try:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _compact_search_index(db: Database) -> None:
    """Merge the FTS segments so deleted questions and answers leave no terms behind (secure_delete zeroes the rest)."""
    db.execute("INSERT INTO exchanges_fts (exchanges_fts) VALUES ('optimize')")
