"""Build minimal .docx packages from raw WordprocessingML, for tests that need exact XML.

``package(body_xml, footnotes=..., numbering=..., ...)`` returns the bytes of a real package
(content types, relationships, document part and the optional parts given) that Word opens.
"""

from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"

PARTS = {
    "footnotes": ("footnotes.xml", "footnotes", f"{CT_MAIN}.footnotes+xml"),
    "endnotes": ("endnotes.xml", "endnotes", f"{CT_MAIN}.endnotes+xml"),
    "numbering": ("numbering.xml", "numbering", f"{CT_MAIN}.numbering+xml"),
    "styles": ("styles.xml", "styles", f"{CT_MAIN}.styles+xml"),
    "comments": ("comments.xml", "comments", f"{CT_MAIN}.comments+xml"),
    "header": ("header1.xml", "header", f"{CT_MAIN}.header+xml"),
    "settings": ("settings.xml", "settings", f"{CT_MAIN}.settings+xml"),
    "theme": ("theme/theme1.xml", "theme", "application/vnd.openxmlformats-officedocument.theme+xml"),
}
ROOTS = {
    "footnotes": "w:footnotes",
    "endnotes": "w:endnotes",
    "numbering": "w:numbering",
    "styles": "w:styles",
    "comments": "w:comments",
    "header": "w:hdr",
    "settings": "w:settings",
    "theme": "a:theme",
}


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    """A paragraph with one run of ``text`` (XML-escaped)."""
    from xml.sax.saxutils import escape

    return (
        f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}<w:r>"
        f'{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">'
        f"{escape(text)}</w:t></w:r></w:p>"
    )


def package(body: str, *, sect: str = "", **parts: str) -> bytes:
    """Bytes of a .docx whose body is ``body``; ``parts`` give the inner XML of other parts."""
    buf = io.BytesIO()
    overrides = [
        f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}.document.main+xml"/>'
    ]
    rels = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (key, inner) in enumerate(parts.items(), 1):
            fname, rtype, ctype = PARTS[key]
            root = ROOTS[key]
            z.writestr(
                f"word/{fname}",
                f'<?xml version="1.0" encoding="UTF-8"?><{root} {NS}>{inner}</{root}>',
            )
            overrides.append(f'<Override PartName="/word/{fname}" ContentType="{ctype}"/>')
            rels.append(f'<Relationship Id="rId{i}" Type="{REL}/{rtype}" Target="{fname}"/>')
        z.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                + "".join(overrides)
                + "</Types>"
            ),
        )
        z.writestr(
            "_rels/.rels",
            (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                "</Relationships>"
            ),
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels)
                + "</Relationships>"
            ),
        )
        z.writestr(
            "word/document.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}'
                f"{sect or '<w:sectPr/>'}</w:body></w:document>"
            ),
        )
    return buf.getvalue()
