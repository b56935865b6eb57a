"""A paragraph's sentences as spans of its text, English and Russian: the unit an answer quotes and scores.

Answers quote and weigh sentences (prepbot/answering); search scores a paragraph by its closest sentence too
(retrieval/sentence_vectors.py); both split a paragraph here, so a sentence is the same span everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof no nos para paras art arts e.g i.e etc vs v cf st jr sr inc ltd co corp gen vol p pp fig
    approx op cit ibid al sect ch""".split()
    # Russian: "ст. 5", "2021-2022 гг.", "5 тыс. человек", "см. п. 12", "напр.", "т.е." (single letters such as
    # "г." and "п." are already read as abbreviations, like initials)
    + """ст стт гг пп чч см тыс млн млрд руб чел стр рис напр прим им ок обл ул т.е т.к т.н т.ч""".split()
)
# Russian abbreviations that close a list ("и т.д.", "и т. п.", "и др."): before a capital they end the sentence
_LIST_END_RU = re.compile(r"(?:\bт\.\s?[дп]|\bдр|\bпр)$", re.IGNORECASE)
# "г."/"гг." after a year ends a sentence ("Закон принят в 2022 г. Он ...") unless the sentence so far is only a date
# ("В январе 2022 г. Правительство ...", "С 1 января 2022 г. ...", "В 2020-2022 гг. ...")
_YEAR_END_RU = re.compile(r"\b\d{4}\s*гг?$", re.IGNORECASE)
_DATE_ONLY_RU = re.compile(
    r"^(?:(?:в|во|с|со|до|по|на|к|за|после|между|начиная с|по состоянию на)\s+)?(?:\d{1,2}\s+)?(?:[а-яё]+\s+)?"
    r"\d{4}(?:\s*[-–—]\s*\d{4})?\s*гг?$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[.!?][\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-ZА-ЯЁ0-9]|\([a-z]{1,4}\)\s)")


@dataclass(frozen=True)
class Span:
    """A contiguous piece of a paragraph's text: [start, end)."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _is_abbreviation(text: str, period: int, sentence_start: int = 0) -> bool:
    if _LIST_END_RU.search(text[:period]):
        return False
    if _YEAR_END_RU.search(text[:period]):
        return bool(_DATE_ONLY_RU.match(text[sentence_start:period].strip()))
    match = re.search(r"([\w.]+)$", text[:period])
    if not match:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "A. Smith"
        return True
    return "." in word and not word.replace(".", "").isdigit()  # "U.N", "e.g"


def trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def split_sentences(text: str, *, max_words: int = 70) -> list[Span]:
    """The paragraph's sentences as contiguous spans; sentences over `max_words` are split again at semicolons.

    English and Russian: a sentence ends at . ! ? (with closing quotes or brackets, «» included) before a capital
    (Latin or Cyrillic), a digit or an opening quote, unless the period closes an abbreviation ("para.", "ст.", "т.е.",
    an initial, or "г." in a sentence that so far is only a date)."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start(), start):
            continue
        span = trimmed(text, start, match.end())
        if span:
            spans.append(span)
        start = match.end()
    last = trimmed(text, start, len(text))
    if last:
        spans.append(last)
    result: list[Span] = []
    for span in spans:
        if span.words <= max_words or ";" not in span.text:
            result.append(span)
            continue
        piece_start = span.start
        for semicolon in re.finditer(r";\s+", span.text):
            cut = span.start + semicolon.end()
            piece = trimmed(text, piece_start, cut)
            if piece and piece.words >= 8:
                result.append(piece)
                piece_start = cut
        tail = trimmed(text, piece_start, span.end)
        if tail:
            if tail.words < 8 and result and result[-1].end <= tail.start and result[-1].start >= span.start:
                merged = trimmed(text, result[-1].start, tail.end)
                result[-1] = merged if merged else result[-1]
            else:
                result.append(tail)
    return result


def join_spans(text: str, first: Span, last: Span) -> Span:
    return Span(first.start, last.end, text[first.start : last.end])
