"""The citation index (analysis.citations) every code, date and cross-reference rule shares."""

import datetime as dt

from tests.harness import load
from tests.outline import party_frame
from validator.analysis import Analysis
from validator.analysis.citations import Citation, subject_core
from validator.analysis.citations import scan as scan_with
from validator.model import Paragraph
from validator.plugins import builtin_catalogue


def scan(p: Paragraph) -> list[Citation]:
    return scan_with(p, builtin_catalogue().vocabulary)


def one(text: str):  # noqa: ANN201
    (c,) = scan(Paragraph(part="body", index=0, text=text))
    return c


def test_party_citation_with_date_and_subject() -> None:
    c = one("Chương trình hành động số 05-CTr/TU, ngày 06/11/2026 thực hiện Nghị quyết.")
    assert (c.type_word, c.code, c.system, c.number, c.type_code, c.issuer) == (
        "Chương trình hành động", "05-CTr/TU", "party", "05", "CTr", "TU")
    assert c.date == dt.date(2026, 11, 6) and c.date_form == "numeric"
    assert c.date_text == "06/11/2026"
    assert c.subject.startswith("thực hiện Nghị quyết")


def test_long_date_and_key_equality() -> None:
    a = one("(theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025 của Thành ủy)")
    b = one("Chương trình số 5-CTR/TU")
    assert a.date == dt.date(2025, 11, 6) and a.date_form == "long"
    assert a.date_text == "ngày 06 tháng 11 năm 2025"
    assert a.key == b.key and b.code == "5-CTr/TU" and b.raw_type == "CTR"


def test_forms() -> None:
    assert one("Nghị quyết số 244/2025/QH15").system == "qh"
    q = one("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020")
    assert (q.system, q.year, q.type_code, q.issuer) == ("qppl", 2020, "NĐ", "CP")
    s = one("Kế hoạch số 218/KH-UBND ngày 26/8/2025")
    assert (s.system, s.type_code, s.issuer) == ("state", "KH", "UBND")
    cv = one("Văn bản số 5990/VPCP-KSTT")
    assert (cv.system, cv.type_code, cv.issuer, cv.code) == ("cv", None, "VPCP-KSTT",
                                                            "5990/VPCP-KSTT")


def test_malformed_are_recognised() -> None:
    c = one("Nghị quyết số 79 - NQ/TW, ngày 06/01/2026")
    assert (c.code, c.raw, c.issues) == ("79-NQ/TW", "79 - NQ/TW", ("spaces",))
    assert one("Kết luận số 45/KL-TW").issues == ("party-as-state",)
    assert one("Kết luận số 45/KL-TW").code == "45-KL/TW"
    assert one("Kế hoạch số 164-KH/UBND").issues == ("state-as-party",)
    assert one("Luật số 16/2023/QH-15").issues == ("qh-term",)
    blank = one("(Kèm theo Báo cáo số        /BC-UBND ngày   tháng 12 năm 2025)")
    assert blank.issues == ("blank-number",) and blank.raw == "/BC-UBND"


def test_deadlines_are_not_citation_dates() -> None:
    assert one("Kế hoạch số 12-KH/TU, từ ngày 01/3/2026").date is None


def test_subject_stops_at_the_next_code() -> None:
    p = Paragraph(part="body", index=0, text="Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban "
                  "Chấp hành Trung ương và Kết luận số 219-KL/TW, ngày 26/11/2025 về nông nghiệp.")
    a, b = scan(p)
    assert "219" not in a.subject and subject_core(a.subject) == ""
    assert subject_core(b.subject) == "nông nghiệp"
    assert subject_core("của UBND tỉnh về việc tạm giao biên chế") == "tạm giao biên chế"


def test_found_everywhere_and_cached() -> None:
    body = ("p: Nghị quyết số 07-[[r]]NQ/TU, ngày 29/01/2026.[^1: Kết luận số 208-KL/TW.]\n"
            "table: STT | Văn bản // 1 | Kế hoạch số 218/KH-UBND ngày 26/8/2025\n"
            "textbox: Chỉ thị số 05-CT/TW\n"
            "p[center]: **PHỤ LỤC 1**\n"
            "p[center]: (theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025)")
    doc = load(party_frame(body))
    analysis = Analysis(doc)
    found = analysis.citations
    assert analysis.citations is found
    where = {c.code: c.where for c in found}
    assert where["28-BC/TU"] == "header"
    assert where["07-NQ/TU"] == "body"
    assert where["208-KL/TW"] == "footnote"
    assert where["218/KH-UBND"] == "table"
    assert where["05-CTr/TU"] == "appendix-note"
    assert "05-CT/TW" in where
