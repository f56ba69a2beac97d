"""QR codes drawn as vector paths: one filled path per code, dark runs merged.

reportlab's own QR widget encodes in pure Python and draws one rectangle per
module; segno encodes fast, and merging each row's dark modules into one rectangle
(written straight as PDF operators) keeps a badge page light to write, print and
render. The mask pattern is fixed rather than searched: every mask gives a valid,
readable symbol, and the search is most of the encoding time.
"""

from __future__ import annotations

from typing import Any

import segno

QUIET_ZONE = 4  # modules of blank around the symbol, as ISO/IEC 18004 requires
_MASK = 4  # any of the eight is valid; this one keeps short uids far from large blocks


def draw_qr(canvas: Any, data: str, x: float, y: float, size: float) -> None:
    """The QR code of ``data`` with its quiet zone, filling the square at (x, y) of ``size``."""
    matrix = segno.make_qr(data, error="m", mask=_MASK).matrix
    count = len(matrix)
    module = size / (count + 2 * QUIET_ZONE)
    ops = [f"q 1 g {x:.2f} {y:.2f} {size:.2f} {size:.2f} re f 0 g"]
    for r, row in enumerate(matrix):
        bottom = y + size - (QUIET_ZONE + r + 1) * module
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            left = x + (QUIET_ZONE + start) * module
            ops.append(f"{left:.2f} {bottom:.2f} {(c - start) * module:.2f} {module:.2f} re")
    ops.append("f Q")
    canvas.addLiteral(" ".join(ops))
