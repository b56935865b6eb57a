"""The session-log store: schema and migrations, pseudonyms, off the record, forget, retention, invites, audit,
filters, stats, and reliability under concurrent writers and a locked or full database."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from prepbot.core.errors import BadInput
from prepbot.core.records import Answer, Citation, FollowupQuestion, Followups, Hit, Paragraph
from prepbot.sessionlog.migrations import MIGRATIONS, migrate, schema_version
from prepbot.sessionlog.query import parse_duration, parse_when
from prepbot.sessionlog.store import (
    ExchangeRecord,
    FeedbackRefused,
    LogStore,
    LogStoreUnavailable,
    NoSessionLog,
    PseudonymKeyChanged,
    PseudonymKeyMissing,
)

KEY = "test-pseudonym-key"
ALICE = 987654321
BOB = 5123456789  # above 2**32, like newer Telegram ids
COORDINATOR = 424242424
START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def answer(
    question: str, *, cite: tuple[str, str, str] | None = ("kaz-report", "CCPR/C/KAZ/3", "36"), mode="extractive"
):
    citations, hits = [], []
    if cite:
        doc_id, symbol, number = cite
        paragraph = Paragraph(doc_id=doc_id, symbol=symbol, number=number, text=f"Paragraph {number} text.")
        citations = [Citation(doc_id, symbol, number, f"Paragraph {number} text.", "The delegation told the Committee")]
        hits = [Hit(paragraph, 0.83), Hit(Paragraph(doc_id, symbol, "37", "Other."), 0.41)]
    return Answer(
        question=question,
        text=f"Answer to: {question}" if cite else "The documents do not answer this.",
        citations=citations,
        mode=mode,
        grounded=bool(cite),
        hits=hits,
        prompt_id="answer" if mode == "llm" else None,
        prompt_hash="abc123" if mode == "llm" else None,
        model="gpt-4o-mini" if mode == "llm" else None,
    )


def record(user_id: int, question: str, *, session="s-1", role="member", chat_kind="private", **answer_options):
    return ExchangeRecord(
        user_id=user_id,
        role=role,
        session_id=session,
        chat_kind=chat_kind,
        answer=answer(question, **answer_options),
        latency_ms=1234,
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sessions.db"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(db_path: Path, clock: Clock):
    with LogStore(db_path, KEY, clock=clock) as opened:
        yield opened


def file_bytes(db_path: Path) -> bytes:
    """The database file and its companions (rollback journal, off-record fallback), as stored on disk."""
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


def count(db_path: Path, sql: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchone()[0]


# ---- schema and migrations -------------------------------------------------------------------------------------


def test_new_log_is_private_unmapped_and_fully_migrated(db_path: Path, store: LogStore) -> None:
    store.record_exchange(record(ALICE, "What did the State say about torture?"))
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.joinpath("sessions.db-journal").stat().st_mode) == 0o600
    # a rollback journal, not WAL: no -shm file is memory-mapped (see test_store_faults.py for why)
    assert not db_path.parent.joinpath("sessions.db-shm").exists()
    assert not db_path.parent.joinpath("sessions.db-wal").exists()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not persistent, unlike WAL
        assert schema_version(conn) == [m.__name__ for m in MIGRATIONS]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"exchanges", "feedback", "exchanges_fts", "members", "invites", "off_record", "audit"} <= tables


def test_an_existing_file_with_loose_permissions_is_tightened(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch(mode=0o644)
    os.chmod(db_path, 0o644)
    LogStore(db_path, KEY).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_database_at_the_first_schema_upgrades_in_place_and_keeps_its_rows(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(db_path)
    assert migrate(old, MIGRATIONS[:1]) == ["m001_exchanges"]
    old["exchanges"].insert(
        {
            "kind": "ask",
            "session_id": "old-session",
            "user_hash": "f" * 64,
            "pseudonym": "member-ffffff",
            "role": "member",
            "chat_kind": "private",
            "question": "What did the ombudsman report about detention?",
            "answer": "An answer kept from the first schema.",
            "citations": "[]",
            "mode": "extractive",
            "grounded": 1,
            "answered_at": "2025-02-01T10:00:00.000000Z",
        }
    )
    old["feedback"].insert({"exchange_id": 1, "kind": "down", "created_at": "2025-02-01T10:01:00.000000Z"})
    old.close()

    with LogStore(db_path, KEY, clock=clock) as store:
        with sqlite3.connect(db_path) as conn:
            assert schema_version(conn) == [m.__name__ for m in MIGRATIONS]
        [kept] = store.exchanges(search="ombudsman")  # indexed by the FTS migration
        assert kept.session_id == "old-session" and kept.feedback[0]["kind"] == "down"
        assert [e.id for e in store.exchanges(flagged=True)] == [kept.id]
        new_id = store.record_exchange(record(ALICE, "A question after the upgrade"))
        assert new_id == kept.id + 1
    with sqlite3.connect(db_path) as conn:
        applied = conn.execute("SELECT name, applied_at FROM _migrations ORDER BY rowid").fetchall()
    LogStore(db_path, KEY).close()  # reopening applies nothing twice
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name, applied_at FROM _migrations ORDER BY rowid").fetchall() == applied


def test_a_log_from_before_fallback_reasons_gains_the_column_and_keeps_its_rows(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(db_path)
    before = [m for m in MIGRATIONS if m.__name__ != "m007_fallback_reason"]
    migrate(old, before)
    assert "fallback_reason" not in old["exchanges"].columns_dict
    old["exchanges"].insert(
        {
            "kind": "ask",
            "user_hash": "f" * 64,
            "pseudonym": "member-ffffff",
            "question": "An old question?",
            "mode": "extractive",
            "answered_at": "2025-02-01T10:00:00.000000Z",
        }
    )
    old.close()
    with LogStore(db_path, KEY, clock=clock) as store:
        fell_back = answer("Why did the model fall back?")
        fell_back.fallback_reason, fell_back.model = "length", "qwen2.5-coder-1.5b-instruct"
        store.record_exchange(ExchangeRecord(ALICE, "member", "s-1", "private", fell_back, 50))
        kept, new = store.exchanges()
    assert (kept.question, kept.fallback_reason) == ("An old question?", None)
    assert (new.fallback_reason, new.model, new.mode) == ("length", "qwen2.5-coder-1.5b-instruct", "extractive")
    with sqlite3.connect(db_path) as conn:
        assert schema_version(conn)[-1] == "m007_fallback_reason"


def test_what_an_answer_quoted_is_searched_in_old_and_new_rows(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    old = Database(db_path)
    migrate(old, [m for m in MIGRATIONS if m.__name__ != "m009_quotes_searchable"])
    quoted = [{"doc_id": "kaz3", "symbol": "CCPR/C/KAZ/3", "paragraph": "38", "quote": "A court in Taldykorgan ruled."}]
    old["exchanges"].insert(
        {
            "kind": "ask",
            "user_hash": "f" * 64,
            "pseudonym": "member-ffffff",
            "question": "What did the court rule?",
            "answer": "The documents speak to this (the State).",  # the frame line only
            "citations": json.dumps(quoted),
            "mode": "extractive",
            "answered_at": "2025-02-01T10:00:00.000000Z",
        }
    )
    old.close()
    with LogStore(db_path, KEY, clock=clock) as store:
        [kept] = store.exchanges(search="Taldykorgan")  # quoted, not asked nor in the frame line
        assert kept.question == "What did the court rule?"
        new_id = store.record_exchange(record(ALICE, "Which ruling?", cite=("kaz-report", "CCPR/C/KAZ/3", "371")))
        assert [e.id for e in store.exchanges(search="371")] == [new_id]  # its quote: "Paragraph 371 text."


def test_why_the_model_was_not_used_is_stored_with_answers_and_follow_ups(store: LogStore) -> None:
    fell_back = answer("How many complaints were filed?")
    fell_back.fallback_reason, fell_back.model = "no_citation", "local-model"
    store.record_exchange(ExchangeRecord(ALICE, "member", "s-1", "private", fell_back, 50))
    store.record_exchange(record(ALICE, "Answered by the model", mode="llm"))
    drafts = Followups(topic="torture", mode="template", questions=[], model="local-model", fallback_reason="timeout")
    store.record_exchange(ExchangeRecord(ALICE, "member", "s-1", "private", drafts, 50, kind="followups"))
    logged = store.exchanges()
    assert [(e.kind, e.mode, e.fallback_reason) for e in logged] == [
        ("ask", "extractive", "no_citation"),
        ("ask", "llm", None),
        ("followups", "template", "timeout"),
    ]
    assert logged[0].to_json()["fallback_reason"] == "no_citation" and logged[2].model == "local-model"
    figures = store.stats(actor="test")
    assert figures.model_asked == 3 and figures.fallbacks == [("no_citation", 1), ("timeout", 1)]
    assert figures.to_json()["fallbacks"] == {"no_citation": 1, "timeout": 1}


def test_an_empty_key_is_refused_before_anything_is_created(db_path: Path) -> None:
    with pytest.raises(PseudonymKeyMissing, match="LOG_PSEUDONYM_KEY"):
        LogStore(db_path, "")
    assert not db_path.exists()


def test_reading_a_missing_log_does_not_create_it(db_path: Path) -> None:
    with pytest.raises(NoSessionLog, match="no session log yet at"):
        LogStore.open_existing(db_path, KEY)
    assert not db_path.exists() and not db_path.parent.exists()


# ---- what an exchange holds, pseudonyms ------------------------------------------------------------------------


def test_an_exchange_records_what_coordinators_review(store: LogStore, clock: Clock) -> None:
    exchange_id = store.record_exchange(
        record(ALICE, "What did the State say about torture?", role="coordinator", chat_kind="group", mode="llm")
    )
    [logged] = store.exchanges()
    assert logged.id == exchange_id
    assert logged.pseudonym == store.pseudonym(ALICE)
    assert (logged.role, logged.chat_kind, logged.session_id, logged.kind) == ("coordinator", "group", "s-1", "ask")
    assert logged.question == "What did the State say about torture?"
    assert logged.answer == "Answer to: What did the State say about torture?"
    assert logged.citations == [
        {
            "doc_id": "kaz-report",
            "symbol": "CCPR/C/KAZ/3",
            "paragraph": "36",
            "side": "",
            "quote": "Paragraph 36 text.",
            "attribution": "The delegation told the Committee",
        }
    ]
    assert (logged.mode, logged.grounded, logged.quotes_verified) == ("llm", True, 1)
    assert (logged.prompt_id, logged.prompt_hash, logged.model) == ("answer", "abc123", "gpt-4o-mini")
    assert logged.hits == [{"key": "kaz-report:36", "score": 0.83}, {"key": "kaz-report:37", "score": 0.41}]
    assert logged.latency_ms == 1234
    assert logged.answered_at == "2025-03-01T09:00:00.000000Z"
    assert logged.asked_at == "2025-03-01T08:59:58.766000Z"


def test_follow_up_drafts_are_logged_as_text(store: LogStore) -> None:
    cited = Citation("kaz-report", "CCPR/C/KAZ/3", "36", "Paragraph 36 text.")
    drafts = Followups(
        topic="torture",
        mode="template",
        questions=[FollowupQuestion("Could the delegation explain the gap?", "state-vs-critic", [cited, cited])],
    )
    store.record_exchange(ExchangeRecord(ALICE, "member", "s-1", "private", drafts, 50, kind="followups"))
    [logged] = store.exchanges()
    assert (logged.kind, logged.question, logged.mode) == ("followups", "torture", "template")
    assert "1. Could the delegation explain the gap? [state-vs-critic]" in logged.answer
    assert len(logged.citations) == 1


def test_pseudonyms_are_keyed_stable_and_short(db_path: Path, tmp_path: Path) -> None:
    with LogStore(db_path, KEY) as one, LogStore(db_path, KEY) as same, LogStore(tmp_path / "b.db", "other") as other:
        assert one.pseudonym(ALICE) == same.pseudonym(ALICE)
        assert one.pseudonym(ALICE) != one.pseudonym(BOB)
        assert one.pseudonym(ALICE) != other.pseudonym(ALICE)
        assert len(one.pseudonym(ALICE)) == len("member-7f3a9c") and one.pseudonym(ALICE).startswith("member-")


def test_no_raw_user_id_anywhere_in_the_database_file(db_path: Path, store: LogStore) -> None:
    invite = store.create_invite(COORDINATOR, ttl_hours=48)
    assert store.redeem_invite(invite, BOB)
    for user in (ALICE, BOB):
        exchange_id = store.record_exchange(record(user, "What did NGOs report about detention?"))
        store.record_feedback(exchange_id, user, "down")
        store.record_feedback(exchange_id, user, "wrong_citation", "the quote is from another paragraph")
    store.set_off_record(ALICE, True)
    store.record_exchange(record(ALICE, "An off-the-record question"))
    store.set_off_record(BOB, True)
    store.set_off_record(BOB, False)
    store.export(actor=store.pseudonym(COORDINATOR), fmt="md")
    store.revoke_member(store.pseudonym(BOB), actor=store.pseudonym(COORDINATOR))

    def leaked(data: bytes) -> list[str]:
        found = []
        for user in (ALICE, BOB, COORDINATOR):
            if str(user).encode() in data:
                found.append(f"{user} as text")
            for width in (4, 6, 8):  # SQLite stores integers big-endian in 1-8 bytes
                if user < 2 ** (8 * width - 1) and user.to_bytes(width, "big") in data:
                    found.append(f"{user} as a {width}-byte integer")
        return found

    assert Path(str(db_path) + "-journal").exists()
    assert leaked(file_bytes(db_path)) == []  # while open: main file + journal
    store.close()
    assert leaked(file_bytes(db_path)) == []


# ---- off the record, feedback, forget ----------------------------------------------------------------------


def test_off_the_record_stores_only_a_count(db_path: Path, store: LogStore, clock: Clock) -> None:
    store.set_off_record(ALICE, True)
    assert store.record_exchange(record(ALICE, "zebrafinch sentencing question")) is None
    assert store.record_exchange(record(ALICE, "zebrafinch second question")) is None
    assert store.exchanges() == [] and store.off_record_count() == 2
    assert count(db_path, "SELECT count(*) FROM exchanges") == 0
    assert b"zebrafinch" not in file_bytes(db_path)
    store.close()
    with LogStore(db_path, KEY, clock=clock) as reopened:
        assert reopened.is_off_record(ALICE) and not reopened.is_off_record(BOB)
        reopened.set_off_record(ALICE, False)
        assert reopened.record_exchange(record(ALICE, "back on the record")) is not None
        assert [e.question for e in reopened.exchanges()] == ["back on the record"]


def test_feedback_links_to_its_exchange_and_only_the_asker_may_leave_it(store: LogStore) -> None:
    exchange_id = store.record_exchange(record(ALICE, "What did the Committee ask?"))
    with pytest.raises(FeedbackRefused):
        store.record_feedback(exchange_id, BOB, "down")
    with pytest.raises(FeedbackRefused):
        store.record_feedback(exchange_id + 100, ALICE, "down")
    with pytest.raises(BadInput):
        store.record_feedback(exchange_id, ALICE, "meh")
    store.record_feedback(exchange_id, ALICE, "up")
    store.record_feedback(exchange_id, ALICE, "down")  # a changed mind: the latest vote counts
    store.record_feedback(exchange_id, ALICE, "wrong_citation")
    store.record_feedback(exchange_id, ALICE, "wrong_citation", "  ¶36 is about prisons  ")
    store.record_feedback(exchange_id, ALICE, "wrong_citation")  # a second tap keeps the comment
    [logged] = store.exchanges()
    assert [(f["kind"], f.get("comment")) for f in logged.feedback] == [
        ("down", None),
        ("wrong_citation", "¶36 is about prisons"),
    ]


def test_forget_deletes_the_senders_exchanges_feedback_and_search_text(db_path: Path, store: LogStore) -> None:
    for n in range(3):
        exchange_id = store.record_exchange(record(ALICE, f"quokkazanzibar question {n}"))
        store.record_feedback(exchange_id, ALICE, "down", "wallabyremark")
    kept = store.record_exchange(record(BOB, "What did the State say about prisons?"))
    store.record_feedback(kept, BOB, "up")
    assert b"quokkazanzibar" in file_bytes(db_path)

    assert store.forget(ALICE) == 3
    assert [e.id for e in store.exchanges()] == [kept]
    assert store.exchanges(search="quokkazanzibar") == []
    assert count(db_path, "SELECT count(*) FROM feedback") == 1
    assert count(db_path, "SELECT count(*) FROM exchanges_fts WHERE exchanges_fts MATCH 'quokkazanzibar'") == 0
    data = file_bytes(db_path)
    assert b"quokkazanzibar" not in data and b"wallabyremark" not in data
    assert store.forget(ALICE) == 0

    store.record_exchange(record(ALICE, "wombatzz"))  # one small FTS segment, never merged on its own
    assert b"wombatzz" in file_bytes(db_path)
    assert store.forget(ALICE) == 1
    assert b"wombatzz" not in file_bytes(db_path)


# ---- retention, audit, invites -----------------------------------------------------------------------------


def test_retention_purges_old_exchanges_and_audits_it(db_path: Path, store: LogStore, clock: Clock) -> None:
    old = store.record_exchange(record(ALICE, "an old question about oldquestionzz"))
    store.record_feedback(old, ALICE, "down")
    clock.now = START + timedelta(days=60)
    recent = store.record_exchange(record(ALICE, "a recent question"))
    clock.now = START + timedelta(days=91)

    assert store.purge_older_than(90, actor="retention-job") == 1
    assert [e.id for e in store.exchanges()] == [recent]
    assert count(db_path, "SELECT count(*) FROM feedback") == 0
    assert b"oldquestionzz" not in file_bytes(db_path)
    assert store.purge_older_than(90, actor="retention-job") == 0
    purges = [row for row in store.audit_rows() if row["action"] == "purge"]
    assert [(row["actor"], row["details"]["exchanges"]) for row in purges] == [
        ("retention-job", 1),
        ("retention-job", 0),
    ]
    assert purges[0]["range_until"] == "2025-03-02T09:00:00.000000Z" and purges[0]["at"].startswith("2025-05-31")
    with pytest.raises(BadInput):
        store.purge_older_than(-1, actor="x")


def test_every_export_is_audited_with_who_when_and_range(store: LogStore, clock: Clock) -> None:
    store.record_exchange(record(ALICE, "What did the State say about torture?"))
    clock.now = START + timedelta(days=10)
    text = store.export(since="7d", fmt="csv", actor="member-c00rd1", flagged=True)
    assert text.startswith("id,answered_at,user")
    [row] = store.audit_rows()
    assert (row["actor"], row["action"], row["at"][:10]) == ("member-c00rd1", "export", "2025-03-11")
    assert row["range_since"] == "2025-03-04T09:00:00.000000Z" and row["range_until"] is None
    assert row["details"] == {
        "format": "csv",
        "filters": {"since": row["range_since"], "flagged": True},
        "exchanges": 0,
    }
    with pytest.raises(BadInput):
        store.export(fmt="xml", actor="cli")


def test_invites_are_single_use_and_expire(store: LogStore, clock: Clock) -> None:
    code = store.create_invite(COORDINATOR, ttl_hours=48)
    assert not store.is_member(ALICE)
    assert store.redeem_invite(code, ALICE) and store.is_member(ALICE)
    assert not store.redeem_invite(code, BOB) and not store.is_member(BOB)
    late = store.create_invite(COORDINATOR, ttl_hours=1)
    clock.now += timedelta(hours=2)
    assert not store.redeem_invite(late, BOB)
    assert not store.redeem_invite("not a code!", BOB) and not store.redeem_invite("A" * 16, BOB)
    with pytest.raises(BadInput):
        store.create_invite(COORDINATOR, ttl_hours=0)

    assert store.revoke_member(store.pseudonym(ALICE), actor="member-admin1")
    assert not store.is_member(ALICE) and not store.revoke_member(store.pseudonym(ALICE))
    assert store.redeem_invite(store.create_invite(COORDINATOR, ttl_hours=1), BOB)
    assert store.revoke_member(str(BOB)) and not store.is_member(BOB)
    with pytest.raises(BadInput):
        store.revoke_member("@bob")
    revokes = [row for row in store.audit_rows() if row["action"] == "revoke"]
    assert [(r["actor"], r["details"]["member"]) for r in revokes] == [
        ("member-admin1", store.pseudonym(ALICE)),
        ("admin", store.pseudonym(BOB)),
    ]


# ---- filters and stats -------------------------------------------------------------------------------------


@pytest.fixture
def varied(store: LogStore, clock: Clock) -> dict[str, int]:
    ids = {}
    ids["torture"] = store.record_exchange(record(ALICE, "What did the State say about torture?", session="a"))
    clock.now = START + timedelta(days=1)
    ids["prisons"] = store.record_exchange(
        record(BOB, "What did NGOs report on prisons?", session="b", cite=("ngo-sub", "INT_CCPR_CSS_KAZ", "4"))
    )
    store.record_feedback(ids["prisons"], BOB, "down")
    clock.now = START + timedelta(days=2)
    ids["budget"] = store.record_exchange(
        record(ALICE, "What is the budget of the space agency?", session="a", cite=None)
    )
    ids["budget2"] = store.record_exchange(
        record(BOB, "what is the budget of the space agency? ", session="b", cite=None)
    )
    ids["complaints"] = store.record_exchange(record(BOB, "How many torture complaints?", session="b", mode="llm"))
    store.record_feedback(ids["complaints"], BOB, "wrong_citation", "wrong paragraph")
    clock.now = START + timedelta(days=3)
    return ids


def test_filters_read_like_the_question_asked(store: LogStore, varied: dict[str, int]) -> None:
    def ids(**filters) -> list[int]:
        return [e.id for e in store.exchanges(**filters)]

    assert ids() == sorted(varied.values())
    assert ids(user=store.pseudonym(ALICE)) == [varied["torture"], varied["budget"]]
    assert ids(user=store.pseudonym(ALICE).removeprefix("member-")) == [varied["torture"], varied["budget"]]
    assert ids(session="b") == [varied["prisons"], varied["budget2"], varied["complaints"]]
    assert ids(search="torture") == [varied["torture"], varied["complaints"]]
    assert ids(search='tortured "complaints') == [varied["complaints"]]  # user text is words, never FTS syntax
    assert ids(search="NOT OR") == [] and ids(search="space-agency") == [varied["budget"], varied["budget2"]]
    assert ids(cites="INT_CCPR_CSS_KAZ") == [varied["prisons"]]
    assert ids(cites="ccpr/c/kaz/3 ¶36") == [varied["torture"], varied["complaints"]]
    assert ids(cites="kaz-report:36") == [varied["torture"], varied["complaints"]]
    assert ids(cites="CCPR/C/KAZ/3 ¶99") == []
    assert ids(flagged=True) == [varied["prisons"], varied["complaints"]]
    assert ids(since=START + timedelta(days=1)) == [
        varied["prisons"],
        varied["budget"],
        varied["budget2"],
        varied["complaints"],
    ]
    assert ids(since="36h") == [varied["budget"], varied["budget2"], varied["complaints"]]
    assert ids(until="2025-03-02") == [varied["torture"], varied["prisons"]]  # a bare date includes that day
    assert ids(since="2025-03-02", until="2025-03-02T12:00") == [varied["prisons"]]
    assert ids(limit=2) == [varied["budget2"], varied["complaints"]]
    assert ids(user=store.pseudonym(BOB), flagged=True, search="prisons") == [varied["prisons"]]
    with pytest.raises(BadInput):
        ids(user="alice")
    with pytest.raises(BadInput):
        ids(search="?!")


def test_stats_give_the_figures_coordinators_want(store: LogStore, varied: dict[str, int]) -> None:
    store.set_off_record(ALICE, True)
    store.record_exchange(record(ALICE, "unrecorded"))
    figures = store.stats(actor="cli")
    assert figures.exchanges == 5
    assert figures.per_day == [("2025-03-01", 1), ("2025-03-02", 1), ("2025-03-03", 3)]
    assert figures.per_mode == [("extractive", 4), ("llm", 1)]
    assert (figures.grounded, figures.share(figures.grounded)) == (3, 0.6)
    assert (figures.with_thumbs_down, figures.with_wrong_citation) == (1, 1)
    assert figures.most_cited == [("CCPR/C/KAZ/3 ¶36", 2), ("INT_CCPR_CSS_KAZ ¶4", 1)]
    assert [(q.strip().lower(), n, last) for q, n, last in figures.found_nothing] == [
        ("what is the budget of the space agency?", 2, "2025-03-03T09:00:00.000000Z")
    ]
    assert figures.off_record == 1
    assert store.stats(since="2025-03-02", until="2025-03-02", actor="cli").exchanges == 1
    assert [row["action"] for row in store.audit_rows()] == ["stats", "stats"]


def test_dates_and_durations_parse_or_fail_clearly() -> None:
    now = datetime(2025, 3, 10, 12, tzinfo=UTC)
    assert parse_when("7d", now=now) == now - timedelta(days=7)
    assert parse_when("24h", now=now) == now - timedelta(hours=24)
    assert parse_when("2025-03-01") == datetime(2025, 3, 1, tzinfo=UTC)
    assert parse_when("2025-03-01", end_of_day=True) == datetime(2025, 3, 2, tzinfo=UTC)
    assert parse_when("2025-03-01T14:00+02:00") == datetime(2025, 3, 1, 12, tzinfo=UTC)
    assert parse_duration("30d") == parse_duration("30") == timedelta(days=30)
    assert parse_duration("2w") == timedelta(weeks=2) and parse_duration("90min") == timedelta(minutes=90)
    for bad in ("yesterday", "2025-13-01", "", "-3d"):
        with pytest.raises(BadInput, match="not a date"):
            parse_when(bad)
    with pytest.raises(BadInput, match="not a duration"):
        parse_duration("3x")


# ---- reliability -------------------------------------------------------------------------------------------


def _write_concurrently(stores: list[LogStore], per_writer: int) -> list[int | None]:
    barrier = threading.Barrier(len(stores))
    ids: list[int | None] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(n: int, store: LogStore) -> None:
        try:
            barrier.wait()
            for q in range(per_writer):
                new = store.record_exchange(record(1000 + n, f"writer {n} question {q}", session=f"s{n}"))
                with lock:
                    ids.append(new)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n, store)) for n, store in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return ids


def _assert_each_stored_once(db_path: Path, ids: list[int | None], writers: int, per_writer: int) -> None:
    assert None not in ids and len(set(ids)) == writers * per_writer
    with sqlite3.connect(db_path) as conn:
        questions = [row[0] for row in conn.execute("SELECT question FROM exchanges")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM exchanges_fts WHERE exchanges_fts MATCH 'writer'").fetchone()[
            0
        ] == len(ids)
    expected = sorted(f"writer {n} question {q}" for n in range(writers) for q in range(per_writer))
    assert sorted(questions) == expected


def test_fifty_writers_each_with_its_own_store_on_a_new_file(db_path: Path) -> None:
    opened: list[LogStore] = []
    opened_lock = threading.Lock()
    barrier = threading.Barrier(50)

    def open_one() -> None:  # 50 stores migrating the same new file at once
        barrier.wait()
        store = LogStore(db_path, KEY)
        with opened_lock:
            opened.append(store)

    threads = [threading.Thread(target=open_one) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 50
    try:
        ids = _write_concurrently(opened, per_writer=4)
    finally:
        for store in opened:
            store.close()
    _assert_each_stored_once(db_path, ids, 50, 4)
    with sqlite3.connect(db_path) as conn:
        assert schema_version(conn) == [m.__name__ for m in MIGRATIONS]


def test_fifty_threads_sharing_one_store(db_path: Path) -> None:
    with LogStore(db_path, KEY) as store:
        ids = _write_concurrently([store] * 50, per_writer=4)
    _assert_each_stored_once(db_path, ids, 50, 4)


def test_a_locked_database_fails_fast_and_loses_nothing(db_path: Path) -> None:
    with LogStore(db_path, KEY, busy_timeout_seconds=0.3) as store:
        store.record_exchange(record(ALICE, "before the lock"))
        blocker = sqlite3.connect(db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer: readers go on (rollback journal, RESERVED lock)
        started = time.monotonic()
        with pytest.raises(LogStoreUnavailable, match="locked"):
            store.record_exchange(record(ALICE, "during the lock"))
        assert time.monotonic() - started < 2.0
        assert [e.question for e in store.exchanges()] == ["before the lock"]
        blocker.execute("ROLLBACK")
        blocker.execute("BEGIN EXCLUSIVE")  # a writer committing: readers wait too, and fail fast as well
        with pytest.raises(LogStoreUnavailable, match="locked"):
            store.exchanges()
        assert time.monotonic() - started < 4.0
        blocker.execute("ROLLBACK")
        blocker.close()
        store.record_exchange(record(ALICE, "after the lock"))
        assert [e.question for e in store.exchanges()] == ["before the lock", "after the lock"]
    assert count(db_path, "SELECT count(*) FROM exchanges") == 2


def test_a_full_database_raises_unavailable_and_keeps_what_it_had(db_path: Path) -> None:
    with LogStore(db_path, KEY) as store:
        store.record_exchange(record(ALICE, "fits"))
        conn = store._db().conn  # this thread's connection: cap the file at its current size
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        huge = record(ALICE, "does not fit")
        huge.answer.text = "x" * 200_000
        with pytest.raises(LogStoreUnavailable, match="full"):
            store.record_exchange(huge)
        assert [e.question for e in store.exchanges()] == ["fits"]
    assert count(db_path, "SELECT count(*) FROM exchanges") == 1


_WRITER_SCRIPT = """
import sys
from prepbot.core.records import Answer
from prepbot.sessionlog.store import ExchangeRecord, LogStore
path, key, writer, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with LogStore(path, key) as store:
    for q in range(count):
        answer = Answer(f"writer {writer} question {q}", "text", [], "extractive", False)
        assert store.record_exchange(ExchangeRecord(1000 + writer, "member", "s", "console", answer, 5)) is not None
"""


def test_writers_in_separate_processes_on_a_new_file(db_path: Path) -> None:
    import subprocess
    import sys

    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER_SCRIPT, str(db_path), KEY, str(n), "25"], stderr=subprocess.PIPE
        )
        for n in range(4)
    ]
    failures = [p.stderr.read().decode() for p in processes if p.wait(timeout=60) != 0]
    assert failures == []
    with sqlite3.connect(db_path) as conn:
        questions = sorted(row[0] for row in conn.execute("SELECT question FROM exchanges"))
        assert schema_version(conn) == [m.__name__ for m in MIGRATIONS]
    assert questions == sorted(f"writer {n} question {q}" for n in range(4) for q in range(25))


def test_a_changed_pseudonym_key_is_refused_so_no_privacy_choice_lapses(db_path: Path, clock: Clock) -> None:
    with LogStore(db_path, KEY, clock=clock) as store:
        store.set_off_record(ALICE, True)
    for options in ({}, {"defer_open_errors": True}):  # the bot opens with deferred errors: still refused
        with pytest.raises(PseudonymKeyChanged, match="not the key the session log"):
            LogStore(db_path, "another key", clock=clock, **options)
    with LogStore(db_path, KEY, clock=clock) as store:  # the right key: the choice holds
        assert store.is_off_record(ALICE)
    with LogStore.open_existing(db_path) as reader:  # a reader without a key looks nobody up: not checked
        assert reader.exchanges() == []


def test_an_exchange_id_is_never_given_out_twice_not_even_after_a_purge(store: LogStore, clock: Clock) -> None:
    first = store.record_exchange(record(ALICE, "An old question"))
    second = store.record_exchange(record(ALICE, "Another old question"))
    clock.now += timedelta(days=1)
    assert store.purge_older_than(0.5, actor="test") == 2  # the table is empty now
    third = store.record_exchange(record(ALICE, "A new question"))
    assert first < second < third
    with pytest.raises(FeedbackRefused):  # the old message's button does not reach the new exchange
        store.record_feedback(second, ALICE, "down")
