"""The `prepbot` command line as a whole: every command has working help, `--help` loads nothing heavy, the shared
options are declared once and refuse a bad value the same way everywhere, and a missing or doubled QUESTION/QUERY is
one BadInput (`Error: <message>`, exit 2) in every command. None of these needs a built index."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from cli_runner import run_prepbot

from prepbot import PROJECT_ROOT
from prepbot.cli.main import cli
from prepbot.core.vocabulary import FRAMINGS, SIDE_ALIASES, SIDES

HEAVY_MODULES = ("chromadb", "numpy", "onnxruntime", "telegram", "langchain_core", "sqlite_utils", "pydantic_settings")
SHARED_OPTIONS = ("--source", "--role", "--doc", "--json", "--batch", "--k")


def _command_paths(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand as the words that invoke it: ("ask",), ("logs", "stats"), ..."""
    paths = []
    for name in group.list_commands(click.Context(group)):
        command = group.get_command(click.Context(group), name)
        path = (*prefix, name)
        paths.append(path)
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, path))
    return paths


def _command(path: tuple[str, ...]) -> click.Command:
    command: click.Command = cli
    for name in path:
        assert isinstance(command, click.Group)
        command = command.get_command(click.Context(command), name)
    return command


def _options(name: str) -> dict[tuple[str, ...], click.Option]:
    """The commands that take option `name`, and that option."""
    found = {}
    for path in _command_paths():
        for param in _command(path).params:
            if isinstance(param, click.Option) and name in param.opts:
                found[path] = param
    return found


def test_the_commands_are_the_documented_ones() -> None:
    top = {path[0] for path in _command_paths()}
    assert top == {"add", "ask", "brief", "chat", "corpus", "eval", "followups", "ingest", "logs", "prompts", "run",
                   "search"}  # fmt: skip
    assert {
        ("corpus", "stats"),
        ("logs", "stats"),
        ("logs", "purge"),
        ("prompts", "check"),
        ("prompts", "show"),
    } <= set(_command_paths())


@pytest.mark.parametrize("path", _command_paths(), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    code, out, err = run_prepbot(*path, "--help")
    assert code == 0, err
    usage = out.splitlines()[0]
    assert usage.startswith("Usage: ") and f" {' '.join(path)} [OPTIONS]" in usage and "--help" in out


def test_help_loads_no_heavy_module() -> None:
    """`prepbot --help` (and every command's --help) imports neither the index, the models, the bot nor settings."""
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from prepbot.cli.main import cli\n"
        "from test_cli import _command_paths\n"
        "for args in [[], *[list(path) for path in _command_paths()]]:\n"
        "    assert CliRunner().invoke(cli, [*args, '--help']).exit_code == 0, args\n"
        f"print(sorted(name for name in {HEAVY_MODULES!r} if name in sys.modules))\n"
        "print('prepbot.core.settings' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["[]", "False"]


@pytest.mark.parametrize("name", SHARED_OPTIONS)
def test_each_shared_option_is_declared_once(name: str) -> None:
    """Commands get the shared options from prepbot/cli/options.py; no command module declares one itself."""
    declarations = {
        path.name: path.read_text(encoding="utf-8").count(f'"{name}"')
        for path in (PROJECT_ROOT / "prepbot" / "cli").glob("*.py")
    }
    assert {module: count for module, count in declarations.items() if count} == {"options.py": 1}


def test_the_shared_choices_come_from_the_vocabulary() -> None:
    sources = _options("--source")
    assert set(sources) == {("ask",), ("followups",), ("search",)}
    assert all(tuple(option.type.choices) == (*SIDES, *SIDE_ALIASES) for option in sources.values())
    roles = _options("--role")
    assert set(roles) == {("ask",), ("brief",), ("followups",)}
    assert all(tuple(option.type.choices) == FRAMINGS and option.name == "role" for option in roles.values())
    assert {option.name for option in _options("--json").values()} == {"as_json"}
    assert {option.name for option in _options("--doc").values()} == {"doc_id"}


def test_source_takes_the_chat_filter_s_spelling_of_a_side() -> None:
    """`--source standards` is `--source standard`, as `/filter standards` is in the chat."""
    option = _options("--source")[("search",)]
    assert option.process_value(click.Context(click.Command("search")), "standards") == "standard"
    assert option.process_value(click.Context(click.Command("search")), "ngo") == "ngo"


@pytest.mark.parametrize(
    "option, value, commands",
    [("--source", "press", ("search", "ask", "followups")), ("--role", "judge", ("ask", "followups"))],
)
def test_a_bad_shared_option_value_is_refused_the_same_way_everywhere(option, value, commands) -> None:
    refusals = set()
    for command in commands:
        code, out, err = run_prepbot(command, "torture", option, value)
        assert code == 2 and out == "", (command, err)
        refusals.add(err.strip().splitlines()[-1])
    assert len(refusals) == 1
    assert refusals.pop().startswith(f"Error: Invalid value for '{option}': '{value}' is not one of ")


@pytest.mark.parametrize("command, name", [("ask", "QUESTION"), ("search", "QUERY")])
def test_text_and_batch_misuse_is_one_bad_input(command: str, name: str, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text('{"id": "a", "question": "torture"}\n', encoding="utf-8")
    code, out, message = run_prepbot(command, "torture", "--batch", str(batch))
    assert (code, out, message) == (2, "", f"Give either a {name} or --batch FILE, not both.")
    code, out, message = run_prepbot(command)
    assert code == 2 and out == "" and message.startswith(f"Give a {name} or --batch FILE, e.g. prepbot {command} ")


def test_the_console_script_prints_a_bad_input_as_one_error_line() -> None:
    done = subprocess.run([sys.executable, "-m", "prepbot.cli.main", "ask"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        'Error: Give a QUESTION or --batch FILE, e.g. prepbot ask "What did the delegation say about torture?"\n'
    )
