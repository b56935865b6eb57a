"""prepbot.core.jsonl: the one question-file reader behind `search --batch`, `ask --batch` and `eval`, and its
`<file> line <n>: what is wrong` errors."""

from __future__ import annotations

import pytest

from prepbot.core.errors import BadInput
from prepbot.core.jsonl import read_jsonl


def id_and_question(record: dict, number: int) -> tuple[int, str, str]:
    if not record["question"].strip():
        raise BadInput("the question is empty")
    return number, str(record["id"]), record["question"]


def test_reads_every_non_blank_line_with_its_line_number(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "question": "x"}\n\n   \n{"id": 2, "question": "y"}\n', encoding="utf-8")
    assert read_jsonl(path, id_and_question) == [(1, "a", "x"), (4, "2", "y")]


@pytest.mark.parametrize(
    "second_line, problem",
    [
        ("{not json", "not valid JSON"),
        ('["id", "question"]', "expected a JSON object"),
        ('{"id": "b"}', 'missing "question"'),
        ('{"id": "b", "question": 7}', "unexpected value (AttributeError"),
        ('{"id": "b", "question": "  "}', "the question is empty"),
    ],
)
def test_the_first_bad_line_is_named_in_one_format(tmp_path, second_line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "question": "x"}\n' + second_line + "\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        read_jsonl(path, id_and_question)
    assert str(caught.value).startswith(f"{path} line 2: {problem}")


def test_missing_unreadable_and_empty_files(tmp_path):
    with pytest.raises(BadInput, match="no such question file"):
        read_jsonl(tmp_path / "missing.jsonl", id_and_question)
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(BadInput, match="cannot read"):
        read_jsonl(binary, id_and_question)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(BadInput, match="holds no questions"):
        read_jsonl(empty, id_and_question)
    assert read_jsonl(empty, id_and_question, allow_empty=True) == []
