"""Follow-up questions: template mode pairs a State claim with a UN/NGO concern, finds unanswered Committee questions
and figures requested but not given; role changes the framing; model mode goes through the same quote gate and
falls back to templates when too few of its questions survive."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fake_corpus import PARAGRAPHS, FakeSearcher
from servers.openai_server import OpenAITestServer, delay, reply

from prepbot import PROJECT_ROOT
from prepbot.answering.answerer import Answerer
from prepbot.answering.followups import as_clause, as_data_request, as_request
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.verify import verify_quote
from prepbot.core.settings import Settings

BY_KEY = {p.key: p for p in PARAGRAPHS}
TOPIC = "complaints of torture"


def offline() -> Answerer:
    return Answerer(
        Settings(_env_file=None, OPENAI_API_KEY=None), FakeSearcher(), PromptRegistry(PROJECT_ROOT / "prompts")
    )


def _side(citation) -> str:
    return BY_KEY[f"{citation.doc_id}:{citation.paragraph}"].author_type


def _assert_grounded(drafted) -> None:
    for question in drafted.questions:
        assert question.citations, question
        for citation in question.citations:
            assert verify_quote(citation.quote, BY_KEY[f"{citation.doc_id}:{citation.paragraph}"])


def test_template_questions_cover_the_three_bases() -> None:
    drafted = offline().followups(TOPIC)
    assert drafted.mode == "template"
    assert 3 <= len(drafted.questions) <= 5
    bases = {q.basis for q in drafted.questions}
    assert bases == {"state-vs-critic", "unanswered", "missing-data"}
    _assert_grounded(drafted)
    for question in drafted.questions:
        assert question.text.startswith("Please") or question.text.startswith("Committee members")
        if question.basis == "state-vs-critic":
            sides = {_side(c) for c in question.citations}
            assert "state" in sides and sides & {"un", "ngo"}
        if question.basis == "missing-data":
            assert "statistical data" in question.text and "CAT/C/XYZ/Q/4 ¶3" in question.text
        if question.basis == "unanswered":
            assert {_side(c) for c in question.citations} == {"committee"}
    as_json = drafted.to_json()
    assert set(as_json) == {"topic", "mode", "questions"} and as_json["mode"] == "template"
    assert set(as_json["questions"][0]) == {"text", "basis", "citations"}
    assert set(as_json["questions"][0]["citations"][0]) == {"doc_id", "symbol", "paragraph", "quote"}


def test_role_changes_the_framing() -> None:
    answerer = offline()
    ngo = answerer.followups(TOPIC, role="ngo")
    delegation = answerer.followups(TOPIC, role="delegation")
    assert "suggest to Committee members" in ngo.note
    assert "delegation should be ready" in delegation.note
    ngo_texts = {q.basis: q.text for q in ngo.questions}
    delegation_texts = {q.basis: q.text for q in delegation.questions}
    assert ngo_texts["state-vs-critic"] != delegation_texts["state-vs-critic"]
    assert ngo_texts["state-vs-critic"].startswith("Please comment on reports by")


def test_off_topic_gives_no_questions() -> None:
    drafted = offline().followups("borscht recipes")
    assert drafted.questions == [] and "no grounded basis" in drafted.note


def test_source_filter_keeps_questions_citing_that_side() -> None:
    drafted = offline().followups(TOPIC, source="ngo")
    assert drafted.questions
    assert all(any(_side(c) == "ngo" for c in q.citations) for q in drafted.questions)


def test_wording_helpers() -> None:
    assert as_clause("The Committee against Torture was concerned that police officers continued to investigate "
                     "allegations of torture committed by their colleagues.") == (
        "police officers continued to investigate allegations of torture committed by their colleagues"
    )  # fmt: skip
    assert as_clause("Complaints are dismissed.") == "complaints are dismissed"
    assert as_clause("Kazakhstan has adopted a law.") == "Kazakhstan has adopted a law"
    assert as_request("With reference to the report, please indicate whether X applies.") == (
        "Please indicate whether X applies"
    )
    assert as_request("She wished to know whether detainees could see a lawyer.") == (
        "Please explain whether detainees could see a lawyer"
    )
    assert as_data_request("Please provide statistical data on complaints of torture.") == (
        "statistical data on complaints of torture"
    )


# ---------------------------------------------------------------- model mode


@pytest.fixture
def server():
    with OpenAITestServer() as running:
        yield running


def with_model(server: OpenAITestServer, tmp_path: Path, timeout: float = 5.0) -> Answerer:
    prompts_dir = tmp_path / "prompts"
    shutil.copytree(PROJECT_ROOT / "prompts", prompts_dir)
    settings = Settings(_env_file=None, OPENAI_API_KEY="sk-test", OPENAI_BASE_URL=server.base_url,
                        OPENAI_MODEL="test-model", OPENAI_TIMEOUT_SECONDS=timeout, OPENAI_MAX_RETRIES=0)  # fmt: skip
    return Answerer(settings, FakeSearcher(), PromptRegistry(prompts_dir))


STATE = {
    "key": "replies:10",
    "quote": "pretrial investigations of torture have been conducted exclusively by the procuratorial authorities",
}  # noqa: E501
UN = {
    "key": "compilation:5",
    "quote": "police officers continued to investigate allegations of torture committed by their colleagues",
}  # noqa: E501
NGO = {"key": "ngo:7", "quote": "Complaints of torture are routinely dismissed by the police without investigation."}
LOI = {
    "key": "loi:3",
    "quote": "Please provide statistical data, disaggregated by sex and age, on the number of complaints of torture",
}  # noqa: E501
BASSIM = {"key": "sr:3", "quote": "She asked how many such complaints had led to prosecutions."}

GOOD_QUESTIONS = [
    {"text": "Please comment on reports that police officers still investigate torture by colleagues.",
     "basis": "state-vs-critic", "citations": [STATE, UN]},
    {"text": "Please explain why complaints of torture are dismissed without investigation.",
     "basis": "state-vs-critic", "citations": [STATE, NGO]},
    {"text": "Please provide statistical data on complaints of torture, disaggregated by sex and age.",
     "basis": "missing-data", "citations": [LOI]},
    {"text": "Please indicate how many complaints of torture in police custody led to prosecutions.",
     "basis": "unanswered", "citations": [BASSIM]},
]  # fmt: skip


def test_model_questions_pass_the_gate(server: OpenAITestServer, tmp_path: Path) -> None:
    server.set_script([reply({"questions": GOOD_QUESTIONS})])
    drafted = with_model(server, tmp_path).followups(TOPIC, role="delegation")
    assert drafted.mode == "llm" and drafted.model == "test-model" and drafted.prompt_id == "followups"
    assert [q.basis for q in drafted.questions] == [q["basis"] for q in GOOD_QUESTIONS]
    _assert_grounded(drafted)
    [request] = server.requests
    text = request.text
    assert "State delegation" in text and TOPIC in text
    enum = request.body["response_format"]["json_schema"]["schema"]["properties"]["questions"]["items"][
        "properties"]["citations"]["items"]["properties"]["key"]["enum"]  # fmt: skip
    sides = {BY_KEY[key].author_type for key in enum}
    assert {"state", "un", "ngo", "committee"} <= sides  # every side's paragraphs were offered


def test_model_questions_that_fail_the_gate_are_dropped(server: OpenAITestServer, tmp_path: Path) -> None:
    bad = [
        {"text": "Please comment.", "basis": "state-vs-critic", "citations": [STATE]},  # no critic cited
        {"text": "Please explain the 250 complaints.", "basis": "missing-data", "citations": [LOI]},  # figure made up
        {"text": "Please explain.", "basis": "unanswered",
         "citations": [{"key": "sr:3", "quote": "Ms. Bassim demanded the release of all detainees"}]},  # fabricated
    ]  # fmt: skip
    server.set_script([reply({"questions": GOOD_QUESTIONS[:3] + bad})])
    drafted = with_model(server, tmp_path).followups(TOPIC)
    assert drafted.mode == "llm"
    assert [q.text for q in drafted.questions] == [q["text"] for q in GOOD_QUESTIONS[:3]]


def test_too_few_model_questions_fall_back_to_templates(server: OpenAITestServer, tmp_path: Path) -> None:
    fabricated = {"key": "ngo:7", "quote": "NGOs report that every detainee was tortured"}
    questions = [dict(q, citations=[fabricated]) for q in GOOD_QUESTIONS]
    server.set_script([reply({"questions": questions[:2] + GOOD_QUESTIONS[2:3]})])
    drafted = with_model(server, tmp_path).followups(TOPIC)
    assert drafted.mode == "template" and len(drafted.questions) >= 3
    assert "template questions are shown" in drafted.note
    _assert_grounded(drafted)


def test_model_timeout_falls_back_to_templates(server: OpenAITestServer, tmp_path: Path) -> None:
    server.set_script([delay(2.0, reply({"questions": GOOD_QUESTIONS}))])
    drafted = with_model(server, tmp_path, timeout=0.3).followups(TOPIC)
    assert drafted.mode == "template" and drafted.questions and "template questions" in drafted.note
