"""Follow-up questions: template mode pairs a State claim with the UN/NGO concern about the same sub-point (never one
about another), finds Committee questions no State reply answers and figures requested but not given, gives 3-5
questions that do not repeat each other, short, with the citations under them; Russian topics get Russian framing with
the quotes verbatim; role changes the framing; model mode goes through the same quote gate and falls back to
templates when too few of its questions survive."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from fake_corpus import PARAGRAPHS, STANDARD_PARAGRAPHS, SYMBOLS, FakeSearcher
from servers.openai_server import OpenAITestServer, delay, reply

from prepbot import PROJECT_ROOT
from prepbot.answering.answerer import Answerer
from prepbot.answering.followups import (
    MAX_QUESTIONS,
    as_clause,
    as_data_request,
    as_recommendation,
    as_request,
    how_many,
)
from prepbot.answering.issues import Issue
from prepbot.answering.prompts import PromptRegistry, basis_label, shipped_prompts
from prepbot.answering.verify import verify_quote
from prepbot.core.records import Followups, Paragraph
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import BASES, STANDARD_BASIS

BY_KEY = {p.key: p for p in PARAGRAPHS + STANDARD_PARAGRAPHS}
TOPIC = "complaints of torture"


def offline(paragraphs: list[Paragraph] | None = None) -> Answerer:
    return Answerer(
        Settings(_env_file=None, OPENAI_API_KEY=None),
        FakeSearcher(paragraphs),
        PromptRegistry(PROJECT_ROOT / "prompts"),
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
    assert {"state-vs-critic", "unanswered", "missing-data"} <= bases <= set(BASES)
    _assert_grounded(drafted)
    for question in drafted.questions:
        assert "¶" not in question.text, "citations go under the question, not into it"
        assert len(question.text.split()) <= 45, question.text
        if question.basis == "state-vs-critic":
            sides = {_side(c) for c in question.citations}
            assert "state" in sides and sides & {"un", "ngo"}
            assert "police" in question.text  # names what the concern is about
        if question.basis == "missing-data":
            assert "statistical data" in question.text
            assert [c.label for c in question.citations][0] == "CAT/C/XYZ/Q/4 ¶3"
        if question.basis == "unanswered":
            assert question.citations[0].label == "CCPR/C/SR.9999 ¶3"
    as_json = drafted.to_json()
    assert set(as_json) == {"topic", "mode", "questions", "model", "note", "fallback_reason"}
    assert as_json["mode"] == "template" and as_json["fallback_reason"] is None
    assert set(as_json["questions"][0]) == {"text", "basis", "citations"}
    cited = as_json["questions"][0]["citations"][0]
    assert set(cited) == {"doc_id", "symbol", "paragraph", "side", "quote"}
    assert cited["side"] == _side(drafted.questions[0].citations[0])


def _p(doc_id: str, number: str, text: str, author_type: str, speaker: str | None = None,
       role: str | None = None) -> Paragraph:  # fmt: skip
    return Paragraph(doc_id, SYMBOLS[doc_id], number, text, None, author_type, speaker, role)


ELECTION = _p("replies", "15", "During the seventy-sixth session of the General Assembly, Kazakhstan was elected to "
              "the Human Rights Council for the period 2022-2024 with the support of a large number of States.",
              "state")  # fmt: skip
ASSEMBLY_LAW = _p("replies", "400", "The Peaceful Assemblies Act of 2020 replaced the permission procedure with a "
                  "notification procedure: organisers of peaceful assemblies notify the local executive body five "
                  "days in advance.", "state")  # fmt: skip
NGO_ASSEMBLY = _p("ngo", "70", "Despite the Peaceful Assemblies Act of 2020, organisers of peaceful assemblies must "
                  "still notify the local executive body in advance, spontaneous assemblies are banned and "
                  "participants in unnotified assemblies are fined.", "ngo")  # fmt: skip


def test_a_concern_is_paired_only_with_the_claim_on_its_sub_point() -> None:
    drafted = offline([ELECTION, ASSEMBLY_LAW, NGO_ASSEMBLY]).followups("peaceful assemblies")
    pairs = [q for q in drafted.questions if q.basis == "state-vs-critic"]
    assert pairs, drafted
    for question in pairs:
        cited = {f"{c.doc_id}:{c.paragraph}" for c in question.citations}
        assert cited >= {"replies:400", "ngo:70"} and "replies:15" not in cited
        assert "Peaceful Assemblies Act" in question.text or "notify" in question.text


def test_a_claim_about_another_sub_point_is_not_offered_as_a_pair() -> None:
    drafted = offline([ELECTION, NGO_ASSEMBLY]).followups("peaceful assemblies")
    assert not [q for q in drafted.questions if q.basis == "state-vs-critic"]
    assert all("replies:15" not in {f"{c.doc_id}:{c.paragraph}" for c in q.citations} for q in drafted.questions)


SUB_POINTS = [  # (State claim, UN concern): six distinct sub-points of one topic
    ("The national preventive mechanism made 606 visits to places of detention in 2023.",
     "The Committee against Torture was concerned that the national preventive mechanism needs the Commissioner's "
     "approval for every visit to places of detention."),
    ("Video cameras have been installed in all interrogation rooms of places of detention.",
     "The Subcommittee on Prevention of Torture noted that video recordings of interrogations in places of detention "
     "are deleted after thirty days."),
    ("Medical care in places of detention was transferred to the Ministry of Health in 2023.",
     "The Committee against Torture was concerned that medical staff in places of detention still report to the "
     "prison administration rather than the Ministry of Health."),
    ("Solitary confinement in places of detention is imposed under articles 130 and 131 of the Penal Enforcement "
     "Code.",
     "The Committee against Torture expressed concern that under articles 130 and 131 of the Penal Enforcement Code "
     "solitary confinement in places of detention can last four months."),
    ("Complaint boxes and electronic terminals for complaints are installed in places of detention.",
     "The Subcommittee on Prevention of Torture was concerned that electronic terminals for complaints in places of "
     "detention do not work and complaints are read by the guards."),
    ("Women in places of detention are held separately from men, and mothers may keep children under three.",
     "The Committee on the Elimination of Discrimination against Women was concerned that mothers in places of "
     "detention are separated from children over three years old without assessment."),
]  # fmt: skip


def _many_sub_points() -> list[Paragraph]:
    paragraphs = []
    for number, (claim, concern) in enumerate(SUB_POINTS, start=1):
        paragraphs.append(_p("replies", str(100 + number), claim, "state"))
        paragraphs.append(_p("compilation", str(20 + number), concern, "un"))
    return paragraphs


def test_between_three_and_five_questions_none_asking_the_same_thing() -> None:
    answerer = offline(_many_sub_points())
    drafted = answerer.followups("places of detention")
    assert 3 <= len(drafted.questions) <= MAX_QUESTIONS
    assert len(drafted.questions) > 3, "more than three when more than three distinct sub-points are raised"
    seen: list[set[str]] = []
    for question in drafted.questions:
        cited = {f"{c.doc_id}:{c.paragraph}" for c in question.citations}
        assert not any(cited <= other or other <= cited for other in seen), "two questions cite the same passages"
        seen.append(cited)
    assert len({q.text for q in drafted.questions}) == len(drafted.questions)
    few = offline(_many_sub_points()[:4]).followups("places of detention")  # two sub-points: two questions, no padding
    assert 1 <= len(few.questions) <= 3


def test_three_when_only_three_are_strong() -> None:
    def issues(*scores: float) -> list[Issue]:
        return [Issue("state-vs-critic", [], score) for score in scores]

    assert how_many(issues(3.0, 2.9, 2.8, 2.45, 2.4)) == 3  # the fourth and fifth are clearly weaker: not drafted
    assert how_many(issues(3.0, 2.9, 2.8, 2.7, 2.6)) == 5
    assert how_many(issues(3.0, 1.0)) == 2 and how_many([]) == 0


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
    assert as_clause("The same Committee expressed serious concern about violence inflicted on persons deprived of "
                     "liberty in remand centres.") == (
        "violence inflicted on persons deprived of liberty in remand centres is of concern"
    )  # fmt: skip
    assert as_clause("During the January events of 2022, the medical workers called to the police did not record "
                     "the injuries of detainees.") == (
        "the medical workers called to the police did not record the injuries of detainees"
    )  # fmt: skip
    assert (
        as_recommendation(
            "It recommended that Kazakhstan bring the definition of torture into line with the Convention."
        )
        == "to bring the definition of torture into line with the Convention"
    )
    assert as_recommendation("The country team recommended ensuring accountability for cases of torture.") == (
        "towards ensuring accountability for cases of torture"
    )
    assert as_recommendation("Police officers continued to investigate torture.") == ""
    assert as_request("She would be grateful for information on action taken to decriminalize defamation.") == (
        "Please provide information on action taken to decriminalize defamation"
    )
    assert as_request("Clarification of whether the 2024 law prohibited corporal punishment would be appreciated.") == (
        "Please clarify whether the 2024 law prohibited corporal punishment"
    )


# ---------------------------------------------------------------- state-vs-standard (the standards layer)

NOTIFY_GC, ELECTIONS_GC = STANDARD_PARAGRAPHS


def test_a_state_claim_is_set_beside_the_general_comment_on_its_sub_point() -> None:
    drafted = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, ELECTION, *STANDARD_PARAGRAPHS]).followups("peaceful assemblies")
    assert STANDARD_BASIS in BASES and "General Comment" in basis_label(shipped_prompts().get("frame"), STANDARD_BASIS)
    [standard] = [q for q in drafted.questions if q.basis == STANDARD_BASIS]
    cited = [f"{c.doc_id}:{c.paragraph}" for c in standard.citations]
    assert cited == ["replies:400", "ccpr-gc37:70"]  # the State claim first, the General Comment beside it
    assert [c.label for c in standard.citations][1] == "CCPR/C/GC/37 ¶70"
    assert "general reading" in standard.text and "General Comment" in standard.text
    assert "Human Rights Committee" in standard.text and "¶" not in standard.text
    assert "general reading" in standard.citations[1].attribution  # labelled as such under the question too
    by_key = {p.key: p for p in [ASSEMBLY_LAW, *STANDARD_PARAGRAPHS]}
    assert all(verify_quote(c.quote, by_key[f"{c.doc_id}:{c.paragraph}"]) for c in standard.citations)
    assert [q for q in drafted.questions if q.basis == "state-vs-critic"], "the dialogue's own pair stays"
    ngo = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, ELECTION, *STANDARD_PARAGRAPHS]).followups("peaceful assemblies",
                                                                                       role="ngo")  # fmt: skip
    [suggested] = [q for q in ngo.questions if q.basis == STANDARD_BASIS]
    assert suggested.text.startswith("Please explain how") and suggested.text != standard.text


def test_no_general_comment_pair_on_another_sub_point_or_without_the_standards() -> None:
    drafted = offline([ELECTION, NGO_ASSEMBLY, NOTIFY_GC]).followups("peaceful assemblies")
    assert not [q for q in drafted.questions if q.basis == STANDARD_BASIS]  # elections are not the notification rule
    without = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, ELECTION]).followups("peaceful assemblies")
    assert not [q for q in without.questions if q.basis == STANDARD_BASIS]


def _sub_points_with_their_standards() -> list[Paragraph]:
    """Six State claims, each with a UN concern and a General Comment paragraph on the same sub-point."""
    paragraphs = _many_sub_points()
    for number, (claim, _concern) in enumerate(SUB_POINTS, start=1):
        text = f"States parties should ensure that the following is lawful and monitored: {claim}"
        paragraphs.append(Paragraph("ccpr-gc37", "CCPR/C/GC/37", str(200 + number), text, None, "standard"))
    return paragraphs


def test_the_standards_do_not_crowd_out_the_dialogue() -> None:
    dialogue = offline(_many_sub_points()).followups("places of detention")
    both = offline(_sub_points_with_their_standards()).followups("places of detention")
    assert len([q for q in both.questions if q.basis == STANDARD_BASIS]) <= 1
    kept = [q.text for q in both.questions if q.basis != STANDARD_BASIS]
    assert kept[:3] == [q.text for q in dialogue.questions][:3], "the dialogue's pairs keep their places"
    # two dialogue pairs leave room: one question (never more) sets a claim beside its General Comment
    alone = offline(_many_sub_points()[:4]).followups("places of detention")
    few = offline(_sub_points_with_their_standards()[:4] + _sub_points_with_their_standards()[12:]).followups(
        "places of detention"
    )
    assert len([q for q in few.questions if q.basis == STANDARD_BASIS]) == 1, [q.basis for q in few.questions]
    assert [q.text for q in few.questions if q.basis != STANDARD_BASIS] == [q.text for q in alone.questions]
    assert len(few.questions) <= 3


def test_topics_and_pools_are_the_dialogues_and_the_standards_are_searched_only_for_a_claim() -> None:
    # the standards layer is ten times the dialogue: scoring its sentences for every topic made a briefing pack over
    # the full corpus take a quarter of an hour; only a State claim's General Comment is looked up in it
    finder = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, ELECTION, *STANDARD_PARAGRAPHS]).parts().drafter.finder
    corpus = finder.corpus()
    assert all(p.author_type != "standard" for p in corpus.paragraphs) and len(corpus.standard) == 2
    assert all(section.side != "standard" for section in corpus.topics.sections)
    assert "standard" not in finder.pools("peaceful assemblies").by_side


def test_a_general_comment_question_in_russian() -> None:
    answerer = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, *STANDARD_PARAGRAPHS])
    drafter = answerer.parts().drafter
    [issue] = [i for i in drafter.issues("peaceful assemblies") if i.basis == STANDARD_BASIS]
    text = drafter.word(issue, topic="мирные собрания", role="delegation", language="ru")
    assert "замечании общего порядка" in text and "общее толкование" in text and "не вывод по этому диалогу" in text
    assert "¶" not in text


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
    items = request.body["response_format"]["json_schema"]["schema"]["properties"]["questions"]["items"]
    items = items["anyOf"][-1] if "anyOf" in items else items  # a self-hosted server's schema: one variant per basis
    enum = items["properties"]["citations"]["items"]["properties"]["key"]["enum"]
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


# ---------------------------------------------------------------- over the real index


def test_a_russian_topic_gets_russian_questions_with_the_quotes_verbatim(settings_with_index, searcher) -> None:
    import re

    settings = settings_with_index.model_copy(update={"openai_api_key": None})
    answerer = Answerer(settings, searcher, PromptRegistry(settings.prompts_dir))
    drafted = answerer.followups("пытки и жестокое обращение с задержанными", role="ngo")
    assert drafted.note.startswith("Вопросы, которые можно предложить членам Комитета")
    assert 3 <= len(drafted.questions) <= 5
    for question in drafted.questions:
        framing = re.sub(r"«[^»]*»", "", question.text)  # what the documents name stays as written, in «»
        assert len(re.findall(r"[а-яё]", framing, re.I)) > 3 * len(re.findall(r"[a-z]", framing, re.I)), question.text
        for citation in question.citations:
            paragraph = searcher.paragraph(citation.doc_id, citation.paragraph)
            assert verify_quote(citation.quote, paragraph) and not re.search(r"[а-яё]", citation.quote, re.I)
    assert len({q.text for q in drafted.questions}) == len(drafted.questions)


# ---------------------------------------------------------------- cuts and topics (trial faults)


def test_a_long_clause_is_cut_only_where_a_clause_ends_and_says_so() -> None:
    long_tail = " ".join(f"word{n}" for n in range(40))
    sentence = f"The courts do not give a comprehensive assessment of the reasons for such behaviour {long_tail}."
    clause = as_clause(sentence, max_words=22)
    assert clause == sentence.rstrip(".")[:1].lower() + sentence.rstrip(".")[1:]  # no clause ends: kept whole
    cut = as_clause(f"Detainees were held for days without a lawyer in remand centres; {long_tail}.", max_words=22)
    assert cut == "detainees were held for days without a lawyer in remand centres …"  # at the clause, marked


def test_follow_up_pairs_stay_on_the_topic() -> None:
    answerer = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, ELECTION])
    drafter = answerer.parts().drafter
    issues = drafter.issues("peaceful assemblies")
    assert issues and all(drafter.on_topic(issue, "peaceful assemblies") for issue in issues)
    [issue] = [i for i in issues if i.basis == "state-vs-critic"][:1]
    assert not drafter.on_topic(issue, "elections")  # a question on assemblies is not one on elections


def test_russian_follow_ups_have_no_english_frame() -> None:
    from prepbot.console.render import render_followups_plain

    drafter = offline([ASSEMBLY_LAW, NGO_ASSEMBLY, ELECTION]).parts().drafter
    issues = drafter.issues("peaceful assemblies")
    questions = [drafter.question(issue, topic="мирные собрания", role=None, language="ru") for issue in issues]
    drafted = Followups(topic="мирные собрания", mode="template", questions=[q for q in questions if q])
    assert drafted.questions
    for question in drafted.questions:
        frame = re.sub(r"«[^»]*»", "", question.text)  # what the documents name stays as written, in «»
        assert not re.search(r"[A-Za-z]{3,}", frame), question.text
        for citation in question.citations:  # "Государство-участник сообщает", not "The State party reports"
            assert citation.attribution and not re.search(r"[A-Za-z]{3,}", citation.attribution), citation
    rendered = render_followups_plain(drafted)
    assert "Дополнительные вопросы по теме: мирные собрания" in rendered and "Основание:" in rendered
    assert "Basis:" not in rendered and "Follow-up questions on" not in rendered


def test_the_unanswered_basis_is_not_called_a_committee_question() -> None:
    """The basis also covers a question an NGO suggests and a UN or NGO concern: a trial read an NGO paragraph
    labelled "Вопрос Комитета, оставшийся без ответа"."""
    from prepbot.answering.prompts import basis_label, shipped_prompts

    frame = shipped_prompts().get("frame")
    assert "Committee" not in basis_label(frame, "unanswered", "en")
    assert "Комитет" not in basis_label(frame, "unanswered", "ru")


def test_a_question_the_state_answers_in_its_report_is_not_drafted_as_unanswered(real_answerer) -> None:
    """Ms. Donders asked whether the law was clear on the grounds for refusing permission for events; the follow-up
    called it "not answered in any State reply" above the State's ¶418 on exactly those grounds."""
    drafted = real_answerer.followups("peaceful assembly")
    for question in drafted.questions:
        cited = {(c.symbol, c.paragraph) for c in question.citations}
        assert not (question.basis == "unanswered" and ("CCPR/C/KAZ/3", "418") in cited), question.text
