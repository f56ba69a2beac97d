"""Every export offices receive, in French and English, imported and checked person by
person: the attendee's names, e-mail, function, organisation, arrival, category and
status, never the buyer's or the form respondent's, never an order number."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from coopdesk.core.enums import BadgeCategory
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.headers import reason_text
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.services import participants
from tests.factories import delegation
from tests.io.platform_lists import (
    BUYER_EMAIL,
    EVENT_END,
    EVENT_START,
    PEOPLE,
    RESPONDENT_EMAIL,
    SHAPES,
    Shape,
)


@pytest.fixture
def assises(db):
    return delegation(
        db,
        kind="conference",
        title="Assises de la coopération",
        start_date=EVENT_START,
        end_date=EVENT_END,
    )


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_each_export_imports_the_attendees_person_by_person(db, assises, tmp_path, shape: Shape):
    path = shape.write(tmp_path)
    preview = preview_import(db, assises.id, read_table(path))
    assert preview.issues == ()
    assert preview.date_questions == ()
    assert preview.mapping.platform == shape.platform
    # Every column says why it is read, or why not.
    mapping = preview.mapping
    assert all(reason_text(mapping.reason(i), "fr") for i in range(len(mapping.headers)))
    assert preview.warnings == ()
    apply_import(db, preview)
    found = {p.email: p for p in participants.list_participants(db, assises.id)}
    assert BUYER_EMAIL not in found and RESPONDENT_EMAIL not in found
    assert len(found) == len(PEOPLE)
    for guest in PEOPLE:
        row = found[guest.email]
        who = f"{shape.name}: {guest.last_name}"
        last = guest.last_name.upper() if shape.shouted else guest.last_name
        assert (row.first_name, row.last_name) == (guest.first_name, last), who
        assert row.function == guest.function, who
        assert row.organisation == guest.organisation, who
        if "civility" in shape.carries:
            assert row.civility in (guest.civility, {"Mme": "Ms", "M.": "Mr"}[guest.civility]), who
        else:
            assert row.civility is None, who
        if "native_name" in shape.carries:
            assert row.native_name == guest.native_name, who
        expected_category = guest.category if "category" in shape.carries else BadgeCategory.GUEST
        assert row.category == expected_category, who
        assert row.status == shape.expected_status(guest), who
        if "arrival" in shape.carries and guest.arrival is not None:
            assert row.arrival_at is not None, who
            local = row.arrival_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(
                ZoneInfo("Europe/Paris")
            )
            assert local.date() == guest.arrival, who
        else:
            assert row.arrival_at is None, who
        if "country" in shape.carries:
            assert row.country is None or row.country == guest.country, who
