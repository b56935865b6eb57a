"""LLM answers over the real index (the `searcher` fixture), through the real openai + langchain-openai clients against
the local OpenAI-compatible test server (tests/servers/openai_server.py), with quotes from the real corpus paragraphs.

What the request looks like (output cap, paragraph blocks, status schema), what passes the gate, the repair round, every
fallback named for what it is (note + `fallback_reason`), the prose gate of issue 8.5 (quotations in the prose, figures
from the question), settings for self-hosted servers, `prepbot eval`'s count of fallbacks by reason, model follow-ups,
and prompt edits that take effect without a restart."""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from pathlib import Path

import pytest
from servers.openai_server import OpenAITestServer, delay, reply, status

from prepbot import PROJECT_ROOT
from prepbot.answering.answerer import (
    COMPACT_ASK_PARAGRAPHS,
    Answerer,
    fallback_phrase_name,
    fallback_summary,
    format_fallbacks,
)
from prepbot.answering.llm import FALLBACK_REASONS, GAP, followups_schema, gate_quotations, gate_text, quotations
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.verify import verify_quote
from prepbot.core.records import Answer, Paragraph
from prepbot.core.settings import Settings

QUESTION = "How many prisoners took their own lives between 2016 and 2024, and how many of them were women?"
KEY = (
    "sr4227:7"  # "A representative of Kazakhstan said that, during the period 2016–2024, there had been 189 cases ..."
)
SUICIDES = (
    "during the period 2016–2024, there had been 189 cases of suicide at institutions of the penal correction system"
)
WOMEN = "Of those cases, 185 had involved men and 4 had involved women."
PROSE = "The delegation told the Committee of 189 suicides in penal institutions in 2016–2024, 4 of them women."
GOOD = {"status": "answered", "citations": [{"key": KEY, "quote": SUICIDES}, {"key": KEY, "quote": WOMEN}],
        "answer": PROSE}  # fmt: skip
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


@pytest.fixture
def make_answerer(searcher, settings_with_index, prompts_dir: Path):
    """An Answerer over the real index that asks the test server (self-hosted unless told otherwise: 127.0.0.1)."""

    def make(base_url: str, *, timeout: float = 5.0, retries: int = 2, **overrides) -> Answerer:
        settings = Settings(
            _env_file=None,
            PREPBOT_DATA_DIR=str(settings_with_index.data_dir),
            PREPBOT_CORPUS_DIR=str(settings_with_index.corpus_dir),
            OPENAI_API_KEY="sk-test",
            OPENAI_BASE_URL=base_url,
            OPENAI_MODEL="test-model",
            OPENAI_TIMEOUT_SECONDS=timeout,
            OPENAI_MAX_RETRIES=retries,
            **overrides,
        )
        # the sentence encoder is an extractive refinement; leaving it out keeps these tests fast
        return Answerer(settings, searcher, PromptRegistry(prompts_dir), use_sentence_encoder=False)

    return make


def schema_of(request) -> dict:
    return request.body["response_format"]["json_schema"]["schema"]


def offered_keys(request) -> list[str]:
    return schema_of(request)["properties"]["citations"]["items"]["properties"]["key"]["enum"]


def assert_extractive_fallback(answer: Answer, reason: str, note_words: str) -> None:
    assert answer.mode == "extractive" and answer.model is None
    assert answer.fallback_reason == reason
    assert answer.note and note_words in answer.note
    data = answer.to_json()
    assert data["fallback_reason"] == reason and data["note"] == answer.note and data["mode"] == "extractive"
    assert answer.grounded and any("189 cases of suicide" in c.quote for c in answer.citations)


# ---------------------------------------------------------------- the request and a good answer


def test_good_answer_passes_the_gate(server: OpenAITestServer, make_answerer, searcher) -> None:
    server.set_script([reply(GOOD)])
    answer = make_answerer(server.base_url).ask(QUESTION, role="ngo")
    assert answer.mode == "llm" and answer.grounded and answer.note is None and answer.fallback_reason is None
    assert answer.text == PROSE
    assert [c.quote for c in answer.citations] == [SUICIDES, WOMEN]
    assert answer.citations[0].attribution == "The delegation told the Committee"
    paragraph = searcher.paragraph("sr4227", "7")
    assert all(verify_quote(c.quote, paragraph) for c in answer.citations)
    assert answer.model == "test-model" and answer.prompt_id == "answer" and len(answer.prompt_hash) == 64
    data = answer.to_json()
    assert {"question", "answer", "citations", "mode", "grounded", "model", "note", "fallback_reason"} <= set(data)
    assert data["model"] == "test-model" and data["fallback_reason"] is None

    [request] = server.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    # the output cap, on every request: max_completion_tokens for OpenAI, max_tokens for llama.cpp and Ollama
    assert request.body["max_completion_tokens"] == 768 and request.body["max_tokens"] == 768
    schema = schema_of(request)
    assert request.body["response_format"]["type"] == "json_schema"
    assert schema["properties"]["status"]["enum"] == ["answered", "not_answered"]
    assert list(schema["properties"]) == ["status", "citations", "answer"]  # quotes before the prose built on them
    assert schema["properties"]["citations"]["maxItems"] == 3
    # a self-hosted model sees the best paragraphs only, and each as a block whose header is not text
    hit_keys = [hit.paragraph.key for hit in answer.hits]
    assert offered_keys(request) == hit_keys[:COMPACT_ASK_PARAGRAPHS] and KEY in offered_keys(request)
    user = request.messages[1]["content"]
    for key in offered_keys(request):
        assert f'<paragraph key="{key}" source=' in user
        block = user.split(f'<paragraph key="{key}"', 1)[1].split("</paragraph>", 1)[0]
        doc_id, number = key.split(":")
        lines = block.splitlines()[1:]
        assert lines and len([line for line in lines if line != GAP]) <= 3
        for line in lines:
            assert line == GAP or verify_quote(line, searcher.paragraph(doc_id, number))  # every line is verbatim
    assert [m["role"] for m in request.messages] == ["system", "user"]
    assert "civil society" in request.messages[0]["content"]  # role framing reached the prompt
    assert user.rstrip().endswith(QUESTION)


def test_cloud_model_sees_every_paragraph_whole(server: OpenAITestServer, make_answerer, searcher) -> None:
    server.set_script([reply(GOOD)])
    answer = make_answerer(server.base_url, OPENAI_SELF_HOSTED=False, OPENAI_MAX_TOKENS=250).ask(QUESTION)
    assert answer.mode == "llm"
    [request] = server.requests
    assert request.body["max_completion_tokens"] == 250 and "max_tokens" not in request.body
    assert offered_keys(request) == [hit.paragraph.key for hit in answer.hits]
    assert "maxItems" not in schema_of(request)["properties"]["citations"]  # OpenAI's strict mode may refuse it
    paragraph = searcher.paragraph("sr4227", "7")
    assert " ".join(request.text.split()).count(" ".join(paragraph.text.split())) == 1


def test_one_quote_that_does_not_verify_refuses_the_draft(server: OpenAITestServer, make_answerer) -> None:
    """A claim of the prose may rest on the quote that failed: the draft is repaired, or not shown at all (it was
    shown without that quote, the claim kept)."""
    altered = {"key": KEY, "quote": SUICIDES.replace("189", "198")}
    draft = reply({**GOOD, "citations": [GOOD["citations"][0], GOOD["citations"][1], altered]})
    server.set_script([draft, draft])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, "not_verbatim", "not verbatim")
    assert "198 cases of suicide" in server.requests[1].messages[-1]["content"]  # the repair round named it


def test_quote_begun_mid_sentence_with_a_capital_is_taken_as_printed(server: OpenAITestServer, make_answerer) -> None:
    recased = "There had been 189 cases of suicide at institutions of the penal correction system"
    changed = "There had been 189 cases of suicide in the penal correction system"  # a word changed: still refused
    prose = "There were 189 suicides in 2016–2024."
    server.set_script([reply({**GOOD, "citations": [{"key": KEY, "quote": recased}], "answer": prose})])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert answer.mode == "llm" and [c.quote for c in answer.citations] == [recased[0].lower() + recased[1:]]
    draft = reply({**GOOD, "citations": [{"key": KEY, "quote": changed}], "answer": prose})
    server.set_script([draft, draft])
    assert make_answerer(server.base_url).ask(QUESTION).fallback_reason == "not_verbatim"  # a word changed


def test_citation_to_a_paragraph_not_offered_is_dropped(server: OpenAITestServer, make_answerer, searcher) -> None:
    unoffered = {"key": "cat-loi:1", "quote": " ".join(searcher.paragraph("cat-loi", "1").text.split()[:8])}
    draft = reply({**GOOD, "citations": GOOD["citations"] + [unoffered]})
    server.set_script([draft, draft])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert "cat-loi:1" not in offered_keys(server.requests[0])
    assert_extractive_fallback(answer, "not_verbatim", "not verbatim")
    assert "cat-loi:1 was not given to you" in server.requests[1].messages[-1]["content"]


# ---------------------------------------------------------------- the repair round


def test_answer_without_citations_is_repaired(server: OpenAITestServer, make_answerer) -> None:
    uncited = {"status": "answered", "citations": [], "answer": PROSE}
    server.set_script([reply(uncited), reply(GOOD)])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert answer.mode == "llm" and answer.citations and answer.fallback_reason is None
    first, second = server.requests
    assert [m["role"] for m in second.messages] == ["system", "user", "assistant", "user"]
    assert second.messages[:2] == first.messages and json.loads(second.messages[2]["content"]) == uncited
    assert "gave no citations" in second.messages[3]["content"]


def test_quote_that_is_not_verbatim_is_repaired(server: OpenAITestServer, make_answerer) -> None:
    header = {"key": KEY, "quote": "CCPR/C/SR.4227 ¶7 | The delegation told the Committee"}  # a header, not text
    fixed_typo = {"key": KEY, "quote": SUICIDES.replace("penal correction", "penal-correction")}
    server.set_script([reply({**GOOD, "citations": [header, fixed_typo]}), reply(GOOD)])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert answer.mode == "llm" and answer.note is None
    repair = server.requests[1].messages[-1]["content"]
    assert 'your quote "CCPR/C/SR.4227 ¶7 | The delegation told the Committee" is not in paragraph sr4227:7' in repair
    assert "penal-correction" in repair and "Quote exactly: the closest sentence there reads" in repair
    assert "189 cases of suicide at institutions of the penal correction system, 118 of which" in repair


def test_repair_points_at_the_paragraph_that_holds_a_misplaced_quote_or_figure(
    server: OpenAITestServer, make_answerer, searcher
) -> None:
    from prepbot.answering.verify import figures

    chosen: dict[str, str] = {}

    def misplaced(body: dict) -> dict:
        keys = body["response_format"]["json_schema"]["schema"]["properties"]["citations"]["items"]["properties"]
        keys = keys["key"]["enum"]
        own = figures(searcher.paragraph("sr4227", "7").text)
        for key in keys:
            text = searcher.paragraph(*key.split(":")).text
            extra = sorted(f for f in figures(text) if f not in own and len(f) >= 2)
            if key != KEY and extra:
                chosen.update(other=key, figure=extra[0])
                quote = " ".join(text.split()[:10])
                break
        return {"status": "answered", "citations": [{"key": KEY, "quote": quote}, {"key": KEY, "quote": SUICIDES}],
                "answer": f"There were 189 suicides; the figure {chosen['figure']} also appears."}  # fmt: skip

    server.set_script([reply(misplaced), reply(GOOD)])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert answer.mode == "llm" and len(server.requests) == 2
    repair = server.requests[1].messages[-1]["content"]
    other, figure = chosen["other"], chosen["figure"]
    assert f"but in paragraph {other}: give key {other} with it" in repair
    assert f"the figure {figure} is printed in none of the paragraphs you cite" in repair


def test_repair_rounds_are_bounded_by_the_setting(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({**GOOD, "citations": []})])
    answer = make_answerer(server.base_url, OPENAI_REPAIR_ROUNDS=0).ask(QUESTION)
    assert_extractive_fallback(answer, "no_citation", "without quoting")
    assert len(server.requests) == 1


# ---------------------------------------------------------------- fallbacks named for what they are

FABRICATED = {"key": KEY, "quote": "The State has completely abolished torture in all prisons"}


@pytest.mark.parametrize(
    ("drafted", "reason", "note_words", "requests"),
    [
        ({**GOOD, "citations": [FABRICATED]}, "not_verbatim", "not verbatim", 2),
        ({**GOOD, "citations": [{"key": KEY, "quote": SUICIDES}, FABRICATED, dict(FABRICATED, quote="x y z w v")]},
         "not_verbatim", "not verbatim", 2),  # most of its support gone
        ({**GOOD, "citations": [{"key": "cat-loi:1", "quote": "a paragraph that was never offered"}]},
         "not_verbatim", "not verbatim", 2),
        ({**GOOD, "citations": []}, "no_citation", "without quoting", 2),
        ({**GOOD, "answer": "There had been 198 cases of suicide in 2016–2024."}, "unsupported_figure",
         "a figure", 2),  # an altered figure in the prose
        ({**GOOD, "answer": PROSE + " In 63 per cent of cases, detainees saw no doctor."}, "unsupported_figure",
         "a figure", 2),  # a figure from a paragraph not cited
        ({"reply": "hello"}, "bad_output", "not in the expected form", 1),
        ("this is not JSON", "bad_output", "not in the expected form", 1),
    ],
    ids=["fabricated", "most-support-lost", "unoffered-only", "no-citations", "altered-figure",
         "figure-from-uncited-paragraph", "wrong-schema", "not-json"],
)  # fmt: skip
def test_draft_that_fails_the_gate_falls_back_with_its_reason(
    server: OpenAITestServer, make_answerer, drafted, reason: str, note_words: str, requests: int
) -> None:
    server.set_script([reply(drafted)])  # the repair round gets the same reply again
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, reason, note_words)
    assert len(server.requests) == requests


def test_reply_cut_off_at_the_cap_is_named(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply('{"status": "answered", "citations": [{"key": "sr4227:7", "quote": "during the per',
                             finish_reason="length")])  # fmt: skip
    answer = make_answerer(server.base_url, OPENAI_MAX_TOKENS=20).ask(QUESTION)
    assert_extractive_fallback(answer, "length", "cut off at its length limit")
    assert len(server.requests) == 1 and server.requests[0].body["max_tokens"] == 20


def test_refusal_is_named(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply(None, refusal="I can't help with that.")])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, "refused", "declined to answer")


def test_client_error_is_a_refusal(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([status(400)])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, "refused", "declined to answer")
    assert len(server.requests) == 1


def test_timeout_falls_back_with_its_note(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([delay(3.0, reply(GOOD))])
    answerer = make_answerer(server.base_url, timeout=0.3, retries=1)
    answerer.warm_up()  # only the waiting on the model is timed
    started = time.perf_counter()
    answer = answerer.ask(QUESTION)
    elapsed = time.perf_counter() - started
    assert_extractive_fallback(answer, "timeout", "did not answer in time")
    assert len(server.requests) == 2  # one retry, then give up
    assert elapsed < 2.5  # 2 × 0.3 s and a retry pause; the slow reply itself would take 2 × 3 s


def test_server_error_is_retried_then_named(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([status(500, headers=FAST_RETRY)])
    answer = make_answerer(server.base_url, retries=2).ask(QUESTION)
    assert_extractive_fallback(answer, "server_error", "server failed")
    assert len(server.requests) == 3  # bounded: the first try and two retries


def test_rate_limit_is_retried_then_succeeds(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([status(429, headers=FAST_RETRY), status(429, headers=FAST_RETRY), reply(GOOD)])
    answer = make_answerer(server.base_url, retries=2).ask(QUESTION)
    assert answer.mode == "llm" and answer.note is None
    assert len(server.requests) == 3


def test_rate_limit_that_persists_is_named(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([status(429, headers=FAST_RETRY)])
    answer = make_answerer(server.base_url, retries=1).ask(QUESTION)
    assert_extractive_fallback(answer, "rate_limited", "too many requests")


def test_unreachable_server_is_named(make_answerer) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = make_answerer(f"http://127.0.0.1:{port}/v1", retries=0).ask(QUESTION)
    assert_extractive_fallback(answer, "connection", "could not be reached")


def test_russian_fallback_note_is_in_russian(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({**GOOD, "citations": []})])
    answer = make_answerer(server.base_url).ask("Сколько заключённых покончили с собой в 2016–2024 годах?")
    assert answer.fallback_reason == "no_citation" and "не процитировав" in (answer.note or "")


def test_model_and_extractive_agree_nothing_is_found(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({"status": "not_answered", "citations": [], "answer": "The paragraphs do not say."})])
    answer = make_answerer(server.base_url).ask("What is the best recipe for a winter soup?")
    assert len(server.requests) == 1 and answer.hits  # no repair for an honest "not answered"
    assert answer.mode == "extractive" and not answer.grounded and answer.citations == []
    assert answer.note is None and answer.fallback_reason == "not_answered"


def test_the_model_is_not_asked_about_a_name_the_documents_never_mention(
    server: OpenAITestServer, make_answerer
) -> None:
    server.set_script([reply(GOOD)])
    answer = make_answerer(server.base_url).ask("Which city hosted the 2023 Eurovision Song Contest?")
    assert server.requests == []  # answered at once, without a slow model call
    assert not answer.grounded and answer.abstain_reason == "absent_name" and "Eurovision" in answer.text


def test_model_finds_no_answer_where_the_extractive_one_does(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({"status": "not_answered", "citations": [], "answer": "The paragraphs do not say."})])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, "not_answered", "found no answer in these paragraphs")


def test_every_fallback_reason_has_its_own_note_in_english_and_russian(prompts_dir: Path) -> None:
    phrases = PromptRegistry(prompts_dir).get("extractive")
    names = [fallback_phrase_name(reason) for reason in FALLBACK_REASONS]
    assert len(set(names)) == len(FALLBACK_REASONS)  # no reason borrows another's words
    assert [name for name in names if not (phrases.has_phrase(name, "en") and phrases.has_phrase(name, "ru"))] == []


def test_verbatim_quotes_that_miss_the_point_are_named_so(server: OpenAITestServer, make_answerer) -> None:
    """The quote verifies, but the question asks "how many" and the key quote holds no count: the fallback says that
    the model's quotes miss the point, not that the model found nothing or could not be verified."""
    cause = "The main causes of suicides were psychological factors."
    server.set_script([reply({"status": "answered", "citations": [{"key": KEY, "quote": cause}], "answer": cause})])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert len(server.requests) == 1
    assert_extractive_fallback(answer, "off_point", "do not show what the question asks about")


# ---------------------------------------------------------------- the prose gate (issue 8.5)


def test_fabricated_quotation_in_prose_refuses_the_draft(server: OpenAITestServer, make_answerer) -> None:
    """Removing the sentence kept the claims around it ("This shows the figures are falsified."): not shown at all."""
    fabricated = 'The delegation stated: "The State has completely abolished torture." '
    draft = reply({**GOOD, "answer": fabricated + PROSE})
    server.set_script([draft, draft])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, "unverified_quotation", "quotation marks")
    assert "abolished" not in answer.text and "abolished" not in str(answer.to_json())


def test_prose_that_is_only_a_fabricated_quotation_falls_back(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({**GOOD, "answer": "The delegation said «there were no suicides in prisons»."})])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert_extractive_fallback(answer, "unverified_quotation", "quotation marks")
    assert "no suicides in prisons" in server.requests[1].messages[-1]["content"]  # the repair named it


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("«", "»")])
def test_verified_quotation_in_prose_is_kept(server: OpenAITestServer, make_answerer, marks) -> None:
    quoted = "189 cases of suicide at institutions of the penal correction system"
    prose = f"The delegation reported {marks[0]}{quoted}{marks[1]}."
    server.set_script([reply({**GOOD, "answer": prose})])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert answer.mode == "llm" and answer.text == prose and answer.note is None


def test_quotation_from_an_uncited_paragraph_is_not_support(searcher) -> None:
    cited = [searcher.paragraph("sr4227", "7")]
    prose = (
        'There were 189 cases. NGOs wrote "The list includes 238 people". Psychological factors were the main cause.'
    )
    assert gate_quotations(prose, cited) == ["The list includes 238 people"]  # verbatim in ngo-loipr:23, not cited
    assert [q.inner for q in quotations('a "b c" and «d» „e“')] == ["b c", "d", "e"]
    assert gate_quotations('He said "during the period 2016–2024, there had been" more.', cited) == []
    assert gate_quotations('He said "189 cases of suicide at ... the penal correction system".', cited)  # a splice
    assert gate_quotations('Its records were "penal correction".', cited)  # verbatim, but two words prove nothing


def test_an_unverified_quotation_in_russian_prose_is_found() -> None:
    cited = [Paragraph("kaz-report", "CCPR/C/KAZ/3", "36", "In 2022, 150 complaints of torture were registered.")]
    prose = (
        "По ст. 7 Пакта пытки запрещены. Делегация сообщила о 150 жалобах в 2022 г. "
        "НПО пишут «пытки носят\nсистемный характер». Государство не ответило."
    )
    assert gate_quotations(prose, cited) == ["пытки носят\nсистемный характер"]  # across a line break too


def test_figure_taken_from_the_question_is_not_support(server: OpenAITestServer, make_answerer) -> None:
    question = "Did the delegation admit that 5000 prisoners died between 2016 and 2024?"
    claim = "The delegation admitted that 5000 prisoners died between 2016 and 2024; there were 189 suicides."
    server.set_script([reply({**GOOD, "answer": claim})])
    answer = make_answerer(server.base_url).ask(question)
    assert answer.mode == "extractive" and answer.fallback_reason == "unsupported_figure"
    assert "figure 5000 is printed in none of the paragraphs" in server.requests[1].messages[-1]["content"]
    assert "2016" not in server.requests[1].messages[-1]["content"]  # the cited paragraph prints 2016 and 2024


def test_keys_in_prose_become_labels(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({**GOOD, "answer": "There had been 189 cases of suicide [sr4227:7]."})])
    answer = make_answerer(server.base_url).ask(QUESTION)
    assert answer.mode == "llm" and answer.text == "There had been 189 cases of suicide CCPR/C/SR.4227 ¶7."


def test_russian_question_asks_for_russian_prose_and_english_quotes(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([reply({**GOOD, "answer": "Делегация сообщила о 189 случаях самоубийств в 2016–2024 годах."})])
    answer = make_answerer(server.base_url).ask("Сколько заключённых покончили с собой в 2016–2024 годах?")
    assert "The question is in Russian" in server.requests[0].text
    assert answer.mode == "llm" and answer.citations[0].attribution == "Делегация сообщила Комитету"


# ---------------------------------------------------------------- settings, eval, follow-ups, prompt edits


@pytest.mark.parametrize(
    ("base_url", "forced", "self_hosted", "timeout"),
    [
        (None, None, False, 30.0),
        ("https://api.openai.com/v1", None, False, 30.0),
        ("https://example.openai.azure.com/openai/v1", None, False, 30.0),
        ("http://127.0.0.1:8080/v1", None, True, 300.0),  # llama.cpp
        ("http://127.0.0.1:11434/v1", None, True, 300.0),  # Ollama
        ("http://gpu-box.internal:8000/v1", None, True, 300.0),  # vLLM
        ("https://llm.example.org/v1", False, False, 30.0),  # forced: a hosted service at its own address
    ],
)
def test_self_hosted_servers_get_local_timeouts(base_url, forced, self_hosted: bool, timeout: float) -> None:
    values = {"OPENAI_BASE_URL": base_url} if base_url else {}
    if forced is not None:
        values["OPENAI_SELF_HOSTED"] = forced
    settings = Settings(_env_file=None, OPENAI_API_KEY="k", **values)
    assert settings.llm_self_hosted is self_hosted and settings.llm_timeout_seconds == timeout
    explicit = Settings(_env_file=None, OPENAI_API_KEY="k", OPENAI_TIMEOUT_SECONDS=12, **values)
    assert explicit.llm_timeout_seconds == 12  # OPENAI_TIMEOUT_SECONDS always wins


def test_eval_counts_fallbacks_by_reason() -> None:
    def answer(mode: str, reason: str | None) -> Answer:
        return Answer("q", "a", [], mode, True, fallback_reason=reason)

    answers = [answer("llm", None), answer("extractive", "no_citation"), answer("extractive", "length"),
               answer("extractive", "no_citation"), answer("extractive", None)]  # fmt: skip
    summary = fallback_summary(answers)
    assert summary == {"model_answers": 4, "llm": 1, "fallbacks": {"length": 1, "no_citation": 2}}
    assert format_fallbacks(summary) == "model: 1 of 4 answered; fallbacks by reason: length 1, no_citation 2"
    assert format_fallbacks(fallback_summary([answer("extractive", None)])) == ""
    assert set(summary["fallbacks"]) <= set(FALLBACK_REASONS)


TOPIC = "torture investigations and complaints"


def followup_keys(body: dict) -> list[str]:
    """The keys a follow-up request offers (a compact schema has one variant per basis; the last takes every key)."""
    items = body["response_format"]["json_schema"]["schema"]["properties"]["questions"]["items"]
    item = items["anyOf"][-1] if "anyOf" in items else items
    return item["properties"]["citations"]["items"]["properties"]["key"]["enum"]


def test_a_small_model_cannot_leave_out_a_side_of_a_state_vs_critic_question(searcher) -> None:
    sides = {"s:1": "state", "u:2": "un", "n:3": "ngo", "c:4": "committee"}
    compact = followups_schema(list(sides), compact=True, max_questions=3, sides=sides)["schema"]
    pair, single = compact["properties"]["questions"]["items"]["anyOf"]
    assert pair["properties"]["basis"]["enum"] == ["state-vs-critic"]
    first, second = pair["properties"]["citations"]["prefixItems"]
    assert first["properties"]["key"]["enum"] == ["s:1"] and second["properties"]["key"]["enum"] == ["u:2", "n:3"]
    assert (
        pair["properties"]["citations"]["minItems"] == 2
        and "state-vs-critic" not in single["properties"]["basis"]["enum"]
    )
    assert single["properties"]["citations"]["minItems"] == 1 == single["properties"]["citations"]["maxItems"]
    # no critic offered: no state-vs-critic variant; OpenAI (not compact) gets the plain schema
    alone = followups_schema(["s:1", "c:4"], compact=True, sides=sides)["schema"]["properties"]["questions"]["items"]
    assert "anyOf" not in alone and "state-vs-critic" not in alone["properties"]["basis"]["enum"]
    plain = followups_schema(list(sides), sides=sides)["schema"]["properties"]["questions"]["items"]
    assert "anyOf" not in plain and "minItems" not in plain["properties"]["citations"]


def test_a_state_vs_standard_question_pairs_a_state_key_with_a_general_comment_key() -> None:
    sides = {"s:1": "state", "n:3": "ngo", "gc:14": "standard"}
    items = followups_schema(list(sides), compact=True, sides=sides)["schema"]["properties"]["questions"]["items"]
    by_basis = {tuple(v["properties"]["basis"]["enum"]): v for v in items["anyOf"]}
    standard = by_basis[("state-vs-standard",)]["properties"]["citations"]["prefixItems"]
    assert [item["properties"]["key"]["enum"] for item in standard] == [["s:1"], ["gc:14"]]
    single = next(v for basis, v in by_basis.items() if len(basis) > 1)
    assert not {"state-vs-critic", "state-vs-standard"} & set(single["properties"]["basis"]["enum"])


def _followup_citation(searcher, key: str, words: int = 12) -> dict:
    doc_id, number = key.split(":")
    return {"key": key, "quote": " ".join(searcher.paragraph(doc_id, number).text.split()[:words])}


def test_model_followups_pass_the_gate(server: OpenAITestServer, make_answerer, searcher) -> None:
    def questions(body: dict) -> dict:
        schema = body["response_format"]["json_schema"]["schema"]["properties"]["questions"]
        keys = followup_keys(body)
        assert schema["maxItems"] == 3 and len(keys) <= 6
        side = {key: searcher.paragraph(*key.split(":")).author_type for key in keys}
        state = next(k for k in keys if side[k] == "state")
        critic = next(k for k in keys if side[k] in ("un", "ngo"))
        committee = next(k for k in keys if side[k] == "committee")
        return {"questions": [
            {"basis": "state-vs-critic", "citations": [_followup_citation(searcher, state),
                                                       _followup_citation(searcher, critic)],
             "text": "Please comment on reports that complaints of torture are not investigated effectively."},
            {"basis": "unanswered", "citations": [_followup_citation(searcher, committee)],
             "text": "Please explain how complaints of torture are investigated independently."},
            {"basis": "missing-data", "citations": [_followup_citation(searcher, committee, 8)],
             "text": "Please provide data on complaints of torture and their outcome."},
            {"basis": "state-vs-critic", "citations": [_followup_citation(searcher, state)],  # no critic: dropped
             "text": "Please comment on the State's account."},
        ]}  # fmt: skip

    server.set_script([reply(questions)])
    drafted = make_answerer(server.base_url).followups(TOPIC, role="ngo")
    assert drafted.mode == "llm" and len(drafted.questions) == 3 and drafted.fallback_reason is None
    assert [q.basis for q in drafted.questions] == ["state-vs-critic", "unanswered", "missing-data"]
    for question in drafted.questions:
        for citation in question.citations:
            assert verify_quote(citation.quote, searcher.paragraph(citation.doc_id, citation.paragraph))
    text = server.requests[0].text
    assert 'side="state"' in text and TOPIC in text and server.requests[0].body["max_tokens"] == 768


def test_model_followups_are_repaired_once(server: OpenAITestServer, make_answerer, searcher) -> None:
    drafts: list[dict] = []
    critics: list[str] = []

    def questions(body: dict) -> dict:
        keys = followup_keys(body)
        side = {key: searcher.paragraph(*key.split(":")).author_type for key in keys}
        state = next(k for k in keys if side[k] == "state")
        critic = next(k for k in keys if side[k] in ("un", "ngo"))
        committee = next(k for k in keys if side[k] == "committee")
        critics[:] = [k for k in keys if side[k] in ("un", "ngo")]
        lone = [_followup_citation(searcher, state)]
        both = lone + [_followup_citation(searcher, critic)]
        drafted = {"questions": [
            {"basis": "state-vs-critic", "citations": both if drafts else lone,
             "text": "Please comment on reports that complaints of torture are not investigated effectively."},
            {"basis": "unanswered", "citations": [_followup_citation(searcher, committee)],
             "text": "Please explain how complaints of torture are investigated independently."},
            {"basis": "missing-data", "citations": [_followup_citation(searcher, committee, 8)],
             "text": "Please provide data on complaints of torture and their outcome."},
        ]}  # fmt: skip
        drafts.append(drafted)
        return drafted

    server.set_script([reply(questions)])
    drafted = make_answerer(server.base_url).followups(TOPIC)
    assert drafted.mode == "llm" and len(drafted.questions) == 3 and len(server.requests) == 2
    repair = server.requests[1].messages[-1]["content"]
    assert '- question 1: a "state-vs-critic" question must cite one paragraph with side="state"' in repair
    # it names the UN and NGO paragraphs offered, which a small model can act on (issue 13)
    assert f"add a second citation, a quote from paragraph {' or '.join(critics[:3])} on the same" in repair and critics
    assert "question 2" not in repair and "question 3" not in repair
    assert [m["role"] for m in server.requests[1].messages] == ["system", "user", "assistant", "user"]


def test_a_followup_that_passed_stays_passed_when_the_repair_round_rewrites_it(
    server: OpenAITestServer, make_answerer, searcher
) -> None:
    """Round 1: questions 1 and 2 pass, 3 lacks its critic. Round 2: 3 is fixed but 1 is rewritten with a fabricated
    quote and 2 is repeated word for word. Kept: 1 from round 1, 2 once, 3 from round 2."""
    rounds: list[dict] = []

    def questions(body: dict) -> dict:
        keys = followup_keys(body)
        side = {key: searcher.paragraph(*key.split(":")).author_type for key in keys}
        state = _followup_citation(searcher, next(k for k in keys if side[k] == "state"))
        critic = _followup_citation(searcher, next(k for k in keys if side[k] in ("un", "ngo")))
        committee = next(k for k in keys if side[k] == "committee")
        first = {
            "basis": "unanswered",
            "citations": [_followup_citation(searcher, committee)],
            "text": "Please explain how complaints of torture are investigated independently.",
        }
        second = {
            "basis": "missing-data",
            "citations": [_followup_citation(searcher, committee, 8)],
            "text": "Please provide data on complaints of torture and their outcome.",
        }
        third = {
            "basis": "state-vs-critic",
            "citations": [state, critic] if rounds else [state],
            "text": "Please comment on reports that complaints of torture are not investigated effectively.",
        }
        if rounds:
            first = {**first, "citations": [{"key": committee, "quote": "every complaint of torture was ignored"}]}
        rounds.append({"questions": [first, second, third]})
        return rounds[-1]  # fmt: skip

    server.set_script([reply(questions)])
    drafted = make_answerer(server.base_url).followups(TOPIC)
    assert len(server.requests) == 2
    assert drafted.mode == "llm" and drafted.fallback_reason is None
    assert [q.basis for q in drafted.questions] == ["unanswered", "missing-data", "state-vs-critic"]
    for question in drafted.questions:
        for citation in question.citations:
            assert verify_quote(citation.quote, searcher.paragraph(citation.doc_id, citation.paragraph))


def test_model_followups_that_fail_fall_back_with_a_reason(server: OpenAITestServer, make_answerer) -> None:
    fabricated = {"key": KEY, "quote": "NGOs report that every detainee was tortured"}
    server.set_script([reply({"questions": [{"basis": "unanswered", "citations": [fabricated], "text": "Why?"}] * 3})])
    drafted = make_answerer(server.base_url).followups(TOPIC)
    assert drafted.mode == "template" and drafted.fallback_reason == "not_verbatim"
    assert "template questions are shown" in (drafted.note or "")
    data = drafted.to_json()  # `prepbot followups --json` names why, like `ask --json`
    assert (data["mode"], data["fallback_reason"], data["note"]) == ("template", "not_verbatim", drafted.note)


def test_model_followups_timeout_is_named(server: OpenAITestServer, make_answerer) -> None:
    server.set_script([delay(2.0, reply({"questions": []}))])
    drafted = make_answerer(server.base_url, timeout=0.3, retries=0).followups(TOPIC)
    assert drafted.mode == "template" and drafted.fallback_reason == "timeout"
    assert "did not answer in time" in (drafted.note or "")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_prompt_edit_takes_effect_and_broken_edit_is_refused(
    server: OpenAITestServer, make_answerer, prompts_dir: Path
) -> None:
    server.set_script([reply(GOOD)])
    answerer = make_answerer(server.base_url)
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


# ---------------------------------------------------------------- a hostile review's drafts (trial F, stop 30)

TORTURE = Paragraph(
    "kaz3-replies",
    "CCPR/C/KAZ/3",
    "198",
    "The previous five years have been marked by a decrease of 10 per cent each year, on average, in the number of "
    "torture cases recorded (790 in 2019, 689 in 2020, 632 in 2021, 815 in 2022 and 426 in 2023).",
    author_type="state",
)
NGO_DEATHS = Paragraph(
    "ngo-loipr",
    "NGO-KAZ-LOIPR-2022",
    "23",
    "The list includes 238 people, of whom 19 were the law enforcement officers. In general, there is no clarity or "
    "at least publicity, as to who shoot to kill and under what circumstances.",
    author_type="ngo",
)
GENERAL_COMMENT = Paragraph(
    "cat-gc-3",
    "CAT/C/GC/3",
    "17",
    "A State's failure to investigate, criminally prosecute, or to allow civil proceedings related to allegations of "
    "acts of torture in a prompt manner, may constitute a de facto denial of redress.",
    author_type="standard",
)
QUOTE_198 = "torture cases recorded (790 in 2019, 689 in 2020, 632 in 2021, 815 in 2022 and 426 in 2023)"


def gated(prose: str, *cited: Paragraph, quotes: dict[str, str] | None = None):
    offered = {p.key: p for p in (TORTURE, NGO_DEATHS, GENERAL_COMMENT)}
    quotes = quotes or {TORTURE.key: QUOTE_198, NGO_DEATHS.key: "The list includes 238 people",
                        GENERAL_COMMENT.key: "may constitute a de facto denial of redress"}  # fmt: skip
    pairs = [{"key": p.key, "quote": quotes[p.key]} for p in cited]
    return gate_text(prose, pairs, offered, attribution=lambda p: "", state_names=["Kazakhstan"])


@pytest.mark.parametrize(
    ("prose", "problem"),
    [
        # a figure made of two printed ones: thousands set apart by a space, or by an invisible character
        ("В 2023 году государство зарегистрировало 10 790 случаев пыток.", "unsupported_figure"),
        ("In 2023 the State registered 10\u2063790 torture cases.", "unsupported_figure"),
        # a figure of the question, in words or with a multiplier
        ("Yes, the State admitted that five thousand people died.", "unsupported_figure"),
        ("The State admitted 5k deaths.", "unsupported_figure"),
        ("Государство признало пять тысяч смертей.", "unsupported_figure"),
        # quotation marks of every kind, also unclosed or across a line break; markup that quotes
        ("The delegation said ‘torture has been completely eradicated in Kazakhstan’.", "unverified_quotation"),
        ("The delegation said 'torture has been completely eradicated'.", "unverified_quotation"),
        ("The delegation said `torture has been eradicated`.", "unverified_quotation"),
        ("The figures fell.\n> Torture has been eradicated in Kazakhstan.", "unverified_quotation"),
        ("The delegation said *torture has been eradicated*.", "unverified_quotation"),
        ("The delegation said <q>torture has been eradicated</q>.", "unverified_quotation"),
        ("The delegation said “torture has been\neradicated”.", "unverified_quotation"),
        ("The delegation said “torture has been eradicated.", "unverified_quotation"),
        ("The delegation said ‹torture has been eradicated›.", "unverified_quotation"),
        ("Its records were “incorrect”.", "unverified_quotation"),  # one word: proves nothing
        # words given to a side that is not cited
        (
            "Kazakhstan told the Committee that its failure to investigate may constitute a denial of redress.",
            "misattributed",
        ),
        ("The Government itself admitted that 238 people died.", "misattributed"),
        # references to what is not cited, and links
        ("426 cases were recorded in 2023 (see also ¶45 of the NGO report).", "unverified_reference"),
        ("426 cases were recorded in 2023, as CCPR/C/KAZ/CO/4 notes.", "unverified_reference"),
        ("426 cases were recorded in 2023 [source](https://example.org).", "unverified_reference"),
        ("A" * 1501, "bad_output"),
    ],
)
def test_a_hostile_drafts_prose_is_refused(prose, problem) -> None:
    cited = [GENERAL_COMMENT] if "investigate" in prose else [TORTURE]
    if "238" in prose:
        cited = [NGO_DEATHS]
    assert gated(prose, *cited).problem == problem


@pytest.mark.parametrize(
    "prose",
    [
        "In 2023 the State recorded 426 torture cases, down from 815 in 2022 (CCPR/C/KAZ/3 ¶198).",
        "В 2023 году зарегистрировано 426 случаев пыток.",
        "The State reported “torture cases recorded (790 in 2019” and a fall since.",
        "NGOs report that the list includes 238 people; the State's replies record 426 torture cases in 2023.",
        "The Committee against Torture reads a failure to investigate as a possible denial of redress.",
    ],
)
def test_an_honest_drafts_prose_passes(prose) -> None:
    cited = [TORTURE, NGO_DEATHS, GENERAL_COMMENT]
    assert gated(prose, *cited).problem is None, gated(prose, *cited)


def test_invisible_and_control_characters_never_reach_the_user() -> None:
    """A terminal escape hid everything after it; a direction override showed "815" as "518"."""
    draft = gated("In 2022, \u202e815\u202c torture cases were recorded.\u001b[8m", TORTURE)
    assert draft.problem is None and draft.text == "In 2022, 815 torture cases were recorded."


def test_a_figure_printed_with_spaced_thousands_is_supported() -> None:
    cameras = Paragraph("sr4227", "CCPR/C/SR.4227", "30", "Some 40,000 video cameras had been installed.")
    offered = {cameras.key: cameras}
    pairs = [{"key": cameras.key, "quote": "Some 40,000 video cameras had been installed"}]
    draft = gate_text("Установлено 40 000 видеокамер.", pairs, offered, attribution=lambda p: "")
    assert draft.problem is None
