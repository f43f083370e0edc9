"""Configuration files: discovery, validation messages, merging with the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.config import (
    Config,
    ConfigError,
    config_for,
    find_config,
    load_config,
    plan,
    plugin_rules,
)
from validator.rule import Finding, Rule, Severity


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


class Dummy(Rule):
    """Flags nothing.

    Why: a stand-in.

    Bad:
        p: x
    Good:
        p: x
    """

    id = "FMT901"
    name = "dummy-a"

    def check(self, doc):  # type: ignore[no-untyped-def]
        yield from ()


class Other(Rule):
    """Flags nothing either.

    Why: a stand-in.

    Bad:
        p: x
    Good:
        p: x
    """

    id = "DAT901"
    name = "dummy-b"
    severity = Severity.WARNING

    def check(self, doc):  # type: ignore[no-untyped-def]
        yield from ()


RULES = (Dummy, Other)


def test_walks_up_and_prefers_soat_toml(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.soat]\nselect = ['DAT']\n")
    doc = tmp_path / "a" / "b" / "bao-cao.docx"
    _write(doc, "")
    assert find_config(doc) == tmp_path / "pyproject.toml"
    _write(tmp_path / "soat.toml", "select = ['FMT']\n")
    assert find_config(doc) == tmp_path / "soat.toml"
    _write(tmp_path / "a" / "b" / "soat.toml", "ignore = ['FMT']\n")
    assert find_config(doc) == tmp_path / "a" / "b" / "soat.toml"


def test_pyproject_without_tool_soat_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "soat.toml", "profile = 'party-report'\n")
    _write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path / "sub" / "r.docx") == tmp_path / "soat.toml"
    assert config_for(tmp_path / "sub" / "r.docx").profile == "party-report"


def test_every_key(tmp_path: Path) -> None:
    cfg_path = _write(tmp_path / "soat.toml", """
select = ["dat", "FMT"]
ignore = ["FMT901"]
profile = "party-report"
extra-issuers = ["BCĐ"]
report-date = "2026-01"
fail-on = "warning"
common-abbreviations = ["UBND", "HĐND"]

[per-file-ignores]
"cu/**/*.docx" = ["DAT"]

[severity]
DAT901 = "error"

[settings]
font_family = "Times New Roman"
""")
    cfg = load_config(cfg_path)
    assert cfg.select == ("DAT", "FMT") and cfg.fail_on == "warning"
    assert cfg.rule_settings() == {
        "severity": {"DAT901": "error"}, "extra_issuers": ["BCĐ"], "report_date": "2026-01",
        "common_abbreviations": ["UBND", "HĐND"], "font_family": "Times New Roman",
    }
    assert cfg.ignores_for(tmp_path / "cu" / "2025" / "a.docx") == ("FMT901", "DAT")
    assert cfg.ignores_for(tmp_path / "moi" / "a.docx") == ("FMT901",)


@pytest.mark.parametrize(("text", "expected"), [
    ("selekt = ['DAT']\n",
     'khóa "selekt" không được hỗ trợ (có phải "select"?).\nCác khóa hợp lệ: '),
    ("select = 'DAT'\n", 'khóa "select": phải là một danh sách'),
    ("select = ['DAT-3']\n", 'khóa "select[0]": giá trị "DAT-3" không hợp lệ; cho phép: ALL'),
    ("fail-on = 'fatal'\n", 'khóa "fail-on": giá trị "fatal" không hợp lệ; cho phép: một '
                            "trong error, warning, info"),
    ("[severity]\nDAT003 = 'high'\n", 'khóa "severity.DAT003"'),
    ("report-date = '30/01/2026'\n", 'khóa "report-date"'),
    ("plugins = ['khong-co.py']\n", 'không tìm thấy mô-đun plugin "khong-co.py"'),
    ("select = [\n", "sai cú pháp TOML"),
])
def test_errors_name_the_file_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path / "soat.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: ")
    assert expected in str(info.value)


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    path = _write(tmp_path / "pyproject.toml", "[tool.soat]\nignore = [1]\n")
    with pytest.raises(ConfigError, match=r'khóa "tool\.soat\.ignore\[0\]"'):
        load_config(path)


def test_plan_merges_command_line_over_file(tmp_path: Path) -> None:
    _write(tmp_path / "soat.toml", "select = ['FMT']\nprofile = 'a'\n"
           "[per-file-ignores]\n'nhap-*.docx' = ['FMT901']\n")
    a, b = str(tmp_path / "bao-cao.docx"), str(tmp_path / "nhap-1.docx")
    batches = {bt.files: bt for bt in plan([a, b], rules=RULES)}
    assert [r.id for r in batches[(a,)].rules] == ["FMT901"]
    assert batches[(b,)].rules == ()
    assert batches[(a,)].profile == "a"
    cli = {bt.files: bt for bt in plan([a, b], rules=RULES, select=["DAT"], profile="b")}
    assert [r.id for r in cli[(a,)].rules] == ["DAT901"] and cli[(a,)].profile == "b"
    ignored = plan([a], rules=RULES, ignore=["FMT901"])
    assert ignored[0].rules == ()


def test_plan_rejects_unknown_selector_in_file(tmp_path: Path) -> None:
    _write(tmp_path / "soat.toml", "ignore = ['XYZ123']\n")
    with pytest.raises(ConfigError, match='soat.toml: khóa "select"/"ignore"'):
        plan([str(tmp_path / "a.docx")], rules=RULES)


def test_no_config_means_defaults(tmp_path: Path) -> None:
    assert config_for(tmp_path / "a.docx") == Config()


PLUGIN = '''
from validator import hookimpl
from validator.rule import Finding, Rule


class HouseRule(Rule):
    """Flags the word nháp.

    Why: a house rule.

    Bad:
        p: nháp
    Good:
        p: xong
    """

    id = "CON901"
    name = "draft-word-left"

    def check(self, doc):
        for p in doc.paragraphs():
            if "nháp" in p.text:
                yield Finding(p.location, "Còn chữ nháp")


@hookimpl
def soat_register_rules():
    return [HouseRule]
'''


def test_local_plugins(tmp_path: Path) -> None:
    _write(tmp_path / "house" / "rules_local.py", PLUGIN)
    cfg = load_config(_write(tmp_path / "soat.toml", "plugins = ['house/rules_local.py']\n"))
    found = plugin_rules(cfg, ["FMT901"])
    assert [r.id for r in found] == ["CON901"]
    with pytest.raises(ConfigError, match="trùng"):
        plugin_rules(cfg, ["CON901"])
    batch = plan([str(tmp_path / "a.docx")], rules=RULES)[0]
    assert "CON901" in [r.id for r in batch.rules]
    assert Finding  # imported for the plugin text above


# -- through the command line ----------------------------------------------------------------

# An issued report (a full state frame): its blanks are errors, not a blank form's warnings.
DEFECTIVE_BODY = """
p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường.
comment[soat: ignore FMT010]: Đồng chí …… phụ trách.
"""


def _docx(folder: Path, name: str = "bao-cao.docx", outline: str = DEFECTIVE_BODY) -> str:
    from tests.outline import build, state_frame

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(build(state_frame(outline)))
    return str(path)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from validator import cli
    from validator.plugins import Plugins, make_plugin_manager

    code = cli.main(list(args), plugins=Plugins(make_plugin_manager(autoload=False)))
    out, err = capsys.readouterr()
    return code, out, err


def _rules_in(out: str) -> list[str]:
    import json

    return [v["rule"] for f in json.loads(out)["files"] for v in f["violations"]]


def test_cli_bad_config_exits_2_naming_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _docx(tmp_path)
    _write(tmp_path / "soat.toml", "fail_on = 'warning'\n")
    code, out, err = _cli(capsys, "check", path)
    assert code == 2 and out == ""
    assert f'{tmp_path / "soat.toml"}: khóa "fail_on" không được hỗ trợ (có phải "fail-on"?)' in err
    assert "fail-on" in err  # what is allowed


def test_cli_config_select_and_flags_override(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _docx(tmp_path / "du-thao")
    _write(tmp_path / "pyproject.toml", "[tool.soat]\nselect = ['FMT010']\nfail-on = 'never'\n")
    code, out, _ = _cli(capsys, "check", path, "--format", "json")
    assert code == 0 and _rules_in(out) == ["FMT010"]  # the commented one is silenced
    code, out, _ = _cli(capsys, "check", path, "--format", "json", "--fail-on", "error")
    assert code == 1
    code, out, _ = _cli(capsys, "check", path, "--format", "json", "--no-suppress")
    assert _rules_in(out) == ["FMT010", "FMT010"]
    code, out, _ = _cli(capsys, "check", path, "--format", "json", "--select", "FMT007")
    assert _rules_in(out) == []  # suppression comments are not reviewer comments


def test_cli_baseline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _docx(tmp_path, outline="p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường.")
    base = str(tmp_path / "soat-baseline.json")
    code, out, err = _cli(capsys, "check", path, "--select", "FMT010", "--write-baseline", base)
    assert code == 0 and out == "" and "đã ghi 1 vấn đề" in err
    code, out, err = _cli(capsys, "check", path, "--select", "FMT010", "--baseline", base)
    assert code == 0 and "1 vấn đề đã có trong baseline" in err
    code, _, err = _cli(capsys, "check", path, "--baseline", str(tmp_path / "khong-co.json"))
    assert code == 2 and "không tìm thấy tệp baseline" in err


def test_every_wrong_key_is_reported_with_the_key_meant(tmp_path: Path) -> None:
    path = _write(tmp_path / "soat.toml",
                  "Select = ['DAT']\nfail_on = 'warning'\nreport_date = '2026-01'\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}: 3 chỗ sai:\n")
    for wrong, meant in (("Select", "select"), ("fail_on", "fail-on"),
                         ("report_date", "report-date")):
        assert f'  - khóa "{wrong}" không được hỗ trợ (có phải "{meant}"?)' in message


def test_the_pyproject_table_pasted_into_soat_toml_is_explained(tmp_path: Path) -> None:
    path = _write(tmp_path / "soat.toml", "[tool.soat]\nselect = ['DAT']\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "ghi các khóa ở cấp cao nhất" in message and "xóa dòng [tool.soat]" in message
    assert '"tool"' not in message


def test_report_date_override_is_a_setting(tmp_path: Path) -> None:
    path = _write(tmp_path / "soat.toml",
                  "report-date = '2026-01-30'\nreport-date-override = true\n")
    assert load_config(path).rule_settings() == {
        "report_date": "2026-01-30", "report_date_override": True}
    path.write_text("report-date = '2026-01-30'\n", encoding="utf-8")
    assert load_config(path).rule_settings() == {"report_date": "2026-01-30"}


def test_config_option_names_the_one_file(tmp_path: Path) -> None:
    office = _write(tmp_path / "van-phong.toml", "select = ['FMT']\nfail-on = 'warning'\n")
    _write(tmp_path / "du-thao" / "soat.toml", "select = ['DAT']\n")
    doc = str(tmp_path / "du-thao" / "a.docx")
    [batch] = plan([doc], rules=RULES, config=office)
    assert [r.id for r in batch.rules] == ["FMT901"] and batch.config.path == office
    from validator.config import fail_on_for

    assert fail_on_for([doc], office) == "warning"
    with pytest.raises(ConfigError, match="không tìm thấy tệp cấu hình"):
        plan([doc], rules=RULES, config=tmp_path / "khong-co.toml")


def test_stage(tmp_path: Path) -> None:
    cfg = load_config(_write(tmp_path / "soat.toml", 'stage = "final"\n'))
    assert cfg.rule_settings() == {"stage": "final"}
    with pytest.raises(ConfigError) as info:
        load_config(_write(tmp_path / "soat.toml", 'stage = "trinh-ky"\n'))
    assert 'khóa "stage"' in str(info.value) and "draft, final" in str(info.value)
