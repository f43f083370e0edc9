"""FMT014 draft-mark-left: the mark is an error only in the copy that goes to signature."""

import pytest

from rules.formatting.draft_mark_left import DraftMarkLeft
from tests.harness import assert_outline
from tests.outline import state_frame

FINAL = {"stage": "final"}


@pytest.mark.parametrize("mark", ["DỰ THẢO", "Dự thảo lần 2", "(Dự thảo)", "DỰ THẢO 2"])
def test_the_mark_at_stage_final(mark: str) -> None:
    outline = state_frame("p: Trong tháng, các nhiệm vụ được triển khai.")
    outline = f"p: {mark}  # expect: FMT014\n{outline}"
    assert_outline(DraftMarkLeft, outline, settings=FINAL)


def test_the_mark_in_a_text_box() -> None:
    outline = "textbox: DỰ THẢO 2  # expect: FMT014\n" + state_frame("p: Nội dung.")
    assert_outline(DraftMarkLeft, outline, settings=FINAL)


def test_while_drafting_the_mark_is_expected() -> None:
    outline = "p: DỰ THẢO\n" + state_frame("p: Trong tháng, các nhiệm vụ được triển khai.")
    assert_outline(DraftMarkLeft, outline)
    assert_outline(DraftMarkLeft, outline, settings={"stage": "draft"})


def test_a_sentence_about_a_draft_is_no_mark() -> None:
    body = ("p: Dự thảo Nghị quyết của HĐND tỉnh quy định thu phí, lệ phí đã được gửi lấy ý "
            "kiến.")
    assert_outline(DraftMarkLeft, state_frame(body), settings=FINAL)


def test_stage_from_the_command_line_and_the_configuration(
        tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from pathlib import Path

    from tests.outline import build
    from validator import cli

    folder = Path(str(tmp_path))
    path = folder / "du-thao.docx"
    path.write_bytes(build("p: DỰ THẢO\n" + state_frame("p: Trong tháng, các nhiệm vụ.")))

    def rules_found(*args: str) -> list[str]:
        cli.main(["check", str(path), "--select", "FMT014", "--format", "json", "--no-plugins",
                  *args])
        report = json.loads(capsys.readouterr().out)
        return [v["rule"] for v in report["files"][0]["violations"]]

    assert rules_found() == []
    assert rules_found("--stage", "final") == ["FMT014"]
    (folder / "soat.toml").write_text('stage = "final"\n', encoding="utf-8")
    assert rules_found() == ["FMT014"]
    assert rules_found("--stage", "draft") == []
