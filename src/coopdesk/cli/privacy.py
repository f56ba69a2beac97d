"""``coopdesk privacy``: subject requests and retention, for IT and the data protection
officer — export everything held about a person, erase a person, purge past guests'
sensitive data; each says which of coopdesk's own copies still hold them, and cleans
those too with ``--copies``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli.common import CommandGroups, fr_en, json_default, open_db


def _plural(count: int, fr: tuple[str, str], en: tuple[str, str]) -> str:
    word = fr_en(fr[0] if count < 2 else fr[1], en[0] if count == 1 else en[1])
    return f"{count} {word}"


def _find_person(db: Any, reference: str) -> int:
    """A person by number, e-mail or a unique part of the name."""
    from coopdesk.core.errors import ValidationError
    from coopdesk.core.services import people

    if reference.strip().isdigit():
        return int(reference)
    found = people.list_people(db, search=reference, limit=20)
    exact = [p for p in found if p.email and p.email.casefold() == reference.strip().casefold()]
    if len(exact) == 1:
        return exact[0].id
    if len(found) == 1:
        return found[0].id
    if not found:
        raise ValidationError("privacy.person_unknown", None, text=reference)
    for p in found:
        print(f"  {p.id:>6}  {p.first_name} {p.last_name}  {p.email or ''}", file=sys.stderr)
    raise ValidationError("privacy.person_ambiguous", None, text=reference, count=len(found))


def _confirm(args: argparse.Namespace, question_fr: str, question_en: str) -> bool:
    from coopdesk.core.errors import ValidationError

    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError("privacy.confirm", None)
    answer = input(fr_en(f"{question_fr} [o/N] ", f"{question_en} [y/N] "))
    return answer.strip().lower() in ("o", "oui", "y", "yes")


def _kind(kind: str) -> str:
    return {
        "upgrade": fr_en("copie d'avant mise à jour", "copy made before an upgrade"),
        "restore": fr_en("copie d'avant restauration", "copy made before a restore"),
    }.get(kind, fr_en("sauvegarde", "backup"))


def _report(args: argparse.Namespace, outcome: Any, cleaned: list[Path], what: str) -> None:
    still = [c for c in outcome.copies if c.path not in cleaned]
    if args.json:
        data = {
            "action": what,
            "people": outcome.people,
            "person_ids": [t.person_id for t in outcome.traces],
            "compacted": outcome.compacted,
            "vacuum_advised": outcome.vacuum_advised,
            "copies_cleaned": [str(p) for p in cleaned],
            "copies_still_holding": [
                {"path": str(c.path), "kind": c.kind, "people": c.people, "readable": c.readable}
                for c in still
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))
        return
    if not outcome.compacted:
        print(
            fr_en(
                "Une autre fenêtre lisait la base : son journal sera vidé à la prochaine "
                "fermeture de coopdesk (ou relancez la commande quand elle sera fermée).",
                "Another window was reading the database: its log will be emptied when "
                "coopdesk is next closed (or run the command again once it is closed).",
            )
        )
    if outcome.vacuum_advised:
        print(
            fr_en(
                "PostgreSQL garde les anciennes versions des lignes dans ses fichiers jusqu'au "
                "prochain VACUUM : relancez avec --vacuum (propriétaire des tables) ou "
                "demandez « VACUUM FULL person, participation, agenda_attendee, change_log » "
                "à l'administrateur du serveur.",
                "PostgreSQL keeps old row versions in its files until the next VACUUM: run "
                "again with --vacuum (as the tables' owner) or ask the server's administrator "
                "for “VACUUM FULL person, participation, agenda_attendee, change_log”.",
            )
        )
    for path in cleaned:
        print(fr_en(f"Copie nettoyée : {path}", f"Copy cleaned: {path}"))
    if still:
        print(
            fr_en(
                f"Copies faites par coopdesk qui contiennent encore ces données ({len(still)}) :",
                f"Copies made by coopdesk that still hold this data ({len(still)}):",
            )
        )
        for c in still:
            unread = fr_en(", illisible : à vérifier à la main", ", unreadable: check it by hand")
            print(f"  {c.path}  ({_kind(c.kind)}{'' if c.readable else unread})")
        print(
            fr_en(
                "Relancez avec --copies pour retirer aussi ces données de ces copies. Les "
                "sauvegardes rangées ailleurs (clés USB, serveurs de fichiers) sont à traiter "
                "à la main.",
                "Run again with --copies to take this data out of these copies too. Backups "
                "kept elsewhere (USB sticks, file servers) must be handled by hand.",
            )
        )


def cmd_privacy(args: argparse.Namespace) -> int:
    from coopdesk.core.services import privacy

    db = open_db(args)
    try:
        if args.privacy_command == "export":
            person_id = _find_person(db, args.person)
            data = privacy.export_person(db, person_id)
            text = json.dumps(data, ensure_ascii=False, indent=2, default=json_default)
            if args.output:
                from coopdesk.core.errors import DatabaseError
                from coopdesk.core.oserrors import os_reason

                try:
                    Path(args.output).write_text(text + "\n", encoding="utf-8")
                except OSError as exc:
                    raise DatabaseError(
                        "privacy.write_failed", path=args.output, reason=os_reason(exc)
                    ) from exc
                print(fr_en(f"Données écrites : {args.output}", f"Data written: {args.output}"))
            else:
                print(text)
            return 0
        if args.privacy_command == "erase":
            person_id = _find_person(db, args.person)
            trace = privacy.person_trace(db, person_id)
            held = privacy.copies_holding((trace,))
            if not args.json:
                print(
                    fr_en(
                        f"À effacer : {trace.name} (n° {person_id}), ses participations et "
                        "son nom dans l'historique.",
                        f"To erase: {trace.name} (no. {person_id}), their participations and "
                        "their name in the change log.",
                    )
                )
                if held:
                    print(
                        fr_en(
                            f"Copies faites par coopdesk qui contiennent ses données : {len(held)}",
                            f"Copies made by coopdesk that hold their data: {len(held)}",
                        )
                    )
            if not _confirm(args, f"Effacer {trace.name} ?", f"Erase {trace.name}?"):
                print(fr_en("Rien n'a été effacé.", "Nothing was erased."))
                return 1
            outcome = privacy.erase_person(db, person_id)
            _vacuum(args, db)
            cleaned = (
                privacy.erase_from_copies(outcome.traces, outcome.copies) if args.copies else []
            )
            if not args.json:
                print(fr_en(f"Effacement fait : {trace.name}.", f"Erased: {trace.name}."))
            _report(args, outcome, cleaned, "erase")
            return 0
        # purge
        cutoff = date.fromisoformat(args.before)
        traces = privacy.purge_candidates(db, cutoff)
        if not args.json:
            print(
                fr_en(
                    f"Données sensibles à effacer : "
                    f"{_plural(len(traces), ('personne', 'personnes'), ('person', 'people'))} "
                    f"dont le dernier événement s'est terminé avant le {cutoff:%d/%m/%Y}.",
                    f"Sensitive data to blank: "
                    f"{_plural(len(traces), ('personne', 'personnes'), ('person', 'people'))} "
                    f"whose last event ended before {cutoff.isoformat()}.",
                )
            )
        if (traces or args.copies) and not _confirm(args, "Purger ?", "Purge?"):
            print(fr_en("Rien n'a été purgé.", "Nothing was purged."))
            return 1
        outcome = privacy.purge(db, cutoff)
        _vacuum(args, db)
        cleaned = privacy.purge_copies(outcome.traces, outcome.copies) if args.copies else []
        _report(args, outcome, cleaned, "purge")
        return 0
    finally:
        db.dispose()


def _vacuum(args: argparse.Namespace, db: Any) -> None:
    from sqlalchemy.exc import DBAPIError

    from coopdesk.core.errors import DatabaseError
    from coopdesk.core.services import privacy

    if not args.vacuum or db.is_sqlite:
        return
    try:
        privacy.compact(db, vacuum_server=True)
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise DatabaseError("privacy.vacuum_failed", reason=reason) from exc


def _date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fr_en(f"date attendue AAAA-MM-JJ : {value}", f"expected a date YYYY-MM-DD: {value}")
        ) from None
    return value


def add_commands(groups: CommandGroups) -> None:
    p = groups.top.add_parser(
        "privacy",
        help=fr_en(
            "données personnelles : exporter, effacer une personne, purger",
            "personal data: export, erase a person, purge",
        ),
    )
    sub = p.add_subparsers(dest="privacy_command", required=True)
    e = sub.add_parser(
        "export",
        help=fr_en(
            "tout ce qui est conservé sur une personne (JSON)",
            "everything held about a person (JSON)",
        ),
    )
    e.add_argument("person", help=fr_en("numéro, e-mail ou nom", "number, e-mail or name"))
    e.add_argument("-o", "--output", metavar="FICHIER" if fr_en("fr", "en") == "fr" else "FILE")

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--yes", action="store_true", help=fr_en("sans confirmation", "do not ask")
        )
        parser.add_argument(
            "--copies",
            action="store_true",
            help=fr_en(
                "nettoyer aussi les copies faites par coopdesk",
                "clean coopdesk's own copies too",
            ),
        )
        parser.add_argument(
            "--vacuum",
            action="store_true",
            help=fr_en(
                "PostgreSQL : VACUUM FULL des tables concernées",
                "PostgreSQL: VACUUM FULL the tables concerned",
            ),
        )
        parser.add_argument("--json", action="store_true", help=fr_en("sortie JSON", "JSON output"))

    r = sub.add_parser(
        "erase", help=fr_en("effacer une personne (droit à l'effacement)", "erase a person")
    )
    r.add_argument("person", help=fr_en("numéro, e-mail ou nom", "number, e-mail or name"))
    common(r)
    g = sub.add_parser(
        "purge",
        help=fr_en(
            "effacer passeports, dates de naissance, régimes et besoins des anciens invités",
            "blank past guests' passports, birth dates, diets and needs",
        ),
    )
    g.add_argument(
        "--before",
        required=True,
        type=_date,
        metavar=fr_en("AAAA-MM-JJ", "YYYY-MM-DD"),
        help=fr_en("dernier événement terminé avant", "last event ended before"),
    )
    common(g)
    p.set_defaults(func=cmd_privacy)
