"""Builds the Telegram `Application`: every handler and job wired in one place around the conversation engine.

`build_application(settings, services_or_engine)` returns a ready, not yet started, python-telegram-bot Application:
concurrent updates (one user never waits for another), AIORateLimiter (Telegram's flood limits), a JobQueue with the
admin-alert job and the daily retention job, HTML parse mode by default, and httpx's request logging silenced because
its lines carry the bot token.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    filters,
)

from prepbot.bot import handlers
from prepbot.bot.callbacks import CallbackCodec
from prepbot.core.errors import PrepbotError

if TYPE_CHECKING:
    from prepbot.core.settings import Settings
    from prepbot.engine import Engine
    from prepbot.services import Services

ALERT_INTERVAL_SECONDS = 30.0
RETENTION_JOB_TIME = dt.time(hour=3, minute=30, tzinfo=dt.UTC)
# Opening the log at start purges already (services.apply_retention); this job purges again a minute later, for a log
# that could not be opened then (locked, read-only), and so that a bot restarted every night at 03:00 still purges.
RETENTION_AT_START_SECONDS = 60.0
CONCURRENT_UPDATES = 64
ANSWER_WORKERS = 4  # threads computing answers; quick engine calls use asyncio's default pool
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
FLOOD_RETRIES = 2  # a request Telegram answers with 429 "retry after N s" is retried this often
TOKEN_REJECTED = "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather."

# command -> handler
COMMANDS = {
    "start": handlers.start_command,
    "help": handlers.help_command,
    "ask": handlers.ask_command,
    "followups": handlers.followups_command,
    "brief": handlers.brief_command,
    "source": handlers.source_command,
    "docs": handlers.docs_command,
    "filter": handlers.filter_command,
    "role": handlers.role_command,
    "new": handlers.new_command,
    "offrecord": handlers.offrecord_command,
    "onrecord": handlers.onrecord_command,
    "forget": handlers.forget_command,
    "export": handlers.export_command,
    "invite": handlers.invite_command,
    "revoke": handlers.revoke_command,
    "reload": handlers.reload_command,
}
MENU = [
    BotCommand("ask", "Ask a question (or just type it)"),
    BotCommand("followups", "Draft follow-up questions [topic]"),
    BotCommand("brief", "Briefing pack as a Word document [topic]"),
    BotCommand("source", "A whole paragraph: SYMBOL N"),
    BotCommand("docs", "The documents I answer from"),
    BotCommand("filter", "state | committee | un | ngo | all"),
    BotCommand("role", "delegation | ngo"),
    BotCommand("new", "Start a new session"),
    BotCommand("offrecord", "Stop logging your exchanges"),
    BotCommand("onrecord", "Resume logging"),
    BotCommand("forget", "Delete your stored exchanges"),
    BotCommand("help", "How to use this bot"),
]


def quiet_loggers() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token; APScheduler logs every job run."""
    for name in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)


def check_bot_settings(settings: Settings) -> None:
    """What the bot cannot start without; raises PrepbotError with a clear message."""
    if not (settings.telegram_bot_token or "").strip():
        raise PrepbotError("TELEGRAM_BOT_TOKEN is not set: put the token from @BotFather in .env (see .env.example).")
    if not (settings.log_pseudonym_key or "").strip():
        raise PrepbotError(
            "LOG_PSEUDONYM_KEY is not set: the session log needs it to pseudonymise users. "
            "`make run` generates one into .env; or set a long random value yourself."
        )


def api_urls(settings: Settings) -> tuple[str, str] | None:
    """(base_url, base_file_url) for a self-hosted Bot API server, or None for api.telegram.org."""
    root = (settings.telegram_api_base_url or "").strip().rstrip("/")
    if not root:
        return None
    return f"{root}/bot", f"{root}/file/bot"


def _engine_from(services_or_engine: Services | Engine) -> Engine:
    from prepbot.engine import Engine

    if isinstance(services_or_engine, Engine):
        return services_or_engine
    return Engine(services_or_engine)


async def _post_init(application: Application) -> None:
    await application.bot.set_my_commands(MENU)


async def _post_shutdown(application: Application) -> None:
    application.bot_data[handlers.ANSWER_POOL].shutdown(wait=False, cancel_futures=True)


def build_application(
    settings: Settings,
    services_or_engine: Services | Engine,
    *,
    rate_limiter: BaseRateLimiter | None | bool = True,
    alert_interval: float = ALERT_INTERVAL_SECONDS,
    concurrent_updates: int = CONCURRENT_UPDATES,
    answer_workers: int = ANSWER_WORKERS,
    retention_time: dt.time = RETENTION_JOB_TIME,
    retention_at_start: float | None = RETENTION_AT_START_SECONDS,
) -> Application:
    """The bot, wired. `rate_limiter=True` uses AIORateLimiter; pass another limiter, or False for none.

    The retention job runs daily at `retention_time` (UTC) and once `retention_at_start` seconds after start (None:
    not at start)."""
    check_bot_settings(settings)
    quiet_loggers()
    engine = _engine_from(services_or_engine)
    token = (settings.telegram_bot_token or "").strip()  # both set: check_bot_settings says so
    secret = (settings.log_pseudonym_key or "").strip()

    builder = (
        ApplicationBuilder()
        .token(token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(concurrent_updates)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    urls = api_urls(settings)
    if urls is not None:
        builder = builder.base_url(urls[0]).base_file_url(urls[1])
    limiter: BaseRateLimiter[Any] | None = None  # any kind: the builder's bot type follows the limiter's
    if rate_limiter is True:
        limiter = AIORateLimiter(max_retries=FLOOD_RETRIES)
    elif rate_limiter:
        limiter = rate_limiter
    if limiter is not None:
        builder = builder.rate_limiter(limiter)
    application = builder.build()

    application.bot_data[handlers.ENGINE] = engine
    application.bot_data[handlers.CODEC] = CallbackCodec(secret)
    application.bot_data[handlers.ANSWER_POOL] = ThreadPoolExecutor(answer_workers, thread_name_prefix="prepbot-answer")
    add_handlers(application)
    add_jobs(application, alert_interval, retention_time, retention_at_start)
    return application


def add_handlers(application: Application) -> None:
    new_messages = filters.UpdateType.MESSAGE  # edits of old messages are not new questions
    for name, callback in COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=new_messages))
    application.add_handler(CallbackQueryHandler(handlers.button))
    text = new_messages & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(text & filters.ChatType.PRIVATE, handlers.private_text))
    application.add_handler(MessageHandler(text & filters.ChatType.GROUPS, handlers.group_text))
    application.add_handler(
        MessageHandler(new_messages & filters.COMMAND & filters.ChatType.PRIVATE, handlers.unknown_command)
    )
    application.add_handler(
        MessageHandler(new_messages & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.non_text_message)
    )
    application.add_error_handler(handlers.on_error)


def add_jobs(
    application: Application,
    alert_interval: float,
    retention_time: dt.time = RETENTION_JOB_TIME,
    retention_at_start: float | None = RETENTION_AT_START_SECONDS,
) -> None:
    jobs = application.job_queue
    if jobs is None:
        raise PrepbotError('The job queue is unavailable: install "python-telegram-bot[job-queue]".')
    jobs.run_repeating(handlers.send_admin_alerts, interval=alert_interval, first=alert_interval, name="admin-alerts")
    jobs.run_daily(handlers.purge_expired_logs, time=retention_time, name="log-retention")
    if retention_at_start is not None:
        jobs.run_once(handlers.purge_expired_logs, when=retention_at_start, name="log-retention-at-start")


class TokenGuard(logging.Filter):
    """Keeps the bot token out of every log line: drops the traceback python-telegram-bot logs for a rejected token
    (prepbot says that itself, in one line), and replaces the token anywhere else in a message or a traceback."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.secrets = [part for part in (token, token.partition(":")[2]) if len(part) >= 8]

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            return False
        if record.exc_info and isinstance(record.exc_info[1], NetworkError) and "Bootstrap" in record.getMessage():
            return False  # the Bot API unreachable at start: `run_polling` says so in one line
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            record.msg, record.args = self._redact(message), ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self._redact(logging.Formatter().formatException(record.exc_info))
        return True


@contextlib.contextmanager
def token_guard(token: str) -> Iterator[TokenGuard]:
    """TokenGuard on every handler of the root logger and on python-telegram-bot's loggers, for the block."""
    guard = TokenGuard(token)
    targets: list[logging.Filterer] = [*logging.getLogger().handlers, logging.getLogger("telegram.ext")]
    targets.append(logging.getLogger("telegram"))
    for target in targets:
        target.addFilter(guard)
    try:
        yield guard
    finally:
        for target in targets:
            target.removeFilter(guard)


def _start_error(error: InvalidToken | NetworkError, base_url: str) -> PrepbotError:
    """The one line for a Bot API that refuses the token or cannot be reached at start-up (no token in it:
    python-telegram-bot's own message and traceback both quote it)."""
    if isinstance(error, InvalidToken):
        return PrepbotError(TOKEN_REJECTED)
    host = urlsplit(base_url).netloc or "its address"
    return PrepbotError(
        f"Cannot reach the Telegram Bot API at {host} ({error.message}): check the network, or TELEGRAM_API_BASE_URL."
    )


def check_token(settings: Settings) -> None:
    """Ask Telegram who the bot is (getMe) before the index and the models are loaded: a token it rejects, or a Bot
    API out of reach, is said in one line within seconds, not after the start-up's half minute."""
    check_bot_settings(settings)
    urls = api_urls(settings)
    token = (settings.telegram_bot_token or "").strip()
    bot = Bot(token, base_url=urls[0], base_file_url=urls[1]) if urls else Bot(token)

    async def get_me() -> None:
        async with bot:  # initialising the bot is its getMe
            pass

    with token_guard(token):
        try:
            asyncio.run(get_me())
        except (InvalidToken, NetworkError) as error:
            raise _start_error(error, bot.base_url) from None


def run_polling(application: Application, **kwargs: Any) -> None:
    """Start polling until Ctrl-C / SIGTERM (only message and button updates are requested).

    A token Telegram rejects is a PrepbotError whose one line holds no token (python-telegram-bot's own message and
    traceback both quote it)."""
    with token_guard(application.bot.token):
        try:
            application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, **kwargs)
        except (InvalidToken, NetworkError) as error:  # at start-up; once polling, the library retries by itself
            raise _start_error(error, application.bot.base_url) from None


@contextlib.asynccontextmanager
async def polling(application: Application, *, timeout: float = 10.0) -> AsyncIterator[Application]:
    """Run the bot inside the current event loop until the block ends (tests and benchmarks), with the same start-up
    and shut-down steps as `run_polling` (which `prepbot run` uses)."""
    updater = application.updater
    if updater is None:  # build_application's builder always makes one
        raise RuntimeError("the application has no updater to poll with")
    try:
        async with application:
            if application.post_init is not None:
                await application.post_init(application)
            await application.start()
            await updater.start_polling(
                poll_interval=0.0, timeout=dt.timedelta(seconds=timeout), allowed_updates=ALLOWED_UPDATES
            )
            try:
                yield application
            finally:
                await updater.stop()
                await application.stop()
    finally:
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
