"""Lists partners write by hand in their own language: a Japanese city's list with
its headers in Japanese, a Ukrainian one in Ukrainian; checked person by person."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.services import participants
from tests.factories import delegation


@pytest.fixture
def event(db):
    return delegation(db, start_date=date(2023, 7, 2), end_date=date(2023, 7, 4))


def _book(path: Path, title: str, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_japanese_list_with_japanese_headers(db, event, tmp_path):
    path = _book(
        tmp_path / "岸和田市訪問団.xlsx",
        "参加者",
        [
            ["氏名", "ローマ字氏名", "所属", "役職", "メールアドレス", "到着日"],
            [
                "山田 太郎",
                "YAMADA Taro",
                "岸和田市",
                "市長",
                "Yamada Taro <t.yamada@city.kishiwada.osaka.jp>",
                datetime(2023, 7, 2),
            ],
            [
                "鈴木\u3000花子",
                "SUZUKI Hanako",
                "岸和田市",
                "国際交流課長",
                "mailto:h.suzuki@city.kishiwada.osaka.jp",
                "2023/07/03",
            ],
        ],
    )
    preview = preview_import(db, event.id, read_table(path))
    assert preview.issues == ()
    # The city is the organisation of both, not the name of one person.
    assert preview.mapping.fields == (
        "native_name",
        "full_name",
        "organisation",
        "function",
        "email",
        "arrival_date",
    )
    apply_import(db, preview, accept_warnings=True)
    found = {p.native_name: p for p in participants.list_participants(db, event.id)}
    assert set(found) == {"山田 太郎", "鈴木 花子"}
    yamada, suzuki = found["山田 太郎"], found["鈴木 花子"]
    assert (yamada.last_name, yamada.first_name) == ("YAMADA", "Taro")
    assert (suzuki.last_name, suzuki.first_name) == ("SUZUKI", "Hanako")
    assert yamada.email == "t.yamada@city.kishiwada.osaka.jp"
    assert suzuki.email == "h.suzuki@city.kishiwada.osaka.jp"
    assert (yamada.function, suzuki.function) == ("市長", "国際交流課長")
    assert yamada.organisation == suzuki.organisation == "岸和田市"


def test_a_ukrainian_list_with_ukrainian_headers(db, event, tmp_path):
    path = _book(
        tmp_path / "делегація.xlsx",
        "Делегація",
        [
            ["Прізвище", "Ім'я", "Посада", "Організація", "Електронна пошта", "Примітки"],
            ["Коваленко", "Олена", "Міський голова", "Апостолівська міська рада", "o@a.ua", ""],
            ["Петренко", "Микола", "Секретар", "Апостолівська міська рада", "m@a.ua", "пізніше"],
        ],
    )
    preview = preview_import(db, event.id, read_table(path))
    apply_import(db, preview, accept_warnings=True)
    found = {p.last_name: p for p in participants.list_participants(db, event.id)}
    assert found["Коваленко"].first_name == "Олена"
    assert found["Коваленко"].function == "Міський голова"
    assert found["Петренко"].email == "m@a.ua"
    assert found["Петренко"].notes == "пізніше"
    assert found["Петренко"].organisation == "Апостолівська міська рада"


def test_a_namesake_already_registered_for_the_event_is_pointed_out(db, event, tmp_path):
    from coopdesk.core.io.sanity import RowWarning

    first = _book(
        tmp_path / "form.xlsx",
        "Form",
        [["Nom", "Prénom", "Organisation"], ["Ivanova", "Olena", "City of Apostolove"]],
    )
    apply_import(db, preview_import(db, event.id, read_table(first)))
    # The same guest in the partner association's list, under its name, no e-mail.
    second = _book(
        tmp_path / "asso.xlsx",
        "Asso",
        [
            ["Nom", "Prénom", "Organisation"],
            ["Ivanova", "Olena", "Asso Amitié"],
            ["Petrenko", "Mykola", "Asso Amitié"],
        ],
    )
    preview = preview_import(db, event.id, read_table(second))
    warnings = [w for w in preview.warnings if w.code == "import.warn.namesake_in_event"]
    assert [w.lines for w in warnings] == [(2,)]
    assert isinstance(warnings[0], RowWarning)
    assert warnings[0].describe("fr") == (
        "Ligne 2 : Une personne nommée Olena Ivanova figure déjà parmi les participants de "
        "l'événement (City of Apostolove) : cette ligne en créera une autre ; vérifiez qu'il "
        "ne s'agit pas de la même."
    )
