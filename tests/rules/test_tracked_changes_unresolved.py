from rules.formatting.tracked_changes_unresolved import TrackedChangesUnresolved
from tests.harness import assert_outline


def test_insertion_left() -> None:
    assert_outline(TrackedChangesUnresolved, """
    p: Mở đầu báo cáo.
    p: Ủy ban đã chỉ đạo {ins:tất cả }các ngành.  # expect: FMT006 @18
    p: Một {ins:thay đổi} khác được đếm chung.
    """)


def test_deletion_left() -> None:
    assert_outline(TrackedChangesUnresolved, """
    p: Ủy ban đã chỉ đạo ~~tất cả ~~các ngành.  # expect: FMT006 "thay đổi"
    """)


def test_clean_document() -> None:
    assert_outline(TrackedChangesUnresolved, "p: Ủy ban đã chỉ đạo các ngành.")
