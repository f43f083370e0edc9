"""Build an example report (.docx) from a plain-text description.

    python examples/make_report.py examples/bao-cao-ubnd-mau.txt [OUTPUT.docx]

The text starts with ``key: value`` lines for the frame, then a line ``---``, then the body:

    he-thong: nha-nuoc            (dang | nha-nuoc: Party or state layout)
    co-quan-cap-tren: ỦY BAN NHÂN DÂN
    co-quan: TỈNH LÂM ĐỒNG
    so: Số:     /BC-UBND
    noi-ngay: Lâm Đồng, ngày     tháng 01 năm 2026
    loai: BÁO CÁO
    trich-yeu: Kết quả công tác cải cách hành chính quý I năm 2026
    noi-nhan: - Bộ Nội vụ; | - Lưu: VT, NC.
    ky: TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Văn A
    ---
    I. KẾT QUẢ ĐẠT ĐƯỢC
    Một đoạn văn có chú thích[^Quyết định số 12/QĐ-UBND ngày 05/01/2026.].
    PHỤ LỤC I
    | STT | Chỉ tiêu | Kết quả |
    | 1 | Thủ tục hành chính | 25 |

Body lines: one paragraph each (blank lines are ignored); "I. …", "PHỤ LỤC …" and other
upper-case lines are bold; "PHỤ LỤC …" and the title line under it are centred; ``[^…]``
becomes a real Word footnote; lines starting with "|" form a table whose first line is a
repeated header row. The page is A4 with the margins of
the chosen system, text in Times New Roman 14 (13 for the state header).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
FONT = "Times New Roman"


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    underline: bool = False,
) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props += '<w:u w:val="single"/>' if underline else ""
    props += f'<w:sz w:val="{size * 2}"/>' if size else ""
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    content: str, *, align: str | None = None, indent: bool = False, keep: bool = False
) -> str:
    ppr = f'<w:jc w:val="{align}"/>' if align else ""
    ppr += '<w:ind w:firstLine="567"/>' if indent else ""
    ppr += "<w:keepNext/>" if keep else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


class Builder:
    def __init__(self) -> None:
        self.footnotes: list[str] = []

    def inline(self, text: str, **kw: object) -> str:
        out = []
        for i, piece in enumerate(re.split(r"\[\^(.+?)\]", text)):
            if i % 2 == 0:
                if piece:
                    out.append(run(piece, **kw))  # type: ignore[arg-type]
            else:
                nid = len(self.footnotes) + 1
                self.footnotes.append(
                    f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
                    '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f"<w:footnoteRef/></w:r>{run(' ' + piece, size=10)}</w:p></w:footnote>"
                )
                out.append(
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f'<w:footnoteReference w:id="{nid}"/></w:r>'
                )
        return "".join(out)


def borderless(left: list[str], right: list[str], widths: tuple[int, int] = (4200, 5154)) -> str:
    borders = "".join(
        f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{"".join(c)}</w:tc>'
        for w, c in zip(widths, (left, right), strict=True)
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}'
        f'</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="{widths[0]}"/>'
        f'<w:gridCol w:w="{widths[1]}"/></w:tblGrid><w:tr>{cells}</w:tr></w:tbl>'
    )


def grid_table(rows: list[list[str]], b: Builder) -> str:
    ncol = max(len(r) for r in rows)
    borders = "".join(
        f'<w:{x} w:val="single" w:sz="4"/>'
        for x in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{borders}'
        "</w:tblBorders></w:tblPr><w:tblGrid>" + "<w:gridCol/>" * ncol + "</w:tblGrid>"
    ]
    for i, cells in enumerate(rows):
        cells = cells + [""] * (ncol - len(cells))
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        out.append(
            f"<w:tr>{trpr}"
            + "".join(
                "<w:tc>"
                f"{para(b.inline(c, bold=i == 0, size=12), align='center' if i == 0 else None)}"
                "</w:tc>"
                for c in cells
            )
            + "</w:tr>"
        )
    out.append("</w:tbl>")
    return "".join(out)


def build(text: str) -> bytes:
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if ":" in line and not line.lstrip().startswith("#"):
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    party = meta.get("he-thong", "dang") == "dang"
    b = Builder()
    parts: list[str] = []
    issuer = (
        [para(run(meta["co-quan-cap-tren"], size=14 if party else 13), align="center")]
        if meta.get("co-quan-cap-tren")
        else []
    )
    for line in meta.get("co-quan", "").split("|"):
        issuer.append(para(run(line.strip(), bold=True, size=14 if party else 13), align="center"))
    issuer.append(para(run("*" if party else "", size=14), align="center"))
    issuer.append(para(run(meta.get("so", ""), size=14 if party else 13), align="center"))
    if party:
        motto = [
            para(run("ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=15, underline=True), align="center")
        ]
    else:
        motto = [
            para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=13), align="center"),
            para(
                run("Độc lập - Tự do - Hạnh phúc", bold=True, size=14, underline=True),
                align="center",
            ),
        ]
    motto.append(para(run(meta.get("noi-ngay", ""), italic=True, size=14), align="center"))
    parts.append(borderless(issuer, motto))
    parts.append(para(""))
    parts.append(
        para(run(meta.get("loai", "BÁO CÁO"), bold=True, size=15 if party else 14), align="center")
    )
    for line in meta.get("trich-yeu", "").split("|"):
        parts.append(para(run(line.strip(), bold=True), align="center"))
    parts.append(para(run("-----" if party else "________"), align="center"))
    table: list[list[str]] = []
    for line in body.splitlines() + [""]:
        line = line.rstrip()
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if table:
            parts.append(grid_table(table, b))
            table = []
        if not line.strip():
            continue
        heading = bool(re.match(r"^([IVX]+\.|\d+\.\s|PHỤ LỤC)", line)) or line.isupper()
        appendix = line.startswith("PHỤ LỤC") or (
            line.isupper() and bool(parts) and ">PHỤ LỤC" in parts[-1])
        parts.append(
            para(
                b.inline(line, bold=heading),
                align="center" if appendix else "both",
                indent=not appendix,
                keep=heading,
            )
        )
    recipients = [
        para(
            run(
                "Nơi nhận:",
                bold=not party,
                italic=not party,
                underline=party,
                size=14 if party else 12,
            )
        )
    ]
    recipients += [
        para(run(x.strip(), size=12 if party else 11))
        for x in meta.get("noi-nhan", "").split("|")
        if x.strip()
    ]
    sign_lines = [x.strip() for x in meta.get("ky", "").split("|") if x.strip()]
    signature = [
        para(run(x, bold=(i == 0 or not party) and i < len(sign_lines) - 1), align="center")
        for i, x in enumerate(sign_lines[:-1])
    ]
    signature += [para("")] * 3
    signature += [para(run(sign_lines[-1], bold=True), align="center")] if sign_lines else []
    body_end = len(parts)
    tail = borderless(recipients, signature, (4677, 4677))
    appendix_at = next((i for i, p in enumerate(parts) if ">PHỤ LỤC" in p), body_end)
    parts.insert(appendix_at, tail)
    margins = (
        '<w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="851" '
        'w:header="567" w:footer="567"/>'
    )
    sect = f'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>{margins}</w:sectPr>'
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
        f'xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(parts)}{sect}</w:body>'
        "</w:document>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" '
        f'w:cs="{FONT}"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:before="120" w:after="0" w:line="360" '
        'w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name '
        'w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr>'
        '</w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name '
        'w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        "</w:style></w:styles>"
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        + "".join(b.footnotes)
        + "</w:footnotes>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
                'org/package/2006/content-types"><Default Extension="rels" '
                'ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/>'
                f'<Override PartName="/word/document.xml" ContentType="{CT}.document.main+xml"/>'
                f'<Override PartName="/word/styles.xml" ContentType="{CT}.styles+xml"/>'
                f'<Override PartName="/word/footnotes.xml" ContentType="{CT}.footnotes+xml"/>'
                "</Types>"
            ),
        )
        z.writestr(
            "_rels/.rels",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                f'Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>'
            ),
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                'openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}/footnotes" Target="footnotes.xml"/>'
                "</Relationships>"
            ),
        )
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    dst = Path(argv[1]) if len(argv) > 1 else src.with_suffix(".docx")
    dst.write_bytes(build(src.read_text(encoding="utf-8")))
    print(dst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
