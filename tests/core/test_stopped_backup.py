"""A backup stopped half-way (Ctrl+C, a full disk) leaves no file behind it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coopdesk.core.archive import backup
from coopdesk.core.db import Database
from coopdesk.core.errors import DatabaseError


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError])
def test_a_stopped_backup_leaves_nothing(  # type: ignore[no-untyped-def]
    db: Database, tmp_path: Path, monkeypatch, stop
) -> None:
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    (folder / "hier.json").write_text("{}")

    def interrupted(fd: int) -> None:
        raise stop(28, "No space left on device") if stop is OSError else stop()

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(DatabaseError if stop is OSError else KeyboardInterrupt):
        backup(db, folder / "aujourdhui.json")
    assert [p.name for p in folder.iterdir()] == ["hier.json"]
