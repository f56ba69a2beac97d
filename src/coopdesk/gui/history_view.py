"""Who changed what, in the window: the change log of an event or of the whole base,
each entry said in words (an import with its count and file, a restore, an erasure, a
purge), most recent first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.services.history import describe_change, history
from coopdesk.core.timezones import to_local
from coopdesk.gui import i18n
from coopdesk.gui.tables import rows as table_rows

LIMIT = 500


class HistoryDialog(QDialog):
    """The change log, for the event open in the window or for the whole base."""

    def __init__(
        self,
        db: Database,
        event_id: int | None = None,
        event_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("History of changes"))
        self.scope = QComboBox()
        if event_id is not None:
            self.scope.addItem(self.tr("This event: %1").replace("%1", event_title), event_id)
        self.scope.addItem(self.tr("The whole base"), None)
        self.scope.currentIndexChanged.connect(lambda _: self.reload())
        self.count = QLabel()
        top = QHBoxLayout()
        scope_label = QLabel(self.tr("&Show:"))
        scope_label.setBuddy(self.scope)
        top.addWidget(scope_label)
        top.addWidget(self.scope, 1)
        top.addWidget(self.count)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("What"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setColumnWidth(4, 300)
        table_rows(self.table, "history")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their final widths now

    def reload(self) -> None:
        event_id = self.scope.currentData()
        changes = history(self.db, event_id=event_id, limit=LIMIT)
        language = i18n.language()
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            said = describe_change(change, language)
            cells = (
                i18n.fmt_datetime(to_local(change.at, "Europe/Paris")),
                change.user,
                said.action,
                said.record,
                said.what,
                said.detail,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        count = len(changes)
        if count >= LIMIT:
            text = self.tr("The %1 most recent changes")
        else:
            text = i18n.plural(count, self.tr("%1 change"), self.tr("%1 changes"))
        self.count.setText(text.replace("%1", str(min(count, LIMIT))))
