"""The database password: kept in the system keyring (a fake one here), never in the
settings file, never shown in the settings dialog, nor in error messages."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QLineEdit
from sqlalchemy.engine import make_url

from coopdesk.core import credentials, paths
from coopdesk.core.access import Role
from coopdesk.core.errors import DatabaseError
from coopdesk.core.messages import describe
from coopdesk.gui import config
from coopdesk.gui.app import open_or_create
from coopdesk.gui.settings import SettingsDialog
from tests import pg_roles


class FakeKeyring(KeyringBackend):
    """A keyring in memory, as the system's would keep passwords."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    before = keyring.get_keyring()
    fake = FakeKeyring()
    keyring.set_keyring(fake)
    credentials._IN_MEMORY.clear()
    yield fake
    keyring.set_keyring(before)
    credentials._IN_MEMORY.clear()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials._IN_MEMORY.clear()
    yield
    keyring.set_keyring(before)
    credentials._IN_MEMORY.clear()


server = pg_roles.server  # a login of each role (with a password of its own)


@pytest.fixture
def server_url(server) -> str:  # type: ignore[no-untyped-def]
    """A PostgreSQL database to connect to, with its password in the URL."""
    return str(server.urls[Role.EDITOR])


def _settings_file_text() -> str:
    return (paths.config_dir() / "coopdesk.ini").read_text(encoding="utf-8")


def _texts(dialog: SettingsDialog) -> list[str]:
    return [edit.text() for edit in dialog.findChildren(QLineEdit)]


def test_the_password_goes_to_the_keyring_and_is_never_shown(
    qtbot, sqlite_db, fake_keyring, server_url
):  # type: ignore[no-untyped-def]
    password = make_url(server_url).password
    assert password
    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert f"trousseau du système ({fake_keyring.name})" in dialog.password_note.text()
    dialog.server.setChecked(True)
    dialog.url.setText(server_url)  # pasted with its password
    dialog.url.editingFinished.emit()
    assert f":{password}@" not in dialog.url.text()  # moved to the password field
    assert dialog.password.text() == password
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.name.setText("Ville de La Rochelle")
    dialog.save()  # the connection is tried first, with the password typed
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.db_error.text()
    settings = _settings_file_text()
    assert make_url(server_url).host in settings
    assert password not in settings
    bare = credentials.split_password(server_url)[0]
    assert fake_keyring.kept == {("coopdesk", credentials.account(bare)): password}

    # the next start connects with the password from the keyring
    credentials._IN_MEMORY.clear()
    db, _first = open_or_create(None)
    try:
        assert db.engine.url.password == password
        assert password not in db.url  # what messages and logs show
    finally:
        db.dispose()

    # the dialog opened again shows neither the password nor a hint of it
    again = SettingsDialog(sqlite_db)
    qtbot.addWidget(again)
    assert again.server.isChecked()
    assert not any(password in text for text in _texts(again))
    assert again.password.text() == ""
    assert again.password.placeholderText() == "Enregistré : laissez vide pour le garder"
    assert again.chosen_url() == make_url(server_url).render_as_string(hide_password=False)


def test_a_password_an_older_coopdesk_saved_in_clear_moves_to_the_keyring(fake_keyring):
    config.put(config.DATABASE_URL, "postgresql://marie:Secret-42@db.mairie.example/coopdesk")
    assert config.database_url() == "postgresql://marie:Secret-42@db.mairie.example/coopdesk"
    assert "Secret-42" not in _settings_file_text()
    assert config.get_str(config.DATABASE_URL) == "postgresql://marie@db.mairie.example/coopdesk"
    assert fake_keyring.kept == {("coopdesk", "marie@db.mairie.example/coopdesk"): "Secret-42"}
    credentials._IN_MEMORY.clear()
    assert config.database_url() == "postgresql://marie:Secret-42@db.mairie.example/coopdesk"


def test_without_a_keyring_the_password_lasts_until_closing_and_the_dialog_says_so(
    qtbot, sqlite_db, no_keyring
):  # type: ignore[no-untyped-def]
    kept = config.set_database_url("postgresql://marie:Secret-42@db.mairie.example/coopdesk")
    assert kept is False
    assert "Secret-42" not in _settings_file_text()
    assert config.database_url() == "postgresql://marie:Secret-42@db.mairie.example/coopdesk"
    credentials._IN_MEMORY.clear()  # coopdesk closed and opened again
    assert config.database_url() == "postgresql://marie@db.mairie.example/coopdesk"
    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert dialog.password_note.text().startswith("Aucun trousseau système n'est disponible")
    assert "pgpass" in dialog.password_note.text()


def test_error_messages_never_show_a_password():
    error = DatabaseError("database.bad_url", url="postgresql://marie:Secret-42@db:54x/coopdesk")
    assert "Secret-42" not in describe(error, "fr")
    assert "Secret-42" not in str(error)  # what the log file gets
    assert describe(error, "fr") == (
        "Adresse de base de données incorrecte : postgresql://marie:***@db:54x/coopdesk"
    )
