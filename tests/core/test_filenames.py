"""File names coopdesk proposes are accepted by Windows: never a reserved device name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.core.filenames import FORBIDDEN, is_reserved, safe_stem

DEVICES = ["CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT3", "COM¹", "CONIN$", "CLOCK$"]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("shape", ["{}", "{}.ics", "{} .pdf", "{}.2024 – liste", "  {}  "])
def test_a_reserved_name_with_or_without_extension_is_never_proposed(device, shape):
    for spelling in (device, device.lower(), device.title()):
        title = shape.format(spelling)
        assert is_reserved(title.strip()) or is_reserved(f"{title.strip()}.ics")
        stem = safe_stem(title, None)
        assert not is_reserved(stem) and not is_reserved(f"{stem}.ics"), stem
        assert stem.upper().startswith(spelling.upper().strip())  # still recognisable
        assert safe_stem(title, "participant-3") == "participant-3"


def test_ordinary_titles_keep_their_words_and_scripts():
    assert safe_stem("Délégation d'Apostolove") == "Délégation d'Apostolove"
    assert safe_stem("Console: liste / badges") == "Console liste badges"  # CON… is fine
    assert safe_stem("佐藤 健二") == "佐藤 健二"
    assert safe_stem("Nulle part") == "Nulle part"
    assert safe_stem("...") == "coopdesk"


@given(st.text(max_size=300))
def test_any_title_gives_a_name_every_system_accepts(title):
    stem = safe_stem(title, None)
    name = f"{stem}.ics"
    assert stem and not FORBIDDEN.search(stem)
    assert not is_reserved(name) and not is_reserved(stem)
    assert stem == stem.strip(" .") and not stem.startswith("-")
    assert len(stem) <= 100 and len(stem.encode("utf-8")) <= 200
