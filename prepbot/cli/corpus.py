"""The corpus and its index from the shell: `prepbot corpus stats`, `prepbot ingest` and `prepbot search`.

Heavy imports (chromadb, numpy, the models) happen inside the commands so that `prepbot --help` stays fast.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click

from prepbot.cli.options import (
    batch_option,
    doc_option,
    echo_json,
    json_option,
    k_option,
    require_text_or_batch,
    source_option,
)
from prepbot.core.jsonl import read_jsonl

HUMAN_TEXT_CHARS = 600

# ------------------------------------------------------------------------------------------------ corpus stats


@click.group()
def corpus() -> None:
    """The documents in the corpus folder and how they parse into numbered paragraphs."""


@corpus.command()
@json_option("Print JSON instead of a table.")
def stats(as_json: bool) -> None:
    """Per document: paragraph count, first and last number, gaps and duplicates in the numbering."""
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.parsing import load_corpus, numbering_report

    settings = get_settings()
    reports = [(entry, numbering_report(paragraphs)) for entry, paragraphs in load_corpus(settings.corpus_dir)]

    if as_json:
        documents = [
            {
                "doc_id": entry.doc_id,
                "symbol": entry.symbol,
                "paragraphs": report.count,
                "first": report.first,
                "last": report.last,
                "gaps": report.gaps,
                "duplicates": report.duplicates,
            }
            for entry, report in reports
        ]
        echo_json({"documents": documents})
        return

    click.echo(f"Corpus: {settings.corpus_dir}")
    ids = max([len("doc_id"), *(len(entry.doc_id) for entry, _ in reports)])  # long doc_ids and symbols stay
    symbols = max([len("symbol"), *(len(entry.symbol) for entry, _ in reports)])  # in their columns
    header = f"{'doc_id':<{ids}} {'symbol':<{symbols}} {'paragraphs':>10} {'first':>6} {'last':>6}  numbering"
    click.echo(header)
    click.echo("-" * len(header))
    for entry, report in reports:
        problems = []
        if report.gaps:
            problems.append("gaps " + ", ".join(report.gaps))
        if report.duplicates:
            problems.append("duplicates " + ", ".join(report.duplicates))
        click.echo(
            f"{entry.doc_id:<{ids}} {entry.symbol:<{symbols}} {report.count:>10} "
            f"{report.first:>6} {report.last:>6}  {'; '.join(problems) or 'ok'}"
        )
    click.echo(f"{len(reports)} documents, {sum(report.count for _, report in reports)} paragraphs")


# ------------------------------------------------------------------------------------------------ ingest


@click.command()
@click.option("--quiet", is_flag=True, help="No progress bar; print one summary line.")
@click.option("--rebuild", is_flag=True, help="Drop the index (not the session logs) and build it from scratch.")
@json_option("Print the report as JSON.")
def ingest(quiet: bool, rebuild: bool, as_json: bool) -> None:
    """Index the corpus (corpus/manifest.toml): only new or changed documents are embedded again."""
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.index import ingest as run_ingest

    report = run_ingest(get_settings(), progress=not quiet and not as_json and sys.stderr.isatty(), rebuild=rebuild)
    if as_json:
        echo_json(report.to_json())
    elif quiet:
        state = "updated" if report.changed else "up to date"
        click.echo(
            f"Index {state}: {report.documents} documents, {report.paragraphs} paragraphs "
            f"(+{len(report.added)} ~{len(report.replaced)} -{len(report.removed)}) in {report.seconds:.1f} s"
        )
    else:
        click.echo(report.summary())


# ------------------------------------------------------------------------------------------------ search


def _batch_row(record: dict, number: int) -> tuple[str | None, str]:
    """(id, cleaned question) of one `search --batch` line; the id is required."""
    from prepbot.retrieval.search import clean_query

    return str(record["id"]), clean_query(record["question"])


def _print_hits(query: str, hits) -> None:
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
@k_option(5, "How many paragraphs.")
@source_option("Only what this side said.")
@doc_option("Only this document (doc_id or symbol).")
@json_option("JSON output.")
@batch_option("JSON lines with id and question; one JSON line out per line in.")
def search(query: str | None, k: int, source: str | None, doc_id: str | None, as_json: bool, batch: Path | None):
    """Find the paragraphs that answer QUERY (hybrid dense + BM25 search)."""
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.search import Searcher, clean_query, hit_to_json

    require_text_or_batch(query, batch, name="QUERY", example='prepbot search "torture in detention" [--k 5] [--json]')
    # (id, cleaned query) per search: one row without an id for a QUERY; with --batch every line is checked first
    rows = [(None, clean_query(query))] if batch is None else read_jsonl(batch, _batch_row)

    searcher = Searcher.open(get_settings())
    for item_id, question in rows:
        hits = searcher.search(question, k=k, source=source, doc_id=doc_id)
        if as_json:
            found = {"query": question, "results": [hit_to_json(hit) for hit in hits]}
            echo_json(found if item_id is None else {"id": item_id, **found})
            continue
        if item_id is not None:
            click.echo(f"== {item_id}: {question}")
        _print_hits(question, hits)
