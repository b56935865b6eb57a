"""The provisions (articles of a law or treaty) a question or a paragraph names, by number.

A question that names an article ("Were journalists charged under article 174?", "по статье 488 КоАП") is about what
the paragraphs say of that article: search lifts the paragraphs that name it (Searcher), and a figure's answer must
name it (prepbot.answering.answerability). Numbers only: the law they belong to is left to the other signals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "article 274", "art. 146", "статье 488", "ст. 158", and as typed on a phone, "ст 158", "art 158"; a range
# "articles 121–123"
_ARTICLE = re.compile(
    r"\b(?:articles?|arts?\.?|стать(?:я|и|ю|е|ей|ям|ях|ями)|ст\.?)\s*(\d{1,4})(?![\d.,]\d)(?:\s*[–-]\s*(\d{1,4}))?",
    re.IGNORECASE,
)
# In a paragraph: "article 146", "articles 145, 146 and 147", "article 428 (3)", "articles 105-107": every number of
# the list after the word
_ARTICLE_LIST = re.compile(
    r"\b(?:articles?|arts?\.)\s*((?:\d{1,4}(?:\s*\(\d+\))?(?:\s*(?:,|and|or|to|–|-)\s*(?=\d))?)+)", re.IGNORECASE
)
_LIST_NUMBER = re.compile(r"(?<![(\d])\d{1,4}(?![\d)])")
# a range in such a list: "105-107", "121–123"
_LIST_RANGE = re.compile(r"(?<![(\d])(\d{1,4})\s*[–-]\s*(\d{1,4})(?![\d)])")
RANGE_SPAN = 20  # the longest range of articles read as each of its numbers ("articles 121–123"; not "1–2000")


def articles_named(question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The provisions a question names, as written and as numbers ("статье 274" -> ("статье 274", ("274",)); a
    range "articles 121–123" gives each number)."""
    found = []
    for match in _ARTICLE.finditer(question):
        found.append((match.group(0), _numbers_from(match.group(1), match.group(2))))
    return tuple(found)


def _numbers_from(first: str, last: str | None) -> tuple[str, ...]:
    """Each number of a range of articles ("121", "123": 121, 122, 123), or the first alone when there is no range or
    it runs backwards or over RANGE_SPAN."""
    start = int(first)
    end = int(last) if last and start < int(last) <= start + RANGE_SPAN else start
    return tuple(str(n) for n in range(start, end + 1))


def names_article(text: str, numbers: Sequence[str]) -> bool:
    """True when the text has one of these article numbers as a number of its own (not "2740", "27.4"), and not as
    a year's count ("146 in 2018, 64 in 2019": persons sentenced, not article 146)."""
    return any(re.search(rf"(?<![\d.,/]){number}(?![\d]|[.,]\d|\s+in\s+(?:19|20)\d\d)", text) for number in numbers)


def articles_in(text: str) -> frozenset[str]:
    """The article numbers a paragraph names after the word "article(s)" ("articles 145, 146 and 147": all three; a
    range, "articles 121–123", each of its numbers)."""
    found: set[str] = set()
    for match in _ARTICLE_LIST.finditer(text):
        listed = match.group(1)
        found.update(_LIST_NUMBER.findall(listed))
        for first, last in _LIST_RANGE.findall(listed):
            found.update(_numbers_from(first, last))
    return frozenset(found)
