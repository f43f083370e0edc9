"""Command line: exit codes, bad files next to good ones, file discovery, formats, --jobs.

"Good" files are fake documents (b"FAKE\\n" + one paragraph per line) read by a stand-in for
the loader, so these tests do not depend on the loader; bad files are real bad bytes and go
through the real loader. Rules come from a fake plugin injected with ``main(plugins=...)``.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import jsonschema
import pytest

import validator
from validator import cli, hookimpl, loader
from validator.model import Document, Paragraph
from validator.plugins import Plugins, make_plugin_manager
from validator.report import Report
from validator.rule import Finding, Rule, Severity

VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


# -- rules and plugins -----------------------------------------------------------------------


class ErrorWord(Rule):
    """Flags the word "LỖI" as an error.

    Why: test rule.

    Bad:
        p: có LỖI
    Good:
        p: không có
    """

    id = "STR910"
    name = "error-word"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            at = p.text.find("LỖI")
            if at >= 0:
                yield Finding(p.at(at, 3), "Có chữ “LỖI”", suggestion="Bỏ chữ này.")


class WarnWord(Rule):
    """Flags the word "nhắc" as a warning.

    Why: test rule.

    Bad:
        p: nhắc
    Good:
        p: không
    """

    id = "DAT910"
    name = "warn-word"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            at = p.text.find("nhắc")
            if at >= 0:
                yield Finding(p.at(at, 4), "Có chữ “nhắc”")


class InfoWord(Rule):
    """Flags the word "ghi" as information.

    Why: test rule.

    Bad:
        p: ghi
    Good:
        p: không
    """

    id = "FMT910"
    name = "info-word"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            at = p.text.find("ghi")
            if at >= 0:
                yield Finding(p.at(at, 3), "Có chữ “ghi”")


class CrashOnBoom(Rule):
    """Raises on documents containing "BOOM".

    Why: test rule.

    Bad:
        p: BOOM
    Good:
        p: ok
    """

    id = "REF910"
    name = "crash-on-boom"

    def check(self, doc: Document) -> Iterator[Finding]:
        if any("BOOM" in p.text for p in doc.paragraphs()):
            raise ZeroDivisionError("chia cho 0")
        yield from ()


TEST_RULES = (ErrorWord, WarnWord, InfoWord, CrashOnBoom)


class RulesPlugin:
    """The test rules, with the built-in profiles and vocabulary (the built-in plugin is
    blocked)."""

    @hookimpl
    def soat_register_rules(self) -> Sequence[type[Rule]]:
        return TEST_RULES

    @hookimpl
    def soat_register_profiles(self) -> Sequence[str]:
        import rules

        return rules.soat_register_profiles()

    @hookimpl
    def soat_register_vocabulary(self) -> Sequence[str]:
        import rules

        return rules.soat_register_vocabulary()


def rule_plugins() -> Plugins:
    pm = make_plugin_manager(autoload=False, blocked=["rules"], environ={})
    pm.register(RulesPlugin(), name="test-rules")
    return Plugins(pm)


def fake_load(data: bytes, path: str = "<bytes>", limits: object = None) -> Document:
    if data.startswith(b"FAKE\n"):
        paras = tuple(
            Paragraph(part="body", index=i, text=t)
            for i, t in enumerate(data[5:].decode().splitlines())
        )
        return Document(path=path, blocks=paras, body_paragraphs=paras)
    return REAL_LOAD(data, path, limits)  # type: ignore[arg-type]


REAL_LOAD = loader.load_bytes


@pytest.fixture(autouse=True)
def _fake_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "load_bytes", fake_load)
    monkeypatch.delenv("SOAT_DEBUG", raising=False)
    monkeypatch.delenv("SOAT_NO_PLUGINS", raising=False)
    monkeypatch.delenv("SOAT_DISABLE_PLUGINS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


def run(
    capsys: pytest.CaptureFixture[str], *argv: str | os.PathLike[str], plugins: bool = True
) -> tuple[int, str, str]:
    code = cli.main([os.fspath(a) for a in argv], plugins=rule_plugins() if plugins else None)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else b"FAKE\n" + content.encode())
    return path


def _zip(**parts: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


BAD_FILES = {
    "rong.docx": b"",
    "ngau-nhien.docx": os.urandom(1) + bytes(range(255)) * 9,
    "zip-thieu-noi-dung.docx": _zip(**{"[Content_Types].xml": b"<Types/>"}),
    "word-cu.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024,
}


def schema() -> dict[str, object]:
    with open(validator.schemas_dir() / "report.schema.json", encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


# -- exit codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fail_on", "expected"),
    [
        ("sạch", "error", 0),
        ("có LỖI", "error", 1),
        ("có LỖI", "never", 0),
        ("nhắc", "error", 0),
        ("nhắc", "warning", 1),
        ("ghi", "warning", 0),
        ("ghi", "info", 1),
        ("có LỖI", "info", 1),
    ],
)
def test_fail_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fail_on: str, expected: int
) -> None:
    path = write(tmp_path, "a.docx", content)
    code, _, _ = run(capsys, "check", path, "--fail-on", fail_on)
    assert code == expected


def test_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.docx", "dòng một\nđây có LỖI rồi")
    code, out, _ = run(capsys, "check", path)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{path}:¶2: STR910 error Có chữ “LỖI” (error-word)"
    assert lines[1] == "    đây có LỖI rồi"
    assert lines[2] == "    → Gợi ý: Bỏ chữ này."
    assert lines[-1] == "Đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin."


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_next_to_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    good1 = write(tmp_path, "1-tot.docx", "có LỖI")
    bad = write(tmp_path, name, BAD_FILES[name])
    good2 = write(tmp_path, "9-tot.docx", "nhắc")
    before = bad.read_bytes()
    code, out, _ = run(capsys, "check", "--format", "json", good1, bad, good2)
    assert code == 2
    assert bad.read_bytes() == before, "the input is never modified"
    data = json.loads(out)
    jsonschema.validate(data, schema())
    by_path = {f["path"]: f for f in data["files"]}
    assert [f["path"] for f in data["files"]] == [str(good1), str(bad), str(good2)]
    failed = by_path[str(bad)]
    assert failed["status"] == "failed" and failed["error"]["code"]
    assert VIETNAMESE & set(failed["error"]["message"].lower())
    assert by_path[str(good1)]["violations"][0]["rule"] == "STR910"
    assert by_path[str(good2)]["violations"][0]["rule"] == "DAT910"
    assert data["summary"] == {"files": 3, "failed": 1, "errors": 1, "warnings": 1, "info": 0}

    code, out, _ = run(capsys, "check", good1, bad, good2)
    assert code == 2
    assert f"{bad}: LỖI ĐỌC TỆP ({failed['error']['code']}): " in out
    assert out.splitlines()[-1] == (
        "Đã kiểm tra 3 tệp: 1 lỗi, 1 cảnh báo, 0 thông tin; 1 tệp không đọc được."
    )


def test_missing_path_is_a_usage_error_but_others_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "a.docx", "sạch")
    missing = tmp_path / "khong-co.docx"
    code, out, err = run(capsys, "check", missing, good)
    assert code == 2
    assert f'không tìm thấy "{missing}"' in err
    assert f"{missing}: LỖI ĐỌC TỆP (not-found)" in out
    assert "Đã kiểm tra 2 tệp" in out


def test_crashed_rule_exits_2_and_other_files_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boom = write(tmp_path, "a.docx", "BOOM có LỖI")
    good = write(tmp_path, "b.docx", "nhắc")
    code, out, _ = run(capsys, "check", boom, good, "--format", "json")
    assert code == 2
    data = json.loads(out)
    first, second = data["files"]
    assert first["rule_errors"] == [
        {"rule": "REF910", "error_type": "ZeroDivisionError", "message": "chia cho 0"}
    ]
    assert [v["rule"] for v in first["violations"]] == ["STR910"]
    assert [v["rule"] for v in second["violations"]] == ["DAT910"]


# -- discovery -------------------------------------------------------------------------------


def test_folder_discovery(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "b.docx", "sạch")
    write(tmp_path, "a.DOCX", "sạch")
    write(tmp_path, "con/c.docx", "sạch")
    write(tmp_path, "~$b.docx", b"\x00lock")
    write(tmp_path, "._a.docx", b"\x00fork")
    write(tmp_path, ".an/d.docx", "sạch")
    write(tmp_path, "macro.docm", "sạch")
    write(tmp_path, "mau.dotx", "sạch")
    write(tmp_path, "MAU CU.DOTM", "sạch")
    write(tmp_path, "ghi-chu.txt", "sạch")
    found = [path for path, _ in cli.collect_files([str(tmp_path)])]
    # Word documents and templates, with or without macros, in any letter case
    assert found == [str(tmp_path / n) for n in (
        "MAU CU.DOTM", "a.DOCX", "b.docx", "macro.docm", "mau.dotx", "con/c.docx")]

    explicit = [str(tmp_path / "mau.dotx"), str(tmp_path / "ghi-chu.txt"), str(tmp_path)]
    found = [path for path, _ in cli.collect_files(explicit)]
    assert found[:2] == explicit[:2] and len(found) == 7

    # the same file twice is checked once
    again = [str(tmp_path / "b.docx"), str(tmp_path)]
    found = [path for path, _ in cli.collect_files(again)]
    assert found.count(str(tmp_path / "b.docx")) == 1 and len(found) == 6

    code, out, _ = run(capsys, "check", tmp_path)
    assert code == 0 and "Đã kiểm tra 6 tệp" in out


def test_explicit_lock_file_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = write(tmp_path, "~$bao-cao.docx", b"\x00lock")
    code, out, err = run(capsys, "check", lock)
    assert code == 0 and "tệp khoá" in err and "Đã kiểm tra 0 tệp" in out


def test_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", tmp_path)
    assert code == 0 and "không có văn bản Word nào" in err


# -- options ---------------------------------------------------------------------------------


def test_select_and_ignore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.docx", "có LỖI nhắc ghi")

    def rules_hit(*opts: str) -> list[str]:
        code, out, _ = run(capsys, "check", path, "--format", "json", *opts)
        assert code in (0, 1)
        return [v["rule"] for v in json.loads(out)["files"][0]["violations"]]

    assert rules_hit() == ["STR910", "DAT910", "FMT910"]
    assert rules_hit("--select", "DAT,FMT") == ["DAT910", "FMT910"]
    assert rules_hit("--select", "ALL", "--ignore", "STR910") == ["DAT910", "FMT910"]
    assert rules_hit("--ignore", "ALL", "--select", "fmt910") == ["FMT910"]
    assert rules_hit("--select", "DAT", "--select", "STR") == ["STR910", "DAT910"]


def test_unknown_selector_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.docx", "sạch")
    code, out, err = run(capsys, "check", path, "--select", "XYZ123")
    assert code == 2 and out == ""
    assert "soat: lỗi:" in err and "XYZ123" in err


def test_json_output_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.docx", "có LỖI")
    target = tmp_path / "ket-qua.json"
    code, out, _ = run(capsys, "check", path, "--format", "json", "--output", target)
    assert code == 1 and out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    assert Report.from_dict(data).to_dict() == data
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_must_not_overwrite_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.docx", "có LỖI")
    before = path.read_bytes()
    code, _, err = run(capsys, "check", path, "--output", path)
    assert code == 2 and "trùng" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["check"], "thiếu tham số bắt buộc"),
        (["check", "x.docx", "--format", "xml"], "không hợp lệ"),
        (["check", "x.docx", "--fail-on", "fatal"], "không hợp lệ"),
        (["check", "x.docx", "--jobs", "nhiều"], "không phải kiểu int"),
        (["check", "x.docx", "--jobs", "-1"], "--jobs"),
        (["kiem-tra"], "không hợp lệ"),
        (["check", "x.docx", "--bogus"], "tham số không nhận ra"),
        ([], "LỆNH"),
    ],
)
def test_usage_errors_in_vietnamese(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert needle in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "Cách dùng:" in out and "lệnh" in out
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0 and "--fail-on" in out and "tùy chọn" in out
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"soat {validator.__version__}"


def test_format_choices_come_from_emitters(capsys: pytest.CaptureFixture[str]) -> None:
    names = sorted(rule_plugins().emitters())
    assert {"json", "text"} <= set(names)
    code, out, _ = run(capsys, "check", "--help")
    assert "{" + ",".join(names) + "}" in out


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the fake loader reaches workers only through fork",
)
def test_jobs_output_identical_to_serial(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contents = ["có LỖI", "nhắc", "ghi", "sạch", "BOOM", "LỖI và nhắc"]
    for i, text in enumerate(contents):
        write(tmp_path, f"{i:02d}.docx", text)
    write(tmp_path, "hong.docx", BAD_FILES["rong.docx"])
    for fmt in ("text", "json"):
        serial = run(capsys, "check", tmp_path, "--format", fmt)
        parallel = run(capsys, "check", tmp_path, "--format", fmt, "--jobs", "3")
        assert serial == parallel
        assert serial[0] == 2


# -- rules and explain -----------------------------------------------------------------------


def test_rules_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["MÃ", "TÊN", "NHÓM"]
    assert lines[1].split()[:4] == ["DAT910", "warn-word", "date", "warning"]
    assert "Tổng cộng 4 quy tắc." in out

    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data[0] == {
        "id": "DAT910", "name": "warn-word", "category": "date", "severity": "warning",
        "fixable": False, "summary": 'Flags the word "nhắc" as a warning.',
        # a rule without a Vietnamese description falls back to its docstring summary
        "summary_vi": 'Flags the word "nhắc" as a warning.',
    }
    assert [r["id"] for r in data] == sorted(r["id"] for r in data)


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "str910")
    assert code == 0
    assert out.startswith("STR910 error-word\n")
    assert 'Flags the word "LỖI" as an error.' in out
    for title in ("Vì sao:", "Ví dụ sai:", "Ví dụ đúng:", "Tự sửa được (soat fix): không"):
        assert title in out
    assert "\n    có LỖI\n" in out and "p: có LỖI" not in out


def test_explain_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "XYZ999")
    assert code == 2 and out == ""
    assert 'không có quy tắc "XYZ999"' in err


# -- plugins from the command line and robustness ------------------------------------------


def test_real_plugin_manager_with_no_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json", "--no-plugins", plugins=False)
    assert code == 0
    assert isinstance(json.loads(out), list)


def test_disable_builtin_emitters_leaves_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.docx", "sạch")
    code, _, err = run(
        capsys, "check", path, "--disable-plugin", "validator.emitters", plugins=False
    )
    assert code == 2 and "soat: lỗi" in err


def test_trace_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "rules", "--trace-plugins", "--no-plugins", plugins=False)
    assert code == 0 and "soat_register_rules" in err


def test_internal_error_has_no_traceback_unless_debug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "a.docx", "sạch")

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("hỏng")

    from validator.cli import check

    monkeypatch.setattr(check, "run_checks", explode)
    code, _, err = run(capsys, "check", path)
    assert code == 2 and "lỗi nội bộ" in err and "SOAT_DEBUG" in err

    monkeypatch.setenv("SOAT_DEBUG", "1")
    code = cli.main(["check", str(path)], plugins=rule_plugins())
    _, err = capsys.readouterr()
    assert code == 2 and "Traceback" in err


def test_python_dash_m(tmp_path: Path) -> None:
    bad = write(tmp_path, "rong.docx", b"")
    env = {**os.environ, "NO_COLOR": "1", "SOAT_NO_PLUGINS": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "validator", "check", str(bad), "--select", "ALL"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "LỖI ĐỌC TỆP" in proc.stdout and "Traceback" not in proc.stdout + proc.stderr


def test_exit_code_function() -> None:
    from validator.report import FileError, FileResult

    clean = Report(files=[FileResult(path="a")])
    assert cli.exit_code(clean) == 0
    assert cli.exit_code(clean, usage_error=True) == 2
    failed = Report(files=[FileResult(path="a", status="failed", error=FileError("x", "y"))])
    assert cli.exit_code(failed, "never") == 2


def test_unknown_profile_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.docx", "sạch")
    code, out, err = run(capsys, "check", path, "--profile", "khong-co")
    assert code == 2 and out == ""
    assert 'soat: lỗi: không có hồ sơ "khong-co"' in err
    code, out, _ = run(capsys, "check", path, "--profile", "state-report", "--format", "json")
    assert code == 0
    assert json.loads(out)["files"][0]["profile"] == "state-report"


class _Tty:
    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.written: list[str] = []

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_bar_only_for_long_batches_on_a_terminal() -> None:
    from validator.cli import Progress

    tty = _Tty(True)
    bar = Progress.for_batch(12, tty)  # type: ignore[arg-type]
    for _ in range(12):
        bar.step()
    bar.close()
    assert any("12/12 tệp" in w for w in tty.written)
    assert tty.written[-1].startswith("\r") and tty.written[-1].strip() == ""

    pipe = _Tty(False)
    bar = Progress.for_batch(200, pipe)  # type: ignore[arg-type]
    bar.step()
    bar.close()
    assert pipe.written == []

    short = _Tty(True)
    bar = Progress.for_batch(3, short)  # type: ignore[arg-type]
    bar.step()
    bar.close()
    assert short.written == []


def test_rules_and_explain_describe_rules_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    from validator import cli
    from validator.plugins import Plugins, make_plugin_manager

    plugins = Plugins(make_plugin_manager(autoload=False))
    assert cli.main(["rules"], plugins=plugins) == 0
    out = capsys.readouterr().out
    assert "Cùng một văn bản được dẫn với các ngày khác nhau" in out  # DAT006
    assert cli.main(["explain", "DAT006"], plugins=plugins) == 0
    out = capsys.readouterr().out
    assert "Flags a document code" not in out  # the developers' English stays in the code
    assert "Vì sao:\n    Một văn bản chỉ có một ngày ban hành" in out
    assert "# expect" not in out and "p: " not in out
