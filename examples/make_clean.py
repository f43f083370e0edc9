"""Build the corrected ("clean") example report from the user's draft.

    python examples/make_clean.py [SOURCE.docx] [OUTPUT.docx]

The source is the real draft ``examples/bao-cao-thang-01-2026.docx``; the output
``examples/bao-cao-thang-01-2026-sach.docx`` is the same report with each defect a reviewer
would send back corrected, edited in the Word XML so that everything else (layout, tables,
footnotes, sections) stays as the drafter made it:

- "Nghị quyết số 79 - NQ/TW" → "79-NQ/TW" (a code is written solid);
- "Chương trình hành động số 05-CTr/TU, ngày 06/11/2026" → 06/11/2025, the date Phụ lục 1
  gives (and a date after the report's own date cannot be a citation);
- "Tổng thu ngân sách nhà nước đạt 24.210 tỷ đồng, đạt 12,4% …, tăng 28,3% …, đạt 128,5%
  so với Kế hoạch thu ngân sách tháng 01" → 24.622, 12,6%, 30,5% and 130,7%, as Phụ lục 2
  gives them (24.622 / 18.836,96 = 130,7%); "850 triệu lượt khách" → "850 nghìn lượt
  khách" (0,85 triệu in Phụ lục 2);
- "7 kế hoạch" → "07 kế hoạch", as the other counts of the list; "Đoàn TN" written out, and
  the one "HĐND" of a report that writes "Hội đồng nhân dân" out everywhere else;
- the typos "khôi Đảng" (khối), "vụ ngộ thực phẩm" (ngộ độc) and "Tết Nguyên đán Bình Ngô"
  (Bính Ngọ);
- "Đại hội đại biểu toàn quốc lần thứ XIV nhiệm kỳ 2025 - 2030" → 2026 - 2031 (the term the
  XIV Congress opens), and the Đề án on the socialist model for Hải Phòng given its one period
  "giai đoạn 2026 - 2030" where a later section wrote 2025 - 2030;
- "15,5 - 16" and "55,2" in Phụ lục 2 columns written in the table's notation (15.5, 55.2);
- one tone-mark placement throughout ("khóa", "hóa", "Thành ủy"); periods written with a
  hyphen ("2025 - 2030"); "hằng quý" (every quarter) for "hàng quý";
- names and common nouns with the capitals of Nghị định 30/2020/NĐ-CP Phụ lục II ("Mặt trận
  Tổ quốc Việt Nam", "Ban Tổ chức Thành ủy", "ngân sách nhà nước", "các sở, ban, ngành"), and
  the names of a day and a festival ("Ngày Tổng tuyển cử đầu tiên", "Tết Nguyên đán");
- the heading "PHỤ LỤC 3" that the body cites, and the third appendix table's STT column and
  group rows (I, II, II.1, II.2, III, III.1, III.2) renumbered to the rows the table holds,
  with group counts that match;
- the thể thức of Hướng dẫn 36-HD/VPTW Phụ lục 3: "Nơi nhận:" upright and underlined (not
  the state's italic bold), the signer's title "PHÓ BÍ THƯ THƯỜNG TRỰC" upright, not bold.
"""

from __future__ import annotations

import copy
import io
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HERE = Path(__file__).resolve().parent
SOURCE = HERE / "bao-cao-thang-01-2026.docx"
OUTPUT = HERE / "bao-cao-thang-01-2026-sach.docx"

REPLACEMENTS = [
    ("Nghị quyết số 79 - NQ/TW", "Nghị quyết số 79-NQ/TW"),
    ("05-CTr/TU, ngày 06/11/2026", "05-CTr/TU, ngày 06/11/2025"),
    (
        "đạt 24.210 tỷ đồng, đạt 12,4% dự toán Trung ương giao năm 2026, tăng 28,3% so với cùng"
        " kỳ năm trước, đạt 128,5% so với",
        "đạt 24.622 tỷ đồng, đạt 12,6% dự toán Trung ương giao năm 2026, tăng 30,5% so với cùng"
        " kỳ năm trước, đạt 130,7% so với",
    ),
    ("ước đón 850 triệu lượt khách", "ước đón 850 nghìn lượt khách"),
    ("21 báo cáo, 7 kế hoạch", "21 báo cáo, 07 kế hoạch"),
    ("Đoàn TN tổ chức", "Đoàn Thanh niên tổ chức"),
    ("Chính phủ và HĐND thành phố giao", "Chính phủ và Hội đồng nhân dân thành phố giao"),
    ("bồi dưỡng khôi Đảng", "bồi dưỡng khối Đảng"),
    ("vụ ngộ thực phẩm", "vụ ngộ độc thực phẩm"),
    ("Tết Nguyên đán Bình Ngô", "Tết Nguyên đán Bính Ngọ"),
    # the XIV National Party Congress opens the 2026-2031 term; the Đề án cited with its code
    # in section I.6 runs 2026-2030
    ("toàn quốc lần thứ XIV nhiệm kỳ 2025 - 2030", "toàn quốc lần thứ XIV nhiệm kỳ 2026 - 2031"),
    ("Phòng giai đoạn 2025 - 2030 và những năm", "Phòng giai đoạn 2026 - 2030 và những năm"),
    # capitalisation as Nghị định 30/2020/NĐ-CP Phụ lục II writes names and common nouns
    ("Mặt trận tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
    ("Ban Tổ chức Thành Ủy", "Ban Tổ chức Thành ủy"),
    ("ngân sách Nhà nước", "ngân sách nhà nước"),
    ("các Sở, ban, ngành", "các sở, ban, ngành"),
    ("Ngày tổng tuyển cử đầu tiên", "Ngày Tổng tuyển cử đầu tiên"),
    ("chào mừng Tết nguyên đán", "chào mừng Tết Nguyên đán"),
]

# Whole table cells written in Vietnamese notation inside Phụ lục 2's English-notation columns.
CELLS = {"15,5 - 16": "15.5 - 16", "55,2": "55.2"}

# Old tone placement on an open syllable (hoá, khoá, uỷ) -> new placement (hóa, khóa, ủy).
_TONES = "\u0301\u0300\u0309\u0303\u0323"
# The pair must end the syllable: no letter and no further mark after the tone ("luận", NFD
# "lua\u0323\u0302n", and "hoặc" keep their marks where they are).
_OLD_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0301\u0300\u0309\u0303\u0323])(?![^\W\d_]|[\u0300-\u036f])"
)


# "2025 – 2030" -> "2025 - 2030" (a period is written with a hyphen); "hàng quý" (every
# quarter) -> "hằng quý".
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)(\s*)[\u2013\u2014](\s*)((?:19|20)\d\d)")
_HANG = re.compile(r"\b([Hh]àng)(?= (?:năm|tháng|ngày|tuần|quý)\b)")


def new_tone_placement(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    fixed = _OLD_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", fixed)


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def para_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def set_text(el: etree._Element, text: str) -> None:
    """Put ``text`` in the first w:t of ``el`` and empty the others."""
    ts = list(el.iter(w("t")))
    if not ts:
        return
    ts[0].text = text
    for t in ts[1:]:
        t.text = ""


def fix_text(root: etree._Element) -> None:
    for t in root.iter(w("t")):
        if not t.text:
            continue
        text = CELLS.get(t.text, t.text)
        for old, new in REPLACEMENTS:
            text = text.replace(old, new)
        text = _YEAR_RANGE.sub(r"\1\2-\3\4", text)
        t.text = new_tone_placement(_HANG.sub(lambda m: "hằng" if m[1] == "hàng" else "Hằng", text))


def add_appendix_3(body: etree._Element) -> etree._Element:
    tables = [c for c in body if c.tag == w("tbl")]
    target = tables[4]
    heading = next(p for p in body.iter(w("p")) if para_text(p).startswith("PHỤ LỤC 2"))
    new = copy.deepcopy(heading)
    set_text(new, "PHỤ LỤC 3")
    for br in new.iter(w("br")):
        br.getparent().remove(br)
    title = copy.deepcopy(new)
    set_text(title, "CÁC CHƯƠNG TRÌNH, DỰ ÁN, CÔNG TRÌNH TRỌNG ĐIỂM NĂM 2026")
    target.addprevious(new)
    target.addprevious(title)
    return target


GROUPS = {
    # existing first-column value -> group rows to insert before that row
    "2": [("I", "Dự án chuyển tiếp, hoàn thành năm 2026 (01 dự án)")],
    "11": [("II.2", "Dự án sử dụng vốn ngoài ngân sách (06 dự án)")],
    "19": [
        ("III", "Dự án chuyển tiếp (13 dự án)"),
        ("III.1", "Dự án sử dụng ngân sách (06 dự án)"),
    ],
}
RENAME = {
    "II": "Dự án khởi công năm 2026 (13 dự án)",
    "II.1": "Dự án sử dụng ngân sách thành phố (07 dự án)",
    "III.2": "Dự án sử dụng vốn ngoài ngân sách (07 dự án)",
}


def renumber_table(tbl: etree._Element) -> None:
    rows = tbl.findall(w("tr"))
    template = next(r for r in rows if para_text(r.findall(w("tc"))[0]) == "II")
    number = 0
    for row in rows:
        cells = row.findall(w("tc"))
        if not cells:
            continue
        first = para_text(cells[0]).strip()
        for label, title in GROUPS.get(first, []):
            group = copy.deepcopy(template)
            gcells = group.findall(w("tc"))
            set_text(gcells[0], label)
            set_text(gcells[1], title)
            row.addprevious(group)
        if first in RENAME:
            set_text(cells[1], RENAME[first])
        elif first.isdigit():
            number += 1
            set_text(cells[0], str(number))


# The children of w:rPr that come after w:u in WordprocessingML's order.
_AFTER_U = frozenset(("effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
                      "eastAsianLayout", "specVanish", "oMath", "rPrChange"))


def conform_format(body: etree._Element) -> None:
    """The recipients' label and the signer's title as Hướng dẫn 36 sets them."""
    for p in body.iter(w("p")):
        runs = [r for r in p.iter(w("r")) if r.find(w("t")) is not None]
        text = para_text(p)
        if text == "Nơi nhận:":
            for r in runs:
                rpr = r.find(w("rPr"))
                for tag in ("b", "i"):
                    for el in rpr.findall(w(tag)) if rpr is not None else ():
                        rpr.remove(el)
                if rpr is not None:
                    u = etree.Element(w("u"))
                    u.set(w("val"), "single")
                    # where the schema's order of rPr puts it: before these, else last
                    later = [el for el in rpr if etree.QName(el).localname in _AFTER_U]
                    if later:
                        later[0].addprevious(u)
                    else:
                        rpr.append(u)
        elif text.startswith("T/M BAN THƯỜNG VỤ") and len(runs) > 1:
            for r in runs[1:]:  # the title line, after the line break
                rpr = r.find(w("rPr"))
                for el in rpr.findall(w("b")) if rpr is not None else ():
                    rpr.remove(el)


def build(source: Path = SOURCE, output: Path = OUTPUT) -> Path:
    src = zipfile.ZipFile(source)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in ("word/document.xml", "word/footnotes.xml"):
                root = etree.fromstring(data)
                fix_text(root)
                if info.filename == "word/document.xml":
                    body = root.find(w("body"))
                    renumber_table(add_appendix_3(body))
                    conform_format(body)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            z.writestr(info, data)
    output.write_bytes(out.getvalue())
    return output


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    print(build(*args))
