"""End to end: the real python-telegram-bot Application, real engine, real services over the real index, talking to
the local Bot API test server (tests/servers/botapi_server.py) over HTTP. The server refuses HTML Telegram would refuse,
texts over 4,096 characters and callback data over 64 bytes, so every reply checked here would also pass Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import html
import io
import logging
import re
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from prepbot.bot.app import build_application, polling
from prepbot.bot.callbacks import CallbackCodec
from prepbot.bot.handlers import INVALID_BUTTON, NON_TEXT_HINT, SOMETHING_WRONG, STALE_BUTTON
from prepbot.bot.render import ELLIPSIS
from prepbot.engine import BUSY_MESSAGE, STRANGER_MESSAGE, Engine
from prepbot.services import Services
from prepbot.sessionlog.store import ExchangeRecord, LogStore
from tests.servers.botapi_server import ApiCall, BotApiServer, check_telegram_html

TOKEN = "424242:AAE-secret_bot_token_for_tests_0123456789"
KEY = "pseudonym-key-for-bot-tests-0123456789abcdef"
MEMBER, OTHER_MEMBER, COORDINATOR, ADMIN, STRANGER, NEWCOMER = 1001, 1002, 2001, 3001, 9999, 7777
GROUP = -100555
USERNAME = "prepbot_test_bot"
QUESTION = "What did the delegation say about torture complaints?"


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def answering(settings_with_index, searcher):
    """The real answering side (offline, extractive), built once."""
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry

    settings = settings_with_index.model_copy(update={"openai_api_key": None})
    prompts = PromptRegistry(settings.prompts_dir)
    return settings, searcher, prompts, Answerer(settings, searcher, prompts)


@pytest.fixture
async def botapi():
    async with BotApiServer(token=TOKEN, username=USERNAME) as server:
        yield server


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "sessions.db"


def make_settings(answering, botapi, **overrides):
    settings, *_ = answering
    values = {
        "telegram_bot_token": TOKEN,
        "telegram_api_base_url": botapi.root_url,
        "member_ids": frozenset({MEMBER, OTHER_MEMBER}),
        "coordinator_ids": frozenset({COORDINATOR}),
        "admin_ids": frozenset({ADMIN}),
        "log_pseudonym_key": KEY,
        "rate_limit_questions": 20,
        **overrides,
    }
    return settings.model_copy(update=values)


@contextlib.asynccontextmanager
async def running_bot(
    answering, botapi, db_path, *, busy_timeout: float = 3.0, store=None, app_options=None, answerer=None, **overrides
):
    settings = make_settings(answering, botapi, **overrides)
    _, searcher, prompts, shared_answerer = answering
    store = store or LogStore(db_path, KEY, busy_timeout_seconds=busy_timeout)
    services = Services(settings, searcher, prompts, answerer or shared_answerer, store)
    engine = Engine(services)
    application = build_application(settings, engine, alert_interval=0.2, **(app_options or {}))
    try:
        async with polling(application, timeout=2):
            yield application
    finally:
        store.close()
    assert [(call.method, call.error) for call in botapi.errors] == []  # Telegram would have accepted every call


@pytest.fixture
async def bot(answering, botapi, db_path):
    async with running_bot(answering, botapi, db_path) as application:
        yield application


def rows(db_path: Path, table: str) -> list[sqlite3.Row]:
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute(f"SELECT * FROM {table}").fetchall()


# ----------------------------------------------------------------------------- helpers


def has_keyboard(call: ApiCall) -> bool:
    return bool((call.params.get("reply_markup") or {}).get("inline_keyboard"))


async def answer_to(botapi: BotApiServer, chat_id: int, since: int) -> list[ApiCall]:
    """All messages of one answer: it ends with the message that carries the buttons."""

    def delivered(call: ApiCall) -> bool:
        return call.method == "sendMessage" and call.chat_id == chat_id and call.error is None

    [last] = (
        await botapi.wait_for(
            lambda call: delivered(call) and (has_keyboard(call) or call.text == SOMETHING_WRONG),
            since=since,
            timeout=60,
        )
    )[:1]
    assert last.text != SOMETHING_WRONG, "the bot failed (see the captured log)"
    return botapi.find(delivered, since)


async def reply_text(botapi: BotApiServer, chat_id: int, since: int) -> str:
    [call] = (await botapi.wait_replies(chat_id, since=since, timeout=60))[:1]
    return call.text


def buttons(message: dict) -> dict[str, str]:
    """Button text -> callback data."""
    keyboard = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return {button["text"]: button["callback_data"] for row in keyboard for button in row}


def quotes_with_labels(text: str) -> list[tuple[str, str, str]]:
    """(quote, symbol, paragraph number) for each blockquote followed by its citation line."""
    found = []
    for body, symbol, number in re.findall(
        r"<blockquote>(.*?)</blockquote>\n— [^\n]*?<b>(.+?) ¶(\S+?)</b>", text, re.S
    ):
        found.append((html.unescape(body), html.unescape(symbol), number))
    return found


async def ask(botapi: BotApiServer, user_id: int, text: str = QUESTION, **where) -> list[ApiCall]:
    since = botapi.mark()
    botapi.message(user_id, text, **where)
    return await answer_to(botapi, where.get("chat_id") or user_id, since)


async def press(botapi: BotApiServer, user_id: int, data: str, message: dict) -> tuple[str, list[ApiCall]]:
    """Press a button; returns the callback answer text and the calls made up to that answer."""
    since = botapi.mark()
    query_id = botapi.callback(user_id, data, message)
    [answered] = await botapi.wait_for(
        lambda call: call.method == "answerCallbackQuery" and call.params["callback_query_id"] == query_id, since=since
    )
    return answered.params.get("text") or "", botapi.calls[since:]


# ----------------------------------------------------------------------------- questions


async def test_member_question_is_answered_with_verified_quotes_and_buttons(bot, botapi, db_path):
    since = botapi.mark()
    messages = await ask(botapi, MEMBER)
    typing = botapi.find(lambda call: call.method == "sendChatAction" and call.chat_id == MEMBER, since)
    assert typing and typing[0].params["action"] == "typing" and typing[0].at <= messages[0].at

    engine = bot.bot_data["engine"]
    quotes = [found for message in messages for found in quotes_with_labels(message.text)]
    assert quotes, messages[0].text
    for quote, symbol, number in quotes:
        paragraph = engine.source(symbol, number)
        assert quote.removesuffix(ELLIPSIS) in paragraph.text

    keys = buttons(botapi.sent_message(messages[-1]))
    assert any(text.startswith("Full paragraph") for text in keys)
    assert {"Draft follow-ups", "👍", "👎", "Wrong citation"} <= set(keys)
    assert all(len(data.encode()) <= 64 for data in keys.values())
    [exchange] = rows(db_path, "exchanges")
    assert exchange["question"] == QUESTION and str(MEMBER) not in exchange["pseudonym"]
    assert {"ask", "followups", "source", "help"} <= {command["command"] for command in botapi.commands}


async def test_stranger_gets_one_refusal_and_nothing_is_stored(bot, botapi, db_path):
    secret = "Where is the safe house of witness Zhanna Q?"
    attempts = [
        lambda: botapi.message(STRANGER, secret),
        lambda: botapi.message(STRANGER, f"/ask {secret}"),
        lambda: botapi.message(STRANGER, "/followups torture"),
        lambda: botapi.message(STRANGER, "/start"),
        lambda: botapi.message(STRANGER, "/start not-a-real-code"),
        lambda: botapi.message(STRANGER, "/docs"),
        lambda: botapi.non_text(STRANGER, "photo"),
        lambda: botapi.message(STRANGER, f"@{USERNAME} {secret}", chat_id=GROUP, chat_type="supergroup"),
    ]
    for attempt in attempts:
        since = botapi.mark()
        attempt()
        [reply] = await botapi.wait_for(lambda call: call.method == "sendMessage", since=since)
        assert reply.text == STRANGER_MESSAGE and not has_keyboard(reply)
    assert not botapi.find(lambda call: call.method == "sendChatAction")
    for table in ("exchanges", "feedback", "members", "off_record", "off_record_counts"):
        assert rows(db_path, table) == [], table
    for path in db_path.parent.glob("sessions.db*"):
        assert b"Zhanna" not in path.read_bytes()


async def test_invite_flow_makes_a_member_and_revoke_removes_them(bot, botapi):
    since = botapi.mark()
    botapi.message(MEMBER, "/invite")
    assert "not allowed" in (await reply_text(botapi, MEMBER, since)).lower()

    since = botapi.mark()
    botapi.message(COORDINATOR, "/invite", chat_id=GROUP, chat_type="supergroup")
    assert "private chat" in await reply_text(botapi, GROUP, since)

    since = botapi.mark()
    botapi.message(COORDINATOR, "/invite")
    code = re.search(r"/start (\S+?)</code>", await reply_text(botapi, COORDINATOR, since)).group(1)

    since = botapi.mark()
    botapi.message(NEWCOMER, f"/start {code}")
    assert (await reply_text(botapi, NEWCOMER, since)).startswith("Welcome!")
    assert await ask(botapi, NEWCOMER)

    since = botapi.mark()
    botapi.message(STRANGER, f"/start {code}")  # single use
    assert await reply_text(botapi, STRANGER, since) == STRANGER_MESSAGE

    since = botapi.mark()
    botapi.message(COORDINATOR, f"/revoke {NEWCOMER}")
    assert "not allowed" in (await reply_text(botapi, COORDINATOR, since)).lower()
    since = botapi.mark()
    botapi.message(ADMIN, f"/revoke {NEWCOMER}")
    assert await reply_text(botapi, ADMIN, since) == "Membership revoked."
    since = botapi.mark()
    botapi.message(NEWCOMER, QUESTION)
    assert await reply_text(botapi, NEWCOMER, since) == STRANGER_MESSAGE


async def test_in_a_group_the_bot_answers_mentions_replies_and_commands_only(bot, botapi, db_path):
    group = {"chat_id": GROUP, "chat_type": "supergroup"}
    since = botapi.mark()
    botapi.message(MEMBER, "torture complaints, anyone?", **group)  # not for the bot
    question = botapi.message(MEMBER, f"@{USERNAME} {QUESTION}", **group)
    messages = await answer_to(botapi, GROUP, since)
    assert len(botapi.find(lambda call: call.method == "sendMessage", since)) == len(messages)
    assert messages[0].params["reply_parameters"]["message_id"] == question["message_id"]  # threaded under it
    assert rows(db_path, "exchanges")[-1]["chat_kind"] == "group"
    assert rows(db_path, "exchanges")[-1]["question"] == QUESTION  # the @mention is stripped

    reply_to_bot = botapi.sent_message(messages[-1])
    assert await ask(botapi, OTHER_MEMBER, "And what about the Ombudsman?", reply_to=reply_to_bot, **group)
    assert await ask(botapi, MEMBER, f"/ask@{USERNAME} {QUESTION}", **group)

    since = botapi.mark()
    botapi.message(MEMBER, "/export 7", **group)
    assert "private chat" in await reply_text(botapi, GROUP, since)


async def test_non_text_messages_get_a_hint(bot, botapi):
    for kind in ("photo", "voice", "sticker", "document", "location"):
        since = botapi.mark()
        botapi.non_text(MEMBER, kind)
        assert await reply_text(botapi, MEMBER, since) == NON_TEXT_HINT
    # in a group, only when replying to the bot
    since = botapi.mark()
    botapi.non_text(MEMBER, "photo", chat_id=GROUP, chat_type="supergroup")
    botapi.message(MEMBER, f"/help@{USERNAME}", chat_id=GROUP, chat_type="supergroup")
    [reply] = await botapi.wait_replies(GROUP, since=since)
    assert reply.text.startswith("<b>Ask me")
    # the photo's handler returns without awaiting anything, so a hint would have been sent before the help
    assert len(botapi.find(lambda call: call.method == "sendMessage", since)) == 1


@pytest.mark.parametrize(
    "hostile",
    [
        "<b>torture</b> & <i>complaints",
        "</blockquote><a href='x'>torture</a> &amp;&lt; complaints",
        "Пытки 🙂🇰🇿 torture complaints مرحبا שלום",
        "torture " * 625,  # 5,000 characters
    ],
)
async def test_hostile_text_gets_a_reply_that_telegram_accepts(bot, botapi, hostile):
    since = botapi.mark()
    botapi.message(MEMBER, hostile)
    replies = await botapi.wait_replies(MEMBER, since=since, timeout=60)
    for reply in replies:
        problems, _ = check_telegram_html(reply.text)
        assert problems == []
    assert botapi.errors == []


async def test_a_long_answer_goes_out_as_several_messages_that_telegram_accepts(bot, botapi, answering):
    """Real answers are short; a long one (many long quotes) is rendered and sent the way answers are sent."""
    from telegram import Update

    from prepbot.bot.handlers import say_all
    from prepbot.bot.render import render_answer
    from prepbot.core.records import Answer, Citation

    _, searcher, _, _ = answering
    paragraphs = sorted(
        (p for d in searcher.documents() for p in _paragraphs_of(searcher, d.doc_id)), key=lambda p: -len(p.text)
    )[:6]
    answer = Answer(
        QUESTION,
        "The documents say a lot about this. " * 20,
        [Citation(p.doc_id, p.symbol, p.number, p.text, "Who said it") for p in paragraphs],
        "extractive",
        True,
    )
    messages = render_answer(answer, notice="Off the record: this exchange was not logged.")
    assert len(messages) >= 3

    since = botapi.mark()
    incoming = botapi.text_message(MEMBER, QUESTION)  # the message the answer replies to
    update = Update.de_json({"update_id": 1, "message": incoming}, bot.bot)
    await say_all(update, messages, reply_markup=None)
    sent = [call for call in botapi.calls[since:] if call.method == "sendMessage" and call.text in messages]
    assert [call.text for call in sent] == messages
    received = [quote for call in sent for quote, _, _ in quotes_with_labels(call.text)]
    assert received == [p.text for p in paragraphs]  # each quote whole, in order, with its label


def _paragraphs_of(searcher, doc_id: str):
    number = 1
    while (paragraph := searcher.paragraph(doc_id, str(number))) is not None:
        yield paragraph
        number += 1


# ----------------------------------------------------------------------------- buttons


async def test_full_paragraph_and_draft_followups_buttons(bot, botapi):
    messages = await ask(botapi, MEMBER)
    message = botapi.sent_message(messages[-1])
    keys = buttons(message)
    label, data = next((text, data) for text, data in keys.items() if text.startswith("Full paragraph"))
    answered, calls = await press(botapi, MEMBER, data, message)
    [paragraph_message] = await botapi.wait_replies(MEMBER, since=len(botapi.calls) - len(calls))
    symbol_number = label.split("· ", 1)[1]
    assert paragraph_message.text.startswith(f"<b>{html.escape(symbol_number)}</b>")

    since = botapi.mark()
    answered, _ = await press(botapi, MEMBER, keys["Draft follow-ups"], message)
    assert answered.startswith("Drafting")
    [followups] = await botapi.wait_replies(MEMBER, since=since, timeout=60)
    assert followups.text.startswith("<b>Follow-up questions on: ")


async def test_an_answer_fits_a_phone_screen_and_the_rest_comes_with_more(bot, botapi):
    from prepbot.bot.render import PHONE_SCREEN, utf16_len

    [first] = await ask(botapi, MEMBER, "What did NGOs and the State say about torture complaints?")
    message = botapi.sent_message(first)
    assert utf16_len(first.text) <= PHONE_SCREEN
    keys = buttons(message)
    assert list(keys)[0] == "More"  # the first button, under the first screen
    since = botapi.mark()
    answered, _ = await press(botapi, MEMBER, keys["More"], message)
    rest = await botapi.wait_replies(MEMBER, since=since)
    assert rest and all(quotes_with_labels(part.text) for part in rest)
    edited = await botapi.wait_for(lambda call: call.method == "editMessageReplyMarkup", since=since)
    assert "More" not in buttons(botapi.messages[(MEMBER, edited[0].params["message_id"])])
    answered, _ = await press(botapi, OTHER_MEMBER, keys["More"], message)  # bound to the member who asked
    assert answered == INVALID_BUTTON


async def test_votes_and_wrong_citation_are_recorded_once_with_a_comment(bot, botapi, db_path):
    message = botapi.sent_message((await ask(botapi, MEMBER))[-1])
    [exchange] = rows(db_path, "exchanges")

    answered, calls = await press(botapi, MEMBER, buttons(message)["👍"], message)
    assert answered.startswith("Thanks")
    [edit] = await botapi.wait_for(
        lambda call: call.method == "editMessageReplyMarkup", since=len(botapi.calls) - len(calls)
    )
    message = botapi.messages[(MEMBER, edit.params["message_id"])]
    assert "👍" not in buttons(message) and "👎" not in buttons(message) and "Wrong citation" in buttons(message)
    assert [(row["exchange_id"], row["kind"]) for row in rows(db_path, "feedback")] == [(exchange["id"], "up")]

    since = botapi.mark()
    await press(botapi, MEMBER, buttons(message)["Wrong citation"], message)
    prompt = (
        await botapi.wait_for(lambda call: call.method == "sendMessage" and "what is wrong" in call.text, since=since)
    )[0]
    assert prompt.params["reply_markup"]["force_reply"] is True
    since = botapi.mark()
    botapi.message(MEMBER, "¶12 is about prisons, not police", reply_to=botapi.sent_message(prompt))
    assert "comment" in await reply_text(botapi, MEMBER, since)
    flagged = [row for row in rows(db_path, "feedback") if row["kind"] == "wrong_citation"]
    assert [(row["exchange_id"], row["comment"]) for row in flagged] == [
        (exchange["id"], "¶12 is about prisons, not police")
    ]

    # 👎 on a second answer; another member cannot vote on it
    message = botapi.sent_message((await ask(botapi, MEMBER, "What did NGOs report about torture?"))[-1])
    answered, _ = await press(botapi, OTHER_MEMBER, buttons(message)["👎"], message)
    assert answered == INVALID_BUTTON
    answered, _ = await press(botapi, MEMBER, buttons(message)["👎"], message)
    assert answered.startswith("Thanks")
    assert sorted(row["kind"] for row in rows(db_path, "feedback")) == ["down", "up", "wrong_citation"]


async def test_forget_needs_the_confirmation_button(bot, botapi, db_path):
    await ask(botapi, MEMBER)
    await ask(botapi, OTHER_MEMBER)

    for choice, expected_rows in (("Cancel", 2), ("Delete everything", 1)):
        since = botapi.mark()
        botapi.message(MEMBER, "/forget")
        [confirm] = await botapi.wait_replies(MEMBER, since=since)
        message = botapi.sent_message(confirm)
        since = botapi.mark()
        await press(botapi, MEMBER, buttons(message)[choice], message)
        [edit] = await botapi.wait_for(lambda call: call.method == "editMessageText", since=since)
        assert edit.text == (
            "Nothing was deleted." if choice == "Cancel" else "Deleted 1 stored exchange and their feedback."
        )
        assert len(rows(db_path, "exchanges")) == expected_rows
    # the other member's exchange is untouched
    assert rows(db_path, "exchanges")[0]["pseudonym"] != ""


async def test_forged_stale_and_foreign_callbacks_get_a_short_error(bot, botapi):
    message = botapi.sent_message((await ask(botapi, MEMBER))[-1])
    codec = CallbackCodec(KEY)
    forged = [
        "",
        "hello",
        "1u|1|AAAAAAAA",
        "9p|sr4227|1|AAAAAAAA",
        "1p|sr4227|1",
        "1p|sr4227|999999|" + "A" * 8,
        "x" * 64,
    ]
    for data in forged:
        answered, _ = await press(botapi, MEMBER, data, message)
        assert answered == INVALID_BUTTON
    answered, _ = await press(botapi, MEMBER, codec.encode("followups", "unknowntoken"), message)
    assert answered == STALE_BUTTON
    answered, _ = await press(botapi, MEMBER, codec.encode("forget", int(time.time()) - 7200, user_id=MEMBER), message)
    assert answered == STALE_BUTTON
    answered, _ = await press(botapi, MEMBER, codec.encode("paragraph", "sr4227", "99999"), message)
    assert "No paragraph 99999" in answered
    answered, _ = await press(botapi, MEMBER, codec.encode("up", 424242, user_id=MEMBER), message)
    assert "no longer" in answered  # a signed vote on an exchange that does not exist
    answered, _ = await press(botapi, STRANGER, buttons(message)["Draft follow-ups"], message)
    assert answered == STRANGER_MESSAGE


# ----------------------------------------------------------------------------- commands


async def test_session_commands(bot, botapi, db_path):
    async def command(text: str, user_id: int = MEMBER) -> str:
        since = botapi.mark()
        botapi.message(user_id, text)
        replies = await botapi.wait_replies(user_id, since=since, timeout=60)
        return "\n".join(reply.text for reply in replies)

    assert "/filter" in await command("/help") and "/invite" not in await command("/help")
    assert "/invite" in await command("/help", COORDINATOR) and "/reload" in await command("/help", ADMIN)
    documents = await command("/docs")
    assert "CCPR/C/SR.4227" in documents and "CCPR/C/KAZ/3" in documents
    assert "<b>CCPR/C/SR.4227 ¶11</b>" in await command("/source CCPR/C/SR.4227 11")
    assert "No paragraph 9999" in await command("/source CCPR/C/SR.4227 9999")
    assert "Usage" in await command("/source")
    assert "Quoting only from NGOs." in await command("/filter ngo")
    assert "must be one of" in await command("/filter martians")
    assert "all sources" in await command("/filter all")
    assert "delegation" in await command("/role delegation")
    assert "must be one of" in await command("/role judge")
    # before any question, a setting is confirmed in the language the member's Telegram app is set to
    botapi.language_codes[OTHER_MEMBER] = "ru-RU"
    assert "для НПО" in await command("/role ngo", OTHER_MEMBER)
    assert "Цитирую только: НПО." in await command("/filter ngo", OTHER_MEMBER)
    assert "New session" in await command("/new")
    assert "don't know that command" in await command("/frobnicate")
    assert "not allowed" in (await command("/reload")).lower()
    assert await command("/reload", ADMIN) == "Prompts reloaded."
    followups = await command("/followups torture in detention")
    assert followups.startswith("<b>Follow-up questions on: torture in detention</b>")
    # what a command does, typed in words (stop 74, a new user's trial): the command, not an answer to a question
    assert "CCPR/C/KAZ/3" in await command("Which documents do you have?")
    typed = await command("draft follow-up questions on torture in detention")
    assert typed.startswith("<b>Follow-up questions on: torture in detention</b>")


async def test_off_the_record_stores_only_a_count(bot, botapi, db_path):
    since = botapi.mark()
    botapi.message(MEMBER, "/offrecord")
    assert "Off the record" in await reply_text(botapi, MEMBER, since)
    messages = await ask(botapi, MEMBER)
    assert "Off the record: this exchange was not logged." in messages[-1].text
    assert not {"👍", "👎"} & set(buttons(botapi.sent_message(messages[-1])))
    assert rows(db_path, "exchanges") == [] and sum(row["exchanges"] for row in rows(db_path, "off_record_counts")) == 1

    since = botapi.mark()
    botapi.message(MEMBER, "/onrecord")
    assert "Back on the record" in await reply_text(botapi, MEMBER, since)
    await ask(botapi, MEMBER)
    assert len(rows(db_path, "exchanges")) == 1


async def test_export_is_a_document_for_coordinators_only(bot, botapi):
    await ask(botapi, COORDINATOR)
    since = botapi.mark()
    botapi.message(COORDINATOR, "/export 7 csv")
    [document] = await botapi.wait_replies(COORDINATOR, since=since)
    assert document.method == "sendDocument"
    filename, content = document.files["document"]
    assert filename.endswith("-7d.csv") and QUESTION.encode() in content
    # no cell holds the Telegram id (the quotes may hold any number, a year 2001 as well): the user is a pseudonym
    table = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert table and all(cell != str(COORDINATOR) for row in table for cell in row.values())
    assert all(row["user"].startswith("member-") for row in table)

    since = botapi.mark()
    botapi.message(COORDINATOR, "/export")
    [document] = await botapi.wait_replies(COORDINATOR, since=since)
    assert document.files["document"][0].endswith(".md")

    since = botapi.mark()
    botapi.message(MEMBER, "/export 7 csv")
    [refusal] = await botapi.wait_replies(MEMBER, since=since)
    assert refusal.method == "sendMessage" and "not allowed" in refusal.text.lower()


# ----------------------------------------------------------------------------- concurrency and limits


async def test_two_users_at_once_and_one_request_at_a_time_per_user(bot, botapi, db_path):
    since = botapi.mark()
    botapi.message(MEMBER, QUESTION)
    botapi.message(MEMBER, "And what about the Ombudsman?")  # while the first is still being answered
    botapi.message(OTHER_MEMBER, "What did NGOs report about torture?")
    await answer_to(botapi, OTHER_MEMBER, since)
    [busy] = await botapi.wait_for(lambda call: call.chat_id == MEMBER and call.text == BUSY_MESSAGE, since=since)
    await answer_to(botapi, MEMBER, since)
    questions = sorted(row["question"] for row in rows(db_path, "exchanges"))
    assert len(questions) == 2 and "What did NGOs report about torture?" in questions
    assert len({row["pseudonym"] for row in rows(db_path, "exchanges")}) == 2


async def test_quick_commands_do_not_wait_behind_answers(answering, botapi, db_path):
    """Every answer worker is held busy (as by slow LLM calls); a quick command must still be answered at once, and
    the questions queued behind the held workers must be answered once they are released."""
    import threading

    from prepbot.bot import handlers

    release = threading.Event()
    async with running_bot(answering, botapi, db_path, member_ids=frozenset([5001, 5002, MEMBER])) as application:
        answer_pool = application.bot_data[handlers.ANSWER_POOL]
        held = [answer_pool.submit(release.wait, 60) for _ in range(answer_pool._max_workers)]
        try:
            since = botapi.mark()
            for user_id in (5001, 5002):
                botapi.message(user_id, QUESTION)
            await botapi.wait_for(lambda call: call.method == "sendChatAction", count=2, since=since)
            botapi.message(MEMBER, "/filter ngo")
            [reply] = (await botapi.wait_replies(MEMBER, since=since, timeout=10))[:1]  # while every worker is held
            assert "Quoting only from NGOs." in reply.text
            assert not botapi.find(lambda call: call.method == "sendMessage" and call.chat_id in (5001, 5002), since)
        finally:
            release.set()
        for user_id in (5001, 5002):
            await answer_to(botapi, user_id, since)
        assert all(future.result(timeout=5) for future in held)


async def test_rate_limit_per_user(answering, botapi, db_path):
    async with running_bot(answering, botapi, db_path, rate_limit_questions=2):
        await ask(botapi, MEMBER)
        await ask(botapi, MEMBER)
        since = botapi.mark()
        botapi.message(MEMBER, QUESTION)
        assert "You have asked 2 questions" in await reply_text(botapi, MEMBER, since)
        assert await ask(botapi, OTHER_MEMBER)  # others are not affected


# ----------------------------------------------------------------------------- jobs, errors, logs


async def test_a_locked_log_still_answers_and_alerts_admins(answering, botapi, db_path):
    async with running_bot(answering, botapi, db_path, busy_timeout=0.2):
        await ask(botapi, MEMBER)  # creates the tables
        with contextlib.closing(sqlite3.connect(db_path, timeout=0.1, isolation_level=None)) as locker:
            locker.execute("BEGIN EXCLUSIVE")
            messages = await ask(botapi, MEMBER, "What did NGOs report about torture?")
            assert not {"👍", "👎"} & set(buttons(botapi.sent_message(messages[-1])))
            [alert] = await botapi.wait_replies(ADMIN)
            locker.execute("ROLLBACK")
        assert "Session log unavailable" in alert.text and "torture" not in alert.text


async def test_daily_retention_job_purges_old_exchanges(bot, botapi, db_path, answering):
    await ask(botapi, MEMBER)
    old = LogStore(db_path, KEY, clock=lambda: datetime.now(UTC) - timedelta(days=400))
    try:
        _, searcher, _, answerer = answering
        old.record_exchange(
            ExchangeRecord(
                user_id=MEMBER,
                role="member",
                session_id="old",
                chat_kind="private",
                answer=answerer.ask("torture"),
                latency_ms=5,
            )
        )
    finally:
        old.close()
    assert len(rows(db_path, "exchanges")) == 2
    [job] = bot.job_queue.get_jobs_by_name("log-retention")
    assert job.job.trigger.__class__.__name__ == "CronTrigger"  # run_daily
    await job.run(bot)
    assert [row["session_id"] for row in rows(db_path, "exchanges")] != ["old"]
    assert len(rows(db_path, "exchanges")) == 1


async def test_unexpected_errors_are_logged_without_user_text_and_the_user_is_told(bot, botapi, caplog):
    caplog.set_level(logging.INFO)
    botapi.fail_next("sendMessage", 400, "Bad Request: chat not found")
    since = botapi.mark()
    botapi.message(MEMBER, "/docs")
    [reply] = await botapi.wait_for(
        lambda call: call.chat_id == MEMBER and call.error is None and call.method == "sendMessage", since=since
    )
    assert reply.text == SOMETHING_WRONG
    [line] = [record.getMessage() for record in caplog.records if record.name == "prepbot.bot.handlers"]
    assert line.startswith("BadRequest while handling an update")


async def test_telegram_flood_control_is_waited_out(bot, botapi):
    botapi.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    since = botapi.mark()
    messages = await ask(botapi, MEMBER)
    refused = [call for call in botapi.calls[since:] if call.error]
    assert len(refused) == 1 and messages[-1].at - refused[0].at >= 1.0  # retried after the wait


async def test_logs_never_hold_the_token_user_ids_or_text(answering, botapi, db_path, caplog):
    caplog.set_level(logging.INFO)
    secret_question = "What did the delegation say about Kyzylorda torture complaints?"
    async with running_bot(answering, botapi, db_path):
        await ask(botapi, MEMBER, secret_question)
        since = botapi.mark()
        botapi.message(STRANGER, "stranger secret text")
        await botapi.wait_replies(STRANGER, since=since)
    logged = "\n".join(f"{record.name} {record.getMessage()}" for record in caplog.records)
    assert TOKEN not in logged and TOKEN.split(":")[1] not in logged
    assert "Kyzylorda" not in logged and "stranger secret" not in logged
    assert str(MEMBER) not in logged and str(STRANGER) not in logged


# ----------------------------------------------------------------------------- promises tested in the running bot


def seed_old_exchange(db_path: Path, answering, *, days_ago: float = 400) -> None:
    """An exchange answered `days_ago` days ago, written as the bot writes them."""
    _, _, _, answerer = answering
    old = LogStore(db_path, KEY, clock=lambda: datetime.now(UTC) - timedelta(days=days_ago))
    try:
        record = ExchangeRecord(MEMBER, "member", "old", "private", answerer.ask("torture"), 5)
        assert old.record_exchange(record) is not None
    finally:
        old.close()


async def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def test_the_retention_job_fires_at_its_time_of_day_in_the_running_bot(answering, botapi, db_path):
    seed_old_exchange(db_path, answering)
    fire_at = (datetime.now(UTC) + timedelta(seconds=3)).time().replace(tzinfo=UTC)
    options = {"retention_time": fire_at, "retention_at_start": None}
    async with running_bot(answering, botapi, db_path, app_options=options):
        await ask(botapi, MEMBER)
        assert len(rows(db_path, "exchanges")) == 2
        await wait_until(lambda: len(rows(db_path, "exchanges")) == 1)  # the scheduler ran it, nobody called it
    [kept] = rows(db_path, "exchanges")
    assert kept["session_id"] != "old"
    [purge] = [row for row in rows(db_path, "audit") if row["action"] == "purge"]
    assert purge["actor"] == "retention-job"


async def test_expired_exchanges_are_purged_soon_after_the_bot_starts(answering, botapi, db_path):
    seed_old_exchange(db_path, answering, days_ago=91)  # LOG_RETENTION_DAYS is 90
    seed_old_exchange(db_path, answering, days_ago=89)
    async with running_bot(answering, botapi, db_path, app_options={"retention_at_start": 0.5}) as application:
        assert {job.name for job in application.job_queue.jobs()} >= {"log-retention", "log-retention-at-start"}
        await wait_until(lambda: len(rows(db_path, "exchanges")) == 1)


async def test_fifty_members_asking_at_once_are_each_answered_and_logged_exactly_once(answering, botapi, db_path):
    members = list(range(6001, 6051))
    topics = ["torture complaints", "pretrial detention", "the Ombudsman", "freedom of assembly", "prison suicides"]
    questions = {user: f"What did the delegation say about {topics[user % 5]}? (member {user})" for user in members}
    async with running_bot(answering, botapi, db_path, member_ids=frozenset(members)):
        since = botapi.mark()
        for user in members:  # all at once, before any is answered
            botapi.message(user, questions[user])
        for user in members:
            await answer_to(botapi, user, since)
        assert not botapi.find(lambda call: call.text in (BUSY_MESSAGE, SOMETHING_WRONG), since)
    stored = rows(db_path, "exchanges")
    assert sorted(row["question"] for row in stored) == sorted(questions.values())  # each once, none lost
    assert len({row["pseudonym"] for row in stored}) == 50 and len({row["id"] for row in stored}) == 50
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def test_a_read_only_data_directory_still_answers_and_alerts_admins(answering, botapi, tmp_path):
    from prepbot.engine import OFF_RECORD_NOT_SAVED
    from prepbot.services import open_log_store
    from tests.faults import read_only_view, skip_reason_mount

    reason = skip_reason_mount(tmp_path)
    if reason:
        pytest.skip(reason)
    source = tmp_path / "data"
    with LogStore(source / "sessions.db", KEY) as before:  # the log of an earlier run, with an invited member
        before.record_exchange(ExchangeRecord(MEMBER, "member", "s", "private", answering[3].ask("torture"), 5))
        assert before.redeem_invite(before.create_invite(COORDINATOR, 48), NEWCOMER)
    with read_only_view(source, tmp_path / "ro") as read_only:
        settings = make_settings(answering, botapi).model_copy(update={"data_dir": read_only})
        store = open_log_store(settings)  # what `prepbot run` opens
        async with running_bot(answering, botapi, read_only / "sessions.db", store=store):
            messages = await ask(botapi, MEMBER, "What did NGOs report about torture?")
            assert not {"👍", "👎"} & set(buttons(botapi.sent_message(messages[-1])))  # not logged
            assert await ask(botapi, NEWCOMER)  # invited members still get in: the log can be read
            since = botapi.mark()
            botapi.message(OTHER_MEMBER, "/offrecord")
            assert await reply_text(botapi, OTHER_MEMBER, since) == html.escape(OFF_RECORD_NOT_SAVED)
            messages = await ask(botapi, OTHER_MEMBER)
            assert "Off the record: this exchange was not logged." in messages[-1].text
            await botapi.wait_for(lambda call: call.chat_id == ADMIN and "Session log unavailable" in call.text)
            for alert in botapi.find(lambda call: call.chat_id == ADMIN):
                assert "torture" not in alert.text.lower() and "NGOs" not in alert.text
                assert str(MEMBER) not in alert.text and str(OTHER_MEMBER) not in alert.text
    assert [row["session_id"] for row in rows(source / "sessions.db", "exchanges")] == ["s"]  # nothing lost


async def test_export_and_feedback_with_odd_input_get_a_clear_reply(bot, botapi, db_path):
    await ask(botapi, COORDINATOR)
    for days in ("²", "99999999999999999999999", "0"):
        since = botapi.mark()
        botapi.message(COORDINATOR, f"/export {days}")
        assert "Days must be a whole number from 1 to 3,650" in await reply_text(botapi, COORDINATOR, since)
    since = botapi.mark()
    botapi.message(MEMBER, "/source CCPR/C/SR.4227 ²")
    assert "Paragraph numbers are whole numbers" in await reply_text(botapi, MEMBER, since)

    message = botapi.sent_message((await ask(botapi, MEMBER))[-1])
    since = botapi.mark()
    await press(botapi, MEMBER, buttons(message)["Wrong citation"], message)
    [prompt] = await botapi.wait_for(
        lambda call: call.method == "sendMessage" and "what is wrong" in call.text, since=since
    )
    since = botapi.mark()
    comment = "bad \ud800 quote \x1b]0;owned\x07 \u202eevil"  # a lone surrogate, an OSC sequence, a bidi override
    botapi.message(MEMBER, comment, reply_to=botapi.sent_message(prompt))
    assert "comment" in await reply_text(botapi, MEMBER, since)
    [flag] = [row for row in rows(db_path, "feedback") if row["kind"] == "wrong_citation"]
    assert flag["comment"] == "bad quote ]0;owned evil"


async def test_forget_while_an_answer_is_in_flight_deletes_it_too(answering, botapi, db_path, tmp_path):
    """The LLM takes three seconds; /forget is confirmed meanwhile. The answer still arrives, and nothing of it is
    stored."""
    from prepbot.answering.answerer import Answerer
    from prepbot.answering.prompts import PromptRegistry
    from tests.servers.openai_server import OpenAITestServer, delay, status

    settings, searcher, _, _ = answering
    llm_settings = settings.model_copy(update={"openai_api_key": "sk-test", "openai_max_retries": 0})
    with OpenAITestServer([delay(3, status(500))]) as llm:
        llm_settings = llm_settings.model_copy(update={"openai_base_url": llm.base_url, "openai_timeout_seconds": 20})
        prompts = PromptRegistry(settings.prompts_dir)
        slow = Answerer(llm_settings, searcher, prompts)
        async with running_bot(answering, botapi, db_path, answerer=slow):
            await ask(botapi, MEMBER)  # an exchange stored before
            assert len(rows(db_path, "exchanges")) == 1
            since = botapi.mark()
            botapi.message(MEMBER, "What did NGOs report about torture?")
            await botapi.wait_for(lambda call: call.method == "sendChatAction", since=since)  # being answered
            botapi.message(MEMBER, "/forget")
            [confirm] = await botapi.wait_for(lambda call: "Delete all your stored" in call.text, since=since)
            message = botapi.sent_message(confirm)
            await press(botapi, MEMBER, buttons(message)["Delete everything"], message)
            [edit] = await botapi.wait_for(lambda call: call.method == "editMessageText", since=since)
            assert edit.text == "Deleted 1 stored exchange and their feedback."
            messages = await answer_to(botapi, MEMBER, botapi.mark())  # the answer in flight lands after the forget
            assert "Not logged: you deleted your stored exchanges" in messages[-1].text
            assert not {"👍", "👎"} & set(buttons(botapi.sent_message(messages[-1])))
    assert rows(db_path, "exchanges") == []
