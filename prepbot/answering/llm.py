"""LLM drafting behind the quote gate: asks an OpenAI-compatible model (langchain-openai ChatOpenAI, structured output
`json_schema`) for an answer or follow-up questions citing (paragraph key, quote) pairs, then checks every pair with
prepbot.answering.verify, the prose's figures against the cited paragraphs, and every quotation written into the prose
(text in "…", “…” or «…») against the cited paragraphs. It never decides fallbacks: it reports what passed and, when
something did not, the reason (one of FALLBACK_REASONS); prepbot.answering.answerer decides.

A quote whose only fault is a capitalised first letter (the model began it mid-sentence) is taken with the
paragraph's own case before the gate checks it; nothing else is forgiven.

The request is shaped for small self-hosted models as much as for cloud ones: an output cap (`OPENAI_MAX_TOKENS`) on
every request; paragraphs laid out as `<paragraph key=… source=… speaker=…>` blocks with one sentence per line, so a
header is never mistaken for text; quotes of one sentence or less; a `status` field that separates "answered" from
"the paragraphs do not answer", so a correct answer that forgot its citations is repaired instead of dropped; and at
most `OPENAI_REPAIR_ROUNDS` repair rounds that tell the model what failed ("your quote X is not in ¶N").

Retries: the openai client retries timeouts, 408/409/429 and 5xx itself, with exponential backoff (0.5 s doubling,
at most 8 s, or the server's Retry-After), `OPENAI_MAX_RETRIES` times; each attempt waits at most
`Settings.llm_timeout_seconds`. After that, `LLMFailure` is raised and the caller falls back to the offline answer.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from prepbot.answering.entities import document_symbols
from prepbot.answering.verify import (
    CITATION_KEY,
    NOT_OFFERED,
    RejectedQuote,
    check_quote,
    figures,
    normalise,
    paragraph_references,
    unsupported_figures,
    verified_citations,
)
from prepbot.core.records import Citation, Paragraph
from prepbot.core.sentences import split_sentences
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import BASES, CRITIC_SIDES, STANDARD_BASIS, STANDARD_SIDE
from prepbot.retrieval.actors import SIDE_PATTERNS

log = logging.getLogger(__name__)

# Why a model's draft was not used: the machine-readable `fallback_reason` of an answer (ask --json, eval).
FALLBACK_REASONS = (
    "length",  # the reply was cut off at the output cap (OPENAI_MAX_TOKENS)
    "timeout",  # no reply within the timeout, after retries
    "connection",  # the model server could not be reached
    "rate_limited",  # HTTP 429 after retries
    "server_error",  # HTTP 5xx after retries
    "refused",  # the model or the server refused the request (refusal, content filter, HTTP 4xx)
    "bad_output",  # the reply did not match the schema
    "not_answered",  # the model said the paragraphs do not answer the question
    "no_citation",  # the model answered but cited nothing, even after repair
    "not_verbatim",  # its quotes are not verbatim in the paragraphs they cite, even after repair
    "unsupported_figure",  # its prose has a figure that no cited paragraph prints (the question's figures don't count)
    "unverified_quotation",  # its prose puts in quotation marks words that no cited paragraph holds
    "misattributed",  # its prose gives words or findings to a side none of its citations is
    "unverified_reference",  # its prose refers to a paragraph, document or link it does not cite
    "off_point",  # its quotes verified, but its key quote does not show what the question names or asks for
    "error",  # anything else
)
# Problems a repair round can fix: the reply came, it just did not pass.
REPAIRABLE = frozenset(
    {
        "no_citation",
        "not_verbatim",
        "unsupported_figure",
        "unverified_quotation",
        "misattributed",
        "unverified_reference",
    }
)

ANSWERED = "answered"
NOT_ANSWERED = "not_answered"


class LLMFailure(Exception):
    """The model gave no usable reply. `kind` is one of FALLBACK_REASONS (length, timeout, rate_limited, server_error,
    connection, refused, bad_output, error). The message is safe for logs (no question or answer text)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def _classify(error: BaseException) -> LLMFailure:
    import openai

    if isinstance(error, openai.LengthFinishReasonError):
        return LLMFailure("length", "the reply reached the output cap (OPENAI_MAX_TOKENS)")
    if isinstance(error, openai.ContentFilterFinishReasonError):
        return LLMFailure("refused", "stopped by the server's content filter")
    if isinstance(error, openai.APITimeoutError):
        return LLMFailure("timeout", "no reply within the timeout, after retries")
    if isinstance(error, openai.RateLimitError):
        return LLMFailure("rate_limited", "HTTP 429 after retries")
    if isinstance(error, openai.InternalServerError):
        return LLMFailure("server_error", f"HTTP {error.status_code} after retries")
    if isinstance(error, openai.APIConnectionError):
        return LLMFailure("connection", "cannot reach the model server")
    if isinstance(error, openai.APIStatusError):
        return LLMFailure("refused", f"HTTP {error.status_code}")
    return LLMFailure("error", type(error).__name__)


@dataclass(frozen=True)
class Reply:
    """One structured reply: the parsed dict, the raw text (sent back in a repair round) and the output tokens."""

    parsed: dict
    raw: str
    output_tokens: int | None = None


class ChatModel:
    """The configured chat model (built once, lazily; safe to share between threads)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._client: Any = None  # a langchain_openai.ChatOpenAI, built on first use (a heavy import)

    @property
    def name(self) -> str:
        return self.settings.openai_model

    @property
    def self_hosted(self) -> bool:
        return self.settings.llm_self_hosted

    def _chat(self):
        with self._lock:
            if self._client is None:
                from langchain_openai import ChatOpenAI

                cap = self.settings.openai_max_tokens
                self._client = ChatOpenAI(
                    model=self.settings.openai_model,
                    api_key=self.settings.openai_api_key,
                    base_url=self.settings.openai_base_url,
                    timeout=self.settings.llm_timeout_seconds,
                    max_retries=self.settings.openai_max_retries,
                    temperature=0,
                    max_tokens=cap,  # sent as max_completion_tokens
                    # llama.cpp and Ollama read the older max_tokens; vLLM reads either
                    extra_body={"max_tokens": cap} if self.self_hosted else None,
                    use_responses_api=False,  # chat completions: what Azure, Ollama and vLLM all serve
                )
            return self._client

    def structured(self, messages: Sequence[tuple[str, str]], schema: dict) -> Reply:
        """Send the messages, get back a dict matching `schema` (a `{"name", "schema", "strict"}` JSON schema)."""
        runnable = self._chat().with_structured_output(schema, method="json_schema", include_raw=True)
        try:
            result = runnable.invoke(list(messages))
        except Exception as error:  # openai and langchain raise many kinds; all end in a fallback
            failure = _classify(error)
            log.warning("LLM call failed (%s)", failure)
            raise failure from error
        raw = result.get("raw") if isinstance(result, dict) else None
        metadata = getattr(raw, "response_metadata", None) or {}
        if metadata.get("finish_reason") == "length":  # in case a client let a cut-off reply through
            raise LLMFailure("length", "the reply reached the output cap (OPENAI_MAX_TOKENS)")
        parsed = result.get("parsed") if isinstance(result, dict) else None
        if not isinstance(parsed, dict) or not set(schema["schema"].get("required", ())) <= set(parsed):
            refusal = getattr(raw, "additional_kwargs", {}).get("refusal") if raw is not None else None
            raise LLMFailure("refused" if refusal else "bad_output", "the reply did not match the schema")
        usage = getattr(raw, "usage_metadata", None) or {}
        content = getattr(raw, "content", "")
        return Reply(parsed, content if isinstance(content, str) else str(content), usage.get("output_tokens"))


# ---------------------------------------------------------------- schemas


def _citations_schema(offered_keys: Sequence[str], max_items: int | None) -> dict:
    schema: dict[str, Any] = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "key": {"type": "string", "enum": list(offered_keys)},
                "quote": {"type": "string"},
            },
            "required": ["key", "quote"],
            "additionalProperties": False,
        },
    }
    if max_items:  # self-hosted servers enforce it in their grammar; OpenAI's strict mode may not accept it
        schema["maxItems"] = max_items
    return schema


def answer_schema(offered_keys: Sequence[str], *, compact: bool = False) -> dict:
    """status first (answered / not_answered), then the quotes, then the prose written from them."""
    return {
        "name": "cited_answer",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {
                "status": {"type": "string", "enum": [ANSWERED, NOT_ANSWERED]},
                "citations": _citations_schema(offered_keys, 3 if compact else None),
                "answer": {"type": "string"},
            },
            "required": ["status", "citations", "answer"],
            "additionalProperties": False,
        },
    }


# Bases whose question sets a State claim beside another side's paragraph: the sides that other paragraph may have.
PAIRED_BASES: dict[str, tuple[str, ...]] = {"state-vs-critic": tuple(CRITIC_SIDES), STANDARD_BASIS: (STANDARD_SIDE,)}


def _question_schema(basis: Sequence[str], citations: dict) -> dict:
    return {
        "type": "object",
        "properties": {
            "basis": {"type": "string", "enum": list(basis)},
            "citations": citations,
            "text": {"type": "string"},
        },
        "required": ["basis", "citations", "text"],
        "additionalProperties": False,
    }


def followups_schema(offered_keys: Sequence[str], *, compact: bool = False, max_questions: int = 5,
                     sides: Mapping[str, str] | None = None) -> dict:  # fmt: skip
    """The follow-up questions. `compact` (a self-hosted server, which enforces the schema in its grammar): at most
    `max_questions`, and with the offered keys' `sides`, a "state-vs-critic" question is two citations, a State key then
    a UN or NGO key (a "state-vs-standard" one a State key then a General Comment key), and every other basis one
    citation, so that a small model cannot leave a side or a quote out."""
    items = _question_schema(BASES, _citations_schema(offered_keys, 2 if compact else None))
    if compact and sides is not None:
        state = [key for key in offered_keys if sides.get(key) == "state"]
        single = _citations_schema(offered_keys, 1)
        single["minItems"] = 1
        variants = [_question_schema([b for b in BASES if b not in PAIRED_BASES], single)]
        for basis, other_sides in reversed(PAIRED_BASES.items()):
            others = [key for key in offered_keys if sides.get(key) in other_sides]
            if state and others:
                pair = [_citations_schema(state, 1)["items"], _citations_schema(others, 1)["items"]]
                # no "items": false beside prefixItems: llama.cpp refuses it (maxItems bounds the pair)
                both = {"type": "array", "prefixItems": pair, "minItems": 2, "maxItems": 2}
                variants.insert(0, _question_schema([basis], both))
        items = {"anyOf": variants} if len(variants) > 1 else variants[0]
    questions: dict[str, Any] = {"type": "array", "items": items}
    if compact:
        questions["maxItems"] = max_questions
    return {
        "name": "followup_questions",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {"questions": questions},
            "required": ["questions"],
            "additionalProperties": False,
        },
    }


# ---------------------------------------------------------------- the paragraphs as the model sees them


GAP = "(…)"  # between sentences left out of a condensed paragraph


def paragraph_lines(paragraph: Paragraph, keep: Sequence[int] | None = None) -> list[str]:
    """The paragraph's sentences, one per line (all of them, or those at the `keep` indexes with GAP lines where
    sentences were left out). Every line is verbatim paragraph text, so a line copied whole verifies."""
    sentences = [span.text for span in split_sentences(paragraph.text)] or [paragraph.text.strip()]
    if keep is None:
        return sentences
    chosen = sorted({index for index in keep if 0 <= index < len(sentences)})
    lines: list[str] = []
    previous = -1
    for index in chosen:
        if index > previous + 1:
            lines.append(GAP)
        lines.append(sentences[index])
        previous = index
    if chosen and chosen[-1] < len(sentences) - 1:
        lines.append(GAP)
    return lines or sentences


def paragraph_inputs(
    paragraphs: Sequence[Paragraph],
    attribution: Callable[[Paragraph], str],
    kept_sentences: Mapping[str, Sequence[int]] | None = None,
) -> list[dict[str, Any]]:
    """What a prompt template sees for each offered paragraph; `lines` is the text to show, one sentence a line
    (condensed to the sentences in `kept_sentences[key]` when given)."""
    kept_sentences = kept_sentences or {}
    return [
        {
            "key": p.key,
            "symbol": p.symbol,
            "number": p.number,
            "label": p.citation,
            "side": p.author_type,
            "speaker": p.speaker or "",
            "section": p.section or "",
            "attribution": attribution(p),
            "text": p.text,
            "lines": paragraph_lines(p, kept_sentences.get(p.key)),
        }
        for p in paragraphs
    ]


# ---------------------------------------------------------------- gated drafts

# Every way a prose can set words apart as someone's: quotation marks of any kind (also across a line break, and
# mixed: “…"), backticks, <q>, markdown emphasis and blockquotes. The prompt asks for none in the prose.
_QUOTATION = re.compile(
    r'"([^"]+)"|“([^”"]+)[”"]|«([^»]+)»|„([^“”"]+)[“”"]|‹([^›]+)›|‚([^‘’]+)[‘’]|(?<!\w)‘([^’]+)’(?!\w)'
    r"|(?<![\w'])'([^'\n]+)'(?!\w)|`([^`]+)`|＂([^＂]+)＂|「([^」]+)」|『([^』]+)』|<q\b[^>]*>(.*?)</q>"
    r"|(?m:^[ \t]*>[ \t]?(.+)$)|(?<![\w*])\*([^*\n]+)\*(?![\w*])|(?<![\w_])_([^_\n]+)_(?![\w_])",
    re.IGNORECASE | re.DOTALL,
)
_OPENING_MARKS = re.compile(r'[“«„‹‚＂「『"]')  # one left open: what follows it to the sentence's end is quoted
MIN_QUOTATION_WORDS = 3  # a word or two in quotation marks ("incorrect") proves nothing of what was said
MAX_PROSE_CHARS = 1500  # the prompt asks for a few sentences; a longer prose is not an answer's


@dataclass(frozen=True)
class Quotation:
    """Text the prose puts in quotation marks: [start, end) in the prose, marks included."""

    start: int
    end: int
    inner: str


def quotations(prose: str) -> list[Quotation]:
    """Every passage the prose sets apart as quoted (see _QUOTATION), and the rest of the sentence after a quotation
    mark left open."""
    found = []
    for match in _QUOTATION.finditer(prose):
        inner = next(group for group in match.groups() if group is not None)
        found.append(Quotation(match.start(), match.end(), inner))
    for mark in _OPENING_MARKS.finditer(prose):
        if any(q.start <= mark.start() < q.end for q in found):
            continue
        rest = prose[mark.end() :]
        end = mark.end() + (re.search(r"[.!?\n]|$", rest).start())  # type: ignore[union-attr]
        found.append(Quotation(mark.start(), end, prose[mark.end() : end]))
    return sorted(found, key=lambda q: q.start)


def _quoted_in(inner: str, paragraph: Paragraph) -> bool:
    """True when `inner` (a quotation from the prose) stands verbatim in the paragraph, whole words, under the quote
    check's normalisation; the punctuation and ellipses at its edges do not count."""
    needle = normalise(inner).strip()
    needle = re.sub(r"^(?:\.\.\.|[\s,;:])+|(?:\.\.\.|[\s.,;:!?])+$", "", needle)
    if not needle or "..." in needle or len(needle.split()) < MIN_QUOTATION_WORDS:
        return False  # nothing left, a splice, or too few words to show what was said
    haystack = normalise(paragraph.text)
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        before = haystack[start - 1] if start > 0 else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            return True
        start = haystack.find(needle, start + 1)
    return False


def _sentences_with(prose: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    sentences = split_sentences(prose, max_words=10_000) or []
    return [s.text for s in sentences if any(start < s.end and s.start < end for start, end in spans)]


def gate_quotations(prose: str, cited: Sequence[Paragraph]) -> list[str]:
    """Issue 8.5: words the prose sets apart as quoted must stand verbatim in a cited paragraph, and be at least
    MIN_QUOTATION_WORDS words. Returns the quotations that are not (any one of them refuses the draft)."""
    return [q.inner for q in quotations(prose) if not any(_quoted_in(q.inner, p) for p in cited)]


# A side named as the one who said, found, recorded or asked something: "the Government admitted", "Kazakhstan told
# the Committee", "according to NGOs", "Делегация заявила". The prose may give words and findings only to a side it
# cites.
_SAID = (
    r"(?:told|tells?|said|says|stated|states|reported|reports|admit\w*|denie[sd]|deny|claim\w*|found|finds|not(?:ed|es)"
    r"|record\w*|register\w*|assert\w*|explain\w*|argu\w*|wr[oi]te|writes|recommend\w*|urg\w*"
    r"|ask\w*|express\w*|confirm\w*|conced\w*|insist\w*|describ\w*|consider\w*|conclud\w*|acknowledg\w*"
    r"|заяв\w*|сообщ\w*|сказа\w*|призна\w*|отрица\w*|отмети\w*|указа\w*|рекомендова\w*|спроси\w*|пиш\w*)"
)
_ACCORDING = r"(?:according to|in the view of|по словам|по данным|согласно)"


def _speaking_sides(sentence: str, state_names: Sequence[str]) -> set[str]:
    patterns = {side: SIDE_PATTERNS[side] for side in ("state", "ngo", "un", "committee")}
    if state_names:
        patterns["state"] = "|".join([patterns["state"], *(re.escape(name) for name in state_names)])
    sides = set()
    for side, pattern in patterns.items():
        if re.search(rf"(?:{pattern})[^.;:]{{0,60}}?\b{_SAID}\b|\b{_ACCORDING}\s+(?:the\s+)?(?:{pattern})", sentence,
                     re.IGNORECASE):  # fmt: skip
            sides.add(side)
    return sides


def misattributed(prose: str, cited: Sequence[Paragraph], state_names: Sequence[str] = ()) -> list[str]:
    """The prose's sentences that give words or findings to a side none of the cited paragraphs is (a General Comment
    counts as the Committee's), or that quote a side's words under another side's name."""
    cited_sides = _whose_words(cited)
    wrong = []
    for sentence in split_sentences(prose, max_words=10_000) or []:
        sides = _speaking_sides(sentence.text, state_names)
        if sides - cited_sides:
            wrong.append(sentence.text)
            continue
        for quotation in quotations(sentence.text) if sides else []:
            sources = _whose_words([p for p in cited if _quoted_in(quotation.inner, p)])
            if sources and not sources & sides:
                wrong.append(sentence.text)
                break
    return wrong


def _whose_words(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The sides these paragraphs speak for, a General Comment's being the Committee's too."""
    sides = {p.author_type for p in paragraphs}
    return sides | {"committee"} if STANDARD_SIDE in sides else sides


_LINK = re.compile(r"\b(?:https?://|www\.)\S+|\]\(\s*\S+\s*\)", re.IGNORECASE)


def unverified_references(prose: str, cited: Sequence[Paragraph]) -> list[str]:
    """References in the prose that are not to what it cites: a paragraph number no cited paragraph has ("see ¶45"),
    a document symbol of no cited paragraph ("CCPR/C/KAZ/CO/4"), a citation key left in it, a link."""
    numbers = {p.number for p in cited}
    symbols = {p.symbol for p in cited}
    wrong = [f"¶{number}" for number in paragraph_references(prose) if number not in numbers]
    wrong += [symbol for symbol in document_symbols(prose) if symbol not in symbols]
    wrong += CITATION_KEY.findall(prose)  # the keys offered were turned into labels already
    wrong += _LINK.findall(prose)
    return wrong


def visible_text(text: str) -> str:
    """Text as shown: without control characters (a terminal escape hides what follows it), direction overrides
    (they turn "815" into "518" on screen) and other invisible format characters; line breaks kept."""
    text = _TERMINAL_ESCAPE.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"))


_TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)")


@dataclass
class GatedText:
    """Model prose with the citations that passed the gate and what did not."""

    text: str
    citations: list[Citation]
    dropped: list[RejectedQuote] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # figures in the prose that no kept citation supports
    offered_count: int = 0  # how many citations the model gave
    unverified_quotations: list[str] = field(default_factory=list)  # quotations no cited paragraph holds
    misattributed: list[str] = field(default_factory=list)  # sentences giving words to a side not cited
    unverified_references: list[str] = field(default_factory=list)  # ¶ numbers, symbols, keys, links not cited
    status: str = ANSWERED
    rounds: int = 1  # requests it took (2 after a repair round)
    output_tokens: int | None = None  # of the last reply, when the server reports it

    @property
    def problem(self) -> str | None:
        """Why this draft cannot be shown (a FALLBACK_REASONS value), or None when it passes the gate."""
        if self.status == NOT_ANSWERED:
            return "not_answered"
        if not self.citations:
            return "not_verbatim" if self.dropped else "no_citation"
        if self.dropped:
            return "not_verbatim"  # a claim may rest on the quote that did not verify: none is shown
        if self.unverified_references:
            return "unverified_reference"
        if self.unsupported:
            return "unsupported_figure"
        if self.unverified_quotations:
            return "unverified_quotation"
        if self.misattributed:
            return "misattributed"
        if not self.text or len(self.text) > MAX_PROSE_CHARS:
            return "bad_output"
        return None


@dataclass
class GatedQuestion(GatedText):
    basis: str = ""
    sides: set[str] = field(default_factory=set)


def _pairs(raw_citations: Any) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    if not isinstance(raw_citations, list):
        return pairs
    for item in raw_citations:
        if isinstance(item, dict):
            pairs.append((item.get("key"), item.get("quote")))  # type: ignore[arg-type]
    return pairs


def _replace_keys(text: str, offered: Mapping[str, Paragraph]) -> str:
    """Turn any paragraph key the model wrote into the prose ("[sr4227:7]") into its label ("CCPR/C/SR.4227 ¶7")."""
    for key, paragraph in offered.items():
        text = re.sub(r"\[?\b" + re.escape(key) + r"\b(?!\.\d)\]?", paragraph.citation, text)  # "v:2" is not "v:2.3"
    return text


def _first_letter_recased(pairs: list[tuple[str, str]], offered: Mapping[str, Paragraph]) -> list[tuple[str, str]]:
    """Small models that start a quote mid-sentence capitalise its first letter ("He wished to know" for "... said
    that he wished to know"). Such a quote is taken as the span it names, with the paragraph's own case: the gate
    then checks it like any other, and what users see is the stored text. Nothing else about a quote is changed."""
    result = []
    for key, quote in pairs:
        paragraph = offered.get(key) if isinstance(key, str) else None
        if (
            paragraph is not None
            and isinstance(quote, str)
            and quote[:1].isupper()
            and not check_quote(quote, paragraph).ok
            and check_quote(quote[0].lower() + quote[1:], paragraph).ok
        ):
            quote = quote[0].lower() + quote[1:]
        result.append((key, quote))
    return result


def gate_text(
    text: Any,
    raw_citations: Any,
    offered: Mapping[str, Paragraph],
    *,
    attribution: Callable[[Paragraph], str],
    also_allowed: Sequence[str] = (),
    state_names: Sequence[str] = (),
) -> GatedText:
    """Check a draft: its (key, quote) pairs (verify.verified_citations); in its prose, the quotations, the figures,
    the sides it gives words to (`state_names`: the country, as the State) and the references, against the
    paragraphs it cites. A figure found only in the user's question is NOT support: pass nothing in `also_allowed` for
    the question (it exists for texts the model was given as fact). The prose is kept without invisible characters."""
    pairs = _first_letter_recased(_pairs(raw_citations), offered)
    kept, dropped = verified_citations(pairs, offered, attribution=attribution)
    prose = _replace_keys(visible_text(text).strip(), offered) if isinstance(text, str) else ""
    cited = {(c.doc_id, c.paragraph) for c in kept}
    cited_paragraphs = [p for p in offered.values() if (p.doc_id, p.number) in cited]
    return GatedText(
        prose,
        kept,
        dropped,
        unsupported_figures(prose, cited_paragraphs, also_allowed=also_allowed),
        len(pairs),
        gate_quotations(prose, cited_paragraphs),
        misattributed(prose, cited_paragraphs, state_names),
        unverified_references(prose, cited_paragraphs),
    )


RepairWriter = Callable[[GatedText, str], str]


def _gate_answer(
    reply: Reply,
    offered: Mapping[str, Paragraph],
    attribution: Callable[[Paragraph], str],
    state_names: Sequence[str] = (),
) -> GatedText:
    parsed = reply.parsed
    gated = gate_text(
        parsed.get("answer"), parsed.get("citations"), offered, attribution=attribution, state_names=state_names
    )
    gated.status = NOT_ANSWERED if parsed.get("status") == NOT_ANSWERED else ANSWERED
    gated.output_tokens = reply.output_tokens
    return gated


def draft_answer(
    chat: ChatModel,
    messages: Sequence[tuple[str, str]],
    offered: Mapping[str, Paragraph],
    *,
    attribution: Callable[[Paragraph], str],
    repair: RepairWriter | None = None,
    repair_rounds: int = 1,
    state_names: Sequence[str] = (),
) -> GatedText:
    """Ask the model for a cited answer and gate it; when the reply fails the gate for a reason a model can fix (no
    citation, a quote not verbatim, an unsupported figure or quotation) and `repair` is given, tell it what failed and
    ask again, at most `repair_rounds` times. Raises LLMFailure when there is no usable reply."""
    conversation = list(messages)
    schema = answer_schema(list(offered), compact=chat.self_hosted)
    gated: GatedText | None = None
    for round_number in range(1, max(repair_rounds, 0) + 2):
        reply = chat.structured(conversation, schema)
        gated = _gate_answer(reply, offered, attribution, state_names)
        gated.rounds = round_number
        problem = gated.problem
        if problem not in REPAIRABLE or repair is None or round_number > repair_rounds:
            break
        log.info("model answer repair round %d (%s)", round_number, problem)
        conversation += [("ai", reply.raw), ("human", repair(gated, problem))]
    assert gated is not None
    return gated


def draft_followups(
    chat: ChatModel,
    messages: Sequence[tuple[str, str]],
    offered: Mapping[str, Paragraph],
    *,
    attribution: Callable[[Paragraph], str],
    max_questions: int = 5,
    state_names: Sequence[str] = (),
) -> tuple[list[GatedQuestion], str]:
    """Ask the model for follow-up questions and gate each one; returns them with the raw reply (for a repair round).
    Raises LLMFailure when there is no usable reply."""
    offered_sides = {key: paragraph.author_type for key, paragraph in offered.items()}
    schema = followups_schema(list(offered), compact=chat.self_hosted, max_questions=max_questions, sides=offered_sides)
    reply = chat.structured(messages, schema)
    questions = reply.parsed.get("questions")
    if not isinstance(questions, list):
        raise LLMFailure("bad_output", "no questions in the reply")
    gated: list[GatedQuestion] = []
    for item in questions:
        if not isinstance(item, dict):
            continue
        checked = gate_text(
            item.get("text"), item.get("citations"), offered, attribution=attribution, state_names=state_names
        )
        checked.output_tokens = reply.output_tokens
        sides = {offered[f"{c.doc_id}:{c.paragraph}"].author_type for c in checked.citations}
        basis = item["basis"] if item.get("basis") in BASES else ""
        gated.append(GatedQuestion(**vars(checked), basis=basis, sides=sides))
    return gated, reply.raw


def _closest_sentence(quote: str, paragraph: Paragraph) -> str:
    """The sentence of `paragraph` sharing most words with a quote that did not verify (a hint for the repair)."""
    words = set(re.findall(r"\w+", quote.lower()))
    sentences = [span.text for span in split_sentences(paragraph.text)] or [paragraph.text]
    return max(sentences, key=lambda s: len(words & set(re.findall(r"\w+", s.lower()))))


def _problem_lines(gated: GatedText, problem: str, phrase: Callable[..., str],
                   offered: Mapping[str, Paragraph]) -> list[str]:  # fmt: skip
    lines = []
    if problem == "no_citation" and not gated.citations:
        lines.append(phrase("no_citation"))
    for rejected in gated.dropped[:3]:
        paragraph = offered.get(rejected.key)
        if rejected.reason == NOT_OFFERED or paragraph is None:
            lines.append(phrase("not_offered", key=rejected.key))
            continue
        holders = [
            key for key, other in offered.items() if key != rejected.key and check_quote(rejected.quote, other).ok
        ]
        quote = rejected.quote[:300]
        if holders:
            lines.append(phrase("wrong_key", key=rejected.key, quote=quote, other=holders[0]))
        else:
            closest = _closest_sentence(rejected.quote, paragraph)
            lines.append(phrase("not_verbatim", key=rejected.key, quote=quote, closest=closest))
    for figure in gated.unsupported[:3]:
        printing = [key for key, paragraph in offered.items() if figure in figures(paragraph.text)]
        if printing:
            lines.append(phrase("figure_elsewhere", figure=figure, other=printing[0]))
        else:
            lines.append(phrase("unsupported_figure", figure=figure))
    for quotation in gated.unverified_quotations[:3]:
        lines.append(phrase("unverified_quotation", quote=quotation[:200]))
    for sentence in gated.misattributed[:3]:
        lines.append(phrase("misattributed", quote=sentence[:300]))
    for reference in gated.unverified_references[:3]:
        lines.append(phrase("unverified_reference", quote=reference[:100]))
    return lines


def describe_problems(gated: GatedText, problem: str, phrase: Callable[..., str],
                      offered: Mapping[str, Paragraph]) -> str:  # fmt: skip
    """The repair message for a draft that failed with `problem`, worded by `phrase(name, **variables)` (the
    prompts/repair.toml phrases). It points at the text as printed: the paragraph that does hold a misplaced quote,
    the closest sentence of the cited paragraph, the offered paragraph that prints a figure."""
    lines = [phrase("intro")] + ["- " + line for line in _problem_lines(gated, problem, phrase, offered)]
    return "\n".join([*lines, phrase("outro")])


def describe_followup_problems(drafted: Sequence[GatedQuestion], problems: Sequence[str | None],
                               phrase: Callable[..., str], offered: Mapping[str, Paragraph]) -> str:  # fmt: skip
    """The repair message for follow-up questions: for each question that failed, what failed (`problems[i]`: a
    FALLBACK_REASONS value, "basis_sides" for a state-vs-critic question without both sides, None when it passed)."""
    lines = [phrase("intro")]
    for number, (item, problem) in enumerate(zip(drafted, problems, strict=True), start=1):
        if problem is None:
            continue
        details = (
            [phrase("basis_sides", other=_missing_side_keys(item, offered))]
            if problem == "basis_sides"
            else _problem_lines(item, problem, phrase, offered)
        )
        lines += [f"- {phrase('question', number=number)} {detail}" for detail in details or [phrase("bad_question")]]
    return "\n".join([*lines, phrase("followups_outro")])


def _missing_side_keys(item: GatedQuestion, offered: Mapping[str, Paragraph], most: int = 3) -> str:
    """For a paired question (state-vs-critic, state-vs-standard) that lacks a side, the offered paragraphs of that side
    it could quote ("un-x:3 or ngo-y:7"; the other side when both are missing), so that a small model is told where to
    look, not only what."""
    other_sides = PAIRED_BASES.get(item.basis, tuple(CRITIC_SIDES))
    wanted = ("state",) if item.sides & set(other_sides) else other_sides
    cited = {f"{c.doc_id}:{c.paragraph}" for c in item.citations}
    keys = [key for key, p in offered.items() if p.author_type in wanted and key not in cited][:most]
    return " or ".join(keys)
