"""The icon set: 24 px outline SVGs in ``resources/icons``, drawn in the palette's text colour.

Each icon is rendered by QtSvg into pixmaps from 16 to 64 device pixels (so it stays
crisp on high-DPI screens) in the current palette's text colour, normal and disabled,
so it follows dark mode. :func:`application_icon` is coopdesk's own icon, in colour
(``resources/icons/app/coopdesk.svg``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

SIZES = (16, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str:
    return (resources.files("coopdesk.resources") / "icons" / f"{name}.svg").read_text("utf-8")


def _pixmap(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    result = QIcon()
    for mode, tint in ((QIcon.Mode.Normal, color), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", tint).encode()))
        for size in SIZES:
            result.addPixmap(_pixmap(renderer, size), mode)
    return result


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (in ``color``, else the text colour)."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, color or text, disabled)


# The application icon (window, task bar, About), in its own colours: not one of the
# outline icons above.
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128)  # drawn at start: bigger ones scale from 128


@cache
def _renderer() -> QSvgRenderer:
    svg = resources.files("coopdesk.resources") / "icons" / "app" / "coopdesk.svg"
    return QSvgRenderer(QByteArray(svg.read_bytes()))


def application_pixmap(size: int) -> QPixmap:
    """The application icon drawn at ``size`` pixels."""
    return _pixmap(_renderer(), size)


@cache
def application_icon() -> QIcon:
    """The application icon (window, task bar), from ``resources/icons/app/coopdesk.svg``."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addPixmap(application_pixmap(size))
    return result
