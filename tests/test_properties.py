"""Property tests: random documents and random mutations of a real one never break ``check``.

Three sources of input, all checked with every built-in rule:

- random reports written in the outline DSL (headings, numbered items, figures, dates, codes,
  tables, footnotes) with or without a Party or state frame;
- byte-level mutations of a small real .docx (flipped, inserted, deleted bytes, truncation);
- XML-level mutations of its parts (elements removed, duplicated, moved, attributes and text
  replaced, the XML cut short), re-zipped so that the package itself stays readable;
- zip-level and XML-level mutations of the real reports in ``examples/`` (``tests/mutations.py``:
  damaged entries, duplicate or escaping names, DOCTYPEs, huge paragraphs, deep nesting, odd
  numbering, notes, styles and relationships), which ``annotate`` and ``fix`` also process.

For each: the result is ``checked`` or ``failed`` (never an exception, never a rule crash), every
location resolves into the document, two runs give identical reports, and the JSON validates
against ``schemas/report.schema.json``. A mutant is checked within its time budget; annotate and
fix refuse it with a message or write a copy that soat and python-docx read again.

Example counts are modest by default; ``HYPOTHESIS_PROFILE=ci-long pytest tests/test_properties.py``
runs many more by hand.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import zipfile
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st
from lxml import etree

import validator
from tests.harness import location_problems
from tests.mutations import KINDS, XML_KINDS, ZIP_KINDS, mutate
from tests.outline import build, party_frame, state_frame
from validator import engine, loader
from validator.loader import LoadError
from validator.report import Report

settings.register_profile(
    "soat-default", max_examples=25, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci-long", max_examples=400, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "soat-default")
PROFILE = settings.get_profile(_PROFILE if _PROFILE in ("soat-default", "ci-long")
                               else "soat-default")


# -- checking ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def rules() -> tuple[type, ...]:
    return engine.default_rules()


@lru_cache(maxsize=1)
def schema_validator() -> jsonschema.Draft202012Validator:
    with open(validator.schemas_dir() / "report.schema.json", encoding="utf-8") as fh:
        return jsonschema.Draft202012Validator(json.load(fh))


def check_properties(data: bytes) -> None:
    """Everything ``check`` must guarantee for any input."""
    first = engine.check_bytes(data, "prop.docx", rules=rules())
    assert first.status in ("checked", "failed")
    if first.status == "failed":
        assert first.error is not None and first.error.code and first.error.message
    crashed = [f"{e.rule}: {e.error_type}: {e.message}" for e in first.rule_errors]
    assert not crashed, "rules crashed:\n" + "\n".join(crashed)

    second = engine.check_bytes(data, "prop.docx", rules=rules())
    assert second == first, "two runs differ"
    report = Report(files=[first]).to_dict()
    assert Report(files=[second]).to_dict() == report
    schema_validator().validate(json.loads(json.dumps(report)))

    try:
        doc = loader.load_bytes(data, "prop.docx")
    except LoadError as exc:
        assert first.status == "failed" and exc.code
        return
    if first.status == "checked":
        problems = location_problems(doc, first.violations)
        assert not problems, "\n".join(problems)


# -- random outlines -----------------------------------------------------------------------

SPECIAL = set("\\*_^[]{}~+|/#")


def esc(text: str) -> str:
    return "".join("\\" + c if c in SPECIAL else c for c in text)


WORDS = ("công tác", "tuyên truyền", "Đảng viên", "kết nạp", "chi bộ", "nhiệm vụ", "tháng",
         "đạt", "tăng", "so với cùng kỳ", "Thành ủy", "Ủy ban nhân dân", "kế hoạch", "triển khai",
         "tổng số", "trong đó", "gồm", "xã", "phường", "tỷ lệ")
word = st.sampled_from(WORDS)
number = st.one_of(
    st.integers(0, 100_000).map(lambda n: f"{n:,}".replace(",", ".")),
    st.tuples(st.integers(0, 120), st.integers(0, 99)).map(lambda t: f"{t[0]},{t[1]}%"),
    st.integers(0, 40).map(lambda n: f"{n:02d}"),
)
date = st.tuples(st.integers(0, 35), st.integers(0, 14), st.integers(1990, 2030)).map(
    lambda t: st.sampled_from([f"ngày {t[0]:02d} tháng {t[1]:02d} năm {t[2]}",
                               f"{t[0]}/{t[1]}/{t[2]}", f"ngày {t[0]}-{t[1]}-{t[2]}"]))
code = st.tuples(st.integers(1, 500), st.sampled_from(["NQ/TU", "KH/TU", "BC/TU", "QĐ-UBND",
                                                        "CT/TW", "HD/VPTW", "XYZ"]),
                 st.sampled_from(["", "-", " "])).map(lambda t: f"số {t[0]:02d}{t[2]}{t[1]}")
free_text = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẾỀ0123456789"
                                                   " .,;:()-–%\"'\u00a0\u200b\t")),
                    max_size=60)
fragment = st.one_of(word, number, code, free_text, date.flatmap(lambda s: s))


@st.composite
def sentence(draw: Any) -> str:
    parts = draw(st.lists(fragment, min_size=1, max_size=10))
    return esc(" ".join(parts)).strip() or "x"


@st.composite
def block(draw: Any) -> str:
    kind = draw(st.sampled_from(["p", "p", "p", "h1", "h2", "roman", "arabic", "letter",
                                 "table", "footnote", "numbered", "appendix"]))
    text = draw(sentence())
    if kind == "roman":
        roman = draw(st.sampled_from(["I", "II", "III", "IV", "V", "IX", "X", "XII", "IIII"]))
        return f"p: {roman}. {text.upper()}"
    if kind == "arabic":
        return f"p: {draw(st.integers(0, 30))}. {text}"
    if kind == "letter":
        return f"p: {draw(st.sampled_from('abcdđeg'))}) {text}"
    if kind == "table":
        rows = draw(st.integers(1, 4))
        cols = draw(st.integers(1, 4))
        cells = [[draw(st.one_of(number, word, st.sampled_from(["<<", "^^", "Tổng cộng",
                                                                  "STT", ""])))
                  for _ in range(cols)] for _ in range(rows)]
        opts = draw(st.sampled_from(["", "[header=1]", "[borderless]"]))
        body = " // ".join(" | ".join(esc(c) if c not in ("<<", "^^") else c for c in row)
                           for row in cells)
        return f"table{opts}: {body}"
    if kind == "footnote":
        return f"p: {text}[^: {draw(sentence())}]"
    if kind == "numbered":
        return f"auto[numId=1,lvl={draw(st.integers(0, 2))}]: {text}"
    if kind == "appendix":
        return f"p: PHỤ LỤC {draw(st.integers(0, 5))}"
    return f"{kind}: {text}"


NUMBERING = 'numbering: 1 = upperRoman "%1." | decimal "%2." | lowerLetter "%3)"'


@st.composite
def outline(draw: Any) -> str:
    body = "\n".join([NUMBERING, *draw(st.lists(block(), min_size=1, max_size=25))])
    frame = draw(st.sampled_from(["none", "party", "state"]))
    if frame == "party":
        return party_frame(body)
    if frame == "state":
        return state_frame(body)
    return body


@settings(PROFILE)
@given(outline())
def test_random_outlines_never_break_check(text: str) -> None:
    check_properties(build(text))


# -- mutations of a real file ----------------------------------------------------------------

SMALL_REPORT = party_frame("""
    p: I. KẾT QUẢ ĐẠT ĐƯỢC
    p: 1. Công tác tuyên truyền
    p: Đã kết nạp 125 đảng viên, đạt 104,2% kế hoạch[^1: Theo Kế hoạch số 12-KH/TU.].
    table[header=1]: STT | Chỉ tiêu | Kết quả // 1 | Đảng viên mới | 125 // 2 | Chi bộ | 30 \
        // Tổng cộng | << | 155
    p: 2. Công tác kiểm tra, giám sát
    p: a) Kiểm tra 12 tổ chức đảng theo Nghị quyết số 07-NQ/TU.
    p: II. NHIỆM VỤ THÁNG 02
    p: PHỤ LỤC 1
""")


@lru_cache(maxsize=1)
def real_docx() -> bytes:
    return build(SMALL_REPORT)


@lru_cache(maxsize=1)
def real_parts() -> tuple[tuple[str, bytes], ...]:
    with zipfile.ZipFile(io.BytesIO(real_docx())) as z:
        return tuple((i.filename, z.read(i)) for i in z.infolist())


def rezip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)
    return buf.getvalue()


byte_edit = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.none()),
)


@settings(PROFILE)
@given(st.lists(byte_edit, min_size=1, max_size=8))
def test_byte_mutations_never_break_check(edits: list[tuple[str, float, Any]]) -> None:
    data = bytearray(real_docx())
    for op, where, arg in edits:
        if not data:
            break
        i = min(int(where * len(data)), len(data) - 1)
        if op == "flip":
            data[i] ^= arg
        elif op == "insert":
            data[i:i] = arg
        elif op == "delete":
            del data[i:i + arg]
        else:
            del data[i:]
    check_properties(bytes(data))


XML_PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml",
             "word/_rels/document.xml.rels", "[Content_Types].xml", "word/settings.xml")
VALUES = st.one_of(st.sampled_from(["", "0", "-1", "1", "999999999", "2147483648", "abc", "nil",
                                    "true", "false", "rId999", "../../etc/passwd", "1.5e10",
                                    "decimal", "lowerLetter", "upperRoman", "bullet", "%1.%2.%9"]),
                   st.text(max_size=12))
xml_edit = st.tuples(
    st.sampled_from(["remove", "duplicate", "move", "attr", "text", "cut", "junk"]),
    st.floats(0, 1), st.floats(0, 1), VALUES,
)


def mutate_xml(data: bytes, op: str, a: float, b: float, value: str) -> bytes:
    if op == "cut":
        return data[: int(a * len(data))]
    if op == "junk":
        i = int(a * len(data))
        return data[:i] + value.encode("utf-8", "replace") + data[i:]
    root = etree.fromstring(data)
    nodes = [el for el in root.iter() if isinstance(el.tag, str)]
    el = nodes[min(int(a * len(nodes)), len(nodes) - 1)]
    other = nodes[min(int(b * len(nodes)), len(nodes) - 1)]
    parent = el.getparent()
    if op == "remove" and parent is not None:
        parent.remove(el)
    elif op == "duplicate" and parent is not None:
        el.addnext(copy.deepcopy(el))
    elif op == "move" and parent is not None and el not in other.iterancestors() \
            and other is not el:
        other.append(el)
    elif op == "attr" and el.attrib:
        key = sorted(el.attrib)[int(b * len(el.attrib)) % len(el.attrib)]
        el.set(key, "".join(c for c in value if c.isprintable()))
    elif op == "text":
        el.text = "".join(c for c in value if c.isprintable() or c in "\t\n")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@settings(PROFILE)
@given(st.lists(st.tuples(st.sampled_from(XML_PARTS), xml_edit), min_size=1, max_size=6))
def test_xml_mutations_never_break_check(edits: list[tuple[str, tuple[str, float, float, str]]]
                                         ) -> None:
    parts = dict(real_parts())
    for name, (op, a, b, value) in edits:
        if name not in parts:
            continue
        # an earlier edit may have broken this part's XML already; it then stays broken
        with contextlib.suppress(etree.XMLSyntaxError, ValueError):
            parts[name] = mutate_xml(parts[name], op, a, b, value)
    check_properties(rezip(parts))


def test_the_real_file_is_checked() -> None:
    result = engine.check_bytes(real_docx(), "real.docx", rules=rules())
    assert result.status == "checked"
    check_properties(real_docx())


@pytest.mark.parametrize("profile", ["soat-default", "ci-long"])
def test_profiles_have_no_deadline(profile: str) -> None:
    assert settings.get_profile(profile).deadline is None


# -- zip- and XML-level mutations of the real reports in examples/ -------------------------------
# tests/mutations.py holds the mutations (also used by the fuzz run, bench/fuzz.py). Whatever
# the mutant, check ends in "checked" or "failed" within its time budget, without a crashed
# rule; annotate and fix either refuse it with a message (EditError) or write a copy that soat
# and python-docx read again, with the same text.

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.docx"))
MUTATION_BUDGET = 60.0  # seconds per mutant: generous, a hang guard, never reached in practice


@cache
def example_bytes(name: str) -> bytes:
    return next(p for p in EXAMPLES if p.name == name).read_bytes()


def check_mutant(data: bytes) -> None:
    from validator.annotate import EditError, annotate
    from validator.fix import apply_fixes, collect_fixes

    result = engine.check_bytes(data, "mutant.docx", rules=rules(), timeout=MUTATION_BUDGET)
    assert result.status in ("checked", "failed")
    if result.status == "failed":
        assert result.error is not None
        assert result.error.code != "timeout", "a mutant ran past its time budget"
        assert VIETNAMESE & set(result.error.message.lower()), result.error.message
        return
    crashed = [f"{e.rule}: {e.error_type}: {e.message}" for e in result.rule_errors]
    assert not crashed, "rules crashed:\n" + "\n".join(crashed)
    schema_validator().validate(json.loads(json.dumps(Report(files=[result]).to_dict())))
    doc = loader.load_bytes(data, "mutant.docx")
    problems = location_problems(doc, result.violations)
    assert not problems, "\n".join(problems)
    opens = _python_docx_opens(data)
    for edit in ("annotate", "fix"):
        try:
            if edit == "annotate":
                out, _ = annotate(data, doc, result.violations, "mutant.docx")
            else:
                out, _, _ = apply_fixes(data, doc, collect_fixes(doc, rules()), "mutant.docx")
        except EditError as exc:
            assert VIETNAMESE & set(str(exc).lower()), str(exc)
            continue
        again = loader.load_bytes(out, "copy.docx")
        assert [p.text for p in again.body_paragraphs if p.text] or not [
            p.text for p in doc.body_paragraphs if p.text]
        if edit == "annotate":
            assert [p.text for p in again.body_paragraphs] == [p.text for p in doc.body_paragraphs]
        if opens:
            assert _python_docx_opens(out), f"python-docx opens the input but not the {edit} copy"


def _python_docx_opens(data: bytes) -> bool:
    try:
        import docx
    except ImportError:
        return False
    try:
        docx.Document(io.BytesIO(data))
    except Exception:
        return False
    return True


VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
MUTATION_PROFILE = settings(PROFILE, max_examples=30 if _PROFILE != "ci-long" else 1000)


def _mutants(kinds: tuple[str, ...]) -> st.SearchStrategy[tuple[str, str, int]]:
    return st.tuples(st.sampled_from([p.name for p in EXAMPLES]), st.sampled_from(kinds),
                     st.integers(0, 2**32 - 1))


def _run_mutant(case: tuple[str, str, int]) -> None:
    name, kind, seed = case
    data, what = mutate(example_bytes(name), kind, seed)
    assume(data is not None)
    assert data is not None
    note(f"{name} / {kind} / {seed}: {what}")
    check_mutant(data)


@pytest.mark.skipif(not EXAMPLES, reason="examples/ holds no report")
@MUTATION_PROFILE
@given(_mutants(tuple(ZIP_KINDS)))
def test_zip_mutations_of_real_reports(case: tuple[str, str, int]) -> None:
    _run_mutant(case)


@pytest.mark.skipif(not EXAMPLES, reason="examples/ holds no report")
@MUTATION_PROFILE
@given(_mutants(tuple(XML_KINDS)))
def test_xml_mutations_of_real_reports(case: tuple[str, str, int]) -> None:
    _run_mutant(case)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_mutation_kind_makes_a_checkable_mutant(kind: str) -> None:
    """Each kind, once, on the seed report: the strategy never silently skips a kind."""
    produced = [mutate(example_bytes("bao-cao-thang-01-2026.docx"), kind, seed)[0]
                for seed in range(5)]
    mutants = [m for m in produced if m is not None]
    assert mutants, f"{kind} never applies to the seed report"
    check_mutant(mutants[0])
