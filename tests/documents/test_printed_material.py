"""Name tents, programmes and lists, read back from the PDF; and the export commands."""

from __future__ import annotations

from datetime import datetime

import pdfplumber
import pytest
from pypdf import PdfReader

from coopdesk import cli
from coopdesk.core.db import open_database
from coopdesk.core.documents.lists import render_list
from coopdesk.core.documents.programme import render_programme
from coopdesk.core.documents.tents import render_tents
from coopdesk.core.errors import ValidationError
from coopdesk.core.services import agenda, organisations, participants, people, venues
from tests.documents.pdfcheck import assert_all_fonts_embedded, text_of
from tests.factories import delegation, person


@pytest.fixture
def mission(db):
    """A mission to Kendari (UTC+8) with two travellers, a hotel and a workshop."""
    organisations.set_authority(db, {"name": "Communauté d'agglomération de La Rochelle"})
    ev = delegation(db, title="Mission à Kendari", kind="delegation_out", timezone="Asia/Makassar")
    mayor = person(
        db,
        first_name="Étienne",
        last_name="Ardouin",
        native_name=None,
        form_of_address="Monsieur le Président",
    )
    guest = person(db, first_name="Kenji", last_name="Sato", native_name="佐藤 健二")
    a = participants.add_participant(
        db,
        ev.id,
        mayor.id,
        role="head_of_delegation",
        category="elected",
        hotel="Hotel Zahra",
        room="101",
        arrival_at=datetime(2023, 7, 2, 11, 35),
        arrival_timezone="Asia/Makassar",
        arrival_transport="plane",
        arrival_number="GA 602",
    )
    b = participants.add_participant(db, ev.id, guest.id, hotel="Hotel Zahra", room="102")
    hall = venues.create_venue(
        db,
        name="Balai Kota Kendari",
        address="Jl. Drs. H. Abdullah Silondae",
        city="Kendari",
        timezone="Asia/Makassar",
    )
    item = agenda.create_agenda_item(
        db,
        ev.id,
        title="Atelier eau potable",
        type="workshop",
        starts_at=datetime(2023, 7, 3, 9, 0),
        ends_at=datetime(2023, 7, 3, 10, 30),
        venue_id=hall.id,
        attendee_ids=[b.id],
    )
    return ev, a, b, item


def test_name_tents_show_the_native_form_on_the_guests_side(db, mission, tmp_path):
    ev, _a, _b, _ = mission
    out = tmp_path / "tents.pdf"
    report = render_tents(db, ev.id, str(out))
    assert report.pages == 2
    with pdfplumber.open(out) as pdf:
        first, second = (page.extract_text() for page in pdf.pages)
        assert "Monsieur le Président" in first and "Étienne Ardouin" in first
        chars = pdf.pages[1].chars
        native = [c for c in chars if c["text"] in "佐藤健二"]
        assert native and all(c["top"] < pdf.pages[1].height / 2 for c in native)
        assert all(not c["upright"] or c["matrix"][0] < 0 for c in native)  # turned 180°
    assert "Kenji Sato" in second
    assert_all_fonts_embedded(out)


def test_programme_abroad_gives_paris_time_beside_local_time(db, mission, tmp_path):
    ev, *_ = mission
    out = tmp_path / "programme.pdf"
    render_programme(db, ev.id, str(out), language="en")
    text = text_of(out)
    assert "Monday 3 July 2023" in text.replace("\n", " ")
    assert "09:00 – 10:30" in text and "03:00 – 04:30" in text  # Makassar UTC+8, Paris UTC+2
    assert "Paris time" in text and "Balai Kota Kendari" in text
    assert "page 1 / 1" in text and "Printed on" in text
    assert "Communauté d'agglomération de La Rochelle" in text


def test_personal_programme_keeps_only_the_participants_items(db, mission, tmp_path):
    ev, a, b, _ = mission
    render_programme(db, ev.id, str(tmp_path / "a.pdf"), participation_id=a.id)
    render_programme(db, ev.id, str(tmp_path / "b.pdf"), participation_id=b.id)
    assert "Atelier eau potable" not in text_of(tmp_path / "a.pdf")
    assert "Atelier eau potable" in text_of(tmp_path / "b.pdf")
    assert "Programme personnel — Kenji Sato" in text_of(tmp_path / "b.pdf")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("participants", ["Liste des participants", "Mme Kenji Sato", "佐藤 健二"]),
        ("by-organisation", ["Participants par organisation"]),
        ("by-category", ["Élu (1)", "Invité (1)"]),
        (
            "arrivals",
            ["Arrivées et départs", "Arrivées — dimanche 2 juillet 2023", "11:35", "Avion GA 602"],
        ),
        ("rooming", ["Liste d'hébergement", "Hotel Zahra (2)", "101", "102"]),
    ],
)
def test_lists(db, mission, tmp_path, kind, expected):
    ev, *_ = mission
    out = tmp_path / f"{kind}.pdf"
    render_list(db, ev.id, str(out), kind)
    text = text_of(out)
    for snippet in expected:
        assert snippet in text
    assert "page 1 / 1" in text
    assert_all_fonts_embedded(out)


def test_sign_in_sheet_lists_the_items_attendees(db, mission, tmp_path):
    ev, _a, _b, item = mission
    out = tmp_path / "sign.pdf"
    render_list(db, ev.id, str(out), "sign-in", item_id=item.id)
    text = text_of(out)
    assert "Atelier eau potable" in text and "Kenji Sato" in text and "Ardouin" not in text
    assert "Signature" in text
    with pytest.raises(ValidationError):
        render_list(db, ev.id, str(out), "sign-in")


def test_a_long_list_has_numbered_pages(db, tmp_path):
    ev = delegation(db)
    for i in range(120):
        p = people.create_person(
            db, first_name="Anna", last_name=f"Ivanova {i}", native_name=f"Анна Иванова {i}"
        )
        participants.add_participant(db, ev.id, p.id)
    out = tmp_path / "long.pdf"
    report = render_list(db, ev.id, str(out), "participants")
    pages = len(PdfReader(out).pages)
    assert report.pages == pages > 1
    assert f"page {pages} / {pages}" in text_of(out)


@pytest.fixture
def cli_with_documents(monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("coopdesk.cli_documents",))


def test_export_commands(db_url, cli_with_documents, tmp_path, capsys):
    db = open_database(db_url)
    ev = delegation(db)
    p = person(db, native_name="Олена 𓀀")
    participants.add_participant(db, ev.id, p.id)
    db.dispose()
    out = tmp_path / "badges.pdf"
    code = cli.main(
        [
            "--database",
            db_url,
            "export",
            "badges",
            "--event",
            "Apostolove",
            "--layout",
            "avery-l4785",
            "--cut-marks",
            "--back",
            "-o",
            str(out),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert len(PdfReader(out).pages) == 2
    assert "U+13000" in captured.err
    for args in (["tents"], ["programme", "--lang", "en"], ["list", "--kind", "rooming"]):
        code = cli.main(
            [
                "--database",
                db_url,
                "export",
                *args,
                "--event",
                "Apostolove",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        assert code == 0, capsys.readouterr().err
    code = cli.main(
        [
            "--database",
            db_url,
            "export",
            "badges",
            "--event",
            "Apostolove",
            "--layout",
            "nope",
            "-o",
            str(out),
        ]
    )
    assert code == 2
    assert "nope" in capsys.readouterr().err
