"""The installed ``soat`` command, run as a drafter or a CI job runs it (in a subprocess).

Each test builds real .docx files, runs the ``soat`` script installed beside this Python, and
checks what the command prints and its exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.outline import build, party_frame

SOAT = Path(sys.executable).with_name("soat.exe" if os.name == "nt" else "soat")

pytestmark = pytest.mark.skipif(not SOAT.exists(), reason="the soat script is not installed")


def soat(*args: str | Path, cwd: Path | None = None, stdin: bytes | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("NO_COLOR", "FORCE_COLOR", "SOAT_DEBUG")}
    environ.update(env or {})
    proc = subprocess.run(
        [str(SOAT), *map(str, args)], cwd=cwd, input=stdin, capture_output=True,
        env=environ, timeout=300,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def write(path: Path, outline: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build(party_frame(outline)))
    return path


PLACEHOLDER = "p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường."


# -- baseline ----------------------------------------------------------------------------------


def test_write_baseline_writes_says_one_line_and_exits_zero(tmp_path: Path) -> None:
    doc = write(tmp_path / "bao-cao.docx", PLACEHOLDER)
    proc = soat("check", "--select", "FMT010", "--write-baseline", "soat-baseline.json",
                doc.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        'soat: đã ghi 1 vấn đề của 1 tệp vào baseline "soat-baseline.json".']
    data = json.loads((tmp_path / "soat-baseline.json").read_text(encoding="utf-8"))
    assert [(e["path"], e["rule"]) for e in data["findings"]] == [("bao-cao.docx", "FMT010")]
    again = soat("check", "--select", "FMT010", "--baseline", "soat-baseline.json", doc.name,
                 cwd=tmp_path)
    assert again.returncode == 0 and "FMT010" not in again.stdout


def test_a_copy_under_another_name_inherits_no_silenced_finding(tmp_path: Path) -> None:
    write(tmp_path / "thang-01.docx", PLACEHOLDER)
    soat("check", "--select", "FMT010", "--write-baseline", "b.json", "thang-01.docx",
         cwd=tmp_path)
    (tmp_path / "thang-02.docx").write_bytes((tmp_path / "thang-01.docx").read_bytes())
    proc = soat("check", "--select", "FMT010", "--baseline", "b.json", ".", cwd=tmp_path)
    assert proc.returncode == 1
    assert "thang-02.docx:" in proc.stdout and "thang-01.docx:" not in proc.stdout
    # the baseline names files from its own folder: run from elsewhere, it still matches
    elsewhere = soat("check", "--select", "FMT010", "--baseline", tmp_path / "b.json",
                     tmp_path / "thang-01.docx", cwd=tmp_path.parent)
    assert elsewhere.returncode == 0, elsewhere.stdout


def test_a_fix_elsewhere_in_the_paragraph_keeps_a_document_wide_finding_baselined(
    tmp_path: Path,
) -> None:
    """``soat fix`` corrects a code in the paragraph where a document-wide warning (one word
    written with two tone placements) is anchored; the warning stays recorded."""
    doc = write(tmp_path / "bao-cao.docx", "\n".join([
        "p: Đại biểu Hội đồng nhân dân khóa XVI đã thảo luận.",
        "p: Kỳ họp thứ nhất khóa XVI được triệu tập đúng hạn.",
        "p: Thực hiện Nghị quyết số 79 - NQ/TW, Hội đồng nhân dân khoá XVII ban hành kế hoạch.",
    ]))
    first = soat("check", "--select", "CON004,COD001", "--format", "json", doc, cwd=tmp_path)
    found = {v["rule"] for v in json.loads(first.stdout)["files"][0]["violations"]}
    assert found == {"CON004", "COD001"}, first.stdout
    assert soat("check", "--select", "CON004", "--write-baseline", "b.json", doc,
                cwd=tmp_path).returncode == 0
    fixed = soat("fix", "--select", "COD001", "--in-place", doc, cwd=tmp_path)
    assert fixed.returncode == 0 and "đã sửa 1 chỗ" in fixed.stderr, fixed.stderr
    after = soat("check", "--select", "CON004,COD001", "--baseline", "b.json", doc,
                 cwd=tmp_path)
    assert after.returncode == 0, after.stdout
    assert "CON004" not in after.stdout and "COD001" not in after.stdout
    assert "1 vấn đề đã có trong baseline" in after.stderr


# -- which files ---------------------------------------------------------------------------------


def test_folders_give_word_documents_and_templates_in_any_case(tmp_path: Path) -> None:
    for name in ("BAO CAO LOI.DOCX", "macro.docm", "mau/Mau bao cao.dotx", "mau/MAU CU.DOTM"):
        write(tmp_path / name, PLACEHOLDER)
    (tmp_path / "ghi-chu.txt").write_text("không phải văn bản Word", encoding="utf-8")
    proc = soat("check", "--select", "FMT010", "--format", "json", ".", cwd=tmp_path)
    files = {f["path"]: f for f in json.loads(proc.stdout)["files"]}
    assert set(files) == {"./BAO CAO LOI.DOCX", "./macro.docm", "./mau/Mau bao cao.dotx",
                          "./mau/MAU CU.DOTM"}
    # a document's blank is an error; a template's blanks are there to be filled in
    for path, f in files.items():
        severities = {v["severity"] for v in f["violations"]}
        assert severities == ({"info"} if ".dot" in path.lower() else {"error"}), path
    assert proc.returncode == 1


def test_a_pattern_the_shell_left_alone_is_expanded(tmp_path: Path) -> None:
    """cmd.exe passes "*.docx" as it is; soat expands it (no shell here either)."""
    write(tmp_path / "a.docx", PLACEHOLDER)
    write(tmp_path / "du-thao" / "b.docx", PLACEHOLDER)
    proc = soat("check", "--select", "FMT010", "*.docx", "du-thao/*.docx", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "a.docx:" in proc.stdout and os.path.join("du-thao", "b.docx") + ":" in proc.stdout
    assert "Đã kiểm tra 2 tệp" in proc.stdout
    nothing = soat("check", "*.dotx", cwd=tmp_path)
    assert nothing.returncode == 2 and 'không tìm thấy "*.dotx"' in nothing.stderr


def test_standard_input_with_a_file_name(tmp_path: Path) -> None:
    data = build(party_frame(PLACEHOLDER))
    (tmp_path / "du-thao").mkdir()
    (tmp_path / "du-thao" / "soat.toml").write_text('select = ["FMT010"]\n', encoding="utf-8")
    proc = soat("check", "-", "--stdin-filename", "du-thao/bao-cao.docx", "--format", "json",
                cwd=tmp_path, stdin=data)
    assert proc.returncode == 1, proc.stderr
    [result] = json.loads(proc.stdout)["files"]
    assert result["path"] == "du-thao/bao-cao.docx"
    # the configuration of the folder the name points into applies
    assert {v["rule"] for v in result["violations"]} == {"FMT010"}
    template = soat("check", "-", "--stdin-filename", "mau.dotx", "--select", "FMT010",
                    cwd=tmp_path, stdin=data)
    assert template.returncode == 0 and "FMT010 info" in template.stdout
    unnamed = soat("check", "-", "--select", "FMT010", cwd=tmp_path, stdin=data)
    assert unnamed.returncode == 1 and unnamed.stdout.startswith("-:")
    empty = soat("check", "-", cwd=tmp_path, stdin=b"")
    assert empty.returncode == 2 and "rỗng" in empty.stdout
    stray = soat("check", "--stdin-filename", "a.docx", "x.docx", cwd=tmp_path)
    assert stray.returncode == 2 and "--stdin-filename" in stray.stderr


# -- options -------------------------------------------------------------------------------------


def test_quiet_prints_the_findings_only(tmp_path: Path) -> None:
    doc = write(tmp_path / "a.docx", PLACEHOLDER)
    loud = soat("check", "--select", "FMT010", doc)
    quiet = soat("check", "--select", "FMT010", "--quiet", doc)
    assert loud.returncode == quiet.returncode == 1
    assert "Đã kiểm tra 1 tệp" in loud.stdout and "Hồ sơ văn bản" in loud.stdout
    assert quiet.stdout.startswith(f"{doc}:") and "FMT010" in quiet.stdout
    assert "Đã kiểm tra" not in quiet.stdout and "Hồ sơ văn bản" not in quiet.stdout
    soat("check", "--select", "FMT010", "--write-baseline", tmp_path / "b.json", doc)
    hidden = soat("check", "--select", "FMT010", "--baseline", tmp_path / "b.json", "-q", doc)
    assert hidden.stderr == "" and hidden.stdout == ""


def test_exit_zero_keeps_errors_of_the_run(tmp_path: Path) -> None:
    doc = write(tmp_path / "a.docx", PLACEHOLDER)
    assert soat("check", "--select", "FMT010", doc).returncode == 1
    zero = soat("check", "--select", "FMT010", "--exit-zero", doc)
    assert zero.returncode == 0 and "FMT010" in zero.stdout
    missing = soat("check", "--exit-zero", doc, tmp_path / "khong-co.docx")
    assert missing.returncode == 2


def test_config_names_the_configuration_file(tmp_path: Path) -> None:
    doc = write(tmp_path / "du-thao" / "a.docx", PLACEHOLDER)
    (tmp_path / "du-thao" / "soat.toml").write_text('ignore = ["FMT"]\n', encoding="utf-8")
    office = tmp_path / "van-phong.toml"
    office.write_text('select = ["FMT010"]\n', encoding="utf-8")
    assert "FMT010" not in soat("check", doc).stdout
    forced = soat("check", "--config", office, doc)
    assert forced.returncode == 1 and "FMT010" in forced.stdout
    missing = soat("check", "--config", tmp_path / "khong-co.toml", doc)
    assert missing.returncode == 2 and "không tìm thấy tệp cấu hình" in missing.stderr


def test_colour_follows_the_option_then_the_environment(tmp_path: Path) -> None:
    doc = write(tmp_path / "a.docx", PLACEHOLDER)
    escape = "\x1b["

    def out(*args: str, **env: str) -> str:
        return soat("check", "--select", "FMT010", *args, doc, env=env).stdout

    assert escape not in out()  # a pipe: no colour
    assert escape in out(FORCE_COLOR="1")
    assert escape not in out(FORCE_COLOR="1", NO_COLOR="1")
    assert escape in out("--color", "always", NO_COLOR="1")
    assert escape not in out("--color", "never", FORCE_COLOR="1")


def test_an_unknown_option_shows_the_command_usage(tmp_path: Path) -> None:
    proc = soat("check", "--nosuch", "a.docx")
    assert proc.returncode == 2
    assert proc.stderr.startswith("Cách dùng: soat check ")
    assert "tham số không nhận ra: --nosuch" in proc.stderr
    fix = soat("fix", "--nosuch", "a.docx", "-o", "b.docx")
    assert fix.returncode == 2 and fix.stderr.startswith("Cách dùng: soat fix ")


def test_disabling_an_unknown_plugin_is_refused(tmp_path: Path) -> None:
    doc = write(tmp_path / "a.docx", PLACEHOLDER)
    proc = soat("check", "--disable-plugin", "nosuch", doc)
    assert proc.returncode == 2 and proc.stdout == ""
    assert 'không có plugin "nosuch"' in proc.stderr and "rules" in proc.stderr
    assert soat("rules", "--disable-plugin", "validator.emitters").returncode == 0


# -- what the report says ------------------------------------------------------------------------


def test_the_profile_used_is_said_and_generic_says_little_was_checked(tmp_path: Path) -> None:
    report = write(tmp_path / "bao-cao.docx", PLACEHOLDER)
    proc = soat("check", report)
    assert "\nHồ sơ văn bản: party-monthly-report.\n" in proc.stdout
    note = tmp_path / "ghi-chu.docx"
    note.write_bytes(build("p: Ghi chú cuộc họp chiều nay."))
    generic = soat("check", note)
    assert generic.returncode == 0
    [line] = [ln for ln in generic.stdout.splitlines() if ln.startswith("Hồ sơ văn bản")]
    assert line.startswith("Hồ sơ văn bản: generic: không nhận ra loại văn bản")
    assert "hầu hết quy tắc về thể thức không được kiểm tra" in line and "--profile" in line
    both = soat("check", report, note)
    assert "Hồ sơ văn bản: party-monthly-report (1 tệp); generic (1 tệp): " in both.stdout


def test_fixable_findings_are_marked(tmp_path: Path) -> None:
    doc = write(tmp_path / "a.docx", "p: Thực hiện Nghị quyết số 79 - NQ/TW về phát triển.\n"
                + PLACEHOLDER)
    proc = soat("check", "--select", "COD001,FMT010", doc)
    [cod] = [ln for ln in proc.stdout.splitlines() if " COD001 " in ln]
    [fmt] = [ln for ln in proc.stdout.splitlines() if " FMT010 " in ln]
    assert ": COD001 [*] error " in cod and "[*]" not in fmt
    assert '1 vấn đề đánh dấu [*] sửa được bằng "soat fix"' in proc.stdout
    listing = soat("rules").stdout.splitlines()
    assert listing[0].split()[:5] == ["MÃ", "TÊN", "NHÓM", "MỨC", "ĐỘ"] and "SỬA" in listing[0]
    [row] = [ln for ln in listing if ln.startswith("COD001 ")]
    assert "[*]" in row
    [row] = [ln for ln in listing if ln.startswith("FMT010 ")]
    assert "[*]" not in row


def test_report_date_applies_to_a_blank_date_line_unless_told_otherwise(tmp_path: Path) -> None:
    cited = "p: Kế hoạch số 12-KH/TU, ngày 15/01/2026 của Ban Thường vụ."
    filled = write(tmp_path / "filled.docx", cited)  # dated 30/01/2026 by its frame
    (tmp_path / "soat.toml").write_text('report-date = "2026-01-10"\n', encoding="utf-8")
    assert "DAT004" not in soat("check", "--select", "DAT004", filled).stdout
    blank = tmp_path / "blank.docx"
    blank.write_bytes(build(party_frame(cited, date="Hải Phòng, ngày    tháng 01 năm 2026")))
    assert "DAT004" in soat("check", "--select", "DAT004", blank).stdout
    (tmp_path / "soat.toml").write_text(
        'report-date = "2026-01-10"\nreport-date-override = true\n', encoding="utf-8")
    assert "DAT004" in soat("check", "--select", "DAT004", filled).stdout


def test_explain_is_vietnamese_with_examples_as_word_shows_them() -> None:
    proc = soat("explain", "DAT006")
    assert proc.returncode == 0
    assert proc.stdout.startswith("DAT006 citation-date-conflict\nCùng một văn bản")
    assert "\nVì sao:\n    Một văn bản chỉ có một ngày ban hành" in proc.stdout
    assert "  ► Thực hiện Chương trình số 05-CTr/TU, ngày 06/11/2026 của Thành ủy." in proc.stdout
    assert "# expect" not in proc.stdout and "p: " not in proc.stdout
    assert "Flags" not in proc.stdout


def test_python_dash_m_validator_is_the_same_command(tmp_path: Path) -> None:
    doc = write(tmp_path / "a.docx", PLACEHOLDER)
    module = subprocess.run([sys.executable, "-m", "validator", "check", "--select", "FMT010",
                             str(doc)], capture_output=True, text=True, timeout=300)
    script = soat("check", "--select", "FMT010", doc)
    assert module.returncode == script.returncode == 1
    assert module.stdout == script.stdout


@pytest.mark.skipif(os.name == "nt", reason="a POSIX pseudo-terminal")
def test_progress_shows_on_a_terminal_only(tmp_path: Path) -> None:
    import pty
    import select

    data = build(party_frame("p: Nội dung."))
    for i in range(12):
        (tmp_path / f"bao-cao-{i:02d}.docx").write_bytes(data)
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(SOAT), "check", "--select", "FMT010", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=300)
    os.close(master)
    assert "12/12 tệp".encode() in seen and b"1/12" in seen
    piped = soat("check", "--select", "FMT010", tmp_path)
    assert "tệp" not in piped.stderr  # no bar in a pipe or a CI log
