"""VTIMEZONEs from the POSIX rule at the end of each TZif file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coopdesk.core.calendar.vtimezone import parse_posix_tz, read_tzif, vtimezone


def test_posix_strings_of_both_hemispheres():
    paris = parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3")
    assert (paris.std_name, paris.std_offset, paris.dst_offset) == (
        "CET",
        timedelta(hours=1),
        timedelta(hours=2),
    )
    assert paris.dst_end is not None and paris.dst_end.time == timedelta(hours=3)
    makassar = parse_posix_tz("<+08>-8")
    assert (makassar.std_name, makassar.std_offset, makassar.dst_start) == (
        "+08",
        timedelta(hours=8),
        None,
    )
    chatham = parse_posix_tz("<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45")
    assert chatham.dst_offset == timedelta(hours=13, minutes=45)


def test_footer_is_read_from_the_tzdata_package():
    assert read_tzif("Europe/Paris").footer == "CET-1CEST,M3.5.0,M10.5.0/3"
    assert read_tzif("America/Toronto").footer == "EST5EDT,M3.2.0,M11.1.0"


def test_southern_rules_start_daylight_in_spring():
    sydney = vtimezone("Australia/Sydney")
    parts = {p.name: p for p in sydney.subcomponents}
    assert parts["DAYLIGHT"]["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"
    assert parts["STANDARD"]["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"


def test_switches_at_24h_move_to_the_next_day():
    # Chile: "first Saturday of September at 24:00" is the Sunday after it.
    santiago = {p.name: p for p in vtimezone("America/Santiago").subcomponents}
    rule = santiago["DAYLIGHT"]["RRULE"]
    assert rule.to_ical() == b"FREQ=YEARLY;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8;BYMONTH=9"


def test_each_zone_is_built_once():
    assert vtimezone("Europe/Paris") is vtimezone("Europe/Paris")


def test_unknown_zone_is_a_user_error():
    with pytest.raises(Exception) as error:
        vtimezone("Mars/Olympus_Mons")
    assert getattr(error.value, "code", None) == "timezone.unknown"
