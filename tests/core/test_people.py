"""The directory of people: names in every script, sensitive data, bad input."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import people
from tests.factories import person


@pytest.mark.parametrize(
    ("first", "last", "native"),
    [
        ("Olena", "Kovalenko", "Олена Коваленко"),
        ("Hanako", "Yamada", "山田 花子"),
        ("Éléonore", "d'Aubigné-Lefèvre", None),
        ("Wa Ode", "Nurhayati", None),
        ("Nikos", "Papadopoulos", "Νίκος Παπαδόπουλος"),
    ],
)
def test_names_in_every_script_are_kept_exactly(db, first, last, native):
    created = person(db, first_name=first, last_name=last, native_name=native)
    again = people.get_person(db, created.id)
    assert (again.first_name, again.last_name, again.native_name) == (first, last, native)


def test_spaces_and_non_breaking_spaces_typed_around_names_are_trimmed(db):
    p = person(db, first_name="\u00a0Jean-Marc ", last_name="  Tremblay\u202f")
    assert (p.first_name, p.last_name) == ("Jean-Marc", "Tremblay")


def test_a_person_without_any_name_is_refused(db):
    with pytest.raises(ValidationError) as err:
        people.create_person(db, first_name="Olena", last_name="  ")
    assert err.value.code == "person.name_required"
    assert people.list_people(db) == []


def test_a_bad_email_is_refused_beside_its_field(db):
    with pytest.raises(ValidationError) as err:
        person(db, email="olena.kovalenko@")
    assert err.value.field == "email"
    assert "adresse électronique" in describe(err.value, "fr")


def test_sensitive_fields_are_stored_and_checked(db):
    p = person(
        db,
        passport_number="FA123456",
        passport_expiry="2031-05-01",
        birth_date=date(1975, 3, 14),
        dietary_needs="Végétarienne",
    )
    assert p.passport_expiry == date(2031, 5, 1)
    with pytest.raises(ValidationError) as err:
        people.update_person(db, p.id, {"passport_expiry": date(1970, 1, 1)})
    assert err.value.code == "person.passport_before_birth"


def test_people_are_searched_by_native_name_and_organisation(db):
    from coopdesk.core.services import organisations

    org = organisations.create_organisation(
        db, name="Ville de Kishiwada", kind="foreign_authority", country="JP", timezone="Asia/Tokyo"
    )
    person(
        db, first_name="Hanako", last_name="Yamada", native_name="山田 花子", organisation_id=org.id
    )
    person(db)
    assert [p.last_name for p in people.list_people(db, search="花子")] == ["Yamada"]
    assert [p.last_name for p in people.list_people(db, search="kishiwada")] == ["Yamada"]
    assert people.list_people(db, search="kishiwada")[0].organisation == "Ville de Kishiwada"


def test_a_search_ignores_accents_and_takes_words_in_any_order(db):
    person(db, first_name="Hélène", last_name="Lefèvre-Œuvray", email="h.lefevre@example.fr")
    person(db, first_name="Marie", last_name="Dupont", email="marie_dupont@example.fr")
    person(db, first_name="Paul", last_name="Martin", email="paul@example.fr")

    def found(search):
        return [p.first_name for p in people.list_people(db, search=search)]

    assert found("helene") == ["Hélène"]
    assert found("OEUVRAY") == ["Hélène"]
    assert found("dupont marie") == ["Marie"]
    assert found("marie martin") == []  # every word must be found
    assert found("_") == ["Marie"]  # not a wildcard: only the address with a "_"
    assert found("%") == []
    assert found("   ") == ["Marie", "Hélène", "Paul"]


@pytest.mark.parametrize(
    ("first", "last", "native", "shown"),
    [
        ("Iryna", "Savchuk", "Ірина Савчук", "Iryna Savchuk"),
        (None, "Savchuk", None, "Savchuk"),
        ("", "", "岸和田 花子", "岸和田 花子"),  # named only in her own script
        (" ", None, None, ""),
    ],
)
def test_a_person_reads_the_same_in_every_list(first, last, native, shown):  # type: ignore[no-untyped-def]
    from coopdesk.core.values import person_name

    assert person_name(first, last, native) == shown


def test_deleting_a_person_a_colleague_changed_since_is_refused_and_kept(db):  # type: ignore[no-untyped-def]
    from coopdesk.core.errors import StaleEditError

    seen = people.get_person(db, person(db, first_name="Iryna", last_name="Savchuk").id)
    people.update_person(db, seen.id, {"email": "iryna@apostolove.gov.ua"}, seen)
    with pytest.raises(StaleEditError):
        people.delete_person(db, seen.id, seen=seen)
    assert people.get_person(db, seen.id).email == "iryna@apostolove.gov.ua"
    # Read again, the record is deleted as asked.
    assert people.delete_person(db, seen.id, seen=people.get_person(db, seen.id)) is True
    assert people.list_people(db) == []
