"""Small builders of realistic records for tests: what a protocol officer types."""

from __future__ import annotations

from datetime import date
from typing import Any

from coopdesk.core.db import Database
from coopdesk.core.services import events, organisations, people
from coopdesk.core.values import EventView, OrganisationView, PersonView


def partner(db: Database, **values: Any) -> OrganisationView:
    data = {
        "name": "Рада громади Апостолового",
        "kind": "foreign_authority",
        "country": "UA",
        "city": "Apostolove",
        "timezone": "Europe/Kyiv",
    } | values
    return organisations.create_organisation(db, **data)


def delegation(db: Database, **values: Any) -> EventView:
    data = {
        "kind": "delegation_in",
        "title": "Délégation d'Apostolove",
        "start_date": date(2023, 7, 2),
        "end_date": date(2023, 7, 4),
        "timezone": "Europe/Paris",
        "status": "confirmed",
        "languages": ["fr", "uk"],
    } | values
    return events.create_event(db, **data)


def person(db: Database, **values: Any) -> PersonView:
    data = {
        "civility": "Mme",
        "first_name": "Olena",
        "last_name": "Kovalenko",
        "native_name": "Олена Коваленко",
        "function": "Chair of the community council",
    } | values
    return people.create_person(db, **data)
