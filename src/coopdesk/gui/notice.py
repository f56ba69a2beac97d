"""A quiet line that says where a file was saved, with a button to open its folder.

Exports end with this notice rather than a dialog to click away: the officer sees
the path, can open the folder (to attach the file to a mail) or simply go on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from coopdesk.gui.icons import icon


class SavedNotice(QFrame):
    """Hidden until :meth:`show_saved`; the close button hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.folder: Path | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icon("folder"), self.tr("Open the &folder"))
        self.open_button.clicked.connect(self.open_folder)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Hide this message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(close)
        self.hide()

    def show_saved(self, message: str, path: Path) -> None:
        """Show ``message`` and remember the folder of ``path`` (or ``path`` itself
        when it is a folder) for the button."""
        self.folder = path if path.is_dir() else path.parent
        self.text.setText(message)
        self.show()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def report_saved(widget: QWidget, message: str, path: Path) -> None:
    """Show ``message`` in the notice of ``widget`` or of the nearest parent with one
    (the Documents tab, the person page)."""
    current: QWidget | None = widget
    while current is not None:
        found = current.findChild(SavedNotice)
        if found is not None:
            found.show_saved(message, path)
            return
        current = current.parentWidget()
