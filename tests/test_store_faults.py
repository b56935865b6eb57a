"""Database faults the session log must survive without taking the process down, losing what it stored or dropping
a privacy choice: an unwritable or immutable file (the SIGBUS of a memory-mapped WAL index), the file deleted or
replaced while running, a directory or garbage where the file should be, a lock held at start, a full disk, a
read-only data directory, and an off-record choice made while the database cannot take it.

Faults that need root, chattr or mount skip with the reason when those are missing (see tests/faults.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prepbot.core.records import Answer
from prepbot.sessionlog.fallback import fallback_path
from prepbot.sessionlog.store import ExchangeRecord, LogStore, LogStoreUnavailable
from tests.faults import (
    immutable,
    read_only_view,
    skip_reason_chattr,
    skip_reason_mount,
    tiny_tmpfs,
    undo_immutable,
)

KEY = "store-faults-key"
ALICE, BOB = 987654321, 5123456789


def record(user_id: int, question: str, text: str = "The State said nothing about it.") -> ExchangeRecord:
    return ExchangeRecord(user_id, "member", "s-1", "private", Answer(question, text, [], "extractive", False), 5)


def questions(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT question FROM exchanges ORDER BY id")]


def off_record_hashes(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT user_hash FROM off_record")}


def assert_no_user_text_or_id(alerts: list[str], *texts: str) -> None:
    for alert in alerts:
        for text in (*texts, str(ALICE), str(BOB)):
            assert text not in alert, alert


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sessions.db"


# ---- an immutable file: the process must survive ----------------------------------------------------------------

_IMMUTABLE_SCRIPT = r"""
import subprocess, sys
from pathlib import Path
from prepbot.core.records import Answer
from prepbot.sessionlog.store import ExchangeRecord, LogStore, LogStoreUnavailable

path = Path(sys.argv[1])


def record(n):
    return ExchangeRecord(1000, "member", "s", "private", Answer(f"question {n}", "text", [], "extractive", False), 5)


store = LogStore(path, "faults-key", busy_timeout_seconds=0.5)
assert store.record_exchange(record(1)) is not None
files = sorted(str(p) for p in path.parent.iterdir() if p.name.startswith(path.name))
print("files", *[Path(f).name for f in files], flush=True)
subprocess.run(["chattr", "+i", *files], check=True)  # while the store has them open
outcomes = []
for n in range(2, 5):
    try:
        store.record_exchange(record(n))
        outcomes.append("stored")
    except LogStoreUnavailable:
        outcomes.append("unavailable")
    try:
        store.exchanges()
        outcomes.append("read")
    except LogStoreUnavailable:
        outcomes.append("unreadable")
print("survived", *outcomes, flush=True)
subprocess.run(["chattr", "-i", *files], check=True)
assert store.record_exchange(record(9)) is not None
print("recovered", len(store.exchanges()), flush=True)
store.close()
"""


def test_immutable_database_files_while_running_never_kill_the_process(db_path: Path) -> None:
    """The log as the previous version left it (WAL mode). Making its files immutable while the store runs used to
    kill the process with SIGBUS: WAL's index (-shm) is memory-mapped, and writing to the mapping of a file that
    became unwritable is a bus error. Now every fault is an error the store reports."""
    db_path.parent.mkdir(parents=True)
    reason = skip_reason_chattr(db_path.parent)
    if reason:
        pytest.skip(reason)
    LogStore(db_path, "faults-key").close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode=wal").fetchone()[0] == "wal"  # how the previous version kept it
    try:
        finished = subprocess.run(
            [sys.executable, "-c", _IMMUTABLE_SCRIPT, str(db_path)], capture_output=True, text=True, timeout=120
        )
    finally:
        undo_immutable(db_path.parent)
    assert finished.returncode == 0, f"exit {finished.returncode} (-7 is SIGBUS)\n{finished.stdout}{finished.stderr}"
    assert "-shm" not in finished.stdout  # nothing memory-mapped any more
    assert "survived unavailable read unavailable read unavailable read" in finished.stdout
    assert "recovered 2" in finished.stdout
    assert questions(db_path) == ["question 1", "question 9"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_immutable_shm_left_at_start_is_an_unavailable_log_not_a_crash(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    reason = skip_reason_chattr(db_path.parent)
    if reason:
        pytest.skip(reason)
    with LogStore(db_path, KEY) as store:
        store.record_exchange(record(ALICE, "before"))
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA journal_mode=wal")
    shm = db_path.with_name(db_path.name + "-shm")
    shm.write_bytes(b"\0" * 32768)
    script = (
        "import sys; from prepbot.sessionlog.store import LogStore\n"
        f"store = LogStore(sys.argv[1], {KEY!r}, defer_open_errors=True, busy_timeout_seconds=0.5)\n"
        "print('available', store.available); print('alert', *store.drain_alerts())\n"
    )
    try:
        with immutable(shm):
            finished = subprocess.run(
                [sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, timeout=60
            )
    finally:
        undo_immutable(db_path.parent)
    assert finished.returncode == 0, finished.stderr
    assert "available False" in finished.stdout and "Session log unavailable" in finished.stdout
    with LogStore(db_path, KEY) as store:  # once the file is writable again, nothing was lost
        assert [exchange.question for exchange in store.exchanges()] == ["before"]


# ---- the file deleted or replaced under a running store ------------------------------------------------------


def test_a_deleted_database_is_noticed_reopened_and_alerted_with_every_privacy_choice(db_path: Path) -> None:
    with LogStore(db_path, KEY) as store:
        store.record_exchange(record(BOB, "What did NGOs say about torture?"))
        store.set_off_record(ALICE, True)
        assert store.drain_alerts() == []
        first_inode = db_path.stat().st_ino
        for path in db_path.parent.iterdir():  # `rm sessions.db*` while the bot runs
            path.unlink()
        assert store.record_exchange(record(BOB, "And about prisons?")) is not None
        assert db_path.exists() and db_path.stat().st_ino != first_inode
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        assert questions(db_path) == ["And about prisons?"]  # written to the file at the path, not the unlinked one
        assert store.is_off_record(ALICE) and off_record_hashes(db_path)  # carried over
        assert store.record_exchange(record(ALICE, "off the record question")) is None
        [alert] = store.drain_alerts()
        assert "was deleted while prepbot was running" in alert and "1 off-record choices were carried over" in alert
        assert_no_user_text_or_id([alert], "torture", "prisons")
        assert [exchange.question for exchange in store.exchanges()] == ["And about prisons?"]  # export reads it too


def test_a_replaced_database_is_used_from_then_on(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "restored" / "sessions.db"
    with LogStore(other, KEY) as restoring:
        restoring.record_exchange(record(BOB, "restored from a backup"))
    with LogStore(db_path, KEY) as store:
        store.record_exchange(record(BOB, "in the file that gets replaced"))
        store.set_off_record(ALICE, True)
        os.replace(other, db_path)
        assert [exchange.question for exchange in store.exchanges()] == ["restored from a backup"]
        assert store.record_exchange(record(BOB, "after the replacement")) is not None
        assert store.record_exchange(record(ALICE, "off the record")) is None
        [alert] = store.drain_alerts()
        assert "was replaced by another file" in alert
    assert questions(db_path) == ["restored from a backup", "after the replacement"]


# ---- a file that cannot be opened at start: unavailable, retried, nothing destroyed ---------------------------


def test_a_directory_where_the_database_should_be(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(LogStoreUnavailable, match="not a regular file"):
        LogStore(db_path, KEY)  # one line that says so, not an IsADirectoryError traceback
    store = LogStore(db_path, KEY, defer_open_errors=True, retry_seconds=0)
    assert not store.available
    with pytest.raises(LogStoreUnavailable):
        store.record_exchange(record(ALICE, "question"))
    [alert] = store.drain_alerts()
    assert "Session log unavailable" in alert and "not a regular file" in alert
    db_path.rmdir()  # an admin clears it: the next call opens a new log
    assert store.record_exchange(record(ALICE, "question")) is not None
    assert "Session log available again" in store.drain_alerts()[0]
    store.close()


def test_a_corrupt_database_at_start_is_left_as_it_is_and_retried(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not an SQLite database, but it may be someone's only copy" * 100
    db_path.write_bytes(garbage)
    store = LogStore(db_path, KEY, defer_open_errors=True, retry_seconds=0)
    try:
        assert not store.available
        with pytest.raises(LogStoreUnavailable, match="not a database"):
            store.is_member(ALICE)
        assert db_path.read_bytes() == garbage  # nothing destroyed: an admin decides what to do with it
        assert any("not a database" in alert for alert in store.drain_alerts())
        db_path.rename(db_path.with_name("sessions.db.damaged"))
        assert store.record_exchange(record(ALICE, "after the admin moved it away")) is not None
    finally:
        store.close()


def test_a_database_locked_at_start_is_retried_until_free(db_path: Path) -> None:
    LogStore(db_path, KEY).close()
    with sqlite3.connect(db_path, isolation_level=None) as locker:
        locker.execute("BEGIN EXCLUSIVE")
        early = LogStore(db_path, KEY, busy_timeout_seconds=0.3, defer_open_errors=True, retry_seconds=0)
        with pytest.raises(LogStoreUnavailable, match="locked"):
            early.record_exchange(record(ALICE, "during the lock"))
        locker.execute("ROLLBACK")
        assert early.record_exchange(record(ALICE, "after the lock")) is not None
        early.close()
    store = LogStore(db_path, KEY, defer_open_errors=True, retry_seconds=0.2)
    assert store.available
    store.close()


def test_an_old_prepbot_holding_the_log_in_wal_mode_makes_it_unavailable_not_mapped(db_path: Path) -> None:
    LogStore(db_path, KEY).close()
    old = sqlite3.connect(db_path, isolation_level=None)  # an older prepbot still running, with the log in WAL mode
    try:
        assert old.execute("PRAGMA journal_mode=wal").fetchone()[0] == "wal"
        old.execute("BEGIN")
        old.execute("SELECT count(*) FROM exchanges").fetchall()  # reading, as it does
        store = LogStore(db_path, KEY, busy_timeout_seconds=0.3, defer_open_errors=True, retry_seconds=0)
        assert not store.available  # it will not join the WAL (and map its -shm)
        assert any("Session log unavailable" in alert for alert in store.drain_alerts())
        old.execute("COMMIT")
    finally:
        old.close()
    assert store.record_exchange(record(ALICE, "once the old process is gone")) is not None
    assert not db_path.with_name("sessions.db-shm").exists()
    store.close()


# ---- off the record while the database cannot take it ------------------------------------------------------------


def test_an_off_record_choice_made_while_locked_survives_a_restart_and_reaches_the_database(db_path: Path) -> None:
    LogStore(db_path, KEY).close()
    fallback = fallback_path(db_path)
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with LogStore(db_path, KEY, busy_timeout_seconds=0.2, defer_open_errors=True) as store:
            assert store.set_off_record(ALICE, True) is False  # kept in the fallback file, not the database
            assert store.is_off_record(ALICE)
            assert any("off-record choice was kept in" in alert for alert in store.drain_alerts())
        assert stat.S_IMODE(fallback.stat().st_mode) == 0o600
        content = fallback.read_text()
        assert str(ALICE) not in content and len(json.loads(content)["off_record"]) == 1
        # a restart while the database is still locked: the choice is honoured from the file
        with LogStore(db_path, KEY, busy_timeout_seconds=0.2, defer_open_errors=True) as restarted:
            assert restarted.is_off_record(ALICE)
            with pytest.raises(LogStoreUnavailable):
                restarted.is_off_record(BOB)  # not in the file, and the database cannot say: unavailable, not False
            with pytest.raises(LogStoreUnavailable):
                restarted.set_off_record(BOB, False)  # going back on the record needs the database
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    with LogStore(db_path, KEY) as store:
        assert store.record_exchange(record(ALICE, "asked after the lock")) is None  # counted only
        assert store.off_record_count() == 1
    assert not fallback.exists()  # merged into the database
    assert len(off_record_hashes(db_path)) == 1 and questions(db_path) == []
    with LogStore(db_path, KEY) as store:
        store.set_off_record(ALICE, False)
        assert not store.is_off_record(ALICE)


def test_a_choice_waiting_in_the_fallback_does_not_keep_a_readable_log_from_opening(db_path: Path) -> None:
    LogStore(db_path, KEY).close()
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        with LogStore(db_path, KEY, busy_timeout_seconds=0.2, defer_open_errors=True) as store:
            assert store.set_off_record(ALICE, True) is False  # waits in the fallback file
        locker.execute("ROLLBACK")
        locker.execute("BEGIN IMMEDIATE")  # another writer at work: reading works, writing waits
        with LogStore(db_path, KEY, busy_timeout_seconds=0.2) as store:  # opens (the merge can wait)
            assert store.available and store.exchanges() == []
            assert store.is_off_record(ALICE)
            assert store.record_exchange(record(ALICE, "asked meanwhile")) is None
        locker.execute("ROLLBACK")
    finally:
        locker.close()
    with LogStore(db_path, KEY) as store:
        assert store.is_off_record(ALICE)
    assert not fallback_path(db_path).exists() and questions(db_path) == []


def test_a_damaged_fallback_file_still_protects_everyone_it_names(db_path: Path) -> None:
    with LogStore(db_path, KEY) as store:
        alice_hash = store._user_hash(ALICE)
    fallback = fallback_path(db_path)
    fallback.write_text('{"version": 1, "off_record": {"' + alice_hash + '": "2025-03-01T00:00:00Z", "trunc')
    with LogStore(db_path, KEY) as store:
        assert store.is_off_record(ALICE) and not store.is_off_record(BOB)
        assert any("was damaged" in alert for alert in store.drain_alerts())
        assert store.record_exchange(record(ALICE, "question")) is None
    assert not fallback.exists() and off_record_hashes(db_path) == {alice_hash}


# ---- a full disk and a read-only data directory, for real ------------------------------------------------------


def test_a_full_disk_keeps_what_was_stored_and_refuses_cleanly(tmp_path: Path) -> None:
    reason = skip_reason_mount(tmp_path)
    if reason:
        pytest.skip(reason)
    with tiny_tmpfs(tmp_path / "small", size="512k") as small:
        path = small / "sessions.db"
        with LogStore(path, KEY, busy_timeout_seconds=0.3) as store:
            store.record_exchange(record(BOB, "fits"))
            for number in range(5):
                store.record_exchange(record(BOB, f"filler {number}", text="x" * 20_000))
            stored = 6
            # something else fills the disk to the last byte
            with (small / "ballast").open("wb", buffering=0) as ballast, contextlib.suppress(OSError):
                while True:
                    ballast.write(b"\0" * 4096)
            with pytest.raises(LogStoreUnavailable, match="full|disk"):
                store.record_exchange(record(BOB, "does not fit", text="x" * 20_000))
            with pytest.raises(LogStoreUnavailable, match="fallback file .* cannot be written either"):
                store.set_off_record(ALICE, True)  # neither the database nor the fallback file can take it
            assert len(store.exchanges()) == stored  # reading still works, nothing half written
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM exchanges").fetchone()[0] == stored


def test_a_read_only_data_directory_reads_and_refuses_writes(db_path: Path, tmp_path: Path) -> None:
    reason = skip_reason_mount(tmp_path)
    if reason:
        pytest.skip(reason)
    with LogStore(db_path, KEY) as store:
        store.record_exchange(record(BOB, "stored before the remount"))
        assert store.redeem_invite(store.create_invite(ALICE, 48), BOB)
    with read_only_view(db_path.parent, tmp_path / "ro") as read_only:
        started = time.monotonic()
        store = LogStore(read_only / "sessions.db", KEY, defer_open_errors=True, busy_timeout_seconds=0.3)
        try:
            assert store.is_member(BOB)  # reading works
            with pytest.raises(LogStoreUnavailable):
                store.record_exchange(record(BOB, "cannot be written"))
            with pytest.raises(LogStoreUnavailable, match="fallback file"):
                store.set_off_record(ALICE, True)
        finally:
            store.close()
        assert time.monotonic() - started < 10
    assert questions(db_path) == ["stored before the remount"]
