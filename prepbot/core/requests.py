"""What a free-text message asks the bot to do, when it is not a question about the documents.

New users type what the commands do: "draft three follow-up questions on torture", «Подготовь вопросы по пыткам»,
"Which documents do you have?". Asked of the answerer, such a message is read as a question and answered with
whatever passage shares its words (a new user's trial, stop 74: "Draft three follow-up questions on January 2022
accountability" quoted "The second phase of implementation of the three-tiered model began on 1 January 2022").
`read_request` tells the shells (the console chat and the bot) which of their commands the message stands for, with
its argument; anything else is a question. Both shells take the same reading, each with its own command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

RequestKind = Literal["question", "followups", "documents"]

# "draft (three) follow-up questions on X", "suggest questions the Committee could ask about X", "follow-up questions
# on X", «Подготовь / составь / предложи (три) вопросы по X», «вопросы комитета о X»
_FOLLOWUPS_EN = re.compile(
    r"^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?"
    r"(?:(?P<verb>draft|write|prepare|suggest|propose|give\s+me|list|generate|formulate|make)\s+)?"
    r"(?:(?:some|a\s+few|\d+|one|two|three|four|five)\s+)?(?:(?:possible|likely|good)\s+)?"
    r"(?P<followup>follow[- ]?up\s+)?questions?"
    r"(?:\s+(?:a|the)\s+(?:committee(?:\s+member)?|member)s?\s+(?:could|would|might|may)\s+ask)?"
    r"\s+(?:on|about|regarding|concerning|for)\s+(?P<topic>.+?)\s*[.?!]*\s*$",
    re.IGNORECASE,
)
_FOLLOWUPS_RU = re.compile(
    r"^\s*(?:(?:пожалуйста|можешь|можете)\s+)?"
    r"(?:(?P<verb>подготовь|подготовьте|составь|составьте|предложи|предложите|напиши|напишите|сформулируй"
    r"|сформулируйте|дай|дайте)\s+)?(?:(?:несколько|пару|\d+|два|две|три|четыре|пять)\s+)?"
    r"(?P<followup>(?:возможн|дополнительн|уточняющ|последующ)\w*\s+)?вопрос\w*"
    r"(?:\s+(?:комитета|члена\s+комитета|членов\s+комитета))?"
    r"\s+(?:по|о|об|про|на\s+тему|касательно)\s+(?P<topic>.+?)\s*[.?!]*\s*$",
    re.IGNORECASE,
)
# a request to draft, not a question about questions: "What questions did Ms. Bassim ask about torture?" asks the
# documents; with no verb, only "follow-up questions on X" is a request ("Question about the Ombudsman: who appoints
# him?" is a question)
_ASKS_OF_DOCUMENTS = re.compile(r"^\s*(?:what|which|who|did|does|how|какие|какой|кто|что|задал|задавал)", re.I)

# "Which documents do you have?", "what documents are you using", "list your documents", «Какие документы у тебя
# есть?», «какие документы ты знаешь?»
_DOCUMENTS = re.compile(
    r"^\s*(?:(?:which|what)\s+(?:documents|sources|texts|files)\s+(?:do\s+you\s+(?:have|know|use|cover|search)"
    r"|are\s+you\s+(?:using|based\s+on)|can\s+you\s+(?:search|answer\s+from)|are\s+(?:there|in\s+the\s+corpus|loaded))"
    r"|(?:list|show)\s+(?:me\s+)?(?:your|the|all)\s+(?:documents|sources)"
    r"|какие\s+(?:документы|источники)\s+(?:у\s+(?:тебя|вас)\s+есть|ты\s+(?:знаешь|используешь)|вы\s+(?:знаете|используете)"
    r"|есть|загружены|в\s+базе)"
    r"|(?:покажи|перечисли|список)\s+(?:все\s+)?(?:документ\w*|источник\w*))\s*[.?!]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Request:
    """What a message asks for: a question (the text), follow-up questions on a topic, or the list of documents."""

    kind: RequestKind
    argument: str


def read_request(text: str) -> Request:
    """The command a free-text message stands for, with its argument; a question otherwise."""
    if _DOCUMENTS.match(text):
        return Request("documents", "")
    if not _ASKS_OF_DOCUMENTS.match(text):
        for pattern in (_FOLLOWUPS_EN, _FOLLOWUPS_RU):
            if (match := pattern.match(text)) is not None and (match.group("verb") or match.group("followup")):
                return Request("followups", match.group("topic").strip())
    return Request("question", text)
