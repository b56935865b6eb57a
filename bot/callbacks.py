"""Inline-button callback data: a compact, versioned, signed format that fits Telegram's 64-byte limit.

Format: ``1<action>|<arg>|…|<tag>``. ``1`` is the format version, the action is one letter, and the tag is a
truncated HMAC over the version, action, args and (for buttons meant for one person) that person's user id, keyed from
LOG_PSEUDONYM_KEY. A forged, altered or foreign callback fails `decode` with `InvalidCallback`; the handler answers it
with a short error. Buttons survive a restart (the key is stable), except where the action needs state kept in memory.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

VERSION = "1"
MAX_BYTES = 64
TAG_BYTES = 6  # 8 base64url characters

# action letter -> (name, number of args, bound to one user)
ACTIONS = {
    "p": ("paragraph", 2, False),  # doc ref, paragraph number: "Full paragraph"
    "f": ("followups", 1, False),  # token of the answer's question kept in memory: "Draft follow-ups"
    "m": ("more", 1, True),  # token of the rest of an answer kept in memory: "More"
    "u": ("up", 1, True),  # exchange id: 👍
    "d": ("down", 1, True),  # exchange id: 👎
    "w": ("wrong_citation", 1, True),  # exchange id: "Wrong citation"
    "x": ("forget", 1, True),  # issued-at (unix seconds): confirm /forget
    "c": ("cancel", 0, True),  # cancel /forget
}
NAME_TO_LETTER = {name: letter for letter, (name, _, _) in ACTIONS.items()}
FORGET_CONFIRM_SECONDS = 600


class InvalidCallback(Exception):
    """Callback data that this bot did not issue (or not for this user), or in an unknown format."""


@dataclass(frozen=True)
class Callback:
    action: str  # a name from ACTIONS
    args: tuple[str, ...]


class CallbackCodec:
    def __init__(self, secret: str | bytes) -> None:
        secret_bytes = secret.encode("utf-8") if isinstance(secret, str) else secret
        if not secret_bytes:
            raise ValueError("a callback signing secret is required")
        self._key = hmac.new(secret_bytes, b"prepbot telegram callback data v1", hashlib.sha256).digest()

    def _tag(self, body: str, user_id: int | None) -> str:
        message = f"{body}#{user_id if user_id is not None else ''}".encode()
        digest = hmac.new(self._key, message, hashlib.sha256).digest()[:TAG_BYTES]
        return base64.urlsafe_b64encode(digest).decode("ascii")

    def encode(self, action: str, *args: object, user_id: int | None = None) -> str | None:
        """Callback data for a button, or None when it would not fit in 64 bytes (then the button is left out)."""
        letter = NAME_TO_LETTER[action]
        _, arity, bound = ACTIONS[letter]
        if len(args) != arity:
            raise ValueError(f"{action} takes {arity} args")
        if bound and user_id is None:
            raise ValueError(f"{action} buttons are bound to a user")
        texts = [str(arg) for arg in args]
        if any("|" in text or not text for text in texts):
            return None
        body = "|".join([VERSION + letter, *texts])
        data = f"{body}|{self._tag(body, user_id if bound else None)}"
        return data if len(data.encode("utf-8")) <= MAX_BYTES else None

    def decode(self, data: str | None, user_id: int) -> Callback:
        """Check and unpack callback data pressed by `user_id`; raises InvalidCallback."""
        if not data or not isinstance(data, str) or len(data.encode("utf-8")) > MAX_BYTES:
            raise InvalidCallback("empty or oversize")
        parts = data.split("|")
        head = parts[0]
        if len(head) != 2 or head[0] != VERSION or head[1] not in ACTIONS:
            raise InvalidCallback("unknown version or action")
        name, arity, bound = ACTIONS[head[1]]
        if len(parts) != arity + 2:
            raise InvalidCallback("wrong number of fields")
        body, tag = "|".join(parts[:-1]), parts[-1]
        expected = self._tag(body, user_id if bound else None)
        if not hmac.compare_digest(tag, expected):
            raise InvalidCallback("bad signature")
        return Callback(action=name, args=tuple(parts[1:-1]))


def exchange_id_arg(callback: Callback) -> int:
    try:
        value = int(callback.args[0])
    except (IndexError, ValueError):
        raise InvalidCallback("not an exchange id") from None
    if value <= 0:
        raise InvalidCallback("not an exchange id")
    return value


def forget_still_valid(callback: Callback, now: float | None = None) -> bool:
    try:
        issued = int(callback.args[0])
    except (IndexError, ValueError):
        return False
    now = time.time() if now is None else now
    return 0 <= now - issued <= FORGET_CONFIRM_SECONDS
