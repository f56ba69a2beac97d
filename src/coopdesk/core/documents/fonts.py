"""Fonts that print every name: the shipped TrueType faces and a fallback per character.

Guests' names come in any script. Each character is printed with the first shipped
face whose character map holds it (Latin, Cyrillic and Greek with Noto Sans; Hebrew,
Arabic, Khmer, Devanagari and Thai with their Noto faces; Japanese, Chinese and
Korean with IPAGothic, WenQuanYi Micro Hei and Nanum Gothic, ordered by the text's
own kana or hangul, else by a language hint, because a Han character is drawn
differently in each of them). A line is cut into runs of one face and one direction,
in visual order (``python-bidi``); runs of scripts that need shaping (Arabic, Khmer,
Indic, combining marks) go through HarfBuzz as reportlab does it (``shapeFragWord``).
Characters no face holds are left out and reported, never printed as empty boxes.

Faces are registered with reportlab on first use only: a French list never loads
the Japanese font.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from bidi import get_base_level, get_display  # type: ignore[import-untyped]
from reportlab.lib.abag import ABag  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import (  # type: ignore[import-untyped]
    ShapedStr,
    TTFont,
    shapeFragWord,
)


@dataclass(frozen=True, slots=True)
class FontFace:
    """One shipped face: its files in ``resources/fonts`` and what it is for."""

    key: str
    regular: str
    bold: str | None = None
    subfont: int = 0
    shaped: bool = False  # its script needs HarfBuzz (joining, reordering, marks)
    cjk: str | None = None  # "ja", "zh" or "ko" for the three East Asian faces


LATIN = FontFace("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
HEBREW = FontFace(
    "NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", shaped=True
)
ARABIC = FontFace(
    "NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", shaped=True
)
FACES: tuple[FontFace, ...] = (
    LATIN,
    HEBREW,
    ARABIC,
    FontFace("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", shaped=True),
    FontFace("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True),
    FontFace("NotoSansThai", "NotoSansThai-Regular.ttf", shaped=True),
    FontFace("NotoSansTamil", "NotoSansTamil-Regular.ttf", shaped=True),
    FontFace("NotoSansBengali", "NotoSansBengali-Regular.ttf", shaped=True),
    FontFace("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
    FontFace("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    FontFace("IPAGothic", "ipag.ttf", cjk="ja"),
    FontFace("WenQuanYiMicroHei", "wqy-microhei.ttc", cjk="zh"),
    FontFace("NanumGothic", "NanumGothic.ttf", "NanumGothicBold.ttf", cjk="ko"),
)

# Only kern and the standard ligatures: discretionary ones (``dlig``) would turn a
# plain "محمد" into an ornamental ligature with vowel marks the name does not have.
_FEATURES = {"kern": True, "liga": True}
_MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
_RTL = frozenset(("R", "AL"))
_STRONG_LTR = frozenset(("L", "EN", "AN"))


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a line in one font, in visual order; ``advance`` is its width at 1 pt."""

    font: str
    text: str  # a reportlab ShapedStr when HarfBuzz placed the glyphs
    advance: float
    fake_bold: bool


@dataclass(frozen=True, slots=True)
class SetLine:
    """A line of text ready to draw: its runs left to right and what could not be printed."""

    text: str
    runs: tuple[Run, ...]
    advance: float
    missing: str

    def width(self, size: float) -> float:
        return self.advance * size


def _font_bytes(filename: str) -> bytes:
    return (resources.files("coopdesk.resources") / "fonts" / filename).read_bytes()


@cache
def font_name(face: FontFace, bold: bool = False) -> str:
    """The reportlab name of ``face`` (its bold file when asked and shipped), registered."""
    filename = face.bold if bold and face.bold else face.regular
    name = f"coopdesk-{filename.rsplit('.', 1)[0]}"
    pdfmetrics.registerFont(
        TTFont(name, io.BytesIO(_font_bytes(filename)), subfontIndex=face.subfont)
    )
    return name


@cache
def _cmap(face: FontFace) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name(face))
    return frozenset(font.face.charToGlyph)


def covers(face: FontFace, char: str) -> bool:
    return ord(char) in _cmap(face)


def _own_script(char: str) -> str | None:
    """ "ja" for kana, "ko" for hangul: East Asian letters that belong to one language."""
    code = ord(char)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
        return "ja"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "ko"
    return None


def _cjk_order(text: str, hint: str | None) -> str:
    """Which East Asian face draws Han characters: the text's kana or hangul tell first."""
    own = next((s for s in map(_own_script, text) if s), None)
    return own or (hint if hint in ("ja", "zh", "ko") else "ja")


# The East Asian language of a guest's country: it decides which face draws the Han
# characters of their name when the name itself has no kana or hangul to tell.
_COUNTRY_HINTS = {"JP": "ja", "CN": "zh", "TW": "zh", "HK": "zh", "SG": "zh", "KR": "ko"}


def country_hint(country: str | None) -> str | None:
    """The language hint (``"ja"``, ``"zh"``, ``"ko"``) for a guest from ``country``."""
    return _COUNTRY_HINTS.get((country or "").upper())


def _chain(text: str, hint: str | None) -> tuple[FontFace, ...]:
    first = _cjk_order(text, hint)
    east = sorted((f for f in FACES if f.cjk), key=lambda f: f.cjk != first)
    return (*(f for f in FACES if not f.cjk), *east)


def _is_attached(char: str) -> bool:
    """Marks and invisible format characters belong to the character before them."""
    return unicodedata.combining(char) != 0 or unicodedata.category(char) in ("Mn", "Me", "Cf")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") or c.isspace() else c for c in text
    )


def _assign(visual: str, chain: tuple[FontFace, ...]) -> tuple[list[tuple[FontFace, str]], str]:
    """Each printable character of ``visual`` with the face that prints it."""
    placed: list[tuple[FontFace, str]] = []
    missing = []
    previous: FontFace | None = None
    for char in visual:
        if previous is not None and (_is_attached(char) or char == " ") and covers(previous, char):
            placed.append((previous, char))
            continue
        if unicodedata.category(char) == "Cf":
            continue  # an invisible joiner or mark the face lacks: nothing to print
        own = _own_script(char)  # kana and hangul always in their own face
        face = next((f for f in chain if (own is None or f.cjk == own) and covers(f, char)), None)
        face = face or next((f for f in chain if covers(f, char)), None)
        if face is None:
            if not char.isspace():
                missing.append(char)
            continue
        placed.append((face, char))
        previous = face
    return placed, "".join(dict.fromkeys(missing))


def _direction(char: str, previous: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in _RTL:
        return "R"
    if kind in _STRONG_LTR:
        return "L"
    return previous


def _strong(char: str) -> str | None:
    """L or R as the bidi algorithm sees a character next to a neutral (numbers act as R)."""
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _mirror(visual: str, base_rtl: bool) -> str:
    """Brackets and the like turned round where they sit in right-to-left text.

    ``python-bidi`` reorders but does not mirror; a neutral takes the direction of
    the strong characters on both sides when they agree, else the paragraph's
    (rules N1 and N2 of the bidi algorithm), and is mirrored when that is R.
    """
    chars = list(visual)
    strongs = [_strong(c) for c in chars]
    for i, char in enumerate(chars):
        if char not in _MIRRORED:
            continue
        before = next((s for s in reversed(strongs[:i]) if s), None)
        after = next((s for s in strongs[i + 1 :] if s), None)
        side = before if before == after and before else ("R" if base_rtl else "L")
        if side == "R":
            chars[i] = _MIRRORED[char]
    return "".join(chars)


def _shape(text: str, font: str) -> tuple[str, float]:
    """HarfBuzz glyphs of ``text`` (logical order) in visual order, and their advance."""
    word = [0.0, (ABag(fontName=font, fontSize=10.0), text)]
    shaped: Any = shapeFragWord(word, features=_FEATURES, force=True)
    glyphs = shaped[1][1]
    if isinstance(glyphs, ShapedStr):
        return glyphs, sum(g.x_advance for g in glyphs.__shapeData__) / 1000.0
    return glyphs, float(pdfmetrics.stringWidth(glyphs, font, 1.0))


def _run(face: FontFace, text: str, direction: str, bold: bool) -> Run:
    font = font_name(face, bold)
    fake_bold = bold and face.bold is None
    # Digits and punctuation in a left-to-right run of an Arabic or Hebrew face join
    # nothing; HarfBuzz would guess the face's script and turn them round.
    rtl_face = face in (HEBREW, ARABIC)
    needs_shaping = (face.shaped and not (rtl_face and direction == "L")) or any(
        _is_attached(c) for c in text
    )
    if direction == "R" and needs_shaping:
        logical = "".join(reversed(text))  # HarfBuzz mirrors what it turns round
        glyphs, advance = _shape(logical, font)
    elif needs_shaping:
        glyphs, advance = _shape(text, font)
    else:
        glyphs, advance = text, float(pdfmetrics.stringWidth(text, font, 1.0))
    return Run(font, glyphs, advance, fake_bold)


@lru_cache(maxsize=4096)
def set_line(text: str, bold: bool = False, hint: str | None = None) -> SetLine:
    """``text`` as one line of runs: every character in a face that holds it.

    ``hint`` ("ja", "zh", "ko") says which East Asian face comes first for Han
    characters when the text itself (kana, hangul) does not tell.
    """
    clean = _clean(text)
    rtl = any(unicodedata.bidirectional(c) in _RTL for c in clean)
    visual = _mirror(get_display(clean), get_base_level(clean) == 1) if rtl else clean
    placed, missing = _assign(visual, _chain(clean, hint))
    runs: list[Run] = []
    start = 0
    direction = "L"
    directions = []
    for _, char in placed:
        direction = _direction(char, direction)
        directions.append(direction)
    for i in range(1, len(placed) + 1):
        if i == len(placed) or (placed[i][0], directions[i]) != (
            placed[start][0],
            directions[start],
        ):
            chunk = "".join(c for _, c in placed[start:i])
            runs.append(_run(placed[start][0], chunk, directions[start], bold))
            start = i
    return SetLine(text, tuple(runs), sum(r.advance for r in runs), missing)


def missing_characters(text: str) -> str:
    """The characters of ``text`` that no shipped face can print (empty when all can)."""
    return set_line(text).missing


def base_font(bold: bool = False) -> str:
    """The registered name of the Latin face, for reportlab's own defaults."""
    return font_name(LATIN, bold)
