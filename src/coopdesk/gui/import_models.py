"""What an import would do, as tables: one row per line of a participant list, one
per entry of a calendar file; refused ones marked and explained.

The models hold plain rows built here from the core's previews (which stay the only
judge of what is accepted); refused rows carry the reason in the interface language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.headers import FIELD_HEADERS
from coopdesk.core.io.parsers import as_text
from coopdesk.core.io.preview import Action, ImportPreview, PreviewRow
from coopdesk.core.io.reading import Table
from coopdesk.core.messages import describe
from coopdesk.core.timezones import to_local
from coopdesk.gui import i18n, theme
from coopdesk.gui.icons import icon
from coopdesk.gui.models import SORT_ROLE, RowsTableModel

if TYPE_CHECKING:  # icalendar loads when a calendar is imported, not with the window
    from coopdesk.core.calendar.importer import ImportedItem
    from coopdesk.core.calendar.importer import ImportPreview as CalendarPreview


def field_name(field: str) -> str:
    """A field's header in the interface language (as exports write it)."""
    french, english = FIELD_HEADERS[field]
    return english if i18n.language() == "en" else french


class Line(NamedTuple):
    """One line of the preview table; ``refused`` lines are drawn as errors."""

    line: int
    result: str
    name: str
    organisation: str
    column: str
    details: str
    refused: bool = False


def action_words() -> dict[Action, str]:
    return {
        Action.NEW_PERSON: QCoreApplication.translate("Import", "New person"),
        Action.EXISTING_PERSON: QCoreApplication.translate("Import", "Person from the directory"),
        Action.UPDATE: QCoreApplication.translate("Import", "Update"),
        Action.SKIP: QCoreApplication.translate("Import", "Skipped: nothing to change"),
    }


def _details(row: PreviewRow) -> str:
    parts = []
    if row.matched_by == "email":
        parts.append(QCoreApplication.translate("Import", "same e-mail"))
    elif row.matched_by == "name":
        parts.append(QCoreApplication.translate("Import", "same name"))
    changed = [field_name(k) for k in (*row.fills, *row.changes) if k in FIELD_HEADERS]
    if changed:
        parts.append(
            QCoreApplication.translate("Import", "fills: %1").replace("%1", ", ".join(changed))
        )
    return "; ".join(parts)


def _raw_name(table: Table, preview: ImportPreview, line: int) -> str:
    """The name written on a refused line, read from the cells as they are."""
    if not 0 < line <= len(table.rows):
        return ""
    cells = table.rows[line - 1]
    fields = preview.mapping.fields
    parts = []
    for wanted in ("first_name", "last_name", "native_name"):
        if wanted in fields and fields.index(wanted) < len(cells):
            text = as_text(cells[fields.index(wanted)])
            if text:
                parts.append(text)
        if wanted == "last_name" and parts:
            break
    return " ".join(parts)


def preview_lines(preview: ImportPreview, table: Table) -> list[Line]:
    """Every accepted row and every refused cell of ``preview``, in file order."""
    words = action_words()
    lines = [
        Line(
            row.line,
            words[row.action],
            row.name,
            (row.organisation or "")
            + (" " + QCoreApplication.translate("Import", "(new)") if row.new_organisation else ""),
            "",
            _details(row),
        )
        for row in preview.rows
    ]
    language = i18n.language()
    for issue in preview.issues:
        reason = describe(ValidationError(issue.code, issue.field, **issue.values), language)
        lines.append(
            Line(
                issue.line,
                QCoreApplication.translate("Import", "Refused"),
                _raw_name(table, preview, issue.line),
                "",
                issue.column or "",
                reason,
                refused=True,
            )
        )
    return sorted(lines, key=lambda x: (x.line, not x.refused))


class PreviewLinesModel(RowsTableModel):
    """The preview of a participant list: line, result, name, organisation, column,
    details (the reason of a refusal)."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Import", "Row"),
            QCoreApplication.translate("Import", "Result"),
            QCoreApplication.translate("Import", "Name"),
            QCoreApplication.translate("Import", "Organisation"),
            QCoreApplication.translate("Import", "Column"),
            QCoreApplication.translate("Import", "Details"),
        ]

    def row_id(self, row: Any) -> int:
        return int(row.line)

    def cell(self, row: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row[column])
        if role == SORT_ROLE or (role == Qt.ItemDataRole.ToolTipRole and column == 5):
            return row[column]
        if row.refused and role == Qt.ItemDataRole.ForegroundRole:
            return theme.error_color()
        if row.refused and role == Qt.ItemDataRole.DecorationRole and column == 1:
            return icon("warning", theme.error_color().name())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def refused_rows(self) -> list[int]:
        """The table rows that show a refusal."""
        return [r for r, line in enumerate(self._rows) if line.refused]

    def set_lines(self, lines: Sequence[Line]) -> None:
        self.set_rows(list(lines))


class CalendarLine(NamedTuple):
    result: str
    day: str
    time: str
    title: str
    reason: str
    refused: bool = False


def calendar_lines(preview: CalendarPreview) -> list[CalendarLine]:
    """The entries of a calendar file: created, updated, unchanged, then refused."""

    def timed(item: ImportedItem, result: str) -> CalendarLine:
        language = i18n.language()
        title = item.title
        if item.cancelled():
            mark = describe(ValidationError("calendar.cancelled_mark"), language)
            title = f"{title} {mark}"
        days = item.days()
        if days is not None:  # whole days: the days, not "00:00 – 00:00"
            first, last = days
            count = (last - first).days + 1
            if count == 1:
                return CalendarLine(
                    result,
                    i18n.fmt_day(first),
                    describe(ValidationError("calendar.all_day"), language),
                    title,
                    "",
                )
            return CalendarLine(
                result,
                f"{i18n.fmt_day(first)} – {i18n.fmt_day(last)}",
                describe(ValidationError("calendar.all_days", None, count=count), language),
                title,
                "",
            )
        start = to_local(item.starts_at, item.timezone)
        end = to_local(item.ends_at, item.timezone)
        later = end.date() != start.date()
        return CalendarLine(
            result,
            i18n.fmt_day(start.date()),
            f"{i18n.fmt_time(start)} – "
            + (f"{i18n.fmt_day(end.date())} " if later else "")
            + i18n.fmt_time(end),
            title,
            "",
        )

    lines = [timed(i, QCoreApplication.translate("Import", "New item")) for i in preview.created]
    lines += [timed(i, QCoreApplication.translate("Import", "Update")) for i in preview.updated]
    lines += [
        timed(i, QCoreApplication.translate("Import", "Unchanged")) for i in preview.unchanged
    ]
    language = i18n.language()
    lines += [
        CalendarLine(
            QCoreApplication.translate("Import", "Refused"),
            "",
            "",
            r.summary or r.uid or "?",
            r.reason(language),
            True,
        )
        for r in preview.refused
    ]
    return lines


class CalendarLinesModel(RowsTableModel):
    """The preview of a calendar import: result, day, time, title, reason."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Import", "Result"),
            QCoreApplication.translate("Import", "Day"),
            QCoreApplication.translate("Import", "Time"),
            QCoreApplication.translate("Import", "Title"),
            QCoreApplication.translate("Import", "Reason"),
        ]

    def row_id(self, row: Any) -> int:
        return self._rows.index(row)

    def cell(self, row: CalendarLine, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) or (
            role == Qt.ItemDataRole.ToolTipRole and column == 4
        ):
            return row[column]
        if row.refused and role == Qt.ItemDataRole.ForegroundRole:
            return theme.error_color()
        if row.refused and role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon("warning", theme.error_color().name())
        return None
