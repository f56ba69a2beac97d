"""The directory of people: creating, correcting and removing a person, and reading
the directory (whole, one page at a time, counted) and a person's events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.enums import ElectedOffice
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.clashes import check_deletion, check_stale
from coopdesk.core.services.search import person_text
from coopdesk.core.values import DirectoryRow, PersonEventRow, PersonView

PERSON_FIELDS: Mapping[str, f.Coercer] = {
    "civility": f.text(30),
    "first_name": f.text(200),
    "last_name": f.text(200),
    "native_name": f.text(300),
    "function": f.text(300),
    "organisation_id": f.count,
    "email": f.email,
    "phone": f.text(50),
    "languages": f.languages,
    "form_of_address": f.text(200),
    "precedence": f.count,
    "elected_office": f.enum(ElectedOffice, required=False),
    "office_rank": f.count,
    "notes": f.long_text,
    "passport_number": f.text(50),
    "passport_expiry": f.a_date(),
    "birth_date": f.a_date(),
    "nationality": f.country,
    "dietary_needs": f.long_text,
    "accessibility_needs": f.long_text,
}


_LOAD = object()


def person_view(row: Person, organisation: str | object | None = _LOAD) -> PersonView:
    """The value of ``row``; ``organisation`` is its organisation's name when known."""
    if organisation is _LOAD:
        organisation = row.organisation.name if row.organisation else None
    assert organisation is None or isinstance(organisation, str)
    return PersonView(
        id=row.id,
        civility=row.civility,
        first_name=row.first_name,
        last_name=row.last_name,
        native_name=row.native_name,
        function=row.function,
        organisation_id=row.organisation_id,
        organisation=organisation,
        email=row.email,
        phone=row.phone,
        languages=tuple(x for x in row.languages.split(",") if x),
        form_of_address=row.form_of_address,
        precedence=row.precedence,
        elected_office=row.elected_office,
        office_rank=row.office_rank,
        notes=row.notes,
        passport_number=row.passport_number,
        passport_expiry=row.passport_expiry,
        birth_date=row.birth_date,
        dietary_needs=row.dietary_needs,
        accessibility_needs=row.accessibility_needs,
        version=row.version,
        nationality=row.nationality,
    )


def validate_person(session: Session | None, data: Mapping[str, Any]) -> None:
    """Rules on a whole person record (after the changes are merged in)."""
    if not data.get("last_name") and not data.get("native_name"):
        raise ValidationError("person.name_required", "last_name")
    birth, expiry = data.get("birth_date"), data.get("passport_expiry")
    if birth is not None and expiry is not None and expiry <= birth:
        raise ValidationError(
            "person.passport_before_birth",
            "passport_expiry",
            passport_expiry=data["passport_expiry"],
            birth_date=birth,
        )
    org_id = data.get("organisation_id")
    if session is not None and org_id is not None and session.get(Organisation, org_id) is None:
        raise ValidationError("organisation.not_found", "organisation_id", id=org_id)


def person_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The validated column values of a new person (defaults filled in)."""
    data = f.coerce_all(values, PERSON_FIELDS, "person")
    data.setdefault("languages", "")
    data["first_name"] = data.get("first_name") or ""
    data["last_name"] = data.get("last_name") or ""
    return data


def create_person(db: Database, **values: Any) -> PersonView:
    data = person_values(values)
    with db.session() as session:
        validate_person(session, data)
        row = Person(**data)
        session.add(row)
        session.flush()
        return person_view(row)


def update_person(
    db: Database, person_id: int, changes: Mapping[str, Any], seen: PersonView | None = None
) -> PersonView:
    data = f.coerce_all(changes, PERSON_FIELDS, "person")
    if "first_name" in data:
        data["first_name"] = data["first_name"] or ""
    if "last_name" in data:
        data["last_name"] = data["last_name"] or ""
    with db.session() as session:
        row = get_row(session, Person, person_id, "person")
        check_stale("person", person_id, seen, row, data)
        merged = {k: getattr(row, k) for k in PERSON_FIELDS} | data
        validate_person(session, merged)
        assign(row, data)
        session.flush()
        return person_view(row)


def delete_person(
    db: Database,
    person_id: int,
    *,
    only_if_in_no_event: bool = False,
    seen: PersonView | None = None,
) -> bool:
    """Delete the person's record (their participations with it). With
    ``only_if_in_no_event``, refused if they take part in an event, checked in the same
    transaction: the window removes only a record nobody's event needs.

    ``seen`` is the record the user chose to delete: what a colleague changed in it
    since is a clash the user settles first. Returns False when the user chose to keep
    the colleague's record (nothing is deleted).
    """
    with db.session() as session:
        row = get_row(session, Person, person_id, "person")
        label = person_view(row).display_name
        if check_deletion("person", person_id, seen, row, PERSON_FIELDS, label):
            return False
        if only_if_in_no_event:
            taken = session.scalar(
                select(func.count(func.distinct(Participation.event_id))).where(
                    Participation.person_id == person_id
                )
            )
            if taken:
                raise ValidationError("person.in_events", None, name=label, count=taken)
        session.delete(row)
    return True


def get_person(db: Database, person_id: int) -> PersonView:
    with db.session() as session:
        return person_view(get_row(session, Person, person_id, "person"))


# A person as every list shows them: names, function, organisation and its country,
# e-mail (the directory's lines, and the person part of a participant list's lines).
PERSON_LINE = (
    Person.civility,
    Person.first_name,
    Person.last_name,
    Person.native_name,
    Person.function,
    Organisation.name,
    Organisation.country,
    Person.email,
)
_DIRECTORY_COLUMNS = (Person.id, *PERSON_LINE)


def _people(columns: tuple[Any, ...], conn: Connection, search: str | None) -> Any:
    """People with their organisation, those a ``search`` finds (names folded, the
    organisation's name too) when one is given: the one filter of the directory."""
    query = select(*columns).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    if search and search.strip():
        query = query.where(person_text(conn, search))
    return query


def list_people(
    db: Database, search: str | None = None, limit: int | None = None
) -> list[PersonView]:
    with db.session() as session:
        query = _people((Person, Organisation.name), session.connection(), search)
        query = query.order_by(Person.sort_key, Person.id)
        if limit is not None:
            query = query.limit(limit)
        return [person_view(p, org) for p, org in session.execute(query)]


def people_page(
    db: Database, *, offset: int, limit: int, search: str | None = None
) -> list[DirectoryRow]:
    """One page of the directory, by name, filtered in SQL."""
    with db.session() as session:
        query = _people(_DIRECTORY_COLUMNS, session.connection(), search)
        query = query.order_by(Person.sort_key, Person.id).offset(offset).limit(limit)
        return [DirectoryRow(*row) for row in session.execute(query)]


def count_people(db: Database, search: str | None = None) -> int:
    """How many people the directory holds, or a ``search`` finds."""
    with db.session() as session:
        query = _people((Person.id,), session.connection(), search)
        counted = select(func.count()).select_from(query.subquery())
        return int(session.scalar(counted) or 0)


def person_events(db: Database, person_id: int) -> list[PersonEventRow]:
    """Every event the person took part in, most recent first."""
    query = (
        select(
            Participation.id,
            Event.id,
            Event.title,
            Event.kind,
            Event.start_date,
            Event.end_date,
            Participation.role,
            Participation.status,
        )
        .join(Event, Participation.event_id == Event.id)
        .where(Participation.person_id == person_id)
        .order_by(Event.start_date.desc(), Event.id.desc())
    )
    with db.session() as session:
        return [PersonEventRow(*row) for row in session.execute(query)]
