"""``coopdesk venues``: an office scripting its places from the command line."""

from __future__ import annotations

import json

from coopdesk.cli import main
from coopdesk.core.db import open_database
from coopdesk.core.services import agenda, venues
from tests.factories import delegation


def _run(db_url, capsys, *args):
    code = main(["--database", db_url, "venues", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_venues_are_added_listed_and_read_back_as_json(db_url, capsys):
    code, out, _ = _run(
        db_url,
        capsys,
        "add",
        "Salle des fêtes",
        "--timezone",
        "Europe/Paris",
        "--city",
        "Villeneuve",
        "--capacity",
        "250",
        "--notes",
        "Clés en mairie",
    )
    assert code == 0 and "Lieu créé" in out
    code, out, _ = _run(db_url, capsys)
    assert "Salle des fêtes" in out and "250" in out
    code, out, _ = _run(db_url, capsys, "--json")
    (row,) = json.loads(out)
    assert (row["name"], row["city"], row["capacity"], row["notes"]) == (
        "Salle des fêtes",
        "Villeneuve",
        250,
        "Clés en mairie",
    )


def test_a_bad_time_zone_is_one_french_sentence_and_nothing_is_added(db_url, capsys):
    code, _, err = _run(db_url, capsys, "add", "Mairie", "--timezone", "Europe/Pariss")
    assert code == 2
    assert err.strip().startswith("Fuseau horaire inconnu")
    assert "Traceback" not in err
    _, out, _ = _run(db_url, capsys, "--json")
    assert json.loads(out) == []


def test_a_venue_used_by_the_programme_is_deleted_only_on_purpose(db_url, capsys):
    from datetime import datetime

    db = open_database(db_url)
    event = delegation(db)
    hall = venues.create_venue(db, name="Hôtel de ville", timezone="Europe/Paris")
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Accueil officiel",
        type="ceremony",
        starts_at=datetime(2023, 7, 2, 11),
        ends_at=datetime(2023, 7, 2, 12),
        venue_id=hall.id,
    )
    code, _, err = _run(db_url, capsys, "delete", str(hall.id))
    assert code == 2 and "Accueil officiel" in err
    code, out, _ = _run(db_url, capsys, "delete", str(hall.id), "--detach")
    assert code == 0 and "sans lieu : 1" in out
    assert agenda.get_agenda_item(db, item.id).venue_id is None
    db.dispose()


def test_two_records_of_one_place_are_merged_and_corrected(db_url, capsys):
    db = open_database(db_url)
    a = venues.create_venue(db, name="Conservatoire", timezone="Europe/Paris")
    b = venues.create_venue(db, name="Conservatoire Darius-Milhaud", timezone="Europe/Paris")
    code, out, _ = _run(db_url, capsys, "merge", str(b.id), str(a.id))
    assert code == 0 and "fusionné" in out
    code, out, _ = _run(db_url, capsys, "edit", str(b.id), "--capacity", "400")
    assert code == 0
    assert [(v.name, v.capacity) for v in venues.list_venues(db)] == [
        ("Conservatoire Darius-Milhaud", 400)
    ]
    db.dispose()
