"""Whether the retrieved paragraphs answer the question: the relevance thresholds (calibrated on the question files
against off-topic questions), and what a quote must show for what the question names (its countries, people,
years, a figure), with the reason to abstain when it does not."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from prepbot.answering.dated_events import (
    EVENT_KINDS,
    PART_OF_YEAR,
    asks_some_months,
    dated_events,
    months_named,
    months_written,
    names_part_of_year,
    only_part_of_year,
)
from prepbot.answering.entities import (
    NOT_NAMES,
    ORGANIZATION_HEADS,
    CorpusNames,
    Named,
    absent_glossary_words,
    absent_quoted_names_ru,
    absent_quoted_phrases,
    bodies_named,
    breakdown_by,
    cities_named_ru,
    claimed_words,
    countries_in,
    countries_named_as_states,
    document_symbols,
    lower_case_names,
    mandates_named,
    named_in_question,
    names_body,
    neighbour_named,
    quoted_phrases_written,
    regions_named_ru,
    shows_pair,
    speakers_named_bare,
    specialised_words,
    spells_acronym,
    state_organs,
    text_names,
    unknown_latin_words,
    unknown_prefixed,
    unknown_word_pairs,
    unwritten_institutions,
    unwritten_organization,
    without_document_symbols,
    word_pairs,
    writes_phrase,
)
from prepbot.answering.figures import (
    AGES,
    AN_AVERAGE,
    AVERAGES,
    BY_AGE,
    BY_NATIONALITY,
    BY_REGION,
    BY_SEX,
    CASES_TERMS,
    DEATHS,
    FREQUENCY,
    GENERIC_COUNTED,
    HOW_MANY_RU,
    NATIONALITIES,
    PEOPLE_COUNTED,
    REGIONS,
    SEVERAL_COUNTED,
    SEXES,
    SUICIDE,
    StatedCount,
    StatedEvent,
    among_en,
    among_ru,
    asks_how_often,
    asks_when_ahead,
    asks_why,
    befell_asked,
    by_agent,
    cases_kind,
    cases_of,
    cause_forms,
    change_direction,
    change_written,
    changed_the_other_way,
    counted_as_written,
    counted_directly_ru,
    counted_event_ru,
    counted_kind,
    counted_of_ru,
    counted_qualifier,
    counted_topic_ru,
    counted_words,
    counts_another,
    counts_cases_of_ru,
    counts_deaths,
    counts_none,
    counts_only_the_dead,
    counts_stated,
    court_asked,
    dates_in,
    day_asked_in,
    death_agent,
    death_cause,
    death_penalty_named,
    event_the_other_way,
    figure_subject,
    figure_values,
    given_figures,
    given_the_other_way,
    gloss_names_people,
    group_context,
    group_context_ru,
    has_amount,
    has_count,
    has_date,
    has_rank,
    has_share,
    has_span,
    in_unit,
    kind_is_group,
    list_asked,
    lists_unnumbered,
    lives_as_deaths,
    measure_qualifier,
    measured_in_shares,
    month_of_another_year,
    names_counted,
    names_day,
    names_listed,
    names_month,
    near_any,
    offence_named,
    outcome_asked,
    paid_to_terms,
    payee_terms,
    printed_figures,
    prints_figure,
    received_what,
    reworded,
    rough_values,
    share_group,
    stated_counts,
    stated_dates,
    stated_event,
    stated_figures,
    stated_for_the_year,
    stated_pair,
    subset_asked,
    subset_group,
    units_asked,
    wants_amount,
    wants_date,
    wants_day,
    wants_duration,
    wants_figure,
    wants_month_or_day,
    wants_rank,
    wants_share,
    wants_span,
    without_figures,
    without_reference_numbers,
    without_shares,
    written_as_counted,
    year_stands_alone,
)
from prepbot.answering.standard_refs import without_references
from prepbot.answering.text import (
    A_YEAR,
    REQUEST,
    SAYING_TERMS,
    STOPWORDS,
    has_cyrillic,
    paragraph_terms,
    question_acronyms,
    stem,
    terms,
)
from prepbot.answering.treaty_bodies import committees_named, speaking_committees, spoken_by, without_committees
from prepbot.core.records import Paragraph
from prepbot.core.sentences import split_sentences
from prepbot.core.vocabulary import CHAIR_ROLE, COMMITTEE_ROLES, STANDARD_SIDE
from prepbot.retrieval import actors
from prepbot.retrieval.provisions import articles_named, names_article
from prepbot.retrieval.search import GLOSSARY, documents_wording, documents_wordings, documents_words
from prepbot.retrieval.standards import COMMITTEES
from prepbot.retrieval.terms_ru import english_gloss, english_topics, glossed_words, shows_topic


@dataclass
class Relevance:
    """How well the hits answer the question (for the "not found" decision)."""

    lexical: float  # best IDF-weighted share of the question's terms found in one paragraph (0..1)
    dense: float | None  # best meaning-level similarity of one sentence to the question (None: no encoder)
    similarity: float | None  # best question-paragraph similarity the searcher reported (Hit.similarity), if any
    grounded: bool


@dataclass(frozen=True)
class Thresholds:
    """When the retrieved paragraphs count as answering the question. Calibrated on the dev questions against
    off-topic ones (see the tests over the real index): a sentence close in meaning to the question, or, without a
    sentence encoder, enough of the question's weighted words in one paragraph."""

    min_dense: float = 0.32  # best sentence similarity (multilingual USE, cosine)
    min_lexical_alone: float = 0.6  # enough on its own even when the sentence similarity is lower
    min_dense_with_lexical: float = 0.25  # together with `min_lexical_with_dense`
    min_lexical_with_dense: float = 0.35
    # The searcher's question-paragraph similarity (Hit.similarity: e5 cosine, the same scale for every question,
    # unlike the fused score) backs a weaker sentence match, and below a floor vetoes any match (shared words alone
    # do not make "Who is the president of the United States?" answerable). Calibrated on dev.jsonl and
    # bench/probe.jsonl against bench/offtopic.jsonl (the tests hold other off-topic questions). 0.18 -> 0.17 at stop
    # 26: two Russian questions whose best hit the search ranks first at 0.854 ("что спрашивал коркелия про статью
    # 428 часть 3 ук", "сколько мест для митингов выделил маслихат алматы") are answered; no near miss of the eight
    # development sets and no off-topic question is answered for it, on either index.
    min_dense_with_search: float = 0.17
    min_similarity: float = 0.835
    min_similarity_cyrillic: float = 0.80
    # A Russian question's similarity to English text runs lower (no shared words); when one retrieved paragraph
    # shows every subject word it has in English (its lexical evidence: terms_ru), a lower similarity backs the
    # sentence match, as shared words do for English ("Что Комитет по правам человека говорит о спонтанных
    # собраниях?" against General Comment 37: 0.79). Calibrated on bench/nearmiss.jsonl's Russian items at 0.78;
    # lowered to the floor at stop 33, when an index built on another CPU (int8 kernels without AVX-512) put "Что
    # делегация ответила о независимости НПМ?" at 0.7778: over every development set's Russian questions, the two
    # it also lets through (n026, z070) are still declined, for an absent person and another country.
    min_similarity_cyrillic_topical: float = 0.775
    # the sentence match a topical Russian question needs beside it: the multilingual sentence encoder puts «одиночное
    # заключение» at 0.14 from "Please provide data on the use of solitary confinement", which the search ranks first
    # and whose paragraph shows every subject word in English (stop 67)
    min_dense_cyrillic_topical: float = 0.10
    similarity_floor: float = 0.81
    similarity_floor_cyrillic: float = 0.775
    min_lexical_without_encoder: float = 0.34


DEFAULT_THRESHOLDS = Thresholds()


# ---------------------------------------------------------------- what an answer must hold

# Why an answer abstains; `ask --json` gives the code as "abstain_reason", prompts/abstain.toml words each one.
ABSTAIN_REASONS = (
    "not_relevant",  # nothing retrieved speaks to the question
    "other_country",  # the question is about a country the documents (or the passages) do not cover
    "absent_person",  # a person the documents never name
    "person_silent",  # a person the documents name, but not in any passage that answers
    "person_elsewhere",  # a member who did not raise what the question asks; another member did (named as covered)
    "not_a_speaker",  # a person the documents name, asked what they asked in the dialogue, who does not speak there
    # a body (the Ombudsman, the Children's Commissioner) asked what it said at the meeting: the summary record names
    # no delegation speaker but "A representative of ..."
    "speaker_unnamed",
    # another treaty body or an organisation (CEDAW, an NGO, UNICEF) asked what it said at the meeting, where only the
    # Committee's members, its Chair and the delegation speak
    "not_at_the_meeting",
    "absent_document",  # a document symbol ("CCPR/C/KAZ/CO/3") the corpus neither holds nor cites
    "absent_paragraph",  # a paragraph number the document named does not have ("CCPR/C/KAZ/3 ¶999")
    "cited_document",  # a document symbol the corpus cites but does not hold, asked what it says ("CCPR/C/KAZ/QPR/3")
    "ambiguous_document",  # a General Comment named by a number several committees' documents carry, no subject
    "bare_document",  # a General Comment named with no subject to quote it on ("What does CESCR GC 19 say?")
    "absent_name",  # a proper name (place, body, event) the documents never use
    "absent_term",  # a specialised word ("polygamy", "surrogacy") the documents never use in any form
    "name_silent",  # a proper name the documents use, but not in any passage that answers
    "topic_silent",  # a Russian question's subject (in English: "пытках" -> torture) is not in the passage found
    "absent_year",  # a year no passage that answers mentions
    "no_figure",  # a figure was asked for and no passage that answers gives one
    "no_date",  # a month or a day was asked for ("In which month...?") and the passages give the year alone
    "undated",  # a date was asked for ("When did ...?") and no passage that answers gives one
    "unnamed",  # who holds or held an office was asked ("Who headed the delegation?") and no passage names anyone
    "standards_only",  # a question about this review that only the General Comments (no dialogue document) speak to
    "side_silent",  # the side the question asks about ("What does the State say...") does not speak to it; others do
    "standards_absent",  # a question about the General Comments, asked of an index that does not hold them
    "body_silent",  # the treaty body it asks about ("the CEDAW committee") does not speak to it; other bodies may
    "not_replied",  # a member raised it, and none of the delegation's words in the summary record takes it up
    "absent_event",  # an event the question dates ("the January 2023 events") at a time no document gives one
    "absent_figure",  # a figure the question states as a fact ("Why did the State admit 500 deaths?") no document gives
    "absent_date",  # a full date the question states as a fact ("came into force on 1 January 2024") no passage gives
    "reversed_figure",  # figures the question says rose (fell) that the documents give only as falling (rising)
    "reversed_event",  # what the question says was done ("reintroduce the death penalty") the documents give undone
    "not_listed",  # things asked for by name ("Which eight organisations...?") whose number alone the passage gives
)


def _next_to_known_name(question: str, word: str, corpus: CorpusNames) -> bool:
    """True when the word is part of a capitalised name another word of which the corpus writes capitalised too
    ("Bloody January", "Council of Europe"). The capitalised words right beside it decide when there are any ("Rome
    Statute": the corpus has "statute" only in lower case, so "the International Criminal Court" further on does not
    make "Rome" known); only a word with none beside it is judged by the name it is linked to ("of", "for"...)."""
    capitalised = r"[A-Z][\w'’\-]*"
    beside = re.search(rf"((?:{capitalised}\s+)*){re.escape(word)}((?:\s+{capitalised})*)", question)
    if beside and (beside.group(1) + beside.group(2)).split():
        neighbours = (beside.group(1) + " " + beside.group(2)).split()
    else:
        link = rf"(?:{capitalised}|of|for|on|against|the|and)"
        run = re.search(rf"((?:{link}\s+)*){re.escape(word)}((?:\s+{link})*)", question)
        if not run:
            return False
        neighbours = (run.group(1) + " " + run.group(2)).split()
    # "the Bangalore Principles", "the Bangkok Rules": a word naming which of its kind an instrument is, the kind
    # after it, is known by itself or not at all
    if _OF_ITS_KIND.match(question[question.find(word) + len(word) :]):
        # ... unless it is a well-known instrument's place name and the documents write its title ("the Palermo
        # Protocol": "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and ...")
        title = INSTRUMENTS_BY_PLACE.get(word.lower())
        return title is not None and corpus.writes(title)
    # not a function word that opens the question ("In Ghana, ..."): the corpus writes "In" capitalised too
    return any(corpus.knows_capitalised(n) for n in neighbours if n[0].isupper() and n.lower() not in STOPWORDS)


_TIME_TERMS = frozenset(terms("last past previous recent year month week day"))
# Where a sentence's clauses part: "..., and the use of electronic bracelets ... had increased", "...; ..."
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")


# Instruments known by a place's name, and words of the title the documents may write instead
INSTRUMENTS_BY_PLACE = {
    "palermo": "trafficking in persons",
    "istanbul": "violence against women",
    "lanzarote": "sexual exploitation and sexual abuse",
    "bangkok": "women prisoners",
    "mandela": "standard minimum rules",
    "beijing": "juvenile justice",
    "tokyo": "non-custodial measures",
    "havana": "juveniles deprived of their liberty",
    "riyadh": "juvenile delinquency",
    "paris": "national institutions",
    "siracusa": "limitation and derogation",
    "yogyakarta": "sexual orientation and gender identity",
    "bangalore": "judicial conduct",
    "budapest": "cybercrime convention",
    "minnesota": "potentially unlawful death",
    "rome": "international criminal court",
    "aarhus": "access to information, public participation",
}
# The kind of an instrument, after the word that says which one it is ("Bangalore Principles", "Lanzarote Convention")
_OF_ITS_KIND = re.compile(
    r"\s+(?:Principles|Rules|Convention|Declaration|Protocol|Guidelines|Statute|Charter|Agreement|Treaty|Index|Standards"
    r"|Plan|Strategy|Compact|Framework|Programme|Agenda)\b"
)


_AS_AN_EXAMPLE = (
    r"(?:like|such\s+as|e\.\s?g\.,?|for\s+(?:example|instance),?|вроде|типа|например,?|наподобие)\s+(?:the\s+)?"
)


def _an_example(question: str, name: str) -> bool:
    """Whether the question gives this name as an example of what it asks about ("spyware like Pegasus", "such as
    the Bangalore Principles"): the documents may answer of the kind without naming it."""
    return re.search(rf"(?<!\w){_AS_AN_EXAMPLE}{re.escape(name)}", question, re.IGNORECASE) is not None


def _question_words(question: str) -> list[str]:
    """The question's words as written, in order, without the punctuation around them."""
    return [token.strip(".,;:?!()'’\"«»") for token in question.split()]


def _beside_unknown_name(question: str, word: str, corpus: CorpusNames) -> bool:
    """True when a capitalised word right beside this one is unknown to the corpus as well: the two are a name of their
    own ("Maulen Ashimbayev"), whatever known name they stand next to ("Senate Speaker Maulen Ashimbayev")."""
    words = _question_words(question)
    for at, token in enumerate(words):
        if token != word:
            continue
        for beside in (words[at - 1] if at else "", words[at + 1] if at + 1 < len(words) else ""):
            if len(beside) >= 3 and beside[0].isupper() and not beside.isupper() and not corpus.knows(beside):
                return True
    return False


def _run_of(question: str, word: str, unknown: Sequence[str]) -> str:
    """The unknown words standing together with this one in the question, as written ("Speaker Maulen Ashimbayev")."""
    words = _question_words(question)
    if word not in words:  # "Pegasu", as names are kept without a final "s" or "'s": the question's "Pegasus"
        written = next((w for w in words if w.startswith(word) and len(w) <= len(word) + 2), word)
        return re.sub(r"['’]s?$", "", written)  # not "Tokayev's" (the possessive is no part of the name)
    start = end = words.index(word)
    while start > 0 and words[start - 1] in unknown:
        start -= 1
    while end + 1 < len(words) and words[end + 1] in unknown:
        end += 1
    return " ".join(words[start : end + 1])


def unknown_cities_ru(question: str, corpus: CorpusNames) -> list[str]:
    """The cities a Russian question names (entities.cities_named_ru) that the documents never name, as shown
    ("в Ташкенте" -> "Ташкент"): by their English name or by the word as written (a transliteration close to one);
    and the regions it names by their adjectives none of whose stems is close to a name of the documents ("из
    Астраханской области"; not "Туркестанской области": Turkestan)."""
    cities = [
        shown
        for shown, english, written in cities_named_ru(question)
        if not corpus.writes(english) and not corpus.knows(written)
    ]
    regions = [shown for shown, stems in regions_named_ru(question) if not any(corpus.knows(stem) for stem in stems)]
    return cities + regions


_WHICH_COUNTRIES = re.compile(
    r"\b(?:which|what)\s+(?:other\s+|foreign\s+)?(?P<en>countr(?:y|ies)|states|nations)\b(?!['’]\s*s?\s*(?:nationals|citizens))"
    r"|(?<![\w-])(?:в\s+|из\s+|для\s+)?(?:как(?:ие|ую|ой|их|им)|котор(?:ые|ую|ой|ых|ым))\s+(?:другие\s+|иностранные\s+)?"
    r"(?P<ru>стран\w*|государств(?:о|а|ам|ами|ах)?(?![\w-]))",  # (not «государственный орган»)
    re.IGNORECASE,
)


def countries_asked(question: str) -> str:
    """The countries a question asks it to name ("To which countries were they extradited?" -> "countries", «в какие
    страны» -> "страны"), or ""."""
    match = _WHICH_COUNTRIES.search(question)
    if match is None:
        return ""
    return "countries" if match.group("en") else "страны"


def regions_known_ru(question: str, corpus: CorpusNames) -> list[str]:
    """The regions a Russian question names by their adjectives that the documents name ("в Алматинской области" ->
    "Almaty"), as the corpus spells them: the lead must name the region, as an English question's "Almaty Oblast"."""
    found = []
    for _shown, stems in regions_named_ru(question):
        spelled = next((name for stem in stems if (name := corpus.latin_spelling(stem))), None)
        if spelled and spelled.capitalize() not in found:
            found.append(spelled.capitalize())
    return found


def glossed_names(words: Sequence[str], corpus: CorpusNames) -> list[str]:
    """The English names of a Russian question's capitalised words that the glossary reads as one word the corpus
    writes as a name of its own ("в Сенате" -> "Senate"), as an English question's "Senate" is: the lead must name
    it, not Parliament at large."""
    found = []
    for word in words:
        glossed = glossed_words(word) if has_cyrillic(word) else []
        if len(glossed) != 1 or len(english := glossed[0][1]) != 1 or " " in english[0]:
            continue
        # capitalised, as the documents write it and a refusal names it ("«Zhanaozen»", not the glossary's "zhanaozen")
        name = english[0].capitalize()
        if english[0] in corpus.named_alone and english[0] not in NOT_NAMES and name not in found:
            found.append(name)
    return found


def lower_case_names_ru(question: str, corpus: CorpusNames) -> list[str]:
    """The corpus's rare proper names a Russian question spells in lower case ("по делу жилина" -> zhilin), as search
    reads them (actors.latin_spellings), its countries aside."""
    words = " ".join(word for word in question.split() if not countries_in(word))
    return actors.latin_spellings(words, (), english_gloss, corpus.rare_names)


# verbs of saying, as a speaker typed in lower case is found beside them
_SAYING_VERBS_RU = (
    "спросил|спрашивал|сказал|говорил|заявил|ответил|писал|написал|отметил|предложил|рекомендовал|критиковал|упомянул"
    "|упоминал|отмечал|указывал|указал|ссылал|сослал"
)
# a stance taken, as a speaker opening a question takes it: "Гарсия-Саян одобрил, что ..."
_STANCE_VERBS_RU = "одобрил|поддержал|осудил|призвал|раскритиковал|приветствовал|настаивал"
# "что спросил сантос паис о смертной казни", "что сказал омбудсмен ластаев на заседании", "какие вопросы задавал
# гентиан зибери про суды": who spoke, typed in lower case, between a verb of saying and what it was about (or the end)
_SAID_BY_RU = re.compile(
    rf"(?:\b(?:что|о\s+ч[её]м|как|почему|зачем)\s+(?:именно\s+)?(?:{_SAYING_VERBS_RU}|интересовал)"
    # "какие вопросы задавал гентиан зибери про...", "какую тему поднимала ..."
    r"|\bкак(?:ие|ой|ую|ое)\s+(?:вопрос|замечани|рекомендаци|тем|предложени)\w*\s+"
    r"(?:задал|задавал|поднял|поднимал|ставил|поставил|затронул|затрагивал|высказал|высказывал|сделал|дал|давал))"
    r"\w*\s+"
    # (not what was said: "что говорил про свидетельства о рождении")
    r"(?!(?:о|об|обо|про|насчет|насчёт|по|на|в|во|касательно|относительно|у|с)\s)"
    r"(?P<subject>(?:[а-яё-]+\s+){0,3}?[а-яё-]+)"
    r"(?=\s+(?:о|об|обо|про|насчет|насчёт|по\s+поводу|по|на|в|во|касательно|относительно|у|с)\b|\s*[?.!]*\s*$)"
)
# the same with the name before the verb, as Russian word order allows: "что евгений жовтис писал о законе",
# "назила гханеа что говорила о поправках" (at the start, a name of two or three words: "сравни что говорит..." is
# no one)
_SAYS_RU = rf"(?:{_SAYING_VERBS_RU})\w*"
_BY_SAID_RU = re.compile(
    rf"(?:\b(?:что|о\s+ч[её]м|как)\s+(?P<after_what>[а-яё-]+(?:\s+[а-яё-]+){{0,2}}?)\s+{_SAYS_RU}"
    # (one word only when it has a hyphen: "эль-хаиба что спрашивал ...")
    rf"|^(?P<opening>[а-яё-]+(?:\s+[а-яё-]+){{1,2}}?|[а-яё]+-[а-яё]+)\s+(?:что|о\s+ч[её]м)\s+{_SAYS_RU})"
)
_AFTER_PREPOSITION_RU = re.compile(r"(?<![\w-])(?:на|в|во|при|после|до|во\s+время)\s+[а-яё-]+")
# who a speaker is rather than their name: roles, sides, titles, pronouns, particles
_ROLE_RU = re.compile(
    r"^(?:член\w*|комитет\w*|кпп|кпч|делегаци\w*|делегат\w*|гос-в\w*|государств\w*|правительств\w*|власт\w*|омбудсмен\w*"
    r"|уполномоченн\w*|председател\w*|представител\w*|министр\w*|министерств\w*|эксперт\w*|докладчик\w*"
    r"|спецдокладчик\w*|глав\w*|руководител\w*|генпрокурор\w*|прокурор\w*|судь\w*|депутат\w*|нпо|оон|рк"
    r"|г-н\w*|г-ж\w*|господин\w*|госпож\w*|мистер|миссис|сам|сама|сами|он|она|они|его|её|ее|их|это|этот|эта"
    r"|бы|же|ли|не|ещё|еще|уже|также|тоже|именно|конкретно|вообще|лично|потом|тогда|там|все|всё|казахстан\w*"
    r"|что-\w+|кое-\w+|ничего|никто|никого"  # "КПП что-нибудь спрашивал про ...?": no one's name
    r"|кажд\w*|об[ае]|обеих|обоих"  # "Комитет vs делегация: ... что сказал каждый?": each side
    r"|ваш\w*|наш\w*|сво[йеиюя]\w*|тот|того|этого|кто|кто-\w+|люди|многие|другие|сравни\w*"
    # a ministry by its short name: "Минздрав", "Минюст"
    r"|мин(?:здрав|юст|труд|фин|обр|просвещ|цифр|ин|иностр|внутр|оборон|культ|энерг|эконом|нац|соц|тран|сельхоз)\w*)$"
)


# the little words between a speaker and their verb ("Ялден что-то говорил", "Бхагвати тоже спрашивал")
_PARTICLES_RU = frozenset("что-то тоже также же ли не ведь ещё еще вообще вроде как-то уже точно".split())
# "Автономов задавал вопрос про...", "Ялден что-то говорил про...", "Бхагвати на диалоге поднимал...": a name that
# opens the question, a verb of saying or asking within three words after it
_OPENS_SAID_RU = re.compile(
    # "Рашида Манжу рекомендовала ...": a first name may go before the surname
    rf"^(?:(?P<given>[а-яё]+)\s+(?=[а-яё-]+\s+(?:{_SAYING_VERBS_RU}|{_STANCE_VERBS_RU})))?"
    rf"(?P<first>[а-яё-]+)\s+(?:(?:{'|'.join(sorted(_PARTICLES_RU, key=len, reverse=True))}"
    r"|(?:на|в|во)\s+[а-яё]+)\s+){0,2}?"  # "Европейский союз говорил": a body's name, not "X на диалоге говорил"
    rf"(?:{_SAYING_VERBS_RU}|{_STANCE_VERBS_RU}|задавал|поднимал|интересовал|упоминал)\w*"
)
# the question words a question opens with, which are no one's name ("Почему делегация говорила...")
_QUESTION_OPENINGS_RU = frozenset(
    "что как почему зачем когда где кто какие какой какая какое каким сколько правда верно ли разве неужели а и но "
    "чем кого кому".split()
)


def speakers_named_ru(question: str) -> list[str]:
    """The words of a name a Russian question gives the one who spoke ("что спросил сантос паис о смертной казни" ->
    ["сантос", "паис"], "Что Шейнин спрашивал про..." -> ["шейнин"]): the words between the verb of saying and what it
    was about, or before the verb ("Автономов задавал вопрос про..."), that are no role, side, title or little word,
    nor a word the glossary translates; four letters or more. A body's name is no one's ("что спрашивал комитет
    против пыток о..." asks the Committee against Torture, not a Mr. Против). In a question that capitalises, only the
    words it capitalises: the others are what was said."""
    if not has_cyrillic(question):
        return []
    capitalised = {
        word.lower() for word in re.findall(r"[А-ЯЁ][а-яё-]+", question[1:] if question[:1].isupper() else question)
    }
    capitals = any(ch.isupper() for ch in question[1:] if "а" <= ch.lower() <= "я")
    lowered = actors.without_mechanisms(question, instead="комитет").lower()
    after = _SAID_BY_RU.search(lowered)
    before = _BY_SAID_RU.search(lowered)
    opening = _OPENS_SAID_RU.search(lowered.lstrip(" «\"'"))
    first = opening.group("first") if opening and opening.group("first") not in _QUESTION_OPENINGS_RU else ""
    given = opening.group("given") if first and opening is not None else None
    if given and first in _PARTICLES_RU:  # "Ялден что-то говорил": the name is the first word, the second a particle
        first, given = given, None
    # "Рашида Манжу": a first name; not an adjective of a body's name ("Европейский союз говорил")
    if given and given not in _QUESTION_OPENINGS_RU and not re.search(r"(?:ск|цк|н)ий$|(?:ый|ой|ая|ое|ые|ие)$", given):
        first = f"{given} {first}"
    elif given:
        first = ""
    for subject, opens in (
        (after.group("subject") if after else "", False),
        ((before.group("after_what") or before.group("opening")) if before else "", False),
        (first, True),
    ):
        # "что делегация на диалоге сказала": a word after a preposition is where or when it was said, no name
        subject = _AFTER_PREPOSITION_RU.sub(" ", subject)
        words = [word for word in subject.split() if len(word) >= 4 and not _ROLE_RU.match(word)]
        # "Что Верховный суд говорил": a body's name, not a person's; "одиночное заключение что спрашивал cat": a
        # subject the glossary translates as a phrase, not a name
        if any(english_gloss(word) for word in subject.split() if not _ROLE_RU.match(word)) or any(
            " " in written for written, _english in glossed_words(subject)
        ):
            continue
        if capitals and not opens:  # what was said is in lower case: the name is the words capitalised
            words = [word for word in words if word in capitalised]
        if words:
            return words
    return []


# where a Russian question puts the one who asked or was answered, in an oblique case: "были у Веннергрена",
# "делегация ответила Джонсону", "на вопрос Родли"
_PERSON_SLOT_RU = re.compile(
    r"(?:(?<![\w-])у|ответил\w*|отвечал\w*|возразил\w*|пояснил\w*|объяснил\w*|вопрос\w*|замечани\w*|просьб\w*"
    r"|реплик\w*)\s+(?P<name>[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])"
)
_ADJECTIVE_ENDING_RU = re.compile(r"(?:ий|ый|ой|ая|ое|ые|ие|ого|его|ему|ому|ых|их|ым|им|ыми|ими|ую|юю)$")


def _as_written(question: str, phrase: str) -> str:
    """The phrase as the question writes it, its capitals kept ("ilo conventions" -> "ILO conventions")."""
    found = re.search(re.escape(phrase), question, re.IGNORECASE)
    return found.group(0) if found else phrase


def _dated_beside(question: str, name: str, year: str) -> bool:
    """Whether the question writes the year beside the name, as the date of what it names ("zhanaozen 2011", "the 2011
    Zhanaozen events", "Zhanaozen in 2011")."""
    name = re.escape(name)
    beside = rf"{name}\W+(?:in\s+|of\s+)?{year}|{year}\W+{name}"
    return re.search(rf"(?<![\w-])(?:{beside})(?![\w-])", question, re.IGNORECASE) is not None


def persons_in_slots_ru(question: str) -> list[str]:
    """The capitalised words a Russian question puts where the one who asked or was answered goes (_PERSON_SLOT_RU):
    no word the glossary translates, no role or body ("Комитету", "Минфин"), country, city or adjective."""
    found = []
    for match in _PERSON_SLOT_RU.finditer(question):
        word = match.group("name")
        if cyrillic_name(word) and not _ADJECTIVE_ENDING_RU.search(word) and _no_place_or_role_ru(word):
            found.append(word)
    return found


def _no_place_or_role_ru(word: str) -> bool:
    """Whether a capitalised Russian word may be a person's name for all that it names: no role or body ("Комитету",
    "Минфин"), country or city."""
    return not _ROLE_RU.match(word.lower()) and not countries_in(word) and not cities_named_ru(word)


# a first name and a surname (or two surnames) that open a Russian question typed as on a phone, before a comma or a
# dash: «Гомес Мартинес, вопрос об ...», «Кодзи Тэрая — коррупция в судах»
_OPENING_NAME_RU = re.compile(
    r"^\s*(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)\s*[,—–:-]"
)


def opening_name_ru(question: str) -> str:
    """The two capitalised words a Russian question opens with before a comma or a dash, when both may be a person's
    name (no word the glossary translates, no role, country or city, and no adjective first: «Центральная Азия»;
    a surname may end as one, «Тэрая»); "" otherwise."""
    match = _OPENING_NAME_RU.match(question)
    if match is None:
        return ""
    words = match.group("name").split()
    named = not _ADJECTIVE_ENDING_RU.search(words[0]) and all(
        not english_gloss(word) and _no_place_or_role_ru(word) for word in words
    )
    return match.group("name") if named else ""


# "thornberry asked about...", "what did thornberry say on...": a surname typed in lower case, beside a verb of asking
# or saying
_SAID_BY_EN = re.compile(
    r"^\s*(?P<opening>[a-z][a-z'’-]{3,})\s+(?:also\s+)?(?:asked|said|raised|wanted|wondered|mentioned|questioned|"
    r"pointed|brought|talked|spoke|noted|urged|recommended)\b"
    r"|\b(?:did|has|had)\s+(?P<asker>[a-z][a-z'’-]{3,})\s+(?:ask|say|raise|want|mention|question|bring|talk|speak"
    r"|note|urge|recommend)\b"
)


def speakers_named_en(question: str, corpus: CorpusNames) -> list[str]:
    """A surname an English question types in lower case for the one who spoke, that the corpus never uses in any form
    and that is no word of general English (bge's WordPiece vocabulary splits it: "thornberry asked about..."), as
    the name it would be written ("Thornberry"). The record's members typed so are speakers_named_bare's."""
    from prepbot.retrieval.embeddings import word_pieces

    match = _SAID_BY_EN.search(question)
    word = (match.group("opening") or match.group("asker")) if match else None
    if word is None or word in STOPWORDS or corpus.knows_form(word) or corpus.meant(word) is not None:
        return []
    return [word.capitalize()] if word_pieces(word) >= 2 else []


_ROMAN = re.compile(r"^[IVXLC]+$")


def subject_acronyms(question: str, proper_words: Sequence[str]) -> list[str]:
    """The acronyms of an English question that name its subject ("HIV", "GRECO", "VPN"): not a side or body of
    the human-rights system (actors.py, BODY_NAMES: "CAT", "UN", "NGOs"), whose words the side and body checks
    read, nor a treaty body ("CEDAW", "HRC": standard_refs), nor a shorthand search spells out (search.GLOSSARY:
    "NPM"), nor a Roman numeral, nor a part of a document symbol ("KAZ" of "CCPR/C/KAZ/3") or of a General Comment's
    number ("GC" of "GC 34")."""
    if has_cyrillic(question):
        return []
    outside_symbols = without_document_symbols(without_references(question))
    return [
        word
        for word in proper_words
        if word.isupper()
        and re.search(rf"(?<![\w/]){re.escape(word)}(?![\w/])", outside_symbols)
        and word.isalpha()
        and not _ROMAN.match(word)
        and word.rstrip("S") not in GLOSSARY
        and word not in GLOSSARY
        and not actors.question_sides(word)
        and not actors.mechanism_words(word)
        and not bodies_named(word)
        and not committees_named(word)
    ]


def _other_kind_counted(sentences: str, counted: Sequence[str], kind: Sequence[str]) -> str:
    """The word by which the sentences say of what kind the things counted are ("remand" of "13,600 applications for
    remand in custody"), when it is not the kind asked; "" when they say none (nor a reason: "officials for failing
    to fulfil their duties")."""
    kinds = {stem(word.lower()) for word in kind}
    for word in counted:
        pattern = (
            rf"\b{re.escape(stem(word.lower()))}\w*\s+(?:for|of|on|concerning|regarding)\s+(?:the\s+)?([a-z]{{4,}})"
        )
        for match in re.finditer(pattern, sentences.lower()):
            other = match.group(1)
            if stem(other) not in kinds and other not in STOPWORDS and not other.endswith(("ing", "ed")):
                return other
    return ""


def absent_russian_terms(question: str, corpus: CorpusNames) -> list[str]:
    """The subject words of a Russian question whose English words (terms_ru) the documents never use in any form
    ("дедовщине": hazing, bullying), a phrase as one ("красными уведомлениями": red notice): the Russian counterpart
    of an absent specialised English word. Not the words of the bodies it names ("пыток" of "Комитет против пыток"),
    nor one the documents write their own way (search.WORDINGS: "уголовная ответственность", criminal responsibility,
    is the State report's "criminal liability")."""
    if not has_cyrillic(question):
        return []
    english_of: dict[str, set[str]] = {}  # a word several entries gloss is absent only when none of them is used
    for written, english in glossed_words(actors.without_mechanisms(question)):
        english_of.setdefault(written, set()).update(english)
    return [
        written
        for written, english in english_of.items()
        if not any(corpus.writes(w) or any(corpus.writes(other) for other in documents_words(w)) for w in english)
    ]


# A word of the General Comments' glossary (terms_ru.GLOSS) that at most this share of the paragraphs use names a
# question's subject ("забастовку": strike, 0.1% of them), and its answer must show it; a common one ("обязан":
# obligation, "закон": law) only frames the question. Development sets at 2%: "Что говорит Комитет о праве на
# забастовку?" declined instead of answered with passages on the right to work; probe and standards gold fact +1 each;
# standards2 and standards3 answers without the gold fact: 3 declined, 2 answered; no near miss moved either way.
SUBJECT_SHARE = 0.02


# "по мнению НПО", "по словам делегации", "по оценкам ООН": who says it, no subject of the question
# whose words, not a subject: "по мнению НПО", "по словам делегации", "по данным", "по исследованию НПО", "согласно"
_ACCORDING_TO_RU = re.compile(
    r"(?<![\w-])(?:по\s+(?:мнению|словам|оценк\w*|данным|сведениям|информации|исследовани\w*)|согласно)(?![\w-])",
    re.IGNORECASE,
)


def russian_topics(question: str, corpus: CorpusNames) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The subject words of a Russian question that its answer's lead must show in English: the dialogue's topics
    (terms_ru.TOPICS), and the General Comments' words (GLOSS) that few paragraphs use (SUBJECT_SHARE of them at
    most: "забастовку" -> strike), which name what is asked about, where a common one ("обязан", "закон") only
    frames it. Not the latter for a "сколько" question: what it counts is checked in the figure's sentence
    (counted_topic_ru), and "no figure" says more than a missing word; "какая минимальная зарплата" counts nothing, and
    its subject is checked as any question's."""
    # "По мнению НПО, ...", "а что говорят правозащитники", "расходятся государство и правозащитники": whose view,
    # not an opinion or a side asked about
    # («что сказано в альтернативном докладе про ...»: the document it is said in, no subject either)
    # («что в перечне вопросов Комитета против пыток говорится о ...»: the body's name, whose «пыток» is no subject)
    question = _ACCORDING_TO_RU.sub(
        " ", actors.without_sides_asked(actors.without_mechanisms(actors.without_document_names(question)))
    )
    glossed = glossed_words(question)  # a word inside a longer glossed phrase is that phrase ("одиночную камеру")
    whole = {word for word, _english in glossed}
    topics = [(word, english) for word, english in english_topics(question) if word in whole]
    found = topics if HOW_MANY_RU.search(question) else [*topics, *_rare_glossary_words(glossed, topics, corpus)]
    return _in_any_wording(found)


def _in_any_wording(
    glossed: Sequence[tuple[str, tuple[str, ...]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Glossed words, each shown in the documents' own wording too ("criminal responsibility": the State report's
    "criminal liability", search.WORDINGS)."""
    return tuple(
        (word, (*english, *(other for w in english for other in documents_words(w)))) for word, english in glossed
    )


def _rare_glossary_words(
    glossed: Sequence[tuple[str, tuple[str, ...]]],
    topics: Sequence[tuple[str, tuple[str, ...]]],
    corpus: CorpusNames,
    least: int = 0,
) -> list[tuple[str, tuple[str, ...]]]:
    """The glossed words of a Russian question, beyond its topics, whose English words SUBJECT_SHARE of the
    paragraphs at most use (and `least` at the least), each once."""
    written = {word for word, _english in topics}
    # a word of a topic's phrase is that topic ("признаны виновными": convicted, not also a subject "guilty")
    in_phrases = {part for phrase in written if " " in phrase for part in phrase.split()}
    limit = SUBJECT_SHARE * corpus.paragraph_count
    found = []
    for word, english in glossed:
        if word in in_phrases:
            continue
        if word not in written and least <= sum(corpus.paragraphs_using(start) for start in english) <= limit:
            found.append((word, english))
            written.add(word)
    return found


# What the things a count counts concerned: "How many complaints concerned torture?", "... related to / involving
# ...", «Сколько обращений касались пыток?», «... связанных с ...», «... по поводу ...»
_CONCERNED = re.compile(
    r"\b(?:concerned|concerning|related\s+to|relating\s+to|involved|involving|dealt\s+with|were\s+about)\s+"
    r"(?P<what>[^?.;,]+)"
    r"|(?<![\w-])(?:касал\w*|касающ\w*|связанн?\w*\s+с|по\s+поводу)\s+(?P<what_ru>[^?.;,]+)",
    re.IGNORECASE,
)
# What the people a count counts were punished for, short of a conviction (an offence convicted for is Requirements'
# `offence`): "How many officials were punished in 2023 for false asset declarations?", «... наказали за ложные
# декларации ...»
_PUNISHED_FOR = re.compile(
    r"\b(?:punished|penali[sz]ed|fined|disciplined|sanctioned|dismissed)(?:\s+in\s+(?:19|20)\d\d)?\s+for\s+"
    r"(?P<what>(?!(?:how|what|which|the\s+first)\b)[a-z][^?.;,]*)"
    r"|(?<![\w-])(?:наказа\w*|оштрафова\w*|уволен\w*|уволили)(?:\s+в\s+(?:19|20)\d\d\s+году)?\s+за\s+"
    r"(?P<what_ru>[а-яё][^?.;,]*)",
    re.IGNORECASE,
)


def concerned_with(question: str, topics: Sequence[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The word starts of what the things a question counts concerned, any of which shows it: an English question's
    words after "concerned" (as stems), a Russian one's topics after «касались» (their English words); () when it
    says none."""
    match = _CONCERNED.search(question)
    if match is None:
        return ()
    if match.group("what_ru") is not None:
        return _topics_written_in(match.group("what_ru"), topics)
    return tuple(term for term in terms(match.group("what")) if not term.isdigit())


def punished_for(question: str, topics: Sequence[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The word starts of what the people a question counts were punished for, any of which shows it: an English
    question's words without their last two letters ("for not doing their job properly": proper, which "failing to
    properly fulfil their duties" shows, as the stem "properli" would not), a Russian one's topics as concerned_with
    reads them; () when it says none."""
    match = _PUNISHED_FOR.search(question)
    if match is None:
        return ()
    if match.group("what_ru") is not None:
        return _topics_written_in(match.group("what_ru"), topics)
    words = [word for word in re.findall(r"[a-z]{4,}", match.group("what").lower()) if word not in STOPWORDS]
    return tuple(word[: max(4, len(word) - 2)] for word in words)


def _topics_written_in(what: str, topics: Sequence[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The English words of a Russian question's topics written within `what` (part of the question)."""
    return tuple(start for written, english in topics if written in what for start in english)


def figure_subject_ru(
    question: str, topics: Sequence[tuple[str, tuple[str, ...]]], corpus: CorpusNames
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of a Russian "сколько" question that name what its figure is about, beyond the dialogue's topics
    (russian_topics leaves them out of a count's topics): the General Comments' words (GLOSS) that few paragraphs
    use, SUBJECT_SHARE of them at most ("одиночную камеру": solitary confinement, "дисциплинарной": disciplinary).
    The lead's paragraph must show one, as an English question's rare words (figures.figure_subject): "36 persons
    were convicted in 2023" is no count of prisoners put in solitary confinement."""
    if not HOW_MANY_RU.search(question):
        return ()
    question = _ACCORDING_TO_RU.sub(" ", question)  # "по исследованию НПО": whose figures, not what they are of
    # shown in the documents' own wording too, as a topic is ("уголовную ответственность": criminal liability)
    return _in_any_wording(_rare_glossary_words(glossed_words(question), topics, corpus, least=1))


# A figure that counts what the sentence before named: "1,651 such letters", "12 of them", "of these, 30"
_REFERS_BACK = re.compile(
    r"(?<![\w.,])\d[\d,.]*\s+(?:such|of (?:them|these|those|which))\b|\bof (?:them|these|those|which)"
    r"(?:\s+[a-z]+)?,?\s+\d",  # "Of those cases, 185 had involved men"
    re.IGNORECASE,
)


def _place_of(name: str) -> str:
    """The place a name of its people or things is made from ("European" -> "Europe", "African" -> "Africa"), so
    that "which European treaty" is shown by the "Council of Europe Convention"; the name itself otherwise."""
    if len(name) < 7 or not name.endswith("an"):
        return name
    return name[:-2] if name.endswith("ean") else name[:-1]


def refers_back(sentence: str) -> bool:
    """Whether a sentence's figure counts what the sentence before it named ("Of those cases, 185 ...", "The causes
    were disease (94 deaths, ...)")."""
    if _REFERS_BACK.search(sentence) is not None:
        return True
    opened = _DEFINITE_OPENING.match(sentence.lstrip())
    return opened is not None and stem(opened.group(1).lower()) in _OF_WHAT_CAME_BEFORE


# "1,651 such letters": the thing a figure referring back counts, named beside it
_SUCH_COUNTED = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s+such\s+([a-z]{3,})", re.IGNORECASE)  # not "Since 2023, such"


def _such_counts(such: str, counted: str, before: str) -> bool:
    """Whether "N such <things>" counts what a question counts: the things are it, or the sentence before names
    them by it ("a warning letter" for "How many warnings...")."""
    if names_counted(set(terms(such)), counted):
        return True
    return any(names_counted({term}, counted) for term in terms(_words_naming(such, before)))


def _such_shown(such: str, shown_by: tuple[str, ...], before: str) -> bool:
    """_such_counts for a Russian question's glossed word starts: the sentence before calls the things by them right
    before their own name ("a warning letter" for «предупреждений»; not "the owner of the website" for «сайтов»)."""
    return shows_topic(_words_naming(such, before), shown_by)


def _words_naming(such: str, before: str) -> str:
    """The words the sentence before writes right before the things' own name ("warning" of "a warning letter", for
    "1,651 such letters")."""
    head = re.escape(stem(such.lower()))
    return " ".join(re.findall(rf"(\w+)\s+{head}", before.lower()))


# A sentence that opens on a thing named before: "The list includes 238 people" (after "... published a list of those
# who died"), "This figure ...", "These cases ..."
_DEFINITE_OPENING = re.compile(r"(?:The|This|These|That|Those|Such)\s+([a-z]{3,})\b")


# What a sentence opening "The causes ..." speaks of: the parts of what the sentence before counted ("For the year
# 2023, 119 inmate deaths ... The causes were disease (94 deaths, ...)"), as stems
_OF_WHAT_CAME_BEFORE = frozenset(terms("causes reasons methods majority remainder breakdown"))


def _whole_sentences(paragraph: str, quote: str) -> str:
    """The paragraph's sentences the quote is part of, whole (a model may quote a clause: "… 189 cases of suicide"
    of a sentence that goes on "…, 118 of which had occurred in prisons"); the quote itself when it is not found."""
    flat, needle = " ".join(paragraph.split()), " ".join(quote.split())
    start = flat.find(needle) if needle else -1
    if start < 0:
        return quote
    end = start + len(needle)
    around = [span.text for span in split_sentences(flat) if span.start < end and span.end > start]
    return " ".join(around) or quote


# a detention said to be unlawful ("detained unlawfully", "illegally arrested"): a figure of it counts only those,
# which a question that does not ask so (_UNLAWFUL_ASKED) does not count
_UNLAWFULLY = re.compile(
    r"\b(?:detained|arrested|held|imprisoned)\s+(?:unlawfully|illegally|arbitrarily|wrongfully)\b"
    r"|\b(?:unlawfully|illegally|arbitrarily|wrongfully)\s+(?:detained|arrested|held|imprisoned)\b",
    re.IGNORECASE,
)
_UNLAWFUL_ASKED = re.compile(
    r"\b(?:unlawful|illegal|arbitrar|wrongful)|(?<![\w-])(?:незаконн|неправомерн|произвольн)", re.I
)


# an offence of driving someone to an act, not the act ("incitement to suicide", "driving to suicide")
_INCITED = re.compile(r"\b(?:incitement|inciting|driving|leading)\s+(?:\w+\s+)?to\s+(?:commit\s+)?suicide", re.I)


def _spelled_close(word: str, corpus: CorpusNames) -> bool:
    """Whether a hyphenated name is the corpus's own but for a letter in a part ("Afro-descendant": a General
    Recommendation's "Afro-descendent"): each part a corpus word or one edit from one (CorpusNames.meant)."""
    parts = [part for part in re.split(r"[-‐‑]", word.lower()) if part]
    return len(parts) > 1 and all(corpus.knows(part) or corpus.meant(part) is not None for part in parts)


def _opening_quoted(paragraph: str, quote: str, sentence: str) -> str:
    """The paragraph's opening sentence when the quote holds it and it is not `sentence`; empty otherwise."""
    spans = split_sentences(" ".join(paragraph.split()))
    if len(spans) < 2 or " ".join(sentence.split()) in spans[0].text:
        return ""
    return spans[0].text if spans[0].text in " ".join(quote.split()) else ""


def _sentence_before(paragraph: str, sentence: str) -> str:
    """The paragraph's sentence just before this one ("... the number of corruption cases recorded fell by 29 per
    cent." before "While, in 2020, the courts handled 856 cases, ..."); empty when it is the first or not found."""
    flat = " ".join(paragraph.split())
    spans = split_sentences(flat)
    for position, span in enumerate(spans):
        if position and " ".join(sentence.split()) in span.text:
            return spans[position - 1].text
    return ""


@dataclass(frozen=True)
class Abstention:
    """Why the documents do not answer: a reason of ABSTAIN_REASONS and what is missing, for the message."""

    reason: str
    named: str = ""  # "Uzbekistan", "Ms. Tigroudja", "2018", "Semipalatinsk"
    covered: str = ""  # what the documents cover instead: "Kazakhstan"


# the words that measure something by a standard, which name nothing it is about: "in line with", "in keeping with"
_MEASURED_BY = re.compile(r"\bin\s+(?:line|keeping|accordance)\s+with\b", re.IGNORECASE)
# "did he bring up X": raising it, a word of saying ("bring" is no topic his "bring its practices into line" shows)
_BROUGHT_UP = re.compile(r"\b(?:bring|brings|bringing|brought)\s+(?:(?:it|this|that)\s+)?up\b", re.IGNORECASE)


# Where the treaty bodies meet, as where the dialogue was held ("what the delegation said in Geneva"): the
# dialogue itself, no place a passage must name (not the Geneva Conventions)
_MEETING_PLACE = re.compile(r"\b(?:in|at)\s+(?:Geneva|New York)\b(?!\s+[A-Z])")
# the members of the Committee whose dialogue the record holds, asked of with no one named: "What did committee
# members ask about Zhanaozen?", "Что спрашивали члены Комитета про ...?" (not "CAT member X", nor "NPM members")
_MEMBERS = re.compile(
    r"\b(?:the\s+)?(?:committee|HRC|CCPR)(?:['’]s)?\s+members?\b|\bmembers?\s+of\s+the\s+(?:human\s+rights\s+)?committee\b"
    r"|(?<![\w-])член\w*\s+(?:комитета|кпч)(?!\s+против)",
    re.IGNORECASE,
)
# words of a member's question told as a fact that say nothing of its subject: "yigezu pushed on whether officials
# behind the excessive force in jan 2022 would actually be punished" (the month is the dates' to check)
_NOT_TOPIC = frozenset(
    terms("push pushed pushing pressed pressing behind actually really explain explained explaining")
    + terms("jan feb mar apr jun jul aug sep sept oct nov dec")
)
# When and where it was said, which is no topic: "Which member asked about X at the meeting?" (the Chair's closing
# words on reprisals against those "participating in its public meetings" are not on X), "What did the Chair say at
# the end?"
SETTING = re.compile(
    r"\b(?:at|in|during|throughout)\s+(?:the\s+|this\s+|that\s+)?(?:meeting|dialogue|session|review|hearing)s?\b"
    r"|\b(?:at|towards?|near)\s+the\s+(?:very\s+)?(?:end|close|start|beginning|outset)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:meeting|dialogue|session|review))?|\bin\s+(?:closing|conclusion)\b"
    r"|(?<![\w-])на\s+(?:заседании|диалоге)(?![\w-])",  # «кто спрашивал про X на заседании?»
    re.IGNORECASE,
)


def _the_meeting(words_between_en: str = "", words_between_ru: str = "") -> re.Pattern[str]:
    """The words naming the meeting itself, as the summary record records it ("at the meeting", "during the
    dialogue", «на заседании»), with what may stand before its noun in each language: of SETTING's words, not the
    review as a whole ("in the review") nor its end."""
    return re.compile(
        rf"\b(?:at|during|in)\s+(?:the\s+|this\s+)?{words_between_en}(?:meeting|dialogue|session)\b"
        rf"|(?<![\w-])(?:на\s+{words_between_ru}(?:заседании|диалоге|сессии)|в\s+ходе\s+(?:заседания|диалога))(?![\w-])",
        re.IGNORECASE,
    )


_AT_THE_MEETING = _the_meeting()
# ... and with its date or number between: "at the 25 June meeting", "during the 4227th meeting"
_AT_A_MEETING = _the_meeting(r"(?:[\w-]+\s+){0,3}?", r"(?:\S+\s+){0,2}?")
# A request that opens on its verb, as a list of issues writes them: "Indicate whether ...", "Provide ..."
_IMPERATIVE = re.compile(r"^\s*(?:indicate|provide|specify|clarify|explain|describe|inform|state)\b", re.IGNORECASE)
# ... and the count it asks for: "indicate how many people (if any) have been suspended", "the number of cases in which"
_HOW_MANY_ASKED = re.compile(r"\b(?:how\s+many|the\s+numbers?\s+of)\b", re.IGNORECASE)
# The words of asking for a count, which a passage beside it need not show ("how many cases were there in total")
_COUNT_FRAME = frozenset(terms("many much number total cases case people persons figure figures year years count"))
_MEMBER_TERMS = frozenset(terms("member members expert experts committee committee's"))
_SAID_BACK = re.compile(r"\b(?:say|says|said|saying|write|writes|wrote|answer\w*|repl\w*|respond\w*)\s+back\b", re.I)


def _person_topic(question: str, people: Sequence[str], covered: str = "") -> tuple[str, ...]:
    """The terms of what a question asks named people said or asked about: its terms without the people's names, the
    sides of the dialogue, the treaty bodies it names, the words of saying and the country the documents cover ("What
    did Ms. Donders ask about domestic violence?" -> domestic, violence; "What did the racial discrimination committee
    ask about solitary confinement in Kazakhstan?" -> solitary, confinement)."""
    left_out = {term for person in people for term in terms(person)} | set(terms(covered)) | SAYING_TERMS | _NOT_TOPIC
    asked = _BROUGHT_UP.sub(" ", actors.without_document_names(without_committees(SETTING.sub(" ", question))))
    asked = _SAID_BACK.sub(" said ", asked)  # "what did the delegation say back": a reply, not something "back"
    asked = _MEASURED_BY.sub(" ", asked)  # "Is X in line with the Convention?": no "line" the reply must show
    topic = [term for term in terms(actors.without_sides(asked)) if term not in left_out]
    if not topic and (about := _ABOUT_WHAT.search(asked)):  # "What does the UN say about human rights defenders?"
        topic = [term for term in terms(asked[about.end() :]) if term not in left_out]
    return tuple(topic)


def _raised_by_ru(
    topics: Sequence[tuple[str, tuple[str, ...]]], people: Sequence[str], corpus: CorpusNames
) -> tuple[int, str]:
    """_raised_by for a Russian question: the Committee member, other than the people named (matched by their
    names' transliteration), one of whose paragraphs shows most of its topic words (any English form of each)."""
    if not topics or not people:
        return 0, ""
    topic_forms = _topic_forms(topics)
    best = (0, 0, "")
    for speaker, said in corpus.members_said:
        if any(_is_member(person, speaker) for person in people):
            continue
        forms = [sum(1 for words in alternatives if words <= said) for alternatives in topic_forms]
        shown = (sum(1 for count in forms if count), sum(forms))  # topics shown, then how many of their forms
        if shown > best[:2]:
            best = (*shown, speaker)
    return best[0], best[2]


def _topic_forms(topics: Sequence[tuple[str, tuple[str, ...]]]) -> list[list[set[str]]]:
    """Each Russian subject word's English forms, each as its terms: the terms a paragraph must have to show it
    (_raised_by_ru, comparing members), or their starts (_topics_shown, the member asked about)."""
    return [[set(words) for form in english if (words := terms(form))] for _, english in topics]


def _topics_shown(forms: Sequence[Sequence[set[str]]], said: frozenset[str]) -> int:
    """How many of a Russian question's subject words (their _topic_forms) a paragraph's terms show (any English form
    of each, its words as word starts: "child" of "children", "cyber" of "cyberbullying")."""
    return sum(
        1
        for alternatives in forms
        if any(all(any(term.startswith(word) for term in said) for word in words) for words in alternatives)
    )


def _is_member(person: str, speaker: str) -> bool:
    """Whether a person as a question writes them (in Latin or Cyrillic letters, any case ending: "г-ну Хельферу")
    is this speaker of the record."""
    return actors.latin_match(surname(person), [surname(speaker)]) is not None


def surname(person: str) -> str:
    """A person's surname, lower case: how speakers are matched ("Mr. Yigezu", "Ms. Bassim")."""
    return person.split()[-1].lower()


# what a person asked in the dialogue: "What did Sarah Cleveland ask the delegation ...?", "Did Mr. X raise ...?",
# "X asked whether ...", "X's questions on ..."
_ASKED_BY = (
    r"\b(?:did|has|had|does)\s+{name}\s+(?:ask|raise|question|put)\b|\b{name}\s+(?:asked|raised|questioned)\b"
    r"|\b{name}['’]s\s+questions?\b"
)
# a name without a title asks as a member only when it asks the delegation ("What did Sarah Cleveland ask the
# delegation?"): a UN body "asked" or "raised" things too, in the compilation
_ASKED_THE_DELEGATION = (
    r"\b(?:did|has|had|does)\s+{name}\s+ask\s+the\s+delegation\b|\b{name}\s+asked\s+the\s+delegation\b"
)


# A question asking which General Comment says something: "Which General Comment caps isolation of juveniles at 72
# hours?", "Which of the Human Rights Committee's general comments ...", "какой зоп устанавливает ...", "в каком
# замечании общего порядка ...", "какая общая рекомендация требует ..."
_WHICH_STANDARD = re.compile(
    r"\b(?:which|what)\s+(?:of\s+(?:the|its)\s+)?(?:(?!(?:does|do|did|is|are|was|were|says?|said|has|have)\b)[\w'’-]+\s+)"
    r"{0,6}?general\s+(?:comments?|recommendations?)\b"
    r"|(?<![\w-])(?:как(?:ой|ое|ая|ом|ие|их)|в\s+как(?:ом|ой|их))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:зоп|замечани\w*\s+общего\s+порядка|замечани\w*\s+(?:кпч|кпп|кэскп|клдж|клрд|кпр|кпи)|общ\w+\s+рекомендаци\w*)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def asks_which_standard(question: str) -> bool:
    """Whether the question asks which General Comment says something: its answer is a General Comment's paragraph
    that says it (a State's law or the compilation saying it is no such General Comment). Not which one a side of
    this review cites ("Which General Comment do the NGOs say the 2020 law is inconsistent with?")."""
    cited_by = actors.speaking_sides(question) & {"state", "ngo", "un"}
    return _WHICH_STANDARD.search(question) is not None and not cited_by


# who holds, held or headed something: "Who headed the Kazakh delegation?", "Who is the current Human Rights
# Commissioner?", "кто возглавлял делегацию", "кто сейчас уполномоченный по правам человека"
_WHO_HOLDS = re.compile(
    r"^\s*(?:and\s+)?who\s+(?:headed|heads|leads|led|chaired|chairs|presided)\b"
    # "Who currently holds the office of Human Rights Commissioner?"
    r"|^\s*(?:and\s+)?who\s+(?:currently\s+|now\s+)?(?:holds|held|occupies|occupied|fills)\s+(?:the\s+)?"
    r"(?:office|post|position|role)\b"
    r"|^\s*(?:and\s+)?who\s+(?:is|was)\s+(?:the\s+)?(?:current\s+|new\s+|then\s+|present\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:head|chair\w*|president"
    r"|minister|commissioner|ombuds\w+|leader|director|prosecutor|procurator|akim|speaker)\b"
    r"|^\s*(?:а\s+)?кто\s+(?:сейчас\s+|тогда\s+)?(?:возглав\w*|руковод\w*|председательств\w*"
    r"|(?:был\w*\s+|явля\w*\s+)?(?:уполномоченн|омбудсмен|председател|министр|генпрокурор|глав[аоы]\b|руководител)\w*)",
    re.IGNORECASE,
)
# a person's name as the documents write one: a title and a surname, or a first name and a Kazakh or Russian surname
_PERSON_NAMED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]|\b[A-Z][a-z]+[- ](?:[A-Z][a-z]+[- ])?[A-Z][a-z]+(?:ov|ev|ova|eva|in|ina|uly|kyzy"
    r"|enko|aev|ayev|baev|bayev)\b"
)


# the first months of a year as the documents write them: "January to June" is "the first six months", "the first half"
_FIRST_MONTHS = {
    "March": r"first (?:three months|quarter)",
    "June": r"first (?:six months|half)",
    "September": r"first nine months",
}


def _first_months_named(months: Sequence[str], text: str) -> bool:
    """Whether the months asked, January to one of _FIRST_MONTHS ("between January and June 2025"), are what the text
    calls the year's first months ("8 in the first six months of 2025")."""
    if len(months) != 2 or months[0].lower() != "january":
        return False
    written = _FIRST_MONTHS.get(months[-1].capitalize())
    return written is not None and re.search(rf"\b{written}\b", text, re.IGNORECASE) is not None


# the year a month or day is asked in: "In which month of 2024", "what date in 2023", "в каком месяце 2023 года"
_MONTH_ASKED_IN = re.compile(
    r"\b(?:month|date|day)\s+(?:of|in)\s+((?:19|20)\d\d)\b|(?<![\w-])(?:месяце|день|числа)\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


# who paid a sum asked about, by a name in capitals: "How much did the Victims Compensation Fund pay ...?"
_PAID_BY = re.compile(
    r"\b[Hh]ow much\s+(?:money\s+)?(?:did|has|have|does|do|had)\s+(?:the\s+)?"
    r"(?P<payer>(?:[A-Z][\w'’-]+\s+){1,5}[A-Z][\w'’-]+)\s+"
    r"(?:pay|paid|spend|spent|allocate|allocated|give|given|disburse|disbursed)\b"
)


def payer_named(question: str) -> str:
    """The body a question asks how much it paid, named in capitals ("the Victims Compensation Fund"), or ""."""
    match = _PAID_BY.search(question)
    return match.group("payer") if match else ""


def asks_who_holds(question: str) -> bool:
    """Whether the question asks who holds, held or headed an office or a body: a person's name answers it."""
    return _WHO_HOLDS.search(question) is not None


_DATED_KINDS = tuple(start for english, _russian in EVENT_KINDS.values() for start in english)
# "the 2024 floods", "the spring 2024 floods": what a year names (an event, a census, a reform), in one word
_YEAR_NAMES = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s+([a-z][a-z-]{3,})\b", re.IGNORECASE)


def unknown_of_a_year(question: str, corpus: CorpusNames) -> list[str]:
    """What the question names by a year ("Was the Internet restricted during the 2024 floods?") with a word the
    documents never use in any form, that word ("floods"): a thing of that year they never speak of."""
    return [
        match.group(1)
        for match in _YEAR_NAMES.finditer(question)
        if match.group(1).lower() not in STOPWORDS
        and not match.group(1).lower().startswith(_DATED_KINDS)  # "the January 2023 events": dated_events judges it
        and not re.fullmatch(_MEETING, match.group(1), re.IGNORECASE)  # "the June 2025 dialogue": names_meeting's
        and not corpus.knows_inflected(match.group(1))  # "the 2022 vote": the documents' "voted"
    ]


def not_speaking(question: str, named: Named, speakers: Sequence[str]) -> list[str]:
    """The people an English question asks what they asked in the dialogue who are not among the summary records'
    speakers (`speakers`: its members and Chairs; none when the corpus holds no record): "What did Sarah Cleveland ask
    the delegation about the assemblies law?" (the NGOs cite her legal opinion; she is no member of this review)."""
    spoken = {surname(speaker) for speaker in speakers}
    if not spoken:
        return []
    asked = [(person, _ASKED_BY) for person in named.people]
    asked += [(name, _ASKED_THE_DELEGATION) for name in (*named.name_runs, *named.standalone)]
    return [
        person
        for person, pattern in asked
        if not has_cyrillic(person)
        and surname(person) not in spoken
        and re.search(pattern.format(name=re.escape(person)), question, re.IGNORECASE)
    ]


_SAID_EN = r"(?:say|said|tell|told|state|stated|explain|explained|report|reported|announce|announced)"
_SAID_RU = r"(?:сказал|заявил|говорил|рассказал|сообщил|ответил|пояснил|объяснил)\w*"


def bodies_speaking_at_the_meeting(
    question: str, bodies: Sequence[tuple[str, tuple[str, ...]]], speakers: Sequence[str]
) -> list[str]:
    """The bodies a question asks what they said at the meeting ("What did the Children's Rights Commissioner say at
    the meeting?", «Что сказала на заседании Уполномоченный по правам ребёнка?»): the summary record names no
    delegation speaker but "A representative of Kazakhstan", so none of its words is that body's. None when the
    corpus holds no record (`speakers`: its members and Chairs)."""
    if not speakers or _AT_THE_MEETING.search(question) is None:
        return []
    found = []
    for written, _names in bodies:
        name = re.escape(written)
        english = rf"\b(?:did|does|has|had)\s+(?:the\s+)?{name}\s+(?:\w+\s+)?{_SAID_EN}\b"
        russian = rf"(?<![\w-]){_SAID_RU}(?:\s+\S+){{0,3}}\s+{name}|{name}(?:\s+\S+){{0,3}}\s+{_SAID_RU}"
        if re.search(english, question, re.IGNORECASE) or re.search(russian, question, re.IGNORECASE):
            found.append(written)
    return found


_WHO_SAID_EN = re.compile(
    rf"\b(?:did|does|has|had)\s+(?P<who>.{{3,90}}?)\s+(?:(?:\w+ly|not|never|ever|also)\s+)?{_SAID_EN}\b", re.IGNORECASE
)
_WHO_SAID_RU = (
    re.compile(
        rf"(?<![\w-]){_SAID_RU}(?:\s+на\s+(?:заседании|диалоге|сессии))?\s+(?P<who>[^?.,]{{3,90}})", re.IGNORECASE
    ),
    re.compile(rf"(?P<who>[^?.,]{{3,90}}?)\s+{_SAID_RU}", re.IGNORECASE),
)
# what a Russian question's words around the verb of saying hold besides who spoke: the question word before it, what
# about after it («Что сказали ... представители НПО о пытках?»: НПО)
_QUESTION_WORD_RU = re.compile(r"^(?:что|как|чего|какие|какую|какой)\s+", re.IGNORECASE)
_WHAT_ABOUT_RU = re.compile(r"(?:^|\s+)(?:о|об|обо|про|по|на|в|во|за)\s+.*$", re.IGNORECASE)
# the words of an organisation, as a question names one: not a speaker of a treaty body's meeting
_ORGANISATION = re.compile(
    rf"\b(?:NGOs?|civil\s+society|{'|'.join(ORGANIZATION_HEADS)}|UNHCR|UNICEF|OHCHR|UNDP|IOM|OSCE)\b"
    # the UN's special procedures and its High Commissioner ("the UN Special Rapporteur on counter-terrorism")
    r"|\b(?:special\s+rapporteurs?|independent\s+experts?|working\s+group|high\s+commissioner)\b"
    r"|(?<![\w-])(?:НПО|гражданск\w+\s+обществ\w*|бюро|фонд\w*|УВКБ|ЮНИСЕФ|спецдокладчи\w*|специальн\w+\s+докладчи\w*"
    r"|независим\w+\s+эксперт\w*|рабоч\w+\s+групп\w*|верховн\w+\s+комиссар\w*)(?![\w-])",
    re.IGNORECASE,
)


def non_speakers_at_the_meeting(
    question: str, speakers: Sequence[str], meeting_committees: frozenset[str]
) -> list[str]:
    """Who a question asks what they said at the meeting when only the Committee's members, its Chair and the
    delegation speak there: another treaty body ("What did the women's rights committee (CEDAW) say at the 25 June
    meeting ...?") or an organisation ("What did the Kazakhstan International Bureau for Human Rights tell the
    Committee during the meeting?", «Что сказали на заседании НПО?»). None when the corpus holds no record
    (`speakers`); `meeting_committees`: the treaty bodies whose meetings the records are."""
    if not speakers or _AT_A_MEETING.search(question) is None:
        return []
    patterns = _WHO_SAID_RU if has_cyrillic(question) else (_WHO_SAID_EN,)
    found = []
    for match in (match for pattern in patterns for match in pattern.finditer(question)):
        who = _WHAT_ABOUT_RU.sub("", _QUESTION_WORD_RU.sub("", match.group("who").strip())).strip()
        if (committees_named(who) - meeting_committees or _ORGANISATION.search(who)) and who not in found:
            found.append(who)
    return found


def member_said(person: str, corpus: CorpusNames) -> list[frozenset[str]]:
    """The terms of each paragraph this Committee member speaks in a summary record (none: not a member who spoke);
    a member written in Cyrillic letters by the transliteration of their surname, any case ending (_is_member)."""
    if has_cyrillic(person):
        return [said for speaker, said in corpus.members_said if _is_member(person, speaker)]
    return [said for speaker, said in corpus.members_said if surname(speaker) == surname(person)]


def _best_member(topic: Sequence[str], corpus: CorpusNames, skipped: Sequence[str] = ()) -> tuple[int, str]:
    """The Committee member, other than the `skipped` people, one of whose paragraphs shows most of the topic's terms,
    with how many (0 and "" when none touches it); of members whose paragraphs show as many, the one with more such
    paragraphs, then the first in the record."""
    surnames = {surname(person) for person in skipped}
    # per member: the most topic terms one paragraph shows, and in how many paragraphs (a tie goes to the member who
    # spoke of it more: Ms. Donders's two paragraphs on the judiciary, not Ms. Bassim's "judicial oversight")
    shown_by: dict[str, tuple[int, int]] = {}
    for speaker, said in corpus.members_said:
        if surname(speaker) in surnames:
            continue
        words = with_event_word(set(said))  # "the January events": "the protests ... in January 2022" too
        shown = sum(1 for term in topic if term in words)
        most, paragraphs = shown_by.get(speaker, (0, 0))
        if shown > most:
            shown_by[speaker] = (shown, 1)
        elif shown == most and shown:
            shown_by[speaker] = (most, paragraphs + 1)
    best = max(shown_by.items(), key=lambda item: item[1], default=("", (0, 0)))  # the first of equals, as listed
    return (best[1][0], best[0]) if best[1][0] else (0, "")


def _shorthand_unsaid(question: str, topic: Sequence[str], speaker: str, corpus: CorpusNames) -> frozenset[str]:
    """The question's shorthand ("ai") that a Committee member never says, of what the topic's terms are, in any of
    their paragraphs (all of it for no member)."""
    acronyms = frozenset(question_acronyms(question))
    if not acronyms:
        return acronyms
    said = [with_event_word(set(words)) for who, words in corpus.members_said if speaker and who == speaker]
    return acronyms - {term for term in topic if term in acronyms and any(term in words for words in said)}


def _reply_topic(topic: Sequence[str], names: Sequence[str], said: Sequence[frozenset[str]]) -> tuple[str, ...]:
    """What a reply to a member must touch: the question's topic terms without the words of the names the member
    used ("did the delegation answer Mr. Yigezu's question on the Basic Principles on the Use of Force?" -> use,
    force: the reply need not repeat the instrument he cited), or all of them when nothing else is left."""
    cited = {term for name in names for term in terms(name) if any(term in words for words in said)}
    kept = tuple(term for term in topic if term not in cited)
    return kept or tuple(topic)


# A long question about a reply tells what the member raised and what the reply is asked for ("Bassim wanted numbers
# on torture complaints against the police - what trend did the delegation describe?": six words, of which the reply
# "fewer and fewer complaints of torture had been registered since 2019" shows two): from this many words on, a
# reply showing a third of them, two at least, is on it
LONG_REPLY_TOPIC = 5


def replies_on(shown: int, asked: int) -> bool:
    """Whether a reply showing `shown` of the `asked` words of what a member raised is on it: more than half of them,
    or of a long question (LONG_REPLY_TOPIC words or more) a third, two at least."""
    if asked >= LONG_REPLY_TOPIC:
        return shown >= 2 and 3 * shown >= asked
    return 2 * shown > asked


def _raised_by(topic: Sequence[str], people: Sequence[str], corpus: CorpusNames) -> tuple[int, str]:
    """The Committee member, other than the people named, one of whose paragraphs shows most of a person question's
    topic terms, with how many (0 and "" when the question names nobody or nobody else touches it)."""
    return _best_member(topic, corpus, people) if topic and people else (0, "")


# where what someone said is about begins, when the subject is itself a side's name ("... about human rights defenders")
_ABOUT_WHAT = re.compile(r"\b(?:about|regarding|concerning|on)\s+", re.IGNORECASE)


def qualified_bodies(question: str, bodies: Sequence[tuple[str, tuple[str, ...]]]) -> list[str]:
    """A body the question names with a capitalised word before it that is no part of its name ("the Business
    Ombudsman", "the Military Prosecutor's Office"): another body than the one of that name (the Human Rights
    Commissioner is the documents' Ombudsman), which the lead must name as written. Not a question word, a country
    ("the Kazakh Ombudsman") or a possessive ("Kazakhstan's Ombudsman")."""
    qualified = []
    for written, _names in bodies:
        for match in re.finditer(rf"(?<![\w'’-])([A-Z][a-z]+)\s+{re.escape(written)}", question):
            word = match.group(1)
            if word.lower() not in NOT_NAMES and not countries_in(word):
                qualified.append(f"{word} {written}")
    return qualified


# An index a ranking is given in: "the Rule of Law Index", "the 2023 Global Gender Gap Index"
_INDEX_NAME = re.compile(r"\b((?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|the|and)\s+)*)+Index)\b")
# the words before an index typed in lower case that are no part of its name: "kz rank press freedom index"
_BEFORE_AN_INDEX = frozenset(
    "kz rk kazakhstan kazakhstan's rank ranks ranked ranking score scores place position where how what which is in on "
    "the of did does do it its their they this that our by per to at a an from under according".split()
)
# typed in lower case: "kz rank press freedom index 2024?", "the rule of law index" (two words at least before it),
# in a question on a ranking (not "a sum pegged to the monthly index": the documents' monthly calculation index)
_INDEX_NAME_LOWER = re.compile(r"(?<![\w'’-])((?:[a-z][a-z'’-]+\s+(?:(?:of|on|for|the|and)\s+)*){2,4}index)\b")
_RANKING = re.compile(
    r"\b(?:where|rank\w*|scor\w*|rat(?:ed|ing)s?|places?|placed|position\w*|standing|top|bottom)\b", re.IGNORECASE
)


def written_index(index: str, corpus: CorpusNames) -> str | None:
    """The index as the documents write it: its name, or its name without the words before ("wjp rule of law
    index": Rule of Law Index; "UNDP Human Development Index" without its acronym); None when they write none."""
    words = _without_acronyms(index).split()
    return next((" ".join(words[at:]) for at in range(len(words) - 1) if corpus.writes(" ".join(words[at:]))), None)


def indices_named(question: str) -> list[str]:
    """The indices a question names by their full names ("Where does Kazakhstan rank in the Rule of Law Index?"): the
    lead must name the one the documents write, not another index's rank (the Gender Gap Index's "sixty-second")."""
    named = []
    lower = _INDEX_NAME_LOWER.finditer(question) if _RANKING.search(question) else ()
    for match in [*_INDEX_NAME.finditer(question), *lower]:
        words = match.group(1).split()
        # "What Index", "The Rule of Law Index"; "kz rank press freedom index", "on the wjp rule of law index"
        while words and (words[0].lower() in NOT_NAMES or words[0].islower() and words[0] in _BEFORE_AN_INDEX):
            words = words[1:]
        if len(words) >= 2:
            named.append(" ".join(words))
    return named


# An instrument named by its number: "Security Council resolution 2250", "ILO Convention No. 189", "резолюции СБ ООН
# 2250", "конвенции МОТ № 189"
_NUMBERED_INSTRUMENT = re.compile(
    # "ILO Convention No. 182", "Labour Inspection Convention (No. 81)", "ILO convention 98", "ILO C87"
    r"\b(?:resolutions?|(?:Convention|Protocol|Recommendation)\s+\(?No\.?|(?<=ILO\s)(?:convention\s+|C\s?))\s*(\d{2,4})"
    r"(?![\d/])"
    r"|(?<![\w-])(?:резолюци\w*|конвенци\w*(?:\s+МОТ)?\s*№)(?:\s+(?:СБ|ГА|ООН|Совета\s+Безопасности))*\s*№?\s*(\d{2,4})"
    r"(?![\d/])",
    re.IGNORECASE,
)


_RESOLUTION = re.compile(r"resolution|резолюци", re.IGNORECASE)

# An instrument named by what it is on: "the CoE convention on the transfer of sentenced persons", "the Convention on
# the Reduction of Statelessness", "the OP on children in armed conflict", "the law on the foreign agents register":
# its subject as a title writes it (capitalised words and the little words between them) or, in lower case, the words
# up to the end of the clause (six at most). A law on or against a subject only ("a stand-alone law for the NPM" is no
# law's title), an act by its capital only ("the Act on ..."; "did they act on it?")
_INSTRUMENT_ON = re.compile(
    r"\b(?:(?:(?i:convention|protocol|covenant|treaty|charter)|OP)\s+(?:on|against|for|relating\s+to)"
    r"|(?:(?i:law|bill)|Act)\s+(?:on|against))\s+(?:the\s+)?"
    r"(?P<subject>[A-Z][\w'’-]+(?:\s+(?:(?:of|the|and|on|with|for|in|to|against)\s+)*[A-Z][\w'’-]+)*"
    r"|[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,5}(?=\s*(?:[?,.;:()]|\s[-—–]\s|$)))"
)


# "a specific law on police use of force", "a separate convention on": any such instrument, asked for or about, not
# one by its name
_ANY_INSTRUMENT = re.compile(
    r"\b(?:a|an|any|some)\s+(?:(?:specific|separate|special|dedicated|comprehensive|new|single|stand-alone)\s+)?$",
    re.IGNORECASE,
)


# A law named by its subject before it, as what someone was punished under: "How many people were prosecuted under
# Kazakhstan's LGBT propaganda law?" (its convictions are not those of any other law); not "under Kazakh law", "under
# the new law" (_NO_LAW_SUBJECT)
_PUNISHED_UNDER_LAW = re.compile(
    r"\b(?:convicted|prosecuted|charged|sentenced|punished|fined|jailed|imprisoned|convictions?|prosecutions?)\s+"
    r"under\s+(?:[A-Za-z]+['’]s\s+)?(?P<subject>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?i:law|act)\b"
)
_NO_LAW_SUBJECT = frozenset("new recent current old kazakh national domestic criminal international relevant".split())


# A verb after an instrument's subject in lower case ends it: "Does the law on peaceful assemblies comply with ...?"
_SUBJECT_ENDS = re.compile(
    r"\s(?:compl(?:y|ies)|meets?|conforms?|violates?|breach(?:es)?|contradicts?|matches|(?:is|are)\s+(?:in|compatible"
    r"|consistent)|allows?|permits?|requires?|says?|provides?|prohibits?|bans?|protects?|appl(?:y|ies)|falls?|stands?"
    r"|differs?|work|works|need|needs)\b"
)


# An Act named by its title before the word ("the Personal Data and its Protection Act", "the Advocacy and Legal
# Assistance Act"): a title of capitalised words, the small words between them
_TITLED_ACT = re.compile(
    r"(?<=\bthe\s)(?P<title>[A-Z][\w'’-]+(?:\s+(?:(?:of|the|and|its|on|with|for|in|to|against)\s+)*[A-Z][\w'’-]+)*)"
    r"\s+Act\b"
)


def instruments_on(question: str) -> list[tuple[str, str]]:
    """The instruments a question names by what they are on, as written, with that subject ("convention on the
    transfer of sentenced persons", "transfer of sentenced persons"; "LGBT propaganda law", "LGBT propaganda"); a
    subject in lower case ends before a verb ("the law on peaceful assemblies comply with ...": peaceful assemblies)."""
    found = []
    for match in _INSTRUMENT_ON.finditer(question):
        if _ANY_INSTRUMENT.search(question[: match.start()]):
            continue
        subject, written = match.group("subject"), match.group(0)
        if subject.islower() and (verb := _SUBJECT_ENDS.search(subject)):
            cut = verb.start() - len(subject)  # as many characters off the written name's end
            subject, written = subject[: verb.start()], written[:cut]
        found.append((written, subject))
    for match in _TITLED_ACT.finditer(question):  # "the Personal Data and its Protection Act": its title
        # (an acronym before it is written out or left out: "the EU Digital Services Act" is the record's "European
        # Union Digital Services Act")
        title = re.sub(r"^(?:[A-Z]{2,}\s+)+", "", match.group("title"))
        found.append((f"the {match.group(0)}", title))
    for match in _PUNISHED_UNDER_LAW.finditer(question):
        words = match.group("subject").split()
        while words and (words[0].lower() in STOPWORDS | _NO_LAW_SUBJECT or words[0].isdigit()):
            words.pop(0)
        if words and not any(word.lower() in _NO_LAW_SUBJECT for word in words):
            subject = " ".join(words)
            found.append((f"{subject} {match.group(0).split()[-1]}", subject))
    return found


# a telephone line named by its number: "the 1424 hotline", "helpline 150", "телефон доверия 111", "линия 1414"
_LINE_WORD = (
    r"(?:hot\s?line|help\s?line|trust\s+line|call\s+cent(?:re|er)|телефон\w*\s+доверия|горяч\w+\s+лини\w+|лини\w+)"
)
_NUMBERED_LINE = re.compile(
    rf"(?<![\w.,])(?P<before>\d{{3,6}})\s+{_LINE_WORD}"
    rf"|{_LINE_WORD}\s+(?:no\.?\s*|number\s+|номер\s+)?(?P<after>\d{{3,6}})(?![\d.,])",
    re.IGNORECASE,
)


def lines_numbered(question: str) -> list[tuple[str, str]]:
    """The telephone lines a question names by their numbers, as written, with the number ("the 1424 hotline")."""
    found = _NUMBERED_LINE.finditer(question)
    return [(line.group(0), line.group("before") or line.group("after")) for line in found]


def instruments_numbered(question: str) -> list[tuple[str, str]]:
    """The instruments a question names by their numbers, as written, with the number ("resolution 2250", "2250")."""
    return [(match.group(0), match.group(1) or match.group(2)) for match in _NUMBERED_INSTRUMENT.finditer(question)]


def _without_acronyms(name: str) -> str:
    """A name without the acronyms before it: "UNDP Human Development Index" -> "Human Development Index", "WJP Rule
    of Law Index" -> "Rule of Law Index" (the documents may name an index without whose it is)."""
    words = name.split()
    while len(words) > 1 and words[0].isupper():
        words = words[1:]
    return " ".join(words)


def _side_topic(question: str, covered: str = "") -> tuple[str, ...]:
    """The terms of what a question asks a side of the dialogue or a treaty body said (actors.speaking_sides: "What
    did the delegation say about X?"), years aside; none when it names no speaking side."""
    if not actors.speaking_sides(question) and not speaking_committees(question):
        return ()
    return tuple(term for term in _person_topic(question, (), covered) if not term.isdigit())


# Words before a person that make them the one answered, not the one answering: "How did the delegation respond to
# Mr. Korkelia's concern...", "answer Ms. Donders on...", "Что делегация ответила г-ну Коркелии", "на вопрос г-жи...".
_ANSWERED_BEFORE = re.compile(
    r"(?:\b(?:respond\w*|repl(?:y|ies|ied)|answer\w*|react\w*|rebut\w*)(?:\s+to)?(?:\s+(?:the\s+)?(?:questions?|concerns?"
    r"|points?|criticism|remarks?|comments?)\s+(?:of|from|by|raised\s+by))?"
    # "Ответила ли делегация г-же Бассим...": the one answering between the verb and the one answered
    r"|\b(?:ответил\w*|отвеча\w*|отреагировал\w*)(?:\s+ли)?(?:\s+(?:делегаци|государств|казахстан|власт)\w*)?"
    r"|\bна\s+(?:вопрос\w*|замечани\w*|критик\w*))\s+$",
    re.IGNORECASE,
)


def cyrillic_name(word: str) -> bool:
    """A capitalised Cyrillic word of four letters or more that is no acronym and no word the Russian glossary
    translates ("Жилина"; not "НПО", nor "Пакту": the Covenant)."""
    return has_cyrillic(word) and not word.isupper() and len(word) >= 4 and not english_gloss(word)


def answered_people(question: str, people: Sequence[str]) -> list[str]:
    """The people the question asks the reply to ("How did the delegation respond to Mr. Korkelia's concern about
    X?", "yigezu pushed on X - what did the delegation say?"): they asked, and the reply that answers need not name
    them."""
    answered = []
    for person in people:  # as written, else by surname, any case: "the reply to korkelia" names Mr. Korkelia
        found = _written_at(question, person)
        if found is None:
            continue
        at, end = found
        if _ANSWERED_BEFORE.search(question[max(0, at - 60) : at]):
            answered.append(person)
        elif (
            (_TOLD_ASKING.match(question[end:]) or (not person.isupper() and _TOLD_NOW.match(question[end:])))
            and _REPLY_AFTER.search(question[end:])
            and not _ASKED_OF.search(question[max(0, at - 25) : at])
        ):
            answered.append(person)  # what they raised told as a fact, then the reply asked for
        elif _REPLY_AFTER.search(question[:at]) and (
            (_AS_THEY_ASKED.search(question[max(0, at - 12) : at]) and _TOLD_ASKING.match(question[end:]))
            or (question[:at].rstrip().endswith("(") and question[end:].lstrip().startswith(")"))
        ):
            # the reply asked for, then who raised it: "..., as Mr. Helfer asked?", "... of assemblies (donders)?"
            answered.append(person)
    return answered


_TOLD_ENDS = re.compile(r"[.;!?]\s|\s[—–-]\s")


def asked_after_premise(question: str, person: str) -> str:
    """What a question asks after telling what the person raised (told_premise): "... . На какие принципы ссылается
    государство?"; "" when it tells nothing so."""
    return _after(question, told_premise(question, person))


def _after(question: str, premise: str) -> str:
    """The question after the premise it tells (told_premise), or "" when it tells none."""
    return question[question.index(premise) + len(premise) :] if premise else ""


def told_premise(question: str, person: str) -> str:
    """What a question tells the person raised, when it tells it and then asks the reply ("Коркелия спрашивал, как
    ... . На какие принципы ссылается государство?" -> "спрашивал, как ..."): from the name to the end of its sentence
    or clause; "" when the question does not write the person or asks no reply after it."""
    found = _written_at(question, person)
    if found is None:
        return ""
    told = question[found[1] :]
    reply = _REPLY_AFTER.search(told)
    if reply is None:
        return ""
    ends = _TOLD_ENDS.search(told, 0, reply.end())  # ("без вмешательства властей. Какие ... приводит государство")
    return told[: ends.start() if ends else reply.start()]


# The verbs of telling what a text or a side says: "The report says ...", "A 2008 Supreme Court decision tells judges
# ...", «Государство подчёркивает ...», «Госдоклад перечисляет ...»
_TELLS = re.compile(
    r"\b(?:says?|said|states|stated|claims?|claimed|describes?|described|lists?|listed|tells?|told|stresses|stressed"
    r"|reports|reported|notes|noted|argues?|argued|insists?|insisted|emphasi[sz]es|emphasi[sz]ed|mentions|mentioned"
    r"|writes|wrote|maintains|asserts?)\b"
    r"|(?<![\w-])(?:пиш\w*|писал\w*|перечисля\w*|подч[её]ркива\w*|уверя\w*|утвержда\w*|заявля\w*|заявил\w*|описыва\w*"
    r"|сообща\w*|сообщил\w*|говорит|говорил\w*|указыва\w*|отмеча\w*|ссылается|приводит)(?![\w-])",
    re.IGNORECASE,
)


# The words of asking a side about what was told before, which name no subject of their own: "What did the delegation
# claim?", "Does the UN country team agree?", "How does the government's written reply answer that?", «А что говорят
# НПО об этом?»
_ASKED_OF_IT = frozenset(
    terms(
        "what how why did does do is are was were has have had say said says tell told claim claimed claims think"
        " thinks agree agrees accept accepts buy buys share shares dispute disputes contest confirm confirms deny"
        " denies raise raised answer answers answered reply replies replied respond responds responded written view"
        " views position stance take that this it those these them they their its about on of the a an really"
        " actually also still too same see sees member members expert experts committee general comment comments"
        " recommendation recommendations"
        " а и что как ли это этом этого это тот так они их его её ее об о про по на в согласны согласен считают"
        " говорят говорит сказали сказал ответил ответила ответили ответ пишут писали думают видят позиция мнение"
    )
)


def asked_after_told(question: str) -> str:
    """The question's last sentence, when the sentences before it tell what something says and that sentence asks
    another side ("The report says a 2019 act lets hospital-born babies be registered ... . What gap did the
    Committee raise about kids born elsewhere?", «Государство подчёркивает независимость и иммунитет Уполномоченного
    ... . Что по его независимости рекомендуют органы ООН ...?"): the asked side's answer need not repeat the year,
    names or words of what the other said. "" for any other question."""
    sentences = [span.text.strip() for span in split_sentences(question) if span.text.strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?") or any(s.endswith("?") for s in sentences[:-1]):
        return ""
    told, asked = " ".join(sentences[:-1]), sentences[-1]
    asked_sides = actors.question_sides(asked)
    if not _TELLS.search(told) or not asked_sides or asked_sides & actors.question_sides(told):
        return ""
    # "What did the delegation claim?", "Do the NGOs buy that?": asked of what was told, which is its subject
    if not [term for term in terms(actors.without_sides(asked)) if term not in _ASKED_OF_IT]:
        return ""
    return asked


# the member after the reply asked for, as the one who raised it: "Did the delegation explain why X, as Mr. Helfer
# asked?", "... what Ms. Bassim raised"
_AS_THEY_ASKED = re.compile(r"\b(?:as|like|which|what)\s+$", re.IGNORECASE)


def _written_at(question: str, person: str) -> tuple[int, int] | None:
    """Where the question writes the person: as written, by surname (any case), or by the surname's Russian spelling
    with any case ending ("Коркелия", "Коркелии"); None when it does not."""
    lowered = question.lower()
    for written in (person.lower(), person.split()[-1].lower()):
        if (at := lowered.find(written)) >= 0:
            return at, at + len(written)
    cyrillic = actors.cyrillic_spelling(surname(person))
    if cyrillic and (at := lowered.find(cyrillic.lower()[:-1])) >= 0:
        end = re.match(r"[\w-]*", lowered[at:])
        return at, at + (end.end() if end else len(cyrillic))
    return None


# the State named in a Russian question, and its verbs of citing and naming in reply (_REPLY_AFTER)
_STATE_RU = r"государств[оау]\w*|власт(?:и|ей)|правительств\w*|Казахстан\w*"
_CITES_RU = (
    r"ссыла\w*|сослал\w*|называ\w*|назвал\w*|привод\w*|привел\w*|привёл\w*|указыва\w*|указал\w*|пиш\w*"
    r"|писал\w*|отвеча\w*|ответил\w*|сообща\w*|сообщил\w*|говор\w*|сказал\w*|объясня\w*|объяснил\w*"
)
# the reply asked for after the member's question told as a fact: "Mr. Helfer asked about X - what did the delegation
# say back?", "yigezu pushed on X - what did the delegation answer", "donders on X - which steps did the delegation
# list", "Коркелия поднимал тему X. Что делегация на это сказала?", "Дондерс спрашивала, почему ... Чем делегация это
# объяснила?" (not "What did Mr. Helfer ask about X, and what did the delegation answer?", which asks both: _ASKED_OF)
_REPLY_AFTER = re.compile(
    r"\b(?:delegation|state party|government|authorities)\b[^?]{0,40}?"
    r"\b(?:say|said|answer\w*|repl\w*|respond\w*|react\w*|explain\w*|describ\w*|mention\w*|list\w*|cite\w*"
    r"|point\w* to)\b"
    r"|\b(?:what|how|which)\b[^?]{0,40}?\b(?:did|does|do)\s+(?:the\s+)?(?:delegation|state|government|they|kz"
    r"|kazakhstan|authorities)\b"
    r"|\baccording to the (?:delegation|state)\b|\bwhat was the (?:answer|reply|response)\b"
    # "Mr. Yigezu asked about rules on force; for what purposes does the report allow ...?", "...; according to the
    # report, ...": the State's written words asked after the member's point
    r"|\b(?:according\s+to|under|in|does|did|do)\s+(?:the\s+)?(?:State(?:\s+party)?['’]s\s+)?report\b"
    # "... . Does the State's reply mention ...?", "... . Did the delegation answer that?": a question of its own
    r"|[.;!?]\s+(?:does|did|do|has|have|is|was)\s+(?:the\s+)?(?:delegation|state(?:\s+party)?|government|authorities)"
    r"(?:['’]s)?\b"
    r"|(?<![\w-])делегаци\w*[^?]{0,40}?(?:ответил|сказал|объяснил|рассказал|сообщил|отреагировал|привел|привёл)\w*"
    r"|(?<![\w-])(?:ответил|сказал|объяснил|рассказал|сообщил|отреагировал)\w*[^?]{0,30}?делегаци\w*"
    # "... . На какие принципы ссылается государство в письменных ответах?", "Какую цель называет государство?"
    rf"|(?<![\w-])(?:{_STATE_RU})[^?]{{0,40}}?(?:{_CITES_RU})"
    rf"|(?<![\w-])(?:{_CITES_RU})[^?]{{0,30}}?(?<![\w-])(?:{_STATE_RU})"
    r"|(?<![\w-])по\s+словам\s+делегации|(?<![\w-])что\s+(?:им|ему|ей)?\s*(?:на\s+это\s+)?ответили",
    re.IGNORECASE,
)


def asks_a_reply_after(question: str) -> bool:
    """Whether the question asks the State's reply anywhere in it (_REPLY_AFTER): what a member's point told first
    (told_premise) needs after it."""
    return _REPLY_AFTER.search(question) is not None


# what the member did, right after the name: "yigezu pushed on", "donders on", "Коркелия поднимал тему" (not "в
# Комитете об отключениях интернета", a place)
_TOLD_ASKING = re.compile(
    r"[\w'’-]*\s+(?:\S+\s+)?(?:asked|raised|pushed|pressed|wanted|wondered|questioned|brought|on|about|re"
    # what they put to the delegation: "Ms. Bassim cited reports that ...", "Бассим ссылалась на сообщения ..."
    r"|cited|mentioned|noted|flagged|highlighted|referred|said|complained|critici[sz]ed|urged|expressed|voiced"
    r"|спрашивал\w*|спросил\w*|поднимал\w*|поднял\w*|интересовал\w*|просил\w*|задавал\w*"
    r"|ссылал\w*|сослал\w*|упоминал\w*|упомянул\w*|говорил\w*|сказал\w*|отмечал\w*|отметил\w*|указывал\w*"
    r"|указал\w*|критиковал\w*|выражал\w*|выразил\w*)\b",
    re.IGNORECASE,
)
# what a member put to the delegation told in the present: "Mr. Yigezu says ...", "Bassim notes ..." (not a body's
# acronym, "UNHCR says ...": a side told, which the question sets against another)
_TOLD_NOW = re.compile(
    r"[\w'’-]*\s+(?:says|asks|raises|notes|mentions|cites|flags|stresses|warns|argues|claims|complains|urges"
    r"|critici[sz]es)\b",
    re.IGNORECASE,
)
# the member as the one the question asks about: "What did Ms. Donders ask ...", "что спросила Бассим ..."
_ASKED_OF = re.compile(r"(?:\b(?:what|how|did|has|had)\b|(?<![\w-])(?:что|о\s+ч[её]м|как))\s+(?:\S+\s+)?$", re.I)


# a question asking who raised something in the meeting: "Which Committee member asked about X?", "who raised X?",
# «Кто спросил о X?», «Кто из членов Комитета спрашивал про X?»
WHO_RAISED = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:who|which\s+(?:committee\s+)?members?)\s+(?:asked|raised|brought\s+up|questioned)\b"
    # (what about, said before the verb: «кто из комитета про реестр спрашивал»)
    r"|^\s*(?:а\s+|и\s+)?кто(?:\s+из\s+(?:членов\s+)?(?:комитета|экспертов))?\s+(?:(?:про|о|об|насч[её]т)\s+[\w-]+\s+)?"
    r"(?:спросил|спрашивал|поднял|поднимал|задал|задавал|интересовал)",
    re.IGNORECASE,
)


# "Did the delegation answer the question on article 428 (3)?", "How did the State respond to the concern about X?",
# "Ответила ли делегация на вопрос о X?": the reply to a question someone raised in the meeting, naming no one
_ASKS_FOR_A_REPLY = re.compile(
    r"\b(?:did|has|have|was|were|how\s+did|what\s+did)\s+(?:the\s+)?(?:delegation|State(?:\s+party)?|Government"
    r"|Kazakhstan|authorities)\s+(?:ever\s+|actually\s+)?(?:answer\w*|respond\w*|repl\w*|react\w*)\s+(?:to\s+)?"
    r"(?:the\s+|a\s+|this\s+|that\s+)?(?:Committee['’]s\s+|members?['’]?s?\s+)?(?:questions?|concerns?|points?)\b"
    # "Did the delegation reply on article 428?"
    r"|\b(?:did|has|have)\s+(?:the\s+)?(?:delegation|State(?:\s+party)?|Government|Kazakhstan|authorities)\s+(?:ever\s+)?"
    r"(?:answer\w*|respond\w*|repl\w*|react\w*)\s+(?:on|about|regarding|concerning)\b"
    r"|\bответил\w*\s+ли\s+(?:делегаци\w+|государств\w+|Казахстан\w*)\s+на\s+вопрос"
    r"|\b(?:как|что)\s+(?:делегаци\w+|государств\w+|Казахстан\w*)\s+ответил\w*\s+на\s+вопрос",
    re.IGNORECASE,
)


def asks_for_a_reply(question: str) -> bool:
    """Whether the question asks how a question raised in the meeting was answered, naming no one who raised it."""
    return _ASKS_FOR_A_REPLY.search(question) is not None


def _member_who_raised(topic: Sequence[str], corpus: CorpusNames) -> str:
    """The Committee member one of whose paragraphs shows most of the topic's terms (more than half), or ""."""
    shown, member = _best_member(topic, corpus)
    return member if 2 * shown > len(topic) else ""


def without_answered(question: str) -> str:
    """The question without the people it asks the reply to ("How did the delegation respond to Mr. Korkelia's
    concern about X?" -> "How did the delegation respond to concern about X?"): what to look for is the reply, which
    need not name them; their name would pull the search and the sentence choice to their own words."""
    named = named_in_question(question)
    people = answered_people(question, [*named.people, *named.standalone])  # "на вопрос Коркелии": no title
    for person in people:  # as typed: "ms bassim's" for Ms. Bassim
        written = re.escape(person).replace(r"\.", r"\.?")
        question = re.sub(rf"{written}(?:['’]s)?", " ", question, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", question).strip() if people else question


# A question about the reply to a document, not about the document itself
_ABOUT_A_REPLY = re.compile(
    r"\b(?:repl\w*|respon\w*|answer\w*|follow(?:ed)?[- ]up)\b|ответ\w*|отвеча\w*", re.IGNORECASE
)
_CALLED_CHAIR = re.compile(r"\bchair(?:person|man|woman)?\b|председател\w*", re.IGNORECASE)


def _beside_chair(question: str, person: str) -> bool:
    """Whether the question calls this person the Chair: "chair" within a few words before or after the name."""
    last = re.escape(person.split()[-1])
    chair, near = _CALLED_CHAIR.pattern, r"\W+(?:\w+\W+){0,2}?"
    window = rf"(?:{chair}){near}\w*\W*{last}|{last}{near}(?:{chair})"
    return re.search(window, question, re.IGNORECASE) is not None


def _stated_in_corpus(
    question: str,
    stated: frozenset[float],
    counts: Sequence[StatedCount],
    corpus: CorpusNames,
    years: Sequence[str],
) -> frozenset[tuple[float, str]]:
    """The stated figures some paragraph of the corpus gives of what the question says they count (counts_stated;
    one the question says counts nothing, "165 (delegation) vs 119 (report)", printed), each with that paragraph's
    side, in a paragraph on the question's topic (STATED_TOPIC_TERMS of its words besides what is counted and who
    said it, or all when fewer). Only the paragraphs that print the figure's digits are read."""
    found = set()
    counted = {count.value: count for count in counts}
    # what the question is about, in the documents' words (a Russian one's English gloss), figures and units aside
    worded = " ".join(english_gloss(question)) if has_cyrillic(question) else actors.without_sides(question)
    topic = {term for term in terms(worded) if not term[0].isdigit()} - STOPWORDS - SAYING_TERMS - _UNIT_TERMS
    for value in stated:
        digits = str(int(value)) if value.is_integer() else str(value)  # whole: a million is "1000000", not "1e+06"
        count = counted.get(value)
        about = topic - set(count.counted if count is not None else ())
        needed = min(STATED_TOPIC_TERMS, len(about))
        for text, whole, side in zip(corpus.texts, corpus.whole_figures, corpus.sides, strict=False):
            if digits not in whole or len(about & set(terms(text))) < needed:
                continue  # a paragraph on another matter ("10 business days" for religious gatherings, not pickets)
            if counts_stated([text], count, years) if count is not None else value in printed_figures(text):
                found.add((value, side))
    return frozenset(found)


_THE_YEAR = re.compile(r"\b(?:the|that|this|the same) (?:year|period)\b", re.IGNORECASE)
_COMPARED = re.compile(r"\([^)]*\)|\b(?:compared (?:with|to)|as against|as opposed to|versus|up from|down from)\b.*")


def _own_time(sentence: str) -> str:
    """A sentence without what it compares its figures with ("... 119 women (compared with 337 ... in 2020)")."""
    return _COMPARED.sub(" ", sentence)


_UNIT_TERMS = frozenset(terms("per cent percent percentage share year years month months day days week weeks"))


STATED_TOPIC_TERMS = 2  # words of the question's topic a paragraph must share to give a figure it states


def _stated_by(question: str) -> str:
    """The side a question says gives the figures it states: the one side it names, or the General Comments when it
    names them ("Which General Comment of the Committee against Torture sets a 15-day maximum...?": not the
    compilation's report of what that Committee told Kazakhstan); "" otherwise."""
    sides = actors.question_sides(question)
    if STANDARD_SIDE in sides:
        return STANDARD_SIDE
    return next(iter(sides)) if len(sides) == 1 else ""


def _the_chair_asked(question: str) -> str:
    """The Chair as the question names the speaker it asks about ("The Chair", "Председатель"), or ""."""
    if not actors.asks_the_chair(question):
        return ""
    return "Председатель" if has_cyrillic(question) else "The Chair"


# Kinds of document a question may ask about by kind, not by symbol: "What did the Committee recommend in its
# concluding observations on X?" (English words as the documents and manifests write them, and the Russian ones)
_DOCUMENT_KINDS = {
    "concluding observations": re.compile(r"\bconcluding observations\b|заключительн\w* замечани", re.IGNORECASE),
}
_KIND_LABELS = {"concluding observations": ("the concluding observations", "заключительные замечания")}


def treaty_bodies_asked(question: str) -> tuple[str, ...]:
    """The treaty bodies a question asks what they say (treaty_bodies.speaking_committees), unless it asks the State
    or the NGOs too ("How did the delegation answer CAT's question...?": the delegation speaks), in a fixed order."""
    if actors.speaking_sides(question) & {"state", "ngo"}:
        return ()
    return tuple(sorted(speaking_committees(question)))


def kinds_not_held(question: str, corpus: CorpusNames) -> tuple[tuple[str, str], ...]:
    """The kinds of document a question names that the corpus does not hold ("its concluding observations", when no
    document's type or title is one), each with its label in the question's language: only a passage that cites them
    ("In its previous concluding observations, the Committee requested...") can say what they said."""
    russian = has_cyrillic(question)
    return tuple(
        (kind, _KIND_LABELS[kind][1 if russian else 0])
        for kind, pattern in _DOCUMENT_KINDS.items()
        if pattern.search(question) and kind not in corpus.held_kinds
    )


# the State someone put a question or a recommendation to: "ask China", "recommended to Uzbekistan", "спросил у Китая"
_ADDRESSED_STATE = re.compile(
    r"\b(?:ask|asks|asked|question|questioned|urge|urges|urged|press|pressed|recommend(?:s|ed)? to|tell|told)\s+"
    r"(?:the\s+(?:government|authorities|delegation)\s+of\s+|the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"|(?:спрашива|спроси|задал|задава)\w*\s+(?:вопрос\w*\s+)?у\s+([А-ЯЁ][\w-]+)",
)
# A meeting of the dialogue named by its year: "during the June 2025 dialogue", "на заседании в 2025 году"
_MEETING = r"(?:dialogue|meeting|session|review|hearing|диалог\w*|заседани\w*|сесси\w*|встреч\w*)"
# saying something to the Committee: "told the Committee", "said to the Human Rights Committee", "заявила Комитету"
_SAID_TO_COMMITTEE = (
    r"(?:told|said to|stated to|assured|informed|answered|replied to|asked)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?Committee"
    r"|(?:сказал|заявил|сообщил|ответил|заверил)\w*\s+(?:[\w-]+\s+){0,3}?Комитет\w*"
)


def _asked_years(question: str, years: Sequence[str]) -> tuple[str, ...]:
    """The years of the sentence that asks, when a question opens on a statement with years of its own and asks
    about others ("The delegation cited 444 officials disciplined since 2023. How many visits ... in 2024 alone?":
    2024); all of them otherwise."""
    asking = [sentence for sentence in re.split(r"(?<=[.!])\s+", question.strip()) if sentence.endswith("?")]
    if len(asking) != 1 or asking[0] == question.strip():
        return tuple(years)
    in_asking = tuple(year for year in years if year in asking[0])
    return in_asking or tuple(years)


PEOPLE_TERMS = frozenset(terms("human persons people individuals"))


def with_people_words(shown: set[str]) -> set[str]:
    """A paragraph's terms, with "human" when it speaks of persons, people or individuals: "human trafficking" is
    the documents' "trafficking in persons"; and with "event" when it names unrest in any of its words ("the
    January events" are Mr. Yigezu's "protests that had taken place in January 2022")."""
    return with_event_word(shown | {"human"} if shown & PEOPLE_TERMS else shown)


def with_event_word(shown: set[str]) -> set[str]:
    """A paragraph's terms, with "event" when it names unrest in any of its words (EVENT_KINDS)."""
    return shown | {_EVENT} if shown & _UNREST_TERMS else shown


_EVENT = "event"
_UNREST_TERMS = frozenset(terms(" ".join(EVENT_KINDS["unrest"][0])))


# the people held in custody, and the places and system that hold them ("institutions of the penal correction system")
_HELD = ("prison", "inmat", "detain", "convict")
_CUSTODY = frozenset(terms("prison prisons penal penitentiary remand colony colonies detention"))


# the shorthand search spells out (search.GLOSSARY), as the terms of its first wording: "NPM" -> national, preventive,
# mechanism
_SHORTHAND = {
    acronym.lower(): frozenset(terms(expansion.split(",")[0]))
    for acronym, expansion in GLOSSARY.items()
    if not has_cyrillic(acronym)
}


def terms_shown(paragraph: Paragraph) -> set[str]:
    """A paragraph's terms (text, section, speaker: text.paragraph_terms) with the shorthand of what it spells out."""
    return with_shorthand(set(paragraph_terms(paragraph)))


def with_shorthand(shown: set[str]) -> set[str]:
    """A paragraph's terms, with the shorthand of what it spells out ("national preventive mechanism": "npm"), as a
    question may name it ("what did korkelia ask about the npm")."""
    return shown | {acronym for acronym, words in _SHORTHAND.items() if words and words <= shown}


def _written_phrase(question: str, topic: Sequence[str], corpus: CorpusNames) -> tuple[str, ...]:
    """The topic's two terms when the question writes them side by side as a name the documents write too ("the
    death penalty", "domestic violence"); () for any other topic."""
    if len(topic) != 2:
        return ()
    words = re.findall(r"[A-Za-z][A-Za-z-]*", question)
    for first, second in zip(words, words[1:], strict=False):
        pair = f"{first} {second}"
        if tuple(terms(pair)) == tuple(topic) and corpus.writes(pair.lower()):
            return tuple(topic)
    return ()


def names_meeting(question: str, year: str, corpus: CorpusNames) -> bool:
    """True when the year dates a meeting whose record the corpus holds ("During the June 2025 dialogue, what number
    of trade unions did the delegation cite?"): what was said there is of that year though its paragraphs do not
    print it, so the year is no figure's year the answer must show. A meeting of another year is not held."""
    if year not in corpus.meeting_years:
        return False
    near = r"\W+(?:[\w-]+\W+){0,3}?"
    pattern = rf"{_MEETING}{near}{year}(?!\d)|(?<!\d){year}(?:\W+[\w-]+)?\W+{_MEETING}"
    # "what the delegation told the Human Rights Committee in 2025": the year something was said at the meeting
    spoken = rf"{_SAID_TO_COMMITTEE}\W+(?:[\w-]+\W+){{0,4}}?(?:in|в)\s+{year}(?!\d)"
    return re.search(f"{pattern}|{spoken}", question, re.IGNORECASE) is not None


@dataclass(frozen=True)
class Requirements:
    """What the quoted answer must show, from what the question names."""

    countries: frozenset[str]  # named countries the documents' metadata does not cover
    states: frozenset[str]  # those of them named by their own name ("Russia's"), not only by an adjective
    # what of theirs the question asks about: ("Russia", "court") for "a Russian military court" (entities.state_organs)
    organs: frozenset[tuple[str, str]]
    # terms of the standards' language the dialogue never uses ("facial recognition"), as written and as stems
    terms_of_art: tuple[tuple[str, tuple[str, str]], ...]
    # the body or scheme it asks whether the State has, or names by a proper name ("the European Court"), in two words
    # the dialogue never writes together ("a truth commission", "drug courts": entities.unwritten_institutions), as
    # written and as stems
    institutions: tuple[tuple[str, tuple[str, str]], ...]
    covered: str  # the countries the documents cover ("Kazakhstan")
    people: tuple[str, ...]  # people named with an honorific or title whom the corpus knows
    names: tuple[str, ...]  # other proper names, standing alone, that the corpus knows ("Senate", "Zhanaozen")
    runs: tuple[tuple[str, tuple[str, ...]], ...]  # names of several known words, with their distinctive words
    # names of three or more known words that the corpus never writes together ("the World Press Freedom Index"): more
    # than half of their words must be in the lead ("the Global Gender Gap Index" shares only "Index")
    unwritten_runs: tuple[str, ...]
    # the instruments it names by what they are on ("the Convention on the Reduction of Statelessness"), as written,
    # with the stems of that subject: the lead must name the subject (not another convention's ratification)
    instruments: tuple[tuple[str, tuple[str, ...]], ...]
    years: tuple[str, ...]
    # the months it dates by ("the January 2022 deaths": January): a passage of another month of the year is no answer
    months: tuple[str, ...]
    months_written: str  # them with the year, for the message ("January 2022", "январь 2022 года")
    wants_figure: bool
    wants_date: bool  # "when ...": a year or date is the figure
    wants_duration: bool  # "how long ...": a span of time is the figure
    counted: tuple[str, ...]  # what a "how many" question counts ("defence lawyers"), in words the corpus uses
    counted_topic: tuple[str, tuple[str, ...]] | None  # a Russian one's: ("судей", ("judge",))
    topics: tuple[tuple[str, tuple[str, ...]], ...]  # a Russian question's subject words and their English forms
    missing: Abstention | None  # something named that the corpus never mentions at all
    # the words of the bodies a question names ("пыток" of "Комитет против пыток"): who speaks, never a missing topic
    mechanism_words: frozenset[str] = frozenset()
    # English phrases it puts in quotation marks that the documents write ("'national security certificates'"): the
    # lead must write them too, where the documents speak of that, not beside it
    quoted: tuple[str, ...] = ()
    chair: str = ""  # the person the question calls the meeting's Chair ("the chair mr soh"): the lead must be his
    # "What did Committee members ask about X at the meeting?" with no one named: who that is, in the question's
    # language; the lead must be a member's (or the Chair's) words in the record, not the Committee against Torture's
    # list of issues
    members: str = ""
    # what an English question asks a named person said or asked about ("domestic violence" of "What did Ms. Donders
    # ask about domestic violence?"), as terms: a member's paragraph on something else does not answer it
    person_topic: tuple[str, ...] = ()
    # whether it asks what the Committee (or another treaty body) asked or said: a request's figures are its words
    # ("How many suspected officers did CAT name?": the "eight" of its request for a count)
    committee_asked: bool = False
    # `person_topic` without the terms most paragraphs use, when any is left ("What did Mr. Yigezu ask about LGBT
    # rights?": lgbt; his paragraph on detention shows "rights", which every passage may): the word the lead must show
    person_specific: tuple[str, ...] = ()
    # `person_topic` when it is one name of two words the documents write together ("the death penalty"): the lead
    # must show both ("penalties commensurate with the violations" is not the death penalty)
    person_phrase: tuple[str, ...] = ()
    # the names of the question the documents write with each year it asks ("Zhanaozen" with 2011, dates_name)
    names_dating: tuple[str, ...] = ()
    # the Committee member other than those it names whose paragraph shows most of `person_topic`, and how many of its
    # terms: "What did Ms. Donders ask about the foreign funding register?" when Mr. Korkelia asked it
    raised_by: tuple[int, str] = (0, "")
    # the shorthand of `person_topic` ("ai") that member never says in any of their paragraphs
    raised_by_lacks: frozenset[str] = frozenset()
    # a count that does not ask for those held or treated unlawfully (_UNLAWFUL_ASKED)
    unqualified: bool = False
    amount: bool = False  # "how much compensation...": the figure must be a sum of money
    # which of the counted things ("torture" of "how many torture complaints"): a lead that names it comes first
    kind: tuple[str, ...] = ()
    year_written: str = ""  # its year, for a message ("for 2023", "за 2023 год")
    wants_month: bool = False  # "in which month", "какого числа": a year is no answer, the quote must name a month
    wants_day: bool = False  # "on what day", "какого числа": a month is no answer either, the quote must name a day
    day_in: tuple[str, ...] = ()  # "On what day in November 2022": the month the day must be of
    # "In which month of 2024 ...?": the years a month is asked in (not "the 2030 concept", a name)
    month_years: tuple[str, ...] = ()
    share: bool = False  # "in what percentage of cases...": the figure must be a share ("55 per cent")
    share_of: tuple[str, ...] = ()  # "what percentage of advocates are women": the share's sentence names advocates
    rank: bool = False  # "на каком месте...": the figure must be a rank ("sixty-fifth out of 142 countries")
    units: tuple[int, ...] = ()  # "in square metres" (figures.units_asked): the lead must give a figure in it
    deaths: bool = False  # a figure question counting deaths: the figure's sentence must speak of deaths
    # ... deaths by suicide ("Of the 75 deaths by suicide, how many were by asphyxia?"): a sentence on the suicides
    # ("The methods of suicide ... in 69 cases, mechanical asphyxiation") speaks of them
    suicides: bool = False
    cause: tuple[str, ...] = ()  # ... of deaths from this ("died as a result of torture"): the sentence names all of it
    # the provisions a figure question names ("convicted under article 274"): a count under another is no answer
    articles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the people it asks the reply to ("respond to Mr. Korkelia's concern"): the lead need not name them, but must
    # touch what they raised
    answered: tuple[str, ...] = ()
    # what the reply to them must touch: `person_topic` without the names they used (_reply_topic)
    reply_topic: tuple[str, ...] = ()
    # a Russian question's subjects of the reply it asks after telling what the member raised («Коркелия спрашивал о
    # X. На какие принципы ссылается государство?»: the principles), which the reply may show instead of X's
    reply_topics: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # ... and whether it asks the reply so, on a point of its own (which the glossary may not know: "базы данных")
    reply_asked_apart: bool = False
    # the values of the figures the question states as facts ("Why did the State admit 500 deaths?"): a passage
    # quoted must give each, or the question's premise is not in the documents
    stated: frozenset[float] = frozenset()
    # what the question says those figures count ("Why did the delegation admit blocking 1,651 websites?"): a passage
    # that gives the figure of another thing ("1,651 such letters") does not bear the premise out
    stated_counts: tuple[StatedCount, ...] = ()
    # the figures of `stated_counts` that some paragraph of the corpus gives of what the question says they count
    # ("119 persons were convicted" for "165 vs 119 torture convictions?"), with that paragraph's side: a premise the
    # documents bear out, though the passages quoted for the question may not hold it, is never said to be absent
    stated_in_corpus: frozenset[tuple[float, str]] = frozenset()
    # the one side a question says stated them ("Why do the NGOs boast that over 400 missionaries are registered?"):
    # the figure must be in that side's passages; another side's ("over 400", the delegation's) is not theirs
    stated_by: str = ""
    # the way the question says those figures changed ("went up from 8 to 12": "up"; figures.change_direction), and
    # the figures as it writes them ("8 and 12", for the message): passages giving them only as a change the other
    # way do not bear the premise out
    direction: str = ""
    stated_written: str = ""
    # paragraph key -> the dated sentences just before a paragraph without a year (CorpusNames.years_before)
    years_before: Mapping[str, str] = field(default_factory=dict)
    # paragraph key -> the sentences naming an article just before a paragraph that names none (articles_before)
    articles_before: Mapping[str, str] = field(default_factory=dict)
    # paragraph key -> the paragraph it goes on from (CorpusNames.continued_from): the names it speaks of
    continued_from: Mapping[str, str] = field(default_factory=dict)
    # paragraph key -> the paragraphs before it in its document (CorpusNames.paragraphs_before): where a group counted
    paragraphs_before: Mapping[str, str] = field(default_factory=dict)
    # the special procedures it names by subject ("the Special Rapporteur on terrorism"): (written, kind, terms)
    mandates: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # the bodies of BODY_NAMES it names, as written and by all their names: the lead must name each by one of them
    bodies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # what an English question asks a side said about ("What did the delegation say about the 2019 presidential
    # election?" -> presid, electi), as terms: the lead must touch one of them, a side's passage on something else
    # in the year asked does not answer
    side_topic: tuple[str, ...] = ()
    # the words in quotation marks it asks whether someone said, which the documents never write (claimed_words): the
    # answer says so before what was said
    claimed: tuple[str, ...] = ()
    # the documents' other wording of it ("conscientious objection": the NGOs' "refuse military service"), each whole
    side_wordings: tuple[frozenset[str], ...] = ()
    # the question's words the documents write another way, as terms, each with those wordings' terms ("kids": child,
    # minor): a lead showing one of the wordings shows the words (search.WORDINGS)
    wordings: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...] = ()
    # the figures the question gives itself ("How many of GRECO's 27 recommendations..."): no figure of the answer
    given: tuple[str, ...] = ()
    rough: frozenset[float] = frozenset()  # those of them given as rough sizes ("the roughly 1,100 actions")
    span: bool = False  # "how long", "within how many hours" (wants_span): the figure is a span of time
    # "how often" (asks_how_often): a frequency in words answers ("visit penal institutions on a daily basis")
    frequency: bool = False
    ahead: bool = False  # "When will ...?" (asks_when_ahead): a span from now answers it ("within 48 hours")
    # what happened to what a Russian "сколько" question counts ("покончили с собой": suicide), as English words: a
    # figure's sentence showing it counts them too (counted_event_ru)
    counted_event: tuple[tuple[str, ...], ...] = ()
    # what a Russian one's count is of ("сколько жертв торговли людьми": trafficking), and the kind of cases any count
    # counts ("criminal cases of torture", «дел о пытках»: figures.cases_of): the lead must speak of it
    counted_of: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the matter a Russian question counts a group of people in ("Сколько женщин отбывают наказание в колониях?":
    # prisons), its other topics: the lead's paragraph must speak of one (women investigators are no women in prison;
    # the English questions' group_context)
    group_context_ru: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the full dates it states as facts, each as (year, month, day) and as written ("1 January 2024"): the passages
    # must give them
    stated_dates: tuple[tuple[tuple[int, int, int], str], ...] = ()
    # the group a Russian question asks about "среди" ("сколько женщин среди трудовых инспекторов": labour inspectors),
    # as its subject words and their English forms: the lead must speak of that group, not of women elsewhere
    among: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # whether the question asks a part of its year ("in the first half of 2025", "в январе 2023"), not the whole of it
    part_of_year: bool = False
    some_months: bool = False  # a half, a quarter or some months of it ("the first six months of 2023")
    death_penalty: str = (
        ""  # the words naming the death penalty ("the death penalty", "смертной казни"), which a lead names
    )
    # the part of a group a figure question counts ("how many of the 238 killed were children"), with the word starts
    # that show it: the figure's sentence must show most of them (subset_asked)
    subset: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the group of "Of the X, how many ...?" (subset_group): the figure's sentence must show one of its words
    subset_of: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # what a question counting a group of people says of them ("How many women benefited from the amnesty":
    # benefit, amnesty): the lead's paragraph must speak of one of these (group_context)
    group_context: tuple[str, ...] = ()
    # the rare words of an English figure question (figure_subject): the lead's paragraph must show one
    subject: tuple[str, ...] = ()
    # the same of a Russian one (figure_subject_ru), as written and the English word starts that show it
    subject_ru: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # things asked for by name, as written, and how many the question says there are ("Which eight organisations":
    # figures.list_asked): a lead that gives their number must name them (names_listed)
    listed: tuple[str, int] | None = None
    # "Which countries ...?", «В какие страны ...?»: the countries asked for, as the question calls them
    which_countries: str = ""
    by_region: bool = False  # a figure asked region by region: the lead must speak of regions (BY_REGION)
    average: bool = False  # a figure asked as an average (AN_AVERAGE): the lead must give one (AVERAGES)
    by_age: bool = False  # a figure asked by age: the lead must speak of ages (BY_AGE)
    by_sex: bool = False  # ... by sex: of women and men (BY_SEX)
    by_nationality: bool = False  # ... by nationality: of nationals or citizens of countries (BY_NATIONALITY)
    # who earns, gets or pays the sum an English question asks about ("How much do school teachers earn?"), as terms:
    # the lead must speak of them, not give a sum paid to someone else
    payee: tuple[str, ...] = ()
    paid_to: tuple[str, ...] = ()  # ... of whom it went to ("went to torture victims"), all of which the lead shows
    payer: str = ""  # who paid the sum asked about, named in capitals ("the Victims Compensation Fund")
    # the offence a count of convictions is for ("convicted of torture"): its paragraph must speak of it (offence_named)
    offence: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # what is counted is a word the documents use as written ("groups"), not one known only by its stem ("detectives":
    # "detect"), which may paraphrase what a figure counts ("investigators"): only then is a figure of something else
    # no figure of it (counts_another)
    counted_as_written: bool = False
    # the adjective saying which of them are counted ("political prisoners"): the figure's sentence must show it
    counted_qualifier: str = ""
    # what was decided of them ("how many were refused", «сколько одобрено»): word starts its figure's sentence shows
    outcome: tuple[str, ...] = ()
    # a count of what went to court (figures.court_asked): the passage that says so leads, and a figure of cases
    # under a heading of their kind counts them there ("51 criminal cases were referred to the courts")
    to_court: tuple[str, ...] = ()
    # the counted words the question writes as the kind of its cases ("torture cases": figures.cases_kind)
    cases_of: tuple[str, ...] = ()
    # a Russian one's counted topic is so («Сколько дел о пытках»: figures.counts_cases_of_ru)
    cases_of_topic: bool = False
    # what the things counted concerned ("How many complaints concerned torture?", «Сколько обращений касались пыток?»),
    # as word starts, any of which the figure's own sentence must show
    concerned: tuple[str, ...] = ()
    # what the people counted were punished for ("punished in 2023 for false asset declarations"): the figure's
    # paragraph must show it ("disciplinary action ... against 109 officials in 2023" for failing their duties does not)
    punished_for: tuple[str, ...] = ()
    # "Which General Comment sets ...?": a General Comment's paragraph, giving every figure the question states
    which_standard: bool = False
    which_bodies: frozenset[str] = frozenset()  # the committees it names, one of whose General Comments it must be
    # "Who headed the delegation?": the passage must name a person ("At the invitation of the Chair, the delegation of
    # Kazakhstan joined the meeting" names none)
    wants_person: bool = False
    # what a "why" question says a State did ("reintroduce the death penalty"): not given only the other way round
    stated_event: StatedEvent | None = None
    counts_people: bool = False  # "how many people / persons / individuals": "1,198 persons" counts them
    received: tuple[str, ...] = ()  # "how many people got refugee status": what they got (figures.received_what)
    agent: tuple[str, ...] = ()  # "killed by the security forces": who killed them (figures.death_agent)
    # a Russian question counting its counted_topic's word itself ("сколько сайтов"): a figure of another thing
    # ("1,651 such letters", "nine cases") is no count of it
    counted_directly: bool = False
    # the kinds of document it asks about that the corpus does not hold ("concluding observations"): the lead must
    # cite them
    kinds: tuple[tuple[str, str], ...] = ()
    # the treaty bodies it asks what they say ("What did the CEDAW committee recommend...", "позиция КЭСКП"), by code:
    # the lead must be one's own words or a report of its views (treaty_bodies.spoken_by), not another body's
    treaty_bodies: tuple[str, ...] = ()
    document_bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)  # CorpusNames.document_bodies
    committees_before: Mapping[str, frozenset[str]] = field(default_factory=dict)  # CorpusNames.committees_before

    @classmethod
    def of(cls, question: str, corpus: CorpusNames) -> Requirements:
        question = lives_as_deaths(question)
        named = named_in_question(question)
        if bare := speakers_named_bare(question, corpus.record_speakers, named.people):  # "what did korkelia ask"
            named = replace(named, people=(*named.people, *bare))
        bodies = tuple(bodies_named(question))
        # "the Venice Commission": checked by any of its names (entities.BODY_NAMES), not as a run of unknown words
        body_words = {word.rstrip("'’s").rstrip("'’") for written, _ in bodies for word in written.split()}
        if body_words:
            named = replace(
                named,
                name_runs=tuple(run for run in named.name_runs if not body_words & set(run.split())),
                proper_words=tuple(w for w in named.proper_words if w not in body_words),
                standalone=tuple(w for w in named.standalone if w not in body_words),
            )
        cyrillic = has_cyrillic(question)
        topics = russian_topics(question, corpus) if cyrillic else ()
        if cyrillic and not topics and named.people:
            # "Какие вопросы задал г-н Йигезу о НПО?": the one word a member is asked of, though no topic of the
            # dialogue's (a word the glossary translates), must be in his words as the dialogue's topics are
            glossed = glossed_words(actors.without_mechanisms(question))
            topics = _in_any_wording(glossed) if len(glossed) == 1 else ()
        counted_topic = counted_topic_ru(question) if cyrillic else None
        if counted_topic and not any(corpus.writes(english) for english in counted_topic[1]):
            counted_topic = None  # a word the documents never write is left out, as counted_words does: a paraphrase
        foreign = frozenset(named.countries - corpus.countries)
        covered = corpus.covered
        person_topic = _person_topic(question, named.people, covered) if not cyrillic else ()
        unknown_countries = sorted(foreign - corpus.mentioned_countries)
        # "the chair mr soh": the question says who the person is; the record's paragraphs call him "The Chair" and
        # name him only in its header, so an unknown name there is the Chair's, not an absent person
        chaired = [person for person in named.people if _beside_chair(question, person)]
        answered = answered_people(question, named.people)
        if not named.people and person_topic and asks_for_a_reply(question):
            answered = [member for member in [_member_who_raised(person_topic, corpus)] if member]
        answered_names = answered_people(question, named.standalone)
        unknown_people = [p for p in named.people if not corpus.knows_person(p) and p not in chaired]
        # "что спросил сантос паис": a speaker typed in lower case none of whose words the corpus has
        speaker_words = speakers_named_ru(question) if cyrillic else []
        # "что сказала россия на упо": a country, which the country checks judge, not a person the record never names
        speaker_words = [word for word in speaker_words if not named_in_question(word).countries]
        if speaker_words and not any(corpus.knows(word) for word in speaker_words):
            unknown_people.append(" ".join(word.capitalize() for word in speaker_words))
        # "какие вопросы были у Веннергрена", "что делегация ответила Джонсону": a name the corpus never writes
        unknown_people += [word for word in persons_in_slots_ru(question) if not corpus.knows(word)] if cyrillic else []
        # «Гомес Мартинес, вопрос об альтернативной службе»: a name typed first on a phone, none of whose words the
        # corpus has
        opening = opening_name_ru(question) if cyrillic else ""
        if opening and not any(corpus.knows(word) for word in opening.split()):
            unknown_people.append(opening)
        unknown_people += [] if cyrillic else speakers_named_en(question, corpus)
        # a run of capitalised words none of which the corpus has: a name it never mentions (a person or not)
        unknown_runs = [
            run
            for run in named.name_runs
            # ("Amnesty International": words the documents use, never together)
            if (not any(corpus.knows(word) for word in run.split()) or unwritten_organization(run, corpus))
            and not _an_example(question, run)
        ]
        in_unknown = {word for name in unknown_people + unknown_runs for word in name.split()}
        plain_names = [w for w in named.proper_words if not w.isupper() and not has_cyrillic(w) and len(w) >= 4]
        unknown_names = [
            word
            for word in plain_names
            if word not in in_unknown
            and not corpus.knows(word)
            and not _spelled_close(word, corpus)
            and not _an_example(question, word)
            and (not _next_to_known_name(question, word, corpus) or _beside_unknown_name(question, word, corpus))
        ]
        acronyms = subject_acronyms(question, named.proper_words)
        unknown_names += [  # "VPN", "CSTO": no corpus word is or starts with it ("LGBT": LGBTIQ), none spells it out
            word
            for word in acronyms
            if len(word) >= 3 and not corpus.knows(word) and not corpus.uses_start(word) and not corpus.spells_out(word)
        ]
        missing: Abstention | None = None
        instruments = instruments_on(question)  # "the Convention on the Reduction of Statelessness", with its subject
        mechanism_words = frozenset(actors.mechanism_words(question))
        indices = [(index, written_index(index, corpus)) for index in indices_named(question)]  # as the corpus has it
        symbols = document_symbols(question)
        unknown_symbols = [symbol for symbol in symbols if not corpus.knows_symbol(symbol)]
        # "What did the Committee ask in its list of issues (CCPR/C/KAZ/QPR/3)?": a document the corpus only cites;
        # not "How did the State reply to CCPR/C/KAZ/QPR/3?", which the replies answer
        cited_only = [symbol for symbol in symbols if corpus.only_cites(symbol)]
        about_a_reply = _ABOUT_A_REPLY.search(question) is not None
        amount = wants_amount(question)
        # a date or a span of time asked: the figure's subject may be in other words ("the akimat": "local executive
        # bodies ... within three working days")
        date, span, duration = wants_date(question), wants_span(question), wants_duration(question)
        # "Какое ежемесячное пособие...": a sum is a figure; "До какого срока беременности ...?": a span of time
        figure = wants_figure(question) or amount or (span and duration)
        addressees = " ".join(" ".join(match) for match in _ADDRESSED_STATE.findall(question))
        addressed = sorted(set(countries_in(addressees)) - corpus.countries)
        if unknown_symbols:  # "in its concluding observations CCPR/C/KAZ/CO/3": a document the corpus lacks
            missing = Abstention("absent_document", unknown_symbols[0], covered)
        elif cited_only and not about_a_reply:
            missing = Abstention("cited_document", cited_only[0], covered)
        elif unknown_countries:
            missing = Abstention("other_country", unknown_countries[0], covered)
        elif addressed:  # "What did the Committee ask China about ...?": a dialogue with another State
            missing = Abstention("other_country", addressed[0], covered)
        elif neighbour := neighbour_named(question):  # "у южного соседа Казахстана": another State, unnamed
            missing = Abstention("other_country", neighbour, covered)
        elif unknown_people:
            missing = Abstention("absent_person", unknown_people[0], covered)
        elif unknown_runs:
            missing = Abstention("absent_name", unknown_runs[0], covered)
        elif unknown_names:
            missing = Abstention("absent_name", _run_of(question, unknown_names[0], unknown_names), covered)
        elif unwritten := [index for index, written in indices if written is None]:
            missing = Abstention("absent_name", unwritten[0], covered)  # "the UNDP Human Development Index"
        elif unnumbered := [
            written
            for written, number in instruments_numbered(question)
            # a convention by its number: as the documents number one ("Convention ... No. 87"); a resolution: any way
            if not (corpus.prints_number(number) if _RESOLUTION.match(written) else corpus.numbers_instrument(number))
        ]:
            missing = Abstention("absent_name", unnumbered[0], covered)  # "resolution 2250": a number never printed
        elif unlisted := [written for written, number in lines_numbered(question) if not corpus.prints_number(number)]:
            missing = Abstention("absent_name", unlisted[0], covered)  # "the 150 helpline": no such number printed
        elif unwritten_on := [written for written, subject in instruments if not corpus.writes(subject)]:
            missing = Abstention("absent_name", unwritten_on[0], covered)  # "the convention on the transfer of ..."
        elif cyrillic and (places := unknown_cities_ru(question, corpus)):  # "в Ташкенте": a city never named
            missing = Abstention("absent_name", places[0], covered)
        elif unquoted := absent_quoted_phrases(question, corpus) or absent_quoted_names_ru(question, corpus):
            # "the 'Listening State' concept", «Хоргос»
            missing = Abstention("absent_name", unquoted[0], covered)
        elif unknown_terms := (
            specialised_words(question, corpus)
            or unknown_word_pairs(question, corpus)
            or unknown_prefixed(question, corpus)
            or absent_glossary_words(question, corpus)
        ):
            missing = Abstention("absent_term", unknown_terms[0], covered)
        elif latin := [  # "transparency international" in a Russian question; not a treaty body's acronym ("CEDAW")
            word for word in unknown_latin_words(question, corpus) if not committees_named(word)
        ]:
            missing = Abstention("absent_name", latin[0], covered)
        elif unused := absent_russian_terms(question, corpus):
            missing = Abstention("absent_term", unused[0], covered)
        elif not foreign and (undated := [e for e in dated_events(question) if not corpus.dates_event(e)]):
            # "the January 2023 events": the documents date no such event then (the unrest was in January 2022); an
            # event of another country ("Uzbekistan's April 2023 referendum") is declined for the country
            missing = Abstention("absent_event", undated[0].written(cyrillic), covered)
        elif unnamed_events := unknown_of_a_year(question, corpus):
            missing = Abstention("absent_term", unnamed_events[0], covered)
        elif not_spoken := not_speaking(question, named, corpus.record_speakers):
            missing = Abstention("not_a_speaker", not_spoken[0], covered)
        elif others := non_speakers_at_the_meeting(question, corpus.record_speakers, corpus.record_committees):
            missing = Abstention("not_at_the_meeting", others[0], covered)
        elif unnamed_body := bodies_speaking_at_the_meeting(question, bodies, corpus.record_speakers):
            missing = Abstention("speaker_unnamed", unnamed_body[0], covered)
        counted = counted_words(question, corpus)
        members = ("члены Комитета" if cyrillic else "the Committee's members") if _MEMBERS.search(question) else ""
        # "How did the delegation answer Ms. Bassim's question on the death penalty?": the member it names must have
        # raised it (a word of it in one of their paragraphs), or the question's premise is wrong; the names of what
        # they cited ("the Basic Principles") are their words, which the reply need not repeat
        raised_by = (
            _raised_by_ru(topics, named.people, corpus) if cyrillic else _raised_by(person_topic, named.people, corpus)
        )
        answered_kept = tuple(person for person in answered if person not in unknown_people)
        # what a Russian question tells the member raised, and what it asks after it («Коркелия спрашивал, ... . На
        # какие принципы ссылается государство?»)
        premise = told_premise(question, answered_kept[0]) if answered_kept and cyrillic else ""
        asked_after = _after(question, premise)
        # (what they said with the shorthand it spells out: "npm" for "national preventive mechanism")
        said = (
            [frozenset(with_shorthand(set(words))) for words in member_said(answered_kept[0], corpus)]
            if answered_kept and person_topic
            else []
        )
        # «Что ответила делегация г-ну Хельферу про видеокамеры?»: as an English question's, the member must have
        # raised it: more than half of its subject words in one of their paragraphs
        if (
            cyrillic
            and answered_kept
            and topics
            and missing is None
            and (spoken := member_said(answered_kept[0], corpus))
        ):
            # (the topic of what they raised, when the question tells it and then asks the reply on its own point:
            # «Коркелия спрашивал, как гражданское общество может работать без вмешательства государства. На какие
            # конституционные принципы ссылается государство?»)
            raised = russian_topics(premise, corpus)
            if not any(
                2 * max(_topics_shown(_topic_forms(told), words) for words in spoken) > len(told)
                for told in (topics, raised)
                if told
            ):
                count, other = raised_by
                missing = (
                    Abstention("person_elsewhere", answered_kept[0], other)
                    if count == len(topics)
                    else Abstention("person_silent", answered_kept[0], covered)
                )
        member_names: set[str] = set()
        if said:
            shown = max(sum(1 for term in person_topic if term in words) for words in said)
            count, other = raised_by
            if missing is None and 2 * shown <= len(person_topic) and count == len(person_topic):
                missing = Abstention("person_elsewhere", answered_kept[0], other)  # another member raised all of it
            elif missing is None and not shown:
                missing = Abstention("person_silent", answered_kept[0], covered)
            member_names = {
                name
                for name in [*named.name_runs, *named.standalone]
                if (words := terms(name)) and any(set(words) <= spoken for spoken in said)
            }
        # a figure question's own figures set what it counts ("Of the 75 deaths by suicide, how many..."), which
        # the figure checks read; another question's assert something ("Why did the State admit 500 deaths?")
        why = asks_why(question)
        stated = frozenset() if figure and not why else frozenset(stated_figures(question))
        # the years of a meeting whose record is held ("During the June 2025 dialogue, ..."): no year, nor month, asked
        meeting_years = {year for year in named.years if names_meeting(question, year, corpus)}
        years = tuple(year for year in _asked_years(question, named.years) if year not in meeting_years)
        return cls(
            countries=foreign,
            states=foreign & frozenset(countries_named_as_states(question)),
            organs=frozenset(organ for organ in state_organs(question) if organ[0] in foreign),
            terms_of_art=tuple(
                (_as_written(question, written), pair) for written, pair in corpus.standard_terms.named_in(question)
            )
            if corpus.standard_terms
            else (),
            institutions=tuple(unwritten_institutions(question, corpus)),
            instruments=tuple((written, stems) for written, subject in instruments if (stems := tuple(terms(subject)))),
            covered=covered,
            people=tuple(
                person
                for person in named.people
                if person not in unknown_people and person not in chaired and person not in answered
            ),
            answered=answered_kept,
            reply_topic=_reply_topic(person_topic, sorted(member_names), said) if said else (),
            reply_topics=russian_topics(asked_after, corpus) if asked_after and cyrillic else (),
            reply_asked_apart=bool(asked_after),  # (told_premise is read of a Russian question alone)
            stated=stated,
            stated_dates=tuple(stated_dates(question).items()),
            stated_counts=(counts := stated_counts(question, stated) if stated else ()),
            stated_in_corpus=_stated_in_corpus(question, stated, counts, corpus, years),
            stated_by=_stated_by(question) if stated else "",
            chair=chaired[0] if chaired else ("" if named.people else _the_chair_asked(question)),
            members=members if not named.people else "",
            names=tuple(
                name
                for name in dict.fromkeys(
                    [word for word in named.standalone if word in plain_names and corpus.knows(word)]
                    + [word for word in acronyms if corpus.knows(word)]
                    + lower_case_names(question, corpus)
                    # "по делу жилина": a name typed in lower case, as search reads it (actors.latin_spellings); not
                    # a country ("в казахстане" is no "Kazakhstani")
                    + (lower_case_names_ru(question, corpus) if cyrillic else [])
                    # "по делу Жилина": a Cyrillic name the corpus has in Latin letters (Zhilin)
                    + [word for word in named.standalone if cyrillic_name(word) and corpus.latin_name(word)]
                    + qualified_bodies(question, bodies)
                    + [written for _index, written in indices if written]
                    + [number for _written, number in lines_numbered(question)]  # "the 1424 hotline": its number
                    + glossed_names(named.standalone, corpus)
                    + (regions_known_ru(question, corpus) if cyrillic else [])
                )
                # "Что ответила делегация на вопрос Коркелии": the one answered, named without a title
                if name not in answered_names
                # "does the rk ombudsman have immunity?": a body, shown by any of its names ("the Commissioner")
                and name.lower() not in {word.lower() for word in body_words}
                and name not in member_names
                and not _names_meeting_place(question, name)
                and name.lower() not in {surname(person).lower() for person in answered}
                # "дондерс спрашивала ... чем делегация это объяснила?": the one answered, typed in Russian
                and not any(actors.latin_match(surname(person).lower(), [name.lower()]) for person in answered)
            ),
            runs=tuple(
                (run, distinctive)
                for run in named.name_runs
                if not has_cyrillic(run)
                and run not in member_names
                # "the UN compilation for the Universal Periodic Review": the mechanism whose document speaks (the
                # sides' checks judge it), not a name its paragraphs must write
                and not set(run.split()) <= mechanism_words
                and all(corpus.knows(w) for w in run.split())
                and (distinctive := tuple(corpus.distinctive(run)))
            )
            # "Михаила Жилина": any of its names the corpus has in Latin letters
            + tuple(
                (run, known)
                for run in named.name_runs
                if has_cyrillic(run)
                and (known := tuple(word for word in run.split() if cyrillic_name(word) and corpus.latin_name(word)))
            ),
            quoted=quoted_phrases_written(question, corpus),
            unwritten_runs=tuple(
                run
                for run in named.name_runs
                if not has_cyrillic(run)
                and run not in member_names
                and len(run.split()) >= 3
                and all(corpus.knows(w) for w in run.split())
                and not corpus.writes(run)
            ),
            years=years,
            months=(months := months_named(question) if not meeting_years else ()),
            months_written=months_written(months, named.years, cyrillic),
            year_written=(f"за {years[0]} год" if cyrillic else f"for {years[0]}") if years else "",
            direction=change_direction(question) if stated or why else "",
            stated_written=change_written(question, stated) if stated or why else "",
            wants_figure=figure,
            wants_date=date,
            wants_month=date and wants_month_or_day(question),
            wants_day=date and wants_day(question),
            day_in=day_asked_in(question),
            month_years=tuple(english or russian for english, russian in _MONTH_ASKED_IN.findall(question)),
            wants_duration=duration,
            counted=counted,
            counted_topic=(counted_topic[0], counted_as_written(counted_topic[1])) if counted_topic else None,
            deaths=counts_deaths(question),
            suicides=SUICIDE in terms(question) or any(SUICIDE in english for _word, english in topics),
            cause=death_cause(question) if figure else (),
            agent=death_agent(question) if figure else (),
            amount=amount,
            share=wants_share(question),
            share_of=share_group(question),
            rank=wants_rank(question),
            units=units_asked(question),
            # "the reply to Mr. Korkelia on article 428(3)": a reply on other articles is none; "Did Mr. Korkelia ask
            # about article 146?": his questions on article 428 (3) are no answer; «Ответила ли делегация на вопрос о
            # статье 428?», naming no one: the same
            articles=(
                articles_named(question)
                if figure or answered_kept or named.people or asks_for_a_reply(question)
                else ()
            ),
            topics=topics,
            mechanism_words=mechanism_words,
            missing=missing,
            bodies=bodies,
            mandates=tuple(mandates_named(question)),
            years_before=corpus.years_before,
            articles_before=corpus.articles_before,
            continued_from=corpus.continued_from,
            paragraphs_before=corpus.paragraphs_before,
            person_topic=person_topic,
            committee_asked="committee" in actors.question_sides(question),
            # (only for a question naming people: the terms' paragraph counts are made on the first such question)
            person_specific=tuple(term for term in person_topic if not corpus.common_term(term))
            if named.people
            else (),
            person_phrase=_written_phrase(question, person_topic, corpus) if named.people else (),
            names_dating=tuple(
                name
                for name in dict.fromkeys(
                    [w for w in named.standalone if w in plain_names] + lower_case_names(question, corpus)
                )
                if named.years
                and corpus.knows(name)
                and all(corpus.dates_name(name, year) for year in named.years)
                # a figure is of the year asked, unless the year is the event's, written beside its name ("zhanaozen
                # 2011 - how many police officers were convicted")
                and (not figure or all(_dated_beside(question, name, year) for year in named.years))
            ),
            raised_by=raised_by,
            unqualified=figure and not _UNLAWFUL_ASKED.search(question),
            raised_by_lacks=_shorthand_unsaid(question, person_topic, raised_by[1], corpus)
            if not cyrillic
            else frozenset(),
            side_topic=_side_topic(question, covered) if not cyrillic and not named.people else (),
            claimed=claimed_words(question, corpus),
            side_wordings=tuple(frozenset(terms(wording)) for wording in documents_wording(question)),
            wordings=tuple(
                (frozenset(terms(written)), tuple(frozenset(terms(other)) for other in wording.split(", ")))
                for written, wording in documents_wordings(question)
            ),
            given=given_figures(question),
            rough=frozenset(rough_values(question)),
            span=span,
            frequency=asks_how_often(question),
            ahead=date and asks_when_ahead(question),
            counted_event=counted_event_ru(question, counted_topic[0]) if counted_topic else (),
            counted_directly=counted_topic is not None and counted_directly_ru(question, counted_topic[0]),
            counted_of=tuple(dict.fromkeys((*counted_of_ru(question, counted_topic), *cases_of(question, corpus))))
            if figure
            else (),
            group_context_ru=group_context_ru(counted_topic, topics) if figure and counted_topic else (),
            among=among_ru(question) if cyrillic else among_en(question, corpus),
            part_of_year=bool(PART_OF_YEAR.search(question)),
            some_months=asks_some_months(question),
            death_penalty=death_penalty_named(question),
            subset=subset_asked(question, corpus) if figure else (),
            # (a Russian count's group after "среди", as "Of the X, how many": «Сколько детей среди жертв»)
            subset_of=(
                among_ru(question) if cyrillic and HOW_MANY_RU.search(question) else subset_group(question, corpus)
            )
            if figure
            else (),
            group_context=group_context(question, counted, corpus) if figure else (),
            subject=figure_subject(question, counted, corpus) if figure and not (date or span or duration) else (),
            subject_ru=figure_subject_ru(question, topics, corpus)
            if cyrillic and figure and not (date or span)
            else (),
            listed=list_asked(question),
            which_countries=countries_asked(question),
            by_region=bool(BY_REGION.search(question)),
            average=bool(AN_AVERAGE.search(question)),
            by_age=bool(BY_AGE.search(question)),
            by_sex=bool(BY_SEX.search(question)),
            by_nationality=bool(BY_NATIONALITY.search(question)),
            payee=payee_terms(question) if amount else (),
            paid_to=paid_to_terms(question) if amount else (),
            payer=payer_named(question) if amount else "",
            offence=offence_named(question) if figure else (),
            kind=counted_kind(question, corpus) if counted else (),
            counted_qualifier=counted_qualifier(question, counted) or measure_qualifier(question, counted),
            # (or what sets apart the part of a group counted: "Of the 12,777 communications, how many came from
            # prisoners?")
            outcome=(outcome_asked(question) or befell_asked(question, corpus)) if figure else (),
            to_court=court_asked(question) if figure else (),
            cases_of=cases_kind(question, counted) if figure else (),
            cases_of_topic=figure and counts_cases_of_ru(question, counted_topic),
            concerned=concerned_with(question, topics) if figure else (),
            punished_for=punished_for(question, topics) if figure else (),
            which_standard=(which_standard := asks_which_standard(question)),
            wants_person=asks_who_holds(question),
            which_bodies=frozenset(committees_named(question)) if which_standard else frozenset(),
            stated_event=stated_event(question),
            counted_as_written=bool(counted)
            and all(
                corpus.knows(word) or corpus.knows(word.rstrip("s")) or any(map(corpus.knows, reworded(word.lower())))
                for word in counted
            )
            and not SEVERAL_COUNTED.search(question),
            counts_people=bool(re.search(r"\b(?:people|persons|individuals)\b", question, re.IGNORECASE)),
            received=received_what(question, corpus) if figure else (),
            kinds=kinds_not_held(question, corpus) if not about_a_reply else (),
            treaty_bodies=treaty_bodies_asked(question) if not about_a_reply else (),
            document_bodies=corpus.document_bodies,
            committees_before=corpus.committees_before,
        )

    def _with_question_wordings(self, shown: set[str]) -> set[str]:
        """A paragraph's terms with the question's words it writes its own way: "kids" when it shows "minors",
        "cutting themselves" when it shows "self-harm" (`wordings`)."""
        return shown.union(
            *(written for written, others in self.wordings if any(other and other <= shown for other in others))
        )

    def without_years(self) -> Requirements:
        """These requirements but for the years and months asked: what a passage must show whatever its time."""
        return replace(self, years=(), months=())

    def fits(self, lead: Paragraph, lead_quote: str) -> bool:
        """Whether this paragraph, quoted so, can lead the answer (what `unmet` checks of the lead)."""
        return self.unmet(lead, lead_quote, []) is None

    def unmet(self, lead: Paragraph, lead_quote: str, others: Sequence[Paragraph]) -> Abstention | None:
        """What the answer fails to show, or None when it answers. The lead passage (the first quoted: the answer
        itself) must name the countries, people, years and other proper names the question names, and hold the
        figure it asks for."""
        unmet = self._unmet(lead, lead_quote, others)
        # "Почему в 2022 рост?", "Why the increase in 2022?" asked alone: a change of nothing named, which no passage
        # bears out or belies
        if unmet is None and self.direction and not self.stated and not self._names_what_changed():
            return Abstention("not_relevant", "", self.covered)
        # "Why did recorded torture cases double?" answered by "a decrease of 10 per cent each year": a change the
        # answer's key sentence gives the other way round, no figure stated
        if unmet is None and self.direction and not self.stated:
            # the key sentence, and the quoted paragraphs' sentences of the years the change is asked between that
            # are on its subject ("fallen from 12 in the first six months of 2024" of suicides says nothing of the
            # conscientious objectors asked about)
            said = [sentence.text for sentence in split_sentences(lead_quote)[:1]]
            said += [
                sentence.text
                for paragraph in (lead, *others)
                for sentence in split_sentences(paragraph.text)
                if self.years
                and all(year in sentence.text for year in self.years)
                and self._on_subject(sentence.text, paragraph.text)
            ]
            # "the number of complaints ... had decreased in the last year, and the use of electronic bracelets ...
            # had increased": of a sentence that tells of changes both ways, the clause on the question's subject
            said = [self._clause_on_subject(sentence) for sentence in said]
            if given_the_other_way(said, self.direction, self.years):
                return Abstention("reversed_figure", self.stated_written, self.covered)
        # "Why did Kazakhstan reintroduce the death penalty?": the passages tell of it only as abolished
        event = self.stated_event
        if (
            event is not None
            and (unmet is None or unmet.reason == "absent_year")
            and event_the_other_way([lead.text, *(p.text for p in others)], event)
        ):
            return Abstention("reversed_event", event.written, self.covered)
        # "Of the 165 persons convicted in cases of torture, how many were police officers?": the group is the one the
        # answer's paragraph counts, or one of the paragraphs before it (a breakdown of the 39 tried for the January
        # events is none of it; the methods of the 75 suicides, four paragraphs after the one counting them, are)
        if unmet is None and (self.subset_of or self.subset) and self.given:
            printed = printed_figures(f"{lead.text} {self.paragraphs_before.get(lead.key, '')}")
            # (as values: "1799" is "1,799"; "the roughly 1,100 actions" are the 1,095)
            if not figure_values(" ".join(self.given)) & printed and not near_any(self.rough, printed):
                return Abstention("absent_figure", self.given[0], self.covered)
        # "Why did the Social Code only come into force on 1 January 2024?": a date the question states as a fact must
        # be one the passages give (it came into force on 1 July 2023)
        if unmet is None and self.stated_dates:
            given_dates = dates_in(" ".join(p.text for p in (lead, *others)))
            for date, written in self.stated_dates:
                if date not in given_dates:
                    return Abstention("absent_date", written, self.covered)
        # a premise the documents do not bear out is said before the time they give it for ("Why did the State admit
        # 500 deaths in January 2022?": no 500, whatever the month)
        # (a lead with no figure but the question's own, "Why was the penalty reduced from 12 to 10 years?", is read
        # for the premise as well: "increased from 10 to 12" gives it the other way)
        if not self.stated or unmet is not None and unmet.reason not in ("absent_year", "no_figure"):
            if unmet is not None and unmet.reason == "absent_year":
                # the year is named as missing only when it is all that is missing: "How many torture complaints
                # were filed in Almaty in 2023?" lacks Almaty whatever the year, and "сколько у НПМ сотрудников в
                # 2024 году?" a figure of its staff
                return self.without_years()._unmet(lead, lead_quote, others) or unmet
            return unmet
        # "Why did the State admit 500 deaths?": the passages must bear out the figures it states
        quoted = [lead, *others]
        # ... or gives them of other years ("401 ... in 2023" where 401 is the total of 2018-2023, 42 in 2023)
        of_other_years = (
            {v for v in self.stated if not stated_for_the_year([p.text for p in quoted], v, self.years[0])}
            if len(self.years) == 1
            else set()
        )
        given_in_corpus = {value for value, _ in self.stated_in_corpus}
        printed = printed_figures(" ".join(p.text for p in quoted)) | given_in_corpus
        if unstated := sorted((self.stated - printed) | of_other_years):
            shown = f"{int(unstated[0]):,}" if unstated[0].is_integer() else f"{unstated[0]}"
            if unstated[0] in of_other_years:  # "401 for 2023", "401 за 2023 год"
                shown = f"{shown} {self.year_written}"
            return Abstention("absent_figure", shown, self.covered)
        # "raised ... from 3 to 10 days - correct?": a change stated from one figure to another is given as that pair,
        # in one sentence (the 10 days of another law, beside "from 3 to 5 days", do not bear it out)
        pair = stated_pair(self.stated_written)
        if (
            pair
            and pair <= self.stated
            and not any(pair <= printed_figures(sentence.text) for p in quoted for sentence in split_sentences(p.text))
        ):
            return Abstention("absent_figure", self.stated_written, self.covered)
        if changed_the_other_way([p.text for p in quoted], self.stated, self.direction):  # "went up from 8 to 12"
            written = self.stated_written or ", ".join(f"{v:,g}" for v in sorted(self.stated))
            return Abstention("reversed_figure", written, self.covered)
        own = [p.text for p in quoted if p.author_type == self.stated_by] if self.stated_by else []
        # given, but by another side (not by a paragraph of the side asked about that the passages leave out)
        given_by_side = {value for value, side in self.stated_in_corpus if side == self.stated_by}
        if self.stated_by and self.stated - given_by_side - printed_figures(" ".join(own)):
            return Abstention("side_silent", self.stated_by, self.covered)
        # "... 1,651 websites": the figure given of what the question says it counts, not of another thing
        for stated in self.stated_counts:
            if stated.value in (given_by_side if self.stated_by else given_in_corpus):
                continue  # given where the question says, though not in these passages
            if not counts_stated([p.text for p in quoted], stated, self.years):
                return Abstention("absent_figure", stated.written, self.covered)
            # "Почему срок уведомления о пикете увеличили до 10 рабочих дней?": the 10 business days of a paragraph on
            # religious gatherings are no picket's (a Russian question's topics, which a section heading may show)
            if self.topics and not any(
                counts_stated([p.text], stated, self.years) and any(shows_topic(p.text, e) for _, e in self.topics)
                for p in quoted
            ):
                return Abstention("absent_figure", stated.written, self.covered)
            if self.stated_by and not counts_stated(own, stated):
                return Abstention("side_silent", self.stated_by, self.covered)
        return unmet

    def _unmet(self, lead: Paragraph, lead_quote: str, others: Sequence[Paragraph]) -> Abstention | None:
        """`unmet` but for the figures the question states."""
        if self.missing is not None:
            return self.missing
        if self.which_standard:  # "какой зоп устанавливает срок уведомления 5 рабочих дней": not the State's law
            if lead.author_type != STANDARD_SIDE:
                return Abstention("side_silent", STANDARD_SIDE, self.covered)
            if unprinted := [figure for figure in self.given if not prints_figure(lead.text, figure)]:
                return Abstention("absent_figure", unprinted[0], self.covered)
            # "какое замечание общего порядка кпп посвящено торговле людьми": CAT's, not CEDAW's on trafficking
            bodies = self.document_bodies.get(lead.doc_id, frozenset())
            if self.which_bodies and not self.which_bodies & bodies:
                return Abstention("body_silent", COMMITTEES[min(self.which_bodies)], self.covered)
        lead_text = f"{lead.text} {lead.speaker or ''}"
        # (in the words quoted: "He had been deported ..." of a paragraph naming Mr. Zhilin names no head of anything)
        if self.wants_person and not _PERSON_NAMED.search(f"{lead_quote} {lead.speaker or ''}"):
            return Abstention("unnamed", "", self.covered)
        for country in sorted(self.countries):
            if country not in countries_in(lead_text):
                return Abstention("other_country", country, self.covered)
        for country in sorted(self.states):  # a question about Russia, answered with "a Russian officer"
            if country not in countries_named_as_states(lead_text):
                return Abstention("other_country", country, self.covered)
        # "When did Russia decriminalise defamation?": a paragraph naming Russia (an officer who fled it) says nothing
        # of what it asks of Russia, unless it shows a word of that too
        if self.states:
            own_words = {term for country in self.states for term in terms(country)}
            asked = {term for term in self.person_topic if term not in own_words}
            if asked and not asked & self._with_question_wordings(terms_shown(lead)):
                return Abstention("other_country", min(self.states), self.covered)
        # "How many extradition requests came from Russia?": "85 extradition requests from foreign States", in a
        # paragraph that names Russia in another sentence, is no figure for Russia
        if self.wants_figure and not self.wants_date:
            for country in sorted(self.countries):
                if country not in countries_in(lead_quote):
                    return Abstention("name_silent", country, self.covered)
        # what "the Kyrgyz authorities" did, answered with "a victim from Kyrgyzstan": the lead must name that organ
        if self.organs and (unnamed := self.organs - state_organs(lead_text)):
            return Abstention("other_country", min(unnamed)[0], self.covered)
        for written, pair in self.terms_of_art:  # "facial recognition" answered with "video surveillance cameras"
            # "ILO conventions": "the International Labour Organization Freedom of Association ... Convention"
            spelled = [word for word in written.split() if word.isupper() and spells_acronym(lead.text, word)]
            if not shows_pair(f"{lead.text} {' '.join(spelled)}", pair):
                return Abstention("topic_silent", written, self.covered)
        for written, pair in self.institutions:  # "a truth commission" answered with the Zhanaozen public commission
            if pair not in {written_pair for _, written_pair in word_pairs(lead.text)}:
                return Abstention("topic_silent", written, self.covered)
        if self.people and self.topics and has_cyrillic(self.people[0]):
            # a Russian question: another member raised all of it, or more of it than the lead shows (as an English
            # question's person_topic), and the lead is not the asked one's words on all of it
            count, other = self.raised_by
            shown_here = sum(1 for _, english in self.topics if shows_topic(lead_text, english))
            asked_said_it = text_names(lead_text, self.people[0].split()[-1]) and shown_here == len(self.topics)
            if not asked_said_it and (count == len(self.topics) or count >= 2 and count > shown_here):
                return Abstention("person_elsewhere", self.people[0], other)
        for person in self.people:
            if not text_names(lead_text, person.split()[-1]):
                return Abstention("person_silent", person, self.covered)
        if self.chair and (lead.speaker_role or "").lower() != CHAIR_ROLE:
            return Abstention("person_silent", self.chair, self.covered)
        if self.members and (lead.speaker_role or "").lower() not in COMMITTEE_ROLES:
            return Abstention("side_silent", self.members, self.covered)
        # the words of the lead's paragraph, its shorthand spelled out and the question's words it writes its own way
        # ("kids" shown as "minors"), read below
        lead_terms = self._with_question_wordings(terms_shown(lead))
        if self.members and not (self.people or self.chair):
            # "Which Committee member asked about hybrid security units?": a member's words on it (a word of it), not
            # the Chair's closing words on reprisals
            # (and the number it names the thing by: "Which Committee member brought up the 111 children's hotline?"
            # is not answered by a member's words on children's rights that never name the hotline)
            member_topic = [term for term in self.person_topic if term not in _MEMBER_TERMS]
            shown_terms = with_people_words(lead_terms)
            numbers_named = [term for term in member_topic if term in self.given and not A_YEAR.fullmatch(term)]
            if member_topic and not any(term in shown_terms for term in member_topic):
                return Abstention("side_silent", self.members, self.covered)
            if not all(term in shown_terms for term in numbers_named):
                return Abstention("side_silent", self.members, self.covered)
        if (self.people or self.chair) and self.person_topic:  # what they said must touch what was asked (a word)
            shown = with_people_words(lead_terms)
            # another member raised it, and said more of it than the lead does, which shows half of it at most: the
            # asked member did not ("the January 2022 events": Mr. Yigezu's "protests ... in January 2022" is his);
            # a topic of one word, when the other member raised it ("korkelia asked about protests?": Ms. Donders's
            # "spontaneous protests")
            count, other = self.raised_by
            shown_count = sum(1 for term in self.person_topic if term in shown)
            enough = min(2, len(self.person_topic))
            # (not when the lead shows the shorthand the question names it by, which the other member never says: Ms.
            # Donders's "artificial intelligence" for "AI being used in court cases", Ms. Bassim's "court cases")
            said_here_only = {term for term in self.raised_by_lacks if term in shown}
            elsewhere = (
                self.people
                and count >= enough
                and count > shown_count
                and 2 * shown_count <= len(self.person_topic)
                and not said_here_only
            )
            phrase_missing = bool(self.person_phrase) and not all(term in shown for term in self.person_phrase)
            if phrase_missing or not any(term in shown for term in self.person_specific or self.person_topic):
                if elsewhere:  # "Mr. Yigezu does not raise this; Mr. Korkelia does"
                    return Abstention("person_elsewhere", self.people[0], other)
                return Abstention("person_silent", self.people[0] if self.people else self.chair, self.covered)
            if elsewhere:
                return Abstention("person_elsewhere", self.people[0], other)
        if self.treaty_bodies and not self.spoken_by_body(lead, lead_quote):  # the CEDAW committee's words, not CAT's
            return Abstention("body_silent", COMMITTEES[self.treaty_bodies[0]], self.covered)
        if (
            self.side_topic
            and not set(self.side_topic) & lead_terms
            and not any(wording <= lead_terms for wording in self.side_wordings)
        ):
            return Abstention("not_relevant", "", self.covered)
        if self.answered and self.person_topic:  # the reply must be on what they raised: most of its words
            topic = self.reply_topic or self.person_topic
            if not replies_on(sum(1 for term in topic if term in lead_terms), len(topic)):
                return Abstention("not_relevant", "", self.covered)
        # in Russian, most of its subjects ("спонтанные собрания": not assemblies), or those of the reply asked, when it
        # is asked on its own point after what the member raised
        elif (
            self.answered
            and self.topics
            and not any(
                replies_on(sum(1 for _, english in topics if shows_topic(lead_text, english)), len(topics))
                for topics in (self.topics, self.reply_topics)
                if topics
            )
        ):
            return Abstention("not_relevant", "", self.covered)
        # the concluding observations are not held: a passage citing them can answer, when it cites the ones asked
        # ("What did the Committee recommend in its 2025 concluding observations?" is declined for the document, not
        # for the year: the passages cite earlier ones)
        citing = f"{lead_text} {lead.section or ''}"
        for kind, label in self.kinds:
            if not _DOCUMENT_KINDS[kind].search(citing) or not all(year in citing for year in self.years):
                return Abstention("cited_document", label, self.covered)
        # "As a result of the investigation, five police officers ... were convicted": the name of what the paragraph
        # before it investigated (Zhanaozen) is the lead's too
        named_context = f"{lead_text} {lead.section or ''} {self.continued_from.get(lead.key, '')}"
        # a paragraph without a year speaks of the time the paragraphs just before it set
        dated = f"{lead_text} {self.years_before.get(lead.key, '')}"
        # "What did the State say about the 2011 Zhanaozen events?": a passage on the events in Zhanaozen speaks of the
        # year the documents give them, though it may not print it (for a figure, which must be of the year asked, only
        # when the question writes the year beside the name as the event's date: names_dating)
        dated_by_name = any(text_names(named_context, name) for name in self.names_dating)
        if self.years and not dated_by_name and not any(year in dated for year in self.years):
            return Abstention("absent_year", ", ".join(self.years), self.covered)
        # the month asked (the inmate deaths of 2022 are no deaths of January 2022): checked after what a figure
        # must show, which says more of a figure of another matter
        month_unmet = (
            Abstention("absent_year", self.months_written, self.covered)
            if self.months
            and not dated_by_name
            and not all(text_names(dated, month) for month in self.months)
            and not _first_months_named(self.months, dated)
            else None
        )
        span_only = not any(year_stands_alone(year, dated) for year in self.years)
        if len(self.years) == 1 and self.wants_figure and not self.wants_date and span_only and not dated_by_name:
            return Abstention("absent_year", ", ".join(self.years), self.covered)  # a figure for 2016–2024 only
        # a series of figures under the article asked about, continued from the paragraph before: what that paragraph
        # says the article is about is the lead's subject too
        continued = self.articles_before.get(lead.key, "") if self.articles else ""
        for written, numbers in self.articles:
            if not names_article(f"{lead_text} {continued}", numbers):
                return Abstention("name_silent", written, self.covered)
        lead_context = f"{lead_text} {lead.section or ''} {continued}"
        named_context = f"{named_context} {continued}"
        for name in self.names:  # "art. 488 CAO": the lead's "Code of Administrative Offences" names it
            if (
                not text_names(named_context, name)
                and not (name.isupper() and spells_acronym(named_context, name))
                and not text_names(named_context, _place_of(name))
            ):
                return Abstention("name_silent", name, self.covered)
        for written, kind, subject in self.mandates:  # the mandate, not another of its kind
            named_there = [set(terms) for _, other, terms in mandates_named(lead.text) if other == kind]
            if not any(2 * len(set(subject) & there) > len(subject) for there in named_there):
                return Abstention("name_silent", written, self.covered)
        for written, names in self.bodies:  # (or the paragraph it goes on from: "The Commissioner’s ...")
            if not names_body(named_context, names):
                return Abstention("name_silent", written, self.covered)
        for run, distinctive in self.runs:  # "the National Guard": its guard, not the armed forces at large
            if not any(_names_in_any_wording(lead_context, word) for word in distinctive):
                return Abstention("name_silent", run, self.covered)
        for written, stems in self.instruments:  # "the Convention on the Reduction of Statelessness": not the OP-CRPD
            if not set(stems) <= paragraph_terms(lead):
                return Abstention("name_silent", written, self.covered)
        for phrase in self.quoted:  # "'national security certificates'": not the list of issues' "security officers"
            if not writes_phrase(lead_context, phrase):
                return Abstention("name_silent", phrase, self.covered)
        for run in self.unwritten_runs:  # "the World Press Freedom Index": not the Global Gender Gap Index
            if 2 * sum(1 for word in run.split() if text_names(lead_context, word)) <= len(run.split()):
                return Abstention("name_silent", run, self.covered)
        missing_topics = [
            written
            for written, english in self.topics
            if written not in self.mechanism_words and not shows_topic(lead_context, english)
        ]
        # most of its subject is not there; for a General Comment asked to be named, any of it ("какой зоп запрещает
        # детям ... участвовать в митингах": one on children's labour is not it)
        if self.topics and (len(missing_topics) > len(self.topics) // 2 or (self.which_standard and missing_topics)):
            if self.people:  # "что спросила бассим про смертную казнь": her words, not on that
                return Abstention("person_silent", self.people[0], self.covered)
            return Abstention("topic_silent", missing_topics[0], self.covered)
        for written, english in self.among:
            if not shows_topic(lead_context, english):
                return Abstention("topic_silent", written, self.covered)
        # "What does the NGO submission say about the death penalty?": its paragraphs on deaths in custody say nothing
        if self.death_penalty and not death_penalty_named(lead_context):
            return Abstention("topic_silent", self.death_penalty, self.covered)
        # what the count is of ("после январских событий"): the paragraph it goes on from may name it ("The amnesty
        # was applied to 1,198 persons." after "... an amnesty was declared for persons involved in the January events")
        for written, english in self.counted_of:  # ("Non-discrimination", a section heading, speaks of discrimination)
            if not shows_topic(named_context, english) and not shows_topic(named_context.replace("-", " "), english):
                return Abstention("topic_silent", written, self.covered)
        if self.group_context_ru and not any(
            shows_topic(named_context, english) for _, english in self.group_context_ru
        ):
            return Abstention("no_figure", self.counted_topic[0] if self.counted_topic else "", self.covered)
        # "eight organizations have been ...": the number given, the names not (a list without its number may answer:
        # "including forced abortion and forced sterilization" for "which two forced medical interventions")
        if self.listed:
            numbered = names_listed(lead.text, self.listed[1])
            if numbered is False or (numbered is None and not lists_unnumbered(lead_quote, self.listed[1])):
                return Abstention("not_listed", self.listed[0], self.covered)
        # "to which countries were the granted ones sent?": the lead's paragraph names another country, or it does not
        # say which they are
        if self.which_countries and not countries_in(lead.text) - {self.covered}:
            return Abstention("not_listed", self.which_countries, self.covered)
        if self.by_region and not REGIONS.search(lead_quote):  # "по областям": a national total is no breakdown
            return Abstention("no_figure", "", self.covered)
        if self.average and not AVERAGES.search(lead.text):  # "the average length of pretrial detention": a limit
            return Abstention("no_figure", "", self.covered)
        if self.by_age and not AGES.search(lead_quote):  # "the age breakdown of the 189 suicides": none by age
            return Abstention("no_figure", "", self.covered)
        if (self.by_sex and not SEXES.search(lead.text)) or (
            self.by_nationality and not NATIONALITIES.search(lead.text)
        ):  # "the trafficking convictions by nationality": sentences by type of penalty
            return Abstention("no_figure", "", self.covered)
        if any(not in_unit(_whole_sentences(lead.text, lead_quote), unit) for unit in self.units):
            return Abstention("no_figure", "", self.covered)  # "in square metres": no figure in that unit
        if not self.wants_figure:
            return month_unmet
        if not self._has_figure(lead_quote):
            # "In which month of 2023 ...?" answered with "In 2023": the year alone
            if self.wants_date:  # "When?": "no figure" would answer another question
                reason = "no_date" if self.wants_month and has_date(lead_quote) else "undated"
                return Abstention(reason, "", self.covered)
            return Abstention("no_figure", "", self.covered)
        if self.subject and not set(self.subject) & lead_terms:
            return Abstention("no_figure", self.subject[0], self.covered)  # a figure of something else
        if self.received and not set(self.received) & lead_terms:  # people given something else ("services")
            return Abstention("no_figure", "", self.covered)
        if self.subject_ru and not any(shows_topic(lead_context, english) for _, english in self.subject_ru):
            return Abstention("no_figure", self.subject_ru[0][0], self.covered)
        figure_sentences = _whole_sentences(lead.text, lead_quote)
        if self.amount and not has_amount(figure_sentences):
            return Abstention("no_figure", "", self.covered)  # a count, but no sum of money
        if self.share and not has_share(figure_sentences):
            return Abstention("no_figure", "", self.covered)  # a count, but no share
        if self.share_of and not all(names_counted(set(terms(figure_sentences)), group) for group in self.share_of):
            return Abstention("no_figure", self.share_of[0], self.covered)  # a share of another group
        if self.rank and not has_rank(figure_sentences):
            return Abstention("no_figure", "", self.covered)  # figures (a list of case numbers), but no rank
        if self.group_context and not any(names_counted(lead_terms, term) for term in self.group_context):
            return Abstention("no_figure", " ".join(self.counted), self.covered)  # women counted in another matter
        # "How many women prisoners took their own lives in 2023?": a paragraph counting the year's suicides of all
        # prisoners, women never named, counts no women
        if self.kind and not all(names_counted(lead_terms, kind) for kind in self.kind if kind_is_group(kind)):
            return Abstention("no_figure", " ".join((*self.kind, *self.counted)), self.covered)
        # "How many asylum applications were lodged in 2023?": "13,600 applications for remand in custody" count those
        # of another kind, which the figure's sentence names; the paragraph never names the kind asked
        if (
            self.kind
            and _other_kind_counted(figure_sentences, self.counted, self.kind)
            and not all(names_counted(lead_terms | set(terms(lead_context)), kind) for kind in self.kind)
        ):
            return Abstention("no_figure", " ".join((*self.kind, *self.counted)), self.covered)
        # (and all of whom it went to: "torture victims", not all victims)
        if (self.payee and not set(self.payee) & lead_terms) or not set(self.paid_to) <= lead_terms:
            return Abstention("no_figure", "", self.covered)  # a sum, but paid to someone else
        # a sum another body paid ("The Kazakhstan Khalkyna Foundation has provided ... T 2.476 billion" for the
        # Victims Compensation Fund's): the paragraph must name the payer asked about, every word of it
        if self.payer and not all(text_names(named_context, word) for word in self.payer.split()):
            return Abstention("name_silent", self.payer, self.covered)
        # convictions for another offence; one the question names by its article too is named so, checked above
        # ("осудили за изнасилование (статья 120 УК)": "convicted under article 120 of the Criminal Code")
        offence_shown = any(shows_topic(lead_context, forms) for _, forms in self.offence)
        if self.offence and not self.articles and not offence_shown:
            return Abstention("no_figure", self.offence[0][0], self.covered)
        if self.wants_date:  # a date answers: what is counted need only be in the paragraph
            if not all(names_counted(lead_terms, counted) for counted in self.counted):
                return Abstention("no_figure", " ".join(self.counted), self.covered)
        elif not self._figure_of_what_was_asked(
            figure_sentences, lead.text, lead.section or "", self.continued_from.get(lead.key, "")
        ):
            named = " ".join(self.counted) or (self.counted_topic[0] if self.counted_topic else "")
            return Abstention("no_figure", named, self.covered)  # a figure, but not of what was asked
        if (
            self.years
            and not self.wants_date
            and not self._figure_of_the_year(lead.text, figure_sentences, lead.section or "")
        ):
            return Abstention("absent_year", ", ".join(self.years), self.covered)
        if not self.part_of_year and any(only_part_of_year(figure_sentences, year) for year in self.years):
            return Abstention("absent_year", ", ".join(self.years), self.covered)  # the first half of it only
        if (
            self.some_months
            and self.years
            and not any(names_part_of_year(figure_sentences, year) for year in self.years)
        ):
            return Abstention("absent_year", ", ".join(self.years), self.covered)  # the whole year, not its first half
        return month_unmet

    def raised_elsewhere(self) -> Abstention | None:
        """That the member named did not raise what is asked and another member did, known before any passage is
        read: the reason to give when nothing found is close enough to quote ("что бассим спрашивала про ромов": Mr.
        Korkelia raised the Roma). None unless another member's paragraph shows all of a Russian question's topic
        words, or two of an English one's (as `unmet` asks of a lead)."""
        count, other = self.raised_by
        if not self.people or not other:
            return None
        needed = len(self.topics) if has_cyrillic(self.people[0]) else min(2, len(self.person_topic))
        return Abstention("person_elsewhere", self.people[0], other) if needed and count >= needed else None

    def spoken_by_body(self, paragraph: Paragraph, quote: str) -> bool:
        """Whether these quoted words are those of a treaty body the question asks (or report its views)."""
        spoken = spoken_by(paragraph, quote, self.document_bodies, self.committees_before)
        return bool(spoken & set(self.treaty_bodies))

    def _figure_of_the_year(self, paragraph: str, quoted: str = "", heading: str = "") -> bool:
        """The paragraph gives a figure set in the year asked: the year is in a sentence with a figure, the sentence
        before one or the paragraph's first sentence ("In 2023, 45 cases were registered. Of these, 30..."), or nowhere
        in the paragraph (it speaks of the time the paragraphs before it set: CorpusNames.years_before). "In 2022
        alone, how many prosecutions...?" is not answered by "only four prosecutions had been brought" in a paragraph
        whose "January 2022" is in a sentence about something else. With `quoted` (the quote's whole sentences): the
        figure is one the quote gives, set in the year asked as above, or by "the year" the paragraph named before
        it; a sentence dated to another year is of that year ("... 658 victims of the January 2022 events" gives
        nothing for 2019, though the paragraph opens with "... 7 in 2019 ...")."""
        if not any(year in paragraph for year in self.years):
            return True
        sentences = [sentence.text for sentence in split_sentences(paragraph)]
        figures_quoted = [i for i, s in enumerate(sentences) if quoted and s in quoted and self._has_figure(s)]
        for position in figures_quoted:  # the quote's own figures: of the year asked, or of another
            sentence = sentences[position]
            if any(year in sentence for year in self.years):
                return True
            if A_YEAR.search(_own_time(sentence)):
                continue  # of another year (the years it compares with aside: "(compared with 337 in 2020)")
            context = " ".join({sentences[position - 1] if position else "", sentences[0]})
            # "Since the beginning of the year, a total of 12,360 cases ...": the year the paragraph named before
            if any(year in context for year in self.years) or (
                _THE_YEAR.search(sentence) and any(year in " ".join(sentences[:position]) for year in self.years)
            ):
                return True
        if figures_quoted:  # none of the year: unless another sentence gives the year's figure of what was asked
            # ("In 2020 - 1,414, in 2021 - 1,586 cases of threats" beside a quote of 2022's threats; not "7 in 2019"
            # criminal cases beside a quote of victims helped in 2022)
            return any(
                any(year in sentence for year in self.years)
                and self._has_figure(sentence)
                and self._figure_of_what_was_asked(sentence, paragraph, heading)
                for sentence in sentences
            )
        for position, sentence in enumerate(sentences):
            if not self._has_figure(sentence):
                continue
            context = " ".join({sentence, sentences[position - 1] if position else "", sentences[0]})
            if any(year in context for year in self.years):
                return True
        return False

    def shows_every_topic(self, paragraph: Paragraph) -> bool:
        """Whether the paragraph shows each of a Russian question's topic words (the lead needs only most of them)."""
        shown = f"{paragraph.text} {paragraph.section or ''}"
        return all(shows_topic(shown, english) for _written, english in self.topics)

    def _clause_on_subject(self, sentence: str) -> str:
        """The clause of a sentence ("..., and ...", "...; ...") that shows more of the question's subject words than
        any other, when there is one; the sentence otherwise."""
        clauses = [clause for clause in _CLAUSE_BREAK.split(sentence) if clause.strip()]
        if len(clauses) < 2:
            return sentence
        if self.topics:
            shown = [sum(shows_topic(c, english) for _w, english in self.topics) for c in clauses]
        else:
            subject = set(self.person_topic) - _TIME_TERMS  # "last year" dates a change, it is not its subject
            shown = [len(subject & set(terms(clause))) for clause in clauses]
        best = max(shown)
        return clauses[shown.index(best)] if best and shown.count(best) == 1 else sentence

    def _names_what_changed(self) -> bool:
        """Whether a question asking about a change names what changed: what it counts, a Russian question's
        topics, an English one's words beyond the change and its years ("increase in 2022" names nothing)."""
        if self.counted or self.counted_topic or self.topics or self.names or self.people:
            return True
        change = set(terms(self.stated_written))
        return any(not term.isdigit() and term not in change for term in self.person_topic)

    def _on_subject(self, sentence: str, paragraph: str) -> bool:
        """Whether a sentence is on what the question asks about: names what it counts, else its paragraph shows one
        of a Russian question's subject words ("the number of unlawful gatherings had been halved", in a paragraph
        on assemblies); True when the question has neither."""
        if self.counted or self.counted_topic:
            return self.names_what_is_counted(sentence)
        if self.topics:
            return any(shows_topic(paragraph, english) for _written, english in self.topics)
        return True

    def names_what_is_counted(self, sentence: str) -> bool:
        """Whether a sentence names what a "how many" question counts ("... among them 18 judges" for "Сколько
        судей..."); False when the question counts nothing named."""
        if self.counted_topic:
            return shows_topic(sentence, self.counted_topic[1])
        shown = set(terms(sentence))
        return bool(self.counted) and all(
            names_counted(shown, counted) and written_as_counted(sentence, counted) for counted in self.counted
        )

    def counts_something_else(self, paragraph: Paragraph, quote: str) -> bool:
        """Whether a passage quoted beside the answer's lead gives figures of something else: a count question's
        passage with a figure whose paragraph (its heading, and the paragraphs before it) never names what is
        counted ("In 2022, one criminal case was brought against one person, while, in 2023, three cases were brought
        against four persons", on obstructing journalists, beside a count of torture cases). Read as the answer's
        figures by a delegate, they are worse than no quote."""
        if not (self.counted or self.counted_topic) or not self._has_figure(quote):
            return False
        # (with the paragraphs before it: "20 new institutions need to be built" goes on from the inspections of "47
        # penal institutions")
        context = f"{paragraph.text} {paragraph.section or ''} {self.paragraphs_before.get(paragraph.key, '')}"
        if self.counted_topic:
            subjects = [english for _, english in (self.counted_topic, *self.topics)]
            return not any(shows_topic(context, english) for english in subjects)
        shown = set(terms(context))
        # (nor any other word of the question: "6,832 women in the armed forces, of whom 858 are officers" counts the
        # "servicewomen" asked about in other words)
        subject = set(self.person_topic) - _COUNT_FRAME - set(self.years)
        return not any(names_counted(shown, counted) for counted in self.counted) and not subject & shown

    def replies_on_something_else(self, paragraph: Paragraph) -> bool:
        """Whether a passage quoted beside the lead of a reply to what a member raised is on something else: its
        paragraph shows none of the point's words ("Persons who sexually harassed ... could be punished", on the Labour
        Code, beside the reply to Mr. Korkelia on self-harm). Read as more of the reply, it answers what was not
        asked."""
        if not self.answered or self.reply_asked_apart:  # (a reply asked on its own point: its words are unread)
            return False
        if self.topics:  # a Russian question: any English form of a subject of the point
            return not any(shows_topic(paragraph.text, english) for _, english in self.topics)
        topic = set(self.reply_topic or self.person_topic)
        return bool(topic) and not topic & set(terms(paragraph.text))

    def names_kind(self, paragraph: Paragraph) -> bool:
        """Whether the paragraph names the kind of things the question counts (always, when it counts no kind)."""
        return all(names_counted(paragraph_terms(paragraph), kind) for kind in self.kind)

    def _asks_for_the_count(self, sentence: str) -> bool:
        """Whether the sentence is a request for the count asked (a Committee's "Please provide ..., and indicate how
        many people (if any) have been suspended ... pending investigation": what it asks for after "how many" or
        "the number of" shows a word of the question's subject beyond what is counted): its figures count other
        things (the "eight suspected ... officers" it names), and the count asked is what it lacks."""
        if self.committee_asked or not (REQUEST.search(sentence) or _IMPERATIVE.match(sentence)):
            return False
        asking = _HOW_MANY_ASKED.search(sentence)
        if asking is None:
            return False
        asked = sentence[asking.end() :]
        if self.topics:  # a Russian question's: any subject word but what it counts, in English
            counted_ru = self.counted_topic[1] if self.counted_topic else ()
            return any(shows_topic(asked, english) for _, english in self.topics if english != counted_ru)
        counted = {term for counted in self.counted for term in terms(counted)}
        subject = set(self.person_topic) - counted - _COUNT_FRAME - set(self.years)
        return bool(subject & set(terms(asked)))

    def _figure_of_what_was_asked(
        self, quote: str, paragraph: str = "", heading: str = "", went_on_from: str = ""
    ) -> bool:
        """One sentence of the quote (each taken whole, as the paragraph prints it) gives a figure together with what
        is counted: "In 2025, 170 visits had been conducted" is no figure of the victims, even beside a sentence that
        names them; a figure of cases counts cases of the kind the paragraph's heading names ("51 criminal cases were
        referred to the courts" under "Prohibition of torture" for "how many torture cases went to court?")."""
        if not (self.counted or self.counted_topic or self.deaths or self.subset or self.subset_of or self.outcome):
            return True
        # a word of the group's own, not "cases" or "persons", which every count writes ("Of the family offence cases
        # the courts handled in 2023, ...", not "three cases were brought against four persons"), when it has one
        group_words = [forms for _, forms in self.subset_of if not set(forms) & GENERIC_COUNTED] or [
            forms for _, forms in self.subset_of
        ]
        for sentence in split_sentences(quote):
            text = sentence.text
            if not self._has_figure(text):
                continue
            if self._asks_for_the_count(text):
                continue  # "... eight suspected officers ..., and indicate how many people have been suspended"
            sentence_terms = set(terms(text))
            # "A total of 1,651 such letters had been issued": what they are is in the sentence before
            before_named = refers_back(text)
            opened = _DEFINITE_OPENING.match(text)  # "The list includes 238 people": the list the sentence before named
            if opened and not before_named:
                before_named = stem(opened.group(1).lower()) in set(terms(_sentence_before(paragraph, text)))
            before = _sentence_before(paragraph, text) if before_named or sentence_terms & GENERIC_COUNTED else ""
            # "The breakdown by ethnicity was: 46 Kazakhs, ...": of what the paragraph it breaks down counts
            if breakdown_by(text) and went_on_from:
                before, before_named = went_on_from, True
            # "While, in 2020, the courts handled 856 cases, ...": cases of the kind the sentence before names ("the
            # number of corruption cases recorded ... fell"), for what is counted only (the part of it asked must
            # still show in the figure's own sentence)
            same_kind = sentence_terms & GENERIC_COUNTED & set(terms(before))
            # "The offence of defamation, which had been transferred ... Over 2,000 cases had been dismissed": cases of
            # the kind asked, which the sentence before names
            kind_before = bool(sentence_terms & CASES_TERMS) and any(
                names_counted(set(terms(before)), kind) for kind in self.cases_of
            )
            before_named = before_named or kind_before
            # "Work is continuing on providing assistance to trafficking victims ... T 101.3 million was used in 2022
            # to provide special social services to 325 persons": people counted as "persons" are those the
            # paragraph's opening sentence, quoted with them, names
            opening = _opening_quoted(paragraph, quote, text) if sentence_terms & PEOPLE_COUNTED else ""
            if opening and self.names_what_is_counted(opening):
                before, before_named = f"{opening} {before}", True
            named_terms = sentence_terms | set(terms(before)) if before_named or same_kind else sentence_terms
            heading_terms = set(terms(heading)) if sentence_terms & CASES_TERMS else set()
            if not all(
                names_counted(named_terms, counted)
                or self._suicides_in_custody(counted, named_terms)
                or (
                    counted in self.cases_of
                    and bool(self.to_court)
                    and shows_topic(text, self.to_court)
                    and names_counted(heading_terms, counted)
                )
                for counted in self.counted
            ):
                continue
            # "1,651 such letters" counts letters ("warning letters", as the sentence before calls them), whatever
            # else that sentence speaks of (websites)
            such = _SUCH_COUNTED.search(text)
            if such and not all(_such_counts(such.group(1), counted, before) for counted in self.counted):
                continue
            around = f"{before} {text}" if before_named else text
            if not all(written_as_counted(around, counted) for counted in self.counted):
                continue  # "5,533 judgments" counts no judges: the same stem, another word
            # "About 300 people had been found to be detained unlawfully": those unlawfully held, not all who were
            if self.unqualified and _UNLAWFULLY.search(text):
                continue
            # "how many torture cases went to court in 2021?": cases referred to the courts, not the 632 recorded (a
            # paragraph that never speaks of a court)
            if self.to_court and not shows_topic(f"{paragraph} {around}", self.to_court):
                continue
            if self.outcome and not shows_topic(around, self.outcome):
                continue  # "over 400 registered missionaries": none of them refused
            if self.counted_qualifier and not shows_topic(around, (self.counted_qualifier,)):
                continue  # "189 suicides among prisoners" counts no political prisoners
            # ("1,651 such letters": the sentence before says what they concerned, as it says what they are)
            if self.concerned and not shows_topic(around, self.concerned):
                continue  # "444 officials" were disciplined: no count of the complaints that concerned torture
            if self.punished_for and not shows_topic(f"{paragraph} {heading} {around}", self.punished_for):
                continue  # "109 officials in 2023" disciplined for failing their duties: none for asset declarations
            # "how many of the 238 killed were children": the children counted, not all the dead
            if self.subset and 2 * sum(1 for _, forms in self.subset if shows_topic(around, forms)) <= len(self.subset):
                continue
            # "Of the 29 women deputies, ...": not five seats reserved for groups
            if self.subset_of and not any(shows_topic(around, forms) for forms in group_words):
                continue
            # (the deaths of what is counted, when the question asks how many died: "The causes were disease (94
            # deaths, ...)" for "How many prisoners died of illness?")
            counted_or_deaths = (*self.counted, "deaths") if self.deaths else self.counted
            if (
                self.counted_as_written
                and not kind_before
                and counts_another(text, counted_or_deaths, self.counts_people)
            ):
                continue  # its figures count something else ("109 persons" for "how many groups")
            if self.deaths and not named_terms & (DEATHS | {SUICIDE} if self.suicides else DEATHS):
                continue  # "345 persons were sentenced, including 119 women" counts no woman killed
            if not self.deaths and counts_only_the_dead(text):
                continue  # "the reported death of four children" counts no children living in institutions
            if self.cause and not all(shows_topic(text, cause_forms(word)) for word in self.cause):
                continue  # "238 persons were killed" counts no deaths from torture
            if self.agent and not by_agent(text, self.agent):
                continue  # "... 19 were officers of the military, police and security forces": killed, not killers
            # a generic count ("the courts handled 856 cases") takes its kind from the sentence before ("... the number
            # of corruption cases recorded fell"); a count of something else ("170 visits") does not
            shown = f"{before} {text}"
            # what happened to them, which the verb after what is counted says, is not only an offence of driving
            # someone to it ("one minor was convicted of incitement to suicide" counts no convicts who took their own
            # lives: «Сколько заключённых покончили с собой»)
            if (
                self.counted_event
                and any(shows_topic(shown, event) for event in self.counted_event)
                and not any(shows_topic(_INCITED.sub(" ", shown), event) for event in self.counted_event)
            ):
                continue
            # "A total of 345 persons were sentenced" counts convicts, none of whom took their own lives: the harm that
            # befell them must show (as an English question's outcome); a verb's gloss of anything else is too loose a
            # wording to ask of the sentence («обратились»: "had received calls from more than 1,000 children")
            if (harms := [event for event in self.counted_event if _names_a_harm(event)]) and not any(
                shows_topic(shown, event) for event in harms
            ):
                continue
            if self.counted_topic and not shows_topic(shown, counted := self.counted_topic[1]):
                # a Russian question: the sentence shows what is counted, or what happened to them ("189 cases of
                # suicide" for "Сколько заключённых покончили с собой") in a paragraph that speaks of them ("238
                # persons were killed" counts no children: "сколько детей погибло")
                happened = any(shows_topic(shown, event) for event in self.counted_event)
                of_the_heading = (
                    self.cases_of_topic
                    and bool(self.to_court)
                    and shows_topic(text, self.to_court)
                    and shows_topic(heading if heading_terms else "", counted)
                )
                if not (happened and shows_topic(paragraph or quote, counted)) and not of_the_heading:
                    continue
            # "сколько сайтов": "A total of 1,651 such letters" counts letters, "nine cases" cases
            directly = self.counted_topic[1] if self.counted_directly and self.counted_topic else ()
            # (a figure of persons may count people: "325 persons" for "скольким жертвам")
            # ("1,651 such letters" counts the warnings of «сколько предупреждений» when the sentence before calls
            # them warning letters, as an English question's _such_counts reads them)
            if directly and (
                (such and not shows_topic(such.group(1), directly) and not _such_shown(such.group(1), directly, before))
                or counts_another(text, directly, people=gloss_names_people(directly), starts=True)
            ):
                continue
            return True
        return False

    def _suicides_in_custody(self, counted: str, named: set[str]) -> bool:
        """Whether a count of suicides in a place of custody counts the people held there that a question on their
        suicides counts ("how many inmates took their own lives": "189 cases of suicide at institutions of the penal
        correction system"); not those of anyone else (police officers' suicides)."""
        held = stem(counted.lower()).startswith(_HELD)
        return self.suicides and held and any(t.startswith(SUICIDE) for t in named) and bool(_CUSTODY & named)

    def _has_figure(self, quote: str) -> bool:
        """A figure in the quote; for a count ("how many"), one that is not a year or a date, nor one the question
        gave ("27 recommendations" is no answer to "how many of GRECO's 27 recommendations were implemented?")."""
        if self.ahead and has_span(without_figures(quote, self.given)):  # "When will ...?": "within 48 hours"
            return True
        if self.wants_date:  # "By what date is the report due?": a date or a year, not "paragraphs 43 to 45"
            return (
                has_date(quote)
                and (
                    not self.wants_month or (names_month(quote) and not month_of_another_year(quote, self.month_years))
                )
                and (not self.wants_day or names_day(quote, self.day_in))
            )
        if self.frequency and FREQUENCY.search(quote):  # "how often": "on a daily basis"
            return True
        if self.span:  # "within how many hours": "48 hours", not "one criminal charge"
            return has_span(without_figures(quote, self.given))
        counted = [*self.counted, *(self.counted_topic[1] if self.counted_topic else ())]
        if counted and not (self.share or self.amount or measured_in_shares(counted)):
            # "What is the population?": "8.3 per cent of the population of people who inject drugs" counts no one
            quote = without_shares(quote)
        # "How many journalists were prosecuted for libel?": "No journalists or activists had been prosecuted" (none)
        if self.counted and not (self.share or self.amount) and counts_none(quote, self.counted):
            return True
        # ("under articles 476 (...), 478 (...) and 488 (...)", article 478 asked: three articles, no count)
        return has_count(without_figures(without_reference_numbers(quote), self.given), self.wants_duration)


# The English word starts of a harm that befalls people: a count of those it befell must say so
_HARMS = (
    "suicid",
    "death",
    "died",
    "dead",
    "kill",
    "injur",
    "wound",
    "tortur",
    "beat",
    "disappear",
    "rape",
    "imprison",
    "jail",
)


def _names_a_harm(event: Sequence[str]) -> bool:
    """Whether a Russian count's event (its English word starts) is a harm that befell those counted."""
    return any(word.lower().startswith(_HARMS) for word in event)


def _names_in_any_wording(text: str, word: str) -> bool:
    """Whether the text has the word or the documents' other wording of it (search.WORDINGS): "the Prosecutor
    General" is the State report's "Procurator General"."""
    return text_names(text, word) or any(text_names(text, other) for other in documents_words(word))


def _names_meeting_place(question: str, name: str) -> bool:
    """Whether the name is the place the question says the dialogue was held ("... said in Geneva"): _MEETING_PLACE."""
    return any(name in match.group(0).split() for match in _MEETING_PLACE.finditer(question))
