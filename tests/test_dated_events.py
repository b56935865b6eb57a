"""The events a question dates, and whether the documents date one of its kind then (answering.dated_events)."""

from __future__ import annotations

import pytest

from prepbot.answering.dated_events import DatedEvent, dated_events, events_dated_in, months_named, months_written
from prepbot.answering.entities import CorpusNames
from prepbot.core.records import Paragraph


@pytest.mark.parametrize(
    ("question", "events"),
    [
        ("How many people died in the January 2023 events?", [DatedEvent("unrest", "2023", 1)]),
        ("What did NGOs say about the protests of December 2011 in Zhanaozen?", [DatedEvent("unrest", "2011", 12)]),
        ("Who won the 2019 presidential election?", [DatedEvent("election", "2019", 0)]),
        ("What about the October 2024 referendum on a nuclear plant?", [DatedEvent("referendum", "2024", 10)]),
        ("Сколько человек погибло во время январских событий 2023 года?", [DatedEvent("unrest", "2023", 1)]),
        ("Как прошёл референдум 2022 года?", [DatedEvent("referendum", "2022", 0)]),
        # a date that dates a law, a dialogue or a count, not an event
        ("Was civil society consulted on the 2020 law on peaceful assemblies?", []),
        ("What did the delegation say during the June 2025 dialogue?", []),
        ("In 2023, how many events were held?", []),
        ("What did NGOs say in 2023 and about elections?", []),
    ],
)
def test_the_events_a_question_dates(question: str, events: list[DatedEvent]) -> None:
    assert dated_events(question) == events


def test_the_documents_date_an_event_with_the_month_written_before_its_year() -> None:
    """A month counts with the year written right after it: a sentence listing the years 2019 to 2023 and "the
    January events" dates no event in January 2023."""
    dated = events_dated_in(
        [
            "Mass riots broke out on 5 January 2022. The referendum was held on 5 June 2022.",
            "Cases fell (815 in 2022 and 426 in 2023), with the exception of 2022 owing to the January events.",
        ]
    )
    assert DatedEvent("unrest", "2022", 1) in dated and DatedEvent("unrest", "2022", 0) in dated
    assert DatedEvent("referendum", "2022", 6) in dated and DatedEvent("referendum", "2022", 1) not in dated
    assert DatedEvent("unrest", "2023", 0) in dated  # a year of that sentence, with no month
    assert DatedEvent("unrest", "2023", 1) not in dated


def test_a_question_dating_an_event_the_documents_never_date_then_is_declined() -> None:
    from prepbot.answering.answerability import Requirements

    riots = Paragraph("r", "CCPR/C/KAZ/3", "197", "During the January 2022 events, 238 persons were killed.")
    words = CorpusNames.of([riots], [])
    missing = Requirements.of("How many people died in the January 2023 events?", words).missing
    assert missing is not None and (missing.reason, missing.named) == ("absent_event", "January 2023")
    russian = Requirements.of("Сколько человек погибло во время январских событий 2023 года?", words).missing
    assert russian is not None and (russian.reason, russian.named) == ("absent_event", "январе 2023 года")
    assert Requirements.of("How many people died in the January 2022 events?", words).missing is None


@pytest.mark.parametrize(
    ("question", "months"),
    [
        ("What did the State say about the January 2022 deaths?", ("January",)),
        ("Что произошло во время январских событий 2022 года?", ("January",)),
        ("What happened on 16 December 2011 in Zhanaozen?", ("December",)),
        # a month naming events: the passages call them "the events"
        ("How many women benefited from the amnesty for the January events?", ()),
        ("Что произошло во время январских событий?", ()),
        ("Сколько человек погибло в январе 2022 года?", ("January",)),
        ("Что случилось 16 декабря 2011 года?", ("December",)),
        # "May" the verb, a month with neither year nor day, a Russian month standing alone
        ("May States restrict assemblies in 2022?", ()),
        ("Which laws were passed in spring, March or April?", ()),
        ("Какие законы приняли в марте?", ()),
        # typed in lower case or short, before a year (stop 51: "jan 2022 death toll - state vs ngo numbers" set the
        # deaths of 2023 in prisons against the NGOs' January figures)
        ("how does the state account of the january 2022 deaths differ from the ngos", ("January",)),
        ("jan 2022 death toll - state vs ngo numbers", ("January",)),
        ("what was adopted in Sept. 2023?", ("September",)),
        ("how many were amnestied for the january events?", ()),
        # a month that bounds a period ("since the beginning of 2025", "in just 11 months of 2022")
        ("since jan 2025 how many warning letters went out?", ()),
        ("how many threats were logged in Jan-Nov 2022?", ()),
    ],
)
def test_the_months_a_question_dates_by(question: str, months: tuple[str, ...]) -> None:
    assert months_named(question) == months


def test_a_month_is_written_in_the_question_s_language() -> None:
    assert months_written(("January",), ("2022",), russian=False) == "January 2022"
    assert months_written(("January",), ("2022",), russian=True) == "январь 2022 года"
    assert months_written(("March",), (), russian=True) == "март"


def test_a_lead_must_name_the_month_the_question_dates_by() -> None:
    """The inmate deaths of "2018–2022" share the year and the word, not the month."""
    from prepbot.answering.answerability import Requirements

    killed = Paragraph("r", "CCPR/C/KAZ/3", "192", "A total of 238 persons were killed in January 2022.")
    inmates = Paragraph("r", "CCPR/C/KAZ/3", "219", "There were 622 inmate deaths in the period 2018–2022.")
    words = CorpusNames.of([killed, inmates], [])
    asked = Requirements.of("What did the State say about the deaths of January 2022?", words)
    assert asked.fits(killed, killed.text)
    unmet = asked.unmet(inmates, inmates.text, [])
    assert unmet is not None and (unmet.reason, unmet.named) == ("absent_year", "January 2022")
