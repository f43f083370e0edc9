"""Frames of the Đề án 06 monthly reports (Lâm Đồng, 2025) for the series rules' tests."""

from __future__ import annotations

ISSUER = "p: UBND TỈNH LÂM ĐỒNG{p}BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"


def month(n: int, body: str, *, title: int | None = None, dated: int | None = None,
          name: str | None = None) -> str:
    """One monthly report: ``file:`` line, frame for month ``n`` (``title`` and ``dated``
    change the month of the summary line and of the date line), then ``body``."""
    title = n if title is None else title
    dated = n if dated is None else dated
    return "\n".join([
        f"file: {name or f'thang-{n:02d}.docx'}",
        ISSUER,
        "p: Số:      /BC-BCĐ",
        f"p: Lâm Đồng, ngày 25 tháng {dated} năm 2025",
        "p: BÁO CÁO",
        f"p: Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng {title}/2025",
        body.strip("\n"),
    ]) + "\n"
