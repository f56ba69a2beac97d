"""What an import would do, row by row, before anything is written.

Each accepted row is matched against the directory and the event: a person with the
same e-mail (any case), or the same first and last name and organisation (accents
and case aside), is an *existing person* offered for merge, whose empty fields the
row may fill, instead of a duplicate; someone already in this event is an *update*
of their participation, or *skipped* when the row changes nothing. Organisations
are matched by name, or listed as new. Every refused row is listed with its line and
column. The preview is a plain value: :func:`coopdesk.core.io.apply.apply_import`
writes it, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.bulk import few_collections
from coopdesk.core.io.headers import ColumnMapping, guess_mapping
from coopdesk.core.io.reading import Table
from coopdesk.core.io.rows import PARTICIPATION_KEYS, PERSON_KEYS, ParsedRow, RowIssue, RowReader
from coopdesk.core.io.values import fold
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services._base import get_row

NEW_PARTICIPATION_DEFAULTS: Mapping[str, Any] = {
    "role": Role.GUEST,
    "category": BadgeCategory.GUEST,
    "status": ParticipationStatus.INVITED,
}
_CHUNK = 500
_NOTHING: Mapping[str, Any] = MappingProxyType({})


class Action(StrEnum):
    NEW_PERSON = "new_person"
    EXISTING_PERSON = "existing_person"
    UPDATE = "update_participation"
    SKIP = "skipped"


class PreviewRow(NamedTuple):
    """What one accepted row will do.

    ``person`` and ``participation`` hold the row's validated values (instants in
    UTC). ``person_id`` is the directory person it matched (``matched_by`` says how),
    ``fills`` the fields of that person the row would fill because they are empty,
    ``changes`` the participation fields an update would change. A named tuple: a
    preview of ten thousand rows builds ten thousand of them.
    """

    line: int
    action: Action
    name: str
    person: Mapping[str, Any]
    participation: Mapping[str, Any]
    organisation: str | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    matched_by: str | None = None
    participation_id: int | None = None
    fills: Mapping[str, Any] = _NOTHING
    changes: Mapping[str, Any] = _NOTHING

    @property
    def new_organisation(self) -> bool:
        return self.organisation is not None and self.organisation_id is None


@dataclass(frozen=True)
class ImportPreview:
    """Every row of a file and what importing it would do; ``issues`` lists the
    refused rows and cells. Nothing is written until the preview is applied."""

    event_id: int
    source: str
    mapping: ColumnMapping
    rows: tuple[PreviewRow, ...]
    issues: tuple[RowIssue, ...]
    new_organisations: Mapping[str, str | None]

    @property
    def accepted(self) -> bool:
        return not self.issues

    @property
    def refused_lines(self) -> tuple[int, ...]:
        return tuple(sorted({issue.line for issue in self.issues}))

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)


def _name_key(first: str | None, last: str | None, native: str | None) -> tuple[str, str]:
    return (fold(first or ""), fold(last)) if last else ("", fold(native or ""))


@dataclass
class _Directory:
    """What the matching needs from the database, read once."""

    organisations: dict[str, tuple[int, str]]
    by_email: dict[str, int]
    by_name: dict[tuple[str, str], list[tuple[int, int | None]]]
    in_event: dict[int, Participation]

    @classmethod
    def load(cls, session: Session, event_id: int) -> _Directory:
        organisations = {
            fold(name): (org_id, name)
            for org_id, name in session.execute(select(Organisation.id, Organisation.name))
        }
        by_email: dict[str, int] = {}
        by_name: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
        people = select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.native_name,
            Person.organisation_id,
            Person.email,
        ).order_by(Person.id)
        for person_id, first, last, native, org_id, email in session.execute(people):
            if email:
                by_email.setdefault(email.casefold(), person_id)
            by_name.setdefault(_name_key(first, last, native), []).append((person_id, org_id))
        in_event = {
            row.person_id: row
            for row in session.scalars(
                select(Participation).where(Participation.event_id == event_id)
            )
        }
        return cls(organisations, by_email, by_name, in_event)

    def match(
        self, row: ParsedRow, email: str | None, name: tuple[str, str], org_id: int | None
    ) -> tuple[int | None, str | None]:
        """The directory person a row names (and how), if exactly one fits; ``email``
        is the row's e-mail case-folded."""
        if email and email in self.by_email:
            return self.by_email[email], "email"
        people = self.by_name.get(name)
        if not people:
            return None, None
        if row.organisation is None:  # the list does not say: a unique namesake matches
            candidates = [person_id for person_id, _ in people]
        else:
            candidates = [p for p, o in people if o is not None and o == org_id]
        return (candidates[0], "name") if len(candidates) == 1 else (None, None)


@dataclass
class _Matches:
    """How the accepted rows match the directory, column by column: one list per
    attribute (an item per row) rather than a record per row, quicker to build."""

    rows: list[ParsedRow]
    emails: list[str | None]  # case-folded
    names: list[tuple[str, str]]
    organisations: list[str]  # folded, "" when the row gives none
    known_organisations: list[tuple[int, str] | None]
    people: list[tuple[int | None, str | None]]  # the person matched, and how


def _current_people(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    wanted = sorted(set(ids))
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            found[person.id] = {key: getattr(person, key) for key in PERSON_KEYS} | {
                "organisation_id": person.organisation_id
            }
    return found


def preview_import(
    db: Database, event_id: int, table: Table, mapping: ColumnMapping | None = None
) -> ImportPreview:
    """What importing ``table`` into the event would do (nothing is written).

    Without ``mapping`` the columns are guessed (or remembered from a file of the
    same shape). A mapping that fills a field twice or names nobody is refused
    with a :class:`ValidationError`; bad rows are listed in ``issues``.
    """
    if mapping is None:
        mapping = guess_mapping(table.rows)
    mapping.check()
    with few_collections(), db.session() as session:
        event = get_row(session, Event, event_id, "event")
        reader = RowReader(mapping, event.timezone)
        rows, new_organisations = _preview_rows(session, event_id, reader, table)
    issues = sorted(reader.issues, key=lambda issue: issue.line)
    return ImportPreview(event_id, table.source, mapping, rows, tuple(issues), new_organisations)


def _preview_rows(
    session: Session, event_id: int, reader: RowReader, table: Table
) -> tuple[tuple[PreviewRow, ...], dict[str, str | None]]:
    """The preview rows and the new organisations. The parsed rows and the matches
    are freed on return, before :func:`few_collections` ends: the collection that
    follows has fewer objects to walk."""
    parsed = reader.read(table.rows)
    directory = _Directory.load(session, event_id)
    matches = _match(parsed, directory)
    current = _current_people(session, (p for p, _ in matches.people if p))
    return _rows(matches, directory, current, reader)


def _match(parsed: list[ParsedRow], directory: _Directory) -> _Matches:
    people = [row.person for row in parsed]
    emails = [email.casefold() if email else None for email in (p.get("email") for p in people)]
    names = list(
        map(
            _name_key,
            [p.get("first_name") for p in people],
            [p.get("last_name") for p in people],
            [p.get("native_name") for p in people],
        )
    )
    # Organisation names repeat: fold each once.
    folded = {name: fold(name) for name in {row.organisation for row in parsed} if name}
    organisations = [folded[row.organisation] if row.organisation else "" for row in parsed]
    known = [directory.organisations.get(org) if org else None for org in organisations]
    by_email, by_name = directory.by_email, directory.by_name
    matched = [  # most rows of a long list are new people: no e-mail nor name is known
        directory.match(row, email, name, org[0] if org else None)
        if email in by_email or name in by_name
        else (None, None)
        for row, email, name, org in zip(parsed, emails, names, known, strict=True)
    ]
    return _Matches(parsed, emails, names, organisations, known, matched)


def _rows(
    matches: _Matches,
    directory: _Directory,
    current: Mapping[int, Mapping[str, Any]],
    reader: RowReader,
) -> tuple[tuple[PreviewRow, ...], dict[str, str | None]]:
    """The preview rows; a row naming the same person as an earlier one is refused."""
    rows: list[PreviewRow] = []
    new_organisations: dict[str, tuple[str, str | None]] = {}
    by_id: dict[int, int] = {}
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, str, str], int] = {}
    for parsed, email, (first, last), org, known, (person_id, matched_by) in zip(
        matches.rows,
        matches.emails,
        matches.names,
        matches.organisations,
        matches.known_organisations,
        matches.people,
        strict=True,
    ):
        line = parsed.line
        name = (first, last, org)
        earlier = (
            by_id.get(person_id or 0)
            or (by_email.get(email) if email else None)
            or by_name.get(name)
        )
        if earlier is not None:
            error = ValidationError("import.duplicate_row", None, other=earlier)
            reader.refuse(line, "email" if email else "last_name", error)
            continue
        if person_id is not None:
            by_id[person_id] = line
        if email:
            by_email[email] = line
        by_name[name] = line
        if parsed.organisation and known is None:
            new_organisations.setdefault(org, (parsed.organisation, parsed.country))
        rows.append(
            _row(
                parsed,
                known[1] if known else parsed.organisation,
                known[0] if known else None,
                person_id,
                matched_by,
                directory,
                current,
            )
        )
    return tuple(rows), dict(new_organisations.values())


def _row(
    parsed: ParsedRow,
    organisation: str | None,
    organisation_id: int | None,
    person_id: int | None,
    matched_by: str | None,
    directory: _Directory,
    current: Mapping[int, Mapping[str, Any]],
) -> PreviewRow:
    person = parsed.person
    first, last = person.get("first_name"), person.get("last_name")  # never blank: None
    name = f"{first} {last}" if first and last else first or last or ""
    if not name:
        name = str(person.get("native_name", ""))
    if person_id is None:  # the common case, built without keywords: it is quicker
        participation = {**NEW_PARTICIPATION_DEFAULTS, **parsed.participation}
        return PreviewRow(
            parsed.line,
            Action.NEW_PERSON,
            name,
            person,
            participation,
            organisation,
            organisation_id,
        )
    common: dict[str, Any] = {
        "line": parsed.line,
        "name": name,
        "person": person,
        "organisation": organisation,
        "organisation_id": organisation_id,
    }
    before = current.get(person_id, {})
    fills = {k: v for k, v in person.items() if before.get(k) in (None, "")}
    if organisation is not None and before.get("organisation_id") is None:
        fills["organisation"] = organisation
    existing = directory.in_event.get(person_id)
    if existing is None:
        participation = {**NEW_PARTICIPATION_DEFAULTS, **parsed.participation}
        return PreviewRow(
            action=Action.EXISTING_PERSON,
            participation=participation,
            person_id=person_id,
            matched_by=matched_by,
            fills=fills,
            **common,
        )
    changes = {
        k: v
        for k, v in parsed.participation.items()
        if k in PARTICIPATION_KEYS and getattr(existing, k) != v
    }
    return PreviewRow(
        action=Action.UPDATE if changes or fills else Action.SKIP,
        participation=parsed.participation,
        person_id=person_id,
        matched_by=matched_by,
        participation_id=existing.id,
        fills=fills,
        changes=changes,
        **common,
    )
