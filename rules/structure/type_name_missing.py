"""STR001 type-name-missing: Flags an administrative document without its type name ("BÁO CÁO", "QUYẾT ĐỊNH"…)."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement
from validator.analysis.frame import Frame
from validator.profiles import Profile
from validator.rule import Severity


class TypeNameMissing(MissingElement):
    """Flags an administrative document without its type name ("BÁO CÁO", "QUYẾT ĐỊNH"…).

    Why: Every document type except the công văn carries its type name, centred in bold capitals
    under the header block (HD 36 §II.1.5; NĐ 30 Phụ lục I §II.5); without it a reader cannot
    tell a report from a plan.

    Tóm tắt: Văn bản thiếu tên loại ("BÁO CÁO", "QUYẾT ĐỊNH"…).

    Vì sao: Mọi loại văn bản, trừ công văn, đều có tên loại, viết in hoa, đậm, căn giữa dưới phần
    đầu văn bản (Hướng dẫn 36 mục II.1.5; Nghị định 30 Phụ lục I mục II.5); thiếu tên loại thì người
    đọc không phân biệt được báo cáo với kế hoạch.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}Lâm Đồng, ngày 05 tháng 12 năm 2025   # expect: STR001
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

    id = "STR001"
    name = "type-name-missing"
    severity = Severity.ERROR

    element = "type_name"

    def message(self, f: Frame, prof: Profile) -> str:
        code = f.type_code
        name = self.analysis.vocabulary.type_name(code, f.system) if code else None
        if name:
            return (f'Không thấy tên loại văn bản "{name}" dưới phần tiêu đề (ký hiệu "{code}" '
                    f'trong số văn bản cho thấy đây là {name.lower()})')
        return 'Không thấy tên loại văn bản (như "BÁO CÁO") dưới phần tiêu đề'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        code = f.type_code
        name = (self.analysis.vocabulary.type_name(code, f.system) if code else None) \
            or prof.doc_type or "BÁO CÁO"
        return (f'Thêm tên loại "{name}" trên một dòng riêng dưới phần tiêu đề, căn giữa, chữ in '
                "hoa đứng đậm, tiếp theo là trích yếu nội dung.")
