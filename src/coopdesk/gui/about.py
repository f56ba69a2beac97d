"""The About dialog: version, where the data and the log file are, and the licences of
the fonts and libraries shipped with coopdesk.

The fonts' licences are read from the licence files beside them in
``resources/fonts`` (the first ``License:`` of each Debian copyright file is the one of
the fonts); the libraries' versions from their installed metadata.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__
from coopdesk.core import paths
from coopdesk.gui.icons import application_pixmap

LICENCE = "EUPL-1.2"

# The libraries coopdesk ships (its dependencies): distribution, name shown, licence.
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt / Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("psycopg", "psycopg", "LGPL-3.0"),
    ("babel", "Babel", "BSD-3-Clause"),
    ("tzdata", "tzdata", "Apache-2.0"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("recurring-ical-events", "recurring-ical-events", "LGPL-3.0-or-later"),
    ("x-wr-timezone", "x-wr-timezone", "LGPL-3.0-or-later"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("uharfbuzz", "uharfbuzz (HarfBuzz)", "Apache-2.0 (HarfBuzz: MIT)"),
    ("segno", "Segno", "BSD-3-Clause"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("openpyxl", "openpyxl", "MIT"),
    ("pypdfium2", "pypdfium2 (PDFium)", "Apache-2.0 / BSD-3-Clause"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
    ("keyring", "keyring", "MIT"),
)

# Which licence file covers which font files (by the start of their names), and the
# families' names as they are known.
_FONT_FILES = {
    "LICENSE-fonts-dejavu-core.txt": ("DejaVu Sans", ("DejaVu",)),
    "LICENSE-fonts-ipafont-gothic.txt": ("IPAGothic", ("ipag",)),
    "LICENSE-fonts-nanum.txt": ("Nanum Gothic", ("Nanum",)),
    "LICENSE-fonts-noto-core.txt": ("Noto Sans", ("Noto",)),
    "LICENSE-fonts-wqy-microhei.txt": ("WenQuanYi Micro Hei", ("wqy-",)),
}
# Licence identifiers of the copyright files, spelt out.
_LICENCE_NAMES = {
    "bitstream-vera": "Bitstream Vera Fonts Copyright",
    "IPA-1": "IPA Font License 1.0",
    "OFL-1.1": "SIL Open Font License 1.1",
    "Apache-2.0 or GPL-3+ with Font exception": "Apache 2.0 / GPL-3+ with font exception",
}


@dataclass(frozen=True)
class FontLicence:
    family: str
    licence: str  # as the copyright file states it, spelt out
    files: tuple[str, ...]  # the font files it covers
    licence_file: Path


def _fonts_dir() -> Path:
    return Path(str(resources.files("coopdesk.resources") / "fonts"))


def font_licences() -> list[FontLicence]:
    """Each font family shipped, with its licence and the files it covers."""
    folder = _fonts_dir()
    fonts = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    found = []
    for name, (family, prefixes) in _FONT_FILES.items():
        path = folder / name
        licence = next(
            line.split(":", 1)[1].strip()
            for line in path.read_text("utf-8").splitlines()
            if line.startswith("License:")
        )
        files = tuple(f for f in fonts if f.startswith(prefixes))
        found.append(FontLicence(family, _LICENCE_NAMES.get(licence, licence), files, path))
    return found


def library_versions() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Python, then of each library shipped."""
    import platform
    from importlib import metadata  # tens of ms: not at start, only for the dialog

    rows = [("Python", platform.python_version(), "PSF-2.0")]
    for dist, name, licence in LIBRARIES:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "?"
        rows.append((name, version, licence))
    return rows


def log_file() -> Path:
    """The log file the user can send to IT (unexpected errors are written there)."""
    return paths.log_dir() / "coopdesk.log"


def _link(path: Path, text: str | None = None) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(text or str(path))}</a>'


class AboutDialog(QDialog):
    """coopdesk's version, data and log locations, and the licences of what it ships."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About coopdesk"))
        self.resize(640, 560)
        logo = QLabel()
        logo.setPixmap(application_pixmap(64))
        title = QLabel(f"coopdesk {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        description = QLabel(
            self.tr(
                "Delegations, conferences and residencies for an international-relations "
                "and protocol office."
            )
        )
        description.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(description)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        self.details.setHtml(self._details_html())

        open_logs = QPushButton(self.tr("Open the &log folder"))
        open_logs.clicked.connect(self.open_log_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self._labels = (title, description)

    def _details_html(self) -> str:
        log = log_file()
        problems = self.tr("If something goes wrong")
        licence = self.tr("Licence")
        fonts = self.tr("Fonts printed in the documents")
        libraries = self.tr("Libraries")
        licence_text = self.tr("licence text")
        parts = [
            f"<h3>{problems}</h3>",
            "<p>"
            + self.tr(
                "Unexpected errors are written with their details to the log file; "
                "send it to your IT support with a word on what you were doing:"
            )
            + f"<br>{_link(log)}</p>",
            "<p>"
            + self.tr("Your data and settings are kept in:")
            + f"<br>{_link(paths.data_dir())}</p>",
            f"<h3>{licence}</h3>",
            "<p>"
            + self.tr(
                "coopdesk is free software under the European Union Public Licence %1."
            ).replace("%1", LICENCE.removeprefix("EUPL-"))
            + "</p>",
            f"<h3>{fonts}</h3>",
            "<table cellpadding='3'>",
        ]
        for font in font_licences():
            parts.append(
                f"<tr><td><b>{html.escape(font.family)}</b></td>"
                f"<td>{html.escape(font.licence)}</td>"
                f"<td>{_link(font.licence_file, licence_text)}</td></tr>"
            )
        parts += [
            "</table>",
            f"<h3>{libraries}</h3>",
            "<table cellpadding='3'>",
        ]
        for name, version, licence in library_versions():
            parts.append(
                f"<tr><td>{html.escape(name)}</td><td>{html.escape(version)}</td>"
                f"<td>{html.escape(licence)}</td></tr>"
            )
        parts += [
            "</table>",
            "<p><small>"
            + self.tr(
                "Qt and PySide6 are used under the LGPL 3: their libraries are shipped "
                "unmodified, as separate files, and can be replaced."
            )
            + "</small></p>",
        ]
        return "".join(parts)

    def plain_text(self) -> str:
        """What the dialog says, as text."""
        return "\n".join([*(label.text() for label in self._labels), self.details.toPlainText()])

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    def sizeHint(self) -> QSize:
        return QSize(640, 560)
