"""The standards layer: the treaty bodies' General Comments and General Recommendations, paragraph by paragraph.

corpus/standards/ is a copy of ../shared/standards/ (see its README.md and LICENSE.md, and IMPORT.md for what this
importer does with the data): GC-info.json, one record per document, and json_data/*.json, each a list of
paragraphs {"ID": "14.", "Labels": [...], "Text": "..."}. corpus/manifest.toml names the folder in its [standards]
table. Each document becomes a DocumentEntry with author_type "standard" (a Committee's general reading of its
treaty, not something said in the dialogue), its UN symbol (what citations show: "CCPR/C/GC/37 ¶14"), the
committee as its mechanism, its title and adoption date; each paragraph keeps the number the data gives it.

The data is real and not clean. The importer never renumbers silently: every choice below is reported as a note
(`prepbot corpus stats` prints them) and documented in corpus/standards/IMPORT.md.

- A record whose file is missing is skipped. A file no record lists is ignored.
- Symbols: surrounding whitespace is dropped, "Add. 13" becomes "Add.13", "Rev.1./" becomes "Rev.1/", a date glued
  to the end ("Add. 1326 May 2004") is cut off. Where several documents share one symbol (an annual report that
  carries several general recommendations), each is cited as "<symbol> (<committee> <GC|GR> <number>)".
- IDs given as numbers are read as text; "14." and " 14" are "14".
- An empty or missing ID is taken from a number that starts the paragraph's text ("49. Human rights defenders..."),
  when that number is the next one; the number is then removed from the text. Otherwise the paragraph is skipped.
- A paragraph whose text starts with its own number has that number removed from the text.
- ID "0" (unnumbered text such as a foreword) is skipped: it has no number to cite.
- A repeated number followed by a gap of exactly one ("31, 31, 33") is read as the missing number (the second 31
  becomes 32); any other repeat is skipped.
- Gaps in the numbering are reported as they are.
- Text: whitespace (line breaks, runs of no-break spaces before "(a)") is collapsed to single spaces.
- A file that holds another document's text under its own record is skipped (`misfiled`), whatever the selection.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import combinations
from pathlib import Path
from typing import Any

from prepbot.core.errors import CorpusError
from prepbot.core.records import DocumentEntry, Paragraph

STANDARD = "standard"  # the author_type (side) of every paragraph in the standards layer
IMPORTER_VERSION = "2"  # bump when the import of the same data changes, so ingest re-reads every standard
INFO_FILE = "GC-info.json"
DATA_DIR = "json_data"
COMMITTEES = {
    "CCPR": "Human Rights Committee",
    "CESCR": "Committee on Economic, Social and Cultural Rights",
    "CERD": "Committee on the Elimination of Racial Discrimination",
    "CEDAW": "Committee on the Elimination of Discrimination against Women",
    "CRC": "Committee on the Rights of the Child",
    "CRPD": "Committee on the Rights of Persons with Disabilities",
    "CAT": "Committee against Torture",
    "CMW": "Committee on Migrant Workers",
    "CED": "Committee on Enforced Disappearances",
}
# How questions write each body's name short, in English and Russian ("CEDAW", "КЛДЖ"; a Russian one also as typed in
# lower case on a phone: "что рекомендовал клдж", "делегация vs кпп"); "ICCPR" is the treaty, read
# as its committee only where a question asks what it says (answering/treaty_bodies.py)
COMMITTEE_ACRONYMS = {
    "CCPR": r"CCPR|ICCPR|HRC|КПЧ|кпч",
    "CESCR": r"CESCR|КЭСКП|кэскп",
    "CERD": r"CERD|КЛРД|клрд",
    "CEDAW": r"CEDAW|КЛДЖ|клдж",
    "CRC": r"CRC|КПР|кпр",
    "CRPD": r"CRPD|КПИ|кпи",
    "CAT": r"CAT|КПП|кпп",
    "CMW": r"CMW|КТМ|ктм",
    "CED": r"CED|КНИ|кни",
}
# The same bodies in Russian, as the UN's Russian documents name them (answers in Russian name who speaks in Russian)
COMMITTEE_NAMES_RU = {
    "Human Rights Committee": "Комитет по правам человека",
    "Committee on Economic, Social and Cultural Rights": "Комитет по экономическим, социальным и культурным правам",
    "Committee on the Elimination of Racial Discrimination": "Комитет по ликвидации расовой дискриминации",
    "Committee on the Elimination of Discrimination against Women": "Комитет по ликвидации дискриминации в отношении "
    "женщин",
    "Committee on the Rights of the Child": "Комитет по правам ребенка",
    "Committee on the Rights of Persons with Disabilities": "Комитет по правам инвалидов",
    "Committee against Torture": "Комитет против пыток",
    "Committee on Migrant Workers": "Комитет по трудящимся-мигрантам",
    "Committee on Enforced Disappearances": "Комитет по насильственным исчезновениям",
    "Universal Periodic Review": "Универсальный периодический обзор",
    "Committee": "Комитет",  # a document added without its mechanism (prepbot add)
}


def committee_name_ru(name: str) -> str:
    """A body's name in Russian ("Committee against Torture" -> "Комитет против пыток"); joint names part by part;
    a name the table lacks as it is."""
    if name in COMMITTEE_NAMES_RU or " and " not in name:
        return COMMITTEE_NAMES_RU.get(name, name)
    return " и ".join(COMMITTEE_NAMES_RU.get(part, part) for part in name.split(" and "))


_GLUED_DATE = re.compile(
    r"\s*\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$"
)
_NUMBER_IN_NAME = re.compile(r"\b(?:General\s+)?(Comment|Recommendation)s?\s+No\.?\s*(\d+)", re.I)
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]\s*")
_WHITESPACE = re.compile(r"\s+")


@dataclass
class StandardsImport:
    """The documents with their paragraphs, and one note per flaw met in the data and what was done about it."""

    documents: list[tuple[DocumentEntry, list[Paragraph]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def doc_id_for(file_name: str) -> str:
    """A stable slug from the data file's name: "Annotated_CCPR_GC37_assembly.json" -> "ccpr-gc37-assembly"."""
    stem = Path(file_name).stem
    stem = re.sub(r"^annotated[_-]", "", stem, flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug[:41].rstrip("-")


def clean_symbol(signature: str) -> str:
    symbol = _WHITESPACE.sub(" ", str(signature)).strip()
    symbol = _GLUED_DATE.sub("", symbol)
    symbol = re.sub(r"\bAdd\.\s+(\d)", r"Add.\1", symbol)
    symbol = re.sub(r"\bRev\.(\d+)\./", r"Rev.\1/", symbol)
    return symbol.strip()


def committee_name(codes: str) -> str:
    names = [COMMITTEES.get(code.strip(), code.strip()) for code in str(codes).split(",") if code.strip()]
    return " and ".join(names) or "Treaty body"


def iso_date(value: Any, year: Any) -> str:
    text = str(value or "").strip()
    for pattern in ("%d %B %Y", "%B %d, %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return str(year or text or "unknown").strip()


def _short_label(record: dict[str, Any]) -> str:
    """ "CEDAW GR 19" from the committee and the document's name."""
    match = _NUMBER_IN_NAME.search(str(record.get("Name", "")))
    committee = str(record.get("Committee", "")).replace(" ", "").replace(",", "/")
    if not match:
        return committee or "?"
    kind = "GR" if match.group(1).lower().startswith("recommendation") else "GC"
    return f"{committee} {kind} {match.group(2)}"


def _patterns(pattern_list: str) -> list[str]:
    """PREPBOT_STANDARDS's doc_id/symbol patterns, lower-case; none for "all" or "none"."""
    value = (pattern_list or "all").strip()
    if value.lower() in ("all", "none"):
        return []
    return [p.strip().lower() for p in value.split(",") if p.strip()]


def selects(pattern_list: str, entry: DocumentEntry) -> bool:
    """Whether PREPBOT_STANDARDS (all | none | comma-separated doc_id/symbol patterns) takes this document."""
    value = (pattern_list or "all").strip()
    if value.lower() == "all":
        return True
    if value.lower() == "none":
        return False
    patterns = _patterns(value)
    return any(fnmatch.fnmatchcase(entry.doc_id, p) or fnmatch.fnmatchcase(entry.symbol.lower(), p) for p in patterns)


def standard_names(directory: Path) -> set[str]:
    """The symbols (lower case) and doc_ids the General Comments in `directory` are cited and kept by, read from its
    GC-info.json alone (no paragraphs): what a document added beside them must not reuse. Empty when unreadable."""
    try:
        records = json.loads((Path(directory) / INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return set()
    names: set[str] = set()
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict) and record.get("File PATH"):
            names.add(doc_id_for(Path(str(record["File PATH"])).name))
            if symbol := clean_symbol(str(record.get("Signature", ""))):
                names.add(symbol.lower())
    return names


def load_standards(directory: Path, select: str = "all", corpus_dir: Path | None = None) -> StandardsImport:
    """Every General Comment in `directory` that `select` takes, with notes on the data; CorpusError when the
    folder or its GC-info.json is unusable. `file` in each entry is relative to corpus_dir (default: the parent
    of `directory`)."""
    directory = Path(directory)
    corpus_dir = Path(corpus_dir) if corpus_dir else directory.parent
    info_path = directory / INFO_FILE
    try:
        records = json.loads(info_path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CorpusError(f"standards: {info_path} is missing") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorpusError(f"standards: cannot read {info_path}: {error}") from error
    if not isinstance(records, list):
        raise CorpusError(f"standards: {info_path} is not a list of document records")

    result = StandardsImport()
    notes = result.notes
    numeric_ids: list[str] = []
    symbols = Counter(clean_symbol(r.get("Signature", "")) for r in records if isinstance(r, dict))
    listed: set[str] = set()
    seen_ids: set[str] = set()
    considered: list[DocumentEntry] = []  # every General Comment, taken by `select` or not
    read: list[tuple[DocumentEntry, list[Paragraph], bool]] = []  # with its paragraphs, and whether it is selected
    for position, record in enumerate(records, start=1):
        if not isinstance(record, dict) or not record.get("File PATH"):
            notes.append(f"{INFO_FILE} record #{position} names no file: skipped")
            continue
        file_name = Path(str(record["File PATH"])).name
        listed.add(file_name)
        path = directory / DATA_DIR / file_name
        label = record.get("Simplified Name") or record.get("Name") or file_name
        if not path.is_file():
            notes.append(f"{file_name} ({label}) is listed in {INFO_FILE} but missing: skipped")
            continue
        raw_symbol = str(record.get("Signature", ""))
        symbol = clean_symbol(raw_symbol)
        if not symbol:
            symbol = _short_label(record)
            notes.append(f"{file_name}: no symbol; cited as {symbol!r}")
        elif symbols[symbol] > 1:
            shared = symbol
            symbol = f"{shared} ({_short_label(record)})"
            count = symbols[shared]
            notes.append(f"{file_name}: symbol {shared!r} is shared by {count} documents; cited as {symbol!r}")
        elif symbol != raw_symbol:
            notes.append(f"{file_name}: symbol {raw_symbol!r} cleaned to {symbol!r}")
        doc_id = doc_id_for(file_name)
        if doc_id in seen_ids:
            notes.append(f"{file_name}: doc_id {doc_id!r} already taken by another file: skipped")
            continue
        seen_ids.add(doc_id)
        name = _WHITESPACE.sub(" ", str(record.get("Name", ""))).strip() or str(label)
        entry = DocumentEntry(
            doc_id=doc_id,
            symbol=symbol,
            title=name,
            mechanism=committee_name(record.get("Committee", "")),
            document_type="general recommendation" if "recommendation" in name.lower() else "general comment",
            author_type=STANDARD,
            date=iso_date(record.get("Adoption Date"), record.get("Adoption Year")),
            language="en",
            file=path.relative_to(corpus_dir).as_posix() if path.is_relative_to(corpus_dir) else str(path),
        )
        considered.append(entry)
        chosen = selects(select, entry)
        # every document is read, so that one holding another's text is found whatever the selection; only the
        # selected ones' flaws are reported
        paragraphs = _paragraphs(entry, path, file_name, notes if chosen else [], numeric_ids if chosen else [])
        if not paragraphs:
            if chosen:
                notes.append(f"{file_name}: no numbered paragraphs: skipped")
            continue
        read.append((entry, paragraphs, chosen))
    wrong_text = misfiled([(entry, paragraphs) for entry, paragraphs, _ in read])
    for entry, paragraphs, chosen in read:
        if chosen and entry.doc_id in wrong_text:
            notes.append(wrong_text[entry.doc_id])
        elif chosen:
            result.documents.append((entry, paragraphs))
    unmatched = [pattern for pattern in _patterns(select) if not any(selects(pattern, e) for e in considered)]
    if unmatched:  # a typo would otherwise index no General Comment, silently
        raise CorpusError(
            f"PREPBOT_STANDARDS: {', '.join(repr(p) for p in unmatched)} matches no General Comment (give doc_id or "
            "symbol patterns such as ccpr-gc37-* or CCPR/C/GC/*, or all, or none)"
        )
    if numeric_ids:
        notes.append(f"{len(numeric_ids)} files store paragraph IDs as numbers, not text (read as text): "
                     + ", ".join(numeric_ids))  # fmt: skip
    data_dir = directory / DATA_DIR
    if data_dir.is_dir():
        for extra in sorted(p.name for p in data_dir.iterdir() if p.name not in listed):
            notes.append(f"{DATA_DIR}/{extra} is not listed in {INFO_FILE}: ignored")
    return result


def _paragraphs(
    entry: DocumentEntry, path: Path, file_name: str, notes: list[str], numeric_ids: list[str]
) -> list[Paragraph]:
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        notes.append(f"{file_name}: unreadable ({error}): skipped")
        return []
    if not isinstance(items, list):
        notes.append(f"{file_name}: not a list of paragraphs: skipped")
        return []
    numbers: list[str] = []
    texts: list[str] = []
    types = {type(item.get("ID")).__name__ for item in items if isinstance(item, dict) and "ID" in item}
    if "int" in types:
        numeric_ids.append(file_name)
    stripped = 0
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            notes.append(f"{file_name}: item #{index + 1} is not a paragraph: skipped")
            continue
        text = _WHITESPACE.sub(" ", str(item.get("Text") or "")).strip()
        number = str(item.get("ID") if item.get("ID") is not None else "").strip().rstrip(".").strip()
        expected = str(int(numbers[-1]) + 1) if numbers else "1"
        leading = _LEADING_NUMBER.match(text)
        if not number:
            if leading and leading.group(1) == expected:
                number, text = expected, text[leading.end() :]
                notes.append(f"{file_name}: ¶{number} has an empty ID; its number is taken from the start of its text")
            else:
                notes.append(f"{file_name}: item #{index + 1} has no ID and no number to read: skipped")
                continue
        elif leading and leading.group(1) == number:
            text = text[leading.end() :]
            stripped += 1
        if not number.isdigit():
            notes.append(f"{file_name}: item #{index + 1} has ID {item.get('ID')!r}, not a paragraph number: skipped")
            continue
        number = str(int(number))
        if number == "0":
            notes.append(f"{file_name}: unnumbered text (ID 0) skipped: it has no paragraph number to cite")
            continue
        if not text:
            notes.append(f"{file_name}: ¶{number} has no text: skipped")
            continue
        if number in numbers:
            following = _next_number(items, index)
            candidate = str(int(number) + 1)
            if candidate not in numbers and (following is None or following == int(number) + 2):
                notes.append(
                    f"{file_name}: ¶{number} appears twice and ¶{candidate} is missing: the second is taken as "
                    f"¶{candidate}"
                )
                number = candidate
            else:
                notes.append(f"{file_name}: ¶{number} appears twice: the second is skipped")
                continue
        numbers.append(number)
        texts.append(text)
    if stripped:
        notes.append(f"{file_name}: {stripped} paragraph(s) repeat their own number at the start of the text: removed")
    present = {int(n) for n in numbers}
    gaps = [str(n) for n in range(1, max(present) + 1) if n not in present] if present else []
    if gaps:
        notes.append(f"{file_name}: numbering has gaps at ¶{', ¶'.join(gaps)} (kept as they are)")
    return [
        Paragraph(doc_id=entry.doc_id, symbol=entry.symbol, number=number, text=text, author_type=STANDARD)
        for number, text in zip(numbers, texts, strict=True)
    ]


# Two documents of one committee whose texts are (nearly) the same: one of them holds the other's text under its own
# record. The data has five: E/1995/22 (CESCR GC 5, "Persons with disabilities") holds General Comment 20's text on
# non-discrimination, in another spelling; CERD GR 17 holds GR 18's; CEDAW GR 1, 3 and 9 hold GR 2's, 4's and 10's.
SAME_TEXT_SHARE = 0.8  # of the smaller document's four-word runs that the other has
_TITLE_GENERIC = frozenset(
    "general comment comments recommendation recommendations states parties state party convention covenant article "
    "articles with from under their which committee adoption".split()
)


def misfiled(documents: Sequence[tuple[DocumentEntry, list[Paragraph]]]) -> dict[str, str]:
    """doc_id -> note, for each document whose text is (nearly, SAME_TEXT_SHARE) another's: of the two, the one
    whose text uses fewer of its own title's words ("Persons with disabilities": 2, "Non-discrimination in economic,
    social and cultural rights": 5), or both when they use as many. A citation to it would name a document that
    never said the words."""
    words = {entry.doc_id: _words(" ".join(p.text for p in paragraphs)) for entry, paragraphs in documents}
    runs = {doc_id: set(zip(text, text[1:], text[2:], text[3:], strict=False)) for doc_id, text in words.items()}
    found: dict[str, str] = {}
    for (first, _), (second, _) in combinations(documents, 2):
        if first.mechanism != second.mechanism:
            continue
        first_runs, second_runs = runs[first.doc_id], runs[second.doc_id]
        smaller = min(len(first_runs), len(second_runs))
        shared = len(first_runs & second_runs)
        if not smaller or shared < SAME_TEXT_SHARE * smaller:
            continue
        first_fit, second_fit = _title_fit(first, words[first.doc_id]), _title_fit(second, words[second.doc_id])
        share = shared / smaller
        if first_fit == second_fit:
            for entry, other in ((first, second), (second, first)):
                found[entry.doc_id] = (
                    f"{Path(entry.file).name}: its text is {share:.0%} the same as {other.symbol}'s and its title fits "
                    "it no better: skipped, as it cannot be told which document the text belongs to"
                )
            continue
        entry, other = (first, second) if first_fit < second_fit else (second, first)
        found[entry.doc_id] = (
            f"{Path(entry.file).name}: its text is {share:.0%} that of {other.symbol} ({other.title}), not of its own "
            f"title {entry.title!r}: skipped"
        )
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace("z", "s"))  # "recognized" and "recognised" alike


def _title_fit(entry: DocumentEntry, text_words: Sequence[str]) -> int:
    """How many of the title's own words (not "general comment", "States parties"...) the text uses (by their first
    five letters)."""
    used = {word[:5] for word in text_words}
    return sum(
        1 for word in set(_words(entry.title)) if len(word) >= 4 and word not in _TITLE_GENERIC and word[:5] in used
    )


def _next_number(items: list[Any], index: int) -> int | None:
    for item in items[index + 1 :]:
        if isinstance(item, dict):
            value = str(item.get("ID") if item.get("ID") is not None else "").strip().rstrip(".").strip()
            if value.isdigit():
                return int(value)
    return None


def listing(documents: Iterable[DocumentEntry], standards: bool) -> tuple[list[DocumentEntry], list[tuple[str, int]]]:
    """What a document list shows: the documents to list one by one, and how many General Comments each committee
    has, most first, instead of 180 lines ("Committee on the Elimination of Discrimination against Women: 38").
    `standards` (`/docs standards`): every document listed, nothing counted."""
    documents = list(documents)
    if standards:
        return documents, []
    counts = Counter(document.mechanism for document in documents if document.author_type == STANDARD)
    shown = [document for document in documents if document.author_type != STANDARD]
    return shown, sorted(counts.items(), key=lambda item: (-item[1], item[0]))
