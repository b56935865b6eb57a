"""A turn of a conversation that goes on from the question before it, read as the question it stands for.

On a phone people ask "How many suicides were there in prisons?" and then "and what did the NGOs say?", "what about
the UN?", "а что ответила делегация?" or "and in 2023?". Alone, such a turn names no subject, and answering it alone
quotes whatever the NGOs said about anything. `resolve` reads it with the question before it ("What did the NGOs say
about suicides in prisons?", "How many suicides were there in prisons in 2023?"); a turn with a subject of its own
stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prepbot.answering.answerability import SETTING, WHO_RAISED, asks_for_a_reply, speakers_named_ru
from prepbot.answering.attribution import honorific_gender, speaker_in_russian
from prepbot.answering.dated_events import PART_OF_YEAR
from prepbot.answering.entities import countries_in, named_in_question
from prepbot.answering.figures import lives_as_deaths
from prepbot.answering.text import A_YEAR, STOPWORDS, capitalised, has_cyrillic, terms
from prepbot.answering.treaty_bodies import committees_named, without_committees
from prepbot.core.vocabulary import STANDARD_SIDE
from prepbot.retrieval import actors

# Words that open a turn going on from the last one: "and ...", "what about ...", "а что ...", "и ...", "ну а ..."
_OPENS = re.compile(
    r"^\s*(?:and|also|but|so|plus|(?:and\s+)?(?:what|how)\s+about|same\s+for|"
    r"а|и|но|ну\s+а|а\s+вот|(?:а\s+)?(?:что|как)\s+насч[её]т|то\s+же\s+(?:самое\s+)?(?:для|про|о))(?![\w-])",
    re.IGNORECASE,
)
# The year of the question before, pointed at: "that year", "in the same year", "в том же году", "в тот год"
_THAT_YEAR = re.compile(
    r"\b(?:in\s+)?(?:that|the\s+same)\s+year\b|(?<![\w-])в\s+(?:тот\s+же|том\s+же|тот|том)\s+(?:год|году)(?![\w-])",
    re.IGNORECASE,
)
# Words of a turn that carry no subject: question words, saying, the little words of "and what did they say?"
_FRAME = frozenset(
    terms(
        "what about how and also but so plus same for did does do is are was were has have had say said says tell told"
        " according think thinks view views position stance answer answered respond responded reply replied write"
        " wrote report reported side their they them its it this that there then too either instead in during year"
        " the of on"
        " а и но ну вот что как насчет насчёт то же самое для про о об они их его её это там тоже году год года за в во"
        " говорят говорит сказали сказал сказала ответили ответил ответила ответило пишут писали считают сообщают"
        # asking, as the Committee does: "and what did the CAT ask?", "а что спросил комитет?"
        " ask asked asks спросил спросила спросили спрашивал спрашивала спрашивали спрашивает спрашивают"
        # "что говорят НПО об этом?", "а что об этом пишет ООН?": the subject of the question before
        " этом этого этой этим том тому пишет пишут написали рекомендует рекомендовал рекомендовали"
        # "а в докладе государства?": where the side says it
        " доклад докладе докладах отчет отчёт отчете отчёте госдоклад госдокладе"
        # "upr compilation same?", "ngo view?", "is there a General Comment addressing it?", "а что говорит страновая
        # группа ООН?": the same subject, asked of a side
        " same opinion take country team страновая страновой страновую группа группы"
        # "How did the delegation respond on that point during the meeting?": when, not what about
        " meeting dialogue session есть"
        # "а по данным НПО?", «а по словам делегации?»: whose figures, as "according to"
        " по данным словам мнению версии информации оценкам"
        # "а в 2017 скока было?", «а к 2030 сколько планируют?», "and how many in 2017?": the same count, of that year
        " many much сколько скока было были будет будут planned plan plans планируют планируется планирует"
    )
)
FOLLOW_ON_WORDS = 8  # the longest turn read as going on from the last one; a longer one says what it asks itself
POINTED_WORDS = 12  # the same for a turn that points back ("does the CAT list of issues raise the same thing?")


def _word_count(text: str) -> int:
    """How many words a turn has, a hyphenated one as one ("гос-во"): what FOLLOW_ON_WORDS and POINTED_WORDS bound."""
    return len(re.findall(r"[\w-]+", text))


def goes_on(turn: str) -> bool:
    """Whether a turn has no subject of its own and names only a side ("and the NGOs?", "what did the delegation
    say?", "а НПО?") or a year ("and in 2023?"): it goes on from the question before it, and alone asks nothing."""
    words = re.findall(r"[\w-]+", without_committees(turn))  # "the Human Rights Committee's": one name
    if not words or len(words) > FOLLOW_ON_WORDS:
        return False
    if _BARE_STATE.match(turn):
        return True
    if not (_sides(turn) or A_YEAR.search(turn)):
        return False  # "Torture?" is a question of its own
    asked = _ON_THAT.sub("", _OPENS.sub("", turn))  # "what about the UN?": the opener's "about" is no subject's
    about = _ABOUT.search(asked)
    if about and [term for term in terms(asked[about.end() :]) if term not in _FRAME]:
        return False  # "What did the delegation say about NGOs?": a side named as the subject
    # "а Комитет против пыток?": a side named by its mechanism's name, whose words ("пыток") are no subject
    mechanism = set(terms(" ".join(actors.mechanism_words(turn))))
    # "and what does the General Comment say?": the standards' name is a side's too; "the HRC": a treaty body's
    unnamed = without_committees(actors.without_sides(actors.without_sides(turn), [STANDARD_SIDE]))
    unnamed = _BARE_UPR.sub(" ", _BARE_STANDARD.sub(" ", unnamed))  # "gc on it?", "upr same?"
    timeless = A_YEAR.sub(" ", PART_OF_YEAR.sub(" ", _ON_THAT.sub(" ", unnamed)))
    left = [term for term in terms(timeless) if term not in _FRAME | mechanism]
    return not left  # "а что ответила делегация про статью 428?": a subject of its own


# A turn that asks only when or where ("when?", "and where?", "when was that?", "а когда?"): the previous question,
# asked so ("When? Who was deported to Afghanistan?"), which its date or place then leads. Not "why?": after "How many
# people died?" the reason asked is the deaths', which the count's question does not say; nor "how many?", which says
# not what is counted ("How many? State vs NGOs on conscientious objection" counted the NGOs)
_BARE_ASKING = re.compile(
    r"^\s*(?:and\s+|but\s+|so\s+|а\s+|и\s+|но\s+)?(?P<asked>when|where|когда|где)"
    r"(?:\s+(?:was\s+(?:that|it)|did\s+(?:that|it|this)\s+happen|exactly|это\s+было|именно))?\s*\?*\s*$",
    re.IGNORECASE,
)
# "why?" alone: the reason of what the previous question asked about, when it asked who or what ("кого депортировали
# в Россию в декабре 2022?" + "почему?"), never of a count
_BARE_WHY = re.compile(r"^\s*(?:and\s+|but\s+|so\s+|а\s+|и\s+|но\s+)?(?P<asked>why|почему|зачем)\s*\?*\s*$", re.I)


# A side's figures asked after a count: "And the NGOs' figure?", "what about the UN's numbers?", «а цифры НПО?»
_SIDE_FIGURES = re.compile(
    r"^\s*(?:and\s+|but\s+|а\s+|и\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:the\s+)?"
    r"(?:(?P<side>NGOs?|State|UN|delegation|Committee|government|civil\s+society)['’]?s?\s+"
    r"(?:figures?|numbers?|count|data|estimates?|statistics|stats)"
    r"|(?:цифр\w*|данны\w*|статистик\w*|подсч[её]т\w*)\s+(?P<side_ru>НПО|ООН|государства|делегации|правозащитников))"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "why" and a change with no subject of its own ("why the increase in 2022?", «Почему в 2022 рост?», «а почему
# снизилось?"): the reason of the change in what the previous question asked about, a count's above all
_WHY_CHANGE = re.compile(
    r"^\s*(?:and\s+|but\s+|so\s+|а\s+|и\s+|но\s+)?(?:why|почему|отчего|из-за\s+чего)(?![\w-])(?P<rest>.*)$", re.I
)
_CHANGE = re.compile(
    r"\b(?:increase[sd]?|ris(?:e|es|en|ing)|rose|jump(?:ed)?|spike[sd]?|grow(?:th|n)?|grew|drop(?:ped)?|f[ae]ll(?:en)?"
    r"|declin(?:e|ed)|decrease[sd]?|go(?:ne)?\s+(?:up|down)|went\s+(?:up|down)|higher|lower)\b"
    r"|(?<![\w-])(?:рост\w*|вырос\w*|возрос\w*|увелич\w*|сниж\w*|сниз\w*|сократи\w*|сокращ\w*|упал\w*|падени\w*"
    r"|сниже\w*|стало\s+больше|стало\s+меньше|больше|меньше)(?![\w-])",
    re.I,
)
_CHANGE_FRAME = frozenset(terms("the a it they that this did does was were has have there so much many number of в во"))


# A year typed with two digits ("а в 21м", «за 21-й», "in '21"), after a question of a year of the same century
_SHORT_YEAR = re.compile(
    r"(?<![\w-])(?P<at>в|во|за|к|in|for|by)\s+['’]?(?P<year>\d\d)(?:-?(?:м|й|ом|ого|г\.?))?(?:\s+(?:году|год|года))?"
    r"(?![\w-])(?=\s*(?:[?.!,]|$|(?:сколько|скока|было|были|how|what)(?![\w-])))",
    re.IGNORECASE,
)
SHORT_YEAR_SPAN = 15  # how far from the previous question's year a two-digit one may be read as of its century


def _full_years(turn: str, previous: str) -> str:
    """A short turn with a year typed with two digits, written in full when the previous question names a year of
    that century within SHORT_YEAR_SPAN of it («а в 21м» after «... за 2022»: «а в 2021 году»); else the turn as
    typed."""
    years = [int(year) for year in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", previous)]
    if not years or _word_count(turn) > FOLLOW_ON_WORDS:
        return turn

    def full(match: re.Match[str]) -> str:
        year = years[-1] // 100 * 100 + int(match.group("year"))
        if abs(year - years[-1]) > SHORT_YEAR_SPAN:
            return match.group(0)
        russian = has_cyrillic(match.group("at"))
        return f"{match.group('at')} {year}{' году' if russian and match.group('at').lower() in ('в', 'во') else ''}"

    return _SHORT_YEAR.sub(full, turn)


def _by_figures_of(previous: str, according: str) -> str:
    """The count asked before, by a side's figures: "How many of them were civilians, according to the NGOs?"."""
    return f"{previous.strip().rstrip('?.! ')}, {according}?"


def _why_changed(turn: str) -> bool:
    """Whether a turn asks only why something changed: "why", a word of change, a year at most."""
    why = _WHY_CHANGE.match(turn)
    if why is None or not _CHANGE.search(why.group("rest")):
        return False
    rest = A_YEAR.sub(" ", _CHANGE.sub(" ", why.group("rest")))
    return not [term for term in terms(rest) if term not in _FRAME | _CHANGE_FRAME]


def resolve(turn: str, previous: str | None) -> str | None:
    """The question a turn stands for, read with the previous question; None when the turn stands alone (it has a
    subject of its own, is long, or there is no previous question). A turn that names another side ("and the NGOs?")
    or another year ("and in 2023?") and nothing else goes on from the previous question."""
    if not previous:
        return None
    turn = _full_years(turn, previous)  # «а в 21м» after a question of 2022: 2021
    outcome = _other_outcome(previous, turn)
    if outcome is not None:  # "How many people died in the January 2022 events?" + "how many were injured?"
        return outcome
    # "what did the delegation reply to ms. donders?" + "and to yigezu?": the same asked of another
    if (other := _AND_TO.match(turn)) and (replied := _REPLIED_TO.match(previous.strip())):
        return f"{capitalised(replied.group('asked'))}{other.group('person')}?"
    if other and asks_for_a_reply(previous):  # "Did the delegation answer the question on X?" + "and to Ms. Donders?"
        return f"What did the delegation reply to {other.group('person')}?"
    if _HOW_MANY.match(previous) and (group := _BARE_GROUP.match(turn)):
        # "а женщин?", "and women?" after a count: how many of them were women
        turn = f"{'сколько' if has_cyrillic(turn) else 'how many'} {group.group('group')}?"
    subset = _subset_of(previous, turn)
    if subset is not None:  # "How many people died in January 2022?" + "how many of them were civilians?"
        return subset
    onward = _gone_onward(previous, turn)
    if onward is not None:  # "How many torture cases were recorded in 2023?" + "how many went to court?"
        return onward
    # "What did Mr. Helfer ask about Zhilin?" + "what did he ask next?": all he asked, in the record's order
    if _ASKED_NEXT.match(turn) and (
        member := _member_asking(previous) or _member_only(previous) or _asker_ru(previous)
    ):
        if has_cyrillic(turn):  # «Что спрашивала г-жа Бассим?», not «спрашивал(а) Ms. Bassim»
            return f"Что {_asked_ru(member, turn)} {speaker_in_russian(member, capital=False)}?"
        return f"What did {member} ask?"
    # "what did donders ask about X?" + "did she get an answer?": the reply to her
    if _GOT_AN_ANSWER.match(turn) and (reply := _reply_to_member(previous, turn)):
        return reply
    if (asked_of := _asked_of_subject(turn, previous)) is not None:  # "who asked that?", "numbers?", "did they answer?"
        return asked_of
    if (state_side := _state_after_standards(previous, turn)) is not None:  # "How does Kazakhstan's law compare?"
        return state_side
    if _OTHER_YEARS.match(turn) and A_YEAR.search(previous):  # "а по другим годам?": the same, of every year given
        return re.sub(r"\s+", " ", _YEARS_SPAN.sub(" ", previous)).replace(" ?", "?").strip()
    if _HOW_MANY.match(turn) and _POINTS_AT_IT.search(turn) and _HOW_MANY.match(previous):
        # "а сколько человек это затронуло в 2023?" after a count of cases: how many people they concern, of that
        subject = _subject(previous)
        if not has_cyrillic(turn):  # "how many people did that affect?": "... did cases of self-harm affect?"
            return capitalised(_OPENS.sub("", _IT_WORDS.sub(subject, turn, count=1)).strip())
        asked = capitalised(re.sub(r"\s+", " ", _IT_WORDS.sub(" ", _OPENS.sub("", turn))).strip().rstrip("?.! "))
        return f"{asked}: {subject}?"  # the subject in the case the previous question gave it
    bare = _BARE_COUNT.match(turn) or _bare_part(turn)
    # "How does the State describe X?" + "how many died?", "how many were civilians?"; a count of things before
    # ("сколько было незаконных митингов ...?" + «а сколько человек привлекли?»: the people of those)
    if bare and (not _HOW_MANY.match(previous) or _BARE_COUNT.match(turn) and not _COUNT_OF_PEOPLE.search(previous)):
        subject = _subject(previous)
        asked = capitalised(_OPENS.sub("", turn).strip().rstrip("?.! "))
        return f"{asked}: {subject}?" if has_cyrillic(turn) else f"{asked}, regarding {subject}?"
    figures = _SIDE_FIGURES.match(turn)
    if figures and _HOW_MANY.match(previous) and not actors.question_sides(previous):
        # "And the NGOs' figure?" after a count: the same count, by that side's figures
        side = figures.group("side") or figures.group("side_ru")
        return _by_figures_of(previous, f"по данным {side}" if figures.group("side_ru") else f"according to the {side}")
    if _why_changed(turn):  # «Почему в 2022 рост?» after a count by year: why what it counted changed so
        return f"{capitalised(_OPENS.sub('', turn).strip())} {capitalised(previous.strip())}"
    bare_asking = _BARE_ASKING.match(turn) or (None if _HOW_MANY.match(previous) else _BARE_WHY.match(turn))
    if bare_asking is not None:  # "when?" after "who was deported to afghanistan?"; "почему?" after who was deported
        return f"{capitalised(bare_asking.group('asked'))}? {capitalised(previous.strip())}"
    if (country := _country_swapped(previous, turn)) is not None:  # "and what about Uzbekistan?": the same, of it
        return country
    years_before = A_YEAR.findall(previous)
    if (that_year := _THAT_YEAR.search(turn)) and years_before and not A_YEAR.search(turn):
        # "how much money was paid that year" after "... in 2021?": that year is the previous question's, of its subject
        russian = has_cyrillic(turn)
        dated = turn[: that_year.start()] + (f"в {years_before[-1]} году" if russian else f"in {years_before[-1]}")
        asked = capitalised(_OPENS.sub("", dated + turn[that_year.end() :]).strip().rstrip("?.! "))
        subject = _subject(previous)
        return f"{asked}: {subject}?" if russian else f"{asked}, regarding {subject}?"
    if not goes_on(turn):
        # "what did korkelia ask about it?": it is the previous question's subject; "and about national security
        # certificates?": another subject, asked of the same side
        return (
            _time_swapped(previous, turn)
            or _person_named(previous, turn)
            or _pointed_back(previous, turn)
            or _subject_swapped(previous, turn)
            or _count_swapped(previous, turn)
            or _kind_swapped(previous, turn)
            or _it_named(previous, turn)
            or _such_named_ru(previous, turn)
        )
    sides = _sides(turn)
    years = A_YEAR.findall(turn)
    if len(years) == 2 and _SPAN_OF_YEARS.search(turn):  # "and in 2020-2023?": the span, not two years
        years = [f"{years[0]}–{years[1]}"]
    if years and (part := PART_OF_YEAR.search(turn)):  # "what about the first half of 2025?": that part of it
        if has_cyrillic(turn) and not sides:  # "а за первое полугодие 2025 года?": as typed, in its case
            told = _TIME_TOLD_RU.search(turn)
            if told is not None:
                return _with_time_ru(previous, told.group(0))
        years = [part.group(0).strip() + " " + years[0]]
    if not sides:  # "and in 2023?": the previous question, asked of another year
        return _with_years(previous, years)
    swapped = _side_swapped(previous, turn, sides)
    if swapped is not None:  # "How many died, according to the NGOs?" + "and the delegation?": the same, of them
        swapped = _said_in_this_review(swapped, previous, turn, sides)
        return _with_years(swapped, years) if years else swapped
    attributed = _ACCORDING_TURN.match(turn)
    if attributed and not years and _HOW_MANY.match(previous) and not actors.question_sides(previous):
        # "How many of them were civilians?" + "and according to the NGOs?": the same count, by the NGOs' figures
        return _by_figures_of(previous, attributed.group("according"))
    # "What did Ms. Bassim ask?" + "and what did the delegation say?"; "what did korkelia ask about the npm" + "did the
    # delegation answer?": the reply to them (on that)
    if sides == {"state"} and not years and (reply := _reply_to_member(previous, turn)):
        return reply
    if sides == {"state"} and not years and (raised := _raised_subject(previous)):
        # "Who asked about article 428?" + "and what did the delegation reply?": whether the reply takes up the point
        # raised, which a member's question holds (not whatever the delegation said nearest its words)
        return _reply_on(raised, has_cyrillic(turn))
    subject = _subject(previous)
    if years:  # "and the NGOs, in 2023?"
        subject = _with_years(subject, years).rstrip("?.! ")
    asked = re.sub(r"\s+", " ", _YEARS_SPAN.sub(" ", _OPENS.sub("", turn))).strip(" ,").rstrip("?.! ")
    asked = _ON_THAT.sub("", asked)  # "and the NGOs on that?": that is the subject read from the question before
    # "is there a General Comment addressing it?": what the General Comment says; "ngo view?", "upr compilation same?"
    asked = _VIEW_WORDS.sub("", _IS_THERE.sub("", asked)).strip(" ,")
    if _BARE_STATE.match(turn):  # "and state?": the State, as the checks of sides read it
        asked = "the State"
    elif sides == {"un"} and _BARE_UPR.fullmatch(asked.strip()):  # "upr same?": the UN's compilation for it
        asked = "что говорится в подборке УПО" if has_cyrillic(asked) else "what did the UPR compilation say"
    elif sides == {STANDARD_SIDE} and _BARE_STANDARD.fullmatch(asked.strip()):  # "gc on it?"
        asked = "что говорят замечания общего порядка" if has_cyrillic(asked) else "what do the General Comments say"
    elif not has_cyrillic(asked) and not _SAYING.search(asked) and not re.match(r"(?:the|a|an)\s", asked, re.I):
        asked = f"the {asked}"  # "ngo view?": what did the ngo say
    russian = has_cyrillic(turn)
    if attributed and len(sides) == 1 and not _HOW_MANY.match(previous):
        # "а по словам делегации?" after "Что НПО говорят о пытках?": what that side says of it
        side = _SIDE_NAMES[next(iter(sides))][russian]
        asked = f"что говорит {side}" if russian else f"what did {side} say"
    if has_cyrillic(subject) != russian and len(sides) == 1:
        # "а что ответила делегация?" after an English question: asked in the subject's language, not half in each
        russian = not russian
        side = _SIDE_NAMES[next(iter(sides))][russian]
        asked = f"что говорит {side}" if russian else f"what did {side} say"
    if not _SAYING.search(asked):  # "and the NGOs?": what did they say; "а в докладе государства?": what is said there
        if russian and re.match(r"(?:в|во)\s", asked, re.IGNORECASE):
            asked = f"что говорится {asked}"
        else:
            # «а Комитет против пыток?»: what it said in this review («что говорит Комитет» reads as its General
            # Comments' reading, as "what does the Committee say" does)
            saying = "сказал" if sides == {"committee"} else "говорит"
            asked = f"что {saying} {asked}" if russian else f"what did {asked} say"
    asked = _said_in_this_review(capitalised(asked), previous, turn, sides)
    return _with_subject_ru(asked, subject) if russian else f"{asked} about {subject}?"


def _said_in_this_review(read: str, previous: str, turn: str, sides: set[str]) -> str:
    """«а что об этом говорит Комитет?» after a question on this review, read as what the Committee said in it, as «а
    Комитет?» is («что говорит Комитет» alone reads as its General Comments' reading, unless they are named)."""
    if (
        "committee" not in sides
        or not sides <= {"committee", STANDARD_SIDE}
        or _BARE_STANDARD.search(turn)
        or STANDARD_SIDE in actors.question_sides(previous)
    ):
        return read
    return re.sub(r"(?<![\w-])говорит(?=\s+комитет)", "сказал", read, flags=re.IGNORECASE)


# The words beside a country's name in a turn that names nothing else: "and in the Kyrgyz Republic?", «а как в
# Узбекистане?», "what about there, in Tashkent?"
_OF_A_COUNTRY = re.compile(r"(?:, in | — )[^,—]+$")  # how _country_swapped names the country asked of
_COUNTRY_FRAME = frozenset("republic federation there here как что насчёт насчет в во у с со про о об по там".split())


def _country_swapped(previous: str, turn: str) -> str | None:
    """A turn that names another country and nothing else ("and what about Uzbekistan?", "and in Kyrgyzstan?", «а в
    Узбекистане?»): the question before it, asked of that country, which the answer's checks then read as a State
    the documents do not cover. Alone, such a turn names no subject, and was answered with whatever passage names
    the country ("One victim from Kyrgyzstan had both legs broken" for "and in Kyrgyzstan?" after a count of torture
    complaints). None for any other turn, one naming a side ("and the Uzbek government?") or Kazakhstan."""
    asked = _OPENS.sub("", turn).strip().rstrip("?.! ")
    words = re.findall(r"[\w'’-]+", asked)
    if not words or len(words) > FOLLOW_ON_WORDS or _sides(turn):
        return None
    countries = countries_in(asked)
    if not countries or "Kazakhstan" in countries:
        return None
    subject = [word for word in words if not countries_in(word) and word.lower() not in _COUNTRY_FRAME]
    if any(set(terms(word)) - _FRAME for word in subject):
        return None  # "and torture in Uzbekistan?": a subject of its own
    previous = previous.strip().rstrip("?.! ")
    if (asked_before := _OF_A_COUNTRY.search(previous)) and countries_in(asked_before.group(0)):
        previous = previous[: asked_before.start()]  # "..., in Uzbekistan?" + "and in Kyrgyzstan?": of Kyrgyzstan
    if has_cyrillic(previous):  # «... в 2023 году — в Узбекистане?», as typed
        return f"{previous} — {asked}?"
    return f"{previous}, in {' and '.join(sorted(countries))}?"


# "Is there a General Comment ...", "are there any NGO reports ...": who is asked, named after it
_IS_THERE = re.compile(r"^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?", re.IGNORECASE)
# What a turn calls a side's words, or says of them, that asks nothing more: "ngo view", "upr compilation same", "the
# NGOs' position", "CAT too"
_VIEW_WORDS = re.compile(
    r"['’]?s?\s+(?:views?|position|stance|take|opinion)\b|\s+(?:the\s+)?same\b|\s+too\b|\s+as\s+well\b"
    r"|\s+есть(?:\s+ли)?(?![\w-])",
    re.IGNORECASE,
)
# "who asked that in hrc?", "who raised it?", "кто об этом спрашивал?": who raised the previous question's subject
_WHO_ASKED = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:who(?:\s+(?:on|in|from|of)\s+the\s+committee)?"
    r"|which\s+(?:committee\s+)?member(?:\s+of\s+the\s+committee)?)\s+(?:asked|raised|brought\s+up|mentioned)\s+"
    r"(?:about\s+)?(?:that|it|this)(?![\w-])(?P<rest>(?:\s+(?:in|at|during|on|from)\s+[^?.!]*)?)\s*[?.!]*\s*$"
    r"|^\s*(?:а\s+|и\s+)?кто(?:\s+из\s+(?:членов\s+)?(?:комитета|экспертов))?\s+(?:(?:об\s+)?этом|это)?\s*"
    r"(?:спросил|спрашивал|поднял|поднимал|задал|задавал)\w*(?:\s+(?:этот\s+)?вопрос)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "who said that?", "whose words are these?", "кто это сказал", "чьи это слова": who said what the previous question
# told or asked about
_WHO_SAID = re.compile(
    r"^\s*(?:and\s+|so\s+|but\s+)?(?:who\s+(?:said|says|wrote|writes|claimed|claims|stated|states)"
    r"(?:\s+(?:that|it|this|so))?|whose\s+words\s+are\s+(?:these|those|they))\s*[?.!]*\s*$"
    r"|^\s*(?:а\s+|и\s+|но\s+)?(?:кто\s+(?:(?:это|так|об\s+этом)\s+)?(?:сказал|говорил|написал|заявил|пишет|говорит"
    r"|утверждает|утверждал)\w*(?:\s+(?:это|так))?|чьи\s+(?:это\s+)?слова)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A claim checked, its frame around what it claims: "is it true that X?", "we wrote that X, right?", "мы писали что X
# так?", «правда ли, что X?»
_CLAIM_BEFORE = re.compile(
    r"^\s*(?:(?:is\s+it|it\s+is)\s+(?:true|right|correct)\s+that|did\s+(?:the\s+)?[\w-]+\s+(?:say|write|claim)\s+that"
    r"|(?:we|they|the\s+[\w-]+)\s+(?:said|wrote|claimed|told\s+[\w\s]{1,30}?)\s+that"
    r"|(?:правда|верно)(?:\s+ли)?,?\s+что|я\s+слышал\w*,?\s+что"
    r"|(?:мы|они|нпо|государство|гос-во|делегация)\s+(?:писали|говорили|сказали|заявляли|утверждали|пишут|говорят)\w*,?"
    r"\s+что)\s+",
    re.IGNORECASE,
)
_CLAIM_AFTER = re.compile(
    r"[\s,—–-]*(?:(?<![\w-])(?:is\s+(?:that|it|this)\s+(?:right|true|correct|so)|right|true|так|правда|верно|да))?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _claim_of(previous: str) -> str:
    """What the previous question claims, when it checks a claim ("мы писали что X так?" -> "X"); "" for another."""
    before = _CLAIM_BEFORE.match(previous)
    if before is None:
        return ""
    claim = _CLAIM_AFTER.sub("", previous[before.end() :]).strip(" ,")
    return claim if terms(claim) else ""


# "numbers?", "any figures?", "stats?", "цифры?": the figures on the previous question's subject
_BARE_FIGURES = re.compile(
    r"^\s*(?:and\s+|а\s+|и\s+)?(?:(?:any|the|what|which)\s+)?(?:numbers|figures|stats|statistics|data)"
    r"(?:\s+(?:for|in)\s+(?P<year>(?:19|20)\d\d))?\s*[?.!]*\s*$"
    r"|^\s*(?:а\s+|и\s+)?(?:(?:какие|есть\s+ли|есть)\s+)?(?:цифры|статистика|данные)(?:\s+есть)?"
    r"(?:\s+(?:за|в|на)\s+(?P<year_ru>(?:19|20)\d\d)(?:\s+(?:год|году|года|г\.?))?)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


_FIGURES_EN, _FIGURES_RU = "What figures are given on", "Какие цифры приводятся"
# "breakdown by region?", "by age?", "а по областям?", "разбивка по полу?": the figures on it, broken down so
_BARE_BREAKDOWN = re.compile(
    r"^\s*(?:and\s+|а\s+|и\s+)?(?:(?:any|a|the)\s+)?(?:(?:breakdown|broken\s+down|split)\s+)?"
    r"(?P<by>by\s+(?:region|province|age|sex|gender|nationality|citizenship|ethnicity))s?\s*[?.!]*\s*$"
    r"|^\s*(?:а\s+|и\s+)?(?:(?:есть\s+)?(?:разбивка|в\s+разбивке)\s+)?"
    r"(?P<by_ru>по\s+(?:регионам|областям|возрасту|полу|национальности|гражданству))\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FIGURES_GIVEN = re.compile(rf"^(?:{_FIGURES_EN}\s+|{_FIGURES_RU}:?\s+)(?P<subject>.+?)\s*\?$")
# figures asked after a subject: "self harm numbers" (the subject is self-harm)
_NUMBERS_AFTER = re.compile(r"\s+(?:numbers|figures|stats|statistics|data)\s*$", re.IGNORECASE)


def _with_subject_ru(asked: str, subject: str) -> str:
    """A Russian question asked of a subject: after it with its preposition («... про прописку?»), after a colon
    without one («...: проверок колоний?»)."""
    return f"{asked} {subject}?" if _PREPOSITION_RU.match(subject) else f"{asked}: {subject}?"


def _spaced(told: str) -> str:
    """A Russian subject after the words before it: " о X" with its preposition, ": X" without."""
    return told if told.startswith(":") else f" {told}"


def _asked_of_subject(turn: str, previous: str) -> str | None:
    """A short turn that asks who raised the previous question's subject ("who asked that in hrc?"), its figures
    broken down ("by region?") or not ("numbers?", "numbers for 2021?"), or whether the delegation replied on it when
    no one member was named ("did they answer?"), asked as a question of its own; None for any other turn."""
    who, breakdown = _WHO_ASKED.match(turn), _BARE_BREAKDOWN.match(turn)
    figures, replied = _BARE_FIGURES.match(turn), _GOT_AN_ANSWER.match(turn)
    said = _WHO_SAID.match(turn)
    if not (who or breakdown or figures or replied or said):
        return None  # (the previous question's subject is read only for a turn that asks of it)
    russian = has_cyrillic(turn)
    if said and (claim := _claim_of(previous)):  # "мы писали что X так?" + "кто это сказал": who said X
        return f"Кто сказал, что {claim}?" if russian else f"Who said that {claim}?"
    subject = _subject(previous)
    told = subject if _PREPOSITION_RU.match(subject) or not has_cyrillic(subject) else f": {subject}"
    if said:  # "What did NGOs write about propiska?" + "who said that?": who spoke of it
        return f"Кто говорил{_spaced(told)}?" if russian else f"Who spoke about {subject}?"
    if who:  # the members' questions, each under its speaker's name
        rest = (who.group("rest") or "").strip()
        if russian:
            return f"Кто из членов Комитета спрашивал{_spaced(told)}?"
        return f"Which Committee member asked about {subject} {rest}".strip() + "?"
    if breakdown:
        if _HOW_MANY.match(previous):  # "How many people died ...?" + "by region?": that count, broken down
            by = breakdown.group("by_ru") if russian else breakdown.group("by")
            told_by = f" в разбивке {by}" if russian else f", broken down {by}"
            return f"{previous.strip().rstrip('?.! ')}{told_by}?"
        if russian:
            return f"{_FIGURES_RU}{_spaced(told)} в разбивке {breakdown.group('by_ru')}?"
        return f"{_FIGURES_EN} {subject}, broken down {breakdown.group('by')}?"
    if figures:
        if year := figures.group("year") or figures.group("year_ru"):  # "numbers for 2021?": of that year
            return f"{_FIGURES_RU}{_spaced(told)} за {year} год?" if russian else f"{_FIGURES_EN} {subject} in {year}?"
        return f"{_FIGURES_RU}{_spaced(told)}?" if russian else f"{_FIGURES_EN} {subject}?"
    if raised := _raised_subject(previous):  # "who raised the NPM's independence?" + "did they answer?"
        return _reply_on(raised, russian)
    if russian:  # "did they answer?"
        return f"Что ответила делегация{_spaced(told)}?"
    return f"What did the delegation reply about {subject}?"


def _raised_subject(previous: str) -> str:
    """What a question asking who raised something asks it of ("Who raised the independence of the NPM?" -> "the
    independence of the NPM"; «Кто спросил о X?» -> "о X", with its preposition), or "" for any other question."""
    asked = WHO_RAISED.match(previous)
    if asked is None:
        return ""
    told = SETTING.sub(" ", previous[asked.end() :]).strip(" ?.!")
    told = re.sub(r"^(?:about|on|regarding|the\s+question\s+of)\s+", "", told, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", told) if terms(told) else ""


def _reply_on(subject: str, russian: bool) -> str:
    """Whether the delegation answered the question raised on the subject, in the turn's language (as
    answerability.asks_for_a_reply reads it: the member who raised it, then the delegation's words on that)."""
    if russian:
        told = subject if _PREPOSITION_RU.match(subject) or not has_cyrillic(subject) else f"о {subject}"
        return f"Ответила ли делегация на вопрос {told}?"
    return f"Did the delegation answer the question on {subject}?"


def _reply_to_member(previous: str, turn: str) -> str | None:
    """The delegation's reply to the one member the previous question named, in the turn's language: to all they asked
    ("What did Mr. Helfer ask?"), or, of an English question, on what they asked about ("what did korkelia ask about
    the npm"); None when it names no one member so."""
    if member := _member_only(previous):
        russian = has_cyrillic(turn)
        return f"Что ответила делегация {member}?" if russian else f"What did the delegation reply to {member}?"
    if (asker := _member_asking(previous)) and not has_cyrillic(turn) and not has_cyrillic(previous):
        return f"What did the delegation reply to {asker} about {_subject(previous)}?"
    # «Что спросил Коркелия про статью 428?» + «и что ответила делегация?»: the reply to that member on that point
    # («Что ответила делегация Коркелии про статью 428?»), as the answers read a Russian question's member
    subject = _subject(previous)
    if (
        has_cyrillic(turn)
        and has_cyrillic(previous)
        and (asker := _asker_ru(previous))
        and _PREPOSITION_RU.match(subject)
        and terms(subject)
    ):
        return f"Что ответила делегация {_dative_ru(asker, previous)} {subject}?"
    return None


# a Russian question's verb of asking in the past, whose ending says the asker's gender ("спросил", "спрашивала")
_ASKED_VERB_RU = re.compile(r"(?<![\w-])(?:спросил|спрашивал|задал|интересовал)(?P<she>а)?(?![\w-])", re.IGNORECASE)
_MALE_RU = re.compile(r"(?<![\w-])г-н(?![\w-])", re.IGNORECASE)


def _dative_ru(surname: str, previous: str) -> str:
    """A member's surname in the dative, as «Что ответила делегация ...?» needs it: "Коркелия" -> "Коркелии";
    "Хельфер" -> "Хельферу" when the question before says he is a man («г-н», «спросил»); a woman's surname, or one
    whose gender nothing says, is not declined ("Бассим", "Дондерс")."""
    if surname.endswith("ия"):
        return f"{surname[:-1]}и"
    verb = _ASKED_VERB_RU.search(previous)
    male = _MALE_RU.search(previous) is not None or (verb is not None and not verb.group("she"))
    return f"{surname}у" if male and re.search(r"[бвгджзклмнпрстфхцчшщ]$", surname) else surname


def _sides(turn: str) -> set[str]:
    """The sides a turn names; a treaty body named alone in a turn that opens as going on ("and what does CEDAW
    say?", "what about the HRC?") speaks in its General Comments ("What did CEDAW recommend?" asks its own)."""
    body = _OPENS.match(turn) is not None and bool(committees_named(turn))
    if _BARE_STATE.match(turn):  # "and state?": the side, named alone
        return {"state"}
    named = actors.question_sides(turn)
    if not named and _BARE_STANDARD.search(turn):  # "gc on it?", "а ЗОП?": the General Comments
        return {STANDARD_SIDE}
    if not named and _BARE_UPR.search(turn):  # "upr same?": the UN's compilation for the review
        return {"un"}
    return named or ({STANDARD_SIDE} if body else set())


# A General Comment or the UPR named alone in a short turn, as typed on a phone
_BARE_STANDARD = re.compile(
    r"(?<![\w-])(?:gcs?|grs?|general\s+(?:comments?|recommendations?)|зоп|замечани\w*\s+общего\s+порядка)(?![\w-])",
    re.IGNORECASE,
)
_BARE_UPR = re.compile(r"(?<![\w-])(?:upr|упо)(?![\w-])", re.IGNORECASE)


# A turn naming the State alone, which names no side elsewhere ("the state of emergency"): "and state?", "what about the
# state?"
_BARE_STATE = re.compile(
    r"^\s*(?:and|(?:and\s+)?(?:what|how)\s+about)\s+(?:the\s+)?state(?:\s+party)?\s*[?.!]*\s*$", re.IGNORECASE
)


# The State under review's own law or stand, asked after what the General Comments say: "How does Kazakhstan's law
# compare?", "How does Kazakhstan's notice period compare?", "and Kazakhstan's position?", "what about Kazakhstan?"
_STATE_WORDS = r"(?:Kazakhstan|the\s+State(?:\s+party)?|the\s+government|our\s+(?:country|government|State))"
_STATE_COMPARED = re.compile(
    rf"^\s*(?:and\s+|so\s+)?how\s+(?:does|do|would)\s+(?P<what>{_STATE_WORDS}(?:['’]s?\s+[\w\s-]{{1,40}}?)?)\s+"
    r"(?:compare|measure\s+up|stack\s+up|fare)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# (what of the State's is asked, in a word or three: "and Kazakhstan's time limit?")
_STATE_POSITION = re.compile(
    rf"^\s*(?:and|but|(?:and\s+)?(?:what|how)\s+about)\s+(?P<state>{_STATE_WORDS})(?:['’]s?\s+"
    r"(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# "and in Kazakhstan?", "what about here?", «и как у Казахстана?», «а в Казахстане?», «а у нас?»: the State's own
# record on the subject
_STATE_PLACE = re.compile(
    r"^\s*(?:and|but|(?:and\s+)?(?:what|how)\s+about)\s+(?:in\s+(?:Kazakhstan|our\s+country)|here)"
    r"\s*[?.!]*\s*$"
    r"|^\s*(?:а|и|ну\s+а)\s+(?:как\s+|что\s+)?(?:в|у)\s+(?:казахстан[ае]?|рк|нас|нашей\s+стран[еы])\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _state_after_standards(previous: str, turn: str) -> str | None:
    """A turn asking how the State's own law or stand compares, after a question on what the General Comments say:
    the previous question's subject, asked of the State ("What do the General Comments say about conscientious
    objection to military service?" + "How does Kazakhstan's law compare?" -> "How does Kazakhstan's law compare on
    conscientious objection to military service?"); None for any other turn."""
    if STANDARD_SIDE not in actors.question_sides(previous):
        return None
    subject = _subject(previous)
    if _STATE_PLACE.match(turn):  # the subject in Kazakhstan, in the previous question's language
        if not has_cyrillic(previous):
            return f"What about {subject} in Kazakhstan?"
        return _with_subject_ru("Что в Казахстане", subject)
    if has_cyrillic(turn):
        return None
    if compared := _STATE_COMPARED.match(turn):
        return f"How does {compared.group('what').strip()} compare on {subject}?"
    if position := _STATE_POSITION.match(turn):
        state = position.group("state")
        if position.group("what"):
            return f"What is {state}'s {position.group('what').lower()} on {subject}?"
        return f"What does {state} say about {subject}?"
    return None


# A side's name in each language, for a turn in one language going on from a question in the other
_SIDE_NAMES = {
    "state": ("the delegation", "делегация"),
    "ngo": ("the NGOs", "НПО"),
    "un": ("the UN", "ООН"),
    "committee": ("the Committee", "Комитет"),
    "standard": ("the General Comments", "замечания общего порядка"),
}

# "а по другим годам?", "and other years?", "what about previous years?": the previous question, of every year
_OTHER_YEARS = re.compile(
    r"^\s*(?:а|и|and|what\s+about|how\s+about)?\s*(?:(?:по|за|в|for|in)\s+)?(?:the\s+)?"
    r"(?:други[ехм]|остальны[ехм]|прошлы[ехм]|предыдущи[ехм]|other|previous|earlier|past)\s+(?:годам|годы|года|лет|years)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# a count of what the previous question counted, by a pronoun: "а сколько человек это затронуло?", "how many people
# did that affect?"
_POINTING = "это|этим|этого|this|that|it"  # at what was counted, not at the counted things ("of them")
_POINTS_AT_IT = re.compile(rf"(?<![\w-])(?:{_POINTING})(?![\w-])", re.IGNORECASE)
_IT_WORDS = re.compile(rf"(?<![\w-])(?:{_POINTING}|эти|they|them)(?![\w-])", re.IGNORECASE)
# A count asked: "How many people died ...?", "Сколько человек погибло ...?"
_HOW_MANY = re.compile(r"^\s*(?:and\s+|а\s+|и\s+)?(?:how\s+many|сколько)(?![\w-])", re.IGNORECASE)
# A turn that names who gives the figures and nothing else: "and according to the NGOs?", "а по данным НПО?"
_ACCORDING_TURN = re.compile(
    r"^\s*(?:and\s+|but\s+|а\s+|и\s+|но\s+)?(?P<according>(?:according\s+to|по\s+(?:данным|словам|мнению|версии))"
    r"\s+[^?.!,]+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# Words pointing back at what the previous question counted: "of them", "among those", "из них", "среди них"
_BACK = re.compile(
    r"\b(?:of|among)\s+(?:them|those|these)\b|(?<![\w-])(?:из|среди)\s+(?:них|этих|тех)(?![\w-])", re.IGNORECASE
)
# "and to yigezu?", "what about to Mr. Helfer?": someone else replied to, after "what did the delegation reply to ...?"
_AND_TO = re.compile(
    r"^\s*(?:and|(?:and\s+)?(?:what|how)\s+about)\s+to\s+(?P<person>(?:(?:mr|ms|mrs)\.?\s+)?[^\W\d_][\w'’-]*)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_REPLIED_TO = re.compile(
    r"^(?P<asked>.*\b(?:repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|sa(?:y|id))\s+to\s+)(?:(?:mr|ms|mrs)\.?\s+)?"
    r"[^\W\d_][\w'’-]*\s*[?.!]*$",
    re.IGNORECASE,
)
# "how many women?", "а сколько женщин?": a group of people and nothing else, after a count (of suicides, of the dead):
# how many of those counted were of it
_PEOPLE_GROUPS = (
    r"women|men|girls|boys|children|minors|juveniles|adolescents|teenagers|foreigners|foreign nationals|civilians"
    r"|migrants|refugees|police officers|officers|soldiers|servicemen|military|journalists|activists"
    r"|женщин|мужчин|девочек|мальчиков|детей|несовершеннолетних|подростков|иностранцев|мирных жителей|мигрантов"
    r"|беженцев|полицейских|военных|военнослужащих|журналистов|активистов"
)
# "how many cases involved children?", «сколько случаев касалось детей?»: a part of what the previous question counted
_INVOLVING_A_GROUP = re.compile(
    rf"^\s*(?:how\s+many|сколько)\s+(?:(?:of\s+them|из\s+них|cases|случаев|из\s+этих\s+случаев)\s+)?"
    rf"(?:involved|concerned|related\s+to|касал\w*|затрагивал\w*|затронул\w*|приходи\w*\s+на)\s+(?:{_PEOPLE_GROUPS})\s*$",
    re.IGNORECASE,
)
_HOW_MANY_OF_A_GROUP = re.compile(
    rf"^\s*(?:and\s+|а\s+|и\s+)?(?:how\s+many|сколько)\s+(?:(?:of\s+them|из\s+них)\s+)?(?=(?:{_PEOPLE_GROUPS})\s*$)",
    re.IGNORECASE,
)
# a group alone after a count: "а женщин?", "and women?", "what about children?", "а из них детей?"
_BARE_GROUP = re.compile(
    rf"^\s*(?:and\s+(?:what\s+about\s+)?|what\s+about\s+|а\s+|и\s+)?(?:(?:of\s+them|из\s+них)\s+)?"
    rf"(?P<group>{_PEOPLE_GROUPS})\s*\??\s*$",
    re.IGNORECASE,
)
# "how many were children?": a count with no noun of its own
_HOW_MANY_WERE = re.compile(r"^\s*(?:and\s+)?how\s+many\s+(?=(?:were|was|are|is|had|have|did)\b)", re.IGNORECASE)
# The words that end the counted thing in "How many people died ...", "How many complaints were registered ..."
_COUNTED_ENDS = frozenset(
    "were was are is have has had did do does died got received went came fled left took remain remained".split()
)


# A count of people with nothing counted but what happened to them: "how many died?", "how many were arrested?",
# "сколько погибло?", "а сколько задержали?": of what the previous question was about
_OUTCOME_COUNT = (
    r"(?:how\s+many(?:\s+(?:people|persons))?\s+(?:(?:were|have\s+been|had\s+been|got)\s+)?"
    r"(?:died|killed|hurt|injured|wounded|shot|arrested|detained|convicted|sentenced|tortured|deported|released"
    r"|charged|prosecuted|fined|punished)\b"
    r"|сколько(?:\s+(?:человек|людей))?\s+(?:было\s+)?"
    r"(?:погибл|убит|убил|ранен|ранил|задержа|арестова|осужд|осуди|пострада|депортир|освобод|привлеч|привлек"
    r"|оштраф|наказа)[а-яё]*)"
)
_BARE_COUNT = re.compile(rf"^\s*(?:and\s+|а\s+|и\s+)?{_OUTCOME_COUNT}\s*\??\s*$", re.IGNORECASE)


# What happened to the people a count counts, in the question before: "How many people died in ...", "сколько
# человек погибло в ...": what follows it is the event asked about
# a count of people as such ("how many people", "сколько человек"), what happened to them after it
_COUNT_OF_PEOPLE = re.compile(r"(?:how\s+many|сколько)\s+(people|persons|человек|людей)\b", re.IGNORECASE)
_OUTCOME_COUNTED = re.compile(rf"(?<![\w-]){_OUTCOME_COUNT}", re.IGNORECASE)
# A part of the people an outcome befell, asked before (_subset_of's reading): "How many of the people that died in
# the January 2022 events were civilians?": the event is what follows the outcome
_PART_OF_OUTCOME = re.compile(
    r"\bhow\s+many\s+of\s+the\s+(?:people|persons)\s+(?:that|who)\s+(?:were\s+)?"
    r"(?:died|killed|hurt|injured|wounded|shot|arrested|detained|convicted|sentenced|tortured|deported|released)\s+"
    r"(?P<event>(?:in|during|at|after|over)\s+[^,?]+?)(?=\s+(?:were|was)\b|,|\?|$)",
    re.IGNORECASE,
)


def _other_outcome(previous: str, turn: str) -> str | None:
    """Another outcome of the event a count of people asked about: "How many people died in the January 2022
    events?" + "how many were injured?" -> "How many were injured in the January 2022 events?" (the injured are no
    part of the dead); "а сколько ранено?" likewise. None unless both are such counts and the previous one says of
    what after it."""
    if not _BARE_COUNT.match(turn):
        return None
    counted = _OUTCOME_COUNTED.search(previous)
    event = previous[counted.end() :].strip().rstrip("?.! ") if counted else ""
    asked = _OPENS.sub("", turn).strip().rstrip("?.! ")
    # "How many of the people that died in the January 2022 events were civilians?": the event of the dead counted
    of_part = _PART_OF_OUTCOME.search(previous) if counted is None else None
    if of_part is not None:
        people = re.match(r"how\s+many\s+(?!people|persons)", asked, re.IGNORECASE)
        asked = f"{asked[: people.end()]}people {asked[people.end() :]}" if people else asked
        return f"{capitalised(asked)} {of_part.group('event')}?"
    if counted is None or not event:
        return None
    # "how many were injured?" after "How many people died ...?": of people too, as the previous one counted
    people = _COUNT_OF_PEOPLE.match(counted.group(0))
    if people and not _COUNT_OF_PEOPLE.match(asked):
        asked = re.sub(r"^(how\s+many|сколько)", rf"\1 {people.group(1)}", asked, count=1, flags=re.IGNORECASE)
    return f"{capitalised(asked)} {event}?"


# A count of what went on from where the previous count left it, naming nothing counted: "how many went to court?",
# "how many reached the courts?", "how many were sent to court?"
_WENT_ON = re.compile(
    r"^\s*(?:and\s+|so\s+)?how\s+many\s+(?P<went>(?:went|got|reached|ended\s+up|made\s+it"
    r"|were\s+(?:sent|referred|taken|brought))\b[^?.!]*?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# What a count of things counted, and when: "How many torture cases were recorded in 2023?" -> torture cases, 2023
_THINGS_COUNTED = re.compile(
    r"^\s*(?:and\s+)?how\s+many\s+(?P<counted>(?:[\w-]+\s+){0,2}?[\w-]+s)\s+(?:(?:were|was|have\s+been|had\s+been)\s+"
    # ("How many torture cases did Kazakhstan register in 2023?": what the State recorded)
    r"[\w-]+|did\s+(?:[\w-]+\s+){1,3}?(?:register|record|report|receive|open|log|count))(?P<after>[^?.!]*)",
    re.IGNORECASE,
)


def _gone_onward(previous: str, turn: str) -> str | None:
    """What went on from what the previous question counted: "How many torture cases were recorded in 2023?" + "how
    many went to court?" -> "How many torture cases went to court in 2023?". None for any other turn."""
    went, counted = _WENT_ON.match(turn), _THINGS_COUNTED.match(previous)
    if went is None or counted is None or _COUNT_OF_PEOPLE.match(previous.strip()):
        return None
    times = re.findall(
        r"\b(?:in|during|since|between)\s+(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?", counted.group("after")
    )
    when = f" {times[-1]}" if times and not A_YEAR.search(turn) else ""
    return f"How many {counted.group('counted')} {went.group('went')}{when}?"


def _bare_part(turn: str) -> bool:
    """A count of a part with nothing else asked: "how many were civilians?", "and how many were women?" (one group
    counted); "how many were convicted of torture in 2023?" asks a question of its own, and what was done ("how many
    were refused?") is no group of the previous subject's."""
    asked = _OPENS.sub("", turn).strip()
    bare = _HOW_MANY_WERE.match(asked)
    if bare is None:
        return False
    words = [word for word in re.findall(r"[\w-]+", asked[bare.end() :]) if set(terms(word)) - _FRAME]
    return len(words) == 1 and not words[0].lower().endswith("ed")


def _subset_of(previous: str, turn: str) -> str | None:
    """A short count of part of what the previous question counted, asked as one question: "How many people died in
    the January 2022 events?" + "how many of them were civilians?" (or "how many were civilians?") -> "How many of
    the people that died in the January 2022 events were civilians?"; a Russian one, or a previous question read
    otherwise, with the previous question after it in brackets ("сколько из них дети? (Сколько человек погибло ...)").
    None unless both count and the turn is short and points back or counts nothing of its own."""
    if not (_HOW_MANY.match(previous) and _HOW_MANY.match(turn)):
        return None
    asked = _OPENS.sub("", turn).strip().rstrip("?.! ")  # "and how many ...": how many ...
    if _word_count(asked) > FOLLOW_ON_WORDS:  # the opener's "and" aside
        return None
    back = _BACK.search(asked)
    bare = _HOW_MANY_WERE.match(asked)
    group = _HOW_MANY_OF_A_GROUP.match(asked)
    if back is not None:  # "how many of them were ...": "of them" stands for what was counted
        start, stop = back.start(), back.end()
    elif bare is not None:  # "how many were ...": what was counted goes after "how many"
        start = stop = bare.end()
    elif group is not None:  # "how many women?": how many were women
        start = stop = group.end()
        asked = f"{asked[:start]}were {asked[stop:]}" if not has_cyrillic(asked) else asked
    elif _INVOLVING_A_GROUP.match(asked):  # «а сколько случаев касалось детей?»: of what was counted, with it
        return f"{capitalised(asked)} ({previous.strip().rstrip('?.! ')})?"
    else:
        return None
    whole = _counted(lives_as_deaths(previous))  # "How many people lost their lives ...": the people that died
    if has_cyrillic(turn) or whole is None:
        return f"{capitalised(asked)} ({previous.strip().rstrip('?.! ')})?"
    whole = whole if whole.startswith("the ") else f"the {whole}"
    return capitalised(re.sub(r"\s+", " ", f"{asked[:start]} of {whole} {asked[stop:]}").strip()) + "?"


_PART_OF_WHOLE = re.compile(
    r"^\s*(?:and\s+)?how\s+many\s+of\s+(?P<whole>(?:the|those|these)\s+.+?)\s+(?:were|was|are|is)\s+[\w-]+\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _counted(question: str) -> str | None:
    """What an English count counts, as a noun phrase: "How many people died in the January 2022 events?" -> "the
    people that died in the January 2022 events", "How many suicides were there in prisons?" -> "suicides in
    prisons"; None for a Russian one or one worded otherwise ("How many complaints did prosecutors receive?")."""
    if has_cyrillic(question) or not _HOW_MANY.match(question):
        return None
    # "How many of the people that died in the January 2022 events were civilians?": the people that died ..., the
    # whole of which the part was asked (a turn after it counts another part of the same whole)
    part_of = _PART_OF_WHOLE.match(question)
    if part_of is not None:
        return part_of.group("whole")
    words = _HOW_MANY.sub("", question, count=1).strip().rstrip("?.! ").split()
    if not words or words[0].lower() in _COUNTED_ENDS:  # "How many were civilians, regarding ...": nothing counted
        return None
    end = next((i for i, word in enumerate(words) if i and word.lower() in _COUNTED_ENDS), None)
    # "did prosecutors receive": worded otherwise (the frame's words come out of it: _subject)
    if end is None or words[end].lower() in ("did", "do", "does"):
        return None
    if words[end + 1 : end + 2] == ["there"]:  # "How many suicides were there in prisons ...": suicides in prisons
        return " ".join([*words[:end], *words[end + 2 :]])
    return f"the {' '.join(words[:end])} that {' '.join(words[end:])}"


# A turn asking whether the one the previous question named got a reply: "did she get an answer?", "was he answered?",
# "did they answer her?", "ей ответили?", "получил ли он ответ?"
_GOT_AN_ANSWER = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:(?:did|has|had)\s+(?:he|she)\s+(?:ever\s+)?(?:get|got|receive[d]?)\s+(?:an?\s+|any\s+)?"
    r"(?:answer|reply|response)|(?:was|were)\s+(?:he|she)\s+(?:ever\s+)?answered"
    r"|did\s+(?:they|the\s+delegation|kz|the\s+state)\s+(?:ever\s+)?(?:answer|reply\s+to|respond\s+to)\s+(?:him|her)"
    # "did they answer?", "was it answered?", "any reply?": a reply on it, to whoever raised it
    r"|(?:did|has|have)\s+(?:they|we|kz|the\s+state|the\s+delegation)\s+(?:ever\s+)?(?:answer|reply|respond)"
    r"(?:\s+to)?(?:\s+(?:it|that|this|(?:that|this|the)\s+question))?"
    r"|(?:was|were)\s+(?:it|that|this|they)\s+(?:ever\s+)?answered|any\s+(?:answer|reply|response))"
    r"\s*[?.!]*\s*$"
    r"|^\s*(?:а\s+|и\s+)?(?:(?:ей|ему|им)\s+(?:что-нибудь\s+)?ответили|(?:получил|получила)\s+ли\s+(?:он|она)\s+ответ"
    r"|что\s+(?:(?:ей|ему|им)\s+)?(?:на\s+это\s+)?ответили|ответили\s+ли(?:\s+(?:ей|ему|им|на\s+это))?"
    # «Ответили ли мы на этот вопрос?», «Ответила ли делегация?», «был ли ответ?»
    r"|ответил[аи]?\s+ли\s+(?:мы|делегация|государство|они)(?:\s+(?:ей|ему|им))?"
    r"(?:\s+на\s+(?:это|него|этот\s+вопрос|вопрос))?|(?:был|есть)\s+ли\s+(?:на\s+это\s+)?ответ)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# Words of a question that ask what someone asked, not about what: "What did Ms. Bassim ask?", "Что спрашивала Бассим?"
_ASKING = frozenset(
    terms(
        "ask asked asks question questions raise raised want wanted know mr ms mrs г-н г-жа спросил спросила спрашивал"
        " спрашивала спрашивали задал задала задавал задавала вопрос вопросы хотел хотела узнать"
    )
)


# "what did helfer ask?", "what did korkelia ask about the npm": a name alone, no title, between "did" and a verb of
# asking, then nothing, or what was asked about (`about`)
_ASKED_BY_BARE = re.compile(
    r"^\s*(?:and\s+)?what\s+did\s+(?P<name>(?!(?:the|they|he|she|it|we|you|i)\b)[A-Za-z][\w'’-]{2,})\s+"
    r"(?:ask|say|raise|want\s+to\s+know)(?:\s*[?.!]*\s*$|\s+(?P<about>about|on|regarding|concerning)\s)",
    re.IGNORECASE,
)


# what else the member the question before named asked: "what did he ask next?", "and what else did she ask?", "что
# он спросил дальше?", "а что ещё она спрашивала?"
_ASKED_NEXT = re.compile(
    r"^\s*(?:and\s+|so\s+)?what\s+(?:else\s+)?did\s+(?:he|she|they)\s+(?:ask|raise|want\s+to\s+know)"
    r"(?:\s+(?:next|then|after\s+that|else|too|as\s+well))?\s*[?.!]*\s*$"
    r"|^\s*(?:а\s+|и\s+)?что\s+(?:ещ[её]\s+)?(?:он|она|они)\s+(?:ещ[её]\s+)?(?:спросил\w*|спрашивал\w*)"
    r"(?:\s+(?:дальше|потом|ещ[её]|после\s+этого))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


_SHE_RU = re.compile(r"(?<![\w-])(?:она|её|ее|ей|неё|нее)(?![\w-])|\w+ла(?![\w-])", re.IGNORECASE)
_HE_RU = re.compile(r"(?<![\w-])(?:он|его|ему|него)(?![\w-])|(?:спрашивал|сказал|спросил|говорил)(?![\w-])", re.I)


def _asked_ru(member: str, turn: str) -> str:
    """ "asked" in Russian of the member, in the gender their honorific or the turn's words say ("а что ещё она
    спрашивала?"); both endings when nothing says it."""
    gender = honorific_gender(member)
    if gender == "f" or (gender is None and _SHE_RU.search(turn)):
        return "спрашивала"
    if gender == "m" or _HE_RU.search(turn):
        return "спрашивал"
    return "спрашивал(а)"


def _asker_ru(previous: str) -> str:
    """The one person a Russian question asks what they said ("что спросил Хелфер про Жилина" -> "Хелфер"), as the
    answers read a speaker (answerability.speakers_named_ru), or ""."""
    return " ".join(word.capitalize() for word in speakers_named_ru(previous))


def _member_asking(previous: str) -> str:
    """The one person an English question asks what they asked about something ("What did Ms. Bassim ask about
    torture?" -> "Ms. Bassim", "what did korkelia ask about the npm" -> "Korkelia"); "" for any other question."""
    people = named_in_question(previous).people
    bare = _ASKED_BY_BARE.match(previous)
    bare = bare if bare is not None and bare.group("about") else None
    if not people and bare is not None and not actors.question_sides(bare.group("name")):
        people = (bare.group("name").capitalize(),)
    asks = bare is not None or re.search(r"\b(?:ask|asked|raise|raised)\b", previous, re.IGNORECASE) is not None
    # "Mr. Yigezu on the January 2022 investigations": what he raised on it, as typed on a phone
    who_on = _WHO_ON.match(_OPENS.sub("", previous).strip())
    asks = asks or (who_on is not None and len(people) == 1 and _names_only_who(who_on.group("who")))
    return people[0] if len(people) == 1 and asks else ""


def _member_only(previous: str) -> str:
    """The one person a question asks about, when it asks nothing else of them: "What did Ms. Bassim ask?" -> "Ms.
    Bassim", "Что спрашивала Бассим?" -> "Бассим"; "" for any other question ("What did Ms. Bassim ask about
    torture?" has a subject, which the turn after it goes on with)."""
    named = named_in_question(previous)
    people = named.people or [word for word in named.standalone if has_cyrillic(word)]
    bare = _ASKED_BY_BARE.match(previous)
    bare = bare if bare is not None and not bare.group("about") else None
    if not people and bare is not None and not actors.question_sides(bare.group("name")):
        people = [bare.group("name").capitalize()]  # "what did helfer ask": a member named as typed on a phone
    if len(people) != 1:
        return ""
    own = set(terms(people[0]))
    left = [term for term in terms(previous) if term not in _FRAME and term not in _ASKING and term not in own]
    return "" if left else people[0]


# A turn's words pointing back at the previous question's subject: "on that", "about it", "по этому поводу"
# ("respond to that point?", "on this matter", "a General Comment addressing it?", "по этому вопросу")
_POINT_NOUN = r"(?:point|issue|matter|question|topic|subject|concern|thing)s?"
_THAT_EN = (
    r"\s+(?:(?:on|about|regarding|concerning|to|addressing|covering|dealing\s+with)\s+(?:that|this|these|those)\s+"
    rf"{_POINT_NOUN}(?![\w-])|(?:on|about|regarding|concerning)\s+(?:that|this|it)(?![\w-])"
    r"|(?:to|addressing|covering|dealing\s+with)\s+(?:that|this|it)(?=\s*(?:[?.!,;]|$)))"
)
_ON_THAT = re.compile(
    rf"{_THAT_EN}|\s+(?:по\s+этому\s+поводу|об\s+этом|на\s+этот\s+сч[её]т|по\s+(?:этому|данному)\s+вопросу"
    r"|на\s+этот\s+вопрос|по\s+этой\s+(?:теме|проблеме)|на\s+эту\s+тему)(?![\w-])",
    re.IGNORECASE,
)


# A turn's words standing for the previous question's subject, wherever they are: "what did korkelia ask about it?",
# "does the CAT list of issues raise the same thing?"
_POINTS_BACK = re.compile(
    rf"{_THAT_EN}|\s+(?:the\s+)?same\s+(?:thing|issue|point|question|topic|matter)s?(?![\w-])", re.IGNORECASE
)


def _pointed_back(previous: str, turn: str) -> str | None:
    """The turn with the words that point back ("about it", "the same thing") replaced by the previous question's
    subject, when the turn says nothing else of its own beyond who is asked (a member, a side, a document): "What did
    they say about the national preventive mechanism?" + "what did korkelia ask about it?" -> "what did korkelia ask
    about the national preventive mechanism?". None for an English turn that does not point back so, or says more."""
    pointer = _POINTS_BACK.search(turn)
    if pointer is None or has_cyrillic(turn) or _word_count(turn) > POINTED_WORDS:
        return None
    rest = turn[: pointer.start()] + turn[pointer.end() :]
    # (a treaty body's name before the sides' words: "the Committee against Torture", not "against Torture" left)
    who = actors.without_sides(without_committees(actors.without_document_names(_OPENS.sub("", rest))))
    named = {term for person in named_in_question(who).people for term in terms(person)}
    asker = {term for match in _ASKER.finditer(who) for term in terms(match.group("who") or match.group("first"))}
    own = [term for term in terms(who) if term not in _FRAME | _ASKING | _SAME_FRAME | named | asker]
    if own or not (asker or named or _SAYING.search(rest) or actors.question_sides(rest)):
        return None  # "and about it?": nothing asked of anyone
    subject = _subject(previous)
    # "about it" -> "about X"; "the same thing" -> "the same thing (X)"
    said = f" about {subject}" if "same" not in pointer.group(0).lower() else f"{pointer.group(0)} ({subject})"
    asked = turn[: pointer.start()].rstrip(" ,") + said + turn[pointer.end() :].rstrip(" ?.!")
    return capitalised(re.sub(r"\s+", " ", _OPENS.sub("", asked)).strip()) + "?"


# A turn naming only another thing to count: "convictions?", "and convictions?", "what about convictions?"
_BARE_PLURAL = re.compile(
    r"^\s*(?:and\s+|(?:and\s+)?what\s+about\s+)?(?:the\s+)?(?P<noun>[a-z]{4,}s)\s*[?.!]*\s*$", re.IGNORECASE
)
# What an English figure question counts, by a plural noun: "how many torture complaints", "torture complaints numbers"
_COUNTED_PLURAL = (
    re.compile(r"\bhow\s+many\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,}s)\b", re.I),
    re.compile(r"\b(?P<noun>[a-z]{4,}s)\s+(?:numbers|figures|stats|statistics|data)\b", re.I),
)


def _count_swapped(previous: str, turn: str) -> str | None:
    """The previous count asked of another thing the turn names alone: "jan 2022 torture complaints numbers?" +
    "convictions?" -> "jan 2022 torture convictions numbers?". None unless the previous question counts a plural noun
    and the turn names one other plural noun and nothing else."""
    bare = _BARE_PLURAL.match(turn)
    if bare is None or has_cyrillic(previous) or bare.group("noun").lower() in STOPWORDS:
        return None
    counted = next((match for pattern in _COUNTED_PLURAL if (match := pattern.search(previous))), None)
    if counted is None or counted.group("noun").lower() == bare.group("noun").lower():
        return None
    swapped = previous[: counted.start("noun")] + bare.group("noun") + previous[counted.end("noun") :]
    return capitalised(_OPENS.sub("", swapped).strip())


# A turn naming another kind of what the previous question counted, and nothing else: "and administrative cases?",
# "what about administrative ones?", «а административных?», «а админ дел сколько»
_OTHER_KIND = re.compile(
    r"^\s*(?:and\s+|(?:and\s+)?what\s+about\s+)?(?:the\s+)?(?P<kind>[a-z][a-z-]{3,})\s+(?P<noun>ones|[a-z]{4,}s)"
    r"\s*[?.!]*\s*$"
    r"|^\s*(?:а|и)\s+(?P<kind_ru>[а-яё][а-яё-]{3,})(?:\s+(?P<noun_ru>[а-яё]{3,}))?(?:\s+сколько)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# ... and the kind and noun of what a count counts: "how many criminal cases", «сколько уголовных дел»
_COUNTED_KIND = re.compile(
    r"\bhow\s+many\s+(?P<kind>[a-z][a-z-]{3,})\s+(?P<noun>[a-z]{4,}s)\b"
    r"|(?<![\w-])сколько\s+(?P<kind_ru>[а-яё-]+(?:ых|их))\s+(?P<noun_ru>[а-яё]{3,})(?![\w-])",
    re.IGNORECASE,
)
# a Russian adjective of the genitive plural, as a kind counted is named alone («а административных?»)
_GENITIVE_PLURAL_ADJECTIVE = re.compile(r"(?:ых|их)$", re.IGNORECASE)


def _kind_swapped(previous: str, turn: str) -> str | None:
    """The previous count asked of another kind of the same things: "How many criminal cases of domestic violence
    were considered in 2023?" + "and administrative ones?" -> "How many administrative cases of domestic violence
    were considered in 2023?"; «сколько уголовных дел ...» + «а админ дел сколько» -> «сколько админ дел ...». None
    unless the previous question counts things of a kind (a word before their noun) and the turn names another kind
    of the same noun ("ones", or none after a Russian adjective) and nothing else."""
    turn_kind, counted = _OTHER_KIND.match(turn), _COUNTED_KIND.search(previous)
    if turn_kind is None or counted is None:
        return None
    russian = bool(turn_kind.group("kind_ru"))
    if russian != bool(counted.group("kind_ru")):
        return None
    suffix = "_ru" if russian else ""  # the groups of the turn's language
    group = f"kind{suffix}"
    kind, noun = turn_kind.group(group, f"noun{suffix}")
    before_kind, before_noun = counted.group(group, f"noun{suffix}")
    if kind.lower() in STOPWORDS or kind.lower() == before_kind.lower():
        return None
    if russian and noun is None and not _GENITIVE_PLURAL_ADJECTIVE.search(kind):
        return None  # «а женщины?»: no kind of the cases
    if noun is not None and noun.lower() not in ("ones", before_noun.lower()):
        return None  # "and police officers?": other things, not another kind of these
    swapped = previous[: counted.start(group)] + kind + previous[counted.end(group) :]
    return capitalised(_OPENS.sub("", swapped).strip())


# A turn that names another time by an event and nothing else: "and after the January events?", "what about during
# the state of emergency?", «а после январских событий?»
_OTHER_TIME = re.compile(
    r"^\s*(?:and|but|(?:and\s+)?what\s+about)\s+"
    r"(?P<time>(?:after|before|during|since)\s+(?!(?:that|this|it|then|them)\b)[^?.!,\d]{3,50}?)\s*[?.!]*\s*$"
    r"|^\s*(?:а|и|ну\s+а)\s+"
    r"(?P<time_ru>(?:после|до|во\s+время|с\s+начала)\s+(?!(?:этого|того|него|них|этих)(?![\w-]))[^?.!,\d]{3,50}?)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _time_swapped(previous: str, turn: str) -> str | None:
    """The previous question asked of the time the turn names by an event, in place of its years: "How many people
    did procurators free from unlawful detention in 2023?" + "and after the January events?" -> "How many people did
    procurators free from unlawful detention after the January events?". None unless the previous question is dated
    by a year, in the turn's language."""
    other = _OTHER_TIME.match(turn)
    dated = _YEARS_SPAN.search(previous)  # its years, with the word before them ("in 2023", «в 2023 году»)
    if other is None or dated is None or has_cyrillic(turn) != has_cyrillic(previous):
        return None
    time = other.group("time") or other.group("time_ru")
    swapped = f"{previous[: dated.start()].rstrip()} {time}{previous[dated.end() :]}"
    return capitalised(re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s+", " ", swapped)).strip())


# "it" and "its" standing for what the previous question was about: "What was its budget in 2023?", "How many visits
# did it carry out?"
_ITS = re.compile(r"\bits\s+(?P<owned>[a-z-]+(?:\s+[a-z-]+)?)(?=\s+(?:in|for|of|since|during)\b|\s*[?.!]*\s*$)", re.I)
_IT = re.compile(
    r"\b(?:did|does|do|has|had|is|was|can|could|will|would)\s+(?P<it>it)\b"
    r"|\b(?P<object>it|them)\s*[?.!]*\s*$",  # "who funds it?", "who runs them?": what the verb is done to
    re.I,
)
IT_SUBJECT_WORDS = 6  # the longest subject of the previous question that "it" is read as standing for
# a subject named by its owner ("its Victims Compensation Fund", "their crisis centres"): the thing, with "the"
_OWNER = re.compile(r"^(?:its|their|our|kazakhstan['’]s|the state['’]s)\s+", re.I)
# what was done to the thing, after it: "the Victims Compensation Fund set up", "the ombudsman established"
_DONE_AFTER = re.compile(
    r"\s+(?:set[\s-]up|established|created|founded|adopted|introduced|launched|opened|abolished|closed|funded)\b.*$",
    re.I,
)
# a subject named by its proper name alone ("Victims Compensation Fund", "Feminita"): a thing, as one named with "the"
_PROPER_NAME = re.compile(r"^(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*$")


def _it_named(previous: str, turn: str) -> str | None:
    """The turn with "its X" read as "the X of" and "it" (or a last "them") as the previous question's subject, when
    that subject is a thing named with "the" ("the national preventive mechanism"), its owner ("its Victims
    Compensation Fund") or its proper name alone: "What was its budget in 2023?" -> "What was the budget of the
    national preventive mechanism in 2023?". None for a longer turn or subject, or another pronoun."""
    if has_cyrillic(turn) or _word_count(turn) > POINTED_WORDS:
        return None
    # "When was the Victims Compensation Fund set up?" + "how much has it paid?": the fund, not its setting up
    subject = _DONE_AFTER.sub("", _OWNER.sub("the ", _subject(previous)))
    named = bool(_PROPER_NAME.match(subject))
    if named and " " in subject:
        subject = f"the {subject}"  # "the Victims Compensation Fund"; "Feminita" as it is
    if not (named or re.match(r"the\s", subject, re.I)) or len(subject.split()) > IT_SUBJECT_WORDS:
        return None
    its, it = _ITS.search(turn), _IT.search(turn)
    if its is not None:
        read = f"{turn[: its.start()]}the {its.group('owned')} of {subject}{turn[its.end() :]}"
    elif it is not None:
        pronoun = "it" if it.group("it") else "object"
        read = f"{turn[: it.start(pronoun)]}{subject}{turn[it.end(pronoun) :]}"
    else:
        return None
    return capitalised(re.sub(r"\s+", " ", _OPENS.sub("", read)).strip())


# "такой допуск", «эта проверка», «те же дела»: a thing of the kind the question before asked about
_SUCH_RU = re.compile(
    r"(?<![\w-])(?:так(?:ой|ая|ое|ие|ого|ую|их|им)|(?:эт|т)(?:от|а|о|и|ого|ой|их|у)\s+же|эт(?:от|а|и|ого|ой|их|у))"
    r"\s+[а-яё]{3,}",
    re.IGNORECASE,
)


def _such_named_ru(previous: str, turn: str) -> str | None:
    """A short Russian turn that points at the previous question's subject with "такой", "этот" or "тот же" before
    a noun, read with that subject after it: «скока адвокатов имеют такой допуск» after «Что НПО писали про
    адвокатов по делам с гостайной?» -> «Скока адвокатов имеют такой допуск про адвокатов по делам с гостайной?».
    None for an English or long turn, or one without such a pointer."""
    if not has_cyrillic(turn) or _word_count(turn) > FOLLOW_ON_WORDS or not _SUCH_RU.search(turn):
        return None
    subject = _subject(previous)
    if not has_cyrillic(subject):
        return None
    return _with_subject_ru(capitalised(_OPENS.sub("", turn).strip().rstrip("?.! ")), subject)


# "he", "she", "his", "her": a person the question before named
_PERSON_PRONOUN = re.compile(r"\b(?P<pronoun>he|she|him|his|her|hers)\b", re.IGNORECASE)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# "her" as the object ("did the delegation answer her?", "her on that"), not as the owner ("her question")
_HER_OBJECT = re.compile(r"\bher\b(?=\s*(?:[?.!,]|$|\s+(?:on|about|at|in|to|for|with|regarding|again|back)\b))", re.I)


def _person_previously_named(previous: str) -> str:
    """The one person the previous question names: a Committee member or other person by honorific ("Ms. Bassim"),
    or, when it names nothing else, one name ("the Zhilin deportation", "Mikhail Zhilin"); "" for none or several."""
    named = named_in_question(previous)
    if named.people:
        return named.people[0] if len(named.people) == 1 else ""
    names = [
        name
        for name in (*named.name_runs, *named.standalone)
        if not countries_in(name)
        and not name.isupper()
        and not actors.question_sides(name)
        # (a place: "in Zhanaozen", "from Almaty")
        and not re.search(rf"\b(?:in|at|from|near|across|throughout)\s+(?:the\s+)?{re.escape(name)}", previous, re.I)
    ]
    return names[0] if len(names) == 1 and len(names[0].split()) <= 3 else ""


def _person_named(previous: str, turn: str) -> str | None:
    """The turn with "he", "she", "his" or "her" read as the one person the previous question named: "did the kazakh
    side explain the Zhilin deportation?" + "when was he deported according to the NGOs?" -> "when was Zhilin
    deported according to the NGOs?". None for a long turn, a turn naming a person of its own, or a pronoun of the
    other gender than the honorific says. A Russian turn's «он», «его», «она», «её»... likewise
    ("Who brought up the Zhilin case?" + «Когда именно его депортировали?» -> «Когда именно Zhilin депортировали?»)."""
    if _word_count(turn) > POINTED_WORDS:
        return None
    russian = has_cyrillic(turn)
    pronoun_pattern, genders = (
        (_PERSON_PRONOUN_RU, _PRONOUN_GENDER_RU) if russian else (_PERSON_PRONOUN, _PRONOUN_GENDER)
    )
    pronouns = [match.group("pronoun").lower() for match in pronoun_pattern.finditer(turn)]
    person = _person_meant(previous, turn, [genders[pronoun] for pronoun in pronouns])
    if person is None:
        return None
    if russian:  # as the question before writes the name
        read = _PERSON_PRONOUN_RU.sub(person, turn)
        return capitalised(re.sub(r"\s+", " ", _OPENS.sub("", read)).strip())
    read = _HER_OBJECT.sub(person, turn)
    read = re.sub(r"\b(?:his|hers|her)\b", f"{person}'s", read, flags=re.IGNORECASE)
    read = re.sub(r"\b(?:he|she|him)\b", person, read, flags=re.IGNORECASE)
    return capitalised(re.sub(r"\s+", " ", _OPENS.sub("", read)).strip())


# «он», «его», «она», «её»: a person the question before named (not «им», «их», «они»: them as often as him)
_PRONOUN_GENDER_RU = dict.fromkeys("он его ему нем нём него нему ним".split(), "m") | dict.fromkeys(
    "она её ее ей неё нее ней нею".split(), "f"
)
_PERSON_PRONOUN_RU = re.compile(rf"(?<![\w-])(?P<pronoun>{'|'.join(_PRONOUN_GENDER_RU)})(?![\w-])", re.IGNORECASE)


def _person_meant(previous: str, turn: str, genders: Sequence[str]) -> str | None:
    """The one person the previous question named, whom a turn's pronouns of those genders ("m", "f") point at; None
    when it has none, names a person of its own, or a pronoun is of the other gender than the honorific says."""
    own = named_in_question(turn)
    if not genders or own.people or own.name_runs or not (person := _person_previously_named(previous)):
        return None
    gender = honorific_gender(person)
    if gender is not None and any(pronoun_gender != gender for pronoun_gender in genders):
        return None
    return person


# the verbs of a turn pointing back that ask whether a side also spoke of it: "does the CAT raise the same thing?"
_SAME_FRAME = frozenset(terms("raise raises raised mention mentions mentioned cover covers covered address addresses"))


# who asked or said it, in the slot a name takes: "what did korkelia ask", "korkelia asked"
_ASKER = re.compile(
    r"\b(?:did|does|has|have)\s+(?P<who>[\w'’-]+)\s+(?:ask|say|raise|mention|recommend|write|answer|reply|respond)\b"
    r"|^\s*(?P<first>[\w'’-]+)\s+(?:asked|said|raised|mentioned|recommended|wrote|answered|replied)\b",
    re.IGNORECASE,
)


def _side_swapped(previous: str, turn: str, sides: set[str]) -> str | None:
    """The previous question with the one side it names replaced by the one side the turn names, the words of the
    turn as typed: "How many people died in January 2022 according to the NGOs?" + "and what did the delegation
    say?" -> "How many people died in January 2022 according to the delegation?" (the reading "What did the
    delegation say about people died in January according to the NGOs?" asked nothing). None unless each names one
    side, a different one, and the previous question is no question of what a side said about something (that one
    is read by its subject)."""
    before = actors.question_sides(previous)
    if len(before) != 1 or len(sides) != 1 or before == sides or has_cyrillic(turn + previous):
        return None  # a Russian side takes the case of its place in the question: not swapped as typed
    if _ABOUT.search(previous):  # "What did the delegation say about X?": "What did the NGOs say about X?"
        return None
    [old], [new] = before, sides
    named_before = actors.side_words(previous, old)
    named_now = actors.side_words(turn, new)
    if named_before is None or named_now is None:
        return None
    start, end = named_before
    if _DOCUMENT_AFTER.match(previous, end):  # "the UN compilation": a document, not the side
        return None
    return previous[:start] + turn[named_now[0] : named_now[1]] + previous[end:]


def _subject_swapped(previous: str, turn: str) -> str | None:
    """The previous question's frame, which asks a side what it said, with the subject the turn names instead: "What
    did the delegation say about spyware?" + "and about national security certificates?" -> "What did the delegation
    say about national security certificates?" ("and national security certificates?", "what about ...?", "а про
    ...?", "а что насчёт ...?"). None unless the turn opens so, names no side and asks nothing of its own ("and how
    many were refused?"), and the previous question names a side and what it spoke about."""
    match = _NEW_SUBJECT.match(turn)
    if (
        match is None
        or _word_count(turn) > FOLLOW_ON_WORDS
        or actors.question_sides(turn)
        or not actors.question_sides(previous)
    ):
        return None
    subject = match.group("subject").strip(" ,")
    about = _ABOUT.search(previous)
    if about is None or not [term for term in terms(subject) if term not in _FRAME]:
        return None
    if _ASKS_ITS_OWN.search(subject):  # «а за сколько дней надо подавать уведомление?»: a question of its own
        return None
    frame = capitalised(previous[: about.start()].rstrip(" ,"))
    if has_cyrillic(turn + previous):  # the turn's own preposition, with the case it governs ("про сертификаты")
        told = match.group("about")
        return f"{frame} {told.strip()} {subject}?" if told else f"{frame}: {subject}?"
    return f"{frame} about {subject}?"


# A question word inside what follows the opener: the turn asks something of its own, after a preposition («а за
# сколько дней ...?», "and in how many cases ...?")
_ASKS_ITS_OWN = re.compile(
    r"(?<![\w-])(?:сколько|скольк\w+|когда|почему|зачем|где|кто)(?![\w-])|\bhow\s+(?:many|much|long|often|soon)\b"
    r"|\b(?:when|why|where|who)\b",
    re.IGNORECASE,
)
# A turn that names only another subject: "and about X?", "what about X?", "and X?", "а про X?", "а что насчёт X?"
_NEW_SUBJECT = re.compile(
    r"^\s*(?:and|also|(?:and\s+)?(?:what|how)\s+about|а\s+(?:что|как)(?=\s+(?:насч[её]т|по\s+поводу))|а\s+вот|а|и)\s+"
    r"(?P<about>(?:about|regarding|concerning|on|о|об|обо|про|насч[её]т|по\s+поводу)\s+)?"
    r"(?!(?:what|how|when|who|whom|whose|why|which|where|did|does|do|is|are|was|were|has|have|had|can|could|will"
    r"|would|should|сколько|что|как|когда|кто|почему|зачем|какие|какой|какая|каким|где|ли)(?![\w-]))"
    r"(?P<subject>[^?]+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


_DOCUMENT_AFTER = re.compile(r"['’]?s?\s+(?:compilation|submission|replies|list|record|document)", re.IGNORECASE)


_SAYING = re.compile(
    r"\b(?:according|say|said|says|think|answer\w*|respon\w*|repl\w*|report\w*|write|wrote|recommend\w*|ask\w*)\b"
    r"|говор\w*|сказа\w*|ответ\w*|отвеча\w*|пиш\w*|писал\w*|счита\w*|сообща\w*|рекоменд\w*|спрос\w*|спраш\w*",
    re.IGNORECASE,
)
# Where what someone said is about begins: "What did the delegation say about prison suicides?", "Что спросила
# г-жа Дондерс о Сенате?", and this module's own Russian reading ("Что говорит НПО: ...")
_ABOUT = re.compile(
    r":\s+|\b(?:about|regarding|concerning)\s+|(?<![\w-])(?:о|об|обо|про|насч[её]т|по поводу)\s+", re.IGNORECASE
)


_PREPOSITION_RU = re.compile(r"(?:о|об|обо|про|насч[её]т|по поводу)\s", re.IGNORECASE)


def _subject(previous: str) -> str:
    """_subject_of, without the figures asked after it ("self harm numbers?": self harm)."""
    return _NUMBERS_AFTER.sub("", _subject_of(previous))


# the words left at the ends of a contrast's topic once its sides and its asking for a contrast are out ("How does the
# of the January 2022 events from the '?")
_CONTRAST_FRAME = frozenset(
    "how does do did what is are was were the a an of from on about in between and to with regarding s".split()
)


def _subject_of(previous: str) -> str:
    """What the previous question was about, without who it asked and without its frame: "What did the delegation
    say about prison suicides?" -> "prison suicides"; "How many suicides were there in prisons from 2016 to 2024?" ->
    "suicides in prisons" (what another side said about it need not be a figure of those years)."""
    previous = _OPENS.sub("", previous).strip()  # "and what about the Ombudsman's powers?": the powers
    if len(actors.contrasted_sides(previous)) >= 2:  # "How does the State's account of X differ from the NGOs'?": X
        topic = actors.contrast_topic(previous)
        if topic != previous:
            words = re.findall(r"[\w-]+", topic)
            article = ""
            while words and words[0].lower() in _CONTRAST_FRAME:
                article = "the " if words.pop(0).lower() == "the" else ""  # "the January 2022 events"
            while words and words[-1].lower() in _CONTRAST_FRAME:
                words.pop()
            if words:
                return article + " ".join(words)
    figures = _FIGURES_GIVEN.match(previous)  # this module's reading of "numbers?": "What figures are given on X?"
    if figures is not None:  # (another side's words on it need not be of the year the figures were asked for)
        return re.sub(r"\s+(?:in|за)\s+(?:19|20)\d\d(?:\s+год)?$", "", figures.group("subject"))
    who_on = _WHO_ON.match(previous)  # "cat loi on npm independence", "Mr. Yigezu on jan 2022 investigations"
    if who_on is not None and _names_only_who(who_on.group("who")):
        return who_on.group("what").strip().rstrip("?.! ")
    regarding = _REGARDING.search(previous)  # this module's reading of a bare count: "How many died, regarding X?"
    if regarding is not None:
        return regarding.group(1)
    # _subset_of's reading of a Russian count of a part, "Сколько из них женщин (сколько самоубийств было ...)?": what
    # the whole question was about (another side's words on the part alone would name nothing)
    part_ru = _PART_OF_RU.match(previous)
    if part_ru is not None:
        return _subject(part_ru.group("whole"))
    part = _PART_OF.match(previous)  # a count of a part (_subset_of): "civilians among the people that died in ..."
    if part:
        whole = _YEARS_SPAN.sub(" ", part.group("whole")).strip()
        if _DONE_TO.search(part.group("part")):  # "How many of the applications were refused?": the refused ones
            return re.sub(r"\s+", " ", f"the {whole} that were {part.group('part')}")
        return re.sub(r"\s+", " ", f"{part.group('part')} among the {whole}")
    counted = _counted(previous)  # "How many people died in ...?": "the people that died in ..."
    if counted is not None and not actors.question_sides(previous):
        return re.sub(r"\s+", " ", _YEARS_SPAN.sub(" ", counted)).strip()
    saying = _SAYING.search(previous)  # "Что спросила Бассим про блокировку интернета?": a name without a title
    if actors.question_sides(previous) or named_in_question(previous).people or saying:
        about = _ABOUT.search(previous, saying.end() if saying else 0)
        if about:  # a Russian preposition stays, for the case it governs: "про блокировку интернета"
            start = about.start() if _PREPOSITION_RU.match(about.group(0)) else about.end()
            return previous[start:].strip().rstrip("?.! ")
    data_on = _DATA_ON.match(previous)  # "Do we have figures on X?", "Did the State publish statistics on X?": X
    if data_on is not None:
        return re.sub(r"\s+", " ", _YEARS_SPAN.sub(" ", data_on.group("subject"))).strip()
    subject = _YEARS_SPAN.sub(" ", previous)
    # "How does the government describe the January 2022 events?": the events, not who describes them
    if _DESCRIBING.search(subject):
        subject = _DESCRIBING.sub(" ", actors.without_sides(subject))
        subject = re.sub(r"^\W*(?:how|what|why)?\W+(?:does|do|did)?\W+(?:the\W+)?", " ", subject, flags=re.I)
    # "will the government scrap that register of foreign funding?": what it would do that to
    subject = _WILL_IT_DO.sub("the ", subject)
    subject = _FRAME_WORDS.sub(" ", subject)
    subject = re.sub(r"\s+", " ", subject).strip(" ,;:?.!")
    subject = _SAID_ABOUT.sub("", subject)  # "What was asked about judges?" -> "judges"
    return subject if terms(subject) else previous.strip().rstrip("?.! ")


_WILL_IT_DO = re.compile(
    r"^\W*(?:will|would|does|did|do|is|are|has|have|can|could|should)\s+(?:the\s+)?"
    r"(?:government|state|authorities|delegation|kazakhstan)\s+[a-z]+\s+(?:that|this|the|its)\s+",
    re.IGNORECASE,
)
# A question typed as who, then what on: "cat loi on npm independence", "Mr. Yigezu on the January 2022 investigations"
_WHO_ON = re.compile(r"^(?P<who>[^?]{2,60}?)\s+(?:on|about|re:?|regarding)\s+(?P<what>[^?]+?)\s*[?.!]*$", re.IGNORECASE)


def _names_only_who(who: str) -> bool:
    """Whether the words before "on" name only who speaks: a side, a document, a committee or one person."""
    people = named_in_question(who).people
    if people:
        return len(people) == 1 and set(terms(who)) <= set(terms(people[0]))
    rest = without_committees(actors.without_sides(actors.without_document_names(who)))
    named = bool(actors.question_sides(who) or committees_named(who) or rest.strip() != who.strip())
    return named and not [term for term in terms(rest) if term not in _FRAME]


# "How many of the people that died in the January 2022 events were civilians?" (_subset_of's reading), "How many of
# the suicides in prisons from 2016 to 2024 were women?"
_PART_OF = re.compile(
    r"^how\s+many\s+of\s+the\s+(?P<whole>.+)\s+(?:were|was|are|is)\s+(?P<part>[^?]+?)\s*[?.!]*$",
    re.IGNORECASE,
)
# _subset_of's reading of a Russian one: "Сколько из них женщин (сколько самоубийств было в местах лишения свободы)?"
_PART_OF_RU = re.compile(r"^(?P<part>[^()]+?)\s+\((?P<whole>[^()]+)\)\?$")
# A part that is something done to the whole ("refused", "given a suspended sentence"), not a kind of it ("women")
_DONE_TO = re.compile(r"^\w+ed\b|^(?:given|held|taken|shown|sent|paid|found|kept|made|brought|known)\b", re.I)


# A question whether someone has data on something: "Do we have figures on X?", "Have we published statistics on X?",
# "Did the government give any numbers for X?": what was asked is X (another side's words on it are about X too)
_DATA_ON = re.compile(
    r"^(?:do|did|does|have|has|had|is|are|was|were|can|could)\s+(?:we|you|they|i|it|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:any|some)\s+)?(?:figures|numbers|stats|statistics|data|information|details)\s+"
    r"(?:on|about|for|regarding|concerning)\s+(?P<subject>[^?]+?)\s*[?.!]*$",
    re.IGNORECASE,
)


# What is left of a question's frame before its subject: "asked about", "said on", "about"
_SAID_ABOUT = re.compile(
    r"^(?:(?:asked|said|raised|told|reported|written)\s+)?(?:about|on|regarding|concerning)\s+", re.I
)


# The years of a question with the words that tie them to it ("from 2016 to 2024", "in 2023", "в 2023 году")
_YEARS_SPAN = re.compile(
    r"(?:\b(?:in|during|from|since|between|until|till|to|and|for|of|в|во|с|по|за|до|и)\s+)?"
    r"(?<!\d)(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?(?!\d)(?:\s*(?:годах|годы|году|года|год|гг?\.?)(?![\w-]))?",
    re.IGNORECASE,
)
# this module's readings: "How many were convicted, regarding X?", "Что говорят НПО: о X?", "Сколько человек
# затронуло в 2023: случаев самоповреждения?"
_REGARDING = re.compile(r"(?:, regarding\s+|:\s+(?=(?:о|об|про)\s)|^сколько[^:?]*:\s+)(.+?)\s*\?$", re.IGNORECASE)
# A verb of how a side tells of something, which is no part of what it tells of
_DESCRIBING = re.compile(
    r"\b(?:describe[sd]?|characteri[sz]e[sd]?|portray(?:s|ed)?|present(?:s|ed)?|explain(?:s|ed)?|view(?:s|ed)?)\b",
    re.IGNORECASE,
)
# The words that make a subject a question: "how many ... were there", "what did", "сколько", "какие"
_FRAME_WORDS = re.compile(
    r"^\s*(?:how\s+(?:many|much|often|long)|what\s+(?:number|percentage|share|proportion)\s+of|what|which|who|when"
    r"|why|how|сколько|какие|какой|какая|какое|каких|что|как|когда|почему)\b"
    r"|\b(?:were|was|are|is|did|does|do|has|have|had)\s+there\b|\b(?:were|was|are|is|did|does|do|has|have|had)\b"
    r"|(?<![\w-])(?:ли|было|были|был|была)(?![\w-])",
    re.IGNORECASE,
)


# A span of years: "2020–2023", "from 2016 to 2024", "between 2016 and 2024", "с 2016 по 2024 (год)"
_SPAN_OF_YEARS = re.compile(
    r"(?P<words>\b(?:from|between)\s+)?(?<!\d)(?:19|20)\d\d(?(words)\s+(?:to|and|until)\s+|\s*[-–—]\s*)(?:19|20)\d\d(?!\d)"
    r"|(?P<words_ru>(?<![\w-])с\s+)(?:19|20)\d\d(?:\s+г(?:ода|\.)?)?\s+(?:по|до)\s+(?:19|20)\d\d"
    r"(?:\s+(?:год|года|годы|г\.?)(?![\w-]))?",
    re.IGNORECASE,
)
_SINGULAR_YEAR_RU = re.compile(r"((?<!\d)(?:19|20)\d\d[–-](?:19|20)\d\d\s+)год(?:у|а)?(?![\w-])")
_SPAN_PLURAL_RU = re.compile(r"((?<!\d)(?:19|20)\d\d\s+)год(?:ах|ы)(?![\w-])")


# A Russian time as a turn types it, with its preposition: "за первое полугодие 2025 года", "в январе 2023 года"
_TIME_TOLD_RU = re.compile(
    r"(?<![\w-])(?:за|в|во)\s+[^\d?!.]*?(?:19|20)\d\d(?:\s+(?:года|году|год|г\.?))?(?![\w-])", re.IGNORECASE
)


def _with_time_ru(question: str, time: str) -> str:
    """A Russian question asked of another time as the turn told it: its own years with their preposition replaced
    ("Сколько самоубийств было в тюрьмах в 2023 году?" + "за первое полугодие 2025 года" -> "... в тюрьмах за первое
    полугодие 2025 года?"), or the time added."""
    span = _YEARS_SPAN.search(question)
    if span:
        return question[: span.start()] + time + question[span.end() :]
    return f"{question.strip().rstrip('?.! ')} {time}?"


def _with_years(question: str, years: list[str]) -> str:
    """The question asked of other years: its own years replaced, or the years added ("How many complaints were
    registered in 2022?" + 2023 -> "... in 2023?")."""
    asked = " and ".join(years)
    spanned = "–" in asked  # a span asked ("2020–2023"): "в 2020–2023 годах"
    year_ru = "годах" if spanned else "году"
    span = _SPAN_OF_YEARS.search(question)
    if span:  # "in 2020–2023", "from 2016 to 2024": the span asked of the year ("in 2024"), not "2024–2023"
        said = f"в {asked} {year_ru}" if span.group("words_ru") else f"in {asked}" if span.group("words") else asked
        question = question[: span.start()] + said + question[span.end() :]
        return question if spanned else _SPAN_PLURAL_RU.sub(r"\1году", question)  # "в 2020–2023 годах" -> "в 2024 году"
    if A_YEAR.search(question):
        if spanned:  # "... in 2023?" + "and in 2020-2023?": the span, in the case a span takes
            return _SINGULAR_YEAR_RU.sub(r"\1годах", A_YEAR.sub(asked, question, count=1), count=1)
        return A_YEAR.sub(asked, question, count=1)
    stem = question.strip().rstrip("?.! ")
    russian = has_cyrillic(question)
    return f"{stem} в {asked} {year_ru}?" if russian else f"{stem} in {asked}?"
