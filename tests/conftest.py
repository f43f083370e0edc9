"""Test session fixtures."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def corpus_cross_report() -> dict[str, Any]:
    """``soat check --select XDC`` on ``../shared/corpus/vn`` (JSON report), read once for the
    tests that compare with it; skips without the corpus."""
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "vn"
    if not corpus.is_dir():
        pytest.skip("needs ../shared/corpus")
    from validator.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", "--select", "XDC", "--format", "json", "--fail-on", "never",
              "--jobs", "2", str(corpus)])
    return json.loads(out.getvalue())  # type: ignore[no-any-return]
