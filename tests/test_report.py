"""Report model, JSON schema and emitters on one shared, fixed report."""

from __future__ import annotations

import copy
import io
import json
import pickle
from typing import Any

import jsonschema
import pytest

import validator
from validator.emitters.json import JsonEmitter
from validator.emitters.text import TextEmitter, describe_location, summary_line, use_colour
from validator.model import Location
from validator.report import (
    SCHEMA_ID,
    FileError,
    FileResult,
    Report,
    RuleError,
    Violation,
    location_sort_key,
)
from validator.rule import Category, Related, Severity


def schema() -> dict[str, Any]:
    with open(validator.schemas_dir() / "report.schema.json", encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def validate(data: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema()).validate(data)


def violation(rule: str = "DAT003", severity: Severity = Severity.ERROR, **kw: Any) -> Violation:
    base: dict[str, Any] = {
        "rule": rule,
        "name": "invalid-date",
        "category": Category.DATE,
        "severity": severity,
        "message": "Ngày 31/02/2024 không tồn tại",
        "excerpt": "…đã ký ngày 31/02/2024 tại Hà Nội…",
        "location": Location(paragraph=11, section="II.1", offset=12, length=10),
        "fingerprint": "0123456789abcdef",
    }
    base.update(kw)
    return Violation(**base)


REPORT = Report(
    files=[
        FileResult(
            path="du-thao/bao-cao.docx",
            profile="state-report",
            violations=[
                violation(suggestion="Sửa lại ngày tháng."),
                violation(
                    "ARI001", Severity.WARNING, name="total-mismatch",
                    category=Category.ARITHMETIC, message="Tổng 120 khác 118",
                    location=Location(paragraph=40, table=2, row=3, cell=1),
                    excerpt="120", fingerprint="fedcba9876543210",
                    related=(Related(Location(paragraph=41, table=2, row=4, cell=1),
                                     "dòng tổng", "118"),),
                ),
                violation(
                    "REF002", Severity.INFO, name="footnote-unused",
                    category=Category.CROSS_REFERENCE, message="Chú thích không được dẫn",
                    location=Location(part="footnote", paragraph=0, footnote=5),
                    excerpt="Nguồn: …", fingerprint="00000000000000ff",
                ),
            ],
            rule_errors=[RuleError("CON001", "ValueError", "bad number")],
            suppressed=2,
        ),
        FileResult(
            path="du-thao/hong.docx",
            status="failed",
            error=FileError("not-zip", "Tệp không phải văn bản Word .docx."),
        ),
        FileResult(path="du-thao/sach.docx", profile="generic"),
    ],
    version="0.1.0",
)


# -- model and dict shape --------------------------------------------------------------------


def test_to_dict_shape() -> None:
    d = REPORT.to_dict()
    assert list(d) == ["schema_version", "tool", "files", "summary"]
    assert d["schema_version"] == "2.0"
    assert d["tool"] == {"name": "soat", "version": "0.1.0"}
    assert d["summary"] == {"files": 3, "failed": 1, "errors": 1, "warnings": 1, "info": 1}
    first, failed, clean = d["files"]
    assert list(first) == [
        "path", "status", "profile", "violations", "rule_errors", "suppressed",
    ]
    assert list(failed) == ["path", "status", "error", "profile", "violations", "rule_errors"]
    assert failed["error"] == {"code": "not-zip", "message": "Tệp không phải văn bản Word .docx."}
    assert "suppressed" not in clean and "error" not in clean
    v = first["violations"][0]
    assert list(v) == [
        "rule", "name", "category", "severity", "message", "excerpt", "location",
        "suggestion", "fingerprint",
    ]
    assert v["location"] == {
        "part": "body", "paragraph": 12, "section": "II.1", "table": None, "row": None,
        "cell": None, "footnote": None, "offset": 12, "length": 10,
    }
    assert first["violations"][1]["related"][0]["excerpt"] == "118"
    assert "related" not in v and "suggestion" not in first["violations"][1]
    assert first["rule_errors"] == [
        {"rule": "CON001", "error_type": "ValueError", "message": "bad number"}
    ]


def test_round_trip() -> None:
    d = REPORT.to_dict()
    back = Report.from_dict(d)
    assert back == REPORT
    assert back.to_dict() == d
    assert Report.from_dict(json.loads(json.dumps(d))) == REPORT


def test_from_dict_rejects_another_major_version() -> None:
    d = REPORT.to_dict()
    for other in ("1.0", "3.0"):
        d["schema_version"] = other
        with pytest.raises(ValueError, match="schema_version"):
            Report.from_dict(d)


def test_picklable() -> None:
    assert pickle.loads(pickle.dumps(REPORT)) == REPORT


def test_worst_and_counts() -> None:
    assert REPORT.worst() == Severity.ERROR
    assert Report(files=[FileResult(path="a")]).worst() is None
    assert REPORT.rule_errors == 1


def test_default_version_is_the_package_version() -> None:
    assert Report().version == validator.__version__ == "0.1.0"


def test_part_order() -> None:
    parts = ["properties", "comment", "footer", "header", "endnote", "footnote", "textbox", "body"]
    ordered = sorted((Location(part=p) for p in parts), key=location_sort_key)
    assert [loc.part for loc in ordered] == list(reversed(parts))


# -- schema ----------------------------------------------------------------------------------


def test_schema_is_valid_2020_12_with_versioned_id() -> None:
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert s["$id"] == SCHEMA_ID == "https://soat.invalid/schemas/report-2.json"
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_report_validates() -> None:
    validate(REPORT.to_dict())
    validate(Report().to_dict())


def _mutations() -> list[tuple[str, Any]]:
    def set_in(path: list[Any], value: Any) -> Any:
        def apply(d: dict[str, Any]) -> None:
            target: Any = d
            for key in path[:-1]:
                target = target[key]
            if value is KeyError:
                del target[path[-1]]
            else:
                target[path[-1]] = value

        return apply

    v = ["files", 0, "violations", 0]
    return [
        ("extra top-level key", set_in(["extra"], 1)),
        ("bad severity", set_in([*v, "severity"], "fatal")),
        ("bad category", set_in([*v, "category"], "style")),
        ("bad rule id", set_in([*v, "rule"], "dat003")),
        ("bad fingerprint", set_in([*v, "fingerprint"], "xyz")),
        ("missing excerpt", set_in([*v, "excerpt"], KeyError)),
        ("location field missing", set_in([*v, "location", "offset"], KeyError)),
        ("location field string", set_in([*v, "location", "paragraph"], "12")),
        ("unknown part", set_in([*v, "location", "part"], "styles")),
        ("bad status", set_in(["files", 0, "status"], "skipped")),
        ("failed without error", set_in(["files", 1, "error"], KeyError)),
        ("checked with error", set_in(["files", 2, "error"], {"code": "x", "message": "y"})),
        ("negative count", set_in(["summary", "errors"], -1)),
        ("renamed field", set_in([*v, "rule_id"], "DAT003")),
    ]


@pytest.mark.parametrize(("what", "mutate"), _mutations(), ids=[m[0] for m in _mutations()])
def test_schema_rejects(what: str, mutate: Any) -> None:
    d = copy.deepcopy(REPORT.to_dict())
    mutate(d)
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


# -- emitters --------------------------------------------------------------------------------


def emit(emitter: Any, report: Report = REPORT) -> str:
    out = io.StringIO()
    emitter.emit(report, out)
    return out.getvalue()


def test_json_emitter() -> None:
    text = emit(JsonEmitter())
    assert "Ngày 31/02/2024" in text, "ensure_ascii=False keeps Vietnamese readable"
    data = json.loads(text)
    assert data == REPORT.to_dict()
    validate(data)
    assert Report.from_dict(data) == REPORT


def test_text_emitter_lines() -> None:
    lines = emit(TextEmitter(colour=False)).splitlines()
    assert lines[0] == (
        "du-thao/bao-cao.docx:¶12 [II.1]: DAT003 error Ngày 31/02/2024 không tồn tại "
        "(invalid-date)"
    )
    assert lines[1] == "    …đã ký ngày 31/02/2024 tại Hà Nội…"
    assert lines[2] == "    → Gợi ý: Sửa lại ngày tháng."
    assert lines[3] == (
        "du-thao/bao-cao.docx:¶41, bảng 3, hàng 4, ô 2: ARI001 warning Tổng 120 khác 118 "
        "(total-mismatch)"
    )
    assert lines[5].startswith("    ↳ Liên quan (¶42, bảng 3, hàng 5, ô 2): dòng tổng")
    assert any(line.startswith("du-thao/bao-cao.docx:chú thích 5: REF002 info") for line in lines)
    assert "du-thao/bao-cao.docx: LỖI QUY TẮC CON001 (ValueError): bad number" in lines
    assert (
        "du-thao/hong.docx: LỖI ĐỌC TỆP (not-zip): Tệp không phải văn bản Word .docx." in lines
    )
    assert lines[-1] == (
        "Đã kiểm tra 3 tệp: 1 lỗi, 1 cảnh báo, 1 thông tin; 1 tệp không đọc được; "
        "1 lần quy tắc gặp sự cố."
    )
    assert "\x1b[" not in "\n".join(lines)


def test_summary_line_plain() -> None:
    clean = Report(files=[FileResult(path="a.docx"), FileResult(path="b.docx")])
    assert summary_line(clean) == "Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin."


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        (Location(paragraph=0), "¶1"),
        (Location(paragraph=3, table=0, row=1, cell=2), "¶4, bảng 1, hàng 2, ô 3"),
        (Location(table=2), "bảng 3"),
        (Location(part="footnote", paragraph=7, footnote=5), "chú thích 5"),
        (Location(part="endnote", footnote=1), "chú thích cuối 1"),
        (Location(part="header", paragraph=0), "đầu trang"),
        (Location(part="footer"), "chân trang"),
        (Location(part="textbox", paragraph=2), "hộp văn bản, ¶3"),
        (Location(part="properties"), "thuộc tính tài liệu"),
        (Location(part="comment"), "nhận xét"),
    ],
)
def test_describe_location(loc: Location, expected: str) -> None:
    assert describe_location(loc) == expected


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_tty_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(_Tty()) is True
    assert use_colour(io.StringIO()) is False
    tty = _Tty()
    TextEmitter().emit(REPORT, tty)
    assert "\x1b[31merror\x1b[0m" in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(_Tty()) is False
    tty = _Tty()
    TextEmitter().emit(REPORT, tty)
    assert "\x1b[" not in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "")
    assert use_colour(_Tty()) is True, "an empty NO_COLOR does not disable colour"
