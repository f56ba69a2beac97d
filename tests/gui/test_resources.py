"""Translations complete and compiled; icons valid; screenshots of every view."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_message_is_translated(lang):  # type: ignore[no-untyped-def]
    tree = ET.parse(TRANSLATIONS / f"coopdesk_{lang}.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 150
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_shipped_qm_is_compiled_from_the_ts(lang, tmp_path):  # type: ignore[no-untyped-def]
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    out = tmp_path / "out.qm"
    ts = TRANSLATIONS / f"coopdesk_{lang}.ts"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == (TRANSLATIONS / f"coopdesk_{lang}.qm").read_bytes()


def test_every_icon_is_a_valid_24px_outline_svg():  # type: ignore[no-untyped-def]
    icons = sorted((ROOT / "resources" / "icons").glob("*.svg"))
    assert len(icons) >= 20
    for path in icons:
        text = path.read_text("utf-8")
        assert 'viewBox="0 0 24 24"' in text and 'stroke="currentColor"' in text, path.name
        assert QSvgRenderer(text.replace("currentColor", "#000").encode()).isValid(), path.name


def _blank(path: Path) -> bool:
    image = QImage(str(path))
    first = image.pixel(0, 0)
    step = max(image.width() // 40, 1)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


@pytest.mark.slow
@pytest.mark.heavy
def test_screenshots_of_every_view(qapp, sqlite_demo, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from coopdesk.gui import screenshots

    sqlite_db = sqlite_demo  # the demo, loaded once per run
    monkeypatch.setenv("COOPDESK_DATABASE_URL", str(sqlite_db.engine.url))
    saved = screenshots.take(tmp_path / "shots")
    names = {p.name for p in saved}
    for lang in ("fr", "en"):
        for view in (
            "events",
            "apostolove-agenda",
            "assises-participants",
            "apostolove-documents",
            "import-file",
            "import-columns",
            "import-preview",
            "directory",
            "person",
            "partners",
            "settings",
            "print-badges",
            "print-preview",
            "venues",
            "person-editor",
            "categories",
        ):
            assert f"{lang}-{view}.png" in names
    for path in saved:
        assert path.stat().st_size > 5000, path.name
        assert not _blank(path), path.name
        image = QImage(str(path))
        # dialogs keep their own size
        dialogs = ("settings", "import", "print", "person-editor", "categories")
        if not any(name in path.name for name in dialogs):
            assert (image.width(), image.height()) == (1366, 768), path.name


def test_translated_texts_use_a_context_lupdate_knows():
    """``widget.tr()`` on another object looks texts up under its Qt class name
    (``QMessageBox``), where lupdate never puts them: only ``self.tr`` and explicit
    ``QCoreApplication.translate`` contexts are found at run time."""
    import re
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "src" / "coopdesk" / "gui"
    offenders = [
        f"{path.name}:{number}"
        for path in gui.rglob("*.py")
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if re.search(r"\b(?!self\b)[a-z_]\w*\.tr\(", line)
    ]
    assert offenders == []
