"""The sanity pass: what reads without error but looks wrong is shown with its rows and
must be accepted before anything is written."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import Table
from coopdesk.core.messages import describe
from coopdesk.core.services import participants
from tests.factories import delegation


@pytest.fixture
def october(db):
    return delegation(db, start_date=date(2023, 10, 5), end_date=date(2023, 10, 6))


def test_a_lone_name_column_of_countries_is_not_taken_for_people(db, october):
    rows = [
        ("Name", "Capital"),
        ("France", "Paris"),
        ("Germany", "Berlin"),
        ("Japan", "Tokyo"),
        ("Ukraine", "Kyiv"),
    ]
    preview = preview_import(db, october.id, Table("pays.csv", rows))
    [warning] = preview.warnings
    assert warning.code == "import.warn.not_people"
    assert warning.describe("fr") == (
        "Colonne « Name » : Cette colonne ne semble pas contenir des noms de personnes "
        "(« France », « Germany », « Japan ») : vérifiez les colonnes avant d'importer."
    )
    assert warning.describe("en") == (
        "Column “Name”: This column does not seem to hold people's names (“France”, "
        "“Germany”, “Japan”): check the columns before importing."
    )
    with pytest.raises(ValidationError) as error:
        apply_import(db, preview)
    assert error.value.code == "import.warnings_not_accepted"
    assert describe(error.value, "fr") == (
        "L'aperçu signale des points à vérifier : lisez-les et acceptez-les avant d'importer."
    )
    assert participants.list_participants(db, october.id) == []


def test_a_lone_name_column_of_products_is_not_taken_for_people(db, october):
    rows = [("Name", "Price"), ("Laptop Pro 15", "999"), ("Chair", "49"), ("Desk lamp", "19")]
    preview = preview_import(db, october.id, Table("produits.csv", rows))
    assert [w.code for w in preview.warnings] == ["import.warn.not_people"]


def test_a_lone_name_column_of_people_passes(db, october):
    rows = [
        ("Name", "Email"),
        ("Marie Dupont", "marie@example.fr"),
        ("Kenji Sato", "k.sato@example.jp"),
        ("佐藤健二", "kenji@example.jp"),
        ("Jean de La Fontaine", "jean@example.fr"),
    ]
    preview = preview_import(db, october.id, Table("noms.csv", rows))
    assert preview.warnings == ()


def test_one_e_mail_for_several_people_is_a_warning_and_each_keeps_it(db, october):
    rows = [
        ("Nom", "Prénom", "Courriel"),
        ("Kovalenko", "Olena", "secretariat@apostolove.ua"),
        ("Bondarenko", "Vitalii", "secretariat@apostolove.ua"),
        ("Shevchenko", "Iryna", "SECRETARIAT@apostolove.ua"),
        ("Dupont", "Marie", "marie@example.fr"),
    ]
    preview = preview_import(db, october.id, Table("liste.csv", rows))
    [warning] = preview.warnings
    assert warning.code == "import.warn.shared_email" and warning.lines == (2, 3, 4)
    assert warning.describe("fr") == (
        "Lignes 2, 3 et 4 : Le même courriel « secretariat@apostolove.ua » pour Olena "
        "Kovalenko, Vitalii Bondarenko et Iryna Shevchenko : sans doute celui de la personne "
        "qui a fait l'inscription. Il sera enregistré pour chacune."
    )
    assert len(preview.rows) == 4  # three people, not one person three times
    apply_import(db, preview, accept_warnings=True)
    emails = sorted(p.email or "" for p in participants.list_participants(db, october.id))
    assert (
        emails
        == ["SECRETARIAT@apostolove.ua", "marie@example.fr"] + ["secretariat@apostolove.ua"] * 2
    )


def test_dates_far_from_the_event_are_pointed_at(db, october):
    rows = [
        ("Nom", "Prénom", "Arrivée", "Date de naissance", "Expiration du passeport"),
        ("Dupont", "Marie", "04/10/2023 18:40", "12/05/1980", "31/12/2030"),
        ("Durand", "Paul", "04/10/2022 18:40", "12/05/2080", ""),  # a year off
        ("Roux", "Anne", "13/10/2024 10:00", "12/05/1990", "13/05/2023"),
    ]
    preview = preview_import(db, october.id, Table("liste.csv", rows))
    texts = [w.describe("fr") for w in preview.warnings]
    assert texts == [
        "Lignes 3 et 4, colonne « Arrivée » : 2 dates loin de l'événement (du 05/10/2023 au "
        "06/10/2023), par exemple le 04/10/2022 : une date lue dans le mauvais ordre ou mal "
        "tapée ?",
        "Ligne 3, colonne « Date de naissance » : 1 date de naissance improbable, par exemple "
        "le 12/05/2080.",
        "Ligne 4, colonne « Expiration du passeport » : 1 date d'expiration de passeport "
        "avant la fin de l'événement (06/10/2023), par exemple le 13/05/2023 : le passeport ne "
        "sera plus valable.",
    ]
    assert preview.warnings[0].describe("en") == (
        "Rows 3 and 4, column “Arrivée”: 2 dates far from the event (05/10/2023 to "
        "06/10/2023), for example 04/10/2022: a date read in the wrong order, or mistyped?"
    )
    apply_import(db, preview, accept_warnings=True)
    assert len(participants.list_participants(db, october.id)) == 3
