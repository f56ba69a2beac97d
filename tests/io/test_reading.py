"""Reading the files offices send: encodings, delimiters, workbooks with titles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.reading import read_csv, read_table, read_xlsx

FIXTURES = Path(__file__).parent / "fixtures"


def test_french_excel_csv_is_windows_1252_and_semicolons():
    table = read_table(FIXTURES / "assises_excel_fr.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.rows[0][:3] == ("Civilité", "Prénom", "Nom")
    assert table.rows[1][1:3] == ("Hélène", "Lefèvre")
    assert table.rows[2][2] == "Côté\u00a0"  # cleaned later, by the importer


def test_utf8_with_bom_and_commas_inside_quotes():
    table = read_table(FIXTURES / "inscriptions_utf8_bom.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.rows[0][0] == "First name"  # no BOM left in the first header
    assert table.rows[1][2:4] == ("Олена Коваленко", "Apostolove, city council")
    assert table.rows[2][2] == "佐藤 健二"


def test_plain_utf8_and_tabs():
    data = "Nom\tPrénom\tPays\nSato\tKenji\tJapon\nKovalenko\tOlena\tUkraine\n".encode()
    table = read_csv(data)
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert table.rows[2] == ("Kovalenko", "Olena", "Ukraine")


def test_commas_inside_a_semicolon_file_do_not_fool_the_guess():
    data = "Nom;Fonction;Organisation\nDupont;Maire, président;Ville, agglo\n".encode("cp1252")
    assert read_csv(data).delimiter == ";"


def test_the_caller_corrects_a_wrong_guess():
    data = "Nom;Prénom\nCôté;François\n".encode("cp1252")
    forced = read_csv(data, encoding="latin-1", delimiter=",")
    assert forced.rows[1] == ("Côté;François",)
    assert forced.encoding == "latin-1"


def test_a_wrong_or_unknown_encoding_is_a_clear_error():
    data = "Nom\nCôté\n".encode("cp1252")
    with pytest.raises(ValidationError) as error:
        read_csv(data, encoding="utf-8")
    assert error.value.code == "import.encoding_wrong"
    with pytest.raises(ValidationError) as error:
        read_csv(data, encoding="klingon")
    assert error.value.code == "import.encoding_unknown"
    with pytest.raises(ValidationError) as error:
        read_csv(data, delimiter=";;")
    assert error.value.code == "import.bad_delimiter"


def test_cyrillic_in_windows_1251_is_recognised():
    text = "Прізвище;Ім'я;Посада\nКоваленко;Олена;Голова громади\nШевченко;Петро;Начальник\n"
    table = read_csv(text.encode("cp1251"))
    assert table.rows[1][0] == "Коваленко"


def test_a_workbook_keeps_title_rows_blank_rows_and_typed_cells():
    table = read_table(FIXTURES / "delegation.xlsx")
    assert table.encoding is None
    assert table.rows[0][0].startswith("Délégation de Kishiwada")
    assert not any(table.rows[2])
    assert table.rows[3][:3] == ("Civilité", "Prénom", "Nom")
    tanaka = table.rows[4]
    assert tanaka[3] == "田中 博"
    assert tanaka[8] == 81724234121  # the phone number Excel turned into a number
    assert tanaka[10] == datetime(2024, 12, 9, 14, 5)
    assert not any(table.rows[6])


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert error.value.code == "import.not_a_workbook"
    with pytest.raises(ValidationError) as error:
        read_xlsx((FIXTURES / "delegation.xlsx").read_bytes(), sheet="Feuil9")
    assert error.value.code == "import.sheet_unknown"
    with pytest.raises(ValidationError) as error:
        read_table(tmp_path / "absent.csv")
    assert error.value.code == "import.file_unreadable"
