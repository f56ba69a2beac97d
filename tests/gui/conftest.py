"""GUI tests run offscreen, in French unless a test says otherwise, on a fresh database."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from coopdesk.core.db import Database
from coopdesk.core.services import agenda, participants
from coopdesk.gui import i18n
from coopdesk.gui.app import application
from coopdesk.gui.forms import fields
from coopdesk.gui.forms.fields import Leave
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.workspace.workspace import DOCUMENTS
from tests.factories import delegation, person


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot resize windows to their size hints and says so:
    that is a limit of the test platform, not a fault of the window."""
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
            )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """The windows of the test are deleted when it ends, in the GUI thread.

    pytest-qt closes the widgets a test registered and asks Qt to delete them
    (``deleteLater``), which Qt does only from a running event loop: between tests there
    is none, so the closed windows stayed alive, their timers still firing on a
    database already dropped, until a later test's collection of Python garbage freed
    them at a random moment (or in a background thread), which ended the run with a
    segmentation fault. Here, after pytest-qt's closing and before the fixtures (the
    database) are torn down, the deletions are carried out; then the test's own garbage
    (widgets made without a parent and never registered) is collected now, in this
    thread, rather than in the middle of another test.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def _french(qapp: QApplication) -> Iterator[None]:
    """The interface in French, as most protocol offices see it."""
    application()
    i18n.apply_language("fr")
    yield
    i18n.apply_language("fr")


class UnsavedQuestions:
    """The "save, discard or stay?" questions asked while a test runs, and the answers
    to give (discard when none is queued: a window closed at the end of a test never
    waits for a click)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answers: list[Leave] = []
        self.real = False


@pytest.fixture(autouse=True)
def unsaved(monkeypatch: pytest.MonkeyPatch) -> UnsavedQuestions:
    questions = UnsavedQuestions()
    real = fields.ask_leave

    def ask(parent, what):  # type: ignore[no-untyped-def]
        questions.asked.append(what)
        if questions.real:
            return real(parent, what)
        return questions.answers.pop(0) if questions.answers else Leave.DISCARD

    monkeypatch.setattr(fields, "ask_leave", ask)
    return questions


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window over a fresh database, shown at a laptop's size."""
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    return win


PEOPLE = [
    # first and last name, native name, role, status
    ("Vitalii", "Bondarenko", "Віталій Бондаренко", "officer", "confirmed"),
    ("Iryna", "Savchuk", "Ірина Савчук", "interpreter", "confirmed"),
    ("Dmytro", "Kravets", "Дмитро Кравець", "elected", "declined"),
    ("Olena", "Kovalenko", "Олена Коваленко", "head_of_delegation", "confirmed"),
]


@pytest.fixture
def apostolove(db):  # type: ignore[no-untyped-def]
    """The Apostolove delegation: four people (one declined), three agenda items."""
    event = delegation(db)
    ids = {}
    for first, last, native, role, status in PEOPLE:
        who = person(db, first_name=first, last_name=last, native_name=native)
        ids[last] = participants.add_participant(db, event.id, who.id, role=role, status=status).id
    for title, start, end, only in (
        ("Accueil à l'aéroport", 10, 11, None),
        ("Séance de travail", 14, 16, [ids["Savchuk"]]),
        ("Dîner officiel", 20, 22, None),
    ):
        agenda.create_agenda_item(
            db,
            event.id,
            title=title,
            type="meeting",
            starts_at=datetime(2023, 7, 3, start),
            ends_at=datetime(2023, 7, 3, end),
            attendee_ids=only,
        )
    return event


@pytest.fixture
def documents(window: MainWindow, apostolove):  # type: ignore[no-untyped-def]
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(DOCUMENTS)
    return window.workspace.documents


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the desktop was asked to open (a folder, a PDF in its viewer)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(urls.append))
    return urls
