"""Importing participant lists: the preview first, then all rows or none."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core.enums import BadgeCategory, OrganisationKind, Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.preview import Action, preview_import
from coopdesk.core.io.reading import Table, read_table
from coopdesk.core.model import Organisation, Participation, Person
from coopdesk.core.services import organisations, participants, people
from tests.factories import delegation

FIXTURES = Path(__file__).parent / "fixtures"


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _conference(db):
    return delegation(
        db,
        kind="conference",
        title="6es Assises franco-québécoises",
        start_date="2023-10-23",
        end_date="2023-10-24",
    )


def test_french_excel_registrations_import_with_their_accents_and_organisations(db):
    organisations.create_organisation(db, name="VILLE DE POITIERS", kind="french_authority")
    event = _conference(db)
    preview = preview_import(db, event.id, read_table(FIXTURES / "assises_excel_fr.csv"))
    assert preview.accepted, [i.describe() for i in preview.issues]
    assert [row.line for row in preview.rows] == [2, 3, 4, 5, 6, 7]
    assert {row.action for row in preview.rows} == {Action.NEW_PERSON}
    by_name = {row.name: row for row in preview.rows}
    cote = by_name["François Côté"]  # the non-breaking space after the name is gone
    assert cote.new_organisation and cote.organisation == "Ville de Québec"
    assert by_name["Hélène Lefèvre"].organisation_id is not None  # matched, any case
    assert not by_name["Hélène Lefèvre"].new_organisation
    assert preview.new_organisations == {
        "Ville de Québec": "CA",
        "Ville de Trois-Rivières": "CA",
        "Région Nouvelle-Aquitaine": "FR",
        "Le Devoir": "CA",
    }
    assert by_name["Jérôme Müller"].person["phone"] == "0612345678"
    assert cote.person["phone"] == "+1 418 641 6411"
    assert cote.participation["arrival_at"] == datetime(2023, 10, 22, 7, 15, tzinfo=UTC)
    assert cote.participation["category"] is BadgeCategory.ELECTED
    assert cote.participation["role"] is Role.ELECTED
    assert by_name["Loïc Gauthier"].participation["role"] is Role.ORGANISER

    result = apply_import(db, preview)
    assert len(result.participation_ids) == 6
    assert result.people_created == 6
    listed = participants.list_participants(db, event.id)
    assert {p.last_name for p in listed} == {
        "Lefèvre",
        "Côté",
        "Bélanger",
        "Müller",
        "Lévesque",
        "Gauthier",
    }
    cote_row = next(p for p in listed if p.last_name == "Côté")
    assert (cote_row.organisation, cote_row.country) == ("Ville de Québec", "CA")
    assert cote_row.hotel == "Hôtel Mercure"
    kinds = {o.name: o.kind for o in organisations.list_organisations(db)}
    assert kinds["Ville de Québec"] is OrganisationKind.FOREIGN_AUTHORITY
    assert kinds["Région Nouvelle-Aquitaine"] is OrganisationKind.FRENCH_AUTHORITY
    assert _count(db, Organisation) == 5
    diets = {p.last_name: p.dietary_needs for p in people.list_people(db)}
    assert diets["Bélanger"] == "sans gluten"


def test_the_apostolove_list_flags_31_june_and_writes_nothing(db):
    event = delegation(db)
    table = read_table(FIXTURES / "apostolove.xlsx")
    preview = preview_import(db, event.id, table)
    assert preview.mapping.header_line == 4
    assert preview.mapping.fields[:3] == (None, "last_name", "first_name")
    assert not preview.accepted
    [issue] = preview.issues
    assert (issue.line, issue.column, issue.code) == (7, "Arrivée", "import.date_impossible")
    assert issue.values == {"value": "31/06/2023"}
    assert issue.describe("fr") == (
        "Ligne 7, colonne « Arrivée » : « 31/06/2023 » : cette date n'existe pas."
    )
    assert issue.describe("en").startswith("Row 7, column “Arrivée”:")
    assert preview.refused_lines == (7,)
    with pytest.raises(ValidationError) as error:
        apply_import(db, preview)
    assert error.value.code == "import.has_errors"
    assert _count(db, Person) == _count(db, Participation) == _count(db, Organisation) == 0

    # The officer fixes the row (2 July) and imports again.
    rows = [list(row) for row in table.rows]
    rows[6][7] = "02/07/2023 10:35"
    fixed = preview_import(db, event.id, Table("apostolove.xlsx", [tuple(r) for r in rows]))
    assert fixed.accepted
    apply_import(db, fixed)
    listed = participants.list_participants(db, event.id)
    assert {p.native_name for p in listed} == {
        "Олена Коваленко",
        "Петро Шевченко",
        "Ірина Бондаренко",
        "Андрій Мельник",
    }
    assert {p.organisation for p in listed} == {"Рада громади Апостолового"}


def test_an_excel_list_with_titles_serials_and_scripts(db):
    event = delegation(
        db, title="Délégation de Kishiwada", start_date="2024-12-09", end_date="2024-12-13"
    )
    preview = preview_import(db, event.id, read_table(FIXTURES / "delegation.xlsx"))
    assert preview.accepted, [i.describe() for i in preview.issues]
    rows = {row.line: row for row in preview.rows}
    assert sorted(rows) == [5, 6, 8, 9]
    tanaka, watanabe, petrenko, martin = rows[5], rows[6], rows[8], rows[9]
    assert tanaka.person["native_name"] == "田中 博"
    assert tanaka.person["phone"] == "81724234121"
    assert tanaka.person["languages"] == "ja,en"
    assert tanaka.participation["role"] is Role.HEAD_OF_DELEGATION
    assert tanaka.participation["room"] == "301"
    paris_1405 = datetime(2024, 12, 9, 13, 5, tzinfo=UTC)
    assert tanaka.participation["arrival_at"] == paris_1405  # a date cell
    assert watanabe.participation["arrival_at"] == paris_1405  # text
    assert petrenko.participation["arrival_at"] == datetime(2024, 12, 9, 11, tzinfo=UTC)
    assert martin.participation["arrival_at"] == datetime(2024, 12, 8, 23, tzinfo=UTC)
    assert tanaka.participation["departure_number"] == "AF292"
    assert petrenko.organisation is None
    assert petrenko.person["native_name"] == "Ольга Петренко"
    assert watanabe.participation["role"] is Role.ARTIST
    apply_import(db, preview)
    assert len(participants.list_participants(db, event.id)) == 4


def _directory(db):
    kishiwada = organisations.create_organisation(
        db, name="Kishiwada City", kind="foreign_authority", country="JP"
    )
    poitiers = organisations.create_organisation(
        db, name="Ville de Poitiers", kind="french_authority", country="FR"
    )
    sato = people.create_person(
        db,
        first_name="Kenji",
        last_name="SATO",
        email="K.Sato@Example.jp",
        organisation_id=kishiwada.id,
    )
    dupont = people.create_person(
        db,
        first_name="Marie",
        last_name="Dupont",
        organisation_id=poitiers.id,
        function="Cheffe de projet",
    )
    return sato, dupont


def test_people_already_in_the_directory_are_offered_for_merge(db):
    sato, dupont = _directory(db)
    event = delegation(db)
    preview = preview_import(db, event.id, read_table(FIXTURES / "inscriptions_utf8_bom.csv"))
    assert preview.accepted
    rows = {row.name: row for row in preview.rows}
    assert rows["Olena Kovalenko"].action is Action.NEW_PERSON
    assert rows["Kenji Sato"].action is Action.EXISTING_PERSON
    assert (rows["Kenji Sato"].person_id, rows["Kenji Sato"].matched_by) == (sato.id, "email")
    marie = rows["Marie Dupont"]
    assert (marie.action, marie.person_id, marie.matched_by) == (
        Action.EXISTING_PERSON,
        dupont.id,
        "name",
    )
    assert marie.fills == {"email": "marie.dupont@poitiers.fr"}  # function is not empty
    assert rows["Kenji Sato"].fills == {"native_name": "佐藤 健二"}

    apply_import(db, preview)
    assert _count(db, Person) == 3
    assert people.get_person(db, dupont.id).email == "marie.dupont@poitiers.fr"
    assert people.get_person(db, dupont.id).function == "Cheffe de projet"
    assert people.get_person(db, sato.id).version == sato.version + 1
    listed = participants.list_participants(db, event.id)
    assert listed[0].role is Role.HEAD_OF_DELEGATION


def test_a_refused_merge_creates_a_new_person(db):
    _, dupont = _directory(db)
    event = delegation(db)
    preview = preview_import(db, event.id, read_table(FIXTURES / "inscriptions_utf8_bom.csv"))
    marie = next(row for row in preview.rows if row.person_id == dupont.id)
    apply_import(db, preview, as_new={marie.line}, fill_empty=False)
    assert _count(db, Person) == 4
    assert people.get_person(db, dupont.id).email is None


def test_someone_already_in_the_event_is_updated_or_skipped(db):
    event = delegation(db)
    table = read_table(FIXTURES / "inscriptions_utf8_bom.csv")
    apply_import(db, preview_import(db, event.id, table))
    again = preview_import(db, event.id, table)
    assert {row.action for row in again.rows} == {Action.SKIP}
    result = apply_import(db, again)
    assert (result.participation_ids, result.skipped) == ((), 3)

    rows = [list(r) for r in table.rows]
    rows[2][6] = "Speaker"  # Kenji Sato now speaks
    changed = preview_import(db, event.id, Table("x.csv", [tuple(r) for r in rows]))
    actions = {row.name: row.action for row in changed.rows}
    assert actions["Kenji Sato"] is Action.UPDATE
    sato = next(row for row in changed.rows if row.name == "Kenji Sato")
    assert sato.changes == {"role": Role.SPEAKER, "category": BadgeCategory.SPEAKER}
    before = participants.get_participant(db, sato.participation_id)
    assert apply_import(db, changed).participations_updated == 1
    after = participants.get_participant(db, sato.participation_id)
    assert (after.role, after.version) == (Role.SPEAKER, before.version + 1)
    assert len(participants.list_participants(db, event.id)) == 3


def test_bad_rows_are_all_listed_with_line_column_and_reason(db):
    event = delegation(db)
    rows = [
        ("Nom", "Prénom", "Courriel", "Pays", "Arrivée", "Départ", "Catégorie", "Fonction"),
        ("Dupont", "Marie", "marie@example", "France", "", "", "", ""),
        ("Durand", "Paul", "", "Atlantide", "", "", "Astronaute", ""),
        ("Martin", "Luc", "", "", "04/07/2023 10:00", "02/07/2023 10:00", "", ""),
        ("", "Sans-nom", "", "", "", "", "", ""),
        ("Petit", "Léa", "", "", "26/03/2023 02:30", "", "", ""),
        ("Grand", "Jo", "", "", "", "", "", "x" * 301),
        ("Roux", "Anne", "anne@example.fr", "", "", "", "", ""),
        ("Roux", "Anne", "ANNE@example.fr", "", "", "", "", ""),
        ("Blanc", "Eve", "", "", "", "", "Presse", ""),
    ]
    preview = preview_import(db, event.id, Table("liste.csv", rows))
    found = [(i.line, i.column, i.code) for i in preview.issues]
    assert found == [
        (2, "Courriel", "email.invalid"),
        (3, "Pays", "import.country_unknown"),
        (4, "Départ", "participation.departure_before_arrival"),
        (5, "Nom", "person.name_required"),
        (6, "Arrivée", "time.nonexistent"),
        (7, "Fonction", "field.too_long"),
    ]
    # The same person twice is a warning to accept: only the first row is imported.
    [twice] = preview.warnings
    assert (twice.code, twice.lines, twice.values) == (
        "import.warn.same_person",
        (9,),
        {"other": 8, "how": "email"},
    )
    assert twice.describe("fr") == (
        "Ligne 9 : Même personne qu'à la ligne 8 (même courriel) : seule la ligne 8 sera importée."
    )
    assert [row.line for row in preview.rows] == [8, 10]
    texts = [i.describe("fr") for i in preview.issues]
    assert texts[3] == "Ligne 5, colonne « Nom » : Indiquez au moins le nom de la personne."
    with pytest.raises(ValidationError):
        apply_import(db, preview)
    assert _count(db, Person) == 0


def test_a_preview_made_stale_by_someone_else_is_refused_whole(db):
    _, dupont = _directory(db)
    event = delegation(db)
    preview = preview_import(db, event.id, read_table(FIXTURES / "inscriptions_utf8_bom.csv"))
    participants.add_participant(db, event.id, dupont.id)  # a colleague, meanwhile
    with pytest.raises(ValidationError) as error:
        apply_import(db, preview)
    assert error.value.code == "import.changed_since_preview"
    assert _count(db, Person) == 2
    assert len(participants.list_participants(db, event.id)) == 1


def test_separate_date_and_time_columns_and_a_time_without_date(db):
    event = delegation(db)
    rows = [
        ("Nom", "Date d'arrivée", "Heure d'arrivée", "Vol", "Date de départ", "Heure de départ"),
        ("Kovalenko", "02/07/2023", "10:35", "LH1234", "04/07/2023", 0.75),
        ("Sato", "", "9h", "", "", ""),
    ]
    preview = preview_import(db, event.id, Table("t.csv", rows))
    [row] = preview.rows
    assert row.participation["arrival_at"] == datetime(2023, 7, 2, 8, 35, tzinfo=UTC)
    assert row.participation["departure_at"] == datetime(2023, 7, 4, 16, tzinfo=UTC)
    assert row.participation["arrival_number"] == "LH1234"
    [issue] = preview.issues
    assert (issue.line, issue.column, issue.code) == (
        3,
        "Heure d'arrivée",
        "import.time_without_date",
    )


def test_one_column_for_role_and_category(db):
    event = delegation(db)
    rows = [
        ("Nom", "Catégorie"),
        ("Kovalenko", "Cheffe de délégation"),
        ("Sato", "Interprète"),
        ("Dupont", "Presse"),
        ("Durand", "Astronaute"),
    ]
    preview = preview_import(db, event.id, Table("t.csv", rows))
    got = {r.name: (r.participation["role"], r.participation["category"]) for r in preview.rows}
    assert got == {
        "Kovalenko": (Role.HEAD_OF_DELEGATION, BadgeCategory.DELEGATE),
        "Sato": (Role.INTERPRETER, BadgeCategory.STAFF),
        "Dupont": (Role.PRESS, BadgeCategory.PRESS),
        "Durand": (Role.GUEST, "astronaute"),  # a category the office does not have yet
    }
    assert preview.issues == ()
    assert preview.new_categories == {"astronaute": "Astronaute"}


def test_rows_naming_one_person_twice_and_new_organisations_listed_once(db):
    event = delegation(db)
    rows = [
        ("Nom", "Prénom", "Organisation", "Pays", "Date de naissance", "Expiration du passeport"),
        ("Иванова", "Анна", "Мэрия Одессы", "UA", "", ""),
        ("Sato", "Kenji", "Kishiwada City", "JP", "", ""),
        ("IVANOVA ", "Anna", "Mairie d'Odessa", "UA", "", ""),  # another spelling: kept
        ("ИВАНОВА", "анна", "мэрия одессы", "", "", ""),  # same name and organisation
        ("Durand", "Paul", "", "", "12/05/1990", "01/01/1980"),
    ]
    preview = preview_import(db, event.id, Table("liste.csv", rows))
    found = [(i.line, i.column, i.code) for i in preview.issues]
    assert found == [(6, "Expiration du passeport", "person.passport_before_birth")]
    [twice] = [w for w in preview.warnings if w.code == "import.warn.same_person"]
    assert (twice.lines, twice.values) == ((5,), {"other": 2, "how": "name"})
    assert [row.line for row in preview.rows] == [2, 3, 4]
    # One new organisation per name (case and accents aside), with its first country.
    assert preview.new_organisations == {
        "Мэрия Одессы": "UA",
        "Kishiwada City": "JP",
        "Mairie d'Odessa": "UA",
    }


def test_the_preview_rows_read_like_a_list(db):
    _directory(db)
    event = delegation(db)
    preview = preview_import(db, event.id, read_table(FIXTURES / "inscriptions_utf8_bom.csv"))
    rows = list(preview.rows)
    assert len(preview.rows) == len(rows) == 3
    assert preview.rows[-1] == rows[-1] and preview.rows[1:] == rows[1:]
    assert [row.name for row in preview.rows] == ["Olena Kovalenko", "Kenji Sato", "Marie Dupont"]
    with pytest.raises(IndexError):
        preview.rows[3]
    assert preview.count(Action.NEW_PERSON) == 1  # Sato and Dupont are in the directory
    assert preview.count(Action.EXISTING_PERSON) == 2
    assert preview.count(Action.UPDATE) == preview.count(Action.SKIP) == 0
    # Each read is a fresh record: changing one changes nothing in the preview.
    preview.rows[0].person["first_name"] = "Changed"
    assert preview.rows[0].person["first_name"] == "Olena"


def test_journey_dates_without_a_year_are_in_the_event_s_year(db):
    event = _conference(db)  # 23-24 October 2023, Paris time
    rows = [
        ("Nom", "Prénom", "Arrivée", "Départ", "Catégorie", "Date de naissance"),
        ("Tremblay", "Luc", "Dimanche 22/10 à 18h30", "25 oct.", "Maire", "12/05/1970"),
        ("Gagnon", "Anne", "22/10", "", "Modératrice", "12/05"),
    ]
    preview = preview_import(db, event.id, Table("inscrits.csv", rows))
    [row] = preview.rows
    assert row.participation["arrival_at"] == datetime(2023, 10, 22, 16, 30, tzinfo=UTC)
    assert row.participation["departure_at"] == datetime(2023, 10, 24, 22, 0, tzinfo=UTC)
    assert row.participation["category"] is BadgeCategory.ELECTED
    [issue] = preview.issues  # a birth date needs its year
    assert (issue.line, issue.column, issue.code) == (
        3,
        "Date de naissance",
        "import.date_without_year",
    )
    assert issue.describe("fr") == (
        "Ligne 3, colonne « Date de naissance » : « 12/05 » : l'année manque "
        "(attendu : 31/12/2023)."
    )


@pytest.mark.parametrize(
    ("header", "cell", "expected"),
    [
        ("Nom et prénom", "DUPONT Marie", {"last_name": "DUPONT", "first_name": "Marie"}),
        ("Nom et prénom", "Dupont Marie", {"last_name": "Dupont", "first_name": "Marie"}),
        (
            "Prénom Nom",
            "Jean de La Fontaine",
            {"last_name": "de La Fontaine", "first_name": "Jean"},
        ),
        ("Full name", "Olena KOVALENKO", {"last_name": "KOVALENKO", "first_name": "Olena"}),
        ("Name", "Sato, Kenji", {"last_name": "Sato", "first_name": "Kenji"}),
        ("Participant", "КОВАЛЕНКО Олена", {"last_name": "КОВАЛЕНКО", "first_name": "Олена"}),
        (
            "Nom complet",
            "Mme Marie-Claire DE LA FONTAINE",
            {"civility": "Mme", "last_name": "DE LA FONTAINE", "first_name": "Marie-Claire"},
        ),
        ("Nom et prénom", "佐藤健二", {"native_name": "佐藤健二"}),
        ("Nom et prénom", "M. et Mme DUPONT", {"civility": "M. et Mme", "last_name": "DUPONT"}),
        (
            "Nom et prénom",
            "SATO Kenji (佐藤健二)",
            {"last_name": "SATO", "first_name": "Kenji", "native_name": "佐藤健二"},
        ),
        ("Prénom NOM", "Jean Dupont Jr.", {"last_name": "Dupont Jr.", "first_name": "Jean"}),
        ("Nom complet", "Jean Dupont Jr.", {"last_name": "Dupont Jr.", "first_name": "Jean"}),
        (
            "NOM Prénom",
            "S.E. M. Jean-Pierre N'DIAYE",
            {"civility": "S.E. M.", "last_name": "N'DIAYE", "first_name": "Jean-Pierre"},
        ),
        (
            "Full name",
            "H.E. Mr. John Smith",
            {"civility": "H.E. Mr.", "last_name": "Smith", "first_name": "John"},
        ),
    ],
)
def test_one_column_for_the_whole_name(db, header, cell, expected):
    event = delegation(db)
    preview = preview_import(db, event.id, Table("l.csv", [(header, "Courriel"), (cell, "")]))
    assert preview.mapping.fields == ("full_name", "email")
    [row] = preview.rows
    assert row.person == expected
    apply_import(db, preview)
    [listed] = participants.list_participants(db, event.id)
    assert (listed.last_name or "", listed.first_name or "") == (
        expected.get("last_name", ""),
        expected.get("first_name", ""),
    )


def test_a_whole_name_column_fills_only_blank_name_cells(db):
    event = delegation(db)
    rows = [
        ("Nom complet", "Nom", "Prénom"),
        ("DUPONT Marie", "", ""),
        ("KOVALENKO Olena", "Kovalenko", "Olena"),
    ]
    preview = preview_import(db, event.id, Table("l.csv", rows))
    assert preview.accepted
    assert [(r.person["last_name"], r.person["first_name"]) for r in preview.rows] == [
        ("DUPONT", "Marie"),
        ("Kovalenko", "Olena"),
    ]


def test_two_colleagues_importing_the_same_list_at_once_create_everyone_once(db):
    import threading

    event = _conference(db)
    rows = [("Nom", "Prénom", "Courriel", "Organisation")] + [
        (f"Nom{i}", f"Prénom{i}", f"p{i}@example.fr" if i % 2 else "", f"Org {i % 7}")
        for i in range(200)
    ]
    table = Table("inscrits.csv", rows)
    previews = [preview_import(db, event.id, table) for _ in range(2)]
    # "Nom12" is no one's name: the preview says so, and both colleagues accept it.
    assert [w.code for w in previews[0].warnings] == ["import.warn.not_people"]
    outcomes: list[object] = []

    def apply(preview):
        try:
            outcomes.append(apply_import(db, preview, accept_warnings=True))
        except ValidationError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=apply, args=(p,)) for p in previews]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for o in outcomes if o == "import.changed_since_preview") == 1
    assert _count(db, Person) == 200
    assert _count(db, Organisation) == 7
    assert len(participants.list_participants(db, event.id)) == 200
    # Previewed again, the list is recognised as already there.
    again = preview_import(db, event.id, table)
    assert again.count(Action.SKIP) == 200


def test_a_person_created_meanwhile_without_e_mail_is_not_created_twice(db):
    event = delegation(db)
    table = Table("l.csv", [("Nom", "Prénom"), ("Durand", "Paul")])
    preview = preview_import(db, event.id, table)
    people.create_person(db, first_name="Paul", last_name="DURAND")  # a colleague, meanwhile
    with pytest.raises(ValidationError) as error:
        apply_import(db, preview)
    assert error.value.code == "import.changed_since_preview"
    assert apply_import(db, preview, as_new={2}).people_created == 1  # the user insists


def test_a_date_column_that_holds_the_time_too_keeps_it(db):
    event = _conference(db)
    rows = [
        ("Nom", "Prénom", "Date d'arrivée (jj/mm)", "Date de départ", "Heure de départ"),
        ("Nowak", "Anna", datetime(2023, 10, 22, 21, 15), "mardi 24 octobre 2023 à 18h05", ""),
        ("Roy", "Paul", "22/10", "24/10/2023 18h05", "20:30"),  # the time column wins
    ]
    preview = preview_import(db, event.id, Table("l.xlsx", rows))
    assert preview.accepted, [i.describe() for i in preview.issues]
    nowak, roy = preview.rows
    assert nowak.participation["arrival_at"] == datetime(2023, 10, 22, 19, 15, tzinfo=UTC)
    assert nowak.participation["departure_at"] == datetime(2023, 10, 24, 16, 5, tzinfo=UTC)
    assert roy.participation["arrival_at"] == datetime(2023, 10, 21, 22, 0, tzinfo=UTC)
    assert roy.participation["departure_at"] == datetime(2023, 10, 24, 18, 30, tzinfo=UTC)


def test_a_departure_before_the_arrival_is_said_in_the_times_the_list_gives(db):
    event = delegation(db)  # Europe/Paris
    rows = [
        ("Nom", "Date d'arrivée", "Date de départ"),
        ("Roy", "30/03/2026 18:00", "28/03/2026 09:00"),
    ]
    [issue] = preview_import(db, event.id, Table("l.csv", rows)).issues
    assert issue.describe("fr") == (
        "Ligne 2, colonne « Date de départ » : Le départ (28 mars 2026 09:00) est avant "
        "l'arrivée (30 mars 2026 18:00)."
    )
