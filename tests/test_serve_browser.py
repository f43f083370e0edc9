"""The ``soat serve`` page and the HTML report in a real browser (system Chromium).

A drafter's session: open the page, choose the sample report, read the findings where they
are, follow one, download the annotated and fixed copies and open them again; a broken file
gets the CLI's message. The HTML report of ``soat check --format html`` is opened from disk
and followed the same way, with no request leaving the file. Screenshots at 1366×768 are
saved in each test's temporary folder (``SOAT_SCREENSHOTS=dir`` keeps a copy elsewhere).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import webtools
from tests.outline import build
from validator.cli import main
from validator.engine import check_bytes
from validator.loader import load_path

SAMPLE = webtools.ROOT / "examples" / "bao-cao-thang-01-2026.docx"
VIEWPORT = {"width": 1366, "height": 768}


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    webtools.chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        webtools.unavailable("Playwright is not installed: pip install '.[webtest]'")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Any) -> Iterator[Any]:
    b = webtools.launch(playwright)
    yield b
    b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("serve")
    with webtools.soat_serve(work, "--workers", "2") as (url, _):
        yield url


class Page:
    """A page with its console errors and requests recorded, and screenshots kept."""

    def __init__(self, browser: Any, folder: Path) -> None:
        self.context = browser.new_context(viewport=VIEWPORT, accept_downloads=True,
                                           locale="vi-VN", reduced_motion="reduce")
        self.page = self.context.new_page()
        self.folder = folder
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def shot(self, name: str) -> Path:
        path = self.folder / f"{name}.png"
        self.page.screenshot(path=str(path))
        keep = os.environ.get("SOAT_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(keep) / path.name)
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser: Any, tmp_path: Path) -> Iterator[Page]:
    p = Page(browser, tmp_path)
    yield p
    p.close()


def _visible_in(page: Any, selector: str, container: str) -> bool:
    return bool(page.evaluate(
        """([sel, box]) => {
            const el = document.querySelector(sel), c = document.querySelector(box);
            if (!el || !c) return false;
            const a = el.getBoundingClientRect(), b = c.getBoundingClientRect();
            return a.top >= b.top && a.bottom <= b.bottom && a.height > 0;
        }""", [selector, container]))


def _choose(page: Any, *paths: Path) -> None:
    page.set_input_files("#file-input", [str(p) for p in paths])


def test_a_drafter_checks_the_sample_report(page: Page, server: str, tmp_path: Path) -> None:
    p = page.page
    p.goto(server)
    p.wait_for_selector("#dropzone")
    assert p.locator("h1").inner_text() == "Kéo thả tệp Word (.docx) vào đây"
    p.wait_for_function("document.querySelector('#profile').options.length > 3")
    page.shot("1-empty")

    original = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    _choose(p, SAMPLE)
    p.wait_for_selector(".slot:not([hidden]) .soat-file .side", timeout=60_000)
    page.shot("2-checked")
    view = p.locator(".slot:not([hidden]) .soat-file")
    expected = check_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert view.locator(".f-list[data-group=section] .f").count() == len(expected.violations)
    assert view.locator(".sev-filter.sev-error b").inner_text() == str(expected.count("error"))
    assert "Báo cáo tháng của cấp ủy" in view.locator(".file-meta").inner_text()

    # "79 - NQ/TW" is highlighted in the text, and listed under IV.2 as COD001
    mark = view.locator("article mark", has_text="79 - NQ/TW")
    assert mark.count() == 1 and mark.inner_text() == "79 - NQ/TW"
    v = mark.get_attribute("data-v").split()[0]
    item = view.locator(f'.f-list[data-group=section] .f[data-v="{v}"]')
    assert item.locator(".f-rule").inner_text() == "COD001"
    group = item.locator("xpath=ancestor::section[1]/h3")
    assert group.inner_text().startswith("IV.2 · Tập trung cao quán triệt")

    # follow it: the text comes into view, outlined; the details open under the item
    item.locator(".f-btn").click()
    assert "current" in (mark.get_attribute("class") or "")
    assert _visible_in(p, ".slot:not([hidden]) article mark.current",
                       ".slot:not([hidden]) .doc-pane")
    detail = item.locator(".detail")
    assert detail.is_visible()
    assert "Gợi ý:" in detail.inner_text() and '79-NQ/TW' in detail.inner_text()
    assert "mục IV.2" in detail.locator(".d-where").inner_text()
    detail.locator("summary").click()
    doc = detail.locator("pre.rule-doc").inner_text()
    assert doc.startswith("COD001 code-malformed")
    page.shot("3-finding")

    # a related place is a link into the document
    conflict = view.locator('.f-list[data-group=section] .f:has(.f-rule:text-is("DAT006"))')
    conflict.first.locator(".f-btn").click()
    link = conflict.first.locator(".d-related a.goto").first
    target = link.get_attribute("data-goto")
    link.click()
    assert _visible_in(p, f'.slot:not([hidden]) article [data-k="{target}"]',
                       ".slot:not([hidden]) .doc-pane")

    # filters and the other grouping
    view.locator(".sev-filter.sev-error input").uncheck()
    assert not item.is_visible()
    view.locator(".sev-filter.sev-error input").check()
    view.locator(".grouping button[data-group=family]").click()
    family = view.locator(".f-list[data-group=family]")
    assert family.is_visible()
    titles = family.locator(".f-group-title").all_inner_texts()
    assert any(t.startswith("Số, ký hiệu văn bản (COD)") for t in titles)
    page.shot("4-families")

    # the annotated copy: one Word comment per finding, the COD001 one on its paragraph
    with p.expect_download() as info:
        view.locator(".file-actions button", has_text="Tải bản có ghi chú").click()
    download = info.value
    assert download.suggested_filename == "bao-cao-thang-01-2026.soat.docx"
    annotated = tmp_path / download.suggested_filename
    download.save_as(annotated)
    import docx

    docx.Document(str(annotated))
    copy = load_path(annotated)
    ours = [c for c in copy.comments if c.author == "soat"]
    assert len(ours) == len(expected.violations)
    cod = [c for c in ours if c.text.startswith("COD001")]
    assert cod and "79 - NQ/TW" in copy.paragraph("body", cod[0].paragraph).text

    # the fixed copy: tracked changes by soat
    with p.expect_download() as info:
        view.locator(".file-actions button", has_text="Tải bản đã sửa").click()
    fixed = tmp_path / info.value.suggested_filename
    info.value.save_as(fixed)
    assert fixed.name == "bao-cao-thang-01-2026.sua.docx"
    assert load_path(fixed).has_revisions
    p.wait_for_selector(".toast:not([hidden])")
    assert p.locator(".toast").inner_text().startswith("Đã sửa ")

    # the JSON report
    with p.expect_download() as info:
        view.locator(".file-actions button", has_text="JSON").click()
    report = json.loads(Path(info.value.path()).read_text("utf-8"))
    assert len(report["files"][0]["violations"]) == len(expected.violations)

    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() == original
    assert page.errors == []
    assert all(u.startswith(server) or u.startswith(("blob:", "data:")) for u in page.requests)


def test_a_broken_file_gets_the_cli_message(page: Page, server: str, tmp_path: Path) -> None:
    p = page.page
    p.goto(server)
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a Word document")
    _choose(p, broken)
    error = p.locator(".slot:not([hidden]) .file-error")
    error.wait_for(timeout=60_000)
    assert error.locator("h2").inner_text() == "Không kiểm tra được tệp «hong.docx»"
    assert error.locator("p").inner_text() == check_bytes(broken.read_bytes(),
                                                          "hong.docx").error.message
    assert "không đọc được" in p.locator(".tab").inner_text()
    page.shot("5-broken")
    assert page.errors == []


def test_files_dropped_on_the_page_are_checked(page: Page, server: str) -> None:
    p = page.page
    p.goto(server)
    p.wait_for_selector("#dropzone")
    payload = base64.b64encode(build("p: Căn cứ Nghị quyết số 07 - NQ/TU.")).decode()
    p.evaluate("""(data) => {
        const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
        const file = new File([bytes], "keo-tha.docx");
        const dt = new DataTransfer();
        dt.items.add(file);
        for (const type of ["dragenter", "dragover", "drop"]) {
            document.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true,
                                                        cancelable: true}));
        }
    }""", payload)
    view = p.locator(".slot:not([hidden]) .soat-file .side")
    view.wait_for(timeout=60_000)
    assert p.locator(".tab").inner_text().startswith("keo-tha.docx")
    assert p.locator(".slot:not([hidden]) article mark", has_text="07 - NQ/TU").count() == 1
    assert p.locator("#drop-overlay").is_hidden()
    assert page.errors == []


def test_changing_the_profile_checks_again(page: Page, server: str) -> None:
    p = page.page
    p.goto(server)
    p.wait_for_function("document.querySelector('#profile').options.length > 3")
    _choose(p, SAMPLE)
    meta = p.locator(".slot:not([hidden]) .file-meta")
    meta.wait_for(timeout=60_000)
    p.select_option("#profile", "generic")
    p.wait_for_function("""() => {
        const m = document.querySelector('.slot:not([hidden]) .file-meta');
        return m && m.textContent.includes('Văn bản chung');
    }""", timeout=60_000)
    generic = check_bytes(SAMPLE.read_bytes(), SAMPLE.name, profile_name="generic")
    errors = p.locator(".slot:not([hidden]) .sev-filter.sev-error b").inner_text()
    assert errors == str(generic.count("error"))
    assert page.errors == []


def test_the_html_report_opens_without_a_network(page: Page, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"")
    main(["check", "--no-plugins", "--format", "html", "--fail-on", "never", "-o", str(out),
          str(SAMPLE), str(broken)])
    p = page.page
    p.goto(out.as_uri())
    view = p.locator(".files > .soat-file:not([hidden])")
    mark = view.locator("article mark", has_text="79 - NQ/TW")
    v = mark.get_attribute("data-v").split()[0]
    view.locator(f'.f-list[data-group=section] .f[data-v="{v}"] .f-btn').click()
    assert "current" in (mark.get_attribute("class") or "")
    assert _visible_in(p, ".files > .soat-file:not([hidden]) article mark.current",
                       ".files > .soat-file:not([hidden]) .doc-pane")
    page.shot("6-report")
    p.locator(".tabs .tab").nth(1).click()
    error = p.locator(".files > .soat-file:not([hidden]) .file-error p")
    assert error.inner_text() == check_bytes(b"", str(broken)).error.message
    assert page.errors == []
    assert all(u.startswith("file://") for u in page.requests), page.requests

