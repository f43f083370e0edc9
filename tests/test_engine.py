"""Engine: isolation of crashing rules, stamping, severity, excerpts, fingerprints, selection,
and reading files that are not Word documents without ever raising."""

from __future__ import annotations

import io
import os
import pickle
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import validator
from validator import engine, excerpts, loader
from validator.engine import (
    SelectorError,
    check_bytes,
    check_document,
    check_path,
    make_excerpt,
    select_rules,
)
from validator.model import (
    FOOTNOTE,
    PROPERTIES,
    Cell,
    Document,
    Location,
    Note,
    Paragraph,
    Row,
    Table,
)
from validator.plugins import Catalogue, builtin_catalogue
from validator.profiles import Profile
from validator.report import Report, normalise
from validator.rule import Category, Finding, Related, Rule, Severity

VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


# -- test rules ------------------------------------------------------------------------------


class WordFlagged(Rule):
    """Flags every occurrence of the word "xấu".

    Why: test rule.

    Bad:
        p: một câu xấu
    Good:
        p: một câu tốt
    """

    id = "STR900"
    name = "word-flagged"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            start = p.text.find("xấu")
            while start >= 0:
                yield Finding(p.at(start, 3), "Từ “xấu”", suggestion="Dùng từ khác.")
                start = p.text.find("xấu", start + 1)


class Crashes(Rule):
    """Raises after yielding one finding.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "STR901"
    name = "always-crashes"

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Location(paragraph=0), "partial")
        raise RuntimeError("boom")


class PerFindingSeverity(Rule):
    """Yields one finding whose severity is lowered to info.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "DAT900"
    name = "date-severity-test"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Location(paragraph=0), "mềm hơn", severity=Severity.INFO)
        yield Finding(Location(paragraph=0, offset=0, length=1), "mặc định")


class Duplicates(Rule):
    """Yields the same finding twice and a property-level finding.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "NUM900"
    name = "duplicate-findings"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        for _ in range(2):
            yield Finding(Location(paragraph=1, offset=0, length=2), "trùng")
        yield Finding(Location(part=PROPERTIES), "thiếu tiêu đề")


class YieldsGarbage(Rule):
    """Yields something that is not a Finding.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "FMT900"
    name = "yields-garbage"

    def check(self, doc: Document) -> Iterator[Finding]:
        yield "not a finding"  # type: ignore[misc]


class CellAndNote(Rule):
    """Points at a table cell without a paragraph and at a footnote, with a related place.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "REF900"
    name = "cell-and-note"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(
            Location(table=0, row=0, cell=1),
            "ô bảng",
            related=(Related(Location(paragraph=0, offset=4, length=3), "xem đây"),),
        )
        yield Finding(Location(part=FOOTNOTE, footnote=2), "chú thích")


class UsesContext(Rule):
    """Reports the profile and a setting it was given.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "CON900"
    name = "context-echo"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Location(paragraph=0), f"{self.profile.name}:{self.setting('k', 'none')}")


# -- documents -------------------------------------------------------------------------------


def make_doc(*texts: str, path: str = "t.docx") -> Document:
    """Body paragraphs, then a 1×2 table whose cells hold "ô A" and "ô B", and footnote 2."""
    paras = [Paragraph(part="body", index=i, text=t, section="II.1") for i, t in enumerate(texts)]
    n = len(paras)
    cells = tuple(
        Cell(
            row=0, col=c, span=1, rowspan=1,
            paragraphs=(Paragraph(part="body", index=n + c, text=f"ô {'AB'[c]}", table=0, row=0,
                                  cell=c),),
        )
        for c in range(2)
    )
    table = Table(part="body", index=0, rows=(Row(index=0, cells=cells),), columns=2)
    note = Note(kind="footnote", id=2, paragraphs=(
        Paragraph(part="footnote", index=0, text="Nguồn: Tổng cục Thống kê.", note_id=2),
    ))
    body = tuple(paras) + tuple(c.paragraphs[0] for c in cells)
    return Document(path=path, blocks=(*paras, table), body_paragraphs=body, footnotes=(note,))


DOC = make_doc("Đây là một câu xấu và một từ xấu nữa.", "ab cd", "Đoạn ba.")


# -- check_document --------------------------------------------------------------------------


def test_crash_is_isolated_and_recorded() -> None:
    result = check_document(DOC, rules=[Crashes, WordFlagged])
    assert [e.rule for e in result.rule_errors] == ["STR901"]
    err = result.rule_errors[0]
    assert err.error_type == "RuntimeError" and err.message == "boom"
    # the crashed rule's partial findings are dropped, the other rule's kept
    assert {v.rule for v in result.violations} == {"STR900"}
    assert len(result.violations) == 2


def test_crash_traceback_goes_to_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG", logger="soat.engine"):
        check_document(DOC, rules=[Crashes])
    record = next(r for r in caplog.records if "STR901" in r.getMessage())
    assert record.exc_info is not None


def test_non_finding_is_a_rule_error() -> None:
    result = check_document(DOC, rules=[YieldsGarbage, WordFlagged])
    assert [(e.rule, e.error_type) for e in result.rule_errors] == [("FMT900", "TypeError")]
    assert result.violations


def test_stamping() -> None:
    result = check_document(DOC, rules=[WordFlagged])
    v = result.violations[0]
    assert (v.rule, v.name, v.category, v.severity) == (
        "STR900", "word-flagged", Category.STRUCTURE, Severity.WARNING,
    )
    assert v.suggestion == "Dùng từ khác."
    assert v.location.offset == DOC.body_paragraphs[0].text.find("xấu")
    assert result.status == "checked" and result.path == "t.docx"


def test_severity_precedence() -> None:
    result = check_document(DOC, rules=[PerFindingSeverity])
    by_msg = {v.message: v.severity for v in result.violations}
    assert by_msg == {"mềm hơn": Severity.INFO, "mặc định": Severity.ERROR}

    cfg = {"severity": {"DAT900": "warning"}}
    result = check_document(DOC, rules=[PerFindingSeverity], settings=cfg)
    assert {v.severity for v in result.violations} == {Severity.WARNING}

    # an exact id beats a prefix
    cfg = {"severity": {"DAT": "info", "DAT900": "error"}}
    result = check_document(DOC, rules=[PerFindingSeverity], settings=cfg)
    assert {v.severity for v in result.violations} == {Severity.ERROR}


def test_bad_severity_setting_is_rejected() -> None:
    with pytest.raises(ValueError, match="DAT900"):
        check_document(DOC, rules=[PerFindingSeverity], settings={"severity": {"DAT900": "x"}})


def test_duplicates_are_reported_once() -> None:
    result = check_document(DOC, rules=[Duplicates])
    assert [v.message for v in result.violations] == ["trùng", "thiếu tiêu đề"]


def test_sorted_by_part_paragraph_offset_rule() -> None:
    result = check_document(DOC, rules=[Duplicates, CellAndNote, WordFlagged, PerFindingSeverity])
    keys = [
        (v.location.part, v.location.paragraph, v.location.offset, v.rule)
        for v in result.violations
    ]
    parts = [k[0] for k in keys]
    assert parts == sorted(parts, key=["body", "footnote", "properties"].index)
    body = [(p or -1, o or -1) for part, p, o, _ in keys if part == "body"]
    assert body == sorted(body)
    # and deterministic whatever the rule order
    again = check_document(DOC, rules=[PerFindingSeverity, WordFlagged, CellAndNote, Duplicates])
    assert again == result


def test_context_profile_and_settings() -> None:
    result = check_document(
        DOC, rules=[UsesContext], settings={"k": 7}, profile=Profile(name="state-report")
    )
    assert result.violations[0].message == "state-report:7"
    assert result.profile == "state-report"
    assert check_document(DOC, rules=[UsesContext]).profile == "generic"


# -- excerpts --------------------------------------------------------------------------------


def test_excerpt_short_paragraph_is_whole() -> None:
    assert make_excerpt("Ngày 31/02/2024", 5, 10) == "Ngày 31/02/2024"


def test_excerpt_cuts_with_ellipsis_at_word_boundaries() -> None:
    text = (
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 "
        "của Chính phủ về công tác văn thư"
    )
    start = text.index("05 tháng 3")
    out = make_excerpt(text, start, len("05 tháng 3 năm 2020"))
    assert out.startswith("…") and out.endswith("…")
    assert "05 tháng 3 năm 2020" in out
    inner = out.strip("…")
    assert inner == inner.strip()
    assert text.find(inner) >= 0, "an excerpt is a substring of the paragraph"
    assert not text[text.find(inner) - 1].isalnum(), "does not start mid-word"
    assert len(out) <= len("05 tháng 3 năm 2020") + 2 * engine.CONTEXT_CHARS + 2


def test_excerpt_is_one_line_and_clamped() -> None:
    assert "\n" not in make_excerpt("a\nb\tc", 0, 1)
    assert make_excerpt("abc", 10, 5) == "abc"
    assert make_excerpt("abc", -3, 1) == "abc"


def test_excerpt_of_location_without_span() -> None:
    long = "từ " * 60
    out = make_excerpt(long)
    assert out.endswith("…") and len(out) <= engine.MAX_PLAIN_CHARS + 1


def test_excerpts_for_cells_notes_related_properties() -> None:
    result = check_document(DOC, rules=[CellAndNote, Duplicates])
    by_msg = {v.message: v for v in result.violations}
    assert by_msg["ô bảng"].excerpt == "ô B"
    assert by_msg["chú thích"].excerpt == "Nguồn: Tổng cục Thống kê."
    assert by_msg["thiếu tiêu đề"].excerpt == ""
    related = by_msg["ô bảng"].related[0]
    assert related.message == "xem đây" and "là" in related.excerpt


# -- fingerprints ----------------------------------------------------------------------------


def test_fingerprint_survives_edits_elsewhere() -> None:
    first = check_document(DOC, rules=[WordFlagged])
    shifted = make_doc("Một đoạn mới ở đầu.", *[p.text for p in DOC.body_paragraphs[:3]])
    second = check_document(shifted, rules=[WordFlagged])
    assert [v.fingerprint for v in first.violations] == [v.fingerprint for v in second.violations]
    assert [v.location.paragraph for v in first.violations] != [
        v.location.paragraph for v in second.violations
    ]


def test_fingerprint_normalises_unicode_space_and_case() -> None:
    import unicodedata

    from validator.report import fingerprint

    nfc = "Đây là một câu xấu"
    nfd = unicodedata.normalize("NFD", "  Đây  là một\tcâu XẤU\n")
    assert normalise(nfd) == nfc.lower()
    assert fingerprint("STR900", nfc, "xấu") == fingerprint("STR900", nfd, "XẤU")
    assert fingerprint("STR900", nfc, "xấu") != fingerprint("STR901", nfc, "xấu")
    assert fingerprint("STR900", nfc, "xấu") != fingerprint("STR900", nfc + " nữa", "xấu")


def test_fingerprints_are_unique_in_a_file_and_hex16() -> None:
    result = check_document(DOC, rules=[WordFlagged, Duplicates, CellAndNote])
    prints = [v.fingerprint for v in result.violations]
    assert len(set(prints)) == len(prints)
    assert all(len(p) == 16 and int(p, 16) >= 0 for p in prints)


# -- select / ignore -------------------------------------------------------------------------

ALL_RULES = (WordFlagged, Crashes, PerFindingSeverity, Duplicates, YieldsGarbage, CellAndNote)


def ids(rules: tuple[type[Rule], ...]) -> list[str]:
    return [r.id for r in rules]


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ((), (), ["STR900", "STR901", "DAT900", "NUM900", "FMT900", "REF900"]),
        (("ALL",), (), ["STR900", "STR901", "DAT900", "NUM900", "FMT900", "REF900"]),
        (("STR",), (), ["STR900", "STR901"]),
        (("str900",), (), ["STR900"]),
        (("STR, DAT900",), (), ["STR900", "STR901", "DAT900"]),
        (("STR",), ("STR901",), ["STR900"]),  # more specific ignore wins
        (("STR901",), ("STR",), ["STR901"]),  # more specific select wins
        (("STR",), ("STR",), []),  # same specificity: ignore wins
        (("ALL",), ("ALL",), []),
        ((), ("STR9", "NUM"), ["DAT900", "FMT900", "REF900"]),
        (("COD",), (), []),  # a category prefix with no rule yet is accepted
    ],
)
def test_select_rules(
    select: tuple[str, ...], ignore: tuple[str, ...], expected: list[str]
) -> None:
    assert ids(select_rules(ALL_RULES, select=select, ignore=ignore)) == expected


@pytest.mark.parametrize("bad", ["XYZ", "DAT999", "STR8", "not-an-id", "DAT0001"])
def test_unknown_selector_is_an_error(bad: str) -> None:
    with pytest.raises(SelectorError) as info:
        select_rules(ALL_RULES, select=[bad])
    assert bad.upper() in str(info.value) and VIETNAMESE & set(str(info.value))
    with pytest.raises(SelectorError):
        select_rules(ALL_RULES, ignore=[bad])


# -- reading files ---------------------------------------------------------------------------


def _zip(**parts: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name.replace("__", "/"), data)
    return buf.getvalue()


BAD_INPUTS = {
    "empty": b"",
    "random": bytes(range(256)) * 7,
    "text": "Xin chào, đây không phải tệp Word.".encode(),
    "zip-without-document": _zip(**{"word__styles.xml": b"<x/>", "readme.txt": b"hi"}),
    "ole2": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
    "truncated-zip": _zip(**{"word__document.xml": b"<w:document/>"})[:40],
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_bytes_fail_cleanly(name: str) -> None:
    result = check_bytes(BAD_INPUTS[name], f"{name}.docx", rules=[WordFlagged])
    assert result.status == "failed" and result.path == f"{name}.docx"
    assert result.error is not None and result.error.code
    assert VIETNAMESE & set(result.error.message.lower()), result.error.message
    assert result.violations == [] and result.profile is None


@pytest.mark.parametrize(
    "exc",
    [
        KeyError("word/document.xml"),
        ValueError("bad"),
        MemoryError(),
        RecursionError(),
        zipfile.BadZipFile("x"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
        IndexError(),
        AssertionError(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_any_loader_exception_is_corrupt(
    monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    def boom(data: bytes, path: str = "", limits: object = None) -> Document:
        raise exc

    monkeypatch.setattr(loader, "load_bytes", boom)
    result = check_bytes(b"PK\x03\x04", "x.docx", rules=[WordFlagged])
    assert result.status == "failed" and result.error is not None
    assert result.error.code == "corrupt"
    assert VIETNAMESE & set(result.error.message.lower())


def test_load_error_keeps_its_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, path: str = "", limits: object = None) -> Document:
        raise loader.LoadError("encrypted", "Tệp được đặt mật khẩu.")

    monkeypatch.setattr(loader, "load_bytes", refuse)
    result = check_bytes(b"x", "x.docx", rules=[])
    assert result.error is not None
    assert (result.error.code, result.error.message) == ("encrypted", "Tệp được đặt mật khẩu.")


def fake_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents written as UTF-8 lines after b"FAKE\\n" load without the real loader."""
    real = loader.load_bytes

    def load(data: bytes, path: str = "<bytes>", limits: object = None) -> Document:
        if data.startswith(b"FAKE\n"):
            return make_doc(*data[5:].decode().splitlines(), path=path)
        return real(data, path, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_bytes", load)


def test_check_path_reads_only(tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fake_loader(monkeypatch)
    path = os.path.join(tmp_path, "bao-cao.docx")
    data = "FAKE\nmột câu xấu".encode()
    with open(path, "wb") as fh:
        fh.write(data)
    os.chmod(path, 0o444)
    before = os.stat(path)
    result = check_path(path, rules=[WordFlagged])
    assert result.status == "checked" and result.path == path
    assert [v.rule for v in result.violations] == ["STR900"]
    after = os.stat(path)
    with open(path, "rb") as fh:
        assert fh.read() == data
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_check_path_missing_and_directory(tmp_path: os.PathLike[str]) -> None:
    missing = check_path(os.path.join(tmp_path, "nope.docx"), rules=[])
    assert missing.status == "failed" and missing.error is not None
    assert missing.error.code == "not-found"
    folder = check_path(tmp_path, rules=[])
    assert folder.status == "failed" and folder.error is not None
    assert VIETNAMESE & set(folder.error.message.lower())


def test_too_large_file_is_refused_unread(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "big.docx")
    with open(path, "wb") as fh:
        fh.write(b"x" * 2048)
    result = engine.read_file(path, max_bytes=1024)
    assert not isinstance(result, bytes) and result.error is not None
    assert result.error.code == "too-large"


# -- profiles --------------------------------------------------------------------------------


def test_a_plain_document_gets_the_generic_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_loader(monkeypatch)
    result = check_bytes(b"FAKE\nabc", "a.docx", rules=[UsesContext])
    assert result.profile == "generic"


def test_a_named_profile_is_taken_from_the_run_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_loader(monkeypatch)
    profiles = {"generic": Profile(name="generic"), "x": Profile(name="x", settings={"k": 1})}
    result = check_bytes(b"FAKE\nabc", "a.docx", rules=[], profiles=profiles, profile_name="x")
    assert result.profile == "x"
    missing = check_bytes(b"FAKE\nabc", "a.docx", rules=[], profiles=profiles,
                          profile_name="state-report")  # a built-in, but not in this run
    assert missing.status == "failed" and missing.error is not None
    assert missing.error.code == "profile"


def test_unknown_named_profile_fails_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import validator.profiles

    fake_loader(monkeypatch)
    result = check_bytes(b"FAKE\nabc", "a.docx", rules=[], profile_name="khong-co")
    assert result.status == "failed" and result.error is not None
    assert result.error.code == "profile" and "khong-co" in result.error.message

    def detect(frame: object, profiles: object) -> Profile:
        raise RuntimeError("hỏng")

    # a crash while detecting (no name given) falls back instead
    monkeypatch.setattr(validator.profiles, "match_profile", detect)
    assert check_bytes(b"FAKE\nabc", "a.docx", rules=[]).profile == "generic"


# -- library API -----------------------------------------------------------------------------


def test_library_check_bytes_is_picklable_and_stateless(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_loader(monkeypatch)

    def plugins_for(cfg: dict[str, object]) -> tuple[tuple[type[Rule], ...], Catalogue]:
        rules = select_rules((WordFlagged, Duplicates), select=cfg.get("select") or ())  # type: ignore[arg-type]
        return rules, builtin_catalogue()

    monkeypatch.setattr(validator, "_plugins_for", plugins_for)
    data = "FAKE\nmột câu xấu\nab".encode()
    report = validator.check_bytes(data, {"select": ["STR"]}, path="a.docx")
    assert isinstance(report, Report) and len(report.files) == 1
    assert [v.rule for v in report.files[0].violations] == ["STR900"]
    assert pickle.loads(pickle.dumps(report)) == report
    assert validator.check_bytes(data, {"select": ["STR"]}, path="a.docx") == report
    with pytest.raises(ValueError, match="unknown config keys"):
        validator.check_bytes(data, {"selec": ["STR"]})


def test_library_check_bytes_end_to_end_on_bad_input() -> None:
    report = validator.check_bytes(b"not a docx", {"plugins": False})
    assert report.files[0].status == "failed"
    assert report.to_dict()["summary"]["failed"] == 1


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys, validator; "
        "print(sorted(m for m in ('lxml', 'docx', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- cost of stamping: linear in the text, whatever the number of findings -----------------------


class CountingText(str):
    """A paragraph text that counts the characters copied or translated out of it."""

    work = 0

    def translate(self, table: object) -> str:  # type: ignore[override]
        CountingText.work += len(self)
        return str.translate(self, table)  # type: ignore[arg-type]

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        out = str.__getitem__(self, key)  # type: ignore[index]
        CountingText.work += len(out)
        return out


class EveryComma(Rule):
    """Flags every comma, pointing back at the previous one.

    Why: test rule with as many findings as a long paragraph holds commas.

    Bad:
        p: a, b
    Good:
        p: a b
    """

    id = "FMT901"
    name = "comma-flagged"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            previous = None
            start = str.find(p.text, ",")
            while start >= 0:
                related = (Related(previous, "dấu phẩy trước"),) if previous else ()
                previous = p.at(start, 1)
                yield Finding(previous, "dấu phẩy", related=related)
                start = str.find(p.text, ",", start + 1)


def test_stamping_reads_a_long_paragraph_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Excerpts and fingerprints of 20,000 findings in one 280 KB paragraph: the paragraph is
    normalised and copied a few times, not once per finding (a 1 MB paragraph never finished)."""
    from validator import report

    text = CountingText("Chỉ tiêu đạt, " * 20_000)
    doc = make_doc("Mở đầu.")
    para = Paragraph(part="body", index=0, text=text, section="II.1")
    doc = Document(path="t.docx", blocks=(para,), body_paragraphs=(para,))
    normalised = [0]
    real = report.normalise

    def counting(value: str) -> str:
        normalised[0] += len(value)
        return real(value)

    monkeypatch.setattr(report, "normalise", counting)
    CountingText.work = 0
    result = check_document(doc, rules=[EveryComma])
    assert len(result.violations) == 20_000
    assert normalised[0] < 3 * len(text) + 20_000 * 10, normalised[0]
    assert CountingText.work < 3 * len(text) + 20_000 * 500, CountingText.work
    first, second = result.violations[:2]
    assert first.excerpt == "Chỉ tiêu đạt, Chỉ tiêu đạt, Chỉ tiêu đạt,…"
    assert second.related[0].excerpt.startswith("Chỉ tiêu đạt, Chỉ tiêu đạt")
    again = check_document(Document(path="t.docx", blocks=(para,),
                                     body_paragraphs=(Paragraph(part="body", index=0,
                                                                text=str(text)),)),
                           rules=[EveryComma])
    assert [v.fingerprint for v in again.violations] == [v.fingerprint for v in
                                                         result.violations]
    assert [v.excerpt for v in again.violations] == [v.excerpt for v in result.violations]


def test_a_finding_in_each_of_20000_paragraphs_is_stamped_without_a_search_per_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each finding's paragraph, table and note are found through an index, not a scan of the
    document (which made 20,000 findings take 23 s): the document's own lookups, each a scan,
    are asked a few times for the whole document, never once per finding."""
    calls: dict[str, int] = {}
    for name in ("paragraph", "note_paragraphs", "tables"):
        real = getattr(Document, name)

        def counted(self: Document, *args: object, _name: str = name, _real: Any = real) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _real(self, *args)

        monkeypatch.setattr(Document, name, counted)
    doc = make_doc(*[f"đoạn {i} xấu" for i in range(20_000)])
    result = check_document(doc, rules=[WordFlagged])
    assert len(result.violations) == 20_000
    assert all(n < 20 for n in calls.values()), calls


def _reference_excerpt(text: str, offset: int | None = None, length: int | None = None) -> str:
    """make_excerpt written the plain way (the whole text translated first), to compare with."""
    text = text.translate(excerpts._LINE_BREAKS)
    ctx, cut_at = engine.CONTEXT_CHARS, engine.MAX_PLAIN_CHARS
    if offset is None:
        if len(text) <= cut_at:
            return text.strip()
        cut = text[:cut_at]
        space = cut.rfind(" ")
        return (cut[:space] if space > cut_at - 15 else cut).rstrip() + "…"
    start = min(max(offset, 0), len(text))
    end = min(max(start + max(length or 0, 0), start), len(text))
    left_from, right_to = max(start - ctx, 0), min(end + ctx, len(text))
    left, right = text[left_from:start], text[end:right_to]
    if left_from > 0:
        space = left.find(" ")
        left = "…" + (left[space + 1:] if 0 <= space < ctx // 3 else left).lstrip()
    else:
        left = left.lstrip()
    if right_to < len(text):
        space = right.rfind(" ")
        right = (right[:space] if space > len(right) - ctx // 3 else right).rstrip() + "…"
    else:
        right = right.rstrip()
    span = text[start:end]
    if len(span) > engine.MAX_SPAN_CHARS:
        head = engine.MAX_SPAN_CHARS * 2 // 3
        span = span[:head] + "…" + span[-(engine.MAX_SPAN_CHARS - head - 1):]
    return left + span + right


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.sampled_from(list("ab đ\n\t\r,.")), max_size=400),
       st.one_of(st.none(), st.integers(-5, 420)), st.one_of(st.none(), st.integers(-3, 300)))
def test_excerpt_equals_the_plain_computation(text: str, offset: int | None,
                                              length: int | None) -> None:
    assert make_excerpt(text, offset, length) == _reference_excerpt(text, offset, length)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(["STR900", "NUM001"]),
                          st.text(alphabet=st.sampled_from(list("aĐ đ \t\u0301x")), max_size=30),
                          st.text(alphabet=st.sampled_from(list("aĐ \u0301")), max_size=5)),
                max_size=8))
def test_fingerprints_equal_the_plain_function(calls: list[tuple[str, str, str]]) -> None:
    from validator.report import Fingerprints, fingerprint

    many = Fingerprints()
    for rule, context, span in calls:
        assert many(rule, context, span) == fingerprint(rule, context, span)


def test_fingerprint_ignores_the_rest_of_the_anchor_paragraph() -> None:
    """A finding anchored on a span keeps its fingerprint when another part of the same
    paragraph changes (soat fix correcting another code, a sentence added), and loses it
    when the flagged span or the words right around it change."""
    base = "Thực hiện Nghị quyết số 79 - NQ/TW, theo đó công tác hoá học được đẩy mạnh."
    fixed = "Thực hiện Nghị quyết số 79-NQ/TW, theo đó công tác hoá học được đẩy mạnh. Thêm."

    class Tone(Rule):
        """Flags "hoá" (a stand-in for a document-wide finding anchored on one word).

        Why: test rule.

        Bad:
            p: hoá
        Good:
            p: hóa
        """

        id = "CON900"
        name = "tone-stand-in"

        def check(self, doc: Document) -> Iterator[Finding]:
            for p in doc.paragraphs():
                at = p.text.find("hoá")
                if at >= 0:
                    yield Finding(p.at(at, 3), f"Từ hoá viết hai kiểu ({len(p.text)} ký tự).")

    def tone(text: str) -> list[str]:
        return [v.fingerprint for v in check_document(make_doc(text), rules=[Tone]).violations]

    assert tone(base) and tone(base) == tone(fixed)
    assert tone(base) != tone(base.replace("công tác hoá", "khâu hoá"))


def test_a_title_block_that_cannot_be_read_is_reported_not_swallowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Profile detection reads the title block; should reading it fail, the file is still
    checked (with the generic profile) and every rule that needs the title block says so in
    ``rule_errors``, with the cause: the failure is never turned into a silent clean result."""
    import validator.analysis

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("khối tiêu đề hỏng")

    monkeypatch.setattr(validator.analysis, "compute_frame", broken)
    sample = Path(__file__).resolve().parents[1] / "examples" / "bao-cao-ubnd-mau.docx"
    result = engine.check_bytes(sample.read_bytes(), "bao-cao.docx",
                                rules=builtin_catalogue().rules)
    assert result.status == "checked" and result.profile == "generic"
    failed_rules = {e.rule for e in result.rule_errors}
    assert {"COD001", "DAT003", "FMT001"} <= failed_rules
    assert all(e.error_type == "RuntimeError" and "khối tiêu đề hỏng" in e.message
               for e in result.rule_errors)
