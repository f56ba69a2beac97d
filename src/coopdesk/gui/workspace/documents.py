"""Documents tab: where the exports of an event plug in.

Each export is one :class:`Export` entry, shown under its group (calendars, lists,
printed documents), whose ``action(db, event, parent)`` does the work (see
:mod:`coopdesk.gui.exports` and :mod:`coopdesk.gui.pdf_exports`). Actions report
where they saved in the tab's notice. The badges ask the tab which participants are
selected in the Participants tab (:attr:`DocumentsTab.selected_participants`).
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
from coopdesk.gui import exports as actions
from coopdesk.gui import pdf_exports as pdf
from coopdesk.gui.icons import icon
from coopdesk.gui.notice import SavedNotice

ExportAction = Callable[[Database, EventView, QWidget], None]


@dataclass(frozen=True)
class Export:
    """One document or file the office produces for an event."""

    key: str
    group: str
    title: str
    description: str
    icon: str
    action: ExportAction


def exports() -> list[Export]:
    """The exports of an event, by group, in the order the office usually needs them."""
    calendars = QCoreApplication.translate("Documents", "Calendars")
    lists = QCoreApplication.translate("Documents", "Lists (Excel or CSV)")
    printed = QCoreApplication.translate("Documents", "Printed documents")
    titles = actions.list_titles()
    return [
        Export(
            "ical",
            calendars,
            QCoreApplication.translate("Documents", "Programme calendar (.ics)"),
            QCoreApplication.translate(
                "Documents",
                "The whole programme for Outlook and phones, at the local time of each place.",
            ),
            "calendar",
            actions.save_programme_calendar,
        ),
        Export(
            "personal_ical",
            calendars,
            QCoreApplication.translate("Documents", "Personal agendas (.ics)"),
            QCoreApplication.translate(
                "Documents",
                "A folder with one file per participant, holding only their own items "
                "(none for those who declined).",
            ),
            "person",
            actions.save_personal_agendas,
        ),
        Export(
            "list_participants",
            lists,
            titles["participants"],
            QCoreApplication.translate(
                "Documents",
                "Every participant with every column, in protocol order; a partner can "
                "complete it and send it back for import.",
            ),
            "list",
            actions.list_export("participants"),
        ),
        Export(
            "list_organisations",
            lists,
            titles["organisations"],
            QCoreApplication.translate("Documents", "Participants grouped by organisation."),
            "people",
            actions.list_export("organisations"),
        ),
        Export(
            "list_arrivals",
            lists,
            titles["arrivals"],
            QCoreApplication.translate("Documents", "By day at local time, for drivers and hosts."),
            "arrival",
            actions.list_export("arrivals"),
        ),
        Export(
            "list_rooming",
            lists,
            titles["rooming"],
            QCoreApplication.translate("Documents", "One sheet per hotel, as hotels expect it."),
            "bed",
            actions.list_export("rooming"),
        ),
        Export(
            "programme",
            printed,
            QCoreApplication.translate("Documents", "Programme (PDF)"),
            QCoreApplication.translate(
                "Documents",
                "The visit programme in French or English, with exact times and places.",
            ),
            "document",
            pdf.save_programme,
        ),
        Export(
            "badges",
            printed,
            QCoreApplication.translate("Documents", "Badges (PDF)"),
            QCoreApplication.translate(
                "Documents",
                "Badges coloured by category, both forms of each name, on the label sheets "
                "or cards you choose; everyone, a selection or one reprint.",
            ),
            "badge",
            pdf.save_badges,
        ),
        Export(
            "tents",
            printed,
            QCoreApplication.translate("Documents", "Name tents (PDF)"),
            QCoreApplication.translate(
                "Documents", "One folded A4 tent per participant, for the meeting table."
            ),
            "tent",
            pdf.save_tents,
        ),
        Export(
            "lists",
            printed,
            QCoreApplication.translate("Documents", "Participant lists (PDF)"),
            QCoreApplication.translate(
                "Documents",
                "Protocol order, by organisation or category, arrivals and departures, "
                "rooming by hotel, sign-in sheets per agenda item.",
            ),
            "list",
            pdf.save_list,
        ),
    ]


class DocumentsTab(QWidget):
    """A button per export, with what it produces beside it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_view: EventView | None = None
        # Participation ids selected in the Participants tab (set by the workspace).
        self.selected_participants: Callable[[], list[int]] = list
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        group = ""
        row = 0
        for export in exports():
            if export.group != group:
                group = export.group
                heading = QLabel(f"<b>{group}</b>")
                heading.setContentsMargins(0, 8 if row else 0, 0, 0)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            button = QPushButton(icon(export.icon), export.title)
            button.setMinimumWidth(330)
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
            button.clicked.connect(lambda _=False, a=export.action: self._run(a))
            self.buttons[export.key] = button
            label = QLabel(export.description)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
            row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.notice = SavedNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)

    def load(self, event: EventView) -> None:
        self.event_view = event
        self.notice.hide()
        language = actions.document_language(self.db)
        self.intro.setText(
            self.tr(
                "Files are written in %1, the document language chosen in the settings; "
                "printed documents let you choose another."
            ).replace("%1", self.tr("English") if language == "en" else self.tr("French"))
        )

    def _run(self, action: ExportAction) -> None:
        if self.event_view is not None:
            action(self.db, self.event_view, self)
