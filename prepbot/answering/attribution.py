"""Who said a paragraph, as a display lead-in ("The delegation told the Committee", "NGOs report"), worded by
prompts/attributions.toml in the question's language."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from prepbot.answering.prompts import Prompt, PromptRegistry
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.vocabulary import CHAIR_ROLE, DELEGATION_ROLE, MEMBER_ROLE, STANDARD_SIDE
from prepbot.retrieval import actors
from prepbot.retrieval.manifest import UNSPECIFIED
from prepbot.retrieval.standards import committee_name_ru

_ASKING = re.compile(
    r"\?|\b(asked|ask|wished to know|wish to know|would like to know|would welcome|enquired|inquired|wondered|"
    r"requested|wanted to know|invited the delegation|please)\b",
    re.IGNORECASE,
)


_ASKING_DOCUMENT = re.compile(r"list of issues|questions", re.IGNORECASE)  # a Committee document that asks
# A speaker's English honorific in a Russian lead-in ("Mr. Korkelia" -> "Г-н Коркелия")
_HONORIFICS_RU = ((re.compile(r"^(?:Mr|Sir)\.?\s+"), "Г-н "), (re.compile(r"^(?:Ms|Mrs|Madam)\.?\s+"), "Г-жа "))


def speaker_in_russian(name: str, capital: bool = True) -> str:
    """A speaker's name as a Russian text writes it: "Mr. Korkelia" -> "Г-н Коркелия" ("г-н Коркелия" inside a
    sentence); a surname Russian letters do not spell back (actors.cyrillic_spelling) stays as printed."""
    for honorific, russian in _HONORIFICS_RU:
        if honorific.match(name):
            surname = honorific.sub("", name, count=1)
            spelled = actors.cyrillic_spelling(surname) if " " not in surname else None
            return (russian if capital else russian.lower()) + (spelled or surname)
    return name


_FEMALE = re.compile(r"(?:Ms|Mrs|Madam|Dame|г-жа|госпожа)\b", re.IGNORECASE)  # a speaker's honorific says her gender
_MALE = re.compile(r"(?:Mr|Sir|г-н)\b", re.IGNORECASE)  # ... or his


def honorific_gender(name: str) -> str | None:
    """The gender a speaker's honorific says: "f" ("Ms. Bassim", "г-жа Бассим"), "m" ("Mr. Yigezu"), None for a name
    without one ("Бассим")."""
    return "f" if _FEMALE.match(name) else "m" if _MALE.match(name) else None


class Attributor:
    """Display lead-ins ("The delegation told the Committee", "NGOs report") from prompts/attributions.toml."""

    def __init__(self, prompts: PromptRegistry, documents: Mapping[str, DocumentEntry]) -> None:
        self.prompts = prompts
        self.documents = documents

    def __call__(self, paragraph: Paragraph, language: str = "en") -> str:
        return lead_in(self.prompts.get("attributions"), paragraph, self.documents.get(paragraph.doc_id), language)

    def for_language(self, language: str) -> Callable[[Paragraph], str]:
        prompt = self.prompts.get("attributions")
        return lambda paragraph: lead_in(prompt, paragraph, self.documents.get(paragraph.doc_id), language)


_NUMBERED = re.compile(r"\b(?:general (?:comment|recommendation))\s+No\.?\s*(\d+)", re.IGNORECASE)


def _number_in(title: str) -> str:
    """The number a General Comment's title gives it ("General Comment No. 22: ..." -> "22", "No. 01" -> "1"); ""
    when none."""
    match = _NUMBERED.search(title)
    return str(int(match.group(1))) if match else ""


def lead_in(prompt: Prompt, paragraph: Paragraph, document: DocumentEntry | None, language: str = "en") -> str:
    """Who said this paragraph, as a display lead-in, from the paragraph's speaker/side and the document type."""
    document_type = (document.document_type if document else "").lower()
    mechanism = document.mechanism if document else ""
    if mechanism.strip().lower() in ("", UNSPECIFIED):  # `prepbot add` without --mechanism: not "The unspecified"
        mechanism = "Committee"
    if language == "ru":
        mechanism = committee_name_ru(mechanism)
    chair = actors.chair_name(paragraph.speaker or "")  # "The Chair (Mr. Soh)": the lead-in names him
    female = bool(_FEMALE.match(chair or paragraph.speaker or ""))
    speaker = paragraph.speaker or ""
    if language == "ru":  # the speaker opens the lead-in; the Chair's name stands in brackets after "Председатель"
        speaker, chair = speaker_in_russian(speaker), speaker_in_russian(chair, capital=False)
    values = {"speaker": speaker, "mechanism": mechanism,
              "symbol": paragraph.symbol, "title": document.title if document else "", "chair_name": chair,
              "female": female,
              "number": _number_in(document.title) if document else ""}  # fmt: skip
    role = (paragraph.speaker_role or "").lower()
    if paragraph.speaker or role or "summary" in document_type:
        if role == DELEGATION_ROLE or (paragraph.author_type == "state" and not role):
            name = "delegation"
        elif role == CHAIR_ROLE:
            name = "chair"
        elif role == MEMBER_ROLE or (paragraph.author_type == "committee" and paragraph.speaker):
            name = "committee_member_asked" if _ASKING.search(paragraph.text) else "committee_member_said"
        elif paragraph.speaker:
            name = "speaker"
        else:
            name = "summary_record"
    elif paragraph.author_type == "state":
        name = "state_document"
    elif paragraph.author_type == "committee":  # a list of issues asks; concluding observations state
        name = (
            "committee_document" if _ASKING_DOCUMENT.search(document_type) or not document_type else "committee_finding"
        )
    elif paragraph.author_type == "un":  # the compilation, or another UN document named by its symbol
        other = "compilation" not in document_type and prompt.has_phrase("un_other_document", language)
        name = "un_other_document" if other else "un_document"
    elif paragraph.author_type == STANDARD_SIDE:  # a Committee's general reading, not said in this dialogue
        name = "standard_recommendation" if "recommendation" in document_type else "standard_document"
    else:
        name = "ngo_document"
    return prompt.phrase(name, language, **values)


def unrepeated(attributions: Sequence[str], before: str = "") -> list[str]:
    """The lead-ins to show for quotes read one after another: a lead-in the quote before already showed is left out
    (four quotes of one General Comment need its long "in its general reading of the treaty" once, not four times on
    a phone screen). `before`: the lead-in shown just above the first."""
    shown: list[str] = []
    for attribution in attributions:
        shown.append("" if attribution and attribution == before else attribution)
        before = attribution
    return shown
