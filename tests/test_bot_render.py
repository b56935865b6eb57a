"""Telegram HTML rendering and splitting (bot/render.py) and signed callback data (bot/callbacks.py)."""

from __future__ import annotations

import html
import re
import time

import pytest

from prepbot.bot.callbacks import CallbackCodec, InvalidCallback, forget_still_valid
from prepbot.bot.render import (
    ELLIPSIS,
    TELEGRAM_LIMIT,
    render_answer,
    render_documents,
    render_followups,
    render_paragraph,
    utf16_len,
)
from prepbot.core.records import Answer, Citation, DocumentEntry, FollowupQuestion, Followups, Hit, Paragraph
from tests.servers.botapi_server import check_telegram_html

HOSTILE = [
    "<b>bold?</b>",
    "Tom & Jerry &amp; &lt;",
    "<i>unbalanced <b>tags</i>",
    "</blockquote><script>alert(1)</script>",
    "emoji 🇰🇿👩‍⚖️🙂 and RTL: مرحبا بالعالم שלום",
    "quote \" and ' apostrophe",
]


def blockquotes(message: str) -> list[str]:
    return [html.unescape(body) for body in re.findall(r"<blockquote>(.*?)</blockquote>", message, flags=re.S)]


def assert_valid(messages: list[str]) -> None:
    for message in messages:
        problems, plain = check_telegram_html(message)
        assert problems == [], (problems, message[:200])
        assert utf16_len(plain) <= TELEGRAM_LIMIT
        assert utf16_len(message) <= TELEGRAM_LIMIT


def citation(number: int, quote: str, who: str = "The delegation said") -> Citation:
    return Citation("kaz3", "CCPR/C/KAZ/3", str(number), quote, who)


def test_answer_has_escaped_text_and_a_blockquote_per_citation_with_who_and_label():
    answer = Answer(
        "q", "Answer with <b> & stuff", [citation(12, "Torture is <prohibited> & punished")], "extractive", True
    )
    [message] = render_answer(answer)
    assert_valid([message])
    assert "Answer with &lt;b&gt; &amp; stuff" in message
    assert blockquotes(message) == ["Torture is <prohibited> & punished"]
    assert message.endswith("</blockquote>\n— The delegation said, <b>CCPR/C/KAZ/3 ¶12</b>")


def test_attribution_falls_back_to_the_retrieved_paragraph_speaker():
    paragraph = Paragraph(
        "sr", "CCPR/C/SR.4227", "11", "Ms. Bassim said that torture...", speaker="Ms. Bassim", author_type="committee"
    )
    answer = Answer(
        "q",
        "t",
        [Citation("sr", "CCPR/C/SR.4227", "11", "torture", "")],
        "extractive",
        True,
        hits=[Hit(paragraph, 1.0)],
    )
    [message] = render_answer(answer)
    assert "— Ms. Bassim, <b>CCPR/C/SR.4227 ¶11</b>" in message


def test_long_answer_splits_between_blocks_never_inside_a_quote():
    quotes = [f"Quote number {n}: " + "the State party reported progress & setbacks. " * 25 for n in range(14)]
    text = "\n\n".join(f"Paragraph {n} of the answer text, with <tags> & ampersands. " * 12 for n in range(6))
    answer = Answer(
        "q",
        text,
        [citation(n, quote) for n, quote in enumerate(quotes)],
        "extractive",
        True,
        note="Note: fell back to extractive mode.",
    )
    messages = render_answer(answer, notice="Off the record: this exchange was not logged.")
    assert len(messages) >= 4
    assert_valid(messages)
    # every quote arrives whole, in one message, directly followed by its citation label
    seen = [quote for message in messages for quote in blockquotes(message)]
    assert seen == quotes
    for number in range(14):
        assert sum(f"<b>CCPR/C/KAZ/3 ¶{number}</b>" in message for message in messages) == 1
    joined = "\n\n".join(messages)
    assert joined.index("Paragraph 5 of the answer") < joined.index("Quote number 0")
    # the notes follow the answer itself (the key quote), before the supporting quotes
    assert joined.index("Quote number 0") < joined.index("<i>Off the record: this exchange was not logged.</i>")
    assert joined.index("<i>Off the record") < joined.index("Quote number 1")


def test_a_supporting_quote_longer_than_a_message_is_shortened_not_split():
    long_quote = "word & <word> " * 800  # ~11,000 characters after escaping
    key = citation(2, "The key passage, short.")
    [_, message] = render_answer(Answer("q", "Short answer.", [key, citation(3, long_quote)], "extractive", True))
    assert_valid([message])
    [shown] = blockquotes(message)
    assert shown.endswith(ELLIPSIS)
    assert long_quote.startswith(shown[: -len(ELLIPSIS)])
    assert message.endswith("<b>CCPR/C/KAZ/3 ¶3</b>")


def test_a_text_paragraph_longer_than_a_message_is_split_at_sentences():
    sentence = "The delegation said that the reform & the code <were> adopted. "
    messages = render_answer(Answer("q", sentence * 200, [], "extractive", False))
    assert len(messages) >= 3
    assert_valid(messages)
    assert all(message.rstrip().endswith("adopted.") for message in messages)


@pytest.mark.parametrize("hostile", HOSTILE + ["x" * 5000, "🙂" * 2100])
def test_hostile_strings_in_every_position_still_render_valid_html(hostile):
    answer = Answer(
        hostile, hostile, [Citation("d", hostile[:40] or "S", "1", hostile, hostile)], "extractive", True, note=hostile
    )
    messages = render_answer(answer, notice=hostile)
    assert_valid(messages)
    followups = Followups(
        hostile, "template", [FollowupQuestion(hostile, "unanswered", [citation(2, hostile, hostile)])]
    )
    assert_valid(render_followups(followups, notice=hostile))
    paragraph = Paragraph("d", hostile[:30], "4", hostile, section=hostile, speaker=hostile, footnotes=(hostile,))
    assert_valid(render_paragraph(paragraph))
    document = DocumentEntry("d", hostile[:30], hostile, "m", "t", "ngo", "2024", "en", "f.txt")
    assert_valid(render_documents([document]))


def test_emoji_count_as_two_utf16_units_when_splitting():
    messages = render_answer(Answer("q", "🙂" * 3000, [], "extractive", False))  # 3000 chars, 6000 UTF-16 units
    assert len(messages) == 2
    assert_valid(messages)


def test_full_paragraph_longer_than_a_message_continues_in_a_second_quote():
    text = "The Committee notes with concern the reports & allegations. " * 120
    paragraph = Paragraph("cat", "CAT/C/KAZ/Q/4", "6", text, section="Article 2", author_type="committee")
    messages = render_paragraph(paragraph)
    assert len(messages) == 2
    assert_valid(messages)
    assert messages[0].startswith("<b>CAT/C/KAZ/Q/4 ¶6</b>\n<i>The Committee</i> · <i>Article 2</i>")
    assert " ".join(quote for message in messages for quote in blockquotes(message)).split() == text.split()


def test_followups_render_numbered_questions_with_basis_and_quotes():
    followups = Followups(
        "torture",
        "template",
        [FollowupQuestion("Please explain why <no data> was given.", "missing-data", [citation(7, "No data & none")])],
    )
    [message] = render_followups(followups)
    assert_valid([message])
    assert "<b>1. Please explain why &lt;no data&gt; was given.</b>" in message
    assert "<i>Basis: Figure requested but not given</i>" in message
    assert blockquotes(message) == ["No data & none"]


# ----------------------------------------------------------------------------- callback data


@pytest.fixture
def codec() -> CallbackCodec:
    return CallbackCodec("a-test-key-that-is-long-enough")


def test_callback_data_round_trips_and_fits_64_bytes(codec):
    data = codec.encode("paragraph", "kaz3-replies", "118")
    assert len(data.encode()) <= 64 and data.startswith("1p|")
    assert codec.decode(data, user_id=5).args == ("kaz3-replies", "118")  # not user-bound: anyone may open it
    vote = codec.encode("up", 123456789, user_id=42)
    assert len(vote.encode()) <= 64
    assert codec.decode(vote, user_id=42).action == "up"


def test_callback_too_long_for_64_bytes_is_left_out(codec):
    assert codec.encode("paragraph", "d" * 60, "1") is None


@pytest.mark.parametrize(
    "forged",
    ["", "garbage", "2p|kaz3|1|AAAAAAAA", "1z|x|AAAAAAAA", "1p|kaz3|1", "1p|kaz3|1|AAAAAAAA", "1u|1|", "x" * 65],
)
def test_forged_or_unknown_callback_data_is_rejected(codec, forged):
    with pytest.raises(InvalidCallback):
        codec.decode(forged, user_id=42)


def test_altered_args_or_another_user_fail_the_signature(codec):
    vote = codec.encode("down", 17, user_id=42)
    with pytest.raises(InvalidCallback):
        codec.decode(vote, user_id=43)
    altered = vote.replace("|17|", "|18|")
    with pytest.raises(InvalidCallback):
        codec.decode(altered, user_id=42)
    other_key = CallbackCodec("another-key")
    with pytest.raises(InvalidCallback):
        other_key.decode(vote, user_id=42)


def test_forget_confirmation_expires(codec):
    fresh = codec.decode(codec.encode("forget", int(time.time()), user_id=1), user_id=1)
    stale = codec.decode(codec.encode("forget", int(time.time()) - 3600, user_id=1), user_id=1)
    assert forget_still_valid(fresh) and not forget_still_valid(stale)


# ----------------------------------------------------------------------------- the first screen and "More"


def test_the_first_screen_fits_a_phone_and_leads_with_the_key_passage():
    from prepbot.bot.render import PHONE_SCREEN, render_answer_screens

    quotes = [citation(n, f"Passage {n}: " + "the State reported measures on detention. " * 6) for n in range(1, 6)]
    answer = Answer("How many?", "The documents speak to this.", quotes, "extractive", True)
    first, more = render_answer_screens(answer)
    assert utf16_len(first) <= PHONE_SCREEN
    assert blockquotes(first)[0].startswith("Passage 1:")  # the key passage comes first
    assert more, "the other passages wait behind More"
    shown = blockquotes(first) + [q for message in more for q in blockquotes(message)]
    assert [q.split(":")[0] for q in shown] == [f"Passage {n}" for n in range(1, 6)]  # each once, in order
    assert_valid([first, *more])


def test_a_lead_in_the_quote_above_showed_is_not_repeated_in_either_shell():
    from prepbot.console.render import render_answer as render_console

    general = "The Human Rights Committee, in its general reading of the treaty, states"
    quotes = [citation(1, "First.", general), citation(2, "Second.", general), citation(3, "Third.", "NGOs report")]
    answer = Answer("q", "The documents speak to this.", quotes, "extractive", True)
    [message] = render_answer(answer)
    assert message.count(general) == 1 and "— <b>CCPR/C/KAZ/3 ¶2</b>" in message and "— NGOs report, " in message
    console = render_console(answer)
    assert console.count("in its general reading") == 1 and "NGOs report:" in console and "¶2" in console


def test_a_note_follows_the_key_passage_and_a_turn_s_reading_comes_first_in_either_shell():
    """A note comes after the answer itself (the key passage), not below every supporting quote; how a chat turn was
    read ("Read with your previous question, as: ...") comes before it all: two new users' trials read the key
    passage as the answer to what they typed before they saw how it was taken."""
    from prepbot.console.render import render_answer as render_console

    quotes = [citation(1, "Key passage."), citation(2, "Second passage."), citation(3, "Third passage.")]
    reading = "Read with your previous question, as: “What did the NGOs say about prison suicides?”."
    answer = Answer("and the NGOs?", "The documents answer this.", quotes, "extractive", True, note="A note.",
                    reading=reading)  # fmt: skip
    console = render_console(answer)
    assert console.index("Read with your previous") < console.index("The documents answer this")
    assert console.index("Key passage") < console.index("A note.") < console.index("Second passage")
    from prepbot.bot.render import render_answer_screens

    first, _more = render_answer_screens(answer)
    assert first.index("Read with your previous") < first.index("Key passage") < first.index("A note.")
    assert answer.to_json()["reading"] == reading


def test_the_document_list_counts_the_general_comments_by_committee_unless_asked_for_them():
    from prepbot.console.render import render_documents as console_documents

    dialogue = DocumentEntry("kaz3", "CCPR/C/KAZ/3", "Replies", "Human Rights Committee", "replies", "state", "2024",
                             "en", "kaz3.txt")  # fmt: skip
    standards = [
        DocumentEntry(
            f"gc{n}",
            f"CCPR/C/GC/{n}",
            f"General comment No. {n}",
            "Human Rights Committee",
            "general comment",
            "standard",
            "2020",
            "en",
            f"gc{n}.json",
        )  # fmt: skip
        for n in range(1, 38)
    ]
    [message] = render_documents([dialogue, *standards])
    assert "CCPR/C/KAZ/3" in message and "CCPR/C/GC/" not in message and "Human Rights Committee: 37" in message
    listed = render_documents([dialogue, *standards], standards=True)
    assert sum(message.count("CCPR/C/GC/") for message in listed) == 37
    console = console_documents([dialogue, *standards])
    assert len(console.splitlines()) == 3 and "/docs standards" in console
    assert len(console_documents([dialogue, *standards], standards=True).splitlines()) == 38


def test_a_long_key_passage_runs_on_behind_more_instead_of_being_cut():
    from prepbot.bot.render import PHONE_SCREEN, render_answer_screens

    long_quote = "The State party reported " + "a long list of measures, " * 80 + "and nothing else."
    first, more = render_answer_screens(Answer("Q?", "Found.", [citation(1, long_quote)], "extractive", True))
    assert utf16_len(first) <= PHONE_SCREEN and more
    joined = " ".join(blockquotes(first) + [q for message in more for q in blockquotes(message)])
    assert " ".join(joined.split()) == " ".join(long_quote.split())  # all of it, verbatim, over two messages


def test_a_side_s_heading_never_ends_a_screen_without_its_passage():
    """ "What did Mr. Yigezu ask, and did we answer it?": the first screen ended on the heading "The State", its
    passage behind More. A heading goes on to the next message with what it heads."""
    from prepbot.bot.render import PHONE_SCREEN, render_answer_screens
    from prepbot.core.records import ContrastSide

    asked = citation(9, "He wished to know whether the State would regulate the use of force. " * 8, "Mr. Yigezu")
    replied = citation(27, "Kazakhstan had enacted several laws which regulated the use of arms. " * 6, "The State")
    answer = Answer(
        "What did Mr. Yigezu ask, and did we answer it?", "Side by side:", [asked, replied], "extractive", True,
        contrast=[ContrastSide("committee", "the Committee", [asked]), ContrastSide("state", "the State", [replied])],
    )  # fmt: skip
    first, more = render_answer_screens(answer)
    assert utf16_len(first) <= PHONE_SCREEN and "use of force" in first
    assert not first.rstrip().endswith("<b>The State</b>")
    assert more and more[0].startswith("<b>The State</b>") and "use of arms" in more[0]
    assert_valid([first, *more])


def test_a_contrast_sets_the_sides_side_by_side_and_says_when_one_is_silent():
    from prepbot.bot.render import render_answer_screens
    from prepbot.core.records import ContrastSide

    state = citation(192, "A total of 238 persons were killed in events related to the mass disorder.", "The State")
    ngo = Citation(
        "ngo", "NGO-KAZ-LOIPR-2022", "23", "The list of those who died was published without causes.", "NGOs"
    )
    answer = Answer(
        "How do the State and NGOs differ?", "Side by side on the same point:", [state, ngo], "extractive", True,
        contrast=[ContrastSide("state", "the State", [state]), ContrastSide("ngo", "NGOs", [ngo]),
                  ContrastSide("un", "UN bodies", [], "UN bodies: nothing from this side on this point.")],
    )  # fmt: skip
    first, more = render_answer_screens(answer)
    assert first.index("<b>The State</b>") < first.index("238 persons") < first.index("<b>NGOs</b>")
    assert first.index("<b>NGOs</b>") < first.index("without causes") < first.index("nothing from this side")
    assert more == []  # both sides' passages are the answer: none repeated behind More
    assert_valid([first])


def test_a_declined_answer_shows_its_reason_then_the_related_passages():
    from prepbot.bot.render import render_answer_screens

    related = [citation(7, "Between 2016 and 2024 there had been 189 cases of suicide.")]
    answer = Answer("Suicides in 2009?", "The documents give nothing on this for 2009.", [], "extractive", False,
                    abstain_reason="absent_year", related=related)  # fmt: skip
    first, _more = render_answer_screens(answer)
    assert first.startswith("The documents give nothing on this for 2009.") and "189 cases" in first


def test_a_russian_answer_and_follow_ups_are_framed_in_russian_in_both_shells():
    from prepbot.bot.render import render_answer_screens
    from prepbot.console.render import render_answer as console_answer
    from prepbot.console.render import render_followups_plain
    from prepbot.core.records import ContrastSide

    state = citation(192, "A total of 238 persons were killed.", "Государство-участник сообщает")
    ngo = Citation("ngo", "NGO-KAZ-LOIPR-2022", "23", "The list was published without causes.", "НПО сообщают")
    extra = citation(193, "The amnesty covered 1,500 persons.", "Государство-участник сообщает")
    answer = Answer(
        "Чем позиция государства отличается от позиции НПО?", "Позиции сторон рядом:", [state, ngo, extra],
        "extractive", True, note="Удалено цитат: 1.",
        contrast=[ContrastSide("state", "государство", [state]), ContrastSide("ngo", "НПО", [ngo])],
    )  # fmt: skip
    console = console_answer(answer)
    assert "── Ещё ──" in console and "Примечание: Удалено цитат" in console
    assert "More" not in console and "Note:" not in console
    english = console_answer(Answer("How do they differ?", "Side by side:", [state, ngo, extra], "extractive", True,
                                    contrast=answer.contrast))  # fmt: skip
    assert "── More ──" in english
    followups = Followups("мирные собрания", "template", [FollowupQuestion("Как государство ответит?",
                          "state-vs-critic", [state])])  # fmt: skip
    for rendered in (render_followups_plain(followups), "\n".join(render_followups(followups))):
        assert "Дополнительные вопросы по теме: мирные собрания" in rendered
        assert "Основание" in rendered and "озабоченностью органов ООН или НПО" in rendered
        assert "Basis" not in rendered and "Follow-up" not in rendered
    first, _more = render_answer_screens(Answer("Что сказали?", "", [], "extractive", False))
    assert "В документах ответа не найдено." in first


def test_a_footnote_kept_without_its_text_is_not_shown_in_either_shell() -> None:
    """/source showed "[1] 22 [2] 23": footnote marks the conversion kept without their text; a note with words is
    shown."""
    from prepbot.console.render import render_paragraph as render_console

    notes = ("22", "CAT/C/KAZ/CO/3.")
    paragraph = Paragraph("d", "CAT/C/XYZ/Q/4", "7", "Please inform the Committee.", footnotes=notes)
    assert paragraph.readable_footnotes == ("CAT/C/KAZ/CO/3.",)
    console = render_console(paragraph)
    telegram = "\n".join(render_paragraph(paragraph))
    for shown in (console, telegram):
        assert "CAT/C/KAZ/CO/3." in shown and "22" not in shown
