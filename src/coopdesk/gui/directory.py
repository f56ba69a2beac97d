"""People & organisations: the directory (paged, searched in SQL) and a person's page
with every event they took part in and their personal agenda in a chosen event."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.services import (
    agenda,
    organisations,
    partnerships,
    people,
    privacy,
)
from coopdesk.core.services.person_merge import likely_duplicates
from coopdesk.core.timezones import to_local
from coopdesk.core.values import PersonView
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.exports import ask_save_path, file_stem, save_person_agenda
from coopdesk.gui.flow import FlowLayout
from coopdesk.gui.forms.organisation_dialog import OrganisationDialog
from coopdesk.gui.icons import icon
from coopdesk.gui.list_page import ListPane
from coopdesk.gui.models import ID_ROLE, PeopleModel
from coopdesk.gui.notice import SavedNotice
from coopdesk.gui.pdf_exports import save_person_programme
from coopdesk.gui.person_editor import edit_person, merge_into, new_person, person_name
from coopdesk.gui.tables import keeping_selection, select_id, selected_id
from coopdesk.gui.tables import rows as table_rows
from coopdesk.gui.undo import Edits


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _title_stretches(table: QTableWidget, *titles: int) -> None:
    """The ``titles`` columns share the room left; the others fit their contents, so
    dates, roles, times and statuses are read whole."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(
            column, mode.Stretch if column in titles else mode.ResizeToContents
        )


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int] | None = None) -> None:
    with keeping_selection(table):
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if ids is not None:
                    item.setData(ID_ROLE, ids[r])
                table.setItem(r, c, item)


class PersonPage(QWidget):
    """One person: who they are, their events, their agenda in a chosen event."""

    open_event = Signal(int)
    erased = Signal(int)
    merged = Signal(int)

    def __init__(
        self, db: Database, edits: Edits | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits if edits is not None else Edits(self)
        self.person_id: int | None = None
        self.card = QLabel(self.tr("Choose a person in the list."))
        self.card.setWordWrap(True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = _table(
            [self.tr("Event"), self.tr("Dates"), self.tr("Role"), self.tr("Status")]
        )
        self.events.doubleClicked.connect(
            lambda index: self.open_event.emit(int(index.data(ID_ROLE)))
        )
        self.events.setToolTip(self.tr("Double-click an event (or Enter) to open it"))
        table_rows(self.events, on_open=self._open_current_event)
        self.agenda_event = QComboBox()
        self.agenda_event.currentIndexChanged.connect(self._show_agenda)
        self.agenda = _table([self.tr("Day"), self.tr("Time"), self.tr("Item"), self.tr("Venue")])
        self.export_button = QPushButton(icon("calendar"), self.tr("E&xport this agenda (.ics)…"))
        self.export_button.setToolTip(
            self.tr("This person's items in the chosen event, for their calendar")
        )
        self.export_button.clicked.connect(self.export_agenda)
        self.export_button.setEnabled(False)
        self.programme_button = QPushButton(icon("document"), self.tr("Personal &programme (PDF)…"))
        self.programme_button.setToolTip(
            self.tr("This person's programme in the chosen event, ready to print")
        )
        self.programme_button.clicked.connect(self.export_programme)
        self.programme_button.setEnabled(False)
        self.export_data_button = QPushButton(
            icon("export"), self.tr("Export this person's &data…")
        )
        self.export_data_button.setToolTip(
            self.tr("Everything held about this person, as a JSON file (subject access request)")
        )
        self.export_data_button.clicked.connect(self.export_data)
        self.erase_button = QPushButton(icon("delete"), self.tr("&Erase this person…"))
        self.erase_button.setToolTip(
            self.tr("Right to erasure: remove this person for good, with their participations")
        )
        self.erase_button.clicked.connect(self.erase)
        # Wired by the directory page, which asks first and makes it one undoable edit.
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete the rec&ord…"))
        self.delete_button.setToolTip(
            self.tr(
                "Remove the record of a person who takes part in no event (Delete in the "
                "list); undo brings it back"
            )
        )
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setToolTip(
            self.tr("Names, contact details, elected office, passport and other details")
        )
        self.edit_button.clicked.connect(self.edit)
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.duplicates.setVisible(False)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(
            self.tr("Merge the other record into this one, with all its participations")
        )
        self.merge_button.clicked.connect(self.merge)
        self.merge_button.setVisible(False)
        self._duplicates: list[PersonView] = []
        for button in (
            self.export_data_button,
            self.erase_button,
            self.edit_button,
            self.delete_button,
        ):
            button.setEnabled(False)
        self.notice = SavedNotice()
        self._name = ""
        personal = FlowLayout()  # wraps on a narrow screen rather than cutting the buttons
        personal.addWidget(self.edit_button)
        personal.addWidget(self.export_data_button)
        personal.addWidget(self.delete_button)
        personal.addWidget(self.erase_button)
        chosen = QHBoxLayout()  # under the event's name, which needs the whole width
        chosen.addStretch(1)
        chosen.addWidget(self.export_button)
        chosen.addWidget(self.programme_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addLayout(personal)
        twin = QHBoxLayout()
        twin.addWidget(self.duplicates, 1)
        twin.addWidget(self.merge_button)
        layout.addLayout(twin)
        layout.addWidget(QLabel("<b>" + self.tr("Events") + "</b>"))
        layout.addWidget(self.events, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Personal agenda in") + "</b>"))
        layout.addWidget(self.agenda_event)
        layout.addLayout(chosen)
        layout.addWidget(self.agenda, 2)
        layout.addWidget(self.notice)

    def _open_current_event(self) -> None:
        current = self.events.currentIndex()
        event_id = current.sibling(current.row(), 0).data(ID_ROLE)
        if event_id is not None:
            self.open_event.emit(int(event_id))

    def show_person(self, person_id: int) -> None:
        person = people.get_person(self.db, person_id)
        name = " ".join(x for x in (person.civility, person.display_name) if x)
        office = i18n.enum_label(person.elected_office) if person.elected_office else ""
        lines = [
            f"<span style='font-size:13pt'><b>{html.escape(name)}</b></span>",
            html.escape(person.native_name or ""),
            html.escape(" — ".join(x for x in (office, person.form_of_address or "") if x)),
            html.escape(" — ".join(x for x in (person.function, person.organisation) if x)),
            html.escape(" · ".join(x for x in (person.email, person.phone) if x)),
            html.escape(", ".join(person.languages)),
        ]
        self.card.setText("<br>".join(x for x in lines if x))
        self._name = person.display_name
        self.person_id = person_id
        self.export_data_button.setEnabled(True)
        self.erase_button.setEnabled(True)
        self.edit_button.setEnabled(True)
        self._show_duplicates(person)
        self.notice.hide()
        rows = people.person_events(self.db, person_id)
        self.delete_button.setEnabled(not rows)  # in an event: erasure, or leave it first
        _fill(
            self.events,
            [
                [
                    r.title,
                    f"{i18n.fmt_date(r.start_date)} – {i18n.fmt_date(r.end_date)}",
                    i18n.enum_label(r.role),
                    i18n.enum_label(r.status),
                ]
                for r in rows
            ],
            [r.event_id for r in rows],
        )
        _title_stretches(self.events, 0)
        self.agenda_event.blockSignals(True)
        self.agenda_event.clear()
        for r in rows:
            self.agenda_event.addItem(r.title, r.participation_id)
        self.agenda_event.blockSignals(False)
        self._show_agenda()

    def _show_duplicates(self, person: PersonView) -> None:
        """Say when other records are probably the same person, and offer to merge."""
        self._duplicates = likely_duplicates(self.db, person.id)
        if not self._duplicates:
            self.duplicates.setVisible(False)
            self.merge_button.setVisible(False)
            return
        names = []
        for other in self._duplicates:
            same_mail = (
                bool(person.email) and (other.email or "").lower() == (person.email or "").lower()
            )
            why = self.tr("same e-mail") if same_mail else self.tr("same name")
            extra = " · ".join(x for x in (other.organisation, why) if x)
            names.append(f"{html.escape(person_name(other))} (n° {other.id}, {html.escape(extra)})")
        self.duplicates.setText(
            "⚠ " + self.tr("Probably the same person: %1").replace("%1", "; ".join(names))
        )
        self.duplicates.setVisible(True)
        self.merge_button.setVisible(True)

    def edit(self) -> None:
        """Open this person's whole record."""
        if self.person_id is not None and edit_person(self.db, self.edits, self.person_id, self):
            self.show_person(self.person_id)

    def merge(self) -> None:
        """Merge a likely duplicate (chosen when there are several) into this record."""
        if self.person_id is None or not self._duplicates:
            return
        other = self._duplicates[0]
        if len(self._duplicates) > 1:
            names = [f"{person_name(p)} (n° {p.id})" for p in self._duplicates]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Merge two records"),
                self.tr("Record to merge into this one:"),
                names,
                0,
                False,
            )
            if not ok:
                return
            other = self._duplicates[names.index(chosen)]
        try:
            keep = people.get_person(self.db, self.person_id)
        except CoopdeskError as error:
            show_error(self, error)
            return
        if merge_into(self.db, self.edits, keep, other, self):
            self.show_person(keep.id)
            self.merged.emit(keep.id)

    def clear(self) -> None:
        """No person shown (the one shown was erased)."""
        self.person_id = None
        self._name = ""
        self.card.setText(self.tr("Choose a person in the list."))
        self.export_data_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.duplicates.setVisible(False)
        self.merge_button.setVisible(False)
        _fill(self.events, [])
        self.agenda_event.blockSignals(True)
        self.agenda_event.clear()
        self.agenda_event.blockSignals(False)
        self._show_agenda()

    def _show_agenda(self) -> None:
        participation_id = self.agenda_event.currentData()
        self.export_button.setEnabled(participation_id is not None)
        self.programme_button.setEnabled(participation_id is not None)
        if participation_id is None:
            _fill(self.agenda, [])
            return
        rows = []
        for item in agenda.personal_agenda(self.db, participation_id):
            start = to_local(item.starts_at, item.timezone)
            end = to_local(item.ends_at, item.timezone)
            rows.append(
                [
                    i18n.fmt_day(start.date()),
                    f"{i18n.fmt_time(start)} – {i18n.fmt_time(end)}",
                    item.title,
                    item.venue or "",
                ]
            )
        _fill(self.agenda, rows)
        _title_stretches(self.agenda, 2, 3)

    def export_agenda(self) -> None:
        """Save the agenda shown (this person, the chosen event) as an .ics file."""
        participation_id = self.agenda_event.currentData()
        if participation_id is not None:
            name = f"{self._name} – {self.agenda_event.currentText()}"
            save_person_agenda(self.db, participation_id, name, self)

    def export_programme(self) -> None:
        """Save the programme of this person in the chosen event as a PDF."""
        participation_id = self.agenda_event.currentData()
        if participation_id is not None:
            name = f"{self._name} – {self.agenda_event.currentText()}"
            save_person_programme(self.db, participation_id, name, self)

    def export_data(self) -> None:
        """Save everything held about this person as JSON (a subject access request)."""
        if self.person_id is None:
            return
        path = ask_save_path(
            self,
            self.tr("Export this person's data"),
            f"{file_stem(self._name)}.json",
            [(self.tr("JSON data"), ".json")],
        )
        if path is None:
            return
        try:
            data = privacy.export_person(self.db, self.person_id)
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        except (CoopdeskError, OSError) as error:
            show_error(self, error)
            return
        self.notice.show_saved(
            i18n.fill(self.tr("Personal data of %1 saved: %2"), self._name, str(path)),
            path,
        )

    def erase(self) -> None:
        """Erase this person for good, after a confirmation (a right-to-erasure request)."""
        person_id = self.person_id
        if person_id is None:
            return
        from coopdesk.gui.forms.purge_dialog import confirm, outcome_note

        try:
            held = privacy.copies_holding((privacy.person_trace(self.db, person_id),))
        except CoopdeskError as error:
            show_error(self, error)
            return
        confirmed, clean_copies = confirm(
            self,
            self.tr("Erase this person"),
            self.tr(
                "Erase %1 for good? Their record and their participations in every event "
                "are removed, and their name is removed from the change log.\n\n"
                "This cannot be undone: an erasure is not on the undo stack, and the undo "
                "history is cleared."
            ).replace("%1", self._name),
            held,
        )
        if not confirmed:
            return
        name = self._name
        try:
            outcome = self.edits.run_final(lambda: privacy.erase_person(self.db, person_id))
            cleaned = (
                privacy.erase_from_copies(outcome.traces, outcome.copies) if clean_copies else []
            )
        except CoopdeskError as error:
            show_error(self, error)
            return
        self.clear()
        self.erased.emit(person_id)
        self.notice.show_message(
            (
                self.tr("%1 was erased.").replace("%1", name) + " " + outcome_note(outcome, cleaned)
            ).strip()
        )


class DirectoryPage(QWidget):
    """The people and organisations the office works with."""

    open_event = Signal(int)

    def __init__(
        self, db: Database, edits: Edits | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits if edits is not None else Edits(self)
        self.model = PeopleModel(self)
        self.people = QTableView()
        self.people.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the last name shows
        self.people.setModel(self.model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().setVisible(False)
        self.people.setAlternatingRowColors(True)
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.people.horizontalHeader().setStretchLastSection(True)
        header = self.people.horizontalHeader()
        for column, width in enumerate((190, 130, 170, 190, 60)):  # headers read whole
            self.people.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.people.doubleClicked.connect(lambda _: self.person.edit())
        self.people.setToolTip(
            self.tr("Double-click or Enter: edit the person. Delete: remove a person in no event")
        )
        self.new_person_button = QPushButton(icon("add"), self.tr("New &person…"))
        self.new_person_button.clicked.connect(self.new_person)
        self.people.selectionModel().currentRowChanged.connect(
            lambda current, _: (
                self.person.show_person(int(current.data(ID_ROLE))) if current.isValid() else None
            )
        )
        self.organisations = _table(
            [self.tr("Name"), self.tr("Kind"), self.tr("Country"), self.tr("City")]
        )
        self.organisations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organisations.doubleClicked.connect(lambda _: self.edit_organisation())
        self.organisations.setColumnWidth(0, 340)
        self.organisations.setColumnWidth(1, 200)
        self.organisations.itemSelectionChanged.connect(self._organisation_selected)
        self.new_org_button = QPushButton(icon("add"), self.tr("&New organisation…"))
        self.new_org_button.clicked.connect(self.new_organisation)
        self.edit_org_button = QPushButton(icon("edit"), self.tr("Ed&it organisation…"))
        self.edit_org_button.clicked.connect(self.edit_organisation)
        self.edit_org_button.setEnabled(False)
        self.delete_org_button = QPushButton(icon("delete"), self.tr("&Delete organisation…"))
        self.delete_org_button.clicked.connect(self.delete_organisation)
        self.delete_org_button.setEnabled(False)
        orgs = ListPane(
            self.organisations, (self.new_org_button, self.edit_org_button, self.delete_org_button)
        )
        self.people_rows = table_rows(
            self.people,
            "directory-people",
            on_open=lambda: self.person.edit(),
            on_delete=self.delete_person,
        )
        self.organisation_rows = table_rows(
            self.organisations,
            "directory-organisations",
            on_open=self.edit_organisation,
            on_delete=self.delete_organisation,
        )
        self.lists = QTabWidget()
        self.lists.addTab(self.people, icon("person"), self.tr("People"))
        self.lists.addTab(orgs, icon("globe"), self.tr("Organisations"))
        self.person: PersonPage = PersonPage(db, self.edits)
        self.person.open_event.connect(self.open_event)
        self.person.delete_button.clicked.connect(lambda: self.delete_person(self.person.person_id))
        self.person.erased.connect(lambda _: self.refresh())
        self.person.merged.connect(lambda _: self.refresh())
        left = self.list_pane = ListPane(
            self.lists,
            (),
            search=self.tr("Search people or organisations"),
            beside=(self.new_person_button,),
        )
        assert left.search is not None
        self.search = left.search
        left.searched.connect(lambda _: self.refresh())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.person)
        splitter.setSizes([620, 740])  # the person's events and agenda need the room
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """Query the first page of people and the organisations matching the search."""
        search = self.search.text().strip() or None
        self.model.load(
            lambda offset, limit: people.people_page(
                self.db, offset=offset, limit=limit, search=search
            ),
            keep=self.model.rowCount(),
        )
        orgs = organisations.list_organisations(self.db, search=search)
        _fill(
            self.organisations,
            [[o.name, i18n.enum_label(o.kind), o.country or "", o.city or ""] for o in orgs],
            [o.id for o in orgs],
        )

    # --- people --------------------------------------------------------------------------

    def new_person(self) -> None:
        made = new_person(self.db, self.edits, self)
        if made is not None:
            self.search.setText(person_name(made))
            self.list_pane.search_now()  # now, not again in a moment
            self.lists.setCurrentIndex(0)
            self.people.selectRow(0)
            self.person.show_person(made.id)

    def selected_person(self) -> int | None:
        current = self.people.currentIndex()
        return int(current.data(ID_ROLE)) if current.isValid() else None

    def delete_person(self, person_id: int | None = None) -> None:
        """Remove the record of the person shown (or chosen in the list), after a
        confirmation, if they take part in no event (undo puts it back); else say how to
        go about it."""
        person_id = person_id if person_id is not None else self.selected_person()
        if person_id is None:
            return
        try:
            seen = people.get_person(self.db, person_id)
            taken = {row.event_id for row in people.person_events(self.db, person_id)}
        except CoopdeskError as error:
            show_error(self, error)
            return
        name = person_name(seen)
        if taken:
            show_error(self, ValidationError("person.in_events", None, name=name, count=len(taken)))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the record"),
            i18n.fill(
                self.tr(
                    "Delete the record of %1? They take part in no event. "
                    "Undo (Ctrl+Z) brings the record back."
                ),
                name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.edits.perform(
                self.db,
                i18n.fill(self.tr("Deletion of the record of %1"), name),
                lambda: people.delete_person(
                    self.db, person_id, only_if_in_no_event=True, seen=seen
                ),
            )
        except CoopdeskError as error:  # added to an event meanwhile, or already gone
            show_error(self, error)
            return
        if self.person.person_id == person_id:
            self.person.clear()
        self.refresh()

    # --- organisations -----------------------------------------------------------------

    def _organisation_selected(self) -> None:
        chosen = self.selected_organisation() is not None
        self.edit_org_button.setEnabled(chosen)
        self.delete_org_button.setEnabled(chosen)

    def selected_organisation(self) -> int | None:
        return selected_id(self.organisations)

    def select_organisation(self, organisation_id: int) -> None:
        select_id(self.organisations, organisation_id)

    def new_organisation(self) -> None:
        state: dict[str, int] = {}

        def save(values: dict[str, Any]) -> Any:
            created = self.edits.perform(
                self.db,
                self.tr("New organisation %1").replace("%1", values["name"].strip()),
                lambda: organisations.create_organisation(self.db, **values),
            )
            state["id"] = created.id
            return created

        if OrganisationDialog(save, None, self).exec():
            self.refresh()
            self.select_organisation(state["id"])

    def edit_organisation(self) -> None:
        organisation_id = self.selected_organisation()
        if organisation_id is None:
            return
        try:
            seen = organisations.get_organisation(self.db, organisation_id)
        except CoopdeskError as error:
            show_error(self, error)
            return

        def save(values: dict[str, Any]) -> Any:
            changed = {k: v for k, v in values.items() if getattr(seen, k, None) != v}
            return self.edits.perform(
                self.db,
                self.tr("Edit organisation %1").replace("%1", seen.name),
                lambda: organisations.update_organisation(self.db, organisation_id, changed, seen),
            )

        if OrganisationDialog(save, seen, self).exec():
            self.refresh()
            self.select_organisation(organisation_id)

    def delete_organisation(self) -> None:
        """Delete the chosen organisation, after a confirmation; not undoable, because
        its partnerships go with it; undo brings them all back, and its people's link."""
        organisation_id = self.selected_organisation()
        if organisation_id is None:
            return
        try:
            seen = organisations.get_organisation(self.db, organisation_id)
            partnered = len(partnerships.list_partnerships(self.db, partner_id=organisation_id))
        except CoopdeskError as error:
            show_error(self, error)
            return
        text = self.tr(
            "Delete the organisation %1? The people of this organisation keep their "
            "record, with no organisation; events keep going without this partner."
        ).replace("%1", seen.name)
        if partnered:
            text += "\n\n" + i18n.fill(
                self.tr(
                    "{%1:Its partnership, with its agreements, is|Its %1 partnerships, with "
                    "their agreements, are} deleted too."
                ),
                str(partnered),
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete organisation"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.edits.perform(
                self.db,
                self.tr("Delete organisation %1").replace("%1", seen.name),
                lambda: organisations.delete_organisation(self.db, organisation_id),
            )
        except CoopdeskError as error:
            show_error(self, error)
            return
        self.refresh()
        self._organisation_selected()
        if self.person.person_id is not None:  # its card may name the organisation
            self.person.show_person(self.person.person_id)
