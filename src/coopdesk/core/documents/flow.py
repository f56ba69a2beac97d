"""Platypus pieces for programmes and lists: text in any script, and ruled tables.

reportlab's Paragraph knows one font per run of markup and no bidirectional text
without an extra library; names in lists go through the same per-character font
fallback and shaping as badges, so a cell is a :class:`Text` flowable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor, black  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from coopdesk.core.documents.fonts import SetLine, base_font, set_line
from coopdesk.core.documents.frame import MARGIN, DocumentContext, numbered_canvas
from coopdesk.core.documents.report import WarningLog
from coopdesk.core.documents.typeset import ASCENT, LEADING, draw_line, widest_piece, wrap
from coopdesk.core.progress import NO_PROGRESS, Progress

HEADER_FILL = HexColor("#E8E8E8")
GRID = HexColor("#B0B0B0")
# A text may shrink this much so that its longest word fits its column whole.
_SHRINK = 0.8


class Text(Flowable):  # type: ignore[misc]
    """A paragraph of plain text in any script, wrapped to the width it is given.

    Lines break between words or after a hyphen; a word wider than the column makes
    the text a little smaller (down to ``_SHRINK`` of its size) rather than be cut.
    """

    def __init__(
        self,
        text: str,
        log: WarningLog,
        size: float = 9,
        *,
        bold: bool = False,
        colour: Color = black,
        hint: str | None = None,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.bold = bold
        self.colour = colour
        self.hint = hint
        self.spaceAfter = space_after
        self._lines: list[SetLine] = []
        self._size = size
        log.note_missing(text, set_line(text, bold, hint).missing)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = self.size
        widest = widest_piece(self.text, self.bold, self.hint)
        if widest * size > avail_width:
            size = max(size * _SHRINK, avail_width / widest * 0.999)
        lines = wrap(self.text, size, avail_width, self.bold, self.hint)
        self._lines = [set_line(line, self.bold, self.hint) for line in lines]
        self._size = size
        self.width = avail_width
        self.height = max(1, len(self._lines)) * size * LEADING
        return avail_width, self.height

    def draw(self) -> None:
        top, size = self.height, self._size
        for line in self._lines:
            draw_line(self.canv, line, 0, top - size * ASCENT, size, "left", self.colour)
            top -= size * LEADING


def ruled_table(
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    title: Any | None = None,
) -> Any:
    """A table with thin rules and a grey header row repeated on every page.

    A ``title`` (a day, an organisation) is the table's own first row, repeated with
    the header: it can never be left alone at the foot of a page, and the table may
    still break across pages anywhere between rows.
    """
    top = [[title] + [""] * (len(widths) - 1)] if title is not None else []
    first = len(top)
    data = [*top, list(header), *[list(r) for r in rows]]
    table = Table(data, colWidths=list(widths), repeatRows=first + 1)
    style = [
        # Cells hold Text flowables; the font set here only keeps reportlab from
        # selecting its unembedded Helvetica around each cell.
        ("FONTNAME", (0, 0), (-1, -1), base_font()),
        ("BACKGROUND", (0, first), (-1, first), HEADER_FILL),
        ("GRID", (0, first), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if top:
        style += [
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
        ]
    table.setStyle(TableStyle(style))
    return table


def _body_rows(flowable: Any) -> int:
    """The rows of a table drawn under its repeated title and header: a part of a
    table split across pages repeats them, and counts only its own."""
    if not isinstance(flowable, Table):
        return 0
    repeated = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
    return max(0, int(flowable._nrows) - repeated)


class _Document(SimpleDocTemplate):  # type: ignore[misc]
    """A document that tells ``progress`` of every piece drawn."""

    def __init__(self, progress: Progress, out: str | BinaryIO, **kwargs: Any) -> None:
        super().__init__(out, **kwargs)
        self._progress = progress

    def afterFlowable(self, flowable: Any) -> None:
        rows = _body_rows(flowable)
        if rows:
            self._progress.advance(rows)
        else:
            self._progress.check()


def build_document(
    out: str | BinaryIO,
    ctx: DocumentContext,
    log: WarningLog,
    title: str,
    story: list[Any],
    pagesize: tuple[float, float] = A4,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write ``story`` under the common page frame; returns the number of pages.

    ``progress`` counts the table rows drawn (a list's people, a programme's items),
    and stops the work between two pieces of the story when the user cancels.
    """
    progress.begin(sum(_body_rows(f) for f in story))
    doc = _Document(
        progress,
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=28 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=ctx.authority,
        creator="coopdesk",
        initialFontName=base_font(),
    )
    doc.build(story, canvasmaker=numbered_canvas(ctx, log))
    return int(doc.page)
