"""Run `prepbot ARGS` in-process, as the console script would: the one helper the CLI tests share."""

from __future__ import annotations

from click.testing import CliRunner


def run_prepbot(*args: str) -> tuple[int, str, str]:
    """(exit code as `prepbot` would give it, stdout, error text). prepbot.cli.main.main prints a PrepbotError and exits
    with its code; here its message is the error text. Any other exception is a bug and is raised."""
    from prepbot.cli.main import cli
    from prepbot.core.errors import PrepbotError

    result = CliRunner().invoke(cli, list(args))
    if isinstance(result.exception, PrepbotError):
        return result.exception.exit_code, result.stdout, str(result.exception)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr
