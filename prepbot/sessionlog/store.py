"""The session log: answered exchanges, feedback, members and invites, off-record flags, retention and audit in SQLite.

Reprisal-safe by construction: a person is only ever stored as a keyed HMAC-SHA256 of their user id
(`LOG_PSEUDONYM_KEY`), shown as a pseudonym like `member-7f3a9c`; never the id, username or name. The file is mode
0600 in WAL mode; deleted rows are overwritten (`secure_delete`) and the full-text index is compacted after a
forget or a purge, so what was removed is gone from the file's bytes too.

Thread-safe: each thread gets its own connection; every write is one `BEGIN IMMEDIATE` transaction with a modest
busy timeout, so a locked, full or unwritable database raises `LogStoreUnavailable` quickly and leaves nothing half
written. The schema lives in `prepbot.sessionlog.migrations`, reading and stats in `prepbot.sessionlog.query`,
renderings in `prepbot.sessionlog.format`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from prepbot.core.errors import BadInput, PrepbotError
from prepbot.core.records import Answer, Followups
from prepbot.core.vocabulary import CHAT_KINDS, EXCHANGE_KINDS, FEEDBACK_KINDS, LOG_FORMATS, LOGGED_ROLES
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

# One writer at a time per database file within this process: threads queue on a lock instead of polling SQLite's
# busy handler, which starves some of 50 concurrent writers. Other processes still meet the SQLite busy timeout.
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()

_INVITE_CODE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


class LogStoreUnavailable(PrepbotError):
    """The session log cannot be written or read right now (locked, full, unwritable). The answer still goes out."""


class NoSessionLog(PrepbotError):
    """No session-log database exists yet at the configured path (reading never creates one)."""


class PseudonymKeyMissing(PrepbotError):
    """LOG_PSEUDONYM_KEY is empty: without it no user can be stored pseudonymously."""


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
    )


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
    ) -> None:
        """Open (and with `create`, make) the log at `path`, applying pending migrations.

        Writing needs the pseudonym key: with `create` (how the bot opens it) an empty key is refused. A reader of an
        existing log (`create=False`, the CLI) may go without; only the methods that hash a user id then refuse.
        """
        self.path = Path(path)
        self._key = pseudonym_key.encode("utf-8") if pseudonym_key else None
        self._busy_timeout = busy_timeout_seconds
        self._clock = clock
        self._create = create
        self._local = threading.local()
        self._connections: list[Database] = []
        self._lock = threading.Lock()
        self._closed = False
        if create and not self._key:
            raise PseudonymKeyMissing(
                "LOG_PSEUDONYM_KEY is empty: set it in .env (`make run` generates one) so the session log can "
                "store people under pseudonyms"
            )
        if not create and not self.path.exists():
            raise NoSessionLog(f"no session log yet at {self.path}")
        try:
            if create:
                self._create_file()
            self._write_lock = _write_lock_for(self.path)
            with self._writer_turn():
                db = self._db()
                if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    db.conn.execute("PRAGMA journal_mode=wal")
                migrate(db)
            self._tighten_side_files()
        except (sqlite3.Error, OSError) as error:
            self.close()
            raise LogStoreUnavailable(f"the session log at {self.path} cannot be opened: {error}") from error
        except LogStoreUnavailable:
            self.close()
            raise

    @classmethod
    def open_existing(cls, path: Path, pseudonym_key: str | None = None, **options) -> LogStore:
        """Open a log that must already exist (raises NoSessionLog otherwise): reading never creates a file."""
        return cls(path, pseudonym_key, create=False, **options)

    # ---- connections and transactions ------------------------------------------------------------------------

    def _create_file(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(descriptor)
        if self.path.stat().st_mode & 0o777 != 0o600:
            os.chmod(self.path, 0o600)

    def _tighten_side_files(self) -> None:
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            try:
                if side.stat().st_mode & 0o077:
                    os.chmod(side, 0o600)
            except FileNotFoundError:
                pass

    def _db(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is not None:
            return db
        with self._lock:
            if self._closed:
                raise LogStoreUnavailable("the session log is closed")
            if self._create:
                conn = sqlite3.connect(str(self.path), timeout=self._busy_timeout, check_same_thread=False)
            else:
                uri = self.path.resolve().as_uri() + "?mode=rw"
                conn = sqlite3.connect(uri, uri=True, timeout=self._busy_timeout, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA secure_delete=ON")
            db = Database(conn, execute_plugins=False)
            self._connections.append(db)
        self._local.db = db
        return db

    @contextmanager
    def _writer_turn(self) -> Iterator[None]:
        if not self._write_lock.acquire(timeout=self._busy_timeout):
            raise LogStoreUnavailable(f"the session log at {self.path} is busy: too many writers waiting")
        try:
            yield
        finally:
            self._write_lock.release()

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction, holding SQLite's write lock from its first statement (BEGIN IMMEDIATE)."""
        with self._writer_turn():
            try:
                db = self._db()
                db.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._unavailable(error) from error
            try:
                yield db
                db.conn.execute("COMMIT")
            except sqlite3.Error as error:
                _rollback(db)
                raise self._unavailable(error) from error
            except BaseException:
                _rollback(db)
                raise

    @contextmanager
    def _read(self) -> Iterator[Database]:
        try:
            yield self._db()
        except sqlite3.Error as error:
            raise self._unavailable(error) from error

    def _unavailable(self, error: sqlite3.Error) -> LogStoreUnavailable:
        return LogStoreUnavailable(f"the session log at {self.path} is unavailable: {error}")

    def _now(self) -> datetime:
        return self._clock()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for db in connections:
            try:
                db.close()
            except sqlite3.Error:
                pass
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
        with self._write() as db:
            if self._off_record(db, user_hash):
                db.execute(
                    "INSERT INTO off_record_counts (day, exchanges) VALUES (?, 1) "
                    "ON CONFLICT(day) DO UPDATE SET exchanges = exchanges + 1",
                    [utc_text(answered)[:10]],
                )
                return None
            row = {
                "kind": record.kind,
                "session_id": str(record.session_id),
                "user_hash": user_hash,
                "pseudonym": self._pseudonym_of(user_hash),
                "role": record.role,
                "chat_kind": record.chat_kind,
                "question": answer.question,
                "answer": answer.text,
                "citations": json.dumps(
                    [dict(citation.to_json(), attribution=citation.attribution) for citation in answer.citations],
                    ensure_ascii=False,
                ),
                "mode": answer.mode,
                "grounded": int(bool(answer.grounded)),
                "quotes_verified": len(answer.citations),
                "note": answer.note,
                "prompt_id": answer.prompt_id,
                "prompt_hash": answer.prompt_hash,
                "model": answer.model,
                "hits": json.dumps([{"key": h.paragraph.key, "score": round(float(h.score), 6)} for h in answer.hits]),
                "latency_ms": latency_ms,
                "asked_at": utc_text(answered - timedelta(milliseconds=latency_ms)),
                "answered_at": utc_text(answered),
            }
            return db["exchanges"].insert(row).last_pk

    def record_feedback(self, exchange_id: int, user_id: int, kind: str, comment: str | None = None) -> None:
        """👍/👎 (the latest vote counts) or "wrong_citation" with an optional comment; only from the asker."""
        if kind not in FEEDBACK_KINDS:
            raise BadInput(f"feedback must be one of {', '.join(FEEDBACK_KINDS)}, not {kind!r}")
        comment = (comment or "").strip()[:2000] or None
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

    @staticmethod
    def _off_record(db: Database, user_hash: str) -> bool:
        return db.execute("SELECT 1 FROM off_record WHERE user_hash = ?", [user_hash]).fetchone() is not None

    def set_off_record(self, user_id: int, off: bool) -> None:
        user_hash = self._user_hash(user_id)
        with self._write() as db:
            if off:
                db.execute(
                    "INSERT INTO off_record (user_hash, since) VALUES (?, ?) ON CONFLICT(user_hash) DO NOTHING",
                    [user_hash, utc_text(self._now())],
                )
            else:
                db.execute("DELETE FROM off_record WHERE user_hash = ?", [user_hash])

    def is_off_record(self, user_id: int) -> bool:
        user_hash = self._user_hash(user_id)
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
        if deleted:
            self._checkpoint()
        return deleted

    def purge_older_than(self, days: float, actor: str) -> int:
        """Retention: delete exchanges (and their feedback) answered more than `days` ago; audit it; return how many.

        The bot's daily job calls this with LOG_RETENTION_DAYS; `prepbot logs purge --older-than 30d` by hand.
        """
        if days < 0:
            raise BadInput(f"cannot purge exchanges older than a negative age ({days} days)")
        now = self._now()
        cutoff = utc_text(now - timedelta(days=days))
        with self._write() as db:
            db.execute(
                "DELETE FROM feedback WHERE exchange_id IN (SELECT id FROM exchanges WHERE answered_at < ?)", [cutoff]
            )
            deleted = db.execute("DELETE FROM exchanges WHERE answered_at < ?", [cutoff]).rowcount
            db.execute("DELETE FROM invites WHERE expires_at < ?", [cutoff])
            if deleted:
                _compact_search_index(db)
            self._audit(db, now, actor, "purge", None, cutoff, {"older_than_days": days, "exchanges": deleted})
        if deleted:
            self._checkpoint()
        return deleted

    def _checkpoint(self) -> None:
        """Best effort: move everything into the main file and empty the WAL, so deleted text leaves no old copy."""
        try:
            with self._writer_turn():
                self._db().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except (sqlite3.Error, LogStoreUnavailable):
            pass

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
        who = str(who).strip()
        if re.fullmatch(r"\d+", who):
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


def _write_lock_for(path: Path) -> threading.Lock:
    key = os.path.realpath(path)
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


def _rollback(db: Database) -> None:
    try:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _compact_search_index(db: Database) -> None:
    """Merge the FTS segments so deleted questions and answers leave no terms behind (secure_delete zeroes the rest)."""
    db.execute("INSERT INTO exchanges_fts (exchanges_fts) VALUES ('optimize')")
