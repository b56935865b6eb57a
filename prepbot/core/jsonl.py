"""Reading the JSON-lines question files people hand the CLI (`search --batch`, `ask --batch`, `eval`).

One JSON object per line, blank lines skipped. Every problem is a BadInput that names the file and the line in one
format, `questions.jsonl line 2: what is wrong`, and is raised before any line is used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from prepbot.core.errors import BadInput

Item = TypeVar("Item")


def read_jsonl(path: Path | str, parse: Callable[[dict, int], Item], *, allow_empty: bool = False) -> list[Item]:
    """parse(record, line_number) for every non-blank line, in file order.

    parse reads the fields it needs as record["name"]: a missing field, a value of the wrong shape (KeyError,
    TypeError, AttributeError, ValueError) or a BadInput of its own becomes a BadInput located at that line.
    An empty file is a BadInput too, unless allow_empty.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        raise BadInput(f"no such question file: {path}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(f"cannot read {path}: {error}") from error
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise BadInput(f"{path} line {number}: not valid JSON ({error.msg})") from error
        if not isinstance(record, dict):
            raise BadInput(f'{path} line {number}: expected a JSON object like {{"id": "q1", "question": "..."}}')
        try:
            items.append(parse(record, number))
        except KeyError as error:
            raise BadInput(f'{path} line {number}: missing "{error.args[0]}"') from error
        except (TypeError, AttributeError, ValueError) as error:
            raise BadInput(f"{path} line {number}: unexpected value ({type(error).__name__}: {error})") from error
        except BadInput as error:
            raise BadInput(f"{path} line {number}: {error}") from error
    if not items and not allow_empty:
        raise BadInput(f"{path} holds no questions")
    return items
