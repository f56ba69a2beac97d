"""The small forms asked before a printed document is written.

Each holds only the choices of its document (badge layout and who gets one, kind of
list) plus the language the document is written in, which starts at the authority's
document language: a programme for a visiting delegation may be wanted in English
while the office works in French. The dialogs hold values the caller read from the
core; they never read the database themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.timezones import to_local
from coopdesk.core.values import AgendaItemView, ParticipantView
from coopdesk.gui import i18n

if TYPE_CHECKING:  # reportlab stays unloaded until the user prints something
    from coopdesk.core.documents.layouts import BadgeLayout


class DocumentDialog(QDialog):
    """A form with the document's own rows, then its language, then Save / Cancel."""

    def __init__(self, title: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(QCoreApplication.translate("DocumentDialog", "French"), "fr")
        self.language.addItem(QCoreApplication.translate("DocumentDialog", "English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("DocumentDialog", "&Save as PDF…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def finish_form(self) -> None:
        """Add the language row under the rows a subclass added."""
        self.form.addRow(
            QCoreApplication.translate("DocumentDialog", "&Language of the document:"),
            self.language,
        )

    def options(self) -> dict[str, Any]:
        """The keyword arguments of the core's render function."""
        return {"language": self.language.currentData()}


def language_dialog(title: str, language: str, parent: QWidget) -> DocumentDialog:
    """The form of a document whose only choice is its language (programme, tents)."""
    dialog = DocumentDialog(title, language, parent)
    dialog.finish_form()
    return dialog


def layout_title(layout: BadgeLayout) -> str:
    """The layout as the office knows it: its title in the interface language, else
    its file name with its sizes."""
    title = layout.title.get(i18n.language()) or layout.title.get("fr")
    if title:
        return title
    return (
        f"{layout.name} ({layout.badge_width:g} × {layout.badge_height:g} mm, ×{layout.per_page})"
    )


class BadgeDialog(DocumentDialog):
    """Layout, who gets a badge (everyone, the selection, or one to reprint) and the
    printing options."""

    def __init__(
        self,
        layouts: Sequence[BadgeLayout],
        people: Sequence[ParticipantView],
        selected: Sequence[int],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Badges"), language, parent)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layout")
        for layout in layouts:
            self.layout_choice.addItem(layout_title(layout), layout.name)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData("a6"), 0))
        coming = {p.id for p in people}
        self.selected = [i for i in selected if i in coming]
        self.everyone = QRadioButton(
            self.tr("&All participants (%1)").replace("%1", str(len(people)))
        )
        self.chosen = QRadioButton(
            self.tr("Those &selected in the Participants tab (%1)").replace(
                "%1", str(len(self.selected))
            )
        )
        self.chosen.setEnabled(bool(self.selected))
        self.one = QRadioButton(self.tr("&One badge to reprint:"))
        self.person = QComboBox()
        self.person.setObjectName("person")
        for p in people:
            self.person.addItem(f"{p.last_name.upper()} {p.first_name}", p.id)
        self.person.setEnabled(False)
        self.one.toggled.connect(self.person.setEnabled)
        self.who = QButtonGroup(self)
        for button in (self.everyone, self.chosen, self.one):
            self.who.addButton(button)
        (self.chosen if self.selected else self.everyone).setChecked(True)
        self.back = QCheckBox(self.tr("Print the &back too (duplex)"))
        self.cut_marks = QCheckBox(self.tr("&Cut marks"))
        self.qr = QCheckBox(self.tr("&QR code (the participant's reference)"))
        self.qr.setChecked(True)
        self.form.addRow(self.tr("La&yout:"), self.layout_choice)
        self.form.addRow(self.tr("Badges for:"), self.everyone)
        self.form.addRow("", self.chosen)
        self.form.addRow("", self.one)
        self.form.addRow("", self.person)
        self.form.addRow(self.tr("Options:"), self.back)
        self.form.addRow("", self.cut_marks)
        self.form.addRow("", self.qr)
        self.finish_form()

    def participation_ids(self) -> list[int] | None:
        """The participations to print; None for everyone who comes."""
        if self.one.isChecked():
            return [int(self.person.currentData())]
        if self.chosen.isChecked():
            return list(self.selected)
        return None

    def options(self) -> dict[str, Any]:
        return super().options() | {
            "layout": self.layout_choice.currentData(),
            "participation_ids": self.participation_ids(),
            "back": self.back.isChecked(),
            "cut_marks": self.cut_marks.isChecked(),
            "qr": self.qr.isChecked(),
        }


def list_kinds() -> dict[str, str]:
    """The printed lists, by ``ListKind`` value, named as the office names them."""
    return {
        "participants": QCoreApplication.translate("ListDialog", "Participants in protocol order"),
        "by-organisation": QCoreApplication.translate("ListDialog", "Participants by organisation"),
        "by-category": QCoreApplication.translate("ListDialog", "Participants by category"),
        "arrivals": QCoreApplication.translate("ListDialog", "Arrivals and departures"),
        "rooming": QCoreApplication.translate("ListDialog", "Rooming list by hotel"),
        "sign-in": QCoreApplication.translate("ListDialog", "Sign-in sheet for an agenda item"),
    }


def item_text(item: AgendaItemView) -> str:
    """An agenda item as a line of a choice: day, local time and title."""
    start = to_local(item.starts_at, item.timezone)
    return f"{i18n.fmt_date(start.date())} {i18n.fmt_time(start)} – {item.title}"


class ListDialog(DocumentDialog):
    """Which list; for a sign-in sheet, which agenda item."""

    def __init__(
        self, items: Sequence[AgendaItemView], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Participant lists"), language, parent)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for value, title in list_kinds().items():
            self.kind.addItem(title, value)
        self.item = QComboBox()
        self.item.setObjectName("item")
        for item in items:
            self.item.addItem(item_text(item), item.id)
        self.no_items = QLabel(self.tr("This event has no agenda items yet."))
        self.form.addRow(self.tr("&List:"), self.kind)
        self.form.addRow(self.tr("Agenda &item:"), self.item)
        self.form.addRow("", self.no_items)
        self.finish_form()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        sign_in = self.kind.currentData() == "sign-in"
        self.item.setEnabled(sign_in and self.item.count() > 0)
        self.no_items.setVisible(sign_in and self.item.count() == 0)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not sign_in or self.item.count() > 0)

    def title(self) -> str:
        """The list's name for the notice and the file; a sign-in sheet names its item."""
        if self.kind.currentData() != "sign-in":
            return self.kind.currentText()
        item = self.item.currentText().split(" – ", 1)[-1]
        return self.tr("Sign-in sheet – %1").replace("%1", item)

    def options(self) -> dict[str, Any]:
        sign_in = self.kind.currentData() == "sign-in"
        return super().options() | {
            "kind": self.kind.currentData(),
            "item_id": self.item.currentData() if sign_in else None,
        }
