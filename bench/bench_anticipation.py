"""Anticipation recall and precision of drafted follow-up questions against the questions a Committee really asked
(the measure of ../shared/eval/ANTICIPATION.md), with the Committee's own document held out of the corpus.

Usage:
    python bench/bench_anticipation.py [--questions ../shared/eval/anticipation_cat.jsonl] [--heldout cat-loi]
        [--mode followups|brief|both] [--max-questions 80] [--role delegation|ngo] [--work DIR] [--misses] [--json]

What it does:
- copies corpus/ without the held-out document (its doc_id in corpus/manifest.toml) into WORK/corpus and builds an
  index of that copy in WORK/index (about 100 s the first time; kept and reused, rebuilt only when the copy changes);
- `followups`: drafts follow-ups once per topic of the question file (what `prepbot followups TOPIC --json` does);
  `brief`: builds the briefing pack over the whole dialogue (what `prepbot brief --json --max-questions N` does);
- counts: a real question is anticipated when a drafted question cites one of its grounding paragraphs (only the first
  3 citations of each drafted question count); for `followups`, only by a question drafted for the real question's
  topic (how the issue's baseline, 0.23 / 0.38, was counted; the count across topics is printed too).
  Recall = anticipated / all real questions. Precision = drafted questions that anticipate at least one real question
  / drafted questions. Both overall and per topic of the file.

A grounding `seed` is the three-digit prefix of a file in ../shared/seeds/; it is matched to the corpus document whose
file has the same content (else to the manifest's documents in order, as `prepbot eval` does).
Offline (no model) unless --model is given and OPENAI_API_KEY is set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COUNTED_CITATIONS = 3


@dataclass(frozen=True)
class RealQuestion:
    id: str
    topic: str
    question: str
    grounding: frozenset[str]  # paragraph keys "<doc_id>:<number>"


@dataclass(frozen=True)
class Drafted:
    topic: str  # the topic it was drafted for (followups) or the pack's topic title (brief)
    text: str
    basis: str
    cited: tuple[str, ...]  # paragraph keys, citation order


# ---------------------------------------------------------------- the measure


def score(real: Sequence[RealQuestion], drafted: Sequence[Drafted], *, same_topic: bool = False) -> dict:
    """ANTICIPATION.md's recall and precision, overall and per topic of the real questions. A drafted question is
    counted under the topic it was drafted for; with `same_topic` it anticipates only real questions of that topic
    (follow-ups drafted per topic, as the issue's baseline counts them), else any real question (the brief, whose
    topics are its own)."""
    matches: dict[int, set[str]] = {}  # drafted index -> ids of the real questions it anticipates
    anticipated_by: dict[str, list[int]] = defaultdict(list)
    for index, question in enumerate(drafted):
        counted = set(question.cited[:COUNTED_CITATIONS])
        matches[index] = {r.id for r in real if r.grounding & counted and (not same_topic or r.topic == question.topic)}
        for real_id in matches[index]:
            anticipated_by[real_id].append(index)
    anticipated = {r.id for r in real if anticipated_by.get(r.id)}
    useful = sum(1 for found in matches.values() if found)
    topics: dict[str, dict] = {}
    for topic in sorted({r.topic for r in real} | {d.topic for d in drafted}):
        of_topic = [r for r in real if r.topic == topic]
        drafted_here = [i for i, d in enumerate(drafted) if d.topic == topic]
        topics[topic] = {
            "real": len(of_topic),
            "anticipated": sum(1 for r in of_topic if r.id in anticipated),
            "drafted": len(drafted_here),
            "drafted_matching": sum(1 for i in drafted_here if matches[i]),
        }
    return {
        "real": len(real),
        "groundable": sum(1 for r in real if r.grounding),
        "anticipated": len(anticipated),
        "recall": len(anticipated) / len(real) if real else None,
        "drafted": len(drafted),
        "drafted_matching": useful,
        "precision": useful / len(drafted) if drafted else None,
        "topics": topics,
        "missed": sorted(r.id for r in real if r.id not in anticipated and r.grounding),
        "unmatched_drafts": [i for i, found in matches.items() if not found],
    }


def format_score(name: str, result: dict, seconds: float) -> str:
    lines = [
        f"{name}: recall {result['recall']:.2f} ({result['anticipated']} of {result['real']} anticipated; "
        f"{result['groundable']} have grounding), precision {result['precision'] or 0:.2f} "
        f"({result['drafted_matching']} of {result['drafted']} drafted questions match a real one), {seconds:.1f} s",
        f"  {'topic':<48}{'real':>5}{'antic.':>7}{'drafted':>8}{'match':>6}",
    ]
    for topic, row in result["topics"].items():
        lines.append(
            f"  {topic[:47]:<48}{row['real']:>5}{row['anticipated']:>7}{row['drafted']:>8}{row['drafted_matching']:>6}"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- inputs


def seed_documents(corpus_dir: Path, seeds_dir: Path) -> dict[str, str]:
    """Seed prefix ("001") -> doc_id, by identical file content; else manifest order."""
    manifest = tomllib.loads((corpus_dir / "manifest.toml").read_text(encoding="utf-8"))["documents"]
    by_hash = {_sha(corpus_dir / d["file"]): d["doc_id"] for d in manifest if (corpus_dir / d["file"]).exists()}
    seeds = {f"{position:03d}": d["doc_id"] for position, d in enumerate(manifest)}
    if seeds_dir.is_dir():
        for path in sorted(seeds_dir.glob("[0-9][0-9][0-9]_*")):
            doc_id = by_hash.get(_sha(path))
            if doc_id:
                seeds[path.name[:3]] = doc_id
    return seeds


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_real(path: Path, seeds: dict[str, str]) -> list[RealQuestion]:
    real = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        grounding = frozenset(f"{seeds[str(g['seed'])]}:{g['paragraph']}" for g in record.get("grounding", []))
        real.append(RealQuestion(str(record["id"]), record["topic"], record["question"], grounding))
    return real


def held_out_corpus(corpus_dir: Path, heldout: Iterable[str], target: Path) -> Path:
    """A copy of the corpus without the held-out documents (rewritten only when it differs)."""
    heldout = set(heldout)
    text = (corpus_dir / "manifest.toml").read_text(encoding="utf-8")
    manifest = tomllib.loads(text)["documents"]
    unknown = heldout - {d["doc_id"] for d in manifest}
    if unknown:
        sys.exit(f"unknown doc_id(s) to hold out: {', '.join(sorted(unknown))}")
    kept = [d for d in manifest if d["doc_id"] not in heldout]
    target.mkdir(parents=True, exist_ok=True)
    lines = []
    for entry in kept:
        lines.append("[[documents]]")
        lines += [f"{name} = {json.dumps(str(value), ensure_ascii=False)}" for name, value in entry.items()]
        lines.append("")
        source, copy = corpus_dir / entry["file"], target / entry["file"]
        if not copy.exists() or copy.read_bytes() != source.read_bytes():
            shutil.copy(source, copy)
    manifest_text = "\n".join(lines)
    if not (target / "manifest.toml").exists() or (target / "manifest.toml").read_text() != manifest_text:
        (target / "manifest.toml").write_text(manifest_text, encoding="utf-8")
    for stale in target.glob("*.txt"):
        if stale.name not in {d["file"] for d in kept}:
            stale.unlink()
    return target


# ---------------------------------------------------------------- drafting


def drafted_followups(answerer, topics: Sequence[str], role: str | None) -> list[Drafted]:
    drafted = []
    for topic in topics:
        result = answerer.followups(topic, role=role)
        for question in result.questions:
            cited = tuple(f"{c.doc_id}:{c.paragraph}" for c in question.citations)
            drafted.append(Drafted(topic, question.text, question.basis, cited))
    return drafted


def drafted_brief(answerer, role: str | None, max_questions: int) -> list[Drafted]:
    pack = answerer.brief(role=role, max_questions=max_questions)
    drafted = []
    for topic in pack.topics:
        for question in topic.questions:
            cited = tuple(f"{c.doc_id}:{c.paragraph}" for c in question.citations)
            drafted.append(Drafted(topic.title, question.text, question.basis, cited))
    return drafted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=SHARED / "eval" / "anticipation_cat.jsonl")
    parser.add_argument("--heldout", action="append", help="doc_id to remove from the corpus (default: cat-loi)")
    parser.add_argument("--mode", choices=("followups", "brief", "both"), default="both")
    parser.add_argument("--max-questions", type=int, default=80, help="brief: at most this many questions")
    parser.add_argument("--role", choices=("delegation", "ngo"))
    parser.add_argument("--work", type=Path, help="the corpus copy and its index (default data/anticipation-DOC)")
    parser.add_argument("--index-dir", type=Path, help="the index of the corpus copy (default WORK/index)")
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    parser.add_argument("--model", action="store_true", help="use the configured model (default: offline templates)")
    parser.add_argument("--misses", action="store_true", help="list the real questions not anticipated, and drafts")
    parser.add_argument("--json", dest="as_json", action="store_true")
    args = parser.parse_args()

    from prepbot.core.settings import get_settings
    from prepbot.retrieval.index import ingest
    from prepbot.services import build_answering

    heldout = args.heldout or ["cat-loi"]
    base = get_settings()
    work = args.work or ROOT / "data" / f"anticipation-{'-'.join(heldout)}"
    corpus = held_out_corpus(base.corpus_dir, heldout, work / "corpus")
    updates = {"data_dir": args.index_dir or work / "index", "corpus_dir": corpus}
    if not args.model:
        updates["openai_api_key"] = None
    settings = base.model_copy(update=updates)
    started = time.perf_counter()
    report = ingest(settings, progress=sys.stderr.isatty())
    if report.changed:
        print(f"index of the corpus without {', '.join(heldout)}: {report.summary()}", file=sys.stderr)
    seeds = seed_documents(base.corpus_dir, args.seeds)
    real = load_real(args.questions, seeds)
    _searcher, _prompts, answerer = build_answering(settings)
    answerer.warm_up()
    print(f"open + warm-up: {time.perf_counter() - started:.1f} s", file=sys.stderr)

    topics = list(dict.fromkeys(r.topic for r in real))
    results: dict[str, dict] = {}
    runs: list[tuple[str, list[Drafted], float]] = []
    if args.mode in ("followups", "both"):
        t0 = time.perf_counter()
        drafted = drafted_followups(answerer, topics, args.role)
        runs.append((f"followups per topic ({len(topics)} topics)", drafted, time.perf_counter() - t0))
    if args.mode in ("brief", "both"):
        t0 = time.perf_counter()
        drafted = drafted_brief(answerer, args.role, args.max_questions)
        runs.append((f"brief (max {args.max_questions} questions)", drafted, time.perf_counter() - t0))
    for name, drafted, seconds in runs:
        per_topic = name.startswith("followups")
        result = score(real, drafted, same_topic=per_topic)
        result["seconds"] = round(seconds, 1)
        results[name] = result
        if per_topic:  # also counted the brief's way: a question drafted for one topic may foresee another's
            loose = score(real, drafted)
            keys = ("anticipated", "recall", "drafted_matching", "precision")
            result["any_topic"] = {key: loose[key] for key in keys}
        if not args.as_json:
            print(format_score(name, result, seconds))
            if per_topic:
                print(
                    f"  (counting matches across topics: recall {loose['recall']:.2f} ({loose['anticipated']}), "
                    f"precision {loose['precision'] or 0:.2f} ({loose['drafted_matching']} of {loose['drafted']}))"
                )
            if args.misses:
                by_id = {r.id: r for r in real}
                print("  missed:")
                for real_id in result["missed"]:
                    item = by_id[real_id]
                    print(f"    {real_id} [{item.topic}] {item.question}  <- {', '.join(sorted(item.grounding))}")
                print("  drafts matching nothing:")
                for index in result["unmatched_drafts"]:
                    d = drafted[index]
                    print(f"    [{d.topic}] ({d.basis}) {d.text[:160]}  <- {', '.join(d.cited[:COUNTED_CITATIONS])}")
    if args.as_json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
