"""Commands that list: events, participants, agenda, conflicts, history."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.common import (
    CommandGroups,
    cli_language,
    enum_arg,
    headings,
    number_arg,
    open_db,
    print_json,
    text,
)


def show_events(db: Any, args: argparse.Namespace) -> None:
    from coopdesk.core.labels import label
    from coopdesk.core.services import events
    from coopdesk.textable import render

    rows = events.list_events(
        db,
        kind=getattr(args, "kind", None),
        status=getattr(args, "status", None),
        year=getattr(args, "year", None),
        search=getattr(args, "search", None),
    )
    if getattr(args, "json", False):
        print_json(rows)
        return
    lang = cli_language()
    headers = headings("number", "event", "kind", "partner", "dates", "status", "participants")
    print(
        render(
            headers,
            [
                [
                    str(e.id),
                    e.title,
                    label(e.kind, lang),
                    e.partner or "",
                    f"{e.start_date.isoformat()} → {e.end_date.isoformat()}",
                    label(e.status, lang),
                    str(e.participant_count),
                ]
                for e in rows
            ],
        )
    )
    if not rows:
        print(text("lists.no_events"))


def cmd_events(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        show_events(db, args)
    finally:
        db.dispose()
    return 0


def cmd_participants(args: argparse.Namespace) -> int:
    from coopdesk.core.labels import label
    from coopdesk.core.services import events, participants
    from coopdesk.core.services.categories import category_names
    from coopdesk.textable import render

    db = open_db(args)
    try:
        event = events.find_event(db, args.event)
        rows = participants.list_participants(
            db, event.id, search=args.search, status=args.status, category=args.category
        )
        names = category_names(db, cli_language())
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return 0
    lang = cli_language()
    print(f"{event.title} ({event.start_date.isoformat()} → {event.end_date.isoformat()})")
    headers = headings(
        "number",
        "civility",
        "name",
        "native_name",
        "function",
        "organisation",
        "role",
        "category",
        "status",
    )
    print(
        render(
            headers,
            [
                [
                    str(p.id),
                    p.civility or "",
                    f"{p.last_name.upper()} {p.first_name}".strip(),
                    p.native_name or "",
                    p.function or "",
                    p.organisation or "",
                    label(p.role, lang),
                    names.get(p.category) or label(p.category, lang),
                    label(p.status, lang),
                ]
                for p in rows
            ],
            max_width=32,
        )
    )
    print(text("lists.participants_counted", count=len(rows)))
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from coopdesk.core.labels import label
    from coopdesk.core.services import agenda, conflicts, events
    from coopdesk.core.timezones import PARIS, to_local
    from coopdesk.textable import render

    db = open_db(args)
    try:
        event = events.find_event(db, args.event)
        items = agenda.list_agenda(db, event.id)
        found = conflicts.agenda_conflicts(db, event.id)
    finally:
        db.dispose()
    if args.json:
        print_json(items)
        return 0
    lang = cli_language()
    abroad = event.timezone != PARIS
    headers = headings("date", "start", "end", "zone")
    if abroad:
        headers.append(text("lists.paris_time"))
    headers += [*headings("item", "type", "venue"), "!"]
    flagged = {i for c in found for i in c.item_ids}
    rows = []
    for item in items:
        start, end = to_local(item.starts_at, item.timezone), to_local(item.ends_at, item.timezone)
        days_later = (end.date() - start.date()).days
        row = [
            start.date().isoformat(),
            start.strftime("%H:%M"),
            end.strftime("%H:%M") + (f" (+{days_later})" if days_later else ""),
            item.timezone,
        ]
        if abroad:
            row.append(to_local(item.starts_at, PARIS).strftime("%d/%m %H:%M"))
        title = item.title + (text("lists.cancelled") if item.status == "cancelled" else "")
        row += [title, label(item.type, lang), item.venue or "", "⚠" if item.id in flagged else ""]
        rows.append(row)
    print(f"{event.title}")
    print(render(headers, rows))
    if found:
        print()
        print(text("lists.conflicts_counted", count=len(found)))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from coopdesk.core.services import agenda, conflicts, events
    from coopdesk.core.timezones import to_local

    db = open_db(args)
    try:
        event = events.find_event(db, args.event)
        found = conflicts.agenda_conflicts(db, event.id)
        items = {i.id: i for i in agenda.list_agenda(db, event.id)}
        for c in found:
            for item_id in c.item_ids:
                if item_id not in items:
                    items[item_id] = agenda.get_agenda_item(db, item_id)
    finally:
        db.dispose()
    if args.json:
        print_json(found)
        return 0

    def show(item_id: int) -> str:
        item = items[item_id]
        start = to_local(item.starts_at, item.timezone)
        return f"« {item.title} » ({start.strftime('%d/%m %H:%M')})"

    for c in found:
        if c.kind in ("person_double_booked", "venue_double_booked"):
            zone = items[c.item_ids[0]].timezone
            start = to_local(c.starts_at, zone).strftime("%H:%M") if c.starts_at else ""
            end = to_local(c.ends_at, zone).strftime("%H:%M") if c.ends_at else ""
            booked = " / ".join(show(i) for i in c.item_ids)
            if c.kind == "person_double_booked":
                who = conflicts.names_in_words(c.people, cli_language(), shown=len(c.people))
                print(
                    text(
                        "lists.people_booked_twice", start=start, end=end, people=who, items=booked
                    )
                )
            else:
                print(
                    text(
                        "lists.venue_booked_twice",
                        start=start,
                        end=end,
                        venue=c.venue,
                        items=booked,
                    )
                )
        elif c.kind == "over_item_capacity":
            print(
                text(
                    "lists.over_item_capacity",
                    item=show(c.item_ids[0]),
                    count=c.count,
                    limit=c.limit,
                )
            )
        else:
            print(
                text(
                    "lists.over_venue_capacity",
                    item=show(c.item_ids[0]),
                    count=c.count,
                    venue=c.venue,
                    limit=c.limit,
                )
            )
    if not found:
        print(text("lists.no_conflicts"))
    from coopdesk.core.services.travel import (
        ARRIVAL_FAR,
        PASSPORT_MISSING,
        journey_problems,
        passport_problems,
    )

    db = open_db(args)
    try:
        journeys = journey_problems(db, event.id)
        problems = passport_problems(db, event.id) if event.kind == "delegation_out" else []
    finally:
        db.dispose()
    for j in journeys:
        when, first, last = (f"{d:%d/%m/%Y}" for d in (j.at, j.start, j.end))
        if j.kind == ARRIVAL_FAR:
            print(text("lists.arrival_far", name=j.name, when=when, first=first, last=last))
        else:
            print(text("lists.departure_far", name=j.name, when=when, first=first, last=last))
    if problems:
        for p in problems:
            if p.kind == PASSPORT_MISSING:
                print(text("lists.passport_unknown", name=p.name))
            else:
                assert p.expiry is not None
                print(
                    text(
                        "lists.passport_expires",
                        name=p.name,
                        expiry=p.expiry.strftime(text("common.date_format")),
                        until=p.required_until.strftime(text("common.date_format")),
                    )
                )
    return 0


def _shown(value: Any) -> str:
    return "∅" if value is None else str(value)


def cmd_history(args: argparse.Namespace) -> int:
    from coopdesk.core.services import events
    from coopdesk.core.services.history import describe_change, history
    from coopdesk.core.timezones import to_local
    from coopdesk.textable import render

    db = open_db(args)
    try:
        event = events.find_event(db, args.event) if args.event else None
        changes = history(db, event_id=event.id if event else None, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        print_json(changes)
        return 0
    rows = []
    for c in changes:
        said = describe_change(c, cli_language())
        rows.append(
            [
                to_local(c.at, "Europe/Paris").strftime("%Y-%m-%d %H:%M"),
                c.user,
                said.action,
                said.record,
                said.what,
                said.detail,
            ]
        )
    headers = headings("date", "who", "action", "record", "what", "details")
    print(render(headers, rows, max_width=60))
    return 0


def add_commands(groups: CommandGroups) -> None:
    from coopdesk.core.enums import EventKind, EventStatus, ParticipationStatus

    sub = groups.top
    p = sub.add_parser("events", help=text("lists.command.events"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--kind", type=enum_arg(EventKind))
    p.add_argument("--status", type=enum_arg(EventStatus))
    p.add_argument("--year", type=number_arg)
    p.add_argument("--search")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser(
        "participants",
        help=text("lists.command.participants"),
    )
    p.add_argument(
        "event",
        metavar="EVENT",
        help=text("common.event_number_or_title"),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--search")
    p.add_argument("--status", type=enum_arg(ParticipationStatus))
    p.add_argument(
        "--category",
        metavar="CODE",
        help=text("lists.option.category"),
    )
    p.set_defaults(func=cmd_participants)

    p = sub.add_parser("agenda", help=text("lists.command.agenda"))
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("conflicts", help=text("lists.command.conflicts"))
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("history", help=text("lists.command.history"))
    p.add_argument("event", metavar="EVENT", nargs="?", help=text("lists.option.event"))
    p.add_argument("--limit", type=number_arg, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)
