"""Prompts as files (prepbot.answering.prompts): the shipped prompts check clean; broken edits are reported with
file and line and refused while the last good version stays in use; edits are picked up without a restart;
`prepbot prompts`."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

from prepbot import PROJECT_ROOT
from prepbot.answering.prompts import EXPECTED, PromptRegistry, PromptUnavailable, load_prompt_file

SHIPPED = PROJECT_ROOT / "prompts"


@pytest.fixture
def prompts_dir(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(SHIPPED, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    stat = path.stat()  # make sure the change is visible to the mtime check even on coarse clocks
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_shipped_prompts_check_clean_and_render() -> None:
    registry = PromptRegistry(SHIPPED)
    assert registry.check() == []
    assert registry.problems == []
    assert set(EXPECTED) <= set(registry.ids())
    for prompt_id in registry.ids():
        prompt = registry.get(prompt_id)
        assert prompt.description
        assert len(prompt.content_hash) == 64
        assert prompt.render_sample().strip()


def test_phrases_and_languages() -> None:
    registry = PromptRegistry(SHIPPED)
    attributions = registry.get("attributions")
    assert attributions.phrase("delegation") == "The delegation told the Committee"
    assert attributions.phrase("committee_member_asked", speaker="Ms. Bassim") == "Ms. Bassim (Committee member) asked"
    assert attributions.phrase("ngo_document", "ru") == "НПО сообщают"
    assert attributions.phrase("ngo_document", "fr") == "NGOs report"  # unknown language: English
    with pytest.raises(PromptUnavailable):
        attributions.phrase("no_such_phrase")


def test_chat_prompt_renders_messages_and_langchain_template() -> None:
    registry = PromptRegistry(SHIPPED)
    answer = registry.get("answer")
    paragraphs = [{"key": "sr4227:7", "label": "CCPR/C/SR.4227 ¶7", "attribution": "The delegation", "text": "T",
                   "lines": ["T"]}]  # fmt: skip
    rendered = answer.render(question="Q?", paragraphs=paragraphs, role="ngo", language="en")
    assert rendered[0][0] == "human" and '<paragraph key="sr4227:7"' in rendered[0][1] and "Q?" in rendered[0][1]
    chat = answer.to_chat_prompt()
    messages = chat.invoke({"question": "Q?", "paragraphs": paragraphs, "role": "", "language": "en"}).to_messages()
    assert '<paragraph key="sr4227:7"' in messages[0].content
    with pytest.raises(jinja2.UndefinedError):
        answer.render(question="Q?")  # strict: a missing variable is an error, never an empty string
    assert registry.get("system").render(role="ngo")[0][0] == "system"


def test_broken_toml_is_reported_with_its_line(prompts_dir: Path) -> None:
    path = prompts_dir / "extractive.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    broken_line = next(i for i, line in enumerate(lines) if line.startswith("found ="))
    lines[broken_line] = 'found = "unterminated'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prompt, problems = load_prompt_file(path)
    assert prompt is None
    assert problems[0].file == "extractive.toml"
    assert problems[0].line == broken_line + 1
    assert "TOML" in problems[0].message


@pytest.mark.parametrize(
    ("file", "old", "new", "line_marker", "message"),
    [
        ("answer.toml", "Question: {{ question }}", "Question: {{ questoin }}", "{{ questoin }}", "questoin"),
        ("answer.toml", "Question: {{ question }}", "Question: {{ question | }}", "{{ question | }}", "syntax"),
        ("attributions.toml", 'ngo_document = "NGOs report"\n', "", "[phrases.en]", "ngo_document"),
        (
            "system.toml",
            'input_variables = ["role"]',
            'input_variables = ["role", "extra"]',
            "input_variables",
            "extra",
        ),  # fmt: skip
        ("system.toml", 'id = "system"', 'id = "sys"', 'id = "sys"', "file name"),
        ("answer.toml", 'role = "human"', 'role = "robot"', None, "role must be"),
    ],
)
def test_template_problems_name_file_and_line(
    prompts_dir: Path, file: str, old: str, new: str, line_marker: str | None, message: str
) -> None:
    path = prompts_dir / file
    _edit(path, old, new)
    prompt, problems = load_prompt_file(path)
    assert prompt is None
    assert any(message in problem.message for problem in problems), problems
    assert all(problem.file == file for problem in problems)
    if line_marker is not None:
        lines = path.read_text(encoding="utf-8").splitlines()
        expected_line = next(i for i, line in enumerate(lines, start=1) if line_marker in line)
        assert any(problem.line == expected_line for problem in problems), (expected_line, problems)


def test_broken_edit_is_refused_and_last_good_version_stays(prompts_dir: Path) -> None:
    registry = PromptRegistry(prompts_dir)
    good = registry.get("answer")
    path = prompts_dir / "answer.toml"

    _edit(path, "Question: {{ question }}", "Question: {{ question ")  # broken
    problems = registry.reload_if_changed()
    assert problems and problems[0].file == "answer.toml" and "last good version" in problems[0].message
    assert registry.get("answer") is good  # still in use
    assert registry.reload_if_changed() == problems  # still outstanding, nothing reloaded

    _edit(path, "Question: {{ question ", "Question asked: {{ question }}")  # fixed, and changed
    assert registry.reload_if_changed() == []
    edited = registry.get("answer")
    assert edited.content_hash != good.content_hash
    assert "Question asked: Q" in edited.render(question="Q", paragraphs=[], role="", language="en")[0][1]


def test_removed_file_keeps_last_good_and_is_reported(prompts_dir: Path) -> None:
    registry = PromptRegistry(prompts_dir)
    system = registry.get("system")
    (prompts_dir / "system.toml").unlink()
    problems = registry.reload_if_changed()
    assert [p.file for p in problems] == ["system.toml"]
    assert registry.get("system") is system
    assert any("missing" in p.message for p in registry.check())


def test_a_maintainer_s_copy_missing_or_broken_at_start_falls_back_to_the_shipped_prompt(prompts_dir: Path) -> None:
    """After a restart there is no last good version: the shipped one is used, and the problem is reported, so that
    one slip (or a copy made before a phrase was added) does not stop every answer."""
    (prompts_dir / "followups.toml").unlink()
    _edit(prompts_dir / "extractive.toml", 'found = "The documents', 'found = """The documents')  # never closed
    registry = PromptRegistry(prompts_dir)
    assert sorted(p.file for p in registry.problems) == ["extractive.toml", "followups.toml"]
    assert all("shipped version is used" in p.message for p in registry.problems)
    assert registry.get("followups").id == "followups" and registry.get("extractive").has_phrase("found")
    with pytest.raises(PromptUnavailable, match="no_such_prompt"):
        registry.get("no_such_prompt")


def test_combined_hash_changes_with_any_part(prompts_dir: Path) -> None:
    registry = PromptRegistry(prompts_dir)
    before = registry.combined_hash(["system", "answer"])
    assert before == PromptRegistry(prompts_dir).combined_hash(["system", "answer"])
    _edit(prompts_dir / "system.toml", "Rules:", "Rules (strict):")
    registry.reload_if_changed()
    assert registry.combined_hash(["system", "answer"]) != before


# ---------------------------------------------------------------- CLI


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, prompts_dir: Path):
    from prepbot.core.settings import get_settings

    monkeypatch.setenv("PREPBOT_PROMPTS_DIR", str(prompts_dir))
    get_settings.cache_clear()
    yield prompts_dir
    get_settings.cache_clear()


def test_cli_prompts_check_ok(cli_env: Path) -> None:
    from prepbot.cli.main import cli

    result = CliRunner().invoke(cli, ["prompts", "check"])
    assert result.exit_code == 0, result.output
    assert "prompts OK" in result.output


def test_cli_prompts_check_fails_with_file_and_line(cli_env: Path) -> None:
    from prepbot.cli.main import cli

    _edit(cli_env / "followups.toml", "Topic: {{ topic }}", "Topic: {{ topic }} {{ undeclared_thing }}")
    result = CliRunner().invoke(cli, ["prompts", "check"])
    assert result.exit_code == 1
    lines = (cli_env / "followups.toml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if "undeclared_thing" in text)
    assert f"followups.toml:{line}:" in result.output and "undeclared_thing" in result.output


def test_cli_prompts_show_renders_sample(cli_env: Path) -> None:
    from prepbot.cli.main import cli

    result = CliRunner().invoke(cli, ["prompts", "show", "answer"])
    assert result.exit_code == 0, result.output
    assert "How many prisoners took their own lives" in result.output
    assert '<paragraph key="sr4227:7" source="CCPR/C/SR.4227 ¶7"' in result.output
    result = CliRunner().invoke(cli, ["prompts", "show", "nope"], standalone_mode=False)
    assert "nope" in str(result.exception)


def test_every_user_facing_phrase_has_a_russian_twin_in_russian_words() -> None:
    """A Russian question gets Russian words around the quotes: every phrase a user reads exists in [phrases.ru], and
    is Russian (Latin letters only in a variable, a symbol or an acronym). repair.toml speaks to the model only."""
    registry = PromptRegistry(PROJECT_ROOT / "prompts")
    for prompt_id in registry.ids():
        prompt = registry.get(prompt_id)
        if prompt.kind != "phrases" or prompt_id == "repair":
            continue
        assert set(prompt.phrases["en"]) <= set(prompt.phrases.get("ru", {})), prompt_id
        for name, template in prompt.phrases["ru"].items():
            words = re.sub(r"\{[{%].*?[%}]\}", " ", template, flags=re.DOTALL)
            assert not re.search(r"[A-Za-z]{4,}", words), (prompt_id, name, template)
