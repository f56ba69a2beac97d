"""Table plans of official meals, placed by precedence on the demo events, seat by seat."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coopdesk.core import seating as placement
from coopdesk.core.errors import StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.model import AgendaItem
from coopdesk.core.seating import Shape, Style
from coopdesk.core.services import agenda, events, participants, seating


@pytest.fixture
def demo(sqlite_demo):
    return sqlite_demo  # a copy of the demo, loaded once per run


def _item(db, event_words: str, title: str) -> int:
    event = events.find_event(db, event_words)
    with db.session() as session:
        return session.scalar(
            select(AgendaItem.id).where(AgendaItem.event_id == event.id, AgendaItem.title == title)
        )


def _by_seat(plan, table_number: int = 1) -> dict[int, str]:
    return {s.seat: s.last_name for s in plan.seats if s.table_number == table_number}


def _apostolove(db, template: str = "table-12", style: str = "french"):
    meal = seating.create_meal(
        db, _item(db, "Apostolove", "Dîner officiel"), template=template, style=style
    )
    return seating.place(db, meal.meal_id, meal.version)


# --- the geometry of tables -----------------------------------------------------------


def test_a_long_table_a_la_francaise_has_its_hosts_face_to_face_in_the_middle():
    table = placement.layout(Shape.RECTANGULAR, 12, Style.FRENCH)
    host, cohost = table.seat(table.host_seat), table.seat(table.cohost_seat)
    assert host.side == "A" and cohost.side == "B"
    assert abs(host.x - cohost.x) < 1e-6  # facing each other
    order = placement.honour_order(table)
    # Host, co-host, host's right, co-host's right, host's left, co-host's left.
    right_of_host, right_of_cohost, left_of_host, left_of_cohost = (
        table.seat(n) for n in order[2:6]
    )
    assert right_of_host.side == "A" and right_of_host.x > host.x  # facing +y: right is +x
    assert right_of_cohost.side == "B" and right_of_cohost.x < cohost.x
    assert left_of_host.side == "A" and left_of_host.x < host.x
    assert left_of_cohost.side == "B" and left_of_cohost.x > cohost.x
    # Then outward, two seats from the hosts.
    assert all(
        abs(table.seat(n).x - host.x) == pytest.approx(2 * placement.PITCH) for n in order[6:10]
    )


def test_a_long_table_a_l_anglaise_has_its_hosts_at_the_two_ends():
    table = placement.layout(Shape.RECTANGULAR, 12, Style.ENGLISH)
    host, cohost = table.seat(table.host_seat), table.seat(table.cohost_seat)
    assert host.side == cohost.side == "end"
    assert host.x == -cohost.x and host.x < 0
    first = table.seat(placement.honour_order(table)[2])
    assert first.side == "A" and first.number in table.neighbours(table.host_seat)


@pytest.mark.parametrize("shape", list(Shape))
def test_every_shape_numbers_its_seats_and_keeps_them_apart(shape):
    for count in (placement.MIN_SEATS[shape], 10, 17, 30):
        table = placement.layout(shape, count, Style.FRENCH)
        assert [s.number for s in table.seats] == list(range(1, count + 1))
        assert sorted(placement.honour_order(table)) == list(range(1, count + 1))
        for a in table.seats:
            for b in table.seats:
                if a.number < b.number:
                    assert math.hypot(a.x - b.x, a.y - b.y) > 0.5, (shape, count, a, b)


def test_a_civility_tells_women_from_men_or_says_nothing():
    assert [placement.gender_of(c) for c in ("Mme", "M.", "Mrs", "Mr", "Pr", "Dr", None)] == [
        "f",
        "m",
        "f",
        "m",
        None,
        None,
        None,
    ]


# --- the Apostolove dinner: one long table ---------------------------------------------


def test_apostolove_dinner_a_la_francaise_seat_by_seat(demo):
    plan = _apostolove(demo)
    # Protocol order: Ardouin (host), Melnychuk (head of delegation), Brochard (co-host),
    # Bondarenko, then the officers Chauvet, Kravets, Lysenko, Savchuk, the interpreter,
    # Rabier, Poitevin.
    assert _by_seat(plan) == {
        4: "Ardouin",  # host, middle of side A
        9: "Brochard",  # co-host, facing
        5: "Melnychuk",  # guest of honour at the host's right
        10: "Bondarenko",  # the second at the co-host's right
        6: "Tkachuk-Moreau",  # the interpreter beside the guest she serves
        3: "Chauvet",  # the third at the host's left: rank before alternation here
        8: "Kravets",  # the fourth at the co-host's left
        11: "Lysenko",  # a woman beside Mr Bondarenko, before Mr Rabier's rank allows
        2: "Savchuk",  # a woman beside Mr Chauvet
        7: "Poitevin",
        12: "Rabier",
    }
    assert not plan.unseated
    assert plan.warnings == ()
    hosts = [s.last_name for s in plan.seats if s.host]
    assert hosts == ["Ardouin", "Brochard"]


def test_apostolove_dinner_a_l_anglaise_puts_the_hosts_at_the_ends(demo):
    plan = _apostolove(demo, style="english")
    seats = _by_seat(plan)
    assert seats[12] == "Ardouin" and seats[6] == "Brochard"
    assert seats[1] == "Melnychuk"  # the host's right: the corner of side A
    assert seats[7] == "Bondarenko"  # the co-host's right: side B from the other end
    assert seats[2] == "Tkachuk-Moreau"


def test_without_the_rules_the_seats_follow_the_protocol_order_alone(demo):
    meal = seating.create_meal(
        demo, _item(demo, "Apostolove", "Dîner officiel"), template="table-12"
    )
    meal = seating.set_rules(
        demo,
        meal.meal_id,
        {"alternate_gender": False, "interpreters_beside": False, "spread_delegations": False},
        meal.version,
    )
    plan = seating.place(demo, meal.meal_id, meal.version)
    order = [p.last_name for p in participants.list_participants(demo, plan.event_id)]
    honour = placement.honour_order(placement.layout(Shape.RECTANGULAR, 12))
    seats = _by_seat(plan)
    placed = [seats[n] for n in honour if n in seats]
    # Hosts first, then everybody else in protocol order.
    assert placed[:2] == ["Ardouin", "Brochard"]
    assert placed[2:] == [n for n in order if n not in ("Ardouin", "Brochard")]


def test_pinned_seats_stay_when_the_rest_is_placed_again(demo):
    plan = _apostolove(demo)
    savchuk = next(s for s in plan.seats if s.last_name == "Savchuk")
    plan = seating.move(
        demo,
        plan.meal_id,
        savchuk.participation_id,
        plan.tables[0].id,
        1,
        plan.version,
        pinned=True,
    )
    poitevin = next(s for s in plan.seats if s.last_name == "Poitevin")
    plan = seating.pin(demo, plan.meal_id, poitevin.participation_id, True, plan.version)
    again = seating.place(demo, plan.meal_id, plan.version)
    seats = _by_seat(again)
    assert seats[1] == "Savchuk" and seats[poitevin.seat] == "Poitevin"
    assert {s.last_name for s in again.seats if s.pinned} == {"Savchuk", "Poitevin"}
    assert len(seats) == 11 and len(set(seats.values())) == 11
    # The honour seats are filled as before.
    assert seats[4] == "Ardouin" and seats[5] == "Melnychuk" and seats[10] == "Bondarenko"


def test_people_asked_to_be_kept_apart_are_not_seated_side_by_side(demo):
    plan = _apostolove(demo)
    table = placement.layout(Shape.RECTANGULAR, 12)
    ids = {s.last_name: s.participation_id for s in plan.seats}
    seat = {s.last_name: s.seat for s in plan.seats}
    assert seat["Savchuk"] in table.neighbours(seat["Chauvet"])
    plan = seating.set_rules(
        demo, plan.meal_id, {"apart": [(ids["Savchuk"], ids["Chauvet"])]}, plan.version
    )
    plan = seating.place(demo, plan.meal_id, plan.version)
    seat = {s.last_name: s.seat for s in plan.seats}
    assert seat["Savchuk"] not in table.neighbours(seat["Chauvet"])
    assert len(seat) == 11


def test_moving_onto_a_taken_seat_swaps_and_unseating_lists_the_guest(demo):
    plan = _apostolove(demo)
    seats = {s.last_name: s for s in plan.seats}
    table_id = plan.tables[0].id
    plan = seating.move(
        demo,
        plan.meal_id,
        seats["Kravets"].participation_id,
        table_id,
        seats["Poitevin"].seat,
        plan.version,
    )
    after = _by_seat(plan)
    assert after[seats["Poitevin"].seat] == "Kravets" and after[seats["Kravets"].seat] == "Poitevin"
    plan = seating.unseat(demo, plan.meal_id, seats["Kravets"].participation_id, plan.version)
    assert [p.last_name for p in plan.unseated] == ["Kravets"]
    assert seats["Poitevin"].seat not in _by_seat(plan)


def test_a_plan_changed_by_a_colleague_is_not_overwritten(demo):
    plan = _apostolove(demo)
    seats = {s.last_name: s for s in plan.seats}
    seating.unseat(demo, plan.meal_id, seats["Rabier"].participation_id, plan.version)
    with pytest.raises(StaleEditError):
        seating.move(
            demo,
            plan.meal_id,
            seats["Kravets"].participation_id,
            plan.tables[0].id,
            12,
            plan.version,
        )
    after = _by_seat(seating.get_plan(demo, plan.meal_id))
    assert after[seats["Kravets"].seat] == "Kravets" and 12 not in after


def test_warnings_guest_of_honour_away_declined_and_delegation_on_one_side(demo):
    plan = _apostolove(demo)
    seats = {s.last_name: s for s in plan.seats}
    table_id = plan.tables[0].id
    # The guest of honour sent to the end of the table.
    plan = seating.move(
        demo, plan.meal_id, seats["Melnychuk"].participation_id, table_id, 1, plan.version
    )
    codes = [(w.code, w.name) for w in plan.warnings]
    assert ("seating.honour_away", "Oksana Melnychuk") in codes
    assert [seating.warning_sentence(w) for w in plan.warnings] == [
        "Oksana Melnychuk vient en tête de l'ordre protocolaire mais n'est pas à côté de l'hôte."
    ]
    # Bondarenko declines after the plan was made.
    participants.update_participation(
        demo, seats["Bondarenko"].participation_id, {"status": "declined"}
    )
    plan = seating.get_plan(demo, plan.meal_id)
    assert ("seating.declined_seated", "Vitalii Bondarenko") in [
        (w.code, w.name) for w in plan.warnings
    ]
    # Placed again, the declined guest loses the seat and the warning goes.
    plan = seating.place(demo, plan.meal_id, plan.version)
    assert "Bondarenko" not in _by_seat(plan).values()
    assert "Bondarenko" not in [p.last_name for p in plan.unseated]
    assert not [w for w in plan.warnings if w.code == "seating.declined_seated"]
    # The whole delegation moved to the host's side.
    apostolove = [s for s in plan.seats if s.organisation and "Apostolove" in s.organisation]
    free_a = [n for n in (1, 2, 3, 5, 6) if n not in {s.seat for s in apostolove}]
    for s in apostolove:
        if s.seat > 6:
            plan = seating.move(
                demo, plan.meal_id, s.participation_id, table_id, free_a.pop(0), plan.version
            )
    warnings = [w for w in plan.warnings if w.code == "seating.delegation_one_side"]
    assert [w.group for w in warnings] == ["Ville d'Apostolove – Conseil municipal"]


def test_bad_tables_and_rules_are_refused_with_their_codes(demo):
    meal = seating.create_meal(demo, _item(demo, "Apostolove", "Dîner officiel"))
    with pytest.raises(ValidationError) as exc:
        seating.place(demo, meal.meal_id)
    assert exc.value.code == "seating.no_tables"
    with pytest.raises(ValidationError) as exc:
        seating.add_table(demo, meal.meal_id, shape="hexagon", seats=8)
    assert exc.value.code == "seating.unknown_shape"
    with pytest.raises(ValidationError) as exc:
        seating.add_table(demo, meal.meal_id, shape="round", seats=500)
    assert exc.value.code == "seating.bad_seat_count"
    with pytest.raises(ValidationError) as exc:
        seating.create_meal(demo, meal.agenda_item_id)
    assert exc.value.code == "seating.already_planned"
    visit = _item(demo, "Apostolove", "Visite de sites en minibus")
    with pytest.raises(ValidationError) as exc:
        seating.create_meal(demo, visit)
    assert describe(exc.value) == (
        "« Visite de sites en minibus » n'est pas un repas : seuls les repas du programme "
        "ont un plan de table."
    )


# --- the Kishiwada reception -------------------------------------------------------------


def test_kishiwada_reception_seat_by_seat(demo):
    meal = seating.create_meal(
        demo, _item(demo, "Kishiwada", "Réception officielle"), template="table-20"
    )
    plan = seating.place(demo, meal.meal_id, meal.version)
    seats = _by_seat(plan)
    assert seats[6] == "Ardouin" and seats[15] == "Renaudin"  # host and co-host face to face
    assert seats[7] == "Nakamura"  # the head of delegation at the host's right
    assert seats[16] == "Brochard"  # the second at the co-host's right
    assert seats[5] == "Mazière"  # the third at the host's left
    assert seats[14] == "Garnier"  # the fourth at the co-host's left
    assert seats[8] == "Yamaguchi"  # the interpreter beside Mr Nakamura, away from the host
    assert len(seats) == 15 and not plan.unseated


# --- the Assises dinner: 300 guests on 30 round tables -----------------------------------


def _assises(db, *, rules=None):
    item = _item(db, "Assises", "Dîner officiel des Assises")
    everyone = participants.list_participants(db, events.find_event(db, "Assises").id)
    present = [p for p in everyone if p.status != "declined"]
    agenda.update_agenda_item(db, item, {}, attendee_ids=[p.id for p in present[:300]])
    meal = seating.create_meal(db, item, template="rondes-30x10")
    if rules:
        meal = seating.set_rules(db, meal.meal_id, rules, meal.version)
    return seating.place(db, meal.meal_id, meal.version), present[:300]


def _same_gender_neighbours(plan) -> int:
    gender = {s.participation_id: placement.gender_of(s.civility) for s in plan.seats}
    count = 0
    for t in plan.tables:
        lay = placement.layout(t.shape, t.seats)
        at = {s.seat: s.participation_id for s in plan.seats if s.table_id == t.id}
        for n, pid in at.items():
            for m in lay.neighbours(n):
                if m > n and m in at and gender[pid] and gender[pid] == gender[at[m]]:
                    count += 1
    return count


def test_assises_dinner_three_hundred_guests_on_thirty_round_tables(demo):
    plan, guests = _assises(demo)
    assert len(plan.seats) == 300 and not plan.unseated
    assert len({s.participation_id for s in plan.seats}) == 300
    rank = {p.id: i for i, p in enumerate(guests)}
    tables = sorted(plan.tables, key=lambda t: t.number)
    by_table = {t.number: [s for s in plan.seats if s.table_id == t.id] for t in tables}
    assert all(len(v) == 10 for v in by_table.values())
    # Table 1: the region's president hosts, the agglomeration's president faces him.
    one = {s.seat: s.last_name for s in by_table[1]}
    assert one[1] == "Lafargue" and one[6] == "Ardouin"
    # Every table has a host of the receiving side in seat 1.
    for number, seated in by_table.items():
        host = next(s for s in seated if s.seat == 1)
        assert host.host, number
        assert host.participation_id in plan.host_ids
    # Table 1 for the highest ranks: guests (not hosts) at table 1 outrank those at table 2.
    guests_at = {
        n: [
            rank[s.participation_id] for s in by_table[n] if s.participation_id not in plan.host_ids
        ]
        for n in by_table
    }
    assert max(guests_at[1]) < min(guests_at[3])
    top = [p.id for p in guests if p.id not in plan.host_ids][:2]
    assert {s.participation_id: s.seat for s in by_table[1]}[top[0]] == 2  # host's right
    # Delegations spread: no table holds more of one organisation than its fair share + 1.
    sizes = Counter(s.organisation for s in plan.seats)
    for seated in by_table.values():
        here = Counter(s.organisation for s in seated if not s.host)
        for org, n in here.items():
            assert n <= math.ceil(sizes[org] / 30) + 1, (org, n, sizes[org])


def test_alternating_women_and_men_cuts_same_sex_neighbours_by_a_third_at_the_assises(demo):
    plan, _ = _assises(demo)
    alternated = _same_gender_neighbours(plan)
    seating.delete_meal(demo, plan.meal_id)
    plain, _ = _assises(demo, rules={"alternate_gender": False})
    assert alternated < _same_gender_neighbours(plain) * 2 / 3


def test_declined_guests_are_not_placed(demo):
    plan, _ = _assises(demo)
    savard = next(
        p for p in participants.list_participants(demo, plan.event_id) if p.last_name == "Savard"
    )
    assert savard.status == "declined"
    assert plan.seat_of(savard.id) is None
    assert savard.id not in {p.id for p in plan.unseated}


# --- on each backend ------------------------------------------------------------------


def _small_dinner(db):
    from datetime import datetime

    from coopdesk.core.services import organisations
    from tests.factories import delegation, person

    home = organisations.create_organisation(
        db, name="Ville de La Rochelle", kind="french_authority"
    )
    guests_org = organisations.create_organisation(db, name="Apostolove", kind="foreign_authority")
    event = delegation(db)
    ids = {}
    for civility, last, org, role, office in (
        ("M.", "Maire", home.id, "elected", "mayor"),
        ("Mme", "Adjointe", home.id, "elected", "deputy_mayor"),
        ("Mme", "Cheffe", guests_org.id, "head_of_delegation", None),
        ("M.", "Second", guests_org.id, "elected", None),
        ("M.", "Troisième", guests_org.id, "officer", None),
        ("Mme", "Quatrième", guests_org.id, "officer", None),
        ("M.", "Absent", guests_org.id, "officer", None),
    ):
        p = person(
            db,
            civility=civility,
            last_name=last,
            first_name="",
            native_name=None,
            organisation_id=org,
            elected_office=office,
        )
        status = "declined" if last == "Absent" else "confirmed"
        ids[last] = participants.add_participant(db, event.id, p.id, role=role, status=status).id
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Dîner",
        type="meal",
        starts_at=datetime(2023, 7, 3, 20, 0),
        ends_at=datetime(2023, 7, 3, 22, 0),
        timezone="Europe/Paris",
    )
    return item.id, ids


def test_a_small_dinner_is_placed_moved_and_refused_when_stale_on_each_backend(db):
    item_id, ids = _small_dinner(db)
    meal = seating.create_meal(db, item_id)
    meal = seating.add_table(
        db, meal.meal_id, shape="rectangular", seats=6, honour=True, seen=meal.version
    )
    plan = seating.place(db, meal.meal_id, meal.version)
    table = placement.layout(Shape.RECTANGULAR, 6)
    seats = {s.last_name: s.seat for s in plan.seats}
    order = placement.honour_order(table)
    assert seats["Maire"] == table.host_seat and seats["Adjointe"] == table.cohost_seat
    assert seats["Cheffe"] == order[2] and seats["Second"] == order[3]
    assert "Absent" not in seats and len(seats) == 6
    stale = plan.version
    plan = seating.move(
        db, plan.meal_id, ids["Troisième"], plan.tables[0].id, seats["Quatrième"], plan.version
    )
    assert {s.last_name: s.seat for s in plan.seats}["Troisième"] == seats["Quatrième"]
    with pytest.raises(StaleEditError):
        seating.unseat(db, plan.meal_id, ids["Cheffe"], stale)
    # Deleting the agenda item deletes its plan.
    agenda.delete_agenda_item(db, item_id)
    assert seating.meal_of_item(db, item_id) is None


# --- any plan ---------------------------------------------------------------------------


@st.composite
def _plans(draw):  # type: ignore[no-untyped-def]
    count = draw(st.integers(0, 40))
    guests = [
        placement.Guest(
            id=i + 1,
            rank=i,
            gender=draw(st.sampled_from(["f", "m", None])),
            group=draw(st.sampled_from(["a", "b", "c", None])),
            declined=draw(st.booleans()) and draw(st.booleans()),
        )
        for i in range(count)
    ]
    # Some interpreters serve someone.
    if count > 2:
        guests[-1] = placement.Guest(count, count - 1, "f", "a", interpreter_for=1)
    shapes = list(Shape)
    tables = [
        placement.TableSpec(
            id=100 + t,
            number=t + 1,
            shape=(shape := draw(st.sampled_from(shapes))),
            seats=draw(st.integers(placement.MIN_SEATS[shape], 14)),
            honour=t == 0,
        )
        for t in range(draw(st.integers(1, 4)))
    ]
    hosts = draw(st.lists(st.sampled_from([g.id for g in guests]), max_size=5)) if guests else []
    pinned = {}
    for g in guests[: draw(st.integers(0, min(3, count)))]:
        table = draw(st.sampled_from(tables))
        pinned[g.id] = (table.id, draw(st.integers(1, table.seats)))
    apart = frozenset(
        frozenset(p)
        for p in draw(st.lists(st.tuples(st.integers(1, 40), st.integers(1, 40)), max_size=3))
        if p[0] != p[1]
    )
    style = draw(st.sampled_from(list(Style)))
    return guests, tables, hosts, pinned, placement.Rules(style=style, apart=apart)


@settings(max_examples=150, deadline=None)
@given(_plans())
def test_any_placement_gives_one_seat_to_one_guest_and_keeps_the_pins(plan):  # type: ignore[no-untyped-def]
    guests, tables, hosts, pinned, rules = plan
    result = placement.place(guests, tables, hosts, rules, pinned)
    spots = list(result.seats.values())
    assert len(spots) == len(set(spots))  # no seat twice
    size = {t.id: t.seats for t in tables}
    assert all(1 <= seat <= size[table] for table, seat in spots)
    declined = {g.id for g in guests if g.declined}
    # Pins stay (first come, when two pins claim one seat), declined guests are not placed.
    kept = {}
    for gid, spot in pinned.items():
        if spot not in kept.values():
            kept[gid] = spot
    for gid, spot in kept.items():
        assert result.seats[gid] == spot
    assert not (set(result.seats) - set(kept)) & declined
    # Everybody present is seated, or said to be unseated when the seats run out.
    present = {g.id for g in guests if not g.declined} | set(kept)
    assert set(result.seats) | set(result.unseated) == present
    assert not set(result.seats) & set(result.unseated)
    if result.unseated:
        assert len(result.seats) == sum(size.values())


def test_a_guest_no_longer_invited_to_the_meal_is_warned_about(demo):
    plan = _apostolove(demo)
    rabier = next(s for s in plan.seats if s.last_name == "Rabier")
    keep = [p.id for p in plan.guests if p.id != rabier.participation_id]
    agenda.update_agenda_item(demo, plan.agenda_item_id, {}, attendee_ids=keep)
    plan = seating.get_plan(demo, plan.meal_id)
    (warning,) = plan.warnings
    assert seating.warning_sentence(warning) == (
        "Julien Rabier a une place (table 1) mais ne figure plus parmi les invités de ce repas."
    )
    plan = seating.place(demo, plan.meal_id, plan.version)
    assert plan.seat_of(rabier.participation_id) is None and plan.warnings == ()


def test_a_whole_plan_is_put_back_in_one_step_or_not_at_all(demo):
    plan = _apostolove(demo)
    before = {s.participation_id: (s.table_id, s.seat, s.pinned) for s in plan.seats}
    table_id = plan.tables[0].id
    plan = seating.clear(demo, plan.meal_id, plan.version)
    assert plan.seats == ()
    wrong = dict(before) | {next(iter(before)): (table_id, 13, False)}
    with pytest.raises(ValidationError) as exc:
        seating.set_seats(demo, plan.meal_id, wrong, plan.version)
    assert exc.value.code == "seating.no_such_seat"
    assert seating.get_plan(demo, plan.meal_id).seats == ()  # nothing half done
    plan = seating.set_seats(demo, plan.meal_id, before, plan.version)
    assert {s.participation_id: (s.table_id, s.seat, s.pinned) for s in plan.seats} == before


def test_rules_refer_to_the_meal_s_guests_only(demo):
    plan = _apostolove(demo)
    kishiwada = participants.list_participants(demo, events.find_event(demo, "Kishiwada").id)[0]
    for changes in ({"hosts": [kishiwada.id]}, {"hosts": ["Ardouin"]}):
        with pytest.raises(ValidationError) as exc:
            seating.set_rules(demo, plan.meal_id, changes, plan.version)
        assert exc.value.code == "seating.not_a_guest"
    first = plan.guests[0].id
    with pytest.raises(ValidationError) as exc:
        seating.set_rules(demo, plan.meal_id, {"apart": [(first, first)]}, plan.version)
    assert describe(exc.value) == "Il faut deux invités différents pour les tenir éloignés."
    with pytest.raises(ValidationError) as exc:
        seating.update_table(demo, plan.meal_id, plan.tables[0].id, {"x": "à gauche"}, plan.version)
    assert describe(exc.value) == "« à gauche » n'est pas un nombre."
    assert seating.get_plan(demo, plan.meal_id).version == plan.version  # nothing written


def test_every_usual_room_seats_at_least_twelve():
    for name, tables in seating.TEMPLATES.items():
        assert sum(seats for _shape, seats in tables) >= 12, name
