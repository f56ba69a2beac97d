"""One day of the programme as a timeline: a column per venue, items as blocks.

A custom-painted widget (no scene graph needed for a few dozen items): hours down the
left, venues across the top. Blocks in conflict get a warning mark, a coloured frame
and a tooltip that says what is wrong. Click selects, double-click edits (or creates
an item at that hour on an empty spot), dragging a block moves it by quarter hours.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coopdesk.core.timezones import PARIS, to_local
from coopdesk.core.values import AgendaItemView
from coopdesk.gui import i18n, theme
from coopdesk.gui.icons import icon

HOUR_PX = 64
GUTTER = 64
HEADER = 30
SNAP_MINUTES = 15
MIN_COLUMN = 170  # below this, titles become unreadable: scroll sideways instead


@dataclass
class _Block:
    item: AgendaItemView
    column: int
    start: datetime  # local, in the event's zone
    end: datetime


class DayTimeline(QWidget):
    """The items of one day; ``zone`` is the event's zone, the timeline's clock."""

    selected = Signal(int)
    edit_requested = Signal(int)
    new_requested = Signal(object)  # naive local datetime
    moved = Signal(int, int)  # item id, minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.day = date.today()
        self.zone = PARIS
        self.show_paris = False
        self.conflicts: dict[int, list[str]] = {}
        self.blocks: list[_Block] = []
        self.columns: list[str] = []
        self.first_hour, self.last_hour = 8, 20
        self.current: int | None = None
        self._press: QPoint | None = None
        self._drag_minutes = 0

    def set_day(
        self,
        day: date,
        zone: str,
        items: list[AgendaItemView],
        conflicts: dict[int, list[str]],
        show_paris: bool,
    ) -> None:
        self.day, self.zone, self.conflicts, self.show_paris = day, zone, conflicts, show_paris
        todays = [i for i in items if to_local(i.starts_at, zone).date() == day]
        venues = sorted({i.venue or "" for i in todays}, key=lambda v: (v == "", v.casefold()))
        self.columns = venues or [""]
        self.blocks = [
            _Block(
                i,
                self.columns.index(i.venue or ""),
                to_local(i.starts_at, zone).replace(tzinfo=None),
                to_local(i.ends_at, zone).replace(tzinfo=None),
            )
            for i in todays
        ]
        hours = [b.start.hour for b in self.blocks] + [
            b.end.hour + (1 if b.end.minute or b.end.date() > day else 0) for b in self.blocks
        ]
        self.first_hour = max(min(hours) - 1, 0) if hours else 8
        self.last_hour = min(max([self.first_hour + 8, *hours]), 24)
        self.setMinimumHeight(self.sizeHint().height())
        self.setMinimumWidth(GUTTER + 8 + MIN_COLUMN * len(self.columns))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, HEADER + (self.last_hour - self.first_hour) * HOUR_PX + 8)

    def _column_rect(self, column: int) -> QRectF:
        width = (self.width() - GUTTER - 8) / max(len(self.columns), 1)
        return QRectF(GUTTER + column * width, HEADER, width, self.height() - HEADER)

    def _y(self, moment: datetime) -> float:
        minutes = (moment - datetime.combine(self.day, time(self.first_hour))).total_seconds() / 60
        return HEADER + minutes * HOUR_PX / 60

    def block_rect(self, item_id: int) -> QRectF:
        """Where the block of ``item_id`` is drawn (empty if not on this day)."""
        for block in self.blocks:
            if block.item.id == item_id:
                column = self._column_rect(block.column)
                top = self._y(block.start)
                bottom = max(self._y(block.end), top + 18)
                return QRectF(column.left() + 3, top + 1, column.width() - 6, bottom - top - 2)
        return QRectF()

    def _block_at(self, point: QPoint) -> _Block | None:
        for block in reversed(self.blocks):
            if self.block_rect(block.item.id).contains(point):
                return block
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        painter.setFont(small)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (hour - self.first_hour) * HOUR_PX
            painter.setPen(QPen(grid, 1))
            painter.drawLine(GUTTER - 4, int(y), self.width() - 8, int(y))
            painter.setPen(text)
            label = i18n.fmt_time(time(hour % 24, 0))
            painter.drawText(
                QRectF(0, y - 9, GUTTER - 8, 18),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for index, name in enumerate(self.columns):
            rect = self._column_rect(index)
            painter.setPen(text)
            header = QRectF(rect.left() + 4, 4, rect.width() - 8, HEADER - 8)
            caption = name or self.tr("No venue")
            elided = painter.fontMetrics().elidedText(
                caption, Qt.TextElideMode.ElideRight, int(header.width())
            )
            painter.drawText(header, int(Qt.AlignmentFlag.AlignCenter), elided)
            if index:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(int(rect.left()), HEADER, int(rect.left()), self.height())
        for block in self.blocks:
            self._paint_block(painter, block, small)
        painter.end()

    def _paint_block(self, painter: QPainter, block: _Block, font: QFont) -> None:
        rect = self.block_rect(block.item.id)
        if block.item.id == self.current and self._drag_minutes:
            rect.translate(0, self._drag_minutes * HOUR_PX / 60)
        palette = self.palette()
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(70 if block.item.status.value == "planned" else 25)
        problems = block.item.id in self.conflicts
        frame = theme.error_color() if problems else palette.color(QPalette.ColorRole.Highlight)
        width = 2.5 if problems or block.item.id == self.current else 1.0
        painter.setBrush(fill)
        painter.setPen(QPen(frame, width, Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(6, 3, -6, -3)
        if problems:
            icon("warning", frame.name()).paint(
                painter, int(inner.right()) - 16, int(inner.top()), 16, 16
            )
            inner.setRight(inner.right() - 20)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(font)
        times = f"{i18n.fmt_time(block.start)} – {i18n.fmt_time(block.end)}"
        if self.show_paris:
            paris = to_local(block.item.starts_at, PARIS)
            times += " " + self.tr("(Paris %1)").replace("%1", i18n.fmt_time(paris))
        title = block.item.title
        if block.item.status.value == "cancelled":
            title = self.tr("%1 (cancelled)").replace("%1", title)
        metrics = painter.fontMetrics()
        max_lines = max(1, math.floor(inner.height() / metrics.height()))
        if max_lines == 1:
            lines = [f"{times}  {title}"]
        else:
            lines = [times, *self._wrap(title, metrics, inner.width())]
        y = inner.top()
        for line in lines[:max_lines]:
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            y += metrics.height()

    @staticmethod
    def _wrap(text: str, metrics: object, width: float) -> list[str]:
        words, lines, line = text.split(), [], ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if metrics.horizontalAdvance(candidate) <= width or not line:  # type: ignore[attr-defined]
                line = candidate
            else:
                lines.append(line)
                line = word
        return [*lines, line] if line else lines

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            block = self._block_at(event.pos())
            if block is None:
                QToolTip.hideText()
                return True
            item = block.item
            lines = [
                item.title,
                f"{i18n.fmt_time(block.start)} – {i18n.fmt_time(block.end)} ({self.zone})",
                item.venue or "",
                *self.conflicts.get(item.id, []),
            ]
            QToolTip.showText(event.globalPos(), "\n".join(x for x in lines if x), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event.position().toPoint())
        self.current = block.item.id if block else None
        self._press = event.position().toPoint() if block else None
        self._drag_minutes = 0
        if block is not None:
            self.selected.emit(block.item.id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.current is None:
            return
        dy = event.position().toPoint().y() - self._press.y()
        minutes = round(dy * 60 / HOUR_PX / SNAP_MINUTES) * SNAP_MINUTES
        if minutes != self._drag_minutes:
            self._drag_minutes = minutes
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.current is not None and self._drag_minutes:
            self.moved.emit(self.current, self._drag_minutes)
        self._press = None
        self._drag_minutes = 0
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self._block_at(point)
        if block is not None:
            self.edit_requested.emit(block.item.id)
            return
        if point.y() > HEADER:
            minutes = (point.y() - HEADER) * 60 / HOUR_PX
            minutes = int(minutes // 30 * 30)
            start = datetime.combine(self.day, time(self.first_hour)) + timedelta(minutes=minutes)
            self.new_requested.emit(start)
