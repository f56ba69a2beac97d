"""Deleting a partnership or an agreement from the version the user saw: what a colleague
changed in it since is a clash the user settles first. Undone from the window (a core
operation), it comes back exactly: the same ids, the agreements and co-funders it had."""

from __future__ import annotations

from coopdesk.core.db import Database
from coopdesk.core.model import Agreement, Partnership
from coopdesk.core.services._base import get_row
from coopdesk.core.services.clashes import check_deletion
from coopdesk.core.services.partnerships import partnership_view
from coopdesk.core.values import AgreementView, PartnershipView

_PARTNERSHIP = ("partner_id", "kind", "since", "themes")
_AGREEMENT = ("title", "purpose", "forecast_amount", "signature_date", "end_date")


def remove_partnership(
    db: Database, partnership_id: int, seen: PartnershipView | None = None
) -> PartnershipView:
    """Delete the partnership with its agreements; a clash when someone changed it since
    ``seen``. Returns it as it was."""
    with db.session() as session:
        row = get_row(session, Partnership, partnership_id, "partnership")
        kept = check_deletion(
            "partnership", partnership_id, seen, row, _PARTNERSHIP, seen.partner if seen else ""
        )
        removed = partnership_view(row)
        if not kept:
            session.delete(row)
        return removed


def remove_agreement(
    db: Database, agreement_id: int, seen: AgreementView | None = None
) -> tuple[int, AgreementView]:
    """Delete the agreement; a clash when someone changed it since ``seen``. Returns its
    partnership's id and the agreement as it was."""
    with db.session() as session:
        row = get_row(session, Agreement, agreement_id, "agreement")
        kept = check_deletion("agreement", agreement_id, seen, row, _AGREEMENT, row.title)
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
        if not kept:
            session.delete(row)
        return partnership_id, removed
