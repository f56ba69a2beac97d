"""A quiet line that says where a file was saved, with a button to open its folder.

Exports end with this notice rather than a dialog to click away: the officer sees
the path, can open the folder (to attach the file to a mail) or simply go on. For a
PDF it also offers to open it in the system's viewer and to preview and print it,
and lists what could not be printed as asked (a name in a script no font holds).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.gui.crash import show_error
from coopdesk.gui.icons import icon


class SavedNotice(QFrame):
    """Hidden until :meth:`show_saved`; the close button hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.folder: Path | None = None
        self.file: Path | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # titles and paths as typed
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet("color: #9a4d00;")
        self.open_button = QPushButton(icon("folder"), self.tr("Open the &folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton(icon("document"), self.tr("O&pen"))
        self.open_file_button.setToolTip(self.tr("Open the document in the PDF viewer"))
        self.open_file_button.clicked.connect(self.open_file)
        self.print_button = QPushButton(icon("print"), self.tr("Pr&int…"))
        self.print_button.setToolTip(self.tr("Look at the pages, then print them"))
        self.print_button.clicked.connect(self.preview)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Hide this message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.text)
        texts.addWidget(self.warnings)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_file_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_saved(self, message: str, path: Path, warnings: Sequence[str] = ()) -> None:
        """Show ``message`` and remember the folder of ``path`` (or ``path`` itself
        when it is a folder) for the button; a PDF gets Open and Print… too, and the
        ``warnings`` of its writing are listed under the message."""
        self.folder = path if path.is_dir() else path.parent
        self.file = path if path.suffix.lower() == ".pdf" else None
        self.text.setText(message)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.open_file_button.setVisible(self.file is not None)
        self.print_button.setVisible(self.file is not None)
        self.open_button.setVisible(True)
        self.show()

    def show_message(self, message: str) -> None:
        """Show ``message`` alone: no file, so no button but the close one."""
        self.folder = self.file = None
        self.text.setText(message)
        self.warnings.setVisible(False)
        for button in (self.open_file_button, self.print_button, self.open_button):
            button.setVisible(False)
        self.show()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def open_file(self) -> None:
        """The PDF in the system's viewer (which can print it too)."""
        if self.file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.file)))

    def preview(self) -> None:
        """The pages in the preview dialog, whose Print… asks for a printer."""
        if self.file is None:
            return
        from coopdesk.gui.pdf_preview import PreviewDialog  # pypdfium2 when needed only

        try:
            dialog = PreviewDialog(self.file, self)
        except Exception as exc:  # the file was moved or damaged since it was written
            show_error(self, exc)
            return
        dialog.exec()
        dialog.deleteLater()


def report_message(widget: QWidget, message: str) -> bool:
    """Show ``message`` alone in the nearest notice, as :func:`report_saved` finds it;
    whether there was one."""
    current: QWidget | None = widget
    while current is not None:
        found = current.findChild(SavedNotice)
        if found is not None:
            found.show_message(message)
            return True
        current = current.parentWidget()
    return False


def report_saved(widget: QWidget, message: str, path: Path, warnings: Sequence[str] = ()) -> None:
    """Show ``message`` in the notice of ``widget`` or of the nearest parent with one
    (the Documents tab, the person page)."""
    current: QWidget | None = widget
    while current is not None:
        found = current.findChild(SavedNotice)
        if found is not None:
            found.show_saved(message, path, warnings)
            return
        current = current.parentWidget()
