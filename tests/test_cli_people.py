"""``coopdesk people`` and ``coopdesk categories`` as an office scripts them."""

from __future__ import annotations

import json

from coopdesk.cli import main
from coopdesk.core.db import open_database
from coopdesk.core.services import categories, participants, people
from tests.factories import delegation, person


def _run(db_url, capsys, *args):
    code = main(["--database", db_url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_likely_duplicates_are_listed_and_merged_keeping_participations(db_url, capsys):
    db = open_database(db_url)
    event = delegation(db)
    kept = person(db, email="olena@apostolove.gov.ua")
    other = person(db, first_name="OLENA", last_name="KOVALENKO")
    moved = participants.add_participant(db, event.id, other.id)
    code, out, _ = _run(db_url, capsys, "people", "duplicates", str(kept.id), "--json")
    assert code == 0 and [p["id"] for p in json.loads(out)] == [other.id]
    code, out, _ = _run(db_url, capsys, "people", "merge", str(kept.id), str(other.id))
    assert code == 0 and "participations reprises : 1" in out
    assert [p.id for p in people.list_people(db)] == [kept.id]
    assert participants.get_participant(db, moved.id).person_id == kept.id
    code, _, err = _run(db_url, capsys, "people", "merge", str(kept.id), str(kept.id))
    assert code == 2 and "elle-même" in err
    db.dispose()


def test_categories_are_listed_and_added(db_url, capsys):
    code, out, _ = _run(db_url, capsys, "categories", "add", "Entreprise", "--english", "Company")
    assert code == 0 and "code entreprise" in out
    code, out, _ = _run(db_url, capsys, "categories", "--json")
    rows = json.loads(out)
    assert rows[-1]["code"] == "entreprise" and rows[-1]["label_en"] == "Company"
    code, _, err = _run(db_url, capsys, "categories", "add", "Bleus", "--colour", "bleu")
    assert code == 2 and "#RRVVBB" in err
    db = open_database(db_url)
    assert [c.code for c in categories.list_categories(db)][-1] == "entreprise"
    db.dispose()


def test_participants_of_an_office_category_are_listed_and_filtered_by_it(db_url, capsys):
    db = open_database(db_url)
    event = delegation(db)
    categories.create_category(db, label_fr="Entreprise", label_en="Company")
    participants.add_participant(db, event.id, person(db).id, category="entreprise")
    participants.add_participant(db, event.id, person(db, last_name="Savchuk").id)
    db.dispose()
    code, out, _ = _run(db_url, capsys, "participants", "Apostolove", "--category", "entreprise")
    assert code == 0 and "Entreprise" in out and "Savchuk" not in out.upper()
    from coopdesk.core.io.export import by_organisation

    db = open_database(db_url)
    (sheet,) = by_organisation(db, event.id, "en")
    assert "Company" in [cell for row in sheet.rows for cell in row]
    db.dispose()


def test_a_record_in_no_event_is_deleted_and_one_in_an_event_kept(db_url, capsys):
    db = open_database(db_url)
    event = delegation(db)
    alone = person(db, first_name="Iryna", last_name="Savchuk")
    taking_part = person(db, first_name="Olena", last_name="Kovalenko")
    participants.add_participant(db, event.id, taking_part.id)
    code, out, _ = _run(db_url, capsys, "people", "delete", str(alone.id))
    assert code == 0 and out.strip() == f"Fiche n° {alone.id} (Iryna Savchuk) supprimée."
    code, _, err = _run(db_url, capsys, "people", "delete", str(taking_part.id))
    assert code == 2 and "Kovalenko" in err and "Traceback" not in err
    assert [p.last_name for p in people.list_people(db)] == ["Kovalenko"]
    code, _, err = _run(db_url, capsys, "people", "delete", str(alone.id))
    assert code == 2 and err.strip()
    db.dispose()
