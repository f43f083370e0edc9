"""FMT006 tracked-changes-unresolved."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import BODY, Document, Location
from validator.rule import Finding, Rule, Severity


class TrackedChangesUnresolved(Rule):
    """Flags a document that still contains tracked changes (insertions or deletions).

    Why: a document submitted for signing must be clean. Tracked changes left in show the
    editing history to the recipient and, printed with markup, change what is read.

    Tóm tắt: Văn bản còn thay đổi được theo dõi (Track Changes) chưa chấp nhận hoặc từ chối.

    Vì sao: Văn bản trình ký phải sạch. Thay đổi được theo dõi còn sót lại cho người nhận thấy quá
    trình sửa và, khi in kèm đánh dấu, làm thay đổi điều được đọc.

    Bad:
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo {ins:tất cả }các ngành.  # expect: FMT006
    Good:
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo tất cả các ngành.
    """

    id = "FMT006"
    name = "tracked-changes-unresolved"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        if not doc.has_revisions:
            return
        where: Location | None = None
        for p in doc.all_paragraphs():
            inserted = next((r for r in p.runs if r.inserted), None)
            if inserted is not None:
                where = p.at(inserted.start, inserted.end - inserted.start)
                break
            if p.deleted_text:
                where = p.location
                break
        count = doc.revision_count
        yield Finding(
            where or Location(part=BODY, paragraph=0),
            f"Văn bản còn {count} thay đổi được theo dõi (Track Changes) chưa chấp nhận "
            "hoặc từ chối" if count else
            "Văn bản còn thay đổi được theo dõi (Track Changes) chưa chấp nhận hoặc từ chối",
            suggestion="Xem lại (Review) > Chấp nhận hoặc Từ chối từng thay đổi, rồi tắt "
            "Theo dõi thay đổi.",
        )
