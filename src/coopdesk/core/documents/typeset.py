"""Setting text in boxes: shrink to fit, wrap, and draw lines of mixed-script runs.

Badge text never overflows its box and is never cut: a text first shrinks (down to
a legible minimum) to fit on its allowed number of lines, then wraps onto more
lines, and only an absurdly long text goes below the minimum size. A name may shrink
only so far on one line before it wraps (``TextStyle.wrap_size``), so a long name
stays the largest text of its badge.

Lines break between words, else after a hyphen inside a word
(``Schwarzenbergerhofmannsthal-`` / ``Lichtensteinerwaldbach``); a setting that
would cut a word anywhere else is used only when no size down to the minimum
avoids it. No-break spaces (``4\u00a0mars``) never break.
"""

from __future__ import annotations

import re
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
    """How a text is set: from ``size`` down to ``min_size`` on at most ``max_lines``
    lines; with a ``wrap_size``, on one line only down to that size, then wrapped."""

    size: float
    min_size: float
    bold: bool = False
    max_lines: int = 2
    wrap_size: float | None = None


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


# Spaces that break a line: every white space but the no-break ones.
_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")
# After a hyphen that follows a letter and precedes one: where a word may break.
_AFTER_HYPHEN = re.compile(r"(?<=[^\s\-\u2010][\-\u2010])(?=[^\-\u2010])")


def _words(text: str) -> list[list[str]]:
    """``text`` as words, each cut into the pieces a line may end after."""
    return [_AFTER_HYPHEN.split(word) for word in _SPACES.split(text) if word]


def _widest(words: list[list[str]], bold: bool, hint: str | None) -> float:
    return max(
        (set_line(piece, bold, hint).width(1) for word in words for piece in word), default=0.0
    )


def widest_piece(text: str, bold: bool = False, hint: str | None = None) -> float:
    """The width at 1 pt of the widest part of ``text`` no line can break inside."""
    return _widest(_words(text), bold, hint)


def _wrap(
    words: list[list[str]], size: float, width: float, bold: bool, hint: str | None
) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        for index, piece in enumerate(word):
            glue = "" if index else " "
            candidate = f"{current}{glue}{piece}" if current else piece
            if set_line(candidate, bold, hint).width(size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if set_line(piece, bold, hint).width(size) <= width:
                current = piece
                continue
            pieces = _break_word(piece, size, width, bold, hint)
            lines += pieces[:-1]
            current = pieces[-1] if pieces else ""
    if current:
        lines.append(current)
    return lines


def wrap(
    text: str, size: float, width: float, bold: bool = False, hint: str | None = None
) -> list[str]:
    """``text`` in lines no wider than ``width`` at ``size``: between words, else after
    a hyphen, else (a piece wider than a whole line) anywhere between characters."""
    return _wrap(_words(text), size, width, bold, hint)


def fit(text: str, width: float, height: float, style: TextStyle, hint: str | None = None) -> Block:
    """The largest setting of ``text`` in ``width`` x ``height`` points.

    Sizes go down from ``style.size``: on one line down to ``style.wrap_size`` if
    there is one, then on at most ``style.max_lines`` lines down to ``style.min_size``;
    then more lines are allowed; then smaller sizes. Down to the minimum size, only
    settings that keep every word whole (or broken after a hyphen) are taken.
    """
    words = _words(text)
    widest = _widest(words, style.bold, hint)
    # The text on one line, as wrap would join it: how wide it is at 1 pt.
    one_line = set_line(" ".join("".join(w) for w in words), style.bold, hint).width(1)

    def attempt(size: float, max_lines: int | None, whole: bool = True) -> Block | None:
        if whole and widest * size > width + 1e-6:
            return None  # a word would be cut: try a smaller size first
        if max_lines == 1 and one_line * size > width:
            return None  # more than one line (known without wrapping)
        lines = _wrap(words, size, width, style.bold, hint)
        if max_lines is not None and len(lines) > max_lines:
            return None
        block = Block(tuple(set_line(line, style.bold, hint) for line in lines), size)
        return block if block.height <= height + 1e-6 else None

    if style.wrap_size is not None and style.max_lines > 1:
        size = style.size
        while size >= max(style.wrap_size, style.min_size):
            found = attempt(size, 1)
            if found is not None:
                return found
            size -= 0.5
    size = style.size
    while size >= style.min_size:
        found = attempt(size, style.max_lines)
        if found is not None:
            return found
        size -= 0.5
    size = style.min_size
    while True:
        found = attempt(size, None) or attempt(size, None, whole=False)
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
