"""``coopdesk import participants`` and ``coopdesk export participants|arrivals|rooming|
organisations``: participant lists in and out from the command line.

The import prints its preview (how each column is read, what each row will do, every
refused row with its line and column) and writes nothing when a row is refused: it
exits with status 2 so a script notices. On a terminal it asks before writing,
unless ``--yes``; ``--dry-run`` only shows the preview.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coopdesk.cli.common import EXIT_USER_ERROR, CommandGroups, fr_en, open_db

_ACTIONS = {
    "new_person": ("nouvelle personne", "new person"),
    "existing_person": ("personne de l'annuaire", "person from the directory"),
    "update_participation": ("mise à jour", "update"),
    "skipped": ("déjà inscrite, rien à changer", "already there, nothing to change"),
}
# The same, counted: (French singular, plural), (English singular, plural).
_COUNTED = {
    "new_person": (
        ("nouvelle personne", "nouvelles personnes"),
        ("new person", "new people"),
    ),
    "existing_person": (
        ("personne de l'annuaire", "personnes de l'annuaire"),
        ("person from the directory", "people from the directory"),
    ),
    "update_participation": (("mise à jour", "mises à jour"), ("update", "updates")),
    "skipped": (
        ("déjà inscrite, rien à changer", "déjà inscrites, rien à changer"),
        ("already there, nothing to change", "already there, nothing to change"),
    ),
}


def _counted(count: int, action: str, lang: str) -> str:
    """``count`` rows of ``action``: French takes the singular for 0 and 1."""
    singular, plural = _COUNTED[action][lang == "en"]
    one = count <= 1 if lang != "en" else count == 1
    return f"{count} {singular if one else plural}"


def _delimiter(value: str) -> str:
    return "\t" if value.lower() in ("tab", "\\t", "tabulation") else value


def _describe_row(row: Any, lang: str) -> str:
    from coopdesk.core.io.headers import FIELD_HEADERS

    parts = []
    if row.matched_by:
        parts.append(
            fr_en("même courriel", "same e-mail")
            if row.matched_by == "email"
            else fr_en("même nom", "same name")
        )
    changed = [*row.fills, *row.changes]
    if changed:
        names = ", ".join(FIELD_HEADERS[k][lang == "en"] for k in changed if k in FIELD_HEADERS)
        parts.append(fr_en("complète : ", "fills: ") + names if names else "")
    return " ; ".join(p for p in parts if p)


def _rows_words(count: int) -> str:
    if count == 0:
        return fr_en("vide", "empty")
    if count == 1:
        return fr_en("1 ligne", "1 row")
    return fr_en(f"{count} lignes", f"{count} rows")


def _print_sheets(table: Any) -> None:
    """Which sheet of a workbook of several was read, among all of them."""
    if len(table.sheets) < 2:
        return
    print(
        fr_en(
            f"{table.source} : feuille « {table.sheet} » lue (--sheet pour en lire une autre)",
            f"{table.source}: sheet “{table.sheet}” read (--sheet to read another one)",
        )
    )
    for info in table.sheets:
        hidden = fr_en(", masquée", ", hidden") if info.hidden else ""
        mark = fr_en("  ← lue", "  ← read") if info.name == table.sheet else ""
        print(f"  {info.name} ({_rows_words(info.rows)}{hidden}){mark}")


def _print_preview(preview: Any, table: Any, lang: str) -> None:
    from coopdesk.core.io.dates import describe_order
    from coopdesk.core.io.headers import FIELD_HEADERS, reason_text
    from coopdesk.textable import render

    _print_sheets(table)
    if table.encoding:
        shown = "tab" if table.delimiter == "\t" else table.delimiter
        encoding = table.encoding
        if table.mixed_lines:
            encoding = f"{table.encoding} + {table.other_encoding}"
        print(
            fr_en(
                f"{table.source} : encodage {encoding}, séparateur « {shown} » "
                "(--encoding et --delimiter pour corriger)",
                f"{table.source}: encoding {encoding}, delimiter “{shown}” "
                "(--encoding and --delimiter to correct)",
            )
        )
    mapping = preview.mapping
    if mapping.platform:
        print(
            fr_en(f"Export reconnu : {mapping.platform}", f"Export recognised: {mapping.platform}")
        )
    print(
        fr_en(f"En-têtes ligne {mapping.header_line} :", f"Headers on row {mapping.header_line}:")
    )
    for index, (header, field) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
        target = FIELD_HEADERS[field][lang == "en"] if field else fr_en("(ignorée)", "(ignored)")
        why = reason_text(mapping.reason(index), lang)
        print(f"  {header or '—'} → {target} — {why}")
    shown_orders = [o for o in preview.date_orders if o.field is not None]
    if shown_orders:
        print(fr_en("Ordre des dates :", "Date order:"))
        for order in shown_orders:
            print(f"  {describe_order(order, lang)}")
    print()
    rows = [
        [
            str(row.line),
            _ACTIONS[row.action.value][lang == "en"],
            row.name,
            (row.organisation or "")
            + (fr_en(" (nouvelle)", " (new)") if row.new_organisation else ""),
            _describe_row(row, lang),
        ]
        for row in preview.rows
    ]
    headers = [
        fr_en("Ligne", "Row"),
        "Action",
        fr_en("Nom", "Name"),
        "Organisation",
        fr_en("Détail", "Details"),
    ]
    print(render(headers, rows, max_width=36))
    for name in preview.new_organisations:
        print(fr_en(f"Nouvelle organisation : {name}", f"New organisation: {name}"))
    if preview.warnings:
        print()
        print(fr_en("Points à vérifier :", "Please check:"))
        for warning in preview.warnings:
            print(f"  {warning.describe(lang)}")
    for name in preview.new_categories.values():
        print(fr_en(f"Nouvelle catégorie : {name}", f"New category: {name}"))
    if preview.issues:
        print()
        for issue in preview.issues:
            print(issue.describe(lang), file=sys.stderr)


def cmd_import_participants(args: argparse.Namespace) -> int:
    from coopdesk.core.io.apply import apply_import
    from coopdesk.core.io.headers import guess_mapping, read_mapping_file, remember_mapping
    from coopdesk.core.io.preview import Action, preview_import
    from coopdesk.core.io.reading import read_table
    from coopdesk.core.messages import user_language
    from coopdesk.core.services.events import find_event

    lang = user_language()
    table = read_table(
        Path(args.path),
        encoding=args.encoding,
        delimiter=_delimiter(args.delimiter) if args.delimiter else None,
        sheet=args.sheet,
    )
    mapping = guess_mapping(table.rows)
    if args.mapping:
        mapping = read_mapping_file(Path(args.mapping), mapping)
    db = open_db(args)
    try:
        event = find_event(db, args.event)
        preview = preview_import(db, event.id, table, mapping, date_order=args.date_order)
        _print_preview(preview, table, lang)
        counts = ", ".join(_counted(preview.count(action), action.value, lang) for action in Action)
        print(counts)
        if preview.issues:
            refused = len(preview.refused_lines)
            print(
                fr_en(
                    f"{_plural(refused, 'ligne refusée', 'lignes refusées')} : rien n'est "
                    "importé. Corrigez le fichier puis recommencez.",
                    f"{_plural(refused, 'row refused', 'rows refused')}: nothing is imported. "
                    "Fix the file and try again.",
                ),
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        if preview.date_questions:
            columns = ", ".join(
                fr_en(f"« {o.header} »", f"“{o.header}”") for o in preview.date_questions
            )
            print(
                fr_en(
                    f"Les dates de {columns} se lisent dans les deux ordres : relancez avec "
                    "--date-order dmy (jour/mois/année) ou --date-order mdy (mois/jour/année).",
                    f"The dates of {columns} read both ways: run again with --date-order dmy "
                    "(day/month/year) or --date-order mdy (month/day/year).",
                ),
                file=sys.stderr,
            )
            return 0 if args.dry_run else EXIT_USER_ERROR
        if args.dry_run:
            print(
                fr_en(
                    "Aperçu seulement (--dry-run) : rien n'est écrit.", "Dry run: nothing written."
                )
            )
            return 0
        accepted = args.accept_warnings
        if preview.warnings and not accepted:
            if args.yes or not sys.stdin.isatty():
                print(
                    fr_en(
                        "Des points sont à vérifier (ci-dessus) : rien n'est importé. Relancez "
                        "avec --accept-warnings pour importer quand même.",
                        "Some points need checking (above): nothing is imported. Run again "
                        "with --accept-warnings to import anyway.",
                    ),
                    file=sys.stderr,
                )
                return EXIT_USER_ERROR
            answer = input(fr_en("Importer malgré ces points ? [o/N] ", "Import anyway? [y/N] "))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(fr_en("Import abandonné.", "Import cancelled."))
                return 1
            accepted = True
        elif not args.yes and sys.stdin.isatty():
            answer = input(fr_en(f"Importer dans « {event.title} » ? [o/N] ", "Import? [y/N] "))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(fr_en("Import abandonné.", "Import cancelled."))
                return 1
        result = apply_import(db, preview, accept_warnings=accepted)
    finally:
        db.dispose()
    remember_mapping(preview.mapping)
    added = len(result.participation_ids)
    print(
        fr_en(
            f"Importé : {_plural(added, 'participant ajouté', 'participants ajoutés')} "
            f"({_plural(result.people_created, 'nouvelle personne', 'nouvelles personnes')}), "
            f"{_plural(result.participations_updated, 'mis à jour', 'mis à jour')}, "
            f"{_plural(result.skipped, 'inchangé', 'inchangés')}.",
            f"Imported: {_plural(added, 'participant added', 'participants added', 'en')} "
            f"({_plural(result.people_created, 'new person', 'new people', 'en')}), "
            f"{result.participations_updated} updated, {result.skipped} unchanged.",
        )
    )
    return 0


def _plural(count: int, one: str, many: str, lang: str = "fr") -> str:
    """``count`` and its noun: French takes the singular for 0 and 1, English for 1."""
    single = count == 1 if lang == "en" else count <= 1
    return f"{count} {one if single else many}"


def cmd_export(args: argparse.Namespace) -> int:
    from coopdesk.core.io.export import export_list
    from coopdesk.core.messages import user_language
    from coopdesk.core.services.events import find_event
    from coopdesk.core.services.organisations import get_authority

    db = open_db(args)
    try:
        event = find_event(db, args.event)
        language = args.language
        if language is None:
            authority = get_authority(db)
            language = authority.document_language if authority else user_language()
        path = export_list(db, event.id, args.list_kind, Path(args.output), language)
    finally:
        db.dispose()
    print(fr_en(f"Liste écrite : {path}", f"List written: {path}"))
    return 0


def add_commands(groups: CommandGroups) -> None:
    """Add ``import participants`` and the ``export`` of the four participant lists."""
    p = groups.import_.add_parser(
        "participants",
        help=fr_en(
            "importer une liste de participants (.xlsx, .csv)",
            "import a participant list (.xlsx, .csv)",
        ),
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("--event", required=True, help=fr_en("numéro ou partie du titre", "id or title"))
    p.add_argument(
        "--mapping",
        metavar="FILE",
        help=fr_en(
            'correspondance JSON {"en-tête": "champ" ou null}',
            'JSON mapping {"header": "field" or null}',
        ),
    )
    p.add_argument("--encoding", help=fr_en("encodage du CSV (utf-8, cp1252…)", "CSV encoding"))
    p.add_argument("--delimiter", help=fr_en("séparateur du CSV (; , tab)", "CSV delimiter"))
    p.add_argument(
        "--sheet",
        metavar=fr_en("NOM", "NAME"),
        help=fr_en(
            "feuille du classeur à lire (par défaut : la première feuille visible dont les "
            "en-têtes sont reconnus)",
            "workbook sheet to read (by default: the first visible sheet whose headers are "
            "recognised)",
        ),
    )
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=fr_en(
            "ordre des dates que leurs valeurs ne tranchent pas : dmy (31/12/2023, par défaut "
            "rien n'est supposé) ou mdy (12/31/2023, formulaires américains)",
            "order of the dates their values do not settle: dmy (31/12/2023; by default "
            "nothing is assumed) or mdy (12/31/2023, American forms)",
        ),
    )
    p.add_argument(
        "--accept-warnings",
        action="store_true",
        help=fr_en(
            "importer malgré les points à vérifier signalés par l'aperçu",
            "import despite the points the preview asks to check",
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=fr_en("aperçu seulement", "preview only"))
    p.add_argument("--yes", action="store_true", help=fr_en("sans confirmation", "do not ask"))
    p.set_defaults(func=cmd_import_participants)

    helps = {
        "participants": ("liste complète, ordre protocolaire", "full list, protocol order"),
        "arrivals": ("arrivées et départs, heures locales", "arrivals and departures"),
        "rooming": ("liste d'hébergement par hôtel", "rooming list by hotel"),
        "organisations": ("participants par organisation", "participants by organisation"),
    }
    for kind, (fr, en) in helps.items():
        e = groups.export.add_parser(kind, help=fr_en(fr, en))
        e.add_argument("--event", required=True)
        e.add_argument("-o", "--output", required=True, metavar="PATH.xlsx|PATH.csv")
        e.add_argument("--language", choices=("fr", "en"))
        e.set_defaults(func=cmd_export, list_kind=kind)
