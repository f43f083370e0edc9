"""bench.pairs on the real draft/final pairs of ../shared/corpus/vn (skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.drafts.pairing import MIN_TEXT_SIMILARITY
from bench.pairs import process_group, run, table, tsv_lines

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "vn"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not available at {CORPUS}"),
]


def names(group: str) -> list[str]:
    prefix = f"vbai__{group}__"
    return sorted(p.name[len(prefix):] for p in CORPUS.glob(prefix + "*.docx"))


def test_two_drafts_of_one_decision() -> None:
    group = "To-trinh-141-cho-phep-hop-nhat-Doan-Luat-su"
    result = process_group(group, names(group), CORPUS)
    assert [(p.draft, p.final) for p in result.pairs] == [
        ("DU-THAO-QUYET-DINH-SAP-NHAP.docx", "Quyet-dinh-sap-nhap-doan-luat-su.docx")]
    # the two drafts differ in "Ban chủ nhiệm"/"Ban Chủ nhiệm" and "Khen thưởng-kỷ luật"/
    # "Khen thưởng - kỷ luật"; the final writes the second forms
    [alone] = result.unpaired
    assert alone.draft == "5.-DU-THAO-QUYET-DINH-SAP-NHAP.docx" and "closer draft" in alone.reason


def test_two_letters_each_with_its_own_final() -> None:
    group = "To-trinh-ve-viec-thong-bao-ket-qua-dai-hoi-Li"
    result = process_group(group, names(group), CORPUS)
    assert sorted((p.draft, p.final) for p in result.pairs) == [
        ("Du-thao-CV-cong-nhan-ket-qua-dai-hoi-cua-Lien-doan-Quan-vot-1.docx",
         "CV-cong-nhan-ket-qua-dai-hoi-cua-Lien-doan-Quan-vot.docx"),
        ("Du-thao-CV-cong-nhan-ket-qua-dai-hoi-cua-Lien-doan-Vovinam-Viet-Vo-dao.docx",
         "CV-cong-nhan-ket-qua-dai-hoi-cua-Lien-doan-Vovinam-Viet-Vo-dao-tinh.docx"),
    ]
    found = {(c.verdict.category, c.edit.before, c.edit.after) for c in result.corrections}
    # "kết quả Đại hội" -> "kết quả đại hội" and "(2025 – 2030)" -> "(2025 - 2030)"
    assert ("capitalisation", "Đại", "đại") in found
    assert ("dash", "–", "-") in found


def test_whole_corpus() -> None:
    result = run(CORPUS)
    assert not result.errors
    assert 35 <= len(result.pairs) <= 50
    assert all(p.text_similarity >= MIN_TEXT_SIMILARITY for p in result.pairs)
    # every draft is either paired or unpaired with a reason, once
    drafts = [(p.group, p.draft) for p in result.pairs] + [
        (u.group, u.draft) for u in result.unpaired]
    assert len(drafts) == len(set(drafts)) and all(u.reason for u in result.unpaired)
    finals = [(p.group, p.final) for p in result.pairs]
    assert len(finals) == len(set(finals))  # each final takes one draft
    rows = {r.category: r for r in table(result.corrections)}
    assert rows["total"].corrections == len(result.corrections)
    assert rows["capitalisation"].checkable > 100
    assert rows["total"].flagged <= rows["total"].checkable
    assert sum(1 for _ in tsv_lines(result.corrections)) == len(result.corrections) + 1
    for c in result.corrections:  # every text edit's span is the draft's text at that place
        e = c.edit
        if e.kind in ("text", "removed"):
            assert e.draft_text[e.start:e.end] == e.before
