"""Renderings of the session log for people: terminal table, JSON lines, CSV, Markdown briefing transcript, stats.

Stored text is shown, never acted on: control and format characters (terminal escapes, bidirectional overrides) are
shown as visible escapes in every rendering (prepbot.core.userinput.visible), CSV cells that a spreadsheet would read
as a formula get a leading apostrophe (csv_cell), and in the Markdown transcript what people typed cannot open a link,
an HTML tag or a code span.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from prepbot.core.userinput import csv_cell, is_unsafe_character, visible
from prepbot.sessionlog.query import LogFilter, LoggedExchange, LogStats, utc_text

FEEDBACK_MARKS = {"up": "👍", "down": "👎", "wrong_citation": "⚠️ wrong citation"}
CSV_COLUMNS = [
    "id",
    "answered_at",
    "user",
    "role",
    "session_id",
    "chat_kind",
    "kind",
    "question",
    "answer",
    "citations",
    "quotes",
    "mode",
    "grounded",
    "note",
    "model",
    "fallback_reason",
    "prompt_id",
    "prompt_hash",
    "retrieved",
    "latency_ms",
    "feedback",
]


def render_exchanges(found: list[LoggedExchange], fmt: str, *, log_filter: LogFilter, exported_at: datetime) -> str:
    if fmt == "jsonl":
        return "".join(_json_line(exchange.to_json()) for exchange in found)
    if fmt == "csv":
        return _csv(found)
    if fmt == "md":
        return _markdown(found, log_filter, exported_at)
    return _table(found)


def _minute(timestamp: str | None) -> str:
    """ "2025-03-02T14:03:07.123456Z" -> "2025-03-02 14:03"."""
    return (timestamp or "")[:16].replace("T", " ")


def _one_line(text: str | None) -> str:
    return " ".join(visible(text or "", multiline=False).split())


def _json_line(record: dict) -> str:
    """One JSON line, readable (non-ASCII text as it is) except for the characters a terminal would act on: json
    escapes C0 controls itself; C1 controls, bidirectional overrides and other format characters are escaped here."""
    text = json.dumps(record, ensure_ascii=False)
    return "".join(json.dumps(ch)[1:-1] if is_unsafe_character(ch) else ch for ch in text) + "\n"


_MARKDOWN_ACTIVE = str.maketrans({character: "\\" + character for character in "\\`<>[]"})


def _md(text: str | None, *, multiline: bool = True) -> str:
    """Stored text inside the Markdown transcript: visible escapes for control characters, and a backslash before the
    characters that would start a link, an HTML tag or a code span."""
    escaped = (text or "").translate(_MARKDOWN_ACTIVE)
    return visible(escaped) if multiline else _one_line(escaped)


def _feedback_text(feedback: list[dict], *, marks: bool) -> str:
    parts = []
    for item in feedback:
        label = FEEDBACK_MARKS.get(item["kind"], item["kind"]) if marks else item["kind"]
        if item.get("comment"):
            label += f": {_md(item['comment'], multiline=False) if marks else _one_line(item['comment'])}"
        parts.append(label)
    return "; ".join(parts)


def _citation_labels(exchange: LoggedExchange) -> str:
    return "; ".join(_one_line(f"{c.get('symbol')} ¶{c.get('paragraph')}") for c in exchange.citations)


def _citation_quotes(exchange: LoggedExchange) -> str:
    """The quotes the answer showed, each after its label: the answer column holds the frame line only, and a
    reviewer needs to read what was quoted (CSV "quotes" column)."""
    return " | ".join(
        _one_line(f"{c.get('symbol')} ¶{c.get('paragraph')}: “{c.get('quote', '')}”") for c in exchange.citations
    )


def _table(found: list[LoggedExchange]) -> str:
    if not found:
        return "No exchanges match.\n"
    header = ["id", "answered (UTC)", "user", "mode", "grounded", "quotes", "feedback", "question"]
    rows = [
        [
            str(exchange.id),
            _minute(exchange.answered_at),
            _one_line(exchange.pseudonym),
            _one_line(exchange.mode),
            "yes" if exchange.grounded else "no",
            str(len(exchange.citations)),
            ",".join(item["kind"].replace("wrong_citation", "wrong") for item in exchange.feedback),
            _clip(("followups: " if exchange.kind == "followups" else "") + _one_line(exchange.question), 70),
        ]
        for exchange in found
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _csv(found: list[LoggedExchange]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for exchange in found:
        cells = [
            exchange.id,
            exchange.answered_at,
            exchange.pseudonym,
            exchange.role,
            exchange.session_id,
            exchange.chat_kind,
            exchange.kind,
            exchange.question,
            exchange.answer,
            _citation_labels(exchange),
            _citation_quotes(exchange),
            exchange.mode,
            int(exchange.grounded),
            exchange.note or "",
            exchange.model or "",
            exchange.fallback_reason or "",
            exchange.prompt_id or "",
            exchange.prompt_hash or "",
            "; ".join(f"{hit['key']}={hit['score']:.3f}" for hit in exchange.hits),
            exchange.latency_ms,
            _feedback_text(exchange.feedback, marks=False),
        ]
        writer.writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()


def _blockquote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in (text or "").splitlines() or [""])


def _markdown(found: list[LoggedExchange], log_filter: LogFilter, exported_at: datetime) -> str:
    since = _minute(utc_text(log_filter.since)) + " UTC" if log_filter.since else "the first exchange"
    until = _minute(utc_text(log_filter.until)) + " UTC" if log_filter.until else "now"
    filters = {k: v for k, v in log_filter.describe().items() if k not in ("since", "until")}
    lines = [
        "# Session log: briefing transcript",
        "",
        f"Exchanges from {since} to {until}: {len(found)}. Exported {_minute(utc_text(exported_at))} UTC.",
    ]
    if filters:
        lines.append(
            "Filters: "
            + ", ".join(f"{name} = {_md(str(value), multiline=False)}" for name, value in filters.items())
            + "."
        )
    lines.append("People appear under pseudonyms only.")
    if not found:
        lines += ["", "*No exchanges in this range.*"]
    for number, exchange in enumerate(found, start=1):
        heading = "Follow-ups on: " if exchange.kind == "followups" else ""
        lines += ["", "---", "", f"## {number}. {heading}{_md(exchange.question, multiline=False)}", ""]
        meta = [
            f"{_minute(exchange.answered_at)} UTC",
            f"{exchange.pseudonym} ({exchange.role})",
            f"session {exchange.session_id}",
            f"{exchange.chat_kind} chat",
            f"{exchange.mode} answer",
        ]
        if exchange.fallback_reason:
            meta.append(f"the model's answer was not used: {exchange.fallback_reason}")
        meta = [_md(item, multiline=False) for item in meta]
        if exchange.latency_ms is not None:
            meta.append(f"{exchange.latency_ms:,} ms")
        lines += ["*" + " · ".join(meta) + "*", ""]
        lines.append(_md((exchange.answer or "").strip()) or "*(empty answer)*")
        if not exchange.grounded:
            lines += ["", "*The corpus held no answer to this question.*"]
        if exchange.note:
            lines += ["", f"*Note: {_md(exchange.note, multiline=False)}*"]
        for citation in exchange.citations:
            attribution = f" ({_md(citation['attribution'], multiline=False)})" if citation.get("attribution") else ""
            label = _md(f"{citation.get('symbol')} ¶{citation.get('paragraph')}", multiline=False)
            lines += ["", _blockquote(_md(citation.get("quote", ""))), ">", f"> — **{label}**{attribution}"]
        lines += ["", "**Feedback:** " + (_feedback_text(exchange.feedback, marks=True) or "none")]
    return "\n".join(lines) + "\n"


def render_stats(stats: LogStats) -> str:
    since = _minute(stats.since) + " UTC" if stats.since else "the first exchange"
    until = _minute(stats.until) + " UTC" if stats.until else "now"
    lines = [
        f"Session log from {since} to {until}",
        f"Exchanges: {stats.exchanges}   (off the record, counted only: {stats.off_record})",
        f"Grounded: {stats.grounded} ({stats.share(stats.grounded):.0%})   "
        f"With 👎: {stats.with_thumbs_down} ({stats.share(stats.with_thumbs_down):.0%})   "
        f"Wrong-citation reports: {stats.with_wrong_citation}",
        "",
        "Exchanges per day",
    ]
    peak = max((count for _, count in stats.per_day), default=0)
    for day, count in stats.per_day:
        bar = "#" * max(1, round(30 * count / peak)) if peak else ""
        lines.append(f"  {_one_line(day)}  {count:>5}  {bar}")
    if not stats.per_day:
        lines.append("  (none)")
    lines += ["", "Per answer mode"]
    lines += [f"  {_one_line(mode):<12} {count:>5}" for mode, count in stats.per_mode] or ["  (none)"]
    if stats.model_asked:
        used = stats.model_asked - sum(count for _, count in stats.fallbacks)
        lines += ["", f"Model answers: {used} of {stats.model_asked} used; fallbacks by reason"]
        lines += [f"  {_one_line(reason):<20} {count:>5}" for reason, count in stats.fallbacks] or ["  (none)"]
    lines += ["", "Most cited paragraphs"]
    lines += [f"  {count:>5}  {_one_line(label)}" for label, count in stats.most_cited] or ["  (none)"]
    lines += ["", "Questions that found nothing (what the corpus lacks)"]
    lines += [
        f"  {times:>3}×  {_clip(_one_line(question), 90)}  (last {_minute(last)})"
        for question, times, last in stats.found_nothing
    ] or ["  (none)"]
    return "\n".join(lines) + "\n"
