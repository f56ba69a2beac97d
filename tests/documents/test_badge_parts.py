"""Long badge runs are drawn in parts and joined into one valid PDF as they go."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from coopdesk.core.documents import layouts
from coopdesk.core.documents.badges import Badge, BadgeOptions, write_badges
from coopdesk.core.documents.report import WarningLog
from coopdesk.core.enums import BadgeCategory
from tests.documents.pdfcheck import assert_all_fonts_embedded, png, zbar
from tests.documents.test_rendering import BADGE, CONTEXT

CATEGORIES = list(BadgeCategory)


def _badges(count: int) -> list[Badge]:
    return [
        replace(
            BADGE,
            uid=str(uuid.UUID(int=i + 1)),
            last_name=f"Tremblay{i}",
            category=CATEGORIES[i % len(CATEGORIES)],
        )
        for i in range(count)
    ]


def _write(path: Path, badges: list[Badge], pages_per_part: int, **options: bool) -> int:
    layout = layouts.get_layout("avery-l4785")
    report = write_badges(
        str(path),
        iter(badges),
        len(badges),
        BadgeOptions(layout, **options),
        CONTEXT,
        WarningLog(),
        pages_per_part=pages_per_part,
    )
    return report.pages


def _pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.mark.heavy
@pytest.mark.parametrize("back", [False, True])
def test_parts_join_into_the_same_pages_as_one_canvas(tmp_path, back):
    badges = _badges(47)  # 5 sheets of 10, the last one short
    whole, parts = tmp_path / "whole.pdf", tmp_path / "parts.pdf"
    expected = 5 * (2 if back else 1)
    assert _write(whole, badges, 1000, back=back, cut_marks=back) == expected
    assert _write(parts, badges, 3, back=back, cut_marks=back) == expected
    assert len(PdfReader(parts, strict=True).pages) == expected
    assert _pages_text(parts) == _pages_text(whole)
    text = "\n".join(_pages_text(parts))
    for badge in badges:
        assert badge.last_name in text
    assert f"page {expected} / {expected}" in text.replace("\xa0", " ").lower()
    assert_all_fonts_embedded(parts)
    meta = PdfReader(parts).metadata
    assert meta is not None and meta.title == PdfReader(whole).metadata.title


def test_every_part_keeps_its_own_font_subsets_under_distinct_names(tmp_path):
    out = tmp_path / "parts.pdf"
    _write(out, _badges(30), 1)
    programs: dict[str, object] = {}
    for page in PdfReader(out).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            file = font["/FontDescriptor"].get_object()["/FontFile2"].indirect_reference
            programs.setdefault(str(font["/BaseFont"]), file)
            assert programs[str(font["/BaseFont"])] == file, "one subset name, two programs"
    assert len(programs) == 3 * 2  # three parts, two faces each


def test_qr_codes_of_a_later_part_scan(tmp_path):
    out = tmp_path / "parts.pdf"
    badges = _badges(30)
    _write(out, badges, 1)
    assert zbar(png(out, tmp_path / "page3.png", dpi=200, page=3)) == {b.uid for b in badges[20:]}


def test_joined_file_passes_qpdf_check(tmp_path):
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.fail("qpdf is missing: install Debian's qpdf (.ci/run does)")
    out = tmp_path / "parts.pdf"
    _write(out, _badges(25), 1, back=True)
    done = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_failed_run_leaves_no_half_written_file(tmp_path):
    out = tmp_path / "broken.pdf"

    def badges():
        yield from _badges(25)
        raise RuntimeError("database gone")

    layout = layouts.get_layout("avery-l4785")
    with pytest.raises(RuntimeError):
        write_badges(
            str(out), badges(), 40, BadgeOptions(layout), CONTEXT, WarningLog(), pages_per_part=1
        )
    assert not out.exists()
