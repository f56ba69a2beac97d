"""The events list: filters (kind, status, year, partner) and search as you type, in SQL.

Each event reads on two lines: its title, cut in the middle when it is too long (the
end of "Accueil d'une délégation de…" is what tells such events apart), and below it
its dates; its partner has a column when the list is wide enough, else it joins the
dates; its status is a word beside its colour. The whole of it is in the tooltip.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from babel.dates import format_date, format_interval
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, EventStatus
from coopdesk.core.services import events
from coopdesk.core.values import EventView
from coopdesk.gui import i18n
from coopdesk.gui.changes import EVENTS, ORGANISATIONS, Changes
from coopdesk.gui.forms.fields import combo, compact
from coopdesk.gui.icons import icon
from coopdesk.gui.models import ID_ROLE, EventListModel

TITLE, KIND, DATES, PARTNER, STATUS, PARTICIPANTS = range(6)
# Below this width (in pixels, the list's own) the partner joins the dates under the title.
PARTNER_COLUMN_FROM = 420
_PAD = 6


def dates_in_words(start: date, end: date) -> str:
    """An event's dates as short as they read ("3–5 nov. 2026", "Nov 3 – 5, 2026")."""
    lang = i18n.language()
    if start == end:
        return str(format_date(start, "medium", locale=lang))
    return str(format_interval(start, end, "yMMMd", locale=lang))


def distinct_titles(titles: list[str], elide: Callable[[str, Qt.TextElideMode], str]) -> list[str]:
    """Each title as short as ``elide`` makes it, and different from the others: titles
    that would read the same once cut keep their first word and what follows the part
    they share ("Accueil … Kendari (Indonésie) pour une visite…")."""
    shown = [elide(t, Qt.TextElideMode.ElideMiddle) for t in titles]
    same: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(shown):
        same[text].append(index)
    for indexes in same.values():
        if len({titles[i] for i in indexes}) < 2:
            continue
        alike = [titles[i] for i in indexes]
        shared = next(
            (n for n, letters in enumerate(zip(*alike, strict=False)) if len(set(letters)) > 1),
            min(len(t) for t in alike),
        )
        cut = alike[0].rfind(" ", 0, shared) + 1  # the whole words they share are left out
        for i in indexes:
            head = titles[i].split(" ", 1)[0]
            if cut > len(head):
                shown[i] = elide(f"{head} … {titles[i][cut:]}", Qt.TextElideMode.ElideRight)
    return shown


class EventDelegate(QStyledItemDelegate):
    """Draws the title cell: the title on the first line, elided in the middle, and in
    a quieter colour the dates (and the partner when it has no column of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_partner = False
        self._titles: tuple[int, list[str]] | None = None  # at a width, every row's

    def forget(self) -> None:
        """The rows changed: the titles as shown are worked out again."""
        self._titles = None

    def _title(self, index: QModelIndex | QPersistentModelIndex, width: int, font: QFont) -> str:
        if self._titles is None or self._titles[0] != width:
            model = index.model()
            metrics = QFontMetrics(font)

            def elide(text: str, mode: Qt.TextElideMode) -> str:
                return metrics.elidedText(text, mode, width)

            titles = [
                model.row_at(r).title  # type: ignore[attr-defined]
                for r in range(model.rowCount())
            ]
            self._titles = (width, distinct_titles(titles, elide))
        return self._titles[1][index.row()]

    def lines(
        self, index: QModelIndex | QPersistentModelIndex, width: int, font: QFont
    ) -> tuple[str, str]:
        """The two lines the cell of ``index`` shows at ``width`` pixels."""
        row: EventView = index.model().row_at(index.row())  # type: ignore[attr-defined]
        details = dates_in_words(row.start_date, row.end_date)
        if self.with_partner and row.partner:
            details += " · " + row.partner
        metrics = QFontMetrics(font)
        return (
            self._title(index, width, font),
            metrics.elidedText(details, Qt.TextElideMode.ElideRight, width),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return QSize(200, row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(_PAD, 2, -_PAD, -2)
        title, details = self.lines(index, rect.width(), opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        strong = palette.highlightedText() if selected else palette.text()
        quiet = palette.highlightedText() if selected else palette.placeholderText()
        half = rect.height() // 2
        painter.save()
        painter.setPen(strong.color())
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), half),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        painter.setPen(quiet.color())
        painter.drawText(
            QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            details,
        )
        painter.restore()


def row_height(font: QFont) -> int:
    """Two lines of text and a little air."""
    return 2 * QFontMetrics(font).lineSpacing() + 8


class EventList(QWidget):
    """Lists events, most recent first; ``chosen(event_id)`` when one is picked."""

    chosen = Signal(int)

    def __init__(
        self, db: Database, changes: Changes | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search events or partners"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.kind = combo(list(EventKind), empty=self.tr("All kinds"))
        self.status = combo(list(EventStatus), empty=self.tr("All statuses"))
        self.year = compact(QComboBox())
        self.partner = compact(QComboBox())
        self.fill_choices()
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 2)
        filters.addWidget(self.kind, 1, 0)
        filters.addWidget(self.status, 1, 1)
        filters.addWidget(self.year, 2, 0)
        filters.addWidget(self.partner, 2, 1)
        self.model = EventListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab and Shift+Tab move to the next field, out of the list, as in any form;
        # the arrow keys move between events.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.delegate = EventDelegate(self.table)
        self.table.setItemDelegateForColumn(TITLE, self.delegate)
        self.model.modelReset.connect(self.delegate.forget)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.table.font()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PARTNER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        # Dates are under the title; kind and headcount in the tooltip.
        for column in (KIND, DATES, PARTICIPANTS):
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: (
                self.chosen.emit(int(current.data(ID_ROLE))) if current.isValid() else None
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        for box in (self.kind, self.status, self.year, self.partner):
            box.currentIndexChanged.connect(self.refresh)
        self.setTabOrder(self.search, self.kind)
        self.setTabOrder(self.kind, self.status)
        self.setTabOrder(self.status, self.year)
        self.setTabOrder(self.year, self.partner)
        self.setTabOrder(self.partner, self.table)
        self.refresh()
        if changes is not None:  # partners and years offered follow every page's edits
            changes.follow((ORGANISATIONS, EVENTS), self.fill_choices, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """The partner's column when the list is wide enough; else the partner is
        written under the title, after the dates."""
        width = self.table.viewport().width()
        wide = width >= PARTNER_COLUMN_FROM
        self.table.setColumnHidden(PARTNER, not wide)
        self.delegate.with_partner = not wide
        if wide:
            self.table.setColumnWidth(PARTNER, max(120, min(240, int(width * 0.28))))
        self.table.viewport().update()

    def shown_lines(self, row: int) -> tuple[str, ...]:
        """What row ``row`` shows, cell by cell (the title cell's two lines first)."""
        index = self.model.index(row, TITLE)
        width = self.table.columnWidth(TITLE) - 2 * _PAD
        shown = list(self.delegate.lines(index, width, self.table.font()))
        for column in (PARTNER, STATUS):
            if not self.table.isColumnHidden(column):
                metrics = QFontMetrics(self.table.font())
                text = str(self.model.index(row, column).data() or "")
                room = self.table.columnWidth(column) - 2 * _PAD
                if column == STATUS:
                    room -= self.table.iconSize().width() or 16
                shown.append(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
        return tuple(shown)

    def fill_choices(self) -> None:
        """Years and partners that events can be filtered by, as they are now: the
        filter chosen stays chosen (a partner renamed shows its new name); a partner
        deleted, or a year no event has any more, leaves its filter on "All"."""
        chosen = (self.year.currentData(), self.partner.currentData())
        for box in (self.year, self.partner):
            box.blockSignals(True)
            box.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in events.event_years(self.db):
            self.year.addItem(str(year), year)
        self.partner.addItem(self.tr("All partners"), None)
        for org_id, name in events.partner_choices(self.db):
            self.partner.addItem(name, org_id)
            self.partner.setItemData(self.partner.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        for box, value in zip((self.year, self.partner), chosen, strict=True):
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        if (self.year.currentData(), self.partner.currentData()) != chosen:
            self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        rows = events.list_events(
            self.db,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
            partner_id=self.partner.currentData(),
            search=self.search.text().strip() or None,
        )
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if current is not None:
            self.select(current)
        self.table.selectionModel().blockSignals(False)

    def first_event_id(self) -> int | None:
        """The id of the event on the first row (the latest), if the list has any."""
        if self.model.rowCount() == 0:
            return None
        return int(self.model.index(0, 0).data(ID_ROLE))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, event_id: int, *, quietly: bool = False) -> None:
        """Make ``event_id`` the current row (``chosen`` fires unless signals are blocked
        or ``quietly`` is true)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == event_id:
                selection = self.table.selectionModel()
                blocked = selection.blockSignals(True) if quietly else None
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                if blocked is not None:
                    selection.blockSignals(blocked)
                self.table.scrollTo(index)
                return

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
