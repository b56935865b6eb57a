"""The `prepbot` command line: the one click group, and how a failure reaches the user.

A PrepbotError (prepbot.core.errors) prints `Error: <message>` and exits with its code (2, or 3 for a missing index);
every misuse a command finds is one (a BadInput). A value click itself refuses (an unknown --source, a bad date) is
printed by click, under a usage line, as `Error: <message>` with exit 2 as well. The command modules import nothing
heavy at module level, so building the group is cheap and `prepbot --help` stays fast (tests/test_cli.py checks both).
"""

from __future__ import annotations

import sys

import click

from prepbot.cli import add, answers, brief, corpus, evaluate, logs, shells
from prepbot.core.errors import PrepbotError


@click.group(
    commands=[
        corpus.corpus,
        corpus.ingest,
        add.add,
        corpus.search,
        evaluate.eval_command,
        answers.ask,
        answers.followups,
        brief.brief,
        answers.prompts,
        logs.logs,
        shells.chat,
        shells.run,
    ]
)
@click.version_option(package_name="prepbot")
def cli() -> None:
    """prepbot: what each actor said in a UN human-rights dialogue, with verified paragraph citations."""


def main() -> None:
    try:
        cli(standalone_mode=False)
    except PrepbotError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as exit_:
        sys.exit(exit_.exit_code)


if __name__ == "__main__":
    main()
