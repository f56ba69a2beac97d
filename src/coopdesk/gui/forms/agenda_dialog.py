"""Create or edit an agenda item: day, start and end in the item's zone, venue,
capacity, and who attends (everyone, or a chosen few)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.enums import AgendaItemStatus, AgendaItemType
from coopdesk.core.errors import ValidationError
from coopdesk.core.timezones import to_local
from coopdesk.core.values import AgendaItemView, EventView, ParticipantView, VenueView
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.event_form import COMMON_ZONES
from coopdesk.gui.forms.fields import (
    Form,
    combo,
    date_edit,
    from_qdate,
    from_qtime,
    set_combo,
    text_value,
    time_edit,
    to_qdate,
)

# save(values, attendee ids or None for everyone) -> the saved item
SaveItem = Callable[[dict[str, Any], list[int] | None], Any]
# new_venue(time zone typed, parent) -> the venue made, or None when the user gave up
NewVenue = Callable[[str, QWidget], VenueView | None]


class AgendaItemDialog(EditDialog):
    """The agenda item form; stays open, messages beside the fields, until it is valid."""

    def __init__(
        self,
        event: EventView,
        venues: list[VenueView],
        people: list[ParticipantView],
        save: SaveItem,
        item: AgendaItemView | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
        *,
        other_venues: Sequence[VenueView] = (),
        new_venue: NewVenue | None = None,
    ) -> None:
        """``venues`` are offered first (those near the event), then ``other_venues``
        after a separator; ``new_venue`` makes one from the dialog."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit agenda item") if item else self.tr("New agenda item"))
        self._save = save
        layout = QVBoxLayout(self)
        self.form = Form()
        self.title = self.form.add("title", self.tr("&Title"), QLineEdit())
        self.type = self.form.add("type", self.tr("T&ype"), combo(list(AgendaItemType)))
        self.status = self.form.add("status", self.tr("Stat&us"), combo(list(AgendaItemStatus)))
        self.day = self.form.add("day", self.tr("&Day"), date_edit())
        self.start = time_edit()
        self.end = time_edit()
        self.form.add("starts_at", self.tr("&Start"), self.start)
        self.form.add("ends_at", self.tr("E&nd"), self.end)
        self.zone = self.form.add("timezone", self.tr("Time &zone"), QComboBox())
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(no venue)"), None)
        for venue in venues:
            self._add_venue(venue)
        if other_venues:
            self.venue.insertSeparator(self.venue.count())
            for venue in other_venues:
                self._add_venue(venue)
        self._new_venue = new_venue
        self.new_venue_button = QPushButton(self.tr("New &venue…"))
        self.new_venue_button.setToolTip(self.tr("A venue that is not in the list yet"))
        self.new_venue_button.clicked.connect(self.add_new_venue)
        self.new_venue_button.setVisible(new_venue is not None)
        venue_row = QWidget()
        row = QHBoxLayout(venue_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.venue, 1)
        row.addWidget(self.new_venue_button)
        self.form.add("venue_id", self.tr("&Venue"), venue_row)
        self.form.labels["venue_id"].setBuddy(self.venue)
        self.capacity = self.form.add("capacity", self.tr("&Capacity"), QLineEdit())
        self.capacity.setPlaceholderText(self.tr("seats, if limited"))
        self.description = self.form.add("description", self.tr("Descr&iption"), QPlainTextEdit())
        self.description.setFixedHeight(54)
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        self.everyone = QRadioButton(self.tr("&Everyone taking part"))
        self.subset = QRadioButton(self.tr("Only the people &ticked"))
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.subset)
        self.attendees = QListWidget()
        self.attendees.setFixedHeight(120)
        for person in people:
            entry = QListWidgetItem(person.display_name)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(entry)
        who_layout.addWidget(self.everyone)
        who_layout.addWidget(self.subset)
        who_layout.addWidget(self.attendees)
        self.form.add("attendee_ids", self.tr("Attendees"), who)
        # The row is a choice whose buttons have their own Alt letters: its label
        # leads to the first of them.
        self.form.labels["attendee_ids"].setBuddy(self.everyone)
        self.subset.toggled.connect(self.attendees.setEnabled)
        layout.addWidget(self.form)
        buttons = self.save_cancel_buttons()
        layout.addWidget(buttons)
        self._load(event, item, start)

    def _add_venue(self, venue: VenueView, at: int | None = None) -> None:
        text = venue.name if not venue.city else f"{venue.name} — {venue.city}"
        if at is None:
            self.venue.addItem(text, venue.id)
        else:
            self.venue.insertItem(at, text, venue.id)

    def add_new_venue(self) -> None:
        """Make a venue (in the item's zone) and choose it for this item."""
        if self._new_venue is None:
            return
        made = self._new_venue(self.zone.currentText().strip(), self)
        if made is not None:
            self._add_venue(made, 1)
            self.venue.setCurrentIndex(1)

    def _load(self, event: EventView, item: AgendaItemView | None, start: datetime | None) -> None:
        if item is None:
            first = start or datetime.combine(event.start_date, time(9, 0))
            self.day.setDate(to_qdate(first.date()))
            self.start.setTime(first.time())
            self.end.setTime(first.replace(hour=min(first.hour + 1, 23)).time())
            self.zone.setCurrentText(event.timezone)
            set_combo(self.status, AgendaItemStatus.PLANNED)
            self.everyone.setChecked(True)
            self.attendees.setEnabled(False)
            return
        local_start = to_local(item.starts_at, item.timezone)
        local_end = to_local(item.ends_at, item.timezone)
        self.title.setText(item.title)
        set_combo(self.type, item.type)
        set_combo(self.status, item.status)
        self.day.setDate(to_qdate(local_start.date()))
        self.start.setTime(local_start.time())
        self.end.setTime(local_end.time())
        self.zone.setCurrentText(item.timezone)
        set_combo(self.venue, item.venue_id)
        self.capacity.setText("" if item.capacity is None else str(item.capacity))
        self.description.setPlainText(item.description or "")
        self.everyone.setChecked(item.all_participants)
        self.subset.setChecked(not item.all_participants)
        self.attendees.setEnabled(not item.all_participants)
        for index in range(self.attendees.count()):
            entry = self.attendees.item(index)
            if entry.data(Qt.ItemDataRole.UserRole) in item.attendee_ids:
                entry.setCheckState(Qt.CheckState.Checked)

    def values(self) -> dict[str, Any]:
        day: date = from_qdate(self.day.date())
        return {
            "title": self.title.text(),
            "type": self.type.currentData(),
            "status": self.status.currentData(),
            "starts_at": datetime.combine(day, from_qtime(self.start.time())),
            "ends_at": datetime.combine(day, from_qtime(self.end.time())),
            "timezone": self.zone.currentText(),
            "venue_id": self.venue.currentData(),
            "capacity": self.capacity.text(),
            "description": text_value(self.description),
        }

    def attendee_ids(self) -> list[int] | None:
        if self.everyone.isChecked():
            return None
        return [
            int(self.attendees.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.attendees.count())
            if self.attendees.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        try:
            self._save(self.values(), self.attendee_ids())
        except ValidationError as error:
            self.form.show_error(error)
            return
        self.accept()
