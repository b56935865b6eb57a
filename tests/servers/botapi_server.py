"""A local Telegram Bot API server for tests and benchmarks: the real python-telegram-bot client talks to it over HTTP.

It serves `POST /bot<token>/<method>` (form-encoded or multipart, as PTB sends them) on 127.0.0.1 and a free port:
getMe, deleteWebhook, getUpdates (long poll: held open up to its `timeout`, honours `offset` and `limit`),
sendMessage, sendChatAction, editMessageText, editMessageReplyMarkup, answerCallbackQuery, sendDocument,
setMyCommands. Any other method gets a Bot API error. Like Telegram, it refuses HTML that does not parse, tags
Telegram does not allow, texts over 4,096 characters, callback data over 64 bytes, and a callback query answered
twice. Tests inject updates (`message`, `non_text`, `callback`) and await the bot's calls (`wait_for`), every call
being recorded for assertions.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

TEXT_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64
# Telegram HTML: tag -> allowed attributes
ALLOWED_TAGS = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "span": {"class"},
    "tg-spoiler": set(),
    "a": {"href"},
    "tg-emoji": {"emoji-id"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
}
JSON_FIELDS = {
    "reply_markup",
    "entities",
    "caption_entities",
    "commands",
    "scope",
    "link_preview_options",
    "reply_parameters",
    "allowed_updates",
}
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "user_id", "message_thread_id", "reply_to_message_id"}
_TAG_START = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TelegramHtmlChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.text_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"unsupported tag <{tag}>")
        else:
            for name, _ in attrs:
                if name not in ALLOWED_TAGS[tag]:
                    self.problems.append(f"unsupported attribute {name!r} on <{tag}>")
        if tag == "blockquote" and "blockquote" in self.stack:
            self.problems.append("nested <blockquote>")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing tag <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected end tag </{tag}> (open: {self.stack})")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self.problems.append(f"unsupported entity &{name};")
        self.text_parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text_parts.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")

    def handle_decl(self, decl: str) -> None:
        self.problems.append("declaration")

    def unknown_decl(self, data: str) -> None:
        self.problems.append("declaration")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")


def check_telegram_html(text: str) -> tuple[list[str], str]:
    """(problems, plain text) for a message sent with parse_mode=HTML, the way Telegram would judge it."""
    problems: list[str] = []
    for match in re.finditer(r"<", text):
        if not _TAG_START.match(text, match.start()):
            problems.append(f"bare '<' at {match.start()}")
    for match in re.finditer(r"&", text):
        if not _ENTITY.match(text, match.start()):
            problems.append(f"bare '&' at {match.start()}")
    checker = _TelegramHtmlChecker()
    checker.feed(text)
    checker.close()
    problems.extend(checker.problems)
    if checker.stack:
        problems.append(f"unclosed tags {checker.stack}")
    return problems, "".join(checker.text_parts)


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict:
        payload = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            payload["parameters"] = {"retry_after": self.retry_after}
        return payload


@dataclass
class ApiCall:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field -> (filename, content)
    at: float = 0.0  # time.perf_counter() when it arrived
    error: str | None = None  # the Bot API error it got, if any ("injected: …" when asked for by fail_next)
    result: Any = None

    @property
    def chat_id(self) -> int | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        return self.params.get("text") or self.params.get("caption") or ""


class BotApiServer:
    """Start with `async with BotApiServer() as server:`; point the bot at `server.root_url`."""

    def __init__(
        self,
        token: str = "123456:TEST-token_abcdefghijklmnop",
        *,
        bot_id: int = 123456,
        username: str = "prepbot_test_bot",
    ) -> None:
        self.token = token
        self.bot = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Prepbot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[ApiCall] = []
        self.errors: list[ApiCall] = []
        self.get_updates_count = 0
        self.messages: dict[tuple[int, int], dict] = {}  # (chat_id, message_id) -> message as last sent/edited
        self.commands: list[dict] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self.language_codes: dict[int, str] = {}  # the language a user's Telegram app is set to ("en" if not here)
        self._callback_ids = itertools.count(1)
        self._open_callbacks: set[str] = set()
        self._changed: asyncio.Condition | None = None
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self.pushed_at: dict[int, float] = {}  # update_id -> time.perf_counter() when injected
        self._failures: dict[str, list[ApiError]] = {}  # method -> errors to return on its next calls

    # ------------------------------------------------------------------ lifecycle

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> BotApiServer:
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{tail:.*}", self._not_found)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        self._closing = True
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ injecting updates

    @staticmethod
    def user(user_id: int, first_name: str | None = None) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name or f"User{user_id}", "language_code": "en"}

    @staticmethod
    def chat(user_id: int, chat_id: int | None, chat_type: str) -> dict:
        if chat_type == "private":
            return {"id": user_id if chat_id is None else chat_id, "type": "private", "first_name": f"User{user_id}"}
        return {"id": chat_id if chat_id is not None else -100777, "type": chat_type, "title": "Delegation prep group"}

    def _entities(self, text: str) -> list[dict]:
        """bot_command at the start and @mentions, with offsets in UTF-16 code units as Telegram sends them."""
        entities = []
        command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
        if command:
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command.group())})
        for match in re.finditer(r"(?<![\w/])@[A-Za-z0-9_]{5,32}", text):
            entities.append(
                {"type": "mention", "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group())}
            )
        return entities

    def _new_message(self, user_id: int, *, chat_id: int | None, chat_type: str, reply_to: dict | None) -> dict:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat(user_id, chat_id, chat_type),
            "from": {**self.user(user_id), "language_code": self.language_codes.get(user_id, "en")},
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return message

    def push_update(self, update: dict) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **update}
        self._updates.append(update)
        self.pushed_at[update_id] = time.perf_counter()
        self._notify()
        return update_id

    def text_message(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to: dict | None = None,
        entities: list[dict] | None = None,
    ) -> dict:
        """A text message from a user (not injected)."""
        message = self._new_message(user_id, chat_id=chat_id, chat_type=chat_type, reply_to=reply_to)
        message["text"] = text
        found = self._entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        return message

    def message(self, user_id: int, text: str, **where: Any) -> dict:
        """Inject a text message from a user (see text_message for the options); returns the message object."""
        message = self.text_message(user_id, text, **where)
        self.push_update({"message": message})
        return message

    def non_text(
        self,
        user_id: int,
        kind: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to: dict | None = None,
    ) -> dict:
        """Inject a photo, voice, sticker or document message."""
        file = {"file_id": f"{kind}-file", "file_unique_id": f"{kind}-unique"}
        payloads = {
            "photo": {"photo": [{**file, "width": 90, "height": 90}]},
            "voice": {"voice": {**file, "duration": 2}},
            "sticker": {
                "sticker": {
                    **file,
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                }
            },
            "document": {"document": {**file, "file_name": "report.pdf"}},
            "location": {"location": {"latitude": 46.2, "longitude": 6.14}},
        }
        message = self._new_message(user_id, chat_id=chat_id, chat_type=chat_type, reply_to=reply_to)
        message.update(payloads[kind])
        self.push_update({"message": message})
        return message

    def callback(self, user_id: int, data: str, message: dict) -> str:
        """Inject a button press on a message the bot sent; returns the callback query id."""
        query_id = f"cq{next(self._callback_ids)}"
        self._open_callbacks.add(query_id)
        self.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user(user_id),
                    "message": message,
                    "chat_instance": f"ci{message['chat']['id']}",
                    "data": data,
                }
            }
        )
        return query_id

    def fail_next(
        self, method: str, code: int = 500, description: str = "Internal Server Error", retry_after: int | None = None
    ) -> None:
        """Make the next call of `method` fail with this Bot API error (as Telegram sometimes does; a 429 flood
        wait carries `retry_after` seconds)."""
        self._failures.setdefault(method, []).append(ApiError(code, description, retry_after))

    # ------------------------------------------------------------------ waiting and looking

    def mark(self) -> int:
        """Position in the call log; pass as `since` to only look at later calls."""
        return len(self.calls)

    def find(self, predicate: Callable[[ApiCall], bool], since: int = 0) -> list[ApiCall]:
        return [call for call in self.calls[since:] if predicate(call)]

    async def wait_for(
        self, predicate: Callable[[ApiCall], bool], *, count: int = 1, since: int = 0, timeout: float = 20.0
    ) -> list[ApiCall]:
        """Wait until at least `count` recorded calls (after `since`) match; AssertionError on timeout."""
        assert self._changed is not None, "server not started"
        matches: list[ApiCall] = []
        checked = since

        def ready() -> bool:  # looks at each call once, however many times it is woken
            nonlocal checked
            new_calls, checked = self.calls[checked:], len(self.calls)
            matches.extend(call for call in new_calls if predicate(call))
            return len(matches) >= count

        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(ready), timeout)
        except TimeoutError:
            seen = [(call.method, call.chat_id, (call.text or "")[:60]) for call in self.calls[since:]]
            raise AssertionError(f"timed out after {timeout}s waiting for {count} matching calls; saw {seen}") from None
        return matches

    async def wait_replies(
        self,
        chat_id: int,
        *,
        count: int = 1,
        since: int = 0,
        timeout: float = 20.0,
        methods: tuple[str, ...] = ("sendMessage", "sendDocument"),
    ) -> list[ApiCall]:
        """The bot's messages to one chat."""
        return await self.wait_for(
            lambda call: call.method in methods and call.chat_id == chat_id, count=count, since=since, timeout=timeout
        )

    def sent_message(self, call: ApiCall) -> dict:
        """The message object the bot's sendMessage call created (to press its buttons)."""
        return self.messages[(call.result["chat"]["id"], call.result["message_id"])]

    def _notify(self) -> None:
        if self._changed is None:
            return

        async def notify() -> None:
            async with self._changed:
                self._changed.notify_all()

        asyncio.get_running_loop().create_task(notify())

    # ------------------------------------------------------------------ HTTP

    async def _not_found(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)

    async def _params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, tuple[str, bytes]] = {}
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    files[name] = (value.filename, value.file.read())
                else:
                    params[name] = value
        for name in list(params):
            value = params[name]
            if name in JSON_FIELDS and isinstance(value, str):
                params[name] = json.loads(value)
            elif name in INT_FIELDS and isinstance(value, str) and re.fullmatch(r"-?\d+", value):
                params[name] = int(value)
        return params, files

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        try:
            params, files = await self._params(request)
        except ConnectionResetError:  # the client gave up (e.g. a long poll cancelled at shutdown)
            return web.Response(status=499)
        if method.lower() == "getupdates":
            self.get_updates_count += 1
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        call = ApiCall(method=method, params=params, files=files, at=time.perf_counter())
        handler = getattr(self, f"_api_{method}", None)
        try:
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if self._failures.get(method):
                call.error = "injected: " + self._failures[method][0].description
                raise self._failures[method].pop(0)
            call.result = handler(params, files)
            response = web.json_response({"ok": True, "result": call.result})
        except ApiError as error:
            if call.error is None:  # a refusal, not a failure the test asked for
                call.error = error.description
                self.errors.append(call)
            response = web.json_response(error.payload(), status=error.code)
        self.calls.append(call)
        self._notify()
        return response

    async def _get_updates(self, params: dict[str, Any]) -> list[dict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if offset:
            self._updates = [update for update in self._updates if update["update_id"] >= offset]

        def pending() -> list[dict]:
            return [update for update in self._updates if update["update_id"] >= offset][:limit]

        if not pending() and timeout > 0 and not self._closing:
            try:
                async with self._changed:
                    await asyncio.wait_for(self._changed.wait_for(lambda: bool(pending()) or self._closing), timeout)
            except TimeoutError:
                pass
        return [] if self._closing else pending()

    # ------------------------------------------------------------------ methods

    def _api_getMe(self, params: dict, files: dict) -> dict:
        return self.bot

    def _api_deleteWebhook(self, params: dict, files: dict) -> bool:
        return True

    def _api_setMyCommands(self, params: dict, files: dict) -> bool:
        self.commands = params.get("commands") or []
        return True

    def _api_sendChatAction(self, params: dict, files: dict) -> bool:
        self._chat_id(params)
        return True

    @staticmethod
    def _chat_id(params: dict) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if not markup or "inline_keyboard" not in markup:
            return
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")

    @staticmethod
    def _parse_text(params: dict, field_name: str = "text", required: bool = True) -> str:
        text = params.get(field_name)
        if text is None or text == "":
            if required:
                raise ApiError(400, "Bad Request: message text is empty")
            return ""
        if str(params.get("parse_mode", "")).upper() == "HTML":
            problems, plain = check_telegram_html(text)
            if problems:
                raise ApiError(400, f"Bad Request: can't parse entities: {problems[0]}")
        else:
            plain = text
        if not plain.strip() and required:
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > TEXT_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _store(self, chat_id: int, message: dict) -> dict:
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _bot_message(self, chat_id: int, params: dict) -> dict:
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id < 0:
            chat["title"] = "Delegation prep group"
        else:
            chat["first_name"] = f"User{chat_id}"
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat, "from": self.bot}
        if params.get("reply_markup") and "inline_keyboard" in params["reply_markup"]:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _api_sendMessage(self, params: dict, files: dict) -> dict:
        chat_id = self._chat_id(params)
        plain = self._parse_text(params)
        self._check_markup(params.get("reply_markup"))
        message = self._bot_message(chat_id, params)
        message["text"] = plain
        return self._store(chat_id, message)

    def _api_sendDocument(self, params: dict, files: dict) -> dict:
        chat_id = self._chat_id(params)
        if "document" not in files:
            raise ApiError(400, "Bad Request: there is no document in the request")
        filename, content = files["document"]
        if not content:
            raise ApiError(400, "Bad Request: file must be non-empty")
        caption = self._parse_text(params, "caption", required=False)
        message = self._bot_message(chat_id, params)
        message["document"] = {
            "file_id": f"doc{message['message_id']}",
            "file_unique_id": f"u{message['message_id']}",
            "file_name": filename,
            "file_size": len(content),
        }
        if caption:
            message["caption"] = caption
        return self._store(chat_id, message)

    def _edited(self, params: dict) -> dict:
        chat_id = self._chat_id(params)
        message = self.messages.get((chat_id, params.get("message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def _api_editMessageText(self, params: dict, files: dict) -> dict:
        message = dict(self._edited(params))
        plain = self._parse_text(params)
        self._check_markup(params.get("reply_markup"))
        if plain == message.get("text") and params.get("reply_markup") == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"] = plain
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        message["edit_date"] = int(time.time())
        return self._store(message["chat"]["id"], message)

    def _api_editMessageReplyMarkup(self, params: dict, files: dict) -> dict:
        message = dict(self._edited(params))
        markup = params.get("reply_markup")
        self._check_markup(markup)
        if markup == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        message.pop("reply_markup", None)
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return self._store(message["chat"]["id"], message)

    def _api_answerCallbackQuery(self, params: dict, files: dict) -> bool:
        query_id = params.get("callback_query_id")
        if query_id not in self._open_callbacks:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        self._open_callbacks.discard(query_id)
        if params.get("text") and len(params["text"]) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True
