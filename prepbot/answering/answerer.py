"""Answerer: turns a question (or a follow-up topic) into an Answer (or Followups) from retrieved paragraphs.

With a model configured (OPENAI_API_KEY) the model drafts, behind the quote gate; whenever its draft does not pass
(cut off at the output cap, a timeout, a refusal, no citation, quotes that do not verify, figures or quotations its
citations do not support, 429/5xx after retries, any error) the offline answer is returned instead, with a note named
for what went wrong and the machine-readable `fallback_reason` (prepbot.answering.llm.FALLBACK_REASONS). Without a
model, answers are extractive and follow-ups come from templates. Also: `verification_summary`, the re-check of every
quote used by `prepbot eval`, and `fallback_summary`, its count of model fallbacks by reason.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prepbot.answering import followon
from prepbot.answering.answerability import (
    Abstention,
    asked_after_told,
    asks_for_a_reply,
    asks_which_standard,
    without_answered,
)
from prepbot.answering.brief import DEFAULT_MAX_QUESTIONS, BriefBuilder, Progress
from prepbot.answering.entities import (
    BREAKDOWNS_AFTER,
    CorpusNames,
    StandardTerms,
    breakdown_by,
    countries_in,
    pair_uses,
)
from prepbot.answering.extractive import ExtractiveAnswerer
from prepbot.answering.figures import breakdowns_asked, counts_deaths_from, court_asked, death_cause, wants_figure
from prepbot.answering.followups import MAX_QUESTIONS, MIN_QUESTIONS, FollowupDrafter
from prepbot.answering.llm import (
    FALLBACK_REASONS,
    ChatModel,
    LLMFailure,
    describe_followup_problems,
    describe_problems,
    draft_answer,
    draft_followups,
    paragraph_inputs,
)
from prepbot.answering.paragraph_refs import paragraph_asked
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.standard_refs import (
    StandardNumbers,
    label_in,
    subject_words,
    without_references,
    without_standards_named,
)
from prepbot.answering.text import (
    HAS_FIGURE,
    TermWeights,
    is_fact_question,
    question_language,
    spelled_out,
    terms,
    without_aside,
    without_request,
)
from prepbot.answering.treaty_bodies import (
    committees_named,
    committees_of,
    speaking_committees,
    speaking_committees_at,
    spoken_by,
    without_committees,
)
from prepbot.answering.verify import verify_quote
from prepbot.core.contracts import Retriever
from prepbot.core.errors import BadInput, unknown_document
from prepbot.core.records import Answer, Brief, DocumentEntry, FollowupQuestion, Followups, Hit, Paragraph
from prepbot.core.sentences import split_sentences
from prepbot.core.settings import Settings
from prepbot.core.vocabulary import FRAMINGS, SIDE_VOICES, SIDES, STANDARD_BASIS, STANDARD_SIDE
from prepbot.retrieval import actors
from prepbot.retrieval.provisions import articles_in, articles_named
from prepbot.retrieval.sentence_vectors import index_scorer

log = logging.getLogger(__name__)

# cases taken to court, as a paragraph counting them writes it ("51 criminal cases were referred to the courts")
_REFERRED_TO_COURT = re.compile(
    r"\b(?:referred|sent|submitted|brought|forwarded|transferred)\s+(?:to|before)\s+(?:the\s+)?courts?\b", re.IGNORECASE
)
COURT_AFTER = 2  # how far after a paragraph counting cases one counting those taken to court is looked for
CAUSES_AFTER = 2  # how far after a paragraph counting the dead one giving their causes is looked for
ARTICLE_AFTER = 1  # how far after a paragraph naming an article one going on with its figures is looked for


def _counts_under_no_article(paragraph: Paragraph) -> bool:
    """Whether a paragraph gives a count and names no article: the figures of the one before it, going on."""
    return bool(HAS_FIGURE.search(paragraph.text)) and not articles_in(paragraph.text)


def _taken_to_court(paragraph: Paragraph) -> bool:
    """Whether a paragraph counts cases taken to court ("51 criminal cases were referred to the courts ...")."""
    return bool(HAS_FIGURE.search(paragraph.text) and _REFERRED_TO_COURT.search(paragraph.text))


_ASKED = re.compile(r"\bask(?:s|ed)?\b|спрашива|задал", re.IGNORECASE)  # what a Committee asked in the dialogue

# Why a question about this review can go unanswered when the General Comments may still speak to it: nothing in the
# dialogue is about it, or it uses a word or name the dialogue never does ("polygamy", "Semipalatinsk").
DIALOGUE_SILENT = ("not_relevant", "topic_silent", "absent_term", "absent_name")
ASK_HITS = 8  # paragraphs retrieved for a question (a cloud model sees all of them; extractive quotes the best)
FOLLOWUP_PARAGRAPHS = 12  # paragraphs a cloud model sees when drafting follow-ups
# A self-hosted model on modest hardware spends most of its time reading the prompt: it sees fewer paragraphs, each
# cut to its sentences closest to the question (every line it sees is still verbatim paragraph text).
COMPACT_ASK_PARAGRAPHS, COMPACT_ASK_SENTENCES = 5, 3
COMPACT_FOLLOWUP_PARAGRAPHS, COMPACT_FOLLOWUP_SENTENCES, COMPACT_FOLLOWUP_QUESTIONS = 6, 2, 3
UNAVAILABLE = frozenset({"timeout", "connection", "rate_limited", "server_error"})


def fallback_phrase_name(reason: str | None) -> str:
    """The prompts/extractive.toml phrase that names a fallback reason for the user ("length" -> "llm_length")."""
    return {"error": "llm_fallback", "connection": "llm_unavailable"}.get(reason or "error", f"llm_{reason}")


@dataclass(frozen=True)
class ModelOutcome:
    """What became of asking the model: its answer when it passed the gate; otherwise why not (`reason`, one of
    prepbot.answering.llm.FALLBACK_REASONS), which names the note shown above the extractive fallback."""

    answer: Answer | None = None
    reason: str | None = None


@dataclass
class _Parts:
    documents: dict[str, DocumentEntry]
    extractive: ExtractiveAnswerer
    drafter: FollowupDrafter
    standard_numbers: StandardNumbers  # which held General Comment a question names by number
    # the treaty bodies that speak in this dialogue's own documents (its list of issues, its summary record)
    dialogue_committees: frozenset[str] = frozenset()
    dialogue_documents: tuple[DocumentEntry, ...] = ()  # the documents of this review, the General Comments aside

    @property
    def holds_standards(self) -> bool:
        """Whether the index holds any General Comment (PREPBOT_STANDARDS=none: it does not)."""
        return len(self.dialogue_documents) < len(self.documents)


# Reasons a side's passages give no answer for, which may be its silence: other sides are asked ("что делегация сказала
# про дело карима масимова": the NGOs name him, the delegation's words found do not)
_SIDE_MAY_BE_SILENT = frozenset({"not_relevant", "topic_silent", "name_silent"})
# Declines whose message already names what was searched
_LISTS_SEARCHED = frozenset({"not_relevant", "absent_document", "cited_document", "standards_absent"})


@functools.lru_cache(maxsize=2)
def _folder_pair_uses(folder: Path, stamp: int) -> dict[tuple[str, str], int]:
    """entities.pair_uses of the General Comments in a standards folder, read and counted once a process (per folder
    and modification)."""
    from prepbot.retrieval.standards import load_standards

    return pair_uses(paragraph for _, found in load_standards(folder).documents for paragraph in found)


# Where a question's premise ends and what it asks begins: a sentence's end, a dash, a semicolon
_ASKED_CLAUSE = re.compile(r"(?<=[.!?])\s+|\s[—–]\s|;\s")


class Answerer:
    """Answers questions and drafts follow-ups. Safe to call from several threads at once."""

    def __init__(
        self,
        settings: Settings,
        searcher: Retriever,
        prompts: PromptRegistry,
        *,
        chat: ChatModel | None = None,
        use_sentence_encoder: bool = True,
    ) -> None:
        self.settings = settings
        self.use_sentence_encoder = use_sentence_encoder
        self.searcher = searcher
        self.prompts = prompts
        self.chat = chat if chat is not None else (ChatModel(settings) if settings.llm_enabled else None)
        self._lock = threading.Lock()
        self._parts: _Parts | None = None

    # -- shared, built once

    def parts(self) -> _Parts:
        with self._lock:
            if self._parts is None:
                documents = {d.doc_id: d for d in self.searcher.documents()}
                paragraphs = self.searcher.paragraphs()
                scorer = index_scorer(self.settings) if self.use_sentence_encoder else None
                names = CorpusNames.of(paragraphs, documents.values())
                # Term weights come from the dialogue's paragraphs: the standards layer (ten times their number)
                # would otherwise reweigh every term and shift the thresholds tuned on the dialogue.
                dialogue = [p for p in paragraphs if p.author_type != STANDARD_SIDE] or paragraphs
                # and a question about this review must find its names and words in the dialogue: that a General
                # Comment speaks of polygamy does not make "Is polygamy a crime in Kazakhstan?" a covered topic
                dialogue_documents = [d for d in documents.values() if d.author_type != STANDARD_SIDE]
                speakers = actors.speakers(
                    (p.speaker for p in paragraphs), {p.speaker: p.author_type for p in paragraphs if p.speaker}
                )
                dialogue_names = CorpusNames.of(dialogue, dialogue_documents)
                indexed = [p for p in paragraphs if p.author_type == STANDARD_SIDE]
                names.standard_terms = dialogue_names.standard_terms = StandardTerms(
                    dialogue, lambda: pair_uses(indexed) if indexed else self._unindexed_pair_uses()
                )
                extractive = ExtractiveAnswerer(
                    self.prompts, documents, TermWeights(dialogue), scorer=scorer, corpus_names=names,
                    dialogue_names=dialogue_names, speakers=speakers,
                )  # fmt: skip
                drafter = FollowupDrafter(self.searcher, extractive, self.prompts, documents)
                numbers = StandardNumbers(documents.values(), paragraphs)
                spoken = (names.document_bodies.get(d.doc_id, frozenset()) for d in dialogue_documents)
                committees = frozenset().union(*spoken)  # a dialogue document's bodies: its committee-side ones
                self._parts = _Parts(documents, extractive, drafter, numbers, committees, tuple(dialogue_documents))
            return self._parts

    def _unindexed_pair_uses(self) -> dict[tuple[str, str], int]:
        """The General Comments' word pairs, from the corpus folder, when the index leaves them out
        (PREPBOT_STANDARDS=none): their language still tells a matter of human-rights law the dialogue never
        touches (entities.StandardTerms). Empty when the folder has none or cannot be read."""
        from prepbot.core.errors import CorpusError
        from prepbot.retrieval.manifest import standards_folder

        try:
            folder = standards_folder(self.settings.corpus_dir)
            return {} if folder is None else _folder_pair_uses(folder, folder.stat().st_mtime_ns)
        except (CorpusError, OSError):
            return {}

    def warm_up(self) -> None:
        """Load the models and encode every paragraph's sentences now (a few seconds), so that no answer pays for
        it later. Optional: without it the first answers touching a paragraph encode its sentences then."""
        self.searcher.warm_up()
        extractive = self.parts().extractive
        for names in (extractive.corpus_names, extractive.dialogue_names):
            if names is not None:
                names.warm_up()
                if names.standard_terms is not None:
                    names.standard_terms.load()
        if extractive.scorer is not None:
            paragraphs = self.searcher.paragraphs()
            vector = extractive.scorer.encode_question("warm up")
            for start in range(0, len(paragraphs), 64):
                extractive.scorer.similarities(vector, paragraphs[start : start + 64])

    def _searched(self, source: str | None, doc_id: str | None) -> list[DocumentEntry]:
        documents = list(self.parts().documents.values())
        if doc_id:
            return [d for d in documents if d.doc_id == doc_id]
        if source:
            # a summary record holds every side's speakers, so it is searched for every side
            return [d for d in documents if d.author_type == source or "summary" in d.document_type.lower()]
        return documents

    @staticmethod
    def _check_filters(source: str | None, role: str | None) -> None:
        if source is not None and source not in SIDES:
            raise BadInput(f"Unknown source {source!r}: use one of {', '.join(SIDES)}.")
        if role is not None and role not in FRAMINGS:
            raise BadInput(f"Unknown role {role!r}: use one of {', '.join(FRAMINGS)}.")

    @staticmethod
    def _clean(text: str) -> str:
        from prepbot.retrieval.search import clean_query

        return clean_query(text)

    # -- answers

    def ask(self, question: str, *, source: str | None = None, doc_id: str | None = None,
            role: str | None = None, previous: str | None = None) -> Answer:  # fmt: skip
        """Answer one question. Raises BadInput for an unusable question or filter; never fails for model trouble.
        `previous`: the question asked before it in the conversation; a turn that goes on from it ("and what did the
        NGOs say?", "and in 2023?") is read with it (followon.resolve), and the answer says so (`reading`)."""
        turn = actors.first_person_as_sides(self._clean(question), role)  # "and did we answer?": the delegation
        resolved = None
        if previous:  # (a member typed by surname is read as the member: "yigezu on ..." + "and the state?")
            extractive = self.parts().extractive
            before = extractive.titled(
                extractive.speakers_spelled(actors.first_person_as_sides(self._clean(previous), role)), True
            )
            resolved = followon.resolve(turn, before)
        carried = actors.question_sides(resolved) if resolved and not actors.question_sides(turn) else set()
        if source is not None and carried and source not in carried:
            # "/filter ngo", then "What about foreign funding?" after a question to the delegation: the filter's side
            # is asked, not the side the previous question named
            resolved = None
        # "and what did the NGOs say?" with nothing before it (not "What did the Chair say?": one speaker, whose words
        # alone answer it)
        if resolved is None and followon.goes_on(turn) and not actors.asks_the_chair(turn):
            phrases = self.prompts.get("extractive")
            raise BadInput(phrases.phrase("nothing_to_go_on_from", question_language(question)))
        answer = self._ask(resolved or turn, source=source, doc_id=doc_id, role=role)
        if resolved is not None:  # how the turn was read, said before the answer
            language = question_language(question)
            answer.reading = self.prompts.get("extractive").phrase("read_with_previous", language, question=resolved)
        return answer

    def _ask(self, question: str, *, source: str | None, doc_id: str | None, role: str | None) -> Answer:
        """The answer; from the document the question names by its kind alone, when it names one ("What did CAT ask
        in its list of issues about X?", _document_named), as if filtered by it, its passages judged as searched where
        the question points."""
        self._check_filters(source, role)
        self.prompts.reload_if_changed()
        # "How did the delegation respond to Mr. X on Y?": the reply on Y is looked for; what it must show is read
        # from the question as asked
        asked, query = self._read(question)
        named_document = self._document_named(asked, query) if doc_id is None and source is None else None
        if named_document is None:
            return self._answer(asked, query, source=source, doc_id=doc_id, role=role)
        return self._answer(asked, query, source=source, doc_id=named_document, role=role, pointed=True)

    def _read(self, question: str) -> tuple[str, str]:
        """The question as read (typos corrected, names spelled as the corpus does, a member typed by surname titled)
        and what is looked for: without the member answered ("How did the delegation respond to Mr. X on Y?": Y), nor a
        request typed before it ("Дай точную формулировку: ...")."""
        parts = self.parts()
        # "janaozen" -> "zhanaozen", "скока" -> "сколько"
        query = parts.extractive.corpus_names.corrected(spelled_out(self._clean(question)))
        query = parts.extractive.corpus_names.transliterated(query)  # "Syroezhkin" -> "Syroyezhkin"
        query = parts.extractive.speakers_spelled(query)  # "what did ms basim ask": Bassim
        query = parts.extractive.titled(query)  # "did we answer korkelia": Mr. Korkelia
        # "Leaving UNAIDS aside, which order ...?": UNAIDS is not asked about, but looked for with the rest ("apart from
        # the NPM, who else can visit ...?" is answered by the paragraph that lists the NPM with the others)
        return without_aside(query), without_answered(without_request(query))

    def _answer(
        self, asked: str, query: str, *, source: str | None, doc_id: str | None, role: str | None, pointed: bool = False
    ) -> Answer:
        """The answer to the question as read (`asked`), looked for with `query` (_read), from these documents;
        `pointed`: the document is the one the question names (its passages judged as searched where the question
        points)."""
        parts = self.parts()
        if not terms(query):  # "what is it?": nothing to look for, so no "the documents do not address this"
            phrases = self.prompts.get("extractive")
            raise BadInput(phrases.phrase("only_common_words", question_language(query), question=query))
        if doc_id is not None:  # a doc_id or a symbol ("CCPR/C/KAZ/3"), as `search --doc` takes
            resolved = self.searcher.resolve_document(doc_id)
            if resolved is None:
                raise unknown_document(doc_id, ((d.doc_id, d.author_type) for d in parts.documents.values()))
            doc_id = resolved
        # "What does CCPR/C/KAZ/3 ¶206 say?": that paragraph, looked up, not searched for
        asked_paragraph = paragraph_asked(query, self.searcher.resolve_document, parts.dialogue_documents)
        if asked_paragraph is not None and source is None and doc_id in (None, asked_paragraph.doc_id):
            looked_up = self.searcher.paragraph(asked_paragraph.doc_id, asked_paragraph.number)
            numbers = (  # the numbers the document has, read only to say so when it lacks the one asked for
                []
                if looked_up is not None
                else [p.number for p in self.searcher.paragraphs() if p.doc_id == asked_paragraph.doc_id]
            )
            return parts.extractive.paragraph_as_asked(
                query,
                asked_paragraph,
                looked_up,
                numbers,
                self._searched(None, asked_paragraph.doc_id),
                question_language(query),
                parts.extractive.prompt_hash(),
            )
        # a treaty body asked to speak is a side ("What does CEDAW say about X, and what does the State say?")
        body_at = min(speaking_committees_at(query).values(), default=None)
        contrasted = [
            side
            for side in actors.contrasted_sides(query, parts.extractive.speakers, body_at)
            if source in (None, side)
            # "... in line with international standards?" of an index without the General Comments: no side of theirs
            and (side != STANDARD_SIDE or parts.holds_standards or actors.names_general_comments(query))
        ]
        contrasted = contrasted[:2] if len(contrasted) >= 2 else []
        if (
            not contrasted
            and source is None
            and doc_id is None
            and actors.measured_against_standards(query)
            and (countries_in(query) & parts.extractive.corpus_names.countries or actors.names_state_law(query))
            and (parts.holds_standards or actors.names_general_comments(query))
        ):  # "Does Kazakhstan's definition of torture meet General Comment No. 2?", "Does article 146 of the Criminal
            # Code comply with ...?": the State's own words beside the standard (of an index without the General
            # Comments, "... in line with international standards?" is answered from the dialogue, whose compilation
            # reports the treaty bodies' recommendations to this State)
            contrasted = ["state", STANDARD_SIDE]
        unfiltered = source is None and doc_id is None and not contrasted
        asked_sides = actors.speaking_sides(query)
        # the question itself, after any premise ("The delegation said ... . What does General Comment 37 say ...?")
        asked_last = split_sentences(query)[-1].text
        if (
            "state" in asked_sides
            and parts.extractive.about_the_standards(query)
            and not actors.speaks_as_delegation(asked_last)
        ):
            # "Должны ли государства признавать...": States in general, not the party (but "How did the delegation
            # respond to General Comment 37's concern...?" asks the delegation)
            asked_sides.discard("state")
        # "What did the CEDAW committee recommend...?", "Что говорит Комитет по правам инвалидов...": a treaty body that
        # does not speak in this dialogue, whose words are its General Comments and the compilation's reports of its
        # views, not this review's Committee: searched everywhere, its own words lead (Requirements.treaty_bodies)
        outside = bool(bodies := speaking_committees(query)) and not bodies & parts.dialogue_committees
        if outside:
            asked_sides -= {"committee", STANDARD_SIDE}
            # "What concern did CERD raise about how officials talk about ethnic Kazakhs?": the officials are what it
            # spoke of, not a side asked; the delegation asked as such still is ("How did the delegation answer ...")
            if not actors.speaks_as_delegation(query):
                asked_sides.discard("state")
        about_review = parts.extractive.about_this_review(query)
        # "What does General Comment 36 say...?": answered from that document (or it says the index lacks it); not
        # "What did the NGOs say about General Comment 37?", "What did the Committee ask about…" (in the dialogue), nor
        # a question about this review ("Does Kazakhstan's rule comply with General Comment 37?") that cites one
        cites = (
            bool(asked_sides & {"state", "ngo", "un"})
            or ("committee" in asked_sides and bool(_ASKED.search(query)))
            or bool(countries_in(query))
            or about_review
        )
        # (so is one asked with the search kept to the standards: "/filter standards", then "What does General Comment
        # 31 say about ...?" means the Human Rights Committee's, not the nearest General Comment on the subject)
        of_standards = source == STANDARD_SIDE and doc_id is None and not contrasted
        named = (
            parts.standard_numbers.meant(query, self.searcher) if (unfiltered or of_standards) and not cites else None
        )
        if named is not None and not named.doc_ids and (named.missing or named.ambiguous):
            language = question_language(query)
            label = label_in(named.ambiguous or named.missing or "", language)
            reason = (
                ("ambiguous_document" if named.several else "bare_document") if named.ambiguous else "absent_document"
            )
            missing = Abstention(reason, label, named.choices)
            searched = self._searched(None, None)
            prompt_hash = parts.extractive.prompt_hash()
            return parts.extractive.abstain(query, [], missing, [], searched, language, None, prompt_hash)
        # a question about what some side said is answered from that side's paragraphs, or it says the side is silent
        speaking = sorted(asked_sides) if unfiltered and named is None else []
        voices = sorted({author for side in speaking for author in SIDE_VOICES[side]})
        # what a General Comment says, asked of an index without them: "What does CRC General Comment No. 30 say
        # about ...?", "Which Human Rights Committee General Comment requires ...?" (not one a dialogue paragraph
        # cites by its number: "What does General Comment 37 say ...?", which the NGOs quote)
        asks_which = asks_which_standard(query)  # "Which General Comment sets ...?"
        which_standard = unfiltered and named is None and parts.holds_standards and asks_which
        unheld_standards = (
            unfiltered
            and not cites
            and not parts.holds_standards
            and (STANDARD_SIDE in speaking or parts.standard_numbers.names_uncited(query) or asks_which)
        )
        # a question about this review (Kazakhstan, its actors, figures, years) is answered from the dialogue; the
        # General Comments, a Committee's general reading, are offered only when the dialogue is silent on it
        # (such a body is heard in this review only through the compilation: its general reading is as much an answer
        # unless the question names the country)
        # so is one worded as neither's that names no treaty body ("Can workers go on strike?": this State's law or
        # the treaty's rule alike): the dialogue when it speaks to it, else the General Comments as what they are
        dialogue_first = parts.extractive.dialogue_first(query)
        of_dialogue = unfiltered and named is None and dialogue_first and not (outside and not countries_in(query))
        others: list[Hit] = []  # with `voices`: the best paragraphs of the other sides
        looked_for = query  # what the answer's passages are searched and chosen with
        # "Did the delegation answer Mr. Yigezu's question on X?": the reply is looked for with his own words on X,
        # among the delegation's words in the summary record (the written report came before he asked)
        point = (
            parts.extractive.point_raised(asked, self.searcher.paragraphs())
            if unfiltered
            and speaking == ["state"]
            and (asked != query or asks_for_a_reply(asked) or parts.extractive.asks_whether_replied(asked))
            else None
        )
        # "What did the delegation reply to Ms. Bassim?": her every point, each with the reply that takes it up
        points = (
            parts.extractive.points_raised(asked, self.searcher.paragraphs())
            if unfiltered and speaking == ["state"] and point is None
            else []
        )
        # the reply looked for where the question says: the State's written words ("Korkelia asked about registration.
        # How does the State's written reply answer him?"), else the delegation's in the room
        records = (self._state_words_asked(query) or self._summary_records()) if point is not None or points else []
        if not records:  # no summary record: no reply to look for
            point, points = None, []
        if points:
            replies = [
                (raised, self.searcher.search(raised.query, k=ASK_HITS, source="state", doc_ids=records))
                for raised in points
            ]
            language = question_language(query)
            answer = parts.extractive.replies_to(asked, replies, self._searched(None, None), language)
            answer.question = asked
            return answer
        if point is not None:
            hits = self.searcher.search(point.query, k=ASK_HITS, source="state", doc_ids=records)
            looked_for = f"{query} {point.sentence}"  # the quotes are chosen for both: what is asked, what he asked
        elif named is not None:
            hits = self.searcher.search(query, k=ASK_HITS, doc_ids=named.doc_ids)
            # "What does General Comment 37 say about notification?": within the document named, what it says on
            # notification answers; the reference itself is in none of its paragraphs
            looked_for = without_references(query) if subject_words(query) else query
        elif which_standard:  # "Which General Comment sets ...?": the General Comments' paragraphs alone answer
            hits = self.searcher.search(query, k=ASK_HITS, source=STANDARD_SIDE)
            looked_for = actors.without_general_comment_words(query)
        elif voices:
            hits = self._hits_of(query, voices, spoken_first=actors.speaks_as_delegation(query))
            everyone = self.searcher.search(query, k=ASK_HITS)
            others = [hit for hit in everyone if hit.paragraph.author_type not in voices]
        elif of_dialogue:  # the General Comments are dropped: no re-ranking, which is for them (retrieval/rerank.py),
            # but for a figure asked with no cue of either layer, which the search re-ranks as a question of neither's
            rerank = parts.extractive.asks_a_figure_of_this_state(query)
            found = self.searcher.search(query, k=2 * ASK_HITS, rerank=rerank)
            hits = [hit for hit in found if hit.paragraph.author_type != STANDARD_SIDE]
            hits = hits[:ASK_HITS]
        else:
            hits = self.searcher.search(query, k=ASK_HITS, source=source, doc_id=doc_id)
            # "What does the Human Rights Committee's general comment on AI in courts require?": the words that name
            # the General Comments say where to look, not what the passage is about ("...to address in a General
            # Comment the issues of international law...")
            looked_for = actors.without_general_comment_words(query)
        if broken_down := breakdowns_asked(query):  # by age, sex or ethnicity: the breakdowns asked, first
            hits = self._with_following(hits, lambda p: breakdown_by(p.text) in broken_down, BREAKDOWNS_AFTER, True)
        if court_asked(query):  # the cases taken to court, after the paragraph counting the cases
            hits = self._with_following(hits, _taken_to_court, COURT_AFTER, False)
        if cause := death_cause(query):  # the deaths from what was asked, after the paragraph counting the dead
            hits = self._with_following(hits, lambda p: counts_deaths_from(p.text, cause), CAUSES_AFTER, False)
        if wants_figure(query) and (asked_articles := {n for _, found in articles_named(query) for n in found}):
            # "How many cases were brought under article 158 in 2023?": the figures of the paragraph that names it
            # go on in the next, which names no article ("In 2022, one criminal case was brought ..., while, in 2023,
            # three cases ...")
            def names_asked(paragraph: Paragraph, asked: set[str] = asked_articles) -> bool:
                return bool(articles_in(paragraph.text) & asked)

            hits = self._with_following(hits, _counts_under_no_article, ARTICLE_AFTER, False, names_asked)
        language = question_language(query)
        outcome: ModelOutcome | None = None
        # what a model's answer must show: read only when a model composes one (the extractive answer reads it itself)
        requirements = parts.extractive.requirements(asked) if self.chat is not None and hits else None
        if requirements is not None and requirements.missing is None:  # no model call for a foreign name
            outcome = self._model_answer(query, hits, role=role, language=language)
            if outcome.answer is not None and parts.extractive.answers(outcome.answer, requirements):
                return outcome.answer
            if outcome.answer is not None:  # verbatim, but it does not show what the question names or asks for
                outcome = ModelOutcome(reason="off_point")
        # each side searched without the other sides' words: "and what do NGOs say?" finds the State on NGOs
        # the General Comment the question names by number, whose words stand for the standards' side
        named_standards = parts.standard_numbers.meant(query, self.searcher) if STANDARD_SIDE in contrasted else None
        # the treaty body whose words are the Committee's side: the one asked to speak, or the one the question names
        # beside that side when it is no body of this review ("Комитет по правам ребенка и государство ...: в чем
        # разница?")
        side_bodies = frozenset(
            bodies or (committees_named(query) - parts.dialogue_committees if "committee" in contrasted else ())
        )
        # the General Comments of the body a question measures by ("... meet the Human Rights Committee's standard?")
        standard_docs: Sequence[str] = ()
        if named_standards is not None and named_standards.doc_ids:
            standard_docs = named_standards.doc_ids
        elif STANDARD_SIDE in contrasted:
            standard_docs = self._general_comments_of(committees_named(query))
        side_hits = {
            side: self._side_hits(
                self._side_query(query, side, contrasted),
                side,
                side_bodies,
                doc_id,
                standard_docs if side == STANDARD_SIDE else (),
            )
            for side in contrasted
        }
        # "What did Mr. X ask, and did the delegation answer it?": the reply to what he raised, in its words
        side_questions = parts.extractive.raised_without_topic(query, side_hits)
        for side, raised in side_questions.items():
            side_hits[side] = self.searcher.search(raised, k=6, source=side, doc_id=doc_id)
        searched = [parts.documents[d] for d in named.doc_ids] if named is not None else self._searched(source, doc_id)
        answers = (
            parts.extractive.answer(
                looked_for,
                hits,
                searched=searched,
                language=language,
                side_hits=side_hits or None,
                asked=asked,
                side_questions=side_questions,
                pointed=named is not None or point is not None or pointed,
                side_bodies=side_bodies,
                told_apart=told_apart,
            )
            for told_apart in (False, True)
        )
        answer = next(answers)
        # "The report says a 2019 act lets ... . What gap did the Committee raise about kids born elsewhere?": when no
        # passage shows all it names, what it asks of that side (answerability.asked_after_told), without the report's
        # year
        if not answer.grounded and asked_after_told(asked) and (apart := next(answers)).grounded:
            answer = apart
        if point is not None and not answer.grounded:  # he asked, and the delegation did not take it up
            answer = parts.extractive.not_replied(asked, point, hits, searched, language)
        elif unheld_standards:  # asked what the General Comments say, of an index without them
            seen = {hit.paragraph.key for hit in others}
            nearby = [*others, *(hit for hit in hits if hit.paragraph.key not in seen)]  # every side's, this review's
            elsewhere = parts.extractive.answer(query, nearby, searched=searched, language=language, asked=asked)
            nearest = elsewhere.citations if elsewhere.grounded else []
            absent = Abstention("standards_absent", "", parts.extractive.names_for(query).covered)
            prompt_hash = parts.extractive.prompt_hash()
            answer = parts.extractive.abstain(query, [], absent, nearest, searched, language, None, prompt_hash)
        elif voices and not answer.grounded and answer.abstain_reason in _SIDE_MAY_BE_SILENT and others:
            elsewhere = parts.extractive.answer(looked_for, others, searched=searched, language=language, asked=asked)
            if elsewhere.grounded:  # other sides speak to it: say the side asked about does not, show theirs
                answer = parts.extractive.side_silent(query, hits, speaking, elsewhere, searched, language, None)
        elif of_dialogue and not answer.grounded and answer.abstain_reason in DIALOGUE_SILENT:
            standards = self.searcher.search(query, k=ASK_HITS, source=STANDARD_SIDE)
            general = (
                parts.extractive.answer(query, standards, searched=searched, language=language) if standards else None
            )
            if general is not None and general.grounded:
                if parts.extractive.asks_a_treaty(query):
                    # "The finance ministry says ... Is that allowed under the Covenant?": the treaty's rule was
                    # asked, and the General Comments give it
                    answer = general
                else:  # only the General Comments speak to it: say so, show them
                    answer = parts.extractive.standards_only(query, hits, general, searched, language)
        if (source or doc_id) and not answer.grounded and answer.abstain_reason not in _LISTS_SEARCHED:
            answer.text = f"{answer.text} {parts.extractive.searched_only(searched, language)}"
        if outcome is not None:
            answer.fallback_reason = outcome.reason
            answer.note = self._fallback_note(outcome.reason, answer.grounded, language)
        answer.question = asked  # not the words searched with (without the member answered, or the member's own)
        return answer

    @staticmethod
    def _side_query(query: str, side: str, contrasted: Sequence[str]) -> str:
        """What one contrasted side is searched with: the question without the other sides' words (and, beside the
        General Comments, without the ones it names: the State's words on the point name none)."""
        # the General Comment's number goes with its name ("замечанию общего порядка № 37", not a stray "№ 37")
        beside_standards = side != STANDARD_SIDE and STANDARD_SIDE in contrasted
        asked = without_standards_named(query) if beside_standards else query
        if STANDARD_SIDE in contrasted:  # "... in line with international standards?": a measure, no side's subject
            asked = actors.without_standards_as_measure(asked)
        if side == STANDARD_SIDE:  # the committee named says whose General Comments (searched in them alone)
            asked = without_committees(asked)
        return actors.without_sides(asked, [other for other in contrasted if other != side])

    def _side_hits(
        self, query: str, side: str, bodies: frozenset[str], doc_id: str | None, doc_ids: Sequence[str] = ()
    ) -> list[Hit]:
        """A contrasted side's best paragraphs (of `doc_ids` when given: the General Comment a question names, "...
        meet General Comment No. 35?"); of the State's, when the question asks what the delegation says, its words in
        the summary records first; of the Committee's side, when the question names the treaty bodies it sets
        against the other side ("compare what the govt says and what CAT says"), those bodies' own words and the
        compilation's reports of their views, when they have any (not another Committee's member asking); else their
        General Comments when the index holds them; else none, for a body this review does not hear (not this
        review's Committee in its place)."""
        if doc_ids:
            return self.searcher.search(query, k=6, doc_ids=list(doc_ids))
        hits = self.searcher.search(query, k=6, source=side, doc_id=doc_id)
        if side == "state" and doc_id is None and (leading := self._state_words_asked(query)):
            # "What does the delegation say about X, compared with the NGOs?": its words in the dialogue lead; "What
            # did Ms. Donders ask, and what does the State's written reply say?": its written words lead
            first = self.searcher.search(query, k=3, source="state", doc_ids=leading)
            shown = {hit.paragraph.key for hit in first}
            return [*first, *(hit for hit in hits if hit.paragraph.key not in shown)][:6]
        if side != "committee" or not bodies:
            return hits
        parts = self.parts()
        corpus = parts.extractive.corpus_names
        reported = self.searcher.search(query, k=6, source="un", doc_id=doc_id)
        theirs = [
            hit
            for hit in [*hits, *reported]
            if spoken_by(hit.paragraph, hit.paragraph.text, corpus.document_bodies, corpus.committees_before) & bodies
        ]
        if theirs:
            return sorted(theirs, key=lambda hit: -hit.score)[:6]
        # a body this review does not hear directly, which the compilation does not report on the point: its General
        # Comments, its general reading, when the index holds them; else it is silent (not this review's Committee)
        general = self._general_comments_of(bodies)
        if general and doc_id is None:
            return self.searcher.search(without_committees(query), k=6, doc_ids=list(general))
        return hits if bodies & parts.dialogue_committees else []

    def _general_comments_of(self, bodies: Iterable[str]) -> tuple[str, ...]:
        """The doc_ids of the held General Comments of these treaty bodies."""
        wanted = set(bodies)
        if not wanted:
            return ()
        documents = self.parts().documents.values()
        return tuple(d.doc_id for d in documents if d.author_type == STANDARD_SIDE and committees_of(d) & wanted)

    def _with_following(
        self,
        hits: list[Hit],
        answers: Callable[[Paragraph], bool],
        reach: int,
        first: bool,
        after: Callable[[Paragraph], bool] = lambda _paragraph: True,
    ) -> list[Hit]:
        """The hits with the paragraphs up to `reach` after each, in its section, that `answers` holds of, ranked just
        before it (`first`) or just after it: a paragraph that breaks the figures before it down ("The breakdown by
        ethnicity was: 46 Kazakhs, ...", after "In 2020–2023, there were 75 cases of suicide") or counts the cases
        taken to court ("A total of 51 criminal cases were referred to the courts ...", after the torture cases
        recorded) answers a question that names none of its other words. `after`: which hits to look after (those
        naming the article asked)."""
        found = list(hits)
        keys = {hit.paragraph.key for hit in hits}
        for hit in hits:
            if not hit.paragraph.number.isdigit() or not after(hit.paragraph):
                continue
            for step in range(1, reach + 1):
                following = self.searcher.paragraph(hit.paragraph.doc_id, int(hit.paragraph.number) + step)
                if following is None or following.section != hit.paragraph.section or following.key in keys:
                    continue
                if answers(following):
                    found.insert(found.index(hit) + (0 if first else 1), Hit(following, hit.score, hit.similarity))
                    keys.add(following.key)
        return found

    def _summary_records(self) -> list[str]:
        """The doc_ids of the meetings' summary records, where the delegation speaks."""
        return [d.doc_id for d in self.parts().documents.values() if "summary" in d.document_type.lower()]

    def _document_named(self, asked: str, query: str) -> str | None:
        """The one document of the corpus a question names by its kind (actors.document_kinds_named: "in its list of
        issues", "the shadow report", «в ответах»), when what it asks is that document's words: no side named but its
        author (the State's or the Committee's for a summary record, where both speak), no two sides set against each
        other, and no member named beside another document ("Korkelia asked ... How does the State's written reply
        answer him?"). `asked`, `query`: the question as read and what is looked for (_read). None for any other
        question, or when no document or several are of that kind."""
        kinds = actors.document_kinds_named(query)
        if len(kinds) != 1:
            return None
        parts = self.parts()
        if len(actors.contrasted_sides(query, parts.extractive.speakers)) >= 2:  # each side from its own documents
            return None
        documents = [d for d in parts.documents.values() if d.document_type.lower() == kinds[0].lower()]
        if len(documents) != 1:
            return None
        document = documents[0]
        spoken = {"state", "committee"} if kinds[0] == "summary record" else {document.author_type}
        if actors.question_sides(asked) - spoken:  # another side named: "что НПО предлагали включить в перечень"
            return None
        # the record's speakers beside another document ("what did the delegation say in Geneva, and what is written
        # in the replies?")
        members = any(s.named_in(asked) for s in parts.extractive.speakers)
        # (not when the delegation is told in a premise and the State's written words are what the question asks:
        # "The delegation said fines have fallen steadily — do the figures in the State report back that up?")
        last = _ASKED_CLAUSE.split(asked.strip())[-1]
        told_before = (
            document.author_type == "state"
            and not members
            and last != asked.strip()
            and actors.document_kinds_named(last) == kinds
            and not actors.speaks_as_delegation(last)
        )
        if kinds[0] != "summary record" and (actors.speaks_as_delegation(asked) or members) and not told_before:
            return None
        return document.doc_id

    def _state_words_asked(self, query: str) -> list[str]:
        """The documents of the State's words a question asks for: its written ones ("the State's written reply":
        actors.asks_written_reply), or the summary records, where its delegation speaks ("what did the delegation
        say": actors.speaks_as_delegation); [] for any other question. The two never both hold: a question naming the
        delegation asks no written reply alone."""
        if actors.asks_written_reply(query):
            return self._written_by_state()
        return self._summary_records() if actors.speaks_as_delegation(query) else []

    def _written_by_state(self) -> list[str]:
        """The doc_ids of the State's written documents (its report, its replies): all of its but the summary record."""
        records = set(self._summary_records())
        return [
            d.doc_id for d in self.parts().documents.values() if d.author_type == "state" and d.doc_id not in records
        ]

    def _hits_of(self, query: str, authors: Sequence[str], spoken_first: bool = False) -> list[Hit]:
        """The best paragraphs of these authors only (each author's own ranking, interleaved), ASK_HITS of them.
        `spoken_first`: the State's words in the summary records lead ("the delegation said"), the written ones
        follow; a question asking what the State wrote ("the State's written reply") has its written words lead."""
        rankings = [self.searcher.search(query, k=ASK_HITS, source=author) for author in authors]
        written = self._written_by_state() if "state" in authors and actors.asks_written_reply(query) else []
        lead = written or (self._summary_records() if spoken_first else [])
        if lead:
            rankings.insert(0, self.searcher.search(query, k=ASK_HITS, source="state", doc_ids=lead))
        merged: dict[str, Hit] = {}
        for rank in range(ASK_HITS):
            for ranking in rankings:
                if rank < len(ranking):
                    merged.setdefault(ranking[rank].paragraph.key, ranking[rank])
        return list(merged.values())[:ASK_HITS]

    def _fallback_note(self, reason: str | None, grounded: bool, language: str) -> str | None:
        """The note above an extractive answer that replaced the model's: named for what went wrong."""
        if reason in ("not_answered", "off_point") and not grounded:
            return None  # the model and the extractive answer agree: the documents do not answer
        phrases = self.prompts.get("extractive")
        name = fallback_phrase_name(reason)
        return phrases.phrase(name if phrases.has_phrase(name) else "llm_fallback", language)

    def _model_answer(self, question: str, hits: Sequence[Hit], *, role: str | None,
                      language: str) -> ModelOutcome:  # fmt: skip
        """Ask the model; never raises for model trouble (the reason says what went wrong)."""
        try:
            return self._llm_answer(question, hits, role=role, language=language)
        except LLMFailure as failure:
            log.warning("model answer unavailable (%s); answering extractively", failure.kind)
            kind = failure.kind if failure.kind in FALLBACK_REASONS else "error"
            return ModelOutcome(reason=kind)
        except Exception as error:  # never let model trouble cost the user an answer
            log.warning("model answer failed (%s); answering extractively", type(error).__name__)
            return ModelOutcome(reason="error")

    def _kept_sentences(self, query: str, paragraphs: Sequence[Paragraph], per_paragraph: int) -> dict[str, list[int]]:
        """For each paragraph longer than `per_paragraph` sentences, the indexes of its sentences closest to the query
        (meaning, shared words, and a figure when the question asks for one)."""
        scorer = self.parts().extractive.scorer
        similarities: dict[str, Any] = {}
        if scorer is not None:
            try:
                similarities = scorer.similarities(scorer.encode_question(query), list(paragraphs))
            except Exception:  # the encoder is a refinement; shared words still work without it
                similarities = {}
        query_terms = set(terms(query))
        fact = is_fact_question(query)
        kept: dict[str, list[int]] = {}
        for paragraph in paragraphs:
            sentences = split_sentences(paragraph.text)
            if len(sentences) <= per_paragraph:
                continue
            dense = similarities.get(paragraph.key)
            if dense is not None and len(dense) != len(sentences):
                dense = None
            values = []
            for index, sentence in enumerate(sentences):
                shared = len(query_terms & set(terms(sentence.text))) / max(len(query_terms), 1)
                value = (float(dense[index]) if dense is not None else 0.0) + 0.5 * shared - 0.002 * index
                if fact and HAS_FIGURE.search(sentence.text):
                    value += 0.15
                values.append(value)
            order = sorted(range(len(sentences)), key=lambda i: values[i], reverse=True)
            kept[paragraph.key] = sorted(order[:per_paragraph])
        return kept

    def _llm_answer(self, question: str, hits: Sequence[Hit], *, role: str | None,
                    language: str) -> ModelOutcome:  # fmt: skip
        """The model's answer if it passed the gate, else why not."""
        assert self.chat is not None
        parts = self.parts()
        attribution = parts.extractive.attributor.for_language("en")
        compact = self.chat.self_hosted
        chosen = [hit.paragraph for hit in hits[: COMPACT_ASK_PARAGRAPHS if compact else len(hits)]]
        offered = {paragraph.key: paragraph for paragraph in chosen}
        kept = self._kept_sentences(question, chosen, COMPACT_ASK_SENTENCES) if compact else None
        variables = {
            "question": question,
            "paragraphs": paragraph_inputs(chosen, attribution, kept),
            "role": role or "",
            "language": language,
        }
        messages = self.prompts.get("system").render(role=role or "") + self.prompts.get("answer").render(**variables)
        display_attribution = parts.extractive.attributor.for_language(language)
        repair_phrases = self.prompts.get("repair")
        gated = draft_answer(
            self.chat,
            messages,
            offered,
            attribution=display_attribution,
            repair=lambda draft, problem: describe_problems(draft, problem, repair_phrases.phrase, offered),
            repair_rounds=self.settings.openai_repair_rounds,
            state_names=sorted(parts.extractive.corpus_names.countries),
        )
        problem = gated.problem
        if problem is not None:
            log.info(
                "model answer refused (%s) after %d round(s): %d kept, %d dropped, %d unsupported figures, "
                "%d unverified quotations",
                problem, gated.rounds, len(gated.citations), len(gated.dropped), len(gated.unsupported),
                len(gated.unverified_quotations),
            )  # fmt: skip
            return ModelOutcome(reason=problem)
        return ModelOutcome(
            answer=Answer(
                question=question,
                text=gated.text,
                citations=gated.citations,
                mode="llm",
                grounded=True,
                hits=list(hits),
                prompt_id="answer",
                prompt_hash=self.prompts.combined_hash(["system", "answer", "attributions", "repair"]),
                model=self.chat.name,
            )
        )

    # -- follow-ups

    def followups(self, topic: str, *, source: str | None = None, role: str | None = None) -> Followups:
        """Draft 3-5 follow-up questions on a topic. Raises BadInput for an unusable topic or filter."""
        self._check_filters(source, role)
        self.prompts.reload_if_changed()
        topic = self._clean(topic)
        drafter = self.parts().drafter
        by_side = drafter.side_hits(topic)
        note = reason = None
        if self.chat is not None and any(by_side.values()):
            try:
                drafted, reason = self._llm_followups(topic, by_side, role=role, source=source)
                if drafted is not None:
                    return drafted
            except LLMFailure as failure:
                log.warning("model follow-ups unavailable (%s); using templates", failure.kind)
                reason = failure.kind if failure.kind in FALLBACK_REASONS else "error"
            except Exception as error:
                log.warning("model follow-ups failed (%s); using templates", type(error).__name__)
                reason = "error"
            phrases = self.prompts.get("followup_templates")
            unavailable = reason in UNAVAILABLE and phrases.has_phrase("llm_unavailable")
            note = phrases.phrase("llm_unavailable" if unavailable else "llm_fallback", question_language(topic))
        drafted = drafter.draft(topic, role=role, source=source, by_side=by_side)
        if note:
            drafted.note = f"{drafted.note} {note}" if drafted.note else note
        drafted.fallback_reason = reason
        return drafted

    @staticmethod
    def _followup_problem(item, source: str | None) -> str | None:
        """Why a drafted follow-up question cannot be shown (None when it can)."""
        problem = item.problem
        if problem is None and (not item.text or not item.basis):
            problem = "bad_output"
        critic_missing = not ("state" in item.sides and item.sides & {"un", "ngo"})
        if problem is None and item.basis == "state-vs-critic" and critic_missing:
            problem = "basis_sides"  # the basis claims a State claim beside a critic: both must be cited
        if problem is None and item.basis == STANDARD_BASIS and not {"state", STANDARD_SIDE} <= item.sides:
            problem = "basis_sides"  # a State claim beside a General Comment: both must be cited
        if problem is None and source and source not in item.sides:
            problem = "filtered"
        return problem

    def _llm_followups(self, topic: str, by_side: dict[str, list[Hit]], *, role: str | None,
                       source: str | None) -> tuple[Followups | None, str | None]:  # fmt: skip
        """The model's follow-ups if enough passed the gate, else (None, why not)."""
        assert self.chat is not None
        parts = self.parts()
        attribution = parts.extractive.attributor.for_language("en")
        compact = self.chat.self_hosted
        limit = COMPACT_FOLLOWUP_PARAGRAPHS if compact else FOLLOWUP_PARAGRAPHS
        offered: dict[str, Paragraph] = {}
        for rank in range(max((len(h) for h in by_side.values()), default=0)):  # interleave the sides
            for side in SIDES:
                hits = by_side.get(side, [])
                if rank < len(hits) and len(offered) < limit:
                    offered.setdefault(hits[rank].paragraph.key, hits[rank].paragraph)
        chosen = list(offered.values())
        kept = self._kept_sentences(topic, chosen, COMPACT_FOLLOWUP_SENTENCES) if compact else None
        most = COMPACT_FOLLOWUP_QUESTIONS if compact else MAX_QUESTIONS
        variables = {
            "topic": topic,
            "paragraphs": paragraph_inputs(chosen, attribution, kept),
            "role": role or "",
            "min_questions": MIN_QUESTIONS,
            "max_questions": most,
        }
        messages = self.prompts.get("system").render(role=role or "") + self.prompts.get("followups").render(
            **variables
        )
        repair_phrases = self.prompts.get("repair")
        conversation = list(messages)
        questions: list[FollowupQuestion] = []  # every question that passed the gate, in any round
        for round_number in range(1, max(self.settings.openai_repair_rounds, 0) + 2):
            drafted, raw = draft_followups(
                self.chat, conversation, offered, attribution=attribution, max_questions=most
            )
            problems = [self._followup_problem(item, source) for item in drafted]
            # a question that passed stays passed: a small model often rewrites the good ones while fixing the rest
            seen = {question.text.casefold() for question in questions}
            for item, problem in zip(drafted, problems, strict=True):
                if problem is None and item.text.casefold() not in seen:
                    seen.add(item.text.casefold())
                    questions.append(FollowupQuestion(text=item.text, basis=item.basis, citations=item.citations))
            if len(questions) >= MIN_QUESTIONS or round_number > self.settings.openai_repair_rounds:
                break
            if not any(problem not in (None, "filtered") for problem in problems):
                break  # nothing a repair could fix: too few questions, or too few on the side asked for
            log.info("model follow-ups repair round %d: %d of %d passed", round_number, len(questions), len(drafted))
            repair = describe_followup_problems(drafted, problems, repair_phrases.phrase, offered)
            conversation += [("ai", raw), ("human", repair)]
        if len(questions) < MIN_QUESTIONS:
            failed = [p for p in problems if p is not None]
            log.info("model follow-ups refused: %d of %d passed the gate (%s)", len(questions), len(drafted),
                     ", ".join(failed) or "too few questions")  # fmt: skip
            counted = ["no_citation" if p == "basis_sides" else p for p in failed if p != "filtered"]
            counted = [p for p in counted if p in FALLBACK_REASONS]
            reason = max(counted, key=counted.count) if counted else "no_citation"  # ties: the first question's
            return None, reason
        phrases = self.prompts.get("followup_templates")
        blank = {name: "" for name in self.prompts.get("followup_templates").variables}
        return Followups(
            topic=topic,
            mode="llm",
            questions=questions[:MAX_QUESTIONS],
            note=phrases.phrase("intro", question_language(topic), **{**blank, "topic": topic, "role": role or ""}),
            prompt_id="followups",
            prompt_hash=self.prompts.combined_hash(["system", "followups", "attributions", "repair"]),
            model=self.chat.name,
        ), None

    # -- the briefing pack

    def brief(self, *, role: str | None = None, max_questions: int = DEFAULT_MAX_QUESTIONS, topic: str | None = None,
              progress: Progress | None = None) -> Brief:  # fmt: skip
        """The briefing pack over the whole dialogue (or the topics `topic` names). With a model, each topic's
        questions are the model's when enough of them pass the quote gate (as for follow-ups), else the offline ones.
        Raises BadInput for an unusable topic, role or count."""
        self._check_filters(None, role)
        if isinstance(max_questions, bool) or not isinstance(max_questions, int) or max_questions < 1:
            raise BadInput(f"max_questions must be a positive whole number, not {max_questions!r}.")
        self.prompts.reload_if_changed()
        topic = self._clean(topic) if topic is not None else None

        def model_questions(title: str, by_side: dict[str, list[Hit]]) -> list[FollowupQuestion] | None:
            try:
                drafted, _reason = self._llm_followups(title, by_side, role=role, source=None)
            except Exception as error:  # LLMFailure or anything else: the topic keeps its offline questions
                log.warning("model questions for a brief topic unavailable (%s)", type(error).__name__)
                return None
            return drafted.questions if drafted is not None else None

        builder = BriefBuilder(self.parts().drafter)
        brief = builder.build(role=role, max_questions=max_questions, topic=topic, progress=progress,
                              model_questions=model_questions if self.chat is not None else None)  # fmt: skip
        if brief.mode == "llm" and self.chat is not None:
            brief.model = self.chat.name
        return brief


# ---------------------------------------------------------------- evaluation support


def verification_summary(answers: Iterable[Answer], searcher: Retriever) -> dict:
    """Re-verify every citation of every answer against the stored paragraph; shares per answer mode.

    Returns {"modes": {mode: {"answers", "grounded", "grounded_share", "quotes", "verified", "verified_share"}},
             "answers", "quotes", "verified", "verified_share"}. A share is None when there is nothing to count.
    """
    modes: dict[str, dict[str, Any]] = {}
    for answer in answers:
        row = modes.setdefault(answer.mode, {"answers": 0, "grounded": 0, "quotes": 0, "verified": 0})
        row["answers"] += 1
        row["grounded"] += 1 if answer.grounded else 0
        for citation in answer.citations:
            row["quotes"] += 1
            try:
                paragraph = searcher.paragraph(citation.doc_id, citation.paragraph)
            except Exception:  # an unknown paragraph is simply unverified
                paragraph = None
            if paragraph is not None and verify_quote(citation.quote, paragraph):
                row["verified"] += 1
    for row in modes.values():
        row["grounded_share"] = row["grounded"] / row["answers"] if row["answers"] else None
        row["verified_share"] = row["verified"] / row["quotes"] if row["quotes"] else None
    quotes = sum(row["quotes"] for row in modes.values())
    verified = sum(row["verified"] for row in modes.values())
    return {
        "modes": modes,
        "answers": sum(row["answers"] for row in modes.values()),
        "quotes": quotes,
        "verified": verified,
        "verified_share": verified / quotes if quotes else None,
    }


def fallback_summary(answers: Iterable[Answer]) -> dict:
    """How often a configured model's answer was replaced, by reason (`prepbot eval`).

    Returns {"model_answers": answers the model was asked for (mode llm, or a fallback with a reason), "llm": how many
    it answered, "fallbacks": {reason: count}} (reasons in prepbot.answering.llm.FALLBACK_REASONS order).
    """
    asked = used = 0
    counts: dict[str, int] = {}
    for answer in answers:
        if answer.mode == "llm":
            asked += 1
            used += 1
        elif answer.fallback_reason:
            asked += 1
            counts[answer.fallback_reason] = counts.get(answer.fallback_reason, 0) + 1
    order = {reason: index for index, reason in enumerate(FALLBACK_REASONS)}
    ordered = dict(sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))
    return {"model_answers": asked, "llm": used, "fallbacks": ordered}


def format_fallbacks(summary: dict) -> str:
    """One line for `prepbot eval`: "model: 10 of 15 answered; fallbacks by reason: length 2, no_citation 3" (empty
    when no model was asked)."""
    if not summary.get("model_answers"):
        return ""
    reasons = ", ".join(f"{reason} {count}" for reason, count in summary["fallbacks"].items()) or "none"
    return f"model: {summary['llm']} of {summary['model_answers']} answered; fallbacks by reason: {reasons}"
