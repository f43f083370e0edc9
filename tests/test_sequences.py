"""The numbering and cross-reference family's shared analyses, and its results on real
reports: the seed (its known defects found), the corrected example (nothing found)."""

from pathlib import Path

import pytest

import rules.numbering
import rules.xref
from tests.outline import build
from validator.analysis.appendices import appendices, appendix_citations
from validator.analysis.notes import typed_notes
from validator.analysis.tables import stt_tables, stt_value
from validator.loader import load_bytes, load_path
from validator.profiles import Profile
from validator.rule import Context

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "bao-cao-thang-01-2026.docx"  # the user's report, as in ../shared
CLEAN = ROOT / "examples" / "bao-cao-thang-01-2026-sach.docx"
FAMILY = (*rules.numbering.RULES, *rules.xref.RULES)


def run(doc):  # type: ignore[no-untyped-def]
    ctx = Context.for_document(doc, profile=Profile("generic"))
    return [(r.id, f) for r in FAMILY for f in r(ctx).check(doc)]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("1", "int", 1), ("12.", "int", 12), ("(3)", "int", 3), ("01", "int", 1),
    ("II", "roman", 2), ("IV.", "roman", 4), ("II.1", "dotted", 1), ("1.2", "dotted", 2),
    ("a", "letter", None), ("-", "mark", None), ("", "empty", None), ("Cộng", "text", None),
])
def test_stt_value(text: str, kind: str, value: int | None) -> None:
    v = stt_value(text)
    assert (v.kind, v.value) == (kind, value)


def test_stt_tables_join_continuations_and_drop_repeated_headers() -> None:
    doc = load_bytes(build("""
    table[header=1]: STT | Dự án // 1 | A // STT | Dự án // 2 | B
    table[header=1]: STT | Dự án // 3 | C
    p: Bảng khác
    table[header=1]: TT | Tên // 1 | X
    """), "x")
    seqs = stt_tables(doc)
    assert [[r.value.text for r in s.rows] for s in seqs] == [["1", "2", "3"], ["1"]]
    assert len(seqs[0].tables) == 2


def test_appendix_index_and_citations() -> None:
    doc = load_bytes(build("""
    p: Nhiệm vụ (Phụ lục 1 kèm theo); các Phụ lục 2 đến 4; Phụ lục I Nghị định 30.
    p: PHỤ LỤC 1
    p: DANH MỤC NHIỆM VỤ
    p: (theo Chương trình hành động số 05-CTr/TU)
    """), "x")
    apps = appendices(doc)
    assert [(a.number, a.numerals) for a in apps] == [("1", "arabic")]
    assert apps[0].title is not None and apps[0].title.text == "DANH MỤC NHIỆM VỤ"
    assert apps[0].note is not None
    assert [c.numbers for c in appendix_citations(doc)] == [(1,), (2, 3, 4)]


def test_typed_notes_need_marks_and_notes() -> None:
    doc = load_bytes(build("p: Văn bản^1^ và m^2^.\np: {size=10}^1^ Ghi chú.{/size}"), "x")
    t = typed_notes(doc)
    assert [m.number for m in t.marks] == [1] and [n for _, n in t.notes] == [1]
    doc = load_bytes(build("p: Diện tích 5 m^2^."), "x")
    assert typed_notes(doc).marks == []


def test_seed_report_defects_are_found() -> None:
    found = run(load_path(str(SEED)))
    messages = {(rid, f.message) for rid, f in found}
    assert ("REF004", 'Văn bản dẫn "Phụ lục 3" nhưng không có phụ lục này (chỉ có phụ lục 1, '
            "2)") in messages
    stt = sorted(f.message for rid, f in found if rid == "NUM006")
    assert stt == ["Cột STT của bảng bắt đầu từ 2, lẽ ra từ 1",
                   "Cột STT nhảy từ 16 lên 19: thiếu 17 và 18",
                   "Cột STT nhảy từ 9 lên 11: thiếu 10"]
    assert any(rid == "NUM007" and "III.2" in f.message for rid, f in found)
    assert any(rid == "REF007" for rid, _ in found)
    # the body's own outline (I-IV, 1-6) is in order
    assert not [f for rid, f in found if rid in ("NUM001", "NUM002", "NUM003", "NUM004")]


@pytest.mark.skipif(not CLEAN.exists(), reason="clean example not built")
def test_clean_report_has_no_numbering_or_reference_error() -> None:
    assert run(load_path(str(CLEAN))) == []
