"""The `prepbot` command line: one group, each subcommand implemented in the module that owns its job.

Subcommands are imported lazily so that `prepbot --help` and light commands start fast.
"""

from __future__ import annotations

import importlib
import sys

import click

from prepbot.core.errors import PrepbotError

# name -> "module:attribute" of a click command or group
SUBCOMMANDS = {
    "ingest": "prepbot.cli.retrieval_commands:ingest",
    "add": "prepbot.cli.add:add",
    "corpus": "prepbot.cli.corpus_commands:corpus",
    "search": "prepbot.cli.retrieval_commands:search",
    "eval": "prepbot.cli.retrieval_commands:eval_command",
    "ask": "prepbot.cli.answer_commands:ask",
    "followups": "prepbot.cli.answer_commands:followups",
    "prompts": "prepbot.cli.answer_commands:prompts",
    "logs": "prepbot.cli.logs_commands:logs",
    "chat": "prepbot.console.chat:chat",
    "run": "prepbot.cli.bot_commands:run",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = SUBCOMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup)
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
