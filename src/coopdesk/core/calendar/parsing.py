"""Reading a calendar file's bytes into its components: the encoding, lines folded
inside a character, a broken file read entry by entry, and the text of an entry's
properties (title, type, sequence).
"""

from __future__ import annotations

import quopri
import re
import warnings
from typing import Any

from icalendar import Calendar, Component
from icalendar import Event as CalendarEntry
from icalendar.timezone import tzp

from coopdesk.core.calendar.outcome import Note
from coopdesk.core.calendar.writer import ITEM_PROPERTY, ZONE_PROPERTY
from coopdesk.core.enums import AgendaItemType
from coopdesk.core.errors import ValidationError
from coopdesk.core.labels import label

# Properties an entry has at most once (RFC 5545); a copy with the same value is
# harmless, two different values cannot be chosen between.
SINGLE = (
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
CHOSEN = ("UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")


STRUCTURAL = (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError)


class Refused(Exception):
    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = tuple(values.items())


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


def read_components(data: bytes) -> tuple[list[Component], list[int], list[Note]]:
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
            raise ValidationError("calendar.unreadable", None, reason=short_reason(exc)) from exc
        return components, (lines if len(components) == len(lines) else []), notes
    components = []
    for top in parsed:
        if top.name == "VCALENDAR":
            components += [with_calendar(c, top) for c in top.subcomponents]
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
            found.append(with_calendar(parts[0], calendar))
        except Exception as exc:  # refused below, with the reason
            begin = _BEGIN.match(block[0]) if block else None
            broken = CalendarEntry()
            broken.name = begin.group(1).upper() if begin else "VEVENT"  # type: ignore[misc]
            for pattern, name in ((_SUMMARY, "SUMMARY"), (_UID, "UID")):
                match = pattern.search(body)
                if match and match.group(1).strip():
                    broken.add(name, match.group(1).strip())
            broken._coopdesk_broken = short_reason(exc)  # type: ignore[attr-defined]
            found.append(broken)
    return found


def with_calendar(component: Component, calendar: Component) -> Component:
    """Remember which VCALENDAR a component came from (its METHOD, X-WR-TIMEZONE)."""
    component._coopdesk_calendar = calendar  # type: ignore[attr-defined]
    return component


def calendar_of(component: Component) -> Component | None:
    found: Component | None = getattr(component, "_coopdesk_calendar", None)
    return found


def short_reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


def normalise(component: Component) -> None:
    """One value for each property that an entry has once: identical copies are
    merged, different ones refused (for the properties that decide the entry) or the
    first kept."""
    for name in SINGLE:
        value = component.get(name)
        if not isinstance(value, list):
            continue
        texts = {ical_value(v) for v in value}
        if len(texts) > 1 and name in CHOSEN:
            raise Refused(
                "calendar.duplicate_property", property=name, values=" / ".join(sorted(texts))
            )
        component[name] = value[0]


def ical_value(value: Any) -> str:
    try:
        raw = value.to_ical()
    except STRUCTURAL:
        return str(value)
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def property_text(component: Component, name: str) -> str | None:
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


def entry_title(component: Component) -> str | None:
    text = property_text(component, "SUMMARY")
    return " ".join(text.split()) if text else None


def entry_type(component: Component, current: AgendaItemType | None) -> AgendaItemType:
    """The item type named in CATEGORIES (code, French or English word), else the
    current one, else a meeting."""
    words: list[str] = []
    categories = component.get("CATEGORIES")
    for prop in categories if isinstance(categories, list) else [categories]:
        try:
            words += [str(c).strip().casefold() for c in getattr(prop, "cats", ())]
        except STRUCTURAL:
            continue
    for kind in AgendaItemType:
        names = {kind.value, label(kind, "fr").casefold(), label(kind, "en").casefold()}
        if names & set(words):
            return kind
    return current or AgendaItemType.MEETING


def sequence_of(component: Component) -> int:
    try:
        return max(int(str(component.get("SEQUENCE", 0)).strip() or 0), 0)
    except (ValueError, TypeError):
        return 0
