"""STR004 party-asterisk-missing: Flags a Party document whose issuer name has no asterisk ("*") under it."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, head_location, system_of
from validator.analysis.frame import Frame
from validator.model import Document, Location
from validator.profiles import Profile
from validator.rule import Severity


class PartyAsteriskMissing(MissingElement):
    """Flags a Party document whose issuer name has no asterisk ("*") under it.

    Why: HD 36 §II.1.2 puts an asterisk under the issuer's name of every Party document, where a
    state document has a short rule.

    Tóm tắt: Văn bản của Đảng thiếu dấu sao (*) dưới tên cơ quan ban hành.

    Vì sao: Hướng dẫn 36 mục II.1.2 đặt dấu sao dưới tên cơ quan ban hành của mọi văn bản của Đảng,
    ở chỗ văn bản nhà nước có đường kẻ ngang.

    Bad:
        table: THÀNH ỦY HẢI PHÒNG{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026   # expect: STR004
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Các ban đảng Trung ương,{p}- Lưu Văn phòng Thành ủy. | T/M BAN THƯỜNG VỤ{p}BÍ THƯ{p}Nguyễn Văn A
    Good:
        table: THÀNH ỦY HẢI PHÒNG{p}*{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Các ban đảng Trung ương,{p}- Lưu Văn phòng Thành ủy. | T/M BAN THƯỜNG VỤ{p}BÍ THƯ{p}Nguyễn Văn A
    """

    id = "STR004"
    name = "party-asterisk-missing"
    severity = Severity.ERROR

    element = "asterisk"

    def present(self, f: Frame, prof: Profile) -> bool:
        if system_of(prof, f) != "party" or f.asterisk is not None:
            return True
        lines = [ln.strip() for p in (*f.issuer, f.number_line) if p is not None
                 for ln in p.text.split("\n")]
        return "*" in lines or not f.issuer

    def locate(self, doc: Document, f: Frame) -> Location:
        return f.issuer[-1].location if f.issuer else head_location(doc, f)

    def message(self, f: Frame, prof: Profile) -> str:
        lines = [ln.strip() for p in f.issuer for ln in p.text.split("\n") if ln.strip()]
        name = " ".join(ln for ln in lines if ln.strip("-_–"))
        rule = next((ln for ln in lines if not ln.strip("-_–")), None)
        if rule is None and f.issuer_rule is not None:
            rule = f.issuer_rule.text.strip()
        if rule:
            return (f'Dưới tên cơ quan ban hành "{name}" là đường kẻ "{rule}" (kiểu văn bản nhà '
                    "nước), thiếu dấu sao (*) của văn bản Đảng")
        return f'Thiếu dấu sao (*) dưới tên cơ quan ban hành "{name}"'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        return ('Thêm một dòng "*" căn giữa dưới tên cơ quan ban hành, trên dòng số và ký hiệu '
                "(Hướng dẫn 36-HD/VPTW, mục II.1.2).")
