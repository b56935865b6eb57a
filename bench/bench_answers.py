"""Prints how extractive answers measure up on question files: answered when answerable, the gold fact shown in a
verified quote, declined when the documents do not answer (items without gold), per language.

Usage: python bench/bench_answers.py [FILE ...] [--misses] [--json]
Default files: ../shared/eval/dev.jsonl, bench/probe.jsonl, bench/nearmiss.jsonl, bench/offtopic.jsonl.
Needs an index (`prepbot ingest`) in PREPBOT_DATA_DIR. bench/nearmiss_holdout.jsonl is for the closing figures only.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = [HERE.parents[1] / "shared/eval/dev.jsonl", HERE / "probe.jsonl", HERE / "nearmiss.jsonl",
                 HERE / "offtopic.jsonl"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--misses", action="store_true", help="list the items of each kind of failure")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from prepbot.answering.evaluation import answer_quality, format_quality, quality_misses
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.evaluation import load_items
    from prepbot.services import build_answering

    settings = get_settings().model_copy(update={"openai_api_key": None})  # extractive mode
    _searcher, _prompts, answerer = build_answering(settings)
    answerer.warm_up()
    report = {}
    for path in args.files:
        if not path.exists():
            print(f"{path}: missing, skipped")
            continue
        items = load_items(path)
        started = time.perf_counter()
        answers = [answerer.ask(item.question) for item in items]
        seconds = time.perf_counter() - started
        rows = answer_quality(items, answers)
        misses = quality_misses(items, answers)
        report[path.name] = {"quality": rows, "misses": misses, "seconds": seconds}
        if not args.json:
            print(f"\n{path.name} ({len(items)} questions, {seconds:.1f} s)")
            print(format_quality(rows))
            if args.misses:
                for kind, ids in misses.items():
                    print(f"  {kind}: {' '.join(ids) or '-'}")
    if args.json:
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
