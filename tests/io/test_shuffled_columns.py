"""For any list of people, written under any of the known header sets (a platform's,
a form tool's, a hand-made list's, French or English) with its columns in any order
and the platform's own columns mixed in, the import gives back the same people."""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_csv, read_xlsx
from coopdesk.core.services import events

FIELDS = ("first_name", "last_name", "email", "function", "organisation")
BUYER = "agence@voyages.example"

# A header set: the person's columns (one per field, in FIELDS order), the tool's
# first columns that stay in front, and other columns mixed in with their value.
HEADER_SETS: dict[
    str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]
] = {
    "hand-made fr": (("Prénom", "Nom", "Courriel", "Fonction", "Organisation"), (), ()),
    "hand-made en": (("First name", "Last name", "Email", "Job title", "Organization"), (), ()),
    "pretix en": (
        (
            "Attendee name: Given name",
            "Attendee name: Family name",
            "Attendee email",
            "Job title",
            "Company",
        ),
        (),
        (
            ("Order code", "QX7K2"),
            ("Position ID", "1"),
            ("Email", BUYER),
            ("Invoice address name", "Agence Voyages"),
            ("E-mail address verified", "Yes"),
        ),
    ),
    "pretix fr": (
        (
            "Nom du participant : Prénom",
            "Nom du participant : Nom de famille",
            "E-mail du participant",
            "Fonction",
            "Entreprise",
        ),
        (),
        (
            ("Code de commande", "QX7K2"),
            ("ID de position", "1"),
            ("E-mail", BUYER),
            ("Nom de l'adresse de facturation", "Agence Voyages"),
            ("Adresse e-mail vérifiée", "Oui"),
        ),
    ),
    "eventbrite fr": (
        ("Prénom", "Nom", "E-mail", "Fonction", "Société"),
        (),
        (("N° de commande", "700123"), ("N° de participant", "90001"), ("Quantité", "1")),
    ),
    "eventbrite en": (
        ("First Name", "Last Name", "Email", "Job Title", "Company"),
        (),
        (
            ("Order #", "700123"),
            ("Attendee #", "90001"),
            ("Buyer Email", BUYER),
            ("Buyer First Name", "Agence"),
        ),
    ),
    "weezevent fr": (
        ("Prénom", "Nom", "E-mail", "Fonction", "Organisme"),
        (),
        (
            ("ID", "5001"),
            ("Code-barre", "WZ0001"),
            ("Nom acheteur", "Agence"),
            ("E-mail acheteur", BUYER),
        ),
    ),
    "helloasso fr": (
        (
            "Prénom participant",
            "Nom participant",
            "Champ additionnel : Email",
            "Champ additionnel : Fonction",
            "Champ additionnel : Organisme",
        ),
        (),
        (("Référence commande", "88001"), ("Email payeur", BUYER), ("Nom payeur", "Agence")),
    ),
    "indico en": (
        ("First Name", "Last Name", "Email", "Position", "Affiliation"),
        (),
        (("ID", "101"), ("Registration date", "2023-09-14 10:02")),
    ),
    "microsoft forms fr": (
        (
            "Prénom du délégué",
            "Nom du délégué",
            "Adresse électronique du délégué",
            "Fonction",
            "Organisation",
        ),
        (
            ("ID", "1"),
            ("Heure de début", "14/09/2023 10:20"),
            ("Heure de fin", "14/09/2023 10:31"),
            ("Adresse de messagerie", "secretariat@poitiers.fr"),
            ("Nom", "Secrétariat du cabinet"),
        ),
        (),
    ),
    "microsoft forms en": (
        (
            "Delegate's first name",
            "Delegate's last name",
            "Delegate's e-mail address",
            "Position",
            "Organization",
        ),
        (
            ("ID", "1"),
            ("Start time", "9/14/2023 10:20"),
            ("Completion time", "9/14/2023 10:31"),
            ("Email", "anonymous"),
            ("Name", ""),
        ),
        (),
    ),
    "google forms fr": (
        ("Prénom", "Nom", "Courriel du participant", "Fonction", "Organisation"),
        (("Horodateur", "14/09/2023 10:22:05"), ("Adresse e-mail", "secretariat@poitiers.fr")),
        (),
    ),
    "typeform en": (
        (
            "What is your first name?",
            "What is your last name?",
            "Your email address",
            "Your job title",
            "Your organization",
        ),
        (),
        (("#", "r0k2j9x"), ("Submit Date (UTC)", "2023-09-14 08:31:00")),
    ),
    "limesurvey fr": (
        ("Prénom", "Nom", "Courriel", "Fonction", "Organisme"),
        (),
        (
            ("ID de la réponse", "1"),
            ("Date de soumission", "2023-09-14"),
            ("Langue de départ", "fr"),
        ),
    ),
}

FIRST = ["Marie", "Jean-Luc", "Hélène", "Olena", "Kenji", "Zoé", "Anne-Sophie", "François"]
LAST = ["Dupont", "Lefèvre", "Kovalenko", "Sato", "Côté", "Nguyen", "Müller", "O'Brien"]
FUNCTIONS = ["Maire", "Adjointe au maire", "Chargé de mission", "Interprète", "Journaliste"]
ORGANISATIONS = ["Ville de Poitiers", "Kishiwada City", "Conseil municipal d'Apostolove"]

people_lists = st.lists(
    st.tuples(
        st.sampled_from(FIRST),
        st.sampled_from(LAST),
        st.sampled_from(FUNCTIONS),
        st.sampled_from(ORGANISATIONS),
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda p: (p[0], p[1]),
)


def _write(rows: list[list[str]], kind: str) -> object:
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        return read_xlsx(out.getvalue(), source="liste.xlsx")
    text = io.StringIO()
    csv.writer(text, delimiter=kind).writerows(rows)
    return read_csv(text.getvalue().encode("utf-8"), source="liste.csv")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=people_lists,
    shape=st.sampled_from(sorted(HEADER_SETS)),
    order=st.randoms(use_true_random=False),
    kind=st.sampled_from([";", ",", "xlsx"]),
)
def test_shuffled_columns_under_any_known_headers_give_back_the_same_people(
    db, people, shape, order, kind
):
    found = events.list_events(db)
    event_id = (
        found[0].id
        if found
        else events.create_event(
            db,
            kind="conference",
            title="Assises",
            start_date=date(2023, 10, 5),
            end_date=date(2023, 10, 6),
            timezone="Europe/Paris",
        ).id
    )
    person_headers, front, others = HEADER_SETS[shape]
    records = [
        {
            "first_name": first,
            "last_name": last,
            "email": f"p{n}.{last.lower().replace(chr(39), '')}@example.org".encode(
                "ascii", "ignore"
            ).decode(),
            "function": function,
            "organisation": organisation,
        }
        for n, (first, last, function, organisation) in enumerate(people)
    ]
    mixed: list[tuple[str, object]] = [
        *((header, field) for header, field in zip(person_headers, FIELDS, strict=True)),
        *((header, ("value", value)) for header, value in others),
    ]
    order.shuffle(mixed)
    headers = [h for h, _ in front] + [h for h, _ in mixed]
    rows = [headers] + [
        [v for _, v in front] + [r[what] if isinstance(what, str) else what[1] for _, what in mixed]
        for r in records
    ]
    preview = preview_import(db, event_id, _write(rows, kind))
    assert preview.issues == ()
    assert preview.warnings == ()
    got = sorted(
        tuple(row.person.get(f) if f != "organisation" else row.organisation for f in FIELDS)
        for row in preview.rows
    )
    assert got == sorted(tuple(r[f] for f in FIELDS) for r in records)
