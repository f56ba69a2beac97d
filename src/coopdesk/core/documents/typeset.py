"""Setting text in boxes: shrink to fit, wrap, and draw lines of mixed-script runs.

Badge text never overflows its box and is never cut: a text first shrinks (down to
a legible minimum) to fit on its allowed number of lines, then wraps onto more
lines, and only an absurdly long text goes below the minimum size.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, black  # type: ignore[import-untyped]

from coopdesk.core.documents.fonts import SetLine, set_line

# A line box is LEADING x size tall; the baseline lies ASCENT x size below its top, so
# accents above capitals and descenders stay inside the box in every shipped face.
LEADING = 1.36
ASCENT = 1.05
_FAKE_BOLD_STROKE = 0.035  # of the size: a stroked outline for faces with no bold


@dataclass(frozen=True, slots=True)
class TextStyle:
    size: float
    min_size: float
    bold: bool = False
    max_lines: int = 2


@dataclass(frozen=True, slots=True)
class Block:
    """Text fitted in a box: its lines and the size they are drawn at."""

    lines: tuple[SetLine, ...]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING

    @property
    def missing(self) -> str:
        return "".join(dict.fromkeys("".join(line.missing for line in self.lines)))


def _graphemes(word: str) -> list[str]:
    """``word`` cut between characters, never between a letter and its marks."""
    pieces: list[str] = []
    for char in word:
        if pieces and (unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Cf")):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _break_word(word: str, size: float, width: float, bold: bool, hint: str | None) -> list[str]:
    parts: list[str] = []
    current = ""
    for piece in _graphemes(word):
        if current and set_line(current + piece, bold, hint).width(size) > width:
            parts.append(current)
            current = piece
        else:
            current += piece
    return [*parts, current] if current else parts


def wrap(
    text: str, size: float, width: float, bold: bool = False, hint: str | None = None
) -> list[str]:
    """``text`` in lines no wider than ``width`` at ``size``: between words, else anywhere."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if set_line(candidate, bold, hint).width(size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, size, width, bold, hint)
        lines += pieces[:-1]
        current = pieces[-1] if pieces else ""
    if current:
        lines.append(current)
    return lines


def fit(text: str, width: float, height: float, style: TextStyle, hint: str | None = None) -> Block:
    """The largest setting of ``text`` in ``width`` x ``height`` points.

    Sizes go down from ``style.size`` to ``style.min_size`` looking for at most
    ``style.max_lines`` lines; then more lines are allowed; then smaller sizes.
    """

    def attempt(size: float, max_lines: int | None) -> Block | None:
        lines = wrap(text, size, width, style.bold, hint)
        if max_lines is not None and len(lines) > max_lines:
            return None
        block = Block(tuple(set_line(line, style.bold, hint) for line in lines), size)
        return block if block.height <= height + 1e-6 else None

    size = style.size
    while size >= style.min_size:
        found = attempt(size, style.max_lines)
        if found is not None:
            return found
        size -= 0.5
    size = style.min_size
    while True:
        found = attempt(size, None)
        if found is not None:
            return found
        size *= 0.85


def draw_line(
    canvas: Any,
    line: SetLine,
    x: float,
    baseline: float,
    size: float,
    align: str = "left",
    colour: Color = black,
) -> None:
    """Draw ``line`` with its baseline at ``baseline``, aligned on ``x``."""
    width = line.width(size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    fake_bold = any(r.fake_bold for r in line.runs)
    if fake_bold:
        canvas.saveState()
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(size * _FAKE_BOLD_STROKE)
    canvas.setFillColor(colour)
    text = canvas.beginText()
    for run in line.runs:
        text.setTextOrigin(x, baseline)
        text.setFont(run.font, size)
        text.setTextRenderMode(2 if run.fake_bold else 0)
        text.textOut(run.text)
        x += run.advance * size
    canvas.drawText(text)
    if fake_bold:
        canvas.restoreState()


def draw_block(
    canvas: Any,
    block: Block,
    x: float,
    top: float,
    align: str = "left",
    colour: Color = black,
) -> float:
    """Draw ``block`` from ``top`` down; returns the y where the next block may start."""
    for line in block.lines:
        draw_line(canvas, line, x, top - block.size * ASCENT, block.size, align, colour)
        top -= block.size * LEADING
    return top
