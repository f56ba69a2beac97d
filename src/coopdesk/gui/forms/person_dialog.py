"""A person's whole record: how to address them, names in every script, where they
work, how to reach them, their elected office, and the sensitive data kept for travel
and welcome (marked as such: purged on a schedule)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.enums import ElectedOffice
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.values import OrganisationView, PersonView
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.fields import Form, OptionalDate, combo, compact, set_combo

# save(values) -> the saved person; raises CoopdeskError to keep the form open
SavePerson = Callable[[dict[str, Any]], Any]


class PersonDialog(EditDialog):
    """The person form; stays open, messages beside the fields, until it is valid."""

    def __init__(
        self,
        save: SavePerson,
        organisations: Sequence[OrganisationView],
        person: PersonView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self._save = save
        self.identity = Form()
        f = self.identity
        self.civility = f.add("civility", self.tr("&Civility"), QLineEdit())
        self.civility.setPlaceholderText(self.tr("Mme, M., Dr…"))
        self.form_of_address = f.add("form_of_address", self.tr("Form of &address"), QLineEdit())
        self.form_of_address.setPlaceholderText(self.tr("e.g. Madame la Présidente"))
        self.first_name = f.add("first_name", self.tr("&First name"), QLineEdit())
        self.last_name = f.add("last_name", self.tr("&Last name"), QLineEdit())
        self.native_name = f.add("native_name", self.tr("Name in own &script"), QLineEdit())
        self.native_name.setPlaceholderText(self.tr("e.g. Олена Коваленко, 山田 花子"))
        self.function = f.add("function", self.tr("F&unction"), QLineEdit())
        self.organisation = f.add("organisation_id", self.tr("&Organisation"), QComboBox())
        compact(self.organisation, 24)
        self.organisation.addItem(self.tr("(none)"), None)
        for org in organisations:
            text = f"{org.name} ({org.country})" if org.country else org.name
            self.organisation.addItem(text, org.id)
        for box in (self.organisation,):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.email = f.add("email", self.tr("E-&mail"), QLineEdit())
        self.phone = f.add("phone", self.tr("&Phone"), QLineEdit())
        self.languages = f.add("languages", self.tr("Lan&guages"), QLineEdit())
        self.languages.setPlaceholderText(self.tr("codes, e.g. uk, en"))
        self.notes = f.add("notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setFixedHeight(54)

        self.protocol = Form()
        p = self.protocol
        self.elected_office = p.add(
            "elected_office",
            self.tr("&Elected office"),
            combo(list(ElectedOffice), empty=self.tr("(no elected office)")),
        )
        self.elected_office.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.office_rank = p.add("office_rank", self.tr("&Rank in the office"), QLineEdit())
        self.office_rank.setPlaceholderText(self.tr("1 for the first deputy mayor…"))
        self.precedence = p.add("precedence", self.tr("Own protocol ran&k"), QLineEdit())
        self.precedence.setPlaceholderText(self.tr("only to override the usual order"))
        office_hint = QLabel(
            self.tr(
                "The elected office places the person in the order of precedence "
                "(decree 89-655), after the head of delegation."
            )
        )
        office_hint.setWordWrap(True)
        office_hint.setEnabled(False)

        self.sensitive = Form()
        s = self.sensitive
        self.passport_number = s.add("passport_number", self.tr("Pass&port number"), QLineEdit())
        self.passport_expiry = s.add(
            "passport_expiry", self.tr("Passport e&xpiry"), OptionalDate(self.tr("known"))
        )
        self.birth_date = s.add(
            "birth_date", self.tr("Date of &birth"), OptionalDate(self.tr("known"))
        )
        self.nationality = s.add("nationality", self.tr("&Nationality"), QLineEdit())
        self.nationality.setPlaceholderText(self.tr("two-letter code, e.g. FR, UA, JP"))
        self.dietary_needs = s.add("dietary_needs", self.tr("&Diet"), QPlainTextEdit())
        self.dietary_needs.setFixedHeight(44)
        self.accessibility_needs = s.add(
            "accessibility_needs", self.tr("Accessi&bility"), QPlainTextEdit()
        )
        self.accessibility_needs.setFixedHeight(44)
        sensitive_box = QGroupBox(self.tr("Sensitive personal data"))
        sensitive_box.setObjectName("sensitive")
        box_layout = QVBoxLayout(sensitive_box)
        warning = QLabel(
            self.tr(
                "Kept only as long as needed: blanked by “Purge personal data” once the "
                "person's last event is over, never written to the change log."
            )
        )
        warning.setWordWrap(True)
        box_layout.addWidget(warning)
        box_layout.addWidget(self.sensitive)
        protocol_box = QGroupBox(self.tr("Protocol"))
        protocol_layout = QVBoxLayout(protocol_box)
        protocol_layout.addWidget(self.protocol)
        protocol_layout.addWidget(office_hint)

        left = QVBoxLayout()
        left.addWidget(self.identity)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(protocol_box)
        right.addWidget(sensitive_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        buttons = self.save_cancel_buttons()
        layout.addWidget(buttons)
        self._load(person)
        self.loaded = self.values()
        self.resize(940, 0)

    def _load(self, person: PersonView | None) -> None:
        today = date.today()
        if person is None:
            self.passport_expiry.set_value(None, today)
            self.birth_date.set_value(None, today.replace(year=today.year - 40))
            return
        for name in (
            "civility",
            "form_of_address",
            "first_name",
            "last_name",
            "native_name",
            "function",
            "email",
            "phone",
            "passport_number",
            "nationality",
        ):
            editor: QLineEdit = getattr(self, name)
            editor.setText(getattr(person, name) or "")
        self.languages.setText(", ".join(person.languages))
        self.notes.setPlainText(person.notes or "")
        set_combo(self.organisation, person.organisation_id)
        set_combo(self.elected_office, person.elected_office)
        self.office_rank.setText("" if person.office_rank is None else str(person.office_rank))
        self.precedence.setText("" if person.precedence is None else str(person.precedence))
        self.passport_expiry.set_value(person.passport_expiry, today)
        self.birth_date.set_value(person.birth_date, today.replace(year=today.year - 40))
        self.dietary_needs.setPlainText(person.dietary_needs or "")
        self.accessibility_needs.setPlainText(person.accessibility_needs or "")

    def values(self) -> dict[str, Any]:
        def line(editor: QLineEdit) -> str | None:
            return editor.text().strip() or None

        def number(editor: QLineEdit) -> int | str | None:
            text = editor.text().strip()
            return int(text) if text.isdigit() else text or None

        def block(editor: QPlainTextEdit) -> str | None:
            return editor.toPlainText().strip() or None

        return {
            "civility": line(self.civility),
            "form_of_address": line(self.form_of_address),
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "native_name": line(self.native_name),
            "function": line(self.function),
            "organisation_id": self.organisation.currentData(),
            "email": line(self.email),
            "phone": line(self.phone),
            "languages": self.languages.text().replace(" ", ""),
            "notes": block(self.notes),
            "elected_office": self.elected_office.currentData(),
            "office_rank": number(self.office_rank),
            "precedence": number(self.precedence),
            "passport_number": line(self.passport_number),
            "passport_expiry": self.passport_expiry.value(),
            "birth_date": self.birth_date.value(),
            "nationality": (line(self.nationality) or "").upper() or None,
            "dietary_needs": block(self.dietary_needs),
            "accessibility_needs": block(self.accessibility_needs),
        }

    def save(self) -> None:
        for form in (self.identity, self.protocol, self.sensitive):
            form.clear_errors()
        for form in (self.identity, self.protocol, self.sensitive):
            typing = form.typing_errors()  # a date typed that is not one: said beside it
            if typing:
                form.show_error(typing[0])
                return
        try:
            self._save(self.values())
        except CoopdeskError as error:  # refusals beside the field, a clash on top
            field = error.field or ""
            for form in (self.protocol, self.sensitive):
                if field in form.editors:
                    form.show_error(error)
                    return
            self.identity.show_error(error)
            return
        self.accept()
