"""The compiled-regex cache gives exactly what re.compile gives, and never gets in the way."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import rules  # noqa: F401 - imports every rule module, compiling their patterns
from validator import recache

PATTERNS = [
    (r"(?<![\w./-])(?P<num>\d{1,5})\s*/\s*(?P<year>\d{4})", 0),
    (r"ngày\s+(?P<d>\d{1,2})(?!\d).*?tháng\s+(?P<m>\d{1,2})", re.IGNORECASE),
    (r"""
        (?P<a>[A-ZĐ]+)   # capitals
        \s*-\s*
        (?P<b>\w+)       # anything
    """, re.VERBOSE),
    (r"(?i)^[\s,.:;)]*(?:\(?(?:ban hành\s+)?(?:kèm theo|của))", 0),
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder and a module that has read nothing yet."""
    monkeypatch.setenv("SOAT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SOAT_NO_CACHE", raising=False)
    _forget(monkeypatch)
    return tmp_path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process would start: nothing read, nothing new."""
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_used", set())


def test_every_pattern_of_the_rules_equals_re_compile() -> None:
    # Pattern equality in CPython compares the pattern, the flags and the matcher's code.
    assert len(recache._used) > 100
    for pattern, flags in recache._used:
        assert recache.compile(pattern, flags) == re.compile(pattern, flags), pattern


def test_round_trip_through_the_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = [recache.compile(p, f) for p, f in PATTERNS]
    assert len(recache._new) == len(PATTERNS)
    assert recache.save() is True
    path = recache.cache_path()
    assert path is not None and Path(path).parent == fresh and os.path.isfile(path)
    assert recache.save() is False  # nothing new since

    _forget(monkeypatch)
    again = [recache.compile(p, f) for p, f in PATTERNS]
    assert recache._new == {}  # all read from the file
    assert again == first == [re.compile(p, f) for p, f in PATTERNS]
    m = again[0].search("Kế hoạch số 218/2025/KH-UBND")
    assert m is not None and m.group("num", "year") == ("218", "2025")
    assert again[1].search("NGÀY 29 THÁNG 01").groupdict() == {"d": "29", "m": "01"}


def test_a_corrupt_or_foreign_file_is_ignored(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recache.compile(*PATTERNS[0])
    assert recache.save()
    path = Path(recache.cache_path() or "")
    for junk in (b"", b"\x00garbage\xff" * 10, path.read_bytes()[:40]):
        path.write_bytes(junk)
        _forget(monkeypatch)
        assert recache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
        assert recache.save()  # rewritten whole
    # an entry whose matcher code was tampered with is refused by the engine, then rebuilt
    import marshal

    rows = marshal.loads(path.read_bytes())
    pattern, flags, total, code, groups, gi, ig = rows[0]
    rows[0] = (pattern, flags, total, [99999] * len(code), groups, gi, ig)
    path.write_bytes(marshal.dumps(rows))
    _forget(monkeypatch)
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    assert (pattern, flags) in recache._new


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_file_others_may_write_is_not_read(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.umask(0o002)  # a user-private-group umask: files would be group-writable
    try:
        recache.compile(*PATTERNS[0])
        assert recache.save()
    finally:
        os.umask(old)
    path = Path(recache.cache_path() or "")
    assert path.stat().st_mode & 0o777 == 0o644  # written for the owner alone
    _forget(monkeypatch)
    recache.compile(*PATTERNS[0])
    assert recache._new == {}  # read back
    path.chmod(0o666)
    _forget(monkeypatch)
    assert recache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    assert (PATTERNS[0][0], PATTERNS[0][1]) in recache._new  # not trusted: compiled afresh


def test_turned_off_or_unwritable(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOAT_NO_CACHE", "1")
    assert recache.cache_path() is None
    assert recache.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])
    assert recache.save() is False
    monkeypatch.setenv("SOAT_NO_CACHE", "0")
    assert recache.cache_path() is not None  # "0" keeps it on, as for SOAT_NO_PLUGINS
    monkeypatch.delenv("SOAT_NO_CACHE")
    blocker = fresh / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SOAT_CACHE_DIR", str(blocker / "sub"))
    recache.compile(*PATTERNS[2])
    assert recache.save() is False  # no exception, nothing written
    assert not any(p.name.endswith(".tmp") for p in fresh.iterdir())


def test_an_invalid_pattern_raises_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error):
        recache.compile(r"(unclosed")
    assert recache._new == {}


def test_the_cli_writes_the_cache(fresh: Path, tmp_path: Path) -> None:
    from tests.outline import build  # a tiny real report

    docx = tmp_path / "r.docx"
    docx.write_bytes(build("p: Báo cáo số 12-BC/TU."))
    from validator.cli import main

    recache._new[("soat-test-(?P<x>\\d+)", 0)] = recache._build("soat-test-(?P<x>\\d+)", 0)
    main(["check", "--format", "json", str(docx)])
    assert recache._new == {}
    assert recache.cache_path() is not None and os.path.isfile(recache.cache_path() or "")
