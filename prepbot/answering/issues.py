"""The issues a Committee member could raise, found in the paragraphs (no wording here: prepbot.answering.followups
words them). Four kinds, the bases of prepbot.core.vocabulary:

- state-vs-critic: a UN or NGO concern set beside the State claim about the same sub-point (the same law,
  institution, figure or event: they share a specific phrase or specific words beyond the topic's own, and mean
  nearly the same thing);
- unanswered: a question someone asked (a Committee member, a list of issues, an NGO suggesting one), or a UN or NGO
  concern, that no reply of the State in the corpus answers, the delegation's later answers in a summary record
  included;
- missing-data: a figure asked for, where the State's paragraphs on that sub-point give none;
- implementation: a State measure (a new law, body, plan) whose effect in practice the State does not show;
- state-vs-standard (only when the standards layer is indexed): a State claim beside the General Comment paragraph
  on the same sub-point that sets what the treaty requires (a Committee's general reading, not something said in this
  dialogue); only strong pairs (a shared naming phrase and related meaning), scored below the dialogue's own issues.

Each issue carries the passages to cite (the lead one first), the sub-point it is about and a score: how likely a
Committee member is to ask it (more when several sources raise the same sub-point, when a treaty body or special
procedure voiced the concern, and the closer it is to the topic).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from prepbot.answering.extractive import ExtractiveAnswerer
from prepbot.answering.text import STOPWORDS, stem, terms
from prepbot.answering.topics import TopicIndex
from prepbot.core.contracts import Retriever
from prepbot.core.records import DocumentEntry, Hit, Paragraph
from prepbot.core.sentences import Span, split_sentences
from prepbot.core.vocabulary import DELEGATION_ROLE, DIALOGUE_SIDES, STANDARD_BASIS, STANDARD_SIDE

CRITICS = ("un", "ngo")
# How rare a word must be (inverse document frequency over the corpus paragraphs; a small corpus lowers the bar to
# the same share of its rarest words) to mark a sub-point (in fewer than ~1 paragraph in 7), to make a shared phrase
# name one (~1 in 20), or to name one alone (~1 in 150).
SPECIFIC_IDF = 2.0
ANCHOR_IDF = 3.0
NAMING_IDF = 5.0
# How much the State claim's own relevance to the topic adds to an issue's likelihood: a Committee member probes what
# the State said on the topic, so a concern set beside a State paragraph from elsewhere in its report is weak.
CLAIM_ON_TOPIC = 1.0

_CONCERN = re.compile(
    r"\b(concern\w*|regrett?\w*|deplor\w*|alarm\w*|recommend\w*|urg\w*|call\w* (?:on|upon)|not|no|lack\w*|"
    r"fail\w*|despite|however|remain\w*|continu\w*|alleg\w*|restrict\w*|violat\w*|criticis\w*|absence|"
    r"insufficient\w*|inadequa\w*|never|impunity|denied|refus\w*|problem\w*|ineffective\w*|arbitrar\w*|without|"
    r"dismiss\w*|reject\w*|ignor\w*)\b",
    re.IGNORECASE,
)
_TREATY_BODY = re.compile(
    r"\b(Committee (?:against|on|for) [A-Z][\w ,-]{3,60}?|Human Rights Committee|Subcommittee on [A-Z][\w ]{3,60}?|"
    r"Special Rapporteur on [\w ,-]{3,80}?|Working Group on [\w ,-]{3,60}?|UNHCR|UNICEF|OHCHR|High Commissioner|"
    r"United Nations country team)\b(?= (?:expressed|was|were|noted|recommended|considered|stated|highlighted|"
    r"remained|urged|called|regretted|observed|reported|is|also))"
)
_ASKED = re.compile(
    r"\?|\b(please|asked|ask(?:s|ing)?|wished to know|would like to know|would welcome|wanted to know|enquired|"
    r"inquired|wondered|requested|clarification|would be (?:appreciated|useful|grateful))\b|"
    r"\bquestions? (?:may|might|should|could) be (?:raised|asked)|"
    r"\bquestions? aris\w*|\bremains? (?:open|unclear|relevant)\b",
    re.IGNORECASE,
)
_SUGGESTED_QUESTION = re.compile(
    r"\?|\bquestions? (?:may|might|should|could|can) be (?:raised|asked)|\bshould be asked\b|\bquestions? aris\w*|"
    r"\b(?:clarify|explain|indicate)\b[^.]{0,40}\b(?:whether|how|why|what|if)\b|\bremains? (?:open|unclear)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"^(?:[\"“‘'(]?[A-Z0-9]|\(?[a-z]\)\s)(?!\.g\.)")  # not a fragment ("e.g., the Law...")
_LIST_OF_BODIES = re.compile(
    r"^(?:The\s+)?[A-Z][\w ]{3,80},\s+(?:the\s+)?(?:Committee|Special Rapporteur|United Nations|Working Group|"
    r"Subcommittee|UN[A-Z]*|OHCHR|High Commissioner)"
)
_DATA = re.compile(
    r"\b(data|statistic\w*|figures|how many|number of|numbers|disaggregated|breakdown|rates? of|percentage|"
    r"proportion)\b",
    re.IGNORECASE,
)
_DATA_MISSING = re.compile(
    r"\b(no|lack of|absence of|without|not (?:provide|publish|collect|available)\w*|unavailab\w*|"
    r"(?:provide|share|submit|give|collect|publish)\w*)\b[^.;]{0,60}\b(data|statistic\w*|figures|information on the "
    r"number)",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"\b(adopted|introduced|established|set up|created|launched|approved|amended|amendments?|bill|draft|"
    r"action plan|plan|programme|strategy|concept|roadmap|reform\w*|has been (?:in effect|in force)|"
    r"entered into force|transferr\w*|assigned|will be|is being|are being|under consideration|envisag\w*|"
    r"since \d{4}|from \d{4})\b",
    re.IGNORECASE,
)
_NORM = re.compile(  # what a General Comment paragraph requires of States
    r"\b(should|must|shall|(?:are|is) (?:required|obliged|bound)|obligations?|requires?|ensure|guarantee|"
    r"States parties|incompatible|not permissible|may not|prohibit\w*)\b",
    re.IGNORECASE,
)
_MODIFIER_END = re.compile(r"(?:al|ive|ous|ful|ic|able|ible|ary|less|ed|ly)$")
_FIGURE = re.compile(r"\b\d[\d,.]*\b")
_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMBERED = re.compile(r"(art\.|article|articles|para\w*|no\.|clause|rule|resolution)\s*$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|\d+(?:[.,]\d+)*")


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Passage:
    """A span of a paragraph chosen to quote."""

    paragraph: Paragraph
    span: Span

    @property
    def key(self) -> str:
        return self.paragraph.key

    @property
    def side(self) -> str:
        return self.paragraph.author_type


@dataclass
class Issue:
    """One thing worth asking, with the passages to cite (lead first) and how likely it is to be asked."""

    basis: str
    passages: list[Passage]
    score: float
    subject: str = ""  # the law, institution, figure or event the passages share ("" when none stands out)
    concern: Passage | None = None  # the UN/NGO concern (state-vs-critic)
    claim: Passage | None = None  # the State's claim (state-vs-critic, implementation, missing-data)
    request: Passage | None = None  # what was asked (unanswered, missing-data)
    standard: Passage | None = None  # the General Comment paragraph the claim is set beside (state-vs-standard)
    sources: set[str] = field(default_factory=set)  # doc_ids raising it
    topic: str = ""

    @property
    def keys(self) -> list[str]:
        return [p.key for p in self.passages]

    @property
    def sides(self) -> set[str]:
        return {p.side for p in self.passages}


@dataclass(frozen=True)
class Match:
    """How well a paragraph speaks to the same sub-point as a passage."""

    paragraph: Paragraph
    span: Span
    score: float  # meaning + specific shared words + a shared phrase
    dense: float  # best sentence similarity (multilingual sentence encoder; 0 without one)
    lexical: float  # share of the passage's specific words (beyond the topic's) the paragraph holds
    subject: str  # the shared phrase, as the passage writes it ("" when none)
    rank: int | None = None  # its rank when the passage was searched among the State's paragraphs

    @property
    def same_point(self) -> bool:
        """The same law, institution, figure or event: a shared naming phrase with some other sign (a search for
        the passage ranks it high, related meaning, shared specific words); or a high search rank with shared
        specific words and related meaning; or nearly the same meaning with shared specific words."""
        ranked = self.rank is not None
        rank = self.rank if self.rank is not None else 1_000_000  # not ranked: never "high"
        if self.subject and (rank < 6 or self.dense >= 0.3 or self.lexical >= 0.2):
            return True
        if rank < 3 and self.lexical >= 0.15 and self.dense >= 0.35:
            return True
        if ranked and self.rank == 0 and self.dense >= 0.35:  # what a search for the passage finds first
            return True
        return self.dense >= 0.6 and self.lexical >= 0.1


@dataclass
class Pools:
    """The paragraphs of each side that speak to a topic, most relevant first, with their relevance (0..1)."""

    by_side: dict[str, list[Paragraph]]
    relevance: dict[str, float]

    def hits(self) -> dict[str, list[Hit]]:
        return {side: [Hit(p, self.relevance.get(p.key, 0.0)) for p in items] for side, items in self.by_side.items()}


# ---------------------------------------------------------------- helpers on text


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _content(token: str) -> bool:
    lowered = token.lower()
    return lowered not in STOPWORDS and (len(lowered) > 2 or lowered.isdigit())


def figures(text: str) -> list[str]:
    """Numbers that are figures (not years, not article or paragraph numbers)."""
    found = []
    for match in _FIGURE.finditer(text):
        number = match.group(0).rstrip(".,")
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if _YEAR.match(number) or _NUMBERED.search(before):
            continue
        found.append(number)
    return found


_NOT_IN_A_NAME = frozenset(
    """pose aimed has have had been were was are is be being should would could may might must can will shall did does
    do also not only such this that these those which who whose where when""".split()
)
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december end beginning year
    years month months""".split()
)
_ARTICLE_JOINS = frozenset("of on for to in against with and from by at".split())


def names_something(tokens: Sequence[str]) -> bool:
    """Whether a phrase reads as the name of a law, body, figure or thing ("article 146 of the Criminal Code",
    "national preventive mechanism"), not a stretch of a clause ("aimed at improving", "rights the Paris")."""
    lowered = [t.lower() for t in tokens]
    if any(w in _NOT_IN_A_NAME for w in lowered):
        return False
    for index, word in enumerate(tokens):
        if word[:1].islower() and (word.endswith(("ed", "ly")) or (index == 0 and word.endswith("ing"))):
            return False
        if lowered[index] in ("the", "a", "an") and index > 0 and lowered[index - 1] not in _ARTICLE_JOINS:
            return False
    return True


class PointMatcher:
    """Decides whether two passages are about the same sub-point, and names it."""

    def __init__(self, extractive: ExtractiveAnswerer) -> None:
        self.extractive = extractive
        self.idf = extractive.weights.idf
        rarest = extractive.weights.unknown  # the weight of a word no paragraph holds
        self.specific_idf = min(SPECIFIC_IDF, 0.35 * rarest)
        self.anchor_idf = min(ANCHOR_IDF, 0.45 * rarest)
        self.naming_idf = min(NAMING_IDF, 0.7 * rarest)

    def specific(self, text: str, exclude: Iterable[str] = ()) -> dict[str, float]:
        """The text's terms that can mark a sub-point: rare enough, and not the topic's own words."""
        excluded = set(exclude)
        return {t: self.idf(t) for t in set(terms(text)) if t not in excluded and self.idf(t) >= self.specific_idf}

    def key_phrase(self, text: str) -> str:
        """The most specific naming phrase of a text on its own (what it is about), or ""."""
        return self.shared_phrase(text, text, single=False)

    def shared_phrase(self, text: str, other: str, *, single: bool = True) -> str:
        """The most specific phrase of `text` (2-6 words, starting and ending on a content word, one of them rare)
        that `other` also contains (case-insensitive), as `text` writes it; else a single very rare shared word."""
        tokens = words(text)
        lowered = [t.lower() for t in tokens]
        other_lowered = " " + " ".join(w.lower() for w in words(other)) + " "
        best, best_weight = "", 0.0
        for size in range(6, 1, -1):
            for start in range(len(tokens) - size + 1):
                piece = lowered[start : start + size]
                if not (_content(piece[0]) and _content(piece[-1])):
                    continue
                contents = [w for w in piece if _content(w)]
                if _MODIFIER_END.search(piece[-1]):
                    continue  # "time of the actual": a phrase ends on what it names
                weights = [1.0 if w in _DATE_WORDS else self.idf(stem(w)) if not w.isdigit() else 3.0 for w in contents]
                if len(contents) < 2 or max(weights) < self.anchor_idf:
                    continue
                if " " + " ".join(piece) + " " not in other_lowered:
                    continue
                if not names_something(tokens[start : start + size]):
                    continue
                weight = sum(weights)
                if weight > best_weight:
                    best, best_weight = " ".join(tokens[start : start + size]), weight
        if best or not single:
            return best
        for token, low in zip(tokens, lowered, strict=True):
            rare = _content(low) and not low.isdigit() and self.idf(stem(low)) >= self.naming_idf
            if rare and f" {low} " in other_lowered and names_something([token]):
                return token
        return ""

    def match(
        self,
        passage: Passage,
        paragraph: Paragraph,
        *,
        exclude: Iterable[str] = (),
        similarities: Mapping[str, Any] | None = None,
    ) -> Match:
        """How well `paragraph` (its best sentence) speaks to the passage's sub-point. `similarities`: the sentence
        encoder's per-sentence similarities to the passage, by paragraph key, when already computed."""
        specific = self.specific(passage.span.text, exclude)
        total = sum(specific.values())
        sentences = split_sentences(paragraph.text) or []
        paragraph_terms = set(terms(paragraph.text))
        lexical = sum(w for t, w in specific.items() if t in paragraph_terms) / total if total else 0.0
        dense_row = (similarities or {}).get(paragraph.key)
        best_index, best_value = 0, -1.0
        for index, span in enumerate(sentences):
            value = 0.0
            if dense_row is not None and len(dense_row) == len(sentences):
                value = float(dense_row[index])
            if total:
                value += 0.3 * sum(w for t, w in specific.items() if t in set(terms(span.text))) / total
            if span.words < 5:
                value -= 0.2
            if value > best_value:
                best_index, best_value = index, value
        dense = 0.0
        if dense_row is not None and len(dense_row) == len(sentences) and len(sentences):
            dense = float(max(dense_row))
        subject = self.shared_phrase(passage.span.text, paragraph.text)
        span = sentences[best_index] if sentences else Span(0, len(paragraph.text), paragraph.text)
        score = 0.6 * dense + 0.6 * lexical + (0.3 if subject else 0.0)
        return Match(paragraph, span, score, dense, lexical, subject)


# ---------------------------------------------------------------- finding issues


@dataclass
class _Corpus:
    """What the finder reads again and again, computed once: every paragraph, the State's ones, their terms and
    sentences, and the topics the documents raise."""

    paragraphs: list[Paragraph]
    state: list[Paragraph]
    standard: list[Paragraph]  # the standards layer (General Comments); empty when it is not indexed
    terms: dict[str, set[str]]
    sentences: dict[str, list[Span]]
    topics: TopicIndex


class IssueFinder:
    """Finds the issues of a topic. Safe to share between threads."""

    def __init__(
        self, searcher: Retriever, extractive: ExtractiveAnswerer, documents: Mapping[str, DocumentEntry]
    ) -> None:
        self.searcher = searcher
        self.extractive = extractive
        self.documents = documents
        self.matcher = PointMatcher(extractive)
        self._lock = threading.Lock()
        self._corpus: _Corpus | None = None

    def corpus(self) -> _Corpus:
        with self._lock:
            if self._corpus is None:
                everything = self.searcher.paragraphs()
                # the dialogue's paragraphs: topics, pools and pairs are the dialogue's; the standards layer (ten
                # times its size) is searched only for a State claim's General Comment (standard_issues), else every
                # topic would score the sentences of 6,500 General Comment paragraphs
                paragraphs = [p for p in everything if p.author_type != STANDARD_SIDE]
                self._corpus = _Corpus(
                    paragraphs=paragraphs,
                    state=[p for p in paragraphs if p.author_type == "state"],
                    standard=[p for p in everything if p.author_type == STANDARD_SIDE],
                    terms={p.key: set(terms(p.text)) for p in paragraphs},
                    sentences={p.key: split_sentences(p.text) for p in paragraphs},
                    topics=TopicIndex(paragraphs, self.documents, self.extractive.scorer, self.extractive.weights.idf),
                )
            return self._corpus

    # -- the paragraphs of a topic

    def pools(self, topic: str, *, k: int = 15, per_side: int = 30) -> Pools:
        """Each side's paragraphs that speak to the topic, most relevant first. A paragraph's relevance weighs its
        section (how well the heading names the topic and how close its best paragraphs are in meaning), its own
        closeness in meaning to the topic, and its rank in a search per side. Empty when no search finds the topic
        in the documents."""
        corpus = self.corpus()
        hit_value: dict[str, float] = {}
        for side in DIALOGUE_SIDES:
            hits = self.searcher.search(topic, k=k, source=side, rerank=False)
            if hits and self.extractive.relevance(topic, hits).grounded:
                for rank, hit in enumerate(hits):
                    hit_value[hit.paragraph.key] = 1.0 - 0.04 * rank
        if not hit_value:
            return Pools({side: [] for side in DIALOGUE_SIDES}, {})
        meaning = self._dense(topic, corpus.paragraphs)
        close = {key: float(max(row)) for key, row in meaning.items() if len(row)}
        topics = corpus.topics
        section_score: dict[int, float] = {}
        for index, (section, fit) in enumerate(zip(topics.sections, topics.fit(topic), strict=True)):
            nearest = sorted((close.get(p.key, 0.0) for p in section.paragraphs), reverse=True)[:3]
            section_score[index] = 0.6 * fit + 0.8 * (sum(nearest) / len(nearest) if nearest else 0.0)
        best_section = max(section_score.values(), default=0.0) or 1.0
        best_close = max(close.values(), default=0.0) or 1.0
        position = {id(section): index for index, section in enumerate(topics.sections)}
        relevance: dict[str, float] = {}
        for paragraph in corpus.paragraphs:
            owner = topics.section_of.get(paragraph.key)
            of_section = section_score[position[id(owner)]] / best_section if owner is not None else 0.5
            value = 0.8 * of_section + 0.3 * max(close.get(paragraph.key, 0.0), 0.0) / best_close
            value += 0.3 * hit_value.get(paragraph.key, 0.0)
            relevance[paragraph.key] = value / 1.4
        by_side: dict[str, list[Paragraph]] = {side: [] for side in DIALOGUE_SIDES}
        for paragraph in sorted(corpus.paragraphs, key=lambda p: relevance[p.key], reverse=True):
            if relevance[paragraph.key] < 0.4:
                break
            if len(by_side.setdefault(paragraph.author_type, [])) < per_side:
                by_side[paragraph.author_type].append(paragraph)
        return Pools(by_side, relevance)

    # -- sentences

    def _dense(self, text: str, paragraphs: Sequence[Paragraph]) -> dict[str, Any]:
        scorer = self.extractive.scorer
        if scorer is None or not paragraphs:
            return {}
        try:
            return scorer.similarities(scorer.encode_question(text), list(paragraphs))
        except Exception:  # a refinement only: shared words still pair the passages
            return {}

    def best_sentence(
        self, paragraph: Paragraph, topic: str, marker: re.Pattern | None, *, dense: Mapping[str, Any] | None = None
    ) -> tuple[Span | None, float]:
        """The sentence of the paragraph that best speaks to the topic, preferring one with the marker."""
        weights = self.extractive.question_terms(topic)
        sentences = self.corpus().sentences.get(paragraph.key) or split_sentences(paragraph.text)
        row = (dense if dense is not None else self._dense(topic, [paragraph])).get(paragraph.key)
        best: tuple[Span | None, float] = (None, -1.0)
        for index, span in enumerate(sentences):
            if span.words < 8 or _LIST_OF_BODIES.match(span.text) or not _SENTENCE_START.match(span.text):
                continue
            score = self.extractive.coverage(weights, set(terms(span.text)))
            if row is not None and len(row) == len(sentences):
                score = 0.5 * score + float(row[index])
            if marker is not None and marker.search(span.text):
                score += 0.25
            if span.words > 60:
                score -= 0.1
            score -= 0.01 * index
            if score > best[1]:
                best = (span, score)
        return best

    # -- the State's replies on a sub-point

    def state_matches(
        self,
        passage: Passage,
        *,
        exclude: Iterable[str],
        relevance: Mapping[str, float],
        shortlist: int = 10,
        every: bool = False,
    ) -> list[Match]:
        """State paragraphs about the passage's sub-point (every State reply: written ones and the delegation's in a
        summary record), best first: what a search for the passage finds, and what is closest in meaning; on-topic
        ones and the written replies preferred."""
        corpus = self.corpus()
        exclude = list(exclude)
        hits = self.searcher.search(" ".join(passage.span.text.split()[:60]), k=shortlist, source="state", rerank=False)
        rank = {hit.paragraph.key: index for index, hit in enumerate(hits)}
        dense = self._dense(passage.span.text, corpus.state)
        specific = self.matcher.specific(passage.span.text, exclude)
        total = sum(specific.values()) or 1.0

        def first_look(paragraph: Paragraph) -> float:
            row = dense.get(paragraph.key)
            meaning = float(max(row)) if row is not None and len(row) else 0.0
            shared = sum(w for t, w in specific.items() if t in corpus.terms[paragraph.key]) / total
            return meaning + 0.5 * shared + 0.3 * relevance.get(paragraph.key, 0.0)

        candidates = {hit.paragraph.key: hit.paragraph for hit in hits}
        for paragraph in sorted(corpus.state, key=first_look, reverse=True)[:shortlist] if dense else []:
            candidates.setdefault(paragraph.key, paragraph)
        candidates.pop(passage.key, None)
        matches = []
        for paragraph in candidates.values():
            match = self.matcher.match(passage, paragraph, exclude=exclude, similarities=dense)
            place = rank.get(paragraph.key)
            bonus = 0.35 * (1.0 - place / shortlist) if place is not None else 0.0
            matches.append(replace(match, rank=place, score=match.score + bonus))
        if not every:
            matches = [m for m in matches if m.same_point]
        # on-topic replies first; the written replies before the delegation's words in the room
        matches.sort(
            key=lambda m: m.score + 0.4 * relevance.get(m.paragraph.key, 0.0) - (0.2 if m.paragraph.speaker else 0),
            reverse=True,
        )
        return matches

    # -- state-vs-critic

    def concern_issues(self, topic: str, pools: Pools, *, exclude: Iterable[str], limit: int = 14) -> list[Issue]:
        """A UN or NGO concern beside the State claims on the same sub-point; concerns on one sub-point merged."""
        exclude = list(exclude)
        critics = [p for side in CRITICS for p in pools.by_side.get(side, [])]
        critics.sort(key=lambda p: pools.relevance.get(p.key, 0.0), reverse=True)
        if critics:
            floor = max(0.5, 0.5 * pools.relevance.get(critics[0].key, 0.0))  # on the topic, and near the best
            critics = [p for p in critics[:limit] if pools.relevance.get(p.key, 0.0) >= floor]
        topic_dense = self._dense(topic, critics)
        issues: list[Issue] = []
        for paragraph in critics:
            span, fit = self.best_sentence(paragraph, topic, _CONCERN, dense=topic_dense)
            if span is None or not _CONCERN.search(span.text):
                continue
            concern = Passage(paragraph, span)
            if self._merge(issues, concern, exclude):
                continue
            leads = {issue.claim.key for issue in issues if issue.claim is not None}
            looked_at = self.state_matches(concern, exclude=exclude, relevance=pools.relevance, every=True)
            matches = [m for m in looked_at if m.same_point and m.paragraph.key not in leads]  # one concern a claim
            if not any(m.same_point or self._touches(m) for m in looked_at):  # no State reply speaks to it
                score = 0.8 + 1.2 * pools.relevance.get(paragraph.key, 0.0) + 0.3 * min(fit, 1.0)
                issues.append(Issue("unanswered", [concern], score, concern=concern, sources={paragraph.doc_id},
                                    topic=topic))  # fmt: skip
                continue
            if not matches:
                continue
            lead = matches[0]
            passages = [Passage(lead.paragraph, lead.span), concern]
            if len(matches) > 1 and matches[1].score >= 0.85 * lead.score:
                passages.append(Passage(matches[1].paragraph, matches[1].span))
            score = 1.0 + 1.2 * pools.relevance.get(paragraph.key, 0.0) + 0.3 * min(fit, 1.0)
            score += 0.3 * min(lead.score, 1.2) + 0.3 * pools.relevance.get(lead.paragraph.key, 0.0)
            if _TREATY_BODY.search(paragraph.text):
                score += 0.2
            issues.append(
                Issue(
                    "state-vs-critic",
                    passages,
                    score,
                    subject=lead.subject,
                    concern=concern,
                    claim=Passage(lead.paragraph, lead.span),
                    sources={paragraph.doc_id, lead.paragraph.doc_id},
                    topic=topic,
                )
            )
        return issues

    def _merge(self, issues: list[Issue], concern: Passage, exclude: list[str]) -> bool:
        """Fold a concern into an issue already found whose concern says the same (a shared naming phrase and
        related meaning, or nearly the same meaning): the issue gains a source and, when it cites fewer than three
        passages, the quote (a second concern outranks a second State paragraph)."""
        for issue in issues:
            if issue.concern is None:
                continue
            between = self.matcher.match(
                issue.concern, concern.paragraph, exclude=exclude,
                similarities=self._dense(issue.concern.span.text, [concern.paragraph]),
            )  # fmt: skip
            if not ((between.subject and between.dense >= 0.45) or between.dense >= 0.62):
                continue
            if concern.paragraph.doc_id not in issue.sources:
                issue.score += 0.3
            issue.sources.add(concern.paragraph.doc_id)
            if concern.key not in issue.keys:
                if len(issue.passages) >= 3 and issue.passages[2].side not in CRITICS:
                    issue.passages = issue.passages[:2]
                if len(issue.passages) < 3:
                    issue.passages.append(concern)
            return True
        return False

    # -- unanswered and missing data

    def request_issues(self, topic: str, pools: Pools, *, exclude: Iterable[str]) -> list[Issue]:
        """Questions asked (Committee side, or NGOs suggesting them) that no State reply answers, and figures asked
        for that the State's paragraphs on the sub-point do not give."""
        exclude = list(exclude)
        askers = [p for p in pools.by_side.get("committee", []) if (p.speaker_role or "") != DELEGATION_ROLE][:6]
        askers += [p for p in pools.by_side.get("ngo", []) if _SUGGESTED_QUESTION.search(p.text)][:6]
        askers += [p for p in pools.by_side.get("un", []) if _DATA_MISSING.search(p.text)][:3]
        issues: list[Issue] = []
        dense = self._dense(topic, askers)
        for paragraph in askers:
            asked = _ASKED if paragraph.author_type == "committee" else _SUGGESTED_QUESTION
            for marker, basis in ((_DATA_MISSING, "missing-data"), (asked, "unanswered")):
                span, fit = self.best_sentence(paragraph, topic, marker, dense=dense)
                if span is None or not marker.search(span.text):
                    continue
                if basis == "unanswered" and paragraph.author_type == "un":
                    continue
                request = Passage(paragraph, span)
                matches = self.state_matches(request, exclude=exclude, relevance=pools.relevance)
                if basis == "missing-data":
                    if not _DATA.search(span.text):
                        continue
                    if any(m.lexical >= 0.3 and figures(m.paragraph.text) for m in matches[:3]):
                        continue  # the State gave figures on it
                    passages = [request] + [Passage(m.paragraph, m.span) for m in matches[:1]]
                else:
                    if any(self._answers(m) for m in matches):
                        continue
                    passages = [request] + [Passage(m.paragraph, m.span) for m in matches[:1]]
                score = 0.9 + 1.2 * pools.relevance.get(paragraph.key, 0.0) + 0.3 * min(fit, 1.0)
                issues.append(
                    Issue(
                        basis,
                        passages,
                        score,
                        subject=matches[0].subject if matches else "",
                        request=request,
                        claim=passages[1] if len(passages) > 1 else None,
                        sources={paragraph.doc_id},
                        topic=topic,
                    )
                )
                break
        return issues

    @staticmethod
    def _touches(match: Match) -> bool:
        """Whether a State reply may speak to a concern at all (too loosely to pair them, enough not to call the
        concern unanswered)."""
        return bool(match.subject) or (match.rank is not None and match.rank < 3 and match.dense >= 0.25)

    @staticmethod
    def _answers(match: Match) -> bool:
        """A State reply answers a question when it holds most of its specific words, or says nearly the same, or
        names the same thing in three words or more and holds many of its words ("grounds on which local authorities
        may refuse permission for events" answers "possible grounds on which the authorities could refuse permission
        for events": the question was drafted as "not answered in any State reply" above that very reply)."""
        if match.subject and len(match.subject.split()) >= 3 and match.lexical >= 0.4:
            return True
        return match.lexical >= 0.55 or match.dense >= 0.62 or (match.lexical >= 0.4 and match.dense >= 0.5)

    # -- implementation

    def measure_issues(
        self, topic: str, pools: Pools, taken: set[str], *, exclude: Iterable[str], limit: int = 10
    ) -> list[Issue]:
        """State measures (a new law, body, plan) on the topic whose effect the State's paragraphs do not show."""
        exclude = list(exclude)
        state = [p for p in pools.by_side.get("state", []) if not p.speaker][: 2 * limit]
        dense = self._dense(topic, state)
        issues: list[Issue] = []
        for paragraph in state:
            if paragraph.key in taken or len(issues) >= limit:
                continue
            span, fit = self.best_sentence(paragraph, topic, _MEASURE, dense=dense)
            if span is None or not _MEASURE.search(span.text):
                continue
            claim = Passage(paragraph, span)
            passages = [claim]
            neighbours = [p for p in state if p.key != paragraph.key]
            near = self._dense(span.text, neighbours)
            partners = [self.matcher.match(claim, p, exclude=exclude, similarities=near) for p in neighbours]
            partners = [m for m in partners if m.same_point and m.score >= 0.55]
            partners.sort(key=lambda m: m.score, reverse=True)
            passages += [Passage(m.paragraph, m.span) for m in partners[:1]]
            score = 0.6 + 1.2 * pools.relevance.get(paragraph.key, 0.0) + 0.3 * min(fit, 1.0)
            issues.append(
                Issue(
                    "implementation",
                    passages,
                    score,
                    subject=partners[0].subject if partners else "",
                    claim=claim,
                    sources={paragraph.doc_id},
                    topic=topic,
                )
            )
        return issues

    # -- state-vs-standard

    @staticmethod
    def _strong_standard(match: Match) -> bool:
        """A General Comment paragraph on the claim's own sub-point: a shared naming phrase with related meaning, or
        most of the claim's specific words with related meaning, or nearly the same meaning with shared specific
        words; and the sentence sets what States must do."""
        if not _NORM.search(match.span.text):
            return False
        if match.subject and (match.dense >= 0.45 or match.lexical >= 0.3):
            return True
        return (match.lexical >= 0.45 and match.dense >= 0.4) or (match.dense >= 0.65 and match.lexical >= 0.2)

    def standard_issues(self, topic: str, pools: Pools, *, exclude: Iterable[str], limit: int = 6) -> list[Issue]:
        """The topic's most relevant State claims, each beside the General Comment paragraph on the same sub-point
        that says what the treaty requires (the Committee's general reading); nothing without the standards layer."""
        if not self.corpus().standard:
            return []
        exclude = list(exclude)
        claims = [p for p in pools.by_side.get("state", []) if not p.speaker][:limit]
        topic_dense = self._dense(topic, claims)
        issues: list[Issue] = []
        for paragraph in claims:
            span, fit = self.best_sentence(paragraph, topic, _MEASURE, dense=topic_dense)
            if span is None:
                continue
            claim = Passage(paragraph, span)
            hits = self.searcher.search(" ".join(span.text.split()[:60]), k=5, source=STANDARD_SIDE, rerank=False)
            found = [hit.paragraph for hit in hits if hit.paragraph.author_type == STANDARD_SIDE]
            near = self._dense(span.text, found)
            matches = [
                replace(self.matcher.match(claim, p, exclude=exclude, similarities=near), rank=rank)
                for rank, p in enumerate(found)
            ]
            strong = sorted((m for m in matches if self._strong_standard(m)), key=lambda m: m.score, reverse=True)
            if not strong:
                continue
            best = strong[0]
            reading = Passage(best.paragraph, best.span)
            score = 0.5 + 1.0 * pools.relevance.get(paragraph.key, 0.0) + 0.3 * min(fit, 1.0)
            score += 0.3 * min(best.score, 1.2)
            issues.append(
                Issue(
                    STANDARD_BASIS,
                    [claim, reading],
                    score,
                    subject=best.subject,
                    claim=claim,
                    standard=reading,
                    sources={paragraph.doc_id, best.paragraph.doc_id},
                    topic=topic,
                )
            )
        return issues

    # -- all of them

    def find(self, topic: str, pools: Pools | None = None, *, claim_on_topic: float = CLAIM_ON_TOPIC) -> list[Issue]:
        """Every issue of the topic, most likely first. `claim_on_topic`: how much the State claim's relevance to the
        topic adds (the briefing pack passes 0: its topics are the State's own sections, whose claims are all on it)."""
        pools = pools if pools is not None else self.pools(topic)
        exclude = set(terms(topic))
        issues = self.concern_issues(topic, pools, exclude=exclude)
        issues += self.request_issues(topic, pools, exclude=exclude)
        taken = {key for issue in issues for key in issue.keys}
        issues += self.measure_issues(topic, pools, taken, exclude=exclude)
        issues += self.standard_issues(topic, pools, exclude=exclude)
        for issue in issues:  # a question probes the State's own account of the topic
            claim = issue.claim or next((p for p in issue.passages if p.side == "state"), None)
            if claim is not None:
                issue.score += claim_on_topic * pools.relevance.get(claim.key, 0.0)
        issues.sort(key=lambda issue: issue.score, reverse=True)
        return issues
