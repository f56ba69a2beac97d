"""Venues: the office's places, searched, created, corrected, merged and deleted, with
what each one holds in the programmes and its calendar for the venue's manager."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import venues
from coopdesk.core.timezones import to_local
from coopdesk.core.values import VenueView
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.forms.fields import ask_yes_no
from coopdesk.gui.forms.record_edit import edit_in_dialog
from coopdesk.gui.forms.venue_dialog import VenueDialog
from coopdesk.gui.icons import icon
from coopdesk.gui.list_page import ListPane
from coopdesk.gui.tables import ID_ROLE, keeping_selection, select_id, selected_id
from coopdesk.gui.tables import rows as table_rows
from coopdesk.gui.undo import Edits


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
    with keeping_selection(table):
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, ids[r])
                table.setItem(r, c, item)


def new_venue(
    db: Database,
    edits: Edits,
    parent: QWidget,
    *,
    timezone: str = "Europe/Paris",
    city: str = "",
) -> VenueView | None:
    """Ask for a new venue and create it (undoable); the venue made, or None."""
    state: dict[str, Any] = {}

    def save(values: dict[str, Any]) -> Any:
        made = edits.perform(
            db,
            QCoreApplication.translate("VenuesPage", "New venue %1").replace(
                "%1", str(values.get("name", "")).strip()
            ),
            lambda: venues.create_venue(db, **values),
        )
        state["venue"] = made
        return made

    if VenueDialog(save, None, parent, timezone=timezone, city=city).exec():
        made: VenueView = state["venue"]
        return made
    return None


class VenuesPage(QWidget):
    """Every venue, and what the one chosen holds in the programmes."""

    open_event = Signal(int)

    def __init__(
        self, db: Database, edits: Edits | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits if edits is not None else Edits(self)
        self.table = _table(
            [
                self.tr("Venue"),
                self.tr("City"),
                self.tr("Country"),
                self.tr("Time zone"),
                self.tr("Capacity"),
            ]
        )
        self.table.doubleClicked.connect(lambda _: self.edit_venue())
        self.table.itemSelectionChanged.connect(self._selected)
        self.rows = table_rows(
            self.table, "venues", on_open=self.edit_venue, on_delete=self.delete_venue
        )
        self.new_button = QPushButton(icon("add"), self.tr("&New venue…"))
        self.new_button.clicked.connect(self.new_venue)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_venue)
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.merge_button.setToolTip(
            self.tr("Two records of the same place: keep one, its items move to it")
        )
        self.merge_button.clicked.connect(self.merge_venue)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_venue)
        self.card = QLabel(self.tr("Choose a venue in the list."))
        self.card.setWordWrap(True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uses = _table([self.tr("Item"), self.tr("Event"), self.tr("Day"), self.tr("Time")])
        self.uses.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.uses.setToolTip(self.tr("Double-click an item to open its event"))
        self.uses.doubleClicked.connect(self._open_use)
        table_rows(self.uses, on_open=lambda: self._open_use(self.uses.currentIndex()))
        self.calendar_button = QPushButton(icon("calendar"), self.tr("&Calendar of this venue…"))
        self.calendar_button.setToolTip(
            self.tr("Every item held here, across events, for the venue's manager (.ics)")
        )
        self.calendar_button.clicked.connect(self.export_calendar)
        self._event_of: dict[int, int] = {}
        left = ListPane(
            self.table,
            (self.new_button, self.edit_button, self.merge_button, self.delete_button),
            search=self.tr("Search venues by name, address or city"),
        )
        assert left.search is not None
        self.search = left.search
        left.searched.connect(lambda _: self.refresh())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card)
        right_layout.addWidget(QLabel("<b>" + self.tr("In the programmes") + "</b>"))
        right_layout.addWidget(self.uses, 1)
        calendar_row = QHBoxLayout()
        calendar_row.addStretch(1)
        calendar_row.addWidget(self.calendar_button)
        right_layout.addLayout(calendar_row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._selected()

    # --- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected_venue()
        rows = venues.list_venues(self.db, search=self.search.text().strip() or None)
        self.table.blockSignals(True)
        _fill(
            self.table,
            [
                [
                    v.name,
                    v.city or "",
                    v.country or "",
                    v.timezone,
                    "" if v.capacity is None else str(v.capacity),
                ]
                for v in rows
            ],
            [v.id for v in rows],
        )
        self.table.blockSignals(False)
        if chosen is not None and self.selected_venue() != chosen:
            self.select_venue(chosen)
        self._selected()

    def selected_venue(self) -> int | None:
        return selected_id(self.table)

    def select_venue(self, venue_id: int) -> None:
        select_id(self.table, venue_id)

    def _selected(self) -> None:
        venue_id = self.selected_venue()
        for button in (self.edit_button, self.merge_button, self.delete_button):
            button.setEnabled(venue_id is not None)
        self.calendar_button.setEnabled(venue_id is not None)
        if venue_id is None:
            self.card.setText(self.tr("Choose a venue in the list."))
            _fill(self.uses, [], [])
            return
        try:
            venue = venues.get_venue(self.db, venue_id)
            uses = venues.venue_uses(self.db, venue_id)
        except CoopdeskError:  # deleted meanwhile: the next refresh drops it
            return
        import html

        lines = [
            f"<span style='font-size:13pt'><b>{html.escape(venue.name)}</b></span>",
            html.escape(venue.address).replace("\n", "<br>"),
            html.escape(" · ".join(x for x in (venue.city, venue.country) if x)),
            html.escape(venue.timezone),
        ]
        if venue.capacity is not None:
            lines.append(self.tr("%1 seats").replace("%1", str(venue.capacity)))
        if venue.notes:
            lines.append("<i>" + html.escape(venue.notes).replace("\n", "<br>") + "</i>")
        self.card.setText("<br>".join(x for x in lines if x))
        rows = []
        for use in uses:
            start = to_local(use.starts_at, use.timezone)
            rows.append([use.item, use.event, i18n.fmt_date(start.date()), i18n.fmt_time(start)])
        self._event_of = {use.item_id: use.event_id for use in uses}
        _fill(self.uses, rows, [use.item_id for use in uses])

    def _open_use(self, index: Any) -> None:
        item_id = index.data(ID_ROLE) if index.isValid() else None
        event_id = None if item_id is None else self._event_of.get(int(item_id))
        if event_id is not None:
            self.open_event.emit(event_id)

    # --- actions ------------------------------------------------------------------------

    def new_venue(self) -> None:
        made = new_venue(self.db, self.edits, self)
        if made is not None:
            self.refresh()
            self.select_venue(made.id)

    def _current(self) -> VenueView | None:
        venue_id = self.selected_venue()
        if venue_id is None:
            return None
        try:
            return venues.get_venue(self.db, venue_id)
        except CoopdeskError as error:
            show_error(self, error)
            self.refresh()
            return None

    def edit_venue(self) -> None:
        seen = self._current()
        if seen is None:
            return
        if edit_in_dialog(
            self.db,
            self.edits,
            self.tr("Edit venue %1").replace("%1", seen.name),
            lambda changes, view: venues.update_venue(self.db, seen.id, changes, view),
            seen,
            lambda save: VenueDialog(save, seen, self),
        ):
            self.refresh()
            self.select_venue(seen.id)

    def merge_venue(self) -> None:
        """Merge the chosen venue into another one, chosen in a list."""
        other = self._current()
        if other is None:
            return
        others = [v for v in venues.list_venues(self.db) if v.id != other.id]
        if not others:
            QMessageBox.information(
                self, self.tr("Merge venues"), self.tr("There is no other venue to merge into.")
            )
            return
        names = [" — ".join(x for x in (v.name, v.city) if x) + f" (n° {v.id})" for v in others]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Merge venues"),
            self.tr(
                "Merge “%1” into the venue below: its agenda items move there, its details "
                "fill the blanks of the one kept, and “%1” is removed."
            ).replace("%1", other.name),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep = others[names.index(chosen)]
        if not self.edits.perform_shown(
            self,
            self.db,
            self.tr("Merge venue %1 into %2").replace("%1", other.name).replace("%2", keep.name),
            lambda: venues.merge_venues(
                self.db, keep.id, other.id, seen_keep=keep, seen_other=other
            ),
        ):
            return
        self.refresh()
        self.select_venue(keep.id)

    def delete_venue(self) -> None:
        """Delete the chosen venue, saying first where it is used, after a confirmation."""
        seen = self._current()
        if seen is None:
            return
        uses = venues.venue_uses(self.db, seen.id)
        if uses:
            shown = [f"• {u.item} — {u.event}" for u in uses[:8]]
            if len(uses) > 8:
                shown.append("…")
            text = (
                self.tr(
                    "“%1” is used by these agenda items; once it is deleted they have no venue:"
                ).replace("%1", seen.name)
                + "\n\n"
                + "\n".join(shown)
                + "\n\n"
                + self.tr("To move them to another venue instead, use “Merge into…”.")
                + "\n\n"
                + self.tr("Delete this venue anyway?")
            )
        else:
            text = self.tr("Delete the venue “%1”?").replace("%1", seen.name)
        if not ask_yes_no(self, self.tr("Delete venue"), text):
            return
        self.edits.perform_shown(
            self,
            self.db,
            self.tr("Delete venue %1").replace("%1", seen.name),
            lambda: venues.delete_venue(self.db, seen.id, seen=seen, detach=True),
        )
        self.refresh()

    def export_calendar(self) -> None:
        """Every item held at the chosen venue, as an .ics file for its manager."""
        seen = self._current()
        if seen is None:
            return
        from coopdesk.core.calendar.export import (
            ExportOptions,
            export_venue_agenda,
            write_calendar,
        )
        from coopdesk.gui.exports import ask_save_path, document_language, file_stem
        from coopdesk.gui.notice import report_saved

        path = ask_save_path(
            self,
            self.tr("Save the calendar of this venue"),
            f"{file_stem(seen.name)}.ics",
            [(self.tr("Calendar"), ".ics")],
        )
        if path is None:
            return
        try:
            options = ExportOptions(language=document_language(self.db))
            written = write_calendar(path, export_venue_agenda(self.db, seen.id, options))
        except (CoopdeskError, OSError) as error:
            show_error(self, error)
            return
        report_saved(
            self,
            i18n.fill(self.tr("Calendar of %1 saved: %2"), seen.name, str(written)),
            written,
        )
