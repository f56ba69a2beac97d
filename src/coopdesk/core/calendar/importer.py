"""Importing a partner's programme (.ics) into an event's agenda: preview, then apply.

Partner authorities send programmes from Outlook (Windows zone names such as
"Romance Standard Time", or "Customized Time Zone" defined in the file), Google
(UTC times, X-WR-TIMEZONE), Apple, Thunderbird or a CalDAV server, in UTF-8 or in
Windows-1252. Every file ends in one of two ways: its entries are imported, each
refused one named (title or line) with what to do, or the whole file is refused
in one sentence. Nothing escapes as an unexpected error.

Each entry becomes an agenda item in the zone where it happens. A TZID is read as
an IANA name, a Windows name (CLDR's mapping, shipped with icalendar), a vendor
prefixed name (``/mozilla.org/.../Europe/Paris``), or else from the file's own
VTIMEZONE, matched to the IANA zone that keeps the same clock over the event's
years. Local times follow RFC 5545: a time that occurs twice is the first of the
two, a skipped one is read with the offset before the change. A UTC time stays
the same instant, shown in the event's zone (or the zone coopdesk wrote beside
it); a floating time is read in the event's zone.

An entry whose UID is already in the event updates that item; a personal agenda
exported by coopdesk updates the items its entries stand for. Repeating entries
are expanded within the event's dates. Entries outside the event's dates are
listed and left out; other components (tasks, journal entries, alarms,
availability) are skipped with a note. :func:`preview_import` says what would
happen; :func:`apply_import` does it in one transaction, and does nothing at all
if any entry is refused.
"""

from __future__ import annotations

import hashlib
import quopri
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar, Component
from icalendar import Event as CalendarEntry
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.calendar.writer import ITEM_PROPERTY, ZONE_PROPERTY
from coopdesk.core.db import Database
from coopdesk.core.enums import AgendaItemStatus, AgendaItemType
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.labels import label
from coopdesk.core.messages import describe
from coopdesk.core.model import AgendaItem, Authority, Event, Venue
from coopdesk.core.services._base import get_row
from coopdesk.core.timezones import check_timezone, known_zones, to_local, zone

_MAX_TITLE = 300
_MAX_UID = 255
_MAX_OCCURRENCES = 500
_LOCATION_PREFIX = {"fr": "Lieu : ", "en": "Location: "}
# Properties an entry has at most once (RFC 5545); a copy with the same value is
# harmless, two different values cannot be chosen between.
_SINGLE = (
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RECURRENCE-ID",
    "STATUS",
    "SEQUENCE",
    "LOCATION",
    "DESCRIPTION",
    ZONE_PROPERTY,
    ITEM_PROPERTY,
)
_CHOSEN = ("UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")
# What a component that is not an appointment is, for the note that skips it:
# (French singular, French plural, English singular, English plural).
_KINDS = {
    "VTODO": ("tâche", "tâches", "task", "tasks"),
    "VJOURNAL": ("note de journal", "notes de journal", "journal entry", "journal entries"),
    "VFREEBUSY": ("plage libre/occupé", "plages libre/occupé", "free/busy", "free/busy"),
    "VAVAILABILITY": ("disponibilité", "disponibilités", "availability", "availabilities"),
    "VALARM": ("rappel", "rappels", "alarm", "alarms"),
}
_OTHER_KIND = ("composant inconnu", "composants inconnus", "unknown kind", "unknown kind")
_UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Zulu", "Etc/UCT", "UCT"})
_STRUCTURAL = (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError)


def _sentence(code: str, values: tuple[tuple[str, Any], ...], language: str | None) -> str:
    error = ValidationError(code, None)
    error.values = dict(values)
    return describe(error, language)


@dataclass(frozen=True, slots=True)
class ImportedItem:
    """An agenda item as the file describes it; ``existing_id`` is the item it updates."""

    uid: str
    title: str
    type: AgendaItemType
    status: AgendaItemStatus
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int | None
    description: str | None
    sequence: int
    existing_id: int | None = None
    line: int | None = None
    # A LOCATION no venue has, to become a new venue (when the import makes them).
    new_venue: str | None = None

    def days(self) -> tuple[date, date] | None:
        """The first and last day of an entry that takes whole days (midnight to
        midnight where it takes place), else None."""
        first, end = to_local(self.starts_at, self.timezone), to_local(self.ends_at, self.timezone)
        if end <= first or first.time() != time(0) or end.time() != time(0):
            return None
        return first.date(), end.date() - timedelta(days=1)

    def cancelled(self) -> bool:
        return self.status is AgendaItemStatus.CANCELLED


def _entry_name(summary: str | None, line: int | None, language: str | None) -> str:
    """« Title » (ligne 12), or "the entry on line 12": how a sentence names an entry."""
    english = language == "en"
    title = None
    if summary:
        short = summary if len(summary) <= 60 else summary[:57].rstrip() + "…"
        title = f"“{short}”" if english else f"« {short} »"
    if title and line:
        return f"{title} (line {line})" if english else f"{title} (ligne {line})"
    if title:
        return title
    if line:
        return f"the entry on line {line}" if english else f"l'entrée de la ligne {line}"
    return "an entry without a title" if english else "une entrée sans titre"


@dataclass(frozen=True, slots=True)
class RefusedEntry:
    """An entry of the file that is not imported, and why (an error code and values)."""

    uid: str | None
    summary: str | None
    code: str
    values: tuple[tuple[str, Any], ...] = ()
    line: int | None = None

    def reason(self, language: str | None = None) -> str:
        """The reason and what to do, as a sentence in ``language``."""
        return _sentence(self.code, self.values, language)

    def name(self, language: str | None = None) -> str:
        """The entry as a sentence names it: its title, its line in the file."""
        return _entry_name(self.summary, self.line, language)

    def sentence(self, language: str | None = None) -> str:
        """One sentence that names the entry, says what is wrong and what to do."""
        name = self.name(language)
        name = name[:1].upper() + name[1:]
        separator = ": " if language == "en" else " : "
        return f"{name}{separator}{self.reason(language)}"


@dataclass(frozen=True, slots=True)
class OutsideEntry:
    """An entry that takes place outside the event's dates: listed, not imported."""

    uid: str | None
    summary: str | None
    first_day: date
    last_day: date
    line: int | None = None

    def name_uid(self) -> str:
        return self.uid or "?"


@dataclass(frozen=True, slots=True)
class Note:
    """Something the import did that the user should know (a sentence, no refusal)."""

    code: str
    values: tuple[tuple[str, Any], ...] = ()

    def sentence(self, language: str | None = None) -> str:
        return _sentence(self.code, self.values, language)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the file into the event would do."""

    event_id: int
    created: tuple[ImportedItem, ...]
    updated: tuple[ImportedItem, ...]
    unchanged: tuple[ImportedItem, ...]
    refused: tuple[RefusedEntry, ...]
    outside: tuple[OutsideEntry, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def new_venues(self) -> tuple[str, ...]:
        """The places the file names that no venue has (in the order first named)."""
        items = (*self.created, *self.updated, *self.unchanged)
        return tuple(dict.fromkeys(i.new_venue for i in items if i.new_venue))


class _Refused(Exception):
    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = tuple(values.items())


class _Outside(Exception):
    def __init__(self, first: date, last: date) -> None:
        super().__init__("outside")
        self.first, self.last = first, last


def iana_zone(tzid: str) -> str | None:
    """The IANA name for a TZID from a calendar file, or None if unknown.

    Accepts IANA names, Windows names (CLDR's windowsZones mapping, shipped with
    icalendar) and prefixed names such as ``/mozilla.org/20070129_1/Europe/Paris``.
    """
    name = tzid.strip().strip('"')
    parts = [p for p in name.split("/") if p]
    candidates = [WINDOWS_TO_OLSON.get(name)] + ["/".join(parts[i:]) for i in range(len(parts))]
    for candidate in candidates:
        if candidate:
            try:
                return check_timezone(candidate)
            except ValidationError:
                continue
    return None


# -- reading the bytes --------------------------------------------------------------

_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin_1": "ISO-8859-1", "cp1251": "Windows-1251"}


# A long line folded in the middle of a UTF-8 character (writers that count octets
# and cut anywhere): the lead byte, the fold, then the character's other bytes.
_SPLIT_CHARACTER = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r?\n[ \t])([\x80-\xbf]{1,3})")


def _decode(data: bytes) -> tuple[str, Note | None]:
    """The text of the file: UTF-8 (with or without BOM), UTF-16 with a BOM, or the
    charset detected (Windows-1252 from an old Outlook...), said in a note."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    # Whole characters before each fold: the unfolded text and the line numbers are
    # the same, whatever the charset.
    data = _SPLIT_CHARACTER.sub(rb"\1\3\2", data)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding, text = "cp1252", data.decode("cp1252", "replace")
    shown = _ENCODING_NAMES.get(encoding, encoding.replace("_", "-").upper())
    shown = re.sub(r"^ISO-?8859-?", "ISO-8859-", shown)  # "ISO-8859-15", as users know it
    return text, Note("calendar.charset", (("encoding", shown),))


_BEGIN = re.compile(r"^BEGIN:\s*([A-Za-z0-9-]+)\s*$", re.IGNORECASE)
_END = re.compile(r"^END:\s*([A-Za-z0-9-]+)\s*$", re.IGNORECASE)


def _entry_lines(text: str) -> list[int]:
    """The line number of each component directly in a VCALENDAR (or at the top of a
    file without one), in the order of the file."""
    found: list[int] = []
    stack: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        if line[:1] in (" ", "\t"):
            continue
        begin = _BEGIN.match(line)
        if begin:
            name = begin.group(1).upper()
            if name != "VCALENDAR" and all(s == "VCALENDAR" for s in stack):
                found.append(number)
            stack.append(name)
            continue
        end = _END.match(line)
        if end and end.group(1).upper() in stack:
            while stack and stack.pop() != end.group(1).upper():
                pass
    return found


def _read(data: bytes) -> tuple[list[Component], list[int], list[Note]]:
    """The top-level components of the file, their lines, and notes on the reading."""
    if not data.strip():
        raise ValidationError("calendar.unreadable", None, reason="empty")
    text, charset = _decode(data)
    notes = [charset] if charset is not None else []
    # Old Mac programs end lines with CR alone: one line ending for every reader below.
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if "QUOTED-PRINTABLE" in text.upper():
        text = _join_soft_breaks(text)
    lines = _entry_lines(text)
    has_calendar = re.search(r"^BEGIN:\s*VCALENDAR\s*$", text, re.IGNORECASE | re.MULTILINE)
    if not has_calendar:
        if not lines:
            raise ValidationError("calendar.not_a_calendar", None)
        text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.strip()}\r\nEND:VCALENDAR\r\n"
        notes.append(Note("calendar.not_wrapped"))
    try:
        parsed = _parse(text)
    except Exception as exc:  # a third-party parser on a stranger's file: any failure
        # One unreadable value: read the entries one by one, refuse only that one.
        components = _one_by_one(text)
        if not components:
            raise ValidationError("calendar.unreadable", None, reason=_short(exc)) from exc
        return components, (lines if len(components) == len(lines) else []), notes
    components = []
    for top in parsed:
        if top.name == "VCALENDAR":
            components += [_with_calendar(c, top) for c in top.subcomponents]
        else:
            components.append(top)
    if not components and lines:  # an unbalanced file (a VCALENDAR never closed)
        components = _one_by_one(text)
    if len(components) != len(lines):
        lines = []
    return components, lines, notes


def _parse(text: str) -> list[Component]:
    # icalendar keeps the zones a file defines (VTIMEZONE) for every file read
    # after it: a "Customized Time Zone" of one file must not decide another's.
    tzp.use_zoneinfo()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed: list[Component] = [c for c in Calendar.from_ical(text, multiple=True)]
    return parsed


_SUMMARY = re.compile(r"^SUMMARY[^:]*:(.*)$", re.IGNORECASE | re.MULTILINE)
_UID = re.compile(r"^UID[^:]*:(.*)$", re.IGNORECASE | re.MULTILINE)


def _one_by_one(text: str) -> list[Component]:
    """The components of a file that icalendar cannot read whole, each read apart
    (with the calendar's properties and zones); one that still cannot be read
    stands as an entry that will be refused with the reason."""
    header: list[str] = []
    blocks: list[list[str]] = []
    stack: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t"):
            if blocks and len(stack) > 1:
                blocks[-1].append(line)
            elif stack:
                header.append(line)
            continue
        begin, end = _BEGIN.match(line), _END.match(line)
        if begin:
            name = begin.group(1).upper()
            if name != "VCALENDAR" and all(s == "VCALENDAR" for s in stack):
                blocks.append([])
            stack.append(name)
        if any(s != "VCALENDAR" for s in stack) and blocks:
            blocks[-1].append(line)
        elif stack and not begin and not end:
            header.append(line)
        if end and end.group(1).upper() in stack:
            while stack and stack.pop() != end.group(1).upper():
                pass
    zones = [b for b in blocks if b and _BEGIN.match(b[0]) and "VTIMEZONE" in b[0].upper()]
    head = "BEGIN:VCALENDAR\r\n" + "".join(f"{h}\r\n" for h in header)
    zone_text = "".join(f"{line}\r\n" for b in zones for line in b)
    found: list[Component] = []
    for block in blocks:
        body = "".join(f"{line}\r\n" for line in block)
        is_zone = block in zones
        try:
            (calendar,) = _parse(head + ("" if is_zone else zone_text) + body + "END:VCALENDAR\r\n")
            parts = [c for c in calendar.subcomponents if is_zone or c.name != "VTIMEZONE"]
            if len(parts) != 1:
                raise ValueError("not one component")
            found.append(_with_calendar(parts[0], calendar))
        except Exception as exc:  # refused below, with the reason
            begin = _BEGIN.match(block[0]) if block else None
            broken = CalendarEntry()
            broken.name = begin.group(1).upper() if begin else "VEVENT"  # type: ignore[misc]
            for pattern, name in ((_SUMMARY, "SUMMARY"), (_UID, "UID")):
                match = pattern.search(body)
                if match and match.group(1).strip():
                    broken.add(name, match.group(1).strip())
            broken._coopdesk_broken = _short(exc)  # type: ignore[attr-defined]
            found.append(broken)
    return found


def _with_calendar(component: Component, calendar: Component) -> Component:
    """Remember which VCALENDAR a component came from (its METHOD, X-WR-TIMEZONE)."""
    component._coopdesk_calendar = calendar  # type: ignore[attr-defined]
    return component


def _calendar_of(component: Component) -> Component | None:
    found: Component | None = getattr(component, "_coopdesk_calendar", None)
    return found


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


# -- properties of one entry --------------------------------------------------------


def _normalise(component: Component) -> None:
    """One value for each property that an entry has once: identical copies are
    merged, different ones refused (for the properties that decide the entry) or the
    first kept."""
    for name in _SINGLE:
        value = component.get(name)
        if not isinstance(value, list):
            continue
        texts = {_ical(v) for v in value}
        if len(texts) > 1 and name in _CHOSEN:
            raise _Refused(
                "calendar.duplicate_property", property=name, values=" / ".join(sorted(texts))
            )
        component[name] = value[0]


def _ical(value: Any) -> str:
    try:
        raw = value.to_ical()
    except _STRUCTURAL:
        return str(value)
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _text(component: Component, name: str) -> str | None:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value)
    params = getattr(value, "params", None) or {}
    if str(params.get("ENCODING", "")).upper() == "QUOTED-PRINTABLE":
        text = _quoted_printable(text, str(params.get("CHARSET", "") or "utf-8"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def _quoted_printable(text: str, charset: str) -> str:
    """A vCalendar 1.0 value (old Outlook, Lotus Notes, phones): ``R=E9union``."""
    raw = quopri.decodestring(text.encode("ascii", "replace"))
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp1252", "replace")


def _join_soft_breaks(text: str) -> str:
    """Quoted-printable values (vCalendar 1.0) continue on the next line after a
    final ``=``, without the leading blank iCalendar folding needs."""
    lines = text.replace("\r\n", "\n").split("\n")
    joined: list[str] = []
    for line in lines:
        if joined and "QUOTED-PRINTABLE" in joined[-1].upper() and joined[-1].endswith("="):
            joined[-1] = joined[-1][:-1] + line.lstrip(" \t")
        else:
            joined.append(line)
    return "\r\n".join(joined)


def _title(component: Component) -> str | None:
    text = _text(component, "SUMMARY")
    return " ".join(text.split()) if text else None


def _type(component: Component, current: AgendaItemType | None) -> AgendaItemType:
    """The item type named in CATEGORIES (code, French or English word), else the
    current one, else a meeting."""
    words: list[str] = []
    categories = component.get("CATEGORIES")
    for prop in categories if isinstance(categories, list) else [categories]:
        try:
            words += [str(c).strip().casefold() for c in getattr(prop, "cats", ())]
        except _STRUCTURAL:
            continue
    for kind in AgendaItemType:
        names = {kind.value, label(kind, "fr").casefold(), label(kind, "en").casefold()}
        if names & set(words):
            return kind
    return current or AgendaItemType.MEETING


def _sequence(component: Component) -> int:
    try:
        return max(int(str(component.get("SEQUENCE", 0)).strip() or 0), 0)
    except (ValueError, TypeError):
        return 0


# -- zones ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
# The geographic areas of the zone database (not US/Eastern, Etc/GMT-3, EST5EDT...).
_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)
_NOT_NAMES = {"standard", "time", "daylight", "summer", "zone", "customized", "utc", "gmt", "us"}


# For a zone a file defines without naming a place: the zone where most people live
# among those that keep the same clock, from west to east.
_MAIN_ZONES = (
    *("Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Phoenix"),
    *("America/Denver", "America/Chicago", "America/Mexico_City", "America/Bogota"),
    *("America/Lima", "America/New_York", "America/Caracas", "America/Santiago"),
    *("America/Halifax", "America/St_Johns", "America/Sao_Paulo"),
    *("America/Argentina/Buenos_Aires", "Atlantic/Azores", "Europe/London"),
    *("Africa/Lagos", "Africa/Casablanca", "Europe/Paris", "Africa/Johannesburg"),
    *("Africa/Cairo", "Europe/Athens", "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow"),
    *("Africa/Nairobi", "Asia/Tehran", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata"),
    *("Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok", "Asia/Jakarta"),
    *("Asia/Shanghai", "Asia/Singapore", "Australia/Perth", "Asia/Tokyo", "Asia/Seoul"),
    *("Australia/Adelaide", "Australia/Darwin", "Australia/Brisbane", "Australia/Sydney"),
    *("Pacific/Noumea", "Pacific/Auckland"),
)


def _offsets(tz: tzinfo, samples: list[datetime]) -> list[timedelta | None]:
    return [s.astimezone(tz).utcoffset() for s in samples]


def _custom_zone(tz: tzinfo, tzid: str, years: tuple[int, int], prefer: str) -> str | None:
    """The IANA zone that keeps the same clock as the file's own VTIMEZONE ``tz``
    through ``years`` (one sample a day), chosen by the names the TZID gives
    ("(GMT+01.00) Brussels, Copenhagen, Madrid, Paris", "US-Eastern"), else the
    event's zone, else the zone Windows would take; None if no zone matches."""
    first = datetime(years[0], 1, 1, 12, tzinfo=UTC)
    days = (datetime(years[1] + 1, 1, 1, tzinfo=UTC) - first).days
    samples = [first + timedelta(days=d) for d in range(days)]
    try:
        theirs = _offsets(tz, samples)
    except _STRUCTURAL:
        return None
    probe = [0, len(samples) // 4, len(samples) // 2, 3 * len(samples) // 4]
    candidates = []
    for name in sorted(n for n in known_zones() if n.split("/", 1)[0] in _AREAS):
        ours = zone(name)
        if all(samples[i].astimezone(ours).utcoffset() == theirs[i] for i in probe) and (
            _offsets(ours, samples) == theirs
        ):
            candidates.append(name)
    if not candidates:
        return None
    text = " ".join(_WORD.findall(tzid.replace("_", " "))).casefold()
    named = []
    for name in candidates:
        city = name.rsplit("/", 1)[-1].replace("_", " ").casefold()
        where = re.search(rf"\b{re.escape(city)}\b", text)
        if where:
            named.append((where.start(), name))
    if prefer in (n for _, n in named):
        return prefer
    if named:
        return min(named)[1]
    if prefer in candidates:
        return prefer
    words = set(text.split()) - _NOT_NAMES
    scored = []
    for windows, olson in WINDOWS_TO_OLSON.items():
        if olson in candidates:
            all_words = {w.casefold() for w in _WORD.findall(windows)}
            shared = len(words & (all_words - _NOT_NAMES))
            if shared:
                scored.append((-shared, len(all_words), olson))
    if scored:
        return min(scored)[2]
    # Nothing named: the zone most people keep that clock in (a "Customized Time Zone"
    # on New York's rules is New York's, not the Turks and Caicos'), then the zone
    # Windows itself would take, of the event's region first.
    main = next((name for name in _MAIN_ZONES if name in candidates), None)
    if main is not None:
        return main
    region = prefer.split("/", 1)[0] + "/"
    primary = sorted(
        set(WINDOWS_TO_OLSON.values()) & set(candidates),
        key=lambda n: (not n.startswith(region), n),
    )
    return (primary or candidates)[0]


class _Context:
    """What reading the entries of one file shares: the event, zones matched, notes."""

    def __init__(self, session: Session, event: Event, make_venues: bool = False) -> None:
        self.session = session
        self.event = event
        self.make_venues = make_venues
        authority = session.get(Authority, 1)
        self.language = authority.document_language if authority else "fr"
        self.venues = {v.name.casefold(): v.id for v in session.scalars(select(Venue))}
        self.seen: set[str] = set()
        self.custom: dict[str, str | None] = {}
        self.floating = 0
        self.floating_zone = event.timezone
        self.derived = 0
        self.alarms = 0

    def custom_zone(self, tz: tzinfo, tzid: str) -> str | None:
        if tzid not in self.custom:
            years = (self.event.start_date.year, self.event.end_date.year)
            self.custom[tzid] = _custom_zone(tz, tzid, years, self.event.timezone)
        return self.custom[tzid]

    def venue(self, location: str | None) -> int | None:
        if not location:
            return None
        folded = location.casefold()
        for name, venue_id in self.venues.items():
            if folded == name or folded.startswith(name + ","):
                return venue_id
        return None


def _at(wall: datetime, zone_name: str) -> datetime:
    """The UTC instant of a local time, as RFC 5545 reads it: the first of a time
    that occurs twice, the offset before the change for a skipped one."""
    return wall.replace(tzinfo=zone(zone_name), fold=0).astimezone(UTC)


def _utc_zone(component: Component, event: Event) -> str:
    """The zone a UTC time is shown in: the one coopdesk wrote beside it, else the
    event's."""
    written = _text(component, ZONE_PROPERTY)
    if written:
        try:
            return check_timezone(written)
        except ValidationError:
            pass
    return event.timezone


def _floating_zone(component: Component, event: Event) -> str:
    """A floating time is a local time where the event happens: Google's
    X-WR-TIMEZONE says which, else the event's zone."""
    calendar = _calendar_of(component)
    declared = _text(calendar, "X-WR-TIMEZONE") if calendar is not None else None
    return (iana_zone(declared) if declared else None) or event.timezone


def _instant(
    component: Component, name: str, context: _Context
) -> tuple[datetime, str, bool] | None:
    """The UTC instant of a DTSTART/DTEND, the zone it is shown in, whether a day."""
    prop = component.get(name)
    if prop is None:
        return None
    try:
        value = prop.dt
    except _STRUCTURAL as exc:
        raise _Refused("calendar.bad_value", property=name, value=_ical(prop)) from exc
    event = context.event
    if isinstance(value, date) and not isinstance(value, datetime):
        # A whole day in the event's zone, from midnight.
        return (
            _at(datetime(value.year, value.month, value.day), event.timezone),
            event.timezone,
            True,
        )
    if not isinstance(value, datetime):
        raise _Refused("calendar.bad_value", property=name, value=_ical(prop))
    wall = value.replace(tzinfo=None)
    tz = value.tzinfo
    if tz is None:
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        if tzid:
            zone_name = iana_zone(str(tzid))
            if zone_name is None:
                raise _Refused("calendar.unknown_zone", timezone=str(tzid))
        else:
            zone_name = context.floating_zone = _floating_zone(component, event)
            context.floating += 1
        return _at(wall, zone_name), zone_name, False
    key = getattr(tz, "key", None)
    if isinstance(tz, ZoneInfo) and key is not None and key not in _UTC_KEYS:
        zone_name = iana_zone(key)
        if zone_name is None:
            raise _Refused("calendar.unknown_zone", timezone=key)
        return _at(wall, zone_name), zone_name, False
    if value.utcoffset() == timedelta(0) and (key in _UTC_KEYS or tz is UTC):
        return value.astimezone(UTC), _utc_zone(component, event), False
    # A zone defined by the file's own VTIMEZONE under a name no database knows.
    tzid = str(prop.params.get("TZID", "")) or str(tz)
    known = iana_zone(tzid) if tzid else None
    if known is not None:  # a name the database knows, whatever the file defines
        return _at(wall, known), known, False
    matched = context.custom_zone(tz, tzid)
    if matched is None:
        return value.astimezone(UTC), event.timezone, False
    return _at(wall, matched), matched, False


# -- one entry -------------------------------------------------------------------------


def _derived_uid(component: Component) -> str:
    """A UID for an entry without one, stable from one copy of the file to the next:
    from its start and its title."""
    key = f"{_ical(component.get('DTSTART', ''))}|{_title(component) or ''}"
    return "coopdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@import"


def _item(
    context: _Context,
    component: Component,
    uid: str,
    cancelled_calendar: bool,
    line: int | None,
) -> ImportedItem:
    event = context.event
    session = context.session
    if len(uid) > _MAX_UID:
        raise _Refused("calendar.uid_too_long", length=len(uid), max=_MAX_UID)
    title = _title(component)
    if title is None:
        raise _Refused("calendar.no_title")
    if len(title) > _MAX_TITLE:
        raise _Refused("calendar.title_too_long", length=len(title), max=_MAX_TITLE)
    start = _instant(component, "DTSTART", context)
    if start is None:
        raise _Refused("calendar.no_start")
    starts_at, zone_name, all_day = start
    end = _instant(component, "DTEND", context)
    if end is not None:
        ends_at = end[0]
    elif component.get("DURATION") is not None:
        prop: Any = component["DURATION"]
        try:
            duration = prop.dt
        except _STRUCTURAL as exc:
            raise _Refused("calendar.bad_duration", value=_ical(prop)) from exc
        if not isinstance(duration, timedelta):
            raise _Refused("calendar.bad_duration", value=_ical(prop))
        ends_at = starts_at + duration
    elif all_day:  # an all-day entry lasts its day
        midnight = to_local(starts_at, zone_name).replace(tzinfo=None) + timedelta(days=1)
        ends_at = _at(midnight, zone_name)
    else:  # RFC 5545: a DTSTART alone is an instant (a deadline, a reminder)
        ends_at = starts_at
    first, last = to_local(starts_at, zone_name), to_local(ends_at, zone_name)
    if ends_at < starts_at:
        raise _Refused(
            "calendar.end_before_start",
            start=first.replace(tzinfo=None),
            end=last.replace(tzinfo=None),
        )
    # An end at midnight closes the day before (all-day entries end so).
    last_day = last.date() if ends_at == starts_at else (last - timedelta(microseconds=1)).date()
    if first.date() < event.start_date or last_day > event.end_date:
        raise _Outside(first.date(), last_day)
    existing = None
    own = _text(component, ITEM_PROPERTY)
    if own:  # a personal agenda's copy of one of this event's items
        existing = session.scalar(
            select(AgendaItem).where(AgendaItem.uid == own, AgendaItem.event_id == event.id)
        )
        if existing is not None:
            uid = own
    if existing is None:
        existing = session.scalar(select(AgendaItem).where(AgendaItem.uid == uid))
    if existing is not None and existing.event_id != event.id:
        other = session.get(Event, existing.event_id)
        raise _Refused("calendar.uid_in_other_event", uid=uid, event=other.title if other else "")
    if uid in context.seen:
        raise _Refused("calendar.duplicate_uid", uid=uid)
    context.seen.add(uid)
    location = _text(component, "LOCATION")
    venue_id = context.venue(location)
    description = _text(component, "DESCRIPTION")
    new_venue = None
    if location and venue_id is None and context.make_venues:
        new_venue = location
    elif location and venue_id is None:
        prefix = _LOCATION_PREFIX.get(context.language, _LOCATION_PREFIX["en"])
        line_text = prefix + location
        description = f"{description}\n\n{line_text}" if description else line_text
    status = str(component.get("STATUS", "")).strip().upper()
    if any(c.name == "VALARM" for c in component.subcomponents):
        context.alarms += 1
    return ImportedItem(
        uid=uid,
        title=title,
        type=_type(component, existing.type if existing else None),
        status=AgendaItemStatus.CANCELLED
        if status == "CANCELLED" or cancelled_calendar
        else AgendaItemStatus.PLANNED,
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=zone_name,
        venue_id=venue_id,
        description=description,
        sequence=_sequence(component),
        existing_id=existing.id if existing else None,
        line=line,
        new_venue=new_venue,
    )


_COMPARED = ("title", "type", "status", "starts_at", "ends_at", "timezone", "venue_id")


def _unchanged(session: Session, item: ImportedItem) -> bool:
    row = session.get(AgendaItem, item.existing_id)
    assert row is not None
    return all(getattr(row, k) == getattr(item, k) for k in _COMPARED) and (
        (row.description or None) == item.description
    )


# -- the whole file ----------------------------------------------------------------------


@dataclass
class _Group:
    """The VEVENTs of one UID: the entry, and the changed occurrences of a series."""

    uid: str
    line: int | None
    members: list[Component] = field(default_factory=list)


@dataclass
class _Plan:
    created: list[ImportedItem] = field(default_factory=list)
    updated: list[ImportedItem] = field(default_factory=list)
    unchanged: list[ImportedItem] = field(default_factory=list)
    refused: list[RefusedEntry] = field(default_factory=list)
    outside: list[OutsideEntry] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def _cancelled(component: Component) -> bool:
    calendar = _calendar_of(component)
    return calendar is not None and str(calendar.get("METHOD", "")).strip().upper() == "CANCEL"


def _groups(
    context: _Context, components: list[Component], lines: list[int], plan: _Plan
) -> Iterator[_Group]:
    """The VEVENTs grouped by UID, in the order of the file; other kinds counted."""
    skipped: dict[str, int] = {}
    groups: dict[str, _Group] = {}
    for index, component in enumerate(components):
        line = lines[index] if lines else None
        if component.name == "VTIMEZONE":
            continue
        broken = getattr(component, "_coopdesk_broken", None)
        if broken is not None and component.name == "VEVENT":
            plan.refused.append(
                RefusedEntry(
                    _text(component, "UID"),
                    _title(component),
                    "calendar.bad_entry",
                    (("reason", broken),),
                    line,
                )
            )
            continue
        if component.name != "VEVENT":
            kind = component.name or "?"
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        try:
            _normalise(component)
        except _Refused as exc:
            plan.refused.append(
                RefusedEntry(_text(component, "UID"), _title(component), exc.code, exc.values, line)
            )
            continue
        uid = _text(component, "UID")
        if uid is None:
            uid = _derived_uid(component)
            context.derived += 1
        group = groups.get(uid)
        recurring = any(
            component.get(p) is not None for p in ("RRULE", "RDATE", "RECURRENCE-ID")
        ) or (group is not None and any(_repeats(m) for m in group.members))
        if group is not None and not recurring:
            # The same UID twice without a series: a copy, or a conflict.
            if all(_same(component, m) for m in group.members):
                continue
            plan.refused.append(
                RefusedEntry(
                    uid, _title(component), "calendar.duplicate_uid", (("uid", uid),), line
                )
            )
            continue
        if group is None:
            group = groups[uid] = _Group(uid, line)
        group.members.append(component)
    for kind, count in skipped.items():
        words = _KINDS.get(kind, _OTHER_KIND)
        plan.notes.append(
            Note(
                _counted("calendar.skipped_component", count),
                (
                    ("component", kind),
                    ("count", count),
                    ("what_fr", words[0 if count == 1 else 1]),
                    ("what_en", words[2 if count == 1 else 3]),
                ),
            )
        )
    yield from groups.values()


def _counted(code: str, count: int) -> str:
    """The code of a sentence for ``count`` things: ``code_one`` says it of one."""
    return f"{code}_one" if count == 1 else code


def _repeats(component: Component) -> bool:
    return any(component.get(p) is not None for p in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _same(one: Component, other: Component) -> bool:
    return bool(_ical(one) == _ical(other))


def _occurrences(group: _Group, components: list[Component], event: Event) -> list[Component]:
    """The occurrences of a repeating entry within the event's dates (a day either
    side, for entries in zones far from the event's)."""
    for member in group.members:
        rules = member.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules]:
            frequency = rule.get("FREQ") if hasattr(rule, "get") else None
            if frequency and str(
                frequency[0] if isinstance(frequency, list) else frequency
            ).upper() in (
                "SECONDLY",
                "MINUTELY",
            ):
                raise _Refused("calendar.too_many_repeats", max=_MAX_OCCURRENCES)
    calendar = Calendar()
    for component in components:
        if component.name == "VTIMEZONE":
            calendar.add_component(component)
    for member in group.members:
        calendar.add_component(member)
    first = event.start_date - timedelta(days=1)
    last = event.end_date + timedelta(days=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found: list[Component] = list(recurring_ical_events.of(calendar).between(first, last))
    if len(found) > _MAX_OCCURRENCES:
        raise _Refused("calendar.too_many_repeats", max=_MAX_OCCURRENCES)
    source = _calendar_of(group.members[0])
    return [_with_calendar(o, source) if source is not None else o for o in found]


def _occurrence_uid(uid: str, occurrence: Component) -> str:
    """The UID of one occurrence: the series' UID and its original start in UTC."""
    prop = occurrence.get("RECURRENCE-ID") or occurrence.get("DTSTART")
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        suffix = value.strftime("%Y%m%dT%H%M%S") + ("Z" if value.tzinfo is not None else "")
    elif isinstance(value, date):
        suffix = value.strftime("%Y%m%d")
    else:
        suffix = "?"
    return f"{uid}/{suffix}"


def _add(
    plan: _Plan,
    context: _Context,
    component: Component,
    uid: str,
    line: int | None,
    listed_outside: bool = True,
) -> bool:
    """Read one entry into the plan; True if it takes place within the event."""
    title = _title(component)
    try:
        item = _item(context, component, uid, _cancelled(component), line)
    except _Outside as outside:
        if listed_outside:
            plan.outside.append(OutsideEntry(uid, title, outside.first, outside.last, line))
        return False
    except _Refused as exc:
        plan.refused.append(RefusedEntry(uid, title, exc.code, exc.values, line))
        return True
    except CoopdeskError as error:
        values = tuple(error.values.items())
        plan.refused.append(RefusedEntry(uid, title, error.code, values, line))
        return True
    except _STRUCTURAL as exc:  # a value of a kind the entry cannot have
        reason = (("reason", _short(exc)),)
        plan.refused.append(RefusedEntry(uid, title, "calendar.bad_entry", reason, line))
        return True
    if item.existing_id is None:
        plan.created.append(item)
    elif _unchanged(context.session, item):
        plan.unchanged.append(item)
    else:
        plan.updated.append(item)
    return True


def _with_new_venues(session: Session, plan: ImportPreview) -> ImportPreview:
    """Make the plan's new venues (a LOCATION "Name, address" gives both, in the zone
    of the first item held there) and hold its items there."""
    if not plan.new_venues:
        return plan
    made: dict[str, int] = {}
    items = (*plan.created, *plan.updated, *plan.unchanged)
    for location in plan.new_venues:
        name, _, address = location.partition(",")
        zone_name = next(i.timezone for i in items if i.new_venue == location)
        venue = Venue(name=name.strip()[:300], address=address.strip(), timezone=zone_name)
        session.add(venue)
        session.flush()
        made[location] = venue.id

    def held(item: ImportedItem) -> ImportedItem:
        if item.new_venue is None:
            return item
        return replace(item, venue_id=made[item.new_venue])

    return replace(
        plan,
        created=tuple(map(held, plan.created)),
        updated=tuple(map(held, plan.updated)),
        unchanged=tuple(map(held, plan.unchanged)),
    )


def _plan(session: Session, event: Event, data: bytes, make_venues: bool = False) -> ImportPreview:
    context = _Context(session, event, make_venues)
    components, lines, notes = _read(data)
    plan = _Plan(notes=notes)
    for group in _groups(context, components, lines, plan):
        master = next((m for m in group.members if m.get("RECURRENCE-ID") is None), None)
        title = _title(master if master is not None else group.members[0])
        if not any(_repeats(m) for m in group.members):
            _add(plan, context, group.members[0], group.uid, group.line)
            continue
        try:
            occurrences = _occurrences(group, components, event)
        except _Refused as exc:
            plan.refused.append(RefusedEntry(group.uid, title, exc.code, exc.values, group.line))
            continue
        except Exception as exc:  # the recurrence library on a stranger's rule
            reason = (("reason", _short(exc)),)
            plan.refused.append(
                RefusedEntry(group.uid, title, "calendar.bad_recurrence", reason, group.line)
            )
            continue
        inside = 0
        for occurrence in occurrences:
            uid = _occurrence_uid(group.uid, occurrence)
            inside += _add(plan, context, occurrence, uid, group.line, listed_outside=False)
        if inside:
            plan.notes.append(
                Note(
                    _counted("calendar.repeated", inside),
                    (("title", title or group.uid), ("count", inside)),
                )
            )
        else:
            first = master if master is not None else group.members[0]
            try:
                start = _instant(first, "DTSTART", context)
            except _Refused as exc:
                plan.refused.append(
                    RefusedEntry(group.uid, title, exc.code, exc.values, group.line)
                )
                continue
            day = to_local(start[0], start[1]).date() if start else event.start_date
            plan.outside.append(OutsideEntry(group.uid, title, day, day, group.line))
    if context.floating:
        plan.notes.append(
            Note(
                _counted("calendar.floating", context.floating),
                (("count", context.floating), ("timezone", context.floating_zone)),
            )
        )
    for tzid, matched in sorted(context.custom.items()):
        plan.notes.append(
            Note(
                "calendar.custom_zone" if matched else "calendar.custom_zone_unmatched",
                (("tzid", tzid.replace("\\,", ",")), ("timezone", matched or event.timezone)),
            )
        )
    if context.derived:
        plan.notes.append(
            Note(_counted("calendar.derived_uid", context.derived), (("count", context.derived),))
        )
    if context.alarms:
        plan.notes.append(
            Note(_counted("calendar.alarms", context.alarms), (("count", context.alarms),))
        )
    return ImportPreview(
        event.id,
        tuple(plan.created),
        tuple(plan.updated),
        tuple(plan.unchanged),
        tuple(sorted(plan.refused, key=lambda r: r.line or 0)),
        tuple(plan.outside),
        tuple(plan.notes),
    )


def preview_import(
    db: Database, event_id: int, data: bytes, *, make_venues: bool = False
) -> ImportPreview:
    """What importing ``data`` (an .ics file) into the event would create, update,
    leave as is, refuse, and leave out as outside the event. Writes nothing. With
    ``make_venues``, a LOCATION no venue has becomes a new venue (listed in
    ``new_venues``) instead of a line of the item's description."""
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        return _plan(session, event, data, make_venues)


def counts(preview: ImportPreview, language: str | None = None) -> str:
    """``3 nouveaux, 1 mis à jour, 2 inchangés, 1 hors des dates, 0 refusé.``"""
    if language == "en":
        words = [("new", "new"), ("updated", "updated"), ("unchanged", "unchanged")]
        words += [("outside the dates", "outside the dates"), ("refused", "refused")]
    else:  # French: singular up to one (0 refusé), plural from two
        words = [("nouveau", "nouveaux"), ("mis à jour", "mis à jour")]
        words += [("inchangé", "inchangés"), ("hors des dates", "hors des dates")]
        words += [("refusé", "refusés")]
    numbers = (
        len(preview.created),
        len(preview.updated),
        len(preview.unchanged),
        len(preview.outside),
        len(preview.refused),
    )
    parts = [f"{n} {one if n < 2 else many}" for n, (one, many) in zip(numbers, words, strict=True)]
    return ", ".join(parts) + "."


def _refusal(plan: ImportPreview) -> ValidationError:
    """The one sentence that refuses the whole file: the first refused entry named."""
    first = plan.refused[0]
    return ValidationError(
        "calendar.import_refused" if len(plan.refused) > 1 else "calendar.import_refused_one",
        None,
        count=len(plan.refused),
        others=len(plan.refused) - 1,
        entry_fr=first.sentence("fr"),
        entry_en=first.sentence("en"),
    )


def nothing_to_import(plan: ImportPreview, event: Event | None = None) -> ValidationError | None:
    """Why the file brings nothing into the event, or None when it does."""
    if plan.created or plan.updated or plan.unchanged or plan.refused:
        return None
    if plan.outside:
        values: dict[str, Any] = {"count": len(plan.outside)}
        if event is not None:
            values |= {"event_start": event.start_date, "event_end": event.end_date}
        return ValidationError(_counted("calendar.all_outside", len(plan.outside)), None, **values)
    return ValidationError("calendar.no_events", None)


def apply_import(
    db: Database,
    event_id: int,
    data: bytes,
    seen: ImportPreview | None = None,
    source: str = "",
    *,
    make_venues: bool = False,
) -> ImportPreview:
    """Import ``data`` into the event in one transaction: all entries or none, with
    one entry in the change log naming the file ``source``.

    Refuses (and writes nothing) if any entry is refused, if the file brings no
    entry within the event, or if ``seen`` — the preview the user accepted — no
    longer matches what the import would do. With ``make_venues``, the new venues are
    made in the same transaction.
    """
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        plan = _plan(session, event, data, make_venues)
        if plan.refused:
            raise _refusal(plan)
        empty = nothing_to_import(plan, event)
        if empty is not None:
            raise empty
        if seen is not None and plan != seen:
            raise ValidationError("calendar.import_changed", None)
        plan = _with_new_venues(session, plan)
        added = []
        for item in plan.created:
            added.append(
                AgendaItem(
                    event_id=event_id,
                    uid=item.uid,
                    title=item.title,
                    type=item.type,
                    status=item.status,
                    starts_at=item.starts_at,
                    ends_at=item.ends_at,
                    timezone=item.timezone,
                    venue_id=item.venue_id,
                    description=item.description,
                    all_participants=True,
                    sequence=item.sequence,
                )
            )
        session.add_all(added)
        for item in plan.updated:
            row = session.get(AgendaItem, item.existing_id)
            assert row is not None
            for key in (*_COMPARED, "description"):
                setattr(row, key, getattr(item, key))
            row.sequence = max(row.sequence + 1, item.sequence)
        session.flush()
        audit.log_calendar_import(
            session,
            event_id,
            source,
            [row.id for row in added],
            [item.existing_id for item in plan.updated if item.existing_id is not None],
        )
        return plan
