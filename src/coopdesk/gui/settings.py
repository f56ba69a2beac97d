"""The settings dialog: language, database (tested before it is kept), and the
authority's own details that every document uses.

The database password is typed in its own field, shown as dots and never filled in:
it is kept in the system keyring, never in the settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core import credentials, paths
from coopdesk.core.db import Database, open_database, resolve_url
from coopdesk.core.errors import CoopdeskError, DatabaseError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import organisations
from coopdesk.gui import config, i18n, screens
from coopdesk.gui.crash import show_error
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.event_form import COMMON_ZONES
from coopdesk.gui.forms.fields import Form, error_label
from coopdesk.gui.undo import ask_user, settle
from coopdesk.gui.workers import run_in_background


def check_connection(url: str) -> str | None:
    """``None`` if coopdesk can use the database at ``url``, else why not (translated)."""
    try:
        open_database(url, upgrade=False).dispose()
    except DatabaseError as error:
        if error.code == "database.behind":
            return None  # reachable; the schema is created on first use
        return describe(error, i18n.language())
    return None


class SettingsDialog(EditDialog):
    """Settings; the database choice applies at the next start."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.db = db
        self.chosen_language = i18n.language()
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Interface"))
        general_form = Form()
        self.language = general_form.add("language", self.tr("&Language"), QComboBox())
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))
        QVBoxLayout(general).addWidget(general_form)
        layout.addWidget(general)

        database = QGroupBox(self.tr("Database"))
        db_layout = QVBoxLayout(database)
        current = credentials.split_password(
            config.get_str(config.DATABASE_URL) or resolve_url(None)
        )[0]
        self.local = QRadioButton(self.tr("A &file on this computer"))
        self.server = QRadioButton(self.tr("A shared Postgre&SQL server"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://user@server/coopdesk")
        self.url.editingFinished.connect(self._take_password_out)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("database-password")
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        if current.startswith("sqlite"):
            self.local.setChecked(True)
            self.path.setText(current.split("sqlite:///", 1)[-1])
        else:
            self.server.setChecked(True)
            self.url.setText(current)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.db_status = QLabel()
        self.db_status.setWordWrap(True)
        self.db_error = error_label()
        for widget in (self.local,):
            db_layout.addWidget(widget)
        db_layout.addLayout(file_row)
        db_layout.addWidget(self.server)
        db_layout.addWidget(self.url)
        password_row = QHBoxLayout()
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        password_row.addWidget(password_label)
        password_row.addWidget(self.password, 1)
        db_layout.addLayout(password_row)
        db_layout.addWidget(self.password_note)
        self._show_password_state()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.db_status, 1)
        db_layout.addLayout(test_row)
        db_layout.addWidget(self.db_error)
        note = QLabel(self.tr("A new database choice applies the next time coopdesk starts."))
        note.setWordWrap(True)
        db_layout.addWidget(note)
        layout.addWidget(database)

        authority = QGroupBox(self.tr("Your authority (used on every document)"))
        self.authority_form = Form()
        self.name = self.authority_form.add("name", self.tr("&Name"), QLineEdit())
        self.address = self.authority_form.add("address", self.tr("&Address"), QPlainTextEdit())
        self.address.setFixedHeight(80)
        self.zone = self.authority_form.add(
            "default_timezone", self.tr("Default time &zone"), QComboBox()
        )
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.doc_language = self.authority_form.add(
            "document_language", self.tr("&Document language"), QComboBox()
        )
        self.doc_language.addItem("Français", "fr")
        self.doc_language.addItem("English", "en")
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_status = QLabel()
        logo_button = QPushButton(self.tr("Choose a &logo…"))
        logo_button.clicked.connect(self._choose_logo)
        logo_layout.addWidget(self.logo_status, 1)
        logo_layout.addWidget(logo_button)
        self.authority_form.add("logo", self.tr("Logo"), logo_row)
        self.authority_form.labels["logo"].setBuddy(logo_button)  # it has its own Alt letter
        QVBoxLayout(authority).addWidget(self.authority_form)
        layout.addWidget(authority)
        layout.addStretch(1)
        self._logo: tuple[bytes, str] | None = None
        self._authority = organisations.get_authority(db)
        if self._authority is not None:
            self.name.setText(self._authority.name)
            self.address.setPlainText(self._authority.address)
            self.zone.setCurrentText(self._authority.default_timezone)
            self.doc_language.setCurrentIndex(
                max(self.doc_language.findData(self._authority.document_language), 0)
            )
        else:
            self.zone.setCurrentText("Europe/Paris")
        self._show_logo_status()

        buttons = self.save_cancel_buttons()
        layout.addWidget(buttons)
        self._initial_url = self.chosen_url()
        screens.fit(self, 640, 700)

    def _take_password_out(self) -> None:
        """A password pasted within the address moves to the password field."""
        bare, password = credentials.split_password(self.url.text().strip())
        if password is not None:
            self.url.setText(bare)
            self.password.setText(password)
            self._show_password_state()

    def _show_password_state(self) -> None:
        kept = credentials.stored_password(self.url.text().strip()) is not None
        self.password.setPlaceholderText(
            self.tr("Kept: leave empty to keep it") if kept and not self.password.text() else ""
        )
        keyring = credentials.keyring_name()
        if keyring is not None:
            self.password_note.setText(
                self.tr(
                    "The password is kept in the system keyring (%1), never in the settings file."
                ).replace("%1", keyring)
            )
        else:
            self.password_note.setText(
                self.tr(
                    "No system keyring is available: the password is kept only until "
                    "coopdesk closes. To avoid typing it again, put it in PostgreSQL's "
                    "password file (pgpass)."
                )
            )

    def _show_logo_status(self) -> None:
        if self._logo is not None:
            self.logo_status.setText(self.tr("New logo chosen"))
        elif self._authority is not None and self._authority.has_logo:
            self.logo_status.setText(self.tr("A logo is set"))
        else:
            self.logo_status.setText(self.tr("No logo"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            str(paths.data_dir()),
            "SQLite (*.sqlite3)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)
            self.local.setChecked(True)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.svg)")
        )
        if path:
            data = Path(path).read_bytes()
            mime = {"png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml"}.get(
                path.rsplit(".", 1)[-1].lower(), "application/octet-stream"
            )
            self._logo = (data, mime)
            self._show_logo_status()

    def chosen_url(self) -> str:
        """The database chosen, with its password (typed, else the kept one)."""
        if self.local.isChecked():
            return f"sqlite:///{self.path.text().strip()}"
        url = self.url.text().strip()
        typed = self.password.text()
        if typed and credentials.account(url) is not None:
            bare = credentials.split_password(url)[0]
            from sqlalchemy.engine import make_url

            return make_url(bare).set(password=typed).render_as_string(hide_password=False)
        return credentials.with_password(url)

    def test_connection(self) -> bool:
        """Try the chosen database off the GUI thread; say whether it can be used."""
        url = self.chosen_url()
        self.db_error.setVisible(False)
        self.db_status.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        loop = QEventLoop()
        outcome: dict[str, str | None] = {}

        def done(result: str | None) -> None:
            outcome["error"] = result
            loop.quit()

        def failed(error: BaseException) -> None:
            outcome["error"] = str(error)
            loop.quit()

        task = run_in_background(lambda: check_connection(url), done, failed)
        loop.exec()
        del task
        self.test_button.setEnabled(True)
        error = outcome.get("error")
        if error:
            self.db_status.setText("")
            self.db_error.setText(error)
            self.db_error.setVisible(True)
            return False
        self.db_status.setText(self.tr("Connection works."))
        return True

    def subject(self) -> str:
        return ""  # the settings, not the authority they name

    def save(self) -> None:
        url = self.chosen_url()
        if url != self._initial_url and not self.test_connection():
            return
        changes = {
            "name": self.name.text(),
            "address": self.address.toPlainText(),
            "default_timezone": self.zone.currentText(),
            "document_language": self.doc_language.currentData(),
        }
        seen = self._authority
        try:
            # A colleague's change to the same field is shown with a choice; to
            # another field it stays.
            settle(
                lambda _choice: organisations.set_authority(self.db, changes, seen=seen),
                lambda error: ask_user(error, self),
            )
            if self._logo is not None:
                organisations.set_authority_logo(self.db, *self._logo)
        except ValidationError as error:
            self.authority_form.show_error(error)
            return
        except CoopdeskError as error:
            show_error(self, error)
            return
        if url != self._initial_url:
            config.set_database_url(url)
        self.chosen_language = self.language.currentData()
        self.accept()
