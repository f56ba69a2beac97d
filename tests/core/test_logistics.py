"""The logistics read model's rules, as a driver and a hotel read the lists."""

from __future__ import annotations

from datetime import date, datetime

from coopdesk.core.services import participants
from coopdesk.core.services.logistics import Leg, logistics
from tests.factories import delegation, person


def test_movements_by_local_day_and_time_protocol_order_at_the_same_time(db):  # type: ignore[no-untyped-def]
    event = delegation(db, start_date=date(2026, 3, 28), end_date=date(2026, 3, 31))

    def add(last: str, **values):  # type: ignore[no-untyped-def]
        who = person(db, first_name="A", last_name=last, native_name=None)
        participants.add_participant(db, event.id, who.id, **values)

    add("Zelenko", role="head_of_delegation", arrival_at=datetime(2026, 3, 28, 10, 0))
    add("Abel", arrival_at=datetime(2026, 3, 28, 10, 0))
    # 09:30 in Kyiv is 08:30 in Paris, but the driver in Kyiv reads 09:30.
    add("Kyiv", arrival_at=datetime(2026, 3, 28, 9, 30), arrival_timezone="Europe/Kyiv")
    add("Unknown", arrival_at=datetime(2026, 3, 28), arrival_time_known=False)
    add("Declined", status="declined", arrival_at=datetime(2026, 3, 28, 7, 0))
    add("Leaves", departure_at=datetime(2026, 3, 28, 9, 45))
    model = logistics(db, event.id)
    assert [(m.last_name, m.leg, m.time and f"{m.time:%H:%M}") for m in model.movements] == [
        ("Unknown", Leg.ARRIVAL, None),  # time to be confirmed: first, never 00:00
        ("Kyiv", Leg.ARRIVAL, "09:30"),
        ("Leaves", Leg.DEPARTURE, "09:45"),
        ("Zelenko", Leg.ARRIVAL, "10:00"),  # the head of the delegation first
        ("Abel", Leg.ARRIVAL, "10:00"),
    ]
    assert [m.last_name for m in model.arrivals] == ["Unknown", "Kyiv", "Zelenko", "Abel"]
    assert model.travellers == 5


def test_rooming_dates_from_the_hotel_else_from_the_journey(db):  # type: ignore[no-untyped-def]
    event = delegation(db, timezone="Asia/Tokyo")
    who = person(db, first_name="Kenji", last_name="Sato", native_name=None)
    participants.add_participant(
        db,
        event.id,
        who.id,
        hotel="Hotel Nikko",
        check_out=date(2023, 7, 5),
        # No check-in: the arrival's day, in the leg's own zone (the 1st in Paris,
        # though it is already the 2nd in the event's Tokyo).
        arrival_at=datetime(2023, 7, 1, 23, 30),
        arrival_timezone="Europe/Paris",
    )
    [hotel] = logistics(db, event.id).hotels
    [guest] = hotel.guests
    assert (guest.check_in, guest.check_out, guest.nights) == (
        date(2023, 7, 1),
        date(2023, 7, 5),
        4,
    )
