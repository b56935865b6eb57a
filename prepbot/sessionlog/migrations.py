"""The session-log schema as a plain list of named migrations, applied in order and recorded in `_migrations`.

The way Simon Willison's `llm` does it: each migration is a function taking a sqlite-utils `Database`; `migrate()`
applies those whose name is not yet recorded, so a database made by an older prepbot upgrades in place, keeping its
rows. Never edit or reorder a migration that has shipped: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlite_utils import Database

Migration = Callable[[Database], None]

MIGRATIONS: list[Migration] = []


def migration(function: Migration) -> Migration:
    MIGRATIONS.append(function)
    return function


def _create_migrations_table(db: Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")


def applied_migrations(db: Database) -> set[str]:
    if not db.table("_migrations").exists():
        return set()
    return {row[0] for row in db.execute("SELECT name FROM _migrations").fetchall()}


def pending_migrations(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    applied = applied_migrations(db)
    return [function for function in migrations if function.__name__ not in applied]


def migrate(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply the pending migrations in one write transaction; return their names.

    The transaction starts with BEGIN IMMEDIATE, so two processes (the bot and a CLI, or many stores opened at once)
    cannot both apply the same migration: the second waits for the write lock, then finds nothing left to do.
    """
    if not pending_migrations(db, migrations):
        return []
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        _create_migrations_table(db)
        done: list[str] = []
        for function in pending_migrations(db, migrations):
            function(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [function.__name__, datetime.now(UTC).isoformat()],
            )
            done.append(function.__name__)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return done


@migration
def m001_exchanges(db: Database) -> None:
    """The first schema: one row per answered question (or follow-up draft), and the feedback on it."""
    db.table("exchanges").create(
        {
            "id": int,
            "kind": str,  # "ask" | "followups"
            "session_id": str,
            "user_hash": str,  # keyed HMAC-SHA256 of the user id (hex); never the id itself
            "pseudonym": str,  # "member-7f3a9c", what coordinators see
            "role": str,  # "member" | "coordinator" | "admin"
            "chat_kind": str,  # "private" | "group" | "console"
            "question": str,
            "answer": str,
            "citations": str,  # JSON list of {doc_id, symbol, paragraph, quote, attribution}
            "mode": str,  # "extractive" | "llm" | "template"
            "grounded": int,
            "quotes_verified": int,  # quotes that passed prepbot.answering.verify (only those reach an Answer)
            "note": str,  # e.g. why an LLM answer fell back to the extractive one
            "prompt_id": str,
            "prompt_hash": str,
            "model": str,
            "hits": str,  # JSON list of {key: "<doc_id>:<number>", score}
            "latency_ms": int,
            "asked_at": str,  # UTC, "YYYY-MM-DDTHH:MM:SS.ffffffZ"
            "answered_at": str,
        },
        pk="id",
        not_null={"kind", "user_hash", "pseudonym", "question", "answered_at"},
    )
    db.table("feedback").create(
        {
            "id": int,
            "exchange_id": int,
            "kind": str,  # "up" | "down" | "wrong_citation"
            "comment": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("exchange_id", "exchanges", "id")],
        not_null={"exchange_id", "kind", "created_at"},
    )


@migration
def m002_exchanges_fts(db: Database) -> None:
    """Full-text search over questions and answers, kept current by triggers (rows already stored are indexed)."""
    db.table("exchanges").enable_fts(["question", "answer"], create_triggers=True, tokenize="porter")


@migration
def m003_members_invites(db: Database) -> None:
    """People onboarded with a coordinator's one-time code, stored as keyed hashes only."""
    db.table("members").create(
        {"user_hash": str, "pseudonym": str, "joined_at": str, "invite_hash": str},
        pk="user_hash",
        not_null={"pseudonym", "joined_at"},
    )
    db.table("invites").create(
        {
            "code_hash": str,  # keyed hash of the code: reading the database does not let anyone redeem it
            "created_by": str,  # pseudonym of the coordinator
            "created_at": str,
            "expires_at": str,
            "redeemed_at": str,
            "redeemed_by": str,  # pseudonym of the new member
        },
        pk="code_hash",
        not_null={"created_at", "expires_at"},
    )


@migration
def m004_off_record(db: Database) -> None:
    """Who asked to be off the record (keyed hash), and how many exchanges went unrecorded per day (a count only)."""
    db.table("off_record").create({"user_hash": str, "since": str}, pk="user_hash", not_null={"since"})
    db.table("off_record_counts").create({"day": str, "exchanges": int}, pk="day", not_null={"exchanges"})


@migration
def m005_audit(db: Database) -> None:
    """Every export and every purge: who, when, what range."""
    db.table("audit").create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,  # "export" | "stats" | "purge" | "revoke"
            "range_since": str,
            "range_until": str,
            "details": str,  # JSON: filters, format, how many rows
        },
        pk="id",
        not_null={"at", "actor", "action"},
    )


@migration
def m006_indexes(db: Database) -> None:
    """Indexes for the filters coordinators use and for forget/purge."""
    db.table("exchanges").create_index(["answered_at"], index_name="idx_exchanges_answered_at")
    db.table("exchanges").create_index(["user_hash"], index_name="idx_exchanges_user_hash")
    db.table("exchanges").create_index(["pseudonym"], index_name="idx_exchanges_pseudonym")
    db.table("exchanges").create_index(["session_id"], index_name="idx_exchanges_session_id")
    db.table("feedback").create_index(["exchange_id"], index_name="idx_feedback_exchange_id")


@migration
def m007_fallback_reason(db: Database) -> None:
    """Why a configured model's answer was not used (the answer's `fallback_reason`: "length", "timeout",
    "no_citation", ...), so coordinators can count fallbacks by reason; NULL when the model's answer was used, no model
    was configured, or the exchange was stored before this migration."""
    db.table("exchanges").add_column("fallback_reason", str)


@migration
def m008_key_check(db: Database) -> None:
    """A keyed hash made with the pseudonym key that first opened the log: a later start with another key is refused,
    since nobody's pseudonym or off-the-record choice would be recognised under it. One row (id 1)."""
    db.table("key_check").create({"id": int, "fingerprint": str, "since": str}, pk="id", not_null={"fingerprint"})


@migration
def m009_quotes_searchable(db: Database) -> None:
    """What each answer quoted, as plain text (`quotes`), searched with the question and the answer's frame line:
    `prepbot logs --search Taldykorgan` finds the exchanges that quoted it. Filled in for the rows already stored."""
    db.table("exchanges").add_column("quotes", str)
    db.execute(
        "UPDATE exchanges SET quotes = (SELECT group_concat(json_extract(c.value, '$.quote'), ' ') "
        "FROM json_each(CASE WHEN json_valid(exchanges.citations) THEN exchanges.citations ELSE '[]' END) c)"
    )
    db.table("exchanges").disable_fts()
    db.table("exchanges").enable_fts(["question", "answer", "quotes"], create_triggers=True, tokenize="porter")


@migration
def m010_exchange_ids(db: Database) -> None:
    """The last exchange id given out (one row, id 1): a new exchange gets the next one even after a purge emptied the
    table, so an id that a message's feedback button or an audit row names is never another exchange's."""
    db.table("exchange_ids").create({"id": int, "last": int}, pk="id", not_null={"last"})
    db.execute("INSERT INTO exchange_ids (id, last) SELECT 1, coalesce(max(id), 0) FROM exchanges")


def schema_version(conn: sqlite3.Connection) -> list[str]:
    """Names of the applied migrations, in the order they were applied (for diagnostics and tests)."""
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid").fetchall()]
