"""Local test servers the integration tests start on 127.0.0.1 (OpenAI-compatible API, Telegram Bot API)."""
