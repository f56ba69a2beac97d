"""The application icon's rasters, drawn from ``resources/icons/app/coopdesk.svg``.

    python packaging/icons.py OUTDIR

writes ``OUTDIR/hicolor/NxN/apps/coopdesk.png`` for every size Linux desktops use,
``OUTDIR/hicolor/scalable/apps/coopdesk.svg`` and ``OUTDIR/coopdesk.ico`` (16 to 256
px, for the Windows executable, installer and shortcuts). Each size is rendered from
the SVG by Qt, not scaled down from a bigger raster, so small sizes stay sharp.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app" / "coopdesk.svg"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render(size: int, svg: Path = SVG) -> bytes:
    """The icon as a PNG of ``size`` × ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_icons(outdir: Path) -> dict[str, Path]:
    """Write the hicolor theme folder and the .ico into ``outdir``; returns their paths."""
    from io import BytesIO

    from PIL import Image

    outdir.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(size) for size in sorted({*LINUX_SIZES, *ICO_SIZES})}
    for size in LINUX_SIZES:
        folder = outdir / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "coopdesk.png").write_bytes(pngs[size])
    scalable = outdir / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable / "coopdesk.svg")
    images = [Image.open(BytesIO(pngs[size])).convert("RGBA") for size in ICO_SIZES]
    ico = outdir / "coopdesk.ico"
    biggest = images[-1]
    biggest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    return {"hicolor": outdir / "hicolor", "ico": ico, "png": outdir / "hicolor/256x256/apps"}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "icons")
    written = write_icons(target)
    print(f"icons written to {target}")
