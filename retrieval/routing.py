"""Which layer a question's wording leans to: the treaty bodies' General Comments (the standards layer), this
dialogue, or neither. Search uses the verdict to set how far it holds the standards back (retrieval/search.py).

Questions about the standards are worded generically: what States must do, whether something is allowed, what a
treaty or its article requires ("What must a State tell relatives...?", "Should States recognize de facto unions?",
"Does the Covenant list...?", "Должны ли санкции быть соразмерными?", "по Пакту"). Questions about the dialogue
name its actors, places, years and events: the delegation, the government, NGOs, the UN, a Committee member
(actors.py), Kazakhstan, Zhanaozen, the January events, the Criminal Code, "how many", "did CAT ask".

- `standard`: the question names the standards outright ("general comment", "treaty bodies": actors.py's
  `standard` side), or it has a generic cue and no cue of the dialogue;
- `dialogue`: a cue of the dialogue and no naming of the standards;
- `dialogue` too: no cue of either, but it asks what is being done in practice ("What measures are taken to...?",
  "Что делается для...?"), or whether something is so in a State's law or practice ("Is polygamy a crime?", "Are
  facial recognition cameras used ...?", "Предусмотрен ли отпуск ... для отцов?"), or what happened ("Were
  employees required to ...?", though it names what was required), or what "is said" about something ("Что
  говорится о многожёнстве?"), or what the law is, naming no treaty body ("какая продолжительность рабочего дня по
  закону?"); and, though worded as a rule is, what is so here, in this country ("is FGM actually banned here?",
  "Запрещена ли у нас конверсионная терапия?");
- `neutral`: neither ("Can protesters be punished under vaguely worded offences?"): search keeps its default.

A generic subject ("a State", "States parties", "a government", "государства-участники", "может ли государство")
is read before the dialogue's actors are looked for, and taken out, so that "a government" is not this dialogue's
Government. All cues are here, English and Russian, matched case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from prepbot.core.vocabulary import STANDARD_SIDE
from prepbot.retrieval import actors
from prepbot.retrieval.standards import COMMITTEE_ACRONYMS

STANDARD = STANDARD_SIDE
DIALOGUE = "dialogue"
NEUTRAL = "neutral"
VERDICTS = (STANDARD, DIALOGUE, NEUTRAL)

# Any State, not this one: the subject of a general rule.
GENERIC_SUBJECTS = (
    r"\b(?:a|any|every|each|other|all|the) states? part(?:y|ies)\b(?<!\bthe state party)"  # not "the State party"
    r"|\bstates parties\b"
    r"|\b(?:a|any|every|each) (?:state|government|country)\b"
    r"|(?<!united )(?<!member )\bstates\b(?! of america)"  # "Should States...", not "the United States"
    r"|государств\w*[- ]участник\w*"
    r"|(?:может|должн\w*|обязан\w*|вправе|несёт|несет) ли государств\w*"
    # "Должны ли богатые государства помогать ...?": a kind of States, not this one
    r"|государств\w* (?:долж|обязан|может|вправе)\w*|(?:долж|обязан)\w* (?:[\w-]+ ){0,2}государств\w*"
    # "Что нужно сделать государству", "обязательства у государства", "дают государству право", "делами государства"
    r"|(?:нужно|надо|следует|необходимо|стоит) (?:[\w-]+ ){0,2}государств\w*"
    r"|обязательств\w* (?:у )?государств\w*|государств\w* прав[оа]\b|\bдел(?:а|ам|ами|ах)? государств\w*"
)
# A rule or its source: what is required, allowed or forbidden, what a treaty or article says or means.
GENERIC_CUES = (
    r"^(?:must|should|shall|may)\b"
    r"|^(?:what|how|when|who|which|whom)\b[^?]*\b(?:must|should)\b"
    r"|^(?:is|are) (?:it|there|they)? ?(?:\w+ )?(?:forbidden|prohibited|permissible|acceptable|permitted|allowed"
    r"|lawful|required|obliged|entitled|protected)\b"
    r"|\b(?:is it|are they) (?:enough|sufficient|compatible)\b"
    r"|\b(?:ha(?:ve|s)|enjoy) (?:a|the) right\b|\bright to be\b"
    r"|\bobligations?\b|\bdut(?:y|ies) to\b|\brequire[sd]?\b|\bcount as\b|\bamount to\b"
    r"|\bthe (?:covenant|convention|treaty)\b|\b(?:race|women's|children's|torture|disability) convention\b"
    r"|\barticle \d+\w* of the (?:covenant|convention)\b|\bthe [\w ]{0,30} article\b(?<!criminal code article)"
    r"|\bin general\b|\bgenerally\b|\bв целом\b|\bв общем\b|\binternational (?:human rights )?law\b"
    r"|^(?:должн\w*|обязан\w*|можно|нужно|следует|допустим\w*|вправе|защищ\w*|запрещ\w*|разреш\w*) ли\b"
    r"|^(?:что|как|кто|какие|каким|какая|какой|когда) [^?]*\b(?:должн|обязан|следует)\w*"
    r"|\b(?:име\w*|есть) ли [^?]*\bправо\b|\bправо на\b|\bобязательств\w*|\bотносится ли\b|\bозначает ли\b"
    r"|\bпакт\w*|\bконвенци\w*|\bпо мнению комитет\w*|\bмеждународн\w* прав\w*"
    # the Covenants by their Russian acronyms; "допустимо ли по ...", "... допустимо?" anywhere in the question
    r"|(?<![\w-])(?:мпгпп|мпэскп)(?![\w-])|(?<![\w-])допустим\w*"
)
# A treaty body's view asked for as such ("UN human rights committee view", "the Committee's position", "Does CERD
# expect every insulting remark to be prosecuted?"): with no cue of the dialogue, a question about its standards,
# though it names a side's word ("UN ...": the UN; "a public official": the State) that would otherwise make it one
# about this dialogue. Not "What does CERD say about ...?": the UN compilation quotes the treaty bodies on this State.
TREATY_BODY_VIEW = (
    r"\b(?:human rights )?committee(?:'s|’s)? (?:view|position|stance)\b"
    r"|\b(?:does|do|would) (?:the )?(?:human rights committee|cat|cerd|cedaw|crc|cescr|crpd|ced|cmw) "
    r"(?:expect|require|consider|allow|accept|permit)\b"
    # "позиция комитета", "что на это кпч": a committee's view asked in Russian
    r"|(?<![\w-])позици\w* (?:комитет\w*|кпч|кпп|кпр|клдж|клрд|кэскп|кпи)(?![\w-])"
    r"|(?<![\w-])что на это (?:комитет\w*|кпч|кпп|кпр|клдж|клрд|кэскп|кпи)(?![\w-])"
)
# A treaty named by its subject ("under the economic and social rights covenant"), an article of one named by its
# treaty body's acronym ("article 9 of the CRPD", «по статье 9 КПИ»; not the Convention against Torture's, whose
# articles this review is about): the standards, unless the question asks what is done or planned ("Any plans to
# ratify the optional protocol to the economic covenant?": PRACTICE_CUES, read first)
TREATY_NAMED = (
    r"\bthe (?:[\w'’-]+ ){1,5}covenant\b|\barticle \d+\w* (?:of )?(?:the )?(?:crpd|crc|cedaw|cerd|cmw|ced|cescr)\b"
    r"|(?<![\w-])стать\w* \d+\w* (?:кпи|кпр|клдж|клрд|кэскп|кпч)(?![\w-])"
)
# A treaty or a General Comment named ("the privacy article of the ICCPR", "Does the Covenant require ...", «Требует
# ли Пакт ...», «по конвенции о правах инвалидов», "General Comment 37"), or a treaty body's reading asked ("по мнению
# Комитета по правам человека", «с точки зрения КПР»): what asks_a_treaty reads
TREATY_ASKED = (
    r"\b(?:the|this|that) (?:[\w'’-]+ ){0,5}(?:covenant|convention|treaty)\b|\b(?:iccpr|icescr|icerd)\b"
    r"|\bgeneral (?:comment|recommendation)s?\b|(?<![\w-])(?:пакт\w*|конвенци\w*|мпгпп|мпэскп)(?![\w-])"
    r"|(?<![\w-])(?:по мнению|с точки зрения) (?:комитет\w*|кпч|кпп|кпр|клдж|клрд|кэскп|кпи)(?![\w-])"
    r"|замечани\w* общего порядка"
)
# This dialogue's world: its people and places, its events and years, its laws, counts, what was said in it.
DIALOGUE_CUES = (
    r"\b(?:kazakh\w*|kz|astana|almaty|nur-sultan|zhanaozen|karaganda|shymkent|akimat|maslikhat|majilis|mazhilis|knb|tenge"
    r"|january (?:events|unrest|protests|riots)|bloody january|delegation|criminal code|code of administrative"
    r"|criminal executive code|this year|last year|currently|now|so far|still|the report|the review|dialogue"
    r"|how many|how much|what (?:share|percentage|proportion|number)|upr)\b"
    r"|\b(?:19|20)\d\d\b"
    r"|\b(?:did|was|were|had)\b[^?]*\b(?:ask\w*|say|said|tell|told|raise\w*|answer\w*|repl\w*|recommend\w*"
    r"|want\w*|find|found|report\w*|explain\w*|admit\w*|respond\w*|describe\w*|deny|denied|claim\w*)\b"
    r"|\b(?:asked|said|told|raised|replied|answered|wanted to know)\b"
    r"|казах\w*|\bкз\b|\bрк\b|астан\w*|алмат\w*|жанаозен\w*|акимат\w*|маслихат\w*|мажилис\w*|\bкнб\b|тенге"
    r"|январск\w* событ\w*"
    r"|\bук\b|уголовн\w* кодекс\w*|\bкоап\b|\bсейчас\b|\bтеперь\b|в этом году|в прошлом году|\bсколько\b"
    r"|\blabou?r code|\bpenal code|\btax code|трудов\w* кодекс\w*|законопроект\w*"
    r"|\b(?:спрашивал|сказал|заявил|ответил|сообщил|отметил|рекомендовал|хотел\w* узнать)\w*"
)
# What is being done in practice, asked with no rule and no actor named ("What measures are taken to prevent suicides
# among police officers?", "Что делается для защиты пожилых людей?", "Как предотвращают пытки в центрах для
# мигрантов?"): a State's practice, which this dialogue tells of and no General Comment does
PRACTICE_CUES = (
    r"\bwhat (?:is|are|was|were|has been|have been) (?:being )?done\b"
    # what happened, what is planned, what the police, the courts or the law of a State do ("Were any prisoners let
    # out early...?", "Any plans to...?", "Is a bill ... before parliament?", "Do the police use facial recognition?",
    # "Есть ли горячая линия...?", "Собираются ли запретить...?", "у женщин в колониях есть ...?")
    r"|^(?:were|was|have|has|had)\s+(?!it\b|there\b)|\b(?:any|are there|is there)\s+plans?\b|\bplans?\s+to\b"
    r"|\b(?:a|the)\s+(?:draft\s+)?bill\b"
    r"|^(?:do|does|did|are|is|were|was)\s+(?:the\s+)?(?:police|courts?|laws?|government|authorities|prisons?)\b"
    r"|^есть ли\b|(?<![\w-])(?:собира|планиру)\w* ли\b|(?<![\w-])колони\w*"
    r"|\b(?:measures|steps|action)\b[^?]{0,20}?\b(?:is|are|was|were|has been|have been) (?:being )?taken\b"
    r"|(?<![\w-])(?:принима\w*ся|предпринима\w*ся|делается|делают|предотвращают|проводится|проводятся"
    r"|осуществля\w*ся|реализу\w*ся)(?![\w-])"
    # whether something is so in a State's law or practice: a crime, in use, provided for ("Is polygamy a crime?",
    # "Are facial recognition cameras used ...?", "Предусмотрена ли уголовная ответственность ...?", "Оснащены ли
    # патрульные машины ...?"): a fact of this State that the dialogue tells of or not, no General Comment
    r"|^(?:is|are)\s+[^?,]{1,60}?\s(?:(?:a|an)\s+(?:criminal\s+)?(?:crime|offen[cs]e)|criminali[sz]ed|punishable"
    r"|mandatory|compulsory|(?:being\s+)?used|in\s+use|equipped|printed|installed)\b"
    # what happened, when a law came in or went, why a figure rose or fell ("What happened to the prisoners on death
    # row ...?", "когда ввели мораторий ...?", "почему ... распространённость ВИЧ выросла?")
    r"|\bwhat (?:has )?happened\b|(?<![\w-])что (?:произошло|случилось|стало)(?![\w-])"
    r"|^(?:когда|в каком году)\s[^?]*?(?<![\w-])(?:ввели|введен\w*|приняли|принят[аоы]?|отменили|отменен\w*)(?![\w-])"
    r"|\b(?:rose|fell|went (?:up|down)|has (?:risen|fallen|grown))\b"
    r"|(?<![\w-])(?:вырос(?:ла|ло|ли)?|вырасл\w*|снизил\w*|сократил\w*|увеличил\w*|уменьшил\w*)(?![\w-])"
    r"|^(?:предусмотрен\w*|используют\w*|используется|применяют\w*|применяется|оснащен\w*|существу\w*|действу\w*"
    r"|введен\w*|ввели|отменен\w*|отменили|убрали|криминализирован\w*|наказуем\w*|доступ(?:ен|на|но|ны)"
    r"|положен\w*|выдают|выплачива\w*) ли\b"
)
# What the law is, no rule asked and no treaty body named ("Is kalym regulated by law at all?", "какая
# продолжительность рабочего дня по закону", "Is polygamy legal, or ...?"): a fact of this State's law.
# A rule asked of the standards says so ("Must the law recognise ...", "Допустимо ли, чтобы по закону ...":
# GENERIC_CUES, read first) or names whose reading it asks ("у нас часто только предупреждение. что требует CEDAW?")
LAW_HERE = (
    r"\bby law\b|\blegally\b|\blegal(?=\s*[?,]|\s+(?:here|or)\b)"
    r"|(?<![\w-])(?:законом|законодательно|по закону|по законодательству)(?![\w-])"
)
# Here, in this country ("is FGM actually banned here?", "Запрещена ли у нас конверсионная терапия?"): this State,
# though the question is worded as a rule is ("Запрещена ли ...", "Is it allowed ...")
HERE = r"\bhere\b|\bin (?:this|our) country\b|(?<![\w-])(?:у нас|в нашей стране)(?![\w-])"
# The asker as a party to this dialogue, what "we" said or were asked ("Which article of the Shanghai Convention did
# we rely on?", "What did the CAT ask us?", «мы писали, что ...»): the dialogue's documents, not a General Comment
# (not "Do we have to allow ...?", a rule asked)
WE_SAID = (
    r"\b(?:did|have|had) we\b|\bwe (?:said|told|stated|wrote|replied|answered|reported|gave|relied|claimed|mentioned)\b"
    r"|\b(?:asked|told|tell|ask) us\b|\bour (?:repl(?:y|ies)|report|delegation|answers?|submission)\b"
    r"|(?<![\w-])(?:мы (?:писали|сказали|ответили|заявили|сообщили|указали|говорили|написали)"
    r"|нас (?:спрашивал\w*|спросил\w*)|наш\w* (?:доклад\w*|ответ\w*|делегаци\w*))(?![\w-])"
)
# What "is said" about something, no layer named ("Что говорится о многожёнстве?", "What do the documents say about
# hazing?"): this dialogue's documents are asked; the General Comments follow when they are silent
SAID_CUES = (
    r"^(?:что (?:говорится|сказано|говорят|пишут)|what (?:is|was) (?:said|written)"
    r"|what do(?:es)? (?:the )?documents? say)\b"
)
# What happened, asked in the past ("Were employees required to get COVID-19 vaccinations?"): an event of this State,
# though the question names what was required or allowed
PAST_EVENT = r"^(?:were|was)\s+(?!it\b|there\b)"
_GENERIC_SUBJECTS = re.compile(GENERIC_SUBJECTS, re.IGNORECASE)
_PAST_EVENT = re.compile(PAST_EVENT, re.IGNORECASE)
_SAID = re.compile(SAID_CUES, re.IGNORECASE)
_PRACTICE = re.compile(PRACTICE_CUES, re.IGNORECASE)
_LAW_HERE = re.compile(LAW_HERE, re.IGNORECASE)
_HERE = re.compile(HERE, re.IGNORECASE)
_WE_SAID = re.compile(WE_SAID, re.IGNORECASE)
_TREATY_BODY = re.compile(
    rf"(?<![\w-])(?:{'|'.join(COMMITTEE_ACRONYMS.values())})(?![\w-])|\bcommittee|(?<![\w-])комитет", re.IGNORECASE
)
_GENERIC = re.compile(GENERIC_CUES, re.IGNORECASE)
_TREATY_NAMED = re.compile(TREATY_NAMED, re.IGNORECASE)
_DIALOGUE = re.compile(DIALOGUE_CUES, re.IGNORECASE)
_TREATY_BODY_VIEW = re.compile(TREATY_BODY_VIEW, re.IGNORECASE)
_TREATY_ASKED = re.compile(TREATY_ASKED, re.IGNORECASE)
_DIALOGUE_SIDES = ("state", "ngo", "un")  # actors.py's sides that only this dialogue has


def names_the_dialogue(question: str, speakers: Iterable[actors.Speaker] = ()) -> bool:
    """Whether the question names something of this dialogue's world (DIALOGUE_CUES: Kazakhstan, its events and
    years, what was said in it) or one of its speakers; a side it names ("государство", the State in general) is not
    enough."""
    return bool(_DIALOGUE.search(question)) or any(speaker.named_in(question) for speaker in speakers)


def lean(question: str, speakers: Iterable[actors.Speaker] = ()) -> str:
    """The layer the question's wording leans to: STANDARD, DIALOGUE or NEUTRAL (see the module's docstring).
    `speakers` are the corpus's named speakers (actors.speakers): naming one is a cue of the dialogue."""
    text = " ".join(question.split())
    if STANDARD_SIDE in actors.question_sides(text):
        return STANDARD
    generic = bool(_GENERIC_SUBJECTS.search(text))
    rest = _GENERIC_SUBJECTS.sub(" ", text).strip()
    generic = generic or (bool(_GENERIC.search(rest)) and not _PAST_EVENT.match(rest))
    sides = actors.question_sides(rest)
    named_dialogue = names_the_dialogue(rest, speakers)
    if not named_dialogue and _TREATY_BODY_VIEW.search(rest):
        return STANDARD
    if named_dialogue or any(side in sides for side in _DIALOGUE_SIDES):
        return DIALOGUE
    of_this_state = not _TREATY_BODY.search(rest)  # "here", "by law": not when a treaty body's reading is asked
    if (of_this_state and _HERE.search(rest)) or _WE_SAID.search(rest):
        return DIALOGUE
    if generic:
        return STANDARD
    if _PRACTICE.search(rest) or _SAID.search(rest) or (of_this_state and _LAW_HERE.search(rest)):
        return DIALOGUE
    if _TREATY_NAMED.search(rest):
        return STANDARD
    return NEUTRAL


def asks_a_treaty(question: str, speakers: Iterable[actors.Speaker] = ()) -> bool:
    """Whether the question asks what a treaty, a General Comment or a treaty body holds (it names one: TREATY_ASKED,
    TREATY_NAMED, TREATY_BODY_VIEW, a committee) and nothing of this dialogue: none of its world (names_the_dialogue),
    none of the sides only it has (the NGOs, the UN), no practice or saying asked (PRACTICE_CUES, SAID_CUES). A State
    named so is any State ("The finance ministry says free primary schooling can be phased in. Is that allowed under
    the Covenant?", «Власти предлагают ... Допустимо ли это с точки зрения КПР?»): the rule is the treaty bodies' to
    give, though lean reads the State named as this review's."""
    text = " ".join(question.split())
    named = (
        _TREATY_ASKED.search(text)
        or _TREATY_NAMED.search(text)
        or _TREATY_BODY_VIEW.search(text)
        or _TREATY_BODY.search(text)
    )
    return (
        bool(named)
        and not names_the_dialogue(text, speakers)
        and not {"ngo", "un"} & actors.question_sides(text)
        and not _PRACTICE.search(text)
        and not _SAID.search(text)
    )
