"""Every printed document read back as boxes: with a wide or a tall logo, a long
authority name and a long event title, in French and in English, no text runs into
other text or into the logo, and nothing leaves the page."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select

from coopdesk.core.documents import seating as seating_docs
from coopdesk.core.documents.badges import render_badges
from coopdesk.core.documents.lists import render_list
from coopdesk.core.documents.programme import render_programme
from coopdesk.core.documents.tents import render_tents
from coopdesk.core.enums import ListKind
from coopdesk.core.model import AgendaItem
from coopdesk.core.services import agenda, events, organisations, participants, seating

LONG_AUTHORITY = (
    "Communauté d'agglomération de Saint-Quentin-en-Yvelines — "
    "Direction des relations internationales, de la coopération décentralisée et du protocole"
)
LONG_TITLE = (
    "Assises de la coopération décentralisée franco-ukrainienne : eau potable, "
    "assainissement, patrimoine et reconstruction des services publics locaux"
)
# Logos as offices have them: a long banner and an upright coat of arms.
LOGOS = {"wide": (1800, 200), "tall": (220, 800)}

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (pdfplumber's page space)
_TOLERANCE = 0.25  # points: boxes that only touch do not overlap


def _logo(size: tuple[int, int]) -> bytes:
    image = Image.new("RGB", size, "#1d4f91")
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((w // 10, h // 10, w - w // 10, h - h // 10), fill="#f2c230")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _meet(a: Box, b: Box) -> bool:
    return (
        min(a[2], b[2]) - max(a[0], b[0]) > _TOLERANCE
        and min(a[3], b[3]) - max(a[1], b[1]) > _TOLERANCE
    )


def _box(thing: dict[str, Any]) -> Box:
    return (float(thing["x0"]), float(thing["top"]), float(thing["x1"]), float(thing["bottom"]))


def _overlapping(boxes: list[tuple[str, Box]]) -> list[tuple[str, str, Box]]:
    """Pairs of boxes that overlap, found through a grid of 20-point cells."""
    cells: dict[tuple[int, int], list[int]] = {}
    found: list[tuple[str, str, Box]] = []
    for index, (text, box) in enumerate(boxes):
        seen: set[int] = set()
        for cx in range(int(box[0] // 20), int(box[2] // 20) + 1):
            for cy in range(int(box[1] // 20), int(box[3] // 20) + 1):
                cell = cells.setdefault((cx, cy), [])
                for other in cell:
                    if other not in seen and _meet(box, boxes[other][1]):
                        found.append((boxes[other][0], text, box))
                    seen.add(other)
                cell.append(index)
    return found


def layout_faults(path: Path) -> list[str]:
    """What a reader would see wrong on the pages of ``path``: a character over another
    (text over text), text over an image, text or an image off the page."""
    faults: list[str] = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            right, bottom = float(page.width), float(page.height)

            def off(box: Box, right: float = right, bottom: float = bottom) -> bool:
                return not (
                    box[0] >= -_TOLERANCE
                    and box[1] >= -_TOLERANCE
                    and box[2] <= right + _TOLERANCE
                    and box[3] <= bottom + _TOLERANCE
                )

            images = [_box(i) for i in page.images]
            faults += [f"page {number}: an image leaves the page at {i}" for i in images if off(i)]
            for word in page.extract_words():
                box = _box(word)
                if off(box):
                    faults.append(f"page {number}: {word['text']!r} leaves the page at {box}")
                if any(_meet(box, image) for image in images):
                    faults.append(f"page {number}: {word['text']!r} runs into an image")
            # Character by character: text drawn over text is merged into one word.
            chars = [(c["text"], _box(c)) for c in page.chars if c["text"].strip()]
            for first, second, box in _overlapping(chars):
                faults.append(
                    f"page {number}: {second!r} over {first!r} at ({box[0]:.0f}, {box[1]:.0f})"
                )
    return faults


@pytest.fixture
def office(sqlite_demo):
    """The demo with a long authority name and a long event title, and a placed dinner."""
    db = sqlite_demo
    organisations.set_authority(db, {"name": LONG_AUTHORITY})
    event = events.find_event(db, "Apostolove")
    event = events.update_event(db, event.id, {"title": LONG_TITLE}, event)
    with db.session() as session:
        item_id = session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.event_id == event.id, AgendaItem.title == "Dîner officiel"
            )
        )
    meal = seating.create_meal(db, item_id, template="table-12")
    meal = seating.place(db, meal.meal_id, meal.version)
    people = participants.list_participants(db, event.id)
    busiest = max(people, key=lambda p: len(agenda.personal_agenda(db, p.id)))
    return db, event.id, meal.meal_id, busiest.id, item_id, [p.id for p in people[:8]]


Render = Callable[[Any, tuple[Any, ...], Path, str], object]


def _documents() -> dict[str, Render]:
    found: dict[str, Render] = {
        "programme": lambda db, o, out, lang: render_programme(db, o[0], str(out), language=lang),
        "personal": lambda db, o, out, lang: render_programme(
            db, o[0], str(out), participation_id=o[2], language=lang
        ),
        "tents": lambda db, o, out, lang: render_tents(
            db, o[0], str(out), participation_ids=o[4][:2], language=lang
        ),
    }
    for kind in ListKind:
        found[f"list-{kind.value}"] = lambda db, o, out, lang, kind=kind: render_list(
            db,
            o[0],
            str(out),
            kind,
            item_id=o[3] if kind is ListKind.SIGN_IN else None,
            language=lang,
        )
    for layout in ("a6", "avery-l4785", "cards-85x54-10", "cr80", "inserts-90x54-8"):
        found[f"badges-{layout}"] = lambda db, o, out, lang, layout=layout: render_badges(
            db, o[0], str(out), layout=layout, participation_ids=o[4], language=lang
        )
    for paper in ("A4", "A3"):
        found[f"plan-{paper}"] = lambda db, o, out, lang, paper=paper: seating_docs.render_plan(
            db, o[1], str(out), paper=paper, language=lang
        )
    for kind in ("list", "cards", "tents"):
        found[f"seating-{kind}"] = lambda db, o, out, lang, kind=kind: seating_docs.render(
            kind, db, o[1], str(out), language=lang
        )
    return found


DOCUMENTS = _documents()


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("logo", sorted(LOGOS))
def test_nothing_overlaps_and_nothing_leaves_the_page(office, tmp_path, logo, language):
    db, event_id, meal_id, participation_id, item_id, chosen = office
    organisations.set_authority_logo(db, _logo(LOGOS[logo]), "image/png")
    ids = (event_id, meal_id, participation_id, item_id, chosen)
    faults: dict[str, list[str]] = {}
    for name, render in DOCUMENTS.items():
        out = tmp_path / f"{name}-{logo}-{language}.pdf"
        render(db, ids, out, language)
        with pdfplumber.open(out) as pdf:
            text = " ".join(page.extract_text() or "" for page in pdf.pages)
            logos = sum(len(page.images) for page in pdf.pages)
        found = layout_faults(out)
        if found:
            faults[name] = found[:5]
        # The boxes are those of the real header: the authority and the title are there.
        assert "Saint-Quentin" in text or name.startswith(("seating-cards", "seating-tents")), name
        if name.startswith(("programme", "personal", "list-", "badges-", "tents")):
            assert logos, f"{name} shows no logo"
    assert not faults, faults


def test_the_check_sees_a_name_drawn_over_the_event_title(tmp_path):
    """The check itself: two texts drawn over each other, and one over an image, are
    reported; the same texts apart are not."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    def draw(path: Path, apart: bool) -> Path:
        canvas = Canvas(str(path))
        canvas.setFont("Helvetica", 10)
        canvas.drawString(100, 700, "Authority")
        canvas.drawString(100 if apart else 120, 680 if apart else 700, "Event")
        canvas.drawImage(ImageReader(io.BytesIO(_logo((100, 40)))), 300, 690, 50, 20)
        canvas.drawString(360 if apart else 310, 695, "Logo")
        canvas.drawString(100, 900 if not apart else 600, "Off")
        canvas.save()
        return path

    assert layout_faults(draw(tmp_path / "apart.pdf", apart=True)) == []
    faults = layout_faults(draw(tmp_path / "over.pdf", apart=False))
    assert any(" over " in f for f in faults), faults
    assert any("runs into an image" in f for f in faults), faults
    assert any("leaves the page" in f for f in faults), faults
