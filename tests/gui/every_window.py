"""Every dialog the window opens, built over the Apostolove delegation (for checks that
must hold in all of them: typing dates, mnemonics, Tab in notes fields)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QWidget

from coopdesk.core.db import Database
from coopdesk.core.errors import StaleEditError
from coopdesk.core.seating import Shape
from coopdesk.core.services import agenda, categories, organisations, participants, venues
from coopdesk.core.services import people as directory
from coopdesk.core.services.clashes import Clash
from coopdesk.core.services.seating import TableView
from coopdesk.core.values import EventView

_HOLDERS: list[QWidget] = []


def every_dialog(db: Database, event: EventView, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """``(name, dialog)`` for each dialog, built (not shown) in turn."""
    from coopdesk.core.documents.layouts import list_layouts
    from coopdesk.gui.about import AboutDialog
    from coopdesk.gui.calendar_import import CalendarImportDialog
    from coopdesk.gui.categories import CategoriesDialog, CategoryDialog
    from coopdesk.gui.forms.agenda_dialog import AgendaItemDialog
    from coopdesk.gui.forms.event_form import NewEventDialog
    from coopdesk.gui.forms.organisation_dialog import OrganisationDialog
    from coopdesk.gui.forms.participant_dialog import AddParticipantDialog
    from coopdesk.gui.forms.partnership_dialog import AgreementDialog, PartnershipDialog
    from coopdesk.gui.forms.person_dialog import PersonDialog
    from coopdesk.gui.forms.purge_dialog import PurgeDialog
    from coopdesk.gui.forms.stale import StaleEditDialog
    from coopdesk.gui.forms.travel_dialog import TravelDialog
    from coopdesk.gui.forms.venue_dialog import VenueDialog
    from coopdesk.gui.history_view import HistoryDialog
    from coopdesk.gui.import_wizard import ImportWizard
    from coopdesk.gui.pdf_dialogs import BadgeDialog, ListDialog, language_dialog
    from coopdesk.gui.seating import PeopleDialog, SeatingDialog, TableDialog
    from coopdesk.gui.settings import SettingsDialog
    from coopdesk.gui.undo import Edits

    holder = QWidget()  # a parent the document language dialog needs, kept with the rest
    _HOLDERS.append(holder)
    people = participants.list_participants(db, event.id, search=None)
    items = agenda.list_agenda(db, event.id)
    orgs = organisations.list_organisations(db)
    nothing: Callable[..., None] = lambda *args: None  # noqa: E731
    stale = StaleEditError(
        "record.changed", None, entity="event", id=event.id, fields={"title": ("A", "B")}
    )
    clash = Clash("event", event.id, "", "title", "A", "B")
    clashing = StaleEditError("record.changed", None, entity="event", id=event.id, clashes=(clash,))
    edits = Edits(holder)
    venue = venues.create_venue(
        db, name="Salle des fêtes", city="La Rochelle", timezone="Europe/Paris"
    )
    dinner = next(i for i in items if i.title == "Dîner officiel")
    seating = SeatingDialog(db, edits, dinner.id)
    seating_tables = [TableView(1, 1, None, Shape.ROUND, 8, True, 0.0, 0.0)]
    builders: list[tuple[str, Callable[[], QWidget]]] = [
        ("new event", lambda: NewEventDialog(db, nothing)),
        (
            "new agenda item",
            lambda: AgendaItemDialog(event, venues.list_venues(db), people, nothing),
        ),
        (
            "agenda item",
            lambda: AgendaItemDialog(event, venues.list_venues(db), people, nothing, items[0]),
        ),
        ("travel", lambda: TravelDialog(people[0], event.timezone, event.start_date, nothing)),
        ("add participant", lambda: AddParticipantDialog(db, nothing)),
        ("new organisation", lambda: OrganisationDialog(nothing)),
        ("organisation", lambda: OrganisationDialog(nothing, orgs[0])),
        ("partnership", lambda: PartnershipDialog(orgs, orgs, nothing)),
        ("agreement", lambda: AgreementDialog(orgs[0].name, nothing)),
        ("purge", lambda: PurgeDialog()),
        ("stale edit", lambda: StaleEditDialog(stale)),
        ("stale edit, field by field", lambda: StaleEditDialog(clashing)),
        ("new person", lambda: PersonDialog(nothing, orgs)),
        (
            "person",
            lambda: PersonDialog(nothing, orgs, directory.get_person(db, people[0].person_id)),
        ),
        ("new venue", lambda: VenueDialog(nothing)),
        ("venue", lambda: VenueDialog(nothing, venue)),
        ("badge categories", lambda: CategoriesDialog(db, edits)),
        ("new category", lambda: CategoryDialog(nothing)),
        ("category", lambda: CategoryDialog(nothing, categories.list_categories(db)[0])),
        ("history", lambda: HistoryDialog(db, event.id, event.title)),
        ("history of the base", lambda: HistoryDialog(db)),
        ("table plan", lambda: seating),
        ("guests of a table", lambda: PeopleDialog("Table 1", people, set())),
        ("a table of the plan", lambda: TableDialog(seating_tables[0])),
        ("about", lambda: AboutDialog()),
        ("settings", lambda: SettingsDialog(db)),
        ("calendar import", lambda: CalendarImportDialog(db, event)),
        ("import wizard", lambda: ImportWizard(db, event)),
        ("badges", lambda: BadgeDialog(list_layouts(), people, [], "fr")),
        ("sign-in sheets", lambda: ListDialog(items, "fr")),
        ("document language", lambda: language_dialog("Programme", "fr", holder)),
    ]
    for name, build in builders:
        yield name, build()
