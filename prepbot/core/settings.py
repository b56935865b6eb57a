"""Typed settings, read from the environment and an optional `.env` file (every field is in `.env.example`).

Every setting is checked when it is read, with bounds where a number has any (a port, a retention, a rate limit), and
URLs must be http(s) URLs. `get_settings()` turns any problem into one SettingsError line that names the setting and
says what is expected, without echoing the value: values may be Telegram ids, tokens or keys, and the line ends up
in terminals and logs. A `.env` that is not UTF-8 is said so the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from prepbot import PROJECT_ROOT
from prepbot.core.errors import PrepbotError

IdList = Annotated[frozenset[int], NoDecode]

MAX_TELEGRAM_ID = 2**53  # Telegram user ids fit in 52 bits
_HOST = re.compile(r"^[A-Za-z0-9._-]{1,253}$|^\[[0-9A-Fa-f:.]+\]$")
_COLLECTION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,510}[A-Za-z0-9]$")  # Chroma's rule for collection names


class SettingsError(PrepbotError):
    """A setting in the environment or .env is malformed; the message names it, never its value."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Where things live
    data_dir: Path = Field(Path("data"), alias="PREPBOT_DATA_DIR")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", alias="PREPBOT_CORPUS_DIR")
    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", alias="PREPBOT_PROMPTS_DIR")
    # Which General Comments (the standards layer, corpus/standards/) are indexed: "all", "none", or
    # comma-separated doc_id / symbol patterns ("ccpr-*,CAT/C/GC/*"). The dialogue documents are always indexed.
    standards: str = Field("all", alias="PREPBOT_STANDARDS")
    # A cross-encoder re-orders the best paragraphs of an English question about the standards (retrieval/rerank.py):
    # "standards", or "off" (faster: about 0.5 s less for such a question, with lower recall).
    rerank: Literal["standards", "off"] = Field("standards", alias="PREPBOT_RERANK")
    # Content-addressed cache of embedding vectors (nothing is embedded twice): a path, "off", or unset for
    # <data dir>/embedding-cache.sqlite.
    embedding_cache: str | None = Field(None, alias="PREPBOT_EMBEDDING_CACHE")

    # Vector store: embedded Chroma under data_dir unless a server is named
    chroma_host: str | None = Field(None, alias="CHROMA_HOST")
    chroma_port: int = Field(8000, alias="CHROMA_PORT", ge=1, le=65535)
    chroma_collection: str = Field("paragraphs", alias="CHROMA_COLLECTION")

    # LLM (optional): without a key, answers are extractive
    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL")
    openai_model: str = Field("gpt-4o-mini", alias="OPENAI_MODEL", min_length=1, max_length=200)
    openai_timeout_seconds: float = Field(30.0, alias="OPENAI_TIMEOUT_SECONDS", gt=0, le=600, allow_inf_nan=False)
    openai_max_retries: int = Field(2, alias="OPENAI_MAX_RETRIES", ge=0, le=10)
    openai_max_tokens: int = Field(768, alias="OPENAI_MAX_TOKENS", ge=16, le=32768)  # output cap, on every request
    # a model on your own server (llama.cpp, Ollama, vLLM): None = decided from OPENAI_BASE_URL (see llm_self_hosted)
    openai_self_hosted: bool | None = Field(None, alias="OPENAI_SELF_HOSTED")
    openai_local_timeout_seconds: float = Field(
        300.0, alias="OPENAI_LOCAL_TIMEOUT_SECONDS", gt=0, le=3600, allow_inf_nan=False
    )
    openai_repair_rounds: int = Field(1, alias="OPENAI_REPAIR_ROUNDS", ge=0, le=3)  # re-asks after a failed reply

    # Telegram
    telegram_bot_token: str | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(None, alias="TELEGRAM_API_BASE_URL")
    member_ids: IdList = Field(frozenset(), alias="MEMBER_IDS")
    coordinator_ids: IdList = Field(frozenset(), alias="COORDINATOR_IDS")
    admin_ids: IdList = Field(frozenset(), alias="ADMIN_IDS")
    rate_limit_questions: int = Field(20, alias="RATE_LIMIT_QUESTIONS", ge=0, le=10_000)  # 0: no limit
    rate_limit_window_seconds: int = Field(600, alias="RATE_LIMIT_WINDOW_SECONDS", ge=1, le=7 * 86_400)
    invite_ttl_hours: int = Field(48, alias="INVITE_TTL_HOURS", ge=1, le=24 * 365)

    # Session logs
    log_pseudonym_key: str | None = Field(None, alias="LOG_PSEUDONYM_KEY")
    log_retention_days: int = Field(90, alias="LOG_RETENTION_DAYS", ge=1, le=3650)

    @field_validator("member_ids", "coordinator_ids", "admin_ids", mode="before")
    @classmethod
    def _parse_id_list(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(re.fullmatch(r"[0-9]{1,16}", part) for part in parts):
                raise ValueError("expected comma-separated Telegram user ids (whole numbers), e.g. 111111111,222222222")
            value = frozenset(int(part) for part in parts)
        if isinstance(value, (set, frozenset, list, tuple)) and not all(
            isinstance(item, int) and 1 <= item <= MAX_TELEGRAM_ID for item in value
        ):
            raise ValueError("Telegram user ids are positive whole numbers")
        return value

    @field_validator("openai_base_url", "telegram_api_base_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 - raises ValueError for a port that is not a number in 0-65535
        except ValueError:
            raise ValueError("expected an http(s) URL with a valid port, e.g. http://127.0.0.1:8000/v1") from None
        if parts.scheme not in ("http", "https") or not parts.hostname or any(ch.isspace() for ch in value):
            raise ValueError("expected an http(s) URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1")
        return value

    @field_validator("chroma_host")
    @classmethod
    def _check_host(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not _HOST.match(value.strip()):
            raise ValueError("expected a host name or address only, e.g. 127.0.0.1 (the port is CHROMA_PORT)")
        return value.strip()

    @field_validator("chroma_collection")
    @classmethod
    def _check_collection(cls, value: str) -> str:
        if not _COLLECTION.match(value):
            raise ValueError("expected 3-512 letters, digits, dots, dashes or underscores, starting and ending alnum")
        return value

    @property
    def llm_enabled(self) -> bool:
        return bool(self.openai_api_key)

    @property
    def llm_self_hosted(self) -> bool:
        """True for a model on a server of one's own: OPENAI_SELF_HOSTED, or else any OPENAI_BASE_URL that is not an
        OpenAI or Azure OpenAI endpoint (llama.cpp, Ollama, vLLM, ...)."""
        if self.openai_self_hosted is not None:
            return self.openai_self_hosted
        if not self.openai_base_url:
            return False
        from urllib.parse import urlparse

        host = (urlparse(self.openai_base_url).hostname or "").lower()
        return not (host == "api.openai.com" or host.endswith((".openai.azure.com", ".azure-api.net")))

    @property
    def llm_timeout_seconds(self) -> float:
        """OPENAI_TIMEOUT_SECONDS when set; otherwise 30 s for a cloud API and OPENAI_LOCAL_TIMEOUT_SECONDS (300 s) for
        a self-hosted model, which on modest hardware takes about a minute per answer."""
        if "openai_timeout_seconds" in self.model_fields_set or not self.llm_self_hosted:
            return self.openai_timeout_seconds
        return self.openai_local_timeout_seconds

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def embedding_cache_path(self) -> Path | None:
        value = (self.embedding_cache or "").strip()
        if value.lower() == "off":
            return None
        return Path(value) if value else self.data_dir / "embedding-cache.sqlite"

    @property
    def sessions_db_path(self) -> Path:
        return self.data_dir / "sessions.db"


def describe_settings_problem(error: ValidationError | UnicodeDecodeError | OSError) -> str:
    """One line naming what is wrong, never a value (ids, tokens and keys must not reach terminals or logs)."""
    if isinstance(error, UnicodeDecodeError):
        return (
            f".env is not UTF-8 text (an invalid byte at position {error.start}): save it as UTF-8 "
            "(settings are not shown here, as they may hold ids and tokens)"
        )
    if isinstance(error, OSError):
        return f".env cannot be read ({error.strerror or type(error).__name__})"
    aliases = {name: field.alias or name.upper() for name, field in Settings.model_fields.items()}
    problems = []
    for item in error.errors(include_url=False, include_input=True):
        name = ".".join(str(part) for part in item.get("loc", ())) or "a setting"
        name = aliases.get(name, name)
        message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
        shown = str(item.get("input", ""))
        if len(shown) >= 2 and shown in message:
            message = message.replace(shown, "…")
        problems.append((name, message.rstrip(".")))
    if len(problems) == 1:
        [(name, message)] = problems
        return f"{name} (in .env or the environment) is invalid: {message}. The value is not shown."
    listed = "; ".join(f"{name}: {message}" for name, message in problems)
    return f"settings in .env or the environment are invalid: {listed}. Values are not shown."


def load_settings(**values: Any) -> Settings:
    """Settings from the environment and .env; SettingsError (one line, no values) when any is malformed."""
    try:
        return Settings(**values)
    except (ValidationError, UnicodeDecodeError, OSError) as error:
        raise SettingsError(describe_settings_problem(error)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
