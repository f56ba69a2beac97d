"""Mappings remembered per shape of headers, so the next file with the same headers
imports without asking again, and mappings read from a file the user gives.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from coopdesk.core import paths
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.header_names import FIELD_HEADERS, KNOWN_HEADERS
from coopdesk.core.io.mapping import ColumnMapping
from coopdesk.core.io.parsers import fold


def _mapping_path(headers: Iterable[str]) -> Path:
    shape = json.dumps([fold(h) for h in headers], ensure_ascii=False)
    digest = hashlib.sha256(shape.encode("utf-8")).hexdigest()[:24]
    return paths.config_dir() / "mappings" / f"{digest}.json"


def remember_mapping(mapping: ColumnMapping) -> Path:
    """Keep the user's mapping for the next file with the same headers."""
    path = _mapping_path(mapping.headers)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"shape": list(mapping.shape), "fields": list(mapping.fields)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def remembered_fields(headers: Sequence[str]) -> tuple[str | None, ...] | None:
    """The fields remembered for these headers, if a readable mapping is stored."""
    path = _mapping_path(headers)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fields = data.get("fields") if isinstance(data, dict) else None
    if (
        data.get("shape") != [fold(h) for h in headers]
        or not isinstance(fields, list)
        or len(fields) != len(headers)
        or any(f is not None and f not in FIELD_HEADERS for f in fields)
    ):
        return None
    return tuple(fields)


def read_mapping_file(path: Path, base: ColumnMapping) -> ColumnMapping:
    """``base`` with the choices of a JSON file: ``{"header as in the file": "field"
    or null}`` (the format a user writes by hand for ``--mapping``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("import.mapping_unreadable", None, path=str(path)) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise ValidationError("import.mapping_unreadable", None, path=str(path))
    return base.with_columns({k: None if v is None else _field_named(v) for k, v in data.items()})


def _field_named(name: str) -> str:
    """The field a mapping file names: its code (``last_name``) or its header in
    French or English, as the preview shows it ("Nom", "E-mail", "Courriel")."""
    if name in FIELD_HEADERS:
        return name
    key = fold(name)
    for field, headers in FIELD_HEADERS.items():
        if key in (fold(headers[0]), fold(headers[1]), fold(field)):
            return field
    found = KNOWN_HEADERS.get(key)
    if found is not None:
        return found
    choices = ", ".join(headers[0] for headers in FIELD_HEADERS.values())
    raise ValidationError("import.mapping_field_unknown", None, value=name, choices=choices)
