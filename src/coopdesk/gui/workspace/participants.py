"""Participants tab: the list in protocol order, searched and filtered in SQL as the user
types, edited in place, with bulk status and category changes and counts, and the
import of a list from Excel or CSV (:mod:`coopdesk.gui.import_wizard`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
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
from coopdesk.core.services import participants
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
from coopdesk.gui.tables import rows as table_rows
from coopdesk.gui.undo import Edits


class CellCombo(QComboBox):
    """The choice editor of a cell: a pick in its open list (by mouse, or Enter in the
    list) is the user's answer and says so with ``picked``; arrows on the closed box
    only move the choice, Enter then saves it and Escape leaves the cell as it was."""

    picked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._listing = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._listing = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # The pick, if any, is announced right after the list closes.
        QTimer.singleShot(0, self, self._list_closed)

    def _list_closed(self) -> None:
        self._listing = False

    def listing(self) -> bool:
        """Whether its list is open (the focus is in the list, still in the editor)."""
        return self._listing

    def _activated(self, _index: int) -> None:
        if self._listing:
            self._listing = False
            self.picked.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits role, category and status in their cell with a list of their words: opened
    by the mouse, the list shows at once and one click saves; opened by F2 or Enter,
    the arrows choose, Enter saves and Escape cancels."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._by_mouse = False

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            self._by_mouse = True
        elif event.type() == QEvent.Type.KeyPress:
            self._by_mouse = False
        return super().editorEvent(event, model, option, index)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        field = EDITABLE_PARTICIPANT_FIELDS.get(index.column())
        if field not in CHOICES:
            return super().createEditor(parent, option, index)
        editor = CellCombo(parent)
        for value in CHOICES[field]:
            editor.addItem(i18n.enum_label(value), value)
        editor.picked.connect(lambda: self._save(editor))
        if self._by_mouse:
            QTimer.singleShot(0, editor, editor.showPopup)
        self._by_mouse = False
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The editor stays open while its list has the focus."""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(watched, CellCombo)
            and watched.listing()
        ):
            return False
        return super().eventFilter(watched, event)

    def _save(self, editor: QWidget) -> None:
        editor.removeEventFilter(self)  # saved once: its focus leaving saves nothing more
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

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
        for box in (self.status_filter, self.category_filter):
            # "Toutes les catégories" whole: the search field gives up the room
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(box.sizeHint().width())
        self.add_button = QPushButton(icon("add"), self.tr("&Add participant…"))
        self.add_button.clicked.connect(self.add_participant)
        self.set_button = self._bulk_button()
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected participants (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_button = QPushButton(icon("suitcase"), self.tr("E&dit…"))
        self.edit_button.setToolTip(self.tr("Travel and stay of the selected participant (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        # Less frequent actions wait in a menu, so that the row fits a small screen.
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More ac&tions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.more_button)
        self.person_action = more.addAction(icon("person"), self.tr("&Person…"))
        self.person_action.setToolTip(
            self.tr("The person's record: names, contact details, elected office, passport…")
        )
        self.person_action.triggered.connect(self.edit_person)
        more.addSeparator()
        self.up_action = more.addAction(self.tr("Move &up"))
        self.up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = more.addAction(self.tr("Move do&wn"))
        self.down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.auto_order_action = more.addAction(self.tr("Restore the au&tomatic order"))
        self.auto_order_action.setToolTip(
            self.tr("Forget the manual order: order of precedence by role and office")
        )
        self.auto_order_action.triggered.connect(self.restore_automatic_order)
        more.setToolTipsVisible(True)
        self.more_button.setMenu(more)
        self.import_button = QPushButton(icon("import"), self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import a participant list (Excel, CSV)"))
        self.import_button.clicked.connect(self.import_list)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.category_filter)
        actions = FlowLayout()  # wraps on a narrow screen rather than cutting the buttons
        actions.addWidget(self.add_button)
        actions.addWidget(self.set_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.more_button)
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
        for column, width in enumerate((185, 150, 130, 115, 95, 210, 120, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        # By default the name in its own script (in the name's tooltip) and the
        # organisation give their room to arrival, departure and hotel.
        self.rows = table_rows(
            self.table,
            "participants",
            on_open=self.edit_selected,
            on_delete=self.remove_selected,
            hidden=(1, 5),
        )
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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

    def _bulk_button(self) -> QToolButton:
        """ "Change": the status, category or role of every selected participant."""
        button = QToolButton()
        button.setText(self.tr("&Change"))
        button.setToolTip(
            self.tr("Give the selected participants the same status, category or role")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        titles = {
            "status": self.tr("St&atus"),
            "category": self.tr("Cate&gory"),
            "role": self.tr("R&ole"),
        }
        for field, title in titles.items():
            sub = menu.addMenu(title)

            def fill(sub: QMenu = sub, field: str = field) -> None:
                sub.clear()  # the office's categories may have changed since
                for value in CHOICES[field]:
                    action = sub.addAction(i18n.enum_label(value))
                    action.triggered.connect(
                        lambda _=False, v=value, f=field: self.set_selected(f, v)
                    )

            fill()
            sub.aboutToShow.connect(fill)
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
            rows, matches["count"] = participants.counted_participant_page(
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
                participants.count_participants(self.db, self.event_view.id, **self._filters())
            )

    def _count_totals(self) -> None:
        assert self.event_view is not None
        by_status, by_category = participants.participation_counts(self.db, self.event_view.id)
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
        for button in (self.set_button, self.remove_button):
            button.setEnabled(bool(rows))
        self.edit_button.setEnabled(len(rows) == 1)
        for action in (self.person_action, self.up_action, self.down_action):
            action.setEnabled(len(rows) == 1)

    def _edit(self, row: ParticipantView, field: str, new: Any) -> bool:
        """An in-place edit. From a cell's editor it is saved once the editor has closed:
        the table reloads after the save, which must not pull the rows from under it."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return self._save_edit(row, field, new)
        QTimer.singleShot(0, self, lambda: self._save_edit(row, field, new))
        return True

    def _save_edit(self, row: ParticipantView, field: str, new: Any) -> bool:
        """Save an in-place edit: only this field, checked against the version shown."""
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
        # Not selectRow: with Ctrl held (Ctrl+Up) it would toggle the row off.
        self.rows.select_ids([participation_id])
        if self.rows.selected_ids() == [participation_id]:
            self.table.scrollTo(self.table.currentIndex())

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
