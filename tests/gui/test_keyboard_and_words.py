"""The keyboard as on any desktop (Tab leaves lists, notes fields let Tab go, one Alt
letter per control in every window and dialog) and French words that agree."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from coopdesk.core.wording import fill_numbered
from coopdesk.gui import i18n
from coopdesk.gui.main_window import MINIMUM_SIZE, MainWindow
from coopdesk.gui.workspace.workspace import OVERVIEW
from tests.factories import delegation, partner

from .every_window import every_dialog
from .helpers import type_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GUI = ROOT / "src" / "coopdesk" / "gui"


# --- keyboard ------------------------------------------------------------------------


def test_tab_and_shift_tab_leave_the_events_list_without_opening_events(qtbot, window, db):  # type: ignore[no-untyped-def]
    events = [delegation(db, title=f"Délégation {n}") for n in range(4)]
    window.event_list.refresh()
    window.open_event(events[0].id)
    table = window.event_list.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    opened = window.workspace.event_view.id
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert window.workspace.event_view.id == opened  # Tab opened nothing on its way
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus()
    assert QApplication.focusWidget() is window.event_list.partner
    assert window.workspace.event_view.id == opened


def _windows(db, event, tmp_path) -> list[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    return list(every_dialog(db, event, tmp_path))


def test_notes_fields_let_tab_move_on_in_every_window_and_dialog(
    qtbot, window, db, apostolove, tmp_path
):  # type: ignore[no-untyped-def]
    partner(db)
    window.open_event(apostolove.id)
    checked = 0
    for name, widget in [("main window", window), *_windows(db, apostolove, tmp_path)]:
        qtbot.addWidget(widget) if widget is not window else None
        for notes in [*widget.findChildren(QPlainTextEdit), *widget.findChildren(QTextEdit)]:
            if notes.isReadOnly():
                continue
            assert notes.tabChangesFocus(), f"{name}: {notes.objectName() or notes}"
            checked += 1
    assert checked >= 6


def test_the_notes_field_passes_tab_to_the_next_field(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    window.event_list.refresh()
    window.open_event(event.id)
    form = window.workspace.overview.form
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus)
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    assert "\t" not in form.notes.toPlainText()
    assert not form.notes.hasFocus()


def test_the_undo_button_keeps_a_short_label_and_says_the_action_in_its_tooltip(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db, title="Accueil de la délégation de la Ville d'Apostolove (Ukraine)")
    window.event_list.refresh()
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(OVERVIEW)
    bar_button = next(
        b for b in window.findChildren(QToolButton) if b.defaultAction() is window.undo_button
    )
    width = bar_button.sizeHint().width()
    overview = window.workspace.overview
    type_text(qtbot, overview.form.title, " 2023")
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert window.undo_button.isEnabled()
    assert bar_button.text() == "Annuler"
    assert bar_button.sizeHint().width() == width
    assert window.undo_button.toolTip() == (
        "Annuler Modification d'Accueil de la délégation de la Ville d'Apostolove (Ukraine)"
    )
    window.undo_button.trigger()
    assert window.redo_button.isEnabled() and not window.undo_button.isEnabled()


def test_the_window_can_be_as_small_as_a_netbook_screen(qtbot, window):  # type: ignore[no-untyped-def]
    assert MINIMUM_SIZE[0] <= 1024 and MINIMUM_SIZE[1] <= 576 - 60  # 1280×720 at 125 %
    window.resize(1024, 560)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.minimumSizeHint().width() <= 1024


# --- mnemonics -----------------------------------------------------------------------


def _letter(text: str) -> str | None:
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString().split("+")[-1].lower() if not sequence.isEmpty() else None


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """The Alt letters that work now in ``top``: its visible labels with a buddy,
    buttons, tabs, group boxes and menu bar titles, with their texts."""
    found: dict[str, list[str]] = defaultdict(list)

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(top) or (widget is top)

    for label in top.findChildren(QLabel):
        if shown(label) and label.buddy() is not None and (letter := _letter(label.text())):
            found[letter].append(label.text())
    for button in top.findChildren(QAbstractButton):
        if shown(button) and (letter := _letter(button.text())):
            found[letter].append(button.text())
    for box in top.findChildren(QGroupBox):
        if shown(box) and (letter := _letter(box.title())):
            found[letter].append(box.title())
    for bar in top.findChildren(QTabBar):
        if shown(bar):
            for index in range(bar.count()):
                if bar.isTabVisible(index) and (letter := _letter(bar.tabText(index))):
                    found[letter].append(bar.tabText(index))
    for menus in top.findChildren(QMenuBar):
        if shown(menus):
            for action in menus.actions():
                if action.isVisible() and (letter := _letter(action.text())):
                    found[letter].append(action.text())
    return found


def fields_without_letter(top: QWidget) -> list[str]:
    """The fields the user can type in or choose from that no Alt letter reaches: no
    label leads to them (or to the box they sit in), and the control before them is
    not a choice or a tick box that names them with its own letter."""
    led: set[int] = set()
    for label in top.findChildren(QLabel):
        if label.buddy() is not None and _letter(label.text()):
            led.add(id(label.buddy()))
    found = []
    for field in [
        w
        for cls in (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
        for w in top.findChildren(cls)
    ]:
        if not (field.isVisibleTo(top) and field.isEnabled()):
            continue
        if isinstance(field, QLineEdit) and (
            field.isReadOnly() or isinstance(field.parent(), (QComboBox, QAbstractSpinBox))
        ):
            continue
        if isinstance(field, QPlainTextEdit) and field.isReadOnly():
            continue
        holder: QWidget | None = field
        while holder is not None and id(holder) not in led and holder is not top:
            holder = holder.parentWidget()
        if holder is not None and id(holder) in led:
            continue
        before = field.previousInFocusChain()
        if isinstance(before, QAbstractButton) and before.isCheckable() and _letter(before.text()):
            continue
        hint = field.objectName() or getattr(field, "placeholderText", str)()
        found.append(f"{type(field).__name__} {hint}")
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    """The Alt letters of ``top`` shared by two controls, and the fields whose label
    has none (a tick box or a choice named by its own text has its own letter)."""
    found = {k: v for k, v in mnemonics(top).items() if len(v) > 1}
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(top) or _letter(label.text()):
            continue
        if isinstance(buddy, QAbstractButton) and _letter(buddy.text()):
            continue
        found.setdefault("no letter", []).append(label.text())
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_dialog_has_one_alt_letter_per_control(qtbot, db, apostolove, tmp_path, lang):  # type: ignore[no-untyped-def]
    i18n.apply_language(lang)
    partner(db)
    found = {}
    for name, dialog in _windows(db, apostolove, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        pages = getattr(dialog, "pageIds", lambda: [])()
        if pages:  # a wizard: each page is what the window shows at a time
            for page in pages:
                dialog.page(page).setVisible(True)
                bad = clashes(dialog.page(page))
                if unnamed := fields_without_letter(dialog.page(page)):
                    bad["field without a label"] = unnamed
                if bad:
                    found[f"{name} page {page}"] = bad
                dialog.page(page).setVisible(False)
        else:
            bad = clashes(dialog)
            if unnamed := fields_without_letter(dialog):
                bad["field without a label"] = unnamed
            if bad:
                found[name] = bad
        dialog.hide()
    assert found == {}


def _form_pages(form) -> list[int]:  # type: ignore[no-untyped-def]
    """The pages of the event form shown now (one for most events, two for a residency)."""
    return [i for i in range(form.pages.count()) if form.pages.isTabVisible(i)]


KINDS = {
    "delegation": {},
    "residency": {"kind": "residency", "title": "Résidence d'Aiko Tanaka"},
    "conference": {"kind": "conference", "title": "Assises de la coopération"},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_the_main_window_has_one_alt_letter_per_control_on_every_page_and_tab(
    qtbot, db, apostolove, lang, kind
):  # type: ignore[no-untyped-def]
    i18n.apply_language(lang)  # as the window opens in that language
    event = delegation(db, **KINDS[kind]) if KINDS[kind] else apostolove
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(event.id)
    qtbot.wait(50)
    form = window.workspace.overview.form
    assert len(_form_pages(form)) == (2 if kind == "residency" else 1)
    found = {}
    for index in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        where = f"events, tab {window.workspace.tabs.tabText(index)}"
        if index != OVERVIEW:
            if bad := clashes(window):
                found[where] = bad
            continue
        for page in _form_pages(form):  # each page of the form is seen on its own
            form.pages.setCurrentIndex(page)
            qtbot.wait(20)
            if page == 0:  # the menus, the tabs and the form's fields are all seen
                seen = [text for texts in mnemonics(window).values() for text in texts]
                assert len(seen) >= 15, seen
            if bad := clashes(window):
                found[f"{where}, page {form.pages.tabText(page)}"] = bad
            if unnamed := fields_without_letter(window.workspace.overview):
                found[f"{where}, page {form.pages.tabText(page)}, no label"] = unnamed
    for page in (1, 2, 3):  # directory, partners, venues
        window.show_page(page)
        qtbot.wait(20)
        if bad := clashes(window):
            found[f"page {page}"] = bad
    assert found == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_new_event_dialog_of_a_residency_has_one_alt_letter_per_control(qtbot, db, lang):  # type: ignore[no-untyped-def]
    from coopdesk.core.enums import EventKind
    from coopdesk.gui.forms.event_form import NewEventDialog

    i18n.apply_language(lang)
    dialog = NewEventDialog(db, lambda values: None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData(EventKind.RESIDENCY))
    assert len(_form_pages(form)) == 2
    found = {}
    for page in _form_pages(form):
        form.pages.setCurrentIndex(page)
        bad = clashes(dialog)
        if unnamed := fields_without_letter(dialog):
            bad["field without a label"] = unnamed
        if bad:
            found[form.pages.tabText(page)] = bad
    assert found == {}
    form.kind.setCurrentIndex(form.kind.findData(EventKind.CONFERENCE))
    assert _form_pages(form) == [0] and not form.pages.tabBar().isVisible()


def _has_letter(text: str) -> bool:
    return _letter(text.replace("&&", "")) is not None


# The event's Overview shows the menus, the tabs, ten fields, the form's pages and its
# two buttons at once: more controls than the letters of their words. Its Save button
# goes by Ctrl+S (said in its tooltip); every other control has a letter.
NO_ROOM = {("fr", "OverviewTab", "&Save"), ("en", "OverviewTab", "&Save")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_translation_loses_the_alt_letter_of_its_control(lang):  # type: ignore[no-untyped-def]
    """A button, tab or label given an Alt letter keeps one in either language (the
    letter itself may change, to stay unique in its window)."""
    lost = [
        (context, source, text)
        for context, source, text in _catalogue(lang)
        if text
        and _has_letter(source)
        and not _has_letter(text)
        and (lang, context, source) not in NO_ROOM
    ]
    assert lost == []


# --- words ---------------------------------------------------------------------------


def _catalogue(lang: str) -> list[tuple[str, str, str]]:
    tree = ET.parse(TRANSLATIONS / f"coopdesk_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append(
                (name, message.findtext("source") or "", message.findtext("translation") or "")
            )
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_message_of_the_window_writes_its_plurals_with_brackets(lang):  # type: ignore[no-untyped-def]
    bad = [
        (source, text)
        for _, source, text in _catalogue(lang)
        if re.search(r"\((e?s|e|x)\)", text) and "Prénom(s)" not in text
    ]
    assert bad == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_count_in_a_message_has_forms_that_agree(lang):  # type: ignore[no-untyped-def]
    for _, source, text in _catalogue(lang):
        for choice in re.finditer(r"\{%(\d):([^{}]*)\}", text):
            assert f"%{choice.group(1)}" in source, (source, text)
            one, many = choice.group(2).split("|")
            values = ["Accueil"] * 9
            index = int(choice.group(1)) - 1
            values[index] = "1"
            assert fill_numbered(one, lang, *values) in fill_numbered(text, lang, *values)
            values[index] = "2"
            assert fill_numbered(many, lang, *values) in fill_numbered(text, lang, *values)


def test_french_sentences_that_name_something_after_de_are_filled_with_elision():  # type: ignore[no-untyped-def]
    """A French template with "de %1" (or "que %1") must be filled by ``i18n.fill``, which
    writes "d'Accueil"; ``.replace("%1", …)`` would write "de Accueil"."""
    code = "\n".join(p.read_text("utf-8") for p in GUI.rglob("*.py"))
    flat = re.sub(r'"\s*\n\s*"', "", code)  # strings split over lines, joined
    wrong = []
    for _, source, text in _catalogue("fr"):
        if not re.search(r"\b(de|que|le|la) %\d", text):
            continue
        literal = source.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        for found in re.finditer(re.escape(f'"{literal}"'), flat):
            before = flat[max(0, found.start() - 80) : found.start()]
            if "fill(" not in before:
                wrong.append(source)
    assert wrong == []


def test_an_edit_of_accueil_reads_modification_d_accueil(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db, title="Accueil de la délégation")
    window.event_list.refresh()
    window.open_event(event.id)
    overview = window.workspace.overview
    type_text(qtbot, overview.form.title, " 2023")
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert window.edits.stack.undoText() == "Modification d'Accueil de la délégation"


def test_with_no_locale_the_window_opens_in_french(tmp_path):  # type: ignore[no-untyped-def]
    script = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from coopdesk.gui.app import application\n"
        "from coopdesk.gui import i18n\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "application()\n"
        "print(i18n.language())\n"
        "print(QCoreApplication.translate('MainWindow', '&Events'))\n"
    )
    for value in ("C", "POSIX", None):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        env.pop("COOPDESK_LANG", None)
        env["COOPDESK_HOME"] = str(tmp_path / "home")
        if value is not None:
            env["LANG"] = value
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.split("\n")
        assert out[:2] == ["fr", "&Événements"], value


def test_large_dialogs_fit_a_small_screen(qtbot, db, apostolove, tmp_path):  # type: ignore[no-untyped-def]
    """The import wizard would like 1100 pixels across: on a narrower screen (the test
    screen is 800 wide) it opens as wide as the screen allows."""
    from coopdesk.gui import screens

    room = QApplication.primaryScreen().availableGeometry()
    assert room.width() < 1100
    partner(db)
    wizard = dict(_windows(db, apostolove, tmp_path))["import wizard"]
    qtbot.addWidget(wizard)
    assert wizard.width() <= room.width()
    big = QWidget()
    qtbot.addWidget(big)
    screens.fit(big, 3000, 3000)
    assert big.width() <= room.width() and big.height() <= room.height()


def test_a_refused_residency_field_brings_its_page_up_with_the_focus(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db, kind="residency", title="Résidence d'Aiko Tanaka")
    window.event_list.refresh()
    window.open_event(event.id)
    overview = window.workspace.overview
    form = overview.form
    assert form.pages.currentWidget() is form.general_page
    form.grant.setText("1e6")
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert form.pages.currentWidget() is form.residency_page
    assert form.error_text("grant_amount") != ""
    assert QApplication.focusWidget() is form.grant
