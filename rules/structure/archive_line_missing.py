"""STR010 archive-line-missing: Flags a recipients block that does not end with the archive line ("Lưu …")."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, system_of
from validator.analysis.frame import Frame
from validator.model import Document, Location
from validator.profiles import Profile
from validator.rule import Severity


class ArchiveLineMissing(MissingElement):
    """Flags a recipients block that does not end with the archive line ("Lưu …").

    Why: The last entry of "Nơi nhận" says where the original is filed: "- Lưu Văn phòng Thành
    ủy." (HD 36 §II.1.9) or "- Lưu: VT, NC." (NĐ 30 Phụ lục I §II.9).

    Tóm tắt: Phần "Nơi nhận" không kết thúc bằng dòng "Lưu …".

    Vì sao: Dòng cuối cùng của "Nơi nhận" cho biết bản gốc được lưu ở đâu: "- Lưu Văn phòng Thành
    ủy." (Hướng dẫn 36 mục II.1.9) hoặc "- Lưu: VT, NC." (Nghị định 30 Phụ lục I mục II.9).

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B   # expect: STR010
    Good:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    """

    id = "STR010"
    name = "archive-line-missing"
    severity = Severity.ERROR

    element = "archive"

    def present(self, f: Frame, prof: Profile) -> bool:
        return f.recipients is None or f.archive is not None

    def locate(self, doc: Document, f: Frame) -> Location:
        last = f.recipient_lines[-1] if f.recipient_lines else f.recipients
        assert last is not None
        return last.location

    def message(self, f: Frame, prof: Profile) -> str:
        return 'Khối "Nơi nhận" không kết thúc bằng dòng lưu văn bản ("- Lưu …")'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        if system_of(prof, f) == "party":
            return 'Thêm dòng cuối "- Lưu Văn phòng Thành ủy." (ghi đủ tên, không có dấu hai chấm).'
        return 'Thêm dòng cuối "- Lưu: VT, <đơn vị soạn thảo>." (ví dụ "- Lưu: VT, NC.").'
