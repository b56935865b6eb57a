"""Hybrid search over the paragraph index: three dense rankings (Chroma) and one lexical (bm25s), fused per paragraph.

How a query is scored (each lever measured: `python bench/bench_retrieval.py --levers`), by the Blend of its script:
- Dense: bge-small-en-v1.5, e5 and USE each store every paragraph whole (speaker prefixed in the summary record; a
  model that stores windows scores a paragraph as its best window). Latin-script queries (LATIN_BLEND) add the e5
  and bge cosines. A mostly-Cyrillic query (CYRILLIC_BLEND) uses e5 and USE, each standardised to z-scores (e5's
  cosines spread far less than USE's); bge (English only) and BM25 do not cross languages. The dense models read
  the query without the name of the State under review, which every dialogue document's title names ("in
  Kazakhstan", "в Казахстане"): it only pulled the query towards paragraphs that happen to name it.
  The vectors live in Chroma; while a collection holds at most EXACT_MAX_WINDOWS vectors they are read once at
  open and every query is scored exactly with numpy (no HNSW recall loss, about 1 ms); a bigger collection is
  queried through Chroma's HNSW index (ef_search raised) for CANDIDATE_WINDOWS windows per model, by way of
  LangChain's Chroma vector store (langchain-chroma) over the same collection.
- Lexical: BM25 over whole paragraphs, scaled per query (median -> 0, best -> 1). A Russian query has no words in
  common with the English paragraphs: its English gloss (retrieval/terms_ru.py: "травля" -> bullying, word starts
  such as "tortur" read as the index's shortest word that starts so) is matched instead, at the blend's gloss weight.
- Closest sentence (English questions the cross-encoder does not re-rank): each of the fused best
  SENTENCE_CANDIDATES gains LATIN_BLEND.sentence_weight × the cosine of its sentence closest to the question
  (retrieval/sentence_vectors.py, the vectors answers keep), so a fact one sentence of a long paragraph gives counts.
- Actor prior (retrieval/actors.py): a question that names an actor ("the UN", "NGOs", "the delegation", "the
  Committee against Torture", a Committee member's surname taken from the corpus, the Chair by title) adds the
  blend's actor weight per match to paragraphs of that side / mechanism / speaker. It re-orders close candidates;
  it does not filter (use `source` for that).
- Layers: the standards layer's paragraphs are lowered by the blend's standards offset, unless the question names
  the standards or its wording leans to them (retrieval/routing.py: "What must a State...", "Должны ли...").
- Acronyms: GLOSSARY spells out subject-matter acronyms ("ICCPR" -> "... the Covenant") next to the query text.

`clean_query` is the one gate for query text: control characters removed, whitespace collapsed, empty rejected,
more than MAX_QUERY_CHARS characters rejected (not truncated: a cut question would silently ask something else).
The Searcher holds only read-only data after open and the encoders serialise their own calls, so one instance is
shared by every thread.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from prepbot.core.errors import BadInput, IndexMissing, unknown_document
from prepbot.core.records import DocumentEntry, Hit, Paragraph
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import CHAIR_ROLE, SIDES, STANDARD_SIDE
from prepbot.retrieval import actors, routing, sentence_vectors, terms_ru
from prepbot.retrieval.provisions import articles_in, articles_named
from prepbot.retrieval.rerank import RERANK_CANDIDATES, RERANK_GLOSS_WEIGHT, RERANK_WEIGHT, CrossEncoderReranker
from prepbot.retrieval.sentence_vectors import SentenceScorer
from prepbot.retrieval.standards import COMMITTEE_ACRONYMS, COMMITTEES

MAX_QUERY_CHARS = 2000
SIMILARITY_MODEL = "e5"  # whose raw cosine each Hit carries as `similarity` (answers use it to say "not found")


@dataclass(frozen=True)
class Blend:
    """How the queries of one script are scored: weighted dense models, BM25 and the actor prior, summed.

    With `standardise`, each dense model's paragraph scores are first turned into z-scores (over the paragraphs the
    filters allow), so that models whose cosines spread differently count as their weights say; the lexical and
    actor weights are then in standard deviations too."""

    models: tuple[tuple[str, float], ...]  # (dense model, weight)
    standardise: bool = False
    lexical_weight: float = 0.0
    gloss_weight: float = 0.0  # BM25 of the query's English gloss (terms_ru.english_gloss): for Russian queries
    actor_weight: float = 0.0
    # Dialogue first: subtracted from the standards layer's paragraphs unless the question names the standards
    # ("general comment", "treaty bodies", "замечание общего порядка"...) or is worded about them (routing.lean), or
    # the search is filtered to them. The standards are ten times the dialogue; without it they crowd dialogue
    # answers out of the top results.
    standards_offset: float = 0.0
    # Added to the standards layer's paragraphs (instead of the offset taken off) when the question's wording leans
    # to them (retrieval/routing.py: "What must a State...", "Does the Covenant...", "Должны ли..."). 0: above 0
    # (up to 0.3 English, 1.5 sd Russian) no development question moved; what they miss is missed inside the layer.
    standards_lift: float = 0.0
    # A question about the standards ("Что Комитет по правам человека говорит о собраниях?") is read by the dense
    # models without the names of the mechanisms it names: the actor prior favours that mechanism's paragraphs
    # already, and without the lexical models to carry the topic (a Russian query) a long body name outweighs a
    # short topic and finds General Comments about the body itself. In the dialogue the name stays: it also names
    # the subject ("Комитет против пыток": torture). Probe Russian MRR@10 0.754 either way; the Human Rights
    # Committee's General Comment 37 found for "спонтанных собраниях" instead of General Comment 33.
    drop_mechanism_names: bool = False
    # Subtracted from the General Comments' paragraphs that describe the General Comment itself ("The present general
    # comment addresses..."): they name a topic without saying anything of it, and a Russian query, which its English
    # gloss's keywords carry, finds them too often (SELF_DESCRIPTION). Measured in bench/STANDARDS.md.
    self_description_offset: float = 0.0
    # Added × a paragraph's closest sentence (the cosine of the multilingual sentence encoder's vectors of the question
    # and of each of its sentences: retrieval/sentence_vectors.py), for the fused best SENTENCE_CANDIDATES of a
    # person's question that the cross-encoder does not re-rank (it reads each paragraph's sentences itself). A
    # paragraph's whole-text vectors blur a fact its last sentence gives ("..., 1,799 applications for authorization
    # were filed, of which 236 were granted." at the end of 200 words of penalties).
    sentence_weight: float = 0.0
    # Added to the paragraphs that name an article the question names ("Were journalists charged under article
    # 174?", "по статье 488 КоАП": provisions.articles_in): a number is a word the dense models barely read and
    # BM25 weighs like any other. Stop 44, the dialogue index, development sets' answerable questions (English 492,
    # Russian 269), R@5 / MRR@10: English 471 / 0.864 at every weight from 0.1 to 0.4 (MRR 0.865); Russian 249 /
    # 0.808 -> 250 / 0.812 at 0.5 sd, 250 / 0.813 at 1 and 2 sd; with the standards, their sets unchanged.
    # Shipped: 0.2 (English), 1 sd (Russian). `bench_retrieval.py --levers articles` prints the table for a file.
    article_weight: float = 0.0


# English: 3 x e5 + 2 x bge paragraph cosines (e5's cosines spread less widely), BM25 at 0.2 (its scale: median 0,
# best 1), actor prior 0.2, standards offset 0.1. bge-small-en-v1.5 replaced all-MiniLM-L6-v2's windows (1 x MiniLM
# + 4 x e5): with the standards indexed, English R@5 / MRR@10 went standards.jsonl 0.833 / 0.624 -> 0.867 / 0.667,
# standards2 0.800 / 0.672 -> 0.850 / 0.690, probe 0.950 / 0.798 -> 0.967 / 0.868, facts2 0.933 / 0.861 -> 0.956 /
# 0.880, dev 1.000 / 0.861 -> 0.967 / 0.869 (e5 4 + bge 1.5 or 2.5, BM25 0.15 or 0.3, offset 0.05 or 0.2, actor
# 0.3, USE added: within about a question of these; bge on 40-word windows, or MiniLM kept beside bge: worse on the
# standards). Before, the standards offset 0.1 took probe English MRR@10 0.785 -> 0.806 (bench --levers standards).
# The closest sentence at 0.25 (stop 39; the 17 dialogue development sets' 411 English answerable questions,
# dialogue index, R@5 392 -> 396, MRR@10 0.854 -> 0.871; 0.5: 396, 0.874; 1: 397, 0.867; 2: 389, 0.853; with the
# standards, the 11 sets of `prepbot eval` there, 321 English ones: 290 -> 291, 0.791 -> 0.799. Added before the
# cross-encoder to the questions it re-ranks too, it moved standards2 R@5 0.800 -> 0.775 and dev MRR on that index;
# added to the dialogue's paragraphs only, standards3 0.644 -> 0.600: the dialogue crowded the standards out).
LATIN_BLEND = Blend(
    models=(("e5", 3.0), ("bge", 2.0)), lexical_weight=0.2, actor_weight=0.2, standards_offset=0.1,
    sentence_weight=0.25, article_weight=0.2,
)  # fmt: skip
# Russian against English text: bge and BM25 do not cross languages; e5 is the strongest, USE adds to it. BM25
# of the question's English gloss at 1.0 (tuning sets, Russian R@5 / MRR@10: standards 0.60 / 0.43 -> 0.80 / 0.57,
# standards2 0.45 / 0.29 -> 0.55 / 0.42, probe 0.867 / 0.741 -> 0.900 / 0.810; 1.5 about the same, 3.0 worse on the
# dialogue; the gloss through MiniLM, the former English model, or e5 instead did not help).
CYRILLIC_BLEND = Blend(
    models=(("e5", 1.0), ("use", 0.5)), standardise=True, gloss_weight=1.0, actor_weight=0.5, standards_offset=0.5,
    drop_mechanism_names=True, self_description_offset=0.5,
    article_weight=1.0,
)  # fmt: skip
# (no closest-sentence term for Russian: z-scored over the candidates at 0.125-0.5 sd the 223 Russian answerable
# questions' R@5 went 209 -> 210, 209, 207; by e5's sentence vectors instead, 208-204 at 0.1-1 sd: no gain)
SENTENCE_CANDIDATES = 30  # the fused best that the closest sentence re-scores
# A General Comment's paragraph about the General Comment itself: "The present general comment...", "This general
# recommendation..." (274 of the 6,488 paragraphs)
SELF_DESCRIPTION = re.compile(r"\b(?:the present|this) general (?:comment|recommendation)\b", re.IGNORECASE)


# The verdicts (routing.lean) whose questions are re-ranked, by script. An English question that leans neither way is
# re-ranked too: on a third development set of questions about the standards, written from randomly drawn paragraphs
# (45: 15 English, 30 Russian), most of its English questions were neutral, and English R@5 / MRR@10 went 0.333 /
# 0.209 -> 0.467 / 0.271; standards.jsonl English MRR@10 0.701 -> 0.749; the dialogue sets' English questions kept
# their figures (dev MRR@10 0.830 -> 0.828, probe 0.874 -> 0.882). A Russian one is read as its gloss, a bag of
# words, which orders the dialogue's paragraphs worse: re-ranking its neutral questions took nearmiss.jsonl's Russian
# MRR@10 0.812 -> 0.719, so only those leaning to the standards are.
# With the glossary grown (150 entries), re-ranking Russian neutral ones lost standards3's Russian R@5 0.700 -> 0.633.
_RERANKED = {False: (routing.STANDARD, routing.NEUTRAL), True: (routing.STANDARD,)}
# A neutral question is re-ranked only when the fused ranking's first RERANK_CANDIDATES hold a General Comment: one
# about this review whose candidates are all the dialogue's keeps its fused order and does not pay for the model (the
# same figures on every development set as re-ranking them all).
NEUTRAL_MIN_STANDARDS = 1


@dataclass(frozen=True)
class FusionConfig:
    """How rankings are fused. The defaults are what ships; bench/bench_retrieval.py --levers varies them."""

    latin: Blend = LATIN_BLEND  # a query in Latin script
    cyrillic: Blend = CYRILLIC_BLEND  # a mostly-Cyrillic (Russian) query
    expand_shorthand: bool = True  # append GLOSSARY expansions of acronyms to the query


# A Russian question's gloss word start ("tortur") is matched as the best of the index's words that start so, the
# shortest this many ("torture", "tortured", "torturers", ...): a paragraph's own form of the word counts
GLOSS_FORMS = 8
# A name a Russian question spells in Cyrillic is looked for in its Latin spelling, unless more than this share of the
# dialogue's paragraphs write it ("Казахстане": Kazakhstan, in 27% of them). The Russian development questions of the
# dialogue (429), R@5 399 -> 402, MRR 0.812 -> 0.821 (0.05 and 0.2 the same); the standards' 80 unchanged
COMMON_WORD_SHARE = 0.1
SPEAKER_PRIOR = 2.0  # the actor prior of a named speaker's paragraphs, against 1 for a named side or mechanism
CANDIDATE_WINDOWS = 1000  # windows fetched from each Chroma collection (HNSW path) before fusing per paragraph
EXACT_MAX_WINDOWS = 200_000  # up to this many windows, vectors are loaded from Chroma at open and scored exactly

# Subject-matter acronyms people type, and the words the documents use instead. Appended to the query text (the
# original words stay), for the dense models and BM25 alike. Names of bodies (CAT, CEDAW, UPR...) are not expanded:
# the actor prior handles them, and spelling them out pulls the query towards the body instead of the topic.
GLOSSARY = {
    "ICCPR": "International Covenant on Civil and Political Rights, the Covenant",
    "UNCAT": "Convention against Torture",
    "OPCAT": "Optional Protocol to the Convention against Torture",
    "NPM": "national preventive mechanism",
    "NHRI": "national human rights institution, Ombudsman",
    "CSO": "civil society organization",
    "CSOs": "civil society organizations",
    "GBV": "gender-based violence",
    "MSM": "men who have sex with men",
    "HRD": "human rights defender",
    "HRDs": "human rights defenders",
    "KNB": "National Security Committee",
    "UNCT": "United Nations country team",
    "UNSCR": "Security Council resolution",
    "SIZO": "remand prison, pre-trial detention facility",
    "CCTV": "video surveillance cameras",
    "AI": "artificial intelligence",
    "МПГПП": "Международный пакт о гражданских и политических правах",
}
# (a Latin acronym in lower case too, as typed on a phone: "what did korkelia ask about the npm")
_GLOSSARY = [
    (re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", 0 if re.search("[а-яёА-ЯЁ]", term) else re.IGNORECASE), expansion)
    for term, expansion in GLOSSARY.items()
]
# The treaty bodies that do not speak in the dialogue, whose views the compilation reports by their full names ("The
# Committee on the Elimination of Discrimination against Women recommended..."), typed as their English or Russian
# acronyms: their names are added to a question naming this review's world (routing.names_the_dialogue), not to one
# on the General Comments, where a long name outweighs its subject (Russian standards R@5 57 -> 54 of 80 when added
# to all; 55 when added to questions that name only "государство", the State in general). The acronyms and names are
# standards.COMMITTEE_ACRONYMS and COMMITTEES; the dialogue's own bodies (CAT, the Human Rights Committee), which
# actors.MECHANISM_PATTERNS knows by their acronyms, are left out.
BODY_NAMES = {
    acronym: name
    for code, acronyms in COMMITTEE_ACRONYMS.items()
    if (name := COMMITTEES[code]) not in actors.MECHANISM_PATTERNS
    for acronym in acronyms.split("|")
}
_BODY_NAMES = [(re.compile(rf"(?<!\w){re.escape(acronym)}(?!\w)"), name) for acronym, name in BODY_NAMES.items()]
# The UN's English for the State's institutions beside everyday English: the State report translates прокурор as
# "procurator" (62 times), the NGOs, the CAT and the record write "prosecutor" (16). A query with one word gets the
# other appended, as a shorthand's expansion is.
WORDINGS = {
    r"prosecutor\w*|prosecution (?:office|service)": "procurator, procuratorial",
    r"procurat\w*": "prosecutor",
    # "the minimum age of criminal responsibility": the documents write "criminal liability" only
    r"criminal(?:ly)? responsib\w*": "criminal liability",
    # the term of art, which the NGOs write out: "The right to refuse military service ... continues to be denied"
    r"conscientious(?:ly)? object\w*": "refuse military service",
    # the State report's term for pretrial detention ("13,600 applications for remand in custody ... were examined")
    r"pre-?trial detention": "remand in custody",
    # what a complaint machine in a prison is to the documents: "The terminals for filing complaints do not work"
    r"kiosks?\b": "terminals",
    # what a delegate types for the documents' terms ("kids picked up in January", "shady recruitment middlemen",
    # "inmates cutting themselves", "the arrest was not filmed")
    r"(?:picked|rounded) up\b": "arrested, detained",
    r"middlem[ae]n\b": "intermediaries",
    r"cut(?:ting|s)? themselves|self-?(?:cutting|injur\w*|mutilat\w*)": "self-harm",
    r"film(?:ed|ing)\b": "video recorded",
    r"cops?\b": "police",
    r"(?:sacked|laid off)\b": "dismissed",
    r"(?:hid|hide|hides|hiding|hidden)\b": "conceal",
    # "how many torture cases went to court": the State's "criminal cases were referred to the courts"
    r"(?:went|go|goes|gone|got|made it|brought|taken|sent)\s+to\s+(?:the\s+)?courts?\b": "referred to the courts",
}
_WORDINGS = [(re.compile(rf"\b{pattern}", re.IGNORECASE), expansion) for pattern, expansion in WORDINGS.items()]
# Everyday words the checks read as the documents' words, but which the search is not sent after: "kids" counted are
# the record's "29 minors", but "children, minors" added to "how many kids went to the psychological support
# centres" ranks the family support centres' "certain categories of citizen" above the record's "200,000 children"
# (stop 67); "debates" held in a council are the documents' "discussion", "court hearings" held online their "legal
# proceedings", "aggravating" elements of an offence their "qualifying" or "categorizing" ones (stop 69)
READ_AS = {
    r"kids?\b": "children, minors",
    r"debat(?:e|es|ed|ing)\b": "discussion",
    r"hearings?\b": "proceedings",
    r"aggravat\w*": "qualifying, categorizing",
}
_READ_AS = [
    *_WORDINGS,
    *((re.compile(rf"\b{pattern}", re.IGNORECASE), reading) for pattern, reading in READ_AS.items()),
]
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_WHITESPACE = re.compile(r"\s+")


def clean_query(text: Any) -> str:
    """The query as searched: control characters removed, whitespace collapsed; BadInput when unusable."""
    if text is None:
        raise BadInput("The question is empty: type what you want to find.")
    if not isinstance(text, str):
        raise BadInput("The question must be text.")
    if len(text) > MAX_QUERY_CHARS * 2:
        raise BadInput(
            f"The question is too long ({len(text)} characters; at most {MAX_QUERY_CHARS}). Ask about one topic."
        )
    # Control and format characters (Cc, Cf: NUL, ESC, zero-width...) become spaces; tabs/newlines are whitespace.
    chars = [" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else ch for ch in text]
    cleaned = _WHITESPACE.sub(" ", "".join(chars)).strip()
    if not cleaned:
        raise BadInput("The question is empty: type what you want to find.")
    if len(cleaned) > MAX_QUERY_CHARS:
        raise BadInput(
            f"The question is too long ({len(cleaned)} characters; at most {MAX_QUERY_CHARS}). Ask about one topic."
        )
    if not re.search(r"\w", cleaned):
        raise BadInput("The question has no words in it: type what you want to find.")
    return _PHONE_SPELLING_RU.sub(_as_spelled, _MIXED_SCRIPT.sub(_one_script, cleaned))


# Russian words as typed on a phone, and as they are spelled: «скока людей сидит» asks "how many" as «сколько» does
PHONE_SPELLINGS_RU = {"скока": "сколько", "скоко": "сколько", "скока-то": "сколько-то", "щас": "сейчас"}
_PHONE_SPELLING_RU = re.compile(rf"(?<![\w-])(?:{'|'.join(PHONE_SPELLINGS_RU)})(?![\w-])", re.IGNORECASE)


def _as_spelled(match: re.Match[str]) -> str:
    """The word as spelled (PHONE_SPELLINGS_RU), capitalised as typed."""
    typed = match.group(0)
    spelled = PHONE_SPELLINGS_RU[typed.lower()]
    return spelled.capitalize() if typed[:1].isupper() else spelled


# Latin and Cyrillic letters that look alike: a phone keyboard switched mid-word types "корkелия" for "коркелия"
_LATIN_LOOKALIKES = str.maketrans("aceopxykmthbACEOPXYKMTHB", "асеорхукмтнвАСЕОРХУКМТНВ")
_CYRILLIC_LOOKALIKES = str.maketrans("асеорхукмтнвАСЕОРХУКМТНВ", "aceopxykmthbACEOPXYKMTHB")
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[а-яёА-ЯЁ])\w+\b")


# A keyboard switched once within a Latin name: "Корkelia" was typed by sound, its Cyrillic part is "Kor", not "Kop"
_SWITCHED_TO_LATIN = re.compile(r"[а-яёА-ЯЁ]{2,}[a-zA-Z]+|[a-zA-Z]+[а-яёА-ЯЁ]{2,}")


def _one_script(match: re.Match[str]) -> str:
    """A word typed in both scripts, in the script most of its letters are in ("корkелия" -> "коркелия"), when its
    letters of the other script all have a look-alike; else as typed. A mostly Latin word that starts or ends with a
    run of Cyrillic letters takes their sound ("Корkelia" -> "Korkelia")."""
    word = match.group(0)
    cyrillic = sum(1 for ch in word if "а" <= ch.lower() <= "я" or ch.lower() == "ё")
    latin = sum(1 for ch in word if "a" <= ch.lower() <= "z")
    if latin > cyrillic and _SWITCHED_TO_LATIN.fullmatch(word):
        spelled = "".join(actors.transliterate(ch) if not ch.isascii() else ch for ch in word)
        return spelled[:1].upper() + spelled[1:] if word[:1].isupper() else spelled
    fixed = word.translate(_LATIN_LOOKALIKES if cyrillic >= latin else _CYRILLIC_LOOKALIKES)
    mixed = re.search(r"[a-zA-Z]", fixed) and re.search(r"[а-яёА-ЯЁ]", fixed)
    return word if mixed else fixed


def expand_query(text: str) -> str:
    """The query with the GLOSSARY expansion of any shorthand it uses appended: "ICCPR" -> "... (International
    Covenant on Civil and Political Rights, the Covenant)"; and the documents' other wording of a word (WORDINGS):
    "prosecutors" -> "... (procurator, procuratorial)"."""
    extra = [expansion for pattern, expansion in [*_GLOSSARY, *_WORDINGS] if pattern.search(text)]
    return f"{text} ({'; '.join(extra)})" if extra else text


def documents_wordings(text: str) -> list[tuple[str, str]]:
    """The words of the text that the documents write another way (WORDINGS), each with that wording: "kids picked
    up" -> [("kids", "children, minors"), ("picked up", "arrested, detained")]; READ_AS too."""
    return [(match.group(0), expansion) for pattern, expansion in _READ_AS for match in pattern.finditer(text)]


def documents_wording(text: str) -> list[str]:
    """The documents' other wording of the text's words (WORDINGS, READ_AS): "criminal responsibility" ->
    ["criminal liability"]."""
    return [expansion for pattern, expansion in _READ_AS if pattern.search(text)]


def documents_words(text: str) -> list[str]:
    """documents_wording, each wording on its own: "kids" -> ["children", "minors"]."""
    return [other for wording in documents_wording(text) for other in wording.split(", ")]


def body_names(text: str) -> list[str]:
    """The full names of the treaty bodies the text names by acronym (BODY_NAMES): "What did CEDAW recommend?" ->
    ["Committee on the Elimination of Discrimination against Women"]."""
    return list(dict.fromkeys(name for pattern, name in _BODY_NAMES if pattern.search(text)))


def with_body_names(text: str) -> str:
    """The query with the body_names it does not already write appended."""
    names = [name for name in body_names(text) if name not in text]
    return f"{text} ({'; '.join(names)})" if names else text


def is_cyrillic(text: str) -> bool:
    """True when most letters of the text are Cyrillic (a Russian question)."""
    letters = _LETTER.findall(text)
    if not letters:
        return False
    return sum(1 for ch in letters if _CYRILLIC.match(ch)) / len(letters) >= 0.5


def standardised(scores: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Scores as z-scores over the allowed paragraphs (all zero when they do not vary)."""
    visible = scores[allowed]
    spread = float(visible.std()) if visible.size else 0.0
    if spread <= 1e-12:
        return np.zeros_like(scores)
    return (scores - float(visible.mean())) / spread


@dataclass(frozen=True)
class WindowVectors:
    """One model's window vectors, grouped by paragraph, for exact scoring: best window cosine per paragraph."""

    matrix: np.ndarray  # (windows, dim) float32, rows L2-normalised, ordered by paragraph position
    starts: np.ndarray  # first row of each paragraph that has windows
    owners: np.ndarray  # paragraph position of each group in `starts`

    @classmethod
    def load(cls, collection: Any, positions: dict[str, int], page: int = 5000) -> WindowVectors:
        rows: list[tuple[int, np.ndarray]] = []
        offset = 0
        while True:
            batch = collection.get(include=["embeddings"], limit=page, offset=offset)
            ids = batch["ids"]
            if not len(ids):
                break
            for window_id, vector in zip(ids, batch["embeddings"], strict=True):
                position = positions.get(window_id.rsplit("#", 1)[0])
                if position is not None:
                    rows.append((position, np.asarray(vector, dtype=np.float32)))
            offset += len(ids)
        if not rows:
            raise ValueError("the collection holds no vectors")
        return cls.from_arrays(np.array([position for position, _ in rows]), np.vstack([v for _, v in rows]))

    @classmethod
    def from_arrays(cls, owners_per_row: np.ndarray, matrix: np.ndarray) -> WindowVectors:
        """owners_per_row[i] is the paragraph position of row i of matrix."""
        order = np.argsort(owners_per_row, kind="stable")
        owners_per_row = np.asarray(owners_per_row)[order]
        matrix = np.asarray(matrix, dtype=np.float32)[order]
        matrix = matrix / np.clip(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12, None)
        starts = np.flatnonzero(np.r_[True, owners_per_row[1:] != owners_per_row[:-1]])
        return cls(matrix=matrix, starts=starts, owners=owners_per_row[starts])

    def best_per_paragraph(self, vector: np.ndarray, paragraphs: int) -> np.ndarray:
        query = np.asarray(vector, dtype=np.float32)
        query = query / max(float(np.linalg.norm(query)), 1e-12)
        similarities = self.matrix @ query
        best = np.maximum.reduceat(similarities, self.starts).astype(np.float64)
        out = np.full(paragraphs, float(best.min()))
        out[self.owners] = best
        return out


class Searcher:
    """The loaded index: models, Chroma collections, bm25s and the paragraphs. Open once, share across threads."""

    def __init__(
        self,
        settings: Settings,
        documents: list[DocumentEntry],
        paragraphs: list[Paragraph],
        lexical: Any,
        client: Any,
        vectors: dict[str, WindowVectors | None] | None = None,
        fusion: FusionConfig | None = None,
        functions: dict[str, Any] | None = None,
        reranker: CrossEncoderReranker | None = None,
        sentences: Callable[[], SentenceScorer | None] | None = None,
    ) -> None:
        self.settings = settings
        self._reranker = reranker  # re-orders the best paragraphs of English questions about the standards
        # the scorer of a paragraph's sentences (Blend.sentence_weight), made on first use and shared with variants
        self._sentences = functools.cache(sentences) if sentences is not None else None
        self._documents = documents
        self._paragraphs = paragraphs
        self._lexical = lexical
        self._client = client  # the Chroma client the HNSW path queries through (see _vector_store)
        self._vectors = vectors or {}
        self.fusion = fusion or FusionConfig()
        self._functions = functions or {}  # model -> embedding function for queries (default: the index's own)
        self._chroma_lock = threading.Lock()
        self._similarities: dict[tuple[str, str], np.ndarray] = {}  # (model, query) -> _exact_similarity
        self._similarities_lock = threading.Lock()  # not the Chroma lock, held while a vector store is made
        self._stores: dict[str, Any] = {}  # model -> LangChain Chroma vector store, for the HNSW path
        self._by_key = {p.key: i for i, p in enumerate(paragraphs)}
        self._refs: dict[str, str] = {}
        for entry in documents:
            self._refs[entry.symbol.lower()] = entry.doc_id
        for entry in documents:
            self._refs[entry.doc_id.lower()] = entry.doc_id
        self._author = np.array([p.author_type for p in paragraphs])
        self._is_standard = (self._author == STANDARD_SIDE).astype(np.float64)
        self._has_standards = bool(self._is_standard.any())  # without them, nothing is re-ranked
        self._self_described = np.array(
            [p.author_type == STANDARD_SIDE and SELF_DESCRIPTION.search(p.text) is not None for p in paragraphs],
            dtype=np.float64,
        )
        self._doc_of = np.array([p.doc_id for p in paragraphs])
        mechanism = {d.doc_id: d.mechanism for d in documents}
        self._mechanism = np.array([mechanism.get(p.doc_id, "") for p in paragraphs])
        self._speaker = np.array([p.speaker or "" for p in paragraphs])
        self._speakers = actors.speakers(p.speaker for p in paragraphs)
        self._chair_spoke = np.array([p.speaker_role == CHAIR_ROLE for p in paragraphs], dtype=np.float64)
        self._vocabulary = sorted(getattr(lexical, "vocab_dict", None) or ())  # BM25's words, for gloss word starts
        self._known_words = frozenset(self._vocabulary)

    @functools.cached_property
    def _rare_names(self) -> list[str]:
        """The names of people, places and cases the paragraphs write (only capitalised, in few of them): what a
        Russian question typed in lower case may spell ("по делу жилина"). Made on the first Russian query."""
        texts = (f"{p.text} {p.speaker or ''}" for p in self._paragraphs)
        return actors.rare_proper_names(texts, actors.RARE_NAME_PARAGRAPHS)

    @functools.cached_property
    def _state_reviewed(self) -> re.Pattern[str] | None:
        """The name every document of the dialogue writes in its title ("Kazakhstan": the State under review), in
        Latin letters and as Russian spells it in any case ("Казахстане"), with a preposition before it ("in", "в");
        None when the dialogue has fewer than two documents or their titles share no such name."""
        titles = [document.title for document in self._documents if document.author_type != STANDARD_SIDE]
        if len(titles) < 2:
            return None
        shared = set.intersection(*({word.lower() for word in _CAPITALISED_WORD.findall(title)} for title in titles))
        if not shared:
            return None
        latin = "|".join(re.escape(word) for word in sorted(shared))
        russian = "|".join(
            re.escape(spelled.lower()) for word in sorted(shared) if (spelled := actors.cyrillic_spelling(word))
        )
        names = rf"\b(?:(?:in|of)\s+)?(?:{latin})(?:['’]s)?\b"
        if russian:
            names += rf"|(?<![\w-])(?:(?:в|во|из|по|для)\s+)?(?:{russian})\w*(?![\w-])"
        return re.compile(names, re.IGNORECASE)

    def _without_the_state_reviewed(self, query: str) -> str:
        """The query as the dense models read it: without the name of the State under review ("How many NGOs are
        registered in Kazakhstan?", "в Казахстане"), which the whole dialogue is about and which only pulls the query
        towards the paragraphs that happen to name it; as it is when nothing else would be left."""
        pattern = self._state_reviewed
        if pattern is None:
            return query
        stripped = _WHITESPACE.sub(" ", pattern.sub(" ", query)).strip()
        return stripped if _LETTER.search(stripped) else query

    @functools.cached_property
    def _common_words(self) -> frozenset[str]:
        """The words (lower-case) more than COMMON_WORD_SHARE of the dialogue's paragraphs write ("kazakhstan",
        "january"). Made on the first Russian query."""
        dialogue = [p for p in self._paragraphs if p.author_type != STANDARD_SIDE]
        counts: dict[str, int] = {}
        for paragraph in dialogue:
            for word in set(_WORD.findall(f"{paragraph.text} {paragraph.speaker or ''}".lower())):
                counts[word] = counts.get(word, 0) + 1
        return frozenset(word for word, count in counts.items() if count > COMMON_WORD_SHARE * len(dialogue))

    @functools.cached_property
    def _capitalised(self) -> list[str]:
        """The words the paragraphs write capitalised (lower-case, sorted): the names a Russian question may spell in
        Cyrillic. Made on the first Russian query (about 90 ms over 7,283 paragraphs), not at every opening."""
        return sorted(
            {
                word.lower()
                for p in self._paragraphs
                for word in _CAPITALISED_WORD.findall(f"{p.text} {p.speaker or ''}")
            }
        )

    # ------------------------------------------------------------------------------------------- opening

    @classmethod
    def open(cls, settings: Settings) -> Searcher:
        """Load the index built by `prepbot ingest`; IndexMissing when there is none, IndexDamaged when unreadable."""
        from prepbot.retrieval import index

        state = index.read_state(settings)
        if state is None:
            raise IndexMissing(f"No search index in {settings.data_dir}: run `prepbot ingest` first.")
        documents, paragraphs = index.read_corpus_file(settings)
        if len(paragraphs) != state.get("paragraphs"):
            raise index.damaged(settings, "the corpus file and the index state disagree")
        lexical = index.load_lexical(settings, len(paragraphs))
        client = index.chroma_client(settings)
        collections = {}
        for model in index.DENSE_MODELS:
            try:
                collection = index.open_collection(client, settings, model)
                count = collection.count()
            except Exception as error:
                if settings.chroma_host:
                    raise IndexMissing(
                        f"The Chroma server at {settings.chroma_host}:{settings.chroma_port} has no usable collection "
                        f"{index.collection_name(settings, model)!r} ({type(error).__name__}): run `prepbot ingest`."
                    ) from error
                raise index.damaged(
                    settings, f"Chroma collection {index.collection_name(settings, model)!r}: {error}"
                ) from error
            expected = index.expected_count(model, state)
            if count != expected:
                raise index.damaged(settings, f"Chroma holds {count} vectors for {model}, the index state {expected}")
            collections[model] = collection
        positions = {p.key: i for i, p in enumerate(paragraphs)}
        vectors: dict[str, WindowVectors | None] = {}
        for model, collection in collections.items():
            vectors[model] = None
            if index.expected_count(model, state) <= EXACT_MAX_WINDOWS:
                try:
                    vectors[model] = WindowVectors.load(collection, positions)
                except Exception as error:
                    raise index.damaged(settings, f"cannot read the {model} vectors from Chroma: {error}") from error
        reranker = CrossEncoderReranker() if settings.rerank == "standards" else None
        sentences = functools.partial(sentence_vectors.index_scorer, settings)
        return cls(settings, documents, paragraphs, lexical, client, vectors, reranker=reranker, sentences=sentences)

    def variant(
        self,
        fusion: FusionConfig | None = None,
        vectors: dict[str, Any] | None = None,
        functions: dict[str, Any] | None = None,
        rerank: bool | None = None,
    ) -> Searcher:
        """The same loaded index with other fusion settings, other window vectors, other query embedding
        functions (a model run by another runtime), or with the re-ranker on or off (None: as it is) — for
        measuring levers."""
        reranker = self._reranker if rerank is None else (self._reranker or CrossEncoderReranker()) if rerank else None
        return type(self)(
            self.settings, self._documents, self._paragraphs, self._lexical, self._client,
            {**self._vectors, **(vectors or {})}, fusion or self.fusion, {**self._functions, **(functions or {})},
            reranker, self._sentences,
        )  # fmt: skip

    def warm_up(self) -> None:
        """Load the models now (the first search otherwise pays for it)."""
        self.search("warm up", k=1)
        self.search("разогрев", k=1)
        if self._reranker is not None and self._has_standards:
            self._reranker.load()

    def forget_scores(self) -> None:
        """Drop the re-ranker's cached scores, so that a benchmark times every question as if unseen."""
        if self._reranker is not None:
            self._reranker.forget()

    # ------------------------------------------------------------------------------------------- lookups

    def documents(self) -> list[DocumentEntry]:
        return list(self._documents)

    def paragraphs(self) -> list[Paragraph]:
        return list(self._paragraphs)

    def resolve_document(self, ref: str) -> str | None:
        """doc_id for a doc_id or a symbol (case-insensitive), or for the end of one symbol after a slash ("SR.4227"
        for CCPR/C/SR.4227, as people shorten it); None when unknown or when the end fits several."""
        if not isinstance(ref, str):
            return None
        wanted = ref.strip().lower()
        if wanted in self._refs or not wanted:
            return self._refs.get(wanted)
        ends = {doc_id for name, doc_id in self._refs.items() if "/" in name and name.endswith("/" + wanted)}
        return ends.pop() if len(ends) == 1 else None

    def paragraph(self, ref: str, number: str | int) -> Paragraph | None:
        """The paragraph `number` of the document named by doc_id or symbol (case-insensitive); None if unknown."""
        doc_id = self.resolve_document(ref)
        if doc_id is None:
            return None
        number_text = str(number).strip().lstrip("¶").strip().rstrip(".")
        if number_text.isdigit():
            number_text = str(int(number_text))
        position = self._by_key.get(f"{doc_id}:{number_text}")
        return None if position is None else self._paragraphs[position]

    # ------------------------------------------------------------------------------------------- search

    def search(
        self,
        query: str,
        k: int = 5,
        source: str | None = None,
        doc_id: str | None = None,
        rerank: bool = True,
        doc_ids: Sequence[str] = (),
    ) -> list[Hit]:
        """The k best paragraphs for the query, best first; source in state|committee|un|ngo, doc_id a doc_id or
        symbol, doc_ids several (a paragraph of any of them). `rerank` False: the query is a passage (follow-ups, the
        briefing pack), not a person's question, and the cross-encoder, made for questions, is not used."""
        text = clean_query(query)
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise BadInput(f"k must be a positive whole number, not {k!r}.")
        k = min(k, 100)
        if source is not None and source not in SIDES:
            raise BadInput(f"Unknown source {source!r}: use one of {', '.join(SIDES)}.")
        documents: list[str] = []
        for ref in [doc_id] if doc_id is not None else list(doc_ids):
            resolved = self.resolve_document(ref)
            if resolved is None:
                raise unknown_document(ref, ((d.doc_id, d.author_type) for d in self._documents))
            documents.append(resolved)

        allowed = np.ones(len(self._paragraphs), dtype=bool)
        if source is not None:
            allowed &= self._author == source
        if documents:
            allowed &= np.isin(self._doc_of, documents)
        if not allowed.any():
            return []

        cyrillic = is_cyrillic(text)
        blend = self.fusion.cyrillic if cyrillic else self.fusion.latin
        expanded = expand_query(text) if self.fusion.expand_shorthand else text
        verdict = routing.lean(text, self._speakers)
        # "What did CEDAW recommend to Kazakhstan?": its words in the compilation, which writes its name out
        of_the_review = verdict == routing.DIALOGUE and routing.names_the_dialogue(text, self._speakers)
        if of_the_review:
            expanded = with_body_names(expanded)
        # "по делу Михаила Жилина": the names as the documents spell them, for every model (BM25 through the gloss);
        # not the State's ("в казахстане" typed in lower case was spelled "Kazakhstani", a name to look for)
        spelled = (
            actors.latin_spellings(
                self._without_the_state_reviewed(text), self._capitalised, terms_ru.english_gloss, self._rare_names
            )
            if cyrillic
            else []
        )
        # "в Казахстане": a name most of the dialogue writes is no name to look for; spelled out, it pulls the dense
        # query towards any paragraph that names it
        spelled = [name for name in spelled if name not in self._common_words]
        if spelled:
            expanded = f"{expanded} ({' '.join(name.capitalize() for name in spelled)})"
        standards = source == STANDARD_SIDE or STANDARD_SIDE in actors.question_sides(text)
        # "What does the General Comment say about X?": the words X shares with a paragraph, not "general comment",
        # which the paragraphs describing a General Comment share ("The present general comment replaces ...")
        worded = actors.without_general_comment_words(expanded) if standards else expanded
        worded = worded if _LETTER.search(worded) else expanded
        topical = actors.without_mechanisms(expanded) if blend.drop_mechanism_names and standards else expanded
        # (the dense models too: "What does the General Comment say about suicides in prisons?" found the paragraphs
        # that introduce a General Comment, "The present general comment replaces general comment No. 10")
        topical = self._without_the_state_reviewed(
            actors.without_general_comment_words(topical) if standards else topical
        )
        topical = topical if _LETTER.search(topical) else expanded
        scores = np.zeros(len(self._paragraphs), dtype=np.float64)
        similarity = None
        for model, weight in blend.models:
            dense = self._dense(model, topical, source, documents)
            if model == SIMILARITY_MODEL:  # the whole question's similarity: the scale answers are gated on
                similarity = dense if topical == expanded else self._dense(model, expanded, source, documents)
            scores += weight * (standardised(dense, allowed) if blend.standardise else dense)
        if blend.lexical_weight:
            scores += blend.lexical_weight * self._lexical_scores(worded, allowed)
        # its subject in English words, and the names it spells in Cyrillic
        gloss_words = [*terms_ru.english_gloss(text), *spelled] if cyrillic else []
        gloss = self.gloss_tokens(gloss_words)
        if blend.gloss_weight and gloss:  # "КЛДЖ" about this review: the compilation's "Committee on the ..." too
            named = body_names(text) if of_the_review else []
            scores += blend.gloss_weight * self._gloss_scores([*gloss_words, *named], allowed)
        if blend.actor_weight:
            scores += blend.actor_weight * self._actor_prior(text)
        if blend.article_weight and (asked := articles_named(text)):
            scores += blend.article_weight * self._names_articles({n for _, numbers in asked for n in numbers})
        if source != STANDARD_SIDE:
            scores += self._layer_prior(blend, verdict) * self._is_standard
        if blend.self_description_offset:
            scores -= blend.self_description_offset * self._self_described

        scores[~allowed] = -np.inf
        count = int(min(k, allowed.sum()))
        # the re-ranker is for the standards: not for a search kept to one side of the dialogue
        standards_visible = source in (None, STANDARD_SIDE)
        reranker = (
            self._reranker
            if rerank and self._has_standards and standards_visible and verdict in _RERANKED[cyrillic]
            else None
        )
        if reranker is not None and verdict == routing.NEUTRAL:
            head = np.argsort(-scores, kind="stable")[:RERANK_CANDIDATES]
            if int(self._is_standard[head].sum()) < NEUTRAL_MIN_STANDARDS:
                reranker = None
        if reranker is None and rerank and blend.sentence_weight:  # the cross-encoder reads the sentences itself
            self._add_closest_sentence(scores, text, blend.sentence_weight, int(allowed.sum()))
        # the cross-encoder reads English: a Russian question as its gloss, the index's words for its subject
        reread, weight = (" ".join(dict.fromkeys(gloss)), RERANK_GLOSS_WEIGHT) if cyrillic else (text, RERANK_WEIGHT)
        if reranker is not None and reread:
            # the best max(k, RERANK_CANDIDATES): reorder re-ranks the first RERANK_CANDIDATES, the rest keep order
            candidates = np.argsort(-scores, kind="stable")[: int(min(max(count, RERANK_CANDIDATES), allowed.sum()))]
            order = reranker.reorder(reread, [self._paragraphs[i] for i in candidates], scores[candidates], weight)
            # each place keeps its fused score, so scores still fall down the list; the paragraphs move
            places = [(int(candidates[j]), float(scores[candidates[place]])) for place, j in enumerate(order)]
        else:
            places = [(int(i), float(scores[i])) for i in np.argsort(-scores, kind="stable")[:count]]
        return [
            Hit(
                paragraph=self._paragraphs[i],
                score=round(score, 6),
                similarity=None if similarity is None else round(float(similarity[i]), 6),
            )
            for i, score in places[:count]
        ]

    def _add_closest_sentence(self, scores: np.ndarray, question: str, weight: float, allowed: int) -> None:
        """Add weight × each of the best SENTENCE_CANDIDATES paragraphs' closest sentence's cosine to the question
        (Blend.sentence_weight), in place. Nothing when the sentence encoder cannot be loaded."""
        scorer = self._sentences() if self._sentences is not None else None
        if scorer is None:
            return
        candidates = np.argsort(-scores, kind="stable")[: min(SENTENCE_CANDIDATES, allowed)]
        paragraphs = [self._paragraphs[i] for i in candidates]
        closest = scorer.closest(scorer.encode_question(question), paragraphs)
        scores[candidates] += weight * closest

    def _dense(self, model: str, text: str, source: str | None, documents: Sequence[str]) -> np.ndarray:
        exact = self._vectors.get(model)
        if exact is not None:
            return self._exact_similarity(model, text, exact)
        vector = self._query_vector(model, text)
        clauses: list[dict[str, Any]] = [{"author_type": source}] if source is not None else []
        if documents:
            clauses.append({"doc_id": documents[0]} if len(documents) == 1 else {"doc_id": {"$in": list(documents)}})
        where = {"$and": clauses} if len(clauses) > 1 else (clauses[0] if clauses else None)
        matches = self._vector_store(model).similarity_search_by_vector_with_relevance_scores(
            vector.tolist(), k=CANDIDATE_WINDOWS, filter=where
        )
        ids = [document.id or "" for document, _ in matches]  # window ids are "<paragraph key>#<n>"
        distances = [distance for _, distance in matches]
        positions = [self._by_key.get(window_id.rsplit("#", 1)[0], -1) for window_id in ids]
        known = [i for i, position in enumerate(positions) if position >= 0]
        if not known:
            return np.zeros(len(self._paragraphs))
        similarity = 1.0 - np.asarray(distances, dtype=np.float64)[known]
        # A paragraph scores as its best window; paragraphs outside the candidates as the weakest candidate.
        best = np.full(len(self._paragraphs), float(similarity.min()))
        np.maximum.at(best, np.asarray(positions)[known], similarity)
        return best

    def _query_vector(self, model: str, text: str) -> np.ndarray:
        """The model's vector of a query."""
        from prepbot.retrieval.index import embedding_function

        function = self._functions.get(model) or embedding_function(model)
        return function.encode_query([text])[0]

    def _exact_similarity(self, model: str, text: str, exact: WindowVectors) -> np.ndarray:
        """Each paragraph's best window similarity to the query (read-only), kept per model and text: an answer
        searches one text again on each side it asks of (the State, the NGOs, the Committee), and the encoder costs
        more than the rest of a search."""
        with self._similarities_lock:
            best = self._similarities.get((model, text))
        if best is None:
            best = exact.best_per_paragraph(self._query_vector(model, text), len(self._paragraphs))
            best.flags.writeable = False
            with self._similarities_lock:
                if len(self._similarities) >= 256:
                    self._similarities.clear()
                self._similarities[(model, text)] = best
        return best

    def _vector_store(self, model: str):
        """LangChain's Chroma vector store over one model's collection (the HNSW path), made on first use."""
        with self._chroma_lock:
            store = self._stores.get(model)
            if store is None:
                from langchain_chroma import Chroma

                from prepbot.retrieval.embeddings import LangChainEmbeddings
                from prepbot.retrieval.index import collection_name, embedding_function

                store = Chroma(
                    client=self._client,
                    collection_name=collection_name(self.settings, model),
                    embedding_function=LangChainEmbeddings(embedding_function(model)),
                    create_collection_if_not_exists=False,
                )
                self._stores[model] = store
            return store

    def gloss_tokens(self, words: list[str]) -> list[str]:
        """BM25 tokens for English gloss words: a word the index has as it is, a word start ("tortur", "migra") as the
        index's shortest word that starts with it ("torture", "migrant"): one token per word of the gloss, so that a
        word start weighs no more than a whole word."""
        from prepbot.retrieval.index import lexical_tokens

        return [forms[0] for word in words for part in lexical_tokens(word) if (forms := self.word_forms(part))]

    def word_forms(self, start: str) -> list[str]:
        """The index's words that start so ("missionar": missionary, missionaries), at most GLOSS_FORMS of them, the
        shortest first; a word the index has as it is stands for itself alone."""
        if start in self._known_words:
            return [start]
        vocabulary = self._vocabulary
        following = itertools.islice(vocabulary, bisect.bisect_left(vocabulary, start), None)  # no copy of the rest
        forms = list(itertools.takewhile(lambda w: w.startswith(start), following))
        return sorted(forms, key=lambda w: (len(w), w))[:GLOSS_FORMS]

    def _gloss_scores(self, words: list[str], allowed: np.ndarray) -> np.ndarray:
        """BM25 of a Russian question's English gloss, scaled as _lexical_scores: each word of it once, a word start
        as the best of the index's words that start so (a paragraph that writes "missionaries" matches "missionar" as
        one that writes "missionary"; the shortest form alone missed it)."""
        from prepbot.retrieval.index import lexical_tokens

        raw = np.zeros(len(self._paragraphs), dtype=np.float64)
        for word in words:
            for part in lexical_tokens(word):
                if forms := self.word_forms(part):
                    raw += np.max([self._bm25(form) for form in forms], axis=0)
        return self._scaled(raw, allowed)

    def _bm25(self, token: str) -> np.ndarray:
        return np.asarray(self._lexical.get_scores([token]), dtype=np.float64)

    def _lexical_scores(self, text: str | list[str], allowed: np.ndarray) -> np.ndarray:
        """BM25 of the query text (or of ready tokens), scaled over the allowed paragraphs: median 0, best 1."""
        from prepbot.retrieval.index import lexical_tokens

        tokens = lexical_tokens(text) if isinstance(text, str) else text
        if not tokens:
            return np.zeros(len(self._paragraphs))
        return self._scaled(np.asarray(self._lexical.get_scores(tokens), dtype=np.float64), allowed)

    def _scaled(self, raw: np.ndarray, allowed: np.ndarray) -> np.ndarray:
        """Lexical scores scaled over the allowed paragraphs: median 0, best 1."""
        visible = raw[allowed]
        low, high = float(np.median(visible)), float(visible.max())
        if high <= low:
            return np.zeros(len(self._paragraphs))
        return np.clip((raw - low) / (high - low), 0.0, None)

    @staticmethod
    def _layer_prior(blend: Blend, verdict: str) -> float:
        """What is added to the standards layer's paragraphs for a question of this verdict (routing.lean)."""
        return blend.standards_lift if verdict == routing.STANDARD else -blend.standards_offset

    @functools.cached_property
    def _articles(self) -> list[frozenset[str]]:
        """The article numbers each paragraph names (provisions.articles_in), made on the first question naming one."""
        return [articles_in(p.text) for p in self._paragraphs]

    def _names_articles(self, numbers: set[str]) -> np.ndarray:
        """1 for each paragraph that names one of these article numbers, else 0."""
        return np.array([bool(named & numbers) for named in self._articles], dtype=np.float64)

    def _actor_prior(self, text: str) -> np.ndarray:
        prior = np.zeros(len(self._paragraphs))
        for side in actors.question_sides(text) - actors.counted_sides(text):  # not "How many NGOs are registered"
            prior += self._author == side
        for mechanism in actors.question_mechanisms(text):
            prior += self._mechanism == mechanism
        for speaker in self._speakers:  # a person named is more specific than a side: counts double
            if speaker.named_in(text):
                prior += SPEAKER_PRIOR * (self._speaker == speaker.name)
        if actors.asks_the_chair(text):  # "What did the Chair say ...?": the record's "The Chair (Mr. Soh)"
            prior += SPEAKER_PRIOR * self._chair_spoke
        return prior


def hit_to_json(hit: Hit) -> dict[str, Any]:
    """A search result as the CLI's --json prints it."""
    paragraph = hit.paragraph
    return {
        "doc_id": paragraph.doc_id,
        "symbol": paragraph.symbol,
        "paragraph": paragraph.number,
        "text": paragraph.text,
        "score": hit.score,
        "author_type": paragraph.author_type,
        "speaker": paragraph.speaker,
    }
