"""Answers from the shell: `prepbot ask`, `prepbot followups`, and `prepbot prompts` (check and preview the prompts).

Heavy imports (index, models) happen inside the commands so that `prepbot --help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from prepbot.cli.options import (
    batch_option,
    doc_option,
    echo_json,
    framing_option,
    json_option,
    require_text_or_batch,
    source_option,
)
from prepbot.core.errors import BadInput, PrepbotError
from prepbot.core.jsonl import read_jsonl


def _answerer():
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
@json_option()
@source_option()
@doc_option()
@framing_option()
@batch_option('JSONL file with one {"id", "question"} per line; prints one JSON line per input.')
def ask(question: str | None, as_json: bool, source: str | None, doc_id: str | None, role: str | None,
        batch: Path | None) -> None:  # fmt: skip
    """Answer QUESTION from the documents, quoting the paragraphs verbatim (SYMBOL ¶N)."""
    require_text_or_batch(
        question, batch, name="QUESTION", example='prepbot ask "What did the delegation say about torture?"'
    )
    if batch is not None:
        items = read_jsonl(batch, _batch_item, allow_empty=True)
        answerer = _answerer()
        failures = 0
        for item_id, text in items:
            try:
                record = {"id": item_id, **answerer.ask(text, source=source, doc_id=doc_id, role=role).to_json()}
            except PrepbotError as error:
                failures += 1
                record = {"id": item_id, "question": text, "error": str(error)}
            echo_json(record)
        if failures:
            click.echo(f"{failures} of {len(items)} questions could not be answered.", err=True)
            sys.exit(2)
        return
    answerer = _answerer()
    answer = answerer.ask(question, source=source, doc_id=doc_id, role=role)
    if as_json:
        echo_json(answer.to_json(), indent=2)
        return
    from prepbot.console.render import render_answer

    click.echo(render_answer(answer, answerer.prompts.get("frame")))


@click.command()
@click.argument("topic")
@json_option()
@framing_option("delegation: questions to be ready for; ngo: questions to suggest to Committee members.")
@source_option("Only questions citing this side.")
def followups(topic: str, as_json: bool, role: str | None, source: str | None) -> None:
    """Draft 3-5 follow-up questions on TOPIC in a Committee member's style, each grounded in quoted paragraphs."""
    answerer = _answerer()
    drafted = answerer.followups(topic, role=role, source=source)
    if as_json:
        echo_json(drafted.to_json(), indent=2)
        return
    from prepbot.console.render import render_followups

    click.echo(render_followups(drafted, answerer.prompts.get("frame")))


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
