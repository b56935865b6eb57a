"""Quality on a question file (the format of ../shared/eval/dev.jsonl), per language: retrieval recall@1/5/10 and
MRR@10, and what users see: how many answers cite a gold paragraph, and how many contrast answers cite both sides.

Gold rule (../shared/eval/README.md): a retrieved paragraph is a hit for a question when it belongs to a gold
document and its whitespace-normalised text contains that gold item's phrase (whitespace-normalised,
case-insensitive). A gold item's `seed` is the three-digit prefix of a file in ../shared/seeds/; seeds 000, 001, ...
are the manifest's documents in manifest order (the manifest lists the seed documents first, in seed order). A
gold item may name its document by `doc` (a doc_id) instead: the standards layer (bench/standards.jsonl).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prepbot.core.jsonl import read_jsonl
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.retrieval.parsing import TEXT_NORMALISATION

RECALL_AT = (1, 5, 10)
MRR_AT = 10
LANGUAGES = ("en", "ru", "all")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Gold:
    seed: str  # the seed document ("000"...), or "" when the gold item names its document by doc_id
    paragraph: str
    phrase: str
    doc: str = ""  # a doc_id (the standards layer's documents have no seed number): {"doc": "ccpr-gc37-assembly"}


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    lang: str
    kind: str | None
    gold: tuple[Gold, ...] = field(default_factory=tuple)


def normalise(text: str) -> str:
    """Text as compared: the parser's character normalisation (a gold phrase copied from the file keeps its
    non-breaking hyphen "sixty\u2011fifth", which the stored paragraph prints "sixty-fifth"), whitespace collapsed,
    lower case."""
    return _WHITESPACE.sub(" ", text.translate(TEXT_NORMALISATION)).strip().lower()


def load_items(path: Path | str) -> list[EvalItem]:
    """Read a question file; BadInput naming the file and line of the first unusable one."""
    return read_jsonl(path, _eval_item)


def _eval_item(record: dict, number: int) -> EvalItem:
    gold = tuple(
        Gold(str(g.get("seed", "")), str(g.get("paragraph", "")), str(g["phrase"]), str(g.get("doc", "")))
        for g in record.get("gold", [])
    )
    return EvalItem(
        id=str(record["id"]),
        question=str(record["question"]),
        lang=str(record.get("lang", "en")),
        kind=record.get("kind"),
        gold=gold,
    )


def seed_map(documents: Sequence[DocumentEntry]) -> dict[str, str]:
    """ "000" -> doc_id of the first manifest document, "001" -> the second, ..."""
    return {f"{position:03d}": entry.doc_id for position, entry in enumerate(documents)}


def is_hit(paragraph: Paragraph, gold: Iterable[Gold], seeds: dict[str, str]) -> bool:
    text = normalise(paragraph.text)
    return any((g.doc or seeds.get(g.seed)) == paragraph.doc_id and normalise(g.phrase) in text for g in gold)


def metrics(rankings: Mapping[str, Sequence[Paragraph]], items: Sequence[EvalItem], seeds: dict[str, str]) -> dict:
    """{"en"|"ru"|"all": {"questions", "recall@1", "recall@5", "recall@10", "mrr@10"}} (None where no questions).

    rankings maps an item id to its retrieved paragraphs, best first. Items without gold are skipped.
    """
    rows: dict[str, dict[str, float]] = {}
    for lang in LANGUAGES:
        chosen = [item for item in items if item.gold and (lang == "all" or item.lang == lang)]
        row: dict[str, Any] = {"questions": len(chosen)}
        for cutoff in RECALL_AT:
            row[f"recall@{cutoff}"] = None
        row[f"mrr@{MRR_AT}"] = None
        if chosen:
            found = {cutoff: 0 for cutoff in RECALL_AT}
            reciprocal = 0.0
            for item in chosen:
                ranked = list(rankings.get(item.id, []))
                first = next(
                    (rank for rank, paragraph in enumerate(ranked, start=1) if is_hit(paragraph, item.gold, seeds)),
                    None,
                )
                for cutoff in RECALL_AT:
                    if first is not None and first <= cutoff:
                        found[cutoff] += 1
                if first is not None and first <= MRR_AT:
                    reciprocal += 1.0 / first
            for cutoff in RECALL_AT:
                row[f"recall@{cutoff}"] = found[cutoff] / len(chosen)
            row[f"mrr@{MRR_AT}"] = reciprocal / len(chosen)
        rows[lang] = row
    return rows


def run_retrieval(
    search: Callable[[str, int], Sequence[Any]], items: Sequence[EvalItem], k: int = 10
) -> dict[str, list[Paragraph]]:
    """Search every question; search(question, k) returns Hits (or Paragraphs)."""
    rankings = {}
    for item in items:
        results = search(item.question, max(k, MRR_AT))
        rankings[item.id] = [getattr(result, "paragraph", result) for result in results]
    return rankings


def misses(
    rankings: Mapping[str, Sequence[Paragraph]], items: Sequence[EvalItem], seeds: dict[str, str], cutoff: int = 5
) -> list[str]:
    """Ids of the questions with no hit in the first `cutoff` results."""
    return [
        item.id
        for item in items
        if item.gold and not any(is_hit(p, item.gold, seeds) for p in list(rankings.get(item.id, []))[:cutoff])
    ]


def gold_cited(cited: Sequence[Paragraph], item: EvalItem, seeds: dict[str, str]) -> list[Paragraph]:
    """The cited paragraphs that are gold for the item, each paragraph once, in citation order."""
    found: dict[str, Paragraph] = {}
    for paragraph in cited:
        if paragraph.key not in found and is_hit(paragraph, item.gold, seeds):
            found[paragraph.key] = paragraph
    return list(found.values())


def cites_both_sides(cited: Sequence[Paragraph], item: EvalItem, seeds: dict[str, str]) -> bool:
    """True when the cited gold paragraphs are at least two, from at least two sides (author_type: state,
    committee, un, ngo; in a summary record the speaker's side). Two gold paragraphs of the same side (two State
    replies) are one side of a contrast, not both."""
    gold = gold_cited(cited, item, seeds)
    return len({paragraph.author_type for paragraph in gold}) >= 2


def answer_metrics(
    citations: Mapping[str, Sequence[Paragraph]], items: Sequence[EvalItem], seeds: dict[str, str]
) -> dict:
    """What users see, per language: {"en"|"ru"|"all": {"questions", "citing_gold", "citing_gold_share",
    "contrast", "contrast_both_sides", "contrast_both_sides_share"}} (a share is None when there is nothing to count).

    citations maps an item id to the paragraphs its answer cites (in citation order; none for a "not found"
    answer). Items without gold are skipped; "contrast" counts the items of kind "contrast".
    """
    rows: dict[str, dict[str, Any]] = {}
    for lang in LANGUAGES:
        chosen = [item for item in items if item.gold and (lang == "all" or item.lang == lang)]
        contrast = [item for item in chosen if item.kind == "contrast"]
        citing = sum(1 for item in chosen if gold_cited(citations.get(item.id, []), item, seeds))
        both = sum(1 for item in contrast if cites_both_sides(citations.get(item.id, []), item, seeds))
        rows[lang] = {
            "questions": len(chosen),
            "citing_gold": citing,
            "citing_gold_share": citing / len(chosen) if chosen else None,
            "contrast": len(contrast),
            "contrast_both_sides": both,
            "contrast_both_sides_share": both / len(contrast) if contrast else None,
        }
    return rows


def answer_misses(
    citations: Mapping[str, Sequence[Paragraph]], items: Sequence[EvalItem], seeds: dict[str, str]
) -> list[str]:
    """Ids of the questions (with gold) whose answer cites no gold paragraph."""
    return [item.id for item in items if item.gold and not gold_cited(citations.get(item.id, []), item, seeds)]


def format_answer_table(rows: dict[str, dict[str, Any]]) -> str:
    """Answers citing gold and contrast answers citing both sides, one line per language."""
    lines = [f"{'lang':<5}{'n':>4}{'citing gold':>18}{'contrast both sides':>24}"]
    for lang in LANGUAGES:
        row = rows[lang]
        gold = _count_and_share(row["citing_gold"], row["questions"], row["citing_gold_share"])
        both = _count_and_share(row["contrast_both_sides"], row["contrast"], row["contrast_both_sides_share"])
        lines.append(f"{lang:<5}{row['questions']:>4}{gold:>18}{both:>24}")
    return "\n".join(lines)


def _count_and_share(count: int, total: int, share: float | None) -> str:
    return "-" if share is None else f"{count}/{total} {share:.3f}"


def format_table(rows: dict[str, dict[str, Any]]) -> str:
    header = f"{'lang':<5}{'n':>4}" + "".join(f"{f'R@{c}':>8}" for c in RECALL_AT) + f"{f'MRR@{MRR_AT}':>9}"
    lines = [header]
    for lang in LANGUAGES:
        row = rows[lang]
        cells = []
        for name in [f"recall@{c}" for c in RECALL_AT] + [f"mrr@{MRR_AT}"]:
            value = row[name]
            cells.append("-" if value is None else f"{value:.3f}")
        lines.append(
            f"{lang:<5}{row['questions']:>4}" + "".join(f"{cell:>8}" for cell in cells[:-1]) + f"{cells[-1]:>9}"
        )
    return "\n".join(lines)
