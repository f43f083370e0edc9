"""STR002 summary-line-missing: Flags a type name with no summary line (trích yếu) under it."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement
from validator.analysis.frame import Frame
from validator.model import Document, Location
from validator.profiles import Profile
from validator.rule import Severity


class SummaryLineMissing(MissingElement):
    """Flags a type name with no summary line (trích yếu) under it.

    Why: The trích yếu says in one line what the document is about; it stands under the type name
    (or, in a công văn, under the number as "V/v …"). HD 36 §II.1.5; NĐ 30 Phụ lục I §II.5.

    Tóm tắt: Tên loại văn bản không có trích yếu nội dung ở dưới.

    Vì sao: Trích yếu nói trong một dòng văn bản về việc gì; nó đứng dưới tên loại (với công văn thì
    đứng dưới số, ký hiệu, dạng "V/v …"). Hướng dẫn 36 mục II.1.5; Nghị định 30 Phụ lục I mục II.5.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025
        p: BÁO CÁO   # expect: STR002
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

    id = "STR002"
    name = "summary-line-missing"
    severity = Severity.ERROR

    element = "summary"

    def present(self, f: Frame, prof: Profile) -> bool:
        return f.type_name is None or f.summary is not None

    def locate(self, doc: Document, f: Frame) -> Location:
        assert f.type_name is not None
        return f.type_name.location

    def message(self, f: Frame, prof: Profile) -> str:
        assert f.type_name is not None
        name = f.type_name.text.strip().split("\n")[0]
        return f'Thiếu trích yếu nội dung dưới tên loại "{name}"'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        return ("Thêm một dòng trích yếu ngay dưới tên loại, căn giữa, đứng đậm, bắt đầu bằng chữ "
                'thường (ví dụ "tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 '
                'năm 2026").')
