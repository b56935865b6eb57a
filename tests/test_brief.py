"""The briefing pack: topics from the State report's sections, questions most likely first within --max-questions,
the State's position, the concerns and what was left unanswered, all quoted verbatim; the JSON shape of the issue;
Markdown and a DOCX that python-docx opens; progress reported per topic; `prepbot brief` over the real index."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from cli_runner import run_prepbot
from fake_corpus import STANDARD_PARAGRAPHS, SYMBOLS, FakeSearcher
from servers.openai_server import OpenAITestServer, reply

from prepbot import PROJECT_ROOT
from prepbot.answering.answerer import Answerer
from prepbot.answering.brief_render import render_docx, render_markdown
from prepbot.answering.prompts import PromptRegistry, basis_label
from prepbot.answering.verify import verify_quote
from prepbot.core.errors import BadInput
from prepbot.core.records import Paragraph
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import BASES, STANDARD_BASIS

DETENTION = "Conditions in places of detention — Reply to the issues raised in paragraph 16"
ASSEMBLY = "Right to freedom of peaceful assembly — Reply to the issues raised in paragraph 23"


def _p(doc_id: str, number: int, text: str, side: str, section: str) -> Paragraph:
    return Paragraph(doc_id, SYMBOLS[doc_id], str(number), text, section, side)


CORPUS = [
    _p("replies", 101, "The national preventive mechanism made 606 visits to places of detention in 2023.", "state",
       DETENTION),
    _p("replies", 102, "Solitary confinement in places of detention is imposed under articles 130 and 131 of the Penal "
       "Enforcement Code.", "state", DETENTION),
    _p("replies", 103, "Medical care in places of detention was transferred to the Ministry of Health in 2023.",
       "state", DETENTION),
    _p("replies", 201, "The Peaceful Assemblies Act of 2020 replaced the permission procedure with a notification "
       "procedure: organisers of peaceful assemblies notify the local executive body five days in advance.", "state",
       ASSEMBLY),
    _p("replies", 202, "Special places for peaceful assemblies have been designated in every city by the local "
       "executive bodies.", "state", ASSEMBLY),
    _p("compilation", 21, "The Committee against Torture was concerned that the national preventive mechanism needs "
       "the Commissioner's approval for every visit to places of detention.", "un", "Places of detention"),
    _p("compilation", 22, "The Committee against Torture expressed concern that under articles 130 and 131 of the "
       "Penal Enforcement Code solitary confinement in places of detention can last four months.", "un",
       "Places of detention"),
    _p("compilation", 35, "The United Nations country team recommended that Kazakhstan remove the requirement to "
       "notify the local executive body of peaceful assemblies and allow spontaneous assemblies.", "un",
       "Fundamental freedoms"),
    _p("ngo", 70, "Despite the Peaceful Assemblies Act of 2020, organisers of peaceful assemblies must still notify "
       "the local executive body in advance, and participants in unnotified assemblies are fined.", "ngo",
       "Freedom of peaceful assembly"),
    _p("ngo", 56, "Medical staff in places of detention still report to the prison administration, and detainees "
       "wait weeks for a doctor.", "ngo", "Conditions of detention"),
]  # fmt: skip
BY_KEY = {p.key: p for p in CORPUS}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer(Settings(_env_file=None, OPENAI_API_KEY=None), FakeSearcher(CORPUS),
                    PromptRegistry(PROJECT_ROOT / "prompts"))  # fmt: skip


def _verified(citations) -> None:
    for citation in citations:
        assert verify_quote(citation.quote, BY_KEY[f"{citation.doc_id}:{citation.paragraph}"])


def test_the_pack_is_grouped_into_the_state_reports_topics(answerer: Answerer) -> None:
    seen: list[tuple[int, int, str]] = []
    pack = answerer.brief(role="delegation", progress=lambda done, total, title: seen.append((done, total, title)))
    assert [t.title for t in pack.topics] == ["Conditions in places of detention",
                                              "Right to freedom of peaceful assembly"]  # fmt: skip
    assert seen == [(1, 2, pack.topics[0].title), (2, 2, pack.topics[1].title)]
    assert pack.mode == "template" and pack.role == "delegation"
    for topic in pack.topics:
        assert topic.questions and topic.state and topic.concerns
        for question in topic.questions:
            assert question.basis in BASES and question.citations and "¶" not in question.text
            _verified(question.citations)
        _verified(topic.state + topic.concerns + topic.unanswered)
        assert all(BY_KEY[f"{c.doc_id}:{c.paragraph}"].author_type == "state" for c in topic.state)
        assert all(BY_KEY[f"{c.doc_id}:{c.paragraph}"].author_type in ("un", "ngo") for c in topic.concerns)
    assembly = pack.topics[1]
    cited = {f"{c.doc_id}:{c.paragraph}" for q in assembly.questions for c in q.citations}
    assert "replies:201" in cited and cited & {"ngo:70", "compilation:35"}


def test_json_shape(answerer: Answerer) -> None:
    data = answerer.brief(role="ngo").to_json()
    assert set(data) == {"role", "mode", "topics"} and data["role"] == "ngo" and data["mode"] == "template"
    topic = data["topics"][0]
    assert set(topic) == {"title", "questions", "state", "concerns", "unanswered"}
    assert set(topic["questions"][0]) == {"text", "basis", "citations"}
    assert set(topic["questions"][0]["citations"][0]) == {"doc_id", "symbol", "paragraph", "side", "quote"}
    assert set(topic["state"][0]) == {"doc_id", "symbol", "paragraph", "side", "quote"}


def test_max_questions_keeps_the_most_likely_and_every_topic_first(answerer: Answerer) -> None:
    full = answerer.brief()
    assert full.question_count > 2
    two = answerer.brief(max_questions=2)
    assert two.question_count == 2
    assert all(len(topic.questions) == 1 for topic in two.topics)  # each topic's best question first
    with pytest.raises(BadInput):
        answerer.brief(max_questions=0)
    with pytest.raises(BadInput):
        answerer.brief(role="observer")


def test_a_topic_whose_questions_the_limit_left_out_says_so_not_that_the_documents_are_silent(
    answerer: Answerer,
) -> None:
    import docx

    one = answerer.brief(max_questions=1)
    assert sorted(len(topic.questions) for topic in one.topics) == [0, 1]  # the other is there for its issues
    number = next(n for n, topic in enumerate(one.topics, start=1) if not topic.questions)
    markdown = render_markdown(one, answerer.prompts)
    left_out = markdown.split(f"## {number}.")[1].split("### The State's position")[0]
    assert "None within this pack's limit of 1 question: other topics came first." in left_out
    assert "Nothing in the documents" not in left_out
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(one, answerer.prompts))).paragraphs]
    assert any(text.startswith("None within this pack's limit of 1 question") for text in texts)
    russian = render_markdown(one, answerer.prompts, "ru").split(f"## {number}.")[1]
    assert "Не вошли в этот пакет (вопросов в нём: 1)" in russian.split("###")[1]


def test_a_russian_pack_names_its_topics_in_russian(answerer: Answerer, tmp_path: Path) -> None:
    """prompts/headings.toml names the documents' section headings in Russian for a Russian pack; a heading it does
    not list is shown as the documents write it, and an English pack keeps them as written."""
    import docx

    pack = answerer.brief()
    assert "## 1. Conditions in places of detention" in render_markdown(pack, answerer.prompts, "ru")  # not listed
    copy = tmp_path / "prompts"
    shutil.copytree(PROJECT_ROOT / "prompts", copy)
    headings = copy / "headings.toml"
    headings.write_text(
        headings.read_text(encoding="utf-8")
        + '"Conditions in places of detention" = "Условия в местах лишения свободы"\n',
        encoding="utf-8",
    )
    prompts = PromptRegistry(copy)
    assert not prompts.check()
    russian = render_markdown(pack, prompts, "ru")
    assert "## 1. Условия в местах лишения свободы" in russian and "Conditions in places of detention" not in russian
    assert "## 1. Conditions in places of detention" in render_markdown(pack, prompts)
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(pack, prompts, "ru"))).paragraphs]
    assert "1. Условия в местах лишения свободы" in texts


def test_every_heading_of_the_shipped_reports_has_a_russian_name(real_answerer: Answerer) -> None:
    """The State's section headings of the shipped corpus are all named in Russian (prompts/headings.toml)."""
    headings = real_answerer.prompts.get("headings")
    from prepbot.answering.brief import BriefBuilder

    titles = [section.title for section in BriefBuilder(real_answerer.parts().drafter).dialogue_topics()]
    assert titles and [title for title in titles if not headings.has_phrase(title, "ru")] == []


def test_one_topic_of_the_dialogue(answerer: Answerer) -> None:
    pack = answerer.brief(topic="peaceful assembly")
    assert [t.title for t in pack.topics] == ["Right to freedom of peaceful assembly"]


def test_a_topic_the_documents_never_speak_of_is_refused_not_briefed_on_another(answerer: Answerer) -> None:
    """It was briefed on the nearest heading (asylum-seekers) under its own title; a topic in other words than the
    headings is briefed on as asked, a Russian one judged by its English gloss."""
    from prepbot.core.errors import BadInput

    with pytest.raises(BadInput, match="never speak of “zzzz quantum teleportation”"):
        answerer.brief(topic="zzzz quantum teleportation")
    assert answerer.brief(topic="собрания").topics


def test_a_topic_no_heading_names_is_briefed_on_its_own_paragraphs(real_answerer: Answerer) -> None:
    """ "January 2022 events" got a pack on "Anti-corruption measures", the closest of the State's headings."""
    pack = real_answerer.brief(topic="January 2022 events", max_questions=8)
    assert [t.title for t in pack.topics] == ["January 2022 events"]
    quoted = " ".join(c.quote for q in pack.topics[0].questions for c in q.citations)
    assert "January" in quoted and "corruption" not in quoted.lower()
    # (stop 57) a Russian topic too: «январские события 2022» was briefed as "Counter-terrorism measures"
    russian = real_answerer.brief(topic="январские события 2022", max_questions=8)
    assert [t.title for t in russian.topics] == ["январские события 2022"]
    assert "January" in " ".join(c.quote for q in russian.topics[0].questions for c in q.citations)


def test_markdown_and_a_docx_that_python_docx_opens(answerer: Answerer) -> None:
    import docx

    pack = answerer.brief(role="delegation")
    prompts = answerer.prompts
    markdown = render_markdown(pack, prompts)
    assert markdown.startswith("# Briefing pack")
    assert "## 1. Conditions in places of detention" in markdown
    assert "### The State's position" in markdown and "(CCPR/C/XYZ/3 ¶101)" in markdown
    document = docx.Document(io.BytesIO(render_docx(pack, prompts)))
    texts = [p.text for p in document.paragraphs]
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Briefing pack"] == "Title"
    assert styles["1. Conditions in places of detention"] == "Heading 1"
    assert styles["Anticipated questions"] == "Heading 2"
    first = pack.topics[0].questions[0]
    assert any(first.text in text for text in texts)
    for citation in first.citations:  # each quote verbatim, cited as SYMBOL ¶N
        assert any(f"“{citation.quote}” ({citation.symbol} ¶{citation.paragraph})" in text for text in texts)
    assert document.core_properties.title == "Briefing pack"


def test_a_claim_beside_its_general_comment_in_the_pack_md_docx_and_json(answerer: Answerer) -> None:
    import docx

    dialogue_only = answerer.brief(role="delegation")
    answerer = Answerer(Settings(_env_file=None, OPENAI_API_KEY=None), FakeSearcher(CORPUS + STANDARD_PARAGRAPHS),
                        PromptRegistry(PROJECT_ROOT / "prompts"))  # fmt: skip
    pack = answerer.brief(role="delegation")
    standard = [(t.title, q) for t in pack.topics for q in t.questions if q.basis == STANDARD_BASIS]
    assert len(standard) == 1, [(t.title, [q.basis for q in t.questions]) for t in pack.topics]
    title, question = standard[0]
    assert title == "Right to freedom of peaceful assembly"
    assert [f"{c.doc_id}:{c.paragraph}" for c in question.citations] == ["replies:201", "ccpr-gc37:70"]
    assert "general reading" in question.text and "general reading" in question.citations[1].attribution
    as_json = pack.to_json()
    [entry] = [q for t in as_json["topics"] for q in t["questions"] if q["basis"] == STANDARD_BASIS]
    assert entry["citations"][1]["symbol"] == "CCPR/C/GC/37"
    label = basis_label(answerer.prompts.get("frame"), STANDARD_BASIS)
    markdown = render_markdown(pack, answerer.prompts)
    assert f"*Basis: {label}*" in markdown and "(CCPR/C/GC/37 ¶70)" in markdown
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(pack, answerer.prompts))).paragraphs]
    assert f"Basis: {label}" in texts and any("(CCPR/C/GC/37 ¶70)" in text for text in texts)
    kept = [q.text for t in pack.topics for q in t.questions if q.basis != STANDARD_BASIS]
    assert kept == [q.text for t in dialogue_only.topics for q in t.questions]  # the dialogue's questions all stay


def test_an_empty_pack_says_so() -> None:
    answerer = Answerer(Settings(_env_file=None, OPENAI_API_KEY=None), FakeSearcher([]),
                        PromptRegistry(PROJECT_ROOT / "prompts"))  # fmt: skip
    pack = answerer.brief()
    assert pack.topics == []
    assert "no grounded basis for a briefing pack" in render_markdown(pack, answerer.prompts)


# ---------------------------------------------------------------- with a model


MODEL_QUESTIONS = [
    {"text": "How are fines for unnotified assemblies compatible with the Peaceful Assemblies Act of 2020?",
     "basis": "state-vs-critic",
     "citations": [{"key": "replies:201", "quote": "organisers of peaceful assemblies notify the local executive body "
                                                   "five days in advance"},
                   {"key": "ngo:70", "quote": "participants in unnotified assemblies are fined"}]},
    {"text": "Will the State party allow spontaneous assemblies without notification?", "basis": "unanswered",
     "citations": [{"key": "compilation:35", "quote": "remove the requirement to notify the local executive body of "
                                                      "peaceful assemblies and allow spontaneous assemblies"}]},
    {"text": "How many special places for assemblies exist, and who designates them?", "basis": "implementation",
     "citations": [{"key": "replies:202", "quote": "Special places for peaceful assemblies have been designated in "
                                                   "every city"}]},
]  # fmt: skip


def _with_model(server, tmp_path: Path, timeout: float = 5.0) -> Answerer:
    prompts_dir = tmp_path / "prompts"
    shutil.copytree(PROJECT_ROOT / "prompts", prompts_dir)
    settings = Settings(_env_file=None, OPENAI_API_KEY="sk-test", OPENAI_BASE_URL=server.base_url,
                        OPENAI_MODEL="test-model", OPENAI_TIMEOUT_SECONDS=timeout, OPENAI_MAX_RETRIES=0)  # fmt: skip
    return Answerer(settings, FakeSearcher(CORPUS), PromptRegistry(prompts_dir))


def test_with_a_model_the_model_writes_each_topics_questions_behind_the_gate(tmp_path: Path) -> None:
    with OpenAITestServer() as server:
        server.set_script([reply({"questions": MODEL_QUESTIONS})])
        pack = _with_model(server, tmp_path).brief(topic="peaceful assembly", max_questions=5)
        assert pack.mode == "llm" and pack.model == "test-model"
        [topic] = pack.topics
        assert [q.text for q in topic.questions] == [q["text"] for q in MODEL_QUESTIONS][: len(topic.questions)]
        for question in topic.questions:
            _verified(question.citations)
        _verified(topic.state + topic.concerns)


def test_model_questions_that_fail_the_gate_leave_the_offline_ones(tmp_path: Path) -> None:
    made_up = [dict(q, citations=[{"key": "ngo:70", "quote": "every assembly in the country was banned"}])
               for q in MODEL_QUESTIONS]  # fmt: skip
    with OpenAITestServer() as server:
        server.set_script([reply({"questions": made_up})])
        pack = _with_model(server, tmp_path).brief(topic="peaceful assembly")
    assert pack.mode == "template" and pack.topics[0].questions
    assert not {q.text for q in pack.topics[0].questions} & {q["text"] for q in MODEL_QUESTIONS}
    _verified([c for q in pack.topics[0].questions for c in q.citations])


# ---------------------------------------------------------------- the CLI over the real index


@pytest.fixture
def cli_env(settings_with_index, cli_settings, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    cli_settings(settings_with_index)


def test_cli_brief_json_docx_and_markdown(cli_env, searcher, tmp_path: Path) -> None:
    import docx

    code, out, err = run_prepbot("brief", "--topic", "torture", "--max-questions", "6", "--role", "ngo", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["role"] == "ngo" and data["mode"] == "template" and data["topics"]
    assert 1 <= sum(len(t["questions"]) for t in data["topics"]) <= 6
    for topic in data["topics"]:
        for citation in [c for q in topic["questions"] for c in q["citations"]] + topic["state"] + topic["concerns"]:
            paragraph = searcher.paragraph(citation["doc_id"], citation["paragraph"])
            assert paragraph is not None and verify_quote(citation["quote"], paragraph)
    target = tmp_path / "pack.docx"
    code, _out, err = run_prepbot("brief", "--topic", "torture", "--max-questions", "6", "--format", "docx",
                                  "--out", str(target))  # fmt: skip
    assert code == 0, err
    assert "Wrote" in err and target.exists()
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 1"]
    assert headings and "torture" in " ".join(headings).lower()
    code, out, err = run_prepbot("brief", "--topic", "torture", "--max-questions", "3")
    assert code == 0 and out.startswith("# Briefing pack: torture")
    # the topic as README and `followups TOPIC` give it, without --topic (it was "Got unexpected extra argument")
    code, plain, err = run_prepbot("brief", "torture", "--max-questions", "3")
    assert code == 0 and plain == out, err
    code, _out, err = run_prepbot("brief", "torture", "--topic", "suicides")
    assert code == 2 and "once" in err and "Traceback" not in err
    code, _out, err = run_prepbot("brief", "--format", "docx")
    assert code == 2 and "--out" in err
    code, _out, err = run_prepbot("brief", "--format", "docx", "--out", str(tmp_path / "missing" / "pack.docx"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err  # refused before the work, one line


@pytest.mark.parametrize(
    ("questions", "topics", "english", "russian"),
    [
        (8, 1, "8 questions on one topic, most likely first,", "8 по одной теме, сначала самые вероятные;"),
        (1, 1, "1 question on one topic", "1 по одной теме"),
        (12, 3, "12 questions in 3 topics, most likely first in each topic,", "12 по 3 темам, в каждой теме"),
    ],
)
def test_the_pack_counts_its_questions_and_topics_in_words_that_agree(
    questions: int, topics: int, english: str, russian: str
) -> None:
    """ "8 questions on one topic", not "8 in 1 topics" (a new user's trial)."""
    intro = PromptRegistry(PROJECT_ROOT / "prompts").get("brief")
    assert english in intro.phrase("intro", "en", questions=questions, topics=topics, role="ngo")
    assert russian in intro.phrase("intro", "ru", questions=questions, topics=topics, role="ngo")
