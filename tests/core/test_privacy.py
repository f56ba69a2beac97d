"""Personal data kept only as long as needed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopdesk.core.errors import NotFoundError
from coopdesk.core.services import participants, people, privacy
from tests.factories import delegation, person


def test_last_years_guests_lose_passports_and_diets_but_keep_their_names(db):
    old = delegation(db)
    upcoming = delegation(
        db,
        title="Délégation de Kishiwada",
        start_date=date(2024, 12, 9),
        end_date=date(2024, 12, 12),
    )
    past_guest = person(
        db,
        passport_number="FA123456",
        passport_expiry="2030-01-01",
        dietary_needs="Sans porc",
        birth_date="1970-02-03",
        nationality="UA",
    )
    returning = person(db, first_name="Taras", last_name="Melnyk", passport_number="FB654321")
    participants.add_participant(db, old.id, past_guest.id)
    participants.add_participant(db, old.id, returning.id)
    participants.add_participant(db, upcoming.id, returning.id)

    assert privacy.purge_sensitive(db, ended_before=date(2024, 2, 1)) == 1
    purged = people.get_person(db, past_guest.id)
    assert (
        purged.passport_number,
        purged.passport_expiry,
        purged.dietary_needs,
        purged.birth_date,
        purged.nationality,
    ) == (None, None, None, None, None)
    assert purged.last_name == "Kovalenko"
    assert people.get_person(db, returning.id).passport_number == "FB654321"


def test_a_person_can_be_exported_then_erased_on_request(db):
    event = delegation(db)
    olena = person(db, email="olena.k@example.org", dietary_needs="Végétarienne")
    participants.add_participant(db, event.id, olena.id, hotel="Hôtel de la Monnaie")
    data = privacy.export_person(db, olena.id)
    assert data["native_name"] == "Олена Коваленко"
    assert data["participations"][0]["hotel"] == "Hôtel de la Monnaie"
    assert data["participations"][0]["event"] == "Délégation d'Apostolove"
    privacy.erase_person(db, olena.id)
    with pytest.raises(NotFoundError):
        people.get_person(db, olena.id)
    assert participants.list_participants(db, event.id) == []


def test_an_erased_person_leaves_no_name_in_the_change_log(db):
    from coopdesk.core.services.history import history

    event = delegation(db)
    olena = person(db, email="olena.k@example.org")
    part = participants.add_participant(db, event.id, olena.id)
    participants.update_participation(db, part.id, {"hotel": "Hôtel de la Monnaie"})
    privacy.erase_person(db, olena.id)
    everything = repr(history(db))
    assert "Kovalenko" not in everything
    assert "olena.k@example.org" not in everything
    assert "Monnaie" not in everything
    assert [c.action for c in history(db, entity="person")] == ["erase"]


# -- erased in the bytes ------------------------------------------------------------------

SECRETS = {
    "email": "zenobie.quarterman@example.org",
    "passport_number": "QZ7719305",
    "first_name": "Zénobie",
    "last_name": "Quarterman",
    "phone": "+33 6 71 93 05 48",
    "dietary_needs": "Sans arachides (allergie sévère)",
}


def _hits(paths, needles) -> list[str]:
    """Which needles occur in which files, searched in the raw bytes (as UTF-8, and in
    lower case for the folded sort key)."""
    found = []
    for path in paths:
        if not path.exists():
            continue
        data = path.read_bytes()
        for needle in needles:
            for form in {needle, needle.lower()}:
                if form.encode("utf-8") in data:
                    found.append(f"{path.name}: {form}")
    return found


def _db_files(path):
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _guest_with_history(db, tmp_path):
    """Zénobie, registered, edited (her old e-mail and hotel left behind in free space),
    with coopdesk's own copies made while she was there."""
    from coopdesk.core import archive, paths
    from coopdesk.core.db import sqlite_copy

    event = delegation(db)
    values = dict(SECRETS, email="z.quarterman@old-mail.example")
    guest = person(db, **values)
    people.update_person(db, guest.id, {"email": SECRETS["email"]}, guest)
    part = participants.add_participant(db, event.id, guest.id, hotel="Hôtel Quarterman-Plage")
    participants.update_participation(db, part.id, {"room": "Suite 12"})
    path = Path(db.engine.url.database)
    copies = [
        sqlite_copy(path, tag="before-0005-from-0004"),
        sqlite_copy(path, tag="before-restore"),
        archive.backup(db, paths.backup_dir() / "office-backup.json"),
    ]
    return guest, copies


def test_an_erased_person_is_in_no_byte_of_the_file_its_log_or_coopdesk_s_copies(
    sqlite_db, tmp_path
):
    import sqlite3

    guest, copies = _guest_with_history(sqlite_db, tmp_path)
    path = Path(sqlite_db.engine.url.database)
    needles = [*SECRETS.values(), "z.quarterman@old-mail.example", "Quarterman-Plage"]
    assert _hits(_db_files(path) + copies, needles)  # there before
    # another window has the database open (and has read from it) during the erasure
    other = sqlite3.connect(path)
    other.execute("SELECT count(*) FROM person").fetchone()
    try:
        outcome = privacy.erase_person(sqlite_db, guest.id)
        assert outcome.compacted
        assert sorted(c.path for c in outcome.copies) == sorted(copies)
        assert {c.kind for c in outcome.copies} == {"upgrade", "restore", "backup"}
        assert _hits(_db_files(path), needles) == []
        cleaned = privacy.erase_from_copies(outcome.traces, outcome.copies)
        assert sorted(cleaned) == sorted(copies)
        assert _hits(_db_files(path) + copies, needles) == []
    finally:
        other.close()
    # the copies are still whole backups, only without her
    assert privacy.copies_holding(outcome.traces) == []
    from coopdesk.core import archive
    from coopdesk.core.db import open_database

    for copy in copies:
        target = open_database(f"sqlite:///{tmp_path / ('restored-' + copy.stem + '.sqlite3')}")
        try:
            counts = archive.restore(target, copy)
            assert counts["event"] == 1 and counts["person"] == 0
        finally:
            target.dispose()


def test_a_purge_leaves_no_passport_or_diet_in_the_bytes(sqlite_db, tmp_path):
    guest, copies = _guest_with_history(sqlite_db, tmp_path)
    path = Path(sqlite_db.engine.url.database)
    needles = [SECRETS["passport_number"], SECRETS["dietary_needs"]]
    assert privacy.purge_candidates(sqlite_db, date(2030, 1, 1))[0].person_id == guest.id
    outcome = privacy.purge(sqlite_db, date(2030, 1, 1))
    assert outcome.people == 1 and outcome.compacted
    assert _hits(_db_files(path), needles) == []
    assert sorted(c.path for c in outcome.copies) == sorted(copies)
    modes = {copy: 0o640 if n % 2 else 0o644 for n, copy in enumerate(copies)}
    for copy, mode in modes.items():
        copy.chmod(mode)
    privacy.purge_copies(outcome.traces, outcome.copies)
    assert _hits(_db_files(path) + copies, needles) == []
    # each cleaned copy keeps the permissions it had (not the temporary file's 0600)
    assert {copy: copy.stat().st_mode & 0o777 for copy in copies} == modes
    # her name stays: a purge keeps who came
    assert _hits(copies, [SECRETS["last_name"]])
    assert people.get_person(sqlite_db, guest.id).last_name == "Quarterman"


def test_erased_rows_are_gone_on_every_backend(db, tmp_path):
    from sqlalchemy import text

    guest, _copies = (
        _guest_with_history(db, tmp_path) if db.is_sqlite else (person(db, **SECRETS), [])
    )
    outcome = privacy.erase_person(db, guest.id)
    assert outcome.vacuum_advised == (not db.is_sqlite)
    with db.connection() as conn:
        for table, column in [("person", "email"), ("change_log", "changes")]:
            found = conn.execute(
                text(f"SELECT count(*) FROM {table} WHERE {column} LIKE :v"),
                {"v": f"%{SECRETS['email']}%"},
            ).scalar()
            assert found == 0, table
    if not db.is_sqlite:
        assert privacy.compact(db, vacuum_server=True)


def test_sqlite_deletes_securely_on_every_connection(sqlite_db):
    with sqlite_db.connection() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_a_copy_coopdesk_cannot_read_is_listed_to_check_by_hand(sqlite_db):
    from coopdesk.core import paths

    guest = person(sqlite_db, **SECRETS)
    damaged = paths.backup_dir() / "office-before-restore.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    outcome = privacy.erase_person(sqlite_db, guest.id)
    assert [(c.path, c.readable) for c in outcome.copies] == [(damaged, False)]
    assert privacy.erase_from_copies(outcome.traces, outcome.copies) == []
