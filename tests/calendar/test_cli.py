"""``coopdesk export ical`` and ``coopdesk import ical`` as a user types them."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

import coopdesk.cli
from coopdesk.cli import main
from coopdesk.core.db import open_database
from coopdesk.core.services import agenda, events, participants
from tests.calendar.test_import import GOOGLE
from tests.factories import delegation, person


@pytest.fixture
def demo(demo_url, monkeypatch):
    monkeypatch.setattr(coopdesk.cli, "COMMAND_MODULES", ("coopdesk.cli.calendar",))
    return demo_url


def test_export_programme(demo, tmp_path, capsys):
    out = tmp_path / "assises.ics"
    assert main(["--database", demo, "export", "ical", "--event", "Assises", "-o", str(out)]) == 0
    assert "Calendrier écrit" in capsys.readouterr().out
    db = open_database(demo)
    event = events.find_event(db, "Assises")
    expected = {i.uid for i in agenda.list_agenda(db, event.id)}
    db.dispose()
    assert {str(e["UID"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")} == expected


def test_export_one_participant_and_all(demo, tmp_path, capsys):
    db = open_database(demo)
    event = events.find_event(db, "Apostolove")
    first = participants.list_participants(db, event.id)[0]
    db.dispose()
    out = tmp_path / "chair.ics"
    args = ["--database", demo, "export", "ical", "--event", "Apostolove"]
    assert main([*args, "--participant", str(first.id), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    folder = tmp_path / "everyone"
    assert main([*args, "--all-participants", str(folder)]) == 0
    assert len(list(folder.glob("*.ics"))) == event.participant_count
    written = len(list(folder.glob("*.ics")))
    assert f"{written} agendas personnels écrits dans {folder}" in capsys.readouterr().out


def test_export_without_output_is_a_readable_error(demo, capsys):
    assert main(["--database", demo, "export", "ical", "--event", "Assises"]) == 2
    assert "obligatoire" in capsys.readouterr().err


def test_import_dry_run_then_for_real(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "en")
    path = tmp_path / "google.ics"
    path.write_text(GOOGLE, encoding="utf-8")
    args = ["--database", demo, "import", "ical", "--event", "Apostolove", str(path)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "To create: 2" in out and "Dry run" in out
    assert main([*args, "--yes"]) == 0
    assert "Imported: 2 items created, 0 updated." in capsys.readouterr().out
    assert main([*args, "--yes"]) == 0
    assert "Imported: 0 items created, 0 updated." in capsys.readouterr().out


def test_import_preview_shows_local_times_with_their_zone(demo, tmp_path, capsys):
    path = tmp_path / "google.ics"
    path.write_text(GOOGLE, encoding="utf-8")
    args = ["--database", demo, "import", "ical", "--event", "Apostolove", str(path)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    # 13:40 UTC is 15:40 in Paris (summer time), where the event takes place.
    assert "2023-07-02 15:40–16:30 Europe/Paris  Arrivée de la délégation" in out
    assert "2023-07-03 14:00–15:30 Europe/Paris  Déjeuner" in out
    assert "+00:00" not in out


def test_an_empty_programme_is_refused_with_status_2(demo, tmp_path, capsys):
    db = open_database(demo)
    event = delegation(db, title="Visite sans programme")
    guest = participants.add_participant(db, event.id, person(db).id)
    db.dispose()
    out = tmp_path / "vide.ics"
    args = ["--database", demo, "export", "ical", "--event", "sans programme"]
    for extra in (["-o", str(out)], ["--participant", str(guest.id), "-o", str(out)]):
        assert main([*args, *extra]) == 2
        captured = capsys.readouterr()
        assert "Le programme de « Visite sans programme » est vide : rien à exporter." in (
            captured.err
        )
        assert "Calendrier écrit" not in captured.out
    assert main([*args, "--all-participants", str(tmp_path / "tous")]) == 2
    assert "est vide" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "tous").exists()


def test_all_participants_skips_and_counts_those_attending_nothing(demo, tmp_path, capsys):
    db = open_database(demo)
    event = events.find_event(db, "Apostolove")
    people = participants.list_participants(db, event.id)
    coming = [p for p in people if p.status != "declined"]
    for item in agenda.list_agenda(db, event.id):  # everything for the first one only
        agenda.update_agenda_item(db, item.id, {}, attendee_ids=[coming[0].id])
    db.dispose()
    folder = tmp_path / "agendas"
    args = ["--database", demo, "export", "ical", "--event", "Apostolove"]
    assert main([*args, "--all-participants", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"1 agenda personnel écrit dans {folder}" in out
    assert f"{len(coming) - 1} participants n'assistent à aucun élément du programme" in out
    assert len(list(folder.glob("*.ics"))) == 1
    alone = tmp_path / "seul.ics"
    assert main([*args, "--participant", str(coming[1].id), "-o", str(alone)]) == 2
    assert "ne participe à aucun élément du programme" in capsys.readouterr().err
    assert not alone.exists()


def test_import_refused_entries_are_listed_and_nothing_imported(demo, tmp_path, capsys):
    path = tmp_path / "weekly.ics"
    path.write_text(GOOGLE.replace("DURATION:PT1H30M", "DURATION:PT1H3OM"))
    args = ["--database", demo, "import", "ical", "--event", "Apostolove", str(path), "--yes"]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert "Refusés : 1" in captured.out
    assert (
        "« Déjeuner » (ligne 15) : la durée (DURATION « PT1H3OM ») est illisible ; indiquez "
        "une fin (DTEND) ou une durée du type PT1H30M." in captured.out
    )
    assert "Rien n'a été importé : corrigez cette entrée dans le fichier" in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_import_of_files_from_other_programs(demo, capsys):
    corpus = Path(__file__).with_name("corpus")
    args = ["--database", demo, "import", "ical", "--event", "Apostolove", "--yes"]
    assert main([*args, str(corpus / "google_export.ics")]) == 0
    out = capsys.readouterr().out
    assert "« Petit-déjeuner de travail » se répète : 2 séances" in out
    assert "2023-07-04 journée entière Europe/Paris  Journée culturelle" in out
    assert "Import fait : 3 éléments créés, 0 mis à jour." in out
    # Tasks only: said, and refused with exit status 2, not a silent zero.
    assert main([*args, str(corpus / "tasks_and_journal_only.ics")]) == 2
    captured = capsys.readouterr()
    assert "Un composant VTODO (tâche) est ignoré" in captured.out
    assert "Ce fichier ne contient aucun rendez-vous (VEVENT) : rien à importer." in captured.err
    assert "Traceback" not in captured.out + captured.err
