"""Writing an accepted import preview: all of it in one transaction, or nothing.

A preview with refused rows is never applied. The database may have changed since
the preview was made (someone added the same person to the event, deleted a matched
person): such a change is refused as a whole, the user previews again. Existing
people only get their empty fields filled, checked again at write time, so nothing
someone typed meanwhile is overwritten; records that are changed go through the ORM
so their version counters move.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.enums import OrganisationKind
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.categories import create_categories
from coopdesk.core.io.matching import Directory, name_key
from coopdesk.core.io.outcome import NEW_PARTICIPATION_DEFAULTS, Action, ImportPreview, PreviewRow
from coopdesk.core.io.parsers import fold
from coopdesk.core.io.rows import PARTICIPATION_KEYS, PERSON_KEYS
from coopdesk.core.model import Base, Event, Organisation, Participation, Person, new_uid
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services._base import assign, get_row

_PERSON_DEFAULTS: dict[str, Any] = dict.fromkeys(PERSON_KEYS) | {
    "first_name": "",
    "last_name": "",
    "languages": "",
    "organisation_id": None,
    "version": 1,
}
_PARTICIPATION_DEFAULTS: dict[str, Any] = dict.fromkeys(PARTICIPATION_KEYS) | {
    "arrival_time_known": True,
    "departure_time_known": True,
}


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did; ``participation_ids`` are the new participations."""

    participation_ids: tuple[int, ...]
    people_created: int
    people_filled: int
    participations_updated: int
    skipped: int
    organisations_created: tuple[int, ...]
    categories_created: tuple[str, ...] = ()


def organisation_kind(country: str | None) -> OrganisationKind:
    """The kind given to an organisation an import creates: a French authority when
    it is in France (or the list does not say), a foreign authority otherwise. It is
    the usual case for an international-relations office; the user corrects others."""
    return (
        OrganisationKind.FRENCH_AUTHORITY
        if country in (None, "FR")
        else (OrganisationKind.FOREIGN_AUTHORITY)
    )


def apply_import(
    db: Database,
    preview: ImportPreview,
    *,
    fill_empty: bool = True,
    as_new: Collection[int] = (),
    accept_warnings: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Write ``preview`` in one transaction.

    ``fill_empty`` fills matched people's empty fields from the file; ``as_new``
    lists the lines whose match the user refused: those rows create a new person.
    A preview with refused rows, with a date order to choose, or with warnings the
    user has not accepted (``accept_warnings``) is refused. ``progress`` counts the
    rows written; a cancel rolls the whole import back.
    """
    if preview.issues:
        raise ValidationError("import.has_errors", None, count=len(preview.refused_lines))
    if preview.date_questions:
        columns = ", ".join(f"« {o.header} »" for o in preview.date_questions)
        raise ValidationError("import.date_order_needed", None, columns=columns)
    if preview.warnings and not accept_warnings:
        raise ValidationError("import.warnings_not_accepted", None, count=len(preview.warnings))
    rows = [_as_new(row) if row.line in as_new else row for row in preview.rows]
    with db.session() as session:
        _lock_for_import(session)
        get_row(session, Event, preview.event_id, "event")
        _check_unchanged(session, preview.event_id, rows)
        _check_still_new(session, preview, rows, as_new)
        org_ids = _create_organisations(session, preview)
        categories = create_categories(session, preview.new_categories)
        new_rows = [row for row in rows if row.action is Action.NEW_PERSON]
        person_ids = iter(_insert_people(session, new_rows, org_ids))
        filled = updated = 0
        joining: list[tuple[int, PreviewRow]] = []
        progress.begin(len(rows))
        for row in rows:
            progress.advance()
            if row.action is Action.NEW_PERSON:
                joining.append((next(person_ids), row))
                continue
            assert row.person_id is not None
            if fill_empty and row.fills:
                filled += _fill(session, row, org_ids)
            if row.action is Action.EXISTING_PERSON:
                joining.append((row.person_id, row))
            elif row.action is Action.UPDATE and row.changes:
                participation = get_row(
                    session, Participation, row.participation_id or 0, "participation"
                )
                assign(participation, dict(row.changes))
                updated += 1
        session.flush()
        progress.check()
        participation_ids = _insert_participations(session, preview.event_id, joining)
        audit.log_import(
            session,
            preview.event_id,
            preview.source,
            [
                (row.line, pid, part)
                for (pid, row), part in zip(joining, participation_ids, strict=True)
            ],
            {"people_created": len(new_rows), "people_filled": filled, "updated": updated},
        )
    return ImportResult(
        participation_ids=tuple(participation_ids),
        people_created=len(new_rows),
        people_filled=filled,
        participations_updated=updated,
        skipped=sum(1 for row in rows if row.action is Action.SKIP),
        organisations_created=tuple(org_ids.values()),
        categories_created=tuple(categories),
    )


def _as_new(row: PreviewRow) -> PreviewRow:
    if row.action is Action.NEW_PERSON:
        return row
    return PreviewRow(
        line=row.line,
        action=Action.NEW_PERSON,
        name=row.name,
        person=row.person,
        participation=dict(NEW_PARTICIPATION_DEFAULTS) | dict(row.participation),
        organisation=row.organisation,
        organisation_id=row.organisation_id,
    )


# Any fixed number: the PostgreSQL advisory lock imports take in turn.
_IMPORT_LOCK = 0x636F6F70  # "coop"


def _lock_for_import(session: Session) -> None:
    """Let one import write at a time, and read what an import that ran meanwhile
    wrote: two colleagues importing the same list at once must not create everyone
    twice. SQLite takes its write lock now (the only writer until the end of the
    transaction); PostgreSQL waits for the other import's transaction to end."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _IMPORT_LOCK})
    else:  # a write that changes nothing takes SQLite's write lock
        session.execute(text("UPDATE alembic_version SET version_num = version_num"))


def _check_still_new(
    session: Session, preview: ImportPreview, rows: Sequence[PreviewRow], as_new: Collection[int]
) -> None:
    """Refuse the import when someone it would create is in the directory by now (the
    same e-mail, or the same name and organisation, as the preview matches them), or
    an organisation it would create exists by now."""
    directory = Directory.load(session, preview.event_id)
    for row in rows:
        if row.action is not Action.NEW_PERSON or row.line in as_new:  # the user said so
            continue
        email = row.person.get("email")
        name = name_key(
            row.person.get("first_name"), row.person.get("last_name"), row.person.get("native_name")
        )
        found, _ = directory.match(
            row.organisation, str(email).casefold() if email else None, name, row.organisation_id
        )
        if found is not None:
            raise _stale(f"person {found} added meanwhile")
    for organisation in preview.new_organisations:
        if fold(organisation) in directory.organisations:
            raise _stale(f"organisation {organisation} added meanwhile")


def _stale(reason: str) -> ValidationError:
    return ValidationError("import.changed_since_preview", None, reason=reason)


def _check_unchanged(session: Session, event_id: int, rows: Sequence[PreviewRow]) -> None:
    query = select(Participation.person_id, Participation.id).where(
        Participation.event_id == event_id
    )
    in_event = {
        person_id: participation_id for person_id, participation_id in session.execute(query)
    }
    matched = {row.person_id for row in rows if row.person_id is not None}
    known = (
        set(session.scalars(select(Person.id).where(Person.id.in_(matched)))) if matched else set()
    )
    for row in rows:
        if row.person_id is not None and row.person_id not in known:
            raise _stale(f"person {row.person_id}")
        if row.action is Action.EXISTING_PERSON and row.person_id in in_event:
            raise _stale(f"person {row.person_id} already in the event")
        if row.action in (Action.UPDATE, Action.SKIP) and (
            in_event.get(row.person_id or 0) != row.participation_id
        ):
            raise _stale(f"participation {row.participation_id}")
    org_ids = {row.organisation_id for row in rows if row.organisation_id is not None}
    if org_ids:
        found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(org_ids))))
        if org_ids - found:
            raise _stale(f"organisation {min(org_ids - found)}")


def _create_organisations(session: Session, preview: ImportPreview) -> dict[str, int]:
    created: dict[str, Organisation] = {}
    for name, country in preview.new_organisations.items():
        created[fold(name)] = Organisation(
            name=name, kind=organisation_kind(country), country=country
        )
    session.add_all(created.values())
    session.flush()
    return {key: org.id for key, org in created.items()}


def _organisation_id(row: PreviewRow, org_ids: dict[str, int]) -> int | None:
    if row.organisation_id is not None:
        return row.organisation_id
    return org_ids[fold(row.organisation)] if row.organisation else None


def _insert_people(
    session: Session, rows: Sequence[PreviewRow], org_ids: dict[str, int]
) -> list[int]:
    if not rows:
        return []
    # One executemany needs the same keys in every row: absent fields are defaults.
    values = [
        _PERSON_DEFAULTS | dict(row.person) | {"organisation_id": _organisation_id(row, org_ids)}
        for row in rows
    ]
    table = Base.metadata.tables["person"]
    return list(
        session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), values)
    )


def _fill(session: Session, row: PreviewRow, org_ids: dict[str, int]) -> int:
    """Fill the matched person's fields that are still empty; 1 if any was."""
    person = get_row(session, Person, row.person_id or 0, "person")
    changes = {
        key: value
        for key, value in row.fills.items()
        if key != "organisation" and getattr(person, key) in (None, "")
    }
    if "organisation" in row.fills and person.organisation_id is None:
        changes["organisation_id"] = _organisation_id(row, org_ids)
    assign(person, changes)
    return 1 if changes else 0


def _insert_participations(
    session: Session, event_id: int, joining: Sequence[tuple[int, PreviewRow]]
) -> list[int]:
    if not joining:
        return []
    values = [
        _PARTICIPATION_DEFAULTS
        | dict(row.participation)
        | {"event_id": event_id, "person_id": person_id, "uid": new_uid(), "version": 1}
        for person_id, row in joining
    ]
    table = Base.metadata.tables["participation"]
    return list(
        session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), values)
    )
