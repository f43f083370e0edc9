"""STR003 issuer-missing: Flags a header block that does not name the issuing body."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, system_of
from validator.analysis.frame import Frame
from validator.profiles import Profile
from validator.rule import Severity


class IssuerMissing(MissingElement):
    """Flags a header block that does not name the issuing body.

    Why: The issuer's name stands top left, above the number (HD 36 §II.1.2; NĐ 30 Phụ lục I
    §II.2); a document without it has no author.

    Tóm tắt: Phần đầu văn bản không có tên cơ quan ban hành.

    Vì sao: Tên cơ quan ban hành đứng ở góc trên bên trái, trên số, ký hiệu (Hướng dẫn 36 mục
    II.1.2; Nghị định 30 Phụ lục I mục II.2); văn bản thiếu tên cơ quan là văn bản không rõ tác giả.

    Bad:
        table: Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025   # expect: STR003
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

    id = "STR003"
    name = "issuer-missing"
    severity = Severity.ERROR

    element = "issuer"

    def message(self, f: Frame, prof: Profile) -> str:
        return "Không thấy tên cơ quan ban hành ở góc trái phần tiêu đề (trên dòng số và ký hiệu)"

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        if system_of(prof, f) == "party":
            return ('Ghi tên cấp ủy ban hành bằng chữ in hoa đứng đậm ở góc trái, ví dụ "THÀNH ỦY '
                    'HẢI PHÒNG", dưới đó là dấu "*" (Hướng dẫn 36-HD/VPTW).')
        return ('Ghi tên cơ quan chủ quản (nếu có) và tên cơ quan ban hành bằng chữ in hoa ở góc '
                'trái, ví dụ "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG" (Nghị định 30/2020/NĐ-CP).')
