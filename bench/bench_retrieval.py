"""Retrieval benchmark: full ingest from an empty data dir, no-change re-ingest, search latency after warm-up, and the
resident memory of a process holding the index.

    python bench/bench_retrieval.py [--questions ../shared/eval/dev.jsonl] [--rounds 5] [--keep DIR] [--json]
    python bench/bench_retrieval.py --levers [--keep DIR]   # dev-set table: BM25 alone, each model, each lever

Search latency and memory are measured in a fresh child process that only opens the index (as the bot does), so the
ingest's garbage does not count. Targets (issue 2): ingest <= 60 s, re-ingest <= 3 s, search p95 <= 50 ms on 2 cores.
The load average is printed because other work on the machine inflates every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_QUESTIONS = ROOT.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK_QUESTIONS = [
    "How many prisoners took their own lives between 2016 and 2024?",
    "What did the UN say about statelessness?",
    "Что НПО говорят о мирных собраниях?",
    "compensation for victims of torture",
]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _settings(data_dir: Path):
    from prepbot.core.settings import Settings

    return Settings(_env_file=None, PREPBOT_DATA_DIR=str(data_dir), CHROMA_HOST=None)


def _questions(path: Path) -> list[str]:
    if not path.is_file():
        return FALLBACK_QUESTIONS
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hold(data_dir: Path, questions_path: Path, rounds: int) -> dict:
    """Child process: open the index, warm up, time searches; report latency and RSS."""
    from prepbot.retrieval.search import Searcher

    before = _rss_mb()
    started = time.perf_counter()
    searcher = Searcher.open(_settings(data_dir))
    opened = time.perf_counter() - started
    questions = _questions(questions_path)
    started = time.perf_counter()
    searcher.warm_up()
    for question in questions:
        searcher.search(question, k=10)
    warm = time.perf_counter() - started
    latencies = []
    cpu_started = time.process_time()
    for _ in range(rounds):
        for question in questions:
            t0 = time.perf_counter()
            searcher.search(question, k=10)
            latencies.append((time.perf_counter() - t0) * 1000)
    cpu_ms = (time.process_time() - cpu_started) * 1000 / len(latencies)
    latencies.sort()
    return {
        "open_seconds": round(opened, 3),
        "warm_up_seconds": round(warm, 2),
        "searches": len(latencies),
        "search_ms_p50": round(statistics.median(latencies), 1),
        "search_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "search_ms_max": round(latencies[-1], 1),
        "search_cpu_ms_mean": round(cpu_ms, 1),  # CPU time of this process per search (all its threads)
        "rss_mb_python_baseline": round(before, 1),
        "rss_mb_holding_index": round(_rss_mb(), 1),
    }


def levers(data_dir: Path, questions_path: Path) -> list[tuple[str, dict]]:
    """Recall/MRR on the question file for BM25 alone, each dense model, and each lever added in turn.

    Variants the index does not hold (MiniLM over whole paragraphs, USE over windows, windows without the speaker
    prefix) are embedded here (a few minutes on 2 cores)."""
    import numpy as np

    from prepbot.retrieval import evaluation, index
    from prepbot.retrieval.search import CYRILLIC_BLEND, LATIN_BLEND, Blend, FusionConfig, Searcher, WindowVectors

    searcher = Searcher.open(_settings(data_dir))
    items = evaluation.load_items(questions_path)
    seeds = evaluation.seed_map(searcher.documents())
    paragraphs = searcher.paragraphs()

    def measure(variant: Searcher) -> dict:
        rankings = evaluation.run_retrieval(lambda q, k: variant.search(q, k=k), items, k=10)
        return evaluation.metrics(rankings, items, seeds)

    def embedded(model: str, units: list[tuple[int, str]]) -> WindowVectors:
        owners = np.array([position for position, _ in units])
        return WindowVectors.from_arrays(owners, index.embedding_function(model).encode([text for _, text in units]))

    def windows(paragraph, speaker: bool = True) -> list[str]:
        return index.paragraph_windows(
            paragraph if speaker else paragraph.__class__(**{**paragraph.__dict__, "speaker": None})
        )

    minilm_whole = {"minilm": embedded("minilm", [(i, index.lexical_text(p)) for i, p in enumerate(paragraphs)])}
    minilm_bare = {"minilm": embedded("minilm", [(i, w) for i, p in enumerate(paragraphs) for w in windows(p, False)])}
    use_windows = {"use": embedded("use", [(i, w) for i, p in enumerate(paragraphs) for w in windows(p)])}

    def alone(model: str) -> FusionConfig:
        blend = Blend(models=((model, 1.0),))
        return FusionConfig(latin=blend, cyrillic=blend, expand_shorthand=False)

    def blends(latin: Blend, cyrillic: Blend = CYRILLIC_BLEND, glossary: bool = False) -> FusionConfig:
        return FusionConfig(latin=latin, cyrillic=cyrillic, expand_shorthand=glossary)

    bm25 = Blend(models=(), lexical_weight=1.0)
    two = (("minilm", 1.0), ("e5", 4.0))
    rows = [
        ("BM25 alone", FusionConfig(latin=bm25, cyrillic=bm25, expand_shorthand=False), None),
        ("MiniLM, whole paragraphs", alone("minilm"), minilm_whole),
        ("MiniLM, 40-word windows", alone("minilm"), None),
        ("USE, whole paragraphs", alone("use"), None),
        ("USE, 40-word windows", alone("use"), use_windows),
        ("e5, whole paragraphs", alone("e5"), None),
        ("MiniLM+USE windows (cosine sum)", blends(Blend((("minilm", 1.0), ("use", 1.0)))), use_windows),
        ("MiniLM windows + 4 x e5, no speaker prefix", blends(Blend(two)), minilm_bare),
        ("  + speaker prefix in windows", blends(Blend(two)), None),
        ("  + BM25 0.2 (normalised)", blends(Blend(two, lexical_weight=0.2)), None),
        ("  + actor prior 0.2", blends(Blend(two, lexical_weight=0.2, actor_weight=0.2)), None),
        ("  + acronym glossary = shipped English", blends(LATIN_BLEND, glossary=True), None),
        ("Russian: USE windows only", blends(LATIN_BLEND, alone("use").cyrillic, True), use_windows),
        ("Russian: e5 only", blends(LATIN_BLEND, Blend((("e5", 1.0),), standardise=True, actor_weight=0.5), True),
         None),
        ("Russian: e5 + 0.5 x USE, z-scores = shipped", FusionConfig(), None),
    ]  # fmt: skip
    return [(name, measure(searcher.variant(fusion, vectors))) for name, fusion, vectors in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the questions for the latency figures")
    parser.add_argument("--keep", type=Path, help="build into this (emptied) data dir and keep it")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--hold", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--levers", action="store_true", help="print the dev-set table of retrieval levers")
    args = parser.parse_args()

    if args.levers:
        from prepbot.retrieval.index import ingest

        data_dir = args.keep or Path(tempfile.mkdtemp(prefix="prepbot-levers-"))
        ingest(_settings(data_dir), progress=False)
        table = levers(data_dir, args.questions)
        if args.json:
            print(json.dumps(dict(table)))
            return 0
        print(f"{'lever':<46}{'EN R@1':>8}{'R@5':>7}{'R@10':>7}{'MRR@10':>8}{'RU R@5':>8}{'MRR@10':>8}")
        for name, rows in table:
            en, ru = rows["en"], rows["ru"]
            ru_cells = "".join(f"{'-' if ru[m] is None else f'{ru[m]:.2f}':>8}" for m in ("recall@5", "mrr@10"))
            print(f"{name:<46}{en['recall@1']:>8.2f}{en['recall@5']:>7.2f}{en['recall@10']:>7.2f}"
                  f"{en['mrr@10']:>8.2f}{ru_cells}")  # fmt: skip
        print(
            f"(questions: {args.questions}; en {table[0][1]['en']['questions']}, ru {table[0][1]['ru']['questions']})"
        )
        return 0

    if args.hold:
        print(json.dumps(hold(args.hold, args.questions, args.rounds)))
        return 0

    import shutil

    from prepbot.retrieval.index import ingest

    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="prepbot-bench-"))
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    settings = _settings(data_dir)
    figures: dict = {"cores": os.cpu_count(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}

    t0 = time.perf_counter()
    report = ingest(settings, progress=False)
    figures["full_ingest_seconds"] = round(time.perf_counter() - t0, 2)
    figures["paragraphs"] = report.paragraphs
    figures["windows_embedded"] = report.windows_embedded
    t0 = time.perf_counter()
    again = ingest(settings, progress=False)
    figures["noop_reingest_seconds"] = round(time.perf_counter() - t0, 3)
    assert not again.changed, "re-ingest with nothing changed should change nothing"

    child = subprocess.run(
        [sys.executable, __file__, "--hold", str(data_dir), "--questions", str(args.questions),
         "--rounds", str(args.rounds)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    figures |= json.loads(child.stdout.strip().splitlines()[-1])
    figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if not args.keep:
        shutil.rmtree(data_dir, ignore_errors=True)

    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"cores {figures['cores']}, load average at start {figures['load_average_at_start']}, "
          f"at end {figures['load_average_at_end']}")  # fmt: skip
    print(
        f"full ingest from empty data dir : {figures['full_ingest_seconds']:8.2f} s   "
        f"({figures['paragraphs']} paragraphs x 2 models + {figures['windows_embedded']} windows; target <= 60 s)"
    )
    print(f"re-ingest, nothing changed      : {figures['noop_reingest_seconds']:8.3f} s   (target <= 3 s)")
    print(f"open index (child process)      : {figures['open_seconds']:8.3f} s, warm-up {figures['warm_up_seconds']} s")
    print(
        f"search k=10, {figures['searches']} searches        : p50 {figures['search_ms_p50']} ms, "
        f"p95 {figures['search_ms_p95']} ms, max {figures['search_ms_max']} ms   (target p95 <= 50 ms); "
        f"CPU {figures['search_cpu_ms_mean']} ms per search"
    )
    print(
        f"RSS of a process holding index  : {figures['rss_mb_holding_index']} MB "
        f"(python + imports before opening: {figures['rss_mb_python_baseline']} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
