"""What `pip show soat` and a package index show: licence, readme, URLs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import validator

ROOT = Path(__file__).resolve().parents[1]


def test_project_metadata_is_complete() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    assert project["readme"] == "README.md" and (ROOT / "README.md").is_file()
    urls = project["urls"]
    assert {"Homepage", "Documentation", "Repository", "Issues"} <= set(urls)
    assert urls["Documentation"] == validator.DOCS_URL  # SARIF helpUri points there
    assert project["scripts"] == {"soat": "validator.cli:main"}


def test_python_dash_m_validator_is_documented() -> None:
    assert (ROOT / "validator" / "__main__.py").is_file()
    assert "python -m validator" in (ROOT / "README.md").read_text(encoding="utf-8")
