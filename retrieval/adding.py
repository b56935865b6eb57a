"""Add a document to the corpus from the file the UN document system (or an NGO) sends: PDF, Word .docx or HTML.

`add_document` converts the file (retrieval/convert.py: page furniture, footnote bodies and line-end hyphens
dropped), parses the text into its numbered paragraphs as printed, and reports their count, first and last number,
gaps and duplicates — before anything is written or indexed; whole numbers (1, 2, 3) and decimal ones (1.1, 1.2, 2.1,
as Views on communications print them) are read. A file with no numbered paragraphs, or one that numbers a paragraph
and a section the same ("2." and "2.1"), is refused with a clear message and nothing changes. Otherwise it writes
corpus/<doc_id>.txt and appends a [[documents]] entry to corpus/manifest.toml (checked by reading the manifest back;
on any problem both are undone). Indexing is then an ordinary incremental `ingest`: only the new document is
embedded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from prepbot.core.errors import BadInput, CorpusError
from prepbot.core.numbering import is_decimal, number_order
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.vocabulary import SIDES
from prepbot.retrieval.manifest import (
    DOC_ID_PATTERN,
    UNDATED,
    UNSPECIFIED,
    date_problem,
    language_problem,
    load_manifest,
    manifest_path,
    standards_folder,
)
from prepbot.retrieval.parsing import numbered_paragraphs_left_out, numbering_report, parse_document
from prepbot.retrieval.standards import COMMITTEES, standard_names

DEFAULT_DOCUMENT_TYPES = {
    "state": "state report",
    "committee": "committee document",
    "un": "UN document",
    "ngo": "NGO submission",
    "standard": "general comment",
}


@dataclass
class AddReport:
    """What `add_document` found (and wrote, unless it was a dry run)."""

    entry: DocumentEntry
    paragraphs: list[Paragraph]
    gaps: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    written: bool = False
    corpus_dir: Path = Path("corpus")  # where it was (or would be) written: PREPBOT_CORPUS_DIR

    @property
    def count(self) -> int:
        return len(self.paragraphs)

    def headline(self) -> str:
        """The numbering line of the summary: one line, for an error message."""
        return self.summary().splitlines()[0]

    def summary(self) -> str:
        first = self.paragraphs[0].number if self.paragraphs else "-"
        last = self.paragraphs[-1].number if self.paragraphs else "-"
        numbering = []
        if self.gaps:
            numbering.append("gaps at ¶" + ", ¶".join(self.gaps))
        if self.duplicates:
            numbering.append("duplicates ¶" + ", ¶".join(self.duplicates))
        lines = [
            f"{self.entry.symbol} ({self.entry.doc_id}): {self.count} numbered paragraphs, ¶{first} to ¶{last}; "
            f"numbering {'; '.join(numbering) or 'runs without gaps or duplicates'}",
        ]
        if self.entry.title == self.entry.symbol:
            lines.append(
                'Note: no --title, so the title is the symbol: a question that names the author by title ("the '
                'Special Rapporteur on torture") cannot tell the document is theirs; give --title as on its cover.'
            )
        if self.entry.mechanism == UNSPECIFIED:
            lines.append("Note: no --mechanism, and its symbol names none: answers introduce it without a body.")
        if self.written:
            lines.append(
                f"Wrote {self.corpus_dir / self.entry.file} and its entry in {self.corpus_dir / 'manifest.toml'}."
            )
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "doc_id": self.entry.doc_id,
            "symbol": self.entry.symbol,
            "file": self.entry.file,
            "paragraphs": self.count,
            "first": self.paragraphs[0].number if self.paragraphs else None,
            "last": self.paragraphs[-1].number if self.paragraphs else None,
            "gaps": self.gaps,
            "duplicates": self.duplicates,
            "written": self.written,
        }


def doc_id_from_symbol(symbol: str) -> str:
    """The slug of a symbol: "CCPR/C/KAZ/CO/3" -> "ccpr-c-kaz-co-3", "A/HRC/WG.6/48/KAZ/2" -> "a-hrc-wg6-48-kaz-2"."""
    slug = re.sub(r"(?<=\w)\.(?=\w)", "", symbol.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:41].rstrip("-")
    return slug if len(slug) >= 2 else f"doc-{slug or 'x'}"


def add_document(
    corpus_dir: Path,
    source: Path,
    *,
    symbol: str,
    author_type: str,
    title: str | None = None,
    date: str | None = None,
    mechanism: str | None = None,
    document_type: str | None = None,
    language: str = "en",
    doc_id: str | None = None,
    dry_run: bool = False,
) -> AddReport:
    """Convert and parse `source`, report its numbering, and (unless dry_run) write it into the corpus.

    Raises BadInput for unusable options, CorpusError (ConversionError is one) when the file cannot be converted,
    has no numbered paragraphs, or clashes with a document already in the corpus."""
    from prepbot.retrieval.convert import detect_format, to_text

    corpus_dir = Path(corpus_dir)
    source = Path(source)
    symbol = " ".join((symbol or "").split())
    if not symbol:
        raise BadInput("--symbol is required: the UN symbol printed on the document (or a stable id).")
    if author_type not in SIDES:
        raise BadInput(f"--author-type must be one of {', '.join(SIDES)}, not {author_type!r}.")
    doc_id = doc_id or doc_id_from_symbol(symbol)
    if not DOC_ID_PATTERN.match(doc_id):
        raise BadInput(f"doc_id {doc_id!r} must be a short slug (lowercase letters, digits, hyphens).")
    for problem in (date_problem(_field(date) or UNDATED), language_problem(_field(language) or "en")):
        if problem:
            raise BadInput(f"--{problem}.")
    existing = load_manifest(corpus_dir)
    for entry in existing:
        if entry.symbol.lower() == symbol.lower():
            raise CorpusError(
                f"{symbol} is already in the corpus as {entry.doc_id!r} ({entry.file}); remove that entry from "
                f"{corpus_dir / 'manifest.toml'} first to replace it"
            )
        if entry.doc_id == doc_id:
            raise CorpusError(f"doc_id {doc_id!r} is already {entry.symbol}'s ({entry.file}); choose another --doc-id")
    try:
        folder = standards_folder(corpus_dir)
    except CorpusError:  # no standards folder (PREPBOT_STANDARDS=none): no General Comment's symbol to collide with
        folder = None
    if folder is not None and (symbol.lower() in (held := standard_names(folder)) or doc_id in held):
        raise CorpusError(
            f"{symbol if symbol.lower() in held else doc_id} is already a General Comment's symbol (or doc_id) in "
            f"{folder}: a citation must name one document; give this document its own --symbol (or --doc-id)"
        )
    file_name = f"{doc_id}.txt"
    target = corpus_dir / file_name
    if target.exists():
        raise CorpusError(f"corpus/{file_name} already exists; remove it or choose another --doc-id")

    text = to_text(source)
    entry = DocumentEntry(
        doc_id=doc_id,
        symbol=symbol,
        title=_field(title) or symbol,
        mechanism=_field(mechanism) or mechanism_of(symbol),
        document_type=_field(document_type) or DEFAULT_DOCUMENT_TYPES[author_type],
        author_type=author_type,
        date=_field(date) or UNDATED,
        language=_field(language) or "en",
        file=file_name,
    )
    try:
        paragraphs = parse_document(entry, text)
    except CorpusError as error:
        disguised = source.suffix.lower() in (".pdf", ".docx") and detect_format(source) == "html"
        raise CorpusError(
            f'{source.name}: no numbered paragraphs found (expected paragraphs printed as "1. Text")'
            + (f"; it is a web page, not a {source.suffix[1:].upper()} (a failed download?)" if disguised else "")
            + "; nothing was added"
        ) from error
    numbering = numbering_report(paragraphs)
    report = AddReport(entry, paragraphs, numbering.gaps, numbering.duplicates, corpus_dir=corpus_dir)
    if numbering.duplicates:  # "¶6" would cite two paragraphs: the index takes one paragraph a number
        raise CorpusError(
            f"{source.name}: {report.headline()}. A number printed twice would cite two paragraphs, so nothing was "
            "added: correct the numbering (in the file, or in a text copy of it) and add it again"
        )
    left_out = numbered_paragraphs_left_out(text, paragraphs)
    mixed = mixed_numbers(left_out, paragraphs)
    if mixed:  # "2." then "2.1": whole and decimal numbering mixed, and the sub-numbers would be left out
        section = number_order(mixed[0])[0]
        raise CorpusError(
            f"{source.name}: {report.headline()}, but numbered paragraph(s) "
            f"{', '.join(f'¶{number}' for number in mixed[:5])}{', ...' if len(mixed) > 5 else ''} cannot be read: "
            f"¶{section} is printed both as a paragraph and as the section of ¶{section}.1, ¶{section}.2 ... (whole "
            "and decimal numbers are mixed; decimal numbering runs 1.1, 1.2, 2.1 ..., a whole number standing for a "
            "section of one paragraph), so nothing was added: correct the numbering in the file and add it again"
        )
    if left_out:  # an annex numbered from 1 again: its paragraphs would be in no citable paragraph
        raise CorpusError(
            f"{source.name}: {report.headline()}, but {len(left_out)} more numbered paragraph(s) after "
            f"¶{paragraphs[-1].number} "
            f"start the numbering again (¶{', ¶'.join(left_out[:5])}{', ...' if len(left_out) > 5 else ''}: an "
            "annex?) and would be left out of the index, so nothing was added: remove them from the file (or add "
            "them as a document of their own) and add it again"
        )
    if dry_run:
        return report

    manifest = manifest_path(corpus_dir)
    before = manifest.read_text(encoding="utf-8")
    try:
        target.write_text(text, encoding="utf-8")
        separator = "" if before.endswith("\n") else "\n"
        manifest.write_text(before + separator + "\n" + manifest_table(entry), encoding="utf-8")
        load_manifest(corpus_dir)  # the manifest still reads, with the new entry
    except BaseException:
        manifest.write_text(before, encoding="utf-8")
        target.unlink(missing_ok=True)
        raise
    report.written = True
    return report


def mixed_numbers(left_out: list[str], paragraphs: list[Paragraph]) -> list[str]:
    """The numbers left out of the paragraphs (numbered_paragraphs_left_out) that are printed both whole and decimal
    with the paragraphs kept: "3.1" left out after a "3." paragraph, or "3" beside "3.1" paragraphs. A number cannot be
    one paragraph and a section of them at once, so the document's numbering cannot be read."""
    kept = {(number_order(paragraph.number)[0], is_decimal(paragraph.number)) for paragraph in paragraphs}
    return [number for number in left_out if (number_order(number)[0], not is_decimal(number)) in kept]


# The body a UN symbol's series belongs to, for a document added without --mechanism: answers name who speaks from
# it ("What did the Committee against Torture ask ...?" is answered from a CAT/ document), not "unspecified"
# (each treaty body's series is its code, "CAT/C/KAZ/CO/4", but CESCR's: "E/C.12/KAZ/CO/3")
SYMBOL_MECHANISMS = (
    *(({"CESCR": r"E/C\.12/"}.get(code, f"{code}/"), name) for code, name in COMMITTEES.items()),
    (r"A/HRC/WG\.6/", "Universal Periodic Review"),
    (r"A/HRC/", "Human Rights Council"),
)


def mechanism_of(symbol: str) -> str:
    """The mechanism a symbol's series names ("CAT/C/KAZ/CO/4" -> "Committee against Torture"), else UNSPECIFIED."""
    for prefix, mechanism in SYMBOL_MECHANISMS:
        if re.match(prefix, symbol.strip(), re.IGNORECASE):
            return mechanism
    return UNSPECIFIED


def manifest_table(entry: DocumentEntry) -> str:
    """The [[documents]] table for one entry, every value a TOML basic string."""
    lines = ["[[documents]]"]
    for name in ("doc_id", "symbol", "title", "mechanism", "document_type", "author_type", "date", "language", "file"):
        value = getattr(entry, name).replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'{name} = "{value}"')
    return "\n".join(lines) + "\n"


def _field(value: str | None) -> str:
    return " ".join((value or "").split())
