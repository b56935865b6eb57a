"""The conversation engine: who may ask, per-user session state, rate limits, answering and logging exchanges.

Both conversation shells (the console chat and the Telegram bot) are thin layers over `Engine`; it knows nothing of
Telegram. Methods are synchronous and thread-safe (the bot calls the slow ones through `asyncio.to_thread`).

State kept here, in memory, per user: session id, source filter, framing, last question, the in-flight lock and the
rate-limit timestamps. Membership, off-record flags, exchanges and feedback live in the LogStore (prepbot/sessionlog.py).
A LogStore failure never stops an answer: the answer is returned with `exchange_id=None` and an alert is queued for
admins. Neither alerts nor application log lines ever contain question/answer text or user ids.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from prepbot.core.errors import BadInput, PrepbotError
from prepbot.core.records import Answer, Followups
from prepbot.core.vocabulary import CHAT_KINDS, EXPORT_FORMATS, FEEDBACK_KINDS, FRAMINGS, SIDE_ALIASES, SIDES
from prepbot.sessionlog.store import ExchangeRecord, LogStoreUnavailable

if TYPE_CHECKING:
    from prepbot.core.records import DocumentEntry, Paragraph
    from prepbot.services import Services

log = logging.getLogger(__name__)

MAX_EXPORT_DAYS = 3650

CONSOLE_USER_ID = 0  # the local user of `prepbot chat`; trusted only when the Engine is built with console_user=...

STRANGER_MESSAGE = "Sorry, this is a private assistant for invited members only."
NOT_ALLOWED_MESSAGE = "Sorry, you are not allowed to use this command."
BUSY_MESSAGE = "Still working on your last question — one moment."
OFF_RECORD_NOTICE = "Off the record: this exchange was not logged."
LOG_UNAVAILABLE_MESSAGE = "The session log is unavailable right now. Please try again later."


class Busy(PrepbotError):
    """The caller already has a request in flight."""

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


class RateLimited(PrepbotError):
    """The caller asked too many questions within the rate-limit window."""

    def __init__(self, message: str, retry_after_seconds: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


class NotAllowed(PrepbotError):
    """The caller's role may not do this. The message reveals nothing about the corpus or the setup."""

    def __init__(self, message: str = NOT_ALLOWED_MESSAGE) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class Caller:
    user_id: int
    chat_kind: str  # "private" | "group" | "console"


@dataclass
class Reply:
    answer: Answer | None = None
    followups: Followups | None = None
    exchange_id: int | None = None  # None when off the record, not logged, or the log is unavailable
    notice: str | None = None  # e.g. "Off the record: this exchange was not logged."


@dataclass(frozen=True)
class UserStatus:
    """What a shell shows for /status or /help: the user's role and session settings."""

    role: str
    session_id: str
    source_filter: str | None  # None = all sources
    framing: str | None  # None = the answerer's default
    off_record: bool
    logging: bool  # False when this engine has no session log


@dataclass
class _UserState:
    session_id: str
    source_filter: str | None = None
    framing: str | None = None
    last_question: str | None = None
    in_flight: threading.Lock = field(default_factory=threading.Lock)
    asked_at: deque[float] = field(default_factory=deque)


def _new_session_id() -> str:
    return uuid.uuid4().hex[:12]


# What a failing session log raises; the engine catches these, never lets them cost a user an answer
LOG_STORE_ERRORS = (LogStoreUnavailable, sqlite3.Error)


def _describe(error: BaseException) -> str:
    """A short description of a storage error for alerts/logs: its class and (store-written) message, no user text."""
    message = str(error).splitlines()[0][:120] if str(error) else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _duration_words(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        return f"{minutes} minute" if minutes == 1 else f"{minutes} minutes"
    seconds = int(seconds)
    return f"{seconds} second" if seconds == 1 else f"{seconds} seconds"


class Engine:
    """One per process: shared by every user of a shell. See ARCHITECTURE.md "The conversation engine contract"."""

    def __init__(
        self,
        services: Services,
        *,
        console_user: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """`console_user`: a local user id treated as admin and exempt from the rate limit (the console chat passes
        CONSOLE_USER_ID; the Telegram bot passes nothing). `clock` drives the rate limit; `now` dates exports."""
        self.services = services
        self.settings = services.settings
        self.log_store = services.log_store
        self.console_user = console_user
        self._clock = clock
        self._now = now
        self._lock = threading.Lock()  # guards _users, _off_record_local, _alerts, _last_prompt_problems
        self._users: dict[int, _UserState] = {}
        self._off_record_local: set[int] = set()  # off-record flags the store could not save (or no store at all)
        self._alerts: list[str] = []
        self._last_prompt_problems: tuple[str, ...] = ()

    # ----------------------------------------------------------------- roles

    def role(self, user_id: int) -> str:
        """ "stranger" | "member" | "coordinator" | "admin"; admins ⊂ coordinators ⊂ members."""
        settings = self.settings
        if self.console_user is not None and user_id == self.console_user:
            return "admin"
        if user_id in settings.admin_ids:
            return "admin"
        if user_id in settings.coordinator_ids:
            return "coordinator"
        if user_id in settings.member_ids:
            return "member"
        if self.log_store is not None:
            try:
                if self.log_store.is_member(user_id):
                    return "member"
            except LOG_STORE_ERRORS as error:
                self._storage_failed("checking membership", error)
        return "stranger"

    def check_member(self, user_id: int) -> str:
        """The user's role; raises NotAllowed (the stranger message) for anyone who is not a member."""
        role = self.role(user_id)
        if role == "stranger":
            raise NotAllowed(STRANGER_MESSAGE)
        return role

    def _require(self, user_id: int, *allowed: str) -> str:
        role = self.check_member(user_id)
        if role not in allowed:
            raise NotAllowed()
        return role

    # ----------------------------------------------------------------- state

    def _state(self, user_id: int) -> _UserState:
        with self._lock:
            state = self._users.get(user_id)
            if state is None:
                state = self._users[user_id] = _UserState(session_id=_new_session_id())
            return state

    def status(self, user_id: int) -> UserStatus:
        role = self.check_member(user_id)
        state = self._state(user_id)
        return UserStatus(
            role=role,
            session_id=state.session_id,
            source_filter=state.source_filter,
            framing=state.framing,
            off_record=self.is_off_record(user_id),
            logging=self.log_store is not None,
        )

    def last_question(self, user_id: int) -> str | None:
        with self._lock:
            state = self._users.get(user_id)
            return state.last_question if state else None

    def set_source_filter(self, user_id: int, value: str) -> str | None:
        """state|committee|un|ngo|standard(s) narrow this user's sources; "all" → None. BadInput for anything else."""
        self.check_member(user_id)
        cleaned = (value or "").strip().lower()
        cleaned = SIDE_ALIASES.get(cleaned, cleaned)
        if cleaned in ("all", "any", "none", "*"):
            chosen = None
        elif cleaned in SIDES:
            chosen = cleaned
        else:
            raise BadInput("Filter must be one of: state, committee, un, ngo, standards, all.")
        state = self._state(user_id)
        with self._lock:
            state.source_filter = chosen
        return chosen

    def set_framing(self, user_id: int, value: str) -> str:
        """Who the user prepares for: "delegation" or "ngo" (shapes follow-up questions)."""
        self.check_member(user_id)
        cleaned = (value or "").strip().lower()
        if cleaned not in FRAMINGS:
            raise BadInput("Role must be one of: delegation, ngo.")
        state = self._state(user_id)
        with self._lock:
            state.framing = cleaned
        return cleaned

    def new_session(self, user_id: int) -> str:
        """A new session id; keeps filter and framing, clears the last question."""
        self.check_member(user_id)
        state = self._state(user_id)
        with self._lock:
            state.session_id = _new_session_id()
            state.last_question = None
            return state.session_id

    # ----------------------------------------------------------------- rate limit

    def _check_rate(self, user_id: int, state: _UserState) -> None:
        if self.console_user is not None and user_id == self.console_user:
            return
        limit = self.settings.rate_limit_questions
        window = float(self.settings.rate_limit_window_seconds)
        now = self._clock()
        with self._lock:
            while state.asked_at and state.asked_at[0] <= now - window:
                state.asked_at.popleft()
            if limit > 0 and len(state.asked_at) >= limit:
                retry_after = state.asked_at[0] + window - now
                minutes = max(1, math.ceil(retry_after / 60))
                raise RateLimited(
                    f"You have asked {limit} questions in the last {_duration_words(window)}. "
                    f"Please try again in ~{minutes} min.",
                    retry_after_seconds=retry_after,
                )
            state.asked_at.append(now)

    def _uncount(self, state: _UserState) -> None:
        """A request refused as bad input does not count against the rate limit."""
        with self._lock:
            if state.asked_at:
                state.asked_at.pop()

    # ----------------------------------------------------------------- asking

    def ask(self, caller: Caller, question: str) -> Reply:
        """Answer a member's question. Raises NotAllowed (stranger), Busy, RateLimited, BadInput."""
        role = self.check_member(caller.user_id)
        state = self._state(caller.user_id)
        if not state.in_flight.acquire(blocking=False):
            raise Busy()
        try:
            self._check_rate(caller.user_id, state)
            self._reload_prompts_if_changed()
            with self._lock:
                source, framing, session_id = state.source_filter, state.framing, state.session_id
            started = time.perf_counter()
            try:
                answer = self.services.answerer.ask(question, source=source, role=framing)
            except BadInput:
                self._uncount(state)
                raise
            latency_ms = int((time.perf_counter() - started) * 1000)
            with self._lock:
                if state.session_id == session_id:
                    state.last_question = answer.question or question
            exchange_id, notice = self._record(caller, role, session_id, answer, latency_ms, "ask")
            return Reply(answer=answer, exchange_id=exchange_id, notice=notice)
        finally:
            state.in_flight.release()

    def followups(self, caller: Caller, topic: str | None) -> Reply:
        """Draft follow-up questions on `topic`, or on the session's last question when topic is None/blank."""
        role = self.check_member(caller.user_id)
        state = self._state(caller.user_id)
        if not state.in_flight.acquire(blocking=False):
            raise Busy()
        try:
            with self._lock:
                source, framing, session_id = state.source_filter, state.framing, state.session_id
                last_question = state.last_question
            topic = (topic or "").strip() or last_question
            if not topic:
                raise BadInput("Ask a question first, or give a topic, e.g. /followups torture in detention")
            self._check_rate(caller.user_id, state)
            self._reload_prompts_if_changed()
            started = time.perf_counter()
            try:
                drafted = self.services.answerer.followups(topic, source=source, role=framing)
            except BadInput:
                self._uncount(state)
                raise
            latency_ms = int((time.perf_counter() - started) * 1000)
            exchange_id, notice = self._record(caller, role, session_id, drafted, latency_ms, "followups")
            return Reply(followups=drafted, exchange_id=exchange_id, notice=notice)
        finally:
            state.in_flight.release()

    def _record(
        self, caller: Caller, role: str, session_id: str, answer: Answer | Followups, latency_ms: int, kind: str
    ) -> tuple[int | None, str | None]:
        """Store one exchange; returns (exchange_id, notice). Never raises for storage failures.

        Off the record, the store itself only counts the exchange and returns None. When the store failed to save a
        user's off-record flag, the engine remembers it and does not hand the exchange to the store at all."""
        store = self.log_store
        with self._lock:
            off_here = caller.user_id in self._off_record_local
        if store is None or off_here:
            return None, OFF_RECORD_NOTICE if off_here else None
        record = ExchangeRecord(
            user_id=caller.user_id,
            role=role,
            session_id=session_id,
            chat_kind=caller.chat_kind if caller.chat_kind in CHAT_KINDS else "group",
            answer=answer,
            latency_ms=latency_ms,
            kind=kind,
        )
        try:
            exchange_id = store.record_exchange(record)
        except LOG_STORE_ERRORS as error:
            self._storage_failed("recording an exchange", error)
            return None, None
        except ValueError as error:  # a record the store refuses is a bug here; the answer still goes out
            self._storage_failed("recording an exchange", error)
            return None, None
        return exchange_id, OFF_RECORD_NOTICE if exchange_id is None else None

    # ----------------------------------------------------------------- documents and paragraphs

    def source(self, ref: str, number: str) -> Paragraph:
        """A whole paragraph by document symbol (or doc id) and number. BadInput when there is no such paragraph."""
        ref = (ref or "").strip()
        number = (number or "").strip().lstrip("¶").strip().rstrip(".")
        if not ref or not number:
            raise BadInput("Usage: /source SYMBOL N, e.g. /source CCPR/C/KAZ/3 12")
        searcher = self.services.searcher
        resolve = getattr(searcher, "resolve_document", None)
        if resolve is not None and resolve(ref) is None:
            raise BadInput(f"No document {ref} in the corpus: /docs lists them.")
        paragraph = searcher.paragraph(ref, number)
        if paragraph is None:
            raise BadInput(f"No paragraph {number} in {ref}")
        return paragraph

    def documents(self) -> list[DocumentEntry]:
        return list(self.services.searcher.documents())

    # ----------------------------------------------------------------- records kept in the log store

    def set_off_record(self, user_id: int, off: bool) -> None:
        """Off the record: nothing of this user's exchanges is stored except a count (kept by the store)."""
        self.check_member(user_id)
        if self.log_store is None:
            with self._lock:
                (self._off_record_local.add if off else self._off_record_local.discard)(user_id)
            return
        try:
            self.log_store.set_off_record(user_id, off)
        except LOG_STORE_ERRORS as error:
            self._storage_failed("saving an off-record flag", error)
            if off:  # the engine keeps it: this process will not hand the user's exchanges to the store
                with self._lock:
                    self._off_record_local.add(user_id)
                return
            raise PrepbotError(LOG_UNAVAILABLE_MESSAGE) from error
        with self._lock:
            self._off_record_local.discard(user_id)

    def is_off_record(self, user_id: int) -> bool:
        with self._lock:
            if user_id in self._off_record_local:
                return True
        if self.log_store is None:
            return False
        try:
            return bool(self.log_store.is_off_record(user_id))
        except LOG_STORE_ERRORS as error:
            self._storage_failed("reading an off-record flag", error)
            raise PrepbotError(LOG_UNAVAILABLE_MESSAGE) from error

    def forget(self, user_id: int) -> int:
        """Delete the user's stored exchanges and feedback; returns how many exchanges were deleted."""
        with self._lock:
            state = self._users.get(user_id)
            if state is not None:
                state.last_question = None
        if self.log_store is None:
            return 0
        try:
            return int(self.log_store.forget(user_id) or 0)
        except LOG_STORE_ERRORS as error:
            self._storage_failed("forgetting a user's exchanges", error)
            raise PrepbotError(
                "The session log is unavailable right now; nothing was deleted. Please try again later."
            ) from error

    def feedback(self, caller: Caller, exchange_id: int, kind: str, comment: str | None = None) -> None:
        """👍 "up" / 👎 "down" / "wrong_citation" (with an optional comment) on one of the caller's exchanges."""
        self.check_member(caller.user_id)
        if kind not in FEEDBACK_KINDS:
            raise BadInput("Feedback must be one of: up, down, wrong_citation.")
        if self.log_store is None:
            return
        try:
            self.log_store.record_feedback(exchange_id, caller.user_id, kind, comment)
        except LOG_STORE_ERRORS as error:
            self._storage_failed("recording feedback", error)
            raise PrepbotError("Could not save your feedback right now. Please try again later.") from error

    def create_invite(self, caller: Caller) -> str:
        """A one-time invite code (coordinators and admins only)."""
        self._require(caller.user_id, "coordinator", "admin")
        store = self._store_or_refuse()
        try:
            return store.create_invite(caller.user_id, self.settings.invite_ttl_hours)
        except LOG_STORE_ERRORS as error:
            self._storage_failed("creating an invite", error)
            raise PrepbotError(LOG_UNAVAILABLE_MESSAGE) from error

    def redeem_invite(self, user_id: int, code: str) -> bool:
        """Make the user a member if the code is valid, unused and unexpired."""
        code = (code or "").strip()
        if not code or self.log_store is None:
            return False
        try:
            return bool(self.log_store.redeem_invite(code, user_id))
        except LOG_STORE_ERRORS as error:
            self._storage_failed("redeeming an invite", error)
            raise PrepbotError(LOG_UNAVAILABLE_MESSAGE) from error

    def revoke(self, caller: Caller, who: str) -> bool:
        """Remove an invited member (admins only). `who`: a user id or a pseudonym."""
        self._require(caller.user_id, "admin")
        store = self._store_or_refuse()
        who = (who or "").strip()
        if not who:
            raise BadInput("Usage: /revoke USER_ID")
        try:
            return bool(store.revoke_member(who, actor=store.pseudonym(caller.user_id)))
        except LOG_STORE_ERRORS as error:
            self._storage_failed("revoking a member", error)
            raise PrepbotError(LOG_UNAVAILABLE_MESSAGE) from error

    def export(self, caller: Caller, days: int = 7, fmt: str = "md") -> tuple[str, bytes]:
        """(filename, content) of the last `days` of exchanges (coordinators and admins only; the store audits it)."""
        self._require(caller.user_id, "coordinator", "admin")
        store = self._store_or_refuse()
        try:
            days = int(days)
        except (TypeError, ValueError):
            raise BadInput("Usage: /export [days] [md|csv|jsonl], e.g. /export 7 csv") from None
        if not 1 <= days <= MAX_EXPORT_DAYS:
            raise BadInput(f"Days must be between 1 and {MAX_EXPORT_DAYS}.")
        fmt = (fmt or "md").strip().lower()
        if fmt not in EXPORT_FORMATS:
            raise BadInput("Format must be one of: md, csv, jsonl.")
        now = self._now()
        try:
            content = store.export(since=now - timedelta(days=days), fmt=fmt, actor=store.pseudonym(caller.user_id))
        except LOG_STORE_ERRORS as error:
            self._storage_failed("exporting logs", error)
            raise PrepbotError(LOG_UNAVAILABLE_MESSAGE) from error
        filename = f"prepbot-log-{now:%Y-%m-%d}-{days}d.{fmt}"
        data = content if isinstance(content, bytes) else str(content).encode("utf-8")
        return filename, data

    def purge_expired(self) -> int:
        """Retention job: delete exchanges older than settings.log_retention_days; returns how many."""
        if self.log_store is None:
            return 0
        try:
            return int(self.log_store.purge_older_than(self.settings.log_retention_days, actor="retention-job") or 0)
        except LOG_STORE_ERRORS as error:
            self._storage_failed("purging expired exchanges", error)
            return 0

    def _store_or_refuse(self):
        if self.log_store is None:
            raise PrepbotError("The session log is not enabled here.")
        return self.log_store

    # ----------------------------------------------------------------- prompts and alerts

    def reload_prompts(self, caller: Caller) -> list[str]:
        """Reload prompts/ now (admins only); returns the problems (empty = reloaded; else the last good stays)."""
        self._require(caller.user_id, "admin")
        problems = [str(problem) for problem in self.services.prompts.reload() or []]
        with self._lock:
            self._last_prompt_problems = tuple(problems)
        return problems

    def _reload_prompts_if_changed(self) -> None:
        reload_if_changed = getattr(self.services.prompts, "reload_if_changed", None)
        if reload_if_changed is None:
            return
        try:
            problems = tuple(str(problem) for problem in reload_if_changed() or ())
        except Exception as error:  # a prompt file problem must never stop an answer
            log.warning("prompt hot reload failed: %s", type(error).__name__)
            problems = (f"prompt reload failed ({type(error).__name__})",)
        with self._lock:
            if problems == self._last_prompt_problems:
                return
            self._last_prompt_problems = problems
        for problem in problems:
            self._alert(f"Prompt file problem: {problem}")

    def _storage_failed(self, action: str, error: BaseException) -> None:
        detail = _describe(error)
        log.warning("session log unavailable while %s (%s)", action, detail)
        self._alert(f"Session log unavailable while {action} ({detail}). Answers are still delivered.")

    def _alert(self, message: str) -> None:
        with self._lock:
            if message not in self._alerts:
                self._alerts.append(message)

    def drain_alerts(self) -> list[str]:
        """Messages for admins queued since the last call (storage failures, refused prompt edits)."""
        with self._lock:
            alerts, self._alerts = self._alerts, []
        return alerts
