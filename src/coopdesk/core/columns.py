"""Column types shared by the ORM model and the Core reads that avoid loading it."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def enum_type(cls: type[StrEnum]) -> Enum:
    """An enum column stored as its values' text (portable: no native enum type)."""
    return Enum(
        cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
