"""Read an .ics file with libical (through GObject introspection), not with icalendar.

Run by the SYSTEM Python (``/usr/bin/python3``, packages python3-gi and
gir1.2-ical-3.0): ``python3 libical_check.py FILE.ics``. Prints a JSON list with,
for each VEVENT, its UID, SUMMARY, DESCRIPTION, STATUS, and its start and end as
UTC instants (seconds since the epoch) computed by libical from the VTIMEZONE
components of the file itself; all-day entries give their dates instead.
"""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

K = ICalGLib.ComponentKind
P = ICalGLib.PropertyKind


def components(parent, kind):
    child = parent.get_first_component(kind)
    while child is not None:
        yield child
        child = parent.get_next_component(kind)


def main(path):
    with open(path, encoding="utf-8") as handle:
        calendar = ICalGLib.Component.new_from_string(handle.read())
    if calendar is None or calendar.isa() != K.VCALENDAR_COMPONENT:
        raise SystemExit("not a VCALENDAR")
    zones = {}
    for vtimezone in components(calendar, K.VTIMEZONE_COMPONENT):
        zone = ICalGLib.Timezone.new()
        zone.set_component(vtimezone.clone())
        zones[zone.get_tzid()] = zone
    out = []
    for event in components(calendar, K.VEVENT_COMPONENT):
        row = {
            "uid": event.get_uid(),
            "summary": event.get_summary(),
            "description": event.get_description(),
            "status": ICalGLib.Property.status_to_string(event.get_status()),
            "tzids": [],
        }
        for key, prop_kind in (("start", P.DTSTART_PROPERTY), ("end", P.DTEND_PROPERTY)):
            prop = event.get_first_property(prop_kind)
            when = prop.get_dtstart() if key == "start" else prop.get_dtend()
            if when.is_date():
                row[key + "_date"] = (
                    f"{when.get_year():04d}-{when.get_month():02d}-{when.get_day():02d}"
                )
                continue
            param = prop.get_first_parameter(ICalGLib.ParameterKind.TZID_PARAMETER)
            if when.is_utc():
                zone = ICalGLib.Timezone.get_utc_timezone()
            elif param is not None:
                tzid = param.get_tzid()
                row["tzids"].append(tzid)
                if tzid not in zones:
                    raise SystemExit(f"TZID {tzid} has no VTIMEZONE in the file")
                zone = zones[tzid]
            else:
                raise SystemExit(f"floating time in {row['uid']}")
            row[key] = when.as_timet_with_zone(zone)
        out.append(row)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
