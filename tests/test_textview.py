"""``soat text``: the document as Word shows it, for reading and for ``git diff``.

Every expectation is what Word displays for the document built in the test (numbering
definitions, note order, merged cells), written out by hand, never soat's own output.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.outline import build, state_frame
from validator.cli import main
from validator.cli.text import cmd_text
from validator.loader import load_bytes
from validator.textview import render

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MONTH_8 = SHARED / "corpus" / "vn" / "vbai__Thang-8__BAO-CAO-DE-AN-06-THANG-8.docx"

NUMBERED = """
numbering: 1 = upperRoman "%1." | decimal "%2." | lowerLetter "%3)"
n1.0: KẾT QUẢ THỰC HIỆN
n1.1: Công tác chỉ đạo
n1.2: Ban hành 04 văn bản
n1.2: Tổ chức 16 lượt làm việc
n1.1: Công tác tuyên truyền
n1.0: NHIỆM VỤ THỜI GIAN TỚI
n1.1: Công an tỉnh
"""


def text_of(outline: str) -> str:
    return render(load_bytes(build(outline)))


def test_automatic_numbers_are_shown_as_word_displays_them() -> None:
    assert text_of(NUMBERED).splitlines() == [
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Công tác chỉ đạo",
        "a) Ban hành 04 văn bản",
        "b) Tổ chức 16 lượt làm việc",
        "2. Công tác tuyên truyền",
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Công an tỉnh",
    ]


def test_typed_numbers_are_left_as_typed() -> None:
    out = text_of("p: I. KẾT QUẢ\np: 1. Công tác chỉ đạo")
    assert out == "I. KẾT QUẢ\n1. Công tác chỉ đạo\n"


def test_footnotes_are_marked_in_place_and_numbered_in_order_of_reference() -> None:
    # note ids 7 and 3 in the package; Word numbers them 1 and 2 by where they are cited
    out = text_of(
        "p: Ban hành 04 văn bản[^7: Công văn số 378/BCĐ ngày 21/7/2025.] chỉ đạo.\n"
        "p: Ban hành 01 Kế hoạch[^3: Kế hoạch số 60/KH-CAT-PC06 ngày 04/8/2025.].\n"
        "p: Nhắc lại văn bản[^7]."
    )
    assert out.splitlines() == [
        "Ban hành 04 văn bản[^1] chỉ đạo.",
        "Ban hành 01 Kế hoạch[^2].",
        "Nhắc lại văn bản[^1].",
        "",
        "---- Chú thích ----",
        "[^1]: Công văn số 378/BCĐ ngày 21/7/2025.",
        "[^2]: Kế hoạch số 60/KH-CAT-PC06 ngày 04/8/2025.",
    ]


def test_endnotes_take_word_s_roman_marks() -> None:
    out = text_of("p: Một[^e1: thứ nhất] hai[^e2: thứ hai] ba.")
    assert out.splitlines() == [
        "Một[^i] hai[^ii] ba.", "", "---- Chú thích cuối văn bản ----",
        "[^i]: thứ nhất", "[^ii]: thứ hai",
    ]


def test_a_data_table_is_one_row_per_line_with_merged_cells_marked() -> None:
    out = text_of(
        "p: Kết quả:\n"
        "table: STT | Chỉ tiêu | Kết quả // 1 | Dân số | 12.000 // 2 | Hộ tịch (đã số hóa) | ^^"
        " // Tổng | << | 24.000{p}(ước)"
    )
    assert out.splitlines() == [
        "Kết quả:",
        "",
        "| STT | Chỉ tiêu | Kết quả |",
        "| 1 | Dân số | 12.000 |",
        "| 2 | Hộ tịch (đã số hóa) | ^^ |",
        "| Tổng | << | 24.000 ¶ (ước) |",
    ]


def test_a_pipe_inside_a_cell_is_escaped() -> None:
    assert "| a \\| b | c |" in text_of("table: a \\| b | c")


def test_layout_tables_read_cell_by_cell_in_reading_order() -> None:
    out = text_of(state_frame("p: Nội dung báo cáo.", number="Số: 15/BC-UBND"))
    lines = out.splitlines()
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÂM ĐỒNG",
        "Số: 15/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày 30 tháng 01 năm 2026",
    ]
    assert lines[6:9] == ["BÁO CÁO", "Tình hình kinh tế - xã hội tháng 01 năm 2026",
                          "Nội dung báo cáo."]
    assert lines[-3:] == ["PHÓ CHỦ TỊCH", "", "Nguyễn Văn A"]
    assert not any(line.startswith("|") for line in lines)


def test_tracked_deletions_and_hidden_text_are_not_shown() -> None:
    out = text_of("p: Tổ chức ~~15~~++16++ lượt làm việc{hidden: (ghi chú ẩn)}.")
    assert out == "Tổ chức 16 lượt làm việc.\n"


def test_headers_footers_text_boxes_and_comments_follow_the_body() -> None:
    out = text_of(
        "header: Dự thảo lần 2\n"
        "footer: Trang 1\n"
        "p: Nội dung.\n"
        "textbox: Bản đồ hành chính\n"
        "comment[Kiểm tra lại số liệu]: Đạt 87,16%."
    )
    lines = out.splitlines()
    assert lines[0] == "Nội dung."
    assert "Đạt 87,16%." in lines
    for title, body in (("---- Hộp văn bản ----", "Bản đồ hành chính"),
                        ("---- Đầu trang ----", "Dự thảo lần 2"),
                        ("---- Chân trang ----", "Trang 1")):
        assert lines[lines.index(title) + 1] == body
    comment = lines[lines.index("---- Ý kiến góp ý (comment) ----") + 1]
    assert comment.endswith("Kiểm tra lại số liệu")


def test_text_is_nfc_without_trailing_spaces_or_runs_of_blank_lines() -> None:
    out = text_of("nfd: Tiếp tục triển khai   \np: \np: \np: \np: Đề án 06")
    assert out == unicodedata.normalize("NFC", "Tiếp tục triển khai\n\nĐề án 06\n")


def test_the_same_document_gives_the_same_text() -> None:
    a, b = build(NUMBERED), build(NUMBERED)
    assert render(load_bytes(a)) == render(load_bytes(b)) == render(load_bytes(a))


def test_cli_writes_each_file_and_reports_an_unreadable_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "bao-cao.docx"
    good.write_bytes(build("p: Nội dung."))
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    out = io.StringIO()
    assert cmd_text([str(bad), str(good)], out) == 2
    assert out.getvalue() == f"==> {good} <==\nNội dung.\n"
    assert "hong.docx" in capsys.readouterr().err
    assert main(["text", str(good)]) == 0
    assert capsys.readouterr().out == "Nội dung.\n"


def test_git_diff_shows_the_changed_lines_through_textconv(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not available")
    env = {**os.environ, "GIT_AUTHOR_NAME": "Chuyên viên", "GIT_AUTHOR_EMAIL": "cv@example.vn",
           "GIT_COMMITTER_NAME": "Chuyên viên", "GIT_COMMITTER_EMAIL": "cv@example.vn",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=tmp_path, env=env, text=True, check=True,
                              capture_output=True, timeout=120).stdout

    git("init", "-q")
    (tmp_path / ".gitattributes").write_text("*.docx diff=soat\n", encoding="utf-8")
    git("config", "diff.soat.textconv", f"'{sys.executable}' -m validator text")
    report = tmp_path / "bao-cao-thang-8.docx"
    report.write_bytes(build(NUMBERED))
    git("add", ".")
    git("commit", "-q", "-m", "Dự thảo 1")
    report.write_bytes(build(NUMBERED.replace("Tổ chức 16 lượt", "Tổ chức 19 lượt")))
    diff = git("diff", "--no-color")
    assert "\n-b) Tổ chức 16 lượt làm việc\n+b) Tổ chức 19 lượt làm việc\n" in diff
    assert "Binary files" not in diff


@pytest.mark.skipif(not MONTH_8.exists(), reason="needs ../shared/corpus")
def test_a_real_monthly_report() -> None:
    out = render(load_bytes(MONTH_8.read_bytes(), str(MONTH_8)))
    lines = out.splitlines()
    assert lines[:3] == ["UBND TỈNH LÂM ĐỒNG",
                         "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO,",
                         "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"]
    assert "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI" in lines
    # the first footnote mark stands after "04 văn bản", and its note lists four letters
    assert any("ban hành, triển khai 04 văn bản[^1] chỉ đạo" in line for line in lines)
    note = next(line for line in lines if line.startswith("[^1]: "))
    assert note.startswith("[^1]: Công văn số 378/BCĐ ngày 21/7/2025")
    assert lines.count("---- Chú thích ----") == 1
