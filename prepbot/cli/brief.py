"""`prepbot brief`: the briefing pack over the whole dialogue (or one topic), as Markdown, DOCX or JSON.

Heavy imports (index, models, python-docx) happen inside the command so that `prepbot --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from prepbot.cli.options import framing_option, json_option
from prepbot.core.errors import BadInput


@click.command()
@click.argument("topic_words", metavar="[TOPIC]", nargs=-1)
@framing_option("delegation: questions to be ready for; ngo: questions to suggest to members.")
@click.option("--max-questions", type=click.IntRange(min=1), default=80, show_default=True,
              help="At most this many questions in the whole pack.")  # fmt: skip
@click.option("--topic", help="Only the topics this names (default: the whole dialogue).")
@click.option("--format", "fmt", type=click.Choice(("md", "docx")), default="md", show_default=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE (needed for docx).")
@json_option("Print the pack as JSON instead.")
def brief(
    topic_words: tuple[str, ...],
    role: str | None,
    max_questions: int,
    topic: str | None,
    fmt: str,
    out: Path | None,
    as_json: bool,
) -> None:
    """A briefing pack: per topic the anticipated questions (most likely first), the State's position, the UN and
    NGO concerns and what was asked that no State reply in the documents answers, with verbatim quotes cited as
    SYMBOL ¶N. TOPIC (or --topic): only the topics it names, as `followups TOPIC` takes it; none: the whole
    dialogue."""
    if topic_words and topic:
        raise BadInput("Give the topic once: `prepbot brief TOPIC` or `prepbot brief --topic TOPIC`.")
    topic = " ".join(topic_words) or topic
    if fmt == "docx" and out is None and not as_json:
        raise BadInput("A DOCX pack needs --out FILE, e.g. --format docx --out brief.docx")
    if out is not None and not out.resolve().parent.is_dir():  # refused before a minute of work, not after
        raise BadInput(f"Cannot write {out}: the folder {out.resolve().parent} does not exist.")
    from tqdm import tqdm

    from prepbot.answering.brief_render import render, render_markdown
    from prepbot.answering.text import question_language
    from prepbot.core.settings import get_settings
    from prepbot.services import build_answering

    _searcher, prompts, answerer = build_answering(get_settings())
    with tqdm(total=0, unit="topic", desc="Briefing pack", file=sys.stderr, disable=not sys.stderr.isatty(),
              leave=False) as bar:  # fmt: skip

        def progress(done: int, total: int, title: str) -> None:
            bar.total = total
            bar.set_postfix_str(title[:40])
            bar.update(done - bar.n)

        pack = answerer.brief(role=role, max_questions=max_questions, topic=topic, progress=progress)
    language = question_language(topic) if topic else "en"
    if as_json:
        content = json.dumps(pack.to_json(), ensure_ascii=False, indent=2) + "\n"  # not echo_json: it may go to --out
        data = content.encode("utf-8")
    elif fmt == "md" and out is None:
        click.echo(render_markdown(pack, prompts, language), nl=False)
        return
    else:
        data = render(pack, prompts, fmt, language)
    if out is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    try:
        out.write_bytes(data)
    except OSError as error:
        raise BadInput(f"Cannot write {out}: {error.strerror or error}.") from error
    click.echo(f"Wrote {out} ({len(pack.topics)} topics, {pack.question_count} questions).", err=True)
