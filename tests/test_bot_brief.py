"""/brief on Telegram, end to end: the real python-telegram-bot Application and engine over the real index, against
the local Bot API test server; the pack arrives as a Word document that python-docx opens, framed by /role."""

from __future__ import annotations

import io

from prepbot.engine import STRANGER_MESSAGE
from tests.test_bot_e2e import MEMBER, STRANGER, answering, bot, botapi, db_path  # noqa: F401  (fixtures)


async def test_brief_is_sent_as_a_word_document(bot, botapi):  # noqa: F811
    import docx

    since = botapi.mark()
    botapi.message(MEMBER, "/role ngo")
    await botapi.wait_replies(MEMBER, since=since)
    since = botapi.mark()
    botapi.message(MEMBER, "/brief torture")
    [document] = await botapi.wait_replies(MEMBER, since=since, timeout=240, methods=("sendDocument",))
    filename, content = document.files["document"]
    assert filename.startswith("prepbot-brief-") and filename.endswith(".docx")
    assert document.params.get("caption") == "Briefing pack: torture"
    opened = docx.Document(io.BytesIO(content))
    texts = [p.text for p in opened.paragraphs]
    assert texts[0] == "Briefing pack: torture"
    assert any(text.startswith("Questions to suggest to Committee members") for text in texts)  # the /role framing
    headings = [p.text for p in opened.paragraphs if p.style.name == "Heading 1"]
    assert headings and "torture" in " ".join(headings).lower()
    assert any("(CCPR/C/KAZ/3 ¶" in text for text in texts)

    since = botapi.mark()
    botapi.message(STRANGER, "/brief")
    [refusal] = await botapi.wait_replies(STRANGER, since=since)
    assert refusal.method == "sendMessage" and refusal.text == STRANGER_MESSAGE
