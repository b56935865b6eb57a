"""The briefing pack: the whole dialogue, grouped into the topics the documents raise (the State report's titled
sections), and for each topic the anticipated questions (most likely first), the State's position, the concerns of UN
bodies and NGOs, and what the State left unanswered, every quote verified. No Telegram and no click here: the CLI
(`prepbot brief`) and the bot (`/brief`) render what `BriefBuilder.build` returns (prepbot.answering.brief_render).

Questions across the pack are chosen most likely first within `max_questions`: every topic that has one gets its best
question first, then the rest go by likelihood (several sources on one sub-point, a treaty body's concern, closeness to
the topic), no two asking the same thing anywhere in the pack. With a model configured, the model writes each topic's
questions behind the same quote gate (prepbot.answering.answerer); a topic whose model questions do not pass keeps the
offline ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from prepbot.answering.followups import CITED_PER_QUESTION, MAX_QUESTIONS, STANDARD_PER_TOPIC, FollowupDrafter
from prepbot.answering.issues import CRITICS, Issue, Passage, Pools
from prepbot.answering.text import has_cyrillic, question_language, terms
from prepbot.answering.topics import Section
from prepbot.answering.verify import verified_citations
from prepbot.core.errors import BadInput
from prepbot.core.records import Brief, BriefTopic, Citation, FollowupQuestion, Hit
from prepbot.core.vocabulary import STANDARD_BASIS
from prepbot.retrieval.terms_ru import english_gloss

DEFAULT_MAX_QUESTIONS = 80
TOPIC_FIT = 0.3  # how well a section's heading must name a user's topic to be taken with the best
PER_TOPIC_MAX = 8  # questions one topic may take in a pack
QUOTED_PER_SECTION = 3  # State position / concerns / unanswered quotes shown per topic

Progress = Callable[[int, int, str], None]  # (topics done, topics in all, the topic just done)
ModelQuestions = Callable[[str, dict[str, list[Hit]]], list[FollowupQuestion] | None]


@dataclass
class _Drafted:
    """One topic's analysis before the pack-wide choice."""

    title: str
    pools: Pools
    issues: list[Issue]


class BriefBuilder:
    """Builds briefing packs from the follow-up drafter's analysis. Safe to share between threads."""

    def __init__(self, drafter: FollowupDrafter) -> None:
        self.drafter = drafter
        self.finder = drafter.finder

    # -- the topics

    def dialogue_topics(self) -> list[Section]:
        """The topics the documents raise: the titled sections of the State's documents, in document order (the
        other documents' sections when the State's have none)."""
        sections = self.finder.corpus().topics.sections
        state = [s for s in sections if s.side == "state"]
        return state or sections

    def _pools(self, section: Section) -> Pools:
        """A topic's paragraphs: what its title finds across the corpus, with its own section's paragraphs first."""
        pools = self.finder.pools(section.title)
        own = {p.key for p in section.paragraphs}
        relevance = dict(pools.relevance)
        for paragraph in section.paragraphs:
            relevance[paragraph.key] = max(relevance.get(paragraph.key, 0.0), 0.95)
        by_side = {side: list(items) for side, items in pools.by_side.items()}
        side = section.side
        if side:
            rest = [p for p in by_side.get(side, []) if p.key not in own]
            by_side[side] = (section.paragraphs + rest)[: max(30, len(section.paragraphs))]
        for items in by_side.values():
            items.sort(key=lambda p: relevance.get(p.key, 0.0), reverse=True)
        return Pools(by_side, relevance)

    def _drafted(self, section: Section) -> _Drafted:
        """One topic's paragraphs and the issues the follow-up drafter finds in them."""
        pools = self._pools(section)
        return _Drafted(section.title, pools, self.finder.find(section.title, pools, claim_on_topic=0.0))

    def matching(self, topic: str | None) -> tuple[list[Section], Section | None]:
        """The dialogue's topics, or the ones a user's topic names (best first; the closest one at least); and the
        heading to brief on instead should a Russian topic no heading names find nothing to ask in its own paragraphs
        (None for any other)."""
        sections = self.dialogue_topics()
        if not topic:
            return sections, None
        topics = self.finder.corpus().topics
        fits = dict(zip((id(s) for s in topics.sections), topics.fit(topic), strict=True))
        ranked = sorted(sections, key=lambda s: fits.get(id(s), 0.0), reverse=True)
        if not ranked:
            return [], None
        best = fits.get(id(ranked[0]), 0.0)
        if best < TOPIC_FIT:  # no heading names it: the topic itself, unless the documents never use its words
            used = set().union(*self.finder.corpus().terms.values())
            # a Russian topic by its English gloss ("пытки": tortur); one the glossary lacks is not judged
            words = set(terms(" ".join(english_gloss(topic)) if has_cyrillic(topic) else topic))
            if words and not words & used:
                raise BadInput(
                    f"The documents never speak of “{topic}”: no topic to brief on. Leave out --topic for every topic "
                    "the documents raise."
                )
            # "January 2022 events" is no heading of the State's documents: its closest heading ("Anti-corruption
            # measures") briefed on something else; the topic's own paragraphs across the corpus brief on it, a
            # Russian one's too («январские события 2022» was briefed as "Counter-terrorism measures"), with the closest
            # heading in its place should its own search find nothing to ask (`build`)
            return [Section("", topic)], ranked[0] if has_cyrillic(topic) else None
        return [s for s in ranked if fits.get(id(s), 0.0) >= max(TOPIC_FIT, best - 0.08)][:3] or ranked[:1], None

    # -- the pack

    def build(
        self,
        *,
        role: str | None = None,
        max_questions: int = DEFAULT_MAX_QUESTIONS,
        topic: str | None = None,
        progress: Progress | None = None,
        model_questions: ModelQuestions | None = None,
    ) -> Brief:
        """The briefing pack (for one topic when `topic` is given). `model_questions(title, paragraphs by side)`
        returns a topic's model-written questions, or None to keep the offline ones."""
        language = question_language(topic) if topic else "en"
        sections, instead = self.matching(topic)
        drafted: list[_Drafted] = []
        for done, section in enumerate(sections, start=1):
            drafted.append(self._drafted(section))
            if progress is not None:
                progress(done, len(sections), section.title)
        if instead is not None and not drafted[0].issues:  # a Russian topic's own paragraphs: nothing to ask
            drafted = [self._drafted(instead)]
            if progress is not None:
                progress(1, 1, instead.title)
        chosen = self._choose(drafted, max_questions)
        topics: list[BriefTopic] = []
        mode = "template"
        for index, item in enumerate(drafted):
            questions = None
            if model_questions is not None and chosen[index]:
                questions = model_questions(item.title, item.pools.hits())
                if questions:
                    questions = questions[: len(chosen[index])]
                    mode = "llm"
            if not questions:
                questions = [
                    q
                    for issue in chosen[index]
                    if (q := self.drafter.question(issue, topic=item.title, role=role, language=language))
                ]
            if not questions and not item.issues:
                continue
            topics.append(self._topic(item, questions))
        return Brief(
            role=role,
            mode=mode,
            topics=topics,
            title=topic or "",
            prompt_hash=self.drafter.prompts.combined_hash(["followup_templates", "attributions"]),
        )

    def _choose(self, drafted: Sequence[_Drafted], max_questions: int) -> list[list[Issue]]:
        """Most likely first across the pack: each topic's best issue, then the rest by score; at most
        PER_TOPIC_MAX per topic, STANDARD_PER_TOPIC of them beside a General Comment; no lead passage, concern or
        subject used twice in the pack."""
        chosen: list[list[Issue]] = [[] for _ in drafted]
        taken: set[str] = set()  # lead and concern paragraph keys already asked about
        subjects: set[tuple[str, str]] = set()
        cited: set[str] = set()

        def fits(index: int, issue: Issue) -> bool:
            keys = issue.keys[:CITED_PER_QUESTION]
            concern = issue.concern.key if issue.concern else None
            lead = issue.standard.key if issue.standard else keys[0]  # a claim beside a General Comment asks anew
            if lead in taken or (concern and concern in taken) or set(keys) <= cited:
                return False
            if issue.basis == STANDARD_BASIS and sum(i.basis == STANDARD_BASIS for i in chosen[index]) >= (
                STANDARD_PER_TOPIC
            ):
                return False
            return not (issue.subject and (issue.topic, issue.subject.lower()) in subjects)

        def take(index: int, issue: Issue) -> None:
            chosen[index].append(issue)
            keys = issue.keys[:CITED_PER_QUESTION]
            taken.add(issue.standard.key if issue.standard else keys[0])
            if issue.concern:
                taken.add(issue.concern.key)
            if issue.subject:
                subjects.add((issue.topic, issue.subject.lower()))
            cited.update(keys)

        budget = max(0, max_questions)
        firsts = sorted(
            ((index, next((i for i in item.issues if fits(index, i)), None)) for index, item in enumerate(drafted)),
            key=lambda pair: pair[1].score if pair[1] else 0.0,
            reverse=True,
        )
        for index, issue in firsts:
            if issue is not None and budget > 0 and fits(index, issue):
                take(index, issue)
                budget -= 1
        rest = sorted(
            ((index, issue) for index, item in enumerate(drafted) for issue in item.issues), key=lambda p: -p[1].score
        )
        for index, issue in rest:
            if budget <= 0:
                break
            if len(chosen[index]) >= PER_TOPIC_MAX or issue in chosen[index] or not fits(index, issue):
                continue
            take(index, issue)
            budget -= 1
        for issues in chosen:
            issues.sort(key=lambda i: i.score, reverse=True)
        return chosen

    # -- the quoted sections of a topic

    def _quote(self, passages: Sequence[Passage], limit: int = QUOTED_PER_SECTION) -> list[Citation]:
        seen: set[str] = set()
        unique = []
        for passage in passages:
            if passage.key not in seen:
                seen.add(passage.key)
                unique.append(passage)
            if len(unique) >= limit:
                break
        offered = {p.key: p.paragraph for p in unique}
        attribution = self.drafter.extractive.attributor.for_language("en")
        citations, _dropped = verified_citations([(p.key, p.span.text) for p in unique], offered,
                                                 attribution=attribution)  # fmt: skip
        return citations

    def _topic(self, item: _Drafted, questions: list[FollowupQuestion]) -> BriefTopic:
        issues = item.issues
        claims = [i.claim for i in issues if i.claim is not None and i.claim.side == "state"]
        if len(claims) < QUOTED_PER_SECTION:  # the topic's most relevant State paragraphs say the rest
            for paragraph in item.pools.by_side.get("state", [])[:QUOTED_PER_SECTION]:
                span, _fit = self.finder.best_sentence(paragraph, item.title, None)
                if span is not None:
                    claims.append(Passage(paragraph, span))
        concerns = [i.concern for i in issues if i.concern is not None and i.concern.side in CRITICS]
        unanswered = [
            (i.concern or i.request)
            for i in issues
            if i.basis in ("unanswered", "missing-data") and (i.concern or i.request) is not None
        ]
        return BriefTopic(
            title=item.title,
            questions=questions,
            state=self._quote(claims),
            concerns=self._quote(concerns),
            unanswered=self._quote([p for p in unanswered if p is not None]),
        )


__all__ = ["BriefBuilder", "DEFAULT_MAX_QUESTIONS", "MAX_QUESTIONS"]
