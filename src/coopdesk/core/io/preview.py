"""What an import would do, row by row, before anything is written.

Each accepted row is matched against the directory and the event: a person with the
same e-mail (any case), or the same first and last name and organisation (accents
and case aside), is an *existing person* offered for merge, whose empty fields the
row may fill, instead of a duplicate; someone already in this event is an *update*
of their participation, or *skipped* when the row changes nothing. Organisations
are matched by name, or listed as new. Every refused row is listed with its line and
column. The preview is a plain value: :func:`coopdesk.core.io.apply.apply_import`
writes it, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import repeat
from types import MappingProxyType
from typing import Any, NamedTuple, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role
from coopdesk.core.io.bulk import few_collections
from coopdesk.core.io.categories import resolve_categories
from coopdesk.core.io.dates import DateOrder, decide_orders, month_first_columns
from coopdesk.core.io.headers import ColumnMapping, guess_mapping
from coopdesk.core.io.reading import Table
from coopdesk.core.io.rows import PARTICIPATION_KEYS, PERSON_KEYS, ParsedRows, RowIssue, RowReader
from coopdesk.core.io.sanity import RowWarning, dates_far_from_event, not_people
from coopdesk.core.io.values import fold, fold_all
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services._base import get_row

NEW_PARTICIPATION_DEFAULTS: Mapping[str, Any] = {
    "role": Role.GUEST,
    "category": BadgeCategory.GUEST,
    "status": ParticipationStatus.INVITED,
}
_CHUNK = 500
_NOTHING: Mapping[str, Any] = MappingProxyType({})


class Action(StrEnum):
    NEW_PERSON = "new_person"
    EXISTING_PERSON = "existing_person"
    UPDATE = "update_participation"
    SKIP = "skipped"


class PreviewRow(NamedTuple):
    """What one accepted row will do.

    ``person`` and ``participation`` hold the row's validated values (instants in
    UTC). ``person_id`` is the directory person it matched (``matched_by`` says how),
    ``fills`` the fields of that person the row would fill because they are empty,
    ``changes`` the participation fields an update would change. A named tuple: a
    preview of ten thousand rows builds ten thousand of them.
    """

    line: int
    action: Action
    name: str
    person: Mapping[str, Any]
    participation: Mapping[str, Any]
    organisation: str | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    matched_by: str | None = None
    participation_id: int | None = None
    fills: Mapping[str, Any] = _NOTHING
    changes: Mapping[str, Any] = _NOTHING

    @property
    def new_organisation(self) -> bool:
        return self.organisation is not None and self.organisation_id is None


@dataclass(frozen=True)
class ImportPreview:
    """Every row of a file and what importing it would do; ``issues`` lists the
    refused rows and cells, ``warnings`` what looks wrong and must be accepted,
    ``date_orders`` how each date column is read (``date_questions``: the columns
    whose order the user must choose). Nothing is written until it is applied."""

    event_id: int
    source: str
    mapping: ColumnMapping
    rows: PreviewRows
    issues: tuple[RowIssue, ...]
    new_organisations: Mapping[str, str | None]
    warnings: tuple[RowWarning, ...] = ()
    date_orders: tuple[DateOrder, ...] = ()
    # Badge categories the file names that the office does not have: code → name.
    new_categories: Mapping[str, str] = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        """No row refused (warnings and date questions aside)."""
        return not self.issues

    @property
    def date_questions(self) -> tuple[DateOrder, ...]:
        """The date columns read both ways: the user says which order they are in."""
        return tuple(o for o in self.date_orders if o.order is None and o.field is not None)

    @property
    def ready(self) -> bool:
        """Nothing refused and no date order left to choose (warnings to accept aside)."""
        return not self.issues and not self.date_questions

    @property
    def refused_lines(self) -> tuple[int, ...]:
        return tuple(sorted({issue.line for issue in self.issues}))

    def count(self, action: Action) -> int:
        return self.rows.count_action(action)


def _name_key(first: str | None, last: str | None, native: str | None) -> tuple[str, str]:
    return (fold(first or ""), fold(last)) if last else ("", fold(native or ""))


@dataclass
class _Directory:
    """What the matching needs from the database, read once."""

    organisations: dict[str, tuple[int, str]]
    by_email: dict[str, int]
    by_name: dict[tuple[str, str], list[tuple[int, int | None]]]
    in_event: dict[int, Participation]

    @classmethod
    def load(cls, session: Session, event_id: int) -> _Directory:
        organisations = {
            fold(name): (org_id, name)
            for org_id, name in session.execute(select(Organisation.id, Organisation.name))
        }
        by_email: dict[str, int] = {}
        by_name: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
        people = select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.native_name,
            Person.organisation_id,
            Person.email,
        ).order_by(Person.id)
        for person_id, first, last, native, org_id, email in session.execute(people):
            if email:
                by_email.setdefault(email.casefold(), person_id)
            by_name.setdefault(_name_key(first, last, native), []).append((person_id, org_id))
        in_event = {
            row.person_id: row
            for row in session.scalars(
                select(Participation).where(Participation.event_id == event_id)
            )
        }
        return cls(organisations, by_email, by_name, in_event)

    def match(
        self, organisation: str | None, email: str | None, name: tuple[str, str], org_id: int | None
    ) -> tuple[int | None, str | None]:
        """The directory person a row names (and how), if exactly one fits; ``email``
        is the row's e-mail case-folded, ``organisation`` the name the row gives and
        ``org_id`` the directory's organisation of that name."""
        if email and email in self.by_email:
            return self.by_email[email], "email"
        people = self.by_name.get(name)
        if not people:
            return None, None
        if organisation is None:  # the list does not say: a unique namesake matches
            candidates = [person_id for person_id, _ in people]
        else:
            candidates = [p for p, o in people if o is not None and o == org_id]
        return (candidates[0], "name") if len(candidates) == 1 else (None, None)


def _current_people(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    wanted = sorted(set(ids))
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            found[person.id] = {key: getattr(person, key) for key in PERSON_KEYS} | {
                "organisation_id": person.organisation_id
            }
    return found


def preview_import(
    db: Database,
    event_id: int,
    table: Table,
    mapping: ColumnMapping | None = None,
    *,
    date_order: str | None = None,
) -> ImportPreview:
    """What importing ``table`` into the event would do (nothing is written).

    Without ``mapping`` the columns are guessed (or remembered from a file of the
    same shape). A mapping that fills a field twice or names nobody is refused
    with a :class:`ValidationError`; bad rows are listed in ``issues``, what looks
    wrong in ``warnings``. ``date_order`` (``"dmy"`` or ``"mdy"``) answers the date
    columns whose values read both ways (see :mod:`coopdesk.core.io.dates`).
    """
    if mapping is None:
        mapping = guess_mapping(table.rows)
    mapping.check()
    with few_collections(), db.session() as session:
        event = get_row(session, Event, event_id, "event")
        start, end, timezone = event.start_date, event.end_date, event.timezone
        orders = decide_orders(table.rows, mapping, start, end, date_order)
        reader = RowReader(mapping, timezone, start, month_first_columns(orders))
        parsed = reader.read(table.rows)
        new_categories = resolve_categories(session, parsed, _raw(reader, table, parsed))
        directory = _Directory.load(session, event_id)
        matcher = _Matcher(parsed, directory)
        rows, new_organisations = matcher.rows(session)
    issues = sorted(reader.issues, key=lambda issue: issue.line)
    undecided = frozenset(
        f"{o.field.split('_')[0]}_at" if o.field.startswith(("arrival", "departure")) else o.field
        for o in orders
        if o.order is None and o.field is not None
    )
    warnings = (
        _warnings(table, mapping, parsed, reader, (start, end, timezone), undecided)
        + matcher.warnings
    )
    return ImportPreview(
        event_id,
        table.source,
        mapping,
        rows,
        tuple(issues),
        new_organisations,
        tuple(warnings),
        orders,
        new_categories,
    )


def _raw(reader: RowReader, table: Table, parsed: ParsedRows) -> list[Any] | None:
    """The category cells of the accepted rows as the file gives them."""
    index = next((i for i, name, _, _ in reader.columns if name == "category"), None)
    if index is None:
        return None
    rows = table.rows
    return [rows[line - 1][index] if index < len(rows[line - 1]) else None for line in parsed.lines]


def _warnings(
    table: Table,
    mapping: ColumnMapping,
    parsed: ParsedRows,
    reader: RowReader,
    event: tuple[Any, Any, str],
    undecided: frozenset[str],
) -> list[RowWarning]:
    """The sanity pass over the whole list (see :mod:`coopdesk.core.io.sanity`)."""
    found: list[RowWarning] = []
    if table.mixed_lines:
        found.append(
            RowWarning(
                "import.warn.mixed_encoding",
                table.mixed_lines,
                None,
                {"encoding": table.encoding or "", "other": table.other_encoding or ""},
            )
        )
    start, end, timezone = event
    found += dates_far_from_event(
        parsed.lines, parsed.columns, reader.header_of, start, end, timezone, undecided
    )
    fields = mapping.fields
    for name in ("full_name", "last_name"):
        if name in fields:
            column = fields.index(name)
            lone = name == "full_name" and "first_name" not in fields
            warning = not_people(
                table.rows, mapping.header_line, column, mapping.headers[column], lone
            )
            if warning is not None:
                found.append(warning)
            break
    return found


class _Matcher:
    """How the accepted rows match the directory, column by column: a list per
    attribute (an item per row) rather than a record per row, quicker to build."""

    def __init__(self, parsed: ParsedRows, directory: _Directory) -> None:
        self.parsed = parsed
        self.directory = directory
        self.warnings: list[RowWarning] = []
        emails = parsed.column("email")
        texts = [email for email in emails if email is not None]
        folded = iter("\n".join(texts).casefold().split("\n") if texts else ())
        # case-folded e-mails (an address has no line break: the preview checked it)
        self.emails: list[str | None] = [None if e is None else next(folded) for e in emails]
        self.names = _name_keys(
            parsed.column("first_name"), parsed.column("last_name"), parsed.column("native_name")
        )
        organisations = parsed.column("organisation")
        # Organisation names repeat: fold each once.
        distinct = [name for name in dict.fromkeys(organisations) if name]
        folded_names = dict(zip(distinct, fold_all(distinct), strict=True))
        # "" where the row gives none
        self.organisations: list[str] = list(map(folded_names.get, organisations, repeat("")))
        known = directory.organisations
        self.known: list[tuple[int, str] | None] = list(map(known.get, self.organisations))
        self.shared = self._shared_emails()
        by_email, by_name = directory.by_email, directory.by_name
        # Most rows of a long list are new people: no e-mail nor name is known.
        known_emails = by_email.keys() & set(self.emails)
        known_names = by_name.keys() & set(self.names)
        self.people: dict[int, tuple[int, str]] = {}
        if not known_emails and not known_names:
            return
        for position, (email, name) in enumerate(zip(self.emails, self.names, strict=True)):
            if email in known_emails or name in known_names:
                org = self.known[position]
                # An e-mail several people of the list share says nobody's identity.
                found, how = directory.match(
                    organisations[position],
                    None if email in self.shared else email,
                    name,
                    org[0] if org else None,
                )
                if found is not None and how is not None:
                    self.people[position] = (found, how)

    def _shared_emails(self) -> set[str | None]:
        """The e-mails that rows of different names give."""
        given = [email for email in self.emails if email is not None]
        if len(set(given)) == len(given):
            return set()
        names: dict[str, set[tuple[str, str]]] = {}
        for email, name in zip(self.emails, self.names, strict=True):
            if email is not None:
                names.setdefault(email, set()).add(name)
        return {email for email, found in names.items() if len(found) > 1}

    def _duplicates(self) -> bool:
        """Whether two rows may name the same person (the same person matched, the
        same e-mail, or the same name and organisation); most lists have none."""
        emails = [email for email in self.emails if email is not None]
        ids = [person_id for person_id, _ in self.people.values()]
        keys = set(zip(self.names, self.organisations, strict=True))
        return (
            len(set(emails)) < len(emails)
            or len(set(ids)) < len(ids)
            or len(keys) < len(self.names)
        )

    def _drop_duplicates(self) -> list[int]:
        """The positions of the rows kept; a row naming the same person as an earlier
        one (the same e-mail and name, the same name and organisation, or the same
        person of the directory) is left out, with a warning. An e-mail shared by
        people of different names is a warning too."""
        if not self._duplicates():
            return list(range(len(self.parsed)))
        kept: list[int] = []
        by_id: dict[int, int] = {}
        by_email: dict[tuple[str, tuple[str, str]], int] = {}
        by_name: dict[tuple[tuple[str, str], str], int] = {}
        lines = self.parsed.lines
        for position, (email, name, org) in enumerate(
            zip(self.emails, self.names, self.organisations, strict=True)
        ):
            person_id = self.people.get(position, (None, None))[0]
            earlier, how = None, ""
            if person_id is not None and person_id in by_id:
                earlier, how = by_id[person_id], "directory"
            elif email and (email, name) in by_email:
                earlier, how = by_email[(email, name)], "email"
            elif (name, org) in by_name:
                earlier, how = by_name[(name, org)], "name"
            if earlier is not None:
                self.warnings.append(
                    RowWarning(
                        "import.warn.same_person",
                        (lines[position],),
                        None,
                        {"other": earlier, "how": how},
                    )
                )
                continue
            if person_id is not None:
                by_id[person_id] = lines[position]
            if email:
                by_email[(email, name)] = lines[position]
            by_name[(name, org)] = lines[position]
            kept.append(position)
        if self.shared:
            groups: dict[str, list[int]] = {}
            for position in kept:
                email = self.emails[position]
                if email is not None and email in self.shared:
                    groups.setdefault(email, []).append(position)
            for positions in groups.values():
                if len(positions) < 2:
                    continue
                shown = self.parsed.column("email")[positions[0]]
                names = tuple(_display_name(self.parsed.person(p)) for p in positions[:4])
                self.warnings.append(
                    RowWarning(
                        "import.warn.shared_email",
                        tuple(lines[p] for p in positions),
                        None,
                        {"email": shown, "names": names},
                    )
                )
        return kept

    def rows(self, session: Session) -> tuple[PreviewRows, dict[str, str | None]]:
        kept = self._drop_duplicates()
        parsed, known = self.parsed, self.known
        names = parsed.column("organisation")
        display = [k[1] if k else name for k, name in zip(known, names, strict=True)]
        org_ids = [k[0] if k else None for k in known]
        kept_set = set(kept) if len(kept) < len(parsed) else None
        new_organisations: dict[str, tuple[str, str | None]] = {}
        countries = parsed.column("country")
        for position, (key, name, k) in enumerate(
            zip(self.organisations, names, known, strict=True)
        ):
            if (
                key
                and k is None
                and key not in new_organisations
                and (kept_set is None or position in kept_set)
            ):
                new_organisations[key] = (name, countries[position])
        matched = {
            p: found for p, found in self.people.items() if kept_set is None or p in kept_set
        }
        current = _current_people(session, (person_id for person_id, _ in matched.values()))
        special = {
            position: _matched_row(
                parsed,
                position,
                display[position],
                org_ids[position],
                found,
                how,
                self.directory,
                current,
            )
            for position, (found, how) in matched.items()
        }
        self._namesakes_in_event(session, kept, matched)
        rows = PreviewRows(parsed, kept, display, org_ids, special)
        return rows, dict(new_organisations.values())

    def _namesakes_in_event(
        self, session: Session, kept: list[int], matched: Mapping[int, tuple[int, str]]
    ) -> None:
        """A new person of the list named as someone already registered for the event
        (another organisation, no e-mail to tell them apart): said, not decided."""
        by_name, in_event = self.directory.by_name, self.directory.in_event
        if not in_event:
            return
        for position in kept:
            if position in matched:
                continue
            people = by_name.get(self.names[position])
            registered = [p for p, _ in people or () if p in in_event]
            if not registered:
                continue
            person = session.get(Person, registered[0])
            if person is None:
                continue
            organisation = person.organisation.name if person.organisation else "—"
            self.warnings.append(
                RowWarning(
                    "import.warn.namesake_in_event",
                    (self.parsed.lines[position],),
                    None,
                    {
                        "name": _display_name(self.parsed.person(position)),
                        "organisation": organisation,
                    },
                )
            )


def _name_keys(
    first: list[str | None], last: list[str | None], native: list[str | None]
) -> list[tuple[str, str]]:
    """:func:`_name_key` of every row, folded a column at a time."""
    folded_first = fold_all([name or "" for name in first])
    folded_last = fold_all([name or "" for name in last])
    if None not in last and "" not in last:
        return list(zip(folded_first, folded_last, strict=True))
    folded_native = fold_all([name or "" for name in native])
    return [
        (f, fl) if raw else ("", fn)
        for raw, f, fl, fn in zip(last, folded_first, folded_last, folded_native, strict=True)
    ]


def _display_name(person: Mapping[str, Any]) -> str:
    first, last = person.get("first_name"), person.get("last_name")  # never blank: None
    name = f"{first} {last}" if first and last else first or last or ""
    return name or str(person.get("native_name", ""))


def _matched_row(
    parsed: ParsedRows,
    position: int,
    organisation: str | None,
    organisation_id: int | None,
    person_id: int,
    matched_by: str,
    directory: _Directory,
    current: Mapping[int, Mapping[str, Any]],
) -> PreviewRow:
    """The row of someone already in the directory: the empty fields it fills, and
    what it changes in their participation if they are already in the event."""
    person = parsed.person(position)
    common: dict[str, Any] = {
        "line": parsed.lines[position],
        "name": _display_name(person),
        "person": person,
        "organisation": organisation,
        "organisation_id": organisation_id,
        "person_id": person_id,
        "matched_by": matched_by,
    }
    before = current.get(person_id, {})
    fills = {k: v for k, v in person.items() if before.get(k) in (None, "")}
    if organisation is not None and before.get("organisation_id") is None:
        fills["organisation"] = organisation
    existing = directory.in_event.get(person_id)
    participation = parsed.participation(position)
    if existing is not None:
        for leg in ("arrival", "departure"):  # a leg given with a time: its time is known
            if f"{leg}_at" in participation and f"{leg}_time_known" not in participation:
                participation[f"{leg}_time_known"] = True
    if existing is None:
        return PreviewRow(
            action=Action.EXISTING_PERSON,
            participation={**NEW_PARTICIPATION_DEFAULTS, **participation},
            fills=fills,
            **common,
        )
    changes = {
        k: v
        for k, v in participation.items()
        if k in PARTICIPATION_KEYS and getattr(existing, k) != v
    }
    return PreviewRow(
        action=Action.UPDATE if changes or fills else Action.SKIP,
        participation=participation,
        participation_id=existing.id,
        fills=fills,
        changes=changes,
        **common,
    )


class PreviewRows(Sequence[PreviewRow]):
    """The accepted rows of a preview, in file order. A row of a new person (most
    rows of a long list) is built when it is read, from the parsed columns; a list of
    ten thousand rows is not ten thousand records until someone walks through it."""

    def __init__(
        self,
        parsed: ParsedRows,
        positions: list[int],
        organisations: list[str | None],
        organisation_ids: list[int | None],
        matched: dict[int, PreviewRow],
    ) -> None:
        self._parsed = parsed
        self._positions = positions
        self._organisations = organisations
        self._organisation_ids = organisation_ids
        self._matched = matched

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> PreviewRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[PreviewRow]: ...

    def __getitem__(self, index: int | slice) -> PreviewRow | list[PreviewRow]:
        if isinstance(index, slice):
            return [self._row(p) for p in self._positions[index]]
        return self._row(self._positions[index])

    def __iter__(self) -> Iterator[PreviewRow]:
        return map(self._row, self._positions)

    def __repr__(self) -> str:
        return f"<PreviewRows: {len(self)} rows>"

    def count_action(self, action: Action) -> int:
        if action is Action.NEW_PERSON:  # every row but the matched ones
            return len(self._positions) - len(self._matched)
        return sum(1 for row in self._matched.values() if row.action is action)

    def _row(self, position: int) -> PreviewRow:
        found = self._matched.get(position)
        if found is not None:
            return found
        parsed = self._parsed
        person = parsed.person(position)
        return PreviewRow(
            parsed.lines[position],
            Action.NEW_PERSON,
            _display_name(person),
            person,
            {**NEW_PARTICIPATION_DEFAULTS, **parsed.participation(position)},
            self._organisations[position],
            self._organisation_ids[position],
        )
