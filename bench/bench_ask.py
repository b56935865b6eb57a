"""Prints in-process latency of extractive `ask` (p50/p95) after warm-up, over the dev questions.

Usage: python bench/bench_ask.py [--questions ../shared/eval/dev.jsonl] [--rounds 1]
(later rounds hit the answer caches)
Needs an index (`prepbot ingest`) in PREPBOT_DATA_DIR. Target: p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/dev.jsonl")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    from prepbot.core.settings import get_settings
    from prepbot.services import build_answering

    settings = get_settings().model_copy(update={"openai_api_key": None})  # extractive mode
    started = time.perf_counter()
    _searcher, _prompts, answerer = build_answering(settings)
    answerer.warm_up()
    warm_seconds = time.perf_counter() - started
    questions = [json.loads(line)["question"] for line in args.questions.read_text().splitlines() if line.strip()]

    latencies_ms = []
    for _ in range(args.rounds):
        for question in questions:
            t0 = time.perf_counter()
            answerer.ask(question)
            latencies_ms.append((time.perf_counter() - t0) * 1000)
    latencies_ms.sort()
    p95 = latencies_ms[min(len(latencies_ms) - 1, int(0.95 * len(latencies_ms)))]
    print(f"open + warm-up                 : {warm_seconds:8.2f} s")
    print(
        f"extractive ask, {len(latencies_ms)} calls      : p50 {statistics.median(latencies_ms):7.1f} ms, "
        f"p95 {p95:7.1f} ms, max {latencies_ms[-1]:7.1f} ms"
    )


if __name__ == "__main__":
    main()
