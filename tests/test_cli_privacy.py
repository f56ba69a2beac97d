"""``coopdesk privacy``: subject requests and purges from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from coopdesk.cli import main
from coopdesk.core.db import open_database, sqlite_copy
from coopdesk.core.services import participants, people
from tests.factories import delegation, person

EMAIL = "zenobie.quarterman@example.org"
PASSPORT = "QZ7719305"


def _office(url: str) -> int:
    db = open_database(url)
    try:
        event = delegation(db)
        guest = person(
            db,
            first_name="Zénobie",
            last_name="Quarterman",
            email=EMAIL,
            passport_number=PASSPORT,
            dietary_needs="Sans arachides",
        )
        participants.add_participant(db, event.id, guest.id, hotel="Hôtel de la Monnaie")
        person(db, first_name="Anna", last_name="Quarterman", email="anna.q@example.org")
        return guest.id
    finally:
        db.dispose()


def test_export_then_erase_by_e_mail_with_the_copies(db_url, tmp_path, capsys):
    guest_id = _office(db_url)
    out = tmp_path / "zenobie.json"
    assert main(["--database", db_url, "privacy", "export", EMAIL, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    nowhere = tmp_path / "missing-folder" / "x.json"
    assert main(["--database", db_url, "privacy", "export", EMAIL, "-o", str(nowhere)]) == 2
    assert "Impossible d'écrire" in capsys.readouterr().err
    assert data["passport_number"] == PASSPORT
    assert data["participations"][0]["hotel"] == "Hôtel de la Monnaie"

    copy = None
    if db_url.startswith("sqlite"):
        copy = sqlite_copy(Path(db_url.removeprefix("sqlite:///")), tag="before-restore")
    capsys.readouterr()
    code = main(["--database", db_url, "privacy", "erase", EMAIL, "--yes", "--copies", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["person_ids"] == [guest_id]
    assert report["copies_still_holding"] == []
    assert report["copies_cleaned"] == ([str(copy)] if copy else [])
    assert report["vacuum_advised"] == (copy is None)
    if copy is not None:
        assert EMAIL.encode() not in copy.read_bytes()
    db = open_database(db_url)
    try:
        assert [p.first_name for p in people.list_people(db, search="Quarterman")] == ["Anna"]
    finally:
        db.dispose()


def test_erasing_without_confirmation_or_with_an_ambiguous_name_changes_nothing(
    db_url, capsys, monkeypatch
):
    _office(db_url)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--database", db_url, "privacy", "erase", EMAIL]) == 2
    assert "ajoutez --yes" in capsys.readouterr().err
    assert main(["--database", db_url, "privacy", "erase", "Quarterman", "--yes"]) == 2
    err = capsys.readouterr().err
    assert "« Quarterman » désigne 2 personnes" in err and "anna.q@example.org" in err
    assert main(["--database", db_url, "privacy", "erase", "Personne-Inconnue", "--yes"]) == 2
    db = open_database(db_url)
    try:
        assert len(people.list_people(db, search="Quarterman")) == 2
    finally:
        db.dispose()


def test_purge_lists_the_copies_that_still_hold_the_passports(sqlite_db, capsys):
    path = Path(sqlite_db.engine.url.database)
    url = f"sqlite:///{path}"
    sqlite_db.dispose()
    _office(url)
    copy = sqlite_copy(path, tag="before-0005-from-0004")
    capsys.readouterr()
    assert main(["--database", url, "privacy", "purge", "--before", "2030-01-01", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 personne dont le dernier événement" in out
    assert str(copy) in out and "copie d'avant mise à jour" in out
    assert "--copies" in out
    assert PASSPORT.encode() in copy.read_bytes()  # told, not touched without --copies
    assert PASSPORT.encode() not in path.read_bytes()
    assert main(["--database", url, "privacy", "purge", "--before", "2030-01-01", "--yes"]) == 0
    again = capsys.readouterr().out
    assert "0 personne dont" in again and str(copy) in again  # still said, still there
    assert (
        main(["--database", url, "privacy", "purge", "--before", "2030-01-01", "--copies", "--yes"])
        == 0
    )
    assert f"Copie nettoyée : {copy}" in capsys.readouterr().out
    assert PASSPORT.encode() not in copy.read_bytes()
    db = open_database(url)
    try:
        guest = people.list_people(db, search=EMAIL)[0]
        assert guest.passport_number is None and guest.last_name == "Quarterman"
    finally:
        db.dispose()
