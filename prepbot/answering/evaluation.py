"""How answers measure up on a question file: answered when answerable, the asked-for fact shown in a quote, and
declined when the documents do not answer (items without gold: near misses, off-topic questions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from prepbot.core.records import Answer
from prepbot.retrieval.evaluation import LANGUAGES, EvalItem, normalise


def shows_fact(answer: Answer, item: EvalItem) -> bool:
    """Some quote of the answer contains one of the item's gold phrases (whitespace-normalised, case-insensitive)."""
    phrases = [normalise(gold.phrase) for gold in item.gold]
    return any(phrase in normalise(citation.quote) for citation in answer.citations for phrase in phrases)


def _share(count: int, total: int) -> float | None:
    return count / total if total else None


def answer_quality(items: Sequence[EvalItem], answers: Sequence[Answer]) -> dict[str, dict[str, Any]]:
    """Per language ("en", "ru", "all"): {"answerable", "answered", "answered_share", "shows_fact",
    "shows_fact_share" (of the answerable), "unanswerable", "declined", "declined_share"}."""
    by_id = {item.id: answer for item, answer in zip(items, answers, strict=True)}
    rows: dict[str, dict[str, Any]] = {}
    for lang in LANGUAGES:
        chosen = [item for item in items if lang == "all" or item.lang == lang]
        answerable = [item for item in chosen if item.gold]
        unanswerable = [item for item in chosen if not item.gold]
        answered = sum(1 for item in answerable if by_id[item.id].grounded)
        fact = sum(1 for item in answerable if by_id[item.id].grounded and shows_fact(by_id[item.id], item))
        declined = sum(1 for item in unanswerable if not by_id[item.id].grounded)
        rows[lang] = {
            "answerable": len(answerable),
            "answered": answered,
            "answered_share": _share(answered, len(answerable)),
            "shows_fact": fact,
            "shows_fact_share": _share(fact, len(answerable)),
            "unanswerable": len(unanswerable),
            "declined": declined,
            "declined_share": _share(declined, len(unanswerable)),
        }
    return rows


def quality_misses(items: Sequence[EvalItem], answers: Sequence[Answer]) -> dict[str, list[str]]:
    """Item ids by failure: answerable but declined, answered without the fact, unanswerable but answered."""
    misses: dict[str, list[str]] = {"not_answered": [], "fact_not_shown": [], "not_declined": []}
    for item, answer in zip(items, answers, strict=True):
        if item.gold and not answer.grounded:
            misses["not_answered"].append(item.id)
        elif item.gold and not shows_fact(answer, item):
            misses["fact_not_shown"].append(item.id)
        elif not item.gold and answer.grounded:
            misses["not_declined"].append(item.id)
    return misses


def format_quality(rows: dict[str, dict[str, Any]]) -> str:
    def cell(count: int, total: int, share: float | None) -> str:
        return "-" if share is None else f"{count}/{total} {share:.2f}"

    lines = [f"{'':<5}{'answered':>16}{'shows fact':>16}{'declined':>16}"]
    for lang, row in rows.items():
        lines.append(
            f"{lang:<5}{cell(row['answered'], row['answerable'], row['answered_share']):>16}"
            f"{cell(row['shows_fact'], row['answerable'], row['shows_fact_share']):>16}"
            f"{cell(row['declined'], row['unanswerable'], row['declined_share']):>16}"
        )
    return "\n".join(lines)
