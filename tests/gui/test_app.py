"""First run, settings, error handling: what happens around the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from coopdesk.core import paths
from coopdesk.core.demo import has_events
from coopdesk.core.errors import ValidationError
from coopdesk.core.services import organisations
from coopdesk.gui import config, crash
from coopdesk.gui.app import open_or_create
from coopdesk.gui.first_run import load_in_background
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.settings import SettingsDialog, check_connection


def test_first_run_creates_the_database_and_loads_the_demo_off_the_gui_thread(qtbot):  # type: ignore[no-untyped-def]
    db, first = open_or_create(None)
    try:
        assert first and paths.default_database_path().exists()
        assert not has_events(db)
        assert load_in_background(db)
        assert has_events(db)
        assert open_or_create(None)[1] is False
    finally:
        db.dispose()


def test_window_geometry_and_last_event_are_remembered_in_the_config_folder(qtbot, db):  # type: ignore[no-untyped-def]
    from tests.factories import delegation

    event = delegation(db)
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.open_event(event.id)
    first.resize(1200, 700)
    first.close()
    assert (paths.config_dir() / "coopdesk.ini").exists()
    assert config.get_int(config.LAST_EVENT) == event.id
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.workspace.event_view is not None
    assert second.workspace.event_view.id == event.id
    # (The offscreen screen is too small to restore the size itself: check what is stored.)
    assert not config.settings().value(config.GEOMETRY).isEmpty()


def test_a_database_that_cannot_be_reached_is_explained_in_french():  # type: ignore[no-untyped-def]
    message = check_connection("postgresql://nobody:wrong@127.0.0.1:1/none")
    assert message is not None and message.startswith("Impossible d'ouvrir la base de données")
    assert check_connection("sqlite:///" + str(paths.data_dir() / "new.sqlite3")) is None


def test_authority_settings_refuse_an_unknown_zone_beside_the_field(qtbot, db):  # type: ignore[no-untyped-def]
    organisations.set_authority(db, {"name": "Ville de La Rochelle"})
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Europe/Rochelle")
    dialog.save()
    assert dialog.authority_form.error_text("default_timezone").startswith("Fuseau horaire inconnu")
    assert organisations.get_authority(db).default_timezone == "Europe/Paris"  # type: ignore[union-attr]
    dialog.zone.setCurrentText("America/Toronto")
    dialog.save()
    assert organisations.get_authority(db).default_timezone == "America/Toronto"  # type: ignore[union-attr]


def test_uncaught_errors_show_a_sentence_and_log_the_traceback(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert "Traceback" not in shown[0] and "coopdesk.log" in shown[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = (paths.log_dir() / "coopdesk.log").read_text("utf-8")
    assert "disk on fire" in log and "Traceback" in log
    crash.show_error(None, ValidationError("timezone.unknown", "timezone", timezone="Mars/Olympus"))
    assert shown[1] == (
        "Fuseau horaire inconnu : « Mars/Olympus » "
        "(exemples : Europe/Paris, America/Toronto, Asia/Makassar)."
    )
