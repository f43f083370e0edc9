"""STR009 recipients-missing: Flags a document without its recipients block ("Nơi nhận:")."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, system_of
from validator.analysis.frame import Frame
from validator.profiles import Profile
from validator.rule import Severity


class RecipientsMissing(MissingElement):
    """Flags a document without its recipients block ("Nơi nhận:").

    Why: Every Party and state document ends with "Nơi nhận:", the list of recipients and the
    archive line (HD 36 §II.1.9; NĐ 30 Phụ lục I §II.9); without it nobody knows where it
    went.

    Tóm tắt: Văn bản thiếu phần "Nơi nhận:".

    Vì sao: Mọi văn bản của Đảng và Nhà nước đều kết thúc bằng "Nơi nhận:", danh sách nơi nhận và
    dòng lưu (Hướng dẫn 36 mục II.1.9; Nghị định 30 Phụ lục I mục II.9); thiếu phần này thì không ai
    biết văn bản đã gửi đi đâu.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: - Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B   # expect: STR009
    Good:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    """

    id = "STR009"
    name = "recipients-missing"
    severity = Severity.ERROR

    element = "recipients"
    where = "tail"

    def message(self, f: Frame, prof: Profile) -> str:
        return 'Không thấy khối "Nơi nhận:" ở cuối văn bản'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        if system_of(prof, f) == "party":
            return ('Thêm "Nơi nhận:" ở góc trái, ngang khối chữ ký, liệt kê nơi nhận (mỗi dòng '
                    'kết thúc bằng dấu phẩy) và dòng cuối "- Lưu Văn phòng …."')
        return ('Thêm "Nơi nhận:" ở góc trái, ngang khối chữ ký, liệt kê nơi nhận (mỗi dòng kết '
                'thúc bằng dấu chấm phẩy) và dòng cuối "- Lưu: VT, …."')
