"""What people type, made safe to store and to show: text without control or format characters, and numbers and
durations within bounds.

Input side. Every piece of user text the product keeps (feedback comments, invite codes, command arguments, log
filters; questions go through prepbot.retrieval.search.clean_query, which removes the same characters) passes
`clean_text`, and every number or duration a person types, in a bot command or on the command line, passes
`parse_count` or `parse_duration`: "²", "٣", 10**22 or "99999999999d" is a clear BadInput, never an overflow.

Output side. `visible` shows what `clean_text` would remove as a visible escape (`\\x1b`, `\\u202e`), for text stored
before the input side existed or written by other tools; `csv_cell` also keeps a spreadsheet from reading a cell as a
formula (OWASP's rule: a cell starting with = + - @, tab or CR gets a leading apostrophe).

Removed: C0 and C1 control characters (ESC, BEL, NUL, CSI, the bytes of terminal escape and OSC sequences; tab and
line breaks become spaces, or line breaks stay where text may have lines), format characters (bidirectional overrides
and isolates, zero-width spaces, BOM, soft hyphen, invisible operators, tag characters), lone surrogates (what a
non-UTF-8 byte or a broken JSON escape becomes) and private-use characters. Kept: the zero-width joiner and non-joiner,
which emoji sequences and Persian, Arabic and Indic scripts need.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

from prepbot.core.errors import BadInput

KEPT_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d"})  # zero-width non-joiner and joiner
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
_LINE_BREAKS = frozenset({"\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"})
_SPACES = re.compile(r"[^\S\n]+")

MAX_DURATION_DAYS = 36_500  # a hundred years: longer than any log will be kept, short enough for datetime arithmetic
_DURATION = re.compile(r"^\s*([0-9]{1,30}(?:\.[0-9]{1,6})?)\s*(m|min|h|d|w)?\s*$", re.IGNORECASE)
_DURATION_UNITS = {"min": "minutes", "h": "hours", "d": "days", "w": "weeks", None: "days"}
_COUNT = re.compile(r"^\s*\+?([0-9]{1,18})\s*$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # also the full-width forms


def is_unsafe_character(character: str) -> bool:
    """A control, format, surrogate or private-use character (not the joiners): what `clean_text` removes."""
    return unicodedata.category(character) in _REMOVED_CATEGORIES and character not in KEPT_FORMAT_CHARACTERS


def clean_text(text: object, *, multiline: bool = False, max_chars: int | None = None) -> str:
    """The text with control and format characters removed and whitespace tidied; "" for None.

    `multiline` keeps line breaks (as "\\n", at most one blank line in a row); otherwise every run of whitespace becomes
    one space. `max_chars` cuts the cleaned text to that length."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    kept: list[str] = []
    for character in text.replace("\r\n", "\n"):
        if character in _LINE_BREAKS:
            kept.append("\n" if multiline else " ")
        elif character == "\t":
            kept.append(" ")
        elif not is_unsafe_character(character):
            kept.append(character)
    cleaned = "".join(kept)
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in cleaned.split("\n")]
        cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    else:
        cleaned = " ".join(cleaned.split())
    if max_chars is not None and len(cleaned) > max_chars:
        cleaned = cleaned[:max_chars].rstrip()
    return cleaned


def visible(text: object, *, multiline: bool = True) -> str:
    """The text for a terminal, a transcript or a spreadsheet: each character `clean_text` would remove is shown as an
    escape (ESC as "\\x1b", RIGHT-TO-LEFT OVERRIDE as "\\u202e"), so it is seen and never acted on. Newlines stay when
    `multiline`; tabs and other line breaks are shown escaped."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    parts = []
    for character in text:
        if character == "\n" and multiline:
            parts.append(character)
        elif character in _LINE_BREAKS or character == "\t" or is_unsafe_character(character):
            code = ord(character)
            parts.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            parts.append(character)
    return "".join(parts)


def csv_cell(value: object) -> object:
    """A value as a CSV cell: numbers as they are; text made visible (see `visible`) and, when a spreadsheet would read
    it as a formula (it starts with = + - @, tab or CR, after any spaces), prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = visible(str(value))
    if text.lstrip(" ").startswith(_FORMULA_START) or str(value).startswith(("\t", "\r")):
        return "'" + text
    return text


def parse_count(value: object, *, what: str, minimum: int, maximum: int) -> int:
    """A whole number a person typed (or an int), from `minimum` to `maximum`; BadInput naming `what` otherwise.

    Only the ASCII digits 0-9 count as digits: "²" and "٣" pass str.isdigit but are not numbers anyone means here."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, str):
        match = _COUNT.match(value)
        number = int(match.group(1)) if match else None
    if number is None or not minimum <= number <= maximum:
        raise BadInput(f"{what} must be a whole number from {minimum:,} to {maximum:,}.")
    return number


def parse_duration(value: object, *, what: str = "The duration", maximum_days: float = MAX_DURATION_DAYS) -> timedelta:
    """ "30d", "24h", "2w", "90min" or a bare number of days ("30"), at most `maximum_days`; else BadInput. "3m" is
    refused: a coordinator purging "3m" may mean three months, and three minutes would delete nearly everything."""
    if isinstance(value, timedelta):
        duration = value
    else:
        match = _DURATION.match(value) if isinstance(value, str) else None
        if match is None:
            shown = clean_text(value, max_chars=40) if isinstance(value, str) else type(value).__name__
            raise BadInput(f"not a duration: {shown!r} (use e.g. 30d, 24h, 2w or 90min)")
        unit = match.group(2).lower() if match.group(2) else None
        if unit == "m":
            raise BadInput(f"{match.group(0).strip()!r} could mean minutes or months: write e.g. 90min, or 90d")
        amount = float(match.group(1))
        if amount / {"minutes": 1440, "hours": 24, "days": 1, "weeks": 1 / 7}[_DURATION_UNITS[unit]] > maximum_days:
            raise BadInput(f"{what} is too long: at most {maximum_days:,g} days.")
        duration = timedelta(**{_DURATION_UNITS[unit]: amount})
    if duration < timedelta(0) or duration > timedelta(days=maximum_days):
        raise BadInput(f"{what} must be from 0 to {maximum_days:,g} days.")
    return duration
