"""Badges read back from the PDF: every name in its script, inside its badge."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from coopdesk.core.documents import layouts
from coopdesk.core.documents.badges import render_badges
from coopdesk.core.errors import NotFoundError, ValidationError
from coopdesk.core.services import organisations, participants
from tests.documents.pdfcheck import assert_all_fonts_embedded, png, text_of, zbar
from tests.factories import delegation, person

NAMES = [
    ("Olena", "Kovalenko", "Олена Коваленко", "UA"),
    ("Eleni", "Papadopoulou", "Ελένη Παπαδοπούλου", "GR"),
    ("Kenji", "Sato", "佐藤 健二", "JP"),
    ("Xiaoming", "Wang", "王小明", "CN"),
    ("Minjun", "Kim", "김민준", "KR"),
    ("Noa", "Cohen", "נועה", "IL"),
    ("Karim", "Haddad", "كريم", "MA"),
    ("Sokha", "Chan", "សុខា", "KH"),
    ("Abebe", "Bekele", "አበበ በቀለ", "ET"),
    ("Nino", "Beridze", "ნინო ბერიძე", "GE"),
    ("Anahit", "Sargsyan", "Անահիտ Սարգսյան", "AM"),
]


@pytest.fixture
def event(db):
    organisations.set_authority(db, {"name": "Communauté d'agglomération de La Rochelle"})
    ev = delegation(db)
    ids = []
    for i in range(23):
        first, last, native, country = NAMES[i % len(NAMES)]
        org = organisations.create_organisation(
            db, name=f"Ville {i}", kind="foreign_authority", country=country
        )
        p = person(
            db,
            first_name=first,
            last_name=f"{last}{i}",
            native_name=native,
            organisation_id=org.id,
            function="Chargée de mission coopération",
        )
        ids.append(participants.add_participant(db, ev.id, p.id, category="delegate").id)
    return ev, ids


def _visible(name: str) -> str:
    """What an extractor gives back: right-to-left words come out in visual order."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in name):
        return name[::-1]
    return name


def test_every_name_is_printed_in_its_script_with_embedded_fonts(db, event, tmp_path):
    ev, _ = event
    out = tmp_path / "badges.pdf"
    report = render_badges(db, ev.id, str(out), layout="avery-l4785")
    assert (report.pages, report.items, report.warnings) == (3, 23, ())
    text = unicodedata.normalize("NFKC", text_of(out))
    for first, last, native, _ in NAMES:
        assert first in text and last in text
        for word in native.split():
            if "\u1780" <= word[0] <= "\u17ff":
                # Khmer ligature glyphs have no code point: reportlab maps them to private
                # use, so only the first cluster reads back (the print itself is right).
                word = word[:2]
            assert _visible(word) in text, word
    assert "Chargée de mission coopération" in text
    assert "page 1 / 3" in text
    assert_all_fonts_embedded(out)


def test_pages_match_the_layout(db, event, tmp_path):
    ev, _ids = event
    for name, per_page in [
        ("avery-l4785", 10),
        ("cards-85x54-10", 10),
        ("inserts-90x54-8", 8),
        ("a6", 1),
        ("cr80", 1),
    ]:
        layout = layouts.get_layout(name)
        out = tmp_path / f"{name}.pdf"
        report = render_badges(db, ev.id, str(out), layout=name, back=True, cut_marks=True)
        reader = PdfReader(out)
        sheets = -(-23 // per_page)
        assert report.pages == len(reader.pages) == 2 * sheets
        box = reader.pages[0].mediabox
        assert float(box.width) == pytest.approx(layout.page_width * mm, abs=0.1)
        assert float(box.height) == pytest.approx(layout.page_height * mm, abs=0.1)


@pytest.mark.heavy
def test_every_character_lies_inside_its_badge(db, event, tmp_path):
    ev, _ = event
    for name in ("avery-l4785", "cards-85x54-10", "cr80", "a6"):
        layout = layouts.get_layout(name)
        out = tmp_path / f"{name}.pdf"
        render_badges(db, ev.id, str(out), layout=name, back=True)
        with pdfplumber.open(out) as pdf:
            for number, page in enumerate(pdf.pages):
                boxes = [
                    (
                        x,
                        page.height - y - layout.badge_height * mm,
                        x + layout.badge_width * mm,
                        page.height - y,
                    )
                    for x, y in layout.slots(back=number % 2 == 1)
                ]
                footer_top = page.height - layout.bottom_margin() * mm
                for char in page.chars:
                    inside = any(
                        x0 - 0.5 <= char["x0"]
                        and char["x1"] <= x1 + 0.5
                        and top - 0.5 <= char["top"]
                        and char["bottom"] <= bottom + 0.5
                        for x0, top, x1, bottom in boxes
                    )
                    assert inside or char["top"] >= footer_top, (
                        name,
                        char["text"],
                        char["x0"],
                        char["top"],
                    )


def test_back_side_mirrors_the_badges_for_duplex():
    layout = layouts.get_layout("avery-l4785")
    front, back = layout.slots(), layout.slots(back=True)
    width = layout.page_width * mm
    for (fx, fy), (bx, by) in zip(front, back, strict=True):
        assert fy == by
        assert bx == pytest.approx(width - fx - layout.badge_width * mm)


def test_qr_codes_hold_only_the_uid_and_scan(db, event, tmp_path):
    ev, ids = event
    out = tmp_path / "one.pdf"
    render_badges(db, ev.id, str(out), layout="avery-l4785", participation_ids=ids[:10])
    image = png(out, tmp_path / "page.png", dpi=200, gray=True)
    uids = {participants.get_participant(db, i).uid for i in ids[:10]}
    assert zbar(image) == uids


def test_a_selection_and_a_single_reprint(db, event, tmp_path):
    ev, ids = event
    report = render_badges(
        db, ev.id, str(tmp_path / "x.pdf"), layout="a6", participation_ids=[ids[4]], qr=False
    )
    assert report.pages == 1
    assert "Kim4" in text_of(tmp_path / "x.pdf")
    with pytest.raises(ValidationError) as error:
        render_badges(db, ev.id, str(tmp_path / "y.pdf"), participation_ids=[999_999])
    assert error.value.code == "participation.not_in_event"


def test_characters_no_font_holds_are_reported_not_boxed(db, tmp_path):
    ev = delegation(db)
    p = person(db, first_name="Ankh", last_name="Scribe", native_name="𓀀𓁐")
    participants.add_participant(db, ev.id, p.id)
    out = tmp_path / "b.pdf"
    report = render_badges(db, ev.id, str(out))
    codes = [w.code for w in report.warnings]
    assert codes == ["documents.missing_glyphs"]
    assert "U+13000" in report.warnings[0].values["characters"]
    assert "𓀀" not in text_of(out)


def test_user_layouts_are_found_and_checked(db, tmp_path):
    from coopdesk.core import paths

    folder = paths.config_dir() / "layouts"
    folder.mkdir(parents=True, exist_ok=True)
    source = layouts.get_layout("avery-l4785").source
    data = Path(source).read_text(encoding="utf-8").replace('"left": 18', '"left": 17')
    (folder / "my-sheet.json").write_text(data, encoding="utf-8")
    assert layouts.get_layout("my-sheet").left == 17
    (folder / "broken.json").write_text(
        data.replace('"pitch_x": 95', '"pitch_x": 60'), encoding="utf-8"
    )
    with pytest.raises(ValidationError) as error:
        layouts.get_layout("broken")
    assert error.value.code == "documents.layout_invalid"
    with pytest.raises(NotFoundError):
        layouts.get_layout("nope")


def test_dates_are_written_in_the_document_language():
    from coopdesk.core.documents.frame import event_dates

    assert event_dates(date(2023, 10, 23), date(2023, 10, 24), "fr") == "23–24 octobre 2023"
    assert event_dates(date(2023, 6, 30), date(2023, 7, 2), "en") == "30 June – 2 July 2023"


def test_tamil_and_bengali_names_are_printed_not_reported_missing(db, tmp_path):
    organisations.set_authority(db, {"name": "Communauté d'agglomération de La Rochelle"})
    ev = delegation(db)
    for first, last, native in [("Priya", "Raman", "பிரியா ராமன்"), ("Rina", "Das", "রিনা দাস")]:
        p = person(db, first_name=first, last_name=last, native_name=native)
        participants.add_participant(db, ev.id, p.id)
    report = render_badges(db, ev.id, str(tmp_path / "b.pdf"), layout="a6")
    assert report.warnings == ()
    assert report.items == 2


LONG_NAMES = [
    (
        "María del Carmen Inmaculada",
        "Fernández de Córdoba y Álvarez de las Asturias Bohórquez",
        "Secrétaire générale adjointe chargée de la coopération internationale, des "
        "affaires européennes et de la francophonie",
    ),
    ("Wolfgang", "Schwarzenbergerhofmannsthal-Lichtensteinerwaldbach", "Oberbürgermeister"),
]


@pytest.mark.parametrize("layout", ["a6", "cards-85x54-10", "avery-l4785", "cr80"])
@pytest.mark.parametrize(("first", "last", "function"), LONG_NAMES, ids=["María", "Wolfgang"])
def test_a_long_name_wraps_and_stays_bigger_than_the_function(
    db, tmp_path, layout, first, last, function
):
    ev = delegation(db)
    p = person(db, first_name=first, last_name=last, native_name=None, function=function)
    participants.add_participant(db, ev.id, p.id)
    out = tmp_path / "badges.pdf"
    render_badges(db, ev.id, str(out), layout=layout)
    with pdfplumber.open(out) as pdf:
        lines = [
            (line["text"], max(c["size"] for c in line["chars"]))
            for line in pdf.pages[0].extract_text_lines(layout=False)
        ]
    words = {*first.split(), *last.replace("-", "- ").split()}
    name = [(text, size) for text, size in lines if text.split()[0] in words]
    said = [size for text, size in lines if text.startswith(function.split()[0])]
    assert len(name) >= 3, name  # the first name, and the last name on two lines or three
    assert min(size for _, size in name) >= 1.3 * max(said), (name, said)
    # Lines break between words or after a hyphen, never inside a word.
    for text, _ in name:
        assert set(text.replace("-", "- ").split()) <= words, text
