"""What the calendar tests share: an independent reader of .ics files (libical)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SYSTEM_PYTHON = Path("/usr/bin/python3")
CHECKER = Path(__file__).with_name("libical_check.py")


def read_with_libical(path: Path) -> list[dict[str, Any]]:
    """Each VEVENT of ``path`` as libical reads it (UTC instants from the file's
    VTIMEZONEs). Fails, never skips, when libical is missing: CI installs it."""
    if not SYSTEM_PYTHON.exists():
        pytest.fail(f"{SYSTEM_PYTHON} is missing: install python3, python3-gi, gir1.2-ical-3.0")
    done = subprocess.run(
        [str(SYSTEM_PYTHON), str(CHECKER), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if "No module named 'gi'" in done.stderr or "Namespace ICalGLib" in done.stderr:
        pytest.fail(
            f"libical is not available to {SYSTEM_PYTHON}: install python3-gi and "
            f"gir1.2-ical-3.0 ({done.stderr.strip().splitlines()[-1]})"
        )
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows


@pytest.fixture
def libical(tmp_path: Path) -> Callable[[bytes], list[dict[str, Any]]]:
    """Write ``data`` to a file and read it back with libical."""
    counter = iter(range(1_000_000))

    def read(data: bytes) -> list[dict[str, Any]]:
        path = tmp_path / f"check-{next(counter)}.ics"
        path.write_bytes(data)
        return read_with_libical(path)

    return read
