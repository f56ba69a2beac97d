"""Look at a written PDF and print it, without a PDF module in Qt.

PySide6-Essentials has no QtPdf, and the office's Windows PCs have no
``pdftoppm``: pages are rasterised with pypdfium2 (PDFium, shipped as a wheel for
Windows and Linux) into QImages. The preview shows them in a scroll area; printing
paints them on a QPrinter chosen in the system's print dialog, at the printer's
resolution (capped at 300 dpi, plenty for badges and lists) and at the PDF's own
paper size, so badge sheets land on their labels at 100 %.

pypdfium2 is imported here only, and this module only when the user previews or
prints, so it costs nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QMarginsF, QRect, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.gui import i18n, screens
from coopdesk.gui.crash import show_error
from coopdesk.gui.icons import icon

PRINT_DPI = 300
PREVIEW_WIDTH = 620  # largest size of a page in the preview, in pixels, so that
PREVIEW_HEIGHT = 620  # a whole page shows at once in the dialog
PREVIEW_PAGES = 20  # pages drawn in the preview; a long file is printed whole anyway


class PdfPages:
    """A PDF file opened for rasterising; close it (or use ``with``) when done."""

    def __init__(self, path: Path) -> None:
        self._pdf = pypdfium2.PdfDocument(str(path))

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._pdf.close()

    def __len__(self) -> int:
        return len(self._pdf)

    def size(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` (0-based) in points."""
        width, height = self._pdf[index].get_size()
        return float(width), float(height)

    def image(self, index: int, scale: float) -> QImage:
        """Page ``index`` at ``scale`` pixels per point, on white."""
        bitmap = self._pdf[index].render(scale=scale, rev_byteorder=True)
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBA8888
            if bitmap.n_channels == 4
            else QImage.Format.Format_RGB888,
        )
        return image.copy()  # the bitmap's memory goes with the bitmap


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """Give ``printer`` the paper size and orientation of the PDF's first page, no
    margins: the PDF already has its own."""
    width, height = pages.size(0)
    landscape = width > height
    size = QSizeF(min(width, height), max(width, height))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    printer.setFromTo(1, len(pages))


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Paint the pages of ``path`` (those of the printer's page range, else all) on
    ``printer``, each fitted to the paper; returns how many pages were sent."""
    with PdfPages(path) as pages:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or len(pages), len(pages))
        scale = min(printer.resolution(), PRINT_DPI) / 72
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(f"the printer {printer.printerName()!r} cannot be opened")
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = pages.image(number - 1, scale)
                target = painter.viewport()
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = target.x() + (target.width() - fitted.width()) // 2
                y = target.y() + (target.height() - fitted.height()) // 2
                painter.drawImage(QRect(x, y, fitted.width(), fitted.height()), image)
        finally:
            painter.end()
    return max(last - first + 1, 0)


def ask_and_print(path: Path, parent: QWidget) -> bool:
    """The system's print dialog for ``path``, then print; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    with PdfPages(path) as pages:
        prepare_printer(printer, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf(path, dialog.printer())
    return True


class PreviewDialog(QDialog):
    """The pages of a PDF one under the other, with Print… and Open buttons."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", path.name))
        screens.fit(self, 720, 760)
        column = QWidget()
        column.setObjectName("previewPages")
        pages_layout = QVBoxLayout(column)
        pages_layout.setSpacing(12)
        self.pages: list[QLabel] = []
        with PdfPages(path) as pdf:
            count = len(pdf)
            for index in range(min(count, PREVIEW_PAGES)):
                width, height = pdf.size(index)
                scale = min(PREVIEW_WIDTH / width, PREVIEW_HEIGHT / height)  # a whole page
                page = QLabel()
                page.setPixmap(QPixmap.fromImage(pdf.image(index, scale)))
                page.setFrameShape(QFrame.Shape.Box)
                page.setToolTip(
                    self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
                )
                pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
                self.pages.append(page)
        if count > PREVIEW_PAGES:
            more = QLabel(
                self.tr("The preview shows the first %1 pages of %2; all are printed.")
                .replace("%1", str(PREVIEW_PAGES))
                .replace("%2", str(count))
            )
            pages_layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        scroll.setStyleSheet("#previewPages { background: palette(mid); }")
        summary = QLabel(i18n.fill(self.tr("%1 – %2 {%2:page|pages}"), path.name, str(count)))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(icon("document"), self.tr("&Open in the PDF viewer"))
        self.open_button.clicked.connect(self.open_document)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def print_document(self) -> None:
        """Ask for a printer and print; the dialog closes once the pages are sent."""
        try:
            printed = ask_and_print(self.path, self)
        except Exception as exc:  # a printer or file problem, told as a sentence
            show_error(self, exc)
            return
        if printed:
            self.accept()

    def open_document(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
