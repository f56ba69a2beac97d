"""Printed documents from the Documents tab and the person page, read back with
pdfplumber; the preview and printing through pypdfium2, on a PDF "printer"."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog

from coopdesk.core.documents.layouts import get_layout
from coopdesk.core.errors import ValidationError
from coopdesk.core.progress import Cancelled, Progress
from coopdesk.core.services import agenda, participants
from coopdesk.gui.pdf_preview import PreviewDialog, print_pdf
from coopdesk.gui.workspace.documents import exports
from coopdesk.gui.workspace.workspace import PARTICIPANTS
from tests.gui.conftest import PEOPLE
from tests.gui.helpers import find, save_as, with_dialog

COMING = [p for p in PEOPLE if p[4] != "declined"]


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _pages(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def _save(qtbot, button, act) -> None:  # type: ignore[no-untyped-def]
    """Click ``button``, let ``act`` fill the dialog it opens, then save."""

    def fill(dialog: QDialog) -> None:
        act(dialog)
        dialog.accept()

    with_dialog(qtbot, fill, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def _choose(dialog: QDialog, name: str, value: object) -> None:
    combo = find(dialog, QComboBox, name)
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_every_entry_is_wired(documents):  # type: ignore[no-untyped-def]
    assert {e.key for e in exports()} >= {"programme", "badges", "tents", "lists"}
    assert all(button.isEnabled() for button in documents.buttons.values())
    assert "français" in documents.intro.text()


def test_badges_for_everyone_on_a_sheet_layout(  # type: ignore[no-untyped-def]
    qtbot, documents, tmp_path, monkeypatch, opened
):
    target = tmp_path / "badges.pdf"
    proposed = save_as(monkeypatch, target)

    def act(dialog: QDialog) -> None:
        _choose(dialog, "layout", "avery-l4785")
        assert "Avery" in find(dialog, QComboBox, "layout").currentText()  # type: ignore[attr-defined]

    _save(qtbot, documents.buttons["badges"], act)
    qtbot.waitUntil(documents.notice.isVisible)
    assert proposed == ["Délégation d'Apostolove – Badges.pdf"]
    text = _text(target)
    for _, last, native, _, _ in COMING:
        assert last.upper() in text.upper() and native in text, last
    assert "Kravets" not in text  # declined
    layout = get_layout("avery-l4785")
    assert _pages(target) == -(-len(COMING) // layout.per_page)
    notice = documents.notice
    assert str(target) in notice.text.text() and "Badges" in notice.text.text()
    assert notice.open_file_button.isVisible() and notice.print_button.isVisible()
    qtbot.mouseClick(notice.open_file_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(target)]


def test_one_badge_reprinted_with_its_back_in_english(  # type: ignore[no-untyped-def]
    qtbot, documents, db, apostolove, tmp_path, monkeypatch
):
    target = tmp_path / "reprint.pdf"
    proposed = save_as(monkeypatch, target)
    savchuk = next(
        p.id for p in participants.list_participants(db, apostolove.id) if p.last_name == "Savchuk"
    )

    def act(dialog: QDialog) -> None:
        dialog.one.setChecked(True)  # type: ignore[attr-defined]
        _choose(dialog, "person", savchuk)
        _choose(dialog, "language", "en")
        dialog.back.setChecked(True)  # type: ignore[attr-defined]

    _save(qtbot, documents.buttons["badges"], act)
    qtbot.waitUntil(documents.notice.isVisible)
    assert proposed == ["Badges – Iryna Savchuk.pdf"]
    text = _text(target)
    assert "Ірина Савчук" in text and "Bondarenko" not in text
    assert _pages(target) == 2  # A6: the front and its back


def test_badges_for_the_rows_selected_in_the_participants_tab(  # type: ignore[no-untyped-def]
    qtbot, window, documents, tmp_path, monkeypatch
):
    from coopdesk.gui.workspace.workspace import DOCUMENTS

    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    table = window.workspace.participants.table
    qtbot.waitUntil(lambda: table.model().rowCount() == len(PEOPLE))
    table.selectRow(0)  # the head of delegation, first in protocol order
    window.workspace.tabs.setCurrentIndex(DOCUMENTS)
    target = tmp_path / "selection.pdf"
    save_as(monkeypatch, target)

    def act(dialog: QDialog) -> None:
        assert dialog.chosen.isChecked()  # type: ignore[attr-defined]

    _save(qtbot, documents.buttons["badges"], act)
    qtbot.waitUntil(documents.notice.isVisible)
    text = _text(target)
    assert "Олена Коваленко" in text and "Savchuk" not in text


def test_name_tents(qtbot, documents, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    target = tmp_path / "chevalets.pdf"
    save_as(monkeypatch, target)
    _save(qtbot, documents.buttons["tents"], lambda dialog: None)
    qtbot.waitUntil(documents.notice.isVisible)
    assert _pages(target) == len(COMING)
    text = _text(target)
    for _, last, native, _, _ in COMING:
        # The native name is on the upside-down half: extracted right to left.
        assert last in text and native[::-1] in text, last


def test_programme_in_english(qtbot, documents, db, apostolove, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    target = tmp_path / "programme.pdf"
    save_as(monkeypatch, target)
    _save(qtbot, documents.buttons["programme"], lambda d: _choose(d, "language", "en"))
    qtbot.waitUntil(documents.notice.isVisible)
    text = _text(target)
    assert "Programme" in text and "Monday" in text  # 3 July 2023, in English
    for item in agenda.list_agenda(db, apostolove.id):
        assert item.title in text


def test_sign_in_sheet_for_the_working_session(  # type: ignore[no-untyped-def]
    qtbot, documents, db, apostolove, tmp_path, monkeypatch
):
    target = tmp_path / "emargement.pdf"
    proposed = save_as(monkeypatch, target)
    [session] = [i for i in agenda.list_agenda(db, apostolove.id) if i.title == "Séance de travail"]

    def act(dialog: QDialog) -> None:
        _choose(dialog, "kind", "sign-in")
        assert find(dialog, QComboBox, "item").isEnabled()
        _choose(dialog, "item", session.id)

    _save(qtbot, documents.buttons["lists"], act)
    qtbot.waitUntil(documents.notice.isVisible)
    assert proposed == ["Délégation d'Apostolove – Émargement – Séance de travail.pdf"]
    text = _text(target)
    assert "Séance de travail" in text and "Savchuk".upper() in text.upper()
    assert "Bondarenko" not in text  # only the item's attendees sign


def test_person_page_personal_programme(  # type: ignore[no-untyped-def]
    qtbot, window, apostolove, tmp_path, monkeypatch
):
    from coopdesk.gui.main_window import DIRECTORY

    target = tmp_path / "savchuk.pdf"
    proposed = save_as(monkeypatch, target)
    window.show_page(DIRECTORY)
    window.directory.search.setText("Savchuk")
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == 1)
    window.directory.people.selectRow(0)
    page = window.directory.person
    _save(qtbot, page.programme_button, lambda dialog: None)
    qtbot.waitUntil(page.notice.isVisible)
    assert proposed == ["Iryna Savchuk – Délégation d'Apostolove.pdf"]
    assert "Séance de travail" in _text(target)


def _blank(image) -> bool:  # type: ignore[no-untyped-def]
    first = image.pixel(0, 0)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


@pytest.fixture
def programme_pdf(db, apostolove, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    from coopdesk.core.documents.programme import render_programme

    path = tmp_path / "programme.pdf"
    with path.open("wb") as out:
        render_programme(db, apostolove.id, out)
    return path


def test_preview_renders_the_pages(qtbot, programme_pdf, opened):  # type: ignore[no-untyped-def]
    dialog = PreviewDialog(programme_pdf)
    qtbot.addWidget(dialog)
    assert dialog.pages
    image = dialog.pages[0].pixmap().toImage()
    assert image.height() > 500 and not _blank(image)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(programme_pdf)]


def test_printing_paints_every_page(programme_pdf, tmp_path):  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(programme_pdf, printer) == _pages(programme_pdf)
    assert out.stat().st_size > 1000 and _pages(out) == _pages(programme_pdf)


def test_print_from_the_preview_through_the_print_dialog(  # type: ignore[no-untyped-def]
    qtbot, programme_pdf, tmp_path, monkeypatch
):
    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = PreviewDialog(programme_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert out.exists() and _pages(out) == _pages(programme_pdf)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_badge_options_reach_the_renderer(qtbot, documents, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Cut marks and no QR code: the dialog's choices are what the core receives."""
    seen: dict[str, object] = {}
    import coopdesk.core.documents.badges as badges

    real = badges.render_badges

    def spy(db, event_id, out, **options):  # type: ignore[no-untyped-def]
        seen.update(options)
        return real(db, event_id, out, **options)

    monkeypatch.setattr(badges, "render_badges", spy)
    save_as(monkeypatch, tmp_path / "b.pdf")

    def act(dialog: QDialog) -> None:
        dialog.cut_marks.setChecked(True)  # type: ignore[attr-defined]
        dialog.qr.setChecked(False)  # type: ignore[attr-defined]

    _save(qtbot, documents.buttons["badges"], act)
    qtbot.waitUntil(documents.notice.isVisible)
    assert seen["cut_marks"] is True and seen["qr"] is False and seen["layout"] == "a6"


def test_a_refused_render_leaves_the_chosen_file_as_it_was(tmp_path):  # type: ignore[no-untyped-def]
    from coopdesk.core.documents.report import DocumentReport
    from coopdesk.gui.pdf_exports import write_pdf as _write

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "badges.pdf"
    target.write_bytes(b"%PDF-1.4 yesterday's badges")

    def refused(stream, progress):  # type: ignore[no-untyped-def]
        stream.write(b"%PDF-1.4 half")
        raise ValidationError("documents.no_participants", None)

    with pytest.raises(ValidationError):
        _write(refused, target, Progress())
    assert target.read_bytes() == b"%PDF-1.4 yesterday's badges"
    assert [p.name for p in folder.iterdir()] == ["badges.pdf"]

    def cancelled(stream, progress):  # type: ignore[no-untyped-def]
        progress.begin(2)
        stream.write(b"%PDF-1.4 half")
        progress.cancel()
        progress.advance()

    with pytest.raises(Cancelled):
        _write(cancelled, target, Progress())
    assert target.read_bytes() == b"%PDF-1.4 yesterday's badges"
    assert [p.name for p in folder.iterdir()] == ["badges.pdf"]

    def rendered(stream, progress):  # type: ignore[no-untyped-def]
        stream.write(b"%PDF-1.4 today's badges")
        return DocumentReport(pages=1, items=1, warnings=())

    assert _write(rendered, target, Progress()).pages == 1
    assert target.read_bytes() == b"%PDF-1.4 today's badges"
    assert [p.name for p in folder.iterdir()] == ["badges.pdf"]
