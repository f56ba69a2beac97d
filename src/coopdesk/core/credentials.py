"""The database password, kept in the system keyring, never in the settings file.

The settings keep the database address without its password; the password goes to
the system keyring (Windows Credential Locker, macOS Keychain, the Secret Service on
Linux) through the ``keyring`` library, under the service ``coopdesk`` and the name
``user@server:port/database``. Where no keyring is available (a bare server, some
Linux sessions), the password is kept in memory until coopdesk closes, and the
settings say so: PostgreSQL's own password file (``pgpass``) is then the way not to
type it again, since the server's driver reads it by itself.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

SERVICE = "coopdesk"

# Passwords given during this run, when no keyring can keep them.
_IN_MEMORY: dict[str, str] = {}


def _parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        return None


def account(url: str) -> str | None:
    """The name the password is kept under: ``user@server:port/database``."""
    parsed = _parse(url)
    if parsed is None or not parsed.username or parsed.get_backend_name() == "sqlite":
        return None
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username}@{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without its password, and the password (``None`` if there is none)."""
    parsed = _parse(url)
    if parsed is None or parsed.password is None:
        return url, None
    # URL.set() ignores None: the tuple itself is rebuilt without the password.
    bare = parsed._replace(password=None)
    return bare.render_as_string(hide_password=False), str(parsed.password)


def _backend() -> Any | None:
    """The system keyring, or ``None`` where there is none that can keep a secret."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation: as if there were none
        log.warning("the system keyring cannot be loaded", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    try:
        from keyring.backends import null

        if isinstance(backend, null.Keyring):
            return None
    except ImportError:
        pass
    return backend


def keyring_name() -> str | None:
    """The name of the keyring that keeps the password, ``None`` if there is none."""
    backend = _backend()
    return None if backend is None else str(getattr(backend, "name", type(backend).__name__))


def save_password(url: str, password: str) -> bool:
    """Keep ``password`` for the database at ``url``; ``False`` if only in memory (no
    keyring: it is forgotten when coopdesk closes)."""
    name = account(url)
    if name is None:
        return False
    _IN_MEMORY[name] = password
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, name, password)
    except Exception:  # locked or refused keyring: kept for this run only
        log.warning("the keyring refused to keep the database password", exc_info=True)
        return False
    return True


def stored_password(url: str) -> str | None:
    """The password kept for the database at ``url``, if any."""
    name = account(url)
    if name is None:
        return None
    if name in _IN_MEMORY:
        return _IN_MEMORY[name]
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, name)
    except Exception:
        log.warning("the keyring could not be read", exc_info=True)
        return None
    return str(value) if value is not None else None


def forget_password(url: str) -> None:
    name = account(url)
    if name is None:
        return
    _IN_MEMORY.pop(name, None)
    backend = _backend()
    if backend is not None:
        # Nothing kept, or a keyring that refuses: nothing to forget.
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, name)


def with_password(url: str) -> str:
    """``url`` with the kept password, for connecting (a password already in ``url``
    wins)."""
    parsed = _parse(url)
    if parsed is None or parsed.password is not None:
        return url
    password = stored_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
