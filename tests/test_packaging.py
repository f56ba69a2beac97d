"""The packaging files agree with the code they ship (the bundle itself is checked by
``packaging/smoke.py``, which CI runs after building it)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

import coopdesk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _qt_modules_kept() -> set[str]:
    spec = (PACKAGING / "coopdesk.spec").read_text("utf-8")
    match = re.search(r"^QT_USED = (\{.*?\})$", spec, re.MULTILINE)
    assert match is not None
    return set(ast.literal_eval(match.group(1)))


def test_every_qt_module_coopdesk_imports_is_kept_in_the_bundle():
    imported = {
        module
        for path in (ROOT / "src").rglob("*.py")
        for module in re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8"))
    }
    assert imported  # the GUI does import Qt
    assert imported <= _qt_modules_kept(), imported - _qt_modules_kept()


def test_the_installers_version_is_the_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == coopdesk.__version__  # build.py stops otherwise


def test_the_install_script_is_valid_shell_and_knows_its_options():
    script = PACKAGING / "linux" / "install.sh"
    subprocess.run(["sh", "-n", str(script)], check=True)
    done = subprocess.run(["sh", str(script), "--nonsense"], capture_output=True, text=True)
    assert done.returncode == 2 and "unknown option: --nonsense" in done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_is_a_valid_desktop_file_that_opens_calendars():
    entry = PACKAGING / "linux" / "coopdesk.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    text = entry.read_text("utf-8")
    assert "Exec=coopdesk %f" in text and "MimeType=text/calendar;" in text
