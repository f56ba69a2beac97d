"""File names coopdesk proposes: from a title or a name, in its own script, that every
system accepts — Windows first, whose rules are the strictest.

Only what a file system refuses goes: Windows' forbidden characters, control
characters, the bidirectional overrides that make a name read as another, leading
dashes and dots (an option in a shell, a hidden file), trailing dots and spaces (which
Windows drops), and Windows' reserved device names — ``CON``, ``PRN``, ``AUX``, ``NUL``,
``COM0``–``COM9``, ``LPT0``–``LPT9`` (and their superscript-digit forms), ``CONIN$``,
``CONOUT$``, ``CLOCK$`` — alone or before any extension (``NUL.ics`` is the null
device too, and so is ``Con .ics``).
"""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]+')
_RESERVED = re.compile(
    r"^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE
)


def is_reserved(name: str) -> bool:
    """Whether Windows takes ``name`` (a stem or a whole file name) for a device."""
    base = name.split(".", 1)[0].rstrip(" ")
    return bool(_RESERVED.match(base))


def _trim(stem: str) -> str:
    return stem.lstrip(" .-").rstrip(" .")


def safe_stem(
    text: str, fallback: str | None = "coopdesk", *, max_chars: int = 100, max_bytes: int = 200
) -> str:
    """A file name stem from ``text`` that every system accepts (accents and scripts
    kept), at most ``max_chars`` characters and ``max_bytes`` bytes in UTF-8 (file
    systems allow 255 bytes for a whole name), cut between words where it can.

    A name that would be a reserved device name becomes ``fallback`` or, without one,
    gets an underscore (``NUL`` → ``NUL_``); an empty one becomes ``fallback`` (or
    ``coopdesk``).
    """
    name = unicodedata.normalize("NFC", text)
    stem = _trim(re.sub(r"\s+", " ", FORBIDDEN.sub(" ", name)))
    while len(stem) > max_chars or len(stem.encode("utf-8")) > max_bytes:
        cut = stem[:max_chars] if len(stem) > max_chars else stem[:-1]
        space = cut.rfind(" ")
        stem = _trim(cut[:space] if space > len(cut) // 2 else cut)
    if not stem:
        return fallback or "coopdesk"
    if is_reserved(stem):
        if fallback is not None:
            return fallback
        base, dot, rest = stem.partition(".")
        return f"{base.rstrip(' ')}_{dot}{rest}"
    return stem
