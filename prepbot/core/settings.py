"""Typed settings, read from the environment and an optional `.env` file (every field is in `.env.example`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from prepbot import PROJECT_ROOT

IdList = Annotated[frozenset[int], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Where things live
    data_dir: Path = Field(Path("data"), alias="PREPBOT_DATA_DIR")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", alias="PREPBOT_CORPUS_DIR")
    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", alias="PREPBOT_PROMPTS_DIR")

    # Vector store: embedded Chroma under data_dir unless a server is named
    chroma_host: str | None = Field(None, alias="CHROMA_HOST")
    chroma_port: int = Field(8000, alias="CHROMA_PORT")
    chroma_collection: str = Field("paragraphs", alias="CHROMA_COLLECTION")

    # LLM (optional): without a key, answers are extractive
    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL")
    openai_model: str = Field("gpt-4o-mini", alias="OPENAI_MODEL")
    openai_timeout_seconds: float = Field(30.0, alias="OPENAI_TIMEOUT_SECONDS")
    openai_max_retries: int = Field(2, alias="OPENAI_MAX_RETRIES")
    openai_max_tokens: int = Field(768, alias="OPENAI_MAX_TOKENS")  # output cap, sent with every request
    # a model on your own server (llama.cpp, Ollama, vLLM): None = decided from OPENAI_BASE_URL (see llm_self_hosted)
    openai_self_hosted: bool | None = Field(None, alias="OPENAI_SELF_HOSTED")
    openai_local_timeout_seconds: float = Field(300.0, alias="OPENAI_LOCAL_TIMEOUT_SECONDS")
    openai_repair_rounds: int = Field(1, alias="OPENAI_REPAIR_ROUNDS")  # re-asks after a reply that fails the gate

    # Telegram
    telegram_bot_token: str | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(None, alias="TELEGRAM_API_BASE_URL")
    member_ids: IdList = Field(frozenset(), alias="MEMBER_IDS")
    coordinator_ids: IdList = Field(frozenset(), alias="COORDINATOR_IDS")
    admin_ids: IdList = Field(frozenset(), alias="ADMIN_IDS")
    rate_limit_questions: int = Field(20, alias="RATE_LIMIT_QUESTIONS")
    rate_limit_window_seconds: int = Field(600, alias="RATE_LIMIT_WINDOW_SECONDS")
    invite_ttl_hours: int = Field(48, alias="INVITE_TTL_HOURS")

    # Session logs
    log_pseudonym_key: str | None = Field(None, alias="LOG_PSEUDONYM_KEY")
    log_retention_days: int = Field(90, alias="LOG_RETENTION_DAYS")

    @field_validator("member_ids", "coordinator_ids", "admin_ids", mode="before")
    @classmethod
    def _parse_id_list(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            try:
                return frozenset(int(part) for part in parts)
            except ValueError as error:
                raise ValueError(f"expected comma-separated Telegram user ids, got {value!r}") from error
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
    def sessions_db_path(self) -> Path:
        return self.data_dir / "sessions.db"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
