"""Deleting a partnership or an agreement from the version the user saw, and putting it
back exactly (the same ids, the agreements and co-funders it had) when undone."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.model import Agreement, Organisation, Partnership
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import get_row
from coopdesk.core.services.partnerships import _view
from coopdesk.core.values import AgreementView, PartnershipView

_PARTNERSHIP = ("partner_id", "kind", "since", "themes")
_AGREEMENT = ("title", "purpose", "forecast_amount", "signature_date", "end_date")


def remove_partnership(
    db: Database, partnership_id: int, seen: PartnershipView | None = None
) -> PartnershipView:
    """Delete the partnership with its agreements; refused when someone changed it since
    ``seen``. Returns it as it was, for :func:`restore_partnership`."""
    with db.session() as session:
        row = get_row(session, Partnership, partnership_id, "partnership")
        if seen is not None:
            f.check_stale(
                "partnership",
                partnership_id,
                seen,
                row,
                {k: getattr(seen, k) for k in _PARTNERSHIP},
            )
        removed = _view(row)
        session.delete(row)
        return removed


def _agreement_row(partnership_id: int, agreement: AgreementView) -> Agreement:
    return Agreement(
        id=agreement.id,
        partnership_id=partnership_id,
        **{k: getattr(agreement, k) for k in _AGREEMENT},
    )


def restore_partnership(db: Database, removed: PartnershipView) -> PartnershipView:
    """Put back a deleted partnership under its id, with its agreements (their ids) and
    the co-funders that still exist."""
    with db.session() as session:
        row = Partnership(id=removed.id, **{k: getattr(removed, k) for k in _PARTNERSHIP})
        row.cofunders = _existing(session, removed.cofunder_ids)
        session.add(row)
        session.flush()
        for agreement in removed.agreements:
            session.add(_agreement_row(row.id, agreement))
        session.flush()
        session.refresh(row)
        return _view(row)


def _existing(session: Session, ids: tuple[int, ...]) -> list[Organisation]:
    return [org for org in (session.get(Organisation, i) for i in ids) if org is not None]


def remove_agreement(
    db: Database, agreement_id: int, seen: AgreementView | None = None
) -> tuple[int, AgreementView]:
    """Delete the agreement; refused when someone changed it since ``seen``. Returns its
    partnership's id and the agreement as it was, for :func:`restore_agreement`."""
    with db.session() as session:
        row = get_row(session, Agreement, agreement_id, "agreement")
        if seen is not None:
            f.check_stale(
                "agreement", agreement_id, seen, row, {k: getattr(seen, k) for k in _AGREEMENT}
            )
        removed = AgreementView(
            id=row.id,
            title=row.title,
            purpose=row.purpose,
            forecast_amount=row.forecast_amount,
            signature_date=row.signature_date,
            end_date=row.end_date,
            version=row.version,
        )
        partnership_id = row.partnership_id
        session.delete(row)
        return partnership_id, removed


def restore_agreement(db: Database, partnership_id: int, removed: AgreementView) -> None:
    """Put back a deleted agreement under its id in its partnership."""
    with db.session() as session:
        get_row(session, Partnership, partnership_id, "partnership")
        session.add(_agreement_row(partnership_id, removed))
