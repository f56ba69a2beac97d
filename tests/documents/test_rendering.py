"""Badges compared with reference images, and any name thrown at the renderer."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageStat
from reportlab.lib.units import mm

from coopdesk.core.documents import layouts
from coopdesk.core.documents.badges import Badge, BadgeOptions, write_badges
from coopdesk.core.documents.frame import DocumentContext
from coopdesk.core.documents.report import WarningLog
from coopdesk.core.enums import BadgeCategory, EventKind, EventStatus
from coopdesk.core.values import EventView
from tests.documents.pdfcheck import png

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("COOPDESK_UPDATE_REFERENCES") == "1"

EVENT = EventView(
    id=1,
    kind=EventKind.CONFERENCE,
    title="6es Assises franco-québécoises",
    partner_id=None,
    partner=None,
    start_date=date(2023, 10, 23),
    end_date=date(2023, 10, 24),
    status=EventStatus.CONFIRMED,
    timezone="Europe/Paris",
    languages=("fr",),
    budget=None,
    notes=None,
    artist_id=None,
    host_structure=None,
    grant_amount=None,
    grant_terms=None,
    deliverables=None,
    participant_count=1,
    version=1,
)
CONTEXT = DocumentContext(
    language="fr",
    authority="Communauté d'agglomération de La Rochelle",
    logo=None,
    event=EVENT,
    event_dates="23–24 octobre 2023",
    printed_on="1 octobre 2023",
)
BADGE = Badge(
    uid="6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
    first_name="Marie-Ève",
    last_name="Tremblay-Côté",
    native_name=None,
    function="Mairesse de Rimouski",
    organisation="Ville de Rimouski",
    country="CA",
    category=BadgeCategory.ELECTED,
)


def _render(badge: Badge, layout_name: str) -> tuple[bytes, WarningLog]:
    out = io.BytesIO()
    log = WarningLog()
    write_badges(out, [badge], 1, BadgeOptions(layouts.get_layout(layout_name)), CONTEXT, log)
    return out.getvalue(), log


@pytest.mark.parametrize("name", ["a6", "avery-l4785", "cards-85x54-10", "inserts-90x54-8", "cr80"])
def test_one_badge_per_layout_looks_like_its_reference(name, tmp_path):
    layout = layouts.get_layout(name)
    pdf = tmp_path / "badge.pdf"
    pdf.write_bytes(_render(BADGE, name)[0])
    dpi = 50
    page = Image.open(png(pdf, tmp_path / "page.png", dpi)).convert("L")
    x, y = layout.slots()[0]
    scale = dpi / 72
    box = (
        round(x * scale),
        round(page.height - (y + layout.badge_height * mm) * scale),
        round((x + layout.badge_width * mm) * scale),
        round(page.height - y * scale),
    )
    badge = page.crop(box)
    reference = REFERENCE / f"{name}.png"
    if UPDATE:
        badge.save(reference, optimize=True)
    assert reference.exists(), f"run with COOPDESK_UPDATE_REFERENCES=1 to create {reference}"
    expected = Image.open(reference).convert("L")
    assert expected.size == badge.size
    difference = ImageStat.Stat(ImageChops.difference(badge, expected)).mean[0]
    assert difference < 2.0, f"{name} differs from its reference by {difference:.1f}/255"


names = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=names, last=names, native=st.one_of(st.none(), names), function=names)
def test_any_name_prints_inside_the_badge(first, last, native, function):
    layout = layouts.get_layout("avery-l4785")
    badge = Badge(
        "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
        first,
        last,
        native,
        function,
        "Organisation",
        "JP",
        BadgeCategory.GUEST,
    )
    data, _ = _render(badge, "avery-l4785")
    x, y = layout.slots()[0]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        left, right = x - 0.5, x + layout.badge_width * mm + 0.5
        top = page.height - y - layout.badge_height * mm - 0.5
        footer = page.height - layout.bottom_margin() * mm
        for char in page.chars:
            if char["top"] >= footer:
                continue
            assert left <= char["x0"] and char["x1"] <= right, char["text"]
            assert top <= char["top"] and char["bottom"] <= page.height - y + 0.5, char["text"]
