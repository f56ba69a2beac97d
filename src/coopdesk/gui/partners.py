"""Partners: partner territories with their partnerships, agreements and events."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import OrganisationKind
from coopdesk.core.folding import words_match
from coopdesk.core.services import events, organisations, partnerships
from coopdesk.core.services.partnership_removal import (
    remove_agreement,
    remove_partnership,
)
from coopdesk.core.values import AgreementView, PartnershipView
from coopdesk.gui import i18n
from coopdesk.gui.forms.fields import ask_yes_no
from coopdesk.gui.forms.partnership_dialog import AgreementDialog, PartnershipDialog
from coopdesk.gui.forms.record_edit import changed_fields, edit_in_dialog
from coopdesk.gui.icons import icon
from coopdesk.gui.list_page import ListPane
from coopdesk.gui.models import ID_ROLE
from coopdesk.gui.tables import keeping_selection
from coopdesk.gui.tables import rows as table_rows
from coopdesk.gui.undo import Edits


class PartnersPage(QWidget):
    """Choose a partner territory; see how the authority works with it."""

    open_event = Signal(int)

    def __init__(
        self, db: Database, edits: Edits | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits if edits is not None else Edits(self)
        self.new_button = QPushButton(icon("add"), self.tr("&New partnership…"))
        self.new_button.clicked.connect(self.new_partnership)
        self.agreement_button = QPushButton(icon("document"), self.tr("Add a&greement…"))
        self.agreement_button.setToolTip(self.tr("A new agreement in the selected partnership"))
        self.agreement_button.clicked.connect(self.add_agreement)
        self.agreement_button.setEnabled(False)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Kind, date, themes and co-funders of the partnership"))
        self.edit_button.clicked.connect(self.edit_partnership)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the partnership with its agreements"))
        self.delete_button.clicked.connect(self.delete_partnership)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(False)
        self.agreements = QTableWidget(0, 3)
        self.agreements.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Signed"), self.tr("Forecast amount")]
        )
        self.agreements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agreements.verticalHeader().setVisible(False)
        self.agreements.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.agreements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agreements.setMaximumHeight(150)
        self.agreements.doubleClicked.connect(lambda _: self.edit_agreement())
        self.agreements.itemSelectionChanged.connect(self._agreement_chosen)
        self.agreements.setToolTip(self.tr("Double-click an agreement to edit it"))
        self.edit_agreement_button = QPushButton(icon("edit"), self.tr("Edit the agr&eement…"))
        self.edit_agreement_button.clicked.connect(self.edit_agreement)
        self.delete_agreement_button = QPushButton(
            icon("delete"), self.tr("Delete the agreemen&t…")
        )
        self.delete_agreement_button.clicked.connect(self.delete_agreement)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = QTableWidget(0, 3)
        self.events.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Dates"), self.tr("Status")]
        )
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.verticalHeader().setVisible(False)
        self.events.doubleClicked.connect(lambda i: self.open_event.emit(int(i.data(ID_ROLE))))
        self.events.setToolTip(self.tr("Double-click an event (or Enter) to open it"))
        self.events.horizontalHeader().setStretchLastSection(False)
        self.events_rows = table_rows(self.events, on_open=self._open_current_event, fill=(0, 200))
        table_rows(self.agreements, on_open=self.edit_agreement, on_delete=self.delete_agreement)
        table_rows(self.list, on_open=self.edit_partnership, on_delete=self.delete_partnership)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.card)
        layout.addWidget(QLabel("<b>" + self.tr("Agreements") + "</b>"))
        layout.addWidget(self.agreements)
        agreement_actions = QHBoxLayout()
        agreement_actions.addWidget(self.agreement_button)
        agreement_actions.addWidget(self.edit_agreement_button)
        agreement_actions.addWidget(self.delete_agreement_button)
        agreement_actions.addStretch(1)
        layout.addLayout(agreement_actions)
        layout.addWidget(QLabel("<b>" + self.tr("Events") + "</b>"))
        layout.addWidget(self.events, 1)
        left = ListPane(
            self.list,
            (self.new_button, self.edit_button, self.delete_button),
            search=self.tr("Search partners by name, country or theme"),
        )
        assert left.search is not None
        self.search = left.search
        left.searched.connect(lambda _: self.refresh())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 1000])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self._partnerships: dict[int, PartnershipView] = {}
        self._agreement_chosen()

    def _open_current_event(self) -> None:
        current = self.events.currentIndex()
        event_id = current.sibling(current.row(), 0).data(ID_ROLE)
        if event_id is not None:
            self.open_event.emit(int(event_id))

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current else None
        self.list.clear()
        self._partnerships = {p.id: p for p in partnerships.list_partnerships(self.db)}
        search = self.search.text().strip()
        for p in self._partnerships.values():
            if search and not words_match(search, (p.partner, p.partner_country, p.themes)):
                continue
            text = p.partner + (f" ({p.partner_country})" if p.partner_country else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
            if p.id == keep or (keep is None and self.list.count() == 1):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)  # the one shown was removed (an undo)
        if self.list.currentItem() is None:
            self.card.clear()
            self.events.setRowCount(0)
            self.agreements.setRowCount(0)
        chosen = self.list.currentItem() is not None
        for button in (self.agreement_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)
        self._agreement_chosen()

    def selected_partnership(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def select_partnership(self, partnership_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == partnership_id:
                self.list.setCurrentRow(row)
                return

    # --- edits -------------------------------------------------------------------------

    def new_partnership(self) -> None:
        state: dict[str, int] = {}
        partners = organisations.list_organisations(
            self.db, kind=OrganisationKind.FOREIGN_AUTHORITY
        )

        def save(values: dict[str, Any], cofunder_ids: list[int]) -> Any:
            name = next((o.name for o in partners if o.id == values.get("partner_id")), "")
            created = self.edits.perform(
                self.db,
                self.tr("New partnership with %1").replace("%1", name),
                lambda: partnerships.create_partnership(
                    self.db, cofunder_ids=cofunder_ids, **values
                ),
            )
            state["id"] = created.id
            return created

        dialog = PartnershipDialog(partners, organisations.list_organisations(self.db), save, self)
        if dialog.exec():
            self.refresh()
            self.select_partnership(state["id"])

    def add_agreement(self) -> None:
        partnership_id = self.selected_partnership()
        if partnership_id is None:
            return
        partner = self._partnerships[partnership_id].partner

        def save(values: dict[str, Any]) -> Any:
            return self.edits.perform(
                self.db,
                self.tr("New agreement %1").replace("%1", str(values.get("title", "")).strip()),
                lambda: partnerships.add_agreement(self.db, partnership_id, **values),
            )

        if AgreementDialog(partner, save, self).exec():
            self.refresh()
            self.select_partnership(partnership_id)

    def _current(self) -> PartnershipView | None:
        """The chosen partnership as it is now in the database."""
        partnership_id = self.selected_partnership()
        if partnership_id is None:
            return None
        found = next(
            (p for p in partnerships.list_partnerships(self.db) if p.id == partnership_id), None
        )
        if found is None:
            self.refresh()
        return found

    def edit_partnership(self) -> None:
        seen = self._current()
        if seen is None:
            return
        partners = organisations.list_organisations(
            self.db, kind=OrganisationKind.FOREIGN_AUTHORITY
        )
        dialog: PartnershipDialog | None = None

        def save(values: dict[str, Any], cofunder_ids: list[int]) -> Any:
            assert dialog is not None
            changes = changed_fields(dialog.loaded, values)
            cofunders = (
                None if sorted(cofunder_ids) == sorted(dialog.loaded_cofunders) else cofunder_ids
            )
            if not changes and cofunders is None:
                return seen
            return self.edits.perform(
                self.db,
                self.tr("Edit the partnership with %1").replace("%1", seen.partner),
                lambda: partnerships.update_partnership(self.db, seen.id, changes, seen, cofunders),
            )

        dialog = PartnershipDialog(
            partners, organisations.list_organisations(self.db), save, self, seen
        )
        if dialog.exec():
            self.refresh()
            self.select_partnership(seen.id)

    def delete_partnership(self) -> None:
        seen = self._current()
        if seen is None:
            return
        text = self.tr("Delete the partnership with %1?").replace("%1", seen.partner)
        if seen.agreements:
            text += "\n\n" + self.tr("Its agreements are deleted with it: %1.").replace(
                "%1", ", ".join(f"« {a.title} »" for a in seen.agreements)
            )
        text += "\n\n" + self.tr("The partner territory and its events are kept.")
        if not ask_yes_no(self, self.tr("Delete partnership"), text):
            return
        self.edits.perform_shown(
            self,
            self.db,
            self.tr("Delete the partnership with %1").replace("%1", seen.partner),
            lambda: remove_partnership(self.db, seen.id, seen),
        )
        self.refresh()

    def _agreement_chosen(self) -> None:
        chosen = self.selected_agreement() is not None
        self.edit_agreement_button.setEnabled(chosen)
        self.delete_agreement_button.setEnabled(chosen)

    def selected_agreement(self) -> AgreementView | None:
        rows = self.agreements.selectionModel().selectedRows()
        partnership_id = self.selected_partnership()
        if not rows or partnership_id is None or partnership_id not in self._partnerships:
            return None
        cell = self.agreements.item(rows[0].row(), 0)
        agreement_id = None if cell is None else cell.data(ID_ROLE)
        agreements = self._partnerships[partnership_id].agreements
        return next((a for a in agreements if a.id == agreement_id), None)

    def edit_agreement(self) -> None:
        seen = self.selected_agreement()
        partnership_id = self.selected_partnership()
        if seen is None or partnership_id is None:
            return
        if edit_in_dialog(
            self.db,
            self.edits,
            self.tr("Edit the agreement %1").replace("%1", seen.title),
            lambda these, view: partnerships.update_agreement(self.db, seen.id, these, view),
            seen,
            lambda save: AgreementDialog(
                self._partnerships[partnership_id].partner, save, self, seen
            ),
        ):
            self.refresh()
            self.select_partnership(partnership_id)

    def delete_agreement(self) -> None:
        seen = self.selected_agreement()
        if seen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete agreement"),
            self.tr("Delete the agreement “%1”?").replace("%1", seen.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.edits.perform_shown(
            self,
            self.db,
            self.tr("Delete the agreement %1").replace("%1", seen.title),
            lambda: remove_agreement(self.db, seen.id, seen),
        )
        self.refresh()

    def _show(self, item: QListWidgetItem | None) -> None:
        for button in (self.agreement_button, self.edit_button, self.delete_button):
            button.setEnabled(item is not None)
        if item is None:
            return
        p = self._partnerships[int(item.data(ID_ROLE))]
        parts = [
            f"<span style='font-size:13pt'><b>{html.escape(p.partner)}</b></span>",
            html.escape(i18n.enum_label(p.kind))
            + (
                " — " + i18n.fill(self.tr("since %1"), i18n.fmt_date(p.since, long=True))
                if p.since
                else ""
            ),
        ]
        if p.themes:
            parts.append(self.tr("Themes: %1").replace("%1", html.escape(p.themes)))
        if p.cofunders:
            parts.append(
                self.tr("Co-funders: %1").replace("%1", html.escape(", ".join(p.cofunders)))
            )
        self.card.setText("<br>".join(parts))
        with keeping_selection(self.agreements):
            self._fill_agreements(p)
        self._agreement_chosen()
        rows = events.list_events(self.db, partner_id=p.partner_id)
        with keeping_selection(self.events):
            self._fill_events(rows)
        with self.events_rows.sizing():
            self.events.resizeColumnToContents(1)
            self.events.resizeColumnToContents(2)
        self.events_rows.fit(measured=True)

    def _fill_agreements(self, p: PartnershipView) -> None:
        self.agreements.setRowCount(len(p.agreements))
        for r, a in enumerate(p.agreements):
            title = a.title + (f" — {a.purpose}" if a.purpose else "")
            for c, value in enumerate(
                (title, i18n.fmt_date(a.signature_date), i18n.fmt_money(a.forecast_amount))
            ):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, a.id)
                if c == 0:
                    cell.setToolTip(title)
                self.agreements.setItem(r, c, cell)

    def _fill_events(self, rows: list[Any]) -> None:
        self.events.setRowCount(len(rows))
        for r, e in enumerate(rows):
            values = [
                e.title,
                f"{i18n.fmt_date(e.start_date)} – {i18n.fmt_date(e.end_date)}",
                i18n.enum_label(e.status),
            ]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, e.id)
                self.events.setItem(r, c, cell)
