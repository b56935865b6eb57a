"""A paragraph asked for by number: read from the question (paragraph_refs), then looked up, not searched for."""

from __future__ import annotations

import pytest

from prepbot.answering.paragraph_refs import ParagraphAsked, paragraph_asked

HELD = {"ccpr/c/kaz/3": "kaz3-replies", "ccpr/c/gc/37": "ccpr-gc37", "ccpr/c/sr.4227": "sr4227"}


def _resolve(symbol: str) -> str | None:
    return HELD.get(symbol.lower())


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What does CCPR/C/KAZ/3 paragraph 206 say?", ("kaz3-replies", "206")),
        ("Quote CCPR/C/KAZ/3 ¶999 on torture", ("kaz3-replies", "999")),
        ("paragraph 15 of CCPR/C/GC/37", ("ccpr-gc37", "15")),
        ("что говорится в пункте 44 CCPR/C/SR.4227?", ("sr4227", "44")),
        ("CCPR/C/KAZ/3, para. 7", ("kaz3-replies", "7")),
    ],
)
def test_a_paragraph_named_by_number_in_a_held_document(question: str, asked: tuple[str, str]) -> None:
    found = paragraph_asked(question, _resolve)
    assert isinstance(found, ParagraphAsked) and (found.doc_id, found.number) == asked


@pytest.mark.parametrize(
    "question",
    [
        "What does CCPR/C/KAZ/3 say about torture in 2022?",  # no paragraph: a question to search
        "CCPR/C/KAZ/3 paras 12 and 13",  # several paragraphs
        "CCPR/C/KAZ/3 ¶12-14",
        "CCPR/C/KAZ/CO/3 ¶5",  # a document the corpus does not hold (its own abstention says so)
        "How many cases were there in paragraph 3 of the law?",  # no document named
        "Compare CCPR/C/KAZ/3 ¶206 with CCPR/C/SR.4227 ¶44",  # two documents
    ],
)
def test_no_paragraph_is_looked_up_without_one_held_document_and_one_number(question: str) -> None:
    assert paragraph_asked(question, _resolve) is None


def test_a_decimal_paragraph_number_is_asked_whole_and_never_as_its_section() -> None:
    """Views are numbered 1.1, 1.2, 2.1 ...: "¶2.3" asks for ¶2.3 (it was read as no paragraph at all), "¶2" for ¶2,
    never for ¶2.3; the reply asked to "paragraph 2.3" is to 2.3, not 2."""
    from prepbot.answering.paragraph_refs import paragraph_replied_to

    held = {"ccpr/c/141/d/3456/2019": "views-3456"}.get
    for question, number in [
        ("What does CCPR/C/141/D/3456/2019 ¶2.3 say?", "2.3"),
        ("paragraph 6.3 of CCPR/C/141/D/3456/2019.", "6.3"),
        ("что говорится в пункте 2.3 CCPR/C/141/D/3456/2019?", "2.3"),
        ("What does CCPR/C/141/D/3456/2019 ¶2 say?", "2"),
    ]:
        found = paragraph_asked(question, lambda symbol: held(symbol.lower()))
        assert found is not None and (found.doc_id, found.number) == ("views-3456", number), question
    assert paragraph_asked("CCPR/C/141/D/3456/2019 ¶2.3 and ¶2.4", lambda symbol: held(symbol.lower())) is None
    assert paragraph_replied_to("How did the State reply to paragraph 2.3 of the list?") == "2.3"
