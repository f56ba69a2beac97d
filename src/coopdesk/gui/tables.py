"""Every table of the window behaves the same way, set up once by :func:`rows`:

- Tab and Shift+Tab leave the table for the next or previous field; the arrows move
  within it.
- Keyboard on rows: Enter opens the current row (or edits its cell in place where the
  cell is edited in place), Delete removes the selection (the page asks first where it
  asks, and the removal is undone like any edit), F2 edits the current cell in place,
  or opens the row where nothing is edited in place.
- The selection follows rows by their identity (``ID_ROLE`` of the first column), not
  their number: an edit, a reload or an undo keeps the same people selected, wherever
  their rows moved.
- Columns: a right-click on the header lists them to show or hide, with "Reset
  columns"; they are reordered by dragging their title. Both are remembered per table
  in the settings file (:mod:`coopdesk.gui.config`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from coopdesk.gui import config

ID_ROLE = Qt.ItemDataRole.UserRole
# The state layout kept in the settings; a new layout forgets the old one.
_STATE_VERSION = 1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEYS = (*_ENTER, Qt.Key.Key_Delete, Qt.Key.Key_F2)


def _key(name: str) -> str:
    return f"tables/{name}"


class RowTable(QObject):
    """The shared behaviour of one table view (see the module's description)."""

    def __init__(
        self,
        view: QAbstractItemView,
        name: str | None = None,
        *,
        on_open: Callable[[], Any] | None = None,
        on_delete: Callable[[], Any] | None = None,
        hidden: Sequence[int] = (),
        fill: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.fill = fill
        self.view = view
        self.name = name
        self.on_open = on_open
        self.on_delete = on_delete
        self._kept: tuple[list[int], tuple[int, int] | None] | None = None
        self._quiet = False
        self._natural: dict[int, int] = {}  # the widths the page gave, before squeezing
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)  # its room, when the view is resized
        # Tab and Shift+Tab move on to the next field, out of the table, as in a form;
        # the arrows move between rows and cells.
        view.setTabKeyNavigation(False)
        model = view.model()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        if name is not None and isinstance(view, QTableView):
            header = view.horizontalHeader()
            header.setSectionsMovable(True)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(self._columns_menu)
            for column in hidden:
                header.setSectionHidden(column, True)
            self._default = header.saveState()
            self._restore_columns()
            self._save_timer = QTimer(self, singleShot=True, interval=300)
            self._save_timer.timeout.connect(self.save_columns)
            header.sectionMoved.connect(self._columns_changed)
            header.sectionResized.connect(self._columns_changed)

    # --- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        fits = (QEvent.Type.Resize, QEvent.Type.Show)
        if kind in fits and watched in (self.view, self.view.viewport()) and self.fill:
            self.fit()
            return False
        if watched is not self.view or kind not in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        key = event.key()
        current = self.view.currentIndex()
        in_place = current.isValid() and self._edits_in_place(current)
        if key == Qt.Key.Key_Delete:
            handled = self.on_delete is not None
        else:
            handled = in_place or self.on_open is not None
        if not handled:  # a table that only shows: the key goes on (a dialog's Enter)
            return False
        if kind == QEvent.Type.ShortcutOverride:  # the key is the table's, not a shortcut's
            event.accept()
            return True
        if key == Qt.Key.Key_Delete:
            if self.on_delete is not None and self.view.selectionModel().hasSelection():
                self.on_delete()
            return True
        if in_place:
            if key in _ENTER:  # as F2 does: the cell's editor opens in the cell
                self.view.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event)
                return True
            return False  # F2: the view opens the editor itself
        if current.isValid() and self.on_open is not None:
            self.on_open()
        return True

    def _edits_in_place(self, index: QModelIndex) -> bool:
        triggers = self.view.editTriggers()
        return bool(index.flags() & Qt.ItemFlag.ItemIsEditable) and bool(
            triggers & QAbstractItemView.EditTrigger.EditKeyPressed
        )

    # --- selection by identity ------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows, in the order of the table."""
        model = self.view.model()
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = (model.index(r, 0).data(ID_ROLE) for r in rows)
        return [int(i) for i in found if i is not None]

    def _columns(self) -> int:
        return self.header.count() if isinstance(self.view, QTableView) else 1

    def _remember(self) -> None:
        if not shiboken6.isValid(self.view):  # a table emptied as it is destroyed
            return
        current = self.view.currentIndex()
        at = None
        if current.isValid():
            row_id = current.sibling(current.row(), 0).data(ID_ROLE)
            at = None if row_id is None else (int(row_id), current.column())
        self._kept = (self.selected_ids(), at)

    def _restore(self) -> None:
        if self._kept is None or not shiboken6.isValid(self.view):
            return
        ids, at = self._kept
        self._kept = None
        self.select_ids(ids, at)

    def select_ids(self, ids: Sequence[int], current: tuple[int, int] | None = None) -> None:
        """Select the rows of ``ids`` that are loaded; ``current`` is ``(id, column)``
        of the current cell (else the first row selected)."""
        model = self.view.model()
        wanted = set(ids)
        selection = QItemSelection()
        first: QModelIndex | None = None
        chosen: QModelIndex | None = None
        last_column = max(self._columns() - 1, 0)
        for row in range(model.rowCount(QModelIndex())):
            index = model.index(row, 0)
            row_id = index.data(ID_ROLE)
            if row_id is None:
                continue
            if int(row_id) in wanted:
                selection.select(index, model.index(row, last_column))
                first = first or index
            if current is not None and int(row_id) == current[0]:
                chosen = model.index(row, current[1])
        chosen = chosen or first
        if chosen is None:
            return
        selecting = self.view.selectionModel()
        selecting.setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.NoUpdate)
        selecting.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @contextmanager
    def keeping_selection(self) -> Iterator[None]:
        """Keep the same rows selected while a table of items is filled again."""
        self._remember()
        try:
            yield
        finally:
            self._restore()

    # --- columns ------------------------------------------------------------------------

    @property
    def header(self) -> QHeaderView:
        assert isinstance(self.view, QTableView)
        return self.view.horizontalHeader()

    def _columns_changed(self) -> None:
        if not self._quiet:
            self._save_timer.start()

    def fit(self, measured: bool = False) -> None:
        """Give the ``fill`` column the room the others leave (at least its minimum),
        unless the user sized the columns. When the room is short (a 1024 px screen),
        the other columns give up width in proportion, down to :data:`NARROWEST`, their
        text wrapped or elided, so that the table does not scroll sideways; they get it
        back when the room grows. ``measured``: the page has just sized the columns to
        their contents, these are the widths to come back to."""
        if self.fill is None or self.remembered:
            return
        column, least = self.fill
        header = self.header
        shown = [c for c in range(header.count()) if c != column and not header.isSectionHidden(c)]
        if measured:
            self._natural = {}
        natural = {c: self._natural.get(c, header.sectionSize(c)) for c in shown}
        self._natural = natural
        room = self.view.viewport().width()
        bar = self.view.verticalScrollBar()
        if not bar.isVisible():  # rows wrapped taller may bring it: keep its room
            room -= bar.sizeHint().width()
        widths = squeezed(natural, room - least)
        with self.sizing():
            for c, width in widths.items():
                if header.sectionSize(c) != width:
                    header.resizeSection(c, width)
            header.resizeSection(column, max(least, room - sum(widths.values())))
        if isinstance(self.view, QTableView) and self.view.wordWrap():
            self.view.resizeRowsToContents()

    @contextmanager
    def sizing(self) -> Iterator[None]:
        """Widths set by the page itself (fitted to the rows), not remembered as the
        user's."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _columns_menu(self, at: QPoint) -> None:
        self.columns_menu().exec(self.header.mapToGlobal(at))

    def columns_menu(self) -> QMenu:
        """The columns to show or hide, in their order on screen, and "Reset columns"."""
        header = self.header
        model = self.view.model()
        menu = QMenu(self.view)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title or ""))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(shown != [column])  # one column stays
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        header = self.header
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < 30:
            header.resizeSection(column, max(header.defaultSectionSize(), 80))
        self.save_columns()

    def reset_columns(self) -> None:
        """The columns as the table first shows them: order, widths and those hidden."""
        self.header.restoreState(self._default)
        if self.name is not None:
            config.put(_key(self.name), None)

    def save_columns(self) -> None:
        if self.name is None:
            return
        state = self.header.saveState()
        count = self.header.count()
        value = f"{_STATE_VERSION}:{count}:{bytes(state.toBase64().data()).decode()}"
        config.put(_key(self.name), value)

    def _restore_columns(self) -> None:
        assert self.name is not None
        saved = config.get_str(_key(self.name))
        if not saved:
            return
        try:
            version, count, data = saved.split(":", 2)
            if int(version) != _STATE_VERSION or int(count) != self.header.count():
                return  # another layout of the table: its defaults
        except ValueError:
            return
        header = self.header
        if not header.restoreState(QByteArray.fromBase64(data.encode())):
            header.restoreState(self._default)

    @property
    def remembered(self) -> bool:
        """Whether the user's own columns are kept for this table."""
        return self.name is not None and config.get_str(_key(self.name)) is not None


# The narrowest a column is squeezed to when the table lacks room.
NARROWEST = 72


def squeezed(widths: dict[int, int], room: int) -> dict[int, int]:
    """``widths`` made to fit ``room`` if they can: each column gives up a share of
    what it has above :data:`NARROWEST`, in proportion; as they are if they fit."""
    over = sum(widths.values()) - room
    spare = {c: max(0, w - NARROWEST) for c, w in widths.items()}
    if over <= 0 or not sum(spare.values()):
        return dict(widths)
    share = min(1.0, over / sum(spare.values()))
    return {c: w - int(spare[c] * share + 0.999) for c, w in widths.items()}


def rows(
    view: QAbstractItemView,
    name: str | None = None,
    *,
    on_open: Callable[[], Any] | None = None,
    on_delete: Callable[[], Any] | None = None,
    hidden: Sequence[int] = (),
    fill: tuple[int, int] | None = None,
) -> RowTable:
    """Give ``view`` the keyboard on rows, a selection kept by identity and, when it
    has a ``name``, columns chosen and ordered by the user (``hidden`` by default;
    ``fill`` = (column, minimum width) takes the room the others leave).
    Call it once the view has its model and its default column widths."""
    return RowTable(view, name, on_open=on_open, on_delete=on_delete, hidden=hidden, fill=fill)


def selected_id(view: QAbstractItemView) -> int | None:
    """The id (``ID_ROLE`` of the first column) of the first selected row, if any."""
    chosen = view.selectionModel().selectedRows()
    found = chosen[0].siblingAtColumn(0).data(ID_ROLE) if chosen else None
    return None if found is None else int(found)


def select_id(view: QAbstractItemView, row_id: int) -> None:
    """Select the row whose id is ``row_id`` (nothing changes when it is not shown)."""
    model = view.model()
    for row in range(model.rowCount(QModelIndex())):
        if model.index(row, 0).data(ID_ROLE) == row_id:
            if isinstance(view, QTableView):
                view.selectRow(row)
            else:
                view.setCurrentIndex(model.index(row, 0))
            return


def row_table(view: QAbstractItemView) -> RowTable | None:
    """The behaviour :func:`rows` gave ``view``, if any."""
    found = view.findChild(RowTable)
    return found if isinstance(found, RowTable) else None


def keeping_selection(view: QAbstractItemView) -> Any:
    """Keep the same rows of ``view`` selected while its items are filled again (a
    table of items is not reset as a model is)."""
    behaviour = row_table(view)
    return behaviour.keeping_selection() if behaviour is not None else nullcontext()
