"""The ``coopdesk`` command as a user types it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

import pytest
from sqlalchemy.engine import make_url

from coopdesk.cli import main
from coopdesk.core.db import SCHEMA_HEAD, open_database
from coopdesk.core.services import agenda, participants
from tests.factories import delegation, person


@pytest.fixture
def filled(db_url):
    db = open_database(db_url)
    event = delegation(db)
    chair = participants.add_participant(
        db,
        event.id,
        person(db).id,
        role="head_of_delegation",
        category="delegate",
        status="confirmed",
    )
    interp = participants.add_participant(
        db,
        event.id,
        person(
            db,
            civility="M.",
            first_name="Kenji",
            last_name="Sato",
            native_name="佐藤 健二",
            function="Interprète",
        ).id,
        role="interpreter",
    )
    for title, start, attendees in [
        ("Séance de travail", 14, [chair.id, interp.id]),
        ("Visite du port", 14, [interp.id]),
    ]:
        agenda.create_agenda_item(
            db,
            event.id,
            title=title,
            type="meeting",
            starts_at=datetime(2023, 7, 3, start),
            ends_at=datetime(2023, 7, 3, start + 1),
            attendee_ids=attendees,
        )
    delegation(
        db,
        title="Mission eau à Kendari",
        kind="delegation_out",
        timezone="Asia/Makassar",
        start_date="2025-03-03",
        end_date="2025-03-10",
    )
    db.dispose()
    return db_url


def test_events_are_listed_as_a_table_and_as_json(filled, capsys):
    assert main(["--database", filled, "events"]) == 0
    out = capsys.readouterr().out
    assert "Délégation d'Apostolove" in out
    assert "Délégation entrante" in out
    assert main(["--database", filled, "events", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["title"] for r in rows} == {"Délégation d'Apostolove", "Mission eau à Kendari"}
    assert {r["kind"] for r in rows} == {"delegation_in", "delegation_out"}


def test_participants_are_listed_in_protocol_order_by_part_of_the_title(filled, capsys):
    assert main(["--database", filled, "participants", "apostolove", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["last_name"] for r in rows] == ["Kovalenko", "Sato"]
    for key in (
        "id",
        "civility",
        "first_name",
        "last_name",
        "native_name",
        "function",
        "organisation",
        "country",
        "role",
        "category",
        "status",
    ):
        assert key in rows[0]
    assert rows[0]["native_name"] == "Олена Коваленко"
    assert rows[0]["role"] == "head_of_delegation"
    assert main(["--database", filled, "participants", "Apostolove"]) == 0
    out = capsys.readouterr().out
    assert "佐藤 健二" in out
    assert "Chef de délégation" in out


def test_an_unknown_or_ambiguous_event_is_a_clear_error_with_status_2(filled, capsys):
    assert main(["--database", filled, "participants", "Kishiwada"]) == 2
    err = capsys.readouterr().err
    assert "Aucun événement ne correspond à « Kishiwada »" in err
    assert "Traceback" not in err
    assert main(["--database", filled, "participants", "d"]) == 2
    assert "Plusieurs événements correspondent" in capsys.readouterr().err


def test_the_agenda_shows_paris_time_for_a_mission_abroad_and_flags_conflicts(filled, capsys):
    assert main(["--database", filled, "agenda", "Apostolove"]) == 0
    out = capsys.readouterr().out
    assert "Visite du port" in out
    assert "⚠" in out
    assert main(["--database", filled, "conflicts", "Apostolove"]) == 0
    out = capsys.readouterr().out
    assert "Double réservation de " in out and " pour Kenji Sato : " in out


def test_every_kind_of_conflict_is_one_sentence_in_french_and_in_english(
    filled, capsys, monkeypatch
):
    from coopdesk.core.services import events, venues

    db = open_database(filled)
    event = events.find_event(db, "Apostolove")
    both = [p.id for p in participants.list_participants(db, event.id)]
    hall = venues.create_venue(db, name="Salle Ampère", timezone="Europe/Paris", capacity=1)
    for title in ("Déjeuner", "Conférence de presse"):
        agenda.create_agenda_item(
            db,
            event.id,
            title=title,
            type="meal",
            starts_at=datetime(2023, 7, 4, 12),
            ends_at=datetime(2023, 7, 4, 13),
            venue_id=hall.id,
            capacity=1,
            attendee_ids=both,
        )
    db.dispose()
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    assert main(["--database", filled, "conflicts", "Apostolove"]) == 0
    lines = capsys.readouterr().out.splitlines()
    lunch, press = "« Déjeuner » (04/07 12:00)", "« Conférence de presse » (04/07 12:00)"
    assert f"Lieu réservé deux fois de 12:00 à 13:00 (Salle Ampère) : {lunch} / {press}" in lines
    assert (
        "Double réservation de 12:00 à 13:00 pour Olena Kovalenko et Kenji Sato : "
        f"{lunch} / {press}" in lines
    )
    assert f"{lunch} : 2 personnes pour 1 place" in lines
    assert f"{press} : 2 personnes, Salle Ampère en accueille 1" in lines
    assert main(["--database", filled, "agenda", "Apostolove"]) == 0
    said = f"{len(lines)} conflits — « coopdesk conflicts » pour le détail."
    assert capsys.readouterr().out.splitlines()[-1] == said
    monkeypatch.setenv("COOPDESK_LANG", "en")
    assert main(["--database", filled, "conflicts", "Apostolove"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"Salle Ampère booked twice from 12:00 to 13:00: {lunch} / {press}" in lines
    assert f"{lunch}: 2 people for 1 seat" in lines


def test_english_when_the_user_works_in_english(filled, capsys, monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "en")
    assert main(["--database", filled, "participants", "Nowhere"]) == 2
    assert "No event matches “Nowhere”" in capsys.readouterr().err


def test_backup_and_restore_from_the_command_line(filled, tmp_path, capsys):
    path = tmp_path / "sauvegarde.json"
    assert main(["--database", filled, "db", "backup", str(path)]) == 0
    target = f"sqlite:///{tmp_path / 'copie.sqlite3'}"
    assert main(["--database", target, "db", "restore", str(path), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--database", target, "participants", "Apostolove", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert (
        main(["--database", target, "db", "restore", str(tmp_path / "absent.json"), "--yes"]) == 2
    )
    assert "introuvable" in capsys.readouterr().err


def test_db_upgrade_on_a_new_file_reports_what_it_did(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'neuf.sqlite3'}"
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert SCHEMA_HEAD in capsys.readouterr().out
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert "à jour" in capsys.readouterr().out


def test_a_bad_option_value_is_refused_by_the_parser(filled, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--database", filled, "events", "--kind", "party"])
    assert exit_.value.code == 2
    assert "delegation_in" in capsys.readouterr().err


def test_the_installed_command_runs_as_a_separate_process(filled, tmp_path):
    env = dict(os.environ, COOPDESK_LANG="fr")
    done = subprocess.run(
        [sys.executable, "-m", "coopdesk", "--database", filled, "events", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 2


def test_history_shows_who_changed_what(filled, capsys, monkeypatch):
    monkeypatch.setenv("COOPDESK_USER", "m.durand")
    db = open_database(filled)
    part = participants.list_participants(db, 1)[0]
    participants.update_participation(db, part.id, {"hotel": "Hôtel de la Monnaie"})
    db.dispose()
    assert main(["--database", filled, "history", "Apostolove"]) == 0
    out = capsys.readouterr().out
    # the author: the system login on SQLite, the database user on a server
    author = "m.durand" if filled.startswith("sqlite") else make_url(filled).username
    assert author in out
    assert "hôtel : ∅ → Hôtel de la Monnaie" in out


def test_plain_coopdesk_opens_the_window_where_there_is_a_display(tmp_path, monkeypatch):
    import coopdesk.gui.app

    calls = []
    monkeypatch.setattr(coopdesk.gui.app, "run", lambda url, home: calls.append((url, home)) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert main(["--database", url]) == 0
    assert calls == [(url, None)]


def test_without_a_display_plain_coopdesk_lists_the_demo_events_as_text(capsys, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 0
    captured = capsys.readouterr()
    assert "Pas d'écran disponible" in captured.err
    assert "Assises franco-québécoises" in captured.out
    # the second time, the same database, no second demo load
    assert main(["--text"]) == 0
    assert "Première ouverture" not in capsys.readouterr().err


def test_dates_on_the_command_line_in_french_or_iso_form_and_a_french_refusal(capsys):
    from coopdesk.cli import date_arg

    assert date_arg("02/07/2023") == date_arg("2023-07-02")
    with pytest.raises(SystemExit):
        main(["export", "ical", "--from", "31/06/2023", "--to", "2023-07-31", "-o", "x.ics"])
    assert "« 31/06/2023 » n'est pas une date" in capsys.readouterr().err


def test_ctrl_c_says_that_nothing_of_the_action_is_saved(filled, capsys, monkeypatch):
    import coopdesk.cli.lists

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(coopdesk.cli.lists, "cmd_events", interrupted)
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    assert main(["--database", filled, "events"]) == 130
    assert "Interrompu : l'action en cours est annulée" in capsys.readouterr().err
