"""Text utilities the answering layer shares: the question's language, content terms and their corpus weights, the
cues of a question that asks for a figure or a reason or names an acronym, and of a
sentence that gives a reason or goes on from the one before it, and whether a word is one of general English."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from prepbot.core.records import Paragraph

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en", distance=1).word_frequency.keys())


def english_word(word: str) -> bool:
    """True when the lower-case word is one of general English: pyspellchecker's English word list (160,572 words
    of film subtitles, misspellings dropped), which knows "castration", "smelter", "refrained", not "delegtion"."""
    return word.lower() in _english_words()


def has_cyrillic(text: str) -> bool:
    """True when the text has any Cyrillic letter (a Russian word or name)."""
    return _CYRILLIC.search(text) is not None


# Russian as typed in chats, and the words the glossary and the question cues read ("скока погибло" -> "сколько"); the
# other cases of "сколько" ("Скольким наблюдателям отказали", "за сколькими учреждениями") ask the same
CHAT_RUSSIAN = {
    "скольких": "сколько", "скольким": "сколько", "сколькими": "сколько",
    "скока": "сколько", "скоко": "сколько", "скок": "сколько", "скоька": "сколько", "сколко": "сколько",
    "сколька": "сколько",
    "чо": "что", "чё": "что", "че": "что", "шо": "что",
    "щас": "сейчас", "ща": "сейчас", "ваще": "вообще", "тока": "только", "када": "когда", "кагда": "когда",
    "грят": "говорят", "грит": "говорит", "нету": "нет", "седня": "сегодня", "сёдня": "сегодня", "чтоли": "что ли",
    "штоли": "что ли", "пжлст": "пожалуйста", "плз": "пожалуйста", "пж": "пожалуйста",
    "кз": "казахстан",  # "сколько нпо в кз?": the State, by the name the checks and the search read
}  # fmt: skip
# English as typed on a phone: "wat is the amount ..." asks for a figure as "what is" does; only words with no other
# reading in these documents
CHAT_ENGLISH = {
    "wat": "what", "wht": "what", "wut": "what", "whats": "what is", "hw": "how", "howmany": "how many",
    "wen": "when", "ppl": "people", "govt": "government", "abt": "about", "thru": "through",
    "pls": "please", "plz": "please", "cuz": "because", "becuz": "because", "recs": "recommendations",
}  # fmt: skip
CHAT_SPELLINGS = CHAT_RUSSIAN | CHAT_ENGLISH
_CHAT_SPELLINGS = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(CHAT_SPELLINGS)})(?![\w'’-]|\.\w)", re.IGNORECASE)
# The bodies' and the subjects' acronyms as typed on a phone, in lower case ("what gap did cedaw find", "did cerd
# recommend", "crpd recs", "сколько нко зарегистрировано"), which the checks for bodies and shorthand read in
# capitals: not "cat" nor "who", English words, nor "un", which the sides' own patterns read in any case
TYPED_ACRONYMS = frozenset(
    """cedaw cerd crpd cescr ccpr crc cmw ced spt ohchr unhcr unicef unesco undp unfpa unodc upr npm nhri iccpr icescr
    opcat uncat ilo osce odihr knb gbv msm hrd hrds cso csos cctv lgbt lgbti lgbtiq
    нпо нко оон мвд кнб нпм вич лгбт""".split()
)
_TYPED_ACRONYM = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(sorted(TYPED_ACRONYMS))})(?![\w'’-])", re.IGNORECASE)


# "art 428", "arts. 5 and 6": an article by its number, as the documents write it ("article 428")
_ARTICLE_SHORT = re.compile(r"(?<![\w'’.-])(?P<art>arts?)\.?\s+(?=\d)", re.IGNORECASE)


# A request typed before the question, up to a colon: "Дай точную формулировку: как государство ...?", "For the
# briefing: what ...?", "Подготовь сопоставление: ...". What it asks for is how to answer, not what to look for.
_REQUEST = re.compile(
    r"^\s*(?:(?:please\s+)?(?:give|send|prepare|draft|find|show|quote|list|summari[sz]e)\b[^:?]{0,40}"
    r"|for (?:the|my|our|a) (?:briefing|brief|note|memo|meeting|pack|talking points)\b[^:?]{0,30}"
    r"|(?:quick(?:ly)?|briefly|in short|remind me|tell me)\b[^:?]{0,20}"
    r"|(?:дай|дайте|подготовь|подготовьте|нужн\w*|найди|найдите|покажи|покажите|сделай|сделайте|процитируй\w*"
    r"|перечисли\w*|для (?:справки|брифинга|записки|встречи)|скажи|скажите|подскажи|подскажите|напомни|напомните"
    r"|коротко|кратко|вкратце)(?![\w-])[^:?]{0,40}):\s+(?=\S)",
    re.IGNORECASE,
)
REQUEST_LEFT_WORDS = 3  # the shortest question left once a request before it is taken off


def without_request(question: str) -> str:
    """The question without a request typed before it up to a colon ("Дай точную формулировку: как государство
    описывает ...?" -> "как государство описывает ...?"), when REQUEST_LEFT_WORDS words or more are left."""
    match = _REQUEST.match(question)
    if match is None or len(question[match.end() :].split()) < REQUEST_LEFT_WORDS:
        return question
    return question[match.end() :]


# What the question sets aside, in a clause of its own: "Leaving UNAIDS aside, which ...", "The Global Fund aside,
# ...", "Apart from the NPM, who else ...", "Unlike Kyrgyzstan, Kazakhstan has not ...", "Кроме выплат из Фонда, ...",
# "Which places, other than prisons, did CAT name?". It names what is not asked about: the passages need not show it.
_ASIDE_FIRST = re.compile(
    r"\s*(?:(?:leaving|setting|putting|laying)\s+[^,?:;—–]{1,60}?\s+aside"
    # "The Global Fund aside," (not a question: "How many places did Almaty set aside, and ...?")
    r"|(?!(?:how|what|which|who|whom|whose|when|where|why|is|are|was|were|did|does|do|has|have|had|can|could|will"
    r"|would|should)\b)(?:[\w'’.-]+\s+){1,5}aside"
    r"|(?:aside|apart)\s+from\s+[^,?:;—–]{1,60}|besides\s+[^,?:;—–]{1,60}|other\s+than\s+[^,?:;—–]{1,60}"
    r"|unlike\s+[^,?:;—–]{1,60}|in\s+contrast\s+to\s+[^,?:;—–]{1,60}"
    r"|(?:кроме|помимо|не\s+считая|если\s+не\s+считать|за\s+исключением|в\s+отличие\s+от|оставив\s+в\s+стороне"
    r"|отвлекаясь\s+от)\s+[^,?:;—–]{1,60})\s*[,—–]\s*(?=\S)",
    re.IGNORECASE,
)
_ASIDE_WITHIN = re.compile(
    r",\s*(?:apart\s+from|aside\s+from|besides|other\s+than|кроме|помимо|не\s+считая|за\s+исключением)"
    r"\s+[^,?:;()—–]{1,60},\s*",
    re.IGNORECASE,
)


def without_aside(question: str) -> str:
    """The question without what it sets aside in a clause of its own ("Leaving UNAIDS aside, which order ...?" ->
    "which order ...?", also after a request typed before it; "Which places, other than prisons, did CAT name?" ->
    "Which places did CAT name?"), when REQUEST_LEFT_WORDS words or more are left."""
    left = _ASIDE_WITHIN.sub(" ", question)
    request = _REQUEST.match(left)
    start = request.end() if request else 0
    if (match := _ASIDE_FIRST.match(left, start)) is not None:
        left = left[:start] + left[match.end() :]
    return left if len(left.split()) >= REQUEST_LEFT_WORDS else question


def spelled_out(question: str) -> str:
    """The question with chat spellings written out, Russian and English ("делегация чо сказала... скока отказали"
    -> "что", "сколько"; "wat is the amount" -> "what is"; "art 428" -> "article 428"), which the question cues and
    the glossary read; a capital kept; and the acronyms typed in lower case in capitals (TYPED_ACRONYMS: "cedaw" ->
    "CEDAW")."""

    def spell(match: re.Match[str]) -> str:
        word = CHAT_SPELLINGS[match.group(0).lower()]
        return word.capitalize() if match.group(0)[0].isupper() else word

    def article(match: re.Match[str]) -> str:
        word = "articles " if match.group("art").lower() == "arts" else "article "
        return word.capitalize() if match.group("art")[0].isupper() else word

    written = _ARTICLE_SHORT.sub(article, _CHAT_SPELLINGS.sub(spell, question))
    return _TYPED_ACRONYM.sub(lambda match: _upper_acronym(match.group(0)), written)


def _upper_acronym(word: str) -> str:
    """An acronym in capitals, its plural "s" kept small ("csos" -> "CSOs", "hrds" -> "HRDs")."""
    return word[:-1].upper() + "s" if word.lower() in ("csos", "hrds") else word.upper()


# a Russian word typed in lower case: not a name ("Жилин") in an English question
_RUSSIAN_WORD = re.compile(r"(?<![\w-])[а-яё]{2,}(?![\w-])")


def question_language(text: str) -> str:
    """ "ru" when the text is mostly Cyrillic or has a Russian word in lower case ("Bassim warning letter что
    спросила": the member writes Russian and names things as the documents do), else "en"."""
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    return "ru" if cyrillic > latin or _RUSSIAN_WORD.search(text) else "en"


# Numbers written as words, English and Russian in any case ("трёх", "двух", "восемнадцати", "двухсот") up to 300:
# one word each, the tens with a unit after them making one number ("twenty-five", "двадцати пяти"). The English ones
# are the prose gate's too (verify.py); figures in words (spelled_figures) and changes (with_digits) read both.
NUMBER_WORDS_EN = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_WORD_NUMBERS_RU = (
    (r"дв(?:а|е|ух|ум|умя)", 2), (r"тр(?:и|[её]х|[её]м|емя|ёмя)", 3), (r"четыр(?:е|[её]х|[её]м|ьмя)", 4),
    (r"пят(?:ь|и|ью)", 5), (r"шест(?:ь|и|ью)", 6), (r"сем(?:ь|и|ью)", 7), (r"вос(?:емь|ьми|емью|ьмью)", 8),
    (r"девят(?:ь|и|ью)", 9), (r"десят(?:ь|и|ью)", 10), (r"одиннадцат(?:ь|и|ью)", 11), (r"двенадцат(?:ь|и|ью)", 12),
    (r"тринадцат(?:ь|и|ью)", 13), (r"четырнадцат(?:ь|и|ью)", 14), (r"пятнадцат(?:ь|и|ью)", 15),
    (r"шестнадцат(?:ь|и|ью)", 16), (r"семнадцат(?:ь|и|ью)", 17), (r"восемнадцат(?:ь|и|ью)", 18),
    (r"девятнадцат(?:ь|и|ью)", 19), (r"двадцат(?:ь|и|ью)", 20), (r"тридцат(?:ь|и|ью)", 30), (r"сорок(?:а)?", 40),
    (r"пят(?:ьдесят|идесяти|ьюдесятью)", 50), (r"шест(?:ьдесят|идесяти|ьюдесятью)", 60),
    (r"сем(?:ьдесят|идесяти|ьюдесятью)", 70), (r"вос(?:емьдесят|ьмидесяти|емьюдесятью)", 80),
    (r"девяност(?:о|а)", 90), (r"ст(?:о|а)", 100), (r"дв(?:ести|ухсот|умстам|умястами|ухстах)", 200),
    (r"тр(?:иста|[её]хсот|[её]мстам|емястами|[её]хстах)", 300),
)  # fmt: skip
_NUMBER_WORD = "|".join(
    [*sorted(NUMBER_WORDS_EN, key=len, reverse=True), *(pattern for pattern, _ in _WORD_NUMBERS_RU)]
)
# a number word after a word that ties a figure to a change or a span: "cut from four years to three", "с трёх
# месяцев до двух", "выросло до восемнадцати", "в пять раз"; not "two sides", "one of", "пять лет назад"
_CHANGE_NUMBER = re.compile(
    rf"(?<![\w-])(?P<tie>from|to|by|с|со|до|от|на|в)\s+(?P<words>(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))?)"
    r"(?![\w-])",
    re.IGNORECASE,
)


# "5k", "5 тыс.", "2 млн": a figure and its multiplier
_MULTIPLIED = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(k|K|thousand|million|тыс\.?|тысяч\w*|млн\.?|миллион\w*)(?![\w])"
)
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000,
           "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000}  # fmt: skip
_NUMBER_JOINER = re.compile(r"[\s-]*(?:and\s+)?")
# (and a Russian number in another case: "более десяти тысяч")
_SPELLED_NUMBER = re.compile(
    r"\b(?:"
    + "|".join([*sorted({*NUMBER_WORDS_EN, *_SCALES}, key=len, reverse=True), *(p for p, _ in _WORD_NUMBERS_RU)])
    + r")\b",
    re.IGNORECASE,
)


def spelled_figures(text: str, counted_only: bool = False) -> list[str]:
    """Figures written with words: "five thousand" (5000), "5k", "пять тысяч", "twenty-two"; a lone small number word
    ("two sides") is no figure. Canonical digits (the prose gate's figures, verify.py, and the documents' and the
    questions' values, figures.figure_values). `counted_only`: a number counted in hundreds, thousands or millions
    only ("more than ten thousand", "десяти тысяч"; not "a thousand", "several hundred", "twelve")."""
    found: list[str] = []
    for match in _MULTIPLIED.finditer(text):
        scale = 1000 if match.group(2).lower().startswith(("k", "thousand", "тыс")) else 1_000_000
        multiplied = float(match.group(1).replace(",", ".")) * scale
        found.append(str(int(multiplied)) if multiplied == int(multiplied) else str(multiplied))
    runs: list[list[str]] = []  # number words written together: "five thousand", "twenty-two", "two hundred and ten"
    last_end: int | None = None
    for match in _SPELLED_NUMBER.finditer(text):
        if last_end is not None and _NUMBER_JOINER.fullmatch(text[last_end : match.start()]):
            runs[-1].append(match.group(0).lower())
        else:
            runs.append([match.group(0).lower()])
        last_end = match.end()
    if counted_only:
        runs = [run for run in runs if any(w in _SCALES for w in run) and any(w not in _SCALES for w in run)]
    return found + [str(value) for run in runs if (value := _words_value(run)) is not None]


def _words_value(words: list[str]) -> int | None:
    total, current, scaled = 0, 0, False
    for word in words:
        if word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
            scaled = True
        else:
            current += _word_value(word) or 0
    value = total + current
    return value if scaled or value > 10 else None


def _word_value(word: str) -> int | None:
    lowered = word.lower()
    if lowered in NUMBER_WORDS_EN:
        return NUMBER_WORDS_EN[lowered]
    return next((value for pattern, value in _WORD_NUMBERS_RU if re.fullmatch(pattern, lowered)), None)


def with_digits(text: str) -> str:
    """The text with the numbers it writes as words after a word tying them to a change or a span in digits: "cut
    from four years to three" -> "cut from 4 years to 3", "с трёх месяцев до двух" -> "с 3 месяцев до 2", "выросло
    до восемнадцати" -> "выросло до 18". Figures are read from digits; these are figures too."""

    def digits(match: re.Match[str]) -> str:
        values = [_word_value(word) for word in re.split(r"[\s-]+", match.group("words"))]
        if any(value is None for value in values):
            return match.group(0)
        first = values[0] or 0
        if len(values) == 2 and not (first >= 20 and first % 10 == 0 and (values[1] or 0) < 10):
            return f"{match.group('tie')} {first} " + match.group("words").split(None, 1)[-1]  # two numbers, not one
        return f"{match.group('tie')} {sum(value or 0 for value in values)}"

    return _CHANGE_NUMBER.sub(digits, text)


STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between both
    but by can could did do does doing done down during each either else ever every few for from further had has
    have having he her here hers him his how i if in into is it its itself just least less like made make many may
    me might more most much must my no nor not now of off on once one only or other others our out over own per
    same shall she should since so some such than that the their them then there these they this those through
    thus to too under until up upon us very via was we were what when where whether which while who whom whose why
    will with within without would yet you your
    actually any anyone did does ever get gets got give given gives kind say said says tell told want wanted know
    known way ways really whatever mr ms mrs anything something everything anybody somebody everybody
    regarding concerning around towards toward""".split()
)

A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year written in digits ("2022", "in 2019")

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_SUFFIXES = (
    ("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("fulness", "ful"), ("ousness", "ous"),
    ("iveness", "ive"), ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ities", "ity"),
    ("ingly", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ness", ""),
    ("edly", ""), ("ed", ""), ("ers", ""), ("er", ""), ("es", "e"), ("s", ""), ("ly", ""),
)  # fmt: skip


# The past participles in -en that no suffix makes, as their verb: "beaten" is what "beatings" are, "taken" what
# "take" is
_IRREGULAR = {
    "beaten": "beat", "taken": "take", "given": "give", "written": "write", "thrown": "throw", "shown": "show",
    "chosen": "choose", "driven": "drive", "forbidden": "forbid", "hidden": "hide", "stolen": "steal",
    "spoken": "speak", "broken": "break", "fallen": "fall", "risen": "rise", "grown": "grow", "drawn": "draw",
    "undertaken": "undertake", "withdrawn": "withdraw",
}  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer for matching question words to sentence words (not linguistics): an irregular past
    participle as its verb ("beaten" -> "beat"), up to two common suffixes off, then at most 6 letters ("voters"/"voted"
    -> "vot", "prisoners"/"prison" -> "prison")."""
    word = _IRREGULAR.get(word, word)
    if not word.isalpha() or len(word) <= 3 or not word.isascii():
        return word
    for _ in range(2):
        for suffix, replacement in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                if suffix == "s" and word.endswith(("ss", "us", "is")):
                    break
                word = word[: len(word) - len(suffix)] + replacement
                break
        else:
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # "torture"/"tortur(ed)", "increase"/"increas(ing)"
    return word[:6]


PERCENT = re.compile(r"%|\bper\s*cent(?:age)?s?\b|\bpercent(?:age)?s?\b", re.IGNORECASE)


def capitalised(text: str) -> str:
    """The text with its first letter in upper case ("г-н Сантос Паис не выступает..." -> "Г-н ..."), the rest as is."""
    return text[:1].upper() + text[1:]


def terms(text: str) -> list[str]:
    """Content terms of a text: lowercased, stopwords dropped, stemmed; numbers kept whole ("77.18");
    "%", "per cent", "percentage" all become "percent"."""
    text = PERCENT.sub(" percent ", text.lower())
    result = []
    for token in _TOKEN.findall(text):
        if token in STOPWORDS or (len(token) == 1 and not token.isdigit()):
            continue
        result.append(token if token == "percent" else stem(token))
    return result


# the words that frame what someone said, not what it was about
SAYING_TERMS = frozenset(
    terms(
        "ask asked say said tell told mention raise raised question questions speak spoke talk want wish know wonder"
        " respond responded reply replied answer answered react reacted concern concerns recommend recommended"
        " recommendation recommendations urge urged"
    )
)


class TermWeights:
    """Inverse document frequency of terms over the corpus paragraphs (rarer words count more)."""

    def __init__(self, paragraphs: Iterable[Paragraph]) -> None:
        document_frequency: Counter[str] = Counter()
        count = 0
        for paragraph in paragraphs:
            count += 1
            document_frequency.update(set(terms(paragraph.text)))
        self.count = max(count, 1)
        self._idf = {term: math.log((self.count + 1) / (df + 0.5)) for term, df in document_frequency.items()}
        self.unknown = math.log((self.count + 1) / 0.5)

    def idf(self, term: str) -> float:
        return self._idf.get(term, self.unknown)

    def known(self, term: str) -> bool:
        return term in self._idf


def paragraph_terms(paragraph: Paragraph) -> set[str]:
    """Content terms of a paragraph with its speaker and section heading (they say what it is about)."""
    extra = " ".join(filter(None, [paragraph.speaker or "", paragraph.section or ""]))
    return set(terms(paragraph.text)) | set(terms(extra))


_FACT_QUESTION = re.compile(
    r"\b(how (many|much|often|long|large|big|old)|what (percentage|share|proportion|number|amount|age|year|date)|"
    r"when|which year|how large|number of|statistic|figure|percent|per cent)\b|^(сколько|когда)|\bсколько\b|"
    r"\bс какого возраста\b|\bв каком году\b|%",
    re.IGNORECASE,
)
HAS_FIGURE = re.compile(r"\d")
# A sentence that only points elsewhere: "Information ... is contained in the reply to the issues raised in
# paragraph 14", "See paragraphs 12-15 above".
POINTER = re.compile(
    r"\b(?:is|are) (?:contained|provided|set out|given|presented|reflected) in (?:the )?(?:reply|replies|paragraphs?|"
    r"section|annex|response)|\b(?:see|refer to) (?:also )?(?:paragraphs?|section|annex)\b|\breferred to in "
    r"paragraphs? \d|\bas (?:indicated|stated|noted|described) in paragraphs? \d",
    re.IGNORECASE,
)


# A sentence that asks for information rather than gives it: a Committee member's question ("he would be interested
# to know whether there were any plans to abolish the register"), a list of issues' request ("Please indicate ...")
REQUEST = re.compile(
    r"\b(?:would (?:like|be (?:interested|grateful|useful)|appreciate|welcome)|wonder(?:ed|s)?|wish(?:ed)? to know"
    r"|want(?:ed)? to know|asked (?:whether|what|how|why|if)|enquired|inquired)\b|^\s*please\b",
    re.IGNORECASE,
)


def is_fact_question(question: str) -> bool:
    return bool(_FACT_QUESTION.search(question))


# "Which illnesses ...", "what kinds of activity ...", "name the categories", "какие ...", "перечислите": the answer
# names several things, and the sentence that lists them (LISTS) answers it better than one that speaks of them
_WHICH_EN = re.compile(r"\b(?:which|what)((?:\s+[a-z][\w'’-]*){1,3})", re.IGNORECASE)
_NOT_PLURAL = frozenset("does is was has this its us thus plus yes less always sometimes".split())
_ASKS_NAMES = re.compile(
    r"\b(?:list|name|identify)\s+(?:all\s+)?the\b|\bwhat\s+(?:kinds?|types?|sorts?|forms?)\s+of\b"
    r"|(?<![\w-])(?:как(?:ие|их|ими)|перечисл\w*|назов\w*)(?![\w-])",
    re.IGNORECASE,
)
# a sentence that lists: items after a colon or "namely", "such as", "including", or three or more run together
LISTS = re.compile(
    r"(?::|\bnamely\b|\bsuch as\b|\bincluding\b)[^.;]*?,[^.;]*?(?:,|\band\b|\bor\b)"
    r"|(?:[^,;]+[,;]){3,}[^,;]*\b(?:and|or)\b",
    re.IGNORECASE,
)


def asks_which(question: str) -> bool:
    """True when the question asks for several things by name ("Which civil activists does the NGO name?")."""
    if _ASKS_NAMES.search(question):
        return True
    for match in _WHICH_EN.finditer(question):
        for word in match.group(1).split():
            low = word.lower()
            if low in STOPWORDS or low in _NOT_PLURAL:
                break
            if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
                return True
    return False


# "Why ...", "What prompted ...", "How does the government justify ...": the answer is a reason
_ASKS_REASON = re.compile(
    r"\bwhy\b|\bwhat (?:prompted|led to|caused|explains|motivated)\b|\breasons?\b|\bjustif|\bon what grounds\b"
    r"|почему|зачем|по какой причине|на каком основании|обоснов|что (?:побудило|стало причиной)",
    re.IGNORECASE,
)
# a sentence that gives a reason: "because", "due to", "in response to", "..., as extradition was prohibited"
REASON = re.compile(
    r"\b(?:because|due to|owing to|as a result of|in response to|on the grounds?|given that|in order to|so as to|"
    r"justif\w*|reasons?|prompted by|caused by|in view of|in light of|with a view to)\b|, as (?!well\b|such\b)\w",
    re.IGNORECASE,
)
# a sentence that goes on from the one before it: "This authority is now vested in ...", "However, it stressed ..."
CONTINUES = re.compile(
    r"^(?:This|These|That|Those|Such|It|They|He|She|Its|Their|However|Nevertheless|Thus|Therefore|As a result|"
    r"Consequently|Accordingly)\b"
)


def asks_reason(question: str) -> bool:
    """True when the question asks why (in English or Russian)."""
    return bool(_ASKS_REASON.search(question))


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_ACRONYM_SKIP = frozenset("of on and the for against in to at by".split())


def question_acronyms(question: str) -> tuple[str, ...]:
    """Acronyms in the question ("AI", "ICCPR", "CAT"), lowercased."""
    return tuple(sorted({match.group(0).lower() for match in _ACRONYM.finditer(question)}))


def acronym_terms(text: str, acronyms: Sequence[str]) -> set[str]:
    """The acronyms a text spells out: "artificial intelligence" gives "ai", "Committee against Torture" "cat"."""
    if not acronyms:
        return set()
    words = re.findall(r"[A-Za-z]+", text)
    content = [w for w in words if w.lower() not in _ACRONYM_SKIP and len(w) >= 3]
    initials = " " + " ".join(w[0].lower() for w in content) + " "
    found = set()
    for acronym in acronyms:
        if " " + " ".join(acronym) + " " in initials:
            found.add(acronym)
    return found


def join_names(names: Sequence[str], conjunction: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]
