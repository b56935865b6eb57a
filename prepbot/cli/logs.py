"""`prepbot logs`: coordinators read, search, export, summarise and purge the session log on the server.

Every read is written to the audit table with actor "cli". Reading never creates a database: with no log yet the
command says so. The store and its renderings are imported inside the commands so `prepbot --help` stays fast.
"""

from __future__ import annotations

import sys
from datetime import datetime

import click

from prepbot.cli.options import echo_json, json_option
from prepbot.core.errors import PrepbotError
from prepbot.core.vocabulary import LOG_FORMATS

CLI_ACTOR = "cli"


class WhenType(click.ParamType):
    """An ISO date/datetime (UTC unless it says otherwise) or a relative age: 7d, 24h, 2w, 90min."""

    name = "DATE"

    def __init__(self, end_of_day: bool = False) -> None:
        self.end_of_day = end_of_day

    def convert(self, value, param, ctx) -> datetime:
        if isinstance(value, datetime):
            return value
        from prepbot.sessionlog.query import parse_when

        try:
            return parse_when(value, end_of_day=self.end_of_day)
        except PrepbotError as error:
            self.fail(str(error), param, ctx)


class DurationType(click.ParamType):
    """30d, 24h, 2w, 90min, or a bare number of days."""

    name = "DURATION"

    def convert(self, value, param, ctx) -> float:
        if isinstance(value, (int, float)):
            return float(value)
        from prepbot.sessionlog.query import parse_duration

        try:
            return parse_duration(value).total_seconds() / 86400
        except PrepbotError as error:
            self.fail(str(error), param, ctx)


class PseudonymType(click.ParamType):
    name = "PSEUDONYM"

    def convert(self, value, param, ctx) -> str:
        from prepbot.sessionlog.query import normalize_pseudonym

        try:
            return normalize_pseudonym(value)
        except PrepbotError as error:
            self.fail(str(error), param, ctx)


def _open_store():
    from prepbot.core.settings import get_settings
    from prepbot.services import apply_retention
    from prepbot.sessionlog.store import LogStore

    settings = get_settings()
    store = LogStore.open_existing(settings.sessions_db_path, settings.log_pseudonym_key)
    apply_retention(store, settings)  # nothing past LOG_RETENTION_DAYS is listed or exported, bot running or not
    return store


def _check_range(since, until) -> None:
    """A usage error, before the log is opened, for a range nothing can be in (query.empty_range)."""
    from prepbot.sessionlog.query import empty_range

    if problem := empty_range(since, until):
        raise click.UsageError(problem)


def _range_options(command):
    command = click.option(
        "--until", type=WhenType(end_of_day=True), help="Answered before this (a bare date includes that day)."
    )(command)
    command = click.option("--since", type=WhenType(), help="Answered on or after this: 2025-03-01, 7d, 24h.")(command)
    return command


@click.group(invoke_without_command=True)
@_range_options
@click.option("--user", type=PseudonymType(), help="Only this person, by pseudonym: member-7f3a9c.")
@click.option("--session", "session_id", metavar="ID", help="Only this conversation session.")
@click.option("--search", metavar="TEXT", help="Full-text search in questions, answers and what they quoted.")
@click.option("--cites", metavar="SYMBOL", help='Only answers quoting this document (or "SYMBOL ¶N").')
@click.option("--flagged", is_flag=True, help="Only exchanges with a 👎 or a wrong-citation report.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(LOG_FORMATS),
    default="table",
    show_default=True,
    help="md reads like a briefing transcript.",
)
@click.option("-n", "--limit", type=click.IntRange(min=1), help="Only the N most recent matches (shown oldest first).")
@click.pass_context
def logs(ctx, since, until, user, session_id, search, cites, flagged, fmt, limit) -> None:
    """What members asked and what the bot answered: filter, search, export.

    \b
    Examples:
      prepbot logs --since 7d
      prepbot logs --search "torture complaints" --format md > briefing.md
      prepbot logs --cites CCPR/C/KAZ/3 --flagged
      prepbot logs --user member-7f3a9c --format jsonl
      prepbot logs stats --since 30d
      prepbot logs purge --older-than 30d
    """
    if ctx.invoked_subcommand is not None:
        return
    _check_range(since, until)
    with _open_store() as store:
        text = store.export(
            since=since,
            until=until,
            fmt=fmt,
            actor=CLI_ACTOR,
            user=user,
            session=session_id,
            search=search,
            cites=cites,
            flagged=flagged,
            limit=limit,
        )
    click.echo(text, nl=False)


@logs.command()
@_range_options
@json_option("Print the figures as JSON.")
def stats(since, until, as_json) -> None:
    """Exchanges per day and per answer mode, share grounded and 👎, most cited paragraphs, unanswered questions."""
    from prepbot.sessionlog.format import render_stats

    _check_range(since, until)
    with _open_store() as store:
        figures = store.stats(since=since, until=until, actor=CLI_ACTOR)
    if as_json:
        echo_json(figures.to_json(), indent=2)
    else:
        click.echo(render_stats(figures), nl=False)


@logs.command()
@click.option(
    "--older-than",
    "older_than_days",
    type=DurationType(),
    metavar="DURATION",
    help="Delete exchanges older than this: 30d, 2w, 12h (default: LOG_RETENTION_DAYS).",
)
@click.option("--dry-run", is_flag=True, help="Only say how many exchanges would be deleted.")
@click.option(
    "--yes", "-y", "confirmed", is_flag=True, help="Delete exchanges younger than the retention period without asking."
)
def purge(older_than_days, dry_run, confirmed) -> None:
    """Delete old exchanges and their feedback now (the bot also does this daily); recorded in the audit table.

    Deleting exchanges that LOG_RETENTION_DAYS still keeps (a shorter --older-than) asks first, or needs --yes where
    nobody can answer: a typed "0d" would otherwise empty the log the coordinators review.
    """
    from prepbot.core.settings import get_settings

    retention_days = float(get_settings().log_retention_days)
    if older_than_days is None:
        older_than_days = retention_days
    age = f"older than {older_than_days:g} days"
    with _open_store() as store:
        doomed = store.count_older_than(older_than_days)
        if dry_run:
            click.echo(f"Would purge {_exchanges(doomed)} {age}.")
            return
        if doomed and older_than_days < retention_days and not confirmed:
            question = (
                f"Delete {_exchanges(doomed)} {age}? LOG_RETENTION_DAYS keeps them for {retention_days:g} days, "
                "and a deletion cannot be undone"
            )
            if not sys.stdin.isatty():
                raise click.UsageError(f"{question}: add --yes to delete them (or --dry-run to count them).")
            click.confirm(question + ".", abort=True)
        deleted = store.purge_older_than(older_than_days, actor=CLI_ACTOR)
    click.echo(f"Purged {_exchanges(deleted)} {age}.")


def _exchanges(count: int) -> str:
    return f"{count} exchange{'s' if count != 1 else ''}"
