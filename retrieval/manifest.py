"""Read and validate corpus/manifest.toml: which documents the corpus holds and what each one is."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from prepbot.core.errors import CorpusError
from prepbot.core.records import DocumentEntry
from prepbot.core.vocabulary import SIDES

MANIFEST_NAME = "manifest.toml"
REQUIRED_FIELDS = ("doc_id", "symbol", "title", "mechanism", "document_type", "author_type", "date", "language", "file")
DOC_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")  # an ISO 639-1 code: "en", "ru", "fr"
UNDATED = "undated"  # what `prepbot add` writes when the document prints no date
UNSPECIFIED = "unspecified"  # the mechanism of a document added without one (prepbot add)


def date_problem(value: str) -> str | None:
    """Why a manifest date is unusable, or None: it must be an ISO date, a year and month, a year ("2025-06-25",
    "2025-06", "2025"), or "undated"."""
    import datetime as dt

    if value == UNDATED:
        return None
    try:
        if re.fullmatch(r"\d{4}", value):
            dt.date(int(value), 1, 1)
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            dt.date(int(value[:4]), int(value[5:]), 1)
        else:
            dt.date.fromisoformat(value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else "not a date")
    except ValueError:
        return f"date {value!r} is not a date: write 2025-06-25, 2025-06, 2025 or {UNDATED!r}"
    return None


def language_problem(value: str) -> str | None:
    """Why a manifest language is unusable, or None: it must be a two-letter ISO 639-1 code ("en", "ru")."""
    if LANGUAGE_PATTERN.match(value):
        return None
    return f"language {value!r} is not a two-letter ISO 639-1 code such as 'en' or 'ru'"


def manifest_path(corpus_dir: Path) -> Path:
    return Path(corpus_dir) / MANIFEST_NAME


def standards_folder(corpus_dir: Path) -> Path | None:
    """The folder the manifest's [standards] table names (dir = "standards"), None when it has none."""
    path = manifest_path(corpus_dir)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorpusError(f"cannot read {path}: {error}") from error
    table = data.get("standards")
    if table is None:
        return None
    if not isinstance(table, dict) or not isinstance(table.get("dir"), str) or not table["dir"].strip():
        raise CorpusError(f'{path}: [standards] needs dir = "<folder inside the corpus folder>"')
    unknown = sorted(set(table) - {"dir"})
    if unknown:
        raise CorpusError(f"{path}: [standards] has unknown field(s) {', '.join(unknown)}")
    relative = Path(table["dir"].strip())
    if relative.is_absolute() or ".." in relative.parts:
        raise CorpusError(f"{path}: [standards] dir {table['dir']!r} must be a folder inside the corpus folder")
    folder = Path(corpus_dir) / relative
    if not folder.is_dir():
        raise CorpusError(f"{path}: [standards] dir {table['dir']!r} is missing from {corpus_dir}")
    return folder


def load_manifest(corpus_dir: Path) -> list[DocumentEntry]:
    """The manifest's documents in order; raises CorpusError naming the entry at the first problem."""
    path = manifest_path(corpus_dir)
    if not path.is_file():
        raise CorpusError(f"no corpus manifest at {path}: create it with one [[documents]] table per document")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorpusError(f"cannot read {path}: {error}") from error

    tables = data.get("documents")
    if not isinstance(tables, list) or not tables:
        raise CorpusError(f"{path} lists no documents: add [[documents]] tables")

    entries: list[DocumentEntry] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, str] = {}
    for position, table in enumerate(tables, start=1):
        entry = _entry_from_table(table, position, path)
        if entry.doc_id in seen_ids:
            raise CorpusError(
                f"{path}: duplicate doc_id {entry.doc_id!r} in documents #{seen_ids[entry.doc_id]} and #{position}"
            )
        if entry.file in seen_files:
            raise CorpusError(
                f"{path}: document {entry.doc_id!r} uses file {entry.file!r}, "
                f"already used by {seen_files[entry.file]!r}"
            )
        document_path = Path(corpus_dir) / entry.file
        if not document_path.is_file():
            raise CorpusError(
                f"{path}: document {entry.doc_id!r} names file {entry.file!r}, which is missing from {corpus_dir}"
            )
        seen_ids[entry.doc_id] = position
        seen_files[entry.file] = entry.doc_id
        entries.append(entry)
    return entries


def _entry_from_table(table: object, position: int, path: Path) -> DocumentEntry:
    if not isinstance(table, dict):
        raise CorpusError(f"{path}: documents #{position} is not a table")
    label = repr(table.get("doc_id")) if table.get("doc_id") else f"#{position}"
    missing = [name for name in REQUIRED_FIELDS if not str(table.get(name, "")).strip()]
    if missing:
        raise CorpusError(f"{path}: document {label} lacks {', '.join(missing)}")
    not_strings = [name for name in REQUIRED_FIELDS if not isinstance(table[name], str)]
    if not_strings:
        raise CorpusError(f"{path}: document {label}: {', '.join(not_strings)} must be quoted strings")
    unknown = sorted(set(table) - set(REQUIRED_FIELDS))
    if unknown:
        raise CorpusError(f"{path}: document {label} has unknown field(s) {', '.join(unknown)}")

    values = {name: table[name].strip() for name in REQUIRED_FIELDS}
    if not DOC_ID_PATTERN.match(values["doc_id"]):
        raise CorpusError(
            f"{path}: doc_id {values['doc_id']!r} must be a short slug (lowercase letters, digits, hyphens)"
        )
    if values["author_type"] not in SIDES:
        raise CorpusError(
            f"{path}: document {label} has author_type {values['author_type']!r}; expected one of {', '.join(SIDES)}"
        )
    for problem in (date_problem(values["date"]), language_problem(values["language"])):
        if problem:
            raise CorpusError(f"{path}: document {label}: {problem}")
    file_name = values["file"]
    if Path(file_name).name != file_name:
        raise CorpusError(
            f"{path}: document {label}: file {file_name!r} must be a plain file name inside the corpus folder"
        )
    return DocumentEntry(**values)
