"""Demo data: the real cases of the authorities' pages, with invented people.

The data lives in ``resources/demo/demo.json`` (see that file for the shape); the
conference's hundreds of registrants are generated from name pools with a fixed
seed, so every demo database is the same.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from importlib import resources
from typing import Any

from sqlalchemy import func, select

from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import Event
from coopdesk.core.services import (
    agenda,
    events,
    organisations,
    participants,
    partnerships,
    people,
    venues,
)
from coopdesk.core.services.participants import NewParticipant

SEED = 2023


def load_demo_file() -> dict[str, Any]:
    text = (resources.files("coopdesk.resources") / "demo" / "demo.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def has_events(db: Database) -> bool:
    with db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(Event)))


def _ascii(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-")).lower()


def _leg(leg: Mapping[str, Any] | None, prefix: str) -> dict[str, Any]:
    if not leg:
        return {}
    return {
        f"{prefix}_at": datetime.fromisoformat(leg["at"]),
        f"{prefix}_timezone": leg.get("timezone"),
        f"{prefix}_transport": leg.get("transport"),
        f"{prefix}_number": leg.get("number"),
        f"{prefix}_place": leg.get("place"),
    }


def _participation(p: Mapping[str, Any]) -> dict[str, Any]:
    values = {
        "role": p.get("role") or "guest",
        "category": p.get("category") or "guest",
        "status": p.get("status") or "invited",
        "hotel": p.get("hotel"),
        "check_in": p.get("check_in"),
        "check_out": p.get("check_out"),
        "room": p.get("room"),
        "notes": p.get("notes"),
    }
    values |= _leg(p.get("arrival"), "arrival")
    values |= _leg(p.get("departure"), "departure")
    return values


def _person_values(p: Mapping[str, Any], orgs: Mapping[str, int]) -> dict[str, Any]:
    values = {
        k: p.get(k)
        for k in (
            "civility",
            "first_name",
            "last_name",
            "native_name",
            "function",
            "email",
            "phone",
            "languages",
            "form_of_address",
            "precedence",
            "elected_office",
            "office_rank",
            "passport_expiry",
            "dietary_needs",
            "accessibility_needs",
        )
    }
    values["organisation_id"] = orgs[p["organisation"]] if p.get("organisation") else None
    return values


def _generated(
    spec: Mapping[str, Any], pools: Mapping[str, Any], orgs: Mapping[str, int], rng: random.Random
) -> list[NewParticipant]:
    rows: list[NewParticipant] = []
    total = int(spec["count"])
    groups = spec["groups"]
    used: set[tuple[str, str]] = set()
    for index, group in enumerate(groups):
        n = total - len(rows) if index == len(groups) - 1 else round(total * group["share"])
        pool = pools[group["name_pool"]]
        roles = list(group["roles"])
        weights = [group["roles"][r] for r in roles]
        for _ in range(n):
            while True:
                female = rng.random() < 0.5
                first = rng.choice(pool["female"] if female else pool["male"])
                last = rng.choice(pool["last"])
                if (first, last) not in used:
                    used.add((first, last))
                    break
            role = rng.choices(roles, weights)[0]
            org_key = rng.choice(group["organisations"])
            a, b, c = rng.randrange(10, 99), rng.randrange(10, 99), rng.randrange(10, 99)
            d = (a + c) % 90 + 10  # a whole number, without drawing again (same demo)
            phone_tail = (  # +1 418 555 0123 in North America, +33 6 12 34 56 78 in France
                f"{a}{b % 10} {c}{d}"
                if pool["phone_prefix"].startswith("+1 ")
                else f"{a} {b} {c} {d}"
            )
            person = {
                "civility": "Mme" if female else "M.",
                "first_name": first,
                "last_name": last,
                "email": f"{_ascii(first)}.{_ascii(last)}@{pool['email_domain']}",
                "phone": f"{pool['phone_prefix']} {phone_tail}",
                "organisation_id": orgs[org_key],
                "languages": ["fr"],
                "function": None,
            }
            part = {
                "role": role,
                "category": group["categories_by_role"].get(role, "guest"),
                "status": group.get("status", "confirmed"),
            }
            rows.append(NewParticipant(person=person, participation=part))
    return rows


def load_demo(db: Database, data: Mapping[str, Any] | None = None) -> dict[str, int]:
    """Fill ``db`` with the demo data, all or nothing (one transaction: a kill half-way
    leaves the database as it was). Returns counts of what was created."""
    data = data or load_demo_file()
    with db.atomic():
        return _load(db, data)


def _load(db: Database, data: Mapping[str, Any]) -> dict[str, int]:
    rng = random.Random(SEED)
    counts = {"organisations": 0, "people": 0, "events": 0, "participants": 0, "agenda_items": 0}

    auth = data["authority"]
    organisations.set_authority(
        db, {k: auth[k] for k in ("name", "address", "default_timezone", "document_language")}
    )

    orgs: dict[str, int] = {}
    for o in data["organisations"]:
        orgs[o["key"]] = organisations.create_organisation(
            db, **{k: o.get(k) for k in ("name", "kind", "country", "city", "timezone")}
        ).id
    counts["organisations"] = len(orgs)

    for p in data.get("partnerships", []):
        view = partnerships.create_partnership(
            db,
            partner_id=orgs[p["partner"]],
            kind=p["kind"],
            since=p.get("since"),
            themes=p.get("themes") or "",
            cofunder_ids=[orgs[k] for k in p.get("cofunders", [])],
        )
        for a in p.get("agreements", []):
            partnerships.add_agreement(db, view.id, **a)

    venue_ids = {
        v["key"]: venues.create_venue(
            db,
            **{k: v.get(k) for k in ("name", "address", "city", "country", "timezone", "capacity")},
        ).id
        for v in data.get("venues", [])
    }
    person_ids = {
        p["key"]: people.create_person(db, **_person_values(p, orgs)).id for p in data["people"]
    }
    counts["people"] = len(person_ids)

    for e in data["events"]:
        residency = e.get("residency") or {}
        event = events.create_event(
            db,
            kind=e["kind"],
            title=e["title"],
            partner_id=orgs[e["partner"]] if e.get("partner") else None,
            start_date=date.fromisoformat(e["start_date"]),
            end_date=date.fromisoformat(e["end_date"]),
            status=e.get("status"),
            timezone=e["timezone"],
            languages=e.get("languages") or [],
            budget=e.get("budget"),
            notes=e.get("notes"),
            artist_id=person_ids[residency["artist"]] if residency.get("artist") else None,
            host_structure=residency.get("host_structure"),
            grant_amount=residency.get("grant_amount"),
            grant_terms=residency.get("grant_terms"),
            deliverables=residency.get("deliverables"),
        )
        counts["events"] += 1
        rows = [
            NewParticipant(
                person={},
                participation=_participation(p),
                existing_person_id=person_ids[p["person"]],
            )
            for p in e.get("participants", [])
        ]
        if e.get("generated_participants"):
            rows += _generated(e["generated_participants"], data["name_pools"], orgs, rng)
        part_ids = participants.add_participants(db, event.id, rows)
        counts["participants"] += len(part_ids)
        counts["people"] += sum(1 for r in rows if r.existing_person_id is None)
        by_person = {
            p["person"]: pid for p, pid in zip(e.get("participants", []), part_ids, strict=False)
        }
        for item in e.get("agenda", []):
            attendees = item.get("attendees", "all")
            try:
                agenda.create_agenda_item(
                    db,
                    event.id,
                    title=item["title"],
                    type=item["type"],
                    status=item.get("status") or "planned",
                    starts_at=datetime.fromisoformat(item["start"]),
                    ends_at=datetime.fromisoformat(item["end"]),
                    timezone=item.get("timezone") or e["timezone"],
                    venue_id=venue_ids[item["venue"]] if item.get("venue") else None,
                    capacity=item.get("capacity"),
                    description=item.get("description"),
                    attendee_ids=None
                    if attendees == "all"
                    else [by_person[k] for k in attendees if k in by_person],
                )
            except ValidationError as exc:
                exc.values = dict(exc.values) | {"item": item["title"], "event": e["title"]}
                raise
            counts["agenda_items"] += 1
    return counts
