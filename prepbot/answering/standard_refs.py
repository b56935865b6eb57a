"""Which General Comments a question names by number ("General Comment 36", "CAT GC 3", "CEDAW general
recommendation No. 19", "замечание общего порядка № 36"), looked up among the standards the index holds, so that the
answer quotes the document the user named and not another one on the same subject.

A reference is a kind word (general comment / recommendation, GC / GR, замечание общего порядка / общая
рекомендация) and a number. A committee named anywhere in the question by its acronym (CCPR, CAT, КПЧ...) or as
"Committee on / against ..." narrows it. Several committees may carry the number ("General Comment 24": CCPR, CESCR,
CRC; CERD and CEDAW have a General Recommendation 24): the reference means the one whose paragraphs best match the
question, and the kind named (the Committees on racial discrimination and on women issue general recommendations,
the others general comments) wins a near tie. Users mix the two words up ("General Comment 19 on violence against
women" is CEDAW's General Recommendation 19), so the kind never rules a document out. A reference with no subject to
search by ("What does General Comment 19 say?") is not guessed: the answer lists the documents it may mean, or names
the one it means. A number that no held document carries is reported as missing, unless a paragraph of the dialogue
cites it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from prepbot.answering.treaty_bodies import (
    ACRONYM_PATTERNS,
    NAME_PATTERNS,
    committees_named,
    committees_of,
    without_committees,
)
from prepbot.core.contracts import Retriever
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.vocabulary import STANDARD_SIDE
from prepbot.retrieval.standards import COMMITTEE_ACRONYMS, COMMITTEES

# the committees whose general texts are called general recommendations
RECOMMENDING = frozenset({"CERD", "CEDAW"})
REFERENCE_HITS = 8  # paragraphs of a number's documents compared to tell which one a reference means
# the share of the best fused score at which a document of the kind named still wins over one of the other kind: a
# relative lead, as the scores' scale varies with the question (about 2 for a Russian question, 4 to 6 for an English
# one); "Что говорит замечание общего порядка 34 о диффамации?" is CCPR's (2.3) against CERD's General
# Recommendation 34 (2.9)
KIND_SHARE = 0.75
SHORT_TITLE = 60  # characters of a General Comment's title shown when a bare number may mean several

# (a committee's acronym may stand between the kind and its number: "общая рекомендация клдж № 40", "зоп кпр № 27",
# "general recommendation CEDAW No. 35")
_ACRONYM_BETWEEN = "|".join(COMMITTEE_ACRONYMS.values())
_REFERENCE = re.compile(
    r"(?:\b(?:joint\s+)?general\s+(?P<kind>comment|recommendation)s?\b|\b(?P<short>GC|GR)|(?<![\w-])"
    r"(?:замечани\w*\s+общего\s+порядка|общ\w+\s+(?P<kind_ru>рекомендаци|коммент)\w*|ЗОП\b))"
    rf"(?:\s+(?:{_ACRONYM_BETWEEN})(?![\w-]))?"
    r"\s*(?:no\.?|number|nr\.?|#|№|номер)?\s*(?P<number>\d+)",
    re.IGNORECASE,
)
_ACRONYM_BEFORE = re.compile(
    r"(?<![\w-])([a-z]{3,5})\s*(?=(?:gc|gr|general\s+(?:comment|recommendation))\s*(?:no\.?\s*)?\d)"
)
_JOINT_PART = re.compile(r"No\.?\s*(\d{1,3})\b[^/]*?\bof the (\w+)")
_NUMBER = re.compile(r"No\.?\s*(\d{1,3})\b")


@dataclass(frozen=True)
class Reference:
    """One "General Comment N" of a question: the held documents it may mean, those of the kind named first."""

    label: str  # "CAT General Comment No. 3", for a message
    of_kind: tuple[str, ...]  # held documents with that number (and committee, when named) of the kind named
    other_kind: tuple[str, ...]  # the same number's documents of the other kind
    number: int  # the number named
    committees: frozenset[str]  # the committees the question names (none: any)


@dataclass(frozen=True)
class NamedStandards:
    """What a question names: the held document each reference means, and the first reference none is held for."""

    doc_ids: tuple[str, ...]
    missing: str | None  # "CAT General Comment No. 5": named, not held, not cited by a dialogue paragraph
    # "What does General Comment 19 say?": a reference with no subject to search by (and, when `several`, a number
    # several committees' documents carry)
    ambiguous: str | None = None  # the reference ("General Comment No. 19")
    choices: str = ""  # the documents it may mean, for the message: "CCPR, Protection of the family (HRI/...); ..."
    several: bool = False  # whether `choices` lists more than one


class StandardNumbers:
    """The (committee, number) of each General Comment or Recommendation the index holds, from its title and
    committee ("Joint General Comment No. 3 of the CMW / No. 22 of the CRC" is both CMW 3 and CRC 22)."""

    def __init__(self, documents: Iterable[DocumentEntry], paragraphs: Iterable[Paragraph] = ()) -> None:
        self._held: dict[tuple[str, int], list[str]] = {}
        self._choices: dict[str, str] = {}  # doc_id -> "CESCR, The right to social security (art. 9) (E/C.12/GC/19)"
        for document in documents:
            numbers = sorted(_numbers_of(document)) if document.author_type == STANDARD_SIDE else []
            for key in numbers:
                self._held.setdefault(key, []).append(document.doc_id)
            if numbers:
                self._choices[document.doc_id] = f"{numbers[0][0]}, {_short_title(document.title)} ({document.symbol})"
        self._texts = [paragraph.text for paragraph in paragraphs if paragraph.author_type != STANDARD_SIDE]

    def references(self, question: str) -> list[Reference]:
        """Each General Comment the question names by number, with the held documents it may mean (none: not held)."""
        if not self._held:
            return []
        # "cat gc5", "cedaw gr 35": a committee's acronym typed in lower case right before its General Comment
        committees = committees_named(question) | {
            typed.upper() for typed in _ACRONYM_BEFORE.findall(question) if typed.upper() in COMMITTEES
        }
        found: list[Reference] = []
        for match in _REFERENCE.finditer(question):
            number, kind = int(match.group("number")), _kind(match)
            held = {code: self._held[(code, number)] for code in COMMITTEES if (code, number) in self._held}
            if committees:
                held = {code: ids for code, ids in held.items() if code in committees}
            of_kind = [
                doc_id for code, ids in held.items() if (code in RECOMMENDING) == (kind == "GR") for doc_id in ids
            ]
            other = [doc_id for ids in held.values() for doc_id in ids if doc_id not in of_kind]
            label = _label(committees, kind, number)
            found.append(Reference(label, tuple(of_kind), tuple(other), number, frozenset(committees)))
        return found

    def meant(self, question: str, retriever: Retriever) -> NamedStandards | None:
        """The held documents the question names by number, one a reference: of those that carry its number, the one
        whose paragraphs best match the question (one of the kind named wins a near tie: KIND_SHARE). None when the
        question names no General Comment, or the index holds none."""
        references = self.references(question)
        if not references:
            return None
        doc_ids: list[str] = []
        missing: str | None = None
        bare = not subject_words(question)
        for reference in references:
            candidates = (*reference.of_kind, *reference.other_kind)
            if not candidates:
                # a dialogue paragraph citing the number cites another committee's when the reference names a
                # committee and another's document carries it ("ЗОП № 37 КПП": the NGOs cite CCPR's No. 37)
                cited = self._cited(reference.number) and not self._held_elsewhere(reference)
                if missing is None and not cited:
                    missing = reference.label
                continue
            meant_kind = reference.of_kind if len(reference.of_kind) == 1 else candidates  # "General Comment 36": CCPR
            if bare:  # nothing to choose by: say which documents it may be, or which one it is
                choices = "; ".join(self._choices.get(doc_id, doc_id) for doc_id in meant_kind)
                return NamedStandards((), None, reference.label, choices, several=len(meant_kind) > 1)
            # which document, by the fused ranking alone: the cross-encoder re-orders the answer's own search after;
            # by the subject, the reference taken out ("замечание общего порядка" reads as "general comment", which
            # a paragraph citing "general recommendation No. 35" matches best)
            hits = (
                retriever.search(without_references(question), k=REFERENCE_HITS, doc_ids=candidates, rerank=False)
                if len(candidates) > 1
                else []
            )
            chosen = candidates[0]
            if hits:
                of_kind = [hit for hit in hits if hit.paragraph.doc_id in reference.of_kind]
                near = of_kind and of_kind[0].score >= KIND_SHARE * hits[0].score
                chosen = of_kind[0].paragraph.doc_id if near else hits[0].paragraph.doc_id
            if chosen not in doc_ids:
                doc_ids.append(chosen)
        if not doc_ids and missing is None:
            return None
        return NamedStandards(tuple(doc_ids), missing)

    def names_uncited(self, question: str) -> bool:
        """Whether the question names a General Comment by number that no dialogue paragraph cites (held or not)."""
        return any(not self._cited(int(match.group("number"))) for match in _REFERENCE.finditer(question))

    def _held_elsewhere(self, reference: Reference) -> bool:
        """Whether the reference names a committee and another committee's held document carries its number."""
        named = reference.committees
        return bool(named) and any(number == reference.number and code not in named for code, number in self._held)

    def _cited(self, number: int) -> bool:
        """Whether a dialogue paragraph cites a general comment or recommendation with this number."""
        cited = re.compile(rf"general (?:comment|recommendation)s?\s+No\.?\s*{number}(?!\d)", re.IGNORECASE)
        return any(cited.search(text) for text in self._texts)


# the words of a question that only ask for a document's content: with nothing else, it has no subject to search by
_ASKING_WORDS = frozenset(
    "what what's whats does did do say says said summarise summarize summary main points point key about tell me "
    "explain contain contains cover covers the its and general comment comments recommendation recommendations "
    "please give short brief describe outline is in of on a an "
    "что говорится говорит сказано кратко изложи изложите расскажи расскажите про это такое содержит чём чем "
    "главное основное суть в о об".split()
)


def without_references(question: str) -> str:
    """The question with the General Comments it names by number taken out ("GC 34 - is imprisonment ever ok?")."""
    return _REFERENCE.sub(" ", question)


def without_standards_named(question: str) -> str:
    """The question without the General Comments and the committees it names ("Does the State's position meet what
    HRC General Comment 22 requires?" -> "Does the State's position meet what    requires?"): what the State's side
    of a question setting it against a General Comment is asked, whose own words name neither."""
    return without_committees(without_references(question))


def subject_words(question: str) -> list[str]:
    """The words of a question that say what it is about, once the General Comments it names, the committees and
    the asking words are taken out ("What does General Comment 19 say?": none)."""
    text = without_references(question)
    for pattern in (*ACRONYM_PATTERNS.values(), *NAME_PATTERNS.values()):
        text = pattern.sub(" ", text)
    return [word for word in re.findall(r"[^\W\d_]{2,}", text.lower()) if word not in _ASKING_WORDS]


def _short_title(title: str) -> str:
    """What a General Comment is about, from its title: "General Comment No. 19: The right to social security (art.
    9)" -> "The right to social security (art. 9)", cut to SHORT_TITLE characters."""
    about = re.sub(r"^.*?No\.?\s*\d+\s*(?:\(\d{4}\))?\s*(?::|,|on\b|concerning\b)?\s*", "", title, count=1) or title
    return about if len(about) <= SHORT_TITLE else about[: SHORT_TITLE - 1].rstrip() + "…"


def _numbers_of(document: DocumentEntry) -> set[tuple[str, int]]:
    known = committees_of(document)
    joint = {(code.upper(), int(number)) for number, code in _JOINT_PART.findall(document.title)}
    if len(known) > 1 and joint:
        return {(code, number) for code, number in joint if code in known}
    return {(code, int(number)) for code in known for number in _NUMBER.findall(document.title)[:1]}


def _kind(reference: re.Match[str]) -> str | None:
    word = (reference.group("kind") or reference.group("short") or reference.group("kind_ru") or "").lower()
    if not word:  # "замечание общего порядка" is a general comment
        return "GC"
    return "GR" if word.startswith(("recommendation", "gr", "рекомендац")) else "GC"


def label_in(label: str, language: str) -> str:
    """A reference's label in the answer's language: "General Comment No. 19" -> "замечание общего порядка № 19"."""
    if language != "ru":
        return label
    label = label.replace("General Comment No.", "замечание общего порядка №")
    return label.replace("General Recommendation No.", "общая рекомендация №")


def _label(committees: set[str], kind: str | None, number: int) -> str:
    name = "General Recommendation" if kind == "GR" else "General Comment"
    prefix = "/".join(sorted(committees))
    return f"{prefix} {name} No. {number}".strip()
