"""Writing files without losing what the user had.

Every file soat writes (a report, a baseline, an annotated or fixed copy, a document fixed in
place) goes through :func:`write_file` or :func:`replace_with_backup`, which behave as careful
command-line tools do:

- **Symlinks are followed**: the file they point at is written and the link stays a link. A
  link to nothing (dangling) is refused rather than written through.
- **Special files are never replaced**: a FIFO or a character device (a terminal,
  ``/dev/null``) is written to as a stream, as the shell's ``>`` would; a block device, a
  socket or a folder is refused.
- **Regular files are replaced atomically**: the new content is written and synced to a
  hidden temporary file next to the target (``.<name>.soat-<random>.tmp``), which then takes
  the target's place in one step, so readers see the old file or the new one. The replaced
  file's mode is kept, and its owner and group where the system permits.
- **Hard links and owners are kept**: a file with several names (hard links), or whose owner
  cannot be given to a new file, is not replaced but rewritten through its own inode, once
  the complete new content is safely in the temporary file (the space is reserved first, so a
  full disk is found before a byte is overwritten). Every name keeps seeing the same file.
- **Read-only files are refused**: a file without write permission (for anyone, or for the
  user running soat) is left alone with a clear message, even when run as root.
- **New files follow the umask**, like any file a program creates (usually 0644).
- **Interruptions leave nothing behind**: while a regular file and its backup are written,
  SIGINT, SIGTERM and SIGHUP are held back and take effect once the temporary file is gone
  (renamed into place, or removed), so a kill never leaves a temporary file or half a backup.
  Only SIGKILL (or a power cut) can leave a temporary file, never a damaged target or an
  empty backup; the next write next to it removes it. A temporary file is locked (flock) by
  the process writing it for as long as it has a name, so only those whose writer is gone
  are removed, never one that another soat is writing.

Backups (``fix --in-place``) are numbered as editors number them: ``X.docx.bak``, then
``X.docx.1.bak``, ``X.docx.2.bak``… An existing backup is never overwritten or written
through (even when it is a symlink): the first free name is taken, unless one of them already
holds exactly the original, which then serves again. A backup is created complete, with the
original's mode and times, and only then does the document change.

Errors are :class:`WriteError`, whose message is for users (Vietnamese).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: temporary files are not locked
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = ".bak"
MAX_BACKUPS = 1000
_HELD_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class WriteError(Exception):
    """A file that cannot be written safely. ``str()`` is for users (Vietnamese)."""


# -- messages ------------------------------------------------------------------------------

_ERRNO_MESSAGES = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết hạn mức dung lượng được dùng",
    errno.EACCES: "không có quyền ghi vào đó",
    errno.EPERM: "không được phép ghi vào đó",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENOENT: "thư mục chứa tệp không tồn tại",
    errno.ENOTDIR: "một phần của đường dẫn không phải là thư mục",
    errno.EISDIR: "đường dẫn là một thư mục",
    errno.ELOOP: "đường dẫn có liên kết tượng trưng vòng tròn",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EFBIG: "tệp vượt giới hạn kích thước cho phép",
    errno.ENXIO: "không có chương trình nào đang đọc ở đầu kia",
    errno.EPIPE: "chương trình đọc ở đầu kia đã đóng",
}


def explain(exc: OSError) -> str:
    """A Vietnamese reason for an OS error."""
    reason = _ERRNO_MESSAGES.get(exc.errno or 0)
    return reason or (exc.strerror or type(exc).__name__)


def _fail(path: str | os.PathLike[str], reason: str) -> WriteError:
    return WriteError(f'không ghi được "{os.fspath(path)}": {reason}.')


# -- the target ----------------------------------------------------------------------------


def _resolve(path: str | os.PathLike[str]) -> tuple[str, os.stat_result | None]:
    """The file to write (symlinks followed) and its status, or None when it does not exist.
    A dangling or looping symlink is refused."""
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise _fail(name, "đây là liên kết tượng trưng trỏ tới một tệp không tồn tại; "
                        "soat không ghi qua liên kết như vậy") from None
        parent = os.path.dirname(os.path.abspath(name))
        if not os.path.isdir(parent):
            raise _fail(name, f'thư mục "{parent}" không tồn tại') from None
        return os.path.realpath(name), None
    except OSError as exc:
        raise _fail(name, explain(exc)) from None
    return os.path.realpath(name), st


def _read_only(st: os.stat_result, path: str) -> bool:
    return not st.st_mode & 0o222 or not os.access(path, os.W_OK)


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # read it the portable way: set, then put it back at once
    os.umask(mask)
    return mask


# -- signals -------------------------------------------------------------------------------


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP back for the block; they take effect when it ends."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not \
            threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# -- writing -------------------------------------------------------------------------------


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


_TEMPORARY_RE = re.compile(r"\..+\.soat-[0-9a-f]{8}\.tmp")


def _same_file(path: str, fd: int) -> bool:
    try:
        named, opened = os.lstat(path), os.fstat(fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _temporary(folder: str, name: str) -> tuple[int, str]:
    """A new hidden file next to the target, readable by its owner only until it is done, and
    locked by this process (the lock goes when the file is closed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) \
        | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.soat-{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            continue
        if fcntl is None:
            return fd, tmp
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without locks: nothing is ever swept there
            return fd, tmp
        if _same_file(tmp, fd):
            return fd, tmp
        os.close(fd)  # swept between its creation and its lock: take another name
    raise FileExistsError(errno.EEXIST, "no free temporary name", folder)


def _sweep(folder: str, name: str) -> None:
    """Remove the temporary files next to ``name`` (its own, its backups') that a soat killed
    while writing (SIGKILL, a power cut) left: those no running process holds locked."""
    if fcntl is None:
        return
    prefix = f".{name}."
    try:
        names = [n for n in os.listdir(folder or ".")
                 if n.startswith(prefix) and _TEMPORARY_RE.fullmatch(n)]
    except OSError:
        return
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK \
        | getattr(os, "O_CLOEXEC", 0)
    for n in names:
        path = os.path.join(folder, n)
        try:
            fd = os.open(path, flags)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer lives
            if _same_file(path, fd):
                os.unlink(path)
        except OSError:
            continue
        finally:
            os.close(fd)


@contextlib.contextmanager
def _staged(target: str, data: bytes, mode: int) -> Iterator[str]:
    """``data`` written, synced and given ``mode`` in a temporary file next to ``target``,
    for the block to rename or link into place; whatever is left of it is removed after."""
    fd, tmp = _temporary(os.path.dirname(target), os.path.basename(target))
    try:
        _write_all(fd, data)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        os.fsync(fd)
        yield tmp
    finally:
        if _same_file(tmp, fd):  # not renamed: the name goes while the lock is still held
            _remove(tmp)
        os.close(fd)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _sync_folder(folder: str) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _owner_kept(tmp: str, st: os.stat_result) -> bool:
    """Give ``tmp`` the owner and group of the file it replaces; False when not permitted."""
    if not hasattr(os, "chown"):
        return True
    if (st.st_uid, st.st_gid) == (os.geteuid(), os.getegid()):
        return True
    try:
        os.chown(tmp, st.st_uid, st.st_gid)
    except OSError:
        return False
    return True


def _rewrite_inode(target: str, data: bytes) -> None:
    """Write ``data`` through ``target``'s own inode (its other names see it too)."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if len(data) > size and hasattr(os, "posix_fallocate"):
            try:  # reserve the space first: a full disk is found before anything is lost
                os.posix_fallocate(fd, size, len(data) - size)
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise
        os.lseek(fd, 0, os.SEEK_SET)
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_regular(target: str, st: os.stat_result | None, data: bytes) -> None:
    """Put ``data`` at ``target`` (a regular file or nothing yet): atomically when it can, else
    through the same inode once a complete copy is staged. Signals are held meanwhile."""
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    _sweep(os.path.dirname(target), os.path.basename(target))
    with _staged(target, data, mode) as tmp:
        if st is not None and (st.st_nlink > 1 or not _owner_kept(tmp, st)):
            _rewrite_inode(target, data)  # the staged copy is the net while this runs
        else:
            os.replace(tmp, target)
            _sync_folder(os.path.dirname(target))


def _stream(target: str, data: bytes) -> None:
    """Write to a FIFO or a character device as the shell's ``>`` does (no truncation)."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` safely (see the module's documentation).

    Raises :class:`WriteError` with a Vietnamese message when it cannot."""
    target, st = _resolve(path)
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise _fail(path, "đường dẫn là một thư mục")
            if not (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
                raise _fail(path, "đường dẫn là một thiết bị hoặc socket, không phải tệp")
            _stream(target, data)
            return
        if st is not None and _read_only(st, target):
            raise _fail(path, "tệp chỉ cho đọc (read-only); hãy bỏ thuộc tính chỉ đọc nếu muốn "
                        "ghi đè")
        with _signals_held():
            _replace_regular(target, st, data)
    except OSError as exc:
        raise _fail(path, explain(exc)) from None


# -- in place, with a backup ---------------------------------------------------------------


def backup_names(target: str | os.PathLike[str]) -> Iterator[Path]:
    """``X.docx.bak``, ``X.docx.1.bak``, ``X.docx.2.bak``… (next to ``target``)."""
    base = Path(target)
    yield base.with_name(base.name + BACKUP_SUFFIX)
    for n in range(1, MAX_BACKUPS):
        yield base.with_name(f"{base.name}.{n}{BACKUP_SUFFIX}")


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a regular file (not a link) holding exactly ``data``."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _make_backup(target: str, st: os.stat_result, original: bytes) -> Path:
    """A complete copy of ``original`` under the first free backup name (or the backup that
    already holds it), with the original's mode, times and (where permitted) owner."""
    for name in backup_names(target):
        if os.path.lexists(name):
            if _holds(name, original):
                return name
            continue
        with _staged(str(name), original, stat.S_IMODE(st.st_mode)) as tmp:
            _owner_kept(tmp, st)
            with contextlib.suppress(OSError):
                os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
            try:
                os.link(tmp, name)  # never replaces: fails if the name was taken meanwhile
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links
                if os.path.lexists(name):
                    continue
                os.rename(tmp, name)
        _sync_folder(os.path.dirname(target))
        return name
    raise WriteError(f'không tạo được bản sao lưu cho "{target}": đã có {MAX_BACKUPS} bản '
                     "sao lưu; hãy dọn bớt các tệp .bak.")


def replace_with_backup(path: str | os.PathLike[str], data: bytes, original: bytes) -> Path:
    """Replace the document at ``path`` (symlinks followed) with ``data`` after keeping
    ``original`` (the bytes it was read with) as a numbered backup; returns the backup's path.

    Refused (:class:`WriteError`) when the file is not a regular file, is read-only, or no
    longer holds ``original`` (it was saved again since it was read)."""
    target, st = _resolve(path)
    if st is None:
        raise _fail(path, "tệp không còn tồn tại")
    if not stat.S_ISREG(st.st_mode):
        raise _fail(path, "không phải tệp thông thường nên không sửa tại chỗ được")
    if _read_only(st, target):
        raise _fail(path, "tệp chỉ cho đọc (read-only); soat không ghi đè tệp này. Hãy bỏ "
                    "thuộc tính chỉ đọc, hoặc dùng -o để ghi bản đã sửa ra tệp khác")
    try:
        with _signals_held():
            if not _holds(Path(target), original):
                raise _fail(path, "tệp đã thay đổi từ lúc soat đọc nó (có thể vừa được lưu lại "
                            "trong Word); hãy chạy lại lệnh")
            backup = _make_backup(target, st, original)
            _replace_regular(target, st, data)
    except OSError as exc:
        raise _fail(path, explain(exc)) from None
    return backup


__all__ = ["WriteError", "backup_names", "explain", "replace_with_backup", "write_file"]
