"""Partnerships and agreements corrected and deleted from the version seen; a deletion
undone brings back the same records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.services import organisations, partnerships
from coopdesk.core.services.operations import record, undo
from coopdesk.core.services.partnership_removal import remove_agreement, remove_partnership
from tests.factories import partner


def _twinning(db):
    apostolove = partner(db)
    afd = organisations.create_organisation(
        db, name="Agence française de développement", kind="funder", country="FR"
    )
    made = partnerships.create_partnership(
        db,
        partner_id=apostolove.id,
        kind="decentralised_cooperation",
        since=date(2022, 9, 1),
        themes="eau, jeunesse",
        cofunder_ids=[afd.id],
    )
    return partnerships.add_agreement(
        db,
        made.id,
        title="Convention de coopération 2023-2025",
        purpose="Eau potable",
        forecast_amount="45 000",
        signature_date=date(2023, 3, 2),
    )


def test_an_agreement_is_corrected_from_the_version_seen(db):
    made = _twinning(db)
    (seen,) = made.agreements
    partnerships.update_agreement(db, seen.id, {"forecast_amount": "52 000,50"}, seen)
    (after,) = partnerships.list_partnerships(db)[0].agreements
    assert after.forecast_amount == Decimal("52000.50")
    # a colleague worked from the same version and changed the same amount
    with pytest.raises(StaleEditError) as err:
        partnerships.update_agreement(db, seen.id, {"forecast_amount": "40 000"}, seen)
    assert err.value.values["fields"]["forecast_amount"][0] == Decimal("52000.50")
    # another field goes through
    partnerships.update_agreement(db, seen.id, {"end_date": date(2025, 12, 31)}, seen)
    (last,) = partnerships.list_partnerships(db)[0].agreements
    assert (last.forecast_amount, last.end_date) == (Decimal("52000.50"), date(2025, 12, 31))


def test_an_agreement_ending_before_it_is_signed_or_without_title_is_refused(db):
    (seen,) = _twinning(db).agreements
    with pytest.raises(ValidationError) as err:
        partnerships.update_agreement(db, seen.id, {"end_date": date(2020, 1, 1)}, seen)
    assert err.value.code == "dates.end_before_start"
    with pytest.raises(ValidationError) as err:
        partnerships.update_agreement(db, seen.id, {"title": "  "}, seen)
    assert err.value.field == "title"


def test_a_deleted_partnership_comes_back_with_its_ids_agreements_and_cofunders(db):
    made = _twinning(db)
    done = record(lambda: remove_partnership(db, made.id, made))
    assert partnerships.list_partnerships(db) == []
    undo(db, done)
    (back,) = partnerships.list_partnerships(db)
    assert back == made
    assert back.agreements == made.agreements
    assert back.cofunders == ("Agence française de développement",)


def test_a_partnership_changed_by_a_colleague_is_not_deleted(db):
    made = _twinning(db)
    partnerships.update_partnership(db, made.id, {"themes": "eau"}, made)
    with pytest.raises(StaleEditError):
        remove_partnership(db, made.id, made)
    assert partnerships.list_partnerships(db)[0].themes == "eau"


def test_a_deleted_agreement_comes_back_under_its_id(db):
    made = _twinning(db)
    (seen,) = made.agreements
    done = record(lambda: remove_agreement(db, seen.id, seen))
    assert partnerships.list_partnerships(db)[0].agreements == ()
    undo(db, done)
    assert partnerships.list_partnerships(db)[0].agreements == made.agreements
    remove_agreement(db, seen.id)
    with pytest.raises(NotFoundError):
        partnerships.update_agreement(db, seen.id, {"title": "x"}, seen)


def test_co_funders_a_colleague_changed_meanwhile_are_a_clash_not_overwritten(db):
    from coopdesk.core.messages import describe
    from coopdesk.core.services.clashes import Resolution, resolving

    made = _twinning(db)
    region = organisations.create_organisation(
        db, name="Région Nouvelle-Aquitaine", kind="funder", country="FR"
    )
    ue = organisations.create_organisation(db, name="Union européenne", kind="funder")
    # A colleague adds the region; this user, from the same version, puts the EU instead.
    partnerships.update_partnership(db, made.id, {}, made, [*made.cofunder_ids, region.id])
    with pytest.raises(StaleEditError) as err:
        partnerships.update_partnership(db, made.id, {"themes": "eau"}, made, [ue.id])
    [clash] = err.value.values["clashes"]
    assert (clash.field, clash.theirs, clash.mine) == (
        "cofunders",
        "Agence française de développement, Région Nouvelle-Aquitaine",
        "Union européenne",
    )
    assert "cofinanceurs" in describe(err.value, "fr")
    assert partnerships.list_partnerships(db)[0].themes == "eau, jeunesse"  # nothing written
    with resolving(Resolution().choose([clash], "theirs")):
        saved = partnerships.update_partnership(db, made.id, {"themes": "eau"}, made, [ue.id])
    assert saved.themes == "eau"
    assert saved.cofunders == ("Agence française de développement", "Région Nouvelle-Aquitaine")
    # The same list as the colleague's is no clash.
    seen = partnerships.list_partnerships(db)[0]
    partnerships.update_partnership(db, made.id, {}, made, list(seen.cofunder_ids))
