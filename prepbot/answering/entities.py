"""What a question names that the documents must also name for a quote to answer it: countries, people, years, and
proper names or acronyms, in English and Russian; and the corpus vocabulary they are looked up in.

`named_in_question` finds them; `CorpusNames` says whether the corpus (or one paragraph) knows them. Nothing here
decides an answer: prepbot.answering.answerability does, from these findings.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from prepbot.answering.dated_events import DatedEvent, events_dated_in
from prepbot.answering.text import STOPWORDS, english_word, has_cyrillic, paragraph_terms, stem, terms
from prepbot.answering.treaty_bodies import committees_before, committees_named, document_bodies
from prepbot.core.records import DocumentEntry, Paragraph
from prepbot.core.sentences import split_sentences
from prepbot.core.vocabulary import COMMITTEE_ROLES, MEMBER_ROLE, STANDARD_SIDE
from prepbot.retrieval.actors import RARE_NAME_PARAGRAPHS, Speaker, chair_name, latin_match, rare_proper_names
from prepbot.retrieval.search import GLOSSARY, documents_wordings, documents_words
from prepbot.retrieval.terms_ru import GLOSS, TOPICS, english_gloss, glossed_words

# ---------------------------------------------------------------- countries

# (name as shown, English pattern of the name and its adjective, Russian stem pattern). Word stems, so that
# "Uzbekistan's", "Uzbek", "Узбекистана", "узбекских" all count. A State's parliament by its own name ("the State
# Duma", "Oliy Majlis", "Verkhovna Rada"; not Kazakhstan's Majilis), a few of its offices known by their own names
# ("the Home Office", "the Kremlin") and the neighbours' regions ("в Ферганской области", "Karakalpakstan") name it
# too, as does "RF".
_COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("Kazakhstan", r"kazakh(?:stan)?i?|kazak|kz|rk", r"казах|рк\b"),  # "KZ", "RK", "РК": how delegates write it
    (
        "Uzbekistan",
        r"uzbek(?:istan)?|oliy majlis|karakalpak(?:stan)?|fergh?ana|samarkand|andijan|namangan|surkhandarya"
        r"|kashkadarya|khorezm|jizzakh|mirziyoyev",  # its head of State by name ("при Мирзиёеве")
        r"узбек|олий мажлис|каракалпак|ферган|самаркандск|андижанск|наманганск|сурхандарь|кашкадарь|хорезм|джизак"
        r"|навоийск|мирзи[её]ев",
    ),
    (
        "Kyrgyzstan",
        r"kyrgyz(?:stan)?|kirghiz(?:ia)?|kyrgyz republic|jogorku kenesh|issyk-kul|batken|japarov|zhaparov",
        r"кыргыз|киргиз|жогорку кенеш|ошск|иссык-кул|баткен|нарынск|жапаров",
    ),
    (
        "Tajikistan",
        r"tajik(?:istan)?|majlisi oli|sughd|khatlon|badakhshan|rahmon",
        r"таджик|маджлиси оли|согдийск|хатлон|бадахшан|рахмон",
    ),
    ("Turkmenistan", r"turkmen(?:istan)?|berdimuhamedow|berdymukhamedov", r"туркмен|бердымухамедов"),
    (
        "Russia",
        r"russia|russian federation|rf|state duma|kremlin|putin",
        r"росси[яиюей]|российск|рф\b|госдум|государственн\w* дум|кремл|путин(?:а|у|ым|е)?\b",
    ),
    ("Belarus", r"belarus(?:ian)?|byelorussia|lukashenk[oa]", r"беларус|белорус|лукашенк"),
    ("Ukraine", r"ukrain(?:e|ian)|verkhovna rada", r"украин|верховн\w* рад"),
    ("Azerbaijan", r"azerbaijan(?:i)?|azeri", r"азербайдж|ильхам\w*\s+алиев"),  # its head of State
    ("Armenia", r"armenia(?:n)?", r"армени|армян"),
    ("Georgia", r"georgia(?:n)?", r"грузи[ияю]|грузинск"),
    ("Moldova", r"moldova(?:n)?", r"молдав|молдов"),
    ("Mongolia", r"mongolia(?:n)?", r"монгол"),
    ("China", r"china|chinese|prc", r"кита[йяюе]|китайск|кнр\b"),
    ("Afghanistan", r"afghan(?:istan)?", r"афган"),
    ("Iran", r"iran(?:ian)?", r"иран"),
    ("Turkey", r"turkey|türkiye|turkish", r"турци|турецк"),
    ("Pakistan", r"pakistan(?:i)?", r"пакистан"),
    ("India", r"india|indian", r"инди[ияю]|индийск"),
    ("Syria", r"syria(?:n)?", r"сири[ияю]|сирийск"),
    ("Iraq", r"iraq(?:i)?", r"ирак"),
    ("Israel", r"israel(?:i)?|knesset", r"израил|кнессет"),
    ("Egypt", r"egypt(?:ian)?", r"египт|египет"),
    ("Saudi Arabia", r"saudi(?: arabia)?", r"саудов"),
    (
        "United States",
        r"united states|u\.s\.a?\.?|usa|american|state department|white house",
        r"сша\b|америк|соединённ\w* штат|соединенн\w* штат|госдеп",
    ),
    (
        "United Kingdom",
        r"united kingdom|britain|british|england|english law|home office",
        r"великобритан|британ|англи[ияю]",
    ),
    ("France", r"france|french", r"франци|французск"),
    ("Germany", r"germany|german|bundestag", r"германи|немецк|бундестаг"),
    ("Poland", r"poland|polish|sejm", r"польш|польск"),
    ("Lithuania", r"lithuania(?:n)?", r"литв|литовск"),
    ("Latvia", r"latvia(?:n)?", r"латви|латвийск"),
    ("Estonia", r"estonia(?:n)?", r"эстони|эстонск"),
    ("Hungary", r"hungar(?:y|ian)", r"венгри|венгерск"),
    ("Serbia", r"serbia(?:n)?", r"серби[ияю]|сербск"),
    ("Japan", r"japan(?:ese)?", r"япони|японск"),
    ("Korea", r"korea(?:n)?", r"коре[ияю]|корейск"),
    ("Viet Nam", r"viet ?nam(?:ese)?", r"вьетнам"),
    ("Indonesia", r"indonesia(?:n)?", r"индонези"),
    ("Myanmar", r"myanmar|burm(?:a|ese)", r"мьянм|бирм"),
    ("Cuba", r"cuba(?:n)?", r"куб[аыеу]\b|кубинск"),
    ("Venezuela", r"venezuela(?:n)?", r"венесуэл"),
    ("Nicaragua", r"nicaragua(?:n)?", r"никарагу"),
    ("Brazil", r"brazil(?:ian)?", r"бразили"),
    ("Mexico", r"mexic(?:o|an)", r"мексик"),
    ("Canada", r"canad(?:a|ian)", r"канад"),
    ("Australia", r"australia(?:n)?", r"австрали"),
    ("Nigeria", r"nigeria(?:n)?", r"нигери"),
    ("Ethiopia", r"ethiopia(?:n)?", r"эфиопи"),
    ("Eritrea", r"eritrea(?:n)?", r"эритре"),
    ("Sudan", r"sudan(?:ese)?", r"судан"),
    ("South Africa", r"south africa(?:n)?", r"юар\b|южн\w* африк"),
    ("Kenya", r"kenya(?:n)?", r"кени[ияю]"),
    ("Norway", r"norw(?:ay|egian)|storting", r"норвеги|стортинг"),
    ("Sweden", r"swed(?:en|ish)|riksdag", r"швеци|шведск|риксдаг"),
    ("Italy", r"ital(?:y|ian)", r"итали"),
    ("Spain", r"spain|spanish", r"испани"),
    ("Switzerland", r"switzerland|swiss", r"швейцари"),
    ("Netherlands", r"netherlands|dutch|holland", r"нидерланд|голланд"),
    ("Philippines", r"philippines?|filipino", r"филиппин"),
    ("Thailand", r"thai(?:land)?", r"таиланд"),
    ("Bangladesh", r"bangladesh(?:i)?", r"бангладеш"),
    ("Sri Lanka", r"sri lanka(?:n)?", r"шри-ланк"),
    ("Nepal", r"nepal(?:i|ese)?", r"непал"),
    ("North Korea", r"north korea(?:n)?|dprk", r"кндр\b|северн\w* коре"),
    ("Qatar", r"qatar(?:i)?", r"катар"),
    ("United Arab Emirates", r"united arab emirates|uae|emirati", r"оаэ\b|эмират"),
    ("Bahrain", r"bahrain(?:i)?", r"бахрейн"),
    ("Yemen", r"yemen(?:i)?", r"йемен"),
    ("Libya", r"libya(?:n)?", r"ливи[ияю]"),
    ("Algeria", r"algeria(?:n)?", r"алжир"),
    ("Morocco", r"morocc(?:o|an)", r"марокк"),
    ("Tunisia", r"tunisia(?:n)?", r"тунис"),
    ("Rwanda", r"rwanda(?:n)?", r"руанд"),
    ("Uganda", r"uganda(?:n)?", r"уганд"),
    ("Zimbabwe", r"zimbabwe(?:an)?", r"зимбабве"),
    ("Colombia", r"colombia(?:n)?", r"колумби"),
    ("Peru", r"peru(?:vian)?", r"перу\b"),
    ("Chile", r"chile(?:an)?", r"чили\b|чилийск"),
    ("Argentina", r"argentin(?:a|ian|e)", r"аргентин"),
    ("Bolivia", r"bolivia(?:n)?", r"боливи"),
    ("Ecuador", r"ecuador(?:ian)?", r"эквадор"),
    ("Greece", r"greece|greek", r"греци|греческ"),
    ("Romania", r"romania(?:n)?", r"румыни"),
    ("Bulgaria", r"bulgaria(?:n)?", r"болгари"),
    ("Czechia", r"czech(?:ia| republic)?", r"чехи|чешск"),
    ("Slovakia", r"slovakia|slovak", r"словаки"),
    ("Croatia", r"croatia(?:n)?", r"хорвати"),
    ("Bosnia and Herzegovina", r"bosnia(?:n)?|bih", r"босни"),
    ("Albania", r"albania(?:n)?", r"албани"),
    ("Austria", r"austria(?:n)?", r"австри[ияю]|австрийск"),
    ("Belgium", r"belgi(?:um|an)", r"бельги"),
    ("Denmark", r"denmark|danish", r"дани[ияю]|датск"),
    ("Finland", r"finland|finnish", r"финлянд|финск"),
    ("Ireland", r"ireland|irish", r"ирланд"),
    ("Portugal", r"portug(?:al|uese)", r"португал"),
    ("Jordan", r"jordan(?:ian)?", r"иордани"),
    ("Lebanon", r"leban(?:on|ese)", r"ливан"),
    ("Malaysia", r"malaysia(?:n)?", r"малайзи"),
    ("Singapore", r"singapore(?:an)?", r"сингапур"),
    ("Cambodia", r"cambodia(?:n)?", r"камбодж"),
    ("Laos", r"lao(?:s|tian)?", r"лаос"),
    # the other UN member States and observers (stop 47: a list of some, grown by the questions asked, missed the rest)
    ("Cyprus", r"cypr(?:us|iot)", r"кипр"),
    ("Malta", r"malt(?:a|ese)", r"мальт[аыеу]\b|мальтийск"),
    ("Iceland", r"iceland(?:ic)?|icelander", r"исланди"),
    ("Luxembourg", r"luxemb(?:o|ou)rg(?:ish|er)?", r"люксембург"),
    ("Liechtenstein", r"liechtenstein", r"лихтенштейн"),
    ("Monaco", r"monaco|monegasque", r"монако"),
    ("Andorra", r"andorra", r"андорр"),
    ("San Marino", r"san marino", r"сан-марино"),
    ("Slovenia", r"sloven(?:ia|e)", r"словени"),
    ("North Macedonia", r"(?:north )?macedonia", r"македони"),
    ("Montenegro", r"montenegr(?:o|in)", r"черногори"),
    ("Kosovo", r"kosov(?:o|ar)", r"косов[оа]\b"),
    ("Holy See", r"holy see|vatican", r"ватикан|святой престол"),
    ("Kuwait", r"kuwait(?:i)?", r"кувейт"),
    ("Oman", r"oman(?:i)?", r"оман[аеу]?\b|оманск"),
    ("Palestine", r"palestin(?:e|ian)", r"палестин"),
    ("Taiwan", r"taiwan(?:ese)?", r"тайван"),
    ("Brunei", r"brunei", r"брун[еэ]й"),
    ("Bhutan", r"bhutan(?:ese)?", r"бутан[аеу]?\b|бутанск"),
    ("Maldives", r"maldiv(?:es|ian)", r"мальдив"),
    ("Timor-Leste", r"timor(?:-leste| leste)?|east timor", r"тимор"),
    ("Papua New Guinea", r"papua(?: new guinea)?", r"папуа"),
    ("Ghana", r"ghana", r"ган[аеуы]\b|ганск"),
    ("Senegal", r"senegal(?:ese)?", r"сенегал"),
    ("Gambia", r"gambia", r"гамби"),
    ("Guinea", r"guinea(?!-bissau)", r"гвине"),
    ("Guinea-Bissau", r"guinea-bissau", r"гвине\w*-бисау"),
    ("Sierra Leone", r"sierra leone(?:an)?", r"сьерра-леоне"),
    ("Liberia", r"liberia", r"либери"),
    ("Côte d'Ivoire", r"c[oô]te d['’]ivoire|ivory coast|ivorian", r"кот-д.ивуар"),
    ("Burkina Faso", r"burkina(?: faso)?|burkinabe", r"буркина"),
    ("Mali", r"mali(?!ci|gn|ce|ki)", r"мали\b|малийск"),
    ("Niger", r"niger(?!i)", r"нигер(?!и)"),
    ("Chad", r"chad(?:ian)?", r"чад[аеу]?\b"),
    ("Togo", r"togo(?:lese)?", r"тоголез"),
    ("Benin", r"benin(?:ese)?", r"бенин"),
    ("Cameroon", r"cameroon(?:ian)?", r"камерун"),
    ("Central African Republic", r"central african republic", r"центральноафрикан|\bцар\b"),
    ("Gabon", r"gabon(?:ese)?", r"габон"),
    ("Congo", r"congo(?:lese)?|drc", r"конго|дрк\b"),
    ("Angola", r"angola", r"ангол[аеуы]?\b|анголь"),
    ("Zambia", r"zambia", r"замби"),
    ("Malawi", r"malawi", r"малави"),
    ("Mozambique", r"mozambi(?:que|can)", r"мозамбик"),
    ("Tanzania", r"tanzania", r"танзани"),
    ("Burundi", r"burundi", r"бурунди"),
    ("Somalia", r"somali(?:a|land)?", r"сомали"),
    ("Djibouti", r"djibouti", r"джибути"),
    ("Madagascar", r"madagascar|malagasy", r"мадагаскар"),
    ("Comoros", r"comor(?:os|ian)", r"коморск|коморы"),
    ("Seychelles", r"seychell(?:es|ois)", r"сейшел"),
    ("Mauritius", r"maurit(?:ius|ian)", r"маврики"),
    ("Mauritania", r"mauritania", r"мавритани"),
    ("Cabo Verde", r"cabo verde|cape verde(?:an)?", r"кабо-верде"),
    ("Sao Tome and Principe", r"s[aã]o tom[eé]", r"сан-томе"),
    ("Namibia", r"namibia", r"намиби"),
    ("Botswana", r"botswana", r"ботсван"),
    ("Lesotho", r"lesotho", r"лесото"),
    ("Eswatini", r"eswatini|swaziland", r"эсватини|свазиленд"),
    ("Equatorial Guinea", r"equatorial guinea", r"экваториальн\w* гвине"),
    ("South Sudan", r"south sudan(?:ese)?", r"южн\w* судан"),
    ("Paraguay", r"paragua(?:y|yan)", r"парагва"),
    ("Uruguay", r"urugua(?:y|yan)", r"уругва"),
    ("Guyana", r"guyan(?:a|ese)", r"гайан"),
    ("Suriname", r"surinam(?:e|ese)?", r"суринам"),
    ("Panama", r"panam(?:a|anian)", r"панам"),
    ("Costa Rica", r"costa ric(?:a|an)", r"коста-рик"),
    ("Honduras", r"hondura(?:s|n)", r"гондурас"),
    ("El Salvador", r"el salvador|salvadoran", r"сальвадор"),
    ("Guatemala", r"guatemala", r"гватемал"),
    ("Belize", r"beliz(?:e|ean)", r"белиз"),
    ("Haiti", r"haiti", r"гаити"),
    ("Dominican Republic", r"dominican republic", r"доминиканск"),
    ("Dominica", r"dominica(?!n)", r"содружеств\w* доминик"),
    ("Jamaica", r"jamaica", r"ямайк"),
    ("Trinidad and Tobago", r"trinidad(?: and tobago)?", r"тринидад"),
    ("Barbados", r"barbad(?:os|ian)", r"барбадос"),
    ("Bahamas", r"bahami?a?s?|bahamian", r"багам"),
    ("Grenada", r"grenad(?:a|ian)", r"гренад[аеуы]\b"),
    ("Saint Lucia", r"saint lucia|st\.? lucia", r"сент-люси"),
    ("Saint Vincent and the Grenadines", r"saint vincent|st\.? vincent", r"сент-винсент"),
    ("Saint Kitts and Nevis", r"saint kitts|st\.? kitts", r"сент-китс"),
    ("Antigua and Barbuda", r"antigua", r"антигуа"),
    ("New Zealand", r"new zealand", r"новозеланд|зеланди"),
    ("Fiji", r"fiji", r"фиджи"),
    ("Samoa", r"samoa", r"самоа"),
    ("Tonga", r"tonga", r"тонга\b"),
    ("Vanuatu", r"vanuatu", r"вануату"),
    ("Solomon Islands", r"solomon islands", r"соломонов\w* остров"),
    ("Kiribati", r"kiribati", r"кирибати"),
    ("Tuvalu", r"tuvalu", r"тувалу"),
    ("Nauru", r"nauru", r"науру"),
    ("Palau", r"palau", r"палау"),
    ("Marshall Islands", r"marshall islands", r"маршаллов"),
    ("Micronesia", r"micronesia", r"микронези"),
)


def _literal_heads(pattern: str) -> tuple[str, ...]:
    """The lower-case letters each top-level alternative of a country pattern starts with ("uzbek(?:istan)?" ->
    "uzbek"): a text holding none of them cannot match, and a substring test is a hundred times cheaper than the
    regex. A letter made optional by a quantifier ("lao?") is left out."""
    alternatives, depth, current = [], 0, ""
    for char in pattern:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    alternatives.append(current)
    heads = []
    for alternative in alternatives:
        literal = re.match(r"[a-zа-яё ]*", alternative)
        assert literal is not None
        head = literal.group(0)
        if alternative[literal.end() : literal.end() + 1] in ("?", "*", "{"):
            head = head[:-1]
        heads.append(head)
    return tuple(heads)


# The countries' names in Russian, for the Russian frame text ("о стране «Кыргызстан»"; the quotes stay English)
COUNTRY_NAMES_RU = {
    "Kazakhstan": "Казахстан",
    "Uzbekistan": "Узбекистан",
    "Kyrgyzstan": "Кыргызстан",
    "Tajikistan": "Таджикистан",
    "Turkmenistan": "Туркменистан",
    "Russia": "Россия",
    "Belarus": "Беларусь",
    "Ukraine": "Украина",
    "Azerbaijan": "Азербайджан",
    "Armenia": "Армения",
    "Georgia": "Грузия",
    "Moldova": "Молдова",
    "Mongolia": "Монголия",
    "China": "Китай",
    "Afghanistan": "Афганистан",
    "Iran": "Иран",
    "Turkey": "Турция",
    "Pakistan": "Пакистан",
    "India": "Индия",
    "Syria": "Сирия",
    "Iraq": "Ирак",
    "Israel": "Израиль",
    "Egypt": "Египет",
    "Saudi Arabia": "Саудовская Аравия",
    "United States": "США",
    "United Kingdom": "Великобритания",
    "France": "Франция",
    "Germany": "Германия",
    "Poland": "Польша",
    "Lithuania": "Литва",
    "Latvia": "Латвия",
    "Estonia": "Эстония",
    "Hungary": "Венгрия",
    "Serbia": "Сербия",
    "Japan": "Япония",
    "Korea": "Корея",
    "Viet Nam": "Вьетнам",
    "Indonesia": "Индонезия",
    "Myanmar": "Мьянма",
    "Cuba": "Куба",
    "Venezuela": "Венесуэла",
    "Nicaragua": "Никарагуа",
    "Brazil": "Бразилия",
    "Mexico": "Мексика",
    "Canada": "Канада",
    "Australia": "Австралия",
    "Nigeria": "Нигерия",
    "Ethiopia": "Эфиопия",
    "Eritrea": "Эритрея",
    "Sudan": "Судан",
    "South Africa": "Южная Африка",
    "Kenya": "Кения",
    "Norway": "Норвегия",
    "Sweden": "Швеция",
    "Italy": "Италия",
    "Spain": "Испания",
    "Switzerland": "Швейцария",
    "Netherlands": "Нидерланды",
    "Philippines": "Филиппины",
    "Thailand": "Таиланд",
    "Bangladesh": "Бангладеш",
    "Sri Lanka": "Шри-Ланка",
    "Nepal": "Непал",
    "North Korea": "КНДР",
    "Qatar": "Катар",
    "United Arab Emirates": "ОАЭ",
    "Bahrain": "Бахрейн",
    "Yemen": "Йемен",
    "Libya": "Ливия",
    "Algeria": "Алжир",
    "Morocco": "Марокко",
    "Tunisia": "Тунис",
    "Rwanda": "Руанда",
    "Uganda": "Уганда",
    "Zimbabwe": "Зимбабве",
    "Colombia": "Колумбия",
    "Peru": "Перу",
    "Chile": "Чили",
    "Argentina": "Аргентина",
    "Bolivia": "Боливия",
    "Ecuador": "Эквадор",
    "Greece": "Греция",
    "Romania": "Румыния",
    "Bulgaria": "Болгария",
    "Czechia": "Чехия",
    "Slovakia": "Словакия",
    "Croatia": "Хорватия",
    "Bosnia and Herzegovina": "Босния и Герцеговина",
    "Albania": "Албания",
    "Austria": "Австрия",
    "Belgium": "Бельгия",
    "Denmark": "Дания",
    "Finland": "Финляндия",
    "Ireland": "Ирландия",
    "Portugal": "Португалия",
    "Jordan": "Иордания",
    "Lebanon": "Ливан",
    "Malaysia": "Малайзия",
    "Singapore": "Сингапур",
    "Cambodia": "Камбоджа",
    "Laos": "Лаос",
    "Cyprus": "Кипр",
    "Malta": "Мальта",
    "Iceland": "Исландия",
    "Luxembourg": "Люксембург",
    "Liechtenstein": "Лихтенштейн",
    "Monaco": "Монако",
    "Andorra": "Андорра",
    "San Marino": "Сан-Марино",
    "Slovenia": "Словения",
    "North Macedonia": "Северная Македония",
    "Montenegro": "Черногория",
    "Kosovo": "Косово",
    "Holy See": "Святой Престол",
    "Kuwait": "Кувейт",
    "Oman": "Оман",
    "Palestine": "Палестина",
    "Taiwan": "Тайвань",
    "Brunei": "Бруней",
    "Bhutan": "Бутан",
    "Maldives": "Мальдивы",
    "Timor-Leste": "Тимор-Лешти",
    "Papua New Guinea": "Папуа — Новая Гвинея",
    "Ghana": "Гана",
    "Senegal": "Сенегал",
    "Gambia": "Гамбия",
    "Guinea": "Гвинея",
    "Guinea-Bissau": "Гвинея-Бисау",
    "Sierra Leone": "Сьерра-Леоне",
    "Liberia": "Либерия",
    "Côte d'Ivoire": "Кот-д'Ивуар",
    "Burkina Faso": "Буркина-Фасо",
    "Mali": "Мали",
    "Niger": "Нигер",
    "Chad": "Чад",
    "Togo": "Того",
    "Benin": "Бенин",
    "Cameroon": "Камерун",
    "Central African Republic": "ЦАР",
    "Gabon": "Габон",
    "Congo": "Конго",
    "Angola": "Ангола",
    "Zambia": "Замбия",
    "Malawi": "Малави",
    "Mozambique": "Мозамбик",
    "Tanzania": "Танзания",
    "Burundi": "Бурунди",
    "Somalia": "Сомали",
    "Djibouti": "Джибути",
    "Madagascar": "Мадагаскар",
    "Comoros": "Коморы",
    "Seychelles": "Сейшелы",
    "Mauritius": "Маврикий",
    "Mauritania": "Мавритания",
    "Cabo Verde": "Кабо-Верде",
    "Sao Tome and Principe": "Сан-Томе и Принсипи",
    "Namibia": "Намибия",
    "Botswana": "Ботсвана",
    "Lesotho": "Лесото",
    "Eswatini": "Эсватини",
    "Equatorial Guinea": "Экваториальная Гвинея",
    "South Sudan": "Южный Судан",
    "Paraguay": "Парагвай",
    "Uruguay": "Уругвай",
    "Guyana": "Гайана",
    "Suriname": "Суринам",
    "Panama": "Панама",
    "Costa Rica": "Коста-Рика",
    "Honduras": "Гондурас",
    "El Salvador": "Сальвадор",
    "Guatemala": "Гватемала",
    "Belize": "Белиз",
    "Haiti": "Гаити",
    "Dominican Republic": "Доминиканская Республика",
    "Dominica": "Доминика",
    "Jamaica": "Ямайка",
    "Trinidad and Tobago": "Тринидад и Тобаго",
    "Barbados": "Барбадос",
    "Bahamas": "Багамы",
    "Grenada": "Гренада",
    "Saint Lucia": "Сент-Люсия",
    "Saint Vincent and the Grenadines": "Сент-Винсент и Гренадины",
    "Saint Kitts and Nevis": "Сент-Китс и Невис",
    "Antigua and Barbuda": "Антигуа и Барбуда",
    "New Zealand": "Новая Зеландия",
    "Fiji": "Фиджи",
    "Samoa": "Самоа",
    "Tonga": "Тонга",
    "Vanuatu": "Вануату",
    "Solomon Islands": "Соломоновы Острова",
    "Kiribati": "Кирибати",
    "Tuvalu": "Тувалу",
    "Nauru": "Науру",
    "Palau": "Палау",
    "Marshall Islands": "Маршалловы Острова",
    "Micronesia": "Микронезия",
}


def countries_in_russian(names: str) -> str:
    """A country name, or several joined by ", " or " and ", in Russian where COUNTRY_NAMES_RU has them."""
    parts = re.split(r"(, | and )", names)
    return "".join(COUNTRY_NAMES_RU.get(part, " и " if part == " and " else part) for part in parts)


# Capitals and heads of State a question may type in lower case ("how many judgments did tbilisi courts issue", "did
# maduro's govt ..."), which the checks of capitalised names cannot read: none the documents name, the General Comments
# included ("Paris", of the Paris Principles, "Beijing", "Riyadh", "Havana" of the rules and guidelines named after
# them, "Cairo", "Berlin" and "Baghdad" are left out)
_CAPITALS_EN = {
    "Uzbekistan": "tashkent", "Kyrgyzstan": "bishkek", "Tajikistan": "dushanbe", "Turkmenistan": "ashgabat",
    "Russia": "moscow", "Belarus": "minsk", "Ukraine": "kyiv|kiev|zelensky", "Azerbaijan": "baku|aliyev",
    "Armenia": "yerevan", "Georgia": "tbilisi", "Moldova": "chisinau", "Mongolia": "ulaanbaatar|ulan bator",
    "China": "xi jinping", "Afghanistan": "kabul", "Iran": "tehran", "Turkey": "ankara|erdogan",
    "Pakistan": "islamabad", "India": "new delhi", "Syria": "damascus", "Israel": "jerusalem|tel aviv",
    "United Kingdom": "london", "Poland": "warsaw",
    "Lithuania": "vilnius", "Latvia": "riga", "Estonia": "tallinn", "Hungary": "budapest|orban", "Serbia": "belgrade",
    "Japan": "tokyo", "Korea": "seoul|pyongyang", "Viet Nam": "hanoi", "Indonesia": "jakarta",
    "Myanmar": "yangon|naypyidaw", "Venezuela": "caracas|maduro",
}  # fmt: skip


# (name, literal heads, pattern): the English name and adjective, then the Russian stem
def _country_en(name: str, en: str) -> tuple[str, tuple[str, ...], re.Pattern[str]]:
    """A country's English entry: its name and adjective, and its capital or head of State (_CAPITALS_EN)."""
    pattern = rf"\b(?:{en})(?:n|an|ian)?(?:'s|s)?\b"
    if capital := _CAPITALS_EN.get(name):
        return (
            name,
            _literal_heads(f"{en}|{capital}"),
            re.compile(rf"{pattern}|\b(?:{capital})(?:'s)?\b", re.IGNORECASE),
        )
    return name, _literal_heads(en), re.compile(pattern, re.IGNORECASE)


_COUNTRY_EN = [_country_en(name, en) for name, en, _ru in _COUNTRIES]
_COUNTRY_RU = [
    (name, _literal_heads(ru), re.compile(rf"(?<![\w-])(?:{ru})", re.IGNORECASE)) for name, _en, ru in _COUNTRIES
]


# Another State named as Kazakhstan's neighbour, one State and not the neighbouring countries at large: "in
# Kazakhstan's southern neighbour", "у южного соседа Казахстана", "в соседней стране"
_A_NEIGHBOUR = re.compile(
    r"\b(?:in|at|to|from)\s+(?:a\s+|the\s+)?(?P<en>(?:kazakhstan['’]?s\s+|kz['’]?s\s+|its\s+)?"
    r"(?:(?:southern|northern|eastern|western)\s+)?neighbou?r(?:ing\s+(?:country|state))?)\b(?!s)"
    r"|(?<![\w-])(?:у|в|из)\s+(?P<ru>(?:(?:южн|северн|восточн|западн)\w*\s+)?(?:сосед(?:а|е)|соседн(?:ей|его|ем)\s+"
    r"(?:стран|государств)\w*))(?![\w-])",
    re.IGNORECASE,
)


def neighbour_named(question: str) -> str | None:
    """The words naming one of Kazakhstan's neighbours without its name, as written ("у южного соседа"), or None."""
    match = _A_NEIGHBOUR.search(question)
    return (match.group("en") or match.group("ru")) if match else None


def countries_in(text: str) -> set[str]:
    """The countries a text names, in English or Russian ("Uzbek prosecutors", "в Таджикистане")."""
    return set(_countries_in(text))


@functools.lru_cache(maxsize=8192)
def _countries_in(text: str) -> frozenset[str]:
    """countries_in, kept per text: an answer's checks read the same passages for countries many times."""
    lowered = text.lower()
    return frozenset(
        name
        for name, heads, pattern in (*_COUNTRY_EN, *_COUNTRY_RU)
        if any(head in lowered for head in heads) and pattern.search(text)
    )


# The organs of a State that a question can ask about: what "the Kyrgyz authorities", "a Russian military court",
# "the Tajik delegation" or "власти Афганистана" did. A passage that names the country in another role ("a victim from
# Kyrgyzstan", "deported to Afghanistan") says nothing of what that State's organs did. (family, English, Russian)
_ORGANS: tuple[tuple[str, str, str], ...] = (
    ("delegation", r"delegations?", r"делегаци\w*"),
    ("authorities", r"authorit(?:y|ies)|government|officials|ministry|ministries",
     r"власт\w*|правительств\w*|министерств\w*"),
    ("court", r"courts?|judges|judiciary|tribunals?", r"суд|суда|суде|суду|судом|суды|судов|судами|судах|судь[ия]\w*"),
    ("police", r"police|interior ministry|ministry of (?:the )?interior|ministry of internal affairs",
     r"полици\w*|милици\w*|МВД|ГУВД|УВД"),
    ("parliament", r"parliament|legislature", r"парламент\w*"),
    ("prosecutors", r"prosecutors?|prosecution service", r"прокуратур\w*|прокурор\w*"),
)  # fmt: skip
_ORGAN_WORDS = [
    (family, re.compile(rf"(?<![\w-])(?:{english}|{russian})(?![\w-])", re.IGNORECASE))
    for family, english, russian in _ORGANS
]
ORGAN_WINDOW = 2  # the most words between a country and its organ: "Russian military court", "суд Кыргызстана"
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def state_organs(text: str) -> set[tuple[str, str]]:
    """The (country, organ family) pairs a text names together: "the Kyrgyz authorities" -> ("Kyrgyzstan",
    "authorities"), "a Russian military court" -> ("Russia", "court"), "делегация Таджикистана" -> ("Tajikistan",
    "delegation"); a country and an organ at most ORGAN_WINDOW words apart, in the same sentence."""
    named = countries_in(text)
    if not named:
        return set()
    starts = [match.start() for match in _WORD.finditer(text)]

    def word_at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    organs = [
        (family, word_at(match.start()), match.start())
        for family, pattern in _ORGAN_WORDS
        for match in pattern.finditer(text)
    ]
    if not organs:
        return set()
    found = set()
    for name, _heads, pattern in (*_COUNTRY_EN, *_COUNTRY_RU):
        if name not in named:
            continue
        for match in pattern.finditer(text):
            at = word_at(match.start())
            for family, organ_at, organ_offset in organs:
                between = text[min(match.start(), organ_offset) : max(match.start(), organ_offset)]
                if abs(organ_at - at) <= ORGAN_WINDOW + 1 and not re.search(r"[.;!?]", between):
                    found.add((name, family))
    return found


_STATE_NAMES = [
    (name, re.compile(rf"\b{re.escape(name)}(?:'s|’s)?(?![\w-])", re.IGNORECASE)) for name, _en, _ru in _COUNTRIES
]
_OFFICIAL_NAMES = {"Russia": r"russian federation", "Kyrgyzstan": r"kyrgyz republic", "United States": r"\busa?\b"}
# The region's States by their Russian names, in any case ("в России", "Узбекистану", "из Кыргызстана"), not by an
# adjective ("российский", "узбекские прокуроры", "Русская православная церковь")
_STATE_NAMES_RU = [
    (name, re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE))
    for name, forms in (
        ("Russia", r"росси[яиюей]|рф"),
        ("Uzbekistan", r"узбекистан\w{0,2}"),
        ("Kyrgyzstan", r"кыргызстан\w{0,2}|киргизи[яиюей]"),
        ("Tajikistan", r"таджикистан\w{0,2}"),
        ("Turkmenistan", r"туркменистан\w{0,2}|туркмени[яиюей]"),
        ("Belarus", r"беларус[ьи]|белорусси[яиюей]"),
        ("Ukraine", r"украин[аыеуой]"),
        ("Azerbaijan", r"азербайджан\w{0,2}"),
        ("Armenia", r"армени[яиюей]"),
        ("Georgia", r"грузи[яиюей]"),
        ("Mongolia", r"монголи[яиюей]"),
        ("China", r"кита[йяюе]|китаем|кнр"),
    )
]


# People of a country, by their nationality or where they come from: "citizens of Russia, China and Uzbekistan",
# «гражданам России, Китая и Узбекистана», «беженцы из Афганистана»: the country says who they are, not a State asked of
_NATIONALS_OF = re.compile(
    r"(?:\b(?:citizens?|nationals?|natives?|refugees?|migrants?|asylum-seekers?)\s+(?:of|from)"
    r"|(?<![\w-])(?:граждан|подданн|уроженц|выходц|беженц|мигрант)\w*(?:\s+из)?)"
    r"\s+(?:the\s+)?[\w-]+(?:(?:,\s*|\s+(?:and|or|и|или)\s+)(?:the\s+)?[\w-]+)*",
    re.IGNORECASE,
)


def countries_named_as_states(text: str) -> set[str]:
    """The countries a text names by their own name ("Russia's ministry", "the Russian Federation", "in Uzbekistan",
    "в России"), not only by an adjective ("a Russian officer", "Uzbek prosecutors", «российский»), nor as the
    nationality of people ("citizens of Russia", «гражданам России»): the States it speaks about."""
    text = _NATIONALS_OF.sub(" ", text)
    found = {name for name, pattern in [*_STATE_NAMES, *_STATE_NAMES_RU] if pattern.search(text)}
    return found | {name for name, official in _OFFICIAL_NAMES.items() if re.search(official, text, re.IGNORECASE)}


# ---------------------------------------------------------------- cities named in Russian

# Cities a Russian question may name where an English one names the place as written ("in Tashkent": a capitalised
# name the documents never use, which the name checks already decline). A Russian city's case forms ("в Ташкенте",
# "из Бишкека") are read here: (as shown, English name, Russian stem, declension). The declension says how its forms
# end: "c" a consonant stem (Ташкент, Ташкента, Ташкенте, Ташкентом), "a" a stem ending in -а (Москва, Москвы,
# Москве, Москву, Москвой), "soft" in -ь (Казань, Казани, Казанью), "" an indeclinable name (Душанбе, Баку). The
# nouns, and only the adjectives of _CITY_ADJECTIVES_RU: the others name treaty texts and bodies ("Парижские
# принципы", "Бангкокские правила", "Стамбульский протокол", "Римский статут", "Московский механизм", "Венская
# конвенция"), not the places. Not Geneva nor New York, where the treaty bodies meet. Typed in lower case too when
# the name is no Russian word.
_CITIES_RU: tuple[tuple[str, str, str, str], ...] = (
    # Kazakhstan's own: a city the documents never name is still a name they do not use
    ("Алматы", "Almaty", "Алматы", ""), ("Астана", "Astana", "Астан", "a"), ("Шымкент", "Shymkent", "Шымкент", "c"),
    ("Караганда", "Karaganda", "Караганд", "a"), ("Павлодар", "Pavlodar", "Павлодар", "c"),
    ("Актобе", "Aktobe", "Актобе", ""), ("Атырау", "Atyrau", "Атырау", ""), ("Актау", "Aktau", "Актау", ""),
    ("Жанаозен", "Zhanaozen", "Жанаозен", "c"), ("Усть-Каменогорск", "Ust-Kamenogorsk", "Усть-Каменогорск", "c"),
    ("Семей", "Semey", "Семе", "semey"), ("Тараз", "Taraz", "Тараз", "c"),
    ("Костанай", "Kostanay", "Костана", "semey"),
    ("Кокшетау", "Kokshetau", "Кокшетау", ""), ("Уральск", "Uralsk", "Уральск", "c"),
    ("Кызылорда", "Kyzylorda", "Кызылорд", "a"), ("Петропавловск", "Petropavlovsk", "Петропавловск", "c"),
    ("Талдыкорган", "Taldykorgan", "Талдыкорган", "c"), ("Экибастуз", "Ekibastuz", "Экибастуз", "c"),
    ("Темиртау", "Temirtau", "Темиртау", ""), ("Жезказган", "Zhezkazgan", "Жезказган", "c"),
    # the neighbours and the region
    ("Ташкент", "Tashkent", "Ташкент", "c"), ("Самарканд", "Samarkand", "Самарканд", "c"),
    ("Бухара", "Bukhara", "Бухар", "a"), ("Нукус", "Nukus", "Нукус", "c"), ("Андижан", "Andijan", "Андижан", "c"),
    ("Бишкек", "Bishkek", "Бишкек", "c"), ("Ош", "Osh", "Ош", "c"), ("Джалал-Абад", "Jalal-Abad", "Джалал-Абад", "c"),
    ("Душанбе", "Dushanbe", "Душанбе", ""), ("Худжанд", "Khujand", "Худжанд", "c"), ("Хорог", "Khorog", "Хорог", "c"),
    ("Каракол", "Karakol", "Каракол", "c"), ("Токмок", "Tokmok", "Токмок", "c"),
    ("Наманган", "Namangan", "Наманган", "c"), ("Коканд", "Kokand", "Коканд", "c"), ("Термез", "Termez", "Термез", "c"),
    ("Ургенч", "Urgench", "Ургенч", "c"), ("Карши", "Karshi", "Карши", ""), ("Куляб", "Kulob", "Куляб", "c"),
    ("Истаравшан", "Istaravshan", "Истаравшан", "c"),
    ("Мары", "Mary", "Мар", "plural"), ("Туркменабат", "Turkmenabat", "Туркменабат", "c"),
    ("Ашхабад", "Ashgabat", "Ашхабад", "c"), ("Москва", "Moscow", "Москв", "a"),
    ("Санкт-Петербург", "Saint Petersburg", "Санкт-Петербург", "c"),
    ("Новосибирск", "Novosibirsk", "Новосибирск", "c"),
    ("Омск", "Omsk", "Омск", "c"), ("Оренбург", "Orenburg", "Оренбург", "c"), ("Казань", "Kazan", "Казан", "soft"),
    ("Екатеринбург", "Yekaterinburg", "Екатеринбург", "c"), ("Минск", "Minsk", "Минск", "c"),
    ("Киев", "Kyiv", "Киев", "c"), ("Кишинёв", "Chisinau", "Кишин[её]в", "c"), ("Тбилиси", "Tbilisi", "Тбилиси", ""),
    ("Ереван", "Yerevan", "Ереван", "c"), ("Баку", "Baku", "Баку", ""),
    ("Улан-Батор", "Ulaanbaatar", "Улан-Батор", "c"),
    ("Пекин", "Beijing", "Пекин", "c"), ("Урумчи", "Urumqi", "Урумчи", ""), ("Кабул", "Kabul", "Кабул", "c"),
    ("Тегеран", "Tehran", "Тегеран", "c"), ("Анкара", "Ankara", "Анкар", "a"),
    ("Стамбул", "Istanbul", "Стамбул", "c"),
    ("Исламабад", "Islamabad", "Исламабад", "c"),
    # other capitals
    ("Вильнюс", "Vilnius", "Вильнюс", "c"), ("Рига", "Riga", "Риг", "a"), ("Таллин", "Tallinn", "Таллинн?", "c"),
    ("Варшава", "Warsaw", "Варшав", "a"), ("Прага", "Prague", "Праг", "a"), ("Будапешт", "Budapest", "Будапешт", "c"),
    ("Бухарест", "Bucharest", "Бухарест", "c"), ("Белград", "Belgrade", "Белград", "c"),
    ("Берлин", "Berlin", "Берлин", "c"),
    ("Париж", "Paris", "Париж", "c"), ("Лондон", "London", "Лондон", "c"), ("Мадрид", "Madrid", "Мадрид", "c"),
    ("Рим", "Rome", "Рим", "c"), ("Афины", "Athens", "Афин", "plural"), ("Стокгольм", "Stockholm", "Стокгольм", "c"),
    ("Осло", "Oslo", "Осло", ""), ("Копенгаген", "Copenhagen", "Копенгаген", "c"),
    ("Хельсинки", "Helsinki", "Хельсинки", ""),
    ("Амстердам", "Amsterdam", "Амстердам", "c"), ("Вашингтон", "Washington", "Вашингтон", "c"),
    ("Оттава", "Ottawa", "Оттав", "a"), ("Мехико", "Mexico City", "Мехико", ""), ("Гавана", "Havana", "Гаван", "a"),
    ("Каракас", "Caracas", "Каракас", "c"), ("Богота", "Bogotá", "Богот", "a"), ("Лима", "Lima", "Лим", "a"),
    ("Сантьяго", "Santiago", "Сантьяго", ""), ("Буэнос-Айрес", "Buenos Aires", "Буэнос-Айрес", "c"),
    ("Бразилиа", "Brasília", "Бразилиа", ""), ("Каир", "Cairo", "Каир", "c"), ("Найроби", "Nairobi", "Найроби", ""),
    ("Аддис-Абеба", "Addis Ababa", "Аддис-Абеб", "a"), ("Лагос", "Lagos", "Лагос", "c"),
    ("Претория", "Pretoria", "Претори", "ia"),
    ("Эр-Рияд", "Riyadh", "Эр-Рияд", "c"), ("Дубай", "Dubai", "Дуба", "semey"), ("Доха", "Doha", "Дох", "a"),
    ("Багдад", "Baghdad", "Багдад", "c"), ("Дамаск", "Damascus", "Дамаск", "c"), ("Бейрут", "Beirut", "Бейрут", "c"),
    ("Иерусалим", "Jerusalem", "Иерусалим", "c"), ("Тель-Авив", "Tel Aviv", "Тель-Авив", "c"),
    ("Токио", "Tokyo", "Токио", ""), ("Сеул", "Seoul", "Сеул", "c"), ("Пхеньян", "Pyongyang", "Пхеньян", "c"),
    ("Бангкок", "Bangkok", "Бангкок", "c"), ("Ханой", "Hanoi", "Хано", "semey"), ("Манила", "Manila", "Манил", "a"),
    ("Джакарта", "Jakarta", "Джакарт", "a"), ("Куала-Лумпур", "Kuala Lumpur", "Куала-Лумпур", "c"),
    ("Дакка", "Dhaka", "Дакк", "a"), ("Катманду", "Kathmandu", "Катманду", ""), ("Коломбо", "Colombo", "Коломбо", ""),
    ("Канберра", "Canberra", "Канберр", "a"), ("Сидней", "Sydney", "Сидне", "semey"),
)  # fmt: skip
_CASE_ENDINGS = {
    "c": "(?:а|е|у|ом)?",
    "a": "(?:а|ы|и|е|у|ой|ою)",
    "soft": "(?:ь|и|ью)",
    "semey": "(?:й|я|е|ю|ем)",  # Семей, Семея, Семее; Ханой, Ханоя, Ханое
    "ia": "(?:я|и|ю|ей)",
    "plural": "(?:ы|ах|ам|ами)",
    "": "",
}
# the names that are also Russian words in lower case ("рига" a barn, "семей" of families, "ош"): capitalised only
_CITY_WORDS_RU = frozenset({"Рига", "Лима", "Ош", "Рим", "Доха", "Дели", "Прага", "Омск", "Семей", "Мары"})
_CITY_PATTERNS_RU = [
    (
        shown,
        english,
        re.compile(
            rf"(?<![\w-])(?:{stem}){_CASE_ENDINGS[declension]}(?![\w-])",
            0 if shown in _CITY_WORDS_RU or len(shown) <= 3 else re.IGNORECASE,
        ),
    )
    for shown, english, stem, declension in _CITIES_RU
]


# The adjectives of the cities whose adjectives name no treaty text or body ("Вильнюсская мэрия", "ташкентский
# суд"; not "Московский механизм", "Минские соглашения", "Пекинская платформа", "Варшавский договор"), by their stems
_CITY_OF_ADJECTIVE = {
    "ташкентск": "Ташкент", "бишкекск": "Бишкек", "душанбинск": "Душанбе", "ашхабадск": "Ашхабад",
    "вильнюсск": "Вильнюс", "рижск": "Рига", "таллинск": "Таллин", "киевск": "Киев", "ереванск": "Ереван",
    "тбилисск": "Тбилиси", "бакинск": "Баку", "новосибирск": "Новосибирск", "омск": "Омск", "оренбургск": "Оренбург",
    "екатеринбургск": "Екатеринбург", "казанск": "Казань", "стамбульск": "Стамбул",
}  # fmt: skip
_NOT_A_CITY_AFTER = {"стамбульск": r"(?!\w*\s+(?:протокол|конвенц))"}  # the Istanbul Protocol, Convention
_CITY_ADJECTIVES_RU = re.compile(
    r"(?<![\w-])(?P<stem>"
    + "|".join(stem + _NOT_A_CITY_AFTER.get(stem, "") for stem in _CITY_OF_ADJECTIVE)
    + r")(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|им|ими)(?![\w-])",
    re.IGNORECASE,
)
_CITY_ENGLISH = {shown: english for shown, english, _stem, _declension in _CITIES_RU}


def cities_named_ru(text: str) -> list[tuple[str, str, str]]:
    """The cities a Russian text names by their nouns ("в Ташкенте", "из бишкека") or by the adjectives that name
    nothing else ("Вильнюсская мэрия"): (as shown, English name, as written). "Парижские принципы" name no city."""
    found = []
    for shown, english, pattern in _CITY_PATTERNS_RU:
        if match := pattern.search(text):
            found.append((shown, english, match.group(0)))
    for match in _CITY_ADJECTIVES_RU.finditer(text):
        shown = _CITY_OF_ADJECTIVE[match.group("stem").lower()]
        if shown in _CITY_ENGLISH and all(shown != other for other, _en, _written in found):
            found.append((shown, _CITY_ENGLISH[shown], match.group(0)))
    return found


# A region named by its adjective before a word for a region: "из Астраханской области", "Туркестанской обл.", "в
# Алтайском крае"; the adjective's stem, and that stem without a linking "-ин-" ("Алматинской": Алматы)
_REGION_ADJECTIVE_RU = re.compile(
    r"(?<![\w-])(?P<stem>[А-ЯЁ][а-яё]{1,}?)(?:ск|цк)(?:ой|ая|ий|ого|ом|ую|ие|их|ому)\s+"
    r"(?:област\w*|обл\.|кра[йяеюм]\w*|район\w*|губерни\w*|округ\w*)"
)


def regions_named_ru(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The regions a Russian text names by their adjectives, as shown, with the stems the region's name may have
    ("Астраханской области" -> ("Астрахан",), "Алматинской области" -> ("Алматин", "Алмат"))."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for match in _REGION_ADJECTIVE_RU.finditer(text):
        stem = match.group("stem")
        stems = (stem, stem[:-2]) if stem.endswith(("ин", "ен")) and len(stem) > 5 else (stem,)
        found.append((match.group(0), stems))
    return found


# ---------------------------------------------------------------- people, years, proper names

_HONORIFIC_EN = r"(?:Mr|Ms|Mrs|Dr|Sir|Dame|Judge|Professor|Prof)\.?"
_TITLE_EN = (
    r"(?:Minister|Commissioner|Ombudsman|Ombudsperson|Rapporteur|President|Chair(?:person)?|Ambassador|Prosecutor"
    r"|Justice Minister|Foreign Minister|Deputy Minister|Prosecutor General|Special Rapporteur[\w ,]*?)"
)
# Latin letters with diacritics too ("Šimonović", "Pazartzis"): Latin-1 and Latin Extended-A (whose upper and lower
# cases alternate: both are allowed where one is meant)
_UPPER_LATIN = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER_LATIN = "a-zß-öø-ÿĀ-ž"
_NAME_WORD = rf"[{_UPPER_LATIN}][{_LOWER_LATIN}'’\-]+(?:-[{_UPPER_LATIN}][{_LOWER_LATIN}]+)?"
_PERSON_EN = re.compile(  # "Mr. V. Dimitrijevic": initials before the surname
    rf"\b(?:{_HONORIFIC_EN}\s+(?:[{_UPPER_LATIN}]\.\s*){{0,2}}(?P<honoured>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    rf"|{_TITLE_EN},?\s+(?P<titled>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}))"
)
# a name with an initial before it and no honorific: "CEDAW's N. Ameline" (not "U.N. Committee", "U.S.", "E.U.")
_PERSON_INITIALS_EN = re.compile(
    rf"(?<![\w.])(?!(?:U\.\s?[NSK]|E\.\s?U)\.)[{_UPPER_LATIN}]\.\s?(?:[{_UPPER_LATIN}]\.\s?)?{_NAME_WORD}"
)
# a phone-typed "mr saidov", "mr. glèlè-ahanhanzo", "m. sekaggya" (the French honorific, with its point), "deputy pm
# sklyar": an honorific or an official's title and a lower-case word that is no stopword
_TITLE_LOWER_EN = (
    r"(?:deputy\s+)?(?:pm|prime\s+minister|fm|foreign\s+minister|minister|president|prosecutor\s+general"
    r"|ombuds(?:man|person)|senator|ambassador|(?:special\s+)?rapporteur|expert)"
)
_PERSON_LOWER_EN = re.compile(
    rf"(?<![\w'’])(?P<title>mr|ms|mrs|dr|m(?=\.)|{_TITLE_LOWER_EN})\.?\s+"
    rf"(?P<honoured>[{_LOWER_LATIN}][{_LOWER_LATIN}'’\-]{{2,}})(?![\w'’])",
    re.IGNORECASE,
)
_HONORIFIC_RU = r"(?:г-н|г-жа|г-на|г-жи|г-ну|г-же|г-ном|г-жой|господин\w*|госпож\w*|мистер|миссис|мисс)"
_CYR_NAME = r"[А-ЯЁ][а-яё\-]+"
_PERSON_RU = re.compile(rf"(?<![\w-]){_HONORIFIC_RU}\.?\s+(?P<honoured>{_CYR_NAME}(?:\s+{_CYR_NAME}){{0,2}})")
# a name with its initials, after it or before it: "Ашвини К. П.", "А. Б. Иванов"
_INITIALS_RU = r"[А-ЯЁ]\.\s?[А-ЯЁ]\.?"
_PERSON_INITIALS_RU = re.compile(rf"(?<![\w-])(?:{_CYR_NAME}\s+{_INITIALS_RU}(?![\w-])|{_INITIALS_RU}\s?{_CYR_NAME})")
# a phone-typed "г-н иванов": an honorific and a lower-case word the glossary does not translate (no subject word)
_PERSON_LOWER_RU = re.compile(rf"(?<![\w-])(?P<title>{_HONORIFIC_RU})\.?\s+(?P<honoured>[а-яё][а-яё\-]{{2,}})(?![\w-])")
# someone named by what they do, then a capitalised surname: "правозащитница Бекова", "эксперт Иванов"
_TITLED_RU = re.compile(
    r"(?<![\w-])(?:правозащитни\w*|эксперт\w*|докладчи\w*|журналист\w*|активист\w*|блогер\w*)\s+"
    rf"(?P<honoured>{_CYR_NAME})"
)
_SAYING_RU = re.compile(  # "что г-жа сказала": a verb of saying, no surname
    r"(?:спр[ао]ш|спроси|сказа|говори|заяви|ответи|сообщи|отмети|рекомендова|хоте|задава|интересова|упомяну"
    r"|подчеркну|предложи|призва|выступ)"
)
# a phone-typed initial and surname, "t. opsahl" (not "e.g.", "i.e.", "u.s.")
_INITIAL_LOWER_EN = re.compile(
    rf"(?<![\w.])(?!(?:e\.\s?g|i\.\s?e|u\.\s?[nsk]|e\.\s?u)\.)(?P<initial>[a-z])\.\s?(?:[a-z]\.\s?)?"
    rf"(?P<honoured>[{_LOWER_LATIN}][{_LOWER_LATIN}'’\-]{{2,}})(?![\w'’])"
)
# someone's words by a name typed in lower case: "jorge cardona's question", "opsahl's concern"
_POSSESSOR_LOWER_EN = re.compile(
    rf"(?<![\w'’-])(?P<first>[{_LOWER_LATIN}][{_LOWER_LATIN}\-]{{2,}}\s+)?(?P<honoured>[{_LOWER_LATIN}][{_LOWER_LATIN}\-]{{2,}})"
    r"['’]s\s+(?:question|questions|concern|concerns|remark|remarks|comment|comments|query|queries|point|points)\b"
)
_HONORIFIC_WORDS = frozenset("Mr Ms Mrs Dr Sir Dame Judge Professor Prof".split())
_CAPITALISED_RUN_EN = re.compile(rf"(?<![.?!]\s)(?<!^)\b{_NAME_WORD}(?:\s+{_NAME_WORD})+")
_CAPITALISED_RUN_RU = re.compile(rf"(?<![.?!]\s)(?<!^)(?<![\w-]){_CYR_NAME}(?:\s+{_CYR_NAME})+")
# (not a decade: "the 1950s", «в 1950-х годах», which the documents may write "the 50s")
_YEAR = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d])(?!(?<=0)(?:-?(?:х|е|ые|ых|ым|ми)|s|['’]s)\b)")
_CAPITALISED_EN = re.compile(rf"(?<![\w'’])[{_UPPER_LATIN}][{_UPPER_LATIN}{_LOWER_LATIN}'’\-]{{2,}}")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9/&]{1,7}(?![\w-])")
# (a hyphenated name with its capitalised parts: "Усть-Каменогорске")
_CAPITALISED_RU = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?<=\w{4})(?![\w-])")
_ACRONYM_RU = re.compile(r"(?<![\w-])[А-ЯЁ]{2,6}(?![\w-])")

# Words capitalised in questions that are no names: question words, days and months, the corpus's own actors
# (matched by prepbot.retrieval.actors), the standards' kinds ("General Comment 36: ...") and the start of a sentence.
NOT_NAMES = frozenset(
    """what which who whom whose when where why how did does do is are was were has have had can could would should
    will may might must the a an and or but if in on of for to from by with about after before during since under
    between against among per whether please tell give list name show explain compare describe according also
    january february march april may june july august september october november december monday tuesday
    jan feb mar apr jun jul aug sep sept oct nov dec
    wednesday thursday friday saturday sunday mr ms mrs dr sir state states party government committee committees
    delegation chair members member ngo ngos un united nations human rights council covenant convention
    constitution constitutional court supreme criminal code civil law article articles republic kazakh kazakhstan
    kazakhstan's soviet comment comments recommendation recommendations""".split()
)
_NOT_NAMES_RU = frozenset(
    """что как какие какой какая каких каково какова когда где почему сколько кто чем чего ли был была были есть
    разрешает делегация комитет комитета комитету комитетом государство правительство власти казахстан
    казахстана казахстане казахстану республика республики конституция конституционный конституционного
    кодекс закон законе закона оон нпо уголовный уголовного""".split()
)


@dataclass(frozen=True)
class Named:
    """What a question names."""

    countries: frozenset[str] = frozenset()
    people: tuple[str, ...] = ()  # with an honorific or title, as written: "Ms. Tigroudja", "г-н Ндиай"
    name_runs: tuple[
        str, ...
    ] = ()  # other runs of capitalised words: "Alice Jill Edwards", "Victims Compensation Fund"
    years: tuple[str, ...] = ()
    proper_words: tuple[str, ...] = ()  # capitalised words and acronyms outside `people` ("Semipalatinsk", "CSTO")
    standalone: tuple[str, ...] = ()  # the proper words that stand alone, not in a run ("Senate", "Zhanaozen")


def _unique_longest(runs: list[str]) -> tuple[str, ...]:
    unique: list[str] = []
    for run in runs:
        if not any(run in other for other in unique):
            unique = [other for other in unique if other not in run] + [run]
    return tuple(unique)


def _people(question: str) -> tuple[str, ...]:
    people = [m.group(0).strip(" ,") for m in _PERSON_EN.finditer(question)]
    people += [m.group(0).strip(" ,") for m in _PERSON_RU.finditer(question)]
    people += [m.group(0).strip(" ,") for m in _PERSON_INITIALS_RU.finditer(question)]
    people += [m.group(0).strip(" ,") for m in _PERSON_INITIALS_EN.finditer(question)]
    people += [
        m.group("honoured")
        for m in _TITLED_RU.finditer(question)
        if not english_gloss(m.group("honoured")) and not countries_in(m.group("honoured"))  # "журналист Казахстана"
    ]
    people += [
        f"{_honorific_of(m.group('title'))} {m.group('honoured').capitalize()}"
        for m in _PERSON_LOWER_EN.finditer(question)
        if m.group("honoured").islower() and _may_be_surname(m.group("honoured"))
    ]
    people += [
        f"{m.group('initial').upper()}. {m.group('honoured').capitalize()}"
        for m in _INITIAL_LOWER_EN.finditer(question)
        if _may_be_surname(m.group("honoured"))
    ]
    people += [_possessor(m) for m in _POSSESSOR_LOWER_EN.finditer(question) if _may_be_surname(m.group("honoured"))]
    people += [
        f"{m.group('title')} {m.group('honoured').capitalize()}"
        for m in _PERSON_LOWER_RU.finditer(question)
        if m.group("honoured") not in STOPWORDS
        and not _SAYING_RU.match(m.group("honoured"))
        and not english_gloss(m.group("honoured"))
    ]
    # "Mr. Korkelia's concern", "Ms. Donders' question": the person is Mr. Korkelia, Ms. Donders
    return _unique_longest([re.sub(r"['’]s$|(?<=s)['’]$", "", person) for person in people])


def _possessor(match: re.Match[str]) -> str:
    """The name of a _POSSESSOR_LOWER_EN match as shown: "Jorge Cardona"; the first word only when it may be a given
    name (no stopword nor everyday word: "about cardona's question" is Cardona's)."""
    first = (match.group("first") or "").strip()
    given = first.capitalize() + " " if first and _may_be_surname(first) else ""
    return given + match.group("honoured").capitalize()


def _honorific_of(title: str) -> str:
    """How a lower-case honorific or title is shown before a name: "mr" -> "Mr.", "deputy pm" -> "Deputy PM"."""
    words = title.split()
    if len(words) == 1 and len(title) <= 3 and title.lower() not in ("pm", "fm"):
        return f"{title.capitalize()}."
    return " ".join(word.upper() if word.lower() in ("pm", "fm") else word.capitalize() for word in words)


def _may_be_surname(word: str) -> bool:
    """A lower-case word after "mr"/"ms" that may be a surname: no stopword, and no everyday English word (one piece
    of bge's English WordPiece vocabulary: "ask", "and")."""
    from prepbot.retrieval.embeddings import word_pieces

    return word not in STOPWORDS and word not in NOT_NAMES and word_pieces(word) >= 2


LONG_NAME_WORDS = 4  # a run of capitalised words this long is a name though one of its words alone is none


def _name_runs(question: str) -> tuple[str, ...]:
    runs: list[str] = []
    for match in _CAPITALISED_RUN_EN.finditer(question):
        words = match.group(0).split()
        unnaming = sum(1 for w in words if w.lower().strip("'’s") in NOT_NAMES)
        # a long name may hold one word that alone names nothing: "the Automated Court Case Distribution System"
        if (not unnaming or (unnaming == 1 and len(words) >= LONG_NAME_WORDS)) and not countries_in(match.group(0)):
            runs.append(match.group(0))
    # "член Комитета Найджел Родли": a Russian run is cut at its words that name no one ("Комитета"), and what is
    # left of two words or more is a name
    for match in _CAPITALISED_RUN_RU.finditer(question):
        pieces: list[list[str]] = [[]]
        for word in match.group(0).split():
            if word.lower() in _NOT_NAMES_RU:
                pieces.append([])
            else:
                pieces[-1].append(word)
        runs += [" ".join(piece) for piece in pieces if len(piece) >= 2 and not countries_in(" ".join(piece))]
    return _unique_longest(runs)


# a people, not its State: "ethnic Russians", "Russian-speaking minorities", "этнических русских"; nor the country a
# Committee member comes from: "the member from Georgia, Korkelia", "the Georgian member", «член Комитета из Грузии»
_PEOPLE_OF = re.compile(
    r"\bethnic\s+[A-Z]\w+|\b[A-Z]\w+-speaking\b|этническ\w+\s+[а-яё]+"
    r"|\b(?:member|expert)s?\s+from\s+(?-i:[A-Z])\w+|\bthe\s+(?-i:[A-Z])\w+\s+member\b"
    r"|(?<![\w-])(?:член\w*|эксперт\w*)(?:\s+Комитета)?\s+из\s+(?-i:[А-ЯЁ])\w+",
    re.IGNORECASE,
)


def named_in_question(question: str) -> Named:
    """The countries, people, years and other proper words a question names."""
    people = _people(question)
    runs = [run for run in _name_runs(question) if not any(run in person for person in people)]
    in_people = {word for person in people for word in person.split()}
    in_runs = {word for run in runs for word in run.split()}
    proper: list[str] = []
    standalone: list[str] = []
    sentence_starts = {m.end() for m in re.finditer(r"(?:^|[.?!]\s+)", question)}
    for pattern in (_CAPITALISED_EN, _ACRONYM, _CAPITALISED_RU, _ACRONYM_RU):
        for match in pattern.finditer(question):
            word = match.group(0).rstrip("'’s").rstrip("'’")
            lowered = word.lower()
            if match.start() in sentence_starts and not word.isupper():
                continue
            if (
                word in in_people
                or word in _HONORIFIC_WORDS
                or lowered in NOT_NAMES
                or all(part in NOT_NAMES for part in lowered.split("-") if part)  # "Jan-Nov 2022"
                or lowered in _NOT_NAMES_RU
                or countries_in(word)
            ):
                continue
            if word not in proper:
                proper.append(word)
                if match.group(0) not in in_runs and not _beside_capitalised(question, match.start(), match.end()):
                    standalone.append(word)
    return Named(
        countries=frozenset(countries_in(_PEOPLE_OF.sub(" ", question))),
        people=people,
        name_runs=tuple(runs),
        years=tuple(dict.fromkeys(_YEAR.findall(question))),
        proper_words=tuple(proper),
        standalone=tuple(standalone),
    )


# A UN document symbol: "CCPR/C/KAZ/CO/3", "A/HRC/WG.6/48/KAZ/3", "CAT/C/KAZ/Q/4"
_SYMBOL = re.compile(r"(?<![\w/])[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*){2,}(?![\w/])")


def without_document_symbols(text: str) -> str:
    """The text with its UN document symbols blanked out: the digits of "CAT/OP/12/5" are no figure."""
    return _SYMBOL.sub(" ", text)


def document_symbols(text: str) -> list[str]:
    """The UN document symbols a text names ("CCPR/C/KAZ/CO/3"), as written, trailing full stop dropped."""
    return list(dict.fromkeys(match.group(0).rstrip(".") for match in _SYMBOL.finditer(text)))


def _beside_capitalised(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands right before or after (linked by "of", "for"...): part of a longer name."""
    before = re.search(r"([A-Z][\w'’\-]*)\s+(?:(?:of|for|on|against|the)\s+)*$", text[:start])
    after = re.match(r"(?:'s)?\s+(?:(?:of|for|on|against|the)\s+)*[A-Z]", text[end:])
    return bool(before and before.start() > 0) or bool(after)


# ---------------------------------------------------------------- bodies known by two names

# Bodies of the human-rights system that people call by one name while documents print another ("the Venice
# Commission" is, in a summary record, "the European Commission for Democracy through Law"). The names of a group are
# one body: a passage naming any of them names it. An acronym matches only in capitals; other names in any case.
BODY_NAMES: tuple[tuple[str, ...], ...] = (
    ("Venice Commission", "European Commission for Democracy through Law"),
    ("ODIHR", "Office for Democratic Institutions and Human Rights"),
    ("OSCE", "Organization for Security and Co-operation in Europe"),
    ("WGAD", "Working Group on Arbitrary Detention"),
    ("SPT", "Subcommittee on Prevention of Torture"),
    ("OHCHR", "Office of the United Nations High Commissioner for Human Rights", "High Commissioner for Human Rights"),
    ("UNHCR", "Office of the United Nations High Commissioner for Refugees", "High Commissioner for Refugees"),
    ("UNICEF", "United Nations Children's Fund"),
    ("ILO", "International Labour Organization"),
    ("Ombudsman", "Human Rights Commissioner", "Commissioner for Human Rights"),
    # another office than the Ombudsman: a question on its term is not answered with the Ombudsman's
    (
        "Commissioner for Children's Rights",
        "Commissioner for Children’s Rights",
        "Children's Rights Commissioner",
        "Children’s Rights Commissioner",
        # (the compilation's name for it)
        "Ombudsperson for Children's Rights",
        "Ombudsperson for Children’s Rights",
    ),  # fmt: skip
    ("NPM", "national preventive mechanism"),
    # the security service: its remand centres and staff are not the police's ("cameras in KNB remand centres")
    ("National Security Committee", "KNB", "national security officers", "national security officer"),
    # a court of one kind is not another: "the judges of the Constitutional Court" are not the provincial courts'
    ("Constitutional Court", "Constitutional Courts"),
    ("Supreme Court", "Supreme Courts"),
)


# The same bodies named in Russian, each with the BODY_NAMES group it is: a Russian question is answered from the
# English documents, whose passages must name the body by one of its English names. The Commissioner for Children's
# Rights ("уполномоченный по правам ребёнка") is another office than the Ombudsman.
_RUSSIAN_BODY_NAMES: dict[str, str] = {  # by the body's first name; acronyms in capitals only ("мот" is a word)
    "Venice Commission": r"(?i:венецианск\w* комисси\w*)",
    "ODIHR": r"БДИПЧ(?![\w-])",
    "OSCE": r"ОБСЕ(?![\w-])",
    "WGAD": r"РГПЗ(?![\w-])|(?i:рабоч\w* групп\w* по произвольн\w*(?: задержани\w*)?)",
    "SPT": r"(?i:подкомитет\w* (?:ООН )?по предупреждению пыток)",
    "OHCHR": r"УВКПЧ(?![\w-])|(?i:верховн\w* комиссар\w* (?:ООН )?по правам человека)",
    "UNHCR": r"УВКБ(?![\w-])|(?i:верховн\w* комиссар\w* (?:ООН )?по делам беженцев)",
    "UNICEF": r"ЮНИСЕФ(?![\w-])",
    "ILO": r"МОТ(?![\w-])|(?i:международн\w* организаци\w* труда)",
    "Ombudsman": (
        r"(?i:(?<!детский )(?<!детского )(?<!детскому )(?<!детским )(?<!детском )омбудсмен\w*+(?! по правам реб)"
        r"|уполномоченн\w* по правам человека)"
    ),
    # ("детский омбудсмен": the children's one)
    "Commissioner for Children's Rights": (
        r"(?i:(?:уполномоченн\w*|омбудсмен\w*) по правам (?:реб[её]нка|детей)|детск\w* омбудсмен\w*)"
    ),
    "National Security Committee": r"КНБ(?![\w-])|(?i:комитет\w* национальной безопасности)",
    "Constitutional Court": r"(?i:конституционн\w* суд(?!ь|е[йи])\w*)",  # not "судей", "судьи" (judges)
    "Supreme Court": r"(?i:верховн\w* суд(?!ь|е[йи])\w*)",
}
_BODY_NAMES_RU: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(rf"(?<![\w-])(?:{pattern})"), names)
    for names in BODY_NAMES
    if (pattern := _RUSSIAN_BODY_NAMES.get(names[0]))
)


@functools.cache
def _body_pattern(name: str) -> re.Pattern[str]:
    flags = 0 if name.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags)


def bodies_named(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """For each body of BODY_NAMES the text names: the name as written there, and all the body's names
    ("What did the Venice Commission say?" -> [("Venice Commission", ("Venice Commission", "European Commission for
    Democracy through Law"))])."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for names in BODY_NAMES:
        for name in names:
            if match := _body_pattern(name).search(text):
                found.append((match.group(0), names))
                break
    for pattern, names in _BODY_NAMES_RU:  # "в Конституционном суде": the Constitutional Court
        if (match := pattern.search(text)) and all(names is not other for _, other in found):
            found.append((match.group(0), names))
    return found


def names_body(text: str, names: Iterable[str]) -> bool:
    """True when the text names the body by any of its names."""
    return any(_body_pattern(name).search(text) for name in names)


# A mandate of the UN's special procedures, named by its subject: "the Special Rapporteur on the independence of
# judges and lawyers", "the Working Group on Arbitrary Detention". Another mandate of the same kind is another person.
_MANDATE = re.compile(
    r"\b(?P<kind>Special Rapporteur|Independent Expert|Working Group)s?\s+on\s+(?:the\s+)?"
    r"(?P<subject>[\w’'\- ,]+?)(?=\s+(?:recommend\w*|say|says|said|find|finds|found|ask\w*|note\w*|express\w*"
    r"|visit\w*|report\w*|state[sd]?|think|thought|conclude\w*|urge[sd]?|call\w*|criticis\w*|about|regarding"
    r"|concerning|in|when|after|during|and\s+(?:from|by|of|the)|who|which)\b|\s*[?.;:!]|\s*$)",
    re.IGNORECASE,
)
# The same in Russian: "Специальный докладчик по вопросу о пытках", "Спецдокладчик ООН по свободе собраний"; the
# subject is the glossary's English for its words
# (one mandate: "спецдокладчики ООН по петиции против ..." are several mandate holders on a petition, not a mandate)
_SINGULAR_RU = r"(?!и|ов|ам|ами|ах)[а-яё]*"
_MANDATE_RU = re.compile(
    rf"(?<![\w-])(?P<kind>специальн\w*\s+докладчик{_SINGULAR_RU}|спецдокладчик{_SINGULAR_RU}"
    rf"|независим\w*\s+эксперт{_SINGULAR_RU})\s+(?:ООН\s+)?"
    r"по\s+(?:вопрос\w*\s+(?:о|об)\s+)?(?P<subject>(?:[\w-]+\s*){1,4})",
    re.IGNORECASE,
)
# where a Russian mandate's subject ends: a verb of saying, or a preposition starting what was said about
_ENDS_MANDATE_RU = re.compile(
    r"(?:сказа|говор|заяв|спраш|рекоменд|отмет|призва|выраз|счита|писа|поднима|предлож|о$|об$|про$|в$|во$)",
    re.IGNORECASE,
)


_NAME_LINKS = frozenset("of the and on in for to against from".split())  # words inside a name in capitals


def mandates_named(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each special-procedure mandate the text names: (as written, its kind, the terms of its subject):
    "What did the Special Rapporteur on terrorism say?" -> [("Special Rapporteur on terrorism", "special rapporteur",
    ("terror",))]. A working group in lower case is any group set up to work on something, not the Human Rights
    Council's."""
    found = []
    for match in _MANDATE.finditer(text):
        if match.group("kind")[0] == "w":  # "the ministry's working group on NGO legislation": not a UN mandate
            continue
        written, subject_written = match.group(0), match.group("subject")
        # a name written in capitals ends at its first lower-case word that links none of its words: "the Working
        # Group on Arbitrary Detention opinion concerned Karim Massimov" names the Working Group on Arbitrary Detention
        words = subject_written.split()
        if words and words[0][:1].isupper():
            cut = next((i for i, word in enumerate(words) if word.islower() and word not in _NAME_LINKS), len(words))
            subject_written = " ".join(words[:cut])
            written = text[match.start() : match.start("subject")] + subject_written
        subject = tuple(terms(subject_written))
        if subject:
            found.append((written.strip(), match.group("kind").lower(), subject))
    for match in _MANDATE_RU.finditer(text):
        kind = "independent expert" if "эксперт" in match.group("kind").lower() else "special rapporteur"
        words = match.group("subject").split()
        cut = next((i for i, word in enumerate(words) if i and _ENDS_MANDATE_RU.match(word)), len(words))
        glossed = [english for _, englishes in glossed_words(" ".join(words[:cut])) for english in englishes[:1]]
        if subject := tuple(dict.fromkeys(term for english in glossed for term in terms(english))):
            written = text[match.start() : match.start("subject")] + " ".join(words[:cut])
            found.append((written.strip(), kind, subject))
    return found


# ---------------------------------------------------------------- the corpus's names

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
TYPO_MIN_LETTERS = 7  # shorter words are not read as typos: too many real words are one edit from a corpus word
# ... except a corpus word with one letter dropped, from this many letters ("prisns", "sucides"): the commonest slip
# on a phone, and a real word seldom is a longer corpus word less one letter
TYPO_DROPPED_LETTERS = 5
TYPO_LONG_WORD = 8  # letters from which a word two edits from a corpus word is read as its typo (one edit below)
# a word looked at as a possible typo: of TYPO_DROPPED_LETTERS letters or more ("tortue", "prisns"; `meant` reads one
# under TYPO_MIN_LETTERS only as a corpus word less one letter)
_TYPO_CANDIDATE = re.compile(rf"(?<![\w'’\-])[a-z]{{{TYPO_DROPPED_LETTERS},}}(?![\w'’\-])")


# --------------------------------------------------------------- the standards' terms the dialogue never uses

STANDARD_TERM_USES = 3  # a pair of words is a term of the standards' language when this many of their paragraphs use it
_PAIR_WORD = re.compile(r"[a-z][a-z'’-]+")


def word_pairs(text: str) -> list[tuple[str, tuple[str, str]]]:
    """Each content word with the next one, side by side or across one stopword ("facial recognition", "right to
    strike"), as written and as a pair of stems; lower case, words of three letters or more."""
    words = _PAIR_WORD.findall(text.lower())
    pairs = []
    for index, word in enumerate(words):
        if word in STOPWORDS or len(word) < 3:
            continue
        for after in (index + 1, index + 2):
            if after >= len(words) or (after == index + 2 and words[index + 1] not in STOPWORDS):
                break
            other = words[after]
            if other in STOPWORDS or len(other) < 3:
                continue
            pairs.append((" ".join(words[index : after + 1]), (stem(word), stem(other))))
            break
    return pairs


def pair_uses(paragraphs: Iterable[Paragraph]) -> dict[tuple[str, str], int]:
    """How many paragraphs use each pair of words (word_pairs, as stems)."""
    uses: dict[tuple[str, str], int] = {}
    for paragraph in paragraphs:
        for pair in {pair for _, pair in word_pairs(paragraph.text)}:
            uses[pair] = uses.get(pair, 0) + 1
    return uses


class StandardTerms:
    """The terms of the General Comments' language that the dialogue never uses: pairs of words (as stems) that at
    least STANDARD_TERM_USES paragraphs of the General Comments use and no paragraph of the dialogue does, one of
    whose words the dialogue never uses at all ("facial recognition", "right to strike", "climate change"). A question
    about such a thing asks about a matter of human-rights law the dialogue does not touch, however close its other
    words come; a word the dialogue lacks alone is as often a paraphrase ("kids", "bosses") and proves nothing.

    The standards' side (about a second for 6,488 paragraphs) is counted on first need, by `load`: only a question
    with a pair the dialogue lacks needs it."""

    def __init__(self, dialogue: Iterable[Paragraph], standards: Callable[[], Mapping[tuple[str, str], int]]) -> None:
        self._dialogue_pairs: set[tuple[str, str]] = set()
        self._dialogue_stems: set[str] = set()
        for paragraph in dialogue:
            self._dialogue_pairs.update(pair for _, pair in word_pairs(paragraph.text))
            self._dialogue_stems.update(stem(word) for word in _PAIR_WORD.findall(paragraph.text.lower()))
        self._standards = standards
        self._uses: Mapping[tuple[str, str], int] | None = None
        self._standard_stems: frozenset[str] | None = None
        self._lock = threading.Lock()

    def load(self) -> Mapping[tuple[str, str], int]:
        """The standards' pair counts (read once)."""
        with self._lock:
            return self._standards_uses()

    def uses(self, pair: tuple[str, str]) -> int:
        """How many General Comment paragraphs use a pair the dialogue never uses (0 for any other pair)."""
        if pair in self._dialogue_pairs or set(pair) <= self._dialogue_stems:
            return 0
        return self.load().get(pair, 0)

    def standards_use(self, word: str) -> bool:
        """Whether the General Comments use the word (its stem, in one of their pairs of words)."""
        with self._lock:
            if self._standard_stems is None:
                self._standard_stems = frozenset(part for pair in self._standards_uses() for part in pair)
            return stem(word.lower()) in self._standard_stems

    def _standards_uses(self) -> Mapping[tuple[str, str], int]:
        if self._uses is None:
            self._uses = self._standards()
        return self._uses

    def dialogue_writes(self, pair: tuple[str, str]) -> bool:
        """Whether a paragraph of the dialogue writes this pair of stems (word_pairs)."""
        return pair in self._dialogue_pairs

    def named_in(self, question: str) -> list[tuple[str, tuple[str, str]]]:
        """Such terms an English question names, as written and as stems; of two sharing a word ("use facial",
        "facial recognition") the one more paragraphs use."""
        if has_cyrillic(question):
            return []
        counted = [
            (written, pair, self.uses(pair))
            for written, pair in word_pairs(question)
            if not set(pair) & _QUANTITY_STEMS  # "a growing number", "a high level": how much, no thing of its own
            and not set(pair) & _LIGHT_VERB_STEMS  # "making sure": "ensuring" in other words
        ]
        found = sorted((term for term in counted if term[2] >= STANDARD_TERM_USES), key=lambda term: -term[2])
        kept: list[tuple[str, tuple[str, str]]] = []
        for written, pair, _ in found:
            if not any(set(pair) & set(other) for _, other in kept):
                kept.append((written, pair))
        return kept


# Words of how much or how many, which make no term of art with the word beside them ("a growing number of appeals",
# "a high level of", "the rate of")
_QUANTITY_STEMS = frozenset(stem(word) for word in "number amount level rate share proportion".split())
# Verbs of everyday English that make a phrase with the word beside them, no term of art ("making sure", "take
# place", "give rise"): the phrase says in other words what the documents' own verbs say ("ensuring", "held")
_LIGHT_VERB_STEMS = frozenset(stem(word) for word in "make making made take taking took give giving gave".split())


# A question whether a thing exists: "Is there a...", "Are there...", "Does Kazakhstan have / operate...", "Has the
# State set up / introduced / appointed / joined..."
_ASKS_WHETHER_EXISTS = re.compile(
    r"^\W*(?:(?:is|are)\s+there\b"
    r"|(?:does|do|did)\s+(?:kz|kazakhstan|the\s+(?:state|government|country|authorities)|it|they)\s+(?:\w+\s+)?"
    r"(?:have|operate|run|maintain|keep|fund)\b"
    r"|(?:has|have)\b[^?]{0,60}?\b(?:set\s+up|established|created|introduced|appointed|joined|launched|opened)\b)"
    r"|\bwhen\s+was\b[^?]{0,60}?\b(?:set\s+up|established|created|introduced|founded|launched)\b"
    r"|\bhow\s+is\s+the\b[^?]{0,60}?\b(?:made\s+up|composed)\b|\bwho\s+sits\s+on\b|\ba\s+dedicated\b",
    re.IGNORECASE,
)
# The nouns that make a word pair the name of a body, a service or a scheme ("truth commission", "drug courts", "press
# council", "public defender's office"): a thing that exists or does not, which a paraphrase seldom names
_INSTITUTION_NOUNS = frozenset(
    stem(word)
    for word in (
        "commission council court tribunal office ombudsman ombudsperson partnership register registry fund programme"
        " program scheme rapporteur clinic broadcaster agency unit board hotline helpline centre center shelter service"
        " institute database quota"
    ).split()
)


def unwritten_institutions(question: str, corpus: CorpusNames) -> list[tuple[str, tuple[str, str]]]:
    """The bodies and schemes a question asks whether the State has, or names by a proper name ("the European Court of
    Human Rights"), in two words side by side that the dialogue never writes together ("Has a truth commission been
    set up...?", "Are there specialised drug courts...?"), as written and as stems. Each word alone is the dialogue's
    ("truth", "commission"): the other checks read the question as covered, and its closest passage (the Zhanaozen
    public commission) is about something else."""
    if has_cyrillic(question) or corpus.standard_terms is None:
        return []
    # a body named by its proper name, capitalised ("What did the European Court of Human Rights decide?"): whatever
    # is asked of it, the documents must name it, not another European body
    proper = {" ".join(match.group(0).lower().split()): match.group(0) for match in _PROPER_BODY.finditer(question)}
    asks_whether = _ASKS_WHETHER_EXISTS.search(question) is not None
    if not proper and not asks_whether:
        return []
    return [
        (proper.get(written, written), pair)  # (a proper name as the question writes it: "European Court")
        for written, pair in word_pairs(question)
        if len(written.split()) == 2  # side by side, not across a stopword
        and pair[1] in _INSTITUTION_NOUNS
        and not _not_a_name_of_it(written.split()[0])
        and (written in proper or asks_whether)
        and not corpus.standard_terms.dialogue_writes(pair)
    ]


# A body's proper name, two capitalised words side by side, the second a body's noun: "European Court", "Inter-American
# Commission"
_PROPER_BODY = re.compile(
    r"(?<![\w-])(?-i:[A-Z])[\w-]+\s+(?-i:[A-Z])(?:ommission|ouncil|ourt|ribunal|gency|ffice|ureau|oard|nstitute)\b"
)


# What asks about a body without naming it: a verb ("keep a register", "appointed commissioner") or an owner ("the
# children's ombudsman", which the documents call the Ombudsperson for Children's Rights). A new user's trial (stop 53)
# of existence questions, 25 answerable and 15 not: with these, 2 answerable ones declined instead of 5, and the same
# 6 near misses.
_ASKING_VERBS = frozenset(
    stem(word)
    for word in "keep have run operate maintain fund set establish create introduce appoint join launch open".split()
)


def _not_a_name_of_it(word: str) -> bool:
    """Whether the word before a body's noun is a verb or an owner rather than a word of the body's name."""
    return word.endswith(("ed", "ing", "'s", "’s")) or stem(word) in _ASKING_VERBS


def shows_pair(text: str, pair: tuple[str, str]) -> bool:
    """Whether a text has both words of a pair of stems."""
    stems = {stem(word) for word in _PAIR_WORD.findall(text.lower())}
    return set(pair) <= stems


def _spoken_by_member(paragraph: Paragraph) -> bool:
    """A paragraph a Committee member speaks (not the Chair, not the delegation)."""
    return (paragraph.speaker_role or "").lower() == MEMBER_ROLE


def _record_speakers(paragraphs: Iterable[Paragraph]) -> tuple[str, ...]:
    """The summary records' members and Chairs as the records name them ("Mr. Korkelia", "Mr. Soh")."""
    return tuple(
        sorted(
            {
                chair_name(p.speaker) or p.speaker
                for p in paragraphs
                if p.speaker and (p.speaker_role or "").lower() in COMMITTEE_ROLES
            }
        )
    )


_WORD_CYRILLIC = re.compile(r"(?<![\w-])[А-ЯЁа-яё][а-яё\-]+")


def speakers_named_bare(question: str, speakers: Iterable[str], people: Iterable[str]) -> tuple[str, ...]:
    """The record's members and Chair a question names by surname alone, as phones type them ("korkelia asked
    whether...", "Йигезу поднимал тему...") and not among the people it names with a title: as the record names
    them ("Mr. Korkelia"), or, in Cyrillic, as written ("Йигезу": the Russian checks read a Russian question's
    people). A Latin surname is found as retrieval finds a speaker (actors.Speaker: the word, any case); a Cyrillic
    word counts when its transliteration is close to the surname (case endings: "Коркелии") and it is no Russian word
    the glossary knows."""
    named = {re.sub(r"['’]s$", "", person.split()[-1]).lower() for person in people}
    found: list[str] = []
    for speaker in speakers:
        recognised = Speaker.of(speaker)
        if recognised is None:
            continue
        surname = recognised.surname
        if surname in named or any(latin_match(word, [surname]) for word in named if has_cyrillic(word)):
            continue
        if recognised.pattern.search(question):
            found.append(speaker)
            continue
        cyrillic = next(
            (
                w
                for w in _WORD_CYRILLIC.findall(question)
                if len(w) >= 3
                and w.lower() not in STOPWORDS
                and not english_gloss(w.lower())
                and latin_match(w.lower(), [surname]) is not None
            ),
            None,
        )
        if cyrillic:
            found.append(cyrillic[0].upper() + cyrillic[1:])
    return tuple(found)


_THOUSANDS_JOINED = re.compile(r"(?<=\d)[ ,\u00a0](?=\d{3}(?!\d))")  # "1,198": one figure, its thousands apart
# The British "-ise" endings ("decriminalisation", "organised"), which the UN documents write "-ize"
_BRITISH_ISE = re.compile(r"is(ation|ations|e|ed|es|ing|er|ers)$")


@dataclass
class CorpusNames:
    """The words of the corpus (lower-case), for looking up what a question names; built once per index."""

    words: set[str] = field(default_factory=set)
    capitalised: list[str] = field(default_factory=list)  # lower-case forms of the words written capitalised
    countries: set[str] = field(default_factory=set)  # the countries the documents' metadata names
    mentioned_countries: set[str] = field(default_factory=set)  # the countries any paragraph names
    stems: set[str] = field(default_factory=set)  # text.stem of every word: "deported" -> "deport"
    symbols: set[str] = field(default_factory=set)  # the document symbols the corpus has or cites, upper case
    frequency: dict[str, int] = field(default_factory=dict)  # lower-case word -> how many paragraphs use it
    written_lower: set[str] = field(default_factory=set)  # the words the corpus also writes in lower case
    # capitalised words the corpus also uses as a name of their own ("in Almaty, the courts"), not only inside a
    # longer one ("the Ombudsperson for Children's Rights")
    named_alone: set[str] = field(default_factory=set)
    # paragraph key -> the sentences with a year of the paragraphs just before it in its section, for a paragraph that
    # names no year of its own: the time it speaks of ("The procuratorial authorities received 566 complaints", three
    # paragraphs after "... the mass disorder in January 2022")
    years_before: dict[str, str] = field(default_factory=dict)
    # paragraph key -> the sentences naming an article of the paragraph just before it in its section, for a paragraph
    # that names none: the provision its figures are under ("In 2022, one criminal case was brought...", after "...
    # under article 158 of the Criminal Code")
    articles_before: dict[str, str] = field(default_factory=dict)
    paragraph_count: int = 0  # the paragraphs read (frequency's denominator)
    # the texts read (paragraphs, then documents' metadata): an unknown acronym's words, the rare proper names
    texts: list[str] = field(default_factory=list, repr=False)
    held_symbols: set[str] = field(default_factory=set)  # the symbols of the documents the corpus holds, upper case
    meeting_years: set[str] = field(default_factory=set)  # the years of the meetings whose records the corpus holds
    held_kinds: str = ""  # the held documents' types and titles, lower case: which kinds of document the corpus holds
    # doc_id -> the treaty bodies whose own words its committee-side and standards paragraphs are (treaty_bodies)
    document_bodies: dict[str, frozenset[str]] = field(default_factory=dict)
    # paragraph key of a UN document -> the treaty body its opening "The same Committee" means (treaty_bodies)
    committees_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # the terms of the human-rights language the dialogue never uses ("facial recognition"); set by the answerer
    standard_terms: StandardTerms | None = None
    # what each Committee member said, paragraph by paragraph: (speaker, the paragraph's terms) in a summary record
    members_said: tuple[tuple[str, frozenset[str]], ...] = ()
    # the summary records' members and Chairs as the records name them ("Mr. Korkelia", "Mr. Soh")
    record_speakers: tuple[str, ...] = ()
    # paragraph key -> the paragraph just before it in its section, for a paragraph that opens by going on from it ("As
    # a result of the investigation, five police officers ... were convicted", after "The investigation into the mass
    # disorder in Zhanaozen ..."): the names it speaks of
    continued_from: dict[str, str] = field(default_factory=dict)
    sides: tuple[str, ...] = ()  # each paragraph's side (author_type), as `texts` holds them, in the same order
    # paragraph key -> the text of the GROUP_BEFORE paragraphs before it in its document (of the dialogue): where the
    # group a paragraph breaks down may be counted ("In 2020–2023, there were 75 cases of suicide ..." four paragraphs
    # before "The methods of suicide in 2020–2023 were: ...")
    paragraphs_before: dict[str, str] = field(default_factory=dict)
    # the treaty bodies whose meetings the summary records are ("CCPR"): only their members speak there
    record_committees: frozenset[str] = frozenset()

    @classmethod
    def of(cls, paragraphs: Iterable[Paragraph], documents: Iterable[DocumentEntry]) -> CorpusNames:
        paragraphs, documents = list(paragraphs), list(documents)
        capitalised: set[str] = set()
        written_lower: set[str] = set()
        named_alone: set[str] = set()
        countries: set[str] = set()
        texts = [p.text + " " + (p.speaker or "") + " " + (p.section or "") for p in paragraphs]
        mentioned = set().union(*(countries_in(text) for text in texts)) if texts else set()
        for document in documents:
            meta = f"{document.title} {document.mechanism} {document.document_type} {document.symbol}"
            texts.append(meta)
            countries |= countries_in(document.title)
        frequency: dict[str, int] = {}
        for text in texts:
            found = _WORD.findall(text)
            lowered_words = [word.lower().rstrip("'’s") for word in found]
            for lowered in set(lowered_words):
                frequency[lowered] = frequency.get(lowered, 0) + 1
            for position, (word, lowered) in enumerate(zip(found, lowered_words, strict=True)):
                if not word[0].isupper():
                    written_lower.add(lowered)
                    continue
                capitalised.add(lowered)
                if lowered not in named_alone and not _in_name_run(found, position):
                    named_alone.add(lowered)
        words = set(frequency)
        for word in frequency:
            if "-" in word or "'" in word or "’" in word:
                words.update(part for part in re.split(r"[-'’]", word) if len(part) >= 3)
        stems = {stem(word) for word in words}
        symbols = {symbol.upper() for text in texts for symbol in document_symbols(text)}
        return cls(
            words, sorted(capitalised), countries, mentioned | countries, stems, symbols, frequency, written_lower,
            named_alone, _years_before(paragraphs), _articles_before(paragraphs), len(paragraphs), texts,
            {document.symbol.upper() for document in documents},
            {document.date[:4] for document in documents if "record" in document.document_type.lower()},
            " | ".join(f"{document.document_type} {document.title}".lower() for document in documents),
            document_bodies(documents), committees_before(paragraphs, {d.doc_id: d for d in documents}), None,
            tuple((p.speaker, frozenset(paragraph_terms(p))) for p in paragraphs if p.speaker and _spoken_by_member(p)),
            _record_speakers(paragraphs), _continued_from(paragraphs), tuple(p.author_type for p in paragraphs),
            _paragraphs_before(paragraphs),
            frozenset().union(
                *(committees_named(d.mechanism) for d in documents if "record" in d.document_type.lower())
            ),
        )  # fmt: skip

    def warm_up(self) -> None:
        """Build now the lookups made on first use (the rare names, the words by length and in order, the texts
        joined for phrase lookups, the events the texts date, the texts with figures written whole), so that no answer
        pays for them later (up to a few hundred ms on the first question that needs one; the events about 1.7 s with
        the General Comments)."""
        _ = (
            self.rare_names,
            self._ordered_words,
            self._lengths,
            self._fuzzy_names,
            self._joined_texts,
            self.whole_figures,
        )
        _ = self.events_dated

    @functools.cached_property
    def whole_figures(self) -> list[str]:
        """The paragraphs' texts with thousands written whole ("1,198" as "1198"), to look a figure's digits up in."""
        return [_THOUSANDS_JOINED.sub("", text) for text in self.texts[: self.paragraph_count]]

    @functools.cached_property
    def rare_names(self) -> list[str]:
        """The rare proper names (actors.rare_proper_names): what a Russian question typed in lower case may spell
        ("по делу жилина"). Made on the first Russian question, not at every opening (about 0.1 s a corpus)."""
        return rare_proper_names(self.texts, RARE_NAME_PARAGRAPHS)

    def uses_start(self, english: str) -> bool:
        """True when the corpus has a word starting with each word of `english` (a word start of terms_ru: "evict",
        "death penalty")."""
        for part in _english_words(english):  # "economic, social and cultural rights": the comma is no part of a word
            part = part.rstrip("'’s") or part  # the words are kept as `of` stores them: "victims" -> "victim"
            if not self._starts_a_word(part):
                return False
        return True

    def writes_nearly(self, phrase: str) -> bool:
        """True when the corpus writes the phrase's words in order with one more word between two of them at most: a
        quotation given from memory ("a 'culture of peaceful assemblies' is emerging": "A culture of holding
        peaceful assemblies is emerging"), or side by side (writes)."""
        if self.writes(phrase):
            return True
        return len(_english_words(phrase)) >= 2 and any(
            re.search(pattern, self._joined_texts) for pattern in _nearly_patterns(phrase)
        )

    def writes(self, english: str) -> bool:
        """True when the corpus uses a word start of terms_ru as written: each word of it (uses_start), and a phrase of
        several words ("red notice", "personal data") as one, its words side by side; a phrase with a comma ("economic,
        social and cultural rights") is read word by word. "red" and "notice" each start words of the documents,
        but they never speak of a red notice."""
        if not self.uses_start(english):
            return False
        if "," in english or len(_english_words(english)) < 2:
            return True
        phrase = english.lower()
        if phrase not in self._phrases_written:
            self._phrases_written[phrase] = _phrase_pattern(phrase).search(self._joined_texts) is not None
        return self._phrases_written[phrase]

    def dates_name(self, name: str, year: str) -> bool:
        """True when a sentence of the corpus writes the name with the year ("the events in Zhanaozen on 16 and 17
        December 2011"): a passage on what the name names speaks of that year, though it may not print it."""
        found = self._dated_names.get((name, year))
        if found is None:
            name_pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
            found = any(
                year in sentence.text and name_pattern.search(sentence.text)
                for text in self.texts[: self.paragraph_count]
                if year in text and name_pattern.search(text)
                for sentence in split_sentences(text)
            )
            self._dated_names[(name, year)] = found
        return found

    @functools.cached_property
    def _dated_names(self) -> dict[tuple[str, str], bool]:
        return {}

    @functools.cached_property
    def term_paragraphs(self) -> dict[str, int]:
        """How many paragraphs use each term (text.terms: stems, common words left out)."""
        counts: dict[str, int] = {}
        for text in self.texts[: self.paragraph_count]:
            for term in set(terms(text)):
                counts[term] = counts.get(term, 0) + 1
        return counts

    def common_term(self, term: str) -> bool:
        """True when more than COMMON_TERM_SHARE of the paragraphs use the term ("right", "state", "law"): a word
        any passage shows, which tells nothing of what it is about. None is in a corpus under
        PAIR_VOCABULARY_PARAGRAPHS paragraphs."""
        if self.paragraph_count < PAIR_VOCABULARY_PARAGRAPHS:
            return False
        return self.term_paragraphs.get(term, 0) > COMMON_TERM_SHARE * self.paragraph_count

    @functools.cached_property
    def events_dated(self) -> frozenset[DatedEvent]:
        """The events the texts date (dated_events.events_dated_in): made on the first question that dates one."""
        return events_dated_in(self.texts)

    def dates_event(self, event: DatedEvent) -> bool:
        """True when a sentence of the corpus names an event of this kind with its year (and month, if given)."""
        return event in self.events_dated

    @functools.cached_property
    def _phrases_written(self) -> dict[str, bool]:
        return {}

    @functools.cached_property
    def _joined_texts(self) -> str:
        return "\n".join(self.texts).lower()

    def numbers_instrument(self, number: str) -> bool:
        """True when some paragraph numbers an instrument so ("Convention, 1948 (No. 87)", "Конвенция № 87"; the texts
        are joined in lower case); not a law's number ("Amnesty Act No. 81-VII")."""
        numbered = rf"(?:\bno\.?|№)\s*{re.escape(number)}(?![\d])(?![-–][ivxl]+\b)"
        return re.search(numbered, self._joined_texts) is not None

    def prints_number(self, number: str) -> bool:
        """True when some paragraph prints this number as a number of its own ("1325", not within "13255")."""
        return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d])", self._joined_texts) is not None

    def paragraphs_using(self, english: str) -> int:
        """About how many paragraphs use a word start of terms_ru ("strike", "collective bargaining": its rarest
        word), counting a paragraph once per form it uses: an upper bound."""
        ordered = self._ordered_words
        counts = []
        for part in _english_words(english):
            part = part.rstrip("'’s") or part  # as `of` stores the words ("access" -> "acce"), as uses_start reads them
            at, count = bisect.bisect_left(ordered, part), 0
            while at < len(ordered) and ordered[at].startswith(part):
                count += self.frequency.get(ordered[at], 0)
                at += 1
            counts.append(count)
        return min(counts, default=0)

    @functools.cached_property
    def _ordered_words(self) -> list[str]:
        """The words, sorted once, for `uses_start`'s prefix lookups."""
        return sorted(self.words)

    def knows(self, word: str) -> bool:
        """True when the corpus has this word (a Cyrillic word: its transliteration, or one close to it)."""
        lowered = word.lower().rstrip("'’s")
        if lowered in self.words or all(part in self.words for part in re.split(r"[-/&'’]", lowered) if part):
            return True
        if has_cyrillic(lowered):
            return self.latin_spelling(lowered) is not None
        return False

    def latin_spelling(self, word: str) -> str | None:
        """The name of the corpus a Cyrillic word (or stem) spells, however common ("Алмат" -> "almaty"), or None."""
        return latin_match(word.lower(), self._fuzzy_names)

    def latin_name(self, word: str) -> str | None:
        """The name a Cyrillic word spells, as the corpus writes it, when that name is rare (RARE_NAME_PARAGRAPHS
        paragraphs or fewer: a person, a place, a case): "Жилина" -> "zhilin"; None for a word like "Пакту"."""
        match = self.latin_spelling(word)
        return match if match is not None and 0 < self.frequency.get(match, 0) <= RARE_NAME_PARAGRAPHS else None

    @functools.cached_property
    def _fuzzy_names(self) -> list[str]:
        """The capitalised words a Cyrillic word may stand for: a corpus word of one or two letters ("OL") is no name
        ("Сол"), nor is one the corpus also writes in lower case ("Маэда", a name it never mentions, is not "media")."""
        return [word for word in self.capitalised if len(word) >= 3 and word not in self.written_lower]

    def meant(self, word: str) -> str | None:
        """The corpus word a word it lacks is a typo of: the closest one edit away ("delegtion": delegation), or two
        for a word of TYPO_LONG_WORD letters or more ("janaozen": zhanaozen), the most used on a tie; else a corpus
        word with one letter dropped ("prisns": prison), from TYPO_DROPPED_LETTERS letters. Not another word under
        TYPO_MIN_LETTERS letters ("spied" is no typo of "speed"), nor a prefixed form of a corpus word, nor a corpus
        word with a letter before it ("sextortion"). No word of the near-miss sets ("polygamy", "surrogacy",
        "femicides") is this close to a corpus word."""
        lowered = word.lower()
        if lowered in self.words or len(lowered) < TYPO_DROPPED_LETTERS:
            return None
        if lowered not in self._typos:  # the checks of one answer ask it of the same words many times
            self._typos[lowered] = self._typo_of(lowered)
        return self._typos[lowered]

    @functools.cached_property
    def _typos(self) -> dict[str, str | None]:
        """meant's answers so far, by the word in lower case."""
        return {}

    def _typo_of(self, lowered: str) -> str | None:
        if any(self.knows_form(root) for root in _prefixed_roots(lowered)):
            return None  # "unapproved": a prefixed form of a corpus word, not a typo of it
        if len(lowered) >= TYPO_MIN_LETTERS:  # "spied" is no typo of "speed"
            for distance in (1, 2) if len(lowered) >= TYPO_LONG_WORD else (1,):
                close = [
                    known
                    for known in self._words_by_length(len(lowered), distance)
                    # a letter before a corpus word makes another word, not a typo ("sextortion": extortion)
                    if within_edits(lowered, known, distance) and lowered[1:] != known
                ]
                if close:
                    return self._most_used(close)
        # "prisns", "sucides": a corpus word less one letter, as the corpus keeps it ("prisons" -> "prison")
        single = lowered.rstrip("'’s") or lowered
        dropped = [known for known in self._lengths.get(len(single) + 1, ()) if within_edits(single, known, 1)]
        return self._most_used(dropped) if dropped else None

    def _most_used(self, words: list[str]) -> str:
        """The word most paragraphs use (the last in alphabetical order on a tie)."""
        return max(words, key=lambda known: (self.frequency.get(known, 0), known))

    def corrected(self, question: str) -> str:
        """The question with its phone typos put right ("what did ngos say about janaozen" -> "... zhanaozen"): each
        lower-case Latin word that the corpus lacks in any form, that is no word of general English (a whole word of
        bge's WordPiece vocabulary: "bosses" stays; or of the English word list: "castration" is no typo of
        "cassation", nor "smelter" of "shelter"), and that is a typo of a corpus word."""
        from prepbot.retrieval.embeddings import word_pieces

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            if word in STOPWORDS or self.knows_form(word) or word_pieces(word) < 2 or english_word(word):
                return word
            meant = self.meant(word)
            if meant is None:
                return word
            # the corpus's words are kept without a plural's "s" ("rallie"): a plural typed stays one ("ralies")
            return meant + "s" if word.endswith("s") and not meant.endswith("s") else meant

        return _TYPO_CANDIDATE.sub(fix, question)

    def transliterated(self, question: str) -> str:
        """The question with a capitalised name the corpus lacks put in the corpus's spelling of it, when the two are
        one name transliterated from Russian two ways ("Syroezhkin": Syroyezhkin, "Kadyr Kasiet": Kadir Kasiyet, "Ms
        Basim": Bassim, "Korkelija": Korkelia): the same letters once "kh", "zh", "ye", "y", "ij" and doubled letters
        are read alike (_transliteration_key), and no other corpus name reads so."""

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            if self.knows(word):
                return word
            spellings = self._names_by_transliteration.get(_transliteration_key(word), ())
            return spellings[0][:1].upper() + spellings[0][1:] if len(spellings) == 1 else word

        return _CAPITALISED_NAME.sub(fix, question)

    @functools.cached_property
    def _names_by_transliteration(self) -> dict[str, tuple[str, ...]]:
        """_transliteration_key -> the corpus's names (capitalised words it never writes in lower case) read so."""
        names: dict[str, tuple[str, ...]] = {}
        for word in self._fuzzy_names:
            if len(word) >= TRANSLITERATED_NAME_LETTERS and word.isalpha():
                key = _transliteration_key(word)
                names[key] = (*names.get(key, ()), word)
        return names

    def _words_by_length(self, length: int, spread: int) -> list[str]:
        by_length = self._lengths
        return [word for size in range(length - spread, length + spread + 1) for word in by_length.get(size, ())]

    @functools.cached_property
    def _lengths(self) -> dict[int, list[str]]:
        lengths: dict[int, list[str]] = {}
        for word in self.words:
            if word.isalpha():
                lengths.setdefault(len(word), []).append(word)
        return lengths

    def knows_form(self, word: str) -> bool:
        """True when the corpus has this word or another form of it ("deportees" for "deported"; "taught" for
        "teaching": an irregular verb's past, IRREGULAR_PASTS)."""
        lowered = word.lower()
        if self.knows(word) or stem(lowered) in self.stems:
            return True
        base = IRREGULAR_PASTS.get(lowered)
        return base is not None and (self.knows(base) or stem(base) in self.stems)

    def knows_inflected(self, word: str) -> bool:
        """knows_form, or the corpus has the word with a regular English ending its stem does not share ("voted" for
        "vote")."""
        lowered = word.lower()
        return self.knows_form(word) or (lowered.isalpha() and any(self.knows(form) for form in _inflections(lowered)))

    def knows_closely(self, word: str) -> bool:
        """knows_form, for a long word also sharing all but its last four letters with a word of the corpus:
        "deportees" (deported), not "electroconvulsive", whose stem "electr" only electronic voting shares."""
        lowered = word.lower()
        if self.knows(lowered):
            return True
        if stem(lowered) in self.stems and self._starts_a_word(lowered[: max(len(stem(lowered)), len(lowered) - 4)]):
            return True
        # "decriminalisation": the UN documents' "-ize" spelling ("decriminalized")
        british = _BRITISH_ISE.search(lowered)
        return british is not None and british.start() >= 4 and self._starts_a_word(f"{lowered[: british.start()]}iz")

    def _starts_a_word(self, start: str) -> bool:
        """True when some word of the corpus (as `of` stores it) starts with these letters."""
        ordered = self._ordered_words
        at = bisect.bisect_left(ordered, start)
        return at < len(ordered) and ordered[at].startswith(start)

    def rare_name(self, word: str) -> bool:
        """True when the corpus writes this word only with a capital, in RARE_NAME_PARAGRAPHS paragraphs or fewer, and
        at least once as a name of its own: a name ("almaty", "zhanaozen" typed in lower case on a phone), not a
        month, a word of the dialogue's own vocabulary (NOT_NAMES) or a title that only opens a longer name
        ("ombudsperson")."""
        lowered = word.lower()
        return (
            len(lowered) >= 4
            and lowered not in NOT_NAMES
            and lowered not in self.written_lower
            and lowered in self.named_alone  # written capitalised, at least once on its own
            and 0 < self.frequency.get(lowered, 0) <= RARE_NAME_PARAGRAPHS
        )

    def knows_capitalised(self, word: str) -> bool:
        """True when the corpus writes this word with a capital (a name, or part of one)."""
        lowered = word.lower().rstrip("'’s")
        return (
            bisect.bisect_left(self.capitalised, lowered) < len(self.capitalised)
            and self.capitalised[bisect.bisect_left(self.capitalised, lowered)] == lowered
        )

    def distinctive(self, name: str) -> list[str]:
        """The words of a name that few paragraphs use (RARE_NAME_PARAGRAPHS or fewer): "Guard" of "National Guard",
        both words of "Mikhail Zhilin"; none for a name of common words ("Human Rights Council")."""
        words = [word.rstrip("'’s").rstrip("'’") for word in name.split()]
        return [word for word in words if 0 < self.frequency.get(word.lower(), 0) <= RARE_NAME_PARAGRAPHS]

    @property
    def covered(self) -> str:
        """The countries the documents cover, for messages: "Kazakhstan" ("one State" when the metadata names none)."""
        return ", ".join(sorted(self.countries)) or "one State"

    def spells_out(self, acronym: str) -> bool:
        """True when some text of the corpus writes words whose first letters make the acronym, linking words
        aside ("universal periodic review" for UPR, "Collective Security Treaty Organization" for CSTO): the corpus
        may speak of it without the letters. A name spelled out is capitalised, or a term used more than once: "ground
        for denying the permission", once, does not spell out GDP."""
        pattern = acronym_pattern(acronym)
        found = [match for text in self.texts for match in pattern.finditer(text)]
        return len(found) > 1 or any(all(word[0].isupper() for word in match.groups()) for match in found)

    def knows_symbol(self, symbol: str) -> bool:
        """True when a document of the corpus has this symbol, or a paragraph cites it."""
        return symbol.upper() in self.symbols

    def only_cites(self, symbol: str) -> bool:
        """True when a paragraph cites this symbol but no document of the corpus is it ("CCPR/C/KAZ/QPR/3", which the
        State's replies answer)."""
        return symbol.upper() in self.symbols and symbol.upper() not in self.held_symbols

    def knows_person(self, person: str) -> bool:
        """True when the corpus names this person: their surname (the last word) is a corpus word."""
        surname = person.split()[-1]
        return self.knows(surname)


YEARS_BEFORE = 3  # how many paragraphs before one without a year may set the time it speaks of
ARTICLES_BEFORE = 1  # a series of figures under one article continues into the next paragraph only
_ARTICLE_NAMED = re.compile(r"\b(?:articles?|art\.)\s*\d", re.IGNORECASE)


def _years_before(paragraphs: list[Paragraph]) -> dict[str, str]:
    """For each paragraph of the dialogue that names no year, the sentences with a year among the YEARS_BEFORE
    paragraphs before it in the same document and section (nearest first); none for one that sets its own time
    ("Over the past three years, 327 citizens have been rewarded ...", after "Since 2019, ...")."""
    found = _said_before(paragraphs, _YEAR, YEARS_BEFORE)
    own_time = {p.key for p in paragraphs if p.key in found and _OWN_TIME.search(p.text)}
    return {key: said for key, said in found.items() if key not in own_time}


# a time a paragraph sets itself, counted back from when it was written: "over the past three years", "in recent years"
_OWN_TIME = re.compile(
    r"\b(?:over|in|during|for) the (?:past|last) (?:(?:\w+|\d+) )?(?:years?|months?|decades?)\b|\bin recent years\b",
    re.IGNORECASE,
)


def _articles_before(paragraphs: list[Paragraph]) -> dict[str, str]:
    """For each paragraph of the dialogue that names no article, the sentences naming one of the paragraph just before
    it in the same document and section: a series of figures under one provision, continued."""
    return _said_before(paragraphs, _ARTICLE_NAMED, ARTICLES_BEFORE)


# a paragraph's opening that goes on from the paragraph before: "As a result of the investigation", "These problems",
# "However, ..." (not a dummy "It is worth noting", nor "He would like to know", which the speaker settles)
_GOES_ON = re.compile(
    r"^(?:This|These|That|Those|Such|Thus|However|Nevertheless|Therefore|Consequently|Accordingly|As a result)\b"
)


# "The amnesty was applied to 1,198 persons." after a paragraph ending "... an amnesty was declared for persons involved
# in the January events. The main purpose of the related Act was to amnesty ...": the thing the last sentence named
# (or a body by the last word of its name: "The Commissioner’s recommendations ..." after "... the Human Rights
# Commissioner received ...")
_THE_THING = re.compile(
    r"^The\s+([a-z][a-z-]{4,}|(?:Commissioner|Ombudsman|Ombudsperson|Commission|Council|Centre|Agency|Office|Fund))\b"
)
_NOT_A_THING = frozenset(terms("committee state government delegation ministry court courts law act code republic"))


GROUP_BEFORE = 4  # paragraphs before one in which the group it breaks down may be counted
BREAKDOWNS_AFTER = 3  # how many paragraphs after the one giving figures may break them down (by sex, age, ethnicity)


def _paragraphs_before(paragraphs: list[Paragraph]) -> dict[str, str]:
    """For each paragraph of the dialogue, the text of the GROUP_BEFORE paragraphs before it in its document."""
    found: dict[str, str] = {}
    for at, paragraph in enumerate(paragraphs):
        if paragraph.author_type == STANDARD_SIDE:
            continue
        before = [p.text for p in paragraphs[max(0, at - GROUP_BEFORE) : at] if p.doc_id == paragraph.doc_id]
        if before:
            found[paragraph.key] = " ".join(before)
    return found


# A paragraph breaking the figures of one before it down ("The breakdown by ethnicity was: 46 Kazakhs, ...", after "In
# 2020–2023, there were 75 cases of suicide"), and what by
_BREAKDOWN = re.compile(
    r"^(?:The\s+)?(?:breakdown|distribution)\s+by\s+(?P<by>age|sex|gender|ethnicity|ethnic\s+origin|nationality)\b"
    r"|^By\s+(?P<by_first>age|sex|gender|ethnicity|nationality)\b",
    re.IGNORECASE,
)
# what each of _BREAKDOWN's words breaks figures down by
_BROKEN_DOWN_BY = {
    "age": "age",
    "sex": "sex",
    "gender": "sex",
    "ethnicity": "ethnicity",
    "ethnic": "ethnicity",
    "nationality": "ethnicity",
}


def breakdown_by(paragraph: str) -> str:
    """What a paragraph breaking down the figures before it breaks them down by ("age", "sex", "ethnicity"), or ""."""
    match = _BREAKDOWN.match(paragraph)
    if match is None:
        return ""
    return _BROKEN_DOWN_BY.get((match.group("by") or match.group("by_first")).split()[0].lower(), "")


def _continued_from(paragraphs: list[Paragraph]) -> dict[str, str]:
    """For each paragraph of the dialogue that opens by going on from the one before it (_GOES_ON, or "The X ..." of
    an X the last sentence before it named), that paragraph's text, when it is of the same document and section."""
    found: dict[str, str] = {}
    for before, paragraph in zip(paragraphs, paragraphs[1:], strict=False):
        if paragraph.author_type == STANDARD_SIDE or (before.doc_id, before.section) != (
            paragraph.doc_id,
            paragraph.section,
        ):
            continue
        thing = _THE_THING.match(paragraph.text)
        named_last = False
        if thing is not None and not set(terms(thing.group(1))) & _NOT_A_THING:
            last = " ".join(span.text for span in split_sentences(before.text)[-2:])
            named_last = bool(set(terms(thing.group(1))) & set(terms(last)))
        if _GOES_ON.match(paragraph.text) or named_last:
            found[paragraph.key] = before.text
    # a paragraph breaking the figures before it down goes on from the one giving them, past the other breakdowns
    # ("The breakdown by ethnicity was: ..." after the breakdowns by sex and age of "75 cases of suicide")
    for at, paragraph in enumerate(paragraphs):
        if paragraph.author_type == STANDARD_SIDE or not breakdown_by(paragraph.text):
            continue
        given = next(
            (
                before
                for before in reversed(paragraphs[max(0, at - BREAKDOWNS_AFTER) : at])
                if not breakdown_by(before.text)
            ),
            None,
        )
        if given is not None and (given.doc_id, given.section) == (paragraph.doc_id, paragraph.section):
            found[paragraph.key] = given.text
    return found


def _said_before(paragraphs: list[Paragraph], pattern: re.Pattern[str], reach: int) -> dict[str, str]:
    """For each paragraph of the dialogue that `pattern` finds nothing in, the sentences it finds in the `reach`
    paragraphs before it in the same document and section (nearest first); none for a paragraph of the standards."""
    found: dict[str, str] = {}
    for at, paragraph in enumerate(paragraphs):
        if paragraph.author_type == STANDARD_SIDE or pattern.search(paragraph.text):
            continue
        said: list[str] = []
        for before in reversed(paragraphs[max(0, at - reach) : at]):
            if before.doc_id != paragraph.doc_id or before.section != paragraph.section:
                break
            said += [span.text for span in split_sentences(before.text) if pattern.search(span.text)]
        if said:
            found[paragraph.key] = " ".join(said)
    return found


# between two word starts of a phrase: the rest of the first word, then a space or a hyphen
_WORD_GAP = r"[\w'’]*[\s-]+"


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase of word starts as the documents write it, its words side by side ("red notice", "rule of law")."""
    words = [re.escape(word) for word in phrase.lower().split()]
    return re.compile(r"(?<![\w-])" + _WORD_GAP.join(words))


def _english_words(english: str) -> list[str]:
    """The lower-case words of a glossary's English side, punctuation left out ("time, place and manner")."""
    return re.findall(r"[^\W_][\w'’\-]*", english.lower())


_NAME_LINKS = frozenset({"of", "for", "on", "against", "the", "and"})


def _in_name_run(words: list[str], position: int) -> bool:
    """True when the capitalised word at `position` stands beside another capitalised word, directly or across
    linking words ("Ombudsperson for Children's Rights"): part of a longer name."""
    for step in (-1, 1):
        index = position + step
        while 0 <= index < len(words) and words[index] in _NAME_LINKS:
            index += step
        if 0 <= index < len(words) and words[index][0].isupper() and words[index].lower() not in STOPWORDS:
            return True  # a capitalised neighbour that is no sentence's first "In" or "The"
    return False


_SENTENCE_OPENING = re.compile(r"(?:^|[.?!:;]\s+)([A-Z][a-z]+(?:-[a-z]+)*)(?![\w'’])")
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z][a-z]+(?:-[a-z]+)*(?![\w'’])")
_PREFIXES = ("counter", "under", "anti", "over", "self", "fore", "non", "dis", "mis", "pre", "un", "in", "re")
SPECIALISED_PIECES = 3  # word pieces from which an English word counts as specialised ("polygamy": poly ##gam ##y)


def lower_case_names(question: str, corpus: CorpusNames) -> list[str]:
    """The words of a question typed in lower case that the corpus writes only as rare names ("how many defence
    lawyers practise in almaty"), and that are no word of general English (bge's English WordPiece vocabulary
    splits them into pieces: "disabled", which the corpus capitalises only in a title, is not a name; nor is a
    hyphenated word all of whose parts are such words: "state-guaranteed", written "State-guaranteed" there)."""
    from prepbot.retrieval.embeddings import word_pieces

    found: list[str] = []
    for match in _LOWER_WORD.finditer(question):
        name = match.group(0).capitalize()  # as the corpus writes it, for the message: "nothing on this about Almaty"
        if (
            name not in found
            and corpus.rare_name(name)
            and max(word_pieces(part) for part in name.lower().split("-")) >= 2
        ):
            found.append(name)
    return found


def specialised_words(question: str, corpus: CorpusNames) -> list[str]:
    """The specialised words of an English question that the corpus never uses in any form: lower-case words rare
    in general English (split into SPECIALISED_PIECES or more pieces by bge's English WordPiece vocabulary: "hijab",
    "polygamy", "surrogacy"), not a prefixed form of a word the corpus or common English has ("unapproved"), not a
    contraction. Such a word names the question's topic; a common word the corpus lacks ("kids", "bosses") is more
    often a paraphrase of one it has, and is left to the relevance checks."""
    from prepbot.retrieval.embeddings import word_pieces

    if has_cyrillic(question):
        return []
    found: list[str] = []
    # a sentence may open with one, capitalised ("Kettling of protesters by police. Did the government ...?"), unless
    # the corpus has the word as written (a name)
    opening = [
        match.group(1).lower() for match in _SENTENCE_OPENING.finditer(question) if not corpus.knows(match.group(1))
    ]
    for written in [*opening, *(match.group(0) for match in _LOWER_WORD.finditer(question))]:
        for word in written.split("-"):
            if len(word) < 5 or word in STOPWORDS or corpus.knows_closely(word) or word in found:
                continue
            single = word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word
            if word_pieces(single) < SPECIALISED_PIECES:
                continue
            # ("foresaw": "fore" on a common word, "saw", short as it is)
            roots = [root for root in _prefixed_roots(word) if len(root) >= (3 if word.startswith("fore") else 4)]
            # a prefix on a word of the corpus or a common English word ("unapproved"), not on a rarer one that names
            # a topic of its own ("antisemitism": semitism)
            if any(corpus.knows_form(root) or word_pieces(root) == 1 for root in roots):
                continue
            if corpus.meant(word) is not None:  # "delegtion", "janaozen": a typo of a corpus word, not another topic
                continue
            if _compound_of_known(word, corpus):  # "headcount": two words the corpus has, run together
                continue
            if written_otherwise(word, corpus):
                continue  # "complaint kiosks": the documents' "terminals for filing complaints" (search.WORDINGS)
            found.append(word)
    return found


# The English words of the glossary (terms_ru), one word each, as word starts: the subject matter of human-rights
# law, in the dialogue or in the General Comments ("accreditation", "hazing", "jury")
_GLOSSARY_WORDS = frozenset(
    start.lower() for entries in (TOPICS, GLOSS) for english in entries.values() for start in english if start.isalpha()
)
GLOSSARY_WORD_LETTERS = 5  # the shortest glossary word start read as naming a subject ("jury" is too short to tell)
GLOSSARY_ENDING_LETTERS = 4  # what a question's word may add to a glossary word start ("correspondent" + "s")


def _inflection_roots(word: str) -> list[str]:
    """The word a regular English ending is added to: "fined" -> fine, fin; "strikes" -> strike; "striking" -> strik,
    strike."""
    if word.endswith("ed"):
        return [word[:-1], word[:-2]]
    if word.endswith("ing"):
        return [word[:-3], f"{word[:-3]}e"]
    if word.endswith("s"):
        return [word[:-1]]
    return []


def _inflections(word: str) -> list[str]:
    """The word with a regular English ending added: "vote" -> votes, voted, voting; "strike" -> strikes, striked,
    striking (a form that is no word is never in the corpus)."""
    if word.endswith("e"):
        return [f"{word}s", f"{word}d", f"{word[:-1]}ing"]
    return [f"{word}s", f"{word}ed", f"{word}ing"]


def written_otherwise(word: str, corpus: CorpusNames) -> bool:
    """Whether the corpus writes one of the documents' wordings of the word (search.WORDINGS, READ_AS: "kiosks" as
    "terminals", "debates" as "discussion", "aggravating" as "qualifying" or "categorizing")."""
    return any(corpus.writes(other) for other in documents_words(word))


def absent_glossary_words(question: str, corpus: CorpusNames) -> list[str]:
    """The words of an English question that the glossary knows as the subject matter of human-rights law, that the
    General Comments use and the corpus never uses in any form ("What accreditation rules apply to foreign
    journalists?", "hazing of conscripts"): a matter the documents do not touch, which passages on its neighbours
    ("Media Act", "armed forces") do not answer. A word the glossary does not know is left to the other checks (a
    paraphrase: "kids"); none without the General Comments' words to tell a subject of their law by, nor in a corpus
    too small for a word's absence to tell (PAIR_VOCABULARY_PARAGRAPHS: a test corpus of ten paragraphs lacks
    "prisons")."""
    terms_of_standards = corpus.standard_terms
    if has_cyrillic(question) or terms_of_standards is None or corpus.paragraph_count < PAIR_VOCABULARY_PARAGRAPHS:
        return []
    found: list[str] = []
    for match in _LOWER_WORD.finditer(question):
        word = match.group(0)
        if word in found or corpus.knows_form(word) or corpus.knows_closely(word) or corpus.meant(word) is not None:
            continue
        if any(corpus.knows(root) for root in _inflection_roots(word)):  # "fined": the documents' "fine"
            continue
        if _compound_of_known(word, corpus) or written_otherwise(word, corpus):
            continue
        if any(
            word.startswith(start)
            and len(start) >= GLOSSARY_WORD_LETTERS
            and len(word) - len(start) <= GLOSSARY_ENDING_LETTERS
            and corpus.paragraphs_using(start) == 0
            for start in _GLOSSARY_WORDS
        ) and terms_of_standards.standards_use(word):
            found.append(word)
    return found


COMPOUND_PART_LETTERS = 4  # the shortest part of a compound read as a word ("head" + "count"; not "fe" + "micides")


def _compound_of_known(word: str, corpus: CorpusNames) -> bool:
    """True when the word is two words the corpus has, written as one ("headcount", "workplace", "lawmakers"): an
    everyday paraphrase of what the documents say in two words, not a specialised term they never use."""
    low = COMPOUND_PART_LETTERS
    return any(
        corpus.knows_form(word[:cut]) and corpus.knows_form(word[cut:]) for cut in range(low, len(word) - low + 1)
    )


# A phrase in quotation marks: 'Listening State', "special areas", “national security certificates”; not the
# apostrophe of "the State's account" (a letter before it) nor of "the NGOs' view" (a letter after the closing one)
_QUOTED = re.compile(r"(?<![\w'’])['‘\"“«]([^'‘’\"“”«»\n]{3,80}?)['’\"”»](?![\w'’])")
QUOTED_WORDS = (2, 6)  # how many words a quoted name has: one word is left to the word checks, a long run is a quote


def absent_quoted_phrases(question: str, corpus: CorpusNames) -> list[str]:
    """The English phrases of two or more words a question puts in quotation marks that the documents never write
    (CorpusNames.writes: the words side by side, up to their endings): "How is the 'Listening State' concept
    reflected in the Plan of Action?" names a concept by its own name, and the documents do not speak of it. A
    Russian phrase has no English words to look for; one word is left to the word checks ('extremism')."""
    return [
        phrase
        for start, phrase in _quoted_english(question)
        if not _asked_if_said(question, start) and not corpus.writes_nearly(phrase) and not _A_FIGURE.search(phrase)
    ]


# A figure in a quoted phrase ("a maximum of 15 years", 'up to six hours'): a claim of the documents' figure to check
# (the figure checks read it), not the name of something they never mention
_A_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|half|twice|double|triple)\b",
    re.IGNORECASE,
)


# Asking whether someone said the words quoted after it: "Did the CAT say solitary confinement should never exceed
# '30 days'?", "Is it true that the delegation called it 'fully eradicated'?"
_ASKS_IF_SAID = re.compile(
    r"^\s*(?:did|does|do|has|have|was|were|is\s+it\s+(?:true|right|correct)|isn['’]t\s+it\s+true)\b.*\b(?:say|said|says"
    r"|state[sd]?|claim\w*|call\w*|describ\w*|write|writes|wrote|written|report\w*|mention\w*|speak\w*|spoke"
    r"|use[sd]?\s+the\s+words?|put\s+it)\b",
    re.IGNORECASE,
)


def claimed_words(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """The English phrases in quotation marks that a question asks whether someone said, and that the documents
    never write: words to be checked, not a name the documents lack. The answer says they are not there, and quotes
    what was said on it ("no more than 15 days", not "30 days")."""
    return tuple(
        phrase
        for start, phrase in _quoted_english(question)
        if _asked_if_said(question, start) and not corpus.writes_nearly(phrase)
    )


def _asked_if_said(question: str, start: int) -> bool:
    """Whether the question asks whether someone said the words it quotes from `start` on."""
    return _ASKS_IF_SAID.search(question[:start]) is not None


def _quoted_english(question: str) -> list[tuple[int, str]]:
    """Where the question opens a quotation mark and the English phrase of QUOTED_WORDS words it quotes."""
    found = []
    fewest, most = QUOTED_WORDS
    for match in _QUOTED.finditer(question):
        phrase = match.group(1).strip(" .,;:!?")
        if not has_cyrillic(phrase) and fewest <= len(_english_words(phrase)) <= most:
            found.append((match.start(), phrase))
    return found


# The last word of an organization's name ("Amnesty International", "Freedom House", "Soros Foundation"): a name whose
# words the documents use one by one but never together is an organization they never mention
ORGANIZATION_HEADS = frozenset(
    "International Watch House Foundation Institute Network Alliance Bureau Federation Coalition Forum Trust".split()
)


def unwritten_organization(run: str, corpus: CorpusNames) -> bool:
    """True when the run of capitalised words names an organization (its last word one of ORGANIZATION_HEADS) that the
    documents never write, exactly or nearly."""
    words = run.split()
    return len(words) >= 2 and words[-1] in ORGANIZATION_HEADS and not corpus.writes_nearly(run)


# words saying someone said the quotation that follows them: "kz says a '...'", "the report talks about '...'",
# «государство называет «...»» (not a question on what someone said about it: "What did CAT say about '...'?")
_SAID_BEFORE_QUOTE = re.compile(
    r"(?:\b(?:says?|said|claims?|claimed|calls?|called|describes?|described|writes?|wrote|stated|insists?"
    r"|asserts?)|говор\w*|сказал\w*|пиш\w*|писал\w*|заявля\w*|заявил\w*|утвержда\w*|называ\w*|назвал\w*)"
    r"\s+(?!(?:about|on|of|regarding|concerning|о|об|про)\s)(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:speaks? of|spoke of|talks? (?:about|of)|refers? to|mentions?)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def quoted_phrases_written(question: str, corpus: CorpusNames) -> tuple[str, ...]:
    """The English phrases of QUOTED_WORDS words a question puts in quotation marks that the documents write, exactly
    or nearly (CorpusNames.writes_nearly): the words it asks about. Not words it says someone said ("kz says a
    'culture of peaceful assemblies' is emerging - how do the ngos describe ...?"): another side's, set beside them."""
    return tuple(
        phrase
        for start, phrase in _quoted_english(question)
        if not _SAID_BEFORE_QUOTE.search(question[:start]) and corpus.writes_nearly(phrase)
    )


def writes_phrase(text: str, phrase: str) -> bool:
    """True when the text writes the phrase's words side by side, up to their endings, or with one more word between
    two of them (CorpusNames.writes_nearly, of one text)."""
    lowered = text.lower()
    if _phrase_pattern(" ".join(_english_words(phrase))).search(lowered):
        return True
    return any(re.search(pattern, lowered) for pattern in _nearly_patterns(phrase))


def _nearly_patterns(phrase: str) -> list[str]:
    """The phrase's words (as word starts) in order with one more word between two of them, one pattern for each
    place the word may stand: "culture of peaceful assemblies" in "culture of holding peaceful assemblies"."""
    words = [re.escape(word) for word in _english_words(phrase)]
    patterns = []
    for extra in range(len(words) - 1):
        gaps = [_WORD_GAP] * (len(words) - 1)
        gaps[extra] = rf"{_WORD_GAP}[\w'’-]+[\s-]+"
        patterns.append(r"(?<![\w-])" + "".join(word + gap for word, gap in zip(words, gaps, strict=False)) + words[-1])
    return patterns


def absent_quoted_names_ru(question: str, corpus: CorpusNames) -> list[str]:
    """The names a Russian question puts in quotation marks that the documents never write: «Хоргос» (a border
    crossing), each of its capitalised words unknown in any spelling (CorpusNames.knows) and none a word the glossary
    translates. A quoted Russian phrase of ordinary words («особые участки») is left to the topic checks."""
    found = []
    for match in _QUOTED.finditer(question):
        phrase = match.group(1).strip(" .,;:!?")
        capitalised = [word for word in re.findall(r"[\w-]+", phrase) if word[:1].isupper() and has_cyrillic(word)]
        if capitalised and not english_gloss(phrase) and not any(corpus.knows(word) for word in capitalised):
            found.append(phrase)
    return found


def unknown_latin_words(question: str, corpus: CorpusNames) -> list[str]:
    """The words in Latin letters of a Russian question that the corpus never uses in any form, nor as a typo of one
    ("transparency international" in "какое место у казахстана в индексе восприятия коррупции transparency
    international"): a name or a term typed as the asker knows it, which the documents do not have."""
    if not has_cyrillic(question):
        return []
    words = re.findall(r"(?<![\w/.-])[A-Za-z][A-Za-z'’-]{3,}(?![\w/])", without_document_symbols(question))
    return [
        word
        for word in dict.fromkeys(words)
        if not corpus.knows_form(word)
        and word.lower() not in STOPWORDS
        and not _spelled_out(word, corpus)  # "UNCT": the compilation's "United Nations country team"
        and corpus.meant(word.lower()) is None
    ]


_GLOSSARY_UPPER = {acronym.upper(): expansion for acronym, expansion in GLOSSARY.items()}


def _spelled_out(word: str, corpus: CorpusNames) -> bool:
    """Whether the word is a shorthand search spells out (search.GLOSSARY, in any case) whose words the documents
    write."""
    expansion = _GLOSSARY_UPPER.get(word.upper())
    return expansion is not None and corpus.writes(expansion.split(", ")[0])


# A corpus of fewer paragraphs has too few words to say that two everyday words, or a glossary word, are absent from the
# documents (a test corpus of ten paragraphs lacks "took their own lives", "prisons"); the dialogue has 748.
PAIR_VOCABULARY_PARAGRAPHS = 300
COMMON_TERM_SHARE = 0.2  # a term more paragraphs than this share use is common (CorpusNames.common_term)
_PRONOUNS = frozenset(
    "someone anyone everyone somebody anybody everybody something anything everything nothing nobody".split()
)


# Words that name no topic, whose pair with another names none either ("make things tougher"); and the commonest verbs
# of everyday English, which the documents' formal English never writes ("how many kids went to the centres", "what
# do they think"): a word beside one of them is the question's wording, not a thing named in two words
_VAGUE = frozenset(
    """thing things stuff something anything everything nothing way ways lot lots kind sort bit went goes gone going
    came comes coming got gets getting think thinks thought whenever wherever however whichever whoever""".split()
)


def unknown_prefixed(question: str, corpus: CorpusNames) -> list[str]:
    """The words of an English question made with "re-" that the corpus never writes, neither so nor joined ("can the
    Commissioner be re-elected?": the documents speak of the Commissioner's election, never of a re-election). Each
    of its halves is a corpus word, which CorpusNames.knows accepts; the prefix is what is asked."""
    found = []
    for match in re.finditer(r"(?<![\w-])re-[a-z]{3,}(?![\w-])", question, re.IGNORECASE):
        word = match.group(0).lower()
        forms = (word, word.replace("-", ""))
        if not any(form in corpus.words or stem(form) in corpus.stems for form in forms):
            found.append(match.group(0))
    return found


def unknown_word_pairs(question: str, corpus: CorpusNames) -> list[str]:
    """Two words side by side in an English question, neither of which the corpus uses in any form ("hunger strike",
    "chemical castration", "cotton harvest"): a thing named in words the documents never use. One such word alone is
    as often a paraphrase ("kids", "bosses") and is left to the relevance checks; two together name a topic."""
    if has_cyrillic(question) or corpus.paragraph_count < PAIR_VOCABULARY_PARAGRAPHS:
        return []
    found = []
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"(?<![\w'’\-])[a-z]+(?![\w'’\-])", question)]
    # words the documents write their own way ("kids picked up": minors arrested, search.WORDINGS)
    reworded = {
        word
        for written, wording in documents_wordings(question)
        if any(corpus.writes(other) for other in wording.split(", "))
        for word in written.lower().split()
    }
    for (first, _, end), (second, start, _) in zip(words, words[1:], strict=False):
        if question[end:start] != " " or min(len(first), len(second)) < 4 or {first, second} & reworded:
            continue
        if any(w in STOPWORDS or w in _PRONOUNS or w in _VAGUE or corpus.knows_form(w) for w in (first, second)):
            continue
        if any(corpus.meant(w) is not None for w in (first, second)):  # a typo (the costly check, last)
            continue
        found.append(f"{first} {second}")
    return found


def _prefixed_roots(word: str) -> list[str]:
    """What is left of a word after each prefix it starts with ("unapproved" -> "approved")."""
    return [word[len(prefix) :] for prefix in _PREFIXES if word.startswith(prefix)]


@functools.lru_cache(maxsize=256)
def acronym_pattern(acronym: str) -> re.Pattern[str]:
    """Words whose first letters make the acronym, linking words aside ("Code of Administrative Offences" for CAO,
    "universal periodic review" for UPR); a plural's "s" is no letter ("NGOs")."""
    letters = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    link = r"(?:(?:of|the|and|for|on|against|in|to)\s+)*"
    words = [rf"({letter}[\w'’]{{2,}})" for letter in letters.lower()]
    return re.compile(r"\b" + rf"[\s\-]+{link}".join(words) + r"\b", re.IGNORECASE)


# The past forms of irregular English verbs a question may use of what the documents write in another form ("Is the
# Covenant part of what judges are taught?": the documents' "teaching"); a stem does not join them
IRREGULAR_PASTS = {
    past: base
    for base, pasts in {
        "arise": "arose arisen", "bear": "bore borne", "beat": "beaten", "begin": "began begun",
        "bring": "brought", "build": "built", "buy": "bought", "catch": "caught", "choose": "chose chosen",
        "deal": "dealt", "drive": "drove driven", "fall": "fell fallen", "fight": "fought", "flee": "fled",
        "forbid": "forbade forbidden", "give": "gave given", "hide": "hid hidden", "hold": "held", "keep": "kept",
        "know": "knew known", "lead": "led", "leave": "left", "lose": "lost", "make": "made", "mean": "meant",
        "meet": "met", "pay": "paid", "rise": "rose risen", "say": "said", "see": "saw seen", "seek": "sought",
        "sell": "sold", "send": "sent", "shoot": "shot", "speak": "spoke spoken", "spend": "spent",
        "steal": "stole stolen", "strike": "struck stricken", "take": "took taken", "teach": "taught",
        "tell": "told", "think": "thought", "undertake": "undertook undertaken", "win": "won",
        "withdraw": "withdrew withdrawn", "write": "wrote written",
    }.items()
    for past in pasts.split()
}  # fmt: skip


def spells_acronym(text: str, acronym: str) -> bool:
    """True when the text writes the acronym's words ("the Criminal Procedure Code" for CPC)."""
    return acronym_pattern(acronym).search(text) is not None


def within_edits(word: str, other: str, limit: int) -> bool:
    """Whether `other` is at most `limit` insertions, deletions, substitutions or swaps of two letters side by side
    away from `word` (optimal string alignment distance: "tortrue" is one edit from "torture", as a thumb types it)."""
    if abs(len(word) - len(other)) > limit:
        return False
    before_previous: list[int] = []
    previous = list(range(len(other) + 1))
    for i, char in enumerate(word, 1):
        current = [i]
        for j, other_char in enumerate(other, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other_char))
            if i > 1 and j > 1 and char == other[j - 2] and word[i - 2] == other_char:
                cost = min(cost, before_previous[j - 2] + 1)  # two letters swapped
            current.append(cost)
        if min(current) > limit:
            return False
        before_previous, previous = previous, current
    return previous[-1] <= limit


def rare_name_in(text: str, word: str, corpus: CorpusNames) -> bool:
    """True when the text has this word as a name few paragraphs of the corpus use (RARE_NAME_PARAGRAPHS or fewer); a
    Cyrillic word ("Жилина") by its transliteration, allowing for case endings ("Zhilin")."""
    if not has_cyrillic(word):
        lowered = word.lower().rstrip("'’s")
        return 0 < corpus.frequency.get(lowered, 0) <= RARE_NAME_PARAGRAPHS and text_names(text, word)
    names = sorted({w.lower() for w in _WORD.findall(text) if w[0].isupper() and len(w) >= 3})
    match = latin_match(word.lower(), names)
    return match is not None and 0 < corpus.frequency.get(match, 0) <= RARE_NAME_PARAGRAPHS


TRANSLITERATED_NAME_LETTERS = 5  # a shorter capitalised word ("Kadyr" alone) is read as written
_CAPITALISED_NAME = re.compile(rf"(?<![\w'’-])[A-Z][a-z]{{{TRANSLITERATED_NAME_LETTERS - 1},}}(?![\w'’-])")
# Russian names in Latin letters, spelt two ways: "Syroezhkin" / "Syroyezhkin", "Kadyr" / "Kadir", "Khalkyna" /
# "Halkyna", "Basim" / "Bassim"; Georgian and other names as Slavic alphabets write them: "Korkelija" / "Korkelia"
_TRANSLITERATION_VARIANTS = (
    ("ij", "i"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ye", "e"),
    ("yo", "e"),
    ("iy", "i"),
    ("y", "i"),
)


def _transliteration_key(word: str) -> str:
    """The letters a name keeps however it is transliterated: _TRANSLITERATION_VARIANTS read alike, doubled letters
    as one."""
    key = word.lower()
    for variant, same in _TRANSLITERATION_VARIANTS:
        key = key.replace(variant, same)
    return re.sub(r"(.)\1+", r"\1", key)


def text_names(text: str, word: str) -> bool:
    """True when the text has the word (case-insensitive; a Cyrillic word by its transliteration, roughly)."""
    lowered = word.lower().rstrip("'’s")
    if not has_cyrillic(lowered):
        # (a digit may run into it: "On 29December 2022")
        return re.search(rf"(?<![^\W\d]){re.escape(lowered)}", text.lower()) is not None
    candidates = [w.lower() for w in _WORD.findall(text) if w[0].isupper()]
    return latin_match(lowered, candidates) is not None
