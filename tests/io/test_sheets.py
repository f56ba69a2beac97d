"""Workbooks of several sheets, and the files people pick instead of a list: which
sheet is read, and what the user is told when a file cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.headers import guess_mapping
from coopdesk.core.io.reading import SheetInfo, list_sheets, read_table
from coopdesk.core.messages import describe
from tests.io.office_files import (
    APOSTOLOVE,
    HEADER,
    INSCRIPTIONS,
    INSTRUCTIONS,
    KISHIWADA,
    LOOKUPS,
    binary_workbook,
    encrypted_workbook,
    old_excel_workbook,
    opendocument_spreadsheet,
    partner_workbook,
    workbook,
)


def _refusal(path: Path, **options: str) -> tuple[str, str, str]:
    with pytest.raises(ValidationError) as caught:
        read_table(path, **options)  # type: ignore[arg-type]
    error = caught.value
    return error.code, describe(error, "fr"), describe(error, "en")


def _names(rows) -> list[str]:  # type: ignore[no-untyped-def]
    """First and last names of the rows below the header."""
    index = guess_mapping(rows).header_line
    return [f"{r[1]} {r[2]}" for r in rows[index:] if any(r)]


def test_the_registrations_are_read_not_the_instructions_nor_the_hidden_lists(tmp_path):
    table = read_table(partner_workbook(tmp_path / "inscriptions.xlsx"))
    assert table.sheet == "Inscriptions"
    assert _names(table.rows) == ["Hélène Lefèvre", "François Côté"]
    assert table.sheets == (
        SheetInfo("Lisez-moi", hidden=False, rows=4),
        SheetInfo("Listes", hidden=True, rows=3),
        SheetInfo("Inscriptions", hidden=False, rows=4),
        SheetInfo("Délégation Kishiwada", hidden=False, rows=4),
        SheetInfo("Делегація Апостолове", hidden=False, rows=2),
        SheetInfo("Feuil2", hidden=False, rows=0),
    )
    assert list_sheets(tmp_path / "inscriptions.xlsx") == table.sheets


def test_a_sheet_is_read_by_its_name_in_any_script(tmp_path):
    path = partner_workbook(tmp_path / "inscriptions.xlsx")
    kishiwada = read_table(path, sheet="Délégation Kishiwada")
    assert kishiwada.sheet == "Délégation Kishiwada"
    assert [r[3] for r in kishiwada.rows[1:]] == ["田中 博", "佐藤 由紀", "森 健二"]
    apostolove = read_table(path, sheet="Делегація Апостолове")
    assert apostolove.rows[1][3] == "Олена Коваленко"
    # Typed on a command line, case and spaces aside.
    assert read_table(path, sheet="  délégation  KISHIWADA").sheet == "Délégation Kishiwada"
    # A hidden sheet is read only when asked for by name.
    assert read_table(path, sheet="Listes").rows == [tuple(r) for r in LOOKUPS]


def test_a_sheet_named_in_japanese(tmp_path):
    path = workbook(
        tmp_path / "kishiwada.xlsx",
        [("説明", "visible", INSTRUCTIONS), ("参加者", "visible", KISHIWADA)],
    )
    table = read_table(path)
    assert table.sheet == "参加者"
    assert _names(table.rows) == ["Hiroshi Tanaka", "Yuki Sato", "Kenji Mori"]
    assert read_table(path, sheet="説明").sheet == "説明"


def test_an_unknown_sheet_names_the_sheets_there_are(tmp_path):
    path = partner_workbook(tmp_path / "inscriptions.xlsx")
    code, fr, en = _refusal(path, sheet="Feuil9")
    assert code == "import.sheet_unknown"
    assert fr == (
        "Le classeur n'a pas de feuille « Feuil9 ». Ses feuilles : Lisez-moi, Listes, "
        "Inscriptions, Délégation Kishiwada, Делегація Апостолове, Feuil2."
    )
    assert en.startswith("The workbook has no sheet “Feuil9”. Its sheets: Lisez-moi, Listes,")


def test_an_empty_sheet_asked_for_says_which_sheets_hold_something(tmp_path):
    code, fr, en = _refusal(partner_workbook(tmp_path / "inscriptions.xlsx"), sheet="Feuil2")
    assert code == "import.sheet_empty"
    assert fr == (
        "La feuille « Feuil2 » est vide. Feuilles remplies : Lisez-moi, Listes, Inscriptions, "
        "Délégation Kishiwada, Делегація Апостолове."
    )
    assert en.startswith("The sheet “Feuil2” is empty. Sheets with data: Lisez-moi,")


def test_without_a_recognised_header_the_first_visible_sheet_with_data(tmp_path):
    path = workbook(
        tmp_path / "hotel.xlsx",
        [
            ("Feuil1", "visible", []),
            ("Valeurs", "hidden", LOOKUPS),
            ("Rooming", "visible", [["Client", "Chambre n°"], ["Tanaka", 12]]),
            ("Autre", "visible", [["Client", "Remarque"], ["Sato", "vue mer"]]),
        ],
    )
    table = read_table(path)
    assert table.sheet == "Rooming"
    assert table.rows == [("Client", "Chambre n°"), ("Tanaka", 12)]


def test_a_workbook_of_one_sheet_reads_it(tmp_path):
    table = read_table(workbook(tmp_path / "liste.xlsx", [("Feuil1", "visible", APOSTOLOVE)]))
    assert table.sheet == "Feuil1"
    assert table.sheets == (SheetInfo("Feuil1", hidden=False, rows=2),)


def test_a_workbook_whose_visible_sheets_are_empty_is_refused(tmp_path):
    path = workbook(
        tmp_path / "vide.xlsx",
        [("Feuil1", "visible", [[None, "  "], []]), ("Listes", "veryHidden", LOOKUPS)],
    )
    code, fr, en = _refusal(path)
    assert code == "import.workbook_empty"
    assert fr == (
        "Aucune feuille visible du classeur vide.xlsx ne contient de données "
        "(feuilles : Feuil1, Listes)."
    )
    assert (
        en == "No visible sheet of the workbook vide.xlsx holds any data (sheets: Feuil1, Listes)."
    )
    assert read_table(path, sheet="Listes").rows[0] == ("Civilité", "Pays", "Catégorie")


def test_an_old_excel_workbook_says_to_save_it_as_xlsx(tmp_path):
    path = tmp_path / "delegation.xls"
    path.write_bytes(old_excel_workbook())
    code, fr, en = _refusal(path)
    assert code == "import.old_excel"
    assert fr.startswith("delegation.xls est un classeur Excel 97-2003 (.xls)")
    assert "« Classeur Excel (.xlsx) »" in fr
    assert en.startswith("delegation.xls is an Excel 97-2003 workbook (.xls)")
    # Renamed .xlsx by someone who hoped it would do: the same advice.
    renamed = tmp_path / "delegation.xlsx"
    renamed.write_bytes(old_excel_workbook())
    assert _refusal(renamed)[0] == "import.old_excel"


def test_a_password_protected_workbook_says_what_to_do(tmp_path):
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes(encrypted_workbook())
    code, fr, en = _refusal(path)
    assert code == "import.encrypted"
    assert fr.startswith("inscriptions.xlsx est protégé par un mot de passe")
    assert "Chiffrer avec un mot de passe" in fr
    assert "Encrypt with Password" in en


def test_an_opendocument_spreadsheet_says_to_save_it_as_xlsx_or_csv(tmp_path):
    path = opendocument_spreadsheet(tmp_path / "liste.ods", [HEADER, APOSTOLOVE[1]])
    code, fr, en = _refusal(path)
    assert code == "import.opendocument"
    assert fr.startswith("liste.ods est un classeur OpenDocument (.ods, LibreOffice)")
    assert en.startswith("liste.ods is an OpenDocument spreadsheet (.ods, LibreOffice)")


def test_a_binary_workbook_says_to_save_it_as_xlsx(tmp_path):
    code, fr, _ = _refusal(binary_workbook(tmp_path / "liste.xlsb"))
    assert code == "import.binary_workbook"
    assert fr.startswith("liste.xlsb est un classeur Excel binaire (.xlsb)")


@pytest.mark.parametrize("name", ["export.xls", "export.xlsx"])
def test_a_web_page_named_like_a_workbook_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text(
        "\ufeff<!DOCTYPE html>\n<html><body><table><tr><td>Nom</td><td>Prénom</td></tr>"
        "<tr><td>Côté</td><td>François</td></tr></table></body></html>",
        encoding="utf-8",
    )
    code, fr, en = _refusal(path)
    assert code == "import.web_page"
    assert fr.startswith(f"{name} est en fait une page web ou un fichier XML")
    assert en.startswith(f"{name} is really a web page or an XML file")


def test_a_csv_file_named_xlsx_is_read_as_the_csv_it_is(tmp_path):
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes("Nom;Prénom;Pays\nCôté;François;Canada\n".encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.sheet) == ("cp1252", ";", None)
    assert table.rows[1] == ("Côté", "François", "Canada")


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b";;;\r\n;;;\r\n", b"\n \n"])
@pytest.mark.parametrize("name", ["inscriptions.xlsx", "inscriptions.csv"])
def test_an_empty_file_is_refused(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    code, fr, en = _refusal(path)
    assert code == "import.file_empty"
    assert (fr, en) == (f"Le fichier {name} est vide.", f"The file {name} is empty.")


def test_a_damaged_workbook_is_still_not_a_workbook(tmp_path):
    path = partner_workbook(tmp_path / "inscriptions.xlsx")
    path.write_bytes(path.read_bytes()[:2000])
    code, fr, _ = _refusal(path)
    assert code == "import.not_a_workbook"
    assert fr == "inscriptions.xlsx n'est pas un classeur Excel (.xlsx) lisible."


def test_sheets_of_a_csv_file(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Nom;Prénom\nCôté;François\n", encoding="utf-8")
    assert list_sheets(path) == ()
    assert read_table(path).sheets == ()


def test_rows_of_the_first_sheet_are_kept_as_they_are(tmp_path):
    """Titles and blank lines stay (the header is found below them)."""
    table = read_table(workbook(tmp_path / "a.xlsx", [("Inscriptions", "visible", INSCRIPTIONS)]))
    assert table.rows[0] == ("Inscriptions — 6es Assises",)
    assert not any(table.rows[1])
    assert table.rows[2] == tuple(HEADER)


@pytest.mark.parametrize("name", ["liste.pdf", "liste.xlsx", "liste.csv"])
def test_a_pdf_list_says_to_ask_for_excel_or_csv(tmp_path, name):
    from reportlab.pdfgen import canvas

    path = tmp_path / name
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Nom Prénom Courriel")
    page.save()
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert error.value.code == "import.pdf"
    assert describe(error.value, "fr").startswith(f"{name} est un document PDF")


def test_a_word_document_or_a_picture_says_what_it_is(tmp_path):
    import zipfile

    word = tmp_path / "liste.docx"
    with zipfile.ZipFile(word, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ValidationError) as error:
        read_table(word)
    assert error.value.code == "import.word"
    picture = tmp_path / "liste.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ValidationError) as error:
        read_table(picture)
    assert describe(error.value, "en") == (
        "liste.png is a picture: coopdesk reads Excel (.xlsx) or CSV lists."
    )
