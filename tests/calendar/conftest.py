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


def read_with_dateutil(data: bytes) -> dict[str, tuple[Any, Any]]:
    """Each VEVENT's UID and UTC start and end as dateutil reads them: a third reader,
    which (like libical) takes the zones from the file's own VTIMEZONEs."""
    from datetime import UTC
    from io import StringIO

    from dateutil import tz
    from icalendar import Calendar

    text = data.decode("utf-8")
    blocks = [
        "BEGIN:VTIMEZONE" + part.split("END:VTIMEZONE")[0] + "END:VTIMEZONE"
        for part in text.split("BEGIN:VTIMEZONE")[1:]
    ]
    # dateutil reads no X- property (X-LIC-LOCATION): they are left out for it.
    lines = [
        line
        for block in blocks
        for line in block.replace("\r\n ", "").split("\r\n")
        if line and not line.startswith("X-")
    ]
    zones = tz.tzical(StringIO("\r\n".join(lines) + "\r\n")) if lines else None
    found: dict[str, tuple[Any, Any]] = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        moments = []
        for name in ("DTSTART", "DTEND"):
            prop = event[name]
            if "TZID" in prop.params:
                assert zones is not None
                zone = zones.get(prop.params["TZID"])
                moments.append(prop.dt.replace(tzinfo=zone).astimezone(UTC))
            elif hasattr(prop.dt, "astimezone"):
                moments.append(prop.dt.astimezone(UTC))
            else:
                moments.append(prop.dt)
        found[str(event["UID"])] = (moments[0], moments[1])
    return found
