"""The built-in safe fixes, applied as tracked changes and checked again."""

from __future__ import annotations

import io
import zipfile

from rules.codes.code_malformed import CodeMalformed
from rules.codes.type_code_case import TypeCodeCase
from rules.dates.date_padding import DatePadding
from tests.outline import build, party_frame
from validator.engine import check_document
from validator.fix import apply_fixes, collect_fixes
from validator.loader import load_bytes

FIXABLE = (CodeMalformed, TypeCodeCase, DatePadding)

BODY = """
p: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
p: Triển khai Nghị quyết số 79 - NQ/TW, ngày 06/01/2026 của Bộ Chính trị.
p: Thực hiện Kết luận số 45/KL-TW, ngày 10/01/2026 của Ban Bí thư.
p: Ban hành Chương trình số 06-CTR/TU, ngày 12/01/2026 của Thành ủy.
p: Kế hoạch số 164-KH/UBND ngày 02/01/2026 của Ủy ban nhân dân thành phố.
p: Nội dung khác giữ nguyên.
"""


def test_fixes_become_tracked_changes_and_clear_their_findings() -> None:
    data = build(party_frame(BODY, date="Hải Phòng, ngày 5 tháng 2 năm 2026"))
    doc = load_bytes(data)
    before = check_document(doc, rules=FIXABLE).violations
    assert {v.rule for v in before} == {"COD001", "COD002", "DAT003"}

    planned = collect_fixes(doc, FIXABLE)
    fixed, applied, skipped = apply_fixes(data, doc, planned, "bao-cao.docx")
    assert len(applied) == 5 and not skipped  # 2 codes, 1 case, day and month

    after = load_bytes(fixed)
    texts = [p.text for p in after.body_paragraphs]
    assert "Triển khai Nghị quyết số 79-NQ/TW, ngày 06/01/2026 của Bộ Chính trị." in texts
    assert "Thực hiện Kết luận số 45-KL/TW, ngày 10/01/2026 của Ban Bí thư." in texts
    assert "Ban hành Chương trình số 06-CTr/TU, ngày 12/01/2026 của Thành ủy." in texts
    assert "Hải Phòng, ngày 05 tháng 02 năm 2026" in texts
    # a state code written with Party separators is reported but not rewritten: not a safe fix
    assert "Kế hoạch số 164-KH/UBND ngày 02/01/2026 của Ủy ban nhân dân thành phố." in texts
    assert after.has_revisions
    xml = zipfile.ZipFile(io.BytesIO(fixed)).read("word/document.xml").decode()
    assert 'w:author="soat"' in xml and "<w:del " in xml and "<w:ins " in xml

    remaining = check_document(after, rules=FIXABLE).violations
    assert [v.rule for v in remaining] == ["COD001"]
    assert "164-KH/UBND" in remaining[0].message

    # nothing else changed
    untouched = [p.text for p in doc.body_paragraphs if not any(
        s in p.text for s in ("79 - NQ", "45/KL", "CTR", "ngày 5 tháng"))]
    assert all(t in texts for t in untouched)


def test_fixable_rules_declare_it() -> None:
    assert all(rule.fixable for rule in FIXABLE)
