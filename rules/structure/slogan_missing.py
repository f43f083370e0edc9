"""STR007 slogan-missing: Flags a state document whose national motto lacks the line "Độc lập - Tự do - Hạnh phúc"."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from rules.structure._helpers import MissingElement, system_of
from validator.analysis.frame import Frame
from validator.model import Document, Location
from validator.profiles import Profile
from validator.rule import Severity


class SloganMissing(MissingElement):
    """Flags a state document whose national motto lacks the line "Độc lập - Tự do - Hạnh phúc".

    Why: NĐ 30 Phụ lục I §II.1: the national motto is two lines, the name of the state and, under
    it, "Độc lập - Tự do - Hạnh phúc". Party documents have no such line.

    Tóm tắt: Văn bản nhà nước thiếu dòng tiêu ngữ "Độc lập - Tự do - Hạnh phúc".

    Vì sao: Nghị định 30 Phụ lục I mục II.1: quốc hiệu và tiêu ngữ gồm hai dòng, tên nước và, ở
    dưới, "Độc lập - Tự do - Hạnh phúc". Văn bản của Đảng không có dòng này.

    Bad:
        table: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Lâm Đồng, ngày 05 tháng 12 năm 2025   # expect: STR007
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

    id = "STR007"
    name = "slogan-missing"
    severity = Severity.ERROR

    element = "slogan"

    def present(self, f: Frame, prof: Profile) -> bool:
        return (system_of(prof, f) != "state" or f.motto is None or f.system != "state"
                or f.slogan is not None)

    def locate(self, doc: Document, f: Frame) -> Location:
        assert f.motto is not None
        return f.motto.location

    def message(self, f: Frame, prof: Profile) -> str:
        return 'Thiếu tiêu ngữ "Độc lập - Tự do - Hạnh phúc" dưới quốc hiệu'

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        return ('Thêm dòng "Độc lập - Tự do - Hạnh phúc" (chữ thường, đứng đậm, căn giữa) dưới '
                'dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".')
