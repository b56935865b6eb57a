"""Telegram bot load benchmark: N simulated members × M questions through the local Bot API test server.

The real Application, engine, answerer (offline extractive mode), index and session log; members ask their questions
one after another, all members at once. Checks every question is answered exactly once (no error, no "still working",
none lost or duplicated, one logged exchange each) and prints p50/p95 reply latency (question injected → last message
of its answer received by the server) and throughput.

    python bench/bench_bot.py [--members 50] [--questions 4] [--no-flood-limit] [--answer-workers 4]

Needs the index (`prepbot ingest`). By default the bot runs with AIORateLimiter's Telegram flood limits
(30 requests/s overall), as in production, so the figures include that throttling; --no-flood-limit measures the bot
alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from prepbot.bot.app import ANSWER_WORKERS, build_application, polling  # noqa: E402
from prepbot.core.settings import get_settings  # noqa: E402
from prepbot.engine import Engine  # noqa: E402
from prepbot.services import Services, build_answering  # noqa: E402
from prepbot.sessionlog.store import LogStore  # noqa: E402
from tests.servers.botapi_server import BotApiServer  # noqa: E402

QUESTIONS = [
    "What did the delegation say about torture complaints?",
    "What did NGOs report about pre-trial detention?",
    "What did the Committee ask about the Ombudsman?",
    "How did the State describe the events of January 2022?",
    "What concerns were raised about freedom of peaceful assembly?",
    "What did the State report about domestic violence?",
    "What did Committee members ask about judicial independence?",
    "What was said about deaths in custody?",
    "What did the delegation say about the national preventive mechanism?",
    "What did NGOs say about restrictions on journalists?",
    "How many complaints of torture were registered?",
    "What did the State say about the death penalty?",
    "What did the Committee ask about counter-terrorism legislation?",
    "What did the report say about refugees and asylum seekers?",
    "What was said about the rights of persons with disabilities?",
    "What did the delegation say about prison conditions?",
]
FIRST_MEMBER_ID = 50_000
DEV_QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.jsonl"


def load_questions() -> list[str]:
    """The built-in questions, plus the development questions when ../shared/eval/dev.jsonl is there (more variety,
    fewer cache hits)."""
    questions = list(QUESTIONS)
    if DEV_QUESTIONS.exists():
        for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                questions.append(json.loads(line)["question"])
    return questions


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def has_keyboard(call) -> bool:
    return bool((call.params.get("reply_markup") or {}).get("inline_keyboard"))


async def member(server: BotApiServer, user_id: int, questions: list[str], latencies: list[float]) -> None:
    """One member: ask, wait for the whole answer (its last message carries the buttons), ask the next."""
    for question in questions:
        since = server.mark()
        started = time.perf_counter()
        server.message(user_id, question)
        [last] = await server.wait_for(
            lambda call: call.method == "sendMessage" and call.chat_id == user_id and has_keyboard(call),
            since=since,
            timeout=300,
        )
        latencies.append(last.at - started)


async def run(members: int, per_member: int, flood_limit: bool, answer_workers: int) -> int:
    logging.basicConfig(level=logging.WARNING)
    settings = get_settings().model_copy(update={"openai_api_key": None})
    searcher, prompts, answerer = build_answering(settings)
    member_ids = [FIRST_MEMBER_ID + n for n in range(members)]
    questions = load_questions()
    plan = {
        user_id: [questions[(n * per_member + k) % len(questions)] for k in range(per_member)]
        for n, user_id in enumerate(member_ids)
    }
    searcher.warm_up()  # load the models outside the measurement
    answerer.ask("warm up")

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "sessions.db"
        async with BotApiServer() as server:
            bot_settings = settings.model_copy(
                update={
                    "telegram_bot_token": server.token,
                    "telegram_api_base_url": server.root_url,
                    "member_ids": frozenset(member_ids),
                    "log_pseudonym_key": "bench-pseudonym-key-0123456789",
                    "rate_limit_questions": max(20, per_member),
                }
            )
            store = LogStore(db_path, bot_settings.log_pseudonym_key)
            engine = Engine(
                Services(settings=bot_settings, searcher=searcher, prompts=prompts, answerer=answerer, log_store=store)
            )
            application = build_application(
                bot_settings, engine, rate_limiter=flood_limit, answer_workers=answer_workers
            )
            latencies: list[float] = []
            async with polling(application, timeout=5):
                started = time.perf_counter()
                await asyncio.gather(*(member(server, user_id, plan[user_id], latencies) for user_id in member_ids))
                elapsed = time.perf_counter() - started
                await asyncio.sleep(0.5)  # let any stray duplicate arrive before counting
            store.close()

            sent = [call for call in server.calls if call.method == "sendMessage"]
            answers = Counter(call.chat_id for call in sent if has_keyboard(call))
            other = [
                call.params["text"][:60]
                for call in sent
                if not has_keyboard(call)
                and (
                    "Still working" in call.params["text"]
                    or "went wrong" in call.params["text"]
                    or "You have asked" in call.params["text"]
                )
            ]
            with sqlite3.connect(db_path) as connection:
                logged = Counter(row[0] for row in connection.execute("SELECT pseudonym FROM exchanges"))
                questions_logged = Counter(row[0] for row in connection.execute("SELECT question FROM exchanges"))
                compute = [row[0] / 1000 for row in connection.execute("SELECT latency_ms FROM exchanges")]
            expected_questions = Counter(question for questions in plan.values() for question in questions)

    total = members * per_member
    ok = (
        all(answers[user_id] == per_member for user_id in member_ids)
        and sum(answers.values()) == total
        and not other
        and not server.errors
        and sum(logged.values()) == total
        and all(count == per_member for count in logged.values())
        and questions_logged == expected_questions
    )
    print(
        f"members={members} questions/member={per_member} flood_limit={'on' if flood_limit else 'off'} "
        f"answer_workers={answer_workers} distinct_questions={len(set(questions))} cpus={len(os.sched_getaffinity(0))}"
    )
    print(
        f"answered={sum(answers.values())}/{total} logged={sum(logged.values())} "
        f"busy/errors={len(other)} api_errors={len(server.errors)} -> {'OK' if ok else 'FAILED'}"
    )
    print(
        f"latency p50={statistics.median(latencies) * 1000:.0f} ms  p95={percentile(latencies, 0.95) * 1000:.0f} ms  "
        f"max={max(latencies) * 1000:.0f} ms"
    )
    print(
        f"answer compute inside the engine (logged latency_ms): p50={statistics.median(compute) * 1000:.0f} ms  "
        f"p95={percentile(compute, 0.95) * 1000:.0f} ms; the rest of the reply latency is queueing for the CPU"
    )
    print(
        f"throughput={total / elapsed:.1f} answers/s  wall={elapsed:.1f} s  "
        f"bot requests={len(server.calls)} ({len(server.calls) / elapsed:.1f}/s)"
    )
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--questions", type=int, default=4)
    parser.add_argument("--no-flood-limit", action="store_true", help="run without AIORateLimiter")
    parser.add_argument("--answer-workers", type=int, default=ANSWER_WORKERS, help="threads computing answers")
    args = parser.parse_args()
    from prepbot.core.errors import PrepbotError

    try:
        sys.exit(asyncio.run(run(args.members, args.questions, not args.no_flood_limit, args.answer_workers)))
    except PrepbotError as error:
        print(f"Error: {error}", file=sys.stderr)
        sys.exit(error.exit_code)


if __name__ == "__main__":
    main()
