"""Overview tab: the event's fields in an editable form, saved as one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, Role
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.services import events, participants
from coopdesk.core.values import EventView
from coopdesk.gui import i18n
from coopdesk.gui.changes import ORGANISATIONS
from coopdesk.gui.crash import show_error
from coopdesk.gui.forms.event_form import EventForm
from coopdesk.gui.forms.fields import confirm_leaving
from coopdesk.gui.icons import icon
from coopdesk.gui.undo import Edits


class OverviewTab(QWidget):
    """Edits the open event; Save (Ctrl+S) refuses invalid values beside their field."""

    def __init__(self, db: Database, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits
        self.event_view: EventView | None = None
        self.form = EventForm(db)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)
        # A partner created, renamed or deleted on another page is offered at once.
        edits.changes.follow((ORGANISATIONS,), self.form.fill_partners, self)

    def load(self, event: EventView) -> None:
        if (
            self.event_view is not None
            and self.event_view.id == event.id
            and self.form.is_modified()
        ):
            return  # a reload while the form is being edited keeps what is typed
        self.event_view = event
        artists = (
            [
                (p.person_id, p.display_name)
                for p in participants.list_participants(self.db, event.id, search=None)
                if p.role is Role.ARTIST
            ]
            if event.kind is EventKind.RESIDENCY
            else []
        )
        if event.artist_id is not None and event.artist_id not in {a for a, _ in artists}:
            from coopdesk.core.services import people

            artists.append(
                (event.artist_id, people.get_person(self.db, event.artist_id).display_name)
            )
        self.form.set_artists(artists, event.artist_id)
        self.form.load(event)

    def revert(self) -> None:
        if self.event_view is not None:
            self.load(events.get_event(self.db, self.event_view.id))

    def save(self) -> bool:
        """Save what changed; ``False`` (and messages beside the fields) if refused."""
        if self.event_view is None:
            return False
        event_id, seen = self.event_view.id, self.event_view
        label = i18n.fill(self.tr("Edit %1"), self.event_view.title)
        try:
            changes = self.form.changes()
            if not changes:
                self.form.mark_clean()
                return True
            saved = self.edits.perform(
                self.db,
                label,
                lambda: events.update_event(self.db, event_id, changes, seen=seen),
            )
        except ValidationError as error:
            self.form.show_refusals(error)
            return False
        except CoopdeskError as error:  # deleted or changed at the same moment
            show_error(self, error)
            self.revert()
            return False
        self.form.mark_clean()
        if saved != self.event_view:  # a colleague's change merged, or theirs kept
            self.load(events.get_event(self.db, event_id))
        return True

    def has_unsaved_changes(self) -> bool:
        return self.event_view is not None and self.form.is_modified()

    def may_leave(self) -> bool:
        """Before another event, tab or page replaces this one: ``True`` when the form
        may be left (unchanged, saved or discarded), ``False`` to stay on it."""
        if self.event_view is None:
            return True
        return confirm_leaving(self, self.form, self.save, self.revert, self.event_view.title)
