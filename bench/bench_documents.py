"""Badge printing: 1,000 badges with QR codes against a plain reportlab loop.

The baseline draws the same text lines at fixed places with reportlab's own
``QrCodeWidget``: what a quick script would do, without fitting, fallback fonts,
category bands or logos. Memory: the peak for 10,000 badges against 1,000, written to
a file as the application does, shows that pages are drawn from an iterator and
written part after part rather than gathered first. Two measures: the peak of Python
allocations (tracemalloc), and the growth of the process's peak resident memory while
rendering, each count in a fresh interpreter (which also sees memory allocated outside
Python, by zlib for instance).
"""

from __future__ import annotations

import io
import resource
import statistics
import subprocess
import sys
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


def render_to_file(count: int, path: Path) -> None:
    options = BadgeOptions(layouts.get_layout("avery-l4785"))
    write_badges(str(path), badges(count), count, options, CONTEXT, WarningLog())


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


def _peak(count: int, path: Path) -> int:
    """Peak of Python allocations while ``count`` badges are written to ``path``."""
    tracemalloc.start()
    render_to_file(count, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _max_rss() -> int:
    """This process's peak resident memory, in bytes.

    Linux keeps ``ru_maxrss`` across ``execve``, so a child started from a large
    process would report its parent's peak; ``VmHWM`` belongs to the new image alone.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _rss_peak(count: int, path: Path) -> int:
    """Peak resident memory of a fresh interpreter that renders ``count`` badges."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import bench_documents as b; "
        "b._rss_child(int(sys.argv[2]), sys.argv[3])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(count), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[-1])


def _rss_child(count: int, path: str) -> None:
    render_to_file(count, Path(path))
    print(_max_rss())


def bench_badges(workdir: Path, repeat: int) -> tuple[float, float]:
    render(20)  # fonts registered and parsed once, as in a running application
    repeat = max(1, min(repeat, 3))
    measured = _median(lambda: render(COUNT), repeat)
    base = _median(lambda: baseline(COUNT), repeat)
    path = workdir / "badges.pdf"
    small, large = _peak(1_000, path), _peak(10_000, path)
    print(
        f"  memory peak (tracemalloc): 1,000 badges {small / 1e6:.1f} MB, 10,000 badges "
        f"{large / 1e6:.1f} MB (ratio {large / small:.1f}x)"
    )
    none, small, large = (_rss_peak(n, path) for n in (0, 1_000, 10_000))
    print(
        f"  peak RSS (fresh process): no badges {none / 1e6:.1f} MB, 1,000 badges "
        f"{small / 1e6:.1f} MB, 10,000 badges {large / 1e6:.1f} MB (growth over none: "
        f"ratio {(large - none) / max(small - none, 1):.1f}x)"
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
