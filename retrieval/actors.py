"""Which actors a question names: the sides (state, committee, un, ngo, and "standard" for the treaty bodies'
general comments), the mechanisms, and the speakers of the summary record. One vocabulary, used by search (to prefer
the named actor's paragraphs) and by the answers (to quote each named side).

Sides and mechanisms are matched case-insensitively, in English and Russian. A speaker is matched by surname, in
Latin letters or typed in Cyrillic with a case ending ("Коркелии" for Mr. Korkelia), by transliteration and a
similarity ratio.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

_KAZAKHSTAN_SAYS_RU = r"(?:говор|сообщ|заяв|утвержда|ответ|счита|объясня|пиш)"  # the country as the State speaking
SIDE_PATTERNS = {
    "state": r"\b(?:delegation|state party|state's|government|govt|gov['’]t|authorities|officials?|ministry"
    # "how does the State describe it and ...", "The State points to ...", "Kazakhstan now touts ..."
    r"|(?:the state|kazakhstan)(?: (?:now|also|still|actually|officially|itself|repeatedly))? (?:say|said|see|claim"
    r"|report|argue|admit|respond|repl|answer|explain|describ|present|portray|characteri[sz]|frame|justif|defend"
    r"|account|point|tout|stress|insist|maintain|cite|note|mention|assert|highlight|emphasi[sz]|acknowledg|concede"
    r"|den(?:y|ie)|boast|contend|told|tell|promis|pledg|reject|dismiss)\w*"
    r"|the state (?:and|vs|versus)|(?:and|vs|versus) the state|state (?:vs|versus)|(?:vs|versus) state"
    r"|the states? (?:account|version|position|narrative|line|view|figures?)s?"  # "the State(s) account of ..."
    r"|according to (?:the )?state"
    # "..., according to the NGOs, compared with the State?" (not "compared with the state of emergency")
    r"|(?:compared|contrasted|set) (?:with|to|against) (?:what )?(?:the )?state(?!\s+of\b)"
    # the reply asked for with no side named: "donders question on AI in courts and what was the answer"
    r"|(?:what|how) (?:was|were|is|are) (?:the|their) (?:answers?|repl(?:y|ies)|responses?)(?!\s+rates?\b)"
    r"|how did (?:they|kz|kaz) (?:answer|reply|respond))\b"
    r"|(?<![\w-])(?:что|как) (?:им |ему |ей |на это )?ответили|(?<![\w-])как\w* (?:был |была )?ответ(?![\w-])"
    r"|\b(?:делегаци|делегат|государств|власт|правительств|официальн|гос-?в[оауе]\b|госорган)"  # "гос-во": the State
    rf"|(?<![\w-])(?:рк|казахстан)\s+{_KAZAKHSTAN_SAYS_RU}"  # "что рк ответила"
    rf"|{_KAZAKHSTAN_SAYS_RU}\w*\s+(?:рк|казахстан)(?![\w-])",  # "что говорит рк"
    "ngo": r"\b(?:ngos?|civil[ -]society|non-governmental|human rights defenders"
    r"|(?:(?:human )?rights|lgbti?q?\+?|women[’']s|disability|advocacy|grassroots) (?:groups?|organi[sz]ations?))\b"
    r"|\b(?:нпо|нко|гражданск\w* обществ|правозащит(?!\w*\s+учрежден)|неправительствен"
    r"|(?:лгбт\w*|женск\w*)[\s-]+организаци)",  # not НПУ, a state body; not "общественные объединения" (a topic)
    "un": r"\b(?:UN|U\.N\.|United Nations|UNCT|UNHCR|UNESCO|UNICEF|OHCHR|UNDP|ILO|special rapporteurs?|UN experts?"
    r"|country team|High Commissioner|(?:UPR )?compilation)\b"  # the UN's compilation for the UPR is its words
    r"|\b(?:ООН|ЮНЕСКО|ЮНИСЕФ|УВКБ|УВКПЧ|спецдокладчик|специальн\w* докладчик|подборк\w*)",
    "committee": r"\b(?:committee|committee members?|CAT|(?:anti-)?torture committee|Chair)\b"
    r"|\b(?:комитет|кпп|председател)"
    # asked with no one named ("What was Kazakhstan asked about ...?", "What data were requested during the
    # dialogue?", "Какие вопросы задавали про ...?"): in a review, the Committee asks
    r"|\b(?:was|were)\s+(?:(?:kazakhstan|kz|the\s+state(?:\s+party)?|the\s+government|the\s+delegation|they|it)\s+)?"
    r"(?:asked|requested)\b(?!\s+by\b)|\bquestions?\s+(?:was|were)\s+(?:asked|put|raised|posed)\b(?!\s+by\b)"
    r"|(?<![\w-])(?:какие|какой)\s+вопрос\w*\s+(?:задавал\w*|задал\w*|был\w*\s+задан\w*)"
    r"|(?<![\w-])(?:что|о\s+ч[её]м)\s+(?:спрашивали|спросили)(?![\w-])",
    # the standards layer: a question about the treaty bodies' general comments / recommendations
    "standard": r"\b(?:general comments?|general recommendations?|GC ?\d+|GR ?\d+|treaty bod(?:y|ies)|standards?"
    r"|(?:treaty|covenant|convention) (?:requires?|obliges?|means)"
    r"|interpretation of (?:the )?(?:article|covenant|convention)"
    r"|(?:does|do) (?:the )?(?:[\w-]+ ){0,4}committees? (?:say|hold|consider|require|recommend|think|want|expect"
    r"|accept|allow|permit))\b"
    r"|(?:замечани\w* общего порядка|общ\w* рекомендаци|договорн\w* орган|стандарт|толковани"
    # (not «Комитет против пыток говорит ...» nor «Что говорит Комитет против пыток ...», which ask what its list of
    # issues says, as "What does the Committee against Torture say ...?" does)
    r"|(?:говорит|считает|требует|рекомендует) комитет(?!\w* против пыток)"
    r"|комитет\w*(?! против пыток)(?: [\w-]+){0,4} (?:говорит|считает|требует|рекомендует))",
}
MECHANISM_PATTERNS = {
    "Committee against Torture": r"Committee against Torture|\bCAT\b|Комитет\w* против пыток|(?<![\w-])КПП(?![\w-])",
    "Human Rights Committee": r"Human Rights Committee|\bCCPR\b|Комитет\w* по правам человека",
    "Universal Periodic Review": r"Universal Periodic Review|\bUPR\b|\bУПО\b|универсальн\w* периодическ\w* обзор\w*",
}
# How a question names a document or mechanism of the corpus ("the UPR compilation", "CAT's list of issues", "the
# summary record"): words that pick the document, not what the answer must say.
DOCUMENT_NAMES = re.compile(
    r"\b(?:UPR|CAT|CCPR|OHCHR|LOIPR|LoI)\b(?:'s|’s)?|\b(?:compilation|summary record|list of issues"
    r"|(?:NGO|civil society|shadow|alternative) (?:submission|report)|(?:state|periodic|third) report|replies)\b"
    r"|\b(?:УПО|КПП|подборк\w*|кратк\w* отч[её]т\w*|перечн\w* вопросов|перечень вопросов)",
    re.IGNORECASE,
)
# "in the replies", "according to the State's replies": the State's written replies as where the words are (a kind of
# document below, and a written reply asked for: asks_written_reply)
_IN_THE_REPLIES = r"\b(?:in|per|according\s+to)\s+(?:the|its|their)\s+(?:(?:state|government)['’]s\s+)?replies\b"
# A document of the corpus a question names by its kind, as the manifests write `document_type`, and what it answers
# from ("What did CAT ask in its list of issues about X?", «что сказано в альтернативном докладе про ...»): that
# document alone. "The replies to the list of issues" are the State's; "the submission for the list of issues" the
# NGOs' (the phrases naming another document's subject are read first and removed).
DOCUMENT_KIND_PATTERNS = {
    "state report/replies": r"\bwritten\s+(?:repl|answer|respons)\w*|\brepl(?:y|ies)\s+to\s+(?:the\s+|its\s+)?list\s+of"
    rf"\s+issues\b|{_IN_THE_REPLIES}"
    # this State's report, one ("the State report", "Kazakhstan's third periodic report"); not States' reports in
    # general ("what must States include in their periodic reports?": the General Comments on reporting)
    r"|\b(?:(?:the\s+state(?:['’]s)?|kazakhstan['’]s)\s+(?:third\s+)?|the\s+third\s+)(?:periodic\s+)?report\b(?!s)"
    r"|(?<![\w-])письменн\w*\s+ответ\w*|(?<![\w-])в\s+ответах|(?<![\w-])ответ\w*\s+на\s+перечень\s+вопросов",
    "NGO submission": r"\b(?:NGOs?['’]?|civil\s+society|shadow|alternative|parallel)\s+(?:submission|report)s?\b"
    r"|\bsubmission\s+for\s+the\s+list\s+of\s+issues\b|(?<![\w-])альтернативн\w*\s+доклад\w*|(?<![\w-])тенев\w*\s+доклад\w*"
    r"|(?<![\w-])доклад\w*\s+(?:НПО|НКО)(?![\w-])",
    "list of issues": r"\blist\s+of\s+issues\b|\bLOI\b|(?<![\w-])перечн\w*\s+вопросов|(?<![\w-])перечень\s+вопросов",
    "UN compilation": r"\b(?:UPR\s+|UN\s+)?compilation\b|(?<![\w-])подборк\w*",
    "summary record": r"\bsummary\s+records?\b|(?<![\w-])кратк\w*\s+отч[её]т\w*",
}
_DOCUMENT_KINDS = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in DOCUMENT_KIND_PATTERNS.items()}


def document_kinds_named(question: str) -> list[str]:
    """The kinds of document of the corpus a question names as where the words are ("in its list of issues" -> ["list
    of issues"], "What does the shadow report say ...?"), each once; a phrase read as one kind is not read again as
    another ("the replies to the list of issues": the State's). Not a document counted or spoken of ("How many
    alternative reports did civil society submit?")."""
    named: list[str] = []
    for kind, pattern in _DOCUMENT_KINDS.items():
        if any(_as_source(match) for match in pattern.finditer(question)):
            named.append(kind)
            question = pattern.sub(" ", question)
            if kind == "state report/replies":  # "the State's replies to the list of issues": what they reply to
                question = _REPLIED_TO.sub(" ", question)
    return named


_REPLIED_TO = re.compile(r"(?<![\w-])(?:to|на)\s+(?:the\s+|its\s+)?(?:list\s+of\s+issues|перечень\s+вопросов)", re.I)
# A document named as where the words are: after "in", "according to", «в», «согласно» (a few words between: "in
# CAT's list of issues"), or before what it says ("the UPR compilation recommend", «в докладе ... пишут»)
_SOURCE_BEFORE = re.compile(
    r"(?i:\b(?:in|per|according\s+to|from|within)|(?<![\w-])(?:в|во|согласно|из))\s+"
    # what may stand between: an article, a possessive, an acronym ("in CAT's list of issues", «в своём докладе»);
    # not "sent in how many alternative submissions"
    r"(?:(?:(?i:the|its|their|this|these|his|her|our|own|latest|сво\w+|их|его|её|этом)|[A-Z]{2,6}|[\w-]+['’]s?)\s+){0,3}$"
)
_SAID_AFTER = re.compile(
    r"^\W*(?:[\w'’-]+\s+)?(?:say|says|said|states?|stated|recommend\w*|note[sd]?|ask\w*|write|writes|wrote|mention\w*"
    r"|describ\w*|report(?:s|ed)?|list(?:s|ed)?|contain\w*|urge[sd]?|express\w*|highlight\w*|refer\w*|claim\w*"
    r"|raise[sd]?|cite[sd]?|give[sn]?|пиш|говор|сказан|написан|отмеча|указ|сообща|рекоменд|спрашива|упомина|привод)",
    re.IGNORECASE,
)


def _as_source(match: re.Match[str]) -> bool:
    """Whether a document's name is written as where the words are (_SOURCE_BEFORE, _SAID_AFTER)."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    after = match.string[match.end() : match.end() + 30]
    # (a name that is itself the source's phrase: "according to the State's replies", «в ответах»)
    opens = _SOURCE_OPENING.match(match.group(0))
    return bool(opens or _SOURCE_BEFORE.search(before) or _SAID_AFTER.search(after))


_SOURCE_OPENING = re.compile(r"(?:in|per|according\s+to|в)\s", re.IGNORECASE)


_SIDES = {side: re.compile(pattern, re.IGNORECASE) for side, pattern in SIDE_PATTERNS.items()}
_MECHANISMS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in MECHANISM_PATTERNS.items()}
_HONORIFICS = r"(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+"
_HONORIFIC = re.compile(rf"^{_HONORIFICS}(?P<surname>.+)$")
_NAMED_CHAIR = re.compile(rf"\((?P<name>{_HONORIFICS}[^)]+)\)\s*$")  # "The Chair (Mr. Soh)"

# Russian letters to Latin (as Russian texts spell foreign names), for matching a Committee member's name typed in
# Cyrillic ("Йигезу", "Коркелии") against the corpus's Latin spelling ("Yigezu", "Korkelia").
_CYRILLIC_TO_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "әғқңөұүһі",  # Kazakh's own letters ("«Қазақстан халқына»": the Kazakhstan Khalkyna Foundation)
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya "
    "a g k n o u u h i".split(),
    strict=True,
))  # fmt: skip
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]{4,}")
NAME_SIMILARITY = 0.75  # difflib ratio from which a transliterated word counts as the surname


# "did we answer?", "our replies": the first person of a member who prepares for the dialogue. Only the State answers
# the Committee, so "we answered" is the delegation whoever asks; any other "we" is the side the member works for
# (/role: delegation or NGO), and stays as typed when that is not known.
_WE_ANSWERED = re.compile(
    r"\b(?:we|us)\b(?=(?:\s+\w+){0,2}?\s+(?:answer|repl|respond|address|rebut|explain))"
    # "ответили ли мы Хелферу", "мы ответили Коркелии": the delegation, whoever asks
    r"|(?<=ответили ли )мы(?![\w-])|(?<=ответили )мы(?![\w-])"
    r"|(?<![\w-])мы(?=\s+(?:\w+\s+)?(?:ответ|отвеча|поясн|разъясн))",
    re.I,
)
# "What was our reply?": a member's reply is the delegation's, whoever asks
_OUR_REPLY = re.compile(
    r"\bour\b(?=\s+(?:(?:\w+\s+)?(?:reply|replies|answer|answers|response|responses)|delegation|government)\b)", re.I
)
# "Donders asked about spontaneous protests - was there a reply?", «... — был ли ответ?»: a reply with no one named
# giving it, which only the delegation gives
_WAS_THERE_A_REPLY = re.compile(
    r"\b(?:was|were)\s+there\s+(?:a|an|any)\s+(?:reply|replies|answer|answers|response|responses)\b"
    r"|(?<![\w-])был\s+ли\s+(?:на\s+(?:это|него|неё|нее)\s+)?ответ(?![\w-])",
    re.IGNORECASE,
)
_WE = re.compile(r"\b(?:we|us)\b", re.IGNORECASE)
_OUR = re.compile(r"\bour(?:s)?\b", re.IGNORECASE)
_FIRST_PERSON_AS = {"delegation": ("the delegation", "the State's"), "ngo": ("the NGOs", "the NGOs'")}
_WE_RU = re.compile(r"(?<![\w-])мы(?![\w-])", re.IGNORECASE)  # «Что мы писали об угрозах правозащитникам?»
_FIRST_PERSON_RU = {"delegation": "делегация", "ngo": "НПО"}


def _we_as_the_delegation(match: re.Match[str]) -> str:
    """ "we" -> "the delegation"; "мы" -> "делегация"."""
    return "делегация" if match.group(0).lower() == "мы" else "the delegation"


def _our_as_the_delegation(match: re.Match[str]) -> str:
    """ "our reply" -> "the delegation's reply"; "our delegation" -> "the delegation"."""
    after = match.string[match.end() :].lstrip().lower()
    return "the" if after.startswith(("delegation", "government")) else "the delegation's"


def _the_delegation_replied(match: re.Match[str]) -> str:
    """ "was there a reply" -> "did the delegation reply"; «был ли ответ» -> «ответила ли делегация»."""
    return "ответила ли делегация" if match.group(0).lower().startswith("был") else "did the delegation reply"


def first_person_as_sides(question: str, role: str | None) -> str:
    """The question with a member's "we" and "our" as the side they stand for: "and did we answer?" -> "and did the
    delegation answer?"; with /role ngo, "What did we report on torture?" -> "What did the NGOs report on torture?",
    «Что мы писали об угрозах правозащитникам?» -> «Что НПО писали ...»."""
    # "What was our reply?", "How did our delegation respond?": the delegation's, whoever asks
    question = _OUR_REPLY.sub(_our_as_the_delegation, _WE_ANSWERED.sub(_we_as_the_delegation, question))
    # "was there a reply?": the delegation's ("did the delegation reply?")
    question = _WAS_THERE_A_REPLY.sub(_the_delegation_replied, question)
    if role not in _FIRST_PERSON_AS and (_WE.search(question) or _OUR.search(question)) and _CONTRAST.search(question):
        # "How does our account differ from the NGOs'?": set against one other side, "we" are the side facing it
        named = question_sides(question) - {"standard"}
        if len(named) == 1:
            role = "ngo" if named == {"state"} else "delegation"
    if role in _FIRST_PERSON_AS:
        we, our = _FIRST_PERSON_AS[role]
        return _WE_RU.sub(_FIRST_PERSON_RU[role], _OUR.sub(our, _WE.sub(we, question)))
    return question


def side_words(text: str, side: str) -> tuple[int, int] | None:
    """Where the text names this side ("the NGOs", "делегация"): [start, end), with an article before it; None."""
    match = _SIDES[side].search(text)
    if match is None:
        return None
    start, end = match.span()
    opener = _OPENER.match(text, start, end)  # "and the State?": the side, not the word that goes on
    if opener is not None:
        start = opener.end()
    noun = _SIDE_NOUN.match(text, start)  # "the State report": the State, not its verb
    if noun is not None and noun.end() < end:
        end = noun.end()
    while end < len(text) and (text[end].isalnum() or text[end] in "'’"):  # the whole word: "NGOs'", "делегации"
        end += 1
    article = re.search(r"\bthe\s+$", text[:start], re.IGNORECASE)
    return (article.start() if article else start), end


_OPENER = re.compile(r"(?:and|but|so)\s+", re.IGNORECASE)
_SIDE_NOUN = re.compile(r"(?:the\s+)?(?:state party|state|kazakhstan)\b", re.IGNORECASE)


def question_sides(question: str) -> set[str]:
    """The sides a question names: "what did the delegation say" -> {"state"}; "UN and NGOs" -> {"un", "ngo"}."""
    return {side for side, pattern in _SIDES.items() if pattern.search(question)}


# "How many NGOs", "the number of registered NGOs", "Сколько НПО": the side's word is what is counted
_COUNTS_IT = re.compile(
    r"(?:\bhow\s+many|\bnumber\s+of|(?<![\w-])(?:сколько|числ[оа]|количеств[оа]))(?:\s+[^\W\d]+)?\s+$",
    re.IGNORECASE,
)


def counted_sides(question: str) -> set[str]:
    """The sides a question names only as what it counts: "How many NGOs are registered?" asks the State's figure
    of them, not what NGOs said."""
    counted: set[str] = set()
    for side, pattern in _SIDES.items():
        matches = list(pattern.finditer(question))
        if matches and all(_COUNTS_IT.search(question[max(0, m.start() - 40) : m.start()]) for m in matches):
            counted.add(side)
    return counted


# Words that set the sides a question names against each other ("How does the State's account differ from NGOs'?").
_CONTRAST = re.compile(
    r"\b(?:differ\w*|difference|contrast\w*|compar\w*|versus|vs\.?|whereas|disagree\w*|agree\w*\s+with|disput\w*|contradict\w*"
    r"|side by side|both sides|(?:each|either) side|each party|both parties)\b|отлича|различ|расход|сравн|в отличие"
    r"|противореч|сопостав|совпада|(?<![\w-])(?:кажд\w*|об[еоа]\w*)\s+(?:из\s+)?сторон|позици\w*\s+сторон"
    r"|соотнос(?:ит|ят)ся\s+с",  # "как данные государства соотносятся с тем, что пишет ООН" (not "соотносят X с Y")
    re.IGNORECASE,
)


# Words that ask each of two named sides in turn ("How did officials defend it, and what does the UN say?", "Officials
# say one thing, NGOs another", "что говорит государство и что пишут НПО"), or join them ("the State and NGOs").
_PAIRED = re.compile(
    r"\b(?:and|but|while) (?:what|how|why|where|whether)\b|[;:]\s*(?:and\s+|but\s+)?(?:what|how|why)\b"
    r"|\b(?:and|but) (?:did|has|have|had|was|were)\b"  # "What did Mr. X ask, and did the delegation answer?"
    r"|\bone thing\b|\banother\b|\?\s*\S.*\?"
    r"|\b(?:и|а|но) (?:что|как|почему|зачем|где)\b",
    re.IGNORECASE,
)
# (in Russian after a semicolon, not a comma, which opens any clause, nor a dash, which sets a topic before what is
# asked of it: "Бассим говорила о ...; как государство объясняет ...?", not "замечание № 3 ... — что там о ...?")
_COMMA_ASKED = re.compile(
    # "..., what do NGOs say?", "Kazakhstan says X — what catch did Ms. Donders see?", "...; which steps did they list?"
    r"(?:[,;]|\s[—–])\s+(?:what|how|which)(?:\s+[\w'’-]+){0,2}?\s+(?:do|does|did)\b|;\s+(?:что|как|чем)\s",
    re.IGNORECASE,
)
# Words that measure a side against the General Comments ("Does the State's deadline meet what General Comment 37
# requires?", "Соответствует ли ... замечанию общего порядка № 37?"): the State's words and the standard, side by side
_MEETS_STANDARD = re.compile(
    r"\b(?:meets?|compl(?:y|ies|iant|iance)|consistent\s+with|compatible\s+with|in\s+(?:line|keeping)\s+with"
    r"|satisf(?:y|ies)|falls?\s+short|live\s+up|conforms?)\b|(?<![\w-])(?:соответств|отвечает\s+требовани|согласуется)",
    re.IGNORECASE,
)
# The words that name the General Comments as such ("general comment", "замечание общего порядка"); with "GC 37", a
# General Comment named (not "international standards", which the State's own words may claim to meet)
GENERAL_COMMENT_WORDS = (
    r"\bgeneral\s+(?:comments?|recommendations?)\b|замечани\w*\s+общего\s+порядка|(?<![\w-])общ\w*\s+рекомендаци\w*"
)
_GENERAL_COMMENT = re.compile(rf"{GENERAL_COMMENT_WORDS}|\bG[CR]\s?\d", re.IGNORECASE)
_GENERAL_COMMENT_WORDS = re.compile(GENERAL_COMMENT_WORDS, re.IGNORECASE)
# The standards named otherwise, as a measure: "international standards", "the Human Rights Committee's standard",
# «международным стандартам», «стандартам Комитета»
_STANDARDS_NAMED = re.compile(
    r"\binternational\s+(?:human\s+rights\s+)?(?:standards?|norms)\b"
    r"|\b(?:committee|treaty\s+bod(?:y|ies)|UN|United\s+Nations)(?:['’]s?)?\s+standards?\b"
    r"|(?<![\w-])международн\w*\s+(?:стандарт|норм)|(?<![\w-])стандарт\w*\s+(?:комитет|оон|договорн)",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\b(?:and|или|и|vs\.?|versus)\s+(?:the\s+)?$", re.IGNORECASE)  # "the State and [NGOs]"


# A law named by the code it belongs to or the constitution ("article 146 of the Criminal Code", "the Code of
# Administrative Offences", "статья 146 УК", "Уголовный кодекс"): in this dialogue, the State's own law
_STATE_LAW = re.compile(
    r"\b(?:criminal|penal|labou?r|civil|family|social|tax|administrative|executive|penitentiary|procedure)\s+codes?\b"
    r"|\bcode\s+of\s+(?:criminal|administrative|civil)\b|\bconstitution(?:al)?\b"
    r"|(?<![\w-])(?:ук|упк|коап|гк|тк)(?![\w-])|(?<![\w-])кодекс|(?<![\w-])конституц",
    re.IGNORECASE,
)


def names_state_law(question: str) -> bool:
    """Whether a question names a law by its code or the constitution ("Does article 146 of the Criminal Code comply
    with General Comment No. 2?"): the State's own, which it reports on."""
    return bool(_STATE_LAW.search(question))


def names_general_comments(question: str) -> bool:
    """Whether a question names the General Comments as such, or one by its short name ("GC 37")."""
    return bool(_GENERAL_COMMENT.search(question))


def measured_against_standards(question: str) -> bool:
    """Whether a question measures something against a General Comment it names, or the standards as such: "Does the
    State's deadline meet what General Comment 37 requires?", "Is Kazakhstan's definition of torture consistent with
    General Comment No. 2?", "... in line with international standards?"."""
    measure = names_general_comments(question) or _STANDARDS_NAMED.search(question)
    return bool(_MEETS_STANDARD.search(question) and measure)


def without_standards_as_measure(question: str) -> str:
    """The question without the words that name the standards as a measure ("Is Kazakhstan's definition of torture
    in line with international standards?" -> "... in line with  ?"): what each side is asked about names neither."""
    return _STANDARDS_NAMED.sub(" ", question)


def _side_named(pattern: re.Pattern[str], question: str) -> re.Match[str] | None:
    """Where the question first names a side, not as the owner of Views it adopted ("the Committee's Views")."""
    return next((m for m in pattern.finditer(question) if not _VIEWS_ADOPTED.match(question[m.end() :])), None)


def contrasted_sides(question: str, speakers: Sequence[Speaker] = (), body_at: int | None = None) -> list[str]:
    """The sides a question sets against each other, in the order it names them; [] for any other question. A
    question sets sides against each other when it says so ("differ", "versus", "сравните"), asks each side in turn
    ("... and what do NGOs say?") or names two sides together ("the State and civil society"). A speaker of the record
    it names stands for the speaker's side ("The State's line vs what Mr. Helfer flagged": the Committee); so does a
    treaty body it asks to speak, at `body_at` ("What does CEDAW say about X, and what does the State say?": the
    Committee's side, and not the General Comments' apart from it unless the question names them)."""
    matches = {side: match for side, pattern in _SIDES.items() if (match := _side_named(pattern, question))}
    named = {side: match.start() for side, match in matches.items()}
    for speaker in speakers:
        if (
            speaker.side in SIDE_PATTERNS
            and speaker.side not in named
            and (at := speaker.position_in(question)) is not None
        ):
            named[speaker.side] = at
    if body_at is not None:
        named["committee"] = min(named.get("committee", body_at), body_at)
    if "standard" in named and not names_general_comments(question):
        standard = matches["standard"]
        # "What does the CEDAW committee say ...", "что говорит Комитет и что государство?": the Committee asked as a
        # side, not the standards apart from it; "Govt talks about new prisons built to international standards, but
        # the NGOs ...": a word of one side's, beside two sides set against each other
        asked_as_committee = re.search(r"committee|комитет", standard.group(0), re.IGNORECASE)
        if body_at is not None or ("committee" in named and asked_as_committee) or len(named) > 2:
            named.pop("standard")
    if "standard" in named and (measured_against_standards(question) or body_at is not None):
        named.pop("committee", None)  # "... meet the Committee against Torture's General Comment No. 2?": its owner
    if len(named) < 2:
        return []
    order = sorted(named, key=lambda side: named[side])
    joined = any(
        _JOINED.search(gap) and len(gap.split()) <= 5
        for first, second in zip(order, order[1:], strict=False)
        if (gap := question[named[first] : named[second]])
    )
    measured = "standard" in named and measured_against_standards(question)
    # "the delegation talks about new prisons, what do NGOs say ...?": one side told, then another asked, in one
    # sentence (not "In its reply, what did the delegation say ...?")
    told_then_asked = any(
        any(question.rfind(".", 0, asked.start()) < at < asked.start() for at in named.values())
        for asked in _COMMA_ASKED.finditer(question)
    )
    # where the sides named by their own words end (not a speaker's, nor a treaty body's, name)
    said_at = {side: match.end() for side, match in matches.items() if named.get(side) == match.start()}
    told_before = _told_before_asked(question, named, said_at)
    if not (
        _CONTRAST.search(question) or _PAIRED.search(question) or joined or measured or told_then_asked or told_before
    ):
        return []
    if len(order) > 2:  # "Was civil society consulted ...? The government's version vs the UN country team's": the
        # sides of the sentence that sets them against each other, not a side the question is about
        for sentence in re.split(r"(?<=[?!.;])\s+", question):
            compared = [side for side in order if _SIDES[side].search(sentence)] if _CONTRAST.search(sentence) else []
            if len(compared) >= 2:
                return compared
        # "The State says civil society helped draft the law. What does the UN say?": the sides that speak, not one
        # spoken of
        speaking = speaking_sides(question)
        if len(spoken := [side for side in order if side in speaking]) >= 2:
            return spoken
    return order


_WORD_LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя-"  # a word's rest after its stem
# the end of a sentence before the next (not "Mr. ", "No. ", "art. ")
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bNo)(?<!\bart)(?<!\bpara)(?<!\bparas)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)"
    r"(?<!\bст)(?<!\bг)(?<!\bп)[.!;]\s+(?=\S)",
    re.IGNORECASE,
)


def _told_before_asked(question: str, named: Mapping[str, int], said_at: Mapping[str, int]) -> bool:
    """Whether one side is told as saying something in a sentence of its own and another is asked in the question
    after it ("The delegation claimed the 2023 law loosens State control. How does the UN country team see it?",
    "LGBT groups object to the wording of articles 121-123. What is the government's view of it?"). `named`: where
    each side is named; `said_at`: where the words naming it end, for those named by their side's words."""
    last = max((m.end() for m in _SENTENCE_END.finditer(question)), default=-1)
    if last < 0:
        return False
    told = [
        side
        for side, end in said_at.items()
        # (after the whole word: "Делегаци" + "я заявила")
        if named[side] < last
        and (
            _SPOKEN_AFTER.match(question[end:].lstrip(_WORD_LETTERS))
            or _SAYS_INSIDE.search(question[named[side] : end])  # "Kazakhstan claims": one match of the State's words
        )
    ]
    # (not the General Comments asked after a premise: "The delegation said ... . What does General Comment 37 say
    # ...?" asks them, the premise its context)
    asked = [side for side, at in named.items() if at >= last and side != "standard"]
    return any(one != other for one in told for other in asked)


def without_general_comment_words(question: str) -> str:
    """The question without the words that name the General Comments ("What does the General Comment say about
    people killed during protests?" -> "What does the   say about people killed during protests?"): they say where
    to look, not what the passage must be about, and the passages that share them are those that describe a General
    Comment ("The present general comment replaces..."), not those that answer."""
    return _GENERAL_COMMENT_WORDS.sub(" ", question)


def without_document_names(question: str) -> str:
    """The question without the words that name a document or mechanism of the corpus ("What did the UPR compilation
    recommend on statelessness?" -> "What did the recommend on statelessness?"): they choose where to look, and the
    answering sentence need not repeat them."""
    question = DOCUMENT_NAMES.sub(" ", question)
    for pattern in _DOCUMENT_KINDS.values():  # «в альтернативном докладе», "in the written replies"
        question = pattern.sub(lambda match: " " if _as_source(match) else match.group(0), question)
    return question


_DIALOGUE_SIDE_WORDS = re.compile("|".join(SIDE_PATTERNS[side] for side in ("state", "ngo", "un", "committee")), re.I)


def without_sides(question: str, sides: Iterable[str] | None = None) -> str:
    """The question without the words that name a side of the dialogue ("What did NGOs say about Zhanaozen?" ->
    "What did say about Zhanaozen?"): who said it, not what it is about. `sides`: only those sides' words."""

    def strip(text: str) -> str:
        if sides is None:
            return _DIALOGUE_SIDE_WORDS.sub(" ", text)
        for side in sides:
            text = re.compile(SIDE_PATTERNS[side], re.IGNORECASE).sub(" ", text)
        return text

    return _views_kept(question, strip)


def _views_kept(question: str, strip: Callable[[str], str]) -> str:
    """`strip` applied to the question with the Views of "the Committee's Views" (_VIEWS_ADOPTED) kept: what the
    question is about (the Committee who adopted them goes, as a side's name does), not a word of saying."""
    spans = []
    for match in re.finditer(SIDE_PATTERNS["committee"], question, re.IGNORECASE):
        if _VIEWS_ADOPTED.match(question[match.end() :]) and (
            views := re.match(r"['’]s\s+views\b", question[match.end() :], re.IGNORECASE)
        ):
            spans.append((match.start(), match.end() + views.end()))
    if not spans:
        return strip(question)
    kept = [question[start:end].split()[-1] for start, end in spans]  # "Views"
    for number, (start, end) in reversed(list(enumerate(spans))):
        question = f"{question[:start]}\x00{number}\x00{question[end:]}"
    stripped = strip(question)
    return re.sub("\x00(\\d+)\x00", lambda found: kept[int(found.group(1))], stripped)


def topic_of(question: str) -> str:
    """What a question asks about, without who said it and the words of saying ("What did the chair say at the end
    about activists facing payback?" -> "What did at the end about activists facing payback?"): a sentence that
    answers speaks of that, while "The Chair said that the dialogue had highlighted..." matches only the frame. The
    question itself when nothing of the kind is in it, or too little would be left."""
    stripped = _views_kept(question, lambda text: _SAYS_INSIDE.sub(" ", without_sides(text)))
    stripped = re.sub(r"\s+", " ", stripped).strip()
    if stripped == re.sub(r"\s+", " ", question).strip() or len(re.findall(r"\w{4,}", stripped)) < 2:
        return question
    return stripped


def contrast_topic(question: str) -> str:
    """What a question setting sides against each other asks about, without the sides, what they say and the words
    that ask for the comparison ("How does the State's account of the January 2022 events differ from the NGOs'?" ->
    "the January 2022 events"): what each side's passage must speak of. The question itself when too little is left."""
    stripped = re.sub(rf"\w*(?:{_CONTRAST.pattern})\w*", " ", topic_of(question), flags=re.IGNORECASE)
    # what the sides' names leave ("the delegation's version vs the NGOs'": "the 's ... the '") and the words asking
    stripped = _ASKING_LEFT.sub(" ", stripped)
    stripped = re.sub(r"\s+", " ", stripped).strip()
    # one word may be all it is about ("Zhilin: what's the delegation's version vs the NGOs?")
    return stripped if re.search(r"\w{4,}", stripped) else question


# the words a contrast question asks with, and the possessive endings its sides' names leave behind
_ASKING_LEFT = re.compile(
    r"(?<!\w)['’](?:s\b)?|['’](?!\w)|\b(?:what|how|who|which|where)(?:['’]s)?(?![\w'’])"
    r"|\b(?:does|do|did|is|are|was|were)\b",
    re.IGNORECASE,
)


# What a side does when a question asks what it said: "What do NGOs say", "the delegation's answer", "according to
# the UN", "Что пишут НПО", "по словам делегации". Not "told" ("Was the Committee told...": the Committee heard it).
_SAYS = (
    r"say|says|said|saying|report(?:s|ed)?|claim\w*|argu\w*|states|stated|stating|write|writes|wrote|written"
    r"|respond\w*|response|repl(?:y|ies|ied)|answer\w*|explain\w*|describ\w*|tell|tells|mention\w*|think|thinks"
    r"|views?|note[sd]?|assert\w*|recommend(?:s|ed)?|ask|asks|asked|raise[sd]?|admit\w*|acknowledg\w*|alleg\w*"
    r"|document(?:s|ed)|criticis\w*|criticiz\w*|complain(?:s|ed)?|point(?:s|ed)? out|insist\w*|maintain\w*"
    r"|defend(?!ers?\b)\w*|justif\w*|want(?:s|ed)? to know|wonder\w*|urge[sd]?|position|stance|account|concerns?"
    r"|versions?|narratives?|talks?|talked|talking|characteri[sz]\w*|portray\w*|depict\w*|object(?:s|ed)? to"
    # a side's view of what another said: "Does the UN country team agree?", "Do the NGOs buy that?"
    r"|agree[sd]?|disagree[sd]?|buys?\s+(?:that|it|this)\b"
    # a figure a side gives as its own count: "How many threats ... did the Government record in 2022?" (not "were
    # recorded", nor "count for anything")
    r"|(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )(?<!\bbeen )(?:record(?:ed)?|counted|counts|count(?!\s+for\b))"
)
_SAYS_RU = (
    r"говор\w*|сказа\w*|пиш\w*|написа\w*|сообща\w*|сообщи\w*|заяв\w*|утвержда\w*|ответ\w*|отвеча\w*|счита\w*"
    r"|объясня\w*|объясни\w*|описыва\w*|описа\w*|призна\w*|рассказ\w*|спрашива\w*|спроси\w*|отмеча\w*"
    r"|отмети\w*|указыва\w*|указа\w*|критику\w*|жалу\w*|настаива\w*|рекоменд\w*|выража\w*|позици\w*|писал\w*"
    r"|ссыла\w*|сослал\w*|советуе\w*|советую\w*|(?:по)?советова\w*"
)
_SPOKEN_AFTER = re.compile(rf"^(?:'s|’s)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_SAYS}|{_SAYS_RU})\b", re.IGNORECASE)
_SPOKEN_BEFORE = re.compile(
    r"(?:\baccording to|\bin the (?:view|words|opinion) of|\bпо (?:данным|словам|мнению|информации|оценкам|версии)"
    rf"(?:\s+[\w-]+)?|\bпозици\w*|\bточк\w* зрения|(?:{_SAYS_RU})(?:\s+ли)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HEADLINE_AFTER = re.compile(
    r"^(?:'s|’s)?(?:\s+(?:loi|list\s+of\s+issues|submissions?|reports?|replies|compilation|record))?"
    r"\s+(?:on|about|re:?|regarding)\s+\w",
    re.IGNORECASE,
)
_SAYS_INSIDE = re.compile(rf"\b(?:{_SAYS}|{_SAYS_RU})\b", re.IGNORECASE)


def without_saying(question: str) -> str:
    """The question without its words of saying ("что говорят про Жанаозен" -> "что  про Жанаозен")."""
    return _SAYS_INSIDE.sub(" ", question)


_ASKS_WHO = re.compile(r"\b(?:which|what|whose|какой|какая|какое|какие|каким)\s+$", re.IGNORECASE)
_NOT_A_SIDE_RU = re.compile(r"^(?:государственн|властн|правительственн|официальн)", re.IGNORECASE)


def speaking_sides(question: str) -> set[str]:
    """The sides a question asks what they said: "What does the State say about X?" -> {"state"}; "What did the
    Committee ask the delegation?" -> {"committee"} (the delegation is spoken to); "according to the UN", "по
    словам делегации", "Что пишут НПО". Not a side the question asks to identify ("Which ministry argued...?"), nor a
    side named only as a subject ("How many officials were convicted?")."""
    return {side for side, _match in _speaking_matches(question)}


def _speaking_matches(question: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each side speaking_sides finds, with each place the question names it as speaking."""
    for side, pattern in _SIDES.items():
        for match in pattern.finditer(question):
            before = question[max(0, match.start() - 40) : match.start()]
            if _SAYS_INSIDE.search(match.group()):  # "the State said", "does the Committee say"
                yield side, match
                continue
            if _ASKS_WHO.search(before):
                continue
            word_start = question.rfind(" ", 0, match.start()) + 1
            if _NOT_A_SIDE_RU.match(question[word_start:]):  # "государственных органов": an adjective, not a side
                continue
            if _VIEWS_ADOPTED.match(question[match.end() :]):  # "implementing the Committee's Views on article 9"
                continue
            if _spoken_around(question, match.start(), match.end()):
                yield side, match


def _word_end(text: str, at: int) -> int:
    """Where the word running through text[at - 1] ends ("правозащит" of "правозащитников": after its ending)."""
    while at < len(text) and (text[at].isalnum() or text[at] == "_"):
        at += 1
    return at


def without_sides_asked(question: str) -> str:
    """The question without the words naming a side where it is asked what that side says or set against another,
    each word whole ("А что говорят правозащитники ...?", "по мнению правозащитников", "В чём расходятся государство
    и правозащитники ...?"): who speaks, not what is asked about, as a side spoken of is ("преследование
    правозащитников")."""
    contrasted = contrasted_sides(question)
    matches = [match for _side, match in _speaking_matches(question)]
    matches += [match for side in contrasted if side in _SIDES for match in _SIDES[side].finditer(question)]
    spans = sorted((match.start(), _word_end(question, match.end())) for match in matches)
    kept, at = [], 0
    for start, end in spans:
        if start >= at:
            kept.append(question[at:start])
            at = end
    return " ".join(" ".join([*kept, question[at:]]).split())


# The Committee's Views on individual communications, a kind of decision (what a question may ask is implemented),
# not what the Committee thinks: "implementing the Committee's Views on article 9", "the committee's views on individual
# complaints", "Views adopted by the Committee"
_VIEWS_ADOPTED = re.compile(
    r"^['’]s\s+Views\b|^['’]s\s+views\s+(?:on|in|concerning|adopted|under)\s+(?:\w+\s+){0,2}?"
    r"(?:individual|communications?|complaints?|cases?|articles?|art\.?)\b"
)


# the verb of a question asked of another side after the first ("... defenders did the Government record")
_AUXILIARY = re.compile(r"\b(?:did|does|do|has|have|had|will|would|can|could)\b", re.IGNORECASE)
# another side joined to one named ("NGOs and the State say"): the verb after both is each one's
_AND_ANOTHER = re.compile(r"^(?:['’]s?)?\s*(?:,|&|/|\band\b|\bor\b|\bvs\.?|\bversus\b|\bи\b|\bили\b)", re.IGNORECASE)


def _joined_to_another(question: str, start: int, end: int, after: str) -> bool:
    """Whether the side named at question[start:end] is joined to the next ("NGOs and the State say"; "the state
    and" is one match of the State's words)."""
    return bool(_AND_ANOTHER.match(after) or _JOINED.search(f"{question[start:end]} "))


def _spoken_around(question: str, start: int, end: int) -> bool:
    """Whether a word of saying follows the words at question[start:end] ("the Committee asked", "the UN's view")
    or an attributing phrase precedes them ("according to", "по словам")."""
    word_end = re.search(r"\W|$", question[end:])
    after = question[end + (word_end.start() if word_end else 0) :][:60]
    # "ngo on foreign funding", "cat loi on npm independence": a side that opens a question typed as a headline
    headline = question[:start].strip(" ,:-–").lower() in ("", "the") and _HEADLINE_AFTER.match(after) is not None
    said = _SPOKEN_AFTER.search(after)
    other = _DIALOGUE_SIDE_WORDS.search(after[: said.end()]) if said else None
    if other and _AUXILIARY.search(after[: other.start()]) and not _joined_to_another(question, start, end, after):
        said = None  # "threats against human rights defenders did the Government record": the Government's count
    return bool(headline or said or _SPOKEN_BEFORE.search(question[max(0, start - 40) : start]))


def spoken_at(question: str, start: int, end: int) -> bool:
    """Whether the name at question[start:end] is one the question asks what it said ("What did the CEDAW committee
    recommend", "according to CERD", "позиция КЛДЖ"), not one it asks to identify ("Which committee asked...?")."""
    # "what CAT says": an acronym after "what" is what it says, not which of them ("what committee asked")
    if _ASKS_WHO.search(question[max(0, start - 40) : start]) and not question[start:end].isupper():
        return False
    return _spoken_around(question, start, end)


_DELEGATION = re.compile(r"\bdelegation|\bделегаци", re.IGNORECASE)


def speaks_as_delegation(question: str) -> bool:
    """Whether the question asks what the State's delegation said ("What did the delegation say about...?",
    "Что сказала делегация"): its spoken words in the dialogue's summary record, before the written report."""
    return "state" in speaking_sides(question) and bool(_DELEGATION.search(question))


# "the State's written reply", "in the replies", "according to the written replies", «в письменных ответах», «что
# пишет государство в ответах»: the State's written words, not the delegation's in the room
_WRITTEN_REPLY = re.compile(
    r"\bwritten\s+(?:repl|answer|respons|report)\w*"
    rf"|{_IN_THE_REPLIES}"
    # "according to the report", "what does the State's report say": the State's (not "the NGO report")
    r"|\b(?:according\s+to|under|in|does|did|do)\s+(?:the\s+)?(?:State(?:\s+party)?['’]s\s+)?report\b"
    r"|(?<![\w-])письменн\w*\s+(?:ответ|доклад)\w*|(?<![\w-])в\s+ответах(?![\w-])",
    re.IGNORECASE,
)


def asks_written_reply(question: str) -> bool:
    """Whether the question asks what the State wrote ("What does the State's written reply say ...?", «что пишет
    государство в ответах»), and not also what its delegation said (an oral account set against the written one)."""
    return bool(_WRITTEN_REPLY.search(question)) and not _DELEGATION.search(question)


def question_mechanisms(question: str) -> set[str]:
    """The mechanisms a question names, as the manifest spells them ("CAT" -> "Committee against Torture")."""
    return {name for name, pattern in _MECHANISMS.items() if pattern.search(question)}


def mechanism_words(question: str) -> list[str]:
    """The words of the mechanism names a question uses, as written ("Что Комитет против пыток сказал" -> Комитет,
    против, пыток)."""
    return [
        word
        for pattern in _MECHANISMS.values()
        for match in pattern.finditer(question)
        for word in re.findall(r"\w+", match.group(0))
    ]


def without_mechanisms(question: str, instead: str = "") -> str:
    """The question with the names of the mechanisms it names taken out ("Что Комитет по правам человека говорит о
    собраниях?" -> "Что говорит о собраниях?"): what a dense model should match when the actor prior already favours
    that mechanism's paragraphs. A long body name otherwise outweighs a short topic, and the question finds paragraphs
    about the body ("the role of the Human Rights Committee") rather than about the topic. The question itself when
    taking the names out would leave nothing. `instead`: what stands in for each name (a word such as "комитет"
    keeps the sentence's shape)."""
    stripped = question
    for pattern in _MECHANISMS.values():
        stripped = pattern.sub(f" {instead} ", stripped)
    stripped = re.sub(r"\s+", " ", stripped).strip()
    return stripped if re.search(r"\w{3,}", stripped) else question


_NAME_INSIDE_RU = re.compile(r"(?<![.?!]\s)(?<!^)(?<![\w-])[А-ЯЁ][а-яё]{3,}")  # capitalised, not starting a sentence
LATIN_NAME_SIMILARITY = 0.8  # difflib ratio from which a Cyrillic name is the corpus's Latin one ("Жилина": zhilin)
# A lower-case Cyrillic word is a rare name's only from this ratio and this many letters: "жилина" (0.92) is Zhilin,
# "есть" is no "East" nor "подать" Polat (0.80)
LOWER_NAME_SIMILARITY = 0.85
LOWER_NAME_LETTERS = 5
_LOWER_WORD_RU = re.compile(rf"(?<![\w-])[а-яё]{{{LOWER_NAME_LETTERS},}}(?![\w-])")
_LATIN_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}\b")
RARE_NAME_PARAGRAPHS = 12  # a proper name used in this many paragraphs or fewer is a person's, a place's, a case's


def latin_spellings(
    text: str,
    names: Sequence[str],
    glossed: Callable[[str], object] | None = None,
    rare_names: Sequence[str] = (),
) -> list[str]:
    """The corpus's Latin spelling of each Cyrillic name inside a Russian text: "по делу Михаила Жилина" -> ["mikhail",
    "zhilin"], from `names`, the corpus's capitalised words (lower-case, sorted). A word is compared with the names
    that start with the same two letters as its transliteration; a word `glossed` translates ("Пакту": the
    Covenant, not "pact") is no name. A word typed in lower case, as on a phone ("по делу жилина"), is compared only
    with `rare_names` (the corpus's rare proper names: rare_proper_names) and more strictly (LOWER_NAME_SIMILARITY,
    LOWER_NAME_LETTERS), since most lower-case words are Russian words that only look like an English one ("будет":
    budget)."""
    found: list[str] = []
    candidates = [(word, names, LATIN_NAME_SIMILARITY) for word in _NAME_INSIDE_RU.findall(text)]
    if rare_names:
        candidates += [(word, rare_names, LOWER_NAME_SIMILARITY) for word in _LOWER_WORD_RU.findall(text)]
    for word, pool, cutoff in candidates:
        # a capitalised word may be a name in an oblique case ("Мамая": Mamai); a lower-case one is compared as
        # typed, or the ordinary Russian words read back to a nominative would match the General Comments' names
        start = transliterate(word)[:2]
        nearby = pool[bisect.bisect_left(pool, start) : bisect.bisect_left(pool, start + "\uffff")]
        match = latin_match(word, nearby, cutoff, inflected=word[0].isupper()) if nearby else None
        # the glossary is asked last: a match is rare, and reading a word against the whole glossary is not cheap
        if match is not None and match not in found and not (glossed is not None and glossed(word)):
            found.append(match)
    return found


def rare_proper_names(texts: Iterable[str], most: int) -> list[str]:
    """The words the texts write only capitalised, in `most` of them at the most (lower-case, sorted): the names of
    people, places and cases ("zhilin", "bassim"), not an English word that starts a sentence."""
    capitalised: dict[str, int] = {}
    lower: set[str] = set()
    for text in texts:
        for word in set(_LATIN_WORD.findall(text)):
            if word[0].isupper():
                capitalised[word.lower()] = capitalised.get(word.lower(), 0) + 1
            else:
                lower.add(word)
    return sorted(word for word, count in capitalised.items() if count <= most and word not in lower)


def latin_match(
    word: str, names: Sequence[str], cutoff: float = LATIN_NAME_SIMILARITY, inflected: bool = False
) -> str | None:
    """The name of `names` (lower case, Latin letters) a Cyrillic word stands for, by its transliteration and a
    similarity ratio of `cutoff`, allowing for case endings ("Жилина" -> "zhilin"); None when none is close.
    `inflected`: also as its nominative ("Мамая" -> "mamai", _nominatives), for a word known to be a name."""
    best: tuple[float, str] | None = None
    forms = _nominatives(word) if inflected else [transliterate(word)]
    for number, form in enumerate(forms):
        # a form read back to its nominative must match more closely ("форме": "form" is no "forum")
        for match in difflib.get_close_matches(form, names, n=1, cutoff=cutoff if number == 0 else max(cutoff, 0.9)):
            ratio = difflib.SequenceMatcher(None, form, match).ratio()
            if best is None or ratio > best[0]:
                best = (ratio, match)
    if best is None and _CYRILLIC_LETTER.search(word):
        # an English name Russian spells by its sound, not its letters ("Кливленд": Cleveland): the same consonants
        skeletons = {_consonants(form) for form in forms} - {""}
        return next((name for name in names if _consonants(name, english=True) in skeletons), None)
    return best[1] if best else None


SKELETON_CONSONANTS = 5  # the fewest consonants a name's skeleton must have to stand for it ("klvlnd": Cleveland)
_ENGLISH_SPELLINGS = (("ck", "k"), ("ph", "f"), ("c", "k"), ("q", "k"), ("w", "v"), ("x", "ks"))


@functools.lru_cache(maxsize=65536)
def _consonants(word: str, english: bool = False) -> str:
    """A name's consonants in order, doubled ones once, `english` spellings read as sounds ("cleveland" and
    "klivlend" -> "klvlnd"); empty when fewer than SKELETON_CONSONANTS remain."""
    if english:
        for spelling, sound in _ENGLISH_SPELLINGS:
            word = word.replace(spelling, sound)
    skeleton = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouy]", "", word))
    return skeleton if len(skeleton) >= SKELETON_CONSONANTS else ""


_CYRILLIC_LETTER = re.compile("[а-яё]")
# Russian case endings of a name, which its nominative lacks or has as "й": "Мамая" (Mamai), "Масимова" (Massimov);
# longest first
_CASE_ENDINGS_RU = ("ой", "ом", "ем", "ым", "им", "а", "я", "у", "ю", "е", "ы", "и")


def _nominatives(word: str) -> list[str]:
    """The word transliterated as written, and as its nominative may be when the word ends in a case ending (the
    ending dropped, or read as "й", written "y" or "i"): a Cyrillic name in an oblique case compared with the
    corpus's Latin one."""
    forms = [transliterate(word)]
    lowered = word.lower()
    ending = next((e for e in _CASE_ENDINGS_RU if lowered.endswith(e) and len(lowered) - len(e) >= 3), None)
    if ending is not None and _CYRILLIC_LETTER.search(lowered):
        stem = lowered[: -len(ending)]
        forms += [transliterate(stem), transliterate(stem + "й"), transliterate(stem) + "i"]  # "й": Mamai, Mamay
    return list(dict.fromkeys(forms))


def transliterate(word: str) -> str:
    """A Cyrillic word in Latin letters, lower-case: "Хелфер" -> "khelfer"."""
    return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in word.lower()).replace("-", "")


# English spellings of sounds in Latin-letter names, as Russian writes them ("Korkelia" -> "Коркелия"), longest first
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"),
    ("ia", "ия"), ("ph", "ф"), ("ck", "к"), ("ou", "у"), ("dj", "дж"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"),
    ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "у"), ("x", "кс"), ("z", "з"),
)  # fmt: skip
_VOWELS = "aeiouy"


def cyrillic_spelling(surname: str) -> str | None:
    """A Latin-letter surname as Russian texts write it ("Korkelia" -> "Коркелия", "Yigezu" -> "Йигезу", "Soh" ->
    "Со"), when the spelling reads back as the name (latin_match); None for a name these rules do not spell
    ("Šimonović"), which stays as printed."""
    word = surname.lower()
    if not word.isascii() or not word.isalpha():
        return None
    out: list[str] = []
    at = 0
    while at < len(word):
        if word[at] == "y":  # a consonant before or after a vowel ("Yigezu", "Bayev"), else a vowel ("Lyly")
            beside_vowel = (at + 1 < len(word) and word[at + 1] in _VOWELS) or (at and word[at - 1] in _VOWELS)
            out.append("й" if beside_vowel else "и")
            at += 1
            continue
        if word[at] == "h" and at == len(word) - 1 and at and word[at - 1] in _VOWELS:
            at += 1  # "Soh": a final h after a vowel is not sounded
            continue
        if word[at] == "c" and at + 1 < len(word) and word[at + 1] in "eiy":
            out.append("с")  # "Cecilia"
            at += 1
            continue
        for latin, cyrillic in _LATIN_TO_CYRILLIC:
            if word.startswith(latin, at) and not (latin == "ia" and at + 2 < len(word)):  # "ia" at the end only
                out.append(cyrillic)
                at += len(latin)
                break
    spelled = "".join(out)
    if spelled.startswith("е"):
        spelled = "э" + spelled[1:]  # "Evatt" -> "Эватт"
    spelled = spelled.capitalize()
    return spelled if latin_match(spelled, [word]) is not None else None


@dataclass(frozen=True)
class Speaker:
    """A named speaker of the corpus ("Ms. Donders"), recognisable by surname in a question."""

    name: str
    pattern: re.Pattern[str]  # the surname as a word, in Latin letters
    surname: str  # lower-case
    side: str = ""  # the side the speaker speaks for (vocabulary.SIDES), when known

    @classmethod
    def of(cls, name: str, side: str = "") -> Speaker | None:
        """The speaker for "Mr./Ms. Surname" or "The Chair (Mr. Surname)"; None for names without an honorific ("The
        Chair") or too short."""
        match = _HONORIFIC.match(chair_name(name) or name)
        surname = match.group("surname").strip() if match else ""
        if len(surname) < 3:
            return None
        return cls(name, re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE), surname.lower(), side)

    def named_in(self, text: str) -> bool:
        """True when the question names this speaker, in Latin letters or (allowing for case endings) Cyrillic."""
        return self.position_in(text) is not None

    def position_in(self, text: str) -> int | None:
        """Where the text names this speaker (the start of the name, in Latin letters or Cyrillic); None if nowhere."""
        found = self.pattern.search(text)
        if found:
            return found.start()
        for word in _CYRILLIC_WORD.finditer(text):
            if difflib.SequenceMatcher(None, transliterate(word.group(0)), self.surname).ratio() >= NAME_SIMILARITY:
                return word.start()
        return None

    def unnamed(self, text: str) -> str:
        """The text without this speaker's surname, in Latin letters or Cyrillic ("what did Donders flag about
        approvals" -> "what did   flag about approvals"): what another side's passage must speak of is not who asked."""
        text = self.pattern.sub(" ", text)
        return _CYRILLIC_WORD.sub(lambda word: " " if self.named_in(word.group(0)) else word.group(0), text)


# "What did the Chair say about ...?", "что сказал председатель": the meeting's Chair as the speaker asked about, no
# name beside it (not "the Chair of the Supreme Court", "председатель Верховного суда")
_CHAIR_SPEECH_RU = r"(?:сказал|спросил|спрашива|говорил|отметил|упомянул|заявил|подчеркнул|поднял|подв[её]л)\w*"
# "the Chair of the Committee" is the meeting's Chair too (not "the Chair of the Supreme Court")
_OF_THE_COMMITTEE = r"(?: of the (?:human rights )?committee)?"
_CHAIR_ASKED = re.compile(
    rf"\b(?:did|does|has) the chair(?:person|man|woman)?{_OF_THE_COMMITTEE} (?!of\b)\w+"
    rf"|\bthe chair(?:person|man|woman)?{_OF_THE_COMMITTEE}(?! of\b)"
    r"(?:'s)? (?:say|said|ask|asked|note|noted|raise|raised|mention|mentioned|conclude|concluded|stress|stressed)\b"
    rf"|председател\w*(?: комитета(?: по правам человека)?)?(?= {_CHAIR_SPEECH_RU})"
    rf"|{_CHAIR_SPEECH_RU} председател\w*+(?! \w+(?:ого|его|ой|ых) \w)",
    re.IGNORECASE,
)


def asks_the_chair(text: str) -> bool:
    """Whether a question asks what the meeting's Chair said, naming no one beside the word ("What did the Chair
    say about ...?", "что сказал председатель"; not "the Chair of the Supreme Court")."""
    return _CHAIR_ASKED.search(text) is not None


def chair_name(speaker: str) -> str:
    """The name a record's header gives its Chair, as the parser adds it to the speaker: "The Chair (Mr. Soh)" ->
    "Mr. Soh"; "" for any other speaker."""
    match = _NAMED_CHAIR.search(speaker)
    return match.group("name") if match else ""


def speakers(names: Iterable[str | None], sides: Mapping[str, str] | None = None) -> list[Speaker]:
    """The recognisable speakers among these names, each once, in name order; `sides`: each name's side."""
    found = (Speaker.of(name, (sides or {}).get(name, "")) for name in sorted({name for name in names if name}))
    return [speaker for speaker in found if speaker is not None]
