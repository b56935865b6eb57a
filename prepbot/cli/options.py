"""The options several commands share, each declared here once, and what goes with them.

--source, --role, --doc, --json, --batch and --k; `echo_json`, what --json prints; and `require_text_or_batch`, the
check that a command that takes a QUESTION/QUERY or a --batch FILE got exactly one of them (a BadInput, as every
misuse prepbot reports: `Error: <message>`, exit 2).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from prepbot.core.errors import BadInput
from prepbot.core.vocabulary import FRAMINGS, SIDE_ALIASES, SIDES

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def source_option(help: str = "Only paragraphs from this side.") -> Decorator:
    """--source state|committee|un|ngo|standard (a side; "standards" also, as in the chat's /filter), passed as
    `source` in the vocabulary's spelling."""
    return click.option(
        "--source",
        type=click.Choice((*SIDES, *SIDE_ALIASES)),
        callback=lambda _context, _parameter, value: SIDE_ALIASES.get(value, value),
        help=help,
    )


def framing_option(help: str = "Frame the answer for the delegation or for NGOs.") -> Decorator:
    """--role delegation|ngo (whom the user prepares for), passed as `role`."""
    return click.option("--role", "role", type=click.Choice(FRAMINGS), help=help)


def doc_option(help: str = "Only paragraphs from this document (its doc_id).") -> Decorator:
    """--doc DOC_ID, passed as `doc_id`."""
    return click.option("--doc", "doc_id", metavar="DOC_ID", help=help)


def json_option(help: str = "Print JSON instead of text.") -> Decorator:
    """--json, passed as `as_json`; print with `echo_json`."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def batch_option(help: str) -> Decorator:
    """--batch FILE (JSON lines, read with prepbot.core.jsonl.read_jsonl), passed as `batch`; pair it with an optional
    text argument and `require_text_or_batch`."""
    return click.option("--batch", "batch", type=click.Path(path_type=Path, dir_okay=False), help=help)


def k_option(default: int, help: str) -> Decorator:
    """--k N (1..100), passed as `k`."""
    return click.option("--k", "k", type=click.IntRange(1, 100), default=default, show_default=True, help=help)


def echo_json(data: Any, *, indent: int | None = None) -> None:
    """What --json prints: UTF-8 text as it is (Cyrillic stays readable), one line unless indented."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=indent))


def require_text_or_batch(text: str | None, batch: Path | None, *, name: str, example: str) -> None:
    """Exactly one of the text argument (`name`, e.g. QUESTION) and --batch FILE, else BadInput."""
    if text is not None and batch is not None:
        raise BadInput(f"Give either a {name} or --batch FILE, not both.")
    if text is None and batch is None:
        raise BadInput(f"Give a {name} or --batch FILE, e.g. {example}")
