"""Russian words of the human-rights subject matter and the English words the documents use for them, so that a
Russian question's topic can be looked for in the English paragraphs ("пытки" -> "torture").

Only topic words: not "case", "question" or "information", which every paragraph has, nor the sides (State, NGOs:
prepbot.retrieval.actors). Matched by stem at the start of a word, so that case endings ("пыток", "пытках") do not
matter; the English side is matched by prefix ("tortur" finds "tortured").
"""

from __future__ import annotations

import re

# Russian stem (regular expression, lower case) -> English prefixes, any of which shows the topic
TOPICS: dict[str, tuple[str, ...]] = {
    r"пыт(?:к|ок|оч)": ("tortur",),
    r"жесток\w* обращ|бесчеловечн|унижающ": ("ill-treat", "cruel", "inhuman", "degrading"),
    r"избиен|избил|побо": ("beat", "ill-treat", "violence"),
    r"самоубийств|суицид|покончи\w* с собой": ("suicid",),
    r"самоповрежд|членовредит": ("self-harm", "self-injur"),
    r"умер|смерт(?!н\w* казн)|погиб|гибел|скончал": ("death", "died", "dead", "killed", "deceased"),
    r"смертн\w* казн": ("death penalty", "capital punishment"),
    r"убит|убийств": ("killed", "murder", "homicide"),
    r"тюрьм|тюрем|колони|исправительн|уис\b|уголовно-исполнительн": ("prison", "penal", "penitentiar", "custod"),
    r"заключ[её]нн|осужд[её]нн|узник": ("prisoner", "inmate", "detainee", "convict"),
    r"задержа|арест|содержани\w* под стражей|изолятор|сизо|ивс\b": ("detain", "detention", "arrest", "custod"),
    r"досудебн": ("pretrial", "pre-trial"),
    r"адвокат|защитник|юридическ\w* помощ": ("lawyer", "counsel", "defence", "legal aid", "attorney"),
    r"суд(?!ьб|ь[яиеюё]|ей)|судебн": ("court", "judicia", "trial"),  # not "судей" (judges)
    r"судь[яиейю]|судей": ("judge",),
    r"прокурор|прокуратур": ("prosecut", "procurator"),
    r"полици|полицейск|сотрудник\w* органов внутренних дел|мвд": ("police", "internal affairs", "law enforcement"),
    r"кнб|национальн\w* безопасност": ("national security",),
    r"расследова": ("investigat",),
    r"жалоб|обращени": ("complaint", "report", "appeal"),
    r"компенсаци|возмещени|выплат": ("compensat", "redress", "payment", "paid"),
    r"жертв|потерпевш": ("victim",),
    r"омбудсмен|уполномоченн\w* по правам": ("ombudsman", "commissioner"),
    r"нпм|превентивн": ("preventive mechanism",),
    r"собрани|митинг|демонстрац|пикет|протест": ("assembl", "rally", "rallies", "demonstrat", "protest"),
    r"журналист|репортёр|репортер": ("journalist", "reporter"),
    r"сми\b|средств\w* массов\w* информ|медиа|пресс": ("media", "press"),
    r"цензур": ("censor",),
    r"интернет|сайт|блокир|онлайн|социальн\w* сет": ("internet", "online", "website", "block", "social media"),
    r"экстремиз|экстремист": ("extremis",),
    r"террор": ("terror",),
    r"религи|верующ|вероисповед|миссионер": ("religio", "belie", "faith", "missionar"),
    r"свобод\w* слова|выражени\w* мнени|выражени": ("expression", "speech"),
    r"клевет": ("defamat", "libel", "slander"),
    r"ложн\w* информац": ("false information",),
    r"беженц|убежищ": ("refugee", "asylum"),
    r"мигрант|миграц": ("migra",),
    r"гражданств|апатрид|лиц\w* без гражданства": ("citizenship", "nationality", "stateless"),
    r"экстрадиц|выдач": ("extradit",),
    r"депортац|высыл|выдвор": ("deport", "expel", "expuls", "removal"),
    r"невозвращени|non-refoulement": ("refoulement",),
    r"дет(?:и|ей|ям|ьми)|реб[её]н|несовершеннолетн|подрост": ("child", "minor", "juvenile", "adolescen"),
    r"женщин|девочк|девушк": ("women", "woman", "girl"),
    r"бытов\w* насили|семейн\w* насили|домашн\w* насили": ("domestic violence",),
    r"насили": ("violence", "abuse"),
    r"изнасилова|сексуальн": ("rape", "sexual"),
    r"торговл\w* людьми|торговц\w* людьми": ("trafficking",),
    r"дискриминац": ("discriminat",),
    r"лгбт|сексуальн\w* ориентац|гендерн\w* идентичн": ("lgbt", "sexual orientation", "gender identity"),
    r"инвалид|ограниченн\w* возможност": ("disabilit",),
    r"выбор|избирательн": ("election", "elector"),
    r"голосова|проголосова": ("vote", "voting", "voter"),
    r"референдум": ("referendum",),
    r"парламент|мажилис|сенат": ("parliament", "majilis", "mazhilis", "senate"),
    r"конституци": ("constitution",),
    r"коррупц|взятк|взяточ": ("corrupt", "brib"),
    r"профсоюз": ("union",),
    r"труд|работник|занятост": ("labour", "labor", "work", "employ"),
    r"этническ|меньшинств|национальност": ("ethnic", "minorit"),
    r"язык": ("language",),
    r"образовани|школ|обучени": ("educat", "school"),
    r"здоровь|медицин|врач|больниц": ("health", "medical", "doctor", "hospital"),
    r"психиатр|психическ": ("psychiatr", "mental"),
    r"видеонаблюдени|видеокамер|камер": ("video", "camera", "cctv"),
    r"амнисти": ("amnesty",),
    r"помиловани": ("pardon",),
    r"приговор|осужден|осудил|осуждены|судим": ("convict", "sentence"),
    r"оправда": ("acquit",),
    r"январск|январ": ("january",),
    r"жанаозен": ("zhanaozen",),
    r"иностранн\w* агент|иностранн\w* финансирова": ("foreign fund", "foreign agent", "foreign sources"),
    r"военн\w* служб|призыв|армейск|армии|альтернативн\w* служб": (
        "military",
        "conscript",
        "army",
        "alternative service",
    ),
    r"брак": ("marriage", "marry"),
    r"персональн\w* данн|неприкосновенност\w* частн": ("personal data", "privacy"),
    r"искусственн\w* интеллект": ("artificial intelligence",),
}
_TOPICS = [(re.compile(rf"(?<![а-яёa-z])(?:{stem})", re.IGNORECASE), english) for stem, english in TOPICS.items()]


def english_topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """For each subject-matter word of a Russian text, the word as written and the English words that show it:
    [("пытках", ("tortur",)), ...]."""
    found = []
    for pattern, english in _TOPICS:
        match = pattern.search(text)
        if match:
            start = text.rfind(" ", 0, match.start()) + 1
            end = min((i for i in (text.find(c, match.end()) for c in " ,.?!;:") if i >= 0), default=len(text))
            found.append((text[start:end], english))
    return found


def shows_topic(english_text: str, alternatives: tuple[str, ...]) -> bool:
    """True when the English text has one of the alternatives (as a word start, case-insensitive)."""
    lowered = english_text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(word)}", lowered) for word in alternatives)
