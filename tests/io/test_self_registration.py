"""A form where each guest registers themselves: the form tool's collected e-mail is
the guest's own, and must not be lost; a colleague registering several guests, or a
respondent who is not the guest, keeps theirs out of the guests' records."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.headers import reason_text
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.services import participants
from tests.factories import delegation


@pytest.fixture
def event(db):
    return delegation(db, start_date=date(2023, 7, 2), end_date=date(2023, 7, 4))


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_google_form_each_guest_filled_in_keeps_their_e_mail(db, event, tmp_path):
    path = _csv(
        tmp_path / "Inscriptions (réponses).csv",
        [
            ["Timestamp", "Email Address", "Full name", "Organization", "Arrival date"],
            ["6/10/2023 14:02", "olena@apostolove.ua", "Olena Ivanova", "Apostolove", "7/2/2023"],
            ["6/11/2023 9:15:40", "kenji.sato@kishiwada.jp", "Kenji Sato", "Kishiwada", "7/3/2023"],
            ["6/12/2023 18:20:03", "lh@campeche.gob.mx", "Luis Hernández", "Campeche", "7/2/2023"],
        ],
    )
    preview = preview_import(db, event.id, read_table(path))
    column = preview.mapping.headers.index("Email Address")
    assert preview.mapping.fields[column] == "email"
    # The preview says where the e-mail comes from, and why.
    assert "chacun s'est inscrit lui-même" in reason_text(preview.mapping.reason(column), "fr")
    apply_import(db, preview)
    found = {p.last_name: p.email for p in participants.list_participants(db, event.id)}
    assert found == {
        "Ivanova": "olena@apostolove.ua",
        "Sato": "kenji.sato@kishiwada.jp",
        "Hernández": "lh@campeche.gob.mx",
    }


def test_a_colleague_registering_several_guests_gives_them_no_e_mail(db, event, tmp_path):
    path = _csv(
        tmp_path / "Formulaire.csv",
        [
            ["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Fonction"],
            ["10/06/2023 14:02:11", "secretariat@mairie.fr", "Кравченко", "Анна", "Maire"],
            ["11/06/2023 09:15:40", "secretariat@mairie.fr", "Шевченко", "Тарас", "Député"],
        ],
    )
    preview = preview_import(db, event.id, read_table(path))
    assert "email" not in preview.mapping.fields
    apply_import(db, preview)
    assert {p.email for p in participants.list_participants(db, event.id)} == {None}


def test_a_microsoft_form_filled_in_by_an_assistant_keeps_the_assistant_s_e_mail_out(
    db, event, tmp_path
):
    book = openpyxl.Workbook()
    sheet = book.active
    form = ["ID", "Start time", "Completion time", "Email", "Name"]
    sheet.append([*form, "Last name", "First name"])
    when = datetime(2023, 6, 10, 9)
    sheet.append([1, when, when, "s.bernard@ville.fr", "Sophie Bernard", "Nakamura", "Haruki"])
    sheet.append([2, when, when, "p.durand@ville.fr", "Paul Durand", "Al-Fassi", "Omar"])
    # A guest who filled in the form himself: still not enough, the others did not.
    sheet.append([3, when, when, "kenji@kishiwada.jp", "Kenji Sato", "Sato", "Kenji"])
    path = tmp_path / "Form1.xlsx"
    book.save(path)
    preview = preview_import(db, event.id, read_table(path))
    assert "email" not in preview.mapping.fields


def test_a_microsoft_form_each_guest_filled_in_keeps_their_e_mail(db, event, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    form = ["ID", "Start time", "Completion time", "Email", "Name"]
    sheet.append([*form, "First name", "Last name"])
    when = datetime(2023, 6, 10, 9)
    sheet.append([1, when, when, "haruki@kishiwada.jp", "NAKAMURA Haruki", "Haruki", "Nakamura"])
    sheet.append([2, when, when, "omar@rabat.ma", "Omar Al-Fassi", "Omar", "Al-Fassi"])
    path = tmp_path / "Form1.xlsx"
    book.save(path)
    preview = preview_import(db, event.id, read_table(path))
    apply_import(db, preview)
    found = {p.last_name: p.email for p in participants.list_participants(db, event.id)}
    assert found == {"Nakamura": "haruki@kishiwada.jp", "Al-Fassi": "omar@rabat.ma"}


def test_a_list_s_remarks_stay_with_the_registration_not_the_directory(db, event, tmp_path):
    from coopdesk.core.services import people

    path = _csv(
        tmp_path / "delegation.csv",
        [
            ["Nom", "Prénom", "Remarques"],
            ["Ivanenko", "Olena", "arrive plus tard, par le train de 18 h"],
        ],
    )
    apply_import(db, preview_import(db, event.id, read_table(path)))
    (guest,) = participants.list_participants(db, event.id)
    assert guest.notes == "arrive plus tard, par le train de 18 h"
    # The directory record keeps nothing of this visit's remarks.
    assert people.get_person(db, guest.person_id).notes in (None, "")
