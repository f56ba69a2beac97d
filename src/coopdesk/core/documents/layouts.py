"""Badge layouts: sheets and cards described as data, in millimetres.

A layout is a JSON file named after it (``avery-l4785.json`` is the layout
``avery-l4785``). The shipped ones live in ``resources/layouts``; a user adds one by
copying a file into the ``layouts`` folder of the configuration folder and changing
its numbers (a user file with a shipped name replaces the shipped layout). Every
number is checked, so a mistyped file is refused with the reason rather than
printing badges across the cuts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]

from coopdesk.core import paths
from coopdesk.core.errors import NotFoundError, ValidationError

_EPSILON = 0.01  # mm: rounding in the makers' own figures


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    """Where badges sit on a page and how big their parts are (all lengths in mm)."""

    name: str
    title: Mapping[str, str]
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    corner_radius: float
    columns: int
    rows: int
    left: float  # page edge to the first badge's left edge
    top: float  # page edge to the first badge's top edge
    pitch_x: float  # left edge to left edge of neighbouring badges
    pitch_y: float
    padding: float  # blank border inside the badge
    header: float  # height of the logo, authority and event strip
    band: float  # height of the category band at the foot
    qr_size: float  # side of the QR code with its quiet zone
    qr_position: str  # "right" of the text or "bottom" under it
    name_size: float  # largest size of the name, in points
    text_size: float  # size of function, organisation, country, in points
    align: str  # "left" or "center"
    source: str

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def slots(self, back: bool = False) -> list[tuple[float, float]]:
        """Lower-left corners of the badges in points, in reading order.

        On the back of a sheet printed duplex (turned on its long edge) each badge
        is mirrored left to right, so it lands behind its own front.
        """
        corners = []
        for row in range(self.rows):
            for column in range(self.columns):
                x = self.left + column * self.pitch_x
                if back:
                    x = self.page_width - x - self.badge_width
                y = self.page_height - self.top - row * self.pitch_y - self.badge_height
                corners.append((x * mm, y * mm))
        return corners

    @property
    def page_size(self) -> tuple[float, float]:
        return self.page_width * mm, self.page_height * mm

    def bottom_margin(self) -> float:
        """The blank strip under the last row, in mm (where a sheet footer may go)."""
        last = self.top + (self.rows - 1) * self.pitch_y + self.badge_height
        return self.page_height - last


def _number(
    data: Mapping[str, Any],
    key: str,
    source: str,
    minimum: float = 0.0,
    default: float | None = None,
) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ValidationError(
            "documents.layout_invalid", key, path=source, reason=f"{key}: {value!r}"
        )
    return float(value)


def _count(data: Mapping[str, Any], key: str, source: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(
            "documents.layout_invalid", key, path=source, reason=f"{key}: {value!r}"
        )
    return value


def parse_layout(name: str, data: Any, source: str) -> BadgeLayout:
    """A layout from the content of its JSON file, every number checked."""
    if not isinstance(data, dict):
        raise ValidationError("documents.layout_invalid", None, path=source, reason="not an object")
    page, badge = data.get("page") or {}, data.get("badge") or {}
    grid, qr = data.get("grid") or {"columns": 1, "rows": 1}, data.get("qr") or {}
    title = data.get("title") or {}
    layout = BadgeLayout(
        name=name,
        title={str(k): str(v) for k, v in title.items()} if isinstance(title, dict) else {},
        page_width=_number(page, "width", source, 20),
        page_height=_number(page, "height", source, 20),
        badge_width=_number(badge, "width", source, 20),
        badge_height=_number(badge, "height", source, 20),
        corner_radius=_number(badge, "corner_radius", source, default=0),
        columns=_count(grid, "columns", source),
        rows=_count(grid, "rows", source),
        left=_number(grid, "left", source, default=0),
        top=_number(grid, "top", source, default=0),
        pitch_x=_number(grid, "pitch_x", source, default=badge.get("width")),
        pitch_y=_number(grid, "pitch_y", source, default=badge.get("height")),
        padding=_number(data, "padding", source),
        header=_number(data, "header", source, 4),
        band=_number(data, "band", source, 3),
        qr_size=_number(qr, "size", source, default=0),
        qr_position=str(qr.get("position", "right")),
        name_size=_number(data, "name_size", source, 6),
        text_size=_number(data, "text_size", source, 4),
        align=str(data.get("align", "center")),
        source=source,
    )
    _check_geometry(layout)
    return layout


def _check_geometry(layout: BadgeLayout) -> None:
    def refuse(reason: str) -> None:
        raise ValidationError("documents.layout_invalid", None, path=layout.source, reason=reason)

    right = layout.left + (layout.columns - 1) * layout.pitch_x + layout.badge_width
    bottom = layout.top + (layout.rows - 1) * layout.pitch_y + layout.badge_height
    if right > layout.page_width + _EPSILON or bottom > layout.page_height + _EPSILON:
        refuse("the badges do not fit on the page")
    if layout.columns > 1 and layout.pitch_x < layout.badge_width - _EPSILON:
        refuse("pitch_x is smaller than the badge width: badges would overlap")
    if layout.rows > 1 and layout.pitch_y < layout.badge_height - _EPSILON:
        refuse("pitch_y is smaller than the badge height: badges would overlap")
    inner_height = layout.badge_height - 2 * layout.padding - layout.header - layout.band
    if inner_height < 12:
        refuse("padding, header and band leave less than 12 mm for the name")
    if layout.qr_position not in ("right", "bottom"):
        refuse('qr.position must be "right" or "bottom"')
    if layout.align not in ("left", "center"):
        refuse('align must be "left" or "center"')
    if layout.qr_size > min(inner_height, layout.badge_width / 2):
        refuse("the QR code is larger than the room left for it")


def _files() -> Iterator[tuple[str, Traversable | Path]]:
    shipped = resources.files("coopdesk.resources") / "layouts"
    for entry in sorted(shipped.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            yield entry.name[: -len(".json")], entry
    user = user_layout_dir()
    for path in sorted(user.glob("*.json")):
        yield path.stem, path


def user_layout_dir() -> Path:
    """The folder where a user drops layout files of their own."""
    return paths.config_dir() / "layouts"


def _read(name: str, entry: Traversable | Path) -> BadgeLayout:
    source = str(entry)
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "documents.layout_invalid", None, path=source, reason=str(exc)
        ) from exc
    return parse_layout(name, data, source)


def list_layouts() -> list[BadgeLayout]:
    """Every layout, shipped and the user's (a user file replaces a shipped namesake)."""
    found = dict(_files())
    return [_read(name, entry) for name, entry in sorted(found.items())]


def get_layout(name: str) -> BadgeLayout:
    found = dict(_files())
    if name not in found:
        raise NotFoundError(
            "documents.layout_not_found", "layout", name=name, names=", ".join(found)
        )
    return _read(name, found[name])
