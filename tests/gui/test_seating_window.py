"""The table plan window: drag a guest onto a seat (a swap when it is taken), from the
list of those not seated, unseat, pin, place; undo and redo each; a colleague's change
is never overwritten by an undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from coopdesk.core.model import AgendaItem
from coopdesk.core.services import events, seating
from coopdesk.gui import i18n
from coopdesk.gui.seating import SeatingDialog
from coopdesk.gui.seating_room import MIME
from coopdesk.gui.undo import Edits


@pytest.fixture
def demo(sqlite_demo):  # type: ignore[no-untyped-def]
    return sqlite_demo  # a copy of the demo, loaded once per run


@pytest.fixture
def edits(qtbot) -> Iterator[Edits]:  # type: ignore[no-untyped-def]
    """The undo stack of a window, as the seating plan gets it from the main window."""
    window = QWidget()
    qtbot.addWidget(window)
    yield Edits(window)


@pytest.fixture
def dialog(qtbot, demo, edits):  # type: ignore[no-untyped-def]
    event = events.find_event(demo, "Apostolove")
    with demo.session() as session:
        item = session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.event_id == event.id, AgendaItem.title == "Dîner officiel"
            )
        )
    dlg = SeatingDialog(demo, edits, item)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.template.setCurrentIndex(dlg.template.findData("table-12"))
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.place_button, Qt.MouseButton.LeftButton)
    dlg.fit()
    return dlg


def _seats(dlg) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {s.seat: s.last_name for s in dlg.plan.seats}


def _drop(dlg, participation_id: int, seat: int) -> None:  # type: ignore[no-untyped-def]
    """Drop a dragged guest on the seat's disc, as the mouse would."""
    table_id = dlg.plan.tables[0].id
    item = dlg.scene.seats[(table_id, seat)]
    point = dlg.view.mapFromScene(item.scenePos())
    data = QMimeData()
    data.setData(MIME, str(participation_id).encode())
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton)
    for event in (
        QDragEnterEvent(point, *args, Qt.KeyboardModifier.NoModifier),
        QDragMoveEvent(point, *args, Qt.KeyboardModifier.NoModifier),
        QDropEvent(point.toPointF(), *args, Qt.KeyboardModifier.NoModifier),
    ):
        QApplication.sendEvent(dlg.view.viewport(), event)


def test_the_plan_is_drawn_with_every_guest_at_a_seat(dialog, tmp_path):  # type: ignore[no-untyped-def]
    seats = _seats(dialog)
    assert seats[4] == "Ardouin" and seats[5] == "Melnychuk"
    shown = {key[1]: item.name for key, item in dialog.scene.seats.items() if item.name}
    assert shown[5] == "Oksana Melnychuk" and len(shown) == 11
    assert dialog.unseated.count() == 0
    assert dialog.unseated_title.text() == "Tout le monde est placé."
    # The seats are drawn to scale: neighbours one place (65 cm) apart.
    table_id = dialog.plan.tables[0].id
    a, b = dialog.scene.seats[(table_id, 4)], dialog.scene.seats[(table_id, 5)]
    assert abs(b.scenePos().x() - a.scenePos().x()) == pytest.approx(0.65 * 60)
    dialog.grab().save(str(tmp_path / "seating.png"))
    assert (tmp_path / "seating.png").stat().st_size > 10_000


def test_dragging_a_guest_onto_a_taken_seat_swaps_them_and_undo_puts_them_back(dialog):  # type: ignore[no-untyped-def]
    before = _seats(dialog)
    kravets = dialog.plan.seat_of(
        next(s.participation_id for s in dialog.plan.seats if s.last_name == "Kravets")
    )
    poitevin_seat = next(s.seat for s in dialog.plan.seats if s.last_name == "Poitevin")
    _drop(dialog, kravets.participation_id, poitevin_seat)
    after = _seats(dialog)
    assert after[poitevin_seat] == "Kravets" and after[kravets.seat] == "Poitevin"
    assert dialog.scene.seats[(kravets.table_id, poitevin_seat)].name == "Dmytro Kravets"
    failures: list[object] = []
    dialog.edits.failed.connect(failures.append)
    dialog.undo_button.click()
    assert failures == []
    assert _seats(dialog) == before
    dialog.redo_button.click()
    assert _seats(dialog) == after


def test_unseating_lists_the_guest_who_can_be_dragged_back(dialog):  # type: ignore[no-untyped-def]
    table_id = dialog.plan.tables[0].id
    seat = dialog.scene.seats[(table_id, 2)]
    dialog.view.select_seat(seat)
    name = _seats(dialog)[2]
    dialog.unseat_button.click()
    assert 2 not in _seats(dialog)
    assert dialog.unseated.count() == 1 and name in dialog.unseated.item(0).text()
    assert dialog.unseated_title.text() == "1 invité sans place :"
    # Dragged from the list onto another free seat... there is one: seat 1 of 12.
    data = dialog.unseated.mimeData([dialog.unseated.item(0)])
    pid = int(bytes(data.data(MIME).data()).decode())
    _drop(dialog, pid, 2)
    assert _seats(dialog)[2] == name and dialog.unseated.count() == 0
    dialog.undo_button.click()
    assert 2 not in _seats(dialog)
    dialog.undo_button.click()
    assert _seats(dialog)[2] == name


def test_a_pinned_guest_keeps_the_seat_when_placed_again(dialog):  # type: ignore[no-untyped-def]
    table_id = dialog.plan.tables[0].id
    lysenko = next(s for s in dialog.plan.seats if s.last_name == "Lysenko")
    _drop(dialog, lysenko.participation_id, 1)  # seat 1 is free
    dialog.view.select_seat(dialog.scene.seats[(table_id, 1)])
    dialog.pin_button.click()
    assert dialog.plan.seat_of(lysenko.participation_id).pinned
    assert dialog.scene.seats[(table_id, 1)].name.startswith("📌")
    dialog.place_button.click()
    assert _seats(dialog)[1] == "Lysenko"
    dialog.undo_button.click()  # the placement
    dialog.undo_button.click()  # the pin
    assert not dialog.plan.seat_of(lysenko.participation_id).pinned


def test_an_undo_never_overwrites_a_colleagues_change(dialog, monkeypatch):  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    failures: list[object] = []
    dialog.edits.failed.connect(failures.append)
    kravets = next(s for s in dialog.plan.seats if s.last_name == "Kravets")
    _drop(dialog, kravets.participation_id, 1)
    # A colleague unseats Mr Rabier meanwhile.
    rabier = next(s for s in dialog.plan.seats if s.last_name == "Rabier")
    seating.unseat(dialog.db, dialog.plan.meal_id, rabier.participation_id, dialog.plan.version)
    dialog.undo_button.click()
    assert failures and getattr(failures[0], "code", "") == "seating.plan_changed"
    plan = seating.get_plan(dialog.db, dialog.plan.meal_id)
    assert plan.seat_of(rabier.participation_id) is None  # the colleague's change stands
    assert plan.seat_of(kravets.participation_id).seat == 1
    # The window now shows the colleague's change. Another one comes: a drop on the
    # window's older view is refused with a sentence, and changes nothing.
    seating.pin(dialog.db, plan.meal_id, kravets.participation_id, True, plan.version)
    _drop(dialog, kravets.participation_id, kravets.seat)
    assert warned and "Quelqu'un d'autre a modifié ce plan de table" in warned[0]
    assert seating.get_plan(dialog.db, plan.meal_id).seat_of(kravets.participation_id).seat == 1


def test_point_is_inside_the_view(dialog):  # type: ignore[no-untyped-def]
    table_id = dialog.plan.tables[0].id
    point = dialog.view.mapFromScene(dialog.scene.seats[(table_id, 6)].scenePos())
    assert dialog.view.viewport().rect().contains(QPoint(point.x(), point.y()))


def test_a_table_dragged_in_the_room_moves_and_undo_puts_it_back(dialog, qtbot):  # type: ignore[no-untyped-def]
    table = dialog.plan.tables[0]
    label = next(i for i in dialog.scene.table_items[table.id] if hasattr(i, "text"))
    start = dialog.view.mapFromScene(label.sceneBoundingRect().center())
    end = QPoint(start.x() + 80, start.y() + 40)
    viewport = dialog.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    moved = dialog.plan.table(table.id)
    scale = dialog.view.transform().m11() * 60
    assert moved.x == pytest.approx(table.x + 80 / scale, abs=0.05)
    assert moved.y == pytest.approx(table.y + 40 / scale, abs=0.05)
    dialog.undo_button.click()
    assert (dialog.plan.table(table.id).x, dialog.plan.table(table.id).y) == (table.x, table.y)


def test_a_smaller_table_unseats_the_last_seats_and_undo_seats_them_again(dialog):  # type: ignore[no-untyped-def]
    before = _seats(dialog)
    table_id = dialog.plan.tables[0].id
    dialog.edit_table(table_id, {"seats": 8, "name": "Salon Richelieu"})
    plan = dialog.plan
    assert plan.tables[0].seats == 8 and plan.tables[0].label == "Salon Richelieu"
    assert {p.last_name for p in plan.unseated} == {before[n] for n in before if n > 8}
    assert len(dialog.scene.seats) == 8
    dialog.undo_button.click()
    assert _seats(dialog) == before and dialog.plan.tables[0].seats == 12


def test_a_table_removed_and_brought_back_with_its_guests(dialog):  # type: ignore[no-untyped-def]
    before = _seats(dialog)
    dialog.remove_table(dialog.plan.tables[0].id)
    assert dialog.plan.tables == () and len(dialog.plan.unseated) == 11
    dialog.undo_button.click()
    assert _seats(dialog) == before


def test_hosts_chosen_and_people_kept_apart_from_the_window(dialog):  # type: ignore[no-untyped-def]
    ids = {p.last_name: p.id for p in dialog.plan.guests}
    dialog.choose_hosts([ids["Ardouin"], ids["Rabier"]])
    assert "Hôtes : Étienne Ardouin, Julien Rabier" in dialog.hosts_label.text()
    dialog.place_button.click()
    assert _seats(dialog)[9] == "Rabier"  # the co-host's seat
    dialog.keep_apart((ids["Savchuk"], ids["Chauvet"]))
    assert "Tenus éloignés : Iryna Savchuk / Laurent Chauvet" in dialog.hosts_label.text()
    for _ in range(3):
        dialog.undo_button.click()
    assert "Hôtes : Étienne Ardouin, Hélène Brochard" in dialog.hosts_label.text()
    assert _seats(dialog)[9] == "Brochard"


def test_a_deleted_plan_comes_back_whole_with_undo(dialog):  # type: ignore[no-untyped-def]
    before = _seats(dialog)
    dialog.delete_plan()
    assert dialog.plan is None and dialog.create_button.isVisibleTo(dialog)
    dialog.undo_button.click()
    assert _seats(dialog) == before


def test_the_assises_dinner_on_thirty_round_tables_is_drawn(qtbot, demo, edits, tmp_path):  # type: ignore[no-untyped-def]
    event = events.find_event(demo, "Assises")
    with demo.session() as session:
        item = session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.event_id == event.id, AgendaItem.title == "Dîner officiel des Assises"
            )
        )
    meal = seating.create_meal(demo, item, template="rondes-30x10")
    seating.place(demo, meal.meal_id, meal.version)
    dlg = SeatingDialog(demo, edits, item)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.fit()
    assert len(dlg.scene.seats) == 300
    assert dlg.unseated.count() == len(dlg.plan.unseated) > 0  # more guests than seats
    assert dlg.unseated_title.text().endswith("invités sans place :")
    dlg.grab().save(str(tmp_path / "assises.png"))


def test_the_keyboard_unseats_and_undoes(dialog, qtbot):  # type: ignore[no-untyped-def]
    table_id = dialog.plan.tables[0].id
    point = dialog.view.mapFromScene(dialog.scene.seats[(table_id, 5)].scenePos())
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "Table 1, place 5 : Oksana Melnychuk" in dialog.selection.text()
    dialog.activateWindow()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert 5 not in _seats(dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _seats(dialog)[5] == "Melnychuk"


def test_the_agenda_tab_opens_the_plan_of_the_chosen_meal(qtbot, demo, monkeypatch):  # type: ignore[no-untyped-def]
    from coopdesk.gui.main_window import MainWindow
    from coopdesk.gui.workspace.workspace import AGENDA

    win = MainWindow(demo)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    event = events.find_event(demo, "Apostolove")
    win.open_event(event.id)
    win.workspace.tabs.setCurrentIndex(AGENDA)
    tab = win.workspace.agenda
    assert tab.seating_button.text() == "Plan de ta&ble…"  # P is the Participants tab
    by_title = {i.title: i for i in tab.items}
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    tab._select(by_title["Séance de travail avec les services de l'Agglomération"].id)
    tab.seating_button.click()
    assert warned == ["Choisissez d'abord un repas dans le programme."]
    tab._select(by_title["Dîner officiel"].id)
    tab.seating_button.click()
    dialog = tab.seating_dialog
    assert dialog.isVisible() and dialog.plan is None and dialog.create_button.isVisible()
    dialog.template.setCurrentIndex(dialog.template.findData("table-12"))
    dialog.create_button.click()
    dialog.place_button.click()
    assert len(dialog.plan.seats) == 11
    # The main window's undo takes back the same steps.
    win.edits.stack.undo()
    assert dialog.plan.seats == ()
    dialog.close()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ["Une table rectangulaire de 12", "Créer le plan", "Ajouter une table", "ronde"]),
        ("en", ["One rectangular table of 12", "Create the plan", "Add a table", "round"]),
    ],
)
def test_the_window_speaks_the_interface_language(qtbot, demo, edits, lang, expected):  # type: ignore[no-untyped-def]
    i18n.apply_language(lang)
    try:
        event = events.find_event(demo, "Apostolove")
        with demo.session() as session:
            item = session.scalar(
                select(AgendaItem.id).where(
                    AgendaItem.event_id == event.id, AgendaItem.title == "Dîner officiel"
                )
            )
        dlg = SeatingDialog(demo, edits, item)
        qtbot.addWidget(dlg)
        rooms = [dlg.template.itemText(i) for i in range(dlg.template.count())]
        # every usual room is offered, named with the size of its first table
        assert [dlg.template.itemData(i) for i in range(len(seating.TEMPLATES))] == list(
            seating.TEMPLATES
        )
        for text, tables in zip(rooms, seating.TEMPLATES.values(), strict=False):
            assert str(tables[0][1]) in text
        shown = [*rooms, dlg.create_button.text(), dlg.add_table_button.text()]
        shown += [dlg.shape_box.itemText(i) for i in range(dlg.shape_box.count())]
        for text in expected:
            assert text in shown
        dlg.template.setCurrentIndex(dlg.template.findData("table-12"))
        qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.place_button, Qt.MouseButton.LeftButton)
        undo = dlg.edits.stack.undoText()
        assert undo == ("Placer par préséance" if lang == "fr" else "Place by precedence")
        seat = dlg.plan.seats[0]
        dlg._seat_selected(dlg.scene.seats[(seat.table_id, seat.seat)])
        where = "place" if lang == "fr" else "seat"
        colon = " : " if lang == "fr" else ": "
        assert dlg.selection.text() == (
            f"Table {dlg.plan.tables[0].label}, {where} {seat.seat}{colon}{seat.display_name}"
        )
    finally:
        i18n.apply_language("fr")
