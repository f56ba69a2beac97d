"""Where coopdesk keeps its files: the one module that knows the standard paths.

``COOPDESK_HOME`` (or ``--home`` on the command line) puts everything under one
folder: portable installs and tests use it so they never touch the real home.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "coopdesk"
HOME_ENV = "COOPDESK_HOME"

_override: Path | None = None


def set_home(path: str | os.PathLike[str] | None) -> None:
    """Put every coopdesk file under ``path`` (``None`` returns to the standard folders)."""
    global _override
    _override = Path(path) if path is not None else None


def _home() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get(HOME_ENV)
    return Path(env) if env else None


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = (
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "coopdesk.sqlite3"
