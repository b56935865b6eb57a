"""The conversation engine: who may ask, per-user session state, rate limits, answering and logging exchanges.

Both conversation shells (the console chat and the Telegram bot) are thin layers over `Engine`; it knows nothing of
Telegram. Methods are synchronous and thread-safe (the bot calls the slow ones through `asyncio.to_thread`).

State kept here, in memory, per user: session id, source filter, framing, last question, the in-flight lock, the
rate-limit timestamps and a "forget" counter. Membership, off-record flags, exchanges and feedback live in the
LogStore (prepbot.sessionlog.store). Every call into it goes through one guard, `_store_call`: a storage failure never
stops an answer (the answer is returned with `exchange_id=None`), is logged without user text and queued as an alert
for admins; where the user asked for something the log must do (forget, feedback, an invite), they are told plainly.

Privacy choices never lapse silently. `/offrecord` is kept by the store (in the database, or in its durable fallback
file when the database cannot take it); when neither can keep it the member is told so, and this process still logs
nothing of theirs. `/forget` covers an answer still in flight: the exchange landing after the forget is not stored.

Every piece of user text that reaches the engine is cleaned of control and format characters
(prepbot.core.userinput.clean_text) and every number is parsed with bounds (parse_count). Neither alerts nor
application log lines ever contain question/answer text or user ids.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal, TypeVar, overload

from prepbot.core.errors import BadInput, PrepbotError
from prepbot.core.records import Answer, Followups
from prepbot.core.userinput import clean_text, parse_count
from prepbot.core.vocabulary import CHAT_KINDS, EXPORT_FORMATS, FEEDBACK_KINDS, FRAMINGS, SIDE_ALIASES, SIDES
from prepbot.sessionlog.store import RETENTION_ACTOR, ExchangeRecord, LogStore, LogStoreUnavailable

if TYPE_CHECKING:
    from prepbot.core.records import DocumentEntry, Paragraph
    from prepbot.services import Services

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_EXPORT_DAYS = 3650
MAX_PARAGRAPH_NUMBER = 99_999
MAX_REFERENCE_CHARS = 100  # a document symbol or id as typed in /source
MAX_COMMENT_CHARS = 2000

CONSOLE_USER_ID = 0  # the local user of `prepbot chat`; trusted only when the Engine is built with console_user=...

STRANGER_MESSAGE = "Sorry, this is a private assistant for invited members only."
NOT_ALLOWED_MESSAGE = "Sorry, you are not allowed to use this command."
BUSY_MESSAGE = "Still working on your last question — one moment."
OFF_RECORD_NOTICE = "Off the record: this exchange was not logged."
FORGOTTEN_NOTICE = "Not logged: you deleted your stored exchanges while this answer was being prepared."
LOG_UNAVAILABLE_MESSAGE = "The session log is unavailable right now. Please try again later."
LOG_NOT_ENABLED_MESSAGE = "The session log is not enabled here."
OFF_RECORD_NOT_SAVED = (
    "Your off-the-record choice could not be saved: the session log cannot be written right now. Until the bot "
    "restarts nothing you ask is logged, but please send /offrecord again later so that your choice lasts."
)
FORGET_FAILED_MESSAGE = "The session log is unavailable right now; nothing was deleted. Please try again later."
FEEDBACK_FAILED_MESSAGE = "Could not save your feedback right now. Please try again later."
PARAGRAPH_NUMBER_RE = r"^([0-9]{1,5})((?:\.[0-9]{1,2})?[a-z]?)$"  # "12", "12a", "2.3" (Views numbered decimally)


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
    last_answered: str | None = None  # the last question the documents answered: /followups falls back to it
    in_flight: threading.Lock = field(default_factory=threading.Lock)
    asked_at: deque[float] = field(default_factory=deque)
    # /forget bumps this; an exchange is stored only if it did not change while the answer was being prepared, and
    # record_lock makes "check, then store" and "bump, then delete" exclusive
    forgets: int = 0
    record_lock: threading.Lock = field(default_factory=threading.Lock)


def _new_session_id() -> str:
    return uuid.uuid4().hex[:12]


def answer_of(reply: Reply) -> Answer:
    """The answer of a reply from `Engine.ask`, which always sets it."""
    if reply.answer is None:
        raise ValueError("this reply holds no answer: it is not from Engine.ask")
    return reply.answer


def followups_of(reply: Reply) -> Followups:
    """The follow-up questions of a reply from `Engine.followups`, which always sets them."""
    if reply.followups is None:
        raise ValueError("this reply holds no follow-up questions: it is not from Engine.followups")
    return reply.followups


# What a failing session log raises; the engine catches these, never lets them cost a user an answer
LOG_STORE_ERRORS: tuple[type[BaseException], ...] = (LogStoreUnavailable, sqlite3.Error)


def _describe(error: BaseException) -> str:
    """A short description of a storage error for alerts/logs: its class and (store-written) message, no user text."""
    message = str(error).splitlines()[0][:160] if str(error) else ""
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
        self.log_store: LogStore | None = services.log_store
        self.console_user = console_user
        self._clock = clock
        self._now = now
        self._lock = threading.Lock()  # guards the attributes below and the fields of each _UserState
        self._users: dict[int, _UserState] = {}
        # off-record choices neither the database nor its fallback file could keep (or no session log at all): this
        # process logs nothing of these people, and they were told the choice is not durable
        self._off_record_local: set[int] = set()
        self._invited_seen: set[int] = set()  # invited members confirmed by the log: still members while it is down
        self._alerts: list[str] = []
        self._last_prompt_problems: tuple[str, ...] = ()

    # ----------------------------------------------------------------- the one guard around the log store

    @overload
    def _store_call(
        self,
        action: str,
        call: Callable[[LogStore], T],
        *,
        refusal: str = ...,
        required: Literal[True],
        errors: tuple[type[BaseException], ...] = ...,
    ) -> T: ...  # required, with a refusal: the call's result or a PrepbotError, never None

    @overload
    def _store_call(
        self,
        action: str,
        call: Callable[[LogStore], T],
        *,
        refusal: str | None = ...,
        default: T | None = ...,
        required: Literal[False] = ...,
        errors: tuple[type[BaseException], ...] = ...,
    ) -> T | None: ...

    def _store_call(
        self,
        action: str,
        call: Callable[[LogStore], T],
        *,
        refusal: str | None = LOG_UNAVAILABLE_MESSAGE,
        default: T | None = None,
        required: bool = False,
        errors: tuple[type[BaseException], ...] = LOG_STORE_ERRORS,
    ) -> T | None:
        """Run one call into the session log, `action` naming it for logs and alerts (never user text).

        No session log: `default`, or with `required` a PrepbotError saying the log is not enabled. A storage failure
        is logged and queued for admins; then the user gets `refusal` (a PrepbotError), or, with refusal=None, the
        engine goes on with `default` (an answer is never lost to the log)."""
        store = self.log_store
        if store is None:
            if required:
                raise PrepbotError(LOG_NOT_ENABLED_MESSAGE)
            return default
        try:
            return call(store)
        except errors as error:
            self._storage_failed(action, error)
            if refusal is None:
                return default
            raise PrepbotError(refusal) from error

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
        invited = self._store_call("checking membership", lambda store: store.is_member(user_id), refusal=None)
        with self._lock:
            if invited:
                self._invited_seen.add(user_id)
            elif invited is None and user_id in self._invited_seen:  # the log is down: as the log last said
                invited = True
        return "member" if invited else "stranger"

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

    def reply_language(self, user_id: int, client_language: str | None = None) -> str:
        """The language to say a setting was changed in: that of this user's last question; before any, the language
        the shell says the user's client is set to (a language tag, "ru", "ru-RU"; a locale, "ru_RU.UTF-8"), when it is
        Russian; else "en"."""
        from prepbot.answering.text import question_language

        last = self.last_question(user_id)
        if last is None:
            return "ru" if re.split(r"[-_.@]", (client_language or "").lower())[0] == "ru" else "en"
        return question_language(last)

    def set_source_filter(self, user_id: int, value: str) -> str | None:
        """state|committee|un|ngo|standard(s) narrow this user's sources; "all" → None. BadInput for anything else."""
        self.check_member(user_id)
        cleaned = clean_text(value, max_chars=40).lower()
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
        cleaned = clean_text(value, max_chars=40).lower()
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
            state.last_question = state.last_answered = None
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

    def receipt(self, user_id: int) -> int:
        """The user's /forget count as a request comes in: a shell takes it when the message arrives, before any work
        on it, and passes it to `ask` or `followups`, so that a /forget confirmed from then on covers the exchange
        even when the work starts late (a busy thread pool)."""
        state = self._state(user_id)
        with self._lock:
            return state.forgets

    def ask(self, caller: Caller, question: str, receipt: int | None = None) -> Reply:
        """Answer a member's question. Raises NotAllowed (stranger), Busy, RateLimited, BadInput. `receipt`: the
        user's /forget count when the question came in (`receipt`); by default, when this call starts."""
        role = self.check_member(caller.user_id)
        self.services.follow_index(self._alert)  # a document `prepbot add` put in since the last request
        state = self._state(caller.user_id)
        if not state.in_flight.acquire(blocking=False):
            raise Busy()
        try:
            with self._lock:  # as things stand when the question comes in (a /forget from now on covers it)
                source, framing, session_id, forgets, previous = (
                    state.source_filter,
                    state.framing,
                    state.session_id,
                    state.forgets if receipt is None else receipt,
                    state.last_question,
                )
            self._check_rate(caller.user_id, state)
            started = time.perf_counter()
            try:  # "and what did the NGOs say?" goes on from the question before it
                answer = self.services.answerer.ask(question, source=source, role=framing, previous=previous)
            except BadInput:
                self._uncount(state)
                raise
            finally:
                self._note_prompt_problems()
            latency_ms = int((time.perf_counter() - started) * 1000)
            with self._lock:
                if state.session_id == session_id and state.forgets == forgets:
                    state.last_question = answer.question or clean_text(question)
                    if answer.grounded:
                        state.last_answered = state.last_question
            exchange_id, notice = self._record(caller, role, session_id, forgets, answer, latency_ms, "ask")
            return Reply(answer=answer, exchange_id=exchange_id, notice=notice)
        finally:
            state.in_flight.release()

    def followups(self, caller: Caller, topic: str | None, receipt: int | None = None) -> Reply:
        """Draft follow-up questions on `topic`, or on the session's last question when topic is None/blank (and on
        its last answered question when the last one, declined, gives none); `receipt` as for `ask`."""
        role = self.check_member(caller.user_id)
        self.services.follow_index(self._alert)  # a document `prepbot add` put in since the last request
        state = self._state(caller.user_id)
        if not state.in_flight.acquire(blocking=False):
            raise Busy()
        try:
            with self._lock:
                source, framing, session_id = state.source_filter, state.framing, state.session_id
                last_question, forgets = state.last_question, state.forgets if receipt is None else receipt
                last_answered = state.last_answered
            asked = clean_text(topic)
            topic = asked or last_question
            if not topic:
                raise BadInput("Ask a question first, or give a topic, e.g. /followups torture in detention")
            self._check_rate(caller.user_id, state)
            started = time.perf_counter()
            try:
                drafted = self.services.answerer.followups(topic, source=source, role=framing)
                if not drafted.questions and not asked and last_answered and last_answered != topic:
                    # the last question was declined ("What did Ms. X ask about suicides?", a member who never spoke):
                    # the session's last answered question is what it is about
                    drafted = self.services.answerer.followups(last_answered, source=source, role=framing)
            except BadInput:
                self._uncount(state)
                raise
            finally:
                self._note_prompt_problems()
            latency_ms = int((time.perf_counter() - started) * 1000)
            exchange_id, notice = self._record(caller, role, session_id, forgets, drafted, latency_ms, "followups")
            return Reply(followups=drafted, exchange_id=exchange_id, notice=notice)
        finally:
            state.in_flight.release()

    def brief(self, caller: Caller, topic: str | None = None) -> tuple[str, bytes]:
        """(filename, DOCX bytes) of the briefing pack on `topic` (the whole dialogue when None/blank), framed by the
        caller's role (/role). One request at a time per user and the rate limit apply; not stored in the log."""
        self.check_member(caller.user_id)
        self.services.follow_index(self._alert)  # a document `prepbot add` put in since the last request
        state = self._state(caller.user_id)
        if not state.in_flight.acquire(blocking=False):
            raise Busy()
        try:
            with self._lock:
                framing = state.framing
            self._check_rate(caller.user_id, state)
            topic = clean_text(topic or "", max_chars=500) or None
            try:
                pack = self.services.answerer.brief(role=framing, topic=topic)
            except BadInput:
                self._uncount(state)
                raise
            finally:
                self._note_prompt_problems()
            from prepbot.answering.brief_render import render_docx
            from prepbot.answering.text import question_language

            content = render_docx(pack, self.services.prompts, question_language(topic) if topic else "en")
            return f"prepbot-brief-{self._now():%Y-%m-%d}.docx", content
        finally:
            state.in_flight.release()

    def _record(
        self,
        caller: Caller,
        role: str,
        session_id: str,
        forgets: int,
        answer: Answer | Followups,
        latency_ms: int,
        kind: str,
    ) -> tuple[int | None, str | None]:
        """Store one exchange; returns (exchange_id, notice). Never raises for storage failures.

        Not stored: when the user sent /forget since the question came in (`forgets` changed), and when they are off
        the record by a choice only this process could keep. Off the record in the log store, the store itself only
        counts the exchange and returns None."""
        state = self._state(caller.user_id)
        with state.record_lock:
            with self._lock:
                forgotten = state.forgets != forgets
                off_here = caller.user_id in self._off_record_local
            if forgotten:
                return None, FORGOTTEN_NOTICE
            if off_here:
                return None, OFF_RECORD_NOTICE
            if self.log_store is None:
                return None, None
            record = ExchangeRecord(
                user_id=caller.user_id,
                role=role,
                session_id=session_id,
                chat_kind=caller.chat_kind if caller.chat_kind in CHAT_KINDS else "group",
                answer=answer,
                latency_ms=latency_ms,
                kind=kind,
            )
            # ValueError: a record the store refuses is a bug here, but the answer still goes out. The id comes in a
            # 1-tuple, so that an exchange the log could not take (None) differs from one off the record (id None).
            stored = self._store_call(
                "recording an exchange",
                lambda store: (store.record_exchange(record),),
                refusal=None,
                errors=(*LOG_STORE_ERRORS, ValueError),
            )
        if stored is None:
            return None, None
        (exchange_id,) = stored
        return exchange_id, OFF_RECORD_NOTICE if exchange_id is None else None

    # ----------------------------------------------------------------- documents and paragraphs

    def source(self, ref: str, number: str) -> Paragraph:
        """A whole paragraph by document symbol (or doc id) and number. BadInput when there is no such paragraph."""
        ref = clean_text(ref, max_chars=MAX_REFERENCE_CHARS)
        number = clean_text(number, max_chars=20).lstrip("¶").strip().rstrip(".").lower()
        if not ref or not number:
            raise BadInput("Usage: /source SYMBOL N, e.g. /source CCPR/C/KAZ/3 12")
        match = re.match(PARAGRAPH_NUMBER_RE, number)
        if match is None:
            raise BadInput(
                f"Paragraph numbers are whole numbers from 1 to {MAX_PARAGRAPH_NUMBER:,}, e.g. 12 (or decimal, as "
                "Views number theirs, e.g. 2.3)."
            )
        number = str(int(match.group(1))) + match.group(2)
        searcher = self.services.searcher
        if searcher.resolve_document(ref) is None:
            raise BadInput(f"No document {ref} in the corpus: /docs lists them.")
        paragraph = searcher.paragraph(ref, number)
        if paragraph is None:
            raise BadInput(f"No paragraph {number} in {ref}")
        return paragraph

    def documents(self) -> list[DocumentEntry]:
        return list(self.services.searcher.documents())

    # ----------------------------------------------------------------- records kept in the log store

    def set_off_record(self, user_id: int, off: bool) -> None:
        """Off the record: nothing of this user's exchanges is stored except a count (kept by the store).

        The store keeps the choice in the database, or in its durable fallback file when the database cannot take it.
        When neither can, the user is told (PrepbotError OFF_RECORD_NOT_SAVED), and this process logs nothing of
        theirs anyway. Going back on the record needs the database; until then the user stays off the record."""
        self.check_member(user_id)
        if self.log_store is None:
            with self._lock:
                (self._off_record_local.add if off else self._off_record_local.discard)(user_id)
            return
        if off:
            try:
                self._store_call(
                    "saving an off-record choice",
                    lambda store: store.set_off_record(user_id, True),
                    refusal=OFF_RECORD_NOT_SAVED,
                )
            except PrepbotError:
                with self._lock:
                    self._off_record_local.add(user_id)
                raise
        else:
            self._store_call("saving an on-record choice", lambda store: store.set_off_record(user_id, False))
        with self._lock:
            self._off_record_local.discard(user_id)

    def is_off_record(self, user_id: int) -> bool:
        with self._lock:
            if user_id in self._off_record_local:
                return True
        return bool(self._store_call("reading an off-record choice", lambda store: store.is_off_record(user_id)))

    def forget(self, user_id: int) -> int:
        """Delete the user's stored exchanges and feedback; returns how many exchanges were deleted.

        An answer still being prepared for this user when this runs is not stored when it lands."""
        state = self._state(user_id)
        with state.record_lock:
            with self._lock:
                state.forgets += 1
                state.last_question = state.last_answered = None
            deleted = self._store_call(
                "forgetting a user's exchanges", lambda store: store.forget(user_id), refusal=FORGET_FAILED_MESSAGE
            )
        return int(deleted or 0)

    def feedback(self, caller: Caller, exchange_id: int, kind: str, comment: str | None = None) -> None:
        """👍 "up" / 👎 "down" / "wrong_citation" (with an optional comment) on one of the caller's exchanges."""
        self.check_member(caller.user_id)
        if kind not in FEEDBACK_KINDS:
            raise BadInput("Feedback must be one of: up, down, wrong_citation.")
        cleaned = clean_text(comment, multiline=True, max_chars=MAX_COMMENT_CHARS) or None
        self._store_call(
            "recording feedback",
            lambda store: store.record_feedback(exchange_id, caller.user_id, kind, cleaned),
            refusal=FEEDBACK_FAILED_MESSAGE,
        )

    def create_invite(self, caller: Caller) -> str:
        """A one-time invite code (coordinators and admins only)."""
        self._require(caller.user_id, "coordinator", "admin")
        ttl_hours = self.settings.invite_ttl_hours
        return self._store_call(
            "creating an invite", lambda store: store.create_invite(caller.user_id, ttl_hours), required=True
        )

    def redeem_invite(self, user_id: int, code: str) -> bool:
        """Make the user a member if the code is valid, unused and unexpired."""
        code = clean_text(code, max_chars=100)
        if not code:
            return False
        return bool(self._store_call("redeeming an invite", lambda store: store.redeem_invite(code, user_id)))

    def revoke(self, caller: Caller, who: str) -> bool:
        """Remove an invited member (admins only). `who`: a user id or a pseudonym."""
        self._require(caller.user_id, "admin")
        who = clean_text(who, max_chars=100)
        if self.log_store is not None and not who:
            raise BadInput("Usage: /revoke USER_ID")
        revoked = self._store_call(
            "revoking a member",
            lambda store: store.revoke_member(who, actor=store.pseudonym(caller.user_id)),
            required=True,
        )
        if revoked:
            with self._lock:
                self._invited_seen.clear()  # ask the log again about everyone
        return bool(revoked)

    def export(self, caller: Caller, days: int | str = 7, fmt: str = "md") -> tuple[str, bytes]:
        """(filename, content) of the last `days` of exchanges (coordinators and admins only; the store audits it)."""
        self._require(caller.user_id, "coordinator", "admin")
        if self.log_store is None:
            raise PrepbotError(LOG_NOT_ENABLED_MESSAGE)
        days = parse_count(days, what="Days", minimum=1, maximum=MAX_EXPORT_DAYS)
        fmt = clean_text(fmt or "md", max_chars=10).lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            raise BadInput("Format must be one of: md, csv, jsonl.")
        now = self._now()
        content = self._store_call(
            "exporting logs",
            lambda store: store.export(
                since=now - timedelta(days=days), fmt=fmt, actor=store.pseudonym(caller.user_id)
            ),
            required=True,
        )
        filename = f"prepbot-log-{now:%Y-%m-%d}-{days}d.{fmt}"
        data = content if isinstance(content, bytes) else str(content).encode("utf-8")
        return filename, data

    def purge_expired(self) -> int:
        """Retention job: delete exchanges older than settings.log_retention_days; returns how many."""
        days = self.settings.log_retention_days
        purged = self._store_call(
            "purging expired exchanges",
            lambda store: store.purge_older_than(days, actor=RETENTION_ACTOR),
            refusal=None,
            default=0,
        )
        return int(purged or 0)

    # ----------------------------------------------------------------- prompts and alerts

    def reload_prompts(self, caller: Caller) -> list[str]:
        """Reload prompts/ now (admins only); returns the problems (empty = reloaded; else the last good stays)."""
        self._require(caller.user_id, "admin")
        problems = [str(problem) for problem in self.services.prompts.reload() or []]
        with self._lock:
            self._last_prompt_problems = tuple(problems)
        return problems

    def _note_prompt_problems(self) -> None:
        """Alert admins to prompt-file problems that appeared since the last answer. The answerer picks up an edited
        prompt file itself (one stat check per question); the engine only reads what the registry found."""
        try:
            problems = tuple(str(problem) for problem in self.services.prompts.problems)
        except Exception as error:  # a prompt file problem must never stop an answer
            log.warning("reading prompt problems failed: %s", type(error).__name__)
            return
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
        """Messages for admins queued since the last call (storage failures and what the log store itself reports:
        a database file replaced, unopenable or back; refused prompt edits; a changed index now answered from).
        Never user text, never a user id. Shells call this between requests, so it is also where a document
        `prepbot add` put in while nobody asks is picked up."""
        self.services.follow_index(self._alert)
        store_alerts = self.log_store.drain_alerts() if self.log_store is not None else []
        with self._lock:
            alerts, self._alerts = self._alerts, []
        return store_alerts + [alert for alert in alerts if alert not in store_alerts]
