"""What a free-text message asks for (prepbot.core.requests): a question, or what a command does typed in words."""

from __future__ import annotations

import pytest

from prepbot.core.requests import Request, read_request


@pytest.mark.parametrize(
    ("text", "request_read"),
    [
        ("Draft three follow-up questions on January 2022 accountability",
         Request("followups", "January 2022 accountability")),
        ("draft follow-up questions on torture", Request("followups", "torture")),
        ("Suggest questions the Committee could ask about prison suicides", Request("followups", "prison suicides")),
        ("Подготовь вопросы по пыткам", Request("followups", "пыткам")),
        ("Составь 3 вопроса о реестре иностранного финансирования",
         Request("followups", "реестре иностранного финансирования")),
        ("Which documents do you have?", Request("documents", "")),
        ("Какие документы у тебя есть?", Request("documents", "")),
        # questions about the documents stay questions
        ("What questions did Ms. Bassim ask about torture?",
         Request("question", "What questions did Ms. Bassim ask about torture?")),
        ("Какие вопросы задал г-н Коркелия о НПО?", Request("question", "Какие вопросы задал г-н Коркелия о НПО?")),
        ("What documents did the NGOs cite?", Request("question", "What documents did the NGOs cite?")),
        ("How many torture cases were recorded in 2023?",
         Request("question", "How many torture cases were recorded in 2023?")),
        ("follow-up questions on prison suicides", Request("followups", "prison suicides")),
        ("Question about the Ombudsman: who appoints him?",
         Request("question", "Question about the Ombudsman: who appoints him?")),
        ("Вопрос о НПО: сколько их зарегистрировано?",
         Request("question", "Вопрос о НПО: сколько их зарегистрировано?")),
    ],
)  # fmt: skip
def test_a_command_typed_in_words_is_read_as_that_command(text: str, request_read: Request) -> None:
    assert read_request(text) == request_read
