"""The list side of the Venues, People & organisations and Partners pages, made once: a
search field (searched in a moment as the user types, or at once on Enter), the
actions on the list in a row, and the list itself with the keyboard of
:mod:`coopdesk.gui.tables`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.gui.icons import icon

# How long typing may pause before the list is searched again (milliseconds).
SEARCH_DELAY = 150


class ListPane(QWidget):
    """A list (or lists in tabs) with, above it, an optional search field (with
    ``beside`` it, e.g. a "New…" button) and its action buttons. ``searched`` carries
    the text searched."""

    searched = Signal(str)

    def __init__(
        self,
        view: QWidget,
        buttons: Sequence[QAbstractButton],
        *,
        search: str | None = None,
        beside: Sequence[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search: QLineEdit | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY)
        self._timer.timeout.connect(self.search_now)
        if search is not None:
            self.search = QLineEdit()
            self.search.setPlaceholderText(search)
            self.search.setClearButtonEnabled(True)
            self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
            self.search.textChanged.connect(self._timer.start)
            self.search.returnPressed.connect(self.search_now)
            top = QHBoxLayout()
            top.addWidget(self.search, 1)
            for widget in beside:
                top.addWidget(widget)
            layout.addLayout(top)
            self.setFocusProxy(self.search)
        if buttons:
            actions = QHBoxLayout()
            for button in buttons:
                actions.addWidget(button)
            actions.addStretch(1)
            layout.addLayout(actions)
        layout.addWidget(view, 1)

    def text(self) -> str:
        """The text searched, trimmed ("" when there is no search field)."""
        return self.search.text().strip() if self.search is not None else ""

    def search_now(self) -> None:
        """Search now, not in a moment (after a text set by the page itself)."""
        self._timer.stop()
        self.searched.emit(self.text())
