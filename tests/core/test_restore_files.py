"""Restore files, valid or not: refused in words with nothing changed, or restored whole
— and after a restore, the commands the office runs next all work."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coopdesk.cli import main
from coopdesk.core import archive
from coopdesk.core.db import open_database
from coopdesk.core.errors import DatabaseError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, events, participants
from tests.core.test_archive import _fill
from tests.factories import delegation

ZONES = ["Europe/Paris", "Asia/Tokyo", "Mars/Olympus", "", "UTC", "../etc/passwd", "Europe"]
DATES = [
    "2023-07-03",
    "2023-02-30",
    "03/07/2023",
    "2023-07-03T10:00:00",
    "2023-07-03T10:00:00+02:00",
]


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**40), max_value=2**40),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
        st.text(min_size=250, max_size=400),
        st.sampled_from(ZONES + DATES + ["guest", "confirmed", "meal", "zzz", "{}", "[1]"]),
    )
    return st.one_of(
        scalars,
        st.lists(scalars, max_size=3),
        st.dictionaries(st.text(max_size=5), scalars, max_size=2),
    )


@st.composite
def _mutation(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(base)
    tables = data["tables"]
    for _ in range(draw(st.integers(1, 3))):
        what = draw(
            st.sampled_from(
                ["value"] * 8 + ["drop_key", "add_key", "drop_row", "copy_row", "table"]
            )
        )
        filled = sorted(name for name, rows in tables.items() if isinstance(rows, list) and rows)
        if what == "table" or not filled:
            name = draw(st.sampled_from(sorted(tables) or ["event"]))
            if draw(st.booleans()):
                tables.pop(name, None)
            else:
                tables[name] = draw(st.sampled_from([[], {}, None, "rows", [1, 2]]))
            continue
        name = draw(st.sampled_from(filled))
        rows = tables[name]
        n = draw(st.integers(0, len(rows) - 1))
        row = rows[n]
        if not isinstance(row, dict):
            continue
        if what == "drop_row":
            rows.pop(n)
        elif what == "copy_row":
            rows.append(copy.deepcopy(row))
        elif what == "add_key":
            row[draw(st.sampled_from(["colour", "id2", ""]))] = 1
        elif row:
            key = draw(st.sampled_from(sorted(row)))
            if what == "drop_key":
                del row[key]
            else:
                others = [r.get(key) for r in rows if isinstance(r, dict) and key in r]
                same_kind = st.sampled_from(others or [None])
                if isinstance(row[key], str):  # any text where text is expected
                    same_kind = st.one_of(same_kind, st.text(max_size=30))
                row[key] = draw(st.one_of(_json_values(), same_kind, same_kind))
    if draw(st.integers(0, 19)) == 0:
        data["tables"] = draw(st.sampled_from([{}, {name: [] for name in tables}]))
    return data


@st.composite
def _plausible(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """Values a colleague could have typed: any text in text fields, blanks in
    optional ones — most of these restores go through, and must leave working data."""
    from coopdesk.core.model import Base

    data = copy.deepcopy(base)
    tables = data["tables"]
    for _ in range(draw(st.integers(1, 6))):
        name = draw(st.sampled_from(sorted(n for n, rows in tables.items() if rows)))
        row = draw(st.sampled_from(tables[name]))
        column = draw(st.sampled_from(list(Base.metadata.tables[name].columns)))
        if column.primary_key or column.foreign_keys or column.key not in row:
            continue
        if column.nullable and draw(st.booleans()):
            row[column.key] = None
        elif isinstance(row[column.key], str) and column.key not in ("timezone", "uid"):
            row[column.key] = draw(st.text(max_size=40))
    return data


def _content(db) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(archive.dump(db)["tables"], sort_keys=True)


def _commands_run(url: str, tmp_path: Path) -> None:
    """What the office runs after a restore: none of it may fail."""
    db = open_database(url)
    try:
        ids = [e.id for e in events.list_events(db)]
    finally:
        db.dispose()
    assert main(["--database", url, "events"]) == 0
    assert main(["--database", url, "history"]) == 0
    for event_id in ids:
        for command in (["participants"], ["agenda"], ["history"], ["conflicts"]):
            assert main(["--database", url, *command, str(event_id)]) == 0, command
        for kind in ("participants", "by-organisation", "by-category", "arrivals", "rooming"):
            out = tmp_path / f"list-{event_id}-{kind}.pdf"
            args = ["export", "list", "--kind", kind, "--event", str(event_id), "-o", str(out)]
            assert main(["--database", url, *args]) == 0, kind
            assert out.read_bytes().startswith(b"%PDF")


@pytest.fixture
def office(sqlite_db, tmp_path):  # type: ignore[no-untyped-def]
    """A filled database's backup (the file to damage), and another database to
    restore it over."""
    _fill(sqlite_db)
    base = archive.dump(sqlite_db)
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    target = open_database(url)
    delegation(target, title="Mission à Kendari", kind="delegation_out", timezone="Asia/Makassar")
    target.dispose()
    return base, url


@settings(
    max_examples=100,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_restore_file_is_refused_in_words_or_restored_whole(office, tmp_path, data, capsys):  # type: ignore[no-untyped-def]
    base, url = office
    damaged = data.draw(_mutation(base))
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    db = open_database(url)
    try:
        before = _content(db)
        try:
            counts = archive.restore(db, path)
        except DatabaseError as error:
            event(f"refused: {error.code}")
            for lang in ("fr", "en"):
                sentence = describe(error, lang)
                assert not sentence.startswith(("Erreur :", "Error:")), error.code
                assert "Traceback" not in sentence
            assert _content(db) == before, "refused, yet something changed"
            return
        event("restored")
        tables = damaged["tables"]
        assert counts == {name: len(tables[name]) for name in counts}
    finally:
        db.dispose()
    _commands_run(url, tmp_path)
    capsys.readouterr()


def test_an_empty_backup_would_empty_the_database_and_is_refused(db, tmp_path):  # type: ignore[no-untyped-def]
    _fill(db)
    before = _content(db)
    for tables in ({}, {name: [] for name in archive.dump(db)["tables"]}):
        path = tmp_path / "empty.json"
        path.write_text(
            json.dumps({"format": archive.FORMAT, "revision": "0004", "tables": tables}),
            encoding="utf-8",
        )
        with pytest.raises(DatabaseError) as error:
            archive.restore(db, path)
        assert describe(error.value, "fr").startswith(
            "Cette sauvegarde ne contient aucune donnée"
        ) or "manque" in describe(error.value, "fr")
        assert _content(db) == before


def test_a_restore_that_would_break_the_agenda_is_refused_in_words(db, tmp_path):  # type: ignore[no-untyped-def]
    event = _fill(db)
    data = archive.dump(db)
    data["tables"]["agenda_item"][0]["timezone"] = "Mars/Olympus"
    path = tmp_path / "mars.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatabaseError) as error:
        archive.restore(db, path)
    assert describe(error.value, "fr") == (
        "Sauvegarde refusée : table « agenda_item », ligne 1, le fuseau horaire "
        "« Mars/Olympus » est inconnu. Rien n'a été changé."
    )
    data["tables"]["agenda_item"][0]["timezone"] = "Europe/Paris"
    data["tables"]["agenda_attendee"][0]["participation_id"] = 999
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatabaseError) as error:
        archive.restore(db, path)
    assert "renvoie au n° 999 de la table « participation »" in describe(error.value, "fr")
    assert [i.title for i in agenda.list_agenda(db, event.id)] == ["Dîner officiel"]
    assert len(participants.list_participants(db, event.id)) == 1


def test_a_row_the_database_refuses_is_a_refused_backup_not_a_clash(db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _fill(db)
    before = _content(db)
    data = archive.dump(db)
    path = tmp_path / "refused.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # A constraint the file checks do not know about: the database says no.
    checked = archive.validate

    def validate_then_damage(given):  # type: ignore[no-untyped-def]
        rows = checked(given)
        rows["agenda_item"][0]["all_participants"] = None
        return rows

    monkeypatch.setattr(archive, "validate", validate_then_damage)
    with pytest.raises(DatabaseError) as error:
        archive.restore(db, path)
    sentence = describe(error.value, "fr")
    assert error.value.code == "backup.invalid"
    assert "quelqu'un d'autre" not in sentence
    assert _content(db) == before


def test_a_damaged_sqlite_backup_is_refused_in_words(sqlite_db, tmp_path):  # type: ignore[no-untyped-def]
    _fill(sqlite_db)
    good = archive.backup(sqlite_db, tmp_path / "good.sqlite3")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(DatabaseError) as error:
        archive.restore(sqlite_db, damaged)
    assert describe(error.value, "fr").startswith("Ce fichier n'est pas une sauvegarde coopdesk")


@pytest.mark.heavy
@settings(
    max_examples=30,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_restore_file_with_odd_but_plausible_values(office, tmp_path, data, capsys):  # type: ignore[no-untyped-def]
    base, url = office
    edited = data.draw(_plausible(base))
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    db = open_database(url)
    try:
        before = _content(db)
        try:
            archive.restore(db, path)
        except DatabaseError as error:
            event(f"refused: {error.code}")
            assert not describe(error, "fr").startswith("Erreur :"), error.code
            assert _content(db) == before
            return
        event("restored")
    finally:
        db.dispose()
    _commands_run(url, tmp_path)
    capsys.readouterr()


def test_nothing_given_for_a_field_that_always_has_a_value_is_refused_in_words(office):  # type: ignore[no-untyped-def]
    """``all_participants`` has a default, but a backup that says null for it is not a
    backup coopdesk wrote: refused before anything is written, with the table, row
    and field named."""
    base, url = office
    damaged = copy.deepcopy(base)
    damaged["tables"]["agenda_item"][0]["all_participants"] = None
    path = Path(url.removeprefix("sqlite:///")).with_name("null.json")
    path.write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    db = open_database(url)
    try:
        before = _content(db)
        with pytest.raises(DatabaseError) as error:
            archive.restore(db, path)
        assert error.value.code == "backup.missing_value"
        sentence = describe(error.value, "fr")
        assert sentence.startswith("Sauvegarde refusée : table « agenda_item », ligne 1")
        assert _content(db) == before
    finally:
        db.dispose()
