"""Organisations (authorities, states, associations, companies, funders) and the
office's own authority."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from coopdesk.core.db import Database
from coopdesk.core.enums import OrganisationKind
from coopdesk.core.errors import NotFoundError, ValidationError
from coopdesk.core.folding import words_match
from coopdesk.core.model import Authority, Organisation
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.clashes import check_stale
from coopdesk.core.values import AuthorityView, OrganisationView

ORGANISATION_FIELDS: Mapping[str, f.Coercer] = {
    "name": f.text(300, required=True),
    "kind": f.enum(OrganisationKind),
    "country": f.country,
    "city": f.text(200),
    "timezone": f.timezone(required=False),
}


def organisation_view(row: Organisation) -> OrganisationView:
    return OrganisationView(
        id=row.id,
        name=row.name,
        kind=row.kind,
        country=row.country,
        city=row.city,
        timezone=row.timezone,
        version=row.version,
    )


def create_organisation(db: Database, **values: Any) -> OrganisationView:
    data = f.coerce_all(values, ORGANISATION_FIELDS, "organisation")
    for required in ("name", "kind"):
        if data.get(required) is None:
            raise ValidationError("field.required", required)
    with db.session() as session:
        row = Organisation(**data)
        session.add(row)
        session.flush()
        return organisation_view(row)


def update_organisation(
    db: Database,
    organisation_id: int,
    changes: Mapping[str, Any],
    seen: OrganisationView | None = None,
) -> OrganisationView:
    data = f.coerce_all(changes, ORGANISATION_FIELDS, "organisation")
    with db.session() as session:
        row = get_row(session, Organisation, organisation_id, "organisation")
        check_stale("organisation", organisation_id, seen, row, data)
        assign(row, data)
        session.flush()
        return organisation_view(row)


def delete_organisation(db: Database, organisation_id: int) -> None:
    with db.session() as session:
        session.delete(get_row(session, Organisation, organisation_id, "organisation"))


def get_organisation(db: Database, organisation_id: int) -> OrganisationView:
    with db.session() as session:
        return organisation_view(get_row(session, Organisation, organisation_id, "organisation"))


def list_organisations(
    db: Database, kind: OrganisationKind | None = None, search: str | None = None
) -> list[OrganisationView]:
    query = select(Organisation).order_by(func.lower(Organisation.name))
    if kind is not None:
        query = query.where(Organisation.kind == kind)
    with db.session() as session:
        rows = list(session.scalars(query))
        if search and search.strip():  # folded as every search ("federation quebecoise")
            rows = [r for r in rows if words_match(search, (r.name,))]
        return [organisation_view(r) for r in rows]


# --- the office's own authority -------------------------------------------------------

AUTHORITY_FIELDS: Mapping[str, f.Coercer] = {
    "name": f.text(200, required=True),
    "address": lambda v, field: str(v).strip() if v is not None else "",
    "default_timezone": f.timezone(),
    "document_language": f.text(8),
}


def _authority_view(row: Authority) -> AuthorityView:
    return AuthorityView(
        name=row.name,
        address=row.address,
        default_timezone=row.default_timezone,
        document_language=row.document_language,
        has_logo=row.logo is not None,
        version=row.version,
    )


def get_authority(db: Database) -> AuthorityView | None:
    with db.session() as session:
        row = session.get(Authority, 1)
        return _authority_view(row) if row else None


def set_authority(
    db: Database, changes: Mapping[str, Any], seen: AuthorityView | None = None
) -> AuthorityView:
    """Create or update the authority settings that every document uses."""
    data = f.coerce_all(changes, AUTHORITY_FIELDS, "authority")
    lang = data.get("document_language")
    if lang is not None and lang not in ("fr", "en"):
        raise ValidationError("language.unsupported", "document_language", value=lang)
    with db.session() as session:
        row = session.get(Authority, 1)
        if row is None:
            if not data.get("name"):
                raise ValidationError("field.required", "name")
            row = Authority(id=1, address="", default_timezone="Europe/Paris")
            row.document_language = "fr"
            session.add(row)
        else:
            check_stale("authority", 1, seen, row, data)
        assign(row, {k: v for k, v in data.items() if v is not None or k != "name"})
        session.flush()
        return _authority_view(row)


def set_authority_logo(db: Database, logo: bytes | None, mime: str | None = None) -> None:
    with db.session() as session:
        row = session.get(Authority, 1)
        if row is None:
            raise NotFoundError("authority.not_found", None)
        row.logo = logo
        row.logo_mime = mime if logo is not None else None


def get_authority_logo(db: Database) -> tuple[bytes, str | None] | None:
    with db.session() as session:
        row = session.get(Authority, 1)
        if row is None or row.logo is None:
            return None
        return row.logo, row.logo_mime
