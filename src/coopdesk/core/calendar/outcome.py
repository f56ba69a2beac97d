"""What importing a calendar file would do, as the user reads it: the items it
brings, the entries refused or outside the event's dates, the notes, the counts and
the one sentence that refuses a whole file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from coopdesk.core.enums import AgendaItemStatus, AgendaItemType
from coopdesk.core.errors import ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.model import Event
from coopdesk.core.timezones import to_local


def _sentence(code: str, values: tuple[tuple[str, Any], ...], language: str | None) -> str:
    error = ValidationError(code, None)
    error.values = dict(values)
    return describe(error, language)


@dataclass(frozen=True, slots=True)
class ImportedItem:
    """An agenda item as the file describes it; ``existing_id`` is the item it updates."""

    uid: str
    title: str
    type: AgendaItemType
    status: AgendaItemStatus
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int | None
    description: str | None
    sequence: int
    existing_id: int | None = None
    line: int | None = None
    # A LOCATION no venue has, to become a new venue (when the import makes them).
    new_venue: str | None = None

    def days(self) -> tuple[date, date] | None:
        """The first and last day of an entry that takes whole days (midnight to
        midnight where it takes place), else None."""
        first, end = to_local(self.starts_at, self.timezone), to_local(self.ends_at, self.timezone)
        if end <= first or first.time() != time(0) or end.time() != time(0):
            return None
        return first.date(), end.date() - timedelta(days=1)

    def cancelled(self) -> bool:
        return self.status is AgendaItemStatus.CANCELLED


def _entry_name(summary: str | None, line: int | None, language: str | None) -> str:
    """« Title » (ligne 12), or "the entry on line 12": how a sentence names an entry."""
    english = language == "en"
    title = None
    if summary:
        short = summary if len(summary) <= 60 else summary[:57].rstrip() + "…"
        title = f"“{short}”" if english else f"« {short} »"
    if title and line:
        return f"{title} (line {line})" if english else f"{title} (ligne {line})"
    if title:
        return title
    if line:
        return f"the entry on line {line}" if english else f"l'entrée de la ligne {line}"
    return "an entry without a title" if english else "une entrée sans titre"


@dataclass(frozen=True, slots=True)
class RefusedEntry:
    """An entry of the file that is not imported, and why (an error code and values)."""

    uid: str | None
    summary: str | None
    code: str
    values: tuple[tuple[str, Any], ...] = ()
    line: int | None = None

    def reason(self, language: str | None = None) -> str:
        """The reason and what to do, as a sentence in ``language``."""
        return _sentence(self.code, self.values, language)

    def name(self, language: str | None = None) -> str:
        """The entry as a sentence names it: its title, its line in the file."""
        return _entry_name(self.summary, self.line, language)

    def sentence(self, language: str | None = None) -> str:
        """One sentence that names the entry, says what is wrong and what to do."""
        name = self.name(language)
        name = name[:1].upper() + name[1:]
        separator = ": " if language == "en" else " : "
        return f"{name}{separator}{self.reason(language)}"


@dataclass(frozen=True, slots=True)
class OutsideEntry:
    """An entry that takes place outside the event's dates: listed, not imported."""

    uid: str | None
    summary: str | None
    first_day: date
    last_day: date
    line: int | None = None

    def name_uid(self) -> str:
        return self.uid or "?"


@dataclass(frozen=True, slots=True)
class Note:
    """Something the import did that the user should know (a sentence, no refusal)."""

    code: str
    values: tuple[tuple[str, Any], ...] = ()

    def sentence(self, language: str | None = None) -> str:
        return _sentence(self.code, self.values, language)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the file into the event would do."""

    event_id: int
    created: tuple[ImportedItem, ...]
    updated: tuple[ImportedItem, ...]
    unchanged: tuple[ImportedItem, ...]
    refused: tuple[RefusedEntry, ...]
    outside: tuple[OutsideEntry, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def new_venues(self) -> tuple[str, ...]:
        """The places the file names that no venue has (in the order first named)."""
        items = (*self.created, *self.updated, *self.unchanged)
        return tuple(dict.fromkeys(i.new_venue for i in items if i.new_venue))


def counted_code(code: str, count: int) -> str:
    """The code of a sentence for ``count`` things: ``code_one`` says it of one."""
    return f"{code}_one" if count == 1 else code


def counts(preview: ImportPreview, language: str | None = None) -> str:
    """``3 nouveaux, 1 mis à jour, 2 inchangés, 1 hors des dates, 0 refusé.``"""
    if language == "en":
        words = [("new", "new"), ("updated", "updated"), ("unchanged", "unchanged")]
        words += [("outside the dates", "outside the dates"), ("refused", "refused")]
    else:  # French: singular up to one (0 refusé), plural from two
        words = [("nouveau", "nouveaux"), ("mis à jour", "mis à jour")]
        words += [("inchangé", "inchangés"), ("hors des dates", "hors des dates")]
        words += [("refusé", "refusés")]
    numbers = (
        len(preview.created),
        len(preview.updated),
        len(preview.unchanged),
        len(preview.outside),
        len(preview.refused),
    )
    parts = [f"{n} {one if n < 2 else many}" for n, (one, many) in zip(numbers, words, strict=True)]
    return ", ".join(parts) + "."


def refusal_of(plan: ImportPreview) -> ValidationError:
    """The one sentence that refuses the whole file: the first refused entry named."""
    first = plan.refused[0]
    return ValidationError(
        "calendar.import_refused" if len(plan.refused) > 1 else "calendar.import_refused_one",
        None,
        count=len(plan.refused),
        others=len(plan.refused) - 1,
        entry_fr=first.sentence("fr"),
        entry_en=first.sentence("en"),
    )


def nothing_to_import(plan: ImportPreview, event: Event | None = None) -> ValidationError | None:
    """Why the file brings nothing into the event, or None when it does."""
    if plan.created or plan.updated or plan.unchanged or plan.refused:
        return None
    if plan.outside:
        values: dict[str, Any] = {"count": len(plan.outside)}
        if event is not None:
            values |= {"event_start": event.start_date, "event_end": event.end_date}
        return ValidationError(
            counted_code("calendar.all_outside", len(plan.outside)), None, **values
        )
    return ValidationError("calendar.no_events", None)
