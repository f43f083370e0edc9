"""Rule NUM007: group rows of a table (I, II, II.1) out of sequence or badly nested."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.numerals import roman, roman_value
from validator.rule import Finding, Rule, Severity


class TableGroupOutOfSequence(Rule):
    """Flags a group row (I, II, II.1…) of an STT column out of sequence or badly nested.

    Flags a group row (I, II, II.1…) of a table's STT column out of sequence or nested under
    the wrong group.

    Why: tables of projects and targets group their rows: "I", "II", then "II.1", "II.2"
    under "II". A group that skips a number, or a "III.2" standing under "II" with no "III"
    and no "III.1", is a group heading lost or renumbered by hand.

    Tóm tắt: Dòng nhóm (I, II, II.1…) của bảng sai thứ tự hoặc nằm sai nhóm cấp trên.

    Vì sao: Bảng danh mục dự án, chỉ tiêu thường chia nhóm: "I", "II", rồi "II.1", "II.2" dưới "II".
    Nhóm nhảy số, hoặc "III.2" đứng dưới "II" mà không có "III" và "III.1", là đề mục nhóm bị mất
    hoặc bị đánh số lại bằng tay.

    Bad:
        table[header=1]: TT | Tên // I | A // II | C // II.1 | D // III.2 | E  # expect: NUM007
    Good:
        table[header=1]: TT | Tên // I | A // II | C // II.1 | D // II.2 | E
    """

    id = "NUM007"
    name = "table-group-out-of-sequence"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for seq in self.analysis.stt_tables:
            group: int | None = None
            sub = 0
            table = None
            for row in seq.rows:
                v, para = row.value, row.paragraph
                if para is None:
                    continue
                if row.table is not table:
                    table = row.table
                    if v.kind == "roman" and v.value == 1:
                        group, sub = None, 0  # a new table starts its own groups
                if v.kind == "letter" and v.text[:1].isupper():
                    group, sub = None, 0  # "A", "B" above the Roman groups
                elif v.kind == "roman" and v.value is not None:
                    want = (group or 0) + 1
                    if v.value != want:
                        what = "nhóm đầu tiên" if group is None else f"sau nhóm {roman(group)}"
                        yield Finding(para.at(0, 0),
                                      f'Dòng nhóm "{v.text}" là {what}, lẽ ra là {roman(want)}',
                                      f"Đánh lại số nhóm: dòng này lẽ ra là {roman(want)}.")
                    group, sub = v.value, 0
                elif v.kind == "dotted" and v.parent and not v.parent.isdigit():
                    parent = roman_value(v.parent)
                    n = v.value or 0
                    if parent != group:
                        here = f"dưới nhóm {roman(group)}" if group else "trước mọi nhóm"
                        yield Finding(
                            para.at(0, 0),
                            f'Dòng nhóm "{v.text}" đứng {here}: không có nhóm {v.parent} '
                            f"đứng trước nó",
                            f"Kiểm tra lại: lẽ ra là {roman(group)}.{sub + 1} hoặc thiếu dòng "
                            f"nhóm {v.parent}." if group else "Bổ sung dòng nhóm còn thiếu.")
                        group, sub = parent, n
                        continue
                    if n != sub + 1:
                        yield Finding(
                            para.at(0, 0),
                            f'Dòng nhóm "{v.text}" không nối tiếp: lẽ ra là {v.parent}.{sub + 1}',
                            f"Đánh lại số nhóm: {v.parent}.{sub + 1}.")
                    sub = n
