"""The conversation engine over the real index, the real Answerer and a real session log in a temporary directory."""

from __future__ import annotations

import re
import shutil
import sqlite3
import threading
from datetime import UTC
from pathlib import Path

import pytest

from prepbot.core.errors import BadInput, PrepbotError
from prepbot.engine import (
    CONSOLE_USER_ID,
    FORGOTTEN_NOTICE,
    OFF_RECORD_NOTICE,
    STRANGER_MESSAGE,
    Busy,
    Caller,
    Engine,
    NotAllowed,
    RateLimited,
)
from prepbot.services import Services

ADMIN, COORDINATOR, MEMBER, STRANGER, OTHER_STRANGER = 101, 202, 303, 404, 505
KEY = "engine-test-key"
QUESTION = "What did Ms. Donders want to know about judges relying on AI tools?"
SECOND_QUESTION = "How many prisoners took their own lives between 2016 and 2024?"


class FakeClock:
    """Seconds for the rate limit, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def prompts(settings_with_index):
    from prepbot.answering.prompts import PromptRegistry

    return PromptRegistry(settings_with_index.prompts_dir)


@pytest.fixture(scope="module")
def answerer(settings_with_index, searcher, prompts):
    from prepbot.answering.answerer import Answerer

    return Answerer(settings_with_index, searcher, prompts)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "log" / "sessions.db"


@pytest.fixture
def make_engine(settings_with_index, searcher, prompts, answerer, db_path):
    """Build an engine whose settings name one admin, one coordinator and one member; everyone else is a stranger."""
    from prepbot.sessionlog.store import LogStore

    stores = []

    def make(*, clock=None, prompts_registry=None, answerer_=None, store_clock=None, **settings_update) -> Engine:
        settings = settings_with_index.model_copy(
            update={
                "admin_ids": frozenset({ADMIN}),
                "coordinator_ids": frozenset({COORDINATOR}),
                "member_ids": frozenset({MEMBER}),
                "log_pseudonym_key": KEY,
                **settings_update,
            }
        )
        store = LogStore(db_path, KEY, busy_timeout_seconds=0.3, **({"clock": store_clock} if store_clock else {}))
        stores.append(store)
        services = Services(
            settings=settings,
            searcher=searcher,
            prompts=prompts_registry or prompts,
            answerer=answerer_ or answerer,
            log_store=store,
        )
        return Engine(services, clock=clock or FakeClock())

    yield make
    for store in stores:
        store.close()


def rows(db_path: Path, sql: str = "SELECT * FROM exchanges ORDER BY id") -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def stored_bytes(db_path: Path) -> bytes:
    return b"".join(path.read_bytes() for path in db_path.parent.iterdir() if path.is_file())


def private(user_id: int) -> Caller:
    return Caller(user_id, "private")


# ---------------------------------------------------------------- roles and refusal


def test_roles_from_settings_and_console(make_engine, settings_with_index, searcher, prompts, answerer):
    engine = make_engine()
    assert [engine.role(uid) for uid in (ADMIN, COORDINATOR, MEMBER, STRANGER)] == [
        "admin",
        "coordinator",
        "member",
        "stranger",
    ]
    assert engine.role(CONSOLE_USER_ID) == "stranger"  # user 0 is only trusted by the console chat's engine
    console = Engine(Services(settings_with_index, searcher, prompts, answerer, None), console_user=CONSOLE_USER_ID)
    assert console.role(CONSOLE_USER_ID) == "admin"
    assert console.role(STRANGER) == "stranger"


def test_member_gets_a_cited_answer_and_it_is_logged(make_engine, db_path):
    engine = make_engine()
    reply = engine.ask(private(MEMBER), QUESTION)
    assert reply.answer is not None and reply.answer.citations
    assert any(c.symbol == "CCPR/C/SR.4227" and c.paragraph == "48" for c in reply.answer.citations)
    assert reply.notice is None
    [row] = rows(db_path)
    assert row["id"] == reply.exchange_id
    assert row["question"] == QUESTION
    assert row["kind"] == "ask" and row["role"] == "member" and row["chat_kind"] == "private"
    assert str(MEMBER) not in row["pseudonym"]


def test_stranger_is_refused_politely_and_nothing_is_stored(make_engine, db_path):
    engine = make_engine()
    secret_question = "What did the delegation say about the xylophone-quartz affair?"
    with pytest.raises(NotAllowed) as refused:
        engine.ask(private(STRANGER), secret_question)
    message = str(refused.value)
    assert message == STRANGER_MESSAGE
    for revealing in ("Kazakhstan", "CCPR", "corpus", "document", "admin", "MEMBER_IDS"):
        assert revealing.lower() not in message.lower()
    with pytest.raises(NotAllowed):
        engine.followups(private(STRANGER), "torture")
    with pytest.raises(NotAllowed):
        engine.set_source_filter(STRANGER, "ngo")
    with pytest.raises(NotAllowed):
        engine.set_off_record(STRANGER, True)
    assert rows(db_path) == []
    assert rows(db_path, "SELECT * FROM members") == []
    assert rows(db_path, "SELECT * FROM off_record") == []
    assert b"xylophone" not in stored_bytes(db_path)


# ---------------------------------------------------------------- rate limit and one request at a time


def test_rate_limit_is_a_sliding_window_per_user(make_engine, db_path):
    clock = FakeClock()
    engine = make_engine(clock=clock, rate_limit_questions=2, rate_limit_window_seconds=60)
    with pytest.raises(BadInput):
        engine.ask(private(MEMBER), "   ")  # refused input does not count
    engine.ask(private(MEMBER), QUESTION)
    clock.now += 30
    engine.ask(private(MEMBER), SECOND_QUESTION)
    clock.now += 10
    with pytest.raises(RateLimited) as limited:
        engine.ask(private(MEMBER), QUESTION)
    assert str(limited.value) == "You have asked 2 questions in the last 1 minute. Please try again in ~1 min."
    assert limited.value.retry_after_seconds == pytest.approx(20)
    with pytest.raises(RateLimited):
        engine.followups(private(MEMBER), None)
    engine.ask(private(COORDINATOR), QUESTION)  # another user has their own window
    clock.now += 21  # the first question leaves the window
    assert engine.ask(private(MEMBER), QUESTION).answer is not None
    assert len(rows(db_path)) == 4


def test_second_request_while_one_is_in_flight_is_busy(make_engine):
    entered, release = threading.Event(), threading.Event()

    def clock() -> float:  # the engine reads the clock while the first request holds the user's slot
        if threading.current_thread().name == "first-request":
            entered.set()
            assert release.wait(30)
        return 0.0

    engine = make_engine(clock=clock)
    results: dict[str, object] = {}

    def first() -> None:
        results["first"] = engine.ask(private(MEMBER), QUESTION)

    thread = threading.Thread(target=first, name="first-request")
    thread.start()
    try:
        assert entered.wait(30)
        with pytest.raises(Busy) as busy:
            engine.ask(private(MEMBER), SECOND_QUESTION)
        assert "Still working on your last question" in str(busy.value)
        with pytest.raises(Busy):
            engine.followups(private(MEMBER), "prisons")
        other = engine.ask(private(COORDINATOR), SECOND_QUESTION)  # other users are not held up
        assert other.answer is not None
    finally:
        release.set()
        thread.join(60)
    assert results["first"].answer.citations
    assert engine.ask(private(MEMBER), SECOND_QUESTION).answer is not None  # the slot was released


# ---------------------------------------------------------------- session settings


def test_source_filter_narrows_retrieval_and_all_resets_it(make_engine):
    engine = make_engine()
    assert engine.set_source_filter(MEMBER, "NGO") == "ngo"
    reply = engine.ask(private(MEMBER), "torture in places of detention")
    assert reply.answer.hits
    assert {hit.paragraph.author_type for hit in reply.answer.hits} == {"ngo"}
    assert all(citation.symbol == "NGO-KAZ-LOIPR-2022" for citation in reply.answer.citations)
    assert engine.set_source_filter(MEMBER, "all") is None
    assert engine.status(MEMBER).source_filter is None
    with pytest.raises(BadInput):
        engine.set_source_filter(MEMBER, "newspapers")


def test_framing(make_engine):
    engine = make_engine()
    assert engine.status(MEMBER).framing is None
    assert engine.set_framing(MEMBER, " NGO ") == "ngo"
    assert engine.status(MEMBER).framing == "ngo"
    with pytest.raises(BadInput):
        engine.set_framing(MEMBER, "journalist")
    assert engine.status(MEMBER).framing == "ngo"


def test_new_session_keeps_settings_and_forgets_the_last_question(make_engine, db_path):
    engine = make_engine()
    engine.set_source_filter(MEMBER, "state")
    engine.ask(private(MEMBER), SECOND_QUESTION)
    first_session = engine.status(MEMBER).session_id
    new_session = engine.new_session(MEMBER)
    assert new_session != first_session
    assert engine.status(MEMBER).source_filter == "state"
    with pytest.raises(BadInput):
        engine.followups(private(MEMBER), None)  # no last question in the new session
    engine.ask(private(MEMBER), SECOND_QUESTION)
    assert [row["session_id"] for row in rows(db_path)] == [first_session, new_session]


def test_followups_default_to_the_last_question_and_are_logged(make_engine, db_path):
    engine = make_engine()
    engine.ask(private(MEMBER), QUESTION)
    reply = engine.followups(private(MEMBER), None)
    assert reply.followups is not None and reply.answer is None
    assert reply.followups.topic == QUESTION
    assert reply.exchange_id is not None
    row = rows(db_path)[-1]
    assert row["id"] == reply.exchange_id
    assert row["kind"] == "followups" and row["question"] == QUESTION
    explicit = engine.followups(private(MEMBER), "prison suicides")
    assert explicit.followups.topic == "prison suicides"


def test_followups_after_a_declined_question_are_on_the_last_question_answered(make_engine, db_path):
    """Stop 78, a new user's trial: /followups after a correctly declined question (a member who never spoke) said
    there was no grounded basis, though the session had been on prison suicides."""
    engine = make_engine()
    engine.ask(private(MEMBER), SECOND_QUESTION)
    declined = engine.ask(private(MEMBER), "What did Ms. Tigroudja ask about the Olympic bid?").answer
    assert not declined.grounded
    reply = engine.followups(private(MEMBER), None)
    assert reply.followups.questions and reply.followups.topic == SECOND_QUESTION
    # a topic given is drafted on as given, answered or not
    assert engine.followups(private(MEMBER), "the Olympic bid").followups.topic == "the Olympic bid"


def test_a_turn_that_goes_on_from_the_last_question_is_read_with_it(make_engine, db_path):
    engine = make_engine()
    engine.ask(private(MEMBER), SECOND_QUESTION)
    reply = engine.ask(private(MEMBER), "and what did the NGOs say?")
    answer = reply.answer
    assert answer.question == "What did the NGOs say about the prisoners that took their own lives?"
    assert answer.reading and "Read with your previous question" in answer.reading and answer.question in answer.reading
    assert answer.hits and {hit.paragraph.author_type for hit in answer.hits} == {"ngo"}
    assert rows(db_path)[-1]["question"] == answer.question  # the log holds what was answered
    # the next turn goes on from the question as it was read
    assert engine.ask(private(MEMBER), "what about the UN?").answer.question == (
        "What did the UN say about the prisoners that took their own lives?"
    )
    standalone = engine.ask(private(MEMBER), QUESTION).answer
    assert standalone.question == QUESTION and not (standalone.note or "").startswith("Read with")
    engine.new_session(MEMBER)  # a new session has no question to go on from: the member is asked to say what about
    with pytest.raises(BadInput, match="goes on from an earlier question"):
        engine.ask(private(MEMBER), "and what did the NGOs say?")
    with pytest.raises(BadInput, match="^Это продолжение предыдущего вопроса"):  # said in the member's language
        engine.ask(private(MEMBER), "а делегация?")


def test_another_country_named_alone_after_a_question_is_declined_for_that_country(make_engine):
    """ "and in Kyrgyzstan?" after a question on this dialogue asks it of Kyrgyzstan, which the documents do not cover:
    not a question of its own, answered with a passage that names a victim from Kyrgyzstan."""
    engine = make_engine()
    engine.ask(private(MEMBER), SECOND_QUESTION)
    answer = engine.ask(private(MEMBER), "and in Kyrgyzstan?").answer
    assert answer.question == f"{SECOND_QUESTION.rstrip('?')}, in Kyrgyzstan?"
    assert not answer.grounded and answer.abstain_reason == "other_country"


def test_a_body_named_alone_in_russian_after_a_question_is_answered_from_this_review(make_engine):
    """«а Комитет против пыток?» after «Что делегация сказала о национальном превентивном механизме?» asks what the
    Committee against Torture said here, in its list of issues: it was read as a question on its General Comments,
    which an index of this review alone does not hold."""
    engine = make_engine()
    engine.ask(private(MEMBER), "Что делегация сказала о национальном превентивном механизме?")
    answer = engine.ask(private(MEMBER), "а Комитет против пыток?").answer
    assert answer.grounded and answer.citations[0].doc_id == "cat-loi"


# ---------------------------------------------------------------- the log: off the record, forget, feedback


def test_off_record_stores_only_a_count(make_engine, db_path):
    from prepbot.sessionlog.store import LogStore

    engine = make_engine()
    engine.set_off_record(MEMBER, True)
    assert engine.is_off_record(MEMBER)
    reply = engine.ask(private(MEMBER), QUESTION)
    assert reply.answer.citations and reply.exchange_id is None
    assert reply.notice == OFF_RECORD_NOTICE
    followups = engine.followups(private(MEMBER), None)
    assert followups.exchange_id is None and followups.notice == OFF_RECORD_NOTICE
    assert rows(db_path) == []
    assert b"Donders want to know" not in stored_bytes(db_path)
    with LogStore(db_path, KEY) as store:
        assert store.off_record_count() == 2
    engine.set_off_record(MEMBER, False)
    assert not engine.is_off_record(MEMBER)
    assert engine.ask(private(MEMBER), QUESTION).exchange_id is not None


def test_forget_deletes_only_the_senders_exchanges(make_engine, db_path):
    engine = make_engine()
    first = engine.ask(private(MEMBER), QUESTION)
    engine.ask(private(MEMBER), SECOND_QUESTION)
    kept = engine.ask(private(COORDINATOR), QUESTION)
    engine.feedback(private(MEMBER), first.exchange_id, "up")
    assert engine.forget(MEMBER) == 2
    assert [row["id"] for row in rows(db_path)] == [kept.exchange_id]
    assert rows(db_path, "SELECT * FROM feedback") == []
    with pytest.raises(BadInput):
        engine.followups(private(MEMBER), None)  # the session's last question is forgotten too


def test_feedback_is_recorded_for_the_asker_only(make_engine, db_path):
    engine = make_engine()
    reply = engine.ask(private(MEMBER), QUESTION)
    engine.feedback(private(MEMBER), reply.exchange_id, "wrong_citation", "¶48 is about something else")
    [feedback] = rows(db_path, "SELECT * FROM feedback")
    assert feedback["exchange_id"] == reply.exchange_id and feedback["kind"] == "wrong_citation"
    with pytest.raises(BadInput):
        engine.feedback(private(COORDINATOR), reply.exchange_id, "down")
    with pytest.raises(BadInput):
        engine.feedback(private(MEMBER), reply.exchange_id, "meh")
    with pytest.raises(NotAllowed):
        engine.feedback(private(STRANGER), reply.exchange_id, "down")


def test_log_failure_still_answers_and_alerts_admins(make_engine, db_path, caplog):
    engine = make_engine()
    engine.ask(private(MEMBER), SECOND_QUESTION)  # the log works
    locker = sqlite3.connect(db_path, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    try:
        with caplog.at_level("DEBUG"):
            reply = engine.ask(private(MEMBER), QUESTION)
    finally:
        locker.rollback()
        locker.close()
    assert reply.answer is not None and reply.answer.citations
    assert reply.exchange_id is None
    alerts = engine.drain_alerts()
    assert len(alerts) == 1 and "Session log unavailable" in alerts[0]
    assert engine.drain_alerts() == []
    for text in alerts + [record.getMessage() for record in caplog.records]:
        assert "Donders" not in text and str(MEMBER) not in text
    assert any("session log unavailable" in record.getMessage() for record in caplog.records)
    assert len(rows(db_path)) == 1
    assert engine.ask(private(MEMBER), QUESTION).exchange_id is not None  # recovers once the lock is gone


def test_retention_job_purges_only_expired_exchanges(make_engine, db_path):
    from datetime import datetime, timedelta

    long_ago = datetime.now(UTC) - timedelta(days=100)
    make_engine(store_clock=lambda: long_ago).ask(private(MEMBER), QUESTION)  # answered 100 days ago
    engine = make_engine(log_retention_days=90)
    recent = engine.ask(private(MEMBER), SECOND_QUESTION)
    assert engine.purge_expired() == 1
    assert [row["id"] for row in rows(db_path)] == [recent.exchange_id]
    [purge] = rows(db_path, "SELECT * FROM audit WHERE action = 'purge'")
    assert purge["actor"] == "retention-job"


# ---------------------------------------------------------------- invites, revoke, export


def test_invite_redeem_revoke(make_engine, db_path):
    engine = make_engine()
    with pytest.raises(NotAllowed):
        engine.create_invite(private(MEMBER))
    with pytest.raises(NotAllowed) as stranger_refused:
        engine.create_invite(private(STRANGER))
    assert str(stranger_refused.value) == STRANGER_MESSAGE
    code = engine.create_invite(private(COORDINATOR))
    assert engine.role(STRANGER) == "stranger"
    assert not engine.redeem_invite(STRANGER, "not-a-real-code")
    assert engine.redeem_invite(STRANGER, code)
    assert engine.role(STRANGER) == "member"
    assert engine.ask(private(STRANGER), QUESTION).exchange_id is not None
    assert not engine.redeem_invite(OTHER_STRANGER, code)  # single use
    assert engine.role(OTHER_STRANGER) == "stranger"
    with pytest.raises(NotAllowed):
        engine.revoke(private(COORDINATOR), str(STRANGER))
    assert engine.revoke(private(ADMIN), str(STRANGER))
    assert not engine.revoke(private(ADMIN), str(STRANGER))
    assert engine.role(STRANGER) == "stranger"
    with pytest.raises(NotAllowed):
        engine.ask(private(STRANGER), QUESTION)


def test_export_for_coordinators_only_and_audited(make_engine, db_path):
    from prepbot.sessionlog.store import LogStore

    engine = make_engine()
    engine.ask(private(MEMBER), QUESTION)
    with pytest.raises(NotAllowed):
        engine.export(private(MEMBER))
    with pytest.raises(NotAllowed):
        engine.export(private(STRANGER))
    filename, content = engine.export(private(COORDINATOR))
    assert re.fullmatch(r"prepbot-log-\d{4}-\d{2}-\d{2}-7d\.md", filename)
    assert QUESTION.encode() in content and b"CCPR/C/SR.4227" in content
    filename, content = engine.export(private(ADMIN), 1, "csv")
    assert filename.endswith("-1d.csv") and QUESTION.encode() in content
    with pytest.raises(BadInput):
        engine.export(private(COORDINATOR), 0)
    with pytest.raises(BadInput):
        engine.export(private(COORDINATOR), 7, "pdf")
    with LogStore(db_path, KEY) as store:
        audit = [row for row in store.audit_rows() if row["action"] == "export"]
        assert [row["actor"] for row in audit] == [store.pseudonym(COORDINATOR), store.pseudonym(ADMIN)]


# ---------------------------------------------------------------- prompts


def test_prompt_reload_is_for_admins_and_broken_edits_are_refused(make_engine, settings_with_index, searcher, tmp_path):
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry

    prompts_dir = tmp_path / "prompts"
    shutil.copytree(settings_with_index.prompts_dir, prompts_dir)
    settings = settings_with_index.model_copy(update={"prompts_dir": prompts_dir})
    registry = PromptRegistry(prompts_dir)
    engine = make_engine(
        prompts_registry=registry, answerer_=Answerer(settings, searcher, registry), prompts_dir=prompts_dir
    )
    with pytest.raises(NotAllowed):
        engine.reload_prompts(private(COORDINATOR))
    assert engine.reload_prompts(private(ADMIN)) == []

    followups_file = prompts_dir / "followups.toml"
    good = followups_file.read_text(encoding="utf-8")
    followups_file.write_text(good + "\n[[[ this is not toml\n", encoding="utf-8")
    reply = engine.ask(private(MEMBER), QUESTION)  # the edit is noticed before the answer; answering goes on
    assert reply.answer.citations
    alerts = engine.drain_alerts()
    assert len(alerts) == 1 and "followups.toml" in alerts[0]
    assert engine.followups(private(MEMBER), None).followups.questions  # the last good version stays in use
    engine.ask(private(MEMBER), QUESTION)
    assert engine.drain_alerts() == []  # the same problem is reported once
    problems = engine.reload_prompts(private(ADMIN))
    assert problems and all("followups.toml" in problem for problem in problems)

    followups_file.write_text(good, encoding="utf-8")
    assert engine.reload_prompts(private(ADMIN)) == []


# ---------------------------------------------------------------- privacy choices never lapse, forget covers all


def test_off_record_while_the_log_is_locked_lasts_across_a_restart(make_engine, db_path):
    engine = make_engine()
    engine.ask(private(COORDINATOR), SECOND_QUESTION)  # the log works
    locker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        engine.set_off_record(MEMBER, True)  # no error: kept durably beside the database
        assert engine.is_off_record(MEMBER)
        assert engine.ask(private(MEMBER), QUESTION).notice == OFF_RECORD_NOTICE
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    restarted = make_engine()  # a new process: nothing in memory
    assert restarted.is_off_record(MEMBER)
    reply = restarted.ask(private(MEMBER), QUESTION)
    assert reply.exchange_id is None and reply.notice == OFF_RECORD_NOTICE
    assert [row["question"] for row in rows(db_path)] == [SECOND_QUESTION]
    alerts = engine.drain_alerts() + restarted.drain_alerts()
    assert any("off-record choice was kept" in alert for alert in alerts)
    for alert in alerts:
        assert str(MEMBER) not in alert and "Donders" not in alert


def test_off_record_that_cannot_be_kept_anywhere_is_refused_clearly(make_engine, db_path):
    from prepbot.engine import OFF_RECORD_NOT_SAVED
    from prepbot.sessionlog.fallback import fallback_path

    engine = make_engine()
    engine.ask(private(COORDINATOR), SECOND_QUESTION)
    fallback_path(db_path).mkdir()  # the fallback file cannot be written either
    locker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(PrepbotError) as refused:
            engine.set_off_record(MEMBER, True)
        assert str(refused.value) == OFF_RECORD_NOT_SAVED  # the member is told it did not last
        assert engine.is_off_record(MEMBER)  # and this process keeps it anyway
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    reply = engine.ask(private(MEMBER), QUESTION)  # the database works again: still nothing of theirs is stored
    assert reply.exchange_id is None and reply.notice == OFF_RECORD_NOTICE
    assert [row["question"] for row in rows(db_path)] == [SECOND_QUESTION]
    engine.set_off_record(MEMBER, True)  # trying again when the log is back makes it durable
    assert make_engine().is_off_record(MEMBER)


def test_forget_covers_a_question_still_being_answered(make_engine, db_path):
    """/forget confirmed while the member's question is being handled: the exchange that lands after it is not
    stored, and its question does not stay the session's last question."""
    entered, release = threading.Event(), threading.Event()

    def clock() -> float:  # holds the question inside the engine, as a slow answer would
        if threading.current_thread().name == "in-flight":
            entered.set()
            assert release.wait(30)
        return 0.0

    engine = make_engine(clock=clock)
    engine.ask(private(MEMBER), SECOND_QUESTION)
    results = {}
    thread = threading.Thread(
        target=lambda: results.update(reply=engine.ask(private(MEMBER), QUESTION)), name="in-flight"
    )
    thread.start()
    try:
        assert entered.wait(30)
        assert engine.forget(MEMBER) == 1
    finally:
        release.set()
        thread.join(60)
    reply = results["reply"]
    assert reply.answer.citations and reply.exchange_id is None and reply.notice == FORGOTTEN_NOTICE
    assert rows(db_path) == []
    with pytest.raises(BadInput):
        engine.followups(private(MEMBER), None)  # no last question left either
    assert engine.ask(private(MEMBER), QUESTION).exchange_id is not None  # later questions are logged again


def test_forget_waits_for_an_exchange_being_stored_and_deletes_it(make_engine, db_path):
    from datetime import datetime

    storing, release = threading.Event(), threading.Event()

    def store_clock() -> datetime:  # the store reads its clock while recording, inside the engine's record step
        if threading.current_thread().name == "recording":
            storing.set()
            assert release.wait(30)
        return datetime.now(UTC)

    engine = make_engine(store_clock=store_clock)
    results = {}
    thread = threading.Thread(
        target=lambda: results.update(reply=engine.ask(private(MEMBER), QUESTION)), name="recording"
    )
    thread.start()
    forgetting = threading.Thread(target=lambda: results.update(deleted=engine.forget(MEMBER)))
    try:
        assert storing.wait(30)
        forgetting.start()
        forgetting.join(0.5)
        assert forgetting.is_alive()  # waits for the exchange being stored...
    finally:
        release.set()
        thread.join(60)
        forgetting.join(60)
    assert results["reply"].exchange_id is not None and results["deleted"] == 1  # ...and deletes it
    assert rows(db_path) == []


# ---------------------------------------------------------------- user text and numbers, every field


def test_every_user_text_field_is_cleaned_and_every_number_bounded(make_engine, db_path):
    engine = make_engine()
    reply = engine.ask(private(MEMBER), QUESTION)
    hostile = "wrong \x1b]0;pwned\x07 paragraph \u202eevil\u202c \ud800 end"  # OSC, bidi override, lone surrogate
    engine.feedback(private(MEMBER), reply.exchange_id, "wrong_citation", hostile)
    [feedback] = rows(db_path, "SELECT * FROM feedback")
    assert feedback["comment"] == "wrong ]0;pwned paragraph evil end"
    # /source: format characters in the symbol, odd digits, huge numbers
    assert engine.source("\u202eCCPR/C/SR.4227\u200b", "¶11.").number == "11"
    for number in ("²", "٣", "1" * 5000, "-1", "11; DROP TABLE"):
        with pytest.raises(BadInput, match="Paragraph numbers are whole numbers"):
            engine.source("CCPR/C/SR.4227", number)
    with pytest.raises(BadInput) as unknown:
        engine.source("\x1b[2J" + "X" * 5000, "1")
    assert "\x1b" not in str(unknown.value) and len(str(unknown.value)) < 200
    # /export: superscript and huge days
    for days in ("²", "99999999999999999999999", "0", "-7"):
        with pytest.raises(BadInput, match="Days must be a whole number"):
            engine.export(private(COORDINATOR), days)
    assert engine.export(private(COORDINATOR), "7", "CSV")[0].endswith("-7d.csv")
    # invite codes and revoke targets
    assert engine.redeem_invite(STRANGER, "\ud800\x1b" * 50) is False
    assert engine.revoke(private(ADMIN), "\u202e99999999999999999999") is False
    for who in ("\x1b[2J99999999999999999999999999", "member-\u202e1234"):
        with pytest.raises(BadInput, match="not a pseudonym"):
            engine.revoke(private(ADMIN), who)
    for value in ("ngo\x1b", "\u202engo"):
        assert engine.set_source_filter(MEMBER, value) == "ngo"
    assert engine.drain_alerts() == []


def test_prompt_files_are_checked_once_per_question(make_engine, settings_with_index, searcher):
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry

    class CountingRegistry(PromptRegistry):
        checks = 0

        def reload_if_changed(self):
            CountingRegistry.checks += 1
            return super().reload_if_changed()

    registry = CountingRegistry(settings_with_index.prompts_dir)
    engine = make_engine(prompts_registry=registry, answerer_=Answerer(settings_with_index, searcher, registry))
    engine.ask(private(MEMBER), QUESTION)
    engine.followups(private(MEMBER), None)
    assert CountingRegistry.checks == 2


# ---------------------------------------------------------------- a session log that cannot be opened


def test_a_log_that_cannot_be_opened_costs_no_answer_and_alerts_admins(
    settings_with_index, searcher, prompts, answerer, tmp_path
):
    from prepbot.services import open_log_store

    data_dir = tmp_path / "data"
    (data_dir / "sessions.db").mkdir(parents=True)  # a directory where the database should be
    settings = settings_with_index.model_copy(
        update={"data_dir": data_dir, "member_ids": frozenset({MEMBER}), "log_pseudonym_key": KEY}
    )
    store = open_log_store(settings)
    try:
        engine = Engine(Services(settings, searcher, prompts, answerer, store))
        reply = engine.ask(private(MEMBER), QUESTION)
        assert reply.answer.citations and reply.exchange_id is None
        engine.set_off_record(MEMBER, True)  # kept durably in the fallback file beside it
        assert engine.ask(private(MEMBER), QUESTION).notice == OFF_RECORD_NOTICE
        assert (data_dir / "sessions.db-offrecord").exists()
        alerts = engine.drain_alerts()
        assert any("not a regular file" in alert for alert in alerts)
        for alert in alerts:
            assert "Donders" not in alert and str(MEMBER) not in alert
    finally:
        store.close()


def test_a_deleted_log_is_reported_to_admins_through_the_engine(make_engine, db_path):
    engine = make_engine()
    engine.ask(private(MEMBER), QUESTION)
    engine.set_off_record(COORDINATOR, True)
    for path in db_path.parent.iterdir():
        path.unlink()
    assert engine.ask(private(MEMBER), SECOND_QUESTION).exchange_id is not None
    assert engine.is_off_record(COORDINATOR)
    [alert] = engine.drain_alerts()
    assert "was deleted while prepbot was running" in alert and "Donders" not in alert
    assert [row["question"] for row in rows(db_path)] == [SECOND_QUESTION]


def test_an_invited_member_stays_a_member_while_the_log_cannot_be_read(make_engine, db_path):
    engine = make_engine()
    assert engine.redeem_invite(STRANGER, engine.create_invite(private(COORDINATOR)))
    assert engine.role(STRANGER) == "member"
    locker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # a writer committing elsewhere: reads wait, then fail
    try:
        assert engine.role(STRANGER) == "member"  # as the log last said
        assert engine.ask(private(STRANGER), QUESTION).answer.citations
        assert engine.role(OTHER_STRANGER) == "stranger"  # never confirmed: not let in
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert engine.revoke(private(ADMIN), str(STRANGER))
    assert engine.role(STRANGER) == "stranger"
    assert any("checking membership" in alert for alert in engine.drain_alerts())


def test_source_takes_a_decimal_paragraph_number(make_engine):
    """/source SYMBOL 2.3: a decimal number, as Views print theirs, is a paragraph number to look up (it was refused as
    no whole number); the dialogue's documents have none, and say so."""
    engine = make_engine()
    with pytest.raises(BadInput, match=r"^No paragraph 11\.1 in CCPR/C/SR\.4227$"):
        engine.source("CCPR/C/SR.4227", "¶11.1")
    assert engine.source("CCPR/C/SR.4227", "11").number == "11"


def test_source_takes_the_end_of_a_symbol_as_people_shorten_it(make_engine):
    """Stop 74, a new user's trial: "/source SR.4227 50" was refused ("No document SR.4227"): the end of one symbol
    after a slash names it; an end that fits several documents, or none, is still refused."""
    engine = make_engine()
    assert engine.source("SR.4227", "50").doc_id == engine.source("CCPR/C/SR.4227", "50").doc_id
    assert engine.source("kaz/3", "12").number == "12"
    with pytest.raises(BadInput, match=r"^No document 4227 in the corpus"):
        engine.source("4227", "1")
    with pytest.raises(BadInput, match=r"^No document C/SR in the corpus"):
        engine.source("C/SR", "1")


def test_forget_covers_a_question_received_before_its_work_started(make_engine, db_path):
    """Stop 75, a clean-clone CI run: /forget confirmed after the bot showed "typing" but before the answer's thread
    took the user's state (a busy pool) let the exchange be stored. The shell takes a receipt when the message arrives;
    a /forget after it covers the exchange, for answers and follow-ups alike."""
    engine = make_engine()
    engine.ask(private(MEMBER), SECOND_QUESTION)
    receipt = engine.receipt(MEMBER)
    assert engine.forget(MEMBER) == 1  # confirmed before the answer's work starts
    reply = engine.ask(private(MEMBER), QUESTION, receipt)
    assert reply.answer.citations and reply.exchange_id is None and reply.notice == FORGOTTEN_NOTICE
    assert rows(db_path) == []
    receipt = engine.receipt(MEMBER)
    engine.forget(MEMBER)
    drafted = engine.followups(private(MEMBER), "torture", receipt)
    assert drafted.exchange_id is None and drafted.notice == FORGOTTEN_NOTICE
    assert rows(db_path) == []
    assert engine.ask(private(MEMBER), QUESTION, engine.receipt(MEMBER)).exchange_id is not None  # logged again
