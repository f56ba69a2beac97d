"""The window on a 1024×600 netbook, a 1280×720 laptop at 125 % (1024×576 once scaled)
and a 1920×1080 screen: every page and tab reachable, no button cut, the timeline
filling a large screen and readable on a small one."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QScrollArea, QWidget

from coopdesk.core.services import agenda, venues
from coopdesk.gui.main_window import DIRECTORY, EVENTS, PARTNERS, VENUES, MainWindow
from coopdesk.gui.tables import NARROWEST
from coopdesk.gui.workspace.timeline import HOUR_PX
from coopdesk.gui.workspace.workspace import AGENDA, PARTICIPANTS


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_buttons(window: MainWindow) -> list[str]:
    """Buttons shown narrower than their text, or (outside a scroll area) past the
    window's edge."""
    cut = []
    frame = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        where = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
        name = button.text().replace("&", "")
        if button.width() < button.minimumSizeHint().width():
            cut.append(f"{name}: {button.width()} < {button.minimumSizeHint().width()} px")
        elif not _in_scroll_area(button) and not frame.contains(where):
            cut.append(f"{name}: outside the window at {where}")
    return cut


@pytest.mark.parametrize("size", [(1024, 600), (1024, 576)])
def test_every_page_and_tab_fits_a_small_screen_without_cut_buttons(  # type: ignore[no-untyped-def]
    qtbot, window, apostolove, size
):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    assert window.minimumSizeHint().width() <= size[0] or window.minimumWidth() <= size[0]
    window.open_event(apostolove.id)
    problems: dict[str, list[str]] = {}
    for tab in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(tab)
        _settle(qtbot)
        assert window.workspace.tabs.currentIndex() == tab
        problems[window.workspace.tabs.tabText(tab)] = _cut_buttons(window)
    for page in (DIRECTORY, PARTNERS, VENUES, EVENTS):
        window.show_page(page)
        _settle(qtbot)
        assert window.pages.currentIndex() == page
        problems[f"page {page}"] = _cut_buttons(window)
    assert window.size().toTuple() == size  # nothing forced the window to grow
    assert not any(problems.values()), problems
    # The events list keeps a readable share, the workspace the rest.
    list_width, rest = window.events_page.sizes()
    assert list_width >= 300 and rest >= 600


def test_the_timeline_fills_a_large_screen_and_scrolls_on_a_small_one(  # type: ignore[no-untyped-def]
    qtbot, window, apostolove
):
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    _settle(qtbot)
    timeline = window.workspace.agenda.timeline
    area = timeline.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    last_line = timeline.hour_lines()[-1][0]
    # The day's last hour is drawn near the bottom of the room given: no empty band.
    assert last_line >= area.viewport().height() - 24, (last_line, area.viewport().height())
    assert timeline.hour_px > HOUR_PX
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    _settle(qtbot)
    assert timeline.hour_px == HOUR_PX  # as tall as it needs to be read; it scrolls
    assert area.verticalScrollBar().maximum() > 0


def _needed_width(box: QComboBox) -> int:
    """The width a combo box needs to show its current text whole, measured on a
    new box holding only that text."""
    alone = QComboBox()
    alone.addItem(box.currentText())
    alone.setFont(box.font())
    alone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return alone.sizeHint().width()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_participants_filters_read_whole_on_a_netbook(qtbot, db, apostolove, lang):  # type: ignore[no-untyped-def]
    from coopdesk.gui import i18n

    i18n.apply_language(lang)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    _settle(qtbot)
    tab = window.workspace.participants
    for box in (tab.status_filter, tab.category_filter):
        assert box.currentText() in ("Toutes les catégories", "Tous les statuts") or lang == "en"
        assert box.width() >= _needed_width(box), (box.currentText(), box.width())
    assert tab.search.width() >= 200  # the search field keeps room to type


def test_the_agenda_list_does_not_scroll_sideways_on_a_netbook(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    venue = venues.create_venue(
        db,
        name="Communauté d'agglomération – siège, salle du conseil",
        city="La Rochelle",
        timezone="Europe/Paris",
    )
    agenda.create_agenda_item(
        db,
        apostolove.id,
        title="Accueil officiel par le Président de l'Agglomération",
        type="meeting",
        starts_at=datetime(2023, 7, 4, 9),
        ends_at=datetime(2023, 7, 4, 9, 30),
        venue_id=venue.id,
    )
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    page = window.workspace.agenda
    page.list_button.click()
    _settle(qtbot)
    table = page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    names = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in shown]
    assert "Lieu" in names and "Participants" in names  # squeezed, not left out
    for column in shown:
        assert header.sectionSize(column) >= NARROWEST, names[shown.index(column)]
    # On a wide screen the columns get their room back.
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    venue_column = shown[names.index("Lieu")]
    qtbot.waitUntil(lambda: header.sectionSize(venue_column) > NARROWEST + 40)
    assert table.horizontalScrollBar().maximum() == 0
