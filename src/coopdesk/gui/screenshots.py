"""Screenshots of every main view, in French and English, at 1366×768 (and at other
screen sizes when asked: ``fr-1024x600-events.png``…).

    COOPDESK_DATABASE_URL=sqlite:////tmp/shots.sqlite3 python -m coopdesk.gui.screenshots OUTDIR
    ... python -m coopdesk.gui.screenshots OUTDIR 1024x600 1366x768 1920x1080

The database must hold the demo data (``coopdesk --database URL demo``). Window
settings go to a scratch folder, so taking screenshots never changes the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.core import paths
from coopdesk.core.db import Database, open_database
from coopdesk.core.services import events, people
from coopdesk.gui import i18n
from coopdesk.gui.app import application
from coopdesk.gui.workspace.workspace import AGENDA, DOCUMENTS, LOGISTICS, OVERVIEW, PARTICIPANTS

if TYPE_CHECKING:
    from coopdesk.gui.main_window import MainWindow

SIZE = (1366, 768)
# A netbook, a 1280×720 laptop at 125 % (1024×576 once scaled), and a desktop screen.
SCREENS = ((1024, 600), (1024, 576), (1366, 768), (1920, 1080))
EVENTS = {"apostolove": "Apostolove", "assises": "Assises"}
TABS = {
    "overview": OVERVIEW,
    "participants": PARTICIPANTS,
    "agenda": AGENDA,
    "agenda-list": AGENDA,
    "logistics": LOGISTICS,
    "documents": DOCUMENTS,
}


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
    widget.grab().save(str(path))
    return path


# A delegation's list as partners send it, one arrival date impossible (31 June).
IMPORT_LIST = (
    "Nom;Prénom;Nom en écriture d'origine;Fonction;Organisation;Arrivée\n"
    "Kovalenko;Olena;Олена Коваленко;Голова громади;Рада громади Апостолового;02/07/2023 10:35\n"
    "Bondarenko;Vitalii;Віталій Бондаренко;Deputy chair;Рада громади Апостолового;"
    "02/07/2023 10:35\n"
    "Savchuk;Iryna;Ірина Савчук;Interpreter;Рада громади Апостолового;02/07/2023 10:35\n"
    "Kravets;Dmytro;Дмитро Кравець;Head of finance;Рада громади Апостолового;31/06/2023 18:20\n"
    "Lefèvre;Hélène;;Chargée de mission;Ville de Poitiers;\n"
)


def _import_steps(window: QWidget, db: Database, event_id: int, prefix: Path) -> list[Path]:
    """The import wizard at each step, on a list with a refused row."""
    from coopdesk.gui.import_wizard import ImportWizard

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "delegation-apostolove.csv"
        source.write_text(IMPORT_LIST, encoding="utf-8")
        wizard = ImportWizard(db, events.get_event(db, event_id), window)
        wizard.show()
        wizard.open_file(source)
        shots = []
        for step in ("file", "columns", "preview"):
            shots.append(_grab(wizard, prefix.with_name(f"{prefix.name}-{step}.png")))
            wizard.next()
        wizard.close()
        wizard.deleteLater()
    return shots


def _printed(window: QWidget, db: Database, event_id: int, prefix: Path) -> list[Path]:
    """The badge dialog, and the preview of the badges it would write."""
    from coopdesk.core.documents.badges import badge_participants, render_badges
    from coopdesk.core.documents.layouts import list_layouts
    from coopdesk.gui.pdf_dialogs import BadgeDialog
    from coopdesk.gui.pdf_preview import PreviewDialog

    people = badge_participants(db, event_id)
    dialog = BadgeDialog(list_layouts(), people, [people[0].id], i18n.language(), window)
    dialog.show()
    shots = [_grab(dialog, prefix.with_name(f"{prefix.name}-badges.png"))]
    dialog.close()
    dialog.deleteLater()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "badges.pdf"
        with pdf.open("wb") as out:
            render_badges(db, event_id, out, language=i18n.language())
        preview = PreviewDialog(pdf, window)
        preview.show()
        shots.append(_grab(preview, prefix.with_name(f"{prefix.name}-preview.png")))
        preview.close()
        preview.deleteLater()
    return shots


def _records(window: MainWindow, db: Database, prefix: Path) -> list[Path]:
    """The person editor and the badge categories."""
    from coopdesk.core.services import organisations
    from coopdesk.gui.categories import CategoriesDialog
    from coopdesk.gui.forms.person_dialog import PersonDialog

    shots = []
    chosen = people.list_people(db, search="Мельничук") or people.list_people(db, limit=1)
    editor = PersonDialog(lambda values: None, organisations.list_organisations(db), chosen[0])
    editor.show()
    shots.append(_grab(editor, prefix.with_name(f"{prefix.name}-person-editor.png")))
    editor.close()
    editor.deleteLater()
    dialog = CategoriesDialog(db, window.edits, window)
    dialog.show()
    shots.append(_grab(dialog, prefix.with_name(f"{prefix.name}-categories.png")))
    dialog.close()
    dialog.deleteLater()
    return shots


def take(
    outdir: Path,
    languages: tuple[str, ...] = ("fr", "en"),
    sizes: tuple[tuple[int, int], ...] = (SIZE,),
) -> list[Path]:
    """Save the PNGs into ``outdir``; returns their paths. Views taken at another size
    than :data:`SIZE` have it in their name; dialogs are taken once, at their own size."""
    from coopdesk.gui.main_window import DIRECTORY, PARTNERS, VENUES, MainWindow
    from coopdesk.gui.main_window import EVENTS as EVENTS_PAGE
    from coopdesk.gui.settings import SettingsDialog

    outdir.mkdir(parents=True, exist_ok=True)
    db = open_database(os.environ.get("COOPDESK_DATABASE_URL"))
    application()
    saved: list[Path] = []
    for lang, size in ((lang, size) for lang in languages for size in sizes):
        i18n.apply_language(lang)
        first = size == sizes[0]
        tag = lang if size == SIZE else f"{lang}-{size[0]}x{size[1]}"
        window = MainWindow(db)
        window.resize(*size)
        window.show()
        window.show_page(EVENTS_PAGE)
        saved.append(_grab(window, outdir / f"{tag}-events.png"))
        for key, reference in EVENTS.items():
            window.open_event(events.find_event(db, reference).id)
            for name, tab in TABS.items():
                window.workspace.tabs.setCurrentIndex(tab)
                agenda = window.workspace.agenda
                (
                    agenda.list_button if name == "agenda-list" else agenda.timeline_button
                ).setChecked(True)
                saved.append(_grab(window, outdir / f"{tag}-{key}-{name}.png"))
            if key == "apostolove" and first:
                event_id = events.find_event(db, reference).id
                saved += _import_steps(window, db, event_id, outdir / f"{lang}-import")
                saved += _printed(window, db, event_id, outdir / f"{lang}-print")
        window.show_page(DIRECTORY)
        saved.append(_grab(window, outdir / f"{tag}-directory.png"))
        person = people.people_page(db, offset=0, limit=1, search="Мельничук")
        person = person or people.people_page(db, offset=0, limit=1)
        window.directory.search.setText(person[0].native_name or person[0].last_name)
        window.directory.refresh()
        window.directory.people.selectRow(0)
        saved.append(_grab(window, outdir / f"{tag}-person.png"))
        window.show_page(PARTNERS)
        partners = window.partners.list
        for row in range(partners.count()):
            if "Apostolove" in partners.item(row).text():
                partners.setCurrentRow(row)
        saved.append(_grab(window, outdir / f"{tag}-partners.png"))
        window.show_page(VENUES)
        window.venues.table.selectRow(0)
        saved.append(_grab(window, outdir / f"{tag}-venues.png"))
        if first:
            saved += _records(window, db, outdir / lang)
            dialog = SettingsDialog(db, window)
            dialog.show()
            saved.append(_grab(dialog, outdir / f"{tag}-settings.png"))
            dialog.close()
        window.close()
        window.deleteLater()
        _settle()
    db.dispose()
    return saved


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    try:
        sizes = tuple(
            (int(w), int(h)) for w, h in (size.lower().split("x") for size in argv[1:])
        ) or (SIZE,)
    except ValueError:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        paths.set_home(scratch)
        for path in take(Path(argv[0]), sizes=sizes):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
