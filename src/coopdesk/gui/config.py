"""Window state and preferences in an INI file under the coopdesk config folder.

Never the Windows registry: a portable install or a test (``COOPDESK_HOME``) keeps
its settings beside its data. Never a password either: the database address is kept
without it, the password in the system keyring (:mod:`coopdesk.core.credentials`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from coopdesk.core import credentials, paths

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
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def put(key: str, value: object) -> None:
    store = settings()
    if value is None:
        store.remove(key)
    else:
        store.setValue(key, value)
    store.sync()


def database_url() -> str | None:
    """The database chosen in the settings, with its password from the keyring, for
    connecting. An address saved with its password by an older coopdesk is rewritten
    without it (the password moves to the keyring, when there is one)."""
    saved = get_str(DATABASE_URL)
    if saved is None:
        return None
    bare, password = credentials.split_password(saved)
    if password is not None:
        if credentials.save_password(bare, password):
            put(DATABASE_URL, bare)
        return saved
    return credentials.with_password(bare)


def set_database_url(url: str) -> bool:
    """Keep the database chosen in the settings: the address in the settings file, its
    password (if any) in the keyring. ``False`` if the password could only be kept in
    memory, for this run (no keyring)."""
    bare, password = credentials.split_password(url)
    put(DATABASE_URL, bare)
    if password is None:
        return True
    return credentials.save_password(bare, password)
