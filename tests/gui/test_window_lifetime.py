"""The windows a GUI test opens are gone when it ends, not left to a later test.

A window left alive after its test kept its timers running on a database already
dropped, and was freed later by the garbage collector at a random moment of another
test, which could end the whole run with a segmentation fault. Two small tests are run
in a separate process with this folder's test hooks: the second checks that the
first's window no longer exists and that its timer stopped with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

INNER = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

left = []
ticks = []


def test_opens_a_window_with_a_timer(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    timer = QTimer(window, interval=0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: bool(ticks))
    left.append(window)


def test_the_next_test_finds_it_deleted(qtbot):
    ticks.clear()
    qtbot.wait(100)
    assert not Shiboken.isValid(left[0]), "the previous test's window is still alive"
    assert ticks == [], "the previous test's timer still fires"
"""


def test_the_windows_of_a_test_are_deleted_when_it_ends(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        "from tests.gui.conftest import pytest_runtest_teardown  # noqa: F401\n", encoding="utf-8"
    )
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    plugins = ["-p", "no:xdist", "-p", "no:cacheprovider", "-p", "no:randomly"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *plugins, str(tmp_path / "test_inner.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
