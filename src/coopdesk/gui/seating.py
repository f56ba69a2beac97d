"""The table plan of a meal: the window where a plan is made, checked and printed.

A guest dragged onto a seat takes it (whoever sat there takes the guest's old seat);
a guest dragged from the list of those not yet seated sits down; every move, swap,
unseating, pin and placement can be undone. Every change carries the version of the
plan the window shows: a colleague's change since is refused, not overwritten.
The room itself, drawn to scale, is in :mod:`coopdesk.gui.seating_room`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core import seating as geometry
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import seating
from coopdesk.core.services.seating import PlanView
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.pdf_exports import write_pdf
from coopdesk.gui.seating_room import (
    PlanGraphicsView,
    PlanScene,
    SeatItem,
    UnseatedList,
)
from coopdesk.gui.undo import Edits
from coopdesk.gui.workers import run_job


def shape_names() -> dict[geometry.Shape, str]:
    """The tables' shapes as the interface names them."""
    return {
        geometry.Shape.ROUND: QCoreApplication.translate("SeatingDialog", "round"),
        geometry.Shape.RECTANGULAR: QCoreApplication.translate("SeatingDialog", "rectangular"),
        geometry.Shape.IMPERIAL: QCoreApplication.translate("SeatingDialog", "imperial"),
        geometry.Shape.U: QCoreApplication.translate("SeatingDialog", "U-shaped"),
        geometry.Shape.T: QCoreApplication.translate("SeatingDialog", "T-shaped"),
    }


def _label_for(field: QWidget, text: str) -> QLabel:
    """A label whose Alt letter leads to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def template_names() -> dict[str, str]:
    """The usual rooms a plan can start from (see ``seating.TEMPLATES``), as the
    interface names them."""
    return {
        "table-12": QCoreApplication.translate("SeatingDialog", "One rectangular table of 12"),
        "table-20": QCoreApplication.translate("SeatingDialog", "One rectangular table of 20"),
        "imperiale-24": QCoreApplication.translate("SeatingDialog", "One imperial table of 24"),
        "u-30": QCoreApplication.translate("SeatingDialog", "One U-shaped table of 30"),
        "t-24": QCoreApplication.translate("SeatingDialog", "One T-shaped table of 24"),
        "rondes-10x10": QCoreApplication.translate("SeatingDialog", "10 round tables of 10"),
        "rondes-30x10": QCoreApplication.translate("SeatingDialog", "30 round tables of 10"),
    }


def warning_text(w: seating.PlanWarning) -> str:
    return seating.warning_sentence(w, i18n.language())


class SeatingDialog(QDialog):
    """The table plan of one meal."""

    def __init__(
        self, db: Database, edits: Edits, agenda_item_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits
        self.item_id = agenda_item_id
        self.plan: PlanView | None = None
        self.setWindowTitle(self.tr("Table plan"))
        self.resize(1200, 760)

        self.template = QComboBox()
        rooms = template_names()
        for name in seating.TEMPLATES:
            self.template.addItem(rooms[name], name)
        self.template.addItem(self.tr("No table (to add)"), None)
        self.create_button = QPushButton(self.tr("Create the plan"))
        self.create_button.clicked.connect(self.create_plan)
        self.style_box = QComboBox()
        self.style_box.addItem(self.tr("French style"), "french")
        self.style_box.addItem(self.tr("English style"), "english")
        self.style_box.activated.connect(
            lambda _: self._rule("style", self.style_box.currentData())
        )
        self.rule_boxes: dict[str, QCheckBox] = {}
        for key, text in (
            ("alternate_gender", self.tr("Alternate women and men")),
            ("spread_delegations", self.tr("Spread delegations")),
            ("interpreters_beside", self.tr("Interpreters beside")),
        ):
            box = QCheckBox(text)
            box.clicked.connect(lambda on, k=key: self._rule(k, on))
            self.rule_boxes[key] = box
        self.place_button = QPushButton(self.tr("&Place by precedence"))
        self.place_button.clicked.connect(self.place_all)
        self.shape_box = QComboBox()
        for shape, shape_name in shape_names().items():
            self.shape_box.addItem(shape_name, shape.value)
        self.seat_count = QSpinBox()
        self.seat_count.setRange(2, geometry.MAX_SEATS)
        self.seat_count.setValue(10)
        self.add_table_button = QPushButton(self.tr("Add a table"))
        self.add_table_button.clicked.connect(self.add_table)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        for kind, paper, text in (
            ("plan", "A4", self.tr("Plan (A4 landscape)")),
            ("plan", "A3", self.tr("Plan (A3 landscape)")),
            ("list", None, self.tr("Who sits where (entrance)")),
            ("cards", None, self.tr("Table cards")),
            ("tents", None, self.tr("Name tents in seat order")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=kind, p=paper: self.print_kind(k, p))
        self.print_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Delete the plan"))
        self.delete_button.clicked.connect(self.delete_plan)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.edits.stack.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.edits.stack.redo)
        self.undo_button.setEnabled(self.edits.stack.canUndo())
        self.redo_button.setEnabled(self.edits.stack.canRedo())
        self.edits.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.edits.stack.canRedoChanged.connect(self.redo_button.setEnabled)

        top = QHBoxLayout()
        top.addWidget(_label_for(self.template, self.tr("&Layout:")))
        top.addWidget(self.template)
        top.addWidget(self.create_button)
        top.addWidget(_label_for(self.style_box, self.tr("&Service:")))
        top.addWidget(self.style_box)
        for box in self.rule_boxes.values():
            top.addWidget(box)
        top.addStretch(1)
        top.addWidget(self.place_button)
        second = QHBoxLayout()
        second.addWidget(_label_for(self.shape_box, self.tr("&Table:")))
        second.addWidget(self.shape_box)
        second.addWidget(_label_for(self.seat_count, self.tr("S&eats:")))
        second.addWidget(self.seat_count)
        second.addWidget(self.add_table_button)
        second.addStretch(1)
        second.addWidget(self.delete_button)
        second.addWidget(self.undo_button)
        second.addWidget(self.redo_button)
        second.addWidget(self.print_button)

        self.scene = PlanScene(self)
        self.view = PlanGraphicsView(self.scene)
        self.view.dropped.connect(self.move_guest)
        self.view.selected.connect(self._seat_selected)
        self.view.table_moved.connect(self.move_table)
        self.view.menu_requested.connect(self.show_menu)
        self.hosts_label = QLabel()
        self.hosts_label.setWordWrap(True)
        self.hosts_button = QPushButton(self.tr("Hosts…"))
        self.hosts_button.clicked.connect(self.choose_hosts)
        self.apart_button = QPushButton(self.tr("Keep apart…"))
        self.apart_button.clicked.connect(self.keep_apart)
        self.unseated = UnseatedList()
        self.unseated_title = QLabel()
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.selection = QLabel(self.tr("No seat chosen."))
        self.selection.setWordWrap(True)
        self.unseat_button = QPushButton(self.tr("Unseat"))
        self.unseat_button.clicked.connect(self.unseat_current)
        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.clicked.connect(self.pin_current)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.hosts_label)
        rules = QHBoxLayout()
        rules.addWidget(self.hosts_button)
        rules.addWidget(self.apart_button)
        side_layout.addLayout(rules)
        side_layout.addWidget(self.selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unseat_button)
        buttons.addWidget(self.pin_button)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.unseated_title)
        side_layout.addWidget(self.unseated, 2)
        side_layout.addWidget(QLabel(self.tr("To check")))
        side_layout.addWidget(self.warnings, 1)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.edits.stack.undo),
            (QKeySequence.StandardKey.Redo, self.edits.stack.redo),
            (QKeySequence.StandardKey.Delete, self.unseat_current),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.edits.changed.connect(self.reload)
        self.reload()

    # --- showing ------------------------------------------------------------------------

    def reload(self) -> None:
        meal_id = seating.meal_of_item(self.db, self.item_id)
        self.plan = seating.get_plan(self.db, meal_id) if meal_id is not None else None
        has_plan = self.plan is not None
        self.template.setVisible(not has_plan)
        self.create_button.setVisible(not has_plan)
        for widget in (
            self.hosts_button,
            self.apart_button,
            self.delete_button,
            self.style_box,
            self.place_button,
            self.add_table_button,
            self.print_button,
            self.shape_box,
            self.seat_count,
            *self.rule_boxes.values(),
        ):
            widget.setEnabled(has_plan)
        self.view.current = None  # its disc is about to be drawn anew
        self.view.select_seat(None)
        if self.plan is None:
            self.scene.clear()
            self.scene.seats = {}
            self.unseated.clear()
            self.warnings.clear()
            self.unseated_title.setText("")
            self.hosts_label.setText("")
            return
        plan = self.plan
        names = {p.id: p.display_name for p in plan.guests}
        hosts = [names[h] for h in plan.host_ids if h in names]
        shown = ", ".join(hosts[:6]) or self.tr("none")
        more = len(hosts) - 6
        if more > 0:
            shown += i18n.plural(
                more, self.tr(" and %n more", "one"), self.tr(" and %n more", "many")
            )
        self.hosts_label.setText(
            self.tr("Hosts: ")
            + shown
            + (
                "\n"
                + self.tr("Kept apart: ")
                + "; ".join(f"{names.get(a, a)} / {names.get(b, b)}" for a, b in plan.apart)
                if plan.apart
                else ""
            )
        )
        self.setWindowTitle(self.tr("Table plan — ") + plan.title)
        self.style_box.setCurrentIndex(self.style_box.findData(plan.style.value))
        for key, box in self.rule_boxes.items():
            box.setChecked(bool(getattr(plan, key)))
        self.scene.show_plan(plan)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.unseated.clear()
        for p in plan.unseated:
            entry = QListWidgetItem(p.display_name or (p.native_name or ""))
            entry.setData(Qt.ItemDataRole.UserRole, p.id)
            self.unseated.addItem(entry)
        count = len(plan.unseated)
        self.unseated_title.setText(
            self.tr("Everybody is seated.")
            if not count
            else i18n.plural(
                count, self.tr("%n guest not seated:"), self.tr("%n guests not seated:")
            )
        )
        self.warnings.clear()
        for w in plan.warnings:
            self.warnings.addItem(warning_text(w))

    def fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _seat_selected(self, seat: SeatItem | None) -> None:
        if seat is None or self.plan is None:
            self.selection.setText(self.tr("No seat chosen."))
            return
        who = next(
            (s for s in self.plan.seats if s.table_id == seat.table_id and s.seat == seat.number),
            None,
        )
        label = self.plan.table(seat.table_id).label
        where = i18n.fill(self.tr("Table %1, seat %2"), label, seat.number)
        self.selection.setText(
            i18n.fill(self.tr("%1: %2", "a seat and its guest"), where, who.display_name)
            if who
            else where
        )
        self.pin_button.setText(self.tr("Unpin") if who and who.pinned else self.tr("Pin"))

    # --- acting -------------------------------------------------------------------------

    def _version(self) -> int | None:
        return self.plan.version if self.plan is not None else None

    def _run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        try:
            self.edits.run_reversible(text, do, undo)
        except CoopdeskError as error:
            show_error(self, error)
            self.reload()

    def _now(self) -> int | None:
        """The version of the plan as the window shows it when an undo runs."""
        return self._version()

    def create_plan(self) -> None:
        template = self.template.currentData()
        state: dict[str, int] = {}

        def do() -> None:
            state["meal"] = seating.create_meal(self.db, self.item_id, template=template).meal_id

        self._run(
            self.tr("Create the table plan"),
            do,
            lambda: seating.delete_meal(self.db, state["meal"], self._now()),
        )

    def _snapshot(self) -> dict[int, tuple[int, int, bool]]:
        assert self.plan is not None
        return {s.participation_id: (s.table_id, s.seat, s.pinned) for s in self.plan.seats}

    def _restore(self, meal_id: int, before: dict[int, tuple[int, int, bool]]) -> None:
        """Put every guest back where they sat (an undo of a placement), in one step."""
        seating.set_seats(self.db, meal_id, before, self._now())

    def place_all(self) -> None:
        if self.plan is None:
            return
        meal_id, before = self.plan.meal_id, self._snapshot()
        self._run(
            self.tr("Place by precedence"),
            lambda: seating.place(self.db, meal_id, self._now()),
            lambda: self._restore(meal_id, before),
        )

    def _rule(self, key: str, value: Any) -> None:
        if self.plan is None:
            return
        meal_id, old = self.plan.meal_id, getattr(self.plan, key)
        old = old.value if hasattr(old, "value") else old
        self._run(
            self.tr("Change the rules"),
            lambda: seating.set_rules(self.db, meal_id, {key: value}, self._now()),
            lambda: seating.set_rules(self.db, meal_id, {key: old}, self._now()),
        )

    def add_table(self) -> None:
        if self.plan is None:
            return
        meal_id = self.plan.meal_id
        shape, seats = self.shape_box.currentData(), self.seat_count.value()
        state: dict[str, int] = {}

        def do() -> None:
            plan = seating.add_table(self.db, meal_id, shape=shape, seats=seats, seen=self._now())
            state["table"] = max(plan.tables, key=lambda t: t.id).id

        self._run(
            self.tr("Add a table"),
            do,
            lambda: seating.remove_table(self.db, meal_id, state["table"], self._now()),
        )

    def move_guest(self, participation_id: int, table_id: int, seat: int) -> None:
        if self.plan is None:
            return
        meal_id = self.plan.meal_id
        mine = self.plan.seat_of(participation_id)
        theirs = next(
            (s for s in self.plan.seats if s.table_id == table_id and s.seat == seat), None
        )
        if mine is not None and (mine.table_id, mine.seat) == (table_id, seat):
            return
        name = next(
            (p.display_name for p in self.plan.unseated if p.id == participation_id),
            mine.display_name if mine else "",
        )

        def undo() -> None:
            if mine is not None:
                # Back to the old seat: whoever sits there now (the swapped guest)
                # goes back to the seat they had.
                seating.move(
                    self.db, meal_id, participation_id, mine.table_id, mine.seat, self._now()
                )
            else:
                plan = seating.unseat(self.db, meal_id, participation_id, self._now())
                if theirs is not None:
                    seating.move(
                        self.db, meal_id, theirs.participation_id, table_id, seat, plan.version
                    )

        text = (
            i18n.fill(self.tr("Swap %1 and %2"), name, theirs.display_name)
            if theirs is not None and mine is not None
            else i18n.fill(self.tr("Seat %1"), name)
        )
        self._run(
            text,
            lambda: seating.move(self.db, meal_id, participation_id, table_id, seat, self._now()),
            undo,
        )

    def _current_guest(self) -> seating.SeatView | None:
        seat = self.view.current
        if seat is None or self.plan is None or seat.participation_id is None:
            return None
        return self.plan.seat_of(seat.participation_id)

    def unseat_current(self) -> None:
        who = self._current_guest()
        if who is None or self.plan is None:
            return
        meal_id = self.plan.meal_id
        self._run(
            i18n.fill(self.tr("Unseat %1"), who.display_name),
            lambda: seating.unseat(self.db, meal_id, who.participation_id, self._now()),
            lambda: seating.move(
                self.db,
                meal_id,
                who.participation_id,
                who.table_id,
                who.seat,
                self._now(),
                pinned=who.pinned,
            ),
        )

    def pin_current(self) -> None:
        who = self._current_guest()
        if who is None or self.plan is None:
            return
        meal_id, pid, before = self.plan.meal_id, who.participation_id, who.pinned
        self._run(
            i18n.fill(self.tr("Pin %1") if not before else self.tr("Unpin %1"), who.display_name),
            lambda: seating.pin(self.db, meal_id, pid, not before, self._now()),
            lambda: seating.pin(self.db, meal_id, pid, before, self._now()),
        )

    def move_table(self, table_id: int, dx: float, dy: float) -> None:
        if self.plan is None:
            return
        table = self.plan.table(table_id)
        meal_id, x, y = self.plan.meal_id, table.x, table.y
        new = {"x": round(x + dx, 2), "y": round(y + dy, 2)}
        self._run(
            i18n.fill(self.tr("Move table %1"), table.label),
            lambda: seating.update_table(self.db, meal_id, table_id, new, self._now()),
            lambda: seating.update_table(self.db, meal_id, table_id, {"x": x, "y": y}, self._now()),
        )

    def show_menu(self, seat: SeatItem | None, table_id: int | None, where: Any) -> None:
        if self.plan is None:
            return
        menu = QMenu(self)
        if seat is not None and seat.participation_id is not None:
            menu.addAction(self.tr("Unseat"), self.unseat_current)
            who = self.plan.seat_of(seat.participation_id)
            pinned = bool(who and who.pinned)
            menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin"), self.pin_current)
            menu.addSeparator()
        if table_id is not None:
            menu.addAction(self.tr("Edit the table…"), lambda: self.edit_table(table_id))
            menu.addAction(self.tr("Delete the table"), lambda: self.remove_table(table_id))
        if not menu.isEmpty():
            menu.popup(where)
        self.context_menu = menu

    def _table_values(self, table: seating.TableView) -> dict[str, Any]:
        return {
            "number": table.number,
            "name": table.name,
            "shape": table.shape.value,
            "seats": table.seats,
            "honour": table.honour,
            "x": table.x,
            "y": table.y,
        }

    def _reseat(self, meal_id: int, table_id: int, before: list[seating.SeatView]) -> None:
        """Seat again at ``table_id`` those who sat there (an undo), in one step."""
        if before:
            plan = seating.get_plan(self.db, meal_id)
            seats = {s.participation_id: (table_id, s.seat, s.pinned) for s in before}
            seating.set_seats(self.db, meal_id, seats, plan.version, replace_all=False)

    def edit_table(self, table_id: int, changes: dict[str, Any] | None = None) -> None:
        """Change a table (``changes``, else asked in a small dialog)."""
        if self.plan is None:
            return
        table = self.plan.table(table_id)
        if changes is None:
            dialog = TableDialog(table, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changes = dialog.values()
        meal_id, old = self.plan.meal_id, self._table_values(table)
        before = [s for s in self.plan.seats if s.table_id == table_id]
        wanted = dict(changes)

        def undo() -> None:
            seating.update_table(self.db, meal_id, table_id, old, self._now())
            self._reseat(meal_id, table_id, before)

        self._run(
            i18n.fill(self.tr("Edit table %1"), table.label),
            lambda: seating.update_table(self.db, meal_id, table_id, wanted, self._now()),
            undo,
        )

    def remove_table(self, table_id: int) -> None:
        if self.plan is None:
            return
        table = self.plan.table(table_id)
        meal_id, values = self.plan.meal_id, self._table_values(table)
        before = [s for s in self.plan.seats if s.table_id == table_id]
        state = {"id": table_id}

        def restore() -> None:
            plan = seating.add_table(self.db, meal_id, seen=self._now(), **values)
            state["id"] = max(plan.tables, key=lambda t: t.id).id
            self._reseat(meal_id, state["id"], before)

        self._run(
            i18n.fill(self.tr("Delete table %1"), table.label),
            lambda: seating.remove_table(self.db, meal_id, state["id"], self._now()),
            restore,
        )

    def choose_hosts(self, chosen: list[int] | None = None) -> None:
        """Who receives, in protocol order (``chosen``, else ticked in a list)."""
        if self.plan is None:
            return
        plan = self.plan
        if chosen is None:
            dialog = PeopleDialog(
                self.tr("Hosts, in protocol order"),
                plan.guests,
                set(plan.host_ids),
                self,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        meal_id, old = plan.meal_id, list(plan.host_ids)
        wanted = list(chosen)
        self._run(
            self.tr("Choose the hosts"),
            lambda: seating.set_rules(self.db, meal_id, {"hosts": wanted}, self._now()),
            lambda: seating.set_rules(self.db, meal_id, {"hosts": old}, self._now()),
        )

    def keep_apart(self, pair: tuple[int, int] | None = None) -> None:
        """Two guests not to seat side by side (``pair``, else ticked in a list); ticking
        none clears the pairs."""
        if self.plan is None:
            return
        plan = self.plan
        if pair is None:
            dialog = PeopleDialog(
                self.tr("Two guests not to seat side by side"),
                plan.guests,
                set(),
                self,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            ticked = dialog.chosen()
            if len(ticked) not in (0, 2):
                return
            pairs = [*plan.apart, (ticked[0], ticked[1])] if ticked else []
        else:
            pairs = [*plan.apart, pair]
        meal_id, old = plan.meal_id, list(plan.apart)
        self._run(
            self.tr("Keep apart"),
            lambda: seating.set_rules(self.db, meal_id, {"apart": pairs}, self._now()),
            lambda: seating.set_rules(self.db, meal_id, {"apart": old}, self._now()),
        )

    def delete_plan(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        state = {"meal": plan.meal_id}

        def restore() -> None:
            meal = seating.create_meal(self.db, self.item_id, style=plan.style.value)
            state["meal"] = meal.meal_id
            seating.set_rules(
                self.db,
                meal.meal_id,
                {
                    "alternate_gender": plan.alternate_gender,
                    "spread_delegations": plan.spread_delegations,
                    "interpreters_beside": plan.interpreters_beside,
                    "hosts": list(plan.host_ids) if self._hosts_chosen else [],
                    "apart": list(plan.apart),
                },
            )
            for table in plan.tables:
                values = self._table_values(table)
                added = seating.add_table(self.db, meal.meal_id, **values)
                new_id = max(added.tables, key=lambda t: t.id).id
                self._reseat(
                    meal.meal_id, new_id, [s for s in plan.seats if s.table_id == table.id]
                )

        self._hosts_chosen = bool(seating.meal_hosts_chosen(self.db, plan.meal_id))
        self._run(
            self.tr("Delete the table plan"),
            lambda: seating.delete_meal(self.db, state["meal"], self._now()),
            restore,
        )

    def print_kind(self, kind: str, paper: str | None) -> None:
        from coopdesk.core.documents import seating as docs

        if self.plan is None:
            return
        names = {
            "plan": "plan-de-table",
            "list": "placement",
            "cards": "cartons",
            "tents": "chevalets",
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print"), f"{names[kind]}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        options: dict[str, Any] = {"language": i18n.language()}
        if paper:
            options["paper"] = paper
        meal_id = self.plan.meal_id
        # Written off the window's thread, "n of N" with Cancel; a file only once whole.
        run_job(
            self,
            self.tr("Printing…"),
            lambda progress: write_pdf(
                lambda out, p: docs.render(kind, self.db, meal_id, out, progress=p, **options),
                Path(path),
                progress,
            ),
            lambda report: None,
        )


class TableDialog(EditDialog):
    """A table's number, name, shape, seats and honour."""

    def __init__(self, table: seating.TableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.fill(self.tr("Table %1"), table.label))
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(table.number)
        self.name = QLineEdit(table.name or "")
        self.shape = QComboBox()
        for shape, shape_name in shape_names().items():
            self.shape.addItem(shape_name, shape.value)
        self.shape.setCurrentIndex(self.shape.findData(table.shape.value))
        self.seats = QSpinBox()
        self.seats.setRange(2, geometry.MAX_SEATS)
        self.seats.setValue(table.seats)
        self.honour = QCheckBox(self.tr("&Top table"))
        self.honour.setChecked(table.honour)
        form = QFormLayout(self)
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.tr("N&ame (optional)"), self.name)
        form.addRow(self.tr("&Shape"), self.shape)
        form.addRow(self.tr("S&eats"), self.seats)
        form.addRow("", self.honour)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "number": self.number.value(),
            "name": self.name.text(),
            "shape": self.shape.currentData(),
            "seats": self.seats.value(),
            "honour": self.honour.isChecked(),
        }


class PeopleDialog(EditDialog):
    """A list of the meal's guests to tick."""

    def __init__(
        self, title: str, people: Any, ticked: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        for p in people:
            entry = QListWidgetItem(p.display_name or (p.native_name or ""))
            entry.setData(Qt.ItemDataRole.UserRole, p.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if p.id in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(entry)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def open_seating(db: Database, edits: Edits, agenda_item_id: int, parent: QWidget) -> SeatingDialog:
    dialog = SeatingDialog(db, edits, agenda_item_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.fit()
    return dialog
