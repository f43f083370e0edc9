"""soat annotate: a Word comment on each finding, at the right text; the document still opens."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

import rules.formatting as formatting
from tests.outline import build, party_frame
from validator.annotate import annotate
from validator.engine import check_document
from validator.loader import load_bytes

BODY = """
p: Hội nghị tổ chức ngày xx/xx/2026 tại {hl:Hội trường} Thành ủy.
p: Kết quả được tổng hợp tại bảng dưới đây[^1: Số liệu ngày xx/xx/2026 của Cục Thống kê.].
table: STT | Nội dung // 1 | Đồng chí …… phụ trách
p: Đoạn văn sạch, [[r]]không có gì[[r]] cần ghi chú.
"""


def _annotated() -> tuple[bytes, bytes, int]:
    data = build(party_frame(BODY))
    doc = load_bytes(data, "a.docx")
    result = check_document(doc, rules=formatting.RULES)
    out, count = annotate(data, doc, result.violations)
    return data, out, count


def test_comments_are_anchored_on_the_flagged_text() -> None:
    data, out, count = _annotated()
    before, after = load_bytes(data, "a.docx"), load_bytes(out, "b.docx")
    assert [p.text for p in after.body_paragraphs] == [p.text for p in before.body_paragraphs]
    assert len(after.comments) == count
    anchored = {}
    for c in after.comments:
        assert c.author == "soat"
        p = after.paragraph("body", c.paragraph)
        assert p is not None
        span = p.text[c.offset:c.offset + c.length] if c.length else p.text
        anchored.setdefault(c.text.split(" ", 1)[0], []).append(span)
    assert "xx/xx/2026" in anchored["FMT010"] and "……" in anchored["FMT010"]
    assert anchored["FMT009"] == ["Hội trường"]
    note = next(c for c in after.comments if c.text.startswith("[chú thích"))
    assert "FMT010" in note.text and "bảng dưới đây" in after.paragraph("body", note.paragraph).text
    suggestion = next(c for c in after.comments if "FMT009" in c.text)
    assert "Gợi ý:" in suggestion.text
    # each comment gives the rule id and the severity, in the drafter's words
    assert suggestion.text.startswith("FMT009 · Cảnh báo: ")
    assert any(c.text.startswith("FMT010 · Lỗi: ") for c in after.comments)


def test_original_bytes_untouched_and_package_complete() -> None:
    data, out, _ = _annotated()

    def parts(package: bytes) -> dict[str, bytes]:  # the members, not the zip's timestamps
        with zipfile.ZipFile(io.BytesIO(package)) as zf:
            return {name: zf.read(name) for name in zf.namelist()}

    assert parts(data) == parts(build(party_frame(BODY)))
    names = zipfile.ZipFile(io.BytesIO(out)).namelist()
    assert "word/comments.xml" in names
    types = zipfile.ZipFile(io.BytesIO(out)).read("[Content_Types].xml").decode()
    assert "/word/comments.xml" in types


def test_python_docx_reads_the_comments() -> None:
    docx = pytest.importorskip("docx")
    _, out, count = _annotated()
    document = docx.Document(io.BytesIO(out))
    comments = getattr(document, "comments", None)
    if comments is not None:  # python-docx >= 1.2 reads comments
        assert len(list(comments)) == count
        assert {c.author for c in comments} == {"soat"}


def test_document_with_existing_comments_keeps_them() -> None:
    data = build("comment[Xem lại]: Hội nghị tổ chức ngày xx/xx/2026.")
    doc = load_bytes(data, "a.docx")
    result = check_document(doc, rules=formatting.RULES)
    out, count = annotate(data, doc, result.violations)
    after = load_bytes(out, "b.docx")
    assert sorted(c.author for c in after.comments) == sorted(["Reviewer"] + ["soat"] * count)
    assert len({c.id for c in after.comments}) == len(after.comments)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_annotated_copy(tmp_path: Path) -> None:
    _, out, _ = _annotated()
    src = tmp_path / "annotated.docx"
    src.write_bytes(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(src)], check=True, capture_output=True, timeout=300)
    assert (tmp_path / "annotated.pdf").stat().st_size > 0


def test_cli_annotate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from validator import cli
    from validator.plugins import Plugins, make_plugin_manager

    src = tmp_path / "bao-cao.docx"
    src.write_bytes(build(party_frame(BODY)))
    original = src.read_bytes()
    plugins = Plugins(make_plugin_manager(autoload=False))
    code = cli.main(["annotate", str(src), "--select", "FMT010"], plugins=plugins)
    err = capsys.readouterr().err
    out = tmp_path / "bao-cao.soat.docx"
    assert code == 0 and "đã ghi 3 ghi chú" in err
    assert src.read_bytes() == original
    assert [c.author for c in load_bytes(out.read_bytes(), "x").comments] == ["soat"] * 3
    code = cli.main(["annotate", str(src), "-o", str(src)], plugins=plugins)
    assert code == 2 and "trùng với tệp gốc" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["annotate", "fix"])
def test_a_damaged_part_the_check_never_read_stops_the_copy_cleanly(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check reads only the parts it needs; writing a new file copies all of them. A part
    with a wrong CRC is refused with its name, nothing is written, the input is untouched."""
    import zipfile

    from tests.test_hostile import corrupt_member, rezip
    from validator import cli
    from validator.plugins import Plugins, make_plugin_manager

    good = build(party_frame(BODY))
    data = rezip(good, add=(("customXml/item9.xml", b"<a>" + b"x" * 4000 + b"</a>"),),
                 compression=zipfile.ZIP_STORED)
    src = tmp_path / "bao-cao.docx"
    src.write_bytes(corrupt_member(data, "customXml/item9.xml"))
    original = src.read_bytes()
    out = tmp_path / "ra.docx"
    plugins = Plugins(make_plugin_manager(autoload=False))
    code = cli.main([command, str(src), "-o", str(out)], plugins=plugins)
    err = capsys.readouterr().err
    assert code == 2
    assert "Phần customXml/item9.xml của tệp bị hỏng (sai mã kiểm tra CRC)" in err
    assert "lỗi nội bộ" not in err and "Traceback" not in err
    assert not out.exists() and src.read_bytes() == original
