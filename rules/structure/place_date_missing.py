"""STR008 place-date-missing: Flags a header block without the place-and-date line."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, head_location
from validator.analysis.frame import Frame
from validator.model import Document, Location
from validator.profiles import Profile
from validator.rule import Severity


class PlaceDateMissing(MissingElement):
    """Flags a header block without the place-and-date line.

    Why: The place and date of signing stand under the motto (HD 36 §II.1.4; NĐ 30 Phụ lục I §II.4).
    In a draft the day is normally left blank ("ngày    tháng 12 năm 2025"): that line is
    present, not missing.

    Tóm tắt: Văn bản thiếu dòng địa danh, ngày tháng năm.

    Vì sao: Địa danh và ngày tháng năm ký đứng dưới tiêu đề hoặc quốc hiệu (Hướng dẫn 36 mục II.1.4;
    Nghị định 30 Phụ lục I mục II.4). Trong dự thảo, ngày thường để trống ("ngày tháng 12 năm
    2025"): dòng đó vẫn có, không bị coi là thiếu.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc   # expect: STR008
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    Good:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số:      /BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày      tháng 12 năm 2025
        p: BÁO CÁO
        p: kết quả công tác quý IV năm 2025
        p: I. KẾT QUẢ ĐẠT ĐƯỢC
        p: Nội dung báo cáo.
        table: Nơi nhận:{p}- Bộ Nội vụ;{p}- Lưu: VT, NC. | KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH{p}Nguyễn Văn B
    """

    id = "STR008"
    name = "place-date-missing"
    severity = Severity.ERROR

    element = "place_date"

    def locate(self, doc: Document, f: Frame) -> Location:
        anchor = f.slogan or f.motto
        return anchor.location if anchor is not None else head_location(doc, f)

    def message(self, f: Frame, prof: Profile) -> str:
        return "Không thấy dòng địa danh và ngày tháng năm ban hành trong phần tiêu đề"

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        return ('Thêm dòng địa danh, ngày tháng năm (chữ nghiêng) dưới tiêu đề/quốc hiệu, dạng '
                '"Hải Phòng, ngày 30 tháng 01 năm 2026"; trong bản dự thảo có thể để trống ngày.')
