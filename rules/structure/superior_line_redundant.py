"""STR014 superior-line-redundant: a superior line above a committee directly under the centre."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from collections.abc import Iterator

from rules.structure._helpers import system_of
from validator import recache
from validator.model import Document, fold
from validator.rule import Finding, Rule, Severity

# "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" above "THÀNH ỦY HẢI PHÒNG"; "ĐẢNG BỘ TỈNH X" above "TỈNH ỦY X"
SUPERIOR = recache.compile(r"^ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ|TP\.?) (?P<place>.+)$")
COMMITTEE = recache.compile(r"^(?P<kind>TỈNH ỦY|THÀNH ỦY) (?P<place>.+)$")


def _upper(text: str) -> str:
    t = fold(text).upper().replace("UỶ", "ỦY")
    return " ".join(t.split())


class SuperiorLineRedundant(Rule):
    """Flags a superior line above a Tỉnh ủy or Thành ủy directly under the centre.

    Why: HD 36 §II.1.2.1 c: a provincial or centrally-run city committee is named alone
    ("THÀNH ỦY HẢI PHÒNG", then "*"); only district-level and lower bodies add their
    superior Party organisation as a first line. A Thành ủy of a city under a province
    ("ĐẢNG BỘ TỈNH THÁI NGUYÊN" / "THÀNH ỦY SÔNG CÔNG") keeps its superior line.

    Tóm tắt: Tỉnh ủy, Thành ủy trực thuộc Trung ương ghi thêm dòng cơ quan cấp trên (thừa).

    Vì sao: Hướng dẫn 36 mục II.1.2.1 điểm c: tỉnh ủy, thành ủy trực thuộc Trung ương chỉ ghi tên
    mình ("THÀNH ỦY HẢI PHÒNG", rồi dấu "*"); chỉ cấp huyện và cấp dưới mới ghi thêm tên tổ chức
    đảng cấp trên ở dòng đầu. Thành ủy của thành phố thuộc tỉnh ("ĐẢNG BỘ TỈNH THÁI NGUYÊN" / "THÀNH
    ỦY SÔNG CÔNG") vẫn giữ dòng cấp trên.

    Bad:
        table: ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG{p}THÀNH ỦY HẢI PHÒNG{p}*{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026   # expect: STR014
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
    Good:
        table: THÀNH ỦY HẢI PHÒNG{p}*{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
    """

    id = "STR014"
    name = "superior-line-redundant"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        prof = self.profile
        if "issuer" not in prof.frame_required:
            return
        f = self.analysis.frame
        if system_of(prof, f) != "party":
            return
        lines = [(p, _upper(ln)) for p in f.issuer for ln in p.text.split("\n") if ln.strip()]
        for (sp, sup), (_cp, com) in zip(lines, lines[1:], strict=False):
            ms, mc = SUPERIOR.match(sup), COMMITTEE.match(com)
            if not (ms and mc):
                continue
            if mc.group("kind") == "THÀNH ỦY" and ms.group("place") != mc.group("place"):
                continue  # a city committee under a province keeps its superior line
            yield Finding(
                sp.location,
                f'Dòng cơ quan cấp trên "{sup}" thừa: {mc.group("kind").lower().capitalize()} '
                f"trực thuộc Trung ương chỉ ghi tên mình",
                suggestion=f'Bỏ dòng "{sup}", chỉ ghi "{com}" và dấu "*" dưới đó (Hướng dẫn 36-HD/VPTW, mục II.1.2).',
            )
            return
