"""Whatever a file holds, the importer answers with a preview or a typed error, and a
refused row never lets anything into the database."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.headers import FIELD_HEADERS
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import Table, read_csv
from coopdesk.core.model import Organisation, Participation, Person
from coopdesk.core.services import events

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HEADER = b"Nom;Pr\xe9nom;Arriv\xe9e;D\xe9part;Pays;Courriel;Cat\xe9gorie;H\xf4tel\r\n"


def _event_id(db) -> int:
    found = events.list_events(db)
    if found:
        return found[0].id
    return events.create_event(
        db,
        kind="conference",
        title="Assises",
        start_date=date(2023, 10, 23),
        end_date=date(2023, 10, 24),
        timezone="Europe/Paris",
    ).id


def _counts(db) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m))
            for m in (Person, Participation, Organisation)
        )


def _import(db, table: Table) -> None:
    """Preview and apply; a refused preview must leave the database as it was."""
    event_id = _event_id(db)
    try:
        preview = preview_import(db, event_id, table)
    except CoopdeskError:
        return
    before = _counts(db)
    try:
        apply_import(db, preview)
    except CoopdeskError:
        assert _counts(db) == before
        return
    assert preview.accepted


@SETTINGS
@given(data=st.one_of(st.binary(max_size=600), st.binary(max_size=600).map(HEADER.__add__)))
def test_arbitrary_bytes_never_crash_the_importer(db, data):
    try:
        table = read_csv(data)
    except CoopdeskError:
        return
    _import(db, table)


CELLS = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(["31/06/2023", "02/07/2023 10:35", "Japon", "Élu", "x@y.fr", "\u00a0"]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(),
    st.datetimes(),
    st.dates(),
    st.times(),
    st.booleans(),
)
ALL_FIELDS = tuple(fr for fr, _ in FIELD_HEADERS.values())


@SETTINGS
@given(rows=st.lists(st.lists(CELLS, max_size=len(ALL_FIELDS) + 2), max_size=6))
def test_arbitrary_cells_never_crash_and_refused_rows_write_nothing(db, rows):
    _import(db, Table("fuzz.xlsx", [ALL_FIELDS, *map(tuple, rows)]))


@SETTINGS
@given(rows=st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), max_size=4))
def test_arbitrary_text_above_and_around_the_header(db, rows):
    _import(db, Table("fuzz.csv", [*map(tuple, rows), ("Nom", "Prénom"), ("Dupont", "Marie")]))
