"""Russian words of the human-rights subject matter and the English words the documents use for them, so that a
Russian question's topic can be looked for in the English paragraphs ("пытки" -> "torture").

TOPICS are the dialogue's subjects: the answers check that a Russian question's topics are in the passage they quote
(prepbot.answering.answerability), and search looks for them. GLOSS adds the general words of the treaty bodies'
General Comments ("жильё" -> housing, "травля" -> bullying, "обязан" -> obligation), for search only: with both,
`english_gloss` gives a Russian question's English keywords, which search matches against the English paragraphs
with BM25 (retrieval/search.py).

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
    r"убит|убий|убил|убива": ("killed", "murder", "homicide"),
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
# Words of the treaty bodies' General Comments that are not topics of the dialogue check above: what a Russian
# question about the standards asks in general terms ("обязан ли", "жильё", "травля"). Search only (a Russian query's
# English gloss for BM25 and the English models); the answers' topic check uses TOPICS alone.
GLOSS: dict[str, tuple[str, ...]] = {
    # what States owe
    r"обязан|обязательств|долж[нео]": ("obligation", "must", "duty"),
    r"запрещ|запрет": ("prohibited", "prohibition"),
    r"разреш|допуст|допуска": ("permissible", "allowed"),
    r"ограничени|ограничи": ("restriction", "limitation"),
    r"соразмерн|пропорциональн": ("proportionality", "proportionate"),
    r"необходим": ("necessary",),
    r"законодательств|закон": ("law", "legislation"),
    r"гаранти": ("guarantee", "safeguard", "assurance"),
    r"защит": ("protection", "protect"),
    r"уважа|уважени": ("respect",),
    r"предотвращ|профилактик|предупрежд": ("prevent", "prevention"),
    r"наказ|санкци|штраф": ("punishment", "sanction", "penalty"),
    r"ответственност": ("responsibility", "liability"),
    r"средств\w* правовой защиты|эффективн\w* средств": ("remedy", "effective remedy"),
    r"бюджет|финансирова|расход": ("budget", "spending", "funding"),
    r"ресурс|нехватк": ("resources",),
    r"статистик|данн(?:ые|ых)|сбор\w* данных": ("data", "statistics", "disaggregated"),
    r"доклад|отч[её]т": ("report", "reporting"),
    r"мониторинг|контрол|надзор": ("monitoring", "oversight"),
    r"оговорк": ("reservation",),
    r"чрезвычайн|отступлени": ("emergency", "derogation"),
    r"частн\w* лиц|частн\w* субъект|негосударственн": ("private actors", "non-State actors"),
    r"компани|предприяти|бизнес|корпорац": ("business", "companies", "corporations"),
    r"международн\w* сотрудничеств|международн\w* помощ": ("international cooperation", "assistance"),
    r"толкова|толкуют|толковать": ("interpretation", "interpreted"),
    r"национальн\w* законодат|внутренн\w* прав|национальн\w* прав": ("domestic law",),
    r"пакт": ("Covenant",),
    r"конвенц": ("Convention",),
    r"временн\w* специальн|специальн\w* мер|квот": ("special measures", "temporary special measures", "quotas"),
    r"равенств|равн\w* прав|равноправ|равн": ("equality", "equal"),
    r"прогрессивн\w* реализац|постепенн": ("progressive realization",),
    r"минимальн\w* (?:основн|обязательств)": ("minimum core obligations",),
    # rights and subjects
    r"жил[ьи]|жилищ": ("housing", "home"),
    r"высел": ("eviction", "evicted"),
    r"питани|продовольств|голод": ("food", "hunger"),
    r"вод[аыуе]\b|водоснабж|санитар": ("water", "sanitation"),
    r"социальн\w* обеспечен|пенси|пособи": ("social security", "pension", "benefits"),
    r"заработн|зарплат|оплат\w* труда": ("wage", "remuneration", "pay"),
    r"минимальн\w* заработ|минимальн\w* зарплат": ("minimum wage",),
    r"работодател": ("employer",),
    r"производствен\w* травм|несчастн\w* случа": ("employment injury", "accident"),
    r"принудительн\w* труд|рабств|кабал": ("forced labour", "slavery", "servitude"),
    r"культур": ("culture", "cultural"),
    r"семь|семейн|родител|родственник": ("family", "parents", "relatives"),
    r"развод": ("divorce",),
    r"наследств": ("inheritance",),
    r"частн\w* жизн|неприкосновенност": ("privacy", "private life"),
    r"чест[ьи]|репутац|достоинств": ("honour", "reputation", "dignity"),
    r"мнени": ("opinion",),
    r"совест|убеждени": ("conscience", "belief"),
    r"объединени|ассоциац": ("association",),
    r"передвижени|въезд|выезд|покида": ("movement", "leave", "enter"),
    r"свобод": ("freedom", "liberty"),
    r"лишени\w* свободы|лишен\w* свободы": ("deprivation of liberty", "detention"),
    r"справедлив\w* суд|справедлив\w* судебн": ("fair trial", "fair hearing"),
    r"невиновност": ("presumption of innocence",),
    r"презумпц": ("presumption",),
    r"жизн[ьи]": ("life",),
    r"под стражей|в заключении|в местах лишения": ("custody",),
    r"исчезновени|исчезнувш": ("disappearance", "disappeared"),
    r"телесн\w* наказан": ("corporal punishment",),
    r"травл|буллинг|запугива|преследова": ("bullying", "harassment", "intimidation"),
    r"ненавист|розн": ("hatred", "hate speech", "incitement"),
    r"пропаганд": ("propaganda",),
    r"расов|расизм": ("racial", "racism"),
    r"ксенофоб": ("xenophobia",),
    r"преступлени\w* против человечност": ("crimes against humanity",),
    r"геноцид": ("genocide",),
    r"безнаказанност": ("impunity",),
    r"высылк|высылать|принудительн\w* возвращ|возвращ": ("expulsion", "return", "refoulement"),
    r"дипломатическ\w* (?:гарант|завер)": ("diplomatic assurances",),
    r"иностран": ("aliens", "foreigners", "non-citizens"),
    r"неграждан": ("non-citizens",),
    r"коренн": ("indigenous",),
    r"сельск": ("rural",),
    r"пожил|престарел|старш\w* возраст": ("older persons", "older women", "ageing"),
    r"инвалидност|люд\w* с инвалидн|лиц\w* с инвалидн": ("persons with disabilities", "disability"),
    r"доступност": ("accessibility",),
    r"разумн\w* приспособл": ("reasonable accommodation",),
    r"инклюзивн": ("inclusive",),
    r"учреждени|интернат|институци": ("institutions", "institutionalization", "residential"),
    r"опек|дееспособност": ("guardianship", "legal capacity"),
    r"самостоятельн\w* образ\w* жизни|независим\w* образ\w* жизни": ("living independently",),
    r"ученик|школьник|учащ": ("pupils", "students", "school"),
    r"учител|педагог": ("teachers",),
    r"начальн\w* образ|начальн\w* школ": ("primary education",),
    r"беременн|аборт|репродуктивн|контрацеп": ("pregnancy", "abortion", "reproductive", "contraception"),
    r"вич|спид": ("HIV", "AIDS"),
    r"лекарств|медикамент": ("medicines", "drugs"),
    r"наркоти": ("drugs", "narcotic"),
    r"вредн\w* практик|калечени|обрезани|ранн\w* брак|принудительн\w* брак": (
        "harmful practices",
        "female genital mutilation",
        "child marriage",
        "forced marriage",
    ),
    r"гендер": ("gender",),
    r"мужчин": ("men",),
    r"девоч|девуш": ("girls",),
    r"домашн\w* работ|прислуг|домработниц": ("domestic workers",),
    r"неоплачиваем": ("unpaid", "unremunerated"),
    r"бедност|бедн|малоимущ": ("poverty", "poor"),
    r"бездомн|приют": ("homeless", "shelter"),
    r"цифров|технолог|онлайн": ("digital", "technology", "online"),
    r"средств\w* массов|медиа": ("media",),
    r"климат|стихийн|бедстви": ("climate change", "disaster"),
    r"окружающ\w* сред|экологи": ("environment",),
    r"вооруж[её]нн\w* конфликт|конфликт|войн|оккупац": ("armed conflict", "conflict", "war", "occupation"),
    r"вооруж[её]нн\w* сил|вербов": ("armed forces", "recruitment"),
    r"полиц|правоохранител": ("police", "law enforcement"),
    r"применени\w* сил|огнестрельн|оружи": ("force", "firearms", "weapons"),
    r"кандидат|баллотир": ("candidates", "stand for election"),
    r"государственн\w* служб|публичн\w* служб": ("public service",),
    r"участи|участвова": ("participation", "participate"),
    r"консультац|консультирова": ("consultation",),
    r"информаци|сообща|уведом|информирова": ("information", "inform", "notify"),
    r"доступ": ("access",),
    r"согласи": ("consent",),
    r"заслуша|мнени\w* реб|быть услышан": ("heard", "views"),
    r"наилучш\w* интерес": ("best interests",),
    r"возраст": ("age",),
    r"совершеннолет": ("majority", "age of majority"),
    r"уголовн\w* ответственност": ("criminal responsibility",),
    r"уголовн": ("criminal",),
    r"правосуди": ("justice",),
    r"примирени|альтернатив\w* мер|диверси": ("diversion", "alternatives"),
    r"реабилитац": ("rehabilitation",),
    r"возмещени|репараци": ("reparation", "redress"),
    r"правозащитник": ("human rights defenders",),
    r"нпо|организаци\w* гражданск": ("organizations", "civil society"),
    r"иностранн\w* (?:финансир|средств)": ("foreign funding",),
    r"регистрац": ("registration",),
    r"национальн\w* учреждени\w* по правам|омбудсмен": ("national human rights institution",),
    r"аудит|сч[её]тн\w* комитет": ("audit",),
    r"перепис|анкет": ("census", "questionnaires"),
    r"диплом|аттестат|квалификац": ("certification", "qualifications"),
    r"интеллект": ("intellectual",),
    r"торговл": ("trafficking",),
    r"эксплуатац": ("exploitation",),
    r"горяч\w* лини": ("hotline",),
    r"бесплатн": ("free", "free of charge"),
    r"жертв|пострадавш": ("victims", "survivors"),
    r"свидетел": ("witnesses",),
    r"меньшинств|этническ": ("minorities", "ethnic"),
    r"язык|переводч": ("language", "interpretation"),
    r"самоопределени|самоидентификац|принадлежност": ("self-identification", "belonging"),
    r"обычн\w* международн|обычн\w* прав": ("customary international law",),
    r"экстерриториальн|за рубеж|за границ": ("extraterritorial", "abroad"),
    r"пытк|пыток": ("torture",),
    r"жесток|бесчеловечн|унижающ": ("cruel", "inhuman", "degrading", "ill-treatment"),
    r"выборы|выбор\w* |голосов": ("elections", "vote"),
}
_TOPICS = [(re.compile(rf"(?<![а-яёa-z])(?:{stem})", re.IGNORECASE), english) for stem, english in TOPICS.items()]
_GLOSS = [(re.compile(rf"(?<![а-яёa-z])(?:{stem})", re.IGNORECASE), english) for stem, english in GLOSS.items()]


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


def glossed_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """For each subject word of a Russian text that TOPICS or GLOSS know, the word as written and its English word
    starts: what the English documents would have to use for the text's subject to be in them."""
    found = []
    for pattern, english in _TOPICS + _GLOSS:
        match = pattern.search(text)
        if match:
            end = min((i for i in (text.find(c, match.end()) for c in " ,.?!;:") if i >= 0), default=len(text))
            found.append((text[text.rfind(" ", 0, match.start()) + 1 : end], english))
    return found


def english_gloss(text: str) -> list[str]:
    """The English words (or word starts, "tortur") of a Russian text's subject matter, from TOPICS and GLOSS, each
    once, in table order: "Запрещены ли телесные наказания учеников?" -> ["prohibited", ..., "corporal punishment",
    "pupils", ...]. What search looks for in the English paragraphs on a Russian question's behalf."""
    found: dict[str, None] = {}
    for pattern, english in _TOPICS + _GLOSS:
        if pattern.search(text):
            found.update(dict.fromkeys(english))
    return list(found)


def shows_topic(english_text: str, alternatives: tuple[str, ...]) -> bool:
    """True when the English text has one of the alternatives (as a word start, case-insensitive)."""
    lowered = english_text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(word)}", lowered) for word in alternatives)
