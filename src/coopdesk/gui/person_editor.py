"""Opening a person's record from anywhere in the window (the directory, a participant
row): create, correct, merge with a likely duplicate, each step undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import organisations, people
from coopdesk.core.services.person_merge import merge_people
from coopdesk.core.values import PersonView
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.forms.fields import ask_yes_no
from coopdesk.gui.forms.person_dialog import PersonDialog
from coopdesk.gui.forms.record_edit import changed_fields, save_changes
from coopdesk.gui.undo import Edits


def person_name(person: PersonView) -> str:
    return person.display_name or person.native_name or ""


def new_person(db: Database, edits: Edits, parent: QWidget) -> PersonView | None:
    """Ask for a new person and add them to the directory; the record made, or None."""
    state: dict[str, Any] = {}

    def save(values: dict[str, Any]) -> Any:
        filled = {k: v for k, v in values.items() if v not in (None, "")}
        made = edits.perform(
            db,
            QCoreApplication.translate("PersonEditor", "New person %1").replace(
                "%1", person_name(_preview(values))
            ),
            lambda: people.create_person(db, **filled),
        )
        state["person"] = made
        return made

    dialog = PersonDialog(save, organisations.list_organisations(db), None, parent)
    if dialog.exec():
        made: PersonView = state["person"]
        return made
    return None


def _preview(values: dict[str, Any]) -> PersonView:
    return PersonView(
        id=0,
        civility=None,
        first_name=values.get("first_name") or "",
        last_name=values.get("last_name") or "",
        native_name=values.get("native_name"),
        function=None,
        organisation_id=None,
        organisation=None,
        email=None,
        phone=None,
        languages=(),
        form_of_address=None,
        precedence=None,
        elected_office=None,
        office_rank=None,
        notes=None,
        passport_number=None,
        passport_expiry=None,
        birth_date=None,
        dietary_needs=None,
        accessibility_needs=None,
        version=0,
    )


def edit_person(db: Database, edits: Edits, person_id: int, parent: QWidget) -> bool:
    """Open the person's record; sends only the fields changed, from the version seen.
    Returns whether something was saved."""
    try:
        seen = people.get_person(db, person_id)
    except CoopdeskError as error:
        show_error(parent, error)
        return False
    dialog: PersonDialog | None = None
    saved: list[bool] = []

    def save(values: dict[str, Any]) -> Any:
        assert dialog is not None
        changes = changed_fields(dialog.loaded, values)
        done = save_changes(
            db,
            edits,
            i18n.fill(QCoreApplication.translate("PersonEditor", "Edit %1"), person_name(seen)),
            lambda these, view: people.update_person(db, person_id, these, view),
            changes,
            seen,
        )
        saved.append(done)
        return done

    dialog = PersonDialog(save, organisations.list_organisations(db), seen, parent)
    dialog.exec()
    return any(saved)


def merge_into(
    db: Database, edits: Edits, keep: PersonView, other: PersonView, parent: QWidget
) -> bool:
    """Merge ``other`` into ``keep`` after a confirmation; returns whether it was done."""
    # fmt: off
    question = i18n.fill(QCoreApplication.translate("PersonEditor",
        "Merge the record of %2 into that of %1? Every participation of %2 moves to "
        "%1, the blank fields of %1 take the values of %2, and the record of %2 is "
        "removed. The merge can be undone."), person_name(keep), person_name(other))
    # fmt: on
    if not ask_yes_no(
        parent, QCoreApplication.translate("PersonEditor", "Merge two records"), question
    ):
        return False
    try:
        edits.perform(
            db,
            i18n.fill(
                QCoreApplication.translate("PersonEditor", "Merge %1 into %2"),
                person_name(other),
                person_name(keep),
            ),
            lambda: merge_people(db, keep.id, other.id, seen_keep=keep, seen_other=other),
        )
    except CoopdeskError as error:
        show_error(parent, error)
        return False
    return True
