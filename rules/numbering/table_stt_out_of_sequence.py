"""Rule NUM006: the STT column of a table skips, repeats or goes back."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.tables import SttRow, SttTable
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity


class TableSttOutOfSequence(Rule):
    """Flags a row number in a table's STT column that does not follow the row before it.

    Why: the STT column ("STT", "TT", or a first column of 1, 2, 3…) runs 1, 2, 3… through
    the whole table, across header rows repeated on each page and across a table continued in
    several Word tables with the same header; a group row ("I", "II.1") may start it again at
    1. A skipped or repeated number is a row lost, added or moved without renumbering.

    Tóm tắt: Cột STT của bảng không liên tục.

    Vì sao: Cột STT ("STT", "TT", hoặc cột đầu ghi 1, 2, 3…) chạy liên tục 1, 2, 3… suốt bảng, qua
    các hàng tiêu đề lặp lại ở mỗi trang và qua một bảng được chia thành nhiều bảng Word có cùng
    tiêu đề; một dòng nhóm ("I", "II.1") có thể bắt đầu lại từ 1. Số bị nhảy hoặc lặp là một dòng bị
    mất, thêm hoặc chuyển mà chưa đánh số lại.

    Bad:
        table[header=1]: STT | Dự án // 1 | Cầu Vạn // 2 | Nhà ga T2 // 4 | Cảng  # expect: NUM006
    Good:
        table[header=1]: STT | Dự án // 1 | Cầu Vạn // 2 | Nhà ga T2 // 3 | Cảng
    """

    id = "NUM006"
    name = "table-stt-out-of-sequence"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        last_of_previous: int | None = None
        for seq in self.analysis.stt_tables:
            yield from self._sequence(seq, last_of_previous)
            ints = [r.value.value for r in seq.rows if r.value.kind == "int"]
            last_of_previous = ints[-1] if ints else None

    def _sequence(self, seq: SttTable, before: int | None) -> Iterator[Finding]:
        prev: SttRow | None = None
        after_group = False
        ints = [r for r in seq.rows if r.value.kind == "int"]
        final = ints[-1] if ints else None
        for row in seq.rows:
            v = row.value
            if v.kind in ("roman", "band") or (v.kind == "letter" and v.text[:1].isupper()) \
                    or (v.kind == "dotted" and v.text[:1].isupper()):  # "III.2": a sub-group
                after_group = True
                continue
            if v.kind != "int" or v.value is None or row.paragraph is None:
                continue
            n = v.value
            if prev is None:
                if n != 1 and not (before is not None and n == before + 1) and \
                        not (n == 0 and not seq.named):
                    yield Finding(row.paragraph.at(0, 0),
                                  f"Cột STT của bảng bắt đầu từ {v.text}, lẽ ra từ 1",
                                  "Bổ sung các dòng còn thiếu hoặc đánh lại STT từ 1.")
            else:
                p = prev.value.value or 0
                fresh = n == 1 and row.table is not prev.table  # a new table, a new list
                # a last row far down ("15" after "10") is a rank of one's own unit
                own_rank = row is final and n > p + 1 and len(ints) > 5
                if n == p + 1 or (after_group and n == 1) or fresh or own_rank:
                    pass
                else:
                    yield self._finding(row, prev, p, n)
            prev = row
            after_group = False

    @staticmethod
    def _finding(row: SttRow, prev: SttRow, p: int, n: int) -> Finding:
        assert row.paragraph is not None
        if n == p:
            msg = f'Cột STT lặp lại số {n} (dòng trước cũng là "{prev.value.text}")'
        elif n > p + 1:
            missing = (str(p + 1) if n == p + 2 else f"{p + 1} và {n - 1}" if n == p + 3
                       else f"{p + 1} đến {n - 1}")
            msg = f"Cột STT nhảy từ {p} lên {n}: thiếu {missing}"
        else:
            msg = f"Cột STT lùi từ {p} về {n}: lẽ ra là {p + 1}"
        rel = (Related(prev.paragraph.location, "Dòng trước", prev.value.text),) \
            if prev.paragraph is not None else ()
        return Finding(row.paragraph.at(0, 0), msg,
                       f"Đánh lại STT liên tục: dòng này lẽ ra là {p + 1}.", related=rel)
