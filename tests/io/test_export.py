"""Lists sent out as .xlsx and CSV, read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
import errno
from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.core.db import open_database
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.export import export_list
from coopdesk.core.io.preview import Action, preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.messages import describe
from coopdesk.core.services import events, organisations, participants, people
from tests.factories import delegation, partner, person


@pytest.fixture
def apostolove(db):
    """The Apostolove delegation: the chair, a deputy, an interpreter, a declined guest."""
    council = partner(db)
    event = delegation(db, partner_id=council.id)
    poitiers = organisations.create_organisation(
        db, name="Ville de Poitiers", kind="french_authority", country="FR"
    )
    stay = {
        "hotel": "Hôtel de la Gare",
        "arrival_at": datetime(2023, 7, 2, 10, 35),
        "arrival_transport": "plane",
        "arrival_number": "LH1234",
        "arrival_place": "Aéroport de Poitiers",
        "departure_at": datetime(2023, 7, 4, 17, 10),
        "departure_number": "LH1235",
    }
    deputy = person(
        db,
        first_name="Petro",
        last_name="Antonenko",
        native_name="Петро Антоненко",
        function="Deputy chair",
        organisation_id=council.id,
        email="p.antonenko@apostolove.ua",
        phone="+380 67 000 00 00",
        languages="uk,en",
    )
    participants.add_participant(
        db, event.id, deputy.id, role="elected", category="delegate", room="14", **stay
    )
    chair = person(db, organisation_id=council.id, email="chair@apostolove.ua")
    participants.add_participant(
        db,
        event.id,
        chair.id,
        role="head_of_delegation",
        category="delegate",
        status="confirmed",
        room="12",
        check_in="2023-07-01",
        check_out="2023-07-04",
        notes="Vue sur le parc",
        **stay | {"arrival_at": datetime(2023, 7, 1, 21, 0)},
    )
    interpreter = person(
        db,
        civility="M.",
        first_name="Kenji",
        last_name="Sato",
        native_name="佐藤 健二",
        function="Interprète",
        organisation_id=poitiers.id,
    )
    participants.add_participant(
        db, event.id, interpreter.id, role="interpreter", hotel="Ibis Centre", room="3"
    )
    guest = person(db, first_name="Anna", last_name="Zorina", native_name=None)
    participants.add_participant(db, event.id, guest.id, status="declined", hotel="Ibis Centre")
    return event


def _sheet(path):
    book = load_workbook(path)
    return book, book.worksheets[0]


def test_the_participant_list_is_a_real_spreadsheet_in_protocol_order(db, apostolove, tmp_path):
    path = export_list(db, apostolove.id, "participants", tmp_path / "liste.xlsx")
    book, ws = _sheet(path)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:AA5"
    assert ws["A1"].value == "N°" and ws["A1"].font.b
    headers = [c.value for c in ws[1]]
    assert headers[1:5] == ["Civilité", "Nom", "Prénom", "Nom en écriture d'origine"]
    names = [row[2] for row in ws.iter_rows(min_row=2, values_only=True)]
    expected = [p.last_name for p in participants.list_participants(db, apostolove.id)]
    assert names == expected == ["Kovalenko", "Antonenko", "Zorina", "Sato"]
    arrival = ws.cell(row=2, column=headers.index("Arrivée") + 1)
    assert arrival.is_date and arrival.value == datetime(2023, 7, 1, 21, 0)  # local time
    assert ws.cell(row=2, column=headers.index("Arrivée à l'hôtel") + 1).value == datetime(
        2023, 7, 1
    )
    row3 = [c.value for c in ws[3]]
    assert row3[headers.index("Nom en écriture d'origine")] == "Петро Антоненко"
    assert row3[headers.index("Pays")] == "Ukraine"
    assert row3[headers.index("Rôle")] == "Élu"
    assert row3[headers.index("Langues")] == "uk, en"
    assert [c.value for c in ws[5]][4] == "佐藤 健二"
    assert ws.column_dimensions["E"].width >= 16  # the Cyrillic native names fit
    assert all(ws.column_dimensions[c].width > 0 for c in "ABCDEFG")
    book.close()


def test_headers_follow_the_document_language(db, apostolove, tmp_path):
    path = export_list(db, apostolove.id, "participants", tmp_path / "list.xlsx", "en")
    book, ws = _sheet(path)
    assert [c.value for c in ws[1]][:4] == ["No.", "Civility", "Last name", "First name"]
    assert [c.value for c in ws[2]][12] == "Head of delegation"
    book.close()
    with pytest.raises(ValidationError):
        export_list(db, apostolove.id, "participants", tmp_path / "list.xlsx", "de")
    with pytest.raises(ValidationError):
        export_list(db, apostolove.id, "participants", tmp_path / "list.pdf")
    with pytest.raises(ValidationError):
        export_list(db, apostolove.id, "badges", tmp_path / "list.xlsx")


def test_arrivals_and_departures_by_day_in_local_time(db, apostolove, tmp_path):
    path = export_list(db, apostolove.id, "arrivals", tmp_path / "arrivees.xlsx")
    book, ws = _sheet(path)
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (datetime(2023, 7, 1), time(21, 0), "Arrivée", "Kovalenko"),
        (datetime(2023, 7, 2), time(10, 35), "Arrivée", "Antonenko"),
        # At the same time, in protocol order.
        (datetime(2023, 7, 4), time(17, 10), "Départ", "Kovalenko"),
        (datetime(2023, 7, 4), time(17, 10), "Départ", "Antonenko"),
    ]
    assert rows[0][7:10] == ("Avion", "LH1234", "Aéroport de Poitiers")
    assert ws.freeze_panes == "A2"
    book.close()


def test_a_mission_abroad_lists_times_at_the_destination(db, tmp_path):
    event = delegation(
        db,
        title="Mission eau à Kendari",
        kind="delegation_out",
        timezone="Asia/Makassar",
        start_date="2025-03-03",
        end_date="2025-03-10",
    )
    engineer = person(db, first_name="Luc", last_name="Bernard", native_name=None)
    participants.add_participant(
        db, event.id, engineer.id, arrival_at=datetime(2025, 3, 3, 6, 40), hotel="Swiss-Belhotel"
    )
    book, ws = _sheet(export_list(db, event.id, "arrivals", tmp_path / "kendari.xlsx"))
    assert next(ws.iter_rows(min_row=2, values_only=True))[:2] == (
        datetime(2025, 3, 3),
        time(6, 40),
    )
    book.close()


def test_the_rooming_list_has_one_sheet_per_hotel_with_nights(db, apostolove, tmp_path):
    path = export_list(db, apostolove.id, "rooming", tmp_path / "rooming.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Hôtel de la Gare", "Ibis Centre"]
    gare = book["Hôtel de la Gare"]
    assert [c.value for c in gare[1]] == [
        "Hôtel",  # the hotel's whole name, the sheet's may be cut
        "Civilité",
        "Nom",
        "Nom en écriture d'origine",
        "Arrivée",
        "Départ",
        "Nuits",
        "Chambre",
        "Remarques",
    ]
    rows = list(gare.iter_rows(min_row=2, values_only=True))
    assert rows == [
        (
            "Hôtel de la Gare",
            "Mme",
            "ANTONENKO Petro",
            "Петро Антоненко",
            datetime(2023, 7, 2),
            datetime(2023, 7, 4),
            2,
            "14",
            None,
        ),
        (
            "Hôtel de la Gare",
            "Mme",
            "KOVALENKO Olena",
            "Олена Коваленко",
            datetime(2023, 7, 1),
            datetime(2023, 7, 4),
            3,
            "12",
            "Vue sur le parc",
        ),
    ]
    assert gare.freeze_panes == "A2" and gare.auto_filter.ref == "A1:I3"
    ibis = list(book["Ibis Centre"].iter_rows(min_row=2, values_only=True))
    assert [r[2] for r in ibis] == ["SATO Kenji"]  # the declined guest is not there
    book.close()


def test_the_list_by_organisation(db, apostolove, tmp_path):
    book, ws = _sheet(export_list(db, apostolove.id, "organisations", tmp_path / "orgs.xlsx"))
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[3]) for r in rows] == [
        ("Ville de Poitiers", "Sato"),
        ("Рада громади Апостолового", "Kovalenko"),
        ("Рада громади Апостолового", "Antonenko"),
        ("Sans organisation", "Zorina"),
    ]
    book.close()


def test_csv_for_french_excel(db, apostolove, tmp_path):
    path = export_list(db, apostolove.id, "rooming", tmp_path / "rooming.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Hôtel", "Civilité", "Nom"]
    assert rows[1] == [
        "Hôtel de la Gare",
        "Mme",
        "ANTONENKO Petro",
        "Петро Антоненко",
        "02/07/2023",
        "04/07/2023",
        "2",
        "14",
        "",
    ]
    arrivals = export_list(db, apostolove.id, "arrivals", tmp_path / "a.csv")
    first = arrivals.read_text(encoding="utf-8-sig").splitlines()[1]
    assert first.startswith("01/07/2023;21:00;Arrivée;Kovalenko;")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_back_the_same_participants(db, apostolove, tmp_path, suffix):
    path = export_list(db, apostolove.id, "participants", tmp_path / f"liste{suffix}")
    fresh = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        copy = delegation(fresh)
        preview = preview_import(fresh, copy.id, read_table(path))
        assert preview.accepted, [i.describe() for i in preview.issues]
        assert {row.action for row in preview.rows} == {Action.NEW_PERSON}
        apply_import(fresh, preview)
        before = participants.list_participants(db, apostolove.id)
        after = participants.list_participants(fresh, copy.id)
        skip = {"id", "uid", "event_id", "person_id", "version"}
        assert [{k: v for k, v in p._asdict().items() if k not in skip} for p in after] == [
            {k: v for k, v in p._asdict().items() if k not in skip} for p in before
        ]
        contacts = {(p.last_name, p.phone, p.languages) for p in people.list_people(fresh)}
        assert ("Antonenko", "+380 67 000 00 00", ("uk", "en")) in contacts
        org = {o.name: o for o in organisations.list_organisations(fresh)}
        assert org["Рада громади Апостолового"].country == "UA"
    finally:
        fresh.dispose()

    # Into the same database, everyone is recognised: nothing is duplicated.
    again = delegation(
        db, title="Retour à Apostolove", start_date="2024-07-02", end_date="2024-07-04"
    )
    preview = preview_import(db, again.id, read_table(path))
    assert {row.action for row in preview.rows} == {Action.EXISTING_PERSON}
    assert events.get_event(db, again.id).participant_count == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_text_that_looks_like_a_formula_stays_text(db, tmp_path, suffix):
    event = delegation(db)
    guest = person(db, last_name="Formule", function="=2+3", phone="+33 6 12 34 56 78")
    participants.add_participant(db, event.id, guest.id)
    path = export_list(db, event.id, "participants", tmp_path / f"liste{suffix}")
    if suffix == ".xlsx":
        sheet = load_workbook(path).worksheets[0]
        cells = {c.value: c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
        assert cells["=2+3"] == "s" and cells["+33 6 12 34 56 78"] == "s"
    else:
        text = path.read_text(encoding="utf-8-sig")
        assert ";'=2+3;" in text and ";'+33 6 12 34 56 78;" in text
    other = delegation(db, title="Retour", start_date="2024-07-02", end_date="2024-07-04")
    preview = preview_import(db, other.id, read_table(path))
    [row] = preview.rows
    assert row.person_id == guest.id  # recognised, with the same values
    assert row.person["function"] == "=2+3" and row.person["phone"] == "+33 6 12 34 56 78"


def test_a_list_that_cannot_be_written_says_why_in_french(db, apostolove, tmp_path, monkeypatch):
    folder = tmp_path / "listes"
    folder.mkdir()
    target = folder / "liste.xlsx"
    target.write_bytes(b"the list of yesterday")

    def disk_full(self, filename):
        Path(filename).write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", disk_full)
    with pytest.raises(ValidationError) as error:
        export_list(db, apostolove.id, "participants", target)
    assert "le disque est plein" in describe(error.value, "fr")
    assert target.read_bytes() == b"the list of yesterday"  # untouched, nothing left
    assert [p.name for p in folder.iterdir()] == ["liste.xlsx"]
    monkeypatch.undo()

    (folder / "dossier.csv").mkdir()
    with pytest.raises(ValidationError) as error:
        export_list(db, apostolove.id, "participants", folder / "dossier.csv")
    assert "c'est un dossier, pas un fichier" in describe(error.value, "fr")
    with pytest.raises(ValidationError) as error:
        export_list(db, apostolove.id, "participants", tmp_path / "missing" / "liste.csv")
    assert "fichier ou dossier introuvable" in describe(error.value, "fr")


def test_export_errors_are_sentences_in_a_fresh_process(tmp_path):
    import subprocess
    import sys

    code = (
        "from coopdesk.core.io.workbook import write_document\n"
        "from coopdesk.core.errors import ValidationError\n"
        "from coopdesk.core.messages import describe\n"
        "from pathlib import Path\n"
        "try:\n"
        "    write_document([], Path('p.pdf'))\n"
        "except ValidationError as exc:\n"
        "    print(describe(exc, 'fr'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "export.unknown_format" not in done.stdout
    assert "p.pdf" in done.stdout
