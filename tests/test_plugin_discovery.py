"""One plugin manager per run: what the user disables is never imported, by any part of soat.

The rules, the emitters' rule catalogue (SARIF) and profile detection all read the plugins the
command line discovered once; none of them discovers plugins again behind the user's back.
An installed plugin is simulated by a distribution folder on PYTHONPATH whose entry point
names a module that records being imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "bao-cao-ubnd-mau.docx"

PLUGIN = '''
import os
from pathlib import Path

Path(os.environ["SOAT_TEST_MARKER"]).write_text("imported", encoding="utf-8")

from validator import hookimpl


@hookimpl
def soat_register_profiles():
    return [str(Path(__file__).with_name("spy_profiles"))]
'''


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A folder holding an installed distribution whose ``soat`` entry point is ``spy``."""
    root = tmp_path / "site"
    info = root / "soat_spy-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: soat-spy\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("[soat]\nspy = soat_spy\n", encoding="utf-8")
    (root / "soat_spy.py").write_text(PLUGIN, encoding="utf-8")
    (root / "spy_profiles").mkdir()
    (root / "spy_profiles" / "spy.toml").write_text(
        'name = "spy-report"\nsystem = "state"\n', encoding="utf-8")
    return root


def _soat(site: Path, marker: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOAT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env["SOAT_TEST_MARKER"] = str(marker)
    return subprocess.run([sys.executable, "-m", "validator", *args], capture_output=True,
                          text=True, env=env, cwd=site, check=False)


def test_the_spy_plugin_is_found_when_allowed(site: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    proc = _soat(site, marker, "check", str(EXAMPLE), "--format", "json", "--fail-on", "never",
                 "--profile", "spy-report")
    assert proc.returncode == 0, proc.stderr
    assert marker.exists()
    assert json.loads(proc.stdout)["files"][0]["profile"] == "spy-report"


@pytest.mark.parametrize("flags", [["--no-plugins"], ["--disable-plugin", "spy"]])
@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_disabled_plugin_is_never_imported(
    site: Path, tmp_path: Path, flags: list[str], fmt: str
) -> None:
    marker = tmp_path / "marker"
    # detection reads the title block (profiles), sarif describes the rule catalogue
    proc = _soat(site, marker, "check", str(EXAMPLE), "--format", fmt, "--fail-on", "never",
                 *flags)
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists()
    proc = _soat(site, marker, "check", str(EXAMPLE), "--profile", "spy-report", *flags)
    assert proc.returncode == 2 and 'không có hồ sơ "spy-report"' in proc.stderr
    assert not marker.exists()


def test_the_library_honours_plugins_false(site: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    code = (
        "import sys, validator\n"
        f"r = validator.check_path({str(EXAMPLE)!r}, {{'plugins': False}})\n"
        "sys.exit(0 if r.files[0].status == 'checked' else 1)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOAT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env["SOAT_TEST_MARKER"] = str(marker)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=site, check=False)
    assert proc.returncode == 0, proc.stderr
    assert not marker.exists()
