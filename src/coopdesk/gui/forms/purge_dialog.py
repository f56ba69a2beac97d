"""Purge and erase personal data: the date before which guests' sensitive fields are
blanked, and confirmations that list the copies coopdesk made which still hold them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.services.privacy import HeldCopy, Outcome
from coopdesk.gui.forms.fields import date_edit


def default_cutoff(today: date | None = None) -> date:
    """1 January of the current year."""
    return date((today or date.today()).year, 1, 1)


class PurgeDialog(QDialog):
    """Says what is blanked and for whom; the window asks for a confirmation after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purge personal data"))
        explanation = QLabel(
            self.tr(
                "For every person whose last event ended before the date below, these "
                "fields are blanked: passport number and expiry, date of birth, "
                "nationality, dietary needs and accessibility needs. Their name, contact "
                "details and participations are kept. People registered to no event are left alone."
            )
        )
        explanation.setWordWrap(True)
        cutoff = default_cutoff()
        self.date = date_edit()
        self.date.setDate(QDate(cutoff.year, cutoff.month, cutoff.day))
        form = QFormLayout()
        form.addRow(self.tr("Last event ended &before"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Purge…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def cutoff(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())


# -- confirmations that say which of coopdesk's copies still hold the people ----------------


def _copy_lines(copies: Sequence[HeldCopy]) -> str:
    kinds = {
        "upgrade": QCoreApplication.translate("PrivacyDialogs", "copy made before an upgrade"),
        "restore": QCoreApplication.translate("PrivacyDialogs", "copy made before a restore"),
        "backup": QCoreApplication.translate("PrivacyDialogs", "backup"),
    }
    unread = QCoreApplication.translate("PrivacyDialogs", "unreadable: check it by hand")
    return "\n".join(
        f"• {c.path.name} ({kinds.get(c.kind, kinds['backup'])}"
        + ("" if c.readable else f", {unread}")
        + ")"
        for c in copies
    )


def confirm(
    parent: QWidget | None, title: str, question: str, copies: Sequence[HeldCopy]
) -> tuple[bool, bool]:
    """Ask ``question``; below it, the copies coopdesk made that still hold the data,
    with a box (ticked) to clean them too. Returns (confirmed, clean the copies)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(question)
    check: QCheckBox | None = None
    if copies:
        box.setInformativeText(
            QCoreApplication.translate(
                "PrivacyDialogs", "Copies made by coopdesk that still hold this data: %1"
            ).replace("%1", str(len(copies)))
            + "\n"
            + _copy_lines(copies)
            + "\n\n"
            + QCoreApplication.translate(
                "PrivacyDialogs",
                "Backups kept elsewhere (USB sticks, file servers) are not searched: "
                "handle them by hand.",
            )
        )
        box.setDetailedText("\n".join(str(c.path) for c in copies))
        check = QCheckBox(
            QCoreApplication.translate("PrivacyDialogs", "Also take this data out of these copies")
        )
        check.setChecked(True)
        box.setCheckBox(check)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    confirmed = box.clickedButton() is yes
    return confirmed, confirmed and check is not None and check.isChecked()


def outcome_note(outcome: Outcome, cleaned: Sequence[Path]) -> str:
    """What the user should know after an erasure or a purge, in sentences."""
    parts = []
    if cleaned:
        parts.append(
            QCoreApplication.translate("PrivacyDialogs", "Copies cleaned: %1").replace(
                "%1", str(len(cleaned))
            )
        )
    left = [c for c in outcome.copies if c.path not in set(cleaned)]
    if left:
        parts.append(
            QCoreApplication.translate(
                "PrivacyDialogs", "Copies made by coopdesk that still hold this data: %1"
            ).replace("%1", str(len(left)))
        )
    if not outcome.compacted:
        parts.append(
            QCoreApplication.translate(
                "PrivacyDialogs",
                "Another window was reading the database: its log is emptied at the next "
                "erasure or when the last window closes.",
            )
        )
    if outcome.vacuum_advised:
        parts.append(
            QCoreApplication.translate(
                "PrivacyDialogs",
                "PostgreSQL keeps old row versions in its files until the next VACUUM: ask "
                "the server's administrator for “VACUUM FULL person, participation, "
                "agenda_attendee, change_log” (or run “coopdesk privacy … --vacuum”).",
            )
        )
    return " ".join(parts)
