"""The quote gate (prepbot.answering.verify): verbatim-up-to-whitespace quotes pass; altered, spliced, misplaced,
truncated, too-short, empty and unicode-trick quotes do not; figures in prose must appear in the cited paragraphs."""

from __future__ import annotations

import pytest

from prepbot.answering import verify
from prepbot.answering.verify import check_quote, unsupported_figures, verified_citations, verify_quote
from prepbot.core.records import Paragraph

SUICIDES = Paragraph(
    doc_id="sr4227",
    symbol="CCPR/C/SR.4227",
    number="7",
    text=(
        "A representative of Kazakhstan said that between 2016 and 2024, there had been 189 cases of suicide at\n"
        "institutions of the penal correction system, including 5 women. The number of suicides had fallen by "
        "12.5 per cent since 2022. Psychologists had been recruited in all institutions, at a cost of 103,500 tenge "
        "per post. The “Ombudsman plus model” – introduced in 2022 – encouraged cooperation."
    ),
    author_type="state",
    speaker="A representative of Kazakhstan",
    speaker_role="state delegation",
)
REFERENDUM = Paragraph(
    doc_id="kaz3-replies",
    symbol="CCPR/C/KAZ/3",
    number="2",
    text=(
        "On 5 June 2022, at the initiative of the country’s President, a referendum on amendments to the "
        "Constitution was held. Amendments were made to 33 articles of the Constitution, with the support of 77.18 "
        "per cent of those who voted."
    ),
)


@pytest.mark.parametrize(
    "quote",
    [
        "there had been 189 cases of suicide at institutions of the penal correction system",
        "there had been 189 cases of suicide at institutions\nof the penal correction system",  # line break as in text
        "there had  been 189 cases of suicide",  # extra spaces
        "\u00a0there had been 189\u00a0cases of suicide ",  # no-break spaces, padding
        '"there had been 189 cases of suicide"',  # wrapped in quotation marks
        "...there had been 189 cases of suicide…",  # ellipses at the edges
        'The "Ombudsman plus model" - introduced in 2022 - encouraged cooperation.',  # straight quotes and hyphens
        "The number of suicides had fallen by 12.5 per cent since 2022.",
        "there had been 189 cases of sui\u00adcide at institutions",  # soft hyphen is invisible
    ],
)
def test_verbatim_quotes_pass(quote: str) -> None:
    assert verify_quote(quote, SUICIDES), check_quote(quote, SUICIDES)


@pytest.mark.parametrize(
    ("quote", "reason"),
    [
        ("there had been 198 cases of suicide at institutions", verify.NOT_VERBATIM),  # altered figure
        ("there had been 189 cases of suicide, including 6 women", verify.NOT_VERBATIM),  # altered figure
        ("had fallen by 12.6 per cent since 2022", verify.NOT_VERBATIM),  # altered decimal
        ("costing 103,500 tenge per post", verify.NOT_VERBATIM),
        ("89 cases of suicide at institutions", verify.SPLITS_TOKEN),  # truncated number: "89" of "189"
        ("had fallen by 12.5 per cent since 202", verify.SPLITS_TOKEN),  # truncated year
        ("had fallen by 12.", verify.TOO_SHORT),
        ("number of suicides had fallen by 12.", verify.SPLITS_TOKEN),  # cut inside "12.5"
        ("here had been 189 cases of suicide", verify.SPLITS_TOKEN),  # starts inside "there"
        # two sentences spliced together, skipping the one between them
        (
            "including 5 women. Psychologists had been recruited in all institutions",
            verify.NOT_VERBATIM,
        ),
        ("there had been 189 cases ... including 5 women", verify.NOT_VERBATIM),  # inner ellipsis = splice
        ("There had been 189 cases of suicide", verify.NOT_VERBATIM),  # case is not folded
        ("189 cases", verify.TOO_SHORT),
        ("the penal", verify.TOO_SHORT),
        ("of the", verify.TOO_SHORT),
        ("", verify.EMPTY),
        ("   \n\t ", verify.EMPTY),
        ('""', verify.EMPTY),
        ("…", verify.EMPTY),
        ("therе had been 189 cases of suicide", verify.NOT_VERBATIM),  # Cyrillic "е" homoglyph
        ("there had been １８９ cases of suicide", verify.NOT_VERBATIM),  # fullwidth digits
        ("there had been ¹⁸⁹ cases of suicide", verify.NOT_VERBATIM),  # superscript digits
        ("there had been 189 cases\u202e of suicide", verify.CONTROL_CHARACTERS),  # right-to-left override
        ("there had been 189 cases\x07 of suicide", verify.CONTROL_CHARACTERS),  # control character
        ("there had been 189 cases \U000e0041of suicide", verify.CONTROL_CHARACTERS),  # tag character
    ],
)
def test_adversarial_quotes_fail(quote: str, reason: str) -> None:
    check = check_quote(quote, SUICIDES)
    assert not check.ok
    assert check.reason == reason


def test_non_text_quote_fails() -> None:
    assert check_quote(None, SUICIDES).reason == verify.NOT_A_STRING
    assert not verify_quote(189, SUICIDES)  # type: ignore[arg-type]


def test_right_quote_under_wrong_paragraph_fails() -> None:
    quote = "with the support of 77.18 per cent of those who voted"
    assert verify_quote(quote, REFERENDUM)
    assert not verify_quote(quote, SUICIDES)
    kept, dropped = verified_citations([("sr4227:7", quote)], {"sr4227:7": SUICIDES, "kaz3-replies:2": REFERENDUM})
    assert kept == []
    assert dropped[0].reason == verify.NOT_VERBATIM


def test_match_returns_the_paragraphs_own_text() -> None:
    check = check_quote('The "Ombudsman plus model" - introduced', SUICIDES)
    assert check.ok
    assert check.span == "The “Ombudsman plus model” – introduced"
    assert SUICIDES.text[check.start : check.end] == check.span


def test_repeated_phrase_verifies_at_a_clean_occurrence() -> None:
    paragraph = Paragraph("d", "S", "1", "In 2189 cases were closed. Later 189 cases were closed by the court.")
    check = check_quote("189 cases were closed by the court", paragraph)
    assert check.ok and check.start == paragraph.text.index("189 cases were closed by")


def test_gate_keeps_verified_drops_the_rest() -> None:
    offered = {"sr4227:7": SUICIDES, "kaz3-replies:2": REFERENDUM}
    pairs = [
        ("kaz3-replies:2", "with the support of 77.18 per cent of those who voted"),  # good
        ("kaz3-replies:2", "with the support of 77.18 per cent of those who voted"),  # repeated: kept once
        ("kaz3-replies:2", "with the support of 78.18 per cent of those who voted"),  # altered figure
        ("kaz3-replies:3", "with the support of 77.18 per cent of those who voted"),  # key not offered
        ("sr4227:7", "Kazakhstan has abolished torture in all institutions"),  # fabricated
        ("sr4227:7", "5 women"),  # too short
        ("sr4227:7", ""),  # empty
        ("sr4227:7", 42),  # not text
    ]
    kept, dropped = verified_citations(pairs, offered, attribution=lambda p: f"side {p.author_type}")
    assert [(c.doc_id, c.paragraph, c.quote, c.attribution) for c in kept] == [
        ("kaz3-replies", "2", "with the support of 77.18 per cent of those who voted", "side state"),
    ]
    assert [d.reason for d in dropped] == [
        verify.NOT_VERBATIM,
        verify.NOT_OFFERED,
        verify.NOT_VERBATIM,
        verify.TOO_SHORT,
        verify.EMPTY,
        verify.NOT_A_STRING,
    ]


def test_figures_in_prose_must_be_in_cited_paragraphs() -> None:
    prose = (
        "The delegation said there were 189 suicides between 2016 and 2024 (CCPR/C/SR.4227 ¶7), 5 of them women, "
        "and that suicides fell by 12.5 per cent; psychologists cost 103500 tenge per post [1]."
    )
    assert unsupported_figures(prose, [SUICIDES]) == []
    assert unsupported_figures("There were 198 suicides.", [SUICIDES]) == ["198"]
    assert unsupported_figures("Suicides fell by 13 per cent.", [SUICIDES]) == ["13"]
    # a reference to paragraphs it does not cite is no citation: their numbers are figures to support
    assert unsupported_figures("77.18 per cent voted for it, see paras. 2-3.", [SUICIDES]) == ["77.18", "2", "3"]
    assert unsupported_figures("189 suicides, see para. 7.", [SUICIDES]) == []  # the cited paragraph's own number
    assert unsupported_figures("77.18 per cent voted for it.", [SUICIDES, REFERENDUM]) == []
    # a figure the user gave in the question is not a claim of the model's
    assert unsupported_figures("Nothing is said about 2019.", [SUICIDES], also_allowed=["What about 2019?"]) == []


def test_a_citation_carries_the_side_of_its_paragraph() -> None:
    paragraph = Paragraph(
        "sr", "CCPR/C/SR.1", "3", "The delegation said that torture was prohibited.", author_type="ngo"
    )
    [citation], _ = verified_citations(
        [("sr:3", "The delegation said that torture was prohibited.")], {"sr:3": paragraph}
    )
    assert citation.side == "ngo" and citation.to_json()["side"] == "ngo"


def test_a_decimal_paragraph_reference_and_key_are_read_whole() -> None:
    """A cited "¶2.3" (Views numbered 1.1, 1.2, 2.1 ...) is a reference to the cited paragraph, not "¶2" and a figure
    ".3"; "¶2" beside it is another paragraph; a key the model left in its prose, "views-3456:2.3", is read whole and
    turned into ¶2.3's label, not ¶2's."""
    from prepbot.answering.llm import _replace_keys, unverified_references
    from prepbot.answering.verify import CITATION_KEY, paragraph_references

    symbol = "CCPR/C/141/D/3456/2019"
    cited = Paragraph("views-3456", symbol, "2.3", "The author appealed to the City Court on 2 April 2018.")
    section = Paragraph("views-3456", symbol, "2", "The facts as submitted by the author.")
    assert paragraph_references("as the author says (¶2.3; paras. 4.1-4.3)") == ["2.3", "4.1", "4.3"]
    assert unverified_references("The author appealed on 2 April 2018 (¶2.3).", [cited]) == []
    assert unverified_references("The author appealed on 2 April 2018 (¶2).", [cited]) == ["¶2"]
    assert unsupported_figures("The author appealed on 2 April 2018 (¶2.3).", [cited]) == []
    assert CITATION_KEY.findall("see views-3456:2.3") == ["views-3456:2.3"]
    offered = {section.key: section, cited.key: cited}
    assert _replace_keys("as [views-3456:2.3] says", offered) == f"as {symbol} ¶2.3 says"
