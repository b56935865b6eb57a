"""The treaty bodies: how a question names them, which of them it asks to speak, and whose words a passage is.

A question that asks what a treaty body says ("What did the CEDAW committee recommend on female circumcision?",
"Does the Migrant Workers Committee think that...", "позиция КЭСКП") is answered in that body's own words: its General
Comments (its general reading of its treaty), its own documents in this dialogue (the Committee against Torture's list
of issues; the Human Rights Committee's members in the summary record), or the UN compilation's sentences that report
its views ("The Committee on the Rights of Persons with Disabilities recommended..."; "The same Committee..."). Another
body's words on the same subject do not answer it: a passage from the Committee against Torture is no answer about the
Committee on Migrant Workers.

The committees are named by acronym (case matters: "cat" is no committee), by their official names, and in the plain
words people use ("the racial discrimination committee", "комитет ООН по правам человека").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from prepbot.core.numbering import number_order
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.vocabulary import STANDARD_SIDE
from prepbot.retrieval import actors
from prepbot.retrieval.standards import COMMITTEE_ACRONYMS, COMMITTEES

_RU_COMMITTEE = r"комитет\w*\s+(?:оон\s+)?"  # "комитет ООН по правам человека"
COMMITTEE_NAMES = {
    "CCPR": rf"human rights committee|{_RU_COMMITTEE}по\s+правам\s+человека",
    "CESCR": r"committee on economic|(?:economic,? social and cultural rights|escr) committee"
    rf"|{_RU_COMMITTEE}по\s+экономическим",
    "CERD": r"committee on the elimination of racial|committee on racial|(?:racial discrimination|race) committee"
    rf"|{_RU_COMMITTEE}по\s+ликвидации\s+расовой",
    "CEDAW": r"committee on the elimination of discrimination against women|women'?s committee"
    rf"|{_RU_COMMITTEE}по\s+ликвидации\s+дискриминации\s+в\s+отношении\s+женщин",
    "CRC": r"committee on the rights of the child|(?:child(?:ren)?'?s?|child rights) committee"
    rf"|{_RU_COMMITTEE}по\s+правам\s+ребе|{_RU_COMMITTEE}по\s+правам\s+ребё",
    "CRPD": r"committee on the rights of persons with disabilities|disabilit(?:y|ies) committee"
    rf"|{_RU_COMMITTEE}по\s+правам\s+инвалидов",
    "CAT": rf"committee against torture|(?:anti-)?torture committee|{_RU_COMMITTEE}против\s+пыток",
    "CMW": r"committee on (?:the protection of the rights of all )?migrant workers|migrant workers'? committee"
    rf"|{_RU_COMMITTEE}по\s+\w*\s*трудящихся",
    "CED": r"committee on enforced disappearances|(?:enforced )?disappearances committee"
    rf"|{_RU_COMMITTEE}по\s+насильственным",
}
ACRONYM_PATTERNS = {
    code: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") for code, pattern in COMMITTEE_ACRONYMS.items()
}
NAME_PATTERNS = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in COMMITTEE_NAMES.items()}
_CODE_OF_COMMITTEE = {name: code for code, name in COMMITTEES.items()}
# names that mean a treaty, never its committee ("Do courts cite the ICCPR?")
_TREATY_ONLY = frozenset({"ICCPR"})
# what a committee does when a question asks its reading, beside the words of saying every side has (actors):
# "Does the disability committee require States to...", "What does CERD consider..."
_READS = re.compile(
    r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:requir\w*|hold|holds|consider\w*|expect\w*|permit\w*|allow\w*|prohibit\w*"
    r"|demand\w*|interpret\w*|mean|means|treat\w*|regard\w*|требу\w*|допуска\w*|разреша\w*|запреща\w*|толку\w*)\b",
    re.IGNORECASE,
)


def committees_named(question: str) -> set[str]:
    """The treaty bodies a question names by acronym ("CAT", "КПЧ") or as a Committee ("Committee against Torture",
    "the racial discrimination committee")."""
    found = {code for code, pattern in ACRONYM_PATTERNS.items() if pattern.search(question)}
    return found | {code for code, pattern in NAME_PATTERNS.items() if pattern.search(question)}


def without_committees(text: str) -> str:
    """The text with the treaty bodies it names taken out ("What did the racial discrimination committee ask about
    X?" -> "What did the  ask about X?"): their names say who speaks, not what about."""
    for pattern in (*NAME_PATTERNS.values(), *ACRONYM_PATTERNS.values()):
        text = pattern.sub(" ", text)
    return text


def speaking_committees(question: str) -> set[str]:
    """The treaty bodies a question asks what they say, think or require ("What did the CEDAW committee recommend",
    "according to CERD", "UN human rights committee view", "позиция КЛДЖ"); not a body named only as a subject ("How
    did the delegation answer the Committee against Torture?" asks the delegation), nor a treaty ("the ICCPR")."""
    return set(speaking_committees_at(question))


# a treaty body set against another side by name alone: "CEDAW vs the government on domestic violence", "the State
# versus CERD"
_VERSUS_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:vs\.?|versus)\s", re.IGNORECASE)
_VERSUS_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s+(?:the\s+)?$", re.IGNORECASE)


def speaking_committees_at(question: str) -> dict[str, int]:
    """speaking_committees, each with where the question first names it as speaking (where it stands as a side of a
    contrast: "What does CEDAW say about X, and what does the State say?")."""
    found: dict[str, int] = {}
    for code in COMMITTEES:
        patterns = (ACRONYM_PATTERNS[code], NAME_PATTERNS[code])
        for match in sorted((m for pattern in patterns for m in pattern.finditer(question)), key=lambda m: m.start()):
            if match.group(0) in _TREATY_ONLY:
                continue
            if (
                actors.spoken_at(question, match.start(), match.end())
                or _READS.search(question[match.end() :])
                or _VERSUS_AFTER.match(question[match.end() :])
                or _VERSUS_BEFORE.search(question[: match.start()])
            ):
                found[code] = match.start()
                break
    return found


def committees_of(document: DocumentEntry) -> set[str]:
    """The treaty bodies whose document this is: a General Comment's committee (both of a joint one), or the
    mechanism of a Committee's own document ("Committee against Torture")."""
    whole = _CODE_OF_COMMITTEE.get(document.mechanism.strip())  # "Committee on Economic, Social and Cultural Rights"
    if whole:
        return {whole}
    return {
        code for code in (_CODE_OF_COMMITTEE.get(name.strip()) for name in document.mechanism.split(" and ")) if code
    }


def document_bodies(documents: Iterable[DocumentEntry]) -> dict[str, frozenset[str]]:
    """doc_id -> the treaty bodies whose own words its committee-side and standards paragraphs are (a summary
    record's members speak for its mechanism; its delegation does not)."""
    return {
        document.doc_id: frozenset(codes)
        for document in documents
        if document.author_type in ("committee", STANDARD_SIDE) and (codes := committees_of(document))
    }


# A UN body as the subject of a compilation's sentence ("The Committee against Torture recommended", "The same
# Committee expressed concern"); what follows the name is the verb that reports its view.
_BODY = re.compile(
    r"\b((?:the\s+)?(?:Committee (?:against|on|for) (?:the )?[A-Z][\w, -]{3,60}?|Human Rights Committee"
    r"|Subcommittee on Prevention of Torture|Special Rapporteur on [\w, -]{3,80}?|Working Group on [\w, -]{3,60}?"
    r"|United Nations country team|UNHCR|UNICEF))(?=\s+(?:expressed|was|were|noted|recommended|considered|stated"
    r"|highlighted|remained|urged|called|regretted|observed|reported|also|encouraged|welcomed|commended|acknowledged"
    r"|indicated|underlined|requested|added|referred|recalled|reiterated|emphasized|stressed|found))"
)
_SAME_COMMITTEE = re.compile(r"\b[Tt]he same Committee\b")
_ANY_BODY = re.compile(rf"{_BODY.pattern}|{_SAME_COMMITTEE.pattern}")


def body_name(text: str, start: int = 0, end: int | None = None) -> str:
    """The UN body a compilation paragraph quotes for the sentence text[start:end] ("the Committee against
    Torture"): named in the sentence, else the last one named before it ("The same Committee ..."); or ""."""
    end = len(text) if end is None else end
    match = _BODY.search(text, start, end)
    if match is None:
        before = list(_BODY.finditer(text, 0, start))
        match = before[-1] if before else None
    if match is None:
        return ""
    name = match.group(1).strip()
    return name if name.lower().startswith("the ") or name.isupper() else f"the {name}"


def reporting_committees(text: str, start: int, end: int, before: frozenset[str] = frozenset()) -> set[str]:
    """The treaty bodies whose views a compilation's words text[start:end] report: the body that is the subject of
    that sentence, or of the last sentence before it that names one ("It also recommended..."); "The same Committee"
    is the last Committee named before it, in this paragraph or (`before`) in the paragraphs before it."""
    mentions = list(_ANY_BODY.finditer(text, 0, end))
    inside = [m for m in mentions if m.start() >= start]
    first_stop = text.find(". ", start, end)
    opens_named = any(m.start() < (first_stop if first_stop >= 0 else end) for m in inside)
    leading = [] if opens_named else [m for m in mentions if m.start() < start][-1:]  # its own subject, else before
    found: set[str] = set()
    for mention in leading + inside:
        if _SAME_COMMITTEE.fullmatch(mention.group(0)):
            earlier = [m for m in mentions if m.start() < mention.start() and not _SAME_COMMITTEE.fullmatch(m.group(0))]
            named = [codes for m in reversed(earlier) if (codes := committees_named(m.group(0)))]
            found |= named[0] if named else before
        else:
            found |= committees_named(mention.group(0))
    return found


def committees_before(
    paragraphs: Iterable[Paragraph], documents: Mapping[str, DocumentEntry]
) -> dict[str, frozenset[str]]:
    """paragraph key -> the last treaty body the paragraphs before it (in its UN document) name as a subject: whom a
    paragraph's opening "The same Committee" means."""
    found: dict[str, frozenset[str]] = {}
    last: dict[str, frozenset[str]] = {}
    reported = [p for p in paragraphs if (d := documents.get(p.doc_id)) is not None and d.author_type == "un"]
    for paragraph in sorted(reported, key=lambda p: (p.doc_id, number_order(p.number), p.number)):
        previous = last.get(paragraph.doc_id, frozenset())
        found[paragraph.key] = previous
        for mention in _ANY_BODY.finditer(paragraph.text):  # the last Committee it names ("The same" keeps it)
            if codes := committees_named(mention.group(0)):
                previous = frozenset(codes)
        last[paragraph.doc_id] = previous
    return found


def spoken_by(
    paragraph: Paragraph,
    quote: str,
    bodies: Mapping[str, frozenset[str]],
    before: Mapping[str, frozenset[str]],
) -> set[str]:
    """The treaty bodies whose own words (or reported views) these quoted words of the paragraph are."""
    if paragraph.author_type in ("committee", STANDARD_SIDE):
        return set(bodies.get(paragraph.doc_id, frozenset()))
    if paragraph.author_type != "un":
        return set()
    start = paragraph.text.find(quote)
    start, end = (start, start + len(quote)) if start >= 0 else (0, len(paragraph.text))
    return reporting_committees(paragraph.text, start, end, before.get(paragraph.key, frozenset()))
