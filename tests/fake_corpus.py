"""A tiny corpus and a test-double searcher for the answering tests (the real index is tested in tests that use the
`searcher` fixture). The searcher ranks by plain word overlap; every paragraph is a real `Paragraph`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prepbot.core.records import DocumentEntry, Hit, Paragraph

DOCUMENTS = [
    DocumentEntry("sr", "CCPR/C/SR.9999", "Summary record of the 9999th meeting", "Human Rights Committee",
                  "summary record", "committee", "2025-06-25", "en", "sr.txt"),
    DocumentEntry("replies", "CCPR/C/XYZ/3", "Replies of the State party to the list of issues",
                  "Human Rights Committee", "state report/replies", "state", "2024", "en", "replies.txt"),
    DocumentEntry("compilation", "A/HRC/WG.6/99/XYZ/2", "Compilation of UN information", "Universal Periodic Review",
                  "UN compilation", "un", "2024", "en", "compilation.txt"),
    DocumentEntry("ngo", "NGO-XYZ-2022", "Submission by NGOs", "Human Rights Committee", "NGO submission", "ngo",
                  "2022-12-18", "en", "ngo.txt"),
    DocumentEntry("loi", "CAT/C/XYZ/Q/4", "List of issues", "Committee against Torture", "list of issues",
                  "committee", "2022-12-16", "en", "loi.txt"),
    # the standards layer: not in PARAGRAPHS (tests that need it pass STANDARD_PARAGRAPHS)
    DocumentEntry("ccpr-gc37", "CCPR/C/GC/37", "General comment No. 37 (2020) on the right of peaceful assembly",
                  "Human Rights Committee", "general comment", "standard", "2020-07-27", "en",
                  "standards/json_data/Annotated_CCPR_GC37_assembly.json"),
]  # fmt: skip
SYMBOLS = {d.doc_id: d.symbol for d in DOCUMENTS}


def _p(doc_id: str, number: str, text: str, author_type: str, speaker: str | None = None,
       role: str | None = None) -> Paragraph:  # fmt: skip
    return Paragraph(doc_id, SYMBOLS[doc_id], number, text, None, author_type, speaker, role)


PARAGRAPHS = [
    _p("sr", "1", "At the invitation of the Chair, the delegation joined the meeting.", "committee"),
    _p(
        "sr", "2",
        "A representative of the State party said that between 2016 and 2024 there had been 189 cases of suicide "
        "in penal institutions, 5 of them women. Psychologists had been recruited in all institutions. The "
        "Ombudsman had visited 120 places of detention in 2023.",
        "state", "A representative of the State party", "state delegation",
    ),
    _p(
        "sr", "3",
        "Ms. Bassim said that she wished to know whether complaints of torture in police custody were investigated "
        "by a body independent of the police. She asked how many such complaints had led to prosecutions.",
        "committee", "Ms. Bassim", "committee member",
    ),
    _p(
        "replies", "10",
        "Since 2021, pretrial investigations of torture have been conducted exclusively by the procuratorial "
        "authorities. A special unit of the Procurator General's Office oversees those investigations.",
        "state",
    ),
    _p(
        "replies", "11",
        "On 5 June 2022 a referendum on amendments to the Constitution was held. The amendments were supported by "
        "77.18 per cent of those who voted.",
        "state",
    ),
    _p(
        "replies", "12",
        "The State budget allocates funds every year to the construction of new schools in rural areas, and 45 "
        "schools were opened in 2023.",
        "state",
    ),
    _p(
        "compilation", "5",
        "The Committee against Torture was concerned that police officers continued to investigate allegations of "
        "torture committed by their colleagues, and that most complaints of torture were closed without charges.",
        "un",
    ),
    _p(
        "ngo", "7",
        "In a survey of 300 detainees, 63 per cent said they had not been examined by a doctor after arrest. "
        "Complaints of torture are routinely dismissed by the police without investigation.",
        "ngo",
    ),
    _p(
        "loi", "3",
        "Please provide statistical data, disaggregated by sex and age, on the number of complaints of torture "
        "registered during the reporting period and on the prosecutions and sentences that followed.",
        "committee",
    ),
    _p(
        "loi", "4",
        "Please indicate whether persons may be extradited on the basis of diplomatic assurances, and describe the "
        "safeguards applied in such cases.",
        "committee",
    ),
]  # fmt: skip

STANDARD_PARAGRAPHS = [
    _p(
        "ccpr-gc37", "70",
        "Having to apply for permission from the authorities undercuts the idea that peaceful assembly is a basic "
        "right. Notification systems requiring that organisers of peaceful assemblies notify the authorities in "
        "advance must not become a de facto authorization procedure, and spontaneous assemblies should be exempt "
        "from notification.",
        "standard",
    ),
    _p(
        "ccpr-gc37", "99",
        "States parties should ensure that regular and genuine elections are held by universal and equal suffrage, "
        "and that candidates may campaign freely.",
        "standard",
    ),
]  # fmt: skip

_WORD = re.compile(r"[a-z0-9]+")
_COMMON = frozenset("the a an of in on to and or by for was were is are had has have that what how did do does".split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON}


class FakeSearcher:
    """A prepbot.core.contracts.Retriever, like prepbot.retrieval.search.Searcher;
    ranks by the share of query words a paragraph contains."""

    def __init__(self, paragraphs: list[Paragraph] | None = None) -> None:
        self._paragraphs = list(paragraphs or PARAGRAPHS)
        self.queries: list[tuple[str, str | None]] = []

    def search(
        self,
        query: str,
        k: int = 5,
        source: str | None = None,
        doc_id: str | None = None,
        rerank: bool = True,
        doc_ids: Sequence[str] = (),
    ) -> list[Hit]:
        self.queries.append((query, source))
        words = _words(query)
        hits = []
        for paragraph in self._paragraphs:
            if source and paragraph.author_type != source:
                continue
            if doc_id and paragraph.doc_id != doc_id:
                continue
            if doc_ids and paragraph.doc_id not in doc_ids:
                continue
            overlap = len(words & _words(paragraph.text))
            if overlap:
                hits.append(Hit(paragraph, overlap / max(len(words), 1)))
        hits.sort(key=lambda hit: hit.score, reverse=True)
        return hits[:k]

    def resolve_document(self, ref: str) -> str | None:
        wanted = ref.strip().lower()
        return next((d.doc_id for d in DOCUMENTS if wanted in (d.doc_id.lower(), d.symbol.lower())), None)

    def paragraph(self, ref: str, number: str | int) -> Paragraph | None:
        doc_id = self.resolve_document(ref)
        for paragraph in self._paragraphs:
            if paragraph.doc_id == doc_id and paragraph.number == str(number):
                return paragraph
        return None

    def warm_up(self) -> None:
        """Nothing to load."""

    def documents(self) -> list[DocumentEntry]:
        return list(DOCUMENTS)

    def paragraphs(self) -> list[Paragraph]:
        return list(self._paragraphs)
