"""The sarif, github and json-lines output formats."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import rules.formatting as formatting
from tests.outline import build, state_frame
from validator.emitters import soat_register_emitters
from validator.emitters.github import GithubEmitter, escape_property
from validator.emitters.jsonlines import JsonLinesEmitter
from validator.emitters.sarif import SarifEmitter, logical_name
from validator.engine import check_bytes, failed
from validator.model import Location
from validator.report import Report

SARIF_SCHEMA = (
    Path(__file__).resolve().parents[1] / "schemas" / "external" / "sarif-schema-2.1.0.json"
)

BODY = """
p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường.
p: Doanh thu tăng {hl:12%} so với cùng kỳ.
table: STT | Nội dung // 1 | Đồng chí …… phụ trách
"""


def _report() -> Report:
    data = build(state_frame(BODY))
    result = check_bytes(data, "reports/bao-cao.docx", rules=formatting.RULES)
    broken = failed("reports/hong.docx", "corrupt", "Tệp bị hỏng.")
    return Report(files=[result, broken], version="0.0-test")


def _emit(emitter: object, report: Report) -> str:
    out = io.StringIO()
    emitter.emit(report, out)  # type: ignore[attr-defined]
    return out.getvalue()


def test_formats_are_registered() -> None:
    names = soat_register_emitters()
    assert {"sarif", "github", "json-lines"} <= set(names)


@pytest.mark.parametrize(("loc", "name"), [
    (Location(paragraph=11, section="II.1"), "body/section[II.1]/p[12]"),
    (Location(paragraph=40, table=2, row=3, cell=1), "body/table[3]/row[4]/cell[2]"),
    (Location(part="footnote", paragraph=0, footnote=5), "footnote[5]/p[1]"),
    (Location(part="header", paragraph=0), "header/p[1]"),
])
def test_logical_names(loc: Location, name: str) -> None:
    assert logical_name(loc) == name


def test_sarif_shape() -> None:
    report = _report()
    sarif = json.loads(_emit(SarifEmitter(rules=formatting.RULES), report))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    assert by_id["FMT010"]["name"] == "placeholder-text-left"
    fmt010 = by_id["FMT010"]
    assert fmt010["shortDescription"]["text"].startswith("Còn chỗ trống hoặc chữ giữ chỗ")
    assert "Dự thảo được làm từ mẫu" in fmt010["fullDescription"]["text"]
    assert fmt010["helpUri"].endswith("/rules/FMT010")
    assert "Ví dụ sai" in fmt010["help"]["text"] and "# expect" not in fmt010["help"]["text"]
    assert "```text" in fmt010["help"]["markdown"]
    results = run["results"]
    assert {"FMT009", "FMT010"} <= {r["ruleId"] for r in results}
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == "reports/bao-cao.docx"
        assert loc["logicalLocations"][0]["kind"] == "element"
        assert loc["message"]["text"]
        region = loc["physicalLocation"].get("region")
        if region is not None:  # a paragraph of the main text: its number is the line
            assert region["snippet"]["text"] and region["startLine"] >= 1
            assert f"¶{region['startLine']}" in loc["message"]["text"]
        assert len(r["partialFingerprints"]["soat/v2"]) == 16
        assert ".." not in r["message"]["text"]
    names = [r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in results]
    assert any("/table[2]/row[2]/cell[2]" in n for n in names), names
    assert run["invocations"][0]["executionSuccessful"] is False  # the corrupt file


def test_sarif_fingerprints_survive_an_insertion_above() -> None:
    def prints(body: str) -> set[str]:
        data = build(state_frame(body))
        result = check_bytes(data, "a.docx", rules=formatting.RULES)
        sarif = SarifEmitter(rules=formatting.RULES).to_sarif(Report(files=[result]))
        return {r["partialFingerprints"]["soat/v2"] for r in sarif["runs"][0]["results"]}

    before = prints(BODY)
    after = prints("p: Một đoạn mới được thêm vào đầu báo cáo.\n" + BODY)
    assert before and before == after


def test_sarif_validates_against_the_schema() -> None:
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    sarif = json.loads(_emit(SarifEmitter(rules=formatting.RULES), _report()))
    jsonschema.Draft4Validator(schema).validate(sarif)
    empty = SarifEmitter(rules=formatting.RULES).to_sarif(Report(files=[]))
    jsonschema.Draft4Validator(schema).validate(empty)


def test_github_annotations() -> None:
    lines = _emit(GithubEmitter(), _report()).splitlines()
    placeholders = [ln for ln in lines if "soat (FMT010)" in ln]
    assert placeholders[0].startswith(
        "::error file=reports/bao-cao.docx,title=soat (FMT010)::")
    assert "line=" not in placeholders[0]
    assert any(ln.startswith("::warning file=reports/bao-cao.docx,title=soat (FMT009)::")
               for ln in lines)
    assert any(ln.startswith("::error file=reports/hong.docx") for ln in lines)
    assert all("\n" not in ln for ln in lines)
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_json_lines() -> None:
    report = _report()
    records = [json.loads(ln) for ln in _emit(JsonLinesEmitter(), report).splitlines()]
    violations = [r for r in records if r["type"] == "violation"]
    assert len(violations) == sum(len(f.violations) for f in report.files)
    assert all(r["path"] == "reports/bao-cao.docx" and r["rule"] for r in violations)
    errors = [r for r in records if r["type"] == "file-error"]
    assert errors == [{"type": "file-error", "path": "reports/hong.docx", "code": "corrupt",
                       "message": "Tệp bị hỏng."}]


def _body_paragraph_number(data: bytes, needle: str) -> int:
    """The number of the first body paragraph containing ``needle``, counted from 1 in
    document order (paragraphs inside tables included), read with python-docx."""
    import docx
    from docx.oxml.ns import qn

    body = docx.Document(io.BytesIO(data)).element.body
    for number, p in enumerate(body.iter(qn("w:p")), start=1):
        if needle in "".join(t.text or "" for t in p.iter(qn("w:t"))):
            return number
    raise AssertionError(needle)


def test_every_output_counts_from_one() -> None:
    """Paragraphs, tables, rows and cells carry the same numbers, counted from 1 as a reader
    counts them, in the JSON report, JSON lines, SARIF, GitHub annotations and text."""
    from validator.emitters.json import JsonEmitter
    from validator.emitters.text import TextEmitter

    data = build(state_frame(BODY))
    number = _body_paragraph_number(data, "Hội nghị tổ chức")
    report = Report(files=[check_bytes(data, "a.docx", rules=formatting.RULES)])
    in_paragraph = f"¶{number}"
    in_table = "bảng 2, hàng 2, ô 2"  # the header block is table 1; "Đồng chí …… phụ trách"

    violations = json.loads(_emit(JsonEmitter(), report))["files"][0]["violations"]
    lines = [json.loads(ln) for ln in _emit(JsonLinesEmitter(), report).splitlines()]
    for records in (violations, [r for r in lines if r["type"] == "violation"]):
        locations = [r["location"] for r in records if r["rule"] == "FMT010"]
        assert {"paragraph": number, "table": None} in [
            {"paragraph": loc["paragraph"], "table": loc["table"]} for loc in locations]
        assert (2, 2, 2) in [(loc["table"], loc["row"], loc["cell"]) for loc in locations]
    text = _emit(TextEmitter(colour=False), report)
    github = _emit(GithubEmitter(), report)
    for out in (text, github):
        assert f"{in_paragraph}:" in out or f"{in_paragraph} " in out or f"{in_paragraph}," in out
        assert in_table in out
    sarif = SarifEmitter(rules=formatting.RULES).to_sarif(report)
    names = [r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
             for r in sarif["runs"][0]["results"]]
    assert any(n.endswith(f"/p[{number}]") for n in names), names
    regions = [r["locations"][0]["physicalLocation"].get("region")
               for r in sarif["runs"][0]["results"]]
    assert any(g and g["startLine"] == number and "xx/xx/2026" in g["snippet"]["text"]
               for g in regions), regions
    assert any(n.endswith("/table[2]/row[2]/cell[2]") for n in names), names
