"""What a question asks to be counted, summed, dated or ranked, and whether a text gives it: the figure questions'
words ("how many", "сколько", "how much compensation", "when", "within how many hours"), what a count counts (its
noun, group, subject, offence), and the figures a sentence holds. answerability.Requirements uses these to judge
whether a quote answers; the extractive answerer uses them to choose the sentence that holds the figure."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from prepbot.answering.dated_events import MONTHS_EN, MONTHS_RU
from prepbot.answering.entities import SPECIALISED_PIECES, CorpusNames, countries_in, without_document_symbols
from prepbot.answering.standard_refs import without_references
from prepbot.answering.text import SAYING_TERMS, STOPWORDS, has_cyrillic, spelled_figures, stem, terms, with_digits
from prepbot.core.sentences import split_sentences
from prepbot.retrieval.search import documents_words
from prepbot.retrieval.terms_ru import english_topics, glossed_words, shows_topic

# the endings of a plural noun, and the endings of singular words that end in "s" ("press", "crisis", "status")
_PLURAL_ENDINGS, _NOT_PLURAL_ENDINGS = ("s", "people", "men", "children"), ("ss", "is", "us")

_NUMBER_WORDS = re.compile(
    # "one", but not "if one of their staff is found to be corrupt"
    r"\d|\b(?:one(?! of\b| another\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|third|quarter|dozens?|once|twice|none"
    # a change by a factor: "increase the amount of compensation tenfold", "the number had halved"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold|doubled|tripled|quadrupled|halved"
    r"|no\s+(?:[a-z]+\s+)?(?:cases?|complaints?))\b",  # "no criminal cases were brought": none, a count
    re.IGNORECASE,
)


# "When...", "In what year...", "By what date is the report due?", "к какому сроку", "какого числа"; not a "when"
# that opens a clause before the question: "When someone is sent to prison, which illnesses are they checked for?"
_DATE_ASKED = (
    r"^\s*when\b(?![^?,;]*,\s*(?:which|what|how|who|whom|where|why|is|are|do|does|did|can|could|has|have|was|were"
    r"|will|would|should|must)\b)|^\s*(?:in (?:what|which) year|(?:what|which) year)\b"
    r"|\b(?:what|which) date\b|\bby when\b"
    # «Когда приходит нота ..., кого МИД извещает?»: a condition, the thing asked after it
    r"|^\s*когда\b(?![^?,;]*,\s*(?:кто|кого|кому|кем|что|чем|как|как\w+|куда|где|почему|зачем|сколько|скольк\w+)\b)"
    r"|\bв каком году\b|\bк какому (?:сроку|числу)\b|\bкакого числа\b"
    r"|\b(?:which|what) month\b|\bв каком месяце\b"
    r"|\b(?:on|in) (?:what|which) day\b|\bwhat day\b|\bв какой день\b|\bв какие дни\b"
)
# A prison term asked: "What sentences did the four ... receive?", "what sentence did S. get?": a term of years
_SENTENCE_ASKED = r"\bwhat (?:prison |jail )?sentences? (?:did|was|were|has|have|had)\b"
# A time limit asked: "the maximum period of detention", "what's the longest someone can be kept in custody"
_LIMIT_ASKED = (
    r"\b(?:maximum|longest|minimum|shortest) (?:period|time|duration|length)\b"
    r"|\bthe longest\b[\w'’ ]{0,40}?\b(?:kept|held|detained|remain|stay)"
)
# An age asked, which the years of it answer as a span of time does: "the minimum age to run for akim", "youngest age
# at which ... is allowed", "с какого возраста"
_AGE_ASKED = (
    r"\b(?:minimum|maximum|youngest|oldest|lowest|highest) age\b|\bat what age\b|\bhow old\b"
    r"|\b(?:минимальн|максимальн)\w* возраст|\bс какого возраста|\bсо скольки лет"
)
# A month or a day asked, which a year does not answer: "In which month of 2023...?", "какого числа начался визит?"
_MONTH_OR_DAY_ASKED = re.compile(
    r"\b(?:which|what) (?:exact )?(?:month|date|day)s?\b|\bexact dates?\b|\bon what day\b"
    r"|\bв каком месяце\b|\bкакого числа\b|\bв какие (?:даты|дни)\b|\bс какого по какое\b|\bв какой день\b",
    re.IGNORECASE,
)
# a day asked: "On what day in November 2022 ...?", "What date ...?", "Какого числа ...?", "В какой день ...?"
_DAY_ASKED = re.compile(
    r"\b(?:which|what) (?:exact )?(?:date|day)s?\b|\bexact dates?\b|\bon what day\b"
    # ("до какого числа" asks to what number too: "До какого числа снизили минимум ...?")
    r"|(?<!до )\bкакого числа\b|\bв какие (?:даты|дни)\b|\bв какой день\b",
    re.IGNORECASE,
)


# A rank asked for: "what rank", "where does Kazakhstan rank", "какое место занял", "на каком месте"
_RANK_ASKED = (
    r"\bwhat (?:rank|ranking|position)\b|\bwhere (?:does|did) [\w'’ ]{1,30}? (?:rank|place|stand|come)\b(?! from)"
    r"|\bкак(?:ое|ом) мест\w*|\bна каком месте"
)


# "what is the annual budget?", "what was voter turnout?"
# (a prevalence or an incidence is a rate: "the HIV prevalence among prisoners"; "the prevalence rate" counts the rate)
_AMOUNTS = (
    r"budget|amount|total|rate|sum|salary|wage|pension|fine|cost|threshold|quota|turnout|population"
    r"|prevalence(?!\s+rate)|incidence(?!\s+rate)"
)


_WHAT_IS = r"what(?:'s|’s| (?:is|was|are|were))"  # "What's the HIV prevalence rate...", "What was voter turnout..."


# "What hourly wage do convicts receive?", "What monthly pension ...": a sum asked for by its name (those paid to
# someone, then the others)
_PAID_SUMS = r"wages?|salar(?:y|ies)|pensions?|allowances?"


_SUM_BY_NAME = (
    rf"^\s*what (?:[\w'’-]+\s+){{0,2}}?(?:{_PAID_SUMS}|budget|fines?|fees?)\s+"
    r"(?:do|does|did|is|are|was|were|will|would|can|could)\b"
)


# "What does the NGO submission claim about the amounts paid to victims?": the sums themselves are asked for
_AMOUNTS_SPOKEN_OF = (
    r"\b(?:about|on|regarding|concerning)\s+the\s+(?:amounts?|sums?)\s+(?:paid|awarded|granted|received|given)\b"
)
_INSTRUMENT = r"(?:law|act|decree|resolution|bill|order|regulation|code|article|communication|decision)"
_WANTS_FIGURE = re.compile(
    r"\bhow far (?:ahead|in advance)\b"
    r"|\b(?:how (?:many|much|often|long|old)|what (?:percentage|share|proportion|number|amount|age|sum|budget)"
    r"|how large|headcount|percent(?:age)?|per cent)\b"
    # "numbers of", not a law's own number ("What's the number of the 2014 law that ...?": Act No. 200-V, no count)
    # (nor "the growing number of appeals", "a large number of": how the number went or stands, which the question
    # reads something into, not the count)
    rf"|(?<!growing )(?<!increasing )(?<!rising )(?<!falling )(?<!declining )(?<!large )(?<!small )(?<!high )"
    rf"\bnumbers? of\b(?!\s+(?:the|a|an|this|that|its|their)\s+(?:\d{{4}}\s+|new\s+)?{_INSTRUMENT}\b)"
    rf"|{_SENTENCE_ASKED}"
    # "what is the number?", "give me the numbers": the count itself, asked after its subject
    r"|\b(?:what|which) (?:is|was|are|were) the (?:total |exact |overall )?numbers?\b(?! of\b)"
    r"|\b(?:give|tell|show) (?:me |us )?the (?:total |exact |overall )?numbers?\b"
    r"|\b(?:the|a|total|what) (?:total )?(?:count|tally) of\b"  # "what was the count of people recognised as ..."
    rf"|{_DATE_ASKED}"
    rf"|{_SUM_BY_NAME}|{_AMOUNTS_SPOKEN_OF}"
    rf"|\b{_WHAT_IS} (?:the |its |their )?(?:[\w'’-]+\s+){{0,4}}?(?:{_AMOUNTS})s?\b"
    r"|\bскольк(?:о|их|им|ими)\b|%"  # "сколько", "скольким адвокатам", "скольких осудили"
    r"|\bкаков\w* (?:[а-яё]+\s+)?(?:распространённост|распространенност)"  # "какова распространённость ВИЧ": a rate
    # "What figures does the State give on self-harm?", "any stats on that", "какие цифры по самоповреждениям",
    # "статистика по жалобам": the figures themselves are asked for
    r"|\b(?:what|which|any) (?:figures|statistics|stats|numbers)\b|\b(?:figures?|statistics) (?:on|for|of|about)\b"
    r"|\bкак(?:ие|ая|ую|ой) (?:[а-яё]+\s+)?(?:цифр|статистик)\w*|\b(?:цифр|статистик)\w* (?:по|о|об)\b"
    # "what data did the delegation give on suicides", "какие данные о самоубийствах привела делегация" (not "what
    # data on non-citizens should States include", "какие данные собирает госорган")
    r"|\b(?:what|which) data (?:did|does|do|has|have|was|were)\b|\bany data (?:on|about)\b"
    r"|\bкак(?:ие|ую) (?:[а-яё]+\s+)?данн\w*(?:\s+[а-яё]+){0,6}?\s+(?:привел|привод|дал|дают|представ|сообщ)\w*"
    # a rank: "what rank", "where does Kazakhstan rank", "какое место занял", "на каком месте"
    rf"|{_RANK_ASKED}"
    # "какое максимальное наказание", "what is the maximum penalty / sentence": a term of years
    r"|\bмаксимальн\w* (?:наказани|срок)|\b(?:maximum|longest) (?:penalty|sentence|prison term|term|jail term)\b"
    rf"|{_AGE_ASKED}|{_LIMIT_ASKED}"
    # "какой бюджет у омбудсмена", "какая доля женщин", "каков размер штрафа": the Russian "what is the budget"
    r"|\bкак(?:ой|ая|ое|ов|ова|ово|овы)\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:бюджет|сумм|размер|дол[яюи]|процент|числ|количеств|штраф|зарплат|порог|квот|ставк|срок|объ[её]м)",
    re.IGNORECASE,
)


# "How much compensation does a victim get?", "сколько денег потратили": money is asked, and a count of anything else
# (three categories, 22 offences) is no answer. An amount is a figure with a currency or the monthly calculation index.
_MONEY = (
    r"compensation|money|funding|funds?|budget|fines?|salar(?:y|ies)|pay|paid|payments?|wages?|pensions?|benefits?"
    r"|allowances?|costs?|damages|spend|spent|allocated|price|fees?|redress|earns?|earned|earnings|income"
    r"|payouts?|reparations?"
)


_WANTS_AMOUNT = re.compile(
    # not "by how much": a change ("By how much will compensation increase?": tenfold), a factor as well as a sum
    # nor "how much of that is wages": a part of what went before, a share as well as a sum
    rf"(?<!by )\bhow much\b(?!\s+of\s+(?:that|this|it|them|those|these)\b)(?:\s+[\w'’-]+){{0,6}}?\s+(?:{_MONEY})\b"
    rf"|(?<!by )\bhow much (?:{_MONEY})\b"
    r"|\bwhat (?:is|was|are|were) (?:the )?(?:amount|sum|budget|salary|wage|cost)s? of\b"
    # "How large was the Commissioner's Office budget?", "how many dollars"
    r"|\bhow (?:large|big|high) (?:is|was|are|were) (?:[\w'’-]+\s+){0,5}?(?:budget|salar(?:y|ies)|wages?|funding"
    r"|allocations?|fines?|payments?)\b|\bhow many (?:tenge|KZT|(?:US )?dollars|euros)\b"
    rf"|{_SUM_BY_NAME}|{_AMOUNTS_SPOKEN_OF}"
    r"|\bсколько (?:денег|тенге|средств)|\bкак(?:ова|ая|ую) (?:[а-яё]+\s+)?сумм|\bна как\w+ (?:[а-яё]+\s+)?сумм"
    r"|\bкакой размер (?:компенсац|штраф|пособ|выплат|зарплат|пенси)"
    # "какая минимальная зарплата", "каков средний размер пенсии"
    r"|\bкак(?:ой|ая|ое|ов|ова)\s+(?:[а-яё]+\s+){0,2}?(?:зарплат|заработн|пенси|пособи)"
    r"|\bкак(?:ой|ов)\w*\s+(?:[а-яё]+\s+){0,2}?бюджет"
    # "какой объём финансирования получил НПМ", "каков размер финансирования"
    r"|\bкак(?:ой|ов)\w*\s+(?:объ[её]м|размер)\w*\s+(?:финансирован|средств|выплат|компенсац|ассигнован)",
    re.IGNORECASE,
)


_AMOUNT = re.compile(
    r"[$€£]\s?\d|\d\s?(?:tenge|KZT|USD|EUR|dollars?|euros?|roubles?|rubles?)\b|\b(?:USD|EUR|KZT)\s?\d"
    r"|(?-i:\bT\s?\d)|\d\s?(?-i:T)(?![\w-])|monthly calculation index|(?-i:\bMCI\b)",
    re.IGNORECASE,
)


# "How many people were convicted of torture in 2023?", "сколько человек осудили за пытки": the offence a count of
# convictions (prosecutions, fines...) is of
_OFFENCE = re.compile(
    r"\b(?:convicted|sentenced|prosecuted|charged|punished|jailed|imprisoned|fined|tried)\s+(?:of|for|with)\s+"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:in|since|between|during|from|under|last|this|over|at|by|and|or)\b|\s*[?.,;]|$)",
    re.IGNORECASE,
)


_OFFENCE_RU = re.compile(
    r"(?<![\w-])(?:осуд\w*|осужд\w*|привлеч\w*|привлек\w*|наказа\w*|оштрафова\w*|приговор\w*|посад\w*)"
    r"(?:\s+[\w-]+)?\s+за\s+(\S+(?:\s+\S+)?)",
    re.IGNORECASE,
)


def offence_named(question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The offence a figure question counts convictions, prosecutions or fines for, as (word as written, the forms
    that show it in English): "convicted of torture" -> (("torture", ("tortur",)),), "осудили за пытки" -> the
    glossary's words for torture. A count of convictions under another article does not answer it."""
    if has_cyrillic(question):
        match = _OFFENCE_RU.search(question)
        return tuple(_subject_words(match.group(1).strip(" ?.,!"))) if match else ()
    match = _OFFENCE.search(question)
    if match is None:
        return ()
    words = [w for w in re.findall(r"[\w'’-]+", match.group(1)) if not w[0].isdigit()]
    return tuple((word, tuple(terms(word))) for word in words if terms(word))


# "How much do school teachers earn?": who is paid (or pays) a sum asked about
_PAYEE = re.compile(
    rf"\b(?:how much (?:[\w'’-]+ )?|what (?:[\w'’-]+\s+){{0,2}}?(?:{_PAID_SUMS})\s+)"
    r"(?:do|does|did|will|would|can|could) ((?:[\w'’-]+\s+){1,4}?)"
    r"(?:earn|make|get|receive|take home|spend|pay|cost)\b",
    re.IGNORECASE,
)


# "How much is the monthly care allowance paid to inmates who look after...?": whom the sum is paid to
_PAID_TO = re.compile(
    # ("how much of the Fund's payout went specifically to torture victims": what went to them)
    r"\b(?:how much|what)\b[^?]*?\b(?:paid|payable|granted|awarded|given|went|go|goes|allocated)"
    r"(?:\s+(?:specifically|directly|only|solely))? to ((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
    r"(?=\s+(?:who|whom|with|for|in|at|under|during|since|from|by)\b|\s*[?,.;]|\s*$)",
    re.IGNORECASE,
)


def payee_terms(question: str) -> tuple[str, ...]:
    """The terms of who earns, gets or pays the sum an English "how much" question asks about ("school teachers",
    "paid to inmates who..."); none for a pronoun ("how much does it pay out?")."""
    match = _PAYEE.search(question) or _PAID_TO.search(question)
    return tuple(terms(match.group(1))) if match else ()


def paid_to_terms(question: str) -> tuple[str, ...]:
    """The terms of whom the sum a "how much" question asks about went to ("how much of the payout went to torture
    victims" -> tortur, victim): a sum paid to all victims is none paid to those."""
    match = None if _PAYEE.search(question) else _PAID_TO.search(question)
    return tuple(terms(match.group(1))) if match else ()


def wants_amount(question: str) -> bool:
    """True when the question asks how much money ("How much compensation...?", "сколько денег...")."""
    return bool(_WANTS_AMOUNT.search(question))


# A question that asks for a share ("In what percentage of cases...?", "What proportion of...", "What vote share...",
# "какой процент")
_WANTS_SHARE = re.compile(
    r"\b(?:what|which) (?:percentage|proportion|share|per ?cent)\b"
    r"|\b(?:what|which) [a-z]+ (?:percentage|proportion|share)(?=\s+(?:of|does|do|did|is|was|has|must)\b|\s*[?.,]|$)"
    r"|\bhow many per ?cent\b|\bpercentage of\b"
    r"|\b(?:what|which|how many)\s*%"  # "what % of the calls"
    r"|\bкак\w* (?:доля|долю|процент\w*)|\bсколько процент\w*|\bв каком проценте|\bв процентах\b",
    re.IGNORECASE,
)


# A share as the documents write one: "55 per cent", "41 percent", "2.7%", "half of", "one third of"
_SHARE = re.compile(
    r"%|\bper\s*cent\b|\bpercent\b|\b(?:half|one[- ]third|two[- ]thirds|one[- ]quarter|three[- ]quarters|majority)\b",
    re.IGNORECASE,
)


_WANTS_RANK = re.compile(_RANK_ASKED, re.IGNORECASE)


# An ordinal past the tenth as the documents write one: "62nd", "4227th", "sixty-fifth", "seventy-sixth"
_ORDINAL = (
    r"\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)


# A rank as the documents give one: "sixty-fifth out of 142 countries", "62nd", "ranked", "rose 3 places"
_RANK = re.compile(
    rf"\b(?:{_ORDINAL}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+tieth)\b"
    r"|\bout of \d|\brank\w*|\bplaces?\b|\bposition\b",
    re.IGNORECASE,
)


def wants_rank(question: str) -> bool:
    """True when the question asks where something ranks ("На каком месте Казахстан в рейтинге...?")."""
    return bool(_WANTS_RANK.search(question))


# Units of measure a question may ask a figure in, each with the ways a text writes it: a figure in another unit, or
# none, does not answer "what is the minimum living space per prisoner in square metres?"
_MEASURE_UNITS = (
    r"square\s+met(?:re|er)s?|sq\.?\s?m\b|\bm2\b|m²|квадратн\w*\s+метр\w*|кв\.?\s?м(?![\w])|\bм2\b|м²",
    r"hectares?|гектар\w*",
    r"kilomet(?:re|er)s?|\bkm\b|километр\w*|(?<![\w-])км(?![\w-])",
    r"\blit(?:re|er)s?\b|(?<![\w-])литр\w*",
    r"\btonnes?\b|\btons?\b|(?<![\w-])тонн\w*",
    r"kilograms?|\bkg\b|килограмм\w*|(?<![\w-])кг(?![\w-])",
    r"calories|kilocalories|\bkcal\b|калори\w*|килокалори\w*",
)
_UNIT_PATTERNS = tuple(re.compile(unit, re.IGNORECASE) for unit in _MEASURE_UNITS)


def units_asked(question: str) -> tuple[int, ...]:
    """The units of measure a question names (indices of _MEASURE_UNITS), in which the figure it asks for must be
    given."""
    return tuple(at for at, pattern in enumerate(_UNIT_PATTERNS) if pattern.search(question))


def in_unit(text: str, unit: int) -> bool:
    """Whether the text writes that unit of measure."""
    return bool(_UNIT_PATTERNS[unit].search(text))


def has_rank(text: str) -> bool:
    """True when the text gives a rank ("sixty-fifth out of 142 countries", "ranked 62nd"), not only a count."""
    return bool(_RANK.search(text))


# The group a share is of: "What percentage of Kazakhstan's 6,033 practising advocates are women?" -> advocates
_SHARE_OF = re.compile(
    r"\b(?:what|which)\s+(?:percentage|proportion|share)\s+of\s+(?:the\s+)?(?:[\w'’,.\-]+\s+){0,4}?"
    r"(?P<group>[a-z]{4,}s)\s+(?:are|were|is|was|have|had)\b",
    re.IGNORECASE,
)


def share_group(question: str) -> tuple[str, ...]:
    """The group an English share question asks a share of ("What percentage of ... advocates are women?" ->
    ("advocates",)): the share's sentence must name it, not give women's share among judges."""
    match = _SHARE_OF.search(question)
    if match is None or stem(match.group("group").lower()) in GENERIC_COUNTED | {stem("instances")}:
        return ()  # "in what share of cases were detainees ...": cases of what the question goes on to say
    return (match.group("group").lower(),)


def wants_share(question: str) -> bool:
    """True when the question asks for a share ("In what percentage of cases were detainees beaten?")."""
    return bool(_WANTS_SHARE.search(question))


# A share's figure: "70 per cent", "34.6%", "between 8.3 and 8.5 per cent" (no count of the things a "how many"
# question counts); "from 3.2 to 6.9 per cent" keeps its first figure, a change of a share being asked for as often
_SHARE_FIGURE = re.compile(
    r"(?<![\w.,])(?:between\s+\d+(?:[.,]\d+)?\s*(?:and|-|–)\s*)?\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)
# What is measured in shares, so that its figure may be one: "the threshold for parties", "HIV prevalence"
_MEASURED_IN_SHARES = ("thresh", "preval", "rate", "turnou", "level", "ratio", "propor", "covera", "barrie", "percen")


def without_shares(text: str) -> str:
    """The text with its shares' figures blanked ("34.6%", "between 8.3 and 8.5 per cent")."""
    return _SHARE_FIGURE.sub(" ", text)


def measured_in_shares(words: Sequence[str]) -> bool:
    """Whether any of these words names what is measured in shares ("threshold", "prevalence", "turnout")."""
    return any(stem(word.lower()).startswith(_MEASURED_IN_SHARES) for word in words)


def has_share(text: str) -> bool:
    """True when the text gives a share ("77.18 per cent of those who voted", "2.7%", "half of")."""
    return bool(_SHARE.search(text))


def has_amount(text: str) -> bool:
    """True when the text gives a sum of money ("103,500 tenge (T)", "$320", "30 times the monthly calculation
    index")."""
    return bool(_AMOUNT.search(text))


_WANTS_DATE = re.compile(_DATE_ASKED, re.IGNORECASE)


# "Did the Committee ask how many...", "What did Mr. X want to know about the number of...", "What statistics does
# General Comment 20 expect in State reports?": the answer is what someone asked for, not a figure.
_ASKS_ABOUT_ASKING = re.compile(
    r"\b(?:ask|asks|asked|asking|wants? to know|wanted to know|wonder(?:ed)?|(?<!on )request(?:s|ed)?|raise[ds]?"
    r"|question(?:ed)?|pressed|pressing|enquire[ds]?|inquire[ds]?|expect(?:s|ed)?)\b"
    # "How does CAT want the statistics broken down?" (not "I want the figures")
    r"|\b(?:does|do|did)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+want\b"
    # (and as it asks now: "какую разбивку статистики запрашивает КПП?")
    r"|спрашива|спросил|интересовал|запросил|запрашива|просил|проси[тл]"
    # what a list of issues, which only asks, says of a count: "What does the CAT list of issues say about how many
    # torture complaints actually reach court?"
    r"|\blist\s+of\s+issues\b[^?]{0,30}\bsays?\s+about\b",
    re.IGNORECASE,
)


# "npm visits 2024 numbers?", "self harm numbers for 2024?": figures asked after the subject, as on a phone (not "state
# vs ngo numbers", a contrast of what each side says, whose sides are set by what they say)
_NUMBERS_AT_END = re.compile(
    r"\b(?:numbers|figures|stats|statistics)(?:\s+(?:for|in|of)\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:per|by|a|each|every)\s+(?:yr|year|month|region|oblast))?\s*[?!.]*\s*$"  # "numbers per yr?"
    # "deaths in custody in 2021 by cause?": a breakdown typed last after a subject, with no question word before
    # it, asks the figures broken down so (not "Should statistics be broken down by sex?")
    r"|^(?!\s*(?:should|must|shall|do|does|did|is|are|was|were|can|could|will|would|has|have|had|what|how|why|who"
    r"|which|when|where)\b)[^?]*\bby\s+(?:cause|region|age|sex|gender|nationality|oblast|type|year)s?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_CONTRASTED = re.compile(r"\b(?:vs\.?|versus|compared?|comparison|differ\w*)(?![\w-])", re.IGNORECASE)


_HOW_OFTEN = re.compile(r"\bhow often\b|(?<![\w-])как часто\b", re.IGNORECASE)
# a frequency in words, which answers "how often" as a figure does ("on a daily basis", "twice a year")
FREQUENCY = re.compile(
    r"\b(?:daily|weekly|monthly|quarterly|annually|yearly|once|twice|regularly"
    r"|every (?:day|week|month|year|\w+ (?:days|weeks|months|years))|(?:per|a|each) (?:day|week|month|quarter|year))\b",
    re.IGNORECASE,
)


def asks_how_often(question: str) -> bool:
    """True when the question asks how often something happens ("how often do the duty procurators visit?")."""
    return _HOW_OFTEN.search(question) is not None


def wants_figure(question: str) -> bool:
    """True when the question asks for a figure or a date (not when it asks whether someone asked for one; a remark
    after the question that someone asked for it, "..., broken down by sex? CAT asked for that", asks the figure)."""
    figure = _WANTS_FIGURE.search(question) or (
        _NUMBERS_AT_END.search(question) if not _CONTRASTED.search(question) else None
    )
    asks = bool(figure) or wants_share(question)  # "какая распространенность ... в процентах"
    asked = [
        match
        for match in _ASKS_ABOUT_ASKING.finditer(question)
        if not (figure and match.start() > figure.end() and re.search(r"[?!]", question[figure.end() : match.start()]))
    ]
    return asks and not asked


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


# a Russian month in any of its forms («марта», «декабря»)
_MONTHS_RU = rf"(?:{'|'.join(MONTHS_RU)})[а-яё]*"
# A full date, day, month and year, in English or Russian ("1 January 2024", «21 декабря 2023 г.», "29December 2022")
_FULL_DATE = re.compile(rf"(?<![\d.,])(\d{{1,2}})\s*((?i:{_MONTHS}|{_MONTHS_RU}))\s+((?:19|20)\d\d)(?!\d)")


def _month_number(written: str) -> int:
    """The number of a month written in English or Russian ("July" -> 7, «декабря» -> 12)."""
    lowered = written.lower()
    if lowered in MONTHS_EN:
        return MONTHS_EN.index(lowered) + 1
    return next(number for number, start in enumerate(MONTHS_RU, 1) if re.match(start, lowered))


# a day written against its month ("On 29December 2022", as one NGO paragraph prints it) is a date too, and a day of a
# month in Russian («женского марша 8 марта»)
_DATES = re.compile(
    rf"\b\d{{1,2}}\s*{_MONTHS}(?:\s+(?:19|20)\d\d)?\b|\b{_MONTHS}\s+(?:19|20)\d\d\b"
    rf"|(?<![\d.,])\d{{1,2}}\s+(?i:{_MONTHS_RU})(?:\s+(?:19|20)\d\d)?(?![\w-])"
    r"|(?<![\d.,])(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?(?![\d])"
)


_REFERENCES = re.compile(
    # articles listed each with its title: "under articles 476 (Violation of a state of emergency), 478 (...) and 488
    # (...)" numbers three articles, counts nothing
    r"\b(?:arts|articles)\.?\s+\d+\s*\([^()]{1,150}\)(?:\s*(?:,|and|or|,\s*and)\s*\d+\s*\([^()]{1,150}\))+"
    # (several, by range and list: "paragraphs 81 to 84 and 113 to 119 of the State party's ... report")
    r"|\b(?:arts|articles|paragraphs|paras|Nos)\.?\s+\d+(?:\s*,\s*\d+)*(?:\s*,?\s*(?:to|and|or)\s+\d+)+"
    r"(?![\d.,]*\s*(?:%|per\s*cent))"
    r"|\b(?:No|Nos|art|arts|article|articles|paragraph|paragraphs|para|paras|resolution|Law|Act|Convention)\.?\s+"
    # (with the part of it in brackets: "article 428 (3)", "art. 146 (2)")
    r"\d[\d\-–.,/ ]*(?:\(\d{1,2}\)\s*)*|\(No\.\s*\d+\)",
    re.IGNORECASE,
)


_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def without_reference_numbers(text: str) -> str:
    """The text without the numbers that refer to a provision or a document (_REFERENCES: "article 130", "articles
    476 (...), 478 (...) and 488 (...)"), read before the question's own figures are taken out of it."""
    return _REFERENCES.sub(" ", text)


# A figure as a value, however it is written: "20,000", "20 000", "20k", "20 thousand", "20 тыс."
_VALUE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+(?:\.\d+)?)\s?(k|thousand|million|тыс\w*|млн\w*)?(?!\w)",
    re.IGNORECASE,
)


def figure_values(text: str) -> set[float]:
    """The values of the figures a text gives, years and dates aside ("it used to be 20k" -> {20000.0}), those it
    writes in words after a word of change too ("cut from four years to three": {4.0, 3.0}; text.with_digits), and
    those it counts in words in hundreds, thousands or millions ("more than ten thousand people were detained":
    {10000.0}; text.spelled_figures). Not "Twelve persons were convicted": a small number opening a sentence is
    written in words by the documents' style, and the figure checks that read a count's year and thing from the digits
    beside it would take it for any count of its kind."""
    text = _DATES.sub(" ", with_digits(text))
    return {_value_of(number, scale) for number, scale in _VALUE.findall(text)} | {
        float(figure) for figure in spelled_figures(text, counted_only=True)
    }


def _value_of(number: str, scale: str | None) -> float:
    """A figure matched by _VALUE as a value: "20 000" -> 20000.0, ("20", "k") -> 20000.0."""
    value = float(re.sub(r"[ ,\u00a0]", "", number))
    if scale:
        value *= 1_000_000 if scale.lower().startswith(("million", "млн")) else 1000
    return value


# Besides _REFERENCES and the General Comments a question names (standard_refs.without_references), the numbers that
# name a provision or a document in it: "article 428(3)", "статье 274", "№ 87", a symbol ("CCPR/C/KAZ/3")
_QUESTION_REFERENCES = re.compile(
    # ("резолюцию СБ 2178": the Security Council's resolution by its number; "ч. 3 ст. 428": the article's part 3)
    r"\b(?:chapter|part|стать\w*|ст\.|пункт\w*|п\.|част\w*|ч\.|глав\w*|резолюци\w*(?:\s+(?:СБ|ГА|ООН|Совета\s+Безопасности))*"
    r"|рекомендаци\w*)\s*№?\s*\d+"
    r"(?:\s*[–-]\s*\d+)?|\(\d+\)|№\s*\d+|\w*/\S+",
    re.IGNORECASE,
)


# What makes a question's figure something it says the documents say: "Why did the State admit 500 deaths?", "Is it
# true that...", "НПО утверждают, что...". Without it a figure sets the asker's own situation ("our courts hear children
# aged 10 and older"), which no document need give.
_SAID_OR_TRUE = re.compile(
    r"\b(?:said|says?|admit\w*|claim\w*|boast\w*|insist\w*|assert\w*|report\w*|stated?|acknowledg\w*|confirm\w*"
    r"|recogni[sz]\w*|told|is it true"
    # "Which General Comment sets a 15-day maximum ...?", "в каком замечании установлен срок в 6 месяцев?": a rule the
    # question says some document lays down, with its figures
    r"|sets|set out|establish(?:es|ed)?|lays? down|fix(?:es|ed)|установлен\w*|устанавлива\w*|закрепл\w*"
    # "NGOs wrote that ...", "правда гос-во пишет что 90 процентов ...": a document's words, and a claim to check
    r"|wr(?:ite|ites|ote|itten)|пиш\w*|писал\w*|правда|верно ли"
    r"|признал\w*|призна[её]т|заявил\w*|заявля\w*|сообщ\w*|утвержда\w*|говор\w*|сказал\w*)\b",
    re.IGNORECASE,
)


# "Why were there 12 convictions for excessive force?": a question asking why takes its figures as facts
# ("what explains the jump to 815 cases?", "чем объясняется рост до 815 дел?" likewise), also after a topic set
# before it ("VCF payouts: how come 1,058 ...?") or asked last ("suicides went up from 8 to 12 - why?")
_WHY = re.compile(
    r"(?:^|[:;.!?\-–—]\s)\s*(?:why|how come|what(?:['’]s| is| was) behind"
    r"|what (?:explains|explained|caused|led to|prompted)"
    # "what was the reason for raising the threshold to 7%?", "по какой причине", "в чём причина"
    r"|what(?:['’]s| is| was| were| are) the (?:main )?reasons? (?:for|behind)|по какой причине"
    # after the statement it asks about: "... was raised from 5 to 7 per cent — what was the reason?"
    r"|what(?:['’]s| is| was| were| are) the (?:main )?reasons?(?: for (?:it|this|that))?\s*\??\s*$"
    r"|как\w* (?:была |был |были )?причин\w*|в ч[её]м (?:была )?причин\w*"
    r"|почему|зачем|чем объясня\w*|что (?:стало причиной|объясняет|вызвало))(?![\w-])"
    r"|(?:^|\s)(?:why|почему)\s*\??\s*$",
    re.IGNORECASE,
)


def _date_of(match: re.Match[str]) -> tuple[int, int, int]:
    """A _FULL_DATE match as (year, month, day)."""
    day, month, year = match.groups()
    return int(year), _month_number(month), int(day)


def dates_in(text: str) -> set[tuple[int, int, int]]:
    """The full dates a text gives, as (year, month, day): "On 1 July 2023" -> {(2023, 7, 1)}."""
    return {_date_of(match) for match in _FULL_DATE.finditer(text)}


def stated_dates(question: str) -> dict[tuple[int, int, int], str]:
    """The full dates a question says something happened on, as stated_figures reads its figures ("Why did the Social
    Code only come into force on 1 January 2024?"), each with the words that wrote it."""
    if not _SAID_OR_TRUE.search(question) and not _WHY.search(question):
        return {}
    return {_date_of(match): match.group(0) for match in _FULL_DATE.finditer(question)}


def stated_figures(question: str) -> set[float]:
    """The values of the figures a question says the documents give ("Why did the State admit 500 deaths?" ->
    {500.0}), years, dates and the numbers of articles, paragraphs and documents aside; none when it attributes no
    figure to anyone."""
    if not _SAID_OR_TRUE.search(question) and not _WHY.search(question):
        return set()
    return figure_values(_without_question_references(question))


# Words that change a figure only when one follows ("raised from 16 to 18", "cut to three years"; not "raised the
# issue", "cut off")
_TO_A_FIGURE = r"(?=(?:\s+\S+){0,10}?\s+(?:from|to|by|с|со|до|на)\s+\d)"
# A change one way or the other: "went up from 8 to 12", "the 29% jump", "сократилось со 147 до 108". Not "fall
# under the mandate", nor "lower"/"higher" (courts, education).
_RISE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|increas\w*|grew|grow(?:n|th|s|ing)?|jump\w*|climb\w*|soar\w*|surg(?:e|ed|es|ing)"
    rf"|doubl\w*|tripl\w*|(?:went|gone|go|going|goes)\s+up|(?:rais|lift|extend)(?:e|ed|es|s|ing)?{_TO_A_FIGURE})\b"
    r"|(?<![\w-])(?:вырос\w*|рост\w*|увелич\w*|подскоч\w*|удвои\w*|возрос\w*"
    rf"|(?:повыс|повыш|продл|подня|поднима)\w*{_TO_A_FIGURE}|стал\w* (?:чаще|больше))",
    re.IGNORECASE,
)
_FALL = re.compile(
    r"\b(?:f[ae]ll(?:s|en|ing)?(?!\s+(?:under|within|into|short|victim|prey|ill|outside)\b)|dropp?\w*|declin\w*"
    r"|decreas\w*|reduc\w*|shrank|shrunk|plummet\w*|halv\w*|(?:went|gone|go|going|goes)\s+down"
    rf"|(?:cut(?!\s+off\b)|cuts|cutting|lowered|lowering|shorten\w*|slash\w*){_TO_A_FIGURE}"
    r"|(?:cut|cuts|cutting|scal(?:e|ed|es|ing))\s+(?:back|down))\b"  # "cut back on e-bracelets"
    r"|(?<![\w-])(?:сократил\w*|сокращ\w*|снизил\w*|сниж\w*|уменьш\w*|упал\w*|паден\w*"
    rf"|(?:пониз|пониж)\w*{_TO_A_FIGURE}|стал\w* (?:реже|меньше))",
    re.IGNORECASE,
)


# What a State did to a rule, a body or a treaty, one way or the other: "reintroduce the death penalty" against "the
# death penalty had been abolished"; "withdraw from the Optional Protocol" against "ratified the Optional Protocol"
_EVENT_WAYS = {
    "start": r"(?:re)?introduc\w*|restor\w*|reinstat\w*|enact\w*|establish\w*|impos\w*|creat\w*|set up"
    r"|expand\w*|widen\w*|broaden\w*",
    "end": r"abolish\w*|abolition|repeal\w*|scrap\w*|eliminat\w*|dissolv\w*|disband\w*|lift(?:s|ed|ing)?"
    r"|strip(?:s|ped|ping)?|narrow(?:s|ed|ing)?|curtail\w*",
    "join": r"ratif\w*|acced\w*|accession|join\w*|recogni[sz](?:e|es|ed|ing)",
    "leave": r"withdr[ae]w\w*|denounc\w*|pull\w* out",  # not "left"/"leave" (left out, maternity leave)
    # what a body said of a proposal: "Why did the special rapporteurs support the petition?" against "asked
    # Kazakhstan to reject the petition"
    "support": r"support(?:s|ed|ing)?|endors\w*",
    "oppose": r"oppos(?:e|es|ed|ing)|reject\w*",
    # what was done with a request: "Why were 37 of the 45 care requests turned down?" against "have been granted"
    "grant": r"grant(?:s|ed|ing)?",
    "refuse": r"refus(?:e|es|ed|ing|al)|reject\w*|turn(?:s|ed|ing)?\s+down|den(?:y|ies|ied)",
}
# The same in a Russian question (its premise is checked against the English documents with _EVENT_WAYS):
# "Почему в июне 2022 года сузили круг тех, кому положена бесплатная юрпомощь?"
_EVENT_WAYS_RU = {
    "start": r"ввел\w*|ввёл\w*|введ\w*|ввест\w*|восстанов\w*|учред\w*|созда\w*|расшир\w*",
    "end": r"отмен\w*|упраздн\w*|ликвидир\w*|сузи\w*|суж\w*|лиши\w*|лишен\w*|распуст\w*|распущ\w*",
    "join": r"ратифицир\w*|присоедин\w*",
    "leave": r"вышл[аио]\s+из|вышел\s+из|выйти\s+из|денонсир\w*",
    "support": r"поддерж\w*|одобр\w*",
    "oppose": r"выступ\w*\s+против|отверг\w*|отклон\w*",
    "grant": r"удовлетвор\w*",
    "refuse": r"отказа\w*|отказыва\w*|отклон\w*",
}
_OPPOSITE_WAY = {
    "start": "end", "end": "start", "join": "leave", "leave": "join", "support": "oppose", "oppose": "support",
    "grant": "refuse", "refuse": "grant",
}  # fmt: skip
_EVENT_WAY = {way: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for way, pattern in _EVENT_WAYS.items()}
_EVENT_WAY_RU = {
    way: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE) for way, pattern in _EVENT_WAYS_RU.items()
}
EVENT_OBJECT_WORDS = 6  # how far after the verb the question's words name what it was done to


class StatedEvent(NamedTuple):
    """What a "why" question says a State did ("Why did Kazakhstan reintroduce the death penalty?"): the way of it
    ("start") and the terms of what it was done to (text.terms: "death", "penalt"); of a Russian question, the English
    word starts of each glossed word instead (`topics`: (("legal aid", ...),))."""

    way: str
    written: str  # "reintroduce the death penalty", for the message
    done_to: tuple[str, ...]
    topics: tuple[tuple[str, ...], ...] = ()
    # asked when, not why ("When did Kazakhstan introduce a moratorium on the death penalty?"): a weaker premise,
    # read the other way round only by a sentence showing all that it was done to, not half
    whole: bool = False


def stated_event(question: str) -> StatedEvent | None:
    """The event a "why" or "when" question states as its premise, when one of _EVENT_WAYS' verbs says it
    (_EVENT_WAYS_RU's for a Russian question); None otherwise."""
    why = asks_why(question)
    if not why and not _WHEN_DONE.search(question):
        return None
    event = _stated_event_ru(question) if has_cyrillic(question) else _stated_event_en(question)
    return event._replace(whole=not why) if event is not None else None


def _stated_event_en(question: str) -> StatedEvent | None:
    """stated_event of an English question."""
    for way, pattern in _EVENT_WAY.items():
        if (match := pattern.search(question)) is None:
            continue
        # "Why was the framework scrapped?": what it was done to comes before the verb; else after it
        passive = _PASSIVE_WHY.search(question[: match.start()])
        span = passive.group(1) if passive else question[match.end() :]
        words = re.findall(r"[A-Za-z][\w'’-]*", span)[:EVENT_OBJECT_WORDS]
        content = [w for w in words if w.lower() not in STOPWORDS and not _MONTH_NAMED.fullmatch(w.capitalize())]
        done_to = tuple(dict.fromkeys(t for w in content for t in terms(w) if t not in _COUNTRY_STEMS))
        if done_to:
            verb = match.group(0)
            thing = " ".join(words[: words.index(content[-1]) + 1])
            return StatedEvent(way, f"{thing} {verb}" if passive else f"{verb} {thing}", done_to)
    return None


def _stated_event_ru(question: str) -> StatedEvent | None:
    """stated_event of a Russian question: what the verb was done to is the glossed words after it (up to
    EVENT_OBJECT_WORDS), else those between the question word and the verb ("почему смертную казнь отменили")."""
    why = _WHY.search(question)
    for way, pattern in _EVENT_WAY_RU.items():
        if (match := pattern.search(question)) is None:
            continue
        start = why.end() if why is not None and why.end() <= match.start() else 0
        for span in (question[match.end() :], question[start : match.start()]):
            words = re.findall(r"[а-яёА-ЯЁA-Za-z][\w-]*", span)[:EVENT_OBJECT_WORDS]
            glossed = glossed_words(" ".join(words))
            if glossed:
                written = match.group(0) + " " + " ".join(words[: max(_end(words, w) for w, _ in glossed)])
                return StatedEvent(way, written, (), tuple(english for _, english in glossed))
    return None


def _end(words: Sequence[str], phrase: str) -> int:
    """The index after the last word of a glossed phrase among the words (a word holding its first word: "ЛГБТ" of
    "«ЛГБТ-пропаганды»"), or 1."""
    first = phrase.split()[0].lower()
    at = next((i for i, word in enumerate(words) if first in word.lower()), None)
    return 1 if at is None else at + len(phrase.split())


def event_the_other_way(texts: Sequence[str], event: StatedEvent) -> bool:
    """Whether the texts tell of what the event was done to only the other way ("the death penalty had been
    abolished" for "Why did Kazakhstan reintroduce the death penalty?"): a sentence that shows half of it or more
    ("lawyers' prerogatives ... expanded" for "defence lawyers stripped") with a verb of the opposite way, and none
    with a verb of the way the question states."""
    ways = set()
    for text in texts:
        for sentence in split_sentences(text):
            share = 1 if event.whole else 2  # all of it, or half
            if event.topics:  # a Russian question's: its glossed words, shown as English word starts
                shown = sum(1 for forms in event.topics if shows_topic(sentence.text, forms))
                if share * shown < len(event.topics):
                    continue
            elif share * len(set(event.done_to) & set(terms(sentence.text))) < len(event.done_to):
                continue
            ways |= {way for way, pattern in _EVENT_WAY.items() if pattern.search(sentence.text)}
    return _OPPOSITE_WAY[event.way] in ways and event.way not in ways


# "When did Kazakhstan reinstate the death penalty?", "Когда восстановили смертную казнь?": asking when takes the
# event for done, as asking why does
_WHEN_DONE = re.compile(
    r"(?:^|[:;.!?\-–—]\s)\s*(?:when|since when|in (?:what|which) year)\s+(?:did|was|were|has|have|had|is|are)\b"
    r"|(?:^|[:;.!?\-–—]\s)\s*(?:когда|с какого года|в каком году)(?![\w-])",
    re.IGNORECASE,
)
_PASSIVE_WHY = re.compile(r"\b(?:why|when)\s+(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(.+)$", re.IGNORECASE)
_COUNTRY_STEMS = frozenset(terms("Kazakhstan Kazakh KZ State Government"))


def asks_why(question: str) -> bool:
    """Whether the question asks why (its figures are then its premise, even where it reads as a figure question:
    "what's behind the 29% jump", "Why did the number of convictions jump to 401?")."""
    return _WHY.search(question) is not None


_FIGURE_WITH_SHARE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s?%|\s?per cent|\s?процент\w*)?(?![\w])")
_FROM_TO = re.compile(
    r"(?<![\w-])(?P<start>from|с|со)\s+(?P<a>\d[\d,.]*)\s+(?:[^\W\d]+\s+){0,6}?(?P<end>to|до)\s+(?P<b>\d[\d,.]*\d|\d)",
    re.IGNORECASE,
)


def change_written(question: str, stated: frozenset[float] | set[float]) -> str:
    """The change a question states, as it writes it: "from 8 to 12", "со 147 до 108", else its stated figures ("29",
    "8 and 12"), else its word of change ("double")."""
    question = with_digits(question)
    if match := _FROM_TO.search(question):
        return f"{match['start']} {match['a']} {match['end']} {match['b']}"
    joiner = " и " if has_cyrillic(question) else " and "
    written = [m.group(0) for m in _FIGURE_WITH_SHARE.finditer(_DATES.sub(" ", question))]
    if figures := [figure for figure in written if figure_values(figure) & stated]:
        return joiner.join(dict.fromkeys(figures))
    change = _RISE.search(question) or _FALL.search(question)  # no figure: the change itself ("double")
    return change.group(0) if change else ""


def stated_pair(written: str) -> frozenset[float]:
    """The two figures of a change a question states from one to the other, as change_written writes it ("from 3 to
    10" -> {3.0, 10.0}); empty when it states no such pair."""
    match = _FROM_TO.fullmatch(written)
    return frozenset(figure_values(f"{match['a']} {match['b']}")) if match else frozenset()


# A question about how a figure moved: "by how much have breaches dropped?", "did prevalence go up or down?", "what
# trend ...", "как изменилось число ..."
_ASKS_CHANGE = re.compile(
    r"\bby how much\b|\b(?:up|rise|risen|increase[ds]?|grow|grown)\s+or\s+(?:down|fall|fallen|decrease[ds]?|drop)"
    r"|\btrends?\b|\bhow (?:has|have|did) [^?]{0,60}\bchang|(?<![\w-])(?:как\w* изменил\w*|динамик\w*|тенденци\w*)"
    r"|(?<![\w-])на сколько (?:вырос|вырос\w+|снизил\w*|сократил\w*|увеличил\w*|уменьшил\w*)",
    re.IGNORECASE,
)


def asks_change(question: str) -> bool:
    """True when the question asks how a figure moved (by how much, which way)."""
    return bool(_ASKS_CHANGE.search(question))


def shows_change(text: str) -> bool:
    """True when the text gives a change with its figures ("reduced by 16 per cent (from 148 to 124)", "an increase
    from 3.2 to 6.9 per cent")."""
    text = with_digits(text)
    moved = _RISE.search(text) is not None or _FALL.search(text) is not None
    return bool(_FROM_TO.search(text)) or (moved and bool(_FIGURE.search(text)))


def change_direction(text: str) -> str:
    """ "up" when the text speaks of a rise only, "down" of a fall only, else ""."""
    text = with_digits(text)  # "cut from four years to three": a change to a figure
    rise, fall = _RISE.search(text) is not None, _FALL.search(text) is not None
    return "up" if rise and not fall else "down" if fall and not rise else ""


def given_the_other_way(sentences: Sequence[str], direction: str, years: Sequence[str] = ()) -> bool:
    """Whether the sentences speak of a change the other way than `direction` ("up" / "down") and none of them of one
    that way: "a decrease of 10 per cent each year" for "why did torture cases double?". With the `years` asked, a
    sentence's figures of those years say which way it went first (series_direction: "167 officials in 2021, 128
    officials in 2022 and 109 officials in 2023" went down, and "decreased by 2.5 times in the past five years (...
    80 in 2022 to 152 in 2023)" went up from 2022 to 2023); with one year asked, a figure of it set against the year
    before's reads as a change too (year_compared)."""
    year = years[0] if len(years) == 1 else ""
    return _only_the_other_way(
        {
            series_direction(sentence, years)
            or change_direction(sentence)
            or (year_compared(sentence, year) if year else "")
            for sentence in sentences
        },
        direction,
    )


# "167 officials in 2021", "80 in 2022": a figure and the year it is of
_FIGURE_IN_YEAR = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s+(?:[^\W\d]+\s+){0,3}?(?:in|for)\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


def series_direction(sentence: str, years: Sequence[str]) -> str:
    """ "up" or "down": how a sentence's figures of the years asked went, from the first of them to the last (one year
    asked: from the year before it); "" when the sentence gives no figure of either."""
    asked = sorted({year for year in years if year.isdigit()})
    if len(asked) == 1:
        asked = [str(int(asked[0]) - 1), asked[0]]
    if len(asked) < 2:
        return ""
    of_year: dict[str, float] = {}
    for number, year in _FIGURE_IN_YEAR.findall(sentence):
        of_year.setdefault(year, float(number.replace(",", "")))
    first, last = of_year.get(asked[0]), of_year.get(asked[-1])
    if first is None or last is None or first == last:
        return ""
    return "up" if last > first else "down"


# "In 2023, 384 criminal cases ... (compared with 360 in 2020, 384 in 2021 and 273 in 2022)": a figure of one year set
# against those of the years before, as the State's replies give their statistics
_COMPARED = re.compile(r"\(?\s*compared (?:with|to)\s*([^()]*)\)?", re.IGNORECASE)
_OF_A_YEAR = re.compile(r"(\d[\d,]*)\s+(?:[a-z]+\s+){0,2}?in\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def year_compared(sentence: str, year: str) -> str:
    """ "up" or "down": how the sentence's figure of `year` (the last figure before "compared with", in a sentence
    that gives that year before it) stands against the figure it gives for the year before; "" when it gives no such
    pair ("1,268 cases of self-harm ... for 2023 ... (compared with 945 in 2022, ...)" -> "up")."""
    match = _COMPARED.search(sentence)
    if match is None or not year.isdigit():
        return ""
    before = sentence[: match.start()]
    figures = list(_VALUE.finditer(_DATES.sub(lambda date: " " * len(date.group(0)), before)))
    if year not in before or not figures or figures[-1].start() < before.find(year):
        return ""
    this = _value_of(*figures[-1].groups())
    earlier = {found_year: value for value, found_year in _OF_A_YEAR.findall(match.group(1))}
    previous = earlier.get(str(int(year) - 1))
    if previous is None:
        return ""
    last = _value_of(previous, None)
    return "up" if this > last else "down" if this < last else ""


def _only_the_other_way(ways: set[str], direction: str) -> bool:
    """Whether the ways the sentences read ("up", "down", "" for neither or both) hold the other way than `direction`
    and not that way."""
    return direction not in ways and bool(ways - {""})


def changed_the_other_way(texts: Sequence[str], values: frozenset[float] | set[float], direction: str) -> bool:
    """Whether the texts give these figures (all in one sentence) as a change the other way than `direction` says,
    and never as one that way: "fell from 12 ... to 8" for "went up from 8 to 12", "fell by 29 per cent" for "the 29%
    jump", "risen ... from 108 to 147" for "сократилось со 147 до 108"."""
    if not values or not direction:
        return False
    with_values = [
        with_digits(sentence.text)
        for text in texts
        for sentence in split_sentences(text)
        if values <= figure_values(sentence.text)
    ]
    return _only_the_other_way({_direction_beside(sentence, values) for sentence in with_values}, direction)


CHANGE_REACH = 40  # characters from a figure to the word saying which way it changed ("a decrease of 9 per cent")


def _direction_beside(sentence: str, values: frozenset[float] | set[float]) -> str:
    """Which way the sentence says these figures changed: by the word of change nearest each of them in its clause
    ("an overall decrease of 9 per cent ..., and an increase of 17.8 per cent in court refusals": 9 went down), else
    by the whole sentence (change_direction)."""
    changes = [(m.start(), m.end(), "up") for m in _RISE.finditer(sentence)]
    changes += [(m.start(), m.end(), "down") for m in _FALL.finditer(sentence)]
    ways = set()
    for match in _VALUE.finditer(_DATES.sub(lambda date: " " * len(date.group(0)), sentence)):
        if _value_of(*match.groups()) not in values:
            continue
        near = [
            (min(abs(match.start() - end), abs(start - match.end())), way)
            for start, end, way in changes
            if not re.search(r"[;,()]", sentence[min(end, match.end()) : max(start, match.start())])
        ]
        near = [(gap, way) for gap, way in near if gap <= CHANGE_REACH]
        if not near:
            return change_direction(sentence)
        ways.add(min(near)[1])
    return ways.pop() if len(ways) == 1 else change_direction(sentence)


def printed_figures(text: str) -> set[float]:
    """The values of the figures a passage prints, the numbers of provisions and documents aside as in a question
    ("(art. 10)" prints no 10: "increased to 10 working days" is not borne out by it)."""
    return figure_values(_without_question_references(text))


def _without_question_references(question: str) -> str:
    """The question without the numbers that name a provision, a document or a General Comment."""
    return _QUESTION_REFERENCES.sub(" ", _REFERENCES.sub(" ", without_references(question)))


# Words between a stated figure and what it counts ("90 per cent of the requests", "over 400 missionaries"), and the
# words that count no thing of their own ("85 people were extradited": the extradited are counted)
_BEFORE_COUNTED = frozenset(
    "per cent percent of the a an more than over some about around nearly almost just only all were was had have has "
    "been be are is being".split()
)
_GENERIC_COUNTED = frozenset(terms("people persons individuals cases times men women citizens"))
# the endings of words that describe what is counted rather than name it ("political", "registered", "excessive")
_DESCRIBING_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ed", "ing")
STATED_COUNT_WORDS = 6  # how far after a stated figure what it counts is looked for, in words
# verbs of where or how those counted are, no event of their own ("29 women sit in Parliament": women are counted)
_WHERE_THEY_ARE = frozenset(
    "sit sits sitting serve serves serving work works working live lives living stay stays".split()
)


class StatedCount(NamedTuple):
    """A figure a question states and what it says the figure counts: "1,651 websites" -> 1651.0, ("websit",)."""

    value: float
    written: str  # "1,651 websites", for the message
    counted: tuple[str, ...]  # the stems that say what is counted; one of them must be beside the figure
    # the question says they died ("500 children died"): a word of DEATHS must be beside the figure too ("725 people,
    # 500 of them children" were brought home, not killed)
    died: bool = False


def stated_counts(question: str, stated: set[float] | frozenset[float] | None = None) -> tuple[StatedCount, ...]:
    """What each figure an English question states counts ("Why did the delegation admit blocking 1,651 websites?"
    -> 1,651 websites): the first word after it that is no filler ("per cent of", "more than"), or, when that word
    counts no thing of its own ("85 people were extradited"), the word after it; of a Russian question, the glossary's
    word right after it (_stated_counts_ru). `stated`: its stated_figures, when already read."""
    stated = stated_figures(question) if stated is None else stated
    if not stated:
        return ()
    cleaned = _DATES.sub(" ", _without_question_references(question))
    if has_cyrillic(question):
        return _stated_counts_ru(cleaned, stated)
    found = []
    for match in _VALUE.finditer(cleaned):
        value = _value_of(*match.groups())
        if value not in stated or cleaned[match.end() :].lstrip().startswith("("):
            continue  # "165 (delegation) vs 119 (report)": who gives it, in brackets, is nothing it counts
        # (within its clause: "suicides fell from 12 to 8 between 2023 and 2024 — correct?" counts no "correct")
        clause = re.split(r"[—–?!;:,.](?!\d)", cleaned[match.end() :], maxsplit=1)[0]
        after = list(re.finditer(r"[A-Za-z][\w'’-]*", clause))[:STATED_COUNT_WORDS]
        content = [w for w in after if w.group().lower() not in _BEFORE_COUNTED and terms(w.group())]
        if not content:
            continue
        # "85 people were extradited", "543 political parties": the word after one that counts nothing of its own
        # or describes what is counted
        word = content[0]
        if (
            len(content) > 1
            and (terms(word.group())[0] in _GENERIC_COUNTED or word.group().lower().endswith(_DESCRIBING_ENDINGS))
            and content[1].group().lower() not in _WHERE_THEY_ARE
        ):
            word = content[1]
        counted = terms(word.group())[0]
        shown = " ".join(cleaned[match.start() : match.end() + word.end()].split())
        # "500 children die": a verb of dying right after what is counted
        following = [terms(w.group())[0] for w in after if terms(w.group())][content.index(word) + 1 :][:2]
        died = any(_same_start(term, death) for term in following for death in DEATHS)
        found.append(StatedCount(value, shown, (counted,), died))
    return tuple(found)


# Words between a figure of a Russian question and what it counts ("543 зарегистрированных НПО" is read on to НПО only
# when the glossary does not know the first word), and the words that count no thing of their own
_BEFORE_COUNTED_RU = frozenset(
    "человек лиц раз случаев процентов процента процент из более менее около почти всего свыше тысяч тыс млн".split()
)


_PREFIX_STEMS = frozenset("non anti pre post self co ex sub".split())


def _stated_counts_ru(cleaned: str, stated: set[float] | frozenset[float]) -> tuple[StatedCount, ...]:
    """stated_counts of a Russian question: what a stated figure counts is the word right after it that the glossary
    knows ("заблокировано 1651 сайт" -> websites, "543 НПО" -> NGOs), past the words that count nothing of their own
    ("85 человек экстрадировали" -> extradited); none when no such word follows it (the figure's noun stands before
    it: "число погибших — 238")."""
    found = []
    for match in _VALUE.finditer(cleaned):
        value = _value_of(*match.groups())
        if value not in stated:
            continue
        after = re.findall(r"[а-яёА-ЯЁA-Za-z][\w-]*", cleaned[match.end() :])[:3]
        while after and after[0].lower() in _BEFORE_COUNTED_RU:
            after = after[1:]
        # "экстрадировали 85 человек": with no word of its own after it, what happened to them, right before it
        before = [] if after else re.findall(r"[а-яёА-ЯЁA-Za-z][\w-]*", cleaned[: match.start()])[-1:]
        # the glossary's phrase when the first word starts one ("10 рабочих дней": working days, not workers)
        words = " ".join(after[:2]) if after else (before or [""])[0]
        glossed = [entry for entry in glossed_words(words) if words.lower().startswith(entry[0].lower())]
        if not glossed:
            continue
        written, english = glossed[0]
        figure = match.group(0).strip()
        shown = f"{figure} {written}" if after else f"{written} {figure}"
        # the first stem of each English word; not a prefix ("non" of "non-governmental"), which starts any word
        counted = tuple(
            dict.fromkeys(stems[0] for form in english if (stems := terms(form)) and stems[0] not in _PREFIX_STEMS)
        )
        found.append(StatedCount(value, shown, counted))
    return tuple(found)


def counts_stated(texts: Sequence[str], stated: StatedCount, years: Sequence[str] = ()) -> bool:
    """Whether one of the texts gives the stated figure of what the question says it counts: a word of it (or of its
    _SAME_COUNT family: "deaths" for "died") in the sentence that gives the figure or the one before it ("the list of
    those who died ... The list includes 238 people"), and a death beside it when the question says they died.
    `years`: the question's; a figure the text ties to another year ("815 in 2022" for "815 cases in 2023") is not
    the stated one."""
    wanted = set(stated.counted)
    for counted in stated.counted:
        wanted |= same_count_family(counted)
    for text in texts:
        sentences = [span.text for span in split_sentences(text)]
        for at, sentence in enumerate(sentences):
            if stated.value not in printed_figures(sentence):  # not "(art. 10)" for "10 working days"
                continue
            if years and (tied := year_of_figure(sentence, stated.value)) and tied not in years:
                continue
            # the sentence before counts only when the figure's own names nothing ("The list includes 238 people");
            # a figure that names what it counts counts that ("there should be 500 initiators", beside "180 members",
            # counts no members)
            before = at - 1 if at and _counts_nothing_of_its_own(sentence, stated.value) else at
            own = _own_count_words(sentence, stated.value)
            near = set(terms(own or " ".join(sentences[before : at + 1])))
            if stated.died and not any(_same_start(term, word) for term in near for word in DEATHS):
                continue
            if any(_same_start(term, word) for term in near for word in wanted):
                return True
    return False


# A year written right after a figure ("815 in 2022", "426 (2023)") or right before it ("in 2023, 36 persons")
# "42 in 2023", "42 (2023)", "1,058 persons in 2022": the counted thing may stand between
_YEAR_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:\(|(?:in|for|during)\s+)((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d\d),?\s*$", re.IGNORECASE)


def year_of_figure(sentence: str, value: float) -> str | None:
    """The year the sentence ties this figure to, written right beside it; None when it ties it to none."""
    for match in _VALUE.finditer(sentence):
        if _value_of(*match.groups()) != value:
            continue
        after = _YEAR_AFTER.match(sentence[match.end() :])
        before = _YEAR_BEFORE.search(sentence[: match.start()])
        if after or before:
            return (after or before).group(1)  # type: ignore[union-attr]
    return None


def stated_for_the_year(texts: Sequence[str], value: float, year: str) -> bool:
    """Whether one of the texts gives the figure as the year's: tied to it ("42 in 2023"), or tied to no year in a
    sentence that ties no other figure to it. A total broken down by year ("A total of 401 persons were sentenced
    (146 in 2018, ..., 42 in 2023)") is no figure of 2023: "Why did the number jump to 401 in 2023?" has a premise
    the documents do not bear out."""
    for text in texts:
        for sentence in split_sentences(text):
            if value not in figure_values(sentence.text):
                continue
            tied = year_of_figure(sentence.text, value)
            if tied == year:
                return True
            others = {_value_of(*m.groups()) for m in _VALUE.finditer(sentence.text)} - {value, float(year)}
            if tied is None and not any(year_of_figure(sentence.text, other) == year for other in others):
                return True
    return False


def _words_after_figure(sentence: str, value: float, in_clause: bool) -> list[str] | None:
    """The words right after the figure in the sentence, up to STATED_COUNT_WORDS (and, `in_clause`, the next comma,
    semicolon or bracket); None when the sentence does not give the figure."""
    for match in _VALUE.finditer(sentence):
        if _value_of(*match.groups()) != value:
            continue
        after = sentence[match.end() :]
        if in_clause:
            after = re.split(r"[,;:()]", after, maxsplit=1)[0]
        return re.findall(r"[A-Za-z][\w'’-]*", after)[:STATED_COUNT_WORDS]
    return None


def _names_its_own(words: Sequence[str]) -> bool:
    """Whether the words after a figure name what it counts: a first word of their own that is not one counting
    nothing of its own ("238 people", "12 cases"); "such" and the words before what is counted passed over."""
    content = [w for w in words if w.lower() not in _BEFORE_COUNTED and w.lower() != "such" and terms(w)]
    return bool(content) and terms(content[0])[0] not in _GENERIC_COUNTED


def _own_count_words(sentence: str, value: float) -> str:
    """The words right after the figure in its clause (up to STATED_COUNT_WORDS and the next comma, semicolon or
    bracket) when they name what it counts ("500 initiators", "5,000 party members"); "" when they name nothing or
    only what counts nothing of its own ("238 people", "815 in 2022 and 426 in 2023)")."""
    words = _words_after_figure(sentence, value, in_clause=True)
    return " ".join(words) if words is not None and _names_its_own(words) else ""


def _counts_nothing_of_its_own(sentence: str, value: float) -> bool:
    """True when the sentence gives the figure followed by no word that says what it counts, or by one that counts
    nothing of its own ("238 people", "12 cases"); not "1,651 such letters"."""
    words = _words_after_figure(sentence, value, in_clause=False)
    return words is None or not _names_its_own(words)


def _same_start(first: str, second: str) -> bool:
    """True when two stems start alike: their first five letters, or the shorter (three letters or more) starting
    the longer ("die" and "died")."""
    short, long = sorted((first, second), key=len)
    return len(short) >= 3 and long.startswith(short[:5])


# A figure given as a rough size: "the roughly 1,100 actions", «из примерно 1100 следственных действий»
_ROUGHLY_RU = ("около", "примерно", "приблизительно", "почти", "порядка")
_ROUGHLY = re.compile(
    r"(?:\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to)"
    rf"|(?<![\w-])(?:{'|'.join(_ROUGHLY_RU)}))\s+(?P<figure>\d[\d\s.,]*\d|\d)(?![\w])",
    re.IGNORECASE,
)
ROUGH_SHARE = 0.1  # how far a figure given as a rough size may be from the one printed: "roughly 1,100" is 1,095


def rough_values(question: str) -> set[float]:
    """The values of the figures a question gives as rough sizes ("how many of the roughly 1,100 actions" -> {1100.0},
    «около 1 100»)."""
    return {value for match in _ROUGHLY.finditer(question) for value in figure_values(match.group("figure"))}


def near_any(values: Iterable[float], printed: Iterable[float], share: float = ROUGH_SHARE) -> bool:
    """Whether one of the values is within `share` of one of the printed figures."""
    return any(abs(figure - value) <= share * value for value in values for figure in printed)


def given_figures(question: str) -> tuple[str, ...]:
    """The figures a question states ("566" of "Of the 566 complaints..., how many were filed by women?"), years
    and dates aside: an answer that repeats them gives no figure of its own."""
    return tuple(dict.fromkeys(_FIGURE.findall(_DATES.sub(" ", question))))


def _standing(figure: str) -> str:
    """A pattern of the figure where it stands as a figure of its own (not "27" within "2740" or "1.27")."""
    return rf"(?<![\w.,]){re.escape(figure)}(?![\w]|[.,]\d)"


def without_figures(text: str, figures: Sequence[str]) -> str:
    """The text with these figures taken out where they stand as figures of their own (not "2740" for "27")."""
    for figure in figures:
        text = re.sub(_standing(figure), " ", text)
    return text


def prints_figure(text: str, figure: str) -> bool:
    """Whether the text gives the figure as one of its own, in digits or in words ("72", "seventy-two")."""
    return re.search(_standing(figure), f"{text} {' '.join(spelled_figures(text))}") is not None


def wants_date(question: str) -> bool:
    """True when the question asks "when" or "in what year"."""
    return bool(_WANTS_DATE.search(question))


# "When will the delegation send its outstanding replies?", "Когда будет принят закон?": a time still to come
_WHEN_AHEAD = re.compile(
    r"^\s*when\s+(?:will|would|shall)\b|^\s*когда\s+(?:\S+\s+)?(?:будет|будут|планиру\w+)\b"
    # a deadline: "By when did the delegation promise the outstanding replies?", «к какому сроку обещали ответить?»
    r"|^\s*(?:by\s+when|how\s+soon)\b|^\s*when\s+did\s+.*\bpromise\b|^\s*(?:к\s+какому\s+сроку|в\s+какие\s+сроки)",
    re.IGNORECASE,
)


def asks_when_ahead(question: str) -> bool:
    """True when the question asks when something will happen: a span from now ("within 48 hours") answers it as a
    date does."""
    return bool(_WHEN_AHEAD.search(question))


# A second thing asked after the first: "How many suicides ..., and how many of them were women?", "When was the plan
# approved, and which years does it cover?", "скольких приговорили к лишению свободы, а скольких к ограничению?"
_SECOND_ASK = re.compile(
    r"(?:,|\band\b|&|(?<![\w-])[аи](?![\w-]))\s+(?:(?:how (?:many|much|long|often|large)|what|which|when|since when"
    r"|where|who)\b|(?<![\w-])(?:сколько|скольк\w+|как(?:ой|ая|ое|ие|ую|им)|когда|где|кто|с какого)(?![\w-]))",
    re.IGNORECASE,
)


_ASK = re.compile(
    r"\b(?:how|what|which|when|where|who)\b"
    r"|(?<![\w-])(?:сколько|скольк\w+|как(?:ой|ая|ое|ие|ую|им)|когда|где|кто)(?![\w-])",
    re.IGNORECASE,
)


def asks_two_things(question: str) -> bool:
    """Whether the question asks a second thing after its first ("How many ..., and how many of them were women?"; not
    "According to the State, how many ...?", whose one question comes after a phrase)."""
    return any(_ASK.search(question[: m.start()]) for m in _SECOND_ASK.finditer(question))


def wants_month_or_day(question: str) -> bool:
    """Whether the question asks for a month or a day ("In which month of 2023 was the post created?")."""
    return _MONTH_OR_DAY_ASKED.search(question) is not None


_MONTH_NAMED = re.compile(rf"(?<![A-Za-z]){_MONTHS}\b")  # ("On 29December 2022": a day against its month)
_DAY_NAMED = re.compile(rf"\b\d{{1,2}}\s*{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}\b(?![.,]?\d)")


# the month a day is asked in: "On what day in November 2022 ...?", "В какой день сентября 2025 года ...?"
_DAY_IN_MONTH = re.compile(
    rf"\b(?:day|date)\s+(?:in|of)\s+(?P<month>{_MONTHS})\b"
    rf"|(?<![\w-])(?:день|числа)\s+(?P<month_ru>{'|'.join(MONTHS_RU)})",
    re.IGNORECASE,
)


def day_asked_in(question: str) -> tuple[str, ...]:
    """The month a question asks a day of ("On what day in November 2022 ...?" -> ("November",)), or ()."""
    match = _DAY_IN_MONTH.search(question)
    if match is None:
        return ()
    if match.group("month"):
        return (match.group("month").capitalize(),)
    ru = match.group("month_ru").lower()
    month = next(i for i, start in enumerate(MONTHS_RU) if re.match(start, ru))
    return (MONTHS_EN[month].capitalize(),)


_MONTH_OF_A_YEAR = re.compile(rf"(?<![A-Za-z]){_MONTHS}\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b")


def month_of_another_year(text: str, years: Sequence[str]) -> bool:
    """Whether every month the text dates is of a year other than those asked ("In which month of 2024 ...?": "In
    November 2023, the latest plan ... was approved")."""
    dated = _MONTH_OF_A_YEAR.findall(text)
    return (
        bool(dated) and bool(years) and not set(dated) & set(years) and not names_month(_MONTH_OF_A_YEAR.sub("", text))
    )


def wants_day(question: str) -> bool:
    """Whether the question asks for a day ("On what day in November 2022 was ...?", "какого числа ...")."""
    return _DAY_ASKED.search(question) is not None


def names_day(text: str, months: Sequence[str] = ()) -> bool:
    """Whether the text names a day of a month ("on 16 December", "on 29December 2022", "March 5"), of one of
    `months` when given ("On what day in November 2022 ...?": not "On 29December 2022")."""
    return any(
        not months or any(month.lower() in match.group(0).lower() for month in months)
        for match in _DAY_NAMED.finditer(text)
    )


def names_month(text: str) -> bool:
    """Whether the text names a month ("in March 2023", "on 16 December")."""
    return _MONTH_NAMED.search(text) is not None


def has_date(text: str) -> bool:
    """True when the text names a date or a year ("20 November 2015", "March 2023", "2019")."""
    return _DATES.search(text) is not None


DATE_BESIDE_WORDS = 5  # words between a date and what it dates ("his deportation at the end of December 2022")


def date_beside(text: str, words: Sequence[str]) -> bool:
    """True when a date of the text stands within DATE_BESIDE_WORDS words of a word starting with one of `words` (what
    a "when" question asks about, as word starts): "... his deportation at the end of December 2022" dates the
    deportation, "whose asylum application had been rejected ... in November 2022" another step of the case."""
    starts = tuple(word.lower() for word in words if word)
    if not starts:
        return False
    tokens = [(match.start(), match.group(0).lower()) for match in re.finditer(r"[\w’'-]+", text)]
    asked = [i for i, (_, token) in enumerate(tokens) if token.startswith(starts)]
    if not asked:
        return False
    for date in _DATES.finditer(text):
        first = next((i for i, (start, _) in enumerate(tokens) if start >= date.start()), len(tokens))
        last = max((i for i, (start, _) in enumerate(tokens) if start < date.end()), default=first)
        if any(first - DATE_BESIDE_WORDS <= i <= last + DATE_BESIDE_WORDS for i in asked):
            return True
    return False


_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few|a)"
    r"(?:\s+(?:full|calendar|consecutive|working|business|clear))?(?:\s+|-)(?:years?|months?|weeks?|days?|hours?)\b",
    re.IGNORECASE,
)


# How a question asks for a span of time: "how long", "how many years / hours", "how far ahead of the hearing" (a
# span before something), "сколько лет / дней"
_SPAN_ASKED = (
    r"\bhow long\b|\bhow many (?:(?:full|calendar|consecutive|working|business|clear) )?"
    r"(?:years|months|weeks|days|hours)\b"
    r"|\bhow (?:far|much|long) (?:ahead|in advance)\b"
    rf"|{_SENTENCE_ASKED}"
    rf"|{_LIMIT_ASKED}"
)


_SPAN_UNITS_RU = "лет|месяц|дней|часов"


# "на какой срок избирается", "каков срок", "какой срок дали": how long, in Russian
_TERM_ASKED_RU = r"\bна как(?:ой|ие) срок\w*|\bкаков\w* (?:\w+ )?срок\w*|\bкак(?:ой|ие|ого|их) (?:\w+ )?срок\w*"


_WANTS_DURATION = re.compile(
    rf"{_SPAN_ASKED}|{_TERM_ASKED_RU}|{_AGE_ASKED}|\bсколько (?:(?:рабоч|календарн|полн)\w+ )?(?:{_SPAN_UNITS_RU})",
    re.IGNORECASE,
)


_WANTS_SPAN = re.compile(rf"{_SPAN_ASKED}|{_TERM_ASKED_RU}|\bсколько (?:{_SPAN_UNITS_RU}|суток)", re.IGNORECASE)


def wants_span(question: str) -> bool:
    """True when the question asks for a span of time ("how long", "within how many hours"; not "how old")."""
    return bool(_WANTS_SPAN.search(question))


# A term as the years it runs ("elected a member of the Human Rights Council for 2022–2024"); not a period something
# happened in ("contributed financially ... during the period 2019-2024")
_YEAR_RANGE = re.compile(r"\bfor (?:the (?:term|years?) )?(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d(?![\d])", re.IGNORECASE)


# An age written as years ("girls aged 15-18 years", "from 18 to 16 years the age required", "14 years of age"): how
# old, not how long
_AGE_IN_YEARS = re.compile(
    r"\baged\s+(?:\d+\s*[–-]\s*)?\d+\s+years?\b|\b\d+\s+years?\s+(?:of\s+age|old)\b"
    r"|\bfrom\s+\d+\s+to\s+\d+\s+years?\s+the\s+age\b",
    re.IGNORECASE,
)


def has_span(text: str) -> bool:
    """True when the text gives a span of time ("48 hours", "up to four months", "for 2022–2024"), not an age."""
    text = _AGE_IN_YEARS.sub(" ", text)
    return bool(_DURATION.search(text) or _YEAR_RANGE.search(text))


def wants_duration(question: str) -> bool:
    """True when the question asks how long ("how long", "how many years"): a span of time is then the figure."""
    return bool(_WANTS_DURATION.search(question))


# The number of a session or a meeting ("the seventy-sixth session of the General Assembly", "its 4227th meeting"):
# which one, not how many
_SESSION_NUMBER = re.compile(rf"\b(?:{_ORDINAL})\s+(?:session|meeting|sitting)s?\b", re.IGNORECASE)


def has_count(text: str, durations: bool = True) -> bool:
    """True when the text gives a count or an amount: a figure that is not a year, a date or a reference number
    ("article 130", "Convention No. 154", "the seventy-sixth session"), a document symbol ("CAT/OP/12/5"), a name with a
    number ("COVID-19"), and, with
    `durations` False, not a span of time ("in the past three years", which counts nothing)."""
    text = _SESSION_NUMBER.sub(" ", _REFERENCES.sub(" ", _DATES.sub(" ", without_document_symbols(text))))
    text = _NUMBERED_NAME.sub(" ", text)
    return bool(_NUMBER_WORDS.search(text if durations else _DURATION.sub(" ", text)))


# A name with a number in it, which counts nothing: "COVID-19", "G-20"
_NUMBERED_NAME = re.compile(r"\b[A-Za-z]{2,}[-‑]\d+\b")


def year_stands_alone(year: str, text: str) -> bool:
    """True when the text names the year on its own, not only as an end of a span ("2016–2024"): a figure for the
    span is not a figure for that year."""
    for match in re.finditer(rf"(?<!\d){year}(?!\d)", text):
        before, after = text[max(0, match.start() - 8) : match.start()], text[match.end() : match.end() + 8]
        before_words = text[max(0, match.start() - 24) : match.start()]
        after_words = text[match.end() : match.end() + 24]
        # the span's other end a year ("2016–2024", "2019-20"), not a count after a dash ("in 2019 – 733 cases")
        ends_span = re.search(r"(?<!\d)(?:19|20)\d\d\s*[–—-]\s*$", before) or re.search(
            r"\b(?:between|from)\s+\d{4}\s+(?:and|to)\s+$", before_words
        )
        starts_span = re.match(r"\s*[–—-]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)", after) or (
            re.search(r"\b(?:between|from)\s+$", text[max(0, match.start() - 10) : match.start()])
            and re.match(r"\s+(?:and|to)\s+\d{4}", after_words)
        )
        if not ends_span and not starts_span:
            return True
    return False


_COUNTED = re.compile(
    r"\b(?:how many|what (?:number|percentage|share|proportion|count) of(?: the)?"
    r"|the (?:total )?(?:numbers?|headcount|count|tally) of(?: the)?)\s+"  # "the headcount of physicians"
    r"(?:of\s+(?:the|its|their|these|those)\s+(?:[\d,.]+\s+)?)?"  # "how many of the 331 labour inspectors are women"
    # whose, after "of": "what share of the ombudsman office's staff", "how many of the NPM's members"
    r"(?:(?:(?<=of )|(?<=of the ))(?:(?!(?:in|of|for|at|on|to|from|by|with)\s)[a-z][a-z\-]+\s+){0,2}"
    r"(?!(?:in|of|for|at|on|to|from|by|with)\s)[a-z][a-z\-]+['’]s?\s+)?"
    r"([a-z][a-z\-]+)((?:\s+[a-z][a-z\-]+){0,3})",
    re.IGNORECASE,
)


# "Suicides in penal institutions in 2021 - what is the number?": what is counted named first, the count asked after it
_COUNTED_FIRST = re.compile(
    r"^\W*(?:the\s+)?([a-z][a-z\-]+s)\b((?:\s+[a-z][a-z\-]+){0,3})[^?]*?"
    r"\bwhat (?:is|was|are|were) the (?:total |exact |overall )?numbers?\b(?! of\b)",
    re.IGNORECASE,
)


_AMOUNT_ASKED = re.compile(rf"\b{_WHAT_IS} (?:the |its |their )?(?:[\w'’-]+\s+){{0,4}}?({_AMOUNTS})s?\b", re.IGNORECASE)


_NOT_COUNTED = frozenset({"peopl", "person", "individu", "case", "time", "year", "month", "day", "week", "hour"})


GENERIC_COUNTED = frozenset(terms("cases persons people individuals"))
PEOPLE_COUNTED = frozenset(terms("persons people individuals"))  # who a part of a group is, said generically


_CASES = frozenset(terms("cases case instances"))


# Words a figure's paragraph may use for the same counted event or thing ("died" / "were killed" / "deaths").
_SAME_COUNT = (
    frozenset({"die", "died", "death", "dead", "kill", "fatali"}),
    # "requests to hold assemblies": "applications for authorization"; "extradition demands": "extradition requests"
    frozenset({"reques", "applic", "petiti", "demand"}),
    frozenset({"compla", "report", "case"}),  # "torture complaints registered": "torture cases recorded"
    frozenset({"record", "regist"}),  # "how many people were recorded as objectors": "20 ... had registered"
    # "how many were brought back from Syria": "Kazakhstan removed 725 people ... from a terrorist hotspot"
    frozenset({"brough", "return", "repatr", "remov", "evacua", "rescu"}),
    frozenset({"paid", "pay", "compen"}),  # "how many people were paid": "victims who received compensation"
    # "how many people received free legal aid": "630,879 citizens were provided with ... free legal assistance"
    frozenset({"receiv", "provid", "obtain"}),
    frozenset({"site", "plac", "venu", "locat", "facili"}),  # "how many sites for assemblies": "three places"
    frozenset({"stat", "public", "govern"}),  # "how many of them are state-run": "17 in the public sector"
    frozenset({"grant", "approv", "accept", "uphel"}),  # "how many have been approved": "37 of 45 ... granted"
    # "how many of the top jobs": "7 per cent of senior posts"; "what share of the posts are filled": "staffing levels
    # are at 90.9 per cent"
    frozenset({"job", "post", "positi", "seat", "staff", "staffi"}),
    frozenset({"women", "woman", "femal"}),  # "what share of Supreme Court judges are women": "28 female ... judges"
    frozenset({"lawy", "lawyer", "advoca", "attorn"}),  # "how many lawyers responded": "responses from 63 advocates"
    frozenset({"helpli", "hotlin"}),  # "how many children rang the 111 helpline": "The 111 hotline had received calls"
    # "applications for pretrial custody": "applications for remand in custody as a preventive measure"
    frozenset({"pretri", "remand"}),
)
# Words a counted word's stem is also shown by, one way only: prisoners are inmates ("how many prisoners harmed
# themselves": "1,268 cases of self-harm by inmates"), but "prisoners" shares its stem with "prisons", which count no
# inmates ("Five new prisons were due to be completed")
# Prosecutions are cases ("how many prosecutions were opened": "15 cases had been brought"), individuals are persons
# ("how many individuals were released": "87 persons"); not every case is a prosecution, nor is every case a trial
# ("women held in pre-trial detention" are no women in cases before the courts); an office's staff are its employees.
_ALSO_COUNTED = {
    "prison": frozenset({"inmat"}),
    "prosec": frozenset({"case"}),
    "indivi": frozenset({"person", "peopl"}),
    "staff": frozenset({"employ", "offici"}),
    # the documents' words for what a question counts in lay terms: complaints to an ombudsman are its
    # "communications", training sessions "training events", investigative steps "investigative actions", an illegal
    # assembly an "illegal event", the founders a voluntary association needs its "initiators" (the persons required
    # to establish it), a court system's levels its "tiers" (not every case is a trial: "pre-trial detention" is no
    # matter of cases; nor is every official a guard: "3,800 corrections officials, probation service officers and
    # members of the National Guard" count no guards alone)
    "compla": frozenset({"commun"}),
    "petiti": frozenset({"commun"}),
    "step": frozenset({"action"}),
    "assemb": frozenset({"event"}),
    "found": frozenset({"initia", "establ"}),
    "level": frozenset({"tier"}),
    "check": frozenset({"inspec"}),  # checks of barracks are inspections
    # groups banned are organizations ("eight organizations have been designated as extremist"), shelters are crisis
    # centres, advice sessions consultations; not every organization is a group, nor every centre a shelter
    "group": frozenset({"organi"}),
    "shelt": frozenset({"centr"}),
    "sessio": frozenset({"consul", "event"}),
}


DEATHS = _SAME_COUNT[0]


SUICIDE = "suicid"


def same_count_family(term: str) -> frozenset[str]:
    """The word starts that show a term as a thing counted or an event ("death": died, killed...; its _SAME_COUNT
    family), or the term alone. One who does it is not the thing counted: "reporter" is no report (journalists
    counted are not "cases"), "returner" no return."""
    return next(
        (
            group
            for group in _SAME_COUNT
            if any(term.startswith(start) and not term.startswith(f"{start}er") for start in group)
        ),
        frozenset({term}),
    )


def counted_as_written(english: tuple[str, ...]) -> tuple[str, ...]:
    """The English words showing what a Russian count counts, with the words the documents use for the same thing
    (its _SAME_COUNT family): "Сколько жалоб на пытки..." is answered by "the number of torture cases recorded", as
    names_counted reads "torture complaints" in English."""
    widened = dict.fromkeys(english)
    for word in english:
        widened.update(dict.fromkeys(sorted(same_count_family(word.lower()) - {word.lower()})))
    return tuple(widened)


def _same_count(word_start: str) -> frozenset[str] | None:
    """The _SAME_COUNT family of a word start ("kill": died, death...), None when it has none."""
    return next((group for group in _SAME_COUNT if word_start in group), None)


# "the death penalty", "death sentences", "death row": a punishment, not deaths counted
_DEATH_PENALTY = re.compile(
    r"\bdeath[\s-]+(?:penalt\w*|sentences?|row)\b|\bcapital punishment\b|смертн\w* (?:казн|приговор)\w*",
    re.IGNORECASE,
)


HOW_MANY_RU = re.compile(r"(?<![\w-])скольк(?:о|их|им|ими)(?![\w-])", re.IGNORECASE)


def death_penalty_named(text: str) -> str:
    """The words naming the death penalty in a text ("the death penalty", "death row", "смертной казни"), or ""."""
    match = _DEATH_PENALTY.search(text)
    return match.group(0) if match else ""


_LIVES_LOST = re.compile(
    r"\b(?:lost|lose|losing)\s+(?:their|his|her|its)\s+lives?\b|\blives\s+(?:were\s+)?lost\b", re.IGNORECASE
)
# "took their own lives", "killed themselves": suicides ("189 cases of suicide")
_LIVES_TAKEN = re.compile(
    r"\b(?:took|take|taken|taking|takes)\s+(?:their|his|her)\s+own\s+lives?\b|\bkill(?:ed|ing|s)?\s+(?:themselves|himself"
    r"|herself)\b",
    re.IGNORECASE,
)


def lives_as_deaths(question: str) -> str:
    """The question with "lost their lives" as "died" ("How many people lost their lives in the unrest?" counts the
    dead: "238 persons were killed"), and "took their own lives" as "committed suicide"."""
    return _LIVES_TAKEN.sub("committed suicide", _LIVES_LOST.sub("died", question))


# A figure of the dead: "the reported death of four children", "the deaths of 12 inmates"
_DEATHS_OF = re.compile(
    r"\bdeaths?\s+of\s+(?:(?:some|about|at least|up to)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b[^,;.]*",
    re.IGNORECASE,
)


def counts_only_the_dead(sentence: str) -> bool:
    """True when every figure of the sentence counts the dead ("the reported death of four children during the
    lockdown"): no count of the children living in institutions."""
    return bool(_DEATHS_OF.search(sentence)) and not has_count(_DEATHS_OF.sub(" ", sentence))


# A threat of death is no death: "offences committed ... with the threat of murder", «с угрозой убийством»
_DEATH_THREAT = re.compile(
    r"\bthreat(?:s|ening)?\s+(?:of|to)\s+(?:murder|kill\w*|death)\b|(?<![\w-])угроз\w*\s+(?:убийств|смерт|расправ)\w*",
    re.IGNORECASE,
)


def counts_deaths(question: str) -> bool:
    """True when a figure question counts deaths ("How many women were killed by their husbands in 2023?",
    "Сколько человек погибло?"): a figure of anything else (119 women sentenced) is no answer to it. The death
    penalty and a threat of death ("Какой срок за преступления с угрозой убийством?") count none."""
    text = _DEATH_THREAT.sub(" ", _DEATH_PENALTY.sub(" ", question))
    if has_cyrillic(text):
        return any({"death", "killed"} & set(english) for _written, english in english_topics(text))
    return bool(set(terms(text)) & DEATHS)


# "died as a result of torture", "killed due to ...", "погибли от пыток": what the deaths counted were caused by
# ("lost their lives" is read as "died" before: lives_as_deaths)
_DEATH_CAUSE = re.compile(
    r"\b(?:died|die|dying|deaths?|killed)\s+(?:as a (?:result|consequence) of|from|of|due to"
    r"|because of|caused by|(?<=killed )by)\s+(?:the\s+)?(?P<cause>[a-z][\w-]*(?:\s+(?!in\b|during\b|on\b|at\b"
    r"|between\b|since\b|after\b|before\b|and\b|or\b)[a-z][\w-]*){0,3})",
    re.IGNORECASE,
)


def death_agent(question: str) -> tuple[str, ...]:
    """Who did the killing a figure question counts, as word starts ("How many people were killed by the security
    forces?" -> securi, forc): "19 were officers of the military, police and security forces" counts the security
    forces among the dead, not people they killed. () when the question names no one after "killed by"."""
    match = _DEATH_CAUSE.search(question)
    if match is None or not re.search(r"\bby\s+(?:the\s+)?$", question[: match.start("cause")], re.IGNORECASE):
        return ()
    if not _AGENTS.search(match.group("cause")):  # "killed by torture": a cause, which death_cause reads
        return ()
    return tuple(terms(match.group("cause")))


# Who may kill: "the security forces", "police officers", "snipers" ("by torture" is a cause, not an agent)
_AGENTS = re.compile(
    r"\b(?:forces?|police\w*|officers?|soldiers?|troops?|snipers?|guards?|military|army|servicem[ae]n|security"
    r"|law enforcement|riot police|gunmen|protesters?|rioters?|terrorists?)\b",
    re.IGNORECASE,
)


def by_agent(sentence: str, agent: Sequence[str]) -> bool:
    """Whether the sentence names the agent after "by" (or "at the hands of"): "killed by police officers"."""
    return all(
        re.search(rf"\b(?:by|at the hands of)\s+(?:[\w-]+\s+){{0,4}}?{re.escape(word)}", sentence, re.IGNORECASE)
        for word in agent
    )


_DEATH_CAUSE_RU = re.compile(
    r"(?:умер\w*|погиб\w*|смерт\w*|скончал\w*)\s+(?:в результате|от|из-за)\s+(?P<cause>[а-яё\w-]+)", re.I
)


# A cause of death the documents write in other words ("died of illness": "The causes were disease (94 deaths ...)")
_CAUSE_FORMS = {
    cause: forms
    for forms in (("ill", "diseas", "sick"), ("injur", "injury", "trauma", "wound"))  # "injury": terms() of "injuries"
    for cause in forms
}


def cause_forms(cause: str) -> tuple[str, ...]:
    """The word starts a cause of death (a term of death_cause) is written with in the documents, itself first."""
    return _CAUSE_FORMS.get(cause, (cause,))


def death_cause(question: str) -> tuple[str, ...]:
    """What the deaths a figure question counts were caused by, as word starts ("How many people died as a result of
    torture in January 2022?" -> tortur; "Сколько человек погибло от пыток?" -> its English gloss): a count of deaths
    from another cause, or of all deaths ("238 persons were killed"), is no answer to it."""
    if match := _DEATH_CAUSE.search(question):
        return tuple(terms(match.group("cause")))
    if match := _DEATH_CAUSE_RU.search(question):
        return tuple(word for _written, english in english_topics(match.group("cause")) for word in english)
    return ()


# a paragraph counting deaths by what caused them ("... 4 died while committing other crimes; and 6 died as a result of
# torture")
_DIED = re.compile(r"\b(?:died|deaths?|killed)\b", re.IGNORECASE)


def counts_deaths_from(text: str, cause: Sequence[str]) -> bool:
    """Whether a text gives a figure of deaths and names the cause (death_cause's word starts) asked."""
    return bool(_DIED.search(text)) and has_count(text) and all(shows_topic(text, cause_forms(word)) for word in cause)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "NGOs", "NHRIs"


_IN_TOTAL = re.compile(r"\b(?:in total|in all|overall|altogether|all told|all in all)\b", re.IGNORECASE)


# Words after "how many people" that make no event of their own: a preposition ("behind bars"; the stopwords among them,
# "in", "under", are never read as the event), or the particle or adjective of an idiom after it, stopwords included
# ("found guilty": convicted; "reached out": contacted; "took part")
_PREPOSITIONS = frozenset("behind among across inside outside".split())


_PARTICLES = frozenset("guilty innocent out up part off down away over".split())


_RECEIVED = frozenset("got get gets received receive receives obtained obtain given provided".split())
_ARTICLE = frozenset("art arts article articles ст статье статьям".split())
_NEEDED = frozenset("needed required necessary enough".split())


def counted_words(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """What a "how many X" question counts, in the words the corpus uses: the counted word ("children"), with the
    noun it qualifies ("defence lawyers", "torture complaints"); for a generic X ("how many people died"), the word
    after it ("died"), since a paragraph that gives the figure names the event. A word the corpus never uses is left
    out (a paraphrase: "kids" for "children"), which the relevance checks judge instead. Members of a parliament are
    its deputies ("What share of members of Parliament are women?": "29 women deputies, ... 19.6 per cent")."""
    counted = _counted_words(question, corpus)
    if counted == ("members",) and _OF_PARLIAMENT.search(question):
        return ("deputies",)
    return counted


# "members of Parliament", "members of the Majilis": the documents count a parliament's deputies
_OF_PARLIAMENT = re.compile(r"\bmembers\s+of\s+(?:the\s+)?(?:parliament|majilis|senate|maslikhats?)\b", re.IGNORECASE)


def _counted_words(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """counted_words, parliaments' members as the question writes them."""
    # "what is the annual budget": the budget; not in "how many citizens were rewarded ... and what was the total?",
    # which counts citizens first
    amount = None if _COUNTED.search(question) else _AMOUNT_ASKED.search(question)
    if (
        amount is not None
        and amount.group(1).lower() == "total"
        and not re.match(rf"\s+(?:{_AMOUNTS})", question[amount.end(1) :], re.IGNORECASE)
    ):
        # "..., and what were the totals?": the count asked before it, which no paragraph need call a total (not "the
        # total amount paid", which the documents write "totalling")
        return ()
    if amount is not None:
        return (amount.group(1),) if stem(amount.group(1).lower()) in corpus.stems else ()
    words = _how_many_words(question)
    if not words:
        return ()
    if _verb_after_group(question, words[0]):
        return ()  # "Of the 694 senior managers, how many came from the army?": the group counted (subset_group)
    if wants_duration(question):  # "within how many hours should an arrested person...": a span of time
        return ()
    if stem(words[0].lower()) in _NOT_COUNTED:  # "how many people died": the event counted
        # "how many people in kazakhstan were registered as objectors": where they are is no event of theirs
        event = next(
            (
                i
                for i, word in enumerate(words)
                if i and word.lower() not in STOPWORDS and not (words[i - 1].lower() == "in" and countries_in(word))
            ),
            None,
        )
        # "how many people did it cover", "how many people did kz bring back": what it (the State) did to them, in the
        # question's words, not an event of theirs
        # "how many people did the police detain", "how many cases did the ombudsman receive": who acted, whatever the
        # subject, is no event of theirs either
        if len(words) > 2 and words[1].lower() in _AUXILIARIES:
            event = None
        # "how many ppl got state-guaranteed free legal aid": what they were given, which the passage names in its own
        # words ("630,879 citizens were provided with ..."), no event of theirs; "how many cases under art 128": the
        # article, which the article checks read, no event either
        # "how many cases under the terrorism-propaganda article": what they are under, no event either
        if (
            event is not None
            and (
                any(word.lower() in _RECEIVED for word in words[1:event])
                or words[event].lower().rstrip(".") in _ARTICLE
                # "how many people are needed to set up a public association": how many it takes, no event of theirs
                or words[event].lower() in _NEEDED
                or any(word.lower() == "under" for word in words[1:event])
            )
        ):
            event = None
        # "how many people were found guilty", "... behind bars", "... reached out": no event word
        idiom = event is not None and (
            words[event].lower() in _PREPOSITIONS
            or " ".join(words[event + 1 : event + 2]).lower() in _PARTICLES
            # "how many people fleeing violence at home got support": a participle right after them says who they
            # are, not what is counted of them ("3,766 victims of domestic violence")
            or (event == 1 and words[event].lower().endswith("ing"))
        )
        words = [] if event is None or idiom else [words[event]]
    elif len(words) > 1 and words[1].lower() not in STOPWORDS and words[1].lower().endswith("s"):
        # "defence lawyers": the plural noun after a first word is what is counted; "self-harm cases": cases of the
        # first word, which is counted
        words = words[0:1] if stem(words[1].lower()) in _NOT_COUNTED else words[1:2]
    elif (
        len(words) > 2
        and all(word.islower() and word not in STOPWORDS and not word.endswith("s") for word in words[:2])
        and words[2].lower() not in STOPWORDS
        and words[2].lower().endswith("s")
    ):
        words = words[2:3]  # "special mobile groups": the plural noun after two words qualifying it
    else:
        words = words[:1]
    return tuple(
        word
        for word in words
        if (word.islower() or _PLURAL_ACRONYM.fullmatch(word))  # "how many NGOs"
        and word not in STOPWORDS
        and stem(word.lower()) not in _NOT_COUNTED
        # a word the documents write their own way counts as that wording ("how many kids": minors, search.WORDINGS)
        and (_known_form(word.lower(), corpus) or any(map(corpus.writes, reworded(word.lower()))))
    )


@functools.lru_cache(maxsize=1024)
def reworded(word: str) -> tuple[str, ...]:
    """The documents' one-word wordings of a word (search.WORDINGS, READ_AS): "kids" -> ("children", "minors")."""
    return tuple(other for other in documents_words(word) if " " not in other)


# The endings of an adjective that says which of a kind is counted ("political prisoners", "religious associations")
_QUALIFYING_ENDINGS = ("al", "ic", "ous")


# Where what people were given ends: the time, place or source said after it ("refugee status in 2023", "free legal
# aid from the State")
_AFTER_RECEIVED = re.compile(r"^(?:in|since|during|from|between|by|after|before|over|under|per|according|last|this)$")


def received_what(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """What an English "how many people got X" question says they were given, as the corpus's terms of X's words
    ("how many people got refugee status in 2023" -> refuge, status): counted_words leaves it out, for the passage
    names it in its own words ("630,879 citizens were provided with guaranteed legal assistance" for "free legal
    aid"), but a passage none of whose words is one of X's ("From 2017 to 2023, 18,000 persons received services")
    counts people given something else. () for any other question."""
    words = _how_many_words(question)
    if has_cyrillic(question) or len(words) < 3 or stem(words[0].lower()) not in _NOT_COUNTED - {"case", "time"}:
        return ()
    given = next((i for i, word in enumerate(words) if i and word.lower() in _RECEIVED), None)
    if given is None:
        return ()
    what: list[str] = []
    for word in words[given + 1 :]:
        bare = word.strip(".,;:?!").lower()
        if _AFTER_RECEIVED.match(bare) or not bare:
            break
        if bare not in STOPWORDS and not bare.isdigit() and _known_form(bare, corpus):
            what.extend(terms(bare))
    return tuple(dict.fromkeys(what))


def counted_qualifier(question: str, counted: Sequence[str]) -> str:
    """The adjective right before what an English "how many" question counts, which says which of them: "How many
    political prisoners are there?" -> "political" ("1,619 prisoners" counts no political prisoners); "" when there is
    none (or the counted word is not the one after it)."""
    words = _how_many_words(question)
    if len(words) < 2 or not counted or words[1] != counted[0]:
        return ""
    first = words[0]
    if first.islower() and first.isalpha() and first.endswith(_MATTER_ENDINGS):
        # a noun naming the matter they concern: "How many discrimination complaints ...?" ("12,777 communications
        # concerning civil and political rights" count no complaints of discrimination), as its word start
        return stem(first)
    # not a prefixed word ("non-governmental groups": NGOs, as the documents write them)
    qualifies = first.islower() and first.isalpha() and first.endswith(_QUALIFYING_ENDINGS)
    return first if qualifies and first not in STOPWORDS else ""


# The endings of a noun that names a matter ("discrimination", "harassment", "extremism", "torture")
_MATTER_ENDINGS = ("tion", "ment", "ism", "ture")


# Words that measure something named before them ("the pass rate", "the prevalence rate", "the unemployment level")
_MEASURES = frozenset("rate rates level levels ratio share percentage proportion".split())


def measure_qualifier(question: str, counted: Sequence[str]) -> str:
    """The word right before a measure the question asks for, which says what it measures: "What is the pass rate of
    the bar exam?" -> "pass" (the compilation's "abortion rate among girls" is no pass rate); "" when the counted
    word is no measure or nothing names it."""
    if not counted or counted[0].lower() not in _MEASURES:
        return ""
    before = re.search(rf"\b([a-z][a-z-]+)\s+{re.escape(counted[0])}\b", question)
    word = before.group(1) if before else ""
    return word if word and word not in STOPWORDS and word not in _MEASURES else ""


# Several groups counted together ("How many guards, probation staff and National Guard members took ..."): one figure
# may count them all under another name ("3,800 corrections officials, probation service officers and members of the
# National Guard")
SEVERAL_COUNTED = re.compile(r"\bhow many [a-z-]+(?: [a-z-]+)?,", re.IGNORECASE)


_AUXILIARIES = frozenset("did do does has have had will would can could".split())

# Verbs in the past a question writes right after its "how many" ("how many came from the army")
_PAST_IRREGULAR = frozenset(
    "came went got fell took made left won lost gave became began held found brought spent ran saw sat stood".split()
)


def _verb_after_group(question: str, first: str) -> bool:
    """Whether an English "Of the X, how many ...?" question writes a verb in the past right after its "how many"
    ("Of the 694 disciplined senior managers, how many came from the army?", "... how many ended with the case
    being dropped?"): it counts the group it names first, and the verb is what befell some of them, no thing counted
    of its own."""
    return _led_by_a_verb(_SUBSET_EN.search(question), first)


def _led_by_a_verb(match: re.Match[str] | None, first: str) -> bool:
    """_verb_after_group of the question's _SUBSET_EN match: its group form, no copula, a verb in the past first."""
    if match is None or not match.group("group") or match.group("copula"):
        return False
    word = first.lower()
    return word in _PAST_IRREGULAR or (word.endswith("ed") and len(word) > 4)


def befell_asked(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """The word starts that show where or how the part of a group an English "Of the X, how many <verb> ...?" question
    counts is set apart, after its verb ("how many came from prisoners": prisoner; "... from the army, police and
    security services": army, police, security, service): a sentence giving the figure must show one of them, or it
    counts the whole group ("12,777 communications" are not those from prisoners). () for any other question."""
    match = _SUBSET_EN.search(question)
    if match is None or has_cyrillic(question):
        return ()
    after = (match.group("after") or "").split()
    if not after or not _led_by_a_verb(match, after[0]):
        return ()
    words = re.findall(r"[A-Za-z][\w'’-]*", _without_glosses(" ".join(after[1:])))
    shown = _shown_by([word for word in words if word.lower() not in STOPWORDS], corpus)
    return tuple(
        dict.fromkeys(
            form
            for _word, forms in shown
            if not set(forms) & GENERIC_COUNTED
            for form in forms
            if len(form) >= BEFELL_LETTERS  # not "pre" of "pre-trial", which shows as "prevention"
        )
    )


BEFELL_LETTERS = 4  # the shortest word start befell_asked reads


def _without_glosses(text: str) -> str:
    """A question's words without what it glosses in brackets ("in pre-trial detention (SIZO)"): a gloss is no word
    a passage must show."""
    return re.sub(r"\([^)]*\)", " ", text)


def _how_many_words(question: str) -> list[str]:
    """The words after a "how many" ("torture complaints were registered"), "in total" left out ("how many people in
    total were detained": detained); [] when there is none or it asks how often ("how many times did ...")."""
    match = _COUNTED.search(_IN_TOTAL.sub(" ", question))
    first = None if match is not None else _COUNTED_FIRST.search(question)
    if first is not None:  # the question's first word, capitalised as a sentence starts
        return [first.group(1).lower(), *first.group(2).split()]
    if match is None:
        # "websites blocked 2025 how many", typed on a phone: the words before it, as "how many websites blocked"
        last = _COUNTED_LAST.match(question)
        return _YEAR_WORD.sub(" ", last.group(1)).split() if last is not None else []
    words = [match.group(1), *match.group(2).split()]
    return [] if words[0].lower() == "times" else words


# Keywords and then "how many" last, as typed on a phone ("websites blocked 2025 how many")
_COUNTED_LAST = re.compile(
    r"^\W*(?!(?:and|so|but|then|ok)\b)((?:[a-z][a-z\-]*\s+){1,3}(?:(?:in\s+)?\d{4}\s+)?)how\s+many\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_YEAR_WORD = re.compile(r"\b(?:in\s+)?\d{4}\b", re.IGNORECASE)


# A figure asked region by region: "broken down by region", "which oblasts", "по областям", "в каких регионах"
BY_REGION = re.compile(
    r"\b(?:by|per|across|in each|for each|which|what)\s+(?:region|province|oblast)s?\b|\bregional breakdown\b"
    r"|(?<![\w-])(?:по\s+(?:областям|регионам)|в\s+разрезе\s+(?:областей|регионов)|в\s+каких\s+(?:областях|регионах)"
    r"|в\s+каждой\s+области|в\s+каждом\s+регионе)",
    re.IGNORECASE,
)


REGIONS = re.compile(r"\b(?:region|province|provincial|oblast)", re.IGNORECASE)

# A figure asked by age: "the age breakdown of the 189 suicides", "broken down by age", "по возрасту"; a passage that
# gives it speaks of ages (AGES)
BY_AGE = re.compile(
    r"\bage[\s-]+(?:breakdown|groups?|brackets?|distribution)\b|\b(?:by|per|across)\s+age\b|\bhow\s+old\b"
    r"|(?<![\w-])(?:по\s+возраст\w*|в\s+разбивке\s+по\s+возраст\w*|возрастн\w+\s+(?:групп|состав|структур)\w*)",
    re.IGNORECASE,
)
# A figure asked by sex or by nationality: "broken down by sex", "по полу", "by nationality", "по гражданству"; a
# passage that gives it speaks of women and men (SEXES), of nationals, citizens of a country, ethnic groups
# (NATIONALITIES)
BY_SEX = re.compile(
    r"\b(?:by|per)\s+(?:sex|gender)\b|\b(?:gender|sex)[\s-]+(?:breakdown|disaggregated)\b"
    r"|(?<![\w-])(?:по\s+полу|в\s+разбивке\s+по\s+полу|гендерн\w+\s+разбивк\w*)",
    re.IGNORECASE,
)
SEXES = re.compile(r"\b(?:women|men|female|male|girls|boys)\b", re.IGNORECASE)
BY_NATIONALITY = re.compile(
    r"\b(?:by|per)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:nationality|citizenship|ethnicity|ethnic\s+(?:group|origin)"
    r"|country\s+of\s+origin)\b"
    r"|\b(?:ethnic|nationality|citizenship)[\s-]+(?:breakdown|composition|make-?up)\b"  # "the ethnic breakdown"
    r"|(?<![\w-])по\s+(?:национальност|гражданств|этническ|стран\w*\s+происхожден)\w*",
    re.IGNORECASE,
)
NATIONALITIES = re.compile(
    r"\bnationals?\b|\bcitizens?\s+of\b|\bnationality\b|\bethnic(?:ity)?\b|\bforeign(?:ers|\s+(?:citizens|nationals))\b"
    r"|\bstateless\b",
    re.IGNORECASE,
)
# A figure asked as an average: "the average length of pretrial detention", "on average", "какой средний размер
# штрафа", "в среднем"; a passage that gives one says so (AVERAGES): a total or a range is no average
AN_AVERAGE = re.compile(
    r"\b(?:average|median)\b"
    r"|(?<![\w-])(?:средн(?:ий|его|ем|яя|юю|ей|ее|ие|их|им)\s+(?:\w+\s+)?(?:размер|срок|продолжительност|сумм|возраст"
    r"|количеств|числ|врем|длительност|стоимост|зарплат|пенси|штраф)\w*|в\s+среднем)(?![\w-])",
    re.IGNORECASE,
)
AVERAGES = re.compile(r"\b(?:average|median|mean|on\s+average|per\s+capita)\b", re.IGNORECASE)
AGES = re.compile(
    r"\baged?\b|\bages\b|\byears?\s+(?:old|of\s+age)\b|\bunder\s+(?:the\s+age|\d)|\bage\s+(?:groups?|brackets?)\b"
    r"|\bover\s+\d+\s+years\b",
    re.IGNORECASE,
)

# a question asking a figure of people of one sex, or of one ethnicity ("how many were ethnic Russians")
_OF_ONE_SEX = re.compile(r"\bhow many\b[^?]*\b(?:women|men|females?|males?|girls|boys)\b", re.IGNORECASE)
_OF_ONE_ETHNICITY = re.compile(r"\bethnic|\bnationalit|(?<![\w-])(?:этническ|национальн)", re.IGNORECASE)
_OF_ONE_AGE_RU = re.compile(r"(?<![\w-])(?:возраст|в\s+возрасте|несовершеннолетн)", re.IGNORECASE)


def breakdowns_asked(question: str) -> frozenset[str]:
    """What a figure question asks its figures broken down by, or the people of one part of which it counts: "the
    age breakdown", "how many were aged 36 to 45" (age); "by sex", "how many of them were women" (sex); "by
    ethnicity", "how many were ethnic Russians" (ethnicity). A paragraph breaking the figures down so answers it,
    though it names none of its other words."""
    asked = set()
    if BY_AGE.search(question) or AGES.search(question) or _OF_ONE_AGE_RU.search(question):
        asked.add("age")
    if BY_SEX.search(question) or _OF_ONE_SEX.search(question):
        asked.add("sex")
    if BY_NATIONALITY.search(question) or _OF_ONE_ETHNICITY.search(question):
        asked.add("ethnicity")
    return frozenset(asked)


# People counted by who they are ("how many women ..."): a figure of them in another matter is no answer
_GROUPS_COUNTED = frozenset(
    terms(
        "women men children girls boys minors juveniles foreigners migrants"
        # the professions counted in the dialogue's figures ("How many judges attended the seminars?": not the 18
        # judges convicted of corruption)
        " judges lawyers advocates journalists deputies"
    )
)


def group_context(question: str, counted: Sequence[str], corpus: CorpusNames) -> tuple[str, ...]:
    """For an English question counting a group of people ("How many women benefited from the November 2022 amnesty
    for the January events?"), the terms of what the question says of them after the counted word (benefit, amnesty,
    event, ...; years and words the corpus lacks left out): the answer's paragraph must speak of at least one, not
    count women sentenced for something else."""
    if (
        len(counted) != 1
        or not {stem(w) for w in (counted[0].lower(), *reworded(counted[0].lower()))} & _GROUPS_COUNTED
    ):
        return ()
    at = re.search(rf"\b{re.escape(counted[0])}\b", question)
    if at is None:
        return ()
    after = question[at.end() :]
    # its nouns say what the matter is; "currently serving" fits women serving in the armed forces as well; the
    # country is where, not what ("How many women judges are there in Kazakhstan?": the country checks read it)
    words = [
        word
        for word in re.findall(r"[A-Za-z][\w'’-]*", after)
        if not word.lower().endswith(("ly", "ing")) and not countries_in(word)
    ]
    rest = [
        term
        for term in terms(" ".join(words) or after)
        if not term.isdigit()
        and term not in SAYING_TERMS
        and term not in _TIME_FRAME_TERMS
        # "How many women were among the 1,268 self-harm cases?": "among" and "cases" say nothing of what the cases
        # are (the women sentenced in 384 domestic violence cases are no part of them)
        and term not in _AMONG_CASES
    ]
    return tuple(term for term in rest if term in corpus.stems)


_AMONG_CASES = frozenset(terms("among amongst")) | GENERIC_COUNTED


# when a figure was counted, which says nothing of what about ("in the last half-year": "over the past six months")
_TIME_FRAME_TERMS = frozenset(terms("year years month months half quarter week weeks day days last past recent period"))


def group_context_ru(
    counted: tuple[str, tuple[str, ...]], topics: Sequence[tuple[str, tuple[str, ...]]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For a Russian question counting a group of people (`counted`, counted_topic_ru: «женщин»), its other topics
    (the matter it counts them in: «колониях», prisons), one of which the answer's paragraph must speak of."""
    if not any(stem(word) in _GROUPS_COUNTED for english in counted[1] for word in english.split()):
        return ()
    return tuple(topic for topic in topics if topic[0] != counted[0] and not set(topic[1]) & set(counted[1]))


# A lower-case word of a figure question that this many paragraphs or fewer use names what the figure is about
# ("methadone" of "How many prisoners are on methadone substitution therapy?"): figure_subject
FIGURE_SUBJECT_PARAGRAPHS = 3


FIGURE_SUBJECT_CORPUS = 200  # in a corpus of fewer paragraphs every word is rare: no subject is read


def figure_subject(question: str, counted: Sequence[str], corpus: CorpusNames) -> tuple[str, ...]:
    """The terms of an English figure question's rare words (0 < paragraphs using it <= FIGURE_SUBJECT_PARAGRAPHS,
    and SPECIALISED_PIECES or more WordPieces), what it counts left out: the lead's paragraph must show one. The
    documents' few passages on the subject were there to be found; a figure from a paragraph that never names it
    ("nine facilities with prison cells, housing more than 4,000 persons") counts something else. Proper names are
    checked as names; a Russian question's subject as its topics."""
    from prepbot.retrieval.embeddings import word_pieces

    if has_cyrillic(question) or corpus.paragraph_count < FIGURE_SUBJECT_CORPUS:
        return ()
    counted_terms = {stem(word.lower()) for word in counted}
    found: list[str] = []
    for word in re.findall(r"(?<![\w-])[a-z]{5,}(?![\w-])", question):
        term = stem(word)
        if word in STOPWORDS or term in counted_terms or term in found:
            continue
        # rare in English too ("methadone"): a rare corpus word that is common in English ("backed", "survey") is
        # more often the question's own paraphrase of what the figure's paragraph says
        if 0 < corpus.frequency.get(word, 0) <= FIGURE_SUBJECT_PARAGRAPHS and word_pieces(word) >= SPECIALISED_PIECES:
            found.append(term)
    return tuple(found)


def counted_kind(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """The word that says which of the counted things a "how many X Y" question counts ("torture" of "how many
    torture complaints"), in a form the corpus uses; () when the question counts things of no kind. A figure of
    complaints of discrimination is a poorer answer to it than one of torture cases."""
    words = _how_many_words(question)
    if len(words) < 2 or stem(words[0].lower()) in _NOT_COUNTED:
        return ()
    kind, counted = words[0], words[1]
    if not (kind.islower() and counted.lower().endswith("s") and counted.lower() not in STOPWORDS):
        return ()
    if kind in STOPWORDS or not _known_form(kind.lower(), corpus) or not _known_form(counted.lower(), corpus):
        return ()
    return (kind,)


def kind_is_group(kind: str) -> bool:
    """Whether the word saying which of the counted things are counted names a group of people ("women" of "how many
    women prisoners", "foreign" of "how many foreign workers"): a figure of all of them counts no such group."""
    return stem(kind.lower()) in _GROUPS_COUNTED | _GROUP_ADJECTIVES


# the adjectives that make a group of people of those counted ("foreign prisoners", "female inmates")
_GROUP_ADJECTIVES = frozenset(terms("foreign female male juvenile underage elderly disabled"))


def _subject_words(window: str) -> list[tuple[str, tuple[str, ...]]]:
    """The subject words of a few words of a Russian question: the dialogue's topics first; else the words of the
    General Comments' glossary ("отказники": objector)."""
    return english_topics(window) or glossed_words(window)


# A preposition ending a stretch of a Russian question: what follows it is its complement ("заявок на митинги")
_AFTER_PREPOSITION_RU = re.compile(r"(?<![\w-])(?:на|о|об|по|за|для|против)\s+$", re.IGNORECASE)


# Words after "сколько" that say nothing of what is counted ("сколько человек зарегистрировались как отказники"), and
# the words of money ("сколько денег потратили на помощь жертвам"): a sum is what is asked (wants_amount), what it
# was spent on follows
_PEOPLE_COUNTED_RU = frozenset("человек людей лиц граждан".split())  # "сколько человек": people, not yet what of them
_GENERIC_COUNT_RU = frozenset(
    "человек лиц граждан раз всего сейчас же примерно приблизительно всего-навсего денег средств тенге долларов".split()
)


_OF_THEM_RU = frozenset("их них".split())
_ABOUT_RU = frozenset(_ROUGHLY_RU) | {"более", "свыше", "менее"}  # before a number: a rough size, or a bound
_TIME_UNIT_RU = re.compile(r"(?:дн(?:ей|я)|час(?:ов|а)|лет|год(?:а|ов)|месяц(?:ев|а)|недел(?:ь|и)|суток|минут)")
# the endings of a plural noun or adjective in the genitive, dative, instrumental or prepositional case
_OBLIQUE_PLURAL_RU = re.compile(r"(?:ах|ях|ам|ям|ами|ями|ых|их|ым|им|ыми|ими|ов|ев|ей)$", re.IGNORECASE)


def counted_topic_ru(question: str) -> tuple[str, tuple[str, ...]] | None:
    """What a Russian "сколько ..." question counts: the first subject word among the next three words, with the
    English words that show it ("Сколько судей ..." -> ("судей", ("judge",))); None when none is a subject word."""
    match = HOW_MANY_RU.search(question)
    if match is None:
        return None
    words = question[match.end() :].split()
    # "про камеры в полиции — сколько их работает?": "их" (of them) counts what was named before; the verb after it
    # says what they do
    if words and words[0].lower().strip(",.") in _OF_THEM_RU:
        return None
    # "сколько из примерно 1100 следственных действий ...": the group the part is counted of, after its size
    if words and words[0].lower() == "из":
        words = words[1:]
        if words and words[0].lower().strip(",.") in _OF_THEM_RU:
            return None
        while words and (words[0].lower() in _ABOUT_RU or re.fullmatch(r"[\d.,]+", words[0])):
            words = words[1:]
    # "Сколько среди жертв торговли людьми иностранцев?": the group "среди" names comes first (among_ru), what is
    # counted in it after it (foreigners)
    if words and words[0].lower() == "среди":
        return _counted_after_group(question, " ".join(words[1:7]))
    # "за сколько дней нужно уведомлять": a span of time, not a count of what the words after it name
    if words and _TIME_UNIT_RU.fullmatch(words[0].lower().strip(",.?!")):
        return None
    # "по скольким правонарушениям закон ... вернул": after "скольким", "скольких", "сколькими" what is counted agrees
    # with it in case; the first word that does not ("закон") is no part of it
    if match.group(0).lower() != "сколько":
        agreeing = list(itertools.takewhile(lambda word: _OBLIQUE_PLURAL_RU.search(word.strip(",.?!")), words))
        words = agreeing or words[:1]
    of_people = bool(words) and words[0].lower().strip(",.") in _PEOPLE_COUNTED_RU
    how_often = bool(words) and words[0].lower().strip(",.") == "раз"
    while words and words[0].lower().strip(",.") in _GENERIC_COUNT_RU:  # "сколько человек", "сколько всего": the next
        words = words[1:]
    # the group after "среди" is where they are counted, not what ("Сколько иностранцев среди жертв": foreigners)
    window = re.split(r"(?<![\w-])среди(?![\w-])", " ".join(words[:3]), flags=re.IGNORECASE)[0]

    def position(topic: tuple[str, tuple[str, ...]]) -> int:
        return window.find(topic[0])

    found = _subject_words(window)
    first = min(found, key=position) if found else None
    # "сколько раз его теперь допускают": how often it is allowed; the verb is what happens, not what is counted
    if how_often and first is not None and _VERB_RU.search(first[0].split()[0].lower()):
        return None
    # "сколько человек ранено в январских событиях": what happened to the people, right after, is what is counted
    # (the injured), though a later word is one of the dialogue's topics
    if of_people and first is not None and position(first) > 0 and _VERB_RU.search(window.split()[0].lower()):
        happened = [topic for topic in glossed_words(window) if position(topic) == 0]
        if happened:
            return happened[0]
    # "сколько заявок на митинги": what is counted comes before a preposition's complement (applications for
    # rallies), a word of the glossary though the complement is one of the dialogue's topics
    if first is not None and _AFTER_PREPOSITION_RU.search(window[: position(first)]):
        before = [topic for topic in glossed_words(window) if position(topic) < position(first)]
        return min(before, key=position) if before else first
    return first


def _counted_after_group(question: str, window: str) -> tuple[str, tuple[str, ...]] | None:
    """What a Russian question counts in the group it names after "сколько среди" (the window: the words after
    "среди"): the first subject word of the window that is not of the group (among_ru); None when there is none."""
    group = among_ru(question)
    rest = [
        topic
        for topic in [*english_topics(window), *glossed_words(window)]
        if not any(topic[0] == word or topic[1] == english for word, english in group)
    ]
    return min(rest, key=lambda topic: window.find(topic[0])) if rest else None


_PREPOSITIONS_RU = frozenset("о об обо по на к ко в во с со за для про из от у до при над под между через".split())


def counted_of_ru(
    question: str, counted: tuple[str, tuple[str, ...]] | None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The subject words right after what a Russian "сколько" question counts that say of what it is ("сколько жертв
    торговли людьми": trafficking; up to two words on, in the genitive): the passage giving the figure must speak of
    them, not of the victims of torture."""
    if counted is None or (match := HOW_MANY_RU.search(question)) is None:
        return ()
    rest = question[match.end() :]
    at = rest.find(counted[0])
    if at < 0:
        return ()
    after = rest[at + len(counted[0]) :].split()[:2]
    # a complement in the genitive only: "обращений о нарушении прав", "отказников по убеждениям" say it in words the
    # documents paraphrase ("communications concerning ... rights", "conscientious objectors")
    if not after or after[0].lower() in _PREPOSITIONS_RU:
        return ()
    # "сколько жалоб и протестов прокуроров": two things counted together, not the one of the other
    if after[0].lower() in ("и", "или"):
        return ()
    glossed = glossed_words(" ".join(after))
    # not after a verb ("сколько детей позвонили", "сколько женщин убили мужья": who did it), though a noun may end
    # as a verb does ("торговли людьми")
    phrase = any(" " in topic[0] and topic[0].startswith(after[0]) for topic in glossed)
    if not phrase and _VERB_RU.search(after[0].strip(",.?!")):
        return ()
    # the verb after the complement ends it ("сколько территориальных единиц участвовало": units, not participation)
    if not phrase and len(after) > 1 and _VERB_RU.search(after[1].strip(",.?!")):
        glossed = glossed_words(after[0])
    return tuple(topic for topic in glossed if topic[1] != counted[1])


# The word starts that show someone applied for a thing: one of _OUTCOMES below
_APPLIED = ("appl", "request", "submit", "petition", "filed", "lodg", "sought")
# What was decided of the things a count counts: "how many missionaries were refused registration", "how many
# applications were approved", «скольким миссионерам отказали», «сколько заявок одобрено»: a figure of all of them
# ("over 400 registered missionaries") is none of those refused. Each outcome with the word starts that show it.
_OUTCOMES = (
    (
        # (what was done to them, not "signed up to refuse military service")
        r"refused|rejected|denied|turned\s+down|not\s+(?:been\s+)?(?:approved|granted|authori[sz]ed|permitted)"
        r"|отказал\w*|отказыва\w*|отказано|отклон\w*",  # (not "отказники", objectors)
        ("refus", "reject", "deni", "declin", "turned down", "not granted", "not approved", "dismiss"),
    ),
    (
        r"approved|granted|authori[sz]ed|permitted|upheld|satisfied|одобр\w*|удовлетвор\w*|разрешил\w*|разрешен\w*"
        r"|согласова\w*",
        ("approv", "grant", "authoriz", "authoris", "permit", "uphel", "satisf", "accept", "allow"),
    ),
    (
        r"acquitted|оправда\w*",
        ("acquit",),
    ),
    (
        # kept from their duties pending investigation: "How many officers were suspended ...?" is not answered by
        # the officers tried or convicted
        r"suspended|отстран[её]н\w*|отстранил\w*",
        ("suspend", "removed from", "relieved of"),
    ),
    (
        # brought to criminal justice: "How many of the ~3,500 internal investigations ended in criminal charges?" is
        # not answered by "disciplinary action ... against more than 400 officials"; a case brought, a conviction or a
        # sentence shows it
        r"(?:criminally\s+)?(?:charged|prosecuted|indicted)|(?:ended|resulted|led)\s+(?:in|to)\s+(?:criminal\s+)?(?:charges"
        r"|prosecutions?|indictments?)|привлечен\w*\s+к\s+уголовн\w*",
        (
            "charg",
            "prosecut",
            "indict",
            "criminal case",
            "criminal proceeding",
            "criminal liab",
            "brought",
            "convict",
            "sentenced",
            "trial",
            "court",
        ),
    ),
    (
        # who asked for it: "how many new parties applied to register", «сколько партий подали заявки на
        # регистрацию»: "seven political parties were registered" counts none of the applicants (not "how many
        # applications were filed", where the count is of applications already; nor "the law applied to?")
        r"appl(?:ied|y|ying)\s+(?:for|to\s+(?:be\s+)?[a-z]+)|подал\w*\s+(?:заявк|заявлен|ходатайств|прошени)\w*"
        r"|подал\w*\s+на\s+(?:убежищ|регистрац|статус)\w*|обратил\w*\s+за\s+\w+",
        _APPLIED,
    ),
)
_OUTCOME_PATTERNS = [
    (re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE), shown) for words, shown in _OUTCOMES
]


# The nouns of cases a count's kind may qualify: "torture cases", "corruption complaints"
_CASES_WORDS = ("cases", "complaints", "crimes", "offences", "offenses", "allegations", "proceedings", "prosecutions")
_CASES_NOUNS = "|".join(_CASES_WORDS)
CASES_TERMS = frozenset(terms(" ".join(_CASES_WORDS)))


def cases_kind(question: str, counted: Sequence[str]) -> tuple[str, ...]:
    """The counted words a question writes as the kind of the cases it counts ("How many torture cases went to
    court?" -> ("torture",)): a figure of cases under a heading of that kind counts them ("51 criminal cases were
    referred to the courts" under "Prohibition of torture")."""
    return tuple(
        word for word in counted if re.search(rf"\b{re.escape(word)}\s+(?:{_CASES_NOUNS})\b", question, re.IGNORECASE)
    )


def counts_cases_of_ru(question: str, counted_topic: tuple[str, tuple[str, ...]] | None) -> bool:
    """Whether a Russian question counts cases of the kind its counted topic names («Сколько дел о пытках направлено
    в суд?»: cases of torture), as cases_kind reads "torture cases"."""
    match = _CASES_OF_RU.search(question)
    return bool(match and counted_topic and match.group("kind").lower().startswith(counted_topic[0].lower()))


# A count of what went to court ("how many torture cases were referred to the courts / went to court", «направлено в
# суд»): the passage that says so leads ("51 criminal cases were referred to the courts"), before one of all those
# recorded ("426 in 2023"). Preferred, not required: a count the documents give in other words ("cases were brought",
# "prosecuted") still answers (requiring it declined a held-out question: measured, not kept).
_TO_COURT = re.compile(
    r"(?:referred|sent|went|gone|go|brought|taken|forwarded|submitted|made\s+it)\s+to\s+(?:the\s+)?courts?"
    r"|reached\s+(?:the\s+)?courts?|(?:направлен|передан|дош[её]л|дошл)\w*\s+(?:в|до)\s+суд\w*",
    re.IGNORECASE,
)
COURT_SHOWN = ("court", "trial", "judicial", "indictment")


def court_asked(question: str) -> tuple[str, ...]:
    """The word starts that show a count went to court (COURT_SHOWN), when the question counts what went there, after
    its "how many" / "сколько"; () otherwise."""
    after = _from_the_count(question)
    return COURT_SHOWN if after is not None and _TO_COURT.search(after) else ()


def _from_the_count(question: str) -> str | None:
    """The question from its "how many" / "сколько" on, where what the count is asked of is written; None when it
    asks no count."""
    match = _COUNTED.search(question) or HOW_MANY_RU.search(question)
    return question[match.start() :] if match is not None else None


def outcome_asked(question: str) -> tuple[str, ...]:
    """The word starts that show the outcome a count is asked of (_OUTCOMES), written after its "how many" /
    "сколько"; () when it asks none."""
    after = _from_the_count(question)
    if after is None:
        return ()
    found = [
        (m.start(), shown)
        for pattern, shown in _OUTCOME_PATTERNS
        if (m := pattern.search(after)) and not (shown == _APPLIED and _COUNTS_APPLICATIONS.match(after))
    ]
    return min(found)[1] if found else ()


# A count of the applications themselves («сколько подали заявлений на проведение собраний»): whoever filed them, none
# is counted as an applicant
_COUNTS_APPLICATIONS = re.compile(
    r"^(?:how\s+many|скольк\w*)\s+(?:(?:подал\w*|подан\w*|было|всего|new|новых)\s+){0,2}"
    r"(?:applications?|requests?|petitions?|заяв\w*|ходатайств\w*)",
    re.IGNORECASE,
)


# What the cases a count counts are of: "how many criminal cases of torture", "complaints about ill-treatment",
# «сколько уголовных дел о пытках», «жалоб на пытки», «заявок на проведение собраний»: the word after the
# preposition names their kind, which the passage giving the figure must speak of (with its section heading or the
# paragraph it goes on from: "51 criminal cases were referred to the courts" under "Prohibition of torture")
_CASES_OF_EN = re.compile(
    r"\bhow\s+many\s+(?:[a-z-]+\s+){0,2}?(?:cases|complaints|reports|allegations|prosecutions|investigations"
    r"|proceedings|convictions|charges|incidents|instances|appeals|applications|petitions|claims|crimes|offen[cs]es)"
    r"\s+(?:of|for|involving|concerning|over|about|regarding|related\s+to)\s+(?:the\s+|alleged\s+|possible\s+)*"
    r"(?P<kind>[a-z][a-z-]+)",
    re.IGNORECASE,
)
_CASES_OF_RU = re.compile(
    r"(?<![\w-])сколько\s+(?:[а-яё-]+\s+){0,2}?(?:дел|жалоб|обращений|заявлений|сообщений|преступлений|случаев|заявок"
    r"|приговоров|расследований)\s+(?:о|об|на|в\s+связи\s+с)\s+(?P<kind>[а-яё-]+(?:\s+[а-яё-]+)?)",
    re.IGNORECASE,
)
# an English adjective by its ending ("excessive use of force"): the kind is the noun after it
_ADJECTIVE_EN = re.compile(r"(?:ive|ous|ful|able|ible)$")
# the kind written before the noun: "how many bride kidnapping cases", "the number of torture complaints"
_KIND_CASES_EN = re.compile(
    r"\b(?:how\s+many|number\s+of)\s+(?P<kind>(?:[a-z][a-z-]+\s+){1,2}?)"
    rf"(?:{_CASES_NOUNS}|investigations|convictions|charges|incidents)\b",
    re.IGNORECASE,
)
# words before the noun that say which of them, or how, not of what kind: "how many new cases", "such complaints"
_NO_KIND_EN = frozenset(
    "new such more other criminal civil administrative registered recorded reported total individual separate"
    " further additional pending open closed court".split()
)
# what is done about the kind, not the kind: «заявок на проведение собраний», «дел о применении пыток»
_DOING_RU = re.compile(r"^(?:проведени|организаци|участи|совершени|применени|нарушени)\w*\s+", re.IGNORECASE)


def cases_of(question: str, corpus: CorpusNames) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The kind of the cases a figure question counts, as the word written and the word starts that show it (see
    _CASES_OF_EN); () when it names none, or one the corpus never uses (a paraphrase the relevance checks judge)."""
    if has_cyrillic(question):
        match = _CASES_OF_RU.search(question)
        if match is None:
            return ()
        kind = _DOING_RU.sub("", match.group("kind"))
        return tuple(_subject_words(kind.split()[0])) if kind.split() else ()
    match = _CASES_OF_EN.search(question)
    if match is None:
        # "How many bride kidnapping cases were there in 2023?": the kind before the noun, its last word
        before = _KIND_CASES_EN.search(question)
        words = [w for w in before.group("kind").lower().split() if w not in STOPWORDS] if before else []
        if not words or words[-1] in _ARTICLE or _ADJECTIVE_EN.search(words[-1]) or words[-1] in _NO_KIND_EN:
            return ()
        return _shown_by(words[-1:], corpus)
    # the noun: "excessive use of force" is of force, "civil-political rights" of civil (and political) rights
    words = re.findall(r"[a-z]+", question[match.start("kind") :].lower())[:4]
    kind = next((word for word in words if word not in STOPWORDS and not _ADJECTIVE_EN.search(word)), "")
    if not kind or kind in _ARTICLE:
        return ()
    return _shown_by([kind], corpus)


_AMONG_RU = re.compile(
    # (and "сколько из 1268 случаев самоповреждения пришлось на женщин": the group counted from, as "среди" names it)
    r"(?<![\w-])(?:среди|сколько\s+из)(?![\w-])\s+(?!прочего|прочих|других|них\b|которых|всех\b)(\S+(?:\s+\S+){0,2})",
    re.IGNORECASE,
)


# "the HIV prevalence rate among prisoners": the group, in the question's own lower-case words
_AMONG_EN = re.compile(r"\bamong\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")


def among_en(question: str, corpus: CorpusNames) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of the group an English question names after "among" ("among prisoners" -> prison), each as the word
    start a passage must show; none for "among those killed", an acronym ("among MSM") or a word the corpus lacks."""
    match = _AMONG_EN.search(question)
    if match is None:
        return ()
    words = list(itertools.takewhile(lambda word: word not in STOPWORDS, match.group(1).split()))
    return tuple((word, _group_forms(word)) for word in words if terms(word) and _known_form(word, corpus))


# People held, by any of the documents' words for them: "among prisoners" is shown by "surveys of inmates"
_HELD_PEOPLE = ("prison", "inmat", "detain")


def _group_forms(word: str) -> tuple[str, ...]:
    """The word starts that show a group named after "among": its own term, or any word for people held."""
    own = tuple(terms(word))
    return _HELD_PEOPLE if set(own) & set(_HELD_PEOPLE) else own


def among_ru(question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The subject words of the group a Russian question names after "среди" ("среди трудовых инспекторов" ->
    inspect, ...): who the figure or the point must be about."""
    match = _AMONG_RU.search(question)
    if match is None:
        return ()
    # "среди более чем 190 выявленных жертв": how many there were, and the group's own words after it
    group = question[match.start(1) :]
    group = _AMONG_COUNT_RU.sub("", group, count=1)
    return tuple(_subject_words(" ".join(group.split()[:3]).strip(" ?.,!")))


# how many the group of "среди" counts, before its own words: "более чем 190", "почти 200", "этих 725", "1 799"
_AMONG_COUNT_RU = re.compile(
    r"^(?:(?:более|менее)\s+чем|более|свыше|около|почти|примерно|приблизительно|порядка|этих|тех|всех)?\s*"
    r"(?:\d[\d\s.,]*\d|\d)?\s*(?:тыс\w*\.?\s*)?",
    re.IGNORECASE,
)


# "How many of the 238 people killed were children?", "Of the 29 women deputies, how many sit in the Senate?",
# "Сколько из погибших были детьми?": the part of a group a figure question counts
_SUBSET_EN = re.compile(
    r"\bhow many of (?:the |those |these |them |all )?(?:[^?.;]+?\s+)?"
    # "how many of the applications to remand suspects concerned minors": the minors
    r"(?:were|are|was|is|had been|have been|concerned|concern|involved|involve|related\s+to"
    # "how many of the roughly 3,500 internal investigations led to criminal charges": those that did
    r"|led\s+to|ended\s+(?:up\s+)?in|resulted\s+in)\s+"
    r"(?P<subset>[^?.,;]+)"
    # "what percentage of the detainees were minors": the minors; not "of those posts are actually filled"
    r"|\bwhat (?:percentage|share|proportion) of (?:the |those |these |them |all )?(?:[^?.;]+?\s+)?"
    r"(?:were|are|was|is)\s+(?P<share_of>[^?.,;]+)"
    # (the comma after the group may be left out, as on a phone: "out of the 1799 rally applications how many were...")
    r"|^\s*(?:of|out of|among) (?:the |those |these |all )?(?:[\d,.]+\s+)?(?P<group>[^,?]+?),?\s*how many\s+"
    r"(?:of\s+(?:them|those|these)\s+)?(?:(?P<copula>were|are|was|is)\s+)?"
    r"(?!(?:did|do|does|have|has|had|will|would|can|could)\b)(?P<after>[^?.;]+)"
    # "the 725 returned - how many were adult women?": a group of people, after the total named before
    r"|\bhow many (?:were|are|was|is)\s+(?P<people>(?:[a-z]+\s+)?(?:women|men|children|girls|boys|minors|juveniles"
    r"|foreigners|migrants)\b)"
    # "How many suicides in prisons between 2016 and 2024 involved women?": the women, not all the suicides
    r"|\bhow many\s+(?!of\b)[^?.;]+?\s+(?:involved|concerned)\s+(?P<involved>(?:[a-z]+\s+)?(?:women|men|children"
    r"|girls|boys|minors|juveniles|foreigners|migrants)\b)",
    re.IGNORECASE,
)


_SUBSET_RU = re.compile(
    r"(?<![\w-])сколько\s+из\s+[^?.;]+?\s+(?:был[иоа]?|являл\w*|составля\w*|оказал\w*|касал\w*)\s+(?P<subset>[^?.,;]+)"
    # "сколько случаев членовредительства в 2023 году приходится на женщин?", "сколько из 1268 случаев пришлось на
    # женщин?": the women, "из" or not
    r"|(?<![\w-])сколько\s+[^?.;]+?\s+(?:пришл|приход)\w*\s+на\s+(?P<on>[^?.,;]+)"
    # "сколько из 543 профсоюзов независимые?": the part named last, with no verb
    r"|(?<![\w-])сколько\s+из\s+(?:\d[\d\s,.]*\s+)?[а-яё-]+\s+(?:[—–-]\s+)?"
    r"(?P<last>[а-яё-]+(?:ые|ие|ых|их|ый|ий|ой|ая|яя|ое|ее))\s*[?.!]*\s*$",
    re.IGNORECASE,
)


SHARE_OF_WORDS = 3  # at most this many words after "what percentage of the X were": a group's name, not a clause


def subset_asked(question: str, corpus: CorpusNames) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of the part of a group a figure question counts, each with the word starts that show it ("How many
    of the 238 people killed in January 2022 were children?" -> children; "killed by torture" also shows as "died"):
    the sentence giving the figure must show most of them, not only the group's total. Not when it is a second
    question after a first count ("..., and how many of them were women?"). Of what was done to them ("Of the 29
    women deputies, how many sit in the Senate?") only the names: the rest is a paraphrase as often as not ("how
    many actually got jail time?")."""
    if has_cyrillic(question):
        match = _SUBSET_RU.search(question)
        return tuple(_subject_words(match.group("subset") or match.group("on") or match.group("last"))) if match else ()
    match = _SUBSET_EN.search(question)
    first = re.search(r"\bhow many\b", question, re.IGNORECASE)
    if match is None or (first is not None and first.start() < match.start()):
        return ()  # "How many prisoners took their own lives, and how many of them were women?": two questions
    if match.group("share_of"):  # a group's name: "were minors", not "are actually filled", nor a clause ("were
        # people cut off from all contact, i.e. held incommunicado"), which a figure's sentence may well paraphrase
        words = re.findall(r"[A-Za-z][\w'’-]*", match.group("share_of"))
        if len(words) > SHARE_OF_WORDS:
            return ()
        return _shown_by([word for word in words if not word.endswith(("ly", "ed"))], corpus)
    subset = match.group("subset")
    if subset:  # "how many of the people that were sentenced for ... were women": the part after the last verb
        subset = re.split(r"\b(?:were|are|was|is)\s+", subset)[-1]
    part = subset or match.group("people") or match.group("involved") or match.group("after")
    words = re.findall(r"[A-Za-z][\w'’-]*", _without_glosses(part))
    if match.group("after") and not match.group("copula"):
        words = [word for word in words if word[0].isupper()]
    if len(words) > 1 and words[-1].lower() in _IN_CUSTODY:
        # "how many were female inmates", of suicides in the penal system: the women among them; who they all are
        # is the group's ("189 cases of suicide at institutions of the penal correction system. Of those cases, ...
        # 4 had involved women")
        words = words[:-1]
    shown = _shown_by(words, corpus)
    # "how many were people aged 36 to 45": their age, not that they are people ("23 persons aged 36–45 years")
    return tuple(word for word in shown if not set(word[1]) & PEOPLE_COUNTED) or shown


# Who a group counted in custody all are, as a question names them after what sets a part of them apart
_IN_CUSTODY = frozenset("inmates prisoners detainees convicts".split())


def subset_group(question: str, corpus: CorpusNames) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The group an English "Of the X, how many ...?" question counts a part of ("Of the 29 women deputies in
    Parliament": women, deputies; not the names, which other counts share), as subset_asked gives words: the
    figure's sentence must show one."""
    match = _SUBSET_EN.search(question)
    if match is None or not match.group("group") or has_cyrillic(question):
        return ()
    return _shown_by(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", match.group("group")), corpus)  # not its names


def _shown_by(words: Sequence[str], corpus: CorpusNames) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each word the corpus uses in some form, with the word starts that show it (its _SAME_COUNT family)."""
    shown = []
    for word in words:
        if countries_in(word):  # "what share of judges are female in kazakhstan": where they are, no part of them
            continue
        if word.lower() in STOPWORDS or not (forms := terms(word)) or not _known_form(word.lower(), corpus):
            continue  # a word the corpus never uses ("kids" for children) is a paraphrase the relevance checks judge
        family = _same_count(forms[0]) or frozenset(forms)
        shown.append((word, tuple(sorted(family))))
    return tuple(shown)


# A Russian verb or short participle by its ending ("покончили", "получают", "признаны", "зарегистрировано"): the
# word after what a "сколько" question counts, when it says what happened to them, and where what is counted ends
# ("сколько дел о пытках зарегистрировано" counts cases of torture, not registrations)
_VERB_RU = re.compile(r"(?:ли|ла|ло|ют|ут|ет|ят|ит|ть|ся|сь|ны|ано|ана|ено|ена)$")


_NOW_RU = frozenset({"сейчас", "щас", "ныне", "теперь", "уже", "ещё", "еще", "всего", "вообще"})


def counted_event_ru(question: str, counted: str) -> tuple[tuple[str, ...], ...]:
    """The English words of what happened to what a Russian "сколько" question counts, when a verb right after the
    counted word names it ("Сколько заключённых покончили с собой" -> suicide): a figure's sentence that shows it
    ("189 cases of suicide at institutions of the penal correction system") counts them, though it does not name
    prisoners. None for a complement ("отказники от военной службы") or another noun ("коррупционных дел ... суды")."""
    # (an adverb between them is no part of it: «скока журналистов щас сидит», held in prison now)
    words = [word for word in question.split() if word.strip(",.?!").lower() not in _NOW_RU]
    at = next((i for i, word in enumerate(words) if word.strip(",.?!").lower() == counted.lower()), None)
    if at is None or at + 1 >= len(words) or not _VERB_RU.search(words[at + 1].strip(",.?!")):
        return ()
    window = " ".join(words[at + 1 : at + 4])
    found = _subject_words(window)
    return tuple(english for written, english in found if window.startswith(written.split()[0]))


# The English words of a Russian counted word that name people ("жертвам": victims): "325 persons" may count them
_PEOPLE_GLOSS = re.compile(
    r"^(?:victim|person|people|child|minor|juvenile|adolescen|prisoner|inmate|convict|detainee|wom[ae]n|m[ae]n|judge"
    r"|soldier|servicem|officer|official|journalist|migrant|refugee|defender|activist|lawyer|student|citizen"
    r"|foreigner|employee|worker|staff|patient|doctor|teacher|member|parent|girl|boy)",
    re.IGNORECASE,
)


def gloss_names_people(gloss: Sequence[str]) -> bool:
    """Whether a Russian word's English gloss names people ("жертвам": victims), whom "325 persons" may count."""
    return any(_PEOPLE_GLOSS.match(word) for word in gloss)


_ADJECTIVE_RU = re.compile(r"(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им)$")


def counted_directly_ru(question: str, counted: str) -> bool:
    """Whether a Russian "сколько" question counts the word itself, written right after it ("сколько сайтов",
    "сколько оружия"), not a word further on ("сколько дел о пытках": cases are counted) nor what happened
    ("сколько погибло")."""
    lowered = counted.lower()
    # (a noun's "-ений", "-аний" is no adjective's "-ий": "сколько обращений" counts the communications)
    if _VERB_RU.search(lowered) or (_ADJECTIVE_RU.search(lowered) and not lowered.endswith(("ений", "аний"))):
        return False  # "сколько предупредительных писем": the letters are counted, not "warning"
    return re.search(rf"(?<![\w-])сколько\s+{re.escape(counted)}(?![\w-])", question, re.IGNORECASE) is not None


def _known_form(word: str, corpus: CorpusNames) -> bool:
    return all(stem(part) in corpus.stems for part in word.split("-") if part)


# A figure and up to three words after it ("109 persons had", "eight organizations have", "365 female investigators")
_FIGURE_AND_WORDS = re.compile(
    r"(?<![\w.,])(\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million)((?:\s+[A-Za-z][a-z-]*){0,3})",
    re.IGNORECASE,
)


# Words after a figure that make it a sum, a share or a span, not a count of things
_UNITS = frozenset(
    "per percent per-cent hundred thousand million billion tenge dollars euros year years month months week weeks day "
    "days hour hours times".split()
)


# Words for a group that a figure may count them by ("365 female investigators" counts women)
_SAME_GROUP = {"female": "women", "male": "men", "minors": "children", "juveniles": "children"}


# "No journalists or activists had been", "not a single complaint was", "none of the detainees": a count of none
_NONE_OF = re.compile(r"\b(?:no|not\s+(?:a\s+single|one|any)|none\s+of\s+the|zero)\s+((?:[a-z-]+\s+)?[a-z-]+)", re.I)


def counts_none(text: str, counted: Sequence[str]) -> bool:
    """True when the text says that none of what is counted was ("No journalists or activists had been prosecuted
    for libel": none, for "how many journalists were prosecuted for libel?"), what is counted within two words of
    the "no" ("no evidence that journalists ..." is none of them): a count of zero, which answers."""
    return any(
        all(names_counted(set(terms(match.group(1))), part) for part in counted) for match in _NONE_OF.finditer(text)
    )


def _words_name(words: Sequence[str], counted: str, starts: bool) -> bool:
    """True when the words name what is counted: each word of it ("five working days": "working days"), by its stem
    or, with `starts` (the glossary's word starts a Russian count is read in), as a start ("four children": "child")."""
    shown = {term for word in words for term in terms(word)}
    return all(
        names_counted(shown, part) or (starts and any(word.startswith(part) for word in words))
        for part in counted.lower().split()
    )


def counts_another(sentence: str, counted: Sequence[str], people: bool = False, starts: bool = False) -> bool:
    """True when every figure of the sentence is directly of something else than what is counted: "109 persons had
    registered as conscientious objectors" is no count of the groups of "How many groups have courts banned?", though
    the sentence names religious groups. A figure standing alone ("and 7 in 2023"), of a unit ("45 per cent") or of
    the thing counted ("eight organizations" for organizations), or of the cases of the thing named just before it
    ("fines in 66 cases"), may count it. With `people` (the question counts people, persons or individuals) a figure
    of persons or people counts them; with `starts`, what is counted is the glossary's word starts (a Russian
    question's), which a word shows by starting with one."""
    text = _NUMBERED_NAME.sub(" ", _REFERENCES.sub(" ", _DATES.sub(" ", without_document_symbols(sentence))))
    matches = list(_FIGURE_AND_WORDS.finditer(text))
    if not matches:
        return False
    for match in matches:
        written = match.group(2).lower().split()
        window = [_SAME_GROUP.get(word, word) for word in written]
        if not window or window[0] in STOPWORDS or window[0] in _UNITS:
            return False
        if any(_words_name(written, part, starts) for part in counted):
            return False  # "29 minors" for minors, as written (the group they belong to is children)
        if set(terms(window[0])) & _CASES:  # "fines in 66 cases": the cases of what is counted just before
            before = re.findall(r"[a-z][a-z-]*", text[max(0, match.start() - 30) : match.start()].lower())[-3:]
            if any(_words_name(before, part, starts) for part in counted):
                return False
        if any(_words_name(window, part, starts) for part in counted):
            return False
        head = next((w for w in window if w.endswith(_PLURAL_ENDINGS) and not w.endswith(_NOT_PLURAL_ENDINGS)), None)
        if head is None or (people and set(terms(head)) & GENERIC_COUNTED):
            return False
        if set(terms(head)) & GENERIC_COUNTED - _CASES and _named_soon_after(text[match.end() :], counted):
            return False  # "109 persons had registered as conscientious objectors": the persons are the objectors
    return True


PERSONS_NAMED_WITHIN = 6  # words after "N persons" in which what they are may follow ("had registered as objectors")


def _named_soon_after(text: str, counted: Sequence[str]) -> bool:
    """True when what is counted is named within a few words, before any other figure: who the persons of a figure
    are ("109 persons had registered as conscientious objectors in 2024")."""
    words = re.findall(r"[A-Za-z][a-z-]*|\d[\d,.]*", text)[:PERSONS_NAMED_WITHIN]
    for word in words:
        if word[0].isdigit():
            return False
        if any(names_counted(set(terms(word)), part) for part in counted):
            return True
    return False


def names_counted(text_terms: set[str], counted: str) -> bool:
    """True when a paragraph's terms name what is counted (each part of "self-harm"), or a word for the same event
    ("killed" for "died")."""
    for part in (part for part in counted.lower().split("-") if part):
        part_stem = stem(part)
        family = (_same_count(part_stem) or frozenset({part_stem})) | _ALSO_COUNTED.get(part_stem, frozenset())
        family |= {stem(other) for other in reworded(part)}
        if not family & text_terms:
            return False
    return True


_BRITISH_ENDING = re.compile(r"(?<=[a-z]{3})is(?=ations?$|ed$|es$|ing$|e$)")


def _one_spelling(word: str) -> str:
    """The -ize spelling of an -ise word ("organisations" -> "organizations"): UN documents write -ize."""
    return _BRITISH_ENDING.sub("iz", word)


_ACT_ENDING = re.compile(r"[a-z]*(?:ments?|ions?)")  # after the stem: "inspec" + "tions"
_AGENT_ENDING = re.compile(r"[a-z]{0,2}(?:ors?|ers?|ists?|ants?|ees?)")  # "inspec" + "tors"


def written_as_counted(text: str, counted: str) -> bool:
    """False when the only words of the text sharing the counted word's stem are another noun, of an act: "5,533
    judgments" counts no judges, "1,894 inspections" no inspectors (the stems are the same), nor does an adjective:
    "legal and psychological assistance ... in 36 criminal cases" counts no psychologists. A form of the word
    itself ("judge", "judges"), a verb ("detect" for "detectives", "convicted" for "convictions"), a place ("189 cases
    of suicide ..., 118 of which had occurred in prisons" counts prisoners) or no such word at all is judged by
    names_counted; so is a word with a _SAME_COUNT family ("died" for "killed") or of several parts ("self-harm").
    The other way, acts counted are not their agents: "331 labour inspectors" count no inspections."""
    word = _one_spelling(counted.lower())
    if "-" in word or not word.isalpha() or _same_count(stem(word)) is not None:
        return True
    if word.endswith("ies"):
        base = word[:-3]  # "deputies": deputy, deputies
    elif re.search(r"(?:ss|x|ch|sh)es$", word):
        base = word[:-2]  # "witnesses": witness
    else:
        base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word  # "judges": judge, judge's
    root = stem(word)
    forms = [_one_spelling(form) for form in re.findall(r"[a-z]+", text.lower()) if stem(form) == root]
    if not forms or any(form.startswith(base) for form in forms):
        return True
    if _ACT_ENDING.fullmatch(word[len(root) :]):  # acts counted: "331 inspectors" count no inspections
        agents = any(_AGENT_ENDING.fullmatch(form[len(root) :]) for form in forms)
        return not agents or any(_ACT_ENDING.fullmatch(form[len(root) :]) for form in forms)
    return not any(re.fullmatch(r"[a-z]*(?:ments?|ions?|ical|ic)", form[len(root) :]) for form in forms)


# ---------------------------------------------------------------- a list asked for: "which eight organisations"

_NUMBER_VALUES_EN = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
# Russian number words by their stems (any case: "девяти", "семь", "восьми")
_NUMBER_STEMS_RU = (
    ("дв", 2), ("тр", 3), ("четыр", 4), ("пят", 5), ("шест", 6), ("сем", 7), ("восем", 8), ("восьм", 8),
    ("девят", 9), ("десят", 10),
)  # fmt: skip
_COUNT_EN = r"(?P<count_en>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d)"
_COUNT_RU = (
    r"(?P<count_ru>дв(?:а|е|ух|ум|умя)|тр(?:и|[её]х|[её]м|емя)|четыр\w*|пят(?:ь|и|ью)|шест(?:ь|и|ью)|сем(?:ь|и|ью)"
    r"|вос(?:емь|ьми|емью)|девят(?:ь|и|ью)|десят(?:ь|и|ью)|[2-9]|[1-9]\d)"
)
# "Which eight organisations...", "List the 27 recommendations", "Name the three types of cancer", "В каких девяти
# регионах", "Какие восемь организаций", "Где расположены семь гауптвахт", "Перечислите пять новых тюрем": the
# things counted are asked for by name, not their number
_LIST_ASKED = re.compile(
    rf"^\s*(?:(?:in|at|of|from|for|to|on)\s+)?(?:which|what\s+are|list|name|identify)\s+(?:all\s+)?(?:the\s+)?"
    rf"{_COUNT_EN}\s+(?P<counted>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}})"
    rf"|^\s*(?:(?:в|на|из|о|об|для|по|у)\s+)?(?:как(?:ие|их|им|ими|ое|ая|ой|ую)|перечисл\w*|назов\w*|где\s+"
    rf"(?:расположен\w*|находят\w*|наход\w*|построят|строят|откро\w*))\s+(?:все\s+|эти\s+)?"
    rf"{_COUNT_RU}\s+(?P<counted_ru>[а-яё][\w-]*(?:\s+[а-яё][\w-]*){{0,3}})",
    re.IGNORECASE,
)


_LIST_NOUN_ENDS = frozenset(
    "are were have has had did does do is was will would can could that which who whose in at to for by "
    "в во на о об по за для с со у из к при".split()
)


def list_asked(question: str) -> tuple[str, int] | None:
    """The things a question asks for by name, with how many it says there are: "Which eight organisations have the
    courts designated as extremist?" -> ("eight organisations", 8). A passage that gives their number and does not
    name them (names_listed) does not answer it."""
    match = _LIST_ASKED.search(question)
    if match is None:
        return None
    written = match.group("count_en") or match.group("count_ru")
    count = written.lower()
    # what is counted, up to the verb or a preposition's complement: "three types of cancer", "девяти регионах"
    words = (match.group("counted") or match.group("counted_ru")).split()
    kept = itertools.takewhile(
        lambda word: word.lower() not in _LIST_NOUN_ENDS and not word[0].isupper() and not _VERB_RU.search(word),
        words[1:],
    )
    counted = " ".join([words[0], *kept])
    if count.isdigit():
        value = int(count)
    elif count in _NUMBER_VALUES_EN:
        value = _NUMBER_VALUES_EN[count]
    else:
        value = next(number for start, number in _NUMBER_STEMS_RU if count.startswith(start))
    return f"{written} {counted}", value


# What follows a count that names the things counted: "two offences, namely ...", "2 national associations (the
# Spiritual Administration of Muslims ...", "the following three: ...", "such as", "including", a dash
_NAMES_FOLLOW = re.compile(
    r"^[^.;]*?(?::|\bnamely\b|\bi\.e\.|\bsuch as\b|\bincluding\b|\(\s*(?:the\s+)?[A-Z“\"]|\s[–—]\s)"
)


@functools.cache
def _count_written(count: int) -> re.Pattern[str]:
    """A count as a paragraph writes it, in digits or in words ("8", "eight")."""
    words = [word for word, value in _NUMBER_VALUES_EN.items() if value == count]
    return re.compile(rf"(?<![\w,.]){count}(?![\w,.]\d)|\b(?:{'|'.join(words) or 'no such word'})\b", re.IGNORECASE)


_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
LISTED_ITEM_WORDS = 6  # the most words of a thing named in a list
_LIST_OPENER = re.compile(r":|\bnamely\b|\bsuch as\b|\bincluding\b|\bin particular\b", re.IGNORECASE)


def lists_unnumbered(text: str, count: int) -> bool:
    """Whether the text lists `count` things without giving their number: "including forced abortion and forced
    sterilization" for two (items after "including", "namely", "such as" or a colon, parted by commas, "and", "or")."""
    for opener in _LIST_OPENER.finditer(text):
        listed = re.split(r"[.;]", text[opener.end() :], maxsplit=1)[0]
        items = [item for item in _ITEM_BREAK.split(listed) if item.strip()]
        # things named, not clauses: "applications concerning a name change by such an organization, and ..." lists
        # no organizations
        if len(items) >= count and all(len(item.split()) <= LISTED_ITEM_WORDS for item in items[:count]):
            return True
    return False


def names_listed(paragraph: str, count: int) -> bool | None:
    """Whether the paragraph names the things a list question counts, where it gives their number (`count`, in
    digits or words): True when a list follows the number in its sentence; False when the number stands there
    alone ("eight organizations have been designated as extremist"); None when the paragraph does not give it."""
    given = False
    for sentence in split_sentences(paragraph):
        for match in _count_written(count).finditer(sentence.text):
            given = True
            if _NAMES_FOLLOW.search(sentence.text[match.end() :]):
                return True
    return False if given else None
