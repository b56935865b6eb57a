"""The Telegram handlers: small async functions, one job each, translating updates into conversation-engine calls.

They hold no conversation logic of their own. Every engine call runs in a worker thread (`asyncio.to_thread`) so one
user's slow question never blocks another (answers run in their own pool, so quick commands never wait behind
them); the engine enforces membership, one request at a time per user and the
rate limit, and its user-facing errors (PrepbotError) are shown as they are. Strangers get one short refusal and
nothing of what they sent is stored. Handlers find the engine and the callback codec in `application.bot_data`
(wired by bot/app.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import logging
import re
import secrets
import time
import traceback
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from telegram import (
    CallbackQuery,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from prepbot.answering.prompts import filter_confirmed, role_confirmed
from prepbot.answering.text import question_language
from prepbot.bot.callbacks import Callback, CallbackCodec, InvalidCallback, exchange_id_arg, forget_still_valid
from prepbot.bot.render import esc, render_answer_screens, render_documents, render_followups, render_paragraph
from prepbot.core.errors import PrepbotError
from prepbot.core.requests import read_request
from prepbot.core.userinput import parse_count
from prepbot.core.vocabulary import SIDE_ALIASES, STANDARD_SIDE
from prepbot.engine import MAX_EXPORT_DAYS, STRANGER_MESSAGE, Caller, Reply, answer_of, followups_of

if TYPE_CHECKING:
    from prepbot.answering.prompts import Prompt
    from prepbot.core.records import Citation
    from prepbot.engine import Engine

log = logging.getLogger(__name__)

ENGINE = "engine"
CODEC = "callback_codec"
ANSWER_POOL = "answer_pool"  # bot_data: the ThreadPoolExecutor for answers, follow-ups and exports
FOLLOWUP_TOPICS = "followup_topics"  # bot_data: token -> question, for "Draft follow-ups" buttons
ANSWER_RESTS = "answer_rests"  # bot_data: token -> the rest of an answer (HTML messages), for "More" buttons
COMMENT_PROMPTS = "wrong_citation_prompts"  # user_data: prompt message id -> exchange id
MAX_REMEMBERED = 2000  # per kind of remembered button value
MAX_PARAGRAPH_BUTTONS = 6
MAX_COMMENT_PROMPTS = 20  # open "what is wrong with the citation?" prompts kept per user
TYPING_EVERY_SECONDS = 4.5
CALLBACK_TEXT_LIMIT = 200

NON_TEXT_HINT = "I can only read text. Please type your question, e.g. <i>What did the State say about torture?</i>"
STALE_BUTTON = "This button has expired. Please ask again."
INVALID_BUTTON = "This button is not valid (anymore)."
SOMETHING_WRONG = "Sorry, something went wrong. Please try again."
PRIVATE_ONLY = "For privacy, please send /{command} in a private chat with me."

HELP_MEMBER = """<b>Ask me about the dialogue</b> — I answer with quotes checked against the documents.
Just type a question, e.g. <i>What did the delegation say about torture in pre-trial detention?</i>

/followups [topic] — draft follow-up questions (on your last question if no topic), or type
<i>draft follow-up questions on torture</i>
/brief [topic] — a briefing pack as a Word document (the whole dialogue if no topic)
/source SYMBOL N — a whole paragraph, e.g. <code>/source CCPR/C/KAZ/3 12</code> or <code>/source SR.4227 50</code>
/docs — the documents I answer from (/docs standards: every General Comment)
/filter state|committee|un|ngo|standards|all — which sources to quote
/role delegation|ngo — whom the follow-up questions are for
/new — start a new session
/offrecord, /onrecord — stop / resume logging your exchanges; /forget — delete them
In groups, mention me (@{username}) or reply to my message."""
HELP_COORDINATOR = "\n/invite — a one-time code for a new member\n/export [days] [csv] — the session log as a file"
HELP_ADMIN = "\n/revoke USER_ID — remove an invited member\n/reload — reload the prompt files"


# ----------------------------------------------------------------------------- plumbing


def engine_of(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.bot_data[ENGINE]


def codec_of(context: ContextTypes.DEFAULT_TYPE) -> CallbackCodec:
    return context.bot_data[CODEC]


def frame_of(context: ContextTypes.DEFAULT_TYPE) -> Prompt:
    """The words around answers and follow-ups (prompts/frame.toml), as the engine's prompts hold them now."""
    return engine_of(context).services.prompts.get("frame")


async def in_thread(function: Callable[..., Any], *args: Any) -> Any:
    """Run a quick engine call (role check, settings, log store) off the event loop."""
    return await asyncio.to_thread(function, *args)


async def in_answer_pool(context: ContextTypes.DEFAULT_TYPE, function: Callable[..., Any], *args: Any) -> Any:
    """Run slow work (answers, follow-ups, exports) in its own thread pool, so quick commands never queue behind it."""
    pool = context.bot_data[ANSWER_POOL]
    return await asyncio.get_running_loop().run_in_executor(pool, functools.partial(function, *args))


def chat_kind(update: Update) -> str:
    chat = update.effective_chat
    return "private" if chat is None or chat.type == ChatType.PRIVATE else "group"


# The handlers are registered for new messages and button presses only (bot/app.py), in private chats and groups:
# such an update always has a sender, a chat, and a message or a callback query. The accessors below say so to the
# type checker, and raise if an update ever breaks that (on_error then logs it and tells the user).


class UnexpectedUpdate(RuntimeError):
    """An update lacks what the handler it reached is registered for (a bug in the wiring, not a user's mistake)."""


def user_id_of(update: Update) -> int:
    """The sender's Telegram id (members_only has already turned away updates without a sender)."""
    user = update.effective_user
    if user is None:
        raise UnexpectedUpdate("an update without a sender")
    return user.id


def client_language_of(update: Update) -> str | None:
    """The language the sender's Telegram app is set to ("ru", "en-GB"), when Telegram tells it."""
    user = update.effective_user
    return user.language_code if user is not None else None


def chat_id_of(update: Update) -> int:
    chat = update.effective_chat
    if chat is None:
        raise UnexpectedUpdate("an update without a chat")
    return chat.id


def message_of(update: Update) -> Message:
    """The message of a message update (the text, command and non-text handlers are registered for messages)."""
    message = update.effective_message
    if message is None:
        raise UnexpectedUpdate("a message handler got an update without a message")
    return message


def query_of(update: Update) -> CallbackQuery:
    """The button press of a callback-query update (the button handlers get nothing else)."""
    query = update.callback_query
    if query is None:
        raise UnexpectedUpdate("a button handler got an update without a callback query")
    return query


def caller_of(update: Update) -> Caller:
    return Caller(user_id=user_id_of(update), chat_kind=chat_kind(update))


def thread_id_of(update: Update) -> int | None:
    message = update.effective_message
    return message.message_thread_id if isinstance(message, Message) and message.is_topic_message else None


async def say(update: Update, text: str, reply_markup: Any = None) -> Message | None:
    """Send HTML to the chat the update came from: in groups as a reply to the user's message; after a button press
    as a new message under the button's message."""
    message = update.effective_message
    if update.callback_query is None and isinstance(message, Message):
        return await message.reply_text(
            text, parse_mode=ParseMode.HTML, reply_markup=reply_markup, do_quote=chat_kind(update) == "group"
        )
    chat = update.effective_chat
    if chat is None:
        return None
    return await update.get_bot().send_message(
        chat.id, text, parse_mode=ParseMode.HTML, reply_markup=reply_markup, message_thread_id=thread_id_of(update)
    )


async def say_all(update: Update, messages: list[str], reply_markup: Any = None) -> None:
    """Send a split reply; the buttons go under its last message."""
    for index, text in enumerate(messages):
        await say(update, text, reply_markup if index == len(messages) - 1 else None)


@contextlib.asynccontextmanager
async def typing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> AsyncIterator[None]:
    """Show "typing…" while the body runs (Telegram shows it ~5 s, so it is repeated)."""
    chat_id = chat_id_of(update)
    thread_id = thread_id_of(update)

    async def send() -> None:
        with contextlib.suppress(TelegramError):
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)

    async def repeat() -> None:
        while True:
            await asyncio.sleep(TYPING_EVERY_SECONDS)
            await send()

    await send()
    task = asyncio.create_task(repeat())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


P = ParamSpec("P")
# a handler: (update, context, and for some the question or the decoded button data) -> None, awaited by PTB
Handler = Callable[Concatenate[Update, ContextTypes.DEFAULT_TYPE, P], Coroutine[Any, Any, None]]


def members_only(handler: Handler[P]) -> Handler[P]:
    """Strangers get the one refusal; PrepbotError messages from the engine are shown to the user as they are."""

    @functools.wraps(handler)
    async def gated(update: Update, context: ContextTypes.DEFAULT_TYPE, *args: P.args, **kwargs: P.kwargs) -> None:
        user = update.effective_user
        if user is None or user.is_bot:
            return
        role = await in_thread(engine_of(context).role, user.id)
        if role == "stranger":
            if update.callback_query is not None:
                await update.callback_query.answer(STRANGER_MESSAGE)
            else:
                await say(update, esc(STRANGER_MESSAGE))
            return
        try:
            await handler(update, context, *args, **kwargs)
        except PrepbotError as error:
            if update.callback_query is not None:
                await update.callback_query.answer(str(error)[:CALLBACK_TEXT_LIMIT], show_alert=True)
            else:
                await say(update, esc(str(error)))

    return gated


def command_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or []).strip()


# ----------------------------------------------------------------------------- buttons under answers


def remember(context: ContextTypes.DEFAULT_TYPE, kind: str, value: Any) -> str:
    """A short token for a button whose data does not fit its 64 bytes; the value stays in memory only, the oldest
    forgotten first (`MAX_REMEMBERED` of each kind)."""
    kept: OrderedDict[str, Any] = context.bot_data.setdefault(kind, OrderedDict())
    token = secrets.token_urlsafe(6)
    kept[token] = value
    while len(kept) > MAX_REMEMBERED:
        kept.popitem(last=False)
    return token


def paragraph_buttons(codec: CallbackCodec, citations: list[Citation], label: str) -> list[list[InlineKeyboardButton]]:
    rows, seen = [], set()
    for citation in citations:
        key = (citation.doc_id, citation.paragraph)
        if key in seen:
            continue
        seen.add(key)
        data = codec.encode("paragraph", citation.doc_id, citation.paragraph)
        if data is not None:
            rows.append([InlineKeyboardButton(f"{label} · {citation.label}", callback_data=data)])
        if len(rows) == MAX_PARAGRAPH_BUTTONS:
            break
    return rows


def feedback_row(
    codec: CallbackCodec, exchange_id: int | None, user_id: int, wrong_citation: str
) -> list[InlineKeyboardButton]:
    if exchange_id is None:  # off the record or not logged: nothing to attach feedback to
        return []
    buttons = []
    for action, label in (("up", "👍"), ("down", "👎"), ("wrong_citation", wrong_citation)):
        data = codec.encode(action, exchange_id, user_id=user_id)
        if data is not None:
            buttons.append(InlineKeyboardButton(label, callback_data=data))
    return buttons


def reply_keyboard(
    context: ContextTypes.DEFAULT_TYPE,
    reply: Reply,
    user_id: int,
    citations: list[Citation],
    topic: str | None,
    more: list[str] | None = None,
    language_of: str = "",
) -> InlineKeyboardMarkup | None:
    """The buttons under a reply: More (the rest of a long answer), a full paragraph per citation, follow-ups, and
    feedback when the exchange was logged; labelled in the language of `language_of` (the question or topic)."""
    codec = codec_of(context)
    words, language = frame_of(context), question_language(language_of)
    rows = paragraph_buttons(codec, citations, words.phrase("button_full_paragraph", language))
    if more:
        data = codec.encode("more", remember(context, ANSWER_RESTS, more), user_id=user_id)
        if data is not None:
            rows.insert(0, [InlineKeyboardButton(words.phrase("button_more", language), callback_data=data)])
    if topic:
        data = codec.encode("followups", remember(context, FOLLOWUP_TOPICS, topic))
        if data is not None:
            rows.append([InlineKeyboardButton(words.phrase("button_followups", language), callback_data=data)])
    feedback = feedback_row(codec, reply.exchange_id, user_id, words.phrase("button_wrong_citation", language))
    if feedback:
        rows.append(feedback)
    return InlineKeyboardMarkup(rows) if rows else None


def followup_citations(reply: Reply) -> list[Citation]:
    return [citation for question in followups_of(reply).questions for citation in question.citations]


# ----------------------------------------------------------------------------- questions


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Ask the engine and send the rendered answer with its buttons."""
    if not question.strip():
        await say(update, "Please type a question, e.g. <i>What did the State say about torture?</i>")
        return
    engine = engine_of(context)
    receipt = engine.receipt(user_id_of(update))  # a /forget from now on covers this exchange
    async with typing(update, context):
        reply: Reply = await in_answer_pool(context, engine.ask, caller_of(update), question, receipt)
    answer = answer_of(reply)
    # the first fits a phone screen; the rest is behind More
    first, more = render_answer_screens(answer, reply.notice, frame=frame_of(context))
    shown = answer.citations or answer.related
    asked = answer.question or question
    keyboard = reply_keyboard(context, reply, user_id_of(update), shown, asked, more, language_of=asked)
    await say(update, first, keyboard)


async def send_followups(update: Update, context: ContextTypes.DEFAULT_TYPE, topic: str | None) -> None:
    engine = engine_of(context)
    receipt = engine.receipt(user_id_of(update))  # a /forget from now on covers this exchange
    async with typing(update, context):
        reply: Reply = await in_answer_pool(context, engine.followups, caller_of(update), topic, receipt)
    drafted = followups_of(reply)
    keyboard = reply_keyboard(context, reply, user_id_of(update), followup_citations(reply), None,
                              language_of=drafted.topic)  # fmt: skip
    await say_all(update, render_followups(drafted, reply.notice, frame=frame_of(context)), keyboard)


def addressed_text(message: Message, bot_id: int, bot_username: str | None) -> str | None:
    """In a group: the question with the bot's @mention removed, or None when the message is not for the bot."""
    text = message.text or ""
    mentioned = False
    for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if (
            entity.type == MessageEntity.MENTION
            and bot_username
            and value.lower() == f"@{bot_username.lower()}"
            or entity.type == MessageEntity.TEXT_MENTION
            and entity.user is not None
            and entity.user.id == bot_id
        ):
            mentioned = True
    replied = message.reply_to_message is not None and (
        message.reply_to_message.from_user is not None and message.reply_to_message.from_user.id == bot_id
    )
    if not (mentioned or replied):
        return None
    if bot_username:
        text = re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


async def take_wrong_citation_comment(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A reply to our "what is wrong with the citation?" prompt is stored as the comment; True when it was one."""
    message = message_of(update)
    prompts: dict[int, int] = context.user_data.get(COMMENT_PROMPTS, {}) if context.user_data is not None else {}
    replied = message.reply_to_message
    if replied is None or replied.message_id not in prompts:
        return False
    exchange_id = prompts.pop(replied.message_id)
    await in_thread(engine_of(context).feedback, caller_of(update), exchange_id, "wrong_citation", message.text)
    await say(update, "Thank you — your comment on the citation was saved.")
    return True


@members_only
async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Free text in a private chat is a question."""
    if await take_wrong_citation_comment(update, context):
        return
    await free_text(update, context, message_of(update).text or "")


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group, only messages that mention the bot or reply to it are questions; the rest is not ours."""
    question = addressed_text(message_of(update), context.bot.id, context.bot.username)
    if question is None:
        return
    await _group_question(update, context, question)


@members_only
async def _group_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    if await take_wrong_citation_comment(update, context):
        return
    await free_text(update, context, question)


async def free_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Free text: a question, or what a command does, typed in words ("draft follow-up questions on torture",
    "Which documents do you have?": prepbot.core.requests)."""
    request = read_request(text)
    if request.kind == "followups":
        await send_followups(update, context, request.argument or None)
    elif request.kind == "documents":
        await send_documents(update, context, request.argument)
    else:
        await answer_question(update, context, text)


@members_only
async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, command_text(context))


@members_only
async def followups_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_followups(update, context, command_text(context) or None)


# ----------------------------------------------------------------------------- other commands


async def start_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: a welcome for members; /start CODE redeems an invite; strangers get the refusal."""
    user = update.effective_user
    if user is None or user.is_bot:
        return
    engine = engine_of(context)
    role = await in_thread(engine.role, user.id)
    code = command_text(context)
    if role == "stranger":
        try:
            redeemed = bool(code) and await in_thread(engine.redeem_invite, user.id, code)
        except PrepbotError as error:
            await say(update, esc(str(error)))
            return
        if not redeemed:
            await say(update, esc(STRANGER_MESSAGE))
            return
        await say(update, "Welcome! You are now a member.\n\n" + help_text(context, "member"))
        return
    await say(update, help_text(context, role))


def help_text(context: ContextTypes.DEFAULT_TYPE, role: str) -> str:
    text = HELP_MEMBER.replace("{username}", esc(context.bot.username or "the bot"))
    if role in ("coordinator", "admin"):
        text += HELP_COORDINATOR
    if role == "admin":
        text += HELP_ADMIN
    return text


@members_only
async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    role = await in_thread(engine_of(context).role, user_id_of(update))
    await say(update, help_text(context, role))


@members_only
async def source_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/source SYMBOL N: the whole paragraph."""
    args = context.args or []
    if len(args) < 2:
        await say(update, "Usage: <code>/source SYMBOL N</code>, e.g. <code>/source CCPR/C/KAZ/3 12</code>")
        return
    ref, number = " ".join(args[:-1]), args[-1]
    paragraph = await in_thread(engine_of(context).source, ref, number)
    await say_all(update, render_paragraph(paragraph))


@members_only
async def docs_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_documents(update, context, command_text(context))


async def send_documents(update: Update, context: ContextTypes.DEFAULT_TYPE, argument: str) -> None:
    documents = await in_thread(engine_of(context).documents)
    word = argument.strip().lower()
    standards = SIDE_ALIASES.get(word, word) == STANDARD_SIDE  # "/docs standards", read as /filter reads it
    await say_all(update, render_documents(documents, standards=standards))


@members_only
async def filter_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    value = command_text(context)
    if not value:
        await say(update, "Usage: <code>/filter state|committee|un|ngo|standards|all</code>")
        return
    engine = engine_of(context)
    chosen = await in_thread(engine.set_source_filter, user_id_of(update), value)
    language = await in_thread(engine.reply_language, user_id_of(update), client_language_of(update))
    await say(update, esc(filter_confirmed(frame_of(context), chosen, language)))


@members_only
async def role_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    value = command_text(context)
    if not value:
        await say(update, "Usage: <code>/role delegation</code> or <code>/role ngo</code>")
        return
    engine = engine_of(context)
    framing = await in_thread(engine.set_framing, user_id_of(update), value)
    language = await in_thread(engine.reply_language, user_id_of(update), client_language_of(update))
    await say(update, esc(role_confirmed(frame_of(context), framing, language)))


@members_only
async def new_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await in_thread(engine_of(context).new_session, user_id_of(update))
    await say(update, "New session started. Your source filter and role stay as they were.")


@members_only
async def offrecord_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await in_thread(engine_of(context).set_off_record, user_id_of(update), True)
    await say(update, "Off the record: from now on only a count of your questions is stored. /onrecord to go back.")


@members_only
async def onrecord_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await in_thread(engine_of(context).set_off_record, user_id_of(update), False)
    await say(update, "Back on the record: your questions and answers are logged for the coordinators again.")


@members_only
async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget asks for confirmation with a button; the button does the deleting."""
    codec = codec_of(context)
    user_id = user_id_of(update)
    confirm = codec.encode("forget", int(time.time()), user_id=user_id)
    cancel = codec.encode("cancel", user_id=user_id)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Delete everything", callback_data=confirm),
                InlineKeyboardButton("Cancel", callback_data=cancel),
            ]
        ]
    )
    await say(update, "Delete all your stored questions, answers and feedback? This cannot be undone.", keyboard)


@members_only
async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [days] [md|csv|jsonl] (coordinators): the session log as a document, in private chats only."""
    if chat_kind(update) != "private":
        await say(update, PRIVATE_ONLY.format(command="export"))
        return
    days_text, fmt = "7", "md"
    for arg in context.args or []:
        if arg[:1].isdigit() or arg[:1] in "+-":  # a number, or meant as one ("²", "-3"): parse_count judges
            days_text = arg
        else:
            fmt = arg.lower().lstrip(".")
    days = parse_count(days_text, what="Days", minimum=1, maximum=MAX_EXPORT_DAYS)  # "²" or 10**22: BadInput
    engine = engine_of(context)
    filename, content = await in_answer_pool(context, engine.export, caller_of(update), days, fmt)
    await message_of(update).reply_document(
        InputFile(io.BytesIO(content), filename=filename), caption=f"Session log, last {days} days."
    )


@members_only
async def brief_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/brief [topic]: the briefing pack (the whole dialogue, or the topic named) as a Word document."""
    topic = command_text(context) or None
    async with typing(update, context):
        filename, content = await in_answer_pool(context, engine_of(context).brief, caller_of(update), topic)
    caption = f"Briefing pack: {topic}" if topic else "Briefing pack for the whole dialogue."
    await message_of(update).reply_document(InputFile(io.BytesIO(content), filename=filename),
                                                  caption=caption[:1000])  # fmt: skip


@members_only
async def invite_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/invite (coordinators): a one-time code, in private chats only (anyone in a group could use it)."""
    if chat_kind(update) != "private":
        await say(update, PRIVATE_ONLY.format(command="invite"))
        return
    code = await in_thread(engine_of(context).create_invite, caller_of(update))
    hours = engine_of(context).settings.invite_ttl_hours
    await say(
        update,
        f"One-time invite code (valid {hours} h): <code>{esc(code)}</code>\n"
        f"The new member sends me: <code>/start {esc(code)}</code>",
    )


@members_only
async def revoke_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    who = command_text(context)
    revoked = await in_thread(engine_of(context).revoke, caller_of(update), who)
    await say(update, "Membership revoked." if revoked else "No invited member matches that.")


@members_only
async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    problems = await in_thread(engine_of(context).reload_prompts, caller_of(update))
    if not problems:
        await say(update, "Prompts reloaded.")
        return
    lines = "\n".join(f"• {esc(problem)}" for problem in problems)
    await say(update, f"Prompt edit refused (each line says which version is in use):\n{lines}")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    role = await in_thread(engine_of(context).role, user_id_of(update))
    await say(update, esc(STRANGER_MESSAGE) if role == "stranger" else "I don't know that command. See /help.")


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, voice, stickers, files…: a short hint (in groups only when addressed to the bot)."""
    message = message_of(update)
    if chat_kind(update) == "group":
        replied = message.reply_to_message
        if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
            return
    role = await in_thread(engine_of(context).role, user_id_of(update))
    await say(update, esc(STRANGER_MESSAGE) if role == "stranger" else NON_TEXT_HINT)


# ----------------------------------------------------------------------------- button presses


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every inline button lands here: check the signed data, then dispatch to the action's handler."""
    query = query_of(update)
    try:
        callback = codec_of(context).decode(query.data, query.from_user.id)
    except InvalidCallback:
        await query.answer(INVALID_BUTTON)
        return
    await BUTTON_ACTIONS[callback.action](update, context, callback)


@members_only
async def full_paragraph_button(update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback) -> None:
    ref, number = callback.args
    paragraph = await in_thread(engine_of(context).source, ref, number)
    await query_of(update).answer()
    await say_all(update, render_paragraph(paragraph))


@members_only
async def more_button(update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback) -> None:
    """Send the rest of the answer the button is under, once: the button goes when it has been used."""
    query = query_of(update)
    rest = context.bot_data.get(ANSWER_RESTS, {}).pop(callback.args[0], None)
    if rest is None:
        await query.answer(STALE_BUTTON)
        return
    await query.answer()
    markup = getattr(query.message, "reply_markup", None)
    if markup is not None:
        rows = [[b for b in row if b.callback_data != query.data] for row in markup.inline_keyboard]
        rows = [row for row in rows if row]
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    await say_all(update, rest)


@members_only
async def followups_button(update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback) -> None:
    """Draft follow-up questions on the question of the answer the button is under."""
    query = query_of(update)
    topic = context.bot_data.get(FOLLOWUP_TOPICS, {}).get(callback.args[0])
    if topic is None:
        await query.answer(STALE_BUTTON)
        return
    await query.answer("Drafting follow-up questions…")
    try:
        await send_followups(update, context, topic)
    except PrepbotError as error:  # the button press is answered already: say it in the chat
        await say(update, esc(str(error)))


FEEDBACK_THANKS = {
    "up": "Thanks for the 👍",
    "down": "Thanks — noted 👎",
    "wrong_citation": "Flagged as a wrong citation.",
}


@members_only
async def feedback_button(update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback) -> None:
    query = query_of(update)
    exchange_id = exchange_id_arg(callback)
    await in_thread(engine_of(context).feedback, caller_of(update), exchange_id, callback.action)
    await query.answer(FEEDBACK_THANKS[callback.action])
    await drop_feedback_buttons(query, callback.action)
    if callback.action == "wrong_citation":
        prompt = await say(
            update,
            "Noted. If you like, reply to this message saying what is wrong with the citation.",
            ForceReply(selective=True, input_field_placeholder="What is wrong? (optional)"),
        )
        if prompt is not None and context.user_data is not None:  # PTB keeps user_data for every update with a user
            prompts = context.user_data.setdefault(COMMENT_PROMPTS, {})
            prompts[prompt.message_id] = exchange_id
            while len(prompts) > MAX_COMMENT_PROMPTS:
                prompts.pop(next(iter(prompts)))


async def drop_feedback_buttons(query: CallbackQuery, action: str) -> None:
    """After a vote keep the other buttons but drop 👍/👎 (one vote per answer); after a flag drop "Wrong citation"."""
    message = query.message
    markup = getattr(message, "reply_markup", None)
    if message is None or markup is None:
        return
    used = ("1w|",) if action == "wrong_citation" else ("1u|", "1d|")
    rows = [
        [button for button in row if not str(button.callback_data or "").startswith(used)]
        for row in markup.inline_keyboard
    ]
    rows = [row for row in rows if row]
    if sum(map(len, rows)) == sum(map(len, markup.inline_keyboard)):
        return
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)


@members_only
async def forget_button(update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback) -> None:
    query = query_of(update)
    if not forget_still_valid(callback):
        await query.answer(STALE_BUTTON)
        return
    deleted = await in_thread(engine_of(context).forget, query.from_user.id)
    await query.answer("Deleted.")
    with contextlib.suppress(TelegramError):
        await query.edit_message_text(
            f"Deleted {deleted} stored exchange{'s' if deleted != 1 else ''} and their feedback."
        )


@members_only
async def cancel_button(update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback) -> None:
    query = query_of(update)
    await query.answer("Cancelled.")
    with contextlib.suppress(TelegramError):
        await query.edit_message_text("Nothing was deleted.")


BUTTON_ACTIONS = {
    "paragraph": full_paragraph_button,
    "more": more_button,
    "followups": followups_button,
    "up": feedback_button,
    "down": feedback_button,
    "wrong_citation": feedback_button,
    "forget": forget_button,
    "cancel": cancel_button,
}


# ----------------------------------------------------------------------------- jobs and errors


async def send_admin_alerts(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Repeating job: alerts the engine queued (log DB failures, refused prompt edits) go to every admin."""
    engine = engine_of(context)
    alerts = await in_thread(engine.drain_alerts)
    if not alerts:
        return
    text = "⚠️ <b>prepbot alert</b>\n" + "\n".join(f"• {esc(alert)}" for alert in alerts)
    for admin_id in sorted(engine.settings.admin_ids):
        try:
            await context.bot.send_message(admin_id, text[:4000], parse_mode=ParseMode.HTML)
        except TelegramError as error:
            log.warning("could not deliver an admin alert (%s)", type(error).__name__)


async def purge_expired_logs(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Daily job: the retention policy (LOG_RETENTION_DAYS)."""
    purged = await in_thread(engine_of(context).purge_expired)
    log.info("retention job purged %d exchanges", purged)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error's type and where it happened (never the user's text), and tell the user something went wrong."""
    error = context.error
    where = ""
    if error is not None and error.__traceback__ is not None:
        frames = traceback.extract_tb(error.__traceback__)
        ours = [frame for frame in frames if re.search(r"/(bot|prepbot|retrieval)/[^/]+\.py$", frame.filename)]
        frame = (ours or frames)[-1]
        where = f" at {frame.filename.rsplit('/', 2)[-2]}/{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
    kind = "an update" if isinstance(update, Update) else "a job or the poller"
    log.error("%s while handling %s%s", type(error).__name__, kind, where)
    if not isinstance(update, Update):
        return
    with contextlib.suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(SOMETHING_WRONG)
        elif update.effective_message is not None:
            await say(update, SOMETHING_WRONG)
