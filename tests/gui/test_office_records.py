"""The Apostolove delegation built from an empty database with the window alone:
its venues, its people with their offices, a programme by venue with a room booked
twice, badges; then a list naming a category the office does not have yet."""

from __future__ import annotations

import io
from datetime import time
from pathlib import Path

import pdfplumber
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from coopdesk.core.documents.badges import render_badges
from coopdesk.core.services import agenda, categories, conflicts, participants, people, venues
from coopdesk.gui.import_wizard import ImportWizard
from coopdesk.gui.main_window import DIRECTORY, EVENTS, VENUES
from coopdesk.gui.workspace.workspace import AGENDA, PARTICIPANTS
from tests.factories import delegation

from .helpers import type_text, with_dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.buttons
    button = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(round(int(colour[i : i + 2], 16) / 255, 2) for i in (1, 3, 5))  # type: ignore[return-value]


def _fills(pdf: bytes) -> set[tuple[float, ...]]:
    found = set()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for shape in page.rects + page.curves:
                colour = shape.get("non_stroking_color")
                if isinstance(colour, (tuple, list)) and len(colour) == 3:
                    found.add(tuple(round(c, 2) for c in colour))
    return found


def test_the_apostolove_delegation_from_an_empty_database(  # type: ignore[no-untyped-def]
    qtbot, window, db, tmp_path
):
    # Venues, from the Venues page.
    window.show_page(VENUES)
    page = window.venues
    for name, city in (
        ("Hôtel de ville — salle des mariages", "La Rochelle"),
        ("Aéroport La Rochelle – Île de Ré", "La Rochelle"),
    ):

        def make(dialog, name=name, city=city) -> None:  # type: ignore[no-untyped-def]
            type_text(qtbot, dialog.name, name)
            dialog.city.setText(city)
            _save(qtbot, dialog)

        with_dialog(
            qtbot, make, lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        )
    assert page.table.rowCount() == 2
    hall = next(v for v in venues.list_venues(db) if v.name.startswith("Hôtel"))

    # People, from the directory: the chair, her interpreter, and the town's mayor.
    window.show_page(DIRECTORY)
    directory = window.directory
    for first, last, native, office in (
        ("Olena", "Kovalenko", "Олена Коваленко", None),
        ("Iryna", "Savchuk", "Ірина Савчук", None),
        ("Jean", "Martin", "", "mayor"),
    ):

        def fill(dialog, first=first, last=last, native=native, office=office) -> None:  # type: ignore[no-untyped-def]
            dialog.first_name.setText(first)
            dialog.last_name.setText(last)
            dialog.native_name.setText(native)
            if office:
                dialog.elected_office.setCurrentIndex(dialog.elected_office.findData(office))
                dialog.form_of_address.setText("Monsieur le Maire")
            _save(qtbot, dialog)

        with_dialog(
            qtbot,
            fill,
            lambda: qtbot.mouseClick(directory.new_person_button, Qt.MouseButton.LeftButton),
        )
    everyone = {p.last_name: p for p in people.list_people(db)}
    assert everyone["Martin"].elected_office == "mayor"
    assert everyone["Kovalenko"].native_name == "Олена Коваленко"

    # The event, and its participants from the Participants tab.
    event = delegation(db)
    window.event_list.refresh()
    window.show_page(EVENTS)
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    tab = window.workspace.participants
    for last, role in (
        ("Kovalenko", "head_of_delegation"),
        ("Savchuk", "interpreter"),
        ("Martin", "elected"),
    ):

        def add(dialog, last=last, role=role) -> None:  # type: ignore[no-untyped-def]
            dialog.search.setText(last)
            dialog._refresh()
            dialog.results.setCurrentRow(0)
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            _save(qtbot, dialog)

        with_dialog(qtbot, add, lambda: qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton))
    listed = participants.list_participants(db, event.id)
    assert [p.last_name for p in listed] == ["Kovalenko", "Martin", "Savchuk"]  # protocol order

    # The programme by venue: the hall is booked twice at 14:00.
    window.workspace.tabs.setCurrentIndex(AGENDA)
    view = window.workspace.agenda
    for title, start in (("Séance de travail", time(14)), ("Réception des élus", time(14, 30))):

        def item(dialog, title=title, start=start) -> None:  # type: ignore[no-untyped-def]
            dialog.title.setText(title)
            dialog.start.setTime(QTime(start.hour, start.minute))
            dialog.end.setTime(QTime(start.hour + 1, start.minute))
            dialog.venue.setCurrentIndex(dialog.venue.findData(hall.id))
            _save(qtbot, dialog)

        with_dialog(qtbot, item, lambda: view.new_item(None))
    items = agenda.list_agenda(db, event.id)
    assert {i.venue for i in items} == {"Hôtel de ville — salle des mariages"}
    found = conflicts.agenda_conflicts(db, event.id)
    assert any(c.venue_id == hall.id for c in found), found
    assert "Hôtel de ville — salle des mariages" in view.conflicts_title.text() + " ".join(
        view.conflicts_model.index(r, 0).data() for r in range(view.conflicts_model.rowCount())
    )

    # Badges: every participant, in the colour of their category.
    out = io.BytesIO()
    render_badges(db, event.id, out)
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "Олена Коваленко" in text.replace("\n", " ") or "Kovalenko" in text
    guest = categories.categories_by_code(db)["guest"]
    assert _rgb(guest.colour) in _fills(out.getvalue())

    # A list naming a category the office does not have: made by the import.
    path = Path(tmp_path) / "entreprises.csv"
    path.write_text(
        "Nom;Prénom;Organisation;Catégorie\nDurand;Paul;Alstom;Entreprise\n", encoding="utf-8"
    )
    wizard = ImportWizard(db, window.workspace.event_view)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()
    assert "Nouvelles catégories : Entreprise." in wizard.preview_page.summary.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None)
    entreprise = categories.categories_by_code(db)["entreprise"]
    durand = next(
        p for p in participants.list_participants(db, event.id) if p.last_name == "Durand"
    )
    assert durand.category == "entreprise"
    out = io.BytesIO()
    render_badges(db, event.id, out, participation_ids=[durand.id])
    assert _rgb(entreprise.colour) in _fills(out.getvalue())
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        assert "ENTREPRISE" in (pdf.pages[0].extract_text() or "")
