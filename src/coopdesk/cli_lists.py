"""Commands that list: events, participants, agenda, conflicts, history."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli import CommandGroups, _count, _lang, _open, _print_json, _t, enum_arg


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
        _print_json(rows)
        return
    lang = _lang()
    headers = (
        ["N°", "Événement", "Type", "Partenaire", "Dates", "Statut", "Participants"]
        if lang == "fr"
        else ["No.", "Event", "Kind", "Partner", "Dates", "Status", "Participants"]
    )
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
        print(_t("(aucun événement)", "(no events)"))


def cmd_events(args: argparse.Namespace) -> int:
    db = _open(args)
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

    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        rows = participants.list_participants(
            db, event.id, search=args.search, status=args.status, category=args.category
        )
        names = category_names(db, _lang())
    finally:
        db.dispose()
    if args.json:
        _print_json(rows)
        return 0
    lang = _lang()
    print(f"{event.title} ({event.start_date.isoformat()} → {event.end_date.isoformat()})")
    headers = (
        [
            "N°",
            "Civ.",
            "Nom",
            "Nom d'origine",
            "Fonction",
            "Organisation",
            "Rôle",
            "Catégorie",
            "Statut",
        ]
        if lang == "fr"
        else [
            "No.",
            "Civ.",
            "Name",
            "Native name",
            "Function",
            "Organisation",
            "Role",
            "Category",
            "Status",
        ]
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
    print(_count(len(rows), "participant|participants", "participant|participants"))
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from coopdesk.core.labels import label
    from coopdesk.core.services import agenda, conflicts, events
    from coopdesk.core.timezones import PARIS, to_local
    from coopdesk.textable import render

    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        items = agenda.list_agenda(db, event.id)
        found = conflicts.agenda_conflicts(db, event.id)
    finally:
        db.dispose()
    if args.json:
        _print_json(items)
        return 0
    lang = _lang()
    abroad = event.timezone != PARIS
    headers = ["Date", _t("Début", "Start"), _t("Fin", "End"), _t("Fuseau", "Zone")]
    if abroad:
        headers.append(_t("Heure de Paris", "Paris time"))
    headers += [_t("Élément", "Item"), "Type", _t("Lieu", "Venue"), "!"]
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
        title = item.title + (_t(" (annulé)", " (cancelled)") if item.status == "cancelled" else "")
        row += [title, label(item.type, lang), item.venue or "", "⚠" if item.id in flagged else ""]
        rows.append(row)
    print(f"{event.title}")
    print(render(headers, rows))
    if found:
        print()
        print(
            _t(
                _count(len(found), "conflit|conflits", "")
                + " — « coopdesk conflicts » pour le détail.",
                _count(len(found), "", "conflict|conflicts")
                + " — “coopdesk conflicts” for details.",
            )
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from coopdesk.core.services import agenda, conflicts, events
    from coopdesk.core.timezones import to_local

    db = _open(args)
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
        _print_json(found)
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
            who = conflicts.names_in_words(c.people, _lang(), shown=len(c.people))
            print(
                (
                    _t(
                        f"Double réservation de {start} à {end} pour {who} : ",
                        f"Booked twice from {start} to {end}: {who}: ",
                    )
                    if c.kind == "person_double_booked"
                    else _t(
                        f"Lieu réservé deux fois de {start} à {end} ({c.venue}) : ",
                        f"{c.venue} is booked twice from {start} to {end}: ",
                    )
                )
                + " / ".join(show(i) for i in c.item_ids)
            )
        elif c.kind == "over_item_capacity":
            print(
                show(c.item_ids[0])
                + _t(
                    f" : {c.count} personnes pour {c.limit} places",
                    f": {c.count} people for {c.limit} seats",
                )
            )
        else:
            print(
                show(c.item_ids[0])
                + _t(
                    f" : {c.count} personnes, {c.venue} en accueille {c.limit}",
                    f": {c.count} people, {c.venue} holds {c.limit}",
                )
            )
    if not found:
        print(_t("Aucun conflit dans le programme.", "No conflicts in the agenda."))
    from coopdesk.core.services.travel import (
        ARRIVAL_FAR,
        PASSPORT_MISSING,
        journey_problems,
        passport_problems,
    )

    db = _open(args)
    try:
        journeys = journey_problems(db, event.id)
        problems = passport_problems(db, event.id) if event.kind == "delegation_out" else []
    finally:
        db.dispose()
    for j in journeys:
        when, first, last = (f"{d:%d/%m/%Y}" for d in (j.at, j.start, j.end))
        if j.kind == ARRIVAL_FAR:
            print(
                _t(
                    f"{j.name} : arrivée le {when}, loin des dates de l'événement "
                    f"({first} – {last}) : l'année ou le mois sont-ils justes ?",
                    f"{j.name}: arrives on {when}, far from the event's dates "
                    f"({first} – {last}): are the year and month right?",
                )
            )
        else:
            print(
                _t(
                    f"{j.name} : départ le {when}, loin des dates de l'événement "
                    f"({first} – {last}) : l'année ou le mois sont-ils justes ?",
                    f"{j.name}: leaves on {when}, far from the event's dates "
                    f"({first} – {last}): are the year and month right?",
                )
            )
    if problems:
        for p in problems:
            if p.kind == PASSPORT_MISSING:
                print(_t(f"{p.name} : passeport non renseigné.", f"{p.name}: passport unknown."))
            else:
                assert p.expiry is not None
                print(
                    _t(
                        f"{p.name} : le passeport expire le {p.expiry:%d/%m/%Y}, il doit être "
                        f"valable jusqu'au {p.required_until:%d/%m/%Y} au moins.",
                        f"{p.name}: the passport expires on {p.expiry.isoformat()}; it must be "
                        f"valid until at least {p.required_until.isoformat()}.",
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

    db = _open(args)
    try:
        event = events.find_event(db, args.event) if args.event else None
        changes = history(db, event_id=event.id if event else None, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        _print_json(changes)
        return 0
    rows = []
    for c in changes:
        said = describe_change(c, _lang())
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
    headers = [
        "Date",
        _t("Qui", "Who"),
        _t("Action", "Action"),
        _t("Fiche", "Record"),
        _t("Quoi", "What"),
        _t("Détail", "Details"),
    ]
    print(render(headers, rows, max_width=60))
    return 0


def add_commands(groups: CommandGroups) -> None:
    from coopdesk.core.enums import EventKind, EventStatus, ParticipationStatus

    sub = groups.top
    p = sub.add_parser("events", help=_t("lister les événements", "list events"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--kind", type=enum_arg(EventKind))
    p.add_argument("--status", type=enum_arg(EventStatus))
    p.add_argument("--year", type=int)
    p.add_argument("--search")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser(
        "participants",
        help=_t(
            "participants d'un événement, dans l'ordre protocolaire",
            "an event's participants, in protocol order",
        ),
    )
    p.add_argument(
        "event",
        metavar="EVENT",
        help=_t("numéro ou partie du titre", "number or part of the title"),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--search")
    p.add_argument("--status", type=enum_arg(ParticipationStatus))
    p.add_argument(
        "--category",
        metavar="CODE",
        help=_t(
            "code d'une catégorie (coopdesk categories)", "a category code (coopdesk categories)"
        ),
    )
    p.set_defaults(func=cmd_participants)

    p = sub.add_parser("agenda", help=_t("programme d'un événement", "an event's agenda"))
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("conflicts", help=_t("conflits du programme", "agenda conflicts"))
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("history", help=_t("qui a changé quoi", "who changed what"))
    p.add_argument(
        "event", metavar="EVENT", nargs="?", help=_t("limiter à un événement", "only one event")
    )
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)
