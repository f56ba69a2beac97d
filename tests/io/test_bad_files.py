"""Files built to hurt, refused in a sentence before they cost minutes or gigabytes;
a file that mixes two encodings read line by line and said so; every CSV column of
an export guarded against formulas."""

from __future__ import annotations

import csv
import signal
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.parsers import as_text
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.io.workbook import Sheet, write_csv
from coopdesk.core.messages import describe
from tests.factories import delegation


@pytest.fixture
def alarm():
    """Fail, rather than hang the suite, if reading a file never ends."""

    def stop(*_: object) -> None:
        raise TimeoutError("still reading after 60 s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _bomb(path: Path, gigabytes: float) -> Path:
    """A workbook whose one sheet inflates to ``gigabytes`` of spaces."""
    chunk = b" " * (16 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("xl/worksheets/sheet1.xml", "w") as sheet:
            for _ in range(int(gigabytes * 1024 / 16)):
                sheet.write(chunk)
    return path


@pytest.mark.slow
def test_a_workbook_that_inflates_to_gigabytes_is_refused_without_reading_it(tmp_path, alarm):
    path = _bomb(tmp_path / "inscriptions.xlsx", 1.5)
    assert path.stat().st_size < 20 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as error:
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024  # the file's own bytes, not the gigabytes
    assert error.value.code == "import.workbook_suspicious"
    text = describe(error.value, "fr")
    assert text.startswith("inscriptions.xlsx contient une partie qui se décompresse ")
    assert "coopdesk ne l'ouvre pas" in text


def test_a_workbook_of_many_ordinary_parts_too_big_in_all_is_refused(tmp_path, monkeypatch):
    from coopdesk.core.io import reading

    monkeypatch.setattr(reading, "MAX_UNPACKED_MB", 1)
    path = tmp_path / "gros.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as package:
        for n in range(3):
            package.writestr(f"xl/media/image{n}.bin", bytes(range(256)) * 2048)
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert describe(error.value, "en") == (
        "gros.xlsx unpacks to more than 1 MB: too much for a participant list. The workbook "
        "may be damaged or booby-trapped; save the list alone in a new workbook."
    )


@pytest.mark.parametrize(
    "content",
    [b"a;" * 2_000_000, b"Nom,Pr\xc3\xa9nom," * 400_000],
    ids=["semicolons", "commas"],
)
def test_a_4_mb_single_line_csv_is_refused_in_a_sentence(tmp_path, alarm, content):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert error.value.code == "import.too_many_columns"
    text = describe(error.value, "fr")
    assert text.startswith("La ligne 1 d'export.csv a ")
    assert text.endswith(
        "colonnes : ce n'est pas une liste de personnes (au plus 1000 colonnes). "
        "Vérifiez le séparateur."
    )


def test_a_4_mb_single_cell_csv_is_refused_in_a_sentence(tmp_path, alarm):
    path = tmp_path / "export.csv"
    path.write_bytes(b'"Nom;' + b"x" * 4_000_000)
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert describe(error.value, "fr").startswith(
        "export.csv contient une cellule de plus de 131072 caractères (vers la ligne 1)"
    )


def test_wide_rows_with_blank_cells_at_the_end_are_read(tmp_path):
    path = tmp_path / "liste.csv"
    header = "Nom;Prénom;Courriel" + ";" * 5000
    path.write_text(f"{header}\nDupont;Marie;marie@example.fr\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows[0] == ("Nom", "Prénom", "Courriel")


def test_a_utf8_file_with_one_windows_1252_line_is_read_line_by_line(db, tmp_path):
    event = delegation(db, start_date="2023-07-02", end_date="2023-07-04")
    lines = [
        "Nom;Prénom;Organisation".encode(),
        "Коваленко;Олена;Мерія".encode(),
        "Lefèvre;Hélène;Ville de Poitiers".encode("cp1252"),  # pasted from French Excel
        "Müller;Jérôme;Région".encode(),
    ]
    path = tmp_path / "fusion.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    table = read_table(path)
    assert (table.encoding, table.other_encoding, table.mixed_lines) == ("utf-8", "cp1252", (3,))
    assert [row[:2] for row in table.rows[1:]] == [
        ("Коваленко", "Олена"),
        ("Lefèvre", "Hélène"),
        ("Müller", "Jérôme"),
    ]
    preview = preview_import(db, event.id, table)
    [warning] = preview.warnings
    assert warning.describe("fr") == (
        "Ligne 3 : texte lu en cp1252, le reste du fichier en utf-8 (le fichier mélange deux "
        "encodages) : vérifiez les accents."
    )


def test_every_column_of_a_csv_export_is_guarded_against_formulas(tmp_path):
    rooms = [
        Sheet('=HYPERLINK("http://x")', ("Nom", "Chambre"), [("Dupont", "@12")]),
        Sheet("+Hôtel", ("Nom", "Chambre"), [("-Durand", "14")]),
        Sheet("Hôtel de la Gare", ("Nom", "Chambre"), [("Roux", "=1+1")]),
    ]
    path = write_csv(rooms, tmp_path / "hebergement.csv", part_header="=Hôtel")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    formula = ("=", "+", "-", "@")
    assert not [cell for row in rows for cell in row if cell.startswith(formula)]
    assert rows == [
        ["'=Hôtel", "Nom", "Chambre"],
        ['\'=HYPERLINK("http://x")', "Dupont", "'@12"],
        ["'+Hôtel", "'-Durand", "14"],
        ["Hôtel de la Gare", "Roux", "'=1+1"],
    ]
    # coopdesk reads its own export back as the text it was.
    table = read_table(path)
    assert as_text(table.rows[1][0]) == '=HYPERLINK("http://x")'


def test_the_rooming_list_csv_guards_hotel_names(db, tmp_path):
    from coopdesk.core.io.export import export_list
    from coopdesk.core.services import participants
    from tests.factories import person

    event = delegation(db, start_date="2023-07-02", end_date="2023-07-04")
    guest = person(db, last_name="Dupont")
    participants.add_participant(
        db,
        event.id,
        guest.id,
        hotel='=HYPERLINK("http://x","Hôtel")',
        check_in=date(2023, 7, 2),
        check_out=date(2023, 7, 4),
    )
    path = export_list(db, event.id, "rooming", tmp_path / "rooming.csv", "fr")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert '\'=HYPERLINK("http://x","Hôtel")' in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]


def test_a_file_bigger_than_any_list_is_refused_before_reading(tmp_path, monkeypatch):
    from coopdesk.core.io import reading

    monkeypatch.setattr(reading, "MAX_FILE_MB", 1)
    path = tmp_path / "énorme.csv"
    path.write_bytes(b"Nom;Pr\xc3\xa9nom\n" + b"Dupont;Marie\n" * 200_000)
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert describe(error.value, "fr") == (
        "énorme.csv pèse 2 Mo : c'est trop pour une liste de participants (au plus 1 Mo). "
        "Enregistrez seulement la feuille de la liste, ou découpez-la en plusieurs fichiers."
    )
