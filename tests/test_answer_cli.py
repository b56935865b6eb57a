"""`prepbot ask` and `prepbot followups` over the real index: JSON shapes, batch mode, human output, bad input, and
the LLM mode end to end through the CLI against the local OpenAI-compatible test server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_prepbot
from servers.openai_server import OpenAITestServer, reply

from prepbot.answering.verify import verify_quote
from prepbot.core.vocabulary import BASES

FACT_QUESTION = "How many prisoners took their own lives between 2016 and 2024, and how many of them were women?"
ANSWER_KEYS = {"question", "answer", "citations", "mode", "grounded", "abstain_reason", "related", "contrast", "model",
               "note", "reading", "fallback_reason"}  # fmt: skip
CITATION_KEYS = {"doc_id", "symbol", "paragraph", "side", "quote"}  # side: whose words (vocabulary.SIDES)


@pytest.fixture
def cli_env(settings_with_index, monkeypatch: pytest.MonkeyPatch):
    """The environment that makes `get_settings()` return the indexed test settings (offline unless overridden)."""
    from prepbot.core.settings import Settings, get_settings

    for name, field in Settings.model_fields.items():
        value = getattr(settings_with_index, name)
        if field.alias is None:
            continue
        if value is None:
            monkeypatch.delenv(field.alias, raising=False)
        elif isinstance(value, frozenset):
            monkeypatch.setenv(field.alias, ",".join(str(v) for v in sorted(value)))
        else:
            monkeypatch.setenv(field.alias, str(value))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


run = run_prepbot


def _check_citations(citations: list[dict], searcher) -> None:
    for citation in citations:
        assert set(citation) == CITATION_KEYS
        paragraph = searcher.paragraph(citation["doc_id"], citation["paragraph"])
        assert paragraph is not None and paragraph.symbol == citation["symbol"]
        assert verify_quote(citation["quote"], paragraph)


def test_ask_json(cli_env, searcher) -> None:
    code, out, err = run("ask", FACT_QUESTION, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == ANSWER_KEYS
    assert data["mode"] == "extractive" and data["grounded"] is True
    assert data["question"] == FACT_QUESTION
    assert any("189" in c["quote"] for c in data["citations"])
    _check_citations(data["citations"], searcher)


def test_ask_human_output(cli_env) -> None:
    code, out, err = run("ask", FACT_QUESTION)
    assert code == 0, err
    assert "CCPR/C/SR.4227 ¶" in out and "“" in out and "The delegation told the Committee" in out


def test_ask_off_topic_says_so(cli_env) -> None:
    code, out, _ = run("ask", "What is the best recipe for a winter soup?", "--json")
    data = json.loads(out)
    assert code == 0 and data["grounded"] is False and data["citations"] == []
    assert data["abstain_reason"] == "not_relevant" and "CAT/C/KAZ/Q/4" in data["answer"]  # names what was searched
    code, out, _ = run("ask", "What is the capital of France?", "--json")
    data = json.loads(out)
    assert data["abstain_reason"] == "other_country" and "Kazakhstan only" in data["answer"]  # says why


def test_ask_batch(cli_env, searcher, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    lines = [
        {"id": "a", "question": FACT_QUESTION},
        {"id": "b", "question": "What did the UN say about the definition of torture?"},
        {"id": "c", "question": "recipe for borscht"},
    ]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    code, out, err = run("ask", "--batch", str(batch), "--json")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    for record in records:
        assert set(record) == ANSWER_KEYS | {"id"}
        _check_citations(record["citations"], searcher)
    assert records[0]["grounded"] and not records[2]["grounded"]


def test_ask_bad_input(cli_env, tmp_path: Path) -> None:
    code, _, message = run("ask", "   ")
    assert code == 2 and message
    code, _, message = run("ask", "torture", "--source", "press")
    assert code == 2
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": 1, "question": "ok"}\n{not json\n', encoding="utf-8")
    code, _, message = run("ask", "--batch", str(batch), "--json")
    assert code == 2 and "bad.jsonl line 2: not valid JSON" in message
    # a QUESTION and --batch together, or neither: a BadInput (`Error: ...`), as in `search`, not a click usage error
    code, _, message = run("ask", "torture", "--batch", str(batch))
    assert code == 2 and message == "Give either a QUESTION or --batch FILE, not both."
    code, _, message = run("ask")
    assert code == 2 and message.startswith("Give a QUESTION or --batch FILE, e.g. prepbot ask")


def test_followups_json(cli_env, searcher) -> None:
    code, out, err = run("followups", "torture investigations and complaints", "--json", "--role", "ngo")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"topic", "mode", "questions", "model", "note", "fallback_reason"}
    assert data["mode"] == "template" and data["fallback_reason"] is None
    assert 3 <= len(data["questions"]) <= 5
    for question in data["questions"]:
        assert set(question) == {"text", "basis", "citations"}
        assert question["basis"] in BASES
        assert question["citations"]
        _check_citations(question["citations"], searcher)


def test_followups_human_output(cli_env) -> None:
    code, out, err = run("followups", "torture investigations", "--role", "delegation")
    assert code == 0, err
    assert "Basis:" in out and "¶" in out and "delegation should be ready" in out


def test_ask_with_a_model_through_the_cli(cli_env, searcher) -> None:
    def answer_from_offered(body: dict) -> dict:
        """Quote the words of an offered paragraph that give the figure asked for, as a well-behaved model would."""
        schema = body["response_format"]["json_schema"]["schema"]
        keys = schema["properties"]["citations"]["items"]["properties"]["key"]["enum"]
        for key in keys:
            doc_id, number = key.rsplit(":", 1)
            text = " ".join(searcher.paragraph(doc_id, number).text.split())
            if "189 cases of suicide" in text:
                quote = "there had been 189 cases of suicide"
                return {"status": "answered", "citations": [{"key": key, "quote": quote}], "answer": "189 cases."}
        raise AssertionError("the paragraph with the figure was not offered")

    with OpenAITestServer([reply(answer_from_offered)]) as server:
        cli_env.setenv("OPENAI_API_KEY", "sk-test")
        cli_env.setenv("OPENAI_BASE_URL", server.base_url)
        cli_env.setenv("OPENAI_MODEL", "test-model")
        from prepbot.core.settings import get_settings

        get_settings.cache_clear()
        code, out, err = run("ask", FACT_QUESTION, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["mode"] == "llm" and data["grounded"]
    _check_citations(data["citations"], searcher)
    assert len(server.requests) == 1
