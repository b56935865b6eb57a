"""`prepbot add FILE`: bring a PDF, Word or HTML document into the corpus, report its paragraphs, then index it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from prepbot.cli.options import json_option
from prepbot.core.vocabulary import SIDES


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--symbol", required=True, help="The UN symbol printed on the document (or a stable id).")
@click.option("--author-type", "author_type", required=True, type=click.Choice(SIDES), help="Whose document it is.")
@click.option("--title", help="The document's title (default: the symbol).")
@click.option("--date", help="ISO date, or the year (default: undated).")
@click.option(
    "--mechanism",
    help="Human Rights Committee, Universal Periodic Review, ... (default: from the symbol, CAT/... -> Committee "
    "against Torture)",
)
@click.option("--document-type", "document_type", help="state report | list of issues | NGO submission | ...")
@click.option("--language", default="en", show_default=True, help="ISO 639-1 code of the text.")
@click.option("--doc-id", "doc_id", help="Slug used in citation keys (default: made from the symbol).")
@click.option("--dry-run", is_flag=True, help="Convert and report the paragraphs; write nothing.")
@click.option("--no-ingest", is_flag=True, help="Write the text and manifest entry; do not index yet.")
@json_option("Print the reports as JSON.")
def add(file: Path, symbol: str, author_type: str, title: str | None, date: str | None, mechanism: str | None,
        document_type: str | None, language: str, doc_id: str | None, dry_run: bool, no_ingest: bool,
        as_json: bool) -> None:  # fmt: skip
    """Convert FILE (PDF, DOCX or HTML) into corpus/, report its numbered paragraphs (count, gaps, duplicates)
    before anything is indexed, then index it. A file without numbered paragraphs is refused."""
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.adding import add_document

    settings = get_settings()
    if not as_json:
        click.echo(f"Converting {file.name}...", err=True)
    report = add_document(
        settings.corpus_dir, file, symbol=symbol, author_type=author_type, title=title, date=date,
        mechanism=mechanism, document_type=document_type, language=language, doc_id=doc_id, dry_run=dry_run,
    )  # fmt: skip
    result: dict = {"add": report.to_json()}
    if not as_json:
        click.echo(report.summary())
    if report.written and not no_ingest:
        from prepbot.retrieval.index import ingest

        indexed = ingest(settings, progress=not as_json and sys.stderr.isatty())
        result["ingest"] = indexed.to_json()
        if not as_json:
            click.echo(indexed.summary())
    elif not as_json and dry_run:
        click.echo("Dry run: nothing written.")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
