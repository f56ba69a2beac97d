"""The core's long documents count their units and stop when asked, leaving no file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from coopdesk.core.calendar.export import export_personal_agendas
from coopdesk.core.documents.badges import render_badges
from coopdesk.core.documents.lists import render_list
from coopdesk.core.documents.programme import render_programme
from coopdesk.core.documents.tents import render_tents
from coopdesk.core.files import written_whole
from coopdesk.core.io.export import export_list
from coopdesk.core.progress import Cancelled, Progress
from coopdesk.core.services import agenda, participants
from tests.factories import delegation, person

PEOPLE = 60


@pytest.fixture
def event(db):  # type: ignore[no-untyped-def]
    ev = delegation(db)
    for i in range(PEOPLE):
        who = person(db, first_name=f"Olena{i}", last_name=f"Kovalenko{i}")
        participants.add_participant(db, ev.id, who.id)
    for day in (2, 3, 4):
        for hour in (9, 11, 14, 16):
            agenda.create_agenda_item(
                db,
                ev.id,
                title=f"Séance du {day} juillet, {hour} h",
                type="meeting",
                starts_at=datetime(2023, 7, day, hour),
                ends_at=datetime(2023, 7, day, hour, 45),
            )
    return ev


def _counted(render) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    render(Progress(lambda done, total: seen.append((done, total))))
    return seen


@pytest.mark.parametrize(
    ("name", "units"),
    [
        ("badges", PEOPLE),
        ("tents", PEOPLE),
        ("list", PEOPLE),
        ("programme", 12),
    ],
)
def test_pdf_documents_count_up_to_their_units(db, event, tmp_path, name, units):  # type: ignore[no-untyped-def]
    renders = {
        "badges": render_badges,
        "tents": render_tents,
        "list": render_list,
        "programme": render_programme,
    }
    out = tmp_path / f"{name}.pdf"
    seen = _counted(lambda p: renders[name](db, event.id, str(out), progress=p))
    assert seen[0] == (0, units)
    assert seen[-1] == (units, units)
    assert len(seen) > 2  # counted along the way (pages, days), not only at the end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("name", ["badges", "tents", "list", "programme", "xlsx", "ics"])
def test_cancelled_half_way_nothing_is_left(db, event, tmp_path, name):  # type: ignore[no-untyped-def]
    folder = tmp_path / "exports"
    folder.mkdir()
    progress: Progress

    def stop_half_way(done: int, total: int) -> None:
        if total and done >= total // 2:
            progress.cancel()

    progress = Progress(stop_half_way)
    with pytest.raises(Cancelled):
        if name == "xlsx":
            export_list(db, event.id, "participants", folder / "liste.xlsx", progress=progress)
        elif name == "ics":
            export_personal_agendas(db, event.id, folder / "agendas", progress=progress)
        else:
            render = {
                "badges": render_badges,
                "tents": render_tents,
                "list": render_list,
                "programme": render_programme,
            }[name]
            with written_whole(folder / "doc.pdf") as partial, partial.open("wb") as out:
                render(db, event.id, out, progress=progress)
    assert 0 < progress.done < progress.total
    assert list(folder.iterdir()) == []


def test_a_file_written_whole_replaces_the_old_one_only_when_done(tmp_path: Path) -> None:
    target = tmp_path / "liste.csv"
    target.write_text("old")
    with pytest.raises(OSError), written_whole(target) as partial:
        partial.write_text("half")
        raise OSError("disk full")
    assert target.read_text() == "old"
    with written_whole(target) as partial:
        partial.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]
