"""Reading PDFs back with independent parsers (pypdf, pdfplumber, poppler, zbar)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

BASE_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def text_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the PDF uses, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def assert_all_fonts_embedded(path: Path) -> None:
    fonts = fonts_of(path)
    assert fonts, "no fonts at all"
    for name, embedded in fonts.items():
        assert embedded, f"{name} is not embedded"
        assert name.split("+")[-1].lstrip("/") not in BASE_14, name


def png(path: Path, out: Path, dpi: int, page: int = 1, gray: bool = True) -> Path:
    args = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile"]
    if gray:
        args.append("-gray")
    subprocess.run([*args, str(path), str(out.with_suffix(""))], check=True)
    return out.with_suffix(".png")


def zbar(image: Path) -> set[str]:
    """The QR codes zbarimg reads on ``image`` (fails, never skips, without zbarimg)."""
    exe = shutil.which("zbarimg")
    if exe is None:
        pytest.fail("zbarimg is missing: install zbar-tools (CI does)")
    done = subprocess.run(
        [exe, "--raw", "-q", str(image)], capture_output=True, text=True, check=False
    )
    return {line.strip() for line in done.stdout.splitlines() if line.strip()}
