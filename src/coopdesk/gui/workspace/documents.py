"""Documents tab: where the exports of an event plug in.

Each export is one :class:`Export` entry; the calendar (iCal), documents (badges,
lists, programme) and import modules are being built in ``coopdesk.core``. Until an
export has an ``action``, its button is disabled and says it is not available yet —
wiring one later means writing a single ``action(db, event, parent)`` function and
setting it on its entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.values import EventView
from coopdesk.gui.icons import icon

ExportAction = Callable[[Database, EventView, QWidget], None]


@dataclass(frozen=True)
class Export:
    """One document or file the office produces for an event."""

    key: str
    title: str
    description: str
    icon: str
    action: ExportAction | None = None


def exports() -> list[Export]:
    """The exports of an event, in the order the office usually needs them."""
    return [
        Export(
            "ical",
            QCoreApplication.translate("Documents", "Calendar entries (.ics)"),
            QCoreApplication.translate(
                "Documents", "The programme for Outlook and phones, with local and Paris times."
            ),
            "calendar",
        ),
        Export(
            "personal_ical",
            QCoreApplication.translate("Documents", "Personal agendas (.ics)"),
            QCoreApplication.translate(
                "Documents", "Each participant's own items, for their calendar."
            ),
            "person",
        ),
        Export(
            "programme",
            QCoreApplication.translate("Documents", "Programme (PDF)"),
            QCoreApplication.translate(
                "Documents",
                "The visit programme in French and English, with exact times and places.",
            ),
            "document",
        ),
        Export(
            "badges",
            QCoreApplication.translate("Documents", "Badges and name tents (PDF)"),
            QCoreApplication.translate(
                "Documents", "Badges coloured by category, both forms of each name; name tents."
            ),
            "person",
        ),
        Export(
            "lists",
            QCoreApplication.translate("Documents", "Participant lists (PDF, Excel)"),
            QCoreApplication.translate(
                "Documents", "Protocol order, by organisation, sign-in sheets per workshop."
            ),
            "list",
        ),
        Export(
            "rooming",
            QCoreApplication.translate("Documents", "Rooming and arrival lists (PDF, Excel)"),
            QCoreApplication.translate("Documents", "For hotels and drivers."),
            "bed",
        ),
        Export(
            "import",
            QCoreApplication.translate("Documents", "Import participants (CSV, Excel)"),
            QCoreApplication.translate(
                "Documents",
                "Registration exports, every bad row shown before anything is imported.",
            ),
            "export",
        ),
    ]


class DocumentsTab(QWidget):
    """Buttons for the exports; those not built yet are disabled and say so."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_view: EventView | None = None
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        for row, export in enumerate(exports()):
            button = QPushButton(icon(export.icon), export.title)
            button.setMinimumWidth(300)
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
            button.setEnabled(export.action is not None)
            if export.action is not None:
                action = export.action
                button.clicked.connect(lambda _=False, a=action: self._run(a))
            self.buttons[export.key] = button
            text = export.description
            if export.action is None:
                text += " <i>" + self.tr("Not yet available.") + "</i>"
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        grid.setRowStretch(len(self.buttons), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Exports of this event. Those marked “not yet available” are being built; "
                "nothing is produced until they are."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)

    def load(self, event: EventView) -> None:
        self.event_view = event

    def _run(self, action: ExportAction) -> None:
        if self.event_view is not None:
            action(self.db, self.event_view, self)
