"""Exported files follow the user's umask, as any other program's files do."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.cli.common import write_document as write_cli_document
from coopdesk.core.archive import backup
from coopdesk.core.calendar.export import write_calendars
from coopdesk.core.db import Database
from coopdesk.core.files import current_umask
from coopdesk.core.io.workbook import Sheet, write_document

pytestmark = pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX modes")


@pytest.fixture(params=[0o022, 0o002, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_umask_is_read_without_being_changed(umask: int) -> None:
    assert current_umask() == umask
    assert current_umask() == umask


def test_calendars_workbooks_and_lists_follow_the_umask(tmp_path: Path, umask: int) -> None:
    ics = tmp_path / "programme.ics"
    write_calendars([(ics, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")])
    sheet = Sheet("Liste", ("Nom",), [("Dupont",)])
    xlsx = write_document([sheet], tmp_path / "liste.xlsx")
    csv = write_document([sheet], tmp_path / "liste.csv")
    for path in (ics, xlsx, csv):
        assert mode(path) == 0o666 & ~umask, path.name
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "liste.csv",
        "liste.xlsx",
        "programme.ics",
    ]


def test_a_pdf_written_from_the_command_line_follows_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "badges.pdf"
    write_cli_document(str(target), lambda out: out.write(b"%PDF-1.4\n"))
    assert mode(target) == 0o666 & ~umask
    assert target.read_bytes() == b"%PDF-1.4\n"


def test_backups_follow_the_umask(db: Database, tmp_path: Path, umask: int) -> None:
    written = [backup(db, tmp_path / "sauvegarde.json")]
    if db.is_sqlite:
        written.append(backup(db, tmp_path / "sauvegarde.sqlite"))
    for path in written:
        assert mode(path) == 0o666 & ~umask, path.name
