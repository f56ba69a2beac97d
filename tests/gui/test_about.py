"""The About dialog and the application icon: what a user (or IT) reads there is true."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from coopdesk import __version__
from coopdesk.core import paths
from coopdesk.gui import about
from coopdesk.gui.about import AboutDialog
from coopdesk.gui.icons import application_icon, application_pixmap

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"


def test_the_about_dialog_gives_the_version_the_log_file_and_the_data_folder(qtbot):  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    assert f"coopdesk {__version__}" in text
    assert dialog.windowTitle() == "À propos de coopdesk"  # the interface is in French
    assert "En cas de problème" in text and "journal" in text
    log = paths.log_dir() / "coopdesk.log"
    assert str(log) in text  # the file unexpected errors go to (cli and window alike)
    assert str(paths.data_dir()) in text
    assert "EUPL" in text


def test_every_shipped_font_has_its_licence_in_the_about_dialog():  # type: ignore[no-untyped-def]
    shipped = {p.name for p in FONTS.iterdir() if p.suffix.lower() in (".ttf", ".ttc")}
    licences = about.font_licences()
    covered = [name for font in licences for name in font.files]
    assert sorted(covered) == sorted(shipped)  # each font once, none forgotten
    for font in licences:
        assert font.licence_file.exists()
        assert font.licence and font.files, font.family
    by_family = {font.family: font.licence for font in licences}
    assert by_family["Noto Sans"] == "SIL Open Font License 1.1"
    assert by_family["IPAGothic"] == "IPA Font License 1.0"


def test_every_dependency_is_listed_with_its_licence_and_version(qtbot):  # type: ignore[no-untyped-def]
    required = metadata.requires("coopdesk") or []
    runtime = {
        re.split(r"[\[<>=!; ]", req, maxsplit=1)[0].lower()
        for req in required
        if "extra ==" not in req
    }
    listed = {dist.lower() for dist, _name, _licence in about.LIBRARIES}
    assert runtime <= listed, runtime - listed  # a new dependency needs its licence here
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    for name, version, licence in about.library_versions():
        assert version != "?", name
        assert name in text and licence in text
    assert metadata.version("SQLAlchemy") in text


def _opaque_colours(image: QImage) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if (image.pixel(x, y) >> 24) & 0xFF == 0xFF
        }
    )


def test_the_window_and_the_application_carry_the_coopdesk_icon(window):  # type: ignore[no-untyped-def]
    sizes = {size.width() for size in window.windowIcon().availableSizes()}
    assert {16, 32, 48, 128} <= sizes
    assert window.windowIcon().cacheKey() == application_icon().cacheKey()
    assert QApplication.windowIcon().cacheKey() == application_icon().cacheKey()
    for size in (16, 32, 128):
        image = application_pixmap(size).toImage()
        assert (image.width(), image.height()) == (size, size)
        # drawn, in colour, with transparent corners (a rounded tile)
        assert _opaque_colours(image) > 3
        assert (image.pixel(0, 0) >> 24) & 0xFF == 0


def test_help_about_opens_the_about_dialog(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def exec_(self: QDialog) -> int:
        shown.append(self.plain_text())  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(AboutDialog, "exec", exec_)
    help_menu = window.menuBar().actions()[-1].menu()
    (action,) = [a for a in help_menu.actions() if "propos" in a.text()]
    action.trigger()
    assert len(shown) == 1 and f"coopdesk {__version__}" in shown[0]
