"""The event form (Overview tab and "New event" dialog): every field of an event; a
residency's own fields on a second page of the form, shown only for a residency (so
that each page has few enough fields for one Alt letter each)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, EventStatus, OrganisationKind
from coopdesk.core.errors import CoopdeskError, NotFoundError, ValidationError
from coopdesk.core.services import events, organisations
from coopdesk.core.values import EventView
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.fields import (
    Form,
    combo,
    compact,
    date_edit,
    decimal_text,
    from_qdate,
    set_combo,
    text_value,
    to_qdate,
)

COMMON_ZONES = [
    "Europe/Paris",
    "America/Toronto",
    "America/Montreal",
    "America/Merida",
    "America/Port-au-Prince",
    "Asia/Makassar",
    "Asia/Tokyo",
    "Europe/Kyiv",
    "Africa/Porto-Novo",
    "Africa/Lubumbashi",
]
RESIDENCY_FIELDS = ("artist_id", "host_structure", "grant_amount", "grant_terms", "deliverables")


class EventForm(Form):
    """Edits an event's fields; :meth:`values` gives them as the services take them."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The general fields on one page, a residency's own on another: a tab bar
        # appears only when there are two pages.
        self.pages = QTabWidget()
        self.pages.setTabBarAutoHide(True)
        self.pages.setDocumentMode(True)
        self.general_page, self.layout_ = self._page()
        self.residency_page, residency_layout = self._page()
        self.pages.addTab(self.general_page, self.tr("&General"))
        self.title = self.add("title", self.tr("&Title"), QLineEdit())
        # Wide enough for "Délégation sortante (mission)", the longest kind.
        self.kind = self.add("kind", self.tr("&Kind"), compact(combo(list(EventKind)), 28))
        self.start = self.add("start_date", self.tr("&Start date"), date_edit())
        self.end = self.add("end_date", self.tr("&End date"), date_edit())
        self.partner = self.add("partner_id", self.tr("&Partner"), compact(QComboBox(), 30))
        self._db = db
        self.fill_partners()
        self.status = self.add("status", self.tr("St&atus"), combo(list(EventStatus)))
        self.timezone = self.add("timezone", self.tr("Venue time &zone"), QComboBox())
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        self.languages = self.add("languages", self.tr("&Languages"), QLineEdit())
        self.languages.setPlaceholderText(self.tr("language codes, e.g. fr, uk"))
        self.budget = self.add("budget", self.tr("&Budget (€)"), QLineEdit())
        self.budget.setPlaceholderText(self.tr("e.g. 12 500,50"))
        self.notes = self.add("notes", self.tr("&Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(70)
        self.layout_ = residency_layout
        self.artist = self.add("artist_id", self.tr("A&rtist"), QComboBox())
        self.host = self.add("host_structure", self.tr("&Host structure"), QLineEdit())
        self.grant = self.add("grant_amount", self.tr("&Grant (€)"), QLineEdit())
        self.grant_terms = self.add("grant_terms", self.tr("Grant ter&ms"), QPlainTextEdit())
        self.deliverables = self.add("deliverables", self.tr("&Deliverables"), QPlainTextEdit())
        for edit in (self.grant_terms, self.deliverables):
            edit.setFixedHeight(56)
        outer = self.layout()
        assert outer is not None  # the form's column, made by Form
        outer.addWidget(self.pages)
        self.kind.currentIndexChanged.connect(self._show_residency)
        self._initial: dict[str, Any] = {}
        self._show_residency()

    def fill_partners(self) -> None:
        """Offer the partners (foreign authorities) as they are now, the one chosen
        kept: one created, renamed or deleted on another page shows at once. An
        unedited form stays unedited."""
        was_clean = not self.is_modified()
        chosen = self.partner.currentData()
        blocked = self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(self.tr("(none)"), None)
        for org in organisations.list_organisations(
            self._db, kind=OrganisationKind.FOREIGN_AUTHORITY
        ):
            self.partner.addItem(org.name, org.id)
        if chosen is not None and self.partner.findData(chosen) < 0:
            # an organisation of another kind, chosen before: kept if it is still there
            with contextlib.suppress(NotFoundError):
                self.partner.addItem(organisations.get_organisation(self._db, chosen).name, chosen)
        set_combo(self.partner, chosen)
        self.partner.blockSignals(blocked)
        if was_clean:
            self.mark_clean()

    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return page, form

    def _show_residency(self) -> None:
        """The residency page is there only while the kind is a residency."""
        residency = self.kind.currentData() == EventKind.RESIDENCY
        shown = self.pages.indexOf(self.residency_page) >= 0
        if residency and not shown:
            self.pages.addTab(self.residency_page, self.tr("&Residency"))
        elif shown and not residency:
            self.pages.setCurrentWidget(self.general_page)
            self.pages.removeTab(self.pages.indexOf(self.residency_page))

    def show_error(self, error: CoopdeskError, aliases: dict[str, str] | None = None) -> None:
        """As :meth:`Form.show_error`, the page of the first refused field brought up."""
        super().show_error(error, aliases)
        first = next((f for f, label in self.errors.items() if not label.isHidden()), None)
        if first is not None:
            editor = self.editors[first]
            page = self.residency_page if self.residency_page.isAncestorOf(editor) else None
            self.pages.setCurrentWidget(page or self.general_page)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_artists(self, choices: list[tuple[int, str]], current: int | None) -> None:
        self.artist.clear()
        self.artist.addItem(self.tr("(none)"), None)
        for person_id, name in choices:
            self.artist.addItem(name, person_id)
        set_combo(self.artist, current)

    def load(self, event: EventView) -> None:
        self.title.setText(event.title)
        set_combo(self.kind, event.kind)
        self.start.setDate(to_qdate(event.start_date))
        self.end.setDate(to_qdate(event.end_date))
        if event.partner_id is not None and self.partner.findData(event.partner_id) < 0:
            self.partner.addItem(event.partner or "", event.partner_id)
        set_combo(self.partner, event.partner_id)
        set_combo(self.status, event.status)
        self.timezone.setCurrentText(event.timezone)
        self.languages.setText(", ".join(event.languages))
        self.budget.setText(decimal_text(event.budget))
        self.notes.setPlainText(event.notes or "")
        self.host.setText(event.host_structure or "")
        self.grant.setText(decimal_text(event.grant_amount))
        self.grant_terms.setPlainText(event.grant_terms or "")
        self.deliverables.setPlainText(event.deliverables or "")
        self._show_residency()
        self.clear_errors()
        self._initial = self.values()
        self.mark_clean()

    def load_new(self, start: date) -> None:
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(start))
        set_combo(self.status, EventStatus.DRAFT)
        self.timezone.setCurrentText("Europe/Paris")
        self.languages.setText("fr")
        self._initial = {}
        self.mark_clean()

    def values_fields(self) -> list[str]:
        fields = [
            "title",
            "kind",
            "start_date",
            "end_date",
            "partner_id",
            "status",
            "timezone",
            "languages",
            "budget",
            "notes",
        ]
        if self.kind.currentData() == EventKind.RESIDENCY:
            fields += list(RESIDENCY_FIELDS)
        return fields

    def _value_of(self, field: str) -> Any:
        readers: dict[str, Callable[[], Any]] = {
            "title": self.title.text,
            "kind": self.kind.currentData,
            "start_date": lambda: from_qdate(self.start.date()),
            "end_date": lambda: from_qdate(self.end.date()),
            "partner_id": self.partner.currentData,
            "status": self.status.currentData,
            "timezone": self.timezone.currentText,
            "languages": self.languages.text,
            "budget": self.budget.text,
            "notes": lambda: text_value(self.notes),
            "artist_id": self.artist.currentData,
            "host_structure": self.host.text,
            "grant_amount": self.grant.text,
            "grant_terms": lambda: text_value(self.grant_terms),
            "deliverables": lambda: text_value(self.deliverables),
        }
        return readers[field]()

    def values(self) -> dict[str, Any]:
        """Every field as the services take it (refused if a date cannot be read)."""
        return {field: self._value_of(field) for field in self.values_fields()}

    def readable_values(self) -> dict[str, Any]:
        """The values of the fields that can be read (an unreadable date left out)."""
        values: dict[str, Any] = {}
        for field in self.values_fields():
            try:
                values[field] = self._value_of(field)
            except ValidationError:
                continue
        return values

    def show_refusals(self, error: ValidationError) -> None:
        """Show ``error`` beside its field, with every other mistake of the form: when
        a date cannot be read, the other fields are checked all the same."""
        if self.typing_errors():
            try:
                events.check_fields(self.readable_values())
            except ValidationError as others:
                error = others
        self.show_error(error)

    def changes(self) -> dict[str, Any]:
        """The fields changed since :meth:`load` (all of them for a new event)."""
        return {k: v for k, v in self.values().items() if self._initial.get(k, object()) != v}

    def before(self, changes: dict[str, Any]) -> dict[str, Any]:
        """The loaded values of the fields in ``changes`` (what undo puts back)."""
        return {k: self._initial.get(k) for k in changes}


class NewEventDialog(EditDialog):
    """Create an event; the dialog stays open with inline messages until it is valid."""

    def __init__(
        self,
        db: Database,
        create: Callable[[dict[str, Any]], EventView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self._create = create
        self.created: EventView | None = None
        layout = QVBoxLayout(self)
        self.form = EventForm(db, self)
        self.form.load_new(date.today())
        self.form.set_artists([], None)
        self.form.mark_clean()
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            self.created = self._create(self.form.values())
        except ValidationError as error:
            self.form.show_refusals(error)
            return False
        self.accept()
        return True

    def subject(self) -> str:
        return self.form.title.text().strip()
