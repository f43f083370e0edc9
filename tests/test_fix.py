"""soat fix: safe fixes as tracked changes, re-read with the loader and python-docx."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.outline import build, party_frame
from validator.engine import check_document
from validator.fix import apply_fixes, collect_fixes, write_in_place
from validator.loader import load_bytes
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

CODE = re.compile(r"\b(\d+)-([a-z]{2,4})/([a-z]{2,4})\b")


class LowerCaseCode(Rule):
    """Flags a Party code written in lower case.

    Why: a test rule with a fix.

    Bad:
        p: Kế hoạch số 12-kh/tu.
    Good:
        p: Kế hoạch số 12-KH/TU.
    """

    id = "COD990"
    name = "code-in-lower-case"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            for m in CODE.finditer(p.match):
                yield Finding(p.at(m.start(), m.end() - m.start()), "Mã viết thường",
                              fix=Fix(m.group().upper()))


class DoubleSpace(Rule):
    """Flags two spaces.

    Why: a test rule with a fix.

    Bad:
        p: a  b
    Good:
        p: a b
    """

    id = "FMT990"
    name = "double-space"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            for m in re.finditer(r"(?<=\S) {2,}(?=\S)", p.text):
                yield Finding(p.at(m.start(), m.end() - m.start()), "Hai dấu cách",
                              fix=Fix(" "))


RULES = (LowerCaseCode, DoubleSpace)
BODY = """
p: Thực hiện Kế hoạch số 12-[[r]]kh/[[r]]tu  của Ban Thường vụ Thành ủy.
p: Đoạn này **không** có gì cần sửa.
table: STT | Nội dung // 1 | Theo Kết luận số 05-kl/tu ngày 12/01/2026
"""


def _fixed() -> tuple[bytes, bytes, list[object], list[object]]:
    data = build(party_frame(BODY))
    doc = load_bytes(data, "a.docx")
    planned = collect_fixes(doc, RULES)
    out, applied, skipped = apply_fixes(data, doc, planned)
    return data, out, applied, skipped


def test_fix_round_trip() -> None:
    data, out, applied, skipped = _fixed()
    assert len(applied) == 3 and skipped == []
    before, after = load_bytes(data, "a.docx"), load_bytes(out, "b.docx")
    assert after.has_revisions
    assert check_document(after, rules=RULES).violations == []
    changed = {p.index: p.text for p in after.body_paragraphs if p.text != before.paragraph(
        "body", p.index).text}
    assert changed == {
        8: "Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Thành ủy.",
        13: "Theo Kết luận số 05-KL/TU ngày 12/01/2026",
    }
    assert len(after.body_paragraphs) == len(before.body_paragraphs)
    xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    assert xml.count('w:author="soat"') == 6  # three deletions and three insertions
    assert "<w:delText xml:space=\"preserve\">kh/</w:delText>" in xml


def test_python_docx_opens_the_fixed_copy() -> None:
    docx = pytest.importorskip("docx")
    _, out, _, _ = _fixed()
    assert len(docx.Document(io.BytesIO(out)).paragraphs) >= 4


def test_only_fixable_rules_and_no_overlaps() -> None:
    class NotFixable(LowerCaseCode):
        """Flags a Party code written in lower case.

        Why: a test rule without a declared fix.

        Bad:
            p: Kế hoạch số 12-kh/tu.
        Good:
            p: Kế hoạch số 12-KH/TU.
        """

        id = "COD991"
        name = "code-in-lower-case-b"
        fixable = False

    doc = load_bytes(build("p: Số 12-kh/tu  và 13-bc/tu"), "a.docx")
    assert collect_fixes(doc, (NotFixable,)) == []
    planned = collect_fixes(doc, (LowerCaseCode, LowerCaseCode, DoubleSpace))
    assert [(p.start, p.end) for p in planned] == [(3, 11), (11, 13), (16, 24)]


def test_text_changed_under_a_fix_is_skipped() -> None:
    data = build("p: Số 12-kh/tu ban hành.")
    doc = load_bytes(data, "a.docx")
    planned = collect_fixes(doc, RULES)
    other = load_bytes(build("p: Số 99-kh/tu ban hành."), "b.docx")
    _, applied, skipped = apply_fixes(build("p: Số 99-kh/tu ban hành."), other, planned)
    assert applied == [] and len(skipped) == 1


def test_in_place_keeps_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    backup = write_in_place(target, b"new")
    assert target.read_bytes() == b"new" and backup.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx", "bao-cao.docx.bak"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_fixed_copy(tmp_path: Path) -> None:
    _, out, _, _ = _fixed()
    src = tmp_path / "fixed.docx"
    src.write_bytes(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir",
                    str(tmp_path), str(src)], check=True, capture_output=True, timeout=300)
    text = (tmp_path / "fixed.txt").read_text(encoding="utf-8", errors="replace")
    assert "12-KH/TU" in text


def test_cli_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import types

    import pluggy

    from validator import cli
    from validator.plugins import Plugins, make_plugin_manager

    plugin = types.ModuleType("fixers")

    @pluggy.HookimplMarker("soat")
    def soat_register_rules() -> tuple[type[Rule], ...]:
        return RULES

    plugin.soat_register_rules = soat_register_rules  # type: ignore[attr-defined]
    pm = make_plugin_manager(autoload=False)
    pm.register(plugin, name="fixers")
    src = tmp_path / "bao-cao.docx"
    src.write_bytes(build(party_frame(BODY)))
    code = cli.main(["fix", str(src), "-o", str(tmp_path / "sua.docx")], plugins=Plugins(pm))
    assert code == 0 and "đã sửa 3 chỗ" in capsys.readouterr().err
    code = cli.main(["fix", str(src), "--in-place"], plugins=Plugins(pm))
    assert code == 0 and (tmp_path / "bao-cao.docx.bak").exists()
    assert load_bytes(src.read_bytes(), "x").has_revisions
    code = cli.main(["fix", str(src)], plugins=Plugins(pm))
    assert code == 2  # -o or --in-place is required


def test_element_formatting_is_fixed_as_tracked_formatting_changes() -> None:
    from rules.formatting.element_format_not_prescribed import ElementFormatNotPrescribed
    from tests.rules.test_element_format_not_prescribed import (
        STATE_DECISION,
        El,
        state_decision,
    )

    wrong = {**STATE_DECISION,
             "slogan": El("Độc lập - Tự do - Hạnh phúc", italic=True, align="left"),
             "place_date": El("Lâm Đồng, ngày 15 tháng 01 năm 2026")}
    data = build(state_decision(wrong))
    doc = load_bytes(data, "a.docx")
    rules = (ElementFormatNotPrescribed,)
    planned = collect_fixes(doc, rules)
    out, applied, skipped = apply_fixes(data, doc, planned)
    assert len(applied) == 2 and skipped == []
    after = load_bytes(out, "b.docx")
    assert after.has_revisions and check_document(after, rules=rules).violations == []
    slogan = next(p for p in after.body_paragraphs if p.text == "Độc lập - Tự do - Hạnh phúc")
    assert slogan.alignment == "center"
    assert all(r.bold and not r.italic for r in slogan.runs)
    xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    assert xml.count("<w:rPrChange ") == 2 and xml.count("<w:pPrChange ") == 1
    assert 'w:author="soat"' in xml
    # the text is untouched: no insertion or deletion
    assert "<w:ins " not in xml and "<w:del " not in xml
    assert [p.text for p in after.body_paragraphs] == [p.text for p in doc.body_paragraphs]
