"""FMT020 element-format-not-prescribed."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._format import ALIGN_WORDS, KEYS, PARTLY, WORDS, deviations
from rules.formatting._helpers import is_form
from validator.analysis.elements import Element
from validator.model import Document
from validator.rule import Finding, Fix, Related, Rule, Severity


class ElementFormatNotPrescribed(Rule):
    """Flags an element of the thể thức not in the case, weight, slant or alignment prescribed.

    Why: Nghị định 30 (Phụ lục I) and Hướng dẫn 36 (Phụ lục 3) fix how each element is set:
    the slogan upright bold and centred under the motto, the place and date in italics, the
    issuer and the type name in bold capitals, the signer's title bold (state) or not (Party),
    "Nơi nhận" italic bold (state) or underlined (Party). The profile holds these as data
    (``[format.<element>]``). One finding per element, naming every attribute that differs;
    an error where the element was found by its words or its style, a warning where it was
    only guessed from its position (the summary line, the signer's name). Forms and routing
    slips are not checked.

    Tóm tắt: Thành phần thể thức (quốc hiệu, tiêu ngữ, tên cơ quan, địa danh ngày tháng, tên
    loại, trích yếu, nơi nhận, chữ ký…) không in hoa, in đậm, in nghiêng hay căn lề đúng quy định.

    Vì sao: Nghị định 30 (Phụ lục I) và Hướng dẫn 36 (Phụ lục 3) quy định kiểu chữ và vị trí của
    từng thành phần: tiêu ngữ in đứng, đậm, căn giữa dưới quốc hiệu; địa danh, ngày tháng in
    nghiêng; tên cơ quan và tên loại văn bản in hoa, đậm; chức vụ người ký in đậm (văn bản nhà
    nước) hoặc không in đậm (văn bản của Đảng); từ "Nơi nhận" in nghiêng, đậm (nhà nước) hoặc
    gạch chân (Đảng). Mỗi thành phần một cảnh báo, nêu mọi điểm sai; là lỗi khi thành phần được
    nhận ra chắc chắn (theo chữ hoặc kiểu đoạn), là cảnh báo khi chỉ đoán theo vị trí.

    Bad:
        p[center]: **ỦY BAN NHÂN DÂN**
        p[center]: **TỈNH LÂM ĐỒNG**
        p[center]: Số: 12/BC-UBND
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Độc lập - Tự do - Hạnh phúc  # expect: FMT020 "tiêu ngữ phải in đậm"
        p[center]: _Lâm Đồng, ngày 30 tháng 01 năm 2026_
        p[center]: **BÁO CÁO**
    Good:
        p[center]: **ỦY BAN NHÂN DÂN**
        p[center]: **TỈNH LÂM ĐỒNG**
        p[center]: Số: 12/BC-UBND
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: **Độc lập - Tự do - Hạnh phúc**
        p[center]: _Lâm Đồng, ngày 30 tháng 01 năm 2026_
        p[center]: **BÁO CÁO**
    """

    id = "FMT020"
    name = "element-format-not-prescribed"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        fmt = self.analysis.format
        if not fmt or is_form(self.analysis):
            return
        found = []
        by_hand = _cells_placed_by_hand(doc)
        for el in sorted(self.analysis.elements, key=_order):
            spec = fmt.get(el.name)
            if spec:
                p = el.paragraph
                # a block lined up with spaces: its widest line may stand flush left
                alone = el.alone and (p.table, p.cell) not in by_hand
                wrong, align = deviations(p, el.start, el.end, alone, spec)
                if wrong or align is not None:
                    found.append((el, wrong, align))
        reported: set[int] = set()
        for el, wrong, align in found:
            if id(el) in reported:
                continue
            # the grounds, the appendices' lines…: one finding for those set alike
            others = [e for e, w, a in found if e is not el and e.name == el.name
                      and el.name in _ONCE and (w, a) == (wrong, align)]
            reported.update(id(e) for e in others)
            label = str(fmt[el.name].get("label", el.name))
            yield self._finding(el, label, wrong, align, others)

    @staticmethod
    def _finding(el: Element, label: str, wrong: list[tuple[str, bool, str]],
                 align: str | None, others: list[Element]) -> Finding:
        must = [WORDS[attr][0 if want else 1] for attr, want, _ in wrong
                if want or attr == "caps"]
        if align:
            must.append(ALIGN_WORDS.get(align, align))
        never = [WORDS[attr][1] for attr, want, _ in wrong if not want and attr != "caps"]
        said = [f"phải {', '.join(must)}"] if must else []
        if never:
            said.append(f"không được {', '.join(never)}")
        parts = [f"{label} {', '.join(said)}"]
        partly = [f'“{text}” {PARTLY[(attr, want)]}' for attr, want, text in wrong
                  if text and (attr, want) in PARTLY]
        if partly:
            parts.append(f" ({'; '.join(partly)})")
        if others:
            parts.append(f" ({len(others) + 1} chỗ)")
        keys = [KEYS[attr] for attr, _, _ in wrong] + ([KEYS[align]] if align else [])
        fixable = [(attr, want) for attr, want, _ in wrong if not (attr == "caps" and not want)]
        return Finding(
            el.location,
            "".join(parts),
            suggestion=f"Chọn {label[0].lower()}{label[1:]} và đặt lại kiểu chữ "
            f"({', '.join(keys)}).",
            related=tuple(Related(e.location, label) for e in others[:10]),
            severity=None if el.certain else Severity.WARNING,
            fix=Fix(format=tuple(fixable), alignment=align) if fixable or align else None,
        )


# Elements that repeat (each ground, each appendix): one finding for those set alike.
_ONCE = frozenset(("grounds", "appendix_label", "appendix_title", "appendix_note",
                   "signature_authority"))


def _cells_placed_by_hand(doc: Document) -> set[tuple[int | None, int | None]]:
    """The columns of a table (the header's and the signature's blocks) where a line is pushed
    into place with spaces or tabs: there the drafter lines up the block by hand, so no line
    of it is held to an alignment."""
    out: set[tuple[int | None, int | None]] = set()
    for p in doc.body_paragraphs:
        if p.table is not None and p.match[:1] in (" ", "\t") and p.match.strip():
            out.add((p.table, p.cell))
    return out


def _order(el: Element) -> tuple[int, int, int]:
    p = el.paragraph
    return (0 if p.part == "body" else 1, p.index, el.start)
