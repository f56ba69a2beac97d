"""The events list tells events apart on a laptop and on a netbook: titles cut in the
middle, dates and partner shown, the status in words; the arrow keys open events."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coopdesk.gui.event_list import PARTNER, STATUS
from tests.factories import delegation, partner

TITLES = [
    (
        "Accueil d'une délégation de la ville de Kishiwada (Japon) pour le 30e anniversaire "
        "du jumelage",
        date(2026, 10, 12),
        date(2026, 10, 15),
    ),
    (
        "Accueil d'une délégation de la ville de Kishiwada (Japon) : mission technique sur l'eau",
        date(2026, 11, 3),
        date(2026, 11, 5),
    ),
    (
        "Accueil d'une délégation de la ville de Kishiwada (Japon) : rencontre des écoles",
        date(2026, 9, 21),
        date(2026, 9, 24),
    ),
]


@pytest.fixture
def kishiwada(db, window):  # type: ignore[no-untyped-def]
    city = partner(db, name="Ville de Kishiwada", country="JP", timezone="Asia/Tokyo")
    made = [
        delegation(db, title=title, start_date=start, end_date=end, partner_id=city.id)
        for title, start, end in TITLES
    ]
    window.event_list.refresh()
    return made


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_similar_titles_read_apart_with_dates_partner_and_status_in_words(  # type: ignore[no-untyped-def]
    qtbot, window, kishiwada, size
):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    QApplication.processEvents()
    shown_list = window.event_list
    rows = {
        shown_list.model.row_at(r).title: shown_list.shown_lines(r)
        for r in range(shown_list.model.rowCount())
    }
    assert len(rows) == 3
    firsts = [lines[0] for lines in rows.values()]
    assert len(set(firsts)) == 3, firsts  # the titles as shown differ
    for (title, start, _end), lines in zip(TITLES, (rows[t] for t, _s, _e in TITLES), strict=True):
        shown = " ".join(lines)
        # what tells them apart, the end of the title, is visible
        assert title.split()[-1] in lines[0], lines
        assert title[:12] in lines[0], lines
        assert f"{start.day}–" in lines[1] and "2026" in lines[1], lines  # "12–15 oct. 2026"
        assert "Ville de Kishiwada" in shown, lines
        assert "Confirmé" in shown, lines  # the status is a word, not only a dot
    # The partner has its own column when there is room, else it is under the title.
    table = shown_list.table
    assert table.isColumnHidden(PARTNER) == (size[0] < 1366)
    assert not table.isColumnHidden(STATUS)
    # The whole title, dates and partner are in the tooltip.
    tip = shown_list.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_list.model.row_at(0).title in tip and "Ville de Kishiwada" in tip


def test_arrow_keys_move_through_events_and_open_them(qtbot, window, kishiwada):  # type: ignore[no-untyped-def]
    table = window.event_list.table
    window.open_event(window.event_list.first_event_id())
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    first = window.workspace.event_view.id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.workspace.event_view.id
    assert second != first and window.event_list.current_id() == second
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert window.workspace.event_view.id == first
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.event_view.id == window.event_list.model.row_at(2).id


def test_titles_that_differ_only_in_the_middle_still_read_apart(qtbot, window, db):  # type: ignore[no-untyped-def]
    """Same beginning, same end: the part that differs is what is shown."""
    for city in ("Kishiwada (Japon)", "Kendari (Indonésie)", "Porto-Novo (Bénin)"):
        delegation(
            db,
            title=f"Accueil de la délégation officielle de la ville de {city} pour une "
            "visite de travail sur la coopération décentralisée",
        )
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.event_list.refresh()
    QApplication.processEvents()
    shown = [window.event_list.shown_lines(r)[0] for r in range(3)]
    assert len(set(shown)) == 3, shown
    for city in ("Kishiwada", "Kendari", "Porto-Novo"):
        assert sum(city in line for line in shown) == 1, shown
    assert all(line.startswith("Accueil") for line in shown), shown


def test_distinct_titles_leave_alone_titles_that_read_apart_or_are_the_same():  # type: ignore[no-untyped-def]
    from coopdesk.gui.event_list import distinct_titles

    def cut(text: str, mode: Qt.TextElideMode) -> str:  # twelve characters at most
        if len(text) <= 12:
            return text
        if mode == Qt.TextElideMode.ElideRight:
            return text[:11] + "…"
        return text[:6] + "…" + text[-5:]

    titles = ["Accueil de la ville de Kendari — mai", "Accueil de la ville de Tokyo — mai"]
    assert distinct_titles(titles, cut) == ["Accueil … K…", "Accueil … T…"]
    assert distinct_titles(["Visite A", "Visite B"], cut) == ["Visite A", "Visite B"]
    # two events with one title stay alike: nothing tells them apart but their dates
    assert distinct_titles(["Conseil de partenariat"] * 2, cut) == ["Consei…ariat"] * 2
