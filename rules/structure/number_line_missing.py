"""STR005 number-line-missing: Flags an administrative document without its number-and-symbol line."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, system_of
from validator.analysis.frame import Frame
from validator.profiles import Profile
from validator.rule import Severity


class NumberLineMissing(MissingElement):
    """Flags an administrative document without its number-and-symbol line.

    Why: The number and symbol identify the document in every later citation (HD 36 §II.1.3; NĐ 30
    Phụ lục I §II.3). In a draft the number itself may be left blank for the records office
    ("Số:      /BC-UBND"): that line is present, not missing.

    Tóm tắt: Văn bản thiếu dòng số, ký hiệu.

    Vì sao: Số, ký hiệu là cách mọi văn bản sau này dẫn tới văn bản (Hướng dẫn 36 mục II.1.3; Nghị
    định 30 Phụ lục I mục II.3). Trong dự thảo, số có thể để trống cho văn thư ("Số: /BC-UBND"):
    dòng đó vẫn có, không bị coi là thiếu.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025   # expect: STR005
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

    id = "STR005"
    name = "number-line-missing"
    severity = Severity.ERROR

    element = "number_line"

    def message(self, f: Frame, prof: Profile) -> str:
        return "Không thấy dòng số và ký hiệu văn bản dưới tên cơ quan ban hành"

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        system = system_of(prof, f)
        code = self.analysis.vocabulary.number_code(f.doc_type, system) or "BC"
        if system == "party":
            return (f'Thêm dòng số và ký hiệu dưới dấu "*", dạng "Số 28-{code}/TU" (không có dấu '
                    "hai chấm); trong bản dự thảo có thể để trống số.")
        return (f'Thêm dòng số và ký hiệu dưới tên cơ quan ban hành, dạng "Số: 12/{code}-UBND"; '
                "trong bản dự thảo có thể để trống số.")
