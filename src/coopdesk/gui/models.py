"""Item models: plain rows from the core's services, display values built on demand.

Big lists (participants, the directory) are paged: the model holds the row tuples of
the pages fetched so far from one ordered, filtered SQL query and asks for the next
page when the view scrolls near the end (``canFetchMore``/``fetchMore``). Small lists
(events, agenda items, conflicts) are loaded whole. ``ID_ROLE`` gives a row's id and
``SORT_ROLE`` its raw value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role
from coopdesk.core.timezones import PARIS, to_local
from coopdesk.core.values import AgendaItemView, EventView, ParticipantView
from coopdesk.gui import i18n, theme
from coopdesk.gui.icons import icon

if TYPE_CHECKING:  # the directory's queries (and the model) load with the directory
    from coopdesk.core.values import DirectoryRow

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class RowsTableModel(QAbstractTableModel):
    """A table over a list of rows; subclasses name the columns and render a cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        return self.cell(row, index.column(), role)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def ids(self, rows: Sequence[int]) -> list[int]:
        return [self.row_id(self._rows[r]) for r in rows]

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class _Paged(RowsTableModel):
    """A table that fetches its rows a page at a time from ``fetch(offset, limit)``."""

    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch: Callable[[int, int], list[Any]] = lambda offset, limit: []
        self._exhausted = True

    def load(self, fetch: Callable[[int, int], list[Any]], keep: int = 0) -> None:
        """Start again from the first page of ``fetch`` (keeping ``keep`` rows loaded)."""
        self._fetch = fetch
        limit = max(self.PAGE, keep)
        rows = fetch(0, limit)
        self._exhausted = len(rows) < limit
        self.set_rows(rows)

    def reload(self) -> None:
        self.load(self._fetch, keep=len(self._rows))

    def canFetchMore(self, parent: Index = _NO_INDEX) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = _NO_INDEX) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch(len(self._rows), self.PAGE)
        self._exhausted = len(more) < self.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()


def _meaning(value: Any, role: int) -> Any:
    """Display, sort and decoration of a status or category: its word and its colour."""
    if role == Qt.ItemDataRole.DisplayRole:
        return i18n.enum_label(value)
    if role == Qt.ItemDataRole.DecorationRole:
        return theme.meaning_dot(str(value))
    if role == SORT_ROLE:
        return str(value)
    return None


def _local(value: Any, tz: str | None, time_known: bool = True) -> str:
    """A leg's local date and time; its date only when the time is not known."""
    if value is None:
        return ""
    local = to_local(value, tz or PARIS)
    return i18n.fmt_datetime(local) if time_known else i18n.fmt_date(local.date())


class EventListModel(RowsTableModel):
    """The events list: title, kind, dates, partner, status, number of participants."""

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Dates"),
            self.tr("Partner"),
            self.tr("Status"),
            self.tr("Participants"),
        ]

    def cell(self, row: EventView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:  # everything, whatever the row shows
            return "\n".join(
                x
                for x in (
                    row.title,
                    self.cell(row, 2, Qt.ItemDataRole.DisplayRole),
                    row.partner or "",
                    f"{i18n.enum_label(row.kind)} — {i18n.enum_label(row.status)}",
                )
                if x
            )
        if column == 4:
            return _meaning(row.status, role)
        if role == SORT_ROLE:
            return (
                row.title,
                row.kind.value,
                row.start_date.isoformat(),
                row.partner or "",
                row.status.value,
                row.participant_count,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.title
        if column == 1:
            return i18n.enum_label(row.kind)
        if column == 2:
            if row.start_date == row.end_date:
                return i18n.fmt_date(row.start_date)
            return f"{i18n.fmt_date(row.start_date)} – {i18n.fmt_date(row.end_date)}"
        if column == 3:
            return row.partner or ""
        return str(row.participant_count)


EDITABLE_PARTICIPANT_FIELDS = {2: "role", 3: "category", 4: "status", 8: "hotel"}
CHOICES: dict[str, list[Any]] = {
    "role": list(Role),
    "category": list(BadgeCategory),  # the office's own, once read (gui.categories)
    "status": list(ParticipationStatus),
}


class ParticipantsModel(_Paged):
    """An event's participants in protocol order, a page at a time; role, category,
    status and hotel are edited in place through ``on_edit(row, field, new)``, the row
    as shown (with its version) and the one field changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_edit: Callable[[ParticipantView, str, Any], bool] = lambda *args: False

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Name in own script"),
            self.tr("Role"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Organisation"),
            self.tr("Arrival"),
            self.tr("Departure"),
            self.tr("Hotel"),
        ]

    def cell(self, row: ParticipantView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE_PARTICIPANT_FIELDS:
            return getattr(row, EDITABLE_PARTICIPANT_FIELDS[column]) or ""
        if column in (3, 4):
            return _meaning(row.category if column == 3 else row.status, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return "\n".join(x for x in (row.display_name, row.native_name, row.function) if x)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == 0:
            return " ".join(x for x in (row.civility, row.display_name) if x)
        if column == 1:
            return row.native_name or ""
        if column == 2:
            return i18n.enum_label(row.role)
        if column == 5:
            return row.organisation or ""
        if column == 6:
            return _local(row.arrival_at, row.arrival_timezone, row.arrival_time_known)
        if column == 7:
            return _local(row.departure_at, row.departure_timezone, row.departure_time_known)
        return row.hotel or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE_PARTICIPANT_FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = EDITABLE_PARTICIPANT_FIELDS.get(index.column())
        if field is None:
            return False
        row = self._rows[index.row()]
        old = getattr(row, field)
        if (old or "") == (value or ""):
            return False
        return self.on_edit(row, field, value)


class PeopleModel(_Paged):
    """The directory of people, by name, a page at a time."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Name in own script"),
            self.tr("Function"),
            self.tr("Organisation"),
            self.tr("Country"),
            self.tr("E-mail"),
        ]

    def cell(self, row: DirectoryRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == 0:
            name = " ".join(x for x in (row.first_name, row.last_name) if x)
            return " ".join(x for x in (row.civility, name) if x)
        return [None, row.native_name, row.function, row.organisation, row.country, row.email][
            column
        ] or ""


class AgendaListModel(RowsTableModel):
    """The programme as a list: day, times in the item's zone (and Paris), title, venue,
    who attends, and its conflicts marked with an icon, a colour and a tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_paris = False
        self.conflicts: dict[int, list[str]] = {}
        self.participant_names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Time"),
            self.tr("Paris time") if self.show_paris else self.tr("Zone"),
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Venue"),
            self.tr("Attendees"),
        ]

    def cell(self, row: AgendaItemView, column: int, role: int) -> Any:
        problems = self.conflicts.get(row.id)
        if problems and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problems)
        if problems and role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return theme.error_color()
        if problems and role == Qt.ItemDataRole.DecorationRole and column == 3:
            return icon("warning", theme.error_color().name())
        if role == SORT_ROLE:
            return row.starts_at.isoformat() if column < 3 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        start, end = to_local(row.starts_at, row.timezone), to_local(row.ends_at, row.timezone)
        if column == 0:
            return i18n.fmt_day(start.date())
        if column == 1:
            return f"{i18n.fmt_time(start)} – {i18n.fmt_time(end)}"
        if column == 2:
            if self.show_paris:
                p_start, p_end = to_local(row.starts_at, PARIS), to_local(row.ends_at, PARIS)
                return f"{i18n.fmt_time(p_start)} – {i18n.fmt_time(p_end)}"
            return row.timezone
        if column == 3:
            title = row.title
            if row.status.value == "cancelled":
                title = self.tr("%1 (cancelled)").replace("%1", title)
            return title
        if column == 4:
            return i18n.enum_label(row.type)
        if column == 5:
            return row.venue or ""
        if row.all_participants:
            return self.tr("Everyone")
        names = [self.participant_names.get(i, "?") for i in row.attendee_ids]
        if len(names) > 3:  # the first ones and how many more: the row stays low
            return ", ".join(names[:2]) + f" +{len(names) - 2}"
        return ", ".join(names)


class ConflictsModel(QAbstractListModel):
    """The conflicts of an agenda, one sentence each; ``ID_ROLE`` gives the first item."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, tuple[int, ...]]] = []

    def set_conflicts(self, rows: list[tuple[str, tuple[int, ...]]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, item_ids = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("warning", theme.error_color().name())
        if role == ID_ROLE:
            return item_ids[0]
        return None
