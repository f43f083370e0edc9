"""Only regular files are read: a FIFO, a device or a socket named *.docx is refused at once
(never opened, so a FIFO without a writer cannot block), a symlink is followed to what it
points at, and no read goes past the size limit.

Special files are made in a temporary folder (FIFOs, sockets, symlinks); the only real device
used is /dev/zero, and only through a symlink that is stat()ed, never opened for writing.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from validator import cli, engine
from validator.plugins import Plugins, make_plugin_manager
from validator.report import FileResult

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def bounded(call: Callable[[], object], fifo: Path | None = None, seconds: float = 5.0) -> object:
    """Run ``call`` in a thread; if it is still running after ``seconds`` (blocked on a FIFO),
    unblock it by opening the FIFO's other end, then fail the test."""
    box: dict[str, object] = {}

    def target() -> None:
        box["result"] = call()

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        if fifo is not None:
            with open(fifo, "wb"):
                pass  # the reader sees end-of-file
        thread.join(seconds)
        raise AssertionError(f"blocked for more than {seconds} s")
    return box["result"]


def refused(result: object) -> FileResult:
    assert isinstance(result, FileResult), type(result)
    assert result.status == "failed" and result.error is not None
    assert VIETNAMESE & set(result.error.message.lower()), result.error.message
    return result


def test_a_fifo_named_docx_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "bao-cao.docx"
    os.mkfifo(fifo)
    result = refused(bounded(lambda: engine.check_path(fifo, rules=[]), fifo))
    assert "FIFO" in result.error.message  # type: ignore[union-attr]


def test_a_symlink_to_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "bao-cao.docx"
    link.symlink_to(fifo)
    refused(bounded(lambda: engine.check_path(link, rules=[]), fifo))


def test_a_symlink_to_dev_zero_is_refused_unread(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    link = tmp_path / "bao-cao.docx"
    link.symlink_to("/dev/zero")
    opened: list[str] = []
    real_open = os.open

    def spy(path: object, *args: object, **kwargs: object) -> int:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    start = time.perf_counter()
    result = refused(bounded(lambda: engine.read_file(str(link))))
    assert time.perf_counter() - start < 2.0
    assert "thiết bị" in result.error.message  # type: ignore[union-attr]
    assert str(link) not in opened


def test_a_socket_named_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.docx"
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
    except (OSError, AttributeError) as exc:
        pytest.skip(f"no Unix sockets here: {exc}")
    try:
        refused(bounded(lambda: engine.read_file(str(path))))
    finally:
        server.close()


def test_a_file_growing_past_the_limit_is_cut_at_the_limit(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The size is checked before reading and the read itself stops one byte past the limit,
    so a file that grows after the check is refused too, never returned whole."""
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(b"PK" + b"x" * 100)
    real_fstat = os.fstat

    def small(fd: int) -> os.stat_result:  # the size as it was before the file grew
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
                               st.st_gid, 10, st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", small)
    result = engine.read_file(str(path), max_bytes=50)
    assert not isinstance(result, bytes)
    assert result.error is not None and result.error.code == "too-large"


def test_a_file_that_grew_within_the_limit_is_read_whole(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bao-cao.docx"
    data = b"PK" + bytes(range(256)) * 9000
    path.write_bytes(data)
    real_fstat = os.fstat

    def small(fd: int) -> os.stat_result:  # the size as it was before the file grew
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
                               st.st_gid, 10, st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", small)
    assert engine.read_file(str(path)) == data


def test_reading_a_small_file_reserves_no_more_than_its_size(tmp_path: Path) -> None:
    """A buffer of the size limit (hundreds of megabytes) was reserved for every file read, so
    under a memory limit (ulimit -v) no file could be read at all."""
    from tests.limits import memory_cap

    path = tmp_path / "bao-cao.docx"
    path.write_bytes(b"PK" + b"x" * 1000)
    assert engine.MAX_FILE_BYTES > 100 * 1024 * 1024
    with memory_cap(100):
        assert engine.read_file(str(path)) == path.read_bytes()


def test_check_of_a_folder_holding_a_fifo_reports_every_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_hostile import base

    (tmp_path / "a.docx").write_bytes(base())
    os.mkfifo(tmp_path / "b.docx")
    (tmp_path / "c.docx").write_bytes(base())
    plugins = Plugins(make_plugin_manager(autoload=False))
    code = bounded(lambda: cli.main(["check", str(tmp_path), "--format", "json",
                                     "--select", "STR"], plugins=plugins),
                   tmp_path / "b.docx")
    import json

    report = json.loads(capsys.readouterr().out)
    statuses = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert statuses == {"a.docx": "checked", "b.docx": "failed", "c.docx": "checked"}
    assert code == 2


def test_the_library_loader_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    from validator.loader import LoadError, load_path

    fifo = tmp_path / "bao-cao.docx"
    os.mkfifo(fifo)

    def load() -> object:
        try:
            load_path(str(fifo))
        except LoadError as exc:
            return exc
        return None

    error = bounded(load, fifo)
    assert isinstance(error, LoadError) and "FIFO" in error.message
    with pytest.raises(LoadError) as missing:
        load_path(str(tmp_path / "khong-co.docx"))
    assert missing.value.code == "not-found"
