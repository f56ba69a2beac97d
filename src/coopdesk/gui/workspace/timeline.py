"""One day of the programme as a timeline: a column per venue, items as blocks.

A custom-painted widget (no scene graph needed for a few dozen items): hours down the
left, venues across the top. Blocks in conflict get a warning mark, a coloured frame
and a tooltip that says what is wrong. Click selects, double-click edits (or creates
an item at that hour on an empty spot), dragging a block moves it by quarter hours and
dragging its bottom edge lengthens or shortens it. Items that overlap in one venue stand
side by side.

The keyboard does the same: arrows and Tab go from block to block, Alt+Up/Down moves
the selected item by a quarter hour, Alt+Shift+Up/Down shortens or lengthens it, Enter
edits it.

The day is laid out in elapsed time from its first instant in the event's zone, so a
day when the clocks change has 23 or 25 hours, its hour labels say so (``01:00``,
``03:00``; or ``02:00`` twice), and every block sits at its real instant. An item
that crosses midnight (or lasts several days) is drawn on every day it touches, cut
at the day's edge with a ragged edge and a "continued" mark.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from coopdesk.core.timezones import PARIS, to_local
from coopdesk.core.values import AgendaItemView
from coopdesk.gui import i18n, theme
from coopdesk.gui.icons import icon
from coopdesk.gui.workspace.day_layout import Block, day_bounds, item_days, lay_out_lanes

__all__ = ["SNAP_MINUTES", "DayTimeline", "day_bounds", "item_days"]

HOUR_PX = 64  # an hour's height at least: taller when the screen has room
GUTTER = 64
HEADER = 30
SNAP_MINUTES = 15
MIN_COLUMN = 170  # below this, titles become unreadable: scroll sideways instead
MIN_BLOCK_PX = 18  # a short item is drawn at least this tall
EDGE_PX = 6  # the bottom edge of a block that a drag resizes
TOOTH_PX = 8  # the ragged edge of a block cut at midnight


def _day_text(moment: datetime, fmt: str) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), fmt)


class DayTimeline(QWidget):
    """The items of one day; ``zone`` is the event's zone, the timeline's clock."""

    selected = Signal(int)
    edit_requested = Signal(int)
    new_requested = Signal(object)  # naive local datetime
    moved = Signal(int, int)  # item id, minutes
    resized = Signal(int, int)  # item id, minutes added to its end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As tall as the room it is given (a 1080-line screen), never shorter than
        # HOUR_PX an hour: below that it scrolls.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.hour_px: float = HOUR_PX
        self.day = date.today()
        self.zone = PARIS
        self.show_paris = False
        self.conflicts: dict[int, list[str]] = {}
        self.blocks: list[Block] = []
        self.columns: list[str] = []
        self.first_hour, self.last_hour = 8, 20  # hours elapsed since the day began
        self._day_start, self._day_end = day_bounds(self.day, self.zone)
        self.current: int | None = None
        self._press: QPoint | None = None
        self._resizing = False
        self._drag_minutes = 0

    def shortcuts_hint(self) -> str:
        """How to move and resize items, for tooltips."""
        return "\n".join(
            [
                self.tr("Drag a block to move it, its bottom edge to change its length."),
                self.tr("Keyboard: arrows or Tab select a block, Enter edits it,"),
                self.tr("Alt+↑ / Alt+↓ move it by 15 minutes,"),
                self.tr("Alt+Shift+↑ / Alt+Shift+↓ shorten or lengthen it by 15 minutes."),
            ]
        )

    def set_day(
        self,
        day: date,
        zone: str,
        items: list[AgendaItemView],
        conflicts: dict[int, list[str]],
        show_paris: bool,
    ) -> None:
        self.day, self.zone, self.conflicts, self.show_paris = day, zone, conflicts, show_paris
        self._day_start, self._day_end = day_bounds(day, zone)
        todays = [i for i in items if i.starts_at < self._day_end and i.ends_at > self._day_start]
        venues = sorted({i.venue or "" for i in todays}, key=lambda v: (v == "", v.casefold()))
        self.columns = venues or [""]
        blocks = [
            Block(
                i,
                self.columns.index(i.venue or ""),
                max(i.starts_at, self._day_start),
                min(i.ends_at, self._day_end),
                i.starts_at < self._day_start,
                i.ends_at > self._day_end,
            )
            for i in todays
        ]
        self.blocks = sorted(blocks, key=lambda b: (b.start, b.column, b.end, b.item.id))
        lay_out_lanes(self.blocks, timedelta(minutes=math.ceil(MIN_BLOCK_PX * 60 / HOUR_PX)))
        day_hours = math.ceil(self._elapsed(self._day_end) / 60)
        if self.blocks:
            first = max(math.floor(min(self._elapsed(b.start) for b in self.blocks) / 60) - 1, 0)
            last = math.ceil(max(self._elapsed(b.end) for b in self.blocks) / 60)
            self.last_hour = min(max(first + 8, last), day_hours)
            self.first_hour = max(min(first, self.last_hour - 8), 0)
        else:
            self.first_hour, self.last_hour = 8, 20
        self.setMinimumHeight(self.sizeHint().height())
        self.setMinimumWidth(GUTTER + 8 + MIN_COLUMN * len(self.columns))
        self._fit_hours()
        self.updateGeometry()
        self.update()

    def _fit_hours(self) -> None:
        """Share the height the timeline has among the hours it shows."""
        hours = max(self.last_hour - self.first_hour, 1)
        self.hour_px = max(float(HOUR_PX), (self.height() - HEADER - 8) / hours)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hours()

    def sizeHint(self) -> QSize:
        return QSize(600, HEADER + (self.last_hour - self.first_hour) * HOUR_PX + 8)

    def _elapsed(self, moment: datetime) -> float:
        """Minutes from the first instant of the day to ``moment``."""
        return (moment - self._day_start).total_seconds() / 60

    def _column_rect(self, column: int) -> QRectF:
        width = (self.width() - GUTTER - 8) / max(len(self.columns), 1)
        return QRectF(GUTTER + column * width, HEADER, width, self.height() - HEADER)

    def _y(self, moment: datetime) -> float:
        return HEADER + (self._elapsed(moment) - self.first_hour * 60) * self.hour_px / 60

    def _block(self, item_id: int | None) -> Block | None:
        return next((b for b in self.blocks if b.item.id == item_id), None)

    def block_rect(self, item_id: int) -> QRectF:
        """Where the block of ``item_id`` is drawn (empty if not on this day)."""
        block = self._block(item_id)
        if block is None:
            return QRectF()
        column = self._column_rect(block.column)
        width = (column.width() - 6) / block.lanes
        top = self._y(block.start)
        bottom = max(self._y(block.end), top + MIN_BLOCK_PX)
        left = column.left() + 3 + block.lane * width
        return QRectF(
            left, top + 1, width - (2 if block.lane < block.lanes - 1 else 0), bottom - top - 2
        )

    def block_continues(self, item_id: int) -> tuple[bool, bool]:
        """Whether the block of ``item_id`` on this day is cut at its top and bottom."""
        block = self._block(item_id)
        return (block.before, block.after) if block else (False, False)

    def _block_at(self, point: QPoint) -> Block | None:
        for block in reversed(self.blocks):
            if self.block_rect(block.item.id).contains(point):
                return block
        return None

    def _on_edge(self, block: Block, point: QPoint) -> bool:
        """Whether ``point`` is on the bottom edge of ``block``, where a drag resizes it."""
        return not block.after and self.block_rect(block.item.id).bottom() - point.y() < EDGE_PX

    def hour_lines(self) -> list[tuple[float, str]]:
        """Where each hour line is drawn and the local time it is labelled with: one
        line per hour elapsed, so ``02:00`` comes twice when the clocks go back."""
        lines: list[tuple[float, str]] = []
        for hour in range(self.first_hour, self.last_hour + 1):
            moment = min(self._day_start + timedelta(hours=hour), self._day_end)
            label = i18n.fmt_time(to_local(moment, self.zone))
            lines.append((HEADER + (hour - self.first_hour) * self.hour_px, label))
        return lines

    # --- painting ---------------------------------------------------------------------

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
        for y, label in self.hour_lines():
            painter.setPen(QPen(grid, 1))
            painter.drawLine(GUTTER - 4, int(y), self.width() - 8, int(y))
            painter.setPen(text)
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

    def _shape(self, rect: QRectF, block: Block) -> QPainterPath:
        """The outline of a block: rounded, or ragged where midnight cuts it."""
        path = QPainterPath()
        if not block.before and not block.after:
            path.addRoundedRect(rect, 5, 5)
            return path
        teeth = max(2, round(rect.width() / TOOTH_PX))
        step, depth = rect.width() / teeth, 4.0
        # One polygon rather than a call per tooth: few calls into Qt per block.
        points = [rect.topLeft()]
        if block.before:
            points += [
                QPointF(rect.left() + n * step, rect.top() + (depth if n % 2 else 0))
                for n in range(1, teeth)
            ]
        points += [rect.topRight(), rect.bottomRight()]
        if block.after:
            points += [
                QPointF(rect.right() - n * step, rect.bottom() - (depth if n % 2 else 0))
                for n in range(1, teeth)
            ]
        points.append(rect.bottomLeft())
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
        return path

    def _span(self, item: AgendaItemView, day_format: str = "ddd") -> str:
        """``22:00 – 23:30``; with the days (``day_format``) when it ends on another day."""
        start, end = to_local(item.starts_at, self.zone), to_local(item.ends_at, self.zone)
        if len(item_days(item, self.zone)) == 1:
            return f"{i18n.fmt_time(start)} – {i18n.fmt_time(end)}"
        return (
            f"{_day_text(start, day_format)} {i18n.fmt_time(start)} – "
            f"{_day_text(end, day_format)} {i18n.fmt_time(end)}"
        )

    def _paint_block(self, painter: QPainter, block: Block, font: QFont) -> None:
        rect = self.block_rect(block.item.id)
        selected = block.item.id == self.current
        if selected and self._drag_minutes:
            shift = self._drag_minutes * self.hour_px / 60
            if self._resizing:
                rect.setBottom(max(rect.bottom() + shift, rect.top() + 16))
            else:
                rect.translate(0, shift)
        palette = self.palette()
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(70 if block.item.status.value == "planned" else 25)
        if selected:
            fill.setAlpha(fill.alpha() + 50)
        problems = block.item.id in self.conflicts
        frame = theme.error_color() if problems else palette.color(QPalette.ColorRole.Highlight)
        width = 2.5 if problems or selected else 1.0
        painter.setBrush(fill)
        painter.setPen(QPen(frame, width, Qt.PenStyle.SolidLine))
        painter.drawPath(self._shape(rect, block))
        if selected and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5))
        ragged = 4 if rect.height() > 40 else 0  # room for the teeth of a cut edge
        inner = rect.adjusted(
            6, 3 + (ragged if block.before else 0), -6, -3 - (ragged if block.after else 0)
        )
        if problems:
            icon("warning", frame.name()).paint(
                painter, int(inner.right()) - 16, int(inner.top()), 16, 16
            )
            inner.setRight(inner.right() - 20)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(font)
        times = self._span(block.item)
        if self.show_paris:
            paris = to_local(block.item.starts_at, PARIS)
            times += " " + self.tr("(Paris %1)").replace("%1", i18n.fmt_time(paris))
        title = block.item.title
        if block.item.status.value == "cancelled":
            title = self.tr("%1 (cancelled)").replace("%1", title)
        before = self.tr("↑ continued") if block.before else ""
        after = self.tr("continues ↓") if block.after else ""
        metrics = painter.fontMetrics()
        max_lines = max(1, math.floor(inner.height() / metrics.height()))
        if max_lines == 1:
            lines = ["  ".join(x for x in (before or after, times, title) if x)]
        else:
            lines = [x for x in (before, times) if x]
            lines += self._wrap(title, metrics, inner.width())
            if after:
                lines = lines[: max_lines - 1]
        painter.save()
        painter.setClipRect(rect)
        y = inner.top() if max_lines > 1 else rect.center().y() - metrics.height() / 2
        for line in lines[:max_lines]:
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            y += metrics.height()
        if after and max_lines > 1:
            painter.drawText(
                QRectF(
                    inner.left(), inner.bottom() - metrics.height(), inner.width(), metrics.height()
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                after,
            )
        painter.restore()

    @staticmethod
    def _wrap(text: str, metrics: QFontMetrics, width: float) -> list[str]:
        words, lines, line = text.split(), [], ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if metrics.horizontalAdvance(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        return [*lines, line] if line else lines

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            block = self._block_at(event.pos())
            if block is None:
                QToolTip.showText(event.globalPos(), self.shortcuts_hint(), self)
                return True
            item = block.item
            lines = [
                item.title,
                f"{self._span(item, 'ddd d MMM')} ({self.zone})",
                item.venue or "",
                *self.conflicts.get(item.id, []),
                "",
                self.shortcuts_hint(),
            ]
            QToolTip.showText(event.globalPos(), "\n".join(lines).strip(), self)
            return True
        return super().event(event)

    # --- keyboard ---------------------------------------------------------------------

    def select_item(self, item_id: int | None) -> None:
        """Select the block of ``item_id`` (as a click would) and scroll it into view."""
        self.current = item_id
        if item_id is not None:
            self.selected.emit(item_id)
            self.reveal()
        self.update()

    def reveal(self) -> None:
        """Scroll the selected block into view, when the timeline is in a scroll area."""
        rect = self.block_rect(self.current) if self.current is not None else QRectF()
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if rect.isEmpty() or not isinstance(area, QScrollArea):
            return
        # The last call wins where the block does not fit: its top left, with the hours.
        area.ensureVisible(int(rect.right()), int(rect.bottom()), 8, 24)
        area.ensureVisible(int(rect.left()) - GUTTER, int(rect.top()) - HEADER, 0, 24)

    def _step(self, offset: int) -> bool:
        """Select the block ``offset`` places after the selected one; False at either end."""
        ids = [b.item.id for b in self.blocks]
        if not ids:
            return False
        if self.current not in ids:
            target = 0 if offset > 0 else len(ids) - 1
        else:
            target = ids.index(self.current) + offset
            if not 0 <= target < len(ids):
                return False
        self.select_item(ids[target])
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes through the blocks of the day, then on to the next widget."""
        if self.hasFocus() and self._step(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._block(self.current) is None and self.blocks:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self.select_item(self.blocks[0].item.id)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self.select_item(self.blocks[-1].item.id)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        control = bool(mods & Qt.KeyboardModifier.ControlModifier)
        vertical = key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        block = self._block(self.current)
        if alt and vertical and not control:
            if block is not None:
                minutes = SNAP_MINUTES if key == Qt.Key.Key_Down else -SNAP_MINUTES
                if not shift:
                    self.moved.emit(block.item.id, minutes)
                elif block.minutes + minutes >= SNAP_MINUTES:
                    self.resized.emit(block.item.id, minutes)
                self.reveal()
            event.accept()
            return
        steps: dict[int, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
        }
        if key in steps and not (alt or shift or control):
            self._step(steps[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.blocks and not (alt or control):
            self.select_item(self.blocks[0 if key == Qt.Key.Key_Home else -1].item.id)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and block is not None:
            self.edit_requested.emit(block.item.id)
            event.accept()
            return
        super().keyPressEvent(event)

    # --- mouse ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self._block_at(point)
        self.current = block.item.id if block else None
        self._press = point if block else None
        self._resizing = block is not None and self._on_edge(block, point)
        self._drag_minutes = 0
        if block is not None:
            self.selected.emit(block.item.id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._press is None or self.current is None:
            block = self._block_at(point)
            if block is not None and self._on_edge(block, point):
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.unsetCursor()
            return
        dy = point.y() - self._press.y()
        minutes = round(dy * 60 / self.hour_px / SNAP_MINUTES) * SNAP_MINUTES
        block = self._block(self.current)
        if self._resizing and block is not None:
            shortest = -math.floor((block.minutes - SNAP_MINUTES) / SNAP_MINUTES) * SNAP_MINUTES
            minutes = max(minutes, min(shortest, 0))
        if minutes != self._drag_minutes:
            self._drag_minutes = minutes
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.current is not None and self._drag_minutes:
            (self.resized if self._resizing else self.moved).emit(self.current, self._drag_minutes)
        self._press = None
        self._resizing = False
        self._drag_minutes = 0
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self._block_at(point)
        if block is not None:
            self.edit_requested.emit(block.item.id)
            return
        if point.y() > HEADER:
            minutes = (point.y() - HEADER) * 60 / self.hour_px
            minutes = int(minutes // 30 * 30) + self.first_hour * 60
            moment = self._day_start + timedelta(minutes=minutes)
            self.new_requested.emit(to_local(moment, self.zone).replace(tzinfo=None))
