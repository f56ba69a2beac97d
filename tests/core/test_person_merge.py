"""Two records of one person: found where duplicates are likely, merged with care."""

from __future__ import annotations

import pytest

from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import participants, people
from coopdesk.core.services.person_merge import likely_duplicates, merge_people, unmerge_people
from tests.factories import delegation, person


def test_the_same_email_or_the_same_name_without_accents_is_a_likely_duplicate(db):
    olena = person(db, email="o.kovalenko@apostolove.gov.ua")
    same_mail = person(
        db, first_name="O.", last_name="Kovalenko-Shevchenko", email="O.Kovalenko@apostolove.gov.ua"
    )
    same_name = person(db, first_name="OLENA", last_name="KOVALENKO", native_name=None)
    person(db, first_name="Iryna", last_name="Savchuk", native_name="Ірина Савчук")
    accents = person(db, first_name="Hélène", last_name="Lefèvre", native_name=None)
    plain = person(db, first_name="Helene", last_name="Lefevre", native_name=None)
    assert [p.id for p in likely_duplicates(db, olena.id)] == [same_mail.id, same_name.id]
    assert [p.id for p in likely_duplicates(db, plain.id)] == [accents.id]


def test_a_merge_keeps_every_participation_with_its_uid_and_fills_the_blanks(db):
    kishiwada = delegation(db, title="Délégation de Kishiwada")
    apostolove = delegation(db)
    kept = person(db, phone=None, email="o.kovalenko@apostolove.gov.ua")
    other = person(
        db,
        first_name="Olena",
        last_name="KOVALENKO",
        phone="+380 50 123 45 67",
        passport_number="FA123456",
    )
    a = participants.add_participant(db, apostolove.id, kept.id, role="head_of_delegation")
    b = participants.add_participant(db, kishiwada.id, other.id, role="guest")
    merge = merge_people(db, kept.id, other.id, seen_keep=kept, seen_other=other)
    assert (merge.kept.phone, merge.kept.passport_number) == ("+380 50 123 45 67", "FA123456")
    assert merge.kept.last_name == "Kovalenko"  # the kept record's own values stay
    with pytest.raises(NotFoundError):
        people.get_person(db, other.id)
    moved = participants.get_participant(db, b.id)
    assert (moved.person_id, moved.uid) == (kept.id, b.uid)
    assert participants.get_participant(db, a.id).person_id == kept.id

    back = unmerge_people(db, merge)
    assert back.id == other.id and back.phone == "+380 50 123 45 67"
    again = participants.get_participant(db, b.id)
    assert (again.person_id, again.uid) == (other.id, b.uid)
    assert people.get_person(db, kept.id).phone is None


def test_two_records_in_the_same_event_are_not_merged_and_the_message_says_which(db):
    event = delegation(db)
    kept = person(db)
    other = person(db, first_name="Olena", last_name="Kovalenko")
    participants.add_participant(db, event.id, kept.id)
    participants.add_participant(db, event.id, other.id)
    with pytest.raises(ValidationError) as err:
        merge_people(db, kept.id, other.id)
    sentence = describe(err.value, "fr")
    assert "« Délégation d'Apostolove »" in sentence and "participent tous deux" in sentence
    assert len(participants.list_participants(db, event.id)) == 2
    assert people.get_person(db, other.id).id == other.id


def test_a_record_changed_by_a_colleague_since_it_was_seen_is_not_merged(db):
    kept = person(db)
    other = person(db, first_name="Olena", last_name="Kovalenko")
    people.update_person(db, other.id, {"phone": "+380 1"}, other)
    with pytest.raises(StaleEditError):
        merge_people(db, kept.id, other.id, seen_keep=kept, seen_other=other)
    assert people.get_person(db, other.id).phone == "+380 1"


def test_a_record_is_not_merged_into_itself(db):
    kept = person(db)
    with pytest.raises(ValidationError) as err:
        merge_people(db, kept.id, kept.id)
    assert err.value.code == "person.merge_itself"


def test_every_field_of_a_person_is_corrected_from_the_version_seen(db):
    seen = person(db)
    saved = people.update_person(
        db,
        seen.id,
        {
            "civility": "Mme",
            "form_of_address": "Madame la Présidente",
            "elected_office": "mayor",
            "nationality": "ua",
            "birth_date": "1975-03-14",
            "accessibility_needs": "Fauteuil roulant",
        },
        seen,
    )
    assert (saved.form_of_address, saved.elected_office, saved.nationality) == (
        "Madame la Présidente",
        "mayor",
        "UA",
    )
    people.update_person(db, seen.id, {"phone": "+380 2"}, saved)  # a colleague
    with pytest.raises(StaleEditError) as err:
        people.update_person(db, seen.id, {"phone": "+380 3"}, saved)
    assert err.value.values["fields"] == {"phone": ("+380 2", "+380 3")}
