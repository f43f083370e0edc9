"""Every file of the shared corpus is checked with every built-in rule, with no traceback.

The corpus (``../shared/corpus`` next to the repository: real Vietnamese drafts and finals in
``vn/``, fuzzing crash cases and odd packages from other projects in ``robustness/``) is not
part of the repository; the tests skip cleanly when it is absent. Run only these with
``pytest -m corpus``; leave them out with ``-m 'not corpus'``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from validator import engine

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FOLDERS = ("robustness", "vn")

pytestmark = pytest.mark.corpus


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for folder in FOLDERS if (CORPUS / folder).is_dir()
                  for p in (CORPUS / folder).rglob("*") if p.is_file())


FILES = corpus_files()


@pytest.fixture(scope="module")
def rules() -> tuple[type, ...]:
    return engine.default_rules()


@pytest.mark.skipif(not FILES, reason=f"corpus not available at {CORPUS}")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file_is_checked_cleanly(path: Path, rules: tuple[type, ...]) -> None:
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    mtime = path.stat().st_mtime_ns
    result = engine.check_path(path, rules=rules)
    assert result.status in ("checked", "failed")
    if result.status == "failed":
        assert result.error is not None and result.error.code and result.error.message
    crashed = [f"{e.rule}: {e.error_type}: {e.message}" for e in result.rule_errors]
    assert not crashed, "rules crashed:\n" + "\n".join(crashed)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "input file modified"
    assert path.stat().st_mtime_ns == mtime


def test_corpus_present_or_skipped() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not available at {CORPUS}")
    assert FILES, f"{CORPUS} holds no files in {FOLDERS}"
