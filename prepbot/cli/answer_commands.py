"""The `ask`, `followups` and `prompts` commands: answers, follow-up questions and prompt maintenance from the shell.

Heavy imports (index, models) happen inside the commands so that `prepbot --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from prepbot.core.errors import BadInput
from prepbot.core.jsonl import read_jsonl

SOURCES = ("state", "committee", "un", "ngo")
ROLES = ("delegation", "ngo")


def _answering():
    from prepbot.core.settings import get_settings
    from prepbot.services import build_answering

    _searcher, _prompts, answerer = build_answering(get_settings())
    return answerer


def _batch_item(record: dict, number: int) -> tuple[object, str]:
    """(id, question) of one `ask --batch` line; the id is optional (the line number stands in) and kept as written."""
    question = record.get("question")
    if not isinstance(question, str):
        raise BadInput('each line needs a "question" string (and an "id")')
    return record.get("id", number), question


@click.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--source", type=click.Choice(SOURCES), help="Only paragraphs from this side.")
@click.option("--doc", "doc_id", help="Only paragraphs from this document (its doc_id).")
@click.option("--role", type=click.Choice(ROLES), help="Frame the answer for the delegation or for NGOs.")
@click.option("--batch", "batch", type=click.Path(path_type=Path, dir_okay=False),
              help="JSONL file with one {\"id\", \"question\"} per line; prints one JSON line per input.")  # fmt: skip
def ask(question: str | None, as_json: bool, source: str | None, doc_id: str | None, role: str | None,
        batch: Path | None) -> None:  # fmt: skip
    """Answer QUESTION from the documents, quoting the paragraphs verbatim (SYMBOL ¶N)."""
    from prepbot.core.errors import PrepbotError

    if batch is not None:
        if question:
            raise click.UsageError("Give either a QUESTION or --batch FILE, not both.")
        items = read_jsonl(batch, _batch_item, allow_empty=True)
        answerer = _answering()
        failures = 0
        for item_id, text in items:
            try:
                record = {"id": item_id, **answerer.ask(text, source=source, doc_id=doc_id, role=role).to_json()}
            except PrepbotError as error:
                failures += 1
                record = {"id": item_id, "question": text, "error": str(error)}
            click.echo(json.dumps(record, ensure_ascii=False))
        if failures:
            click.echo(f"{failures} of {len(items)} questions could not be answered.", err=True)
            sys.exit(2)
        return
    if not question:
        raise click.UsageError('Give a QUESTION, e.g. prepbot ask "What did the delegation say about torture?"')
    answer = _answering().ask(question, source=source, doc_id=doc_id, role=role)
    if as_json:
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return
    from prepbot.console.render import render_answer

    click.echo(render_answer(answer))


@click.command()
@click.argument("topic")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--role", type=click.Choice(ROLES),
              help="delegation: questions to be ready for; ngo: questions to suggest to Committee members.")  # fmt: skip
@click.option("--source", type=click.Choice(SOURCES), help="Only questions citing this side.")
def followups(topic: str, as_json: bool, role: str | None, source: str | None) -> None:
    """Draft 3-5 follow-up questions on TOPIC in a Committee member's style, each grounded in quoted paragraphs."""
    drafted = _answering().followups(topic, role=role, source=source)
    if as_json:
        click.echo(json.dumps(drafted.to_json(), ensure_ascii=False, indent=2))
        return
    from prepbot.console.render import render_followups

    click.echo(render_followups(drafted))


@click.group()
def prompts() -> None:
    """Check and preview the prompt files in prompts/ (PREPBOT_PROMPTS_DIR)."""


def _registry():
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.core.settings import get_settings

    return PromptRegistry(get_settings().prompts_dir)


@prompts.command("check")
def prompts_check() -> None:
    """Validate every prompt file: syntax, declared variables, rendering with the sample inputs."""
    registry = _registry()
    problems = registry.check()
    for problem in problems:
        click.echo(f"{registry.prompts_dir / problem.file}:{problem.line}: {problem.message}", err=True)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {registry.prompts_dir}.", err=True)
        sys.exit(1)
    click.echo(f"{len(registry.ids())} prompts OK in {registry.prompts_dir}: {', '.join(registry.ids())}")


@prompts.command("show")
@click.argument("prompt_id")
def prompts_show(prompt_id: str) -> None:
    """Render prompt PROMPT_ID with the sample inputs from its file."""
    from prepbot.answering.prompts import PromptUnavailable

    registry = _registry()
    try:
        prompt = registry.get(prompt_id)
    except PromptUnavailable as error:
        known = ", ".join(registry.ids()) or "none"
        raise BadInput(f"{error} Known prompts: {known}.") from error
    click.echo(f"# {prompt.id}: {prompt.description}")
    click.echo(f"# file: {prompt.path}  sha256: {prompt.content_hash}")
    click.echo(f"# variables: {', '.join(prompt.variables) or '(none)'}")
    click.echo(prompt.render_sample())
