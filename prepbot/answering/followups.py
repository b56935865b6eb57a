"""Follow-up question drafting (template mode): 3-5 questions in a Committee member's style on a topic, each
grounded in cited paragraphs and labelled with its basis (prepbot.core.vocabulary.BASES).

prepbot.answering.issues finds what is worth asking (a State claim beside the UN or NGO concern about the same
sub-point, a question no reply answers, a figure asked for and not given, a measure whose effect is not shown); this
module picks 3-5 of them that do not ask the same thing and words each one short, naming the law, institution or
figure, with prompts/followup_templates.toml (in Russian when the topic is in Russian; quotes stay verbatim). The
citations go under the question, not into it. Model mode (prepbot.answering.answerer) has the model write them;
either way every citation passes prepbot.answering.verify.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from prepbot.answering.extractive import ExtractiveAnswerer
from prepbot.answering.issues import Issue, IssueFinder, Passage, Pools, figures
from prepbot.answering.prompts import PromptRegistry
from prepbot.answering.text import capitalised, question_language, terms
from prepbot.answering.treaty_bodies import body_name
from prepbot.answering.verify import verified_citations
from prepbot.core.contracts import Retriever
from prepbot.core.records import Citation, DocumentEntry, FollowupQuestion, Followups, Hit
from prepbot.core.vocabulary import COMMITTEE_ROLES, STANDARD_BASIS

MIN_QUESTIONS = 3
MAX_QUESTIONS = 5
CITED_PER_QUESTION = 3
STRONG_SHARE = 0.85  # a fourth or fifth question only when it is nearly as likely as the best one
TEMPLATE_VARIABLES = ("topic", "subject", "claim", "concern", "recommendation", "concern_source", "request", "asker",
                      "figure", "role", "claim_label", "concern_label", "request_label", "standard",
                      "standard_source", "standard_label")  # fmt: skip
STANDARD_PER_TOPIC = 1  # state-vs-standard questions a topic may have: the dialogue's own bases come first
# Share of a topic's weighted terms (IDF) a question's passages must hold: "pretrial" alone of "pretrial detention"
# (0.6), not "detention" alone (0.4); either word of "peaceful assemblies".
ON_TOPIC_SHARE = 0.45

_REPORTING_PREFIX = re.compile(
    r"^(?:(?:while|although)\s[^,]{0,120},\s*)?(?:(?:however|moreover|furthermore|in addition|also|thus|at the same "
    r"time|in this regard),?\s+)?[^;:]{0,140}?\b(?:(?:was|were|is|are|remained)\s+)?(?:(?:seriously|deeply|also|"
    r"further)\s+)?(?:concerned|noted(?: with (?:concern|regret))?|reported|stated|observed|indicated|found|"
    r"(?:expressed|raised) (?:\w+\s+)?concerns?|regretted|deplored|criticized|criticised|highlighted|considered|said|"
    r"added|explained|emphasi[sz]ed|underlined|pointed out)\s+(that|because|about|at|over|regarding|by|the|a|an),?\s+"
    r"(?:(?:the\s+)?reports?\s+(?:suggesting\s+|indicating\s+)?that\s+)?",
    re.IGNORECASE,
)
_RECOMMENDED = re.compile(
    r"^[^;:]{0,140}?\b(?:recommended|urged|called (?:on|upon))\s+(?:that\s+)?(?:Kazakhstan|the State(?: party)?|the "
    r"Government|it)\s+(?:to\s+)?",
    re.IGNORECASE,
)
_DESPITE = re.compile(r"^(?:despite|notwithstanding|in spite of)\b[^,]{0,160},\s*", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:in (?:particular|addition|this regard|practice|fact)|moreover|however|furthermore|thus|also|at the same "
    r"time|therefore|nevertheless|meanwhile|unfortunately|notably|finally|first|secondly|thirdly|as a result|but|and|"
    r"yet|so|at the moment|in our opinion|for example|e\.g\.),\s*",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:(?:during|in|on|since|from|after|before|with (?:respect|regard) to|as (?:for|regards|of)|according to|"
    r"under|following|within|for)\s[^,]{2,90}),\s*",
    re.IGNORECASE,
)
_KEEP_CAPITALISED = frozenset(
    """Committee Kazakhstan State Government Ombudsman Constitution Constitutional Council Court Parliament President
    Ministry Procurator Prosecutor United Special Office Covenant Convention Code Law Act Rapporteur Commissioner
    Republic Senate Majilis Supreme January February March April May June July August September October November
    December Almaty Astana I NGOs UN""".split()
)


# ---------------------------------------------------------------- wording helpers


def _terms_unhyphened(text: str) -> set[str]:
    """A text's terms, with its hyphenated words also read as one ("pre-trial" -> "pretri")."""
    return set(terms(text)) | set(terms(re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", text)))


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0].rstrip(",;:")
    if (
        first[:1].isupper()
        and (first[1:].islower() or len(first) == 1)
        and first.isalpha()
        and first not in _KEEP_CAPITALISED
    ):
        return first.lower() + text[len(first) :]
    return text


_DANGLING = re.compile(r"(?:\s+(?:and|or|but|which|that|while|the|a|an|of|to|in|on|for|by|with|as|is|are|was|were))+$",
                       re.IGNORECASE)  # fmt: skip
_CLAUSE_BOUNDARY = re.compile(  # where a main clause ends: cutting there leaves a sentence that still says something
    r";\s|:\s|,\s(?:which|while|whereas|including|as well as|and that|but|since|because|given that|although|"
    r"in particular|in order to|with a view to)\s|\s(?:and|while) (?:the |it |they )?(?:[A-Z][\w-]* ){0,4}(?:Committee|"
    r"Rapporteur|team|UNHCR|UNICEF|Subcommittee)\b"
)


_ANOTHER_BODY = re.compile(
    r"[,;]?\s(?:and|while|whereas) (?:the |it |they )?(?:[A-Z][\w-]*,? (?:(?:on|of|for|against|the) )*){0,6}"
    r"(?:Committee|Rapporteur|team|UNHCR|UNICEF|Subcommittee)\b.*$",
    re.DOTALL,
)


def _one_voice(text: str) -> str:
    """A clause without what another body said after it ("... services and the Committee on X recommended ...")."""
    return _ANOTHER_BODY.sub("", text)


def _shorten(text: str, max_words: int) -> str:
    """At most about `max_words` words: cut only where a clause ends (past a third of the way; up to twice as far
    when no clause ends sooner), marked "…"; a sentence with no such place is kept whole rather than cut mid-way."""
    text = text.rstrip(" .;:,")
    words = text.split()
    if len(words) <= max_words + 4:
        return text
    ends = [m.start() for m in _CLAUSE_BOUNDARY.finditer(text)]
    counted = [(end, len(text[:end].split())) for end in ends]
    fitting = [end for end, count in counted if max(8, max_words // 3) <= count <= max_words + 4]
    further = [end for end, count in counted if max_words + 4 < count <= 2 * max_words]
    boundary = max(fitting) if fitting else min(further, default=-1)
    if boundary <= 0:
        return text
    return _DANGLING.sub("", text[:boundary].rstrip(" .;:,")).rstrip(" .;:,") + " …"


def as_clause(sentence: str, *, max_words: int = 45) -> str:
    """A sentence made to fit after "that ...": lead-ins ("However,", "Despite X,", "During the events of 2022,")
    and the reporting prefix ("X expressed concern that") dropped, "recommended that Kazakhstan do" turned into
    "Kazakhstan should do", a concern about a noun phrase made "... is of concern", first word lowered when safe, no
    final stop, cut at a clause boundary when long."""
    text = sentence.strip()
    for _ in range(3):
        before = text
        text = _LEAD_IN.sub("", text)
        opener = _DESPITE.match(text) or _OPENER.match(text)
        if opener and len(text[opener.end() :].split()) >= 8:
            text = text[opener.end() :]
        if text == before:
            break
    recommended = _RECOMMENDED.match(text)
    prefix = _REPORTING_PREFIX.match(text)
    if recommended and len(text) - recommended.end() > 25:
        rest = text[recommended.end() :]
        subject = re.search(r"(Kazakhstan|the State(?: party)?|the Government|it)\s+(?:to\s+)?$", recommended.group(0))
        who = subject.group(1) if subject and subject.group(1) != "it" else "Kazakhstan"
        text = f"{who} should {rest}"
    elif prefix and len(text) - prefix.end() > 25:
        rest = text[prefix.end() :]
        if prefix.group(1).lower() in ("about", "at", "over", "regarding", "by"):  # a concern about a noun phrase
            return _shorten(_lower_first(rest), max_words) + " is of concern"
        if prefix.group(1).lower() in ("the", "a", "an"):  # "deplored the paucity of ..."
            return _shorten(prefix.group(1).lower() + " " + rest, max_words) + " is of concern"
        text = rest
    return _shorten(_lower_first(_one_voice(text)), max_words)


_RECOMMENDATION = re.compile(
    r"\b(?:recommended|urged|called (?:on|upon)|encouraged|requested)\s+(?:that\s+)?"
    r"(?:(?:Kazakhstan|the State(?: party)?|the Government|it)\s+(?:to\s+|should\s+)?)?(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def as_recommendation(sentence: str, *, max_words: int = 22) -> str:
    """What a UN body or NGO recommended, as what the State party could have done: "to bring X into line with Y"
    (from "recommended that Kazakhstan bring X ...") or "towards ensuring X" (from "recommended ensuring X"); "" when
    the sentence recommends nothing."""
    match = _RECOMMENDATION.search(sentence.strip())
    if match is None:
        return ""
    rest = _one_voice(match.group("rest").strip())
    first = rest.split(" ", 1)[0]
    if not first.isalpha() or not first.islower() or len(rest.split()) < 4:
        return ""
    if first.endswith("ing") and re.search(r"[aeiouy]", first[:-3]):  # "ensuring", not "bring"
        return "towards " + _shorten(rest, max_words)
    if first in ("the", "a", "an", "all", "any", "its", "their", "that", "this", "measures", "steps"):
        return ""
    return "to " + _shorten(rest, max_words)


_WANTED = re.compile(
    r"\b(?:would be grateful for|would (?:also )?(?:welcome|appreciate)|would like to (?:receive|have|see)|requested|"
    r"sought)\s+(?:any\s+|further\s+|more\s+|an?\s+|the\s+)?(information|details|clarification|an update|updated "
    r"information|data|statistics|figures|comments?|examples?)\s+(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CLARIFY = re.compile(
    r"^(?:clarification|information|details|an explanation) (?:of|on|as to|about) ((?:whether|how|why|what|when)\b.*?)"
    r"(?:,?\s+would be (?:appreciated|welcome|useful|helpful))?$",
    re.IGNORECASE | re.DOTALL,
)


def as_request(sentence: str, *, max_words: int = 40) -> str:
    """A question someone asked, as a direct request: "Please indicate whether ...", from "... please indicate ...",
    from reported speech ("He wished to know whether X" -> "Please explain whether X"), or the sentence itself."""
    text = sentence.strip().rstrip(" .;:?")
    please = re.search(r"\bplease\b", text, re.IGNORECASE)
    reported = re.search(
        r"\b(?:asked|wished to know|would like to know|wanted to know|enquired|inquired|wondered|(?:questions?|issue)"
        r" (?:may|might|should|could) (?:be raised|arise)[^:]*:?|questions? aris\w*|remains? (?:open|unclear))\s*"
        r"(?:[-–—:]\s*)?(whether|if|how|why|what|when|which|who)\b\s*(.*)$",
        text,
        re.IGNORECASE | re.DOTALL,
    )
    wanted = _WANTED.search(text)
    if please:
        text = "Please" + text[please.end() :]
    elif reported:
        text = f"Please explain {reported.group(1).lower()} {reported.group(2)}"
    elif wanted:  # "She would be grateful for information on X" -> "Please provide information on X"
        text = f"Please provide {wanted.group(1).lower()} {wanted.group(2)}"
    elif clarify := _CLARIFY.match(text):  # "Clarification of whether X would be appreciated" -> "Please clarify X"
        text = f"Please clarify {clarify.group(1)}"
    if text.startswith("Please"):
        return _shorten(text, max_words)
    clause = as_clause(text, max_words=max_words)
    return capitalised(clause)


def as_data_request(sentence: str) -> str | None:
    """What was asked for, from "... provide statistical data on X ..." -> "statistical data on X"."""
    match = re.search(
        r"\b(?:provide|share|submit|give|collect|publish)\s+(?:the Committee with\s+|updated\s+|(?:any\s+)?)?",
        sentence, re.I,
    )  # fmt: skip
    if match:
        request = sentence[match.end() :].strip().rstrip(" .;:?")
    else:
        missing = re.search(r"\b(?:no|lack of|absence of)\s+((?:official\s+|reliable\s+)?(?:data|statistic\w*)"
                            r"[^.;]*)", sentence, re.I)  # fmt: skip
        if not missing:
            return None
        request = missing.group(1).strip().rstrip(" .;:?")
    return _shorten(request, 25) if len(request.split()) >= 3 else None


def figure_phrase(text: str) -> str:
    """The first figure of a sentence with the words it counts: "51 criminal cases"."""
    for number in figures(text):
        match = re.search(re.escape(number) + r"(\s+(?:per cent|%))?((?:\s+[a-z][\w-]*){1,3})", text)
        if match:
            words = match.group(2).split()
            while words and words[-1].lower() in {"of", "in", "and", "the", "to", "for", "were", "was", "had", "have",
                                                  "has", "are", "on", "by", "with", "from"}:  # fmt: skip
                words.pop()
            if words:
                return f"{number}{match.group(1) or ''} {' '.join(words)}"
    return ""


# ---------------------------------------------------------------- choosing


def distinct(issues: Sequence[Issue], limit: int, *, used: set[str] | None = None) -> list[Issue]:
    """The most likely issues, no two asking the same thing: no shared lead passage or concern, no shared subject,
    not every cited paragraph already cited by a chosen one; at most STANDARD_PER_TOPIC beside a General Comment."""
    chosen: list[Issue] = []
    standards = 0
    used = set() if used is None else used
    leads: set[str] = set()
    subjects: set[str] = set()
    for issue in sorted(issues, key=lambda i: i.score, reverse=True):
        if len(chosen) >= limit:
            break
        keys = issue.keys[:CITED_PER_QUESTION]
        lead = issue.standard.key if issue.standard else keys[0]  # a claim beside a General Comment asks anew
        concern = issue.concern.key if issue.concern else None
        subject = issue.subject.lower()
        if lead in leads or (concern and concern in leads) or (subject and subject in subjects):
            continue
        if set(keys) <= used:
            continue
        if issue.basis == STANDARD_BASIS:
            if standards >= STANDARD_PER_TOPIC:
                continue
            standards += 1
        chosen.append(issue)
        leads.add(lead)
        if concern:
            leads.add(concern)
        if subject:
            subjects.add(subject)
        used.update(keys)
    return chosen


def how_many(issues: Sequence[Issue]) -> int:
    """3-5: as many of the best issues as are nearly as likely as the best one (at least 3 when there are 3)."""
    if not issues:
        return 0
    best = issues[0].score
    strong = sum(1 for issue in issues if issue.score >= STRONG_SHARE * best)
    return max(min(MIN_QUESTIONS, len(issues)), min(MAX_QUESTIONS, strong))


# ---------------------------------------------------------------- the drafter


class FollowupDrafter:
    """Template-mode follow-up questions. Safe to share between threads."""

    def __init__(
        self,
        searcher: Retriever,
        extractive: ExtractiveAnswerer,
        prompts: PromptRegistry,
        documents: Mapping[str, DocumentEntry],
    ) -> None:
        self.searcher = searcher
        self.extractive = extractive
        self.prompts = prompts
        self.documents = documents
        self.finder = IssueFinder(searcher, extractive, documents)

    def side_hits(self, topic: str) -> dict[str, list[Hit]]:
        """The topic's paragraphs per side (what the model sees when it drafts), most relevant first."""
        return self.finder.pools(topic).hits()

    # -- wording

    def _source(self, passage: Passage, language: str) -> str:
        phrases = self.prompts.get("followup_templates")
        if passage.side == "un" and language == "en":
            name = body_name(passage.paragraph.text, passage.span.start, passage.span.end)
            if name:
                return name
        side = passage.side if passage.side in ("un", "ngo") else "un"
        return phrases.phrase(f"source_{side}", language)

    def _asker(self, passage: Passage) -> str:
        paragraph = passage.paragraph
        if paragraph.speaker and (paragraph.speaker_role or "").lower() in COMMITTEE_ROLES:
            return paragraph.speaker
        if paragraph.author_type == "ngo":
            return self.prompts.get("followup_templates").phrase("source_ngo")
        document = self.documents.get(paragraph.doc_id)
        if document and document.mechanism:
            return f"the {document.mechanism}"
        return "the Committee"

    def variables(self, issue: Issue, *, topic: str, role: str | None, language: str) -> dict[str, Any]:
        """What the templates see for one issue (every declared variable, blank when it does not apply)."""
        values: dict[str, Any] = {name: "" for name in TEMPLATE_VARIABLES}
        values.update(topic=topic, role=role or "", subject=issue.subject)
        if issue.claim is not None:
            values["claim"] = as_clause(issue.claim.span.text, max_words=18)
            values["claim_label"] = issue.claim.paragraph.citation
            values["figure"] = figure_phrase(issue.claim.span.text)
        if issue.concern is not None:
            values["recommendation"] = as_recommendation(issue.concern.span.text)
            values["concern"] = as_clause(issue.concern.span.text, max_words=22)
            values["concern_label"] = issue.concern.paragraph.citation
            values["concern_source"] = self._source(issue.concern, language)
            said = values["recommendation"] or values["concern"]
            if language == "en" and issue.subject and issue.subject.lower() in said.lower():
                values["subject"] = ""  # the concern already names it
        if issue.standard is not None:
            document = self.documents.get(issue.standard.paragraph.doc_id)
            values["standard"] = as_clause(issue.standard.span.text, max_words=22)
            values["standard_label"] = issue.standard.paragraph.citation
            values["standard_source"] = (document.mechanism if document and document.mechanism else "") or (
                self.prompts.get("followup_templates").phrase("source_standard", language)
            )
        if language != "en" and not values["subject"]:  # the clauses stay English: name what the question is about
            lead = issue.concern or issue.request or issue.claim
            values["subject"] = self.finder.matcher.key_phrase(lead.span.text) if lead is not None else ""
        if issue.request is not None:
            text = issue.request.span.text
            request = as_data_request(text) if issue.basis == "missing-data" else None
            values["request"] = request or as_request(text, max_words=30)
            values["request_label"] = issue.request.paragraph.citation
            values["asker"] = self._asker(issue.request)
        return values

    def word(self, issue: Issue, *, topic: str, role: str | None, language: str) -> str:
        phrases = self.prompts.get("followup_templates")
        values = self.variables(issue, topic=topic, role=role, language=language)
        text = phrases.phrase(issue.basis.replace("-", "_"), language, **values)
        return re.sub(r"…\s*([.?:;,])", "…", text)

    def citations(self, issue: Issue, language: str = "en") -> list[Citation]:
        """The issue's passages through the quote gate (lead first, at most CITED_PER_QUESTION), each introduced in
        the question's language."""
        attribution = self.extractive.attributor.for_language(language)
        passages = issue.passages[:CITED_PER_QUESTION]
        offered = {p.key: p.paragraph for p in passages}
        citations, _dropped = verified_citations([(p.key, p.span.text) for p in passages], offered,
                                                 attribution=attribution)  # fmt: skip
        return citations

    def question(self, issue: Issue, *, topic: str, role: str | None, language: str) -> FollowupQuestion | None:
        citations = self.citations(issue, language)
        if not citations:
            return None
        return FollowupQuestion(self.word(issue, topic=topic, role=role, language=language), issue.basis, citations)

    # -- drafting

    def issues(self, topic: str, *, pools: Pools | None = None, source: str | None = None) -> list[Issue]:
        """The topic's issues, most likely first (only those citing `source` when given)."""
        if source in ("un", "ngo"):  # the other critics' concerns must not take the claims first
            pools = pools if pools is not None else self.finder.pools(topic)
            other = "ngo" if source == "un" else "un"
            pools = Pools({**pools.by_side, other: []}, pools.relevance)
        found = self.finder.find(topic, pools)
        if source:
            found = [issue for issue in found if source in issue.sides]
        # the topic's own words, when the documents use them, must be in what each question sets side by side: a
        # concern from the same section of the documents ("mixed security facilities" under "conditions of
        # detention") is not a question on "pretrial detention"
        on_topic = [issue for issue in found if self.on_topic(issue, topic)]
        return on_topic or found

    def on_topic(self, issue: Issue, topic: str) -> bool:
        """Whether the passages the question rests on name its topic: of the paragraphs it sets side by side (a State
        claim and the concern beside it; else its lead alone), one holds most of the topic's weighted terms and the
        other some of them (hyphens aside: "pre-trial" is "pretrial")."""
        weights = self.extractive.question_terms(topic)
        if issue.basis in ("state-vs-critic", STANDARD_BASIS):
            paired = [issue.claim, issue.concern or issue.standard]
        else:
            paired = [issue.concern or issue.request or issue.claim]
        shares = [
            self.extractive.coverage(weights, _terms_unhyphened(passage.paragraph.text)) if passage else 0.0
            for passage in paired
        ]
        return max(shares) >= ON_TOPIC_SHARE and min(shares) > 0

    def draft(
        self,
        topic: str,
        *,
        role: str | None = None,
        source: str | None = None,
        by_side: Mapping[str, list[Hit]] | None = None,
    ) -> Followups:
        language = question_language(topic)
        pools = None
        if by_side is not None:
            pools = Pools({s: [h.paragraph for h in hits] for s, hits in by_side.items()},
                          {h.paragraph.key: float(h.score) for hits in by_side.values() for h in hits})  # fmt: skip
        candidates = distinct(self.issues(topic, pools=pools, source=source), MAX_QUESTIONS)
        questions: list[FollowupQuestion] = []
        for issue in candidates[: how_many(candidates)]:
            question = self.question(issue, topic=topic, role=role, language=language)
            if question is not None:
                questions.append(question)
        return Followups(
            topic=topic,
            mode="template",
            questions=questions,
            note=self.note(topic, role, language, found=bool(questions)),
            prompt_id="followup_templates",
            prompt_hash=self.prompts.combined_hash(["followup_templates", "attributions"]),
        )

    def note(self, topic: str, role: str | None, language: str, *, found: bool) -> str:
        phrases = self.prompts.get("followup_templates")
        values = {name: "" for name in TEMPLATE_VARIABLES} | {"topic": topic, "role": role or ""}
        return phrases.phrase("intro" if found else "none_found", language, **values)
