"""Rule COD009 cong-van-named-generically."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document, Location
from validator.rule import Finding, Related, Rule, Severity

# "Văn bản số 5990/VPCP-KSTT", and in a draft "Văn bản số …/STP-HCBT" with the number blank
_GENERIC = recache.compile(r"(?<!\w)(văn bản)\s+(?:số\s*:?)?[\s.…_]*$", re.IGNORECASE)


class CongVanNamedGenerically(Rule):
    """Warns when a công văn code is named by a generic word ("Văn bản số 5990/VPCP-KSTT").

    Why: a state code with an issuer and a unit but no type code is a công văn, and a citation
    names its type: "Công văn số 5990/VPCP-KSTT". Reviewers correct "Văn bản số" so. A code
    marked "CV" by its issuer ("03/CV-HHNM") is a công văn too, and a draft that leaves the
    number blank ("Văn bản số …/STP-HCBT") names the type all the same. One finding per
    document, on the first place, the others related.

    Tóm tắt: Công văn được gọi bằng từ chung chung ("Văn bản số …" thay vì "Công văn số …").

    Vì sao: Ký hiệu văn bản nhà nước có cơ quan và đơn vị soạn thảo mà không có mã loại là công văn,
    và khi dẫn phải gọi đúng tên loại: "Công văn số 5990/VPCP-KSTT". Người thẩm định vẫn sửa "Văn
    bản số" như vậy. Ký hiệu có "CV" ("03/CV-HHNM") cũng là công văn; dự thảo để trống số ("Văn bản
    số …/STP-HCBT") cũng phải gọi đúng tên loại.

    Bad:
        p: Thực hiện Văn bản số 5990/VPCP-KSTT ngày 02/7/2025.  # expect: COD009
    Good:
        p: Thực hiện Công văn số 5990/VPCP-KSTT ngày 02/7/2025.
    """

    id = "COD009"
    name = "cong-van-named-generically"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        places: list[tuple[Location, str, str]] = []  # (span, code as written, generic word)
        for c in self.analysis.citations:
            if not (c.system == "cv" or c.type_code == "CV"):
                continue
            if not c.number and "blank-number" not in c.issues:
                continue
            before = c.paragraph.match[max(0, c.offset - 40):c.offset]
            m = _GENERIC.search(before)
            if m is None:
                continue
            start = c.offset - len(before) + m.start(1)
            # a blank number is shown as a blank ("…/STP-HCBT"), not as a code cut short
            raw = f"…{c.raw}" if c.raw.startswith("/") else c.raw
            places.append((c.paragraph.at(start, c.offset + c.length - start), raw, m.group(1)))
        if not places:
            return
        # one finding per document, every place listed: one habit of the drafter, set right
        # in one pass
        (loc, raw, word), rest = places[0], places[1:]
        more = f" (và {len(rest)} công văn khác cũng vậy)" if rest else ""
        yield Finding(
            loc,
            f"Công văn \"{raw}\" được gọi chung là \"{word}\"{more}.",
            suggestion="Gọi đúng tên loại: \"Công văn số …\" thay cho \"Văn bản số …\".",
            related=tuple(Related(at, f"\"{w} số {code}\"") for at, code, w in rest),
        )
