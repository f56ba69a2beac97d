"""Backup and restore, between SQLite and PostgreSQL too."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from coopdesk.core import archive
from coopdesk.core.db import open_database
from coopdesk.core.errors import DatabaseError
from coopdesk.core.services import agenda, events, organisations, participants, partnerships
from tests.factories import delegation, partner, person


def _fill(db):
    apostolove = partner(db)
    funder = organisations.create_organisation(
        db, name="Agence française de développement", kind="funder", country="FR"
    )
    p = partnerships.create_partnership(
        db,
        partner_id=apostolove.id,
        kind="decentralised_cooperation",
        since="2022-05-01",
        themes="Eau, reconstruction",
        cofunder_ids=[funder.id],
    )
    partnerships.add_agreement(
        db,
        p.id,
        title="Convention de coopération 2023-2025",
        purpose="Appui à la reconstruction des services d'eau",
        forecast_amount="45000",
        signature_date="2023-07-03",
    )
    organisations.set_authority(
        db,
        {
            "name": "Communauté d'agglomération de La Rochelle",
            "address": "6 rue Saint-Michel\n17000 La Rochelle",
            "default_timezone": "Europe/Paris",
            "document_language": "fr",
        },
    )
    organisations.set_authority_logo(db, b"\x89PNG\r\n\x1a\nlogo", "image/png")
    event = delegation(db, partner_id=apostolove.id, budget="12000")
    chair = participants.add_participant(
        db,
        event.id,
        person(db).id,
        role="head_of_delegation",
        arrival_at=datetime(2023, 7, 2, 10, 35),
    )
    agenda.create_agenda_item(
        db,
        event.id,
        title="Dîner officiel",
        type="meal",
        starts_at=datetime(2023, 7, 3, 19, 30),
        ends_at=datetime(2023, 7, 3, 22),
        attendee_ids=[chair.id],
    )
    return event


def _snapshot(db):
    event = events.list_events(db)[0]
    return (
        events.list_events(db),
        participants.list_participants(db, event.id),
        agenda.list_agenda(db, event.id),
        partnerships.list_partnerships(db),
        organisations.get_authority(db),
        organisations.get_authority_logo(db),
    )


@pytest.mark.parametrize("suffix", [".json", ".sqlite3"])
def test_a_backup_restores_everything_into_a_new_database(db, tmp_path, suffix):
    _fill(db)
    before = _snapshot(db)
    path = archive.backup(db, tmp_path / f"sauvegarde{suffix}")
    target = open_database(f"sqlite:///{tmp_path / 'restored.sqlite3'}")
    try:
        archive.restore(target, path)
        assert _snapshot(target) == before
        # ids go on from where they were
        new_event = delegation(target, title="Délégation de Kishiwada")
        assert new_event.id > before[0][0].id
    finally:
        target.dispose()


def test_a_backup_restores_into_the_other_backend_as_well(db, tmp_path):
    _fill(db)
    before = _snapshot(db)
    path = archive.backup(db, tmp_path / "sauvegarde.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["tables"]["person"][0]["native_name"] == "Олена Коваленко"
    # restore over the source itself: the content is replaced, not duplicated
    delegation(db, title="À écraser")
    archive.restore(db, path)
    assert _snapshot(db) == before
    delegation(db, title="Après restauration")
    assert len(events.list_events(db)) == 2


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(db, tmp_path):
    _fill(db)
    before = _snapshot(db)
    bad = tmp_path / "liste.csv"
    bad.write_text("Nom;Prénom\nKovalenko;Olena\n", encoding="cp1252")
    with pytest.raises(DatabaseError) as err:
        archive.restore(db, bad)
    assert err.value.code == "backup.invalid"
    with pytest.raises(DatabaseError) as err:
        archive.restore(db, tmp_path / "absent.json")
    assert err.value.code == "backup.not_found"
    assert _snapshot(db) == before


def test_a_backup_into_a_missing_folder_it_cannot_create_is_reported(db, tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(DatabaseError) as err:
        archive.backup(db, blocker / "sous-dossier" / "b.json")
    assert err.value.code == "backup.write_failed"


def test_a_json_backup_from_an_older_schema_is_migrated_on_restore(db, tmp_path):
    _fill(db)
    before = _snapshot(db)
    path = archive.backup(db, tmp_path / "sauvegarde.json")
    data = json.loads(path.read_text("utf-8"))
    # what coopdesk wrote before people had a stored sort key (schema 0002)
    data["revision"] = "0002"
    for row in data["tables"]["person"]:
        del row["sort_key"]
    old = tmp_path / "ancienne.json"
    old.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    target = open_database(f"sqlite:///{tmp_path / 'restored.sqlite3'}")
    try:
        archive.restore(target, old)
        assert _snapshot(target) == before
    finally:
        target.dispose()


def test_a_backup_from_an_unknown_schema_is_refused(db, tmp_path):
    path = archive.backup(db, tmp_path / "sauvegarde.json")
    data = json.loads(path.read_text("utf-8"))
    data["revision"] = "9999"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(DatabaseError) as err:
        archive.restore(db, path)
    assert err.value.code == "backup.other_revision"


def test_a_restore_is_the_last_entry_of_the_restored_change_log(db, tmp_path):
    from coopdesk.core.services.history import history

    _fill(db)
    path = archive.backup(db, tmp_path / "office.json")
    archive.restore(db, path)
    last = history(db)[0]
    assert (last.action, last.entity, last.summary) == ("restore", "database", "office.json")
