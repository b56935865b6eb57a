"""The standards layer: the import of the 180 General Comments (full size, no embedding: about a second), its
reports on the data's flaws, the selection setting, and the layer in search and attribution (test index sample)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, TEST_STANDARDS_COUNTS

from prepbot.core.errors import BadInput, CorpusError
from prepbot.core.records import Paragraph
from prepbot.core.vocabulary import SIDE_ALIASES, SIDE_LABELS, SIDES, STANDARD_SIDE
from prepbot.retrieval.manifest import DOC_ID_PATTERN, standards_folder
from prepbot.retrieval.parsing import load_corpus, load_corpus_with_notes
from prepbot.retrieval.standards import clean_symbol, doc_id_for, load_standards, selects

SUICIDES = "How many of the 189 suicides in the penal correction system in 2016-2024 were women?"  # sr4227 ¶7


@pytest.fixture(scope="module")
def full():
    return load_standards(standards_folder(CORPUS_DIR), "all", CORPUS_DIR)


def test_the_whole_layer_imports_with_symbols_committees_titles_dates(full):
    entries = {entry.doc_id: (entry, paragraphs) for entry, paragraphs in full.documents}
    assert len(entries) == 175  # 180 listed files, 5 of which hold another's text
    assert sum(len(paragraphs) for _, paragraphs in entries.values()) == 6488
    assert all(DOC_ID_PATTERN.match(doc_id) for doc_id in entries)
    symbols = [entry.symbol for entry, _ in entries.values()]
    assert len(set(symbols)) == len(symbols)  # a citation names one document
    entry, paragraphs = entries["ccpr-gc37-assembly"]
    assert (entry.symbol, entry.mechanism, entry.author_type, entry.date) == (
        "CCPR/C/GC/37", "Human Rights Committee", STANDARD_SIDE, "2020-09-17",
    )  # fmt: skip
    assert entry.title.startswith("General Comment No. 37 (2020)") and entry.document_type == "general comment"
    fourteen = next(p for p in paragraphs if p.number == "14")
    assert fourteen.citation == "CCPR/C/GC/37 ¶14" and fourteen.author_type == STANDARD_SIDE
    assert fourteen.text.startswith("Peaceful assemblies are often organized in advance")
    assert all("\n" not in p.text and "  " not in p.text and p.text == p.text.strip() for p in paragraphs)
    assert entries["cedaw-gr19-violence"][0].document_type == "general recommendation"
    assert entries["cedaw-gr19-violence"][0].symbol == "A/47/38 (CEDAW GR 19)"


def test_flaws_are_reported_never_renumbered_silently(full):
    notes = "\n".join(full.notes)
    assert "Annotated_CRC-GC18-Harmful.json (CRC GC18/CEDAW GR31: Harmful practices) is listed" in notes
    assert "json_data/json_new is not listed" not in notes  # not copied into the corpus
    assert "'\\tCRC/C/GC/26' cleaned to 'CRC/C/GC/26'" in notes
    assert "'CCPR/C/21/Rev.1/Add. 1326 May 2004' cleaned to 'CCPR/C/21/Rev.1/Add.13'" in notes
    assert "¶31 appears twice and ¶32 is missing: the second is taken as ¶32" in notes
    assert "Annotated_ESCR-GC23-CondWork.json: ¶49 has an empty ID" in notes
    assert "unnumbered text (ID 0) skipped" in notes
    assert "Annotated_CERD_GR37_health.json: numbering has gaps at ¶51" in notes
    assert "54 files store paragraph IDs as numbers" in notes
    # five files hold another document's text: a citation would name a document that never said the words
    assert "Annotated_ESCR-GC5-NonDisc.json: its text is 94% that of E/C.12/GC/20" in notes
    skipped = {note.split(":")[0] for note in full.notes if "not of its own title" in note}
    assert skipped == {
        "Annotated_ESCR-GC5-NonDisc.json", "Annotated_CERD_GR17_national_institutions.json",
        "Annotated_CEDAW_GR1_Reporting.json", "Annotated_CEDAW_GR3_campaigns_edu.json",
        "Annotated_CEDAW_GR9_statisticaldata.json",
    }  # fmt: skip
    by_id = {entry.doc_id: paragraphs for entry, paragraphs in full.documents}
    harmful = [p.number for p in by_id["crc-cedaw-gc18-harmful-rev"]]
    assert harmful[29:33] == ["30", "31", "32", "33"] and len(set(harmful)) == len(harmful)
    condwork = {p.number: p.text for p in by_id["escr-gc23-condwork"]}
    assert condwork["49"].startswith("Human rights defenders should be able")  # number moved out of the text
    assert "51" not in {p.number for p in by_id["cerd-gr37-health"]}  # a gap stays a gap


def test_the_corpus_lists_dialogue_documents_first_then_the_selected_standards():
    documents, notes = load_corpus_with_notes(CORPUS_DIR, "ccpr-gc37-*,CAT/C/GC/3")
    ids = [entry.doc_id for entry, _ in documents]
    assert ids == ["sr4227", "kaz3-replies", "upr-compilation", "ngo-loipr", "cat-loi", "ccpr-gc37-assembly",
                   "cat-gc3-art-14"]  # fmt: skip
    assert notes  # the notes are about the data, whatever the selection
    assert [e.doc_id for e, _ in load_corpus(CORPUS_DIR, "none")] == ids[:5]


def test_selection_patterns_match_doc_ids_and_symbols():
    entry, _ = load_corpus(CORPUS_DIR, "ccpr-gc37-*")[-1]
    assert selects("all", entry) and not selects("none", entry)
    assert selects("CCPR/C/GC/*", entry) and selects("ccpr/c/gc/37", entry) and selects("x-*, ccpr-*", entry)
    assert not selects("cedaw-*", entry)


def test_a_selection_pattern_that_matches_nothing_is_refused():
    # a typo ("ccpr-gc73-*") would otherwise index no General Comment without a word
    with pytest.raises(CorpusError, match=r"PREPBOT_STANDARDS: 'ccpr-gc73-\*' matches no General Comment"):
        load_corpus(CORPUS_DIR, "ccpr-gc37-*, ccpr-gc73-*")


def test_symbol_cleaning_and_doc_ids():
    assert clean_symbol("\tCRC/C/GC/26") == "CRC/C/GC/26"
    assert clean_symbol("CCPR/C/21/Rev.1./Add.9") == "CCPR/C/21/Rev.1/Add.9"
    assert clean_symbol("CCPR/C/21/Rev.1/Add. 1326 May 2004") == "CCPR/C/21/Rev.1/Add.13"
    assert doc_id_for("Annotated_CCPR_GC37_assembly.json") == "ccpr-gc37-assembly"
    assert doc_id_for("Annotated_CRC_CEDAW-GC18-Harmful-REV.json") == "crc-cedaw-gc18-harmful-rev"


def _write_standards(folder: Path, documents: dict[str, list[dict]], records: list[dict] | None = None) -> Path:
    (folder / "json_data").mkdir(parents=True)
    for name, items in documents.items():
        (folder / "json_data" / name).write_text(json.dumps(items), encoding="utf-8")
    records = records or [
        {"File PATH": f"/json_data/{name}", "Name": f"General comment No. {i}: Test", "Signature": f"T/GC/{i}",
         "Adoption Date": "1 May 2020", "Adoption Year": 2020, "Committee": "CCPR"}
        for i, name in enumerate(documents, start=1)
    ]  # fmt: skip
    (folder / "GC-info.json").write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_messy_ids_in_made_up_data(tmp_path):
    folder = _write_standards(tmp_path / "standards", {
        "A.json": [
            {"ID": "0.", "Text": "Foreword."},
            {"ID": "1.", "Text": "One."},
            {"Text": "2. Two, numbered only in the text."},
            {"ID": "", "Text": "No number anywhere."},
            {"ID": 3, "Text": "3. Three\n  repeats its number."},
            {"ID": "3.", "Text": "Three again: taken as four, which is missing."},
            {"ID": "5", "Text": "Five."},
            {"ID": "5", "Text": "Five again, while six is there: skipped."},
            {"ID": "6", "Text": "Six."},
            {"ID": "9", "Text": "Nine."},
        ],
    })  # fmt: skip
    imported = load_standards(folder, "all", tmp_path)
    ((entry, paragraphs),) = imported.documents
    assert entry.file == "standards/json_data/A.json" and entry.date == "2020-05-01"
    assert [(p.number, p.text) for p in paragraphs] == [
        ("1", "One."), ("2", "Two, numbered only in the text."), ("3", "Three repeats its number."),
        ("4", "Three again: taken as four, which is missing."), ("5", "Five."), ("6", "Six."), ("9", "Nine."),
    ]  # fmt: skip
    notes = "\n".join(imported.notes)
    for expected in ("ID 0", "¶2 has an empty ID", "item #4 has no ID", "¶3 appears twice and ¶4 is missing",
                     "¶5 appears twice: the second is skipped", "gaps at ¶7, ¶8"):  # fmt: skip
        assert expected in notes


def test_missing_and_unlisted_files_are_reported(tmp_path):
    folder = _write_standards(tmp_path / "standards", {"A.json": [{"ID": "1", "Text": "One."}]})
    records = json.loads((folder / "GC-info.json").read_text())
    records.append(dict(records[0], **{"File PATH": "/json_data/Gone.json", "Signature": "T/GC/9"}))
    (folder / "GC-info.json").write_text(json.dumps(records))
    (folder / "json_data" / "Extra.json").write_text("[]")
    imported = load_standards(folder, "all", tmp_path)
    assert [e.doc_id for e, _ in imported.documents] == ["a"]
    assert any("Gone.json" in n and "missing" in n for n in imported.notes)
    assert any("Extra.json is not listed" in n for n in imported.notes)


def test_a_file_holding_another_documents_text_is_skipped_whatever_the_selection(tmp_path):
    text = [{"ID": str(n), "Text": f"States shall ensure that every detainee sees a lawyer, rule {n} of {word}."}
            for n, word in enumerate(["custody", "torture", "police", "courts", "access"], start=1)]  # fmt: skip
    other = [{"ID": "1", "Text": "Water must be safe, affordable and physically accessible to everyone."}]
    records = [
        {"File PATH": f"/json_data/{name}", "Name": title, "Signature": f"T/GC/{i}", "Adoption Year": 2020,
         "Committee": "CCPR"}
        for i, (name, title) in enumerate([
            ("Lawyers.json", "General comment No. 1: Access to a lawyer in police custody"),
            ("Water.json", "General comment No. 2: Water"),  # holds No. 1's text, another word or two changed
            ("Elsewhere.json", "General comment No. 3: Water"),
        ], start=1)
    ]  # fmt: skip
    changed = [dict(item, Text=item["Text"].replace("detainee", "detained person")) for item in text]
    folder = _write_standards(tmp_path / "standards", {"Lawyers.json": text, "Water.json": changed,
                                                       "Elsewhere.json": other}, records)  # fmt: skip
    imported = load_standards(folder, "all", tmp_path)
    assert [entry.doc_id for entry, _ in imported.documents] == ["lawyers", "elsewhere"]
    assert any(note.startswith("Water.json: its text is") and "T/GC/1" in note for note in imported.notes)
    assert load_standards(folder, "water", tmp_path).documents == []  # chosen alone, it is still found out
    # a title that fits the shared text no better than the other's: neither can be trusted
    records[1]["Name"] = "General comment No. 2: Access to a lawyer in police custody"
    (folder / "GC-info.json").write_text(json.dumps(records), encoding="utf-8")
    assert [entry.doc_id for entry, _ in load_standards(folder, "all", tmp_path).documents] == ["elsewhere"]


def test_standard_is_a_side_with_a_label_and_the_plural_alias():
    assert STANDARD_SIDE in SIDES and SIDE_LABELS[STANDARD_SIDE] == "General Comments"
    assert SIDE_ALIASES["standards"] == STANDARD_SIDE


def test_search_filters_by_the_standards_and_keeps_dialogue_questions_on_the_dialogue(searcher):
    assert {d.doc_id for d in searcher.documents()} >= set(TEST_STANDARDS_COUNTS)
    hits = searcher.search("What does the Human Rights Committee say about spontaneous assemblies?", k=5)
    assert hits[0].paragraph.doc_id == "ccpr-gc37-assembly"
    only = searcher.search("spontaneous assemblies", k=5, source="standard")
    assert only and all(h.paragraph.author_type == STANDARD_SIDE for h in only)
    assert searcher.search(SUICIDES, k=1)[0].paragraph.key == "sr4227:7"
    assert searcher.paragraph("CCPR/C/GC/37", "14").text.startswith("Peaceful assemblies are often organized")
    with pytest.raises(BadInput, match="standard"):
        searcher.search("x", source="standards-typo")


def test_a_standards_passage_is_attributed_as_a_general_reading(tmp_path):
    from prepbot.answering.attribution import lead_in
    from prepbot.answering.prompts import PromptRegistry
    from prepbot.core.records import DocumentEntry

    registry = PromptRegistry(Path(CORPUS_DIR).parent / "prompts")
    document = DocumentEntry("ccpr-gc37-assembly", "CCPR/C/GC/37", "General comment No. 37", "Human Rights Committee",
                             "general comment", STANDARD_SIDE, "2020-09-17", "en", "x.json")  # fmt: skip
    paragraph = Paragraph("ccpr-gc37-assembly", "CCPR/C/GC/37", "14", "Peaceful assemblies...", author_type="standard")
    english = lead_in(registry.get("attributions"), paragraph, document, "en")
    assert english.startswith("The Human Rights Committee, in its general reading of the treaty")
    assert "(general comment No. 37, not something said in this dialogue)" in english  # its number, from the title
    russian = lead_in(registry.get("attributions"), paragraph, document, "ru")
    assert russian.startswith("Комитет по правам человека в замечании общего порядка") and "не сказанное" in russian
    recommendation = DocumentEntry("cedaw-gr19", "A/47/38", "General recommendation No. 19", "Committee on the "
                                   "Elimination of Discrimination against Women", "general recommendation",
                                   STANDARD_SIDE, "1992", "en", "y.json")  # fmt: skip
    cedaw = lead_in(registry.get("attributions"), paragraph, recommendation, "ru")
    assert cedaw.startswith("Комитет по ликвидации дискриминации в отношении женщин в общей рекомендации")
    assert "(general recommendation No. 19," in lead_in(registry.get("attributions"), paragraph, recommendation, "en")
    assert "в общей рекомендации № 19 (" in cedaw
    assert "rather than this dialogue" in registry.get("extractive").phrase("side_standard", "en")


def test_a_silence_of_the_standards_names_them_in_a_sentence_that_reads():
    """A silence of the standards reads "I found nothing from the treaty bodies' General Comments ...", not ("Nothing
    from the treaty bodies' general comments, their general reading of the treaties rather than this dialogue on this
    in the documents")."""
    from prepbot.answering.extractive import side_named
    from prepbot.answering.prompts import PromptRegistry

    registry = PromptRegistry(Path(CORPUS_DIR).parent / "prompts")
    phrases, abstain = registry.get("extractive"), registry.get("abstain")
    english = abstain.phrase("side_silent", "en", named=side_named(phrases, STANDARD_SIDE, "en"), covered="")
    assert english == "I found nothing from the treaty bodies' General Comments that speaks to this in the documents."
    russian = abstain.phrase("side_silent", "ru", named=side_named(phrases, STANDARD_SIDE, "ru"), covered="")
    assert "замечания общего порядка договорных органов" in russian and "а не этот диалог" not in russian
    assert side_named(phrases, "ngo", "en") == phrases.phrase("side_ngo", "en")
