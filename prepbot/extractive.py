"""Offline extractive answers: from the retrieved paragraphs, pick the sentences that answer the question, say who
said them and where, and quote them verbatim (each quote is one contiguous span of its paragraph, checked by
prepbot.verify). Says so, naming what was searched, when nothing relevant was found.

Also home to the pieces the follow-up drafting reuses: sentence splitting, term weighting, attribution lead-ins.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from prepbot.model import Answer, Citation
from prepbot.prompts import Prompt, PromptRegistry
from prepbot.verify import verified_citations
from retrieval.model import DocumentEntry, Hit, Paragraph

SIDES = ("state", "committee", "un", "ngo")

# ---------------------------------------------------------------- language and terms

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def question_language(text: str) -> str:
    """"ru" when the text is mostly Cyrillic, else "en"."""
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    return "ru" if cyrillic > latin else "en"


STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between both
    but by can could did do does doing done down during each either else ever every few for from further had has
    have having he her here hers him his how i if in into is it its itself just least less like made make many may
    me might more most much must my no nor not now of off on once one only or other others our out over own per
    same shall she should since so some such than that the their them then there these they this those through
    thus to too under until up upon us very via was we were what when where whether which while who whom whose why
    will with within without would yet you your
    actually any anyone did does ever get gets got give given gives kind say said says tell told want wanted know
    known way ways really whatever""".split()
)

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_SUFFIXES = (
    ("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("fulness", "ful"), ("ousness", "ous"),
    ("iveness", "ive"), ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ities", "ity"),
    ("ingly", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ness", ""),
    ("edly", ""), ("ed", ""), ("ers", "er"), ("es", "e"), ("s", ""), ("ly", ""),
)  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer for matching question words to sentence words (not linguistics): common suffixes
    off, then at most 6 letters ("constitution"/"constitutional" -> "consti", "prisoners"/"prison" -> "prison")."""
    if not word.isalpha() or len(word) <= 3 or not word.isascii():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: len(word) - len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # "torture"/"tortur(ed)", "increase"/"increas(ing)"
    return word[:6]


_PERCENT = re.compile(r"%|\bper\s*cent(?:age)?s?\b|\bpercent(?:age)?s?\b", re.IGNORECASE)


def terms(text: str) -> list[str]:
    """Content terms of a text: lowercased, stopwords dropped, stemmed; numbers kept whole ("77.18");
    "%", "per cent", "percentage" all become "percent"."""
    text = _PERCENT.sub(" percent ", text.lower())
    result = []
    for token in _TOKEN.findall(text):
        if token in STOPWORDS or (len(token) == 1 and not token.isdigit()):
            continue
        result.append(token if token == "percent" else stem(token))
    return result


class TermWeights:
    """Inverse document frequency of terms over the corpus paragraphs (rarer words count more)."""

    def __init__(self, paragraphs: Iterable[Paragraph]) -> None:
        document_frequency: Counter[str] = Counter()
        count = 0
        for paragraph in paragraphs:
            count += 1
            document_frequency.update(set(terms(paragraph.text)))
        self.count = max(count, 1)
        self._idf = {term: math.log((self.count + 1) / (df + 0.5)) for term, df in document_frequency.items()}
        self.unknown = math.log((self.count + 1) / 0.5)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self.unknown)

    def known(self, term: str) -> bool:
        return term in self._idf


# ---------------------------------------------------------------- sentences

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof no nos para paras art arts e.g i.e etc vs v cf st jr sr inc ltd co corp gen vol p pp fig
    approx op cit ibid al sect ch""".split()
)
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Span:
    """A contiguous piece of a paragraph's text: [start, end)."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _is_abbreviation(text: str, period: int) -> bool:
    match = re.search(r"([\w.]+)$", text[:period])
    if not match:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "A. Smith"
        return True
    return "." in word and not word.replace(".", "").isdigit()  # "U.N", "e.g"


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def split_sentences(text: str, *, max_words: int = 70) -> list[Span]:
    """The paragraph's sentences as contiguous spans; sentences over `max_words` are split again at semicolons."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        span = _trimmed(text, start, match.end())
        if span:
            spans.append(span)
        start = match.end()
    last = _trimmed(text, start, len(text))
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
            piece = _trimmed(text, piece_start, cut)
            if piece and piece.words >= 8:
                result.append(piece)
                piece_start = cut
        tail = _trimmed(text, piece_start, span.end)
        if tail:
            if tail.words < 8 and result and result[-1].end <= tail.start and result[-1].start >= span.start:
                merged = _trimmed(text, result[-1].start, tail.end)
                result[-1] = merged if merged else result[-1]
            else:
                result.append(tail)
    return result


def join_spans(text: str, first: Span, last: Span) -> Span:
    return Span(first.start, last.end, text[first.start : last.end])


# ---------------------------------------------------------------- who said it

_ASKING = re.compile(
    r"\?|\b(asked|ask|wished to know|wish to know|would like to know|would welcome|enquired|inquired|wondered|"
    r"requested|wanted to know|invited the delegation|please)\b",
    re.IGNORECASE,
)


class Attributor:
    """Display lead-ins ("The delegation told the Committee", "NGOs report") from prompts/attributions.toml."""

    def __init__(self, prompts: PromptRegistry, documents: Mapping[str, DocumentEntry]) -> None:
        self.prompts = prompts
        self.documents = documents

    def __call__(self, paragraph: Paragraph, language: str = "en") -> str:
        return lead_in(self.prompts.get("attributions"), paragraph, self.documents.get(paragraph.doc_id), language)

    def for_language(self, language: str):
        prompt = self.prompts.get("attributions")
        return lambda paragraph: lead_in(prompt, paragraph, self.documents.get(paragraph.doc_id), language)


def lead_in(prompt: Prompt, paragraph: Paragraph, document: DocumentEntry | None, language: str = "en") -> str:
    """Who said this paragraph, as a display lead-in, from the paragraph's speaker/side and the document type."""
    document_type = (document.document_type if document else "").lower()
    mechanism = document.mechanism if document else ""
    values = {"speaker": paragraph.speaker or "", "mechanism": mechanism or "the Committee",
              "symbol": paragraph.symbol, "title": document.title if document else ""}  # fmt: skip
    role = (paragraph.speaker_role or "").lower()
    if paragraph.speaker or role or "summary" in document_type:
        if role == "state delegation" or (paragraph.author_type == "state" and not role):
            name = "delegation"
        elif role == "chair":
            name = "chair"
        elif role == "committee member" or (paragraph.author_type == "committee" and paragraph.speaker):
            name = "committee_member_asked" if _ASKING.search(paragraph.text) else "committee_member_said"
        elif paragraph.speaker:
            name = "speaker"
        else:
            name = "summary_record"
    elif paragraph.author_type == "state":
        name = "state_document"
    elif paragraph.author_type == "committee":
        name = "committee_document"
    elif paragraph.author_type == "un":
        name = "un_document"
    else:
        name = "ngo_document"
    return prompt.phrase(name, language, **values)


# ---------------------------------------------------------------- choosing passages

_FACT_QUESTION = re.compile(
    r"\b(how (many|much|often|long|large|big|old)|what (percentage|share|proportion|number|amount|age|year|date)|"
    r"when|which year|how large|number of|statistic|figure|percent|per cent)\b|^(сколько|когда)|\bсколько\b|"
    r"\bс какого возраста\b|\bв каком году\b|%",
    re.IGNORECASE,
)
_HAS_FIGURE = re.compile(r"\d")


def is_fact_question(question: str) -> bool:
    return bool(_FACT_QUESTION.search(question))


@dataclass
class Passage:
    """A chosen quote: the paragraph, its rank among the hits, the span and how well it answers."""

    paragraph: Paragraph
    rank: int
    span: Span
    score: float
    paragraph_score: float


@dataclass
class Relevance:
    """How well the hits answer the question (for the "not found" decision)."""

    lexical: float  # best IDF-weighted share of the question's terms found in one paragraph (0..1)
    top_score: float  # the searcher's fused score of the best hit
    grounded: bool


@dataclass(frozen=True)
class Thresholds:
    """When retrieval counts as having found something (calibrated on the dev questions, see bench/ and tests)."""

    min_top_score: float = 0.0  # searcher score needed on its own (0 = ignore scores)
    min_lexical: float = 0.34  # share of the question's weighted terms in one paragraph
    min_lexical_with_score: float = 0.2  # lexical share enough when the searcher score is above `score_support`
    score_support: float = 0.0


class ExtractiveAnswerer:
    """Builds extractive answers. Stateless apart from the term weights; safe to share between threads."""

    def __init__(
        self,
        prompts: PromptRegistry,
        documents: Mapping[str, DocumentEntry],
        weights: TermWeights,
        thresholds: Thresholds = Thresholds(),
        *,
        max_paragraphs: int = 8,
        max_citations: int = 4,
    ) -> None:
        self.prompts = prompts
        self.documents = documents
        self.weights = weights
        self.thresholds = thresholds
        self.max_paragraphs = max_paragraphs
        self.max_citations = max_citations
        self.attributor = Attributor(prompts, documents)

    # -- scoring

    def question_terms(self, question: str) -> dict[str, float]:
        weights: dict[str, float] = {}
        for term in terms(question):
            weights[term] = self.weights.idf(term)
        return weights

    @staticmethod
    def coverage(question_terms: Mapping[str, float], text_terms: set[str]) -> float:
        total = sum(question_terms.values())
        if total <= 0:
            return 0.0
        return sum(weight for term, weight in question_terms.items() if term in text_terms) / total

    def _paragraph_terms(self, paragraph: Paragraph) -> set[str]:
        extra = " ".join(filter(None, [paragraph.speaker or "", paragraph.section or ""]))
        return set(terms(paragraph.text)) | set(terms(extra))

    def relevance(self, question: str, hits: Sequence[Hit]) -> Relevance:
        question_terms = self.question_terms(question)
        lexical = 0.0
        for hit in hits[: self.max_paragraphs]:
            lexical = max(lexical, self.coverage(question_terms, self._paragraph_terms(hit.paragraph)))
        top_score = hits[0].score if hits else 0.0
        t = self.thresholds
        grounded = bool(hits) and (
            (t.min_top_score > 0 and top_score >= t.min_top_score)
            or lexical >= t.min_lexical
            or (t.score_support > 0 and top_score >= t.score_support and lexical >= t.min_lexical_with_score)
        )
        return Relevance(lexical, top_score, grounded)

    def passages(self, question: str, hits: Sequence[Hit]) -> list[Passage]:
        """The best passage of each retrieved paragraph, best first."""
        question_terms = self.question_terms(question)
        fact = is_fact_question(question)
        passages: list[Passage] = []
        for rank, hit in enumerate(hits[: self.max_paragraphs]):
            paragraph = hit.paragraph
            paragraph_score = self.coverage(question_terms, self._paragraph_terms(paragraph))
            sentences = split_sentences(paragraph.text)
            if not sentences:
                continue
            scored = []
            for index, sentence in enumerate(sentences):
                score = self.coverage(question_terms, set(terms(sentence.text)))
                if fact and _HAS_FIGURE.search(sentence.text):
                    score += 0.15
                score -= 0.002 * index  # earlier sentences carry the point a little more often
                scored.append(score)
            best = max(range(len(sentences)), key=lambda i: scored[i])
            first = last = best
            # widen to a neighbour that also answers, or when the best sentence alone is too short to stand
            for neighbour in (best + 1, best - 1):
                if 0 <= neighbour < len(sentences):
                    widened_words = sum(s.words for s in sentences[min(first, neighbour) : max(last, neighbour) + 1])
                    strong = scored[neighbour] >= max(0.25, 0.75 * scored[best])
                    if (strong or sentences[best].words < 10) and widened_words <= 90:
                        first, last = min(first, neighbour), max(last, neighbour)
            span = join_spans(paragraph.text, sentences[first], sentences[last])
            rank_factor = 1.0 / (1.0 + 0.12 * rank)
            score = (0.6 * scored[best] + 0.4 * paragraph_score + 0.1) * rank_factor
            passages.append(Passage(paragraph, rank, span, score, paragraph_score))
        passages.sort(key=lambda p: p.score, reverse=True)
        return passages

    def choose(self, passages: Sequence[Passage]) -> list[Passage]:
        """Best passages, making sure each side (State, Committee, UN, NGO) that speaks to the question is heard."""
        if not passages:
            return []
        best = passages[0].score
        relevant = [p for p in passages if p.score >= 0.55 * best]
        chosen: list[Passage] = [relevant[0]]
        sides_seen = {relevant[0].paragraph.author_type}
        for passage in relevant[1:]:  # first, one passage from each other side
            if len(chosen) >= self.max_citations:
                break
            if passage.paragraph.author_type not in sides_seen:
                chosen.append(passage)
                sides_seen.add(passage.paragraph.author_type)
        for passage in relevant[1:]:  # then the strongest remaining ones
            if len(chosen) >= self.max_citations:
                break
            if passage not in chosen and passage.score >= 0.8 * best:
                chosen.append(passage)
        order = {id(p): i for i, p in enumerate(passages)}
        chosen.sort(key=lambda p: order[id(p)])
        return chosen

    # -- answers

    @staticmethod
    def searched_description(hits: Sequence[Hit], documents: Sequence[DocumentEntry]) -> str:
        return "; ".join(f"{d.symbol} ({d.document_type})" for d in documents) or "no documents"

    def answer(
        self,
        question: str,
        hits: Sequence[Hit],
        *,
        searched: Sequence[DocumentEntry],
        language: str | None = None,
        note: str | None = None,
    ) -> Answer:
        language = language or question_language(question)
        phrases = self.prompts.get("extractive")
        prompt_hash = self.prompts.combined_hash(["extractive", "attributions"])
        relevance = self.relevance(question, hits)
        citations: list[Citation] = []
        if relevance.grounded:
            chosen = self.choose(self.passages(question, hits))
            offered = {p.paragraph.key: p.paragraph for p in chosen}
            pairs = [(p.paragraph.key, p.span.text) for p in chosen]
            citations, _dropped = verified_citations(
                pairs, offered, attribution=self.attributor.for_language(language)
            )  # extractive quotes pass by construction; the gate is the same for every mode all the same
        if not citations:
            text = phrases.phrase(
                "not_found", language, question=question, searched=self.searched_description(hits, searched),
                sides="", count=0,
            )
            return Answer(
                question=question, text=text, citations=[], mode="extractive", grounded=False, note=note,
                hits=list(hits), prompt_id="extractive", prompt_hash=prompt_hash,
            )  # fmt: skip
        sides = []
        for citation in citations:
            paragraph = offered[f"{citation.doc_id}:{citation.paragraph}"]
            side = paragraph.author_type if paragraph.author_type in SIDES else "state"
            label = phrases.phrase(f"side_{side}", language)
            if label not in sides:
                sides.append(label)
        text = phrases.phrase(
            "found", language, sides=join_names(sides, phrases.phrase("sides_joiner", language)),
            count=len(citations), searched="", question=question,
        )  # fmt: skip
        return Answer(
            question=question, text=text, citations=citations, mode="extractive", grounded=True, note=note,
            hits=list(hits), prompt_id="extractive", prompt_hash=prompt_hash,
        )  # fmt: skip


def join_names(names: Sequence[str], conjunction: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]
