"""LLM drafting behind the quote gate: asks an OpenAI-compatible model (langchain-openai ChatOpenAI, structured output
`json_schema`) for an answer or follow-up questions citing (paragraph key, quote) pairs, then checks every pair with
prepbot.answering.verify and the prose's figures against the cited paragraphs. It never decides fallbacks: it reports
what passed and why the rest did not (prepbot.answering.answerer decides).

Retries: the openai client retries timeouts, 408/409/429 and 5xx itself, with exponential backoff (0.5 s doubling,
at most 8 s, or the server's Retry-After), `OPENAI_MAX_RETRIES` times; each attempt waits at most
`OPENAI_TIMEOUT_SECONDS`. After that, `LLMFailure` is raised and the caller falls back to the offline answer.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from prepbot.answering.verify import RejectedQuote, unsupported_figures, verified_citations
from prepbot.core.records import Citation, Paragraph
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import BASES

log = logging.getLogger(__name__)


class LLMFailure(Exception):
    """The model gave no usable reply. `kind`: timeout | rate_limited | server_error | connection | refused |
    bad_output | error. The message is safe for logs (no question or answer text)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def _classify(error: BaseException) -> LLMFailure:
    import openai

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


class ChatModel:
    """The configured chat model (built once, lazily; safe to share between threads)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._client: Any = None  # a langchain_openai.ChatOpenAI, built on first use (a heavy import)

    @property
    def name(self) -> str:
        return self.settings.openai_model

    def _chat(self):
        with self._lock:
            if self._client is None:
                from langchain_openai import ChatOpenAI

                self._client = ChatOpenAI(
                    model=self.settings.openai_model,
                    api_key=self.settings.openai_api_key,
                    base_url=self.settings.openai_base_url,
                    timeout=self.settings.openai_timeout_seconds,
                    max_retries=self.settings.openai_max_retries,
                    temperature=0,
                    use_responses_api=False,  # chat completions: what Azure, Ollama and vLLM all serve
                )
            return self._client

    def structured(self, messages: Sequence[tuple[str, str]], schema: dict) -> dict:
        """Send the messages, get back a dict matching `schema` (a `{"name", "schema", "strict"}` JSON schema)."""
        runnable = self._chat().with_structured_output(schema, method="json_schema", include_raw=True)
        try:
            result = runnable.invoke(list(messages))
        except Exception as error:  # openai and langchain raise many kinds; all end in a fallback
            failure = _classify(error)
            log.warning("LLM call failed (%s)", failure)
            raise failure from error
        parsed = result.get("parsed") if isinstance(result, dict) else None
        if not isinstance(parsed, dict):
            raw = result.get("raw") if isinstance(result, dict) else None
            refusal = getattr(raw, "additional_kwargs", {}).get("refusal") if raw is not None else None
            raise LLMFailure("refused" if refusal else "bad_output", "the reply did not match the schema")
        return parsed


# ---------------------------------------------------------------- schemas


def _citations_schema(offered_keys: Sequence[str]) -> dict:
    return {
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


def answer_schema(offered_keys: Sequence[str]) -> dict:
    return {
        "name": "cited_answer",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {
                "answer": {"type": "string"},
                "citations": _citations_schema(offered_keys),
            },
            "required": ["answer", "citations"],
            "additionalProperties": False,
        },
    }


def followups_schema(offered_keys: Sequence[str]) -> dict:
    return {
        "name": "followup_questions",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {
                "questions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "text": {"type": "string"},
                            "basis": {"type": "string", "enum": list(BASES)},
                            "citations": _citations_schema(offered_keys),
                        },
                        "required": ["text", "basis", "citations"],
                        "additionalProperties": False,
                    },
                }
            },
            "required": ["questions"],
            "additionalProperties": False,
        },
    }


# ---------------------------------------------------------------- gated drafts


@dataclass
class GatedText:
    """Model prose with the citations that passed the gate and what did not."""

    text: str
    citations: list[Citation]
    dropped: list[RejectedQuote] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # figures in the prose that no kept citation supports
    offered_count: int = 0  # how many citations the model gave


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
        text = re.sub(r"\[?\b" + re.escape(key) + r"\b\]?", paragraph.citation, text)
    return text


def gate_text(
    text: Any,
    raw_citations: Any,
    offered: Mapping[str, Paragraph],
    *,
    attribution: Callable[[Paragraph], str],
    also_allowed: Sequence[str] = (),
) -> GatedText:
    pairs = _pairs(raw_citations)
    kept, dropped = verified_citations(pairs, offered, attribution=attribution)
    prose = _replace_keys(text.strip(), offered) if isinstance(text, str) else ""
    cited = {(c.doc_id, c.paragraph) for c in kept}
    cited_paragraphs = [p for p in offered.values() if (p.doc_id, p.number) in cited]
    unsupported = unsupported_figures(prose, cited_paragraphs, also_allowed=also_allowed)
    return GatedText(prose, kept, dropped, unsupported, len(pairs))


def paragraph_inputs(paragraphs: Sequence[Paragraph], attribution: Callable[[Paragraph], str]) -> list[dict[str, Any]]:
    """What a prompt template sees for each offered paragraph."""
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
        }
        for p in paragraphs
    ]


def draft_answer(
    chat: ChatModel,
    messages: Sequence[tuple[str, str]],
    offered: Mapping[str, Paragraph],
    *,
    question: str,
    attribution: Callable[[Paragraph], str],
) -> GatedText:
    """Ask the model for a cited answer and gate it. Raises LLMFailure when there is no usable reply."""
    reply = chat.structured(messages, answer_schema(list(offered)))
    return gate_text(
        reply.get("answer"), reply.get("citations"), offered, attribution=attribution, also_allowed=(question,)
    )


def draft_followups(
    chat: ChatModel,
    messages: Sequence[tuple[str, str]],
    offered: Mapping[str, Paragraph],
    *,
    topic: str,
    attribution: Callable[[Paragraph], str],
) -> list[GatedQuestion]:
    """Ask the model for follow-up questions and gate each one. Raises LLMFailure when there is no usable reply."""
    reply = chat.structured(messages, followups_schema(list(offered)))
    questions = reply.get("questions")
    if not isinstance(questions, list):
        raise LLMFailure("bad_output", "no questions in the reply")
    gated: list[GatedQuestion] = []
    for item in questions:
        if not isinstance(item, dict):
            continue
        checked = gate_text(
            item.get("text"), item.get("citations"), offered, attribution=attribution, also_allowed=(topic,)
        )
        sides = {offered[f"{c.doc_id}:{c.paragraph}"].author_type for c in checked.citations}
        basis = item["basis"] if item.get("basis") in BASES else ""
        gated.append(GatedQuestion(**vars(checked), basis=basis, sides=sides))
    return gated
