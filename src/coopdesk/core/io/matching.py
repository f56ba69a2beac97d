"""Matching a list's accepted rows against the directory and the event: a person with
the same e-mail, or the same names and organisation, is an existing person whose
empty fields the row may fill; someone already in the event is an update of their
participation, or skipped when nothing changes; organisations are matched by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core.io.outcome import (
    NEW_PARTICIPATION_DEFAULTS,
    Action,
    PreviewRow,
    PreviewRows,
    row_name,
)
from coopdesk.core.io.parsers import fold, fold_all
from coopdesk.core.io.rows import PARTICIPATION_KEYS, PERSON_KEYS, ParsedRows
from coopdesk.core.io.sanity import RowWarning
from coopdesk.core.model import Organisation, Participation, Person

_CHUNK = 500


def name_key(first: str | None, last: str | None, native: str | None) -> tuple[str, str]:
    return (fold(first or ""), fold(last)) if last else ("", fold(native or ""))


@dataclass
class Directory:
    """What the matching needs from the database, read once."""

    organisations: dict[str, tuple[int, str]]
    by_email: dict[str, int]
    by_name: dict[tuple[str, str], list[tuple[int, int | None]]]
    in_event: dict[int, Participation]

    @classmethod
    def load(cls, session: Session, event_id: int) -> Directory:
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
            by_name.setdefault(name_key(first, last, native), []).append((person_id, org_id))
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


class Matcher:
    """How the accepted rows match the directory, column by column: a list per
    attribute (an item per row) rather than a record per row, quicker to build."""

    def __init__(self, parsed: ParsedRows, directory: Directory) -> None:
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
                names = tuple(row_name(self.parsed.person(p)) for p in positions[:4])
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
                        "name": row_name(self.parsed.person(position)),
                        "organisation": organisation,
                    },
                )
            )


def _name_keys(
    first: list[str | None], last: list[str | None], native: list[str | None]
) -> list[tuple[str, str]]:
    """:func:`name_key` of every row, folded a column at a time."""
    folded_first = fold_all([name or "" for name in first])
    folded_last = fold_all([name or "" for name in last])
    if None not in last and "" not in last:
        return list(zip(folded_first, folded_last, strict=True))
    folded_native = fold_all([name or "" for name in native])
    return [
        (f, fl) if raw else ("", fn)
        for raw, f, fl, fn in zip(last, folded_first, folded_last, folded_native, strict=True)
    ]


def _matched_row(
    parsed: ParsedRows,
    position: int,
    organisation: str | None,
    organisation_id: int | None,
    person_id: int,
    matched_by: str,
    directory: Directory,
    current: Mapping[int, Mapping[str, Any]],
) -> PreviewRow:
    """The row of someone already in the directory: the empty fields it fills, and
    what it changes in their participation if they are already in the event."""
    person = parsed.person(position)
    common: dict[str, Any] = {
        "line": parsed.lines[position],
        "name": row_name(person),
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
