"""The benchmark's large report: different reports joined into one package, each keeping its
text and footnotes (bench.documents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.documents import concatenate, large_report, provincial_reports, text_chars
from tests.outline import build
from validator.loader import load_bytes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_joined_reports_keep_their_text_and_notes() -> None:
    a = build("p: Báo cáo thứ nhất.[^1: Chú thích của báo cáo A.]\np: Đoạn hai của A.")
    b = build("p: Báo cáo thứ hai.[^1: Chú thích của báo cáo B.]\np: Đoạn hai của B.")
    doc = load_bytes(concatenate([a, b]), "joined.docx")
    texts = [p.text for p in doc.body_paragraphs]
    assert texts.index("Đoạn hai của A.") < texts.index("Báo cáo thứ hai.")
    notes = {n.text for n in doc.footnotes}
    assert {"Chú thích của báo cáo A.", "Chú thích của báo cáo B."} <= notes
    refs = [r for p in doc.body_paragraphs for r in p.notes]
    assert [r.number for r in refs] == [1, 2]  # each reference points at its own note
    assert text_chars(concatenate([a, b])) == text_chars(a) + text_chars(b)


@pytest.mark.skipif(not (SHARED / "corpus" / "vn").is_dir(), reason="needs ../shared/corpus")
def test_the_large_report_is_made_of_different_reports() -> None:
    seed = SHARED / "seed" / "bao-cao-thang-01-2026.docx"
    if not seed.is_file():
        pytest.skip("needs the seed report")
    data, parts = large_report(seed, 4 * text_chars(seed.read_bytes()))
    assert len(parts) == len(set(parts)) >= 3
    assert all(p in provincial_reports(seed) for p in parts)
    assert text_chars(data) >= 4 * text_chars(seed.read_bytes())
    doc = load_bytes(data, "large.docx")
    assert len(doc.body_paragraphs) > 500
