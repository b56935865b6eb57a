"""`prepbot eval`: retrieval figures (recall, MRR per language) and answer figures (quotes that verify, answers citing
a gold paragraph, answered / fact shown / declined) on a question file, with the searcher and answerer from the
composition root (prepbot.services).

Heavy imports (chromadb, numpy, the models) happen inside the command so that `prepbot --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from prepbot.cli.options import echo_json, json_option, k_option


def _answer_figures(searcher, answerer, items, seeds) -> dict:
    """Run `ask` on every question: the share of quotes that verify and of grounded answers per answer mode, and per
    language how many answers cite a gold paragraph ("gold") and which cite none."""
    from prepbot.answering.answerer import fallback_summary, verification_summary
    from prepbot.answering.evaluation import answer_quality, quality_misses
    from prepbot.retrieval import evaluation

    answers = [answerer.ask(item.question) for item in items]
    cited = {item.id: _cited_paragraphs(searcher, answer) for item, answer in zip(items, answers, strict=True)}
    return (
        {"available": True}
        | verification_summary(answers, searcher)
        | {"model": fallback_summary(answers)}
        | {
            "gold": evaluation.answer_metrics(cited, items, seeds),
            "citing_no_gold": evaluation.answer_misses(cited, items, seeds),
            "quality": answer_quality(items, answers),
            "quality_misses": quality_misses(items, answers),
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
    from prepbot.answering.answerer import format_fallbacks
    from prepbot.answering.evaluation import format_quality
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
    lines += filter(None, [format_fallbacks(figures.get("model", {}))])
    lines.append("answers citing gold, and contrast answers citing gold on both sides:")
    lines.append(evaluation.format_answer_table(figures["gold"]))
    lines.append("answered when answerable, the gold fact in a quote, declined when the documents do not answer:")
    lines.append(format_quality(figures["quality"]))
    if show_misses:
        lines.append(f"answers citing no gold: {', '.join(figures['citing_no_gold']) or 'none'}")
        for kind, ids in figures["quality_misses"].items():
            lines.append(f"{kind.replace('_', ' ')}: {', '.join(ids) or 'none'}")
    return "\n".join(lines)


@click.command("eval")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@k_option(10, "Paragraphs retrieved.")
@json_option("Print the figures as JSON.")
@click.option("--no-answers", is_flag=True, help="Retrieval figures only (skip `ask` for every question).")
@click.option(
    "--misses", "show_misses", is_flag=True,
    help="List the questions with no hit in the top 5, and those whose answer cites no gold.",
)  # fmt: skip
def eval_command(file: Path, k: int, as_json: bool, no_answers: bool, show_misses: bool) -> None:
    """Recall@1/5/10 and MRR@10 per language on a question file (dev.jsonl format), how `ask` quotes verify, and how
    many answers cite a gold paragraph (contrast questions: gold on both sides)."""
    from prepbot.core.settings import get_settings
    from prepbot.retrieval import evaluation
    from prepbot.services import build_answering

    items = evaluation.load_items(file)
    searcher, _prompts, answerer = build_answering(get_settings())
    seeds = evaluation.seed_map(searcher.documents())
    rankings = evaluation.run_retrieval(lambda q, n: searcher.search(q, k=max(n, k)), items, k=k)
    rows = evaluation.metrics(rankings, items, seeds)
    if no_answers:
        answers = {"available": False, "reason": "skipped (--no-answers)"}
    else:
        answers = _answer_figures(searcher, answerer, items, seeds)
    missed = evaluation.misses(rankings, items, seeds)
    if as_json:
        echo_json({"file": str(file), "k": k, "retrieval": rows, "answers": answers, "misses@5": missed})
        return
    click.echo(f"Retrieval on {file} ({len(items)} questions, k={k})")
    click.echo(evaluation.format_table(rows))
    if show_misses:
        click.echo(f"no hit in top 5: {', '.join(missed) or 'none'}")
    click.echo(_format_answers(answers, show_misses))
