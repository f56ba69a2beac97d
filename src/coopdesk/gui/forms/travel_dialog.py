"""A participant's travel and stay: arrival and departure (local date and time, zone,
transport, number, place) and the hotel (name, check-in, check-out, room)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.enums import Transport
from coopdesk.core.timezones import to_local
from coopdesk.core.values import ParticipantView
from coopdesk.gui import i18n
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.event_form import COMMON_ZONES
from coopdesk.gui.forms.fields import (
    Form,
    OptionalDate,
    combo,
    set_combo,
)

TRAVEL_FIELDS = (
    *(
        f"{leg}_{name}"
        for leg in ("arrival", "departure")
        for name in ("at", "time_known", "timezone", "transport", "number", "place")
    ),
    "hotel",
    "check_in",
    "check_out",
    "room",
)

# save(changes) -> the saved participant; raises CoopdeskError to keep the form open.
# ``changes`` holds only the fields the user changed.
SaveTravel = Callable[[dict[str, Any]], Any]


class TravelDialog(EditDialog):
    """Edit how a participant comes, leaves and stays; messages beside the fields."""

    def __init__(
        self,
        row: ParticipantView,
        event_timezone: str,
        default_day: date,
        save: SaveTravel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name = " ".join(x for x in (row.civility, row.display_name) if x)
        self.setWindowTitle(i18n.fill(self.tr("Travel and stay of %1"), name))
        self._save = save
        self._event_timezone = event_timezone
        layout = QVBoxLayout(self)
        self.form = Form()
        form = self.form
        self.arrival = form.add(
            "arrival_at", self.tr("&Arrival"), OptionalDate(self.tr("set"), True)
        )
        self.arrival_zone = form.add("arrival_timezone", self.tr("Arrival time &zone"), _zones())
        self.arrival_transport = form.add(
            "arrival_transport",
            self.tr("Arrival &transport"),
            combo(list(Transport), empty=self.tr("(not known)")),
        )
        self.arrival_number = form.add(
            "arrival_number", self.tr("Arrival &number"), _line(self.tr("flight or train number"))
        )
        self.arrival_place = form.add(
            "arrival_place", self.tr("Arrival &place"), _line(self.tr("airport, station…"))
        )
        self.departure = form.add(
            "departure_at", self.tr("&Departure"), OptionalDate(self.tr("set"), True)
        )
        self.departure_zone = form.add(
            "departure_timezone", self.tr("Departure time z&one"), _zones()
        )
        self.departure_transport = form.add(
            "departure_transport",
            self.tr("Departure t&ransport"),
            combo(list(Transport), empty=self.tr("(not known)")),
        )
        self.departure_number = form.add(
            "departure_number",
            self.tr("Departure n&umber"),
            _line(self.tr("flight or train number")),
        )
        self.departure_place = form.add(
            "departure_place", self.tr("Departure p&lace"), _line(self.tr("airport, station…"))
        )
        self.hotel = form.add("hotel", self.tr("&Hotel"), QLineEdit())
        self.check_in = form.add(
            "check_in", self.tr("Check-&in"), OptionalDate(self.tr("set"), False)
        )
        self.check_out = form.add(
            "check_out", self.tr("Chec&k-out"), OptionalDate(self.tr("set"), False)
        )
        self.room = form.add("room", self.tr("Roo&m"), QLineEdit())
        # Lists often give the day only: the time is then unknown, not midnight.
        self.arrival_time_unknown = _time_unknown(self.arrival, self.tr("time unknown"))
        self.departure_time_unknown = _time_unknown(self.departure, self.tr("time unknown"))
        layout.addWidget(form)
        buttons = self.save_cancel_buttons()
        layout.addWidget(buttons)
        self._load(row, default_day)
        self._initial = self.values()

    def _load(self, row: ParticipantView, default_day: date) -> None:
        for leg, when, zone in (
            ("arrival", self.arrival, self.arrival_zone),
            ("departure", self.departure, self.departure_zone),
        ):
            tz = getattr(row, f"{leg}_timezone") or self._event_timezone
            moment = getattr(row, f"{leg}_at")
            when.set_value(
                to_local(moment, tz).replace(tzinfo=None) if moment else None, default_day
            )
            unknown = self.arrival_time_unknown if leg == "arrival" else self.departure_time_unknown
            unknown.setChecked(moment is not None and not getattr(row, f"{leg}_time_known"))
            _enable_time(when, unknown)
            zone.setCurrentText(tz)
        set_combo(self.arrival_transport, row.arrival_transport)
        set_combo(self.departure_transport, row.departure_transport)
        self.arrival_number.setText(row.arrival_number or "")
        self.arrival_place.setText(row.arrival_place or "")
        self.departure_number.setText(row.departure_number or "")
        self.departure_place.setText(row.departure_place or "")
        self.hotel.setText(row.hotel or "")
        self.check_in.set_value(row.check_in, default_day)
        self.check_out.set_value(row.check_out, default_day)
        self.room.setText(row.room or "")

    def values(self) -> dict[str, Any]:
        """Every travel field as the service takes it (times naive, local to their zone)."""
        return {
            **self._leg("arrival", self.arrival, self.arrival_time_unknown),
            "arrival_timezone": self.arrival_zone.currentText().strip(),
            "arrival_transport": self.arrival_transport.currentData(),
            "arrival_number": self.arrival_number.text(),
            "arrival_place": self.arrival_place.text(),
            **self._leg("departure", self.departure, self.departure_time_unknown),
            "departure_timezone": self.departure_zone.currentText().strip(),
            "departure_transport": self.departure_transport.currentData(),
            "departure_number": self.departure_number.text(),
            "departure_place": self.departure_place.text(),
            "hotel": self.hotel.text(),
            "check_in": self.check_in.value(),
            "check_out": self.check_out.value(),
            "room": self.room.text(),
        }

    def changed_values(self) -> dict[str, Any]:
        """Only what the user changed, so a colleague's change to another field of the
        same participant stays. A leg's moment, its zone and whether its time is known
        go together: a zone changed means the same local time in the new zone."""
        now = self.values()
        changed = {k: v for k, v in now.items() if self._initial.get(k) != v}
        for leg in ("arrival", "departure"):
            moment = (f"{leg}_at", f"{leg}_time_known", f"{leg}_timezone")
            if any(k in changed for k in moment):
                changed.update({k: now[k] for k in moment})
        return changed

    @staticmethod
    def _leg(leg: str, when: OptionalDate, unknown: QCheckBox) -> dict[str, Any]:
        """A leg's local moment and whether its time is known: a day without a time is
        sent as its midnight with the time unknown."""
        value = when.value()
        if value is not None and unknown.isChecked():
            day = value.date() if isinstance(value, datetime) else value
            return {f"{leg}_at": datetime.combine(day, time()), f"{leg}_time_known": False}
        return {f"{leg}_at": value, f"{leg}_time_known": True}

    def save(self) -> None:
        self.save_through(self.form, lambda: self._save(self.changed_values()))


def _time_unknown(when: OptionalDate, text: str) -> QCheckBox:
    """A "time unknown" tick box beside a leg's date and time: it turns the time off."""
    box = QCheckBox(text)
    row = when.layout()
    assert isinstance(row, QBoxLayout)  # OptionalDate lays its parts in a row
    row.insertWidget(row.count() - 1, box)  # before the stretch
    when.known.toggled.connect(lambda _on: _enable_time(when, box))
    box.toggled.connect(lambda _on: _enable_time(when, box))
    _enable_time(when, box)
    return box


def _enable_time(when: OptionalDate, unknown: QCheckBox) -> None:
    set_ = when.known.isChecked()
    unknown.setEnabled(set_)
    if when.time is not None:
        when.time.setEnabled(set_ and not unknown.isChecked())


def _zones() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(COMMON_ZONES)
    return box


def _line(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit
