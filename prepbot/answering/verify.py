"""The one quote check every answer mode uses: is this quote verbatim in the paragraph it cites?

Rule (documented for maintainers and reviewers):

* Compared after a small, meaning-preserving normalisation of BOTH the quote and the paragraph:
  - Unicode NFC (canonically equivalent spellings of the same letter compare equal);
  - every run of whitespace (spaces, tabs, line breaks, no-break and thin spaces) counts as one space;
  - curly/low/prime quotation marks count as the straight ones (' and ");
  - hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar and minus sign count as "-";
  - the ellipsis character counts as "...";
  - invisible characters that PDF/HTML extraction leaves behind (soft hyphen, zero-width space/joiners,
    word joiner, byte-order mark) are ignored.
  Nothing else is folded: not case, not digits (no NFKC, so "１８９" or "¹⁸⁹" never equal "189"), not letters that
  merely look alike (a Cyrillic "а" is not a Latin "a"), not punctuation other than the above.
* A quote containing bidirectional-control, other control or private-use characters is refused outright.
* One pair of quotation marks wrapping the whole quote, and a leading/trailing ellipsis, are ignored
  (the quote says where it starts and stops; an ellipsis INSIDE a quote is a splice and never matches).
* The quote must be one contiguous span of the paragraph and must not start or end inside a word or a number:
  "89 cases" does not verify against "189 cases", nor "77.1" against "77.18".
* Too-short quotes prove nothing and are refused: at least MIN_QUOTE_WORDS words and MIN_QUOTE_CHARS letters/digits.

`verified_citations` is the gate: it keeps only (key, quote) pairs whose key was offered and whose quote verifies,
and it builds each Citation from the paragraph's OWN text (the exact span), so what users see is the stored text.
`unsupported_figures` checks prose (an LLM's answer text) for numbers that none of its cited paragraphs contain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from prepbot.answering.text import spelled_figures
from prepbot.core.numbering import CITED_NUMBER_PATTERN
from prepbot.core.records import Citation, Paragraph

MIN_QUOTE_WORDS = 4
MIN_QUOTE_CHARS = 15

_EQUIVALENTS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...",
}  # fmt: skip
_IGNORED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_WRAPPING_QUOTES = {'"': '"', "'": "'", "«": "»", "‹": "›"}

# Reasons a quote is refused (also used in logs and tests)
NOT_OFFERED = "paragraph key was not offered"
EMPTY = "empty quote"
CONTROL_CHARACTERS = "quote contains control or invisible-direction characters"
TOO_SHORT = "quote too short to prove anything"
NOT_VERBATIM = "quote is not verbatim in the cited paragraph"
SPLITS_TOKEN = "quote starts or ends inside a word or number"
NOT_A_STRING = "quote or key is not text"


@dataclass(frozen=True)
class QuoteCheck:
    """The outcome of checking one quote against one paragraph; `span` is the exact paragraph text matched."""

    ok: bool
    reason: str | None = None
    start: int = -1
    end: int = -1
    span: str = ""


@dataclass(frozen=True)
class RejectedQuote:
    """A (key, quote) pair the gate refused, with the reason."""

    key: str
    quote: str
    reason: str


class _Normalised:
    """A normalised copy of a text plus, for each of its characters, the [start, end) range in the original."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, original: str) -> None:
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        index, length = 0, len(original)
        while index < length:
            char = original[index]
            if char.isspace():
                run_end = index + 1
                while run_end < length and (original[run_end].isspace() or original[run_end] in _IGNORED):
                    run_end += 1
                if out and out[-1] == " ":
                    ends[-1] = run_end
                else:
                    out.append(" ")
                    starts.append(index)
                    ends.append(run_end)
                index = run_end
                continue
            if char in _IGNORED:
                index += 1
                continue
            # a base character with its combining marks, composed (NFC) as one cluster
            cluster_end = index + 1
            while cluster_end < length and unicodedata.combining(original[cluster_end]):
                cluster_end += 1
            cluster = original[index:cluster_end]
            if cluster_end - index > 1 or not cluster.isascii():
                cluster = unicodedata.normalize("NFC", cluster)
            for piece in cluster:
                replacement = _EQUIVALENTS.get(piece, piece)
                for out_char in replacement:
                    out.append(out_char)
                    starts.append(index)
                    ends.append(cluster_end)
            index = cluster_end
        self.text = "".join(out)
        self.starts = starts
        self.ends = ends


@lru_cache(maxsize=4096)
def _normalised_paragraph(text: str) -> _Normalised:
    """Paragraph texts are checked again and again: normalise each once (the result is never mutated)."""
    return _Normalised(text)


def normalise(text: str) -> str:
    """The comparison form of a text under the rule in this module's docstring."""
    return _Normalised(text).text


def _has_forbidden_characters(text: str) -> bool:
    for char in text:
        if char in _BIDI_CONTROLS:
            return True
        category = unicodedata.category(char)
        if category in ("Cc", "Co", "Cs") and not char.isspace():
            return True
        if category == "Cf" and char not in _IGNORED:
            return True  # other format characters (tags, interlinear annotations, ...)
    return False


def _strip_wrapping(quote: str) -> str:
    text = normalise(quote).strip()
    for _ in range(2):  # wrapping quotation marks and ellipses, in either order
        if len(text) >= 2 and text[0] in _WRAPPING_QUOTES and text[-1] == _WRAPPING_QUOTES[text[0]]:
            text = text[1:-1].strip()
        while text.startswith("..."):
            text = text[3:].lstrip()
        while text.endswith("..."):
            text = text[:-3].rstrip()
    return text


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _splits_token(text: str, position: int) -> bool:
    """True when a cut at `position` (between text[position-1] and text[position]) falls inside a word or number."""
    if position <= 0 or position >= len(text):
        return False
    before, after = text[position - 1], text[position]
    if _is_word_char(before) and _is_word_char(after):
        return True
    # a number's inner separator: "77|.18", "77.|18", "103|,500", "103,|500"
    if before in ".," and after.isdigit() and position >= 2 and text[position - 2].isdigit():
        return True
    return before.isdigit() and after in ".," and position + 1 < len(text) and text[position + 1].isdigit()


def check_quote(quote: object, paragraph: Paragraph) -> QuoteCheck:
    """Check one quote against one paragraph; see the module docstring for the rule."""
    if not isinstance(quote, str):
        return QuoteCheck(False, NOT_A_STRING)
    if not quote.strip():
        return QuoteCheck(False, EMPTY)
    if _has_forbidden_characters(quote):
        return QuoteCheck(False, CONTROL_CHARACTERS)
    needle = _strip_wrapping(quote)
    if not needle:
        return QuoteCheck(False, EMPTY)
    words = re.findall(r"\w+", needle)
    if len(words) < MIN_QUOTE_WORDS or sum(char.isalnum() for char in needle) < MIN_QUOTE_CHARS:
        return QuoteCheck(False, TOO_SHORT)
    haystack = _normalised_paragraph(paragraph.text)
    found_inside_token = False
    start = haystack.text.find(needle)
    while start != -1:
        end = start + len(needle)
        if _splits_token(haystack.text, start) or _splits_token(haystack.text, end):
            found_inside_token = True
        else:
            original_start = haystack.starts[start]
            original_end = haystack.ends[end - 1]
            return QuoteCheck(True, None, original_start, original_end, paragraph.text[original_start:original_end])
        start = haystack.text.find(needle, start + 1)
    return QuoteCheck(False, SPLITS_TOKEN if found_inside_token else NOT_VERBATIM)


def verify_quote(quote: str, paragraph: Paragraph) -> bool:
    """True when `quote` is verbatim (under the documented normalisation) in `paragraph` and long enough to count."""
    return check_quote(quote, paragraph).ok


def verified_citations(
    pairs: Iterable[tuple[str, str]],
    offered: Mapping[str, Paragraph],
    *,
    attribution: Callable[[Paragraph], str] | None = None,
) -> tuple[list[Citation], list[RejectedQuote]]:
    """The quote gate: keep pairs whose key was offered and whose quote verifies in THAT paragraph.

    Returns (kept, dropped). Each kept Citation quotes the paragraph's own text (the exact matched span), carries the
    attribution computed by `attribution(paragraph)` when given, and appears once even if the pair was repeated.
    """
    kept: list[Citation] = []
    dropped: list[RejectedQuote] = []
    seen: set[tuple[str, str]] = set()
    for pair in pairs:
        try:
            key, quote = pair
        except (TypeError, ValueError):
            dropped.append(RejectedQuote(str(pair), "", NOT_A_STRING))
            continue
        if not isinstance(key, str) or not isinstance(quote, str):
            dropped.append(RejectedQuote(str(key), str(quote), NOT_A_STRING))
            continue
        paragraph = offered.get(key)
        if paragraph is None:
            dropped.append(RejectedQuote(key, quote, NOT_OFFERED))
            continue
        check = check_quote(quote, paragraph)
        if not check.ok:
            dropped.append(RejectedQuote(key, quote, check.reason or NOT_VERBATIM))
            continue
        if (key, check.span) in seen:
            continue
        seen.add((key, check.span))
        kept.append(
            Citation(
                doc_id=paragraph.doc_id,
                symbol=paragraph.symbol,
                paragraph=paragraph.number,
                quote=check.span,
                attribution=attribution(paragraph) if attribution else "",
                side=paragraph.author_type,
            )
        )
    return kept, dropped


# ---------------------------------------------------------------- figures in prose

_SYMBOL = re.compile(r"\b[A-Z][A-Za-z]*(?:/[A-Za-z0-9.\-]+)+")  # CCPR/C/SR.4227, A/HRC/WG.6/48/KAZ/2
# "¶12", "paras. 8-10", "see paragraph 45", "¶2.3" (a decimal number whole: Views numbered 1.1, 1.2, 2.1 ...)
_PARAGRAPH_REF = re.compile(
    rf"(?:¶¶?|\bparas?\.|\bparagraphs?|\bparas?\b|\bпп?\.|\bпункт\w*|\bабзац\w*)\s*({CITED_NUMBER_PATTERN}"
    rf"(?:\s*(?:-|–|—|,|and|to|и)\s*{CITED_NUMBER_PATTERN})*)",
    re.IGNORECASE,
)
_REFERENCED_NUMBER = re.compile(CITED_NUMBER_PATTERN)  # one number of a _PARAGRAPH_REF: "8", "2.3", "12a"
# a citation key: "sr4227:30", "views-3456:2.3", not a ratio "5000:1"
CITATION_KEY = re.compile(r"\b[A-Za-z][\w\-]*:\d+(?:\.\d+)?\b")
_BRACKET_MARKER = re.compile(r"\[\s*\d{1,2}\s*\]")
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# Thousands set apart by a space ("10 790", Russian style) or by an invisible character: one figure, not two
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f\u2009\u2007]\d{3})+)(?![\d])")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _canonical_figure(figure: str) -> str:
    figure = figure.rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", figure):
        figure = figure.replace(",", "")  # 103,500 -> 103500
    return figure


def _joined_thousands(text: str) -> str:
    """ "10 790" and "10\u2063790" as "10790": a figure printed with its thousands set apart is one figure."""
    return _SPACED_THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), _INVISIBLE.sub("", text))


def figures(text: str) -> set[str]:
    """The figures (numbers, years, percentages' numbers, amounts) written in `text`, canonicalised: digits (thousands
    set apart by commas, spaces or invisible characters), and numbers in words or with a multiplier."""
    text = _joined_thousands(normalise(text))
    found = {_canonical_figure(match.group(0)) for match in _FIGURE.finditer(text)}
    return found | set(spelled_figures(text))


def paragraph_references(prose: str) -> list[str]:
    """The paragraph numbers the prose refers to ("¶12", "paras. 8-10", "see paragraph 45"), as written."""
    return [number for match in _PARAGRAPH_REF.finditer(normalise(prose)) for number in _referenced(match)]


def _referenced(reference: re.Match[str]) -> list[str]:
    """The paragraph numbers of one _PARAGRAPH_REF match ("paras. 8-10" -> 8, 10; "¶2.3" -> 2.3)."""
    return _REFERENCED_NUMBER.findall(reference.group(1))


def _prose_figures(prose: str, cited_numbers: Iterable[str] = ()) -> list[str]:
    """The prose's figures, without document symbols, citation keys, footnote markers and references to the cited
    paragraphs' own numbers (a reference to any other paragraph is no citation: its numbers count as figures)."""
    text = _joined_thousands(normalise(prose))
    for pattern in (_SYMBOL, CITATION_KEY, _BRACKET_MARKER):
        text = pattern.sub(" ", text)
    allowed = set(cited_numbers)
    text = _PARAGRAPH_REF.sub(lambda m: " " if set(_referenced(m)) <= allowed else m.group(0), text)
    result: list[str] = []
    for figure in [_canonical_figure(m.group(0)) for m in _FIGURE.finditer(text)] + spelled_figures(text):
        if figure not in result:
            result.append(figure)
    return result


def unsupported_figures(prose: str, paragraphs: Iterable[Paragraph], *, also_allowed: Iterable[str] = ()) -> list[str]:
    """Figures in `prose` (counts, amounts, years, dates, percentages; in digits or words) found in none of
    `paragraphs`.

    Document symbols, citation keys and references to the cited paragraphs (¶36, paras. 8-10) are not claims and are
    ignored. Figures found in the `also_allowed` texts (e.g. texts given to the model as fact) are allowed too.
    """
    paragraphs = list(paragraphs)
    supported: set[str] = set()
    for paragraph in paragraphs:
        supported |= figures(paragraph.text)
    for text in also_allowed:
        supported |= figures(text)
    cited_numbers = [paragraph.number for paragraph in paragraphs]
    return [figure for figure in _prose_figures(prose, cited_numbers) if figure not in supported]
