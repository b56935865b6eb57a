"""click commands for the index: `prepbot ingest`, `prepbot search`, `prepbot eval`.

Heavy imports (chromadb, numpy, the models) happen inside the commands so that `prepbot --help` stays fast.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import click

from prepbot.core.errors import BadInput
from prepbot.core.jsonl import read_jsonl

SOURCES = ("state", "committee", "un", "ngo")
HUMAN_TEXT_CHARS = 600


def _settings():
    from prepbot.core.settings import get_settings

    return get_settings()


# ------------------------------------------------------------------------------------------------ ingest


@click.command()
@click.option("--quiet", is_flag=True, help="No progress bar; print one summary line.")
@click.option("--rebuild", is_flag=True, help="Drop the index (not the session logs) and build it from scratch.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def ingest(quiet: bool, rebuild: bool, as_json: bool) -> None:
    """Index the corpus (corpus/manifest.toml): only new or changed documents are embedded again."""
    from prepbot.retrieval.index import ingest as run_ingest

    settings = _settings()
    report = run_ingest(settings, progress=not quiet and not as_json and sys.stderr.isatty(), rebuild=rebuild)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False))
    elif quiet:
        state = "updated" if report.changed else "up to date"
        click.echo(
            f"Index {state}: {report.documents} documents, {report.paragraphs} paragraphs "
            f"(+{len(report.added)} ~{len(report.replaced)} -{len(report.removed)}) in {report.seconds:.1f} s"
        )
    else:
        click.echo(report.summary())


# ------------------------------------------------------------------------------------------------ search


def _batch_row(record: dict, number: int) -> tuple[str, str]:
    """(id, cleaned question) of one `search --batch` line; the id is required."""
    from prepbot.retrieval.search import clean_query

    return str(record["id"]), clean_query(record["question"])


def _print_human(query: str, hits) -> None:
    if not hits:
        click.echo(f"No paragraphs found for: {query}")
        return
    for rank, hit in enumerate(hits, start=1):
        paragraph = hit.paragraph
        who = paragraph.author_type + (f" · {paragraph.speaker}" if paragraph.speaker else "")
        click.echo(f"{rank}. {paragraph.symbol} ¶{paragraph.number}  [{who}]  score {hit.score:.3f}")
        text = paragraph.text
        if len(text) > HUMAN_TEXT_CHARS:
            text = text[:HUMAN_TEXT_CHARS].rsplit(" ", 1)[0] + " … (--json for the full text)"
        click.echo(textwrap.indent(textwrap.fill(text, width=100), "   "))
        click.echo()


@click.command()
@click.argument("query", required=False)
@click.option("--k", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="How many paragraphs.")
@click.option("--source", type=click.Choice(SOURCES), help="Only what this side said.")
@click.option("--doc", "doc_id", metavar="DOC_ID", help="Only this document (doc_id or symbol).")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.option(
    "--batch",
    type=click.Path(path_type=Path, dir_okay=False),
    help="JSON lines with id and question; one JSON line out per line in.",
)
def search(query: str | None, k: int, source: str | None, doc_id: str | None, as_json: bool, batch: Path | None):
    """Find the paragraphs that answer QUERY (hybrid dense + BM25 search)."""
    from prepbot.retrieval.search import Searcher, clean_query, hit_to_json

    if batch is not None and query is not None:
        raise BadInput("give either a QUERY or --batch FILE, not both")
    if batch is None:
        if query is None:
            raise BadInput('what should I search for? Usage: prepbot search "QUERY" [--k 5] [--json]')
        query = clean_query(query)
        rows = None
    else:
        rows = read_jsonl(batch, _batch_row)  # every line checked before any search runs

    searcher = Searcher.open(_settings())
    if rows is None:
        hits = searcher.search(query, k=k, source=source, doc_id=doc_id)
        if as_json:
            click.echo(json.dumps({"query": query, "results": [hit_to_json(h) for h in hits]}, ensure_ascii=False))
        else:
            _print_human(query, hits)
        return
    for item_id, question in rows:
        hits = searcher.search(question, k=k, source=source, doc_id=doc_id)
        if as_json:
            line = {"id": item_id, "query": question, "results": [hit_to_json(h) for h in hits]}
            click.echo(json.dumps(line, ensure_ascii=False))
        else:
            click.echo(f"== {item_id}: {question}")
            _print_human(question, hits)


# ------------------------------------------------------------------------------------------------ eval


def _answer_figures(settings, searcher, items, seeds) -> dict:
    """Run `ask` (prepbot.answering.answerer) on every question: the share of quotes that verify and of grounded answers per
    answer mode, and per language how many answers cite a gold paragraph ("gold") and which cite none."""
    from prepbot.answering.answerer import Answerer, fallback_summary, verification_summary
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.retrieval import evaluation

    answerer = Answerer(settings, searcher, PromptRegistry(settings.prompts_dir))
    answers = [answerer.ask(item.question) for item in items]
    cited = {item.id: _cited_paragraphs(searcher, answer) for item, answer in zip(items, answers)}
    return (
        {"available": True}
        | verification_summary(answers, searcher)
        | {"model": fallback_summary(answers)}
        | {
            "gold": evaluation.answer_metrics(cited, items, seeds),
            "citing_no_gold": evaluation.answer_misses(cited, items, seeds),
        }
    )


def _cited_paragraphs(searcher, answer) -> list:
    """The stored paragraphs an answer cites, in citation order (an unknown paragraph is left out)."""
    paragraphs = []
    for citation in answer.citations:
        paragraph = searcher.paragraph(citation.doc_id, citation.paragraph)
        if paragraph is not None:
            paragraphs.append(paragraph)
    return paragraphs


def _format_answers(figures: dict, show_misses: bool = False) -> str:
    from prepbot.retrieval import evaluation

    if not figures.get("available"):
        return f"ask: {figures.get('reason')}"

    def share(value) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [
        f"ask: {figures['answers']} answers, {figures['quotes']} quotes, "
        f"{figures['verified']} verify (share {share(figures['verified_share'])})"
    ]
    for mode, row in sorted(figures["modes"].items()):
        lines.append(
            f"  {mode}: {row['answers']} answers, grounded {share(row['grounded_share'])}, "
            f"quotes verified {share(row['verified_share'])} ({row['verified']}/{row['quotes']})"
        )
    from prepbot.answering.answerer import format_fallbacks

    lines += filter(None, [format_fallbacks(figures.get("model", {}))])
    lines.append("answers citing gold, and contrast answers citing gold on both sides:")
    lines.append(evaluation.format_answer_table(figures["gold"]))
    if show_misses:
        lines.append(f"answers citing no gold: {', '.join(figures['citing_no_gold']) or 'none'}")
    return "\n".join(lines)


@click.command("eval")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--k", "k", type=click.IntRange(1, 100), default=10, show_default=True, help="Paragraphs retrieved.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--no-answers", is_flag=True, help="Retrieval figures only (skip `ask` for every question).")
@click.option(
    "--misses", "show_misses", is_flag=True,
    help="List the questions with no hit in the top 5, and those whose answer cites no gold.",
)  # fmt: skip
def eval_command(file: Path, k: int, as_json: bool, no_answers: bool, show_misses: bool) -> None:
    """Recall@1/5/10 and MRR@10 per language on a question file (dev.jsonl format), how `ask` quotes verify, and how
    many answers cite a gold paragraph (contrast questions: gold on both sides)."""
    from prepbot.retrieval import evaluation
    from prepbot.retrieval.search import Searcher

    items = evaluation.load_items(file)
    settings = _settings()
    searcher = Searcher.open(settings)
    seeds = evaluation.seed_map(searcher.documents())
    rankings = evaluation.run_retrieval(lambda q, n: searcher.search(q, k=max(n, k)), items, k=k)
    rows = evaluation.metrics(rankings, items, seeds)
    if no_answers:
        answers = {"available": False, "reason": "skipped (--no-answers)"}
    else:
        answers = _answer_figures(settings, searcher, items, seeds)
    missed = evaluation.misses(rankings, items, seeds)
    if as_json:
        click.echo(json.dumps({"file": str(file), "k": k, "retrieval": rows, "answers": answers, "misses@5": missed}))
        return
    click.echo(f"Retrieval on {file} ({len(items)} questions, k={k})")
    click.echo(evaluation.format_table(rows))
    if show_misses:
        click.echo(f"no hit in top 5: {', '.join(missed) or 'none'}")
    click.echo(_format_answers(answers, show_misses))
