"""Rule COD006 own-number-line-form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator.analysis.citations import scan
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class OwnNumberLineForm(Rule):
    """Flags the document's own number line written against its system's form.

    Why: a Party document is numbered "Số 28-BC/TU" (no colon, number-type/issuer) and a
    state document "Số: 28/BC-UBND" (colon, number/type-issuer); the type code must be the
    code of the document's own type name (BÁO CÁO goes with BC).

    Tóm tắt: Dòng số, ký hiệu của chính văn bản viết sai dạng của hệ thống (Đảng hay Nhà nước).

    Vì sao: Văn bản của Đảng ghi "Số 28-BC/TU" (không có dấu hai chấm; số-mã loại/cơ quan), văn bản
    nhà nước ghi "Số: 28/BC-UBND" (có dấu hai chấm; số/mã loại-cơ quan); mã loại phải là mã của
    chính tên loại văn bản (BÁO CÁO đi với BC).

    Bad:
        p: THÀNH ỦY HẢI PHÒNG
        p: *
        p: Số: 28-BC/TU  # expect: COD006
        p: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01
        p: Nội dung báo cáo.
    Good:
        p: THÀNH ỦY HẢI PHÒNG
        p: *
        p: Số 28-BC/TU
        p: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01
        p: Nội dung báo cáo.
    """

    id = "COD006"
    name = "own-number-line-form"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        f = self.analysis.frame
        p = f.number_line
        if p is None:
            return
        m = re.search(r"Số\s*(:?)", p.match)
        if m is None:
            return
        cites = scan(p, self.analysis.vocabulary, "header")
        c = cites[0] if cites else None
        system = f.system or (c.system if c else None)
        if c is not None and c.system in ("party", "state"):
            system = c.system if "party-as-state" in c.issues or "state-as-party" in c.issues \
                else system
        where = p.at(m.start(), (c.offset + c.length if c else m.end()) - m.start())
        colon = bool(m.group(1))
        if system == "party" and colon:
            yield Finding(where, f"Dòng số của văn bản Đảng \"{p.text.strip()}\" có dấu hai "
                          "chấm sau chữ \"Số\".", suggestion="Viết \"Số 28-BC/TU\" (không có "
                          "dấu hai chấm).")
        elif system == "state" and not colon:
            yield Finding(where, f"Dòng số của văn bản nhà nước \"{p.text.strip()}\" thiếu dấu "
                          "hai chấm sau chữ \"Số\".", suggestion="Viết \"Số: 28/BC-UBND\".")
        if c is None:
            return
        bad = [i for i in c.issues if i in ("spaces", "party-as-state", "state-as-party",
                                            "no-number")]
        if "party-as-state" in bad or "state-as-party" in bad or "spaces" in bad:
            yield Finding(c.location, f"Số, ký hiệu \"{c.raw}\" không đúng dạng của hệ thống "
                          "văn bản.", suggestion=f"Viết \"{c.code}\".")
        if f.type_name is None or not c.type_code:
            return
        name = f.type_name.text.split("\n")[0].strip()
        system = "party" if c.system == "party" else "state"
        expected = self.analysis.vocabulary.type_name_code(name, system)
        if expected and c.type_code not in expected:
            yield Finding(c.location, f"Mã loại \"{c.type_code}\" trong số, ký hiệu \"{c.raw}\" "
                          f"không khớp với tên loại văn bản \"{name}\" (mã {expected[0]}).",
                          suggestion=f"Dùng mã {expected[0]} cho {name.lower()}.")
