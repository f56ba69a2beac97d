"""The window's history: imports, erasures and edits said in words, for the open event
or the whole base."""

from __future__ import annotations

from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.services import people, privacy
from coopdesk.gui.history_view import HistoryDialog
from tests.factories import delegation, person

from .helpers import with_dialog


def _rows(dialog: HistoryDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_history_says_an_import_and_an_erasure_in_french(qtbot, window, db, tmp_path):  # type: ignore[no-untyped-def]
    event = delegation(db)
    listing = tmp_path / "liste-apostolove.csv"
    listing.write_text(
        "Nom;Prénom\nKovalenko;Olena\nPetrenko;Ivan\nШевченко;Тарас\n", encoding="utf-8"
    )
    apply_import(db, preview_import(db, event.id, read_table(listing)))
    someone = person(db, last_name="Bondarenko", first_name="Vitalii")
    people.update_person(db, someone.id, {"function": "Maire adjoint"})
    privacy.erase_person(db, someone.id)
    window.open_event(event.id)

    seen: list[list[list[str]]] = []

    def look(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, HistoryDialog)
        assert dialog.windowTitle() == "Historique des modifications"
        seen.append(_rows(dialog))
        dialog.scope.setCurrentIndex(1)  # the whole base
        seen.append(_rows(dialog))
        assert dialog.count.text() == f"{dialog.table.rowCount()} modifications"

    with_dialog(qtbot, look, window.history_action.trigger)
    event_rows, all_rows = seen
    imported = next(row for row in event_rows if row[2] == "importation")
    assert imported[3:] == [
        "participation",
        "liste-apostolove.csv",
        "3 participants ajoutés depuis liste-apostolove.csv (3 personnes créées)",
    ]
    assert not any(row[2] == "effacement" for row in event_rows)  # not this event's
    erased = all_rows[0]
    assert erased[2:4] == ["effacement", "personne"]
    assert erased[5].startswith("Personne effacée avec ses participations")
    assert not any("Bondarenko" in cell for row in all_rows for cell in row)
