"""Name tents, programmes and lists, read back from the PDF; and the export commands."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pdfplumber
import pytest
from pypdf import PdfReader

from coopdesk import cli
from coopdesk.cli import main
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


NATIVE_ONLY = [
    ("佐藤 健二", "市長", "岸和田市"),
    ("محمد بن سلمان", "أمين", "أمانة منطقة الرياض"),
    ("김민준", "국제협력관", "서울특별시"),
    ("כהן יוסי", "סגן ראש העיר", "עיריית חיפה"),
    ("สมชาย ใจดี", "นายกเทศมนตรี", "เทศบาลนครเชียงใหม่"),
    ("李 小龙", "主任", "成都市人民政府外事办公室"),
]


def _visible(text: str) -> str:
    """What an extractor reads back: right-to-left words in visual order."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return text[::-1]
    return text


def test_name_tents_of_guests_named_only_in_their_script_show_the_name_on_both_sides(db, tmp_path):
    ev = delegation(db, title="Forum")
    for native, function, organisation in NATIVE_ONLY:
        org = organisations.create_organisation(db, name=organisation, kind="foreign_authority")
        guest = person(
            db,
            civility=None,
            first_name="",
            last_name="",
            native_name=native,
            function=function,
            organisation_id=org.id,
        )
        participants.add_participant(db, ev.id, guest.id)
    out = tmp_path / "tents.pdf"
    assert render_tents(db, ev.id, str(out)).pages == len(NATIVE_ONLY)
    with pdfplumber.open(out) as pdf:
        faces = []
        for page in pdf.pages:
            middle = page.height / 2

            def name_on(upright: bool, page=page, middle=middle) -> str:
                big = [
                    c
                    for c in page.chars
                    if c["size"] > 30
                    and (c["top"] > middle) == upright  # the name's size
                    and (c["matrix"][0] > 0) == upright  # the upper face is turned 180°
                ]
                return unicodedata.normalize("NFKC", "".join(c["text"] for c in big))

            text = unicodedata.normalize("NFKC", page.extract_text())
            faces.append((name_on(True), name_on(False), "".join(text.split())))
    for (native, function, _), (hosts, guests, text) in zip(NATIVE_ONLY, faces, strict=True):
        assert hosts == guests == _visible(native), native
        assert "".join(_visible(function).split()) in text  # under the name, hosts' side


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
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("coopdesk.cli.documents",))


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


def test_programme_abroad_names_every_other_zone_and_marks_ends_on_a_later_day(db, tmp_path):
    """The Kendari mission: the flight out is in Paris time, the hop in Jakarta time;
    the header says times are Makassar's."""
    ev = delegation(
        db,
        title="Mission à Kendari",
        kind="delegation_out",
        timezone="Asia/Makassar",
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 10),
    )
    for title, zone, start, end in [
        (
            "Vol Paris → Jakarta",
            "Europe/Paris",
            datetime(2025, 3, 3, 11, 25),
            datetime(2025, 3, 4, 2, 50),
        ),
        (
            "Vol Jakarta → Kendari",
            "Asia/Jakarta",
            datetime(2025, 3, 4, 11, 45),
            datetime(2025, 3, 4, 14, 35),
        ),
        (
            "Réunion officielle",
            "Asia/Makassar",
            datetime(2025, 3, 5, 9),
            datetime(2025, 3, 5, 10, 30),
        ),
        ("Dîner tardif", "Asia/Makassar", datetime(2025, 3, 6, 23), datetime(2025, 3, 7, 1)),
    ]:
        agenda.create_agenda_item(
            db, ev.id, title=title, type="transfer", timezone=zone, starts_at=start, ends_at=end
        )
    out = tmp_path / "programme.pdf"
    render_programme(db, ev.id, str(out))
    with pdfplumber.open(out) as pdf:
        rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
    cells = {row[2].split("\n")[0]: (row[0], row[1]) for row in rows if row[2] and row[0]}
    local, paris = cells["Vol Paris → Jakarta"]
    assert local == "11:25 – 02:50\n(4 mars)\nParis, UTC+01:00"  # not Makassar time: says so
    assert paris == "11:25 – 02:50\n(4 mars)"  # lands the next day, Paris time too
    local, paris = cells["Vol Jakarta → Kendari"]
    assert local == "11:45 – 14:35\nJakarta, UTC+07:00" and paris == "05:45 – 08:35"
    local, paris = cells["Réunion officielle"]
    assert local == "09:00 – 10:30\nUTC+08:00" and paris == "02:00 – 03:30"
    local, paris = cells["Dîner tardif"]  # 23:00–01:00 in Kendari is 16:00–18:00 in Paris
    assert local == "23:00 – 01:00\n(7 mars)\nUTC+08:00" and paris == "16:00 – 18:00"
    assert "Heures locales (Asia/Makassar)" in text_of(out)


def test_rooming_list_takes_the_travel_dates_like_the_excel_export_and_counts_its_rows(
    db, tmp_path
):
    from coopdesk.core.io.export import rooming_list

    ev = delegation(db, title="Forum", start_date=date(2026, 6, 15), end_date=date(2026, 6, 19))
    for n in range(3):  # people with no hotel: not on the rooming list
        participants.add_participant(db, ev.id, person(db, last_name=f"Sans hôtel {n}").id)
    guest = person(db, civility="M.", first_name="", last_name="", native_name="佐藤 健二")
    participants.add_participant(
        db,
        ev.id,
        guest.id,
        hotel="Hôtel de la Monnaie",
        arrival_at=datetime(2026, 6, 15, 20, 45),
        arrival_timezone="Europe/Paris",
        departure_at=datetime(2026, 6, 20, 9, 30),
        departure_timezone="Europe/Paris",
    )
    out = tmp_path / "rooming.pdf"
    report = render_list(db, ev.id, str(out), "rooming")
    assert report.items == 1
    text = text_of(out)
    assert "1 participant\n" in text and "4 participants" not in text
    with pdfplumber.open(out) as pdf:
        [row] = [r for t in pdf.pages[0].extract_tables() for r in t if r[0] and "佐藤" in r[0]]
    assert row[0] == "M. 佐藤 健二"  # the name in its own script, in the name's place
    assert row[2:5] == ["15/06/2026", "20/06/2026", "5"]  # Du, Au, Nuits
    [sheet] = rooming_list(db, ev.id)
    [excel] = sheet.rows
    assert excel[3:6] == (date(2026, 6, 15), date(2026, 6, 20), 5)  # the same rule


def test_lists_count_the_people_they_list(db, mission, tmp_path):
    ev, *_ = mission
    for n in range(5):
        participants.add_participant(db, ev.id, person(db, last_name=f"Resté {n}").id)
    out = tmp_path / "arrivals.pdf"
    assert render_list(db, ev.id, str(out), "arrivals").items == 1  # only Ardouin travels
    assert "1 participant\n" in text_of(out)  # one, singular ("participant(s)" is no French)
    assert render_list(db, ev.id, str(out), "participants").items == 7
    assert "7 participants" in text_of(out)


def test_a_long_name_breaks_after_its_hyphen_in_a_list(db, tmp_path):
    ev = delegation(db, title="Forum")
    wolfgang = person(
        db,
        civility="M.",
        first_name="Wolfgang",
        last_name="Schwarzenbergerhofmannsthal-Lichtensteinerwaldbach",
        native_name=None,
    )
    participants.add_participant(db, ev.id, wolfgang.id)
    out = tmp_path / "participants.pdf"
    render_list(db, ev.id, str(out), "participants")
    lines = text_of(out).split("\n")
    assert any(line.endswith("Schwarzenbergerhofmannsthal-") for line in lines)
    assert any(line.startswith("Lichtensteinerwaldbach") for line in lines)


def test_pdf_exports_refuse_another_suffix_and_add_pdf_to_none(
    db_url, cli_with_documents, tmp_path, capsys
):
    db = open_database(db_url)
    ev = delegation(db)
    participants.add_participant(db, ev.id, person(db).id)
    db.dispose()
    args = ["--database", db_url, "export"]
    for kind in (["badges"], ["tents"], ["programme"], ["list", "--kind", "rooming"]):
        wrong = tmp_path / "b.xlsx"
        assert main([*args, *kind, "--event", "Apostolove", "-o", str(wrong)]) == 2
        err = capsys.readouterr().err
        assert f"« {wrong} » ne se termine pas par .pdf" in err and str(tmp_path / "b.pdf") in err
        assert not wrong.exists()
    bare = tmp_path / "badges"
    assert main([*args, "badges", "--event", "Apostolove", "-o", str(bare)]) == 0
    assert f"{bare}.pdf écrit" in capsys.readouterr().out
    assert PdfReader(f"{bare}.pdf").pages and not bare.exists()
    upper = tmp_path / "TENTS.PDF"
    assert main([*args, "tents", "--event", "Apostolove", "-o", str(upper)]) == 0
    assert upper.exists()


def test_a_refused_export_leaves_the_file_already_there(db_url, cli_with_documents, tmp_path):
    db = open_database(db_url)
    delegation(db)  # nobody to print
    db.dispose()
    (tmp_path / "print").mkdir()
    out = tmp_path / "print" / "badges.pdf"
    out.write_bytes(b"last week's badges")
    args = ["--database", db_url, "export", "badges", "--event", "Apostolove", "-o", str(out)]
    assert main(args) == 2
    assert out.read_bytes() == b"last week's badges"
    assert [p.name for p in out.parent.iterdir()] == ["badges.pdf"]  # no temporary file left


def test_a_guest_named_only_in_their_script_has_a_full_size_name_on_the_badge(db, tmp_path):
    from coopdesk.core.documents.badges import render_badges

    ev = delegation(db, title="Forum")
    for first, last, native in (("Marie", "DUPONT", None), ("", "", "佐藤 健二")):
        guest = person(db, first_name=first, last_name=last, native_name=native, function="市長")
        participants.add_participant(db, ev.id, guest.id)
    out = tmp_path / "badges.pdf"
    render_badges(db, ev.id, str(out), layout="a6", qr=False)
    sizes = {}
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            text = unicodedata.normalize("NFKC", "".join(c["text"] for c in page.chars))
            name = "DUPONT" if "DUPONT" in text else "佐藤"
            sizes[name] = max(c["size"] for c in page.chars if c["text"] in name)
            function = max(c["size"] for c in page.chars if c["text"] in "市長")
            assert sizes[name] > 1.5 * function
    assert sizes["佐藤"] >= 0.8 * sizes["DUPONT"]
