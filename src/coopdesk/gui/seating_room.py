"""The room of a table plan drawn to scale: tables and their seats, each seat showing its
guest, the view where a guest is dragged from seat to seat (or in from the list of
those not yet seated) and a table moved by its top.

The window around it, and every change it asks for, is in :mod:`coopdesk.gui.seating`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QListWidget,
)

from coopdesk.core import seating as geometry
from coopdesk.core.services import seating
from coopdesk.core.services.seating import PlanView

SCALE = 60.0  # pixels per metre
MIME = "application/x-coopdesk-participation"


class SeatItem(QGraphicsEllipseItem):
    """One seat: a disc with its number, and the guest's name beside it."""

    RADIUS = 0.2 * SCALE

    def __init__(self, table_id: int, number: int, x: float, y: float) -> None:
        r = self.RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.table_id = table_id
        self.number = number
        self.participation_id: int | None = None
        self.setPos(x, y)
        self.setBrush(QBrush(QColor("#E6E6E6")))
        self.setPen(QPen(QColor("#888888"), 1))
        self.setAcceptDrops(True)
        label = QGraphicsSimpleTextItem(str(number), self)
        font = QFont()
        font.setPointSizeF(7)
        label.setFont(font)
        rect = label.boundingRect()
        label.setPos(-rect.width() / 2, -rect.height() / 2)
        self.name = ""
        self.name_item = QGraphicsTextItem(self)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.name_item.document().setDefaultTextOption(option)
        self.name_item.document().setDocumentMargin(0)

    def show_guest(self, seat: seating.SeatView | None, fx: float, fy: float, width: float) -> None:
        """Show who sits here; the name, ``width`` wide at most, outside the table."""
        self.participation_id = seat.participation_id if seat else None
        text = ""
        if seat is not None:
            text = seat.display_name or (seat.native_name or "")
            if seat.pinned:
                text = "📌 " + text
        self.name = text
        font = QFont()
        font.setBold(bool(seat and seat.host))
        self.name_item.setTextWidth(width)
        self.name_item.setPlainText(text)
        # Smaller until the longest word fits the place's width.
        size = 6.5
        while True:
            font.setPointSizeF(size)
            self.name_item.setFont(font)
            if size <= 3.5 or self.name_item.document().idealWidth() <= width + 0.5:
                break
            size -= 0.25
        colour = "#F4D7A8" if seat and seat.host else "#CFE3F5" if seat else "#E6E6E6"
        if seat is not None and seat.declined:
            colour = "#F2B8B5"
        self.setBrush(QBrush(QColor(colour)))
        rect = self.name_item.boundingRect()
        gap = self.RADIUS + 2
        # Outside the table: opposite to where the guest faces (scene y grows down).
        cx = -fx * (gap + rect.width() / 2)
        cy = fy * (gap + rect.height() / 2)
        self.name_item.setPos(cx - rect.width() / 2, cy - rect.height() / 2)


class PlanScene(QGraphicsScene):
    """The room: every table and seat to scale (``SCALE`` pixels per metre)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.seats: dict[tuple[int, int], SeatItem] = {}
        self.table_items: dict[int, list[Any]] = {}

    def show_plan(self, plan: PlanView) -> None:
        self.clear()
        self.seats = {}
        self.table_items = {}
        at = {(s.table_id, s.seat): s for s in plan.seats}
        for table in plan.tables:
            mine: list[Any] = []
            self.table_items[table.id] = mine
            lay = geometry.layout(table.shape, table.seats, plan.style)
            ox, oy = table.x * SCALE, table.y * SCALE
            fill = QBrush(QColor("#F4EFE6" if table.honour else "#FFFFFF"))
            pen = QPen(QColor("#333333"), 1.5)
            for rx, ry, rw, rh in lay.outline.rects:
                path = QPainterPath()
                rect = QRectF(ox + rx * SCALE, oy - (ry + rh) * SCALE, rw * SCALE, rh * SCALE)
                if lay.outline.ellipse_ends:
                    path.addRoundedRect(rect, rh * SCALE / 2, rh * SCALE / 2)
                else:
                    path.addRect(rect)
                item = QGraphicsPathItem(path)
                item.setBrush(fill)
                item.setPen(pen)
                item.setData(0, table.id)
                self.addItem(item)
                mine.append(item)
            for cx, cy, r in lay.outline.circles:
                disc = self.addEllipse(
                    ox + (cx - r) * SCALE, oy - (cy + r) * SCALE, 2 * r * SCALE, 2 * r * SCALE
                )
                disc.setBrush(fill)
                disc.setPen(pen)
                disc.setData(0, table.id)
                mine.append(disc)
            label = QGraphicsSimpleTextItem(f"Table {table.label}")
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            if lay.outline.rects:
                rx, ry, rw, rh = lay.outline.rects[0]
                centre = QPointF(ox + (rx + rw / 2) * SCALE, oy - (ry + rh / 2) * SCALE)
            else:
                centre = QPointF(ox, oy)
            rect = label.boundingRect()
            label.setPos(centre.x() - rect.width() / 2, centre.y() - rect.height() / 2)
            label.setData(0, table.id)
            self.addItem(label)
            mine.append(label)
            for place in lay.seats:
                seat = SeatItem(table.id, place.number, ox + place.x * SCALE, oy - place.y * SCALE)
                along = abs(place.fy) > 0.9 and table.shape is not geometry.Shape.ROUND
                width = geometry.PITCH * SCALE * (0.98 if along else 1.6)
                seat.show_guest(at.get((table.id, place.number)), place.fx, place.fy, width)
                self.addItem(seat)
                self.seats[(table.id, place.number)] = seat
                mine.append(seat)

    def table_at(self, point: QPointF) -> int | None:
        """The table whose top, disc or name is at ``point``."""
        for item in self.items(point):
            while item is not None and item.data(0) is None and item.parentItem() is not None:
                item = item.parentItem()
            if item is not None and item.data(0) is not None:
                return int(item.data(0))
            if isinstance(item, SeatItem):
                return item.table_id
        return None

    def seat_at(self, point: QPointF) -> SeatItem | None:
        for item in self.items(point):
            while item is not None and not isinstance(item, SeatItem):
                item = item.parentItem()
            if isinstance(item, SeatItem):
                return item
        return None


class PlanGraphicsView(QGraphicsView):
    """The plan: drag a guest from one seat to another, or in from the list."""

    dropped = Signal(int, int, int)  # participation id, table id, seat
    selected = Signal(object)  # SeatItem or None
    table_moved = Signal(int, float, float)  # table id, metres right, metres down
    menu_requested = Signal(object, object, object)  # SeatItem, table id, global point

    def __init__(self, scene: PlanScene) -> None:
        super().__init__(scene)
        self.plan_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAcceptDrops(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._pressed: SeatItem | None = None
        self._table_drag: tuple[int, QPointF, QPointF] | None = None
        self.current: SeatItem | None = None

    def mousePressEvent(self, event: Any) -> None:
        point = self.mapToScene(event.position().toPoint())
        seat = self.plan_scene.seat_at(point)
        self._pressed = seat if seat is not None and seat.participation_id else None
        self.select_seat(seat)
        self._table_drag = None
        if seat is None and event.button() == Qt.MouseButton.LeftButton:
            table_id = self.plan_scene.table_at(point)
            if table_id is not None:
                # A table is moved in the room by dragging its top.
                self._table_drag = (table_id, point, point)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        point = self.mapToScene(event.pos())
        seat = self.plan_scene.seat_at(point)
        if seat is not None:
            self.select_seat(seat)
        table_id = seat.table_id if seat is not None else self.plan_scene.table_at(point)
        self.menu_requested.emit(seat, table_id, event.globalPos())

    def select_seat(self, seat: SeatItem | None) -> None:
        if self.current is not None and self.current.scene() is self.plan_scene:
            self.current.setPen(QPen(QColor("#888888"), 1))
        self.current = seat
        if seat is not None:
            seat.setPen(QPen(QColor("#1565C0"), 3))
        self.selected.emit(seat)

    def mouseMoveEvent(self, event: Any) -> None:
        if self._table_drag is not None:
            table_id, start, last = self._table_drag
            now = self.mapToScene(event.position().toPoint())
            for item in self.plan_scene.table_items.get(table_id, []):
                item.moveBy(now.x() - last.x(), now.y() - last.y())
            self._table_drag = (table_id, start, now)
            return
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            pid = self._pressed.participation_id
            self._pressed = None
            if pid is not None:
                drag = QDrag(self)
                data = QMimeData()
                data.setData(MIME, str(pid).encode())
                drag.setMimeData(data)
                drag.exec(Qt.DropAction.MoveAction)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        self._pressed = None
        if self._table_drag is not None:
            table_id, start, last = self._table_drag
            self._table_drag = None
            self.unsetCursor()
            dx, dy = (last.x() - start.x()) / SCALE, (last.y() - start.y()) / SCALE
            if abs(dx) > 0.05 or abs(dy) > 0.05:
                self.table_moved.emit(table_id, dx, dy)
                return
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        seat = self.plan_scene.seat_at(self.mapToScene(event.position().toPoint()))
        if event.mimeData().hasFormat(MIME) and seat is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:
        seat = self.plan_scene.seat_at(self.mapToScene(event.position().toPoint()))
        if seat is None or not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        pid = int(bytes(event.mimeData().data(MIME).data()).decode())
        event.acceptProposedAction()
        self.dropped.emit(pid, seat.table_id, seat.number)

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
        else:
            super().wheelEvent(event)


class UnseatedList(QListWidget):
    """Who is not yet seated, in protocol order; drag a name onto a seat."""

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME]
