"""LLM answers through the real openai + langchain-openai clients against a local OpenAI-compatible test server:
a good answer passes the quote gate (mode "llm"); fabricated quotes, altered figures and unoffered keys are dropped;
unsupported prose, timeouts, 5xx and garbage fall back to the extractive answer with a note; 429 is retried; prompt
edits take effect without a restart and broken edits are refused."""

from __future__ import annotations

import os
import shutil
import socket
import time
from pathlib import Path

import pytest
from fake_corpus import PARAGRAPHS, FakeSearcher
from servers.openai_server import OpenAITestServer, delay, reply, status

from prepbot import PROJECT_ROOT
from prepbot.answering.answerer import Answerer
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.verify import verify_quote
from prepbot.core.settings import Settings

BY_KEY = {p.key: p for p in PARAGRAPHS}
QUESTION = "How many suicides were there in prisons between 2016 and 2024?"
GOOD_QUOTE = "between 2016 and 2024 there had been 189 cases of suicide in penal institutions"
GOOD = {
    "answer": "The delegation told the Committee that there had been 189 cases of suicide between 2016 and 2024, "
    "5 of them women.",
    "citations": [{"key": "sr:2", "quote": GOOD_QUOTE + ", 5 of them women"}],
}
FAST_RETRY = {"retry-after-ms": "10"}  # the openai client honours it: keeps retry tests fast


@pytest.fixture
def server():
    with OpenAITestServer() as running:
        yield running


@pytest.fixture
def prompts_dir(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(PROJECT_ROOT / "prompts", target)
    return target


def make_answerer(base_url: str, prompts_dir: Path, *, timeout: float = 5.0, retries: int = 2) -> Answerer:
    settings = Settings(
        _env_file=None,
        OPENAI_API_KEY="sk-test",
        OPENAI_BASE_URL=base_url,
        OPENAI_MODEL="test-model",
        OPENAI_TIMEOUT_SECONDS=timeout,
        OPENAI_MAX_RETRIES=retries,
    )
    return Answerer(settings, FakeSearcher(), PromptRegistry(prompts_dir))


def offered_keys(request) -> list[str]:
    schema = request.body["response_format"]["json_schema"]["schema"]
    return schema["properties"]["citations"]["items"]["properties"]["key"]["enum"]


def test_good_answer_passes_the_gate(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([reply(GOOD)])
    answer = make_answerer(server.base_url, prompts_dir).ask(QUESTION, role="ngo")
    assert answer.mode == "llm" and answer.grounded and answer.note is None
    assert answer.text.startswith("The delegation told the Committee that there had been 189 cases")
    assert [(c.doc_id, c.paragraph) for c in answer.citations] == [("sr", "2")]
    assert answer.citations[0].attribution == "The delegation told the Committee"
    assert verify_quote(answer.citations[0].quote, BY_KEY["sr:2"])
    assert answer.model == "test-model" and answer.prompt_id == "answer" and len(answer.prompt_hash) == 64

    [request] = server.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.body["response_format"]["type"] == "json_schema"
    hit_keys = [hit.paragraph.key for hit in answer.hits]
    assert offered_keys(request) == hit_keys  # the retrieved paragraphs and nothing else
    for key in hit_keys:
        assert f"[{key}]" in request.text and BY_KEY[key].text in request.text
    assert "sr:1" not in hit_keys and "[sr:1]" not in request.text
    assert [m["role"] for m in request.messages] == ["system", "user"]
    assert "civil society" in request.messages[0]["content"]  # role framing reached the prompt
    assert QUESTION in request.messages[1]["content"]


ALTERED = {"key": "sr:2", "quote": "between 2016 and 2024 there had been 198 cases of suicide"}
FABRICATED = {"key": "sr:3", "quote": "Ms. Bassim praised the State party for its excellent record"}


def test_bad_citations_are_dropped_and_good_ones_kept(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([reply({"answer": GOOD["answer"], "citations": [{"key": "sr:2", "quote": GOOD_QUOTE}, ALTERED]})])
    answer = make_answerer(server.base_url, prompts_dir).ask(QUESTION)
    assert answer.mode == "llm"
    assert [c.quote for c in answer.citations] == [GOOD_QUOTE]
    assert answer.note == "1 quote given by the model did not match the paragraph cited and was removed."


def test_answer_losing_most_of_its_support_falls_back(server: OpenAITestServer, prompts_dir: Path) -> None:
    citations = [{"key": "sr:2", "quote": GOOD_QUOTE}, ALTERED, FABRICATED]
    server.set_script([reply({"answer": GOOD["answer"], "citations": citations})])
    answer = make_answerer(server.base_url, prompts_dir).ask(QUESTION)
    assert answer.mode == "extractive" and "could not be verified" in (answer.note or "")


def test_citation_to_a_paragraph_not_offered_is_dropped(server: OpenAITestServer, prompts_dir: Path) -> None:
    unoffered = {"key": "replies:12", "quote": "45 schools were opened in 2023"}  # real text, but not retrieved
    server.set_script([reply({"answer": GOOD["answer"], "citations": [GOOD["citations"][0], unoffered]})])
    answer = make_answerer(server.base_url, prompts_dir).ask(QUESTION)
    assert "replies:12" not in offered_keys(server.requests[0])
    assert answer.mode == "llm"
    assert [(c.doc_id, c.paragraph) for c in answer.citations] == [("sr", "2")]


@pytest.mark.parametrize(
    "drafted",
    [
        # only a fabricated quote: nothing supports the answer
        {
            "answer": "There were 189 suicides.",
            "citations": [{"key": "sr:2", "quote": "there were 189 suicides in 2024"}],
        },
        # verbatim quote, but the prose alters the figure
        {
            "answer": "There had been 198 cases of suicide between 2016 and 2024.",
            "citations": [{"key": "sr:2", "quote": GOOD_QUOTE}],
        },
        # a figure the cited paragraph does not hold (the 63 per cent is in another paragraph)
        {
            "answer": "189 suicides; 63 per cent of detainees saw no doctor.",
            "citations": [{"key": "sr:2", "quote": GOOD_QUOTE}],
        },
        # only a key that was not offered
        {
            "answer": "There had been 189 cases.",
            "citations": [{"key": "replies:12", "quote": "45 schools were opened in 2023"}],
        },
        # no citations at all
        {"answer": "The documents do not say.", "citations": []},
        # not the schema
        {"reply": "hello"},
        "this is not JSON",
    ],
    ids=[
        "fabricated",
        "altered-figure-in-prose",
        "figure-from-uncited-paragraph",
        "unoffered-only",
        "no-citations",
        "wrong-schema",
        "not-json",
    ],  # fmt: skip
)
def test_unsupported_answers_fall_back_to_extractive(server: OpenAITestServer, prompts_dir: Path, drafted) -> None:
    server.set_script([reply(drafted)])
    answer = make_answerer(server.base_url, prompts_dir).ask(QUESTION)
    assert answer.mode == "extractive" and answer.model is None
    assert answer.note and "could not be verified" in answer.note
    assert answer.grounded and "189 cases of suicide" in answer.citations[0].quote
    assert len(server.requests) == 1  # not retried: the reply came, it just did not pass


def test_timeout_falls_back_with_a_note(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([delay(3.0, reply(GOOD))])
    answerer = make_answerer(server.base_url, prompts_dir, timeout=0.3, retries=1)
    answerer.warm_up()  # the sentence model loads once per process; only the waiting on the LLM is timed
    started = time.perf_counter()
    answer = answerer.ask(QUESTION)
    elapsed = time.perf_counter() - started
    assert answer.mode == "extractive" and answer.grounded
    assert answer.note and "did not answer in time" in answer.note
    assert len(server.requests) == 2  # one retry, then give up
    assert elapsed < 2.5  # 2 × 0.3 s and a retry pause; the slow reply itself would take 2 × 3 s


def test_server_error_is_retried_then_falls_back(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([status(500, headers=FAST_RETRY)])
    answer = make_answerer(server.base_url, prompts_dir, retries=2).ask(QUESTION)
    assert answer.mode == "extractive" and answer.grounded and answer.note
    assert len(server.requests) == 3  # bounded: the first try and two retries


def test_rate_limit_is_retried_then_succeeds(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([status(429, headers=FAST_RETRY), status(429, headers=FAST_RETRY), reply(GOOD)])
    answer = make_answerer(server.base_url, prompts_dir, retries=2).ask(QUESTION)
    assert answer.mode == "llm" and answer.note is None
    assert len(server.requests) == 3


def test_unreachable_server_falls_back(prompts_dir: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = make_answerer(f"http://127.0.0.1:{port}/v1", prompts_dir, retries=0).ask(QUESTION)
    assert answer.mode == "extractive" and answer.grounded and answer.note


def test_keys_in_prose_become_labels(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([reply({**GOOD, "answer": "There had been 189 cases of suicide [sr:2]."})])
    answer = make_answerer(server.base_url, prompts_dir).ask(QUESTION)
    assert answer.mode == "llm" and answer.text == "There had been 189 cases of suicide CCPR/C/SR.9999 ¶2."


def test_russian_question_asks_for_russian_prose_and_english_quotes(
    server: OpenAITestServer, prompts_dir: Path
) -> None:
    server.set_script(
        [reply({"answer": "Делегация сообщила о 189 случаях самоубийств.", "citations": GOOD["citations"]})]
    )
    answer = make_answerer(server.base_url, prompts_dir).ask("Сколько было самоубийств 189 в 2016 2024 годах?")
    assert "The question is in Russian" in server.requests[0].text
    assert answer.mode == "llm" and answer.citations[0].attribution == "Делегация сообщила Комитету"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_prompt_edit_takes_effect_and_broken_edit_is_refused(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([reply(GOOD)])
    answerer = make_answerer(server.base_url, prompts_dir)
    first = answerer.ask(QUESTION)
    assert "MARKER-ONE" not in server.requests[-1].text

    answer_file = prompts_dir / "answer.toml"
    _edit(answer_file, "Question: {{ question }}", "MARKER-ONE Question: {{ question }}")
    second = answerer.ask(QUESTION)  # no restart
    assert "MARKER-ONE Question: " + QUESTION in server.requests[-1].text
    assert second.mode == "llm" and second.prompt_hash != first.prompt_hash

    _edit(answer_file, "MARKER-ONE Question: {{ question }}", "MARKER-TWO Question: {{ question ")  # broken
    third = answerer.ask(QUESTION)
    assert "MARKER-ONE" in server.requests[-1].text and "MARKER-TWO" not in server.requests[-1].text
    assert third.mode == "llm" and third.prompt_hash == second.prompt_hash
    assert [p.file for p in answerer.prompts.problems] == ["answer.toml"]


def test_model_and_extractive_agree_nothing_is_found(server: OpenAITestServer, prompts_dir: Path) -> None:
    server.set_script([reply({"answer": "The documents do not address this.", "citations": []})])
    answer = make_answerer(server.base_url, prompts_dir).ask("Which city was the capital of France in 2023?")
    assert len(server.requests) == 1 and answer.hits  # the test double found paragraphs sharing "2023"
    assert answer.mode == "extractive" and not answer.grounded and answer.citations == []
    assert answer.note is None and "do not address" in answer.text
