"""The per-document analysis: computed once, on first use, shared by every rule of a check,
never kept from one document to the next; and the vocabulary it reads, extended by a plugin
or a profile."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import rules
from tests.harness import load
from tests.outline import build, party_frame, state_frame
from validator import hookimpl
from validator.analysis import Analysis
from validator.engine import check_bytes, check_document
from validator.model import Document, Location
from validator.plugins import Plugins, builtin_catalogue, make_plugin_manager
from validator.profiles import Profile, ProfileError, load_profile_file
from validator.rule import Finding, Rule, Severity
from validator.vocabulary import Vocabulary, VocabularyError

CALLS: list[str] = []


def words(analysis: Analysis) -> list[str]:
    CALLS.append(analysis.doc.path)
    return [w for p in analysis.doc.paragraphs() for w in p.text.split()]


class FirstReader(Rule):
    """Reads the frame and a shared analysis first.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "STR970"
    name = "first-reader"
    severity = Severity.INFO
    seen: list[object] = []

    def check(self, doc: Document) -> Iterator[Finding]:
        FirstReader.seen.append((self.analysis.frame, self.analysis.of(words)))
        yield from ()


class SecondReader(Rule):
    """Reads them again.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "STR971"
    name = "second-reader"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        FirstReader.seen.append((self.analysis.frame, self.analysis.of(words)))
        yield Finding(Location(paragraph=0), f"{len(self.analysis.of(words))} từ")


def test_rules_of_one_document_share_every_value() -> None:
    FirstReader.seen.clear()
    CALLS.clear()
    doc = load(state_frame("p: Nội dung báo cáo."))
    check_document(doc, rules=[FirstReader, SecondReader])
    (f1, w1), (f2, w2) = FirstReader.seen
    assert f1 is f2 and w1 is w2 and len(CALLS) == 1


def test_nothing_is_kept_from_one_document_to_the_next() -> None:
    FirstReader.seen.clear()
    CALLS.clear()
    doc = load(state_frame("p: Nội dung báo cáo."))
    first = check_document(doc, rules=[SecondReader])
    second = check_document(doc, rules=[SecondReader])
    assert first == second and len(CALLS) == 2  # the same document, analysed twice


def test_values_are_computed_only_when_read() -> None:
    doc = load(party_frame("p: Nghị quyết số 07-NQ/TU ngày 29/01/2026."))
    analysis = Analysis(doc, profile=Profile(name="generic"))
    assert "frame" not in vars(analysis) and "citations" not in vars(analysis)
    assert [c.code for c in analysis.citations] == ["28-BC/TU", "07-NQ/TU"]
    assert "frame" in vars(analysis)  # the citations needed it (where the header ends)
    assert "stt_tables" not in vars(analysis)


def test_the_profile_is_detected_named_or_given() -> None:
    doc = load(party_frame("p: Nội dung."))
    assert Analysis(doc).profile.name == "party-monthly-report"
    assert Analysis(doc, profile_name="state-report").profile.name == "state-report"
    given = Profile(name="mine")
    assert Analysis(doc, profile=given).profile is given
    with pytest.raises(ProfileError, match="không có hồ sơ"):
        Analysis(doc, profile_name="khong-co").profile  # noqa: B018


def test_a_rule_made_without_an_analysis_says_how_to_get_one() -> None:
    from validator.rule import Context

    rule = FirstReader(Context(profile=Profile(name="generic")))
    with pytest.raises(RuntimeError, match="Context.for_document"):
        list(rule.check(load("p: x")))


# -- vocabulary ------------------------------------------------------------------------------


def test_the_builtin_vocabulary_reads_its_tables() -> None:
    v = builtin_catalogue().vocabulary
    assert "BÁO CÁO" in v.heading_types and "BÁO CÁO" in v.issued_types
    assert v.canonical_type("CTR", "party") == "CTr"
    assert v.expected_codes("Quy định", "party") == ("QĐi", "QĐ")
    assert v.expected_codes("Quy định", "state") == ("QyĐ",)
    assert v.expected_codes("Công văn", "state") == ()  # checkable: no code at all
    assert v.expected_codes("Tuyên bố", "party") is None  # not checkable
    # one code, two types: the system of the document decides
    assert v.type_name("TT", "party") == "THÔNG TRI"
    assert v.type_name("TT", "state") == "THÔNG TƯ"
    assert v.number_code("QUY ĐỊNH", "party") == "QĐi"
    assert v.number_code("QUY ĐỊNH", "state") == "QyĐ"
    assert v.number_code("CÔNG VĂN", "state") is None
    assert "CV" not in v.number_codes and "BC" in v.number_codes
    assert v.is_party_issuer("BTCTU") and v.is_state_issuer("UBND")
    assert ("thu ngân sách", "thu ngân sách") in v.indicators


def test_vocabulary_files_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[document-type]]\nname = "tờ khai"\nheadng = true\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match="headng"):
        Vocabulary.load([bad])
    bad.write_text('[[indicator]]\nname = "x"\npattern = "(unclosed"\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match="pattern"):
        Vocabulary.load([bad])
    bad.write_text("không phải toml =", encoding="utf-8")
    with pytest.raises(VocabularyError, match="TOML"):
        Vocabulary.load([bad])


PROVINCE = """\
[issuers]
state = ["QLTT", "UBDN"]

[[document-type]]
name = "Thông báo"
state = ["TBa"]

[[document-type]]
name = "Phiếu lấy ý kiến"
heading = true
state = ["PLYK"]
"""


class ProvincePlugin:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @hookimpl
    def soat_register_vocabulary(self) -> Sequence[str]:
        return [str(self.folder)]


def test_a_plugin_extends_the_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "province.toml").write_text(PROVINCE, encoding="utf-8")
    pm = make_plugin_manager(autoload=False, environ={},
                             extra=[("province", ProvincePlugin(tmp_path))])
    v = Plugins(pm).vocabulary()
    base = builtin_catalogue().vocabulary
    assert "QLTT" in v.state_issuers and "QLTT" not in base.state_issuers
    assert v.canonical_type("TBa", "state") == "TBa" and "TB" in v.type_codes("state")
    assert "PHIẾU LẤY Ý KIẾN" in v.heading_types
    assert len(v.document_types) == len(base.document_types) + 1  # "thông báo" merged


def test_a_plugin_vocabulary_reaches_the_rules(tmp_path: Path) -> None:
    (tmp_path / "province.toml").write_text(PROVINCE, encoding="utf-8")
    pm = make_plugin_manager(autoload=False, environ={},
                             extra=[("province", ProvincePlugin(tmp_path))])
    catalogue = Plugins(pm).catalogue()
    from rules.codes.issuer_unknown import IssuerUnknown

    # "UBDN" reads as UBND misspelled, unless the province's vocabulary knows it
    data = build(state_frame("p: Thực hiện Công văn số 12/UBDN-NV ngày 05/01/2026."))
    alone = check_bytes(data, rules=[IssuerUnknown])
    assert [v.rule for v in alone.violations] == [IssuerUnknown.id]
    extended = check_bytes(data, rules=[IssuerUnknown], profiles=catalogue.profiles,
                           vocabulary=catalogue.vocabulary)
    assert extended.violations == []


def test_a_profile_extends_the_vocabulary(tmp_path: Path) -> None:
    from rules.codes.issuer_unknown import IssuerUnknown

    path = tmp_path / "province-report.toml"
    path.write_text('name = "province-report"\nsystem = "state"\n\n'
                    '[vocabulary.issuers]\nstate = ["UBDN"]\n', encoding="utf-8")
    prof = load_profile_file(path)
    doc = load(state_frame("p: Thực hiện Công văn số 12/UBDN-NV ngày 05/01/2026."))
    analysis = Analysis(doc, profile=prof)
    assert "UBDN" in analysis.vocabulary.state_issuers
    assert "UBDN" not in analysis.run_vocabulary.state_issuers
    assert check_document(doc, rules=[IssuerUnknown], analysis=analysis).violations == []
    plain = check_document(doc, rules=[IssuerUnknown], profile=Profile(name="state-report"))
    assert [v.rule for v in plain.violations] == [IssuerUnknown.id]


def test_the_builtin_plugin_registers_its_data() -> None:
    paths = [Path(p) for p in rules.soat_register_vocabulary()]
    assert all(p.is_file() and p.parent.name == "data" for p in paths)
    assert Vocabulary.load(paths).heading_types == builtin_catalogue().vocabulary.heading_types
