"""Who changed what: the change log a team relies on."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from coopdesk.core import archive
from coopdesk.core.db import open_database
from coopdesk.core.errors import AccessDeniedError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, participants, people
from coopdesk.core.services.history import describe_change, history
from coopdesk.core.services.participants import NewParticipant
from tests.factories import delegation, person


def test_each_change_is_logged_with_who_and_what(db_url, monkeypatch):
    monkeypatch.setenv("COOPDESK_USER", "s.poitevin")
    db = open_database(db_url)
    try:
        event = delegation(db)
        part = participants.add_participant(db, event.id, person(db).id)
        participants.update_participation(db, part.id, {"hotel": "Hôtel de la Monnaie"})
        item = agenda.create_agenda_item(
            db,
            event.id,
            title="Dîner officiel",
            type="meal",
            starts_at=datetime(2023, 7, 3, 19, 30),
            ends_at=datetime(2023, 7, 3, 22),
        )
        agenda.delete_agenda_item(db, item.id)
        log = history(db, event_id=event.id)
    finally:
        db.dispose()
    assert [(c.entity, c.action) for c in log] == [
        ("agenda_item", "delete"),
        ("agenda_item", "create"),
        ("participation", "update"),
        ("participation", "create"),
        ("event", "create"),
    ]
    # On SQLite the system login (or COOPDESK_USER); on a server, the server's own user:
    # what the program says does not count there.
    expected = "s.poitevin" if db_url.startswith("sqlite") else make_url(db_url).username
    assert {c.user for c in log} == {expected}
    assert log[2].changes == {"hotel": [None, "Hôtel de la Monnaie"]}


def test_sensitive_values_never_enter_the_log(db):
    olena = person(db, passport_number="FA123456", dietary_needs="Sans gluten")
    people.update_person(db, olena.id, {"passport_number": "FB999999", "function": "Maire"})
    entries = history(db, entity="person", entity_id=olena.id)
    text = repr(entries)
    assert "FA123456" not in text and "FB999999" not in text and "gluten" not in text
    assert entries[0].changes["passport_number"] == ["•••", "•••"]
    assert entries[0].changes["function"] == ["Chair of the community council", "Maire"]


def test_a_bulk_import_is_logged_once_with_its_count(db):
    event = delegation(db)
    participants.add_participants(
        db, event.id, [NewParticipant(person={"last_name": f"Nom{i}"}) for i in range(25)]
    )
    imports = [c for c in history(db, event_id=event.id) if c.action == "import"]
    assert len(imports) == 1
    assert imports[0].changes == {"count": [None, 25]}


def _import_three(db, tmp_path):
    from coopdesk.core.io.apply import apply_import
    from coopdesk.core.io.preview import preview_import
    from coopdesk.core.io.reading import read_table

    event = delegation(db)
    source = tmp_path / "liste-apostolove.csv"
    source.write_text(
        "Nom;Prénom;Courriel\n"
        "Kovalenko;Olena;olena@apostolove.example\n"
        "Petrenko;Ivan;ivan@apostolove.example\n"
        "Шевченко;Тарас;taras@apostolove.example\n",
        encoding="utf-8",
    )
    preview = preview_import(db, event.id, read_table(source))
    assert preview.accepted, [issue.describe() for issue in preview.issues]
    return event, apply_import(db, preview)


def test_an_import_is_one_entry_with_its_rows(db, tmp_path):
    event, result = _import_three(db, tmp_path)
    log = history(db, event_id=event.id)
    imports = [c for c in log if c.action == "import"]
    assert len(imports) == 1, log
    entry = imports[0]
    assert entry.summary == "liste-apostolove.csv"
    rows = entry.changes["rows"][1]
    assert [line for line, _person, _part in rows] == [2, 3, 4]
    assert [part for _line, _person, part in rows] == list(result.participation_ids)
    # the people and registrations themselves are there, by id only: no name in the log
    listed = {p.id: p.person_id for p in participants.list_participants(db, event.id)}
    assert {part: person for _line, person, part in rows} == listed
    assert "Kovalenko" not in repr(entry) and "Шевченко" not in repr(entry)
    said = describe_change(entry, "fr")
    assert said.action == "importation"
    assert said.detail == (
        "3 participants ajoutés depuis liste-apostolove.csv (3 personnes créées)"
    )


def test_a_restore_is_logged_after_the_restored_log_and_keeps_its_authors(
    db, db_url, tmp_path, monkeypatch
):
    monkeypatch.setenv("COOPDESK_USER", "s.poitevin")
    delegation(db, title="Délégation d'Apostolove")
    path = archive.backup(db, tmp_path / "sauvegarde-juillet.json")
    delegation(db, title="Perdue à la restauration")
    before = [(c.user, c.summary) for c in history(db) if c.summary != "Perdue à la restauration"]
    archive.restore(db, path)
    log = history(db)
    assert log[0].action == "restore" and log[0].entity == "database"
    assert [(c.user, c.summary) for c in log[1:]] == before  # the backup's own log, unchanged
    said = describe_change(log[0], "fr")
    assert said.action == "restauration"
    assert said.detail == (
        "Tout le contenu remplacé par la sauvegarde sauvegarde-juillet.json (1 événement)"
    )
    expected = "s.poitevin" if db_url.startswith("sqlite") else make_url(db_url).username
    assert log[0].user == expected


def test_an_erasure_and_a_purge_are_logged_in_words(db):
    from coopdesk.core.services import privacy

    event = delegation(db, start_date="2020-03-02", end_date="2020-03-04")
    olena = person(db, passport_number="FA123456")
    ivan = person(db, last_name="Petrenko", first_name="Ivan", dietary_needs="Végétarien")
    for someone in (olena, ivan):
        participants.add_participant(db, event.id, someone.id)
    assert privacy.purge_sensitive(db, date(2021, 1, 1)) == 2
    privacy.erase_person(db, olena.id)
    log = history(db)
    erased, purged = log[0], next(c for c in log if c.action == "purge")
    assert (erased.action, erased.entity, erased.entity_id) == ("erase", "person", olena.id)
    assert describe_change(erased, "fr").detail == (
        "Personne effacée avec ses participations ; le journal ne garde plus rien d'elle"
    )
    assert describe_change(purged, "fr").detail == (
        "Données sensibles effacées pour 2 personnes "
        "(dernier événement terminé avant le 1 janvier 2021)"
    )
    assert describe_change(purged, "en").detail == (
        "Sensitive data blanked for 2 people (last event ended before January 1, 2021)"
    )
    # the erased person's name is nowhere in the log any more
    assert "Kovalenko" not in repr(log)


def test_the_log_refuses_changes_outside_the_administrators_path(sqlite_db):
    """On SQLite the triggers refuse, to any program: checked with Python's own sqlite3."""
    delegation(sqlite_db)
    path = sqlite_db.engine.url.database
    conn = sqlite3.connect(path)
    try:
        for statement in ("UPDATE change_log SET user = 'x'", "DELETE FROM change_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
            conn.rollback()
        assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 1
    finally:
        conn.close()
    # through coopdesk, a refusal in words
    with pytest.raises(AccessDeniedError) as refused, sqlite_db.session() as session:
        session.execute(text("DELETE FROM change_log"))
    assert describe(refused.value, "fr") == (
        "Le journal des modifications ne peut qu'être complété : ses entrées ne se modifient "
        "ni ne se suppriment. Rien n'a été modifié."
    )
    # an erasure (the administrator's path) leaves the triggers in place
    from coopdesk.core.services import privacy

    privacy.erase_person(sqlite_db, person(sqlite_db).id)
    conn = sqlite3.connect(path)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert {"change_log_no_update", "change_log_no_delete"} <= names


def test_the_history_command_says_imports_restores_and_erasures_in_french(db_url, tmp_path, capsys):
    from coopdesk import cli

    db = open_database(db_url)
    try:
        _import_three(db, tmp_path)
        olena = person(db, last_name="Bondarenko")
        from coopdesk.core.services import privacy

        privacy.erase_person(db, olena.id)
    finally:
        db.dispose()
    capsys.readouterr()
    assert cli.main(["--database", db_url, "history"]) == 0
    out = capsys.readouterr().out
    assert "importation" in out and "effacement" in out
    assert "3 participants ajoutés" in " ".join(out.split())
    assert "Bondarenko" not in out


def test_a_registration_is_named_in_words(db):
    event = delegation(db)
    part = participants.add_participant(db, event.id, person(db).id)
    participants.update_participation(db, part.id, {"hotel": "Hôtel de la Monnaie"})
    entry = next(c for c in history(db, event_id=event.id) if c.action == "update")
    said = describe_change(entry, "fr")
    assert said.what == f"personne n° {part.person_id}, événement n° {event.id}"
    assert said.detail == "hôtel : ∅ → Hôtel de la Monnaie"
    assert describe_change(entry, "en").detail == "hotel: ∅ → Hôtel de la Monnaie"


def test_a_kill_on_the_administrators_path_leaves_the_log_whole_and_guarded(sqlite_db):
    """Killed after the triggers were dropped and the log emptied, before the commit: the
    file has its log and its triggers, as before."""
    import subprocess
    import sys

    delegation(sqlite_db)
    path = sqlite_db.engine.url.database
    sqlite_db.dispose()
    code = f"""
import os, signal
from sqlalchemy import text
from coopdesk.core import audit
from coopdesk.core.db import open_database
db = open_database("sqlite:///{path}")
with db.engine.begin() as conn:
    audit.unlock_log(conn, "restore")
    conn.execute(text("DELETE FROM change_log"))
    os.kill(os.getpid(), signal.SIGKILL)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    conn = sqlite3.connect(path)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        count = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    finally:
        conn.close()
    assert {"change_log_no_update", "change_log_no_delete"} <= names
    assert count == 1
