"""Profiles: loading, schema validation, plugin paths and detection from the title block."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import PARTY_REPORT, STATE_REPORT, report
from tests.harness import load
from validator import hookimpl
from validator.plugins import builtin_catalogue
from validator.profiles import (
    FRAME_ELEMENTS,
    Profile,
    ProfileError,
    detect_profile,
    load_profile,
    load_profile_file,
)

BUILTINS = ("party-monthly-report", "party-document", "state-report", "state-document", "generic")


def test_builtins_load_and_validate() -> None:
    profiles = builtin_catalogue().profiles
    for name in BUILTINS:
        assert name in profiles
        prof = profiles[name]
        assert set(prof.frame_required) <= set(FRAME_ELEMENTS)
    monthly = profiles["party-monthly-report"]
    assert monthly.system == "party" and monthly.doc_type == "BÁO CÁO"
    assert [s.id for s in sorted(monthly.sections, key=lambda s: s.order)] == [
        "leadership", "results", "shortcomings", "next-tasks"]
    assert "Hạn chế, khuyết điểm" in monthly.sections[2].aliases
    assert monthly.settings["appendix_numerals"] == "arabic"
    assert load_profile("state-report").settings["appendix_numerals"] == "roman"
    assert not profiles["state-report"].sections
    assert not profiles["generic"].frame_required and not profiles["generic"].sections


def test_profile_keeps_the_placeholder_fields() -> None:
    p = Profile(name="x", title="X", system="party", settings={"a": 1})
    assert (p.name, p.title, p.system, p.settings) == ("x", "X", "party", {"a": 1})
    assert not p.requires("issuer")


def test_skip_by_document_type() -> None:
    prof = load_profile("state-document")
    assert prof.requires("type_name", "QUYẾT ĐỊNH")
    assert not prof.requires("type_name", "CÔNG VĂN")
    assert not prof.requires("place_date", "BIÊN BẢN")


def test_load_by_path(tmp_path: Path) -> None:
    f = tmp_path / "office.toml"
    f.write_text('name = "office-report"\nsystem = "state"\n[frame]\nrequire = ["issuer"]\n'
                 '[[sections]]\nid = "intro"\ntitle = "Mở đầu"\n', encoding="utf-8")
    prof = load_profile(str(f))
    assert prof.name == "office-report" and prof.sections[0].order == 1


@pytest.mark.parametrize(("text", "key"), [
    ('name = "x"\nsystem = "state"\ncolour = "red"\n', "colour"),
    ('name = "x"\nsystem = "kingdom"\n', "system"),
    ('system = "state"\n', "name"),
    ('name = "x"\nsystem = "state"\n[frame]\nrequire = ["stamp"]\n', "frame.require.0"),
    ('name = "x"\nsystem = "state"\n[[sections]]\nid = "a"\n', "sections.0.title"),
    ('name = "x"\nsystem = "state"\n[detect]\nprioritty = 3\n', "detect.prioritty"),
])
def test_bad_profile_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        load_profile_file(f)
    assert str(f) in str(exc.value) and f'"{key}"' in str(exc.value)


def test_bad_regex_and_bad_toml(tmp_path: Path) -> None:
    f = tmp_path / "re.toml"
    f.write_text('name = "x"\nsystem = "state"\n[[sections]]\nid = "a"\ntitle = "A"\n'
                 'patterns = ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="sections.a.patterns"):
        load_profile_file(f)
    f.write_text("name = \n", encoding="utf-8")
    with pytest.raises(ProfileError, match="TOML"):
        load_profile_file(f)


def test_unknown_profile_name_lists_the_known_ones() -> None:
    with pytest.raises(ProfileError, match="party-monthly-report"):
        load_profile("no-such-profile")


class _ProfilePlugin:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @hookimpl
    def soat_register_profiles(self) -> list[str]:
        return [str(self.folder)]


def test_plugin_profiles_are_merged(tmp_path: Path) -> None:
    from validator.plugins import Plugins, make_plugin_manager

    (tmp_path / "acme.toml").write_text('name = "acme-report"\nsystem = "state"\n',
                                        encoding="utf-8")

    def plugins() -> Plugins:
        return Plugins(make_plugin_manager(
            autoload=False, environ={}, extra=[("acme", _ProfilePlugin(tmp_path))]))

    profiles = plugins().profiles()
    assert "acme-report" in profiles and "state-report" in profiles
    assert load_profile("acme-report", profiles).name == "acme-report"
    with pytest.raises(ProfileError, match='không có hồ sơ "acme-report"'):
        load_profile("acme-report")  # the built-in profiles alone do not know it
    (tmp_path / "dup.toml").write_text('name = "state-report"\nsystem = "state"\n',
                                       encoding="utf-8")
    with pytest.raises(ProfileError, match="hai lần"):
        plugins().profiles()


@pytest.mark.parametrize(("outline", "expected"), [
    (PARTY_REPORT, "party-monthly-report"),
    (report("party", summary="tình hình thực hiện nhiệm vụ tháng 9/2025"), "party-monthly-report"),
    (report("party", summary="kết quả 6 tháng đầu năm 2025"), "party-document"),
    (report("party", title="NGHỊ QUYẾT", summary="về chuyển đổi số"), "party-document"),
    (STATE_REPORT, "state-report"),
    (report("state", title="KẾ HOẠCH", summary="Tuyên truyền năm 2026"), "state-document"),
    (report("party", layout="textbox"), "party-monthly-report"),
    (report("party", layout="paragraphs", nfd=True), "party-monthly-report"),
    ("p: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\np: Độc lập - Tự do - Hạnh phúc\n"
     "p: ĐƠN ĐỀ NGHỊ\np: Kính gửi: Ủy ban nhân dân xã\n", "generic"),
    ("p: Ghi chú\np: Nội dung cuộc họp.\n", "generic"),
])
def test_detection(outline: str, expected: str) -> None:
    assert detect_profile(load(outline)).name == expected


def test_explicit_name_wins() -> None:
    assert detect_profile(load(PARTY_REPORT), "state-report").name == "state-report"


# -- real documents ----------------------------------------------------------------------------

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = Path(__file__).resolve().parents[1] / "examples" / "bao-cao-thang-01-2026.docx"
# Structure findings reviewed as real on the corpus (file name, rule id).
REVIEWED = {
    # a retyped copy of HD 36 whose own header has a state-style rule "-------" under the
    # issuer instead of the "*" the guide prescribes
    ("vbai__36-HD-VPTW-huong-dan-the-thuc-van-ban-Dang.docx", "STR004"),
}


def _structure_findings(path: Path) -> list[tuple[str, str]]:
    from rules.structure import RULES
    from validator.engine import check_document
    from validator.loader import load_path

    doc = load_path(path)
    result = check_document(doc, rules=list(RULES), profile=detect_profile(doc))
    return [(v.rule, v.message) for v in result.violations if v.severity.value == "error"]


@pytest.mark.corpus
def test_seed_is_a_monthly_report_with_complete_structure() -> None:
    from validator.loader import load_path

    assert detect_profile(load_path(SEED)).name == "party-monthly-report"
    assert _structure_findings(SEED) == []


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "corpus" / "vn").exists(), reason="../shared/corpus absent")
def test_corpus_has_no_unreviewed_structure_error() -> None:
    unexpected = []
    for path in sorted((SHARED / "corpus" / "vn").glob("*.docx")):
        for rule, message in _structure_findings(path):
            if (path.name, rule) not in REVIEWED:
                unexpected.append(f"{path.name}: {rule} {message}")
    assert unexpected == []


def test_builtin_profile_files_match_the_schema() -> None:
    """Start-up trusts the shipped profiles; this is where they are held to the schema."""
    import json
    import tomllib

    import jsonschema

    import rules
    from validator.profiles import SCHEMA_PATH

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    (folder,) = rules.soat_register_profiles()
    files = sorted(Path(folder).glob("*.toml"))
    assert len(files) >= 5
    for f in files:
        jsonschema.Draft202012Validator(schema).validate(tomllib.loads(f.read_text("utf-8")))
