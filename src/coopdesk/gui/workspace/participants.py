"""Participants tab: the list in protocol order, searched and filtered in SQL as the user
types, edited in place, with bulk status and category changes and counts, and the
import of a list from Excel or CSV (:mod:`coopdesk.gui.import_wizard`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import ParticipationStatus
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import gui_queries, participants
from coopdesk.core.services.participants import NewParticipant
from coopdesk.core.values import EventView, ParticipantView
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.flow import FlowLayout
from coopdesk.gui.forms.fields import combo, set_combo
from coopdesk.gui.forms.participant_dialog import AddParticipantDialog
from coopdesk.gui.forms.travel_dialog import TravelDialog
from coopdesk.gui.icons import icon
from coopdesk.gui.models import CHOICES, EDITABLE_PARTICIPANT_FIELDS, ParticipantsModel
from coopdesk.gui.undo import Edits


class ChoiceDelegate(QStyledItemDelegate):
    """Edits role, category and status with a list of their words."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        field = EDITABLE_PARTICIPANT_FIELDS.get(index.column())
        if field in CHOICES:
            return combo(CHOICES[field])
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            set_combo(editor, index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class ParticipantsTab(QWidget):
    """The participants of the open event."""

    def __init__(self, db: Database, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits
        self.event_view: EventView | None = None
        self._totals: tuple[int, int, str] | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, function or organisation"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status_filter = combo(list(ParticipationStatus), empty=self.tr("All statuses"))
        self.category_filter = combo(CHOICES["category"], empty=self.tr("All categories"))
        self.add_button = QPushButton(icon("add"), self.tr("&Add participant…"))
        self.add_button.clicked.connect(self.add_participant)
        self.status_button = self._bulk_button(self.tr("Set st&atus"), "status")
        self.category_button = self._bulk_button(self.tr("Set cate&gory"), "category")
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_button = QPushButton(icon("suitcase"), self.tr("E&dit…"))
        self.edit_button.setToolTip(self.tr("Travel and stay of the selected participant"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.person_button = QPushButton(icon("person"), self.tr("&Person…"))
        self.person_button.setToolTip(
            self.tr("The person's record: names, contact details, elected office, passport…")
        )
        self.person_button.clicked.connect(self.edit_person)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Earlier in the protocol order (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Later in the protocol order (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.auto_order_button = QPushButton(self.tr("Restore the au&tomatic order"))
        self.auto_order_button.setToolTip(
            self.tr("Forget the manual order: order of precedence by role and office")
        )
        self.auto_order_button.clicked.connect(self.restore_automatic_order)
        self.import_button = QPushButton(icon("import"), self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import a participant list (Excel, CSV)"))
        self.import_button.clicked.connect(self.import_list)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.category_filter, 1)
        actions = FlowLayout()  # wraps on a narrow screen rather than cutting the buttons
        actions.addWidget(self.add_button)
        actions.addWidget(self.status_button)
        actions.addWidget(self.category_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.person_button)
        actions.addWidget(self.up_button)
        actions.addWidget(self.down_button)
        actions.addWidget(self.auto_order_button)
        actions.addWidget(self.import_button)
        self.model = ParticipantsModel(self)
        self.model.on_edit = self._edit
        self.table = QTableView()
        # Long names keep both ends ("M. Wolfgang Schw…waldbach"): the last name shows.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 150, 150, 120, 100, 210, 125, 125)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_selected(s))
            self.addAction(action)
        self.imported = QLabel()
        self.imported.setTextFormat(Qt.TextFormat.PlainText)
        self.imported.setWordWrap(True)
        self.imported.setVisible(False)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.imported)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.table)
        self._selection_changed()

    def _bulk_button(self, text: str, field: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)

        def fill() -> None:  # the office's categories may have changed since
            menu.clear()
            for value in CHOICES[field]:
                action = menu.addAction(i18n.enum_label(value))
                action.triggered.connect(lambda _=False, v=value, f=field: self.set_selected(f, v))

        fill()
        menu.aboutToShow.connect(fill)
        button.setMenu(menu)
        return button

    def _refill_categories(self) -> None:
        """Offer the office's categories in the filter as they are now."""
        box = self.category_filter
        shown = [box.itemData(i) for i in range(1, box.count())]
        if shown == CHOICES["category"]:
            return
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for code in CHOICES["category"]:
            box.addItem(i18n.enum_label(code), code)
        set_combo(box, chosen)
        box.blockSignals(False)

    def load(self, event: EventView) -> None:
        self._refill_categories()
        if self.event_view is None or self.event_view.id != event.id:
            self.imported.setVisible(False)
        self.event_view = event
        self.apply_filter()

    def _filters(self) -> dict[str, Any]:
        return {
            "search": self.search.text().strip() or None,
            "status": self.status_filter.currentData(),
            "category": self.category_filter.currentData(),
        }

    def apply_filter(self) -> None:
        """Ask the database for the first page matching the search and filters.

        The totals by status and category do not depend on the filter: they are counted
        when the event is loaded or changed, not at every keystroke.
        """
        if self.event_view is None:
            return
        event_id, filters = self.event_view.id, self._filters()
        matches: dict[str, int] = {}

        def fetch(offset: int, limit: int) -> list[Any]:
            rows, matches["count"] = gui_queries.counted_participant_page(
                self.db, event_id, offset=offset, limit=limit, **filters
            )
            return rows

        self.model.load(fetch)
        if self._totals is None or self._totals[0] != event_id:
            self._count_totals()
        self._show_counts(matches["count"])

    def refresh(self) -> None:
        """Reload after a change, keeping the rows already scrolled through."""
        self._refill_categories()
        if self.event_view is not None:
            self.model.reload()
            self._count_totals()
            self._show_counts(
                gui_queries.count_participants(self.db, self.event_view.id, **self._filters())
            )

    def _count_totals(self) -> None:
        assert self.event_view is not None
        by_status, by_category = gui_queries.participation_counts(self.db, self.event_view.id)
        statuses = " · ".join(f"{i18n.enum_label(s)} {n}" for s, n in sorted(by_status.items()))
        categories = " · ".join(f"{i18n.enum_label(c)} {n}" for c, n in sorted(by_category.items()))
        self._totals = (self.event_view.id, sum(by_status.values()), f"{statuses}<br>{categories}")

    def _show_counts(self, shown: int) -> None:
        """The totals of the event, and how many rows the filters select."""
        assert self._totals is not None
        _, total, details = self._totals
        head = self.tr("%1 participants").replace("%1", str(total))
        if shown != total:
            head += " " + self.tr("(%1 shown)").replace("%1", str(shown))
        self.counts.setText(f"<b>{head}</b> — {details}")

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return self.model.ids(rows)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        for button in (self.status_button, self.category_button, self.remove_button):
            button.setEnabled(bool(rows))
        for button in (self.edit_button, self.person_button, self.up_button, self.down_button):
            button.setEnabled(len(rows) == 1)

    def _edit(self, row: ParticipantView, field: str, new: Any) -> bool:
        """An in-place edit: only this field, checked against the version shown."""
        try:
            self.edits.perform(
                self.db,
                self.tr("Change %1").replace("%1", self._field_name(field)),
                lambda: participants.update_participation(self.db, row.id, {field: new}, row),
            )
        except CoopdeskError as error:
            show_error(self, error)
            self.refresh()
            return False
        return True

    def _field_name(self, field: str) -> str:
        """The column title of an editable field, as the undo menu names the edit."""
        column = next(c for c, f in EDITABLE_PARTICIPANT_FIELDS.items() if f == field)
        return str(self.model.headerData(column, Qt.Orientation.Horizontal)).lower()

    def set_selected(self, field: str, value: Any) -> None:
        """Give every selected participant the same status or category, in one edit
        checked against the rows as shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        seen = [self.model.row_at(r) for r in rows]
        ids = [row.id for row in seen]
        try:
            self.edits.perform(
                self.db,
                i18n.fill(
                    self.tr("Change %1 of %2 {%2:participant|participants}"),
                    i18n.field_label(field),
                    str(len(ids)),
                ),
                lambda: participants.update_participations(self.db, ids, {field: value}, seen),
            )
        except CoopdeskError as error:
            show_error(self, error)
            self.refresh()

    def add_participant(self) -> None:
        if self.event_view is not None:
            AddParticipantDialog(self.db, self._add, self, edits=self.edits).exec()

    def _add(self, person_id: int | None, person: dict[str, Any], part: dict[str, Any]) -> Any:
        assert self.event_view is not None
        event_id = self.event_view.id

        def add() -> Any:
            if person_id is None:
                return participants.add_participants(
                    self.db, event_id, [NewParticipant(person=person, participation=part)]
                )
            return participants.add_participant(self.db, event_id, person_id, **part)

        return self.edits.perform(self.db, self.tr("Add participant"), add)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows or self.event_view is None:
            return
        seen = [self.model.row_at(r) for r in rows]
        if len(seen) == 1:
            question = i18n.fill(self.tr("Remove %1 from this event?"), seen[0].display_name)
        else:
            question = i18n.fill(
                self.tr("Remove these %1 participants from this event?"), str(len(seen))
            )
        answer = QMessageBox.question(self, self.tr("Remove participants"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [row.id for row in seen]
        try:
            self.edits.perform(
                self.db,
                self.tr("Remove participants"),
                lambda: participants.remove_participants(self.db, ids, seen),
            )
        except CoopdeskError as error:
            show_error(self, error)
            self.refresh()

    # --- travel and stay ----------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        """Role, category, status and hotel are edited in place; elsewhere a double-click
        opens the travel and stay of the participant."""
        if index.isValid() and index.column() not in EDITABLE_PARTICIPANT_FIELDS:
            self.edit_participant(self.model.row_at(index.row()).id)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_participant(ids[0])

    def edit_person(self) -> None:
        """The person's own record, from their participant row."""
        from coopdesk.gui.person_editor import edit_person

        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            edit_person(self.db, self.edits, self.model.row_at(rows[0].row()).person_id, self)

    def edit_participant(self, participation_id: int) -> None:
        if self.event_view is None:
            return
        try:
            row = participants.get_participant(self.db, participation_id)
        except CoopdeskError as error:
            show_error(self, error)
            return
        event = self.event_view
        TravelDialog(
            row, event.timezone, event.start_date, lambda v: self._save_travel(row, v), self
        ).exec()

    def _save_travel(self, row: ParticipantView, values: dict[str, Any]) -> Any:
        """Save the fields the user changed in the travel dialog, against the version
        the dialog opened with; nothing changed, nothing written."""
        if not values:
            return row
        name = " ".join(x for x in (row.first_name, row.last_name) if x)
        return self.edits.perform(
            self.db,
            i18n.fill(self.tr("Travel and stay of %1"), name),
            lambda: participants.update_participation(self.db, row.id, values, row),
        )

    # --- manual protocol order ---------------------------------------------------------

    def move_selected(self, step: int) -> None:
        """Move the selected participant one place up (-1) or down (+1) in the protocol
        order of the whole event, which becomes a manual order."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.event_view is None:
            return
        moved, event_id = ids[0], self.event_view.id
        order = [r.id for r in participants.list_participants(self.db, event_id)]
        at = order.index(moved)
        if not 0 <= at + step < len(order):
            return
        order[at], order[at + step] = order[at + step], order[at]
        try:
            self.edits.perform(
                self.db,
                self.tr("Move up") if step < 0 else self.tr("Move down"),
                lambda: participants.set_protocol_order(self.db, event_id, order),
            )
        except CoopdeskError as error:
            show_error(self, error)
            return
        self.select_participant(moved)

    def restore_automatic_order(self) -> None:
        if self.event_view is None:
            return
        event_id = self.event_view.id
        try:
            self.edits.perform(
                self.db,
                self.tr("Restore the automatic order"),
                lambda: participants.clear_protocol_order(self.db, event_id),
            )
        except CoopdeskError as error:
            show_error(self, error)

    def select_participant(self, participation_id: int) -> None:
        """Select (and show) the row of a participant, if loaded."""
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).id == participation_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                return

    def import_list(self) -> None:
        """Open the import wizard; once it imported, every view reloads and the tab
        says what was done."""
        from coopdesk.gui.import_wizard import ImportWizard  # openpyxl on demand

        if self.event_view is None:
            return
        wizard = ImportWizard(self.db, self.event_view, self)
        wizard.exec()
        result = wizard.result_
        if result is None:
            return
        self.imported.setText(
            i18n.fill(
                self.tr(
                    "Import done: %1 {%1:participant|participants} added (%2 new "
                    "{%2:person|people}), %3 updated, %4 unchanged."
                ),
                str(len(result.participation_ids)),
                str(result.people_created),
                str(result.participations_updated),
                str(result.skipped),
            )
        )
        self.imported.setVisible(True)
        self.edits.changed.emit()
