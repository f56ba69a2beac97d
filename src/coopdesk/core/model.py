"""The domain model: SQLAlchemy 2 typed ORM classes.

Instants are stored in UTC (naive in the database, aware in Python) next to the IANA
time zone of the place where they happen. Records that two people may edit at once
carry a version counter (optimistic locking).
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from coopdesk.core.columns import enum_type
from coopdesk.core.enums import (
    AgendaItemStatus,
    AgendaItemType,
    BadgeCategory,
    ElectedOffice,
    EventKind,
    EventStatus,
    OrganisationKind,
    ParticipationStatus,
    PartnershipKind,
    Role,
    Transport,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Column ``info`` flag for personal data that is purged on a schedule.
SENSITIVE = {"sensitive": True}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC, read back as aware UTC on every backend."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is expected")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


_enum = enum_type


def new_uid() -> str:
    return str(uuid.uuid4())


def fold_name(text: str | None) -> str:
    """A name with accents, case and ligatures ignored: ``Œuvray`` is ``oeuvray``."""
    text = (text or "").casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def name_sort_key(last_name: str | None, first_name: str | None) -> str:
    """How a name sorts in a French list: accents, case and ligatures ignored
    (``Émile`` beside ``Emma``, ``Œuvray`` among the O), last name first.

    Stored, so that SQLite and PostgreSQL sort alike whatever the server's collation;
    searches find a name typed without its accents in it.
    """
    return f"{fold_name(last_name)}\x01{fold_name(first_name)}"[:400]


def _sort_key_default(context: Any) -> str:
    row = context.get_current_parameters()
    return name_sort_key(row.get("last_name"), row.get("first_name"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Authority(Base):
    """The office's own authority: a single row of settings used by every document."""

    __tablename__ = "authority"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime: Mapped[str | None] = mapped_column(String(50))
    default_timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    document_language: Mapped[str] = mapped_column(String(8), default="fr")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind))
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(200))
    timezone: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str | None] = mapped_column(String(30))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), index=True)
    native_name: Mapped[str | None] = mapped_column(String(300))
    function: Mapped[str | None] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    languages: Mapped[str] = mapped_column(String(100), default="")
    form_of_address: Mapped[str | None] = mapped_column(String(200))
    precedence: Mapped[int | None] = mapped_column(Integer)
    sort_key: Mapped[str] = mapped_column(String(400), default=_sort_key_default, index=True)
    elected_office: Mapped[ElectedOffice | None] = mapped_column(_enum(ElectedOffice))
    office_rank: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # Sensitive personal data, purged on a schedule (see services.privacy).
    passport_number: Mapped[str | None] = mapped_column(String(50), info=SENSITIVE)
    passport_expiry: Mapped[date | None] = mapped_column(Date, info=SENSITIVE)
    birth_date: Mapped[date | None] = mapped_column(Date, info=SENSITIVE)
    nationality: Mapped[str | None] = mapped_column(String(2), info=SENSITIVE)
    dietary_needs: Mapped[str | None] = mapped_column(Text, info=SENSITIVE)
    accessibility_needs: Mapped[str | None] = mapped_column(Text, info=SENSITIVE)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    organisation: Mapped[Organisation | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


partnership_cofunder = Table(
    "partnership_cofunder",
    Base.metadata,
    Column(
        "partnership_id",
        ForeignKey("partnership.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "organisation_id",
        ForeignKey("organisation.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)


class Partnership(Base):
    __tablename__ = "partnership"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PartnershipKind] = mapped_column(_enum(PartnershipKind))
    since: Mapped[date | None] = mapped_column(Date)
    themes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    partner: Mapped[Organisation] = relationship()
    cofunders: Mapped[list[Organisation]] = relationship(secondary=partnership_cofunder)
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class Agreement(Base):
    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    forecast_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    signature_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    partnership: Mapped[Partnership] = relationship(back_populates="agreements")

    __mapper_args__ = {"version_id_col": version}


class Venue(Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class BadgeCategoryRecord(Base):
    """One of the office's badge categories: its code (stored on participations), its
    names in French and English, its colour on badges and lists, its place in lists;
    a retired one is no longer offered but stays on the participations that have it."""

    __tablename__ = "badge_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label_fr: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    title: Mapped[str] = mapped_column(String(300), index=True)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[EventStatus] = mapped_column(_enum(EventStatus), default=EventStatus.DRAFT)
    timezone: Mapped[str] = mapped_column(String(64))
    languages: Mapped[str] = mapped_column(String(100), default="")
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    notes: Mapped[str | None] = mapped_column(Text)
    # Cultural residency.
    artist_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    host_structure: Mapped[str | None] = mapped_column(String(300))
    grant_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    grant_terms: Mapped[str | None] = mapped_column(Text)
    deliverables: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    partner: Mapped[Organisation | None] = relationship(foreign_keys=[partner_id])
    artist: Mapped[Person | None] = relationship(foreign_keys=[artist_id])

    __mapper_args__ = {"version_id_col": version}


class Participation(Base):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.GUEST)
    # The code of one of the office's badge categories (see BadgeCategoryRecord).
    category: Mapped[str] = mapped_column(String(32), default=BadgeCategory.GUEST.value)
    status: Mapped[ParticipationStatus] = mapped_column(
        _enum(ParticipationStatus), default=ParticipationStatus.INVITED
    )
    precedence_override: Mapped[int | None] = mapped_column(Integer)
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    arrival_timezone: Mapped[str | None] = mapped_column(String(64))
    arrival_transport: Mapped[Transport | None] = mapped_column(_enum(Transport))
    arrival_number: Mapped[str | None] = mapped_column(String(50))
    arrival_place: Mapped[str | None] = mapped_column(String(300))
    # False when only the day is known: arrival_at then holds local midnight of that day.
    arrival_time_known: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default="1"
    )
    departure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    departure_timezone: Mapped[str | None] = mapped_column(String(64))
    departure_transport: Mapped[Transport | None] = mapped_column(_enum(Transport))
    departure_number: Mapped[str | None] = mapped_column(String(50))
    departure_place: Mapped[str | None] = mapped_column(String(300))
    departure_time_known: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default="1"
    )
    hotel: Mapped[str | None] = mapped_column(String(300))
    check_in: Mapped[date | None] = mapped_column(Date)
    check_out: Mapped[date | None] = mapped_column(Date)
    room: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    event: Mapped[Event] = relationship()
    person: Mapped[Person] = relationship()

    __mapper_args__ = {"version_id_col": version}


agenda_attendee = Table(
    "agenda_attendee",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "participation_id",
        ForeignKey("participation.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), default=new_uid, unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[AgendaItemType] = mapped_column(_enum(AgendaItemType))
    status: Mapped[AgendaItemStatus] = mapped_column(
        _enum(AgendaItemStatus), default=AgendaItemStatus.PLANNED
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), index=True
    )
    capacity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    all_participants: Mapped[bool] = mapped_column(Boolean, default=True)
    # Grows by one on every change, for calendar exports (iCalendar SEQUENCE).
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    venue: Mapped[Venue | None] = relationship()
    attendees: Mapped[list[Participation]] = relationship(secondary=agenda_attendee)

    __mapper_args__ = {"version_id_col": version}


class ChangeLogEntry(Base):
    """Who changed what and when: one row per record created, changed or deleted."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(20))
    # JSON: {field: [before, after]}; sensitive values are masked.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    summary: Mapped[str] = mapped_column(String(300), default="")


@event.listens_for(Person, "before_update")
def _refresh_sort_key(_mapper: Any, _connection: Any, person: Person) -> None:
    person.sort_key = name_sort_key(person.last_name, person.first_name)


def sensitive_columns(cls: type[Base]) -> list[str]:
    """Names of the columns of ``cls`` marked as sensitive personal data."""
    return [c.key for c in cls.__table__.columns if c.info.get("sensitive")]


def column_names(cls: type[Base]) -> list[str]:
    return [c.key for c in cls.__table__.columns]


def as_dict(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


class Meal(Base):
    """The table plan of an agenda item: how its guests are placed and by which rules.

    ``hosts`` and ``apart`` are JSON: the participation ids of the hosts in their order
    (empty: chosen from the event), and pairs of participation ids not to seat side by
    side. The version grows with every change to the plan, its tables or its seats.
    """

    __tablename__ = "meal"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True
    )
    style: Mapped[str] = mapped_column(String(20), default="french")
    alternate_gender: Mapped[bool] = mapped_column(Boolean, default=True)
    spread_delegations: Mapped[bool] = mapped_column(Boolean, default=True)
    interpreters_beside: Mapped[bool] = mapped_column(Boolean, default=True)
    hosts: Mapped[str] = mapped_column(Text, default="[]")
    apart: Mapped[str] = mapped_column(Text, default="[]")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    agenda_item: Mapped[AgendaItem] = relationship()
    tables: Mapped[list[MealTable]] = relationship(
        back_populates="meal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MealTable.number",
    )

    __mapper_args__ = {"version_id_col": version}


class MealTable(Base):
    __tablename__ = "meal_table"
    __table_args__ = (UniqueConstraint("meal_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meal_id: Mapped[int] = mapped_column(ForeignKey("meal.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(String(100))
    shape: Mapped[str] = mapped_column(String(20), default="round")
    seats: Mapped[int] = mapped_column(Integer)
    honour: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where the table stands in the room, in metres from the room's top-left corner.
    x: Mapped[float] = mapped_column(Numeric(8, 2, asdecimal=False), default=0.0)
    y: Mapped[float] = mapped_column(Numeric(8, 2, asdecimal=False), default=0.0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    meal: Mapped[Meal] = relationship(back_populates="tables")
    places: Mapped[list[MealSeat]] = relationship(
        back_populates="table", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class MealSeat(Base):
    """One guest at one seat of a table; ``pinned`` seats stay when the plan is re-placed."""

    __tablename__ = "meal_seat"
    __table_args__ = (
        UniqueConstraint("table_id", "seat"),
        UniqueConstraint("meal_id", "participation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meal_id: Mapped[int] = mapped_column(ForeignKey("meal.id", ondelete="CASCADE"), index=True)
    table_id: Mapped[int] = mapped_column(
        ForeignKey("meal_table.id", ondelete="CASCADE"), index=True
    )
    seat: Mapped[int] = mapped_column(Integer)
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    table: Mapped[MealTable] = relationship(back_populates="places")

    __mapper_args__ = {"version_id_col": version}
