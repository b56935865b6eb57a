"""Errors whose message is meant for the person at the keyboard; the CLI prints them and exits non-zero."""

from __future__ import annotations

from collections.abc import Iterable

from prepbot.core.vocabulary import STANDARD_SIDE


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


def unknown_document(ref: str, documents: Iterable[tuple[str, str]]) -> BadInput:
    """The error for a document reference (doc_id or symbol) no document has: one line naming the dialogue's documents;
    the General Comments (side "standard", 180 of them) are counted, not listed. `documents`: (doc_id, side) pairs."""
    listed: list[str] = []
    standards = 0
    for doc_id, side in documents:
        if side == STANDARD_SIDE:
            standards += 1
        else:
            listed.append(doc_id)
    known = f"one of {', '.join(sorted(listed))} (or its symbol)"
    if standards:
        known += f", or one of the {standards} General Comments (`prepbot corpus stats` lists them)"
    return BadInput(f"Unknown document {ref!r}: use {known}.")
