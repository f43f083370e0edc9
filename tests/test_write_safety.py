"""Nothing lost: what ``fix``, ``annotate`` and ``check -o`` write never destroys what the user
had. Backups are numbered and never overwritten, symlinks are followed, special files are
streamed to (never replaced), read-only files are refused, modes, owners and hard links are
kept, new files follow the umask, an interruption leaves no temporary file and no half
backup, and ``fix`` writes nothing when nothing changes.

Special files are FIFOs and symlinks made in a temporary folder: no test writes to a device.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import pluggy
import pytest

from tests.outline import build, party_frame
from tests.test_fix import BODY, RULES
from validator import cli
from validator.atomic import WriteError, backup_names, replace_with_backup, write_file
from validator.loader import load_bytes
from validator.plugins import Plugins, make_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file semantics")
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


@pytest.fixture(scope="module")
def fixers() -> Plugins:
    """The built-in plugin manager plus the two fixable test rules of test_fix."""
    plugin = types.ModuleType("fixers")

    @pluggy.HookimplMarker("soat")
    def soat_register_rules() -> tuple[type, ...]:
        return RULES

    plugin.soat_register_rules = soat_register_rules  # type: ignore[attr-defined]
    pm = make_plugin_manager(autoload=False)
    pm.register(plugin, name="fixers")
    return Plugins(pm)


@pytest.fixture(scope="module")
def draft() -> bytes:
    """A report with three safe fixes."""
    return build(party_frame(BODY))


def run(argv: list[str], plugins: Plugins, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(argv, plugins=plugins)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fixed(data: bytes) -> bool:
    return load_bytes(data, "x.docx").has_revisions


@pytest.fixture
def umask() -> Iterator[None]:
    """Run with umask 022 (and put the old one back)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# -- fix --in-place: backups ---------------------------------------------------------------------


def test_a_second_run_that_fixes_nothing_writes_nothing(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    once = doc.read_bytes()
    assert fixed(once) and (tmp_path / "bao-cao.docx.bak").read_bytes() == draft
    before = doc.stat()
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0 and "không ghi" in said, said
    assert doc.read_bytes() == once and doc.stat().st_mtime_ns == before.st_mtime_ns
    assert doc.stat().st_ino == before.st_ino
    assert (tmp_path / "bao-cao.docx.bak").read_bytes() == draft, "the original is gone"
    assert listing(tmp_path) == ["bao-cao.docx", "bao-cao.docx.bak"]


def test_fix_to_another_file_writes_nothing_when_nothing_changes(
        tmp_path: Path, fixers: Plugins, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "sach.docx"
    doc.write_bytes(build(party_frame("p: Không có gì cần sửa.")))
    code, said = run(["fix", str(doc), "-o", str(tmp_path / "ra.docx")], fixers, capsys)
    assert code == 0 and "không ghi" in said, said
    assert listing(tmp_path) == ["sach.docx"]


def test_an_existing_backup_is_never_overwritten(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    (tmp_path / "bao-cao.docx.bak").write_bytes(b"the user's own backup")
    (tmp_path / "bao-cao.docx.1.bak").write_bytes(b"another one")
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    assert (tmp_path / "bao-cao.docx.bak").read_bytes() == b"the user's own backup"
    assert (tmp_path / "bao-cao.docx.1.bak").read_bytes() == b"another one"
    assert (tmp_path / "bao-cao.docx.2.bak").read_bytes() == draft
    assert "bao-cao.docx.2.bak" in said and fixed(doc.read_bytes())


def test_each_run_that_changes_the_file_keeps_what_it_replaced(tmp_path: Path) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(b"v1")
    assert replace_with_backup(doc, b"v2", b"v1").name == "bao-cao.docx.bak"
    assert replace_with_backup(doc, b"v3", b"v2").name == "bao-cao.docx.1.bak"
    assert replace_with_backup(doc, b"v2", b"v3").name == "bao-cao.docx.2.bak"
    # a backup already holding the original serves again
    assert replace_with_backup(doc, b"v4", b"v2").name == "bao-cao.docx.1.bak"
    assert [p.read_bytes() for p in sorted(tmp_path.glob("*.bak"))] == [b"v2", b"v3", b"v1"]
    names = [p.name for p, _ in zip(backup_names(doc), range(3), strict=False)]
    assert names == ["bao-cao.docx.bak", "bao-cao.docx.1.bak", "bao-cao.docx.2.bak"]


def test_a_file_saved_again_since_it_was_read_is_not_overwritten(tmp_path: Path) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(b"saved again in Word")
    with pytest.raises(WriteError, match="đã thay đổi"):
        replace_with_backup(doc, b"fixed", b"what soat read")
    assert doc.read_bytes() == b"saved again in Word" and listing(tmp_path) == ["bao-cao.docx"]


@POSIX
def test_a_symlinked_backup_name_is_not_written_through(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "important.txt"
    victim.write_bytes(b"do not touch")
    work = tmp_path / "work"
    work.mkdir()
    doc = work / "bao-cao.docx"
    doc.write_bytes(draft)
    (work / "bao-cao.docx.bak").symlink_to(victim)
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    assert victim.read_bytes() == b"do not touch"
    assert (work / "bao-cao.docx.bak").is_symlink()
    assert (work / "bao-cao.docx.1.bak").read_bytes() == draft


# -- fix --in-place: links, modes, owners, read-only -----------------------------------------------


@POSIX
def test_in_place_on_a_symlink_fixes_the_document_it_points_to(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "that" / "bao-cao.docx"
    real.parent.mkdir()
    real.write_bytes(draft)
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    code, said = run(["fix", str(link), "--in-place"], fixers, capsys)
    assert code == 0, said
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert fixed(real.read_bytes())
    assert (real.parent / "bao-cao.docx.bak").read_bytes() == draft
    assert listing(tmp_path) == ["link.docx", "that"]


@POSIX
def test_in_place_keeps_hard_links_together(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    other = tmp_path / "ban-sao.docx"
    os.link(doc, other)
    inode = doc.stat().st_ino
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    assert doc.stat().st_ino == inode == other.stat().st_ino and doc.stat().st_nlink == 2
    assert fixed(other.read_bytes()) and other.read_bytes() == doc.read_bytes()
    assert (tmp_path / "bao-cao.docx.bak").read_bytes() == draft
    assert listing(tmp_path) == ["ban-sao.docx", "bao-cao.docx", "bao-cao.docx.bak"]


@POSIX
@pytest.mark.parametrize("mode", [0o640, 0o664, 0o600])
def test_in_place_keeps_the_mode(mode: int, tmp_path: Path, draft: bytes, fixers: Plugins,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    doc.chmod(mode)
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    assert stat.S_IMODE(doc.stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "bao-cao.docx.bak").stat().st_mode) == mode


@pytest.mark.skipif(not AS_ROOT, reason="giving a file to another owner needs root")
def test_in_place_keeps_the_owner(tmp_path: Path, draft: bytes, fixers: Plugins,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    os.chown(doc, 12345, 23456)
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    assert (doc.stat().st_uid, doc.stat().st_gid) == (12345, 23456)
    backup = (tmp_path / "bao-cao.docx.bak").stat()
    assert (backup.st_uid, backup.st_gid) == (12345, 23456)


@POSIX
def test_a_read_only_document_is_refused(tmp_path: Path, draft: bytes, fixers: Plugins,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    doc.chmod(0o444)
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 2 and "chỉ cho đọc" in said and "nội bộ" not in said, said
    assert doc.read_bytes() == draft and listing(tmp_path) == ["bao-cao.docx"]


# -- every output: special files, links, modes, places that cannot be written ----------------------


def read_fifo_in_background(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread, got


@POSIX
@pytest.mark.parametrize("through_symlink", [False, True])
def test_check_output_to_a_fifo_is_streamed_and_the_fifo_stays(
        through_symlink: bool, tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = fifo
    if through_symlink:  # like /dev/stdout -> /proc/self/fd/1
        target = tmp_path / "out-link"
        target.symlink_to(fifo)
    thread, got = read_fifo_in_background(fifo)
    code, said = run(["check", str(doc), "--format", "json", "-o", str(target),
                      "--fail-on", "never"], fixers, capsys)
    thread.join(10)
    assert code == 0, said
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a regular file"
    assert target.is_symlink() == through_symlink
    assert json.loads(got[0])["files"][0]["status"] == "checked"


@POSIX
@pytest.mark.parametrize("command", ["annotate", "fix"])
def test_edit_output_to_a_fifo_is_streamed(command: str, tmp_path: Path, draft: bytes,
                                           fixers: Plugins,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    thread, got = read_fifo_in_background(fifo)
    code, said = run([command, str(doc), "-o", str(fifo)], fixers, capsys)
    thread.join(10)
    assert code == 0, said
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    load_bytes(got[0], "streamed.docx")


@POSIX
def test_check_output_through_a_symlink_writes_its_target(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    reports = tmp_path / "reports"
    reports.mkdir()
    real = reports / "ket-qua.json"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "ket-qua.json"
    link.symlink_to(real)
    code, said = run(["check", str(doc), "--format", "json", "-o", str(link),
                      "--fail-on", "never"], fixers, capsys)
    assert code == 0, said
    assert link.is_symlink() and json.loads(real.read_text())["files"]
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert listing(reports) == ["ket-qua.json"]


@POSIX
def test_a_dangling_symlink_is_not_written_through(
        tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    link = tmp_path / "ket-qua.json"
    link.symlink_to(tmp_path / "nowhere" / "x.json")
    code, said = run(["check", str(doc), "-o", str(link)], fixers, capsys)
    assert code == 2 and "liên kết" in said, said
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


@POSIX
def test_check_output_keeps_hard_links(tmp_path: Path, draft: bytes, fixers: Plugins,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    report = tmp_path / "ket-qua.json"
    report.write_text("old")
    os.link(report, tmp_path / "lien-ket.json")
    code, said = run(["check", str(doc), "--format", "json", "-o", str(report),
                      "--fail-on", "never"], fixers, capsys)
    assert code == 0, said
    assert (tmp_path / "lien-ket.json").read_text() == report.read_text() != "old"
    assert report.stat().st_nlink == 2


@POSIX
@pytest.mark.usefixtures("umask")
def test_new_files_follow_the_umask(tmp_path: Path, draft: bytes, fixers: Plugins,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    outputs = {
        "report": ["check", str(doc), "-o", str(tmp_path / "r.json"), "--format", "json",
                   "--fail-on", "never"],
        "baseline": ["check", str(doc), "--write-baseline", str(tmp_path / "b.json"),
                     "--fail-on", "never"],
        "annotated": ["annotate", str(doc), "-o", str(tmp_path / "a.docx")],
        "fixed": ["fix", str(doc), "-o", str(tmp_path / "f.docx")],
    }
    for argv in outputs.values():
        code, said = run(argv, fixers, capsys)
        assert code == 0, said
    modes = {name: stat.S_IMODE((tmp_path / name).stat().st_mode)
             for name in ("r.json", "b.json", "a.docx", "f.docx")}
    assert modes == dict.fromkeys(modes, 0o644)
    os.umask(0o077)
    code, said = run(["check", str(doc), "-o", str(tmp_path / "private.json")], fixers, capsys)
    assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600


@POSIX
@pytest.mark.usefixtures("umask")
def test_a_replaced_output_keeps_its_mode(tmp_path: Path, draft: bytes, fixers: Plugins,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    outputs = {
        "r.json": ["check", str(doc), "-o", str(tmp_path / "r.json"), "--format", "json",
                   "--fail-on", "never"],
        "b.json": ["check", str(doc), "--write-baseline", str(tmp_path / "b.json"),
                   "--fail-on", "never"],
        "a.docx": ["annotate", str(doc), "-o", str(tmp_path / "a.docx")],
        "f.docx": ["fix", str(doc), "-o", str(tmp_path / "f.docx")],
    }
    for name, mode in zip(outputs, (0o640, 0o600, 0o660, 0o604), strict=True):
        (tmp_path / name).write_bytes(b"old")
        (tmp_path / name).chmod(mode)
    for argv in outputs.values():
        code, said = run(argv, fixers, capsys)
        assert code == 0, said
    modes = {name: stat.S_IMODE((tmp_path / name).stat().st_mode) for name in outputs}
    assert modes == {"r.json": 0o640, "b.json": 0o600, "a.docx": 0o660, "f.docx": 0o604}
    assert all((tmp_path / name).read_bytes() != b"old" for name in outputs)


@pytest.mark.parametrize("place", ["folder", "missing-folder", "under-a-file", "read-only"])
@pytest.mark.parametrize("command", ["annotate", "fix", "check"])
def test_an_output_that_cannot_be_written_is_a_clear_error(
        place: str, command: str, tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    target = {
        "folder": tmp_path,
        "missing-folder": tmp_path / "khong-co" / "ra.docx",
        "under-a-file": doc / "ra.docx",
        "read-only": tmp_path / "chi-doc.docx",
    }[place]
    if place == "read-only":
        target.write_bytes(b"keep")
        target.chmod(0o444)
    before = listing(tmp_path)
    code, said = run([command, str(doc), "-o", str(target)], fixers, capsys)
    assert code == 2, said
    assert "không ghi được" in said and "nội bộ" not in said and "Error" not in said, said
    assert VIETNAMESE & set(said.lower())
    assert listing(tmp_path) == before and doc.read_bytes() == draft
    if place == "read-only":
        assert target.read_bytes() == b"keep"


@pytest.mark.parametrize("command", ["annotate", "fix", "fix-in-place", "check"])
def test_a_full_disk_is_a_clear_error_and_leaves_nothing(
        command: str, tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    real_write = os.write

    def full(fd: int, data: object) -> int:
        if os.fstat(fd).st_size > 100:  # the disk fills after the first bytes
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, bytes(data)[:50])  # type: ignore[call-overload]

    monkeypatch.setattr(os, "write", full)
    argv = {"annotate": ["annotate", str(doc), "-o", str(tmp_path / "ra.docx")],
            "fix": ["fix", str(doc), "-o", str(tmp_path / "ra.docx")],
            "fix-in-place": ["fix", str(doc), "--in-place"],
            "check": ["check", str(doc), "-o", str(tmp_path / "ra.json")]}[command]
    code, said = run(argv, fixers, capsys)
    monkeypatch.undo()
    assert code == 2 and "ổ đĩa đã đầy" in said and "nội bộ" not in said, said
    assert listing(tmp_path) == ["bao-cao.docx"] and doc.read_bytes() == draft


def test_write_file_refuses_a_folder_and_a_read_only_file(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="thư mục"):
        write_file(tmp_path, b"x")
    ro = tmp_path / "ro.json"
    ro.write_bytes(b"keep")
    ro.chmod(0o444)
    with pytest.raises(WriteError, match="chỉ cho đọc"):
        write_file(ro, b"x")
    assert ro.read_bytes() == b"keep"


# -- interruptions ------------------------------------------------------------------------------

KILLER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    import pluggy, types
    from tests.test_fix import RULES
    from validator import cli
    from validator.plugins import Plugins, make_plugin_manager

    plugin = types.ModuleType("fixers")
    plugin.soat_register_rules = pluggy.HookimplMarker("soat")(lambda: RULES)
    pm = make_plugin_manager(autoload=False)
    pm.register(plugin, name="fixers")
    calls = [0]
    real_fsync = os.fsync

    def fsync(fd):  # the signal arrives while the n-th file is being synced
        calls[0] += 1
        if calls[0] == {nth}:
            os.kill(os.getpid(), signal.{signal})
        return real_fsync(fd)

    os.fsync = fsync
    sys.exit(cli.main({argv!r}, plugins=Plugins(pm)))
""")


@POSIX
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("nth", [1, 2, 3])
def test_an_interrupted_in_place_fix_leaves_no_temporary_file_and_no_empty_backup(
        signal_name: str, nth: int, tmp_path: Path, draft: bytes) -> None:
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    script = KILLER.format(root=str(ROOT), nth=nth, signal=signal_name,
                           argv=["fix", str(doc), "--in-place"])
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120,
                          cwd=ROOT)
    assert proc.returncode != 0, proc.stderr.decode()  # the signal took effect
    names = listing(tmp_path)
    assert not [n for n in names if n.endswith(".tmp")], names
    for backup in tmp_path.glob("*.bak"):
        assert backup.read_bytes() == draft, "a backup is complete or absent"
    if doc.read_bytes() != draft:  # the write completed before the signal: the backup exists
        assert fixed(doc.read_bytes()) and (tmp_path / "bao-cao.docx.bak").exists()
    assert b"Traceback" not in proc.stderr


@POSIX
@pytest.mark.parametrize("nth", [1, 2, 3, 4])
def test_a_killed_in_place_fix_leaves_no_empty_backup_and_the_next_run_sweeps_up(
        nth: int, tmp_path: Path, draft: bytes, fixers: Plugins,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SIGKILL cannot be held back: the file being written when it lands stays behind, but
    never as an empty or partial backup nor as a damaged document, and the next write next
    to it removes it."""
    doc = tmp_path / "bao-cao.docx"
    doc.write_bytes(draft)
    script = KILLER.format(root=str(ROOT), nth=nth, signal="SIGKILL",
                           argv=["fix", str(doc), "--in-place"])
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120,
                          cwd=ROOT)
    assert proc.returncode == -9, proc.stderr.decode()
    for backup in tmp_path.glob("*.bak"):
        assert backup.read_bytes() == draft, "a backup is complete or absent"
    after_kill = doc.read_bytes()
    assert after_kill == draft or fixed(after_kill)
    code, said = run(["fix", str(doc), "--in-place"], fixers, capsys)
    assert code == 0, said
    names = listing(tmp_path)
    assert not [n for n in names if n.endswith(".tmp")], names
    assert fixed(doc.read_bytes())
    assert (tmp_path / "bao-cao.docx.bak").read_bytes() == draft
    assert [n for n in names if n.endswith(".bak")] == ["bao-cao.docx.bak"]


HOLDER = textwrap.dedent("""
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    print("held", flush=True)
    time.sleep(120)
""")


@POSIX
def test_only_temporary_files_no_running_soat_holds_are_swept(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.json"
    live = tmp_path / ".bao-cao.json.soat-0123abcd.tmp"
    left = tmp_path / ".bao-cao.json.soat-89abcdef.tmp"
    left.write_bytes(b"half")
    others = [tmp_path / ".bao-cao.json.tmp", tmp_path / ".khac.json.soat-89abcdef.tmp",
              tmp_path / "bao-cao.json.soat-89abcdef.tmp"]
    for other in others:
        other.write_bytes(b"not soat's, or another file's")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(live)],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        write_file(target, b"{}")
        assert live.exists() and not left.exists()
    finally:
        holder.kill()
        holder.wait()
    write_file(target, b"{ }")
    assert not live.exists()
    assert all(other.exists() for other in others)
    assert target.read_bytes() == b"{ }"
