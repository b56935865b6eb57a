"""Reading the session log: the filters coordinators ask with, the records they get back, and the stats.

Everything here only reads; `prepbot.sessionlog.store.LogStore` opens the database, audits each export and calls these.
Also the parsing of what people type for those filters: dates ("2025-03-01", "7d"), durations, pseudonyms, citations.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from prepbot.core import userinput
from prepbot.core.errors import BadInput
from prepbot.core.numbering import CITED_NUMBER_PATTERN

PSEUDONYM_PREFIX = "member-"
PSEUDONYM_HEX = 6
FLAG_KINDS = ("down", "wrong_citation")  # what --flagged means

_PSEUDONYM_RE = re.compile(rf"^(?:{PSEUDONYM_PREFIX})?([0-9a-f]{{{PSEUDONYM_HEX}}})$")
_RELATIVE_RE = re.compile(r"^\s*[0-9.]+\s*(m|min|h|d|w)\s*$", re.IGNORECASE)  # an age: parse_duration reads it
MIN_YEAR, MAX_YEAR = 1900, 9998
MAX_LIMIT = 1_000_000  # the most exchanges one listing may ask for
MAX_FILTER_CHARS = 500


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    """The one timestamp format in the log: UTC, fixed width, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_duration(text: str) -> timedelta:
    """ "30d", "24h", "2w", "90min", or a bare number of days ("30"); at most a hundred years."""
    return userinput.parse_duration(text, what="The age")


def parse_when(text: str, *, now: datetime | None = None, end_of_day: bool = False) -> datetime:
    """A point in time: an ISO date or datetime (UTC unless it says otherwise), or "7d"/"24h"/"2w" ago.

    With end_of_day, a bare date means the end of that day (so `--until 2025-03-07` includes the 7th). Years outside
    1900-9998 and ages over a hundred years are BadInput, so nothing here can overflow.
    """
    cleaned = userinput.clean_text(text, max_chars=64)
    if _RELATIVE_RE.match(cleaned):
        return (now or utc_now()) - parse_duration(cleaned)
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise BadInput(f"not a date: {cleaned!r} (use e.g. 2025-03-01, 2025-03-01T14:00 or 7d / 24h ago)") from None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise BadInput(f"not a date prepbot can use: {cleaned!r} (the year must be from {MIN_YEAR} to {MAX_YEAR})")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if end_of_day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
        moment += timedelta(days=1)
    return moment.astimezone(UTC)


def normalize_pseudonym(text: str) -> str:
    match = _PSEUDONYM_RE.match(text.strip().lower())
    if not match:
        shown = userinput.clean_text(text, max_chars=40)
        raise BadInput(f"not a pseudonym: {shown!r} (they look like {PSEUDONYM_PREFIX}7f3a9c)")
    return PSEUDONYM_PREFIX + match.group(1)


def parse_cites(text: str) -> tuple[str, str | None]:
    """ "CCPR/C/KAZ/3" -> (symbol, None); "CCPR/C/KAZ/3 ¶36", "CCPR/C/KAZ/3 36" or "kaz-report:36" -> (symbol, "36");
    "CCPR/C/141/D/3456/2019 2.3" -> (symbol, "2.3")."""
    cleaned = text.strip()
    if "¶" in cleaned:
        symbol, _, paragraph = cleaned.partition("¶")
        symbol, paragraph = symbol.strip(), paragraph.strip()
    else:
        match = re.fullmatch(rf"(.+?)(?:\s+|:)({CITED_NUMBER_PATTERN})", cleaned, re.IGNORECASE)
        symbol, paragraph = (match.group(1), match.group(2)) if match else (cleaned, "")
    if not symbol:
        raise BadInput(f"not a citation: {cleaned[:60]!r} (use a document symbol, optionally with ¶N)")
    return symbol, paragraph or None


def _filter_text(value: str | None, what: str) -> str | None:
    """A filter as typed, cleaned of control and format characters (it is written to the audit table); None when not
    given; BadInput when it was given but nothing is left of it (never silently "no filter")."""
    if value is None or not value.strip():
        return None
    cleaned = userinput.clean_text(value, max_chars=MAX_FILTER_CHARS)
    if not cleaned:
        raise BadInput(f"nothing to filter by: the {what} holds only control or format characters")
    return cleaned


def empty_range(since: datetime | None, until: datetime | None) -> str | None:
    """Why a range nothing can be in ("--since 7d --until 30d") is refused, or None."""
    if since is None or until is None or since < until:
        return None
    return f"the range is empty: --since ({utc_text(since)}) is not before --until ({utc_text(until)})"


@dataclass
class LogFilter:
    """The questions a coordinator asks of the log; every field narrows the result."""

    since: datetime | None = None  # answered at or after
    until: datetime | None = None  # answered before
    user: str | None = None  # pseudonym, "member-7f3a9c"
    session: str | None = None
    search: str | None = None  # full-text over questions, answers and their quotes
    cites: str | None = None  # a document symbol or doc id, optionally with a paragraph: "CCPR/C/KAZ/3 ¶36"
    flagged: bool = False  # with a 👎 or a wrong-citation report
    limit: int | None = None  # the N most recent matches (shown oldest first)

    @classmethod
    def build(
        cls,
        *,
        now: datetime,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        user: str | None = None,
        session: str | None = None,
        search: str | None = None,
        cites: str | None = None,
        flagged: bool = False,
        limit: int | None = None,
    ) -> LogFilter:
        """From what a person typed: dates as text or datetimes, a pseudonym with or without its prefix; the texts
        cleaned of control and format characters (they are written to the audit table) and the limit bounded."""
        if isinstance(since, str):
            since = parse_when(since, now=now)
        if isinstance(until, str):
            until = parse_when(until, now=now, end_of_day=True)
        if problem := empty_range(since, until):
            raise BadInput(problem)
        if limit is not None:
            limit = userinput.parse_count(limit, what="The number of exchanges", minimum=1, maximum=MAX_LIMIT)
        return cls(
            since=since,
            until=until,
            user=normalize_pseudonym(user) if user else None,
            session=_filter_text(session, "session"),
            search=_filter_text(search, "search"),
            cites=_filter_text(cites, "citation"),
            flagged=flagged,
            limit=limit,
        )

    def describe(self) -> dict:
        """The filter as audit details: only what was set."""
        described = {
            "since": utc_text(self.since) if self.since else None,
            "until": utc_text(self.until) if self.until else None,
            "user": self.user,
            "session": self.session,
            "search": self.search,
            "cites": self.cites,
            "flagged": self.flagged or None,
            "limit": self.limit,
        }
        return {name: value for name, value in described.items() if value is not None}

    def where(self) -> tuple[str, list]:
        """SQL conditions on `exchanges e`, and their parameters."""
        clauses, params = ["1 = 1"], []
        if self.since:
            clauses.append("e.answered_at >= ?")
            params.append(utc_text(self.since))
        if self.until:
            clauses.append("e.answered_at < ?")
            params.append(utc_text(self.until))
        if self.user:
            clauses.append("e.pseudonym = ?")
            params.append(self.user)
        if self.session:
            clauses.append("e.session_id = ?")
            params.append(self.session)
        if self.search:
            clauses.append("e.id IN (SELECT rowid FROM exchanges_fts WHERE exchanges_fts MATCH ?)")
            params.append(_quote_fts(self.search))
        if self.cites:
            symbol, paragraph = parse_cites(self.cites)
            clause = (
                "EXISTS (SELECT 1 FROM json_each(e.citations) c WHERE (lower(json_extract(c.value, '$.symbol')) = "
                "lower(?) OR lower(json_extract(c.value, '$.doc_id')) = lower(?))"
            )
            params += [symbol, symbol]
            if paragraph:
                clause += " AND json_extract(c.value, '$.paragraph') = ?"
                params.append(paragraph)
            clauses.append(clause + ")")
        if self.flagged:
            kinds = ", ".join(f"'{kind}'" for kind in FLAG_KINDS)
            clauses.append(f"EXISTS (SELECT 1 FROM feedback f WHERE f.exchange_id = e.id AND f.kind IN ({kinds}))")
        return " AND ".join(clauses), params


@dataclass
class LoggedExchange:
    """One stored exchange as coordinators read it (no user hash, only the pseudonym)."""

    id: int
    kind: str
    session_id: str | None
    pseudonym: str
    role: str | None
    chat_kind: str | None
    question: str
    answer: str
    citations: list[dict]
    mode: str | None
    grounded: bool
    quotes_verified: int
    note: str | None
    prompt_id: str | None
    prompt_hash: str | None
    model: str | None
    fallback_reason: str | None  # why the model's answer was not used ("length", "no_citation", ...); None if it was
    hits: list[dict]
    latency_ms: int | None
    asked_at: str | None
    answered_at: str
    feedback: list[dict] = field(default_factory=list)  # {kind, comment?, created_at}

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "answered_at": self.answered_at,
            "asked_at": self.asked_at,
            "session_id": self.session_id,
            "user": self.pseudonym,
            "role": self.role,
            "chat_kind": self.chat_kind,
            "question": self.question,
            "answer": self.answer,
            "citations": self.citations,
            "mode": self.mode,
            "grounded": self.grounded,
            "quotes_verified": self.quotes_verified,
            "note": self.note,
            "prompt_id": self.prompt_id,
            "prompt_hash": self.prompt_hash,
            "model": self.model,
            "fallback_reason": self.fallback_reason,
            "hits": self.hits,
            "latency_ms": self.latency_ms,
            "feedback": self.feedback,
        }


@dataclass
class LogStats:
    since: str | None
    until: str | None
    exchanges: int
    per_day: list[tuple[str, int]]
    per_mode: list[tuple[str, int]]
    model_asked: int  # exchanges where a configured model was asked: answered in LLM mode, or fell back with a reason
    fallbacks: list[tuple[str, int]]  # (fallback_reason, exchanges), most frequent first
    grounded: int
    with_thumbs_down: int
    with_wrong_citation: int
    most_cited: list[tuple[str, int]]  # ("CCPR/C/KAZ/3 ¶36", exchanges citing it)
    found_nothing: list[tuple[str, int, str]]  # (question, times asked, last asked at)
    off_record: int

    def share(self, count: int) -> float:
        return count / self.exchanges if self.exchanges else 0.0

    def to_json(self) -> dict:
        return {
            "since": self.since,
            "until": self.until,
            "exchanges": self.exchanges,
            "per_day": dict(self.per_day),
            "per_mode": dict(self.per_mode),
            "model_asked": self.model_asked,
            "fallbacks": dict(self.fallbacks),
            "grounded": self.grounded,
            "share_grounded": round(self.share(self.grounded), 4),
            "with_thumbs_down": self.with_thumbs_down,
            "share_thumbs_down": round(self.share(self.with_thumbs_down), 4),
            "with_wrong_citation": self.with_wrong_citation,
            "most_cited": [{"citation": label, "exchanges": count} for label, count in self.most_cited],
            "found_nothing": [
                {"question": question, "times": times, "last_asked": last}
                for question, times, last in self.found_nothing
            ],
            "off_record": self.off_record,
        }


def find_exchanges(db: Database, log_filter: LogFilter) -> list[LoggedExchange]:
    """The matching exchanges, oldest first (with a limit: the most recent N), each with its feedback."""
    where, params = log_filter.where()
    sql = f"SELECT e.* FROM exchanges e WHERE {where} ORDER BY e.answered_at DESC, e.id DESC"
    if log_filter.limit:
        sql += " LIMIT ?"
        params = params + [log_filter.limit]
    rows = list(reversed(list(db.query(sql, params))))
    feedback: dict[int, list[dict]] = {}
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for item in db.query(
            f"SELECT exchange_id, kind, comment, created_at FROM feedback WHERE exchange_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            exchange_id = item.pop("exchange_id")
            feedback.setdefault(exchange_id, []).append({k: v for k, v in item.items() if v is not None})
    return [
        LoggedExchange(
            id=row["id"],
            kind=row["kind"],
            session_id=row["session_id"],
            pseudonym=row["pseudonym"],
            role=row["role"],
            chat_kind=row["chat_kind"],
            question=row["question"],
            answer=row["answer"] or "",
            citations=json.loads(row["citations"] or "[]"),
            mode=row["mode"],
            grounded=bool(row["grounded"]),
            quotes_verified=row["quotes_verified"] or 0,
            note=row["note"],
            prompt_id=row["prompt_id"],
            prompt_hash=row["prompt_hash"],
            model=row["model"],
            fallback_reason=row["fallback_reason"],
            hits=json.loads(row["hits"] or "[]"),
            latency_ms=row["latency_ms"],
            asked_at=row["asked_at"],
            answered_at=row["answered_at"],
            feedback=feedback.get(row["id"], []),
        )
        for row in rows
    ]


def count_off_record(db: Database, since: datetime | None, until: datetime | None) -> int:
    """Exchanges that went unrecorded, by day (the only trace off-the-record questions leave)."""
    clauses, params = ["1 = 1"], []
    if since:
        clauses.append("day >= ?")
        params.append(utc_text(since)[:10])
    if until:
        clauses.append("day <= ?")
        params.append(utc_text(until)[:10])
    sql = f"SELECT COALESCE(SUM(exchanges), 0) FROM off_record_counts WHERE {' AND '.join(clauses)}"
    return int(db.execute(sql, params).fetchone()[0])


def compute_stats(db: Database, log_filter: LogFilter, *, top: int = 10) -> LogStats:
    """Exchanges per day and per answer mode, the model's fallbacks by reason, shares grounded and 👎, most cited
    paragraphs, unanswered questions."""
    where, params = log_filter.where()

    def scalar(sql: str, extra: list | None = None) -> int:
        return int(db.execute(sql, params + (extra or [])).fetchone()[0] or 0)

    feedback_sql = (
        f"SELECT count(*) FROM exchanges e WHERE {where} AND EXISTS "
        "(SELECT 1 FROM feedback f WHERE f.exchange_id = e.id AND f.kind = ?)"
    )
    per_day = db.execute(
        f"SELECT substr(e.answered_at, 1, 10) AS day, count(*) FROM exchanges e WHERE {where} "
        "GROUP BY day ORDER BY day",
        params,
    ).fetchall()
    per_mode = db.execute(
        f"SELECT COALESCE(e.mode, '?') AS mode, count(*) AS n FROM exchanges e WHERE {where} "
        "GROUP BY mode ORDER BY n DESC, mode",
        params,
    ).fetchall()
    fallbacks = db.execute(
        f"SELECT e.fallback_reason AS reason, count(*) AS n FROM exchanges e WHERE {where} "
        "AND e.fallback_reason IS NOT NULL GROUP BY reason ORDER BY n DESC, reason",
        params,
    ).fetchall()
    most_cited = db.execute(
        "SELECT json_extract(c.value, '$.symbol') AS symbol, json_extract(c.value, '$.paragraph') AS paragraph, "
        f"count(DISTINCT e.id) AS n FROM exchanges e, json_each(e.citations) c WHERE {where} "
        "GROUP BY symbol, paragraph ORDER BY n DESC, symbol, paragraph LIMIT ?",
        params + [top],
    ).fetchall()
    found_nothing = db.execute(  # the bare `question` comes from the row with max(answered_at)
        "SELECT e.question, count(*) AS n, max(e.answered_at) AS last FROM exchanges e "
        f"WHERE {where} AND e.grounded = 0 AND e.kind = 'ask' "
        "GROUP BY lower(trim(e.question)) ORDER BY n DESC, last DESC LIMIT ?",
        params + [top],
    ).fetchall()
    described = log_filter.describe()
    return LogStats(
        since=described.get("since"),
        until=described.get("until"),
        exchanges=scalar(f"SELECT count(*) FROM exchanges e WHERE {where}"),
        per_day=[(day, count) for day, count in per_day],
        per_mode=[(mode, count) for mode, count in per_mode],
        model_asked=scalar(
            f"SELECT count(*) FROM exchanges e WHERE {where} AND (e.mode = 'llm' OR e.fallback_reason IS NOT NULL)"
        ),
        fallbacks=[(reason, count) for reason, count in fallbacks],
        grounded=scalar(f"SELECT count(*) FROM exchanges e WHERE {where} AND e.grounded = 1"),
        with_thumbs_down=scalar(feedback_sql, ["down"]),
        with_wrong_citation=scalar(feedback_sql, ["wrong_citation"]),
        most_cited=[(f"{symbol} ¶{paragraph}", count) for symbol, paragraph, count in most_cited],
        found_nothing=[(question, count, last) for question, count, last in found_nothing],
        off_record=count_off_record(db, log_filter.since, log_filter.until),
    )


def _quote_fts(text: str) -> str:
    """Each word as a quoted FTS5 string, so user text (quotes, hyphens, AND/OR/NOT) is searched, never parsed."""
    words = re.findall(r"\w+", text)
    if not words:
        raise BadInput(f"nothing to search for in {text[:60]!r}")
    return " ".join(f'"{word}"' for word in words)
