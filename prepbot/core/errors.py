"""Errors whose message is meant for the person at the keyboard; the CLI prints them and exits non-zero."""


class PrepbotError(Exception):
    """Base class: str(error) is a clear, user-facing message."""

    exit_code = 2


class BadInput(PrepbotError):
    """A query, argument or file the user gave is unusable."""


class CorpusError(PrepbotError):
    """The manifest or a document cannot be turned into paragraphs."""


class IndexMissing(PrepbotError):
    """No usable index in the data dir: run `prepbot ingest`."""

    exit_code = 3
