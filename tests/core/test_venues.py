"""Venues: the office's list of places, searched, edited, merged, deleted with care."""

from __future__ import annotations

from datetime import datetime

import icalendar
import pytest

from coopdesk.core.calendar.export import export_programme
from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, venues
from tests.factories import delegation, partner


def _hotel_de_ville(db, **values):
    data = {
        "name": "Hôtel de ville — salle des mariages",
        "address": "1 place de la Mairie",
        "city": "Villeneuve",
        "country": "FR",
        "timezone": "Europe/Paris",
        "capacity": 80,
    } | values
    return venues.create_venue(db, **data)


def _item(db, event_id, venue_id, title="Séance de travail", hour=10):
    return agenda.create_agenda_item(
        db,
        event_id,
        title=title,
        type="meeting",
        starts_at=datetime(2023, 7, 3, hour, 0),
        ends_at=datetime(2023, 7, 3, hour + 1, 0),
        venue_id=venue_id,
    )


def _locations(ics: bytes) -> dict[str, tuple[str, int]]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {
        str(e["SUMMARY"]): (str(e.get("LOCATION", "")), int(e.get("SEQUENCE", 0)))
        for e in calendar.walk("VEVENT")
    }


def test_a_venue_is_created_with_notes_and_found_by_a_word_of_its_city(db):
    made = _hotel_de_ville(db, notes="Accès PMR par la cour")
    venues.create_venue(db, name="Aéroport Lyon-Saint-Exupéry", timezone="Europe/Paris")
    assert venues.get_venue(db, made.id).notes == "Accès PMR par la cour"
    assert [v.name for v in venues.list_venues(db, search="villeneuve")] == [made.name]
    assert [v.name for v in venues.list_venues(db)] == [
        "Aéroport Lyon-Saint-Exupéry",
        "Hôtel de ville — salle des mariages",
    ]


def test_a_venue_without_a_name_or_a_zone_is_refused_and_nothing_is_written(db):
    with pytest.raises(ValidationError) as err:
        venues.create_venue(db, name="  ", timezone="Europe/Paris")
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        venues.create_venue(db, name="Mairie", timezone="Europe/Pariss")
    assert err.value.field == "timezone"
    made = _hotel_de_ville(db)
    with pytest.raises(ValidationError) as err:
        venues.update_venue(db, made.id, {"name": ""}, made)
    assert err.value.field == "name"
    assert venues.list_venues(db) == [made]


def test_two_colleagues_editing_different_fields_both_keep_their_work(db):
    seen = _hotel_de_ville(db)
    venues.update_venue(db, seen.id, {"capacity": 120}, seen)
    mine = venues.update_venue(db, seen.id, {"notes": "Clés à l'accueil"}, seen)
    assert (mine.capacity, mine.notes) == (120, "Clés à l'accueil")


def test_a_colleagues_change_to_the_same_field_is_not_overwritten(db):
    seen = _hotel_de_ville(db)
    venues.update_venue(db, seen.id, {"capacity": 120}, seen)
    with pytest.raises(StaleEditError) as err:
        venues.update_venue(db, seen.id, {"capacity": 60}, seen)
    assert err.value.values["fields"] == {"capacity": (120, 60)}
    assert venues.get_venue(db, seen.id).capacity == 120


def test_a_venue_in_use_is_not_deleted_and_the_message_says_where(db):
    event = delegation(db)
    hall = _hotel_de_ville(db)
    _item(db, event.id, hall.id, "Accueil officiel")
    with pytest.raises(ValidationError) as err:
        venues.delete_venue(db, hall.id, seen=hall)
    assert err.value.code == "venue.in_use"
    sentence = describe(err.value, "fr")
    assert "« Accueil officiel »" in sentence and "Délégation d'Apostolove" in sentence
    assert venues.get_venue(db, hall.id) == hall
    assert [u.item for u in venues.venue_uses(db, hall.id)] == ["Accueil officiel"]


def test_deleting_a_venue_in_use_on_purpose_leaves_its_items_without_one_and_undo_restores(db):
    event = delegation(db)
    hall = _hotel_de_ville(db)
    item = _item(db, event.id, hall.id, "Accueil officiel")
    removal = venues.delete_venue(db, hall.id, seen=hall, detach=True)
    assert agenda.get_agenda_item(db, item.id).venue_id is None
    with pytest.raises(NotFoundError):
        venues.get_venue(db, hall.id)
    back = venues.restore_venue(db, removal)
    assert back.id == hall.id and back.name == hall.name
    again = agenda.get_agenda_item(db, item.id)
    assert again.venue_id == hall.id and again.uid == item.uid


def test_deleting_a_venue_someone_renamed_since_is_refused(db):
    seen = _hotel_de_ville(db)
    venues.update_venue(db, seen.id, {"name": "Salle du conseil"}, seen)
    with pytest.raises(StaleEditError):
        venues.delete_venue(db, seen.id, seen=seen)
    assert venues.get_venue(db, seen.id).name == "Salle du conseil"


def test_merging_moves_the_items_and_calendars_get_the_new_place(db):
    event = delegation(db)
    typo = _hotel_de_ville(db, name="Hotel de ville", address="", capacity=None)
    good = _hotel_de_ville(db, notes=None)
    dinner = _item(db, event.id, typo.id, "Dîner officiel", hour=19)
    session = _item(db, event.id, good.id, "Séance de travail", hour=10)
    first = _locations(export_programme(db, event.id))
    assert first["Dîner officiel"][0].startswith("Hotel de ville")

    merge = venues.merge_venues(db, good.id, typo.id, seen_keep=good, seen_other=typo)
    assert [v.id for v in venues.list_venues(db)] == [good.id]
    assert {i.title: i.venue_id for i in agenda.list_agenda(db, event.id)} == {
        "Dîner officiel": good.id,
        "Séance de travail": good.id,
    }
    after = _locations(export_programme(db, event.id))
    assert after["Dîner officiel"][0].startswith("Hôtel de ville — salle des mariages")
    assert after["Dîner officiel"][1] > first["Dîner officiel"][1]
    assert after["Séance de travail"] == first["Séance de travail"]

    venues.unmerge_venues(db, merge)
    assert agenda.get_agenda_item(db, dinner.id).venue_id == typo.id
    assert agenda.get_agenda_item(db, session.id).venue_id == good.id
    assert venues.get_venue(db, typo.id).name == "Hotel de ville"


def test_merging_fills_the_blanks_of_the_venue_kept(db):
    kept = _hotel_de_ville(db, address="", capacity=None)
    other = _hotel_de_ville(db, name="Mairie", address="1 place de la Mairie", capacity=80)
    merge = venues.merge_venues(db, kept.id, other.id)
    assert (merge.kept.address, merge.kept.capacity) == ("1 place de la Mairie", 80)
    venues.unmerge_venues(db, merge)
    assert venues.get_venue(db, kept.id).capacity is None


def test_a_venue_is_not_merged_into_itself(db):
    hall = _hotel_de_ville(db)
    with pytest.raises(ValidationError) as err:
        venues.merge_venues(db, hall.id, hall.id)
    assert "lui-même" in describe(err.value, "fr")


def test_renaming_a_venue_changes_its_items_in_calendars(db):
    event = delegation(db)
    hall = _hotel_de_ville(db)
    _item(db, event.id, hall.id, "Accueil officiel")
    before = _locations(export_programme(db, event.id))["Accueil officiel"]
    venues.update_venue(db, hall.id, {"name": "Salle d'honneur"}, hall)
    after = _locations(export_programme(db, event.id))["Accueil officiel"]
    assert after[0].startswith("Salle d'honneur") and after[1] == before[1] + 1


def test_the_agenda_offers_first_the_venues_near_the_event(db):
    kendari = partner(
        db, name="Kota Kendari", country="ID", city="Kendari", timezone="Asia/Makassar"
    )
    mission = delegation(
        db,
        kind="delegation_out",
        title="Mission à Kendari",
        partner_id=kendari.id,
        timezone="Asia/Makassar",
    )
    venues.create_venue(db, name="Balai Kota Kendari", city="Kendari", timezone="Asia/Makassar")
    _hotel_de_ville(db)
    venues.create_venue(db, name="Aéroport Haluoleo", timezone="Asia/Makassar")
    near, rest = venues.venues_for_event(db, mission.id)
    assert [v.name for v in near] == ["Aéroport Haluoleo", "Balai Kota Kendari"]
    assert [v.name for v in rest] == ["Hôtel de ville — salle des mariages"]
    home = delegation(db)
    near, rest = venues.venues_for_event(db, home.id)
    assert [v.name for v in near] == ["Hôtel de ville — salle des mariages"]
