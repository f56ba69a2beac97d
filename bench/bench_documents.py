"""Badge printing: 1,000 badges with QR codes against a plain reportlab loop.

The baseline draws the same text lines at fixed places with reportlab's own
``QrCodeWidget``: what a quick script would do, without fitting, fallback fonts,
category bands or logos. Memory: the peak for 10,000 badges against 1,000 shows that
pages are drawn from an iterator rather than gathered first.
"""

from __future__ import annotations

import io
import statistics
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from coopdesk.core.documents import layouts
from coopdesk.core.documents.badges import Badge, BadgeOptions, write_badges
from coopdesk.core.documents.fonts import base_font
from coopdesk.core.documents.frame import DocumentContext
from coopdesk.core.documents.report import WarningLog
from coopdesk.core.enums import BadgeCategory, EventKind, EventStatus
from coopdesk.core.values import EventView

COUNT = 1000
FIRST = ["Marie-Ève", "Olena", "Kenji", "Jean-François", "Geneviève", "Mykola", "Yumiko"]
LAST = ["Tremblay", "Kovalenko", "Sato", "Gagnon", "Côté-Tremblay", "Nakamura", "Bouchard"]
EVENT = EventView(
    id=1,
    kind=EventKind.CONFERENCE,
    title="6es Assises franco-québécoises de la coopération décentralisée",
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
    participant_count=COUNT,
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
CATEGORIES = list(BadgeCategory)


def badges(count: int) -> Iterator[Badge]:
    for i in range(count):
        yield Badge(
            uid=str(uuid.UUID(int=i + 1)),
            first_name=FIRST[i % 7],
            last_name=f"{LAST[i % 7]} {i}",
            native_name=None,
            function="Chargée de mission coopération internationale",
            organisation=f"Ville partenaire n° {i % 50}",
            country="CA",
            category=CATEGORIES[i % len(CATEGORIES)],
        )


def render(count: int) -> bytes:
    out = io.BytesIO()
    options = BadgeOptions(layouts.get_layout("avery-l4785"))
    write_badges(out, badges(count), count, options, CONTEXT, WarningLog())
    return out.getvalue()


def baseline(count: int) -> bytes:
    layout = layouts.get_layout("avery-l4785")
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=layout.page_size, initialFontName=base_font(), pageCompression=1)
    slots = layout.slots()
    for i, badge in enumerate(badges(count)):
        if i and i % layout.per_page == 0:
            canvas.showPage()
        x, y = slots[i % layout.per_page]
        top = y + layout.badge_height * mm
        canvas.setFont(base_font(), 7)
        canvas.drawString(x + 4 * mm, top - 7 * mm, CONTEXT.event.title)
        canvas.setFont(base_font(True), 17)
        canvas.drawString(x + 4 * mm, top - 16 * mm, badge.first_name)
        canvas.setFont(base_font(), 17)
        canvas.drawString(x + 4 * mm, top - 23 * mm, badge.last_name)
        canvas.setFont(base_font(), 7.5)
        canvas.drawString(x + 4 * mm, top - 28 * mm, badge.function or "")
        canvas.drawString(x + 4 * mm, top - 32 * mm, badge.organisation or "")
        canvas.drawString(x + 4 * mm, y + 5 * mm, badge.category.value.upper())
        widget = QrCodeWidget(badge.uid)
        x0, y0, x1, y1 = widget.getBounds()
        side = 16 * mm
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, x + layout.badge_width * mm - 20 * mm, y + 12 * mm)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak(count: int) -> int:
    tracemalloc.start()
    render(count)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def bench_badges(workdir: Path, repeat: int) -> tuple[float, float]:
    render(20)  # fonts registered and parsed once, as in a running application
    repeat = max(1, min(repeat, 3))
    measured = _median(lambda: render(COUNT), repeat)
    base = _median(lambda: baseline(COUNT), repeat)
    small, large = _peak(1_000), _peak(10_000)
    print(
        f"  memory peak: 1,000 badges {small / 1e6:.1f} MB, 10,000 badges "
        f"{large / 1e6:.1f} MB (ratio {large / small:.1f}x)"
    )
    return measured, base


BENCHMARKS = [
    (
        f"{COUNT} badges, 10 per A4, each with a QR code",
        "plain reportlab loop, same text, reportlab QrCodeWidget",
        bench_badges,
        0.25,
    ),
]
