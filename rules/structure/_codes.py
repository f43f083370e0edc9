"""Type names and their codes in the number line (NĐ 30 Phụ lục III §I; HD 36 §II.1.3.1 b)."""

from __future__ import annotations

TYPE_NAMES = {
    "NQ": "NGHỊ QUYẾT", "QĐ": "QUYẾT ĐỊNH", "QĐi": "QUY ĐỊNH", "QyĐ": "QUY ĐỊNH",
    "CT": "CHỈ THỊ", "QC": "QUY CHẾ", "TC": "THÔNG CÁO", "TB": "THÔNG BÁO", "HD": "HƯỚNG DẪN",
    "CTr": "CHƯƠNG TRÌNH", "KH": "KẾ HOẠCH", "PA": "PHƯƠNG ÁN", "ĐA": "ĐỀ ÁN", "DA": "DỰ ÁN",
    "BC": "BÁO CÁO", "BB": "BIÊN BẢN", "TTr": "TỜ TRÌNH", "KL": "KẾT LUẬN", "TT": "THÔNG TƯ",
    "NĐ": "NGHỊ ĐỊNH", "GM": "GIẤY MỜI", "GGT": "GIẤY GIỚI THIỆU", "CĐ": "CÔNG ĐIỆN",
}
TYPE_CODE = {name: code for code, name in TYPE_NAMES.items() if code not in ("QyĐ", "TT")}
TYPE_CODE["QUY ĐỊNH"] = "QĐi"
