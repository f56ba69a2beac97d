"""Plain-text tables for the terminal that keep columns straight with any script.

Japanese and Chinese characters take two columns on a terminal; combining accents
take none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def _clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = "", 0
    for char in text:
        w = width(char)
        if used + w > limit - 1:
            break
        out += char
        used += w
    return out + "…"


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 40) -> str:
    cells = [[_clip(" ".join(str(c).split()), max_width) for c in row] for row in rows]
    widths = [width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], width(cell))

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(headers), line(["─" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)
