"""STR011 signature-missing: Flags a document without a signature block (authority, position and signer's name)."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, system_of
from validator.analysis.frame import Frame
from validator.profiles import Profile
from validator.rule import Severity


class SignatureMissing(MissingElement):
    """Flags a document without a signature block (authority, position and signer's name).

    Why: The signature block names who signs and in what capacity: "T/M BAN THƯỜNG VỤ / BÍ THƯ"
    (HD 36 §II.1.7), "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    (NĐ 30 Phụ lục I §II.7), then the signer's name.

    Tóm tắt: Văn bản thiếu phần chữ ký (thẩm quyền ký, chức vụ, họ tên người ký).

    Vì sao: Phần chữ ký cho biết ai ký và ký với tư cách gì: "T/M BAN THƯỜNG VỤ / BÍ THƯ" (Hướng dẫn
    36 mục II.1.7), "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (Nghị định 30
    Phụ lục I mục II.7), rồi họ tên người ký.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. |   # expect: STR011
    Good:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    """

    id = "STR011"
    name = "signature-missing"
    severity = Severity.ERROR

    element = "signature"
    where = "tail"

    def present(self, f: Frame, prof: Profile) -> bool:
        return f.signature is not None

    def message(self, f: Frame, prof: Profile) -> str:
        return "Không thấy khối chữ ký (thẩm quyền ký, chức vụ và họ tên người ký)"

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        if system_of(prof, f) == "party":
            return ('Thêm khối chữ ký ở góc phải: thẩm quyền (ví dụ "T/M BAN THƯỜNG VỤ"), chức vụ '
                    '("BÍ THƯ") và họ tên người ký (Hướng dẫn 36-HD/VPTW, mục II.1.7).')
        return ('Thêm khối chữ ký ở góc phải: thẩm quyền (TM., KT., TL., TUQ. hoặc Q.), chức vụ '
                "và họ tên người ký (Nghị định 30/2020/NĐ-CP, Phụ lục I).")
