"""Treaty bodies (prepbot.answering.treaty_bodies): how a question names them, which it asks to speak, whose words a
passage is; and, over the real index, that a question asking what a treaty body says is answered in its own words or
told that it does not speak to it, never with another body's words."""

from __future__ import annotations

import pytest
from fake_corpus import DOCUMENTS, PARAGRAPHS

from prepbot.answering.answerability import ABSTAIN_REASONS, Requirements
from prepbot.answering.answerer import Answerer
from prepbot.answering.entities import CorpusNames
from prepbot.answering.treaty_bodies import (
    committees_before,
    committees_named,
    reporting_committees,
    speaking_committees,
    speaking_committees_at,
    spoken_by,
)
from prepbot.core.records import DocumentEntry, Paragraph

COMPILATION = DocumentEntry(
    "comp", "A/HRC/WG.6/99/XYZ/2", "Compilation", "Universal Periodic Review", "UN compilation", "un", "2024", "en",
    "comp.txt",
)  # fmt: skip
GR14 = DocumentEntry(
    "cedaw-gr14", "A/45/38", "General recommendation No. 14: Female circumcision",
    "Committee on the Elimination of Discrimination against Women", "general recommendation", "standard", "1990",
    "en", "gr14.json",
)  # fmt: skip
OPENING = Paragraph(
    "comp", "A/HRC/WG.6/99/XYZ/2", "31",
    "The Committee against Torture recommended that the State transfer the authority over pretrial detention. The "
    "United Nations country team reported that two new institutions had been established.",
    author_type="un",
)  # fmt: skip
FOLLOWING = Paragraph(
    "comp", "A/HRC/WG.6/99/XYZ/2", "32",
    "The same Committee expressed concern about overcrowding. The Committee on the Rights of Persons with "
    "Disabilities recommended ensuring legal aid. It also recommended affordable legal aid for children.",
    author_type="un",
)  # fmt: skip
CIRCUMCISION = Paragraph(
    "cedaw-gr14", "A/45/38", "1", "Recommends that States parties take measures to eradicate female circumcision.",
    author_type="standard",
)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What does the racial discrimination committee say about hate speech?", {"CERD"}),
        ("Does the Migrant Workers Committee think irregular entry is a crime?", {"CMW"}),
        ("Что говорит комитет ООН по правам человека о регистрации детей?", {"CCPR"}),
        ("What did the torture committee ask?", {"CAT"}),
        ("позиция КЛДЖ о наследстве вдов", {"CEDAW"}),
        ("what does the cat say", set()),  # "cat" in lower case is no committee
    ],
)
def test_committees_are_named_by_acronym_official_name_or_plain_words(question: str, named: set[str]) -> None:
    assert committees_named(question) == named


@pytest.mark.parametrize(
    ("question", "speaking"),
    [
        ("What did the CEDAW committee recommend about female circumcision?", {"CEDAW"}),
        ("Can prisoners be used in medical trials? UN human rights committee view", {"CCPR"}),
        ("Does the disability committee require States to end involuntary detention?", {"CRPD"}),
        ("according to CERD, is racial profiling lawful?", {"CERD"}),
        ("Позиция Комитета по ликвидации дискриминации в отношении женщин о наследстве", {"CEDAW"}),
        # what it advises, in Russian (a trial's question was answered from another Committee's General Comment);
        # the Council of Europe ("Совета Европы") is no advice
        ("До какого возраста КЛДЖ советует снизить возраст доступа к медуслугам?", {"CEDAW"}),
        ("Что КЛДЖ советовал Казахстану о квотах?", {"CEDAW"}),
        ("Ратификацию какой конвенции Совета Европы ускорит Казахстан по мнению КЛДЖ?", {"CEDAW"}),
        # named, but not asked what it says: the delegation's answer to it, the treaty, a body to identify
        ("How did the delegation answer the Committee against Torture on solitary confinement?", set()),
        ("How often do courts cite the ICCPR in their rulings?", set()),
        ("Which committee asked about solitary confinement?", set()),
    ],
)
def test_a_body_speaks_in_a_question_only_when_asked_what_it_says(question: str, speaking: set[str]) -> None:
    assert speaking_committees(question) == speaking


def test_a_compilation_sentence_reports_the_body_that_is_its_subject_or_the_last_one_named() -> None:
    text = FOLLOWING.text
    same = text.index("The same")
    crpd = text.index("The Committee on the Rights")
    it = text.index("It also")
    # "The same Committee" at a paragraph's start is the last Committee of the paragraphs before it
    assert reporting_committees(text, same, crpd, frozenset({"CAT"})) == {"CAT"}
    assert reporting_committees(text, crpd, it) == {"CRPD"}
    assert reporting_committees(text, it, len(text)) == {"CRPD"}  # "It also recommended": the sentence before's
    documents = {COMPILATION.doc_id: COMPILATION}
    before = committees_before([FOLLOWING, OPENING], documents)  # in any order: read in the paragraphs' order
    assert before == {OPENING.key: frozenset(), FOLLOWING.key: frozenset({"CAT"})}
    # the country team is no Committee: what it reports is no treaty body's view
    assert reporting_committees(OPENING.text, OPENING.text.index("United"), len(OPENING.text)) == set()


def test_whose_words_a_passage_is() -> None:
    corpus = CorpusNames.of([*PARAGRAPHS, OPENING, FOLLOWING, CIRCUMCISION], [*DOCUMENTS, COMPILATION, GR14])
    bodies, before = corpus.document_bodies, corpus.committees_before
    assert spoken_by(CIRCUMCISION, CIRCUMCISION.text, bodies, before) == {"CEDAW"}
    loi = next(p for p in PARAGRAPHS if p.doc_id == "loi")
    assert spoken_by(loi, loi.text, bodies, before) == {"CAT"}
    member = next(p for p in PARAGRAPHS if p.speaker == "Ms. Bassim")
    delegation = next(p for p in PARAGRAPHS if p.author_type == "state" and p.doc_id == "sr")
    assert spoken_by(member, member.text, bodies, before) == {"CCPR"}  # a member of the record's Committee
    assert spoken_by(delegation, delegation.text, bodies, before) == set()  # the delegation is no Committee
    quote = "It also recommended affordable legal aid for children."
    assert spoken_by(FOLLOWING, quote, bodies, before) == {"CRPD"}


def test_another_body_s_words_do_not_answer_what_a_body_says() -> None:
    corpus = CorpusNames.of([*PARAGRAPHS, CIRCUMCISION], [*DOCUMENTS, GR14])
    loi = next(p for p in PARAGRAPHS if p.doc_id == "loi")
    requirements = Requirements.of("What did the CEDAW committee recommend about female circumcision?", corpus)
    assert requirements.treaty_bodies == ("CEDAW",)
    assert requirements.unmet(CIRCUMCISION, CIRCUMCISION.text, []) is None
    # the Committee against Torture's request on the subject asked is no word of the CEDAW committee
    requirements = Requirements.of("What did the CEDAW committee ask about complaints of torture?", corpus)
    unmet = requirements.unmet(loi, loi.text, [])
    assert unmet is not None and unmet.reason == "body_silent" and "body_silent" in ABSTAIN_REASONS
    assert unmet.named == "Committee on the Elimination of Discrimination against Women"
    # asked what the delegation said to a Committee: the delegation speaks, not the Committee
    assert Requirements.of("How did the delegation reply to the CEDAW committee on this?", corpus).treaty_bodies == ()


# ---------------------------------------------------------------- over the real index


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # the compilation reports no view of these bodies, and the index holds none of their General Comments: the
        # Committee against Torture's list of issues and the compilation's sentences on other bodies were quoted
        ("What did the Committee on the Rights of the Child recommend to Kazakhstan?", "Rights of the Child"),
        (
            "What did the Committee on Migrant Workers say about asylum-seekers facing deportation from Kazakhstan?",
            "Migrant Workers",
        ),
    ],
)
def test_a_body_that_does_not_speak_to_it_is_said_to_be_silent(
    real_answerer: Answerer, question: str, body: str
) -> None:
    answer = real_answerer.ask(question)
    assert not answer.grounded and answer.abstain_reason == "body_silent"
    assert answer.text.startswith(f"The Committee on the {body}" if "Child" in body else f"The Committee on {body}")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("What did CEDAW say about Kazakhstan's cooperation with civil society?", "Discrimination against Women"),
        # "It also recommended ...": the sentence before names the Committee on the Rights of Persons with Disabilities
        ("Что говорит Комитет по правам инвалидов о правовой помощи детям?", "legal aid"),
        (
            "What did the racial discrimination committee say about hate speech against minorities in Kazakhstan?",
            "hate",
        ),
    ],
)
def test_a_body_is_answered_in_the_words_that_report_its_views(
    real_answerer: Answerer, question: str, subject: str
) -> None:
    answer = real_answerer.ask(question)
    assert answer.grounded, answer.text
    lead = answer.citations[0]
    assert lead.symbol == "A/HRC/WG.6/48/KAZ/2" and subject in lead.quote


def test_where_a_body_is_asked_to_speak():
    question = "What does CEDAW say about domestic violence, and what does the State say?"
    assert speaking_committees_at(question) == {"CEDAW": question.index("CEDAW")}
    assert speaking_committees_at("How did the delegation answer the Committee against Torture?") == {}
    # set against another side by name alone
    assert speaking_committees_at("CEDAW vs the government on domestic violence") == {"CEDAW": 0}
    assert "CERD" in speaking_committees_at("the state versus CERD on hate speech")
    assert speaking_committees_at("Did the State report to CERD on hate speech?") == {}


def test_a_body_set_against_the_state_by_versus_is_a_side(real_answerer: Answerer) -> None:
    answer = real_answerer.ask("CEDAW vs the government on domestic violence")
    assert answer.grounded, answer.text
    assert "Committee on the Elimination of Discrimination against Women recommended" in answer.citations[0].quote
    assert {citation.side for citation in answer.citations[:2]} == {"un", "state"}


def test_a_body_set_against_the_state_speaks_in_its_own_words_under_its_own_name(real_answerer: Answerer) -> None:
    answer = real_answerer.ask("What does CEDAW say about domestic violence and what does the State say?")
    assert answer.grounded, answer.text
    sides = {side.side: side for side in answer.contrast}
    assert set(sides) == {"committee", "state"}
    body = sides["committee"]
    assert body.label == "the Committee on the Elimination of Discrimination against Women"
    # the compilation's sentence that reports its view, not the country team's before it in the same paragraph
    assert body.citations and body.citations[0].quote.startswith("The Committee on the Elimination of Discrimination")
    assert sides["state"].citations and sides["state"].citations[0].symbol == "CCPR/C/KAZ/3"


def test_a_body_that_is_silent_on_the_point_is_not_this_reviews_committee(real_answerer: Answerer) -> None:
    # no word of the Committee on the Rights of the Child in the dialogue, nor its General Comments in the index
    answer = real_answerer.ask("Комитет по правам ребенка и государство о насилии в отношении детей: в чем разница?")
    sides = {side.side: side for side in answer.contrast}
    assert sides["committee"].label == "Комитет по правам ребенка"
    assert not sides["committee"].citations and sides["committee"].note  # said to be silent, not the HRC's members
