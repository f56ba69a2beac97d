"""Partnerships with partner territories, their co-funders and agreements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coopdesk.core.db import Database
from coopdesk.core.enums import OrganisationKind, PartnershipKind
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import Agreement, Organisation, Partnership
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.clashes import (
    Clash,
    check_stale,
    current_resolution,
    stale_clashes,
    stale_error,
)
from coopdesk.core.values import AgreementView, PartnershipView

PARTNERSHIP_FIELDS: Mapping[str, f.Coercer] = {
    "partner_id": f.count,
    "kind": f.enum(PartnershipKind),
    "since": f.a_date(),
    "themes": lambda v, field: str(v).strip() if v is not None else "",
}

AGREEMENT_FIELDS: Mapping[str, f.Coercer] = {
    "title": f.text(300, required=True),
    "purpose": lambda v, field: str(v).strip() if v is not None else "",
    "forecast_amount": f.decimal,
    "signature_date": f.a_date(),
    "end_date": f.a_date(),
}


def partnership_view(row: Partnership) -> PartnershipView:
    return PartnershipView(
        id=row.id,
        partner_id=row.partner_id,
        partner=row.partner.name,
        partner_country=row.partner.country,
        kind=row.kind,
        since=row.since,
        themes=row.themes,
        cofunder_ids=tuple(o.id for o in row.cofunders),
        cofunders=tuple(o.name for o in row.cofunders),
        agreements=tuple(
            AgreementView(
                id=a.id,
                title=a.title,
                purpose=a.purpose,
                forecast_amount=a.forecast_amount,
                signature_date=a.signature_date,
                end_date=a.end_date,
                version=a.version,
            )
            for a in sorted(row.agreements, key=lambda a: (a.signature_date is None, a.id))
        ),
        version=row.version,
    )


def _partner(session: Session, partner_id: int) -> Organisation:
    org = session.get(Organisation, partner_id)
    if org is None:
        raise ValidationError("organisation.not_found", "partner_id", id=partner_id)
    if org.kind != OrganisationKind.FOREIGN_AUTHORITY:
        raise ValidationError(
            "partnership.partner_not_foreign_authority", "partner_id", name=org.name
        )
    return org


def _cofunders(session: Session, ids: Sequence[int]) -> list[Organisation]:
    orgs = []
    for org_id in ids:
        org = session.get(Organisation, org_id)
        if org is None:
            raise ValidationError("organisation.not_found", "cofunder_ids", id=org_id)
        orgs.append(org)
    return orgs


def _check_agreement(data: Mapping[str, Any]) -> None:
    start, end = data.get("signature_date"), data.get("end_date")
    if start is not None and end is not None and end < start:
        raise ValidationError("dates.end_before_start", "end_date", start=start, end=end)


def create_partnership(
    db: Database, *, cofunder_ids: Sequence[int] = (), **values: Any
) -> PartnershipView:
    data = f.coerce_all(values, PARTNERSHIP_FIELDS, "partnership")
    if data.get("partner_id") is None:
        raise ValidationError("field.required", "partner_id")
    if data.get("kind") is None:
        raise ValidationError("field.required", "kind")
    data.setdefault("themes", "")
    with db.session() as session:
        _partner(session, data["partner_id"])
        row = Partnership(**data)
        row.cofunders = _cofunders(session, cofunder_ids)
        session.add(row)
        session.flush()
        return partnership_view(row)


def _cofunders_to_set(
    session: Session, row: Partnership, seen: PartnershipView, mine: Sequence[int]
) -> tuple[Sequence[int] | None, list[Clash]]:
    """The co-funders to save: ``mine``, unless a colleague changed the list since
    ``seen`` to another one: a clash the user settles (keeping theirs gives None)."""
    now = sorted(o.id for o in row.cofunders)
    if now == sorted(seen.cofunder_ids) or now == sorted(mine):
        return mine, []
    wanted = _cofunders(session, mine)
    clash = Clash(
        "partnership",
        row.id,
        seen.partner,
        "cofunders",
        ", ".join(sorted(o.name for o in row.cofunders)) or None,
        ", ".join(sorted(o.name for o in wanted)) or None,
    )
    choice = current_resolution().choice(clash)
    if choice is None:
        return mine, [clash]
    return (mine if choice == "mine" else None), []


def update_partnership(
    db: Database,
    partnership_id: int,
    changes: Mapping[str, Any],
    seen: PartnershipView | None = None,
    cofunder_ids: Sequence[int] | None = None,
) -> PartnershipView:
    data = f.coerce_all(changes, PARTNERSHIP_FIELDS, "partnership")
    seen_label = seen.partner if seen is not None else ""
    with db.session() as session:
        row = get_row(session, Partnership, partnership_id, "partnership")
        clashes = stale_clashes("partnership", partnership_id, seen, row, data, seen_label)
        if cofunder_ids is not None and seen is not None:
            cofunder_ids, more = _cofunders_to_set(session, row, seen, cofunder_ids)
            clashes += more
        if clashes:
            raise stale_error(clashes)
        if data.get("partner_id") is not None:
            _partner(session, data["partner_id"])
        assign(row, data)
        if cofunder_ids is not None:
            row.cofunders = _cofunders(session, cofunder_ids)
        session.flush()
        return partnership_view(row)


def add_agreement(db: Database, partnership_id: int, **values: Any) -> PartnershipView:
    data = f.coerce_all(values, AGREEMENT_FIELDS, "agreement")
    if not data.get("title"):
        raise ValidationError("field.required", "title")
    data["purpose"] = data.get("purpose") or ""
    _check_agreement(data)
    with db.session() as session:
        row = get_row(session, Partnership, partnership_id, "partnership")
        row.agreements.append(Agreement(**data))
        session.flush()
        return partnership_view(row)


def update_agreement(
    db: Database,
    agreement_id: int,
    changes: Mapping[str, Any],
    seen: AgreementView | None = None,
) -> None:
    """Change the fields in ``changes``; ``seen`` is the agreement the user edited from
    (fields someone else changed since are refused)."""
    data = f.coerce_all(changes, AGREEMENT_FIELDS, "agreement")
    if "title" in data and not data["title"]:
        raise ValidationError("field.required", "title")
    if "purpose" in data:
        data["purpose"] = data["purpose"] or ""
    with db.session() as session:
        row = get_row(session, Agreement, agreement_id, "agreement")
        check_stale("agreement", agreement_id, seen, row, data)
        merged = {k: getattr(row, k) for k in AGREEMENT_FIELDS} | data
        _check_agreement(merged)
        assign(row, data)


def list_partnerships(db: Database, partner_id: int | None = None) -> list[PartnershipView]:
    query = (
        select(Partnership)
        .join(Organisation, Partnership.partner_id == Organisation.id)
        .options(
            selectinload(Partnership.cofunders),
            selectinload(Partnership.agreements),
            selectinload(Partnership.partner),
        )
        .order_by(func.lower(Organisation.name), Partnership.id)
    )
    if partner_id is not None:
        query = query.where(Partnership.partner_id == partner_id)
    with db.session() as session:
        return [partnership_view(r) for r in session.scalars(query)]
