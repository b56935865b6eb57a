"""`prepbot corpus ...`: look at the corpus as the parser sees it (paragraph counts and numbering), without an index."""

from __future__ import annotations

import json

import click


@click.group()
def corpus() -> None:
    """The documents in the corpus folder and how they parse into numbered paragraphs."""


@corpus.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def stats(as_json: bool) -> None:
    """Per document: paragraph count, first and last number, gaps and duplicates in the numbering."""
    from prepbot.core.settings import get_settings
    from prepbot.retrieval.parsing import load_corpus, numbering_report

    settings = get_settings()
    documents = []
    for entry, paragraphs in load_corpus(settings.corpus_dir):
        report = numbering_report(paragraphs)
        documents.append(
            {
                "doc_id": entry.doc_id,
                "symbol": entry.symbol,
                "paragraphs": report.count,
                "first": report.first,
                "last": report.last,
                "gaps": report.gaps,
                "duplicates": report.duplicates,
            }
        )

    if as_json:
        click.echo(json.dumps({"documents": documents}, ensure_ascii=False))
        return

    click.echo(f"Corpus: {settings.corpus_dir}")
    header = f"{'doc_id':<18} {'symbol':<22} {'paragraphs':>10} {'first':>6} {'last':>6}  numbering"
    click.echo(header)
    click.echo("-" * len(header))
    for document in documents:
        problems = []
        if document["gaps"]:
            problems.append("gaps " + ", ".join(document["gaps"]))
        if document["duplicates"]:
            problems.append("duplicates " + ", ".join(document["duplicates"]))
        click.echo(
            f"{document['doc_id']:<18} {document['symbol']:<22} {document['paragraphs']:>10} "
            f"{document['first']:>6} {document['last']:>6}  {'; '.join(problems) or 'ok'}"
        )
    click.echo(f"{len(documents)} documents, {sum(d['paragraphs'] for d in documents)} paragraphs")
