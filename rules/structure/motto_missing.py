"""STR006 motto-missing: Flags a header block without the Party title or the national motto."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, head_location, system_of
from validator.analysis.frame import Frame
from validator.model import Document, Location
from validator.profiles import Profile
from validator.rule import Severity


class MottoMissing(MissingElement):
    """Flags a header block without the Party title or the national motto.

    Why: A Party document carries "ĐẢNG CỘNG SẢN VIỆT NAM" top right (HD 36 §II.1.1); a state
    document carries "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (NĐ 30 Phụ lục I §II.1).

    Tóm tắt: Phần đầu văn bản thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" hoặc quốc hiệu.

    Vì sao: Văn bản của Đảng có tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" ở góc trên bên phải (Hướng dẫn 36
    mục II.1.1); văn bản nhà nước có quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (Nghị định 30
    Phụ lục I mục II.1).

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | Lâm Đồng, ngày 05 tháng 12 năm 2025   # expect: STR006
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    Good:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    """

    id = "STR006"
    name = "motto-missing"
    severity = Severity.ERROR

    element = "motto"

    def present(self, f: Frame, prof: Profile) -> bool:
        return f.motto is not None and (not prof.system or f.system == prof.system)

    def locate(self, doc: Document, f: Frame) -> Location:
        return f.motto.location if f.motto is not None else head_location(doc, f)

    def message(self, f: Frame, prof: Profile) -> str:
        expected = ("ĐẢNG CỘNG SẢN VIỆT NAM" if system_of(prof, f) == "party"
                    else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        if f.motto is not None:
            found = f.motto.text.strip().split("\n")[0]
            return (f'Phần tiêu đề ghi "{found}" nhưng hồ sơ {prof.name} cần '
                    f'"{expected}"')
        where = "tiêu đề" if system_of(prof, f) == "party" else "quốc hiệu"
        return f'Không thấy {where} "{expected}" ở góc phải phần tiêu đề'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        if system_of(prof, f) == "party":
            return ('Thêm dòng "ĐẢNG CỘNG SẢN VIỆT NAM" (in hoa, đứng đậm) ở góc phải, ngang với '
                    "tên cơ quan ban hành (Hướng dẫn 36-HD/VPTW, mục II.1.1).")
        return ('Thêm quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" và tiêu ngữ "Độc lập - Tự do '
                '- Hạnh phúc" ở góc phải (Nghị định 30/2020/NĐ-CP, Phụ lục I).')
