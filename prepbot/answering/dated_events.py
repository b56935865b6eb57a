"""Events a question dates ("the January 2023 events", "the 2023 referendum", "протесты января 2023 года"), and
whether the documents date any event of that kind so.

A question that sets an event at a month and year the documents never give it asks about an event they do not speak
of: "How many people died in the January 2023 events?" was answered with the inmate deaths of 2023, and "What
happened during the January 2023 events?" with the January 2022 events. The documents date an event when one of
their sentences names an event of the same kind and the year (and the month, when the question gives one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from prepbot.answering.text import has_cyrillic
from prepbot.core.sentences import split_sentences

# The kinds of event a date names, by the word starts that name them (English, then Russian). Unrest has many names
# in the documents ("the January events", "mass riots", "the protests", "the tragic events", "массовые беспорядки").
EVENT_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "unrest": (
        ("event", "protest", "unrest", "riot", "demonstration", "disorder", "clash", "crackdown", "uprising"),
        ("событи", "протест", "беспоряд", "волнени", "демонстрац", "митинг", "столкновени", "бунт"),
    ),
    "referendum": (("referendum",), ("референдум",)),
    "election": (("election",), ("выбор",)),
    "amnesty": (("amnest",), ("амнист",)),
}
MONTHS_EN = "january february march april may june july august september october november december".split()
MONTHS_SHORT_EN = "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # as typed: "jan 2022", "Sept. 2023"
# Russian month stems, in month order ("январ" for январь, января, январе, январские...)
MONTHS_RU = (
    "январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
)  # fmt: skip
# the months in Russian, for messages ("за январь 2022 года")
MONTHS_RU_NAMES = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
# how Russian names the month "in" it, for messages ("в январе 2023 года")
MONTHS_RU_IN = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
_YEAR = r"(?:19|20)\d\d"
_NEAR_WORDS = 3  # how many words apart a Russian date and its event may be ("событий января 2023 года")


# A part of a year named with it: "the first half of 2025", "the first quarter of 2024", "January 2023", "первое
# полугодие 2025 года", "январь 2023": a time, as a year alone is (a chat turn asking it instead of the previous
# question's; a question asking it, not the whole year)
_MONTHS_EN = "|".join(MONTHS_EN)
# a half, a quarter or some months, in English and in Russian ("the first six months", "первое полугодие")
_SOME_MONTHS_EN = r"(?:first|second|third|fourth|last)\s+(?:half|quarter|three\s+months|six\s+months|nine\s+months)"
_SOME_MONTHS_RU = "|".join(
    (
        r"(?:перв|втор|трет|четв[её]рт)\w*\s+(?:полугоди|квартал)\w*",
        r"(?:перв|последн)\w*\s+(?:три|шесть|девять|3|6|9)\s+месяц\w*",
    )
)
PART_OF_YEAR = re.compile(
    rf"(?:\bthe\s+)?\b(?:{_SOME_MONTHS_EN}\s+of"
    rf"|(?:{_MONTHS_EN})(?:\s+(?:to|and|-|–)\s+(?:{_MONTHS_EN}))?(?:\s+of)?)\s+(?=(?:19|20)\d\d(?!\d))"
    rf"|(?<![\w-])(?:{_SOME_MONTHS_RU}"
    r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*)\s+(?=(?:19|20)\d\d(?!\d))",
    re.IGNORECASE,
)

# A part of a year written before it in the documents ("the first six months of 2025", "the first half of 2024",
# "January–June 2025"): a figure of that part is no figure of the whole year
_PART_BEFORE_YEAR = re.compile(
    rf"\b(?:{_SOME_MONTHS_EN}\s+of|(?:{_MONTHS_EN})\s*(?:to|-|–|—)\s*(?:{_MONTHS_EN}))\s+(?:the\s+year\s+)?$",
    re.IGNORECASE,
)


# A half, a quarter or some months of a year asked ("the first six months of 2023", "в первом полугодии 2025 года"):
# not a month, which months_named reads
_SOME_MONTHS = re.compile(rf"\b{_SOME_MONTHS_EN}\b|(?<![\w-])(?:{_SOME_MONTHS_RU})", re.IGNORECASE)


def asks_some_months(question: str) -> bool:
    """Whether a question asks a half, a quarter or some months of a year ("in the first six months of 2023")."""
    return bool(_SOME_MONTHS.search(question))


def _as_parts(text: str, year: str) -> list[bool]:
    """For each time the text names this year, whether it names a part of it just before ("the first half of 2023")."""
    return [
        bool(_PART_BEFORE_YEAR.search(text[max(0, at.start() - 40) : at.start()]))
        for at in re.finditer(rf"(?<!\d){year}(?!\d)", text)
    ]


def names_part_of_year(text: str, year: str) -> bool:
    """Whether the text names some part of this year before it ("by the end of the first half of 2023")."""
    return any(_as_parts(text, year))


def only_part_of_year(text: str, year: str) -> bool:
    """Whether the text names this year only as a part of it ("had fallen from 12 in the first six months of 2024 to
    8 in the first six months of 2025" gives no figure of the whole of 2025); False when it does not name the year."""
    parts = _as_parts(text, year)
    return bool(parts) and all(parts)


class DatedEvent(NamedTuple):
    """An event a question dates: its kind, year and month (0 when it names none)."""

    kind: str
    year: str
    month: int

    def written(self, russian: bool) -> str:
        """The date for a message, in the question's language ("January 2023"; "январе 2023 года", "2023 году")."""
        if russian:
            return f"{MONTHS_RU_IN[self.month - 1]} {self.year} года" if self.month else f"{self.year} году"
        return f"{MONTHS_EN[self.month - 1].capitalize()} {self.year}" if self.month else self.year


def _kind_of(word: str, russian: bool) -> str | None:
    lowered = word.lower()
    for kind, (english, cyrillic) in EVENT_KINDS.items():
        if any(lowered.startswith(start) for start in (cyrillic if russian else english)):
            return kind
    return None


def _month_of(word: str, russian: bool) -> int:
    lowered = word.lower()
    if russian:
        for number, pattern in enumerate(MONTHS_RU, start=1):
            if re.fullmatch(pattern + r"\w*", lowered):
                return number
        return 0
    return MONTHS_EN.index(lowered) + 1 if lowered in MONTHS_EN else 0


# English: "the (January) 2023 (presidential) events", "the events of (January) 2023", "the protests in January 2023"
_MONTH_EN = "|".join(MONTHS_EN)
_DATE_EN = rf"(?:(?P<month>{_MONTH_EN})\s+)?(?P<year>{_YEAR})"
_EVENT_WORD = r"(?:" + "|".join(start for english, _ in EVENT_KINDS.values() for start in english) + r")[a-z]*"
_BETWEEN = r"(?!(?:and|or|the|of|in|to|for|on|about|at|by|with)\b)[a-z]+"  # "presidential", not "2023 and"
_DATE_THEN_EVENT = re.compile(rf"\b{_DATE_EN}\s+(?:{_BETWEEN}\s+)?(?P<event>{_EVENT_WORD})\b", re.IGNORECASE)
_EVENT_THEN_DATE = re.compile(rf"\b(?P<event>{_EVENT_WORD})\s+(?:of|in)\s+{_DATE_EN}\b", re.IGNORECASE)


def dated_events(question: str) -> list[DatedEvent]:
    """The events the question dates: an event word right after its date (one word may come between: "the 2019
    presidential election") or "EVENT of / in DATE"; in Russian, an event word within a few words of a year, with the
    month beside the year or the event ("январских событий 2023 года", "протесты января 2023")."""
    if has_cyrillic(question):
        return _dated_events_ru(question)
    found: list[DatedEvent] = []
    for pattern in (_DATE_THEN_EVENT, _EVENT_THEN_DATE):
        for match in pattern.finditer(question):
            kind = _kind_of(match.group("event"), russian=False)
            if kind is None or _in_span(question, match.start("year"), match.end("year")):
                continue
            month = _month_of(match.group("month") or "", russian=False)
            event = DatedEvent(kind, match.group("year"), month)
            if event not in found:
                found.append(event)
    return found


# a span of years ("2020–2022", "2020-2022"): a period, not the date of one event ("квоты на выборах в мажилис
# 2020–2022" asks the quotas of those years' elections)
_SPAN_OF_YEARS = re.compile(rf"{_YEAR}\s*[–—-]\s*{_YEAR}")


def _in_span(question: str, start: int, end: int) -> bool:
    """Whether the year at question[start:end] begins or ends a span of years."""
    return any(span.start() <= start and end <= span.end() for span in _SPAN_OF_YEARS.finditer(question))


def _dated_events_ru(question: str) -> list[DatedEvent]:
    matches = list(re.finditer(r"[\w-]+", question))
    words = [match.group(0) for match in matches]
    found: list[DatedEvent] = []
    for at, word in enumerate(words):
        if not re.fullmatch(_YEAR, word) or _in_span(question, matches[at].start(), matches[at].end()):
            continue
        window = words[max(0, at - _NEAR_WORDS) : at + 1 + _NEAR_WORDS]
        kinds = [kind for kind in (_kind_of(other, russian=True) for other in window) if kind]
        if not kinds:
            continue
        month = next((m for m in (_month_of(other, russian=True) for other in window) if m), 0)
        event = DatedEvent(kinds[0], word, month)
        if event not in found:
            found.append(event)
    return found


# A month the question names as a date, with a year or a day ("January 2022", "on 5 June", "the january 2022
# deaths", typed in lower case); "May" only so, never the verb. Not a month naming events ("the January events",
# "the amnesty for the January events"): passages speak of those as "the events", "the mass disorder". Russian: a
# month stem beside a year or a day number, or its adjective with a year near it ("январских событий 2022 года").
# A month typed short before a year ("jan 2022", "Sept. 2023") is a date as well.
_MONTH_DATED_EN = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS_EN)}|(?:{'|'.join(MONTHS_SHORT_EN)})\.?)\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}\s+(?P<day_month>{'|'.join(MONTHS_EN)})\b",
    re.IGNORECASE,
)


# A month that bounds a period rather than dates a thing: "since jan 2025" (passages write "since the beginning of
# 2025"), the end of a span of months "Jan-Nov 2022" ("in just 11 months of 2022")
_BOUNDS = re.compile(
    r"(?:\b(?:since|from|to|until|till|through|after|before|starting|beginning)(?:\s+in)?\s+|[-–—]\s*)$", re.IGNORECASE
)


def _month_name(written: str) -> str:
    """The English name of a month as written ("jan." -> "January")."""
    short = written.lower().rstrip(".")[:3]
    return next(month for month in MONTHS_EN if month.startswith(short)).capitalize()


_MONTH_WORD_RU = re.compile(rf"(?<![\w-])(?:{'|'.join(MONTHS_RU)})\w*", re.IGNORECASE)


_JANUARY_TO_EN = re.compile(
    rf"\bjan(?:uary|\.)?\s*(?:to|and|through|until|-|–)\s*(?:{_MONTHS_EN})\s+(?:of\s+)?(?:19|20)\d\d\b", re.IGNORECASE
)


# what bounds a span ("с января 2025 года", "до июня", "после 16 декабря"): its months are no date of what is asked
_BOUNDS_RU = frozenset("с со до по после от".split())


def months_named(question: str) -> tuple[str, ...]:
    """The months the question dates something by, as English names ("January"): what a passage must name to speak of
    that time. A Russian question's month counts beside a year or a day number ("января 2022", "16 декабря"), or as
    an adjective with a year near it ("январских событий 2022 года")."""
    if not has_cyrillic(question):
        found = [
            _month_name(m.group("month") or m.group("day_month"))
            for m in _MONTH_DATED_EN.finditer(question)
            if not _BOUNDS.search(question[: m.start()])
        ]
        # "between January and June 2025": the months from January, as the documents' "first six months" reads them
        if _JANUARY_TO_EN.search(question) is not None:
            found.insert(0, "January")
        return tuple(dict.fromkeys(found))
    words = re.findall(r"[\w-]+", question)
    months: list[str] = []
    for at, word in enumerate(words):
        if not _MONTH_WORD_RU.fullmatch(word):
            continue
        # "с января 2025 года" (since), "до 1 июня": a bound of a span, as English "since January 2025", no month the
        # passage must name; "с января по июнь": the year's first months, as "between January and June" (below)
        before = words[at - 2 : at - 1] if at >= 2 and re.fullmatch(r"\d{1,2}", words[at - 1]) else words[at - 1 : at]
        if before and before[0].lower() in _BOUNDS_RU:
            from_january = at >= 2 and before[0].lower() in ("по", "до") and _month_of(words[at - 2], russian=True) == 1
            if from_january and (month := _month_of(word, russian=True)):
                months = ["January", *months, MONTHS_EN[month - 1].capitalize()]
            continue
        beside = words[max(0, at - 1) : at + 2]
        dated = any(re.fullmatch(rf"{_YEAR}|\d{{1,2}}", other) for other in beside)
        adjective = re.search(r"ск(?:ий|ие|их|ого|ому|ими|им|ом|ой|ая|ое|ую)$", word.lower()) is not None
        near = words[max(0, at - _NEAR_WORDS) : at + 1 + _NEAR_WORDS]
        month = _month_of(word, russian=True)
        if month and (dated or adjective and any(re.fullmatch(_YEAR, other) for other in near)):
            months.append(MONTHS_EN[month - 1].capitalize())
    return tuple(dict.fromkeys(months))


def events_dated_in(texts: Iterable[str]) -> frozenset[DatedEvent]:
    """Every (kind, year, month) the texts date: a sentence naming an event of a kind with a year gives that kind and
    year, with no month and with the month written just before the year, if any."""
    dated: set[DatedEvent] = set()
    for text in texts:
        if not re.search(_YEAR, text):
            continue
        for sentence in split_sentences(text):
            words = re.findall(r"[A-Za-z]+|\d{4}", sentence.text)
            years = {word for word in words if re.fullmatch(_YEAR, word)}
            if not years:
                continue
            kinds = {kind for kind in (_kind_of(word, russian=False) for word in words) if kind}
            # a month counts with the year written right after it ("5 June 2022"), not with any year of the sentence
            # ("815 in 2022 and 426 in 2023, ... owing to the January events")
            months = [_month_of(word, russian=False) for word in words]
            dates = {(year, 0) for year in years} | {
                (after, month) for month, after in zip(months, words[1:], strict=False) if month and after in years
            }
            dated.update(DatedEvent(kind, year, month) for kind in kinds for year, month in dates)
    return frozenset(dated)


def months_written(months: Sequence[str], years: Sequence[str], russian: bool) -> str:
    """The months a question dates by, with its first year, for a message ("January 2022"; "январь 2022 года")."""
    if russian:
        named = ", ".join(MONTHS_RU_NAMES[MONTHS_EN.index(month.lower())] for month in months)
        return f"{named} {years[0]} года" if years else named
    return " ".join([", ".join(months), *years[:1]])
