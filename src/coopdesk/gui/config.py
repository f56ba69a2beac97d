"""Window state and preferences in an INI file under the coopdesk config folder.

Never the Windows registry: a portable install or a test (``COOPDESK_HOME``) keeps
its settings beside its data.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from coopdesk.core import paths

LANGUAGE = "interface/language"
DATABASE_URL = "database/url"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_EVENT = "window/last_event"
# The database whose demo loading began and has not ended (a kill stopped it).
DEMO_PENDING = "first_run/demo_pending"


def settings() -> QSettings:
    """The settings file ``coopdesk.ini`` in :func:`coopdesk.core.paths.config_dir`."""
    return QSettings(str(paths.config_dir() / "coopdesk.ini"), QSettings.Format.IniFormat)


def get_str(key: str) -> str | None:
    value = settings().value(key)
    return str(value) if value not in (None, "") else None


def get_int(key: str) -> int | None:
    value = settings().value(key)
    try:
        return int(value) if value not in (None, "") else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def put(key: str, value: object) -> None:
    store = settings()
    if value is None:
        store.remove(key)
    else:
        store.setValue(key, value)
    store.sync()
