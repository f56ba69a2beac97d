"""Arrivals and departures known to the day only: no "00:00" anywhere, a day visitor
with a same-day departure accepted, an earlier-day departure still refused."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from openpyxl import load_workbook

from coopdesk.core.documents.lists import render_list
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.export import export_list
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import Table
from coopdesk.core.services import participants
from tests.documents.pdfcheck import text_of
from tests.factories import delegation, person


def _import(db, event_id, rows):  # type: ignore[no-untyped-def]
    return preview_import(db, event_id, Table("liste.csv", [tuple(r) for r in rows]))


def test_a_date_only_arrival_shows_no_midnight_in_the_excel_list_nor_the_pdf(db, tmp_path):
    event = delegation(db, start_date="2026-03-28", end_date="2026-03-30")
    rows = [
        ["Nom", "Prénom", "Date d'arrivée", "Heure d'arrivée", "Date de départ"],
        ["Yamada", "Hanako", "28/03/2026", "", "30/03/2026"],
        ["Sato", "Kenji", "28/03/2026", "14:20", "30/03/2026 09:00"],
        ["Tanaka", "Yui", "28/03/2026", "00:00", ""],  # typed midnight is a time
    ]
    preview = _import(db, event.id, rows)
    assert preview.accepted, [i.describe() for i in preview.issues]
    apply_import(db, preview)
    by_name = {p.last_name: p for p in participants.list_participants(db, event.id)}
    assert by_name["Yamada"].arrival_time_known is False
    assert by_name["Yamada"].departure_time_known is False
    assert by_name["Sato"].arrival_time_known and by_name["Sato"].departure_time_known
    assert by_name["Tanaka"].arrival_time_known is True

    book = load_workbook(export_list(db, event.id, "arrivals", tmp_path / "arrivees.xlsx"))
    lines = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    moves = {(r[3], r[2]): (r[0], r[1]) for r in lines}
    assert moves[("Yamada", "Arrivée")] == (datetime(2026, 3, 28), None)
    assert moves[("Yamada", "Départ")] == (datetime(2026, 3, 30), None)
    assert moves[("Sato", "Arrivée")] == (datetime(2026, 3, 28), time(14, 20))
    assert moves[("Tanaka", "Arrivée")] == (datetime(2026, 3, 28), time(0, 0))
    # the day-only arrival comes first in its day
    assert next(r[3] for r in lines if r[2] == "Arrivée") == "Yamada"

    csv_text = export_list(db, event.id, "arrivals", tmp_path / "a.csv").read_text("utf-8-sig")
    assert "28/03/2026;;Arrivée;Yamada;" in csv_text

    pdf = tmp_path / "arrivees.pdf"
    render_list(db, event.id, str(pdf), "arrivals")
    text = text_of(pdf)
    assert "00:00 Hanako Yamada" not in text and "00:00 Yamada" not in text
    assert "14:20" in text
    # "heure à préciser" wraps in its narrow column, beside the name
    assert "heure à Hanako Yamada" in text and "préciser" in text
    assert text.count("00:00") == 1  # only Tanaka's typed midnight
    english = tmp_path / "arrivals.pdf"
    render_list(db, event.id, str(english), "arrivals", language="en")
    assert all(w in text_of(english) for w in ("time", "confirmed"))
    assert "00:00 Hanako" not in text_of(english)


def test_an_excel_date_cell_and_a_date_time_cell(db):
    event = delegation(db, start_date="2026-03-28", end_date="2026-03-30")
    rows = [
        ["Nom", "Arrivée", "Départ"],
        ["Yamada", datetime(2026, 3, 28), datetime(2026, 3, 30, 8, 45)],
    ]
    preview = _import(db, event.id, rows)
    assert preview.accepted, [i.describe() for i in preview.issues]
    apply_import(db, preview)
    (p,) = participants.list_participants(db, event.id)
    assert (p.arrival_time_known, p.departure_time_known) == (False, True)


def test_a_day_visitor_with_a_date_only_departure_is_accepted(db):
    event = delegation(db, start_date="2026-03-29", end_date="2026-03-29")
    rows = [
        ["Nom", "Prénom", "Arrivée", "Départ"],
        ["Yamada", "Hanako", "29/03/2026 10:00", "29/03/2026"],
        ["Sato", "Kenji", "29/03/2026 10:00", "28/03/2026"],
    ]
    preview = _import(db, event.id, rows)
    assert [(i.line, i.code) for i in preview.issues] == [
        (3, "participation.departure_before_arrival")
    ]
    assert "28 mars 2026" in preview.issues[0].describe("fr")
    assert "00:00" not in preview.issues[0].describe("fr")

    # the same rule in the services
    guest = person(db, first_name="Hanako", last_name="Yamada")
    saved = participants.add_participant(
        db,
        event.id,
        guest.id,
        arrival_at=datetime(2026, 3, 29, 10, 0),
        departure_at=datetime(2026, 3, 29),
        departure_time_known=False,
    )
    assert saved.departure_time_known is False and saved.arrival_time_known is True
    with pytest.raises(ValidationError) as refused:
        participants.update_participation(db, saved.id, {"departure_at": datetime(2026, 3, 28)})
    assert refused.value.code == "participation.departure_before_arrival"
    with pytest.raises(ValidationError) as refused:  # with both times known, the time counts
        participants.update_participation(db, saved.id, {"departure_time_known": True})
    assert refused.value.code == "participation.departure_before_arrival"
    with pytest.raises(ValidationError):
        participants.update_participation(db, saved.id, {"arrival_time_known": "yes"})


def test_a_later_list_with_the_time_makes_it_known(db):
    event = delegation(db, start_date="2026-03-28", end_date="2026-03-30")
    header = ["Nom", "Prénom", "Arrivée"]
    apply_import(db, _import(db, event.id, [header, ["Yamada", "Hanako", "28/03/2026"]]))
    (p,) = participants.list_participants(db, event.id)
    assert p.arrival_time_known is False
    again = _import(db, event.id, [header, ["Yamada", "Hanako", "28/03/2026 11:05"]])
    assert again.rows[0].changes["arrival_time_known"] is True
    apply_import(db, again)
    (p,) = participants.list_participants(db, event.id)
    assert p.arrival_time_known is True and p.arrival_at == datetime(2026, 3, 28, 10, 5, tzinfo=UTC)
