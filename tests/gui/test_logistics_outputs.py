"""The window, the printed lists and the Excel lists give the same arrivals, departures
and rooming: the same people, in the same order, at the same times.

Each output is read back as a user reads it: the Logistics tab's rows, the PDF's
tables with pdfplumber, the workbook's cells with openpyxl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest
from PySide6.QtWidgets import QTreeWidget

from coopdesk.core.db import Database
from coopdesk.core.documents.lists import render_list
from coopdesk.core.io.export import export_list
from coopdesk.core.services import events, participants
from coopdesk.core.services.logistics import logistics
from coopdesk.gui.workspace.logistics import LogisticsTab
from tests.factories import delegation, person

TBC = "heure à préciser"  # a leg known to the day only, as every output writes it


@dataclass(frozen=True)
class Outputs:
    """One output's lists, as (time, name) legs and (hotel, name, check-in, check-out)
    guests, names written "first last" (or in their own script)."""

    arrivals: list[tuple[str, str]]
    departures: list[tuple[str, str]]
    rooming: list[tuple[str, str, str, str]]


def _fr_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


# --- the window -------------------------------------------------------------------------


def _tree(tree: QTreeWidget) -> list[tuple[str, list[str]]]:
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            rows.append((top.text(0), [child.text(c) for c in range(tree.columnCount())]))
    return rows


def window(qtbot: Any, db: Database, event_id: int) -> Outputs:
    tab = LogisticsTab(db)
    qtbot.addWidget(tab)
    tab.load(events.get_event(db, event_id))
    legs: dict[str, list[tuple[str, str]]] = {"Arrivée": [], "Départ": []}
    for _, row in _tree(tab.movements):
        legs[row[2]].append((row[0], row[1]))
    rooming = [
        (re.sub(r" \(\d+\)$", "", hotel), row[0], row[2], row[3])
        for hotel, row in _tree(tab.rooming)
    ]
    return Outputs(legs["Arrivée"], legs["Départ"], rooming)


# --- the printed lists ------------------------------------------------------------------


def _tables_under_titles(path: Path, titles: re.Pattern[str]) -> list[tuple[str, list[Any]]]:
    """Every table of the PDF with the last title printed above it (a title starts
    each table and is repeated at the top of each page it runs onto)."""
    found: list[tuple[str, list[Any]]] = []
    with pdfplumber.open(path) as pdf:
        title = ""
        for page in pdf.pages:
            heads = [(m["top"], m["text"]) for m in page.search(titles.pattern)]
            for table in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
                above = [text for top, text in heads if top < table.bbox[1] + 1]
                title = above[-1] if above else title
                found.append((title, table.extract()))
    return found


def _cell(text: str | None) -> str:
    """A cell's text on one line (a name wrapped after its hyphen joined again)."""
    return " ".join((text or "").replace("-\n", "-").split())


def printed(db: Database, event_id: int, tmp_path: Path) -> Outputs:
    arrivals_pdf = tmp_path / f"arrivals-{event_id}.pdf"
    render_list(db, event_id, str(arrivals_pdf), "arrivals")
    legs: dict[str, list[tuple[str, str]]] = {"Arrivées": [], "Départs": []}
    sections = re.compile(r"(Arrivées|Départs) — \w+ \d+ \w+ \d{4}")
    for title, rows in _tables_under_titles(arrivals_pdf, sections):
        section = title.split(" — ")[0]
        for row in rows:
            if row[0] in ("Heure", None) or not row[1]:
                continue  # the header, or the title's row
            legs[section].append((_cell(row[0]), _cell(row[1])))
    rooming_pdf = tmp_path / f"rooming-{event_id}.pdf"
    render_list(db, event_id, str(rooming_pdf), "rooming")
    rooming = []
    for title, rows in _tables_under_titles(rooming_pdf, re.compile(r"\S[^\n]* \(\d+\)")):
        hotel = re.sub(r" \(\d+\)$", "", title)
        for row in rows:
            if row[0] == "Nom" or (not any(row[1:]) and re.search(r" \(\d+\)$", row[0] or "")):
                continue
            rooming.append((hotel, _cell(row[0]), _cell(row[2]), _cell(row[3])))
    return Outputs(legs["Arrivées"], legs["Départs"], rooming)


# --- the Excel lists --------------------------------------------------------------------


def _excel_name(last: str | None, first: str | None, native: str | None) -> str:
    return " ".join(x for x in (first, last) if x) or (native or "")


def excel(db: Database, event_id: int, tmp_path: Path) -> Outputs:
    path = export_list(db, event_id, "arrivals", tmp_path / f"arrivals-{event_id}.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:6] == [
        "Date",
        "Heure",
        "Mouvement",
        "Nom",
        "Prénom",
        "Nom en écriture d'origine",
    ]
    legs: dict[str, list[tuple[str, str]]] = {"Arrivée": [], "Départ": []}
    for day, at, leg, last, first, native, *_ in sheet.iter_rows(min_row=2, values_only=True):
        assert isinstance(day, datetime)  # a date cell, not text
        shown = at.strftime("%H:%M") if isinstance(at, time) else TBC
        legs[str(leg)].append((shown, _excel_name(last, first, native)))
    path = export_list(db, event_id, "rooming", tmp_path / f"rooming-{event_id}.xlsx")
    book = openpyxl.load_workbook(path)
    rooming = []
    for ws in book.worksheets:  # one per hotel, its full name in the first column
        assert [c.value for c in ws[1]][:3] == ["Hôtel", "Civilité", "Nom"]
        for hotel, _civ, name, _native, check_in, check_out, *_ in ws.iter_rows(
            min_row=2, values_only=True
        ):
            if name is None:
                continue  # a formatted row below the list
            rooming.append((str(hotel), str(name), _fr_date(check_in), _fr_date(check_out)))
    return Outputs(legs["Arrivée"], legs["Départ"], rooming)


# --- what each must show, from the participants themselves -----------------------------


def _with_civility(db: Database, event_id: int) -> dict[str, str]:
    """Name as the window writes it -> as the printed lists write it (civility before,
    the name in its own script after)."""
    shown = {}
    for p in participants.list_participants(db, event_id):
        latin = p.display_name.strip()
        native = (p.native_name or "").strip()
        name = latin or native
        printed = " ".join(x for x in (p.civility, name) if x)
        if latin and native and native != latin:
            printed += " " + native
        shown[name] = _cell(printed)
    return shown


def _excel_rooming_name(db: Database, event_id: int) -> dict[str, str]:
    """Name as the window writes it -> as the Excel rooming list (LAST First)."""
    shown = {}
    for p in participants.list_participants(db, event_id):
        name = p.display_name.strip() or (p.native_name or "").strip()
        upper = " ".join(x for x in (p.last_name.upper(), p.first_name) if x)
        shown[name] = upper or (p.native_name or "")
    return shown


def assert_same_lists(qtbot: Any, db: Database, event_id: int, tmp_path: Path) -> Outputs:
    """The three outputs list the same people in the same order; returns the window's."""
    seen = window(qtbot, db, event_id)
    pdf = printed(db, event_id, tmp_path)
    xlsx = excel(db, event_id, tmp_path)
    civil = _with_civility(db, event_id)
    upper = _excel_rooming_name(db, event_id)
    for legs, pdf_legs, xlsx_legs in (
        (seen.arrivals, pdf.arrivals, xlsx.arrivals),
        (seen.departures, pdf.departures, xlsx.departures),
    ):
        assert pdf_legs == [(at, civil[name]) for at, name in legs]
        assert xlsx_legs == legs
    hotels_pdf = [
        (hotel, civil[name], ci, co)
        for hotel, name, ci, co in seen.rooming  # PDF dates are dd/mm/yyyy too
    ]
    assert pdf.rooming == hotels_pdf
    assert xlsx.rooming == [(hotel, upper[name], ci, co) for hotel, name, ci, co in seen.rooming]
    # And the core's read model is what they show.
    model = logistics(db, event_id)
    assert [name for _, name in seen.arrivals] == [m.name for m in model.arrivals]
    assert [name for _, name in seen.departures] == [m.name for m in model.departures]
    assert [(h, n) for h, n, _, _ in seen.rooming] == [
        (hotel.name or "Hôtel à confirmer", g.name) for hotel in model.hotels for g in hotel.guests
    ]
    return seen


@pytest.mark.heavy
def test_window_pdf_and_excel_agree_on_every_demo_event(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    db = demo_db  # the demo, loaded once per run
    shown = 0
    for event in events.list_events(db):
        seen = assert_same_lists(qtbot, db, event.id, tmp_path)
        shown += len(seen.arrivals) + len(seen.departures) + len(seen.rooming)
        # Nobody who declined is on any of them.
        declined = {
            p.display_name.strip() or (p.native_name or "")
            for p in participants.list_participants(db, event.id)
            if p.status == "declined"
        }
        names = {n for _, n in seen.arrivals + seen.departures} | {r[1] for r in seen.rooming}
        assert not declined & names
    assert shown > 20  # the demo's delegations travel and sleep somewhere


def test_the_edge_cases_are_listed_alike(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    event = delegation(db, start_date=date(2026, 3, 28), end_date=date(2026, 3, 31))

    def add(first: str, last: str, **values: Any) -> None:
        who = person(db, civility="Mme", first_name=first, last_name=last, native_name=None)
        participants.add_participant(db, event.id, who.id, **values)

    # Protocol order first: each guest below is a plain delegate.
    add("Anna", "Zorina", hotel="Hôtel Carlton", check_in=date(2026, 3, 28))
    add("Hanako", "Yamada", arrival_at=datetime(2026, 3, 28), arrival_time_known=False)
    add("Kenji", "Sato", arrival_at=datetime(2026, 3, 28, 8, 15), hotel="Hôtel Carlton")
    add("Ines", "Bauer", check_in=date(2026, 3, 28), check_out=date(2026, 3, 30))
    add("Olga", "Petrova", hotel="hôtel carlton")  # the same hotel, typed otherwise
    add("Bruno", "Abel", hotel="Hôtel Beauséjour")  # a hotel, no date at all
    add(
        "Karl",
        "Declined",
        status="declined",
        hotel="Hôtel Carlton",
        check_in=date(2026, 3, 28),
        arrival_at=datetime(2026, 3, 28, 9, 0),
    )
    add("Paul", "Local", departure_at=datetime(2026, 3, 31, 18, 0))  # no hotel: not lodged
    seen = assert_same_lists(qtbot, db, event.id, tmp_path)

    # The leg known to the day only first, without a time (not 00:00).
    assert seen.arrivals == [(TBC, "Hanako Yamada"), ("08:15", "Kenji Sato")]
    assert seen.departures == [("18:00", "Paul Local")]
    assert seen.rooming == [
        ("Hôtel Beauséjour", "Bruno Abel", "", ""),  # a hotel without dates
        # One hotel typed two ways; by last name; the travel day as check-in.
        ("Hôtel Carlton", "Olga Petrova", "", ""),
        ("Hôtel Carlton", "Kenji Sato", "28/03/2026", ""),
        ("Hôtel Carlton", "Anna Zorina", "28/03/2026", ""),
        # A check-in date without a hotel: on the list, the hotel to be confirmed.
        ("Hôtel à confirmer", "Ines Bauer", "28/03/2026", "30/03/2026"),
    ]
    # Declined: on no list at all, though their hotel and flight are recorded.
    everything = str(seen)
    assert "Declined" not in everything


def test_nobody_lodged_or_travelling_gives_empty_lists_with_a_sentence(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    event = delegation(db)
    participants.add_participant(db, event.id, person(db).id)
    seen = assert_same_lists(qtbot, db, event.id, tmp_path)
    assert seen == Outputs([], [], [])


def test_a_hotel_of_one_output_is_a_hotel_of_all(db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    for n, hotel in enumerate(("ibis ", "Ibis", "IBIS", "Ibis")):
        who = person(db, first_name=f"Guest{n}", last_name=f"Name{n}")
        participants.add_participant(db, event.id, who.id, hotel=hotel)
    [hotel] = logistics(db, event.id).hotels
    assert hotel.name == "Ibis" and len(hotel.guests) == 4  # as most often typed


@pytest.mark.parametrize("kind", ["arrivals", "rooming"])
def test_the_printed_count_is_of_the_people_listed(db, tmp_path, kind):  # type: ignore[no-untyped-def]
    event = delegation(db)
    for n in range(3):
        participants.add_participant(db, event.id, person(db, last_name=f"Stay{n}").id)
    who = person(db, last_name="Traveller")
    participants.add_participant(
        db, event.id, who.id, hotel="Ibis", arrival_at=datetime(2023, 7, 2, 10, 0)
    )
    report = render_list(db, event.id, str(tmp_path / "list.pdf"), kind)
    assert report.items == 1
